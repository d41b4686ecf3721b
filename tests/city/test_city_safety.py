"""Bad input loses nothing: no overwrite, no half-written city, one clear sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from lienthong.city import CityConfig, generate_city
from lienthong.errors import ConflictError, InputError, SourceUnavailableError


def test_refuses_a_non_empty_folder_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "city"
    out.mkdir()
    (out / "keep.txt").write_text("precious")
    with pytest.raises(ConflictError, match="not empty"):
        generate_city(CityConfig(people=50, out=out))
    assert (out / "keep.txt").read_text() == "precious"
    generate_city(CityConfig(people=50, out=out, force=True))
    assert not (out / "keep.txt").exists() and (out / "manifest.json").exists()


def test_an_empty_existing_folder_is_fine(tmp_path: Path) -> None:
    out = tmp_path / "city"
    out.mkdir()
    assert generate_city(CityConfig(people=50, out=out)).manifest.exists()


def test_unreachable_target_fails_before_writing_anything(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/nowhere"
    with pytest.raises(SourceUnavailableError, match="Cannot reach the population target"):
        generate_city(CityConfig(people=50, out=tmp_path / "city", targets={"population": url}))
    assert list(tmp_path.iterdir()) == []


def test_bad_target_url_and_file_sources_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a usable database URL"):
        generate_city(CityConfig(people=50, out=tmp_path / "c", targets={"business": "nope"}))
    with pytest.raises(InputError, match="file exports"):
        CityConfig(targets={"land": "sqlite://"})
    assert list(tmp_path.iterdir()) == []


def test_a_failure_midway_leaves_no_temp_folder(tmp_path: Path) -> None:
    def explode(step: str, done: int, total: int) -> None:
        if step == "land.land":
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        generate_city(CityConfig(people=300, out=tmp_path / "city"), progress=explode)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_for_every_step(tmp_path: Path) -> None:
    steps: dict[str, tuple[int, int]] = {}
    generate_city(
        CityConfig(people=300, out=tmp_path / "city"),
        progress=lambda s, d, t: steps.__setitem__(s, (d, t)),
    )
    assert "people" in steps and "population.cong_dan" in steps and "truth" in steps
    assert all(done == total for done, total in steps.values())
