"""deploy/prometheus/lienthong-rules.yml is valid, its unit tests pass, and it names only
documented lienthong figures (Debian's promtool, installed by scripts/prometheus.sh)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[2]
RULES = ROOT / "deploy" / "prometheus" / "lienthong-rules.yml"
RULE_TESTS = ROOT / "deploy" / "prometheus" / "lienthong-rules.test.yml"
DOC = ROOT / "docs" / "metrics.md"
PROMTOOL = shutil.which("promtool") or "/usr/bin/promtool"


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    assert Path(PROMTOOL).exists(), "run `bash scripts/prometheus.sh` (Debian's prometheus)"
    return subprocess.run(
        [PROMTOOL, *args], capture_output=True, text=True, timeout=120, cwd=RULES.parent
    )


def test_promtool_accepts_the_rules() -> None:
    checked = promtool("check", "rules", RULES.name)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "SUCCESS" in checked.stdout


def test_the_rules_unit_tests_pass() -> None:
    tested = promtool("test", "rules", RULE_TESTS.name)
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_a_wrong_expectation_fails(tmp_path: Path) -> None:
    """The unit tests can fail: expect the lag alert for the subscription that is on time."""
    (tmp_path / RULES.name).write_text(RULES.read_text("utf-8"), "utf-8")
    text = RULE_TESTS.read_text("utf-8").replace("subscription: bhxh-dia-chi", "subscription: ok")
    assert text != RULE_TESTS.read_text("utf-8")
    (tmp_path / RULE_TESTS.name).write_text(text, "utf-8")
    tested = subprocess.run(
        [PROMTOOL, "test", "rules", RULE_TESTS.name],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert tested.returncode != 0


def test_every_figure_the_rules_use_is_documented() -> None:
    documented = DOC.read_text("utf-8")
    used = set(re.findall(r"\blienthong_[a-z_]+", RULES.read_text("utf-8")))
    assert used
    for name in sorted(used):
        base = re.sub(r"_(total|bucket|count|sum)$", "", name)
        assert f"`{base}" in documented, f"{name} is not in docs/metrics.md"
