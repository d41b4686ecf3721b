"""How the people of the hundred-and-eightieth part of the outside corpus (**blind 180**,
:mod:`lienthong.quality._corpus_blind180`) are written: four Vietnamese registers' own columns
(volunteers in a phase-3 vaccine trial, households of free migrants asking to be settled in Dak
Nong, nominations for the commemorative medal of the labour and social affairs sector, farmers
signing rice offtake contracts with a cooperative) and Caribbean names, places, phones and numbers
(the Jamaican 9-digit TRN, the Trinidadian 11-digit national ID with the birth date first, the
Barbadian national registration number ``YYMMDD-NNNN``, the Bahamian NIB number, the Guyanese
9-digit national ID card number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind133_writers import _jm_trn, _nanp, _tt_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam
_ARMS = ("Nhóm A (liều 25mcg)", "Nhóm B (liều 50mcg)", "Nhóm C (giả dược)", "Mù đôi")
_REACTIONS = (
    "Không",
    "Đau tại chỗ tiêm",
    "Sốt nhẹ 37,8°C",
    "Mệt mỏi, đau đầu",
    "Không",
    "Sưng nề chỗ tiêm",
)
_TRIAL_STATUS = ("Đang theo dõi", "Hoàn thành", "Rút khỏi nghiên cứu", "Đang theo dõi")
_ETHNIC = ("H'Mông", "Dao", "Tày", "Nùng", "Thái", "Mường", "Kinh")
_ORIGINS = (
    "xã Pa Vệ Sủ, huyện Mường Tè, Lai Châu",
    "xã Tả Van Chư, huyện Bắc Hà, Lào Cai",
    "xã Nậm Pồ, huyện Mường Nhé, Điện Biên",
    "xã Cao Minh, huyện Tràng Định, Lạng Sơn",
    "xã Sơn Vĩ, huyện Mèo Vạc, Hà Giang",
    "xã Tam Hợp, huyện Tương Dương, Nghệ An",
)
_DAKNONG = (
    ("Bon Bu Prâng", "xã Quảng Trực", "huyện Tuy Đức", "tỉnh Đắk Nông"),
    ("Thôn 6", "xã Đắk Ngo", "huyện Tuy Đức", "tỉnh Đắk Nông"),
    ("Thôn Tân Lập", "xã Quảng Hòa", "huyện Đắk Glong", "tỉnh Đắk Nông"),
    ("Bon Phi Mur", "xã Quảng Khê", "huyện Đắk Glong", "tỉnh Đắk Nông"),
    ("Thôn 10", "xã Đắk Búk So", "huyện Tuy Đức", "tỉnh Đắk Nông"),
)
_LAND_SRC = (
    "Lấn chiếm đất rừng",
    "Nhận chuyển nhượng giấy tay",
    "Công ty lâm nghiệp giao khoán",
    "Mượn đất người quen",
    "Chưa có đất",
)
_PLANS = (
    "Ổn định tại chỗ",
    "Bố trí xen ghép vào thôn",
    "Di chuyển vào dự án tập trung",
    "Vận động về quê cũ",
)
_POSTS = (
    "Chuyên viên Phòng LĐ-TB&XH huyện",
    "Công chức VH-XH xã",
    "Giám đốc Trung tâm BTXH tỉnh",
    "Phó Trưởng phòng Người có công, Sở LĐ-TB&XH",
    "Cán bộ không chuyên trách LĐ-TB&XH phường",
    "Nhân viên công tác xã hội, TT Điều dưỡng NCC",
)
_AWARDS = (
    "Bằng khen Bộ trưởng (2019)",
    "Giấy khen UBND huyện (2015, 2020)",
    "Chiến sĩ thi đua cơ sở 3 năm liền",
    "Bằng khen UBND tỉnh (2021)",
    "Chưa",
)
_HOMETOWNS = ("Thái Bình", "Nam Định", "Hà Tĩnh", "Quảng Nam", "Bình Định", "Hưng Yên")
_VARIETIES = ("OM 18", "ST 25", "Đài Thơm 8", "OM 5451", "Jasmine 85", "RVT")
_SEASONS = ("Đông Xuân 2024-2025", "Hè Thu 2025", "Thu Đông 2025")
_FIELDS = (
    "Cánh đồng lớn ấp Mỹ Phước",
    "Thửa 112, tờ bản đồ 7",
    "Kênh Ba Thê",
    "Đồng Bờ Bao Ông Cả",
)

# -- Jamaica
_JM_FAMILY = ("Campbell", "Williams", "Brown", "Reid", "McKenzie", "Gordon", "Ellis", "Bailey")
_JM_GIVEN_M = ("Delroy", "Winston", "Clive", "Everton", "Lascelles", "Uriah")
_JM_GIVEN_F = ("Hyacinth", "Merline", "Icilda", "Pearline", "Gloria", "Beverley")
#: (address, parish)
_JM = (
    ("Lot 14, Seaforth District, Seaforth P.O.", "St. Thomas"),
    ("22 Fort George Road, Morant Bay", "St. Thomas"),
    ("Top Hill District, Santa Cruz P.O.", "St. Elizabeth"),
    ("5 Ferry Lane, Spanish Town", "St. Catherine"),
    ("Cave Valley District, Cave Valley P.O.", "St. Ann"),
    ("17 Orange Street, Kingston", "Kingston"),
)
_JM_CAT = ("Outdoor Poor", "Outdoor Poor", "Infirmary (Indoor)", "Emergency Relief")
_JM_INSP = ("Mr. O. Gayle (Inspector of Poor)", "Mrs. P. Lawrence (IOP)", "Miss K. Dawkins (IOP)")

# -- Trinidad and Tobago
_TT_FAMILY = ("Ramdass", "Mohammed", "Persad", "Maharaj", "Baptiste", "Joseph", "Gopaul", "Alexis")
_TT_GIVEN_M = ("Rajesh", "Kevon", "Anil", "Marlon", "Shiva", "Kerwin")
_TT_GIVEN_F = ("Shivanie", "Keisha", "Anjali", "Natalie", "Candice", "Reshma")
#: (street, town, regional corporation)
_TT = (
    ("LP 45 Caroni Savannah Road", "Chaguanas", "Chaguanas Borough Corporation"),
    ("12 Rahamut Trace", "Penal", "Penal/Debe Regional Corporation"),
    ("#3 Mitchell Street", "Sangre Grande", "Sangre Grande Regional Corporation"),
    ("Lot 9 Cunupia Main Road", "Cunupia", "Couva/Tabaquite/Talparo Regional Corporation"),
    ("27 Eastern Main Road", "Tunapuna", "Tunapuna/Piarco Regional Corporation"),
    ("Lp 8 Moruga Road", "Princes Town", "Princes Town Regional Corporation"),
)
_TT_COND = ("Diabetes", "Hypertension", "Diabetes, Hypertension", "Asthma", "Glaucoma")
_TT_PHARM = (
    ("Superpharm Chaguanas", "Price Plaza, Chaguanas"),
    ("Massy Pharmacy Tunapuna", "Eastern Main Road, Tunapuna"),
    ("Penal Health Centre Pharmacy", "S.S. Erin Road, Penal"),
    ("Grande Pharmacy", "Ojoe Road, Sangre Grande"),
)

# -- Barbados
_BB_FAMILY = ("Greenidge", "Boyce", "Small", "Holder", "Alleyne", "Gittens", "Clarke", "Inniss")
_BB_GIVEN_M = ("Carlisle Anthony", "Wendell", "Grantley", "Keith Ricardo", "Desmond")
_BB_GIVEN_F = ("Ermine Louise", "Marcia", "Yvette Antoinette", "Beverley", "Carmeta")
#: (street, parish, postcode)
_BB = (
    ("Lot 22 Wildey Gardens", "St. Michael", "BB11103"),
    ("Chapel Gap, Bush Hall", "St. Michael", "BB11136"),
    ("#5 Oistins Hill", "Christ Church", "BB17075"),
    ("Bathsheba Road", "St. Joseph", "BB21038"),
    ("Shop Hill", "St. Thomas", "BB22069"),
    ("Speightstown Main Road", "St. Peter", "BB26008"),
)
_BB_CAT = ("Age 65 and over", "Under 18", "Hypertension", "Diabetes", "Asthma", "Glaucoma")
_BB_CLINIC = (
    "Winston Scott Polyclinic",
    "Branford Taitt Polyclinic",
    "Dr. R. Greaves, Warrens",
    "St. Philip Polyclinic",
    "Maurice Byer Polyclinic",
)

# -- The Bahamas
_BS_FAMILY = ("Rolle", "Knowles", "Ferguson", "Cartwright", "Pinder", "Sawyer", "Albury", "Russell")
_BS_GIVEN_M = ("Dwayne", "Leroy", "Kendrick", "Valentino", "Basil")
_BS_GIVEN_F = ("Shavonne", "Lakeisha", "Italia", "Patrice", "Mavis")
#: (street, settlement, island)
_BS = (
    ("Don McKay Blvd", "Marsh Harbour", "Abaco"),
    ("Front Street", "Hope Town", "Abaco"),
    ("Bay Street", "Cooper's Town", "Abaco"),
    ("Queen's Highway", "McLean's Town", "Grand Bahama"),
    ("Pioneer's Loop", "Freeport", "Grand Bahama"),
    ("Coral Road", "High Rock", "Grand Bahama"),
)
_BS_DAMAGE = ("Cat. 1 - minor", "Cat. 2 - roof", "Cat. 3 - major", "Cat. 4 - destroyed")
_BS_CONTRACTOR = ("Pinder's Construction", "Abaco Builders Ltd.", "Homeowner (self-help)", "TBD")
_BS_STATUS = ("Approved", "Inspection pending", "Works complete", "Ineligible - insured")

# -- Guyana
_GY_FAMILY = ("Persaud", "Singh", "Bacchus", "DeSouza", "Fraser", "Williams", "Ramnarine", "Khan")
_GY_GIVEN_M = ("Deonarine", "Shawn", "Mohan", "Trevor", "Rajin", "Colin")
_GY_GIVEN_F = ("Savitri", "Shondell", "Bibi", "Onica", "Leelawattie", "Natasha")
#: (lot and village, region)
_GY = (
    ("Lot 27 Dantzig, Mahaicony", "Region 5"),
    ("Lot 4 Sea View, Mahaica", "Region 4"),
    ("Lot 112 No. 56 Village, Corentyne", "Region 6"),
    ("Lot 9 Anna Regina Housing Scheme, Essequibo Coast", "Region 2"),
    ("Lot 31 Wismar Hill, Linden", "Region 10"),
    ("Lot 6 Cozier Street, Rosignol, West Berbice", "Region 5"),
)
_GY_REGION_NAME = {
    "Region 2": "Region 2 (Pomeroon-Supenaam)",
    "Region 4": "Region 4 (Demerara-Mahaica)",
    "Region 5": "Region 5 (Mahaica-Berbice)",
    "Region 6": "Region 6 (East Berbice-Corentyne)",
    "Region 10": "Region 10 (Upper Demerara-Berbice)",
}
_GY_LOSS = (
    "5 acre rice",
    "2 cow, 30 fowl",
    "Cash crop (bora, boulanger)",
    "None",
    "Household items",
)
_GY_NDC = ("Mahaicony/Abary NDC", "Mahaica/Mahaicony NDC", "Black Bush Polder NDC", "RDC office")
_GY_NOTES = (
    "Water reach she waist, she lose all she fowl",
    "House flood out, dem staying by she sista",
    "He rice field gone under, 5 acre",
    "Old lady living alone, neighbour collect fuh she",
    "",
    "Dem bottom house mash up, need zinc",
    "",
)


def _place(p: Person, places: tuple[_T, ...], salt: int = 1) -> _T:
    return places[int(p.bhxh) // (salt * 13 + 1) % len(places)]


def _name(p: Person, family: _T, male: _T, female: _T) -> str:
    return f"{_by_sex(p, male, female, 1)} {_pick(p, family, 2)}"


def _kin_vn(p: Person) -> str:
    kin = _pick(p, ("vợ", "chồng", "mẹ", "con trai", "chị gái"), 6)
    return f"{_other_vn(p, 5, male=kin in ('chồng', 'con trai'))} ({kin})"


def _gy_phone(p: Person) -> str:
    rest = f"6{p.phone[4:6]}-{p.phone[6:10]}"
    return f"+592 {rest}" if int(p.bhxh) % 3 == 0 else rest


WRITERS_BLIND180: dict[str, Callable[[Person, Col], object]] = {
    # volunteers in a phase-3 vaccine trial
    "tnv_code180": lambda p, c: f"HVQY-03-{p.bhxh[-4:]}",
    "arm180": lambda p, c: _pick(p, _ARMS, 2),
    "reaction180": lambda p, c: _pick(p, _REACTIONS, 3),
    "emerg180": lambda p, c: _kin_vn(p),
    "phone_rel180": lambda p, c: _other_phone(p, "03"),
    "trial_status180": lambda p, c: _pick(p, _TRIAL_STATUS, 4),
    # free migrants in Dak Nong
    "ethnic180": lambda p, c: _pick(p, _ETHNIC, 2),
    "origin180": lambda p, c: _pick(p, _ORIGINS, 3),
    "arrive180": lambda p, c: str(2004 + _num(p, 18)),
    "addr_dn180": lambda p, c: ", ".join(_place(p, _DAKNONG)),
    "hh180": lambda p, c: str(_num(p, 9) + 1),
    "area180": lambda p, c: f"{_num(p, 30) / 10:.1f}".replace(".", ","),
    "land_src180": lambda p, c: _pick(p, _LAND_SRC, 4),
    "plan180": lambda p, c: _pick(p, _PLANS, 5),
    # nominations for the sector's commemorative medal
    "post180": lambda p, c: _pick(p, _POSTS, 2),
    "hometown180": lambda p, c: _pick(p, _HOMETOWNS, 3),
    "years180": lambda p, c: f"{14 + _num(p, 20)} năm",
    "awards180": lambda p, c: _pick(p, _AWARDS, 4),
    # rice offtake contracts
    "contract180": lambda p, c: f"{p.bhxh[-3:]}/2025/HĐBT-HTX",
    "variety180": lambda p, c: _pick(p, _VARIETIES, 2),
    "rice_area180": lambda p, c: f"{_num(p, 50) / 10:.2f}".replace(".", ","),
    "season180": lambda p, c: _pick(p, _SEASONS, 3),
    "yield180": lambda p, c: f"{_num(p, 40) * 0.7:.1f}".replace(".", ","),
    "price180": lambda p, c: f"{6_800 + _num(p, 12) * 100:,}".replace(",", "."),
    "field180": lambda p, c: _pick(p, _FIELDS, 4),
    # Jamaica: a municipal corporation's poor relief register
    "name_jm180": lambda p, c: _name(p, _JM_FAMILY, _JM_GIVEN_M, _JM_GIVEN_F),
    "trn_jm180": lambda p, c: _jm_trn(p),
    "sex_jm180": lambda p, c: "M" if p.male else "F",
    "addr_jm180": lambda p, c: _place(p, _JM)[0],
    "parish_jm180": lambda p, c: _place(p, _JM)[1],
    "phone_jm180": lambda p, c: _nanp(p, "876", "4" if int(p.bhxh) % 2 else "8"),
    "cat_jm180": lambda p, c: _pick(p, _JM_CAT, 3),
    "grant_jm180": lambda p, c: f"${(_num(p, 20) + 10) * 100:,}.00",
    "insp_jm180": lambda p, c: _pick(p, _JM_INSP, 4),
    "kin_jm180": lambda p, c: f"{_pick(p, _JM_GIVEN_F, 5)} {_pick(p, _JM_FAMILY, 6)} (daughter)",
    "kin_phone_jm180": lambda p, c: f"(876) 3{p.bhxh[::-1][:2]}-{p.bhxh[::-1][2:6]}",
    # Trinidad and Tobago: CDAP registered patients
    "family_tt180": lambda p, c: _pick(p, _TT_FAMILY, 2),
    "given_tt180": lambda p, c: _by_sex(p, _TT_GIVEN_M, _TT_GIVEN_F, 1),
    "id_tt180": lambda p, c: _tt_id(p),
    "sex_tt180": lambda p, c: "Male" if p.male else "Female",
    "street_tt180": lambda p, c: _place(p, _TT)[0],
    "town_tt180": lambda p, c: _place(p, _TT)[1],
    "corp_tt180": lambda p, c: _place(p, _TT)[2],
    "phone_tt180": lambda p, c: _nanp(p, "868", "7" if int(p.bhxh) % 2 else "3"),
    "cdap_tt180": lambda p, c: f"CDAP/{p.bhxh[-6:]}",
    "cond_tt180": lambda p, c: _pick(p, _TT_COND, 3),
    "pharm_tt180": lambda p, c: _place(p, _TT_PHARM, 2)[0],
    "pharm_addr_tt180": lambda p, c: _place(p, _TT_PHARM, 2)[1],
    # Barbados: Barbados Drug Service special benefit cards
    "bds_bb180": lambda p, c: f"SB{p.bhxh[-7:]}",
    "family_bb180": lambda p, c: _pick(p, _BB_FAMILY, 2).upper(),
    "given_bb180": lambda p, c: _by_sex(p, _BB_GIVEN_M, _BB_GIVEN_F, 1),
    "nrn_bb180": lambda p, c: f"{p.birth:%y%m%d}-{p.bhxh[-4:]}",
    "sex_bb180": lambda p, c: "M" if p.male else "F",
    "street_bb180": lambda p, c: _place(p, _BB)[0],
    "parish_bb180": lambda p, c: _place(p, _BB)[1],
    "post_bb180": lambda p, c: _place(p, _BB)[2],
    "phone_bb180": lambda p, c: _nanp(p, "246", "4" if int(p.bhxh) % 2 else "2"),
    "cat_bb180": lambda p, c: _pick(p, _BB_CAT, 3),
    "clinic_bb180": lambda p, c: _pick(p, _BB_CLINIC, 4),
    # The Bahamas: Dorian small home repair programme
    "app_bs180": lambda p, c: f"DRA-SHR-{p.bhxh[-5:]}",
    "name_bs180": lambda p, c: _name(p, _BS_FAMILY, _BS_GIVEN_M, _BS_GIVEN_F),
    "nib_bs180": lambda p, c: f"{p.bhxh[2:10]}",
    "sex_bs180": lambda p, c: "M" if p.male else "F",
    "street_bs180": lambda p, c: _place(p, _BS)[0],
    "settle_bs180": lambda p, c: _place(p, _BS)[1],
    "island_bs180": lambda p, c: _place(p, _BS)[2],
    "phone_bs180": lambda p, c: _nanp(p, "242", "5" if int(p.bhxh) % 2 else "4"),
    "damage_bs180": lambda p, c: _pick(p, _BS_DAMAGE, 3),
    "insured_bs180": lambda p, c: _pick(p, ("No", "No", "Yes", "Partial"), 4),
    "cost_bs180": lambda p, c: f"B${(_num(p, 30) + 2) * 1000:,}.00",
    "contractor_bs180": lambda p, c: _pick(p, _BS_CONTRACTOR, 5),
    "status_bs180": lambda p, c: _pick(p, _BS_STATUS, 6),
    # Guyana: flood relief cash grant
    "name_gy180": lambda p, c: _name(p, _GY_FAMILY, _GY_GIVEN_M, _GY_GIVEN_F).upper(),
    "id_gy180": lambda p, c: f"{_pick(p, ('1', '0', '1'), 4)}{p.bhxh[2:10]}",
    "sex_gy180": lambda p, c: "M" if p.male else "F",
    "addr_gy180": lambda p, c: _place(p, _GY)[0],
    "region_gy180": lambda p, c: _GY_REGION_NAME[_place(p, _GY)[1]],
    "phone_gy180": lambda p, c: _gy_phone(p),
    "hh_gy180": lambda p, c: str(_num(p, 8)),
    "loss_gy180": lambda p, c: _pick(p, _GY_LOSS, 3),
    "grant_gy180": lambda p, c: f"G${_pick(p, ('50,000', '50,000', '100,000'), 4)}",
    "ndc_gy180": lambda p, c: _pick(p, _GY_NDC, 5),
    "note_gy180": lambda p, c: _pick(p, _GY_NOTES, 6),
}
