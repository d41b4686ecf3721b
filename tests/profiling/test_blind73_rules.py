"""Rules written after blind 73-75's first measurements: Saudi births in the lunar Hijri
calendar beside Gregorian ones, a hamlet head confirming, an intended spouse, a father's name in
Macedonian, a minor, Trinidad's BIR number, identity and residence cards beside the personal
number, and a length of stay that is no place; after blind 76's, a list of one party (the
beneficiaries) and Khmer names' headers."""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian
from settled_helpers import settled

from lienthong.profiling import infer_role
from lienthong.profiling._calendars import other_calendar_births
from lienthong.profiling._hints import (
    name_hints,
    names_a_passport,
    names_a_relative,
    names_a_tax_number,
)

_BIRTHS = [date(1940, 1, 1) + timedelta(days=397 * i + 13) for i in range(60)]


def _hijri(day: date, mark: str = "هـ") -> str:
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    return f"{hijri.year}/{hijri.month:02d}/{hijri.day:02d}{mark}"


def test_saudi_births_in_the_lunar_hijri_calendar_beside_gregorian_ones() -> None:
    marked = [_hijri(d) if i % 3 else f"{d:%d/%m/%Y}م" for i, d in enumerate(_BIRTHS)]
    found = other_calendar_births(marked, 0.9, today=date(2026, 12, 6))
    assert found is not None and "lunar Hijri" in found[0]
    assert found[1][:3] == [d.isoformat() for d in _BIRTHS[:3]]
    # unmarked, the Gregorian days among them tell the Saudi column from Iran's Solar Hijri
    plain = [_hijri(d, "") if i % 3 else f"{d:%d/%m/%Y}" for i, d in enumerate(_BIRTHS)]
    assert infer_role("تاريخ الميلاد", plain).role == "birth_date"
    assert infer_role("تاريخ الميلاد", marked).role == "birth_date"


def test_more_parties_beside_the_record() -> None:
    for header in (
        "Trưởng ấp xác nhận",
        "Người dự định kết hôn - Họ tên",
        "Татково име",
        "Nombre del menor",
    ):
        assert names_a_relative(header), header
    assert not names_a_relative("Họ tên")


def test_tax_numbers_and_cards_beside_the_personal_number() -> None:
    assert names_a_tax_number("BIR No.") and not names_a_tax_number("Bir tane")
    for header in ("Бр. на лична карта", "N° carte de séjour"):
        assert names_a_passport(header), header
    # alone, the residence card is the person's number
    assert name_hints("N° carte de séjour") == ["national_id"]


def test_a_length_of_stay_is_no_place() -> None:
    assert name_hints("Thời hạn tạm trú") == []
    assert name_hints("Địa chỉ tạm trú") == ["address"]


def test_a_list_of_one_party_is_the_records() -> None:
    names = ["Hawa F. Weah", "Joseph A. Flomo", "Alfred A. Tarpeh", "Musu K. Kollie"] * 8
    alone = settled({"Beneficiary Name": names, "County": ["Bong", "Nimba"] * 16})
    assert alone["Beneficiary Name"][0] == "full_name"
    # beside the record's own name, the party's name is somebody else's
    beside = settled({"Full Name": names, "Beneficiary Name": names[::-1]})
    assert beside["Full Name"][0] == "full_name" and beside["Beneficiary Name"][0] is None
    assert names_a_relative("Nome do Substituto")


def test_khmer_family_name_and_name() -> None:
    assert name_hints("គោត្តនាម") == ["family_name"]
    assert name_hints("គោត្តនាម និងនាម")[0] == "full_name"
