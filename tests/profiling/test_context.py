"""What a table's other columns settle: a name column the header leaves ambiguous becomes the
given name beside a family-name column, and only when its values are given names and no other
column is the given name already."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.identifiers import make_cccd
from lienthong.profiling import THRESHOLD, infer_role

_GIVEN = ["Anna", "Roser", "Jordi", "Pere", "Montserrat", "Núria"] * 5
_FAMILY = ["Garcia Puig", "Vidal Soler", "Roca Ferrer", "Serra Pons"] * 8


def test_an_ambiguous_name_beside_a_plain_family_name_is_the_given_name() -> None:
    # Catalan: "Nom" (French "Nom" is the family name) beside "Cognoms"
    alone = infer_role("Nom", _GIVEN)
    assert alone.role == "family_name"
    got = settled({"Cognoms": _FAMILY, "Nom": _GIVEN})
    assert got["Cognoms"][0] == "family_name"
    assert got["Nom"][0] == "given_name" and got["Nom"][1] >= THRESHOLD


def test_a_name_column_of_single_words_beside_a_family_name_is_the_given_name() -> None:
    # Persian: "نام" (name) beside "نام خانوادگی" (family name)
    given = ["امیر", "نرگس", "علی", "زهرا", "مریم", "رضا"] * 5
    family = ["احمدی", "رضایی", "محمدی", "حسینی"] * 8
    assert infer_role("نام", given).role is None
    got = settled({"نام": given, "نام خانوادگی": family})
    assert got["نام"][0] == "given_name" and got["نام"][1] >= THRESHOLD


def test_nothing_changes_without_a_family_name_or_with_a_given_name_already() -> None:
    given = ["امیر", "نرگس", "علی", "زهرا", "مریم", "رضا"] * 5
    assert settled({"نام": given})["نام"][0] is None
    # Swahili: first, middle and family name; the middle name stays without a role
    middle = ["Juma", "Hassani", "Saidi", "Omari", "Bakari", "Rajabu"] * 5
    got = settled(
        {"Jina la Kwanza": _GIVEN, "Jina la Kati": middle, "Jina la Ukoo": ["Mwakyusa"] * 30}
    )
    assert got["Jina la Kati"][0] is None


def test_french_nom_and_prenom_keep_their_roles() -> None:
    got = settled(
        {"Nom": ["Dupont", "Martin", "Bernard"] * 10, "Prénom": ["Jean", "Marie", "Luc"] * 10}
    )
    assert got["Nom"][0] == "family_name" and got["Prénom"][0] == "given_name"


def test_a_rival_whose_values_are_not_given_names_is_left_alone() -> None:
    codes = ["A-12 bis", "B-7", "C-99"] * 10
    got = settled({"Cognoms": _FAMILY, "Nom": codes})
    assert got["Nom"][0] != "given_name"


def test_a_family_name_beside_a_given_name_column() -> None:
    # German "Name" (the family name) beside "Vorname"
    family = ["Gerber", "Weber", "Müller", "Meier", "Keller", "Huber", "Schmid"] * 5
    given = ["Hans", "Ursula", "Peter", "Monika", "Beat", "Reto", "Sandra"] * 5
    got = settled({"Name": family, "Vorname": given})
    assert got["Name"][0] == "family_name" and got["Vorname"][0] == "given_name"


def test_other_peoples_names_and_birth_dates_beside_the_records_own() -> None:
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"] * 8
    others = ["Hoàng Văn Em", "Vũ Thị Giang", "Đỗ Văn Hải", "Bùi Thị Hoa"] * 8
    born = [f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i}" for i in range(32)]
    got = settled({"Họ và tên": names, "Người được ủy quyền": others, "Ngày sinh": born, "X": born})
    assert got["Họ và tên"][0] == "full_name"
    assert got["Người được ủy quyền"] == (None, 0.0)
    assert got["Ngày sinh"][0] == "birth_date" and got["X"][0] == "date"
    # with no header saying which, both stay names
    both = settled({"A": names, "B": others})
    assert both["A"][0] == both["B"][0] == "full_name"


def test_a_relatives_name_beside_the_records_own_has_no_name_role() -> None:
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"] * 10
    others = ["Hoàng Văn Em", "Vũ Thị Giang", "Đỗ Văn Hải"] * 10
    for header in ("Họ tên cha", "Họ tên mẹ", "Người liên hệ", "Mother's name", "보호자성명"):
        got = settled({"Họ tên học sinh": names, header: others})
        assert got[header] == (None, 0.0), header
        assert got["Họ tên học sinh"][0] == "full_name"
    # alone, a list of household heads: the head is the record's person
    assert settled({"Họ tên chủ hộ": names})["Họ tên chủ hộ"][0] == "full_name"
    assert infer_role("Tên chủ hộ kinh doanh", names).role == "full_name"


def test_a_second_identity_number_whose_header_names_none_is_not_the_persons() -> None:
    ids = [make_cccd("079", "male" if i % 2 else "female", 1990 + i % 20, i) for i in range(40)]
    codes = [make_cccd("001", "female", 2021 + i % 4, 1000 + i) for i in range(40)]
    got = settled({"Mã định danh": ids, "Mã đối tượng": codes, "Số CMND cũ": ids})
    assert got["Mã định danh"][0] == "cccd"
    assert got["Mã đối tượng"] == (None, 0.0)
    assert got["Số CMND cũ"][0] == "cccd"  # its header names an identity number


def test_an_address_under_a_header_naming_no_place_beside_the_persons_is_not_theirs() -> None:
    own = [f"{n} Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh" for n in range(1, 31)]
    where = [f"Km {n}+300 Quốc lộ 1A, xã Bình Chánh, TP. Hồ Chí Minh" for n in range(1, 31)]
    got = settled({"Địa chỉ": own, "Địa điểm vi phạm": where, "Nơi ở hiện tại": own})
    assert got["Địa chỉ"][0] == "address" and got["Nơi ở hiện tại"][0] == "address"
    assert got["Địa điểm vi phạm"] == (None, 0.0)


def test_a_passport_beside_the_countrys_own_id_is_not_the_national_id() -> None:
    ids = [make_cccd("079", "male" if i % 2 else "female", 1990 + i % 20, i) for i in range(40)]
    passports = [f"C{n:07d}" for n in range(1000, 1040)]
    got = settled({"Số CCCD": ids, "Số hộ chiếu": passports})
    assert got["Số CCCD"][0] == "cccd" and got["Số hộ chiếu"] == (None, 0.0)
    # alone, a passport number is the identity number the file has
    assert settled({"Passport No": passports})["Passport No"][0] == "national_id"


def test_a_proxys_name_beside_a_household_heads_is_not_the_records() -> None:
    heads = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"] * 10
    proxies = ["Hoàng Văn Em", "Vũ Thị Giang", "Đỗ Văn Hải"] * 10
    got = settled({"Họ tên chủ hộ": heads, "Người nhận thay": proxies})
    assert got["Họ tên chủ hộ"][0] == "full_name" and got["Người nhận thay"] == (None, 0.0)
