"""The four-hundred-and-forty-ninth part of the outside corpus, **blind 449** (written 02:27 UTC,
2026-12-08, never used for tuning): person files a commune's committee, a coastal ward, a building
contractor, a social housing developer, INFONAVIT, a Brazilian city's housing department, a
Chilean SERVIU, a South African provincial housing department and a Colombian housing fund could
hand over. Four Vietnamese files: a commune's list of poor households receiving house-building
support in UTF-16 with tabs (the kind of house, its floor area, the support amount and its
source, the builders' team and its leader's phone, the stage of the work, the decision number);
a coastal ward's list of houses repaired after a storm in Windows-1258 with semicolons (the
storm, the damage, the repair cost, the repair status, the inspector, the inspection date); a
contractor's list of building workers on a site in Excel (the trade, the team leader and his
phone, the daily wage, the days worked, the safety card, the site); and a social housing
developer's list of buyers paying by installments in UTF-8 with a BOM and semicolons (the
apartment, the contract, the price, the installments paid, the balance, the next due date, the
co-signer, the last update).
Five foreign files: a Mexican INFONAVIT credit list in UTF-8 (both surnames and the names apart,
the NSS with its Luhn digit, the CURP with its check digit, the street with number and colonia,
the municipio, the state, the C.P., the employer, the credit number, kind and amount); a
Brazilian Minha Casa Minha Vida list in Windows-1252 with semicolons (the CPF and NIS with their
check digits, the address with bairro, the city, the UF, the CEP, the income band, the family
income, the housing estate, the status); a Chilean SERVIU subsidy list in Excel (the RUT with
its mod-11 digit, the name in capitals, the street, the comuna and región, the +56 mobile, the
programme, the UF amount, the RSH bracket, the spouse's RUT); a South African RDP housing list
in UTF-8 with tabs (the 13-digit ID with its Luhn digit, surname and first names, the stand and
township, the town, the province, the postal code, the cell, the reference, the income, the
dependants, the status); and a Colombian Mi Casa Ya list in UTF-16 with semicolons (the cédula
with or without dots, both surnames, the names, the address in Cra/Calle form, the municipio and
departamento, the mobile, the caja de compensación, the bank, the subsidy and its state).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind449_writers import WRITERS_BLIND449
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND449: tuple[Shape, ...] = (
    _shape(
        "ho_ngheo_ho_tro_xay_nha_vn449",
        "STT=row | Họ tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi cư trú=address:home449 | Loại nhà=-:house449"
        " | Diện tích (m²)=-:area449 | Mức hỗ trợ (đồng)=-:support449 | Nguồn vốn=-:source449"
        " | Đơn vị/người thi công=-:builder449 | SĐT thợ=-:builder_phone449"
        " | Tiến độ=-:stage449 | Số QĐ=-:decision449 | Ngày khởi công=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nha_sua_chua_sau_bao_vn449",
        "TT=row | Ho va ten chu nha=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | CCCD so=cccd:cccd_spaced | Dia chi nha=address:coast449 | Dien thoai=phone"
        " | Con bao=-:storm449 | Muc do thiet hai=-:damage449 | Kinh phi sua (VND)=-:cost449"
        " | Tinh trang=-:repair449 | Can bo kiem tra=-:inspector449"
        " | Ngay kiem tra=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_xay_dung_cong_truong_vn449",
        "STT=row | Họ và tên công nhân=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Giới tính=sex | CCCD=cccd | Quê quán/Nơi ở=address | SĐT=phone"
        " | Nghề=-:trade449 | Tổ trưởng=-:lead449 | SĐT tổ trưởng=-:lead_phone449"
        " | Đơn giá ngày công (đ)=-:wage449 | Số công=-:days449 | Thẻ ATLĐ=-:card449"
        " | Công trình=-:site449 | Ngày vào làm=date@%d.%m.%Y",
        file="xlsx",
    ),
    _shape(
        "mua_nha_tra_gop_noxh_vn449",
        "STT=row | Khách hàng=full_name | Ngày sinh=birth_date@%Y-%m-%d | Số định danh=cccd"
        " | Địa chỉ thường trú=address | Di động=phone | Email=email | Căn hộ=-:apt449"
        " | Số HĐ=-:contract449 | Ngày ký HĐ=date@%Y-%m-%d | Giá bán (đ)=-:price449"
        " | Đã trả=-:paid449 | Dư nợ còn lại=-:left449 | Hạn trả kỳ tới=-:due449"
        " | Người đồng vay=-:cosigner449 | Cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "acreditados_infonavit_mx449",
        "No.=row | Apellido paterno=family_name:mx_pat449 | Apellido materno=-:mx_mat449"
        " | Nombre(s)=given_name:mx_given449 | NSS=-:mx_nss449 | CURP=national_id:mx_curp449"
        " | Sexo=sex:sex_mx449 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Calle y número, colonia=address:mx_addr449 | Municipio=district:mx_town449"
        " | Estado=state:mx_state449 | C.P.=postcode:mx_cp449 | Teléfono=phone:phone_mx449"
        " | Patrón=-:mx_employer449 | Núm. de crédito=-:mx_credit449"
        " | Tipo de crédito=-:mx_kind449 | Monto otorgado=-:mx_amount449"
        " | Fecha de formalización=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiarios_mcmv_br449",
        "Nº=row | Nome do titular=full_name:br_name449 | CPF=national_id:br_cpf449"
        " | NIS=-:br_nis449 | Sexo=sex:sex_br449 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Endereço=address:br_addr449 | Município=district:br_city449 | UF=state:br_uf449"
        " | CEP=postcode:br_cep449 | Telefone=phone:phone_br449 | Faixa=-:br_faixa449"
        " | Renda familiar=-:br_renda449 | Empreendimento=-:br_emp449"
        " | Situação=-:br_status449 | Data da seleção=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "subsidios_serviu_cl449",
        "N°=row | RUN=national_id:cl_rut449 | NOMBRE COMPLETO=full_name:cl_name449"
        " | SEXO=sex:sex_cl449 | FECHA NAC.=birth_date@%d-%m-%Y | DIRECCIÓN=street:cl_addr449"
        " | COMUNA=district:cl_comuna449 | REGIÓN=state:cl_region449"
        " | TELÉFONO=phone:phone_cl449 | PROGRAMA=-:cl_program449 | MONTO SUBSIDIO=-:cl_uf449"
        " | TRAMO RSH=-:cl_rsh449 | RUT CÓNYUGE=-:cl_spouse449 | FECHA RESOLUCIÓN=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "rdp_housing_beneficiaries_za449",
        "No=row | ID Number=national_id:za_id449 | Surname=family_name:za_sur449"
        " | First Names=given_name:za_first449 | Gender=sex:sex_za449"
        " | Date of Birth=birth_date@%Y/%m/%d | Residential Address=address:za_addr449"
        " | Town=district:za_town449 | Province=state:za_prov449"
        " | Postal Code=postcode:za_code449 | Cell No=phone:phone_za449"
        " | Application Ref=-:za_ref449 | Monthly Income=-:za_income449"
        " | Dependants=-:za_deps449 | Status=-:za_status449 | Date Registered=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "mi_casa_ya_co449",
        "Item=row | Cédula de ciudadanía=national_id:co_cc449"
        " | Primer apellido=family_name:co_pat449 | Segundo apellido=-:co_mat449"
        " | Nombres=given_name:co_given449 | Sexo=sex:sex_co449"
        " | Fecha de nacimiento=birth_date@%Y-%m-%d | Dirección de residencia=address:co_addr449"
        " | Municipio=district:co_city449 | Departamento=state:co_dpto449"
        " | Celular=phone:phone_co449 | Caja de compensación=-:co_caja449"
        " | Entidad financiera=-:co_bank449 | Valor subsidio=-:co_smmlv449"
        " | Estado=-:co_state449 | Fecha de asignación=date@%Y-%m-%d",
        english=True,
        encoding="utf-16",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "mx_curp449",
    "br_cpf449",
    "cl_rut449",
    "za_id449",
    "co_cc449",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mx449", "sex_br449", "sex_cl449", "sex_za449", "sex_co449")
NAME_HOLDS = frozenset(
    {"mx_pat449", "mx_given449", "br_name449", "cl_name449", "za_sur449", "za_first449"}
    | {"co_pat449", "co_given449"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx449",
    "phone_br449",
    "phone_cl449",
    "phone_za449",
    "phone_co449",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home449",
    "coast449",
    "mx_addr449",
    "br_addr449",
    "za_addr449",
    "co_addr449",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND449",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND449",
]
