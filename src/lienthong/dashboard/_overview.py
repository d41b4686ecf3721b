"""The overview: the city's headline figures and its bottlenecks, from the engines' own stores.

Each figure names its source and period; one whose source holds nothing yet is ``None`` (shown
as "no data"), never zero. The sharing matrix maps each release (a service call or a sync
delivery) to the agency that provided the data and the agency that used it.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from lienthong.dashboard._rollup import AuditRollup, ExchangeFigures
from lienthong.errors import NotFoundError
from lienthong.store import Store

CRITERIA = ("đúng", "đủ", "sạch", "sống")
#: A subscription this many changes behind is a bottleneck.
LAG_CHANGES = 100
#: A service refusing at least this share of at least 10 calls is a bottleneck.
REFUSAL_SHARE = 0.2


_Scores = list[tuple[str, dict[str, float | None]]]


@dataclass(frozen=True)
class Bottleneck:
    kind: str  # key of ``_i18n.BOTTLENECKS``
    values: dict[str, Any]
    weight: float  # ranks the list: larger first


@dataclass
class Overview:
    exchange: ExchangeFigures
    quality_as_of: str | None = None
    quality: _Scores = field(default_factory=list)
    subscriptions: list[Any] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    matrix: dict[tuple[str, str], int] = field(default_factory=dict)
    bottlenecks: list[Bottleneck] = field(default_factory=list)


def _dataset_agencies(store: Store) -> tuple[list[str], dict[str, str]]:
    from lienthong.registry import Registry

    registry = Registry(store)
    agencies = sorted(a.code for a in registry.list_agencies())
    owner = {s.code: s.agency for s in registry.list_sources()}
    return agencies, {d.id: owner.get(d.id.split(".", 1)[0], "?") for d in registry.list_datasets()}


#: store -> (latest run id, its report): a stored run's scores never change, so a report is
#: reused until a newer run arrives (one indexed ``max(id)`` per view). ``report`` reads the
#: scores of every earlier run to find each one's previous score: a year of daily runs is
#: hundreds of thousands of rows, which no view should read again.
_REPORTS: weakref.WeakKeyDictionary[Store, tuple[int, Any]] = weakref.WeakKeyDictionary()
_REPORTS_LOCK = threading.Lock()


def latest_report(store: Store) -> Any:
    """The latest quality run's report, cached per run (:class:`NotFoundError` when none), with
    the correction requests open now counted against "đúng"."""
    from lienthong.quality import report
    from lienthong.quality._history import with_corrections
    from lienthong.quality._tables import quality_runs

    with store.connect() as conn:
        latest = conn.execute(select(func.max(quality_runs.c.id))).scalar_one()
    if latest is None:
        return report(store)  # raises the NotFoundError that says what to run
    with _REPORTS_LOCK:
        cached = _REPORTS.get(store)
        if cached is None or cached[0] != latest:
            run = report(store, int(latest), corrections=False)
            cached = _REPORTS[store] = (int(latest), run)
    return with_corrections(store, cached[1])  # the requests open now, not when cached


def _quality(
    store: Store,
) -> tuple[str | None, list[tuple[str, dict[str, float | None]]], list[Bottleneck]]:
    try:
        found = latest_report(store)
    except NotFoundError:
        return None, [], []
    rows = [(r.subject, r.scores) for r in found.rows if r.scope == "agency"]
    worse = [
        Bottleneck("worse", {"agency": r.subject, "delta": -delta, "criterion": c}, -delta * 10)
        for r in found.rows
        if r.scope == "agency"
        for c, delta in r.change.items()
        if delta is not None and delta <= -1.0
    ]
    return found.as_of, rows, worse


def build_overview(store: Store, rollup: AuditRollup) -> Overview:
    from lienthong.sync import subscription_lag

    figures = rollup.figures()
    agencies, owner_of_dataset = _dataset_agencies(store)
    matrix: Counter[tuple[str, str]] = Counter()
    for (client, target), count in figures.sharing.items():
        provider = owner_of_dataset.get(target, target)  # a dataset, or already an agency
        matrix[(client, provider)] += count
    as_of, quality, bottlenecks = _quality(store)
    subscriptions = subscription_lag(store)
    for sub in subscriptions:
        if not sub.active:
            bottlenecks.append(
                Bottleneck("paused", {"name": sub.subscription, "error": sub.last_error}, 1e9)
            )
        elif sub.lag_changes >= LAG_CHANGES:
            bottlenecks.append(
                Bottleneck(
                    "lagging",
                    {
                        "name": sub.subscription,
                        "count": sub.lag_changes,
                        "seconds": sub.lag_seconds,
                    },
                    float(sub.lag_changes),
                )
            )
    for service, refused in figures.refused_by_service.items():
        total = refused + figures.allowed_by_service.get(service, 0)
        if total >= 10 and refused / total >= REFUSAL_SHARE:
            bottlenecks.append(
                Bottleneck(
                    "refusals", {"service": service, "refused": refused, "total": total}, refused
                )
            )
    users = {client for client, _ in matrix}
    providers = {provider for _, provider in matrix}
    for agency in sorted(users - providers):
        bottlenecks.append(Bottleneck("takes_only", {"agency": agency}, 1.0))
    bottlenecks.sort(key=lambda b: -b.weight)
    return Overview(
        exchange=figures,
        quality_as_of=as_of,
        quality=quality,
        subscriptions=subscriptions,
        agencies=sorted(set(agencies) | users | providers),
        matrix=dict(matrix),
        bottlenecks=bottlenecks,
    )


@dataclass
class AgencyView:
    """One agency in detail: its datasets' quality, the services it offers, its subscriptions."""

    code: str
    name: str | None
    datasets: _Scores = field(default_factory=list)
    #: label, allowed, refused, p95 latency in ms (a bucket's upper bound; None: no timed call)
    services: list[tuple[str, int, int, float | None]] = field(default_factory=list)
    subscriptions: list[Any] = field(default_factory=list)
    uses: dict[str, int] = field(default_factory=dict)  # provider -> releases to this agency
    used_by: dict[str, int] = field(default_factory=dict)  # client agency -> releases from it


def build_agency(store: Store, rollup: AuditRollup, code: str) -> AgencyView:
    """The drill-down of agency ``code`` (:class:`NotFoundError` when it is not registered)."""
    from lienthong.registry import Registry
    from lienthong.sync import subscription_lag

    registry = Registry(store)
    agency = registry.get_agency(code)
    overview = build_overview(store, rollup)
    owner = {s.code: s.agency for s in registry.list_sources()}
    view = AgencyView(code, agency.name)
    try:
        found = latest_report(store)
        view.datasets = [
            (r.subject, r.scores)
            for r in found.rows
            if r.scope == "dataset" and owner.get(r.subject.split(".", 1)[0]) == code
        ]
    except NotFoundError:
        pass
    figures = overview.exchange
    for label in sorted(set(figures.allowed_by_service) | set(figures.refused_by_service)):
        if label.split("/", 1)[0] == code:
            view.services.append(
                (
                    label,
                    figures.allowed_by_service[label],
                    figures.refused_by_service[label],
                    figures.p95_ms(label),
                )
            )
    clients = {c.code: c.agency for c in _clients(store)}
    view.subscriptions = [
        s for s in subscription_lag(store) if clients.get(s.client, s.client) == code
    ]
    for (client, provider), count in overview.matrix.items():
        if client == code:
            view.uses[provider] = count
        if provider == code:
            view.used_by[client] = count
    return view


def _clients(store: Store) -> list[Any]:
    from lienthong.exchange import ClientDirectory

    return list(ClientDirectory(store).list())
