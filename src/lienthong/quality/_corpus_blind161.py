"""The hundred-and-sixty-first part of the outside corpus, **blind 161** (written 22:38 UTC,
2026-12-06, never used for tuning): person files a district tax team, a border guard post, the
finance ministry's price appraisal office, a provincial justice department, Chile's SERVIU, the
municipality of Rosario, Uruguay's MEVIR, Paraguay's environment ministry and Bolivia's health
ministry could hand over.
Four Vietnamese files: household businesses registering e-invoices printed from a cash register,
in Windows-1258 with semicolons (the shop's name and its stall in a market, the trade, the year's
revenue in millions, the way the tax is worked out, the invoice provider, the day registered, the
tax officer); fishing boats called in to shelter from a storm, in Excel (the boat number, the
owner in capitals and the year he was born, the skipper, the crew, the radio and the phone on
board, the anchorage, the day they came in, where the boat is now); price appraisers registered
to practise, in UTF-16 with tabs (the card and its series, the field, the firm, the post, the
degree, the ministry's notice, the day it took effect); and auctioneers registered with the
justice department, in UTF-8 with a BOM and semicolons, headers with odd spacing (the card, the
decision that granted it, where they trained, the auction firm, the status, the time the row was
updated).
Five foreign files: SERVIU applicants for the DS 49 housing subsidy in Windows-1252 with
semicolons (the RUN with its mod-11 digit or K, given names and both surnames apart, the sex, the
street and number, the comuna and the región, the mobile, the spouse's RUN, the housing
committee, the savings in UF, the score, the RSH bracket, the status); Rosario's driving licences
(the procedure number, the name as ``SURNAME, Given``, the DNI with dots beside the CUIL, the
street, the town, the CPA postcode, the phone with its ``15``, the class, the blood group, whether
an organ donor, the day granted and the day it runs out, the restrictions); MEVIR's register of
rural housing applicants in Latin-1 with semicolons (the cédula with its check digit, both
surnames, the road or street, the locality and the departamento, the mobile, the household, the
income, the partner's cédula, the plan, the hours of mutual help, the situation); fishers paid
during Paraguay's closed season, headers in Spanish and Guaraní (the cédula with or without dots,
names, the sex in both languages, the district, departamento and barrio or compañía, the mobile,
the association, the fisher's card, the river, the amount in guaraníes, the wallet, a note); and
Bolivia's Bono Juana Azurduy (the carnet, the department that issued it and its complement apart,
both surnames and the names, the day of birth, the zone and the municipality, the mobile, the
health centre, the prenatal check, the expected day of birth, the amount in bolivianos).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind161_writers import WRITERS_BLIND161
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND161: tuple[Shape, ...] = (
    _shape(
        "ho_kinh_doanh_dang_ky_hoa_don_dien_tu_may_tinh_tien_doi_thue_vn161",
        "STT=row | Tên hộ kinh doanh=-:hkd_name161 | Họ tên chủ hộ KD=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD chủ hộ=cccd | MST=mst"
        " | Điện thoại=phone | Địa điểm kinh doanh=-:hkd_shop161 | Nơi cư trú=address"
        " | Ngành nghề KD=-:hkd_trade161 | DT năm 2024 (tr.đ)=-:hkd_revenue161"
        " | PP tính thuế=-:hkd_method161 | Đơn vị cung cấp HĐĐT=-:hkd_provider161"
        " | Ngày đăng ký sử dụng HĐĐT=date@%d/%m/%Y | Cán bộ thuế phụ trách=-:hkd_officer161",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_tau_ca_vao_neo_dau_tranh_tru_bao_don_bien_phong_vn161",
        "TT=row | Số ĐK tàu=-:storm_boat161 | Họ tên chủ tàu=full_name:full_name_caps"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Thuyền trưởng=-:storm_captain161"
        " | Số LĐ trên tàu=-:storm_crew161 | Máy thông tin / SĐT trên tàu=-:storm_radio161"
        " | SĐT chủ tàu=phone:phone_spaced | Địa chỉ=address"
        " | Vị trí neo đậu=-:storm_anchor161 | Ngày vào bến=date@%d/%m/%Y"
        " | Tình hình hiện tại=-:storm_state161 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "tham_dinh_vien_ve_gia_dang_ky_hanh_nghe_cuc_qlg_vn161",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Số thẻ TĐV=-:tdg_card161"
        " | Chuyên ngành=-:tdg_field161 | Trình độ=-:tdg_degree161"
        " | Đơn vị đăng ký hành nghề=-:tdg_firm161 | Chức vụ=-:tdg_post161"
        " | Số thông báo=-:tdg_notice161 | Ngày có hiệu lực=date@%d/%m/%Y"
        " | Email=email | Di động=phone:phone_dotted",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dau_gia_vien_dang_ky_hanh_nghe_so_tu_phap_vn161",
        "STT=row | Họ tên  đấu giá viên=full_name | Ngày  sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Số chứng chỉ hành nghề=-:dgv_decision161"
        " | Số thẻ ĐGV=-:dgv_card161 | Cơ sở đào tạo=-:dgv_training161"
        " | Tổ chức  hành nghề=-:dgv_org161 | Địa chỉ thường trú=address"
        " | Điện thoại=phone | Ngày cấp thẻ=date@%d/%m/%Y"
        " | Tình trạng=-:dgv_state161 | Cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "postulantes_subsidio_habitacional_ds49_serviu_cl161",
        "N°=row | RUN=national_id:cl_run161 | Nombres=given_name:cl_given161"
        " | Apellido Paterno=family_name:cl_pat161 | Apellido Materno=-:cl_mat161"
        " | Fecha Nacimiento=birth_date@%d-%m-%Y | Sexo=sex:cl_sex161"
        " | Dirección=street:cl_street161 | Comuna=district:cl_comuna161"
        " | Región=state:cl_region161 | Teléfono Celular=phone:cl_phone161"
        " | Correo=email:cl_email161"
        " | RUN Cónyuge=-:cl_spouse_run161 | Comité / Grupo=-:cl_committee161"
        " | Ahorro (UF)=-:cl_savings161 | Puntaje=-:cl_score161 | Tramo RSH=-:cl_tramo161"
        " | Estado=-:cl_state161 | Fecha Postulación=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "licencias_de_conducir_municipalidad_rosario_ar161",
        "N°=row | Nro. Trámite=-:ar_tramite161 | Tipo Trámite=-:ar_proc161"
        " | Apellido y Nombre=full_name:ar_name161 | Tipo Doc.=-:ar_doctype161"
        " | Nro. Doc.=national_id:ar_dni161 | CUIL=-:ar_cuil161"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:ar_sex161"
        " | Domicilio=street:ar_street161 | Localidad=district:ar_town161"
        " | CPA=postcode:ar_cp161 | Teléfono=phone:ar_phone161 | Clase=-:ar_class161"
        " | Grupo y Factor=-:ar_blood161 | Donante=-:ar_donor161"
        " | Fecha Otorgamiento=date@%d/%m/%Y | Vencimiento=date:ar_expiry161"
        " | Observaciones=-:ar_restr161",
        english=True,
    ),
    _shape(
        "aspirantes_vivienda_rural_mevir_uy161",
        "Nº=row | C.I.=national_id:uy_ci161 | 1er Apellido=family_name:uy_family161"
        " | 2do Apellido=-:uy_family2_161 | Nombres=given_name:uy_given161"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Dirección=street:uy_street161"
        " | Localidad=district:uy_town161 | Departamento=state:uy_dep161"
        " | Celular=phone:uy_phone161 | Integrantes=-:uy_members161"
        " | Ingresos del núcleo ($U)=-:uy_income161 | C.I. cónyuge/concubino=-:uy_spouse161"
        " | Modalidad=-:uy_plan161 | Horas ayuda mutua (sem.)=-:uy_hours161"
        " | Situación=-:uy_state161 | Fecha inscripción=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "subsidio_pescadores_veda_pesquera_mades_py161",
        "N°=row | C.I. N°=national_id:py_ci161 | Téra / Nombres=given_name:py_given161"
        " | Terajoapy / Apellidos=family_name:py_family161"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:py_sex161"
        " | Distrito=district:py_district161 | Departamento=state:py_dep161"
        " | Barrio / Compañía=suburb:py_barrio161 | Celular=phone:py_phone161"
        " | Asociación=-:py_assoc161 | Carnet de Pescador=-:py_carnet161 | Río=-:py_river161"
        " | Monto (Gs.)=-:py_amount161 | Medio de pago=-:py_wallet161"
        " | Fecha de Pago=date@%d/%m/%Y | Obs.=-:py_obs161",
        english=True,
    ),
    _shape(
        "beneficiarias_bono_juana_azurduy_bo161",
        "Nro=row | C.I.=national_id:bo_ci161 | Exp.=-:bo_ext161 | Compl.=-:bo_compl161"
        " | Ap. Paterno=family_name:bo_pat161 | Ap. Materno=-:bo_mat161"
        " | Nombres=given_name:bo_given161 | Fecha Nac.=birth_date:bo_birth161"
        " | Dirección=address:bo_addr161 | Municipio=district:bo_muni161"
        " | Celular=phone:bo_phone161 | Establecimiento de Salud=-:bo_clinic161"
        " | Control=-:bo_control161 | F.P.P.=date:bo_fpp161 | Monto (Bs.)=-:bo_amount161"
        " | Estado de pago=-:bo_state161 | Fecha de pago=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cl_run161", "ar_dni161", "uy_ci161", "py_ci161", "bo_ci161")
SEX_HOLDS: tuple[str, ...] = ("cl_sex161", "ar_sex161", "py_sex161")
NAME_HOLDS = frozenset(
    {
        "cl_given161",
        "cl_pat161",
        "ar_name161",
        "uy_family161",
        "uy_given161",
        "py_given161",
        "py_family161",
        "bo_pat161",
        "bo_given161",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "cl_phone161",
    "ar_phone161",
    "uy_phone161",
    "py_phone161",
    "bo_phone161",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bo_addr161",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND161",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND161",
]
