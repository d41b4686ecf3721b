"""Registration profiles every column: personal by default, roles as flags, explicit opt-out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_registry_cli import Run, run  # noqa: F401  (the CLI fixture)

from lienthong.errors import InputError
from lienthong.registry import DatasetSpec, Registry

VN_CSV = Path(__file__).parent.parent / "profiling" / "data" / "nguoi_dan.csv"


@pytest.fixture
def people(registry: Registry, tmp_path: Path) -> Registry:
    shutil.copy(VN_CSV, tmp_path / "nguoi_dan.csv")
    registry.add_agency("BYT", "Bộ Y tế")
    registry.add_source("BYT", "nd", str(tmp_path / "nguoi_dan.csv"))
    return registry


def test_a_file_of_people_is_personal_with_roles_in_its_profile(people: Registry) -> None:
    dataset = people.get_dataset("nd.nguoi_dan")
    assert dataset.personal
    flags = {c.name: c.flags for c in dataset.columns}
    assert flags["ho_ten"] == ("personal",)
    assert flags["ngay_sinh"] == ("personal",)
    assert flags["ma_dinh_danh"] == ("personal",)
    assert flags["diachi_thuongtru"] == ("personal",)
    assert flags["so_the_bhyt"] == ("personal",)
    assert "personal" in flags["ghi_chu"]  # unsure: personal
    assert flags["so_tien"] == ()  # decimals: a measure
    profile = people.get_profile("nd.nguoi_dan")
    assert profile is not None and profile.rows == 20
    column = profile.column("ma_dinh_danh")
    assert column is not None and column.role == "cccd" and column.evidence


def test_declaring_a_column_non_personal_needs_a_reason_and_is_kept(people: Registry) -> None:
    with pytest.raises(InputError, match="reason"):
        people.mark_not_personal("nd.nguoi_dan", "ghi_chu", reason=" ", actor="operator:an")
    with pytest.raises(InputError, match="no column"):
        people.mark_not_personal("nd.nguoi_dan", "nope", reason="x", actor="operator:an")
    people.mark_not_personal("nd.nguoi_dan", "ghi_chu", reason="status notes", actor="operator:an")
    assert people.not_personal("nd.nguoi_dan") == {
        "ghi_chu": {"reason": "status notes", "actor": "operator:an"}
    }
    people.profile("nd.nguoi_dan")  # re-profiling keeps the declaration
    column = people.get_dataset("nd.nguoi_dan").column("ghi_chu")
    assert column is not None and "personal" not in column.flags


def test_reprofiling_never_overwrites_flags_a_manifest_gave(
    registry: Registry, tmp_path: Path
) -> None:
    from lienthong.registry import ColumnSpec

    shutil.copy(VN_CSV, tmp_path / "nguoi_dan.csv")
    registry.add_agency("BYT", "Bộ Y tế")
    spec = DatasetSpec("nguoi_dan", columns={"ho_ten": ColumnSpec(flags=("full_name",))})
    registry.add_source("BYT", "nd", str(tmp_path / "nguoi_dan.csv"), datasets=[spec])
    registry.profile("nd.nguoi_dan")
    column = registry.get_dataset("nd.nguoi_dan").column("ho_ten")
    assert column is not None and column.flags == ("full_name",)
    assert registry.get_profile("nd.nguoi_dan") is not None


def test_cli_registers_profiles_shows_and_audits_not_personal(
    run: Run,  # noqa: F811
    tmp_path: Path,
) -> None:
    shutil.copy(VN_CSV, tmp_path / "nguoi_dan.csv")
    assert run("add-agency", "BYT", "Bộ Y tế")[0] == 0
    code, _, err = run(
        "add-source", "BYT", "nd", str(tmp_path / "nguoi_dan.csv"), "--not-personal", "ghi_chu"
    )
    assert code != 0 and "--reason" in err
    code, out, _ = run(
        "add-source", "BYT", "nd", str(tmp_path / "nguoi_dan.csv"),
        "--not-personal", "ghi_chu", "--reason", "status notes", "--json",
    )  # fmt: skip
    assert code == 0
    view = json.loads(out)["datasets"][0]
    roles = {c["name"]: c["role"] for c in view["profile"]["columns"]}
    assert roles["ma_dinh_danh"] == "cccd" and roles["ho_ten"] == "full_name"
    code, out, _ = run("show", "nd.nguoi_dan", "--json")
    shown = json.loads(out)
    assert shown["personal"] is True
    assert shown["not_personal"]["ghi_chu"]["reason"] == "status notes"
    code, out, _ = run("profile", "nd.nguoi_dan", "--json")
    assert code == 0 and json.loads(out)["rows"] == 20

    from lienthong.audit import AuditLog
    from lienthong.store import Store

    home = tmp_path / "home"
    log = AuditLog.open(Store.open(f"sqlite:///{home / 'platform.db'}"), home)
    events = [str(r.event) for r in log.records()]
    assert "COLUMN_MARKED_NOT_PERSONAL" in events


def test_import_profiles_every_dataset_and_keeps_the_manifest_flags(
    registry: Registry, city_manifest: Path
) -> None:
    registry.import_manifest(city_manifest)
    cong_dan = registry.get_dataset("population.cong_dan")
    column = cong_dan.column("ma_ho")
    assert column is not None and column.flags == ("household",)  # as the manifest says
    profile = registry.get_profile("population.cong_dan")
    assert profile is not None
    found = profile.column("so_dinh_danh")
    assert found is not None and found.role == "cccd"
    assert registry.get_dataset("population.ho_gia_dinh").personal  # the manifest said nothing
