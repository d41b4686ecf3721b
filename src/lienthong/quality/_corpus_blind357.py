"""The three-hundred-and-fifty-seventh part of the outside corpus, **blind 357** (written 13:08
UTC, 2026-12-07, never used for tuning): person files a lottery company's first-tier agent, a
ride-hailing app, a night market's management board, a ward police station, a Baku market's
administration, a Turkish tradesmen's chamber, an Erbil bazaar committee, a Lebanese
municipality and the Greater Amman Municipality could hand over, all about people who earn their
living in small trades. Four Vietnamese files: a first-tier lottery agent's list of the sellers
who take tickets from it, in UTF-8 with a BOM and semicolons (the seller's code, the CCCD, the
selling area, the tickets taken per draw, the deposit, the agent); a ride-hailing app's export
of the motorbike-taxi drivers living in one ward, in UTF-8 with headers without diacritics (the
driver id, the CCCD, the +84 phone, the plate and model, the activation date, the rating, the
account status, the time of the export); a night market's stall holders in Windows-1258 with
tabs (the stall, the goods, the area, the monthly fee, a helper, the contract date, a signature
column); and a ward police station's list of shoe-shiners and scrap buyers staying in the ward,
in UTF-16 with tabs (the personal identification number, the home province, the temporary
address, the trade, the vehicle, the landlord and his phone, the officer who took it).
Five foreign files: a Baku market's traders in Excel with Azerbaijani Latin headers (the FİN,
surname, name and patronymic, the identity card series, the address and city, the +994 mobile,
the market); a Turkish tradesmen's chamber register in UTF-8 with semicolons (the T.C. Kimlik No
with its two check digits, the father's name, the place of birth, the mahalle address, ilçe and
il, the chamber register number, the trade); an Erbil bazaar committee's shopkeepers in UTF-8
with a BOM and Kurdish/Arabic headers (the three-part name, the mother's name, the unified
national card, the governorate, qada and mahalla, the ration card, the shop); a Lebanese
municipality's street vendors' permits in UTF-8 with Arabic/French headers (surname and name,
father's and mother's names, place of birth, the civil register number, the identity card, the
address and caza, the permit); and the Greater Amman Municipality's kiosk licences in UTF-16
with tabs and Arabic headers (the ten-digit national number, the four-part name, governorate,
liwa and street, the kiosk, the licence and its fee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind357_writers import WRITERS_BLIND357
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND357: tuple[Shape, ...] = (
    _shape(
        "nguoi_ban_ve_so_nhan_ve_dai_ly_cap_1_vn357",
        "STT=row | Mã NB=-:vs_code357 | Họ và tên người bán=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ thường trú=address | SĐT liên hệ=phone:phone_dotted"
        " | Khu vực bán=-:vs_area357 | SL vé nhận/kỳ (tờ)=-:vs_quota357"
        " | Tiền ký quỹ (đ)=-:vs_deposit357 | Đại lý giao vé=-:vs_agent357"
        " | Ngày bắt đầu nhận vé=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "xuat_du_lieu_tai_xe_xe_om_ung_dung_theo_phuong_vn357",
        "#=row | Ma tai xe=-:xo_id357 | Ho ten tai xe=full_name:full_name_caps"
        " | Ngay sinh=birth_date@%Y-%m-%d"
        " | Gioi tinh=sex:sex_caps | So CCCD=cccd | So dien thoai=phone:xo_phone357 | Email=email"
        " | Dia chi thuong tru=address:address_ascii | Bien so xe=-:xo_plate357"
        " | Hieu xe=-:xo_vehicle357 | Ngay kich hoat=date@%Y-%m-%d | Diem danh gia=-:xo_rating357"
        " | So chuyen (30 ngay)=-:xo_trips357 | Trang thai TK=-:xo_status357"
        " | Thoi diem xuat=timestamp",
        encoding="utf-8",
    ),
    _shape(
        "chu_sap_cho_dem_ban_quan_ly_cho_vn357",
        "TT=row | Số sạp=-:cd_stall357 | Họ tên chủ sạp=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Nơi ĐKTT=address | Điện thoại=phone:phone_spaced"
        " | Mặt hàng KD=-:cd_goods357 | Diện tích=-:cd_area357 | Phí thu/tháng (đ)=-:cd_fee357"
        " | Người phụ bán=-:cd_helper357 | Ngày ký HĐ=date@%d/%m/%Y | Ký nhận=-:cd_sign357",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nguoi_danh_giay_thu_mua_dong_nat_tam_tru_cong_an_phuong_vn357",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Quê quán=-:td_home357 | Nơi tạm trú hiện nay=address"
        " | SĐT=phone | Nghề nghiệp=-:td_trade357 | Phương tiện=-:td_means357"
        " | Chủ nhà trọ=-:td_landlord357 | SĐT chủ trọ=-:td_landphone357"
        " | Ngày khai báo=date@%d/%m/%Y | CB tiếp nhận=-:td_officer357 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bazar_saticilari_siyahisi_az357",
        "Sıra №=row | FİN=national_id:az_fin357 | Soyadı=family_name:az_family357"
        " | Adı=given_name:az_given357 | Atasının adı=-:az_father357"
        " | Doğum tarixi=birth_date@%d.%m.%Y | Cinsi=sex:az_sex357"
        " | Şəxsiyyət vəsiqəsinin seriyası və nömrəsi=-:az_card357"
        " | Qeydiyyat ünvanı=street:az_street357 | Şəhər (rayon)=district:az_city357"
        " | Mobil telefon=phone:az_phone357 | Bazar=-:az_market357 | Yer №=-:cd_stall357"
        " | Müqavilə tarixi=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "esnaf_sicil_kayit_listesi_tr357",
        "Sıra No=row | T.C. Kimlik No=national_id:tr_tc357 | Adı=given_name:tr_given357"
        " | Soyadı=family_name:tr_family357 | Baba Adı=-:tr_father357"
        " | Doğum Yeri=-:tr_birthplace357 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyeti=sex:tr_sex357 | İkametgah Adresi=street:tr_street357"
        " | İlçe=district:tr_district357 | İl=state:tr_province357 | Cep Tel=phone:tr_phone357"
        " | Esnaf Sicil No=-:tr_sicil357 | Meslek Kolu=-:tr_trade357 | Kayıt Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "dukandarani_qaysari_hewler_iq357",
        "ژ / ت=row | ناوی سیانی / الاسم الثلاثي=full_name:ku_name357"
        " | ناوی دایک / اسم الأم=-:ku_mother357"
        " | ژمارەی کارتی نیشتمانی / رقم البطاقة الوطنية=national_id:ku_card357"
        " | ڕێکەوتی لەدایکبوون / تاريخ الولادة=birth_date@%d/%m/%Y | ڕەگەز / الجنس=sex:ku_sex357"
        " | پارێزگا / المحافظة=state:ku_gov357 | قەزا / القضاء=district:ku_qada357"
        " | گەڕەک / المحلة=suburb:ku_mahalla357 | مۆبایل / الموبايل=phone:ku_phone357"
        " | ژمارەی فۆرمی خۆراک / رقم البطاقة التموينية=-:ku_ration357"
        " | پیشە / المهنة=-:ku_trade357 | دوکان / المحل=-:ku_shop357"
        " | ڕێکەوتی تۆمار / تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "rukhas_baait_mutajawilin_permis_vendeurs_lb357",
        "الرقم / N°=row | الشهرة / Nom=family_name:lb_family357"
        " | الاسم / Prénom=given_name:lb_given357 | اسم الأب / Nom du père=-:lb_father357"
        " | اسم الأم وشهرتها / Nom de la mère=-:lb_mother357"
        " | محل الولادة / Lieu de naissance=-:lb_birthplace357"
        " | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y | الجنس / Sexe=sex:lb_sex357"
        " | رقم السجل / N° du registre=-:lb_sijil357"
        " | رقم بطاقة الهوية / N° carte d'identité=national_id:lb_id357"
        " | العنوان / Adresse=address:lb_address357 | القضاء / Caza=district:lb_caza357"
        " | الهاتف / Tél.=phone:lb_phone357 | نوع البسطة / Activité=-:lb_trade357"
        " | رقم الرخصة / N° du permis=-:lb_permit357 | تاريخ الرخصة / Date du permis=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "rukhas_akshak_amanat_amman_jo357",
        "الرقم=row | الرقم الوطني=national_id:jo_nn357 | الاسم الرباعي=full_name:jo_name357"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الجنس=sex:jo_sex357"
        " | المحافظة=state:jo_gov357 | اللواء=district:jo_liwa357 | العنوان=street:jo_street357"
        " | رقم الهاتف=phone:jo_phone357 | نوع الكشك=-:jo_kiosk357 | رقم الرخصة=-:jo_licence357"
        " | رسوم الرخصة=-:jo_fee357 | تاريخ انتهاء الرخصة=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "az_fin357",
    "tr_tc357",
    "ku_card357",
    "lb_id357",
    "jo_nn357",
)
SEX_HOLDS: tuple[str, ...] = ("az_sex357", "tr_sex357", "ku_sex357", "lb_sex357", "jo_sex357")
NAME_HOLDS = frozenset(
    {"az_family357", "az_given357", "tr_given357", "tr_family357", "ku_name357"}
    | {"lb_family357", "lb_given357", "jo_name357"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "xo_phone357",
    "az_phone357",
    "tr_phone357",
    "ku_phone357",
    "lb_phone357",
    "jo_phone357",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("lb_address357",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND357",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND357",
]
