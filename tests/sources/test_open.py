"""From a URL or path to the right connector; passwords masked in everything shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from lienthong.errors import InputError
from lienthong.sources import mask_url, resolve_url, source_kind


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("population.db", "sqlite"),
        ("a/b/c.sqlite", "sqlite"),
        ("sqlite:///tmp/x.db", "sqlite"),
        ("postgresql+psycopg://u:p@h/db", "postgresql"),
        ("postgresql://u@h/db", "postgresql"),
        ("mysql+pymysql://root@h/db", "mariadb"),
        ("mariadb+pymysql://root@h/db", "mariadb"),
        ("land.CSV", "csv"),
        ("education.xlsx", "excel"),
    ],
)
def test_source_kind(url: str, kind: str) -> None:
    assert source_kind(url) == kind


@pytest.mark.parametrize("url", ["oracle://u@h/db", "notes.docx", "noextension"])
def test_unsupported_sources_are_input_errors(url: str) -> None:
    with pytest.raises(InputError):
        source_kind(url)


def test_relative_paths_resolve_against_the_base_folder(tmp_path: Path) -> None:
    assert resolve_url("land.csv", tmp_path) == str(tmp_path / "land.csv")
    assert resolve_url("sqlite:///rel.db", tmp_path) == str(tmp_path / "rel.db")
    url = "postgresql+psycopg://u:p@h/db"
    assert resolve_url(url, tmp_path) == url


def test_mask_url_hides_passwords_only() -> None:
    assert (
        mask_url("postgresql+psycopg://u:s3cret@h:5432/db")
        == "postgresql+psycopg://u:***@h:5432/db"
    )
    assert mask_url("/data/land.csv") == "/data/land.csv"
