"""Role detectors on values: each returns the share of a sample of values that fits the role.

Pure functions over strings so they can be property-tested; the SQL side only draws the sample.
Formats are ASCII and checked with ``fullmatch`` on ``[0-9]`` classes, never ``\\d``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from lienthong.identifiers import compact_id, is_national_id, is_valid_cccd, is_valid_mst
from lienthong.profiling._foreign import (
    is_address_line,
    is_any_national_id,
    is_any_street,
    is_bare_national_phone,
    is_east_asian_name,
    is_international_phone,
    is_national_phone,
    name_words,
    without_initials,
)
from lienthong.profiling._lexicon import lexicon
from lienthong.profiling._months import read_month_name
from lienthong.profiling._places import (
    ADDRESS_WORDS,
    HOUSE_NUMBER,
    STREET_WORDS_EN_VN,
    admin,
    holds_a_day,
    is_address,
    is_full_address,
    is_place_list,
    is_street,
)
from lienthong.profiling._text import fold, nfc, tokens
from lienthong.profiling._vn_names import (
    CLERICS,
    FAMILY_NAMES,
    MIDDLE_NAMES,
    MONASTIC,
    VN_NAME_PARTS,
)

_CMND = re.compile(r"[0-9]{9}")
_BHXH = re.compile(r"[0-9]{10}")
_BHYT = re.compile(r"[A-Z]{2}[1-5][0-9]{2}[0-9]{10}")
_PHONE = re.compile(r"(\+84|84|0)(3|5|7|8|9)[0-9]{8}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+")
#: Postcodes as countries write them: digits (``700000``, ZIP+4 ``44102-0036``, Brazil's CEP
#: ``01310-100``, Poland's ``00-950``, Sweden's ``123 45``), a country's letters before them
#: (``AZ1010``, ``LV-1010``), the British and Irish forms (``SW1A 1AA``, ``JE2 3AB``, ``D02
#: X285``), Canada's ``K1A 0B1``, the Dutch ``1012 AB`` and Malta's ``VLT 1117``.
_POSTCODE = re.compile(
    r"(?:[A-Z]{1,3}-?)?[0-9]{4,6}|[0-9]{5}-[0-9]{3,4}|[0-9]{2}-[0-9]{3}|[0-9]{3} [0-9]{2}"
    r"|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]"
    r"|[A-Z][0-9][0-9W] [0-9A-Z]{4}|[0-9]{4} ?[A-Z]{2}|[A-Z]{3} ?[0-9]{4}"
)
#: A card's month and year of expiry (``05/2029``): no number of a person's.
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])[/.-](?:19|20)[0-9]{2}")
_WORDS = re.compile(r"[^\W\d_]+(?:[ '\-][^\W\d_]+)*")
#: A place's words with its number before or after (``Zango 5``, ``12-р хороо``).
_NUMBERED_PLACE = re.compile(
    rf"(?:[0-9]{{1,3}}(?:-?[^\W\d_]{{1,3}})? )?{_WORDS.pattern}(?: [0-9]{{1,3}})?"
)
# Day first or year first, with the same separator (/ . -) twice; a time may follow a year-first
# date; a two-digit year only day first (``dd-mm-yy``). Month-first (US) dates are read only
# for a whole column that proves its order (:func:`month_first_dates`), month names for a
# column written with them (:func:`month_name_dates`).
#: Day first with dots, a space after them allowed, and a short word for "year" after the year
#: (not a digit, space, dot, slash or dash, so the quality checks' engines read it alike:
#: ``Dialect.iso_date``).
SPACED_DAY_FIRST = r"([0-9]{1,2})\. ?([0-9]{1,2})\. ?([0-9]{4})\.?(?: ?[^0-9 ./-]{1,3}\.?)?"
_DATE_PATTERNS = (
    # ``12.03.1985.``: Croatian, Serbian and Hungarian forms close a date with a dot
    (re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})\.?"), (4, 3, 1)),
    (re.compile(r"([0-9]{4})([/.-])([0-9]{1,2})\2([0-9]{1,2})(?:[ T].*)?"), (1, 3, 4)),
    (re.compile(r"([0-9]{4})()([0-9]{2})([0-9]{2})"), (1, 3, 4)),
    # ``198503120000``: a day and its time run together (hospital and mainframe exports), only
    # for years 1800-2099 so a 12- or 14-digit id never reads as one
    (re.compile(r"((?:18|19|20)[0-9]{2})()([0-9]{2})([0-9]{2})(?:[0-9]{4}|[0-9]{6})"), (1, 3, 4)),
    # ``12. 3. 1985`` (Czech, Slovak, Slovene, Croatian), ``12.03.1985 г.`` (Bulgarian,
    # Russian), ``12.03.1985 r.`` (Polish): a space after the dots, a year word after the year
    (re.compile(SPACED_DAY_FIRST), (3, 2, 1)),
)
#: A two-digit year above this is 19yy, at or below it 20yy: the pivot of
#: ``lienthong.normalize`` (``TWO_DIGIT_PIVOT``), so profiling reads ``05-03-29`` as the
#: record normalisation and the quality checks do (a test keeps the two equal).
TWO_DIGIT_PIVOT = 30
#: Excel stores a day as the days since 1899-12-30: serials from 1900-01-01 to 2099-12-31.
#: The quality checks read day numbers with these too (``Dialect.iso_date_of_days``).
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIALS = range(2, 73051)
_SERIAL = re.compile(r"([0-9]{1,5})(?:\.0+)?")
_SEX = frozenset({"nam", "nu", "m", "f", "male", "female", "khac", "x"})
_SEX_WORDS = lexicon().sex_words


def parse_date(text: str) -> date | None:
    """A date in ``dd/mm/yyyy``, ``d.m.yyyy``, ``dd-mm-yy``, ``yyyy-mm-dd``, ``yyyy.mm.dd``,
    ``yyyy/mm/dd`` (time allowed after a year-first date) or ``yyyymmdd``."""
    value = text.strip()
    for pattern, (y, m, d) in _DATE_PATTERNS:
        found = pattern.fullmatch(value)
        if found:
            year = int(found[y])
            if len(found[y]) == 2:
                year += 1900 if year > TWO_DIGIT_PIVOT else 2000
            try:
                return date(year, int(found[m]), int(found[d]))
            except ValueError:
                return None
    return None


def excel_serial_dates(values: Sequence[str]) -> list[str] | None:
    """The values as ``yyyy-mm-dd`` when every one is a bare Excel day serial (``26345``:
    1972-02-16), else ``None``. Only for a column whose name says it holds dates: a bare
    number is a date nowhere else."""
    days: list[str] = []
    for value in values:
        found = _SERIAL.fullmatch(value.strip())
        if found is None or int(found[1]) not in EXCEL_SERIALS:
            return None
        days.append(date.fromordinal(EXCEL_EPOCH.toordinal() + int(found[1])).isoformat())
    return days or None


_YEAR = re.compile(r"((?:18|19|20)[0-9]{2})(?:\.0+)?")
#: Share of a birth date column's values that must be bare years before years are read.
_YEARS_SHARE = 0.1


def birth_years(values: Sequence[str], today: date | None = None) -> list[str] | None:
    """The values as ``yyyy-mm-dd`` when the column holds years of birth: one value in ten or
    more is a bare year (``1948``: registers that know only the year of birth of older people),
    none after this year, and nine in ten of all are years or dates. A year stands for the 1st
    of January of that year. Only for a column whose name says birth: a bare year is a date
    nowhere else. Else ``None``."""
    now = (today or date.today()).year
    filled = [v.strip() for v in values if v.strip()]
    read: list[str] = []
    years = dated = 0
    for value in filled:
        found = _YEAR.fullmatch(value)
        if found is not None and int(found[1]) <= now:
            years += 1
            read.append(f"{found[1]}-01-01")
            continue
        day = parse_date(value)
        dated += day is not None
        read.append(day.isoformat() if day is not None else value)
    if not filled or years < _YEARS_SHARE * len(filled) or years + dated < 0.9 * len(filled):
        return None
    return read


_DAY_MONTH = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})")


def month_first_dates(values: Sequence[str]) -> list[str] | None:
    """The values as ``yyyy-mm-dd`` read month first (``03/25/1985``, the United States' and
    the Philippines' order) when the column proves it: every value is ``a/b/year``, some
    ``b`` is above 12 and no ``a`` is, so no value reads day first as a day of the same
    column. Else ``None``: a column that never shows a field above 12 stays day first, the
    order Vietnamese silos write."""
    swapped: list[str] = []
    proof = False
    for value in values:
        found = _DAY_MONTH.fullmatch(value.strip())
        if found is None or int(found[1]) > 12:
            return None
        proof = proof or int(found[3]) > 12
        day = parse_date(f"{found[3]}{found[2]}{found[1]}{found[2]}{found[4]}")
        swapped.append(day.isoformat() if day is not None else value)
    return swapped if proof else None


#: Values from which :func:`month_name_dates` first reads a stride of :data:`_PROBE` of them.
_PROBE_FROM, _PROBE = 512, 64


def month_name_dates(values: Sequence[str]) -> list[str] | None:
    """The values as ``yyyy-mm-dd`` when the column writes its dates with month names
    (``13 Oct 1978``, ``Oct 13, 1978``, ``13.Okt.1978``: :mod:`lienthong.profiling._months`):
    at least half of the non-blank values are such dates and nine in ten are dates of some
    written form (a few ISO or day-first ones, or a typo, may sit among them). Values not
    read keep their text; else ``None``."""
    if len(values) > _PROBE_FROM:  # a big sample: a stride of it says whether to read on
        probe = values[:: len(values) // _PROBE]
        if sum(read_month_name(v, TWO_DIGIT_PIVOT) is not None for v in probe) < len(probe) / 4:
            return None
    filled = sum(bool(v.strip()) for v in values)
    read: list[str | None] = []
    misses, allowed = 0, filled - 0.5 * filled
    for value in values:  # stop once more than half cannot be such dates (most columns)
        read.append(read_month_name(value, TWO_DIGIT_PIVOT))
        misses += read[-1] is None and bool(value.strip())
        if misses > allowed:
            return None
    named = sum(r is not None for r in read)
    if not filled or named < 0.5 * filled:
        return None
    pairs = list(zip(values, read, strict=True))
    numeric = sum(r is None and parse_date(v) is not None for v, r in pairs)
    if named + numeric < 0.9 * filled:
        return None
    return [r if r is not None else v for v, r in pairs]


_TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}")


def _with_time(value: str) -> bool:
    return len(value) > 10 and (value.isdigit() or _TIME.search(value) is not None)


def is_birth_date(text: str, today: date | None = None) -> bool:
    parsed = parse_date(text)
    now = today or date.today()
    return parsed is not None and parsed.year >= 1900 and parsed <= now


def is_vn_phone(text: str) -> bool:
    """A Vietnamese mobile or landline number as people type it (``0903 123 456``, ``+84…``)."""
    return _PHONE.fullmatch(re.sub(r"[ .()-]", "", text.strip())) is not None


def is_phone(text: str) -> bool:
    """A Vietnamese number (``0903 123 456``, ``+84903123456``) or any country's with its
    country code (``+44 20 7946 0958``, ``00 33 1 23 45 67 89``). A bare 10-digit number
    starting 03/05/07/08/09 is a Vietnamese mobile; no other bare number is a phone."""
    return is_vn_phone(text) or is_international_phone(text)


def is_any_phone(text: str) -> bool:
    """A phone, or a national number of any country in groups (``(020) 7946 0958``,
    ``8 (912) 345-67-89``) that is not a date: only with a phone name (see _infer)."""
    return is_phone(text) or (
        (is_national_phone(text) or is_bare_national_phone(text)) and parse_date(text) is None
    )


def is_vn_full_name(text: str) -> bool:
    """Two to six words, the first a Vietnamese family name and most words Vietnamese names;
    family first with a comma too (``NGUYỄN, Văn An``): then only family and middle names
    come before the comma."""
    read = name_words(text)
    if read is None:
        return False
    words, before = read
    if before == 0 and words[:2] in CLERICS:
        words = words[2:]
    if not 2 <= len(words) <= 6:
        return False
    if before > 2 or (before == 2 and words[1] not in MIDDLE_NAMES) or _names_a_place(text):
        return False
    known = sum(word in VN_NAME_PARTS or word == MONASTIC for word in words)
    return (words[0] in FAMILY_NAMES or words[0] == MONASTIC) and known * 2 >= len(words)


def _names_a_place(text: str) -> bool:
    """Whether a value with a comma reads as places (``Via Roma, Milano``, ``Phường Bến Thành,
    Quận 1``): a part starts with an address word that names no Vietnamese person, or every
    part starts with an address word (``Huyện …, Tỉnh …``; ``Huyền`` is also a given name)."""
    if "," not in text:
        return False
    firsts = [(tokens(part) or [""])[0] for part in text.split(",")]
    return any(w in ADDRESS_WORDS and w not in VN_NAME_PARTS for w in firsts) or all(
        w in ADDRESS_WORDS for w in firsts
    )


def is_person_word(text: str) -> bool:
    """One word of letters of any script (a given name or a surname in any language)."""
    value = nfc(text).strip()
    read = name_words(value)
    return read is not None and not read[1] and " " not in value and 1 < len(value) <= 40


#: Words that make a run of words an organisation or a place, not a person. Vietnamese street
#: words are left out: folded, ``duong`` and ``ngo`` are also family names (Dương, Ngô).
_NOT_PERSON_WORDS = (STREET_WORDS_EN_VN - {"duong", "pho", "ngo", "hem", "kiet"}) | frozenset(
    {"company", "co", "ltd", "inc", "corp", "llc", "plc", "pty", "group", "holdings", "bank"}
    | {"school", "hospital", "clinic", "university", "council", "department", "office", "club"}
    | {"ty", "tnhh", "jsc", "ubnd"}
)


def is_family_name(text: str) -> bool:
    """A family name, alone or with its middle names (``Nguyễn``, ``Trần Thị Ngọc``); a no
    written with its tones (``Không``, under ``Ho > 2 tuần``, a cough) is no ``Khổng``."""
    folded = fold(text)
    if folded in FAMILY_NAMES and nfc(text).strip().lower() != "không":
        return True
    words = tokens(text)
    return (
        2 <= len(words) <= 3
        and _WORDS.fullmatch(nfc(text).strip()) is not None
        and words[0] in FAMILY_NAMES
        and all(word in MIDDLE_NAMES for word in words[1:])
    )


def is_given_name(text: str) -> bool:
    """One word of letters, or the two or three words a Vietnamese given name holds with its
    middle name (``Thị Châu``, ``Văn An``): those are Vietnamese name words, all of them."""
    if is_person_word(text):
        return True
    words = _two_or_three_words(text)
    return words is not None and all(word in VN_NAME_PARTS for word in words)


def _two_or_three_words(text: str) -> tuple[str, ...] | None:
    """The folded words of a name of two or three words written without a comma, else None."""
    read = name_words(text)
    return read[0] if read is not None and not read[1] and 2 <= len(read[0]) <= 3 else None


def is_given_names(text: str) -> bool:
    """A given name, or several of any language in one cell (``Anna Maria``, ``Juan Carlos``,
    ``Matti Juhani``): one to three words naming no place nor organisation, not led by a
    Vietnamese family name (``Nguyễn Văn An`` stays a Vietnamese full name). Two words are
    also a whole name: only for a header that names the given name alone (see _infer)."""
    if is_given_name(text):
        return True
    words = _two_or_three_words(text)
    return (
        words is not None
        and words[0] not in FAMILY_NAMES
        and len(text.strip()) <= 40
        and not any(word in _NOT_PERSON_WORDS for word in tokens(text))
    )


#: Burmese and Tibetan (Dzongkha) write a person's names as one run, with no space between
#: them (``အောင်ကျော်မင်း``, ``བསྟན་འཛིན་རྡོ་རྗེ``).
_UNSPACED_NAME = re.compile(r"[\u1000-\u109f]{3,30}|[\u0f00-\u0fff]{3,40}")


#: Words that link a name to a parent's or a title, counted with no name's words (``Siti Hajar
#: binti Pg Hj Mahmud``, ``Abdul Rahman bin Haji Othman``).
_LINKING = frozenset({"bin", "binti", "bte", "ibn", "bint", "haji", "hj", "hajah", "hjh", "pg"})
_LINKING |= {"بن", "بنت", "ابن"}  # ... in Arabic script (Oman's ``أمل بنت مبارك بن …``)
#: ... and the Malaysian and Indian son of, daughter of (``Suresh a/l Muniandy``, ``Kavitha a/p
#: Subramaniam``, ``s/o``, ``d/o``), read as ``bin``.
_SON_OF = re.compile(r"(?<=\s)(?:a/l|a/p|s/o|d/o)(?=\s)", re.IGNORECASE)


#: An apostrophe inside a word (Uzbek ``o'g'li``, son of; ``O'Brien``): one word, not three.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['‘’ʻʼ](?=[^\W\d_])")


#: Abbreviated name words and titles written with a dot (Bangladesh's ``Md.`` for Mohammad and
#: ``Mst.`` for Mosammat, Malaysia's ``Mohd.``, ``Dr.``, ``Mrs.``, India's ``Smt.``): words.
_ABBREVIATED = re.compile(
    r"(?<![^\W\d_])(md|mst|mosst|mohd|muhd|sk|dr|mr|mrs|ms|mdm|mme|smt|shri|sri|kum)\.(?=\s)",
    re.IGNORECASE,
)


def is_any_full_name(text: str) -> bool:
    """Two to five words of letters of any script that name no place or organisation
    (``Ethan Walker``, ``José Müller``, ``Иван Петров``, family first ``GARCÍA, Juan``): any
    language's full name, so only with a name hint (see _infer). Initials count as words
    (``H.N.S. Perera``, ``J. R. R. Tolkien``, ``Smith, J.``) beside at least one whole word;
    a Chinese, Japanese or Korean name is one run of two to four characters (``张伟``)."""
    if is_east_asian_name(text) or _UNSPACED_NAME.fullmatch(text.strip()) is not None:
        return True
    text = _ABBREVIATED.sub(r"\1", text)
    spaced, initials = without_initials(_SON_OF.sub("bin", _INNER_APOSTROPHE.sub("", text)))
    read = name_words(spaced)
    linking = sum(word in _LINKING for word in read[0]) if read is not None else 0
    return (
        read is not None
        and 2 <= len(read[0]) - linking <= 5 + min(initials, 3)
        and len(read[0]) > initials
        and len(text.strip()) <= 80
        and not any(word in _NOT_PERSON_WORDS for word in tokens(text))
        and not _names_a_place(text)
    )


#: The particles of Spanish, Portuguese, Dutch, German, French and Italian surnames (``Reyes De
#: la Cruz``, ``van der Berg``): counted with no surname's words.
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "da", "do", "dos", "das", "e"})
_PARTICLES |= {"van", "von", "der", "den", "di", "du", "le"}


def is_any_surname(text: str) -> bool:
    """One to three words of letters naming no place or organisation: a surname in any
    language and script, Spanish and Portuguese ones often two (``García López``), so only
    with a hint; in capitals before a given name (``KABONGO Dorcas``), a whole name."""
    read = name_words(text)
    return (
        read is not None
        and not read[1]
        and 1 <= len([word for word in read[0] if word not in _PARTICLES]) <= 3
        and len(text.strip()) <= 40
        and not any(word in _NOT_PERSON_WORDS for word in tokens(text))
        and not (text.split()[0].isupper() and _SURNAME_FIRST.fullmatch(text.strip()))
    )


_SURNAME_FIRST = re.compile(r"(?:[^\W\d_a-z]{2,}\s+)+[^\W\d_a-z][^\W\d_A-Z]+(?:\s+\S+)*")


def _month_and_year(text: str) -> bool:
    return _MONTH_YEAR.fullmatch(text.strip()) is not None


_SIX_DIGITS = re.compile(r"0[0-9]{5}")


def _no_day_nor_serial(value: str) -> bool:
    """What no personal number is, whatever its shape: a month and a year, six digits padded
    with a zero (``009181``, a licence's serial; Belize's social security numbers are six digits,
    none padded), a value holding a day apart (an id and its day of issue in one cell)."""
    return (
        not _month_and_year(value)
        and not _SIX_DIGITS.fullmatch(compact_id(value))
        and not holds_a_day(value)
    )


DETECTORS: dict[str, Callable[[str], bool]] = {
    # ids are judged without the spaces, dots or dashes they are typed with (compact_id)
    "cccd": lambda v: is_valid_cccd(c := compact_id(v)) and c[3] in "0123",  # born 1900-2099
    "cmnd": lambda v: _CMND.fullmatch(compact_id(v)) is not None,
    "mst": lambda v: is_valid_mst(v.strip()) or is_valid_mst(compact_id(v)),
    "bhxh": lambda v: _BHXH.fullmatch(compact_id(v)) is not None,
    "bhyt": lambda v: _BHYT.fullmatch(compact_id(v).upper()) is not None,
    # a day written with its separators (``05/05/2025``) is no number of a person's
    "national_id": lambda v: (
        is_national_id(v) and (v.isdigit() or parse_date(v) is None) and _no_day_nor_serial(v)
    ),
    "phone": is_phone,
    "any_phone": is_any_phone,
    "any_national_id": lambda v: (
        is_any_national_id(v) and parse_date(v) is None and _no_day_nor_serial(v)
    ),
    "email": lambda v: _EMAIL.fullmatch(v.strip()) is not None,
    "full_name": is_vn_full_name,
    "family_name": is_family_name,
    "given_name": is_given_name,
    "given_names": is_given_names,
    "any_full_name": is_any_full_name,
    "any_surname": is_any_surname,
    "birth_date": is_birth_date,
    "date": lambda v: parse_date(v) is not None,
    "sex": lambda v: fold(v) in _SEX,
    # the lexicon's words for male and female in many languages, single letters too (``K``,
    # ``Ž``, ``男``): only with a sex hint
    "any_sex": lambda v: "".join(tokens(v)) in _SEX_WORDS or fold(v) in _SEX,
    "address": is_address,
    "full_address": is_full_address,
    "street": is_street,
    "any_street": is_any_street,
    "address_line": is_address_line,
    "place_list": is_place_list,
    "house_number": lambda v: HOUSE_NUMBER.fullmatch(v.strip()) is not None,
    "ward": admin("ward"),
    "district": admin("district"),
    "province": admin("province"),
    "postcode": lambda v: _POSTCODE.fullmatch(v.strip()) is not None,
    # ``Zango 5``, ``12-р хороо`` (the 12th khoroo): a neighbourhood named by its number too
    "suburb": lambda v: _NUMBERED_PLACE.fullmatch(v.strip()) is not None,
    "state": lambda v: _WORDS.fullmatch(v.strip()) is not None and len(v.strip()) <= 24,
    # a day and its time: ``2024-01-05 10:30``, ``198503120000`` (not ``12.03.1985 г.``)
    "timestamp": lambda v: parse_date(v) is not None and _with_time(v.strip()),
}

#: Roles a value format proves on its own; the others need a name hint too.
STRONG_ROLES = frozenset(
    {"cccd", "mst", "bhyt", "phone", "email", "full_name", "birth_date", "date", "sex"}
    | {"ward", "district", "province", "address", "timestamp"}
)


#: Birth dates of a population spread over years and lie well in the past; event dates (joined,
#: issued, registered) cluster in the few recent years a system has been running.
BIRTH_SPREAD_YEARS = 8
BIRTH_MEDIAN_AGE_YEARS = 10


def birth_spread(values: Sequence[str], today: date | None = None) -> tuple[float, float] | None:
    """(years between the 10th and 90th percentile date, median age in years) of the dates
    among ``values``; ``None`` when none parses."""
    days = [d for d in (parse_date(v) for v in values) if d is not None]
    return days_spread(days, today or date.today()) if days else None


def days_spread(days: Sequence[date], today: date) -> tuple[float, float]:
    """:func:`birth_spread` of days already read (at least one)."""
    ordered = sorted(days)
    n = len(ordered)
    spread = (ordered[min(n - 1, 9 * n // 10)] - ordered[n // 10]).days / 365.25
    return spread, (today - ordered[n // 2]).days / 365.25
