"""CSV capture: each new load of the file is diffed against the previous one."""

from __future__ import annotations

from pathlib import Path

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import CaptureSpec, Sync


def write(path: Path, rows: list[tuple[str, str, str]]) -> None:
    lines = ["ma_thua,ten_chu_su_dung,dien_tich_m2"] + [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_new_load_becomes_inserts_updates_and_deletes(
    store: Store, audit: AuditLog, tmp_path: Path
) -> None:
    csv = tmp_path / "land.csv"
    write(csv, [("T1", "Lê Văn A", "100"), ("T2", "Phạm Thị B", "80")])
    with Sync(store, audit) as sync:
        sync.watch(CaptureSpec("land.land", "csv", str(csv), "land", ("ma_thua",)))
        sync.run(roles=("capture",), until_idle=True)
        first = sync.log("store").read("land.land", 0, 100)
        assert sorted((c.change.op, c.change.key) for c in first) == [
            ("insert", '["T1"]'),
            ("insert", '["T2"]'),
        ]

        write(csv, [("T1", "Lê Văn A", "120"), ("T3", "Võ Văn C", "50")])
        sync.run(roles=("capture",), until_idle=True)
        second = sync.log("store").read("land.land", first[-1].seq, 100)
        ops = {c.change.key: c.change for c in second}
        assert {k: c.op for k, c in ops.items()} == {
            '["T1"]': "update",
            '["T3"]': "insert",
            '["T2"]': "delete",
        }
        assert ops['["T1"]'].before == {
            "ma_thua": "T1",
            "ten_chu_su_dung": "Lê Văn A",
            "dien_tich_m2": "100",
        }
        assert ops['["T1"]'].after is not None and ops['["T1"]'].after["dien_tich_m2"] == "120"

        sync.run(roles=("capture",), until_idle=True)  # an unchanged file gives nothing
        assert sync.log("store").head("land.land") == second[-1].seq


def test_a_missing_file_pauses_capture_with_the_reason(
    store: Store, audit: AuditLog, tmp_path: Path
) -> None:
    csv = tmp_path / "land.csv"
    write(csv, [("T1", "Lê Văn A", "100")])
    with Sync(store, audit) as sync:
        sync.watch(CaptureSpec("land.land", "csv", str(csv), "land", ("ma_thua",)))
        sync.run(roles=("capture",), until_idle=True)
        csv.rename(tmp_path / "moved.csv")
        sync.run(roles=("capture",), until_idle=True)
        state = sync.capture_state("land.land")
        assert state["status"] == "paused" and "cannot be read" in state["status_detail"]
        (tmp_path / "moved.csv").rename(csv)
        sync.run(roles=("capture",), until_idle=True)
        assert sync.capture_state("land.land")["status"] == "running"
        assert sync.log("store").head("land.land") == 1


def test_an_excel_sheet_is_diffed_the_same_way(
    store: Store, audit: AuditLog, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "education.xlsx"

    def save(rows: list[tuple[str, str]]) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "HocSinh"
        sheet.append(["Mã học sinh", "Họ và tên"])
        for row in rows:
            sheet.append(list(row))
        book.save(path)

    save([("HS1", "Ngô Văn D"), ("HS2", "Đỗ Thị E")])
    with Sync(store, audit) as sync:
        sync.watch(
            CaptureSpec("education.HocSinh", "excel", str(path), "HocSinh", ("Mã học sinh",))
        )
        sync.run(roles=("capture",), until_idle=True)
        save([("HS1", "Ngô Văn Đức")])
        sync.run(roles=("capture",), until_idle=True)
        changes = sync.log("store").read("education.HocSinh", 2, 10)
    assert sorted((c.change.op, c.change.key) for c in changes) == [
        ("delete", '["HS2"]'),
        ("update", '["HS1"]'),
    ]
