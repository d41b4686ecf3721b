"""Rules: built-in defaults inferred from registry flags, plus a readable YAML rule file.

See docs/quality-rules.md for the format. Reading never stops at the first problem: an
unknown kind, a missing parameter or even an unreadable file becomes a :class:`RuleProblem`
(shown as that check's error) and every other rule still runs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from lienthong.errors import LienthongError
from lienthong.quality._kinds import check_kind, check_kinds
from lienthong.quality._model import CheckSpec, DatasetInfo, RuleProblem

_ENTRY_KEYS = {"kind", "column", "columns", "name"}


@dataclass(frozen=True)
class RuleSet:
    """The rules of one run: specs to run, problems to report, and a version to store."""

    specs: tuple[CheckSpec, ...]
    problems: tuple[RuleProblem, ...]
    reference: str | None
    version: str

    def for_dataset(self, dataset: str) -> list[CheckSpec]:
        return [s for s in self.specs if s.dataset == dataset]

    def find(self, dataset: str, check: str) -> CheckSpec | None:
        for spec in self.specs:
            if spec.dataset == dataset and spec.id == check:
                return spec
        return None


def guess_reference(datasets: Mapping[str, DatasetInfo]) -> str | None:
    """The population register: keyed by a CCCD column and recording deaths."""
    candidates = [
        d for d in datasets.values() if d.key and "cccd" in d.columns.get(d.key[0], frozenset())
    ]
    candidates.sort(key=lambda d: (d.first("death_date") is None, d.id))
    return candidates[0].id if candidates else None


def default_specs(dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
    specs: list[CheckSpec] = []
    for kind in check_kinds():
        specs += kind.defaults(dataset, reference)
    if dataset.from_roles:
        specs = [replace(s, origin="roles") for s in specs]
    return specs


def _read(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        return None, f"The rule file {path} cannot be read ({exc.strerror}); defaults were used."
    except UnicodeDecodeError:
        return None, f"The rule file {path} is not UTF-8 text; defaults were used."
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        return None, f"The rule file {path} is not valid YAML{where}; defaults were used."
    if data is None:
        return {}, None
    if not isinstance(data, dict) or not isinstance(data.get("datasets", {}), dict):
        return None, (
            f"The rule file {path} must be a mapping with a `datasets:` mapping "
            "(see docs/quality-rules.md); defaults were used."
        )
    return data, None


def _entry(dataset: str, entry: Any, origin: str, index: int) -> CheckSpec | RuleProblem:
    label = f"rule #{index + 1}"
    if not isinstance(entry, dict) or "kind" not in entry:
        return RuleProblem(dataset, label, "?", f"{label} of {dataset} in {origin} has no `kind:`.")
    kind_name = str(entry["kind"])
    columns_raw = entry.get("columns", [entry["column"]] if "column" in entry else [])
    if isinstance(columns_raw, str):
        columns_raw = [columns_raw]
    columns = tuple(str(c) for c in columns_raw)
    params = {k: v for k, v in entry.items() if k not in _ENTRY_KEYS}
    spec = CheckSpec(dataset, kind_name, columns, params, str(entry.get("name", "")), origin)
    try:
        kind = check_kind(kind_name)
    except LienthongError as exc:
        return RuleProblem(dataset, spec.id, kind_name, f"{origin}: {exc}")
    missing = [p for p in kind.required_params if p not in params]
    if missing:
        return RuleProblem(
            dataset, spec.id, kind_name, f"{origin}: {spec.id} needs `{', '.join(missing)}:`."
        )
    return spec


def load_rules(
    datasets: Mapping[str, DatasetInfo],
    path: Path | None = None,
    *,
    only: Sequence[str] = (),
) -> RuleSet:
    """Defaults for every dataset (or ``only`` these), overlaid with the rule file if given."""
    data: dict[str, Any] = {}
    problems: list[RuleProblem] = []
    if path is not None:
        read, problem = _read(path)
        if problem:
            targets = list(only) or sorted(datasets)
            problems += [RuleProblem(d, "rules", "rules", problem) for d in targets]
        data = read or {}
    reference = str(data["reference"]) if data.get("reference") else guess_reference(datasets)
    ref_info = datasets.get(reference) if reference else None
    sections: dict[str, Any] = data.get("datasets") or {}
    specs: list[CheckSpec] = []
    for dataset_id in only or sorted(datasets):
        section = sections.get(dataset_id) or {}
        if not isinstance(section, dict):
            problems.append(
                RuleProblem(
                    dataset_id, "rules", "rules", f"{path}: {dataset_id} must be a mapping."
                )
            )
            section = {}
        chosen: list[CheckSpec] = []
        if dataset_id in datasets and section.get("defaults", True):
            chosen += default_specs(datasets[dataset_id], ref_info)
        for index, entry in enumerate(section.get("checks") or []):
            found = _entry(dataset_id, entry, str(path), index)
            if isinstance(found, RuleProblem):
                problems.append(found)
            else:
                chosen = [s for s in chosen if s.id != found.id] + [found]
        skip = {str(s) for s in section.get("skip") or []}
        specs += [s for s in chosen if s.id not in skip and s.kind not in skip]
    for dataset_id in sections:
        if dataset_id not in datasets:
            problems.append(
                RuleProblem(
                    dataset_id, "rules", "rules", f"{path}: no registered dataset {dataset_id!r}."
                )
            )
    return RuleSet(tuple(specs), tuple(problems), reference, _version(specs))


def _version(specs: Sequence[CheckSpec]) -> str:
    """A short hash of the rules' content: results under one version are comparable."""
    canonical = json.dumps(
        [[s.dataset, s.kind, list(s.columns), dict(s.params), s.name] for s in specs],
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]
