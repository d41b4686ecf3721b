"""The sixteenth part of the outside corpus, **blind 16** (written 02:42 UTC, 2026-12-06, never
used for tuning): person files a power company, a district business-registration office, a
university, a fisheries port office, the Nigerian identity commission, a Colombian health
insurer, the Moldovan health-insurance fund, a Macedonian municipality and the Dominican electoral
board could hand over, in layouts no other part uses. Four Vietnamese files: a power company's
customer list in Windows-1258 (``Mã KH`` codes like ``PE0100012345``, the meter's number, the
place the power is used beside the customer's contact address, ``Số CMND/CCCD``); a district's
register of business households (hộ kinh doanh) in Excel with the certificate's number, the
shop's name and its place of business, the trade, the capital, the tax code and ``Số định danh
cá nhân``; a university's student list with ASCII camel-case headers (``MaSV``, ``HoDem``,
``Ten``, ``NgaySinh`` written ``yyyy-mm-dd``), students born 2003-2006, their e-mail and a
parent's phone; and a UTF-16 tab-separated crew list of fishing boats leaving port (the boat's
``BĐ-90568-TS`` number, the crewman's post, the boat owner's name and phone, the day of
departure). Five foreign files: a Nigerian NIMC enrolment list (``NIN``, the BVN beside it, state
of origin and LGA, next of kin and their phone), a Colombian EPS list in Excel (``No. Documento``
beside ``Tipo Doc.``, names in capitals, ``CL 45 # 12-34`` addresses, the employer's NIT with its
mod 11 check digit), a Moldovan CNAM list in Windows-1250 (``IDNP`` with its 7-3-1 check digit,
``str. Ştefan cel Mare 12, ap. 5, MD-2001 Chişinău``, ``+373`` phones, ``dd.mm.yyyy``), a
Macedonian municipality's social-aid applicants in Windows-1251 Cyrillic (``ЕМБГ`` with its mod 11
check digit, ``12.03.1985 год.`` dates, the father's name, postcodes) and a Dominican JCE voters'
list (``Céd. Identidad y Electoral`` written ``001-1234567-8`` with its Luhn digit, sectors,
``809-`` phones, the polling station).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind16_writers import WRITERS_BLIND16
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND16: tuple[Shape, ...] = (
    _shape(
        "khach_hang_dien_vn",
        "STT=row | Mã KH=-:evn_code16 | Tên khách hàng=full_name | Số CMND/CCCD=cccd"
        " | Địa chỉ dùng điện=-:supply_address16 | Địa chỉ liên hệ=address"
        " | Số công tơ=-:meter16 | Điện thoại=phone | Ngày ký HĐ=date@%d/%m/%Y"
        " | Chỉ số cũ=-:reading_old16 | Chỉ số mới=-:reading_new16",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_kinh_doanh_vn",
        "STT=row | Số GCN ĐKHKD=-:hkd_no16 | Ngày cấp=date:hkd_issued16"
        " | Tên hộ kinh doanh=-:shop16 | Chủ hộ kinh doanh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | Địa điểm kinh doanh=-:shop_address16"
        " | Ngành nghề KD=-:trade16 | Vốn KD (đồng)=-:capital16 | MST=-:mst | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "sinh_vien_vn",
        "STT=row | MaSV=-:student_no16 | HoDem=family_name:family_middle"
        " | Ten=given_name:given_only | NgaySinh=birth_date:student_birth16 | GioiTinh=sex"
        " | NoiSinh=-:province | SoCCCD=cccd:student_cccd16 | Lop=-:class16"
        " | Email=email:student_email16"
        " | DienThoai=phone | DienThoaiPH=-:parent_phone16 | NgayNhapHoc=date@%Y-%m-%d",
    ),
    _shape(
        "thuyen_vien_tau_ca_vn",
        "STT=row | Số đăng ký tàu=-:boat16 | Họ và tên thuyền viên=full_name"
        " | Chức danh=-:crew_post16 | NS=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Thường trú=address | SĐT=phone | Chủ tàu=-:boat_owner16"
        " | SĐT chủ tàu=-:owner_phone16 | Cảng xuất bến=-:port16 | Ngày xuất bến=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nimc_enrolment_ng",
        "S/N=row | NIN=national_id:nin_ng | Surname=family_name:ng_family"
        " | First Name=given_name:ng_given | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_ng | Residential Address=address:address_ng"
        " | State of Origin=-:origin_ng | LGA=-:lga_ng | Phone Number=phone:phone_ng"
        " | BVN=-:bvn_ng | Next of Kin=-:kin_ng | NOK Phone=-:kin_phone_ng"
        " | Enrolment Date=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "afiliados_eps_co",
        "Item=row | Tipo Doc.=-:doc_type_co | No. Documento=national_id:cc_co"
        " | Nombres y Apellidos=full_name:co_full | Fecha Nacimiento=birth_date@%Y/%m/%d"
        " | Sexo=sex:sex_co | Dirección=street:street_co | Municipio=-:town_co"
        " | Celular=phone:phone_co | Régimen=-:regime_co | NIT Empleador=-:nit_co"
        " | Fecha Afiliación=date@%Y/%m/%d",
        english=True,
        file="xlsx",
    ),
    _shape(
        "asigurati_cnam_md",
        "Nr. d/o=row | IDNP=national_id:idnp_md | Numele=family_name:md_family"
        " | Prenumele=given_name:md_given | Data naşterii=birth_date@%d.%m.%Y"
        " | Sexul=sex:sex_md | Adresa=address:address_md | Telefon=phone:phone_md"
        " | Nr. poliţei=-:policy_md | Categoria=-:category_md | Data eliberării=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "socijalna_pomos_mk",
        "Ред. бр.=row | Презиме=family_name:mk_family | Име=given_name:mk_given"
        " | Име на татко=-:father_mk | ЕМБГ=national_id:embg_mk"
        " | Датум на раѓање=birth_date@%d.%m.%Y год. | Пол=sex:sex_mk | Адреса=street:street_mk"
        " | Место=-:town_mk | Пошт. бр.=postcode:post_mk | Тел.=phone:phone_mk"
        " | Датум на барање=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "padron_jce_do",
        "No.=row | Céd. Identidad y Electoral=national_id:cedula_do | Nombres=given_name:do_given"
        " | Apellidos=family_name:do_family | Fecha de Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_do | Dirección=street:street_do | Sector=-:sector_do"
        " | Provincia=-:province_do | Teléfono=phone:phone_do | Colegio Electoral=-:college_do"
        " | Fecha Inscripción=date@%d/%m/%Y",
        english=True,
    ),
)

#: How a 31 February reads in this part's new date format (the Macedonian ``12.03.1985 год.``).
INVALID_DAY = {"%d.%m.%Y год.": "31.02.{y} год."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin_ng", "cc_co", "idnp_md", "embg_mk", "cedula_do")
SEX_HOLDS: tuple[str, ...] = ("sex_ng", "sex_co", "sex_md", "sex_mk", "sex_do")
NAME_HOLDS = frozenset(
    {"ng_family", "ng_given", "co_full", "md_family"}
    | {"md_given", "mk_family", "mk_given", "do_given", "do_family"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_ng", "phone_co", "phone_md", "phone_mk", "phone_do")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ng", "address_md")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND16",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND16",
]
