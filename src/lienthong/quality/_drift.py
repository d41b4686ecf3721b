"""sạch (clean), over time: a column's profile moving between two profilings.

Re-profiling a dataset (``lienthong registry profile``) keeps the profile before; the columns
whose empty share, distinct share, dominant value shape, meant type or role moved beyond the
thresholds of :mod:`lienthong.profiling._drift` fail. A file whose holder changed what a
column holds is then told by its score, not by a wrong answer downstream.
"""

from __future__ import annotations

from lienthong.quality._kinds import CheckKind, register_check_kind
from lienthong.quality._model import (
    CheckContext,
    CheckSpec,
    CompiledCheck,
    Criterion,
    DatasetInfo,
    Outcome,
    StoreCheck,
)


@register_check_kind
class ProfileDrift(CheckKind):
    """Columns whose profile moved since the profile before (one row per compared column)."""

    name = "profile_drift"
    criterion = Criterion.CLEAN
    summary = "each column's profile (empty, distinct, shape, type, role) is as it was last time"
    arity = (0, 0)

    def compile(self, spec: CheckSpec, ctx: CheckContext) -> CompiledCheck:
        def evaluate(context: CheckContext) -> Outcome:
            drift = context.dataset.drift
            if drift is None:
                return Outcome(0, 0, None, "profiled once: nothing to compare with")
            moved = [(column, changes) for column, changes in drift if changes]
            note = "; ".join(f"{c}: {', '.join(ch)}" for c, ch in moved) or "no column moved"
            return Outcome(len(drift), len(moved), float(len(moved)), note)

        return StoreCheck(evaluate=evaluate)

    def defaults(self, dataset: DatasetInfo, reference: DatasetInfo | None) -> list[CheckSpec]:
        return [CheckSpec(dataset.id, self.name)] if dataset.drift is not None else []
