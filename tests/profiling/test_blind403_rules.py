"""Rules written after blind 403-410's first measurements: ``bổ sung`` (to add) holds no
father ``bố``, nor does ``bộ phận`` (a department); a staff member who inspects (``NV kiểm
tra``) is not the household whose bill is cut; a Khmer guarantor (``អ្នកធានា``) is somebody
else; an Azerbaijani address written with its possessive (``Qeydiyyat ünvanı``) is an address;
a Tajik ``РМА`` is a tax number, so the passport beside it is the person's number; a Tajik
street abbreviated ``кӯч.`` is a street."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import infer_role
from lienthong.profiling._hints import name_hints, names_a_relative, names_a_tax_number
from lienthong.profiling._values import DETECTORS


def test_a_word_that_folds_to_a_relatives_syllable_names_no_relative() -> None:
    for header in ("Họ tên người được bổ sung", "Ho ten nguoi duoc bo sung", "Bộ phận"):
        assert not names_a_relative(header), header
    for header in ("Họ tên bố", "Ho ten bo", "Số CCCD của bố"):
        assert names_a_relative(header), header


def test_the_person_supplemented_beside_the_requester_is_the_record() -> None:
    got = settled(
        {
            "Ho ten nguoi duoc bo sung": VIETNAMESE_NAMES,
            "Nguoi yeu cau": VIETNAMESE_NAMES[::-1],
        }
    )
    assert got["Ho ten nguoi duoc bo sung"][0] == "full_name"
    assert got["Nguoi yeu cau"][0] is None


def test_the_householder_beside_the_inspecting_staff_member_is_the_record() -> None:
    got = settled({"Họ và tên chủ hộ": VIETNAMESE_NAMES, "NV kiểm tra": VIETNAMESE_NAMES[::-1]})
    assert got["Họ và tên chủ hộ"][0] == "full_name" and got["NV kiểm tra"][0] is None
    assert not names_a_relative("Ngày kiểm tra")


def test_a_khmer_guarantor_is_somebody_else() -> None:
    assert names_a_relative("ឈ្មោះអ្នកធានា") and not names_a_relative("ឈ្មោះ")


def test_an_azerbaijani_address_with_its_possessive_is_an_address() -> None:
    assert name_hints("Qeydiyyat ünvanı") == ["address"]


def test_a_tajik_tax_number_leaves_the_passport_the_persons_number() -> None:
    assert names_a_tax_number("РМА")
    got = settled(
        {
            "Ному насаб": ["Раҳимов Далер", "Саидова Нигина", "Каримов Фарҳод"] * 20,
            "Рақами шиноснома": [f"А{(i * 7919) % 10**8:08d}" for i in range(1, 61)],
            "РМА": [f"{(i * 104729) % 10**9:09d}" for i in range(1, 61)],
        }
    )
    assert got["Рақами шиноснома"][0] == "national_id" and got["РМА"][0] is None


def test_a_tajik_street_abbreviated_is_a_street() -> None:
    streets = [f"кӯч. {name} {n}" for name in ("Сомонӣ", "Рӯдакӣ", "Айнӣ") for n in range(1, 21)]
    assert all(DETECTORS["street"](street) for street in streets)
    assert infer_role("Суроға", streets).role in ("street", "address")
