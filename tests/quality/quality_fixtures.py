"""Hand-made data and builders shared by the quality tests (imported by conftest.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from lienthong.quality import DatasetInfo, QualityEngine

AS_OF = date(2026, 1, 1)

# The population register: 6 people, clean except where a test says otherwise.
PEOPLE = [
    # so_dinh_danh, ho_ten, ngay_sinh, gioi_tinh, dia_chi, ma_xa, ngay_mat, ngay_cap_nhat
    ("079090000001", "Nguyễn Văn An", "1990-05-01", "Nam",
     "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh", "26740", None, "2025-12-30T08:00:00"),
    ("079190000002", "Trần Thị Bình", "1990-02-14", "Nữ",
     "5 Hai Bà Trưng, Phường Bến Thành, Thành phố Hồ Chí Minh", "26743", None, "2024-01-01"),
    ("079205000003", "Lê Văn Cường", "2005-03-03", "Nam",
     "7 Pasteur, Phường Sài Gòn, Thành phố Hồ Chí Minh", "26740", "2025-06-01", "2025-06-02"),
    ("079305000004", "Phạm Thị Dung", "2005-07-07", "Nữ",
     "9 Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh", "26740", None, "2025-12-31"),
    ("079080000005", "Hoàng Văn Em", "1980-01-01", "Nam",
     "1 Võ Văn Tần, Phường Bến Thành, Thành phố Hồ Chí Minh", "26743", None, "2025-12-31"),
    ("079185000006", "Võ Thị Phương", "1985-12-12", "Nữ",
     "2 Lý Tự Trọng, Phường Bến Thành, Thành phố Hồ Chí Minh", "26743", None, "2025-12-31"),
]  # fmt: skip

# A sector dataset (think: health insurance) with one kind of defect per row.
CARDS = [
    # ma_the, ho_ten, ngay_sinh, gioi_tinh, so_cccd, dia_chi, ma_so_thue, trang_thai, cap_nhat
    ("C01", "Nguyễn Văn An", "01/05/1990", "1", "079090000001",
     "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh", "0100233488", "A", "2025-12-30"),
    ("C02", "Trần Thị Binh", "14/02/1990", "0", "079190000002",  # typo vs register
     "5 Hai Bà Trưng, Phường 5, Quận 3, Thành phố Hồ Chí Minh", "0100233489", "A", "2025-12-30"),
    ("C03", "Lê Văn Cường", "03/03/2005", "1", "079205000003",  # dead in the register
     "7 Pasteur, Phường Sài Gòn, Thành phố Hồ Chí Minh", "0100233488-001", "A", "2025-12-30"),
    ("C04", "Phạm Thị Dung", "2005-07-07", "0", "079305000004",  # other date format
     "9 Nguyễn Huệ, Phường Sài Gòn, Thành phố Hồ Chí Minh", None, "B", "2023-01-01"),
    ("C05", "Hoàng Văn Em", "01/01/1980", "1", None,  # missing id
     "1 Võ Văn Tần, Phường Bến Thành, Thành phố Hồ Chí Minh", None, "A", "2025-12-30"),
    ("C06", "Võ Thị Phương", "12/12/1985", "0", "024185000006",  # legacy-looking? no: 12 digits
     "2 Lý Tự Trọng, Phường Bến Thành, Thành phố Hồ Chí Minh", None, "A", "2025-12-30"),
    ("C07", "NGUYỄN  VĂN AN", "01/05/1990", "1", "123456789",  # legacy CMND, case, spaces
     "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh", None, "A", "2025-12-30"),
    ("C08", "Nguyễn Văn An", "30/02/1990", "1", "079190000001",  # bad day, sex digit wrong
     "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh", None, "A", "2025-12-30"),
    ("C08", "Nguyễn Văn Tú", "01/05/1990", "1", "099090000009",  # dup key, bad province
     "12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh", None, "A", "2025-12-30"),
]  # fmt: skip

POPULATION = DatasetInfo(
    id="pop.cong_dan",
    agency="CA-HCM",
    source="pop",
    source_kind="sqlite",
    table="cong_dan",
    columns={
        "so_dinh_danh": frozenset({"key", "cccd"}),
        "ho_ten": frozenset({"full_name"}),
        "ngay_sinh": frozenset({"birth_date"}),
        "gioi_tinh": frozenset({"sex"}),
        "dia_chi": frozenset({"address"}),
        "ma_xa": frozenset({"ward_code"}),
        "ngay_mat": frozenset({"death_date"}),
        "ngay_cap_nhat": frozenset({"updated_at"}),
    },
    key=("so_dinh_danh",),
    update_frequency="P1D",
)


def cards_info(source: str = "bhyt", kind: str = "sqlite") -> DatasetInfo:
    return DatasetInfo(
        id=f"{source}.the",
        agency="BHXH-HCM",
        source=source,
        source_kind=kind,
        table="the",
        columns={
            "ma_the": frozenset({"key"}),
            "ho_ten": frozenset({"full_name"}),
            "ngay_sinh": frozenset({"birth_date"}),
            "gioi_tinh": frozenset({"sex"}),
            "so_cccd": frozenset({"cccd"}),
            "dia_chi": frozenset({"address"}),
            "ma_so_thue": frozenset({"mst"}),
            "trang_thai": frozenset(),
            "cap_nhat": frozenset({"updated_at"}),
        },
        key=("ma_the",),
        update_frequency="P1M",
    )


def write_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute(
            "CREATE TABLE cong_dan (so_dinh_danh TEXT, ho_ten TEXT, ngay_sinh TEXT, "
            "gioi_tinh TEXT, dia_chi TEXT, ma_xa TEXT, ngay_mat TEXT, ngay_cap_nhat TEXT)"
        )
        con.executemany("INSERT INTO cong_dan VALUES (?,?,?,?,?,?,?,?)", PEOPLE)
        con.execute(
            "CREATE TABLE the (ma_the TEXT, ho_ten TEXT, ngay_sinh TEXT, gioi_tinh TEXT, "
            "so_cccd TEXT, dia_chi TEXT, ma_so_thue TEXT, trang_thai TEXT, cap_nhat TEXT)"
        )
        con.executemany("INSERT INTO the VALUES (?,?,?,?,?,?,?,?,?)", CARDS)


EngineFactory = Callable[..., QualityEngine]
