"""Rules written after blind 363-370's first measurements: the officers who sign a register off
(``Người nghiệm thu``, the village health worker ``YTTB kiểm tra``, an insurer's ``Giám định
viên``), the third party of a claim (``Người bị thiệt hại (bên thứ ba)``) and a child's carer
(``người nuôi dưỡng``) are somebody else, so the household head beside them is the record's
person; alone, the injured party of a compensation register stays the record's; a Korean former
address (``전 주소지``) is no home."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.identifiers import make_cccd
from lienthong.profiling._hints import names_a_relative, names_elsewhere

_OTHERS = [f"{name} (CB địa chính)" for name in reversed(VIETNAMESE_NAMES)]


def test_the_officers_who_sign_off_and_the_third_party_are_somebody_else() -> None:
    for header in (
        "Người nghiệm thu",
        "YTTB kiểm tra",
        "Giám định viên",
        "Người bị thiệt hại (bên thứ ba)",
        "CCCD người nuôi dưỡng",
    ):
        assert names_a_relative(header), header
    got = settled({"Họ và tên chủ hộ": VIETNAMESE_NAMES, "Người nghiệm thu": _OTHERS})
    assert got["Họ và tên chủ hộ"][0] == "full_name" and got["Người nghiệm thu"][0] is None


def test_a_childs_carers_id_is_the_carers() -> None:
    children = [make_cccd("001", "female", 2015 + i % 8, 100 + i) for i in range(40)]
    carers = [make_cccd("001", "male", 1960 + i % 20, 500 + i) for i in range(40)]
    got = settled(
        {"Họ tên trẻ": VIETNAMESE_NAMES, "Số định danh": children, "CCCD người nuôi dưỡng": carers}
    )
    assert got["Số định danh"][0] == "cccd" and got["CCCD người nuôi dưỡng"][0] is None


def test_alone_the_injured_party_of_a_compensation_register_is_the_record() -> None:
    got = settled({"Họ và tên người bị thiệt hại": VIETNAMESE_NAMES})
    assert got["Họ và tên người bị thiệt hại"][0] == "full_name"


def test_a_korean_former_address_is_no_home() -> None:
    """``전 주소지`` (the address before the move, in a move-in report) is not where the person
    lives now; ``주소``, ``현 주소`` are."""
    assert names_elsewhere("전 주소지") and names_elsewhere("전주소")
    assert not names_elsewhere("주소") and not names_elsewhere("현 주소")
