"""The pages over HTTP: the front door, login, the overview's figures and the sharing matrix."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from dashboard_helpers import PASSWORD, history
from sqlalchemy import text

from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.dashboard import AuditRollup
from lienthong.store import Store
from lienthong.web import create_app

Platform = tuple[Settings, Store, AuditLog]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def _client(settings: Settings, store: Store) -> httpx.AsyncClient:
    app = create_app(settings, store, json_logs=False)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw")


async def _login(http: httpx.AsyncClient, password: str = PASSWORD) -> httpx.Response:
    return await http.post(
        "/login",
        content=f"name=lanh-dao&password={password}&next=/dashboard".encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def _figure(html: str, name: str) -> str:
    found = re.search(rf'data-figure="{name}">([^<]*)<', html)
    assert found, name
    return found.group(1)


@pytest.mark.anyio
async def test_the_front_door_is_a_page_in_vietnamese_with_an_english_toggle(
    platform: Platform,
) -> None:
    settings, store, _ = platform
    async with await _client(settings, store) as http:
        home = await http.get("/")
        english = await http.get("/?lang=en")
        sticky = await http.get("/login")  # the toggle is remembered
    assert home.status_code == 200 and home.headers["content-type"].startswith("text/html")
    assert '<html lang="vi">' in home.text and "Liên thông dữ liệu" in home.text
    assert "default-src 'self'" in home.headers["content-security-policy"]
    assert '<html lang="en">' in english.text and "Ho Chi Minh City data exchange" in english.text
    assert '<html lang="en">' in sticky.text
    assert "http://" not in home.text and "https://" not in home.text  # nothing from outside


@pytest.mark.anyio
async def test_the_dashboard_needs_a_login_and_refuses_a_wrong_password(
    platform: Platform,
) -> None:
    settings, store, _ = platform
    async with await _client(settings, store) as http:
        anonymous = await http.get("/dashboard")
        wrong = await _login(http, "not-the-password")
        huge = await http.post("/login", content=b"name=" + b"a" * 10_000)
        offsite = await http.get("/login?next=//evil.example/")
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
    assert wrong.status_code == 401 and "không đúng" in wrong.text
    assert "lt_session" not in wrong.headers.get("set-cookie", "")
    assert huge.status_code == 413
    assert 'value="/dashboard"' in offsite.text  # a login never sends anyone off-site


@pytest.mark.anyio
async def test_the_overview_counts_the_audit_log_and_says_when_there_is_no_data(
    platform: Platform,
) -> None:
    settings, store, audit = platform
    async with await _client(settings, store) as http:
        logged_in = await _login(http)
        assert logged_in.status_code == 303
        empty = (await http.get("/dashboard")).text
        history(audit)
        full = (await http.get("/dashboard")).text
        english = (await http.get("/dashboard?lang=en")).text
        matrix = (await http.get("/dashboard/sharing")).text
    assert _figure(empty, "calls-allowed") == "chưa có dữ liệu"  # missing is not zero
    assert _figure(full, "calls-allowed") == "10"
    assert _figure(full, "calls-refused") == "2"
    assert "consent-revoked" in full and "no-right" in full
    assert "Log out" in english and _figure(english, "calls-allowed") == "10"
    assert "079090000001" not in full + matrix  # no CCCD in clear anywhere
    cells = re.findall(r'<td class="num hot">([^<]*)</td>', matrix)
    assert sorted(cells) == ["2", "8"]  # BHXH ← CA 8 released calls, SYT ← CA 2


def test_the_rollup_adds_only_what_changed(any_store: Store, tmp_path: Path) -> None:
    store = any_store
    audit = AuditLog.open(store, tmp_path)
    rollup = AuditRollup(store)
    history(audit)
    first = rollup.figures()
    assert first.entries == 12 and first.calls["allowed"] == 10
    history(audit)
    again = rollup.figures()
    assert again.entries == 24 and again.calls["denied"] == 4
    assert again.sharing[("BHXH-HCM", "CA-HCM")] == 16
    assert sum(count for _, count in again.days()) == 20
    fresh = AuditRollup(store).figures()  # a restarted server reads the stored rollups
    assert fresh == again and rollup.seq == audit.head().seq


@pytest.mark.parametrize(
    ("value", "lang", "digits", "shown"),
    [
        (1234567, "vi", 0, "1.234.567"),
        (1234567, "en", 0, "1,234,567"),
        (96.25, "vi", 1, "96,2"),
        (None, "vi", 0, "chưa có dữ liệu"),
        (None, "en", 1, "no data"),
    ],
)
def test_numbers_in_each_language(value: float | None, lang: str, digits: int, shown: str) -> None:
    from lienthong.dashboard._i18n import number

    assert number(value, lang, digits) == shown


@pytest.mark.anyio
async def test_an_agency_sees_its_own_detail_and_a_leader_sees_any(platform: Platform) -> None:
    from lienthong.dashboard import Accounts
    from lienthong.registry import Registry

    settings, store, audit = platform
    registry = Registry(store)
    registry.add_agency("CA-HCM", "Công an Thành phố")
    registry.add_agency("BHXH-HCM", "Bảo hiểm xã hội Thành phố")
    Accounts(settings.home).add("bhxh", PASSWORD, "agency", "BHXH-HCM")
    history(audit)
    async with await _client(settings, store) as http:
        await _login(http)
        police = await http.get("/dashboard/agency/CA-HCM")
        missing = await http.get("/dashboard/agency/XX-HCM")
        bad = await http.get("/dashboard/agency/ca%0A")
    async with await _client(settings, store) as http:
        await http.post(
            "/login",
            content=f"name=bhxh&password={PASSWORD}".encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        own = await http.get("/dashboard/agency/BHXH-HCM")
        other = await http.get("/dashboard/agency/CA-HCM")
    assert police.status_code == 200 and "Công an Thành phố" in police.text
    assert 'data-service-allowed="CA-HCM/cong-dan/v1">10<' in police.text
    assert missing.status_code == 404 and bad.status_code == 404
    assert own.status_code == 200 and "CA-HCM" in own.text  # whose data it uses
    assert other.status_code == 403


@pytest.mark.anyio
async def test_call_monitoring_filters_and_shows_no_personal_data(platform: Platform) -> None:
    settings, store, audit = platform
    history(audit)
    async with await _client(settings, store) as http:
        await _login(http)
        everything = (await http.get("/dashboard/calls")).text
        refused = (await http.get("/dashboard/calls?outcome=denied")).text
        syt = (await http.get("/dashboard/calls?agency=SYT-HCM")).text
        odd = await http.get("/dashboard/calls?agency=%3Cscript%3E")
    assert everything.count("<tr data-seq=") == 12
    assert refused.count("<tr data-seq=") == 2
    assert syt.count("<tr data-seq=") == 3
    assert odd.status_code == 200 and odd.text.count("<tr data-seq=") == 12  # ignored filter
    assert "079090000001" not in everything  # no CCCD, no subject key


def test_closed_hours_are_summed_once_and_a_late_entry_is_still_counted(
    any_store: Store, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from dashboard_helpers import call

    from lienthong.audit import Outcome

    audit = AuditLog.open(any_store, tmp_path)
    clock = [datetime(2026, 12, 1, 10, 30, tzinfo=UTC)]
    rollup = AuditRollup(any_store, now=lambda: clock[0])

    def at(hour: int, count: int) -> None:
        moment = datetime(2026, 12, 1, hour, 5, tzinfo=UTC)
        event = call("BHXH-HCM", "CA-HCM", Outcome.ALLOWED)
        audit.append_many([event.model_copy(update={"time": moment})] * count)

    at(7, 3)  # closed at 10:30 (the cut is 09:00)
    at(10, 2)  # open
    assert rollup.figures().calls["allowed"] == 5
    at(10, 1)  # open hours are read on every view
    at(6, 4)  # late into a closed hour: caught by its seq, the closed hours summed again
    assert rollup.figures().calls["allowed"] == 10
    clock[0] += timedelta(hours=3)  # the cut moves past hour 10: it closes
    at(12, 1)
    found = rollup.figures()
    assert found.calls["allowed"] == 11 and found == AuditRollup(any_store).figures()
    assert found.days() == [("2026-12-01", 11)] and rollup.seq == audit.head().seq


@pytest.mark.anyio
async def test_drill_down_and_monitoring_show_each_services_p95(platform: Platform) -> None:
    from dashboard_helpers import call

    from lienthong.audit import Outcome
    from lienthong.registry import Registry

    settings, store, audit = platform
    Registry(store).add_agency("CA-HCM", "Công an Thành phố")
    timed = call("BHXH-HCM", "CA-HCM", Outcome.ALLOWED)
    # 20 calls: 19 at 3 ms and one at 700 ms; the nearest-rank p95 is the 19th, in (2.83, 4] ms.
    audit.append_many(
        [timed.model_copy(update={"latency_ms": 3.0})] * 19
        + [timed.model_copy(update={"latency_ms": 700.0})]
    )
    async with await _client(settings, store) as http:
        await _login(http)
        police = (await http.get("/dashboard/agency/CA-HCM?lang=en")).text
        monitoring = (await http.get("/dashboard/calls?lang=en")).text
    shown = 'data-service-p95="CA-HCM/cong-dan/v1">≤ 4.00<'
    assert shown in police and shown in monitoring


def test_the_server_sums_the_closed_hours_before_the_first_view(
    platform: Platform, caplog: pytest.LogCaptureFixture
) -> None:
    from lienthong.dashboard import warm

    settings, store, audit = platform
    history(audit)
    app = create_app(settings, store, json_logs=False)
    warm(app.state)  # what the server's start runs, in a thread
    assert app.state.audit_rollup.seq == audit.head().seq
    with store.begin() as conn:  # a store the figures cannot be read from
        conn.execute(text("DROP TABLE audit_latency"))
    app.state.audit_rollup = None
    warm(app.state)  # logged, not raised at start
    assert "could not warm" in caplog.text
