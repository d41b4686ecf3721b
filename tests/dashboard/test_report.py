"""The monthly report: the national reuse indicators per agency, cell by cell, then as a leader
and an agency read it (page and CSV)."""

from __future__ import annotations

import csv
import io
import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from dashboard_helpers import PASSWORD, history
from sqlalchemy import insert

from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.dashboard import Month
from lienthong.dashboard._report import AgencyMonth, ProcedureShape, tally
from lienthong.errors import InputError
from lienthong.procedures._tables import procedure_dossier
from lienthong.store import Store
from lienthong.web import create_app

POP = "CA-HCM/cong-dan/v1"
SHAPES = {
    "CT-01": ProcedureShape("CA-HCM", (("ho_ten", "ngay_sinh"), ("dia_chi",)), (POP,)),
    "BH-01": ProcedureShape("BHXH-HCM", (), ("BHXH-HCM/the-bhyt/v1",)),
}


def _component(name: str, reused: bool, source: str | None = POP) -> dict[str, Any]:
    return {"name": name, "value": "x", "reused": reused, "source": source if reused else None}


def _dossier(procedure: str, agency: str, *parts: dict[str, Any]) -> dict[str, Any]:
    return {"procedure": procedure, "agency": agency, "components": list(parts)}


def test_each_indicator_counts_what_it_says() -> None:
    rows = tally(
        [
            # all three fields reused from the population register: both papers avoided
            _dossier(
                "CT-01",
                "CA-HCM",
                *(_component(n, True) for n in ("ho_ten", "ngay_sinh", "dia_chi")),
            ),
            # one of the two fields replacing the ID card: no paper avoided, still reusing
            _dossier("CT-01", "CA-HCM", _component("ho_ten", True), _component("ngay_sinh", False)),
            # typed by hand: received, not reusing
            _dossier("CT-01", "CA-HCM", _component("ho_ten", False)),
            # reused, but from another register than the population database
            _dossier("BH-01", "BHXH-HCM", _component("so_the", True, "BHXH-HCM/the-bhyt/v1")),
        ],
        SHAPES,
        {POP},
    )
    police, insurance = rows["CA-HCM"], rows["BHXH-HCM"]
    assert (police.dossiers, police.reusing, police.population) == (3, 2, 2)
    assert (police.fields_prefilled, police.papers_avoided) == (4, 2)
    assert (police.procedures, police.procedures_connected) == (1, 1)
    assert police.reuse_share == pytest.approx(2 / 3)
    assert police.reuse_score == pytest.approx((2 / 3) / 0.8)
    assert (insurance.reusing, insurance.population, insurance.procedures_connected) == (1, 0, 0)
    assert insurance.reuse_score == 1.0  # 100 % ≥ 80 %: full points, never more


def test_an_agency_without_dossiers_has_no_share_rather_than_zero() -> None:
    empty = AgencyMonth("SYT-HCM")
    assert empty.reuse_share is None and empty.reuse_score is None
    assert empty.population_share is None


def test_months_are_vietnam_calendar_months() -> None:
    december = Month.parse("2026-12")
    assert december.start == datetime(2026, 11, 30, 17, tzinfo=UTC)
    assert december.end == datetime(2026, 12, 31, 17, tzinfo=UTC)
    assert str(december.next()) == "2027-01" and str(Month.parse("2027-01").previous()) == "2026-12"
    assert Month.of(datetime(2026, 11, 30, 18, tzinfo=UTC)) == december  # 01:00 on 1 Dec, HCMC
    for bad in ("2026-13", "2026-1", "26-12", "tháng 12", "2026-12-01"):
        with pytest.raises(InputError, match="not a month"):
            Month.parse(bad)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _store_dossiers(store: Store, submitted: datetime) -> None:
    """Three police dossiers (SANDBOX-CT-01) submitted at ``submitted``, as in the first test."""
    names = ("ho_ten", "ngay_sinh", "thuong_tru_dia_chi")
    parts = [
        [_component(n, True) for n in names],
        [_component("ho_ten", True), _component("ngay_sinh", False)],
        [_component("ho_ten", False)],
    ]
    with store.begin() as conn:
        for components in parts:
            conn.execute(
                insert(procedure_dossier).values(
                    id=str(uuid.uuid4()),
                    procedure="SANDBOX-CT-01",
                    agency="CA-HCM",
                    subject="079090000001",
                    status="submitted",
                    created_ts=submitted.timestamp(),
                    submitted_ts=submitted.timestamp(),
                    components=components,
                )
            )


async def _login(http: httpx.AsyncClient, name: str) -> None:
    await http.post(
        "/login",
        content=f"name={name}&password={PASSWORD}".encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def _cell(html: str, agency: str, figure: str) -> str:
    row = re.search(rf'<tr data-agency="{agency}">(.*?)</tr>', html, re.S)
    assert row, agency
    found = re.search(rf'data-figure="{figure}">([^<]*)<', row.group(1))
    assert found, figure
    return found.group(1)


@pytest.mark.anyio
async def test_a_leader_reads_the_month_and_downloads_it_an_agency_sees_its_own(
    city_home: Path,
) -> None:
    settings = Settings(home=city_home, dev_mode=False)
    store = Store.open(settings.resolved_store_url)
    history(AuditLog.open(store, city_home))  # calls now: BHXH made 8, SYT 2, CA served 10
    now = datetime.now(UTC)
    this_month = Month.of(now)
    _store_dossiers(store, now - timedelta(minutes=1))
    _store_dossiers(store, this_month.start - timedelta(days=3))  # last month: not counted
    app = create_app(settings, store, json_logs=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        anonymous = await http.get("/dashboard/report")
        await _login(http, "lanh-dao")
        page = await http.get("/dashboard/report")
        english = await http.get("/dashboard/report?lang=en")
        table = await http.get(f"/dashboard/report.csv?month={this_month}")
        last = await http.get(f"/dashboard/report?month={this_month.previous()}&lang=vi")
        bad = await http.get("/dashboard/report?month=2026-13")
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        await _login(http, "bhxh")
        own = await http.get("/dashboard/report.csv")
    store.close()
    assert anonymous.status_code == 303
    html = page.text
    assert page.status_code == 200 and "<h1>Báo cáo tháng " in html
    assert 'data-complete="false"' in html
    assert _cell(html, "CA-HCM", "reuse-share") == "66,7 %"
    assert _cell(html, "CA-HCM", "reuse-score") == "83,3 %"
    assert _cell(html, "CA-HCM", "papers-avoided") == "2"
    assert _cell(html, "BHXH-HCM", "calls-made") == "8"
    assert _cell(html, "SYT-HCM", "reuse-share") == "chưa có dữ liệu"  # no dossiers: no share
    assert _cell(english.text, "CA-HCM", "reuse-share") == "66.7 %"
    assert "079090000001" not in html
    rows = {r["agency"]: r for r in csv.DictReader(io.StringIO(table.text))}
    assert table.headers["content-type"].startswith("text/csv")
    assert rows["CA-HCM"]["dossiers"] == "3" and rows["CA-HCM"]["reuse_share"] == "0.6667"
    assert rows["CA-HCM"]["population"] == "2" and rows["CA-HCM"]["procedures_connected"] == "1"
    assert rows["BHXH-HCM"]["calls_made"] == "8" and rows["CA-HCM"]["calls_served"] == "10"
    assert rows["SYT-HCM"]["reuse_share"] == ""  # missing is not zero
    assert _cell(last.text, "CA-HCM", "papers-avoided") == "2"  # its own three dossiers
    assert 'data-complete="true"' in last.text
    assert _cell(last.text, "BHXH-HCM", "calls-made") == "chưa có dữ liệu"  # no calls logged then
    assert bad.status_code == 400 and "NNNN-TT" in bad.text
    assert [r["agency"] for r in csv.DictReader(io.StringIO(own.text))] == ["BHXH-HCM"]


def _pdf_text(response: httpx.Response) -> str:
    from pypdf import PdfReader

    assert response.status_code == 200, response.text[:200]
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-") and b"%%EOF" in response.content[-32:]
    reader = PdfReader(io.BytesIO(response.content))  # parses: a valid PDF
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.anyio
async def test_the_month_downloads_as_a_pdf_holding_the_agencys_figures(city_home: Path) -> None:
    from dashboard_helpers import call

    from lienthong.audit import Outcome

    settings = Settings(home=city_home, dev_mode=False)
    store = Store.open(settings.resolved_store_url)
    month = Month.of(datetime.now(UTC)).previous().previous()  # a month no other test uses
    middle = month.start + timedelta(days=10)
    _store_dossiers(store, middle)
    made = call("BHXH-HCM", "CA-HCM", Outcome.ALLOWED).model_copy(update={"time": middle})
    AuditLog.open(store, city_home).append_many([made] * 7)
    transport = httpx.ASGITransport(app=create_app(settings, store, json_logs=False))
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        await _login(http, "lanh-dao")
        page = await http.get(f"/dashboard/report?month={month}&agency=CA-HCM")
        police = await http.get(f"/dashboard/report.pdf?month={month}&agency=CA-HCM&lang=en")
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as http:
        await _login(http, "bhxh")
        own = await http.get(f"/dashboard/report.pdf?month={month}&agency=CA-HCM")
    store.close()
    assert f'href="/dashboard/report.pdf?month={month}&amp;agency=CA-HCM"' in page.text
    text = _pdf_text(police)
    assert f"{month.month}/{month.year}" in text and "Dossiers received" in text
    assert "CA-HCM" in text and "BHXH-HCM" not in text  # one agency's copy
    assert "66.7 %" in text and "83.3 %" in text  # its reuse share and score
    assert re.search(r"CA-HCM 3 2 66.7 % 83.3 % 2 4 2 1 / 1 0 7 0", text)  # and its 7 served
    assert "lienthong-bao-cao-" in police.headers["content-disposition"]
    mine = _pdf_text(own)  # an agency account gets its own row, whatever it asks for
    assert "BHXH-HCM" in mine and "CA-HCM" not in mine.replace("BHXH-HCM", "")
    assert "Báo cáo tháng" in mine and "chưa có dữ liệu" in mine  # Vietnamese text survives
    assert re.search(r"BHXH-HCM .* 7 0 0", mine)  # its 7 calls made, none served or refused
