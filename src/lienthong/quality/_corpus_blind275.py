"""The two-hundred-and-seventy-fifth part of the outside corpus, **blind 275** (written 10:03 UTC,
2026-12-07, never used for tuning): person files a district police's licensed seal shop, a
province's sports training centre, Hội An's economic office, Phú Quốc's labour office, Hong Kong's
marriage registries, its Food and Environmental Hygiene Department (hawker licensing and public
niches) and Macau's finance bureau and road traffic bureau could hand over.
Four Vietnamese files: a seal shop's order book kept for the police in Windows-1258 with
semicolons (the organisation named on the seal, its kind, the paper shown and its number, the
order number, the day ordered and the day handed over, who took the seal, a note); athletes and
coaches of the provincial teams paid their food allowance in Excel (the hometown apart from the
home, the sport, the role, the days in camp, the rate per day and the total, the bank account);
lantern makers registering a stall on Hội An's full-moon nights in UTF-16 with tabs and headers
without diacritics (the ward or commune alone, the workshop, the stall's place, the number of
stalls, the kind of lantern, the fee, the day registered, the status); and pearl grafters
working on Phú Quốc's pearl farms in UTF-8 with a BOM and semicolons (the hometown, the farm,
the job, the years, the labour contract, the start day, the wage, the status, a relative to
call).
Five Hong Kong and Macau files: notices of intended marriage at Hong Kong's marriage registries
in UTF-8 (the bride's or bridegroom's English and Chinese names, the HKID with its check
character, the condition, the occupation, the estate address, the other party, the proposed
day, the registry, the notice day); hawker licences in Big5-HKSCS with Chinese headers only
(the licence, the Chinese and English names, the HKID, the birth date ``1985年3月7日``, the
home, the pitch and its street, the goods, the helper, the expiry day); public niche
allocations in UTF-16 with tabs (the applicant, the deceased and the kinship, the day of death,
the columbarium, the niche, the ballot number, the status); Macau's cash sharing payments in
UTF-8 with a BOM and semicolons (the BIR with its bracketed check digit, names in Chinese or
Macanese Portuguese, the birth date ``1985年3月7日``, the residency, the amount, the way paid,
the bank, the address and the parish alone, the day paid); and Macau driving test candidates in
Excel (the file, the Latin and Chinese names, the BIR, the address in Portuguese or Chinese,
the licence category, the school, the instructor, the kind of test, the day, the result).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind275_writers import WRITERS_BLIND275
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND275: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_khach_dat_khac_dau_co_so_kinh_doanh_con_dau_cong_an_quan_vn275",
        "STT=row | Ngày nhận=date@%d/%m/%Y | Họ tên người đặt khắc=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi thường trú=address"
        " | SĐT liên hệ=phone | Tên cơ quan, tổ chức trên dấu=-:seal_org275"
        " | Loại dấu=-:seal_kind275 | Giấy tờ xuất trình=-:seal_paper275"
        " | Số phiếu=-:seal_no275 | Ngày trả dấu=date:seal_back275"
        " | Người nhận dấu=-:seal_taker275 | Ghi chú=-:seal_note275",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hlv_vdv_doi_tuyen_tinh_huong_che_do_dinh_duong_tap_trung_trung_tam_hl_tdtt_vn275",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Quê quán=-:team_hometown275"
        " | Địa chỉ thường trú=address | Số điện thoại=phone | Môn=-:team_sport275"
        " | Đối tượng=-:team_role275 | Số ngày tập trung=-:team_days275"
        " | Mức ăn (đ/ngày)=-:team_rate275 | Thành tiền (đ)=-:team_total275"
        " | Số TK - Ngân hàng=-:team_bank275 | Ngày bắt đầu TT=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nghe_nhan_lam_den_long_dang_ky_gian_hang_dem_ram_pho_co_hoi_an_vn275",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi thuong tru=address | Phuong/Xa=ward:lantern_ward275"
        " | Dien thoai=phone | Co so san xuat=-:lantern_shop275"
        " | Vi tri dang ky=-:lantern_spot275 | So gian=-:lantern_count275"
        " | Loai den=-:lantern_kind275 | Phi (dong)=-:lantern_fee275"
        " | Ngay dang ky=date@%d/%m/%Y | Trang thai=-:lantern_status275",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lao_dong_tho_cay_ngoc_trai_co_so_nuoi_ngoc_trai_phong_lao_dong_phu_quoc_vn275",
        "STT=row | Họ tên=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address | SĐT=phone"
        " | Quê quán=-:pearl_hometown275 | Cơ sở=-:pearl_farm275"
        " | Công việc=-:pearl_job275 | Số năm KN=-:pearl_years275"
        " | Số HĐLĐ=-:pearl_contract275 | Ngày vào làm=date@%d-%m-%Y"
        " | Lương (đ/tháng)=-:pearl_wage275 | Tình trạng=-:pearl_status275"
        " | Người thân (SĐT)=-:pearl_contact275",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "notices_of_intended_marriage_marriage_registry_hk275",
        "No. 序號=row | Notice No. 通知書編號=-:mr_notice275 | Party 身分=-:mr_party275"
        " | Name in English 英文姓名=full_name:mr_en275 | 中文姓名=full_name:mr_zh275"
        " | HKID No. 香港身份證號碼=national_id:hkid275"
        " | Date of Birth 出生日期=birth_date@%d/%m/%Y"
        " | Condition 婚姻狀況=-:mr_condition275 | Occupation 職業=-:mr_job275"
        " | Residential Address 住址=address:mr_addr275 | Tel. 電話=phone:hk_phone275"
        " | Name of Other Party 對方姓名=-:mr_other275"
        " | Proposed Date 擬舉行婚禮日期=date:mr_proposed275"
        " | Registry 婚姻登記處=-:mr_registry275 | Date of Notice 通知日期=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "xiaofan_paizhao_chipairen_mingce_fehd_hk275",
        "編號=row | 牌照號碼=-:hw_lic275 | 持牌人姓名=full_name:hw_zh275"
        " | 英文姓名=full_name:hw_en275 | 身份證號碼=national_id:hkid275"
        " | 出生日期=birth_date:hw_birth275 | 性別=sex:sex_hk275"
        " | 住址=address:hw_addr275 | 聯絡電話=phone:hk_phone275"
        " | 小販類別=-:hw_kind275 | 攤位編號=-:hw_pitch275 | 攤位地點=-:hw_pitch_place275"
        " | 售賣商品=-:hw_goods275 | 登記助手=-:hw_helper275 | 牌照屆滿日期=date:hw_expiry275",
        english=True,
        encoding="big5hkscs",
    ),
    _shape(
        "public_niche_allocation_applicants_fehd_hk275",
        "Item 項目=row | Application No. 申請編號=-:ni_app275 | Applicant 申請人=full_name:ni_en275"
        " | 申請人中文姓名=full_name:ni_zh275 | HKID 身份證號碼=national_id:hkid275"
        " | Date of Birth 出生日期=birth_date@%d/%m/%Y | Address 地址=address:ni_addr275"
        " | Tel 電話=phone:hk_phone275 | Name of Deceased 先人姓名=-:ni_deceased275"
        " | Relationship 關係=-:ni_kin275 | Date of Death 死亡日期=date@%d/%m/%Y"
        " | Columbarium 骨灰安置所=-:ni_place275 | Niche 龕位=-:ni_niche275"
        " | Ballot No. 抽籤編號=-:ni_ballot275 | Status 狀況=-:ni_status275",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "plano_comparticipacao_pecuniaria_pagamentos_dsf_mo275",
        "序號 N.º de ordem=row | 編號 N.º=-:cs_no275 | 姓名 Nome=full_name:mo_latin275"
        " | 中文姓名=full_name:mo_zh275"
        " | 身份證明文件編號 N.º do BIR=national_id:bir275"
        " | 出生日期 Data de nascimento=birth_date:mo_birth275 | 性別 Sexo=sex:sex_mo275"
        " | 居民類別 Tipo de residente=-:cs_kind275 | 金額 Montante (MOP)=-:cs_amount275"
        " | 發放方式 Forma de pagamento=-:cs_way275 | 銀行 Banco=-:cs_bank275"
        " | 通訊地址 Endereço=address:mo_addr_zh275 | 堂區 Freguesia=-:mo_parish275"
        " | 聯絡電話 Telefone=phone:mo_phone275 | 發放日期 Data de pagamento=date:cs_paid275",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "candidatos_exame_conducao_dsat_mo275",
        "N.º 序號=row | N.º de processo 檔案編號=-:dt_proc275 | Nome 姓名=full_name:mo_latin275"
        " | 中文姓名=full_name:mo_zh275 | BIR 身份證編號=national_id:bir275"
        " | Data de nascimento 出生日期=birth_date@%d/%m/%Y | Sexo 性別=sex:sex_mo275"
        " | Morada 地址=address:dt_addr275 | Telemóvel 手提電話=phone:mo_phone275"
        " | Categoria 類別=-:dt_cat275 | Escola de condução 駕駛學校=-:dt_school275"
        " | Instrutor 教練=-:dt_instructor275 | Tipo de exame 考試類別=-:dt_exam275"
        " | Data do exame 考試日期=date@%d/%m/%Y | Resultado 結果=-:dt_result275",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("hkid275", "bir275")
SEX_HOLDS: tuple[str, ...] = ("sex_hk275", "sex_mo275")
NAME_HOLDS = frozenset(
    {"mr_en275", "mr_zh275", "hw_zh275", "hw_en275", "ni_en275", "ni_zh275", "mo_latin275"}
)
PHONE_HOLDS: tuple[str, ...] = ("hk_phone275", "mo_phone275")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mr_addr275",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND275",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND275",
]
