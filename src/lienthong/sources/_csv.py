"""CSV files: any encoding agencies really use (see ``_encoding``), delimiter sniffed."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from lienthong.errors import InputError
from lienthong.sources._base import DEFAULT_TIMEOUT_S
from lienthong.sources._encoding import decode_file
from lienthong.sources._filebase import FileConnector, read_csv_clause

#: Delimiters seen in Vietnamese government exports (Excel in vi-VN locale writes ';').
DELIMITERS = ",;\t|"


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text, judged on its first lines; ',' when unclear.

    A file whose every delimiter is followed by a space (``a, b, c``: FEBRL and hand-typed
    exports) gets the delimiter with its space, so values do not all start with a space.
    """
    sample = "\n".join(text[:65_536].splitlines()[:50])
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = sample.split("\n", 1)[0]
        counts = {d: header.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        found = best if counts[best] else ","
    found = _most_columns_consistently(sample, found)
    spaced = found + " "
    if found != "\t" and sample.count(found) and sample.count(found) == sample.count(spaced):
        return spaced
    return found


def _most_columns_consistently(sample: str, sniffed: str) -> str:
    """Of the delimiters that split every record of ``sample`` into the same number (>1) of
    fields, the one giving the most fields; ``sniffed`` when none does better.

    The sniffer judges characters' frequencies, so a ``;`` file whose addresses hold two commas
    each (``12 Lê Lợi, Phường X, TP``) can look like a 3-column ``,`` file; splitting it on ``;``
    gives 6 fields on every line, which is the file's real shape."""
    best, best_fields = sniffed, _consistent_fields(sample, sniffed)
    for delimiter in DELIMITERS:
        fields = _consistent_fields(sample, delimiter)
        if fields > best_fields:
            best, best_fields = delimiter, fields
    return best


def _consistent_fields(sample: str, delimiter: str) -> int:
    """The number of fields 90 % of the sample's records have with ``delimiter`` (quotes
    respected; the last record may be cut short), or 0 when they disagree or have one."""
    records = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r][:-1]
    if not records:
        return 0
    fields, count = Counter(len(r) for r in records).most_common(1)[0]
    return fields if fields > 1 and count >= 0.9 * len(records) else 0


#: Cells no header is made of: a day (17/12/1945, 1945-12-17) or a long number (an id, a phone).
_DATA_CELL = re.compile(r"[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}|[+]?[0-9][0-9 .]{5,}")


def has_header_row(text: str, delimiter: str) -> bool:
    """Whether the first row names the columns. A row holding a date or a number of six digits
    or more is data: column names are words (``Ngày sinh``, ``SoCCCD``, ``c1``), never
    ``17/12/1945`` or ``036045068806``, so a file exported without its header is read whole."""
    first = next(csv.reader(io.StringIO(text[:65_536]), delimiter=delimiter[0]), [])
    return not any(_DATA_CELL.fullmatch(cell.strip()) for cell in first)


class CsvConnector(FileConnector):
    """One CSV file = one table named after the file's stem (``land.csv`` → ``land``)."""

    kind = "csv"

    def __init__(
        self,
        path: Path,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        keys: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(path, timeout_s=timeout_s, keys=keys)
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.header: bool = True

    def describe_source(self) -> str:
        return f"the CSV file {self.path.name}"

    def _load(self, workdir: Path) -> dict[str, str]:
        decoded = decode_file(self.path)
        if not decoded.text.strip():
            raise InputError(f"The CSV file {self.path.name} is empty: it needs a header row.")
        self.encoding = decoded.encoding
        self.delimiter = sniff_delimiter(decoded.text.lstrip("\ufeff"))
        self.header = has_header_row(decoded.text.lstrip("\ufeff"), self.delimiter)
        readable = self.path
        if decoded.encoding not in ("utf-8", "utf-8-sig"):
            # DuckDB reads UTF-8 only (offline): hand it a transcoded copy.
            readable = workdir / f"{self.path.stem}.csv"
            readable.write_text(decoded.text, encoding="utf-8", newline="")
        clause = read_csv_clause(readable, delimiter=self.delimiter, header=self.header)
        return {self.path.stem: clause}
