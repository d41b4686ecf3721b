"""How the people of the two-hundred-and-thirty-fourth part of the outside corpus (**blind 234**,
:mod:`lienthong.quality._corpus_blind234`) are written: four Vietnamese files' own columns (a
Thái xòe dance team, personal digital signatures issued at a one-stop desk, crop-spraying drone
pilots, blacksmiths granted industrial-extension money) and Zambian, Malawian, Zimbabwean,
Botswana and Namibian names, places, phones and numbers in the forms their registers show: the
Zambian NRC ``123456/78/1``, the Malawian national id, the Zimbabwean ``63-123456A-42`` with its
check letter, the Omang with its sex digit and the Namibian 11-digit id."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind18_writers import (
    _ZW_FAMILY,
    _ZW_GIVEN_F,
    _ZW_GIVEN_M,
    _ZW_LETTERS,
)
from lienthong.quality._corpus_blind21_writers import _ZM_FAMILY, _ZM_GIVEN_F, _ZM_GIVEN_M
from lienthong.quality._corpus_blind22_writers import _BW_FAMILY, _BW_GIVEN_F, _BW_GIVEN_M
from lienthong.quality._corpus_blind25_writers import _NA_FAMILY, _NA_GIVEN_F, _NA_GIVEN_M
from lienthong.quality._corpus_blind27_writers import (
    _MW_FAMILY,
    _MW_GIVEN_F,
    _MW_GIVEN_M,
    _mw_id,
    _other_vn,
)
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_ETHNIC = ("Thái", "Thái", "Thái", "Kinh", "Mường", "Tày")
_VN_TEAM = ("Đội xòe bản Cọ", "Đội xòe bản Chao Hạ", "Đội xòe TDP Pá Kết", "Đội xòe xã Nghĩa An")
_VN_XROLE = ("Múa chính", "Múa", "Múa", "Hát dẫn", "Đánh chiêng", "Thổi pí", "Đội trưởng")
_VN_COSTUME = ("Tự túc", "Đội cấp", "Thuê", "Tự túc (áo cóm, váy đen)")
_VN_CA = ("VNPT-CA", "Viettel-CA", "MISA eSign", "FPT-CA", "BKAV-CA")
_VN_CKS_PACK = ("Ký số từ xa 1 năm", "Ký số từ xa 2 năm", "USB Token 3 năm", "SIM PKI 1 năm")
_VN_OFFICER = ("Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Thu Hà", "Phạm Quang Minh")
_VN_UNIT: _T = ("HTX DV NN Tân Phong", "Cty TNHH Drone Nông nghiệp Mê Kông", "Tổ dịch vụ phun thuê")
_VN_UNIT += ("HTX NN Thành Công", "Tự làm (hộ cá thể)")
_VN_MODEL = ("DJI Agras T40", "DJI Agras T25", "XAG P100 Pro", "DJI Agras T50", "XAG V40")
_VN_FORGE = ("Cơ sở rèn", "Lò rèn", "Xưởng rèn", "Hộ rèn")
_VN_PRODUCT = ("Dao, kéo", "Cuốc, xẻng, liềm", "Dao bầu, dao phay", "Nông cụ các loại")
_VN_MACHINE: _T = ("Máy búa hơi 75 kg", "Máy mài 2 đá", "Lò nung than đá cải tiến", "Máy đột dập")
_VN_MACHINE += ("Máy búa hơi 40 kg + máy mài",)


def _when(p: Person, months: int) -> str:
    d = p.other_date
    month = d.month - 1 + months
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


# -- Zambia -------------------------------------------------------------------------------------
#: (NRC district code, ward, address)
_ZM_HOMES = (
    ("41", "Chiba", "House No. {n}, Chiba Compound, Kasama"),
    ("41", "Location", "Plot {n}, Location Township, Kasama"),
    ("41", "Mulilansolo", "Mulilansolo Village, Chief Mwamba, Kasama"),
    ("43", "Chilubula", "Stand {n}, Chilubula Mission Area, Kasama"),
    ("42", "Lukashya", "Farm {n}, Lukashya, Kasama"),
)
_ZM_BIZ: _T = ("Poultry (broilers)", "Tailoring", "Fish trading", "Grocery shop", "Carpentry")
_ZM_BIZ += ("Beekeeping / Ukulunda inshimu",)
_ZM_COOP = ("Tubombe Pamo Co-op", "Twafwane Women Club", "Kasama Youth Tailors", "Individual")
_ZM_STATUS = ("Approved", "Pending", "Rejected", "Disbursed", "Pending (no collateral)")


def _zm_home(p: Person) -> tuple[str, str, str]:
    return _ZM_HOMES[int(p.bhxh) // 13 % len(_ZM_HOMES)]


def _zm_phone(p: Person) -> str:
    lead = _pick(p, ("97", "96", "95", "77", "76"), 3)
    body = p.phone[3:10]
    return f"+260 {lead} {body}" if int(p.bhxh) % 3 == 0 else f"0{lead}{body[:1]} {body[1:]}"


# -- Malawi -------------------------------------------------------------------------------------
_MW_HOMES = (
    ("Chimungu Village, T/A Chiwere", "Dowa"),
    ("Kalonga Village, T/A Msakambewa", "Dowa"),
    ("Mponela Trading Centre, T/A Dzoole", "Dowa"),
    ("Mvera Village, T/A Chakhaza", "Dowa"),
    ("Chitedze Village, T/A Kalumba", "Lilongwe"),
)
_MW_GROUP = ("Tiyanjane VSL", "Chikondi Savings Group", "Tigwirizane", "Kalondolondo VSL")
_MW_POST: _T = ("Wapampando (Chair)", "Mlembi (Secretary)", "Msungichuma (Treasurer)", "Membala")
_MW_POST += ("Membala", "Membala")


def _mw_phone(p: Person) -> str:
    lead = _pick(p, ("0999", "0888", "0995", "0884", "0991"), 2)
    if int(p.bhxh) % 4 == 0:
        return f"+265 {lead[1:]} {p.phone[4:7]} {p.phone[7:10]}"
    return f"{lead} {p.phone[4:7]} {p.phone[7:10]}"


# -- Zimbabwe -----------------------------------------------------------------------------------
_ZW_HOMES = (
    ("63", "{n} Mhofu Street, Glen View 3, Harare"),
    ("63", "Stand {n}, Hopley Farm, Harare"),
    ("08", "{n} Nkulumane 12, Bulawayo"),
    ("29", "{n} Chikanga Phase 2, Mutare"),
    ("42", "{n} Senga, Gweru"),
    ("24", "{n} Mucheke, Masvingo"),
)
_ZW_CENTRE = (
    ("Harare Polytechnic", "ZW1021"),
    ("Glen View 2 High", "ZW1187"),
    ("Mzilikazi High", "ZW3045"),
    ("Sakubva High", "ZW5012"),
    ("Chaplin High", "ZW4230"),
)
_ZW_SUBJ: _T = ("English, Maths, Shona", "Maths, Combined Science", "English, History, Geography")
_ZW_SUBJ += ("Accounts, Commerce, Maths, English", "Ndebele, English")


def _zw_id(p: Person) -> str:
    """A Zimbabwean national id written ``63-123456A-42``: the registering district, a six-digit
    serial, the check letter (district and serial modulo 23) and the district of origin."""
    home = _ZW_HOMES[int(p.bhxh) // 7 % len(_ZW_HOMES)]
    serial = p.bhxh[-6:]
    letter = _ZW_LETTERS[int(home[0] + serial) % 23]
    return f"{home[0]}-{serial}{letter}-{_pick(p, ('42', '63', '08', '29', '75', '47'), 5)}"


def _zw_phone(p: Person) -> str:
    lead = _pick(p, ("77", "78", "71", "73"), 2)
    if int(p.bhxh) % 3 == 0:
        return f"+263 {lead} {p.phone[3:6]} {p.phone[6:10]}"
    return f"0{lead}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"


# -- Botswana -----------------------------------------------------------------------------------
#: (village, kgotla / ward)
_BW_HOMES = (
    ("Molepolole", "Kgosing"),
    ("Molepolole", "Ntloedibe"),
    ("Molepolole", "Mokgalo"),
    ("Thamaga", "Kgosing"),
    ("Letlhakeng", "Ditlhakane"),
    ("Mogoditshane", "Ledumadumane"),
)
_BW_PROJECT: _T = ("Broiler production", "Hair salon", "Car wash", "Tuck shop", "Welding")
_BW_PROJECT += ("Bakery / Ditlhabelo tsa borotho",)
_BW_OFFICER = ("Mr K. Sebina", "Ms O. Kgosidintsi", "Mr T. Modise", "Ms B. Ramotswa")
_BW_STATUS = ("Approved", "Referred to DYC", "Pending site visit", "Not approved", "Funded")


def _bw_home(p: Person) -> tuple[str, str]:
    return _BW_HOMES[int(p.bhxh) // 11 % len(_BW_HOMES)]


def _bw_phone(p: Person) -> str:
    lead = _pick(p, ("71", "72", "74", "75", "76", "77"), 2)
    body = f"{lead} {p.phone[4:7]} {p.phone[7:10]}"
    return f"+267 {body}" if int(p.bhxh) % 4 == 1 else body


# -- Namibia ------------------------------------------------------------------------------------
#: (village, constituency)
_NA_HOMES = (
    ("Onamukulo", "Engela"),
    ("Ohangwena", "Ohangwena"),
    ("Omungwelume", "Endola"),
    ("Oshikango", "Oshikango"),
    ("Okongo", "Okongo"),
    ("Eenhana Extension 2", "Eenhana"),
)
_NA_HEADMAN = ("Elenga Mr. S. Nghishekwa", "Elenga Ms. H. Amupolo", "Elenga Mr. T. Haufiku")


def _na_home(p: Person) -> tuple[str, str]:
    return _NA_HOMES[int(p.bhxh) // 7 % len(_NA_HOMES)]


def _na_phone(p: Person) -> str:
    lead = _pick(p, ("81", "85", "81", "81"), 3)
    if int(p.bhxh) % 5 == 0:
        return f"+264 {lead} {p.phone[3:6]} {p.phone[6:10]}"
    return f"0{lead} {p.phone[3:6]} {p.phone[6:10]}"


def _na_id(p: Person) -> str:
    return f"{p.birth:%y%m%d}{p.bhxh[-5:]}"


WRITERS_BLIND234: dict[str, Callable[[Person, Col], object]] = {
    # Thái xòe dance team
    "ethnic234": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "team234": lambda p, c: _pick(p, _VN_TEAM, 3),
    "xrole234": lambda p, c: _pick(p, _VN_XROLE, 4),
    "dances234": lambda p, c: f"{_num(p, 6)}/6 điệu",
    "costume234": lambda p, c: _pick(p, _VN_COSTUME, 5),
    # personal digital signatures
    "ca234": lambda p, c: _pick(p, _VN_CA, 2),
    "cks_pack234": lambda p, c: _pick(p, _VN_CKS_PACK, 3),
    "serial234": lambda p, c: f"5402{p.bhxh}{p.phone[-6:]}".upper(),
    "valid234": lambda p, c: _when(p, 12),
    "officer234": lambda p, c: _pick(p, _VN_OFFICER, 4),
    # crop-spraying drone pilots
    "unit234": lambda p, c: _pick(p, _VN_UNIT, 2),
    "model234": lambda p, c: _pick(p, _VN_MODEL, 3),
    "dserial234": lambda p, c: f"1581F{p.bhxh[:6]}B{p.bhxh[6:]}",
    "ha234": lambda p, c: f"{50 + _num(p, 400)}",
    "certno234": lambda p, c: f"{p.bhxh[-3:]}/GCN-TTBVTV",
    # blacksmiths' industrial extension grants
    "forge234": lambda p, c: f"{_pick(p, _VN_FORGE, 2)} {p.full.rsplit(' ', 1)[-1]}",
    "product234": lambda p, c: _pick(p, _VN_PRODUCT, 3),
    "machine234": lambda p, c: _pick(p, _VN_MACHINE, 4),
    "cost234": lambda p, c: f"{(80 + _num(p, 300)) * 1_000_000:,}".replace(",", "."),
    "grant234": lambda p, c: f"{(30 + _num(p, 50)) * 1_000_000:,}".replace(",", "."),
    "workers234": lambda p, c: _num(p, 12),
    "kin_vn234": lambda p, c: _other_vn(p, 6),
    # Zambia: CEEC empowerment loan applicants
    "zm_name234": lambda p, c: (
        f"{_by_sex(p, _ZM_GIVEN_M, _ZM_GIVEN_F, 1)} {_pick(p, _ZM_FAMILY, 2).title()}"
    ),
    "zm_sex234": lambda p, c: "Umwaume" if p.male else "Umwanakashi",
    "zm_nrc234": lambda p, c: f"{p.bhxh[-6:]}/{_zm_home(p)[0]}/1",
    "zm_addr234": lambda p, c: _zm_home(p)[2].format(n=_num(p, 900)),
    "zm_ward234": lambda p, c: _zm_home(p)[1],
    "zm_phone234": lambda p, c: _zm_phone(p),
    "zm_biz234": lambda p, c: _pick(p, _ZM_BIZ, 4),
    "zm_coop234": lambda p, c: _pick(p, _ZM_COOP, 5),
    "zm_loan234": lambda p, c: f"K{(5 + _num(p, 45)) * 1000:,}.00",
    "zm_guar234": lambda p, c: f"{_pick(p, _ZM_GIVEN_M, 6)} {_pick(p, _ZM_FAMILY, 7).title()}",
    "zm_guar_nrc234": lambda p, c: f"{p.bhxh[::-1][:6]}/41/1",
    "zm_status234": lambda p, c: _pick(p, _ZM_STATUS, 8),
    # Malawi: village savings and loans group register
    "mw_name234": lambda p, c: (
        f"{_by_sex(p, _MW_GIVEN_M, _MW_GIVEN_F, 1)} {_pick(p, _MW_FAMILY, 2)}"
    ),
    "mw_sex234": lambda p, c: "Mwamuna" if p.male else "Mkazi",
    "mw_id234": lambda p, c: _mw_id(p),
    "mw_addr234": lambda p, c: _MW_HOMES[int(p.bhxh) // 9 % len(_MW_HOMES)][0],
    "mw_boma234": lambda p, c: _MW_HOMES[int(p.bhxh) // 9 % len(_MW_HOMES)][1],
    "mw_phone234": lambda p, c: _mw_phone(p),
    "mw_group234": lambda p, c: _pick(p, _MW_GROUP, 3),
    "mw_shares234": lambda p, c: _num(p, 40),
    "mw_loan234": lambda p, c: f"MK{(10 + _num(p, 190)) * 1000:,}",
    "mw_kin234": lambda p, c: (
        f"{_by_sex(p, _MW_GIVEN_F, _MW_GIVEN_M, 4)} {_pick(p, _MW_FAMILY, 5)}"
    ),
    "mw_post234": lambda p, c: _pick(p, _MW_POST, 6),
    # Zimbabwe: ZIMSEC private candidates
    "zw_family234": lambda p, c: _pick(p, _ZW_FAMILY, 2).upper(),
    "zw_given234": lambda p, c: _by_sex(p, _ZW_GIVEN_M, _ZW_GIVEN_F, 1),
    "zw_sex234": lambda p, c: "M" if p.male else "F",
    "zw_id234": lambda p, c: _zw_id(p),
    "zw_addr234": lambda p, c: _ZW_HOMES[int(p.bhxh) // 7 % len(_ZW_HOMES)][1].format(
        n=_num(p, 4000)
    ),
    "zw_phone234": lambda p, c: _zw_phone(p),
    "zw_centre234": lambda p, c: _ZW_CENTRE[int(p.bhxh) // 5 % len(_ZW_CENTRE)][0],
    "zw_centre_no234": lambda p, c: _ZW_CENTRE[int(p.bhxh) // 5 % len(_ZW_CENTRE)][1],
    "zw_subj234": lambda p, c: _pick(p, _ZW_SUBJ, 3),
    "zw_fee234": lambda p, c: f"US${15 * (1 + _num(p, 6))}.00",
    "zw_cand234": lambda p, c: f"{p.bhxh[-4:]}",
    # Botswana: Youth Development Fund applicants
    "bw_family234": lambda p, c: _pick(p, _BW_FAMILY, 2).title(),
    "bw_given234": lambda p, c: _by_sex(p, _BW_GIVEN_M, _BW_GIVEN_F, 1),
    "bw_sex234": lambda p, c: "Monna" if p.male else "Mosadi",
    "bw_omang234": lambda p, c: f"{p.bhxh[1:5]}{1 if p.male else 2}{p.bhxh[-4:]}",
    "bw_village234": lambda p, c: _bw_home(p)[0],
    "bw_kgotla234": lambda p, c: _bw_home(p)[1],
    "bw_phone234": lambda p, c: _bw_phone(p),
    "bw_project234": lambda p, c: _pick(p, _BW_PROJECT, 3),
    "bw_amount234": lambda p, c: f"P{(20 + _num(p, 80)) * 1000:,}",
    "bw_officer234": lambda p, c: _pick(p, _BW_OFFICER, 4),
    "bw_status234": lambda p, c: _pick(p, _BW_STATUS, 5),
    # Namibia: drought relief food distribution
    "na_family234": lambda p, c: _pick(p, _NA_FAMILY, 2),
    "na_given234": lambda p, c: _by_sex(p, _NA_GIVEN_M, _NA_GIVEN_F, 1),
    "na_sex234": lambda p, c: "M" if p.male else "F",
    "na_id234": lambda p, c: _na_id(p),
    "na_village234": lambda p, c: _na_home(p)[0],
    "na_const234": lambda p, c: _na_home(p)[1],
    "na_phone234": lambda p, c: _na_phone(p),
    "na_hh234": lambda p, c: 1 + _num(p, 11),
    "na_maize234": lambda p, c: f"{10 * (1 + _num(p, 5))}",
    "na_fish234": lambda p, c: f"{2 * _num(p, 6)} tins",
    "na_headman234": lambda p, c: _pick(p, _NA_HEADMAN, 3),
}
