"""Rules read since blind 293-297's first measurement: a household's second and third members,
a declarant, adoptive parents, a US export's LAST and FIRST."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling._hints import name_hints, names_a_relative

BIRTHS = [
    f"{d:02d}/{m:02d}/{y}"
    for d, m, y in zip(range(1, 29), [1, 4, 7, 10] * 7, range(1950, 1978), strict=True)
]


def test_a_households_second_and_third_members_are_somebody_else() -> None:
    for header in ("Thành viên 2", "NS TV2", "Member 3 Name", "世帯員2 氏名"):
        assert names_a_relative(header), header
    assert not names_a_relative("Thành viên") and not names_a_relative("Member No.")
    heads, seconds = VIETNAMESE_NAMES[:28], VIETNAMESE_NAMES[12:40]
    found = settled(
        {"Họ tên chủ hộ": heads, "NS": BIRTHS, "Thành viên 2": seconds, "NS TV2": BIRTHS[::-1]}
    )
    assert found["Họ tên chủ hộ"][0] == "full_name" and found["NS"][0] == "birth_date", found
    assert found["Thành viên 2"][0] is None and found["NS TV2"][0] == "date", found


def test_a_declarant_and_adoptive_parents_are_somebody_else() -> None:
    for header in ("PESEL zgłaszającego", "양부 성명", "양모 생년월일"):
        assert names_a_relative(header), header


def test_a_us_exports_last_and_first_are_the_names_alone() -> None:
    assert name_hints("LAST") == ["family_name"] and name_hints("FIRST") == ["given_name"]
    assert name_hints("Last visit") == [] and name_hints("First aid") == []
