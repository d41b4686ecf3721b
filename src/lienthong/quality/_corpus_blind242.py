"""The two-hundred-and-forty-second part of the outside corpus, **blind 242** (written 07:22 UTC,
2026-12-07, never used for tuning): person files a district's culture and sports centre, a ward's
urban greenery team, a mountain commune's school, a commune's enforcement of fines, a Shunde
dragon-boat association, a Sichuan county's employment bureau, a Xishuangbanna insurer paying for
wild elephant damage, a Guangxi county's Zhuang brocade workshop and a Nagqu county's office for
caterpillar fungus digging could hand over. Four Vietnamese files: the players entered for a
district's Chinese chess (cờ tướng) tournament, in Windows-1258 with semicolons and headers
without diacritics (the club, the level, the group, the bib, the points, the prize, the fee); the
households handed trees to plant in front of their houses, in UTF-16 with tabs (the tree, how
many, how tall, where, the pledge to tend them, whether they lived, the day handed out); the
pupils who left school and were brought back to class, in UTF-8 with a BOM (the school and class,
the day they left, why, the parent and the parent's phone, the help given, the teacher who went
to the house, the outcome); and the people whose administrative fines a commune enforced, in
Excel (the fine's decision and the enforcement decision, the breach, the amount, the measure,
the officer, the day, the outcome).
Five foreign files: the paddlers of a Shunde village's dragon boat, insured for the races, in
Excel with Cantonese headers (出世日期, 住喺边度, 屋企人 and their phone, whether they can swim,
the boat, the place in it, the accident policy); the people a Sichuan county gave guaranteed
start-up loans on coming home, in GBK (the category, the project, the jobs it made, the loan in
ten thousands of yuan, the bank, the guarantee, the term, the day lent); the claims of a
Xishuangbanna insurer for damage by wild elephants, in GB18030 (the case number, Dai names with
岩 and 玉, the ethnic group, the county, township, village committee and village apart, the
animal, the crop, the area, the loss, the surveyor, ``1985年3月12日`` dates); the trainees of a
Zhuang brocade weaving class in Guangxi, in UTF-8 with a BOM and Zhuang headers beside Chinese
(the class, the days, the subsidy, the master, the result, ``19850312`` dates); and the permits
to dig caterpillar fungus in Nagqu, in UTF-8 with Tibetan headers beside Chinese (the permit,
Tibetan names written in Chinese, the county, township and village apart, the digging area, the
fee, the head of the household, the days it runs). Each foreign file has the 18-character
resident identity number of the province with its ISO 7064 MOD 11-2 check character.
Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind242_writers import WRITERS_BLIND242
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND242: tuple[Shape, ...] = (
    _shape(
        "danh_sach_vdv_giai_co_tuong_mo_rong_trung_tam_vh_tt_huyen_vn242",
        "STT=row | So deo=-:bib242 | Ho va ten VDV=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | GT=sex | So CCCD=cccd | Don vi/CLB=-:club242 | Dang cap=-:level242"
        " | Bang dau=-:group242 | Dia chi=address | DT lien he=phone"
        " | Le phi (d)=-:fee242 | Diem=-:points242 | Xep hang=-:rank242"
        " | Ngay dang ky=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_cap_phat_cay_xanh_trong_truoc_nha_to_cay_xanh_phuong_vn242",
        "STT=row | Ngày nhận cây=date@%d/%m/%Y | Họ tên chủ hộ=full_name"
        " | Năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced | Số nhà, đường phố=street"
        " | Tổ dân phố=-:to242 | Phường=ward:ward48 | Điện thoại=phone:phone_spaced"
        " | Loại cây=-:tree242 | Số lượng (cây)=-:trees242 | Chiều cao cây=-:height242"
        " | Vị trí trồng=-:spot242 | Ký cam kết chăm sóc=-:pledge242"
        " | Tình trạng sau 3 tháng=-:survive242 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_hoc_sinh_bo_hoc_duoc_van_dong_ra_lop_truong_ptdtbt_vn242",
        "TT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Mã định danh=cccd | Trường=-:school242 | Lớp=-:grade242"
        " | Ngày nghỉ học=date:left242 | Lý do bỏ học=-:reason242"
        " | Họ tên bố/mẹ=-:parent242 | SĐT gia đình=-:parent_phone242 | Địa chỉ=address"
        " | Hỗ trợ đã nhận=-:help242 | Người vận động=-:teacher242"
        " | Ngày vận động=date@%d/%m/%Y | Kết quả=-:back242",
        encoding="utf-8-sig",
    ),
    _shape(
        "so_theo_doi_cuong_che_thi_hanh_qd_xu_phat_vphc_ubnd_xa_vn242",
        "STT=row | Số QĐ xử phạt=-:fine_no242 | Ngày QĐ xử phạt=date:excel_event"
        " | Người bị cưỡng chế=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone:phone_dotted"
        " | Hành vi vi phạm=-:act242 | Số tiền phạt (đồng)=-:amount242"
        " | Số QĐ cưỡng chế=-:enf_no242 | Biện pháp cưỡng chế=-:measure242"
        " | Cán bộ thi hành=-:officer242 | Kết quả=-:outcome242 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "longchuan_paren_yiwai_baoxian_toubao_mingdan_shunde_cun_cn242",
        "序号=row | 龙舟=-:gd_boat242 | 位置=-:gd_role242 | 姓名=full_name:gd_name242"
        " | 性别=sex:gd_sex242 | 身份证号码=national_id:gd_id242"
        " | 出世日期=birth_date@%Y-%m-%d | 住喺边度（地址）=address:gd_addr242"
        " | 手机=phone:gd_phone242 | 识唔识游水=-:gd_swim242"
        " | 屋企人（紧急联络）=-:gd_kin242 | 屋企人电话=-:gd_kin_phone242"
        " | 保单号=-:gd_policy242 | 投保日期=date@%Y-%m-%d",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fanxiang_chuangye_danbao_daikuan_fafang_taizhang_xian_jiuyeju_sichuan_cn242",
        "序号=row | 借款人姓名=full_name:sc_name242 | 性别=sex:sc_sex242"
        " | 公民身份号码=national_id:sc_id242 | 出生日期=birth_date@%Y%m%d"
        " | 人员类别=-:sc_kind242 | 户籍地址=address:sc_addr242 | 联系电话=phone:sc_phone242"
        " | 创业项目=-:sc_project242 | 带动就业人数=-:sc_jobs242"
        " | 贷款金额(万元)=-:sc_loan242 | 经办银行=-:sc_bank242 | 担保方式=-:sc_guarantor242"
        " | 贷款期限=-:sc_term242 | 放款日期=date@%Y-%m-%d | 备注=-:sc_note242",
        english=True,
        encoding="gbk",
    ),
    _shape(
        "yesheng_dongwu_zhaoshi_gonggong_zeren_baoxian_lipei_dengji_xishuangbanna_cn242",
        "序号=row | 报案号=-:yn_case242 | 受损户主=full_name:yn_name242 | 性别=sex:yn_sex242"
        " | 民族=-:yn_nation242 | 身份证号=national_id:yn_id242"
        " | 出生年月日=birth_date@%Y年%m月%d日 | 县(市)=district:yn_county242"
        " | 乡(镇)=suburb:yn_town242 | 村委会=-:yn_vc242 | 村民小组=-:yn_group242"
        " | 联系电话=phone:yn_phone242 | 肇事动物=-:yn_animal242 | 受损作物=-:yn_crop242"
        " | 受损面积(亩)=-:yn_area242 | 定损金额(元)=-:yn_loss242"
        " | 查勘员=-:yn_surveyor242 | 报案日期=date@%Y年%m月%d日",
        english=True,
        encoding="gb18030",
    ),
    _shape(
        "zhuangjin_zhizao_jineng_peixunban_xueyuan_mingce_guangxi_cn242",
        "Soq 序号=row | Mingzcoh 姓名=full_name:gx_name242 | Singqbied 性别=sex:gx_sex242"
        " | Minzcuz 民族=-:gx_nation242 | Soqhauh ndangfaenh 身份证号码=national_id:gx_id242"
        " | Ngoenzseng 出生日期=birth_date@%Y%m%d | Diegyouq 住址=address:gx_addr242"
        " | Denhvah 电话=phone:gx_phone242 | Ban 培训班=-:gx_class242"
        " | Ngoenz 天数=-:gx_days242 | Bouj 补贴(元)=-:gx_subsidy242"
        " | Sae 指导老师=-:gx_teacher242 | 结业情况=-:gx_cert242"
        " | 开班日期=date@%Y%m%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "chongcao_caiji_zheng_banli_dengji_naqu_xian_cn242",
        "ཨང་རིམ། 序号=row | ལག་ཁྱེར་ཨང་། 采集证号=-:xz_permit242"
        " | མིང་། 姓名=full_name:xz_name242 | ཕོ་མོ། 性别=sex:xz_sex242"
        " | ཐོབ་ཐང་ལག་ཁྱེར་ཨང་། 身份证号码=national_id:xz_id242"
        " | སྐྱེས་ཚེས། 出生日期=birth_date@%Y-%m-%d | རྫོང་། 县=district:xz_county242"
        " | ཤང་། 乡镇=suburb:xz_town242 | གྲོང་ཚོ། 村=-:xz_village242"
        " | ཁ་པར། 联系电话=phone:xz_phone242 | 采集区域=-:xz_area242"
        " | 管理费(元)=-:xz_fee242 | ཁྱིམ་བདག 户主=-:xz_head242"
        " | 采集起始=date@%Y-%m-%d | 采集截止=date:xz_to242",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gd_id242",
    "sc_id242",
    "yn_id242",
    "gx_id242",
    "xz_id242",
)
SEX_HOLDS: tuple[str, ...] = ("gd_sex242", "sc_sex242", "yn_sex242", "gx_sex242", "xz_sex242")
NAME_HOLDS = frozenset({"gd_name242", "sc_name242", "yn_name242", "gx_name242", "xz_name242"})
PHONE_HOLDS: tuple[str, ...] = (
    "gd_phone242",
    "sc_phone242",
    "yn_phone242",
    "gx_phone242",
    "xz_phone242",
)
#: addresses written with ``", "`` between their parts: none here, Chinese addresses run on.
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND242",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND242",
]
