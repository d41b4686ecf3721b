"""The demo step verifies what the gateway wrote, and exports an archive that verifies too."""

from __future__ import annotations

from pathlib import Path

from audit_helpers import make_event

from lienthong.audit import AuditLog
from lienthong.demo import audit_step as demo_step
from lienthong.store import Store


def test_demo_step_verifies_the_chain_and_its_archive(store: Store, tmp_path: Path) -> None:
    AuditLog.open(store, tmp_path).append_many([make_event(i) for i in range(1, 8)])
    summary = demo_step(store, tmp_path / "city")
    assert summary["verified"] is True and summary["archive_verified"] is True
    assert summary["entries"] == 7 and summary["checkpoints"] == 1
    assert Path(str(summary["archive"])).is_file()


def test_demo_step_on_an_empty_log_reports_zero_and_intact(store: Store, tmp_path: Path) -> None:
    summary = demo_step(store, tmp_path / "city")
    assert (summary["entries"], summary["verified"]) == (0, True)


def test_demo_step_shows_one_residents_access_log(store: Store, tmp_path: Path) -> None:
    truth = tmp_path / "city" / "truth"
    truth.mkdir(parents=True)
    (truth / "people.csv").write_text(
        "person_id,cccd\nP1,001203000042\nP2,079999999999\n", encoding="utf-8"
    )
    AuditLog.open(store, tmp_path).append_many([make_event(i) for i in range(1, 4)])
    view = demo_step(store, tmp_path / "city")["citizen_view"]
    assert isinstance(view, dict) and view["cccd"] == "001203000042"
    accesses = view["accesses"]
    assert isinstance(accesses, list) and len(accesses) == 1  # event 1 only
    assert "SERVICE_CALL CA-HCM/cong-dan purpose=KHAM-CHUA-BENH" in accesses[0]
