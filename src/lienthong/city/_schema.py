"""The shape of each sector database: tables, columns, keys and the flags the registry stores.

One declaration per dataset serves three purposes: the SQLAlchemy table written to SQLite /
PostgreSQL / MariaDB, the header of the Excel and CSV exports, and the manifest entry
(``docs/architecture.md`` is the contract; keep them in step).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Float, Integer, MetaData, String, Table
from sqlalchemy.types import TypeEngine


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    name: str
    type: TypeEngine[Any]
    nullable: bool
    flags: tuple[str, ...]
    description: str


@dataclass(frozen=True, slots=True)
class DatasetSpec:
    source: str
    table: str
    title: str
    key: tuple[str, ...]
    owner: str
    update_frequency: str
    legal_basis: str
    columns: tuple[ColumnSpec, ...]

    @property
    def id(self) -> str:
        return f"{self.source}.{self.table}"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True, slots=True)
class SourceSpec:
    code: str
    agency: str
    title: str
    file: str  # default location inside the city folder
    datasets: tuple[DatasetSpec, ...]


def _c(
    name: str,
    type_: TypeEngine[Any],
    flags: str = "",
    description: str = "",
    nullable: bool = False,
) -> ColumnSpec:
    return ColumnSpec(name, type_, nullable, tuple(flags.split()), description)


def _s(length: int) -> TypeEngine[Any]:
    return String(length)


_TS = "ISO timestamp of the last change"

POPULATION = SourceSpec(
    "population",
    "CA-HCM",
    "Cơ sở dữ liệu quốc gia về dân cư (bản TP.HCM)",
    "population.db",
    (
        DatasetSpec(
            "population",
            "cong_dan",
            "Công dân",
            ("so_dinh_danh",),
            "Phòng Cảnh sát QLHC về TTXH",
            "P1D",
            "Luật Căn cước 2023; Luật Cư trú 2020; Nghị định 47/2020",
            (
                _c("so_dinh_danh", _s(12), "key personal cccd", "12-digit personal ID (CCCD)"),
                _c(
                    "so_cmnd_cu",
                    _s(9),
                    "personal cmnd",
                    "legacy 9-digit CMND (printed on the CCCD card); NULL if never issued",
                    nullable=True,
                ),
                _c("ho_ten", _s(100), "personal full_name", "full name, Vietnamese order"),
                _c("ngay_sinh", _s(10), "personal birth_date", "date of birth, yyyy-mm-dd"),
                _c("gioi_tinh", _s(3), "personal sex", "Nam / Nữ"),
                _c(
                    "thuong_tru_dia_chi",
                    _s(255),
                    "personal address",
                    "permanent residence, post-2025 format",
                ),
                _c("thuong_tru_ma_xa", _s(5), "ward_code", "5-digit code of the current ward"),
                _c(
                    "tam_tru_dia_chi",
                    _s(255),
                    "personal address",
                    "temporary residence",
                    nullable=True,
                ),
                _c("ma_ho", _s(10), "household", "household id"),
                _c(
                    "so_dinh_danh_cha",
                    _s(12),
                    "personal parent_cccd",
                    "father's CCCD",
                    nullable=True,
                ),
                _c(
                    "so_dinh_danh_me",
                    _s(12),
                    "personal parent_cccd",
                    "mother's CCCD",
                    nullable=True,
                ),
                _c(
                    "so_dinh_danh_vo_chong", _s(12), "personal cccd", "spouse's CCCD", nullable=True
                ),
                _c(
                    "ngay_mat",
                    _s(10),
                    "personal death_date",
                    "date of death, yyyy-mm-dd",
                    nullable=True,
                ),
                _c("ngay_cap_nhat", _s(19), "updated_at", _TS),
            ),
        ),
        DatasetSpec(
            "population",
            "ho_gia_dinh",
            "Hộ gia đình",
            ("ma_ho",),
            "Phòng Cảnh sát QLHC về TTXH",
            "P1D",
            "Luật Cư trú 2020",
            (
                _c("ma_ho", _s(10), "key household", "household id"),
                _c("so_dinh_danh_chu_ho", _s(12), "personal cccd", "CCCD of the head"),
                _c("dia_chi", _s(255), "address", "household address, post-2025 format"),
                _c("ma_xa", _s(5), "ward_code", "5-digit code of the current ward"),
            ),
        ),
    ),
)

BUSINESS = SourceSpec(
    "business",
    "STC-HCM",
    "Cơ sở dữ liệu đăng ký doanh nghiệp và hộ kinh doanh TP.HCM",
    "business.db",
    (
        DatasetSpec(
            "business",
            "doanh_nghiep",
            "Doanh nghiệp và hộ kinh doanh",
            ("ma_so_thue",),
            "Phòng Đăng ký kinh doanh",
            "P1D",
            "Luật Doanh nghiệp 2020; Nghị định 168/2025",
            (
                _c("ma_so_thue", _s(13), "key mst", "tax code, 10 or 13 digits"),
                _c("ten_doanh_nghiep", _s(200), "", "registered name"),
                _c("loai_hinh", _s(40), "", "legal form"),
                _c("nguoi_dai_dien", _s(100), "personal full_name", "legal representative"),
                _c(
                    "giay_to_dai_dien",
                    _s(12),
                    "personal cccd_or_cmnd",
                    "representative's CCCD or legacy CMND",
                    nullable=True,
                ),
                _c("dia_chi_tru_so", _s(255), "address", "head office address"),
                _c("ma_xa", _s(5), "ward_code", "current ward code when known", nullable=True),
                _c("trang_thai", _s(40), "", "Đang hoạt động / Tạm ngừng kinh doanh / Đã giải thể"),
                _c("ngay_thanh_lap", _s(10), "", "founding date, dd/mm/yyyy"),
                _c("ngay_cap_nhat", _s(19), "updated_at", _TS),
            ),
        ),
    ),
)

HEALTH_INSURANCE = SourceSpec(
    "health_insurance",
    "BHXH-HCM",
    "Cơ sở dữ liệu thẻ bảo hiểm y tế TP.HCM",
    "health_insurance.db",
    (
        DatasetSpec(
            "health_insurance",
            "TheBHYT",
            "Thẻ bảo hiểm y tế",
            ("MaThe",),
            "Phòng Quản lý thu - sổ, thẻ",
            "P1D",
            "Luật Bảo hiểm y tế 2008 (sửa đổi 2024)",
            (
                _c("MaThe", _s(15), "key insurance_code", "card number (15 characters)"),
                _c("MaSoBHXH", _s(10), "personal insurance_code", "10-digit social insurance code"),
                _c("HoTen", _s(100), "personal full_name", "full name"),
                _c("NgaySinh", _s(10), "personal birth_date", "date of birth, mostly dd/mm/yyyy"),
                _c("GioiTinh", Integer(), "personal sex", "1 = Nam, 0 = Nữ"),
                _c("DiaChi", _s(255), "personal address", "address"),
                _c(
                    "SoCCCD",
                    _s(12),
                    "personal cccd",
                    "CCCD, often empty in old records",
                    nullable=True,
                ),
                _c("HanTheDen", _s(10), "", "card valid until, dd/mm/yyyy"),
                _c("NgayCapNhat", _s(19), "updated_at", _TS),
            ),
        ),
    ),
)

EDUCATION = SourceSpec(
    "education",
    "SGDDT-HCM",
    "Cơ sở dữ liệu học sinh TP.HCM (xuất Excel)",
    "education.xlsx",
    (
        DatasetSpec(
            "education",
            "HocSinh",
            "Học sinh phổ thông",
            ("Mã học sinh",),
            "Phòng Kế hoạch - Tài chính",
            "P1M",
            "Luật Giáo dục 2019",
            (
                _c("Mã học sinh", _s(10), "key", "pupil id"),
                _c("Họ và tên", _s(100), "personal full_name", "full name"),
                _c("Ngày sinh", _s(10), "personal birth_date", "date of birth, dd/mm/yyyy"),
                _c("Giới tính", _s(3), "personal sex", "Nam / Nữ"),
                _c("Trường", _s(120), "", "school"),
                _c("Lớp", _s(10), "", "class"),
                _c("Họ tên cha", _s(100), "personal full_name", "father's name", nullable=True),
                _c("Họ tên mẹ", _s(100), "personal full_name", "mother's name", nullable=True),
                _c("Địa chỉ", _s(255), "personal address address_old", "address, pre-2025 format"),
                _c(
                    "Mã định danh",
                    _s(12),
                    "personal cccd",
                    "personal ID, often empty",
                    nullable=True,
                ),
                _c("Ngày cập nhật", _s(19), "updated_at", _TS),
            ),
        ),
    ),
)

LAND = SourceSpec(
    "land",
    "SNNMT-HCM",
    "Cơ sở dữ liệu đất đai TP.HCM (xuất CSV)",
    "land.csv",
    (
        DatasetSpec(
            "land",
            "land",
            "Thửa đất và người sử dụng đất",
            ("ma_thua",),
            "Văn phòng Đăng ký đất đai",
            "P1M",
            "Luật Đất đai 2024",
            (
                _c("ma_thua", _s(24), "key", "parcel id"),
                _c("so_to_ban_do", Integer(), "", "map sheet number"),
                _c("so_thua", Integer(), "", "parcel number on the sheet"),
                _c("dien_tich_m2", Float(), "", "area in m²"),
                _c(
                    "dia_chi_thua_dat",
                    _s(255),
                    "address address_old",
                    "parcel address, pre-2025 format",
                ),
                _c("ten_chu_su_dung", _s(100), "personal full_name", "land user"),
                _c(
                    "so_giay_to",
                    _s(12),
                    "personal cccd_or_cmnd",
                    "land user's CMND or CCCD",
                    nullable=True,
                ),
                _c("loai_dat", _s(4), "", "land use code (ODT, ONT, CLN, LUC…)"),
                _c("ngay_cap_gcn", _s(10), "", "certificate date, dd/mm/yyyy"),
                _c("ngay_cap_nhat", _s(19), "updated_at", _TS),
            ),
        ),
    ),
)

SOCIAL_WELFARE = SourceSpec(
    "social_welfare",
    "SYT-HCM",
    "Cơ sở dữ liệu đối tượng bảo trợ xã hội TP.HCM",
    "social_welfare.db",
    (
        DatasetSpec(
            "social_welfare",
            "doi_tuong_bao_tro",
            "Đối tượng bảo trợ xã hội",
            ("ma_doi_tuong",),
            "Phòng Bảo trợ xã hội",
            "P1M",
            "Nghị định 20/2021; Nghị định 76/2024",
            (
                _c("ma_doi_tuong", _s(12), "key", "beneficiary id"),
                _c("ho_ten", _s(100), "personal full_name", "full name"),
                _c("nam_sinh", Integer(), "personal birth_year", "year of birth"),
                _c("gioi_tinh", _s(3), "personal sex", "Nam / Nữ"),
                _c(
                    "so_cccd",
                    _s(12),
                    "personal cccd_or_cmnd",
                    "CCCD (or legacy CMND)",
                    nullable=True,
                ),
                _c("dia_chi", _s(255), "personal address", "address"),
                _c("loai_tro_cap", _s(60), "", "kind of benefit"),
                _c("muc_huong_vnd", Integer(), "", "monthly amount, VND"),
                _c("trang_thai", _s(12), "", "Đang hưởng / Dừng hưởng"),
                _c("ngay_cap_nhat", _s(19), "updated_at", _TS),
            ),
        ),
    ),
)

SOURCES: tuple[SourceSpec, ...] = (
    POPULATION,
    BUSINESS,
    HEALTH_INSURANCE,
    EDUCATION,
    LAND,
    SOCIAL_WELFARE,
)


def source_spec(code: str) -> SourceSpec:
    return next(s for s in SOURCES if s.code == code)


def sa_table(dataset: DatasetSpec, metadata: MetaData) -> Table:
    """The SQLAlchemy table for a dataset (VARCHAR lengths so MariaDB accepts the keys)."""
    return Table(
        dataset.table,
        metadata,
        *(
            Column(c.name, c.type, nullable=c.nullable, primary_key=c.name in dataset.key)
            for c in dataset.columns
        ),
    )
