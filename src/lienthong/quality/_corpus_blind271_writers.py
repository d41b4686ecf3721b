"""How the people of the two-hundred-and-seventy-first part of the outside corpus (**blind 271**,
:mod:`lienthong.quality._corpus_blind271`) are written: four Vietnamese files' own columns (a
cage fish farm's mass fish death, an official passport request, a student's Tet flight home, a
worker's paid stoppage) and names, places, phones and numbers of the Maldives (the ``A`` card,
house and island, ``+960`` phones), of Sri Lanka's Northern and Eastern provinces (the old NIC of
nine digits with its mod-11 digit and ``V``, the new twelve-digit one, ``07x`` phones) and of
Lakshadweep (the Aadhaar with its Verhoeff digit, the island, the ``6825xx`` PIN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _nic_lk
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _aadhaar
from lienthong.quality._corpus_blind67_writers import _mv_name, _row
from lienthong.quality._corpus_blind70_writers import _sri_lanka_nic
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind151_writers import _mv_phone
from lienthong.quality._corpus_blind216_writers import _mv_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: cage fish farms hit by a mass fish death on the river -------------------------------
_VN_CAGE_HAMLETS = ("Thôn Vạn Yên", "Xóm Bè", "Thôn Đông Hòa", "Xóm Chài", "Thôn Bến Đò")
_VN_CAGE_SITES = (
    "Sông Mã đoạn qua bến đò Vạn Yên",
    "Ngã ba sông Bưởi",
    "Sông Chu - khu bè thôn Đông Hòa",
    "Hạ lưu đập tràn",
)
_VN_CAGE_FISH = ("Cá lăng", "Cá diêu hồng", "Cá trắm cỏ", "Cá rô phi", "Cá chép", "Cá lăng + trắm")
# -- Vietnam: official and diplomatic passports asked for through the foreign affairs office ----
_VN_PP_PROVINCES = ("Thanh Hóa", "Nghệ An", "Hà Nội", "Nam Định", "Thái Bình", "Hải Dương")
_VN_PP_POSTS = ("Phó Giám đốc Sở", "Trưởng phòng", "Chuyên viên", "Phó Chủ tịch UBND huyện")
_VN_PP_AGENCIES = (
    "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương",
    "UBND huyện Quảng Xương",
    "Văn phòng UBND tỉnh",
    "Sở Văn hóa, Thể thao và Du lịch",
)
_VN_PP_KINDS = ("Hộ chiếu công vụ", "Hộ chiếu công vụ", "Hộ chiếu ngoại giao", "Gia hạn HCCV")
_VN_PP_COUNTRIES = ("Lào", "Hàn Quốc", "Nhật Bản", "Trung Quốc", "Thái Lan", "Pháp")
_VN_PP_PURPOSES = ("Công tác", "Xúc tiến đầu tư", "Hội nghị", "Học tập, khảo sát", "Đàm phán")
# -- Vietnam: students given a flight home for Tet ----------------------------------------------
_VN_TET_SCHOOLS = (
    ("ĐH Bách khoa - ĐHQG TP.HCM", "BK"),
    ("ĐH Kinh tế TP.HCM", "UEH"),
    ("ĐH Sư phạm TP.HCM", "SP"),
    ("ĐH Nông Lâm TP.HCM", "NL"),
    ("ĐH Y Dược TP.HCM", "YD"),
)
_VN_TET_ROUTES = ("SGN - HAN", "SGN - VII", "SGN - THD", "SGN - VDH", "SGN - DAD", "SGN - HPH")
_VN_TET_CASES = ("Hộ nghèo", "Hộ cận nghèo", "Mồ côi cha", "Vùng lũ", "Hoàn cảnh khó khăn")
# -- Vietnam: workers paid for a stoppage when the factory ran out of orders -------------------
_VN_STOP_SECTIONS = ("Chuyền may 3", "Chuyền may 7", "Tổ cắt", "Tổ hoàn thiện", "Kho NPL", "QC")
_VN_STOP_BANKS = ("Vietinbank", "BIDV", "Agribank", "Vietcombank")

# -- Maldives: voters re-registering to vote away from their island, and Hajj pilgrims ---------
#: (house, atoll code, island, atoll)
_MV_HOMES = (
    ("Maahuvadhuge", "Th.", "Thimarafushi", "Thaa"),
    ("Vaarey Villa", "Gdh.", "Thinadhoo", "Gaafu Dhaalu"),
    ("Dhilkashge", "Lh.", "Naifaru", "Lhaviyani"),
    ("Finifenmaage", "N.", "Velidhoo", "Noonu"),
    ("Hudhuge", "R.", "Ungoofaaru", "Raa"),
    ("Beach Rose", "Gn.", "Fuvahmulah", "Gnaviyani"),
)
_MV_BOXES = (
    "Male' - Maafannu (T-05)",
    "Male' - Henveiru (T-02)",
    "Hulhumale' Phase 2 (T-21)",
    "Addu - Hithadhoo (S-11)",
    "Vilimale' (T-30)",
)
_MV_RE_STATUS = ("Approved", "Approved", "Pending", "Rejected - ID mismatch", "Approved")
_MV_PACKAGES = ("Economy", "Standard", "Standard", "Premium")
_MV_MAHRAM = ("Husband", "Son", "Brother", "Father")
_MV_MAHRAM_NAMES = (
    "Ahmed Rasheed",
    "Mohamed Naseem",
    "Ibrahim Shareef",
    "Ali Waheed",
    "Hussain Adam",
)
# -- Sri Lanka (Northern): LDO state land permits in Vavuniya and Kilinochchi -------------------
#: (village, GN division with its number, DS division, district)
_LK_LAND = (
    ("Nedunkerny", "V/67 Nedunkerny North", "Vavuniya North", "Vavuniya"),
    ("Poonthoddam", "V/203 Poonthoddam", "Vavuniya", "Vavuniya"),
    ("Akkarayan", "KN/14 Akkarayankulam", "Karachchi", "Kilinochchi"),
    ("Uruthirapuram", "KN/18 Uruthirapuram North", "Karachchi", "Kilinochchi"),
    ("Pallai", "KN/70 Pallai Town", "Pachchilaipalli", "Kilinochchi"),
)
_LK_FATHERS = ("Sinnathamby", "Ponnuthurai", "Arumugam", "Velupillai", "Kanagaratnam", "Murugesu")
_LK_GIVEN_M = ("Sivapalan", "Jeyakumar", "Thavarasa", "Kugathasan", "Ratnasingam", "Yogeswaran")
_LK_GIVEN_F = ("Pushpavathy", "Selvarani", "Thavamani", "Kamaladevi", "Sivagowri", "Nageswary")
_LK_LAND_KIND = ("Highland / மேட்டுநிலம்", "Paddy / வயல்", "Residential / குடியிருப்பு")
_LK_LAND_STATUS = ("Permit", "Grant issued", "Permit", "Succession pending", "Cancelled")
# -- Sri Lanka (Eastern): three-wheeler permits in Trincomalee and Batticaloa ------------------
#: (street, town, district)
_LK_EAST = (
    ("Main Street", "Trincomalee", "Trincomalee"),
    ("Dockyard Road", "Trincomalee", "Trincomalee"),
    ("Kinniya Road", "Kinniya", "Trincomalee"),
    ("Bar Road", "Batticaloa", "Batticaloa"),
    ("Main Street", "Kattankudy", "Batticaloa"),
    ("Trinco Road", "Eravur", "Batticaloa"),
)
_LK_EAST_M = ("M.H. Mohamed Rizwan", "A.L. Ahamed Lebbe", "K. Sivanesan", "T. Kirushanth")
_LK_EAST_F = ("A.R. Fathima Rifka", "S. Yogarani", "P. Sumithra", "K. Kavitha", "M.N. Nusrath")
_LK_EAST_STANDS = ("Central Bus Stand", "Hospital Junction", "Clock Tower", "Railway Station")
_LK_TW_MAKES = ("Bajaj RE 4S", "Bajaj RE 2S", "TVS King", "Piaggio Ape")
# -- Lakshadweep: passengers booked on the island ships ----------------------------------------
#: (island, PIN, house name)
_LD_ISLANDS = (
    ("Kavaratti", "682555", "Puthiyapura House"),
    ("Agatti", "682553", "Cheriyapura"),
    ("Amini", "682552", "Kunnanganam"),
    ("Andrott", "682551", "Pandarathinte Puthiyaillam"),
    ("Kalpeni", "682557", "Thekkillam"),
    ("Kiltan", "682558", "Kadappuram House"),
    ("Minicoy", "682559", "Fallessery"),
)
_LD_GIVEN_M = ("Mohammed Koya", "Abdul Khader", "Kunhikoya", "Hamsakoya", "Attakoya", "Sayed Ali")
_LD_GIVEN_F = ("Aysha Beebi", "Fathimabi", "Kunhibi", "Safiya", "Ummukulsu", "Haleemath")
_LD_SECOND = ("K.", "P.", "C.", "T.P.", "M.", "K.K.")
_LD_SHIPS = ("MV Kavaratti", "MV Corals", "MV Lagoons", "MV Arabian Sea", "MV Lakshadweep Sea")
_LD_PORTS = ("Kochi", "Kochi", "Beypore", "Mangaluru", "Kavaratti")
_LD_CLASS = ("Bunk", "Bunk", "Second class", "First class", "Bunk")


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=_num(p, span))


def _mv_home(p: Person) -> tuple[str, ...]:
    return _row(p, _MV_HOMES, 11)


def _lk_land(p: Person) -> tuple[str, ...]:
    return _row(p, _LK_LAND, 7)


def _lk_east(p: Person) -> tuple[str, ...]:
    return _row(p, _LK_EAST, 13)


def _ld(p: Person) -> tuple[str, ...]:
    return _row(p, _LD_ISLANDS, 5)


def _lk_phone(p: Person) -> str:
    return f"07{_pick(p, ('7', '6', '1', '5', '0'), 4)}{p.bhxh[-7:]}"


def _lk_mixed_nic(p: Person) -> str:
    """People born before 2000 mostly still carry the old card; the others the new one."""
    return _nic_lk(p) if p.birth.year < 2000 and int(p.bhxh[-2]) % 4 else _sri_lanka_nic(p)


def _ld_name(p: Person) -> str:
    return f"{_pick(p, _LD_SECOND, 3)} {_by_sex(p, _LD_GIVEN_M, _LD_GIVEN_F, 2)}"


def _tet_school(p: Person) -> tuple[str, ...]:
    return _row(p, _VN_TET_SCHOOLS, 3)


def _loss(p: Person) -> int:
    return 150 + _num(p, 60) * 25


WRITERS_BLIND271: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: cage fish farms
    "cage_hamlet271": lambda p, c: _pick(p, _VN_CAGE_HAMLETS, 2),
    "cage_site271": lambda p, c: _pick(p, _VN_CAGE_SITES, 3),
    "cage_count271": lambda p, c: 1 + _num(p, 8),
    "cage_volume271": lambda p, c: (1 + _num(p, 8)) * 54,
    "cage_species271": lambda p, c: _pick(p, _VN_CAGE_FISH, 4),
    "cage_loss271": lambda p, c: _loss(p),
    "cage_rate271": lambda p, c: _pick(p, ("> 70%", "30 - 70%", "> 70%", "100%"), 5),
    "cage_support271": lambda p, c: _dotted(_loss(p) * 35_000),
    "cage_officer271": lambda p, c: _other_vn(p, 6),
    # Vietnam: official passports
    "pp_birthplace271": lambda p, c: _pick(p, _VN_PP_PROVINCES, 2),
    "pp_post271": lambda p, c: _pick(p, _VN_PP_POSTS, 3),
    "pp_agency271": lambda p, c: _pick(p, _VN_PP_AGENCIES, 4),
    "pp_kind271": lambda p, c: _pick(p, _VN_PP_KINDS, 5),
    "pp_old271": lambda p, c: f"C{p.bhxh[-7:]}" if int(p.bhxh) % 3 else "",
    "pp_country271": lambda p, c: _pick(p, _VN_PP_COUNTRIES, 6),
    "pp_purpose271": lambda p, c: _pick(p, _VN_PP_PURPOSES, 7),
    "pp_trip271": lambda p, c: (
        f"{_day(p, date(2026, 3, 2), 200):%d/%m} - {_day(p, date(2026, 3, 9), 200):%d/%m/%Y}"
    ),
    # Vietnam: students' Tet flights
    "tet_mssv271": lambda p, c: f"2{_pick(p, ('2', '3', '4', '5'), 2)}{p.bhxh[-6:]}",
    "tet_school271": lambda p, c: _tet_school(p)[0],
    "tet_class271": lambda p, c: f"{_tet_school(p)[1]}K{46 + _num(p, 4)}-{_num(p, 9):02d}",
    "tet_case271": lambda p, c: _pick(p, _VN_TET_CASES, 4),
    "tet_route271": lambda p, c: _pick(p, _VN_TET_ROUTES, 5),
    "tet_pnr271": lambda p, c: (
        "".join("ABCDEFGHJKLMNPQRSTUVWXYZ"[int(p.bhxh[i : i + 2]) % 24] for i in range(0, 10, 2))
        + p.bhxh[-1]
    ),
    "tet_fare271": lambda p, c: _dotted(1_890_000 + _num(p, 40) * 50_000),
    "tet_parent_phone271": lambda p, c: _other_phone(p, "08"),
    "tet_unit271": lambda p, c: (
        f"Liên chi hội {_pick(p, ('Khoa CNTT', 'Khoa Kinh tế', 'KTX B'), 6)}"
    ),
    # Vietnam: paid stoppage
    "stop_section271": lambda p, c: _pick(p, _VN_STOP_SECTIONS, 2),
    "stop_contract271": lambda p, c: f"{p.bhxh[-4:]}/2024/HĐLĐ-MHT",
    "stop_end271": lambda p, c: f"{p.other_date + timedelta(days=3 + _num(p, 20)):%d-%m-%Y}",
    "stop_days271": lambda p, c: 3 + _num(p, 20),
    "stop_pay271": lambda p, c: _dotted((3 + _num(p, 20)) * 180_000),
    "stop_bank271": lambda p, c: f"{_pick(p, _VN_STOP_BANKS, 3)} - {p.bhxh[::-1]}",
    # Maldives: voter re-registration
    "mv_latin271": lambda p, c: _mv_name(p, 0),
    "mv_thaana271": lambda p, c: _mv_name(p, 1),
    "mv_id271": lambda p, c: _mv_id(p),
    "sex_mv271": lambda p, c: "ފިރިހެން" if p.male else "އަންހެން",
    "mv_addr271": lambda p, c: f"{_mv_home(p)[0]}, {_mv_home(p)[1]} {_mv_home(p)[2]}",
    "mv_atoll271": lambda p, c: _mv_home(p)[3],
    "mv_island271": lambda p, c: _mv_home(p)[2],
    "mv_phone271": lambda p, c: _mv_phone(p),
    "mv_box271": lambda p, c: _pick(p, _MV_BOXES, 3),
    "mv_form271": lambda p, c: f"EC/RR/2026/{p.bhxh[-5:]}",
    "mv_status271": lambda p, c: _pick(p, _MV_RE_STATUS, 4),
    # Maldives: Hajj pilgrims
    "hj_sex271": lambda p, c: "M" if p.male else "F",
    "hj_passport271": lambda p, c: f"LA{p.bhxh[-7:]}",
    "hj_package271": lambda p, c: _pick(p, _MV_PACKAGES, 5),
    "hj_group271": lambda p, c: f"Group {1 + _num(p, 12)}",
    "hj_mahram271": lambda p, c: (
        "" if p.male else f"{_pick(p, _MV_MAHRAM_NAMES, 7)} ({_pick(p, _MV_MAHRAM, 6)})"
    ),
    "hj_paid271": lambda p, c: f"MVR {_dotted(25_000 + _num(p, 30) * 1_000).replace('.', ',')}",
    # Sri Lanka (Northern): land permits
    "ln_permit271": lambda p, c: f"LDO/{_lk_land(p)[3][:3].upper()}/{p.bhxh[-5:]}",
    "ln_name271": lambda p, c: (
        f"{_pick(p, _LK_FATHERS, 2)} {_by_sex(p, _LK_GIVEN_M, _LK_GIVEN_F, 3)}"
    ),
    "ln_nic271": lambda p, c: _nic_lk(p) if p.birth.year < 2000 else _sri_lanka_nic(p),
    "sex_lk271": lambda p, c: "ஆண்" if p.male else "பெண்",
    "ln_addr271": lambda p, c: f"No. {_num(p, 90)}, {_lk_land(p)[0]}, {_lk_land(p)[3]}",
    "ln_gn271": lambda p, c: _lk_land(p)[1],
    "ln_ds271": lambda p, c: _lk_land(p)[2],
    "ln_phone271": lambda p, c: _lk_phone(p),
    "ln_lot271": lambda p, c: f"Lot {_num(p, 300)}, FVP {_num(p, 900)}",
    "ln_extent271": lambda p, c: f"{_pick(p, ('0', '1', '2'), 4)}A {_num(p, 3)}R {_num(p, 39)}P",
    "ln_kind271": lambda p, c: _pick(p, _LK_LAND_KIND, 5),
    "ln_successor271": lambda p, c: (
        f"{_by_sex(p, _LK_GIVEN_F, _LK_GIVEN_M, 6)} ({_pick(p, ('Spouse', 'Son', 'Daughter'), 7)})"
    ),
    "ln_status271": lambda p, c: _pick(p, _LK_LAND_STATUS, 8),
    # Sri Lanka (Eastern): three-wheeler permits
    "tw_name271": lambda p, c: _by_sex(p, _LK_EAST_M, _LK_EAST_F, 2),
    "tw_nic271": lambda p, c: _lk_mixed_nic(p),
    "tw_addr271": lambda p, c: f"{_num(p, 150)}/{_num(p, 9)}, {_lk_east(p)[0]}, {_lk_east(p)[1]}",
    "tw_town271": lambda p, c: _lk_east(p)[1],
    "tw_police271": lambda p, c: f"{_lk_east(p)[1]} Police / {_lk_east(p)[2]} Div.",
    "tw_phone271": lambda p, c: _lk_phone(p),
    "tw_permit271": lambda p, c: f"EP/RPTA/3W/{p.bhxh[-6:]}",
    "tw_plate271": lambda p, c: f"EP {_pick(p, ('QA', 'QB', 'AAK', 'ABE', 'YX'), 3)}-{p.bhxh[-4:]}",
    "tw_make271": lambda p, c: _pick(p, _LK_TW_MAKES, 4),
    "tw_licence271": lambda p, c: f"B{p.bhxh[-7:]}",
    "tw_stand271": lambda p, c: f"{_lk_east(p)[1]} {_pick(p, _LK_EAST_STANDS, 5)}",
    "tw_meter271": lambda p, c: _pick(p, ("ஆம் / Yes", "இல்லை / No", "ஆம் / Yes"), 6),
    # Lakshadweep: ship passengers
    "ld_ticket271": lambda p, c: f"LDP{p.updated:%y%m}{p.bhxh[-6:]}",
    "ld_name271": lambda p, c: _ld_name(p),
    "ld_aadhaar271": lambda p, c: _aadhaar(p),
    "sex_ld271": lambda p, c: "പുരുഷൻ" if p.male else "സ്ത്രീ",
    "ld_addr271": lambda p, c: f"{_ld(p)[2]}, {_ld(p)[0]} Island, U.T. of Lakshadweep",
    "ld_island271": lambda p, c: _ld(p)[0],
    "ld_pin271": lambda p, c: _ld(p)[1],
    "ld_phone271": lambda p, c: f"+91 {_pick(p, ('94', '95', '70', '81'), 4)}{p.bhxh[-8:]}",
    "ld_ship271": lambda p, c: _pick(p, _LD_SHIPS, 5),
    "ld_from271": lambda p, c: _pick(p, _LD_PORTS, 6),
    "ld_class271": lambda p, c: _pick(p, _LD_CLASS, 7),
    "ld_fare271": lambda p, c: f"₹ {_pick(p, ('220', '440', '1,240', '2,890'), 7)}",
    "ld_permit271": lambda p, c: _pick(
        p, ("Islander", "Islander", "Islander", "Govt. employee"), 8
    ),
    "ld_escort271": lambda p, c: "" if int(p.bhxh) % 4 else f"{_pick(p, _LD_GIVEN_M, 9)} (Father)",
}

__all__ = ["WRITERS_BLIND271"]
