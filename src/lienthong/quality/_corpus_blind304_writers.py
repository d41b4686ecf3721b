"""How the people of the three hundred and fourth part of the outside corpus (**blind 304**,
:mod:`lienthong.quality._corpus_blind304`) are written: four Vietnamese labour files' own columns
(the job a centre placed a worker in and the firm that hired them, a foreign worker's exemption
from a work permit and the employer, an unemployment-benefit claimant's monthly job-search report,
a trainee's interview for a Japanese order) and Polish, Egyptian, Colombian, South African and
Japanese job seekers' and claimants' names, addresses, phones and identity numbers in the forms
their papers show (the PESEL's weighted digit, the employer's NIP mod 11, the Egyptian national
number's digit, the NIT's DIAN digit, the South African ID's Luhn digit, the My Number's mod-11
digit and the Japanese employment-insurance number's mod-7 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_mst
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _za_id
from lienthong.quality._corpus_blind16_writers import _nit_co
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind100_writers import _pl_family, _pl_phone
from lienthong.quality._corpus_blind112_writers import _my_number, _wareki
from lienthong.quality._corpus_blind259_writers import _eg_nid

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam --------------------------------------------------------------------------------------
_VN_SKILLS = (
    "Lao động phổ thông",
    "Sơ cấp nghề may",
    "Trung cấp điện",
    "Cao đẳng kế toán",
    "Đại học CNTT",
    "THPT",
    "Trung cấp hàn",
)
_VN_JOBS = (
    "Công nhân may",
    "Nhân viên kho",
    "Thợ hàn",
    "Kế toán viên",
    "Bảo vệ",
    "Nhân viên bán hàng",
    "Lập trình viên",
    "Công nhân lắp ráp",
)
_VN_FIRMS = (
    ("Công ty TNHH May mặc Việt Thắng", "Lô C3, KCN Tân Tạo, P. Tân Tạo A, Q. Bình Tân, TP.HCM"),
    ("Công ty CP Logistics Sóng Thần", "Số 9 ĐL Độc Lập, KCN Sóng Thần, Dĩ An, Bình Dương"),
    ("Công ty TNHH Điện tử Pouchen VN", "Đường số 2, KCN Nhơn Trạch 3, Đồng Nai"),
    ("Công ty TNHH Dịch vụ Bảo vệ Long Hải", "45 Nguyễn Thị Minh Khai, P. Bến Thành, Q.1"),
    ("Siêu thị Co.opmart Phú Lâm", "6 Bà Hom, P. 13, Q. 6, TP. Hồ Chí Minh"),
)
_FW_NAMES = (
    "KIM MIN JUN",
    "PARK JI HOON",
    "ZHANG WEI",
    "LI NA",
    "TANAKA HIROSHI",
    "SATO YUKI",
    "CHEN JIANHUA",
    "LEE SOO YEON",
    "RAJESH KUMAR",
    "WANG XIAOMING",
)
_FW_NATIONS = ("Hàn Quốc", "Trung Quốc", "Nhật Bản", "Ấn Độ", "Đài Loan (TQ)", "Singapore")
_FW_POSTS = ("Giám đốc điều hành", "Chuyên gia", "Nhà quản lý", "Lao động kỹ thuật")
_FW_CASES = (
    "Khoản 3 Điều 154 BLLĐ - Trưởng VPĐD",
    "Điểm a khoản 2 Điều 7 - Di chuyển nội bộ DN",
    "Khoản 8 Điều 154 - Xử lý sự cố kỹ thuật < 30 ngày",
    "Khoản 1 Điều 154 - Chủ sở hữu góp vốn ≥ 3 tỷ",
    "Điểm e khoản 2 Điều 7 - Tình nguyện viên",
)
_FW_SITES = (
    "KCN VSIP II, Thủ Dầu Một, Bình Dương",
    "KCN Quế Võ, Bắc Ninh",
    "Tòa nhà Bitexco, 2 Hải Triều, Q.1, TP.HCM",
    "KCN Amata, Biên Hòa, Đồng Nai",
)
_UI_WAYS = ("Trực tiếp", "Qua bưu điện", "Ủy quyền (ốm đau)", "Trực tiếp")
_UI_SOUGHT = (
    "Cty TNHH Nidec Tosok",
    "Cty CP Dệt may Thành Công",
    "Cty TNHH Samsung HCMC CE",
    "Cửa hàng Bách Hóa Xanh",
    "Cty TNHH Juki VN",
    "Không liên hệ được đơn vị nào",
)
_UI_RESULTS = (
    "Chưa có việc làm",
    "Đã có việc làm - dừng hưởng",
    "Chưa có việc làm",
    "Không thông báo - tạm dừng",
)
_JP_ORDERS = (
    "Chế biến thực phẩm - Aichi",
    "Xây dựng cốp pha - Osaka",
    "Điều dưỡng - Chiba",
    "Nông nghiệp trồng rau - Ibaraki",
    "Hàn bán tự động - Gifu",
)
_JP_FIRMS = ("株式会社マルヤマ食品", "有限会社タケダ工業", "医療法人さくら会", "JA茨城みなみ")
_JP_UNIONS = ("Nghiệp đoàn Sakura", "Nghiệp đoàn Toyo Kyodo", "Nghiệp đoàn JAPIC")
_JLPT = ("N5", "N4", "Đang học N5", "N3", "Chưa có")
_KANA_M = ("ヴァン", "ドゥック", "ミン")
_KANA_F = ("ティ", "ゴック")
_KANA = {
    "Nguyễn": "グエン",
    "Trần": "チャン",
    "Lê": "レー",
    "Phạm": "ファム",
    "Hoàng": "ホアン",
    "Huỳnh": "フイン",
    "Phan": "ファン",
    "Vũ": "ヴー",
    "Võ": "ヴォー",
    "Đặng": "ダン",
    "Bùi": "ブイ",
    "Đỗ": "ドー",
}


def _firm(p: Person) -> tuple[str, str]:
    return _VN_FIRMS[int(p.bhxh) // 7 % len(_VN_FIRMS)]


def _firm_mst(p: Person, salt: int) -> str:
    """An employer's tax code (valid, and not the person's own)."""
    for n in range(int(p.bhxh[-7:]) + salt, int(p.bhxh[-7:]) + salt + 40):
        mst = make_mst(f"0{n % 9 + 1}", n % 9_999_999 + 1)
        if mst is not None:
            return mst
    return "0301234567"


def _months(p: Person) -> int:
    return 3 + int(p.bhxh[-2:]) % 10


# -- Poland ---------------------------------------------------------------------------------------
_PL_GIVEN_M = ("Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Grzegorz")
_PL_GIVEN_F = ("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Żaneta", "Ewa")
_PL_PLACES = (
    ("Grunwaldzka", "80-236", "Gdańsk"),
    ("Hallera", "80-401", "Gdańsk"),
    ("Świętojańska", "81-368", "Gdynia"),
    ("Kościuszki", "83-000", "Pruszcz Gdański"),
    ("Wejherowska", "84-200", "Wejherowo"),
)
_PL_STATUS = (
    "bezrobotny z prawem do zasiłku",
    "bezrobotny bez prawa do zasiłku",
    "poszukujący pracy",
    "bezrobotny długotrwale",
)
_PL_PROFILE = ("profil I", "profil II", "profil III", "profil II")
_PL_EMPLOYERS = (
    "Stocznia Remontowa Nauta S.A.",
    "LPP S.A.",
    "Biedronka Jeronimo Martins",
    "Zakład Usług Komunalnych Sp. z o.o.",
    "brak (pierwsza rejestracja)",
)
_PL_ADVISERS = ("Dorota Lis", "Marek Zieliński", "Beata Kamińska", "Adam Wróbel")


def _nip(p: Person) -> str:
    """A Polish employer's NIP, ``123-456-32-18``: nine digits and the mod-11 check digit."""
    for k in range(10):
        body = f"{5 + k % 4}{p.bhxh[::-1][:7]}{k}"
        check = sum(int(d) * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True))
        if check % 11 != 10:
            d = f"{body}{check % 11}"
            return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"
    return "584-025-36-95"


# -- Egypt ----------------------------------------------------------------------------------------
_EG_PLACES = (
    ("24", "المنيا", "ملوي"),
    ("26", "سوهاج", "طهطا"),
    ("25", "أسيوط", "ديروط"),
    ("22", "بني سويف", "الواسطى"),
    ("21", "الجيزة", "أوسيم"),
    ("13", "الشرقية", "بلبيس"),
)
_EG_MEN = ("محمد", "أحمد", "محمود", "مصطفى", "عبد الرحمن", "سيد", "حسن")
_EG_WOMEN = ("فاطمة", "منى", "هالة", "أسماء", "نادية", "سعاد", "زينب")
_EG_FAMILY = ("عبد العال", "الصعيدي", "أبو زيد", "عثمان", "الشريف", "حماد")
_EG_TRADES = ("عامل بناء", "نقاش", "عامل زراعي", "سباك", "عامل تراحيل", "حداد مسلح")
_EG_BOSSES = (
    "مقاول / رجب عبد الحميد",
    "شركة المقاولون العرب",
    "مقاول أنفار / سيد حسانين",
    "بدون صاحب عمل ثابت",
    "شركة حسن علام",
)
_EG_STREETS = ("شارع الجمهورية", "شارع الترعة", "شارع المحطة", "شارع المدارس", "حارة الجامع")


def _eg_place(p: Person) -> tuple[str, str, str]:
    return _EG_PLACES[int(p.bhxh) // 9 % len(_EG_PLACES)]


def _eg_name(p: Person) -> str:
    own = _by_sex(p, _EG_MEN, _EG_WOMEN, 1)
    return f"{own} {_pick(p, _EG_MEN, 2)} {_pick(p, _EG_MEN, 3)} {_pick(p, _EG_FAMILY, 4)}"


def _eg_phone(p: Person) -> str:
    return f"01{_pick(p, ('0', '1', '2', '5'), 3)}{p.phone[-8:]}"


# -- Colombia -------------------------------------------------------------------------------------
_CO_SURNAMES = ("Rodríguez", "Gómez", "Martínez", "Ospina", "Restrepo", "Muñoz", "Vargas")
_CO_GIVEN_M = ("Juan Carlos", "Andrés Felipe", "Luis Eduardo", "Jhon Fredy", "Camilo")
_CO_GIVEN_F = ("María Fernanda", "Luz Dary", "Diana Marcela", "Yuliana", "Ángela María")
_CO_PLACES = (
    ("Medellín", "Antioquia"),
    ("Bello", "Antioquia"),
    ("Itagüí", "Antioquia"),
    ("Cali", "Valle del Cauca"),
    ("Palmira", "Valle del Cauca"),
    ("Bogotá D.C.", "Bogotá D.C."),
)
_CO_EMPLOYERS = (
    "Almacenes Éxito S.A.",
    "Confecciones Leonisa S.A.",
    "Servientrega S.A.",
    "Constructora Conconcreto S.A.",
    "Temporales Uno A S.A.S.",
)
_CO_STATUS = ("Aprobado", "En verificación", "Rechazado - no cumple aportes", "Aprobado")


def _cc_co(p: Person) -> str:
    digits = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"
    return digits if p.birth.year >= 1992 else f"{int(digits[2:]):,}".replace(",", ".")


# -- South Africa ---------------------------------------------------------------------------------
_ZA_SURNAMES = ("Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Ndlovu", "Khumalo")
_ZA_GIVEN_M = ("Sipho Themba", "Thabo", "Johannes Petrus", "Lwazi", "Kagiso", "Mandla")
_ZA_GIVEN_F = ("Nomvula", "Thandeka Precious", "Lerato", "Anna-Marie", "Zanele", "Palesa")
_ZA_PLACES = (
    ("Orlando West", "Soweto", "1804"),
    ("Tembisa Ext 2", "Kempton Park", "1632"),
    ("Mamelodi East", "Pretoria", "0122"),
    ("KwaThema", "Springs", "1575"),
    ("Mitchells Plain", "Cape Town", "7785"),
)
_ZA_STREETS = ("Vilakazi Street", "Mokoena Street", "Church Street", "Tsamaya Avenue")
_ZA_QUALS = ("Grade 12 (NSC)", "Grade 10", "N3 Electrical", "NQF 4 Hospitality", "Diploma")
_ZA_EMPLOYERS = (
    "Shoprite Checkers (Pty) Ltd",
    "Murray & Roberts",
    "Pick n Pay Stores",
    "Unemployed - no previous employer",
    "Adcorp Blu Labour Brokers",
)
_ZA_OFFICERS = ("Ms N. Mahlangu", "Mr T. Sithole", "Ms R. Pillay", "Mr J. Pretorius")


def _za_place(p: Person) -> tuple[str, str, str]:
    return _ZA_PLACES[int(p.bhxh) // 9 % len(_ZA_PLACES)]


# -- Japan ----------------------------------------------------------------------------------------
_JP_FAMILY = (
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("渡辺", "ワタナベ"),
    ("伊藤", "イトウ"),
    ("山本", "ヤマモト"),
)
_JP_GIVEN_M = (("健一", "ケンイチ"), ("大輔", "ダイスケ"), ("誠", "マコト"), ("翔太", "ショウタ"))
_JP_GIVEN_F = (("由美", "ユミ"), ("恵子", "ケイコ"), ("美咲", "ミサキ"), ("陽子", "ヨウコ"))
_JP_PLACES = (
    ("330-0062", "埼玉県さいたま市浦和区仲町"),
    ("332-0012", "埼玉県川口市本町"),
    ("340-0015", "埼玉県草加市高砂"),
    ("350-1123", "埼玉県川越市脇田本町"),
)
_JP_EMPLOYERS = ("株式会社ヤオコー", "埼玉精機株式会社", "有限会社大和運送", "社会福祉法人みどり会")
_JP_REASONS = (
    "会社都合（倒産・解雇）",
    "自己都合",
    "契約期間満了",
    "定年退職",
    "自己都合（正当な理由あり）",
)


def _jp_pair(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    family = _JP_FAMILY[int(p.bhxh) // 3 % len(_JP_FAMILY)]
    given = (_JP_GIVEN_M if p.male else _JP_GIVEN_F)[int(p.bhxh) // 11 % 4]
    return family, given


def _jp_place(p: Person) -> tuple[str, str]:
    return _JP_PLACES[int(p.bhxh) // 9 % len(_JP_PLACES)]


def _hihoken(p: Person) -> str:
    """An employment-insurance insured number, ``5012-345678-3``: ten digits and their mod 7."""
    body = f"{p.bhxh[-4:]}{p.phone[-6:]}"
    return f"{body[:4]}-{body[4:]}-{int(body) % 7}"


def _leave(p: Person) -> date:
    return p.other_date - timedelta(days=20 + _num(p, 40))


WRITERS_BLIND304: dict[str, Callable[[Person, Col], object]] = {
    "ticket304": lambda p, c: f"TV-{p.other_date:%y}{_num(p, 900):04d}",
    "skill304": lambda p, c: _pick(p, _VN_SKILLS, 2),
    "job304": lambda p, c: _pick(p, _VN_JOBS, 3),
    "firm304": lambda p, c: _firm(p)[0],
    "firm_mst304": lambda p, c: _firm_mst(p, 3),
    "firm_addr304": lambda p, c: _firm(p)[1],
    "wage304": lambda p, c: f"{(5_500 + _num(p, 60) * 150) * 1000:,}".replace(",", "."),
    "counsellor304": lambda p, c: _other_vn(p, 5),
    "fw_name304": lambda p, c: _pick(p, _FW_NAMES, 1),
    "fw_nation304": lambda p, c: _pick(p, _FW_NATIONS, 1),
    "fw_passport304": lambda p, c: f"{_pick(p, ('M', 'E', 'TR', 'Z'), 2)}{p.bhxh[-8:]}",
    "fw_post304": lambda p, c: _pick(p, _FW_POSTS, 3),
    "fw_case304": lambda p, c: _pick(p, _FW_CASES, 4),
    "fw_employer304": lambda p, c: _pick(p, tuple(f[0] for f in _VN_FIRMS), 5),
    "fw_mst304": lambda p, c: _firm_mst(p, 11),
    "fw_site304": lambda p, c: _pick(p, _FW_SITES, 6),
    "fw_doc304": lambda p, c: f"{_num(p, 900)}/SNV-VL",
    "fw_until304": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "decision304": lambda p, c: f"{_num(p, 999)}/QĐ-SNV",
    "month_no304": lambda p, c: str(1 + int(p.bhxh[-3:]) % _months(p)),
    "months304": lambda p, c: str(_months(p)),
    "benefit304": lambda p, c: f"{(2_100 + _num(p, 90) * 45) * 1000:,}".replace(",", "."),
    "notify_way304": lambda p, c: _pick(p, _UI_WAYS, 2),
    "sought1_304": lambda p, c: _pick(p, _UI_SOUGHT, 3),
    "sought2_304": lambda p, c: _pick(p, _UI_SOUGHT, 5) if int(p.bhxh) % 3 else "",
    "result304": lambda p, c: _pick(p, _UI_RESULTS, 4),
    "cand304": lambda p, c: f"UV{p.other_date:%y%m}-{_num(p, 300):03d}",
    "kana304": lambda p, c: f"{_KANA.get(p.family, 'グエン')}・{_by_sex(p, _KANA_M, _KANA_F, 2)}",
    "home_prov304": lambda p, c: _pick(p, ("Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Thái Bình"), 3),
    "height304": lambda p, c: str((165 if p.male else 153) + _num(p, 12)),
    "weight304": lambda p, c: str((58 if p.male else 46) + _num(p, 14)),
    "jlpt304": lambda p, c: _pick(p, _JLPT, 4),
    "order304": lambda p, c: f"ĐH{_num(p, 90):02d} - {_pick(p, _JP_ORDERS, 5)}",
    "jp_host304": lambda p, c: _pick(p, _JP_FIRMS, 5),
    "union304": lambda p, c: _pick(p, _JP_UNIONS, 6),
    "pass304": lambda p, c: _pick(p, ("Đỗ", "Trượt", "Dự bị", "Đỗ"), 7),
    "guarantor304": lambda p, c: f"{_other_vn(p, 8, family=p.family)} (bố/mẹ)",
    "family_phone304": lambda p, c: _other_phone(p, "03"),
    "pesel_pl304": lambda p, c: _pesel(p),
    "pl_family304": lambda p, c: _pl_family(p),
    "pl_given304": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "sex_pl304": lambda p, c: "M" if p.male else "K",
    "street_pl304": lambda p, c: (
        f"ul. {_PL_PLACES[int(p.bhxh) // 9 % 5][0]} {_num(p, 120)}"
        + (f"/{_num(p, 30)}" if int(p.bhxh) % 3 else "")
    ),
    "pc_pl304": lambda p, c: _PL_PLACES[int(p.bhxh) // 9 % 5][1],
    "town_pl304": lambda p, c: _PL_PLACES[int(p.bhxh) // 9 % 5][2],
    "phone_pl304": lambda p, c: _pl_phone(p),
    "status_pl304": lambda p, c: _pick(p, _PL_STATUS, 2),
    "profil_pl304": lambda p, c: _pick(p, _PL_PROFILE, 3),
    "employer_pl304": lambda p, c: _pick(p, _PL_EMPLOYERS, 4),
    "nip_pl304": lambda p, c: "" if _pick(p, _PL_EMPLOYERS, 4).startswith("brak") else _nip(p),
    "adviser_pl304": lambda p, c: _pick(p, _PL_ADVISERS, 5),
    "nid_eg304": lambda p, c: _eg_nid(p, _eg_place(p)[0]),
    "eg_name304": lambda p, c: _eg_name(p),
    "sex_eg304": lambda p, c: "ذكر" if p.male else "أنثى",
    "trade_eg304": lambda p, c: _pick(p, _EG_TRADES, 5),
    "boss_eg304": lambda p, c: _pick(p, _EG_BOSSES, 6),
    "street_eg304": lambda p, c: f"{_num(p, 80)} {_pick(p, _EG_STREETS, 7)}",
    "town_eg304": lambda p, c: _eg_place(p)[2],
    "gov_eg304": lambda p, c: _eg_place(p)[1],
    "phone_eg304": lambda p, c: _eg_phone(p),
    "aman_eg304": lambda p, c: f"{p.bhxh[-9:]}",
    "grant_eg304": lambda p, c: _pick(p, ("500", "1000", "1500"), 8),
    "doctype_co304": lambda p, c: "CC",
    "cc_co304": lambda p, c: _cc_co(p),
    "co_ap1_304": lambda p, c: _pick(p, _CO_SURNAMES, 1),
    "co_ap2_304": lambda p, c: _pick(p, _CO_SURNAMES, 4),
    "co_given304": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 2),
    "sex_co304": lambda p, c: "M" if p.male else "F",
    "street_co304": lambda p, c: (
        f"{_pick(p, ('CL', 'CR', 'Calle', 'Carrera', 'DG'), 3)} {_num(p, 120)}"
        f" # {_num(p, 80)}-{int(p.bhxh[-2:]):02d}"
    ),
    "mun_co304": lambda p, c: _CO_PLACES[int(p.bhxh) // 9 % len(_CO_PLACES)][0],
    "dep_co304": lambda p, c: _CO_PLACES[int(p.bhxh) // 9 % len(_CO_PLACES)][1],
    "cel_co304": lambda p, c: f"3{_pick(p, ('00', '01', '10', '12', '15', '20'), 4)}{p.phone[-7:]}",
    "emp_co304": lambda p, c: _pick(p, _CO_EMPLOYERS, 5),
    "nit_co304": lambda p, c: _nit_co(p),
    "salary_co304": lambda p, c: f"${(1_423_500 + _num(p, 80) * 25_000):,}".replace(",", "."),
    "estado_co304": lambda p, c: _pick(p, _CO_STATUS, 6),
    "id_za304": lambda p, c: _za_id(p),
    "za_sur304": lambda p, c: _pick(p, _ZA_SURNAMES, 1),
    "za_first304": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 2),
    "sex_za304": lambda p, c: "Male" if p.male else "Female",
    "popgroup304": lambda p, c: _pick(p, ("African", "Coloured", "White", "Indian"), 3),
    "nqf304": lambda p, c: _pick(p, _ZA_QUALS, 4),
    "street_za304": lambda p, c: f"{_num(p, 3000)} {_pick(p, _ZA_STREETS, 5)}",
    "sub_za304": lambda p, c: _za_place(p)[0],
    "city_za304": lambda p, c: _za_place(p)[1],
    "pc_za304": lambda p, c: _za_place(p)[2],
    "cell_za304": lambda p, c: f"0{_pick(p, ('72', '82', '83', '61', '79'), 6)}{p.phone[-7:]}",
    "disab304": lambda p, c: _pick(p, ("None", "None", "Physical", "Visual", "None"), 7),
    "prev_emp304": lambda p, c: _pick(p, _ZA_EMPLOYERS, 8),
    "uif_ref304": lambda p, c: f"U{p.bhxh[-7:]}/{p.bhxh[:1]}",
    "officer_za304": lambda p, c: _pick(p, _ZA_OFFICERS, 9),
    "jukyu_no304": lambda p, c: f"1101-{p.bhxh[-6:]}-{int(p.bhxh) % 7}",
    "hihoken_no304": lambda p, c: _hihoken(p),
    "mynum_jp304": lambda p, c: _my_number(p).replace(" ", ""),
    "jp_name304": lambda p, c: f"{_jp_pair(p)[0][0]}\u3000{_jp_pair(p)[1][0]}",
    "jp_kana304": lambda p, c: f"{_jp_pair(p)[0][1]} {_jp_pair(p)[1][1]}",
    "wareki_jp304": lambda p, c: _wareki(p.birth),
    "sex_jp304": lambda p, c: "男" if p.male else "女",
    "pc_jp304": lambda p, c: f"〒{_jp_place(p)[0]}",
    "addr_jp304": lambda p, c: f"{_jp_place(p)[1]}{_num(p, 5)}丁目{_num(p, 30)}番{_num(p, 20)}号",
    "phone_jp304": lambda p, c: f"0{_pick(p, ('7', '8', '9'), 8)}0-{p.phone[2:6]}-{p.phone[6:10]}",
    "jp_firm304": lambda p, c: _pick(p, _JP_EMPLOYERS, 4),
    "jp_office304": lambda p, c: f"1101-{p.bhxh[2:8]}-{int(p.bhxh[2:8]) % 7}",
    "leave_jp304": lambda p, c: f"{_leave(p):%Y/%m/%d}",
    "reason_jp304": lambda p, c: _pick(p, _JP_REASONS, 5),
    "daily_jp304": lambda p, c: f"{3_200 + _num(p, 90) * 45:,}円",
    "days_jp304": lambda p, c: _pick(p, ("90日", "120日", "150日", "180日", "240日"), 6),
    "nintei_jp304": lambda p, c: _pick(p, ("第1週火曜", "第2週水曜", "第3週木曜", "第4週金曜"), 7),
}
