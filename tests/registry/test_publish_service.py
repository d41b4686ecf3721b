"""`Registry.publish_service`: an agency's own service, checked against its dataset; bad input
is one sentence and stores nothing; personal comes from the data, never from the publisher."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lienthong.errors import ConflictError, InputError, LienthongError, NotFoundError
from lienthong.registry import ColumnSpec, DatasetSpec, PublishSpec, Registry

VN_CSV = Path(__file__).parent.parent / "profiling" / "data" / "nguoi_dan.csv"


@pytest.fixture
def people(registry: Registry, tmp_path: Path) -> Registry:
    shutil.copy(VN_CSV, tmp_path / "nguoi_dan.csv")
    registry.add_agency("BYT", "Bộ Y tế")
    registry.add_agency("CA-HCM", "Công an Thành phố Hồ Chí Minh")
    registry.add_source("BYT", "nd", str(tmp_path / "nguoi_dan.csv"))
    return registry


def spec(**overrides: object) -> PublishSpec:
    values: dict[str, object] = {
        "provider": "BYT",
        "code": "nguoi-dan",
        "version": "v1",
        "dataset": "nd.nguoi_dan",
        "lookup": ("ma_dinh_danh",),
        "fields": ("ho_ten", "ngay_sinh"),
    }
    values.update(overrides)
    return PublishSpec(**values)  # type: ignore[arg-type]


def test_a_service_over_people_is_personal_keyed_on_the_cccd_column(people: Registry) -> None:
    published = people.publish_service(
        spec(
            title="Tra cứu người dân",
            title_en="Citizen lookup",
            description="Họ tên và ngày sinh theo số định danh.",
            description_en="Name and birth date by personal id number.",
            legal_basis="Luật Bảo hiểm y tế",
            purposes=("BHYT-CAP-THE",),
            published_by="operator:an",
        )
    )
    service = people.get_service("BYT", "nguoi-dan", "v1")
    assert service == published.service
    assert service.personal and service.subject_column == "ma_dinh_danh"
    [parameter] = service.parameters
    assert (parameter.name, parameter.type, parameter.subject) == ("ma_dinh_danh", "cccd", True)
    assert service.fields == ("ho_ten", "ngay_sinh")
    assert service.purposes == ("BHYT-CAP-THE",) and service.legal_basis == "Luật Bảo hiểm y tế"
    assert service.title_en == "Citizen lookup" and service.published_by == "operator:an"
    # the subject column is selected (consent keys on it) but not offered
    assert '"ma_dinh_danh"' in service.query and "ma_dinh_danh" not in service.fields
    # a CSV has no index: the operator is told each call scans
    assert any("scan" in note for note in published.notes)


def _stored(registry: Registry) -> int:
    return len(registry.list_services())


@pytest.mark.parametrize(
    ("overrides", "error", "words"),
    [
        ({"lookup": ("so_cccd",)}, InputError, "looks up by 'so_cccd', which dataset"),
        ({"fields": ("ho_ten", "nghe_nghiep")}, InputError, "offers field(s) nghe_nghiep"),
        ({"provider": "CA-HCM"}, InputError, "Agency CA-HCM does not hold dataset nd.nguoi_dan"),
        ({"provider": "BHXH"}, NotFoundError, "No agency 'BHXH'"),
        ({"dataset": "nd.khong_co"}, NotFoundError, "No dataset 'nd.khong_co'"),
        ({"lookup": ()}, InputError, "at least one lookup column"),
        ({"subject_column": "so_cccd"}, InputError, "subject column 'so_cccd' is not in"),
        ({"purposes": ("bad purpose",)}, InputError, "is not a legal-basis code"),
        ({"version": "v 1"}, InputError, "version 'v 1' is not valid"),
        ({"title": "  "}, InputError, "title must be 1 to 2000"),
    ],
)
def test_bad_input_is_one_sentence_and_stores_nothing(
    people: Registry, overrides: dict[str, object], error: type[LienthongError], words: str
) -> None:
    with pytest.raises(error) as raised:
        people.publish_service(spec(**overrides))
    assert words in raised.value.message
    assert "\n" not in raised.value.message
    assert _stored(people) == 0


def test_a_published_version_is_never_changed(people: Registry) -> None:
    first = people.publish_service(spec())
    with pytest.raises(ConflictError, match="already published"):
        people.publish_service(spec(fields=("ho_ten", "sdt", "email")))
    assert people.get_service("BYT", "nguoi-dan", "v1") == first.service
    people.publish_service(spec(version="v2", fields=("ho_ten", "sdt")))
    assert [s.version for s in people.list_services()] == ["v1", "v2"]


def test_personal_data_needs_a_subject_column_when_none_can_be_told(
    registry: Registry, tmp_path: Path
) -> None:
    """Without a column of CCCDs, no one can consent: the operator must say whose data it is."""
    csv = tmp_path / "benh_nhan.csv"
    csv.write_text("ho_ten,ngay_sinh,so_tien\nNguyễn Văn An,1985-03-12,10\n", encoding="utf-8")
    registry.add_agency("BYT", "Bộ Y tế")
    registry.add_source("BYT", "bn", str(csv))
    with pytest.raises(InputError, match="--subject-column") as raised:
        registry.publish_service(
            spec(dataset="bn.benh_nhan", lookup=("ho_ten",), fields=("so_tien",))
        )
    assert "personal data (ho_ten, ngay_sinh" in raised.value.message
    assert registry.list_services() == []
    with pytest.raises(InputError, match="cannot identify a person"):
        registry.publish_service(
            spec(dataset="bn.benh_nhan", lookup=("ho_ten",), subject_column="ngay_sinh")
        )


def test_data_wrongly_described_non_personal_stays_personal_until_an_explicit_act(
    registry: Registry, tmp_path: Path
) -> None:
    """A manifest that leaves every flag out cannot make a register of people non-personal:
    the profile still says personal, and only mark_not_personal (who, why) changes that."""
    shutil.copy(VN_CSV, tmp_path / "nguoi_dan.csv")
    registry.add_agency("BYT", "Bộ Y tế")
    described = DatasetSpec("nguoi_dan", columns={"so_tien": ColumnSpec(description="VND")})
    registry.add_source("BYT", "nd", str(tmp_path / "nguoi_dan.csv"), datasets=[described])
    assert not registry.get_dataset("nd.nguoi_dan").personal  # the flags say nothing
    lookup = spec(lookup=("ma_dinh_danh",), fields=("so_tien",))
    assert registry.publish_service(lookup).service.personal
    profile = registry.get_profile("nd.nguoi_dan")
    assert profile is not None
    for column in profile.columns:
        if column.personal:
            registry.mark_not_personal(
                "nd.nguoi_dan", column.name, reason="test: declared", actor="operator:an"
            )
    service = registry.publish_service(spec(version="v2", lookup=("ma_dinh_danh",))).service
    assert not service.personal and service.subject_column is None
    declared = registry.not_personal("nd.nguoi_dan")
    assert {d["actor"] for d in declared.values()} == {"operator:an"}


def _people_db(path: Path, *, index: bool) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE cong_dan (id INTEGER PRIMARY KEY, cccd TEXT, ho_ten TEXT, diem REAL)")
    con.execute("INSERT INTO cong_dan VALUES (1, '079090000001', 'Nguyễn Văn An', 1.5)")
    if index:
        con.execute("CREATE INDEX cong_dan_cccd ON cong_dan (cccd)")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("index", [True, False])
def test_the_operator_is_told_when_a_lookup_scans(
    registry: Registry, tmp_path: Path, index: bool
) -> None:
    registry.add_agency("CA-HCM", "Công an")
    registry.add_source("CA-HCM", "pop", str(_people_db(tmp_path / "pop.db", index=index)))
    published = registry.publish_service(
        spec(provider="CA-HCM", dataset="pop.cong_dan", lookup=("cccd",), fields=("ho_ten",))
    )
    scans = [note for note in published.notes if "scan" in note]
    assert bool(scans) is not index
    by_key = registry.publish_service(
        spec(
            provider="CA-HCM",
            dataset="pop.cong_dan",
            code="by-id",
            lookup=("id",),
            fields=("ho_ten",),
            subject_column="cccd",
        )
    )
    assert not [note for note in by_key.notes if "scan" in note]  # the primary key
    assert by_key.service.parameters[0].type == "int"


def test_a_lookup_on_a_column_that_does_not_compare_exactly_is_refused(
    registry: Registry, tmp_path: Path
) -> None:
    registry.add_agency("CA-HCM", "Công an")
    registry.add_source("CA-HCM", "pop", str(_people_db(tmp_path / "pop.db", index=False)))
    with pytest.raises(InputError, match="REAL does not compare exactly"):
        registry.publish_service(spec(provider="CA-HCM", dataset="pop.cong_dan", lookup=("diem",)))
    assert registry.list_services() == []


def test_retiring_names_a_published_successor_and_is_never_done_twice(people: Registry) -> None:
    people.publish_service(spec())
    now = datetime(2026, 12, 5, 12, tzinfo=UTC)
    sunset = datetime(2027, 1, 1, tzinfo=UTC)
    with pytest.raises(NotFoundError, match="BYT/nguoi-dan/v2"):
        people.retire_service(
            "BYT", "nguoi-dan", "v1", sunset=sunset, replaced_by="v2", actor="op", now=now
        )
    people.publish_service(spec(version="v2"))
    with pytest.raises(InputError, match="in the past"):
        people.retire_service(
            "BYT",
            "nguoi-dan",
            "v1",
            sunset=now - timedelta(days=1),
            replaced_by="v2",
            actor="op",
            now=now,
        )
    with pytest.raises(InputError, match="by itself"):
        people.retire_service(
            "BYT", "nguoi-dan", "v1", sunset=sunset, replaced_by="v1", actor="op", now=now
        )
    retirement = people.retire_service(
        "BYT", "nguoi-dan", "v1", sunset=sunset, replaced_by="v2", actor="op", now=now
    )
    assert retirement.replaced_by == "BYT/nguoi-dan/v2"
    stored = people.get_service("BYT", "nguoi-dan", "v1").retirement
    assert stored == retirement
    with pytest.raises(ConflictError, match="already retired"):
        people.retire_service(
            "BYT", "nguoi-dan", "v1", sunset=sunset, replaced_by="v2", actor="op", now=now
        )
    with pytest.raises(InputError, match="itself retired"):
        people.publish_service(spec(version="v3"))
        people.retire_service(
            "BYT", "nguoi-dan", "v3", sunset=sunset, replaced_by="v1", actor="op", now=now
        )
