"""How the people of the twenty-third part of the outside corpus (**blind 23**,
:mod:`lienthong.quality._corpus_blind23`) are written: four Vietnamese files' own columns (a
marriage's register number, book and spouse, a union member's card, union and group leader, a
teacher's school, grade, pay and bank account, a child's health-insurance card, birth, personal
number and guardian) and Nicaraguan, Belarusian, Mozambican, Syrian and Bhutanese names,
addresses, phones and identity numbers in the forms their cards show (the Nicaraguan cédula's
letter is the thirteen digits mod 23, the Belarusian identification number's last digit weighs its
characters 7, 3, 1 mod 10; the Mozambican BI, the Syrian national number and the Bhutanese CID
publish no check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BOOKS = ("01/2024", "01/2025", "02/2025", "01/2026")
_VN_UNIONS = (
    "CĐCS Cty TNHH Pouchen VN",
    "CĐCS Cty CP Dệt may Thành Công",
    "CĐCS Bệnh viện Quận 8",
    "CĐCS Trường THCS Lê Lợi",
    "CĐCS Cty TNHH Samsung Electronics VN",
)
_VN_UNION_GROUPS = ("Tổ 1 - Xưởng may", "Tổ 3 - Kho", "Tổ Văn phòng", "Tổ 5 - Đóng gói", "Tổ BV")
_VN_UNION_POSTS = ("Đoàn viên", "Đoàn viên", "Đoàn viên", "Tổ phó", "Ủy viên BCH")
_VN_SCHOOLS = (
    ("Trường MN Hoa Sen", "72915"),
    ("Trường TH Nguyễn Văn Trỗi", "72908"),
    ("Trường THCS Lý Thường Kiệt", "72911"),
    ("Trường TH Bình Hưng Hòa", "72012"),
    ("Trường MN Sơn Ca", "72905"),
)
#: (salary grade code, coefficients it takes)
_VN_GRADES = (
    ("V.07.02.26", ("2,34", "2,67", "3,00", "3,33")),
    ("V.07.03.29", ("2,34", "2,67", "3,00", "3,66")),
    ("V.07.04.32", ("2,34", "3,00", "3,33", "4,00")),
    ("V.07.02.25", ("4,00", "4,34", "4,68")),
)
_VN_BANKS = ("Vietcombank", "Agribank", "BIDV", "VietinBank")
_VN_HOSPITALS = (
    "79-071 BV Nhi Đồng 1",
    "79-024 BV Nhi Đồng 2",
    "79-540 TTYT Quận 8",
    "79-551 TYT Phường 4",
    "79-405 BV Quận Bình Thạnh",
)
_NI_FAMILY = ("López", "Martínez", "Gutiérrez", "Rivas", "Espinoza", "Téllez", "Obando", "Membreño")
_NI_GIVEN_M = ("José Ramón", "Carlos Alberto", "Denis", "Róger Antonio", "Wilber", "Yader")
_NI_GIVEN_F = ("María José", "Karla Vanessa", "Rosa Argentina", "Yahoska", "Francis", "Ana Julia")
#: (municipality code of the cédula, municipality, postcode, landmark address)
_NI_PLACES = (
    ("001", "Managua", "11001", "De la Rotonda El Güegüense {n} c. al sur, Bo. Monseñor Lezcano"),
    ("001", "Managua", "12066", "Del Colegio Teresiano {n} c. abajo, Col. Centroamérica"),
    ("281", "León", "21000", "De la Iglesia La Merced {n} c. al norte, Bo. El Calvario"),
    ("401", "Masaya", "41000", "Del parque central {n} c. al este, Bo. Monimbó"),
    ("201", "Granada", "43000", "Del Hospital Amistad Japón {n} c. al lago, Bo. Xalteva"),
    ("441", "Matagalpa", "61000", "Frente al Instituto Eliseo Picado, casa N° {n}"),
)
_NI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"
_BY_FAMILY_M = ("Ковалев", "Новик", "Шевчук", "Козловский", "Мельник", "Кравченко", "Ярошевич")
_BY_FAMILY_F = ("Ковалева", "Новик", "Шевчук", "Козловская", "Мельник", "Кравченко", "Ярошевич")
_BY_GIVEN_M = ("Александр", "Сергей", "Дмитрий", "Андрей", "Владимир", "Павел")
_BY_GIVEN_F = ("Ольга", "Татьяна", "Наталья", "Елена", "Анастасия", "Ирина")
#: (father's name as a son's patronymic, as a daughter's)
_BY_PATRONYMIC = (
    ("Александрович", "Александровна"),
    ("Николаевич", "Николаевна"),
    ("Иванович", "Ивановна"),
    ("Викторович", "Викторовна"),
    ("Михайлович", "Михайловна"),
)
#: (region letter of the identification number, address pattern, postcode)
_BY_PLACES = (
    ("H", "г. Минск, ул. Притыцкого, д. {n}, кв. {f}", "220140"),
    ("H", "г. Минск, пр-т Независимости, д. {n}, кв. {f}", "220030"),
    ("A", "г. Брест, ул. Советская, д. {n}, кв. {f}", "224005"),
    ("B", "г. Витебск, ул. Ленина, д. {n}, кв. {f}", "210015"),
    ("C", "г. Гомель, ул. Советская, д. {n}, кв. {f}", "246050"),
    ("M", "Минская обл., Минский р-н, аг. Колодищи, ул. Лесная, д. {n}", "223050"),
)
_MZ_FAMILY = ("Macuácua", "Cossa", "Sitoe", "Mondlane", "Nhantumbo", "Chissano", "Langa", "Tembe")
_MZ_GIVEN_M = ("João Carlos", "Armando", "Fernando", "Celso", "Hélder", "Januário")
_MZ_GIVEN_F = ("Maria Amélia", "Graça", "Celeste", "Felismina", "Albertina", "Lúcia")
#: (province digits of the BI, district, postcode, bairro)
_MZ_PLACES = (
    ("11", "KaMpfumo", "1100", "Bairro da Polana Cimento"),
    ("11", "KaMaxakeni", "1101", "Bairro do Aeroporto"),
    ("10", "Matola", "1200", "Bairro da Machava"),
    ("07", "Beira", "2100", "Bairro da Ponta-Gêa"),
    ("03", "Nampula", "3100", "Bairro de Muahivire"),
)
_SY_GIVEN_M = ("محمد", "أحمد", "عمر", "خالد", "سامر", "باسل", "مازن")
_SY_GIVEN_F = ("رهف", "لمى", "هبة", "ديما", "رشا", "نور", "سلمى")
_SY_FATHERS = ("محمود", "عبد الرحمن", "ياسين", "نزار", "فايز", "غسان")
_SY_MOTHERS = ("فاطمة", "سعاد", "نجاح", "منى", "وداد", "هيفاء")
_SY_FAMILY = ("الحلبي", "الشامي", "العطار", "قباني", "الخطيب", "السقا", "حداد", "المصري")
#: (governorate digits of the national number, city, neighbourhood, street)
_SY_PLACES = (
    ("01", "دمشق", "المزة", "شارع الجلاء"),
    ("01", "دمشق", "ركن الدين", "شارع أسد الدين"),
    ("02", "حلب", "الفرقان", "شارع النيل"),
    ("03", "حمص", "الإنشاءات", "شارع الحضارة"),
    ("05", "اللاذقية", "الزراعة", "شارع الثورة"),
)
_BT_FIRST = ("Karma", "Sonam", "Pema", "Tshering", "Dorji", "Kinley", "Ugyen", "Jigme")
_BT_SECOND_M = ("Wangchuk", "Dorji", "Tenzin", "Phuntsho", "Namgyel", "Gyeltshen")
_BT_SECOND_F = ("Choden", "Wangmo", "Lhamo", "Yangzom", "Dema", "Pelden")
#: (dzongkhag, gewog, village, postcode, CID's leading digits)
_BT_PLACES = (
    ("Thimphu", "Chang", "Motithang", "11001", "115"),
    ("Thimphu", "Kawang", "Taba", "11001", "115"),
    ("Paro", "Wangchang", "Bondey", "12001", "105"),
    ("Punakha", "Guma", "Khuruthang", "13001", "107"),
    ("Chukha", "Phuentsholing", "Rinchending", "21101", "102"),
    ("Bumthang", "Chhoekhor", "Chamkhar", "32001", "101"),
)
_BT_AGENCIES = ("Bank of Bhutan Ltd.", "Ministry of Education", "Druk Green Power Corp.", "RSTA")


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _spouse_birth(p: Person) -> date:
    return p.birth + timedelta(days=(-1 if p.male else 1) * (int(p.bhxh[-3:]) % 1500))


def _child_birth(p: Person) -> date:
    """A child under six on 1 January 2026: the person's day and month in 2020-2025."""
    return date(2020 + p.birth.year % 6, p.birth.month, min(p.birth.day, 28))


def _vn_id(p: Person, male: bool, year: int, serial: int) -> str:
    return make_cccd(p.cccd[:3], "male" if male else "female", year, serial)


def _ni_place(p: Person) -> tuple[str, str, str, str]:
    return _NI_PLACES[int(p.bhxh) // 9 % len(_NI_PLACES)]


def _cedula_ni(p: Person) -> str:
    """A Nicaraguan cédula, ``001-150385-0012A``: the municipality of registration, the birth date
    ``ddmmyy``, a serial and the letter of the thirteen digits mod 23."""
    body = f"{_ni_place(p)[0]}{p.birth:%d%m%y}{p.bhxh[-4:]}"
    return f"{body[:3]}-{body[3:9]}-{body[9:]}{_NI_LETTERS[int(body) % 23]}"


def _by_place(p: Person) -> tuple[str, str, str]:
    return _BY_PLACES[int(p.bhxh) // 9 % len(_BY_PLACES)]


def _idn_by(p: Person) -> str:
    """A Belarusian identification number, ``3150385H001PB5``: sex and century, ``ddmmyy``, the
    region letter, a serial, ``PB`` and a check digit weighing the characters 7, 3, 1."""
    century = 0 if p.birth.year < 2000 else 2
    body = f"{century + (3 if p.male else 4)}{p.birth:%d%m%y}{_by_place(p)[0]}{p.bhxh[-3:]}PB"
    total = sum(int(ch, 36) * (7, 3, 1)[i % 3] for i, ch in enumerate(body))
    return f"{body}{total % 10}"


def _mz_place(p: Person) -> tuple[str, str, str, str]:
    return _MZ_PLACES[int(p.bhxh) // 9 % len(_MZ_PLACES)]


def _sy_place(p: Person) -> tuple[str, str, str, str]:
    return _SY_PLACES[int(p.bhxh) // 9 % len(_SY_PLACES)]


def _bt_place(p: Person) -> tuple[str, str, str, str, str]:
    return _BT_PLACES[int(p.bhxh) // 9 % len(_BT_PLACES)]


def _bt_name(p: Person, male: bool, salt: int) -> str:
    return f"{_pick(p, _BT_FIRST, salt)} {_pick(p, _BT_SECOND_M if male else _BT_SECOND_F, salt)}"


WRITERS_BLIND23: dict[str, Callable[[Person, Col], object]] = {
    "reg23": lambda p, c: f"{_num(p, 120):02d}",
    "book23": lambda p, c: _pick(p, _VN_BOOKS, 2),
    "spouse23": lambda p, c: _vn_name(p, not p.male, _pick(p, _FAMILY, 3), 4),
    "spouse_birth23": lambda p, c: f"{_spouse_birth(p):%d/%m/%Y}",
    "spouse_id23": lambda p, c: _vn_id(p, not p.male, _spouse_birth(p).year, int(p.bhxh[:6][::-1])),
    "post23": lambda p, c: f"7{_pick(p, ('2', '3', '4'), 2)}{p.bhxh[-3:]}",
    "clerk23": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 6), 7),
    "clerk_phone23": lambda p, c: _other_phone(p, "03"),
    "union_card23": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[-6:]}",
    "union23": lambda p, c: _pick(p, _VN_UNIONS, 2),
    "union_group23": lambda p, c: _pick(p, _VN_UNION_GROUPS, 3),
    "union_role23": lambda p, c: _pick(p, _VN_UNION_POSTS, 4),
    "union_zip23": lambda p, c: f"7{_pick(p, ('0', '1', '2', '3'), 6)}{p.bhxh[-3:]}",
    "leader23": lambda p, c: _vn_name(p, True, _pick(p, _FAMILY, 5), 6),
    "leader_phone23": lambda p, c: _other_phone(p, "09"),
    "staff23": lambda p, c: f"GV{p.bhxh[-5:]}",
    "school23": lambda p, c: _pick(p, tuple(s for s, _ in _VN_SCHOOLS), 2),
    "school_post23": lambda p, c: dict(_VN_SCHOOLS)[_pick(p, tuple(s for s, _ in _VN_SCHOOLS), 2)],
    "grade23": lambda p, c: _VN_GRADES[int(p.bhxh) // 7 % len(_VN_GRADES)][0],
    "coefficient23": lambda p, c: _pick(p, _VN_GRADES[int(p.bhxh) // 7 % len(_VN_GRADES)][1], 3),
    "net_pay23": lambda p, c: f"{(6 + _num(p, 9)) * 1_000_000 + int(p.bhxh[-3:]) * 1000:,}".replace(
        ",", "."
    ),
    "account23": lambda p, c: f"{_pick(p, ('0071', '1903', '3110', '1010'), 4)}{p.bhxh}",
    "bank23": lambda p, c: _pick(p, _VN_BANKS, 4),
    "accountant23": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 8), 9),
    "accountant_phone23": lambda p, c: _other_phone(p, "08"),
    "card_te23": lambda p, c: f"TE1{p.cccd[1:3]}{p.bhxh}",
    "child_birth23": lambda p, c: f"{_child_birth(p):%d/%m/%Y}",
    "child_id23": lambda p, c: _vn_id(p, p.male, _child_birth(p).year, int(p.bhxh[-6:])),
    "child_post23": lambda p, c: f"7{_pick(p, ('0', '1', '2'), 5)}{p.bhxh[-3:]}",
    "hospital23": lambda p, c: _pick(p, _VN_HOSPITALS, 3),
    "guardian23": lambda p, c: _vn_name(p, int(p.bhxh) % 3 == 0, p.family, 5),
    "guardian_id23": lambda p, c: _vn_id(
        p, int(p.bhxh) % 3 == 0, 1985 + int(p.bhxh[-2:]) % 15, int(p.bhxh[2:8])
    ),
    "guardian_phone23": lambda p, c: p.phone,
    "cedula_ni": lambda p, c: _cedula_ni(p),
    "ni_given": lambda p, c: _by_sex(p, _NI_GIVEN_M, _NI_GIVEN_F, 1),
    "ni_family": lambda p, c: f"{_pick(p, _NI_FAMILY, 2)} {_pick(p, _NI_FAMILY, 6)}",
    "sex_ni": lambda p, c: "Masculino" if p.male else "Femenino",
    "address_ni": lambda p, c: f"{_ni_place(p)[3].format(n=_num(p, 5))}, {_ni_place(p)[1]}",
    "muni_ni": lambda p, c: _ni_place(p)[1],
    "post_ni": lambda p, c: _ni_place(p)[2],
    "phone_ni": lambda p, c: f"{_pick(p, ('8', '7', '5'), 3)}{p.phone[3:6]}-{p.phone[6:10]}",
    "beneficiary_ni": lambda p, c: (
        f"{_by_sex(p, _NI_GIVEN_F, _NI_GIVEN_M, 4)} {_pick(p, _NI_FAMILY, 5)}"
    ),
    "beneficiary_phone_ni": lambda p, c: f"8{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:7]}",
    "inss_ni": lambda p, c: f"{p.bhxh[1:9]}",
    "idn_by": lambda p, c: _idn_by(p),
    "by_family": lambda p, c: _by_sex(p, _BY_FAMILY_M, _BY_FAMILY_F, 2),
    "by_given": lambda p, c: _by_sex(p, _BY_GIVEN_M, _BY_GIVEN_F, 1),
    "by_patronymic": lambda p, c: _BY_PATRONYMIC[int(p.bhxh) // 5 % 5][0 if p.male else 1],
    "sex_by": lambda p, c: "М" if p.male else "Ж",
    "address_by": lambda p, c: _by_place(p)[1].format(n=_num(p, 90), f=_num(p, 94)),
    "post_by": lambda p, c: _by_place(p)[2],
    "phone_by": lambda p, c: (
        f"+375 {_pick(p, ('29', '33', '44', '25'), 3)} {p.phone[3:6]}-{p.phone[6:8]}-"
        f"{p.phone[8:10]}"
    ),
    "contact_by": lambda p, c: (
        f"{_by_sex(p, _BY_FAMILY_F, _BY_FAMILY_M, 4)} {_by_sex(p, _BY_GIVEN_F, _BY_GIVEN_M, 5)}"
    ),
    "contact_phone_by": lambda p, c: (
        f"+375 29 {p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:5]}-{p.bhxh[::-1][5:7]}"
    ),
    "bi_mz": lambda p, c: (
        f"{_mz_place(p)[0]}{p.bhxh[:8]}{p.bhxh[-2:]}{_pick(p, ('A', 'B', 'F', 'M', 'N', 'P'), 3)}"
    ),
    "nuit_mz": lambda p, c: f"1{p.bhxh[1:9]}",
    "mz_family": lambda p, c: _pick(p, _MZ_FAMILY, 2),
    "mz_given": lambda p, c: _by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 1),
    "sex_mz": lambda p, c: "M" if p.male else "F",
    "address_mz": lambda p, c: (
        f"{_mz_place(p)[3]}, Quarteirão {_num(p, 40)}, Casa n.º {_num(p, 90)}"
    ),
    "district_mz": lambda p, c: _mz_place(p)[1],
    "post_mz": lambda p, c: _mz_place(p)[2],
    "phone_mz": lambda p, c: (
        f"{_pick(p, ('84', '82', '86', '87'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "contact_mz": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_F, _MZ_GIVEN_M, 4)} {_pick(p, _MZ_FAMILY, 5)}"
    ),
    "contact_phone_mz": lambda p, c: f"84 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "nid_sy": lambda p, c: f"{_sy_place(p)[0]}{p.bhxh[1:10]}",
    "sy_given": lambda p, c: _by_sex(p, _SY_GIVEN_M, _SY_GIVEN_F, 1),
    "father_sy": lambda p, c: _pick(p, _SY_FATHERS, 2),
    "sy_family": lambda p, c: _pick(p, _SY_FAMILY, 3),
    "mother_sy": lambda p, c: _pick(p, _SY_MOTHERS, 4),
    "sex_sy": lambda p, c: "ذكر" if p.male else "أنثى",
    "qaid_sy": lambda p, c: f"{_sy_place(p)[2]} / {_num(p, 400)}",
    "address_sy": lambda p, c: (
        f"{_sy_place(p)[1]} - {_sy_place(p)[2]} - {_sy_place(p)[3]} - بناء {_num(p, 60)}"
    ),
    "pobox_sy": lambda p, c: f"{_num(p, 9000) + 1000}",
    "phone_sy": lambda p, c: (
        f"09{_pick(p, ('4', '3', '5', '8'), 3)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "agent_sy": lambda p, c: (
        f"{_pick(p, _SY_GIVEN_M, 5)} {_pick(p, _SY_FATHERS, 6)} {_pick(p, _SY_FAMILY, 7)}"
    ),
    "agent_phone_sy": lambda p, c: f"0933 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "cid_bt": lambda p, c: f"{_bt_place(p)[4]}{p.bhxh[2:10]}",
    "bt_full": lambda p, c: _bt_name(p, p.male, 1),
    "sex_bt": lambda p, c: "Male" if p.male else "Female",
    "dzongkhag_bt": lambda p, c: _bt_place(p)[0],
    "gewog_bt": lambda p, c: _bt_place(p)[1],
    "address_bt": lambda p, c: (
        f"House No. {_num(p, 90)}, {_bt_place(p)[2]}, {_bt_place(p)[1]}, {_bt_place(p)[0]}"
    ),
    "post_bt": lambda p, c: _bt_place(p)[3],
    "phone_bt": lambda p, c: f"{_pick(p, ('17', '77'), 3)}{p.phone[4:10]}",
    "nominee_bt": lambda p, c: _bt_name(p, not p.male, 4),
    "nominee_phone_bt": lambda p, c: f"17{p.bhxh[::-1][:6]}",
    "agency_bt": lambda p, c: _pick(p, _BT_AGENCIES, 2),
}
