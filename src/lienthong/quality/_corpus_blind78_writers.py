"""How the people of the seventy-eighth part of the outside corpus (**blind 78**,
:mod:`lienthong.quality._corpus_blind78`) are written: four Vietnamese files' own columns (a rice
field's area, premium and state share, an orphan's guardian who receives the money, a pupil's
scholarship account held by a parent, an evacuated household's members and shelter) and Bruneian,
Macanese, Solomon Islands, ni-Vanuatu and Jaffna Tamil names, places, phones and identity numbers
in the forms their cards show (the Brunei IC with its colour, the Macau BIR with its bracketed
check digit, the old Sri Lankan NIC ending in V)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind9_writers import _nic_lk
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (hamlet, commune, district, province) of a rice-growing commune in the Mekong delta
_VN_RICE = (
    ("Ấp Phú Hòa", "Xã Phú Thành A", "Huyện Tam Nông", "Tỉnh Đồng Tháp"),
    ("Ấp Tân Hưng", "Xã Phú Thành A", "Huyện Tam Nông", "Tỉnh Đồng Tháp"),
    ("Ấp Mỹ Phước", "Xã Phú Thành A", "Huyện Tam Nông", "Tỉnh Đồng Tháp"),
    ("Ấp Long Thạnh", "Xã Phú Thành A", "Huyện Tam Nông", "Tỉnh Đồng Tháp"),
)
_VN_SEASONS = ("Đông Xuân 2025-2026", "Hè Thu 2025", "Đông Xuân 2025-2026")
_VN_POOR = ("Hộ nghèo", "Hộ cận nghèo", "Hộ khác", "Hộ khác", "Hộ khác")
_VN_RICE_RISKS = ("Lũ, ngập", "Hạn, xâm nhập mặn", "Rầy nâu, đạo ôn", "Thiên tai + dịch bệnh")
_VN_ORPHAN_KINDS = (
    "Mồ côi cả cha và mẹ",
    "Mồ côi cha, mẹ đi lấy chồng",
    "Mồ côi mẹ, cha đang chấp hành án phạt tù",
    "Bị bỏ rơi",
    "Mồ côi cha, mẹ mất tích",
)
_VN_GUARDIAN_RELATIONS = ("Bà nội", "Ông ngoại", "Bà ngoại", "Cô ruột", "Chú ruột", "Anh ruột")
_VN_WARD_STREETS = ("Hẻm 42 Lê Văn Thọ", "Tổ 7 KP3", "Hẻm 120 Quang Trung", "Tổ 12 KP5")
_VN_SCHOOLS = (
    "THPT Nguyễn Trãi",
    "THCS Lê Quý Đôn",
    "THPT chuyên Lương Văn Chánh",
    "THCS Trần Phú",
    "PTDTNT huyện",
)
_VN_SCHOLARSHIPS = (
    "Học bổng khuyến học huyện",
    "HB Vừ A Dính",
    "Học bổng Quỹ khuyến học tỉnh",
    "Học bổng vượt khó học giỏi",
)
_VN_BANKS = (
    "Agribank CN huyện Tuy An",
    "Vietcombank Phú Yên",
    "BIDV CN Phú Yên",
    "NH CSXH huyện",
    "VietinBank Tuy Hòa",
)
_VN_PARENT_RELATIONS = ("Cha", "Mẹ", "Mẹ", "Bố", "Ông", "Bản thân")
_VN_SHELTERS = (
    "Trường TH Hương Vinh",
    "UBND xã (tầng 2)",
    "Nhà văn hóa thôn",
    "Trường THCS Hương Toàn",
    "Nhà kiên cố hộ ông Lâm (cùng thôn)",
)
_VN_EVAC_VILLAGES = ("Thôn Thanh Phước", "Thôn Phú Lễ", "Thôn Dương Sơn", "Thôn La Chữ")
_VN_EVAC_STATUS = ("Đã di dời", "Đã di dời", "Tự di dời đến nhà người thân", "Chưa di dời")
_VN_VULNERABLE = ("Có người già", "Có trẻ nhỏ", "Có người khuyết tật", "Phụ nữ mang thai")
_BN_FAMILY = ("Haji Abdullah", "Mohd Yusof", "Haji Md Salleh", "Awang Damit", "Pg Hj Omar")
_BN_GIVEN_M = ("Mohammad Hazwan", "Awg Mohd Faizal", "Abdul Rahim", "Muhammad Syafiq")
_BN_GIVEN_F = ("Nurul Huda", "Dk Siti Aminah", "Hjh Norhayati", "Siti Nur Amalina")
#: (kampong, mukim, daerah, postcode)
_BN_PLACES = (
    ("Kg Rimba", "Mukim Gadong 'B'", "Brunei-Muara", "BE3119"),
    ("Kg Mulaut", "Mukim Sengkurong", "Brunei-Muara", "BF1120"),
    ("Kg Pekan Tutong", "Mukim Pekan Tutong", "Tutong", "TA1141"),
    ("Kg Sungai Liang", "Mukim Liang", "Belait", "KC1135"),
    ("Kg Labu Estate", "Mukim Labu", "Temburong", "PC1151"),
)
_BN_COLOURS = ("Kuning", "Kuning", "Kuning", "Ungu", "Hijau")
_BN_SCHEMES = ("Pencen Tua", "Elaun OKU", "Bantuan Bulanan JAPEM", "Pencen Tua")
_MO_FAMILY = (("CHAN", "陳"), ("WONG", "黃"), ("LEONG", "梁"), ("LEI", "李"), ("HO", "何"))
_MO_GIVEN_M = (("KA MAN", "家文"), ("CHI KEONG", "志強"), ("WAI HOU", "偉豪"), ("IOK LAM", "旭霖"))
_MO_GIVEN_F = (("MEI LING", "美玲"), ("SOK I", "淑儀"), ("WAI CHENG", "慧晶"), ("KA WAI", "嘉慧"))
#: (street in Portuguese, parish)
_MO_PLACES = (
    ("Rua de Pequim n.º 88, Edf. Kam Loi, 12 andar B", "Freguesia da Sé"),
    ("Avenida de Horta e Costa n.º 26, 5 andar A", "Freguesia de Santo António"),
    ("Rua do Almirante Sérgio n.º 145, r/c", "Freguesia de São Lourenço"),
    ("Estrada do Repouso n.º 30, Edf. Fu Hong, 8 andar D", "Freguesia de Nossa Senhora de Fátima"),
    ("Rua de Bragança n.º 17, Edf. Seng Fong, 3 andar", "Freguesia de Nossa Senhora do Carmo"),
)
_MO_SUBSIDIES = ("Subsídio para idosos", "Pensão de invalidez", "Subsídio de cuidador")
_SB_FAMILY = ("Tanito", "Kwaiga", "Maelasi", "Sogavare", "Houenipwela", "Lilo", "Rini", "Fono")
_SB_GIVEN_M = ("John", "Peter Kenilorea", "Moses", "Clement", "Derek", "Jimson")
_SB_GIVEN_F = ("Mary", "Ruth", "Lency", "Esther", "Judith", "Annie")
#: (village, ward, province)
_SB_PLACES = (
    ("Burns Creek", "Mbumburu Ward", "Guadalcanal"),
    ("Auki", "Aimela Ward", "Malaita"),
    ("Gizo Town", "Gizo Ward", "Western"),
    ("Lata", "Nipua/Nopoli Ward", "Temotu"),
    ("Tulagi", "Tulagi Ward", "Central"),
    ("White River", "Tuvaruhu Ward", "Honiara City"),
)
_SB_WORK = ("Fisheries Dept", "SIPA wharf", "Solomon Tobacco", "GPPOL Ten Mile", "Self")
_VU_FAMILY = ("Tari", "Kalsakau", "Natapei", "Bule", "Moli", "Tabi", "Iauko", "Lini")
_VU_GIVEN_M = ("Willie", "Jimmy", "Kalo", "Morking", "Joe Nasak", "Ralph")
_VU_GIVEN_F = ("Leitangi", "Mereana", "Nelly", "Roslyn", "Anna Lini", "Elsie")
#: (village, area council, island, province)
_VU_PLACES = (
    ("Mele", "Mele Area Council", "Efate", "Shefa"),
    ("Lenakel", "West Tanna Area Council", "Tanna", "Tafea"),
    ("Luganville", "South Santo Area Council 1", "Espiritu Santo", "Sanma"),
    ("Lakatoro", "Central Malekula Area Council", "Malekula", "Malampa"),
    ("Saratamata", "East Ambae Area Council", "Ambae", "Penama"),
)
_VU_DAMAGE = ("Haos i brok evriwan", "Ruf i flae", "Garen i lus", "Wota tang i brok")
_LK_FAMILY = (("சிவராசா", "Sivarasa"), ("கந்தசாமி", "Kandasamy"), ("தர்மலிங்கம்", "Tharmalingam"))
_LK_GIVEN_M = ("Kumaran", "Thevarajah", "Sivakumar", "Ketheeswaran", "Nirojan")
_LK_GIVEN_F = ("Tharsika", "Vasanthy", "Kalaivani", "Sumathy", "Mathivathani")
#: (GN division with its number, DS division)
_LK_PLACES = (
    ("J/88 Nallur South", "Nallur"),
    ("J/61 Gurunagar West", "Jaffna"),
    ("J/226 Chavakachcheri Town", "Thenmarachchi"),
    ("J/160 Point Pedro South", "Vadamarachchi North"),
    ("J/139 Tellippalai", "Tellippalai"),
)
_LK_ROADS = ("KKS Road", "Point Pedro Road", "Palaly Road", "Stanley Road", "Temple Road")
_LK_AID = ("Aswesuma", "Samurdhi", "Elders allowance", "Disability allowance")


def _rice_place(p: Person) -> tuple[str, str, str, str]:
    return _VN_RICE[int(p.bhxh) // 9 % len(_VN_RICE)]


def _rice_area_m2(p: Person) -> int:
    return (_num(p, 60) + 5) * 500


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _premium(p: Person) -> int:
    """The premium: 5.5 % of 30 million đồng a hectare insured."""
    return round(_rice_area_m2(p) / 10_000 * 30_000_000 * 0.055)


def _support_share(p: Person) -> int:
    poor = _pick(p, _VN_POOR, 3)
    return 99 if poor == "Hộ nghèo" else 70 if poor == "Hộ cận nghèo" else 20


def _bank_account(p: Person) -> str:
    return f"{5000 + _num(p, 900)}{p.bhxh[-9:]}"


def _bn_place(p: Person) -> tuple[str, str, str, str]:
    return _BN_PLACES[int(p.bhxh) // 9 % len(_BN_PLACES)]


def _bn_ic(p: Person) -> str:
    """A Brunei IC: two digits (00 or 01 for citizens, 30/50 for residents) and six."""
    colour = _pick(p, _BN_COLOURS, 2)
    lead = {"Kuning": "01" if p.birth.year > 1990 else "00", "Ungu": "30", "Hijau": "50"}[colour]
    return f"{lead}-{p.bhxh[-6:]}"


def _bir_mo(p: Person) -> str:
    """A Macau BIR: seven digits (1, 5 or 7 first) and a check digit in brackets."""
    body = f"{_pick(p, ('1', '5', '7', '1'), 3)}{p.bhxh[-6:]}"
    total = sum(int(d) * w for d, w in zip(body, (8, 7, 6, 5, 4, 3, 2), strict=True))
    return f"{body}({(11 - total % 11) % 10})"


def _mo_name(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    family = _MO_FAMILY[int(p.bhxh) // 5 % len(_MO_FAMILY)]
    given_pool = _MO_GIVEN_M if p.male else _MO_GIVEN_F
    return family, given_pool[int(p.bhxh) // 7 % len(given_pool)]


def _mo_place(p: Person) -> tuple[str, str]:
    return _MO_PLACES[int(p.bhxh) // 9 % len(_MO_PLACES)]


def _sb_place(p: Person) -> tuple[str, str, str]:
    return _SB_PLACES[int(p.bhxh) // 9 % len(_SB_PLACES)]


def _vu_place(p: Person) -> tuple[str, str, str, str]:
    return _VU_PLACES[int(p.bhxh) // 9 % len(_VU_PLACES)]


def _lk_place(p: Person) -> tuple[str, str]:
    return _LK_PLACES[int(p.bhxh) // 9 % len(_LK_PLACES)]


def _lk_family(p: Person) -> tuple[str, str]:
    return _LK_FAMILY[int(p.bhxh) // 5 % len(_LK_FAMILY)]


WRITERS_BLIND78: dict[str, Callable[[Person, Col], object]] = {
    "hamlet78": lambda p, c: _rice_place(p)[0],
    "rice_addr78": lambda p, c: ", ".join(_rice_place(p)),
    "field_plot78": lambda p, c: f"Thửa {_num(p, 400)}, tờ {_num(p, 30)}",
    "area_m2_78": lambda p, c: _dotted(_rice_area_m2(p)),
    "season78": lambda p, c: _pick(p, _VN_SEASONS, 4),
    "poor78": lambda p, c: _pick(p, _VN_POOR, 3),
    "premium78": lambda p, c: _dotted(_premium(p)),
    "share78": lambda p, c: f"{_support_share(p)}%",
    "state_pays78": lambda p, c: _dotted(_premium(p) * _support_share(p) // 100),
    "risks78": lambda p, c: _pick(p, _VN_RICE_RISKS, 5),
    "policy78": lambda p, c: f"BSH-DT/{p.bhxh[-5:]}/2025",
    "orphan_kind78": lambda p, c: _pick(p, _VN_ORPHAN_KINDS, 3),
    "guardian78": lambda p, c: _other_vn(p, 4, None, p.family),
    "guardian_rel78": lambda p, c: _pick(p, _VN_GUARDIAN_RELATIONS, 5),
    "guardian_cccd78": lambda p, c: _cccd_of(p, p.male, 1950 + _num(p, 25)),
    "guardian_phone78": lambda p, c: _other_phone(p, "090"),
    "ward_addr78": lambda p, c: (
        f"{_pick(p, _VN_WARD_STREETS, 6)}, Phường Tân Thới Hiệp, TP. Hồ Chí Minh"
    ),
    "monthly78": lambda p, c: _dotted((4 if _num(p, 4) == 1 else 2) * 500_000 + 360_000),
    "decision78": lambda p, c: f"{_num(p, 300)}/QĐ-UBND",
    "school78": lambda p, c: _pick(p, _VN_SCHOOLS, 3),
    "grade78": lambda p, c: f"{6 + _num(p, 7) - 1}A{_num(p, 5)}",
    "scholarship78": lambda p, c: _pick(p, _VN_SCHOLARSHIPS, 4),
    "account_holder78": lambda p, c: _other_vn(p, 5, None, p.family).upper(),
    "holder_rel78": lambda p, c: _pick(p, _VN_PARENT_RELATIONS, 6),
    "account78": lambda p, c: _bank_account(p),
    "bank78": lambda p, c: _pick(p, _VN_BANKS, 7),
    "amount78": lambda p, c: _dotted(_num(p, 5) * 1_000_000),
    "transfer_ref78": lambda p, c: f"FT25{p.bhxh[-8:]}",
    "evac_addr78": lambda p, c: (
        f"{_pick(p, _VN_EVAC_VILLAGES, 3)}, xã Quảng Thành, huyện Quảng Điền, TP. Huế"
    ),
    "village78": lambda p, c: _pick(p, _VN_EVAC_VILLAGES, 3),
    "members78": lambda p, c: str(_num(p, 7)),
    "vulnerable78": lambda p, c: _note(p, _VN_VULNERABLE),
    "shelter78": lambda p, c: _pick(p, _VN_SHELTERS, 4),
    "evac_status78": lambda p, c: _pick(p, _VN_EVAC_STATUS, 5),
    "evac_time78": lambda p, c: f"{6 + _num(p, 12)}h{_pick(p, ('00', '15', '30', '45'), 2)}",
    "village_head78": lambda p, c: _other_vn(p, 9, True),
    "bn_name78": lambda p, c: (
        f"{_by_sex(p, _BN_GIVEN_M, _BN_GIVEN_F, 1)}"
        f" {'bin' if p.male else 'binti'} {_pick(p, _BN_FAMILY, 2)}"
    ),
    "ic_bn78": lambda p, c: _bn_ic(p),
    "ic_colour78": lambda p, c: _pick(p, _BN_COLOURS, 2),
    "sex_bn78": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "addr_bn78": lambda p, c: (
        f"No. {_num(p, 60)}, Simpang {_num(p, 300)}, {_bn_place(p)[0]}, {_bn_place(p)[1]}"
    ),
    "daerah_bn78": lambda p, c: _bn_place(p)[2],
    "poskod_bn78": lambda p, c: _bn_place(p)[3],
    "phone_bn78": lambda p, c: f"+673 {'78'[int(p.bhxh) % 2]}{p.phone[4:10]}",
    "scheme_bn78": lambda p, c: _pick(p, _BN_SCHEMES, 3),
    "ketua_kg78": lambda p, c: f"{_pick(p, _BN_GIVEN_M, 5)} bin {_pick(p, _BN_FAMILY, 6)}",
    "bir_mo78": lambda p, c: _bir_mo(p),
    "mo_family78": lambda p, c: _mo_name(p)[0][0],
    "mo_given78": lambda p, c: _mo_name(p)[1][0],
    "mo_chinese78": lambda p, c: f"{_mo_name(p)[0][1]}{_mo_name(p)[1][1]}",
    "sex_mo78": lambda p, c: "M 男" if p.male else "F 女",
    "street_mo78": lambda p, c: _mo_place(p)[0],
    "parish_mo78": lambda p, c: _mo_place(p)[1],
    "phone_mo78": lambda p, c: f"6{p.phone[3:10]}",
    "subsidy_mo78": lambda p, c: _pick(p, _MO_SUBSIDIES, 4),
    "amount_mo78": lambda p, c: f"MOP {3_740 + 100 * _num(p, 5):,}",
    "sb_family78": lambda p, c: _pick(p, _SB_FAMILY, 2),
    "sb_given78": lambda p, c: _by_sex(p, _SB_GIVEN_M, _SB_GIVEN_F, 1),
    "voter_sb78": lambda p, c: f"{_num(p, 9):02d}{p.bhxh[-7:]}",
    "npf_sb78": lambda p, c: f"NPF{p.bhxh[-6:]}",
    "sex_sb78": lambda p, c: "Man" if p.male else "Woman",
    "village_sb78": lambda p, c: _sb_place(p)[0],
    "ward_sb78": lambda p, c: _sb_place(p)[1],
    "province_sb78": lambda p, c: _sb_place(p)[2],
    "phone_sb78": lambda p, c: f"+677 7{p.phone[4:10]}",
    "employer_sb78": lambda p, c: _pick(p, _SB_WORK, 3),
    "chief_sb78": lambda p, c: f"Chief {_pick(p, _SB_GIVEN_M, 5)} {_pick(p, _SB_FAMILY, 6)}",
    "vu_family78": lambda p, c: _pick(p, _VU_FAMILY, 2),
    "vu_given78": lambda p, c: _by_sex(p, _VU_GIVEN_M, _VU_GIVEN_F, 1),
    "id_vu78": lambda p, c: f"{p.birth:%y}{p.bhxh[-7:]}",
    "sex_vu78": lambda p, c: "Man" if p.male else "Woman",
    "village_vu78": lambda p, c: _vu_place(p)[0],
    "council_vu78": lambda p, c: _vu_place(p)[1],
    "island_vu78": lambda p, c: _vu_place(p)[2],
    "province_vu78": lambda p, c: _vu_place(p)[3],
    "phone_vu78": lambda p, c: f"+678 {'57'[int(p.bhxh) % 2]}{p.phone[4:10]}",
    "damage_vu78": lambda p, c: _pick(p, _VU_DAMAGE, 3),
    "lk_name78": lambda p, c: f"{_by_sex(p, _LK_GIVEN_M, _LK_GIVEN_F, 1)} {_lk_family(p)[1]}",
    "nic_lk78": lambda p, c: _nic_lk(p),
    "sex_lk78": lambda p, c: "ஆண் / Male" if p.male else "பெண் / Female",
    "addr_lk78": lambda p, c: f"No. {_num(p, 250)}, {_pick(p, _LK_ROADS, 3)}, Jaffna",
    "gn_lk78": lambda p, c: _lk_place(p)[0],
    "ds_lk78": lambda p, c: _lk_place(p)[1],
    "phone_lk78": lambda p, c: f"07{'1567'[int(p.bhxh) % 4]}-{p.phone[3:10]}",
    "aid_lk78": lambda p, c: _pick(p, _LK_AID, 4),
    "gn_officer78": lambda p, c: f"Mr. {_pick(p, _LK_GIVEN_M, 5)} {_lk_family(p)[1]}",
}

__all__ = ["WRITERS_BLIND78"]
