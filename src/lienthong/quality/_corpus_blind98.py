"""The ninety-eighth part of the outside corpus, **blind 98** (written 17:15 UTC, 2026-12-06, never
used for tuning): person files a commune paying the new social pension, a ward health station
screening women for cervical cancer, a city's transport department issuing vehicle badges, a
commune's health insurance collector, a Fortaleza CRAS, an ANSES office, a Santiago municipality,
Uruguay's BPS and Paraguay's Tekoporã programme could hand over. Four Vietnamese files: a Hưng
Yên commune's list of people proposed for the social pension allowance (trợ cấp hưu trí xã hội,
from 75, or from 70 in poor households) in Windows-1258 with semicolons (the CCCD, the home, the
group, whether they already had a social assistance allowance, the monthly amount in đồng, the
day it starts and the decision, how it is paid and the bank account, the relative who collects it
and the relation); a Cần Thơ ward health station's cervical cancer screening book (sàng lọc ung
thư cổ tử cung) in Excel with no sex column (real Excel birth and exam dates, the ethnic group,
the job, the health insurance card, the PARA count, the VIA and Pap/HPV results, what was done,
the examiner); a Đà Nẵng transport department's register of badges for business vehicles (phù
hiệu xe kinh doanh vận tải) in UTF-16 with tabs (the owner's CCCD and dotted phone, the plate,
the vehicle, make, load or seats and year, the badge kind and number, the carrier it works for,
the day issued and the last day it is valid, the tracking device); and a Phú Thọ commune's list
of household health insurance (BHYT hộ gia đình) in UTF-8 with a BOM, semicolons and headers
without diacritics (the personal identification number, the social insurance code, the relation
to the head and the head's name, the clinic registered, the member's rank in the household, the
months and the amount due as the rank lowers it, the period, the collector). Five foreign files:
a CRAS list of Cadastro Único families called for revision in Windows-1252 with semicolons (the
family code, the responsible person's name in capitals, NIS and CPF with their check digits, the
mother's name, street, bairro and CEP, ``(85) 9…`` phones, the income per head, the reason, the
Bolsa Família status, the deadline, the officer); an ANSES list of the Asignación Universal por
Hijo in UTF-8 (the holder's CUIL with its mod 11 digit and ``DNI 28.456.789``, ``APELLIDO,
NOMBRE``, street, locality, province and postcode apart, ``(351) 15-…`` phones, the child's
CUIL, name and birth, the booklet, the month paid, the amount and the 20% held back, the UDAI, the
day granted); a La Pintana municipality's Registro Social de Hogares requests in Excel (the
folio, the procedure, the RUN with its mod 11 digit or K, given names and both surnames apart,
``Hombre``/``Mujer``, street, villa and comuna, ``+56 9`` phones, e-mail, the household's size,
the socio-economic bracket, the surveyor, the visit, the state); a BPS list of Asignaciones
Familiares del Plan de Equidad in UTF-8 with a BOM and semicolons (the attributing adult's
cédula with its check digit, both surnames and the names apart, the street, locality and
department, ``099 …`` and ``2…`` phones, the child's cédula and name, the school and its level,
the amount in pesos, the state); and a Tekoporã list in UTF-16 with tabs and Spanish/Guaraní
headers (the cédula, the holder's name, department, district and compañía apart, ``0981``
phones, the indigenous community, the household size, the family guide, the amount in
guaraníes, the payment day, the state).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind98_writers import WRITERS_BLIND98
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND98: tuple[Shape, ...] = (
    _shape(
        "de_nghi_tro_cap_huu_tri_xa_hoi_vn98",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address:pension_addr98"
        " | Số điện thoại=phone:phone_spaced | Thuộc đối tượng=-:pension_group98"
        " | Đang hưởng TC BTXH=-:on_btxh98 | Mức trợ cấp (đồng/tháng)=-:pension_amount98"
        " | Hưởng từ ngày=date@%d/%m/%Y | Số Quyết định=-:pension_decision98"
        " | Hình thức nhận=-:pay_way98 | Số tài khoản=-:account98"
        " | Người nhận thay=-:proxy98 | Quan hệ với người hưởng=-:proxy_rel98",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_kham_sang_loc_ung_thu_co_tu_cung_vn98",
        "TT=row | Họ tên khách hàng=full_name:woman98 | Ngày sinh=birth_date:excel_date"
        " | CCCD/Mã ĐDCN=cccd:woman_cccd98 | Dân tộc=-:ethnic98 | Nghề nghiệp=-:job_f98"
        " | Địa chỉ=address:screen_addr98 | ĐT liên hệ=phone | Số thẻ BHYT=bhyt"
        " | PARA=-:para98 | Ngày khám=date:excel_event | KQ VIA=-:via98"
        " | KQ Pap smear / HPV=-:pap98 | Xử trí=-:action98 | Người khám=-:examiner98"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_cap_phu_hieu_xe_kinh_doanh_van_tai_vn98",
        "STT=row | Chủ phương tiện=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD chủ xe=cccd | Địa chỉ thường trú=address:owner_addr98"
        " | Điện thoại=phone:phone_dotted | Biển kiểm soát=-:plate98 | Loại phương tiện=-:vehicle98"
        " | Nhãn hiệu=-:make98 | Trọng tải / Số chỗ=-:load98 | Năm SX=-:built98"
        " | Loại phù hiệu=-:badge_kind98 | Số phù hiệu=-:badge_no98"
        " | Đơn vị KDVT=-:carrier98 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=date:badge_until98 | Thiết bị GSHT=-:gps98",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_tham_gia_bhyt_ho_gia_dinh_vn98",
        "STT=row | Ho ten nguoi tham gia=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So dinh danh ca nhan=cccd | Ma so BHXH=bhxh"
        " | Quan he voi chu ho=-:hh_relation98 | Ho ten chu ho=-:hh_head98"
        " | Dia chi=address:hh_addr98 | Noi DK KCB BD=-:clinic98 | Nguoi thu=-:member_no98"
        " | So thang dong=-:months98 | So tien phai dong (dong)=-:bhyt_due98"
        " | Tu ngay=date@%d/%m/%Y | Den ngay=date:bhyt_until98 | Dai ly thu=-:collector98"
        " | SDT=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "convocacao_revisao_cadastral_cras_br98",
        "Seq.=row | Código Familiar=-:codfam_br98"
        " | Nome do Responsável Familiar (RF)=full_name:br_name98 | NIS do RF=-:nis_br98"
        " | CPF do RF=national_id:cpf_br98 | Data de Nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_br98 | Nome da Mãe=-:br_mother98"
        " | Logradouro, nº=street:br_street98 | Bairro=suburb:bairro_br98 | CEP=postcode:cep_br98"
        " | Telefone para contato=phone:phone_br98 | Renda per capita (R$)=-:income_br98"
        " | Data da última atualização=date@%d/%m/%Y | Motivo da convocação=-:reason_br98"
        " | Situação do benefício (PBF)=-:benefit_br98 | Prazo para comparecer=date:deadline_br98"
        " | Técnico(a) de referência=-:tech_br98",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liquidacion_auh_anses_ar98",
        "Nro.=row | CUIL Titular=national_id:cuil_ar98 | Tipo y Nro. Documento=national_id:dni_ar98"
        " | Apellido y Nombre Titular=full_name:ar_name98 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ar98 | Domicilio=street:ar_street98 | Localidad=district:ar_town98"
        " | Provincia=state:ar_prov98 | Cód. Postal=postcode:ar_cp98"
        " | Teléfono=phone:phone_ar98 | CUIL Hijo/a=-:child_cuil_ar98"
        " | Apellido y Nombre Hijo/a=-:child_ar98 | F. Nac. Hijo/a=-:child_born_ar98"
        " | Libreta AUH (Form. PS 1.47)=-:booklet_ar98 | Período Liquidado=-:period_ar98"
        " | Importe Bruto=-:amount_ar98 | Retención 20%=-:held_ar98 | UDAI=-:udai_ar98"
        " | Fecha de Alta=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "solicitudes_registro_social_hogares_municipal_cl98",
        "N°=row | Folio Solicitud=-:folio_cl98 | Fecha Solicitud=date:excel_event"
        " | Tipo de Trámite=-:procedure_cl98 | RUN Solicitante=national_id:rut_cl98"
        " | Nombres=given_name:cl_given98 | Apellido Paterno=family_name:cl_pat98"
        " | Apellido Materno=-:cl_mat98 | Fecha Nacimiento=birth_date:excel_date"
        " | Sexo=sex:sex_cl98 | Dirección=street:street_cl98 | Villa / Población=suburb:villa_cl98"
        " | Comuna=district:comuna_cl98 | Teléfono=phone:phone_cl98"
        " | Correo Electrónico=email:email_cl98 | N° Integrantes=-:members_cl98"
        " | Tramo CSE=-:tramo_cl98 | Encuestador(a)=-:surveyor_cl98"
        " | Fecha Visita=date:visit_cl98 | Estado=-:state_cl98",
        english=True,
        file="xlsx",
    ),
    _shape(
        "asignaciones_familiares_plan_equidad_bps_uy98",
        "Nº=row | Cédula Atributario=national_id:ci_uy98 | Primer Apellido=family_name:uy_family98"
        " | Segundo Apellido=-:uy_second98 | Nombres=given_name:uy_given98"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_uy98 | Domicilio=street:uy_street98"
        " | Localidad=district:uy_town98 | Departamento=state:uy_dept98"
        " | Teléfono=phone:phone_uy98 | C.I. Beneficiario=-:child_ci_uy98"
        " | Nombre Beneficiario=-:child_uy98 | Centro Educativo=-:school_uy98"
        " | Nivel=-:level_uy98 | Monto ($)=-:amount_uy98 | Fecha de Alta=date@%d/%m/%Y"
        " | Situación=-:state_uy98",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "participantes_tekopora_py98",
        "Nº=row | Cédula de Identidad / Mboheraguapy=national_id:ci_py98"
        " | Nombre y Apellido / Téra ha Terajoapy=full_name:py_name98"
        " | Fecha de Nacimiento / Arareñói=birth_date@%d/%m/%Y"
        " | Sexo / Kuimba'e térã Kuña=sex:sex_py98 | Departamento / Tetãvore=state:py_dept98"
        " | Distrito / Táva=district:py_district98 | Compañía / Barrio=suburb:py_compania98"
        " | Teléfono / Pumbyry=phone:phone_py98 | Comunidad Indígena / Ava Tekoha=-:community_py98"
        " | Cantidad de Miembros / Mbovýpa oĩ=-:members_py98 | Guía Familiar=-:guide_py98"
        " | Monto / Viru=-:amount_py98 | Fecha de Pago / Ára Jehepyme'ẽ=date@%d/%m/%Y"
        " | Estado / Mba'éichapa oĩ=-:state_py98",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cpf_br98",
    "cuil_ar98",
    "dni_ar98",
    "rut_cl98",
    "ci_uy98",
    "ci_py98",
)
SEX_HOLDS: tuple[str, ...] = (
    "sex_br98",
    "sex_ar98",
    "sex_cl98",
    "sex_uy98",
    "sex_py98",
)
NAME_HOLDS = frozenset(
    {"br_name98", "ar_name98", "cl_given98", "cl_pat98", "uy_family98", "uy_given98"}
    | {"py_name98", "woman98"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br98",
    "phone_ar98",
    "phone_cl98",
    "phone_uy98",
    "phone_py98",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "pension_addr98",
    "screen_addr98",
    "owner_addr98",
    "hh_addr98",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND98",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND98",
]
