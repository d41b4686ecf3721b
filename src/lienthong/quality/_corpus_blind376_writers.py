"""How the people of the three-hundred-and-seventy-sixth part of the outside corpus (**blind
376**, :mod:`lienthong.quality._corpus_blind376`) are written: relatives of serving soldiers,
officials in defence and security courses, owners of vehicles kept for mobilisation and
civil-defence shock-team members in Vietnam; Singapore NSmen, Korean conscripts, Armenian
conscripts, Colombian men defining their military situation and Egyptian conscripts, each with
their own id (and its check digit where it has one), address and phone."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# --- Vietnam -------------------------------------------------------------------------------
_VN_UNITS = (
    "Sư đoàn 312, Quân đoàn 12",
    "Lữ đoàn 147 Hải quân",
    "Trung đoàn 141, Sư đoàn 312",
    "Bộ CHQS tỉnh Thái Nguyên",
    "Bộ đội Biên phòng tỉnh Cao Bằng",
    "Lữ đoàn Công binh 229",
)
_VN_RANKS = ("Binh nhì", "Binh nhất", "Hạ sĩ", "Trung sĩ", "Binh nhất")
_VN_REL = ("Bố đẻ", "Mẹ đẻ", "Vợ", "Con", "Bố vợ", "Mẹ vợ", "Người nuôi dưỡng hợp pháp")
_VN_HOSP = ("TTYT huyện Phú Lương", "BV Đa khoa Trung ương Thái Nguyên", "Bệnh xá Quân y 91")
_VN_QPAN_POS = (
    "Trưởng thôn",
    "Bí thư chi bộ",
    "Chi hội trưởng Hội Phụ nữ",
    "Công an viên",
    "Trưởng ban công tác mặt trận",
    "Bí thư chi đoàn",
)
_VN_QPAN_RESULT = ("Giỏi", "Khá", "Khá", "Đạt", "Giỏi")
_VN_VEHICLES = (
    ("Ô tô tải", "HINO FC9JLSW", "15C-"),
    ("Ô tô tải ben", "HOWO ZZ3257", "20C-"),
    ("Xe khách 29 chỗ", "THACO TB79S", "20B-"),
    ("Tàu cá vỏ thép", "QN-90123-TS", ""),
    ("Máy xúc bánh xích", "KOMATSU PC200", ""),
)
_VN_DBDV_UNIT = ("c4/d2/e677", "Tiểu đoàn vận tải 45", "Đại đội Công binh 26", "e246/f346")
_VN_TEAMS = ("Đội xung kích PTDS ấp 1", "Tổ cứu hộ cứu nạn KP3", "Đội xung kích ấp Bình Lợi")
_VN_TEAM_ROLE = ("Đội viên", "Đội viên", "Đội trưởng", "Đội phó", "Đội viên")
_VN_SKILL = ("Bơi lội", "Sơ cứu", "Lái xuồng máy", "Cưa cắt", "PCCC", "Bơi lội, sơ cứu")
_VN_HAMLETS = ("Ấp 1", "Ấp Bình Lợi", "Khu phố 3", "Ấp Tân Hòa", "Tổ 12")
_VN_WARDS = ("Xã Phú Đô", "Xã Yên Lạc", "Phường Tích Lương", "Xã Động Đạt", "Phường Gia Sàng")
_VN_STREETS = ("Tổ 7", "Xóm Na Hiên", "Số 12 ngõ 5 đường Bến Tượng", "Xóm Đồng Kem", "Tổ 15")

# --- Singapore -----------------------------------------------------------------------------
#: (name as in the NRIC, race)
_SG_MEN = (
    ("Tan Wei Ming", "Chinese"),
    ("Lim Jun Jie", "Chinese"),
    ("Muhammad Hafiz bin Rahman", "Malay"),
    ("Rajesh s/o Kumar", "Indian"),
    ("Ong Zhi Hao", "Chinese"),
    ("Nur Irfan bin Ismail", "Malay"),
    ("Daniel Pereira", "Eurasian"),
    ("Arjun Pillai", "Indian"),
)
_SG_NOK = ("Tan Mei Ling", "Siti Aminah bte Yusof", "Lakshmi d/o Raman", "Wong Siew Lan")
_SG_VOC = ("Infantry", "Armour", "Signals", "Combat Engineer", "Transport Operator", "Medic")
_SG_UNIT = ("3 SIR", "41 SAR", "2 SCE", "9 DIV HQ", "24 SA", "3 SIG")
_SG_ADDR = (
    ("Blk 405 Ang Mo Kio Ave 10 #07-1121", "560405"),
    ("Blk 12 Marsiling Drive #04-55", "730012"),
    ("Blk 678B Jurong West St 64 #11-230", "642678"),
    ("22 Lorong 35 Geylang", "387933"),
    ("Blk 101 Tampines St 11 #03-17", "521101"),
)
_SG_IPPT = ("Gold", "Silver", "Pass", "Fail", "Pass", "NS Incentive")
_SG_ICT = ("ICT Completed", "ICT Completed", "Deferred", "Excused (MO)", "Absent Without Leave")

# --- Korea ---------------------------------------------------------------------------------
_KR_FAMILY = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "한")
_KR_GIVEN = ("민준", "서준", "도윤", "지호", "현우", "준서", "건우", "우진", "승민", "태윤")
_KR_ADDR = (
    ("서울특별시", "노원구", "동일로 1414, 103동 502호"),
    ("경기도", "수원시 팔달구", "효원로 241, 2층"),
    ("부산광역시", "해운대구", "센텀중앙로 55, 1203호"),
    ("대구광역시", "수성구", "달구벌대로 2450"),
    ("광주광역시", "북구", "용봉로 77, 201동 1101호"),
)
_KR_OFFICE = (
    "서울지방병무청",
    "경인지방병무청",
    "부산울산지방병무청",
    "대구경북지방병무청",
    "광주전남지방병무청",
)
_KR_GRADE = ("1급", "2급", "3급", "1급", "4급", "2급", "5급")
_KR_DISPOSAL = ("현역병입영대상", "현역병입영대상", "보충역", "전시근로역", "재신체검사")
_KR_SCHOOL = ("서울대학교", "고려대학교", "부산대학교", "경북대학교", "전남대학교", "고졸")

# --- Armenia -------------------------------------------------------------------------------
_AM_FAMILY = ("Հովհաննիսյան", "Սարգսյան", "Գրիգորյան", "Պետրոսյան", "Մկրտչյան", "Կարապետյան")
_AM_GIVEN = ("Արամ", "Տիգրան", "Դավիթ", "Գոռ", "Նարեկ", "Հայկ", "Արման", "Վահե")
_AM_FATHER = ("Արմենի", "Սամվելի", "Գագիկի", "Աշոտի", "Վարդանի", "Կարենի")
_AM_ADDR = (
    ("Երևան", "ք. Երևան, Արաբկիր, Կոմիտասի պող. 34, բն. 12"),
    ("Երևան", "ք. Երևան, Նոր Նորք, Գայի պող. 7, բն. 45"),
    ("Շիրակ", "ք. Գյումրի, Ռիժկովի փ. 21, բն. 3"),
    ("Լոռի", "ք. Վանաձոր, Տիգրան Մեծի փ. 18"),
    ("Կոտայք", "ք. Աբովյան, 3-րդ միկրոշրջան, շ. 5, բն. 20"),
)
_AM_COMM = ("Արաբկիրի", "Նոր Նորքի", "Գյումրու", "Վանաձորի", "Աբովյանի")
_AM_FIT = ("Պիտանի", "Պիտանի", "Սահմանափակ պիտանի", "Ժամանակավորապես ոչ պիտանի", "Պիտանի")
_AM_STATUS = ("Զորակոչված", "Տարկետում (ուսում)", "Զորակոչված", "Ազատված", "Սպասման մեջ")

# --- Colombia ------------------------------------------------------------------------------
_CO_FAMILY = ("Rodríguez", "Gómez", "Martínez", "López", "García", "Hernández", "Díaz", "Moreno")
_CO_GIVEN = ("Juan David", "Andrés Felipe", "Carlos Andrés", "Brayan Stiven", "Luis Fernando")
_CO_PLACES = (
    ("Bogotá D.C.", "Bogotá D.C.", "Cra 7 # 45-12 Apto 301", "Distrito Militar No. 1"),
    ("Medellín", "Antioquia", "Calle 50 # 43-21", "Distrito Militar No. 5"),
    ("Cali", "Valle del Cauca", "Av 6N # 23-45", "Distrito Militar No. 20"),
    ("Barranquilla", "Atlántico", "Cra 46 # 72-110", "Distrito Militar No. 31"),
    ("Bucaramanga", "Santander", "Calle 36 # 19-08", "Distrito Militar No. 30"),
)
_CO_SIT = ("Definida", "Definida", "En proceso", "Remiso", "Aplazado")
_CO_CLASS = ("Primera clase", "Segunda clase", "Segunda clase", "Segunda clase")
_CO_CAUSE = ("Ninguna", "Hijo único", "Estudiante universitario", "Víctima del conflicto", "")

# --- Egypt ---------------------------------------------------------------------------------
_EG_GIVEN = ("محمد", "أحمد", "محمود", "مصطفى", "عمر", "يوسف", "كريم", "إبراهيم")
_EG_FATHER = ("عبد الله", "حسن", "علي", "سيد", "عبد الرحمن", "خالد")
_EG_FAMILY = ("السيد", "عبد العزيز", "الشربيني", "منصور", "حسين", "فؤاد")
_EG_GOV = (
    ("01", "القاهرة", "١٢ شارع التحرير، الدقي"),
    ("02", "الإسكندرية", "٥ شارع فؤاد، محطة الرمل"),
    ("21", "الجيزة", "٣٣ شارع الهرم، الطالبية"),
    ("13", "الشرقية", "قرية كفر الحمام، مركز الزقازيق"),
    ("16", "الغربية", "١٤ شارع البحر، طنطا"),
)
_EG_ZONE = (
    "منطقة تجنيد القاهرة",
    "منطقة تجنيد الإسكندرية",
    "منطقة تجنيد الجيزة",
    "منطقة تجنيد الزقازيق",
)
_EG_QUAL = ("مؤهل عالٍ", "مؤهل متوسط", "مؤهل فوق المتوسط", "بدون مؤهل", "مؤهل عالٍ")
_EG_STATUS = ("مطلوب للتجنيد", "مؤجل للدراسة", "معافى نهائيًا", "أدى الخدمة", "مطلوب للتجنيد")
_EG_MED = ("لائق طبيًا (أ)", "لائق طبيًا (ب)", "غير لائق", "لائق طبيًا (ج)", "لائق طبيًا (أ)")


def _sg_nric(p: Person) -> str:
    """An NRIC: S (born before 2000) or T, 7 digits (the first two the birth year for those
    born from 1968) and the mod-11 check letter."""
    lead = "T" if p.birth.year >= 2000 else "S"
    digits = f"{p.birth.year % 100:02d}{int(p.bhxh) % 100000:05d}"
    if p.birth.year < 1968:
        digits = f"{int(p.bhxh) % 2}{int(p.bhxh[-6:]):06d}"
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if lead == "T" else 0
    return f"{lead}{digits}{'JZIHGFEDCBA'[total % 11]}"


def _kr_rrn(p: Person) -> str:
    """A resident registration number ``YYMMDD-GNNNNNC``: the sex and century digit (1 or 3,
    a man), five digits and the mod-11 check digit."""
    g = 3 if p.birth.year >= 2000 else 1  # the list holds men only
    head = f"{p.birth:%y%m%d}{g}{int(p.bhxh) % 100000:05d}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(d) * w for d, w in zip(head, weights, strict=True))
    full = f"{head}{(11 - total % 11) % 10}"
    return f"{full[:6]}-{full[6:]}"


def _eg_nid(p: Person) -> str:
    """An Egyptian national number: the century (2 or 3), YYMMDD, the governorate, a serial
    whose last digit is odd (a man), and the mod-11 check digit as commonly computed."""
    gov = _pick(p, tuple(g[0] for g in _EG_GOV), 5)
    serial = int(p.bhxh[-3:]) * 10 + int(p.bhxh[3]) // 2 * 2 + 1  # odd: a man
    head = f"{2 if p.birth.year < 2000 else 3}{p.birth:%y%m%d}{gov}{serial % 10000:04d}"
    weights = (2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(head, weights, strict=True))
    return f"{head}{(11 - total % 11) % 10}"


def _eg_name(p: Person) -> str:
    """The four-part name: his own, his father's, his grandfather's and the family's."""
    parts = (_EG_GIVEN, _EG_FATHER, _EG_GIVEN, _EG_FAMILY)
    return " ".join(_pick(p, names, salt) for salt, names in enumerate(parts, start=1))


def _eg_gov(p: Person) -> tuple[str, str, str]:
    """Where the man lives now: mostly the governorate of birth (the one in his number)."""
    salt = 5 if int(p.bhxh) % 4 else 7
    gov = _pick(p, tuple(g[0] for g in _EG_GOV), salt)
    return next(g for g in _EG_GOV if g[0] == gov)


def _co_cedula(p: Person) -> str:
    """A cédula de ciudadanía: ten digits from 1.000.000.000 for the young, eight for older."""
    if p.birth.year >= 1985:
        return f"{1_000_000_000 + int(p.bhxh) % 130_000_000:,}".replace(",", ".")
    return f"{10_000_000 + int(p.bhxh) % 89_000_000:,}".replace(",", ".")


def _vn_vehicle(p: Person) -> tuple[str, str, str]:
    return _VN_VEHICLES[int(p.bhxh) // 7 % len(_VN_VEHICLES)]


def _vn_plate(p: Person) -> str:
    kind = _vn_vehicle(p)
    if not kind[2]:
        return f"TN-{int(p.bhxh) % 90000 + 10000}"
    return f"{kind[2]}{int(p.bhxh) % 900 + 100}.{int(p.bhxh) // 1000 % 90 + 10}"


def _kr_name(p: Person) -> str:
    return f"{_pick(p, _KR_FAMILY, 1)}{_pick(p, _KR_GIVEN, 2)}"


WRITERS_BLIND376: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam
    "soldier376": lambda p, c: _other_vn(p, 3, male=True),
    "soldier_dob376": lambda p, c: f"{int(p.bhxh) % 28 + 1:02d}/{int(p.bhxh) % 12 + 1:02d}/2005",
    "unit376": lambda p, c: _pick(p, _VN_UNITS, 4),
    "rank376": lambda p, c: _pick(p, _VN_RANKS, 5),
    "rel376": lambda p, c: _pick(p, _VN_REL, 6),
    "hosp376": lambda p, c: _pick(p, _VN_HOSP, 7),
    "enlist376": lambda p, c: f"{10 + int(p.bhxh) % 6:02d}/02/202{5 + int(p.bhxh) % 2}",
    "ward376": lambda p, c: _pick(p, _VN_WARDS, 8),
    "vn_addr376": lambda p, c: (
        f"{_pick(p, _VN_STREETS, 9)}, {_pick(p, _VN_WARDS, 8)}, tỉnh Thái Nguyên"
    ),
    "hamlet376": lambda p, c: _pick(p, _VN_HAMLETS, 10),
    "qpan_pos376": lambda p, c: _pick(p, _VN_QPAN_POS, 11),
    "qpan_class376": lambda p, c: f"Lớp ĐT4 khóa {int(p.bhxh) % 3 + 1}/2026",
    "qpan_score376": lambda p, c: f"{6 + int(p.bhxh) % 40 / 10:.1f}".replace(".", ","),
    "qpan_result376": lambda p, c: _pick(p, _VN_QPAN_RESULT, 12),
    "cert376": lambda p, c: f"{int(p.bhxh) % 900 + 100}/GCN-TQS",
    "veh_kind376": lambda p, c: _vn_vehicle(p)[0],
    "veh_model376": lambda p, c: _vn_vehicle(p)[1],
    "plate376": lambda p, c: _vn_plate(p),
    "veh_year376": lambda p, c: str(2008 + int(p.bhxh) % 17),
    "load376": lambda p, c: f"{int(p.bhxh) % 20 + 2} tấn",
    "dbdv_unit376": lambda p, c: _pick(p, _VN_DBDV_UNIT, 13),
    "team376": lambda p, c: _pick(p, _VN_TEAMS, 14),
    "team_role376": lambda p, c: _pick(p, _VN_TEAM_ROLE, 15),
    "skill376": lambda p, c: _pick(p, _VN_SKILL, 16),
    "officer376": lambda p, c: _other_vn(p, 17, male=True),
    "officer_phone376": lambda p, c: _other_phone(p, "0912"),
    # Singapore
    "sg_nric376": lambda p, c: _sg_nric(p),
    "sg_name376": lambda p, c: _SG_MEN[int(p.bhxh) // 3 % len(_SG_MEN)][0].upper(),
    "sg_race376": lambda p, c: _SG_MEN[int(p.bhxh) // 3 % len(_SG_MEN)][1],
    "sg_voc376": lambda p, c: _pick(p, _SG_VOC, 4),
    "sg_unit376": lambda p, c: _pick(p, _SG_UNIT, 5),
    "sg_street376": lambda p, c: _pick(p, tuple(a[0] for a in _SG_ADDR), 6),
    "sg_post376": lambda p, c: _pick(p, tuple(a[1] for a in _SG_ADDR), 6),
    "sg_phone376": lambda p, c: f"+65 {8 + int(p.bhxh) % 2}{p.phone[-7:-4]} {p.phone[-4:]}",
    "sg_ippt376": lambda p, c: _pick(p, _SG_IPPT, 7),
    "sg_ict376": lambda p, c: _pick(p, _SG_ICT, 8),
    "sg_nok376": lambda p, c: _pick(p, _SG_NOK, 9),
    "sg_nok_rel376": lambda p, c: _pick(p, ("Mother", "Father", "Spouse", "Sister"), 10),
    "sg_nok_phone376": lambda p, c: f"9{p.bhxh[-7:-4]} {p.bhxh[-4:]}",
    # Korea
    "kr_name376": lambda p, c: _kr_name(p),
    "kr_rrn376": lambda p, c: _kr_rrn(p),
    "kr_sido376": lambda p, c: _pick(p, tuple(a[0] for a in _KR_ADDR), 3),
    "kr_addr376": lambda p, c: ", ".join(_KR_ADDR[int(p.bhxh) // 34 % len(_KR_ADDR)]),
    "kr_phone376": lambda p, c: f"010-{p.phone[-8:-4]}-{p.phone[-4:]}",
    "kr_office376": lambda p, c: _pick(p, _KR_OFFICE, 4),
    "kr_grade376": lambda p, c: _pick(p, _KR_GRADE, 5),
    "kr_disposal376": lambda p, c: _pick(p, _KR_DISPOSAL, 6),
    "kr_school376": lambda p, c: _pick(p, _KR_SCHOOL, 7),
    "kr_note376": lambda p, c: _pick(p, ("", "", "재검 대상", "국외체류", "대학 재학", ""), 9),
    "kr_guardian376": lambda p, c: f"{_pick(p, _KR_FAMILY, 1)}{_pick(p, _KR_GIVEN, 8)}",
    # Armenia
    "am_family376": lambda p, c: _pick(p, _AM_FAMILY, 1),
    "am_given376": lambda p, c: _pick(p, _AM_GIVEN, 2),
    "am_father376": lambda p, c: _pick(p, _AM_FATHER, 3),
    "am_ssn376": lambda p, c: f"{int(p.bhxh[:1]) % 9 + 1}{p.bhxh[1:]}"[:10],
    "am_passport376": lambda p, c: f"A{'NT'[int(p.bhxh) % 2]}{int(p.bhxh) % 10**7:07d}",
    "am_marz376": lambda p, c: _AM_ADDR[int(p.bhxh) // 5 % len(_AM_ADDR)][0],
    "am_addr376": lambda p, c: _AM_ADDR[int(p.bhxh) // 5 % len(_AM_ADDR)][1],
    "am_comm376": lambda p, c: f"{_AM_COMM[int(p.bhxh) // 5 % len(_AM_COMM)]} զինկոմիսարիատ",
    "am_phone376": lambda p, c: f"+374 9{int(p.bhxh) % 9 + 1} {p.phone[-6:]}",
    "am_fit376": lambda p, c: _pick(p, _AM_FIT, 4),
    "am_status376": lambda p, c: _pick(p, _AM_STATUS, 5),
    # Colombia
    "co_cedula376": lambda p, c: _co_cedula(p),
    "co_libreta376": lambda p, c: _co_cedula(p).replace(".", ""),
    "co_family1_376": lambda p, c: _pick(p, _CO_FAMILY, 1),
    "co_family2_376": lambda p, c: _pick(p, _CO_FAMILY, 6),
    "co_given376": lambda p, c: _pick(p, _CO_GIVEN, 2),
    "co_tdoc376": lambda p, c: "CC" if p.birth.year < 2008 else "TI",
    "co_street376": lambda p, c: _CO_PLACES[int(p.bhxh) // 3 % len(_CO_PLACES)][2],
    "co_city376": lambda p, c: _CO_PLACES[int(p.bhxh) // 3 % len(_CO_PLACES)][0],
    "co_dept376": lambda p, c: _CO_PLACES[int(p.bhxh) // 3 % len(_CO_PLACES)][1],
    "co_dm376": lambda p, c: _CO_PLACES[int(p.bhxh) // 3 % len(_CO_PLACES)][3],
    "co_phone376": lambda p, c: f"3{p.phone[-9:-7]} {p.phone[-7:-4]} {p.phone[-4:]}",
    "co_sit376": lambda p, c: _pick(p, _CO_SIT, 3),
    "co_class376": lambda p, c: _pick(p, _CO_CLASS, 4),
    "co_cause376": lambda p, c: _pick(p, _CO_CAUSE, 5),
    "co_cuota376": lambda p, c: f"${(int(p.bhxh) % 40 + 5) * 35_000:,}".replace(",", "."),
    # Egypt
    "eg_name376": lambda p, c: _eg_name(p),
    "eg_nid376": lambda p, c: _eg_nid(p),
    "eg_gov376": lambda p, c: _eg_gov(p)[1],
    "eg_addr376": lambda p, c: f"{_eg_gov(p)[2]}، {_eg_gov(p)[1]}",
    "eg_birthplace376": lambda p, c: _pick(p, tuple(g[1] for g in _EG_GOV), 5),
    "eg_phone376": lambda p, c: f"01{'0125'[int(p.bhxh) % 4]}{p.phone[-8:]}",
    "eg_zone376": lambda p, c: _pick(p, _EG_ZONE, 8),
    "eg_qual376": lambda p, c: _pick(p, _EG_QUAL, 9),
    "eg_status376": lambda p, c: _pick(p, _EG_STATUS, 10),
    "eg_med376": lambda p, c: _pick(p, _EG_MED, 11),
    "eg_triple376": lambda p, c: f"{int(p.bhxh) % 9000 + 1000}/{2025 + int(p.bhxh) % 2}",
}

__all__ = ["WRITERS_BLIND376"]
