"""Rules written after blind 31-33's first measurements (each a kind of file a city meets, not a
header of one file): a column of ward names is the ward, not an address; a house number marked
``#`` first starts a street line; a proxy's id beside a household head's is somebody else's."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.identifiers import make_cccd
from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._foreign import is_any_street
from lienthong.profiling._places import is_address, is_full_address


def test_one_unit_alone_is_that_unit_not_an_address() -> None:
    for unit in ("Phường Gò Vấp", "Xã Bắc Tân Uyên", "Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai"):
        assert not is_address(unit), unit
    for address in ("12 Lê Lợi, Phường Bến Thành", "Phường Bến Thành, Quận 1"):
        assert is_full_address(address), address
    assert is_address("Xã Tân Phú huyện Củ Chi")  # two units: a place list, an address
    wards = ["Phường Gò Vấp", "Xã Bắc Tân Uyên", "Phường Vườn Lài", "Phường Phú Định"] * 8
    inference = infer_role("address2", wards)
    assert (inference.role, inference.confidence >= THRESHOLD) == ("ward", True)


def test_a_house_number_marked_first_starts_a_street_line() -> None:
    for line in ("#45 Welches Terrace", "#4 Glebe Land", "No. 5 Jalan Ampang"):
        assert is_any_street(line), line
    assert not is_any_street("#05-12") and not is_any_street("# 12")
    lines = ["#45 Welches Terrace", "#4 Glebe Land", "#46 Wotton", "#59 Six Roads"] * 8
    inference = infer_role("Address", lines)
    assert inference.role == "street" and inference.confidence >= THRESHOLD


def test_a_proxys_id_beside_the_household_heads_is_somebody_elses() -> None:
    """Both headers name another person than a plain record (a household's head, a proxy):
    the first is the record's, for ids and birth dates as for names."""
    heads = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hồ Văn Em"] * 6
    proxies = ["Võ Thị Giang", "Đỗ Văn Hải", "Bùi Thị Lan", "Ngô Văn Minh", "Đặng Thị Nga"] * 6
    ids = [make_cccd("079", "male", 1960 + i, 100000 + i) for i in range(30)]
    proxy_ids = [make_cccd("079", "female", 1970 + i, 200000 + i) for i in range(30)]
    got = settled(
        {
            "Họ tên chủ hộ": heads,
            "Số CCCD chủ hộ": ids,
            "Họ tên người nhận thay": proxies,
            "Số CCCD người nhận thay": proxy_ids,
        }
    )
    assert got["Họ tên chủ hộ"][0] == "full_name" and got["Số CCCD chủ hộ"][0] == "cccd"
    assert got["Họ tên người nhận thay"][0] is None
    assert got["Số CCCD người nhận thay"][0] is None
