"""How the people of the twenty-sixth part of the outside corpus (**blind 26**,
:mod:`lienthong.quality._corpus_blind26`) are written: four Vietnamese files' own columns (a ferry
passenger's nationality, ticket, seat, route and relative, a dormitory resident's student number,
faculty, class, room and parent, a vocational trainee's code, trade, course and form teacher, a
VNeID registration's status and the officer who took it) and Trinidadian, Yemeni, Angolan, Kosovan
and Mauritian names, addresses, phones and identity numbers in the forms their cards show (none of
them publishes a check digit: the Trinidadian national ID number is the birth date and a serial,
the Yemeni national number, the Angolan BI with its province letters and the Kosovan personal
number are serials, and the Mauritian NIC's last character is computed by an unpublished rule)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind24_writers import _youth_birth, _youth_cccd
from lienthong.quality._corpus_people import _FAMILY, _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POSTS = ("100000", "700000", "550000", "920000", "790000", "530000", "270000", "910000")
_VN_ROUTES = (
    "Rạch Giá - Phú Quốc",
    "Hà Tiên - Phú Quốc",
    "Sóc Trăng - Côn Đảo",
    "Cái Rồng - Quan Lạn",
    "Sa Kỳ - Lý Sơn",
    "Rạch Giá - Nam Du",
)
_VN_NATIONALITIES = ("Việt Nam",) * 9 + ("Hàn Quốc",)
_VN_FACULTIES = ("CNTT", "Kinh tế", "Cơ khí", "Ngoại ngữ", "Điện - Điện tử", "Luật")
_VN_DORM_BLOCKS = ("A1", "A2", "B3", "B5", "C1", "D2")
_VN_TRADES: tuple[str, ...] = (
    "Hàn",
    "Điện công nghiệp",
    "Công nghệ ô tô",
    "Kỹ thuật chế biến món ăn",
    "May",
)
_VN_TRADES += ("Cắt gọt kim loại", "Điện tử dân dụng")
_VN_COURSES = ("K23", "K24", "K25", "TC24", "SC25")
_VNEID_STATUSES = ("Da kich hoat", "Da kich hoat", "Cho phe duyet", "Da duyet", "Tu choi")
_TT_FAMILY = ("RAMPERSAD", "MOHAMMED", "CHARLES", "BAPTISTE", "MAHARAJ", "JOSEPH", "ALI")
_TT_GIVEN_M = ("Kerwin Anthony", "Ryan", "Vishnu", "Keston", "Darren Jason", "Shiva")
_TT_GIVEN_F = ("Kimberly Ann", "Anisa", "Sharlene", "Candice", "Vidya", "Kerri-Ann")
#: (address pattern, postcode): the light pole number is how many Trinidadian homes are found
_TT_PLACES = (
    ("LP {n} Eastern Main Road, Laventille", "120215"),
    ("#{n} Frederick Street, Port of Spain", "100825"),
    ("{n} Coffee Street, San Fernando", "600211"),
    ("LP {n} Southern Main Road, Couva", "540316"),
    ("{n} Pro Queen Street, Arima", "300120"),
    ("LP {n} Milford Road, Scarborough, Tobago", "900901"),
)
_YE_GIVEN_M = ("محمد", "علي", "عبدالله", "أحمد", "صالح", "عبدالرحمن")
_YE_GIVEN_F = ("فاطمة", "أمة الله", "سعاد", "مريم", "خديجة", "نجلاء")
_YE_FATHERS = ("يحيى", "حسين", "قاسم", "عبده", "سعيد", "ناصر")
_YE_FAMILY = ("الحميري", "العمري", "الأهدل", "باوزير", "المقطري", "الشرعبي", "العولقي")
#: (governorate, district, neighbourhood, post box town)
_YE_PLACES = (
    ("أمانة العاصمة", "مديرية معين", "حي الحصبة", "صنعاء"),
    ("عدن", "مديرية المنصورة", "حي ريمي", "عدن"),
    ("تعز", "مديرية القاهرة", "حي الجحملية", "تعز"),
    ("حضرموت", "مديرية المكلا", "حي الشرج", "المكلا"),
    ("الحديدة", "مديرية الحالي", "حي الربصة", "الحديدة"),
)
_AO_FAMILY = ("Manuel", "Domingos", "Francisco", "da Silva", "Kiala", "Sebastião", "Lourenço")
_AO_GIVEN_M = ("João", "António", "Adilson", "Nzinga Mateus", "Edvaldo", "Kiame")
_AO_GIVEN_F = ("Maria", "Isabel", "Ednilza", "Luzia", "Teresa", "Josefa Ndala")
#: (street, bairro, município, province, BI province letters, post box town)
_AO_PLACES = (
    ("Rua da Missão", "Bairro Ingombota", "Município de Luanda", "Luanda", "LA", "Luanda"),
    ("Rua 21 de Janeiro", "Bairro Morro Bento", "Município de Talatona", "Luanda", "LA", "Luanda"),
    ("Rua Direita", "Bairro Cazenga", "Município do Cazenga", "Luanda", "LA", "Luanda"),
    ("Avenida Norton de Matos", "Bairro da Graça", "Município de Benguela", "Benguela", "BA",
     "Benguela"),
    ("Rua Principal", "Bairro São João", "Município do Huambo", "Huambo", "HO", "Huambo"),
)  # fmt: skip
_XK_FAMILY = ("Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kelmendi")
_XK_GIVEN_M = ("Arbër", "Driton", "Besnik", "Ilir", "Fatos", "Valon", "Agim")
_XK_GIVEN_F = ("Vjosa", "Arbëresha", "Teuta", "Blerta", "Drita", "Mimoza", "Qëndresa")
#: (street, postcode, komuna)
_XK_PLACES = (
    ("Rr. Nënë Tereza", "10000", "Prishtinë"),
    ("Rr. Agim Ramadani", "10000", "Prishtinë"),
    ("Rr. Shën Flori", "20000", "Prizren"),
    ("Rr. Mbretëresha Teutë", "30000", "Pejë"),
    ("Rr. Adem Jashari", "70000", "Ferizaj"),
    ("Rr. Skënderbeu", "60000", "Gjilan"),
)
_MU_FAMILY = ("RAMGOOLAM", "JUGNAUTH", "LABONNE", "SOOBRAYEN", "LI CHING", "BHOYROO", "PERRINE")
_MU_GIVEN_M = ("Jean Claude", "Anil Kumar", "Yashvin", "Michaël", "Rajesh", "Kevin")
_MU_GIVEN_F = ("Marie Josée", "Devika", "Priscilla", "Oomavatee", "Nadia", "Stéphanie")
#: (address, postcode)
_MU_PLACES = (
    ("Royal Road, Rose Hill", "71368"),
    ("Avenue des Lilas, Quatre Bornes", "72426"),
    ("Morc. St André, Curepipe", "74213"),
    ("Sir S. Ramgoolam Street, Port Louis", "11302"),
    ("Royal Road, Goodlands", "30401"),
    ("Lane 2, Cité La Chaux, Mahébourg", "50802"),
)


def _other_vn(p: Person, salt: int, male: bool | None = None) -> str:
    """Another Vietnamese person's name (a relative, a parent, a teacher, an officer)."""
    is_male = int(p.bhxh) // (salt + 1) % 2 == 0 if male is None else male
    return _vn_name(p, is_male, _pick(p, _FAMILY, salt), salt + 1)


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _tt_place(p: Person) -> tuple[str, str]:
    return _TT_PLACES[int(p.bhxh) // 9 % len(_TT_PLACES)]


def _ye_place(p: Person) -> tuple[str, str, str, str]:
    return _YE_PLACES[int(p.bhxh) // 9 % len(_YE_PLACES)]


def _ao_place(p: Person) -> tuple[str, str, str, str, str, str]:
    return _AO_PLACES[int(p.bhxh) // 9 % len(_AO_PLACES)]


def _xk_place(p: Person) -> tuple[str, str, str]:
    return _XK_PLACES[int(p.bhxh) // 9 % len(_XK_PLACES)]


def _mu_place(p: Person) -> tuple[str, str]:
    return _MU_PLACES[int(p.bhxh) // 9 % len(_MU_PLACES)]


def _tt_phone(digits: str) -> str:
    return f"(868) {digits[:3]}-{digits[3:7]}"


WRITERS_BLIND26: dict[str, Callable[[Person, Col], object]] = {
    "nationality26": lambda p, c: _pick(p, _VN_NATIONALITIES, 2),
    "ferry_post26": lambda p, c: _pick(p, _VN_POSTS, 3),
    "ticket26": lambda p, c: f"{_pick(p, ('PQ', 'CD', 'LS'), 4)}{p.bhxh[1:8]}",
    "seat26": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D', 'E'), 5)}{_num(p, 40):02d}",
    "route26": lambda p, c: _pick(p, _VN_ROUTES, 6),
    "relative26": lambda p, c: _other_vn(p, 5),
    "relative_phone26": lambda p, c: _other_phone(p, "09"),
    "student26": lambda p, c: f"2{_pick(p, ('1', '2', '3', '4'), 2)}{p.bhxh[3:9]}",
    "dorm_birth26": lambda p, c: f"{_youth_birth(p):%d/%m/%Y}",
    "dorm_cccd26": lambda p, c: _youth_cccd(p),
    "faculty26": lambda p, c: _pick(p, _VN_FACULTIES, 3),
    "class26": lambda p, c: (
        f"D{_pick(p, ('21', '22', '23', '24'), 4)}{_pick(p, ('CN', 'KT'), 5)}0{_num(p, 4)}"
    ),
    "room26": lambda p, c: f"{_pick(p, _VN_DORM_BLOCKS, 6)}.{_num(p, 5)}{_num(p, 20):02d}",
    "dorm_post26": lambda p, c: _pick(p, _VN_POSTS, 4),
    "parent26": lambda p, c: _other_vn(p, 7),
    "parent_phone26": lambda p, c: _other_phone(p, "03"),
    "trainee26": lambda p, c: f"HV{p.bhxh[:2]}.{p.bhxh[-4:]}",
    "trade_post26": lambda p, c: _pick(p, _VN_POSTS, 5),
    "trade26": lambda p, c: _pick(p, _VN_TRADES, 2),
    "course26": lambda p, c: _pick(p, _VN_COURSES, 3),
    "teacher26": lambda p, c: _other_vn(p, 8),
    "teacher_phone26": lambda p, c: _other_phone(p, "08"),
    "vneid_post26": lambda p, c: _pick(p, _VN_POSTS, 6),
    "status26": lambda p, c: _pick(p, _VNEID_STATUSES, 4),
    "officer26": lambda p, c: _ascii(_other_vn(p, 9, True)).upper(),
    "officer_phone26": lambda p, c: _other_phone(p, "07"),
    "id_tt26": lambda p, c: f"{p.birth:%Y%m%d}{p.bhxh[-3:]}",
    "nis_tt26": lambda p, c: p.bhxh[1:9],
    "tt_family26": lambda p, c: _pick(p, _TT_FAMILY, 2),
    "tt_given26": lambda p, c: _by_sex(p, _TT_GIVEN_M, _TT_GIVEN_F, 1),
    "sex_tt26": lambda p, c: "M" if p.male else "F",
    "address_tt26": lambda p, c: _tt_place(p)[0].format(n=_num(p, 90)),
    "post_tt26": lambda p, c: _tt_place(p)[1],
    "phone_tt26": lambda p, c: _tt_phone(f"{_pick(p, ('7', '6', '3', '4'), 3)}{p.phone[4:10]}"),
    "nok_tt26": lambda p, c: (
        f"{_by_sex(p, _TT_GIVEN_F, _TT_GIVEN_M, 4)} {_pick(p, _TT_FAMILY, 5).title()}"
    ),
    "nok_phone_tt26": lambda p, c: _tt_phone(f"7{p.bhxh[::-1][:6]}"),
    "name_ye26": lambda p, c: (
        f"{_by_sex(p, _YE_GIVEN_M, _YE_GIVEN_F, 1)} {_pick(p, _YE_FATHERS, 2)}"
        f" {_pick(p, _YE_FATHERS, 3)} {_pick(p, _YE_FAMILY, 4)}"
    ),
    "id_ye26": lambda p, c: f"0{_pick(p, ('1', '2', '3', '4'), 2)}{p.bhxh[1:10]}",
    "sex_ye26": lambda p, c: "ذكر" if p.male else "أنثى",
    "address_ye26": lambda p, c: (
        f"{_ye_place(p)[0]}، {_ye_place(p)[1]}، {_ye_place(p)[2]}، شارع {_num(p, 30)}"
    ),
    "box_ye26": lambda p, c: f"ص.ب {p.bhxh[-4:].lstrip('0') or '1'} {_ye_place(p)[3]}",
    "phone_ye26": lambda p, c: (
        f"7{_pick(p, ('7', '3', '1', '0'), 3)}{p.phone[4]} {p.phone[5:8]} {p.phone[7:10]}"
    ),
    "aqil_ye26": lambda p, c: f"{_pick(p, _YE_GIVEN_M, 5)} {_pick(p, _YE_FAMILY, 6)}",
    "aqil_phone_ye26": lambda p, c: f"777 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "name_ao26": lambda p, c: (
        f"{_by_sex(p, _AO_GIVEN_M, _AO_GIVEN_F, 1)} {_pick(p, _AO_FAMILY, 2)}"
        f" {_pick(p, _AO_FAMILY, 3)}"
    ),
    "bi_ao26": lambda p, c: f"00{p.bhxh[3:10]}{_ao_place(p)[4]}0{p.bhxh[1:3]}",
    "father_ao26": lambda p, c: f"{_pick(p, _AO_GIVEN_M, 4)} {_pick(p, _AO_FAMILY, 2)}",
    "mother_ao26": lambda p, c: f"{_pick(p, _AO_GIVEN_F, 5)} {_pick(p, _AO_FAMILY, 6)}",
    "sex_ao26": lambda p, c: "Masculino" if p.male else "Feminino",
    "address_ao26": lambda p, c: (
        f"{_ao_place(p)[0]}, Casa n.º {_num(p, 90)}, {_ao_place(p)[1]}, {_ao_place(p)[2]}"
        f", {_ao_place(p)[3]}"
    ),
    "box_ao26": lambda p, c: f"C.P. {p.bhxh[-4:].lstrip('0') or '1'}, {_ao_place(p)[5]}",
    "phone_ao26": lambda p, c: (
        f"9{_pick(p, ('2', '1', '3', '4', '5'), 3)}{p.phone[4]} {p.phone[5:8]} {p.phone[7:10]}"
    ),
    "niss_ao26": lambda p, c: f"{p.bhxh[:9]}",
    "contact_ao26": lambda p, c: (
        f"{_by_sex(p, _AO_GIVEN_F, _AO_GIVEN_M, 6)} {_pick(p, _AO_FAMILY, 5)}"
    ),
    "contact_phone_ao26": lambda p, c: f"923 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "np_xk26": lambda p, c: f"1{p.bhxh[1:10]}",
    "xk_family26": lambda p, c: _pick(p, _XK_FAMILY, 2),
    "xk_given26": lambda p, c: _by_sex(p, _XK_GIVEN_M, _XK_GIVEN_F, 1),
    "parent_xk26": lambda p, c: _pick(p, _XK_GIVEN_M, 3),
    "sex_xk26": lambda p, c: "M" if p.male else "F",
    "address_xk26": lambda p, c: f"{_xk_place(p)[0]} nr. {_num(p, 60)}, {_xk_place(p)[2]}",
    "post_xk26": lambda p, c: _xk_place(p)[1],
    "komuna_xk26": lambda p, c: _xk_place(p)[2],
    "phone_xk26": lambda p, c: (
        f"04{_pick(p, ('4', '9', '5', '3'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "heir_xk26": lambda p, c: (
        f"{_by_sex(p, _XK_GIVEN_F, _XK_GIVEN_M, 4)} {_pick(p, _XK_FAMILY, 2)}"
    ),
    "heir_phone_xk26": lambda p, c: f"049 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "nic_mu26": lambda p, c: (
        f"{_pick(p, _MU_FAMILY, 2)[0]}{p.birth:%d%m%y}{p.bhxh[-6:]}"
        f"{_pick(p, tuple('0123456789ABCDEFGH'), 7)}"
    ),
    "mu_family26": lambda p, c: _pick(p, _MU_FAMILY, 2),
    "mu_given26": lambda p, c: _by_sex(p, _MU_GIVEN_M, _MU_GIVEN_F, 1),
    "sex_mu26": lambda p, c: "M" if p.male else "F",
    "address_mu26": lambda p, c: (
        f"{_num(p, 90)}, {_mu_place(p)[0]}" if _num(p, 3) > 1 else _mu_place(p)[0]
    ),
    "post_mu26": lambda p, c: _mu_place(p)[1],
    "phone_mu26": lambda p, c: f"5{p.phone[3:6]} {p.phone[6:10]}",
    "nok_mu26": lambda p, c: f"{_by_sex(p, _MU_GIVEN_F, _MU_GIVEN_M, 4)} {_pick(p, _MU_FAMILY, 5)}",
    "nok_phone_mu26": lambda p, c: f"57{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
}
