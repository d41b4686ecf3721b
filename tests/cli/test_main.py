"""The CLI's contract with people: helpful --help, one sentence on error, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from lienthong.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_help_lists_the_command_groups() -> None:
    result = run("--help")
    assert result.returncode == 0
    for group in ("demo", "city", "registry"):
        assert group in result.stdout


def test_lienthong_error_becomes_one_sentence_and_exit_code(tmp_path: object) -> None:
    import os

    env = dict(os.environ, LIENTHONG_STORE_URL="postgresql+psycopg://nobody@127.0.0.1:1/x")
    result = run("registry", "list", env=env)
    assert result.returncode == 3, result.stderr
    assert "cannot be reached" in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("args", [("no-such-command",), ("city", "generate", "--people", "x")])
def test_usage_errors_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
