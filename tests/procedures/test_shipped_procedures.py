"""The four procedures beyond residence, on a generated city: each prefilled through the gateway
from its registers (value, source and audit request per field), its eligibility decided from the
prefilled values, refused with the rule's message when not met."""

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
    prefilled,
    submitted,
    years_ago,
)

from lienthong.errors import InputError
from lienthong.procedures import PORTAL_CLIENT
from lienthong.procedures._prefill import Component
from lienthong.procedures._reference import table


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProcedureCity]:
    found = build_city(tmp_path_factory.mktemp("procedure-city"))
    yield found
    found.store.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_health_insurance_for_a_child_under_six(city: ProcedureCity) -> None:
    parent = parent_with_youngest(city, years_ago(6)[:-2] + "99", TODAY.isoformat())
    found = await prefilled(city, "SANDBOX-BHYT-01", parent)
    [(child, name, born)] = city.query(
        "population",
        "SELECT so_dinh_danh, ho_ten, ngay_sinh FROM cong_dan WHERE ngay_mat IS NULL AND"
        " (so_dinh_danh_cha = ? OR so_dinh_danh_me = ?) ORDER BY ngay_sinh DESC LIMIT 1",
        parent,
        parent,
    )
    assert (found["con_so_dinh_danh"].value, found["con_ho_ten"].value) == (child, name)
    assert found["con_ngay_sinh"].value == born
    assert found["con_ho_ten"].source == "CA-HCM/tre-em/v1" and found["con_ho_ten"].request_id
    assert found["nguoi_khai_ho_ten"].source == "CA-HCM/cong-dan/v1"
    assert not found["noi_kcb_ban_dau"].reused
    done = submitted(city, "SANDBOX-BHYT-01", parent, found, noi_kcb_ban_dau="Trạm y tế phường")
    assert [v["met"] for v in done.eligibility] == [True]

    older = parent_with_youngest(city, years_ago(12), years_ago(7))
    refused = await prefilled(city, "SANDBOX-BHYT-01", older)
    with pytest.raises(InputError, match="Trẻ phải dưới 6 tuổi"):
        submitted(city, "SANDBOX-BHYT-01", older, refused, noi_kcb_ban_dau="Trạm y tế")


@pytest.mark.anyio
async def test_household_business_asks_yes_or_no_and_learns_nothing_else(
    city: ProcedureCity,
) -> None:
    [(owner,)] = city.query(
        "business",
        "SELECT giay_to_dai_dien FROM doanh_nghiep WHERE length(giay_to_dai_dien) = 12"
        " ORDER BY ma_so_thue LIMIT 1",
    )
    assert city.query("population", "SELECT 1 FROM cong_dan WHERE so_dinh_danh = ?", owner)
    typed = {"ten_ho_kinh_doanh": "Tạp hóa An", "nganh_nghe": "Bán lẻ", "dia_diem": "12 Lê Lợi"}
    registered = await prefilled(city, "SANDBOX-HKD-01", str(owner))
    assert registered["da_dang_ky"].value == "co"
    assert registered["da_dang_ky"].source == "STC-HCM/da-dang-ky-kinh-doanh/v1"
    with pytest.raises(InputError, match="đã có một"):
        submitted(city, "SANDBOX-HKD-01", str(owner), registered, **typed)

    [(newcomer,)] = city.query(
        "population",
        "SELECT so_dinh_danh FROM cong_dan WHERE ngay_mat IS NULL AND ngay_sinh < ?"
        " ORDER BY so_dinh_danh LIMIT 1",
        years_ago(30),
    )
    assert not city.query(
        "business", "SELECT 1 FROM doanh_nghiep WHERE giay_to_dai_dien = ?", newcomer
    )
    fresh = await prefilled(city, "SANDBOX-HKD-01", str(newcomer))
    assert fresh["da_dang_ky"].value == "khong" and fresh["ho_ten"].reused
    done = submitted(city, "SANDBOX-HKD-01", str(newcomer), fresh, **typed)
    assert [v["met"] for v in done.eligibility] == [True, True]


@pytest.mark.anyio
async def test_social_allowance_from_three_registers(city: ProcedureCity) -> None:
    receiving = city.query(
        "social_welfare",
        "SELECT so_cccd FROM doi_tuong_bao_tro WHERE trang_thai = 'Đang hưởng'"
        " AND loai_tro_cap LIKE '%cao tuổi' AND length(so_cccd) = 12 ORDER BY so_cccd",
    )
    welfare_ids = {
        str(r[0]) for r in city.query("social_welfare", "SELECT so_cccd FROM doi_tuong_bao_tro")
    }
    elders = [
        str(r[0])
        for r in city.query(
            "population",
            "SELECT so_dinh_danh FROM cong_dan WHERE ngay_mat IS NULL AND ngay_sinh <= ?"
            " ORDER BY so_dinh_danh",
            years_ago(80),
        )
    ]
    first_time = next(c for c in elders if c not in welfare_ids)
    found = await prefilled(city, "SANDBOX-TCXH-01", first_time)
    assert found["ho_ten"].reused and found["ho_ten"].source == "CA-HCM/cong-dan/v1"
    assert not found["tro_cap_trang_thai"].reused  # no welfare record: expected, not required
    assert found["tro_cap_trang_thai"].unavailable == "the register holds no record"
    done = submitted(city, "SANDBOX-TCXH-01", first_time, found)
    assert [v["met"] for v in done.eligibility] == [True, True]

    elder_set = set(elders)
    already = next(str(r[0]) for r in receiving if str(r[0]) in elder_set)
    again = await prefilled(city, "SANDBOX-TCXH-01", already)
    assert again["tro_cap_trang_thai"].value == "Đang hưởng"
    assert again["tro_cap_trang_thai"].source == "SYT-HCM/bao-tro-xa-hoi/v1"
    with pytest.raises(InputError, match="không cần làm lại"):
        submitted(city, "SANDBOX-TCXH-01", already, again)


@pytest.mark.anyio
async def test_first_grade_enrolment_with_the_ward_of_residence(city: ProcedureCity) -> None:
    parent = parent_with_youngest(city, years_ago(7)[:-2] + "99", years_ago(5))
    found = await prefilled(city, "SANDBOX-TS1-01", parent)
    [(ward,)] = city.query(
        "population",
        "SELECT thuong_tru_ma_xa FROM cong_dan WHERE ngay_mat IS NULL AND"
        " (so_dinh_danh_cha = ? OR so_dinh_danh_me = ?) ORDER BY ngay_sinh DESC LIMIT 1",
        parent,
        parent,
    )
    assert found["con_ma_xa"].value == ward and found["con_ma_xa"].source == "CA-HCM/tre-em/v1"
    # The school zone is derived from the ward by the zoning table shipped as data.
    zones = table("tuyen-sinh-lop-1")
    assert found["ma_tuyen"].derived and not found["ma_tuyen"].reused
    assert found["ma_tuyen"].value == zones[ward]["ma_tuyen"]
    assert found["truong_tuyen"].value == zones[ward]["truong"]
    assert found["ma_tuyen"].source == "reference table tuyen-sinh-lop-1"
    done = submitted(city, "SANDBOX-TS1-01", parent, found)
    assert all(v["met"] for v in done.eligibility)
    shown = {c["name"]: c for c in done.components}
    assert shown["ma_tuyen"]["value"] == zones[ward]["ma_tuyen"] and shown["ma_tuyen"]["derived"]

    # The register did not answer, the parent typed the ward code they know: an old (pre-2025)
    # one, Phường Phú Thọ of Thủ Dầu Một, which became Phường Thủ Dầu Một (25747).
    by_hand = dict(found) | {"con_ma_xa": Component("con_ma_xa", None, reused=False)}
    typed = submitted(city, "SANDBOX-TS1-01", parent, by_hand, con_ma_xa="25753")
    shown = {c["name"]: c for c in typed.components}
    assert shown["ma_tuyen"]["value"] == "TS1-25747"
    assert "Phường Phú Thọ" in shown["ma_tuyen"]["source"]
    assert "Phường Thủ Dầu Một" in shown["ma_tuyen"]["source"]


def test_school_zone_of_an_old_ward_follows_the_2025_reorganisation(city: ProcedureCity) -> None:
    procedure = city.catalogue.get("SANDBOX-TS1-01")
    zone = {k: d.value for k, d in procedure.derive({"con_ma_xa": "25747"}).items()}
    assert zone == {"ma_tuyen": "TS1-25747", "truong_tuyen": "Trường Tiểu học Thủ Dầu Một"}
    # An old ward moved whole: its current ward's zone.
    assert procedure.derive({"con_ma_xa": "25744"})["ma_tuyen"].value == "TS1-25750"
    # An old ward split between two zones: not guessed; both named for the officer.
    split = procedure.derive({"con_ma_xa": "25741"})["ma_tuyen"]
    assert split.value is None and "TS1-25747" in str(split.why) and "TS1-25750" in str(split.why)
    unknown = procedure.derive({"con_ma_xa": "99999"})["ma_tuyen"]
    assert unknown.value is None and "not in reference table" in str(unknown.why)
    assert procedure.derive({"con_ma_xa": None})["ma_tuyen"].why == "the key is not known"


@pytest.mark.anyio
async def test_every_prefill_is_a_gateway_call_for_the_procedure(city: ProcedureCity) -> None:
    [(cccd,)] = city.query(
        "population",
        "SELECT so_dinh_danh FROM cong_dan WHERE ngay_mat IS NULL ORDER BY so_dinh_danh LIMIT 1",
    )
    await prefilled(city, "SANDBOX-TCXH-01", str(cccd))
    log = city.app.state.exchange.audit_log  # each entry is durable before the call returns
    calls = [
        r
        for r in log.for_subject(str(cccd), limit=50)
        if r.client == PORTAL_CLIENT and r.purpose == "SANDBOX-TCXH-01"
    ]
    assert {f"{r.provider}/{r.service}/{r.version}" for r in calls} == {
        "CA-HCM/cong-dan/v1",
        "SYT-HCM/bao-tro-xa-hoi/v1",
        "BHXH-HCM/the-bhyt/v1",
    }
    assert all(
        set(r.fields)
        <= {"ho_ten", "ngay_sinh", "thuong_tru_dia_chi", "loai_tro_cap", "trang_thai", "MaThe"}
        for r in calls
    )  # minimised
