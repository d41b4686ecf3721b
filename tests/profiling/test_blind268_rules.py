"""Rules read since blind 268-272's first measurement: a child's columns beside the applicant's,
a claim series read as birth dates, a certificate under a Vietnamese insurance header, orders of
a day, a group named by its leader, a handful of farm names."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import THRESHOLD, infer_role

ADULTS = [f"{family} {given} {father}" for family, given, father in zip(
    ["Евлоев", "Костоев", "Мальсагов", "Гагиев"] * 20,
    ["Ахмед", "Ислам", "Юсуп", "Магомед", "Руслан"] * 16,
    ["Муссаевич", "Алиевич", "Исаевич", "Хасанович", "Русланович", "Ахметович", "Бекханович",
     "Умарович"] * 10,
    strict=True,
)]  # fmt: skip
KIDS = [name.rsplit(" ", 1)[0] for name in reversed(ADULTS)]
BIRTHS = [f"{d:02d}.{m:02d}.{y}" for d, m, y in zip(
    range(1, 29), [1, 3, 5, 7, 9, 11, 2, 4, 6, 10] * 3, range(1960, 1990), strict=False
)] * 3  # fmt: skip
KID_BIRTHS = [f"{d:02d}.{m:02d}.{y}" for d, m, y in zip(
    range(1, 29), [2, 4, 6, 8, 10, 12, 1] * 4, [2018, 2019, 2020, 2021] * 7, strict=True
)] * 3  # fmt: skip


def test_a_childs_columns_beside_the_applicants_are_somebody_elses() -> None:
    found = settled(
        {
            "Ф.И.О. заявителя": ADULTS,
            "Дата рождения": BIRTHS[:80],
            "Ф.И.О. ребенка": KIDS,
            "Дата рождения ребенка": KID_BIRTHS[:80],
        }
    )
    assert found["Ф.И.О. заявителя"][0] == "full_name", found
    assert found["Ф.И.О. ребенка"][0] is None, found
    assert found["Дата рождения ребенка"][0] == "date", found


def test_a_claim_series_is_no_birth_date_nor_a_persons_number() -> None:
    claims = [f"2024-0{n * 7919 % 100000:05d}" for n in range(1, 300)]
    found = infer_role("WC Claim #", claims)
    assert found.role != "national_id" or found.confidence < THRESHOLD, found


def test_a_certificate_under_a_vietnamese_insurance_header_is_no_bhxh() -> None:
    certificates = [f"XM24/0{n * 7919 % 1000000:06d}" for n in range(1, 200)]
    assert infer_role("Số GCN bảo hiểm", certificates).role is None


def test_orders_of_a_day_are_no_street() -> None:
    orders = [f"Приказ № {n}-ОД от {n % 28 + 1:02d}.0{n % 9 + 1}.2025" for n in range(10, 200)]
    assert infer_role("Основание", orders).role is None


def test_a_group_named_by_its_leader_or_a_hamlets_team_is_no_address() -> None:
    leaders = ["Phạm Văn Khoa", "Nguyễn Thị Lành", "Hoàng Thị Mơ", "Lê Thị Huệ"]
    groups = [f"Tổ {n % 12 + 1} - {leaders[n % 4]}" for n in range(120)]
    assert infer_role("To TK&VV", groups).role is None
    hamlets = ["Pác Bó", "Cốc Chặng", "Lũng Rì", "Bản Giốc"]
    teams = [f"Tổ TQ số {n % 5 + 1} - Xóm {hamlets[n % 4]}" for n in range(120)]
    assert infer_role("Tổ tự quản", teams).role is None
    # a hamlet with its commune and province is still an address
    homes = [f"Xóm {hamlets[n % 4]}, xã Trường Hà, tỉnh Cao Bằng" for n in range(120)]
    assert infer_role("Địa chỉ", homes).role == "address"


def test_a_handful_of_farm_names_are_no_whole_names() -> None:
    farms = [
        "Vườn dâu Ka Xuân",
        "Farm Thái Phiên",
        "Dâu tây Đăng Gia",
        "Strawberry Farm Lang Biang",
    ]
    found = settled({"Họ tên": VIETNAMESE_NAMES * 3, "Tên điểm DL": farms * 30})
    assert found["Tên điểm DL"][0] != "full_name", found


def test_a_japanese_block_and_house_are_no_day() -> None:
    # ``Umeda 3-17-99``: chōme, banchi and gō written with dashes, as a day with a two-digit
    # year would be; only a four-digit year or dots and slashes make a day
    blocks = [
        f"Osaka-fu Osaka-shi Kita-ku Umeda {n % 4 + 1}-{n % 17 + 1}-{n % 90 + 1}"
        for n in range(120)
    ]
    assert infer_role("jusho", blocks).role == "address"
