"""Rules written after blind 326-330's first measurements (each a kind of header a city meets,
not one file's): another country's card under a Vietnamese card's name is a national id; a
name's transliteration (``Phiên âm Hán Việt``) beside it is the same person's name; an orchard's
or a farm's address is not where the person lives; an abbreviation (``Tên viết tắt``) is no
name. What the misses of blind 326-330 left alone (a child's register labelled by the parent,
names repeated from a dozen, a council's ``PCN Reg. No.``) is in bench/RESULTS.md."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling._hints import name_hints

_BIRTHS = [
    f"{d:02d}/{m:02d}/19{y}" for d in (3, 9, 14, 21, 27) for m in (1, 5, 8, 11) for y in (61, 78)
]


def test_another_countrys_card_under_a_vietnamese_cards_name_is_a_national_id() -> None:
    assert name_hints("Số CMND Campuchia") == ["national_id"]
    assert name_hints("Số CCCD (Hàn Quốc)") == ["national_id"]
    # "lao" of "lao động" (labour) is no Laos: a worker's CMND is a CMND
    assert name_hints("Số CMND người lao động") == ["cmnd"]
    ids = [f"{1000123 + i * 7919:09d}" for i in range(40)]
    got = settled({"Họ tên": VIETNAMESE_NAMES, "Ngày sinh": _BIRTHS, "Số CMND Campuchia": ids})
    assert got["Số CMND Campuchia"][0] == "national_id"


def test_a_names_transliteration_beside_it_is_the_same_persons_name() -> None:
    given = ("明辉", "海", "芳", "丽华", "伟", "强", "军", "静", "敏", "磊")
    han = [a + b for a in "张王李赵" for b in given]
    readings = [
        f"{a} {b}"
        for a in ("Trương", "Vương", "Lý", "Triệu")
        for b in ("Minh Huy", "Hải", "Phương", "Lệ Hoa", "Vĩ", "Cường", "Quân", "Tĩnh", "Mẫn", "Lý")
    ]
    table = {"Họ tên (chữ Hán) 姓名": han, "Phiên âm Hán Việt": readings, "Ngày sinh": _BIRTHS}
    got = settled(table)
    assert got["Họ tên (chữ Hán) 姓名"][0] == "full_name"
    assert got["Phiên âm Hán Việt"][0] == "full_name"


def test_an_orchards_or_a_farms_address_is_not_the_persons() -> None:
    orchards = [f"thôn {t}, xã Lục Ngạn" for t in ("Thanh Văn", "Khuôn Thần", "Kim Sơn", "Tân Hoa")]
    homes = [f"Số {i} đường Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh" for i in range(1, 41)]
    got = settled({"Họ tên": VIETNAMESE_NAMES, "Địa chỉ vườn vải": orchards * 10})
    assert got["Địa chỉ vườn vải"][0] is None
    got = settled({"Họ tên": VIETNAMESE_NAMES, "Địa chỉ": homes, "Địa chỉ trang trại": homes})
    assert got["Địa chỉ"][0] == "address" and got["Địa chỉ trang trại"][0] is None


def test_an_abbreviation_is_no_name() -> None:
    initials = ["TTL", "HNA", "PCK", "PTL", "NVA", "LTB", "TVC", "DMH", "BQK", "VTH"] * 4
    got = settled({"Họ tên": VIETNAMESE_NAMES, "Ten viet tat": initials, "Ngày sinh": _BIRTHS})
    assert got["Ten viet tat"][0] is None and got["Họ tên"][0] == "full_name"
