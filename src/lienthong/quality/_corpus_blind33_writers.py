"""How the people of the thirty-third part of the outside corpus (**blind 33**,
:mod:`lienthong.quality._corpus_blind33`) are written: four Vietnamese files' own columns (a
hotel's room, arrival hour, departure day, purpose of stay and receptionist, a disability
certificate's number, type, degree, guardian and signer, a judgment-enforcement office's verdict,
court, obligation, amount, creditor and enforcement officer, a kindergarten child's birth day,
personal identification number, class and both parents with their phones) and Malagasy,
Liberian, Barbadian, Djiboutian and Sammarinese names, addresses, phones and identity numbers in
the forms their cards show (none of the five publishes a check digit: the Malagasy CIN is a
district code, a sex digit and a serial; the Barbadian National Registration Number is the birth
day and a serial; the Liberian NIN, the Djiboutian CNI number and the San Marino codice ISS are
plain serials)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_NATIONS = ("Việt Nam",)
_VN_DOCS = ("CCCD", "CCCD", "Thẻ căn cước", "CCCD gắn chip")
_VN_PURPOSES = ("Du lịch", "Công tác", "Thăm người thân", "Khám chữa bệnh", "Học tập")
_VN_CLERKS = ("Lê Thị Kim Ngân", "Phạm Minh Tú", "Trần Ngọc Hân", "Nguyễn Quốc Bảo")
_VN_DISABILITY = (
    "Khuyết tật vận động",
    "Khuyết tật nghe, nói",
    "Khuyết tật nhìn",
    "Khuyết tật thần kinh, tâm thần",
    "Khuyết tật trí tuệ",
    "Khuyết tật khác",
)
_VN_DEGREE = ("Đặc biệt nặng", "Nặng", "Nhẹ", "Nặng", "Nhẹ")
_VN_GUARD = ("Cha", "Mẹ", "Vợ", "Chồng", "Con", "Anh ruột", "Chị ruột")
_VN_SIGNERS = ("Nguyễn Văn Thành", "Trần Thị Hồng", "Võ Minh Quang", "Đỗ Thanh Tùng")
_VN_COURTS = (
    "TAND Khu vực 1 - TP. Hồ Chí Minh",
    "TAND Khu vực 7 - TP. Hồ Chí Minh",
    "TAND Quận Bình Thạnh",
    "TAND thành phố Thủ Đức",
    "TAND TP. Hồ Chí Minh",
    "TAND huyện Bình Chánh",
)
_VN_CASES = ("DS-ST", "DS-PT", "KDTM-ST", "HNGĐ-ST", "HS-ST")
_VN_DUTIES = (
    "Trả nợ gốc và lãi",
    "Bồi thường thiệt hại",
    "Cấp dưỡng nuôi con",
    "Án phí dân sự sơ thẩm",
    "Trả tiền thuê nhà",
    "Tiền phạt, truy thu",
)
_VN_BANKS = (
    "Ngân hàng TMCP Sài Gòn Thương Tín",
    "Ngân hàng TMCP Á Châu",
    "Công ty Tài chính TNHH HD Saison",
    "Chi cục Thi hành án dân sự (thu án phí)",
)
_VN_BANK_ADDR = (
    "266-268 Nam Kỳ Khởi Nghĩa, Phường Xuân Hòa, TP. Hồ Chí Minh",
    "442 Nguyễn Thị Minh Khai, Phường Bàn Cờ, TP. Hồ Chí Minh",
    "Tầng 8, 215 Nam Kỳ Khởi Nghĩa, Phường Xuân Hòa, TP. Hồ Chí Minh",
)
_VN_OFFICERS = ("Huỳnh Văn Lộc", "Nguyễn Thị Thanh Thủy", "Lý Quốc Hưng", "Phan Thị Diễm")
_VN_STATUS = (
    "Chưa có điều kiện thi hành",
    "Đang thi hành",
    "Đã thi hành xong một phần",
    "Hoãn thi hành án",
)
_VN_CLASSES = ("Nhà trẻ 24-36 tháng", "Mầm 1", "Mầm 2", "Chồi 1", "Chồi 2", "Lá 1", "Lá 2")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Chăm")
_VN_KG_NOTES = ("", "", "Dị ứng hải sản", "", "Không ăn hành", "Bán trú", "Hen suyễn nhẹ")
_MG_FAMILY = (
    "RAKOTOARISOA",
    "RANDRIANARIVELO",
    "RAZAFINDRAKOTO",
    "RASOLOFONIAINA",
    "RAKOTOMALALA",
    "ANDRIAMAHEFA",
    "RABEMANANJARA",
)
_MG_GIVEN_M = ("Jean Claude", "Hery Nirina", "Tiana", "Mamy", "Andry Fanomezantsoa", "Faly")
_MG_GIVEN_F = ("Voahangy", "Lalao", "Hanitra Nirina", "Miora", "Fara", "Sitraka Mialy")
_MG_EMPLOYERS = (
    "JIRAMA",
    "Telma",
    "Star Madagascar",
    "Ambatovy",
    "QMM Rio Tinto",
    "BNI Madagascar",
)
#: (lot pattern, quartier, city, postcode and district code)
_MG_PLACES = (
    ("Lot IVG {n}", "Antohomadinika", "Antananarivo", "101"),
    ("Lot II J {n} Bis", "Ivandry", "Antananarivo", "101"),
    ("Lot {n} A", "Tanambao V", "Toamasina", "501"),
    ("Lot {n}", "Mahabibo", "Mahajanga", "401"),
    ("Lot {n} B", "Antarandolo", "Fianarantsoa", "301"),
    ("Lot {n}", "Besakoa", "Toliara", "601"),
    ("Lot {n}", "Antsenakely", "Antsirabe", "110"),
    ("Lot {n}", "Tanambao", "Antsiranana", "201"),
)
_LR_FAMILY = ("Johnson", "Kollie", "Flomo", "Kpoto", "Cooper", "Kamara", "Sumo", "Tarpeh")
_LR_GIVEN_M = ("Emmanuel", "Prince", "Joseph", "Momo", "Varney", "Sekou", "George")
_LR_GIVEN_F = ("Musu", "Comfort", "Fatu", "Patience", "Korto", "Jartu", "Ellen")
_LR_EMPLOYERS = ("ArcelorMittal Liberia", "LEC", "Firestone Liberia", "Orange Liberia", "UBA")
#: (street pattern, community, city, county)
_LR_PLACES = (
    ("{n} Old Road", "Sinkor", "Monrovia", "Montserrado"),
    ("{n} Tubman Boulevard", "Congo Town", "Monrovia", "Montserrado"),
    ("{n} Broad Street", "Snapper Hill", "Monrovia", "Montserrado"),
    ("Duala Market Road", "Bushrod Island", "Monrovia", "Montserrado"),
    ("ELWA Junction", "Paynesville", "Paynesville", "Montserrado"),
    ("{n} Harbel Road", "Firestone", "Harbel", "Margibi"),
    ("Ganta-Saclepea Highway", "Ganta", "Ganta", "Nimba"),
    ("{n} Water Street", "Jacktown", "Harper", "Maryland"),
)
_BB_FAMILY = ("Greaves", "Worrell", "Bynoe", "Forde", "Clarke", "Holder", "Gittens", "Alleyne")
_BB_GIVEN_M = ("Marlon Anthony", "Shane", "Dwayne", "Ryan", "Carlisle", "Trevor Junior")
_BB_GIVEN_F = ("Kerry-Ann", "Natalie", "Tricia", "Sharon", "Alicia Marie", "Shondell")
_BB_EMPLOYERS = (
    "Sandy Lane Hotel",
    "Banks Breweries",
    "Massy Stores",
    "QEH",
    "CIBC FirstCaribbean",
)
#: (street, parish, postcode prefix)
_BB_PLACES = (
    ("Welches Terrace", "Christ Church", "BB17"),
    ("Black Rock Main Road", "St. Michael", "BB11"),
    ("Holetown", "St. James", "BB24"),
    ("Six Roads", "St. Philip", "BB18"),
    ("Glebe Land", "St. George", "BB19"),
    ("Speightstown Main Road", "St. Peter", "BB26"),
    ("Wotton", "Christ Church", "BB17"),
)
_DJ_GIVEN_M = ("Ahmed", "Mohamed", "Houssein", "Omar", "Abdourahman", "Daher", "Moussa")
_DJ_GIVEN_F = ("Fatouma", "Amina", "Hawa", "Kadra", "Asma", "Deka", "Zahra")
_DJ_FATHERS = ("Ali", "Houmed", "Hassan", "Youssouf", "Guedi", "Elmi", "Robleh", "Aden")
_DJ_EMPLOYERS = (
    "Port de Djibouti",
    "Djibouti Telecom",
    "EDD",
    "Banque pour le Commerce et l'Industrie",
)
#: (quartier, street or lot, town)
_DJ_PLACES = (
    ("Quartier 7", "Rue {n}", "Djibouti"),
    ("Balbala", "Cité Hodane 2, lot {n}", "Djibouti"),
    ("Cité Arhiba", "bâtiment {n}", "Djibouti"),
    ("Plateau du Serpent", "villa {n}", "Djibouti"),
    ("Quartier Ali Addé", "lot {n}", "Ali Sabieh"),
    ("Quartier 1", "Rue {n}", "Tadjourah"),
)
_SM_FAMILY = ("Gasperoni", "Casali", "Giardi", "Zonzini", "Mularoni", "Stefanelli", "Bollini")
_SM_GIVEN_M = ("Marco", "Luca", "Giovanni", "Andrea", "Federico", "Gian Luca")
_SM_GIVEN_F = ("Giulia", "Francesca", "Elena", "Chiara", "Sara", "Maria Luisa")
_SM_BIRTHPLACES = ("San Marino", "San Marino", "Rimini (RN)", "Novafeltria (RN)", "Pesaro (PU)")
_SM_EMPLOYERS = ("Banca di San Marino", "Titancoop", "AASS", "Cassa di Risparmio RSM", "Colcom")
_SM_DOCTORS = ("Dott. Ugolini Paolo", "Dott.ssa Valentini Anna", "Dott. Selva Marino")
#: (street, CAP, castello)
_SM_PLACES = (
    ("Contrada del Collegio", "47890", "Città di San Marino"),
    ("Via Ventotto Luglio", "47893", "Borgo Maggiore"),
    ("Via III Settembre", "47891", "Serravalle"),
    ("Strada Cà Ragni", "47899", "Serravalle"),
    ("Via Paolo III", "47895", "Domagnano"),
    ("Via della Fratellanza", "47896", "Faetano"),
    ("Via Corrado Forlani", "47898", "Montegiardino"),
    ("Strada di Fiorentino", "47897", "Fiorentino"),
)


def _checkout(p: Person) -> date:
    return p.other_date + timedelta(days=1 + int(p.bhxh) % 6)


def _child_birth(p: Person) -> date:
    """A kindergarten child's birthday: the person's day and month, 2019 to 2022."""
    return date(2019 + int(p.bhxh) % 4, p.birth.month, min(p.birth.day, 28))


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _creditor(p: Person) -> str:
    if int(p.bhxh) % 3:
        return _other_vn(p, 6)
    return _pick(p, _VN_BANKS, 5)


def _creditor_addr(p: Person) -> str:
    if int(p.bhxh) % 3:
        return f"{_num(p, 250)} Phạm Văn Đồng, Phường Hiệp Bình, TP. Hồ Chí Minh"
    return _pick(p, _VN_BANK_ADDR, 6)


def _mg_place(p: Person) -> tuple[str, str, str, str]:
    return _MG_PLACES[int(p.bhxh) // 7 % len(_MG_PLACES)]


def _lr_place(p: Person) -> tuple[str, str, str, str]:
    return _LR_PLACES[int(p.bhxh) // 7 % len(_LR_PLACES)]


def _bb_place(p: Person) -> tuple[str, str, str]:
    return _BB_PLACES[int(p.bhxh) // 7 % len(_BB_PLACES)]


def _dj_place(p: Person) -> tuple[str, str, str]:
    return _DJ_PLACES[int(p.bhxh) // 7 % len(_DJ_PLACES)]


def _sm_place(p: Person) -> tuple[str, str, str]:
    return _SM_PLACES[int(p.bhxh) // 7 % len(_SM_PLACES)]


def _nin_lr(p: Person) -> str:
    """A Liberian NIR number: eight letters and digits, no published check."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    d = p.bhxh
    return (
        f"{letters[int(d[0:2]) % 23]}{d[2]}{letters[int(d[3:5]) % 23]}{d[5]}"
        f"{letters[int(d[6:8]) % 23]}{d[8]}{letters[int(d[1:3]) % 23]}{d[9]}"
    )


WRITERS_BLIND33: dict[str, Callable[[Person, Col], object]] = {
    "room33": lambda p, c: f"{1 + int(p.bhxh) % 9}{_num(p, 20):02d}",
    "nation33": lambda p, c: _pick(p, _VN_NATIONS),
    "doc_type33": lambda p, c: _pick(p, _VN_DOCS, 2),
    "arrive33": lambda p, c: f"{8 + int(p.bhxh) % 15:02d}:{int(p.bhxh) // 15 % 60:02d}",
    "checkout33": lambda p, c: f"{_checkout(p):%d/%m/%Y}",
    "purpose33": lambda p, c: _pick(p, _VN_PURPOSES, 3),
    "clerk33": lambda p, c: _pick(p, _VN_CLERKS, 4),
    "cert33": lambda p, c: f"{_num(p, 600):03d}/GXNKT-UBND",
    "dis_type33": lambda p, c: _pick(p, _VN_DISABILITY, 2),
    "degree33": lambda p, c: _pick(p, _VN_DEGREE, 3),
    "guardian33": lambda p, c: _other_vn(p, 4),
    "guard_rel33": lambda p, c: _pick(p, _VN_GUARD, 5),
    "guard_phone33": lambda p, c: _other_phone(p, "09"),
    "signer33": lambda p, c: _pick(p, _VN_SIGNERS, 6),
    "verdict33": lambda p, c: f"{_num(p, 400)}/{p.other_date.year - 1}/{_pick(p, _VN_CASES, 2)}",
    "court33": lambda p, c: _pick(p, _VN_COURTS, 3),
    "obligation33": lambda p, c: _pick(p, _VN_DUTIES, 4),
    "debt33": lambda p, c: _money((5 + _num(p, 900)) * 500_000),
    "creditor33": lambda p, c: _creditor(p),
    "creditor_addr33": lambda p, c: _creditor_addr(p),
    "officer33": lambda p, c: _pick(p, _VN_OFFICERS, 7),
    "status33": lambda p, c: _pick(p, _VN_STATUS, 8),
    "child_id33": lambda p, c: _cccd_of(p, p.male, _child_birth(p).year),
    "child_birth33": lambda p, c: f"{_child_birth(p):%d/%m/%Y}",
    "ethnic33": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "class33": lambda p, c: _pick(p, _VN_CLASSES, 3),
    "father33": lambda p, c: _other_vn(p, 4, True, p.family),
    "father_phone33": lambda p, c: _other_phone(p, "09"),
    "mother33": lambda p, c: _other_vn(p, 5, False),
    "mother_phone33": lambda p, c: f"03{p.bhxh[1:9]}",
    "note33": lambda p, c: _pick(p, _VN_KG_NOTES, 6),
    "cnaps_mg33": lambda p, c: f"{p.bhxh[::-1][:8]}",
    "cin_mg33": lambda p, c: f"{_mg_place(p)[3]}{1 if p.male else 2}{p.bhxh[2:10]}",
    "mg_family33": lambda p, c: _pick(p, _MG_FAMILY, 2),
    "mg_given33": lambda p, c: _by_sex(p, _MG_GIVEN_M, _MG_GIVEN_F, 1),
    "sex_mg33": lambda p, c: "Lahy" if p.male else "Vavy",
    "address_mg33": lambda p, c: (
        f"{_mg_place(p)[0].format(n=_num(p, 200))}, {_mg_place(p)[1]}, {_mg_place(p)[2]}"
    ),
    "post_mg33": lambda p, c: _mg_place(p)[3],
    "phone_mg33": lambda p, c: (
        f"03{_pick(p, ('2', '3', '4', '8'), 3)} {p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}"
    ),
    "employer_mg33": lambda p, c: _pick(p, _MG_EMPLOYERS, 4),
    "spouse_mg33": lambda p, c: (
        f"{_pick(p, _MG_FAMILY, 5)} {_by_sex(p, _MG_GIVEN_F, _MG_GIVEN_M, 6)}"
    ),
    "ssn_lr33": lambda p, c: f"{p.bhxh[-9:]}",
    "nin_lr33": lambda p, c: _nin_lr(p),
    "lr_family33": lambda p, c: _pick(p, _LR_FAMILY, 2),
    "lr_given33": lambda p, c: _by_sex(p, _LR_GIVEN_M, _LR_GIVEN_F, 1),
    "sex_lr33": lambda p, c: "Male" if p.male else "Female",
    "address_lr33": lambda p, c: (
        f"{_lr_place(p)[0].format(n=_num(p, 90))}, {_lr_place(p)[1]}, {_lr_place(p)[2]}"
    ),
    "county_lr33": lambda p, c: _lr_place(p)[3],
    "phone_lr33": lambda p, c: (
        f"0{_pick(p, ('886', '880', '777', '770'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "employer_lr33": lambda p, c: _pick(p, _LR_EMPLOYERS, 4),
    "kin_lr33": lambda p, c: f"{_by_sex(p, _LR_GIVEN_F, _LR_GIVEN_M, 5)} {_pick(p, _LR_FAMILY, 6)}",
    "kin_phone_lr33": lambda p, c: f"0555 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "nrn_bb33": lambda p, c: f"{p.birth:%y%m%d}-{p.bhxh[-4:]}",
    "bb_family33": lambda p, c: _pick(p, _BB_FAMILY, 2),
    "bb_given33": lambda p, c: _by_sex(p, _BB_GIVEN_M, _BB_GIVEN_F, 1),
    "sex_bb33": lambda p, c: "M" if p.male else "F",
    "street_bb33": lambda p, c: f"#{_num(p, 60)} {_bb_place(p)[0]}",
    "parish_bb33": lambda p, c: _bb_place(p)[1],
    "post_bb33": lambda p, c: f"{_bb_place(p)[2]}{p.bhxh[-3:]}",
    "phone_bb33": lambda p, c: (
        f"(246) 2{_pick(p, ('3', '4', '5', '6', '8'), 3)}{p.phone[4]}-{p.phone[5:9]}"
    ),
    "employer_bb33": lambda p, c: _pick(p, _BB_EMPLOYERS, 4),
    "empreg_bb33": lambda p, c: f"E{p.bhxh[::-1][:6]}",
    "kin_bb33": lambda p, c: f"{_by_sex(p, _BB_GIVEN_F, _BB_GIVEN_M, 5)} {_pick(p, _BB_FAMILY, 6)}",
    "cnss_dj33": lambda p, c: f"{p.other_date.year % 100:02d}-{p.bhxh[::-1][1:7]}",
    "cni_dj33": lambda p, c: f"{p.bhxh[1:10]}",
    "name_dj33": lambda p, c: (
        f"{_by_sex(p, _DJ_GIVEN_M, _DJ_GIVEN_F, 1)} {_pick(p, _DJ_FATHERS, 2)}"
        f" {_pick(p, _DJ_FATHERS, 3)}"
    ),
    "birthplace_dj33": lambda p, c: _pick(p, ("Djibouti", "Djibouti", "Ali Sabieh", "Dikhil"), 4),
    "sex_dj33": lambda p, c: "Masculin" if p.male else "Féminin",
    "address_dj33": lambda p, c: (
        f"{_dj_place(p)[0]}, {_dj_place(p)[1].format(n=_num(p, 80))}, {_dj_place(p)[2]}"
    ),
    "phone_dj33": lambda p, c: f"+253 77 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "employer_dj33": lambda p, c: _pick(p, _DJ_EMPLOYERS, 5),
    "contact_dj33": lambda p, c: f"{_pick(p, _DJ_GIVEN_M, 6)} {_pick(p, _DJ_FATHERS, 7)}",
    "contact_phone_dj33": lambda p, c: f"+253 21 35 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]}",
    "iss_sm33": lambda p, c: f"{p.bhxh[-6:]}",
    "sm_family33": lambda p, c: _pick(p, _SM_FAMILY, 2),
    "sm_given33": lambda p, c: _by_sex(p, _SM_GIVEN_M, _SM_GIVEN_F, 1),
    "birthplace_sm33": lambda p, c: _pick(p, _SM_BIRTHPLACES, 3),
    "sex_sm33": lambda p, c: "M" if p.male else "F",
    "street_sm33": lambda p, c: f"{_sm_place(p)[0]}, {_num(p, 120)}",
    "cap_sm33": lambda p, c: _sm_place(p)[1],
    "castello_sm33": lambda p, c: _sm_place(p)[2],
    "phone_sm33": lambda p, c: f"0549 {p.phone[4:10]}",
    "employer_sm33": lambda p, c: _pick(p, _SM_EMPLOYERS, 4),
    "doctor_sm33": lambda p, c: _pick(p, _SM_DOCTORS, 5),
}
