"""How the people of the hundred-and-forty-ninth part of the outside corpus (**blind 149**,
:mod:`lienthong.quality._corpus_blind149`) are written: four Vietnamese files' own columns (stall
holders of a night market, salt makers paid support for a fallen salt price, households handed
rice seed after a flood, the heads of villages and residential groups paid a monthly allowance)
and Fijian, Samoan, Tongan, Papua New Guinean and Solomon Islands names, places, phones and
numbers in the forms their registers show (a Fiji TIN of nine digits, a Samoan matai title
before the name, Tongan villages and districts, a PNG NID and open electorate, a Solomon
Islands home village, ward and province)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind99_writers import _PG_FAMILY, _PG_GIVEN_F, _PG_GIVEN_M, _pg_nid
from lienthong.quality._corpus_blind105_writers import (
    _FJ_FAMILY,
    _FJ_GIVEN_F,
    _FJ_GIVEN_M,
    _TO_FAMILY,
    _TO_GIVEN_F,
    _TO_GIVEN_M,
    _WS_FAMILY,
    _WS_GIVEN_F,
    _WS_GIVEN_M,
    _fj_tin,
)
from lienthong.quality._corpus_blind122_writers import _SB_FAMILY, _SB_GIVEN_F, _SB_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: stall holders of a night market on a walking street ---------------------------------
_VN_STALL_GOODS = _items(
    "Ẩm thực - bánh tráng nướng; Quần áo thời trang; Đồ lưu niệm; Ẩm thực - hải sản nướng;"
    " Phụ kiện điện thoại; Nước giải khát, trà sữa; Tranh thêu, gốm"
)
_VN_STALL_ZONES = ("A", "B", "C", "D", "E")
_VN_STALL_STATE = (
    "Đang hoạt động",
    "Đang hoạt động",
    "Tạm nghỉ",
    "Nợ phí 2 tháng",
    "Đã thanh lý HĐ",
)
# -- Vietnam: salt makers paid support for the fallen salt price ----------------------------------
_VN_SALT_HOMES = _items(
    "Ấp Gò Cát, xã Vĩnh Thịnh, huyện Hòa Bình, Bạc Liêu; Ấp Danh Coi, xã Long Điền Đông,"
    " huyện Đông Hải, Bạc Liêu; Thôn Tri Thủy, xã Phương Hải, huyện Ninh Hải, Ninh Thuận;"
    " Xóm 8, xã Bạch Long, huyện Giao Thủy, Nam Định; Thôn Diêm Điền, xã Sa Huỳnh, TX Đức Phổ,"
    " Quảng Ngãi"
)
_VN_SALT_KIND = ("Muối trải bạt", "Muối truyền thống", "Muối trải bạt", "Muối sạch (ô kết tinh)")
_VN_SALT_COOP = ("HTX muối Đông Hải", "Tổ hợp tác muối ấp Gò Cát", "HTX muối Tri Hải", "Không")
# -- Vietnam: rice seed handed out after a flood -------------------------------------------------
_VN_FLOOD_HOMES = _items(
    "Thôn Phú Lễ, xã Quảng Phú, huyện Quảng Điền, Thừa Thiên Huế; Thôn 3, xã Lộc Yên,"
    " huyện Hương Khê, Hà Tĩnh; Thôn Đông Hà, xã Hưng Trạch, huyện Bố Trạch, Quảng Bình;"
    " Xóm Mới, xã Triệu Đại, huyện Triệu Phong, Quảng Trị; Thôn Quy Hậu, xã Kim Thủy,"
    " huyện Lệ Thủy, Quảng Bình"
)
_VN_SEED_KINDS = ("HT1", "Khang dân 18", "Thiên ưu 8", "BC15", "Đài thơm 8", "ĐV108")
# -- Vietnam: heads of villages and residential groups on a monthly allowance --------------------
_VN_POSTS = _rows(
    "Bí thư chi bộ | 1,0; Trưởng thôn | 1,0; Trưởng ban CTMT | 0,7; Trưởng thôn kiêm Bí thư | 1,5;"
    " Tổ trưởng TDP | 1,0; Phó trưởng thôn | 0,5"
)
_VN_HAMLETS = ("Thôn Đông", "Thôn 5", "TDP Hòa Bình", "Thôn Phước Lộc", "TDP số 12", "Bản Nà Pục")
_VN_BANKS = ("Agribank CN huyện", "Vietinbank", "Agribank", "BIDV", "LienVietPostBank")
# -- Fiji: the sugar cane growers' register of a mill --------------------------------------------
_FJ_SECTORS = _rows(
    "Drasa | Lautoka; Lovu | Lautoka; Natova | Lautoka; Rarawai | Rarawai; Tagitagi | Rarawai;"
    " Wainikoro | Labasa; Seaqaqa | Labasa"
)
_FJ_SETTLEMENTS = _items(
    "Lot 14 Drasa Settlement, Lautoka; Nadrau Road, Lovu, Lautoka; 2 miles Tagitagi, Tavua;"
    " Lot 7 Koronubu, Ba; Wainikoro Road, Labasa; Vunimoli Settlement, Labasa; Natova, Nadi"
)
_FJ_LEASES = ("iTLTB Agricultural Lease", "Crown Lease", "Freehold", "iTLTB Agricultural Lease")
_FJ_BANKS = ("BSP", "ANZ", "Westpac", "M-PAiSA", "BRED Bank")
_FJ_FATHERS = ("Ram Prasad", "Shiu Narayan", "Mohammed Hanif", "Ratu Josefa", "Bal Krishna")
# -- Samoa: the electoral roll of a constituency ------------------------------------------------
_WS_MATAI = ("", "", "Tuala", "Leiataua", "Afamasaga", "Seiuli", "Fonoti", "")
_WS_VILLAGES = _rows(
    "Vaitele-uta | Faleata 3; Lotopa | Faleata 2; Falealupo | Vaisigano 1; Lufilufi | Anoamaa 1;"
    " Safotulafai | Fa'asaleleaga 1; Siumu | Siumu; Satapuala | A'ana Alofi 4"
)
_WS_BOOTHS = ("Fale o le Komiti", "A'oga Tulagalua", "Fale Sa EFKS", "Maota o le Nu'u")
# -- Tonga: members of the National Retirement Benefits Fund ------------------------------------
_TO_PLACES = _rows(
    "Kolomotu'a | Kolofo'ou; Ma'ufanga | Kolofo'ou; Houma | Vahe Hihifo; Mu'a | Hahake;"
    " Vaini | Vaini; Pangai | Lifuka; Neiafu | Vava'u"
)
_TO_EMPLOYERS = _items(
    "Potungāue Mo'ui / Ministry of Health; Potungāue Ako / Ministry of Education;"
    " Tonga Power Ltd; Pangikē Fakalakalaka 'a Tonga / TDB; Tonga Police; Digicel Tonga"
)
_TO_RELATIONS_M = ("Uaifi / Wife", "'Ofefine / Daughter", "Uaifi / Wife")
_TO_RELATIONS_F = ("Husepāniti / Husband", "Foha / Son", "Husepāniti / Husband")
# -- Papua New Guinea: the common roll of an open electorate ------------------------------------
_PG_ROLL_PLACES = _rows(
    "Hanuabada | Moresby South | National Capital District; Kiriwina | Kiriwina-Goodenough |"
    " Milne Bay; Kwikila | Rigo | Central; Mendi Town | Mendi-Munihu | Southern Highlands;"
    " Bumayong | Lae | Morobe; Wewak Town | Wewak | East Sepik; Kundiawa | Kundiawa-Gembogl |"
    " Chimbu"
)
_PG_JOBS = (
    "Subsistence Farmer",
    "Housewife",
    "Student",
    "Public Servant",
    "Self Employed",
    "Teacher",
)
_PG_POLLING = ("Hanuabada Primary School", "Kwikila Station", "Mendi Market", "Lae Main Market")
# -- Solomon Islands: scholarship awardees of the tertiary education authority ------------------
_SB_HOMES = _rows(
    "Buma | Aimela | Malaita; Tulagi | Tulagi | Central; Visale | Tangarare | Guadalcanal;"
    " Kirakira | Kirakira | Makira-Ulawa; Munda | Nusa Roviana | Western;"
    " Buala | Hovikoilo | Isabel;"
    " Lata | Nea-Noole | Temotu"
)
_SB_SCHOOLS = _items(
    "SINU Kukum Campus; USP Laucala (Fiji); PNG University of Technology; Fiji National University;"
    " University of the South Pacific Honiara"
)
_SB_PROGRAMMES = ("Bachelor of Nursing", "Diploma in Teaching (Primary)", "BSc Marine Science")
_SB_SPONSORS = ("SIG - SITESA", "SIG - SITESA", "ROC (Taiwan)", "NZ MFAT", "Australia Awards")


def _stall_area(p: Person) -> int:
    return (4, 6, 9, 12)[_num(p, 4) - 1]


def _salt_area(p: Person) -> int:
    return 2_000 + int(p.bhxh[-4:]) % 30 * 500


def _rice_area(p: Person) -> int:
    return 500 * (1 + int(p.bhxh[-3:]) % 12)


def _post(p: Person) -> tuple[str, ...]:
    return _VN_POSTS[int(p.bhxh) // 7 % len(_VN_POSTS)]


def _allowance(p: Person) -> str:
    coeff = float(_post(p)[1].replace(",", "."))
    return f"{round(coeff * 2_340_000):,}".replace(",", ".")


def _fj_sector(p: Person) -> tuple[str, ...]:
    return _FJ_SECTORS[int(p.bhxh) // 5 % len(_FJ_SECTORS)]


def _ws_village(p: Person) -> tuple[str, ...]:
    return _WS_VILLAGES[int(p.bhxh) // 5 % len(_WS_VILLAGES)]


def _to_place(p: Person) -> tuple[str, ...]:
    return _TO_PLACES[int(p.bhxh) // 7 % len(_TO_PLACES)]


def _pg_roll_place(p: Person) -> tuple[str, ...]:
    return _PG_ROLL_PLACES[int(p.bhxh) // 5 % len(_PG_ROLL_PLACES)]


def _sb_home(p: Person) -> tuple[str, ...]:
    return _SB_HOMES[int(p.bhxh) // 7 % len(_SB_HOMES)]


WRITERS_BLIND149: dict[str, Callable[[Person, Col], object]] = {
    # night market stall holders
    "stall_code149": lambda p, c: f"{_pick(p, _VN_STALL_ZONES, 2)}-{_num(p, 80):03d}",
    "stall_goods149": lambda p, c: _pick(p, _VN_STALL_GOODS, 3),
    "stall_area149": lambda p, c: _stall_area(p),
    "stall_fee149": lambda p, c: f"{_stall_area(p) * 150_000:,}".replace(",", "."),
    "stall_helper149": lambda p, c: _other_vn(p, 5) if _num(p, 3) != 1 else "",
    "stall_state149": lambda p, c: _pick(p, _VN_STALL_STATE, 4),
    # salt makers
    "salt_home149": lambda p, c: _pick(p, _VN_SALT_HOMES, 2),
    "salt_area149": lambda p, c: f"{_salt_area(p):,}".replace(",", "."),
    "salt_kind149": lambda p, c: _pick(p, _VN_SALT_KIND, 3),
    "salt_output149": lambda p, c: round(_salt_area(p) * 0.01, 1),
    "salt_amount149": lambda p, c: f"{_salt_area(p) * 500:,}".replace(",", "."),
    "salt_coop149": lambda p, c: _pick(p, _VN_SALT_COOP, 4),
    "salt_mst149": lambda p, c: p.mst if _num(p, 4) == 1 else "",
    # rice seed after a flood
    "flood_home149": lambda p, c: _pick(p, _VN_FLOOD_HOMES, 2),
    "flood_area149": lambda p, c: _rice_area(p),
    "flood_loss149": lambda p, c: _pick(p, ("Trên 70%", "30% - 70%", "Trên 70%", "Mất trắng"), 3),
    "flood_seed149": lambda p, c: _pick(p, _VN_SEED_KINDS, 4),
    "flood_kg149": lambda p, c: round(_rice_area(p) * 0.012, 1),
    "flood_proxy149": lambda p, c: (
        "" if _num(p, 4) != 1 else _other_vn(p, 6, family=p.family) + " (ký thay)"
    ),
    # village and residential group heads
    "head_post149": lambda p, c: _post(p)[0],
    "head_hamlet149": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "head_coeff149": lambda p, c: _post(p)[1],
    "head_amount149": lambda p, c: _allowance(p),
    "head_account149": lambda p, c: f"{_pick(p, ('3', '1', '7'), 4)}{p.bhxh[::-1]}{p.bhxh[:3]}",
    "head_bank149": lambda p, c: _pick(p, _VN_BANKS, 5),
    "head_kin_phone149": lambda p, c: _other_phone(p, "03"),
    # Fiji: sugar cane growers
    "fj_grower_no149": lambda p, c: f"{_fj_sector(p)[0][:2].upper()}{p.bhxh[-4:]}",
    "fj_sector149": lambda p, c: _fj_sector(p)[0],
    "fj_mill149": lambda p, c: _fj_sector(p)[1],
    "fj_name149": lambda p, c: (
        f"{_by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, 3)} {_pick(p, _FJ_FAMILY, 2)}"
    ),
    "fj_father149": lambda p, c: _pick(p, _FJ_FATHERS, 5),
    "fj_sex149": lambda p, c: "M" if p.male else "F",
    "fj_tin149": lambda p, c: _fj_tin(p),
    "fj_fnpf149": lambda p, c: f"{p.bhxh[2:8]}{_pick(p, ('A', 'B', 'C'), 6)}",
    "fj_home149": lambda p, c: _pick(p, _FJ_SETTLEMENTS, 4),
    "fj_phone149": lambda p, c: (
        f"{_pick(p, ('9', '7', '8'), 5)}{p.phone[4:6]} {p.phone[6:10]}"
        if int(p.bhxh) % 3
        else f"(679) {_pick(p, ('9', '7', '8'), 5)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "fj_tonnes149": lambda p, c: 120 + int(p.bhxh[-3:]) % 900,
    "fj_lease149": lambda p, c: _pick(p, _FJ_LEASES, 7),
    "fj_lease_no149": lambda p, c: f"{_pick(p, ('TLTB', 'CL', 'CT'), 7)} {p.bhxh[3:8]}",
    "fj_bank149": lambda p, c: _pick(p, _FJ_BANKS, 8),
    # Samoa: the electoral roll
    "ws_voter149": lambda p, c: f"{p.bhxh[-6:]}",
    "ws_matai149": lambda p, c: _pick(p, _WS_MATAI, 3) if p.male else _pick(p, _WS_MATAI, 9),
    "ws_given149": lambda p, c: _by_sex(p, _WS_GIVEN_M, _WS_GIVEN_F, 4),
    "ws_family149": lambda p, c: _pick(p, _WS_FAMILY, 2),
    "ws_sex149": lambda p, c: "Tane" if p.male else "Tamaitai",
    "ws_id149": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:6]}-{p.bhxh[6:]}",
    "ws_village149": lambda p, c: _ws_village(p)[0],
    "ws_const149": lambda p, c: _ws_village(p)[1],
    "ws_phone149": lambda p, c: (
        f"+685 {_pick(p, ('72', '75', '77'), 5)}{p.phone[5:10]}"
        if int(p.bhxh) % 2
        else f"{_pick(p, ('72', '75', '77'), 5)}{p.phone[5]} {p.phone[6:10]}"
    ),
    "ws_booth149": lambda p, c: f"{_pick(p, _WS_BOOTHS, 6)}, {_ws_village(p)[0]}",
    # Tonga: the National Retirement Benefits Fund
    "to_member149": lambda p, c: f"NRBF{p.bhxh[-6:]}",
    "to_family149": lambda p, c: _pick(p, _TO_FAMILY, 2),
    "to_given149": lambda p, c: _by_sex(p, _TO_GIVEN_M, _TO_GIVEN_F, 3),
    "to_sex149": lambda p, c: "T" if p.male else "F",
    "to_id149": lambda p, c: f"{p.birth:%Y}{p.bhxh[-6:]}",
    "to_tin149": lambda p, c: f"{p.bhxh[1:8]}",
    "to_village149": lambda p, c: _to_place(p)[0],
    "to_district149": lambda p, c: _to_place(p)[1],
    "to_phone149": lambda p, c: f"+676 {_pick(p, ('77', '84', '87', '88'), 4)}{p.phone[5:10]}",
    "to_employer149": lambda p, c: _pick(p, _TO_EMPLOYERS, 5),
    "to_contrib149": lambda p, c: f"{(300 + int(p.bhxh[-3:]) % 900) * 0.1:.2f}",
    "to_nominee149": lambda p, c: (
        f"{_pick(p, _TO_GIVEN_F if p.male else _TO_GIVEN_M, 6)} {_pick(p, _TO_FAMILY, 2)}"
        f" ({_by_sex(p, _TO_RELATIONS_M, _TO_RELATIONS_F, 7)})"
    ),
    # Papua New Guinea: the common roll
    "pg_roll_no149": lambda p, c: f"{_num(p, 999):04d}",
    "pg_name149": lambda p, c: (
        f"{_pick(p, _PG_FAMILY, 2).upper()}, {_by_sex(p, _PG_GIVEN_M, _PG_GIVEN_F, 1)}"
    ),
    "pg_sex149": lambda p, c: "M" if p.male else "F",
    "pg_job149": lambda p, c: _pick(p, _PG_JOBS, 3),
    "pg_nid149": lambda p, c: _pg_nid(p),
    "pg_village149": lambda p, c: _pg_roll_place(p)[0],
    "pg_electorate149": lambda p, c: _pg_roll_place(p)[1],
    "pg_province149": lambda p, c: _pg_roll_place(p)[2],
    "pg_phone149": lambda p, c: f"{_pick(p, ('7', '8'), 4)}{p.phone[3:6]}{p.phone[6:10]}",
    "pg_polling149": lambda p, c: _pick(p, _PG_POLLING, 5),
    "pg_remark149": lambda p, c: _pick(p, ("", "", "", "Transferred in", "Name query"), 6),
    # Solomon Islands: scholarship awardees
    "sb_award149": lambda p, c: f"SITESA/{p.other_date:%Y}/{p.bhxh[-4:]}",
    "sb_family149": lambda p, c: _pick(p, _SB_FAMILY, 2),
    "sb_given149": lambda p, c: _by_sex(p, _SB_GIVEN_M, _SB_GIVEN_F, 3),
    "sb_sex149": lambda p, c: "Male" if p.male else "Female",
    "sb_birthcert149": lambda p, c: f"BC{p.birth:%y}/{p.bhxh[-5:]}",
    "sb_village149": lambda p, c: _sb_home(p)[0],
    "sb_ward149": lambda p, c: _sb_home(p)[1],
    "sb_province149": lambda p, c: _sb_home(p)[2],
    "sb_phone149": lambda p, c: (
        f"+677 7{p.phone[4:10]}" if int(p.bhxh) % 2 else f"7{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "sb_school149": lambda p, c: _pick(p, _SB_SCHOOLS, 4),
    "sb_programme149": lambda p, c: _pick(p, _SB_PROGRAMMES, 5),
    "sb_sponsor149": lambda p, c: _pick(p, _SB_SPONSORS, 6),
    "sb_guardian149": lambda p, c: f"{_pick(p, _SB_GIVEN_M, 7)} {_pick(p, _SB_FAMILY, 2)}",
    "sb_guardian_phone149": lambda p, c: f"+677 8{p.bhxh[-6:]}",
}

__all__ = ["WRITERS_BLIND149"]
