"""CSV files: any encoding agencies really use (see ``_encoding``), delimiter sniffed."""

from __future__ import annotations

import csv
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
    spaced = found + " "
    if found != "\t" and sample.count(found) and sample.count(found) == sample.count(spaced):
        return spaced
    return found


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

    def describe_source(self) -> str:
        return f"the CSV file {self.path.name}"

    def _load(self, workdir: Path) -> dict[str, str]:
        decoded = decode_file(self.path)
        if not decoded.text.strip():
            raise InputError(f"The CSV file {self.path.name} is empty: it needs a header row.")
        self.encoding = decoded.encoding
        self.delimiter = sniff_delimiter(decoded.text.lstrip("\ufeff"))
        readable = self.path
        if decoded.encoding not in ("utf-8", "utf-8-sig"):
            # DuckDB reads UTF-8 only (offline): hand it a transcoded copy.
            readable = workdir / f"{self.path.stem}.csv"
            readable.write_text(decoded.text, encoding="utf-8", newline="")
        return {self.path.stem: read_csv_clause(readable, delimiter=self.delimiter)}
