"""How the people of the two-hundred-and-first part of the outside corpus (**blind 201**,
:mod:`lienthong.quality._corpus_blind201`) are written: four Vietnamese files' own columns (a
tenant's own power meter, a cave expedition, a septic tank to pump, a copy of a civil status
extract) and Australian and New Zealand places, phones and numbers in the forms their papers show
(NSW bond numbers, Queensland blue cards, NT remote community lots and Aboriginal family names,
the Medicare number and the TFN with their check digits, the IRD number and the NHI, Māori names
with macrons)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind34_writers import _crn, _medicare
from lienthong.quality._corpus_blind40_writers import _ird, _nhi, _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: a tenant's own meter, a cave tour, a septic tank, a civil status extract -------------
_VN_TOURS = (
    "Hang Én 2N1Đ",
    "Tú Làn 3N2Đ",
    "Hang Va - Hang Nước Nứt 2N1Đ",
    "Sơn Đoòng 4N3Đ",
    "Hang Tối - Sông Chày 1 ngày",
    "Hang Pygmy 2N1Đ",
)
_VN_SWIM = ("Có", "Có", "Không", "Biết chút ít", "có")
_VN_HEALTH = ("Bình thường", "", "Hen suyễn nhẹ", "Huyết áp cao", "Đau khớp gối", "Không")
_VN_WARDS = (
    ("Phường Khương Trung", "Quận Thanh Xuân"),
    ("P. Phương Liệt", "Q. Thanh Xuân"),
    ("Phường Láng Hạ", "Quận Đống Đa"),
    ("Phường Mai Dịch", "Quận Cầu Giấy"),
    ("P.Vĩnh Tuy", "Q.Hai Bà Trưng"),
    ("Phường Thạch Bàn", "Quận Long Biên"),
    ("Phường Yên Sở", "Quận Hoàng Mai"),
)
_VN_PUMP_STATUS = ("Đã hút", "Đã hút", "Hẹn lại", "Khách hủy", "Chờ xe", "Đã hút, chưa TT")
_VN_EXTRACTS = (
    "Trích lục khai sinh (bản sao)",
    "Trích lục kết hôn (bản sao)",
    "Trích lục khai tử (bản sao)",
    "TL khai sinh",
    "Trích lục thay đổi, cải chính hộ tịch",
)
_VN_KIN = ("Bản thân", "Bản thân", "Con", "Cha", "Mẹ", "Vợ/chồng", "Ông/bà")


def _place(p: Person, places: tuple[_T, ...], salt: int = 7) -> _T:
    return places[int(p.bhxh) // salt % len(places)]


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _subject(p: Person) -> str:
    kin = _pick(p, _VN_KIN, 6)
    if kin == "Bản thân":
        return p.full
    male = {"Cha": True, "Mẹ": False}.get(kin)
    return _other_vn(p, 8, male=male, family=p.family if kin != "Mẹ" else None)


# -- Australia: NSW, Queensland, the Northern Territory, Tasmania ----------------------------------
_AU_STREETS = (
    "Unit 4/17 Macquarie St",
    "23 Railway Pde",
    "9 Bellevue Cres",
    "112 Main Rd",
    "5/41 Victoria Ave",
    "7 Wattle Grove",
    "Lot 3 Church St",
    "60 George St",
)
_NSW_PLACES = (
    ("Parramatta", "2150"),
    ("Blacktown", "2148"),
    ("Liverpool", "2170"),
    ("Newtown", "2042"),
    ("PENRITH", "2750"),
    ("Wollongong", "2500"),
    ("Wagga Wagga", "2650"),
    ("Dubbo", "2830"),
    ("Campsie", "2194"),
    ("Merrylands", "2160"),
)
_NSW_AGENTS = (
    "Ray White Parramatta",
    "LJ Hooker Blacktown",
    "McGrath Newtown",
    "Private landlord",
    "Belle Property Wollongong",
    "PRD Dubbo",
)
_QLD_PLACES = (
    ("Logan Central", "4114"),
    ("Toowoomba City", "4350"),
    ("Cairns North", "4870"),
    ("Townsville City", "4810"),
    ("Southport", "4215"),
    ("Ipswich", "4305"),
    ("Rockhampton City", "4700"),
    ("Chermside", "4032"),
    ("Mackay", "4740"),
)
_QLD_ORGS = (
    "St Joseph's Primary School Logan",
    "Cairns Junior Rugby League",
    "Goodstart Early Learning Southport",
    "PCYC Townsville",
    "Toowoomba Uniting Church Youth",
    "Self-employed (tutor)",
    "QLD Health - Children's Hospital",
)
_QLD_DECISIONS = ("Issued", "Issued", "Issued", "Withdrawn", "Pending", "Negative notice")
_QLD_POB = ("Brisbane QLD", "Cairns QLD", "Auckland NZ", "Sydney NSW", "Manila PH", "Suva FJ")
_NT_PLACES = (
    ("Wadeye", "0822"),
    ("Maningrida", "0822"),
    ("Galiwin'ku", "0822"),
    ("Gunbalanya", "0822"),
    ("Wurrumiyanga", "0822"),
    ("Yuendumu", "0872"),
    ("Papunya", "0872"),
    ("Ntaria (Hermannsburg)", "0872"),
    ("Ngukurr", "0852"),
    ("Lajamanu", "0852"),
    ("Borroloola", "0854"),
    ("Yirrkala", "0880"),
)
_NT_FAMILY = (
    "Gurruwiwi",
    "Yunupingu",
    "Marika",
    "Wanambi",
    "Gumana",
    "Tipiloura",
    "Kerinaiua",
    "Bunduck",
    "Nganjmirra",
    "Namarnyilk",
    "Granites",
    "Jurrah",
    "Japaljarri",
    "Nangala",
    "Lalara",
)
_NT_GIVEN_M = ("Djawa", "Rrurrambu", "Gawirrin", "Jacob", "Dhangal", "Wesley", "Jampijinpa")
_NT_GIVEN_F = ("Dhuwarrwarr", "Gapirri", "Rosina", "Yalmay", "Marjorie", "Nungarrayi", "Djaykuk")
_NT_LANGUAGES = (
    "Yolŋu Matha",
    "Murrinh-Patha",
    "Warlpiri",
    "Kriol",
    "Tiwi",
    "Kunwinjku",
    "Arrernte",
    "English",
)
_NT_OFFICERS = ("R. Nguyen", "K. Campbell", "T. Wanambi", "S. O'Brien", "M. Tipungwuti")
_TAS_PLACES = (
    ("Huonville", "7109"),
    ("Cygnet", "7112"),
    ("Geeveston", "7116"),
    ("Franklin", "7113"),
    ("Glenorchy", "7010"),
    ("Sandy Bay", "7005"),
    ("Kingston", "7050"),
    ("New Norfolk", "7140"),
    ("Launceston", "7250"),
    ("Devonport", "7310"),
)
_TAS_SUPER = ("AustralianSuper", "Hostplus", "REST", "Aware Super", "Australian Retirement Trust")
_TAS_VISA = ("Citizen", "Citizen", "417", "462", "403 (PALM)", "485", "PR")
_AU_TITLES = ("Mr", "Ms", "Mrs", "Miss", "Dr", "Mx")


def _au_mobile(p: Person) -> str:
    return f"04{p.bhxh[2:4]} {p.bhxh[4:7]} {p.bhxh[7:10]}"


def _tfn(p: Person) -> str:
    """A TFN, ``123 456 782``: nine digits whose sum weighted 1 4 3 7 5 8 6 9 10 is 0 mod 11."""
    base = int(p.bhxh[1:9]) % 90_000_000 + 10_000_000
    while True:
        eight = f"{base:08d}"
        total = sum(int(d) * w for d, w in zip(eight, (1, 4, 3, 7, 5, 8, 6, 9), strict=True))
        last = total % 11  # 10 is -1 modulo 11
        if last < 10:
            nine = f"{eight}{last}"
            return f"{nine[:3]} {nine[3:6]} {nine[6:]}"
        base += 1


def _nt_lot(p: Person) -> str:
    lot = 10 + _num(p, 480)
    return f"Lot {lot}" if int(p.bhxh) % 3 else f"House {lot % 90 + 1}, Lot {lot}"


# -- New Zealand: funded family carers -------------------------------------------------------------
_NZ_GIVEN_M = ("Wiremu", "Hēmi", "Tāne", "Rāwiri", "Hōhepa", "Mānaia", "Liam", "James")
_NZ_GIVEN_F = ("Mere", "Ngāire", "Pānia", "Whetū", "Ātaahua", "Kōwhai", "Aroha", "Sarah")
_NZ_FAMILY = (
    "Ngata",
    "Tamihana",
    "Te Whāiti",
    "Pōmare",
    "Parata",
    "Kīngi",
    "Wīhongi",
    "Tāwhai",
    "Te Kōhatu",
    "Smith",
    "Wilson",
)
_NZ_PLACES = (
    ("14 Kahikatea Drive", "Frankton", "Hamilton", "3204"),
    ("3 Te Aute Road", "Havelock North", "Havelock North", "4130"),
    ("27 Pōhutukawa Avenue", "Ōhope", "Whakatāne", "3121"),
    ("8 Rata Street", "Ōtara", "Auckland", "2023"),
    ("51 Māui Street", "Gisborne", "Gisborne", "4010"),
    ("PO Box 112", "Kaitāia", "Kaitāia", "0441"),
    ("19 Tūī Crescent", "Rotorua", "Rotorua", "3010"),
)
_NZ_IWI = (
    "Ngāti Porou",
    "Ngāpuhi",
    "Waikato-Tainui",
    "Ngāi Tahu",
    "Te Arawa",
    "Ngāti Kahungunu",
    "Tūhoe",
    "",
)
_NZ_REL = ("Mother", "Father", "Daughter", "Son", "Wife", "Husband", "Grandmother", "Whāngai")
_NZ_NASC = ("Disability Support Link", "Life Unlimited", "Taikura Trust", "Focus", "Support Net")


def _nz_name(p: Person) -> str:
    return f"{_by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 2)} {_pick(p, _NZ_FAMILY, 3)}"


WRITERS_BLIND201: dict[str, Callable[[Person, Col], object]] = {
    "landlord201": lambda p, c: _other_vn(p, 3),
    "landlord_phone201": lambda p, c: _other_phone(p, "091"),
    "pe_host201": lambda p, c: f"PD{10 + _num(p, 20):02d}000{p.bhxh[-7:]}",
    "occupants201": lambda p, c: 1 + _num(p, 4),
    "pe_new201": lambda p, c: f"PD{10 + _num(p, 20):02d}00{p.bhxh[2:9]}",
    "meter201": lambda p, c: f"{22 + _num(p, 3)}{p.bhxh[3:9]}",
    "reading201": lambda p, c: _num(p, 40) - 1,
    "tour201": lambda p, c: _pick(p, _VN_TOURS, 2),
    "weight201": lambda p, c: 45 + _num(p, 40),
    "swim201": lambda p, c: _pick(p, _VN_SWIM, 3),
    "health201": lambda p, c: _pick(p, _VN_HEALTH, 4),
    "emer201": lambda p, c: _other_vn(p, 5),
    "emer_phone201": lambda p, c: _other_phone(p, "098"),
    "insure201": lambda p, c: f"BV-DL{p.other_date:%y}/{p.bhxh[-6:]}",
    "ward201": lambda p, c: _place(p, _VN_WARDS)[0],
    "district201": lambda p, c: _place(p, _VN_WARDS)[1],
    "water201": lambda p, c: f"PA{20 + _num(p, 9)}{p.bhxh[-6:]}",
    "tank201": lambda p, c: _pick(p, ("1,5", "2", "3", "4", "6"), 5),
    "last201": lambda p, c: (
        "Chưa hút lần nào"
        if int(p.bhxh) % 6 == 0
        else f"{_safe_day(p.other_date.year - 1 - _num(p, 4), p.birth.month, p.birth.day):%d/%m/%Y}"
    ),
    "volume201": lambda p, c: _pick(p, ("1,5", "2", "2,5", "3", "4"), 6),
    "cost201": lambda p, c: _dotted(600_000 + _num(p, 8) * 150_000),
    "leader201": lambda p, c: _other_vn(p, 7),
    "status201": lambda p, c: _pick(p, _VN_PUMP_STATUS, 8),
    "subject201": lambda p, c: _subject(p),
    "kin201": lambda p, c: _pick(p, _VN_KIN, 6),
    "extract201": lambda p, c: _pick(p, _VN_EXTRACTS, 9),
    "entry201": lambda p, c: f"Số {_num(p, 300)}, Quyển {_num(p, 4):02d}/{1975 + _num(p, 45)}",
    "copies201": lambda p, c: _num(p, 5),
    "fee201": lambda p, c: _dotted(8_000 * _num(p, 5)),
    "officer201": lambda p, c: _other_vn(p, 10),
    "ready201": lambda p, c: f"{p.other_date + timedelta(days=1 + _num(p, 3)):%d/%m/%Y}",
    "au_street201": lambda p, c: _pick(p, _AU_STREETS, 2) if int(p.bhxh) % 4 == 0 else p.street,
    "au_mobile201": lambda p, c: _au_mobile(p),
    "au_sex201": lambda p, c: _pick(p, ("M", "Male")) if p.male else _pick(p, ("F", "Female")),
    "au_title201": lambda p, c: _by_sex(p, ("Mr", "Mr", "Dr"), _AU_TITLES[1:], 4),
    "nsw_bond201": lambda p, c: f"{p.other_date:%Y}{p.bhxh[-7:]}",
    "nsw_suburb201": lambda p, c: _place(p, _NSW_PLACES, 5)[0],
    "nsw_state201": lambda p, c: "NSW",
    "nsw_pc201": lambda p, c: _place(p, _NSW_PLACES, 5)[1],
    "nsw_agent201": lambda p, c: _pick(p, _NSW_AGENTS, 6),
    "nsw_licence201": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[5:9]}",
    "nsw_rent201": lambda p, c: 380 + _num(p, 30) * 15,
    "nsw_bondamt201": lambda p, c: f"{(380 + _num(p, 30) * 15) * 4:,}.00",
    "qld_app201": lambda p, c: f"BCS{p.other_date:%y}-{p.bhxh[-6:]}",
    "qld_card201": lambda p, c: "" if int(p.bhxh) % 5 == 0 else f"{p.bhxh[-7:]}/{_num(p, 9)}",
    "qld_aka201": lambda p, c: (
        "" if p.male or int(p.bhxh) % 3 else f"{p.given} {_pick(p, ('Taufa', 'Nguyen', 'Brown'))}"
    ),
    "qld_pob201": lambda p, c: _pick(p, _QLD_POB, 3),
    "qld_dl201": lambda p, c: f"{p.bhxh[1:10]}",
    "qld_suburb201": lambda p, c: _place(p, _QLD_PLACES, 5)[0],
    "qld_state201": lambda p, c: _pick(p, ("QLD", "Qld", "QLD")),
    "qld_pc201": lambda p, c: _place(p, _QLD_PLACES, 5)[1],
    "qld_org201": lambda p, c: _pick(p, _QLD_ORGS, 6),
    "qld_decision201": lambda p, c: _pick(p, _QLD_DECISIONS, 7),
    "nt_tenancy201": lambda p, c: f"T{p.bhxh[-6:]}",
    "nt_family201": lambda p, c: _pick(p, _NT_FAMILY, 2),
    "nt_given201": lambda p, c: _by_sex(p, _NT_GIVEN_M, _NT_GIVEN_F, 3),
    "nt_sex201": lambda p, c: "M" if p.male else "F",
    "nt_medicare201": lambda p, c: _medicare(p),
    "nt_crn201": lambda p, c: _crn(p),
    "nt_lot201": lambda p, c: _nt_lot(p),
    "nt_community201": lambda p, c: _place(p, _NT_PLACES, 5)[0],
    "nt_pc201": lambda p, c: _place(p, _NT_PLACES, 5)[1],
    "nt_phone201": lambda p, c: (
        _au_mobile(p) if int(p.bhxh) % 3 else f"(08) 89{p.bhxh[2:4]} {p.bhxh[4:8]}"
    ),
    "nt_household201": lambda p, c: 2 + _num(p, 11),
    "nt_rent201": lambda p, c: f"{120 + _num(p, 40) * 5}.00",
    "nt_language201": lambda p, c: _pick(p, _NT_LANGUAGES, 6),
    "nt_officer201": lambda p, c: _pick(p, _NT_OFFICERS, 7),
    "tas_emp201": lambda p, c: f"HV{p.other_date:%y}{p.bhxh[-4:]}",
    "tas_medicare201": lambda p, c: _medicare(p).replace(" ", "")[:10],
    "tas_irn201": lambda p, c: 1 + _num(p, 5),
    "tas_tfn201": lambda p, c: _tfn(p),
    "tas_suburb201": lambda p, c: _place(p, _TAS_PLACES, 5)[0],
    "tas_state201": lambda p, c: _pick(p, ("TAS", "Tas", "TAS", "Tasmania")),
    "tas_pc201": lambda p, c: _place(p, _TAS_PLACES, 5)[1],
    "tas_super201": lambda p, c: _pick(p, _TAS_SUPER, 4),
    "tas_bsb201": lambda p, c: f"{_pick(p, ('067', '062', '733', '807', '014'), 5)}-{p.bhxh[-3:]}",
    "tas_acct201": lambda p, c: p.bhxh[1:9],
    "tas_visa201": lambda p, c: _pick(p, _TAS_VISA, 6),
    "tas_emer201": lambda p, c: (
        f"{_pick(p, ('Kate', 'John', 'Mele', 'Tom'), 7)} 04{p.bhxh[::-1][:8]}"
    ),
    "nz_name201": lambda p, c: _nz_name(p),
    "nz_ird201": lambda p, c: _ird(p),
    "nz_sex201": lambda p, c: _pick(p, ("Male", "M", "Tāne")) if p.male else "Female",
    "nz_addr201": lambda p, c: ", ".join(
        (*_place(p, _NZ_PLACES, 5)[:2], " ".join(_place(p, _NZ_PLACES, 5)[2:]))
    ),
    "nz_phone201": lambda p, c: f"02{_pick(p, ('1', '2', '7'))} {p.bhxh[2:5]} {p.bhxh[5:9]}",
    "nz_iwi201": lambda p, c: _pick(p, _NZ_IWI, 4),
    "nz_cared201": lambda p, c: (
        f"{_by_sex(p, _NZ_GIVEN_F, _NZ_GIVEN_M, 5)} {_pick(p, _NZ_FAMILY, 3)}"
    ),
    "nz_nhi201": lambda p, c: _nhi(p),
    "nz_rel201": lambda p, c: _pick(p, _NZ_REL, 6),
    "nz_nasc201": lambda p, c: _pick(p, _NZ_NASC, 7),
    "nz_hours201": lambda p, c: 10 + _num(p, 30),
    "nz_rate201": lambda p, c: f"${23 + _num(p, 3)}.{_pick(p, ('15', '65', '00'))}",
}

__all__ = ["WRITERS_BLIND201"]
