"""Rules written after blind 64-66's first measurements (each a kind of file a city meets, not a
header of one file): a tax number beside the country's own personal number, an identity card's
own number beside it, registers of births whose record is the mother, New Zealand's NHI by its
check character, a Mongolian surname written as the parent's name, and a street line's flat
after its comma."""

from __future__ import annotations

from datetime import date, timedelta

from settled_helpers import settled

from lienthong.identifiers import make_cccd
from lienthong.profiling._checked_ids import checked_ids
from lienthong.profiling._hints import (
    name_hints,
    names_a_birth_particular,
    names_a_newborn,
    names_a_passport,
    names_a_relative,
    names_a_tax_number,
)
from lienthong.profiling._places import is_full_address, is_street

_BIRTHS = [date(1950, 1, 1) + timedelta(days=397 * i + 13) for i in range(40)]
_POLES = ["Jan Kowalski", "Anna Nowak", "Piotr Wiśniewski", "Maria Wójcik"] * 10


def _pesel(born: date, serial: int) -> str:
    """A valid PESEL: the birth date (month + 20 from 2000), a serial and the check digit."""
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born:%y}{month:02d}{born:%d}{serial:04d}"
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9) * 3, strict=False))
    return f"{body}{(10 - total % 10) % 10}"


def _nif(serial: int) -> str:
    """A valid Portuguese NIF: nine digits, the last ``11 - Σ w·d mod 11`` (0 for 10 and 11)."""
    body = f"2{serial:07d}"
    rest = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return f"{body}{0 if rest < 2 else 11 - rest}"


def _nhi(serial: int) -> str:
    """A valid NHI of the old form ``ABC1234``: letters worth 1-24 (no I, O), a check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    for bump in range(11):
        head = "".join(letters[(serial + bump) // 24**k % 24] for k in range(3))
        digits = f"{(serial * 7 + bump) % 1000:03d}"
        values = [letters.index(c) + 1 for c in head] + [int(d) for d in digits]
        rest = sum(v * w for v, w in zip(values, range(7, 1, -1), strict=True)) % 11
        if rest:
            return f"{head}{digits}{(11 - rest) % 10}"
    raise AssertionError("no NHI")


def test_a_tax_number_beside_the_personal_number_is_the_tax_offices() -> None:
    for header in ("TIN", "NIF", "Α.Φ.Μ.", "ИНН", "KRA PIN", "IRD Number", "Steuernummer"):
        assert names_a_tax_number(header), header
    for header in ("PESEL", "PhilSys Card No. (PCN)", "N.º do Cartão de Cidadão", "Tin tức"):
        assert not names_a_tax_number(header), header
    pesels = [_pesel(born, 1000 + i) for i, born in enumerate(_BIRTHS)]
    nifs = [_nif(1_234_567 + 7919 * i) for i in range(40)]
    both = settled({"Imię i nazwisko": _POLES, "PESEL": pesels, "NIF": nifs})
    assert both["PESEL"][0] == "national_id" and both["NIF"][0] is None
    # alone (Cape Verde's NIF), the tax number is the person's number
    alone = settled({"Nome completo": _POLES, "NIF": nifs})
    assert alone["NIF"][0] == "national_id"


def test_beside_only_a_funds_number_the_tax_number_stays_the_persons() -> None:
    irds = [f"{100_000_000 + 7919 * i}" for i in range(40)]
    irds = [n for n in irds if checked_ids([n] * 10) is not None][:30] or irds[:30]
    nhis = [_nhi(500 + 37 * i) for i in range(30)]
    got = settled({"Name": _POLES[:30], "IRD Number": irds, "NHI": nhis})
    assert got["IRD Number"][0] == "national_id" and got["NHI"][0] is None


def test_new_zealands_nhi_is_known_by_its_check_character() -> None:
    nhis = [_nhi(500 + 37 * i) for i in range(30)]
    assert "nz.nhi" in (checked_ids(nhis) or "")
    wrong = [n[:-1] + str((int(n[-1]) + 1) % 10) for n in nhis]
    assert checked_ids(wrong) is None
    got = settled({"Full Name": _POLES[:30], "NHI Number / Tau NHI": nhis})
    assert got["NHI Number / Tau NHI"][0] == "national_id"


def test_an_identity_cards_own_number_beside_the_personal_number_is_a_documents() -> None:
    for header in ("Seria i nr dowodu osobistego", "Жеке куәлік № / № удостоверения", "Α.Δ.Τ."):
        assert names_a_passport(header), header
    assert not names_a_passport("PESEL") and not names_a_passport("Địa chỉ")
    pesels = [_pesel(born, 2000 + i) for i, born in enumerate(_BIRTHS)]
    cards = [f"AB{'CDEFGHJK'[i % 8]}{100_000 + 7919 * i:06d}" for i in range(40)]
    got = settled({"Imię i nazwisko": _POLES, "PESEL": pesels, "Seria i nr dowodu": cards})
    assert got["PESEL"][0] == "national_id" and got["Seria i nr dowodu"][0] != "national_id"


def _birth_register(particular: str | None) -> dict[str, list[str]]:
    mothers = [
        f"{f} Thị {g}"
        for f in ("Nguyễn", "Trần", "Lê", "Phạm")
        for g in ["Anh", "Bình", "Chi", "Dung", "Hà"]
    ]
    mothers = (mothers * 2)[:30]
    table = {
        "Họ tên mẹ": mothers,
        "Ngày sinh mẹ": [f"{_BIRTHS[i + 10]:%d/%m/%Y}" for i in range(30)],
        "Số CCCD mẹ": [
            make_cccd("001", "female", _BIRTHS[i + 10].year, 300_000 + i) for i in range(30)
        ],
        "Họ tên trẻ": [
            f"Con bà {m}" if i % 3 else f"Lê Văn {m.split()[-1]}" for i, m in enumerate(mothers)
        ],
        "Ngày sinh của trẻ": [
            f"{date(2025, 1, 1) + timedelta(days=7 * i):%d/%m/%Y}" for i in range(30)
        ],
    }
    if particular is not None:
        table[particular] = [f"{i % 24:02d} giờ {i % 60:02d}" for i in range(30)]
    return table


def test_in_a_register_of_births_the_mother_is_the_record() -> None:
    for header in ("Giờ sinh", "Số giấy chứng sinh", "Tuổi thai (tuần)", "Birth weight (g)"):
        assert names_a_birth_particular(header), header
    assert not names_a_birth_particular("Cân nặng (kg)") and not names_a_birth_particular(
        "Ngày sinh"
    )
    assert names_a_newborn("Họ tên con") and names_a_newborn("Ngày sinh của trẻ")
    births = settled(_birth_register("Giờ sinh"))
    assert births["Họ tên mẹ"][0] == "full_name" and births["Số CCCD mẹ"][0] == "cccd"
    assert births["Ngày sinh mẹ"][0] == "birth_date"
    assert births["Họ tên trẻ"][0] is None and births["Ngày sinh của trẻ"][0] == "date"
    # a child's own record (a vaccination round) names no birth's particulars: the child's
    rounds = settled(_birth_register(None))
    assert rounds["Ngày sinh của trẻ"][0] == "birth_date"
    assert rounds["Họ tên mẹ"][0] is None


def test_a_mongolian_surname_is_the_parents_name_and_the_clan_is_none() -> None:
    for header in ("Эцэг /эх/-ийн нэр", "Эцэг/эхийн нэр", "Эцгийн нэр"):
        assert name_hints(header) == ["family_name"], header
        assert not names_a_relative(header), header
    assert name_hints("Ургийн овог") == []
    assert names_a_relative("Họ tên cha")


def test_more_parties_beside_the_record() -> None:
    for header in ("Documento del acudiente", "ডিলারের নাম", "Họ tên người ở nước ngoài"):
        assert names_a_relative(header), header


def test_a_flat_after_a_street_lines_comma_names_no_unit() -> None:
    for line in (
        "ул. Толе би, д. 286, кв. 9",
        "пр. Рыскулова, д. 41/1, кв. 112",
        "мкр. Аксай-4, д. 88, кв. 5",
    ):
        assert is_street(line) and not is_full_address(line), line
    # a quarter after the comma is a part of its own: a whole address
    assert is_full_address("ул. Витоша 5, кв. Лозенец")
    assert is_full_address("12 Lê Lợi, Phường Bến Thành")
