"""How the people of the three-hundred-and-eighty-fifth part of the outside corpus (**blind
385**, :mod:`lienthong.quality._corpus_blind385`) are written: holders of weapons, hunting and
security-guard licences. A commune police's declarations of rudimentary weapons kept as heirlooms,
a bank's cash escorts with the weapons issued to them, the heads of security-service companies
applying for a certificate of security conditions, forest rangers trained on military weapons;
and Czech, Latvian, South African, Québec and Serbian holders with their identity numbers (the
rodné číslo, the personas kods, the SA ID with its Luhn digit, the NAS, the ЈМБГ)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn, _za_id
from lienthong.quality._corpus_blind11_writers import _jmbg, _rs_place
from lienthong.quality._corpus_blind12_writers import _personas_kods
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind46_writers import _rodne_cislo

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_TS_WEAPONS = ("Kiếm", "Dao găm", "Giáo", "Mã tấu", "Nỏ", "Cung", "Kiếm Nhật (katana)", "Đao")
_TS_ORIGIN = (
    "Đồ gia bảo (ông bà để lại)",
    "Hiện vật trưng bày tại nhà thờ họ",
    "Mua tại cơ sở mỹ nghệ",
    "Quà tặng",
    "Đồ gia bảo",
)
_TS_PURPOSE = ("Trưng bày", "Làm kỷ niệm", "Thờ cúng", "Trưng bày", "Biểu diễn võ thuật")
_BANK_TITLES = ("Nhân viên áp tải", "Tổ trưởng áp tải", "Lái xe chuyên dùng", "Bảo vệ kho tiền")
_BANK_UNITS = (
    "Phòng Hậu cần - Quản lý kho quỹ, Agribank CN Nam Định",
    "Phòng Tiền tệ - Kho quỹ, Vietcombank CN Thái Bình",
    "Tổ áp tải tiền, BIDV CN Hải Dương",
    "Phòng Ngân quỹ, VietinBank CN Bắc Ninh",
    "Kho tiền Trung tâm, NHNN Chi nhánh Khu vực 4",
)
_BANK_WEAPONS = (
    "Súng ngắn K54",
    "Súng ngắn K59",
    "Súng bắn đạn cao su",
    "Roi điện",
    "Bình xịt hơi cay",
    "Súng tiểu liên AK",
)
_GUARD_FIRMS = (
    "Công ty TNHH Dịch vụ Bảo vệ Thăng Long",
    "Công ty CP Dịch vụ Bảo vệ Việt An",
    "Công ty TNHH DV Bảo vệ Chuyên nghiệp Sao Việt",
    "Công ty TNHH Bảo vệ Vệ sĩ Long Hải",
    "CTY CP DVBV Nam Trung Bộ",
)
_GUARD_SEATS = (
    "Số 18 ngõ 82 Duy Tân, Phường Cầu Giấy, TP Hà Nội",
    "45 Nguyễn Văn Linh, Phường Hải Châu, TP Đà Nẵng",
    "Lô B2 KCN Tân Bình, Phường Tây Thạnh, TP Hồ Chí Minh",
    "112 Lê Lợi, Phường Quy Nhơn, Tỉnh Gia Lai",
)
_DEGREES = (
    "Cử nhân Luật",
    "Đại học Cảnh sát nhân dân",
    "Đại học An ninh nhân dân",
    "Cử nhân Quản trị kinh doanh",
    "Sĩ quan quân đội (nghỉ hưu)",
)
_RANGER_TITLES = ("Kiểm lâm viên", "Kiểm lâm viên chính", "Phó Hạt trưởng", "Kiểm lâm viên")
_RANGER_POSTS = (
    "Hạt Kiểm lâm Mường Tè",
    "Hạt Kiểm lâm Con Cuông",
    "Đội KL cơ động và PCCCR số 2",
    "Hạt Kiểm lâm VQG Cát Tiên",
    "Hạt Kiểm lâm Kbang",
)
_RANGER_ARMS = ("Súng ngắn K54", "Súng tiểu liên AK", "Súng ngắn Makarov", "Súng trường CKC")
_RESULTS = ("Giỏi", "Khá", "Đạt", "Khá", "Đạt", "Không đạt")
_HOMETOWNS = ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Thái Bình", "Nam Định", "Quảng Bình")
_CZ_FAMILY_M = ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý")
_CZ_FAMILY_F = ("Nováková", "Svobodová", "Dvořáková", "Černá", "Procházková", "Kučerová")
_CZ_GIVEN_M = ("Jiří", "Petr", "Martin", "Tomáš", "Jaroslav", "Miroslav", "Lukáš")
_CZ_GIVEN_F = ("Jana", "Eva", "Hana", "Lucie", "Alena", "Veronika", "Petra")
_CZ_PLACES = (
    ("Nádražní 1254/18", "702 00", "Ostrava"),
    ("Husova 37", "377 01", "Jindřichův Hradec"),
    ("Palackého 612", "686 01", "Uherské Hradiště"),
    ("Na Výsluní 9", "543 71", "Hostinné"),
    ("Masarykovo nám. 4", "588 56", "Telč"),
)
_CZ_GROUPS = ("A", "B, C", "C, E", "A, C", "B, D", "C")
_LV_FAMILY = (
    ("Bērziņš", "Bērziņa"),
    ("Ozols", "Ozola"),
    ("Kalniņš", "Kalniņa"),
    ("Zariņš", "Zariņa"),
)
_LV_GIVEN_M = ("Jānis", "Raimonds", "Uldis", "Kārlis", "Gints", "Valdis")
_LV_GIVEN_F = ("Inga", "Baiba", "Sandra", "Zane", "Ilze", "Gunta")
_LV_PLACES = (
    "Meža iela 4-12, Valmiera, LV-4201",
    '"Kalnāji", Ērgļu pag., Madonas nov., LV-4840',
    "Rīgas iela 22, Cēsis, LV-4101",
    "Pils iela 7, Kuldīga, LV-3301",
    "Skolas iela 3-1, Alūksne, LV-4301",
)
_LV_CLUBS = ('MK "Vilkači"', "Ērgļu mednieku klubs", 'MB "Sils"', "Kuldīgas MMB")
_LV_ARMS = ("Merkel KR1 .308 Win", "Sauer 100 6,5x55", "Baikal IŽ-27 12/70", "Tikka T3x .30-06")
_ZA_FAMILY = ("Mokoena", "Nkosi", "Dlamini", "van Wyk", "Botha", "Khumalo", "Pillay")
_ZA_GIVEN_M = ("Sipho", "Thabo Johannes", "Pieter", "Bongani", "Riaan", "Mandla")
_ZA_GIVEN_F = ("Nomvula", "Elize", "Thandeka", "Lindiwe Grace", "Marelize", "Priya")
_ZA_PLACES = (
    ("14 Kerk Street", "Lydenburg", "Thaba Chweu", "Mpumalanga", "1120"),
    ("7 Protea Avenue", "Bloemfontein Central", "Bloemfontein", "Free State", "9301"),
    ("22 Dingaan Road", "Vryheid", "Abaqulusi", "KwaZulu-Natal", "3100"),
    ("101 Voortrekker Road", "Parow", "Cape Town", "Western Cape", "7500"),
    ("3 Marula Crescent", "Bendor", "Polokwane", "Limpopo", "0699"),
)
_ZA_SECTIONS = ("s13 Self-defence", "s15 Occasional hunting", "s16 Dedicated hunting")
_ZA_CALIBRES = ("9mm P", ".308 Win", ".243 Win", "12 GA", ".30-06 Spr", ".375 H&H")
_ZA_STATIONS = ("SAPS Lydenburg", "SAPS Parkroad", "SAPS Vryheid", "SAPS Parow", "SAPS Seshego")
_ZA_MOBILE = ("82", "83", "72", "73", "61", "84", "79")
_ZA_ASSOC = ("PHASA", "SAHGCA", "CHASA", "—", "NAACSA")
_QC_FAMILY = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Lévesque")
_QC_GIVEN_M = ("Jean-François", "Mathieu", "Éric", "Sylvain", "Marc-André", "Yannick")
_QC_GIVEN_F = ("Marie-Ève", "Geneviève", "Isabelle", "Chantal", "Mélanie", "Nathalie")
_QC_PLACES = (
    ("1245, rue Saint-Denis, app. 3", "Montréal", "H2X 3J6"),
    ("88, boul. Talbot", "Chicoutimi", "G7H 4A5"),
    ("310, 3e Avenue", "Québec", "G1L 2W1"),
    ("52, rue King Ouest", "Sherbrooke", "J1H 1N9"),
    ("1900, boul. des Laurentides", "Laval", "H7M 2Y1"),
)
_QC_CLASSES = ("Gardiennage", "Transport de valeurs", "Investigation", "Gardiennage")
_QC_EMPLOYERS = ("Garda World", "Securitas Canada", "Commissionnaires du Québec", "GSI Sécurité")
_RS_FAMILY = ("Јовановић", "Петровић", "Николић", "Марковић", "Ђорђевић", "Стојановић")
_RS_GIVEN_M = ("Милан", "Небојша", "Драган", "Зоран", "Душан", "Горан")
_RS_GIVEN_F = ("Јелена", "Снежана", "Драгана", "Марија", "Весна", "Гордана")
_RS_FATHERS = ("Милорад", "Радован", "Живојин", "Бранко", "Мирослав", "Стеван")
_RS_ARMS = ("ловачки карабин", "ловачка пушка сачмарица", "пиштољ", "комбинована пушка")
_RS_CALIBRES = ("7,62x39", "12/70", "9x19 mm", "16/70", ".30-06")
_RS_CLUBS = ("ЛУ „Фазан” Сомбор", "ЛУ „Срна” Крагујевац", "ЛУ „Соко” Ниш", "ЛУ „Јелен” Нови Сад")


def _expiry(p: Person, c: Col, years: int) -> str:
    """A licence's end: the row's issue date (its ``date`` column) moved by ``years``."""
    return f"{_shift_date(p.other_date, years):{c.date_format}}"


def _issued(p: Person, c: Col, back: int) -> str:
    """An earlier issue date: ``back`` years before the row's own date."""
    return f"{_shift_date(p.other_date, -back):{c.date_format}}"


def _nas(p: Person) -> str:
    """A NAS first issued in Québec (first digit 2), eight digits and the Luhn digit."""
    digits = _luhn(f"2{p.bhxh[-7:]}")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _cz_place(p: Person) -> tuple[str, str, str]:
    return _CZ_PLACES[int(p.bhxh) // 13 % len(_CZ_PLACES)]


def _za_place(p: Person) -> tuple[str, str, str, str, str]:
    return _ZA_PLACES[int(p.bhxh) // 17 % len(_ZA_PLACES)]


def _qc_place(p: Person) -> tuple[str, str, str]:
    return _QC_PLACES[int(p.bhxh) // 19 % len(_QC_PLACES)]


def _lv_family(p: Person) -> str:
    pair = _LV_FAMILY[int(p.bhxh) // 3 % len(_LV_FAMILY)]
    return pair[0] if p.male else pair[1]


WRITERS_BLIND385: dict[str, Callable[[Person, Col], object]] = {
    # rudimentary weapons declared at the commune police
    "tho_so385": lambda p, c: _pick(p, _TS_WEAPONS, 3),
    "so_luong385": lambda p, c: f"{int(p.bhxh) % 3 + 1:02d} chiếc",
    "nguon385": lambda p, c: _pick(p, _TS_ORIGIN, 4),
    "muc_dich385": lambda p, c: _pick(p, _TS_PURPOSE, 5),
    "gxn385": lambda p, c: f"{_num(p, 400):03d}/GXN-CAX",
    "can_bo385": lambda p, c: f"Trung úy {_other_vn(p, 6)}",
    # a bank's cash escorts
    "chuc_danh385": lambda p, c: _pick(p, _BANK_TITLES, 2),
    "don_vi385": lambda p, c: _pick(p, _BANK_UNITS, 3),
    "vu_khi385": lambda p, c: _pick(p, _BANK_WEAPONS, 4),
    "so_hieu385": lambda p, c: f"{_pick(p, ('KA', 'TM', 'CS', 'RD'), 5)}{p.bhxh[2:8]}",
    "gp385": lambda p, c: f"{_num(p, 900):04d}/GP-PC06",
    "han385": lambda p, c: _expiry(p, c, 5),
    "cchl385": lambda p, c: f"CC-{p.bhxh[-5:]}/TCĐ CSND",
    # heads of security-service companies
    "co_so385": lambda p, c: _pick(p, _GUARD_FIRMS, 2),
    "msdn385": lambda p, c: f"01{p.bhxh[:8]}",
    "tru_so385": lambda p, c: _pick(p, _GUARD_SEATS, 3),
    "trinh_do385": lambda p, c: _pick(p, _DEGREES, 4),
    "nam_kn385": lambda p, c: int(p.bhxh) % 18 + 3,
    "so_nv385": lambda p, c: int(p.bhxh[-3:]) % 240 + 12,
    "gcn385": lambda p, c: f"{_num(p, 600)}/GCN-PC06",
    "lan385": lambda p, c: f"Lần {int(p.bhxh) % 3 + 1}",
    "tham_dinh385": lambda p, c: f"Đại úy {_other_vn(p, 7)}",
    # forest rangers trained on military weapons
    "chuc_vu385": lambda p, c: _pick(p, _RANGER_TITLES, 2),
    "hat385": lambda p, c: _pick(p, _RANGER_POSTS, 3),
    "vkqd385": lambda p, c: _pick(p, _RANGER_ARMS, 4),
    "ket_qua385": lambda p, c: _pick(p, _RESULTS, 5),
    "cc385": lambda p, c: f"{p.bhxh[-4:]}/CC-VKQD",
    "gia_tri385": lambda p, c: _expiry(p, c, 3),
    "que_quan385": lambda p, c: _pick(p, _HOMETOWNS, 6),
    # Czechia
    "rc_cz385": lambda p, c: _rodne_cislo(p),
    "cz_family385": lambda p, c: _by_sex(p, _CZ_FAMILY_M, _CZ_FAMILY_F, 2),
    "cz_given385": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 3),
    "cz_street385": lambda p, c: _cz_place(p)[0],
    "cz_psc385": lambda p, c: _cz_place(p)[1],
    "cz_obec385": lambda p, c: _cz_place(p)[2],
    "cz_phone385": lambda p, c: (
        f"+420 {7 - int(p.bhxh) % 2}{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "cz_zp385": lambda p, c: f"AL {p.bhxh[-6:]}",
    "cz_groups385": lambda p, c: _pick(p, _CZ_GROUPS, 4),
    "cz_valid385": lambda p, c: _expiry(p, c, 10),
    "cz_doctor385": lambda p, c: f"MUDr. {_pick(p, _CZ_GIVEN_F, 5)} {_pick(p, _CZ_FAMILY_F, 6)}",
    "cz_note385": lambda p, c: _pick(p, ("", "zdravotní posudek doložen", "", "ZP vrácen"), 7),
    # Latvia
    "pk_lv385": lambda p, c: _personas_kods(p),
    "lv_given385": lambda p, c: _by_sex(p, _LV_GIVEN_M, _LV_GIVEN_F, 2),
    "lv_family385": lambda p, c: _lv_family(p),
    "sex_lv385": lambda p, c: "vīr." if p.male else "siev.",
    "lv_addr385": lambda p, c: _pick(p, _LV_PLACES, 3),
    "lv_phone385": lambda p, c: f"+371 2{p.phone[3:10]}",
    "lv_hunter385": lambda p, c: f"MA {p.bhxh[-6:]}",
    "lv_permit385": lambda p, c: f"IA{p.bhxh[1:8]}",
    "lv_arm385": lambda p, c: _pick(p, _LV_ARMS, 4),
    "lv_club385": lambda p, c: _pick(p, _LV_CLUBS, 5),
    "lv_valid385": lambda p, c: _expiry(p, c, 5),
    # South Africa
    "za_id385": lambda p, c: _za_id(p),
    "za_family385": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given385": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 3),
    "sex_za385": lambda p, c: "Male" if p.male else "Female",
    "za_street385": lambda p, c: _za_place(p)[0],
    "za_suburb385": lambda p, c: _za_place(p)[1],
    "za_town385": lambda p, c: _za_place(p)[2],
    "za_prov385": lambda p, c: _za_place(p)[3],
    "za_pc385": lambda p, c: _za_place(p)[4],
    "za_phone385": lambda p, c: f"0{_pick(p, _ZA_MOBILE, 9)} {p.phone[3:6]} {p.phone[6:10]}",
    "za_comp385": lambda p, c: f"CC{p.bhxh[:7]}",
    "za_lic385": lambda p, c: f"{p.bhxh[-8:]}{_pick(p, ('A', 'B', 'C'), 4)}",
    "za_sec385": lambda p, c: _pick(p, _ZA_SECTIONS, 5),
    "za_cal385": lambda p, c: _pick(p, _ZA_CALIBRES, 6),
    "za_exp385": lambda p, c: _expiry(p, c, 5 if int(p.bhxh) % 3 == 0 else 10),
    "za_dfo385": lambda p, c: _pick(p, _ZA_STATIONS, 7),
    "za_assoc385": lambda p, c: _pick(p, _ZA_ASSOC, 8),
    # Québec
    "nas_qc385": lambda p, c: _nas(p),
    "qc_family385": lambda p, c: _pick(p, _QC_FAMILY, 2),
    "qc_given385": lambda p, c: _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 3),
    "sex_qc385": lambda p, c: "M" if p.male else "F",
    "qc_street385": lambda p, c: _qc_place(p)[0],
    "qc_city385": lambda p, c: _qc_place(p)[1],
    "qc_prov385": lambda p, c: "QC",
    "qc_pc385": lambda p, c: _qc_place(p)[2],
    "qc_phone385": lambda p, c: (
        f"({_pick(p, ('514', '418', '819', '450'), 4)}) {p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "qc_permit385": lambda p, c: f"{_pick(p, ('AG', 'TV', 'IN'), 5)}-{p.bhxh[-6:]}",
    "qc_class385": lambda p, c: _pick(p, _QC_CLASSES, 6),
    "qc_employer385": lambda p, c: _pick(p, _QC_EMPLOYERS, 7),
    "qc_until385": lambda p, c: _expiry(p, c, 5),
    "qc_ppa385": lambda p, c: _pick(p, ("", f"{p.bhxh[:8]}.0001", "", "Aucun"), 8),
    # Serbia
    "jmbg_rs385": lambda p, c: _jmbg(p),
    "rs_family385": lambda p, c: _pick(p, _RS_FAMILY, 2),
    "rs_given385": lambda p, c: _by_sex(p, _RS_GIVEN_M, _RS_GIVEN_F, 3),
    "rs_father385": lambda p, c: _pick(p, _RS_FATHERS, 4),
    "sex_rs385": lambda p, c: "М" if p.male else "Ж",
    "rs_street385": lambda p, c: f"{_rs_place(p)[2]} {int(p.bhxh) % 120 + 1}",
    "rs_town385": lambda p, c: _rs_place(p)[1],
    "rs_phone385": lambda p, c: f"06{p.phone[2]}/{p.phone[3:6]}-{p.phone[6:10]}",
    "rs_sheet385": lambda p, c: f"{p.bhxh[-7:]}",
    "rs_kind385": lambda p, c: _pick(p, _RS_ARMS, 5),
    "rs_cal385": lambda p, c: _pick(p, _RS_CALIBRES, 6),
    "rs_club385": lambda p, c: _pick(p, _RS_CLUBS, 7),
    "rs_valid385": lambda p, c: _expiry(p, c, 10),
    "rs_first385": lambda p, c: _issued(p, c, 10),
}
