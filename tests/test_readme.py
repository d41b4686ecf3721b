"""The README's Python example runs as written (docs kept honest by tests)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).parents[1] / "README.md"


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [example] = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), namespace)
    from lienthong.registry import Registry
    from lienthong.store import Store

    store = namespace["store"]
    assert isinstance(store, Store)
    assert {s.code for s in Registry(store).list_sources()} == {
        "population",
        "business",
        "health_insurance",
        "education",
        "land",
        "social_welfare",
    }


def test_quick_start_is_two_make_commands_and_ci_runs_the_second() -> None:
    text = README.read_text(encoding="utf-8")
    quick = text[text.index("## Quick start") :]
    block = re.search(r"```bash\n(.*?)```", quick, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    assert [c for c in commands if c] == ["make demo", "make test"]
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
