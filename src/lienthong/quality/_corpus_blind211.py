"""The two hundred and eleventh part of the outside corpus, **blind 211** (written 04:50 UTC,
2026-12-07, never used for tuning): person files a commune paying for cattle and buffaloes killed
by a cold spell, a blood transfusion centre's platelet apheresis donors, a ward's internet-game
shops, a provincial fisheries sub-department paying fuel support for offshore fishing, a Lebanese
municipality's generator subscriptions, a Kurdistan Region agriculture directorate's wheat
deliveries, a Syrian university's student housing, a Palestinian labour directorate's work
permits and an Israeli municipality's kindergarten registration could hand over.
Four Vietnamese files: a commune's list of households whose buffaloes and cattle died in a cold
spell in Windows-1258 with semicolons and headers without diacritics (the hamlet and commune in
one cell, the animal, how many died, the support, the veterinary officer who confirmed it); a
blood transfusion centre's register of platelet apheresis donors in UTF-16 with tabs (the donor
code, the blood group, the donations counted, the platelet count, the receiving unit, the time
last updated); a ward's list of internet-game shop owners signing commitments in UTF-8 with a BOM
(the shop and its address, the certificate and its date, the number of machines, the checking
officer, the result); and a fisheries sub-department's list of boat owners paid fuel support
for offshore trips in Excel (the boat registration number, the engine power, the trips, the
captain, the crew, the amount, the day the boat returned to port).
Five foreign files: a Lebanese municipality's generator subscription list in UTF-8 with
Arabic/French headers (the identity card number, the father's and mother's names, the registry
place and number, the building and floor, the amperes, the generator owner); a Kurdistan Region
list of wheat deliveries in UTF-8 with a BOM and Sorani headers in Arabic script (the unified
national card, the three-part name, the village, the silo, the tonnage, the amount in dinars); a
Syrian university housing list in Windows-1256 with Arabic headers (the 11-digit national
number, the father's and mother's names, the place of birth, the faculty, the unit and room);
a Palestinian work permit list in UTF-8 with Arabic headers (the 9-digit identity number with
its check digit, the employer, the crossing, the permit number and its expiry); and an Israeli
kindergarten registration list in Windows-1255 with Hebrew headers (the child's teudat zehut
with its check digit, the parent's name and number, the street, the town, the postcode, the
kindergarten).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind211_writers import WRITERS_BLIND211
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND211: tuple[Shape, ...] = (
    _shape(
        "ho_co_trau_bo_chet_ret_dam_ret_hai_de_nghi_ho_tro_ubnd_xa_vn211",
        "TT=row | Ho va ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi (thon, xa)=address:hamlet_addr211"
        " | Loai gia suc=-:animal211 | So con chet=-:dead211 | Tuoi gia suc (thang)=-:age211"
        " | Ngay xay ra=date@%d/%m/%Y | Muc ho tro (dong)=-:aid211"
        " | Can bo thu y xac nhan=-:vet211 | So dien thoai=phone | Ky nhan=-:sign211",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_hien_tieu_cau_gan_tach_trung_tam_truyen_mau_vn211",
        "STT=row | Mã người hiến=-:donor211 | Họ và tên=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nhóm máu=-:abo211 | Số CCCD=cccd"
        " | Điện thoại=phone:phone_dotted | Email=email | Địa chỉ liên hệ=address"
        " | Số lần hiến TC=-:times211 | Lần hiến gần nhất=date@%d/%m/%Y"
        " | SL tiểu cầu (G/L)=-:plt211 | Nơi tiếp nhận=-:site211 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_diem_kinh_doanh_tro_choi_dien_tu_cong_cong_ky_cam_ket_phuong_vn211",
        "TT=row | Họ và tên chủ cơ sở=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | CCCD số=cccd:cccd_spaced | Nơi thường trú=address | Tên điểm kinh doanh=-:shop211"
        " | Địa chỉ điểm KD=-:shop_addr211 | Số GCN đủ ĐK=-:licence211"
        " | Ngày cấp=date@%d/%m/%Y | Số máy trạm=-:machines211 | SĐT liên hệ=phone"
        " | Cán bộ kiểm tra=-:inspector211 | Kết quả=-:result211",
        encoding="utf-8-sig",
    ),
    _shape(
        "chu_tau_ca_ho_tro_nhien_lieu_khai_thac_xa_bo_chi_cuc_thuy_san_vn211",
        "STT=row | Họ tên chủ tàu=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi ở hiện nay=address | Số đăng ký tàu=-:boat211"
        " | Công suất (CV)=-:power211 | Số chuyến biển=-:trips211"
        " | Thuyền trưởng=-:captain211 | Số lao động=-:crew211"
        " | Ngày cập cảng=date@%d/%m/%Y | Số tiền hỗ trợ (đồng)=-:fuel_aid211"
        " | ĐT chủ tàu=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "abonnes_moteur_generateur_baladiya_lb211",
        "الرقم / N°=row | الاسم / Prénom=given_name:lb_given211"
        " | الشهرة / Nom=family_name:lb_family211 | اسم الأب / Père=-:lb_father211"
        " | اسم الأم وشهرتها / Mère=-:lb_mother211"
        " | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y"
        " | رقم بطاقة الهوية / N° carte d'identité=national_id:id_lb211"
        " | محل ورقم القيد / Lieu et n° de registre=-:qaid_lb211"
        " | العنوان / Adresse=address:addr_lb211 | الهاتف / Tél.=phone:phone_lb211"
        " | عدد الأمبيرات / Ampères=-:amps_lb211 | صاحب المولد / Propriétaire=-:owner_lb211"
        " | تاريخ الاشتراك / Date d'abonnement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "radestkrdni_genim_be_silo_berewebarayeti_kishtukal_krd211",
        "ز=row | ژمارەی کارتی نیشتمانی=national_id:card_krd211"
        " | ناوی سیانی=full_name:krd_full211 | ناوی دایک=-:krd_mother211"
        " | ڕێکەوتی لەدایکبوون=birth_date@%Y/%m/%d | ڕەگەز=sex:sex_krd211"
        " | گوند=-:village_krd211 | قەزا=district:qaza_krd211 | پارێزگا=state:gov_krd211"
        " | ژمارەی مۆبایل=phone:phone_krd211 | سایلۆ=-:silo_krd211"
        " | بڕی گەنم (تەن)=-:tons_krd211 | بڕی پارە (دینار)=-:iqd_krd211"
        " | ڕێکەوتی ڕادەستکردن=date@%Y/%m/%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "talabat_alsakan_aljamii_jamiat_dimashq_sy211",
        "الرقم=row | الرقم الوطني=national_id:nn_sy211 | الاسم=given_name:sy_given211"
        " | الكنية=family_name:sy_family211 | اسم الأب=-:sy_father211"
        " | اسم الأم=-:sy_mother211 | مكان الولادة=-:sy_pob211"
        " | تاريخ الولادة=birth_date@%d/%m/%Y | الجنس=sex:sex_sy211"
        " | المحافظة=state:gov_sy211 | العنوان الدائم=address:addr_sy211"
        " | الكلية=-:faculty_sy211 | السنة الدراسية=-:year_sy211"
        " | الوحدة السكنية/الغرفة=-:room_sy211 | رقم الموبايل=phone:phone_sy211"
        " | تاريخ تقديم الطلب=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "tasarih_alamal_mudiriyat_alamal_ps211",
        "#=row | رقم الهوية=national_id:id_ps211 | الاسم رباعي=full_name:ps_full211"
        " | تاريخ الميلاد=birth_date@%d-%m-%Y | المحافظة=state:gov_ps211"
        " | البلدة/المخيم=district:town_ps211 | رقم الجوال=phone:phone_ps211"
        " | المهنة=-:trade_ps211 | اسم المشغل=-:employer_ps211 | المعبر=-:crossing_ps211"
        " | رقم التصريح=-:permit_ps211 | تاريخ انتهاء التصريح=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "rishum_ganei_yeladim_iriya_il211",
        "מס'=row | ת.ז. הילד/ה=national_id:tz_il211 | שם משפחה=family_name:il_family211"
        " | שם פרטי=given_name:il_given211 | תאריך לידה=birth_date:il_child_birth211"
        " | מין=sex:sex_il211 | שם ההורה=-:il_parent211 | ת.ז. הורה=-:tz_parent_il211"
        " | רחוב ומס' בית=street:street_il211 | יישוב=district:town_il211"
        " | מיקוד=postcode:mikud_il211 | טלפון נייד=phone:phone_il211"
        " | גן מבוקש=-:gan_il211 | תאריך רישום=date@%d.%m.%Y",
        english=True,
        encoding="cp1255",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("id_lb211", "card_krd211", "nn_sy211", "id_ps211", "tz_il211")
SEX_HOLDS: tuple[str, ...] = ("sex_krd211", "sex_sy211", "sex_il211")
NAME_HOLDS = frozenset(
    {"lb_given211", "lb_family211", "krd_full211", "sy_given211", "sy_family211"}
    | {"ps_full211", "il_family211", "il_given211"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_lb211",
    "phone_krd211",
    "phone_sy211",
    "phone_ps211",
    "phone_il211",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hamlet_addr211", "addr_lb211", "addr_sy211")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND211",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND211",
]
