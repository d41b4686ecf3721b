"""The hundred-and-nineteenth part of the outside corpus, **blind 119** (written 19:40 UTC,
2026-12-06, never used for tuning): person files a commune's natural resources officer
registering household wells, a securities company reporting the accounts it opened, a district
party committee sending cadres to the senior political theory course, a commune listing
swiftlet houses, a Minas Gerais blood centre, Chile's fisheries service, Colombia's SENA, a
Venezuelan communal council and Argentina's ANSES could hand over.
Four Vietnamese files: a commune's register of groundwater wells in Windows-1258 with semicolons
(the well's plot and map sheet, its VN-2000 coordinates, depth and flow, the use, the
declaration number, the commune's confirmation); a brokerage's list of new securities accounts
in Excel (the custody account, the CCCD's issue date and issuer, the bank account and bank, the
broker, the channel, the status, the time last updated); a district's list of cadres sent to
the senior political theory course in UTF-16 with tabs (ethnicity, home town, post, the date
they joined the party, degree and grade, the course's mode and class, the decision); and a
commune's declaration list of swiftlet houses in UTF-8 with a BOM and tabs, headers without
diacritics (the swiftlet house's address, area, floors, year built, distance to homes, the
sound lure, the nest yield, the form number).
Five foreign files: a Hemominas blood donor register in Windows-1252 with semicolons (the CPF with
its two mod-11 digits, the RG, the mother's name, the blood group, the street, bairro, city, UF
and CEP, the last donation, fitness); a Sernapesca artisanal fishing register (the RPA number,
the RUN with its mod-11 digit or K, paternal and maternal surnames, region, comuna and caleta,
category, boat and its registration); a SENA apprentice list (the training group, the cédula,
names and surnames, the programme, the training centre, the lead instructor, the state); a
communal council's CLAP food box list (the V-/E- cédula, the Carnet de la Patria code, the
parroquia, municipio and estado, the household size, the street leader, the amount paid); and an
ANSES Progresar scholarship list (the CUIL with its mod-11 digit beside the DNI, the school, the
line of the scholarship, the amount, a guardian's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind119_writers import WRITERS_BLIND119
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND119: tuple[Shape, ...] = (
    _shape(
        "dang_ky_khai_thac_nuoc_duoi_dat_gieng_khoan_vn119",
        "STT=row | Tên cá nhân đăng ký=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Địa chỉ thường trú=address | SĐT=phone"
        " | Vị trí công trình (thửa, tờ BĐ)=-:well_plot119 | Tọa độ X (VN2000)=-:well_x119"
        " | Tọa độ Y (VN2000)=-:well_y119 | Chiều sâu giếng (m)=-:well_depth119"
        " | Lưu lượng khai thác (m3/ngày đêm)=-:well_flow119 | Mục đích sử dụng=-:well_use119"
        " | Số tờ khai=-:well_form119 | Ngày đăng ký=date@%d/%m/%Y"
        " | Xác nhận của UBND xã=-:well_confirm119",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "khach_hang_mo_tai_khoan_chung_khoan_vn119",
        "STT=row | Số TK lưu ký=-:sec_account119 | Họ và tên KH=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd:cccd_spaced"
        " | Ngày cấp=date:sec_issued119 | Nơi cấp=-:sec_issuer119 | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Email=email | Số TK ngân hàng=-:sec_bank_acc119"
        " | Ngân hàng=-:sec_bank119 | NV môi giới=-:sec_broker119 | Ngày mở TK=date@%d/%m/%Y"
        " | Kênh mở TK=-:sec_channel119 | Trạng thái TK=-:sec_status119"
        " | Cập nhật lần cuối=timestamp",
        file="xlsx",
    ),
    _shape(
        "cu_di_hoc_cao_cap_ly_luan_chinh_tri_vn119",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số định danh cá nhân=cccd | Dân tộc=-:ethnic119"
        " | Quê quán=-:hometown119 | Chức vụ, đơn vị công tác=-:cadre_post119"
        " | Ngày vào Đảng=date:party_join119 | Trình độ CM=-:cadre_degree119"
        " | Ngạch/hạng=-:cadre_grade119 | Hình thức học=-:pol_mode119 | Lớp=-:pol_class119"
        " | Số QĐ cử đi học=-:pol_decision119 | Ngày QĐ=date@%d/%m/%Y | ĐTDĐ=phone"
        " | Nơi ở hiện nay=address",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ke_khai_nha_nuoi_chim_yen_xa_vn119",
        "STT=row | Ho ten chu co so=full_name:full_name_ascii | Ngay sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd | Dia chi thuong tru=address | Dia chi nha yen=-:swift_addr119"
        " | Dien tich (m2)=-:swift_area119 | So tang=-:swift_floors119"
        " | Nam xay dung=-:swift_built119 | Khoang cach den khu dan cu (m)=-:swift_dist119"
        " | Loa phat am=-:swift_speaker119 | San luong to yen (kg/nam)=-:swift_yield119"
        " | Ngay ke khai=date@%d-%m-%Y | So phieu=-:swift_form119"
        " | Dien thoai=phone:phone_dotted | Ghi chu=-:swift_note119",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "cadastro_doadores_hemocentro_br119",
        "Seq.=row | Nº Doador=-:br_donor119 | Nome Completo=full_name:br_name119"
        " | CPF=national_id:cpf119"
        " | RG=-:br_rg119 | Data de Nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br119"
        " | Nome da Mãe=-:br_mother119 | Tipo Sanguíneo=-:br_blood119"
        " | Endereço=street:br_street119 | Bairro=suburb:br_bairro119"
        " | Município=district:br_city119 | UF=state:br_uf119 | CEP=postcode:br_cep119"
        " | Celular=phone:br_phone119 | E-mail=email | Última Doação=date@%d/%m/%Y"
        " | Situação=-:br_status119",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_pesquero_artesanal_sernapesca_cl119",
        "N°=row | N° RPA=-:cl_rpa119 | RUN=national_id:run119 | Nombres=given_name:cl_given119"
        " | Apellido Paterno=family_name:cl_paterno119 | Apellido Materno=-:cl_materno119"
        " | Sexo=sex:sex_cl119 | Fecha de Nacimiento=birth_date@%d-%m-%Y"
        " | Región=state:cl_region119 | Comuna=district:cl_comuna119"
        " | Caleta=-:cl_caleta119 | Domicilio=street:cl_street119"
        " | Teléfono=phone:cl_phone119 | Categoría=-:cl_category119"
        " | Embarcación=-:cl_boat119 | Matrícula=-:cl_matricula119"
        " | Fecha Inscripción=date@%d-%m-%Y | Estado=-:cl_state119",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "aprendices_ficha_sena_co119",
        "No.=row | Ficha=-:co_ficha119 | Tipo Documento=-:co_doctype119"
        " | Número Documento=national_id:cc119"
        " | Nombres=given_name:co_given119 | Apellidos=family_name:co_family119"
        " | Fecha Nacimiento=birth_date@%Y-%m-%d | Género=sex:sex_co119 | Correo=email"
        " | Celular=phone:co_phone119 | Dirección Residencia=street:co_street119"
        " | Municipio=district:co_mun119 | Departamento=state:co_dept119"
        " | Programa de Formación=-:co_program119 | Centro de Formación=-:co_centre119"
        " | Instructor Líder=-:co_instructor119 | Estado Aprendiz=-:co_state119"
        " | Fecha Inicio=date@%Y-%m-%d",
        english=True,
        file="xlsx",
    ),
    _shape(
        "beneficiarios_clap_consejo_comunal_ve119",
        "N°=row | Jefe(a) de Familia=full_name:ve_name119 | Cédula=national_id:cedula119"
        " | Fecha de Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_ve119 | Teléfono=phone:ve_phone119"
        " | Código Carnet de la Patria=-:ve_patria119 | Dirección=address:ve_addr119"
        " | Parroquia=suburb:ve_parroquia119 | Municipio=district:ve_mun119"
        " | Estado=state:ve_state119 | Carga Familiar=-:ve_load119"
        " | Consejo Comunal=-:ve_cc119 | Jefe(a) de Calle=-:ve_leader119"
        " | Fecha de Entrega=date@%d/%m/%Y | Monto Bs.=-:ve_amount119"
        " | Observación=-:ve_obs119",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "becas_progresar_anses_ar119",
        "Nro.=row | CUIL=national_id:cuil119 | Apellido y Nombre=full_name:ar_name119"
        " | DNI=national_id:dni119 | Sexo=sex:sex_ar119 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Domicilio=street:ar_street119 | Localidad=district:ar_town119"
        " | Provincia=state:ar_prov119 | C.P.=postcode:ar_cp119 | Teléfono=phone:ar_phone119"
        " | Línea=-:ar_line119 | Institución Educativa=-:ar_school119"
        " | Estado Solicitud=-:ar_state119 | Monto Mensual=-:ar_amount119"
        " | Fecha Alta=date@%d/%m/%Y | Tel. Referente=-:ar_guardian_phone119"
        " | Referente=-:ar_tutor119",
        english=True,
        encoding="cp1252",
        delimiter=",",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cpf119", "run119", "cc119", "cedula119", "cuil119", "dni119")
SEX_HOLDS: tuple[str, ...] = ("sex_br119", "sex_cl119", "sex_co119", "sex_ve119", "sex_ar119")
NAME_HOLDS = frozenset(
    {"br_name119", "cl_given119", "cl_paterno119", "co_given119", "co_family119"}
    | {"ve_name119", "ar_name119"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "br_phone119",
    "cl_phone119",
    "co_phone119",
    "ve_phone119",
    "ar_phone119",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ve_addr119",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND119",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND119",
]
