"""The people of the outside corpus (:mod:`lienthong.quality._corpus`) and how each column
writes them: the same person as different systems write them (names with or without accents,
ids in groups, dates in many formats), so a column's holdings are one key of :data:`WRITERS`."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta

from lienthong.geo import HCMC_NAME, current_wards
from lienthong.identifiers import CCCD_PROVINCES, make_cccd, make_mst
from lienthong.quality._corpus_shapes import Col

_FAMILY = tuple(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
)
_MIDDLE_M = tuple(["Văn", "Minh", "Hữu", "Đức", "Quốc", "Thanh", "Công"])
_MIDDLE_F = tuple(["Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Phương"])
_GIVEN_M = tuple(
    ["An", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Tuấn", "Sơn"]
)
_GIVEN_F = tuple(
    ["Anh", "Châu", "Giang", "Hà", "Hương", "Lan", "Linh", "Mai", "Ngọc", "Trang", "Vy"]
)
_EN_GIVEN = tuple(
    [
        "James",
        "Olivia",
        "Liam",
        "Emma",
        "Noah",
        "Ava",
        "Lucas",
        "Mia",
        "Ethan",
        "Zoë",
        "José",
        "Chloe",
        "Jack",
        "Grace",
        "Henry",
        "Ruby",
        "Oscar",
        "Isla",
        "Leo",
        "Amélie",
    ]
)
_EN_FAMILY = tuple(
    [
        "Smith",
        "Brown",
        "Wilson",
        "Taylor",
        "Martin",
        "Walker",
        "White",
        "Young",
        "King",
        "Wright",
        "Scott",
        "Green",
        "Baker",
        "Adams",
        "Nelson",
        "Hill",
        "Müller",
    ]
)
_STREETS = tuple(
    [
        "Nguyễn Trãi",
        "Lê Lợi",
        "Hai Bà Trưng",
        "Điện Biên Phủ",
        "Cách Mạng Tháng Tám",
        "Võ Văn Tần",
        "Pasteur",
        "Nam Kỳ Khởi Nghĩa",
        "Lý Thường Kiệt",
        "Trần Hưng Đạo",
    ]
)
_EN_STREETS = tuple(
    [
        "George Street",
        "King Road",
        "Park Avenue",
        "Church Lane",
        "Mill Road",
        "High Street",
        "Station Road",
        "Victoria Drive",
    ]
)
_CATEGORIES = ("A", "B", "C", "D")


def _wards() -> list[str]:
    return [w.name for w in current_wards()]


def _written(day: date, fmt: str) -> str:
    """``day`` as ``fmt`` writes it; ``%-d``/``%-m`` (no leading zero) on every platform."""
    text = day.strftime(fmt.replace("%-d", "{d}").replace("%-m", "{m}"))
    return text.replace("{d}", str(day.day)).replace("{m}", str(day.month))


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


class Person:
    def __init__(self, rng: random.Random, index: int, english: bool) -> None:
        self.male = rng.random() < 0.5
        self.birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 65))
        if english:
            self.family, self.given = rng.choice(_EN_FAMILY), rng.choice(_EN_GIVEN)
            self.full = f"{self.given} {self.family}"
            self.street = f"{rng.randrange(1, 300)} {rng.choice(_EN_STREETS)}"
        else:
            middle = rng.choice(_MIDDLE_M if self.male else _MIDDLE_F)
            self.family = rng.choice(_FAMILY)
            self.given = f"{middle} {rng.choice(_GIVEN_M if self.male else _GIVEN_F)}"
            self.full = f"{self.family} {self.given}"
            self.street = f"{rng.randrange(1, 300)} {rng.choice(_STREETS)}"
        province = rng.choice(sorted(CCCD_PROVINCES))
        self.cccd = make_cccd(province, "male" if self.male else "female", self.birth.year,
                              rng.randrange(0, 999_999))  # fmt: skip
        self.cmnd = f"{rng.randrange(10, 38)}{rng.randrange(0, 10**7):07d}"
        mst = None
        while mst is None:
            mst = make_mst(f"{rng.randrange(1, 99):02d}", rng.randrange(1, 9_999_999))
        self.mst = mst
        self.bhxh = f"{rng.randrange(0, 10**10):010d}"
        self.bhyt = f"{rng.choice(('DN', 'HS', 'GD', 'HT'))}{rng.randrange(1, 6)}79{self.bhxh}"
        self.national_id = f"{rng.randrange(10**6, 10**7)}"
        self.phone = f"0{rng.choice('35789')}{rng.randrange(0, 10**8):08d}"
        self.email = f"{_ascii(self.given).lower().replace(' ', '.')}{index}@example.org"
        self.address = f"{self.street}, {rng.choice(_wards())}, {HCMC_NAME}"
        self.updated = datetime(2025, 12, 31, 8) - timedelta(hours=rng.randrange(0, 24 * 150))
        self.other_date = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
        self.amount = f"{rng.randrange(1, 10_000) * 1000}"
        self.category = rng.choice(_CATEGORIES)


_DE_STREETS = ("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schulstraße", "Am Markt")


WRITERS: dict[str, Callable[[Person, Col], object]] = {
    "full_name": lambda p, c: p.full,
    "full_name_ascii": lambda p, c: _ascii(p.full),
    "en_full_name": lambda p, c: p.full,
    "given_name": lambda p, c: p.given,
    "family_name": lambda p, c: p.family,
    "birth_date": lambda p, c: _written(p.birth, c.date_format),
    "excel_date": lambda p, c: datetime(p.birth.year, p.birth.month, p.birth.day),
    "date": lambda p, c: _written(p.other_date, c.date_format),
    "excel_event": lambda p, c: datetime(p.other_date.year, p.other_date.month, p.other_date.day),
    "sex": lambda p, c: "Nam" if p.male else "Nữ",
    "sex_en": lambda p, c: "M" if p.male else "F",
    "cccd": lambda p, c: p.cccd,
    "cmnd": lambda p, c: p.cmnd,
    "mst": lambda p, c: p.mst,
    "bhxh": lambda p, c: p.bhxh,
    "bhyt": lambda p, c: p.bhyt,
    "national_id": lambda p, c: p.national_id,
    "phone": lambda p, c: p.phone,
    "email": lambda p, c: p.email,
    "address": lambda p, c: p.address,
    "address_ascii": lambda p, c: _ascii(p.address),
    "street": lambda p, c: p.street,
    "timestamp": lambda p, c: p.updated.strftime("%Y-%m-%d %H:%M:%S"),
    "amount": lambda p, c: p.amount,
    "category": lambda p, c: p.category,
    "note": lambda p, c: "",
    "none": lambda p, c: "",
    "row": lambda p, c: "",
    # fresh held-out holdings: the same people written as other systems write them
    "full_name_caps": lambda p, c: _ascii(p.full).upper(),
    "address_caps": lambda p, c: _ascii(p.address).upper(),
    "sex_caps": lambda p, c: "NAM" if p.male else "NU",
    "sex_fr": lambda p, c: "H" if p.male else "F",
    "full_name_nfd": lambda p, c: unicodedata.normalize("NFD", p.full),
    "address_nfd": lambda p, c: unicodedata.normalize("NFD", p.address),
    "cccd_spaced": lambda p, c: f"{p.cccd[:3]} {p.cccd[3:6]} {p.cccd[6:9]} {p.cccd[9:]}",
    "phone_spaced": lambda p, c: f"{p.phone[:4]} {p.phone[4:7]} {p.phone[7:]}",
    "phone_dotted": lambda p, c: f"{p.phone[:4]}.{p.phone[4:7]}.{p.phone[7:]}",
    "bhyt_spaced": lambda p, c: f"{p.bhyt[:2]} {p.bhyt[2]} {p.bhyt[3:5]} {p.bhyt[5:]}",
    "family_middle": lambda p, c: p.full.rsplit(" ", 1)[0],  # "Nguyễn Văn" of "Nguyễn Văn An"
    "given_only": lambda p, c: p.full.rsplit(" ", 1)[1],
    "two_surnames": lambda p, c: f"{p.family} {_EN_FAMILY[int(p.national_id) % 17]}",
    "dni": lambda p, c: _dni(int(p.national_id) * 7 % 10**8),
    "excel_serial": lambda p, c: (p.birth - date(1899, 12, 30)).days,
    "relation": lambda p, c: ("Chủ hộ", "Vợ", "Chồng", "Con", "Mẹ", "Cha")[int(p.bhxh) % 6],
    "nationality": lambda p, c: ("USA", "GBR", "AUS", "FRA", "DEU", "CAN")[int(p.bhxh) % 6],
    # blind held-out holdings (written 19:55 UTC, before any rule of that hour)
    "sex_de": lambda p, c: "m" if p.male else "w",
    "sex_id": lambda p, c: "L" if p.male else "P",
    "street_de": lambda p, c: f"{_DE_STREETS[int(p.bhxh) % 5]} {p.street.split()[0]}",
    "town": lambda p, c: ("Berlin", "Bandung", "Porto", "Ipoh", "Hamburg")[int(p.bhxh) % 5],
    "steuer_id": lambda p, c: f"{int(p.bhxh[:1]) % 9 + 1}{p.bhxh}",
    "nik": lambda p, c: (
        f"3174{p.birth.day + (0 if p.male else 40):02d}{p.birth:%m%y}" + p.bhxh[-4:]
    ),
    "cpf": lambda p, c: _cpf(p.bhxh[:9]),
    "mykad": lambda p, c: f"{p.birth:%y%m%d}-{p.bhxh[3:5]}-{p.bhxh[-4:]}",
    "passport": lambda p, c: f"{'CKN'[int(p.bhxh) % 3]}{p.bhxh[-7:]}",
    "cccd_apos": lambda p, c: f"'{p.cccd}",
    "birth_int": lambda p, c: int(p.birth.strftime("%Y%m%d")),
    "note_multiline": lambda p, c: "Gọi lại\nsau 17h" if int(p.bhxh) % 5 == 0 else "",
    "score": lambda p, c: str(int(p.bhxh) * (len(c.header) + 7) % 1000),
    "flag": lambda p, c: "YN"[int(p.bhxh) * len(c.header) % 2],
}


def _cpf(nine: str) -> str:
    """A Brazilian CPF, ``123.456.789-09``: nine digits and their two check digits."""
    digits = [int(ch) for ch in nine]
    for size in (10, 11):
        total = sum(d * w for d, w in zip(digits, range(size, 1, -1), strict=False))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _dni(number: int) -> str:
    """A Spanish DNI: eight digits and the letter their remainder by 23 picks."""
    return f"{number:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"
