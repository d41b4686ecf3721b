"""Rules written after blind 37-39's first measurements (each a kind of file a city meets, not a
header of one file): the staff who served the records (a handful of names repeated) are not the
records' people; a fund's number beside a passport leaves the passport the identity document;
a post box's ``P.O.`` is no ward's ``P.``; the place of birth is no address; a proxy's lone id
beside the record's name is the proxy's."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.identifiers import make_cccd
from lienthong.profiling._places import admin

_FAMILIES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ")
_PEOPLE = [
    f"{f} {m} {g}"
    for f in _FAMILIES
    for m in ("Văn", "Thị", "Minh", "Thanh", "Quốc")
    for g in ("An", "Bình", "Cường")
]
_OFFICERS = ["Đỗ Thị Hằng", "Bùi Văn Khoa", "Ngô Thị Lan"] * 30


def test_the_staff_who_served_the_records_are_not_their_people() -> None:
    got = settled({"Họ, chữ đệm, tên người chết": _PEOPLE, "Công chức tư pháp": _OFFICERS})
    assert got["Họ, chữ đệm, tên người chết"][0] == "full_name"
    assert got["Công chức tư pháp"][0] is None
    # whatever the header: a vet, a judge, a coach repeated row after row
    got = settled({"Họ tên chủ nuôi": _PEOPLE, "THAM PHAN": _OFFICERS})
    assert got["THAM PHAN"][0] is None and got["Họ tên chủ nuôi"][0] == "full_name"
    # two columns of mostly distinct names: no staff among them
    got = settled({"Họ tên": _PEOPLE, "Họ tên cán bộ": list(reversed(_PEOPLE))})
    assert got["Họ tên"][0] == "full_name"


def test_a_funds_number_beside_a_passport_leaves_the_passport_the_identity_document() -> None:
    passports = [f"P{100000 + i}" for i in range(90)]
    funds = [f"{200000 + i * 7}" for i in range(90)]
    got = settled({"Name": _PEOPLE, "SS No.": funds, "Passport No.": passports})
    assert got["SS No."][0] is None and got["Passport No."][0] == "national_id"


def test_a_post_box_is_no_ward() -> None:
    ward = admin("ward")
    assert not ward("P.O. Box 999") and not ward("PO Box 12")
    assert ward("P. Bến Nghé") and ward("Phường 5")


def test_the_place_of_birth_is_no_address() -> None:
    places = ["Bệnh viện Từ Dũ, 284 Cống Quỳnh, Phường Bến Thành"] * 45
    places += ["Trạm y tế Phường 5, 12 Lê Lợi, Phường Sài Gòn"] * 45
    got = settled({"Họ tên": _PEOPLE, "Nơi sinh": places})
    assert got["Nơi sinh"][0] is None


def test_a_proxys_lone_id_beside_the_records_name_is_the_proxys() -> None:
    ids = [make_cccd("079", "male", 1960 + i % 30, 1000 + i) for i in range(90)]
    proxies = list(reversed(_PEOPLE))
    got = settled({"Họ tên": _PEOPLE, "Người lĩnh thay": proxies, "CCCD người lĩnh thay": ids})
    assert got["Họ tên"][0] == "full_name"
    assert got["Người lĩnh thay"][0] is None and got["CCCD người lĩnh thay"][0] is None
