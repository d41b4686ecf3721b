"""Rules written after blind 339-362's first measurements (each a kind of header or value a
city meets, not one file's): an old database's field names glue a Vietnamese header's words
(``SOCMND``, ``HODEM``, ``TENVC``); Indonesian street lines open with ``Gg.``, ``Perum``,
``Dusun``; the Slavic ``Страна`` is a page; a post of duty (``nhiệm sở``) is no home; the one
who cares for an elder directly is somebody else; the registered home (``HKTT``) beside the home
town is the home; the owner's column of Dao and H'Mông names is the record's name; a flattened
group header naming another person (``Persona cuidadora / …``) makes its columns theirs. What
they left alone (names and places repeated from a dozen, labels that disagree with the other
parts') is in bench/RESULTS.md."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.identifiers import make_cccd
from lienthong.profiling import infer_role
from lienthong.profiling._dbf_fields import dbf_field
from lienthong.profiling._hints import name_hints, names_a_relative, names_elsewhere


def test_an_old_databases_field_names_glue_a_vietnamese_headers_words() -> None:
    assert dbf_field("SOCMND") == "so cmnd" and name_hints("SOCMND") == ["cmnd"]
    assert name_hints("SOCCCD") == ["cccd"] and name_hints("SOBHXH") == ["bhxh"]
    assert name_hints("DCTT") == ["address"] and name_hints("SODT") == ["phone"]
    assert names_a_relative("TENCHA") and names_a_relative("TENVC")
    # English words of capitals are no glued Vietnamese (HOME is no "họ mẹ"), nor mixed case
    for field in ("HOME", "TENANT", "SOME", "EMAIL", "Socmnd", "CCCD"):
        assert dbf_field(field) is None, field
    cmnds = [f"{100416509 + i * 7919:09d}   " for i in range(40)]
    got = settled({"HOTEN": VIETNAMESE_NAMES, "SOCMND": cmnds})
    assert got["SOCMND"][0] == "cmnd"


def test_the_family_and_middle_name_field_beside_the_given_name() -> None:
    families = [
        f"{f} {m}" for f in ("VU", "HUYNH", "LE", "NGUYEN") for m in ("KIM", "THANH", "THI")
    ]
    given = ["AN", "BINH", "CUONG", "DUNG", "HA", "LAN"] * 2
    got = settled({"HODEM": families * 3, "TEN": given * 3})
    assert got["HODEM"][0] == "family_name" and got["TEN"][0] == "given_name"


def test_indonesian_street_lines_open_with_an_alley_an_estate_or_a_hamlet() -> None:
    lines = [
        "Dusun Krajan RT 03/RW 04",
        "Perum Griya Asri Blok C2/14 RT 05/RW 04",
        "Jl. Cihampelas No. 112 RT 04/RW 08",
        "Gg. Mawar II No. 7 RT 09/RW 07",
    ]
    header = "Alamat Lengkap (Jalan, No. Rumah, RT/RW)"
    varied = [f"{line[:-2]}{i:02d}" for i in range(30) for line in lines]
    assert infer_role(header, varied).role == "street"
    assert infer_role(header, lines * 30).role == "street"


def test_a_page_a_post_of_duty_and_a_carer() -> None:
    assert name_hints("Том / Страна") == [] and name_hints("Strada") == ["street"]
    assert names_elsewhere("Địa chỉ nhiệm sở")
    assert names_a_relative("Họ tên người trực tiếp chăm sóc cụ")
    ids = [make_cccd("079", "male", 1920 + i % 6, 1000 + i) for i in range(40)]
    carers = list(reversed(VIETNAMESE_NAMES))
    table = {
        "Họ và tên": VIETNAMESE_NAMES,
        "Số CCCD": ids,
        "Họ tên người trực tiếp chăm sóc cụ": carers,
    }
    got = settled(table)
    assert got["Họ và tên"][0] == "full_name"
    assert got["Họ tên người trực tiếp chăm sóc cụ"][0] is None


def test_the_registered_home_beside_the_home_town_and_the_given_names_in_two_languages() -> None:
    """``Que quan / HKTT``: the home town or the registered permanent home (hộ khẩu thường
    trú), the home; ``Given names / Tên đệm và tên``: the given names with the middle, no middle
    name alone."""
    assert names_elsewhere("Quê quán") and not names_elsewhere("Que quan / HKTT")
    assert name_hints("Given names / Tên đệm và tên")[0] == "given_name"
    assert name_hints("Middle name / Tên đệm") == []


def test_the_owners_names_of_peoples_the_statistics_do_not_know_are_the_records() -> None:
    """``Chủ cơ sở`` over Dao and H'Mông names (``Bàn Thị Phấy``, ``Lý Seo Sử``), the table's
    only column of names: the record's name, as a column of Kinh names read alone is; an
    officer's column beside it stays the officer's."""
    owners = [
        f"{family} {middle} {given}"
        for family in ("Lý", "Bàn", "Triệu", "Đặng", "Phùng", "Lý", "Hoàng", "Triệu")
        for middle in ("Thị", "Văn", "Seo", "Thị")
        for given in ("Mẩy", "Phấy", "Lìn", "Quẩy", "Sếnh", "Dín", "Chàn", "Mai")
    ]
    ids = [make_cccd("010", "male", 1960 + i % 40, 1000 + i) for i in range(len(owners))]
    got = settled({"Chủ cơ sở": owners, "Số CCCD": ids})
    assert got["Chủ cơ sở"][0] == "full_name"
    # beside the record's own name column the owner's rule leaves the table as it was
    got = settled({"Họ và tên": VIETNAMESE_NAMES * 7, "Chủ cơ sở": owners[:280]})
    assert got["Họ và tên"][0] == "full_name"


def test_a_flattened_group_naming_another_person_makes_its_columns_theirs() -> None:
    """A two-row header flattened (``Persona cuidadora / Nombre y apellidos``, ``Co-demandeur -
    Nom Prénom``, ``Người đưa đến/Họ tên``): the group names whose the column is; a header in two
    scripts is one header in two languages, and a Vietnamese syllable (``mě``) is no mother."""
    for header in (
        "Persona cuidadora / Nombre y apellidos",
        "Co-demandeur - Nom Prénom",
        "Người đưa đến/Họ tên",
    ):
        assert name_hints(header) == [] and names_a_relative(header), header
    assert name_hints("ሽም ሓላፊ ስድራ / Head of Household") == ["full_name"]
    assert name_hints("Familijowe mě / Familienname") == ["family_name"]
    ids = [f"{10000000 + i * 7919:08d}" for i in range(40)]
    table = {
        "Persona solicitante / Nombre y apellidos": VIETNAMESE_NAMES,
        "Persona cuidadora / Nombre y apellidos": VIETNAMESE_NAMES[::-1],
        "Persona cuidadora / DNI": ids,
    }
    got = settled(table)
    assert got["Persona solicitante / Nombre y apellidos"][0] == "full_name"
    assert got["Persona cuidadora / Nombre y apellidos"][0] is None
