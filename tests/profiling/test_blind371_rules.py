"""Rules written after blind 371-378's first measurements: a voter's number is the person's
number alone and a document's beside the national id (``Voter No.``, as ``Voter ID`` was); the
Czech and Slovak organisation number (``IČO``) beside the ``rodné číslo`` is the trade's; a
market stall (``Puesto``, ``Số sạp``) is no home; a two-word surname in a script without
capitals (``شمس الدين``) is a surname."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.profiling._hints import names_elsewhere
from lienthong.profiling._values import DETECTORS

_VOTERS = [f"{(i * 7919) % 10**9:09d}" for i in range(1, 61)]
_CEDULAS = [f"{4000000 + i * 37:07d}" for i in range(60)]


def test_a_voters_number_is_the_persons_alone_and_a_documents_beside_the_id() -> None:
    alone = settled({"Full Name": ["Josefa Naivalu", "Ravinesh Kumar"] * 30, "Voter No.": _VOTERS})
    assert alone["Voter No."][0] == "national_id"
    beside = settled({"National ID": _CEDULAS, "Voter Number": _VOTERS})
    assert beside["National ID"][0] == "national_id" and beside["Voter Number"][0] is None


def test_an_organisation_number_beside_the_birth_number_is_the_trades() -> None:
    birth_numbers = [f"{855101 + i:06d}/{1000 + 11 * i:04d}" for i in range(60)]
    companies = [f"{31000000 + i * 977:08d}" for i in range(60)]
    got = settled({"Rodné číslo": birth_numbers, "IČO": companies})
    assert got["IČO"][0] is None


def test_a_market_stall_is_no_home() -> None:
    for header in ("Puesto", "Số sạp", "Ki-ốt", "Stall No."):
        assert names_elsewhere(header), header
    assert not names_elsewhere("Địa chỉ") and not names_elsewhere("Domicilio")


def test_a_two_word_surname_without_capitals_is_a_surname() -> None:
    for surname in ("شمس الدين", "نصر الله", "أبو حيدر", "García López"):
        assert DETECTORS["any_surname"](surname), surname
    assert not DETECTORS["any_surname"]("KABONGO Dorcas")  # a surname in capitals, then a name
