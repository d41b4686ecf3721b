"""How the people of the forty-second part of the outside corpus (**blind 42**,
:mod:`lienthong.quality._corpus_blind42`) are written: four Vietnamese files' own columns (a
festival volunteer's team, shift and shirt size, a fire victim's damaged house and the support, a
cattle owner's animals, ear tags and vet, a released prisoner's sentence, offence and prison) and
Indian, Nigerian, German, Spanish and Turkish names, addresses, phones and identity numbers in
the forms their cards show (the Aadhaar's Verhoeff digit, the Steuer-ID's ISO 7064 digit, the
DNI's and NIE's letter, the TC Kimlik No's two digits; the NIN and BVN publish none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TEAMS = ("Hậu cần", "Hướng dẫn khách", "Y tế", "Truyền thông", "An ninh trật tự", "Lễ tân")
_VN_SHIFTS = ("Sáng (7h-12h)", "Chiều (13h-18h)", "Tối (18h-22h)", "Cả ngày")
_VN_HOUSE_DAMAGE = ("Cháy toàn bộ", "Cháy một phần", "Hư hỏng mái", "Thiệt hại tài sản")
_VN_CATTLE = ("Trâu", "Bò vàng", "Bò lai Sind", "Bò BBB", "Trâu")
_VN_VETS = ("BSTY Lê Văn Tài", "BSTY Phạm Thị Hoa", "Cán bộ thú y xã Nguyễn Văn Lợi")
_VN_OFFENCES = ("Trộm cắp tài sản", "Cố ý gây thương tích", "Tàng trữ trái phép chất ma túy")
_VN_OFFENCES2 = ("Lừa đảo chiếm đoạt tài sản", "Đánh bạc", "Vi phạm quy định về giao thông")
_VN_PRISONS = ("Trại giam Xuân Lộc", "Trại giam Thủ Đức", "Trại giam Chí Hòa", "Trại giam An Phước")
_IN_FAMILY = ("Sharma", "Verma", "Patel", "Reddy", "Iyer", "Singh", "Gupta", "Nair", "Das")
_IN_GIVEN_M = ("Rahul", "Amit", "Suresh", "Vikram", "Arjun", "Rajesh", "Sanjay")
_IN_GIVEN_F = ("Priya", "Anjali", "Sunita", "Kavita", "Pooja", "Lakshmi", "Neha")
_IN_PLACES = (
    ("House No. 12, Sector 15, Rohini", "Delhi", "110085"),
    ("Flat 302, Shanti Apartments, Andheri East", "Maharashtra", "400069"),
    ("14/2 MG Road, Indiranagar", "Karnataka", "560038"),
    ("Plot 45, Jubilee Hills", "Telangana", "500033"),
    ("22 Gandhi Nagar, Near Bus Stand", "Uttar Pradesh", "226016"),
)
_NG_FAMILY = ("Okafor", "Adeyemi", "Bello", "Eze", "Ibrahim", "Okonkwo", "Abubakar", "Adebayo")
_NG_GIVEN_M = ("Chinedu", "Oluwaseun", "Musa", "Emeka", "Tunde", "Ibrahim", "Uchenna")
_NG_GIVEN_F = ("Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Yetunde", "Zainab", "Adaeze")
_NG_PLACES = (
    ("12 Allen Avenue, Ikeja", "Lagos", "Ikeja"),
    ("5 Aminu Kano Crescent, Wuse II", "FCT", "Abuja Municipal"),
    ("23 Ogui Road", "Enugu", "Enugu North"),
    ("8 Ring Road", "Oyo", "Ibadan South-West"),
    ("17 Zaria Road", "Kano", "Nassarawa"),
)
_DE_FAMILY = ("Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Groß", "Becker", "Hoffmann")
_DE_GIVEN_M = ("Jürgen", "Thomas", "Stefan", "Lukas", "Matthias", "Björn", "Uwe")
_DE_GIVEN_F = ("Jutta", "Sabine", "Ursula", "Katrin", "Anja", "Bärbel", "Jana")
_DE_PLACES = (
    ("Hauptstraße 12", "10115", "Berlin"),
    ("Königsallee 5a", "40212", "Düsseldorf"),
    ("Schloßstraße 44", "70176", "Stuttgart"),
    ("Am Rübenkamp 3", "22307", "Hamburg"),
    ("Münchner Straße 101", "85774", "Unterföhring"),
)
_ES_FAMILY = ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Núñez")
_ES_GIVEN_M = ("José Luis", "Javier", "Alejandro", "Íñigo", "Manuel", "Sergio")
_ES_GIVEN_F = ("María José", "Lucía", "Carmen", "Begoña", "Ainhoa", "Pilar")
_ES_PLACES = (
    ("C/ Mayor, 12, 3º B", "28013", "Madrid"),
    ("Avda. Diagonal, 455, 2º 1ª", "08036", "Barcelona"),
    ("C/ Sierpes, 7", "41004", "Sevilla"),
    ("Pza. del Pilar, 3, 1º izq.", "50003", "Zaragoza"),
)
_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın")
_TR_GIVEN_M = ("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "İbrahim", "Oğuz", "Çağlar")
_TR_GIVEN_F = ("Ayşe", "Fatma", "Emine", "Zeynep", "Gülşen", "Şule", "Özlem")
_TR_PLACES = (
    ("Atatürk Cad. No:15 D:4", "Kadıköy", "İstanbul"),
    ("Gazi Mah. 1453. Sok. No:7", "Yenimahalle", "Ankara"),
    ("Cumhuriyet Blv. No:88 K:2", "Konak", "İzmir"),
    ("İnönü Cad. No:23", "Osmangazi", "Bursa"),
)


def _place(p: Person, places: tuple[tuple[str, str, str], ...]) -> tuple[str, str, str]:
    return places[int(p.bhxh) // 9 % len(places)]


def _shift_date(d: date, years: int) -> date:
    """``d`` moved by whole years (29 February falls back to 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _aadhaar(p: Person) -> str:
    head = f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh[1:10]}{p.phone[-1]}"
    full = _verhoeff(head)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _pan(p: Person) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a, b, c = (letters[int(p.bhxh[i : i + 2]) % len(letters)] for i in (0, 2, 4))
    return f"{a}{b}{c}P{_pick(p, _IN_FAMILY, 2)[0]}{p.bhxh[-4:]}{b}"


def _steuer_id(p: Person) -> str:
    """A German Steuer-ID: 10 digits (first not 0) and the ISO 7064 MOD 11,10 check digit."""
    digits = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:10]}"
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    check = (11 - product) % 10
    return f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}{check}"


def _dni(p: Person) -> str:
    n = int(p.bhxh[:8])
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _nie(p: Person) -> str:
    lead = int(p.bhxh[0]) % 3
    n = int(f"{lead}{p.bhxh[3:10]}")
    return f"{'XYZ'[lead]}{p.bhxh[3:10]}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _tc_kimlik(p: Person) -> str:
    d = [int(p.bhxh[0]) % 9 + 1] + [int(ch) for ch in p.bhxh[1:9]]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(str(x) for x in d) + f"{d10}{d11}"


WRITERS_BLIND42: dict[str, Callable[[Person, Col], object]] = {
    "team42": lambda p, c: _pick(p, _VN_TEAMS, 2),
    "shift42": lambda p, c: _pick(p, _VN_SHIFTS, 3),
    "shirt42": lambda p, c: _pick(p, ("S", "M", "L", "XL", "XXL"), 4),
    "school42": lambda p, c: _pick(
        p, ("Sinh viên ĐH Bách khoa", "Đoàn phường", "Tự do", "Sinh viên ĐH Kinh tế"), 5
    ),
    "emergency42": lambda p, c: f"{_other_vn(p, 6)} - {_other_phone(p, '090')}",
    "consent42": lambda p, c: "Có, tôi đồng ý",
    "damage42": lambda p, c: _pick(p, _VN_HOUSE_DAMAGE, 2),
    "members42": lambda p, c: str(_num(p, 6) + 1),
    "support42": lambda p, c: f"{(_num(p, 8) + 2) * 5_000_000:,}".replace(",", "."),
    "donor42": lambda p, c: _pick(p, ("Ngân sách phường", "MTTQ phường", "Hội Chữ thập đỏ"), 3),
    "signer42": lambda p, c: _other_vn(p, 4),
    "cattle42": lambda p, c: _pick(p, _VN_CATTLE, 2),
    "heads42": lambda p, c: str(_num(p, 7)),
    "eartag42": lambda p, c: f"VN-{p.bhxh[2:4]}-{p.bhxh[-6:]}",
    "vaccine42": lambda p, c: _pick(p, ("LMLM", "THT", "LMLM + THT", "Viêm da nổi cục"), 4),
    "vet42": lambda p, c: _pick(p, _VN_VETS, 5),
    "village42": lambda p, c: f"Thôn {_pick(p, ('Đông', 'Tây', 'Nam', 'Bắc', 'Trung'), 6)}",
    "offence42": lambda p, c: _pick(p, _VN_OFFENCES + _VN_OFFENCES2, 2),
    "sentence42": lambda p, c: f"{_num(p, 9)} năm {_num(p, 12) - 1} tháng tù",
    "prison42": lambda p, c: _pick(p, _VN_PRISONS, 3),
    "verdict42": lambda p, c: f"{_num(p, 300)}/{2015 + _num(p, 6)}/HS-ST",
    "father42": lambda p, c: _other_vn(p, 5, True, p.family),
    "ward_police42": lambda p, c: (
        f"Công an {_pick(p, ('phường 7', 'xã Tân Thông Hội', 'phường An Lạc'), 4)}"
    ),
    "aadhaar_in42": lambda p, c: _aadhaar(p),
    "pan_in42": lambda p, c: _pan(p),
    "in_name42": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}"
    ),
    "father_in42": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 3)} {_pick(p, _IN_FAMILY, 2)}",
    "sex_in42": lambda p, c: "पुरुष / Male" if p.male else "महिला / Female",
    "address_in42": lambda p, c: _place(p, _IN_PLACES)[0],
    "state_in42": lambda p, c: _place(p, _IN_PLACES)[1],
    "pin_in42": lambda p, c: _place(p, _IN_PLACES)[2],
    "phone_in42": lambda p, c: f"+91 9{p.phone[2:6]} {p.phone[6:10]}{p.bhxh[-1]}",
    "scheme_in42": lambda p, c: _pick(p, ("PM-KISAN", "PMAY-G", "Ujjwala", "Ayushman Bharat"), 4),
    "ifsc_in42": lambda p, c: f"SBIN000{p.bhxh[-4:]}",
    "nin_ng42": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:10]}{p.phone[-1]}",
    "bvn_ng42": lambda p, c: f"22{p.bhxh[::-1][:9]}",
    "ng_family42": lambda p, c: _pick(p, _NG_FAMILY, 2).upper(),
    "ng_given42": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1),
    "ng_middle42": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 5),
    "sex_ng42": lambda p, c: "M" if p.male else "F",
    "address_ng42": lambda p, c: _place(p, _NG_PLACES)[0],
    "state_ng42": lambda p, c: _place(p, _NG_PLACES)[1],
    "lga_ng42": lambda p, c: _place(p, _NG_PLACES)[2],
    "phone_ng42": lambda p, c: f"080{p.phone[3:10]}{p.bhxh[-1]}",
    "bank_ng42": lambda p, c: _pick(p, ("GTBank", "Access Bank", "First Bank", "UBA", "Zenith"), 3),
    "kin_ng42": lambda p, c: f"{_by_sex(p, _NG_GIVEN_F, _NG_GIVEN_M, 6)} {_pick(p, _NG_FAMILY, 7)}",
    "steuer_de42": lambda p, c: _steuer_id(p),
    "de_family42": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given42": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "sex_de42": lambda p, c: "männlich" if p.male else "weiblich",
    "street_de42": lambda p, c: _place(p, _DE_PLACES)[0],
    "plz_de42": lambda p, c: _place(p, _DE_PLACES)[1],
    "ort_de42": lambda p, c: _place(p, _DE_PLACES)[2],
    "phone_de42": lambda p, c: f"0170 {p.phone[3:10]}",
    "iban_de42": lambda p, c: f"DE{p.bhxh[:2]} 1001 0010 {p.bhxh[2:6]} {p.bhxh[6:10]} 00",
    "klasse_de42": lambda p, c: _pick(p, ("I", "III", "IV", "V", "I"), 3),
    "church_de42": lambda p, c: _pick(p, ("rk", "ev", "--", "--"), 4),
    "employer_de42": lambda p, c: _pick(p, ("Siemens AG", "Bäckerei Groß GmbH", "Stadt Köln"), 5),
    "dni_es42": lambda p, c: _dni(p) if int(p.bhxh) % 5 else _nie(p),
    "es_given42": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "es_family1_42": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_family2_42": lambda p, c: _pick(p, _ES_FAMILY, 3),
    "sex_es42": lambda p, c: "Hombre" if p.male else "Mujer",
    "address_es42": lambda p, c: _place(p, _ES_PLACES)[0],
    "cp_es42": lambda p, c: _place(p, _ES_PLACES)[1],
    "city_es42": lambda p, c: _place(p, _ES_PLACES)[2],
    "phone_es42": lambda p, c: f"6{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "nss_es42": lambda p, c: f"28/{p.bhxh[:8]}/{int(p.bhxh) % 97:02d}",
    "contract_es42": lambda p, c: _pick(p, ("Indefinido", "Temporal", "Fijo discontinuo"), 4),
    "tc_tr42": lambda p, c: _tc_kimlik(p),
    "tr_given42": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family42": lambda p, c: (
        _pick(p, _TR_FAMILY, 2).replace("i", "İ").upper()
        if int(p.bhxh) % 3 == 0
        else _pick(p, _TR_FAMILY, 2)
    ),
    "father_tr42": lambda p, c: _pick(p, _TR_GIVEN_M, 3),
    "mother_tr42": lambda p, c: _pick(p, _TR_GIVEN_F, 4),
    "sex_tr42": lambda p, c: "Erkek" if p.male else "Kadın",
    "address_tr42": lambda p, c: _place(p, _TR_PLACES)[0],
    "ilce_tr42": lambda p, c: _place(p, _TR_PLACES)[1],
    "il_tr42": lambda p, c: _place(p, _TR_PLACES)[2],
    "phone_tr42": lambda p, c: (
        f"0 (5{p.phone[2:4]}) {p.phone[4:7]} {p.phone[7:9]} {p.phone[9:]}{p.bhxh[-1]}"
    ),
    "blood_tr42": lambda p, c: _pick(p, ("A Rh+", "0 Rh+", "B Rh-", "AB Rh+"), 5),
    "released42": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
}
