"""The three-hundred-and-ninth part of the outside corpus, **blind 309** (written 10:38 UTC,
2026-12-07, never used for tuning): person files a commune's social-affairs officer, a district's
labour and invalids office, a commune's poverty-review board, a commune hit by a storm, Equatorial
Pará, the Vidisha district agriculture office, SASSA's Mthatha local office, BISP's tehsil offices
in southern Punjab and the Bienestar module of the Sierra Norte de Puebla could hand over, in
layouts no other part uses. Four Vietnamese files: a commune's list of social-protection
beneficiaries whose monthly allowance under Decree 20 was raised by Decree 76/2024 in Excel (the
group and clause, the coefficient, the old and the new amounts, the difference, how it is paid and
the child who collects it); a district's list of people with meritorious service given gifts on
27 July in Windows-1258 with semicolons and capital headers (the year of birth only, the kind of
merit, the file number, whose gift and how much, the relative who signs for it); a commune's
poor households found during the year in UTF-16 with tabs (``dd-mm-yyyy`` dates, the household
code, the members, the income per head, the missing basic services, the cause, the result and the
officer who reviewed it); and a commune's emergency rice after a storm in UTF-8 with a byte-order
mark and semicolons (the mouths, the damage, the kilograms, the round and the relative who took it,
with his phone).
Five foreign files: Equatorial Pará's social electricity tariff list in Windows-1252 with
semicolons and Portuguese headers (the consumer unit, the ``CPF`` and the CadÚnico ``NIS`` with
their mod 11 checks, capital names, ``Passagem Mucajá, 412, Guamá, Belém - PA`` addresses,
``66012-345`` CEPs, ``(91) 98123-4567`` phones, the income per head, the discount band); the
Vidisha PM-KISAN recovery list from ineligible farmers in UTF-8 with Hindi headers (the
registration number, the father or husband, the Aadhaar written ``1234 5678 9012`` with its
Verhoeff check, village and tehsil addresses, ten-digit mobiles, the reason, the instalments, the
sum due and paid, the patwari); SASSA's child support grant applications in Excel with English
headers (the thirteen-digit ID with its Luhn check, ``yyyy-mm-dd`` dates, Mthatha and Libode
addresses, four-digit postal codes, ``072 345 6789`` cells, the child's names, ID and birth date,
the means-test income, the pay point, the outcome); BISP's Taleemi Wazaif enrolments in UTF-8
with a byte-order mark and Urdu headers (the ``12345-1234567-1`` CNIC, ``0300-1234567`` mobiles,
basti, tehsil and district addresses, the child's name and B-form, the school, its EMIS code, the
class, the attendance, the camp site); and the Bienestar disability pension list of Puebla in
Windows-1252 with Spanish headers (the folio, the CURP with its check digit, ``Calle Hidalgo 45,
Barrio San Miguel, Cuetzalan del Progreso, Pue.`` addresses, five-digit C.P., ``233 123 4567``
phones, the disability, the auxiliary person and her CURP, the bimester, the amount, the module).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind309_writers import WRITERS_BLIND309
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND309: tuple[Shape, ...] = (
    _shape(
        "dieu_chinh_muc_tro_cap_xa_hoi_hang_thang_nd76_ubnd_xa_vn309",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Đối tượng (theo Đ5 NĐ20)=-:group309 | Hệ số=-:coef309"
        " | Mức cũ (đồng/tháng)=-:old_amount309 | Mức mới từ 01/7/2024=-:new_amount309"
        " | Chênh lệch=-:diff309 | Hình thức chi trả=-:pay_way309"
        " | Người nhận thay=-:btxh_proxy309 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_co_cong_nhan_qua_ngay_thuong_binh_liet_si_27_7_phong_ldtbxh_vn309",
        "TT=row | HỌ VÀ TÊN=full_name | NĂM SINH=birth_date:birth_year309 | GT=sex"
        " | SỐ CCCD=cccd:cccd_spaced | ĐỊA CHỈ=address | ĐỐI TƯỢNG=-:ncc_kind309"
        " | SỐ HỒ SƠ=-:ncc_file309 | QUÀ CỦA=-:gift_from309 | SỐ TIỀN (đ)=-:gift_amount309"
        " | NGƯỜI NHẬN THAY=-:ncc_proxy309 | KÝ NHẬN=-:signed309 | NGÀY NHẬN=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_ngheo_phat_sinh_trong_nam_ket_qua_ra_soat_ubnd_xa_vn309",
        "STT=row | Mã hộ=-:household309 | Họ tên chủ hộ=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | Số CCCD chủ hộ=cccd"
        " | Địa chỉ thường trú=address | Số ĐT=phone:phone_dotted | Số nhân khẩu=-:members309"
        " | TNBQ (nghìn đ/người/tháng)=-:income309 | Số chỉ số thiếu hụt=-:deficit309"
        " | Nguyên nhân=-:cause309 | Kết quả rà soát=-:result309 | Cán bộ rà soát=-:officer309"
        " | Ngày rà soát=date@%d-%m-%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_nhan_gao_cuu_tro_sau_bao_ubnd_xa_vn309",
        "TT=row | Họ tên chủ hộ=full_name | NS=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ=address | ĐT=phone | Số khẩu=-:mouths309 | Mức độ thiệt hại=-:damage309"
        " | Gạo (kg)=-:rice309 | Đợt cấp=-:round309 | Người nhận thay=-:rice_proxy309"
        " | SĐT người nhận thay=-:rice_proxy_phone309 | Ngày nhận=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "beneficiarios_tarifa_social_energia_eletrica_equatorial_para_br309",
        "Nº=row | UC (Unidade Consumidora)=-:uc_br309 | Nome do Titular=full_name:name_br309"
        " | CPF=national_id:cpf_br309 | NIS (CadÚnico)=-:nis_br309"
        " | Data Nasc.=birth_date@%d/%m/%Y | Sexo=sex:sex_br309"
        " | Endereço da UC=address:address_br309 | CEP=postcode:cep_br309"
        " | Telefone=phone:phone_br309 | Renda per capita (R$)=-:income_br309"
        " | Últ. atualização CadÚnico=date@%d/%m/%Y | Faixa de desconto=-:band_br309"
        " | Situação=-:status_br309",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pm_kisan_apatra_labharthi_vasooli_suchi_krishi_vibhag_vidisha_in309",
        "क्र.=row | पंजीयन क्रमांक=-:reg_in309 | कृषक का नाम=full_name:name_in309"
        " | पिता/पति का नाम=-:father_in309 | लिंग=sex:sex_in309"
        " | जन्म तिथि=birth_date@%d-%m-%Y | आधार नंबर=national_id:aadhaar_in309"
        " | मोबाइल नंबर=phone:phone_in309 | पता=address:address_in309"
        " | अपात्रता का कारण=-:reason_in309 | प्राप्त किश्तें=-:instalments_in309"
        " | वसूली योग्य राशि (₹)=-:due_in309 | जमा राशि (₹)=-:paid_in309"
        " | बैंक खाता=-:account_in309 | नोटिस दिनांक=date@%d-%m-%Y"
        " | हल्का पटवारी=-:patwari_in309",
        english=True,
    ),
    _shape(
        "sassa_child_support_grant_applications_mthatha_local_office_za309",
        "No.=row | Reference No.=-:ref_za309 | Applicant ID No.=national_id:id_za309"
        " | Surname=family_name:za_family309 | First Names=given_name:za_given309"
        " | Date of Birth=birth_date@%Y-%m-%d | Gender=sex:sex_za309"
        " | Residential Address=address:address_za309 | Postal Code=postcode:post_za309"
        " | Cell No.=phone:phone_za309 | Child's Full Names=-:child_za309"
        " | Child's ID / Birth Cert. No.=-:child_id_za309"
        " | Child's Date of Birth=date:child_dob_za309 | Relationship to Child=-:rel_za309"
        " | Monthly Income (R)=-:income_za309 | Pay Point=-:paypoint_za309"
        " | Application Date=date@%Y-%m-%d | Outcome=-:outcome_za309",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bisp_benazir_taleemi_wazaif_enrolment_tehsil_office_punjab_pk309",
        "نمبر شمار=row | سرپرست کا نام=full_name:name_pk309"
        " | شناختی کارڈ نمبر=national_id:cnic_pk309 | تاریخ پیدائش=birth_date@%d-%m-%Y"
        " | جنس=sex:sex_pk309 | موبائل نمبر=phone:phone_pk309 | پتہ=address:address_pk309"
        " | بچے کا نام=-:child_pk309 | ب فارم نمبر=-:bform_pk309 | اسکول کا نام=-:school_pk309"
        " | EMIS کوڈ=-:emis_pk309 | جماعت=-:class_pk309 | حاضری=-:attendance_pk309"
        " | تاریخ اندراج=date@%d-%m-%Y | کیمپ سائٹ=-:camp_pk309",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "padron_pension_bienestar_personas_con_discapacidad_sierra_norte_puebla_mx309",
        "No.=row | Folio=-:folio_mx309 | CURP=national_id:curp_mx309"
        " | Nombre completo=full_name:name_mx309 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mx309 | Domicilio=address:address_mx309 | C.P.=postcode:cp_mx309"
        " | Teléfono=phone:phone_mx309 | Tipo de discapacidad=-:disability_mx309"
        " | Persona auxiliar=-:aux_mx309 | CURP auxiliar=-:aux_curp_mx309"
        " | Bimestre=-:bimester_mx309 | Monto=-:amount_mx309 | Forma de pago=-:payway_mx309"
        " | Fecha de incorporación=date@%d/%m/%Y | Módulo=-:module_mx309",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cpf_br309",
    "aadhaar_in309",
    "id_za309",
    "cnic_pk309",
    "curp_mx309",
)
SEX_HOLDS: tuple[str, ...] = ("sex_br309", "sex_in309", "sex_za309", "sex_pk309", "sex_mx309")
NAME_HOLDS = frozenset(
    {"name_br309", "name_in309", "za_family309", "za_given309", "name_pk309", "name_mx309"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br309",
    "phone_in309",
    "phone_za309",
    "phone_pk309",
    "phone_mx309",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "address_br309",
    "address_in309",
    "address_za309",
    "address_pk309",
    "address_mx309",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND309",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND309",
]
