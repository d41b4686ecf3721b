"""Rules written after blind 331-340's first measurements (each a kind of header a city meets,
not one file's): Korean writes a person's name as the person and ``명`` (``예약자명``); a
programme's name is no person's; a name's pinyin (``姓名拼音``) is the name; the other party
(``对方``) is somebody else; ``护照``, ``여권`` are passports; ``Bên được UQ`` is the attorney,
``Người đánh giá`` the assessor; ``Họ và chữ đệm`` is the family name with the middle; an
orchard's address is the home when the header also names the household or says it is the home.
What they left alone (names and places repeated from a dozen, labels that disagree with the
other parts', which party of a contract is the record's, a post-office box beside a village) is
in bench/RESULTS.md."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling._hints import (
    name_hints,
    names_a_part,
    names_a_passport,
    names_a_relative,
    names_elsewhere,
)

_KOREAN = [a + b for a in "김이박최정강" for b in ("민준", "서연", "도윤", "하은", "지호", "수빈")]
_TOURS = ["Hà Nội - Hạ Long - Yên Tử 2N1Đ", "Đà Nẵng - Hội An 2N1Đ", "TP.HCM - Đà Lạt 3N3Đ"]
_VILLAGES = ["Molepolole", "Mochudi", "Kanye", "Serowe", "Maun", "Palapye", "Tonota", "Lobatse"]


def test_korean_writes_a_persons_name_as_the_person_and_myeong() -> None:
    for header in ("예약자명", "환자명", "고객명", "신청자명", "임차인명"):
        assert name_hints(header) == ["full_name"], header
    # a guardian's, a proxy's name is somebody else's; a company's, a school's no person's
    assert names_a_relative("보호자명") and name_hints("보호자명") == []
    assert name_hints("회사명") == [] and name_hints("학교명") == []
    phones = [f"010-{1000 + i}-{2000 + i}" for i in range(36)]
    assert settled({"예약자명": _KOREAN, "연락처": phones})["예약자명"][0] == "full_name"


def test_a_programmes_name_is_no_persons() -> None:
    assert name_hints("Tên chương trình") == []
    got = settled({"Họ tên": VIETNAMESE_NAMES * 3, "Tên chương trình": _TOURS * 40})
    assert got["Tên chương trình"][0] is None


def test_a_names_pinyin_is_the_name_and_the_other_party_is_somebody_else() -> None:
    assert name_hints("姓名拼音") == ["full_name"] and name_hints("拼音") == ["full_name"]
    assert names_a_relative("对方姓名") and names_a_relative("Name of Other Party 對方姓名")
    assert names_a_passport("护照号码") and names_a_passport("여권번호")


def test_the_attorney_written_short_is_somebody_else() -> None:
    """``Bên được UQ`` (ủy quyền written by its initials), the attorney of a power of attorney:
    their birth date beside the grantor's is a date."""
    days = [f"{d:02d}/{m:02d}" for d in (3, 9, 14, 21) for m in (1, 5)]
    births = [f"{day}/19{y}" for day in days for y in (61, 70, 78)]
    others = list(reversed(births))
    table = {
        "Bên ủy quyền - Họ tên": VIETNAMESE_NAMES[:24],
        "Bên ủy quyền - Ngày sinh": births,
        "Bên được UQ - Họ tên": list(reversed(VIETNAMESE_NAMES[:24])),
        "Bên được UQ - Ngày sinh": others,
    }
    got = settled(table)
    assert got["Bên ủy quyền - Họ tên"][0] == "full_name"
    assert got["Bên ủy quyền - Ngày sinh"][0] == "birth_date"
    assert got["Bên được UQ - Ngày sinh"][0] == "date"


def test_the_family_and_middle_name_of_the_civil_forms_is_a_part() -> None:
    """``Họ và chữ đệm`` (family and middle name, as the civil status forms write it) beside
    ``Tên``: the family name, though each value reads as a whole name (``Bùi Thanh``)."""
    assert names_a_part("Họ và chữ đệm") and not names_a_part("Họ, chữ đệm, tên")
    families = [f"{f} {m}" for f in ("Bùi", "Huỳnh", "Phan", "Lê") for m in ("Thanh", "Đức", "Kim")]
    given = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan"] * 2
    got = settled({"Họ và chữ đệm": families * 3, "Tên": given * 3})
    assert got["Họ và chữ đệm"][0] == "family_name" and got["Tên"][0] == "given_name"


def test_an_orchards_or_the_households_address_is_the_home() -> None:
    assert names_elsewhere("Địa chỉ vườn") and names_elsewhere("Địa chỉ trang trại")
    assert not names_elsewhere("Địa chỉ vườn/hộ")
    assert not names_elsewhere("Địa chỉ vườn (cũng là nơi ở)")
    # a bracket that only explains names the one place: the home town
    assert names_elsewhere("Quê quán (nơi thường trú)")
    # the orchard's owner is a person, whose name and number are no place's
    assert not names_elsewhere("Họ tên chủ vườn") and not names_elsewhere("CCCD chủ trang trại")


def test_the_assessor_is_somebody_else() -> None:
    """``Người đánh giá`` (the internal assessor of a certification) beside the owner, both
    read as names from the values alone: the assessor is somebody else."""
    assert names_a_relative("Người đánh giá")
    got = settled({"Chủ đầm tôm": VIETNAMESE_NAMES, "Người đánh giá": VIETNAMESE_NAMES[::-1]})
    assert got["Chủ đầm tôm"][0] == "full_name" and got["Người đánh giá"][0] is None
