"""How the people of the two-hundred-and-sixty-second part of the outside corpus (**blind 262**,
:mod:`lienthong.quality._corpus_blind262`) are written: four Vietnamese files' own columns (a
gold jewellery workshop's certificate, a security guard's training, a blood stem cell donor's
pledge, a Hanoi motorbike taxi driver's change of trade) and Taiwanese names, places, phones and
numbers from Hualien, Taitung, Miaoli, Hsinchu, Kinmen, Pingtung and Taichung in the forms their
registers show (the id's letter is the county's, its last digit the weighted mod-10 check; the
dates are in the Minguo calendar, ``民國74年3月12日`` or ``074/03/12``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind112_writers import (
    _TW_FAMILY,
    _TW_GIVEN_F,
    _TW_GIVEN_M,
    _TW_LETTER,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: gold jewellery workshops certified by the State Bank branch --------------------------
_VN_GOLD_SHOPS = (
    "Tiệm vàng Kim Thành",
    "DNTN Vàng bạc Ngọc Thẩm",
    "Cty TNHH Vàng bạc đá quý Bảo Tín",
    "Tiệm vàng Phú Quý",
    "Hộ KD Vàng Kim Hưng",
)
_VN_GOLD_KINDS = ("Sản xuất vàng trang sức, mỹ nghệ", "Gia công vàng trang sức", "SX + KD mua bán")
_VN_GOLD_STATUS = ("Đã cấp", "Đã cấp", "Bổ sung hồ sơ", "Đang thẩm định", "Cấp lại")
_VN_GOLD_CERTS = ("Thợ kim hoàn bậc 3/7", "Thợ kim hoàn bậc 5/7", "Nghệ nhân", "CC nghề kim hoàn")
# -- Vietnam: security guards trained by the province police ---------------------------------------
_VN_GUARD_FIRMS = (
    "Cty TNHH DV Bảo vệ Thăng Long",
    "Cty CP DV Bảo vệ Long Hải",
    "Cty TNHH Bảo vệ Vệ sĩ Sao Việt",
    "Cty TNHH DVBV Thành Công",
)
_VN_GUARD_POSTS = ("KCN Quang Minh", "Chung cư The Sun", "Ngân hàng ACB CN Đống Đa", "Bệnh viện")
_VN_GUARD_RESULTS = ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng thi")
_VN_GUARD_LEVEL = ("Bảo vệ", "Tổ trưởng", "Đội trưởng", "Bảo vệ", "Vệ sĩ")
# -- Vietnam: blood stem cell donor pledges --------------------------------------------------------
_VN_STEM_BLOOD = ("O+", "A+", "B+", "AB+", "O+", "B+")
_VN_STEM_EVENTS = (
    "Chủ nhật Đỏ 2026",
    "Lễ hội Xuân Hồng",
    "Hành trình Đỏ - Thái Bình",
    "Hiến máu tại cơ quan",
)
_VN_STEM_STATUS = ("Đã lưu mẫu HLA", "Đã lưu mẫu HLA", "Chờ định tuýp", "Tạm hoãn", "Rút đăng ký")
# -- Vietnam: Hanoi motorbike taxi drivers changing trade ------------------------------------------
_VN_XO_COURSES = ("Lái xe ô tô hạng B", "Điện dân dụng", "Sửa chữa xe máy", "Nấu ăn", "Giao hàng")
_VN_XO_SPOTS = ("Bến xe Giáp Bát", "Ga Hà Nội", "Ngã tư Sở", "BV Bạch Mai", "Chợ Long Biên")
_VN_XO_APPS = ("Không", "Grab", "Be", "Xanh SM Bike", "Không")

# -- Taiwan: indigenous traditional names (Hualien, Taitung) ---------------------------------------
_TW_NATIVE = (
    ("U", "花蓮縣", "光復鄉", "大安村", "中山路三段", "阿美族", "馬太鞍部落", "(03)870"),
    ("U", "花蓮縣", "秀林鄉", "秀林村", "秀林", "太魯閣族", "秀林部落", "(03)861"),
    ("U", "花蓮縣", "吉安鄉", "南昌村", "中正路一段", "阿美族", "薄薄部落", "(03)852"),
    ("V", "臺東縣", "東河鄉", "都蘭村", "都蘭", "阿美族", "都蘭部落", "(089)531"),
    ("V", "臺東縣", "成功鎮", "三仙里", "中華路", "阿美族", "白守蓮部落", "(089)851"),
    ("J", "新竹縣", "尖石鄉", "嘉樂村", "嘉樂", "泰雅族", "那羅部落", "(03)584"),
)
_AMIS_M = ("Kolas", "Lekal", "Mayaw", "Panay", "Sawmah", "Tafong", "Dongi")
_AMIS_F = ("Panay", "Lisin", "Kacaw", "Ofad", "Kamaya", "Sera", "Calaw")
_ATAYAL_M = ("Yukan", "Watan", "Batu", "Temu", "Pilin", "Sayun")
_ATAYAL_F = ("Yaway", "Lawa", "Pisuy", "Yungay", "Sayun", "Api")
_TW_NATIVE_KIND = (
    "回復傳統名字",
    "回復傳統名字",
    "傳統名字並列漢字",
    "漢人姓名改回",
    "登記羅馬拼音",
)
# -- Taiwan: Hakka language certificates (Miaoli, Hsinchu) -----------------------------------------
_TW_HAKKA = (
    ("K", "苗栗縣", "公館鄉", "館中村", "館中路", "(037)22"),
    ("K", "苗栗縣", "頭份市", "興隆里", "中華路", "(037)66"),
    ("K", "苗栗縣", "銅鑼鄉", "朝陽村", "中正路", "(037)98"),
    ("J", "新竹縣", "竹東鎮", "榮華里", "東林路", "(03)59"),
    ("J", "新竹縣", "北埔鄉", "北埔村", "中正路", "(03)58"),
    ("J", "新竹縣", "新埔鎮", "新埔里", "中正路", "(03)58"),
)
_TW_HAKKA_ACCENT = ("四縣腔", "海陸腔", "四縣腔", "大埔腔", "饒平腔", "南四縣腔", "詔安腔")
_TW_HAKKA_LEVEL = ("基礎級", "初級", "中級", "中高級", "高級")
_TW_HAKKA_SITE = ("苗栗縣立頭份國中", "國立聯合大學", "新竹縣立竹東國中", "新竹縣客家會館")
_TW_HAKKA_RESULT = ("合格", "合格", "不合格", "缺考", "合格")
# -- Taiwan: Kinmen elders' festival money ---------------------------------------------------------
_TW_KM = (
    ("金城鎮", "東門里", "莒光路一段"),
    ("金湖鎮", "新市里", "復興路"),
    ("金沙鎮", "汶沙里", "五福街"),
    ("金寧鄉", "盤山村", "頂堡"),
    ("烈嶼鄉", "林湖村", "東林街"),
)
_TW_KM_WAY = ("匯入郵局帳戶", "匯入郵局帳戶", "里辦公處領取", "金門縣農會轉帳", "親屬代領")
_TW_KM_ROUNDS = ("春節", "端午節", "中秋節")
# -- Taiwan: Pingtung typhoon relief ---------------------------------------------------------------
_TW_PT = (
    ("屏東縣", "林邊鄉", "崎峰村", "中山路", "(08)875"),
    ("屏東縣", "佳冬鄉", "塭豐村", "塭豐路", "(08)866"),
    ("屏東縣", "東港鎮", "興東里", "新生三路", "(08)832"),
    ("屏東縣", "來義鄉", "古樓村", "中正路", "(08)785"),
    ("屏東縣", "恆春鎮", "山腳里", "山腳路", "(08)889"),
)
_TW_PT_KIND = ("淹水救助", "淹水救助", "房屋毀損", "安遷救助", "重傷救助")
_TW_PT_AMOUNT = {"淹水救助": 20000, "房屋毀損": 50000, "安遷救助": 20000}
_TW_PT_STATUS = ("已核撥", "已核撥", "勘查中", "補件", "不符規定")
# -- Taiwan: Taichung conscription -----------------------------------------------------------------
_TW_TC = (
    ("北屯區", "仁和里", "崇德路三段"),
    ("北屯區", "大坑里", "東山路二段"),
    ("西屯區", "福安里", "福科路"),
    ("大里區", "大里里", "國光路二段"),
    ("豐原區", "中興里", "中正路"),
)
_TW_TC_SCHOOL = ("國立中興大學", "逢甲大學", "東海大學", "勤益科技大學", "臺中高工", "無")
_TW_TC_GRADE = ("常備役體位", "常備役體位", "替代役體位", "免役體位", "待驗")
_TW_TC_STATUS = ("緩徵", "待徵", "已徵集", "已徵集", "出境", "待複檢")


def _tw_id262(p: Person, letter: str, male: bool | None = None) -> str:
    """A 國民身分證統一編號: the county's letter, 1 or 2 for the sex, seven digits, check digit."""
    code = _TW_LETTER[letter]
    body = f"{1 if (p.male if male is None else male) else 2}{p.bhxh[-8:-1]}"
    weighted = sum(int(d) * w for d, w in zip(body, range(8, 0, -1), strict=True))
    total = code // 10 + code % 10 * 9 + weighted
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _roc_long(d: date) -> str:
    return f"民國{d.year - 1911}年{d.month}月{d.day}日"


def _roc_slash(d: date) -> str:
    return f"{d.year - 1911:03d}/{d.month:02d}/{d.day:02d}"


def _mobile(p: Person) -> str:
    return f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}"


def _tw_name262(p: Person, salt: int = 1) -> str:
    return _pick(p, _TW_FAMILY, salt) + _by_sex(p, _TW_GIVEN_M, _TW_GIVEN_F, salt + 1)


def _native(p: Person) -> tuple[str, str, str, str, str, str, str, str]:
    return _TW_NATIVE[int(p.bhxh) // 3 % len(_TW_NATIVE)]


def _native_name(p: Person) -> str:
    atayal = _native(p)[5] != "阿美族"
    own = _by_sex(p, _ATAYAL_M if atayal else _AMIS_M, _ATAYAL_F if atayal else _AMIS_F, 2)
    parent = _pick(p, _ATAYAL_M if atayal else _AMIS_F, 4)
    return f"{own} {parent}"


def _hakka(p: Person) -> tuple[str, str, str, str, str, str]:
    return _TW_HAKKA[int(p.bhxh) // 5 % len(_TW_HAKKA)]


def _km(p: Person) -> tuple[str, str, str]:
    return _TW_KM[int(p.bhxh) // 7 % len(_TW_KM)]


def _pt(p: Person) -> tuple[str, str, str, str, str]:
    return _TW_PT[int(p.bhxh) // 9 % len(_TW_PT)]


def _tc(p: Person) -> tuple[str, str, str]:
    return _TW_TC[int(p.bhxh) // 11 % len(_TW_TC)]


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=_num(p, span))


def _landline(p: Person, lead: str) -> str:
    """A landline after its area code and prefix: nine digits in all, as Taiwan dials them."""
    return lead + p.phone[-(9 - sum(ch.isdigit() for ch in lead)) :]


def _draftee_birth(p: Person) -> date:
    """A draftee is 18 to 21: the person's day and month in 2004 to 2007."""
    return _safe_day(2004 + int(p.bhxh) % 4, p.birth.month, p.birth.day)


def _pt_kind(p: Person) -> str:
    return _pick(p, _TW_PT_KIND, 3)


WRITERS_BLIND262: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: gold jewellery workshops
    "gold_shop262": lambda p, c: _pick(p, _VN_GOLD_SHOPS, 2),
    "gold_addr262": lambda p, c: f"Số {_num(p, 200)} phố Hàng Bạc",
    "gold_kind262": lambda p, c: _pick(p, _VN_GOLD_KINDS, 3),
    "gold_gpkd262": lambda p, c: f"01A8{p.bhxh[-6:]}",
    "gold_smith262": lambda p, c: _other_vn(p, 4, male=True),
    "gold_cert262": lambda p, c: _pick(p, _VN_GOLD_CERTS, 5),
    "gold_no262": lambda p, c: f"{_num(p, 90):02d}/GCN-HAN{p.bhxh[-1]}",
    "gold_status262": lambda p, c: _pick(p, _VN_GOLD_STATUS, 6),
    # Vietnam: security guards
    "guard_firm262": lambda p, c: _pick(p, _VN_GUARD_FIRMS, 2),
    "guard_post262": lambda p, c: _pick(p, _VN_GUARD_POSTS, 3),
    "guard_level262": lambda p, c: _pick(p, _VN_GUARD_LEVEL, 4),
    "guard_course262": lambda p, c: f"Khóa {_num(p, 6)}/2026",
    "guard_score262": lambda p, c: f"{5 + _num(p, 5)},{_num(p, 9) % 2 * 5}",
    "guard_result262": lambda p, c: _pick(p, _VN_GUARD_RESULTS, 5),
    "guard_cert262": lambda p, c: f"CN-BV {p.bhxh[-5:]}/PC06",
    # Vietnam: blood stem cell donors
    "stem_blood262": lambda p, c: _pick(p, _VN_STEM_BLOOD, 2),
    "stem_times262": lambda p, c: _num(p, 30),
    "stem_event262": lambda p, c: _pick(p, _VN_STEM_EVENTS, 3),
    "stem_code262": lambda p, c: f"HLA-{p.bhxh[-7:]}",
    "stem_contact262": lambda p, c: (
        f"{_other_vn(p, 5)} ({_pick(p, ('Mẹ', 'Chồng', 'Vợ', 'Anh'), 6)})"
    ),
    "stem_contact_phone262": lambda p, c: _other_phone(p, "03"),
    "stem_status262": lambda p, c: _pick(p, _VN_STEM_STATUS, 7),
    # Vietnam: motorbike taxi drivers changing trade
    "xo_spot262": lambda p, c: _pick(p, _VN_XO_SPOTS, 2),
    "xo_years262": lambda p, c: 2 + _num(p, 25),
    "xo_plate262": lambda p, c: (
        f"29{_pick(p, ('B1', 'H1', 'E1', 'X1'), 3)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "xo_app262": lambda p, c: _pick(p, _VN_XO_APPS, 4),
    "xo_course262": lambda p, c: _pick(p, _VN_XO_COURSES, 5),
    "xo_support262": lambda p, c: f"{(2 + _num(p, 4)) * 1_000_000:,}".replace(",", "."),
    # Taiwan: indigenous traditional names
    "nt_han262": lambda p, c: _tw_name262(p),
    "nt_name262": lambda p, c: _native_name(p),
    "nt_id262": lambda p, c: _tw_id262(p, _native(p)[0]),
    "nt_birth262": lambda p, c: _roc_long(p.birth),
    "sex_tw262": lambda p, c: "男" if p.male else "女",
    "nt_tribe262": lambda p, c: _native(p)[5],
    "nt_village262": lambda p, c: _native(p)[6],
    "nt_addr262": lambda p, c: (
        f"{_native(p)[1]}{_native(p)[2]}{_native(p)[3]}{_num(p, 20)}鄰"
        f"{_native(p)[4]}{_num(p, 250)}號"
    ),
    "nt_town262": lambda p, c: _native(p)[2],
    "nt_phone262": lambda p, c: _mobile(p) if int(p.bhxh) % 3 else _landline(p, _native(p)[7]),
    "nt_kind262": lambda p, c: _pick(p, _TW_NATIVE_KIND, 3),
    "nt_father262": lambda p, c: _native_name(p).split()[1],
    "nt_date262": lambda p, c: _roc_slash(_day(p, date(2025, 3, 3), 520)),
    "nt_office262": lambda p, c: f"{_native(p)[1]}{_native(p)[2][:2]}戶政事務所",
    # Taiwan: Hakka language certificates
    "hak_name262": lambda p, c: _tw_name262(p, 3),
    "hak_id262": lambda p, c: _tw_id262(p, _hakka(p)[0]),
    "hak_birth262": lambda p, c: _roc_slash(p.birth),
    "hak_addr262": lambda p, c: (
        f"{_hakka(p)[1]}{_hakka(p)[2]}{_hakka(p)[3]}{_hakka(p)[4]}{_num(p, 400)}號"
        + (f"{_num(p, 9)}樓" if int(p.bhxh) % 4 == 0 else "")
    ),
    "hak_county262": lambda p, c: _hakka(p)[1],
    "hak_phone262": lambda p, c: _mobile(p),
    "hak_home262": lambda p, c: _landline(p, _hakka(p)[5]),
    "hak_accent262": lambda p, c: _pick(p, _TW_HAKKA_ACCENT, 2),
    "hak_level262": lambda p, c: _pick(p, _TW_HAKKA_LEVEL, 4),
    "hak_site262": lambda p, c: _pick(p, _TW_HAKKA_SITE, 5),
    "hak_ticket262": lambda p, c: f"115{_num(p, 9)}{p.bhxh[-5:]}",
    "hak_result262": lambda p, c: _pick(p, _TW_HAKKA_RESULT, 6),
    "hak_score262": lambda p, c: 50 + _num(p, 50),
    # Taiwan: Kinmen elders' festival money
    "km_name262": lambda p, c: (
        _pick(p, ("陳", "李", "許", "楊", "黃", "蔡"), 2)
        + _by_sex(p, ("水木", "金土", "天賜", "清水"), ("阿蘭", "秀鑾", "碧霞", "玉治"), 3)
    ),
    "km_id262": lambda p, c: _tw_id262(p, "W"),
    "km_birth262": lambda p, c: _roc_slash(p.birth),
    "km_addr262": lambda p, c: (
        f"金門縣{_km(p)[0]}{_km(p)[1]}{_num(p, 15)}鄰{_km(p)[2]}{_num(p, 120)}號"
    ),
    "km_town262": lambda p, c: _km(p)[0],
    "km_village262": lambda p, c: _km(p)[1],
    "km_phone262": lambda p, c: (
        f"(082){p.phone[-6:-3]}{p.phone[-3:]}" if int(p.bhxh) % 2 else _mobile(p)
    ),
    "km_round262": lambda p, c: _pick(p, _TW_KM_ROUNDS, 4),
    "km_amount262": lambda p, c: "3,000" if int(p.bhxh) % 5 else "6,000",
    "km_way262": lambda p, c: _pick(p, _TW_KM_WAY, 5),
    "km_proxy262": lambda p, c: _tw_name262(p, 6) if int(p.bhxh) % 5 == 0 else "",
    "km_paid262": lambda p, c: _roc_long(_day(p, date(2026, 1, 20), 8)),
    # Taiwan: Pingtung typhoon relief
    "pt_case262": lambda p, c: f"115屏救{p.bhxh[-5:]}",
    "pt_name262": lambda p, c: _tw_name262(p, 2),
    "pt_id262": lambda p, c: _tw_id262(p, "T"),
    "pt_birth262": lambda p, c: _roc_slash(p.birth) if int(p.bhxh) % 2 else f"{p.birth:%Y/%m/%d}",
    "pt_addr262": lambda p, c: f"{_pt(p)[0]}{_pt(p)[1]}{_pt(p)[2]}{_pt(p)[3]}{_num(p, 300)}號",
    "pt_town262": lambda p, c: _pt(p)[1],
    "pt_phone262": lambda p, c: _mobile(p),
    "pt_kind262": lambda p, c: _pt_kind(p),
    "pt_amount262": lambda p, c: f"{_TW_PT_AMOUNT.get(_pt_kind(p), 100000):,}",
    "pt_survey262": lambda p, c: _roc_slash(_day(p, date(2025, 9, 22), 20)),
    "pt_status262": lambda p, c: _pick(p, _TW_PT_STATUS, 4),
    "pt_bank262": lambda p, c: f"郵局 {p.bhxh[-7:]}-{p.phone[-7:]}",
    # Taiwan: Taichung conscription
    "tc_name262": lambda p, c: _pick(p, _TW_FAMILY, 4) + _pick(p, _TW_GIVEN_M, 5),
    "tc_id262": lambda p, c: _tw_id262(p, "B" if int(p.bhxh) % 4 else "L", male=True),
    "tc_birth262": lambda p, c: _roc_slash(_draftee_birth(p)),
    "tc_addr262": lambda p, c: (
        f"臺中市{_tc(p)[0]}{_tc(p)[1]}{_num(p, 30)}鄰{_tc(p)[2]}{_num(p, 500)}巷{_num(p, 40)}號"
    ),
    "tc_dist262": lambda p, c: _tc(p)[0],
    "tc_li262": lambda p, c: _tc(p)[1],
    "tc_phone262": lambda p, c: _mobile(p),
    "tc_school262": lambda p, c: _pick(p, _TW_TC_SCHOOL, 3),
    "tc_grade262": lambda p, c: _pick(p, _TW_TC_GRADE, 5),
    "tc_status262": lambda p, c: _pick(p, _TW_TC_STATUS, 6),
    "tc_exam262": lambda p, c: _roc_slash(_day(p, date(2026, 2, 2), 200)),
    "tc_parent262": lambda p, c: _tw_name262(p, 7),
    "tc_parent_phone262": lambda p, c: f"09{p.bhxh[-8:-6]}-{p.bhxh[-6:-3]}-{p.bhxh[-3:]}",
}

__all__ = ["WRITERS_BLIND262"]
