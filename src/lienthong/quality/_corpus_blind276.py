"""The two-hundred-and-seventy-sixth part of the outside corpus, **blind 276** (written 10:02 UTC,
2026-12-07, never used for tuning): person files a highland district hospital, an urban railway
project board, a province dermatology hospital, a Mekong commune's water-truck team, a Sonora
farm camp's labour office, a civil registry brigade in the Sierra Tarahumara, Tijuana's street
trade office, a Coahuila coal region's labour inspectors and a Hidalgo County colonia self-help
center could hand over.
Four Vietnamese files: people poisoned by wild mushrooms treated at a highland district hospital
in Windows-1258 with semicolons (the ethnic group, a home address in the bản and commune, the day
the mushrooms were eaten, the kind of mushroom, how many ate, the hour admitted, the diagnosis,
the transfer, the outcome, a relative's phone); owners of houses cracked by the tunnelling of an
underground metro station in UTF-8 with a BOM and semicolons (the land certificate, the floor
area, the damage, the works nearby, the day found, the assessed grade, the support in dong);
leprosy patients looked after in their communities in UTF-16 with tabs and headers without
diacritics (the patient code, the year found, the PB/MB type, the disability grade and where,
the treatment status, the last check, the officer, the time last updated); and households given
drinking water by tanker truck in a salinity intrusion season in Excel (the commune alone, the
hamlet, the household size, the litres, the truck, the day, who received it instead).
Five files from northern Mexico and the Texas border: a Sonora farm camp's census of migrant
day labourers in UTF-8 (the CURP of their home state with its check digit, the IMSS NSS with its
Luhn digit, the home state, the indigenous language, the camp, the company, the crew, the crop,
the day they started, the room in the hostel, a contact back home); late birth registrations of
Rarámuri adults by a civil registry brigade in Windows-1252 with semicolons (the given name and
both surnames apart, the CURP assigned, the community and the municipality apart, the place of
birth, the father, the mother, a witness, the interpreter, the certificate number); Tijuana's
street vendor permits in Excel (the permit, the CURP, the RFC with its homoclave, the INE clave
de elector, the home address, the trade, the stall's place and delegación, hours, size, fee, the
permit's end); workers of small coal mines (pocitos) in Coahuila's coal region in Windows-1252
with tabs (the CURP, the NSS, the RFC, the street, colonia and municipality apart, the
concession holder, the pit, the job, the day hired, the safety training, the beneficiary); and a
Hidalgo County colonia self-help center's Bootstrap loan applicants with English and Spanish
headers in UTF-8 (an SSN or an ITIN, the birth date ``mm/dd/yyyy``, the co-applicant, the
colonia alone, the property address, the precinct, household size, income band, the program,
sweat-equity hours, the loan, the day received, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind276_writers import WRITERS_BLIND276
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND276: tuple[Shape, ...] = (
    _shape(
        "benh_nhan_ngo_doc_nam_rung_dieu_tri_khoa_hstc_bvdk_huyen_vung_cao_vn276",
        "STT=row | Họ tên BN=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Dân tộc=-:mush_ethnic276 | Số CCCD=cccd | Địa chỉ=address:mush_addr276"
        " | Ngày ăn nấm=date@%d/%m/%Y | Loại nấm (BN mô tả)=-:mush_kind276"
        " | Số người cùng ăn=-:mush_shared276 | Giờ vào viện=-:mush_time276"
        " | Chẩn đoán=-:mush_dx276 | Chuyển tuyến=-:mush_transfer276"
        " | Kết quả ĐT=-:mush_result276 | SĐT người nhà=-:mush_kin_phone276",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_nha_bi_nut_lun_do_thi_cong_ga_ngam_metro_ban_qlda_duong_sat_do_thi_vn276",
        "TT=row | Chủ sở hữu nhà=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ nhà bị ảnh hưởng=address"
        " | Số GCN QSDĐ/QSHNƠ=-:metro_gcn276 | DT sàn (m2)=-:metro_area276"
        " | Hiện trạng hư hỏng=-:metro_damage276 | Hạng mục thi công lân cận=-:metro_site276"
        " | Ngày phát hiện=date@%d/%m/%Y | Cấp độ (TV giám định)=-:metro_level276"
        " | Kinh phí hỗ trợ (đ)=-:metro_money276 | SĐT liên hệ=phone | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_phong_quan_ly_cham_soc_tai_cong_dong_benh_vien_da_lieu_tinh_vn276",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi=address | Dien thoai=phone | Ma BN=-:lep_code276"
        " | Nam phat hien=-:lep_year276 | The benh (PB/MB)=-:lep_type276"
        " | Do tan tat=-:lep_grade276 | Vi tri tan tat=-:lep_site276"
        " | Tinh trang dieu tri=-:lep_status276 | Ngay kham gan nhat=date@%d-%m-%Y"
        " | Can bo phu trach=-:lep_officer276 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_cap_nuoc_sinh_hoat_bang_xe_bon_mua_xam_nhap_man_ubnd_xa_vn276",
        "STT=row | Tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Xã=ward:wt_commune276 | Ấp=-:wt_hamlet276 | Số nhân khẩu=-:wt_people276"
        " | SĐT=phone | Xe bồn (BKS)=-:wt_truck276 | Số lít=-:wt_litres276"
        " | Ngày cấp=date@%d/%m/%Y | Người nhận thay=-:wt_proxy276 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "censo_jornaleros_agricolas_migrantes_campo_costa_de_hermosillo_sonora_mx276",
        "No.=row | Nombre completo=full_name:jor_name276 | CURP=national_id:jor_curp276"
        " | NSS=-:jor_nss276 | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_hm276"
        " | Estado de origen=-:jor_origin276 | Lengua indígena=-:jor_lang276"
        " | Campo agrícola=-:jor_camp276 | Empresa=-:jor_firm276 | Cuadrilla=-:jor_crew276"
        " | Cultivo=-:jor_crop276 | Fecha de ingreso=date@%d/%m/%Y"
        " | Albergue / cuarto=-:jor_room276 | Celular=phone:jor_phone276"
        " | Contacto en lugar de origen=-:jor_contact276",
        encoding="utf-8",
    ),
    _shape(
        "registro_extemporaneo_nacimiento_brigada_registro_civil_comunidades_raramuri_mx276",
        "No.=row | No. de acta=-:rar_acta276 | Nombre(s)=given_name:rar_given276"
        " | Primer apellido=family_name:rar_pat276 | Segundo apellido=family_name:rar_mat276"
        " | Sexo=sex:sex_hm276 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Lugar de nacimiento=-:rar_birthplace276 | CURP asignada=national_id:rar_curp276"
        " | Comunidad / ranchería=suburb:rar_comm276 | Municipio=district:rar_muni276"
        " | Nombre del padre=-:rar_father276 | Nombre de la madre=-:rar_mother276"
        " | Testigo=-:rar_witness276 | Intérprete=-:rar_interp276"
        " | Fecha de registro=date@%d/%m/%Y",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "padron_comerciantes_ambulantes_permisos_via_publica_tijuana_bc_mx276",
        "No.=row | No. de permiso=-:amb_permit276 | Nombre del comerciante=full_name:amb_name276"
        " | CURP=national_id:amb_curp276 | RFC=-:amb_rfc276 | Clave de elector=-:amb_ine276"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Domicilio particular=address:amb_addr276"
        " | Teléfono=phone:amb_phone276 | Giro=-:amb_giro276"
        " | Ubicación del puesto=-:amb_site276 | Delegación=-:amb_deleg276"
        " | Horario=-:amb_hours276 | Medidas (m)=-:amb_size276 | Cuota (MXN)=-:amb_fee276"
        " | Vigencia=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "padron_trabajadores_pocitos_minas_carbon_region_carbonifera_coahuila_mx276",
        "No=row | Nombre del trabajador=full_name:coal_name276 | CURP=national_id:coal_curp276"
        " | NSS=-:coal_nss276 | RFC=-:coal_rfc276 | Fecha nac=birth_date@%d/%m/%Y"
        " | Domicilio=street:coal_street276 | Colonia=suburb:coal_col276"
        " | Municipio=district:coal_muni276 | Tel=phone:coal_phone276"
        " | Concesionario / razón social=-:coal_firm276 | Pocito / mina=-:coal_pit276"
        " | Puesto=-:coal_job276 | Fecha de ingreso=date@%d/%m/%Y"
        " | Capacitación=-:coal_training276 | Beneficiario=-:coal_benef276",
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "colonia_self_help_center_bootstrap_loan_applicants_hidalgo_county_tx_us276",
        "Row=row | Applicant / Solicitante=full_name:cshc_name276"
        " | DOB / Fecha de nacimiento=birth_date@%m/%d/%Y"
        " | SSN or ITIN / Seguro Social o ITIN=national_id:cshc_tin276"
        " | Co-applicant / Co-solicitante=-:cshc_coapp276 | Colonia=suburb:cshc_colonia276"
        " | Property Address / Dirección de la propiedad=address:cshc_addr276"
        " | Precinct / Precinto=-:cshc_precinct276 | Phone / Teléfono=phone:cshc_phone276"
        " | Household Size / Personas=-:cshc_hh276 | AMFI %=-:cshc_amfi276"
        " | Program / Programa=-:cshc_prog276 | Sweat Equity Hrs=-:cshc_hours276"
        " | Loan Amount / Préstamo=-:cshc_loan276 | Date Received / Fecha recibida=date@%m/%d/%Y"
        " | Status / Estatus=-:cshc_status276",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "jor_curp276",
    "rar_curp276",
    "amb_curp276",
    "coal_curp276",
    "cshc_tin276",
)
SEX_HOLDS: tuple[str, ...] = ("sex_hm276",)
NAME_HOLDS = frozenset(
    {
        "jor_name276",
        "rar_given276",
        "rar_pat276",
        "rar_mat276",
        "amb_name276",
        "coal_name276",
        "cshc_name276",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "jor_phone276",
    "amb_phone276",
    "coal_phone276",
    "cshc_phone276",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mush_addr276", "amb_addr276", "cshc_addr276")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND276",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND276",
]
