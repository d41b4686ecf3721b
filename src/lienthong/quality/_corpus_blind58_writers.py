"""How the people of the fifty-eighth part of the outside corpus (**blind 58**,
:mod:`lienthong.quality._corpus_blind58`) are written: four Vietnamese files' own columns (a
home-with-a-shop's fire-safety inspection, an adoption and its child, a household's clean-water
connection, an employee's pay and bank account) and Northern Irish, Tyrolean, Hokkaido, Mendocino
and Sardinian names, addresses, phones and identity numbers in the forms their cards show (the
H&C number's mod-11 digit, the Austrian SVNR's weighted digit before the birth date, the My
Number's check digit, the CUIL's mod-11 digit around the DNI, the codice fiscale's check letter
with a Sardinian Belfiore code)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TRADES = (
    "Tạp hóa",
    "Cửa hàng điện thoại",
    "Quán cà phê",
    "Sửa xe máy",
    "Bán gas, bếp gas",
    "Cửa hàng vải",
    "Karaoke gia đình",
)
_VN_RESULTS = (
    "Đạt",
    "Chưa đạt - thiếu lối thoát nạn thứ 2",
    "Đạt",
    "Chưa đạt - bình CC hết hạn",
    "Đạt, nhắc nhở",
)
_VN_CHILD_SITUATIONS = (
    "Trẻ bị bỏ rơi",
    "Con riêng của vợ",
    "Con riêng của chồng",
    "Cháu ruột",
    "Có cha mẹ đẻ",
)
_VN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Xóm 3", "Xóm Bến", "Thôn Hạ", "Xóm Mới")
_VN_DEPTS = ("Kế toán", "Kinh doanh", "Sản xuất", "Kho vận", "Hành chính - Nhân sự", "IT")
_VN_TITLES = ("Nhân viên", "Tổ trưởng", "Trưởng phòng", "Công nhân", "Phó phòng")
_VN_BANKS = (
    ("Vietcombank", "CN Bắc Ninh", "0"),
    ("BIDV", "CN KCN Quế Võ", "4"),
    ("VietinBank", "CN Từ Sơn", "1"),
    ("Agribank", "CN Yên Phong", "2"),
    ("Techcombank", "PGD Bắc Ninh", "1"),
)
_NI_FAMILY = ("O'Neill", "McLaughlin", "Doherty", "Campbell", "Kelly", "Wilson", "Quinn")
_NI_GIVEN_M = ("Ciarán", "Seán", "Mark", "Conor", "David", "Pádraig", "Ryan")
_NI_GIVEN_F = ("Aoife", "Niamh", "Sarah", "Siobhán", "Emma", "Gráinne", "Rachel")
#: (street, town, postcode, dialling code)
_NI_PLACES = (
    ("27 Falls Road", "Belfast", "BT12 4PD", "028 90"),
    ("4 Shipquay Street", "Derry/Londonderry", "BT48 6DN", "028 71"),
    ("15 Scotch Street", "Armagh", "BT61 7BY", "028 37"),
    ("102 Main Street", "Ballymena", "BT43 6AH", "028 25"),
    ("8 Hill Street", "Newry", "BT34 1AR", "028 30"),
    ("33 High Street", "Omagh", "BT78 1BQ", "028 82"),
)
_NI_PRACTICES = (
    "Falls Surgery",
    "Bridge Medical Practice",
    "Mall Health Centre",
    "Dr Hughes & Partners",
)
_AT_FAMILY = ("Gruber", "Hofer", "Pichler", "Huber", "Mair", "Rainer", "Wechselberger")
_AT_GIVEN_M = ("Josef", "Andreas", "Lukas", "Florian", "Johann", "Thomas")
_AT_GIVEN_F = ("Maria", "Anna", "Theresia", "Katharina", "Lena", "Magdalena")
#: (street, postcode, town, Bezirk, area code)
_AT_PLACES = (
    ("Maria-Theresien-Straße 18/3", "6020", "Innsbruck", "Innsbruck-Stadt", "0512"),
    ("Dorfstraße 41", "6280", "Zell am Ziller", "Schwaz", "05282"),
    ("Hinterstadt 7", "6370", "Kitzbühel", "Kitzbühel", "05356"),
    ("Unterer Stadtplatz 22", "6330", "Kufstein", "Kufstein", "05372"),
    ("Südtiroler Platz 2", "9900", "Lienz", "Lienz", "04852"),
    ("Malserstraße 50", "6500", "Landeck", "Landeck", "05442"),
)
_AT_BENEFITS = ("Mindestsicherung", "Wohnbeihilfe", "Heizkostenzuschuss", "Mietzinsbeihilfe")
_JP_FAMILY = ("佐藤", "高橋", "佐々木", "工藤", "伊藤", "菅原", "斉藤")
_JP_FAMILY_KANA = ("サトウ", "タカハシ", "ササキ", "クドウ", "イトウ", "スガワラ", "サイトウ")
_JP_GIVEN_M = (("健一", "ケンイチ"), ("翔太", "ショウタ"), ("誠", "マコト"), ("大輔", "ダイスケ"))
_JP_GIVEN_F = (("由美子", "ユミコ"), ("さくら", "サクラ"), ("恵", "メグミ"), ("美穂", "ミホ"))
#: (postcode, address, insurer number of the city's national health insurance, area code)
_JP_PLACES = (
    ("060-0001", "北海道札幌市中央区北1条西3丁目2-5", "01100016", "011"),
    ("001-0024", "北海道札幌市北区北24条西5丁目1-8-302", "01100016", "011"),
    ("070-0031", "北海道旭川市1条通8丁目108", "01204011", "0166"),
    ("040-0011", "北海道函館市本町22-14", "01202015", "0138"),
    ("085-0015", "北海道釧路市北大通10丁目3", "01206016", "0154"),
    ("080-0010", "北海道帯広市大通南9丁目4", "01207014", "0155"),
)
_JP_CLINICS = ("札幌市医師会健診センター", "旭川厚生病院", "函館五稜郭病院", "釧路赤十字病院")
_AR_FAMILY = ("González", "Fernández", "Correa", "Funes", "Lucero", "Sosa", "Moyano")
_AR_GIVEN_M = ("Juan Pablo", "Matías", "Facundo", "Luis Alberto", "Santiago", "Nicolás")
_AR_GIVEN_F = ("María José", "Florencia", "Luciana", "Rosa Inés", "Camila", "Agustina")
#: (domicilio, localidad, departamento, código postal)
_AR_PLACES = (
    ("San Martín 1250", "Ciudad", "Capital", "M5500"),
    ("Perú 845 Dpto. 3", "Godoy Cruz", "Godoy Cruz", "M5501"),
    ("B° Santa Ana Mza. C Casa 12", "Villa Nueva", "Guaymallén", "M5521"),
    ("Ozamis 320", "Maipú", "Maipú", "M5515"),
    ("Av. San Martín 1750", "Luján de Cuyo", "Luján de Cuyo", "M5507"),
    ("Av. Hipólito Yrigoyen 540", "San Rafael", "San Rafael", "M5600"),
)
_AR_PLANS = ("OSEP Titular", "OSEP Adherente", "PAMI", "OSEP Jubilado")
_IT_FAMILY = ("Pinna", "Sanna", "Murgia", "Piras", "Melis", "Deiana", "Cossu", "Atzeni")
_IT_GIVEN_M = ("Giovanni", "Salvatore", "Efisio", "Gavino", "Antonio", "Mario")
_IT_GIVEN_F = ("Maria", "Giovanna", "Bonaria", "Antonella", "Graziella", "Franca")
#: (street, CAP, comune, sigla)
_IT_PLACES = (
    ("Via Roma 112", "09124", "Cagliari", "CA"),
    ("Corso Vittorio Emanuele 45", "07100", "Sassari", "SS"),
    ("Via Lamarmora 8", "08100", "Nuoro", "NU"),
    ("Piazza Eleonora d'Arborea 3", "09170", "Oristano", "OR"),
    ("Via Garibaldi 21", "09045", "Quartu Sant'Elena", "CA"),
    ("Via Tempio 17", "07026", "Olbia", "SS"),
)
#: (comune di nascita, codice Belfiore)
_IT_BIRTHPLACES = (
    ("Cagliari", "B354"),
    ("Sassari", "I452"),
    ("Nuoro", "F979"),
    ("Oristano", "G113"),
    ("Iglesias", "E281"),
    ("Alghero", "A192"),
    ("Torino", "L219"),
)
_IT_MONTHS = "ABCDEHLMPRST"
_IT_ODD_DIGITS = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21)
#: the values of the codice fiscale's odd-position characters (digits, then A to Z)
_IT_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            *_IT_ODD_DIGITS,
            *_IT_ODD_DIGITS,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ),
        strict=True,
    )
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _child_birth(p: Person) -> str:
    """The adopted child's birthday: under 16, born after the adoptive parent turned 20."""
    year = max(p.birth.year + 20, 2009 + int(p.bhxh) % 15)
    day = _safe_day(min(year, 2024), int(p.bhxh[3]) % 12 + 1, int(p.bhxh[4:6]) % 28 + 1)
    return f"{day:%d/%m/%Y}"


def _bank(p: Person) -> tuple[str, str, str]:
    return _VN_BANKS[int(p.bhxh) // 13 % len(_VN_BANKS)]


def _salary(p: Person) -> int:
    return (5_000 + int(p.bhxh) % 20_000) * 1000


def _hc(p: Person) -> str:
    """A Health and Care number ``320 123 4567``: nine digits from 320-399, weighted 10 down to 2,
    and 11 minus the sum mod 11 (11 reads 0; a body giving 10 is bumped)."""
    body = [3, 2 + int(p.bhxh[0]) % 8, *(int(ch) for ch in p.bhxh[1:8])]
    for bump in range(11):
        digits = [*body[:8], (body[8] + bump) % 10]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check != 10:
            text = "".join(str(d) for d in digits) + str(check % 11)
            return f"{text[:3]} {text[3:6]} {text[6:]}"
    return "320 000 0019"


def _svnr(p: Person) -> str:
    """An Austrian SVNR ``1234 010180``: a serial not starting with 0, the check digit (weights
    3 7 9 - 5 8 4 2 1 6 mod 11; a serial giving 10 is bumped) and the birth date ddmmyy."""
    birth = f"{p.birth:%d%m%y}"
    for bump in range(20):
        serial = f"{(int(p.bhxh[:3]) + bump) % 900 + 100:03d}"
        digits = [int(ch) for ch in serial + birth]
        check = sum(d * w for d, w in zip(digits, (3, 7, 9, 5, 8, 4, 2, 1, 6), strict=True)) % 11
        if check != 10:
            return f"{serial}{check} {birth}"
    return f"1237 {birth}"


def _my_number(p: Person) -> str:
    """A My Number ``1234 5678 9012``: eleven digits and a check digit (weights n+1 then n-5 from
    the right, 11 minus the sum mod 11, 0 where the remainder is 0 or 1)."""
    body = f"{p.bhxh}{int(p.cccd[-1])}"
    total = sum(
        int(ch) * (n + 1 if n <= 6 else n - 5) for n, ch in enumerate(reversed(body), start=1)
    )
    rest = total % 11
    text = body + str(0 if rest <= 1 else 11 - rest)
    return f"{text[:4]} {text[4:8]} {text[8:]}"


def _jp_given(p: Person) -> tuple[str, str]:
    names = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    return names[int(p.bhxh) // 12 % len(names)]


def _jp_family(p: Person) -> int:
    return int(p.bhxh) // 23 % len(_JP_FAMILY)


def _jp_landline(p: Person) -> str:
    """A landline ``011-123-4567`` or ``0166-12-3456``: ten digits with the area code."""
    area = _place(p, _JP_PLACES)[3]
    return f"{area}-{p.phone[4 : 10 - len(area)]}-{p.phone[6:10]}"


def _dni(p: Person) -> str:
    """A DNI: eight digits, older people with lower numbers (roughly as they were issued)."""
    return f"{min(95, max(4, (p.birth.year - 1940) * 13 // 20 + 5)):02d}{p.bhxh[-6:]}"


def _cuil(p: Person) -> str:
    """A CUIL ``20-30123456-3``: 20 for men, 27 for women, the DNI and a mod-11 digit (weights
    5 4 3 2 7 6 5 4 3 2); where it would be 10 the prefix becomes 23 with 9 or 4."""
    dni = _dni(p)
    prefix = "20" if p.male else "27"
    total = sum(
        int(ch) * w for ch, w in zip(prefix + dni, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)
    )
    check = (11 - total % 11) % 11
    if check == 10:
        return f"23-{dni}-{9 if p.male else 4}"
    return f"{prefix}-{dni}-{check}"


def _ascii_upper(text: str) -> str:
    plain = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.upper() if ch.isalpha())


def _cf_part(text: str, given: bool) -> str:
    letters = _ascii_upper(text)
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def _cf(p: Person) -> str:
    """A codice fiscale: surname and name letters, year, month letter, day (plus 40 for women),
    the Belfiore code of the comune of birth and the check letter."""
    family = _pick(p, _IT_FAMILY, 2)
    given = _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1)
    day = p.birth.day + (0 if p.male else 40)
    belfiore = _pick(p, tuple(b for _, b in _IT_BIRTHPLACES), 5)
    head = (
        f"{_cf_part(family, False)}{_cf_part(given, True)}{p.birth:%y}"
        f"{_IT_MONTHS[p.birth.month - 1]}{day:02d}{belfiore}"
    )
    total = sum(
        _IT_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
        for i, ch in enumerate(head)
    )
    return head + chr(65 + total % 26)


WRITERS_BLIND58: dict[str, Callable[[Person, Col], object]] = {
    "trade58": lambda p, c: _pick(p, _VN_TRADES, 3),
    "floors58": lambda p, c: str(1 + int(p.bhxh) % 5),
    "area58": lambda p, c: f"{40 + int(p.bhxh) % 160},{int(p.bhxh[-1])}",
    "exit58": lambda p, c: _pick(p, ("Có", "Không", "Có (lan can)", "Không"), 4),
    "extinguisher58": lambda p, c: f"{int(p.bhxh) % 4} bình",
    "result58": lambda p, c: _pick(p, _VN_RESULTS, 5),
    "inspector58": lambda p, c: f"Đ/c {_other_vn(p, 6)} - CA phường",
    "minutes58": lambda p, c: f"{_num(p, 250):03d}/BB-KT",
    "case58": lambda p, c: f"{_num(p, 60):02d}/{p.other_date.year}",
    "spouse58": lambda p, c: _other_vn(p, 3, not p.male),
    "child58": lambda p, c: _other_vn(p, 4, None, p.family),
    "child_birth58": lambda p, c: _child_birth(p),
    "child_sex58": lambda p, c: "Nam" if int(p.bhxh) // 7 % 2 else "Nữ",
    "child_place58": lambda p, c: _pick(
        p, ("BV Từ Dũ", "BV Hùng Vương", "Trạm y tế phường", "Nhà hộ sinh quận", "Không rõ"), 5
    ),
    "situation58": lambda p, c: _pick(p, _VN_CHILD_SITUATIONS, 6),
    "birth_parent58": lambda p, c: "" if int(p.bhxh) % 5 == 0 else _other_vn(p, 7, False),
    "hamlet58": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "members58": lambda p, c: str(1 + int(p.bhxh) % 7),
    "customer58": lambda p, c: f"KH{p.bhxh[-6:]}",
    "meter58": lambda p, c: f"DH-{p.other_date:%y}{p.bhxh[2:7]}",
    "reading58": lambda p, c: str(int(p.bhxh[-2:]) % 9),
    "poor58": lambda p, c: _pick(p, ("", "Hộ nghèo", "", "Cận nghèo", ""), 3),
    "support58": lambda p, c: "" if int(p.bhxh) % 3 else "1.500.000",
    "staff_no58": lambda p, c: f"NV{p.bhxh[-4:]}",
    "dept58": lambda p, c: _pick(p, _VN_DEPTS, 2),
    "title58": lambda p, c: _pick(p, _VN_TITLES, 3),
    "salary58": lambda p, c: f"{_salary(p):,}".replace(",", "."),
    "allowance58": lambda p, c: f"{_num(p, 20) * 50_000:,}".replace(",", "."),
    "workdays58": lambda p, c: str(22 + int(p.bhxh) % 5 - 2),
    "insurance58": lambda p, c: f"{_salary(p) * 105 // 1000:,}".replace(",", "."),
    "net58": lambda p, c: f"{_salary(p) * 895 // 1000:,}".replace(",", "."),
    "account58": lambda p, c: f"{_bank(p)[2]}{p.bhxh}{p.cccd[-3:]}",
    "bank58": lambda p, c: _bank(p)[0],
    "branch58": lambda p, c: _bank(p)[1],
    "hc_ni58": lambda p, c: _hc(p),
    "ni_family58": lambda p, c: _pick(p, _NI_FAMILY, 2),
    "ni_given58": lambda p, c: _by_sex(p, _NI_GIVEN_M, _NI_GIVEN_F, 1),
    "sex_ni58": lambda p, c: "Male / Fireann" if p.male else "Female / Baineann",
    "street_ni58": lambda p, c: _place(p, _NI_PLACES)[0],
    "town_ni58": lambda p, c: _place(p, _NI_PLACES)[1],
    "pc_ni58": lambda p, c: _place(p, _NI_PLACES)[2],
    "phone_ni58": lambda p, c: (
        f"07{p.phone[2:5]} {p.phone[5:10]}{p.phone[1]}"
        if int(p.bhxh) % 3
        else f"{_place(p, _NI_PLACES)[3]}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "practice_ni58": lambda p, c: _pick(p, _NI_PRACTICES, 3),
    "carer_ni58": lambda p, c: f"{_pick(p, _NI_GIVEN_F, 5)} {_pick(p, _NI_FAMILY, 6)}",
    "service_ni58": lambda p, c: _pick(
        p, ("Domiciliary care", "Day centre", "Respite", "Occupational therapy"), 4
    ),
    "trust_ni58": lambda p, c: _pick(p, ("Belfast HSCT", "Western HSCT", "Southern HSCT"), 5),
    "svnr_at58": lambda p, c: _svnr(p),
    "at_family58": lambda p, c: _pick(p, _AT_FAMILY, 2),
    "at_given58": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 1),
    "sex_at58": lambda p, c: "männlich" if p.male else "weiblich",
    "street_at58": lambda p, c: _place(p, _AT_PLACES)[0],
    "pc_at58": lambda p, c: _place(p, _AT_PLACES)[1],
    "town_at58": lambda p, c: _place(p, _AT_PLACES)[2],
    "bezirk_at58": lambda p, c: _place(p, _AT_PLACES)[3],
    "phone_at58": lambda p, c: (
        f"+43 664 {p.phone[3:10]}"
        if int(p.bhxh) % 2
        else f"{_place(p, _AT_PLACES)[4]} {p.phone[4:10]}"
    ),
    "file_at58": lambda p, c: f"SO-{_num(p, 900):03d}/{p.other_date.year}",
    "benefit_at58": lambda p, c: _pick(p, _AT_BENEFITS, 3),
    "amount_at58": lambda p, c: f"€ {_num(p, 90) * 11},{p.bhxh[-2:]}",
    "officer_at58": lambda p, c: _pick(
        p, ("Mag. Obojes", "Fr. Kranebitter", "Hr. Pfurtscheller"), 4
    ),
    "insurer_jp58": lambda p, c: _place(p, _JP_PLACES)[2],
    "symbol_jp58": lambda p, c: f"{int(p.bhxh[:3]) % 900 + 100}",
    "number_jp58": lambda p, c: f"{int(p.bhxh[2:8]):06d}",
    "branch_jp58": lambda p, c: f"{int(p.bhxh[-1]) % 3 + 1:02d}",
    "jp_name58": lambda p, c: f"{_JP_FAMILY[_jp_family(p)]}　{_jp_given(p)[0]}",
    "jp_kana58": lambda p, c: f"{_JP_FAMILY_KANA[_jp_family(p)]} {_jp_given(p)[1]}",
    "sex_jp58": lambda p, c: "男" if p.male else "女",
    "mynumber_jp58": lambda p, c: _my_number(p),
    "pc_jp58": lambda p, c: _place(p, _JP_PLACES)[0],
    "addr_jp58": lambda p, c: _place(p, _JP_PLACES)[1],
    "phone_jp58": lambda p, c: (
        f"090-{p.phone[2:6]}-{p.phone[6:10]}" if int(p.bhxh) % 2 else _jp_landline(p)
    ),
    "clinic_jp58": lambda p, c: _pick(p, _JP_CLINICS, 3),
    "verdict_jp58": lambda p, c: _pick(p, ("異常なし", "要経過観察", "要精密検査", "要医療"), 4),
    "dni_ar58": lambda p, c: f"{int(_dni(p)):,}".replace(",", "."),
    "cuil_ar58": lambda p, c: _cuil(p),
    "ar_family58": lambda p, c: _pick(p, _AR_FAMILY, 2).upper(),
    "ar_given58": lambda p, c: _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1),
    "sex_ar58": lambda p, c: "M" if p.male else "F",
    "street_ar58": lambda p, c: _place(p, _AR_PLACES)[0],
    "town_ar58": lambda p, c: _place(p, _AR_PLACES)[1],
    "dept_ar58": lambda p, c: _place(p, _AR_PLACES)[2],
    "pc_ar58": lambda p, c: _place(p, _AR_PLACES)[3],
    "phone_ar58": lambda p, c: (
        f"261 15-{p.phone[3:6]}-{p.phone[6:10]}"
        if int(p.bhxh) % 2
        else f"(0261) 4{p.phone[4:6]}-{p.phone[6:10]}"
    ),
    "plan_ar58": lambda p, c: _pick(p, _AR_PLANS, 3),
    "member_ar58": lambda p, c: f"{p.bhxh[:7]}/{int(p.bhxh[-1]) % 4:02d}",
    "employer_ar58": lambda p, c: _pick(
        p, ("DGE Mendoza", "Municipalidad de Godoy Cruz", "Hospital Central", "UNCuyo"), 4
    ),
    "cf_it58": lambda p, c: _cf(p),
    "it_family58": lambda p, c: _pick(p, _IT_FAMILY, 2).upper(),
    "it_given58": lambda p, c: _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1).upper(),
    "sex_it58": lambda p, c: "M" if p.male else "F",
    "birthplace_it58": lambda p, c: _pick(p, tuple(n for n, _ in _IT_BIRTHPLACES), 5),
    "street_it58": lambda p, c: _place(p, _IT_PLACES)[0],
    "pc_it58": lambda p, c: _place(p, _IT_PLACES)[1],
    "town_it58": lambda p, c: _place(p, _IT_PLACES)[2],
    "prov_it58": lambda p, c: _place(p, _IT_PLACES)[3],
    "phone_it58": lambda p, c: f"3{_pick(p, ('40', '47', '28', '93'), 3)} {p.phone[3:10]}",
    "isee_it58": lambda p, c: f"{_num(p, 90) * 137:,}".replace(",", ".") + ",00",
    "protocol_it58": lambda p, c: f"Prot. n. {_num(p, 900)}/{p.other_date.year}",
    "measure_it58": lambda p, c: _pick(p, ("REIS", "Bonus idrico", "Contributo affitti"), 4),
    "family_size_it58": lambda p, c: str(1 + int(p.bhxh) % 6),
}
