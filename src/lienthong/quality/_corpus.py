"""A labelled corpus of outside-shaped tables: files an agency might hand over, in shapes the demo
city never uses, with the true role of every column and the defects planted in them.

Shapes vary what the city holds fixed: column names (Vietnamese with and without accents, English,
abbreviations, camel case, upper case), languages mixed in one header, date formats (``dd/mm/yyyy``,
``yyyymmdd``, ``d/m/yyyy``, ISO, real Excel dates), encodings (UTF-8, UTF-8 with a BOM, UTF-16,
Windows-1258, Latin-1, in blind 9 GBK, Big5 and Windows-1255, in blind 10 Windows-1252 and
Windows-1250, in blind 11 Windows-1257 and Windows-1251, in blind 12 ISO-8859-13, KOI8-U, Big5
(cp950) and ISO-8859-15, in blind 13 Windows-1256, in blind 14 ISO-8859-2), delimiters and file
types (CSV, Excel). It has 107 parts, reported separately (:data:`PART_OF`): the tuning
shapes, the first held-out shapes (looked at since their first measurement), a new held-out part
written afterwards (looked at since it measured the rules written after it), a fresh held-out part
(looked at since 19:58, 2026-12-05), a blind held-out part (looked at since 20:16), a final blind
part (written 20:25), a lexicon blind part (written 20:43 in nine languages no other part uses),
and blind 8 to blind 107, each written by a helper that had read none of the role
rules, at the time its module's docstring gives, with the registers and countries it names
(:mod:`._corpus_blind8` to :mod:`._corpus_blind107`; bench/outside.py lists them all), each with
seeds of its own; the final blind, lexicon blind and blind 8 to blind 107 parts are never used
for tuning before their first measurement.

Defects are labelled by the check that should catch them (``kind:column``) and the row's
number (its first column), so a measure can compute precision and recall per row.
"""

from __future__ import annotations

import csv
import io
import random
import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from lienthong.identifiers import is_valid_cccd
from lienthong.quality import _corpus_lexblind as _lexblind
from lienthong.quality import _corpus_shapes as _shapes
from lienthong.quality._corpus_parts import BLIND_PARTS
from lienthong.quality._corpus_people import WRITERS as _WRITERS
from lienthong.quality._corpus_people import Person
from lienthong.quality._corpus_shapes import Col, Shape

#: Every shape: the first six parts (:mod:`._corpus_shapes`), the lexicon blind part
#: (:mod:`._corpus_lexblind`), then the blind parts in the order written (:mod:`._corpus_parts`).
SHAPES: tuple[Shape, ...] = _shapes.SHAPES + _lexblind.LEXICON_BLIND
SHAPES += tuple(shape for part in BLIND_PARTS for shape in part.shapes)
PART_OF: dict[str, str] = {
    **_shapes.PART_OF,
    **{s.name: "lexicon blind" for s in _lexblind.LEXICON_BLIND},
    **{shape.name: part.name for part in BLIND_PARTS for shape in part.shapes},
}
WRITERS = {**_WRITERS, **_lexblind.WRITERS_LEXICON}
for _part in BLIND_PARTS:
    WRITERS |= _part.writers

#: The day the corpus is judged on (ages, staleness): fixed so the labels never drift.
AS_OF = date(2026, 1, 1)
#: Roles that identify a person: the role-accuracy goal counts these.
IDENTIFYING = frozenset(
    {"cccd", "cmnd", "mst", "bhxh", "bhyt", "national_id", "full_name", "family_name"}
    | {"given_name", "birth_date", "address", "street"}
)


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
        """``tuning``, ``held-out``, ``new held-out``, ``fresh held-out``, ``blind held-out``,
        ``final blind``, ``lexicon blind`` or a blind part's name (``blind 8`` …)."""
        return PART_OF[self.shape.name]

    @property
    def held_out(self) -> bool:
        return self.part != "tuning"


# -- planting defects -------------------------------------------------------------------------

_INVALID_DAY = {
    **{"%d/%m/%Y": "31/02/{y}", "%Y%m%d": "{y}0231", "%Y-%m-%d": "{y}-02-31"},
    **{"%-d/%-m/%Y": "31/2/{y}", "%d.%m.%Y": "31.02.{y}", "%d-%m-%Y": "31-02-{y}"},
    **{"%d-%m-%y": "31-02-{yy}", "%Y.%m.%d": "{y}.02.31"},
    **{"%-d.%-m.%Y": "31.2.{y}", "%Y/%m/%d": "{y}/02/31", "%m/%d/%Y": "02/31/{y}"},
    **{day: bad for part in BLIND_PARTS for day, bad in part.invalid_day.items()},
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
    if col.holds == "cccd_prefixed":  # "ID: 079…": spoil the digits, keep the prefix
        out.append((f"cccd_structure:{h}", lambda v: "ID: 999" + str(v)[7:]))
    elif col.holds in _CCCD_HOLDS:
        out.append((f"cccd_structure:{h}", lambda v: "999" + str(v)[3:]))
    elif col.holds == "mst":
        out.append((f"mst_check_digit:{h}", lambda v: str(v)[:9] + str((int(str(v)[9]) + 1) % 10)))
    elif col.holds in ("bhxh", "cmnd"):
        out.append((f"format:{h}", lambda v: str(v)[:-1]))
    elif col.holds in ("bhyt", "bhyt_spaced"):
        out.append((f"format:{h}", lambda v: str(v)[:2] + "9" + str(v)[3:]))
    elif col.holds in _NATIONAL_HOLDS:
        out.append((f"one_shape:{h}", lambda v: str(v)[:-1]))
    elif col.holds in _PHONE_HOLDS:
        out.append((f"format:{h}|one_format:{h}", lambda v: str(v)[:7]))
    elif col.holds == "email":
        out.append((f"format:{h}", lambda v: str(v).replace("@", ".")))
    elif col.holds == "birth_date":
        pattern = _INVALID_DAY[col.date_format]
        out.append((f"valid_date:{h}", lambda v: pattern.format(y=_year(v), yy=str(v)[-2:])))
        if "%Y" in col.date_format:  # a two-digit year cannot say 1890
            out.append((f"plausible_age:{h}", lambda v: str(v).replace(_year(v), "1890")))
    elif col.holds == "birth_int":  # yyyymmdd as an Excel integer
        out.append((f"valid_date:{h}", lambda v: int(f"{_year(v)}0231")))
        out.append((f"plausible_age:{h}", lambda v: int("1890" + str(v)[4:])))
    elif col.holds == "excel_date":
        out.append((f"plausible_age:{h}", lambda v: v.replace(year=1890)))  # type: ignore[attr-defined]
    elif col.holds in _SEX_HOLDS:
        out.append((f"allowed_values:{h}", lambda v: "?"))
    elif col.holds == "timestamp":
        out.append((f"stale_records:{h}", lambda v: "2022" + str(v)[4:]))
    elif col.holds in _ADDRESS_HOLDS:
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


_ADDRESS_HOLDS: tuple[str, ...] = ("address", "address_ascii", "address_caps", "address_nfd")
_ADDRESS_HOLDS += tuple(held for part in BLIND_PARTS for held in part.address_holds)
_PHONE_HOLDS: tuple[str, ...] = ("phone", "phone_spaced", "phone_dotted")
_PHONE_HOLDS += tuple(held for part in BLIND_PARTS for held in part.phone_holds)
_NAMES = frozenset(
    {"full_name", "full_name_ascii", "en_full_name", "given_name", "family_name"}
    | {"full_name_caps", "full_name_nfd", "family_middle", "given_only", "two_surnames"}
    | _lexblind.NAME_HOLDS
    | {held for part in BLIND_PARTS for held in part.name_holds}
)


def _year(value: object) -> str:
    """The year written in a date (``yyyymmdd``, ``d/m/yyyy``, ISO, blind 11's HIS
    ``yyyymmddHHMM``…); "" if none."""
    runs = re.findall(r"[0-9]+", str(value))
    found = next((r[:4] for r in runs if len(r) in (4, 8, 12)), "")
    return found


def _cccd_breaks(shape: Shape, row: dict[str, object]) -> bool:
    """Whether the row's CCCD disagrees with its own sex or birth year (the cross-check)."""
    cccd = next((c for c in shape.columns if c.holds in _CCCD_HOLDS), None)
    if cccd is None or not str(row[cccd.header]).strip():
        return False
    sex_col = next((c for c in shape.columns if c.holds in _SEX_HOLDS), None)
    # a part's own writer of birth dates (a child's, a year alone) is labelled a birth date too
    birth = next(
        (c for c in shape.columns if c.holds in _BIRTH_HOLDS or c.role == "birth_date"), None
    )
    sex = _SEX_SPELLING.get(str(row[sex_col.header])) if sex_col else None
    year = None
    if birth is not None:
        value = row[birth.header]
        written = _year(value)
        year = value.year if isinstance(value, datetime) else int(written) if written else None
    # a card's number, however it was typed (in groups, with Excel's text apostrophe)
    number = str(row[cccd.header]).removeprefix("ID:").replace(" ", "").lstrip("'")
    return not is_valid_cccd(number, sex=sex, birth_year=year)  # type: ignore[arg-type]


_SEX_HOLDS: tuple[str, ...] = ("sex", "sex_en", "sex_caps", "sex_fr", "sex_de", "sex_id", "sex_nl")
_SEX_HOLDS += _lexblind.SEX_HOLDS + tuple(held for part in BLIND_PARTS for held in part.sex_holds)
_CCCD_HOLDS = ("cccd", "cccd_spaced", "cccd_apos", "cccd_prefixed")
_NATIONAL_HOLDS: tuple[str, ...] = (
    "national_id",
    "dni",
    "steuer_id",
    "nik",
    "cpf",
    "mykad",
    "passport",
)
_NATIONAL_HOLDS += ("bsn", "codice_fiscale", "rut", "thai_id", *_lexblind.NATIONAL_HOLDS)
_NATIONAL_HOLDS += tuple(held for part in BLIND_PARTS for held in part.national_holds)
_BIRTH_HOLDS = ("birth_date", "excel_date", "birth_int")


def generate(shape: Shape, seed: int, folder: Path, rows: int = 300) -> Table:
    """Write one table of ``shape`` with defects planted, and return its labels."""
    rng = random.Random(f"{shape.name}:{seed}")
    people = [Person(rng, i, shape.english) for i in range(rows)]
    data: list[dict[str, object]] = []
    numbered = next(c.header for c in shape.columns if c.holds == "row")
    for i, person in enumerate(people):
        row = {c.header: WRITERS[c.holds](person, c) for c in shape.columns}
        row[numbered] = str(i + 1)
        data.append(row)
    defects: dict[str, set[str]] = {}
    first = 0 if shape.header else 1  # no defect in the first row, as when it named the columns
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
    ids += [c for c in shape.columns if c.holds in (*_CCCD_HOLDS[1:], *_NATIONAL_HOLDS[1:])]
    if ids:  # one identifier given to two people: both copies fail `unique`
        a, b = free.pop(), free.pop()
        data[b][ids[0].header] = data[a][ids[0].header]
        defects.setdefault(f"unique:{ids[0].header}", set()).update({str(a + 1), str(b + 1)})
    cccd = next((c for c in shape.columns if c.holds in _CCCD_HOLDS), None)
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
    # a file with no header row is read whole, its columns named by position (column0, …)
    names = {
        c.header: c.header if shape.header else f"column{i}" for i, c in enumerate(shape.columns)
    }
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
_SEED_OFFSET = {"new held-out": NEW_SEED_OFFSET, "fresh held-out": 20, "blind held-out": 30}
_SEED_OFFSET["final blind"] = 40
_SEED_OFFSET["lexicon blind"] = 50
#: ... and each blind part ten after the one before it (blind 8 from 60 on).
_SEED_OFFSET |= {part.name: 60 + 10 * (part.number - 8) for part in BLIND_PARTS}


def corpus_plan(
    seeds: tuple[int, ...] = (1, 2), parts: Collection[str] | None = None
) -> list[tuple[Shape, int]]:
    """The shapes :func:`build_corpus` writes and the seed each file is drawn with (each part
    from seeds of its own), without writing them."""
    return [
        (shape, seed + _SEED_OFFSET.get(PART_OF[shape.name], 0))
        for shape in SHAPES
        if parts is None or PART_OF[shape.name] in parts
        for seed in seeds
    ]


def build_corpus(
    folder: Path,
    seeds: tuple[int, ...] = (1, 2),
    rows: int = 300,
    parts: Collection[str] | None = None,
) -> list[Table]:
    """Every shape with every seed (two files per shape by default), or only the shapes of
    ``parts`` (``{"blind 17"}``): a part's files are the same either way."""
    folder.mkdir(parents=True, exist_ok=True)
    return [generate(shape, seed, folder, rows) for shape, seed in corpus_plan(seeds, parts)]
