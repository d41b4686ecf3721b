"""How the people of the two-hundred-and-eighty-sixth part of the outside corpus (**blind 286**,
:mod:`lienthong.quality._corpus_blind286`) are written: four Vietnamese files' own columns (a
watcher at a self-opened railway crossing, a rare Rh-negative blood donor on call, an elder in a
digital skills class, a volunteer of a river rescue team) and names, places, phones and
18-character resident identity numbers (the ISO 7064 MOD 11-2 check character, X for 10) of
Guangxi's Zhuang counties, Dongxing's Jing and Zhuang border villages, Hekou, Xishuangbanna's Dai
villages and Honghe's Hani terraces, with their dates ``1978年3月5日`` or ``1978-03-05``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind173_writers import _cn_resident
from lienthong.quality._corpus_blind242_writers import _cn_phone

if TYPE_CHECKING:
    from datetime import date

    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: watchers at self-opened crossings over the railway ----------------------------------
_VN_RAIL_LINES = ("Bắc - Nam", "Hà Nội - Lào Cai", "Hà Nội - Hải Phòng", "Hà Nội - Đồng Đăng")
_VN_RAIL_SHIFTS = ("Ca ngày 6h-18h", "Ca đêm 18h-6h", "Theo giờ tàu", "Ca ngày 6h-18h")
_VN_RAIL_TRAINED = ("Đã tập huấn", "Đã tập huấn", "Chưa", "Đã tập huấn (2025)")
# -- Vietnam: rare Rh-negative blood donors on call ---------------------------------------------
_VN_RH_GROUPS = ("O Rh(-)", "A Rh(-)", "B Rh(-)", "AB Rh(-)", "O Rh(-)", "B Rh(-)")
_VN_RH_HOSPITALS = (
    "Vien Huyet hoc - TMTW",
    "BV Bach Mai",
    "BV Cho Ray",
    "BV Phu san Ha Noi",
    "BV Da khoa tinh",
)
_VN_RH_KIN = ("Vo", "Chong", "Me", "Bo", "Anh trai", "Em gai")
# -- Vietnam: elders learning digital skills ----------------------------------------------------
_VN_DX_PHONES = ("Android", "iPhone", "Android", "Điện thoại phím bấm", "Android")
_VN_DX_NEEDS = (
    "Cài VNeID, tích hợp thẻ BHYT",
    "Chuyển khoản, quét mã QR",
    "Nộp hồ sơ DVC trực tuyến",
    "Nhận diện cuộc gọi lừa đảo",
    "Gọi video Zalo cho con cháu",
)
_VN_DX_HELPERS = (
    "ĐV Nguyễn Thu Trang",
    "ĐV Lê Minh Đức",
    "Tổ trưởng Phạm Văn Hòa",
    "SV tình nguyện",
)
_VN_DX_RESULTS = ("Thành thạo", "Biết sử dụng", "Cần kèm thêm", "Biết sử dụng", "Nghỉ")
# -- Vietnam: volunteer river rescue team ------------------------------------------------------
_VN_SR_ROLES = ("Đội trưởng", "Đội phó", "Thợ lặn", "Lái ca nô", "Đội viên", "Đội viên")
_VN_SR_BOATS = ("Ca nô 40CV", "Thuyền máy", "Thuyền nan", "Không", "Xuồng composite")
_VN_SR_CERTS = ("CC cứu đuối - Hội CTĐ", "Lặn hơi (tự học)", "Chưa có", "CC sơ cấp cứu")

# -- Guangxi: Zhuang language proficiency test (壮语文水平考试) -----------------------------
_GX_FAMILY = ("韦", "覃", "黄", "蓝", "农", "陆", "莫", "潘", "卢")
_GX_GIVEN_M = ("绍光", "汉文", "承福", "金龙", "有才", "春生", "国强", "启明")
_GX_GIVEN_F = ("月琴", "美凤", "丽春", "桂香", "小燕", "翠兰", "金花", "秀梅")
_GX_PLACES: tuple[_T, ...] = (
    ("450127", "南宁市横州市", "校椅镇", "石井村"),
    ("451022", "百色市田东县", "平马镇", "百谷村"),
    ("451221", "河池市南丹县", "城关镇", "拉易村"),
    ("451425", "崇左市天等县", "天等镇", "龙角村"),
    ("450226", "柳州市三江侗族自治县", "古宜镇", "周坪村"),
    ("451031", "百色市隆林各族自治县", "新州镇", "马场村"),
)
_GX_UNITS = (
    "天等县民族中学",
    "田东县融媒体中心",
    "自治区民语委",
    "南丹县人民法院",
    "务农",
    "在读学生",
)
_GX_LEVELS = ("初级", "中级", "高级", "初级", "中级")
_GX_SITES = ("广西民族大学考点", "百色学院考点", "河池学院考点", "南宁市民族中学考点")
# -- Dongxing: living subsidy of border residents in villages at the line ----------------------
_DX_JING_FAMILY = ("苏", "阮", "刘", "武", "黄", "龚", "裴", "吴")
_DX_GIVEN_M = ("振兴", "海生", "德才", "明富", "文忠", "进财", "福来")
_DX_GIVEN_F = ("秀娟", "海燕", "氏梅", "金凤", "春兰", "玉珍", "丽萍")
_DX_PLACES: tuple[_T, ...] = (
    ("450681", "江平镇", "巫头村", "巫头一组"),
    ("450681", "江平镇", "万尾村", "万尾五组"),
    ("450681", "江平镇", "山心村", "沥尾组"),
    ("450681", "东兴镇", "竹山村", "竹山组"),
    ("450681", "马路镇", "北仑村", "那垌组"),
    ("450681", "东兴镇", "河洲村", "河洲二组"),
)
_DX_NATIONS = ("京族", "京族", "汉族", "壮族", "京族", "瑶族")
# -- Hekou: exit-and-entry passes of border residents ---------------------------------------------
_HK_FAMILY = ("杨", "李", "邓", "盘", "陶", "王", "张", "马")
_HK_GIVEN_M = ("永福", "金贵", "文才", "正华", "老三", "有明", "德荣")
_HK_GIVEN_F = ("秀英", "春梅", "玉芬", "美英", "金妹", "小芳", "桂英")
_HK_PLACES: tuple[_T, ...] = (
    ("532532", "河口镇", "滨河社区", "人民路"),
    ("532532", "河口镇", "北山社区", "北山路"),
    ("532532", "南溪镇", "南溪村", "南溪街"),
    ("532532", "桥头苗族壮族乡", "桥头村", "桥头街"),
    ("532532", "瑶山乡", "大凹子村", "大凹子"),
    ("532532", "莲花滩乡", "莲花滩村", "街子"),
)
_HK_NATIONS = ("汉族", "瑶族", "苗族", "壮族", "彝族", "汉族")
_HK_REASONS = ("边民互市", "探亲访友", "旅游", "务工(越方)", "边境贸易")
_HK_DESTS = ("越南老街省老街市", "越南老街省沙巴", "越南老街省巴刹县", "越南老街省谷柳")
# -- Xishuangbanna: natural rubber price insurance of Dai tappers -------------------------------
_BN_GIVEN_M = ("岩温", "岩罕", "岩香", "岩应", "岩坎", "岩叫", "岩庄", "岩扁")
_BN_GIVEN_F = ("玉香", "玉罕", "玉坎", "玉应", "玉儿", "玉光", "玉叫", "玉旺")
_BN_PLACES: tuple[_T, ...] = (
    ("532823", "勐腊县", "勐捧镇", "曼庄村委会", "曼景坎"),
    ("532823", "勐腊县", "勐满镇", "曼赛村委会", "曼迈"),
    ("532801", "景洪市", "嘎洒镇", "曼景保村委会", "曼蚌囡"),
    ("532801", "景洪市", "勐罕镇", "曼听村委会", "曼春满"),
    ("532822", "勐海县", "勐遮镇", "曼洒村委会", "曼勐养"),
)
_BN_NATIONS = ("傣族", "傣族", "傣族", "哈尼族", "布朗族", "傣族")
# -- Honghe: Hani terrace rice-fish-duck farming subsidy ---------------------------------------
_HH_FAMILY = ("李", "卢", "马", "白", "朱", "普", "张", "熊", "项", "陶")
_HH_GIVEN_M = ("者发", "沙却", "批龙", "然波", "来才", "正忠", "阿三", "文亮")
_HH_GIVEN_F = ("咪然", "阿英", "咪者", "秀英", "然妹", "沙玛", "美珍", "阿芬")
_HH_PLACES: tuple[_T, ...] = (
    ("532528", "新街镇", "爱春村委会", "阿者科"),
    ("532528", "新街镇", "土锅寨村委会", "箐口"),
    ("532528", "攀枝花乡", "猛品村委会", "猛品"),
    ("532528", "胜村乡", "多依树村委会", "多依树"),
    ("532529", "宝华镇", "嘎他村委会", "嘎他"),
)
_HH_NATIONS = ("哈尼族", "哈尼族", "彝族", "哈尼族", "苗族", "瑶族")
_HH_MODES = ("稻鱼鸭", "稻鱼", "稻鱼鸭", "红米+稻鱼", "稻鸭")
_HH_CHECKERS = ("李正林", "卢朝贵", "马永华", "白者黑")


def _pl(p: Person, table: tuple[_T, ...], salt: int = 5) -> _T:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _zh(d: date) -> str:
    """A date as Chinese forms write it: ``1978年3月5日``."""
    return f"{d.year}年{d.month}月{d.day}日"


def _name(p: Person, family: _T, men: _T, women: _T) -> str:
    return _pick(p, family, 2) + _by_sex(p, men, women, 3)


def _gx_addr(p: Person) -> str:
    _, county, town, village = _pl(p, _GX_PLACES)
    tun = _pick(p, ("那", "板", "弄", "岜", "陇"), 4) + _pick(p, ("坡", "良", "合", "楼"), 5)
    return f"广西壮族自治区{county}{town}{village}{tun}屯{_num(p, 40)}号"


def _dx_addr(p: Person) -> str:
    _, town, village, group = _pl(p, _DX_PLACES)
    return f"广西东兴市{town}{village}{group}{_num(p, 80)}号"


def _hk_addr(p: Person) -> str:
    _, town, village, street = _pl(p, _HK_PLACES)
    return f"云南省红河州河口瑶族自治县{town}{village}{street}{_num(p, 120)}号"


def _hh_addr(p: Person) -> str:
    code, town, vc, hamlet = _pl(p, _HH_PLACES)
    county = "元阳县" if code == "532528" else "红河县"
    return f"云南省红河哈尼族彝族自治州{county}{town}{vc}{hamlet}村{_num(p, 90)}号"


def _bn_area(p: Person) -> float:
    return (2 + _num(p, 30)) * 1.5


WRITERS_BLIND286: dict[str, Callable[[Person, Col], object]] = {
    "rail_km286": lambda p, c: f"Km{_num(p, 300)}+{p.bhxh[-3:]}",
    "rail_line286": lambda p, c: _pick(p, _VN_RAIL_LINES, 3),
    "rail_shift286": lambda p, c: _pick(p, _VN_RAIL_SHIFTS, 4),
    "rail_pay286": lambda p, c: _pick(p, ("2.340.000", "3.000.000", "1.800.000"), 5),
    "rail_trained286": lambda p, c: _pick(p, _VN_RAIL_TRAINED, 6),
    "rail_station286": lambda p, c: _pick(p, ("Ga Phủ Lý", "Ga Bỉm Sơn", "Ga Yên Bái"), 7),
    "rh_group286": lambda p, c: _pick(p, _VN_RH_GROUPS, 3),
    "rh_times286": lambda p, c: 1 + _num(p, 25),
    "rh_hospital286": lambda p, c: _pick(p, _VN_RH_HOSPITALS, 4),
    "rh_kin286": lambda p, c: f"{_other_vn(p, 5)} ({_pick(p, _VN_RH_KIN, 6)})",
    "rh_kin_phone286": lambda p, c: _other_phone(p),
    "rh_ready286": lambda p, c: _pick(
        p, ("San sang", "San sang", "Tam hoan - mang thai", "Di xa"), 7
    ),
    "dx_group286": lambda p, c: f"TDP số {1 + _num(p, 18)}",
    "dx_os286": lambda p, c: _pick(p, _VN_DX_PHONES, 3),
    "dx_vneid286": lambda p, c: _pick(p, ("Rồi", "Rồi", "Chưa", "Mức 1"), 4),
    "dx_need286": lambda p, c: _pick(p, _VN_DX_NEEDS, 5),
    "dx_helper286": lambda p, c: _pick(p, _VN_DX_HELPERS, 6),
    "dx_result286": lambda p, c: _pick(p, _VN_DX_RESULTS, 7),
    "sr_role286": lambda p, c: _pick(p, _VN_SR_ROLES, 3),
    "sr_boat286": lambda p, c: _pick(p, _VN_SR_BOATS, 4),
    "sr_cert286": lambda p, c: _pick(p, _VN_SR_CERTS, 5),
    "sr_cases286": lambda p, c: _num(p, 30),
    "sr_policy286": lambda p, c: f"BV-TNCN/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "sr_kin286": lambda p, c: f"{_other_vn(p, 8)} - {_other_phone(p)}",
    "zw_ticket286": lambda p, c: (
        f"ZW{p.other_date:%Y}{_pick(p, ('01', '10', '12', '14'), 6)}{p.bhxh[-4:]}"
    ),
    "zw_name286": lambda p, c: _name(p, _GX_FAMILY, _GX_GIVEN_M, _GX_GIVEN_F),
    "zw_sex286": lambda p, c: "Sai 男" if p.male else "Mbwk 女",
    "zw_nation286": lambda p, c: _pick(p, ("Bouxcuengh 壮族", "壮族", "壮族", "瑶族", "汉族"), 3),
    "zw_id286": lambda p, c: _cn_resident(p, _pl(p, _GX_PLACES)[0]),
    "zw_birth286": lambda p, c: f"{p.birth:%Y-%m-%d}",
    "zw_addr286": lambda p, c: _gx_addr(p),
    "zw_phone286": lambda p, c: _cn_phone(p),
    "zw_unit286": lambda p, c: _pick(p, _GX_UNITS, 4),
    "zw_level286": lambda p, c: _pick(p, _GX_LEVELS, 5),
    "zw_site286": lambda p, c: _pick(p, _GX_SITES, 6),
    "zw_score286": lambda p, c: 45 + _num(p, 50),
    "zw_exam286": lambda p, c: f"{p.other_date:%Y-%m-%d}",
    "dx_town286": lambda p, c: _pl(p, _DX_PLACES)[1],
    "dx_village286": lambda p, c: _pl(p, _DX_PLACES)[2],
    "dx_name286": lambda p, c: _name(p, _DX_JING_FAMILY, _DX_GIVEN_M, _DX_GIVEN_F),
    "dx_sex286": lambda p, c: "男" if p.male else "女",
    "dx_nation286": lambda p, c: _pick(p, _DX_NATIONS, 3),
    "dx_id286": lambda p, c: _cn_resident(p, _pl(p, _DX_PLACES)[0]),
    "dx_birth286": lambda p, c: _zh(p.birth),
    "dx_addr286": lambda p, c: _dx_addr(p),
    "dx_phone286": lambda p, c: _cn_phone(p),
    "dx_km286": lambda p, c: f"{_num(p, 3)}.{_num(p, 10)}",
    "dx_rate286": lambda p, c: _pick(p, ("280", "280", "300"), 4),
    "dx_months286": lambda p, c: _pick(p, ("3", "6", "3", "12"), 5),
    "dx_card286": lambda p, c: f"6228 4806 {p.bhxh[:4]} {p.bhxh[4:8]} {_num(p, 9)}{p.bhxh[8:]}",
    "dx_paid286": lambda p, c: _zh(p.other_date),
    "hk_pass286": lambda p, c: f"T{_num(p, 9)}{p.bhxh[1:8]}",
    "hk_name286": lambda p, c: _name(p, _HK_FAMILY, _HK_GIVEN_M, _HK_GIVEN_F),
    "hk_sex286": lambda p, c: "男" if p.male else "女",
    "hk_nation286": lambda p, c: _pick(p, _HK_NATIONS, 3),
    "hk_id286": lambda p, c: _cn_resident(p, _pl(p, _HK_PLACES)[0]),
    "hk_addr286": lambda p, c: _hk_addr(p),
    "hk_phone286": lambda p, c: _cn_phone(p),
    "hk_reason286": lambda p, c: _pick(p, _HK_REASONS, 4),
    "hk_dest286": lambda p, c: _pick(p, _HK_DESTS, 5),
    "hk_until286": lambda p, c: f"{p.other_date + timedelta(days=365 * 3):%Y-%m-%d}",
    "hk_port286": lambda p, c: _pick(p, ("河口口岸", "河口口岸", "北山互市通道"), 6),
    "hk_contact286": lambda p, c: (
        _name(p, _HK_FAMILY, _HK_GIVEN_F, _HK_GIVEN_M) + f" {_cn_phone(p)[:3]}{p.bhxh[-8:]}"
    ),
    "bn_policy286": lambda p, c: f"PHFT{p.other_date:%Y}5328{p.bhxh[-6:]}",
    "bn_name286": lambda p, c: _by_sex(p, _BN_GIVEN_M, _BN_GIVEN_F, 2),
    "bn_nation286": lambda p, c: _pick(p, _BN_NATIONS, 3),
    "bn_id286": lambda p, c: _cn_resident(p, _pl(p, _BN_PLACES)[0]),
    "bn_county286": lambda p, c: _pl(p, _BN_PLACES)[1],
    "bn_town286": lambda p, c: _pl(p, _BN_PLACES)[2],
    "bn_vc286": lambda p, c: _pl(p, _BN_PLACES)[3],
    "bn_hamlet286": lambda p, c: _pl(p, _BN_PLACES)[4],
    "bn_phone286": lambda p, c: _cn_phone(p),
    "bn_trees286": lambda p, c: int(_bn_area(p) * 33),
    "bn_area286": lambda p, c: f"{_bn_area(p):.1f}",
    "bn_sum286": lambda p, c: f"{_bn_area(p) * 1000:.2f}",
    "bn_premium286": lambda p, c: f"{_bn_area(p) * 1000 * 0.06 * 0.2:.2f}",
    "bn_target286": lambda p, c: _pick(p, ("13000", "13500", "14000"), 4),
    "bn_claim286": lambda p, c: _pick(p, ("0", "0", f"{_bn_area(p) * 37.5:.2f}"), 5),
    "hh_town286": lambda p, c: _pl(p, _HH_PLACES)[1],
    "hh_vc286": lambda p, c: _pl(p, _HH_PLACES)[2],
    "hh_name286": lambda p, c: _name(p, _HH_FAMILY, _HH_GIVEN_M, _HH_GIVEN_F),
    "hh_nation286": lambda p, c: _pick(p, _HH_NATIONS, 3),
    "hh_id286": lambda p, c: _cn_resident(p, _pl(p, _HH_PLACES)[0]),
    "hh_birth286": lambda p, c: _zh(p.birth),
    "hh_addr286": lambda p, c: _hh_addr(p),
    "hh_phone286": lambda p, c: _cn_phone(p),
    "hh_area286": lambda p, c: f"{(1 + _num(p, 12)) * 0.5:.1f}",
    "hh_mode286": lambda p, c: _pick(p, _HH_MODES, 4),
    "hh_rate286": lambda p, c: _pick(p, ("300", "500", "300"), 5),
    "hh_fry286": lambda p, c: f"{(1 + _num(p, 12)) * 5}",
    "hh_checked286": lambda p, c: _zh(p.other_date),
    "hh_checker286": lambda p, c: _pick(p, _HH_CHECKERS, 6),
    "hh_note286": lambda p, c: _pick(p, ("", "", "梯田撂荒已复垦", "", "申请下年续种"), 7),
}

__all__ = ["WRITERS_BLIND286"]
