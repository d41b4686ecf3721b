"""Every engine's operator figures on /metrics, over the demo city's real store.

The demo (`lienthong demo --no-serve`) runs sync, quality, linkage and the audit log on a small
city; the app over its home must then expose each engine's figures with bounded labels only,
agree with the store, and pass `promtool check metrics` (Debian's prometheus package, installed
by `make services` through scripts/prometheus.sh).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr
from sqlalchemy import select

from lienthong.audit import AuditEvent, EventType, Outcome
from lienthong.config import Settings
from lienthong.store import Store
from lienthong.sync import Change, StoreChangeLog, Subscriptions

pytestmark = [pytest.mark.anyio, pytest.mark.slow, pytest.mark.xdist_group("demo")]

TOKEN = "scrape-me"
DOC = Path(__file__).parents[2] / "docs" / "metrics.md"
PROMTOOL = shutil.which("promtool") or "/usr/bin/promtool"
#: The labels an engine figure may carry: registered names only, never a person or a request.
ALLOWED_LABELS = {
    "agency", "dataset", "subscription", "service", "client", "engine", "outcome", "reason",
    "result", "criterion", "le", "state", "method", "route", "status",
}  # fmt: skip


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)]
)
def demo_home(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str | None]]:
    """The demo city's home, its store on SQLite or on a throwaway PostgreSQL database."""
    home = tmp_path_factory.mktemp("metrics") / "demo"
    env = {k: v for k, v in os.environ.items() if k != "LIENTHONG_STORE_URL"}
    store_url = None
    admin = None
    if request.param == "postgresql":
        from sqlalchemy import create_engine, text

        pg = os.environ.get("LIENTHONG_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
        name = f"lt_metrics_{uuid.uuid4().hex[:12]}"
        admin = create_engine(f"{pg}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        store_url = env["LIENTHONG_STORE_URL"] = f"{pg}/{name}"
    try:
        result = subprocess.run(
            [sys.executable, "-c", "from lienthong.cli import main; main()", "demo",
             "--people", "200", "--no-serve", "--json", "--home", str(home)],
            capture_output=True, text=True, timeout=600, env=env,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        yield home, store_url
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture
async def app(demo_home: tuple[Path, str | None]) -> AsyncIterator[FastAPI]:
    from lienthong.web import create_app

    home, store_url = demo_home
    settings = Settings(
        home=home,
        store_url=SecretStr(store_url) if store_url else None,
        metrics_token=SecretStr(TOKEN),
    )
    app = create_app(settings, json_logs=False)
    yield app
    await app.state.audit_writer.close()
    app.state.store.close()


async def scrape(app: FastAPI) -> str:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    return response.text


def samples(text: str) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    found: dict[str, dict[tuple[tuple[str, str], ...], float]] = defaultdict(dict)
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[sample.name][tuple(sorted(sample.labels.items()))] = sample.value
    return found


def value(
    found: dict[str, dict[tuple[tuple[str, str], ...], float]], name: str, **labels: str
) -> float:
    return found[name][tuple(sorted(labels.items()))]


def test_promtool_is_installed() -> None:
    """`make services` installs it; the checks below must run, not skip."""
    assert Path(PROMTOOL).exists(), "run `bash scripts/prometheus.sh` (Debian's prometheus)"


async def test_every_engine_is_exposed_and_promtool_accepts_it(app: FastAPI) -> None:
    text = await scrape(app)
    checked = subprocess.run(
        [PROMTOOL, "check", "metrics"], input=text, capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    found = samples(text)
    for engine in ("sync", "audit", "quality", "linkage"):
        assert value(found, "lienthong_collector_up", engine=engine) == 1.0
    for name in (
        "lienthong_sync_lag_changes", "lienthong_sync_lag_seconds", "lienthong_sync_log_head",
        "lienthong_sync_dead_letters", "lienthong_sync_captured_changes_total",
        "lienthong_audit_queue_depth", "lienthong_audit_commit_seconds_count",
        "lienthong_audit_last_checkpoint_timestamp_seconds",
        "lienthong_audit_entries_since_checkpoint", "lienthong_quality_checks",
        "lienthong_quality_last_run_timestamp_seconds", "lienthong_linkage_coverage_ratio",
        "lienthong_linkage_last_run_timestamp_seconds",
    ):  # fmt: skip
        assert found.get(name), f"{name} missing"
    documented = DOC.read_text("utf-8")
    for family in text_string_to_metric_families(text):
        assert f"`{family.name}" in documented, f"{family.name} is not in docs/metrics.md"
    for name, series in found.items():
        for labels in series:
            keys = {key for key, _ in labels}
            assert keys <= ALLOWED_LABELS, (name, keys)
            for _, label_value in labels:
                assert not re.search(r"\d{9,12}", label_value), (name, label_value)  # no CCCD


async def test_sync_lag_follows_the_change_log(app: FastAPI) -> None:
    store: Store = app.state.store
    subscriptions = Subscriptions(store).all()
    assert subscriptions
    dataset = subscriptions[0]["dataset"]
    before = samples(await scrape(app))
    committed = datetime.fromtimestamp(time.time() - 120, UTC)  # committed two minutes ago
    StoreChangeLog(store).append(
        [
            Change(dataset, "update", json.dumps(f"k{n}"), f"test-{n}", committed, after={"n": n})
            for n in range(3)
        ]
    )
    Subscriptions(store).dead_letter(
        subscriptions[0]["name"], [(1, "c" * 32, '"k0"', "update", "target refused the row")]
    )
    after = samples(await scrape(app))
    for sub in subscriptions:
        if sub["dataset"] != dataset:
            continue
        labels = {"subscription": sub["name"], "dataset": dataset}
        assert value(before, "lienthong_sync_lag_changes", **labels) == 0
        assert value(after, "lienthong_sync_lag_changes", **labels) == 3
        assert 119 <= value(after, "lienthong_sync_lag_seconds", **labels) < 300
    head = value(after, "lienthong_sync_log_head", dataset=dataset)
    assert head == value(before, "lienthong_sync_log_head", dataset=dataset) + 3
    first = {"subscription": subscriptions[0]["name"], "dataset": dataset}
    assert value(after, "lienthong_sync_dead_letters", **first) == (
        value(before, "lienthong_sync_dead_letters", **first) + 1
    )


async def test_audit_commits_latency_failures_and_checkpoint(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = app.state.audit_writer
    event = AuditEvent(event=EventType.SERVICE_CALL, outcome=Outcome.ALLOWED, client="metrics")
    before = samples(await scrape(app))
    await writer.write(event)
    await writer.write(event)

    def refuse(_events: object) -> None:
        raise RuntimeError("store gone")

    monkeypatch.setattr(writer.log, "append_many", refuse)
    with pytest.raises(RuntimeError):
        await writer.write(event)
    monkeypatch.undo()
    after = samples(await scrape(app))
    commits = "lienthong_audit_commits_total"
    assert (
        value(after, commits, outcome="committed")
        == value(before, commits, outcome="committed") + 2
    )
    assert value(after, commits, outcome="failed") == value(before, commits, outcome="failed") + 1
    count = value(after, "lienthong_audit_commit_seconds_count")
    assert count == value(before, "lienthong_audit_commit_seconds_count") + 3
    assert value(after, "lienthong_audit_commit_seconds_bucket", le="+Inf") == count
    assert value(after, "lienthong_audit_queue_depth") == 0
    head = app.state.audit_log.head()
    assert value(after, "lienthong_audit_head_seq") == head.seq
    assert value(after, "lienthong_audit_entries_since_checkpoint") == (
        head.seq - head.checkpoint_seq
    )
    assert (
        abs(value(after, "lienthong_audit_last_checkpoint_timestamp_seconds") - time.time()) < 3600
    )
    assert "lienthong_audit_last_commit_failure_timestamp_seconds" in after


async def test_quality_and_linkage_figures_agree_with_the_store(app: FastAPI) -> None:
    from lienthong.linkage._tables import link_master_index
    from lienthong.quality._tables import quality_results

    store: Store = app.state.store
    found = samples(await scrape(app))
    with store.connect() as conn:
        last_run = conn.execute(select(quality_results.c.run_id).order_by(
            quality_results.c.run_id.desc()).limit(1)).scalar_one()  # fmt: skip
        results = conn.execute(
            select(quality_results).where(quality_results.c.run_id == last_run)
        ).all()
        index = conn.execute(
            select(link_master_index.c.source_dataset, link_master_index.c.master_id)
        ).all()
    expected: dict[tuple[str, str, str], int] = defaultdict(int)
    for row in results:
        result = "error" if row.error else ("failed" if row.failed else "passed")
        expected[(row.dataset, row.agency, result)] += 1
    assert expected
    for (dataset, agency, result), count in expected.items():
        assert (
            value(found, "lienthong_quality_checks", dataset=dataset, agency=agency, result=result)
            == count
        )
    # coverage recomputed from the master index: records sharing a master id across datasets
    spread: dict[str, set[str]] = defaultdict(set)
    for dataset, master in index:
        spread[master].add(dataset)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for dataset, master in index:
        totals[dataset][0] += 1
        totals[dataset][1] += len(spread[master]) > 1
    for dataset, (records, linked) in totals.items():
        assert value(found, "lienthong_linkage_records", dataset=dataset) == records
        ratio = value(found, "lienthong_linkage_coverage_ratio", dataset=dataset)
        assert ratio == pytest.approx(linked / records)


async def test_a_failing_engine_is_reported_and_hides_nothing_else(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lienthong.quality._metrics import QualityCollector

    def broken(_self: object) -> object:
        raise RuntimeError("quality tables unreadable")

    monkeypatch.setattr(QualityCollector, "collect", broken)
    found = samples(await scrape(app))
    assert value(found, "lienthong_collector_up", engine="quality") == 0
    assert value(found, "lienthong_collector_up", engine="sync") == 1
    assert "lienthong_quality_checks" not in found
    assert found["lienthong_linkage_last_run_timestamp_seconds"]
