"""The seventy-sixth part of the outside corpus, **blind 76** (written 14:18 UTC, 2026-12-06,
never used for tuning): person files a ward's police, a commune's forest owners' board, a
provincial centre for disease control, a district's land office, Mozambique's social action
institute, Angola's social support fund, a Botswana district council, Eswatini's social welfare
department and Liberia's social protection ministry could hand over. Four Vietnamese files: a
ward's list of citizens re-issued a card (cấp đổi CCCD) in Excel (the old nine-digit CMND with its
issue date and place, the personal identification number, the reason, the appointment date, how
the card is handed back, the officer who took the request); a commune's forest protection
contracts (khoán bảo vệ rừng) in Windows-1258 with semicolons (the birth year alone, the
ethnicity, the village, the sub-zone, compartment and plot, the area in hectares, the kind of
forest, the price per hectare and the payment, the contract); a centre for disease control's
tuberculosis register (bệnh nhân lao) in UTF-16 with tabs (the registration number, the
classification, the Xpert result, the regimen, the treatment start, the HIV status, the DOT
supervisor with his relation and phone, the outcome); and a district's residential land
allocations (giao đất ở) in UTF-8 with a BOM and unaccented headers (the spouse's name, birth
year and CCCD, the parcel and map sheet, the plot's address, the area, the land-use fee, the
decision).
Five foreign files: a Mozambican basic social subsidy list in UTF-8 with semicolons and
Portuguese headers (the BI of twelve digits and a letter, the bairro, quarteirão and house in one
column, the district and province, the substitute who collects, the monthly amount in meticais);
an Angolan cash-transfer list in Excel with Portuguese headers (the BI like 000123456LA042 and
its issue date, the civil status, the birthplace, the province, município and bairro, the father
and the mother, the household's members); a Botswana public-works register in UTF-8 with
English/Setswana headers (the nine-digit Omang whose fifth digit gives the sex, the village, ward
and district, the next of kin, the project site, the days worked and the wage in pula); an
Eswatini old age grant list in UTF-8 with tabs and English/siSwati headers (the thirteen-digit
PIN opening with the birth date, the umphakatsi, inkhundla and region, the payment point, the
alternate collector, the status); and a Liberian social cash transfer list in UTF-8 with a BOM
(the national ID number in groups, US-style dates, the county, district and community, the
mobile-money phone, the alternate receiver, remarks in Liberian English).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind76_writers import WRITERS_BLIND76
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND76: tuple[Shape, ...] = (
    _shape(
        "cap_doi_cccd_vn76",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CMND cũ=cmnd | Ngày cấp CMND=date:cmnd_issued76 | Nơi cấp=-:cmnd_place76"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address"
        " | Lý do cấp đổi=-:reissue_reason76 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Ngày hẹn trả=date:appoint76 | Hình thức nhận=-:delivery76 | SĐT liên hệ=phone"
        " | Cán bộ tiếp nhận=-:officer76 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "khoan_bao_ve_rung_vn76",
        "TT=row | Họ tên chủ hộ nhận khoán=full_name | Năm sinh=birth_date:birth_year76"
        " | Dân tộc=-:ethnic76 | Số CCCD=cccd | Thôn/bản=-:village76"
        " | Địa chỉ=address:addr_forest76 | Tiểu khu=-:subzone76 | Khoảnh=-:compartment76"
        " | Lô=-:forest_plot76 | Diện tích (ha)=-:area_ha76 | Loại rừng=-:forest_kind76"
        " | Đơn giá (đ/ha/năm)=-:unit_price76 | Thành tiền (đồng)=-:payment76"
        " | Số HĐ khoán=-:contract76 | Ngày ký HĐ=date@%d/%m/%Y | SĐT=phone:phone_dotted"
        " | Ký nhận=-:none",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_lao_vn76",
        "STT=row | Số ĐK điều trị=-:tb_reg76 | Họ và tên BN=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | CCCD=cccd:cccd_spaced | Địa chỉ=address"
        " | SĐT BN=phone | Phân loại=-:tb_class76 | KQ Xpert=-:xpert76"
        " | Phác đồ điều trị=-:regimen76 | Ngày bắt đầu ĐT=date@%d/%m/%Y | TT HIV=-:hiv76"
        " | Người giám sát DOT=-:dot_name76 | Quan hệ với BN=-:dot_relation76"
        " | SĐT người GS=-:dot_phone76 | Nơi điều trị=-:tb_unit76"
        " | Kết quả điều trị=-:tb_outcome76 | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "giao_dat_o_vn76",
        "TT=row | Ho va ten nguoi duoc giao dat=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi thuong tru=address | Ho ten vo/chong=-:spouse76"
        " | Nam sinh vo/chong=-:spouse_year76 | CCCD vo/chong=-:spouse_cccd76"
        " | Doi tuong=-:land_object76 | Thua dat so=-:parcel76 | To ban do so=-:map_sheet76"
        " | Dien tich (m2)=-:land_area76 | Dia chi thua dat=-:plot_addr76"
        " | Tien SDD (dong)=-:land_fee76 | So QD giao dat=-:land_decision76"
        " | Ngay QD=date@%d/%m/%Y | Dien thoai=phone | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "subsidio_social_basico_mz76",
        "N.º de Ordem=row | Código do Beneficiário=-:code_mz76 | Nome Completo=full_name:mz_name76"
        " | N.º do BI=national_id:bi_mz76 | Data de Nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mz76 | Endereço (Bairro, Quarteirão, Casa)=address:addr_mz76"
        " | Distrito=district:district_mz76 | Província=state:province_mz76"
        " | Contacto=phone:phone_mz76 | Agregado Familiar=-:household_mz76"
        " | Nome do Substituto=-:substitute_mz76 | Valor Mensal (MT)=-:amount_mz76"
        " | Data de Inscrição=date@%d/%m/%Y | Observações=-:note_mz76",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "kwenda_agregados_ao76",
        "Nº=row | Código do Agregado=-:hh_ao76 | Nome Completo do Responsável=full_name:ao_name76"
        " | Nº do BI=national_id:bi_ao76 | Data de Emissão do BI=date:bi_issued_ao76"
        " | Data de Nascimento=birth_date@%d-%m-%Y | Género=sex:sex_ao76"
        " | Estado Civil=-:civil_ao76 | Naturalidade=-:birthplace_ao76"
        " | Província=state:province_ao76 | Município=district:municipio_ao76"
        " | Bairro/Aldeia=suburb:bairro_ao76 | Telefone=phone:phone_ao76"
        " | Nome do Pai=-:father_ao76 | Nome da Mãe=-:mother_ao76"
        " | Nº de Membros=-:members_ao76 | Valor (Kz)=-:amount_ao76"
        " | Data do Pagamento=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ipelegeng_register_bw76",
        "No.=row | Omang No. / Nomoro ya Omang=national_id:omang76"
        " | Surname / Sefane=family_name:bw_family76 | First Name / Leina=given_name:bw_given76"
        " | Date of Birth / Letsatsi la Tsalo=birth_date@%Y-%m-%d | Sex / Bong=sex:sex_bw76"
        " | Village / Motse=district:village_bw76 | Ward / Kgotla=suburb:ward_bw76"
        " | District / Kgaolo=state:district_bw76 | Cell No. / Mogala=phone:phone_bw76"
        " | Next of Kin / Wa Losika=-:kin_bw76 | Project Site / Lefelo la Tiro=-:site_bw76"
        " | Days Worked / Malatsi=-:days_bw76 | Wage / Tuelo=-:wage_bw76"
        " | Start Date / Letsatsi la go Simolola=date@%Y-%m-%d"
        " | Supervisor / Mookamedi=-:supervisor_bw76",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "old_age_grant_sz76",
        "No.=row | PIN / Inombolo Yemuntfu=national_id:pin_sz76"
        " | Surname / Sibongo=family_name:sz_family76 | Name(s) / Emabito=given_name:sz_given76"
        " | Date of Birth / Lilanga Lekutalwa=birth_date@%d/%m/%Y | Sex / Bulili=sex:sex_sz76"
        " | Umphakatsi / Chiefdom=suburb:chiefdom_sz76 | Inkhundla=district:inkhundla_sz76"
        " | Region / Sifundza=state:region_sz76 | Cell / Lucingo=phone:phone_sz76"
        " | Payment Point / Indzawo Yekukhokhela=-:paypoint_sz76"
        " | Alternate Collector / Lomelela=-:alternate_sz76 | Grant (E)=-:grant_sz76"
        " | Date Registered=date@%d/%m/%Y | Status / Simo=-:status_sz76",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "social_cash_transfer_lr76",
        "No.=row | Household ID=-:hh_lr76 | Beneficiary Name=full_name:lr_name76"
        " | National ID No.=national_id:nid_lr76 | Sex=sex:sex_lr76"
        " | Date of Birth=birth_date@%m/%d/%Y | County=state:county_lr76"
        " | District=district:district_lr76 | Community=suburb:community_lr76"
        " | Phone # (Mobile Money)=phone:phone_lr76 | Alternate Receiver=-:alternate_lr76"
        " | Relationship=-:relation_lr76 | Amount=-:amount_lr76"
        " | Payment Date=date@%m/%d/%Y | Remarks=-:remark_lr76",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: every format it uses is known already.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("bi_mz76", "bi_ao76", "omang76", "pin_sz76", "nid_lr76")
SEX_HOLDS: tuple[str, ...] = ("sex_mz76", "sex_ao76", "sex_bw76", "sex_sz76", "sex_lr76")
NAME_HOLDS = frozenset(
    {"mz_name76", "ao_name76", "bw_family76", "bw_given76", "sz_family76", "sz_given76"}
    | {"lr_name76"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mz76",
    "phone_ao76",
    "phone_bw76",
    "phone_sz76",
    "phone_lr76",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_forest76", "addr_mz76")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND76",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND76",
]
