"""The hundred-and-twelfth part of the outside corpus, **blind 112** (written 19:22 UTC,
2026-12-06, never used for tuning): person files a ward police station linking home security
cameras, a district social insurance office paying survivors' allowances, an airport security
centre issuing badges, a district police office licensing guards' support tools, a Seoul senior
welfare centre, a Japanese city's long-term care section, a Taiwanese district office, a
Mongolian district pension office and Hong Kong's Social Welfare Department could hand over.
Four Vietnamese files: a ward's list of households whose security cameras are linked to the
police in Windows-1258 with semicolons (the installation address, the residents' group, the
camera, its brand, count, view and code, the connection date and status, the officer in charge);
a list of survivors receiving a monthly allowance in UTF-16 with tabs (the relation to the dead
insured worker, the dead worker's name, birth date and social insurance number, the date and
cause of death, the decision, the amount, the paying point); an airport's security badge list in
Excel (the badge number, the employer, the job, the zones, the badge's kind, issue and expiry,
the sponsor, the vetting); and a list of guards licensed to use support tools in UTF-8 with a
BOM (the security firm, its head and phone, the tool, its count and serial, the training, the
licence number and date, the time last updated).
Five foreign files: a Seoul senior jobs programme list in CP949 (the resident registration number
with its mod-11 digit, masked after the seventh digit on most rows, the age, the income group,
the activity, the agency, the pay, a guardian and their phone); a Japanese long-term care
certification list in Shift_JIS (the My Number with its mod-11 digit, birth and application dates
in the era calendar, 〒 postcodes, the insured number, the doctor, the applicant and their
relation, the care level); a Taiwanese disability certificate list in Big5 (the ID with its
letter and check digit, Minguo dates, the district, the category, ICF class and degree, the
reassessment date, the subsidy, an emergency contact); a Mongolian pension list in UTF-8 with a
BOM (the register number with two Cyrillic letters, the clan name, the father's name, district
and khoroo, the pension's kind and amount, the bank account, the inspector); and a Hong Kong Old
Age Living Allowance list in Big5-HKSCS with Chinese and English headers (the HKID with its
bracketed check character, names in English and Chinese, the case number, assets, an appointee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind112_writers import WRITERS_BLIND112
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND112: tuple[Shape, ...] = (
    _shape(
        "ho_lap_camera_antt_ket_noi_cong_an_phuong_vn112",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ lắp đặt=address:cam_addr112 | Tổ dân phố=-:cam_tdp112 | SĐT liên hệ=phone"
        " | Loại camera=-:cam_kind112 | Hãng SX=-:cam_brand112 | SL (cái)=-:cam_count112"
        " | Góc quan sát=-:cam_view112 | Mã thiết bị=-:cam_code112"
        " | Ngày kết nối=date@%d/%m/%Y | Tình trạng=-:cam_status112"
        " | CB phụ trách=-:cam_officer112",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "huong_tuat_hang_thang_bhxh_quan_vn112",
        "TT=row | Họ tên người hưởng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Quan hệ với người chết=-:surv_rel112"
        " | Họ tên người chết=-:deceased112 | Ngày sinh người chết=-:deceased_birth112"
        " | Mã số BHXH người chết=-:deceased_bhxh112 | Ngày chết=date:death_date112"
        " | Nguyên nhân chết=-:death_cause112 | Loại chế độ=-:surv_kind112"
        " | Số QĐ=-:surv_decision112 | Ngày QĐ=date@%d/%m/%Y"
        " | Mức hưởng (đồng/tháng)=-:surv_amount112 | Nơi nhận tiền=-:surv_point112"
        " | Địa chỉ cư trú=address | Điện thoại=phone | Ghi chú=-:surv_note112",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cap_the_kiem_soat_an_ninh_hang_khong_vn112",
        "STT=row | Số thẻ=-:badge_no112 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Hộ khẩu thường trú=address"
        " | Đơn vị công tác=-:airport_employer112 | Chức danh=-:airport_job112"
        " | Khu vực được phép=-:airport_zone112 | Loại thẻ=-:badge_kind112"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=date:badge_until112"
        " | Người bảo lãnh=-:badge_sponsor112 | Kết quả thẩm tra=-:badge_check112 | Email=email",
        file="xlsx",
    ),
    _shape(
        "cap_phep_su_dung_cong_cu_ho_tro_vn112",
        "Stt=row | Họ và tên nhân viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Nơi ĐKTT=address | SĐT=phone:phone_dotted | Đơn vị=-:guard_firm112"
        " | Người đứng đầu đơn vị=-:firm_head112 | SĐT đơn vị=-:firm_phone112"
        " | Loại CCHT=-:tool112 | Số lượng=-:tool_qty112 | Số hiệu=-:tool_serial112"
        " | KQ huấn luyện=-:training112 | Số giấy phép=-:licence112"
        " | Ngày cấp phép=date@%d/%m/%Y | Ngày cập nhật=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "noin_iljari_chamyeoja_nowon_kr112",
        "순번=row | 성명=full_name:kr_name112 | 주민등록번호=national_id:rrn112"
        " | 성별=sex:sex_kr112 | 연령=-:kr_age112 | 주소=address:kr_addr112"
        " | 연락처=phone:kr_phone112 | 소득구분=-:kr_income112 | 사업유형=-:kr_job112"
        " | 수행기관=-:kr_agency112 | 활동비(원)=-:kr_pay112 | 참여시작일=date:kr_start112"
        " | 보호자=-:kr_guardian112 | 보호자 연락처=-:kr_guardian_phone112"
        " | 상태=-:kr_status112",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "kaigo_nintei_shinsei_ichiran_jp112",
        "No=row | 被保険者番号=-:jp_insured112 | 個人番号=national_id:mynumber112"
        " | 氏名=full_name:jp_name112 | 生年月日=birth_date:jp_birth112 | 性別=sex:sex_jp112"
        " | 郵便番号=postcode:jp_post112 | 住所=address:jp_addr112"
        " | 電話番号=phone:jp_phone112 | 申請区分=-:jp_kind112 | 申請日=date:jp_applied112"
        " | 主治医=-:jp_doctor112 | 申請者=-:jp_applicant112 | 続柄=-:jp_relation112"
        " | 認定結果=-:jp_level112 | 有効期間満了日=date:jp_valid112",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "shenxin_zhangai_zhengming_tw112",
        "序號=row | 身分證統一編號=national_id:tw_id112 | 姓名=full_name:tw_name112"
        " | 性別=sex:sex_tw112 | 出生日期=birth_date:tw_birth112"
        " | 戶籍地址=address:tw_addr112 | 行政區=district:tw_district112"
        " | 聯絡電話=phone:tw_phone112 | 障礙類別=-:tw_type112 | ICF類別=-:tw_icf112"
        " | 障礙等級=-:tw_degree112 | 鑑定日期=date:tw_cert_date112"
        " | 重新鑑定日期=date:tw_renew112 | 生活補助(元)=-:tw_subsidy112"
        " | 緊急聯絡人=-:tw_contact112",
        english=True,
        encoding="cp950",
    ),
    _shape(
        "tetgever_avagchdyn_burtgel_mn112",
        "№=row | Регистрийн дугаар=national_id:mn_reg112 | Ургийн овог=-:mn_clan112"
        " | Овог=family_name:mn_family112 | Нэр=given_name:mn_given112 | Хүйс=sex:sex_mn112"
        " | Төрсөн он, сар, өдөр=birth_date@%Y.%m.%d | Дүүрэг/сум=district:mn_district112"
        " | Хороо/баг=suburb:mn_khoroo112 | Хаяг=street:mn_street112"
        " | Утас=phone:mn_phone112 | Тэтгэврийн төрөл=-:mn_kind112"
        " | Тэтгэврийн хэмжээ (₮)=-:mn_amount112 | Тогтоосон огноо=date@%Y.%m.%d"
        " | Банк=-:mn_bank112 | Дансны дугаар=-:mn_account112 | Байцаагч=-:mn_inspector112",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "oala_applicants_swd_hk112",
        "No. 序號=row | Case No. 個案編號=-:hk_case112"
        " | Name in English 英文姓名=full_name:hk_name_en112"
        " | Name in Chinese 中文姓名=full_name:hk_name_zh112"
        " | HKIC No. 香港身份證號碼=national_id:hkid112"
        " | Date of Birth 出生日期=birth_date@%d-%m-%Y | Sex 性別=sex:sex_hk112"
        " | Residential Address 住址=address:hk_addr112"
        " | District 地區=district:hk_district112 | Tel. No. 電話號碼=phone:hk_phone112"
        " | Bank 銀行=-:hk_bank112 | Assets (HK$) 資產=-:hk_assets112"
        " | Date of Application 申請日期=date@%d-%m-%Y | Status 狀況=-:hk_status112"
        " | Appointee 代表人=-:hk_agent112",
        english=True,
        encoding="big5hkscs",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rrn112", "mynumber112", "tw_id112", "mn_reg112", "hkid112")
SEX_HOLDS: tuple[str, ...] = ("sex_kr112", "sex_jp112", "sex_tw112", "sex_mn112", "sex_hk112")
NAME_HOLDS = frozenset(
    {"kr_name112", "jp_name112", "tw_name112", "mn_family112", "mn_given112"}
    | {"hk_name_en112", "hk_name_zh112"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "kr_phone112",
    "jp_phone112",
    "tw_phone112",
    "mn_phone112",
    "hk_phone112",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("cam_addr112", "kr_addr112", "mn_street112", "hk_addr112")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND112",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND112",
]
