"""How the people of the hundred-and-sixth part of the outside corpus (**blind 106**,
:mod:`lienthong.quality._corpus_blind106`) are written: four Vietnamese files' own columns (a
recognition of parentage in the civil-status book, a commune's part-time officials leaving after
the 2025 reorganisation, a Hanoi owner switching a petrol motorbike for an electric one, a
landholder paying the fee to change a parcel's use) and Haitian, Dominican, Jamaican, Trinidadian
and Bahamian names, addresses, phones and identity numbers in the forms their cards show (the
Haitian NIU, the Dominican cédula with its Luhn digit, the Jamaican TRN, the Trinidad and Tobago
national ID that opens with the birth date, the Bahamian NIB number)."""

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

_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Hoa", "Kinh", "Nùng")
_VN_SIGNERS = ("Nguyễn Thị Hồng Nhung", "Trần Văn Khải", "Lê Minh Tâm", "Phạm Thu Trang")
_VN_POSTS = (
    "Phó Chỉ huy trưởng Quân sự",
    "Văn thư - Lưu trữ",
    "Phó Chủ tịch Hội Nông dân",
    "Phó Chủ tịch Hội LHPN",
    "Thủ quỹ",
    "Phó Bí thư Đoàn TNCS HCM",
    "Nhân viên thú y",
    "Công an viên (bán chuyên trách)",
)
_VN_UNITS = (
    "Xã Yên Trung (cũ), nay xã Yên Phong",
    "Xã Đông Tiến (cũ), nay xã Yên Phong",
    "Thôn Đông Xuyên",
    "TDP Phúc Lộc",
    "Xã Hòa Tiến (cũ), nay xã Tam Giang",
    "Thôn Trung Bạn",
)
_VN_BANKS = ("Agribank CN Yên Phong", "VietinBank Bắc Ninh", "BIDV Từ Sơn", "Agribank CN Bắc Ninh")
_HN_WARDS = (
    "Phường Hoàn Kiếm",
    "Phường Cửa Nam",
    "Phường Ba Đình",
    "Phường Ngọc Hà",
    "Phường Giảng Võ",
    "Phường Hai Bà Trưng",
    "Phường Văn Miếu - Quốc Tử Giám",
)
_EBIKES = ("VinFast Evo Lite Neo", "VinFast Feliz S", "Yadea Voltguard", "Dat Bike Quantum", "Pega")
_DEALERS = (
    "VinFast 3S Trần Duy Hưng",
    "Yadea Hàng Bài",
    "Dat Bike Kim Mã",
    "Đại lý xe điện Hoàng Cầu",
)
_LAND_BEFORE = ("Đất trồng cây lâu năm (CLN)", "Đất nông nghiệp khác", "Đất vườn ao liền kề")
_LAND_AFTER = ("Đất ở tại nông thôn (ONT)", "Đất ở tại đô thị (ODT)", "Đất ở tại nông thôn (ONT)")
_LAND_SITES = (
    "Thôn Hạ, xã Đông Anh",
    "Xóm Chùa, xã Phúc Thịnh",
    "Khu Đồng Dâu, xã Thư Lâm",
    "Tổ 5, phường Thượng Cát",
)
_PAID = ("Da nop du", "Chua nop", "Ghi no", "Da nop du", "Xin gia han")

_HT_FAMILY = (
    "Jean-Baptiste",
    "Pierre",
    "Joseph",
    "Louis",
    "Charles",
    "Désir",
    "Alexis",
    "Toussaint",
)
_HT_GIVEN_M = ("Jean Robert", "Wilner", "Frantz", "Jocelyn", "Wisler", "Makenson", "Rood-Ley")
_HT_GIVEN_F = ("Marie Carmel", "Nadège", "Guerline", "Rose-Berthe", "Wideline", "Fabiola")
_HT_PLACES = (
    ("Delmas", "Ouest"),
    ("Pétion-Ville", "Ouest"),
    ("Cap-Haïtien", "Nord"),
    ("Gonaïves", "Artibonite"),
    ("Les Cayes", "Sud"),
    ("Jacmel", "Sud-Est"),
    ("Saint-Marc", "Artibonite"),
)
_HT_STREETS = ("Rue Geffrard", "Ruelle Vaval", "Impasse Lavaud", "Route de Frères", "Rue 17")
_HT_JOBS = ("Machann", "Chofè", "Agrikiltè", "Pwofesè", "Koutiryèz", "Mason", "Enfimyè")
_DO_GIVEN_M = ("José Miguel", "Juan Carlos", "Rafael", "Yunior", "Francisco Javier", "Wander")
_DO_GIVEN_F = ("Ana Mercedes", "Yokasta", "Rosa Elena", "Altagracia", "Yaneisy", "Carmen Luisa")
_DO_FAMILY = ("Rodríguez", "Pérez", "Martínez", "Reyes", "Peña", "Almonte", "Santana", "Batista")
#: (cédula office code, municipio, a sector in it)
_DO_PLACES = (
    ("001", "Santo Domingo de Guzmán", "Villa Juana"),
    ("223", "Santo Domingo Este", "Los Mina"),
    ("031", "Santiago de los Caballeros", "Los Jardines Metropolitanos"),
    ("402", "Santo Domingo Norte", "Villa Mella"),
    ("047", "La Vega", "Villa Rosa"),
    ("026", "La Romana", "Villa Verde"),
)
_DO_STREETS = ("C/ Duarte", "Av. 27 de Febrero", "C/ Primera", "C/ Sánchez", "Av. Independencia")
_DO_JOBS = ("Operario", "Cajera", "Vigilante", "Auxiliar administrativo", "Mensajero")
_DO_ARS = ("ARS Humano", "ARS Universal", "SeNaSa", "ARS Palic", "ARS Futuro")
_JM_FAMILY = ("Campbell", "Brown", "Williams", "Thompson", "McKenzie", "Grant", "Reid", "Blake")
_JM_GIVEN_M = ("Andre", "Kemar", "Romario", "Shane", "Odane", "Dwayne", "Jevaughn")
_JM_GIVEN_F = ("Shanique", "Tashana", "Kimberley", "Monique", "Shauna-Kay", "Tanya")
_JM_PLACES = (
    ("14 Hope Road", "Kingston 10", "St. Andrew"),
    ("Lot 221 Old Harbour Glades", "Old Harbour", "St. Catherine"),
    ("6 Church Street", "May Pen", "Clarendon"),
    ("33 Caledonia Road", "Mandeville", "Manchester"),
    ("Unit 4, 12 Barnett Street", "Montego Bay", "St. James"),
    ("Lot 9 Red Ground", "Negril", "Westmoreland"),
)
_JM_INSTS = ("Portmore HEART Academy", "Garmex HEART Academy", "Kenilworth HEART Academy")
_JM_PROGS = ("Commercial Food Preparation", "Electrical Installation", "Customer Service")
_TT_FAMILY = ("Ramdass", "Mohammed", "Charles", "Joseph", "Maharaj", "Baptiste", "Ali", "Persad")
_TT_GIVEN_M = ("Kevon", "Rishi", "Marlon", "Shiva", "Akeem", "Jason")
_TT_GIVEN_F = ("Anjali", "Keisha", "Natasha", "Shelly-Ann", "Reshma", "Candice")
_TT_PLACES = (
    ("LP 45 Ramlal Trace", "Penal", "Penal/Debe"),
    ("12 Eastern Main Road", "Arima", "Arima Borough"),
    ("#7 Pine Avenue", "Diego Martin", "Diego Martin"),
    ("LP 113 Caroni Savannah Road", "Chaguanas", "Chaguanas Borough"),
    ("24 Coffee Street", "San Fernando", "San Fernando City"),
    ("Lot 3 Signal Hill", "Scarborough", "Tobago House of Assembly"),
)
_TT_EMPLOYERS = ("Massy Stores", "Ministry of Health", "Petrotrin (retired)", "Self-employed")
_TT_MARITAL = ("Single", "Married", "Common-law", "Divorced", "Widowed")
_TT_STATUS = ("Pending", "Shortlisted", "Allocated", "Documents outstanding")
_BS_FAMILY = ("Rolle", "Knowles", "Ferguson", "Johnson", "Cartwright", "Bethel", "Pinder", "Major")
_BS_GIVEN_M = ("Deangelo", "Tavares", "Kendrick", "Philip", "Lavardo", "Jamal")
_BS_GIVEN_F = ("Latoya", "Shavonne", "Deborah", "Kendra", "Tamika", "Cherise")
_BS_PLACES = (
    ("#12 Blue Hill Road South", "Nassau", "New Providence"),
    ("Lot 56 Carmichael Road", "Nassau", "New Providence"),
    ("14 Settlers Way", "Freeport", "Grand Bahama"),
    ("Don McKay Boulevard", "Marsh Harbour", "Abaco"),
    ("Queen's Highway", "Governor's Harbour", "Eleuthera"),
    ("Queen's Highway", "George Town", "Exuma"),
)
_BS_PCP = (
    ("South Beach Health Centre", "Bamboo Blvd, Nassau"),
    ("Elizabeth Estates Clinic", "Prince Charles Dr, Nassau"),
    ("Eight Mile Rock Clinic", "Eight Mile Rock, Grand Bahama"),
    ("Marsh Harbour Community Clinic", "Marsh Harbour, Abaco"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return places[int(p.bhxh) // (9 + salt) % len(places)]


def _hn_address(p: Person) -> str:
    return f"{p.street}, {_pick(p, _HN_WARDS, 3)}, TP. Hà Nội"


def _child_birth(p: Person) -> str:
    """The child's birthday: some years after the parent turned twenty (from 2000, before 2025)."""
    year = min(max(p.birth.year + 20 + int(p.bhxh[-1]), 2000), 2024)
    return f"{_shift_date(p.birth, year - p.birth.year):%d/%m/%Y}"


def _cedula(p: Person) -> str:
    digits = _luhn(f"{_place(p, _DO_PLACES)[0]}{p.bhxh[2:9]}")
    return f"{digits[:3]}-{digits[3:10]}-{digits[10]}"


def _nanp(p: Person, area: str, leads: tuple[str, ...]) -> str:
    return f"({area}) {_pick(p, leads, 2)}{p.bhxh[-6:-4]}-{p.bhxh[-4:]}"


def _tt_id(p: Person) -> str:
    """A Trinidad and Tobago national ID number: the birth date ``YYYYMMDD`` and three digits."""
    return f"{p.birth:%Y%m%d}{p.bhxh[-3:]}"


def _bs_contact(p: Person) -> str:
    """An emergency contact as NHI forms take it: the name and a Bahamian phone in one cell."""
    other = _other_phone(p, "4")
    return f"{_pick(p, _BS_GIVEN_F, 5)} {_pick(p, _BS_FAMILY, 6)} 242-{other[:3]}-{other[3:7]}"


WRITERS_BLIND106: dict[str, Callable[[Person, Col], object]] = {
    # a civil-status book of recognitions of parentage
    "regno106": lambda p, c: f"{_num(p, 140)}/{p.other_date.year}",
    "ethnic106": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "nation106": lambda p, c: "Việt Nam",
    "child106": lambda p, c: _other_vn(p, 3, family=p.full.split()[0]),
    "child_birth106": lambda p, c: _child_birth(p),
    "child_addr106": lambda p, c: _pick(p, ("Cùng nơi cư trú", f"{p.street}, Phường Bàn Cờ")),
    "kind106": lambda p, c: "Cha nhận con" if p.male else "Mẹ nhận con",
    "signer106": lambda p, c: _pick(p, _VN_SIGNERS, 4),
    # part-time commune officials leaving their posts
    "post106": lambda p, c: _pick(p, _VN_POSTS, 1),
    "unit106": lambda p, c: _pick(p, _VN_UNITS, 2),
    "months106": lambda p, c: 12 + _num(p, 300),
    "allow106": lambda p, c: (1_404_000, 1_755_000, 2_106_000, 1_170_000)[int(p.bhxh) % 4],
    "support106": lambda p, c: (
        (1_404_000, 1_755_000, 2_106_000)[int(p.bhxh) % 3] * (6 + _num(p, 30))
    ),
    "account106": lambda p, c: f"{2_100_205 + _num(p, 900)}{p.bhxh[-6:]}",
    "bank106": lambda p, c: _pick(p, _VN_BANKS, 5),
    "blank106": lambda p, c: "",
    # switching a petrol motorbike for an electric one
    "home_addr106": lambda p, c: _hn_address(p),
    "ward106": lambda p, c: _pick(p, _HN_WARDS, 3),
    "plate106": lambda p, c: (
        f"29{'BCDEHK'[int(p.bhxh) % 6]}{int(p.bhxh[0]) % 9 + 1}-{p.bhxh[3:6]}.{p.bhxh[6:8]}"
    ),
    "engine106": lambda p, c: f"JF{p.bhxh[:2]}E-{p.bhxh[2:9]}",
    "ebike106": lambda p, c: _pick(p, _EBIKES, 6),
    "dealer106": lambda p, c: _pick(p, _DEALERS, 7),
    "grant106": lambda p, c: ("3.000.000", "3.500.000", "5.000.000")[int(p.bhxh) % 3],
    # a fee for changing the use of a parcel
    "parcel106": lambda p, c: str(_num(p, 900)),
    "sheet106": lambda p, c: str(_num(p, 60)),
    "area106": lambda p, c: f"{40 + _num(p, 260)}.{int(p.bhxh[-1])}",
    "before106": lambda p, c: _pick(p, _LAND_BEFORE, 2),
    "after106": lambda p, c: _pick(p, _LAND_AFTER, 3),
    "site106": lambda p, c: _pick(p, _LAND_SITES, 4),
    "notice106": lambda p, c: f"{_num(p, 3000)}/TB-CCT",
    "fee106": lambda p, c: (40 + _num(p, 260)) * (2_800_000 + 100_000 * int(p.bhxh[0])),
    "paid106": lambda p, c: _pick(p, _PAID, 5),
    # Haiti: a savings cooperative's members
    "member_ht106": lambda p, c: f"CP-{p.bhxh[-5:]}",
    "niu_ht106": lambda p, c: f"{int(p.bhxh[1]) % 9 + 1}{p.bhxh[2:]}{p.birth.day % 10}",
    "ht_family106": lambda p, c: _pick(p, _HT_FAMILY, 1),
    "ht_given106": lambda p, c: _by_sex(p, _HT_GIVEN_M, _HT_GIVEN_F, 2),
    "sex_ht106": lambda p, c: "Gason" if p.male else "Fi",
    "street_ht106": lambda p, c: f"{_pick(p, _HT_STREETS, 3)} #{_num(p, 90)}",
    "komin_ht106": lambda p, c: _place(p, _HT_PLACES)[0],
    "dept_ht106": lambda p, c: _place(p, _HT_PLACES)[1],
    "phone_ht106": lambda p, c: (
        f"+509 {_pick(p, ('37', '38', '46', '48', '31'))}{p.bhxh[-6:-4]}-{p.bhxh[-4:]}"
    ),
    "job_ht106": lambda p, c: _pick(p, _HT_JOBS, 4),
    "deposit_ht106": lambda p, c: f"{_num(p, 400) * 250:,}".replace(",", " "),
    "heir_ht106": lambda p, c: (
        f"{_by_sex(p, _HT_GIVEN_F, _HT_GIVEN_M, 5)} {_pick(p, _HT_FAMILY, 1)}"
    ),
    # the Dominican Republic: an employer's payroll list for the TSS
    "cedula_do106": lambda p, c: _cedula(p),
    "nss_do106": lambda p, c: f"{p.bhxh[1:10]}",
    "do_given106": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "do_pat106": lambda p, c: _pick(p, _DO_FAMILY, 2),
    "do_mat106": lambda p, c: _pick(p, _DO_FAMILY, 6),
    "sex_do106": lambda p, c: "M" if p.male else "F",
    "salary_do106": lambda p, c: f"{17_000 + _num(p, 300) * 150:,}.00",
    "job_do106": lambda p, c: _pick(p, _DO_JOBS, 3),
    "street_do106": lambda p, c: f"{_pick(p, _DO_STREETS, 4)} No. {_num(p, 140)}",
    "sector_do106": lambda p, c: _place(p, _DO_PLACES)[2],
    "mun_do106": lambda p, c: _place(p, _DO_PLACES)[1],
    "phone_do106": lambda p, c: _nanp(p, _pick(p, ("809", "829", "849"), 5), ("5", "7", "8", "2")),
    "ars_do106": lambda p, c: _pick(p, _DO_ARS, 7),
    # Jamaica: HEART/NSTA Trust trainees
    "trainee_jm106": lambda p, c: f"HT{p.other_date.year % 100}-{p.bhxh[-6:]}",
    "trn_jm106": lambda p, c: f"1{p.bhxh[1:3]}-{p.bhxh[3:6]}-{p.bhxh[6:9]}",
    "jm_family106": lambda p, c: _pick(p, _JM_FAMILY, 1),
    "jm_given106": lambda p, c: _by_sex(p, _JM_GIVEN_M, _JM_GIVEN_F, 2),
    "jm_middle106": lambda p, c: _by_sex(
        p, ("O'Neil", "Anthony", "", "Ricardo"), ("Ann", "", "Marie")
    ),
    "sex_jm106": lambda p, c: "Male" if p.male else "Female",
    "street_jm106": lambda p, c: _place(p, _JM_PLACES)[0],
    "town_jm106": lambda p, c: _place(p, _JM_PLACES)[1],
    "parish_jm106": lambda p, c: _place(p, _JM_PLACES)[2],
    "phone_jm106": lambda p, c: f"876-{_pick(p, ('3', '4', '8'), 3)}{p.bhxh[-6:-4]}-{p.bhxh[-4:]}",
    "inst_jm106": lambda p, c: _pick(p, _JM_INSTS, 4),
    "prog_jm106": lambda p, c: _pick(p, _JM_PROGS, 5),
    "level_jm106": lambda p, c: _pick(p, ("Level 1", "Level 2", "Level 3"), 6),
    "kin_jm106": lambda p, c: f"{_pick(p, _JM_GIVEN_F, 7)} {_pick(p, _JM_FAMILY, 1)} (Mother)",
    "kin_phone_jm106": lambda p, c: f"876-{_other_phone(p, '8')[1:4]}-{_other_phone(p, '8')[4:8]}",
    # Trinidad and Tobago: HDC housing applicants
    "hdc_tt106": lambda p, c: f"HDC/APP/{p.other_date.year}/{p.bhxh[-5:]}",
    "id_tt106": lambda p, c: _tt_id(p),
    "tt_family106": lambda p, c: _pick(p, _TT_FAMILY, 1),
    "tt_given106": lambda p, c: _by_sex(p, _TT_GIVEN_M, _TT_GIVEN_F, 2),
    "sex_tt106": lambda p, c: "M" if p.male else "F",
    "marital_tt106": lambda p, c: _pick(p, _TT_MARITAL, 3),
    "street_tt106": lambda p, c: _place(p, _TT_PLACES)[0],
    "town_tt106": lambda p, c: _place(p, _TT_PLACES)[1],
    "corp_tt106": lambda p, c: _place(p, _TT_PLACES)[2],
    "phone_tt106": lambda p, c: _nanp(p, "868", ("3", "4", "6", "7")),
    "employer_tt106": lambda p, c: _pick(p, _TT_EMPLOYERS, 4),
    "income_tt106": lambda p, c: f"{4_000 + _num(p, 200) * 50:,}",
    "hh_tt106": lambda p, c: str(1 + int(p.bhxh[-2]) % 6),
    "coapp_tt106": lambda p, c: _pick(
        p, ("", f"{_pick(p, _TT_GIVEN_F, 5)} {_pick(p, _TT_FAMILY, 6)}")
    ),
    "status_tt106": lambda p, c: _pick(p, _TT_STATUS, 7),
    # the Bahamas: National Health Insurance enrolment
    "nib_bs106": lambda p, c: f"{int(p.bhxh[2]) % 9 + 1}{p.bhxh[3:10]}",
    "bs_family106": lambda p, c: _pick(p, _BS_FAMILY, 1),
    "bs_given106": lambda p, c: _by_sex(p, _BS_GIVEN_M, _BS_GIVEN_F, 2),
    "sex_bs106": lambda p, c: "Male" if p.male else "Female",
    "street_bs106": lambda p, c: _place(p, _BS_PLACES)[0],
    "settle_bs106": lambda p, c: _place(p, _BS_PLACES)[1],
    "island_bs106": lambda p, c: _place(p, _BS_PLACES)[2],
    "phone_bs106": lambda p, c: f"242-{_pick(p, ('3', '4', '5'), 3)}{p.bhxh[-6:-4]}-{p.bhxh[-4:]}",
    "pcp_bs106": lambda p, c: _place(p, _BS_PCP, 3)[0],
    "clinic_addr_bs106": lambda p, c: _place(p, _BS_PCP, 3)[1],
    "employer_bs106": lambda p, c: _pick(
        p,
        (
            "Atlantis Paradise Island",
            "Government of The Bahamas",
            "Super Value Food Stores",
            "Self-employed",
            "Retired",
        ),
        4,
    ),
    "ec_bs106": lambda p, c: _bs_contact(p),
}

__all__ = ["WRITERS_BLIND106"]
