"""The twenty-eighth part of the outside corpus, **blind 28** (written 05:55 UTC, 2026-12-06,
never used for tuning): person files a ward's pet-dog registry, a bus company's monthly-pass
office, a sports centre's swimming school, a district association of the blind, Sudan's National
Health Insurance Fund, Turkmenistan's pension fund, Cape Verde's INPS, Burkina Faso's CNAMU and
the Samoa National Provident Fund could hand over, in layouts no other part uses. Four
Vietnamese files: a ward's pet-dog registrations in Excel (the owner is the record's person; the
dog's name, breed and coat, the rabies vaccination date and the ward's vet officer with his
phone); a bus company's monthly-pass holders in Windows-1258 with commas and ``dd-mm-yyyy``
dates (the pass number, the passenger group, the route, the contact in an emergency and her
phone); a sports centre's swimming-class members in UTF-16 with tabs, ``Số định danh`` and
``yyyy-mm-dd`` dates (the class, the session, the coach and his phone); and an association of
the blind's members in UTF-8 with a byte-order mark, ``;`` and capital headers (the member's
card, the degree of disability, the branch, the helper who guides the member and her phone).
Five foreign files: a Sudanese NHIF list in UTF-8 with Arabic headers (``الرقم الوطني`` of eleven
digits with no published check digit, the four-part name in one column, ``dd/mm/yyyy`` dates,
five-digit postcodes, ``0912345678`` phones, the guarantor); a Turkmen pension-fund list in Excel
with Turkmen headers (the passport ``I-AŞ 123456`` as the identity document, the patronymic,
``12.03.1985`` dates, six-digit postcodes, ``+993 65 123456`` phones, the next of kin); a Cape
Verdean INPS list in Windows-1252 with Portuguese headers (the ``NIF`` with its mod 11 digit,
``Achada``/``Zona`` addresses, four-digit postcodes, ``+238 991 23 45`` phones, the contact
person); a Burkinabè CNAMU list in Latin-1 with French headers and tabs (``N° CNIB`` written
``B1234567`` with no published check digit, ``Secteur``/``Arrondissement`` addresses, the
``01 BP 1234`` post box in place of a postcode, ``+226 70 12 34 56`` phones, the ``personne à
prévenir``); and a Samoan SNPF list in UTF-8 with English and Samoan headers (the member number
with no published check digit, village and district addresses, the ``P.O. Box`` in place of a
postcode, ``+685 7712345`` phones, the nominee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind28_writers import WRITERS_BLIND28
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND28: tuple[Shape, ...] = (
    _shape(
        "dang_ky_nuoi_cho_vn28",
        "STT=row | Số ĐK=-:dogreg28 | Họ tên chủ nuôi=full_name | Ngày sinh=birth_date"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ nơi nuôi=address"
        " | Mã bưu chính=postcode:ward_post28 | SĐT chủ nuôi=phone | Tên chó=-:dog28"
        " | Giống chó=-:breed28 | Màu lông=-:coat28 | Ngày tiêm phòng dại=date@%d/%m/%Y"
        " | Cán bộ thú y=-:vet28 | SĐT cán bộ=-:vet_phone28",
        file="xlsx",
    ),
    _shape(
        "ve_thang_xe_buyt_vn28",
        "STT=row | Mã thẻ=-:pass28 | Họ và tên=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Đối tượng=-:rider28 | Tuyến=-:route28"
        " | Địa chỉ=address | Mã BC=postcode:bus_post28 | Điện thoại=phone"
        " | Người liên hệ khẩn cấp=-:emergency28 | ĐT liên hệ=-:emergency_phone28"
        " | Ngày cấp thẻ=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter=",",
    ),
    _shape(
        "hoc_boi_vn28",
        "STT=row | Mã HV=-:swimmer28 | Họ tên học viên=full_name | Ngày sinh=birth_date@%Y-%m-%d"
        " | Giới tính=sex | Số định danh=cccd | Lớp=-:swim_class28 | Ca học=-:session28"
        " | Địa chỉ=address | Mã bưu chính=postcode:swim_post28 | SĐT=phone"
        " | Huấn luyện viên=-:coach28 | SĐT HLV=-:coach_phone28"
        " | Ngày đăng ký=date@%Y-%m-%d",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_nguoi_mu_vn28",
        "STT=row | SỐ THẺ HỘI VIÊN=-:member28 | HỌ VÀ TÊN=full_name | NGÀY SINH=birth_date"
        " | GIỚI TÍNH=sex | SỐ CCCD=cccd | MỨC ĐỘ KHUYẾT TẬT=-:degree28 | CHI HỘI=-:branch28"
        " | ĐỊA CHỈ=address | MÃ BƯU CHÍNH=postcode:blind_post28 | SĐT=phone"
        " | NGƯỜI HỖ TRỢ=-:helper28 | SĐT NGƯỜI HỖ TRỢ=-:helper_phone28"
        " | NGÀY VÀO HỘI=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tamin_sihhi_sd28",
        "م=row | الرقم الوطني=national_id:nid_sd28 | الاسم رباعي=full_name:sd_name28"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:sex_sd28"
        " | العنوان=address:address_sd28 | الرمز البريدي=postcode:post_sd28"
        " | رقم الهاتف=phone:phone_sd28 | اسم الضامن=-:guarantor_sd28"
        " | هاتف الضامن=-:guarantor_phone_sd28 | تاريخ الاشتراك=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "pensiya_gaznasy_tm28",
        "T/b=row | Familiýasy=family_name:tm_family28 | Ady=given_name:tm_given28"
        " | Atasynyň ady=-:patronymic_tm28 | Doglan senesi=birth_date@%d.%m.%Y"
        " | Jynsy=sex:sex_tm28 | Pasport belgisi=national_id:passport_tm28"
        " | Ýaşaýan salgysy=address:address_tm28 | Poçta indeksi=postcode:post_tm28"
        " | Telefon belgisi=phone:phone_tm28 | Ýakyn garyndaşy=-:kin_tm28"
        " | Garyndaşynyň telefony=-:kin_phone_tm28 | Hasaba alnan senesi=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "inps_segurados_cv28",
        "N.º=row | NIF=national_id:nif_cv28 | Apelido=family_name:cv_family28"
        " | Nome=given_name:cv_given28 | Data Nasc.=birth_date@%d/%m/%Y | Sexo=sex:sex_cv28"
        " | Morada=address:address_cv28 | Cód. Postal=postcode:post_cv28"
        " | Telemóvel=phone:phone_cv28 | Pessoa de Contacto=-:contact_cv28"
        " | Tel. Contacto=-:contact_phone_cv28 | Data Inscrição=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cnamu_assures_bf28",
        "N° Ordre=row | N° CNIB=national_id:cnib_bf28 | Nom=family_name:bf_family28"
        " | Prénom(s)=given_name:bf_given28 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_bf28 | Adresse=address:address_bf28 | Boîte postale=postcode:bp_bf28"
        " | Téléphone=phone:phone_bf28 | Personne à prévenir=-:warn_bf28"
        " | Tél. personne à prévenir=-:warn_phone_bf28 | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter="\t",
    ),
    _shape(
        "snpf_members_ws28",
        "No.=row | SNPF Member No.=national_id:npf_ws28 | Surname / Igoa=family_name:ws_family28"
        " | First Name / Suafa=given_name:ws_given28 | D.O.B=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_ws28 | Village & District=address:address_ws28"
        " | Postal Address=postcode:box_ws28 | Mobile=phone:phone_ws28"
        " | Nominee=-:nominee_ws28 | Nominee Mobile=-:nominee_phone_ws28"
        " | Date Joined=date@%d/%m/%Y",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nid_sd28", "passport_tm28", "nif_cv28", "cnib_bf28")
NATIONAL_HOLDS += ("npf_ws28",)
SEX_HOLDS: tuple[str, ...] = ("sex_sd28", "sex_tm28", "sex_cv28", "sex_bf28", "sex_ws28")
NAME_HOLDS = frozenset(
    {"sd_name28", "tm_family28", "tm_given28", "cv_family28", "cv_given28", "bf_family28"}
    | {"bf_given28", "ws_family28", "ws_given28"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sd28",
    "phone_tm28",
    "phone_cv28",
    "phone_bf28",
    "phone_ws28",
)
#: addresses written with ``", "`` between their parts (the Sudanese one with Arabic commas)
ADDRESS_HOLDS: tuple[str, ...] = ("address_tm28", "address_cv28", "address_bf28", "address_ws28")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND28",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND28",
]
