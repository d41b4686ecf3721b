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
    # final blind holdings (written 20:25 UTC, before any rule of that hour)
    "province": lambda p, c: _PROVINCES[int(p.bhxh) % len(_PROVINCES)],
    "note_vi": lambda p, c: _note(p, _NOTES_VI),
    "note_nl": lambda p, c: _note(p, _NOTES_NL),
    "note_en": lambda p, c: _note(p, _NOTES_EN),
    "note_es": lambda p, c: _note(p, _NOTES_ES),
    "sex_nl": lambda p, c: "M" if p.male else "V",
    "bsn": lambda p, c: _bsn(p.bhxh[:8]),
    "street_nl": lambda p, c: f"{_NL_STREETS[int(p.bhxh) % 5]} {p.street.split()[0]}",
    "street_it": lambda p, c: f"{_IT_STREETS[int(p.bhxh) % 5]}, {p.street.split()[0]}",
    "street_es": lambda p, c: f"{_ES_STREETS[int(p.bhxh) % 5]} {p.street.split()[0]}",
    "codice_fiscale": lambda p, c: _codice_fiscale(p),
    "height": lambda p, c: str(150 + int(p.bhxh) % 40),
    "weight": lambda p, c: f"{45 + int(p.bhxh) % 40}.{int(p.bhxh) % 10}",
    "cccd_prefixed": lambda p, c: f"ID: {p.cccd}",
    "code_prefixed": lambda p, c: f"MB-{int(p.bhxh) % 100000:05d}",
    "rut": lambda p, c: _rut(int(p.bhxh[:8]) % 25_000_000 + 1_000_000),
    "thai_id": lambda p, c: _thai_id(f"{int(p.bhxh[0]) % 8 + 1}{p.bhxh}{p.birth.day % 10}"),
}

_PROVINCES: tuple[str, ...] = (
    "Nam Định",
    "Thái Bình",
    "Nghệ An",
    "Quảng Nam",
    "Long An",
    "Bến Tre",
    "Huế",
)
_NL_STREETS: tuple[str, ...] = (
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Stationsplein",
    "Julianalaan",
)
_IT_STREETS: tuple[str, ...] = (
    "Via Roma",
    "Corso Italia",
    "Via Garibaldi",
    "Piazza Dante",
    "Viale Europa",
)
_ES_STREETS: tuple[str, ...] = (
    "Av. Providencia",
    "Calle Merced",
    "Pasaje Los Aromos",
    "Av. Matta",
    "Calle Prat",
)
_NOTES_VI: tuple[str, ...] = (
    "Đã liên hệ qua điện thoại, hẹn bổ sung giấy khai sinh vào tuần sau",
    "Chuyển đến từ tỉnh khác, chưa nộp đủ hồ sơ",
    "Người cao tuổi, cần hỗ trợ đi lại khi làm thủ tục",
    "Tạm vắng từ tháng 3, đi làm ăn xa",
    "Hồ sơ đã kiểm tra, không có sai sót",
    "Gọi lại sau 17h",
)
_NOTES_NL: tuple[str, ...] = (
    "Telefonisch contact gehad, stukken volgen later",
    "Verhuisd naar het buitenland, adres onbekend",
    "Geen bijzonderheden",
    "Aanvraag ingediend bij de gemeente, wacht op antwoord",
)
_NOTES_EN: tuple[str, ...] = (
    "Called back, will bring the missing documents next week",
    "Moved abroad; forwarding address not known",
    "No remarks",
    "Needs an interpreter at the appointment",
    "Duplicate record merged by the clerk",
)
_NOTES_ES: tuple[str, ...] = (
    "Se contactó por teléfono, entregará los documentos la próxima semana",
    "Cambio de domicilio pendiente de confirmar",
    "Sin observaciones",
    "Requiere intérprete en la cita",
)


def _note(p: Person, notes: tuple[str, ...]) -> str:
    """A free-text remark, blank for about a third of the people."""
    pick = int(p.bhxh[-3:])
    return "" if pick % 3 == 0 else notes[pick % len(notes)]


def _bsn(eight: str) -> str:
    """A Dutch BSN: nine digits passing the eleven test (weights 9..2 and -1)."""
    total = sum(int(d) * w for d, w in zip(eight, range(9, 1, -1), strict=True))
    last = total % 11
    if last == 10:  # no digit makes it pass: change the first digit and try again
        return _bsn(f"{(int(eight[0]) + 1) % 10}{eight[1:]}")
    return f"{eight}{last}"


def _rut(number: int) -> str:
    """A Chilean RUT, ``12.345.678-5``: its check digit by the modulus 11 rule."""
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(str(number))))
    check = {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))
    return f"{number:,}".replace(",", ".") + f"-{check}"


def _thai_id(twelve: str) -> str:
    """A Thai citizen id, ``1-2345-67890-12-3``: twelve digits and their check digit."""
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(twelve)) % 11) % 10
    t = f"{twelve}{check}"
    return f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12]}"


def _codice_fiscale(p: Person) -> str:
    """An Italian codice fiscale's shape: 6 letters, year, month letter, day, place, check."""
    letters = _ascii(p.family + p.given).upper()
    consonants = "".join(ch for ch in letters if ch.isalpha() and ch not in "AEIOU") + "XXXXXX"
    day = p.birth.day + (0 if p.male else 40)
    place = f"{'ABFH'[int(p.bhxh) % 4]}{int(p.bhxh) % 1000:03d}"
    return f"{consonants[:6]}{p.birth:%y}{'ABCDEHLMPRST'[p.birth.month - 1]}{day:02d}{place}Z"


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
