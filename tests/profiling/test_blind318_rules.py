"""Rules read since blind 318-325's first measurement: Italy's and Poland's tax numbers, an
informant and a certificate's recipient, a stand, an invoice's and a damaged house's address, a
dealer's stall."""

from __future__ import annotations

from lienthong.profiling._hints import (
    name_hints,
    names_a_relative,
    names_a_tax_number,
    names_elsewhere,
)


def test_tax_numbers_and_other_peoples_columns() -> None:
    assert names_a_tax_number("Partita IVA") and names_a_tax_number("NIP")
    for header in ("اسم المبلغ", "الرقم القومي للمبلغ", "Получатель (Ф.И.О., родство)"):
        assert names_a_relative(header), header


def test_places_that_are_no_home_and_a_stalls_name() -> None:
    for header in ("Khán đài", "Địa chỉ xuất HĐ", "Hasarlı Konut Adresi"):
        assert names_elsewhere(header), header
    assert name_hints("Tên vựa") == []
