"""How the people of the ninetieth part of the outside corpus (**blind 90**,
:mod:`lienthong.quality._corpus_blind90`) are written: four Vietnamese files' own columns (an
APEC business travel card applicant's passport and firm, a trained security guard's site and
certificate, a real-estate broker candidate's scores, a translation collaborator's languages and
recognition) and Kenyan, Tanzanian, Ethiopian (Amharic), Ghanaian and South African names,
places, phones and identity numbers in the forms their agencies write them (the Kenyan ID
number and a motorcycle's plate, the NIDA number that opens with the birth date, the Fayda FIN
with a Verhoeff digit and Ethiopian-calendar dates, the Ghana Card PIN, the 13-digit South
African ID with its Luhn digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind9_writers import _luhn, _za_id
from lienthong.quality._corpus_blind10_writers import _ET_GIVEN_F, _ET_GIVEN_M, _ET_GRANDFATHERS
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind50_writers import _et_written
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POSTS = ("Giám đốc", "Phó Giám đốc", "Chủ tịch HĐQT", "Kế toán trưởng", "Trưởng phòng KD")
#: (firm, its web domain, its head office)
_VN_FIRMS = (
    ("Công ty CP Dệt may Thành Công", "thanhcong.com.vn", "36 Tây Thạnh, P. Tây Thạnh, TP.HCM"),
    ("Công ty TNHH Thủy sản Minh Phú", "minhphu.vn", "KCN Phường 8, TP. Cà Mau, Cà Mau"),
    ("Công ty CP Gỗ Trường Thành", "truongthanh.vn", "Lô B KCN Tân Uyên, Bình Dương"),
    ("Công ty TNHH XNK Hoàng Phát", "hoangphat-ie.com", "125 Lê Lợi, P. Bến Thành, TP.HCM"),
    ("Công ty CP Cà phê Phúc Sinh", "phucsinh.com", "Lầu 9, 63 Phạm Ngọc Thạch, Q.3, TP.HCM"),
)
_VN_ECONOMIES = ("CHN, JPN, KOR", "AUS, NZL", "Tất cả các nền kinh tế", "HKG, SGP, THA", "CHN")
_VN_VILLAGES = ("Thôn Đông Hòa", "Thôn 3", "Xóm Bãi", "Thôn Thượng", "Xóm 7", "Thôn Kim Sơn")
_VN_RURAL = (
    ("xã Hoằng Phụ", "huyện Hoằng Hóa", "tỉnh Thanh Hóa"),
    ("xã Nghi Xuân", "huyện Nghi Lộc", "tỉnh Nghệ An"),
    ("xã Cẩm Bình", "huyện Cẩm Xuyên", "tỉnh Hà Tĩnh"),
    ("xã Quỳnh Hồng", "huyện Quỳnh Phụ", "tỉnh Thái Bình"),
    ("xã Đức Phong", "huyện Mộ Đức", "tỉnh Quảng Ngãi"),
)
_VN_SCHOOLING = ("12/12", "12/12", "9/12", "12/12", "12/12 + TC")
_VN_SITES = (
    "KCN Tân Bình - Cty TNHH Nidec",
    "Chung cư Sunrise City, Q.7",
    "Ngân hàng ACB CN Gò Vấp",
    "Trường ĐH Văn Lang cơ sở 3",
    "Siêu thị Co.opmart Phú Lâm",
)
_VN_GUARD_RESULTS = ("Đạt", "Đạt", "Đạt", "Khá", "Giỏi", "Không đạt")
_VN_BIRTHPLACES = ("Hà Nội", "Nam Định", "TP. Hồ Chí Minh", "Đồng Nai", "Bến Tre", "Quảng Nam")
_VN_DEGREES = (
    "Cử nhân Luật",
    "Cử nhân QTKD",
    "Kỹ sư Xây dựng",
    "Cử nhân Kinh tế",
    "Tốt nghiệp THPT",
    "Cao đẳng Kế toán",
)
_VN_AGENCIES = (
    "Cty CP Đất Xanh",
    "Cty CP Tập đoàn Hưng Thịnh",
    "Cty TNHH BĐS Phú Mỹ Hưng",
    "Sàn GD BĐS Nam Long",
    "Tự do",
)
_VN_EXAMS = ("Đợt 1/2025", "Đợt 2/2025", "Đợt 3/2025", "Đợt 4/2024")
_VN_LANGUAGES = ("Tiếng Anh", "Tiếng Anh", "Tiếng Trung", "Tiếng Hàn", "Tiếng Nhật", "Tiếng Pháp")
_VN_UNIVERSITIES = (
    "ĐH Ngoại ngữ - ĐHQG Hà Nội",
    "ĐH Hà Nội",
    "ĐH KHXH&NV TP.HCM",
    "ĐH Ngoại ngữ - ĐH Huế",
    "ĐH Sư phạm TP.HCM",
)
_VN_JUSTICE = ("Phòng Tư pháp quận 1", "Phòng Tư pháp quận 3", "Phòng Tư pháp TP. Thủ Đức")
_KE_GIVEN_M = ("Kevin", "Brian", "Dennis", "Victor", "George", "Fredrick", "Maurice", "Erick")
_KE_GIVEN_F = ("Beatrice", "Lilian", "Mercy", "Pamela", "Rose", "Caroline")
_KE_LUO_M = ("Otieno", "Ochieng", "Odhiambo", "Onyango", "Omondi", "Owino", "Okoth", "Ouma")
_KE_LUO_F = ("Akinyi", "Atieno", "Achieng", "Awino", "Adhiambo", "Anyango")
_KE_FAMILY = ("Odhiambo", "Oduor", "Okello", "Otieno", "Opiyo", "Wasonga", "Ogola", "Nyabola")
#: (ward, sub-county) in Kisumu County
_KE_WARDS = (
    ("Kondele", "Kisumu Central"),
    ("Railways", "Kisumu Central"),
    ("Migosi", "Kisumu Central"),
    ("Nyalenda A", "Kisumu East"),
    ("Manyatta B", "Kisumu East"),
    ("Kolwa East", "Kisumu East"),
    ("North West Kisumu", "Kisumu West"),
    ("West Seme", "Seme"),
)
_KE_STAGES = ("Kibuye Market", "Jubilee", "Mamba Hotel", "Kondele Roundabout", "Rotary", "Mega")
_KE_SACCOS = ("Kisumu Boda Boda SACCO", "Nyanza Riders SACCO", "Kondele Bodaboda SACCO")
_KE_PREFIXES = ("0712", "0722", "0741", "0757", "0769", "0790", "0113", "0701")
_TZ_GIVEN_M = ("Juma", "Hamisi", "Salum", "Rashidi", "Omari", "Ally", "Abdallah", "Shabani")
_TZ_GIVEN_F = ("Mwanaisha", "Zuhura", "Mwajuma", "Tatu", "Rehema", "Halima", "Mariamu", "Amina")
_TZ_FAMILY = ("Mussa", "Said", "Athumani", "Mbwana", "Kassim", "Bakari", "Mfaume", "Hassani")
#: (mtaa, kata) in Temeke Municipal Council
_TZ_PLACES = (
    ("Mtaa wa Mbagala Kuu", "Mbagala Kuu"),
    ("Mtaa wa Kiburugwa", "Kiburugwa"),
    ("Mtaa wa Tandika Kilimahewa", "Tandika"),
    ("Mtaa wa Azimio", "Azimio"),
    ("Mtaa wa Yombo Vituka", "Yombo Vituka"),
    ("Mtaa wa Chamazi", "Chamazi"),
)
_TZ_GROUPS = ("Tupendane", "Jikomboe", "Umoja ni Nguvu", "Mshikamano", "Tujiinue", "Upendo")
_TZ_ACTIVITIES = (
    "Mama lishe",
    "Ushonaji",
    "Usindikaji wa karanga",
    "Ufugaji wa kuku",
    "Bodaboda",
    "Batiki na sabuni",
)
_TZ_POSTS = ("Mwenyekiti", "Katibu", "Mweka Hazina", "Mjumbe", "Mjumbe", "Mjumbe")
_TZ_OFFICERS = ("Bi. Neema Mollel", "Bw. Godfrey Massawe", "Bi. Upendo Kimaro")
_TZ_PREFIXES = ("0754", "0765", "0713", "0682", "0787", "0623", "0719")
#: (woreda, kebele, health centre) in West Gojjam, Amhara
_ET_PLACES = (
    ("ሜጫ", "መርዓዊ 02", "መርዓዊ ጤና ጣቢያ"),
    ("ሜጫ", "ሰቀላ ቁሃር", "መርዓዊ ጤና ጣቢያ"),
    ("ይልማና ዴንሳ", "አዴት 01", "አዴት ጤና ጣቢያ"),
    ("ይልማና ዴንሳ", "ዴንሳ ጸጋ", "አዴት ጤና ጣቢያ"),
    ("ቡሬ ዙሪያ", "ገበዘ ማርያም", "ቡሬ ጤና ጣቢያ"),
    ("ደምበጫ", "ዱርቤቴ", "ደምበጫ ጤና ጣቢያ"),
)
_ET_KINDS = ("ከፋይ", "ከፋይ", "ከፋይ", "ነፃ (ድሃ)")
_GH_FAMILY = ("Owusu", "Boakye", "Amoako", "Ofori", "Sarpong", "Frimpong", "Acheampong", "Nyarko")
_GH_GIVEN_M = ("Kwaku", "Yaw Prince", "Kofi", "Kwabena Isaac", "Kwame Richmond", "Kojo")
_GH_GIVEN_F = ("Abena", "Akosua Linda", "Afia", "Yaa Priscilla", "Adwoa", "Ama Gifty")
#: (town, MMDA, GhanaPost district code) in Ashanti
_GH_PLACES = (
    ("Ejisu", "Ejisu Municipal", "AE"),
    ("Suame", "Suame Municipal", "AK"),
    ("Old Tafo", "Old Tafo Municipal", "AK"),
    ("Asokwa", "Asokwa Municipal", "AK"),
    ("Obuasi", "Obuasi Municipal", "AO"),
    ("Mampong", "Mampong Municipal", "AM"),
)
_GH_MODULES = (
    "Community Protection Assistants",
    "Youth in Health (CHW)",
    "Youth in Sanitation",
    "Youth in Afforestation",
    "Youth in Education (Teaching Asst.)",
)
_GH_STATIONS = ("Ejisu District Police", "Kumasi South Hospital", "Tafo Govt Hospital", "AMA")
_GH_SUPERVISORS = ("Mr. Isaac Adu-Gyamfi", "Mrs. Comfort Asare", "Mr. Emmanuel Kyei")
_GH_BANKS = ("GCB Bank", "ADB", "Ejisu Rural Bank", "Ghana Post (GhanaPay)", "CalBank")
_GH_PREFIXES = ("024", "054", "055", "059", "020", "050", "027")
_ZA_FAMILY = ("Adams", "Jacobs", "Petersen", "Van Wyk", "Jantjies", "Booysen", "Mzimba", "Dlamini")
_ZA_GIVEN_M = ("Johannes Hendrik", "Ricardo", "Mzwandile", "Abraham", "Chad Lee", "Sipho")
_ZA_GIVEN_F = ("Magdalena", "Chantel", "Nomvula", "Elizabeth Anne", "Thandeka", "Rochelle")
#: (street, suburb, town, postal code) in Drakenstein
_ZA_PLACES = (
    ("14 Langenhovenstraat", "Lantana", "Paarl", "7646"),
    ("7 Daliwonga Str", "Mbekweni", "Paarl", "7626"),
    ("22 Orleansweg", "Groenheuwel", "Paarl", "7646"),
    ("3 Vleistraat", "Newton", "Wellington", "7655"),
    ("Erf 1284, Saron", "Saron", "Saron", "6812"),
    ("56 Kerkstraat", "Gouda", "Gouda", "6821"),
)
_ZA_MARITAL = ("Ongetroud / Single", "Getroud / Married", "Saamwoon / Cohabiting", "Weduwee")
_ZA_PROJECTS = ("Vlakkeland", "Mbekweni Infill", "Schoongezicht", "Siyahlala UISP", "-")
_ZA_STATUS = ("Aktief / Active", "Aktief / Active", "Goedgekeur / Approved", "Toegeken")
_ZA_PREFIXES = ("082", "083", "071", "072", "079", "061", "084")


_MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def _firm(p: Person) -> tuple[str, str, str]:
    return _VN_FIRMS[int(p.bhxh) // 7 % len(_VN_FIRMS)]


def _firm_tax_code(p: Person) -> str:
    """The firm's own 10-digit tax code (weights 31 … 3, mod 11; bodies without a digit skipped)."""
    body = f"03{int(p.bhxh[-6:]) % 10**7:07d}"
    for step in range(20):
        digits = f"{int(body) + step:09d}"
        total = sum(w * int(d) for w, d in zip(_MST_WEIGHTS, digits, strict=True))
        check = 10 - total % 11
        if check < 10:
            return f"{digits}{check}"
    return f"{body}0"


def _work_email(p: Person) -> str:
    given = _ascii(p.given.split()[-1]).lower()
    return f"{given}.{_ascii(p.family).lower()}@{_firm(p)[1]}"


def _rural_address(p: Person) -> str:
    commune, district, province = _VN_RURAL[int(p.bhxh) // 5 % len(_VN_RURAL)]
    return f"{_pick(p, _VN_VILLAGES, 3)}, {commune}, {district}, {province}"


def _broker_scores(p: Person) -> tuple[int, int]:
    return 20 + _num(p, 20), 30 + int(p.bhxh[2:4]) % 31


def _cccd_issue(p: Person) -> str:
    """When the CCCD was issued: 2021-2024, never before the holder's 14th birthday."""
    year = max(2021 + int(p.bhxh[5]) % 4, p.birth.year + 14)
    issued = _safe_day(min(year, 2024), 1 + int(p.bhxh[6:8]) % 12, 1 + int(p.bhxh[8:]) % 31)
    return f"{issued:%d/%m/%Y}"


def _ke_id(p: Person) -> str:
    """A Kenyan ID number: seven digits for people registered before the 1990s, eight after."""
    if p.birth.year < 1972:
        return f"{int(p.bhxh[:7]) % 9_000_000 + 1_000_000}"
    lead = min(39, 10 + (p.birth.year - 1972))
    return f"{lead}{p.bhxh[2:8]}"


def _ke_name(p: Person) -> str:
    """A Luo rider's three names: a Christian name, a Luo birth name, the family name."""
    luo = _by_sex(p, _KE_LUO_M, _KE_LUO_F, 3)
    return f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {luo} {_pick(p, _KE_FAMILY, 2)}"


def _ke_ward(p: Person) -> tuple[str, str]:
    return _KE_WARDS[int(p.bhxh) // 9 % len(_KE_WARDS)]


def _ke_plate(p: Person) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    series = f"KM{'CDEFG'[int(p.bhxh[0]) % 5]}{letters[int(p.bhxh[1:3]) % 23]}"
    return f"{series} {p.bhxh[3:6]}{letters[int(p.bhxh[6:8]) % 23]}"


def _tz_place(p: Person) -> tuple[str, str]:
    return _TZ_PLACES[int(p.bhxh) // 9 % len(_TZ_PLACES)]


def _tz_name(p: Person) -> str:
    """Given name, father's name, grandfather's (family) name, as Dar es Salaam forms write it."""
    given = _by_sex(p, _TZ_GIVEN_M, _TZ_GIVEN_F, 1)
    return f"{given} {_pick(p, _TZ_GIVEN_M, 4)} {_pick(p, _TZ_FAMILY, 2)}"


def _tz_group_kind(p: Person) -> str:
    if 2025 - p.birth.year <= 35:
        return "Vijana"
    return "Wanawake" if not p.male else "Watu wenye Ulemavu"


def _nida(p: Person) -> str:
    """A NIDA number: the birth date, five digits of the registration area, five, and two."""
    return f"{p.birth:%Y%m%d}-{11000 + int(p.bhxh[:4]) % 9000}-{p.bhxh[4:9]}-{p.bhxh[-2:]}"


def _et_place(p: Person) -> tuple[str, str, str]:
    return _ET_PLACES[int(p.bhxh) // 9 % len(_ET_PLACES)]


def _et_name(p: Person) -> str:
    """The head of household's own name, the father's and the grandfather's."""
    given = _by_sex(p, _ET_GIVEN_M, _ET_GIVEN_F, 1)
    return f"{given} {_pick(p, _ET_GIVEN_M, 4)} {_pick(p, _ET_GRANDFATHERS, 5)}"


def _fin(p: Person) -> str:
    """A Fayda FIN: twelve digits in fours, the last a Verhoeff check digit."""
    digits = _verhoeff(f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}{p.phone[-1]}")
    return " ".join(digits[i : i + 4] for i in range(0, 12, 4))


def _gh_place(p: Person) -> tuple[str, str, str]:
    return _GH_PLACES[int(p.bhxh) // 9 % len(_GH_PLACES)]


def _gh_card(p: Person) -> str:
    """A Ghana Card PIN ``GHA-123456789-0`` (NIA publishes no rule for its digit: a Luhn one)."""
    digits = _luhn(f"{7 - int(p.bhxh[0]) % 2}{p.bhxh[1:9]}")
    return f"GHA-{digits[:9]}-{digits[9]}"


def _gh_phone(p: Person) -> str:
    return f"{_pick(p, _GH_PREFIXES, 3)} {p.phone[3:6]} {p.phone[6:10]}"


def _za(p: Person) -> tuple[str, str, str, str]:
    return _ZA_PLACES[int(p.bhxh) // 9 % len(_ZA_PLACES)]


def _married(p: Person) -> bool:
    return _pick(p, _ZA_MARITAL, 4) in _ZA_MARITAL[1:3]


def _spouse_birth(p: Person) -> date:
    years = int(p.bhxh[3]) % 7 * (1 if p.male else -1)
    return _safe_day(p.birth.year - years, 1 + int(p.bhxh[4:6]) % 12, 1 + int(p.bhxh[6:8]) % 31)


def _spouse_id(p: Person) -> str:
    """The spouse's ID: their own birth date, a serial of the other sex, the Luhn digit."""
    if not _married(p):
        return ""
    serial = int(p.bhxh[2:6]) % 5000 + (0 if p.male else 5000)
    return _luhn(f"{_spouse_birth(p):%y%m%d}{serial:04d}08")


def _spouse_za(p: Person) -> str:
    if not _married(p):
        return ""
    given = _pick(p, _ZA_GIVEN_F if p.male else _ZA_GIVEN_M, 6).split()[0]
    return f"{given} {_pick(p, _ZA_FAMILY, 2)}"


WRITERS_BLIND90: dict[str, Callable[[Person, Col], object]] = {
    "passport90": lambda p, c: f"{'CP'[int(p.bhxh) % 2]}{p.bhxh[-7:]}",
    "passport_exp90": lambda p, c: f"{_shift_date(p.other_date, 8):%d/%m/%Y}",
    "post90": lambda p, c: _pick(p, _VN_POSTS, 3),
    "firm90": lambda p, c: _firm(p)[0],
    "firm_mst90": lambda p, c: _firm_tax_code(p),
    "firm_addr90": lambda p, c: _firm(p)[2],
    "work_email90": lambda p, c: _work_email(p),
    "economies90": lambda p, c: _pick(p, _VN_ECONOMIES, 4),
    "request90": lambda p, c: f"{_num(p, 900)}/CV-{_ascii(_firm(p)[1].split('.')[0]).upper()}",
    "rural_addr90": lambda p, c: _rural_address(p),
    "hometown90": lambda p, c: f"{_VN_RURAL[int(p.bhxh) // 13 % len(_VN_RURAL)][2]}",
    "schooling90": lambda p, c: _pick(p, _VN_SCHOOLING, 4),
    "height90": lambda p, c: str(158 + _num(p, 20)),
    "site90": lambda p, c: _pick(p, _VN_SITES, 5),
    "guard_course90": lambda p, c: f"Khóa {_num(p, 12)}/{p.other_date.year}",
    "guard_result90": lambda p, c: _pick(p, _VN_GUARD_RESULTS, 6),
    "guard_cert90": lambda p, c: f"{_num(p, 900):04d}/GCN-PC06",
    "guarantor90": lambda p, c: f"{_other_vn(p, 7, None, p.family)} ({_other_phone(p, '09')})",
    "sbd90": lambda p, c: f"MG{_num(p, 400):04d}",
    "birthplace90": lambda p, c: _pick(p, _VN_BIRTHPLACES, 5),
    "cccd_issue90": lambda p, c: _cccd_issue(p),
    "degree90": lambda p, c: _pick(p, _VN_DEGREES, 6),
    "agency90": lambda p, c: _pick(p, _VN_AGENCIES, 7),
    "score_base90": lambda p, c: str(_broker_scores(p)[0]),
    "score_pro90": lambda p, c: str(_broker_scores(p)[1]),
    "score_total90": lambda p, c: str(sum(_broker_scores(p))),
    "result90": lambda p, c: "Đạt" if sum(_broker_scores(p)) >= 70 else "Không đạt",
    "exam90": lambda p, c: _pick(p, _VN_EXAMS, 8),
    "language90": lambda p, c: _pick(p, _VN_LANGUAGES, 3),
    "diploma90": lambda p, c: _pick(p, ("Cử nhân", "Cử nhân", "Thạc sĩ", "Cử nhân (VB2)"), 4),
    "university90": lambda p, c: _pick(p, _VN_UNIVERSITIES, 5),
    "office90": lambda p, c: _pick(p, _VN_JUSTICE, 6),
    "decision90": lambda p, c: f"{_num(p, 300)}/QĐ-PTP",
    "ke_full90": lambda p, c: _ke_name(p),
    "ke_id90": lambda p, c: _ke_id(p),
    "sex_ke90": lambda p, c: "M" if p.male else "F",
    "phone_ke90": lambda p, c: f"{_pick(p, _KE_PREFIXES, 2)} {p.phone[4:7]} {p.phone[7:10]}",
    "subcounty_ke90": lambda p, c: _ke_ward(p)[1],
    "ward_ke90": lambda p, c: _ke_ward(p)[0],
    "stage_ke90": lambda p, c: _pick(p, _KE_STAGES, 4),
    "plate_ke90": lambda p, c: _ke_plate(p),
    "dl_ke90": lambda p, c: f"{int(p.bhxh[3:]) % 9_000_000 + 1_000_000}",
    "ins_exp_ke90": lambda p, c: f"{_shift_date(p.other_date, 1) - timedelta(days=1):%d/%m/%Y}",
    "sacco_ke90": lambda p, c: _pick(p, _KE_SACCOS, 5),
    "chair_ke90": lambda p, c: f"{_pick(p, _KE_GIVEN_M, 6)} {_pick(p, _KE_LUO_M, 7)}",
    "fee_ke90": lambda p, c: _pick(p, ("500", "1,000", "500", "1,500"), 8),
    "group_tz90": lambda p, c: f"Kikundi cha {_pick(p, _TZ_GROUPS, 5)}",
    "group_kind_tz90": lambda p, c: _tz_group_kind(p),
    "tz_full90": lambda p, c: _tz_name(p),
    "sex_tz90": lambda p, c: "ME" if p.male else "KE",
    "nida_tz90": lambda p, c: _nida(p),
    "phone_tz90": lambda p, c: f"{_pick(p, _TZ_PREFIXES, 2)} {p.phone[4:7]} {p.phone[7:10]}",
    "post_tz90": lambda p, c: _pick(p, _TZ_POSTS, 3),
    "mtaa_tz90": lambda p, c: _tz_place(p)[0],
    "kata_tz90": lambda p, c: _tz_place(p)[1],
    "activity_tz90": lambda p, c: _pick(p, _TZ_ACTIVITIES, 6),
    "loan_tz90": lambda p, c: f"{(1 + _num(p, 10)) * 500_000:,}",
    "cdo_tz90": lambda p, c: _pick(p, _TZ_OFFICERS, 7),
    "cbhi_no_et90": lambda p, c: f"ማአጤመ/{_num(p, 900):04d}/{_et_written(p.other_date)[-4:]}",
    "et_full90": lambda p, c: _et_name(p),
    "spouse_et90": lambda p, c: (
        f"{_by_sex(p, _ET_GIVEN_F, _ET_GIVEN_M, 6)} {_pick(p, _ET_GRANDFATHERS, 7)}"
        if int(p.bhxh) % 4
        else ""
    ),
    "sex_et90": lambda p, c: "ወ" if p.male else "ሴ",
    "et_birth90": lambda p, c: _et_written(p.birth),
    "fin_et90": lambda p, c: _fin(p),
    "phone_et90": lambda p, c: f"09{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "kebele_et90": lambda p, c: _et_place(p)[1],
    "woreda_et90": lambda p, c: _et_place(p)[0],
    "size_et90": lambda p, c: str(_num(p, 9)),
    "kind_et90": lambda p, c: _pick(p, _ET_KINDS, 4),
    "premium_et90": lambda p, c: "0" if _pick(p, _ET_KINDS, 4) != "ከፋይ" else "500",
    "receipt_et90": lambda p, c: f"{int(p.bhxh[-6:]) % 90000 + 10000:06d}",
    "reg_et90": lambda p, c: _et_written(p.other_date),
    "hc_et90": lambda p, c: _et_place(p)[2],
    "yea_id_gh90": lambda p, c: f"YEA/AS/{int(p.bhxh) * 7919 % 10**6:06d}",
    "gh_family90": lambda p, c: _pick(p, _GH_FAMILY, 2).upper(),
    "gh_given90": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 1),
    "sex_gh90": lambda p, c: "Male" if p.male else "Female",
    "ghacard_gh90": lambda p, c: _gh_card(p),
    "ssnit_gh90": lambda p, c: f"{'CDE'[int(p.bhxh[0]) % 3]}{p.bhxh[::-1]}{p.bhxh[4:6]}",
    "phone_gh90": lambda p, c: _gh_phone(p),
    "gps_gh90": lambda p, c: f"{_gh_place(p)[2]}-{p.bhxh[1:4]}-{p.bhxh[4:8]}",
    "town_gh90": lambda p, c: _gh_place(p)[0],
    "mmda_gh90": lambda p, c: _gh_place(p)[1],
    "region_gh90": lambda p, c: "Ashanti",
    "module_gh90": lambda p, c: _pick(p, _GH_MODULES, 4),
    "station_gh90": lambda p, c: _pick(p, _GH_STATIONS, 5),
    "supervisor_gh90": lambda p, c: _pick(p, _GH_SUPERVISORS, 6),
    "bank_gh90": lambda p, c: _pick(p, _GH_BANKS, 7),
    "account_gh90": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[:3]}",
    "allowance_gh90": lambda p, c: _pick(p, ("700.00", "700.00", "500.00", "1,000.00"), 8),
    "za_id90": lambda p, c: _za_id(p),
    "za_family90": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given90": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "sex_za90": lambda p, c: "M" if p.male else "V",
    "marital_za90": lambda p, c: _pick(p, _ZA_MARITAL, 4),
    "spouse_id_za90": lambda p, c: _spouse_id(p),
    "spouse_za90": lambda p, c: _spouse_za(p),
    "dep_za90": lambda p, c: str(int(p.bhxh[7]) % 6),
    "income_za90": lambda p, c: f"R {(1 + _num(p, 30)) * 250:,}".replace(",", " "),
    "street_za90": lambda p, c: _za(p)[0],
    "suburb_za90": lambda p, c: _za(p)[1],
    "town_za90": lambda p, c: _za(p)[2],
    "pc_za90": lambda p, c: _za(p)[3],
    "cell_za90": lambda p, c: f"{_pick(p, _ZA_PREFIXES, 3)} {p.phone[3:6]} {p.phone[6:10]}",
    "project_za90": lambda p, c: _pick(p, _ZA_PROJECTS, 5),
    "status_za90": lambda p, c: _pick(p, _ZA_STATUS, 6),
}


__all__ = ["WRITERS_BLIND90"]
