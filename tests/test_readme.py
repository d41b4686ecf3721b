"""The README's Python example runs as written (docs kept honest by tests)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

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


def _readme_demo_script() -> ModuleType:
    path = README.parent / "scripts" / "readme_demo.py"
    spec = importlib.util.spec_from_file_location("readme_demo", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.xdist_group("demo")
def test_readme_demo_output_has_the_shape_of_a_real_run() -> None:
    """Issue 11 item 17: the README showed panels, rows and a refusal no run printed any more.

    The block is written by scripts/readme_demo.py from a 10,000-person run; a small run must
    print the same panels, with the same rows, and the same lines between them.
    """
    script = _readme_demo_script()
    documented = script.readme_block(README.read_text(encoding="utf-8"))
    run = script.run_demo(people=400)
    assert script.shape(documented) == script.shape(run), (
        "README.md's demo output is stale: run .venv/bin/python scripts/readme_demo.py"
    )
    assert len(script.shape(run)) > 40  # the panels and their rows, not an empty match
    # `--no-serve` serves nothing, so it must not say the demo is serving.
    assert "while the demo serves" not in run
    assert "Try it once `lienthong serve` runs in this folder:" in run
