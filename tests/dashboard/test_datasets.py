"""Drill-down to a dataset: its profile and checks for whoever may see the agency, sample failing
rows only for the owning agency's team, masked, and every release or refusal audited."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from dashboard_helpers import PASSWORD
from sqlalchemy import text

from lienthong.config import Settings
from lienthong.dashboard._datasets import MASK, mask, masked_rows
from lienthong.quality._history import latest_runs, run_results
from lienthong.store import Store
from lienthong.web import create_app

DATASET = "health_insurance.TheBHYT"  # owned by BHXH-HCM
CHECK = "population_agreement:SoCCCD"  # rows whose CCCD the population register disagrees with
TWELVE_DIGITS = re.compile(r"(?<!\d)\d{12}(?!\d)")


def test_a_masked_value_keeps_only_its_length_and_edges() -> None:
    assert mask("079090000001") == "0" + MASK * 10 + "1"
    assert mask("Lê") == MASK * 2 and mask(None) == "" and mask(42) == MASK * 2
    columns, body = masked_rows(
        [{"so_cccd": "079090000001", "ward": "26734"}, {"so_cccd": None, "extra": "x y z"}],
        clear={"ward"},
    )
    assert columns == ["so_cccd", "ward", "extra"]  # a column no row names is masked too
    assert body == [["0" + MASK * 10 + "1", "26734", ""], ["", "", "x" + MASK * 3 + "z"]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _client(app: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw")  # type: ignore[arg-type]


async def _login(http: httpx.AsyncClient, name: str) -> None:
    await http.post(
        "/login",
        content=f"name={name}&password={PASSWORD}".encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def _samples(store: Store) -> list[dict[str, object]]:
    with store.connect() as conn:
        entries = conn.execute(text("SELECT entry FROM audit_entry ORDER BY seq")).scalars()
        found = [json.loads(e) for e in entries]
    return [e for e in found if str(e["event"]).startswith("QUALITY_SAMPLE")]


@pytest.mark.anyio
async def test_the_owning_team_sees_masked_failing_rows_a_leader_only_counts(
    city_home: Path,
) -> None:
    settings = Settings(home=city_home, dev_mode=False)
    store = Store.open(settings.resolved_store_url)
    stored = {
        r["check_name"]: r
        for r in run_results(store, int(latest_runs(store, 1)[0]["id"]))
        if r["dataset"] == DATASET
    }
    before = len(_samples(store))
    app = create_app(settings, store, json_logs=False)
    async with _client(app) as http:
        await _login(http, "lanh-dao")
        leader_page = await http.get(f"/dashboard/dataset/{DATASET}")
        leader_rows = await http.get(f"/dashboard/dataset/{DATASET}/failures?check={CHECK}")
        missing = await http.get("/dashboard/dataset/nothing.here")
    async with _client(app) as http:
        await _login(http, "bhxh")
        own_page = await http.get(f"/dashboard/dataset/{DATASET}?lang=vi")
        rows = await http.get(f"/dashboard/dataset/{DATASET}/failures", params={"check": CHECK})
        whole = await http.get(
            f"/dashboard/dataset/{DATASET}/failures", params={"check": "freshness:NgayCapNhat"}
        )
        other_agency = await http.get("/dashboard/dataset/population.cong_dan")
        unknown_check = await http.get(f"/dashboard/dataset/{DATASET}/failures?check=nope")
    samples = _samples(store)[before:]
    store.close()

    # The leader: every check with its failing count and history, the profile, no rows.
    assert leader_page.status_code == 200
    html = leader_page.text
    failed = re.search(rf'data-check="{CHECK}">.*?data-figure="failed">(\d+) ', html, re.S)
    assert failed and int(failed.group(1)) == stored[CHECK]["failed"]
    assert html.count("<tr data-check=") == len(stored)
    assert 'data-column="SoCCCD"' in html and "ẩn (dữ liệu cá nhân)" in html
    assert "/failures?" not in html and "cơ quan sở hữu dữ liệu" in html
    assert not TWELVE_DIGITS.search(html)  # no CCCD in clear (the profile's values are hidden)
    assert leader_rows.status_code == 403 and missing.status_code == 404

    # The owning agency: a link per failing check, then the rows, masked, at most 20.
    assert own_page.status_code == 200 and "/failures?check=" in own_page.text
    assert rows.status_code == 200
    shown = int(re.search(r'data-figure="shown">(\d+)<', rows.text).group(1))  # type: ignore[union-attr]
    failing = int(re.search(r'data-figure="failing">(\d+)<', rows.text).group(1))  # type: ignore[union-attr]
    assert failing == stored[CHECK]["failed"] and shown == min(20, failing)
    assert rows.text.count(MASK) > shown and not TWELVE_DIGITS.search(rows.text)
    assert whole.status_code == 400 and "không có dòng lỗi" in whole.text
    assert other_agency.status_code == 403 and unknown_check.status_code == 404

    # Audited: the leader's refusal, then the release with the rows' citizens as subjects.
    refused, released = samples[0], samples[1]
    assert refused["event"] == "QUALITY_SAMPLE_REFUSED" and refused["outcome"] == "denied"
    assert refused["client"] == "dashboard:lanh-dao" and refused["service"] == DATASET
    assert released["event"] == "QUALITY_SAMPLE" and released["client_agency"] == "BHXH-HCM"
    assert released["data"]["rows"] == shown and released["data"]["check"] == CHECK
    assert 0 < len(released["subject_keys"]) <= shown
    assert all(len(k) == 64 for k in released["subject_keys"])  # keyed hashes, not CCCDs


@pytest.mark.anyio
async def test_open_corrections_show_beside_the_correct_score(city_home: Path) -> None:
    """A value a citizen flagged as wrong shows, until closed, in the dataset's drill-down and
    in `quality report` beside "đúng", counted for the dataset and the agency holding it; it
    fails the "đúng" check corrections_open, so the dataset's đúng drops (and its agency's and
    the city's) until sync sees the source value change, which closes it: the score comes back."""
    import os
    import subprocess
    import sys

    from sqlalchemy import delete

    from lienthong.procedures import SHIPPED, Component, Corrections, Dossiers, load_catalogue
    from lienthong.procedures._corrections import open_requests
    from lienthong.procedures._tables import procedure_correction, procedure_dossier
    from lienthong.sync import Change, StoreChangeLog

    held = "population.cong_dan"  # CA-HCM/cong-dan/v1 reads it
    settings = Settings(home=city_home, dev_mode=False)
    store = Store.open(settings.resolved_store_url)
    source = "CA-HCM/cong-dan/v1"
    flagged = Component("ho_ten", "Lê Văn A", reused=True, source=source, flagged_wrong=True)
    # a draft (not a submitted dossier, which the monthly report of this shared home counts)
    draft = Dossiers(store).draft(
        load_catalogue(SHIPPED).get("SANDBOX-CT-01"), "079090000001", [flagged]
    )
    with store.begin() as conn:
        [made] = open_requests(
            conn,
            dossier=draft.id,
            procedure="SANDBOX-CT-01",
            subject="079090000001",
            components=[flagged.as_dict()],
            fields={},
            note=None,
            datasets={source: held},
        )

    def report(key: str = "open_corrections") -> dict[tuple[str, str], Any]:
        done = subprocess.run(
            [str(Path(sys.executable).parent / "lienthong"), "quality", "report", "--json"],
            env={**os.environ, "LIENTHONG_HOME": str(city_home)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        rows = json.loads(done.stdout)["rows"]
        return {(r["scope"], r["subject"]): r.get(key) for r in rows}

    async def http_page(dataset: str) -> str:
        async with _client(create_app(settings, store, json_logs=False)) as http:
            await _login(http, "lanh-dao")
            return (await http.get(f"/dashboard/dataset/{dataset}")).text

    async def page() -> str:
        async with _client(create_app(settings, store, json_logs=False)) as http:
            await _login(http, "lanh-dao")
            shown = await http.get(f"/dashboard/dataset/{held}")
        assert shown.status_code == 200
        figure = re.search(r'data-figure="open-corrections">([^<]+)<', shown.text)
        assert figure is not None
        return figure.group(1)

    from lienthong.quality import report as scores_now
    from lienthong.quality._corrections import run_rows

    plain = {(r.scope, r.subject): r.scores for r in scores_now(store, corrections=False).rows}
    rows = run_rows(store, scores_now(store).run_id)[held][1]
    try:
        assert await page() == "1"
        figures = report()
        assert figures[("dataset", held)] == 1 and figures[("agency", "CA-HCM")] == 1
        assert figures[("dataset", DATASET)] == 0 and figures[("agency", "BHXH-HCM")] == 0
        assert figures[("city", "city")] is None  # a city-wide figure would hide who holds it
        # The flagged value fails "đúng": đúng × (1 − 1/rows), and the means above it follow.
        scores = report("scores")
        before = plain[("dataset", held)]["đúng"]
        assert scores[("dataset", held)]["đúng"] == round(before * (1 - 1 / rows), 1) < before
        assert scores[("agency", "CA-HCM")]["đúng"] < plain[("agency", "CA-HCM")]["đúng"]
        assert scores[("city", "city")]["đúng"] <= plain[("city", "city")]["đúng"]  # rounded
        assert scores[("dataset", DATASET)] == plain[("dataset", DATASET)]  # untouched
        assert "corrections_open" in await http_page(held)
        # The register corrects the name; sync captures the change: the request closes by
        # itself and the score is back where it was.
        now = datetime.now(UTC)
        corrected = {"so_dinh_danh": "079090000001", "ho_ten": "Lê Văn Bình"}
        StoreChangeLog(store).append(
            [Change(held, "update", '["079090000001"]', "fix-1", now, None, corrected)]
        )
        assert report("scores")[("dataset", held)] == plain[("dataset", held)]
        assert report("scores")[("city", "city")] == plain[("city", "city")]
        assert await page() == "0"
        assert report()[("dataset", held)] == 0
        assert Corrections(store).get(made).closed_by == "sync"  # type: ignore[union-attr]
    finally:  # the home is shared by the session's dashboard tests
        with store.begin() as conn:
            conn.execute(delete(procedure_correction).where(procedure_correction.c.id == made))
            conn.execute(delete(procedure_dossier).where(procedure_dossier.c.id == draft.id))
        store.close()
