"""The eighty-fourth part of the outside corpus, **blind 84** (written 16:25 UTC, 2026-12-06, never
used for tuning): person files a commune's justice office, a ward police post watching pawnshops,
a commune receiving pardoned prisoners, a commune police post taking declarations of temporary
absence, a Recife state school, Culiacán's water utility, a Santiago university, a Córdoba
provincial prison and Juliaca's provincial municipality could hand over. Four Vietnamese files: a
commune's register of changes and corrections of civil status and re-determinations of ethnicity
in Excel (the register's number and book, what the entry held before and after, the document it
rests on, who asked and their relation, the extract's number, the justice officer); a pawnshop's
register the ward police checks, in Windows-1258 with semicolons (the pledger with the card's
issue date and place, the item and its plate or IMEI, the loan, the interest, the due and redeemed
dates, the state); a commune's list of prisoners pardoned and returned home, in UTF-16 with tabs
(a nickname, the crime, the sentence, the judgment and court, the prison, the release date, the
pardon certificate, the person assigned to help him with that person's phone, how he is doing);
and a commune police post's temporary absence declarations in UTF-8 with a BOM, semicolons and
headers without diacritics (the destination, the reason, from and until, who declared it, the
channel, the file code, the officer). Five foreign files: a Recife state school's adult-education
(EJA) enrolment list in Windows-1252 with semicolons (the INEP student code, the CPF, the SUS
card as a second number, colour/race, both parents, logradouro, bairro, município, UF and CEP,
the stage, shift, class and the previous school); Culiacán's water utility customers in Excel
(the account, the name in capitals without accents, the CURP, the owner of the premises when not
the customer, the street, colonia and postcode, the meter, tariff, consumption, debt, service
state, the INAPAM discount and the last reading date); a Santiago university's student list in
UTF-8 with semicolons (the RUN, given names and both surnames apart, the programme and its code,
the evening or day schedule, the entry year and route, dirección, comuna and región, the
institutional email, the funding, an emergency contact and phone); a Córdoba prison's register of
inmates' visitors in UTF-8 with tabs (``APELLIDO, Nombre``, the DNI with dots, the visitor's
own street, locality and CPA prefix, a 351 15 phone, the bond to the inmate, the inmate's name,
LPU, unit and wing, the visit card, its state); and Juliaca's register of mototaxi drivers in
UTF-16 with tabs (``QUISPE MAMANI, JUAN CARLOS``, the DNI, the driving licence as a letter and
the DNI, its class, the plate, the association, the stop, the credential and the insurance's
expiry).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind84_writers import WRITERS_BLIND84
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND84: tuple[Shape, ...] = (
    _shape(
        "so_thay_doi_cai_chinh_ho_tich_dan_toc_vn84",
        "Số TT=row | Số, quyển đăng ký=-:reg_no84 | Ngày đăng ký=date@%d/%m/%Y"
        " | Họ, chữ đệm, tên người được thay đổi, cải chính=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address:sl_addr84"
        " | Loại việc (thay đổi/cải chính/xác định lại dân tộc)=-:change_kind84"
        " | Nội dung trước khi thay đổi=-:before84 | Nội dung sau khi thay đổi=-:after84"
        " | Căn cứ=-:basis84 | Họ tên người yêu cầu=-:requester84"
        " | Quan hệ với người được TĐ, CC=-:req_rel84 | Số trích lục=-:extract84"
        " | Công chức tư pháp - hộ tịch=-:clerk84 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_cam_co_tai_san_vn84",
        "STT=row | Ngày cầm=date@%d/%m/%Y | Số biên nhận=-:pawn_no84"
        " | Họ và tên người cầm cố=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Ngày cấp=date:issued84@%d/%m/%Y | Nơi cấp=-:issue_place84"
        " | Địa chỉ thường trú=address | Điện thoại=phone:phone_spaced"
        " | Tài sản cầm cố=-:goods84 | Đặc điểm tài sản (BKS/IMEI)=-:goods_detail84"
        " | Số tiền cầm (đ)=-:loan84 | Lãi suất=-:interest84 | Hạn chuộc=date:due84@%d/%m/%Y"
        " | Ngày chuộc=date:redeemed84@%d/%m/%Y | Tình trạng=-:pawn_state84"
        " | Nhân viên lập=-:pawn_clerk84",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_duoc_dac_xa_ve_dia_phuong_vn84",
        "TT=row | Họ và tên=full_name | Tên gọi khác=-:alias84"
        " | Sinh ngày=birth_date@%d/%m/%Y | Giới tính=sex | Số ĐDCN=cccd"
        " | Nơi cư trú sau khi đặc xá=address:pardon_addr84 | Tội danh=-:crime84"
        " | Mức án=-:sentence84 | Bản án số=-:judgment84 | Nơi chấp hành án=-:prison84"
        " | Ngày ra trại=date@%d/%m/%Y | Số GCN đặc xá=-:pardon_no84"
        " | Người được phân công giúp đỡ=-:helper84 | SĐT người giúp đỡ=-:helper_phone84"
        " | Tình hình sau khi về địa phương=-:after_state84",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khai_bao_tam_vang_vn84",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So dinh danh ca nhan=cccd:cccd_spaced | Noi thuong tru=address:na_addr84"
        " | So dien thoai=phone | Noi den=-:destination84 | Ly do tam vang=-:absence_reason84"
        " | Tu ngay=date@%d-%m-%Y | Den ngay=date:until84@%d-%m-%Y"
        " | Nguoi khai bao=-:decl_rel84 | Hinh thuc=-:channel84 | Ma ho so=-:case84"
        " | Can bo tiep nhan=-:officer84",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "matricula_eja_escola_estadual_br84",
        "Nº=row | Código INEP do(a) aluno(a)=-:inep84 | Nome do(a) aluno(a)=full_name:br_name84"
        " | Nome social=-:social_name84 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_br84 | Cor/Raça=-:race84 | CPF=national_id:cpf_br84"
        " | Cartão Nacional de Saúde (CNS)=-:cns84 | Filiação 1 (mãe)=-:mother_br84"
        " | Filiação 2=-:father_br84 | Endereço (logradouro, nº, complemento)=street:street_br84"
        " | Bairro=suburb:bairro_br84 | Município=district:mun_br84 | UF=state:uf_br84"
        " | CEP=postcode:cep_br84 | Celular=phone:phone_br84 | E-mail=email:email_br84"
        " | Etapa/Modalidade=-:stage84 | Turno=-:shift84 | Turma=-:class_br84"
        " | Data da matrícula=date@%d/%m/%Y | Situação=-:status_br84"
        " | Escola de origem=-:prev_school84",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "padron_usuarios_agua_potable_mx84",
        "No.=row | No. de cuenta=-:account_mx84 | Nombre del usuario=full_name:mx_name84"
        " | CURP=national_id:curp_mx84 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Propietario del predio=-:owner_mx84 | Calle y número=street:street_mx84"
        " | Colonia=suburb:colonia_mx84 | C.P.=postcode:cp_mx84 | Municipio=district:mun_mx84"
        " | Teléfono=phone:phone_mx84 | Correo electrónico=email:email_mx84"
        " | No. de medidor=-:meter84 | Tarifa=-:tariff84 | Consumo (m³)=-:m3_84"
        " | Adeudo=-:debt84 | Estatus del servicio=-:service84 | Descuento=-:discount84"
        " | Fecha de contrato=date@%d/%m/%Y | Última lectura=date:reading84@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nomina_estudiantes_usach_cl84",
        "N°=row | RUN=national_id:rut_cl84 | Nombres=given_name:cl_given84"
        " | Apellidos=family_name:cl_family84 | Fecha de nacimiento=birth_date@%d-%m-%Y"
        " | Género=sex:sex_cl84 | Carrera=-:career84 | Cód. carrera=-:career_code84"
        " | Jornada=-:jornada84 | Año de ingreso=-:entry_year84 | Vía de ingreso=-:entry_route84"
        " | Dirección=street:street_cl84 | Comuna=district:comuna_cl84"
        " | Región=state:region_cl84 | Teléfono móvil=phone:phone_cl84"
        " | Correo institucional=email:email_cl84 | Beneficio=-:benefit84"
        " | Contacto de emergencia=-:emerg84 | Fono emergencia=-:emerg_phone84"
        " | Estado académico=-:acad_status84",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "registro_visitantes_complejo_carcelario_ar84",
        "Nº=row | Apellido y nombre del visitante=full_name:ar_name84"
        " | DNI=national_id:dni_ar84 | Fecha de nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_ar84"
        " | Nacionalidad=-:nat_ar84 | Domicilio=street:street_ar84"
        " | Localidad=district:loc_ar84 | C.P.=postcode:cp_ar84 | Teléfono=phone:phone_ar84"
        " | Vínculo con el/la interno/a=-:bond84 | Interno/a que visita=-:inmate84"
        " | Legajo=-:lpu84 | Establecimiento=-:unit_ar84 | Pabellón=-:wing84"
        " | Nº tarjeta de visita=-:card84 | Fecha de alta=date@%d/%m/%Y"
        " | Estado=-:visit_status84 | Observaciones=-:obs_ar84",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "padron_conductores_mototaxi_juliaca_pe84",
        "N°=row | APELLIDOS Y NOMBRES=full_name:pe_name84 | DNI=national_id:dni_pe84"
        " | FECHA NAC.=birth_date@%d/%m/%Y | SEXO=sex:sex_pe84 | DIRECCIÓN=street:street_pe84"
        " | DISTRITO=district:distrito_pe84 | CELULAR=phone:phone_pe84"
        " | N° LICENCIA=-:licence_pe84 | CLASE/CAT.=-:lic_cat84 | PLACA=-:plate_pe84"
        " | ASOCIACIÓN/EMPRESA=-:assoc_pe84 | PARADERO=-:stop_pe84"
        " | N° CREDENCIAL=-:credential84 | FECHA EMISIÓN=date@%d/%m/%Y"
        " | VENC. CAT/SOAT=date:cat_until84@%d/%m/%Y | ESTADO=-:status_pe84",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cpf_br84", "curp_mx84", "rut_cl84", "dni_ar84", "dni_pe84")
SEX_HOLDS: tuple[str, ...] = ("sex_br84", "sex_cl84", "sex_ar84", "sex_pe84")
NAME_HOLDS = frozenset(
    {"br_name84", "mx_name84", "cl_given84", "cl_family84", "ar_name84", "pe_name84"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br84",
    "phone_mx84",
    "phone_cl84",
    "phone_ar84",
    "phone_pe84",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("sl_addr84", "pardon_addr84", "na_addr84")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND84",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND84",
]
