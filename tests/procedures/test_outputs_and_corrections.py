"""Approval writes the procedure's output into the deciding agency's register (audited, written
or not); "this is wrong" becomes a correction request to the agency that holds the value."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from procedure_city import (
    TODAY,
    ProcedureCity,
    build_city,
    parent_with_youngest,
    parents_with_youngest,
    prefilled,
    submitted,
    years_ago,
)

from lienthong.audit import EventType
from lienthong.errors import ConfigError, ConflictError, InputError, NotFoundError, SourceError
from lienthong.procedures import Corrections, Dossiers, decide
from lienthong.procedures._outputs import _engine_url

CODE = "SANDBOX-BHYT-01"


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProcedureCity]:
    found = build_city(tmp_path_factory.mktemp("output-city"))
    yield found
    found.store.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _cards(city: ProcedureCity, child: str) -> list[tuple[object, ...]]:
    return city.query(
        "health_insurance",
        'SELECT "MaThe", "HoTen", "NgaySinh", "GioiTinh", "HanTheDen", "NgayCapNhat"'
        ' FROM "TheBHYT" WHERE "SoCCCD" = ?',
        child,
    )


async def _decide(city: ProcedureCity, dossier_id: str, approve: bool, reason: str = "") -> object:
    return await decide(
        Dossiers(city.store),
        city.catalogue.get(CODE),
        dossier_id,
        approve=approve,
        officer="can-bo-bhxh",
        agency="BHXH-HCM",
        reason=reason,
        audit=city.app.state.audit_writer.write,
        today=TODAY,
    )


@pytest.mark.anyio
async def test_approval_writes_the_card_to_bhxh_and_audits_it(city: ProcedureCity) -> None:
    parent, child = next(
        (parent, child)
        for parent, child in parents_with_youngest(
            city, years_ago(6)[:-2] + "99", TODAY.isoformat()
        )
        if not _cards(city, child)  # a child without a card yet
    )
    found = await prefilled(city, CODE, parent)
    assert found["con_so_dinh_danh"].value == child
    dossier = submitted(city, CODE, parent, found, noi_kcb_ban_dau="Trạm y tế phường")

    decided = await _decide(city, dossier.id, approve=True)
    assert decided.status == "approved"  # type: ignore[attr-defined]
    [(card, name, born, sex, valid_until, stamped)] = _cards(city, child)
    assert card == "TE179" + child[-10:] and name == found["con_ho_ten"].value
    birth = str(found["con_ngay_sinh"].value)
    assert born == f"{birth[8:10]}/{birth[5:7]}/{birth[:4]}"
    assert sex == (1 if found["con_gioi_tinh"].value == "Nam" else 0)
    assert valid_until == f"{birth[8:10]}/{birth[5:7]}/{int(birth[:4]) + 6}"
    assert str(stamped).startswith(TODAY.isoformat()[:4])

    log = city.app.state.exchange.audit_log
    [write] = [r for r in log.for_subject(child, limit=20) if r.event == EventType.REGISTER_WRITE]
    assert (write.purpose, write.service) == (CODE, "health_insurance.TheBHYT")
    assert "MaThe" in write.fields and write.client == "LIENTHONG-PORTAL"
    assert [r.event for r in log.for_subject(parent, limit=50)].count(EventType.REGISTER_WRITE)

    # a second dossier for the same child: the register refuses the duplicate card
    again = submitted(city, CODE, parent, found, noi_kcb_ban_dau="Trạm y tế phường")
    with pytest.raises(SourceError, match="refused the new TheBHYT row"):
        await _decide(city, again.id, approve=True)
    assert Dossiers(city.store).get(again.id).status == "submitted"  # still in the queue
    assert len(_cards(city, child)) == 1
    failed = [
        r for r in log.for_subject(child, limit=20) if r.event == EventType.REGISTER_WRITE_FAILED
    ]
    assert len(failed) == 1 and "refused" in (failed[0].reason or "")

    refused = await _decide(city, again.id, approve=False, reason="Trùng thẻ")
    assert refused.status == "refused" and len(_cards(city, child)) == 1  # type: ignore[attr-defined]
    with pytest.raises(ConflictError):
        await _decide(city, again.id, approve=True)


def test_only_sql_registers_take_outputs() -> None:
    assert _engine_url("sqlite", "/data/bhxh.db") == "sqlite:////data/bhxh.db"
    assert _engine_url("postgresql", "postgresql://u:p@h/db").startswith("postgresql+psycopg://")
    assert _engine_url("mariadb", "mysql://root@h/db").startswith("mysql+pymysql://")
    with pytest.raises(ConfigError, match="only SQL databases"):
        _engine_url("csv", "/data/land.csv")


@pytest.mark.anyio
async def test_a_wrong_value_goes_to_the_agency_that_holds_it(city: ProcedureCity) -> None:
    # the parent's youngest child is seven: flagged as wrong, the birth date is not held
    # against the parent; the officer sees the rule as not checked
    parent = parent_with_youngest(city, years_ago(8)[:-2] + "99", years_ago(7))
    found = await prefilled(city, CODE, parent)
    with pytest.raises(InputError, match="dưới 6 tuổi"):
        submitted(city, CODE, parent, found, noi_kcb_ban_dau="Trạm y tế")
    assert Corrections(city.store).find("CA-HCM") == []  # a refused submission stores nothing
    dossier = submitted(
        city,
        CODE,
        parent,
        found,
        flagged={"con_ngay_sinh", "noi_kcb_ban_dau"},  # a typed field cannot be flagged
        note="Con tôi sinh năm 2021",
        noi_kcb_ban_dau="Trạm y tế",
    )
    assert [v["met"] for v in dossier.eligibility or []] == [None]
    corrections = Corrections(city.store)
    [request] = corrections.find("CA-HCM")  # the population register holds it, not BHXH
    assert corrections.find("BHXH-HCM") == []
    assert (request.service, request.field) == ("CA-HCM/tre-em/v1", "con_ngay_sinh")
    assert request.value == found["con_ngay_sinh"].value and request.note == "Con tôi sinh năm 2021"
    assert request.request_id == found["con_ngay_sinh"].request_id  # the audited fetch
    assert request.dossier == dossier.id and request.status == "open"

    with pytest.raises(NotFoundError):
        corrections.resolve(request.id, agency="BHXH-HCM", officer="x", resolution="corrected")
    with pytest.raises(InputError, match="corrected, confirmed"):
        corrections.resolve(request.id, agency="CA-HCM", officer="x", resolution="done")
    closed = corrections.resolve(
        request.id, agency="CA-HCM", officer="can-bo-ca", resolution="corrected", note="Đã sửa"
    )
    assert (closed.status, closed.closed_by, closed.resolution) == (
        "corrected",
        "can-bo-ca",
        "Đã sửa",
    )
    assert corrections.find("CA-HCM") == []
    assert [c.id for c in corrections.find("CA-HCM", status=None)] == [request.id]
    with pytest.raises(ConflictError, match="already corrected"):
        corrections.resolve(request.id, agency=None, officer="op", resolution="confirmed")


@pytest.mark.anyio
async def test_a_correction_closes_when_sync_sees_the_value_change(city: ProcedureCity) -> None:
    from datetime import UTC, datetime

    from lienthong.sync import Change, StoreChangeLog

    parent = parent_with_youngest(city, years_ago(6)[:-2] + "99", TODAY.isoformat())
    found = await prefilled(city, CODE, parent)
    held = found["nguoi_khai_dia_chi"].value
    submitted(
        city,
        CODE,
        parent,
        found,
        flagged={"nguoi_khai_dia_chi"},
        note="Địa chỉ cũ",
        noi_kcb_ban_dau="Trạm y tế",
    )
    corrections = Corrections(city.store)
    [request] = [c for c in corrections.find("CA-HCM") if c.subject == parent]
    assert request.dataset == "population.cong_dan" and request.field == "thuong_tru_dia_chi"
    log = StoreChangeLog(city.store)
    now = datetime.now(UTC)

    def change(cccd: str, address: str | None, position: str) -> Change:
        row = {"so_dinh_danh": cccd, "ho_ten": "x", "thuong_tru_dia_chi": address}
        return Change("population.cong_dan", "update", f'["{cccd}"]', position, now, None, row)

    log.append([change("079999999999", "somewhere else", "p1")])  # another citizen
    log.append([change(parent, held, "p2")])  # the citizen's row, the same value
    assert corrections.recheck() == [] and corrections.find("CA-HCM")
    log.append([change(parent, "5 Hai Bà Trưng, Phường Tân Định", "p3")])
    [closed] = corrections.recheck()
    assert (closed.id, closed.status, closed.closed_by) == (request.id, "corrected", "sync")
    assert request.id not in [c.id for c in corrections.find("CA-HCM")]
    assert corrections.recheck() == []  # nothing left to close
