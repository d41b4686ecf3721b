"""Rules written after blind 379-386's first measurements: a Thai passport's number
(``เลขที่หนังสือเดินทาง``) is the foreign guest's identity number, the householder's
(``เจ้าบ้าน``, who reports the guest) another person's; a Burmese header qualifies its head noun
first (``တောင်သူအမည်``, the farmer's name); a head office (``Địa chỉ trụ sở``) beside the
representative's home is the firm's; ``Quê quán / Địa chỉ`` (home town or address) names the
home; a Persian province and city (``استان``, ``شهر``) are units, so the address beside them is
the street line; (blind 387-394) a no (``Không``) is no family name ``Khổng`` and ``Ho`` (a
cough) no ``Họ``; a lawyer's and a spouse's (``בן/בת הזוג``) are somebody else's; a licence
plate (``BKS``) is no place; (blind 395-402) a CCCD's century digit says a birth in 1900-2099
(``0157 00333773``, a German mobile, would be born in the 2200s); periods of months hold no
birth date; an Indonesian shop (``Nama Toko``) is no person."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import infer_role
from lienthong.profiling._hints import names_a_relative, names_elsewhere
from lienthong.profiling._values import DETECTORS

_PASSPORTS = [f"{'CDG'[i % 3]}{(i * 7919) % 10**8:08d}" for i in range(1, 61)]
_BURMESE_NAMES = ["ဦးအောင်ကျော်", "ဒေါ်ခင်မာ", "မနီလာ", "ဦးဝင်းနိုင်", "ဒေါ်စန္ဒာ", "ကိုမင်းထွန်း"] * 10


def _thai_id(seed: int) -> str:
    """A Thai identity number with its check digit: 13 minus the weighted sum mod 11."""
    body = f"{3 + seed % 2}{(seed * 104729) % 10**11:011d}"
    total = sum(int(d) * (13 - i) for i, d in enumerate(body))
    return body + str((11 - total % 11) % 10)


def test_a_thai_passport_beside_the_householders_id_is_the_guests_number() -> None:
    got = settled(
        {
            "ชื่อ-นามสกุล": ["John Smith", "Anna Müller", "Kenji Sato"] * 20,
            "เลขที่หนังสือเดินทาง": _PASSPORTS,
            "เลขประจำตัวประชาชนเจ้าบ้าน": [_thai_id(i) for i in range(60)],
        }
    )
    assert got["เลขที่หนังสือเดินทาง"][0] == "national_id"
    assert got["เลขประจำตัวประชาชนเจ้าบ้าน"][0] is None


def test_a_burmese_header_names_its_head_noun_last() -> None:
    found = infer_role("တောင်သူအမည်", _BURMESE_NAMES, distinct=6 * 40)
    assert found.role == "full_name", found


_ADDRESSES = [f"{n} Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh" for n in range(1, 41)]


def test_a_head_office_beside_the_representatives_home_is_the_firms() -> None:
    got = settled(
        {
            "Địa chỉ trụ sở": _ADDRESSES[::-1],
            "Họ tên người đại diện": VIETNAMESE_NAMES,
            "Nơi thường trú": _ADDRESSES,
        }
    )
    assert got["Địa chỉ trụ sở"][0] is None and got["Nơi thường trú"][0] == "address"
    # alone, in a register of firms, the head office is the record's address (tests of blind 34)
    assert settled({"Địa chỉ trụ sở": _ADDRESSES})["Địa chỉ trụ sở"][0] == "address"


def test_a_home_town_or_an_address_is_the_home() -> None:
    assert names_elsewhere("Quê quán") and not names_elsewhere("Quê quán / Địa chỉ")
    got = settled({"Họ và tên": VIETNAMESE_NAMES, "Quê quán / Địa chỉ": _ADDRESSES})
    assert got["Quê quán / Địa chỉ"][0] == "address"


def test_a_persian_street_line_beside_its_province_and_city_is_the_street() -> None:
    streets = [f"خیابان امام، کوچه {n}، پلاک {n + 3}" for n in range(1, 41)]
    provinces = ["تهران", "فارس", "خراسان رضوی", "آذربایجان شرقی", "اصفهان"] * 8
    cities = ["تهران", "شیراز", "مشهد", "تبریز", "اصفهان"] * 8
    got = settled(
        {"نام": ["سارا", "علی"] * 20, "استان": provinces, "شهر": cities, "نشانی": streets}
    )
    assert got["استان"][0] == "suburb" and got["شهر"][0] == "suburb"
    assert got["نشانی"][0] == "street"


def test_yes_and_no_are_no_family_names() -> None:
    got = settled(
        {"Họ và tên": VIETNAMESE_NAMES, "Ho > 2 tuần": ["Không", "Có", "Không"] * 13 + ["Có"]}
    )
    assert got["Ho > 2 tuần"][0] is None
    assert DETECTORS["family_name"]("Khổng") and DETECTORS["family_name"]("Khong")
    assert not DETECTORS["family_name"]("Không")


def test_a_lawyers_and_a_spouses_numbers_and_a_licence_plate_are_no_record_of_the_person() -> None:
    own = [f"{(i * 104729) % 10**8:08d}{i % 10}" for i in range(1, 41)]
    spouses = [f"{(i * 7919) % 10**8:08d}{i % 10}" for i in range(1, 41)]
    got = settled({"מספר ת.ז.": own, "ת.ז. בן/בת הזוג": spouses})
    assert got["מספר ת.ז."][0] == "national_id" and got["ת.ז. בן/בת הזוג"][0] is None
    for lawyer in ("Avokati i caktuar", "Nombre del abogado", "Lawyer's phone", "Rechtsanwalt"):
        assert names_a_relative(lawyer), lawyer
    plates = [f"Tuyến {n % 9 + 1:02d} - BKS 29B-{n:03d}.{n % 90 + 10}" for n in range(40)]
    assert settled({"Họ và tên": VIETNAMESE_NAMES, "Tuyến / BKS": plates})["Tuyến / BKS"][0] is None


def test_a_german_mobile_is_no_cccd_of_someone_born_in_the_23rd_century() -> None:
    mobiles = [f"0157 {(i * 7919) % 10**8:08d}" for i in range(1, 41)]
    assert settled({"Telefon (freiwillig)": mobiles})["Telefon (freiwillig)"][0] != "cccd"
    assert DETECTORS["cccd"]("079085012345") and not DETECTORS["cccd"]("015700333773")


def test_service_periods_hold_no_birth_date_and_a_shop_is_no_person() -> None:
    periods = [
        f"{m % 12 + 1:02d}/{1960 + m % 40} - {(m + 5) % 12 + 1:02d}/{1964 + m % 40}"
        for m in range(60)
    ]
    ssns = [f"{100 + i:03d}-{10 + i % 80:02d}-{1000 + i * 7:04d}" for i in range(60)]
    got = settled({"SSN": ssns, "Service Dates": periods})
    assert got["SSN"][0] == "national_id" and got["Service Dates"][0] != "national_id"
    shops = [
        f"{kind} {name}" for kind in ("Grosir", "Toko") for name in ("Rina", "Budi", "Siti")
    ] * 7
    assert settled({"Nama Toko": shops})["Nama Toko"][0] is None
