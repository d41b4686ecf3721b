"""Rules written after blind 419-434's first measurements: a manager (``người QL``), a
surveyor (``Người khảo sát``), an inspection team's head (``Trưởng đoàn``), a recommender and a
lessor (``المؤجر``) are somebody beside the record's person; the owner's CCCD (``CCCD chủ
hộ``) beside the owner's name (``Chủ hộ kinh doanh``) is the record's own; a bracket after a
header qualifies what the header names (``Mobile No. (registered with CNIC)`` is a phone); a
Polish ``Adresat`` is the addressee, a person; Argentina's ``CUIT`` is a tax number; a lawyer's
professional domicile and an office's address (``عنوان المكتب``) are not the home; Portugal's
``Identificação Civil`` is the national id; a Czech ``Číslo OP`` is an identity card's number;
Singapore's masked ``S****262B`` is still an NRIC. From blind 439-442's: a reference relative
(``Familiar de referência``) is somebody else; a dealer's address (``Địa chỉ đại lý``) is not
the home (``thân nhân`` and ``người chuyển nhượng`` as somebody else's were tried and left out:
blind 268 and 320 are registers of such a relative and such a transferor)."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import infer_role
from lienthong.profiling._foreign import is_any_national_id
from lienthong.profiling._hints import (
    name_hints,
    names_a_relative,
    names_a_tax_number,
    names_an_identity_card,
    names_elsewhere,
    the_records_party,
)

_CCCDS = [f"079{(i * 7919) % 10**9:09d}" for i in range(1, 41)]
_OTHER_CCCDS = [f"080{(i * 104729) % 10**9:09d}" for i in range(1, 41)]


def test_a_manager_and_a_surveyor_are_somebody_else() -> None:
    for header in ("CCCD người QL", "Người quản lý cơ sở", "Người khảo sát", "Điều tra viên"):
        assert names_a_relative(header), header
    for header in ("Ngày khảo sát", "Mã quản lý"):
        assert not names_a_relative(header), header


def test_the_owners_number_beside_the_owners_name_is_the_records() -> None:
    assert the_records_party("CCCD chủ hộ", "Chủ hộ kinh doanh")
    assert not the_records_party("CCCD vợ chủ hộ", "Chủ hộ kinh doanh")  # his wife's
    assert not the_records_party("Số CCCD", "Chủ hộ kinh doanh")  # names no relative
    got = settled(
        {
            "Chủ hộ kinh doanh": VIETNAMESE_NAMES,
            "CCCD chủ hộ": _CCCDS,
            "Người quản lý cơ sở": VIETNAMESE_NAMES[::-1],
            "CCCD người QL": _OTHER_CCCDS,
        }
    )
    assert got["CCCD chủ hộ"][0] == "cccd" and got["CCCD người QL"][0] is None
    assert got["Chủ hộ kinh doanh"][0] == "full_name" and got["Người quản lý cơ sở"][0] is None


def test_the_house_owner_beside_the_surveyor_is_the_record() -> None:
    got = settled({"Họ tên chủ nhà": VIETNAMESE_NAMES, "Người khảo sát": VIETNAMESE_NAMES[::-1]})
    assert got["Họ tên chủ nhà"][0] == "full_name" and got["Người khảo sát"][0] is None


def test_a_bracket_qualifies_what_the_header_names() -> None:
    assert name_hints("Mobile No. (registered with CNIC)") == ["phone"]
    assert name_hints("Address (as per CNIC)") == ["address"]
    assert name_hints("Số (CCCD)") == ["cccd"]  # nothing outside the bracket: the bracket
    # a bracket of no role, or of a name's kind, is read with the header (a minor's name)
    assert name_hints("Nome do leitor (menor)") == [] and "full_name" in name_hints("الاسم (عربي)")
    phones = [f"03{(i * 7919) % 10**9:09d}" for i in range(1, 61)]
    got = settled({"Mobile No. (registered with CNIC)": phones})
    assert got["Mobile No. (registered with CNIC)"][0] == "phone"


def test_an_inspection_teams_head_a_recommender_and_a_lessor_are_somebody_else() -> None:
    for header in ("Trưởng đoàn", "NIC of Recommender", "الرقم القومي للمؤجر"):
        assert names_a_relative(header), header
    got = settled({"Chủ cơ sở": VIETNAMESE_NAMES, "Trưởng đoàn": VIETNAMESE_NAMES[::-1]})
    assert got["Chủ cơ sở"][0] == "full_name" and got["Trưởng đoàn"][0] is None


def test_headers_of_other_countries_read_as_their_registers_mean_them() -> None:
    assert name_hints("Adresat") == ["full_name"] and name_hints("Adres") == ["address"]
    assert names_a_tax_number("CUIT")
    for header in ("Domicilio Profesional", "Domicílio Profissional", "عنوان المكتب"):
        assert names_elsewhere(header), header
    assert name_hints("N.º Identificação Civil") == ["national_id"]
    assert names_an_identity_card("Číslo OP") and not names_an_identity_card("Operace")


def test_a_masked_nric_is_still_the_persons_number() -> None:
    assert is_any_national_id("S****262B") and not is_any_national_id("*******12")
    masked = [
        f"{'STFG'[i % 4]}****{(i * 37) % 1000:03d}{'ABCDEFGHIZJ'[i % 11]}" for i in range(120)
    ]
    assert infer_role("NRIC/FIN (masked)", masked).role == "national_id"


def test_a_reference_relative_is_somebody_else_a_dealers_address_no_home() -> None:
    assert names_a_relative("Familiar de referência")
    assert names_elsewhere("Dia chi dai ly") and names_elsewhere("Địa chỉ đại lý")
