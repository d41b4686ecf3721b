"""The eighteenth part of the outside corpus, **blind 18** (written 03:32 UTC, 2026-12-06, never
used for tuning): person files a provincial labour department, a mobile network, a commune hit by
a storm, a district police's vehicle registry, the Salvadoran social security institute, the Costa
Rican social security fund, a Portuguese health centre, the Zimbabwean social security authority
and the Kyrgyz health-insurance fund could hand over, in layouts no other part uses. Four
Vietnamese files: a labour department's list of workers sent abroad (xuất khẩu lao động) in Excel
with ``Số CC`` for the identity card, the passport number, the destination, the recruiting company,
the departure date and a relative's name and phone; a mobile network's subscriber register in
Windows-1258 with ASCII capital snake-case headers (``SO_TB`` for the subscriber's number,
``SO_GT`` for the identity document, ``yyyy/mm/dd`` dates, the plan and the contract number); a
commune's list of households given storm relief in UTF-16 with tab separators, the identity number
written in groups, the hamlet, the damage, the amount and who collected it for the household; and
a police vehicle registry's owners separated by ``|`` with ``Số ĐDCN chủ xe``, ``dd-mm-yyyy``
dates, dotted phones, the plate, make, chassis and engine numbers. Five foreign files: a
Salvadoran ISSS list in Windows-1252 (``Número de DUI`` written ``01234567-8`` with its mod 10
digit, the ISSS affiliation number beside it, colonia addresses); a Costa Rican CCSS list in Excel
(``N° Céd.`` written ``1-0987-0654``, addresses given by landmarks, ``8812-3456`` phones, an
emergency contact's name and phone); a Portuguese SNS list in Latin-1 (``Contribuinte n.º`` for
the NIF with its mod 11 digit, the SNS user number beside it, ``1100-053`` postcodes, the family
doctor); a Zimbabwean NSSA list (``National ID`` written ``63-2345678 F 42`` with its check
letter, the NSSA number, ``12 Mar 1985`` dates, ``+263`` phones); and a Kyrgyz FOMS list in
UTF-8 with a byte-order mark and Russian headers (``ПИН`` of fourteen digits, ``Ф.И.О.`` with the
patronymic, ``дд.мм.гггг`` dates, the policy number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind18_writers import WRITERS_BLIND18
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND18: tuple[Shape, ...] = (
    _shape(
        "xuat_khau_lao_dong_vn",
        "STT=row | Họ và tên NLĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CC=cccd | Số hộ chiếu=-:passport18 | Quê quán=address | Nước đến=-:country18"
        " | Doanh nghiệp phái cử=-:agency18 | Ngày xuất cảnh=date@%d/%m/%Y"
        " | Người thân liên hệ=-:relative18 | SĐT người thân=-:relative_phone18",
        file="xlsx",
    ),
    _shape(
        "thue_bao_di_dong_vn",
        "STT=row | SO_TB=phone | HO_TEN_CHU_TB=full_name | NGAY_SINH=birth_date@%Y/%m/%d"
        " | GIOI_TINH=sex | LOAI_GT=-:doc_type18 | SO_GT=cccd | NOI_CAP=-:issuer18"
        " | DIA_CHI_TT=address | NGAY_KICH_HOAT=date@%Y/%m/%d | GOI_CUOC=-:plan18"
        " | MA_HD=-:contract18",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_thiet_hai_bao_vn",
        "TT=row | Họ tên chủ hộ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd:cccd_spaced | Thôn, xóm=-:village18 | Địa chỉ=address"
        " | Mức độ thiệt hại=-:damage18 | Số tiền hỗ trợ (đồng)=-:relief18"
        " | Người nhận thay=-:proxy18 | Ngày nhận=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_xe_vn",
        "TT=row | Chủ xe=full_name | NS chủ xe=birth_date@%d-%m-%Y | Số ĐDCN chủ xe=cccd"
        " | ĐC thường trú=address | ĐT liên hệ=phone:phone_dotted | Biển số=-:plate18"
        " | Nhãn hiệu=-:make18 | Số khung=-:chassis18 | Số máy=-:engine18"
        " | Ngày ĐK=date@%d-%m-%Y",
        delimiter="|",
    ),
    _shape(
        "afiliados_isss_sv",
        "N°=row | Número de DUI=national_id:dui_sv | Número de afiliación=-:isss_sv"
        " | Apellidos=family_name:sv_family | Nombres=given_name:sv_given"
        " | Fecha nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_sv | Dirección=address:address_sv"
        " | Departamento=-:dept_sv | Tel.=phone:phone_sv | Patrono=-:employer_sv"
        " | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "asegurados_ccss_cr",
        "Consec.=row | N° Céd.=national_id:ced_cr | Nombre completo=full_name:cr_full"
        " | F. Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_cr | Provincia=-:prov_cr"
        " | Otras señas=address:address_cr | Celular=phone:phone_cr"
        " | Contacto de emergencia=-:contact_cr | Tel. contacto=-:contact_phone_cr"
        " | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "utentes_sns_pt",
        "N.º=row | N.º Utente=-:utente_pt | Nome=full_name:pt_full | Data Nasc.=birth_date@%d-%m-%Y"
        " | Sexo=sex:sex_pt | Contribuinte n.º=national_id:nif_pt | Morada=street:street_pt"
        " | Cód. Postal=postcode:post_pt | Localidade=-:town_pt | Telemóvel=phone:phone_pt"
        " | Médico de família=-:doctor_pt | Data de inscrição=date@%d-%m-%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "nssa_members_zw",
        "Ser.=row | National ID=national_id:id_zw | NSSA No.=-:ssn_zw"
        " | Surname=family_name:zw_family | First Names=given_name:zw_given"
        " | Date of Birth=birth_date@%d %b %Y | Gender=sex:sex_zw"
        " | Residential Address=address:address_zw | Cell=phone:phone_zw"
        " | Employer=-:employer_zw | Date Engaged=date@%d %b %Y",
        english=True,
    ),
    _shape(
        "zastrakhovannye_kg",
        "№ п/п=row | ПИН=national_id:pin_kg | Ф.И.О.=full_name:kg_full"
        " | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_kg | Адрес=address:address_kg"
        " | Телефон=phone:phone_kg | № полиса=-:policy_kg | Дата выдачи=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: ``12 Mar 1985`` is new.
INVALID_DAY = {"%d %b %Y": "31 Feb {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("dui_sv", "ced_cr", "nif_pt", "id_zw", "pin_kg")
SEX_HOLDS: tuple[str, ...] = ("sex_sv", "sex_cr", "sex_pt", "sex_zw", "sex_kg")
NAME_HOLDS = frozenset(
    {"sv_family", "sv_given", "cr_full", "pt_full", "zw_family", "zw_given", "kg_full"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_sv", "phone_cr", "phone_pt", "phone_zw", "phone_kg")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_sv", "address_cr", "address_zw", "address_kg")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND18",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND18",
]
