"""Rules read since blind 313-317's first measurement: a former holder, a passport's
abbreviation, billing and correspondence addresses, Finnish given names."""

from __future__ import annotations

from lienthong.profiling import infer_role
from lienthong.profiling._hints import name_hints, names_a_relative, names_elsewhere


def test_a_former_holders_columns_are_somebody_elses() -> None:
    for header in ("Tên KH trên HĐ cũ", "Chủ thuê bao cũ", "CCCD chủ cũ"):
        assert names_a_relative(header), header


def test_a_passports_abbreviation_and_addresses_for_bills() -> None:
    assert name_hints("So HC") == ["national_id"]
    assert names_elsewhere("Dirección de facturación (si es distinta)")
    assert names_elsewhere("Adres korespondencyjny (jeżeli inny)")


def test_finnish_given_names_of_three_words_stay_the_given_names() -> None:
    names = [
        "Emilia Sofia Sanna",
        "Anna-Kaisa Maria Elina",
        "Ulla Emilia Sofia",
        "Päivi Sanna Elina",
    ]
    names += ["Mikko Juhani Antero", "Jari Tapani Kalevi", "Timo Olavi Ilmari", "Pekka Kalle Ensio"]
    found = infer_role("Etunimet", [f"{n} {i}"[: len(n)] for i, n in enumerate(names * 15)])
    assert found.role == "given_name", found
