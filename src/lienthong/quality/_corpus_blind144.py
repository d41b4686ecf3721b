"""The hundred-and-forty-fourth part of the outside corpus, **blind 144** (written 20:55 UTC,
2026-12-06, never used for tuning): person files a commune counting the ballots on its merger, a
commune leasing its 5% public land to the winning bidders, a garment factory taking job
applicants, a ward paying owners who hand in homemade three-wheelers, Peru's Pensión 65 in
Ayacucho, a Potosí mining cooperative, an Ecuadorian savings and credit cooperative, Colombia's
single register of victims and Venezuela's Gran Misión Vivienda could hand over.
Four Vietnamese files: the voters' ballot on merging communes in Windows-1258 with semicolons and
headers without diacritics (the hamlet, the polling area, the opinion, whether the ballot was
brought home, the officer, the ballot number); the lease of public land in Excel (the plot, the
map sheet, the field's name, the area, the use, the term, the winning price, the contract, its
end); a garment factory's applicants in UTF-16 with tabs (the post, the schooling, how they heard
of the job, a relative to call and the relative's phone, the interview's result); and homemade
three-wheelers in UTF-8 with a BOM and semicolons (the kind of vehicle, what it carried, the
engine number, the years in use, the support paid, what the owner means to do next, the status).
Five foreign files: Pensión 65 with Spanish and Quechua headers (the DNI and its check character,
the paternal and maternal surnames, the street, district and province, the socio-economic
classification, the paying agency, the proxy who collects, the status); a mining cooperative's
members (the carnet, its complement and where it was issued, the address, the section, the
post, the NUA and its AFP, the dues, the heir); a savings cooperative's members (the cédula with
its modulo-10 digit and the RUC built on it, the member number, the civil status and spouse, the
street, parish and canton, the product and balance); the register of victims (document type
and number, two first names and two surnames, ethnicity, the victimising event with where and
when it happened, the declaration form, the status, the street and city of residence); and a
housing mission's awards (the cédula, the RIF with its modulo-11 digit, the family load, the
current address, parish, municipality and state, the flat awarded, the communal council).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind144_writers import WRITERS_BLIND144
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND144: tuple[Shape, ...] = (
    _shape(
        "tong_hop_phieu_lay_y_kien_cu_tri_sap_nhap_xa_vn144",
        "STT=row | Ho va ten cu tri=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So dinh danh=cccd | Thon/xom=-:mg_hamlet144"
        " | Khu vuc bo phieu=-:mg_booth144 | So phieu=-:mg_ballot144"
        " | Y kien (Dong y/Khong dong y)=-:mg_opinion144 | Hinh thuc lay y kien=-:mg_way144"
        " | Nguoi phat phieu=-:mg_officer144 | Ngay lay y kien=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "dau_gia_thue_dat_cong_ich_5_phan_tram_xa_vn144",
        "TT=row | Họ tên người trúng đấu giá=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Nơi thường trú=address | SĐT=phone | Thửa số=-:ld_plot144"
        " | Tờ BĐ số=-:ld_sheet144 | Xứ đồng=-:ld_field144 | Diện tích (m²)=-:ld_area144"
        " | Mục đích sử dụng=-:ld_use144 | Thời hạn thuê=-:ld_term144"
        " | Giá trúng (đ/năm)=-:ld_price144 | Số HĐ=-:ld_contract144"
        " | Ngày ký HĐ=date@%d/%m/%Y | Ngày hết hạn=-:ld_end144",
        file="xlsx",
    ),
    _shape(
        "ung_vien_tuyen_cong_nhan_cong_ty_may_vn144",
        "STT=row | Ngày nộp hồ sơ=date@%d/%m/%Y | Họ và tên=full_name | NS=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Quê quán / Thường trú=address | ĐT=phone"
        " | Trình độ VH=-:gm_school144 | Vị trí ứng tuyển=-:gm_post144"
        " | Kinh nghiệm (năm)=-:gm_years144 | Biết tin qua=-:gm_source144"
        " | Người thân liên hệ=-:gm_kin144 | SĐT người thân=-:gm_kin_phone144"
        " | KQ phỏng vấn=-:gm_result144",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_xe_ba_gac_tu_che_giao_nop_ho_tro_phuong_vn144",
        "TT=row | Họ tên chủ phương tiện=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Loại phương tiện=-:ct_kind144 | Mục đích sử dụng=-:ct_use144"
        " | Số máy=-:ct_engine144 | Số năm sử dụng=-:ct_years144"
        " | Ngày giao nộp=date@%d/%m/%Y | Mức hỗ trợ (đồng)=-:ct_amount144"
        " | Nhu cầu chuyển đổi nghề=-:ct_wish144 | Tình trạng=-:ct_status144",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padron_usuarios_pension65_ayacucho_pe144",
        "N°=row | DNI=national_id:dni_pe144 | Dígito=-:dni_dv144"
        " | Apellido Paterno / Taytanpa sutin=family_name:pe_pat144"
        " | Apellido Materno / Mamanpa sutin=-:pe_mat144"
        " | Nombres / Sutikuna=given_name:pe_given144"
        " | Fecha de Nacimiento / Paqarisqan p'unchaw=birth_date@%d/%m/%Y | Sexo=sex:sex_pe144"
        " | Domicilio / Tiyasqan=street:pe_street144 | Distrito=district:pe_district144"
        " | Provincia=-:pe_province144 | Celular=phone:pe_phone144"
        " | Clasificación SISFOH=-:pe_cse144 | Punto de pago=-:pe_pay144"
        " | Autorizado de cobro=-:pe_proxy144 | Fecha de afiliación=date@%d/%m/%Y"
        " | Estado=-:pe_state144",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "socios_cooperativa_minera_potosi_bo144",
        "Nro.=row | C.I.=national_id:ci_bo144 | Compl.=-:bo_comp144 | Exp.=-:bo_exp144"
        " | Paterno=family_name:bo_pat144 | Materno=-:bo_mat144 | Nombres=given_name:bo_given144"
        " | F. Nac.=birth_date@%d/%m/%Y | Género=sex:sex_bo144 | Domicilio=address:bo_addr144"
        " | Cel.=phone:bo_phone144 | Sección / Bocamina=-:bo_section144 | Cargo=-:bo_post144"
        " | NUA/CUA=-:bo_nua144 | AFP=-:bo_afp144 | Aporte mensual Bs.=-:bo_dues144"
        " | Fecha de ingreso=date@%d/%m/%Y | Derechohabiente=-:bo_heir144",
        english=True,
        file="xlsx",
    ),
    _shape(
        "socios_cooperativa_ahorro_credito_chimborazo_ec144",
        "N°=row | No. Socio=-:ec_member144 | Cédula de identidad=national_id:cedula_ec144"
        " | RUC=-:ec_ruc144 | Apellidos=family_name:ec_family144 | Nombres=given_name:ec_given144"
        " | Fecha nacimiento=birth_date@%Y-%m-%d | Estado civil=-:ec_civil144"
        " | Cónyuge=-:ec_spouse144 | Dirección domicilio=street:ec_street144"
        " | Parroquia=suburb:ec_parish144 | Cantón=district:ec_canton144"
        " | Celular=phone:ec_phone144 | Correo=email | Producto=-:ec_product144"
        " | Certificado de aportación USD=-:ec_share144 | Saldo USD=-:ec_balance144"
        " | Fecha apertura=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "registro_unico_victimas_ruv_co144",
        "CONSECUTIVO=row | TIPO_DOCUMENTO=-:co_doctype144 | DOCUMENTO=national_id:cc_co144"
        " | PRIMER_NOMBRE=given_name:co_first144 | SEGUNDO_NOMBRE=-:co_second144"
        " | PRIMER_APELLIDO=family_name:co_last1_144 | SEGUNDO_APELLIDO=-:co_last2_144"
        " | FECHA_NACIMIENTO=birth_date@%d/%m/%Y | SEXO=sex:sex_co144"
        " | ETNIA=-:co_ethnic144 | HECHO=-:co_event144 | FECHA_OCURRENCIA=date@%d/%m/%Y"
        " | MUNICIPIO_OCURRENCIA=-:co_event_mun144 | DEPTO_OCURRENCIA=-:co_event_dep144"
        " | NUM_FUD=-:co_fud144 | ESTADO=-:co_state144"
        " | DIRECCION_RESIDENCIA=street:co_street144 | MUNICIPIO_RESIDENCIA=district:co_city144"
        " | TELEFONO=phone:co_phone144",
        english=True,
    ),
    _shape(
        "adjudicatarios_gran_mision_vivienda_ve144",
        "N°=row | Cédula=national_id:cedula_ve144 | RIF=-:rif_ve144"
        " | Nombres y Apellidos=full_name:ve_name144 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ve144 | Edo. Civil=-:ve_civil144 | Carga Familiar=-:ve_load144"
        " | Teléfono=phone:ve_phone144 | Dirección Actual=address:ve_addr144"
        " | Parroquia=suburb:ve_parish144 | Municipio=district:ve_mun144"
        " | Estado=state:ve_state144 | Vivienda Asignada=-:ve_unit144"
        " | Consejo Comunal=-:ve_cc144 | Fecha de Adjudicación=date@%d/%m/%Y"
        " | Estatus=-:ve_status144",
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
    "dni_pe144",
    "ci_bo144",
    "cedula_ec144",
    "cc_co144",
    "cedula_ve144",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pe144", "sex_bo144", "sex_co144", "sex_ve144")
NAME_HOLDS = frozenset(
    {"pe_pat144", "pe_given144", "bo_pat144", "bo_given144", "ec_family144", "ec_given144"}
    | {"co_first144", "co_last1_144", "ve_name144"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "pe_phone144",
    "bo_phone144",
    "ec_phone144",
    "co_phone144",
    "ve_phone144",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bo_addr144", "ve_addr144")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND144",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND144",
]
