"""How the people of the eighty-eighth part of the outside corpus (**blind 88**,
:mod:`lienthong.quality._corpus_blind88`) are written: four Vietnamese files' own columns (a
voluntary social insurance contributor's income and the state's share, a poor household's
electricity support, a factory worker's rent support and bank account, a dengue case's onset,
hospital and the spraying of its block) and Chinese, Hong Kong, Taiwanese, Korean and Mongolian
names, places, phones and identity numbers in the forms their offices write them (the 居民身份证号码
with its MOD 11-2 check character, the HKID with its check digit in brackets, the 身分證字號 with
its letter, ROC dates, the 주민등록번호, the Mongolian регистрийн дугаар)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _cn_id, _hkid
from lienthong.quality._corpus_blind12_writers import _tw_id
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind60_writers import _rrn
from lienthong.quality._corpus_blind66_writers import _mn_register

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: the rural poverty line a voluntary contributor's income may not fall under (đồng a month)
_VN_FLOOR = 1_500_000
#: (group, the state's share of 22% of the poverty line, in percent)
_VN_GROUPS = (("Khác", 20), ("Khác", 20), ("Hộ cận nghèo", 40), ("Hộ nghèo", 50), ("DTTS", 30))
_VN_METHODS = (("Hằng tháng", 1), ("3 tháng", 3), ("6 tháng", 6), ("12 tháng", 12))
_VN_COLLECTORS = ("Lê Thị Bích Vân", "Trương Văn Hậu", "Đỗ Thị Kim Cúc", "Nguyễn Thanh Sang")
_VN_POSTS = ("BĐVHX Tân Phú Trung", "Bưu cục Củ Chi", "BĐVHX Phước Vĩnh An", "Đại lý UBND xã")
_VN_POWER_HAMLETS = ("Thôn Phú Lộc", "Thôn An Bình", "Thôn Hòa Mỹ", "Thôn Đông Yên")
_VN_POWER_COMMUNES = ("xã Phong Hiền", "xã Phong Bình", "xã Phong Thu", "xã Phong An")
_VN_POWER_GROUPS = ("Hộ nghèo", "Hộ nghèo", "Hộ chính sách XH", "Hộ nghèo (BTXH)")
#: 30 kWh a month at the first block's price
_VN_POWER_RATE = 56_790
_VN_DEPTS = ("Tổ may 3", "Chuyền đế 12", "Kho thành phẩm", "QC", "Tổ cắt 1", "Chuyền may 7")
_VN_RENT_STREETS = ("đường ĐT743", "đường Bình Chuẩn 69", "đường Nguyễn Du", "hẻm 45 Thủ Khoa Huân")
_VN_RENT_WARDS = ("P. Bình Chuẩn", "P. An Phú", "P. Thuận Giao", "P. Bình Hòa")
_VN_BANKS = ("Agribank CN Thuận An", "Vietinbank KCN VSIP", "BIDV Bình Dương", "Sacombank")
_VN_DENGUE_WARDS = ("Phường 4", "Phường 5", "Phường 6", "Phường 9", "Phường 10")
_VN_WORKPLACES = (
    "HS Trường THCS Lý Phong",
    "Công nhân Cty TNHH Pou Yuen",
    "Buôn bán chợ Bình Tây",
    "Ở nhà",
    "SV ĐH Sư phạm",
    "Nhân viên văn phòng Q.1",
)
_VN_HOSPITALS = ("BV Nhiệt đới", "BV Nhi Đồng 1", "BV Quận 8", "Điều trị ngoại trú", "BV Chợ Rẫy")
_VN_DIAGNOSES = ("SXHD", "SXHD", "SXHD có dấu hiệu cảnh báo", "SXHD nặng", "Nghi SXHD")
_VN_REPORTERS = ("YTP Nguyễn Thị Hạnh", "CTV Trần Văn Bé", "YTP Phạm Minh Trí")
_CN_FAMILY = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马")
_CN_GIVEN_M = ("建国", "志强", "海峰", "伟", "德明", "子轩", "国栋", "磊")
_CN_GIVEN_F = ("秀英", "丽娟", "淑珍", "静", "雅琴", "梓涵", "桂兰", "敏")
_CN_NATIONS = ("汉族", "汉族", "汉族", "回族", "满族", "汉族", "蒙古族")
#: (community under the 劲松街道, its residential compound)
_CN_COMMUNITIES = (
    ("劲松北社区", "劲松一区"),
    ("劲松中社区", "劲松三区"),
    ("农光里社区", "农光里"),
    ("磨房北里社区", "磨房北里"),
    ("八棵杨社区", "劲松八区"),
)
_CN_HOSPITALS = ("北京朝阳医院", "中国医学科学院肿瘤医院", "北京中医医院", "垂杨柳医院")
_CN_CLINICS = ("劲松社区卫生服务中心", "农光里社区卫生服务站", "八棵杨社区卫生服务站")
_CN_BANKS = ("北京银行", "北京农商银行", "中国工商银行", "中国建设银行")
_CN_CLERKS = ("社保所 刘娜", "社保所 孟庆华", "社保所 赵宇")
_CN_NOTES = ("", "", "续保", "新参保", "转入", "断缴补缴", "")
_HK_FAMILY: tuple[tuple[str, str], ...] = (
    *(("CHAN", "陳"), ("WONG", "黃"), ("LEUNG", "梁"), ("CHEUNG", "張"), ("LAU", "劉")),
    *(("NG", "吳"), ("LI", "李"), ("TSANG", "曾"), ("HO", "何"), ("YEUNG", "楊")),
)
_HK_GIVEN_M = (("Ka Ming", "家明"), ("Chi Keung", "志強"), ("Wai Lun", "偉倫"), ("Tsz Hin", "子軒"))
_HK_GIVEN_F = (
    ("Mei Ling", "美玲"),
    ("Siu Fong", "小芳"),
    ("Wing Yan", "詠欣"),
    ("Hoi Ying", "凱瑩"),
)
#: (present address, its district) - the flats applicants rent while they wait
_HK_PLACES = (
    ("Flat C, 5/F, 218 Un Chau Street, Sham Shui Po, Kowloon", "Sham Shui Po"),
    ("Room 3, 2/F, 41 Fuk Wa Street, Sham Shui Po, Kowloon", "Sham Shui Po"),
    ("Flat B, 12/F, Tak Lee Building, 62 Pitt Street, Yau Ma Tei, Kowloon", "Yau Tsim Mong"),
    ("Room 7, 4/F, 103 To Kwa Wan Road, To Kwa Wan, Kowloon", "Kowloon City"),
    ("Flat 2, G/F, 17 Chi Kiang Street, To Kwa Wan, Kowloon", "Kowloon City"),
    ("Flat D, 8/F, Wah Fung Building, 33 Fa Yuen Street, Mong Kok, Kowloon", "Yau Tsim Mong"),
    ("Room 5, 3/F, 88 Third Street, Sai Ying Pun, Hong Kong", "Central and Western"),
)
_HK_MARITAL = ("Married", "Single", "Married", "Divorced", "Widowed")
_HK_PREFERRED = ("Urban", "Extended Urban", "New Territories", "Islands", "Urban")
_HK_STATUS = ("Pending", "Pending", "Detailed Vetting", "Offer Issued", "Cancelled")
_TW_FAMILY = ("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭")
_TW_GIVEN_M = ("志明", "建宏", "俊傑", "家豪", "文雄", "冠宇", "國華", "承翰")
_TW_GIVEN_F = ("淑芬", "美玲", "雅婷", "怡君", "秀琴", "佩珊", "麗華", "宜蓁")
#: (里, its street) in 臺南市北區
_TW_PLACES = (
    ("大港里", "大港街"),
    ("振興里", "北華街"),
    ("成德里", "成德街"),
    ("長興里", "長榮路五段"),
    ("賢北里", "公園路"),
)
_TW_CLASSES = ("低收入戶第一款", "低收入戶第二款", "低收入戶第三款", "中低收入戶", "中低收入戶")
_TW_RELATIONS = ("本人", "配偶", "長子", "長女", "次子", "母", "孫")
_TW_CLERKS = ("社會課 林佳慧", "社會課 郭俊宏", "社會課 蘇美惠")
_KR_FAMILY = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임")
_KR_GIVEN_M = ("민준", "성호", "영수", "동현", "재훈", "상철", "준혁")
_KR_GIVEN_F = ("서연", "미경", "영희", "지은", "수진", "혜숙", "은정")
#: (road address in 관악구, 행정동)
_KR_PLACES = (
    ("서울특별시 관악구 신림로 {n}, {f}0{u}호 (신림동)", "서원동"),
    ("서울특별시 관악구 봉천로 {n}, 10{f}동 {u}0{u}호 (봉천동)", "청룡동"),
    ("서울특별시 관악구 남부순환로 {n}, {f}층 (봉천동)", "행운동"),
    ("서울특별시 관악구 난곡로 {n}, 지하{u}호 (신림동)", "난향동"),
    ("서울특별시 관악구 관악로 {n}, {f}0{u}호 (봉천동)", "낙성대동"),
)
#: (type, amount in won) of the 2025 consumer coupons
_KR_TYPES = (
    ("일반", 150_000),
    ("일반", 150_000),
    ("차상위·한부모", 300_000),
    ("기초수급", 400_000),
)
_KR_MEANS = ("신용·체크카드", "지역사랑상품권", "선불카드", "신용·체크카드")
_KR_RELATIONS = ("본인", "본인", "배우자", "자녀", "본인", "자녀")
_KR_CLERKS = ("김지현(주무관)", "박상우(주무관)", "이수민(기간제)")
_MN_FAMILY_M = ("Батбаяр", "Ганбаатар", "Дорж", "Мөнхбат", "Энхтөр", "Сүхбаатар", "Болд")
_MN_GIVEN_M = ("Тэмүүлэн", "Батзориг", "Эрдэнэбат", "Ганзориг", "Мөнх-Эрдэнэ", "Билгүүн")
_MN_GIVEN_F = ("Сарангэрэл", "Оюунчимэг", "Номин", "Энхжаргал", "Хулан", "Мөнхзул")
_MN_KHOROO = ("1-р хороо", "7-р хороо", "12-р хороо", "14-р хороо", "26-р хороо")
_MN_STREETS = (
    "{n}-р байр, {f}{u} тоот",
    "Жанжин гудамж {n}-{u}",
    "{n}-р байр, {u} орц, {f}0{u} тоот",
    "Шархадын {f}-р гудамж, {n} тоот",
)
_MN_INSURANCE = ("Төлсөн", "Төлсөн", "Төрөөс хариуцдаг", "Тасалдсан", "Төрөөс хариуцдаг")
_MN_RISK = ("", "Цусны даралт ихсэх", "Чихрийн шижин", "", "Жирэмсэн", "Хөгжлийн бэрхшээлтэй")
_MN_DOCTORS = ("Эмч Б.Сувд", "Эмч Д.Гэрэлмаа", "Эмч Ц.Ганбат", "Эмч О.Нарантуяа")
_MN_WORKS = ("Тэтгэвэрт", "Хувиараа", "Сурагч", "Ажилгүй", "Төрийн алба", "Оюутан")


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _comma(amount: int) -> str:
    return f"{amount:,}"


def _age(p: Person, on: date) -> int:
    return on.year - p.birth.year - ((on.month, on.day) < (p.birth.month, p.birth.day))


def _income(p: Person) -> int:
    return _VN_FLOOR + _num(p, 8) // 3 * 500_000


def _group(p: Person) -> tuple[str, int]:
    return _VN_GROUPS[int(p.bhxh) // 7 % len(_VN_GROUPS)]


def _method(p: Person) -> tuple[str, int]:
    return _VN_METHODS[int(p.bhxh) // 11 % len(_VN_METHODS)]


def _state_aid(p: Person) -> int:
    return _VN_FLOOR * 22 // 100 * _group(p)[1] // 100 * _method(p)[1]


def _due(p: Person) -> int:
    return _income(p) * 22 // 100 * _method(p)[1] - _state_aid(p)


def _power_months(p: Person) -> int:
    return 3 if int(p.bhxh) % 5 else 6


def _power_address(p: Person) -> str:
    hamlet = _pick(p, _VN_POWER_HAMLETS, 3)
    return f"{hamlet}, {_pick(p, _VN_POWER_COMMUNES, 4)}, TX. Phong Điền, TP. Huế"


def _rent_address(p: Person) -> str:
    room = f"Phòng {1 + _num(p, 24)}, dãy trọ số {p.bhxh[2:4].lstrip('0') or '7'}"
    return f"{room} {_pick(p, _VN_RENT_STREETS, 3)}, {_pick(p, _VN_RENT_WARDS, 4)}, TP. Thuận An"


def _account(p: Person) -> str:
    return f"{p.bhxh[::-1]}{p.bhxh[3:6]}"


def _signed(p: Person) -> date:
    """The labour contract's day: years before the 2022 rent support was asked for."""
    return _shift_date(p.other_date, -3 - int(p.bhxh[6]) % 4)


def _onset(p: Person) -> date:
    return p.other_date


def _cn(p: Person) -> tuple[str, str]:
    return _CN_COMMUNITIES[int(p.bhxh) // 9 % len(_CN_COMMUNITIES)]


def _cn_category(p: Person) -> tuple[str, int, int]:
    """(category, personal contribution, the city's subsidy) in yuan for 2025."""
    age = _age(p, date(2025, 1, 1))
    if age >= 60:
        return "城乡老年人", 370, 2_050
    if age < 18:
        return "学生儿童", 345, 1_990
    return "劳动年龄内居民", 690, 1_885


def _cn_address(p: Person) -> str:
    building = f"{1 + _num(p, 18)}号楼{1 + int(p.bhxh[3]) % 6}单元{1 + _num(p, 6)}0{p.bhxh[5]}号"
    return f"北京市朝阳区劲松街道{_cn(p)[1]}{building}"


def _cn_phone(p: Person) -> str:
    return f"1{'3578'[int(p.bhxh[1]) % 4]}{p.phone[1:10]}"


def _hk(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    family = _HK_FAMILY[int(p.bhxh) // 3 % len(_HK_FAMILY)]
    given = (_HK_GIVEN_M if p.male else _HK_GIVEN_F)[int(p.bhxh) // 5 % 4]
    return family, given


def _married(p: Person) -> bool:
    return _pick(p, _HK_MARITAL, 3) == "Married"


def _hk_size(p: Person) -> int:
    return (2 if _married(p) else 1) + int(p.bhxh) % 4


def _hk_category(p: Person) -> str:
    """The queue: elderly (all 60 or over, one or two of them), one-person, or general."""
    elderly = _age(p, date(2025, 1, 1)) >= 60
    if elderly and _hk_size(p) <= 2:
        return "Elderly Persons"
    return "Non-elderly One-person" if _hk_size(p) == 1 else "General"


def _hk_place(p: Person) -> tuple[str, str]:
    return _HK_PLACES[int(p.bhxh) // 9 % len(_HK_PLACES)]


def _hk_phone(p: Person) -> str:
    return f"{'965'[int(p.bhxh[4]) % 3]}{p.phone[3:6]} {p.phone[6:10]}"


def _tw_name(p: Person) -> str:
    return f"{_pick(p, _TW_FAMILY, 2)}{_by_sex(p, _TW_GIVEN_M, _TW_GIVEN_F, 1)}"


def _tw(p: Person) -> tuple[str, str]:
    return _TW_PLACES[int(p.bhxh) // 9 % len(_TW_PLACES)]


def _roc_dotted(day: date) -> str:
    """A date as a 區公所 writes it: the Republic's year without padding, ``74.03.12``."""
    return f"{day.year - 1911}.{day:%m.%d}"


def _roc_slashed(day: date) -> str:
    return f"{day.year - 1911:03d}/{day:%m/%d}"


def _tw_address(p: Person) -> str:
    li, street = _tw(p)
    lin = 1 + _num(p, 24)
    floor = "" if int(p.bhxh[2]) % 3 == 0 else f"{2 + int(p.bhxh[2]) % 6}樓"
    return f"臺南市北區{li}{lin}鄰{street}{1 + _num(p, 300)}號{floor}"


def _tw_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"06-2{p.phone[3:6]}-{p.phone[6:10]}"
    return f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}"


def _kr_place(p: Person) -> tuple[str, str]:
    return _KR_PLACES[int(p.bhxh) // 9 % len(_KR_PLACES)]


def _kr_address(p: Person) -> str:
    n, f, u = 1 + _num(p, 250), 1 + int(p.bhxh[3]) % 9, 1 + int(p.bhxh[4]) % 8
    return _kr_place(p)[0].format(n=n, f=f, u=u)


def _kr_type(p: Person) -> tuple[str, int]:
    return _KR_TYPES[int(p.bhxh) // 13 % len(_KR_TYPES)]


def _kr_applied(p: Person) -> date:
    """A day in the coupons' first application round, 21 July to 12 September 2025."""
    return date(2025, 7, 21) + timedelta(days=int(p.bhxh) % 54)


def _kr_name(p: Person) -> str:
    return f"{_pick(p, _KR_FAMILY, 2)}{_by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 1)}"


def _kr_head(p: Person) -> str:
    """The head of the household: the applicant, or a relative (the spouse's own family name)."""
    relation = _pick(p, _KR_RELATIONS, 4)
    if relation == "본인":
        return _kr_name(p)
    if relation == "배우자":
        given = _pick(p, _KR_GIVEN_F if p.male else _KR_GIVEN_M, 6)
        return f"{_pick(p, _KR_FAMILY, 8)}{given}"
    return f"{_pick(p, _KR_FAMILY, 2)}{_pick(p, _KR_GIVEN_M, 6)}"


def _mn_street(p: Person) -> str:
    n, f, u = 1 + _num(p, 60), 1 + int(p.bhxh[3]) % 9, 1 + int(p.bhxh[4]) % 6
    return _pick(p, _MN_STREETS, 3).format(n=n, f=f, u=u)


def _mn_phone(p: Person) -> str:
    return f"{'9988'[int(p.bhxh[1]) % 4]}{'9581'[int(p.bhxh[2]) % 4]}{p.phone[4:6]}-{p.phone[6:10]}"


def _mn_family(p: Person) -> str:
    return _pick(p, _MN_FAMILY_M, 2)


WRITERS_BLIND88: dict[str, Callable[[Person, Col], object]] = {
    "income88": lambda p, c: _dotted(_income(p)),
    "method88": lambda p, c: _method(p)[0],
    "from_month88": lambda p, c: f"{p.other_date:%m/%Y}",
    "group88": lambda p, c: _group(p)[0],
    "state_aid88": lambda p, c: _dotted(_state_aid(p)),
    "due88": lambda p, c: _dotted(_due(p)),
    "collector88": lambda p, c: _pick(p, _VN_COLLECTORS, 5),
    "post88": lambda p, c: _pick(p, _VN_POSTS, 6),
    "power_addr88": lambda p, c: _power_address(p),
    "evn88": lambda p, c: f"PQ0{p.bhxh[1:3]}00{p.bhxh[3:9]}",
    "power_group88": lambda p, c: _pick(p, _VN_POWER_GROUPS, 5),
    "months88": lambda p, c: _power_months(p),
    "power_rate88": lambda p, c: _dotted(_VN_POWER_RATE),
    "power_total88": lambda p, c: _dotted(_VN_POWER_RATE * _power_months(p)),
    "proxy88": lambda p, c: "" if int(p.bhxh) % 4 else f"{_other_vn(p, 6)} (con)",
    "contract88": lambda p, c: f"{p.bhxh[4:8]}/{_signed(p):%Y}/HĐLĐ-PY",
    "signed88": lambda p, c: f"{_signed(p):%d/%m/%Y}",
    "dept88": lambda p, c: _pick(p, _VN_DEPTS, 4),
    "rent_addr88": lambda p, c: _rent_address(p),
    "landlord88": lambda p, c: _other_vn(p, 7),
    "rent_aid88": lambda p, c: _dotted(500_000 * (1 + int(p.bhxh) % 3)),
    "account88": lambda p, c: _account(p),
    "bank88": lambda p, c: _pick(p, _VN_BANKS, 8),
    "dengue_street88": lambda p, c: (
        f"{p.bhxh[2:4].lstrip('0') or '5'}/{1 + _num(p, 40)} Tổ"
        f" {1 + int(p.bhxh[5]) % 9}, KP{1 + int(p.bhxh[6]) % 4}"
    ),
    "dengue_ward88": lambda p, c: _pick(p, _VN_DENGUE_WARDS, 3),
    "workplace88": lambda p, c: _pick(p, _VN_WORKPLACES, 4),
    "admit88": lambda p, c: f"{_onset(p) + timedelta(days=2 + int(p.bhxh[3]) % 4):%d/%m/%Y}",
    "hospital88": lambda p, c: _pick(p, _VN_HOSPITALS, 5),
    "diagnosis88": lambda p, c: _pick(p, _VN_DIAGNOSES, 6),
    "ns188": lambda p, c: _pick(p, ("(+)", "(+)", "(-)", "Không XN"), 7),
    "spray88": lambda p, c: f"{_onset(p) + timedelta(days=4 + int(p.bhxh[4]) % 3):%d/%m/%Y}",
    "reporter88": lambda p, c: _pick(p, _VN_REPORTERS, 8),
    "cn_name88": lambda p, c: f"{_pick(p, _CN_FAMILY, 2)}{_by_sex(p, _CN_GIVEN_M, _CN_GIVEN_F, 1)}",
    "sex_cn88": lambda p, c: "男" if p.male else "女",
    "nation_cn88": lambda p, c: _pick(p, _CN_NATIONS, 3),
    "cn_id88": lambda p, c: _cn_id(p),
    "category_cn88": lambda p, c: _cn_category(p)[0],
    "community_cn88": lambda p, c: _cn(p)[0],
    "addr_cn88": lambda p, c: _cn_address(p),
    "phone_cn88": lambda p, c: _cn_phone(p),
    "own_cn88": lambda p, c: f"{_cn_category(p)[1]:.2f}",
    "subsidy_cn88": lambda p, c: f"{_cn_category(p)[2]:.2f}",
    "hosp1_cn88": lambda p, c: _pick(p, _CN_HOSPITALS, 4),
    "hosp2_cn88": lambda p, c: _pick(p, _CN_CLINICS, 5),
    "bank_cn88": lambda p, c: _pick(p, _CN_BANKS, 6),
    "clerk_cn88": lambda p, c: _pick(p, _CN_CLERKS, 7),
    "note_cn88": lambda p, c: _pick(p, _CN_NOTES, 8),
    "app_hk88": lambda p, c: f"G{p.bhxh[::-1][:8]}-{p.other_date:%y}",
    "name_en_hk88": lambda p, c: f"{_hk(p)[0][0]} {_hk(p)[1][0]}",
    "name_zh_hk88": lambda p, c: f"{_hk(p)[0][1]}{_hk(p)[1][1]}",
    "hkid88": lambda p, c: _hkid(p),
    "sex_hk88": lambda p, c: "M 男" if p.male else "F 女",
    "marital_hk88": lambda p, c: _pick(p, _HK_MARITAL, 3),
    "addr_hk88": lambda p, c: _hk_place(p)[0],
    "district_hk88": lambda p, c: _hk_place(p)[1],
    "phone_hk88": lambda p, c: _hk_phone(p),
    "size_hk88": lambda p, c: _hk_size(p),
    "income_hk88": lambda p, c: _comma(9_000 + _num(p, 40) * 500),
    "preferred_hk88": lambda p, c: _pick(p, _HK_PREFERRED, 4),
    "category_hk88": lambda p, c: _hk_category(p),
    "status_hk88": lambda p, c: _pick(p, _HK_STATUS, 6),
    "spouse_hk88": lambda p, c: (
        f"{_pick(p, tuple(f[0] for f in _HK_FAMILY), 7)} Siu Wah" if _married(p) else ""
    ),
    "tw_household88": lambda p, c: f"F{p.bhxh[1:8]}",
    "tw_relation88": lambda p, c: _pick(p, _TW_RELATIONS, 3),
    "tw_name88": lambda p, c: _tw_name(p),
    "tw_id88": lambda p, c: _tw_id(p),
    "tw_birth88": lambda p, c: _roc_dotted(p.birth),
    "sex_tw88": lambda p, c: "男" if p.male else "女",
    "tw_addr88": lambda p, c: _tw_address(p),
    "tw_li88": lambda p, c: _tw(p)[0],
    "tw_phone88": lambda p, c: _tw_phone(p),
    "tw_class88": lambda p, c: _pick(p, _TW_CLASSES, 4),
    "tw_work88": lambda p, c: "無" if not 16 <= _age(p, date(2025, 1, 1)) < 65 else "有",
    "tw_approved88": lambda p, c: _roc_slashed(p.other_date),
    "tw_clerk88": lambda p, c: _pick(p, _TW_CLERKS, 5),
    "kr_receipt88": lambda p, c: f"2025-{p.bhxh[:6]}",
    "kr_name88": lambda p, c: _kr_name(p),
    "rrn88": lambda p, c: _rrn(p),
    "sex_kr88": lambda p, c: "남" if p.male else "여",
    "kr_addr88": lambda p, c: _kr_address(p),
    "kr_dong88": lambda p, c: _kr_place(p)[1],
    "kr_phone88": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_head88": lambda p, c: _kr_head(p),
    "kr_relation88": lambda p, c: _pick(p, _KR_RELATIONS, 4),
    "kr_type88": lambda p, c: _kr_type(p)[0],
    "kr_amount88": lambda p, c: _comma(_kr_type(p)[1]),
    "kr_means88": lambda p, c: _pick(p, _KR_MEANS, 5),
    "kr_applied88": lambda p, c: f"{_kr_applied(p):%Y-%m-%d}",
    "kr_paid88": lambda p, c: f"{_kr_applied(p) + timedelta(days=1 + int(p.bhxh[5]) % 3):%Y-%m-%d}",
    "kr_clerk88": lambda p, c: _pick(p, _KR_CLERKS, 7),
    "mn_reg88": lambda p, c: _mn_register(p),
    "mn_family88": lambda p, c: _mn_family(p),
    "mn_given88": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 1),
    "sex_mn88": lambda p, c: "Эр" if p.male else "Эм",
    "age_mn88": lambda p, c: _age(p, date(2025, 6, 1)),
    "khoroo_mn88": lambda p, c: _pick(p, _MN_KHOROO, 3),
    "street_mn88": lambda p, c: _mn_street(p),
    "phone_mn88": lambda p, c: _mn_phone(p),
    "insur_mn88": lambda p, c: _pick(p, _MN_INSURANCE, 4),
    "risk_mn88": lambda p, c: _pick(p, _MN_RISK, 5),
    "doctor_mn88": lambda p, c: _pick(p, _MN_DOCTORS, 6),
    "work_mn88": lambda p, c: _pick(p, _MN_WORKS, 7),
    "contact_mn88": lambda p, c: (
        f"{_pick(p, _MN_FAMILY_M, 8)[0]}.{_pick(p, _MN_GIVEN_F, 9)} (эхнэр)"
        if p.male
        else f"{_pick(p, _MN_FAMILY_M, 8)[0]}.{_pick(p, _MN_GIVEN_M, 9)} (нөхөр)"
    ),
    "contact_phone_mn88": lambda p, c: f"99{p.bhxh[::-1][:2]}-{p.bhxh[::-1][2:6]}",
}

__all__ = ["WRITERS_BLIND88"]
