"""The ninety-third part of the outside corpus, **blind 93** (written 17:04 UTC, 2026-12-06, never
used for tuning): person files a province's home affairs department, a factory's social insurance
desk, a press agency, a ward's people's committee, the State of Mexico's DIF, the Valle del Cauca's
SISBÉN office, an Ecuadorian transit agency, a Cuban OFICODA and a Puerto Rican municipality's
housing office could hand over. Four Vietnamese files: a Nghệ An list of officials retiring early
under Decree 178/2024 in Excel, its merged header flattened so the birth date stands under
"Nam" for men and under "Nữ" for women and no sex column is left (the CCCD and BHXH number, the
post and unit, the degree, the ngạch code and salary coefficient, the years paid in, the day of
retirement, the months retired early and the allowances in đồng); a Bình Dương factory's claims for
sickness, maternity and recovery benefits (form 01B-HSB) in UTF-16 with tabs (the BHXH number, the
kind of leave, the working conditions, from and to, the days, the day the child was born and how
many, how it is paid, the account and bank); a press agency's list of press card applicants in
Windows-1258 with semicolons (the pen name, ``dd-mm-yyyy`` dates, the ethnic group, the agency,
post and title, the degree, party membership, years in journalism, the old card's number, the
home address, a dotted phone and a work e-mail); and a ward's list of people placed under
education in the ward in UTF-8 with a BOM and semicolons (the alias, ``d/m/yyyy`` dates, the
offence, the decision and its day, the term in months and its end, the organisation in charge,
the person assigned to help and his phone, the result).
Five foreign files: a DIF Estado de México register of wheelchairs and hearing aids handed out
in Excel with capital Spanish headers (the folio, the CURP with its check digit and the INE clave
de elector beside it, the surnames and name apart without accents, the disability and the aid, the
street, the outside number or ``MZ. 3 LT. 7`` and the inside number apart, colonia, municipio and
C.P., ``722 215 3480`` phones, the tutor and kinship, the municipal DIF that referred the person,
the day of delivery); a Valle del Cauca SISBÉN IV base in Windows-1252 with semicolons (the form
number, the group ``C7``, the cédula de ciudadanía with no check digit, two surnames and two names
in four columns, ``yyyy-mm-dd`` dates, the kinship to the household head and the head's
document, ``Calle 5 Oeste # 38A-25`` addresses, barrio, zone and municipio, ``315 123 4567`` and
``602 …`` phones, the EPS, the form's state, the survey day and the pollster); an Ecuadorian
transit agency's list of driving licences issued in UTF-8 (the cédula with its mod-10 check digit,
the surnames and names in capitals, ``HOMBRE``/``MUJER``, the blood group, the licence type, its
issue and expiry and points, the driving school, ``Av. 10 de Agosto N24-120 y Colón`` streets,
cantón and provincia, a mobile and a landline, the e-mail); a Cuban OFICODA register of
consumers (the ration book) in Latin-1 with tabs (the household number, ``Nombre(s) y apellidos``
in one column, the eleven-digit carné de identidad that begins with the birth date, the kinship
to the household head, ``Calle G No. 456 apto. 3 e/ 21 y 23, Vedado, Plaza de la Revolución``
addresses, the province apart, the bodega and the butcher's, the medical diet, the day of entry
and why, ``5xxxxxxx`` and ``7 8xx xxxx`` phones); and a Puerto Rican municipality's Section 8
waiting list in UTF-8 with a BOM and headers in Spanish and English (the case number, the
applicant's full name, only the last four digits of the SSN, which identify no one alone,
``mm/dd/yyyy`` dates, urbanización and residencial streets, municipio and ZIP code, ``(787)
555-0123`` phones, the household size, income, preference and bedrooms, the status, an emergency
contact and her phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind93_writers import WRITERS_BLIND93
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND93: tuple[Shape, ...] = (
    _shape(
        "nghi_huu_truoc_tuoi_nd178_nghe_an_vn93",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh - Nam=birth_date:birth_m93"
        " | Ngày, tháng, năm sinh - Nữ=birth_date:birth_f93 | Số định danh cá nhân=cccd"
        " | Mã số BHXH=bhxh | Chức vụ, chức danh=-:post93 | Đơn vị công tác=-:unit93"
        " | Trình độ CM=-:degree93 | Mã ngạch=-:grade_code93 | Hệ số lương=-:coef93"
        " | Thời gian đóng BHXH=-:years93 | Thời điểm nghỉ hưu=date:retire93"
        " | Số tháng nghỉ trước tuổi=-:early93"
        " | Trợ cấp hưu trí 1 lần cho số tháng nghỉ sớm (đồng)=-:early_pay93"
        " | Trợ cấp theo thời gian công tác có đóng BHXH (đồng)=-:service_pay93"
        " | Tổng cộng (đồng)=-:total93 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "de_nghi_huong_om_dau_thai_san_01b_hsb_vn93",
        "STT=row | Họ và tên=full_name | Mã số BHXH=bhxh | Số CCCD=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Chế độ đề nghị=-:regime93"
        " | Điều kiện làm việc=-:workcond93 | Từ ngày=date:from93 | Đến ngày=date:to93"
        " | Tổng số ngày nghỉ=-:days93 | Ngày sinh con=date:child_birth93 | Số con=-:children93"
        " | Hình thức nhận=-:method93 | Số tài khoản=-:account93 | Ngân hàng=-:bank93"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "de_nghi_cap_the_nha_bao_vn93",
        "TT=row | Họ và tên=full_name | Bút danh=-:pen_name93 | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic93 | Số CCCD=cccd | Cơ quan báo chí=-:press93"
        " | Chức vụ=-:press_post93 | Chức danh=-:press_title93"
        " | Trình độ chuyên môn=-:press_degree93 | Đảng viên=-:party93"
        " | Số năm làm báo liên tục=-:press_years93"
        " | Số thẻ nhà báo (kỳ hạn 2021-2025)=-:old_card93 | Nơi ở hiện nay=address"
        " | Điện thoại=phone:phone_dotted | Email=email:email_press93 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ap_dung_giao_duc_tai_xa_phuong_vn93",
        "STT=row | Họ tên=full_name | Tên gọi khác=-:alias93 | Sinh ngày=birth_date@%-d/%-m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú=address | SĐT=phone | Nghề nghiệp=-:job93"
        " | Hành vi vi phạm=-:offence93 | QĐ áp dụng số=-:decision93 | Ngày QĐ=date@%-d/%-m/%Y"
        " | Thời hạn ( tháng )=-:term93 | Đến ngày=date:until93"
        " | Cơ quan, tổ chức được giao quản lý=-:org93"
        " | Người được phân công giúp đỡ=-:helper93 | SĐT người giúp đỡ=-:helper_phone93"
        " | Kết quả=-:result93",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padron_apoyos_funcionales_difem_mx93",
        "NO.=row | FOLIO=-:folio_mx93 | CURP=national_id:curp_mx93"
        " | CLAVE DE ELECTOR=-:ine_mx93 | PRIMER APELLIDO=family_name:mx_pat93"
        " | SEGUNDO APELLIDO=-:mx_mat93 | NOMBRE(S)=given_name:mx_given93"
        " | FECHA DE NACIMIENTO=birth_date:excel_date | SEXO=sex:sex_mx93"
        " | TIPO DE DISCAPACIDAD=-:disability_mx93 | APOYO OTORGADO=-:aid_mx93"
        " | CALLE=street:calle_mx93 | NÚM. EXT.=-:ext_mx93 | NÚM. INT.=-:int_mx93"
        " | COLONIA=suburb:colonia_mx93 | MUNICIPIO=district:mun_mx93 | C.P.=postcode:cp_mx93"
        " | TELÉFONO=phone:phone_mx93 | NOMBRE DEL TUTOR O RESPONSABLE=-:tutor_mx93"
        " | PARENTESCO=-:kin_mx93 | SMDIF QUE CANALIZA=-:smdif_mx93"
        " | FECHA DE ENTREGA=date:excel_event",
        english=True,
        file="xlsx",
    ),
    _shape(
        "base_sisben_iv_valle_co93",
        "No.=row | FICHA=-:ficha_co93 | GRUPO SISBÉN IV=-:grupo_co93 | TIPO DOC.=-:tipo_co93"
        " | NÚMERO DOCUMENTO=national_id:cc_co93 | PRIMER APELLIDO=family_name:co_ape1_93"
        " | SEGUNDO APELLIDO=-:co_ape2_93 | PRIMER NOMBRE=given_name:co_nom1_93"
        " | SEGUNDO NOMBRE=-:co_nom2_93 | FECHA DE NACIMIENTO=birth_date@%Y-%m-%d"
        " | SEXO=sex:sex_co93 | PARENTESCO CON EL JEFE=-:kin_co93"
        " | DOCUMENTO JEFE DE HOGAR=-:head_co93 | DIRECCIÓN=street:dir_co93"
        " | BARRIO / VEREDA=suburb:barrio_co93 | ZONA=-:zona_co93"
        " | MUNICIPIO=district:mun_co93 | TELÉFONO=phone:phone_co93 | EPS=-:eps_co93"
        " | ESTADO FICHA=-:estado_co93 | FECHA ENCUESTA=date@%Y-%m-%d"
        " | ENCUESTADOR(A)=-:pollster_co93",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "licencias_emitidas_ant_ec93",
        "N°=row | Cédula=national_id:cedula_ec93 | Apellidos=family_name:ec_family93"
        " | Nombres=given_name:ec_given93 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ec93 | Tipo de Sangre=-:blood_ec93 | Tipo de Licencia=-:licence_ec93"
        " | Fecha de Emisión=date@%d/%m/%Y | Fecha de Caducidad=date:expiry_ec93"
        " | Puntos=-:points_ec93 | Escuela de Conducción=-:school_ec93"
        " | Dirección Domiciliaria=street:street_ec93 | Cantón=district:canton_ec93"
        " | Provincia=state:provincia_ec93 | Celular=phone:phone_ec93"
        " | Teléfono Convencional=phone:landline_ec93 | Correo Electrónico=email:email_ec93",
        english=True,
    ),
    _shape(
        "registro_consumidores_oficoda_cu93",
        "No.=row | No. de núcleo=-:nucleo_cu93 | Nombre(s) y apellidos=full_name:cu_full93"
        " | Carné de identidad=national_id:ci_cu93 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_cu93 | Parentesco con el jefe de núcleo=-:kin_cu93"
        " | Dirección particular=address:addr_cu93 | Provincia=state:prov_cu93"
        " | Bodega=-:bodega_cu93 | Carnicería=-:carniceria_cu93 | Dieta=-:diet_cu93"
        " | Fecha de alta=date@%d/%m/%Y | Motivo del alta=-:reason_cu93"
        " | Teléfono=phone:phone_cu93",
        english=True,
        encoding="latin-1",
        delimiter="\t",
    ),
    _shape(
        "lista_espera_seccion8_pr93",
        "#=row | Núm. de Caso / Case No.=-:case_pr93"
        " | Nombre del Solicitante / Applicant Name=full_name:pr_name93"
        " | SSN (últimos 4) / Last 4 SSN=-:ssn4_pr93"
        " | Fecha de Nacimiento / DOB=birth_date@%m/%d/%Y | Género / Gender=sex:sex_pr93"
        " | Dirección Física / Physical Address=street:pr_street93"
        " | Municipio=district:pr_mun93 | Zip Code=postcode:pr_zip93"
        " | Teléfono / Phone=phone:phone_pr93 | Email=email:email_pr93"
        " | Miembros / Household Size=-:hh_pr93 | Ingreso Anual / Annual Income=-:income_pr93"
        " | Preferencia / Preference=-:pref_pr93 | Cuartos / Bedrooms=-:bedrooms_pr93"
        " | Fecha de Solicitud / Application Date=date@%m/%d/%Y"
        " | Estatus / Status=-:status_pr93"
        " | Contacto de Emergencia / Emergency Contact=-:contact_pr93"
        " | Tel. Contacto=-:contact_phone_pr93",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("curp_mx93", "cc_co93", "cedula_ec93", "ci_cu93")
SEX_HOLDS: tuple[str, ...] = ("sex_mx93", "sex_co93", "sex_ec93", "sex_cu93", "sex_pr93")
NAME_HOLDS = frozenset(
    {"mx_pat93", "mx_given93", "co_ape1_93", "co_nom1_93", "ec_family93", "ec_given93"}
    | {"cu_full93", "pr_name93"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx93",
    "phone_co93",
    "phone_ec93",
    "phone_cu93",
    "phone_pr93",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_cu93",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND93",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND93",
]
