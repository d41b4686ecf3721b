"""The city looks like Hồ Chí Minh City: names, identifiers, addresses, families, coverage."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date

from city_helpers import City

from lienthong.geo import HCMC_NAME, current_wards, new_wards_for_old, old_wards
from lienthong.identifiers import is_cmnd, is_valid_mst, parse_cccd

AS_OF = date(2026, 1, 1)
CURRENT = {w.name for w in current_wards()}
OLD = {(w.name, w.district, w.province) for w in old_wards()}
OLD_BY_NAMES = {(w.name, w.district, w.province): w for w in old_wards()}


def _age(iso: str) -> int:
    born = date.fromisoformat(iso)
    return AS_OF.year - born.year - ((AS_OF.month, AS_OF.day) < (born.month, born.day))


def test_family_name_shares_are_realistic(city: City) -> None:
    people = city.truth("people")
    shares = Counter(p["full_name"].split(" ")[0] for p in people)
    n = len(people)
    # children share their father's name, so the effective sample is households: wide margins
    for name, percent, margin in [
        ("Nguyễn", 38.4, 4.5),
        ("Trần", 11.0, 2.5),
        ("Lê", 9.5, 2.5),
        ("Phạm", 7.1, 2.0),
        ("Phan", 4.5, 1.6),
    ]:
        assert abs(shares[name] / n * 100 - percent) < margin, name
    assert sum(shares[k] for k in ("Huỳnh", "Hoàng")) / n > 0.03
    assert len(shares) > 40


def test_names_are_vietnamese_order_and_nfc_in_the_register(city: City) -> None:
    for row in city.rows("population.cong_dan"):
        name = row["ho_ten"]
        assert unicodedata.is_normalized("NFC", name)
        parts = name.split(" ")
        assert len(parts) >= 3
        middle = parts[1]
        if middle == "Thị":
            assert row["gioi_tinh"] == "Nữ"
        if middle == "Văn":
            assert row["gioi_tinh"] == "Nam"


def test_cccd_structure_matches_birth_year_and_sex(city: City) -> None:
    rows = city.rows("population.cong_dan")
    provinces = Counter()
    for row in rows:
        info = parse_cccd(row["so_dinh_danh"])
        assert info.birth_year == int(row["ngay_sinh"][:4])
        assert info.sex == ("female" if row["gioi_tinh"] == "Nữ" else "male")
        provinces[info.province_code] += 1
    local = sum(provinces[c] for c in ("079", "074", "077")) / len(rows)
    assert 0.55 < local < 0.85  # HCMC has many people registered in other provinces
    assert len(provinces) > 40


def test_legacy_cmnd_only_for_people_old_enough_to_have_had_one(city: City) -> None:
    for person in city.truth("people"):
        if person["cmnd"]:
            assert is_cmnd(person["cmnd"])
            assert int(person["birth_date"][:4]) <= 2006


def test_the_register_keeps_each_persons_legacy_cmnd(city: City) -> None:
    """``so_cmnd_cu`` is the CMND the truth gives the person: the number land and business
    records show as a legacy CMND, so linkage can join them to the register."""
    truth = {p["cccd"]: p["cmnd"] for p in city.truth("people")}
    register = {r["so_dinh_danh"]: r["so_cmnd_cu"] or "" for r in city.rows("population.cong_dan")}
    assert register == truth
    cmnds = [c for c in register.values() if c]
    assert len(cmnds) == len(set(cmnds)) > len(register) / 2
    assert all(is_cmnd(c) for c in cmnds)


def test_ages_follow_a_plausible_pyramid(city: City) -> None:
    ages = [_age(r["ngay_sinh"]) for r in city.rows("population.cong_dan")]
    n = len(ages)
    children = sum(a < 15 for a in ages) / n
    working = sum(15 <= a < 65 for a in ages) / n
    elderly = sum(a >= 65 for a in ages) / n
    assert 0.12 < children < 0.28 and 0.6 < working < 0.8 and 0.05 < elderly < 0.16
    assert max(ages) <= 105 and min(ages) >= 0


def test_family_links_are_consistent(city: City) -> None:
    rows = {r["so_dinh_danh"]: r for r in city.rows("population.cong_dan")}
    linked = 0
    for row in rows.values():
        for column, sex, gap in (("so_dinh_danh_cha", "Nam", 18), ("so_dinh_danh_me", "Nữ", 18)):
            parent = row[column] and rows[row[column]]
            if parent:
                linked += 1
                assert parent["gioi_tinh"] == sex
                assert _age(parent["ngay_sinh"]) - _age(row["ngay_sinh"]) >= gap
        if row["so_dinh_danh_cha"]:
            father = rows[row["so_dinh_danh_cha"]]
            assert father["ho_ten"].split(" ")[0] == row["ho_ten"].split(" ")[0]
        spouse = row["so_dinh_danh_vo_chong"]
        if spouse:
            assert rows[spouse]["so_dinh_danh_vo_chong"] == row["so_dinh_danh"]
            assert rows[spouse]["gioi_tinh"] != row["gioi_tinh"]
    assert linked > len(rows) * 0.3


def test_every_new_format_address_is_a_real_current_unit(city: City) -> None:
    by_code = {w.code: w for w in current_wards()}
    for row in city.rows("population.cong_dan"):
        street, ward, province = row["thuong_tru_dia_chi"].rsplit(", ", 2)
        assert street and province == HCMC_NAME
        assert ward == by_code[row["thuong_tru_ma_xa"]].name
        if row["tam_tru_dia_chi"]:
            assert row["tam_tru_dia_chi"].rsplit(", ", 2)[1] in CURRENT
    checked = 0
    for dataset, column in (
        ("health_insurance.TheBHYT", "DiaChi"),
        ("social_welfare.doi_tuong_bao_tro", "dia_chi"),
        ("business.doanh_nghiep", "dia_chi_tru_so"),
    ):
        truth = {
            r["record_key"]: r["defects"].split(";")
            for r in city.truth("records")
            if f"{r['source']}.{r['dataset']}" == dataset
        }
        for row in city.rows(dataset):
            defects = truth[str(row[city.key_of(dataset)])]
            if "old_address" in defects or "no_diacritics" in defects or "nfd" in defects:
                continue
            street, ward, province = row[column].rsplit(", ", 2)
            assert ward in CURRENT and province == HCMC_NAME, row[column]
            checked += 1
    assert checked > 1_000


def test_every_old_format_address_is_a_real_old_unit_of_the_right_place(city: City) -> None:
    people = {p["person_id"]: p for p in city.truth("people")}
    records = {(r["dataset"], r["record_key"]): r for r in city.truth("records")}
    checked = 0
    for dataset, column in (
        ("education.HocSinh", "Địa chỉ"),
        ("land.land", "dia_chi_thua_dat"),
        ("health_insurance.TheBHYT", "DiaChi"),
    ):
        table = dataset.split(".")[1]
        for row in city.rows(dataset):
            truth = records[(table, str(row[city.key_of(dataset)]))]
            defects = truth["defects"].split(";")
            if "old_address" not in defects or "no_diacritics" in defects or "nfd" in defects:
                continue
            _street, *unit = row[column].rsplit(", ", 3)
            assert tuple(unit) in OLD, row[column]
            checked += 1
            if table != "land" and "stale_moved" not in defects:
                person = people[truth["entity_id"]]
                assert OLD_BY_NAMES[tuple(unit)].code == person["old_ward_code"]
                codes = {c.ward.code for c in new_wards_for_old(person["old_ward_code"])}
                assert person["ward_code"] in codes
    assert checked > 500


def test_tax_codes_carry_the_real_check_digit(city: City) -> None:
    rows = city.rows("business.doanh_nghiep")
    assert all(is_valid_mst(r["ma_so_thue"]) for r in rows)
    lengths = Counter(len(r["ma_so_thue"]) for r in rows)
    assert lengths[10] > lengths[13] > 0
    assert {r["ma_so_thue"][:2] for r in rows} <= {"03", "37", "35"}
    forms = Counter(r["loai_hinh"] for r in rows)
    assert set(forms) == {
        "Hộ kinh doanh",
        "Công ty TNHH",
        "Công ty cổ phần",
        "Doanh nghiệp tư nhân",
    }


def test_sector_coverage_is_realistic(city: City) -> None:
    people = city.truth("people")
    alive = [p for p in people if not p["death_date"]]
    n_records = city.result.records
    assert 0.85 < n_records["health_insurance.TheBHYT"] / len(alive) < 0.98
    school_age = sum(6 <= _age(p["birth_date"]) <= 17 for p in alive)
    assert 0.9 < n_records["education.HocSinh"] / school_age < 1.05
    adults = sum(_age(p["birth_date"]) >= 25 for p in alive)
    assert 0.15 < n_records["land.land"] / adults < 0.5
    assert 0.01 < n_records["social_welfare.doi_tuong_bao_tro"] / len(alive) < 0.1
    assert 0.02 < n_records["business.doanh_nghiep"] / len(alive) < 0.08
    dead = sum(1 for p in people if p["death_date"])
    assert 0.005 < dead / len(people) < 0.05


def test_pupils_are_school_age_and_land_owners_adults(city: City) -> None:
    people = {p["person_id"]: p for p in city.truth("people")}
    for row in city.truth("records"):
        if row["dataset"] == "HocSinh":
            assert 6 <= _age(people[row["entity_id"]]["birth_date"]) <= 17
        elif row["dataset"] == "land":
            assert _age(people[row["entity_id"]]["birth_date"]) >= 25


def test_welfare_goes_to_the_elderly_disabled_and_poor(city: City) -> None:
    rows = city.rows("social_welfare.doi_tuong_bao_tro")
    kinds = Counter(r["loai_tro_cap"] for r in rows)
    assert set(kinds) == {
        "Trợ cấp xã hội hằng tháng người cao tuổi",
        "Trợ cấp người khuyết tật",
        "Hỗ trợ hộ nghèo",
    }
    for row in rows:
        if row["loai_tro_cap"].endswith("người cao tuổi"):
            assert AS_OF.year - row["nam_sinh"] >= 75
        assert row["muc_huong_vnd"] % 250_000 == 0 and row["muc_huong_vnd"] >= 500_000


def test_businesses_are_owned_by_living_adults(city: City) -> None:
    people = {p["person_id"]: p for p in city.truth("people")}
    for business in city.truth("businesses"):
        owner = people[business["owner_person_id"]]
        assert 22 <= _age(owner["birth_date"]) <= 70 and not owner["death_date"]
