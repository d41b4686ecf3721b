"""The four hundred and forty-fourth part of the outside corpus, **blind 444** (written 02:30 UTC,
2026-12-08, never used for tuning): person files a tax sub-department, an employer's accountant, a
tax team registering family deductions, a tax office collecting platform withholding lists, the
Brazilian Receita Federal, an Indian GST office, the Philippine BIR, the Spanish Agencia Tributaria
and the Kenya Revenue Authority could hand over. Four Vietnamese files: a tax sub-department's list
of household businesses moving off lump-sum tax in 2026 to e-invoices from cash registers, in
Windows-1258 with semicolons (the owner's tax code and CCCD, the shop's address beside the home
address, the trade, the 2025 revenue, the invoice software and symbol, the tax team); a list of
employees authorising their employer to settle personal income tax, in Excel (the employer and its
tax code, taxable income, tax withheld, the number of dependants, the form, the date signed); a
list of registered dependants for family deductions in UTF-16 with tabs (the taxpayer, the
dependant's name, birth date and identity number, the relation, the month the deduction starts,
the time last updated); and a list of individual online sellers whose tax the platforms withheld,
in UTF-8 with a BOM, semicolons and headers without diacritics (the platform, the shop id, the
revenue, the VAT and income tax withheld, the quarter, the date the platform filed).
Five foreign files: a Brazilian MEI list in Windows-1252 with semicolons (the CPF and the CNPJ
with their mod-11 digits, logradouro/município/UF/CEP, the occupation, the DAS status); an Indian
GST composition dealers list in UTF-8 (the PAN, the GSTIN with its mod-36 check character, the
father's name, birth dates as 05-Mar-1978, the trade name, PIN codes); a Philippine BIR TIN list in
UTF-8 with tabs (the TIN with its branch code, last/first/middle names, US-style dates, the RDO);
a Spanish modelo 036 list in Latin-1 with semicolons (the NIF with its DNI letter, two surnames,
the domicilio fiscal, the IAE heading, the reason for filing); and a Kenyan iTax list in Excel (the
national ID number, the KRA PIN, the P.O. Box address, the tax obligation and station).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind444_writers import WRITERS_BLIND444
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND444: tuple[Shape, ...] = (
    _shape(
        "hkd_chuyen_doi_thue_khoan_hddt_mtt_vn444",
        "STT=row | Tên chủ hộ kinh doanh=full_name | Mã số thuế=mst | Số CCCD chủ hộ=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ thường trú=address"
        " | Địa điểm kinh doanh=-:shop_addr444 | Ngành nghề KD=-:trade444"
        " | Doanh thu năm 2025 (đồng)=-:revenue444 | Phần mềm HĐĐT từ MTT=-:software444"
        " | Ký hiệu HĐ=-:invoice_pattern444 | Ngày đăng ký=date@%d/%m/%Y"
        " | Đội thuế quản lý=-:team444 | Điện thoại=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "uy_quyen_quyet_toan_tncn_2025_vn444",
        "STT=row | Họ và tên người lao động=full_name | MST cá nhân=mst | Số CCCD/ĐDCN=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Tổ chức chi trả thu nhập=-:employer444 | MST tổ chức chi trả=-:employer_mst444"
        " | Tổng TNCT (đ)=-:income444 | Số thuế TNCN đã khấu trừ (đ)=-:withheld444"
        " | Số NPT=-:dependants444 | Mẫu ủy quyền=-:auth_form444 | Ngày ký=date@%d/%m/%Y"
        " | Email=email",
        file="xlsx",
    ),
    _shape(
        "dang_ky_nguoi_phu_thuoc_gtgc_vn444",
        "STT=row | Họ tên NNT=full_name | MST NNT=mst | CCCD NNT=cccd:cccd_spaced"
        " | Ngày sinh NNT=birth_date@%d/%m/%Y | Họ tên người phụ thuộc=-:dep_name444"
        " | Ngày sinh NPT=-:dep_birth444 | Số ĐDCN NPT=-:dep_cccd444"
        " | Quan hệ với NNT=-:relation444 | Tháng bắt đầu giảm trừ=-:deduct_from444"
        " | Địa chỉ cư trú=address | SĐT=phone | Thời điểm cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ca_nhan_ban_hang_san_tmdt_khau_tru_vn444",
        "STT=row | Ho va ten nguoi ban=full_name:full_name_ascii | So dinh danh ca nhan=cccd"
        " | Ngay sinh=birth_date@%Y-%m-%d | Dia chi=address | San TMDT=-:platform444"
        " | Ma gian hang=-:shop_id444 | Doanh thu (VND)=-:gmv444"
        " | Thue GTGT khau tru 1%=-:vat444 | Thue TNCN khau tru 0,5%=-:pit444"
        " | Ky tinh thue=-:quarter444 | Ngay san nop=date@%Y-%m-%d | SDT=phone | Email=email",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mei_cadastro_br444",
        "Nº=row | Nome completo=full_name:br_name444 | CPF=national_id:cpf_br444"
        " | CNPJ=-:cnpj_br444 | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br444"
        " | Logradouro=street:street_br444 | Município=district:city_br444 | UF=state:uf_br444"
        " | CEP=postcode:cep_br444 | Telefone=phone:phone_br444 | Ocupação=-:activity_br444"
        " | Data de abertura=date@%d/%m/%Y | Situação DAS=-:das_br444",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "gst_composition_dealers_in444",
        "Sr. No.=row | GSTIN=-:gstin_in444 | PAN=national_id:pan_in444"
        " | First Name=given_name:in_given444 | Surname=family_name:in_family444"
        " | Father's Name=-:in_father444 | Date of Birth=birth_date@%d-%b-%Y"
        " | Gender=sex:sex_in444 | Trade Name=-:trade_in444"
        " | Residential Address=address:addr_in444 | State=state:state_in444"
        " | PIN Code=postcode:pin_in444 | Mobile No.=phone:phone_in444 | Email ID=email"
        " | Composition w.e.f.=date@%d-%b-%Y | Aggregate Turnover (Rs.)=-:turnover_in444",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bir_tin_registrants_ph444",
        "No.=row | TIN=national_id:tin_ph444 | Last Name=family_name:ph_family444"
        " | First Name=given_name:ph_given444 | Middle Name=-:ph_middle444"
        " | Birthdate=birth_date@%m/%d/%Y | Sex=sex:sex_ph444"
        " | Registered Address=address:addr_ph444 | RDO Code=-:rdo_ph444"
        " | Mobile No.=phone:phone_ph444 | Email Address=email"
        " | Taxpayer Type=-:status_ph444 | Date of Registration=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "modelo_036_declaraciones_censales_es444",
        "Nº orden=row | NIF=national_id:nif_es444 | Nombre=given_name:es_given444"
        " | Primer apellido=family_name:es_ape1_444 | Segundo apellido=-:es_ape2_444"
        " | Fecha nacimiento=birth_date@%d/%m/%Y | Domicilio fiscal=street:street_es444"
        " | C.P.=postcode:cp_es444 | Municipio=district:muni_es444"
        " | Provincia=state:prov_es444 | Teléfono=phone:phone_es444"
        " | Epígrafe IAE=-:iae_es444 | Causa de presentación=-:reason_es444"
        " | Fecha de efecto=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "itax_registered_individuals_ke444",
        "S/No=row | ID Number=national_id:ke_id444 | KRA PIN=-:kra_ke444"
        " | Taxpayer Name=full_name:ke_name444 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_ke444 | Postal Address=address:box_ke444"
        " | Town=district:town_ke444 | Mobile Number=phone:phone_ke444 | Email=email"
        " | Tax Obligation=-:obligation_ke444 | Tax Station=-:station_ke444"
        " | Registration Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: the Indian ``05-Mar-1978`` is new.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cpf_br444",
    "pan_in444",
    "tin_ph444",
    "nif_es444",
    "ke_id444",
)
SEX_HOLDS: tuple[str, ...] = ("sex_br444", "sex_in444", "sex_ph444", "sex_ke444")
NAME_HOLDS = frozenset(
    {"br_name444", "in_given444", "in_family444", "ph_family444", "ph_given444"}
    | {"es_given444", "es_ape1_444", "ke_name444"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br444",
    "phone_in444",
    "phone_ph444",
    "phone_es444",
    "phone_ke444",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "shop_addr444",
    "addr_in444",
    "addr_ph444",
    "box_ke444",
    "street_br444",
    "street_es444",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND444",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND444",
]
