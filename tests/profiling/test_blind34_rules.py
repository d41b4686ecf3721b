"""Rules written after blind 34-36's first measurements (each a kind of file a city meets, not a
header of one file): an organisation's, a building's or land's address is no person's, even
alone; a court case's other party (``Bị đơn``) is somebody else; ``quan`` inside ``cơ quan``,
``quan hệ`` is no district; a ward's quarter (``Khu phố 5``) is no street."""

from __future__ import annotations

import pytest
from settled_helpers import settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._hints import name_hints, names_a_relative, names_elsewhere
from lienthong.profiling._places import is_street

_ADDRESSES = ["12 Lê Lợi, Phường Bến Thành", "45 Nguyễn Trãi, Phường Chợ Quán"] * 15
_NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hồ Văn Em"] * 6


@pytest.mark.parametrize(
    "header",
    ["Địa chỉ doanh nghiệp", "Địa chỉ bệnh viện", "Địa chỉ thửa đất", "Company address",
     "Adresse de l'entreprise", "Dirección de la empresa", "Địa chỉ cơ quan", "Office address"],
)  # fmt: skip
def test_an_organisations_address_is_no_persons_even_alone(header: str) -> None:
    assert names_elsewhere(header)
    alone = settled({"Họ và tên": _NAMES, header: _ADDRESSES})
    assert alone[header][0] is None and alone["Họ và tên"][0] == "full_name"
    beside = settled({"Họ và tên": _NAMES, "Địa chỉ thường trú": _ADDRESSES, header: _ADDRESSES})
    assert beside["Địa chỉ thường trú"][0] == "address" and beside[header][0] is None


@pytest.mark.parametrize(
    "header", ["Địa chỉ", "Địa chỉ thường trú", "Nơi thường trú", "Home address", "Dirección",
               "Địa chỉ chủ hộ", "Địa chỉ trụ sở", "Employee address"],
)  # fmt: skip
def test_a_persons_own_address_header_names_no_organisation(header: str) -> None:
    assert not names_elsewhere(header)
    got = settled({"Họ và tên": _NAMES, header: _ADDRESSES})
    assert got[header][0] == "address" and got[header][1] >= THRESHOLD


def test_the_other_party_of_a_court_case_is_somebody_else() -> None:
    assert names_a_relative("BI DON") and names_a_relative("Địa chỉ bị đơn")
    assert not names_a_relative("NGUYEN DON") and names_a_relative("Defendant")
    years = [str(1950 + i) for i in range(30)]
    got = settled(
        {
            "NGUYEN DON": _NAMES,
            "NAM SINH": years,
            "DIA CHI NGUYEN DON": _ADDRESSES,
            "BI DON": list(reversed(_NAMES)),
            "NAM SINH BI DON": list(reversed(years)),
            "DIA CHI BI DON": list(reversed(_ADDRESSES)),
        }
    )
    assert got["NGUYEN DON"][0] == "full_name" and got["NAM SINH"][0] == "birth_date"
    assert got["BI DON"][0] is None and got["DIA CHI BI DON"][0] is None
    assert got["NAM SINH BI DON"][0] != "birth_date"


def test_quan_inside_an_agency_or_a_relation_is_no_district() -> None:
    for header in ("QUAN HE TRANH CHAP", "Quan hệ với chủ hộ", "Đơn vị quản lý"):
        assert "district" not in name_hints(header), header
    assert name_hints("Địa chỉ cơ quan") == ["address"]
    for header in ("Quận", "QUAN", "Mã quận", "Quận/Huyện"):
        assert "district" in name_hints(header), header


def test_a_wards_quarter_is_no_street() -> None:
    assert not is_street("Khu phố 5") and not is_street("Tổ dân phố 12")
    assert is_street("12 Phố Huế") and is_street("Phố Huế")
    quarters = [f"Khu phố {i % 9 + 1}" for i in range(30)]
    assert infer_role("Khu phố", quarters).role != "street"
