"""Prefill through the gateway, drafts, submission, decisions and the reuse figures.

The gateway is the real one over a real SQLite register (the exchange tests' world); the
platform's portal client calls it with the procedure as the purpose.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange"))
from gateway_world import POPULATION, World, build_world, write_population

from lienthong.errors import ConflictError, InputError, NotFoundError
from lienthong.procedures import (
    PORTAL_CLIENT,
    SHIPPED,
    Dossiers,
    load_catalogue,
    prefill,
    record_approval,
)
from lienthong.store import Store

CCCD = "079090000001"
PROCEDURE = load_catalogue(SHIPPED).get("SANDBOX-CT-01")
FIELDS = ("ho_ten", "ngay_sinh", "thuong_tru_dia_chi")


@pytest.fixture
def world(tmp_path: Path) -> World:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    found = build_world(
        tmp_path, store, f"sqlite:///{write_population(tmp_path / 'pop.db')}", dev_mode=False
    )
    found.directory.register(PORTAL_CLIENT, "Cổng lienthong", agency="LIENTHONG")
    found.rights.define_purpose(PROCEDURE.code, "Xác nhận cư trú")
    return found


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_prefill_goes_through_the_gateway_with_consent_and_is_audited(world: World) -> None:
    world.rights.grant(PORTAL_CLIENT, POPULATION, PROCEDURE.code, FIELDS)
    without_approval = await prefill(world.app.state.exchange.gateway, PROCEDURE, CCCD)
    assert not any(c.reused for c in without_approval)  # no consent, nothing released
    assert all(c.unavailable for c in without_approval if c.name in FIELDS)
    record_approval(world.consents, PROCEDURE, CCCD)
    components = await prefill(world.app.state.exchange.gateway, PROCEDURE, CCCD)
    values = {c.name: c for c in components}
    assert values["ho_ten"].value == "Nguyễn Văn An" and values["ho_ten"].reused
    assert values["ho_ten"].source == "CA-HCM/cong-dan/v1" and values["ho_ten"].request_id
    assert values["ly_do"].value is None and not values["ly_do"].reused
    await world.app.state.audit_writer.close()
    calls = [r for r in world.audit().for_subject(CCCD, limit=20) if r.client == PORTAL_CLIENT]
    assert [(str(r.event), r.purpose) for r in calls] == [
        ("SERVICE_CALL", PROCEDURE.code),
        ("SERVICE_CALL_REFUSED", PROCEDURE.code),
    ]
    assert set(calls[0].fields) == set(FIELDS)  # minimised to what the procedure declares


@pytest.mark.anyio
async def test_a_register_without_a_right_degrades_prefill_not_the_procedure(
    world: World,
) -> None:
    record_approval(world.consents, PROCEDURE, CCCD)  # approved, but no right was granted
    components = await prefill(world.app.state.exchange.gateway, PROCEDURE, CCCD)
    await world.app.state.audit_writer.close()
    assert not any(c.reused for c in components)
    dossiers = Dossiers(world.store)
    draft = dossiers.draft(PROCEDURE, CCCD, components)
    supplied = {"ho_ten": "Nguyễn Văn An", "ngay_sinh": "1990-01-02"}
    supplied |= {"thuong_tru_dia_chi": "12 Lê Lợi", "ly_do": "vay vốn"}
    done = dossiers.submit(PROCEDURE, draft.id, CCCD, supplied, set())
    assert done.status == "submitted" and not done.reused  # typed by hand


@pytest.mark.anyio
async def test_submit_decide_and_the_reuse_figures(world: World) -> None:
    world.rights.grant(PORTAL_CLIENT, POPULATION, PROCEDURE.code, FIELDS)
    record_approval(world.consents, PROCEDURE, CCCD)
    components = await prefill(world.app.state.exchange.gateway, PROCEDURE, CCCD)
    await world.app.state.audit_writer.close()
    dossiers = Dossiers(world.store)
    draft = dossiers.draft(PROCEDURE, CCCD, components)
    with pytest.raises(NotFoundError):
        dossiers.submit(PROCEDURE, draft.id, "079190000002", {"ly_do": "x"}, set())  # not theirs
    with pytest.raises(InputError, match="required"):
        dossiers.submit(PROCEDURE, draft.id, CCCD, {}, set())
    with pytest.raises(InputError, match="at most 200"):
        dossiers.submit(PROCEDURE, draft.id, CCCD, {"ly_do": "x" * 201}, set())
    forged = {"ly_do": "vay vốn", "ho_ten": "Người Khác"}  # a posted value never replaces one
    done = dossiers.submit(PROCEDURE, draft.id, CCCD, forged, {"thuong_tru_dia_chi"})
    values = {c["name"]: c for c in done.components}
    assert values["ho_ten"]["value"] == "Nguyễn Văn An"
    assert values["thuong_tru_dia_chi"]["flagged_wrong"] is True
    with pytest.raises(ConflictError):
        dossiers.submit(PROCEDURE, draft.id, CCCD, forged, set())
    assert [d.id for d in dossiers.queue("CA-HCM")] == [draft.id]
    assert dossiers.queue("BHXH-HCM") == []
    with pytest.raises(NotFoundError):
        dossiers.decide(draft.id, approve=True, officer="x", agency="BHXH-HCM", reason="")
    with pytest.raises(InputError, match="reason"):
        dossiers.decide(draft.id, approve=False, officer="ca", agency="CA-HCM", reason=" ")
    decided = dossiers.decide(draft.id, approve=True, officer="ca", agency="CA-HCM", reason="")
    assert decided.status == "approved" and decided.decided_by == "ca"
    [figures] = dossiers.stats()
    assert figures["dossiers"] == 1 and figures["reuse_share"] == 1.0
    assert figures["fields_prefilled"] == 3 and figures["flagged_wrong"] == 1
    assert figures["papers_avoided"] == 1  # the ID copy; not the residence proof (flagged)
    assert figures["decided"] == 1 and figures["median_decision_s"] is not None


def test_drafts_never_submitted_are_purged(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    dossiers = Dossiers(world.store)
    old = dossiers.draft(PROCEDURE, CCCD, [])
    later = time.time() + 2 * 24 * 3600
    monkeypatch.setattr(time, "time", lambda: later)
    dossiers.draft(PROCEDURE, CCCD, [])  # the next draft sweeps the stale ones
    with pytest.raises(NotFoundError):
        dossiers.get(old.id)


def test_the_draft_lifetime_is_a_setting(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from lienthong.config import Settings

    monkeypatch.setenv("LIENTHONG_PROCEDURE_DRAFT_TTL_S", "3600")
    dossiers = Dossiers(world.store, draft_ttl_s=Settings().procedure_draft_ttl_s)
    old = dossiers.draft(PROCEDURE, CCCD, [])
    two_hours = time.time() + 2 * 3600  # within the default day, past the configured hour
    monkeypatch.setattr(time, "time", lambda: two_hours)
    dossiers.draft(PROCEDURE, CCCD, [])
    with pytest.raises(NotFoundError):
        dossiers.get(old.id)
    kept = Dossiers(world.store).draft(PROCEDURE, CCCD, [])  # default: a day
    monkeypatch.setattr(time, "time", lambda: two_hours + 2 * 3600)
    Dossiers(world.store).draft(PROCEDURE, CCCD, [])
    assert Dossiers(world.store).get(kept.id).status == "draft"
