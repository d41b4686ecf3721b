"""The hundred-and-thirty-second part of the outside corpus, **blind 132** (written 20:06 UTC,
2026-12-06, never used for tuning): person files a commune's social affairs officer paying social
allowances into bank accounts, a commune police station registering electric motorbikes, a tax
sub-department assessing the non-agricultural land-use tax, the social policy bank lending to
students' households, a Cuban municipal labour office, the Dominican transit authority, Puerto
Rico's labour department, Panama's social development ministry and the Honduran social security
institute could hand over.
Four Vietnamese files: social allowances paid through bank accounts in Excel (the kind of
beneficiary, the monthly amount, the account number and bank, whether the owner or a guardian
holds it, the guardian's name); electric motorbikes registered at the commune police in
Windows-1258 with semicolons and headers without diacritics (the file number, the brand, model
and colour, the frame and motor numbers, the plate, the officer); the non-agricultural land-use
tax roll in UTF-16 with tabs (the tax code, the plot's address, map sheet and number, its area and
use, the tax, the status, the due date, the address the notice goes to); and student loans in
UTF-8 with a BOM and semicolons (the household head who borrows, the student and the university,
the kind of household, the contract, the amount and term, the savings group and its head).
Five foreign files: a Cuban register of self-employed workers' licences (the carné de identidad
with the birth date in it, the street between its corners, the reparto, municipality and province,
the activity, the licence, the monthly fee, the status); Dominican driving licences (the cédula
with its Luhn digit, blood type, category, street, sector, municipality and province, issue and
expiry, the driving school, restrictions); Puerto Rican unemployment claims with Spanish/English
headers (the SSN, the claim number, the postal address, the last employer, the separation date and
reason, the weekly benefit); Panama's 120 at 65 pension roll (the cédula, province, district,
corregimiento and place, the payment form and place, the amount, a person authorised to collect);
and the Honduran IHSS register of insured workers (the DNI with the municipality code, the
affiliation number, the employer and its RTN, the salary, the regime, the colonia, municipality and
department, a beneficiary).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind132_writers import WRITERS_BLIND132
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND132: tuple[Shape, ...] = (
    _shape(
        "chi_tra_tro_cap_xa_hoi_qua_tai_khoan_ngan_hang_vn132",
        "STT=row | Họ và tên đối tượng=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Diện đối tượng=-:tcxh_kind132"
        " | Mức TCXH hàng tháng (đồng)=-:tcxh_amount132 | Số tài khoản=-:tcxh_account132"
        " | Mở tại ngân hàng=-:tcxh_bank132 | Chủ TK=-:tcxh_owner132"
        " | Họ tên người giám hộ=-:tcxh_guardian132 | Hưởng từ ngày=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "dang_ky_xe_may_dien_cong_an_xa_vn132",
        "STT=row | So ho so=-:ebike_file132 | Ten chu xe=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d-%m-%Y | So DDCN=cccd | Noi thuong tru=address:address_ascii"
        " | SDT=phone:phone_dotted | Nhan hieu=-:ebike_brand132 | So loai=-:ebike_model132"
        " | Mau son=-:ebike_colour132 | So khung=-:ebike_frame132 | So may=-:ebike_motor132"
        " | Bien so=-:ebike_plate132 | Ngay dang ky=date@%d/%m/%Y"
        " | CB dang ky=-:ebike_officer132",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_bo_thue_su_dung_dat_phi_nong_nghiep_vn132",
        "TT=row | MST=mst | Tên người nộp thuế=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Địa chỉ thửa đất=-:plot_addr132 | Tờ BĐ số=-:plot_sheet132"
        " | Thửa số=-:plot_no132 | DT (m2)=-:plot_area132 | Mục đích SD=-:plot_use132"
        " | Số thuế phải nộp (đ)=-:plot_tax132 | Hạn nộp=-:plot_due132"
        " | Tình trạng=-:plot_status132 | Địa chỉ nhận thông báo thuế=address"
        " | Ngày lập bộ=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cho_vay_hoc_sinh_sinh_vien_nhcsxh_vn132",
        "STT=row | Họ tên người vay (chủ hộ)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ=address | SĐT=phone"
        " | Họ tên HSSV=-:loan_student132 | Trường đang học=-:loan_uni132"
        " | Đối tượng vay=-:loan_kind132 | Số HĐ/KUNN=-:loan_contract132"
        " | Số tiền vay (đ)=-:loan_amount132 | Ngày giải ngân=date@%d/%m/%Y"
        " | Hạn trả cuối=-:loan_until132 | Tổ TK&VV=-:loan_group132"
        " | Tổ trưởng=-:loan_group_head132 | SĐT tổ trưởng=-:loan_group_phone132",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "registro_trabajadores_cuenta_propia_cu132",
        "No.=row | Carné de Identidad=national_id:ci_cu132 | Nombre(s)=given_name:cu_given132"
        " | Apellidos=family_name:cu_family132 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_cu132 | Dirección particular=street:cu_street132"
        " | Reparto=suburb:cu_reparto132 | Municipio=district:cu_muni132"
        " | Provincia=state:cu_prov132 | Actividad autorizada=-:cu_activity132"
        " | No. Licencia=-:cu_licence132 | Fecha de alta=date@%d/%m/%Y"
        " | Cuota mensual (CUP)=-:cu_fee132 | Teléfono=phone:cu_phone132"
        " | Estado=-:cu_status132",
        english=True,
    ),
    _shape(
        "licencias_de_conducir_intrant_do132",
        "No.=row | Cédula=national_id:cedula_do132 | Nombres=given_name:do_given132"
        " | Apellidos=family_name:do_family132 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_do132 | Tipo de Sangre=-:do_blood132 | Categoría=-:do_cat132"
        " | Dirección=street:do_street132 | Sector=suburb:do_sector132"
        " | Municipio=district:do_muni132 | Provincia=state:do_prov132"
        " | Celular=phone:do_phone132 | Fecha Expedición=date@%d/%m/%Y"
        " | Fecha Vencimiento=date:do_until132 | Escuela de Conducir=-:do_school132"
        " | Restricciones=-:do_restr132",
        english=True,
    ),
    _shape(
        "reclamaciones_desempleo_dtrh_pr132",
        "Núm. / No.=row | Reclamación / Claim No.=-:pr_claim132"
        " | Seguro Social / SSN=national_id:ssn_pr132"
        " | Nombre / First Name=given_name:pr_given132"
        " | Apellidos / Last Name=family_name:pr_family132"
        " | Fecha de nacimiento / Date of Birth=birth_date@%m/%d/%Y"
        " | Dirección postal / Mailing Address=address:pr_addr132"
        " | Teléfono / Phone=phone:pr_phone132 | Correo electrónico / Email=email"
        " | Último patrono / Last Employer=-:pr_employer132"
        " | Fecha de separación / Separation Date=date:pr_sep132"
        " | Razón / Reason=-:pr_reason132 | Beneficio semanal / Weekly Benefit=-:pr_weekly132"
        " | Fecha de radicación / Filing Date=date@%m/%d/%Y"
        " | Estatus / Status=-:pr_status132",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "planilla_120_a_los_65_mides_pa132",
        "N°=row | Cédula=national_id:cedula_pa132 | Nombre=given_name:pa_given132"
        " | Apellido=family_name:pa_family132 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_pa132 | Provincia=state:pa_prov132 | Distrito=district:pa_dist132"
        " | Corregimiento=suburb:pa_correg132 | Lugar poblado=street:pa_street132"
        " | Teléfono=phone:pa_phone132 | Forma de pago=-:pa_payment132"
        " | Lugar de pago=-:pa_pay_place132 | Monto=-:pa_amount132"
        " | Autorizado para cobrar=-:pa_proxy132 | Fecha de pago=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "registro_asegurados_ihss_hn132",
        "No.=row | No. Afiliación=-:hn_afil132 | DNI=national_id:dni_hn132"
        " | Nombres=given_name:hn_given132 | Apellidos=family_name:hn_family132"
        " | Fecha Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_hn132"
        " | Colonia/Barrio=suburb:hn_colonia132 | Municipio=district:hn_muni132"
        " | Departamento=state:hn_dept132 | Celular=phone:hn_phone132"
        " | Patrono=-:hn_employer132 | RTN Patrono=-:hn_rtn132"
        " | Fecha de Ingreso=date@%d/%m/%Y | Salario=-:hn_salary132"
        " | Régimen=-:hn_regime132 | Beneficiario=-:hn_benef132",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ci_cu132",
    "cedula_do132",
    "ssn_pr132",
    "cedula_pa132",
    "dni_hn132",
)
SEX_HOLDS: tuple[str, ...] = ("sex_cu132", "sex_do132", "sex_pa132", "sex_hn132")
NAME_HOLDS = frozenset(
    {"cu_given132", "cu_family132", "do_given132", "do_family132", "pr_given132"}
    | {"pr_family132", "pa_given132", "pa_family132", "hn_given132", "hn_family132"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cu_phone132",
    "do_phone132",
    "pr_phone132",
    "pa_phone132",
    "hn_phone132",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pr_addr132",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND132",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND132",
]
