"""The two-hundred-and-eighty-sixth part of the outside corpus, **blind 286** (written 10:14 UTC,
2026-12-07, never used for tuning): person files a commune people's committee on a railway line, a
club of rare blood donors, a ward's community digital technology team, a commune military command,
the Zhuang language examination board of Guangxi, Dongxing's civil affairs bureau, Hekou's exit
and entry office, an insurer in Xishuangbanna and Yuanyang's agriculture bureau could hand over.
Four Vietnamese files: watchers paid by the commune to guard self-opened crossings over the railway
in Windows-1258 with semicolons (the crossing's kilometre mark, the line, the nearest station, the
shift, the contract day, the monthly pay, the training); donors with rare Rh-negative blood on call
for emergencies in UTF-16 with tabs and headers without diacritics (the group, the donations so
far, the last donation, the hospital that calls, a relative with a phone, whether ready, the time
last updated); elders learning to use smartphones and VNeID with a ward's digital technology team
in Excel (the residential group, the phone, whether VNeID is activated, what help is needed, the
member who helps, the class day, the result); and volunteers of a commune's river rescue team in
UTF-8 with a BOM and tabs (the role, the boat, the swimming or first aid certificate, rescues so
far, the day joined, the accident insurance, whom to tell).
Five Chinese files from the south-west: candidates of Guangxi's Zhuang language proficiency test
in UTF-8 with headers in Zhuang and Chinese (the ticket, the id with its check character, the
birth date ``1978-03-05``, the address down to the hamlet, the work unit, the level, the site, the
score, the test day); Dongxing's living subsidy of border residents in the Jing and Zhuang villages
at the line in GBK (the town and village apart, the birth date ``1978年3月5日``, the distance from
the border, the monthly rate, the months, the bank card, the day paid); Hekou's exit and entry
passes of border residents for Lao Cai in GB18030 (the pass number, the reason, the destination,
the port, the validity, an emergency contact); Xishuangbanna's Dai rubber tappers' natural rubber
price insurance in Excel (the policy, the county, town, village committee and hamlet apart, the
trees, the area, the sum insured, the tapper's own premium, the target price, the claim); and
Yuanyang's subsidy for rice, fish and ducks on the Hani terraces in UTF-8 with a BOM (the town and
village committee apart, the Hani, Yi or Miao name, the terraced area, the mode, the fry, the
rate, the day checked, the checker).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind286_writers import WRITERS_BLIND286
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND286: tuple[Shape, ...] = (
    _shape(
        "nguoi_gac_loi_di_tu_mo_qua_duong_sat_hop_dong_khoan_ubnd_xa_vn286",
        "STT=row | Họ và tên người gác=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | SĐT liên hệ=phone"
        " | Lối đi tự mở tại Km=-:rail_km286 | Tuyến ĐS=-:rail_line286"
        " | Ga gần nhất=-:rail_station286 | Ca gác=-:rail_shift286"
        " | Ngày ký HĐ=date@%d/%m/%Y | Mức chi (đ/tháng)=-:rail_pay286"
        " | Tập huấn ATGT ĐS=-:rail_trained286 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_clb_nguoi_co_nhom_mau_hiem_rh_am_hien_mau_khan_cap_vn286",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi=address | So DT=phone | Email=email"
        " | Nhom mau=-:rh_group286 | So lan da hien=-:rh_times286"
        " | Lan hien gan nhat=date@%d/%m/%Y | Co so y te lien he=-:rh_hospital286"
        " | Nguoi than=-:rh_kin286 | SDT nguoi than=-:rh_kin_phone286"
        " | San sang hien=-:rh_ready286 | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_cao_tuoi_hoc_ky_nang_so_dien_thoai_thong_minh_vneid_to_cong_nghe_so_cong_dong_vn286",
        "TT=row | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd:cccd_spaced | Tổ dân phố=-:dx_group286"
        " | Nơi ở hiện tại=address | Số ĐT=phone | Loại máy=-:dx_os286"
        " | Đã kích hoạt VNeID=-:dx_vneid286 | Nội dung cần hỗ trợ=-:dx_need286"
        " | Thành viên tổ CNSCĐ kèm=-:dx_helper286 | Buổi học=date@%d/%m/%Y"
        " | Kết quả=-:dx_result286",
        file="xlsx",
    ),
    _shape(
        "doi_vien_doi_cuu_ho_cuu_nan_tinh_nguyen_tren_song_ban_chqs_xa_vn286",
        "STT=row | Họ và tên=full_name | NS=birth_date@%d-%m-%Y | Nam/nữ=sex"
        " | CCCD=cccd | Địa chỉ=address | ĐTDĐ=phone | Nhiệm vụ trong đội=-:sr_role286"
        " | Phương tiện=-:sr_boat286 | Chứng chỉ=-:sr_cert286"
        " | Số vụ đã tham gia=-:sr_cases286 | Ngày vào đội=date@%d-%m-%Y"
        " | Số HĐ bảo hiểm TN=-:sr_policy286 | Báo tin cho=-:sr_kin286",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "vahcuengh_suijbingz_gaujsi_baomingbiao_zhuangyuwen_shuiping_kaoshi_gx286",
        "Soq=row | Hauhgauj 准考证号=-:zw_ticket286 | Mingzcoh 姓名=full_name:zw_name286"
        " | Singqbied 性别=sex:zw_sex286 | Minzcuz 民族=-:zw_nation286"
        " | Hauhmaj ndangfaenh 公民身份号码=national_id:zw_id286"
        " | Ngoenzseng 出生日期=birth_date:zw_birth286 | Dieggyoeb 通讯地址=address:zw_addr286"
        " | Soujgih 手机=phone:zw_phone286 | Danhvei 工作单位=-:zw_unit286"
        " | Gaepbied 报考级别=-:zw_level286 | Dieggauj 考点=-:zw_site286"
        " | Faenhsoq 成绩=-:zw_score286 | Ngoenzgauj 考试日期=date:zw_exam286",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "dibian_cuntun_bianmin_shenghuo_buzhu_fafang_huamingce_dongxing_gx286",
        "序号=row | 镇=suburb:dx_town286 | 村(社区)=-:dx_village286"
        " | 姓名=full_name:dx_name286 | 性别=sex:dx_sex286 | 民族=-:dx_nation286"
        " | 公民身份号码=national_id:dx_id286 | 出生日期=birth_date:dx_birth286"
        " | 户籍地址=address:dx_addr286 | 联系电话=phone:dx_phone286"
        " | 距边境线(公里)=-:dx_km286 | 补助标准(元/人·月)=-:dx_rate286"
        " | 发放月数=-:dx_months286 | 社保卡(一卡通)账号=-:dx_card286"
        " | 发放时间=date:dx_paid286",
        english=True,
        encoding="gbk",
    ),
    _shape(
        "bianjing_diqu_churujing_tongxingzheng_shenling_dengji_hekou_yn286",
        "序号=row | 通行证号=-:hk_pass286 | 申请人姓名=full_name:hk_name286"
        " | 性别=sex:hk_sex286 | 民族=-:hk_nation286 | 身份证号码=national_id:hk_id286"
        " | 出生日期=birth_date@%Y-%m-%d | 户籍地址=address:hk_addr286"
        " | 手机号码=phone:hk_phone286 | 出境事由=-:hk_reason286"
        " | 前往地=-:hk_dest286 | 出入口岸=-:hk_port286 | 签发日期=date@%Y-%m-%d"
        " | 有效期至=-:hk_until286 | 紧急联系人及电话=-:hk_contact286",
        english=True,
        encoding="gb18030",
    ),
    _shape(
        "tianran_xiangjiao_jiage_baoxian_jiaonong_toubao_qingdan_xishuangbanna_yn286",
        "序号=row | 保单号=-:bn_policy286 | 被保险人=full_name:bn_name286"
        " | 民族=-:bn_nation286 | 身份证号=national_id:bn_id286"
        " | 出生日期=birth_date@%Y-%m-%d | 县(市)=district:bn_county286"
        " | 乡(镇)=suburb:bn_town286 | 村委会=-:bn_vc286 | 村寨=-:bn_hamlet286"
        " | 联系电话=phone:bn_phone286 | 开割株数=-:bn_trees286"
        " | 投保面积(亩)=-:bn_area286 | 保险金额(元)=-:bn_sum286"
        " | 农户自缴保费(元)=-:bn_premium286 | 目标价格(元/吨)=-:bn_target286"
        " | 投保日期=date@%Y-%m-%d | 赔款(元)=-:bn_claim286",
        english=True,
        file="xlsx",
    ),
    _shape(
        "hani_titian_daoyuya_zonghe_zhongyang_buzhu_mingce_yuanyang_honghe_yn286",
        "序号=row | 乡镇=suburb:hh_town286 | 村委会=-:hh_vc286"
        " | 户主姓名=full_name:hh_name286 | 民族=-:hh_nation286"
        " | 身份证号=national_id:hh_id286 | 出生年月日=birth_date:hh_birth286"
        " | 家庭住址=address:hh_addr286 | 联系电话=phone:hh_phone286"
        " | 梯田面积(亩)=-:hh_area286 | 种养模式=-:hh_mode286 | 投放鱼苗(斤)=-:hh_fry286"
        " | 补助标准(元/亩)=-:hh_rate286 | 验收日期=date:hh_checked286"
        " | 验收人=-:hh_checker286 | 备注=-:hh_note286",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("zw_id286", "dx_id286", "hk_id286", "bn_id286", "hh_id286")
SEX_HOLDS: tuple[str, ...] = ("zw_sex286", "dx_sex286", "hk_sex286")
NAME_HOLDS = frozenset({"zw_name286", "dx_name286", "hk_name286", "bn_name286", "hh_name286"})
PHONE_HOLDS: tuple[str, ...] = (
    "zw_phone286",
    "dx_phone286",
    "hk_phone286",
    "bn_phone286",
    "hh_phone286",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND286",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND286",
]
