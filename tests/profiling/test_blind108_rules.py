"""Rules written after blind 108-112's first measurements: masked ids, street lines of both
kinds, a flat after the house number, the dead worker's numbers and the parties to a land
transfer."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._hints import names_a_passport, names_a_relative

_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Minh", "Ngọc", "Phúc", "Trang"]
_NAMES = [
    f"{family} Văn {given}" for family in ("Nguyễn", "Trần", "Lê", "Phạm") for given in _GIVEN
]


def test_a_resident_number_masked_after_its_seventh_digit_is_still_the_persons() -> None:
    born = [f"{40 + n % 50:02d}{1 + n % 12:02d}{1 + n % 28:02d}" for n in range(60)]
    values = [
        f"{b}-{1 + n % 2}******" if n % 5 else f"{b}-{1 + n % 2}{n:06d}" for n, b in enumerate(born)
    ]
    found = infer_role("주민등록번호", values)
    assert found.role == "national_id" and found.confidence >= THRESHOLD, found
    # masks alone, or more hidden than shown, are no id
    assert infer_role("주민등록번호", ["******-*******"] * 60).role != "national_id"


def test_street_lines_with_and_without_a_street_word_are_one_column_of_street_lines() -> None:
    montevideo = [
        f"Carlos María Ramírez {1400 + n}"
        if n % 2
        else f"Av. 8 de Octubre {3000 + n} apto {n % 9 + 1}"
        for n in range(60)
    ]
    found = infer_role("Domicilio", montevideo)
    assert found.role == "street" and found.confidence >= THRESHOLD, found
    hue = [f"{n}/3 Le Loi" if n % 2 else f"{n} kiet 5 Ly Thuong Kiet" for n in range(1, 61)]
    found = infer_role("So nha, duong", hue)
    assert found.role == "street" and found.confidence >= THRESHOLD, found


def test_a_staircase_and_a_flat_after_the_house_number_leave_a_street_line() -> None:
    turku = [
        f"{street} {n} {'ABCD'[n % 4]} {n % 30 + 1}"
        for n, street in enumerate(["Nummenpakka", "Ruusukortteli"] * 30, 1)
    ]
    found = infer_role("Nykyinen osoite / Nuvarande adress", turku)
    assert found.role == "street" and found.confidence >= THRESHOLD, found


def test_the_dead_workers_numbers_are_not_the_survivors() -> None:
    roles = settled(
        {
            "Họ tên người hưởng": _NAMES,
            "Họ tên người chết": list(reversed(_NAMES)),
            "Mã số BHXH người chết": [f"79{n:08d}" for n in range(40)],
        }
    )
    assert roles["Họ tên người hưởng"][0] == "full_name"
    assert roles["Họ tên người chết"][0] is None
    assert roles["Mã số BHXH người chết"][0] is None


def test_an_arabic_passport_and_the_parties_to_a_land_transfer() -> None:
    assert names_a_passport("رقم جواز السفر")
    # a book of land changes is kept by who receives the land: the transferor is the other party
    assert names_a_relative("Bên chuyển nhượng")
    assert not names_a_relative("Bên nhận chuyển nhượng")
