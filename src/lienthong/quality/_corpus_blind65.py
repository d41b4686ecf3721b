"""The sixty-fifth part of the outside corpus, **blind 65** (written 11:27 UTC, 2026-12-06, never
used for tuning): person files a district clearing land for a road, a provincial hospital, a
commune's labour office, a city's food safety board, a Cairo social solidarity office, a Lima
district's Vaso de Leche programme, a Vientiane labour office, a Dhaka city corporation and an
Almaty district akimat could hand over. Four Vietnamese files: a district's list of households
relocated for a road project in Windows-1258 with semicolons (the head of the household, the
members, the home whose land is recovered, the parcel and map sheet, the area, the resettlement
site and lot, the compensation, the decision, the handover status); a hospital's newborn hearing
screening list in Excel (the mother is the record's person; the baby as "Con bà …", its sex,
weight, gestational age and birth date, the method, each ear's result, the recall date, the
technician); a commune's list of rural workers registered for vocational training in UTF-16 with
tabs (ethnicity, schooling, the target group, the trade, the level, the training centre, the
months, an empty signature column); and a city's list of street-food vendors trained in food
safety in UTF-8 with a BOM and semicolons, headers without diacritics (the dish, the pitch on a
pavement that is not the vendor's home, the hours, the certificate, the health check, the score).
Five foreign files: an Egyptian Takaful and Karama list in Windows-1256 with Arabic headers (the
14-digit national number that spells the birth date, the four-part name in one column, the
address with Arabic commas, the hay, the spouse and the spouse's number); a Peruvian Vaso de Leche
padrón in Windows-1252 with semicolons (two surnames, the DNI and its check character apart, the
distrito, the committee and its president); a Vientiane list of workers registered to work in
Thailand in UTF-8 with Lao headers (ທ້າວ/ນາງ before the given name, the ID card, the family book
and the passport, ບ້ານ/ເມືອງ/ແຂວງ, the employer abroad); a Dhaka TCB family card list in UTF-8
with Bengali headers (the NID of ten or seventeen digits, the birth registration number, the
father's or husband's and the mother's names, the thana and ward, Bengali numerals in the card
number); and an Almaty housing queue in Excel with Kazakh and Russian headers (the IIN with its
check digit, the patronymic in Kazakh or Russian form, the identity card number, the category).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind65_writers import WRITERS_BLIND65
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND65: tuple[Shape, ...] = (
    _shape(
        "ho_tai_dinh_cu_du_an_duong_vn65",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD chủ hộ=cccd | Số nhân khẩu=-:members65"
        " | Nơi ở hiện tại (thôn, xã)=address:old_home65"
        " | Thửa đất thu hồi - Thửa số=-:parcel65 | Thửa đất thu hồi - Tờ BĐ số=-:sheet65"
        " | Thửa đất thu hồi - DT (m2)=-:old_area65 | Khu TĐC được bố trí=-:site65"
        " | Lô đất TĐC=-:lot65 | DT lô TĐC (m2)=-:lot_area65"
        " | Tổng kinh phí BT, HT (đồng)=-:comp65 | QĐ phê duyệt PA=-:decision65"
        " | Ngày nhận tiền=date@%d/%m/%Y | Bàn giao MB=-:handover65 | ĐT liên hệ=phone"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "sang_loc_thinh_luc_so_sinh_vn65",
        "STT=row | Mã sơ sinh=-:newborn65 | Họ tên trẻ=-:baby65 | Giới=-:baby_sex65"
        " | Ngày sinh của trẻ=date@%d/%m/%Y | CN (gram)=-:weight65 | Tuổi thai (tuần)=-:gest65"
        " | Khoa=-:dept65 | Họ tên mẹ=full_name:mother65"
        " | Ngày sinh mẹ=birth_date:mother_birth65 | Số CCCD mẹ=cccd:mother_cccd65"
        " | Địa chỉ=address | SĐT gia đình=phone | Ngày sàng lọc=date:screen65"
        " | Phương pháp=-:method65 | KQ tai P=-:ear65 | KQ tai T=-:ear_left65"
        " | Hẹn tái khám=date:recall65 | Người thực hiện=-:tech65",
        file="xlsx",
    ),
    _shape(
        "dang_ky_hoc_nghe_ldnt_vn65",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic65 | Số CCCD=cccd:cccd_spaced"
        " | Nơi thường trú (thôn/ấp, xã, huyện)=address:rural_addr65"
        " | Trình độ VH=-:edu65 | Đối tượng=-:group65 | Nghề đăng ký học=-:trade65"
        " | Trình độ đào tạo=-:level65 | Cơ sở đào tạo=-:trainer65"
        " | Thời gian học (tháng)=-:months65 | Ngày đăng ký=date@%d/%m/%Y"
        " | Số ĐT=phone | Người đăng ký ký tên=-:sign65",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tap_huan_attp_thuc_an_duong_pho_vn65",
        "Stt=row | Ho ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi thuong tru=address | Mat hang KD=-:food65"
        " | Dia diem KD=-:pitch65 | Thoi gian KD=-:hours65 | Dien thoai=phone"
        " | Ngay tap huan=date@%d/%m/%Y | Don vi tap huan=-:trainer_org65"
        " | Diem kiem tra=-:score65 | So giay XN tap huan=-:atp_cert65"
        " | Kham SK=-:health65 | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "takaful_karama_cairo_eg65",
        "م=row | رقم الاستمارة=-:card_eg65 | الاسم رباعي=full_name:eg_name65"
        " | الرقم القومي=national_id:nid_eg65 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | النوع=sex:sex_eg65 | الحالة الاجتماعية=-:marital_eg65"
        " | العنوان=address:addr_eg65 | الحي=suburb:hay_eg65 | رقم المحمول=phone:phone_eg65"
        " | اسم الزوج / الزوجة=-:spouse_eg65 | عدد أفراد الأسرة=-:family_eg65"
        " | البرنامج=-:prog_eg65 | قيمة الدعم الشهري (جنيه)=-:amount_eg65"
        " | تاريخ البحث=date@%d/%m/%Y | الباحث الاجتماعي=-:researcher_eg65",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "padron_vaso_de_leche_pe65",
        "N°=row | Apellido Paterno=family_name:pe_pat65 | Apellido Materno=-:pe_mat65"
        " | Nombres=given_name:pe_given65 | DNI=national_id:dni_pe65 | Díg. Verif.=-:dni_dv65"
        " | Fecha de Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_pe65"
        " | Tipo de beneficiario=-:type_pe65 | Dirección=street:street_pe65"
        " | Distrito=district:distrito_pe65 | Comité=-:comite_pe65"
        " | Presidenta del comité=-:president_pe65 | Celular=phone:phone_pe65"
        " | Raciones=-:rations_pe65 | Fecha de empadronamiento=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "laeng_ngan_thai_vientiane_la65",
        "ລ/ດ=row | ຊື່=given_name:la_given65 | ນາມສະກຸນ=family_name:la_family65"
        " | ເພດ=sex:sex_la65 | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y | ຊົນເຜົ່າ=-:ethnic_la65"
        " | ເລກບັດປະຈຳຕົວ=national_id:id_la65 | ເລກປຶ້ມສຳມະໂນຄົວ=-:famb_la65"
        " | ເລກໜັງສືຜ່ານແດນ=-:passport_la65 | ບ້ານ=suburb:ban_la65 | ເມືອງ=district:muang_la65"
        " | ແຂວງ=state:khueng_la65 | ເບີໂທ=phone:phone_la65 | ຊື່ພໍ່=-:parent_la65"
        " | ນາຍຈ້າງ=-:employer_la65 | ວຽກທີ່ໄປເຮັດ=-:job_la65"
        " | ວັນທີລົງທະບຽນ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "tcb_family_card_dhaka_bd65",
        "ক্রমিক নং=row | উপকারভোগীর নাম=full_name:bd_name65"
        " | পিতা/স্বামীর নাম=-:bd_father65 | মাতার নাম=-:bd_mother65"
        " | জাতীয় পরিচয়পত্র নম্বর=national_id:nid_bd65"
        " | জন্ম নিবন্ধন নম্বর=-:brn_bd65 | জন্ম তারিখ=birth_date@%d/%m/%Y"
        " | লিঙ্গ=sex:sex_bd65 | মোবাইল নম্বর=phone:phone_bd65 | বর্তমান ঠিকানা=address:addr_bd65"
        " | থানা=suburb:thana_bd65 | ওয়ার্ড নং=suburb:ward_bd65 | পেশা=-:job_bd65"
        " | পরিবারের সদস্য সংখ্যা=-:members_bd65 | ফ্যামিলি কার্ড নং=-:card_bd65"
        " | ডিলারের নাম=-:dealer_bd65 | বিতরণের তারিখ=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kezek_turgyn_uy_almaty_kz65",
        "№ р/с=row | ЖСН / ИИН=national_id:iin_kz65 | Тегі / Фамилия=family_name:kz_family65"
        " | Аты / Имя=given_name:kz_given65 | Әкесінің аты / Отчество=-:kz_patr65"
        " | Туған күні / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kz65"
        " | Жеке куәлік № / № удостоверения=-:udl_kz65"
        " | Мекенжайы / Адрес=street:street_kz65 | Ауданы / Район=district:rayon_kz65"
        " | Байланыс телефоны / Контактный телефон=phone:phone_kz65"
        " | Санаты / Категория=-:category_kz65 | Отбасы құрамы / Состав семьи=-:family_kz65"
        " | Кезектегі нөмірі / № в очереди=-:queue_kz65"
        " | Есепке қойылған күні / Дата постановки на учет=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nid_eg65", "dni_pe65", "id_la65", "nid_bd65", "iin_kz65")
SEX_HOLDS: tuple[str, ...] = ("sex_eg65", "sex_pe65", "sex_la65", "sex_bd65", "sex_kz65")
NAME_HOLDS = frozenset(
    {"mother65", "eg_name65", "pe_pat65", "pe_given65", "la_given65", "la_family65"}
    | {"bd_name65", "kz_family65", "kz_given65"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_eg65",
    "phone_pe65",
    "phone_la65",
    "phone_bd65",
    "phone_kz65",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("old_home65", "rural_addr65", "addr_bd65", "street_kz65")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND65",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND65",
]
