"""The hundred-and-tenth part of the outside corpus, **blind 110** (written 19:22 UTC,
2026-12-06, never used for tuning): person files a Thừa Thiên Huế commune's "Bình dân học vụ số"
team, a Hà Tĩnh labour office paying former youth volunteers, a Bắc Giang district military
command registering discharged soldiers into the reserve, a Cần Thơ ward police post listing
households that fit security cameras, Peru's scholarship agency (PRONABEC), Ecuador's health
ministry, El Alto's market office, Paraguay's agriculture ministry and Montevideo's city hall
could hand over. Four Vietnamese files: a commune's list of learners of the digital literacy
campaign in UTF-8 with a BOM and semicolons (the personal identity number, the home, the job, the
VNeID level, what they learned, the team and its guide, the day they finished, the result); a
labour office's list of former youth volunteers (Decision 40/2011) paid a one-off allowance in
Windows-1258 with tabs and abbreviated headers (the home village they came from, the home now,
the volunteer unit, the months served, the years, the sum with dotted thousands, the regime, a
dotted phone, a note); a district military command's register of discharged soldiers joining
the reserve in Excel (real Excel birth dates, the spaced identity number, the rank, the post,
the former unit, the month enlisted, the day discharged, the military speciality code, the home,
the reserve unit); and a ward police post's list of households that register security cameras
in UTF-16 with tabs and headers without diacritics (``dd-mm-yyyy`` dates, the house number and
street, the residents' group, the ward and the district apart, a spaced phone, how many cameras,
where, whether they link to the ward police, the officer). Five foreign files: Beca 18 scholars
in Excel with Spanish headers (the scholar's code, the DNI with its check character after a
hyphen, now a digit, now a letter, ``PATERNO MATERNO, Nombres`` in one column, ``M``/``F``, the
region they come from, the home whole, ``9xx xxx xxx`` mobiles, e-mail, the university or
institute, the career, the kind of scholarship, the term, the status, the day awarded);
Ecuador's disability certification register in UTF-8 with Spanish headers (the cédula with its
modulo-10 digit, both surnames and the given names apart, ``yyyy-mm-dd`` dates,
``Hombre``/``Mujer``, province, canton, parish and street apart, ``09x xxx xxxx`` mobiles, the
kind, percentage and degree of disability, the certifying hospital, the day certified, the
carer); El Alto's register of traders of the 16 de Julio fair in Windows-1252 with semicolons
(the carnet with its department, ``4856123 LP``, paternal and maternal surnames and given names
apart, the home whole, eight-digit mobiles, the trade, the association, the stall, where it
stands, the licence, the day registered, the status); Paraguay's family farming register in
UTF-8 with a BOM, semicolons and Spanish/Guaraní headers (the cédula with dots, surnames and
names apart, ``Masculino``/``Femenino``, department, district and compañía apart, ``098x``
mobiles, the farm's hectares with a decimal comma, the crops, the farmers' committee, the
extension technician, the day registered); and Montevideo's Jornales Solidarios workers in UTF-8
with tabs (the cédula with its check digit, ``1.234.567-2``, first and second surnames and names
apart, the street line and barrio apart, ``09x xxx xxx`` phones, e-mail, the task, the
municipality where they work, the crew, the cycle, the wage, the day they started).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind110_writers import WRITERS_BLIND110
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND110: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_binh_dan_hoc_vu_so_xa_vn110",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address:bd_addr110"
        " | Nghề nghiệp=-:bd_job110 | Số điện thoại=phone | TK VNeID=-:bd_vneid110"
        " | Nội dung được hướng dẫn=-:bd_module110 | Tổ CĐS hướng dẫn=-:bd_group110"
        " | Người hướng dẫn=-:bd_guide110 | Ngày hoàn thành=date@%d/%m/%Y"
        " | Kết quả=-:bd_result110",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tro_cap_mot_lan_thanh_nien_xung_phong_qd40_vn110",
        "TT=row | Họ và tên=full_name | NS=birth_date@%d/%m/%Y | GT=sex | Số CCCD=cccd"
        " | Quê quán=-:tnxp_origin110 | Nơi thường trú=address:tnxp_addr110"
        " | Đơn vị TNXP=-:tnxp_unit110 | TG tham gia (từ - đến)=-:tnxp_period110"
        " | Số năm=-:tnxp_years110 | Mức TC (đ)=-:tnxp_amount110 | Chế độ=-:tnxp_regime110"
        " | ĐT=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "quan_nhan_xuat_ngu_dang_ky_du_bi_vn110",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd:cccd_spaced | Cấp bậc=-:rank110 | Chức vụ=-:post110"
        " | Đơn vị trước khi XN=-:unit110 | Nhập ngũ=-:enlist110"
        " | Xuất ngũ=date:excel_event | CNQS=-:cnqs110 | Nơi ở hiện nay=address:xn_addr110"
        " | SĐT=phone | Sắp xếp vào đơn vị DBĐV=-:dbdv110",
        file="xlsx",
    ),
    _shape(
        "ho_dang_ky_lap_camera_an_ninh_vn110",
        "STT=row | Ho ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi tinh=sex | So CCCD=cccd | So nha, duong=street:cam_street110"
        " | To DP=-:cam_tdp110 | Phuong=ward:cam_ward110 | Quan=district:cam_district110"
        " | SDT=phone:phone_spaced | So luong camera=-:cam_count110"
        " | Vi tri lap dat=-:cam_spot110 | Ket noi CA phuong=-:cam_link110"
        " | Ngay dang ky=date@%d-%m-%Y | Can bo tiep nhan=-:cam_officer110",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "becarios_beca18_pronabec_pe110",
        "N°=row | Cód. Becario=-:pe_code110 | DNI=national_id:dni_pe110"
        " | Apellidos y Nombres=full_name:pe_name110 | Fecha de Nacimiento=birth_date:excel_date"
        " | Sexo=sex:sex_pe110 | Región de procedencia=-:pe_region110"
        " | Domicilio=address:pe_addr110 | Celular=phone:pe_phone110"
        " | Correo electrónico=email:pe_email110 | Institución de Educación Superior=-:pe_ies110"
        " | Carrera=-:pe_career110 | Modalidad=-:pe_mode110 | Ciclo=-:pe_cycle110"
        " | Estado=-:pe_state110 | Fecha de adjudicación=date:excel_event",
        english=True,
        file="xlsx",
    ),
    _shape(
        "calificacion_discapacidad_msp_ec110",
        "No.=row | Cédula=national_id:cedula_ec110 | Apellidos=family_name:ec_family110"
        " | Nombres=given_name:ec_given110 | Fecha de nacimiento=birth_date@%Y-%m-%d"
        " | Sexo=sex:sex_ec110 | Provincia=state:ec_prov110 | Cantón=district:ec_canton110"
        " | Parroquia=suburb:ec_parish110 | Dirección domiciliaria=street:ec_street110"
        " | Teléfono celular=phone:ec_phone110 | Tipo de discapacidad=-:ec_kind110"
        " | Porcentaje=-:ec_percent110 | Grado=-:ec_degree110"
        " | Establecimiento calificador=-:ec_centre110"
        " | Fecha de calificación=date@%Y-%m-%d | Representante / Sustituto=-:ec_carer110",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "comerciantes_feria_16_de_julio_el_alto_bo110",
        "Nro.=row | C.I.=national_id:ci_bo110 | Ap. Paterno=family_name:bo_pat110"
        " | Ap. Materno=-:bo_mat110 | Nombre(s)=given_name:bo_given110"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_bo110 | Domicilio=address:bo_addr110"
        " | Celular=phone:bo_phone110 | Rubro=-:bo_trade110 | Asociación=-:bo_assoc110"
        " | Nº Puesto=-:bo_stall110 | Ubicación del puesto=-:bo_spot110"
        " | Licencia de funcionamiento=-:bo_licence110 | Fecha de registro=date@%d/%m/%Y"
        " | Estado=-:bo_state110",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_agricultura_familiar_renaf_py110",
        "Nº=row | C.I. Nº / Mboheraguapy=national_id:ci_py110"
        " | Apellidos / Terajoapy=family_name:py_family110 | Nombres / Téra=given_name:py_given110"
        " | Fecha de Nacimiento / Heñói ára=birth_date@%d/%m/%Y"
        " | Sexo / Mba'éichagua=sex:sex_py110 | Departamento / Tetãvore=state:py_dept110"
        " | Distrito / Táva=district:py_district110 | Compañía / Kompañía=suburb:py_compania110"
        " | Celular / Pumbyry=phone:py_phone110 | Superficie (ha) / Yvy tuichakue=-:py_area110"
        " | Rubros / Ñemitỹ=-:py_crops110 | Organización / Aty=-:py_org110"
        " | Técnico DEAg / Pytyvõhára=-:py_tech110"
        " | Fecha de inscripción / Ñemboheraguapy ára=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "jornales_solidarios_intendencia_montevideo_uy110",
        "Nº=row | Cédula de Identidad=national_id:ci_uy110"
        " | Primer Apellido=family_name:uy_family110 | Segundo Apellido=-:uy_second110"
        " | Nombres=given_name:uy_given110 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_uy110 | Domicilio=street:uy_street110 | Barrio=suburb:uy_barrio110"
        " | Teléfono=phone:uy_phone110 | Correo electrónico=email:uy_email110"
        " | Tarea asignada=-:uy_task110 | Lugar de trabajo=-:uy_work110"
        " | Cuadrilla=-:uy_crew110 | Período=-:uy_period110 | Jornal (UYU)=-:uy_wage110"
        " | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "dni_pe110",
    "cedula_ec110",
    "ci_bo110",
    "ci_py110",
    "ci_uy110",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pe110", "sex_ec110", "sex_bo110", "sex_py110", "sex_uy110")
NAME_HOLDS = frozenset(
    {"pe_name110", "ec_family110", "ec_given110", "bo_pat110", "bo_given110"}
    | {"py_family110", "py_given110", "uy_family110", "uy_given110"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "pe_phone110",
    "ec_phone110",
    "bo_phone110",
    "py_phone110",
    "uy_phone110",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "bd_addr110",
    "tnxp_addr110",
    "xn_addr110",
    "pe_addr110",
    "bo_addr110",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND110",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND110",
]
