"""`lienthong demo`'s procedures step: before it every prefill is refused (manual entry); after
it the portal holds exactly the fields each procedure reads, audited, and forms come prefilled."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from procedure_city import ProcedureCity, build_city, prefilled

from lienthong.audit import AuditLog, EventType
from lienthong.demo import procedures_step
from lienthong.exchange import RightsBook
from lienthong.procedures import PORTAL_CLIENT


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProcedureCity]:
    found = build_city(tmp_path_factory.mktemp("demo-city"), people=300, grants=False)
    yield found
    found.store.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _a_citizen(city: ProcedureCity) -> str:
    [(cccd,)] = city.query(
        "population",
        "SELECT so_dinh_danh FROM cong_dan WHERE ngay_mat IS NULL ORDER BY so_dinh_danh LIMIT 1",
    )
    return str(cccd)


@pytest.mark.anyio
async def test_the_demo_step_enables_prefill_with_exactly_the_fields_read(
    city: ProcedureCity,
) -> None:
    cccd = _a_citizen(city)
    city.app.state.exchange.gateway.rights_cache_s = 0  # see the grants at once, not after 1 s
    before = await prefilled(city, "SANDBOX-CT-01", cccd)
    from_register = [c for c in before.values() if c.source is not None]
    assert from_register and not any(c.reused for c in from_register)  # manual entry
    assert all(c.unavailable for c in from_register)

    summary = procedures_step(city.store, city.folder / "city")

    wanted = {
        (code, str(ref)): sorted(fields)
        for code, procedure in city.catalogue.procedures.items()
        for ref, fields in procedure.services.items()
    }
    portal = {
        (r.purpose, str(r.service)): sorted(r.fields)
        for r in RightsBook(city.store).all(PORTAL_CLIENT)
    }
    assert portal == wanted  # each procedure's purpose, exactly the fields it reads
    assert summary["grants"] == len(wanted)
    log = AuditLog.open(city.store, city.folder)
    audited = {
        (r.purpose, f"{r.provider}/{r.service}/{r.version}"): sorted(r.fields)
        for r in log.records()
        if r.event == EventType.RIGHT_GRANTED
    }
    assert audited == wanted

    after = await prefilled(city, "SANDBOX-CT-01", cccd)
    held = [c for c in after.values() if c.source is not None]
    assert held and all(c.reused and c.value and c.request_id for c in held)
