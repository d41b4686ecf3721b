"""The fifteenth part of the outside corpus, **blind 15** (written 02:30 UTC, 2026-12-06, never
used for tuning): person files a people's court, a traffic police unit, a commune military
command, a social-insurance pension office, a Scottish GP practice, the Ecuadorian social-security
institute, a Uruguayan health provider, the Kenyan Social Health Authority and a Saudi employer
could hand over, in layouts no other part uses. Four Vietnamese agency files: a district people's
court's list of parties (đương sự) with the case's number (``123/2025/TLST-DS``), the party's
standing, the birth year only (as judgments write "sinh năm 1975"), ``CCCD/CMND số``, the name of
the party on the other side and of an authorised representative; a traffic police list of
camera-caught offences (phạt nguội) with the plate, the time of the offence with hours and
minutes, the place of the offence (a road, not anyone's address), the owner's birthday and
``Số ĐDCN`` for the identity number; a commune military command's register of young men for
military service (đăng ký NVQS) in Excel, all born in 2008, with no sex column, their fathers' and
mothers' names and real Excel registration dates; and a tab-separated pension payment list (chi
trả lương hưu) with the social-insurance book number, pensioners born 1935-1968, the amount, the
proxy who collects it and the proxy's phone. Five foreign files: a Scottish GP practice's
patient list (``CHI No.`` with its mod 11 check digit, the birthday inside and the sex in its
ninth digit, ``12-Mar-1985`` dates, postcodes, the usual GP's name), an Ecuadorian IESS
affiliates' list in Windows-1252 (``Identificación`` for the cédula with its check digit, two
surnames, provinces and cantons, Quito's ``N24-12 y Av. Colón`` addresses, the employer's RUC),
a Uruguayan health provider's tab-separated list (``C.I. Nº`` written ``4.123.456-7``, ``C.P.``,
``Cel.``), a Kenyan Social Health Authority register (``ID/PP No.``, the KRA PIN beside it,
P.O. Box addresses and postal codes, the principal member's name) and a Saudi employer's GOSI
list with English/Arabic headers (``ID/Iqama No. / رقم الهوية/الإقامة`` with its Luhn digit,
national addresses, ``yyyy/mm/dd`` dates, the GOSI number and wage).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind15_writers import WRITERS_BLIND15
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND15: tuple[Shape, ...] = (
    _shape(
        "duong_su_toa_an_vn",
        "STT=row | Số thụ lý=-:case_no15 | Ngày thụ lý=date@%d/%m/%Y"
        " | Tư cách tham gia tố tụng=-:party_role15 | Họ tên đương sự=full_name"
        " | Năm sinh=birth_date:birth_year15 | Giới tính=sex | CCCD/CMND số=cccd"
        " | Nơi cư trú=address | Điện thoại=phone | Đương sự phía bên kia=-:opponent15"
        " | Người đại diện theo ủy quyền=-:counsel15 | Quan hệ tranh chấp=-:dispute15",
        delimiter=";",
    ),
    _shape(
        "phat_nguoi_csgt_vn",
        "TT=row | Biển kiểm soát=-:plate15 | Loại phương tiện=-:vehicle15"
        " | Thời gian vi phạm=date:violation15 | Địa điểm vi phạm=-:road15"
        " | Hành vi vi phạm=-:offence15 | Chủ phương tiện=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd | Địa chỉ chủ phương tiện=address"
        " | SĐT liên hệ=phone | Đơn vị phát hiện=-:police15",
        encoding="utf-8-sig",
    ),
    _shape(
        "nghia_vu_quan_su_vn",
        "TT=row | Họ và tên=full_name:conscript_name15"
        " | Ngày, tháng, năm sinh=birth_date:conscript_birth15"
        " | Số CCCD=cccd:conscript_cccd15 | Nơi thường trú=address | Họ tên cha=-:father15"
        " | Họ tên mẹ=-:mother15 | Trình độ VH=-:schooling15 | Nghề nghiệp=-:job15 | SĐT=phone"
        " | Ngày đăng ký=date:registered15",
        file="xlsx",
    ),
    _shape(
        "chi_tra_luong_huu_vn",
        "STT=row | Mã số BHXH=bhxh | Họ tên người hưởng=full_name"
        " | Ngày sinh=birth_date:pension_birth15 | Giới tính=sex | Số CCCD=cccd:pension_cccd15"
        " | Loại chế độ=-:pension_kind15 | Số tiền được lĩnh (đ)=-:pension_amount15"
        " | Hình thức nhận=-:pay_mode15 | Người lĩnh thay=-:proxy15"
        " | SĐT người lĩnh thay=-:proxy_phone15 | Điểm chi trả=-:pay_point15 | Địa chỉ=address"
        " | Ngày chi trả=date:pay_day15",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "gp_patients_scot",
        "Seq=row | CHI No.=national_id:chi | Surname=family_name:scot_family"
        " | Forename=given_name:scot_given | DOB=birth_date@%d-%b-%Y | Sex=sex:sex_scot"
        " | Address Line 1=street:street_scot | Town=-:town_scot"
        " | Postcode=postcode:postcode_scot | Mobile=phone:phone_scot | Usual GP=-:gp_scot"
        " | Date Registered=date@%d-%b-%Y",
        english=True,
    ),
    _shape(
        "afiliados_iess_ec",
        "No.=row | Apellidos=family_name:ec_family | Nombres=given_name:ec_given"
        " | Identificación=national_id:cedula_ec | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ec | Provincia=-:province_ec | Cantón=-:canton_ec"
        " | Dirección Domicilio=street:address_ec | Celular=phone:phone_ec"
        " | RUC Empleador=-:employer_ruc_ec | Tipo Seguro=-:affiliation_ec"
        " | Fecha Afiliación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "usuarios_salud_uy",
        "Nº=row | C.I. Nº=national_id:ci_uy | Apellidos=family_name:uy_family"
        " | Nombres=given_name:uy_given | F. Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_uy"
        " | Domicilio=street:street_uy | C.P.=postcode:cp_uy | Departamento=-:depto_uy"
        " | Cel.=phone:phone_uy | Prestador=-:provider_uy | Fecha de alta=date@%Y-%m-%d",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "sha_members_ke",
        "S/No=row | Member No.=-:member_ke | Surname=family_name:ke_family"
        " | Other Names=given_name:ke_given | ID/PP No.=national_id:ke_id | KRA PIN=-:kra_pin"
        " | D.O.B=birth_date@%d-%m-%Y | Gender=sex:sex_ke | Postal Address=address:address_ke"
        " | Postal Code=postcode:postal_ke | County=-:county_ke | Tel No.=phone:phone_ke"
        " | Principal Member=-:principal_ke | Employer=-:employer_ke"
        " | Date Enrolled=date@%d-%m-%Y",
        english=True,
    ),
    _shape(
        "gosi_employees_sa",
        "#=row | Employee Name / اسم الموظف=full_name:sa_full"
        " | ID/Iqama No. / رقم الهوية/الإقامة=national_id:sa_id"
        " | Nationality / الجنسية=-:nation_sa | Date of Birth / تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | Gender / الجنس=sex:sex_sa | National Address / العنوان الوطني=address:address_sa"
        " | Postal Code / الرمز البريدي=postcode:postal_sa | Mobile / الجوال=phone:phone_sa"
        " | Occupation / المهنة=-:occupation_sa | GOSI No. / رقم الاشتراك=-:gosi_sa"
        " | Basic Wage (SAR)=-:wage_sa | Join Date / تاريخ الالتحاق=date@%Y/%m/%d",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's new date format (the Scottish ``12-Mar-1985``).
INVALID_DAY = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("chi", "cedula_ec", "ci_uy", "ke_id", "sa_id")
SEX_HOLDS: tuple[str, ...] = ("sex_scot", "sex_ec", "sex_uy", "sex_ke", "sex_sa")
NAME_HOLDS = frozenset(
    {"conscript_name15", "scot_family", "scot_given", "ec_family", "ec_given", "uy_family"}
    | {"uy_given", "ke_family", "ke_given", "sa_full"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_scot", "phone_ec", "phone_uy", "phone_ke", "phone_sa")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ke", "address_sa")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND15",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND15",
]
