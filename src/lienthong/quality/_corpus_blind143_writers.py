"""How the people of the hundred-and-forty-third part of the outside corpus (**blind 143**,
:mod:`lienthong.quality._corpus_blind143`) are written: four Vietnamese files' own columns (a
people's juror's court and term, a dog-bite patient's rabies shots, a domestic worker's employer,
a street sweeper's team and route) and Ontario, Victorian, New Zealand, Irish and Scottish names,
addresses, phones and identity numbers in the forms their cards show (the OHIP number's Luhn digit
and version code, the Medicare card's weighted digit, the NHI's mod-11 letter-and-digit check, the
PPSN's mod-23 letter, the CHI number's mod-11 digit and sex digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_COURTS = (
    "TAND Quận Gò Vấp",
    "TAND Thành phố Thủ Đức",
    "TAND Huyện Bình Chánh",
    "TAND TP. Hồ Chí Minh",
)
_VN_JUROR_JOBS = (
    "Cán bộ hưu trí",
    "Chủ tịch Hội CCB phường",
    "Giáo viên THCS",
    "Cán bộ Hội LHPN",
    "Bí thư Đoàn phường",
)
_VN_BITE_ANIMALS = ("Chó nhà", "Chó hàng xóm", "Chó thả rông", "Mèo", "Chó nhà (đã tiêm)")
_VN_VACCINES = ("Verorab", "Abhayrab", "Speeda", "Rabivax-S")
_VN_VAX_SITES = (
    "Trung tâm Y tế Quận 12, 111 Dương Thị Mười, Phường Tân Chánh Hiệp",
    "Viện Pasteur TP.HCM, 167 Pasteur, Phường Xuân Hòa",
    "Trạm Y tế Phường 14, 60 Quang Trung, Phường Hạnh Thông",
)
_VN_WORKER_TASKS = ("Nấu ăn, dọn dẹp", "Chăm sóc người già", "Trông trẻ", "Giúp việc theo giờ")
_VN_SWEEP_TEAMS = ("Đội VSMT số 1", "Đội VSMT số 2", "Tổ quét đêm", "Đội thu gom hẻm")
_VN_ROUTES = (
    "Lê Lợi - Hàm Nghi",
    "Điện Biên Phủ (đoạn Q.3)",
    "Hẻm 285 CMT8",
    "Chợ Bà Chiểu - Lê Quang Định",
    "Nguyễn Văn Cừ - Trần Hưng Đạo",
)
_ON_PLACES = (
    ("45 Queen St W, Apt 1203", "Toronto", "M5H 2N2"),
    ("1120 Bank St", "Ottawa", "K1S 3X4"),
    ("87 King St E, Unit 4", "Hamilton", "L8N 1A9"),
    ("3305 Sheppard Ave E", "Scarborough", "M1T 3K4"),
    ("16 Wellington St N", "Sudbury", "P3E 1B5"),
)
_AU_PLACES = (
    ("Unit 4/12 Station St", "Box Hill", "3128"),
    ("77 Barkly St", "Footscray", "3011"),
    ("9 Lonsdale St", "Dandenong", "3175"),
    ("2/151 Lygon St", "Brunswick East", "3057"),
    ("40 Mair St", "Ballarat Central", "3350"),
)
_NZ_PLACES = (
    ("14 Ponsonby Road", "Ponsonby", "Auckland", "1011"),
    ("3/27 Cuba Street", "Te Aro", "Wellington", "6011"),
    ("88 Riccarton Road", "Riccarton", "Christchurch", "8011"),
    ("5 Grey Street", "Hamilton East", "Hamilton", "3216"),
    ("201 Great South Road", "Manurewa", "Auckland", "2102"),
)
_IE_PLACES = (
    ("12 Griffith Avenue, Drumcondra", "Dublin 9", "D09 K2X3"),
    ("Apt 5, 3 Lower Mallow St", "Co. Limerick", "V94 T9PX"),
    ("Knocknacarra Road, Salthill", "Co. Galway", "H91 F2E7"),
    ("Main Street, Ballinrobe", "Co. Mayo", "F31 YK40"),
    ("27 Douglas Road", "Co. Cork", "T12 W6C8"),
)
_SCOT_PLACES = (
    ("Flat 2/1, 45 Byres Road", "Glasgow", "G11 5RG"),
    ("12 Easter Road", "Edinburgh", "EH7 5PU"),
    ("7 Union Grove", "Aberdeen", "AB10 6SY"),
    ("31 Perth Road", "Dundee", "DD1 4JN"),
    ("4 Castle Street", "Inverness", "IV2 3DU"),
)
_IE_KIN = (("Mary", "daughter"), ("Seán", "son"), ("Aoife", "niece"), ("Pádraig", "son"))
_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh[-3:]) % len(places)]


def _ohip(p: Person) -> str:
    """An Ontario health number ``1234-567-897-AB``: ten digits (Luhn) and the version code."""
    num = _luhn(f"{1 + int(p.bhxh[0]) % 9}{p.bhxh[1:9]}")
    code = "ABCDEFGHJKLMNPRSTVWXYZ"
    version = code[int(p.bhxh) % 22] + code[int(p.bhxh[::-1]) % 22]
    return f"{num[:4]}-{num[4:7]}-{num[7:]}-{version}"


def _medicare(p: Person) -> str:
    """A Medicare card number ``2123 45670 1``: lead 2-6, the 1-3-7-9 weighted digit, issue."""
    head = f"{2 + int(p.bhxh[0]) % 5}{p.bhxh[1:8]}"
    check = sum(int(ch) * (1, 3, 7, 9)[i % 4] for i, ch in enumerate(head)) % 10
    return f"{head[:4]} {head[4:]}{check} {1 + int(p.bhxh[-1]) % 5}"


def _nhi(p: Person) -> str:
    """An NZ National Health Index number ``ZAC4561``: mod-11 over letters and digits."""
    for bump in range(40):
        seed = int(p.bhxh) + bump * 7_919
        letters = "".join(_NHI_LETTERS[seed // 24**k % 24] for k in range(3))
        digits = f"{seed // 13 % 1000:03d}"
        values = [_NHI_LETTERS.index(ch) + 1 for ch in letters] + [int(d) for d in digits]
        rest = sum(v * (7 - i) for i, v in enumerate(values)) % 11
        if rest:
            check = 11 - rest
            if check != 10:
                return f"{letters}{digits}{check}"
    return "ZZZ0008"


def _ppsn(p: Person) -> str:
    """An Irish PPS number ``1234567T`` (newer ones ``1234567TA``): the mod-23 check letter."""
    digits = p.bhxh[2:9]
    second = "A" if int(p.bhxh) % 3 == 0 else ""
    total = sum(int(ch) * (8 - i) for i, ch in enumerate(digits)) + (9 if second else 0)
    return f"{digits}{'WABCDEFGHIJKLMNOPQRSTUV'[total % 23]}{second}"


def _chi(p: Person) -> str:
    """A Scottish CHI number: DDMMYY, two digits, the sex digit (odd: male), the mod-11 digit."""
    for bump in range(20):
        serial = (int(p.bhxh[-2:]) + bump) % 100
        sex = (int(p.bhxh[3]) // 2) * 2 + (1 if p.male else 0)
        head = f"{p.birth:%d%m%y}{serial:02d}{sex}"
        check = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(head)) % 11
        if check != 10:
            return f"{head}{0 if check == 11 else check}"
    return f"{p.birth:%d%m%y}0000"


WRITERS_BLIND143: dict[str, Callable[[Person, Col], object]] = {
    "court143": lambda p, c: _pick(p, _VN_COURTS, 2),
    "job143": lambda p, c: _pick(p, _VN_JUROR_JOBS, 3),
    "term143": lambda p, c: _pick(p, ("2021-2026", "2026-2031"), 4),
    "nominator143": lambda p, c: _pick(p, ("UBMTTQ quận", "HĐND quận", "Hội CCB"), 5),
    "decision143": lambda p, c: f"{_num(p, 300) + 10}/NQ-HĐND",
    "trained143": lambda p, c: _pick(p, ("Đã bồi dưỡng", "Chưa bồi dưỡng", "Đã bồi dưỡng"), 6),
    "cases143": lambda p, c: str(_num(p, 25)),
    "animal143": lambda p, c: _pick(p, _VN_BITE_ANIMALS, 2),
    "wound143": lambda p, c: _pick(p, ("Độ I", "Độ II", "Độ III", "Độ II"), 3),
    "vaccine143": lambda p, c: _pick(p, _VN_VACCINES, 4),
    "shot143": lambda p, c: _pick(p, ("Mũi 1", "Mũi 2", "Mũi 3", "Mũi 4", "Mũi 5"), 5),
    "sav143": lambda p, c: _pick(p, ("Có (SAR)", "Không", "Không"), 6),
    "vaxsite143": lambda p, c: _pick(p, _VN_VAX_SITES, 7),
    "guardian143": lambda p, c: _other_vn(p, 8),
    "employer143": lambda p, c: _other_vn(p, 3),
    "emp_addr143": lambda p, c: (
        f"{_num(p, 200) + 1} {_pick(p, ('Nguyễn Trãi', 'Võ Văn Tần', 'Lý Thường Kiệt'), 4)},"
        f" {_pick(p, ('Phường Bến Thành', 'Phường Xuân Hòa', 'Phường Diên Hồng'), 5)},"
        " TP. Hồ Chí Minh"
    ),
    "emp_phone143": lambda p, c: _other_phone(p, "090"),
    "task143": lambda p, c: _pick(p, _VN_WORKER_TASKS, 6),
    "contract143": lambda p, c: _pick(p, ("HĐ 12 tháng", "HĐ miệng", "HĐ 6 tháng"), 7),
    "wage143": lambda p, c: f"{(_num(p, 40) + 50) * 100_000:,}".replace(",", "."),
    "hometown143": lambda p, c: _pick(p, ("Thanh Hóa", "Nghệ An", "Thái Bình", "Bến Tre"), 8),
    "staff143": lambda p, c: f"NV{p.bhxh[-5:]}",
    "team143": lambda p, c: _pick(p, _VN_SWEEP_TEAMS, 2),
    "route143": lambda p, c: _pick(p, _VN_ROUTES, 3),
    "shift143": lambda p, c: _pick(p, ("Ca 1 (6h-14h)", "Ca 2 (14h-22h)", "Ca đêm (22h-6h)"), 4),
    "gear143": lambda p, c: _pick(p, ("Đủ", "Thiếu áo phản quang", "Đủ", "Thiếu ủng"), 5),
    "team_lead143": lambda p, c: _other_vn(p, 9),
    "ohip143": lambda p, c: _ohip(p),
    "sex_on143": lambda p, c: "M" if p.male else "F",
    "street_on143": lambda p, c: _place(p, _ON_PLACES)[0],
    "city_on143": lambda p, c: _place(p, _ON_PLACES)[1],
    "pc_on143": lambda p, c: _place(p, _ON_PLACES)[2],
    "phone_on143": lambda p, c: (
        f"({'416' if int(p.bhxh) % 2 else '613'}) {p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "income_on143": lambda p, c: f"${(_num(p, 25) + 5) * 1_000:,}",
    "clinic_on143": lambda p, c: _pick(
        p, ("TPH Dental Clinic", "Ottawa PH Dental", "CHC Dental"), 4
    ),
    "medicare143": lambda p, c: _medicare(p),
    "sex_au143": lambda p, c: "Male" if p.male else "Female",
    "street_au143": lambda p, c: _place(p, _AU_PLACES)[0],
    "suburb_au143": lambda p, c: _place(p, _AU_PLACES)[1],
    "pc_au143": lambda p, c: _place(p, _AU_PLACES)[2],
    "phone_au143": lambda p, c: f"04{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "crn_au143": lambda p, c: f"{p.bhxh[1:10]}{'ABCHJKLSTV'[int(p.bhxh[0])]}",
    "category_au143": lambda p, c: _pick(
        p, ("Priority Access - Homeless", "Register of Interest", "Priority - Special Housing"), 5
    ),
    "bedrooms_au143": lambda p, c: str(1 + _num(p, 4)),
    "state_au143": lambda p, c: "VIC",
    "app_au143": lambda p, c: f"VHR{p.bhxh[:7]}",
    "ref_ie143": lambda p, c: f"NHSS/{p.bhxh[-6:]}/25",
    "nhi143": lambda p, c: _nhi(p),
    "nz_given143": lambda p, c: _by_sex(
        p, ("Tama", "Wiremu", "Liam", "Hemi"), ("Aroha", "Mere", "Olivia", "Anahera"), 1
    ),
    "nz_family143": lambda p, c: _pick(
        p, ("Ngata", "Smith", "Parata", "Wilson", "Tipene", "Brown"), 2
    ),
    "sex_nz143": lambda p, c: "M" if p.male else "F",
    "street_nz143": lambda p, c: _place(p, _NZ_PLACES)[0],
    "suburb_nz143": lambda p, c: _place(p, _NZ_PLACES)[1],
    "city_nz143": lambda p, c: _place(p, _NZ_PLACES)[2],
    "pc_nz143": lambda p, c: _place(p, _NZ_PLACES)[3],
    "phone_nz143": lambda p, c: f"021 {p.phone[3:6]} {p.phone[6:10]}",
    "claim_nz143": lambda p, c: f"{p.bhxh[:8]}{_num(p, 90) + 10}",
    "injury_nz143": lambda p, c: _pick(
        p, ("Sprain - ankle", "Laceration - hand", "Fracture - wrist", "Back strain"), 3
    ),
    "employer_nz143": lambda p, c: _pick(
        p, ("Fonterra Co-operative", "Countdown Manurewa", "Fulton Hogan Ltd"), 4
    ),
    "ppsn143": lambda p, c: _ppsn(p),
    "sex_ie143": lambda p, c: "Male" if p.male else "Female",
    "addr_ie143": lambda p, c: _place(p, _IE_PLACES)[0],
    "county_ie143": lambda p, c: _place(p, _IE_PLACES)[1],
    "eircode_ie143": lambda p, c: _place(p, _IE_PLACES)[2],
    "phone_ie143": lambda p, c: f"08{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "home_ie143": lambda p, c: _pick(
        p,
        (
            "St. Joseph's Nursing Home, Shankill",
            "Áras Mhuire, Drogheda",
            "Bushy Park NH, Borrisokane",
        ),
        5,
    ),
    "kin_ie143": lambda p, c: (
        f"{_place(p, _IE_KIN)[0]} {_pick(p, ('Murphy', 'Ó Briain', 'Kelly', 'Walsh'), 7)}"
        f" ({_place(p, _IE_KIN)[1]})"
    ),
    "assess_ie143": lambda p, c: f"€{(_num(p, 300) + 50) * 2:,}.00",
    "chi143": lambda p, c: _chi(p),
    "sex_sc143": lambda p, c: "M" if p.male else "F",
    "street_sc143": lambda p, c: _place(p, _SCOT_PLACES)[0],
    "town_sc143": lambda p, c: _place(p, _SCOT_PLACES)[1],
    "pc_sc143": lambda p, c: _place(p, _SCOT_PLACES)[2],
    "phone_sc143": lambda p, c: f"07{p.phone[2:5]} {p.phone[5:10]}{p.bhxh[-1]}",
    "gp_sc143": lambda p, c: _pick(
        p, ("Byres Road Medical Practice", "Leith Links MC", "Ardmuir MP"), 3
    ),
    "nurse_sc143": lambda p, c: _pick(p, ("SN K. MacLeod", "DN F. Campbell", "SN A. Stewart"), 4),
    "visits_sc143": lambda p, c: _pick(p, ("Daily", "Twice weekly", "Weekly", "Fortnightly"), 5),
    "reason_sc143": lambda p, c: _pick(
        p, ("Wound care", "Insulin admin", "Palliative", "Catheter care"), 6
    ),
}
