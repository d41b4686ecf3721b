"""Drill-down to one dataset: its profile, its quality checks with their history, and sample
failing rows for the team that fixes them.

The profile and the check results come from the store (what ``registry`` profiling and
``quality run`` saved), so the page reads no source. Sample failing rows are different: they are
personal data read from the source, so they are released only to an account of the agency that
owns the dataset (its data team fixes them; a leader sees counts, not rows), with every column
that is personal, or not known to be otherwise, masked, and every release or refusal audited
(``QUALITY_SAMPLE`` / ``QUALITY_SAMPLE_REFUSED``, the rows' citizens as subjects, so each sees
it in their own access log).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.dashboard._accounts import Account
from lienthong.dashboard._i18n import words_in
from lienthong.dashboard._pages import _lang, _signed_in, _to_login, render
from lienthong.errors import InputError, NotFoundError
from lienthong.store import Store

router = APIRouter(include_in_schema=False)
_DATASET = re.compile(r"[A-Za-z0-9_-]{1,100}\.[A-Za-z0-9_-]{1,100}")
_CHECK = re.compile(r"[\w:.,=<>/ -]{1,300}")
#: Runs of history shown per check, newest last.
HISTORY = 6
#: Failing rows shown per check.
SAMPLE = 20
MASK = "•"

WORDS: dict[str, dict[str, str]] = {
    "profile": {"vi": "Hồ sơ dữ liệu (profile)", "en": "Profile"},
    "rows_total": {"vi": "Số dòng", "en": "Rows"},
    "column": {"vi": "Cột", "en": "Column"},
    "meant_type": {"vi": "Kiểu", "en": "Type"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "null_rate": {"vi": "Tỷ lệ trống", "en": "Empty"},
    "distinct": {"vi": "Giá trị khác nhau", "en": "Distinct"},
    "shapes": {"vi": "Dạng giá trị", "en": "Value shapes"},
    "top_values": {"vi": "Giá trị thường gặp", "en": "Common values"},
    "personal": {"vi": "cá nhân", "en": "personal"},
    "hidden": {"vi": "ẩn (dữ liệu cá nhân)", "en": "hidden (personal data)"},
    "checks": {"vi": "Kiểm tra chất lượng", "en": "Quality checks"},
    "check": {"vi": "Kiểm tra", "en": "Check"},
    "criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "failed": {"vi": "Dòng lỗi", "en": "Failing rows"},
    "score": {"vi": "Điểm", "en": "Score"},
    "history": {"vi": "Các lần đo (cũ → mới)", "en": "Runs (old → new)"},
    "samples": {"vi": "Xem dòng lỗi mẫu", "en": "See sample failing rows"},
    "sample_title": {"vi": "Dòng lỗi mẫu", "en": "Sample failing rows"},
    "sample_note": {
        "vi": "Các cột cá nhân đã được che; lượt xem này được ghi vào nhật ký kiểm toán.",
        "en": "Personal columns are masked; this view is recorded in the audit log.",
    },
    "sample_rights": {
        "vi": "Dòng lỗi mẫu chỉ hiển thị cho tài khoản của cơ quan sở hữu dữ liệu.",
        "en": "Sample failing rows are shown only to accounts of the agency owning the data.",
    },
    "of_rows": {"vi": "trên", "en": "of"},
    "corrections": {
        "vi": "Yêu cầu đính chính của công dân đang mở (tiêu chí đúng)",
        "en": "Citizens' correction requests still open (đúng: correct)",
    },
    "no_profile": {"vi": "Chưa có hồ sơ dữ liệu.", "en": "Not profiled yet."},
    "no_rows": {
        "vi": "Kiểm tra này đo cả bảng, không có dòng lỗi để liệt kê.",
        "en": "This check measures the table as a whole; it has no rows to list.",
    },
}


@dataclass
class CheckLine:
    name: str
    kind: str
    criterion: str | None
    columns: str
    total: int
    failed: int
    score: float | None
    error: str | None
    history: list[float | None] = field(default_factory=list)  # oldest first, this run last


@dataclass
class DatasetView:
    id: str
    title: str | None
    agency: str
    profile: Any | None  # lienthong.profiling.DatasetProfile
    checks: list[CheckLine] = field(default_factory=list)
    as_of: str | None = None
    #: Correction requests citizens left open against this dataset's values; the values they
    #: name fail the "đúng" check ``corrections_open`` (quality._corrections).
    open_corrections: int = 0


def mask(value: object) -> str:
    """A personal value with only its first and last character left: the length and edges show
    what is wrong with it (a CCCD of 11 digits, a stray space), the person stays hidden."""
    if value is None:
        return ""
    text = str(value)
    if len(text) <= 2:
        return MASK * len(text)
    return text[0] + MASK * (len(text) - 2) + text[-1]


def masked_rows(
    rows: Iterable[Mapping[str, Any]], clear: set[str]
) -> tuple[list[str], list[list[str]]]:
    """The rows with every column not in ``clear`` masked (unknown columns are masked too)."""
    shown = list(rows)
    columns = list(dict.fromkeys(key for row in shown for key in row))
    body = [
        [
            ("" if row.get(c) is None else str(row.get(c))) if c in clear else mask(row.get(c))
            for c in columns
        ]
        for row in shown
    ]
    return columns, body


def _owner(store: Store, dataset_id: str) -> tuple[Any, str]:
    from lienthong.registry import Registry

    registry = Registry(store)
    dataset = registry.get_dataset(dataset_id)
    return dataset, registry.get_source(dataset.source).agency


def _profile(store: Store, dataset_id: str) -> Any:
    from lienthong.registry import Registry

    return Registry(store).get_profile(dataset_id)


#: Flags that name no person: a column carrying only these may be shown in clear.
_CLEAR_FLAGS = frozenset({"updated_at", "ward_code"})


def _not_personal(dataset: Any, profile: Any | None) -> set[str]:
    """Columns known not to be personal: the registry does not flag them personal or with an
    identifying role, and a profile exists that found them not personal (its default is
    personal)."""
    clear = set()
    for column in dataset.columns:
        profiled = profile.column(column.name) if profile is not None else None
        if column.personal or not set(column.flags) <= _CLEAR_FLAGS:
            continue
        if profiled is not None and not profiled.personal:
            clear.add(column.name)
    return clear


def _checks(store: Store, dataset_id: str) -> tuple[str | None, list[CheckLine]]:
    from lienthong.quality._tables import quality_results as results
    from lienthong.quality._tables import quality_runs as runs

    with store.connect() as conn:
        recent = conn.execute(
            select(runs.c.id, runs.c.as_of).order_by(runs.c.id.desc()).limit(HISTORY)
        ).all()
        if not recent:
            return None, []
        found = (
            conn.execute(
                select(results)
                .where(results.c.dataset == dataset_id)
                .where(results.c.run_id.in_([r.id for r in recent]))
            )
            .mappings()
            .all()
        )
    order = sorted(r.id for r in recent)
    latest = order[-1]
    per: dict[str, dict[int, Any]] = {}
    for row in found:
        per.setdefault(str(row["check_name"]), {})[int(row["run_id"])] = row
    lines = []
    for name, by_run in sorted(per.items()):
        now = by_run.get(latest)
        if now is None:
            continue
        lines.append(
            CheckLine(
                name=name,
                kind=now["kind"],
                criterion=now["criterion"],
                columns=now["columns"],
                total=int(now["total"]),
                failed=int(now["failed"]),
                score=now["score"],
                error=now["error"],
                history=[by_run[r]["score"] if r in by_run else None for r in order],
            )
        )
    lines.sort(key=lambda c: (-c.failed, c.name))
    return str(recent[0].as_of), lines


def build_dataset(store: Store, dataset_id: str) -> DatasetView:
    """The drill-down of ``dataset_id`` (:class:`NotFoundError` when it is not registered)."""
    dataset, agency = _owner(store, dataset_id)
    as_of, checks = _checks(store, dataset_id)
    profile = _profile(store, dataset_id)
    from lienthong.procedures import Corrections

    corrections = Corrections(store)
    corrections.recheck()  # those sync has seen change at the source close first
    flagged = corrections.open_counts()["dataset"].get(dataset_id, 0)
    failing = corrections.failing().get(dataset_id, 0)
    rows = max((c.total for c in checks), default=0)
    if failing and rows:  # the "đúng" check the report folds in (quality._corrections)
        from lienthong.quality._corrections import CHECK, CORRECT

        score = round(100 * max(0.0, 1 - failing / rows), 1)
        checks.insert(0, CheckLine(CHECK, CHECK, CORRECT, "", rows, failing, score, None, [score]))
    return DatasetView(dataset_id, dataset.title, agency, profile, checks, as_of, flagged)


def _may_see_rows(account: Account, agency: str) -> bool:
    """The decision: rows go to the owning agency's own accounts, to nobody else."""
    return account.role == "agency" and account.agency == agency


def _words(request: Request) -> dict[str, str]:
    return words_in(WORDS, _lang(request))


@router.get("/dashboard/dataset/{dataset_id}")
def dataset_page(request: Request, dataset_id: str) -> Response:
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    if not _DATASET.fullmatch(dataset_id):
        return render(request, "message.html", status=404, message="not_found")
    try:
        view = build_dataset(request.app.state.store, dataset_id)
    except NotFoundError:
        return render(request, "message.html", status=404, message="not_found")
    if account.role == "agency" and account.agency != view.agency:
        return render(request, "message.html", status=403, message="forbidden")
    return render(
        request,
        "dataset.html",
        d=view,
        w=_words(request),
        rows_allowed=_may_see_rows(account, view.agency),
    )


def _subjects(dataset: Any, rows: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The CCCDs in the rows shown, so the release shows in each citizen's access log."""
    columns = [c.name for c in dataset.columns if "cccd" in c.flags]
    found = {str(row[c]) for row in rows for c in columns if c in row and row[c] is not None}
    return tuple(sorted(s for s in found if s.isdigit() and len(s) == 12))


def _event(account: Account, dataset_id: str, check: str, outcome: Outcome, **extra: Any) -> Any:
    return AuditEvent(
        event=EventType.QUALITY_SAMPLE.twin(outcome),
        outcome=outcome,
        client=f"dashboard:{account.name}",
        client_agency=account.agency,
        service=dataset_id,
        purpose="DATA-QUALITY-FIX",
        data={"check": check[:300], "role": account.role, **extra.pop("data", {})},
        **extra,
    )


@router.get("/dashboard/dataset/{dataset_id}/failures")
async def failures_page(request: Request, dataset_id: str) -> Response:
    from lienthong.quality import find_failures

    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    check = request.query_params.get("check") or ""
    if not _DATASET.fullmatch(dataset_id) or not _CHECK.fullmatch(check):
        return render(request, "message.html", status=404, message="not_found")
    store: Store = request.app.state.store
    try:
        dataset, agency = await anyio.to_thread.run_sync(_owner, store, dataset_id)
    except NotFoundError:
        return render(request, "message.html", status=404, message="not_found")
    writer = request.app.state.audit_writer
    if not _may_see_rows(account, agency):
        await writer.write(
            _event(
                account,
                dataset_id,
                check,
                Outcome.DENIED,
                status=403,
                reason=f"no-right: only {agency} sees its failing rows",
            )
        )
        return render(request, "message.html", status=403, message="forbidden")
    try:
        found = await anyio.to_thread.run_sync(
            lambda: find_failures(store, dataset_id, check, limit=SAMPLE)
        )
    except NotFoundError:
        return render(request, "message.html", status=404, message="not_found")
    except InputError:
        return render(
            request,
            "failures.html",
            status=400,
            w=_words(request),
            page=None,
            dataset_id=dataset_id,
            check=check,
        )
    profile = await anyio.to_thread.run_sync(_profile, store, dataset_id)
    columns, body = masked_rows(found.rows, _not_personal(dataset, profile))
    await writer.write(  # before anything leaves: no audit, no release
        _event(
            account,
            dataset_id,
            check,
            Outcome.ALLOWED,
            status=200,
            subjects=_subjects(dataset, found.rows),
            fields=tuple(columns),
            data={"rows": len(body), "failing": found.failing},
        )
    )
    return render(
        request,
        "failures.html",
        w=_words(request),
        page=found,
        columns=columns,
        body=body,
        dataset_id=dataset_id,
        check=check,
    )
