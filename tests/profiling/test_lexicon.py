"""The multilingual lexicon (``lienthong/profiling/lexicon/*.csv``): it loads, its terms hint
their roles in many languages, street lines stay street lines, labels before ids are dropped,
and unaccented Vietnamese words are never read as foreign terms."""

from __future__ import annotations

import pytest

from lienthong.identifiers import compact_id
from lienthong.normalize import digits_of
from lienthong.profiling import infer_role
from lienthong.profiling._hints import name_hints, names_a_note
from lienthong.profiling._lexicon import HEADER_ROLES, lexicon, vietnamese_words
from lienthong.profiling._values import is_full_address, is_street


def test_the_lexicon_loads_every_role_in_many_languages() -> None:
    found = lexicon()
    for role in ("given_name", "family_name", "full_name", "birth_date", "address", "street"):
        assert len(found.headers[role]) >= 40, role
    for role in ("suburb", "postcode", "national_id", "phone", "email", "sex", "note"):
        assert found.headers[role], role
    assert set(found.headers) <= HEADER_ROLES
    assert {"via", "calle", "ul", "rue", "utca"} <= found.street_words
    assert {"straat", "gatan", "strasse"} <= set(found.street_suffixes)
    assert {"gu", "ku"} <= found.unit_suffixes


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Fornavn", "given_name"),  # Danish
        ("Etunimi", "given_name"),  # Finnish
        ("Sukunimi", "family_name"),  # Finnish
        ("Prezime", "family_name"),  # Croatian
        ("Nome e cognome", "full_name"),  # Italian
        ("Datum rođenja", "birth_date"),  # Croatian
        ("Fødselsdato", "birth_date"),  # Danish, ø folded
        ("Osoite", "address"),  # Finnish
        ("Ulica", "street"),  # Polish / Croatian
        ("Postinumero", "postcode"),  # Finnish
        ("Henkilötunnus", "national_id"),  # Finnish
        ("Codice fiscale", "national_id"),  # Italian
        ("Puhelin", "phone"),  # Finnish
        ("Sähköposti", "email"),  # Finnish
        ("Spol", "sex"),  # Croatian
    ],
)
def test_lexicon_terms_hint_their_role(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


def test_notes_come_from_the_lexicon_too() -> None:
    assert names_a_note("Napomena") and names_a_note("Huomautukset") and names_a_note("Ghi chú")


@pytest.mark.parametrize(
    "line", ["Via Roma, 12", "Hoofdstraat 5", "ul. Długa 3", "Calle Mayor 10", "Storgatan 4"]
)
def test_european_street_lines_are_streets_not_full_addresses(line: str) -> None:
    assert is_street(line) and not is_full_address(line)


@pytest.mark.parametrize(
    "address",
    ["12 Lê Lợi, Phường Bến Thành", "Via Roma, 12, Milano", "Seoul Gangnam-gu Teheran-ro 44"],
)
def test_an_address_with_a_place_after_the_street_stays_a_full_address(address: str) -> None:
    assert is_full_address(address)


def test_a_column_of_italian_street_lines_is_a_street() -> None:
    values = [f"{street}, {n}" for n in range(1, 30) for street in ("Via Roma", "Corso Italia")]
    assert infer_role("Indirizzo", values).role == "street"


@pytest.mark.parametrize("typed", ["ID: 079090000001", "No. 079090000001", "#079090000001"])
def test_a_label_before_an_id_is_dropped(typed: str) -> None:
    assert compact_id(typed) == "079090000001" == digits_of(typed)


def test_a_word_that_only_starts_like_a_label_is_kept() -> None:
    assert compact_id("Nomor 12") == "Nomor12" and compact_id("IDX-12") == "IDX12"


@pytest.mark.parametrize("header", ["Số tiền rút", "Thông tin", "Tên đường", "Nam/Nữ"])
def test_vietnamese_words_are_not_read_as_foreign_terms(header: str) -> None:
    assert "national_id" not in name_hints(header)
    assert "given_name" not in name_hints(header)


@pytest.mark.parametrize("header", ["RUT", "TIN", "TIN No."])
def test_an_ambiguous_term_counts_as_the_whole_header(header: str) -> None:
    assert name_hints(header)[:1] == ["national_id"]


def test_value_words_that_are_vietnamese_syllables_are_dropped() -> None:
    assert {"do", "to"} <= vietnamese_words()
    assert not is_street("Đỗ Quang Đẩu") and not is_street("Tô Hiến Thành")


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Familiyasi", "family_name"),  # Uzbek, possessive
        ("Ismi", "given_name"),  # Uzbek
        ("Tug'ilgan sanasi", "birth_date"),  # Uzbek
        ("JShShIR", "national_id"),  # Uzbek, letters glued as written
        ("PINFL", "national_id"),  # Uzbek
        ("Laharana kara-panondro", "national_id"),  # Malagasy
        ("NIU", "national_id"),  # Haitian Creole
        ("Omang", "national_id"),  # Setswana
        ("Isibongo", "family_name"),  # Zulu
        ("Sloinne", "family_name"),  # Irish
        ("Cyfenw", "family_name"),  # Welsh
        ("Abizena", "family_name"),  # Basque
        ("Enderezo", "address"),  # Galician
        ("Прозвішча", "family_name"),  # Belarusian
        ("Датум на раѓање", "birth_date"),  # Macedonian
        ("Туулган күнү", "birth_date"),  # Kyrgyz
        ("ජංගම දුරකථන", "phone"),  # Sinhala
        ("ಜನ್ಮ ದಿನಾಂಕ", "birth_date"),  # Kannada
        ("Magaca qoyska", "family_name"),  # Somali
        ("Ingoa whānau", "family_name"),  # Maori
    ],
)
def test_lexicon_terms_of_more_languages_hint_their_role(header: str, role: str) -> None:
    assert name_hints(header)[:1] == [role]


@pytest.mark.parametrize(
    "header", ["نام پدر", "Otasining ismi", "Nom del pare", "Magaca aabbaha", "මවගේ නම"]
)
def test_a_relative_in_any_language_gives_no_name_role(header: str) -> None:
    """``نام پدر`` folds to ``nm pdr``: the header's ``nm`` reads *name*, and so does the term's."""
    assert not {"full_name", "family_name", "given_name"} & set(name_hints(header))
