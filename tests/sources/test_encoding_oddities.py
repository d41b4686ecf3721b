"""Odd encodings an agency's file may arrive in: each read as written, or refused with one
sentence before anything is registered."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lienthong.errors import EncodingError
from lienthong.quality._corpus import to_cp1258
from lienthong.sources import decode_bytes, open_connector_url

ROWS = [["ho_ten", "dia_chi"], ["Nguyễn Văn Đức", "Hồ Chí Minh"], ["Trần Thị Ánh", "Cộng hoà"]]
#: the TCVN3 (ABC) bytes of the letters above (the font encoding of pre-Unicode Vietnamese Word)
TCVN3 = {"ễ": 0xD4, "ă": 0xA8, "ồ": 0xE5, "í": 0xDD, "ị": 0xDE, "Đ": 0xA7, "ứ": 0xF8,
         "ộ": 0xE9, "à": 0xB5, "ầ": 0xC7, "Á": 0xB8}  # fmt: skip


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _tcvn3(text: str) -> bytes:
    return bytes(TCVN3.get(ch, ord(ch)) for ch in text)


def _converted_twice(text: str) -> bytes:
    """UTF-8 read as Windows-1252 (undefined bytes kept, as Windows does), saved as UTF-8."""
    undefined = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    misread = "".join(
        chr(b) if b in undefined else bytes([b]).decode("cp1252") for b in text.encode()
    )
    return misread.encode()


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", _csv(ROWS).encode("utf-8")),
        ("utf-8-sig", _csv(ROWS).encode("utf-8-sig")),
        ("utf-16", _csv(ROWS).encode("utf-16")),
        ("utf-16-le", _csv(ROWS).encode("utf-16-le")),
        ("cp1258", to_cp1258(_csv(ROWS))),
    ],
)
def test_vietnamese_files_read_back_as_written(tmp_path: Path, encoding: str, data: bytes) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    with open_connector_url(str(path)) as connector:
        rows = [dict(r) for batch in connector.iter_rows("people", batch_size=10) for r in batch]
        assert connector.encoding == encoding
    assert [[r["ho_ten"], r["dia_chi"]] for r in rows] == ROWS[1:]


def test_western_latin1_with_symbols_is_read_not_refused() -> None:
    text = "name;note\nZoë Müller;25 m², Nº 5, ©Acme®\nJosé Amélie;café\n"
    assert decode_bytes(text.encode("latin-1")).text == text


def test_tcvn3_is_refused_with_one_sentence() -> None:
    with pytest.raises(EncodingError, match="TCVN3") as caught:
        decode_bytes(_tcvn3(_csv(ROWS)), name="The file people.csv")
    assert "Unicode" in (caught.value.hint or "")


def test_text_converted_twice_is_refused_naming_a_word() -> None:
    with pytest.raises(EncodingError, match="converted twice") as caught:
        decode_bytes(_converted_twice(_csv(ROWS)), name="The file people.csv")
    assert "'Nguyễn'" in str(caught.value)


@pytest.mark.parametrize("spoil", [_tcvn3, _converted_twice])
def test_registering_a_garbled_file_stores_nothing(tmp_path: Path, spoil: object) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(spoil(_csv(ROWS)))  # type: ignore[operator]
    env = dict(os.environ, LIENTHONG_HOME=str(tmp_path / "home"))
    env.pop("LIENTHONG_STORE_URL", None)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", "from lienthong.cli import main; main()", *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)

    assert cli("registry", "add-agency", "PX", "UBND").returncode == 0
    refused = cli("registry", "add-source", "PX", "nd", str(path))
    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert "TCVN3" in refused.stderr or "converted twice" in refused.stderr
    listed = cli("registry", "list", "--json")
    assert listed.returncode == 0 and '"nd"' not in listed.stdout
