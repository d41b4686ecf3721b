"""The lexicon's audit: identity cards, name parts and other people than the record's own in
many languages, and ordinary headers that stay no person's (``Date de fin``: French "end", not
Azerbaijan's FİN)."""

from __future__ import annotations

import pytest

from lienthong.profiling._hints import name_hints, names_a_relative


@pytest.mark.parametrize(
    "header",
    [
        "Carte nationale d'identité", "Carnet de identidad", "Carteira de identidade",
        "Identitätskarte", "Identiteitskaart", "Лична карта", "Удостоверение личности",
        "الرقم المدني", "کارت ملی", "国民身分證", "주민번호", "FİN kodu", "NID", "CNIB",
    ],
)  # fmt: skip
def test_identity_cards_hint_a_national_id(header: str) -> None:
    assert name_hints(header)[0] == "national_id"


@pytest.mark.parametrize(
    "header",
    [
        "Witness name", "Nombre del testigo", "Nom du témoin", "Name des Zeugen",
        "Nama Kepala Keluarga", "Imię ojca", "Имя матери", "Tên người giám hộ",
        "Vårdnadshavare", "Contacto de emergencia", "緊急聯絡人姓名", "Nominee name",
    ],
)  # fmt: skip
def test_other_people_are_relatives_not_the_records_name(header: str) -> None:
    assert names_a_relative(header)
    assert not {"full_name", "given_name", "family_name"} & set(name_hints(header))


@pytest.mark.parametrize(
    "header",
    [
        "Date de fin", "Fecha fin", "Fin du contrat", "Precio sin IVA", "Số tiền", "Ngày cấp",
        "Company name", "Nombre de la empresa", "Firmenname", "Thông tin", "Ghi chú", "Amount",
        "Status", "Kec.", "Reference", "Employee name",
    ],
)  # fmt: skip
def test_ordinary_headers_stay_no_persons_id(header: str) -> None:
    assert "national_id" not in name_hints(header)
    assert not names_a_relative(header)
