"""Rules written in the session of blind 228 on: a cleric's title before a Vietnamese name
(``Hòa thượng Thích Trí Quảng``), the names of the records beside a relative's more distinct
ones, a Tamazight surname header in Tifinagh, and Arabic header words that differ by a consonant
(``الشهادة``, a diploma, is no ``الشهرة``, a surname)."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import THRESHOLD
from lienthong.profiling._hints import name_hints, names_a_relative
from lienthong.profiling._values import is_vn_full_name


def test_a_clerics_title_before_a_vietnamese_name_is_read_past() -> None:
    for name in (
        "Hòa thượng Thích Trí Quảng",
        "Thượng tọa Thạch Sóc Kha",
        "Ni sư Thích Nữ Như Thanh",
        "Đại đức Danh Sơn",
        "Thích Minh Tâm",  # ``Thích``: the family name every Buddhist monastic takes
        "Sơn Thị Pha Ly",  # a Khmer family name of the Mekong delta
    ):
        assert is_vn_full_name(name), name
    # the title alone, or a title before words that are no name, is no name
    for text in ("Hòa thượng", "Đại đức", "Thượng tọa Chùa Dơi", "Ni sư"):
        assert not is_vn_full_name(text), text
    monks = [f"{title} {name}" for title in ("Hòa thượng", "Đại đức") for name in VIETNAMESE_NAMES]
    role, confidence = settled({"Pháp danh - Thế danh": monks})["Pháp danh - Thế danh"]
    assert role == "full_name" and confidence >= THRESHOLD


def test_the_records_names_repeat_beside_a_relatives_distinct_ones() -> None:
    # a community's pilgrims bear a handful of names; their contacts' are many: the contacts'
    # column is no yardstick that makes the records' names the staff who served them
    pilgrims = [VIETNAMESE_NAMES[n % 5] for n in range(40)]
    contacts = list(VIETNAMESE_NAMES)  # 40, all distinct
    assert names_a_relative("Người thân liên hệ")
    found = settled({"Họ tên": pilgrims, "Người thân liên hệ": contacts})
    assert found["Họ tên"][0] == "full_name" and found["Họ tên"][1] >= THRESHOLD
    assert found["Người thân liên hệ"][0] != "full_name"
    # an abbot who confirms the records is somebody else
    assert names_a_relative("Trụ trì xác nhận")
    # a staff column beside the records' own distinct names is still the staff's
    staff = settled({"Họ tên": contacts, "Cán bộ hướng dẫn": pilgrims})
    assert staff["Cán bộ hướng dẫn"][0] is None and staff["Họ tên"][0] == "full_name"


def test_a_surname_header_in_tifinagh_and_an_arabic_word_a_consonant_apart() -> None:
    # Tamazight: the family's name, hinted as Arabic ``Ism al aila`` is
    assert name_hints("ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ") == name_hints("Ism al aila")
    assert name_hints("النسب") == ["family_name"]  # Maghreb Arabic: the lineage, the surname
    assert name_hints("ⵉⵙⵎ") == ["given_name"]
    surnames = ["Ouhammou", "Amzil", "El Ghazi", "Ait Baha", "Boukhris", "Idrissi"] * 10
    given = ["Fatima", "Youssef", "Aicha", "Mohamed", "Itto", "Hassan"] * 10
    table = {"ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ النسب Nom": surnames, "ⵉⵙⵎ الاسم Prénom": given}
    found = settled(table)
    assert found["ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ النسب Nom"][0] == "family_name", found
    assert found["ⵉⵙⵎ الاسم Prénom"][0] == "given_name", found
    assert min(confidence for _, confidence in found.values()) >= THRESHOLD, found
    # a word of Arabic letters is its consonants: one changed is another word, not a spelling
    assert name_hints("الشهرة") == ["family_name"]
    assert name_hints("الشهادة") == [] and name_hints("Diplôme الشهادة") == []
