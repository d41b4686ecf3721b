"""A labelled corpus of outside-shaped tables: files an agency might hand over, in shapes the
demo city never uses, with the true role of every column and the defects planted in them.

Shapes vary what the city holds fixed: column names (Vietnamese with and without accents,
English, abbreviations, camel case, upper case), languages mixed in one header, date formats
(``dd/mm/yyyy``, ``yyyymmdd``, ``d/m/yyyy``, ISO, real Excel dates), encodings (UTF-8, UTF-8
with a BOM, UTF-16, Windows-1258, Latin-1), delimiters and file types (CSV, Excel). The corpus
has four parts, reported separately (:data:`PART_OF`): the tuning shapes, the first held-out
shapes (looked at since their first measurement), a new held-out part written afterwards (looked
at since it measured the rules written after it) and a fresh held-out part, with seeds of its
own, never used for tuning.

Defects are labelled by the check that should catch them (``kind:column``) and the row's
number (its first column), so a measure can compute precision and recall per row.
"""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from lienthong.geo import HCMC_NAME, current_wards
from lienthong.identifiers import CCCD_PROVINCES, is_valid_cccd, make_cccd, make_mst
from lienthong.quality._corpus_shapes import PART_OF, SHAPES, Col, Shape

#: The day the corpus is judged on (ages, staleness): fixed so the labels never drift.
AS_OF = date(2026, 1, 1)
#: Roles that identify a person: the role-accuracy goal counts these.
IDENTIFYING = frozenset(
    {"cccd", "cmnd", "mst", "bhxh", "bhyt", "national_id", "full_name", "family_name"}
    | {"given_name", "birth_date", "address", "street"}
)

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


@dataclass
class Table:
    """One generated table: where it was written, its labels and its planted defects."""

    shape: Shape
    seed: int
    path: Path
    roles: dict[str, str | None]
    #: check id (``kind:column``) -> row numbers (the row column) that must fail it
    defects: dict[str, set[str]] = field(default_factory=dict)
    #: the column holding the row number, as the file names it
    row_column: str = ""

    @property
    def part(self) -> str:
        """``tuning``, ``held-out``, ``new held-out`` or ``fresh held-out``."""
        return PART_OF[self.shape.name]

    @property
    def held_out(self) -> bool:
        return self.part != "tuning"


def _wards() -> list[str]:
    return [w.name for w in current_wards()]


def _written(day: date, fmt: str) -> str:
    """``day`` as ``fmt`` writes it; ``%-d``/``%-m`` (no leading zero) on every platform."""
    text = day.strftime(fmt.replace("%-d", "{d}").replace("%-m", "{m}"))
    return text.replace("{d}", str(day.day)).replace("{m}", str(day.month))


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


class _Person:
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


_WRITERS: dict[str, Callable[[_Person, Col], object]] = {
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
}


def _dni(number: int) -> str:
    """A Spanish DNI: eight digits and the letter their remainder by 23 picks."""
    return f"{number:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


# -- planting defects -------------------------------------------------------------------------

_INVALID_DAY = {
    **{"%d/%m/%Y": "31/02/{y}", "%Y%m%d": "{y}0231", "%Y-%m-%d": "{y}-02-31"},
    **{"%-d/%-m/%Y": "31/2/{y}", "%d.%m.%Y": "31.02.{y}", "%d-%m-%Y": "31-02-{y}"},
    **{"%d-%m-%y": "31-02-{yy}", "%Y.%m.%d": "{y}.02.31"},
}
_SEX_SPELLING = {"Nam": "male", "Nữ": "female", "M": "male", "F": "female"}
_SEX_SPELLING |= {"NAM": "male", "NU": "female"}
#: holdings -> the check that must list every row, whatever was planted: the whole file is
#: written that way (decomposed, all capitals, unaccented place names).
_EVERY_ROW = {"full_name_nfd": "nfc", "full_name_caps": "name_case"}
_EVERY_ROW |= {"address_ascii": "current_unit", "address_caps": "current_unit"}


def _defects(
    col: Col, english: bool, encoding: str
) -> list[tuple[str, Callable[[object], object]]]:
    """(check kinds that must fail, how the value is spoiled) for the column's holdings."""
    h = col.header
    out: list[tuple[str, Callable[[object], object]]] = []
    if col.holds in ("cccd", "cccd_spaced"):
        out.append((f"cccd_structure:{h}", lambda v: "999" + str(v)[3:]))
    elif col.holds == "mst":
        out.append((f"mst_check_digit:{h}", lambda v: str(v)[:9] + str((int(str(v)[9]) + 1) % 10)))
    elif col.holds in ("bhxh", "cmnd"):
        out.append((f"format:{h}", lambda v: str(v)[:-1]))
    elif col.holds in ("bhyt", "bhyt_spaced"):
        out.append((f"format:{h}", lambda v: str(v)[:2] + "9" + str(v)[3:]))
    elif col.holds in ("national_id", "dni"):
        out.append((f"one_shape:{h}", lambda v: str(v)[:-1]))
    elif col.holds in ("phone", "phone_spaced", "phone_dotted"):
        out.append((f"format:{h}|one_format:{h}", lambda v: str(v)[:7]))
    elif col.holds == "email":
        out.append((f"format:{h}", lambda v: str(v).replace("@", ".")))
    elif col.holds == "birth_date":
        pattern = _INVALID_DAY[col.date_format]
        out.append((f"valid_date:{h}", lambda v: pattern.format(y=_year(v), yy=str(v)[-2:])))
        if "%Y" in col.date_format:  # a two-digit year cannot say 1890
            out.append((f"plausible_age:{h}", lambda v: str(v).replace(_year(v), "1890")))
    elif col.holds == "excel_date":
        out.append((f"plausible_age:{h}", lambda v: v.replace(year=1890)))  # type: ignore[attr-defined]
    elif col.holds in ("sex", "sex_en", "sex_caps", "sex_fr"):
        out.append((f"allowed_values:{h}", lambda v: "?"))
    elif col.holds == "timestamp":
        out.append((f"stale_records:{h}", lambda v: "2022" + str(v)[4:]))
    elif col.holds in ("address", "address_ascii", "address_caps", "address_nfd"):
        out.append((f"whitespace:{h}", lambda v: str(v).replace(", ", ",  ", 1)))
    if col.holds in _NAMES:
        out.append((f"not_null:{h}", lambda v: ""))
        out.append((f"whitespace:{h}", lambda v: " " + str(v)))
        if (
            col.holds in ("full_name", "given_name", "given_only")
            and not english
            and (encoding != "cp1258")
        ):
            # cp1258 files are read as NFC by design: a decomposed name cannot survive them
            out.append((f"nfc:{h}", lambda v: unicodedata.normalize("NFD", str(v))))
        if col.holds in ("full_name", "full_name_ascii", "en_full_name", "full_name_nfd"):
            out.append((f"name_case:{h}", lambda v: str(v).upper()))
    return out


_NAMES = frozenset(
    {"full_name", "full_name_ascii", "en_full_name", "given_name", "family_name"}
    | {"full_name_caps", "full_name_nfd", "family_middle", "given_only", "two_surnames"}
)


def _year(value: object) -> str:
    """The year written in a date (``yyyymmdd``, ``d/m/yyyy``, ISO…); "" if none."""
    runs = re.findall(r"[0-9]+", str(value))
    found = next((r[:4] for r in runs if len(r) in (4, 8)), "")
    return found


def _cccd_breaks(shape: Shape, row: dict[str, object]) -> bool:
    """Whether the row's CCCD disagrees with its own sex or birth year (the cross-check)."""
    cccd = next((c for c in shape.columns if c.holds in ("cccd", "cccd_spaced")), None)
    if cccd is None or not str(row[cccd.header]).strip():
        return False
    sex_col = next((c for c in shape.columns if c.holds in _SEX_HOLDS), None)
    birth = next((c for c in shape.columns if c.holds in ("birth_date", "excel_date")), None)
    sex = _SEX_SPELLING.get(str(row[sex_col.header])) if sex_col else None
    year = None
    if birth is not None:
        value = row[birth.header]
        written = _year(value)
        year = value.year if isinstance(value, datetime) else int(written) if written else None
    number = str(row[cccd.header]).replace(" ", "")  # a card's number, however it was typed
    return not is_valid_cccd(number, sex=sex, birth_year=year)  # type: ignore[arg-type]


_SEX_HOLDS = ("sex", "sex_en", "sex_caps", "sex_fr")


def generate(shape: Shape, seed: int, folder: Path, rows: int = 300) -> Table:
    """Write one table of ``shape`` with defects planted, and return its labels."""
    rng = random.Random(f"{shape.name}:{seed}")
    people = [_Person(rng, i, shape.english) for i in range(rows)]
    data: list[dict[str, object]] = []
    numbered = next(c.header for c in shape.columns if c.holds == "row")
    for i, person in enumerate(people):
        row = {c.header: _WRITERS[c.holds](person, c) for c in shape.columns}
        row[numbered] = str(i + 1)
        data.append(row)
    defects: dict[str, set[str]] = {}
    first = 0 if shape.header else 1  # with no header row, the first row names the columns
    free = list(range(first, rows))
    rng.shuffle(free)
    for col in shape.columns:
        for checks, spoil in _defects(col, shape.english, shape.encoding):
            planted = 0
            while planted < 2:
                index = free.pop()
                spoiled = spoil(data[index][col.header])
                if spoiled == data[index][col.header]:
                    continue  # a name without diacritics has no NFD form: no defect
                data[index][col.header] = spoiled
                planted += 1
                for check in checks.split("|"):
                    defects.setdefault(check, set()).add(str(index + 1))
    ids = [c for c in shape.columns if c.holds in ("cccd", "mst", "cmnd", "national_id")]
    ids += [c for c in shape.columns if c.holds in ("cccd_spaced", "dni")]
    if ids:  # one identifier given to two people: both copies fail `unique`
        a, b = free.pop(), free.pop()
        data[b][ids[0].header] = data[a][ids[0].header]
        defects.setdefault(f"unique:{ids[0].header}", set()).update({str(a + 1), str(b + 1)})
    cccd = next((c for c in shape.columns if c.holds in ("cccd", "cccd_spaced")), None)
    if cccd is not None:
        broken = {
            str(i + 1) for i, row in enumerate(data) if i >= first and _cccd_breaks(shape, row)
        }
        defects.setdefault(f"cccd_structure:{cccd.header}", set()).update(broken)
    for col in shape.columns:
        if col.holds in _EVERY_ROW:
            # e.g. an unaccented address names no official unit: every row fails current_unit
            every = {str(i + 1) for i in range(first, rows)}
            defects[f"{_EVERY_ROW[col.holds]}:{col.header}"] = every
    path = folder / f"{shape.name}_{seed}.{shape.file}"
    _write(shape, data, path)
    names = {c.header: c.header if shape.header else str(data[0][c.header]) for c in shape.columns}
    roles = {names[c.header]: c.role for c in shape.columns}
    named = {}
    for check, rows_ in defects.items():
        kind, _, header = check.partition(":")
        named[f"{kind}:{names[header]}"] = rows_
    return Table(shape, seed, path, roles, named, names[numbered])


def _write(shape: Shape, data: list[dict[str, object]], path: Path) -> None:
    headers = [c.header for c in shape.columns]
    if shape.file == "xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(headers)
        for row in data:
            sheet.append([None if row[h] == "" else row[h] for h in headers])
        book.save(path)
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=shape.delimiter, lineterminator="\r\n")
    if shape.header:
        writer.writerow(headers)
    writer.writerows([[row[h] for h in headers] for row in data])
    text = buffer.getvalue()
    path.write_bytes(to_cp1258(text) if shape.encoding == "cp1258" else text.encode(shape.encoding))


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """``text`` in Windows-1258: letters it lacks precomposed are written as a base letter it
    has (ê, ơ, ă…) followed by a combining tone mark, as Vietnamese Windows does."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(ch for ch in parts if ch in _TONES)
        base = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


#: The new and fresh held-out parts draw their rows from seeds never used before (seed + offset).
NEW_SEED_OFFSET = 10
_SEED_OFFSET = {"new held-out": NEW_SEED_OFFSET, "fresh held-out": 20}


def build_corpus(folder: Path, seeds: tuple[int, ...] = (1, 2), rows: int = 300) -> list[Table]:
    """Every shape with every seed (32 shapes x 2 seeds = 64 tables by default)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        generate(shape, seed + _SEED_OFFSET.get(PART_OF[shape.name], 0), folder, rows)
        for shape in SHAPES
        for seed in seeds
    ]
