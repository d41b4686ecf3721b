"""The eighty-eighth part of the outside corpus, **blind 88** (written 16:32 UTC, 2026-12-06, never
used for tuning): person files a commune post office collecting voluntary social insurance, a
town paying poor households' electricity support, a footwear factory asking for its workers'
rent support, a ward health station tracking dengue cases, a Beijing street office's social
insurance unit, the Hong Kong Housing Authority, a Tainan district office, a Seoul community
service centre and an Ulaanbaatar family health centre could hand over. Four Vietnamese files: a
post office agent's list of voluntary social insurance contributors in Excel (the BHXH number,
the income the contribution is reckoned on, how often they pay and from which month, the group
and the state's share, the amount due, the collector and the collection point); a town's list of
poor households paid electricity support in Windows-1258 with semicolons (the hamlet, commune,
town and city in one address, the power company's customer code, the months, the monthly rate,
the total, whoever received it instead, an empty column for signing); a factory's list of
workers asking for rent support in UTF-8 with a BOM and tabs (the BHXH number, the labour
contract and the day it was signed, the production line, the rented room's address, the
landlord, the amount, the bank account and bank); and a ward health station's dengue case list
in UTF-16 with tabs (the house number with its group and quarter apart from the ward, the school
or workplace, the onset, admission and spraying dates, the hospital, the diagnosis, the NS1
test, the reporter). Five foreign files: a Beijing street office's register of residents
enrolling in the urban and rural residents' medical insurance in GB18030 (the ethnic group, the
居民身份证号码, the community, the household registration address, the category, the
personal contribution and the city's subsidy, the two designated hospitals, the bank, the
clerk); a Hong Kong public rental housing applicants' list in Excel with English/Chinese headers
(the application number, the name in English and in Chinese, the HKID, the sub-divided flat the
applicant rents, its district, the household size and income, the preferred district, the
category, the status, the spouse); a Tainan district office's register of low-income household
members in UTF-8 with a BOM (the household number, the relation to its head, the 身分證字號, ROC
birth and approval dates, the 里 apart from the address, the class, whether they can work, the
clerk); a Seoul community service centre's list of consumer coupon applicants in UTF-16 with
tabs (the receipt number, the 주민등록번호, the road address, the 행정동, the household head and
the relation, the type and amount, the means of payment, the application and payment dates);
and an Ulaanbaatar family health centre's register of its population in UTF-8 (the регистрийн
дугаар, the patronymic and the given name, the age, the khoroo apart from the flat, the health
insurance, the risk group, the family doctor, the work or school, the contact person).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind88_writers import WRITERS_BLIND88
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND88: tuple[Shape, ...] = (
    _shape(
        "bhxh_tu_nguyen_dai_ly_buu_dien_vn88",
        "STT=row | Họ và tên=full_name | Mã số BHXH=bhxh | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ liên hệ=address | Số điện thoại=phone"
        " | Mức thu nhập tháng làm căn cứ đóng=-:income88 | Phương thức đóng=-:method88"
        " | Từ tháng=date:from_month88 | Đối tượng=-:group88 | NSNN hỗ trợ (đồng)=-:state_aid88"
        " | Số tiền phải đóng (đồng)=-:due88 | Ngày thu=date@%d/%m/%Y"
        " | Nhân viên thu=-:collector88 | Điểm thu=-:post88",
        file="xlsx",
    ),
    _shape(
        "ho_ngheo_ho_tro_tien_dien_vn88",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Địa chỉ=address:power_addr88 | Mã khách hàng=-:evn88"
        " | Diện hỗ trợ=-:power_group88 | Số tháng=-:months88"
        " | Mức hỗ trợ/tháng (đồng)=-:power_rate88 | Thành tiền (đồng)=-:power_total88"
        " | Người nhận thay=-:proxy88 | Ngày chi trả=date@%d/%m/%Y | Ký nhận=-:none"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_ho_tro_tien_thue_nha_vn88",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Mã số BHXH=bhxh | Số HĐLĐ=-:contract88"
        " | Ngày ký HĐLĐ=date:signed88 | Bộ phận=-:dept88"
        " | Địa chỉ nơi đang thuê nhà=address:rent_addr88 | Tên chủ nhà trọ=-:landlord88"
        " | Số tiền hỗ trợ (đồng)=-:rent_aid88 | Số tài khoản=-:account88"
        " | Ngân hàng=-:bank88 | SĐT=phone:phone_spaced | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "ca_benh_sot_xuat_huyet_tram_y_te_vn88",
        "STT=row | Họ tên BN=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số ĐDCN=cccd | Số nhà, tổ/KP=street:dengue_street88 | Phường=ward:dengue_ward88"
        " | Nơi làm việc/học tập=-:workplace88 | Ngày khởi phát=date@%d/%m/%Y"
        " | Ngày nhập viện=date:admit88 | Nơi điều trị=-:hospital88"
        " | Chẩn đoán=-:diagnosis88 | NS1=-:ns188 | Ngày xử lý ổ dịch=date:spray88"
        " | Người báo cáo=-:reporter88 | ĐT liên hệ=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "jumin_yibao_canbao_jiedao_bj_cn88",
        "序号=row | 姓名=full_name:cn_name88 | 性别=sex:sex_cn88 | 民族=-:nation_cn88"
        " | 出生日期=birth_date@%Y-%m-%d | 公民身份号码=national_id:cn_id88"
        " | 人员类别=-:category_cn88 | 所属社区=suburb:community_cn88"
        " | 户籍地址=address:addr_cn88 | 联系电话=phone:phone_cn88"
        " | 个人缴费(元)=-:own_cn88 | 财政补助(元)=-:subsidy_cn88"
        " | 定点医院1=-:hosp1_cn88 | 定点医院2=-:hosp2_cn88 | 开户银行=-:bank_cn88"
        " | 登记日期=date@%Y-%m-%d | 经办人=-:clerk_cn88 | 备注=-:note_cn88",
        english=True,
        encoding="gb18030",
    ),
    _shape(
        "prh_applicants_ha_hk88",
        "No. 編號=row | Application No. 申請編號=-:app_hk88"
        " | Name (English) 英文姓名=full_name:name_en_hk88"
        " | Name (Chinese) 中文姓名=full_name:name_zh_hk88"
        " | HKID No. 香港身份證號碼=national_id:hkid88"
        " | Date of Birth 出生日期=birth_date@%d/%m/%Y | Sex 性別=sex:sex_hk88"
        " | Marital Status 婚姻狀況=-:marital_hk88"
        " | Present Address 現時住址=address:addr_hk88 | District 地區=district:district_hk88"
        " | Contact Tel. 聯絡電話=phone:phone_hk88 | Household Size 家庭人數=-:size_hk88"
        " | Monthly Income (HK$) 每月入息=-:income_hk88"
        " | Preferred District 選擇地區=-:preferred_hk88 | Category 類別=-:category_hk88"
        " | Registration Date 登記日期=date@%d/%m/%Y | Status 狀況=-:status_hk88"
        " | Spouse 配偶=-:spouse_hk88",
        english=True,
        file="xlsx",
    ),
    _shape(
        "dishouru_hu_chengyuan_beiqu_tw88",
        "編號=row | 戶號=-:tw_household88 | 稱謂=-:tw_relation88 | 姓名=full_name:tw_name88"
        " | 身分證字號=national_id:tw_id88 | 出生年月日=birth_date:tw_birth88"
        " | 性別=sex:sex_tw88 | 戶籍地址=address:tw_addr88 | 里別=suburb:tw_li88"
        " | 聯絡電話=phone:tw_phone88 | 核定類別=-:tw_class88 | 工作能力=-:tw_work88"
        " | 核定日期=date:tw_approved88 | 承辦人=-:tw_clerk88",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sobi_kupon_sincheongja_gwanak_kr88",
        "연번=row | 접수번호=-:kr_receipt88 | 성명=full_name:kr_name88"
        " | 주민등록번호=national_id:rrn88 | 성별=sex:sex_kr88 | 주소=address:kr_addr88"
        " | 행정동=suburb:kr_dong88 | 휴대전화=phone:kr_phone88 | 세대주=-:kr_head88"
        " | 세대주와의 관계=-:kr_relation88 | 지급유형=-:kr_type88"
        " | 지급액(원)=-:kr_amount88 | 지급수단=-:kr_means88 | 신청일=date:kr_applied88"
        " | 지급일=date:kr_paid88 | 접수자=-:kr_clerk88",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "orkhiin_emt_khun_am_bayanzurkh_mn88",
        "№=row | Регистрийн дугаар=national_id:mn_reg88"
        " | Эцэг/эхийн нэр=family_name:mn_family88 | Нэр=given_name:mn_given88"
        " | Хүйс=sex:sex_mn88 | Төрсөн огноо=birth_date@%Y/%m/%d | Нас=-:age_mn88"
        " | Хороо=suburb:khoroo_mn88 | Гэрийн хаяг=street:street_mn88 | Утас=phone:phone_mn88"
        " | ЭМД-ын байдал=-:insur_mn88 | Эрсдэлт бүлэг=-:risk_mn88 | Өрхийн эмч=-:doctor_mn88"
        " | Ажил, сургууль=-:work_mn88 | Холбоо барих хүн=-:contact_mn88"
        " | Холбоо барих утас=-:contact_phone_mn88 | Бүртгэсэн огноо=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats (all of them are the common ones).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cn_id88", "hkid88", "tw_id88", "rrn88", "mn_reg88")
SEX_HOLDS: tuple[str, ...] = ("sex_cn88", "sex_hk88", "sex_tw88", "sex_kr88", "sex_mn88")
NAME_HOLDS = frozenset(
    {"cn_name88", "name_en_hk88", "name_zh_hk88", "tw_name88", "kr_name88"}
    | {"mn_family88", "mn_given88"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cn88",
    "phone_hk88",
    "tw_phone88",
    "kr_phone88",
    "phone_mn88",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "power_addr88",
    "rent_addr88",
    "dengue_street88",
    "addr_hk88",
    "kr_addr88",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND88",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND88",
]
