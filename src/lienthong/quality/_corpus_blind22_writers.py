"""How the people of the twenty-second part of the outside corpus (**blind 22**,
:mod:`lienthong.quality._corpus_blind22`) are written: four Vietnamese files' own columns (a
scholarship's student number, class, faculty, award and bank account, a taxi driver's licence,
class and plate, a compensated household's land parcel, map sheet, area and sum, a cooperative
member's capital and farmed area) and Venezuelan, Tajik, Botswana, Albanian and Bruneian names,
addresses, phones and identity numbers in the forms their cards show (none of the five publishes
a check digit: the Venezuelan cédula is a serial with its V or E, the Tajik РМА nine digits, the
Botswana Omang nine digits with the sex in the fifth, the Albanian personal number the decade
letter, the birth date with the month plus 50 for women, a serial and a control letter whose rule
is not public, the Brunei smart IC two digits of its colour and six of serial)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind16_writers import _student_birth, _student_cccd
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (faculty, the code its classes carry)
_VN_FACULTIES = (
    ("Công nghệ thông tin", "CNTT"),
    ("Kinh tế", "KT"),
    ("Quản trị kinh doanh", "QTKD"),
    ("Ngoại ngữ", "NNA"),
    ("Du lịch", "DL"),
)
_VN_SCHOLARSHIPS = ("KKHT loại Giỏi", "KKHT loại Khá", "KKHT loại Xuất sắc", "Vượt khó học tốt")
_VN_AWARDS = ("3.500.000", "4.200.000", "5.000.000", "6.300.000", "2.800.000")
_VN_BANKS = ("VCB", "BIDV", "Agribank", "VietinBank")
_VN_LICENCE_CLASSES = ("B2", "B2", "D", "E", "B2")
_VN_FIRMS_PLATE = ("51F", "51G", "51H", "30E", "30F", "43A")
_VN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Ấp 3", "Thôn Phú Mỹ", "Ấp Tân Hòa", "Xóm 5")
_VN_AREAS = ("125,4", "86,0", "312,7", "54,2", "1.020,5", "240,0")
_VN_COMPENSATION = ("1.254.000.000", "386.500.000", "2.105.300.000", "97.800.000", "645.000.000")
_VN_CAPITAL = ("5.000.000", "10.000.000", "20.000.000", "3.000.000", "15.000.000")
_VN_FARMLAND = ("0,5", "1,2", "0,8", "2,0", "0,35", "1,5")
_VE_FAMILY = (
    "GONZALEZ",
    "RODRIGUEZ",
    "PEREZ",
    "HERNANDEZ",
    "GARCIA",
    "MARTINEZ",
    "RAMIREZ",
    "SUAREZ",
    "MENDOZA",
    "BRICEÑO",
)
_VE_GIVEN_M = ("JOSE GREGORIO", "LUIS ALBERTO", "CARLOS EDUARDO", "FREDDY", "JESUS RAFAEL")
_VE_GIVEN_F = ("MARIA ALEJANDRA", "YUSMARY", "CARMEN ELENA", "ANA KARINA", "YELITZA")
#: (urbanización, avenida or calle, town, postal zone)
_VE_PLACES = (
    ("URB. LA CANDELARIA", "AV. URDANETA", "CARACAS", "1010"),
    ("URB. LOS PALOS GRANDES", "AV. ANDRES BELLO", "CARACAS", "1060"),
    ("URB. EL PARAISO", "CALLE LOS MANGOS", "CARACAS", "1020"),
    ("URB. LA VICTORIA", "AV. 5 DE JULIO", "MARACAIBO", "4001"),
    ("URB. PREBO", "CALLE 137", "VALENCIA", "2001"),
    ("BARRIO UNION", "CALLE 4", "BARQUISIMETO", "3001"),
)
_VE_MOBILE = ("0414", "0424", "0412", "0416", "0426")
_TJ_FAMILY_M = ("Раҳимов", "Саидов", "Назаров", "Каримов", "Шарипов", "Ҳакимов", "Қодиров")
_TJ_GIVEN_M = ("Фирӯз", "Бахтиёр", "Ҷамшед", "Суҳроб", "Абдулло", "Далер", "Умед")
_TJ_GIVEN_F = ("Мадина", "Нигина", "Зарина", "Гулноза", "Шаҳноза", "Фарзона", "Манижа")
_TJ_FATHERS = ("Раҳим", "Саид", "Назар", "Карим", "Шариф", "Ҳаким", "Қодир")
#: (town, district, street, postcode)
_TJ_PLACES = (
    ("ш. Душанбе", "н. Сино", "к. Айнӣ", "734025"),
    ("ш. Душанбе", "н. Фирдавсӣ", "к. Бухоро", "734042"),
    ("ш. Душанбе", "н. Шоҳмансур", "хиёбони Рӯдакӣ", "734001"),
    ("ш. Хуҷанд", "м. 12", "к. Ленин", "735700"),
    ("ш. Бохтар", "ҷ. Навобод", "к. Сомонӣ", "735140"),
    ("ш. Кӯлоб", "м. Ваҳдат", "к. Исмоили Сомонӣ", "735360"),
)
_BW_FAMILY = ("MOLEFE", "MOGAPI", "SERETSE", "KGOSIETSILE", "MOKGOSI", "TSHEKISO", "MASIRE")
_BW_GIVEN_M = ("Kabelo", "Tebogo", "Kagiso Thabo", "Mpho", "Onkemetse", "Lesego")
_BW_GIVEN_F = ("Boitumelo", "Onalenna", "Neo", "Kelebogile Mpho", "Goitseone", "Masego")
#: (address pattern, town, post office)
_BW_PLACES = (
    ("Plot {n}, Block 8", "Gaborone", "Gaborone"),
    ("Plot {n}, Extension 12", "Gaborone", "Gaborone"),
    ("Plot {n}, Phase 2", "Gaborone", "Gaborone West"),
    ("Plot {n}, Donga Ward", "Francistown", "Francistown"),
    ("Plot {n}, Boseja Ward", "Mahalapye", "Mahalapye"),
    ("Plot {n}, Newtown", "Maun", "Maun"),
)
_AL_GIVEN_M = ("Arben", "Ilir", "Gentian", "Erion", "Besnik", "Altin", "Klodian")
_AL_GIVEN_F = ("Elona", "Mirela", "Blerina", "Anila", "Ermira", "Jonida", "Lindita")
_AL_FATHERS = ("Agim", "Petrit", "Fatmir", "Shkëlqim", "Bujar", "Ramiz", "Ilirjan")
_AL_FAMILY = ("Hoxha", "Shehu", "Leka", "Çela", "Dervishi", "Gjoka", "Kola", "Muça", "Bregu")
#: (street pattern, town, postcode)
_AL_PLACES = (
    ("Rruga e Durrësit, Pall. {n}, Shk. 2, Ap. {f}", "Tiranë", "1001"),
    ("Rruga Myslym Shyri, Nr. {n}", "Tiranë", "1004"),
    ("Lagjja 5, Rruga Tregtare, Nr. {n}", "Durrës", "2001"),
    ("Lagjja Partizani, Pall. {n}, Ap. {f}", "Elbasan", "3001"),
    ("Bulevardi Skënderbeu, Nr. {n}", "Shkodër", "4001"),
    ("Lagjja Pavarësia, Rruga Sulejman Delvina, Nr. {n}", "Vlorë", "9401"),
)
_AL_DECADE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_BN_GIVEN_M = ("Mohd Hafiz", "Awang Muhammad Syafiq", "Abdul Rahman", "Haji Mohd Yusof", "Khairul")
_BN_GIVEN_F = ("Nurul Aini", "Dayang Siti Hajar", "Nur Amalina", "Hajah Rosnah", "Norhayati")
_BN_FATHERS = ("Haji Abdullah", "Md Salleh", "Haji Othman", "Ismail", "Pg Hj Mahmud", "Jaafar")
#: (kampong, mukim, district, postcode)
_BN_PLACES = (
    ("Kampong Tasek Meradun", "Mukim Gadong 'B'", "Brunei Muara", "BE1318"),
    ("Kampong Rimba", "Mukim Gadong 'A'", "Brunei Muara", "BE3119"),
    ("Kampong Kiulap", "Mukim Gadong 'B'", "Brunei Muara", "BE1518"),
    ("Kampong Pekan Tutong", "Mukim Pekan Tutong", "Tutong", "TA1141"),
    ("Kampong Lumut", "Mukim Liang", "Belait", "KC2333"),
    ("Kampong Mentiri", "Mukim Mentiri", "Brunei Muara", "BU1529"),
)


def _faculty(p: Person) -> tuple[str, str]:
    return _VN_FACULTIES[int(p.bhxh) // 7 % len(_VN_FACULTIES)]


def _other_vn(p: Person, salt: int, male: bool | None = None) -> str:
    """Another Vietnamese person's name (a parent, a guarantor, an heir)."""
    is_male = int(p.bhxh) // (salt + 1) % 2 == 0 if male is None else male
    return _vn_name(p, is_male, _pick(p, _FAMILY, salt), salt + 1)


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _ve_place(p: Person) -> tuple[str, str, str, str]:
    return _VE_PLACES[int(p.bhxh) // 9 % len(_VE_PLACES)]


def _cedula_ve(p: Person) -> str:
    """``V-12.345.678``: a serial that grows with the year the card was first issued (older
    people have smaller numbers); ``E-`` for the few foreign residents."""
    serial = (p.birth.year - 1935) * 380_000 + int(p.bhxh[-6:]) % 380_000 + 300_000
    letter = "E" if p.bhxh[0] == "9" else "V"
    return f"{letter}-{serial:,}".replace(",", ".")


def _tj_place(p: Person) -> tuple[str, str, str, str]:
    return _TJ_PLACES[int(p.bhxh) // 9 % len(_TJ_PLACES)]


def _tj_family(p: Person) -> str:
    family = _pick(p, _TJ_FAMILY_M, 2)
    return family if p.male else f"{family}а"


def _bw_place(p: Person) -> tuple[str, str, str]:
    return _BW_PLACES[int(p.bhxh) // 9 % len(_BW_PLACES)]


def _al_place(p: Person) -> tuple[str, str, str]:
    return _AL_PLACES[int(p.bhxh) // 9 % len(_AL_PLACES)]


def _nid_al(p: Person) -> str:
    """``I50312001A``: the decade letter (A for the 1900s ... I for the 1980s), the last digit of
    the year, the month (plus 50 for a woman), the day, a three-digit serial and a control
    letter."""
    b = p.birth
    decade = _AL_DECADE[(b.year - 1900) // 10]
    month = b.month + (0 if p.male else 50)
    control = _AL_DECADE[int(p.bhxh) % 23]
    return f"{decade}{b.year % 10}{month:02d}{b.day:02d}{p.bhxh[-3:]}{control}"


def _bn_place(p: Person) -> tuple[str, str, str, str]:
    return _BN_PLACES[int(p.bhxh) // 9 % len(_BN_PLACES)]


def _bn_full(p: Person) -> str:
    own = _by_sex(p, _BN_GIVEN_M, _BN_GIVEN_F, 1)
    return f"{own} {'bin' if p.male else 'binti'} {_pick(p, _BN_FATHERS, 2)}"


WRITERS_BLIND22: dict[str, Callable[[Person, Col], object]] = {
    "student22": lambda p, c: f"{_student_birth(p).year % 100 + 18:02d}1{p.bhxh[-6:]}",
    "student_birth22": lambda p, c: f"{_student_birth(p):%d/%m/%Y}",
    "student_cccd22": lambda p, c: _student_cccd(p),
    "class22": lambda p, c: (
        f"K{_student_birth(p).year - 1957}-{_faculty(p)[1]}{int(p.bhxh[-1]) % 3 + 1}"
    ),
    "faculty22": lambda p, c: _faculty(p)[0],
    "post22": lambda p, c: f"7{_pick(p, ('0', '1', '2', '3', '4'), 2)}{p.bhxh[-3:]}",
    "scholarship22": lambda p, c: _pick(p, _VN_SCHOLARSHIPS, 4),
    "award22": lambda p, c: _pick(p, _VN_AWARDS, 5),
    "account22": lambda p, c: f"{_pick(p, _VN_BANKS, 6)} {p.bhxh[::-1]}{p.bhxh[2:5]}",
    "parent22": lambda p, c: _vn_name(p, True, p.full.split(" ", 1)[0], 7),
    "parent_phone22": lambda p, c: _other_phone(p),
    "driver22": lambda p, c: f"TX{p.bhxh[-5:]}",
    "licence22": lambda p, c: f"79{p.bhxh}",
    "licence_class22": lambda p, c: _pick(p, _VN_LICENCE_CLASSES, 3),
    "plate22": lambda p, c: f"{_pick(p, _VN_FIRMS_PLATE, 4)}-{p.bhxh[1:4]}.{p.bhxh[4:6]}",
    "guarantor22": lambda p, c: _other_vn(p, 5),
    "guarantor_phone22": lambda p, c: _other_phone(p, "03"),
    "household22": lambda p, c: f"GPMB-{p.bhxh[:2]}-{p.bhxh[-4:]}",
    "parcel22": lambda p, c: str(_num(p, 400)),
    "sheet22": lambda p, c: str(_num(p, 48)),
    "area22": lambda p, c: _pick(p, _VN_AREAS, 3),
    "compensation22": lambda p, c: _pick(p, _VN_COMPENSATION, 4),
    "collector22": lambda p, c: p.full if int(p.bhxh) % 3 else _other_vn(p, 6),
    "collector_phone22": lambda p, c: p.phone if int(p.bhxh) % 3 else _other_phone(p, "08"),
    "member22": lambda p, c: f"XV{p.bhxh[-4:]}",
    "hamlet22": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "capital22": lambda p, c: _pick(p, _VN_CAPITAL, 3),
    "farmland22": lambda p, c: _pick(p, _VN_FARMLAND, 4),
    "heir22": lambda p, c: _other_vn(p, 8),
    "heir_phone22": lambda p, c: _other_phone(p, "07"),
    "cedula_ve": lambda p, c: _cedula_ve(p),
    "ve_family": lambda p, c: f"{_pick(p, _VE_FAMILY, 2)} {_pick(p, _VE_FAMILY, 6)}",
    "ve_given": lambda p, c: _by_sex(p, _VE_GIVEN_M, _VE_GIVEN_F, 1),
    "sex_ve": lambda p, c: "M" if p.male else "F",
    "address_ve": lambda p, c: (
        f"{_ve_place(p)[0]}, {_ve_place(p)[1]}, EDIF. RES. {_pick(p, ('ARAGUA', 'LARA'), 3)}"
        f", PISO {_num(p, 12)}, APTO {_num(p, 12)}-{'ABCD'[int(p.bhxh[-1]) % 4]}"
        f", {_ve_place(p)[2]}"
    ),
    "post_ve": lambda p, c: _ve_place(p)[3],
    "phone_ve": lambda p, c: f"{_pick(p, _VE_MOBILE, 3)}-{p.phone[3:10]}",
    "proxy_ve": lambda p, c: (
        ""
        if int(p.bhxh) % 3
        else f"{_by_sex(p, _VE_GIVEN_F, _VE_GIVEN_M, 4)} {_pick(p, _VE_FAMILY, 5)}"
    ),
    "proxy_phone_ve": lambda p, c: "" if int(p.bhxh) % 3 else f"0412-{p.bhxh[::-1][:7]}",
    "tj_family": lambda p, c: _tj_family(p),
    "tj_given": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "patronymic_tj": lambda p, c: _pick(p, _TJ_FATHERS, 3) + ("ович" if p.male else "овна"),
    "sex_tj": lambda p, c: "мард" if p.male else "зан",
    "inn_tj": lambda p, c: f"{_pick(p, ('0', '1', '3', '4', '5'), 4)}{p.bhxh[1:9]}",
    "passport_tj": lambda p, c: f"4{p.bhxh[-8:]}",
    "address_tj": lambda p, c: (
        f"{_tj_place(p)[0]}, {_tj_place(p)[1]}, {_tj_place(p)[2]} {_num(p, 90)}"
        f", х. {int(p.bhxh[-2:]) + 1}"
    ),
    "post_tj": lambda p, c: _tj_place(p)[3],
    "phone_tj": lambda p, c: (
        f"+992 {_pick(p, ('93', '92', '90', '98', '88'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "trustee_tj": lambda p, c: f"{_pick(p, _TJ_FAMILY_M, 5)} {_pick(p, _TJ_GIVEN_M, 6)}",
    "trustee_phone_tj": lambda p, c: f"+992 93 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "omang_bw": lambda p, c: f"{p.bhxh[1:5]}{1 if p.male else 2}{p.bhxh[-4:]}",
    "bw_family": lambda p, c: _pick(p, _BW_FAMILY, 2),
    "bw_given": lambda p, c: _by_sex(p, _BW_GIVEN_M, _BW_GIVEN_F, 1),
    "sex_bw": lambda p, c: "Male" if p.male else "Female",
    "address_bw": lambda p, c: (
        f"{_bw_place(p)[0].format(n=_num(p, 90) * 100 + int(p.bhxh[-2:]))}, {_bw_place(p)[1]}"
    ),
    "box_bw": lambda p, c: f"P.O. Box {_num(p, 30) * 100 + int(p.bhxh[-2:])}, {_bw_place(p)[2]}",
    "phone_bw": lambda p, c: (
        f"7{_pick(p, ('1', '2', '3', '4', '5', '6'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "nok_bw": lambda p, c: (
        f"{_by_sex(p, _BW_GIVEN_F, _BW_GIVEN_M, 4)} {_pick(p, _BW_FAMILY, 5).title()}"
    ),
    "nok_phone_bw": lambda p, c: f"72 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "nid_al": lambda p, c: _nid_al(p),
    "al_given": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 1),
    "father_al": lambda p, c: _pick(p, _AL_FATHERS, 3),
    "al_family": lambda p, c: _pick(p, _AL_FAMILY, 2),
    "sex_al": lambda p, c: "M" if p.male else "F",
    "address_al": lambda p, c: (
        f"{_al_place(p)[0].format(n=_num(p, 60), f=int(p.bhxh[-1]) + 1)}, {_al_place(p)[1]}"
    ),
    "post_al": lambda p, c: _al_place(p)[2],
    "phone_al": lambda p, c: f"06{_pick(p, ('9', '8', '7'), 3)} {p.phone[3:6]} {p.phone[6:10]}",
    "contact_al": lambda p, c: (
        f"{_by_sex(p, _AL_GIVEN_F, _AL_GIVEN_M, 4)} {_pick(p, _AL_FAMILY, 5)}"
    ),
    "contact_phone_al": lambda p, c: f"069 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "ic_bn": lambda p, c: f"{_pick(p, ('00', '01', '01', '30'), 3)}-{p.bhxh[-6:]}",
    "bn_full": lambda p, c: _bn_full(p),
    "sex_bn": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "address_bn": lambda p, c: (
        f"No. {_num(p, 60)}, Simpang {_num(p, 90) * 10 + int(p.bhxh[-1])}, {_bn_place(p)[0]}"
        f", {_bn_place(p)[1]}, {_bn_place(p)[2]}"
    ),
    "post_bn": lambda p, c: _bn_place(p)[3],
    "phone_bn": lambda p, c: f"+673 {_pick(p, ('8', '7', '2'), 3)}{p.phone[4:6]} {p.phone[6:10]}",
    "waris_bn": lambda p, c: (
        f"{_by_sex(p, _BN_GIVEN_F, _BN_GIVEN_M, 4)} {'binti' if p.male else 'bin'} "
        f"{_pick(p, _BN_FATHERS, 5)}"
    ),
    "waris_phone_bn": lambda p, c: f"+673 8{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
}
