"""How the people of the two-hundred-and-forty-second part of the outside corpus (**blind 242**,
:mod:`lienthong.quality._corpus_blind242`) are written: four Vietnamese files' own columns (a
district's Chinese chess tournament, trees handed out for planting, pupils brought back to school,
fines collected by enforcement) and Guangdong, Sichuan, Yunnan, Guangxi and Tibetan names, places,
phones and 18-character resident identity numbers with their ISO 7064 MOD 11-2 check character."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind129_writers import _cn_name
from lienthong.quality._corpus_blind173_writers import _cn_resident

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam -----------------------------------------------------------------------------------
_VN_CLUBS = (
    "CLB co tuong phuong Quang Trung",
    "CLB NCT xa Dong Tien",
    "Tu do",
    "CLB Cong an huyen",
)
_VN_LEVELS = ("Kien tuong", "Cap 1", "Cap 2", "Khong", "Khong", "Cap 3")
_VN_GROUPS = ("Nam thanh nien", "Nam cao tuoi", "Nu", "Nam thanh nien", "Nam cao tuoi")
_VN_RANKS = ("Nhat", "Nhi", "Ba", "KK", "", "", "")
_VN_TREES = ("Sao đen", "Lim xẹt", "Bằng lăng", "Hoa sữa", "Phượng vĩ", "Giáng hương", "Xà cừ")
_VN_SPOTS = ("Vỉa hè trước nhà", "Vườn nhà", "Ngõ xóm", "Bờ kênh N2", "Khuôn viên nhà văn hóa")
_VN_SCHOOLS = ("THCS Quỳnh Lâm", "THCS Nậm Ty", "THPT Sốp Cộp", "THCS Mường Lạn")
_VN_REASONS = (
    "Hoàn cảnh khó khăn, phải đi làm",
    "Học lực yếu, chán học",
    "Theo gia đình đi làm nương",
    "Lấy vợ/chồng sớm",
    "Nhà xa trường",
)
_VN_HELPS = ("Miễn học phí", "Hỗ trợ gạo 15kg/tháng", "Ở bán trú", "Tặng xe đạp", "Phụ đạo")
_VN_TEACHERS = ("GVCN Lò Văn Hùng", "GVCN Quàng Thị Thu", "TPT Đội Cầm Văn Sơn", "GVCN Vì Thị Lan")
_VN_ACTS = (
    "Vi phạm trật tự xây dựng",
    "Lấn chiếm vỉa hè",
    "Không đội mũ bảo hiểm",
    "Gây mất trật tự công cộng",
    "Khai thác cát trái phép",
)
_VN_MEASURES = (
    "Khấu trừ một phần lương",
    "Kê biên tài sản",
    "Thu tiền từ tài khoản",
    "Buộc tháo dỡ công trình",
)
_VN_OUTCOMES = ("Đã thi hành xong", "Đang thi hành", "Đã nộp phạt tự nguyện", "Hoãn thi hành")

# -- Guangdong (Cantonese usage) ---------------------------------------------------------------
_GD_FAMILY = ("陈", "黄", "梁", "何", "麦", "冼", "区", "谭", "邓", "罗")
_GD_GIVEN_M = ("伟强", "志明", "家豪", "锦荣", "国雄", "耀辉", "永康", "俊杰")
_GD_GIVEN_F = ("嘉欣", "咏诗", "丽华", "美玲", "绮雯", "婉婷", "少芬", "慧敏")
_GD_PLACES = (
    ("440606", "顺德区", "乐从镇", "腾冲村东便街"),
    ("440605", "南海区", "九江镇", "下西大谷坊"),
    ("440604", "禅城区", "张槎街道", "大富村北约"),
    ("440106", "天河区", "车陂街道", "车陂大街"),
    ("440113", "番禺区", "石楼镇", "赤岗村大街"),
)
_GD_ROLES = ("扒仔", "扒仔", "扒仔", "鼓手", "锣手", "舵手", "头旗")
_GD_BOATS = ("乐从腾冲一队", "九江下西龙", "车陂东龙", "赤岗青龙", "大富金龙")
_GD_KIN = ("老婆", "老公", "阿妈", "阿爸", "仔", "女")

# -- Sichuan -----------------------------------------------------------------------------------
_SC_PLACES = (
    ("511321", "南充市南部县", "大桥镇", "红岩子村3组"),
    ("511902", "巴中市巴州区", "清江镇", "石城村5组"),
    ("510722", "绵阳市三台县", "芦溪镇", "鹤鸣村2组"),
    ("511325", "南充市西充县", "多扶镇", "凤鸣村7组"),
)
_SC_PROJECTS = ("生猪养殖", "火锅店", "花椒种植", "农家乐", "柑橘种植", "汽车修理", "电商(网店)")
_SC_BANKS = ("四川农信南部县联社", "邮储银行巴中分行", "绵阳市商业银行三台支行", "农行西充支行")
_SC_KINDS = ("返乡农民工", "退役军人", "高校毕业生", "返乡农民工", "脱贫户")

# -- Yunnan (Xishuangbanna, Dai) ---------------------------------------------------------------
_YN_GIVEN_M = ("岩温", "岩香", "岩罕", "岩应", "岩坎", "岩光")
_YN_GIVEN_F = ("玉香", "玉罕", "玉儿", "玉应", "玉旺", "玉康")
_YN_PLACES = (
    ("532801", "景洪市", "勐养镇", "曼么耐村委会", "曼么耐"),
    ("532823", "勐腊县", "勐仑镇", "城子村委会", "曼安"),
    ("532822", "勐海县", "勐往乡", "坝散村委会", "曼糯"),
    ("532801", "景洪市", "大渡岗乡", "关坪村委会", "回老寨"),
)
_YN_CROPS = ("水稻", "玉米", "甘蔗", "橡胶幼树", "香蕉", "茶叶")
_YN_ANIMALS = ("亚洲象", "亚洲象", "亚洲象", "野猪", "亚洲象")
_YN_SURVEYORS = ("刀建华", "岩罕坎", "李国平", "玉应章")
_YN_NATIONS = ("傣族", "傣族", "哈尼族", "彝族", "傣族", "汉族")

# -- Guangxi (Zhuang) --------------------------------------------------------------------------
_GX_FAMILY = ("韦", "覃", "黄", "莫", "蓝", "农", "陆", "梁")
_GX_GIVEN_M = ("振宁", "光荣", "文科", "德明", "壮华", "海生")
_GX_GIVEN_F = ("秀英", "美兰", "凤娟", "月娇", "桂芳", "春燕")
_GX_PLACES = (
    ("451022", "百色市田东县", "祥周镇", "中平村"),
    ("451027", "百色市凌云县", "泗城镇", "后龙村"),
    ("450123", "南宁市隆安县", "那桐镇", "定江村"),
    ("451421", "崇左市扶绥县", "东门镇", "那派村"),
)
_GX_CLASSES = ("壮锦织造初级班", "壮锦织造提高班", "壮族刺绣班", "壮锦织造初级班")
_GX_TEACHERS = ("谭湘光", "李村灵", "黄秀英", "韦丽娟")
_GX_CERTS = ("合格", "合格", "优秀", "未结业", "合格")

# -- Tibet -------------------------------------------------------------------------------------
_XZ_NAMES_M = ("扎西次仁", "旦增", "次仁多吉", "格桑", "达瓦", "尼玛顿珠", "平措")
_XZ_NAMES_F = ("卓玛", "央金", "拉姆", "次仁卓嘎", "德吉", "白玛", "格桑曲珍")
_XZ_PLACES = (
    ("540621", "那曲市嘉黎县", "阿扎镇", "阿扎村"),
    ("540622", "那曲市比如县", "白嘎乡", "巴塘村"),
    ("540602", "那曲市色尼区", "那么切乡", "达仁村"),
    ("540621", "那曲市嘉黎县", "忠玉乡", "甲堆村"),
)
_XZ_AREAS = ("阿扎镇第3采集区", "白嘎乡神山以东", "那么切乡3号山", "忠玉乡甲堆沟")


def _pl(p: Person, table: tuple[_T, ...], salt: int = 5) -> _T:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _cn_phone(p: Person) -> str:
    return f"1{_pick(p, ('37', '39', '58', '88', '36', '80'), 4)}{p.phone[2:10]}"


def _gd_name(p: Person) -> str:
    return _pick(p, _GD_FAMILY, 2) + _by_sex(p, _GD_GIVEN_M, _GD_GIVEN_F, 3)


def _gd_addr(p: Person) -> str:
    _, district, town, street = _pl(p, _GD_PLACES)
    city = "广州市" if district in ("天河区", "番禺区") else "佛山市"
    return f"广东省{city}{district}{town}{street}{_num(p, 60)}号"


def _gd_kin(p: Person) -> str:
    """Whom to call at home, the name's sex following the relation (老婆 is a wife)."""
    kin = _pick(p, _GD_KIN, 8)
    female = kin in ("阿妈", "女")
    if kin in ("老婆", "老公"):
        kin, female = ("老婆", True) if p.male else ("老公", False)
    given = _pick(p, _GD_GIVEN_F if female else _GD_GIVEN_M, 7)
    return f"{_pick(p, _GD_FAMILY, 6)}{given}（{kin}）"


def _sc_addr(p: Person) -> str:
    _, county, town, village = _pl(p, _SC_PLACES)
    return f"四川省{county}{town}{village}{_num(p, 40)}号"


def _yn_name(p: Person) -> str:
    return _by_sex(p, _YN_GIVEN_M, _YN_GIVEN_F, 2)


def _gx_name(p: Person) -> str:
    return _pick(p, _GX_FAMILY, 2) + _by_sex(p, _GX_GIVEN_M, _GX_GIVEN_F, 3)


def _gx_addr(p: Person) -> str:
    _, county, town, village = _pl(p, _GX_PLACES)
    hamlet = _pick(p, ("那", "板", "弄", "六"), 4)
    return f"广西壮族自治区{county}{town}{village}{hamlet}屯{_num(p, 50)}号"


def _xz_name(p: Person) -> str:
    return _by_sex(p, _XZ_NAMES_M, _XZ_NAMES_F, 2)


WRITERS_BLIND242: dict[str, Callable[[Person, Col], object]] = {
    "club242": lambda p, c: _pick(p, _VN_CLUBS, 3),
    "level242": lambda p, c: _pick(p, _VN_LEVELS, 4),
    "group242": lambda p, c: _pick(p, _VN_GROUPS, 5),
    "bib242": lambda p, c: f"CT{_num(p, 96):02d}",
    "points242": lambda p, c: f"{_num(p, 7)},{_pick(p, ('0', '5'), 6)}",
    "rank242": lambda p, c: _pick(p, _VN_RANKS, 7),
    "fee242": lambda p, c: _pick(p, ("100.000", "50.000", "Mien phi"), 8),
    "to242": lambda p, c: f"Tổ {_num(p, 30)}",
    "tree242": lambda p, c: _pick(p, _VN_TREES, 3),
    "trees242": lambda p, c: 1 + _num(p, 5),
    "spot242": lambda p, c: _pick(p, _VN_SPOTS, 4),
    "height242": lambda p, c: f"{_pick(p, ('1,5', '2', '2,5', '3'), 5)} m",
    "pledge242": lambda p, c: _pick(p, ("Có", "Có", "Chưa ký"), 6),
    "survive242": lambda p, c: _pick(p, ("Sống tốt", "Sống", "Chết - đã trồng dặm", ""), 7),
    "school242": lambda p, c: _pick(p, _VN_SCHOOLS, 3),
    "grade242": lambda p, c: f"{6 + _num(p, 6)}{_pick(p, ('A1', 'A2', 'B', 'C'), 4)}",
    "left242": lambda p, c: f"{p.other_date - timedelta(days=40 + _num(p, 90)):%d/%m/%Y}",
    "reason242": lambda p, c: _pick(p, _VN_REASONS, 5),
    "parent242": lambda p, c: _other_vn(p, 7),
    "parent_phone242": lambda p, c: _other_phone(p),
    "help242": lambda p, c: _pick(p, _VN_HELPS, 6),
    "teacher242": lambda p, c: _pick(p, _VN_TEACHERS, 7),
    "back242": lambda p, c: _pick(p, ("Đã ra lớp", "Đã ra lớp", "Chưa ra lớp", "Học nghề"), 8),
    "fine_no242": lambda p, c: f"{_num(p, 300)}/QĐ-XPHC",
    "enf_no242": lambda p, c: f"{_num(p, 90)}/QĐ-CCXP",
    "act242": lambda p, c: _pick(p, _VN_ACTS, 3),
    "amount242": lambda p, c: f"{(1 + _num(p, 40)) * 250_000:,}".replace(",", "."),
    "measure242": lambda p, c: _pick(p, _VN_MEASURES, 4),
    "officer242": lambda p, c: _other_vn(p, 9, male=True),
    "outcome242": lambda p, c: _pick(p, _VN_OUTCOMES, 5),
    "gd_name242": lambda p, c: _gd_name(p),
    "gd_sex242": lambda p, c: "男" if p.male else "女",
    "gd_id242": lambda p, c: _cn_resident(p, _pl(p, _GD_PLACES)[0]),
    "gd_addr242": lambda p, c: _gd_addr(p),
    "gd_phone242": lambda p, c: _cn_phone(p),
    "gd_role242": lambda p, c: _pick(p, _GD_ROLES, 4),
    "gd_boat242": lambda p, c: _pick(p, _GD_BOATS, 5),
    "gd_kin242": lambda p, c: _gd_kin(p),
    "gd_kin_phone242": lambda p, c: (
        f"1{_pick(p, ('39', '36', '59'), 6)}{p.phone[-4:]}{p.bhxh[-4:]}"
    ),
    "gd_swim242": lambda p, c: _pick(p, ("识", "识", "识", "唔识"), 7),
    "gd_policy242": lambda p, c: f"PEAC{p.other_date:%Y}4406{p.bhxh[-8:]}",
    "sc_name242": lambda p, c: _cn_name(p),
    "sc_sex242": lambda p, c: "男" if p.male else "女",
    "sc_id242": lambda p, c: _cn_resident(p, _pl(p, _SC_PLACES)[0]),
    "sc_addr242": lambda p, c: _sc_addr(p),
    "sc_phone242": lambda p, c: _cn_phone(p),
    "sc_kind242": lambda p, c: _pick(p, _SC_KINDS, 4),
    "sc_project242": lambda p, c: _pick(p, _SC_PROJECTS, 5),
    "sc_jobs242": lambda p, c: 1 + _num(p, 12),
    "sc_loan242": lambda p, c: _pick(p, ("10", "15", "20", "30", "50"), 6),
    "sc_bank242": lambda p, c: _pick(p, _SC_BANKS, 7),
    "sc_guarantor242": lambda p, c: _pick(
        p, ("县创业担保中心", "市融资担保公司", "反担保人:配偶"), 8
    ),
    "sc_term242": lambda p, c: _pick(p, ("2年", "3年", "3年"), 9),
    "sc_note242": lambda p, c: _pick(p, ("", "", "已贴息", "提前还款", "", "展期一次"), 10),
    "yn_case242": lambda p, c: f"YXSG{p.other_date:%Y%m%d}{p.bhxh[-4:]}",
    "yn_name242": lambda p, c: _yn_name(p),
    "yn_sex242": lambda p, c: "男" if p.male else "女",
    "yn_nation242": lambda p, c: _pick(p, _YN_NATIONS, 3),
    "yn_id242": lambda p, c: _cn_resident(p, _pl(p, _YN_PLACES)[0]),
    "yn_county242": lambda p, c: _pl(p, _YN_PLACES)[1],
    "yn_town242": lambda p, c: _pl(p, _YN_PLACES)[2],
    "yn_vc242": lambda p, c: _pl(p, _YN_PLACES)[3],
    "yn_group242": lambda p, c: _pl(p, _YN_PLACES)[4],
    "yn_phone242": lambda p, c: _cn_phone(p),
    "yn_animal242": lambda p, c: _pick(p, _YN_ANIMALS, 4),
    "yn_crop242": lambda p, c: _pick(p, _YN_CROPS, 5),
    "yn_area242": lambda p, c: f"{_num(p, 8)}.{_num(p, 9)}",
    "yn_loss242": lambda p, c: f"{(1 + _num(p, 40)) * 185.5:.2f}",
    "yn_surveyor242": lambda p, c: _pick(p, _YN_SURVEYORS, 6),
    "gx_name242": lambda p, c: _gx_name(p),
    "gx_sex242": lambda p, c: "Boux sai 男" if p.male else "Mehmbwk 女",
    "gx_nation242": lambda p, c: _pick(p, ("壮族", "壮族", "壮族", "瑶族", "汉族"), 3),
    "gx_id242": lambda p, c: _cn_resident(p, _pl(p, _GX_PLACES)[0]),
    "gx_addr242": lambda p, c: _gx_addr(p),
    "gx_phone242": lambda p, c: _cn_phone(p),
    "gx_class242": lambda p, c: _pick(p, _GX_CLASSES, 4),
    "gx_days242": lambda p, c: _pick(p, ("15", "15", "30", "10"), 5),
    "gx_subsidy242": lambda p, c: _pick(p, ("1200", "1800", "900", "1200"), 6),
    "gx_teacher242": lambda p, c: _pick(p, _GX_TEACHERS, 7),
    "gx_cert242": lambda p, c: _pick(p, _GX_CERTS, 8),
    "xz_permit242": lambda p, c: f"那虫证〔{p.other_date:%Y}〕{p.bhxh[-5:]}号",
    "xz_name242": lambda p, c: _xz_name(p),
    "xz_sex242": lambda p, c: "ཕོ། 男" if p.male else "མོ། 女",
    "xz_id242": lambda p, c: _cn_resident(p, _pl(p, _XZ_PLACES)[0]),
    "xz_county242": lambda p, c: _pl(p, _XZ_PLACES)[1],
    "xz_town242": lambda p, c: _pl(p, _XZ_PLACES)[2],
    "xz_village242": lambda p, c: _pl(p, _XZ_PLACES)[3],
    "xz_phone242": lambda p, c: _cn_phone(p),
    "xz_area242": lambda p, c: _pick(p, _XZ_AREAS, 4),
    "xz_fee242": lambda p, c: _pick(p, ("0", "200", "500", "0"), 5),
    "xz_head242": lambda p, c: _pick(p, _XZ_NAMES_M, 6),
    "xz_to242": lambda p, c: f"{p.other_date + timedelta(days=45):%Y-%m-%d}",
}
