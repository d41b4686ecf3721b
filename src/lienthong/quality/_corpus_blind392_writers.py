"""How the people of the three-hundred-and-ninety-second part of the outside corpus (**blind 392**,
:mod:`lienthong.quality._corpus_blind392`) are written: four Vietnamese social-housing files' own
columns (an applicant's income confirmation, a tenant's flat, lease and arrears, a lease renewal,
a co-applicant's main applicant) and French, Austrian, Israeli, Malaysian and Trinidadian names,
addresses, phones and identity numbers in the forms their cards show (the NIR with its key
97 - n mod 97, the Austrian SVNR with its weighted mod-11 digit, the Israeli ID's Luhn digit,
the MyKad's birth date, state code and odd or even last digit, the Trinidad and Tobago ID's
birth date and serial)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_JOBS = ("Bán hàng tự do", "Thợ hồ", "Xe ôm công nghệ", "Thợ may gia công", "Buôn bán nhỏ")
_VN_PROJECTS = (
    "NOXH Lê Thành - An Lạc",
    "NOXH Khu dân cư Conic, Bình Chánh",
    "Chung cư NOXH Hoàng Quân Plaza",
    "NOXH Phú Lợi, Đường số 7",
    "NOXH Thủ Thiêm Garden",
)
_VN_BLOCKS = ("Block A", "Block B", "Lô C1", "Lô C2", "Tòa N03")
_VN_BREACH = (
    "Nợ tiền thuê quá 3 tháng",
    "Cho thuê lại căn hộ",
    "Tự ý cải tạo, cơi nới",
    "Không sử dụng căn hộ quá 12 tháng",
)
_VN_PAY = ("Đóng đủ", "Nợ 1 tháng", "Đóng đủ", "Nợ 2 tháng", "Đã thanh toán nợ")
_VN_REL_M = ("Chồng", "Con trai", "Bố đẻ", "Chồng")
_VN_REL_F = ("Vợ", "Con gái", "Mẹ đẻ", "Vợ", "Con dâu")
_VN_WORKPLACES = (
    "Cty TNHH Pouyuen VN, KCN Tân Tạo",
    "Cty CP May Việt Tiến",
    "Trường TH Lê Văn Tám",
    "Lao động tự do",
    "Cty TNHH Nidec Việt Nam",
)
_FR_FAMILY = ("Martin", "Bernard", "Dubois", "Moreau", "Lefèvre", "Garnier", "Benali", "N'Diaye")
_FR_GIVEN_M = ("Jean-Pierre", "Karim", "Thomas", "Mamadou", "Sébastien", "Léo")
_FR_GIVEN_F = ("Marie-Claude", "Nadia", "Élodie", "Fatoumata", "Céline", "Chloé")
_FR_PLACES = (
    ("12 rue des Lilas, bât. C, esc. 2", "69200", "Vénissieux", "69"),
    ("4 allée Jean Moulin, appt 143", "93140", "Bondy", "93"),
    ("27 avenue de la République", "13015", "Marseille", "13"),
    ("Résidence Les Érables, 8 rue Pasteur", "59150", "Wattrelos", "59"),
    ("3 place du Marché, logt 21", "44300", "Nantes", "44"),
)
_AT_FAMILY = ("Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Yılmaz", "Novak")
_AT_GIVEN_M = ("Johann", "Stefan", "Lukas", "Florian", "Mehmet", "Dominik")
_AT_GIVEN_F = ("Brigitte", "Theresa", "Sabine", "Katharina", "Elif", "Jelena")
_AT_PLACES = (
    ("Quellenstraße 112/3/17", "1100", "Wien"),
    ("Simmeringer Hauptstraße 48/2/9", "1110", "Wien"),
    ("Wagramer Straße 131/14/6", "1220", "Wien"),
    ("Ottakringer Straße 70/1/22", "1160", "Wien"),
    ("Brünner Straße 34/5/3", "1210", "Wien"),
)
_AT_NEED = (
    "Überbelag",
    "Gesundheitsschädliche Wohnung",
    "Jungwiener/in",
    "Trennung/Scheidung",
    "Altersbedingter Bedarf",
)
_IL_FAMILY = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "אזולאי")
_IL_GIVEN_M = ("יוסף", "משה", "דוד", "אברהם", "יעקב", "אליהו")
_IL_GIVEN_F = ("רחל", "שרה", "אסתר", "מרים", "אורית", "יפית")
_IL_PLACES = (
    ("רח' הרצל 45 דירה 12", "באר שבע", "8425310"),
    ("שד' ירושלים 118", "אשדוד", "7752211"),
    ("רח' הנביאים 7/3", "דימונה", "8600415"),
    ("רח' ז'בוטינסקי 22", "בית שמש", "9903102"),
    ("רח' הגפן 3 כניסה ב'", "קריית שמונה", "1101004"),
)
_MY_MALE = ("Ahmad Faizal bin Ismail", "Tan Wei Ming", "Muthu a/l Raman", "Mohd Hafiz bin Yusof")
_MY_FEMALE = (
    "Siti Aminah binti Abdullah",
    "Lim Mei Ling",
    "Kavitha a/p Subramaniam",
    "Nurul Izzah binti Hassan",
)
_MY_PLACES = (
    ("No. 12, Jalan Cheras Baru 3, Taman Cheras Baru, 56100 Kuala Lumpur", "14"),
    ("Blok B-07-03, PPR Kota Damansara, 47810 Petaling Jaya, Selangor", "10"),
    ("No. 45, Lorong Seri Indah 2, Taman Seri Indah, 81200 Johor Bahru, Johor", "01"),
    ("Lot 332, Kampung Baru Sungai Buloh, 47000 Sungai Buloh, Selangor", "10"),
    ("No. 8, Jalan Ipoh Kecil, 50350 Kuala Lumpur", "14"),
)
_MY_PPR = ("PPR Kerinchi", "PPR Seri Semarak", "PPR Pantai Dalam", "PPR Desa Rejang")
_TT_FAMILY = ("Ramdass", "Mohammed", "Charles", "Joseph", "Baptiste", "Singh", "Alexander")
_TT_GIVEN_M = ("Kevin", "Rajesh", "Marlon", "Shane", "Andre", "Kerwin")
_TT_GIVEN_F = ("Keisha", "Sharda", "Natalie", "Candice", "Anisa", "Jo-Ann")
_TT_PLACES = (
    ("LP 45 Eastern Main Road", "Laventille"),
    ("12 Pasea Extension", "Tunapuna"),
    ("Apt. 3B, Building 7, Maloney Gardens", "Maloney"),
    ("#18 Rahamut Trace", "Penal"),
    ("Lot 9, Bon Air West Development", "Arouca"),
    ("22 Coffee Street", "San Fernando"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _money(amount: int, sep: str = ".") -> str:
    return f"{amount:,}".replace(",", sep)


def _nir(p: Person) -> str:
    """A French NIR ``S AA MM DD CCC OOO KK``: sex, year and month of birth, department and
    commune of birth, order, and the key 97 - (number mod 97)."""
    dept = _place(p, _FR_PLACES)[3] if int(p.bhxh) % 3 else _pick(p, ("75", "92", "38", "62"), 2)
    body = f"{1 if p.male else 2}{p.birth:%y%m}{dept}{_num(p, 899) + 100:03d}{p.bhxh[-3:]}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _svnr(p: Person) -> str:
    """An Austrian SVNR ``NNNC DDMMYY``: a serial, the check digit (weights 3 7 9 - 5 8 4 2 1 6,
    mod 11, serials whose check would be 10 are not issued) and the birth date."""
    tail = f"{p.birth:%d%m%y}"
    serial = int(p.bhxh[:3]) % 900 + 100
    for bump in range(20):
        digits = f"{(serial + bump - 100) % 900 + 100:03d}"
        total = sum(
            int(d) * w for d, w in zip(digits + tail, (3, 7, 9, 5, 8, 4, 2, 1, 6), strict=True)
        )
        if total % 11 < 10:
            return f"{digits}{total % 11} {tail}"
    return f"1237 {tail}"


def _teudat_zehut(p: Person, salt: int = 0) -> str:
    """An Israeli ID number: eight digits and the Luhn digit."""
    return _luhn(f"{(int(p.bhxh) // (salt + 1)) % 10**8:08d}")


def _mykad(p: Person) -> str:
    """A MyKad ``YYMMDD-PB-###G``: birth date, state code, a serial and an odd last digit for
    men, even for women."""
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%y%m%d}-{_place(p, _MY_PLACES)[1]}-{p.bhxh[3:6]}{last}"


def _my_spouse(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return ""
    return _by_sex(p, _MY_FEMALE, _MY_MALE, 3)


def _my_spouse_ic(p: Person) -> str:
    if not _my_spouse(p):
        return ""
    other = _shift_date(p.birth, -2 if p.male else 2)
    last = int(p.bhxh[-2]) // 2 * 2 + (0 if p.male else 1)
    return f"{other:%y%m%d}-{_place(p, _MY_PLACES)[1]}-{p.bhxh[5:8]}{last}"


WRITERS_BLIND392: dict[str, Callable[[Person, Col], object]] = {
    "job392": lambda p, c: _pick(p, _VN_JOBS, 2),
    "income392": lambda p, c: _money((_num(p, 90) + 40) * 100_000),
    "period392": lambda p, c: _pick(p, ("T10/2025 - T9/2026", "T11/2025 - T10/2026"), 3),
    "project392": lambda p, c: _pick(p, _VN_PROJECTS, 4),
    "slip392": lambda p, c: f"{_num(p, 400)}/XN-UBND",
    "officer392": lambda p, c: _other_vn(p, 5),
    "flat392": lambda p, c: f"{_pick(p, _VN_BLOCKS, 2)} - {_num(p, 18) + 1:02d}.{_num(p, 12):02d}",
    "contract392": lambda p, c: f"{p.bhxh[-4:]}/2021/HĐTN-NOXH",
    "months392": lambda p, c: str(_num(p, 9) + 2),
    "debt392": lambda p, c: _money((_num(p, 9) + 2) * (_num(p, 20) + 18) * 100_000),
    "breach392": lambda p, c: _pick(p, _VN_BREACH, 3),
    "decision392": lambda p, c: f"{_num(p, 300)}/QĐ-SXD" if int(p.bhxh) % 3 else "",
    "members392": lambda p, c: str(_num(p, 5) + 1),
    "rent392": lambda p, c: _money((_num(p, 20) + 18) * 100_000),
    "paystatus392": lambda p, c: _pick(p, _VN_PAY, 4),
    "dossier392": lambda p, c: f"NOXH-{p.bhxh[:6]}",
    "holder392": lambda p, c: _other_vn(p, 6, not p.male, p.family),
    "holder_id392": lambda p, c: _cccd_of(p, not p.male, _shift_date(p.birth, -3).year),
    "relation392": lambda p, c: _by_sex(p, _VN_REL_M, _VN_REL_F, 5),
    "workplace392": lambda p, c: _pick(p, _VN_WORKPLACES, 6),
    "nir_fr392": lambda p, c: _nir(p),
    "civ_fr392": lambda p, c: "M." if p.male else "Mme",
    "fr_family392": lambda p, c: _pick(p, _FR_FAMILY, 2),
    "fr_given392": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 1),
    "street_fr392": lambda p, c: _place(p, _FR_PLACES)[0],
    "cp_fr392": lambda p, c: _place(p, _FR_PLACES)[1],
    "ville_fr392": lambda p, c: _place(p, _FR_PLACES)[2],
    "phone_fr392": lambda p, c: f"06 {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "bail_fr392": lambda p, c: f"B{p.bhxh[1:8]}",
    "cotit_fr392": lambda p, c: (
        f"{_by_sex(p, _FR_GIVEN_F, _FR_GIVEN_M, 4)} {_pick(p, _FR_FAMILY, 5).upper()}"
        if int(p.bhxh) % 3
        else ""
    ),
    "loyer_fr392": lambda p, c: f"{_num(p, 400) + 280},{p.bhxh[-2:]}",
    "dette_fr392": lambda p, c: f"{(_num(p, 60) + 2) * 97},{p.bhxh[-3:-1]}",
    "plan_fr392": lambda p, c: _pick(p, ("Oui", "Non", "En cours", "Saisine CCAPEX"), 3),
    "svnr_at392": lambda p, c: _svnr(p),
    "at_family392": lambda p, c: _pick(p, _AT_FAMILY, 2),
    "at_given392": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 1),
    "sex_at392": lambda p, c: "männlich" if p.male else "weiblich",
    "street_at392": lambda p, c: _place(p, _AT_PLACES)[0],
    "plz_at392": lambda p, c: _place(p, _AT_PLACES)[1],
    "ort_at392": lambda p, c: _place(p, _AT_PLACES)[2],
    "phone_at392": lambda p, c: f"0664 {p.phone[3:6]} {p.phone[6:10]}",
    "vormerk_at392": lambda p, c: f"VS-{p.bhxh[:7]}",
    "citizen_at392": lambda p, c: _pick(p, ("Österreich", "Österreich", "Türkei", "Serbien"), 3),
    "co_at392": lambda p, c: (
        f"{_by_sex(p, _AT_GIVEN_F, _AT_GIVEN_M, 4)} {_pick(p, _AT_FAMILY, 5)}"
        if int(p.bhxh) % 2
        else ""
    ),
    "hh_at392": lambda p, c: str(_num(p, 5) + 1),
    "bedarf_at392": lambda p, c: _pick(p, _AT_NEED, 6),
    "tz_il392": lambda p, c: _teudat_zehut(p),
    "il_family392": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_given392": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "il_father392": lambda p, c: _pick(p, _IL_GIVEN_M, 3),
    "sex_il392": lambda p, c: "ז" if p.male else "נ",
    "street_il392": lambda p, c: _place(p, _IL_PLACES)[0],
    "city_il392": lambda p, c: _place(p, _IL_PLACES)[1],
    "zip_il392": lambda p, c: _place(p, _IL_PLACES)[2],
    "phone_il392": lambda p, c: f"05{p.phone[2]}-{p.phone[3:10]}",
    "spouse_il392": lambda p, c: _by_sex(p, _IL_GIVEN_F, _IL_GIVEN_M, 4),
    "spouse_tz_il392": lambda p, c: _teudat_zehut(p, 6),
    "contract_il392": lambda p, c: f"{p.bhxh[2:9]}",
    "debt_il392": lambda p, c: _money((_num(p, 80) + 1) * 137, ","),
    "mykad_my392": lambda p, c: _mykad(p),
    "my_name392": lambda p, c: _by_sex(p, _MY_MALE, _MY_FEMALE, 1),
    "sex_my392": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "addr_my392": lambda p, c: _place(p, _MY_PLACES)[0],
    "phone_my392": lambda p, c: f"01{p.phone[2]}-{p.phone[3:6]} {p.phone[6:10]}",
    "spouse_my392": lambda p, c: _my_spouse(p),
    "spouse_ic_my392": lambda p, c: _my_spouse_ic(p),
    "income_my392": lambda p, c: _money((_num(p, 40) + 12) * 100, ","),
    "employer_my392": lambda p, c: _pick(
        p, ("Bekerja sendiri", "DBKL", "Syarikat Lee Hardware Sdn. Bhd.", "Grab (e-hailing)"), 4
    ),
    "ppr_my392": lambda p, c: _pick(p, _MY_PPR, 5),
    "status_my392": lambda p, c: _pick(p, ("Dalam proses", "Lulus", "Senarai menunggu"), 6),
    "tt_family392": lambda p, c: _pick(p, _TT_FAMILY, 2),
    "tt_given392": lambda p, c: _by_sex(p, _TT_GIVEN_M, _TT_GIVEN_F, 1),
    "sex_tt392": lambda p, c: "M" if p.male else "F",
    "id_tt392": lambda p, c: f"{p.birth:%Y%m%d}{p.bhxh[-3:]}",
    "street_tt392": lambda p, c: _place(p, _TT_PLACES)[0],
    "town_tt392": lambda p, c: _place(p, _TT_PLACES)[1],
    "phone_tt392": lambda p, c: f"(868) {p.phone[3:6]}-{p.phone[6:10]}",
    "co_tt392": lambda p, c: (
        f"{_by_sex(p, _TT_GIVEN_F, _TT_GIVEN_M, 4)} {_pick(p, _TT_FAMILY, 5)}"
        if int(p.bhxh) % 3
        else ""
    ),
    "employer_tt392": lambda p, c: _pick(
        p, ("Ministry of Education", "Self-employed", "Massy Stores", "CEPEP", "TSTT"), 6
    ),
    "income_tt392": lambda p, c: _money((_num(p, 60) + 30) * 100, ","),
    "appno_tt392": lambda p, c: f"HDC/APP/{p.bhxh[:6]}",
    "status_tt392": lambda p, c: _pick(p, ("Pending", "Approved", "On waiting list"), 3),
    "other_phone392": lambda p, c: _other_phone(p, "090"),
}
