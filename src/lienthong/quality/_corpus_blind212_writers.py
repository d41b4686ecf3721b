"""How the people of the two-hundred-and-twelfth part of the outside corpus (**blind 212**,
:mod:`lienthong.quality._corpus_blind212`) are written: four Vietnamese files' own columns (a
clinical contraception visit, a motorbike's exhaust test, a felling of planted forest, a sports
school's aptitude test) and Japanese, Korean, Xinjiang, Inner Mongolian and Kazakh names, places,
phones and identity numbers in the forms their papers show (the My Number with its check digit
and era dates, the resident registration number, the 18-character 身份证 number, the ЖСН)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import (
    _KZ_FAMILY,
    _KZ_FATHERS,
    _KZ_GIVEN_F,
    _KZ_GIVEN_M,
    _iin,
    _kz_names,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _my_number, _wareki
from lienthong.quality._corpus_blind41_writers import _rrn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind76_writers import _dotted
from lienthong.quality._corpus_blind138_writers import _jp_family, _jp_given
from lienthong.quality._corpus_blind160_writers import _kz_phone
from lienthong.quality._corpus_blind173_writers import _IM_NAMES_F, _IM_NAMES_M, _cn_resident

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: clinical contraception, exhaust tests, planted-forest felling, sports aptitude -------
_VN_METHODS_F = ("Đặt DCTC (vòng TCu 380A)", "Tháo DCTC", "Cấy que tránh thai", "Triệt sản nữ")
_VN_METHODS_M = ("Triệt sản nam (thắt ống dẫn tinh)",)
_VN_PROVIDERS = ("NHS Lò Thị Hoa", "BS CKI Đặng Văn Thành", "YS Phan Thị Ngọc", "NHS Vi Thị Duyên")
_VN_FEES = ("Miễn phí (CT MTQG)", "0", "150.000", "Miễn phí (hộ nghèo)", "200.000")
_VN_BRANDS = ("Honda Wave Alpha", "Honda Dream", "Yamaha Sirius", "Honda Air Blade", "Suzuki Viva")
_VN_VERDICTS = ("Đạt", "Đạt", "Không đạt", "Đạt", "Không đạt - tư vấn bảo dưỡng")
_VN_STATIONS = (
    "Điểm đo lưu động UBND phường Cửa Nam",
    "Head Honda Trường Chinh",
    "Điểm đo TT Đăng kiểm 29-07D",
    "Cửa hàng Yamaha Town Cầu Giấy",
)
_VN_TECHS = ("KTV Nguyễn Văn Kiên", "KTV Đỗ Minh Quân", "KTV Hà Thị Yến")
_VN_SPECIES = ("Keo lai", "Keo tai tượng", "Bạch đàn", "Thông mã vĩ", "Keo lá tràm", "Quế")
_VN_BUYERS = (
    "Cty TNHH Lâm sản Tân Phú",
    "Cơ sở chế biến gỗ Hưng Thịnh",
    "Cty CP Dăm gỗ Quảng Trị",
    "Tự tiêu thụ",
)
_VN_RANGERS = ("KL Hồ Văn Sáu", "KL Trần Đình Nam", "KL Lê Thị Thanh Hà")
_VN_SPORTS = (
    "Điền kinh",
    "Bơi lội",
    "Vật tự do",
    "Bóng đá",
    "Cầu lông",
    "Võ cổ truyền",
    "Bắn cung",
)
_VN_SCHOOLS = (
    "THCS Nguyễn Du",
    "THCS Lê Quý Đôn",
    "Tiểu học Kim Đồng",
    "THCS Trần Phú",
    "TH&THCS Hòa Bình",
)
_VN_OUTCOMES = ("Đạt vòng 1", "Trúng tuyển", "Không đạt", "Dự bị", "Vắng thi")
# -- Japan: the one-stop special exception forms of hometown-tax donors ---------------------------
_JP_PLACES = (
    ("160-0022", "東京都新宿区新宿", "5丁目3-15 サンハイツ702", "新宿区"),
    ("530-0047", "大阪府大阪市北区西天満", "4丁目8-2", "大阪市"),
    ("460-0008", "愛知県名古屋市中区栄", "2丁目11-30 栄ビル3F", "名古屋市"),
    ("812-0011", "福岡県福岡市博多区博多駅前", "3丁目2-1", "福岡市"),
    ("980-0811", "宮城県仙台市青葉区一番町", "1丁目9-1-1205", "仙台市"),
    ("064-0820", "北海道札幌市中央区大通西", "20丁目1-7", "札幌市"),
)
_JP_GIFTS = (
    "いくら醤油漬け 500g",
    "ホタテ貝柱 1kg",
    "黒毛和牛 切り落とし",
    "返礼品不要",
    "米 10kg",
)
_JP_ID_CHECK = ("マイナンバーカード写し", "通知カード＋運転免許証", "マイナンバーカード写し")
# -- South Korea: youth monthly rent support -----------------------------------------------------
_KR_FAMILY = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임")
_KR_GIVEN_M = ("민준", "서준", "도윤", "현우", "지훈", "승민", "준혁")
_KR_GIVEN_F = ("서연", "지민", "수빈", "예린", "하은", "민지", "유진")
_KR_ADDRS = (
    ("서울특별시 관악구 관악로 145", "302호"),
    ("서울특별시 동작구 상도로 369", "B01호"),
    ("인천광역시 미추홀구 인하로 100", "5층 501호"),
    ("경기도 수원시 팔달구 매산로 27", "201호"),
    ("부산광역시 남구 용소로 45", "1203호"),
    ("대전광역시 유성구 대학로 99", "404호"),
)
_KR_STATUS = ("지급결정", "서류보완", "접수", "부적합(소득초과)", "지급결정")
_KR_INCOME = ("중위 60% 이하", "중위 60% 이하", "중위 100% 이하", "기초생활수급")
# -- Xinjiang: the cotton target-price subsidy --------------------------------------------------
_XJ_PLACES = (
    ("652928", "阿瓦提县", "乌鲁却勒镇", "6村"),
    ("652928", "阿瓦提县", "拜什艾日克镇", "托万克库木艾日克村"),
    ("652924", "沙雅县", "托依堡勒迪镇", "英巴格村"),
    ("653130", "巴楚县", "色力布亚镇", "10村"),
    ("653127", "麦盖提县", "央塔克乡", "2村"),
    ("652902", "库车市", "齐满镇", "阿克墩村"),
)
_XJ_GIVEN_M = ("艾尔肯", "阿不都热合曼", "买买提", "吐尔逊", "艾力", "阿布来提", "热合曼")
_XJ_GIVEN_F = ("古丽米热", "热依拉", "阿依古丽", "帕提古丽", "努尔尼沙", "再努尔", "米热古丽")
_XJ_FATHERS = ("吐尔逊", "买买提", "阿不都拉", "艾山", "卡德尔", "依明", "玉素甫")
_XJ_BANKS = ("农村信用社", "中国农业银行", "农村信用社", "新疆农村信用社")
# -- Inner Mongolia: the grassland rangers a banner hires ----------------------------------------
_IM_PLACES = (
    ("152522", "阿巴嘎旗", "别力古台镇", "巴彦图嘎嘎查"),
    ("152525", "东乌珠穆沁旗", "满都胡宝拉格镇", "额仁高毕嘎查"),
    ("150727", "新巴尔虎右旗", "克尔伦苏木", "巴彦呼舒嘎查"),
    ("150726", "新巴尔虎左旗", "罕达盖苏木", "罕乌拉嘎查"),
    ("152921", "阿拉善左旗", "吉兰泰镇", "乌兰布和嘎查"),
)
_IM_NATIONS = ("蒙古族", "蒙古族", "蒙古族", "汉族", "达斡尔族", "鄂温克族")
_IM_ZONES = ("东片第3管护区", "北部边境管护区", "禁牧区2号", "草畜平衡区5片", "河谷湿地管护区")
# -- Kazakhstan: the queue for a plot to build a house on -----------------------------------------
_KZ_PLACES = (
    ("Алматы облысы", "Қонаев қ.", "Абай көшесі"),
    ("Түркістан облысы", "Сайрам ауданы, Ақсу а.", "Жібек жолы көшесі"),
    ("Ақмола облысы", "Көкшетау қ.", "Ш. Уәлиханов көшесі"),
    ("Жамбыл облысы", "Тараз қ.", "Төле би даңғылы"),
    ("Шымкент қ.", "Қаратау ауданы", "Тұран шағын ауданы"),
)
_KZ_CATEGORIES = (
    "Көпбалалы отбасы",
    "Жалпы кезек",
    "Мүгедектігі бар адам",
    "Жас отбасы",
    "Жалпы кезек",
    "Ауыл мамандары",
)
_KZ_STATUS = (
    "Кезекте",
    "Кезекте",
    "Жер телімі берілді",
    "Құжаттар толықтырылуда",
    "Кезектен шығарылды",
)
_KZ_AREAS = ('Қонаев қ., "Жаңа қала" ықшамауданы', "Ақсу а., 5-массив", "Көкшетау қ., Сарыарқа")


def _pl(p: Person, table: tuple[_T, ...], salt: int = 5) -> _T:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _vn_method(p: Person) -> str:
    return _by_sex(p, _VN_METHODS_M, _VN_METHODS_F, 3)


def _vn_plate(p: Person) -> str:
    series = _pick(p, ("29-B1", "29-X5", "30-H2", "29-E1", "88-K1", "29-D2"), 4)
    return f"{series} {p.bhxh[2:5]}.{p.bhxh[5:7]}"


def _jp_phone(p: Person) -> str:
    return f"0{_pick(p, ('90', '80', '70'), 3)}-{p.phone[2:6]}-{p.phone[6:10]}"


def _jp_birth(p: Person) -> str:
    return _wareki(p.birth)


def _kr_phone(p: Person) -> str:
    return f"010-{p.phone[2:6]}-{p.phone[6:10]}"


def _kr_name(p: Person) -> str:
    return _pick(p, _KR_FAMILY, 2) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 3)


def _kr_addr(p: Person) -> str:
    road, unit = _pl(p, _KR_ADDRS)
    return f"{road}, {unit}"


def _xj_name(p: Person) -> str:
    return f"{_by_sex(p, _XJ_GIVEN_M, _XJ_GIVEN_F, 2)}·{_pick(p, _XJ_FATHERS, 3)}"


def _cn_phone(p: Person) -> str:
    return f"1{_pick(p, ('38', '39', '58', '80', '99'), 4)}{p.phone[2:10]}"


def _kz_addr(p: Person) -> str:
    region, town, street = _pl(p, _KZ_PLACES)
    return f"{region}, {town}, {street}, {_num(p, 140)} үй"


def _kz_spouse(p: Person) -> str:
    """The spouse's name: the other sex, a family name and a father's name of their own."""
    wife = p.male
    family = _pick(p, _KZ_FAMILY, 7) + ("а" if wife else "")
    father = _pick(p, _KZ_FATHERS, 8) + ("қызы" if wife else "ұлы")
    return f"{family} {_by_sex(p, _KZ_GIVEN_F, _KZ_GIVEN_M, 9)} {father}"


def _forest_planted(p: Person) -> int:
    return p.other_date.year - 5 - _num(p, 4)


WRITERS_BLIND212: dict[str, Callable[[Person, Col], object]] = {
    "spouse212": lambda p, c: _other_vn(p, 4, male=not p.male),
    "children212": lambda p, c: _num(p, 4),
    "youngest212": lambda p, c: f"{_num(p, 9)} tuổi",
    "method212": lambda p, c: _vn_method(p),
    "time212": lambda p, c: _pick(p, ("Lần 1", "Lần 2", "Lần 1", "Lần 3"), 5),
    "provider212": lambda p, c: _pick(p, _VN_PROVIDERS, 6),
    "recheck212": lambda p, c: f"{p.other_date + timedelta(days=30):%d/%m/%Y}",
    "fee212": lambda p, c: _pick(p, _VN_FEES, 7),
    "plate212": lambda p, c: _vn_plate(p),
    "brand212": lambda p, c: _pick(p, _VN_BRANDS, 5),
    "year212": lambda p, c: 2002 + _num(p, 20),
    "odo212": lambda p, c: _dotted(8_000 + _num(p, 90) * 1_100),
    "co212": lambda p, c: f"{_num(p, 4)},{_num(p, 99):02d}",
    "hc212": lambda p, c: 200 + _num(p, 1400),
    "verdict212": lambda p, c: _pick(p, _VN_VERDICTS, 6),
    "station212": lambda p, c: _pick(p, _VN_STATIONS, 7),
    "tech212": lambda p, c: _pick(p, _VN_TECHS, 8),
    "redbook212": lambda p, c: f"CS {p.bhxh[1:7]}",
    "subzone212": lambda p, c: f"TK {480 + _num(p, 60)}",
    "plot_k212": lambda p, c: _num(p, 12),
    "lot212": lambda p, c: f"{_num(p, 30)}{_pick(p, ('', 'a', 'b'), 3)}",
    "species212": lambda p, c: _pick(p, _VN_SPECIES, 4),
    "planted212": lambda p, c: _forest_planted(p),
    "area212": lambda p, c: f"{_num(p, 5)},{_num(p, 9)}",
    "volume212": lambda p, c: f"{40 + _num(p, 300)},{_num(p, 99):02d}",
    "buyer212": lambda p, c: _pick(p, _VN_BUYERS, 5),
    "ranger212": lambda p, c: _pick(p, _VN_RANGERS, 6),
    "sbd212": lambda p, c: f"NK{p.other_date:%y}{p.bhxh[-4:]}",
    "school212": lambda p, c: _pick(p, _VN_SCHOOLS, 4),
    "sport212": lambda p, c: _pick(p, _VN_SPORTS, 5),
    "height212": lambda p, c: 138 + _num(p, 40),
    "weight212": lambda p, c: f"{30 + _num(p, 30)},{_num(p, 9)}",
    "parent212": lambda p, c: _other_vn(p, 7, male=True, family=p.family),
    "parent_phone212": lambda p, c: _other_phone(p),
    "outcome212": lambda p, c: _pick(p, _VN_OUTCOMES, 8),
    "jp_recv212": lambda p, c: f"R{p.other_date:%y}-{p.bhxh[-6:]}",
    "jp_name212": lambda p, c: f"{_jp_family(p)[0]}\u3000{_jp_given(p)[0]}",
    "jp_kana212": lambda p, c: f"{_jp_family(p)[1]}\u3000{_jp_given(p)[1]}",
    "jp_birth212": lambda p, c: _jp_birth(p),
    "jp_sex212": lambda p, c: "男" if p.male else "女",
    "jp_mynum212": lambda p, c: _my_number(p),
    "jp_zip212": lambda p, c: f"〒{_pl(p, _JP_PLACES)[0]}",
    "jp_addr212": lambda p, c: f"{_pl(p, _JP_PLACES)[1]}{_pl(p, _JP_PLACES)[2]}",
    "jp_phone212": lambda p, c: _jp_phone(p),
    "jp_gift_date212": lambda p, c: _wareki(p.other_date),
    "jp_amount212": lambda p, c: f"{_pick(p, ('10000', '15000', '30000', '50000', '12000'), 5)}",
    "jp_gift212": lambda p, c: _pick(p, _JP_GIFTS, 6),
    "jp_city212": lambda p, c: _pl(p, _JP_PLACES)[3],
    "jp_idcheck212": lambda p, c: _pick(p, _JP_ID_CHECK, 7),
    "kr_recv212": lambda p, c: f"청년월세-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "kr_name212": lambda p, c: _kr_name(p),
    "kr_rrn212": lambda p, c: _rrn(p),
    "kr_sex212": lambda p, c: "남" if p.male else "여",
    "kr_phone212": lambda p, c: _kr_phone(p),
    "kr_addr212": lambda p, c: _kr_addr(p),
    "kr_landlord212": lambda p, c: f"{_pick(p, _KR_FAMILY, 6)}{_pick(p, _KR_GIVEN_M, 7)}",
    "kr_deposit212": lambda p, c: f"{(5 + _num(p, 45)) * 1_000_000:,}",
    "kr_rent212": lambda p, c: f"{(30 + _num(p, 40)) * 10_000:,}",
    "kr_term212": lambda p, c: (
        f"{p.other_date:%Y.%m.%d}~{_shift_date(p.other_date, 2) - timedelta(days=1):%Y.%m.%d}"
    ),
    "kr_income212": lambda p, c: _pick(p, _KR_INCOME, 8),
    "kr_months212": lambda p, c: _pick(p, ("12", "12", "6", "9"), 9),
    "kr_status212": lambda p, c: _pick(p, _KR_STATUS, 10),
    "xj_name212": lambda p, c: _xj_name(p),
    "xj_sex212": lambda p, c: "ئەر 男" if p.male else "ئايال 女",
    "xj_nation212": lambda p, c: _pick(p, ("维吾尔族", "维吾尔族", "维吾尔族", "汉族", "回族"), 4),
    "xj_id212": lambda p, c: _cn_resident(p, _pl(p, _XJ_PLACES)[0]),
    "xj_phone212": lambda p, c: _cn_phone(p),
    "xj_county212": lambda p, c: _pl(p, _XJ_PLACES)[1],
    "xj_town212": lambda p, c: _pl(p, _XJ_PLACES)[2],
    "xj_village212": lambda p, c: _pl(p, _XJ_PLACES)[3],
    "xj_area212": lambda p, c: f"{5 + _num(p, 80)}.{_num(p, 9)}",
    "xj_sold212": lambda p, c: f"{(5 + _num(p, 80)) * 380 + _num(p, 99):,}",
    "xj_subsidy212": lambda p, c: f"{(5 + _num(p, 80)) * 380 * 0.45 + _num(p, 99):.2f}",
    "xj_bank212": lambda p, c: _pick(p, _XJ_BANKS, 5),
    "xj_card212": lambda p, c: f"6228 48{p.bhxh[:2]} {p.bhxh[2:6]} {p.bhxh[6:]} {p.phone[-3:]}",
    "xj_gin212": lambda p, c: _pick(
        p, ("银隆棉业", "阿瓦提丰茂轧花厂", "沙雅金丰棉业", "巴楚利华"), 6
    ),
    "im_name212": lambda p, c: _by_sex(p, _IM_NAMES_M, _IM_NAMES_F, 2),
    "im_sex212": lambda p, c: "ᠡᠷᠡ 男" if p.male else "ᠡᠮᠡ 女",
    "im_nation212": lambda p, c: _pick(p, _IM_NATIONS, 3),
    "im_id212": lambda p, c: _cn_resident(p, _pl(p, _IM_PLACES)[0]),
    "im_banner212": lambda p, c: _pl(p, _IM_PLACES)[1],
    "im_sumu212": lambda p, c: _pl(p, _IM_PLACES)[2],
    "im_gacha212": lambda p, c: _pl(p, _IM_PLACES)[3],
    "im_phone212": lambda p, c: _cn_phone(p),
    "im_zone212": lambda p, c: _pick(p, _IM_ZONES, 4),
    "im_area212": lambda p, c: f"{(8 + _num(p, 40)) * 1000}",
    "im_pay212": lambda p, c: _pick(p, ("1500", "1800", "2000", "1500"), 5),
    "im_from212": lambda p, c: f"{date(p.other_date.year, 1, 1):%Y.%m.%d}",
    "im_to212": lambda p, c: f"{date(p.other_date.year, 12, 31):%Y.%m.%d}",
    "im_card212": lambda p, c: f"6217 {p.bhxh[:4]} {p.bhxh[4:8]} {p.bhxh[8:]}{p.phone[-6:]}",
    "im_leader212": lambda p, c: _pick(p, _IM_NAMES_M, 6),
    "kz_family212": lambda p, c: _kz_names(p)[0],
    "kz_given212": lambda p, c: _kz_names(p)[1],
    "kz_father212": lambda p, c: _kz_names(p)[2],
    "kz_iin212": lambda p, c: _iin(p),
    "kz_sex212": lambda p, c: "ер" if p.male else "әйел",
    "kz_addr212": lambda p, c: _kz_addr(p),
    "kz_phone212": lambda p, c: _kz_phone(p),
    "kz_queue212": lambda p, c: 1_200 + int(p.bhxh[-4:]),
    "kz_category212": lambda p, c: _pick(p, _KZ_CATEGORIES, 5),
    "kz_family_size212": lambda p, c: 1 + _num(p, 7),
    "kz_plot_area212": lambda p, c: _pick(p, _KZ_AREAS, 6),
    "kz_cadastre212": lambda p, c: (
        "" if p.bhxh[-1] in "012345" else f"03-047-{p.bhxh[2:5]}-{p.bhxh[5:8]}"
    ),
    "kz_status212": lambda p, c: _pick(p, _KZ_STATUS, 7),
    "kz_spouse212": lambda p, c: "" if p.bhxh[-2] in "01" else _kz_spouse(p),
}
