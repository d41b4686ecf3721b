"""The two-hundred-and-eightieth part of the outside corpus, **blind 280** (written 10:10 UTC,
2026-12-07, never used for tuning): person files an irrigation works company, a provincial
environment department's ozone office, a provincial department of industry and trade, a district
land registration office, an Andalusian town hall, Valencia's Junta Central Fallera, a Murcian
irrigators' community, the Balearic government's fisheries office and Ceuta's public hospital
could hand over.
Four Vietnamese files: the operators of an irrigation company's electric pump stations in Excel
(the place of origin apart from the home, the station and the works unit, the job, the trade
grade, the electrical safety grade, the day hired, the contract, the monthly wage, the social
insurance number); refrigeration technicians trained to recover HCFC refrigerants in UTF-8 with a
BOM and semicolons (the workplace and where it is, the trade, the years of experience, the
course, the refrigerants they handle, the result, the certificate and its day); the
participants a multi-level marketing company reports to the department of industry and trade in
Windows-1258 with semicolons (the member code, the day the contract was signed, the upline
sponsor and that sponsor's code, the rank, the commissions in dong, the basic training, the
contract's status); and heirs registering inherited land at the land registration office in
UTF-16 with tabs and headers without diacritics (the file, the deceased and the bond to them,
the day of death, the map sheet, the plot, the area, the use, the notarised deed of acceptance
and the notary, the day filed, the status, the time last updated).
Five Spanish files: an Andalusian town hall's register of unmarried couples in Windows-1252 with
semicolons (both surnames in one column, the DNI or NIE with its letter, ``Hombre``/``Mujer``,
the street line, town, province and postcode apart, a landline or mobile, the other member of
the couple and that member's DNI, the property arrangement, the kind of entry, the day struck
off); the Valencian fallas members' census in UTF-8 with semicolons and Valencian headers
(``Home``/``Dona``, the street, postcode and town apart, the falla and its sector, the office
in it, the years in it, the award asked for, the yearly fee, the member who put them forward);
a Murcian irrigators' community roll in ISO-8859-15 with semicolons (``APELLIDOS, NOMBRE`` in
capitals, the NIF, the full home address with postcode and town, the paraje, polygon and
parcel, the irrigable hectares, the hydrant, the fee, an outstanding levy, a representative);
Balearic recreational sea fishing licences in Excel with Catalan headers (``Llinatges`` and ``Nom``,
``H``/``D``, the street, postcode, municipality and island apart, the mode, the boat's
registration, the expiry, the fee); and Ceuta's hospital surgical waiting list in Windows-1252
with tabs (names of Arabic and Berber origin, the DNI or NIE, the NUSS with its mod-97 pair, the
health card code, the street and postcode, the patient's phone and a contact's, the service,
procedure and priority, the day put on the list, the days waited, the state, the surgeon).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind280_writers import WRITERS_BLIND280
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND280: tuple[Shape, ...] = (
    _shape(
        "cong_nhan_van_hanh_tram_bom_dien_cong_ty_khai_thac_cong_trinh_thuy_loi_vn280",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Quê quán=-:pump_home280 | Nơi ở hiện nay=address | Điện thoại=phone"
        " | Trạm bơm=-:pump_station280 | Xí nghiệp/ Cụm=-:pump_unit280"
        " | Chức danh=-:pump_job280 | Bậc thợ=-:pump_grade280 | Bậc ATĐ=-:pump_safety280"
        " | Ngày vào làm=date@%d/%m/%Y | Loại HĐLĐ=-:pump_contract280"
        " | Lương (đ/tháng)=-:pump_wage280 | Số sổ BHXH=bhxh",
        file="xlsx",
    ),
    _shape(
        "tho_dien_lanh_tap_huan_thu_hoi_tai_che_moi_chat_lanh_hcfc_so_tnmt_vn280",
        "TT=row | Họ tên học viên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address | Số ĐT=phone"
        " | Email=email | Đơn vị công tác=-:ref_firm280 | Địa chỉ đơn vị=-:ref_firm_addr280"
        " | Nghề=-:ref_trade280 | Số năm KN=-:ref_years280 | Khóa tập huấn=-:ref_course280"
        " | Môi chất thường dùng=-:ref_gas280 | Kết quả=-:ref_result280"
        " | Số GCN=-:ref_cert280 | Ngày cấp=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_tham_gia_ban_hang_da_cap_doanh_nghiep_bao_cao_so_cong_thuong_vn280",
        "STT=row | Mã số TV=-:mlm_id280 | Họ và tên người tham gia=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Nơi thường trú=address | ĐTDĐ=phone | Ngày ký HĐ=date@%d/%m/%Y"
        " | Người giới thiệu (tuyến trên)=-:mlm_sponsor280"
        " | Mã TV tuyến trên=-:mlm_sponsor_id280 | Cấp bậc=-:mlm_rank280"
        " | Hoa hồng, thưởng (đồng)=-:mlm_bonus280 | Đào tạo cơ bản=-:mlm_training280"
        " | Tình trạng HĐ=-:mlm_status280 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_nhan_thua_ke_dang_ky_bien_dong_dat_dai_chi_nhanh_vpdkdd_huyen_vn280",
        "STT=row | So ho so=-:inh_file280 | Ho ten nguoi nhan thua ke=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Dia chi thuong tru=address"
        " | Dien thoai=phone | Nguoi de lai di san=-:inh_deceased280"
        " | Quan he=-:inh_relation280 | Ngay chet=date:inh_death280"
        " | To ban do so=-:inh_sheet280 | Thua dat so=-:inh_plot280"
        " | Dien tich (m2)=-:inh_area280 | Muc dich SD=-:inh_use280"
        " | Van ban khai nhan di san=-:inh_deed280 | Noi cong chung=-:inh_notary280"
        " | Ngay nop=date@%d/%m/%Y | Tinh trang=-:inh_status280 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registro_municipal_parejas_de_hecho_ayuntamiento_andalucia_and280",
        "Nº=row | Nº inscripción=-:and_no280 | Apellidos=family_name:and_family280"
        " | Nombre=given_name:and_given280 | DNI/NIE=national_id:and_id280"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:and_sex280"
        " | Domicilio=street:and_street280 | Municipio=district:and_town280"
        " | Provincia=state:and_prov280 | C.P.=postcode:and_cp280"
        " | Teléfono=phone:and_phone280 | Correo electrónico=email"
        " | Otro miembro de la pareja=-:and_partner280 | DNI/NIE otro miembro=-:and_partner_id280"
        " | Régimen económico=-:and_regime280 | Tipo de asiento=-:and_entry280"
        " | Fecha inscripción=date@%d/%m/%Y | Fecha baja=-:and_until280",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cens_fallers_comissions_junta_central_fallera_valencia_val280",
        "Núm.=row | Cognoms=family_name:val_family280 | Nom=given_name:val_given280"
        " | DNI/NIE=national_id:val_id280 | Data de naixement=birth_date@%d/%m/%Y"
        " | Sexe=sex:val_sex280 | Domicili=street:val_street280 | Codi postal=postcode:val_cp280"
        " | Població=district:val_town280 | Telèfon=phone:val_phone280"
        " | Correu electrònic=email | Comissió=-:val_falla280 | Sector=-:val_sector280"
        " | Càrrec=-:val_role280 | Antiguitat (exercicis)=-:val_years280"
        " | Recompensa sol·licitada=-:val_award280 | Quota anual=-:val_fee280"
        " | Data d'alta=date@%d/%m/%Y | Presentat per=-:val_sponsor280",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "padron_comuneros_comunidad_regantes_campo_de_cartagena_murcia_mur280",
        "Orden=row | Nº comunero=-:mur_member280 | Apellidos y nombre=full_name:mur_full280"
        " | NIF=national_id:mur_id280 | Fecha nacimiento=birth_date@%d/%m/%Y"
        " | Domicilio=address:mur_home280 | Teléfono=phone:mur_phone280"
        " | Paraje=-:mur_paraje280 | Polígono=-:mur_pol280 | Parcela=-:mur_parc280"
        " | Sup. regable (ha)=-:mur_ha280 | Hidrante=-:mur_hydrant280"
        " | Cuota ordinaria (€)=-:mur_fee280 | Derrama pendiente=-:mur_debt280"
        " | Fecha alta=date@%d/%m/%Y | Representante=-:mur_rep280",
        english=True,
        encoding="iso-8859-15",
        delimiter=";",
    ),
    _shape(
        "llicencies_pesca_maritima_recreativa_direccio_general_pesca_illes_balears_bal280",
        "Núm.=row | Núm. llicència=-:bal_lic280 | Llinatges=family_name:bal_family280"
        " | Nom=given_name:bal_given280 | DNI/NIE=national_id:bal_id280"
        " | Data de naixement=birth_date@%d/%m/%Y | Sexe=sex:bal_sex280"
        " | Adreça=street:bal_street280 | CP=postcode:bal_cp280 | Municipi=district:bal_town280"
        " | Illa=-:bal_island280 | Telèfon=phone:bal_phone280 | Correu electrònic=email"
        " | Modalitat=-:bal_mode280 | Matrícula embarcació=-:bal_boat280"
        " | Data d'expedició=date@%d/%m/%Y | Data de caducitat=-:bal_until280"
        " | Taxa (€)=-:bal_fee280",
        english=True,
        file="xlsx",
    ),
    _shape(
        "lista_espera_quirurgica_hospital_universitario_ceuta_ingesa_ceu280",
        "Nº=row | NHC=-:ceu_nhc280 | Apellidos=family_name:ceu_family280"
        " | Nombre=given_name:ceu_given280 | DNI/NIE=national_id:ceu_id280 | NUSS=-:ceu_nuss280"
        " | Nº Tarjeta Sanitaria=-:ceu_tsi280 | F. Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:ceu_sex280 | Domicilio=street:ceu_street280 | C.P.=postcode:ceu_cp280"
        " | Teléfono=phone:ceu_phone280 | Tfno. contacto (familiar)=-:ceu_phone2280"
        " | Servicio=-:ceu_service280 | Procedimiento=-:ceu_proc280"
        " | Prioridad=-:ceu_prio280 | F. Inclusión=date@%d/%m/%Y | Días en espera=-:ceu_days280"
        " | Situación=-:ceu_state280 | Cirujano responsable=-:ceu_doctor280",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "and_id280",
    "val_id280",
    "mur_id280",
    "bal_id280",
    "ceu_id280",
)
SEX_HOLDS: tuple[str, ...] = ("and_sex280", "val_sex280", "bal_sex280", "ceu_sex280")
NAME_HOLDS = frozenset(
    {
        "and_family280",
        "and_given280",
        "val_family280",
        "val_given280",
        "mur_full280",
        "bal_family280",
        "bal_given280",
        "ceu_family280",
        "ceu_given280",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "and_phone280",
    "val_phone280",
    "mur_phone280",
    "bal_phone280",
    "ceu_phone280",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mur_home280",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND280",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND280",
]
