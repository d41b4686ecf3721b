"""Rules read since blind 298-302's first measurement: Bru–Vân Kiều family names, the civil
status forms' whole-name header, a remark in brackets after a name, days written out in
Vietnamese, an id and its day of issue in one cell, an old id beside the new, places of work."""

from __future__ import annotations

from settled_helpers import settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._hints import name_hints, names_a_relative, names_elsewhere

BRU = [
    f"{f} {m} {g}"
    for f in ("Hồ", "Pả", "Kray")
    for m in ("Văn", "Thị")
    for g in ("Xoong", "Păn", "Tơn", "Khơn", "Sáu", "Ka Dưng")
]
YEARS = [1950 + n % 40 for n in range(120)]


def test_bru_van_kieu_names_are_vietnamese_whole_names() -> None:
    found = infer_role("Chủ cơ sở", BRU * 4)
    assert found.role == "full_name" and found.confidence >= THRESHOLD, found
    assert name_hints("Họ, chữ đệm và tên") == ["full_name"]
    assert name_hints("Họ chữ đệm") == ["family_name"]


def test_a_remark_in_brackets_after_a_name_leaves_the_name() -> None:
    names = ["Hoàng Ngọc Lan", "Lê Thị Ngọc", "Nguyễn Đức Nam", "Bùi Công Bình", "Trần Văn An"]
    cells = [f"{names[n % 5]} {['Văn', 'Thị'][n % 2]} ({YEARS[n]})" for n in range(120)]
    assert infer_role("Họ tên chủ hộ - Năm sinh", cells).role == "full_name"


def test_days_written_out_in_vietnamese_are_dates() -> None:
    days = [f"ngày {n % 28 + 1} tháng {n % 12 + 1} năm {YEARS[n]}" for n in range(120)]
    found = infer_role("NGAY THANG NAM SINH", days)
    assert found.role == "birth_date" and found.confidence >= THRESHOLD, found


def test_an_id_and_its_day_of_issue_in_one_cell_are_no_id() -> None:
    cells = [f"0010{n * 7919 % 10**8:08d} - {n % 28 + 1:02d}/08/2024" for n in range(120)]
    assert infer_role("Số CCCD - Ngày cấp", cells).role is None


def test_the_old_id_beside_the_new_is_not_the_persons() -> None:
    old = [f"{n:07d}" for n in range(27870, 27870 + 120 * 13, 13)]
    new = [
        f"{50 + n % 40:02d}0{n % 9 + 1}1{n % 28 + 1:02d}0{n % 9}{n * 7 % 10000:04d}"
        for n in range(120)
    ]
    found = settled({"NO. K/P BARU": new, "NO. K/P LAMA": old})
    assert found["NO. K/P BARU"][0] == "national_id" and found["NO. K/P LAMA"][0] is None, found


def test_places_of_work_and_a_treatment_supervisor() -> None:
    for header in ("Centre Address", "Адреса місця надання послуг", "DOMIC. SUMINISTRO"):
        assert names_elsewhere(header), header
    assert names_a_relative("Nama PMO")
