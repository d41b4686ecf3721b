"""The two-hundred-and-tenth part of the outside corpus, **blind 210** (written 04:47 UTC,
2026-12-07, never used for tuning): person files a ward's police, a district's urban management
office, a commune's veterinary station, a provincial eye hospital, a Chiapas crafts house, a
Guatemalan coffee estate's social security clerk, a Honduran city market, a Cuban municipal
housing office and Puerto Rico's housing department could hand over. Four Vietnamese files: the
households of a neighbourhood fire-safety group that were handed a small fire extinguisher, in
UTF-16 with tabs (the group, the kind of house, how many and which extinguishers, the serial, who
signed for them, the officer); the households that asked to dig up a pavement or a lane to join
the drain, in Windows-1258 with semicolons (the file number, where and how big the trench is, the
surface, the days, the builder, the deposit, the permit date and the day the surface must be put
back); the pig farmers who restocked after African swine fever and had the pigs vaccinated, in
UTF-8 with a BOM and tabs (the herd, the piglets, where they came from, the vaccine and its lot,
the vet, the ear tags); and the old people given free reading glasses by an eye hospital's
outreach team at a commune health station, in Excel (the sight of each eye, the lens power, other
eye disease, the referral, the doctor, the relative to call).
Five foreign files: a Chiapas crafts house's register of Tsotsil and Tseltal weavers, in UTF-8
with Spanish headers and Tsotsil words beside some (the two surnames apart, the CURP, the
language, the village and the municipality, the technique, the cooperative and its leader, the
artisan card); a Guatemalan coffee estate's IGSS affiliation list, in UTF-8 with a BOM and
semicolons (the affiliation number, the DPI's CUI, the estate's employer number, the job, the
daily wage in quetzales, the beneficiary); a San Pedro Sula market's stall holders, in Excel
(the stall, the DNI and the RTN, the trade, the monthly rent in lempiras, the arrears, the
contract); a Cuban municipal housing office's list of people granted a subsidy to build or mend
their home, in Windows-1252 with semicolons (the carné that holds the birth date, the Consejo
Popular, the work, the amount in CUP, the household, the workplace, the approval); and Puerto
Rico's home repair, reconstruction or relocation programme's applicants, in UTF-8 with English
and Spanish headers (the SSN, the mailing address, the municipio and the zip code, the FEMA
number, the co-applicant, the damage, the path, the case state).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind210_writers import WRITERS_BLIND210
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND210: tuple[Shape, ...] = (
    _shape(
        "ho_gia_dinh_nhan_binh_chua_chay_mini_to_lien_gia_an_toan_pccc_cong_an_phuong_vn210",
        "TT=row | Tổ liên gia ATPCCC=-:group210 | Họ và tên chủ hộ=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | SĐT=phone:phone_spaced | Loại nhà=-:house210 | SL bình=-:ext_count210"
        " | Loại bình=-:ext_type210 | Số seri=-:ext_serial210 | Ngày nhận=date@%d/%m/%Y"
        " | Người ký nhận thay=-:signer210 | CB bàn giao=-:officer210 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_dan_xin_phep_dao_via_he_hem_dau_noi_thoat_nuoc_phong_qldt_quan_vn210",
        "STT=row | Số hồ sơ=-:dig_file210 | Tên người đề nghị=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Vị trí đào=-:dig_spot210 | KT hố đào (D x R x S, m)=-:dig_size210"
        " | Kết cấu mặt=-:surface210 | Số ngày TC=-:dig_days210 | Đơn vị thi công=-:builder210"
        " | Tiền bảo lãnh hoàn trả (đ)=-:deposit210 | Ngày cấp phép=date@%d/%m/%Y"
        " | Hạn hoàn trả mặt bằng=date:restore210 | Tình trạng=-:dig_state210",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_chan_nuoi_tai_dan_lon_tiem_vac_xin_dich_ta_lon_chau_phi_tram_thu_y_xa_vn210",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Ma ho CN=-:farm_code210 | Dia chi=address | SDT=phone:phone_dotted"
        " | Tong dan hien co (con)=-:herd210 | So lon con tai dan=-:piglets210"
        " | Nguon giong=-:breed_src210 | Vac xin=-:vaccine210 | So lo VX=-:vx_lot210"
        " | Ngay tiem=date@%d/%m/%Y | So the tai=-:ear_tag210 | Thu y vien=-:vet210"
        " | Ket qua theo doi 28 ngay=-:follow210",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nguoi_cao_tuoi_cap_kinh_lao_mien_phi_doan_kham_bv_mat_tinh_tai_tram_y_te_xa_vn210",
        "TT=row | Họ tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số CCCD=cccd | Địa chỉ=address | Mã thẻ BHYT=bhyt | TL MP=-:va_right210"
        " | TL MT=-:va_left210 | Độ kính cấp (D)=-:lens210 | Bệnh mắt kèm theo=-:eye_dx210"
        " | Chuyển tuyến=-:referral210 | Ngày khám=date@%d/%m/%Y | BS khám=-:doctor210"
        " | Người nhà=-:kin210 | SĐT người nhà=-:kin_phone210 | Ký nhận=-:signed210",
        file="xlsx",
    ),
    _shape(
        "padron_artesanas_textiles_tsotsil_tseltal_casa_artesanias_chiapas_mx210",
        "No.=row | Folio=-:mx_folio210 | Primer apellido=family_name:mx_pat210"
        " | Segundo apellido=-:mx_mat210 | Sbi / Nombre(s)=given_name:mx_given210"
        " | CURP=national_id:mx_curp210 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:mx_sex210 | Sk'op / Lengua indígena=-:mx_lang210"
        " | Jteklum / Localidad=suburb:mx_loc210 | Municipio=district:mx_muni210"
        " | Teléfono=phone:mx_phone210 | Técnica=-:mx_tech210 | Grupo / Cooperativa=-:mx_group210"
        " | Representante del grupo=-:mx_rep210 | Credencial de artesana=-:mx_card210"
        " | Fecha de registro=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "planilla_afiliacion_igss_finca_cafetalera_patrono_gt210",
        "No.=row | No. de afiliación=-:gt_afil210 | Apellidos=family_name:gt_sur210"
        " | Nombres=given_name:gt_given210 | CUI (DPI)=national_id:gt_cui210"
        " | Fecha nac.=birth_date@%d/%m/%Y | Sexo=sex:gt_sex210 | Residencia=address:gt_addr210"
        " | Municipio=district:gt_muni210 | Departamento=state:gt_dept210"
        " | Teléfono=phone:gt_phone210 | No. patronal=-:gt_employer210 | Puesto=-:gt_job210"
        " | Salario diario (Q)=-:gt_wage210 | Fecha de ingreso=date@%d/%m/%Y"
        " | Beneficiario=-:gt_benef210 | Parentesco=-:gt_kin210",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "registro_locatarios_mercado_municipal_alcaldia_san_pedro_sula_hn210",
        "N°=row | Puesto=-:hn_stall210 | Nombre completo del locatario=full_name:hn_name210"
        " | Identidad=national_id:hn_dni210 | RTN=-:hn_rtn210"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:hn_sex210"
        " | Domicilio=address:hn_addr210 | Celular=phone:hn_phone210 | Giro=-:hn_trade210"
        " | Canon mensual (L.)=-:hn_rent210 | Mora (L.)=-:hn_arrears210"
        " | Inicio de contrato=date@%d/%m/%Y | Vence=date:hn_until210"
        " | Suplente=-:hn_deputy210 | Observaciones=-:hn_note210",
        english=True,
        file="xlsx",
    ),
    _shape(
        "subsidios_acciones_constructivas_direccion_municipal_vivienda_cu210",
        "No.=row | Nombre(s) y apellidos=full_name:cu_name210"
        " | Carné de identidad=national_id:cu_ci210 | Sexo=sex:cu_sex210"
        " | Dirección particular=address:cu_addr210 | Consejo Popular=suburb:cu_cp210"
        " | Municipio=district:cu_muni210 | Teléfono=phone:cu_phone210"
        " | Acción constructiva=-:cu_work210 | Monto aprobado (CUP)=-:cu_amount210"
        " | Integrantes del núcleo=-:cu_household210 | Centro de trabajo=-:cu_job210"
        " | Acuerdo CAM=-:cu_resolution210 | Fecha de aprobación=date@%d/%m/%Y"
        " | Estado de la obra=-:cu_state210",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "r3_home_repair_reconstruction_relocation_applicants_vivienda_pr210",
        "#=row | Case ID=-:pr_case210"
        " | Applicant Name / Nombre del solicitante=full_name:pr_name210"
        " | SSN / Seguro Social=national_id:pr_ssn210"
        " | Date of Birth / Fecha de nacimiento=birth_date@%m/%d/%Y"
        " | Mailing Address / Dirección postal=address:pr_addr210"
        " | Municipio=district:pr_muni210 | Zip Code=postcode:pr_zip210"
        " | Phone / Teléfono=phone:pr_phone210 | Email=email"
        " | Co-Applicant / Co-solicitante=-:pr_coapp210 | FEMA Registration #=-:pr_fema210"
        " | Damage Estimate ($)=-:pr_damage210 | Program Path / Vía=-:pr_path210"
        " | Application Date / Fecha de solicitud=date@%m/%d/%Y | Case Status=-:pr_status210",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "mx_curp210",
    "gt_cui210",
    "hn_dni210",
    "cu_ci210",
    "pr_ssn210",
)
SEX_HOLDS: tuple[str, ...] = ("mx_sex210", "gt_sex210", "hn_sex210", "cu_sex210")
NAME_HOLDS = frozenset(
    {
        "mx_pat210",
        "mx_given210",
        "gt_sur210",
        "gt_given210",
        "hn_name210",
        "cu_name210",
        "pr_name210",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "mx_phone210",
    "gt_phone210",
    "hn_phone210",
    "cu_phone210",
    "pr_phone210",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("gt_addr210", "hn_addr210", "cu_addr210", "pr_addr210")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND210",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND210",
]
