"""A labelled corpus of outside-shaped tables: files an agency might hand over, in shapes the demo
city never uses, with the true role of every column and the defects planted in them.

Shapes vary what the city holds fixed: column names (Vietnamese with and without accents, English,
abbreviations, camel case, upper case), languages mixed in one header, date formats (``dd/mm/yyyy``,
``yyyymmdd``, ``d/m/yyyy``, ISO, real Excel dates), encodings (UTF-8, UTF-8 with a BOM, UTF-16,
Windows-1258, Latin-1, in blind 9 GBK, Big5 and Windows-1255, in blind 10 Windows-1252 and
Windows-1250, in blind 11 Windows-1257 and Windows-1251, in blind 12 ISO-8859-13, KOI8-U, Big5
(cp950) and ISO-8859-15, in blind 13 Windows-1256, in blind 14 ISO-8859-2), delimiters and file
types (CSV, Excel). It has thirty parts, reported separately (:data:`PART_OF`): the tuning
shapes, the first held-out shapes (looked at since their first measurement), a new held-out part
written afterwards (looked at since it measured the rules written after it), a fresh held-out part
(looked at since 19:58, 2026-12-05), a blind held-out part (looked at since 20:16), a final blind
part (written 20:25), a lexicon blind part (written 20:43 in nine languages no other part uses),
and blind 8 to blind 30, each written by a helper that had read none of the role rules, at
the time its module's docstring gives, with the registers and countries it names
(:mod:`._corpus_blind8` to :mod:`._corpus_blind30`; bench/outside.py lists them all), each with
seeds of its own; the final blind, lexicon blind and blind 8 to blind 30 parts are never used
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from lienthong.identifiers import is_valid_cccd
from lienthong.quality import _corpus_blind8 as _blind8
from lienthong.quality import _corpus_blind9 as _blind9
from lienthong.quality import _corpus_blind10 as _blind10
from lienthong.quality import _corpus_blind11 as _blind11
from lienthong.quality import _corpus_blind12 as _blind12
from lienthong.quality import _corpus_blind13 as _blind13
from lienthong.quality import _corpus_blind14 as _blind14
from lienthong.quality import _corpus_blind15 as _blind15
from lienthong.quality import _corpus_blind16 as _blind16
from lienthong.quality import _corpus_blind17 as _blind17
from lienthong.quality import _corpus_blind18 as _blind18
from lienthong.quality import _corpus_blind19 as _blind19
from lienthong.quality import _corpus_blind20 as _blind20
from lienthong.quality import _corpus_blind21 as _blind21
from lienthong.quality import _corpus_blind22 as _blind22
from lienthong.quality import _corpus_blind23 as _blind23
from lienthong.quality import _corpus_blind24 as _blind24
from lienthong.quality import _corpus_blind25 as _blind25
from lienthong.quality import _corpus_blind26 as _blind26
from lienthong.quality import _corpus_blind27 as _blind27
from lienthong.quality import _corpus_blind28 as _blind28
from lienthong.quality import _corpus_blind29 as _blind29
from lienthong.quality import _corpus_blind30 as _blind30
from lienthong.quality import _corpus_blind33 as _blind33
from lienthong.quality import _corpus_lexblind as _lexblind
from lienthong.quality import _corpus_shapes as _shapes
from lienthong.quality._corpus_people import WRITERS as _WRITERS
from lienthong.quality._corpus_people import Person
from lienthong.quality._corpus_shapes import Col, Shape

#: Every shape, the seventh part (lexicon blind, :mod:`._corpus_lexblind`), the eighth
#: (blind 8, :mod:`._corpus_blind8`), the ninth (blind 9, :mod:`._corpus_blind9`), the tenth
#: (blind 10, :mod:`._corpus_blind10`), the eleventh (blind 11, :mod:`._corpus_blind11`), the
#: twelfth (blind 12, :mod:`._corpus_blind12`), the thirteenth (blind 13,
#: :mod:`._corpus_blind13`), the fourteenth (blind 14, :mod:`._corpus_blind14`), the
#: fifteenth (blind 15, :mod:`._corpus_blind15`), the sixteenth (blind 16,
#: :mod:`._corpus_blind16`), the seventeenth (blind 17, :mod:`._corpus_blind17`), the
#: eighteenth (blind 18, :mod:`._corpus_blind18`), the nineteenth (blind 19,
#: :mod:`._corpus_blind19`), the twentieth (blind 20, :mod:`._corpus_blind20`), the
#: twenty-first (blind 21, :mod:`._corpus_blind21`), the twenty-second (blind 22,
#: :mod:`._corpus_blind22`), the twenty-third (blind 23, :mod:`._corpus_blind23`), the
#: twenty-fourth (blind 24, :mod:`._corpus_blind24`), the twenty-fifth (blind 25,
#: :mod:`._corpus_blind25`), the twenty-sixth (blind 26, :mod:`._corpus_blind26`), the
#: twenty-seventh (blind 27, :mod:`._corpus_blind27`), the twenty-eighth (blind 28,
#: :mod:`._corpus_blind28`), the twenty-ninth (blind 29, :mod:`._corpus_blind29`) and the
#: thirtieth (blind 30, :mod:`._corpus_blind30`) last.
SHAPES: tuple[Shape, ...] = _shapes.SHAPES + _lexblind.LEXICON_BLIND + _blind8.BLIND8
SHAPES += _blind9.BLIND9 + _blind10.BLIND10 + _blind11.BLIND11 + _blind12.BLIND12
SHAPES += _blind13.BLIND13 + _blind14.BLIND14 + _blind15.BLIND15 + _blind16.BLIND16
SHAPES += _blind17.BLIND17 + _blind18.BLIND18 + _blind19.BLIND19
SHAPES += _blind20.BLIND20
SHAPES += _blind21.BLIND21 + _blind22.BLIND22
SHAPES += _blind23.BLIND23
SHAPES += _blind24.BLIND24 + _blind25.BLIND25 + _blind26.BLIND26 + _blind27.BLIND27
SHAPES += _blind28.BLIND28 + _blind29.BLIND29 + _blind30.BLIND30 + _blind33.BLIND33
PART_OF: dict[str, str] = {
    **_shapes.PART_OF,
    **{s.name: "lexicon blind" for s in _lexblind.LEXICON_BLIND},
    **{s.name: "blind 8" for s in _blind8.BLIND8},
    **{s.name: "blind 9" for s in _blind9.BLIND9},
    **{s.name: "blind 10" for s in _blind10.BLIND10},
    **{s.name: "blind 11" for s in _blind11.BLIND11},
    **{s.name: "blind 12" for s in _blind12.BLIND12},
    **{s.name: "blind 13" for s in _blind13.BLIND13},
    **{s.name: "blind 14" for s in _blind14.BLIND14},
    **{s.name: "blind 15" for s in _blind15.BLIND15},
    **{s.name: "blind 16" for s in _blind16.BLIND16},
    **{s.name: "blind 17" for s in _blind17.BLIND17},
    **{s.name: "blind 18" for s in _blind18.BLIND18},
    **{s.name: "blind 19" for s in _blind19.BLIND19},
    **{s.name: "blind 20" for s in _blind20.BLIND20},
    **{s.name: "blind 21" for s in _blind21.BLIND21},
    **{s.name: "blind 22" for s in _blind22.BLIND22},
    **{s.name: "blind 23" for s in _blind23.BLIND23},
    **{s.name: "blind 24" for s in _blind24.BLIND24},
    **{s.name: "blind 25" for s in _blind25.BLIND25},
    **{s.name: "blind 26" for s in _blind26.BLIND26},
    **{s.name: "blind 27" for s in _blind27.BLIND27},
    **{s.name: "blind 28" for s in _blind28.BLIND28},
    **{s.name: "blind 29" for s in _blind29.BLIND29},
    **{s.name: "blind 30" for s in _blind30.BLIND30},
    **{s.name: "blind 33" for s in _blind33.BLIND33},
}
WRITERS = {**_WRITERS, **_lexblind.WRITERS_LEXICON, **_blind8.WRITERS_BLIND8}
WRITERS |= _blind9.WRITERS_BLIND9 | _blind10.WRITERS_BLIND10 | _blind11.WRITERS_BLIND11
WRITERS |= _blind12.WRITERS_BLIND12 | _blind13.WRITERS_BLIND13 | _blind14.WRITERS_BLIND14
WRITERS |= _blind15.WRITERS_BLIND15 | _blind16.WRITERS_BLIND16 | _blind17.WRITERS_BLIND17
WRITERS |= _blind18.WRITERS_BLIND18 | _blind19.WRITERS_BLIND19
WRITERS |= _blind20.WRITERS_BLIND20
WRITERS |= _blind21.WRITERS_BLIND21 | _blind22.WRITERS_BLIND22
WRITERS |= _blind23.WRITERS_BLIND23
WRITERS |= _blind24.WRITERS_BLIND24 | _blind25.WRITERS_BLIND25
WRITERS |= _blind26.WRITERS_BLIND26 | _blind27.WRITERS_BLIND27 | _blind28.WRITERS_BLIND28
WRITERS |= _blind29.WRITERS_BLIND29 | _blind30.WRITERS_BLIND30 | _blind33.WRITERS_BLIND33

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
        ``final blind``, ``lexicon blind``, ``blind 8``, ``blind 9``, ``blind 10``, ``blind 11``,
        ``blind 12``, ``blind 13``, ``blind 14``, ``blind 15``, ``blind 16``, ``blind 17``,
        ``blind 18``, ``blind 19``, ``blind 20``, ``blind 21``, ``blind 22``,
        ``blind 23``, ``blind 24``, ``blind 25``, ``blind 26``, ``blind 27``, ``blind 28``,
        ``blind 29``, ``blind 30`` or ``blind 33``."""
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
    **_blind8.INVALID_DAY,
    **_blind9.INVALID_DAY,
    **_blind10.INVALID_DAY,
    **_blind11.INVALID_DAY,
    **_blind12.INVALID_DAY,
    **_blind13.INVALID_DAY,
    **_blind14.INVALID_DAY,
    **_blind15.INVALID_DAY,
    **_blind16.INVALID_DAY,
    **_blind17.INVALID_DAY,
    **_blind18.INVALID_DAY,
    **_blind19.INVALID_DAY,
    **_blind20.INVALID_DAY,
    **_blind21.INVALID_DAY,
    **_blind22.INVALID_DAY,
    **_blind23.INVALID_DAY,
    **_blind24.INVALID_DAY,
    **_blind25.INVALID_DAY,
    **_blind26.INVALID_DAY,
    **_blind27.INVALID_DAY,
    **_blind28.INVALID_DAY,
    **_blind29.INVALID_DAY,
    **_blind30.INVALID_DAY,
    **_blind33.INVALID_DAY,
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
_ADDRESS_HOLDS += _blind8.ADDRESS_HOLDS + _blind9.ADDRESS_HOLDS + _blind10.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind11.ADDRESS_HOLDS + _blind12.ADDRESS_HOLDS + _blind13.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind14.ADDRESS_HOLDS + _blind15.ADDRESS_HOLDS + _blind16.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind17.ADDRESS_HOLDS + _blind18.ADDRESS_HOLDS + _blind19.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind20.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind21.ADDRESS_HOLDS + _blind22.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind23.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind24.ADDRESS_HOLDS + _blind25.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind26.ADDRESS_HOLDS + _blind27.ADDRESS_HOLDS + _blind28.ADDRESS_HOLDS
_ADDRESS_HOLDS += _blind29.ADDRESS_HOLDS + _blind30.ADDRESS_HOLDS + _blind33.ADDRESS_HOLDS
_PHONE_HOLDS: tuple[str, ...] = ("phone", "phone_spaced", "phone_dotted", *_blind8.PHONE_HOLDS)
_PHONE_HOLDS += _blind9.PHONE_HOLDS + _blind10.PHONE_HOLDS + _blind11.PHONE_HOLDS
_PHONE_HOLDS += _blind12.PHONE_HOLDS + _blind13.PHONE_HOLDS + _blind14.PHONE_HOLDS
_PHONE_HOLDS += _blind15.PHONE_HOLDS + _blind16.PHONE_HOLDS + _blind17.PHONE_HOLDS
_PHONE_HOLDS += _blind18.PHONE_HOLDS + _blind19.PHONE_HOLDS
_PHONE_HOLDS += _blind20.PHONE_HOLDS
_PHONE_HOLDS += _blind21.PHONE_HOLDS + _blind22.PHONE_HOLDS
_PHONE_HOLDS += _blind23.PHONE_HOLDS
_PHONE_HOLDS += _blind24.PHONE_HOLDS + _blind25.PHONE_HOLDS
_PHONE_HOLDS += _blind26.PHONE_HOLDS + _blind27.PHONE_HOLDS + _blind28.PHONE_HOLDS
_PHONE_HOLDS += _blind29.PHONE_HOLDS + _blind30.PHONE_HOLDS + _blind33.PHONE_HOLDS
_NAMES = frozenset(
    {"full_name", "full_name_ascii", "en_full_name", "given_name", "family_name"}
    | {"full_name_caps", "full_name_nfd", "family_middle", "given_only", "two_surnames"}
    | _lexblind.NAME_HOLDS
    | _blind8.NAME_HOLDS
    | _blind9.NAME_HOLDS
    | _blind10.NAME_HOLDS
    | _blind11.NAME_HOLDS
    | _blind12.NAME_HOLDS
    | _blind13.NAME_HOLDS
    | _blind14.NAME_HOLDS
    | _blind15.NAME_HOLDS
    | _blind16.NAME_HOLDS
    | _blind17.NAME_HOLDS
    | _blind18.NAME_HOLDS
    | _blind19.NAME_HOLDS
    | _blind20.NAME_HOLDS
    | _blind21.NAME_HOLDS
    | _blind22.NAME_HOLDS
    | _blind23.NAME_HOLDS
    | _blind24.NAME_HOLDS
    | _blind25.NAME_HOLDS
    | _blind26.NAME_HOLDS
    | _blind27.NAME_HOLDS
    | _blind28.NAME_HOLDS
    | _blind29.NAME_HOLDS
    | _blind30.NAME_HOLDS
    | _blind33.NAME_HOLDS
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
    birth = next((c for c in shape.columns if c.holds in _BIRTH_HOLDS), None)
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
_SEX_HOLDS += _lexblind.SEX_HOLDS + _blind8.SEX_HOLDS + _blind9.SEX_HOLDS
_SEX_HOLDS += _blind10.SEX_HOLDS + _blind11.SEX_HOLDS + _blind12.SEX_HOLDS
_SEX_HOLDS += _blind13.SEX_HOLDS + _blind14.SEX_HOLDS + _blind15.SEX_HOLDS
_SEX_HOLDS += _blind16.SEX_HOLDS + _blind17.SEX_HOLDS + _blind18.SEX_HOLDS
_SEX_HOLDS += _blind19.SEX_HOLDS
_SEX_HOLDS += _blind20.SEX_HOLDS
_SEX_HOLDS += _blind21.SEX_HOLDS + _blind22.SEX_HOLDS
_SEX_HOLDS += _blind23.SEX_HOLDS
_SEX_HOLDS += _blind24.SEX_HOLDS + _blind25.SEX_HOLDS
_SEX_HOLDS += _blind26.SEX_HOLDS + _blind27.SEX_HOLDS + _blind28.SEX_HOLDS
_SEX_HOLDS += _blind29.SEX_HOLDS + _blind30.SEX_HOLDS + _blind33.SEX_HOLDS
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
_NATIONAL_HOLDS += _blind8.NATIONAL_HOLDS + _blind9.NATIONAL_HOLDS + _blind10.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind11.NATIONAL_HOLDS + _blind12.NATIONAL_HOLDS + _blind13.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind14.NATIONAL_HOLDS + _blind15.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind16.NATIONAL_HOLDS + _blind17.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind18.NATIONAL_HOLDS + _blind19.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind20.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind21.NATIONAL_HOLDS + _blind22.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind23.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind24.NATIONAL_HOLDS + _blind25.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind26.NATIONAL_HOLDS + _blind27.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind28.NATIONAL_HOLDS + _blind29.NATIONAL_HOLDS + _blind30.NATIONAL_HOLDS
_NATIONAL_HOLDS += _blind33.NATIONAL_HOLDS
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
_SEED_OFFSET |= {f"blind {n}": 60 + 10 * (n - 8) for n in range(8, 35)}


def build_corpus(folder: Path, seeds: tuple[int, ...] = (1, 2), rows: int = 300) -> list[Table]:
    """Every shape with every seed (265 shapes x 2 seeds = 530 tables by default)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        generate(shape, seed + _SEED_OFFSET.get(PART_OF[shape.name], 0), folder, rows)
        for shape in SHAPES
        for seed in seeds
    ]
