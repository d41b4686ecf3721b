"""The two-hundred-and-thirty-ninth part of the outside corpus, **blind 239** (written 07:20 UTC,
2026-12-07, never used for tuning): person files a provincial quality control office for
agro-forestry and fisheries, a lower secondary school's eye screening, a ward's elderly people's
air-volleyball club, a district women's union, the Tatarstan social card operator, a
Bashkortostan district's agriculture office, a Chuvash rural settlement's military desk, a Mari
El forestry office and Udmurtia's ministry of education could hand over.
Four Vietnamese files: the traditional fish sauce makers of Phan Thiet a food safety inspection
graded, in Excel (the site of the vats, which is not their home, the vats, the litres a year, the
nitrogen content, the grade, the inspector); the pupils screened for short sight and given free
glasses, in UTF-16 with tabs (the class, the sight of each eye, the dioptres, a parent and the
parent's phone, whether the glasses were handed over); the members of an elderly people's
air-volleyball club, in Windows-1258 with semicolons (a spaced CCCD, a dotted phone, the team,
the position, the yearly fee, the health paper, a note); and the women of a hairdressing and
make-up class, in UTF-8 with a BOM and semicolons (who they are, the trade, the class code, the
meal allowance, the result, the certificate's day).
Five foreign files: the social cards of residents of Tatarstan, in UTF-8 with a BOM, semicolons
and Tatar headers beside Russian (family, given name and patronymic apart, the СНИЛС with its
check, the sixteen-digit ОМС policy of region 92, the card's number, the benefit category); the
Bashkortostan beekeepers applying for a subsidy on their bee colonies, in UTF-16 with tabs and
Bashkir headers beside Russian (the full name in one column, the ИНН of region 02 with its two
checks, the passport of series 80, the colonies, the sum, the household book); the people on a
Chuvash rural settlement's military register, in Excel with Chuvash headers beside Russian (the
military card, the rank, the military speciality, the fitness category, the СНИЛС, the
employer); the contracts a Mari El forestry office signed to sell timber for one's own needs, in
Windows-1251 with semicolons and Russian headers (the passport of series 88 as the id and who
issued it, the СНИЛС without its dashes, the forestry, the quarter and section, the cubic metres,
the purpose, the contract); and Udmurtia's «Земский учитель» teachers, in UTF-8 with tabs and
Udmurt headers beside Russian (the ИНН of region 18, the СНИЛС, the rural school and its
district, the subject, the home in town, the million-rouble payment, the agreement and the day
the five years end).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind239_writers import WRITERS_BLIND239
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND239: tuple[Shape, ...] = (
    _shape(
        "co_so_lam_nuoc_mam_truyen_thong_kiem_tra_attp_chi_cuc_qlcl_nlts_phan_thiet_vn239",
        "STT=row | Chủ cơ sở=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ cơ sở sản xuất=-:fs_site239 | Nơi thường trú=address | ĐT=phone"
        " | Số thùng ủ chượp=-:fs_vats239 | Sản lượng (lít/năm)=-:fs_litres239"
        " | Độ đạm (gN/l)=-:fs_protein239 | Xếp loại ATTP=-:fs_grade239"
        " | Ngày kiểm tra=date@%d/%m/%Y | Cán bộ kiểm tra=-:fs_officer239",
        file="xlsx",
    ),
    _shape(
        "hoc_sinh_kham_khuc_xa_cap_kinh_mien_phi_truong_thcs_vn239",
        "TT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Mã định danh=cccd | Lớp=-:eye_class239 | Thị lực MP - MT=-:eye_va239"
        " | Độ cận (D)=-:eye_diop239 | Họ tên cha/mẹ=-:eye_parent239"
        " | SĐT phụ huynh=-:eye_pphone239 | Chỗ ở hiện tại=address"
        " | Ngày khám=date@%d/%m/%Y | Nhận kính=-:eye_got239",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_clb_bong_chuyen_hoi_nguoi_cao_tuoi_phuong_vn239",
        "STT=row | Họ tên hội viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | GT=sex"
        " | CCCD=cccd:cccd_spaced | Địa chỉ=address | ĐT liên lạc=phone:phone_dotted"
        " | Đội=-:vb_team239 | Vị trí=-:vb_pos239 | Hội phí/năm (đ)=-:vb_fee239"
        " | Giấy KSK=-:vb_health239 | Ngày vào CLB=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_day_nghe_cat_toc_trang_diem_hoi_lhpn_huyen_vn239",
        "STT=row | Họ và tên học viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Hộ khẩu thường trú=address | Số ĐT=phone:phone_spaced"
        " | Đối tượng=-:hair_kind239 | Nghề đăng ký học=-:hair_trade239"
        " | Mã lớp=-:hair_class239 | Hỗ trợ tiền ăn (đồng)=-:hair_meal239"
        " | Kết quả=-:hair_result239 | Ngày cấp chứng chỉ=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "reestr_vydachi_sotsialnoi_karty_zhitelya_respubliki_tatarstan_ru239",
        "№ п/п=row | Фамилиясе / Фамилия=family_name:tt_family239"
        " | Исеме / Имя=given_name:tt_given239 | Әтисенең исеме / Отчество=-:tt_patr239"
        " | Туган көне / Дата рождения=birth_date@%d.%m.%Y | Җенесе / Пол=sex:tt_sex239"
        " | СНИЛС=national_id:tt_snils239 | Полис ОМС=-:tt_oms239"
        " | Яшәү урыны / Адрес проживания=address:tt_addr239"
        " | Телефон=phone:tt_phone239 | Карта №=-:tt_card239"
        " | Ташламалы категория / Льготная категория=-:tt_benefit239"
        " | Бирелү көне / Дата выдачи=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "subsidiya_na_pchelosemi_lph_minselkhoz_bashkortostan_ru239",
        "№=row | Фамилияһы, исеме, атаһының исеме / Ф.И.О.=full_name:ba_name239"
        " | Тыуған көнө / Дата рождения=birth_date@%d.%m.%Y | ИНН=national_id:ba_inn239"
        " | Паспорт=-:ba_pass239 | Адресы / Адрес=address:ba_addr239"
        " | Телефоны / Телефон=phone:ba_phone239 | Умартаһы / Пчелосемей, шт.=-:ba_hives239"
        " | Субсидия суммаһы / Сумма, руб.=-:ba_sum239"
        " | Похозяйственная книга=-:ba_book239"
        " | Ғариза датаһы / Дата заявления=date@%d.%m.%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "pervichnyi_voinskii_uchet_selskoe_poselenie_chuvashiya_ru239",
        "№=row | Хушамачӗ / Фамилия=family_name:cv_family239 | Ячӗ / Имя=given_name:cv_given239"
        " | Ашшӗн ячӗ / Отчество=-:cv_patr239"
        " | Ҫуралнӑ кунӗ / Дата рождения=birth_date@%d.%m.%Y"
        " | Военный билет (серия, №)=-:cv_vb239 | Звание=-:cv_rank239 | ВУС=-:cv_vus239"
        " | Категория годности=-:cv_fit239 | СНИЛС=national_id:cv_snils239"
        " | Пурӑнакан вырӑнӗ / Адрес=address:cv_addr239 | Телефон=phone:cv_phone239"
        " | Ӗҫ вырӑнӗ / Место работы=-:cv_work239"
        " | Дата постановки на учёт=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "dogovory_kupli_prodazhi_lesnykh_nasazhdenii_sobstvennye_nuzhdy_mari_el_ru239",
        "№ п/п=row | Ф.И.О. гражданина=full_name:me_name239"
        " | Дата рождения=birth_date@%d.%m.%Y | Паспорт: серия, номер=national_id:me_pass239"
        " | Кем и когда выдан=-:me_issuer239 | СНИЛС=-:me_snils239"
        " | Адрес места жительства=address:me_addr239 | Контактный тел.=phone:me_phone239"
        " | Лесничество=-:me_forestry239 | Квартал/выдел=-:me_plot239"
        " | Объём, куб. м=-:me_volume239 | Цель заготовки=-:me_purpose239"
        " | № договора=-:me_contract239 | Дата договора=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "zemskii_uchitel_uchastniki_programmy_minobrnauki_udmurtiya_ru239",
        "№=row | Фамилиез / Фамилия=family_name:ud_family239 | Нимыз / Имя=given_name:ud_given239"
        " | Атаезлэн нимыз / Отчество=-:ud_patr239"
        " | Вордӥськем нуналэз / Дата рождения=birth_date@%d.%m.%Y"
        " | ИНН=national_id:ud_inn239 | СНИЛС=-:ud_snils239 | Школа=-:ud_school239"
        " | Предмет=-:ud_subject239 | Ёрос / Район школы=-:ud_district239"
        " | Улэм интыез / Адрес регистрации=address:ud_addr239"
        " | Телефон=phone:ud_phone239 | Эл. почта=email | Выплата, руб.=-:ud_pay239"
        " | № соглашения=-:ud_agree239 | Дата соглашения=date@%d.%m.%Y"
        " | Срок отработки до=date:ud_until239",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "tt_snils239",
    "ba_inn239",
    "cv_snils239",
    "me_pass239",
    "ud_inn239",
)
SEX_HOLDS: tuple[str, ...] = ("tt_sex239",)
NAME_HOLDS = frozenset(
    {
        "tt_family239",
        "tt_given239",
        "ba_name239",
        "cv_family239",
        "cv_given239",
        "me_name239",
        "ud_family239",
        "ud_given239",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "tt_phone239",
    "ba_phone239",
    "cv_phone239",
    "me_phone239",
    "ud_phone239",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "tt_addr239",
    "ba_addr239",
    "cv_addr239",
    "me_addr239",
    "ud_addr239",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND239",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND239",
]
