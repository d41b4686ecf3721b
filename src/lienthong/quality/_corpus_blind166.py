"""The hundred-and-sixty-sixth part of the outside corpus, **blind 166** (written 22:49 UTC,
2026-12-06, never used for tuning): person files a provincial ethnic affairs committee, a commune
typhoon-relief board, a commune association of former youth volunteers, a commune finance office,
an Oaxacan health jurisdiction, a Guatemalan agriculture extension agency, a Honduran health
centre, a Cuban municipal electoral council and a Colombian elderly-subsidy programme could hand
over. Four Vietnamese files: an ethnic committee's list of prestigious persons among ethnic
minorities, in Excel (the ethnic group, the village, the standing in the community, the
recognition decision, a relative's phone); the commune's list of households paid for houses lost
or damaged by typhoon Yagi, in UTF-16 with tabs (the spaced CCCD, the hamlet alone, the damage,
the amount, the bank account, who signed for it, the day paid, the time last updated); the
register of former youth volunteers in Windows-1258 with semicolons and headers without
diacritics (the unit, the years of service, the branch, the card, the regime received); and the
allowance roll of a commune's part-time village cadres in UTF-8 with a BOM and semicolons (the
post, the coefficient, the monthly amount, the hamlet, the officer who drew it up).
Five foreign files: an Oaxacan register of traditional midwives (the CURP with its check digit,
Nahuatl-rooted and indigenous names, the language spoken, locality and municipality, the
health jurisdiction and centre, births attended, the training date, phones with lada); a
Guatemalan family-farming beneficiaries list in Windows-1252 with semicolons (the DPI's CUI with
its check digit, spaced or not, the linguistic community, aldea, municipio and departamento,
the support, the cuerdas, the extension agent, the delivery date); a Honduran health centre's
patient register in Excel (the file number, the DNI, barrio or colonia with the house, the
municipality, a guardian, the diagnosis, the doctor, the visit date); a Cuban electoral register
in UTF-8 (the carné de identidad, the address between streets, the circumscription, the polling
college, municipality and province, the status); and a Colombia Mayor payment list in UTF-16
with tabs (the document type and the cédula, dotted or bare, departamento, municipio, vereda or
barrio, the address line, the state, the amount, the payment point, a daughter as contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind166_writers import WRITERS_BLIND166
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND166: tuple[Shape, ...] = (
    _shape(
        "nguoi_co_uy_tin_trong_dong_bao_dtts_ban_dan_toc_vn166",
        "TT=row | Họ và tên người có uy tín=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic166 | Số định danh cá nhân=cccd"
        " | Thôn, bản=-:village166 | Nơi cư trú=address | Thành phần=-:prestige166"
        " | QĐ công nhận số=-:decision166 | Ngày công nhận=date@%d/%m/%Y"
        " | Điện thoại=phone | ĐT người thân=-:phone_rel166 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_nhan_ho_tro_nha_o_thiet_hai_bao_so3_yagi_vn166",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Thôn/TDP=-:hamlet166 | Địa chỉ=address"
        " | Mức độ thiệt hại về nhà=-:damage166 | Số tiền hỗ trợ (đồng)=-:aid166"
        " | Số tài khoản=-:account166 | Ngân hàng=-:bank166 | Người nhận=-:receiver166"
        " | SĐT=phone:phone_spaced | Ngày chi=date@%d/%m/%Y | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_cuu_thanh_nien_xung_phong_xa_vn166",
        "TT=row | Ho va ten hoi vien=full_name | Nam/Nu=sex | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Que quan / noi o hien nay=address | Don vi TNXP=-:tnxp_unit166"
        " | Thoi gian tham gia=-:tnxp_years166 | Chi hoi=-:tnxp_branch166"
        " | So the hoi vien=-:tnxp_card166 | Che do da huong=-:regime166"
        " | Ngay vao hoi=date@%d-%m-%Y | DT lien he=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phu_cap_nguoi_hoat_dong_khong_chuyen_trach_thon_tdp_vn166",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Chức danh=-:cadre_post166 | Thôn, TDP=-:hamlet166"
        " | Hệ số phụ cấp=-:cadre_rate166 | Thành tiền/tháng (đ)=-:cadre_pay166"
        " | Số sổ BHXH=bhxh | Số TK=-:account166 | SĐT=phone"
        " | Từ ngày=date@%d/%m/%Y | Người lập biểu=-:officer166",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padron_parteras_tradicionales_sso_oaxaca_mx166",
        "No.=row | CURP=national_id:curp166 | Nombre completo=full_name:oax_name166"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Lengua indígena=-:oax_lang166"
        " | Habla español=-:oax_spanish166 | Localidad=suburb:oax_locality166"
        " | Municipio=district:oax_muni166 | Jurisdicción Sanitaria=-:oax_juris166"
        " | Unidad de salud de referencia=-:oax_health166"
        " | Partos atendidos 2025=-:oax_births166 | No. de constancia=-:oax_cert166"
        " | Fecha de capacitación=date@%d/%m/%Y | Teléfono (cel. o caseta)=phone:oax_phone166",
        english=True,
    ),
    _shape(
        "beneficiarios_agricultura_familiar_maga_gt166",
        "No.=row | CUI (DPI)=national_id:dpi166 | Nombres y apellidos=full_name:gt_name166"
        " | Sexo=sex:gt_sex166 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Comunidad lingüística=-:gt_lang166 | Aldea / caserío=suburb:gt_aldea166"
        " | Municipio=district:gt_muni166 | Departamento=state:gt_dept166"
        " | Teléfono=phone:gt_phone166 | Tipo de apoyo=-:gt_support166"
        " | Área (cuerdas)=-:gt_area166 | Extensionista=-:gt_agent166"
        " | Fecha de entrega=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_pacientes_centro_integral_salud_hn166",
        "No.=row | No. Expediente=-:hn_file166 | No. Identidad=national_id:hn_dni166"
        " | Nombre del paciente=full_name:hn_name166 | Sexo=sex:hn_sex166"
        " | Fecha de Nac.=birth_date@%d/%m/%Y | Dirección (barrio/colonia)=address:hn_addr166"
        " | Municipio=district:hn_muni166 | Celular=phone:hn_phone166"
        " | Responsable=-:hn_guardian166 | Fecha de atención=date@%d/%m/%Y"
        " | Diagnóstico=-:hn_diag166 | Atendió=-:hn_doctor166",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registro_electores_consejo_electoral_municipal_cu166",
        "No.=row | Nombre(s) y apellidos=full_name:cu_name166"
        " | Carné de identidad=national_id:cu_ci166 | Sexo=sex:cu_sex166"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Dirección particular=address:cu_addr166"
        " | Circunscripción=-:cu_circ166 | Colegio electoral=-:cu_college166"
        " | Municipio=district:cu_muni166 | Provincia=state:cu_prov166"
        " | Teléfono=phone:cu_phone166 | Movimiento=-:cu_status166"
        " | Fecha del movimiento=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "listado_pago_colombia_mayor_co166",
        "No=row | Tipo Doc=-:co_doc_kind166 | Número de documento=national_id:co_cc166"
        " | Nombres y apellidos=full_name:co_name166 | Sexo=sex:co_sex166"
        " | Fecha nacimiento=birth_date@%Y-%m-%d | Departamento=state:co_dept166"
        " | Municipio=district:co_muni166 | Vereda / Barrio=suburb:co_vereda166"
        " | Dirección=street:co_street166 | Celular=phone:co_phone166"
        " | Estado=-:co_state166 | Valor=-:co_amount166 | Punto de pago=-:co_point166"
        " | Contacto=-:co_contact166 | Fecha de pago=date@%Y-%m-%d",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats (all numeric here).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("curp166", "dpi166", "hn_dni166", "cu_ci166", "co_cc166")
SEX_HOLDS: tuple[str, ...] = ("gt_sex166", "hn_sex166", "cu_sex166", "co_sex166")
NAME_HOLDS = frozenset({"oax_name166", "gt_name166", "hn_name166", "cu_name166", "co_name166"})
PHONE_HOLDS: tuple[str, ...] = (
    "oax_phone166",
    "gt_phone166",
    "hn_phone166",
    "cu_phone166",
    "co_phone166",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hn_addr166", "cu_addr166")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND166",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND166",
]
