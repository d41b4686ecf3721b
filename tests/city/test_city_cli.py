"""`lienthong city generate`: thin CLI over generate_city, JSON for scripts, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lienthong.cli import _register_commands, app
from lienthong.errors import InputError, SourceUnavailableError

_register_commands()
runner = CliRunner()


def _invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_generate_json_reports_the_city(tmp_path: Path) -> None:
    code, output = _invoke(
        "city",
        "generate",
        "--people",
        "200",
        "--seed",
        "4",
        "--out",
        str(tmp_path / "c"),
        "--defect-rate",
        "typo_name=0.2",
        "--json",
    )
    assert code == 0, output
    report = json.loads(output)
    assert report["people"] == 200 and report["records"]["population.cong_dan"] == 200
    manifest = json.loads((tmp_path / "c" / "manifest.json").read_text("utf-8"))
    assert manifest["generator"]["defect_rates"]["typo_name"] == 0.2


def test_help_teaches_the_options() -> None:
    code, output = _invoke("city", "generate", "--help")
    assert code == 0
    for option in (
        "--people",
        "--seed",
        "--out",
        "--target",
        "--defect-rate",
        "--clean",
        "--force",
        "--json",
    ):
        assert option in output


def _run(*args: str) -> tuple[int, str, str]:
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", "from lienthong.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "COLUMNS": "400"},
    )
    return done.returncode, done.stdout, done.stderr


def test_non_empty_folder_is_one_sentence_and_exit_code_5(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "x").write_text("x")
    code, _, err = _run("city", "generate", "--people", "50", "--out", str(tmp_path / "c"))
    assert code == 5
    assert "is not empty" in err and "--force" in err and "Traceback" not in err


def test_unreachable_target_raises_the_source_unavailable_sentence(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "city",
            "generate",
            "--people",
            "50",
            "--out",
            str(tmp_path / "c"),
            "--target",
            "population=postgresql+psycopg://x@127.0.0.1:1/db",
        ],
    )
    assert isinstance(result.exception, SourceUnavailableError)
    assert result.exception.exit_code == 3
    assert "Cannot reach the population target" in result.exception.message
    assert not (tmp_path / "c").exists()


def test_malformed_options_are_input_errors(tmp_path: Path) -> None:
    for args, message in (
        (["--target", "oops"], "expects NAME=VALUE"),
        (["--defect-rate", "typo_name=lots"], "must be numbers"),
        (["--defect-rate", "typo=0.1"], "Unknown defect typo"),
        (["--people", "3"], "at least 10 people"),
    ):
        result = runner.invoke(app, ["city", "generate", "--out", str(tmp_path / "c"), *args])
        assert isinstance(result.exception, InputError), args
        assert message in result.exception.message
        assert result.exception.exit_code == 2
