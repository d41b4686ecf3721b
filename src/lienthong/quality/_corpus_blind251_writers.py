"""How the people of the two-hundred-and-fifty-first part of the outside corpus (**blind 251**,
:mod:`lienthong.quality._corpus_blind251`) are written: four Vietnamese files' own columns (a
volunteer rain-gauge post, a resettlement plot, a customs currency declaration, an unenforceable
judgment) and Japanese names in kanji with their kana readings, foreign residents' names in
roman letters and katakana, Japanese addresses, phones, era dates and the My Number with its
check digit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _my_number, _safe_day, _wareki
from lienthong.quality._corpus_blind76_writers import _dotted
from lienthong.quality._corpus_blind138_writers import _jp_family, _jp_given
from lienthong.quality._corpus_blind212_writers import _jp_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: rain gauges, Long Thành resettlement, customs declarations, unenforceable judgments --
_VN_GAUGES = (
    ("ĐM-07", "Điểm đo mưa xã Tà Xùa", "Thùng đo mưa SM"),
    ("ĐM-12", "Điểm đo mưa bản Háng Đồng", "Vũ lượng kế tự báo"),
    ("ĐM-15", "Điểm đo mưa xã Mường Khương", "Thùng đo mưa SM"),
    ("ĐM-21", "Điểm đo mưa thôn Nà Khương", "Ống đo mưa nhân dân"),
    ("ĐM-33", "Điểm đo mưa UBND xã Bản Lầu", "Thùng đo mưa SM"),
)
_VN_BANKS = ("Agribank CN Bắc Yên", "Agribank CN Mường Khương", "BIDV CN Lào Cai", "VietinBank")
_VN_STAFF = ("Đài KTTV: Lương Văn Đức", "Đài KTTV: Giàng A Chử", "Đài KTTV: Nông Thị Hằng")
_LT_HAMLETS = (
    "Ấp 3, xã Bình Sơn",
    "Ấp Bến Cam, xã Phước Thiền",
    "Ấp Suối Quít, xã Cẩm Đường",
    "Ấp 1, xã Long An",
    "Ấp Bình Lâm, xã Lộc An",
)
_LT_BLOCKS = ("A", "B", "C", "D", "E", "F", "K")
_LT_NOTES = ("Đã nhận QĐ giao đất", "Chưa nộp tiền", "Đã bốc thăm", "Xin lùi thời hạn", "")
_CU_FLIGHTS = ("VN 300", "VJ 822", "VN 1161", "QH 203", "VJ 951", "VN 58")
_CU_CURRENCIES = ("USD", "EUR", "JPY", "KRW", "AUD", "USD")
_CU_STAFF = ("CC Nguyễn Thị Lệ", "CC Võ Minh Tâm", "CC Huỳnh Tấn Phát", "CC Trịnh Bảo Ngọc")
_TH_DUTIES = (
    "Trả nợ vay",
    "Bồi thường thiệt hại",
    "Cấp dưỡng nuôi con",
    "Án phí DSST",
    "Trả tiền hụi",
    "Tiền phạt",
)
_TH_CREDITORS = (
    "Ngân hàng NN&PTNT CN Châu Thành",
    "Bà Trần Thị Mười",
    "Cty Tài chính FE Credit",
    "Ngân sách Nhà nước",
    "Ông Phạm Văn Tư",
)
_TH_REASONS = (
    "Không có tài sản, thu nhập",
    "Đang chấp hành án phạt tù",
    "Không rõ địa chỉ",
    "Tài sản đang thế chấp",
)
_TH_OFFICERS = ("CHV Lâm Hoàng Nam", "CHV Đoàn Thị Bích", "CHV Kiều Văn Lợi")
# -- Japan: Sapporo welfare snow removal, Ishinomaki disaster housing, Expo volunteers ------------
_SN_PLACES = (
    ("005-0012", "北海道札幌市南区真駒内上町", "3丁目4-11"),
    ("004-0051", "北海道札幌市厚別区厚別中央1条", "5丁目2-8"),
    ("006-0816", "北海道札幌市手稲区前田6条", "12丁目1-3"),
    ("002-8071", "北海道札幌市北区あいの里1条", "7丁目16-5"),
    ("062-0935", "北海道札幌市豊平区平岸5条", "9丁目3-22"),
)
_SN_KINDS = ("高齢者のみ世帯", "高齢者のみ世帯", "障がい者世帯", "ひとり親世帯（要件該当）")
_SN_HELPERS = ("町内会 除雪ボランティア", "(株)北栄建設", "近隣住民", "大学生ボランティア")
_SN_KIN = ("長男（江別市）", "長女（東京都）", "次男（旭川市）", "姪（札幌市）", "なし")
_TH_ESTATES = (
    ("986-0851", "宮城県石巻市新蛇田南", "2丁目3-1", "新蛇田南第二復興住宅"),
    ("986-0021", "宮城県石巻市中央", "3丁目8-10", "中央三丁目第一復興住宅"),
    ("986-2132", "宮城県石巻市渡波", "字沖六勺58", "渡波地区復興住宅"),
    ("986-0041", "宮城県石巻市のぞみ野", "1丁目4-2", "のぞみ野第三復興住宅"),
)
_TH_BEFORE = (
    "石巻市門脇町4丁目",
    "石巻市南浜町2丁目",
    "石巻市雄勝町雄勝字伊勢畑",
    "女川町鷲神浜",
    "石巻市北上町十三浜",
)
_TH_DAMAGE = ("全壊", "全壊", "大規模半壊", "全壊（流失）", "半壊（解体）")
_TH_WATCH = ("生活支援相談員 佐々木", "地域福祉コーディネーター 阿部", "民生委員 高橋")
_TH_NOTES = ("単身高齢", "", "収入超過者", "要見守り", "", "ペット飼育届済")
_OS_PLACES = (
    ("530-0001", "大阪府", "大阪市北区", "梅田1丁目2-3"),
    ("556-0011", "大阪府", "大阪市浪速区", "難波中2丁目10-70"),
    ("590-0078", "大阪府", "堺市堺区", "南瓦町3-1"),
    ("569-0071", "大阪府", "高槻市", "城北町1丁目7-16"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町1丁目9-1"),
    ("604-8005", "京都府", "京都市中京区", "恵比須町534"),
)
_EX_ROLES = ("会場案内", "外国語対応", "迷子・ベビーカー対応", "駅前案内（桜島駅）", "環境美化")
_EX_LANGS = ("英語", "英語・中国語", "なし", "韓国語", "スペイン語", "ベトナム語")
# -- Japan: Aso fire corps and a city's foreign residents ----------------------------------------
_FC_UNITS = ("第1分団第2部", "第3分団第1部", "第5分団第3部", "女性分団", "第2分団第4部")
_FC_RANKS = ("団員", "団員", "班長", "部長", "副分団長", "団員")
_FC_PLACES = (
    "熊本県阿蘇市一の宮町宮地",
    "熊本県阿蘇市内牧",
    "熊本県阿蘇市波野大字小地野",
    "熊本県阿蘇市赤水",
)
_FC_WORK = (
    ("阿蘇市役所", "0967-22-3111"),
    ("JA阿蘇 一の宮支所", "0967-22-1234"),
    ("自営（農業）", "なし"),
    ("(有)阿蘇観光タクシー", "0967-32-0520"),
    ("阿蘇医療センター", "0967-34-0311"),
)
_FC_FUNC = ("基本団員", "基本団員", "機能別（大規模災害）", "基本団員", "機能別（OB）")
_FR_M = (
    ("NGUYEN VAN HUNG", "グエン　ヴァン　フン", "ベトナム"),
    ("TRAN DUC MINH", "チャン　ドゥック　ミン", "ベトナム"),
    ("SANTOS JOHN PAUL REYES", "サントス　ジョン　ポール　レイエス", "フィリピン"),
    ("GURUNG RAJESH", "グルン　ラジェシュ", "ネパール"),
    ("WANG WEI", "ワン　ウェイ", "中国"),
    ("SILVA CARLOS EDUARDO", "シルバ　カルロス　エドゥアルド", "ブラジル"),
    ("SETIAWAN BUDI", "セティアワン　ブディ", "インドネシア"),
)
_FR_F = (
    ("NGUYEN THI LAN", "グエン　ティ　ラン", "ベトナム"),
    ("LE THI HOA", "レ　ティ　ホア", "ベトナム"),
    ("DELA CRUZ MARIA CRISTINA", "デラクルス　マリア　クリスティナ", "フィリピン"),
    ("TAMANG SITA", "タマン　シタ", "ネパール"),
    ("LI NA", "リ　ナ", "中国"),
    ("OLIVEIRA ANA PAULA", "オリベイラ　アナ　パウラ", "ブラジル"),
    ("WULANDARI SRI", "ウランダリ　スリ", "インドネシア"),
)
_FR_STATUS = ("技能実習（1号ロ）", "特定技能1号", "永住者", "技術・人文知識・国際業務", "定住者")
_FR_PLACES = (
    ("370-0523", "群馬県邑楽郡大泉町吉田", "2465-3 コーポ吉田102"),
    ("370-0514", "群馬県邑楽郡大泉町朝日", "4丁目1-8"),
    ("370-0532", "群馬県邑楽郡大泉町坂田", "1丁目20-5 第2坂田荘B-201"),
    ("370-0517", "群馬県邑楽郡大泉町西小泉", "3丁目9-12"),
)


def _pl(p: Person, table: tuple[_T, ...], salt: int = 3) -> _T:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _hira(kana: str) -> str:
    """Katakana read as hiragana (ふりがな columns are often written that way)."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)


def _age(p: Person) -> int:
    ref = date(2025, 12, 1)
    return ref.year - p.birth.year - ((ref.month, ref.day) < (p.birth.month, p.birth.day))


def _kanji_day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _fr(p: Person) -> _T:
    return _FR_M[int(p.bhxh) // 7 % len(_FR_M)] if p.male else _FR_F[int(p.bhxh) // 7 % len(_FR_F)]


def _card(p: Person) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = letters[int(p.bhxh[:2]) % 23] + letters[int(p.bhxh[2:4]) % 23]
    return f"{head}{p.bhxh[2:10]}{letters[_num(p, 23) - 1]}{letters[int(p.bhxh[-2:]) % 23]}"


def _joined(p: Person) -> date:
    return date(2000, 4, 1) + timedelta(days=_num(p, 9000))


def _landline(p: Person, area: str, mid: int) -> str:
    digits = p.phone[-(10 - len(area)) :]
    return f"{area}-{digits[:mid]}-{digits[mid:]}"


WRITERS_BLIND251: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: volunteer rain-gauge observers of a provincial hydro-meteorological station
    "gauge_code251": lambda p, c: _pl(p, _VN_GAUGES)[0],
    "gauge_name251": lambda p, c: _pl(p, _VN_GAUGES)[1],
    "gauge_kind251": lambda p, c: _pl(p, _VN_GAUGES)[2],
    "gauge_coord251": lambda p, c: f"22°{_num(p, 59):02d}'B - 103°{_num(p, 58):02d}'Đ",
    "gauge_pay251": lambda p, c: _pick(p, ("500.000", "650.000", "500.000", "800.000"), 4),
    "gauge_acct251": lambda p, c: f"{p.bhxh[3:]}{p.cccd[-6:]}",
    "gauge_bank251": lambda p, c: _pick(p, _VN_BANKS, 5),
    "gauge_staff251": lambda p, c: _pick(p, _VN_STAFF, 6),
    # Vietnam: resettlement plots for the households the Long Thành airport displaced
    "lt_old251": lambda p, c: _pick(p, _LT_HAMLETS, 3),
    "lt_parcel251": lambda p, c: f"Tờ {_num(p, 40)}, thửa {_num(p, 300)}",
    "lt_recovered251": lambda p, c: _dotted(300 + _num(p, 90) * 37),
    "lt_lot251": lambda p, c: f"Lô {_pick(p, _LT_BLOCKS, 4)}{_num(p, 40)}-{_num(p, 25)}",
    "lt_area251": lambda p, c: _pick(p, ("100", "120", "150", "200", "300"), 5),
    "lt_price251": lambda p, c: _pick(p, ("1.500.000", "1.900.000", "2.500.000"), 6),
    "lt_note251": lambda p, c: _pick(p, _LT_NOTES, 7),
    # Vietnam: passengers declaring currency and gold at an airport customs branch
    "cu_form251": lambda p, c: f"{p.bhxh[:6]}/TK-HK",
    "cu_flight251": lambda p, c: _pick(p, _CU_FLIGHTS, 3),
    "cu_passport251": lambda p, c: f"{_pick(p, ('C', 'P', 'N'), 4)}{p.bhxh[2:9]}",
    "cu_currency251": lambda p, c: _pick(p, _CU_CURRENCIES, 5),
    "cu_amount251": lambda p, c: _dotted(5_000 + _num(p, 60) * 500),
    "cu_gold251": lambda p, c: _pick(p, ("0", "0", "312,5", "0", "1.000"), 6),
    "cu_way251": lambda p, c: _pick(p, ("Xuất cảnh", "Nhập cảnh"), 7),
    "cu_staff251": lambda p, c: _pick(p, _CU_STAFF, 8),
    # Vietnam: judgment debtors a civil enforcement office found unable to pay
    "th_judgment251": lambda p, c: f"{_num(p, 250)}/{2016 + _num(p, 8)}/DS-ST",
    "th_decision251": lambda p, c: f"{_num(p, 900)}/QĐ-CCTHADS",
    "th_duty251": lambda p, c: _pick(p, _TH_DUTIES, 3),
    "th_owed251": lambda p, c: _dotted(_num(p, 400) * 1_250_000),
    "th_creditor251": lambda p, c: _pick(p, _TH_CREDITORS, 4),
    "th_reason251": lambda p, c: _pick(p, _TH_REASONS, 5),
    "th_officer251": lambda p, c: _pick(p, _TH_OFFICERS, 6),
    "th_spouse251": lambda p, c: _other_vn(p, 7, male=not p.male),
    # Japan: the names, the readings, the My Number, phones and dates
    "jp_name251": lambda p, c: f"{_jp_family(p)[0]}\u3000{_jp_given(p)[0]}",
    "jp_kana251": lambda p, c: f"{_jp_family(p)[1]}\u3000{_jp_given(p)[1]}",
    "jp_hira251": lambda p, c: _hira(f"{_jp_family(p)[1]} {_jp_given(p)[1]}"),
    "jp_fam251": lambda p, c: _jp_family(p)[0],
    "jp_giv251": lambda p, c: _jp_given(p)[0],
    "jp_fam_k251": lambda p, c: _jp_family(p)[1],
    "jp_giv_k251": lambda p, c: _jp_given(p)[1],
    "jp_wareki251": lambda p, c: _wareki(p.birth),
    "jp_kanji_birth251": lambda p, c: _kanji_day(p.birth),
    "jp_age251": lambda p, c: _age(p),
    "jp_sex251": lambda p, c: "男" if p.male else "女",
    "jp_sex_long251": lambda p, c: "男性" if p.male else "女性",
    "jp_mynum251": lambda p, c: _my_number(p),
    "jp_mobile251": lambda p, c: _jp_phone(p),
    # Sapporo: welfare snow removal at the gate of elderly households
    "sn_recv251": lambda p, c: f"R7-{p.bhxh[-4:]}",
    "sn_zip251": lambda p, c: f"〒{_pl(p, _SN_PLACES)[0]}",
    "sn_addr251": lambda p, c: "".join(_pl(p, _SN_PLACES)[1:]),
    "sn_tel251": lambda p, c: _landline(p, "011", 3),
    "sn_kind251": lambda p, c: _pick(p, _SN_KINDS, 4),
    "sn_helper251": lambda p, c: _pick(p, _SN_HELPERS, 5),
    "sn_helper_tel251": lambda p, c: f"080-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}",
    "sn_width251": lambda p, c: f"{_num(p, 9) + 2}.{_num(p, 9)}",
    "sn_kin251": lambda p, c: _pick(p, _SN_KIN, 6),
    # Ishinomaki: tenants of the public housing built after the 2011 tsunami
    "th_estate251": lambda p, c: _pl(p, _TH_ESTATES)[3],
    "th_room251": lambda p, c: f"{_num(p, 5)}0{_num(p, 8)}号室",
    "th_zip251": lambda p, c: _pl(p, _TH_ESTATES)[0],
    "th_addr251": lambda p, c: "".join(_pl(p, _TH_ESTATES)[1:3]),
    "th_before251": lambda p, c: _pick(p, _TH_BEFORE, 4),
    "th_risai251": lambda p, c: f"石巻第{p.bhxh[-5:]}号",
    "th_damage251": lambda p, c: _pick(p, _TH_DAMAGE, 5),
    "th_size251": lambda p, c: _num(p, 5),
    "th_moved251": lambda p, c: (
        f"{_safe_day(2013 + _num(p, 6), _num(p, 12), p.birth.day):%Y/%m/%d}"
    ),
    "th_rent251": lambda p, c: f"{4_000 + _num(p, 60) * 500:,}",
    "th_watch251": lambda p, c: _pick(p, _TH_WATCH, 6),
    "th_note251": lambda p, c: _pick(p, _TH_NOTES, 7),
    # Osaka: volunteers of the Osaka-Kansai Expo
    "ex_id251": lambda p, c: f"EXV{p.bhxh[1:8]}",
    "os_zip251": lambda p, c: _pl(p, _OS_PLACES)[0],
    "os_pref251": lambda p, c: _pl(p, _OS_PLACES)[1],
    "os_city251": lambda p, c: _pl(p, _OS_PLACES)[2],
    "os_street251": lambda p, c: _pl(p, _OS_PLACES)[3],
    "ex_role251": lambda p, c: _pick(p, _EX_ROLES, 4),
    "ex_lang251": lambda p, c: _pick(p, _EX_LANGS, 5),
    "ex_kin_tel251": lambda p, c: f"06-{p.bhxh[1:5]}-{p.bhxh[5:9]}",
    "ex_day251": lambda p, c: f"{date(2025, 4, 13) + timedelta(days=_num(p, 180)):%Y/%m/%d}",
    # Aso: the city's volunteer fire corps
    "fc_no251": lambda p, c: f"A{p.bhxh[-5:]}",
    "fc_unit251": lambda p, c: _pick(p, _FC_UNITS, 3),
    "fc_rank251": lambda p, c: _pick(p, _FC_RANKS, 4),
    "fc_addr251": lambda p, c: f"{_pick(p, _FC_PLACES, 5)}{_num(p, 3000)}-{_num(p, 9)}",
    "fc_zip251": lambda p, c: _pick(p, ("869-2612", "869-2301", "869-2805", "869-2222"), 5),
    "fc_work251": lambda p, c: _pl(p, _FC_WORK, 6)[0],
    "fc_work_tel251": lambda p, c: _pl(p, _FC_WORK, 6)[1],
    "fc_joined251": lambda p, c: _wareki(_joined(p)),
    "fc_years251": lambda p, c: f"{2025 - _joined(p).year}年",
    "fc_func251": lambda p, c: _pick(p, _FC_FUNC, 7),
    # Ōizumi: the town's list of foreign residents
    "fr_code251": lambda p, c: f"{p.bhxh[::-1]}{p.birth.month % 10}",
    "fr_latin251": lambda p, c: _fr(p)[0],
    "fr_kana251": lambda p, c: _fr(p)[1],
    "fr_nat251": lambda p, c: _fr(p)[2],
    "fr_sex251": lambda p, c: _by_sex(p, ("男",), ("女",)),
    "fr_status251": lambda p, c: _pick(p, _FR_STATUS, 4),
    "fr_card251": lambda p, c: _card(p),
    "fr_expiry251": lambda p, c: f"{p.other_date + timedelta(days=365 + _num(p, 700)):%Y/%m/%d}",
    "fr_zip251": lambda p, c: _pl(p, _FR_PLACES)[0],
    "fr_addr251": lambda p, c: "".join(_pl(p, _FR_PLACES)[1:]),
    "fr_head251": lambda p, c: _pick(p, ("本人", "本人", "配偶者", "本人", "父"), 5),
}

__all__ = ["WRITERS_BLIND251"]
