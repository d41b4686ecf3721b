"""How the people of the three hundred and forty-ninth part of the outside corpus (**blind 349**,
:mod:`lienthong.quality._corpus_blind349`) are written: four Vietnamese files' own columns (a
suspended sentence's judgment and probation, a released prisoner's release paper and loan, a home
drug rehabilitation decision and its family guardian, a commune education measure and its
mentor) and Slovak, Lithuanian, Belarusian, Maltese and Cypriot names, addresses, phones and
identity numbers in the forms their cards show (the rodné číslo divisible by 11, the asmens
kodas's check digit, the Belarusian identification number's 7-3-1 digit, the Maltese ID card's
trailing letter, the Cypriot identity card number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _asmens_kodas
from lienthong.quality._corpus_blind14_writers import _rodne_cislo
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_COURTS = (
    "TAND huyện Củ Chi",
    "TAND quận Gò Vấp",
    "TAND TP. Thủ Đức",
    "TAND tỉnh Long An",
    "TAND huyện Bình Chánh",
)
_VN_CRIMES = (
    "Trộm cắp tài sản (Đ.173)",
    "Cố ý gây thương tích (Đ.134)",
    "Đánh bạc (Đ.321)",
    "Vi phạm quy định về tham gia GTĐB (Đ.260)",
    "Lừa đảo chiếm đoạt tài sản (Đ.174)",
)
_VN_REVIEWS = ("Chấp hành tốt", "Chấp hành tốt, tích cực LĐ", "Khá", "Chưa báo cáo đúng hạn")
_VN_PROPOSAL = ("Đề nghị rút ngắn TGTT", "", "Không", "Đề nghị rút ngắn TGTT lần 2", "")
_VN_PRISONS = (
    "Trại giam Xuân Lộc",
    "Trại giam Thủ Đức",
    "Trại giam An Phước",
    "Trại giam Cây Cầy",
    "Trại tạm giam Chí Hòa",
)
_VN_LOAN_USE = ("Chăn nuôi heo", "Mở tiệm sửa xe", "Mua xe ba gác chở hàng", "Buôn bán nhỏ")
_VN_DRUGS = ("Ma túy tổng hợp (ice)", "Heroin", "Cần sa", "Ketamine", "Methamphetamine")
_VN_RELATION = ("Mẹ", "Cha", "Vợ", "Anh ruột", "Chị ruột", "Chồng")
_VN_TESTS = ("Âm tính", "Âm tính", "Dương tính MET", "Âm tính", "Chưa xét nghiệm")
_VN_TEAMS = ("Tổ CTCN xã Tân Thạnh Đông", "Tổ CTCN phường 12", "Tổ CTCN xã Phước Vĩnh An")
_VN_ACTS = (
    "Trom cap vat (lan 2)",
    "Danh bac trai phep",
    "Gay roi trat tu cong cong",
    "Su dung trai phep chat ma tuy",
    "Xam hai suc khoe nguoi khac",
)
_VN_ASSESS = ("Tot", "Kha", "Trung binh", "Chua tien bo")
_VN_EARLY = ("Da chap hanh 1/2 thoi han, tien bo ro rang", "", "", "Lap cong (cuu nguoi duoi nuoc)")

_SK_FAMILY_M = ("Novák", "Horváth", "Kováč", "Varga", "Tóth", "Baláž", "Szabó", "Molnár")
_SK_FAMILY_F = ("Nováková", "Horváthová", "Kováčová", "Vargová", "Tóthová", "Balážová")
_SK_GIVEN_M = ("Peter", "Martin", "Jozef", "Ján", "Michal", "Tomáš", "Marek", "Ľubomír")
_SK_GIVEN_F = ("Mária", "Zuzana", "Katarína", "Lucia", "Jana", "Ľudmila", "Eva")
#: (street line, PSČ, obec)
_SK_PLACES = (
    ("Obchodná 14", "811 06", "Bratislava"),
    ("Hlavná 102", "040 01", "Košice"),
    ("Štúrova 7/12", "949 01", "Nitra"),
    ("Nám. SNP 3", "974 01", "Banská Bystrica"),
    ("Kukučínova 28", "080 01", "Prešov"),
    ("Hurbanova 1650/9", "010 01", "Žilina"),
)
_SK_COURTS = ("OS Bratislava I", "OS Košice II", "OS Nitra", "OS Banská Bystrica", "OS Prešov")
_SK_OFFICERS = ("Mgr. Ivana Kráľová", "Mgr. Pavol Straka", "JUDr. Silvia Hudecová")

_LT_FAMILY_M = ("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas")
_LT_FAMILY_F = ("Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Žukauskienė")
_LT_GIVEN_M = ("Jonas", "Tomas", "Mantas", "Darius", "Giedrius", "Vytautas", "Andrius")
_LT_GIVEN_F = ("Rūta", "Jurgita", "Aušra", "Ieva", "Eglė", "Simona", "Lina")
#: (address, savivaldybė)
_LT_PLACES = (
    ("Gedimino pr. 24-7, LT-01103 Vilnius", "Vilniaus m. sav."),
    ("Savanorių pr. 181-12, LT-44150 Kaunas", "Kauno m. sav."),
    ("Taikos pr. 52-3, LT-91178 Klaipėda", "Klaipėdos m. sav."),
    ("Vilniaus g. 9, LT-76281 Šiauliai", "Šiaulių m. sav."),
    ("Respublikos g. 44-15, LT-35173 Panevėžys", "Panevėžio m. sav."),
)
_LT_COURTS = ("Vilniaus miesto apylinkės teismas", "Kauno apylinkės teismas", "Klaipėdos apyl. t.")
_LT_PENALTY = ("Laisvės apribojimas", "Bausmės vykdymo atidėjimas", "Viešieji darbai")
_LT_OFFICERS = ("R. Kairienė", "A. Mockus", "D. Urbonaitė")

_BY_FAMILY_M = ("Иванов", "Ковалёв", "Новик", "Козлов", "Мельник", "Шевчук", "Кравченко")
_BY_FAMILY_F = ("Иванова", "Ковалёва", "Новик", "Козлова", "Мельник", "Шевчук", "Кравченко")
_BY_GIVEN_M = ("Александр", "Сергей", "Дмитрий", "Андрей", "Павел", "Виталий", "Игорь")
_BY_GIVEN_F = ("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анастасия")
_BY_PATR_M = ("Александрович", "Николаевич", "Викторович", "Иванович", "Петрович")
_BY_PATR_F = ("Александровна", "Николаевна", "Викторовна", "Ивановна", "Петровна")
#: (region letter of the identification number, address)
_BY_PLACES = (
    ("H", "г. Минск, ул. Сурганова, д. 37, кв. 112"),
    ("C", "г. Гомель, ул. Советская, д. 21, кв. 8"),
    ("A", "г. Брест, ул. Московская, д. 204, кв. 56"),
    ("K", "г. Гродно, ул. Ожешко, д. 3, кв. 17"),
    ("B", "г. Витебск, пр-т Фрунзе, д. 81, корп. 2, кв. 40"),
    ("E", "г. Могилёв, ул. Первомайская, д. 65, кв. 9"),
)
_BY_PENALTY = ("Ограничение свободы без направления", "Исправительные работы", "Отсрочка")
_BY_OFFICERS = ("ст. инспектор Жук Д.В.", "инспектор Савчук О.Н.", "нач. УИИ Лис А.М.")

_MT_FAMILY = ("Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech")
_MT_GIVEN_M = ("Joseph", "Mario", "Karl", "Jean Paul", "Clayton", "Kurt", "Rodney")
_MT_GIVEN_F = ("Maria", "Rita", "Josephine", "Christine", "Graziella", "Kimberly", "Doris")
#: (street line, locality, postcode)
_MT_PLACES = (
    ("12, Triq il-Kbira", "Birkirkara", "BKR 9043"),
    ("Flat 3, Triq San Pawl", "San Pawl il-Baħar", "SPB 3418"),
    ("45, Triq ir-Repubblika", "Valletta", "VLT 1117"),
    ("Ta' Marija, Triq il-Wied", "Żejtun", "ZTN 2512"),
    ("7, Triq Ġorġ Borg Olivier", "Mosta", "MST 1732"),
    ("88, Triq Fleur-de-Lys", "Santa Venera", "SVR 1582"),
)
_MT_ORDERS = ("Community Service Order", "Probation Order", "Combination Order")
_MT_OFFICERS = ("Ms A. Azzopardi", "Mr K. Spiteri", "Ms D. Caruana")

_CY_FAMILY_M = ("Γεωργίου", "Χριστοδούλου", "Ιωάννου", "Κωνσταντίνου", "Παπαδόπουλος", "Νικολάου")
_CY_FAMILY_F = ("Γεωργίου", "Χριστοδούλου", "Ιωάννου", "Κωνσταντίνου", "Παπαδοπούλου", "Νικολάου")
_CY_GIVEN_M = ("Ανδρέας", "Γιώργος", "Κώστας", "Χρίστος", "Μιχάλης", "Παναγιώτης", "Σάββας")
_CY_GIVEN_F = ("Μαρία", "Ελένη", "Χριστίνα", "Άντρη", "Παναγιώτα", "Έλενα", "Στέλλα")
#: (street line, postcode, town)
_CY_PLACES = (
    ("Λεωφ. Αρχιεπισκόπου Μακαρίου Γ΄ 45", "1065", "Λευκωσία"),
    ("Αγίου Ανδρέα 212", "3036", "Λεμεσός"),
    ("Λεωφ. Αρτέμιδος 18", "6025", "Λάρνακα"),
    ("Αποστόλου Παύλου 33", "8046", "Πάφος"),
    ("Στασικράτους 9, Διαμ. 201", "1065", "Λευκωσία"),
    ("Γρίβα Διγενή 120", "3101", "Λεμεσός"),
)
_CY_ORDERS = ("Διάταγμα Επιτήρησης", "Διάταγμα Κοινωνικής Εργασίας", "Αναστολή ποινής")
_CY_OFFICERS = ("Α. Χαραλάμπους", "Μ. Ευαγγέλου", "Σ. Λοΐζου")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh[3:8]) % len(places)]


def _by_idnum(p: Person) -> str:
    """A Belarusian identification number: sex and century (3/4 men/women of the 1900s, 5/6 of
    the 2000s), ddmmyy, the region letter, a serial, the citizenship code PB and a check digit by
    weights 7, 3, 1 over digits and letters (A = 10 … Z = 35) mod 10."""
    first = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    body = f"{first}{p.birth:%d%m%y}{_place(p, _BY_PLACES)[0]}{p.bhxh[-3:]}PB"
    total = sum(int(ch, 36) * (7, 3, 1)[i % 3] for i, ch in enumerate(body))
    return f"{body}{total % 10}"


def _mt_id(p: Person) -> str:
    """A Maltese ID card number: up to seven digits (serial and the year of registration) and the
    letter M (born or registered in Malta), G (Gozo) or another for earlier series."""
    letter = _pick(p, ("M", "M", "M", "G", "M", "L"), 3)
    serial = int(p.bhxh[-5:]) % 9999 + 1
    return f"{serial}{p.birth:%y}{letter}" if int(p.bhxh) % 3 else f"0{serial:04d}{p.birth:%y}M"


def _cy_id(p: Person) -> str:
    return f"{int(p.bhxh[-7:]) % 1_200_000 + 100_000}"


def _vn_judgment(p: Person) -> str:
    return f"{_num(p, 300) + 12}/2024/HS-ST"


WRITERS_BLIND349: dict[str, Callable[[Person, Col], object]] = {
    "judgment349": lambda p, c: _vn_judgment(p),
    "court349": lambda p, c: _pick(p, _VN_COURTS, 2),
    "crime349": lambda p, c: _pick(p, _VN_CRIMES, 3),
    "sentence349": lambda p, c: f"{(_num(p, 8) + 1) * 3} tháng tù",
    "probation349": lambda p, c: f"{(_num(p, 4) + 1) * 12} tháng",
    "supervisor349": lambda p, c: _other_vn(p, 4),
    "review349": lambda p, c: _pick(p, _VN_REVIEWS, 4),
    "proposal349": lambda p, c: _pick(p, _VN_PROPOSAL, 5),
    "prison349": lambda p, c: _pick(p, _VN_PRISONS, 2),
    "release_cert349": lambda p, c: f"{_num(p, 900) + 10}/GCN-TG",
    "loan_use349": lambda p, c: _pick(p, _VN_LOAN_USE, 3),
    "loan349": lambda p, c: f"{(_num(p, 10) + 3) * 10_000_000:,}".replace(",", "."),
    "savings_group349": lambda p, c: f"Tổ TK&VV ấp {_num(p, 9) + 1}",
    "group_head349": lambda p, c: _other_vn(p, 6),
    "drug349": lambda p, c: _pick(p, _VN_DRUGS, 2),
    "rehab_decision349": lambda p, c: f"{_num(p, 400) + 5}/QĐ-UBND",
    "rehab_months349": lambda p, c: str(_pick(p, ("6", "6", "9", "12"), 3)),
    "guardian349": lambda p, c: _other_vn(p, 7),
    "relation349": lambda p, c: _pick(p, _VN_RELATION, 4),
    "guardian_phone349": lambda p, c: _other_phone(p, "093"),
    "rehab_team349": lambda p, c: _pick(p, _VN_TEAMS, 5),
    "test349": lambda p, c: _pick(p, _VN_TESTS, 6),
    "act349": lambda p, c: _pick(p, _VN_ACTS, 2),
    "edu_decision349": lambda p, c: f"{_num(p, 300) + 3}/QD-XPHC",
    "edu_months349": lambda p, c: str(_num(p, 4) * 3 + 3),
    "mentor349": lambda p, c: _other_vn(p, 5),
    "assess349": lambda p, c: _pick(p, _VN_ASSESS, 3),
    "early349": lambda p, c: _pick(p, _VN_EARLY, 4),
    "rc_sk349": lambda p, c: _rodne_cislo(p),
    "sk_family349": lambda p, c: _by_sex(p, _SK_FAMILY_M, _SK_FAMILY_F, 2),
    "sk_given349": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 1),
    "sex_sk349": lambda p, c: "muž" if p.male else "žena",
    "street_sk349": lambda p, c: _place(p, _SK_PLACES)[0],
    "psc_sk349": lambda p, c: _place(p, _SK_PLACES)[1],
    "obec_sk349": lambda p, c: _place(p, _SK_PLACES)[2],
    "phone_sk349": lambda p, c: f"+421 9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "spis_sk349": lambda p, c: f"{_num(p, 9) + 1}T/{_num(p, 250) + 1}/2024",
    "court_sk349": lambda p, c: _pick(p, _SK_COURTS, 3),
    "officer_sk349": lambda p, c: _pick(p, _SK_OFFICERS, 4),
    "ak_lt349": lambda p, c: _asmens_kodas(p),
    "lt_family349": lambda p, c: _by_sex(p, _LT_FAMILY_M, _LT_FAMILY_F, 2),
    "lt_given349": lambda p, c: _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 1),
    "sex_lt349": lambda p, c: "V" if p.male else "M",
    "addr_lt349": lambda p, c: _place(p, _LT_PLACES)[0],
    "sav_lt349": lambda p, c: _place(p, _LT_PLACES)[1],
    "phone_lt349": lambda p, c: f"+370 6{p.phone[3:5]} {p.phone[5:10]}",
    "court_lt349": lambda p, c: _pick(p, _LT_COURTS, 3),
    "penalty_lt349": lambda p, c: _pick(p, _LT_PENALTY, 4),
    "officer_lt349": lambda p, c: _pick(p, _LT_OFFICERS, 5),
    "id_by349": lambda p, c: _by_idnum(p),
    "by_family349": lambda p, c: _by_sex(p, _BY_FAMILY_M, _BY_FAMILY_F, 2),
    "by_given349": lambda p, c: _by_sex(p, _BY_GIVEN_M, _BY_GIVEN_F, 1),
    "by_patr349": lambda p, c: _by_sex(p, _BY_PATR_M, _BY_PATR_F, 3),
    "sex_by349": lambda p, c: "муж." if p.male else "жен.",
    "addr_by349": lambda p, c: _place(p, _BY_PLACES)[1],
    "phone_by349": lambda p, c: f"+375 29 {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}",
    "passport_by349": lambda p, c: f"{_pick(p, ('MP', 'HB', 'KH', 'MC'), 4)}{p.bhxh[-7:]}",
    "penalty_by349": lambda p, c: _pick(p, _BY_PENALTY, 5),
    "officer_by349": lambda p, c: _pick(p, _BY_OFFICERS, 6),
    "id_mt349": lambda p, c: _mt_id(p),
    "mt_family349": lambda p, c: _pick(p, _MT_FAMILY, 2),
    "mt_given349": lambda p, c: _by_sex(p, _MT_GIVEN_M, _MT_GIVEN_F, 1),
    "sex_mt349": lambda p, c: "M" if p.male else "F",
    "street_mt349": lambda p, c: _place(p, _MT_PLACES)[0],
    "locality_mt349": lambda p, c: _place(p, _MT_PLACES)[1],
    "pc_mt349": lambda p, c: _place(p, _MT_PLACES)[2],
    "phone_mt349": lambda p, c: f"+356 79{p.phone[4:6]} {p.phone[6:10]}",
    "case_mt349": lambda p, c: f"{_num(p, 900) + 20}/2024",
    "order_mt349": lambda p, c: _pick(p, _MT_ORDERS, 3),
    "officer_mt349": lambda p, c: _pick(p, _MT_OFFICERS, 4),
    "id_cy349": lambda p, c: _cy_id(p),
    "cy_family349": lambda p, c: _by_sex(p, _CY_FAMILY_M, _CY_FAMILY_F, 2),
    "cy_given349": lambda p, c: _by_sex(p, _CY_GIVEN_M, _CY_GIVEN_F, 1),
    "sex_cy349": lambda p, c: "Άρρεν" if p.male else "Θήλυ",
    "street_cy349": lambda p, c: _place(p, _CY_PLACES)[0],
    "pc_cy349": lambda p, c: _place(p, _CY_PLACES)[1],
    "town_cy349": lambda p, c: _place(p, _CY_PLACES)[2],
    "phone_cy349": lambda p, c: (
        f"99 {p.phone[4:10]}" if int(p.bhxh) % 2 else f"+357 96{p.phone[4:10]}"
    ),
    "case_cy349": lambda p, c: f"{_num(p, 9000) + 100}/24",
    "order_cy349": lambda p, c: _pick(p, _CY_ORDERS, 3),
    "officer_cy349": lambda p, c: _pick(p, _CY_OFFICERS, 4),
}

__all__ = ["WRITERS_BLIND349"]
