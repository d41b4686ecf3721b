"""How the people of the two hundred and thirty-eighth part of the outside corpus (**blind 238**,
:mod:`lienthong.quality._corpus_blind238`) are written: four Vietnamese files' own columns (a
jockey's horse and its owner, a Cham script learner's class, a veteran's unit and front, a barista
learner's group and employer) and the names, boxes, communities, postal codes, phones and numbers
of Canada's North and of Cree and Métis people as their forms write them (the SIN with its Luhn
digit, a Nunavut, Northwest Territories or Yukon health care number, a Cree beneficiary number, an
MMF citizenship card number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("Mông", "Tày", "Dao", "Nùng", "Kinh", "Phù Lá")
_VN_VILLAGES = (
    "Thôn Na Kim, xã Bắc Hà, tỉnh Lào Cai",
    "Thôn Na Hối Tày, xã Bắc Hà, tỉnh Lào Cai",
    "Thôn Lùng Phình, xã Lùng Phình, tỉnh Lào Cai",
    "Thôn Tả Chải, xã Bắc Hà, tỉnh Lào Cai",
    "Thôn Thải Giàng Phố, xã Bản Liền, tỉnh Lào Cai",
)
_VN_HORSES = ("Ô Vân", "Bạch Mã", "Hồng Phong", "Xích Thố", "Gió Núi", "Sao Đỏ")
_VN_HEATS = ("Lượt 1 - Bảng A", "Lượt 1 - Bảng B", "Lượt 2 - Bảng A", "Bán kết", "Lượt 2 - Bảng C")
_CHAM_NAMES = ("Jaya Dam", "Inâ Kaya", "Sakaya", "Thuen Amư", "Po Dharma", "Ka Sa")
_CHAM_VILLAGES = ("Làng Mỹ Nghiệp", "Làng Chất Thường", "Làng Phước Nhơn", "Làng Hữu Đức")
_CHAM_CLASSES = ("Akhar Thrah K12 - Phước Dân", "Akhar Thrah K13 - Phước Hải", "Lớp nâng cao K7")
_CHAM_TEACHERS = ("Thầy Thông Minh Xuân", "Cô Đàng Thị Mỹ", "Thầy Quảng Đại Tuyên")
_CHAM_RESULTS = ("Giỏi", "Khá", "Đạt", "Chưa đạt - học lại", "Khá")
_CCB_UNITS = ("Sư đoàn 304", "Trung đoàn 66 - F304", "Sư đoàn 316", "Lữ đoàn công binh 219")
_CCB_FRONTS = (
    "Quảng Trị 1972",
    "Tây Nguyên 1975",
    "Biên giới phía Bắc 1979",
    "Campuchia 1978-1989",
    "Vị Xuyên, Hà Giang 1984",
)
_CCB_HEALTH = ("Tốt", "Trung bình", "Cần người đi kèm", "Huyết áp cao", "Tốt")
_VN_GROUPS = ("Lao động nông thôn", "Hộ nghèo", "Người khuyết tật", "Hộ cận nghèo", "BĐ xuất ngũ")
_VN_COURSES = ("Pha chế đồ uống K05/2025 (3 tháng)", "Pha chế cà phê - trà sữa K06/2025")
_VN_WORKPLACES = ("Quán Cộng Cà Phê", "Tự mở quán tại nhà", "Highlands Coffee", "Chưa có việc")
#: (family, given in Latin letters, given in syllabics)
_IU_FAMILY = ("Kilabuk", "Akavak", "Pitseolak", "Qaunaq", "Ootoova", "Kusugak", "Angnakak")
_IU_GIVEN_M = (("Sakiasie", "ᓵᑭᐊᓯ"), ("Joanasie", "ᔫᐊᓇᓯ"), ("Mosesie", "ᒨᓯᓯ"), ("Levi", "ᓕᕕ"))
_IU_GIVEN_F = (("Meeka", "ᒦᑲ"), ("Kudloo", "ᑯᓪᓗ"), ("Ooloota", "ᐆᓘᑕ"), ("Qaumariaq", "ᖃᐅᒪᕆᐊᖅ"))
#: (community, postal code, phone area and exchange, hunters and trappers organization)
_NU_PLACES = (
    ("Iqaluit", "X0A 0H0", "867-979", "Amaruq HTO"),
    ("Rankin Inlet", "X0C 0G0", "867-645", "Aqigiq HTO"),
    ("Cambridge Bay", "X0B 0C0", "867-983", "Ekaluktutiak HTO"),
    ("Pond Inlet", "X0A 0S0", "867-899", "Mittimatalik HTO"),
    ("Arviat", "X0C 0E0", "867-857", "Arviat HTO"),
    ("Igloolik", "X0A 0L0", "867-934", "Igloolik HTO"),
)
_NU_EQUIPMENT = (
    "Outboard motor 40 HP",
    "Qamutik materials",
    "Snowmobile track & parts",
    "Canvas tent / Coleman stove",
    "inReach GPS",
    "Rifle .243",
)
#: (mailing address, community, postal code, phone area and exchange)
_NT_PLACES = (
    ("4910 50th Ave", "Yellowknife", "X1A 3S5", "867-873"),
    ("PO Box 412", "Hay River", "X0E 0R0", "867-874"),
    ("PO Box 1788", "Inuvik", "X0E 0T0", "867-777"),
    ("PO Box 96", "Fort Smith", "X0E 0P0", "867-872"),
    ("PO Box 230", "Behchoko", "X0E 0Y0", "867-392"),
    ("5 Franklin Ave Unit 12", "Yellowknife", "X1A 2N7", "867-920"),
    ("PO Box 57", "Fort Simpson", "X0E 0N0", "867-695"),
)
_NT_SCHOOLS = (
    ("Aurora College", "Yellowknife, NT"),
    ("University of Alberta", "Edmonton, AB"),
    ("SAIT", "Calgary, AB"),
    ("University of Saskatchewan", "Saskatoon, SK"),
    ("Aurora College - Thebacha Campus", "Fort Smith, NT"),
)
_NT_PROGRAMS = ("Bachelor of Education", "Practical Nursing", "Heavy Equipment Tech", "BSc Nursing")
#: (street, town, postal code, phone area and exchange)
_YT_PLACES = (
    ("12 Tagish Rd", "Whitehorse", "Y1A 3P7", "867-667"),
    ("407 Hanson St", "Whitehorse", "Y1A 1Y3", "867-668"),
    ("1083 4th Ave", "Dawson City", "Y0B 1G0", "867-993"),
    ("Lot 14 Adela Trail", "Watson Lake", "Y0A 1C0", "867-536"),
    ("138 Kluane St", "Haines Junction", "Y0B 1L0", "867-634"),
    ("General Delivery", "Old Crow", "Y0B 1N0", "867-966"),
    ("22 River Dr", "Carmacks", "Y0B 1C0", "867-863"),
)
_YT_DEST = (
    "Whitehorse General Hospital",
    "Vancouver General Hospital",
    "BC Children's Hospital",
    "Foothills Medical Centre, Calgary",
    "University of Alberta Hospital",
)
#: (community, postal code, phone area and exchange, trapline prefix)
_CREE_PLACES = (
    ("Chisasibi", "J0M 1E0", "819-855", "CH"),
    ("Waskaganish", "J0M 1R0", "819-895", "R"),
    ("Mistissini", "G0W 1C0", "418-923", "M"),
    ("Wemindji", "J0M 1L0", "819-978", "VC"),
    ("Eastmain", "J0M 1W0", "819-977", "EM"),
    ("Waswanipi", "J0Y 3C0", "819-753", "W"),
    ("Whapmagoostui", "J0M 1G0", "819-929", "H"),
)
_CREE_FAMILY = ("Bearskin", "Cheezo", "Diamond", "Mianscum", "Coon Come", "Petawabano", "Neeposh")
_CREE_GIVEN_M = ("Matthew", "Abel", "Isaac", "George", "Willie", "Sinclair")
_CREE_GIVEN_F = ("Sarah", "Emily", "Louisa", "Daisy", "Minnie", "Annie")
_MB_FAMILY = ("Chartrand", "Desjarlais", "Fleury", "Lavallée", "McKay", "Ducharme", "Houle")
_MB_GIVEN_M = ("Louis", "Jean-Marc", "Cody", "Ambroise", "Dale", "Tyler")
_MB_GIVEN_F = ("Marie-Rose", "Brittany", "Cécile", "Danielle", "Jessica", "Kaitlyn")
#: (town, postal code, MMF region, phone area and exchange, local)
_MB_PLACES = (
    ("St. Laurent", "R0C 2S0", "Interlake", "204-646", "Local 118 - St. Laurent"),
    ("Winnipeg", "R2W 3K6", "Winnipeg", "204-589", "Local 21 - Norwood"),
    ("The Pas", "R9A 1K7", "The Pas", "204-623", "Local 55 - The Pas"),
    ("Duck Bay", "R0L 0N0", "Northwest", "204-524", "Local 31 - Duck Bay"),
    ("Brandon", "R7A 2A4", "Southwest", "204-727", "Local 02 - Brandon"),
    ("Thompson", "R8N 0T5", "Thompson", "204-677", "Local 90 - Thompson"),
    ("St. Malo", "R0A 1T0", "Southeast", "204-347", "Local 129 - St. Malo"),
)
_MB_SCHOOLS = (
    "University of Manitoba",
    "University of Winnipeg",
    "Red River College Polytechnic",
    "Brandon University",
    "University College of the North",
)
_MB_PROGRAMS = ("Bachelor of Social Work", "Carpentry Level 1", "Early Childhood Education", "BN")


def _sin(p: Person, lead: int) -> str:
    """A Social Insurance Number ``046 454 286``: the region's first digit, seven more and the
    Luhn digit over the nine."""
    full = _luhn(f"{lead}{p.bhxh[2:9]}")
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _phone(p: Person, area_exchange: str) -> str:
    return f"{area_exchange}-{p.phone[6:10]}"


def _iu_given(p: Person, script: int) -> str:
    return (_IU_GIVEN_M if p.male else _IU_GIVEN_F)[int(p.bhxh) // 12 % 4][script]


def _money(p: Person, low: int, high: int, step: int) -> str:
    amount = low + int(p.bhxh[-6:]) % ((high - low) // step + 1) * step
    return f"{amount:,}.00"


WRITERS_BLIND238: dict[str, Callable[[Person, Col], object]] = {
    "ethnic238": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "village238": lambda p, c: _pick(p, _VN_VILLAGES, 3),
    "horse238": lambda p, c: _pick(p, _VN_HORSES, 4),
    "horse_age238": lambda p, c: f"{_num(p, 9) + 3} tuổi",
    "owner238": lambda p, c: _other_vn(p, 5, male=True),
    "owner_phone238": lambda p, c: _other_phone(p, "03"),
    "heat238": lambda p, c: _pick(p, _VN_HEATS, 6),
    "cham_name238": lambda p, c: _pick(p, _CHAM_NAMES, 2),
    "cham_village238": lambda p, c: _pick(p, _CHAM_VILLAGES, 3),
    "cham_class238": lambda p, c: _pick(p, _CHAM_CLASSES, 4),
    "cham_teacher238": lambda p, c: _pick(p, _CHAM_TEACHERS, 5),
    "cham_result238": lambda p, c: _pick(p, _CHAM_RESULTS, 6),
    "ccb_card238": lambda p, c: f"{p.bhxh[2:8]}/CCB",
    "enlist238": lambda p, c: str(min(p.birth.year + 18, 1988)),
    "unit238": lambda p, c: _pick(p, _CCB_UNITS, 2),
    "front238": lambda p, c: _pick(p, _CCB_FRONTS, 3),
    "branch238": lambda p, c: f"Chi hội CCB thôn {_num(p, 12)}",
    "companion238": lambda p, c: _other_vn(p, 4),
    "comp_phone238": lambda p, c: _other_phone(p),
    "health238": lambda p, c: _pick(p, _CCB_HEALTH, 5),
    "sex_x238": lambda p, c: "" if p.male else "x",
    "group238": lambda p, c: _pick(p, _VN_GROUPS, 2),
    "course238": lambda p, c: _pick(p, _VN_COURSES, 3),
    "fee238": lambda p, c: _pick(p, ("4.500.000", "3.000.000", "6.000.000"), 4),
    "workplace238": lambda p, c: _pick(p, _VN_WORKPLACES, 5),
    "hcn_nu238": lambda p, c: f"1{p.bhxh[1:9]}",
    "benef_nu238": lambda p, c: f"{p.bhxh[3:9]}",
    "family_nu238": lambda p, c: _pick(p, _IU_FAMILY, 2),
    "given_nu238": lambda p, c: _iu_given(p, 0),
    "given_syl_nu238": lambda p, c: _iu_given(p, 1),
    "sex_nu238": lambda p, c: "M" if p.male else "F",
    "box_nu238": lambda p, c: f"Box {_num(p, 1800) + 100}",
    "community_nu238": lambda p, c: _place(p, _NU_PLACES)[0],
    "pc_nu238": lambda p, c: _place(p, _NU_PLACES)[1],
    "phone_nu238": lambda p, c: _phone(p, _place(p, _NU_PLACES)[2]),
    "hto_nu238": lambda p, c: _place(p, _NU_PLACES)[3],
    "equip_nu238": lambda p, c: _pick(p, _NU_EQUIPMENT, 4),
    "amount_nu238": lambda p, c: _money(p, 500, 15000, 250),
    "app_nt238": lambda p, c: f"SFA-25-{p.bhxh[-5:]}",
    "sin_nt238": lambda p, c: _sin(p, 6),
    "hcn_nt238": lambda p, c: f"{_pick(p, ('N', 'D', 'M', 'T', 'H'), 3)}{p.bhxh[1:8]}",
    "sex_nt238": lambda p, c: "Male" if p.male else "Female",
    "street_nt238": lambda p, c: _place(p, _NT_PLACES)[0],
    "community_nt238": lambda p, c: _place(p, _NT_PLACES)[1],
    "pc_nt238": lambda p, c: _place(p, _NT_PLACES)[2],
    "phone_nt238": lambda p, c: _phone(p, _place(p, _NT_PLACES)[3]),
    "school_nt238": lambda p, c: _pick(p, tuple(s for s, _ in _NT_SCHOOLS), 4),
    "school_city_nt238": lambda p, c: _pick(p, tuple(t for _, t in _NT_SCHOOLS), 4),
    "program_nt238": lambda p, c: _pick(p, _NT_PROGRAMS, 5),
    "grant_nt238": lambda p, c: _money(p, 1500, 12000, 500),
    "claim_yt238": lambda p, c: f"MT{p.bhxh[-6:]}",
    "yhcip_yt238": lambda p, c: f"00{p.bhxh[3]}-{p.bhxh[4:7]}-{p.bhxh[7:10]}",
    "sex_yt238": lambda p, c: "M" if p.male else "F",
    "street_yt238": lambda p, c: _place(p, _YT_PLACES)[0],
    "town_yt238": lambda p, c: _place(p, _YT_PLACES)[1],
    "pc_yt238": lambda p, c: _place(p, _YT_PLACES)[2],
    "phone_yt238": lambda p, c: _phone(p, _place(p, _YT_PLACES)[3]),
    "escort_yt238": lambda p, c: (
        "" if int(p.bhxh) % 3 == 0 else f"{_pick(p, _MB_GIVEN_F, 5)} {p.family}"
    ),
    "dest_yt238": lambda p, c: _pick(p, _YT_DEST, 6),
    "subsidy_yt238": lambda p, c: _money(p, 75, 1500, 75),
    "sin_qc238": lambda p, c: _sin(p, 2),
    "benef_qc238": lambda p, c: f"{_place(p, _CREE_PLACES)[3]}-{p.bhxh[-5:]}",
    "family_qc238": lambda p, c: _pick(p, _CREE_FAMILY, 2),
    "given_qc238": lambda p, c: _by_sex(p, _CREE_GIVEN_M, _CREE_GIVEN_F, 1),
    "sex_qc238": lambda p, c: "H" if p.male else "F",
    "community_qc238": lambda p, c: _place(p, _CREE_PLACES)[0],
    "pc_qc238": lambda p, c: _place(p, _CREE_PLACES)[1],
    "phone_qc238": lambda p, c: _phone(p, _place(p, _CREE_PLACES)[2]),
    "trapline_qc238": lambda p, c: f"{_place(p, _CREE_PLACES)[3]}{_num(p, 40):02d}",
    "tallyman_qc238": lambda p, c: f"{_pick(p, _CREE_GIVEN_M, 4)} {_pick(p, _CREE_FAMILY, 5)}",
    "days_qc238": lambda p, c: str(120 + _num(p, 180)),
    "amount_qc238": lambda p, c: _money(p, 6000, 32000, 125),
    "lri_mb238": lambda p, c: f"LRI-{p.bhxh[-4:]}",
    "sin_mb238": lambda p, c: _sin(p, 6),
    "mmf_mb238": lambda p, c: p.bhxh[1:8],
    "family_mb238": lambda p, c: _pick(p, _MB_FAMILY, 2),
    "given_mb238": lambda p, c: _by_sex(p, _MB_GIVEN_M, _MB_GIVEN_F, 1),
    "sex_mb238": lambda p, c: "Male" if p.male else "Female",
    "addr_mb238": lambda p, c: (
        f"{_num(p, 900) + 10} {_pick(p, ('Main St', 'Selkirk Ave', 'Rue Principale'), 3)}, "
        f"{_place(p, _MB_PLACES)[0]}, MB"
    ),
    "pc_mb238": lambda p, c: _place(p, _MB_PLACES)[1],
    "phone_mb238": lambda p, c: _phone(p, _place(p, _MB_PLACES)[3]),
    "region_mb238": lambda p, c: _place(p, _MB_PLACES)[2],
    "local_mb238": lambda p, c: _place(p, _MB_PLACES)[4],
    "school_mb238": lambda p, c: _pick(p, _MB_SCHOOLS, 4),
    "program_mb238": lambda p, c: _pick(p, _MB_PROGRAMS, 5),
    "award_mb238": lambda p, c: _money(p, 500, 5000, 250),
}
