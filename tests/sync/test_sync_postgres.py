"""PostgreSQL logical decoding → change log → direct apply into PostgreSQL (real server)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import CaptureSpec, SubscriptionSpec, Sync

pytestmark = pytest.mark.integration

DDL = (
    "CREATE TABLE cong_dan (so_dinh_danh text PRIMARY KEY, ho_ten text NOT NULL,"
    " dia_chi text, ma_xa integer, ghi_chu text)"
)
TARGET_DDL = (
    "CREATE TABLE nguoi (cccd text PRIMARY KEY, ten text NOT NULL, dia_chi text,"
    " ma_xa integer CHECK (ma_xa >= 0))"
)
MAPPING = {"so_dinh_danh": "cccd", "ho_ten": "ten", "dia_chi": "dia_chi", "ma_xa": "ma_xa"}


@pytest.fixture
def pg_sync(store: Store, audit: AuditLog, pg_url: str) -> Iterator[tuple[Sync, str]]:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text(DDL))
        conn.execute(text(TARGET_DDL))
        conn.execute(
            text(
                "INSERT INTO cong_dan SELECT lpad(i::text, 12, '0'), 'Người ' || i,"
                " 'Địa chỉ ' || i, i, NULL FROM generate_series(1, 30) AS i"
            )
        )
    engine.dispose()
    sync = Sync(store, audit)
    sync.watch(
        CaptureSpec("population.cong_dan", "postgresql", pg_url, "cong_dan", ("so_dinh_danh",))
    )
    sync.subscribe(
        SubscriptionSpec(
            name="bhxh",
            dataset="population.cong_dan",
            client="BHXH-HCM",
            purpose="dia-chi",
            fields=tuple(MAPPING),
            mode="apply",
            target=pg_url,
            target_table="nguoi",
            mapping=MAPPING,
            target_key=("cccd",),
        )
    )
    try:
        yield sync, pg_url
    finally:
        sync.unwatch("population.cong_dan")
        sync.close()


def table(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(tuple(r) for r in conn.execute(text(sql)))
    finally:
        engine.dispose()


SOURCE = "SELECT so_dinh_danh, ho_ten, dia_chi, ma_xa FROM cong_dan"
TARGET = "SELECT cccd, ten, dia_chi, ma_xa FROM nguoi"


def test_inserts_updates_deletes_arrive_with_before_and_after(pg_sync: tuple[Sync, str]) -> None:
    sync, url = pg_sync
    sync.run(until_idle=True)
    assert table(url, TARGET) == table(url, SOURCE)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE cong_dan SET dia_chi = 'Mới' WHERE so_dinh_danh = lpad('3', 12, '0')")
        )
        conn.execute(text("DELETE FROM cong_dan WHERE so_dinh_danh = lpad('4', 12, '0')"))
        conn.execute(text("INSERT INTO cong_dan VALUES ('999999999999', 'Mới', NULL, 7, 'x')"))
    engine.dispose()
    sync.run(until_idle=True)
    sync.run(until_idle=True)
    assert table(url, TARGET) == table(url, SOURCE)
    log = sync.log("store").read("population.cong_dan", 30, 10)
    assert [c.change.op for c in log] == ["update", "delete", "insert"]
    update = log[0].change
    assert update.before is not None and update.after is not None
    assert update.before["dia_chi"] == "Địa chỉ 3" and update.after["dia_chi"] == "Mới"
    assert update.after["ma_xa"] == 3  # integers come back as integers


def test_a_change_the_target_refuses_is_dead_lettered_and_delivery_goes_on(
    pg_sync: tuple[Sync, str],
) -> None:
    sync, url = pg_sync
    sync.run(until_idle=True)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE cong_dan SET ma_xa = -1 WHERE so_dinh_danh = lpad('5', 12, '0')"))
        conn.execute(
            text("UPDATE cong_dan SET dia_chi = 'Sau' WHERE so_dinh_danh = lpad('6', 12, '0')")
        )
    engine.dispose()
    sync.run(until_idle=True)
    sync.run(until_idle=True)
    [lag] = sync.status()
    assert lag.dead_letters == 1 and lag.lag_changes == 0
    [letter] = sync.subscriptions.dead_letters("bhxh")
    assert "check" in letter.reason.lower() and letter.op == "update"
    assert ("000000000006", "Người 6", "Sau", 6) in table(url, TARGET)


def test_a_value_too_long_for_the_target_column_is_dead_lettered_not_cut(
    pg_sync: tuple[Sync, str],
) -> None:
    sync, url = pg_sync
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE nguoi ALTER COLUMN dia_chi TYPE varchar(12)"))
    sync.run(until_idle=True)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE cong_dan SET dia_chi = 'Số 7 đường Lê Lợi, Quận 1'"
                " WHERE so_dinh_danh = lpad('7', 12, '0')"
            )
        )
    engine.dispose()
    sync.run(until_idle=True)
    sync.run(until_idle=True)
    [letter] = sync.subscriptions.dead_letters("bhxh")
    assert "too long" in letter.reason and letter.op == "update"
    assert ("000000000007", "Người 7", "Địa chỉ 7", 7) in table(url, TARGET)


def test_a_source_that_goes_down_pauses_capture_and_resumes_without_a_gap(
    pg_sync: tuple[Sync, str],
) -> None:
    sync, url = pg_sync
    sync.run(until_idle=True)
    name = url.rsplit("/", 1)[1]
    source = create_engine(url)
    admin = create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")

    def bump(i: int) -> None:
        with source.begin() as conn:
            conn.execute(
                text("UPDATE cong_dan SET ma_xa = :i WHERE so_dinh_danh = lpad('1', 12, '0')"),
                {"i": i},
            )

    for i in range(100, 103):
        bump(i)  # committed, not yet captured
    source.dispose()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                {"d": name},
            )
        sync.run(roles=("capture",), until_idle=True)
        state = sync.capture_state("population.cong_dan")
        assert state["status"] == "paused"
        assert "cannot be reached" in state["status_detail"]
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()
    for i in range(103, 105):
        bump(i)
    deadline = time.monotonic() + 15  # the server may take a moment to free the old slot user
    while time.monotonic() < deadline:
        sync.run(until_idle=True)
        state = sync.capture_state("population.cong_dan")
        if state["status"] == "running" and sync.log("store").head("population.cong_dan") >= 35:
            break
        time.sleep(0.2)
    assert state["status"] == "running", state["status_detail"]
    sync.run(until_idle=True)
    log = sync.log("store").read("population.cong_dan", 30, 100)
    assert [c.change.after["ma_xa"] for c in log if c.change.after] == [100, 101, 102, 103, 104]
    assert table(url, TARGET) == table(url, SOURCE)
