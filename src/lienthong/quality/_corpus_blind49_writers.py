"""How the people of the forty-ninth part of the outside corpus (**blind 49**,
:mod:`lienthong.quality._corpus_blind49`) are written: four Vietnamese files' own columns (a
sidewalk vendor's spot, goods and permit, a returned contract worker's country, firm and reason
for coming home, a household's rooftop solar contract, meter and bank account, a borrower's loan
and guarantor) and Åland, South Tyrolean, Jeju, French Polynesian and Bermudian names, addresses,
phones and identity numbers in the forms their papers show (the henkilötunnus with its century
sign and mod 31 check character, the codice fiscale with its Belfiore code and check letter, the
Korean resident registration number with its mod 11 digit, the CPS's seven-digit DN number, the
Bermudian social insurance number), written so the person's sex and birth date agree with them."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


def _shift(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February falls back to the 28th in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


# -- Vietnamese registers -----------------------------------------------------------------------

_VN_SPOTS = (
    "Trước số 45 Lê Lợi (phía trái cửa)",
    "Vỉa hè số 12-14 Nguyễn Thái Học",
    "Góc Pasteur - Lý Tự Trọng",
    "Trước cổng chợ Tân Định, lối vào số 2",
    "Dọc hàng rào trường THCS Võ Trường Toản",
    "Vỉa hè số 210 Cách Mạng Tháng Tám",
)
_VN_GOODS = ("Nước giải khát", "Bánh mì", "Trái cây", "Vé số", "Xôi, bắp luộc", "Báo, tạp chí")
_VN_HOURS = ("06h00-09h00", "15h00-21h00", "06h00-11h00", "17h00-22h00")
_VN_COUNTRIES = ("Nhật Bản", "Hàn Quốc", "Đài Loan (TQ)", "Nhật Bản", "CHLB Đức", "Rumani")
_VN_FIRMS = (
    "Cty CP XKLĐ Hà Tĩnh (HALICO)",
    "Cty TNHH MTV Dịch vụ Việc làm Nghệ An",
    "Cty CP Nhân lực Quốc tế Thành Vinh",
    "Trung tâm Lao động ngoài nước (EPS)",
)
_VN_TRADES = ("Chế biến thực phẩm", "Xây dựng", "Cơ khí hàn", "Điều dưỡng", "Nông nghiệp")
_VN_REASONS = (
    "Hết hạn hợp đồng",
    "Về trước hạn (sức khỏe)",
    "Doanh nghiệp phá sản",
    "Hết hạn hợp đồng",
    "Tự ý bỏ HĐ, bị trục xuất",
)
_VN_NEEDS = ("Giới thiệu việc làm", "Học nghề", "Vay vốn khởi nghiệp", "Không", "Tái xuất cảnh")
#: home villages of a returned worker: (village, commune, province) after the 2025 merger
_VN_VILLAGES = (
    ("Xóm 3", "xã Diễn Châu", "tỉnh Nghệ An"),
    ("Thôn Yên Hồ", "xã Đức Thọ", "tỉnh Hà Tĩnh"),
    ("Thôn Đông Hải", "xã Quỳnh Lưu", "tỉnh Nghệ An"),
    ("Xóm Trung", "xã Thạch Hà", "tỉnh Hà Tĩnh"),
    ("Thôn 5", "xã Nghi Lộc", "tỉnh Nghệ An"),
)
_VN_BANKS = ("Agribank CN Gia Định", "Vietcombank CN Tân Bình", "BIDV CN Sài Gòn", "Sacombank")
_VN_SOLAR = ("Đã đóng điện", "Đang nghiệm thu", "Chờ lắp công tơ 2 chiều", "Đã đóng điện")
_VN_KIN = ("Vợ", "Chồng", "Con ruột", "Anh ruột", "Em ruột", "Cha", "Mẹ")
_VN_DEBT = ("Nhóm 1", "Nhóm 1", "Nhóm 2", "Nhóm 1", "Nhóm 3")


def _village(p: Person) -> str:
    village, commune, province = _place(p, _VN_VILLAGES, 7)
    return f"{village}, {commune}, {province}"


def _excel_day(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


# -- Åland -------------------------------------------------------------------------------------

_AX_FAMILY = ("Eriksson", "Karlsson", "Jansson", "Mattsson", "Sundblom", "Björklund", "Lindqvist")
_AX_GIVEN_M = ("Anders", "Mikael", "Johan", "Kenneth", "Tage", "Stefan", "Björn-Erik")
_AX_GIVEN_F = ("Anna", "Camilla", "Susanne", "Maj-Britt", "Ulla", "Sara", "Åsa")
#: (street, postcode, post office)
_AX_PLACES = (
    ("Torggatan 5 B 12", "AX-22100", "MARIEHAMN"),
    ("Norra Esplanadgatan 12 A 3", "AX-22100", "MARIEHAMN"),
    ("Ålandsvägen 40", "AX-22120", "MARIEHAMN"),
    ("Godbyvägen 1192", "AX-22410", "GODBY"),
    ("Eckeröleden 31", "AX-22270", "ECKERÖ"),
    ("Vikarvägen 8", "AX-22150", "JOMALA"),
    ("Bomarsundsvägen 2", "AX-22530", "KASTELHOLM"),
)
_AX_HARBOURS = ("Västra hamnen", "Österhamn", "Sjökvarteret", "Käringsund", "Bomarsund")
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu(p: Person) -> str:
    """A Finnish henkilötunnus as Åland's register prints it, ``131052-308T``: ddmmyy, the
    century sign (``-`` or, since 2023, ``Y``/``X`` for the 1900s; ``A`` or ``B`` for the
    2000s), an individual number odd for men, and the mod 31 check character."""
    number = 2 + int(p.bhxh[-4:-1]) % 448 * 2 + (1 if p.male else 0)
    newer = int(p.bhxh) % 11 == 0
    signs = "-Y" if p.birth.year < 2000 else "AB"
    sign = signs[newer]
    check = _HETU_CHECK[int(f"{p.birth:%d%m%y}{number:03d}") % 31]
    return f"{p.birth:%d%m%y}{sign}{number:03d}{check}"


def _ax_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"018 {p.phone[5:10]}"  # a landline: Åland's area code and five digits
    return f"+358 457 {p.phone[3:6]} {p.phone[6:10]}"


def _ax_email(p: Person) -> str:
    """A private address made of the person's own Åland name (ASCII, as mail servers want)."""
    given = _letters(_by_sex(p, _AX_GIVEN_M, _AX_GIVEN_F, 1)).lower()
    family = _letters(_pick(p, _AX_FAMILY, 2)).lower()
    return f"{given}.{family}{p.bhxh[-2:]}@{_pick(p, ('aland.net', 'gmail.com', 'alcom.ax'), 3)}"


# -- South Tyrol --------------------------------------------------------------------------------

_ST_FAMILY = ("Gruber", "Pichler", "Mair", "Hofer", "Kofler", "Rossi", "Ferrari", "Demetz")
_ST_GIVEN_M = ("Lukas", "Thomas", "Matthias", "Andrea", "Luca", "Florian", "Günther")
_ST_GIVEN_F = ("Anna", "Maria", "Katharina", "Giulia", "Elena", "Verena", "Jasmin")
#: (street, CAP, municipality)
_ST_PLACES = (
    ("Rittner Straße 12 / Via Renon 12", "39100", "Bozen / Bolzano"),
    ("Freiheitsstraße 45 / Corso Libertà 45", "39012", "Meran / Merano"),
    ("Große Lauben 5 / Portici Maggiori 5", "39042", "Brixen / Bressanone"),
    ("Stadtgasse 14 / Via Centrale 14", "39031", "Bruneck / Brunico"),
    ("Kennedystraße 120 / Via Kennedy 120", "39055", "Leifers / Laives"),
    ("Romstraße 100 / Via Roma 100", "39100", "Bozen / Bolzano"),
)
#: (place of birth, its Belfiore code)
_ST_BIRTHPLACES = (
    ("Bozen / Bolzano", "A952"),
    ("Meran / Merano", "F132"),
    ("Brixen / Bressanone", "B160"),
    ("Bruneck / Brunico", "B220"),
    ("Trient / Trento", "L378"),
    ("Verona", "L781"),
    ("Innsbruck (A)", "Z102"),
)
_ST_LANGUAGE = ("deutsch / tedesco", "italienisch / italiano", "ladinisch / ladino")
#: the values of letters and digits in the odd places of a codice fiscale (A/0, B/1 … Z)
_CF_ODD: tuple[int, ...] = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12)
_CF_ODD += (14, 16, 10, 22, 25, 24, 23)


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.upper())
    return "".join(ch for ch in folded if "A" <= ch <= "Z")


def _cf_part(text: str, given: bool) -> str:
    letters = _letters(text)
    consonants = [ch for ch in letters if ch not in "AEIOU"]
    vowels = [ch for ch in letters if ch in "AEIOU"]
    if given and len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return "".join(consonants + vowels + ["X", "X", "X"])[:3]


def _cf_value(ch: str, odd: bool) -> int:
    index = int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return _CF_ODD[index] if odd else index


def _codice_fiscale(p: Person) -> str:
    """An Italian codice fiscale: surname and name letters, year, month letter, day (plus 40
    for women), the Belfiore code of the place of birth, and the check letter."""
    family = _pick(p, _ST_FAMILY, 2)
    given = _by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 1)
    day = p.birth.day + (0 if p.male else 40)
    month = "ABCDEHLMPRST"[p.birth.month - 1]
    place = _place(p, _ST_BIRTHPLACES, 13)[1]
    head = f"{_cf_part(family, False)}{_cf_part(given, True)}{p.birth:%y}{month}{day:02d}{place}"
    total = sum(_cf_value(ch, i % 2 == 0) for i, ch in enumerate(head))
    return head + chr(ord("A") + total % 26)


def _st_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return f"0471 {p.phone[4:10]}"
    lead = _pick(p, ("340", "347", "348", "335", "333"), 5)
    return f"+39 {lead} {p.phone[3:6]} {p.phone[6:10]}"


# -- Jeju ---------------------------------------------------------------------------------------

_KR_FAMILY = ("김", "이", "박", "고", "양", "부", "강", "현", "문", "오")
_KR_GIVEN_M = ("민준", "성호", "동현", "영철", "상훈", "정우", "창수")
_KR_GIVEN_F = ("순자", "영희", "미숙", "지영", "은정", "순덕", "혜진")
#: (road-name address, 읍/면/동, the orchard's lot)
_KR_PLACES = (
    ("제주특별자치도 서귀포시 남원읍 태위로 456", "남원읍", "서귀포시 남원읍 위미리 1234-5"),
    ("제주특별자치도 제주시 애월읍 애월해안로 123", "애월읍", "제주시 애월읍 하귀리 88"),
    ("제주특별자치도 제주시 연북로 55, 102동 303호 (노형동)", "노형동", "제주시 오라이동 301-2"),
    ("제주특별자치도 서귀포시 효돈순환로 21 (하효동)", "효돈동", "서귀포시 하효동 977"),
    ("제주특별자치도 서귀포시 표선면 표선동서로 9", "표선면", "서귀포시 표선면 토산리 45-1"),
    ("제주특별자치도 제주시 조천읍 신북로 310", "조천읍", "제주시 조천읍 신흥리 612"),
    ("제주특별자치도 서귀포시 중앙로 88, 5층 501호 (서귀동)", "송산동", "서귀포시 상효동 230"),
)
_KR_VARIETY = ("온주밀감(노지)", "한라봉", "천혜향", "레드향", "황금향", "온주밀감(하우스)")
_KR_KIN = ("배우자", "자녀", "형제", "부모")


def _rrn(p: Person) -> str:
    """A Korean resident registration number, ``YYMMDD-GRRRRSC``: the birth date, the sex and
    century digit (1/2 before 2000, 3/4 after), a Jeju office code (93-95), a serial and the
    mod 11 check digit."""
    lead = (1 if p.male else 2) + (2 if p.birth.year >= 2000 else 0)
    body = f"{p.birth:%y%m%d}{lead}9{3 + int(p.bhxh[0]) % 3}{p.bhxh[1:4]}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(ch) * w for ch, w in zip(body, weights, strict=True)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def _kr_name(p: Person) -> str:
    return _pick(p, _KR_FAMILY, 2) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 1)


def _kr_kin(p: Person) -> str:
    name = _pick(p, _KR_FAMILY, 5) + _pick(p, _KR_GIVEN_F + _KR_GIVEN_M, 6)
    return f"{name}({_pick(p, _KR_KIN, 4)}) 010-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}"


# -- French Polynesia -----------------------------------------------------------------------------

_PF_FAMILY = ("Teriitahi", "Tetuanui", "Temauri", "Tauraa", "Mahinui", "Faarii", "Wong", "Lenoir")
_PF_GIVEN_M = ("Teva", "Manarii", "Heimanu", "Tamatea", "Raiarii", "Jean-Pierre", "Moana")
_PF_GIVEN_F = ("Hinano", "Vaea", "Tiare", "Heiata", "Marie-Christine", "Poerava", "Moeata")
#: (street, postcode, commune, archipelago)
_PF_PLACES = (
    ("PK 18,200 côté mer, servitude Tinomana", "98718", "Punaauia", "Îles du Vent"),
    ("Rue du Commandant Destremau, quartier Fare Ute", "98714", "Papeete", "Îles du Vent"),
    ("Lotissement Erima, lot 45", "98704", "Faʻaʻā", "Îles du Vent"),
    ("Quartier Hamuta, impasse Teaharoa", "98716", "Pirae", "Îles du Vent"),
    ("PK 9 côté montagne, Orofara", "98709", "Mahina", "Îles du Vent"),
    ("Quartier Uturoa-Ville, rue Vaihiria", "98735", "Uturoa", "Îles Sous-le-Vent"),
    ("Vallée de Taiohae, route de la mission", "98742", "Nuku-Hiva", "Marquises"),
)
_PF_BIRTHPLACES = ("Papeete", "Uturoa", "Taiohae", "Faʻaʻā", "Paris 14e", "Nouméa")
_PF_REGIMES = ("RSPF", "RGS", "RNS", "RGS")


def _pf_phone(p: Person) -> str:
    lead = "40" if int(p.bhxh) % 4 == 0 else _pick(p, ("87", "89", "92"), 3)
    return f"{lead} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _pf_dependent(p: Person) -> str:
    """A dependant on the person's card: a child of either sex, or a spouse of the other sex."""
    if int(p.bhxh) // 4 % 2:
        return f"{_pick(p, _PF_GIVEN_F + _PF_GIVEN_M, 7)} (enfant)"
    return f"{_by_sex(p, _PF_GIVEN_F, _PF_GIVEN_M, 7)} (conjoint)"


# -- Bermuda ------------------------------------------------------------------------------------

_BM_FAMILY = ("Simmons", "Outerbridge", "Trott", "Tucker", "Darrell", "Furbert", "DeSilva")
_BM_GIVEN_M = ("Andre", "Kevin", "Dwayne", "Marcus", "Jahkeem", "Colin", "Rickai")
_BM_GIVEN_F = ("Shawnette", "Kimberley", "Tamika", "Lorraine", "Chantelle", "Denise", "Kiara")
#: (street, parish, postcode)
_BM_PLACES = (
    ("14 Middle Road", "Warwick", "WK 06"),
    ("3 Cedar Hill Lane", "Warwick", "WK 03"),
    ("22 Harbour Road", "Paget", "PG 04"),
    ("9 Happy Valley Road", "Pembroke", "HM 13"),
    ("41 North Shore Road", "Devonshire", "DV 05"),
    ("6 Kent Lane", "Sandys", "MA 03"),
    ("18 Water Street", "St. George's", "GE 05"),
    ("2 Flatts Hill", "Smith's", "FL 04"),
)
_BM_EMPLOYERS = ("Fairmont Southampton", "Bermuda Hospitals Board", "Unemployed", "Self-employed")
_BM_ASSIST = ("Financial Assistance", "Rent Supplement", "Disability Allowance", "Child Day Care")
_BM_STATUS = ("Approved", "Under review", "Approved", "Closed", "Pending documents")


def _bm_phone(p: Person, digits: str) -> str:
    return f"(441) {_pick(p, ('2', '5', '7'), 7)}{digits[2:4]}-{digits[4:8]}"


WRITERS_BLIND49: dict[str, Callable[[Person, Col], object]] = {
    # a ward's licensed sidewalk vendors
    "tdp49": lambda p, c: f"Tổ dân phố {_num(p, 24)}",
    "spot49": lambda p, c: _pick(p, _VN_SPOTS, 2),
    "goods49": lambda p, c: _pick(p, _VN_GOODS, 3),
    "area49": lambda p, c: f"{_num(p, 4)},{_pick(p, ('0', '5'), 5)}",
    "hours49": lambda p, c: _pick(p, _VN_HOURS, 4),
    "permit49": lambda p, c: f"{_num(p, 400)}/GP-UBND",
    "fee49": lambda p, c: f"{_num(p, 8) * 50_000:,}".replace(",", "."),
    # a province's returned overseas contract workers
    "passport49": lambda p, c: f"{'CPN'[int(p.bhxh) % 3]}{p.bhxh[-7:]}",
    "home_vn49": lambda p, c: _village(p),
    "country49": lambda p, c: _pick(p, _VN_COUNTRIES, 2),
    "firm49": lambda p, c: _pick(p, _VN_FIRMS, 3),
    "trade49": lambda p, c: _pick(p, _VN_TRADES, 4),
    "depart49": lambda p, c: _excel_day(_shift(p.other_date, -3)),
    "reason49": lambda p, c: _pick(p, _VN_REASONS, 5),
    "need49": lambda p, c: _pick(p, _VN_NEEDS, 6),
    "kin49": lambda p, c: f"{_other_vn(p, 7)} ({_pick(p, _VN_KIN, 8)})",
    # a power company's rooftop solar contracts
    "makh49": lambda p, c: f"PE0{p.bhxh[:3]}00{p.bhxh[3:10]}",
    "contract49": lambda p, c: f"{_num(p, 900)}/2024/HĐMBĐ-ĐMTMN",
    "kwp49": lambda p, c: f"{_num(p, 12) + 2}.{p.bhxh[-1]}",
    "meter49": lambda p, c: f"2CT{p.bhxh[2:10]}",
    "station49": lambda p, c: (
        f"TBA {_pick(p, ('Gò Dưa', 'Tân Sơn Nhì', 'Bà Điểm'), 5)} T{_num(p, 9)}"
    ),
    "account49": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[:3]}",
    "bank49": lambda p, c: _pick(p, _VN_BANKS, 6),
    "solar_status49": lambda p, c: _pick(p, _VN_SOLAR, 7),
    # a bank's borrowers and their guarantors
    "loan49": lambda p, c: f"{p.bhxh[-6:]}/2024/HĐTD-CN",
    "principal49": lambda p, c: f"{_num(p, 60) * 10_000_000:,}".replace(",", "."),
    "rate49": lambda p, c: f"{_pick(p, ('8,5', '9,0', '10,2', '7,8'), 3)}",
    "due49": lambda p, c: f"{_shift(p.other_date, 1 + _num(p, 4)):%d/%m/%Y}",
    "guarantor49": lambda p, c: _other_vn(p, 4),
    "g_cccd49": lambda p, c: _cccd_of(p, int(p.bhxh) // 5 % 2 == 0, 1960 + _num(p, 30)),
    "g_rel49": lambda p, c: _pick(p, _VN_KIN, 2),
    "g_phone49": lambda p, c: _other_phone(p, "098"),
    "debt_group49": lambda p, c: _pick(p, _VN_DEBT, 5),
    "officer49": lambda p, c: _other_vn(p, 6),
    # Åland: a town's boat-berth holders
    "hetu_ax49": lambda p, c: _hetu(p),
    "ax_family49": lambda p, c: _pick(p, _AX_FAMILY, 2),
    "ax_given49": lambda p, c: _by_sex(p, _AX_GIVEN_M, _AX_GIVEN_F, 1),
    "sex_ax49": lambda p, c: "Man" if p.male else "Kvinna",
    "street_ax49": lambda p, c: _place(p, _AX_PLACES)[0],
    "postnr_ax49": lambda p, c: _place(p, _AX_PLACES)[1],
    "ort_ax49": lambda p, c: _place(p, _AX_PLACES)[2],
    "phone_ax49": lambda p, c: _ax_phone(p),
    "email_ax49": lambda p, c: _ax_email(p),
    "hamn49": lambda p, c: _pick(p, _AX_HARBOURS, 3),
    "plats49": lambda p, c: f"{'ABCD'[int(p.bhxh) % 4]}{_num(p, 60)}",
    "boatreg49": lambda p, c: f"A-{p.bhxh[-5:]}",
    "length49": lambda p, c: f"{_num(p, 9) + 4},{p.bhxh[-2]}",
    "fee_ax49": lambda p, c: f"{(_num(p, 9) + 3) * 45},00",
    # South Tyrol: the housing institute's ranking of applicants
    "gesuch49": lambda p, c: f"{2025}/{p.bhxh[-5:]}",
    "cf_st49": lambda p, c: _codice_fiscale(p),
    "st_family49": lambda p, c: _pick(p, _ST_FAMILY, 2),
    "st_given49": lambda p, c: _by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 1),
    "st_birthplace49": lambda p, c: _place(p, _ST_BIRTHPLACES, 13)[0],
    "sex_st49": lambda p, c: "männlich / maschile" if p.male else "weiblich / femminile",
    "street_st49": lambda p, c: _place(p, _ST_PLACES)[0],
    "cap_st49": lambda p, c: _place(p, _ST_PLACES)[1],
    "comune_st49": lambda p, c: _place(p, _ST_PLACES)[2],
    "phone_st49": lambda p, c: _st_phone(p),
    "sprach49": lambda p, c: _pick(p, _ST_LANGUAGE, 4),
    "members49": lambda p, c: str(_num(p, 6)),
    "points49": lambda p, c: f"{_num(p, 40) + 8},{p.bhxh[-2:]}",
    # Jeju: the province's register of tangerine farms
    "kr_name49": lambda p, c: _kr_name(p),
    "rrn_kr49": lambda p, c: _rrn(p),
    "sex_kr49": lambda p, c: "남" if p.male else "여",
    "addr_kr49": lambda p, c: _place(p, _KR_PLACES)[0],
    "emd_kr49": lambda p, c: _place(p, _KR_PLACES)[1],
    "orchard49": lambda p, c: _place(p, _KR_PLACES)[2],
    "area_kr49": lambda p, c: f"{(_num(p, 50) + 5) * 330:,}",
    "variety49": lambda p, c: _pick(p, _KR_VARIETY, 3),
    "member_kr49": lambda p, c: f"제{p.bhxh[-6:]}호",
    "phone_kr49": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kin_kr49": lambda p, c: _kr_kin(p),
    # French Polynesia: the CPS's list of people on the solidarity scheme
    "dn_pf49": lambda p, c: f"{1_000_000 + int(p.bhxh[:7]) % 9_000_000}",
    "pf_family49": lambda p, c: _pick(p, _PF_FAMILY, 2).upper(),
    "pf_given49": lambda p, c: _by_sex(p, _PF_GIVEN_M, _PF_GIVEN_F, 1),
    "pf_married49": lambda p, c: (
        "" if p.male or int(p.bhxh) % 2 else _pick(p, _PF_FAMILY, 5).upper()
    ),
    "pf_birthplace49": lambda p, c: _pick(p, _PF_BIRTHPLACES, 6),
    "sex_pf49": lambda p, c: "M" if p.male else "F",
    "street_pf49": lambda p, c: _place(p, _PF_PLACES)[0],
    "cp_pf49": lambda p, c: _place(p, _PF_PLACES)[1],
    "commune_pf49": lambda p, c: _place(p, _PF_PLACES)[2],
    "archipel_pf49": lambda p, c: _place(p, _PF_PLACES)[3],
    "phone_pf49": lambda p, c: _pf_phone(p),
    "regime_pf49": lambda p, c: _pick(p, _PF_REGIMES, 3),
    "dependent_pf49": lambda p, c: _pf_dependent(p),
    # Bermuda: the Department of Financial Assistance's clients
    "client_bm49": lambda p, c: f"FA-{p.bhxh[-6:]}",
    "sin_bm49": lambda p, c: f"{1 + int(p.bhxh[0]) % 9}{p.bhxh[1:6]}",
    "bm_family49": lambda p, c: _pick(p, _BM_FAMILY, 2),
    "bm_given49": lambda p, c: _by_sex(p, _BM_GIVEN_M, _BM_GIVEN_F, 1),
    "sex_bm49": lambda p, c: "Male" if p.male else "Female",
    "street_bm49": lambda p, c: _place(p, _BM_PLACES)[0],
    "parish_bm49": lambda p, c: _place(p, _BM_PLACES)[1],
    "pc_bm49": lambda p, c: _place(p, _BM_PLACES)[2],
    "phone_bm49": lambda p, c: _bm_phone(p, p.phone),
    "employer_bm49": lambda p, c: _pick(p, _BM_EMPLOYERS, 3),
    "kin_bm49": lambda p, c: f"{_pick(p, _BM_GIVEN_F + _BM_GIVEN_M, 5)} {_pick(p, _BM_FAMILY, 6)}",
    "kin_phone_bm49": lambda p, c: _bm_phone(p, p.bhxh[::-1]),
    "assist_bm49": lambda p, c: _pick(p, _BM_ASSIST, 4),
    "award_bm49": lambda p, c: f"${(_num(p, 30) + 10) * 15:,}.00",
    "caseworker_bm49": lambda p, c: _pick(p, ("Ms. L. Burgess", "Mr. K. Bean", "Mrs. S. Swan"), 6),
    "status_bm49": lambda p, c: _pick(p, _BM_STATUS, 7),
}
