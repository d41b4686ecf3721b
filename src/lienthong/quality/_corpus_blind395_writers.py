"""How the people of the three-hundred-and-ninety-fifth part of the outside corpus (**blind
395**, :mod:`lienthong.quality._corpus_blind395`) are written: parents, guardians and kitchen
staff of school health and child nutrition programmes. A kindergarten's school-milk sign-up, a
primary school's paid lunch register, a school dental programme's consent list, a school
kitchen's staff health checks; and Guatemalan, Sri Lankan, Zambian, Slovenian and Bosnian
parents, guardians and meal suppliers with their identity numbers (the CUI of the DPI, the old
and new NIC, the NRC, the EMŠO and the JMBG) and their children, schools, meals and doses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _emso
from lienthong.quality._corpus_blind24_writers import _ba_place, _jmbg_ba
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind100_writers import _si_phone, _si_place
from lienthong.quality._corpus_blind166_writers import _dpi, _gt_phone
from lienthong.quality._corpus_blind210_writers import _GT_FAMILY, _GT_GIVEN_F, _GT_GIVEN_M
from lienthong.quality._corpus_blind271_writers import _lk_mixed_nic, _lk_phone
from lienthong.quality._corpus_blind341_writers import _ba_full
from lienthong.quality._corpus_blind343_writers import _zm_nrc
from lienthong.quality._corpus_blind373_writers import _zm_name, _zm_phone, _zm_place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_KIDS_M = ("Hoàng Gia Bảo", "Nguyễn Minh Khang", "Trần Gia Huy", "Lê Đức Anh", "Phạm Bảo Nam")
_VN_KIDS_F = ("Nguyễn Khánh Linh", "Trần Bảo Ngọc", "Lê Minh Thư", "Phạm Hà My", "Võ An Nhiên")
_VN_MN_CLASSES = ("Nhà trẻ 24-36 th", "Mầm 3-4 tuổi A1", "Chồi 4-5 tuổi B2", "Lá 5-6 tuổi C1")
_VN_TH_CLASSES = ("1A", "1B", "2A3", "3C", "4A1", "5B")
_VN_RELATIONS_M = ("Bố", "Bố", "Bố", "Ông nội", "Ông ngoại", "Người giám hộ")
_VN_RELATIONS_F = ("Mẹ", "Mẹ", "Mẹ", "Bà nội", "Bà ngoại", "Người giám hộ")
_VN_ALLERGIES = ("Không", "Không", "Không", "Dị ứng tôm, cua", "Không uống sữa bò", "Dị ứng trứng")
_VN_PAY = ("Chuyển khoản", "Tiền mặt", "Chuyển khoản", "Qua app SSC")
_VN_SCHOOLS = (
    "Trường MN Hoa Sen",
    "Trường TH Nguyễn Bá Ngọc",
    "Trường TH&THCS Tân Phú",
    "Trường MN Sơn Ca 3",
)
_VN_KITCHEN_JOBS = ("Bếp chính", "Phụ bếp", "Chia suất ăn", "Tiếp phẩm", "Thủ kho")
_VN_HEALTH = ("Đủ sức khỏe", "Đủ sức khỏe", "Đủ SK - theo dõi HA", "Đủ sức khỏe")
_VN_CATERERS = ("Tự tổ chức", "Cty TNHH Suất ăn Hoàng Gia", "Tự tổ chức", "HKD Bếp Mẹ Na")
_VN_DENTISTS = ("BS. Lê Văn Tâm (TTYT)", "BS. Trần Thị Hoa", "YS. Nguyễn Thanh Bình")
_GT_POSTS = ("Presidente", "Tesorera", "Secretario", "Vocal I", "Vocal II", "Madre de familia")
_GT_SCHOOLS = (
    "EORM Aldea Chicojl",
    "EOUM No. 14 Jornada Matutina",
    "EORM Caserío Sesaquiquib",
    "EOUM Tipo Federación",
)
_GT_HOMES = (
    "Aldea Chicojl, Cobán, Alta Verapaz",
    "Caserío Sesaquiquib, San Pedro Carchá, Alta Verapaz",
    "3a. Calle 4-15 Zona 1, Chichicastenango, Quiché",
    "Cantón Chuicavioc, Totonicapán, Totonicapán",
)
_LK_SUPPLIERS_M = ("W.M. Sunil Bandara", "K.G. Nimal Perera", "H.M. Ranjith Herath")
_LK_SUPPLIERS_F = ("R.P. Kumari Ratnayake", "A.D. Chandani Silva", "U.G. Sriyani Jayasinghe")
_LK_HOMES = (
    "No. 45, Temple Road, Kurunegala",
    "No. 12/3, Kandy Road, Mawathagama",
    "Pahala Gedara, Polgahawela",
    "No. 7, Pansala Para, Anuradhapura",
)
_LK_SCHOOLS = (
    "KU/ Mawathagama Maha Vidyalaya",
    "KU/ Sri Rahula Primary School",
    "AP/ Thambuttegama Kanishta Vidyalaya",
    "KU/ Polgahawela Navodya School",
)
_LK_BANKS = ("BOC", "Peoples Bank", "RDB", "Sanasa")
_ZM_LEARNERS = ("Mwila Banda", "Chileshe Phiri", "Bupe Tembo", "Joseph Zulu", "Natasha Lungu")
_ZM_SCHOOLS = ("Chelston Primary", "Kabwata Primary", "Nkana East Primary", "Dambwa Basic")
_SI_PUPILS = ("Luka Novak", "Zala Horvat", "Jan Krajnc", "Eva Kovačič", "Nik Zupan")
_SI_PARENTS_M = ("Novak Marko", "Horvat Gregor", "Krajnc Matej", "Kovačič Rok", "Zupan Andrej")
_SI_PARENTS_F = ("Novak Petra", "Horvat Maja", "Krajnc Urška", "Kovačič Nina", "Zupan Tjaša")
_SI_MEALS = ("malica", "malica, kosilo", "malica, kosilo", "zajtrk, malica, kosilo")
_SI_SUBSIDY = ("100 % malica", "brez", "brez", "70 % kosilo", "100 % malica in kosilo")
_BA_PUPILS = ("Amar Hodžić", "Лука Јовановић", "Lejla Begić", "Марија Петровић", "Emir Kovač")
_BA_CHECKS = ("uredan", "уредан", "slabovidnost - upućen oftalmologu", "karijes - stomatolog")


def _kid(p: Person) -> str:
    return _pick(p, _VN_KIDS_F if int(p.bhxh[5]) % 2 else _VN_KIDS_M, 6)


def _days(p: Person) -> int:
    return 18 + int(p.bhxh[3]) % 4


def _meal(p: Person) -> int:
    return int(_pick(p, ("25000", "30000", "32000", "35000"), 4))


def _vnd(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _gt_full(p: Person) -> str:
    return f"{_by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 1)} {_pick(p, _GT_FAMILY, 2)}"


def _dpi_plain(p: Person) -> str:
    return _dpi(p).replace(" ", "") if int(p.bhxh[-1]) % 3 == 0 else _dpi(p)


WRITERS_BLIND395: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: school milk, paid lunch, dental consent, kitchen staff
    "child395": lambda p, c: _kid(p),
    "class_mn395": lambda p, c: _pick(p, _VN_MN_CLASSES, 2),
    "consent395": lambda p, c: _pick(p, ("Dong y", "Dong y", "Dong y", "Khong dong y"), 3),
    "boxes395": lambda p, c: _pick(p, ("5", "5", "3", "10"), 4),
    "milk_price395": lambda p, c: _pick(p, ("2.100", "2.100", "0 (ho ngheo)", "1.050"), 5),
    "relation395": lambda p, c: _by_sex(p, _VN_RELATIONS_M, _VN_RELATIONS_F, 3),
    "class_th395": lambda p, c: _pick(p, _VN_TH_CLASSES, 2),
    "days395": lambda p, c: str(_days(p)),
    "meal_day395": lambda p, c: _vnd(_meal(p)),
    "meal_total395": lambda p, c: _vnd(_meal(p) * _days(p)),
    "allergy395": lambda p, c: _pick(p, _VN_ALLERGIES, 5),
    "pay395": lambda p, c: _pick(p, _VN_PAY, 6),
    "sealant395": lambda p, c: _pick(p, ("Đồng ý", "Đồng ý", "Không"), 4),
    "fluor395": lambda p, c: _pick(p, ("Có", "Có", "Có", "Không"), 5),
    "caries395": lambda p, c: str(int(p.bhxh[6]) % 5),
    "dentist395": lambda p, c: _pick(p, _VN_DENTISTS, 6),
    "school395": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "kitchen_job395": lambda p, c: _pick(p, _VN_KITCHEN_JOBS, 3),
    "health395": lambda p, c: _pick(p, _VN_HEALTH, 4),
    "attp_no395": lambda p, c: f"{_num(p, 900) + 100}/2026/XNKT-ATTP",
    "caterer395": lambda p, c: _pick(p, _VN_CATERERS, 5),
    "principal395": lambda p, c: _other_vn(p, 7),
    # Guatemala: OPF of the school feeding programme
    "gt_full395": lambda p, c: _gt_full(p),
    "gt_dpi395": lambda p, c: _dpi_plain(p),
    "sex_gt395": lambda p, c: "Masculino" if p.male else "Femenino",
    "gt_phone395": lambda p, c: _gt_phone(p),
    "gt_home395": lambda p, c: _pick(p, _GT_HOMES, 3),
    "gt_post395": lambda p, c: _pick(p, _GT_POSTS, 4),
    "gt_school395": lambda p, c: _pick(p, _GT_SCHOOLS, 5),
    "gt_code395": lambda p, c: f"16-0{_num(p, 9)}-{p.bhxh[-4:]}-43",
    "gt_kids395": lambda p, c: str(_num(p, 4)),
    # Sri Lanka: mid-day meal suppliers
    "lk_name395": lambda p, c: _by_sex(p, _LK_SUPPLIERS_M, _LK_SUPPLIERS_F, 1),
    "lk_nic395": lambda p, c: _lk_mixed_nic(p),
    "lk_phone395": lambda p, c: _lk_phone(p),
    "lk_home395": lambda p, c: _pick(p, _LK_HOMES, 2),
    "lk_school395": lambda p, c: _pick(p, _LK_SCHOOLS, 3),
    "lk_pupils395": lambda p, c: str(40 + int(p.bhxh[-3:]) % 260),
    "lk_rate395": lambda p, c: _pick(p, ("100.00", "110.00", "100.00"), 4),
    "lk_bank395": lambda p, c: f"{_pick(p, _LK_BANKS, 5)} {p.bhxh[-9:]}",
    # Zambia: deworming and school meals, guardians
    "zm_name395": lambda p, c: _zm_name(p),
    "zm_nrc395": lambda p, c: _zm_nrc(p),
    "sex_zm395": lambda p, c: "M" if p.male else "F",
    "zm_phone395": lambda p, c: _zm_phone(p),
    "zm_township395": lambda p, c: _zm_place(p)[0],
    "zm_town395": lambda p, c: _zm_place(p)[1],
    "zm_province395": lambda p, c: _zm_place(p)[2],
    "zm_learner395": lambda p, c: _pick(p, _ZM_LEARNERS, 3),
    "zm_grade395": lambda p, c: f"Grade {_num(p, 7)}",
    "zm_alb395": lambda p, c: _pick(p, ("Yes", "Yes", "Yes", "Absent"), 4),
    "zm_pzq395": lambda p, c: _pick(p, ("1 tab", "2 tabs", "3 tabs", "N/A"), 5),
    "zm_school395": lambda p, c: _pick(p, _ZM_SCHOOLS, 6),
    # Slovenia: school meal subsidy
    "si_parent395": lambda p, c: _by_sex(p, _SI_PARENTS_M, _SI_PARENTS_F, 1),
    "si_emso395": lambda p, c: _emso(p),
    "si_street395": lambda p, c: f"{_si_place(p)[0]} {_num(p, 60)}",
    "si_post395": lambda p, c: _si_place(p)[1],
    "si_town395": lambda p, c: _si_place(p)[2],
    "si_phone395": lambda p, c: _si_phone(p),
    "si_pupil395": lambda p, c: _pick(p, _SI_PUPILS, 3),
    "si_class395": lambda p, c: f"{_num(p, 9)}. {_pick(p, ('a', 'b', 'c'), 4)}",
    "si_meals395": lambda p, c: _pick(p, _SI_MEALS, 5),
    "si_subsidy395": lambda p, c: _pick(p, _SI_SUBSIDY, 6),
    # Bosnia and Herzegovina: systematic check-ups and school snack, parents
    "ba_parent395": lambda p, c: _ba_full(p),
    "ba_jmbg395": lambda p, c: _jmbg_ba(p),
    "ba_street395": lambda p, c: f"{_ba_place(p)[1]} {_num(p, 80)}",
    "ba_post395": lambda p, c: _ba_place(p)[2],
    "ba_mun395": lambda p, c: _ba_place(p)[3],
    "ba_phone395": lambda p, c: (
        f"06{_pick(p, ('1', '2', '3', '5'), 3)}/{p.phone[4:7]}-{p.phone[7:10]}"
    ),
    "ba_pupil395": lambda p, c: _pick(p, _BA_PUPILS, 4),
    "ba_class395": lambda p, c: f"{_pick(p, ('I', 'III', 'V', 'VI', 'VIII'), 5)}-{_num(p, 3)}",
    "ba_check395": lambda p, c: _pick(p, _BA_CHECKS, 6),
    "ba_snack395": lambda p, c: _pick(p, ("20,00", "25,00", "0,00 (socijalni)", "22,00"), 2),
}
