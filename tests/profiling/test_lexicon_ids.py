"""The lexicon's national ids, country by country: each country's card or number, as forms
write it, hints ``national_id``; ordinary headers (an amount, a date of issue, a room, a plate,
a case number) never do."""

from __future__ import annotations

import pytest

from lienthong.profiling._hints import name_hints

IDS = [
    # Africa
    "NPI",
    "N° NPI",
    "Lambarka NIRA / NIRA No.",
    "DIP",
    "Número de DIP",
    "NIN",
    "NIMC Number",
    "Maisha Namba",
    "SA ID Number",
    "NNI",
    "N° CIN",
    "Numéro NINA",
    "Carte d'identité CEDEAO",
    "Indangamuntu",
    "Omang",
    "Kitambulisho cha Taifa",
    "የፋይዳ ቁጥር",
    "Cartão Nacional de Identificação",
    "رقم التعريف الوطني",
    # Americas
    "CPF",
    "Carteira de Identidade Nacional",
    "CUIL",
    "CURP",
    "Credencial para votar",
    "RUN",
    "Cédula de ciudadanía",
    "Cédula de extranjería",
    "Carné de extranjería",
    "DIMEX",
    "DUI",
    "DPI",
    "Kat idantite",
    # Europe
    "CIE",
    "Numero CIE",
    "Numéro national",
    "INSZ",
    "Letërnjoftimi",
    "Личен номер",
    "Паспорт гражданина",
    "PESEL",
    "EMŠO",
    "TC Kimlik No",
    "Personas apliecības numurs",
    # Asia
    "Emirates ID",
    "هوية وطنية",
    "ת.ז.",
    "e-Tazkira",
    "EPIC No.",
    "CID No.",
    "NRIC / FIN",
    "e-KTP",
    "PhilID",
    "PCN",
    "BIR",
    "香港身份證號碼",
    "澳門居民身份證",
    "공민증",
    "राष्ट्रिय परिचयपत्र",
    # Oceania
    "Medicare Card No.",
    "Medicare",
    "PNG NID",
]

ORDINARY = [
    "Số tiền",
    "Ngày cấp",
    "Status",
    "Amount",
    "Diện tích",
    "Số phòng",
    "Room No.",
    "Case No.",
    "Số thụ lý",
    "Plate No.",
    "Biển số",
    "Run date",
    "Nom de la Cie",
    "Bir ay",
    "Số tiền rút",
    "Date de fin",
]


@pytest.mark.parametrize("header", IDS)
def test_a_countrys_id_hints_national_id(header: str) -> None:
    assert "national_id" in name_hints(header)


@pytest.mark.parametrize("header", ORDINARY)
def test_an_ordinary_header_hints_no_national_id(header: str) -> None:
    assert "national_id" not in name_hints(header)
