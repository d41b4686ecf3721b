"""The hundred-and-seventy-seventh part of the outside corpus, **blind 177** (written 23:37 UTC,
2026-12-06, never used for tuning): person files a provincial department of home affairs, Quang
Tri's mine action centre, a provincial centre for disease control, a border guard post, a
Chihuahua ejido, a Sonora fishing permit holder, a Nuevo León maquiladora, New Mexico's health
care authority and a Cameron County colonia programme could hand over. Four Vietnamese files:
relatives giving DNA samples to identify martyrs' remains, in UTF-16 with tabs (the sample code,
the kinship, the martyr, the year he fell, his unit, the cemetery, the day of sampling);
victims of unexploded ordnance in Windows-1258 with semicolons and headers without diacritics
(the day and place of the accident, the ordnance, the injury, what the victim was doing, the
support, a relative's phone); workers poisoned at a factory canteen, in Excel (the line, the
company, the hour of onset, the symptoms, the hospital, the status, the day discharged); and
citizens received back from Cambodian scam compounds, in UTF-8 with a BOM and semicolons (the
passport, the home province, the border gate, the compound, signs of trafficking, the relative
who came, the body the person was handed to). Five foreign files: a Chihuahua ejido's agrarian
register (given names and surnames apart, CURP, H/M, the agrarian standing, the ejido and its
municipality, the parcel certificate, the area in ha-a-ca, "Domicilio conocido"); a Sonora
fishing permit holder's fishermen (CURP, RFC with homoclave, INE clave de elector, locality,
municipality, CP, the cooperative, permit, boat, fishery); a Nuevo León maquiladora's IMSS IDSE
movements in capitals (employer registration, NSS, CURP, RFC, surnames apart, the daily wage, the
movement, street, colonia, municipality, CP); New Mexico LIHEAP applications with English and
Spanish headers (SSN, NM licence, street, city, county, state, ZIP, month-first dates); and a
Texas border county's colonia water hookups, bilingual, in Windows-1252 with tabs (SSN, Texas
licence, physical and mailing addresses, colonia, lot and block, an emergency contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind177_writers import WRITERS_BLIND177
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND177: tuple[Shape, ...] = (
    _shape(
        "than_nhan_lay_mau_adn_giam_dinh_hai_cot_liet_si_so_noi_vu_vn177",
        "STT=row | Mã mẫu=-:dna_code177 | Họ và tên thân nhân=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Quan hệ với liệt sĩ=-:kin177 | Họ tên liệt sĩ=-:martyr177"
        " | Năm hy sinh=-:martyr_year177 | Đơn vị khi hy sinh=-:martyr_unit177"
        " | Nơi an táng=-:cemetery177 | Địa chỉ liên hệ=address | Điện thoại=phone"
        " | Ngày lấy mẫu=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nan_nhan_tai_nan_bom_min_vat_no_sot_lai_trung_tam_qlbm_quang_tri_vn177",
        "TT=row | Ho ten nan nhan=full_name | Ngay sinh=birth_date@%d/%m/%Y | GT=sex"
        " | CCCD=cccd | Dia chi thuong tru=address:addr_qt177"
        " | Ngay xay ra tai nan=date@%d/%m/%Y | Dia diem xay ra=-:spot_qt177"
        " | Loai vat no=-:ordnance177 | Muc do thuong tich=-:injury177"
        " | Hoan canh bi nan=-:activity177 | Ho tro da nhan (dong)=-:support_qt177"
        " | SDT nguoi than=-:phone_rel177",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_ngo_doc_thuc_pham_bep_an_tap_the_cong_ty_cdc_dong_nai_vn177",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | CCCD/ĐDCN=cccd | Bộ phận/chuyền=-:line177 | Công ty=-:company177"
        " | Nơi ở hiện nay=address | SĐT=phone | Ngày khởi phát=date@%d/%m/%Y"
        " | Giờ khởi phát=-:onset177 | Triệu chứng=-:symptom177"
        " | Nơi điều trị=-:hospital177 | Tình trạng=-:food_status177"
        " | Ngày ra viện=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "cong_dan_tiep_nhan_tro_ve_tu_campuchia_don_bien_phong_moc_bai_vn177",
        "STT=row | Họ tên công dân=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh=cccd | Số hộ chiếu=-:passport177"
        " | Quê quán=-:hometown177 | Nơi thường trú=address | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Cửa khẩu=-:gate177 | Nơi làm việc tại CPC=-:compound177"
        " | Dấu hiệu mua bán người=-:trafficking177 | Người thân đến đón=-:kin_name177"
        " | SĐT người thân=-:phone_rel177 | Bàn giao cho=-:handover177",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padron_sujetos_agrarios_ran_ejido_chihuahua_mx177",
        "No.=row | Nombre(s)=given_name:chih_given177 | Apellidos=family_name:chih_family177"
        " | CURP=national_id:curp_chih177 | Sexo=sex:sex_hm177"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Calidad agraria=-:agr_quality177"
        " | Núcleo agrario=-:ejido177 | Municipio del núcleo=-:ejido_muni177"
        " | No. certificado parcelario=-:parcel_cert177 | Superficie (ha-a-ca)=-:area_ha177"
        " | Domicilio=address:chih_addr177 | Teléfono=phone:chih_phone177"
        " | Fecha de asamblea=date@%d/%m/%Y",
        encoding="cp1252",
    ),
    _shape(
        "padron_pescadores_riberenos_permisionario_conapesca_guaymas_sonora_mx177",
        "Consecutivo=row | Nombre del pescador=full_name:son_name177"
        " | CURP=national_id:curp_son177 | RFC=-:rfc_son177 | Clave de elector=-:ine_son177"
        " | Fecha nac.=birth_date@%d/%m/%Y | Localidad=suburb:son_loc177"
        " | Municipio=district:son_muni177 | C.P.=postcode:son_cp177"
        " | Celular=phone:son_phone177 | Permisionario=-:coop177 | No. de permiso=-:permit177"
        " | Embarcación / matrícula=-:boat_son177 | Pesquería=-:fishery177"
        " | Vigencia del permiso=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "movimientos_afiliatorios_idse_imss_maquiladora_apodaca_nl_mx177",
        "CONSEC=row | REGISTRO PATRONAL=-:reg_pat177 | NSS=-:nss177 | CURP=national_id:curp_nl177"
        " | RFC=-:rfc_nl177 | APELLIDO PATERNO=family_name:nl_pat177"
        " | APELLIDO MATERNO=family_name:nl_mat177 | NOMBRE(S)=given_name:nl_given177"
        " | FECHA NACIMIENTO=birth_date@%d/%m/%Y | SBC=-:sbc177 | TIPO MOV=-:mov177"
        " | FECHA MOV=date@%d/%m/%Y | CALLE Y NUMERO=street:nl_street177"
        " | COLONIA=suburb:nl_col177 | MUNICIPIO=district:nl_muni177 | CP=postcode:nl_cp177"
        " | TELEFONO=phone:nl_phone177 | UMF=-:umf177",
        encoding="utf-8",
    ),
    _shape(
        "liheap_applications_solicitudes_health_care_authority_nm_us177",
        "Line=row | Case # / Núm. de caso=-:nm_case177"
        " | Applicant Name / Nombre del solicitante=full_name:nm_name177"
        " | SSN / Núm. de Seguro Social=national_id:ssn177"
        " | DOB / Fecha de nac.=birth_date@%m/%d/%Y | NM DL or ID / Licencia o ID=-:nm_dl177"
        " | Street Address / Domicilio=street:nm_street177 | City / Ciudad=district:nm_city177"
        " | County / Condado=-:nm_county177 | State / Estado=state:nm_state177"
        " | ZIP / Código postal=postcode:nm_zip177 | Phone / Teléfono=phone:nm_phone177"
        " | Household Size / Personas en el hogar=-:hh177"
        " | Monthly Income / Ingreso mensual=-:income177 | Utility Vendor / Compañía=-:vendor177"
        " | Benefit / Beneficio=-:benefit177 | Date Approved / Fecha aprobada=date@%m/%d/%Y",
        encoding="utf-8",
    ),
    _shape(
        "colonia_water_wastewater_hookups_cameron_county_tx_us177",
        "#=row | App No.=-:tx_app177 | Owner Name / Nombre del dueño=full_name:tx_name177"
        " | Date of Birth / Fecha de Nacimiento=birth_date@%m/%d/%Y | Sex / Sexo=sex:tx_sex177"
        " | SSN (Seguro Social)=national_id:ssn177 | TX DL/ID No.=-:tx_dl177"
        " | Physical Address / Dirección física=address:tx_addr177"
        " | Colonia=suburb:tx_colonia177 | Mailing Address / Dirección postal=-:tx_mail177"
        " | Phone / Teléfono=phone:tx_phone177 | Lot & Block / Lote y Manzana=-:lot177"
        " | Household Income / Ingreso=-:tx_income177"
        " | Emergency Contact / Contacto de emergencia=-:tx_contact177"
        " | Date Connected / Fecha de conexión=date@%m/%d/%Y",
        encoding="cp1252",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("curp_chih177", "curp_son177", "curp_nl177", "ssn177")
SEX_HOLDS: tuple[str, ...] = ("sex_hm177", "tx_sex177")
NAME_HOLDS = frozenset({"son_name177", "nm_name177", "tx_name177"})
PHONE_HOLDS: tuple[str, ...] = (
    "chih_phone177",
    "son_phone177",
    "nl_phone177",
    "nm_phone177",
    "tx_phone177",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_qt177", "chih_addr177", "tx_addr177")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND177",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND177",
]
