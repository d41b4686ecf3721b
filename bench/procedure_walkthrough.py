"""A new user's procedure walkthrough in Chromium, timed with human-like pauses (issue 14).

    .venv/bin/python bench/procedure_walkthrough.py

Runs ``tests/web/test_procedure_walkthrough.py`` (which starts ``lienthong demo``, reads only
what it prints and what the pages show, and asserts the total is under 120 s) with its
per-step table shown. The pause model is in that file's docstring. There is no baseline to
divide by: the goal is a person's time, so the figure is printed as it is, with the load.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    code = pytest.main(
        [
            str(ROOT / "tests/web/test_procedure_walkthrough.py"),
            "-s",
            "-q",
            "-n",
            "0",
            "-p",
            "no:cacheprovider",
        ]
    )
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    sys.exit(code)
