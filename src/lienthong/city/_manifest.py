"""``manifest.json``: what ``lienthong registry import`` loads (format ``lienthong-city/1``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lienthong.city._config import CityConfig
from lienthong.city._schema import SOURCES, DatasetSpec

FORMAT = "lienthong-city/1"

AGENCIES: tuple[dict[str, str], ...] = (
    {
        "code": "CA-HCM",
        "name": "Công an Thành phố Hồ Chí Minh",
        "name_en": "HCMC Police (population register)",
        "kind": "police",
    },
    {
        "code": "STC-HCM",
        "name": "Sở Tài chính TP.HCM",
        "name_en": "HCMC Department of Finance (business registration)",
        "kind": "department",
    },
    {
        "code": "BHXH-HCM",
        "name": "Bảo hiểm xã hội TP.HCM",
        "name_en": "HCMC Social Security (health insurance)",
        "kind": "social-security",
    },
    {
        "code": "SGDDT-HCM",
        "name": "Sở Giáo dục và Đào tạo TP.HCM",
        "name_en": "HCMC Department of Education and Training",
        "kind": "department",
    },
    {
        "code": "SNNMT-HCM",
        "name": "Sở Nông nghiệp và Môi trường TP.HCM",
        "name_en": "HCMC Department of Agriculture and Environment (land)",
        "kind": "department",
    },
    {
        "code": "SYT-HCM",
        "name": "Sở Y tế TP.HCM",
        "name_en": "HCMC Department of Health (social protection)",
        "kind": "department",
    },
)

SERVICES: tuple[dict[str, Any], ...] = (
    {
        "provider": "CA-HCM",
        "code": "cong-dan",
        "version": "v1",
        "dataset": "population.cong_dan",
        "title": "Tra cứu công dân theo số định danh",
        "query": "SELECT so_dinh_danh, ho_ten, ngay_sinh, gioi_tinh, thuong_tru_dia_chi "
        "FROM cong_dan WHERE so_dinh_danh = :cccd",
        "parameters": [{"name": "cccd", "type": "cccd", "subject": True}],
        "fields": ["so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh", "thuong_tru_dia_chi"],
        "personal": True,
    },
    {
        "provider": "CA-HCM",
        "code": "ho-gia-dinh",
        "version": "v1",
        "dataset": "population.cong_dan",
        "title": "Thành viên hộ gia đình theo mã hộ",
        "query": "SELECT so_dinh_danh, ho_ten, ngay_sinh, gioi_tinh FROM cong_dan "
        "WHERE ma_ho = :ma_ho",
        "parameters": [{"name": "ma_ho", "type": "string", "subject": False}],
        "fields": ["so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh"],
        "personal": True,
    },
    {
        # Once-only procedures for a child (health insurance under 6, first-grade enrolment)
        # ask the register for the parent's youngest living child; the parent is the subject.
        "provider": "CA-HCM",
        "code": "tre-em",
        "version": "v1",
        "dataset": "population.cong_dan",
        "title": "Con nhỏ nhất của công dân (theo số định danh của cha hoặc mẹ)",
        "query": "SELECT so_dinh_danh AS con_so_dinh_danh, ho_ten AS con_ho_ten, "
        "ngay_sinh AS con_ngay_sinh, gioi_tinh AS con_gioi_tinh, thuong_tru_ma_xa AS con_ma_xa "
        "FROM cong_dan WHERE so_dinh_danh_cha = :cccd AND ngay_mat IS NULL "
        "OR so_dinh_danh_me = :cccd AND ngay_mat IS NULL ORDER BY ngay_sinh DESC LIMIT 1",
        "parameters": [{"name": "cccd", "type": "cccd", "subject": True}],
        "fields": ["con_so_dinh_danh", "con_ho_ten", "con_ngay_sinh", "con_gioi_tinh", "con_ma_xa"],
        "personal": True,
    },
    {
        "provider": "STC-HCM",
        "code": "doanh-nghiep",
        "version": "v1",
        "dataset": "business.doanh_nghiep",
        "title": "Tra cứu doanh nghiệp theo mã số thuế",
        "query": "SELECT ma_so_thue, ten_doanh_nghiep, loai_hinh, dia_chi_tru_so, trang_thai "
        "FROM doanh_nghiep WHERE ma_so_thue = :mst",
        "parameters": [{"name": "mst", "type": "mst", "subject": False}],
        "fields": ["ma_so_thue", "ten_doanh_nghiep", "loai_hinh", "dia_chi_tru_so", "trang_thai"],
        "personal": False,
    },
    {
        # Yes/no: has this citizen already registered a business? Reveals nothing else.
        "provider": "STC-HCM",
        "code": "da-dang-ky-kinh-doanh",
        "version": "v1",
        "dataset": "business.doanh_nghiep",
        "title": "Công dân đã đăng ký kinh doanh chưa (chỉ trả lời có/không)",
        "query": "SELECT CASE WHEN COUNT(*) > 0 THEN 'co' ELSE 'khong' END AS da_dang_ky "
        "FROM doanh_nghiep WHERE giay_to_dai_dien = :cccd",
        "parameters": [{"name": "cccd", "type": "cccd", "subject": True}],
        "fields": ["da_dang_ky"],
        "personal": True,
    },
    {
        "provider": "BHXH-HCM",
        "code": "the-bhyt",
        "version": "v1",
        "dataset": "health_insurance.TheBHYT",
        "title": "Thẻ BHYT còn hạn theo số CCCD",
        "query": 'SELECT "MaThe", "HoTen", "HanTheDen" FROM "TheBHYT" WHERE "SoCCCD" = :cccd',
        "parameters": [{"name": "cccd", "type": "cccd", "subject": True}],
        "fields": ["MaThe", "HoTen", "HanTheDen"],
        "personal": True,
    },
    {
        "provider": "SYT-HCM",
        "code": "bao-tro-xa-hoi",
        "version": "v1",
        "dataset": "social_welfare.doi_tuong_bao_tro",
        "title": "Trợ cấp xã hội đang hưởng theo số CCCD",
        "query": "SELECT ma_doi_tuong, ho_ten, loai_tro_cap, muc_huong_vnd, trang_thai "
        "FROM doi_tuong_bao_tro WHERE so_cccd = :cccd",
        "parameters": [{"name": "cccd", "type": "cccd", "subject": True}],
        "fields": ["ma_doi_tuong", "ho_ten", "loai_tro_cap", "muc_huong_vnd", "trang_thai"],
        "personal": True,
    },
)

TRUTH = {
    "records": "truth/records.csv",
    "people": "truth/people.csv",
    "businesses": "truth/businesses.csv",
}


def _dataset(spec: DatasetSpec) -> dict[str, Any]:
    return {
        "table": spec.table,
        "title": spec.title,
        "key": list(spec.key),
        "owner": spec.owner,
        "update_frequency": spec.update_frequency,
        "legal_basis": spec.legal_basis,
        "columns": {
            c.name: {"flags": list(c.flags), "description": c.description} for c in spec.columns
        },
    }


def _service(service: Mapping[str, Any], locations: Mapping[str, str]) -> dict[str, Any]:
    """MariaDB reads "double quotes" as strings: quote identifiers with backticks there."""
    result = dict(service)
    source = str(service["dataset"]).split(".", 1)[0]
    if locations[source].startswith(("mysql", "mariadb")):
        result["query"] = str(result["query"]).replace('"', "`")
    return result


def build_manifest(config: CityConfig, locations: Mapping[str, str]) -> dict[str, Any]:
    """The manifest for a city whose sources were written to ``locations`` (code → url/file)."""
    return {
        "format": FORMAT,
        "generator": {
            "people": config.people,
            "seed": config.seed,
            "as_of": config.as_of.isoformat(),
            "defect_rates": config.defects.as_dict(),
        },
        "agencies": [dict(a) for a in AGENCIES],
        "sources": [
            {
                "code": source.code,
                "agency": source.agency,
                "url": locations[source.code],
                "title": source.title,
                "datasets": [_dataset(d) for d in source.datasets],
            }
            for source in SOURCES
        ],
        "services": [_service(s, locations) for s in SERVICES],
        "truth": dict(TRUTH),
    }
