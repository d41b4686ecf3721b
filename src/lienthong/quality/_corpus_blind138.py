"""The hundred-and-thirty-eighth part of the outside corpus, **blind 138** (written 20:35 UTC,
2026-12-06, never used for tuning): person files a pagoda's board keeping its refuge book, a
district hospital's maternity ward issuing birth certificates, a telecom branch installing fibre
internet, a self-drive car rental reporting its renters to the ward police, a Japanese city's
child allowance section, a Korean driving licence agency, a Taiwanese district office insuring
residents in the national health insurance, Hong Kong's Working Family Allowance office and
Macau's health bureau could hand over.
Four Vietnamese files: the refuge book of a pagoda in UTF-8 with a BOM and semicolons (the dharma
name, the day of refuge, the master who gave it, the refuge certificate, the practice group);
birth certificates issued to mothers in Windows-1258 with semicolons and headers without
diacritics (the certificate and book numbers, the ethnicity, the father, the child's birth day
and hour, its sex and weight, the name the parents intend, the midwife); fibre internet
subscribers in Excel (the customer code, the card's issue date and issuer, the installation
address, the plan and its fee, the contract, the technician, the status); and self-drive car
renters in UTF-16 with tabs (the driving licence and its class, the car's plate and model, the
pick-up and return dates, the deposit and the collateral, a guarantor and the guarantor's phone).
Five foreign files: a Japanese child allowance roll in Shift_JIS (the recipient number, the name
in kanji and in katakana, the birth date in the era calendar or in figures, the My Number, the
postcode and address, the child's name and birth date, the monthly amount, the bank, whether
the annual report came in); a Korean driving licence renewal list in EUC-KR (the licence number,
the full resident registration number, the postcode and road address, the licence class, the
first issue, the renewal window, the aptitude test result, the police station); a Taiwanese
category-6 national health insurance roll in Big5 (the id, the Minguo birth date in two forms,
the postcode, the household-register address with its li and lin, the li alone, the category,
dependants, the premium, the district office); Hong Kong Working Family Allowance applications
in Big5-HKSCS (the name in English and Chinese in one column, the HKID, the estate flat, the
district, the household size, the working hours, the employer, the allowance, the claim period);
and Macau health voucher use in UTF-8 with a BOM and semicolons (the name in Chinese and in
Portuguese spelling, the BIR, the address, the parish, the voucher, the clinic and doctor, the
amount used and the balance).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind138_writers import WRITERS_BLIND138
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND138: tuple[Shape, ...] = (
    _shape(
        "so_quy_y_tam_bao_chua_vn138",
        "STT=row | Họ và tên=full_name | Pháp danh=-:phap_danh138"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Ngày quy y=date@%d/%m/%Y"
        " | Thầy truyền Tam quy=-:quy_y_master138 | Số điệp quy y=-:quy_y_cert138"
        " | Đạo tràng / nhóm tu=-:quy_y_group138 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cap_giay_chung_sinh_khoa_san_bvdk_huyen_vn138",
        "TT=row | So GCS=-:gcs_no138 | Quyen so=-:gcs_book138"
        " | Ho ten me=full_name:full_name_ascii | Ngay sinh me=birth_date@%d/%m/%Y"
        " | So CCCD/DDCN me=cccd | Dan toc=-:gcs_ethnic138"
        " | Noi thuong tru=address:address_ascii | Ho ten cha=-:gcs_father138"
        " | Ngay sinh con=date@%d/%m/%Y | Gio sinh=-:gcs_hour138"
        " | Gioi tinh con=-:gcs_child_sex138 | Can nang (gram)=-:gcs_weight138"
        " | Du kien dat ten con=-:gcs_child_name138 | Nguoi do de=-:gcs_midwife138"
        " | DT lien he=phone:phone_dotted",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thue_bao_internet_cap_quang_vien_thong_vn138",
        "STT=row | Mã KH=-:net_cust138 | Tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số giấy tờ (CCCD)=cccd:cccd_spaced"
        " | Ngày cấp=date@%d/%m/%Y | Nơi cấp=-:net_issuer138 | Địa chỉ lắp đặt=address"
        " | SĐT liên hệ=phone | Email=email | Gói cước=-:net_plan138"
        " | Cước/tháng (VNĐ)=-:net_fee138 | Ngày hòa mạng=date@%d/%m/%Y"
        " | Số HĐ=-:net_contract138 | NV kỹ thuật=-:net_tech138"
        " | Trạng thái=-:net_status138",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_khach_thue_xe_tu_lai_vn138",
        "STT=row | Họ tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd | HKTT=address | SĐT=phone | GPLX số=-:car_licence138"
        " | Hạng=-:car_class138 | Biển số xe thuê=-:car_plate138 | Loại xe=-:car_model138"
        " | Ngày nhận xe=date:car_from138 | Ngày trả (dự kiến)=date:car_return138"
        " | Tiền cọc (đ)=-:car_deposit138 | Tài sản đặt cọc=-:car_collateral138"
        " | Người bảo lãnh=-:car_guarantor138 | SĐT người BL=-:car_guarantor_phone138"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "jidou_teate_jukyusha_daicho_jp138",
        "No=row | 受給者番号=-:jt_no138 | 氏名=full_name:jt_name138"
        " | フリガナ=full_name:jt_kana138 | 生年月日=birth_date:jt_birth138"
        " | 性別=sex:sex_jp138 | 個人番号=national_id:mynumber138"
        " | 郵便番号=postcode:jt_post138 | 住所=address:jt_addr138"
        " | 電話番号=phone:jt_phone138 | 児童氏名=-:jt_child138"
        " | 児童生年月日=-:jt_child_birth138 | 支給月額=-:jt_amount138"
        " | 認定日=date:jt_start138 | 振込先=-:jt_bank138 | 現況届=-:jt_status138",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "unjeon_myeonheo_gaengsin_daesangja_kr138",
        "연번=row | 면허번호=-:kr_licence138 | 성명=full_name:kr_name138"
        " | 주민등록번호=national_id:rrn138 | 생년월일=birth_date@%Y.%m.%d"
        " | 성별=sex:sex_kr138 | 우편번호=postcode:kr_post138 | 주소=address:kr_addr138"
        " | 휴대전화=phone:kr_phone138 | 면허종별=-:kr_class138"
        " | 최초발급일=date:kr_first138 | 갱신기간 시작=date:kr_from138"
        " | 갱신기간 종료=date:kr_until138 | 적성검사 결과=-:kr_result138"
        " | 관할경찰서=-:kr_police138",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "jianbao_diliulei_toubao_mingce_tw138",
        "序號=row | 身分證統一編號=national_id:tw_id138 | 姓名=full_name:tw_name138"
        " | 出生日期=birth_date:tw_birth138 | 性別=sex:sex_tw138"
        " | 郵遞區號=postcode:tw_zip138 | 戶籍地址=address:tw_addr138 | 里別=suburb:tw_li138"
        " | 連絡電話=phone:tw_phone138 | 投保類目=-:tw_cat138 | 眷屬人數=-:tw_deps138"
        " | 加保日期=date:tw_in138 | 月保險費(元)=-:tw_premium138"
        " | 投保單位=-:tw_unit138 | 備註=-:tw_note138",
        english=True,
        encoding="cp950",
    ),
    _shape(
        "working_family_allowance_wfsfaa_hk138",
        "No. 編號=row | Application No. 申請編號=-:hk_app138"
        " | Name of Applicant 申請人姓名=full_name:hk_name138"
        " | HKIC No. 香港身份證號碼=national_id:hkid138"
        " | Date of Birth 出生日期=birth_date@%d/%m/%Y | Sex 性別=sex:sex_hk138"
        " | Residential Address 住址=address:hk_addr138"
        " | District 地區=district:hk_district138 | Mobile No. 流動電話=phone:hk_phone138"
        " | Email 電郵=email | Household Size 住戶人數=-:hk_size138"
        " | Monthly Working Hours 每月工時=-:hk_hours138"
        " | Employer 僱主=-:hk_employer138 | Allowance (HK$) 津貼總額=-:hk_amount138"
        " | Date of Application 申請日期=date@%d/%m/%Y"
        " | Claim Period 申領期=-:hk_period138",
        english=True,
        encoding="big5hkscs",
    ),
    _shape(
        "vales_de_saude_utilizacao_ss_mo138",
        "序號 N.º=row | 姓名 Nome=full_name:mo_name138"
        " | 外文姓名 Nome em português=full_name:mo_name_pt138"
        " | 澳門居民身份證 BIR n.º=national_id:bir138"
        " | 出生日期 Data de nascimento=birth_date@%d/%m/%Y | 性別 Sexo=sex:sex_mo138"
        " | 住址 Morada=address:mo_addr138 | 堂區 Freguesia=suburb:mo_parish138"
        " | 聯絡電話 Telefone=phone:mo_phone138 | 醫療券編號 N.º do vale=-:mo_voucher138"
        " | 使用日期 Data de utilização=date@%d/%m/%Y"
        " | 醫療機構 Estabelecimento=-:mo_clinic138 | 醫生 Médico=-:mo_doctor138"
        " | 使用金額 Valor utilizado (MOP)=-:mo_value138"
        " | 餘額 Saldo (MOP)=-:mo_balance138",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("mynumber138", "rrn138", "tw_id138", "hkid138", "bir138")
SEX_HOLDS: tuple[str, ...] = ("sex_jp138", "sex_kr138", "sex_tw138", "sex_hk138", "sex_mo138")
NAME_HOLDS = frozenset(
    {"jt_name138", "jt_kana138", "kr_name138", "tw_name138", "hk_name138"}
    | {"mo_name138", "mo_name_pt138"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "jt_phone138",
    "kr_phone138",
    "tw_phone138",
    "hk_phone138",
    "mo_phone138",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr138", "hk_addr138")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND138",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND138",
]
