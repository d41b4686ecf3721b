"""`lienthong registry add-service` / `retire-service` through the real entry point: one
sentence and an exit code on bad input with nothing stored, and no non-personal service over
people without the audited `--not-personal` act."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_registry_cli import Run, run, store_snapshot  # noqa: F401  (the CLI fixture)

from lienthong.audit import AuditLog
from lienthong.store import Store

VN_CSV = Path(__file__).parent.parent / "profiling" / "data" / "nguoi_dan.csv"
FEES = "ma_bien_lai,so_tien\nBL-0001,150000\nBL-0002,20000\nBL-0003,75000\n"


@pytest.fixture
def agency(run: Run, tmp_path: Path) -> Run:  # noqa: F811
    (tmp_path / "nguoi_dan.csv").write_bytes(VN_CSV.read_bytes())
    (tmp_path / "bien_lai.csv").write_text(FEES, encoding="utf-8")
    assert run("add-agency", "BYT", "Bộ Y tế")[0] == 0
    assert run("add-agency", "CA-HCM", "Công an")[0] == 0
    assert run("add-source", "BYT", "nd", str(tmp_path / "nguoi_dan.csv"))[0] == 0
    assert run("add-source", "BYT", "bl", str(tmp_path / "bien_lai.csv"))[0] == 0
    return run


BASE = ("add-service", "BYT", "nguoi-dan", "v1", "nd.nguoi_dan")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--by", "so_cccd"), "looks up by 'so_cccd', which dataset nd.nguoi_dan does not have"),
        (("--by", "ma_dinh_danh", "--field", "nghe_nghiep"), "offers field(s) nghe_nghiep"),
        (("--field", "ho_ten"), "needs at least one lookup column (--by COLUMN)"),
    ],
)
def test_bad_input_is_one_sentence_and_stores_nothing(
    agency: Run, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    before = store_snapshot(tmp_path)
    code, _, err = agency(*BASE, *args)
    assert code == 2 and words in " ".join(err.split()) and "Traceback" not in err
    assert store_snapshot(tmp_path) == before


def test_another_agency_and_an_existing_version_are_refused(agency: Run, tmp_path: Path) -> None:
    code, _, err = agency("add-service", "CA-HCM", "x", "v1", "nd.nguoi_dan", "--by", "ho_ten")
    assert code == 2 and "Agency CA-HCM does not hold dataset nd.nguoi_dan" in err
    assert agency(*BASE, "--by", "ma_dinh_danh", "--field", "ho_ten")[0] == 0
    before = store_snapshot(tmp_path)
    code, _, err = agency(*BASE, "--by", "ma_dinh_danh", "--field", "sdt")
    assert code == 5 and "already published" in err
    assert store_snapshot(tmp_path) == before


def test_published_service_is_shown_and_listed(agency: Run) -> None:
    code, out, _ = agency(
        *BASE, "--by", "ma_dinh_danh", "--field", "ho_ten",
        "--title", "Tra cứu người dân", "--description-en", "Names by id number.",
        "--legal-basis", "Luật BHYT", "--purpose", "BHYT-CAP-THE",
    )  # fmt: skip
    assert code == 0 and "personal data: yes" in out and "scan" in out
    code, out, _ = agency("show", "BYT/nguoi-dan/v1")
    for words in ("legal basis: Luật BHYT", "purposes: BHYT-CAP-THE", "data subject column"):
        assert words in out
    code, out, _ = agency("list", "services", "--json")
    assert [s["id"] for s in json.loads(out)["services"]] == ["BYT/nguoi-dan/v1"]
    code, out, _ = agency("export", "--format", "dcat")
    assert code == 0 and "nguoi-dan" in out


def test_a_non_personal_service_over_profiled_data_needs_the_audited_act(
    agency: Run, tmp_path: Path
) -> None:
    lookup = ("add-service", "BYT", "bien-lai", "v1", "bl.bien_lai", "--by", "ma_bien_lai")
    code, out, err = agency(*lookup, "--json")
    # profiling cannot tell what a receipt code is: personal by default, so a subject is needed
    assert code == 2 and "--subject-column" in err
    code, _, _ = agency(
        "profile", "bl.bien_lai", "--not-personal", "ma_bien_lai", "--not-personal", "so_tien",
        "--reason", "receipt numbers and amounts of the fee office, not linked to a person",
    )  # fmt: skip
    assert code == 0
    code, out, err = agency(*lookup, "--json")
    assert code == 0, err
    assert json.loads(out)["personal"] is False
    home = tmp_path / "home"
    log = AuditLog.open(Store.open(f"sqlite:///{home / 'platform.db'}"), home)
    marked = [r for r in log.records() if str(r.event) == "COLUMN_MARKED_NOT_PERSONAL"]
    assert [r.fields for r in marked] == [("ma_bien_lai",), ("so_tien",)]
    assert marked[0].client.startswith("operator")
    assert "SERVICE_PUBLISHED" in [str(r.event) for r in log.records()]


def test_retire_service_names_its_successor(agency: Run) -> None:
    for version in ("v1", "v2"):
        code, _, err = agency(
            "add-service", "BYT", "nguoi-dan", version, "nd.nguoi_dan", "--by", "ma_dinh_danh"
        )
        assert code == 0, err
    code, _, err = agency(
        "retire-service", "BYT", "nguoi-dan", "v1", "--until", "2000-01-01", "--replaced-by", "v2"
    )
    assert code == 2 and "in the past" in err
    code, out, _ = agency(
        "retire-service", "BYT", "nguoi-dan", "v1", "--until", "2999-01-01", "--replaced-by", "v2"
    )
    assert code == 0 and "410 Gone naming BYT/nguoi-dan/v2" in " ".join(out.split())
    code, out, _ = agency("show", "BYT/nguoi-dan/v1", "--json")
    assert json.loads(out)["retirement"]["sunset"].startswith("2999-01-01")
