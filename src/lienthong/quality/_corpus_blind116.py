"""The hundred-and-sixteenth part of the outside corpus, **blind 116** (written 19:30 UTC,
2026-12-06, never used for tuning): person files a Bắc Ninh commune's justice officer, a Bắc
Ninh industrial zone's trade union, a Khánh Hòa district's fisheries office, Thừa Thiên Huế's
religious affairs committee, the Texas Workforce Commission, New Brunswick's social development
department, Jalisco's driving licence office, Guatemala's electoral register and the
municipality of Heredia could hand over. Four Vietnamese files: a commune's book of signature
and copy certifications in Windows-1258 with tabs and abbreviated headers (the certification's
number and day, the kind, the paper certified, the requester's CCCD and home, the copies, the
fee with dotted thousands, the officer who signed); a trade union's list of workers given free
Tết coach seats home in Excel (real Excel birth dates, the union card, the employer, where the
worker lodges near the zone, the home district they go back to, the route and the stop, the
seats, the group leader and his phone, the day they leave); a Khánh Hòa district's register of
fish and lobster cages in UTF-16 with tabs (``dd-mm-yyyy`` birth dates, the spaced identity
number, the owner's home, the bay, the coordinates, the cages and their area with a decimal
comma, what is farmed, a relative to call and her phone, the certificate's number, day and end);
and a province's register of religious dignitaries in UTF-8 with a BOM and semicolons (the
dharma name beside the lay name, the birth year only, the religion, the rank, the temple or
parish, the home, the appointing decision and its day, where they trained). Five foreign files:
Texas unemployment claims in UTF-8 with English headers (the claim id, last and first name and
the middle initial, the SSN masked to its last four, ``mm/dd/yyyy`` dates, ``M``/``F``, the
mailing street, city, state and ZIP apart, ``(512)`` phones, e-mail, the last employer, why the
job ended, the claim's effective day, the weekly benefit, the status); New Brunswick's home
heating benefit in UTF-8 with a BOM and English/French headers (the file number, the SIN / NAS
in threes with its Luhn digit, ``yyyy-mm-dd`` dates, the civic address, community, province and
postal code apart, ``506`` phones, the language, the heating fuel, the household income, the
benefit, the day received); Jalisco's driving licences in Excel with Spanish headers (the folio,
the CURP with its check digit, the two surnames in one column, ``H``/``M``, the blood group, the
street and number, colonia, ``C.P.`` and municipality apart, ``33`` mobiles, the licence type,
the day issued and the day it lapses, organ donation, the emergency contact); Guatemala's voter
enrolment in UTF-8 with tabs (the enrolment number, the 13-digit CUI with its check digit and
municipality code, given names and surnames apart, ``Hombre``/``Mujer``, the residence, the
municipality and department apart, eight-digit phones, the polling centre and table, the day
enrolled); and Heredia's trade licences in UTF-8 with semicolons (the licence number, the
``4-0123-0456`` cédula, the whole name, the home as directions from a landmark, ``8xxx-xxxx``
phones, e-mail, the shop's name, activity and place, the quarterly tax in colones, the day
granted, the next payment).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind116_writers import WRITERS_BLIND116
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND116: tuple[Shape, ...] = (
    _shape(
        "so_chung_thuc_chu_ky_ban_sao_xa_vn116",
        "STT=row | Số CT=-:cert_no116 | Ngày CT=date@%d/%m/%Y | Loại việc=-:cert_kind116"
        " | Họ tên người yêu cầu=full_name | Năm sinh=birth_date:birth_year116 | Số CCCD=cccd"
        " | Nơi cư trú=address:cert_addr116 | Tên giấy tờ, văn bản=-:cert_paper116"
        " | Số bản=-:cert_copies116 | Lệ phí (đ)=-:cert_fee116"
        " | Người ký CT=-:cert_officer116 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cong_nhan_dang_ky_chuyen_xe_mua_xuan_cong_doan_vn116",
        "TT=row | Họ và tên CNLĐ=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số CCCD=cccd | Số thẻ ĐV=-:tet_union_no116 | Đơn vị công tác=-:tet_firm116"
        " | Chỗ ở hiện nay=address:tet_stay116 | Quê quán (huyện, tỉnh)=-:tet_hometown116"
        " | SĐT=phone | Tuyến xe=-:tet_route116 | Điểm xuống=-:tet_stop116"
        " | Số vé=-:tet_seats116 | Trưởng nhóm=-:tet_leader116"
        " | SĐT trưởng nhóm=-:tet_leader_phone116 | Ngày đi=date:excel_event"
        " | Ghi chú=-:tet_note116",
        file="xlsx",
    ),
    _shape(
        "dang_ky_long_be_nuoi_trong_thuy_san_vn116",
        "STT=row | Họ tên chủ lồng bè=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số định danh=cccd:cccd_spaced | Địa chỉ thường trú=address:cage_addr116"
        " | Điện thoại=phone:phone_spaced | Vùng nuôi=-:cage_bay116"
        " | Tọa độ=-:cage_coords116 | Số ô lồng=-:cage_count116 | DT mặt nước (m2)=-:cage_area116"
        " | Đối tượng nuôi=-:cage_species116 | Người thân liên hệ=-:cage_kin116"
        " | ĐT người thân=-:cage_kin_phone116 | Số giấy XN=-:cage_cert116"
        " | Ngày cấp=date@%d-%m-%Y | Có giá trị đến=-:cage_valid116",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chuc_sac_chuc_viec_ton_giao_ban_ton_giao_vn116",
        "TT=row | Pháp danh/Tên thánh=-:rel_dharma116 | Họ tên (thế danh)=full_name"
        " | Năm sinh=birth_date:birth_year116 | Số CCCD=cccd | Tôn giáo=-:rel_religion116"
        " | Phẩm vị/chức vụ=-:rel_rank116 | Cơ sở tôn giáo=-:rel_place116"
        " | Nơi thường trú=address:rel_addr116 | SĐT=phone | Số QĐ công nhận=-:rel_decision116"
        " | Ngày QĐ=date@%d/%m/%Y | Nơi đào tạo=-:rel_trained116",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "unemployment_claims_twc_us116",
        "#=row | Claim ID=-:us_claim116 | Last Name=family_name | First Name=given_name"
        " | MI=-:us_mi116 | SSN (Last 4)=national_id:ssn4_116 | DOB=birth_date@%m/%d/%Y"
        " | Gender=sex:sex_us116 | Mailing Address=street | City=district:us_city116"
        " | State=state:us_state116 | ZIP=postcode:us_zip116 | Phone=phone:us_phone116"
        " | Email=email | Last Employer=-:us_employer116 | Separation Reason=-:us_sep116"
        " | Effective Date=date@%m/%d/%Y | WBA=-:us_wba116 | Claim Status=-:us_status116",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "home_heating_benefit_prestation_chauffage_nb_ca116",
        "No. / Nº=row | File No. / No de dossier=-:ca_file116"
        " | Last Name / Nom de famille=family_name"
        " | First Name / Prénom=given_name | SIN / NAS=national_id:sin116"
        " | Date of Birth / Date de naissance=birth_date@%Y-%m-%d | Sex / Sexe=sex:sex_ca116"
        " | Civic Address / Adresse municipale=street:ca_street116"
        " | Community / Collectivité=district:ca_city116 | Prov.=state:ca_prov116"
        " | Postal Code / Code postal=postcode:ca_postal116"
        " | Telephone / Téléphone=phone:ca_phone116 | Language / Langue=-:ca_lang116"
        " | Heating Source / Source de chauffage=-:ca_heat116"
        " | Household Income / Revenu du ménage ($)=-:ca_income116"
        " | Benefit / Prestation=-:ca_benefit116"
        " | Date Received / Date de réception=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "licencias_conducir_jalisco_mx116",
        "Núm.=row | Folio=-:mx_folio116 | CURP=national_id:curp116"
        " | Apellidos=family_name:mx_family116"
        " | Nombre(s)=given_name:mx_given116 | Fecha de nacimiento=birth_date:excel_date"
        " | Sexo=sex:sex_mx116 | Tipo de sangre=-:mx_blood116"
        " | Calle y número=street:mx_street116 | Colonia=suburb:mx_colonia116"
        " | C.P.=postcode:mx_cp116 | Municipio=district:mx_mun116"
        " | Celular=phone:mx_phone116 | Tipo de licencia=-:mx_licence116"
        " | Fecha de expedición=date:excel_event | Vigencia=-:mx_until116"
        " | Donador de órganos=-:mx_donor116 | Contacto de emergencia=-:mx_contact116",
        english=True,
        file="xlsx",
    ),
    _shape(
        "empadronamiento_tse_gt116",
        "No.=row | No. de empadronamiento=-:gt_padron116 | CUI=national_id:cui116"
        " | Nombres=given_name:gt_given116 | Apellidos=family_name:gt_family116"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_gt116"
        " | Dirección de residencia=street:gt_street116 | Municipio=district:gt_mun116"
        " | Departamento=state:gt_dept116 | Teléfono=phone:gt_phone116"
        " | Centro de votación=-:gt_centre116 | Mesa=-:gt_table116"
        " | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "patentes_comerciales_municipalidad_heredia_cr116",
        "N°=row | N° patente=-:cr_licence116 | Cédula=national_id:cedula116"
        " | Nombre del patentado=full_name:cr_name116 | Domicilio=address:cr_addr116"
        " | Teléfono=phone:cr_phone116 | Correo electrónico=email:cr_email116"
        " | Nombre comercial=-:cr_trade116 | Actividad=-:cr_activity116"
        " | Ubicación del local=-:cr_shop116 | Impuesto trimestral=-:cr_tax116"
        " | Fecha de otorgamiento=date@%d/%m/%Y | Próximo pago=-:cr_next116",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ssn4_116", "sin116", "curp116", "cui116", "cedula116")
SEX_HOLDS: tuple[str, ...] = ("sex_us116", "sex_ca116", "sex_mx116", "sex_gt116")
NAME_HOLDS = frozenset({"mx_family116", "mx_given116", "gt_given116", "gt_family116", "cr_name116"})
PHONE_HOLDS: tuple[str, ...] = (
    "us_phone116",
    "ca_phone116",
    "mx_phone116",
    "gt_phone116",
    "cr_phone116",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "cert_addr116",
    "tet_stay116",
    "cage_addr116",
    "rel_addr116",
    "cr_addr116",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND116",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND116",
]
