"""Rules written after blind 40-42's first measurements (each a kind of file a city meets, not a
header of one file): Japanese era birth dates; whole names of three words under a header that
elsewhere names the given name; a name and a phone in one cell is no address; a commune health
station and a collector are not the person's."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._calendars import other_calendar_births
from lienthong.profiling._places import is_address

_WAREKI = [
    "平成3年6月3日",
    "昭和57年10月16日",
    "昭和59年6月18日",
    "平成5年7月4日",
    "昭和15年2月24日",
]
_WAREKI += ["令和元年5月1日", "S60.3.12", "H02/11/03", "昭和48年1月30日", "平成12年12月12日"]


def test_japanese_era_birth_dates_are_birth_dates() -> None:
    found = other_calendar_births(_WAREKI * 4, 0.8)
    assert found is not None and "Japanese era" in found[0]
    shifted = dict(zip(_WAREKI, found[1], strict=False))
    assert shifted["昭和57年10月16日"] == "1982-10-16" and shifted["令和元年5月1日"] == "2019-05-01"
    assert shifted["H02/11/03"] == "1990-11-03"
    inference = infer_role("生年月日", _WAREKI * 4)
    assert inference.role == "birth_date" and inference.confidence >= THRESHOLD


def test_three_word_names_under_a_given_name_header_are_whole_names() -> None:
    names = [
        "مصطفى فتحي عثمان",
        "دعاء عبد الله سليمان",
        "هبة محمد إبراهيم",
        "كريم عبد الله الشافعي",
    ]
    inference = infer_role("الاسم", names * 8)
    assert inference.role == "full_name" and inference.confidence >= THRESHOLD
    # one or two given names stay given names
    assert infer_role("الاسم", ["محمد", "أحمد علي", "فاطمة", "سارة"] * 8).role == "given_name"


def test_a_name_and_a_phone_in_one_cell_is_no_address() -> None:
    assert not is_address("Nguyễn Văn An - 0903123456")
    assert is_address("12 Lê Lợi, Phường Bến Thành") and is_address("Gazi Mah. 1453. Sok. No:12")
    contacts = [f"Trần Thị Mai - 09{i:08d}" for i in range(30)]
    assert infer_role("Người liên hệ khi khẩn cấp (tên - SĐT)", contacts).role != "address"


def test_a_health_station_and_a_collector_are_not_the_persons() -> None:
    people = [
        f"{f} Văn {g}" for f in ("Nguyễn", "Trần", "Lê", "Phạm") for g in ("An", "Bình", "Cường")
    ]
    stations = [f"Trạm Y tế xã {x}" for x in ("Tân Phú", "Bình Lợi", "An Nhơn")] * 12
    addresses = [f"{i} Lê Lợi, Phường Bến Thành" for i in range(36)]
    got = settled({"Họ tên": people * 3, "Địa chỉ": addresses, "TYT xã quản lý": stations})
    assert got["TYT xã quản lý"][0] is None and got["Địa chỉ"][0] == "address"
    got = settled({"Chủ hộ": people * 3, "Người thu": list(reversed(people)) * 3})
    assert got["Chủ hộ"][0] == "full_name" and got["Người thu"][0] is None


def test_a_second_surname_beside_the_first_has_no_role() -> None:
    firsts = ["García", "López", "Martínez", "Rodríguez", "Sánchez", "Pérez"] * 5
    seconds = ["Fernández", "Gómez", "Díaz", "Torres", "Ruiz", "Vargas"] * 5
    given = ["María", "José", "Carmen", "Luis", "Ana", "Jorge"] * 5
    for header in ("Apellido Materno", "Segundo apellido"):
        got = settled({"Nombre": given, "Apellido Paterno": firsts, header: seconds})
        assert got[header][0] is None and got["Apellido Paterno"][0] == "family_name"


def test_a_lake_is_no_family_name() -> None:
    from lienthong.profiling._hints import name_hints

    assert "family_name" not in name_hints("Hồ chứa")
    assert name_hints("Họ")[0] == "family_name" and name_hints("HO")[0] == "family_name"
