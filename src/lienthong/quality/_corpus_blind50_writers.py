"""How the people of the fiftieth part of the outside corpus (**blind 50**,
:mod:`lienthong.quality._corpus_blind50`) are written: four Vietnamese files' own columns (an
elderly person's longevity age and gift, a land-use certificate's plot and co-owner, a militia
member's post and unit, a parents' representative's pupil and class) and Flemish, Ticinese,
Okinawan, Keralite and Tigrayan names, addresses, phones and identity numbers in the forms their
cards show (the Belgian rijksregisternummer's mod-97 check, the Swiss AHV number's EAN-13 digit,
the Japanese My Number's check digit, the Aadhaar's Verhoeff digit; the Ethiopian Fayda number
publishes none), a Japanese birth date in the era calendar and Tigrayan dates in the Ethiopian
calendar.

The longevity list's people are 70 to 102 and the militia's 19 to 42, so their birth dates (and
the CCCD that encodes the birth year) are written for those ages from the person's own day and
month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind13_writers import _ahv
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_vn
from lienthong.quality._corpus_blind40_writers import _my_number, _safe_day, _wareki

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: the ages a ward celebrates (Luật Người cao tuổi): 70, 75 … 100 and over
_VN_TIERS = (70, 75, 80, 85, 90, 95, 100, 70, 80, 90, 101, 75)
_VN_GIFT_ITEMS = ("Thiếp chúc thọ + quà hiện vật", "Tiền mặt", "Thiếp + 05 mét vải lụa")
_VN_PROXY_REL = ("Con trai", "Con gái", "Con dâu", "Cháu nội", "Cháu ngoại")
_VN_LAND_PURPOSE = ("ONT", "ODT", "CLN", "LUC", "ODT + CLN", "BHK")
_VN_LAND_TERM = ("Lâu dài", "Lâu dài", "Đến 15/10/2063", "Đến 01/07/2064")
_VN_LAND_PLACES = (
    "Ấp 3, xã Tân Thạnh Đông, huyện Củ Chi",
    "Khu phố 2, phường Long Trường, TP. Thủ Đức",
    "Ấp Xuân Thới Đông 1, xã Xuân Thới Đông, huyện Hóc Môn",
    "Ấp 4, xã Bình Lợi, huyện Bình Chánh",
    "Tổ 5, khu phố 1, phường Thạnh Xuân, Quận 12",
)
_VN_MILITIA_POSTS = ("Chiến sĩ", "Chiến sĩ", "Tiểu đội trưởng", "Khẩu đội trưởng", "Chiến sĩ")
_VN_MILITIA_UNITS = (
    "Tiểu đội DQTT",
    "B1 - Trung đội DQCĐ",
    "B2 - Trung đội DQCĐ",
    "Tổ DQ tại chỗ ấp 2",
    "Khẩu đội cối 60mm",
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Kinh")
_VN_SCHOOLING = ("12/12", "12/12", "9/12", "12/12 + TC", "12/12 + CĐ", "ĐH")
_VN_CLASSES = ("1A", "2B", "3C", "4A", "5B", "5D")
_VN_PA_ROLES = ("Trưởng ban", "Phó trưởng ban", "Ủy viên", "Ủy viên", "Thành viên", "Thủ quỹ")
_VN_JOBS = ("Buôn bán", "Công nhân", "Nội trợ", "Giáo viên", "Kinh doanh tự do", "Nhân viên VP")
_VN_EMPLOYERS = (
    "Cty TNHH Pouyuen VN",
    "Chợ Bình Tây",
    "Trường THCS Lê Lợi",
    "Ngân hàng Vietcombank CN Chợ Lớn",
    "",
)
_BE_FAMILY = ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "De Smet")
_BE_GIVEN_M = ("Jan", "Luc", "Wouter", "Pieter-Jan", "Dirk", "Koen", "Marc")
_BE_GIVEN_F = ("An", "Els", "Griet", "Marie-Louise", "Lieve", "Sofie", "Hilde")
#: (street, postcode, gemeente)
_BE_PLACES = (
    ("Kortrijksesteenweg", "9000", "Gent"),
    ("Turnhoutsebaan", "2140", "Borgerhout"),
    ("Naamsestraat", "3000", "Leuven"),
    ("Langestraat", "8000", "Brugge"),
    ("Bruul", "2800", "Mechelen"),
    ("Kempische Steenweg", "3500", "Hasselt"),
)
_BE_CAREE = ("moeder", "vader", "echtgenoot", "echtgenote", "zoon", "dochter")
_BE_BEL = ("BEL 35-44", "BEL 45-54", "BEL 55+", "KATZ-score 9")
_TI_FAMILY = ("Bernasconi", "Rossi", "Ferrari", "Pedrazzini", "Lepori", "Crivelli", "Guidi")
_TI_GIVEN_M = ("Marco", "Giovanni", "Luca", "Fabio", "Mattia", "Gian Carlo")
_TI_GIVEN_F = ("Giulia", "Chiara", "Francesca", "Anna Maria", "Sara", "Elena")
#: (street, NPA, località)
_TI_PLACES = (
    ("Via Nassa 21", "6900", "Lugano"),
    ("Viale Stazione 8", "6500", "Bellinzona"),
    ("Via della Pace 4", "6600", "Locarno"),
    ("Corso San Gottardo 15", "6830", "Chiasso"),
    ("Via Lavizzari 2a", "6850", "Mendrisio"),
    ("Via Bellinzona 33", "6710", "Biasca"),
)
_TI_CIVIL = ("celibe/nubile", "coniugato/a", "divorziato/a", "vedovo/a")
_TI_INSURERS = ("CSS", "Helsana", "Swica", "Assura", "Groupe Mutuel", "Sanitas")
_JP_FAMILY: tuple[tuple[str, str], ...] = (
    ("比嘉", "ヒガ"),
    ("金城", "キンジョウ"),
    ("大城", "オオシロ"),
    ("宮城", "ミヤギ"),
)
_JP_FAMILY += (("新垣", "アラカキ"), ("玉城", "タマキ"), ("島袋", "シマブクロ"), ("知念", "チネン"))
_JP_GIVEN_M = (("健太", "ケンタ"), ("誠", "マコト"), ("清", "キヨシ"), ("勇", "イサム"))
_JP_GIVEN_F = (("美代子", "ミヨコ"), ("幸子", "サチコ"), ("優子", "ユウコ"), ("千尋", "チヒロ"))
#: (postcode, address)
_JP_PLACES = (
    ("900-0014", "沖縄県那覇市松尾2丁目8番14号"),
    ("903-0812", "沖縄県那覇市首里当蔵町3丁目15番地"),
    ("904-0004", "沖縄県沖縄市中央1丁目7番3号"),
    ("901-2223", "沖縄県宜野湾市大山4丁目12番5号"),
    ("905-0011", "沖縄県名護市宮里3丁目2番26号"),
    ("906-0012", "沖縄県宮古島市平良字西里285番地"),
)
_JP_BANKS = ("琉球銀行", "沖縄銀行", "沖縄海邦銀行", "ゆうちょ銀行", "コザ信用金庫")
_KL_FAMILY = ("Varghese", "Nair", "Pillai", "Menon", "Joseph", "Kurian", "Rasheed")
_KL_GIVEN_M = ("Thomas", "Anil Kumar", "Sreekumar", "Abdul", "Gopalakrishnan", "Rajan")
_KL_GIVEN_F = ("Mariyamma", "Lakshmi", "Sreedevi", "Fathima", "Omana", "Sheeba")
#: (house name, post office, panchayat and ward, district, PIN)
_KL_PLACES = (
    ("Puthenveettil House", "Kottarakkara P.O.", "Kollam", "691506"),
    ("Kizhakkethil", "Thiruvalla P.O.", "Pathanamthitta", "689101"),
    ("Thekkumkattil House", "Pala P.O.", "Kottayam", "686575"),
    ("Manalil Veedu", "Neyyattinkara P.O.", "Thiruvananthapuram", "695121"),
    ("Padinjarethil", "Chalakudy P.O.", "Thrissur", "680307"),
    ("Kunnumpurath House", "Tirur P.O.", "Malappuram", "676101"),
)
_KL_PENSION_OLD = ("Indira Gandhi National Old Age Pension", "Agricultural Labour Pension")
_KL_PENSION_YOUNG = ("Disability Pension", "Widow Pension", "Unmarried Women Pension")
_TG_GIVEN_M = ("ኣብርሃ", "ገብረመድህን", "ሃይለ", "ተስፋይ", "ብርሃነ", "ኪዳነ", "ጎይትኦም")
_TG_GIVEN_F = ("ለተብርሃን", "ኣልማዝ", "ትርሓስ", "ምሕረት", "ሳባ", "ኣበባ", "ብርኽቲ")
_TG_FATHERS = ("ገብረሚካኤል", "ወልደ", "ሃይለማርያም", "ኣረጋዊ", "ገብረእግዚኣብሄር", "ተኽለ")
#: (woreda or town, tabia)
_TG_PLACES = (
    ("መቐለ", "ሓወልቲ"),
    ("መቐለ", "ዓዲሓቂ"),
    ("ዓድዋ", "ማይ ኣድርባ"),
    ("ኣኽሱም", "ሓየሎም"),
    ("ዓዲግራት", "ጻዕዳ እምባ"),
    ("ውቕሮ", "ኣጉላዕ"),
    ("ማይጨው", "ገረብ ዓዲ"),
)
_TG_PROGRAMMES = ("ቀጥታ ሓገዝ", "ስራሕ ህዝቢ", "ቀጥታ ሓገዝ", "ጥረ ገንዘብ")
_VN_MILITIA_NOTES = ("", "Tạm vắng, đi làm ăn xa", "Đang học ĐH", "", "Chuyển DQ tại chỗ")
_VN_PA_NOTES = ("", "Phụ trách quỹ lớp", "Đã nộp quỹ HK1", "", "Xin rút khỏi BĐD HK2")
_TG_REMARKS = ("", "ዝተመዛበለ", "ኣካል ስንኩል", "ስድራ ብሰበይቲ ዝምራሕ", "")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _tier(p: Person) -> int:
    return _VN_TIERS[int(p.bhxh) // 5 % len(_VN_TIERS)]


def _elder_birth(p: Person) -> date:
    """An elderly person's birthday: the person's day and month, the year that makes them the
    longevity age celebrated in 2026."""
    return _safe_day(2026 - _tier(p), p.birth.month, p.birth.day)


def _gift(p: Person) -> tuple[str, str]:
    """(who gives, amount in đồng) for the longevity age."""
    tier = _tier(p)
    if tier >= 100:
        return "Chủ tịch nước", "1.500.000"
    if tier >= 90:
        return "UBND Thành phố", "1.000.000"
    return "UBND phường", "700.000" if tier >= 80 else "500.000"


def _militia_birth(p: Person) -> date:
    """A militia member's birthday: the person's day and month, aged 19 to 42 in 2026."""
    return _safe_day(1984 + int(p.bhxh) % 24, p.birth.month, p.birth.day)


def _rrn_be(p: Person) -> str:
    """A Belgian rijksregisternummer ``85.07.30-033.28``: birth date, a serial odd for men and
    even for women, and 97 minus the nine digits mod 97 (with a leading 2 for births from
    2000)."""
    serial = int(p.bhxh[:3]) % 498 * 2 + (1 if p.male else 2)
    body = f"{p.birth:%y%m%d}{serial:03d}"
    check = 97 - (int(body) + (2_000_000_000 if p.birth.year >= 2000 else 0)) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{check:02d}"


def _iban_be(p: Person) -> str:
    """A Belgian IBAN: bank and account with their mod-97 pair, and the IBAN's own check."""
    ten = f"{int(p.bhxh[:3]) % 900 + 100}{p.bhxh[3:10]}"
    bban = f"{ten}{int(ten) % 97 or 97:02d}"
    check = 98 - int(f"{bban}111400") % 97
    return f"BE{check:02d} {bban[:4]} {bban[4:8]} {bban[8:]}"


def _jp_name(p: Person) -> tuple[str, str]:
    family = _pick(p, tuple(f"{k}|{r}" for k, r in _JP_FAMILY), 2).split("|")
    given_pool = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    given = _pick(p, tuple(f"{k}|{r}" for k, r in given_pool), 1).split("|")
    return f"{family[0]}\u3000{given[0]}", f"{family[1]} {given[1]}"


def _aadhaar(p: Person) -> str:
    """An Aadhaar number ``2345 6789 0123``: eleven digits (the first 2-9) and the Verhoeff
    digit."""
    full = _verhoeff(f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh}")
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _kl_address(p: Person) -> str:
    house, post, district, pin = _place(p, _KL_PLACES)
    return f"{house}, Ward {_num(p, 22)}, {post}, {district} - {pin}"


def _kl_pension(p: Person) -> str:
    if 2026 - p.birth.year >= 60:
        return _pick(p, _KL_PENSION_OLD, 3)
    return "Widow Pension" if not p.male and int(p.bhxh) % 2 else _pick(p, _KL_PENSION_YOUNG, 4)


def _ethiopian(d: date) -> tuple[int, int, int]:
    """``d`` in the Ethiopian calendar (year, month 1-13, day), by the Amete Mihret epoch."""
    jdn = d.toordinal() + 1_721_425
    r = (jdn - 1_723_856) % 1_461
    n = r % 365 + 365 * (r // 1_460)
    year = 4 * ((jdn - 1_723_856) // 1_461) + r // 365 - r // 1_460
    return year, n // 30 + 1, n % 30 + 1


def _et_written(d: date) -> str:
    year, month, day = _ethiopian(d)
    return f"{day:02d}/{month:02d}/{year}"


def _tg_name(p: Person) -> str:
    """A Tigrayan name with the father's name after it, as forms write it."""
    return f"{_by_sex(p, _TG_GIVEN_M, _TG_GIVEN_F, 1)} {_pick(p, _TG_FATHERS, 2)}"


WRITERS_BLIND50: dict[str, Callable[[Person, Col], object]] = {
    "elder_birth50": lambda p, c: f"{_elder_birth(p):%d/%m/%Y}",
    "elder_cccd50": lambda p, c: _cccd_of(p, p.male, _elder_birth(p).year),
    "tier50": lambda p, c: "Trên 100" if _tier(p) > 100 else str(_tier(p)),
    "giver50": lambda p, c: _gift(p)[0],
    "gift50": lambda p, c: _gift(p)[1],
    "gift_item50": lambda p, c: _pick(p, _VN_GIFT_ITEMS, 3),
    "proxy50": lambda p, c: _other_vn(p, 4) if int(p.bhxh) % 3 == 0 else "",
    "proxy_rel50": lambda p, c: _pick(p, _VN_PROXY_REL, 5) if int(p.bhxh) % 3 == 0 else "",
    "tdp50": lambda p, c: f"KP {_num(p, 6)} - Tổ {_num(p, 40)}",
    "seri50": lambda p, c: f"{'CX' if int(p.bhxh) % 2 else 'DĐ'} {p.bhxh[1:7]}",
    "vaoso50": lambda p, c: f"CS{p.bhxh[:5]}",
    "sheet50": lambda p, c: str(_num(p, 60)),
    "plot50": lambda p, c: str(_num(p, 900) + 12),
    "area50": lambda p, c: f"{_num(p, 400) + 40},{p.bhxh[-1]}",
    "purpose50": lambda p, c: _pick(p, _VN_LAND_PURPOSE, 2),
    "term50": lambda p, c: _pick(p, _VN_LAND_TERM, 4),
    "plot_addr50": lambda p, c: _pick(p, _VN_LAND_PLACES, 3),
    "coowner50": lambda p, c: _other_vn(p, 6, not p.male) if int(p.bhxh) % 4 else "",
    "coowner_cccd50": lambda p, c: (
        _cccd_of(p, not p.male, p.birth.year + int(p.bhxh) % 7 - 3) if int(p.bhxh) % 4 else ""
    ),
    "militia_birth50": lambda p, c: f"{_militia_birth(p):%d/%m/%Y}",
    "militia_cccd50": lambda p, c: _cccd_of(p, p.male, _militia_birth(p).year),
    "post50": lambda p, c: _pick(p, _VN_MILITIA_POSTS, 2),
    "unit50": lambda p, c: _pick(p, _VN_MILITIA_UNITS, 3),
    "ethnic50": lambda p, c: _pick(p, _VN_ETHNIC, 4),
    "schooling50": lambda p, c: _pick(p, _VN_SCHOOLING, 5),
    "party50": lambda p, c: _pick(p, ("Đoàn viên", "Đảng viên", "", "Đoàn viên"), 6),
    "pupil50": lambda p, c: _other_vn(p, 7, None, p.family if p.male else None),
    "pupil_birth50": lambda p, c: (
        f"{_safe_day(2015 + int(p.bhxh) % 5, p.birth.month, p.birth.day):%d/%m/%Y}"
    ),
    "class50": lambda p, c: _pick(p, _VN_CLASSES, 3),
    "parent_rel50": lambda p, c: "Cha" if p.male else "Mẹ",
    "pa_role50": lambda p, c: _pick(p, _VN_PA_ROLES, 2),
    "job50": lambda p, c: _pick(p, _VN_JOBS, 4),
    "employer50": lambda p, c: _pick(p, _VN_EMPLOYERS, 5),
    "mil_note50": lambda p, c: _pick(p, _VN_MILITIA_NOTES, 7),
    "pa_note50": lambda p, c: _pick(p, _VN_PA_NOTES, 7),
    "rrn_be50": lambda p, c: _rrn_be(p),
    "be_family50": lambda p, c: _pick(p, _BE_FAMILY, 2),
    "be_given50": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1),
    "sex_be50": lambda p, c: "M" if p.male else "V",
    "be_street50": lambda p, c: _place(p, _BE_PLACES)[0],
    "be_nr50": lambda p, c: str(_num(p, 180)),
    "be_bus50": lambda p, c: _pick(p, ("", "", "A", "101", "2"), 3),
    "be_pc50": lambda p, c: _place(p, _BE_PLACES)[1],
    "be_gem50": lambda p, c: _place(p, _BE_PLACES)[2],
    "phone_be50": lambda p, c: (
        f"04{7 + int(p.phone[2]) % 3}{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "be_caree50": lambda p, c: (
        f"{_by_sex(p, _BE_GIVEN_F, _BE_GIVEN_M, 5)} {_pick(p, _BE_FAMILY, 6)}"
    ),
    "be_rel50": lambda p, c: _pick(p, _BE_CAREE, 4),
    "bel50": lambda p, c: _pick(p, _BE_BEL, 5),
    "be_amount50": lambda p, c: _pick(p, ("20,00", "30,00", "50,00"), 6),
    "iban_be50": lambda p, c: _iban_be(p),
    "avs_ch50": lambda p, c: _ahv(p),
    "ti_family50": lambda p, c: _pick(p, _TI_FAMILY, 2),
    "ti_given50": lambda p, c: _by_sex(p, _TI_GIVEN_M, _TI_GIVEN_F, 1),
    "sex_ti50": lambda p, c: "M" if p.male else "F",
    "ti_civil50": lambda p, c: _pick(p, _TI_CIVIL, 3),
    "ti_street50": lambda p, c: _place(p, _TI_PLACES)[0],
    "ti_npa50": lambda p, c: _place(p, _TI_PLACES)[1],
    "ti_loc50": lambda p, c: _place(p, _TI_PLACES)[2],
    "phone_ti50": lambda p, c: (
        f"07{6 + int(p.phone[2]) % 4} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "ti_insurer50": lambda p, c: _pick(p, _TI_INSURERS, 4),
    "ti_premium50": lambda p, c: f"{_num(p, 250) + 280}.{_pick(p, ('00', '50', '20'), 5)}",
    "ti_subsidy50": lambda p, c: f"{_num(p, 200) + 40}.00",
    "ti_note50": lambda p, c: _pick(p, ("", "Ricorso pendente", "Figli a carico: 2", ""), 6),
    "jp_name50": lambda p, c: _jp_name(p)[0],
    "jp_kana50": lambda p, c: _jp_name(p)[1],
    "jp_birth50": lambda p, c: _wareki(p.birth),
    "sex_jp50": lambda p, c: "男" if p.male else "女",
    "mynumber50": lambda p, c: _my_number(p),
    "jp_post50": lambda p, c: _place(p, _JP_PLACES)[0],
    "jp_addr50": lambda p, c: _place(p, _JP_PLACES)[1],
    "phone_jp50": lambda p, c: f"0{_pick(p, ('7', '8', '9'), 6)}0-{p.phone[2:6]}-{p.phone[6:10]}",
    "jp_members50": lambda p, c: str(_num(p, 5)),
    "jp_amount50": lambda p, c: f"{30_000 + 20_000 * (_num(p, 5) - 1):,}",
    "jp_bank50": lambda p, c: _pick(p, _JP_BANKS, 3),
    "jp_note50": lambda p, c: _pick(p, ("", "口座不備", "代理申請", "", "転入者"), 4),
    "kl_name50": lambda p, c: (
        f"{_by_sex(p, _KL_GIVEN_M, _KL_GIVEN_F, 1)} {_pick(p, _KL_FAMILY, 2)}"
    ),
    "aadhaar50": lambda p, c: _aadhaar(p),
    "sex_kl50": lambda p, c: "Male" if p.male else "Female",
    "kl_guardian50": lambda p, c: f"{_pick(p, _KL_GIVEN_M, 5)} {_pick(p, _KL_FAMILY, 2)}",
    "kl_addr50": lambda p, c: _kl_address(p),
    "kl_district50": lambda p, c: _place(p, _KL_PLACES)[2],
    "kl_pin50": lambda p, c: _place(p, _KL_PLACES)[3],
    "phone_kl50": lambda p, c: f"+91 9{p.phone[2:6]} {p.phone[6:10]}{p.bhxh[-1]}",
    "kl_pension50": lambda p, c: _kl_pension(p),
    "kl_amount50": lambda p, c: "1600",
    "kl_ration50": lambda p, c: f"{_pick(p, ('1', '2', '3'), 3)}{p.bhxh[:9]}",
    "kl_status50": lambda p, c: _pick(p, ("Mustered", "Mustered", "Not mustered"), 4),
    "fayda50": lambda p, c: (
        f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:4]} {p.bhxh[4:8]} {p.bhxh[8:]}{p.phone[-2:]}"
    ),
    "tg_name50": lambda p, c: _tg_name(p),
    "tg_mother50": lambda p, c: f"{_pick(p, _TG_GIVEN_F, 4)} {_pick(p, _TG_FATHERS, 5)}",
    "sex_tg50": lambda p, c: "ተባዕታይ" if p.male else "ኣንስተይቲ",
    "tg_birth50": lambda p, c: _et_written(p.birth),
    "tg_age50": lambda p, c: str(2025 - p.birth.year),
    "woreda50": lambda p, c: _place(p, _TG_PLACES)[0],
    "tabia50": lambda p, c: _place(p, _TG_PLACES)[1],
    "phone_tg50": lambda p, c: f"09{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-2]}",
    "tg_size50": lambda p, c: str(_num(p, 8)),
    "tg_programme50": lambda p, c: _pick(p, _TG_PROGRAMMES, 3),
    "tg_date50": lambda p, c: _et_written(p.other_date),
    "tg_remark50": lambda p, c: _pick(p, _TG_REMARKS, 5),
}
