"""The quality step of ``lienthong demo``: scan the registered demo city, show agency scores."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

from lienthong.quality import run_quality
from lienthong.store import Store

#: Rules for the synthetic city beyond the flag defaults (coverage, allowed values…).
CITY_RULES = "city-rules.yaml"


def city_rules_path() -> Path:
    return Path(str(files("lienthong.demo").joinpath(CITY_RULES)))


def _observed_on(city_dir: Path) -> date:
    """The day the city was generated to be observed on (freshness is judged against it)."""
    try:
        manifest = json.loads((city_dir / "manifest.json").read_text(encoding="utf-8"))
        return date.fromisoformat(str(manifest["generator"]["as_of"]))
    except (OSError, ValueError, KeyError, TypeError):
        return date.today()


def quality_step(store: Store, city_dir: Path) -> dict[str, object]:
    """Run a full quality scan of the registered city; per-agency scores 0–100 per criterion."""
    run = run_quality(store, rules=city_rules_path(), as_of=_observed_on(city_dir))
    agencies: dict[str, dict[str, float | None]] = {}
    for s in run.scores:
        if s.scope == "agency":
            agencies.setdefault(s.subject, {})[s.criterion] = s.score
    return {
        "run_id": run.id,
        "checks": len(run.results),
        "errors": len(run.errors),
        "seconds": run.elapsed_s,
        "city": {s.criterion: s.score for s in run.scores if s.scope == "city"},
        "agencies": agencies,
    }
