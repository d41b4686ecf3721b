"""Rules read since blind 288-292's first measurement: Central Highlands names in Windows-1258,
survey staff and people sought, SAP's field names, Sardinian headers, a Luhn health card."""

from __future__ import annotations

from lienthong.profiling._checked_ids import checked_ids
from lienthong.profiling._hints import name_hints, names_a_relative
from lienthong.quality._corpus import to_cp1258
from lienthong.sources._encoding import decode_bytes


def test_central_highlands_names_in_windows_1258_are_read_as_vietnamese() -> None:
    # Bahnar ``Kon Chrăh``, K'Ho ``Kră``: a Vietnamese ă before h or ending a name, never a vowel
    text = "TT;Họ tên;Làng;Tổ DLCĐ\n" + "".join(
        f"{i};Đinh Thị H'Nâu;làng Kon Chrăh, xã Đăk Rơ Wa;Tổ {i % 3}\n"
        f"{i};Kră Jăn K'Sin;plei Ơp, phường Pleiku;Tổ {i % 4}\n"
        for i in range(40)
    )
    found = decode_bytes(to_cp1258(text))
    assert found.encoding == "cp1258" and found.text == text
    portuguese = "Nome;Cidade\n" + "".join(f"João Simões;São Paulo {i}\n" for i in range(40))
    assert decode_bytes(portuguese.encode("cp1252")).encoding == "cp1252"


def test_survey_staff_and_people_sought_are_somebody_else() -> None:
    for header in ("Họ tên điều tra viên", "Ho ten nguoi can tim", "relative_name"):
        assert names_a_relative(header), header
    assert names_a_relative("Treatment supporter name")


def test_saps_field_names_and_sardinian_headers() -> None:
    assert [name_hints(h)[:1] for h in ("NACHN", "VORNA", "GBDAT", "STRAS", "PSTLZ")] == [
        ["family_name"],
        ["given_name"],
        ["birth_date"],
        ["street"],
        ["postcode"],
    ]
    assert name_hints("Sambenadu") == ["family_name"] and name_hints("Nùmene") == ["given_name"]
    assert name_hints("Indiritzu") == ["address"] and name_hints("MAILINGSTREET") == ["street"]


def test_a_luhn_health_card_is_no_portuguese_citizen_card() -> None:
    def luhn(body: str) -> str:
        total = sum(
            (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
            for i, d in enumerate(int(c) for c in reversed(body))
        )
        return body + str((10 - total % 10) % 10)

    cards = [luhn(f"8038000000{n * 7919:09d}") for n in range(1, 60)]
    assert checked_ids(cards) is None
