"""Rules read since blind 273-277's first measurement: Thai month names and the Buddhist era,
Hong Kong estates, an applicant's header, a proxy's CCCD, Mexico's RFC, another country's number
beside the CCCD, a dozen pets' names."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.identifiers import make_cccd
from lienthong.profiling import THRESHOLD, infer_role

THAI_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค."]
CCCDS = [make_cccd("079", i % 2, 1960 + i % 40, i) for i in range(120)]


def test_thai_month_names_with_buddhist_era_years_are_birth_dates() -> None:
    births = [f"{d} {THAI_MONTHS[d % 10]} {2480 + d * 2}" for d in range(1, 29)] * 5
    found = infer_role("วันเกิด", births)
    assert found.role == "birth_date" and found.confidence >= THRESHOLD, found
    figures = [f"{d:02d}/{d % 12 + 1:02d}/{2480 + d * 2}" for d in range(1, 29)] * 5
    assert infer_role("ว/ด/ป เกิด", figures).role == "birth_date"


def test_hong_kong_estate_flats_are_addresses() -> None:
    estates = [
        "將軍澳厚德邨德安樓",
        "石硤尾邨美映樓",
        "華富邨華清樓",
        "天耀邨耀盛樓",
        "彩虹邨金漢樓",
    ]
    flats = [f"{estates[n % 5]}{n % 30 + 1}樓{n % 12 + 1}室" for n in range(150)]
    found = infer_role("住址", flats)
    assert found.role == "address" and found.confidence >= THRESHOLD, found


def test_an_applicants_header_over_whole_names_is_the_whole_name() -> None:
    families = ["CHEUNG", "CHAN", "HO", "LEE", "WONG", "LAU", "NG", "LEUNG"]
    given = ["Chi Keung", "Wing Hong", "Suk Fan", "Mei Ling", "Kwok Wai", "Siu Ming"]
    names = [f"{f}, {g}" for f in families for g in given] * 3
    found = settled({"Applicant 申請人": names})["Applicant 申請人"]
    assert found[0] == "full_name" and found[1] >= THRESHOLD, found


def test_a_proxys_cccd_and_another_countrys_number_beside_the_cccd_are_not_the_persons() -> None:
    proxies = [make_cccd("001", i % 2, 1950 + i % 40, 5000 + i) for i in range(120)]
    found = settled({"Số CCCD": CCCDS, "CCCD người được UQ": proxies})
    assert found["Số CCCD"][0] == "cccd" and found["CCCD người được UQ"][0] is None, found
    korean = [f"{(i % 28) + 1:02d}0{i % 9 + 1}15-7{i * 7919 % 1000000:06d}" for i in range(120)]
    found = settled({"Số CCCD": CCCDS, "Số ĐK người nước ngoài (외국인등록번호)": korean})
    assert found["Số ĐK người nước ngoài (외국인등록번호)"][0] is None, found


def test_mexicos_rfc_beside_the_curp_is_a_tax_number() -> None:
    curps = [f"AUAG{65 + i % 30:02d}1118HSRRRB{i % 10}{i % 7}" for i in range(120)]
    rfcs = [f"AUAG{65 + i % 30:02d}1118{'ZKL'[i % 3]}3{i % 10}" for i in range(120)]
    found = settled({"CURP": curps, "RFC": rfcs})
    assert found["RFC"][0] != "national_id" or found["RFC"][1] < THRESHOLD, found


def test_a_dozen_pets_names_are_no_given_names_and_leave_the_adopter_the_record() -> None:
    pets = ["Đốm", "Bơ", "Lu", "Sữa", "Vàng", "Mực", "Miu", "Bông", "Na", "Ki"] * 25
    found = settled({"Tên bé": pets, "Người nhận nuôi": (VIETNAMESE_NAMES * 7)[:250]})
    assert found["Tên bé"][0] != "given_name", found
    assert found["Người nhận nuôi"][0] == "full_name", found
