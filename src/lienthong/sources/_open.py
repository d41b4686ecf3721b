"""From a registry source (or a bare URL / path) to the right connector."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from lienthong.errors import InputError
from lienthong.sources._base import DEFAULT_TIMEOUT_S, Connector

_FILE_KINDS = {
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "excel",
    ".xlsm": "excel",
}
_URL_KINDS = {
    "sqlite": "sqlite",
    "postgresql": "postgresql",
    "mysql": "mariadb",
    "mariadb": "mariadb",
}


class DatasetLike(Protocol):
    @property
    def table(self) -> str: ...

    @property
    def key(self) -> tuple[str, ...]: ...


class SourceLike(Protocol):
    """What a connector needs from a registered source (``lienthong.registry.Source``)."""

    @property
    def url(self) -> str: ...

    @property
    def datasets(self) -> Sequence[DatasetLike]: ...


def _is_url(url: str) -> bool:
    return "://" in url and not Path(url).exists()


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise InputError(f"{mask_url(url)!r} is not a database URL or a file path.") from exc


def source_kind(url: str) -> str:
    """``sqlite``, ``postgresql``, ``mariadb``, ``csv`` or ``excel`` for a URL or file path."""
    if _is_url(url):
        backend = _parse(url).get_backend_name()
        if backend not in _URL_KINDS:
            raise InputError(
                f"lienthong cannot connect to {backend} databases ({mask_url(url)}).",
                hint="Supported: SQLite, PostgreSQL, MariaDB/MySQL, CSV and .xlsx files.",
            )
        return _URL_KINDS[backend]
    suffix = Path(url).suffix.lower()
    if suffix == ".xls":
        raise InputError(
            f"{Path(url).name} is an old .xls workbook, which lienthong cannot read.",
            hint="Open it in Excel or LibreOffice and save it as .xlsx.",
        )
    if suffix not in _FILE_KINDS:
        raise InputError(
            f"lienthong does not know how to read {Path(url).name!r}.",
            hint="Give a database URL or a .db/.sqlite, .csv or .xlsx file.",
        )
    return _FILE_KINDS[suffix]


def resolve_url(url: str, base_dir: Path | None = None) -> str:
    """The URL with a relative file path made absolute against ``base_dir`` (else the cwd)."""
    if _is_url(url):
        parsed = _parse(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            return str(_absolute(Path(parsed.database), base_dir))
        return url
    return str(_absolute(Path(url), base_dir))


def mask_url(url: str) -> str:
    """The URL safe to show: any password replaced by ``***``."""
    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def open_connector(source: SourceLike, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> Connector:
    """The connector for a registered source (its URL is already absolute).

    File sources get an index on each dataset's key, so keyed lookups do not scan the file.
    """
    keys = {d.table: tuple(d.key) for d in source.datasets if d.key}
    return open_connector_url(source.url, timeout_s=timeout_s, keys=keys)


def open_connector_url(
    url: str,
    base_dir: Path | None = None,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    keys: Mapping[str, tuple[str, ...]] | None = None,
) -> Connector:
    """The connector for a database URL or a file path (relative to ``base_dir``).

    ``keys`` (table → key columns) lets file connectors index their in-memory copy.
    """
    kind = source_kind(url)
    if kind in ("postgresql", "mariadb"):
        parsed = _parse(url)
        if kind == "postgresql":
            from lienthong.sources._postgres import PostgresConnector

            return PostgresConnector(parsed, timeout_s=timeout_s)
        from lienthong.sources._mariadb import MariaDbConnector

        return MariaDbConnector(parsed, timeout_s=timeout_s)
    path = Path(resolve_url(url, base_dir))
    if kind == "sqlite":
        from lienthong.sources._sqlite import SqliteConnector

        return SqliteConnector(path, timeout_s=timeout_s)
    if kind == "csv":
        from lienthong.sources._csv import CsvConnector

        return CsvConnector(path, timeout_s=timeout_s, keys=keys)
    from lienthong.sources._excel import ExcelConnector

    return ExcelConnector(path, timeout_s=timeout_s, keys=keys)


def _absolute(path: Path, base_dir: Path | None) -> Path:
    path = path.expanduser()
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    return path.resolve()
