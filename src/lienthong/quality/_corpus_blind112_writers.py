"""How the people of the hundred-and-twelfth part of the outside corpus (**blind 112**,
:mod:`lienthong.quality._corpus_blind112`) are written: four Vietnamese files' own columns (a
household's security camera linked to the ward police, a survivor's monthly allowance and the
insured worker who died, an airport security badge's employer, zone and validity, a guard's
licence to carry a baton or a stun gun) and South Korean, Japanese, Taiwanese, Mongolian and Hong
Kong names, places, phones and identity numbers in the forms their registers show (the Korean
resident registration number ends in its weighted mod-11 digit and is often masked after the
seventh digit; the Japanese My Number ends in its weighted mod-11 digit; the Taiwanese ID's
letter and nine digits sum to a multiple of ten; the Hong Kong identity card's bracketed check
character is its weighted mod-11 digit or A; the Mongolian register number publishes none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: security cameras linked to the ward police ------------------------------------------
_VN_CAM_KINDS = ("Camera IP ngoài trời", "Camera IP ngoài trời", "Camera Wifi", "Camera dome")
_VN_CAM_BRANDS = ("Hikvision", "Dahua", "Imou", "Ezviz", "KBVision", "Hikvision")
_VN_CAM_VIEWS = (
    "Hướng ra hẻm",
    "Hướng ra mặt tiền đường",
    "Góc ngã ba",
    "Cổng chung cư mini",
    "Hướng ra chợ",
)
_VN_CAM_STATUS = ("Đã kết nối", "Đã kết nối", "Chờ kết nối", "Mất tín hiệu", "Đã kết nối")
_VN_CAM_STREETS = (
    "hẻm 45 Lê Văn Thọ",
    "hẻm 12 Quang Trung",
    "đường Phạm Văn Chiêu",
    "hẻm 88 Thống Nhất",
)
# -- Vietnam: survivors' monthly allowance --------------------------------------------------------
_VN_SURVIVOR_REL_M = ("Chồng", "Con", "Cha đẻ", "Chồng")
_VN_SURVIVOR_REL_F = ("Vợ", "Con", "Mẹ đẻ", "Vợ")
_VN_DEATH_CAUSE = ("Ốm đau", "Ốm đau", "Tai nạn lao động", "Bệnh nghề nghiệp", "Tai nạn giao thông")
_VN_SURVIVOR_KIND = ("Tuất hằng tháng", "Tuất hằng tháng (nuôi dưỡng)", "Tuất hằng tháng")
_VN_PAY_POINTS = (
    "Bưu điện Gò Vấp",
    "Bưu điện văn hóa xã",
    "Chuyển khoản ATM",
    "Điểm chi trả UBND phường",
)
# -- Vietnam: airport security badges -------------------------------------------------------------
_VN_AIRPORT_EMPLOYERS = (
    "Cty CP Dịch vụ Hàng hóa Tân Sơn Nhất (TCS)",
    "Cty TNHH Dịch vụ Mặt đất Sài Gòn (SAGS)",
    "Cty CP Dịch vụ Suất ăn Hàng không (VIAGS)",
    "Cty CP Phục vụ Mặt đất Hàng không Việt Nam (VIAGS)",
    "Trung tâm An ninh hàng không TSN",
    "Cty TNHH Thương mại Dịch vụ Sasco",
)
_VN_AIRPORT_JOBS = (
    "Nhân viên bốc xếp",
    "Lái xe sân đỗ",
    "Nhân viên soi chiếu",
    "Nhân viên bán hàng",
)
_VN_AIRPORT_ZONES = ("A, B, C", "B, C", "A", "C, D", "A, B, C, D, E")
_VN_BADGE_KIND = ("Thẻ dài hạn", "Thẻ dài hạn", "Thẻ ngắn hạn", "Thẻ dài hạn")
# -- Vietnam: licences to use support tools -------------------------------------------------------
_VN_TOOLS = ("Dùi cui điện", "Dùi cui cao su", "Bình xịt hơi cay", "Dùi cui kim loại", "Áo giáp")
_VN_GUARD_FIRMS = (
    "Cty TNHH DV Bảo vệ Long Hải",
    "Cty CP DV Bảo vệ Yuki",
    "Cty TNHH DV Bảo vệ Vệ sĩ Thăng Long",
    "Ban bảo vệ dân phố phường 7",
    "Cty TNHH DV Bảo vệ Hoàng Gia",
)
_VN_TRAINING = ("Đạt", "Đạt", "Đạt", "Chưa đạt", "Đạt")

# -- South Korea ----------------------------------------------------------------------------------
_KR_FAMILY = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임")
_KR_GIVEN_M = ("영수", "정호", "성민", "동현", "상철", "재원", "병철", "종수")
_KR_GIVEN_F = ("영희", "순자", "미숙", "정숙", "은주", "경희", "옥순", "명자")
_KR_GU = ("노원구", "은평구", "강서구", "관악구", "중랑구", "도봉구")
_KR_ROADS = ("동일로", "통일로", "화곡로", "관악로", "망우로", "도봉로")
_KR_JOBS = (
    "공익활동 - 학교급식 지원",
    "공익활동 - 환경정화",
    "사회서비스형 - 돌봄",
    "시장형 - 실버카페",
)
_KR_AGENCIES = ("노원노인종합복지관", "은평시니어클럽", "강서구노인복지관", "관악노인종합복지관")
_KR_STATUS = ("활동중", "활동중", "활동중", "중도포기", "대기")
_KR_INCOME = ("기초연금수급", "기초연금수급", "기초생활수급", "차상위", "일반")
# -- Japan ----------------------------------------------------------------------------------------
_JP_FAMILY = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤")
_JP_GIVEN_M = ("茂", "博", "清", "勝", "実", "一郎", "正雄", "和夫")
_JP_GIVEN_F = ("幸子", "和子", "節子", "洋子", "恵子", "美智子", "久子", "典子")
_JP_PLACES = (
    ("063-0813", "北海道札幌市西区琴似三条", "7丁目4-12"),
    ("980-0011", "宮城県仙台市青葉区上杉", "2丁目8-3"),
    ("460-0008", "愛知県名古屋市中区栄", "4丁目1-9"),
    ("550-0013", "大阪府大阪市西区新町", "1丁目15-20"),
    ("812-0011", "福岡県福岡市博多区博多駅前", "3丁目2-1"),
)
_JP_CARE_LEVEL = ("要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "非該当")
_JP_KIND = ("新規", "更新", "更新", "区分変更")
_JP_RELATION = ("長男", "長女", "妻", "夫", "次男", "嫁")
_JP_DOCTORS = ("山田内科クリニック 山田太郎", "中央病院 森一郎", "佐々木整形外科 佐々木学")
# -- Taiwan ---------------------------------------------------------------------------------------
_TW_LETTER = {c: v for v, c in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)}
_TW_FAMILY = ("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊")
_TW_GIVEN_M = ("志明", "俊傑", "建宏", "家豪", "文雄", "國華")
_TW_GIVEN_F = ("淑芬", "美玲", "雅婷", "麗華", "秀英", "怡君")
_TW_PLACES = (
    ("A", "臺北市", "大安區", "復興南路一段"),
    ("B", "臺中市", "北屯區", "崇德路二段"),
    ("E", "高雄市", "三民區", "建國二路"),
    ("H", "桃園市", "中壢區", "中正路"),
    ("D", "臺南市", "東區", "東門路二段"),
)
_TW_DISABILITY = ("肢體障礙", "視覺障礙", "聽覺障礙", "智能障礙", "慢性精神病患者", "多重障礙")
_TW_DEGREE = ("輕度", "中度", "中度", "重度", "極重度")
_TW_ICF = ("第1類", "第2類", "第7類", "第1類", "第4類")
# -- Mongolia -------------------------------------------------------------------------------------
_MN_GIVEN_M = ("Батбаяр", "Ганболд", "Мөнхбат", "Болд", "Төмөрбаатар", "Энхтайван")
_MN_GIVEN_F = ("Оюунчимэг", "Сарантуяа", "Нарангэрэл", "Туяа", "Цэцэгмаа", "Алтанцэцэг")
_MN_FATHER = ("Дорж", "Бат", "Цэрэн", "Гомбо", "Пүрэв", "Дамдин", "Сүхбаатар")
_MN_CLAN = ("Боржигон", "Тайчууд", "Хиад", "Харчин", "Сартуул", "Уриангхай")
_MN_PLACES = (
    ("УБ", "Баянгол дүүрэг", "3-р хороо", "10-р хороолол"),
    ("УБ", "Сүхбаатар дүүрэг", "1-р хороо", "Бага тойруу"),
    ("УН", "Чингэлтэй дүүрэг", "5-р хороо", "Жигжиджавын гудамж"),
    ("ДА", "Дархан сум", "6-р баг", "14-р хороолол"),
    ("ЭР", "Баян-Өндөр сум", "Шанд баг", "Оюут гудамж"),
)
_MN_PENSION = ("Өндөр насны", "Өндөр насны", "Тахир дутуугийн", "Тэжээгч алдсаны")
_MN_BANKS = ("Хаан банк", "Төрийн банк", "Хас банк", "Голомт банк")
# -- Hong Kong ------------------------------------------------------------------------------------
_HK_SURNAMES = (("陳", "CHAN"), ("李", "LEE"), ("張", "CHEUNG"), ("黃", "WONG"), ("何", "HO"))
_HK_GIVEN_M = (
    ("志強", "Chi Keung"),
    ("國偉", "Kwok Wai"),
    ("家明", "Ka Ming"),
    ("永康", "Wing Hong"),
)
_HK_GIVEN_F = (
    ("美玲", "Mei Ling"),
    ("淑芬", "Suk Fan"),
    ("秀英", "Sau Ying"),
    ("麗珍", "Lai Chun"),
)
_HK_PLACES = (
    ("觀塘區", "Kwun Tong", "觀塘順天邨天晴樓 1203室", "Rm 1203, Tin Ching House, Shun Tin Estate"),
    ("深水埗區", "Sham Shui Po", "深水埗北河街 123號 5樓", "5/F, 123 Pei Ho Street"),
    ("沙田區", "Sha Tin", "沙田禾輋邨德和樓 808室", "Rm 808, Tak Wo House, Wo Che Estate"),
    ("東區", "Eastern", "柴灣興華邨豐興樓 2210室", "Rm 2210, Fung Hing House, Hing Wah Estate"),
)
_HK_BANKS = ("HSBC 匯豐", "Bank of China 中銀", "Hang Seng 恒生", "Standard Chartered 渣打")
_HK_STATUS = ("Approved 已批核", "Approved 已批核", "Pending 待批", "Referred 轉介")


def _vn_cam_addr(p: Person) -> str:
    return f"{_num(p, 180)} {_pick(p, _VN_CAM_STREETS, 2)}, Phường 7, Gò Vấp, TP.HCM"


def _badge_until(p: Person) -> date:
    return _shift_date(p.other_date, 1 + int(p.bhxh[-1]) % 2)


def _surv_rel(p: Person) -> str:
    return _by_sex(p, _VN_SURVIVOR_REL_M, _VN_SURVIVOR_REL_F, 5)


def _deceased_male(p: Person) -> bool:
    """A widow's dead husband is a man, a widower's wife a woman; a child or a parent either."""
    rel = _surv_rel(p)
    return rel == "Vợ" if rel in ("Vợ", "Chồng") else int(p.bhxh) % 2 == 0


def _deceased_birth(p: Person) -> date:
    """Spouses a few years apart, a dead parent about 27 years older, a dead child 25 younger."""
    rel = _surv_rel(p)
    years = -3 + int(p.bhxh[-2]) % 7 if rel in ("Vợ", "Chồng") else 25 if "đẻ" in rel else -27
    return _shift_date(p.birth, years)


def _allowance(p: Person) -> int:
    """A survivor's monthly allowance: half the base salary, 70 % for one raised (đồng)."""
    return 1_170_000 if "nuôi dưỡng" in _pick(p, _VN_SURVIVOR_KIND, 4) else 1_053_000


# -- South Korea ----------------------------------------------------------------------------------
def _rrn(p: Person) -> tuple[str, str]:
    """A resident registration number (yymmdd, then the century-and-sex digit, five digits and
    its weighted mod-11 check digit)."""
    century = 1 if p.birth.year < 2000 else 3
    head = f"{p.birth:%y%m%d}{century + (0 if p.male else 1)}{p.bhxh[2:7]}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11) % 10
    return head[:6], f"{head[6:]}{check}"


def _rrn_masked(p: Person) -> str:
    """Most lists show only the sex digit after the hyphen; every fifth row is written in full."""
    front, back = _rrn(p)
    return f"{front}-{back}" if int(p.bhxh) % 5 == 0 else f"{front}-{back[0]}******"


def _kr_name(p: Person) -> str:
    return _pick(p, _KR_FAMILY, 1) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 2)


def _kr_pay(p: Person) -> int:
    """The monthly activity pay in won: public-interest work pays 290,000, the others more."""
    job = _pick(p, _KR_JOBS, 4)
    return 290_000 if job.startswith("공익") else 760_000 if job.startswith("사회") else 0


def _kr_addr(p: Person) -> str:
    road = f"{_pick(p, _KR_GU, 3)} {_pick(p, _KR_ROADS, 3)} {_num(p, 300)}"
    return f"서울특별시 {road}, {_num(p, 15)}동 {_num(p, 20)}0{_num(p, 4)}호"


# -- Japan ----------------------------------------------------------------------------------------
def _my_number(p: Person) -> str:
    """A My Number: eleven digits and the weighted mod-11 check digit (weights 2-7, then 2-6 from
    the right)."""
    body = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}{p.phone[-1]}"
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(body[::-1], start=1))
    rest = total % 11
    check = 0 if rest <= 1 else 11 - rest
    return f"{body[:4]} {body[4:8]} {body[8:]}{check}"


def _wareki(d: date) -> str:
    """A date in the Japanese era calendar: 昭和28年4月12日 (the first year is 元年)."""
    if d < date(1989, 1, 8):
        era, year = "昭和", d.year - 1925
    elif d < date(2019, 5, 1):
        era, year = "平成", d.year - 1988
    else:
        era, year = "令和", d.year - 2018
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def _jp_name(p: Person) -> str:
    return f"{_pick(p, _JP_FAMILY, 1)}\u3000{_by_sex(p, _JP_GIVEN_M, _JP_GIVEN_F, 2)}"


def _jp_place(p: Person) -> tuple[str, str, str]:
    return _JP_PLACES[int(p.bhxh) // 7 % len(_JP_PLACES)]


# -- Taiwan ---------------------------------------------------------------------------------------
def _tw_place(p: Person) -> tuple[str, str, str, str]:
    return _TW_PLACES[int(p.bhxh) // 5 % len(_TW_PLACES)]


def _tw_id(p: Person) -> str:
    """A Taiwanese ID: the letter of the place first registered, 1 (male) or 2 (female), seven
    digits and the check digit that makes the weighted sum a multiple of ten."""
    letter = _tw_place(p)[0]
    code = _TW_LETTER[letter]
    body = f"{1 if p.male else 2}{p.bhxh[3:10]}"
    total = (
        code // 10
        + code % 10 * 9
        + sum(int(d) * w for d, w in zip(body, range(8, 0, -1), strict=True))
    )
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _minguo(d: date) -> str:
    return f"{d.year - 1911:03d}/{d.month:02d}/{d.day:02d}"


def _tw_name(p: Person) -> str:
    return _pick(p, _TW_FAMILY, 1) + _by_sex(p, _TW_GIVEN_M, _TW_GIVEN_F, 2)


# -- Mongolia -------------------------------------------------------------------------------------
def _mn_place(p: Person) -> tuple[str, str, str, str]:
    return _MN_PLACES[int(p.bhxh) // 3 % len(_MN_PLACES)]


def _mn_reg(p: Person) -> str:
    """A register number: two Cyrillic letters, yymmdd (the month plus 20 for those born from
    2000), and two digits, the first odd for a man and even for a woman."""
    month = p.birth.month + (20 if p.birth.year >= 2000 else 0)
    sex_digit = (int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)) % 10
    return f"{_mn_place(p)[0]}{p.birth:%y}{month:02d}{p.birth:%d}{sex_digit}{p.bhxh[-2]}"


# -- Hong Kong ------------------------------------------------------------------------------------
def _hkid(p: Person) -> str:
    """A HKID: one letter, six digits and the bracketed mod-11 check character (0-9 or A)."""
    letter = "ACDEGKPRVZ"[int(p.bhxh[0])]
    digits = p.bhxh[3:9]
    total = (
        36 * 9
        + (ord(letter) - 55) * 8
        + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    )
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def _hk_name(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    surname = _HK_SURNAMES[int(p.bhxh) // 3 % len(_HK_SURNAMES)]
    given = (_HK_GIVEN_M if p.male else _HK_GIVEN_F)[int(p.bhxh) // 7 % 4]
    return surname, given


def _hk_place(p: Person) -> tuple[str, str, str, str]:
    return _HK_PLACES[int(p.bhxh) // 11 % len(_HK_PLACES)]


def _hk_address(p: Person) -> str:
    place = _hk_place(p)
    return f"{place[3]}, {place[1]}, Hong Kong" if int(p.bhxh) % 2 else f"{place[2]}, 香港"


def _age_on(p: Person, when: date) -> int:
    return when.year - p.birth.year - ((when.month, when.day) < (p.birth.month, p.birth.day))


WRITERS_BLIND112: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: security cameras
    "cam_addr112": lambda p, c: _vn_cam_addr(p),
    "cam_kind112": lambda p, c: _pick(p, _VN_CAM_KINDS, 2),
    "cam_brand112": lambda p, c: _pick(p, _VN_CAM_BRANDS, 3),
    "cam_count112": lambda p, c: 1 + int(p.bhxh[-1]) % 3,
    "cam_view112": lambda p, c: _pick(p, _VN_CAM_VIEWS, 4),
    "cam_status112": lambda p, c: _pick(p, _VN_CAM_STATUS, 5),
    "cam_code112": lambda p, c: f"CAM-GV07-{p.bhxh[-5:]}",
    "cam_officer112": lambda p, c: f"Đại úy {_other_vn(p, 6, True)}",
    "cam_tdp112": lambda p, c: f"Tổ dân phố {_num(p, 40)}",
    # Vietnam: survivors' allowance
    "deceased112": lambda p, c: _other_vn(p, 3, _deceased_male(p)),
    "deceased_birth112": lambda p, c: f"{_deceased_birth(p):%d/%m/%Y}",
    "deceased_bhxh112": lambda p, c: f"79{p.bhxh[::-1][:8]}",
    "death_date112": lambda p, c: f"{_safe_day(2023, 1 + _num(p, 12) % 12, _num(p, 28)):%d/%m/%Y}",
    "death_cause112": lambda p, c: _pick(p, _VN_DEATH_CAUSE, 2),
    "surv_rel112": lambda p, c: _surv_rel(p),
    "surv_kind112": lambda p, c: _pick(p, _VN_SURVIVOR_KIND, 4),
    "surv_amount112": lambda p, c: _dotted(_allowance(p)),
    "surv_point112": lambda p, c: _pick(p, _VN_PAY_POINTS, 6),
    "surv_decision112": lambda p, c: f"{_num(p, 900)}/QĐ-BHXH",
    "surv_note112": lambda p, c: _note(
        p, ("Hết hạn học 18 tuổi", "Đã đối chiếu sống", "Ủy quyền lĩnh thay")
    ),
    # Vietnam: airport badges
    "badge_no112": lambda p, c: f"TSN-{p.other_date:%y}-{p.bhxh[-6:]}",
    "badge_kind112": lambda p, c: _pick(p, _VN_BADGE_KIND, 2),
    "airport_employer112": lambda p, c: _pick(p, _VN_AIRPORT_EMPLOYERS, 3),
    "airport_job112": lambda p, c: _pick(p, _VN_AIRPORT_JOBS, 4),
    "airport_zone112": lambda p, c: _pick(p, _VN_AIRPORT_ZONES, 5),
    "badge_until112": lambda p, c: datetime.combine(_badge_until(p), datetime.min.time()),
    "badge_sponsor112": lambda p, c: _other_vn(p, 8),
    "badge_check112": lambda p, c: _pick(p, ("Đã thẩm tra", "Đã thẩm tra", "Đang xác minh"), 7),
    # Vietnam: support tools
    "tool112": lambda p, c: _pick(p, _VN_TOOLS, 2),
    "tool_qty112": lambda p, c: 1 + int(p.bhxh[-2]) % 2,
    "tool_serial112": lambda p, c: f"DC{p.bhxh[-7:]}",
    "guard_firm112": lambda p, c: _pick(p, _VN_GUARD_FIRMS, 3),
    "licence112": lambda p, c: f"{_num(p, 500)}/GP-PC06",
    "training112": lambda p, c: _pick(p, _VN_TRAINING, 4),
    "firm_head112": lambda p, c: _other_vn(p, 5, True),
    "firm_phone112": lambda p, c: _other_phone(p, "028"),
    # South Korea: senior jobs programme
    "rrn112": lambda p, c: _rrn_masked(p),
    "kr_name112": lambda p, c: _kr_name(p),
    "sex_kr112": lambda p, c: "남" if p.male else "여",
    "kr_age112": lambda p, c: _age_on(p, date(2025, 1, 1)),
    "kr_addr112": lambda p, c: _kr_addr(p),
    "kr_phone112": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_job112": lambda p, c: _pick(p, _KR_JOBS, 4),
    "kr_agency112": lambda p, c: _pick(p, _KR_AGENCIES, 5),
    "kr_income112": lambda p, c: _pick(p, _KR_INCOME, 6),
    "kr_pay112": lambda p, c: f"{_kr_pay(p):,}",
    "kr_status112": lambda p, c: _pick(p, _KR_STATUS, 7),
    "kr_guardian112": lambda p, c: _pick(p, _KR_FAMILY, 9) + _pick(p, _KR_GIVEN_M + _KR_GIVEN_F, 8),
    "kr_guardian_phone112": lambda p, c: f"010-{p.bhxh[:4]}-{p.bhxh[4:8]}",
    "kr_start112": lambda p, c: f"{p.other_date:%Y.%m.%d}",
    # Japan: long-term care certification
    "mynumber112": lambda p, c: _my_number(p),
    "jp_name112": lambda p, c: _jp_name(p),
    "jp_birth112": lambda p, c: _wareki(p.birth),
    "sex_jp112": lambda p, c: "男" if p.male else "女",
    "jp_insured112": lambda p, c: f"{p.bhxh[:10]}",
    "jp_post112": lambda p, c: f"〒{_jp_place(p)[0]}",
    "jp_addr112": lambda p, c: f"{_jp_place(p)[1]}{_jp_place(p)[2]}",
    "jp_phone112": lambda p, c: f"0{_pick(p, ('9', '8', '7'), 8)}0-{p.phone[2:6]}-{p.phone[6:10]}",
    "jp_kind112": lambda p, c: _pick(p, _JP_KIND, 3),
    "jp_applied112": lambda p, c: _wareki(p.other_date),
    "jp_level112": lambda p, c: _pick(p, _JP_CARE_LEVEL, 4),
    "jp_doctor112": lambda p, c: _pick(p, _JP_DOCTORS, 5),
    "jp_applicant112": lambda p, c: (
        f"{_pick(p, _JP_FAMILY, 1)}\u3000{_pick(p, _JP_GIVEN_M + _JP_GIVEN_F, 6)}"
    ),
    "jp_relation112": lambda p, c: _pick(p, _JP_RELATION, 7),
    "jp_valid112": lambda p, c: _wareki(_shift_date(p.other_date, 1) - timedelta(days=1)),
    # Taiwan: disability certificate holders
    "tw_id112": lambda p, c: _tw_id(p),
    "tw_name112": lambda p, c: _tw_name(p),
    "tw_birth112": lambda p, c: _minguo(p.birth),
    "sex_tw112": lambda p, c: "男" if p.male else "女",
    "tw_addr112": lambda p, c: (
        f"{_tw_place(p)[1]}{_tw_place(p)[2]}{_tw_place(p)[3]}{_num(p, 200)}號{_num(p, 9)}樓"
    ),
    "tw_district112": lambda p, c: _tw_place(p)[2],
    "tw_phone112": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:]}",
    "tw_type112": lambda p, c: _pick(p, _TW_DISABILITY, 3),
    "tw_icf112": lambda p, c: _pick(p, _TW_ICF, 3),
    "tw_degree112": lambda p, c: _pick(p, _TW_DEGREE, 4),
    "tw_cert_date112": lambda p, c: _minguo(p.other_date),
    "tw_renew112": lambda p, c: _minguo(_shift_date(p.other_date, 5)),
    "tw_subsidy112": lambda p, c: _pick(p, ("4,049", "5,437", "9,485", "0"), 5),
    "tw_contact112": lambda p, c: _pick(p, _TW_FAMILY, 6) + _pick(p, _TW_GIVEN_M + _TW_GIVEN_F, 7),
    # Mongolia: pension recipients
    "mn_reg112": lambda p, c: _mn_reg(p),
    "mn_clan112": lambda p, c: _pick(p, _MN_CLAN, 2),
    "mn_family112": lambda p, c: _pick(p, _MN_FATHER, 3),
    "mn_given112": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 4),
    "sex_mn112": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "mn_district112": lambda p, c: _mn_place(p)[1],
    "mn_khoroo112": lambda p, c: _mn_place(p)[2],
    "mn_street112": lambda p, c: f"{_mn_place(p)[3]}, {_num(p, 60)}-р байр, {_num(p, 90)} тоот",
    "mn_phone112": lambda p, c: f"{_pick(p, ('9911', '8811', '9506', '8890'), 5)}{p.phone[-4:]}",
    "mn_kind112": lambda p, c: _pick(p, _MN_PENSION, 6),
    "mn_amount112": lambda p, c: f"{(550 + _num(p, 400)) * 1000:,}",
    "mn_bank112": lambda p, c: _pick(p, _MN_BANKS, 7),
    "mn_account112": lambda p, c: f"5{p.bhxh[1:10]}",
    "mn_inspector112": lambda p, c: f"{_pick(p, _MN_FATHER, 8)[0]}.{_pick(p, _MN_GIVEN_F, 9)}",
    # Hong Kong: Old Age Living Allowance
    "hkid112": lambda p, c: _hkid(p),
    "hk_name_en112": lambda p, c: f"{_hk_name(p)[0][1]}, {_hk_name(p)[1][1]}",
    "hk_name_zh112": lambda p, c: _hk_name(p)[0][0] + _hk_name(p)[1][0],
    "sex_hk112": lambda p, c: "M 男" if p.male else "F 女",
    "hk_addr112": lambda p, c: _hk_address(p),
    "hk_district112": lambda p, c: f"{_hk_place(p)[1]} {_hk_place(p)[0]}",
    "hk_phone112": lambda p, c: f"{_pick(p, ('9', '6', '5'), 3)}{p.phone[3:6]} {p.phone[6:10]}",
    "hk_case112": lambda p, c: f"OALA/{p.other_date:%y}/{p.bhxh[-6:]}",
    "hk_bank112": lambda p, c: _pick(p, _HK_BANKS, 4),
    "hk_assets112": lambda p, c: f"{(_num(p, 300) * 1000):,}",
    "hk_status112": lambda p, c: _pick(p, _HK_STATUS, 5),
    "hk_agent112": lambda p, c: _pick(p, ("", "", "CHAN Tai Man 陳大文", "LEE Siu Ming 李小明"), 6),
}
