"""SQL dialects the checks compile to: one rule definition, several engines.

A check kind writes its predicate once, with the small vocabulary below (regex match, substring,
guarded integer cast, concatenation, accent folding, ISO-date extraction). Each engine spells
those pieces its own way; everything else is the SQL the three engines share (CASE, SUBSTR,
TRIM, window functions). We write the pieces by hand rather than transpile because regex,
string escaping and text casts are exactly where transpilers guess, and counts must agree
to the row on every engine.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import ClassVar

from lienthong.normalize import TWO_DIGIT_PIVOT
from lienthong.profiling import (
    EXCEL_EPOCH,
    EXCEL_SERIALS,
    MONTH_NAME_ISO,
    MONTH_NAMES,
    SPACED_DAY_FIRST,
    month_marker,
    month_name_steps,
)

#: Vietnamese lower-case letters with diacritics, and the base letter each folds to.
_ACCENTED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_BASE = "a" * 17 + "e" * 11 + "i" * 5 + "o" * 17 + "u" * 11 + "y" * 5 + "d"
assert len(_ACCENTED) == len(_BASE)

#: Day-first dates as Vietnamese silos write them: d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, and the
#: closing dot of Croatian, Serbian and Hungarian forms (dd.mm.yyyy.)
DAY_FIRST = "^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}[.]?$"
#: A compact day with its time run on (``198503120000``, ``19850312093000``), years 1800-2099.
COMPACT_WITH_TIME = "^(18|19|20)[0-9]{6}([0-9]{4}|[0-9]{6})$"
#: ... and with a two-digit year (``dd-mm-yy``), read with the record normalisation's pivot.
DAY_FIRST_YY = "^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2}$"

#: ``12. 3. 1985``, ``12.03.1985 г.``: day first with dots, spaces after them, a year word
#: after the year (profiling's pattern, read whole), and the day, month and year it holds.
SPACED = f"^{SPACED_DAY_FIRST}$"
_SPACED_PARTS = "^([0-9]{1,2})[.] ?([0-9]{1,2})[.] ?([0-9]{4}).*$"

#: Unicode combining diacritical marks: present only in decomposed (NFD) Vietnamese text.
COMBINING_MARKS = "[\u0300-\u036f]"


#: The first year a date is read as a real day: before it, a placeholder or another calendar.
FIRST_YEAR = 1800


class Dialect(ABC):
    """The engine-specific spelling of the pieces checks are built from."""

    name: ClassVar[str]

    def quote(self, identifier: str) -> str:
        return '"' + identifier.replace('"', '""') + '"'

    def literal(self, value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    def column(self, name: str, alias: str = "t") -> str:
        return f"{alias}.{self.quote(name)}"

    @abstractmethod
    def text(self, expr: str) -> str:
        """Any value as text (dates, numbers and strings alike)."""

    def ascii_digits(self, expr: str, digits: str) -> str:
        """``expr`` as text with the ten ``digits`` of another script (``၀``…``၉``) as 0–9."""
        return f"TRANSLATE({self.text(expr)}, {self.literal(digits)}, '0123456789')"

    @abstractmethod
    def regex(self, expr: str, pattern: str) -> str:
        """TRUE when ``expr`` matches the (RE2/PCRE/POSIX-compatible) ``pattern``."""

    @abstractmethod
    def regex_replace_all(self, expr: str, pattern: str, replacement: str) -> str: ...

    @abstractmethod
    def to_int(self, expr: str) -> str:
        """``expr`` (known to be digits) as an integer."""

    @abstractmethod
    def concat(self, *parts: str) -> str: ...

    def length(self, expr: str) -> str:
        return f"LENGTH({expr})"

    def substr(self, expr: str, start: int, length: int) -> str:
        return f"SUBSTR({expr}, {start}, {length})"

    def exact(self, expr: str) -> str:
        """``expr`` as grouped / compared exactly (MySQL needs a binary collation for that)."""
        return expr

    def fold(self, expr: str) -> str:
        """Lower case, no diacritics, single spaces: the key near-duplicates are grouped on."""
        stripped = self.regex_replace_all(f"LOWER(TRIM({expr}))", COMBINING_MARKS, "")
        spaced = self.regex_replace_all(stripped, "[[:space:]]+", " ")
        return self._translate(spaced, _ACCENTED, _BASE)

    @abstractmethod
    def _translate(self, expr: str, source: str, target: str) -> str: ...

    def iso_date(self, expr: str) -> str:
        """``yyyy-mm-dd`` text from the ways Vietnamese silos write a day, else NULL.

        Understood: ISO ``yyyy-mm-dd`` (date or timestamp), ``yyyy/mm/dd``, ``yyyy.mm.dd``,
        day-first ``d/m/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` (and ``dd.mm.yyyy.``), ``dd-mm-yy``
        (two-digit year, pivot ``TWO_DIGIT_PIVOT``) and the compact ``yyyymmdd`` that foreign
        and mainframe exports write (an 8-digit number column reads the same), also with its
        time run on (``198503120000``), and ``12. 3. 1985`` or ``12.03.1985 г.`` (spaces after
        the dots, a year word after the year: :data:`SPACED`). The result
        compares correctly as text, so freshness and agreement checks never need a date type
        (SQLite, CSV and Excel sources keep dates as text).
        """
        v = f"TRIM({self.text(expr)})"
        ymd = self.concat(
            self.substr(v, 1, 4), "'-'", self.substr(v, 6, 2), "'-'", self.substr(v, 9, 2)
        )
        compact = self.concat(
            self.substr(v, 1, 4), "'-'", self.substr(v, 5, 2), "'-'", self.substr(v, 7, 2)
        )
        spaced = self.regex_replace_all(v, _SPACED_PARTS, "\\1.\\2.\\3")
        return (
            f"CASE WHEN {self.regex(v, '^[0-9]{4}-[0-9]{2}-[0-9]{2}')} "
            f"THEN {self.substr(v, 1, 10)} "
            f"WHEN {self.regex(v, '^[0-9]{4}[/.][0-9]{2}[/.][0-9]{2}$')} THEN {ymd} "
            f"WHEN {self.regex(v, DAY_FIRST)} THEN {self._day_first(v)} "
            f"WHEN {self.regex(v, '^[0-9]{8}$')} THEN {compact} "
            f"WHEN {self.regex(v, COMPACT_WITH_TIME)} THEN {compact} "
            f"WHEN {self.regex(v, DAY_FIRST_YY)} THEN {self._day_first(self._four_digit_year(v))} "
            f"WHEN {self.regex(v, SPACED)} THEN {self._day_first(spaced)} "
            "ELSE NULL END"
        )

    def iso_date_of_days(self, expr: str) -> str:
        """:meth:`iso_date` for a column the profile read as Excel day numbers (``26345`` or
        ``26345.0``: 1972-02-16, days since :data:`EXCEL_EPOCH`), with the profile's range;
        a value written as a date in such a column is read as :meth:`iso_date` reads it."""
        v = f"TRIM({self.text(expr)})"
        days = self.to_int(self.regex_replace_all(v, "[.]0+$", ""))
        first, last = EXCEL_SERIALS.start, EXCEL_SERIALS.stop - 1
        return (
            f"CASE WHEN {self.regex(v, '^[0-9]{1,5}([.]0+)?$')} "
            f"AND {days} BETWEEN {first} AND {last} "
            f"THEN {self._epoch_plus(days)} ELSE {self.iso_date(expr)} END"
        )

    def iso_date_of_years(self, expr: str) -> str:
        """:meth:`iso_date` for a birth date column the profile read as years of birth
        (``1948``, or ``1948.0`` from a spreadsheet): a year is its 1st of January; a value
        written as a date is read as :meth:`iso_date` reads it."""
        v = f"TRIM({self.text(expr)})"
        first_day = self.concat(self.substr(v, 1, 4), "'-01-01'")
        return (
            f"CASE WHEN {self.regex(v, '^(18|19|20)[0-9]{2}([.]0+)?$')} "
            f"THEN {first_day} ELSE {self.iso_date(expr)} END"
        )

    def iso_date_month_first(self, expr: str) -> str:
        """:meth:`iso_date` for a column the profile read month first (``03/25/1985``,
        ``3-25-85``): the first two fields swap places, then read as day first; other values
        are read as :meth:`iso_date` reads them."""
        v = f"TRIM({self.text(expr)})"
        swapped = self.regex_replace_all(v, "^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]", "\\2/\\1/")
        return (
            f"CASE WHEN {self.regex(v, DAY_FIRST)} THEN {self._day_first(swapped)} "
            f"WHEN {self.regex(v, DAY_FIRST_YY)} "
            f"THEN {self._day_first(self._four_digit_year(swapped))} "
            f"ELSE {self.iso_date(expr)} END"
        )

    def iso_date_month_names(self, expr: str) -> str:
        """:meth:`iso_date` for a column the profile read month names in (``13 Oct 1978``,
        ``Oct 13, 1978``, ``1978-Oct-13``, ``13.Okt.78``): the steps profiling reads them
        with (:data:`lienthong.profiling.MONTH_NAMES`, ``month_name_steps``), as a chain of
        REPLACE and regular replacements every engine runs; other values are read as
        :meth:`iso_date` reads them. The day is not checked for existence here."""
        named = f"REPLACE(LOWER(TRIM({self.text(expr)})), '#', '')"
        for name, month in MONTH_NAMES:
            # an engine whose LOWER leaves non-ASCII letters alone (a C collation) still
            # sees ``FÉVR`` as ``fÉvr``: that spelling is replaced too
            upper = "".join(c if c.isascii() else c.upper() for c in name)
            for spelling in dict.fromkeys((name, upper)):
                named = f"REPLACE({named}, {self.literal(spelling)}, '{month_marker(month)}')"
        for pattern, replacement in month_name_steps(TWO_DIGIT_PIVOT):
            named = self.regex_replace_all(named, pattern, replacement)
        return f"COALESCE({self._whole_match(named, MONTH_NAME_ISO)}, {self.iso_date(expr)})"

    def _whole_match(self, expr: str, pattern: str) -> str:
        """``expr`` when it matches the anchored ``pattern``, else NULL (an engine with a
        function for it writes ``expr`` once: the month-name chain is long)."""
        return f"CASE WHEN {self.regex(expr, pattern)} THEN {expr} END"

    @abstractmethod
    def _epoch_plus(self, days: str) -> str:
        """``yyyy-mm-dd`` text of :data:`EXCEL_EPOCH` plus ``days`` (an integer expression)."""

    def _four_digit_year(self, v: str) -> str:
        """``dd-mm-yy`` as ``dd-mm/yyyy``: 19yy above ``TWO_DIGIT_PIVOT``, else 20yy (as
        :func:`lienthong.normalize.parse_date` and profiling read it)."""
        yy = self.to_int(self.regex_replace_all(v, "^.*[/.-]", ""))
        old = self.regex_replace_all(v, "[/.-]([0-9]{2})$", "/19\\1")
        new = self.regex_replace_all(v, "[/.-]([0-9]{2})$", "/20\\1")
        return f"CASE WHEN {yy} > {TWO_DIGIT_PIVOT} THEN {old} ELSE {new} END"

    def _day_first(self, v: str) -> str:
        """``yyyy-mm-dd`` from text known to match :data:`DAY_FIRST` (not checked for validity)."""
        padded = self.regex_replace_all(v, "^([0-9])[/.-]", "0\\1/")
        padded = self.regex_replace_all(padded, "^([0-9]{2})[/.-]([0-9])[/.-]", "\\1/0\\2/")
        padded = self.regex_replace_all(padded, "^([0-9]{2})[/.-]([0-9]{2})[/.-]", "\\1/\\2/")
        return self.concat(
            self.substr(padded, 7, 4), "'-'", self.substr(padded, 4, 2), "'-'",
            self.substr(padded, 1, 2),
        )  # fmt: skip

    def valid_iso_date(self, iso: str) -> str:
        """TRUE when the ``yyyy-mm-dd`` text ``iso`` names a real calendar day."""
        year = self.to_int(self.substr(iso, 1, 4))
        month = self.to_int(self.substr(iso, 6, 2))
        day = self.to_int(self.substr(iso, 9, 2))
        leap = f"({year} % 4 = 0 AND ({year} % 100 <> 0 OR {year} % 400 = 0))"
        days = (
            f"CASE WHEN {month} IN (4, 6, 9, 11) THEN 30 "
            f"WHEN {month} = 2 THEN CASE WHEN {leap} THEN 29 ELSE 28 END ELSE 31 END"
        )
        return (
            f"({iso} IS NOT NULL AND {month} BETWEEN 1 AND 12 AND {day} >= 1 "
            f"AND {day} <= {days} AND {year} >= {FIRST_YEAR})"
        )

    def ward_segment(self, expr: str) -> str:
        """The second-to-last comma-separated part of an address (the ward, after 2025)."""
        return f"TRIM(SPLIT_PART({expr}, ',', -2))"


class DuckDBDialect(Dialect):
    name = "duckdb"

    def text(self, expr: str) -> str:
        return f"CAST({expr} AS VARCHAR)"

    def regex(self, expr: str, pattern: str) -> str:
        # A fixed-shape pattern (phone numbers, codes) runs as GLOB, ~2x cheaper than RE2.
        glob = glob_for(pattern)
        if glob is not None:
            return f"({expr} GLOB {self.literal(glob)})"
        return f"REGEXP_MATCHES({expr}, {self.literal(pattern)})"

    def regex_replace_all(self, expr: str, pattern: str, replacement: str) -> str:
        return f"REGEXP_REPLACE({expr}, {self.literal(pattern)}, {self.literal(replacement)}, 'g')"

    def to_int(self, expr: str) -> str:
        return f"TRY_CAST({expr} AS INTEGER)"

    def concat(self, *parts: str) -> str:
        return "(" + " || ".join(parts) + ")"

    def _translate(self, expr: str, source: str, target: str) -> str:
        return f"TRANSLATE({expr}, {self.literal(source)}, {self.literal(target)})"

    def _epoch_plus(self, days: str) -> str:
        return f"STRFTIME(DATE '{EXCEL_EPOCH.isoformat()}' + {days}, '%Y-%m-%d')"

    def iso_date(self, expr: str) -> str:
        # A DATE/TIMESTAMP column (Parquet, PostgreSQL via the scanner) needs no text parsing;
        # typeof() is constant per column, so the text path only runs for text columns.
        typed = "typeof({0}) IN ('DATE', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', 'TIMESTAMP_NS')"
        return (
            f"CASE WHEN {typed.format(expr)} "
            f"THEN CAST(TRY_CAST({expr} AS DATE) AS VARCHAR) "
            f"ELSE {super().iso_date(expr)} END"
        )

    def _whole_match(self, expr: str, pattern: str) -> str:
        return f"NULLIF(REGEXP_EXTRACT({expr}, {self.literal(pattern)}), '')"

    def _day_first(self, v: str) -> str:
        # strptime is several times cheaper than three regex replacements; it only answers
        # for real days, and the text path gives the same answer there and handles the rest
        # (30/02 stays "…-02-30", so every engine judges it the same way).
        parsed = f"TRY_STRPTIME({v}, ['%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y'])"
        return f"COALESCE(STRFTIME({parsed}, '%Y-%m-%d'), {super()._day_first(v)})"

    def fold(self, expr: str) -> str:
        # DuckDB's TRANSLATE is ~7x slower than STRIP_ACCENTS, which gives the same result on
        # Vietnamese letters (and drops NFD marks too); only đ has no decomposition.
        stripped = f"REPLACE(STRIP_ACCENTS(LOWER(TRIM({expr}))), 'đ', 'd')"
        return self.regex_replace_all(stripped, "[[:space:]]+", " ")


_ATOM = re.compile(
    r"\[(?P<cls>[^\]\\^!\[]+)\]"  # a bracket class (no negation, nesting or escapes)
    r"|\\(?P<esc>[-.+*?()|{}^$/])"  # an escaped punctuation character
    r"|(?P<lit>[A-Za-z0-9 _,;:#@%&=~<>'\"/-])"  # a character standing for itself
)
_REPEAT = re.compile(r"\{(?P<n>[0-9]{1,2})\}")
_CLASS_PART = re.compile(r"(?P<lo>[ -~])-(?P<hi>[ -~])|(?P<one>[ -~])")


def glob_for(pattern: str) -> str | None:
    """The GLOB matching exactly what the anchored ``pattern`` matches, if it has that shape.

    Only ``^…$`` patterns built from ASCII literals and ASCII bracket classes (``[0-9]``,
    ``[A-Z_]``), each optionally repeated ``{n}`` times, qualify: every element then matches
    exactly one ASCII character, so the byte-wise GLOB and the character-wise RE2 match accept
    the same strings. Anything else (alternation, ranges of counts, ``.``, negated classes,
    non-ASCII) returns None and stays a regular expression.
    """
    if not (pattern.startswith("^") and pattern.endswith("$")) or pattern.endswith("\\$"):
        return None
    body, out, at = pattern[1:-1], [], 0
    while at < len(body):
        atom = _ATOM.match(body, at)
        if atom is None:
            return None
        if atom["cls"] is not None:
            members = _class_members(atom["cls"])
            if members is None:
                return None
            piece = f"[{members}]"
        else:
            char = atom["esc"] or atom["lit"]
            piece = f"[{char}]" if char in "*?[" else char
        at = atom.end()
        repeat = _REPEAT.match(body, at)
        count = 1
        if repeat is not None:
            count, at = int(repeat["n"]), repeat.end()
        out.append(piece * count)
    return "".join(out) or None


def _class_members(content: str) -> str | None:
    """A bracket class's members for GLOB, or None when GLOB would read it differently."""
    parts: list[str] = []
    at = 0
    while at < len(content):
        part = _CLASS_PART.match(content, at)
        if part is None:
            return None
        if part["lo"] is not None:
            if part["lo"] > part["hi"] or "-" in (part["lo"], part["hi"]):
                return None
            parts.append(f"{part['lo']}-{part['hi']}")
        elif part["one"] in "-!^]\\[":
            return None
        else:
            parts.append(part["one"])
        at = part.end()
    return "".join(parts)


class PostgresDialect(Dialect):
    name = "postgresql"

    def text(self, expr: str) -> str:
        return f"CAST({expr} AS TEXT)"

    def regex(self, expr: str, pattern: str) -> str:
        return f"({expr} ~ {self.literal(pattern)})"

    def regex_replace_all(self, expr: str, pattern: str, replacement: str) -> str:
        return f"REGEXP_REPLACE({expr}, {self.literal(pattern)}, {self.literal(replacement)}, 'g')"

    def to_int(self, expr: str) -> str:
        # Callers guard with a digits regex, but PostgreSQL may evaluate a cast before the
        # guard, so non-digits are stripped first: the cast can never raise.
        return f"CAST(NULLIF(REGEXP_REPLACE({expr}, '[^0-9]', '', 'g'), '') AS INTEGER)"

    def concat(self, *parts: str) -> str:
        return "(" + " || ".join(parts) + ")"

    def _translate(self, expr: str, source: str, target: str) -> str:
        return f"TRANSLATE({expr}, {self.literal(source)}, {self.literal(target)})"

    def _whole_match(self, expr: str, pattern: str) -> str:
        return f"SUBSTRING({expr} FROM {self.literal(pattern)})"  # NULL when it does not match

    def _epoch_plus(self, days: str) -> str:
        return f"TO_CHAR(DATE '{EXCEL_EPOCH.isoformat()}' + {days}, 'YYYY-MM-DD')"


def pcre_end_only(pattern: str) -> str:
    """``pattern`` with each ``$`` anchor as ``\\z``: PCRE's ``$`` (MariaDB's REGEXP) also matches
    before a final newline, where RE2 (DuckDB) and PostgreSQL match only at the very end, so
    ``^[0-9]{12}$`` would count ``"079090000001\\n"`` as well-formed on MariaDB alone."""
    out: list[str] = []
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            out.append(pattern[at : at + 2])
            at += 2
        elif char == "[":  # a bracket class is copied whole: a '$' in it is a '$'
            end = _class_end(pattern, at)
            out.append(pattern[at:end])
            at = end
        else:
            out.append("\\z" if char == "$" else char)
            at += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """The index just past the bracket class opening at ``start`` (``[]a]``, ``[^]a]`` and
    ``[[:space:]]`` included)."""
    at = start + 1
    if pattern[at : at + 1] == "^":
        at += 1
    if pattern[at : at + 1] == "]":
        at += 1
    while at < len(pattern):
        if pattern.startswith("[:", at) and ":]" in pattern[at + 2 :]:
            at = pattern.index(":]", at + 2) + 2
        elif pattern[at] == "\\":
            at += 2
        elif pattern[at] == "]":
            return at + 1
        else:
            at += 1
    return len(pattern)


class MySQLDialect(Dialect):
    """MariaDB and MySQL (default ``sql_mode``: backslashes escape, ``||`` means OR)."""

    name = "mysql"

    def quote(self, identifier: str) -> str:
        return "`" + identifier.replace("`", "``") + "`"

    def literal(self, value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"

    def text(self, expr: str) -> str:
        # Binary collation: under the usual *_ci collations 'Bình' = 'binh', which would hide
        # exactly the differences the checks count.
        return f"(CONVERT({expr} USING utf8mb4) COLLATE utf8mb4_bin)"

    def ascii_digits(self, expr: str, digits: str) -> str:
        out = self.text(expr)  # MariaDB has no TRANSLATE
        for ascii_digit, digit in enumerate(digits):
            out = f"REPLACE({out}, {self.literal(digit)}, '{ascii_digit}')"
        return out

    def regex(self, expr: str, pattern: str) -> str:
        # A case-insensitive collation would fold case; PCRE's inline (?-i) keeps it exact.
        return f"({expr} REGEXP {self.literal('(?-i)' + pcre_end_only(pattern))})"

    def regex_replace_all(self, expr: str, pattern: str, replacement: str) -> str:
        return f"REGEXP_REPLACE({expr}, {self.literal(pattern)}, {self.literal(replacement)})"

    def to_int(self, expr: str) -> str:
        return f"CAST({expr} AS SIGNED)"

    def exact(self, expr: str) -> str:
        return self.text(expr)

    def concat(self, *parts: str) -> str:
        return "CONCAT(" + ", ".join(parts) + ")"

    def length(self, expr: str) -> str:
        return f"CHAR_LENGTH({expr})"

    def _translate(self, expr: str, source: str, target: str) -> str:
        out = expr
        for accented, base in zip(source, target, strict=True):
            out = f"REPLACE({out}, {self.literal(accented)}, {self.literal(base)})"
        return out

    def _whole_match(self, expr: str, pattern: str) -> str:
        # MariaDB answers '' where MySQL answers NULL for no match
        found = f"REGEXP_SUBSTR({expr}, {self.literal('(?-i)' + pcre_end_only(pattern))})"
        return f"NULLIF({found}, '')"

    def _epoch_plus(self, days: str) -> str:
        day = f"DATE_ADD(DATE '{EXCEL_EPOCH.isoformat()}', INTERVAL {days} DAY)"
        return f"DATE_FORMAT({day}, '%Y-%m-%d')"

    def ward_segment(self, expr: str) -> str:
        return f"TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX({expr}, ',', -2), ',', 1))"


DIALECTS: dict[str, Dialect] = {
    d.name: d for d in (DuckDBDialect(), PostgresDialect(), MySQLDialect())
}


def dialect_for(kind: str) -> Dialect:
    """The dialect for a source kind or engine name (``mariadb`` is spelled like MySQL)."""
    aliases = {"mariadb": "mysql", "postgres": "postgresql"}
    return DIALECTS[aliases.get(kind, kind)]
