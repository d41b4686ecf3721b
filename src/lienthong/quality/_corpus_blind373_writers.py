"""How the people of the three-hundred-and-seventy-third part of the outside corpus (**blind
373**, :mod:`lienthong.quality._corpus_blind373`) are written: customers of utilities (power,
bottled and piped gas, cable TV and internet) in Vietnam, Zambia, Uzbekistan, Ecuador, Cyprus
and Bangladesh, with their customer and meter numbers, tariffs, arrears and the staff who serve
them."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _pinfl
from lienthong.quality._corpus_blind59_writers import _bd_nid

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# --- Vietnam -------------------------------------------------------------------------------
#: (ward, district, province, EVN unit code)
_VN_PLACES = (
    ("Phường Hiệp Phú", "TP Thủ Đức", "TP Hồ Chí Minh", "PE0900"),
    ("Phường Tân Thới Nhất", "Quận 12", "TP Hồ Chí Minh", "PE0800"),
    ("Xã Đông Thạnh", "Huyện Hóc Môn", "TP Hồ Chí Minh", "PE1200"),
    ("Phường Hạ Long", "TP Nam Định", "Tỉnh Nam Định", "PA0701"),
    ("Xã Thủy Đường", "Huyện Thủy Nguyên", "TP Hải Phòng", "PH0300"),
    ("Phường Bãi Cháy", "TP Hạ Long", "Tỉnh Quảng Ninh", "PA0302"),
)
_VN_STREETS = (
    "Tổ 5, Khu 3",
    "Hẻm 42 Lê Văn Việt",
    "Số 17 ngõ 8 Trần Phú",
    "Thôn Đông",
    "Khu phố 4",
    "Tổ 12 Khu Đồi",
)
_VN_STAFF = ("Trần Văn Khải", "Lê Thị Hoa", "Phạm Minh Tuấn", "Đỗ Văn Cường", "Vũ Thị Ngân")
_TARIFF = ("SHBT", "SHBT", "KDDV", "SHBT - 3 hộ", "SXBT")
_OVERDUE = ("Đã TB lần 1", "Đã TB lần 2", "Đã cắt điện", "Đã thanh toán", "Hẹn trả")
_CYLINDER = (
    "Petrolimex 12kg",
    "Gia Đình 12kg",
    "Saigon Petro 12kg",
    "Total 12kg",
    "Petrolimex 48kg",
    "Shell 12kg",
)
_STOVE = ("Bếp đôi Rinnai", "Bếp đơn mini", "Bếp công nghiệp", "Không", "Bếp âm Paloma")
_GAS_NOTE = ("Giao tầng 3", "Gọi trước 15p", "", "Khách quen", "Nợ tiền vỏ", "")
_TV_PACK = ("SCTV Analog", "SCTV HD Basic", "Combo HD + Net 150Mbps", "K+ Premium", "SCTV Digital")
_TV_STATUS = ("Đang hoạt động", "Đang hoạt động", "Tạm ngưng", "Hủy", "Chờ lắp đặt")
_YAGI = ("Giảm 10%", "Giảm 10%", "Giảm 5%", "Miễn 100% (cấp cứu/sơ tán)")


def _vn_place(p: Person) -> tuple[str, str, str, str]:
    return _VN_PLACES[int(p.bhxh) // 11 % len(_VN_PLACES)]


def _vnd(p: Person, lo: int, step: int, n: int) -> str:
    return f"{lo + _num(p, n) * step:,}".replace(",", ".")


def _evn_code(p: Person) -> str:
    return f"{_vn_place(p)[3]}{p.bhxh[-7:]}"


def _vn_addr(p: Person) -> str:
    ward, district, province, _ = _vn_place(p)
    return f"{_pick(p, _VN_STREETS, 2)}, {ward}, {district}, {province}"


# --- Zambia --------------------------------------------------------------------------------
#: (area, town, province, NRC district code)
_ZM_PLACES = (
    ("Chelston", "Lusaka", "Lusaka", "11"),
    ("Kabwata", "Lusaka", "Lusaka", "11"),
    ("Nkana East", "Kitwe", "Copperbelt", "21"),
    ("Chimwemwe", "Kitwe", "Copperbelt", "21"),
    ("Dambwa North", "Livingstone", "Southern", "41"),
    ("Kalundu", "Choma", "Southern", "43"),
)
_ZM_GIVEN_M = ("Mwila", "Chanda", "Bwalya", "Mulenga", "Kelvin", "Joseph")
_ZM_GIVEN_F = ("Mutinta", "Chileshe", "Natasha", "Mwape", "Precious", "Bupe")
_ZM_FAMILY = ("Banda", "Phiri", "Mwansa", "Tembo", "Zulu", "Mumba", "Hamoonga", "Lungu")
_ZM_ROADS = ("Great East Rd", "Chindo Rd", "Freedom Way", "Kafue Rd", "Independence Ave")
_ZM_TARIFF = ("R1 Residential Prepaid", "R1 Residential Prepaid", "C1 Commercial", "R1 Lifeline")


def _zm_place(p: Person) -> tuple[str, str, str, str]:
    return _ZM_PLACES[int(p.bhxh) // 7 % len(_ZM_PLACES)]


def _zm_name(p: Person) -> str:
    return f"{_by_sex(p, _ZM_GIVEN_M, _ZM_GIVEN_F, 3)} {_pick(p, _ZM_FAMILY, 5)}"


def _zm_phone(p: Person) -> str:
    return f"+260 9{'757'[_num(p, 3) - 1]} {p.phone[3:6]} {p.phone[6:]}"


# --- Uzbekistan ----------------------------------------------------------------------------
_UZ_LAT_M = (("Karimov", "Jasur"), ("Tursunov", "Bobur"), ("Rahimov", "Otabek"))
_UZ_LAT_F = (("Karimova", "Dilnoza"), ("Yusupova", "Madina"), ("Rahimova", "Gulnora"))
_UZ_CYR_M = (("Каримов", "Жасур"), ("Турсунов", "Бобур"), ("Раҳимов", "Отабек"))
_UZ_CYR_F = (("Каримова", "Дилноза"), ("Юсупова", "Мадина"), ("Раҳимова", "Гулнора"))
_UZ_FATHER_LAT = ("Akmal o'g'li", "Rustam o'g'li", "Shavkat qizi", "Anvar qizi")
_UZ_FATHER_CYR = ("Акмал ўғли", "Рустам ўғли", "Шавкат қизи", "Анвар қизи")
_UZ_PLACES = (
    ("Chilonzor tumani, Qatortol ko'chasi", "Toshkent sh."),
    ("Yunusobod tumani, Amir Temur ko'chasi", "Toshkent sh."),
    ("Samarqand sh., Registon ko'chasi", "Samarqand viloyati"),
    ("Marg'ilon sh., Mustaqillik ko'chasi", "Farg'ona viloyati"),
)
_UZ_METER = ("G4 Elster", "G2.5 Itron", "G4 Smart (AMR)", "G6 Gallus")


def _uz_cyr(p: Person) -> bool:
    return int(p.bhxh) % 3 == 0


def _uz_name(p: Person) -> str:
    i = _num(p, 3) - 1
    if _uz_cyr(p):
        fam, giv = (_UZ_CYR_M if p.male else _UZ_CYR_F)[i]
        father = _UZ_FATHER_CYR[(0 if p.male else 2) + int(p.bhxh[4]) % 2]
    else:
        fam, giv = (_UZ_LAT_M if p.male else _UZ_LAT_F)[i]
        father = _UZ_FATHER_LAT[(0 if p.male else 2) + int(p.bhxh[4]) % 2]
    return f"{fam} {giv} {father}"


def _uz_addr(p: Person) -> str:
    street, region = _UZ_PLACES[int(p.bhxh) // 5 % len(_UZ_PLACES)]
    return f"{region}, {street}, {_num(p, 90) + 1}-uy"


# --- Ecuador -------------------------------------------------------------------------------
#: (province code, province, cantón, parroquia)
_EC_PLACES = (
    ("09", "Guayas", "Guayaquil", "Tarqui"),
    ("09", "Guayas", "Durán", "Eloy Alfaro"),
    ("17", "Pichincha", "Quito", "Chillogallo"),
    ("13", "Manabí", "Portoviejo", "Andrés de Vera"),
    ("07", "El Oro", "Machala", "La Providencia"),
)
_EC_GIVEN_M = ("Luis Alberto", "José Miguel", "Carlos Andrés", "Byron Xavier")
_EC_GIVEN_F = ("María José", "Gabriela Alexandra", "Diana Carolina", "Jessica Paola")
_EC_FAMILY = ("Zambrano", "Cedeño", "Quishpe", "Vera", "Mendoza", "Morán", "Chávez")
_EC_MOTHER = ("Loor", "Intriago", "Pilco", "Castro", "Bravo", "Alcívar")
_EC_PLAN = ("Fibra 100 Mbps", "Fibra 300 Mbps", "Fibra 500 Mbps + TV", "Plan Hogar 60 Mbps")
_EC_STREETS = ("Av. 25 de Julio", "Cdla. Los Esteros Mz. 12", "Calle Bolívar", "Av. Maldonado")


def _ec_place(p: Person) -> tuple[str, str, str, str]:
    return _EC_PLACES[int(p.bhxh) // 3 % len(_EC_PLACES)]


def _cedula_ec373(p: Person) -> str:
    return _luhn(f"{_ec_place(p)[0]}{int(p.bhxh[2]) % 6}{p.bhxh[-6:]}")


def _ec_name(p: Person) -> str:
    first = _pick(p, _EC_FAMILY, 2)
    second = _pick(p, _EC_MOTHER, 9)
    return f"{first} {second} {_by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 4)}".upper()


def _ec_email(p: Person) -> str:
    family, given = _pick(p, _EC_FAMILY, 2), _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 4)
    plain = unicodedata.normalize("NFD", f"{given.split()[0]}.{family}").encode("ascii", "ignore")
    return f"{plain.decode().lower()}{p.bhxh[-2:]}@hotmail.com"


# --- Cyprus --------------------------------------------------------------------------------
_CY_GIVEN_M = ("Ανδρέας", "Γιώργος", "Χαράλαμπος", "Κυριάκος", "Παναγιώτης")
_CY_GIVEN_F = ("Μαρία", "Ελένη", "Άντρη", "Χρυστάλλα", "Σωτηρούλα")
_CY_FAMILY = ("Γεωργίου", "Χριστοδούλου", "Κωνσταντίνου", "Ιωάννου", "Σάββα", "Χαραλάμπους")
#: (street, postcode, town, district)
_CY_PLACES = (
    ("Λεωφ. Αρχ. Μακαρίου Γ'", "1065", "Λευκωσία", "Λευκωσία"),
    ("Οδός Αγίας Φυλάξεως", "3025", "Λεμεσός", "Λεμεσός"),
    ("Οδός Ερμού", "6021", "Λάρνακα", "Λάρνακα"),
    ("Λεωφ. Αποστόλου Παύλου", "8046", "Πάφος", "Πάφος"),
    ("Οδός Κύπρου", "2540", "Δάλι", "Λευκωσία"),
)
_CY_VULN = ("Όχι", "Όχι", "Ναι - Δημόσιο Βοήθημα", "Ναι - Αναπηρία", "Ναι - Πολύτεκνοι")
_CY_TARIFF = ("01 Οικιακή", "01 Οικιακή", "08 Ευάλωτοι", "02 Οικιακή Οικονομική")


def _cy_place(p: Person) -> tuple[str, str, str, str]:
    return _CY_PLACES[int(p.bhxh) // 9 % len(_CY_PLACES)]


def _cy_name(p: Person) -> str:
    given = _by_sex(p, _CY_GIVEN_M, _CY_GIVEN_F, 6)
    return f"{given} {_pick(p, _CY_FAMILY, 2)}"


def _cy_id373(p: Person) -> str:
    return f"{int(p.bhxh[-7:]) % 1_100_000 + 200_000}"


# --- Bangladesh ----------------------------------------------------------------------------
_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_BD_GIVEN_M = ("মোঃ রফিকুল ইসলাম", "আব্দুল করিম", "মোঃ শাহিন আলম", "কামরুল হাসান")
_BD_GIVEN_F = ("রাশিদা বেগম", "নাসরিন আক্তার", "ফাতেমা খাতুন", "সুমাইয়া ইসলাম")
_BD_FATHER = ("মোঃ আবুল কাশেম", "আব্দুর রহমান", "মোঃ নূরুল হক", "হাজী সিরাজুল ইসলাম")
_BD_PLACES = (
    ("বাড়ি ১২, রোড ৫, মিরপুর-১০", "মিরপুর", "ঢাকা"),
    ("৪৫/২ শান্তিনগর", "পল্টন", "ঢাকা"),
    ("হোল্ডিং ৭৮, চাষাড়া", "নারায়ণগঞ্জ সদর", "নারায়ণগঞ্জ"),
    ("টঙ্গী বাজার রোড", "গাজীপুর সদর", "গাজীপুর"),
)
_BD_BURNER = ("ডাবল বার্নার", "ডাবল বার্নার", "সিঙ্গেল বার্নার", "প্রিপেইড মিটার")
_BD_STATUS = ("চালু", "চালু", "বিচ্ছিন্ন", "বকেয়া")


def _bd_addr(p: Person) -> str:
    house, thana, district = _BD_PLACES[int(p.bhxh) // 4 % len(_BD_PLACES)]
    return f"{house}, {thana}, {district}"


WRITERS_BLIND373: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "evn_code373": lambda p, c: _evn_code(p),
    "meter373": lambda p, c: f"{_num(p, 90) + 10}{p.bhxh[-6:]}",
    "station373": lambda p, c: f"TBA {_vn_place(p)[0].split(' ', 1)[1]} {_num(p, 14)}",
    "tariff373": lambda p, c: _pick(p, _TARIFF, 3),
    "period373": lambda p, c: f"T{_num(p, 3) + 9}/2024",
    "debt373": lambda p, c: _vnd(p, 180_000, 13_500, 120),
    "days373": lambda p, c: str(_num(p, 40) + 15),
    "overdue373": lambda p, c: _pick(p, _OVERDUE, 6),
    "kwh373": lambda p, c: str(_num(p, 400) + 60),
    "cut373": lambda p, c: _pick(p, _YAGI, 5),
    "cut_amt373": lambda p, c: _vnd(p, 25_000, 1_700, 200),
    "staff373": lambda p, c: _pick(p, _VN_STAFF, 7),
    "staff_phone373": lambda p, c: _other_phone(p, "08"),
    "ward373": lambda p, c: _vn_place(p)[0],
    "district373": lambda p, c: _vn_place(p)[1],
    "province373": lambda p, c: _vn_place(p)[2],
    "street373": lambda p, c: _pick(p, _VN_STREETS, 2),
    "addr373": lambda p, c: _vn_addr(p),
    "cylinder373": lambda p, c: _pick(p, _CYLINDER, 3),
    "serial373": lambda p, c: f"PLX-{p.bhxh[:2]}-{p.bhxh[-6:]}",
    "deposit373": lambda p, c: _vnd(p, 300_000, 50_000, 8),
    "price373": lambda p, c: _vnd(p, 420_000, 5_000, 12),
    "stove373": lambda p, c: _pick(p, _STOVE, 8),
    "gas_note373": lambda p, c: _pick(p, _GAS_NOTE, 9),
    "contract373": lambda p, c: f"HĐKQ-{_num(p, 900) + 100}/{p.other_date:%Y}",
    "tv_id373": lambda p, c: f"SCTV{p.bhxh[1:9]}",
    "smartcard373": lambda p, c: f"8704 {p.bhxh[:4]} {p.bhxh[4:8]} {p.bhxh[8:]}{p.phone[-2:]}",
    "tv_pack373": lambda p, c: _pick(p, _TV_PACK, 4),
    "tv_status373": lambda p, c: _pick(p, _TV_STATUS, 5),
    "tv_fee373": lambda p, c: _vnd(p, 99_000, 10_000, 25),
    "tech373": lambda p, c: _other_vn(p, 11, male=True),
    "payer373": lambda p, c: _other_vn(p, 5),
    # Zambia
    "zm_name373": lambda p, c: _zm_name(p),
    "nrc373": lambda p, c: f"{p.bhxh[1:7]}/{_zm_place(p)[3]}/1",
    "zm_meter373": lambda p, c: f"0{p.bhxh[:4]}{p.phone[-6:]}",
    "zm_acct373": lambda p, c: f"{_num(p, 9) + 1}{p.bhxh[-8:]}",
    "zm_tariff373": lambda p, c: _pick(p, _ZM_TARIFF, 4),
    "zm_plot373": lambda p, c: f"Plot {_num(p, 9000) + 100} {_pick(p, _ZM_ROADS, 6)}",
    "zm_area373": lambda p, c: _zm_place(p)[0],
    "zm_town373": lambda p, c: _zm_place(p)[1],
    "zm_prov373": lambda p, c: _zm_place(p)[2],
    "zm_phone373": lambda p, c: _zm_phone(p),
    "zm_kin373": lambda p, c: f"{_pick(p, _ZM_GIVEN_F, 8)} {_pick(p, _ZM_FAMILY, 5)}",
    "zm_units373": lambda p, c: f"{_num(p, 300) + 20}.{_num(p, 9)} kWh",
    "sex_zm373": lambda p, c: "Male" if p.male else "Female",
    # Uzbekistan
    "uz_name373": lambda p, c: _uz_name(p),
    "pinfl373": lambda p, c: _pinfl(p),
    "uz_passport373": lambda p, c: f"A{'ABCD'[_num(p, 4) - 1]} {p.bhxh[-7:]}",
    "uz_addr373": lambda p, c: _uz_addr(p),
    "uz_acct373": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:9]}",
    "uz_meter373": lambda p, c: _pick(p, _UZ_METER, 3),
    "uz_meter_no373": lambda p, c: f"{p.bhxh[2:10]}",
    "uz_debt373": lambda p, c: f"{_num(p, 900) * 1250:,}".replace(",", " "),
    "uz_phone373": lambda p, c: f"+998 9{_num(p, 5)} {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:]}",
    "uz_ctrl373": lambda p, c: _pick(p, ("Abdullayev S.", "Норматов Б.", "Qodirova M."), 8),
    "sex_uz373": lambda p, c: "erkak" if p.male else "ayol",
    # Ecuador
    "ec_name373": lambda p, c: _ec_name(p),
    "cedula373": lambda p, c: _cedula_ec373(p),
    "cuen373": lambda p, c: f"{p.bhxh}{_num(p, 9)}",
    "ec_plan373": lambda p, c: _pick(p, _EC_PLAN, 5),
    "ec_street373": lambda p, c: f"{_pick(p, _EC_STREETS, 3)} y Calle {_num(p, 40) + 1}",
    "ec_prov373": lambda p, c: _ec_place(p)[1],
    "ec_canton373": lambda p, c: _ec_place(p)[2],
    "ec_parish373": lambda p, c: _ec_place(p)[3],
    "ec_phone373": lambda p, c: f"09{p.phone[2:10]}",
    "ec_email373": lambda p, c: _ec_email(p),
    "ec_fee373": lambda p, c: f"{25 + _num(p, 40)},{_num(p, 99):02d}",
    "ec_ref373": lambda p, c: f"{_pick(p, _EC_GIVEN_F, 6)} {_pick(p, _EC_FAMILY, 1)}",
    "sex_ec373": lambda p, c: "HOMBRE" if p.male else "MUJER",
    # Cyprus
    "cy_name373": lambda p, c: _cy_name(p),
    "cy_id373": lambda p, c: _cy_id373(p),
    "cy_acct373": lambda p, c: f"{_num(p, 9) + 1}{p.bhxh[:7]}-{_num(p, 9)}",
    "cy_street373": lambda p, c: f"{_cy_place(p)[0]} {_num(p, 120) + 1}",
    "cy_pc373": lambda p, c: _cy_place(p)[1],
    "cy_town373": lambda p, c: _cy_place(p)[2],
    "cy_district373": lambda p, c: _cy_place(p)[3],
    "cy_phone373": lambda p, c: f"99{p.phone[4:10]}",
    "cy_vuln373": lambda p, c: _pick(p, _CY_VULN, 4),
    "cy_tariff373": lambda p, c: _pick(p, _CY_TARIFF, 7),
    "cy_kwh373": lambda p, c: str(_num(p, 1400) + 150),
    "cy_sex373": lambda p, c: "Α" if p.male else "Θ",
    # Bangladesh
    "bd_name373": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 3),
    "bd_father373": lambda p, c: _pick(p, _BD_FATHER, 6),
    "bd_nid373": lambda p, c: _bd_nid(p),
    "bd_cust373": lambda p, c: f"{_num(p, 90) + 10}-{p.bhxh[-6:]}".translate(_BN_DIGITS),
    "bd_addr373": lambda p, c: _bd_addr(p),
    "bd_burner373": lambda p, c: _pick(p, _BD_BURNER, 5),
    "bd_due373": lambda p, c: f"{1080 * (_num(p, 6) + 1)}".translate(_BN_DIGITS),
    "bd_status373": lambda p, c: _pick(p, _BD_STATUS, 7),
    "bd_phone373": lambda p, c: f"01{'3789'[_num(p, 4) - 1]}{p.phone[2:4]}-{p.phone[4:10]}",
    "bd_sex373": lambda p, c: "পুরুষ" if p.male else "মহিলা",
}
