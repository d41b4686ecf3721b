"""The three-hundred-and-thirty-sixth part of the outside corpus, **blind 336** (written 12:32
UTC, 2026-12-07, never used for tuning): person files a city cemetery's management board, a
notary office, a ward police station, a mobile network's shop system, a Peruvian irrigation
users' board, an Ecuadorian savings cooperative, a Bolivian neighbourhood board, a Colombian
Sisbén office and a Venezuelan diagnostic centre could hand over. Four Vietnamese files: a
cemetery's burial register in Windows-1258 with semicolons (the deceased's name, birth date,
CCCD and last residence, the date of death and of burial, the death extract number, the area,
plot, row and grave, the relative who registered and his phone, the fee); a notary office's book
of certified copies in UTF-8 with a BOM and tabs, headers without diacritics (the certification
number and date, the requester's CCCD, the paper certified and who issued it, the copies, the
fee, the notary who signed); a ward police station's list of lost-document reports in Excel (the
reporter, his CCCD and home, the kind and number of the paper lost, when and where, the officer,
the result); and a mobile network's SIM subscriber registration export in UTF-16 with tabs (the
MSISDN, the ICCID, the kind of subscription, the holder's identity paper and its issue date and
place, the shop, the plan, the status, the last update).
Five foreign files: a Peruvian junta de usuarios' roll in UTF-8 with a BOM and semicolons (the
DNI with its check character, apellido paterno and materno, jirón/manzana-lote addresses, the
district and department, the comisión de regantes, the plot and its hectares, the fee in soles);
an Ecuadorian cooperative's members in Excel (the cédula with its modulo-10 digit, both surnames
in one column, the street with its intersection, parroquia, cantón and provincia, civil status,
the spouse, the account, the share); a Bolivian junta vecinal's roll in Windows-1252 with tabs
(the CI with its department, zone and street, the municipality, the post on the board, the
dues); a Colombian Sisbén list in UTF-8 (the document type, the cédula or the ten-digit NUIP,
two surnames and two names, the Colombian street grid address, barrio, municipio and
departamento, the Sisbén group, the kinship to the head of household); and a Venezuelan CDI's
patients in UTF-16 with tabs (the V-/E- cédula, both surnames, the age, the urbanización address
with its state, the diagnosis, the doctor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind336_writers import WRITERS_BLIND336
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND336: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_hung_tang_ban_quan_ly_nghia_trang_thanh_pho_vn336",
        "STT=row | Số vào sổ=-:grave_book336 | Họ tên người chết=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD người chết=cccd"
        " | Nơi cư trú cuối cùng=address | Ngày chết=date@%d/%m/%Y"
        " | Nguyên nhân=-:grave_cause336 | Số trích lục khai tử=-:grave_deathcert336"
        " | Ngày an táng=date:grave_burial336 | Khu / Lô / Hàng / Số mộ=-:grave_plot336"
        " | Thân nhân đăng ký (quan hệ)=-:grave_kin336 | ĐT thân nhân=-:grave_kinphone336"
        " | Phí sử dụng đất mộ (đ)=-:grave_fee336 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_chung_thuc_ban_sao_tu_ban_chinh_van_phong_cong_chung_vn336",
        "So TT=row | So chung thuc=-:ct_no336 | Ngay chung thuc=date@%d/%m/%Y"
        " | Ho ten nguoi yeu cau chung thuc=full_name:full_name_caps"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD/ CC=cccd:cccd_spaced"
        " | Dia chi=address | Dien thoai=phone:phone_dotted | Ten ban chinh giay to=-:ct_paper336"
        " | Co quan cap ban chinh=-:ct_issuer336 | So ban sao=-:ct_copies336"
        " | Le phi (dong)=-:ct_fee336 | Cong chung vien ky=-:ct_notary336 | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_tiep_nhan_don_trinh_bao_mat_giay_to_cong_an_phuong_vn336",
        "TT=row | Số đơn=-:lost_case336 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Họ và tên người trình báo=full_name | NS=birth_date@%d/%m/%Y | GT=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | SĐT=phone"
        " | Loại giấy tờ bị mất=-:lost_kind336 | Số giấy tờ bị mất=-:lost_number336"
        " | Thời gian, địa điểm bị mất=-:lost_where336 | CB tiếp nhận=-:lost_officer336"
        " | Kết quả=-:lost_result336",
        file="xlsx",
    ),
    _shape(
        "xuat_du_lieu_dang_ky_thong_tin_thue_bao_sim_he_thong_nha_mang_vn336",
        "STT=row | MSISDN=phone:sim_msisdn336 | SERIAL_SIM (ICCID)=-:sim_iccid336"
        " | LOAI_TB=-:sim_kind336 | HO_TEN_CHU_TB=full_name:full_name_caps"
        " | NGAY_SINH=birth_date@%Y-%m-%d | GIOI_TINH=sex:sex_caps | LOAI_GTTT=-:sim_doc336"
        " | SO_GTTT=cccd | NGAY_CAP=date@%Y-%m-%d | NOI_CAP=-:sim_issue_place336"
        " | DIA_CHI_THUONG_TRU=address | MA_DIEM_BAN=-:sim_shop336 | GOI_CUOC=-:sim_pack336"
        " | TRANG_THAI=-:sim_status336 | NGAY_CAP_NHAT=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "padron_usuarios_junta_usuarios_riego_pe336",
        "N°=row | DNI=national_id:pe_dni336 | Apellido Paterno=family_name:pe_pat336"
        " | Apellido Materno=-:pe_mat336 | Nombres=given_name:pe_given336"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:pe_sex336"
        " | Domicilio=street:pe_street336 | Distrito=district:pe_district336"
        " | Departamento=state:pe_dept336 | Celular=phone:pe_phone336"
        " | Comisión de Regantes=-:pe_commission336 | Cód. Unidad Catastral=-:pe_plot336"
        " | Área bajo riego (ha)=-:pe_area336 | Tarifa de agua=-:pe_fee336"
        " | Fecha de Empadronamiento=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "socios_cooperativa_ahorro_credito_ec336",
        "No.=row | Cédula de ciudadanía=national_id:ec_cedula336"
        " | Apellidos=family_name:ec_family336 | Nombres=given_name:ec_given336"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:ec_sex336"
        " | Estado civil=-:ec_civil336 | Dirección domiciliaria=street:ec_street336"
        " | Parroquia=suburb:ec_parish336 | Cantón=district:ec_canton336"
        " | Provincia=state:ec_province336 | Celular=phone:ec_phone336 | Correo=email"
        " | Cónyuge=-:ec_spouse336 | N° cuenta=-:ec_account336"
        " | Certificado de aportación=-:ec_share336 | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "padron_afiliados_junta_vecinal_otb_bo336",
        "Nro.=row | C.I.=national_id:bo_ci336 | Ap. Paterno=family_name:bo_pat336"
        " | Ap. Materno=-:bo_mat336 | Nombre(s)=given_name:bo_given336"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:bo_sex336 | Zona/Barrio=suburb:bo_zone336"
        " | Calle y N°=street:bo_street336 | Municipio=district:bo_town336"
        " | Celular=phone:bo_phone336 | Cargo=-:bo_role336 | Aporte mensual=-:bo_due336"
        " | Fecha de afiliación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "listado_poblacion_encuestada_sisben_iv_co336",
        "CONSECUTIVO=row | TIPO DOC=-:co_type336 | NÚMERO DOCUMENTO=national_id:co_doc336"
        " | PRIMER APELLIDO=family_name:co_fam1_336 | SEGUNDO APELLIDO=-:co_fam2_336"
        " | PRIMER NOMBRE=given_name:co_given1_336 | SEGUNDO NOMBRE=-:co_given2_336"
        " | FECHA NACIMIENTO=birth_date@%d/%m/%Y | SEXO=sex:co_sex336"
        " | DIRECCIÓN=street:co_street336 | BARRIO=suburb:co_barrio336"
        " | MUNICIPIO=district:co_town336 | DEPARTAMENTO=state:co_dept336"
        " | CELULAR=phone:co_phone336 | GRUPO SISBÉN=-:co_group336"
        " | PARENTESCO JEFE HOGAR=-:co_kin336 | FECHA ENCUESTA=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registro_pacientes_centro_diagnostico_integral_ve336",
        "N°=row | Cédula=national_id:ve_ci336 | Apellidos=family_name:ve_family336"
        " | Nombres=given_name:ve_given336 | F. Nac.=birth_date@%d/%m/%Y | Edad=-:ve_age336"
        " | Sexo=sex:ve_sex336 | Dirección=address:ve_addr336 | Estado=state:ve_state336"
        " | Teléfono=phone:ve_phone336 | Diagnóstico=-:ve_diag336"
        " | Médico tratante=-:ve_doctor336 | Fecha de consulta=date@%d/%m/%Y",
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
    "pe_dni336",
    "ec_cedula336",
    "bo_ci336",
    "co_doc336",
    "ve_ci336",
)
SEX_HOLDS: tuple[str, ...] = ("pe_sex336", "ec_sex336", "bo_sex336", "co_sex336", "ve_sex336")
NAME_HOLDS = frozenset(
    {"pe_pat336", "pe_given336", "ec_family336", "ec_given336", "bo_pat336", "bo_given336"}
    | {"co_fam1_336", "co_given1_336", "ve_family336", "ve_given336"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "sim_msisdn336",
    "pe_phone336",
    "ec_phone336",
    "bo_phone336",
    "co_phone336",
    "ve_phone336",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ve_addr336",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND336",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND336",
]
