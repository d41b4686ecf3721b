"""How the people of the hundred-and-seventy-first part of the outside corpus (**blind 171**,
:mod:`lienthong.quality._corpus_blind171`) are written: four Vietnamese files' own columns (a
martyr's or invalid's child's education allowance, an undernourished child's growth and mother, a
rubber estate worker's plot and latex, an outpatient chemotherapy patient's regimen and cycle) and
Canadian names, addresses, phones and numbers as the provinces' and territories' exports write
them: the SIN with its Luhn digit, Nunavut's, New Brunswick's, Manitoba's, Nova Scotia's and
Saskatchewan's health numbers, the ``A1A 1A1`` postal code, ``(867) 979-1234`` phones, Inuit
names in Inuktitut syllabics beside their roman spelling."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MERIT = (
    "Con liệt sĩ",
    "Con thương binh 61%",
    "Con thương binh 81%",
    "Con người HĐKC bị nhiễm CĐHH",
    "Con bệnh binh 41%",
)
_VN_SCHOOLS = (
    "Trường THCS Nguyễn Du",
    "Trường THPT Lê Quý Đôn",
    "Trường CĐ Kỹ thuật Cao Thắng",
    "Trường ĐH Sư phạm TP.HCM",
    "Trường Tiểu học Kim Đồng",
)
_VN_LEVELS = ("Tiểu học", "THCS", "THPT", "Cao đẳng", "Đại học")
_VN_MALNUTRITION = ("SDD nhẹ cân độ 1", "SDD thấp còi", "SDD nhẹ cân độ 2", "SDD gầy còm")
_VN_SUPPLEMENT = ("Sữa Nuti IQ", "Bột dinh dưỡng", "Cốm vi chất", "Kẽm + sắt")
_VN_TEAMS = ("Đội 1", "Đội 2", "Đội 3", "Đội 4 - Nông trường Lộc Ninh", "Đội 5")
_VN_CLONES = ("RRIV 124", "PB 260", "RRIM 600", "GT 1", "RRIV 209")
_VN_DIAGNOSES = (
    "C50.9 - K vú",
    "C34.1 - K phổi thùy trên",
    "C18.7 - K đại tràng sigma",
    "C22.0 - K gan",
    "C16.9 - K dạ dày",
)
_VN_REGIMENS = ("AC-T", "FOLFOX4", "Carboplatin + Paclitaxel", "XELOX", "Gemcitabine")
_VN_DOCTORS = ("BS. Trần Minh Đức", "BSCKII. Lê Thị Hạnh", "ThS.BS Phạm Quốc Huy")

#: Inuit names in roman spelling and Inuktitut syllabics
_IU_GIVEN_M = (("Jaypeetee", "ᔦᐱᑎ"), ("Simeonie", "ᓯᒥᐊᓂ"), ("Iola", "ᐃᐅᓚ"), ("Pauloosie", "ᐸᐅᓘᓯ"))
_IU_GIVEN_F = (("Leetia", "ᓖᑎᐊ"), ("Oopah", "ᐆᐸ"), ("Elisapee", "ᐃᓕᓴᐲ"), ("Annie", "ᐋᓂ"))
_IU_FAMILY: tuple[tuple[str, str], ...] = (
    ("Akpalialuk", "ᐊᒃᐸᓕᐊᓗᒃ"),
    ("Kilabuk", "ᑭᓚᐳᒃ"),
    ("Qaqqasiq", "ᖃᖅᑲᓯᖅ"),
)
_IU_FAMILY += (("Nowdluk", "ᓇᐅᓪᓗᒃ"), ("Arnaquq", "ᐊᕐᓇᖁᖅ"), ("Ootoova", "ᐆᑐᕙ"))
#: (community, postal code, area code and exchange)
_NU_PLACES = (
    ("Iqaluit", "X0A 0H0", "867 979"),
    ("Pangnirtung", "X0A 0R0", "867 473"),
    ("Igloolik", "X0A 0L0", "867 934"),
    ("Rankin Inlet", "X0C 0G0", "867 645"),
    ("Cambridge Bay", "X0B 0C0", "867 983"),
    ("Arviat", "X0C 0E0", "867 857"),
)
_NB_FAMILY = ("LeBlanc", "Cormier", "Gallant", "Richard", "Thériault", "Savoie", "MacDonald")
_NB_GIVEN_M = ("Jean-Guy", "Réjean", "Gérald", "Marc-André", "Robert")
_NB_GIVEN_F = ("Marie-Claude", "Ginette", "Linda", "Monique", "Nathalie")
_NB_PLACES = (
    ("123, rue Main", "Moncton", "E1C 1B9"),
    ("45 King Street", "Fredericton", "E3B 1C4"),
    ("8, boulevard J.-D.-Gauthier", "Shippagan", "E8S 1N8"),
    ("210 Rothesay Ave", "Saint John", "E2J 2B7"),
    ("17, rue de l'Église", "Edmundston", "E3V 1J6"),
    ("92 Water St", "Miramichi", "E1V 1W9"),
)
_MB_PLACES = (
    ("Winnipeg", "R3B 2E9", "204"),
    ("Brandon", "R7A 4A6", "204"),
    ("Thompson", "R8N 1M2", "204"),
    ("Steinbach", "R5G 1T5", "204"),
    ("Selkirk", "R1A 1R8", "204"),
)
_NS_PLACES = (
    ("Halifax", "B3H 2Y9", "Halifax Regional Municipality"),
    ("Dartmouth", "B2Y 4G9", "Halifax Regional Municipality"),
    ("Sydney", "B1P 1C1", "Cape Breton Regional Municipality"),
    ("Truro", "B2N 3H4", "Colchester County"),
    ("Yarmouth", "B5A 1N9", "Yarmouth County"),
)
_SK_PLACES = (
    ("Regina", "S4P 3V7"),
    ("Saskatoon", "S7K 0J5"),
    ("Prince Albert", "S6V 1B4"),
    ("Moose Jaw", "S6H 3J5"),
    ("North Battleford", "S9A 2Y1"),
)
_STREETS = ("Main St", "Portage Ave", "Albert St", "Spring Garden Rd", "Idylwyld Dr N")
_MB_OFFICES = ("EIA Centre Winnipeg - Fort Garry", "EIA Brandon", "EIA Thompson", "EIA Selkirk")
_SK_RESERVES = ("", "Cowessess First Nation", "", "Muskeg Lake Cree Nation", "", "")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _sin(p: Person, lead: int) -> str:
    """A Social Insurance Number ``046 454 286``: the province's first digit, seven more and
    the Luhn digit over the nine."""
    full = _luhn(f"{lead}{p.bhxh[1:8]}")
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _ca_phone(p: Person, area: str) -> str:
    return f"({area}) {p.phone[3:6]}-{p.phone[6:10]}"


def _nu_phone(p: Person) -> str:
    area, exchange = str(_place(p, _NU_PLACES)[2]).split()
    return f"{area}-{exchange}-{p.phone[6:10]}"


def _iu(p: Person, options: tuple[tuple[str, str], ...], salt: int, script: int) -> str:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)][script]


def _iu_given(p: Person, script: int) -> str:
    return _iu(p, _IU_GIVEN_M if p.male else _IU_GIVEN_F, 1, script)


def _ca_street(p: Person) -> str:
    return f"{p.street.split()[0]} {_pick(p, _STREETS, 3)}"


def _house_child(p: Person) -> str:
    """An undernourished child's birth day: the person's day and month, in 2021 to 2024."""
    return f"{_shift_date(p.birth.replace(year=2000), 21 + int(p.bhxh) % 4):%d/%m/%Y}"


WRITERS_BLIND171: dict[str, Callable[[Person, Col], object]] = {
    "merit171": lambda p, c: _pick(p, _VN_MERIT, 2),
    "parent171": lambda p, c: _other_vn(p, 3, True, p.full.split()[0]),
    "school171": lambda p, c: _pick(p, _VN_SCHOOLS, 4),
    "level171": lambda p, c: _pick(p, _VN_LEVELS, 4),
    "allowance171": lambda p, c: f"{(_num(p, 9) + 4) * 100_000:,}".replace(",", "."),
    "tuition171": lambda p, c: _pick(p, ("Miễn 100%", "Miễn 100%", "Giảm 70%", "Không"), 5),
    "decision171": lambda p, c: f"{_num(p, 800) + 100}/QĐ-UBND",
    "child_birth171": lambda p, c: _house_child(p),
    "mother171": lambda p, c: _other_vn(p, 5, False),
    "mother_phone171": lambda p, c: _other_phone(p, "03"),
    "weight171": lambda p, c: f"{8 + _num(p, 60) / 10:.1f}".replace(".", ","),
    "height171": lambda p, c: f"{70 + _num(p, 30)}",
    "status171": lambda p, c: _pick(p, _VN_MALNUTRITION, 3),
    "supplement171": lambda p, c: _pick(p, _VN_SUPPLEMENT, 6),
    "hamlet171": lambda p, c: f"Ấp {_num(p, 9)}",
    "team171": lambda p, c: _pick(p, _VN_TEAMS, 2),
    "team_head171": lambda p, c: _other_vn(p, 4, True),
    "plot171": lambda p, c: f"Lô {_num(p, 40)}-{chr(65 + int(p.bhxh) % 6)}",
    "area171": lambda p, c: f"{2 + _num(p, 50) / 10:.1f}".replace(".", ","),
    "clone171": lambda p, c: _pick(p, _VN_CLONES, 5),
    "trees171": lambda p, c: str(450 + _num(p, 300)),
    "latex171": lambda p, c: f"{(_num(p, 80) + 40) * 25:,}".replace(",", "."),
    "patient171": lambda p, c: f"UB{p.bhxh[-7:]}",
    "diagnosis171": lambda p, c: _pick(p, _VN_DIAGNOSES, 2),
    "regimen171": lambda p, c: _pick(p, _VN_REGIMENS, 3),
    "cycle171": lambda p, c: f"{_num(p, 6)}/{_num(p, 6) + 6}",
    "doctor171": lambda p, c: _pick(p, _VN_DOCTORS, 4),
    "carer171": lambda p, c: _other_vn(p, 6),
    "carer_phone171": lambda p, c: _other_phone(p, "08"),
    # Nunavut
    "sin_nu171": lambda p, c: _sin(p, 6),
    "hc_nu171": lambda p, c: f"1{p.bhxh[::-1][:8]}",
    "iu_given171": lambda p, c: _iu_given(p, 0),
    "iu_given_syl171": lambda p, c: _iu_given(p, 1),
    "iu_family171": lambda p, c: _iu(p, _IU_FAMILY, 2, 0),
    "iu_family_syl171": lambda p, c: _iu(p, _IU_FAMILY, 2, 1),
    "sex_nu171": lambda p, c: "M" if p.male else "F",
    "unit_nu171": lambda p, c: f"House {p.bhxh[-4:]}",
    "community_nu171": lambda p, c: _place(p, _NU_PLACES)[0],
    "pc_nu171": lambda p, c: _place(p, _NU_PLACES)[1],
    "phone_nu171": lambda p, c: _nu_phone(p),
    "bedrooms_nu171": lambda p, c: str(1 + int(p.bhxh) % 5),
    "household_nu171": lambda p, c: str(1 + int(p.bhxh) % 9),
    "rent_nu171": lambda p, c: f"${60 + _num(p, 90) * 10:,}.00",
    "lho_nu171": lambda p, c: f"{_place(p, _NU_PLACES)[0]} Housing Association",
    "cosigner_nu171": lambda p, c: f"{_iu(p, _IU_GIVEN_F, 4, 0)} {_iu(p, _IU_FAMILY, 5, 0)}",
    # New Brunswick
    "medicare_nb171": lambda p, c: f"{p.bhxh[1:4]} {p.bhxh[4:7]} {p.bhxh[7:10]}",
    "nb_family171": lambda p, c: _pick(p, _NB_FAMILY, 2),
    "nb_given171": lambda p, c: _by_sex(p, _NB_GIVEN_M, _NB_GIVEN_F, 1),
    "sex_nb171": lambda p, c: "M" if p.male else "F",
    "lang_nb171": lambda p, c: _pick(p, ("Français", "English", "Français"), 3),
    "street_nb171": lambda p, c: _place(p, _NB_PLACES)[0],
    "city_nb171": lambda p, c: _place(p, _NB_PLACES)[1],
    "pc_nb171": lambda p, c: _place(p, _NB_PLACES)[2],
    "phone_nb171": lambda p, c: f"506-{p.phone[3:6]}-{p.phone[6:10]}",
    "plan_nb171": lambda p, c: _pick(p, ("Plan A", "Plan F", "Plan V", "Plan B"), 4),
    "pharmacy_nb171": lambda p, c: _pick(p, ("Jean Coutu #142", "Lawtons Drugs", "Familiprix"), 5),
    "copay_nb171": lambda p, c: _pick(p, ("$4.00", "$9.05", "$15.00"), 6),
    # Manitoba
    "sin_mb171": lambda p, c: _sin(p, 6).replace(" ", "-"),
    "phin_mb171": lambda p, c: f"{p.bhxh[::-1][:8]}{p.bhxh[0]}",
    "reg_mb171": lambda p, c: p.bhxh[-6:],
    "case_mb171": lambda p, c: f"EIA{p.bhxh[:7]}",
    "street_mb171": lambda p, c: _ca_street(p),
    "city_mb171": lambda p, c: _place(p, _MB_PLACES)[0],
    "pc_mb171": lambda p, c: _place(p, _MB_PLACES)[1],
    "phone_mb171": lambda p, c: _ca_phone(p, "204"),
    "sex_mb171": lambda p, c: "Male" if p.male else "Female",
    "category_mb171": lambda p, c: _pick(p, ("General Assistance", "Disability", "Sole Parent"), 2),
    "office_mb171": lambda p, c: _pick(p, _MB_OFFICES, 3),
    "worker_mb171": lambda p, c: _pick(p, ("K. Friesen", "D. Sinclair", "M. Bouchard"), 4),
    "benefit_mb171": lambda p, c: f"{900 + _num(p, 60) * 10:.2f}",
    # Nova Scotia
    "hcn_ns171": lambda p, c: f"{p.bhxh[:4]} {p.bhxh[4:7]} {p.bhxh[7:10]}",
    "street_ns171": lambda p, c: _ca_street(p),
    "town_ns171": lambda p, c: _place(p, _NS_PLACES)[0],
    "zone_ns171": lambda p, c: _pick(p, ("Central", "Eastern", "Northern", "Western"), 2),
    "pc_ns171": lambda p, c: _place(p, _NS_PLACES)[1],
    "phone_ns171": lambda p, c: f"902.{p.phone[3:6]}.{p.phone[6:10]}",
    "prev_np_ns171": lambda p, c: _pick(p, ("Dr. A. MacLeod (retired)", "None", "Dr. R. Singh"), 3),
    "ns_contact171": lambda p, c: _pick(p, ("Text", "Phone", "Email", "Phone"), 4),
    "clinic_ns171": lambda p, c: _pick(p, ("", "", "Spryfield Family Practice", "YourHealthNS"), 5),
    # Saskatchewan
    "sin_sk171": lambda p, c: _sin(p, 6),
    "hsn_sk171": lambda p, c: p.bhxh[::-1][1:10],
    "sex_sk171": lambda p, c: "M" if p.male else "F",
    "street_sk171": lambda p, c: _ca_street(p),
    "city_sk171": lambda p, c: _place(p, _SK_PLACES)[0],
    "pc_sk171": lambda p, c: _place(p, _SK_PLACES)[1],
    "phone_sk171": lambda p, c: f"306-{p.phone[3:6]}-{p.phone[6:10]}",
    "reserve_sk171": lambda p, c: _pick(p, _SK_RESERVES, 2),
    "client_sk171": lambda p, c: f"SIS-{p.bhxh[3:10]}",
    "shelter_sk171": lambda p, c: f"{500 + _num(p, 50) * 10}",
    "spouse_sk171": lambda p, c: (
        f"{_by_sex(p, ('Tanya', 'Crystal'), ('Wayne', 'Curtis'), 3)} {p.family}"
    ),
}

__all__ = ["WRITERS_BLIND171"]
