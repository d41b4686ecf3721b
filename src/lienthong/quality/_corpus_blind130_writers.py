"""How the people of the hundred-and-thirtieth part of the outside corpus (**blind 130**,
:mod:`lienthong.quality._corpus_blind130`) are written: four Vietnamese files' own columns (a
registration fee declared on a house or a plot of land, a rural worker trained in a trade at the
state's cost, a worker assessed by the medical assessment council, a member of a grassroots
security team) and Swedish, Danish, Romanian, Moldovan and Ukrainian names, places, phones and
numbers in the forms their registers show (the personnummer ends in its Luhn digit and is written
with the century in front, the CPR number keeps its dash, the CNP ends in its weighted mod-11
digit, the IDNP in its 7-3-1 digit and the РНОКПП in its weighted mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _cpr
from lienthong.quality._corpus_blind16_writers import _idnp_md
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind43_writers import _rnokpp
from lienthong.quality._corpus_blind44_writers import _cnp, _place
from lienthong.quality._corpus_blind45_writers import _personnummer

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: registration fee on houses and land (lệ phí trước bạ nhà, đất) -----------------------
_VN_PARCELS = (
    "Ấp 3, xã Tân Thạnh Đông, huyện Củ Chi",
    "Đường số 7, phường Bình Trưng, TP Thủ Đức",
    "Khu phố 4, phường Tân Chánh Hiệp, Quận 12",
    "Tổ 12, xã Vĩnh Lộc A, huyện Bình Chánh",
    "Hẻm 152 Lê Văn Lương, xã Phước Kiển, huyện Nhà Bè",
)
_VN_ORIGIN = (
    "Nhận chuyển nhượng",
    "Nhận chuyển nhượng",
    "Tặng cho",
    "Thừa kế",
    "Công nhận QSDĐ lần đầu",
)
_VN_TAX_OFFICERS = ("Ng. Thị Thu Hà", "Trần Quốc Bảo", "Lê Minh Nhật", "Võ Thị Kim Loan")
# -- Vietnam: vocational training for rural workers ------------------------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Khmer", "Chăm", "Hoa", "Xtiêng")
_VN_TRAIN_GROUP = (
    "Hộ nghèo",
    "Hộ cận nghèo",
    "Người khuyết tật",
    "Người DTTS",
    "LĐNT khác",
    "Bị thu hồi đất NN",
)
_VN_TRADES = (
    ("Kỹ thuật trồng nấm rơm", "Dưới 3 tháng"),
    ("Sửa chữa máy nông nghiệp", "Sơ cấp"),
    ("Chăn nuôi gà thả vườn", "Dưới 3 tháng"),
    ("May công nghiệp", "Sơ cấp"),
    ("Hàn điện", "Sơ cấp"),
    ("Kỹ thuật trồng sầu riêng", "Dưới 3 tháng"),
)
_VN_TRAIN_SCHOOLS = (
    "TT GDNN-GDTX huyện Củ Chi",
    "Trường CĐ Nông nghiệp Nam Bộ",
    "TT GDNN-GDTX huyện Cần Giờ",
    "Trường TC Kỹ thuật NN TP.HCM",
)
_VN_TRAIN_RESULT = ("Đạt - Khá", "Đạt - TB", "Đạt - Giỏi", "Không đạt", "Bỏ học")
_VN_TRAIN_JOB = ("Tự tạo việc làm", "Làm thuê", "Được DN tuyển dụng", "Chưa có việc làm", "")
# -- Vietnam: the medical assessment council (hội đồng giám định y khoa) ---------------------------
_VN_GD_EMPLOYERS = (
    "Cty TNHH Nidec Viet Nam",
    "Cty CP Dong Tau Ba Son",
    "Cty TNHH Xay dung Hoa Binh",
    "Hop tac xa van tai so 9",
    "Tu do (BHXH tu nguyen)",
)
_VN_GD_KIND = ("Lan dau", "Lan dau", "Tai giam dinh", "Giam dinh tong hop", "Phuc quyet")
_VN_GD_GROUP = ("TNLD", "BNN", "Nghi huu truoc tuoi", "Tro cap tuat", "TNLD")
_VN_GD_INJURY = (
    "Gay 1/3 duoi xuong dui P",
    "Dut 2 dot ngon tay II, III ban tay T",
    "Benh bui phoi silic",
    "Chan thuong so nao, di chung dong kinh",
    "Diec nghe nghiep 2 tai",
    "Suy than man giai doan 3",
)
_VN_GD_CHAIRS = ("BSCKII Nguyen Van Thanh", "TS.BS Le Hoang Phuc", "BSCKI Tran Thi My")
_VN_GD_REFERRER = ("BHXH Q. Binh Tan", "BHXH TP Thu Duc", "Cty su dung LD", "BV Cho Ray")
# -- Vietnam: grassroots security and order teams --------------------------------------------------
_VN_ANTT_ROLE = ("Tổ viên", "Tổ viên", "Tổ viên", "Tổ phó", "Tổ trưởng")
_VN_ANTT_EDU = ("12/12", "9/12", "12/12", "Trung cấp", "Cao đẳng", "Đại học")
_VN_ANTT_OFFICERS = ("Th/úy Phạm Quốc Việt", "Đ/úy Lê Hữu Tài", "Tr/úy Nguyễn Minh Khoa")
_VN_BANKS = ("Agribank", "Vietcombank", "BIDV", "VietinBank")
# -- Sweden: adult education (komvux) admissions ---------------------------------------------------
_SE_GIVEN_M = ("Erik", "Lars", "Mohammed", "Anders", "Johan", "Ali", "Karl")
_SE_GIVEN_F = ("Anna", "Maria", "Fatima", "Eva", "Karin", "Linnéa", "Sara")
_SE_FAMILY = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Yusuf", "Lindqvist")
_SE_PLACES = (
    ("Storgatan 14 lgh 1102", "972 31", "Luleå"),
    ("Fjällgatan 3 B", "903 33", "Umeå"),
    ("Rosengårdsgatan 8", "212 27", "Malmö"),
    ("Hammarbyvägen 41", "120 30", "Stockholm"),
    ("Bergslagsvägen 2", "652 19", "Karlstad"),
    ("Kvarngatan 7", "582 22", "Linköping"),
)
_SE_COURSES = (
    ("SVASVA01", "Svenska som andraspråk 1", "100"),
    ("MATMAT01a", "Matematik 1a", "100"),
    ("VÅRVÅR0", "Vård- och omsorgsarbete 1", "200"),
    ("ENGENG05", "Engelska 5", "100"),
    ("SFI-C", "Sfi kurs C", "0"),
)
_SE_FORM = ("Distans", "Lärarledd", "Flex", "Lärarledd")
_SE_DECISION = ("Antagen", "Antagen", "Reserv", "Ej behörig", "Antagen")
_SE_SYV = ("Helena Ström", "Ahmed Osman", "Petra Lund")
# -- Denmark: passports issued at Borgerservice ----------------------------------------------------
_DK_GIVEN_M = ("Mads", "Rasmus", "Søren", "Jens Peter", "Mikkel", "Ahmad")
_DK_GIVEN_F = ("Mette", "Anne Sofie", "Camilla", "Lærke", "Ida", "Hanne")
_DK_FAMILY = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Sørensen", "Rasmussen", "Østergaard")
_DK_PLACES = (
    ("Nørrebrogade 112, 3. tv.", "2200", "København N"),
    ("Vestergade 7", "8000", "Aarhus C"),
    ("Skibhusvej 250, st. th.", "5000", "Odense C"),
    ("Algade 31, 1.", "4000", "Roskilde"),
    ("Boulevarden 19", "9000", "Aalborg"),
)
_DK_OFFICERS = ("LHJ", "MKN", "PSA", "TRB")
# -- Romania: the list of a family doctor's patients ---------------------------------------------
_RO_GIVEN_M = ("Andrei", "Ion", "Mihai", "Gheorghe", "Vasile", "Ștefan")
_RO_GIVEN_F = ("Elena", "Maria", "Ioana", "Andreea", "Mihaela", "Florentina")
_RO_FAMILY = ("Popescu", "Ionescu", "Munteanu", "Dumitrescu", "Stoica", "Lupașcu", "Rădulescu")
_RO_PLACES = (
    ("Str. Zorilor nr. 21, ap. 4", "Brașov", "Brașov"),
    ("Sat Ghimbav nr. 302", "Ghimbav", "Brașov"),
    ("Aleea Trandafirilor nr. 5, bl. C2, ap. 17", "Constanța", "Constanța"),
    ("Str. Republicii nr. 88", "Sibiu", "Sibiu"),
    ("Bd. Decebal nr. 10, bl. 3, sc. B, ap. 9", "Craiova", "Dolj"),
)
_RO_CATEGORY = ("Salariat", "Pensionar", "Coasigurat", "Copil < 18 ani", "Șomer", "Salariat")
_RO_PREV = ("Dr. Stan Mirela", "Dr. Pop Adrian", "", "Dr. Vlad Corina", "")
_RO_REASON = ("Schimbare domiciliu", "La cerere", "Pensionare medic", "Prima înscriere", "")
_RO_CARD = ("Activ", "Activ", "Neactivat", "Refuz card", "Activ")
# -- Moldova: the registered unemployed at ANOFM ---------------------------------------------------
_MD_GIVEN_M = ("Ion", "Vasile", "Serghei", "Andrei", "Nicolae", "Dumitru")
_MD_GIVEN_F = ("Ana", "Natalia", "Tatiana", "Elena", "Svetlana", "Cristina")
_MD_FAMILY_M = ("Rusu", "Ceban", "Ciobanu", "Popov", "Lungu", "Țurcanu")
_MD_PATRONYMIC = ("Ivanovici", "Petrovici", "Vasilievici", "Gheorghievici", "Nicolaevici")
_MD_PLACES = (
    ("str. Ismail 86, ap. 12", "MD-2001", "mun. Chișinău", "Centru"),
    ("str. Independenței 5", "MD-3101", "mun. Bălți", "Bălți"),
    ("s. Costești, str. Păcii 14", "MD-6522", "s. Costești", "Ialoveni"),
    ("or. Cahul, str. Ștefan cel Mare 21", "MD-3909", "or. Cahul", "Cahul"),
    ("or. Comrat, ул. Ленина 130", "MD-3805", "or. Comrat", "UTA Găgăuzia"),
)
_MD_EDU = ("Medii de cultură generală", "Profesionale tehnice", "Superioare", "Gimnaziale")
_MD_TRADES = ("Vânzător", "Sudor", "Contabil", "Bucătar", "Șofer", "Operator calculator")
_MD_STATUS = ("Șomer", "Șomer cu indemnizație", "Angajat prin AOFM", "Radiat", "Șomer")
_MD_SPECIALISTS = ("Cojocaru L.", "Морозова Е.", "Bivol S.")
# -- Ukraine: housing subsidy recipients -----------------------------------------------------------
_UA_GIVEN_M = ("Олександр", "Іван", "Сергій", "Микола", "Дмитро", "Василь")
_UA_GIVEN_F = ("Олена", "Наталія", "Тетяна", "Оксана", "Галина", "Ірина")
_UA_FAMILY = ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Мельник", "Кравчук")
_UA_PATRONYMIC_M = ("Іванович", "Петрович", "Миколайович", "Степанович")
_UA_PATRONYMIC_F = ("Іванівна", "Петрівна", "Миколаївна", "Степанівна")
_UA_PLACES = (
    "м. Полтава, вул. Соборності, буд. 41, кв. 17",
    "м. Вінниця, просп. Коцюбинського, буд. 8, кв. 64",
    "с. Макарів, Бучанський р-н, Київська обл., вул. Садова, буд. 3",
    "м. Житомир, вул. Велика Бердичівська, буд. 20, кв. 5",
    "м. Черкаси, бульв. Шевченка, буд. 115, кв. 90",
)
_UA_PAYMENT = ("Готівкою (Укрпошта)", "На рахунок в банку", "Безготівково постачальникам")
_UA_OFFICERS = ("Гнатюк О.В.", "Савчук Л.М.", "Поліщук Т.І.")


def _vn_due(p: Person) -> date:
    """The fee falls due thirty days after the notice."""
    return p.other_date + timedelta(days=30)


def _parcel_value(p: Person) -> int:
    return (300 + int(p.bhxh[-5:]) % 4700) * 1_000_000


def _fee(p: Person) -> str:
    origin = _pick(p, _VN_ORIGIN, 3)
    fee = (
        0 if origin in ("Tặng cho", "Thừa kế") and p.bhxh[1] in "01234" else _parcel_value(p) // 200
    )
    return f"{fee:,}".replace(",", ".")


def _se_email(p: Person) -> str:
    given = _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1).lower().replace("é", "e")
    return f"{given}.{_pick(p, _SE_FAMILY, 2).lower()}{_num(p, 90)}@hotmail.se"


def _md_family(p: Person) -> str:
    family = _pick(p, _MD_FAMILY_M, 2)
    return family + "a" if not p.male and family == "Popov" else family


WRITERS_BLIND130: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: registration fee on houses and land
    "lptb_parcel_addr130": lambda p, c: _pick(p, _VN_PARCELS, 1),
    "lptb_parcel130": lambda p, c: str(_num(p, 900)),
    "lptb_sheet130": lambda p, c: str(_num(p, 60)),
    "lptb_area130": lambda p, c: f"{40 + int(p.bhxh[-4:]) % 460},{p.bhxh[3]}",
    "lptb_origin130": lambda p, c: _pick(p, _VN_ORIGIN, 3),
    "lptb_value130": lambda p, c: f"{_parcel_value(p):,}".replace(",", "."),
    "lptb_fee130": lambda p, c: _fee(p),
    "lptb_due130": lambda p, c: f"{_vn_due(p):%d/%m/%Y}",
    "lptb_notice130": lambda p, c: f"{_num(p, 9000)}/TB-CCTKV",
    "lptb_officer130": lambda p, c: _pick(p, _VN_TAX_OFFICERS, 4),
    # Vietnam: vocational training for rural workers
    "ethnic130": lambda p, c: _pick(p, _VN_ETHNIC, 1),
    "train_group130": lambda p, c: _pick(p, _VN_TRAIN_GROUP, 2),
    "trade130": lambda p, c: _place(p, _VN_TRADES)[0],
    "train_level130": lambda p, c: _place(p, _VN_TRADES)[1],
    "school130": lambda p, c: _pick(p, _VN_TRAIN_SCHOOLS, 4),
    "train_end130": lambda p, c: f"{p.other_date + timedelta(days=60 + _num(p, 30)):%d/%m/%Y}",
    "train_fee130": lambda p, c: f"{(2 + _num(p, 4)) * 500_000:,}".replace(",", "."),
    "train_meal130": lambda p, c: f"{30_000 * (40 + _num(p, 20)):,}".replace(",", "."),
    "train_result130": lambda p, c: _pick(p, _VN_TRAIN_RESULT, 5),
    "train_job130": lambda p, c: _pick(p, _VN_TRAIN_JOB, 6),
    # Vietnam: the medical assessment council
    "gd_employer130": lambda p, c: _pick(p, _VN_GD_EMPLOYERS, 1),
    "gd_kind130": lambda p, c: _pick(p, _VN_GD_KIND, 2),
    "gd_group130": lambda p, c: _pick(p, _VN_GD_GROUP, 3),
    "gd_injury130": lambda p, c: _pick(p, _VN_GD_INJURY, 4),
    "gd_rate130": lambda p, c: str(5 + int(p.bhxh[-3:]) % 76),
    "gd_minutes130": lambda p, c: f"{_num(p, 3000)}/GDYK",
    "gd_minutes_date130": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 10)):%d-%m-%Y}",
    "gd_chair130": lambda p, c: _pick(p, _VN_GD_CHAIRS, 5),
    "gd_referrer130": lambda p, c: _pick(p, _VN_GD_REFERRER, 6),
    # Vietnam: grassroots security and order teams
    "antt_team130": lambda p, c: f"Tổ số {_num(p, 12)} - KP {_num(p, 8)}",
    "antt_role130": lambda p, c: _pick(p, _VN_ANTT_ROLE, 1),
    "antt_party130": lambda p, c: "x" if p.bhxh[4] in "012" else "",
    "antt_edu130": lambda p, c: _pick(p, _VN_ANTT_EDU, 2),
    "antt_decision130": lambda p, c: f"{_num(p, 400)}/QĐ-UBND",
    "antt_pay130": lambda p, c: ("2.340.000", "1.872.000", "1.638.000")[int(p.bhxh[5]) % 3],
    "antt_bank130": lambda p, c: f"{_pick(p, _VN_BANKS, 3)} {p.bhxh[1:]}{p.bhxh[0:3]}",
    "antt_officer130": lambda p, c: _pick(p, _VN_ANTT_OFFICERS, 4),
    # Sweden
    "pnr_se130": lambda p, c: f"{p.birth.year // 100}{_personnummer(p)}",
    "se_family130": lambda p, c: _pick(p, _SE_FAMILY, 2),
    "se_given130": lambda p, c: _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1),
    "sex_se130": lambda p, c: "M" if p.male else "K",
    "se_street130": lambda p, c: _place(p, _SE_PLACES)[0],
    "se_pc130": lambda p, c: _place(p, _SE_PLACES)[1],
    "se_town130": lambda p, c: _place(p, _SE_PLACES)[2],
    "se_phone130": lambda p, c: f"07{p.phone[2]}-{p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "se_email130": lambda p, c: _se_email(p),
    "se_course_code130": lambda p, c: _place(p, _SE_COURSES)[0],
    "se_course130": lambda p, c: _place(p, _SE_COURSES)[1],
    "se_points130": lambda p, c: _place(p, _SE_COURSES)[2],
    "se_form130": lambda p, c: _pick(p, _SE_FORM, 5),
    "se_end130": lambda p, c: f"{p.other_date + timedelta(days=70 + 7 * _num(p, 10)):%Y-%m-%d}",
    "se_decision130": lambda p, c: _pick(p, _SE_DECISION, 6),
    "se_syv130": lambda p, c: _pick(p, _SE_SYV, 7),
    "se_ts130": lambda p, c: f"{p.updated:%Y-%m-%d %H:%M}",
    # Denmark
    "cpr_dk130": lambda p, c: _cpr(p),
    "dk_family130": lambda p, c: _pick(p, _DK_FAMILY, 2),
    "dk_given130": lambda p, c: _by_sex(p, _DK_GIVEN_M, _DK_GIVEN_F, 1),
    "sex_dk130": lambda p, c: "Mand" if p.male else "Kvinde",
    "dk_street130": lambda p, c: _place(p, _DK_PLACES)[0],
    "dk_pc130": lambda p, c: _place(p, _DK_PLACES)[1],
    "dk_town130": lambda p, c: _place(p, _DK_PLACES)[2],
    "dk_pass_type130": lambda p, c: "Pas til 65+" if p.birth.year < 1961 else "Almindeligt pas",
    "dk_passno130": lambda p, c: f"2{p.bhxh[1:9]}",
    "dk_issued130": lambda p, c: f"{p.other_date + timedelta(days=8 + _num(p, 10)):%d-%m-%Y}",
    "dk_expiry130": lambda p, c: f"{_shift_date(p.other_date + timedelta(days=8), 10):%d-%m-%Y}",
    "dk_fee130": lambda p, c: "225,00" if p.birth.year < 1961 else "745,00",
    "dk_oldpass130": lambda p, c: f"2{p.bhxh[2:10]}" if p.bhxh[7] in "0123456" else "",
    "dk_guardian130": lambda p, c: "",
    "dk_officer130": lambda p, c: _pick(p, _DK_OFFICERS, 5),
    "dk_phone130": lambda p, c: f"{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    # Romania
    "cnp_ro130": lambda p, c: _cnp(p),
    "ro_family130": lambda p, c: _pick(p, _RO_FAMILY, 2).upper(),
    "ro_given130": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1),
    "sex_ro130": lambda p, c: "M" if p.male else "F",
    "ro_addr130": lambda p, c: f"{_place(p, _RO_PLACES)[0]}, {_place(p, _RO_PLACES)[1]}",
    "ro_town130": lambda p, c: _place(p, _RO_PLACES)[1],
    "ro_county130": lambda p, c: _place(p, _RO_PLACES)[2],
    "ro_phone130": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ro_cat130": lambda p, c: _pick(p, _RO_CATEGORY, 4),
    "ro_cas130": lambda p, c: f"CAS {_place(p, _RO_PLACES)[2]}",
    "ro_prev_doc130": lambda p, c: _pick(p, _RO_PREV, 5),
    "ro_reason130": lambda p, c: _pick(p, _RO_REASON, 5),
    "ro_card130": lambda p, c: _pick(p, _RO_CARD, 6),
    # Moldova
    "idnp_md130": lambda p, c: _idnp_md(p),
    "md_family130": lambda p, c: _md_family(p),
    "md_given130": lambda p, c: _by_sex(p, _MD_GIVEN_M, _MD_GIVEN_F, 1),
    "md_patronymic130": lambda p, c: _pick(p, _MD_PATRONYMIC, 3) if p.bhxh[2] in "0123" else "",
    "sex_md130": lambda p, c: "M / М" if p.male else "F / Ж",
    "md_addr130": lambda p, c: ", ".join(_place(p, _MD_PLACES)[:3]),
    "md_raion130": lambda p, c: _place(p, _MD_PLACES)[3],
    "md_edu130": lambda p, c: _pick(p, _MD_EDU, 5),
    "md_trade130": lambda p, c: _pick(p, _MD_TRADES, 6),
    "md_status130": lambda p, c: _pick(p, _MD_STATUS, 7),
    "md_benefit130": lambda p, c: f"{2000 + int(p.bhxh[-4:]) % 4000},{p.bhxh[5]}0",
    "md_agency130": lambda p, c: f"STOFM {_place(p, _MD_PLACES)[3]}",
    "md_specialist130": lambda p, c: _pick(p, _MD_SPECIALISTS, 8),
    "md_phone130": lambda p, c: (
        f"+373 {6 + int(p.phone[2]) % 2}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    # Ukraine
    "rnokpp_ua130": lambda p, c: _rnokpp(p),
    "ua_family130": lambda p, c: _pick(p, _UA_FAMILY, 2),
    "ua_given130": lambda p, c: _by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 1),
    "ua_patronymic130": lambda p, c: _by_sex(p, _UA_PATRONYMIC_M, _UA_PATRONYMIC_F, 3),
    "ua_addr130": lambda p, c: _pick(p, _UA_PLACES, 4),
    "ua_account130": lambda p, c: f"{p.bhxh[2:9]}",
    "ua_persons130": lambda p, c: str(1 + int(p.bhxh[3]) % 5),
    "ua_area130": lambda p, c: f"{30 + int(p.bhxh[-3:]) % 70},{p.bhxh[4]}",
    "ua_until130": lambda p, c: f"{_shift_date(p.other_date, 1) - timedelta(days=1):%d.%m.%Y}",
    "ua_subsidy130": lambda p, c: f"{300 + int(p.bhxh[-4:]) % 3500},{p.bhxh[6]}{p.bhxh[7]}",
    "ua_payment130": lambda p, c: _pick(p, _UA_PAYMENT, 5),
    "ua_officer130": lambda p, c: _pick(p, _UA_OFFICERS, 6),
    "ua_phone130": lambda p, c: (
        f"+380 {p.phone[1:3]} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
}

__all__ = ["WRITERS_BLIND130"]
