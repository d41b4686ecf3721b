"""How the people of the thirty-seventh part of the outside corpus (**blind 37**,
:mod:`lienthong.quality._corpus_blind37`) are written: four Vietnamese files' own columns (a death
registration's number, book, place and cause of death, the declarant, the relation and the
declarant's CCCD, the justice officer; a vaccine, dose, lot, site and its address, the nurse; a
driving licence's class, number, expiry and issuing authority; a parking card, the unit, block,
plate, vehicle and fee) and British, American, Nigerien, Palauan and Saint Lucian names,
addresses, phones and identity numbers in the forms their cards show (the NHS number carries its
modulus 11 check digit, the National Insurance number its valid prefix and suffix letter, the SSN
its valid area, group and serial; the Nigerien identity card, the Palauan passport and the Saint
Lucian national ID number publish no check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEATH_PLACES = (
    "Tại nhà",
    "Bệnh viện Chợ Rẫy",
    "Bệnh viện Nhân dân 115",
    "Bệnh viện Thống Nhất",
    "Trung tâm Y tế quận",
)
_VN_CAUSES = ("Bệnh già", "Ung thư phổi", "Đột quỵ", "Suy tim", "Tai nạn giao thông", "Bệnh")
_VN_RELATIONS = ("Con", "Con trai", "Con gái", "Vợ", "Chồng", "Cháu nội", "Anh ruột")
_VN_VACCINES = (
    "Vaxigrip Tetra (Cúm)",
    "Gardasil 9 (HPV)",
    "Heberbiovac HB (Viêm gan B)",
    "Adacel (Uốn ván-Bạch hầu-Ho gà)",
    "Prevenar 13 (Phế cầu)",
    "Shingrix (Zona)",
    "Verorab (Dại)",
)
#: (site, its address)
_VN_SITES = (
    ("Trung tâm tiêm chủng VNVC Hoàng Văn Thụ", "198 Hoàng Văn Thụ, P. Phú Nhuận, TP.HCM"),
    ("Trung tâm Y tế Quận 3", "101 Lê Văn Sỹ, P. Nhiêu Lộc, TP.HCM"),
    ("Phòng tiêm chủng Long Châu", "379-381 Hai Bà Trưng, P. Xuân Hòa, TP.HCM"),
    ("Viện Pasteur TP.HCM", "167 Pasteur, P. Xuân Hòa, TP.HCM"),
    ("Trạm Y tế phường Bến Thành", "45 Lê Thánh Tôn, P. Bến Thành, TP.HCM"),
)
_VN_REACTIONS = ("Không", "Không", "Không", "Sốt nhẹ", "Đau chỗ tiêm", "Mệt mỏi")
_VN_CLASSES = ("A1", "A", "B", "B1", "C1", "C", "D2", "BE")
_VN_AUTHORITIES = (
    "Sở GTVT TP. Hồ Chí Minh",
    "Sở Xây dựng TP. Hồ Chí Minh",
    "Phòng CSGT Công an TP. Hồ Chí Minh",
    "Cục Đường bộ Việt Nam",
)
_VN_KINDS = ("Cấp mới", "Cấp đổi", "Cấp lại", "Nâng hạng")
_VN_BLOCKS = ("A", "B", "C", "S1", "S2", "T3")
#: (vehicle, plate series, fee)
_VN_VEHICLES = (
    ("Xe máy", "59-X1", "120.000"),
    ("Xe máy", "59-G2", "120.000"),
    ("Xe máy điện", "59-MĐ1", "100.000"),
    ("Ô tô", "51K", "1.500.000"),
    ("Ô tô", "51H", "1.500.000"),
    ("Xe đạp", "", "50.000"),
)
_VN_COLOURS = ("Đen", "Trắng", "Đỏ", "Xanh", "Xám", "Bạc")
_VN_NOTES = ("", "", "", "Thẻ cấp lại", "Xe khách thuê", "Đã nộp phí năm")
_GB_FAMILY = ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Patel", "Khan")
_GB_GIVEN_M = ("Oliver", "George", "Harry", "David John", "Mohammed", "Thomas", "Gareth")
_GB_GIVEN_F = ("Olivia", "Amelia", "Margaret Ann", "Sophie", "Isla", "Jean", "Priya")
#: (street, town, postcode area)
_GB_PLACES = (
    ("Station Road", "Reading", "RG1"),
    ("Church Lane", "Norwich", "NR3"),
    ("Victoria Street", "Leeds", "LS6"),
    ("High Street", "Bristol", "BS7"),
    ("Park Avenue", "Leicester", "LE2"),
    ("Mill Close", "Exeter", "EX4"),
)
_GB_GP = ("The Surgery, Station Rd", "Parkside Medical Centre", "Riverside Health Centre")
_POST_LETTERS = tuple("ABDEFGHJLNPQRSTUWXYZ")
_NINO_PREFIXES = ("AB", "CE", "JK", "NP", "SH", "WL", "PR", "YH", "EH", "TR")
_US_FAMILY = ("Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson")
_US_GIVEN_M = ("James", "Michael", "Robert", "Carlos", "William", "Daniel", "Tyrone")
_US_GIVEN_F = ("Mary", "Jennifer", "Linda", "Maria", "Ashley", "Jessica", "Keisha")
#: (street, city, state, zip prefix)
_US_PLACES = (
    ("Maple Ave", "Springfield", "IL", "627"),
    ("Oak St", "Columbus", "OH", "432"),
    ("Elm Dr", "Austin", "TX", "787"),
    ("Pine Rd", "Fresno", "CA", "937"),
    ("Cedar Ln", "Albany", "NY", "122"),
    ("Washington Blvd", "Tampa", "FL", "336"),
)
_US_PAYERS = ("Medicaid", "Medicare Part B", "Blue Cross Blue Shield", "Aetna", "Self-pay")
_NE_FAMILY = ("ISSOUFOU", "MAHAMADOU", "OUMAROU", "BAZOUM", "ABDOU", "HAMANI", "SEYNI", "MOUSSA")
_NE_GIVEN_M = ("Moussa", "Abdoulaye", "Boubacar", "Ibrahim", "Souleymane", "Hassane")
_NE_GIVEN_F = ("Aïssata", "Mariama", "Zeinabou", "Hadiza", "Rabi", "Fatouma")
#: (quartier, commune, région)
_NE_PLACES = (
    ("Quartier Plateau", "Niamey I", "Niamey"),
    ("Quartier Lazaret", "Niamey II", "Niamey"),
    ("Quartier Talladjé", "Niamey IV", "Niamey"),
    ("Quartier Zongo", "Maradi II", "Maradi"),
    ("Quartier Sabon Gari", "Zinder I", "Zinder"),
    ("Quartier Dagamanet", "Agadez", "Agadez"),
)
_NE_EMPLOYERS = ("NIGELEC", "SONIDEP", "Orano Mining", "Airtel Niger", "Ministère de la Santé")
_PW_FAMILY = ("Remengesau", "Ngiraked", "Tmetuchl", "Rengiil", "Olkeriil", "Kesolei", "Ngirmang")
_PW_GIVEN_M = ("Tommy", "Kuniwo", "Johnson", "Surangel", "Hersey", "Lazarus")
_PW_GIVEN_F = ("Sandra", "Faustina", "Debbie", "Gloria", "Ilebrang", "Yolanda")
#: (hamlet, state)
_PW_PLACES = (
    ("Ngermid", "Koror"),
    ("Meketii", "Koror"),
    ("Idid", "Koror"),
    ("Ngerkebesang", "Koror"),
    ("Ngetkib", "Airai"),
    ("Ngeremlengui", "Ngeremlengui"),
    ("Melekeok", "Melekeok"),
)
_PW_EMPLOYERS = ("ROP Government", "PPUC", "Palau Pacific Resort", "Surangel & Sons", "BPC")
_LC_FAMILY = ("Joseph", "St. Rose", "Charles", "Alexander", "Auguste", "Emmanuel", "Jn Baptiste")
_LC_GIVEN_M = ("Kervin", "Marcus", "Jerome", "Darren", "Vincent", "Allan")
_LC_GIVEN_F = ("Marcia", "Shanice", "Cheryl", "Natasha", "Vernetta", "Kimberly")
#: (address, quarter)
_LC_PLACES = (
    ("Sunny Acres", "Castries"),
    ("La Clery", "Castries"),
    ("Bois d'Orange", "Gros Islet"),
    ("Monchy", "Gros Islet"),
    ("Augier", "Vieux Fort"),
    ("Ciceron", "Castries"),
    ("Babonneau", "Babonneau"),
)
_LC_EMPLOYERS = ("Sandals Grande", "LUCELEC", "WASCO", "Government of Saint Lucia", "1st National")


def _site(p: Person) -> tuple[str, str]:
    return _VN_SITES[int(p.bhxh) // 9 % len(_VN_SITES)]


def _vehicle(p: Person) -> tuple[str, str, str]:
    return _VN_VEHICLES[int(p.bhxh) // 7 % len(_VN_VEHICLES)]


def _plate(p: Person) -> str:
    series = _vehicle(p)[1]
    return f"{series} {p.bhxh[4:7]}.{p.bhxh[7:9]}" if series else ""


def _nhs(p: Person) -> str:
    """A ten-digit NHS number whose last digit is the modulus 11 check of the first nine."""
    for lead in "456789":
        body = lead + p.bhxh[1:9]
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check != 10:
            digits = body + str(check % 11)
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    raise AssertionError("unreachable")  # at most one lead digit gives a check of ten


def _gb(p: Person) -> tuple[str, str, str]:
    return _GB_PLACES[int(p.bhxh) // 9 % len(_GB_PLACES)]


def _kin_gb(p: Person) -> str:
    """The next of kin with the relation in brackets, as a council's form writes it."""
    name = f"{_by_sex(p, _GB_GIVEN_F, _GB_GIVEN_M, 6)} {_pick(p, _GB_FAMILY, 2)}"
    return f"{name} ({_by_sex(p, ('Daughter', 'Wife'), ('Son', 'Husband'), 6)})"


def _us(p: Person) -> tuple[str, str, str, str]:
    return _US_PLACES[int(p.bhxh) // 9 % len(_US_PLACES)]


def _ssn(p: Person) -> str:
    area = 1 + int(p.bhxh[:3]) % 665
    group = 1 + int(p.bhxh[3:5]) % 99
    serial = 1 + int(p.bhxh[5:9]) % 9999
    return f"{area:03d}-{group:02d}-{serial:04d}"


def _ne(p: Person) -> tuple[str, str, str]:
    return _NE_PLACES[int(p.bhxh) // 9 % len(_NE_PLACES)]


def _pw(p: Person) -> tuple[str, str]:
    return _PW_PLACES[int(p.bhxh) // 9 % len(_PW_PLACES)]


def _lc(p: Person) -> tuple[str, str]:
    return _LC_PLACES[int(p.bhxh) // 9 % len(_LC_PLACES)]


def _ten_years_on(day: date) -> date:
    """The day ten years on (a licence's expiry); 29 February on a common year is the 28th."""
    try:
        return day.replace(year=day.year + 10)
    except ValueError:
        return day.replace(year=day.year + 10, day=28)


WRITERS_BLIND37: dict[str, Callable[[Person, Col], object]] = {
    "reg37": lambda p, c: f"{_num(p, 300) + 1:03d}",
    "book37": lambda p, c: f"01/{p.other_date.year}",
    "death_place37": lambda p, c: _pick(p, _VN_DEATH_PLACES, 2),
    "cause37": lambda p, c: _pick(p, _VN_CAUSES, 3),
    "declarant37": lambda p, c: _other_vn(p, 4, None, p.family),
    "relation37": lambda p, c: _pick(p, _VN_RELATIONS, 5),
    "declarant_id37": lambda p, c: f"0{p.cccd[1:3]}{p.bhxh[::-1][:9]}",
    "officer37": lambda p, c: _other_vn(p, 6),
    "vaccine37": lambda p, c: _pick(p, _VN_VACCINES, 2),
    "dose37": lambda p, c: str(_num(p, 3) + 1),
    "lot37": lambda p, c: f"{_pick(p, ('U', 'X', 'T'), 3)}{p.bhxh[-5:]}A",
    "site37": lambda p, c: _site(p)[0],
    "site_addr37": lambda p, c: _site(p)[1],
    "nurse37": lambda p, c: _other_vn(p, 4, False),
    "reaction37": lambda p, c: _pick(p, _VN_REACTIONS, 5),
    "class37": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "licence37": lambda p, c: f"79{p.bhxh}",
    "expiry37": lambda p, c: _ten_years_on(p.other_date).strftime("%d/%m/%Y"),
    "authority37": lambda p, c: _pick(p, _VN_AUTHORITIES, 3),
    "kind37": lambda p, c: _pick(p, _VN_KINDS, 4),
    "card37": lambda p, c: f"TX-{p.bhxh[-5:]}",
    "unit37": lambda p, c: f"{_num(p, 25) + 1:02d}.{_num(p, 12) + 1:02d}",
    "block37": lambda p, c: _pick(p, _VN_BLOCKS, 3),
    "plate37": lambda p, c: _plate(p),
    "vehicle37": lambda p, c: _vehicle(p)[0],
    "colour37": lambda p, c: _pick(p, _VN_COLOURS, 4),
    "fee37": lambda p, c: _vehicle(p)[2],
    "note37": lambda p, c: _pick(p, _VN_NOTES, 5),
    "nhs_gb37": lambda p, c: _nhs(p),
    "nino_gb37": lambda p, c: (
        f"{_pick(p, _NINO_PREFIXES, 2)} {p.bhxh[2:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"
        f" {_pick(p, ('A', 'B', 'C', 'D'), 3)}"
    ),
    "gb_family37": lambda p, c: _pick(p, _GB_FAMILY, 2),
    "gb_given37": lambda p, c: _by_sex(p, _GB_GIVEN_M, _GB_GIVEN_F, 1),
    "sex_gb37": lambda p, c: "Male" if p.male else "Female",
    "street_gb37": lambda p, c: f"{_num(p, 150) + 1} {_gb(p)[0]}",
    "town_gb37": lambda p, c: _gb(p)[1],
    "postcode_gb37": lambda p, c: (
        f"{_gb(p)[2]} {p.bhxh[5]}{_pick(p, _POST_LETTERS, 4)}{_pick(p, _POST_LETTERS, 5)}"
    ),
    "phone_gb37": lambda p, c: f"07{p.phone[2]}{p.phone[3:5]} {p.phone[5:10]}0",
    "gp_gb37": lambda p, c: _pick(p, _GB_GP, 3),
    "kin_gb37": lambda p, c: _kin_gb(p),
    "kin_phone_gb37": lambda p, c: f"01{p.bhxh[::-1][:3]} {p.bhxh[::-1][3:9]}",
    "worker_gb37": lambda p, c: (
        f"{_pick(p, ('S.', 'J.', 'K.', 'R.'), 7)} {_pick(p, _GB_FAMILY, 8)}"
    ),
    "mrn_us37": lambda p, c: f"{p.bhxh[2:10]}",
    "us_family37": lambda p, c: _pick(p, _US_FAMILY, 2),
    "us_given37": lambda p, c: _by_sex(p, _US_GIVEN_M, _US_GIVEN_F, 1),
    "sex_us37": lambda p, c: "M" if p.male else "F",
    "ssn_us37": lambda p, c: _ssn(p),
    "street_us37": lambda p, c: f"{_num(p, 9000) + 100} {_us(p)[0]}",
    "city_us37": lambda p, c: _us(p)[1],
    "state_us37": lambda p, c: _us(p)[2],
    "zip_us37": lambda p, c: f"{_us(p)[3]}{p.bhxh[-2:]}",
    "phone_us37": lambda p, c: f"({p.phone[2:5]}) {p.phone[5:8]}-{p.phone[8:10]}{p.bhxh[0:2]}",
    "payer_us37": lambda p, c: _pick(p, _US_PAYERS, 3),
    "contact_us37": lambda p, c: (
        f"{_by_sex(p, _US_GIVEN_F, _US_GIVEN_M, 4)} {_pick(p, _US_FAMILY, 5)}"
    ),
    "cnss_ne37": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:9]}",
    "cni_ne37": lambda p, c: f"{p.bhxh[1:8]}/{p.other_date.year % 100:02d}",
    "ne_family37": lambda p, c: _pick(p, _NE_FAMILY, 2),
    "ne_given37": lambda p, c: _by_sex(p, _NE_GIVEN_M, _NE_GIVEN_F, 1),
    "sex_ne37": lambda p, c: "M" if p.male else "F",
    "address_ne37": lambda p, c: f"{_ne(p)[0]}, {_ne(p)[1]}",
    "region_ne37": lambda p, c: _ne(p)[2],
    "phone_ne37": lambda p, c: (
        f"+227 {_pick(p, ('90', '96', '97', '99'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "employer_ne37": lambda p, c: _pick(p, _NE_EMPLOYERS, 4),
    "heir_ne37": lambda p, c: (
        f"{_pick(p, _NE_FAMILY, 5)} {_by_sex(p, _NE_GIVEN_F, _NE_GIVEN_M, 6)}"
    ),
    "ss_pw37": lambda p, c: f"{p.bhxh[-6:]}",
    "passport_pw37": lambda p, c: f"P{p.bhxh[2:9]}",
    "pw_family37": lambda p, c: _pick(p, _PW_FAMILY, 2),
    "pw_given37": lambda p, c: _by_sex(p, _PW_GIVEN_M, _PW_GIVEN_F, 1),
    "sex_pw37": lambda p, c: "M" if p.male else "F",
    "address_pw37": lambda p, c: f"{_pw(p)[0]} Hamlet, {_pw(p)[1]}",
    "state_pw37": lambda p, c: f"{_pw(p)[1]} State",
    "phone_pw37": lambda p, c: f"+680 {_pick(p, ('775', '779', '488'), 3)}-{p.phone[6:10]}",
    "employer_pw37": lambda p, c: _pick(p, _PW_EMPLOYERS, 4),
    "heir_pw37": lambda p, c: (
        f"{_by_sex(p, _PW_GIVEN_F, _PW_GIVEN_M, 5)} {_pick(p, _PW_FAMILY, 6)}"
    ),
    "nic_lc37": lambda p, c: f"{p.bhxh[3:9]}",
    "nid_lc37": lambda p, c: f"{p.birth:%y%m%d}{p.bhxh[-4:]}",
    "lc_family37": lambda p, c: _pick(p, _LC_FAMILY, 2),
    "lc_given37": lambda p, c: _by_sex(p, _LC_GIVEN_M, _LC_GIVEN_F, 1),
    "sex_lc37": lambda p, c: "M" if p.male else "F",
    "address_lc37": lambda p, c: f"{_lc(p)[0]}, {_lc(p)[1]}",
    "quarter_lc37": lambda p, c: _lc(p)[1],
    "phone_lc37": lambda p, c: f"+1 758 {_pick(p, ('484', '518', '712'), 4)} {p.phone[6:10]}",
    "employer_lc37": lambda p, c: _pick(p, _LC_EMPLOYERS, 5),
    "heir_lc37": lambda p, c: (
        f"{_by_sex(p, _LC_GIVEN_F, _LC_GIVEN_M, 6)} {_pick(p, _LC_FAMILY, 7)}"
    ),
}
