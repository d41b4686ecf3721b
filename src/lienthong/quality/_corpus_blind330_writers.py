"""How the people of the three-hundred-and-thirtieth part of the outside corpus (**blind 330**,
:mod:`lienthong.quality._corpus_blind330`) are written: names kept in two scripts side by side
(Chinese characters with their Sino-Vietnamese reading, Lao and Khmer script with a Latin
spelling, Korean managers in Hangul, Singapore names in Chinese, Malay and Tamil forms, Israeli
names in Hebrew or Arabic), and the identity numbers of those countries with their real check
digits (the Chinese resident card's ISO 7064 digit, the NRIC letter, the AHV EAN-13 digit, the
Belgian national number's mod 97, the Israeli Teudat Zehut digit, the Canadian SIN's Luhn)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (character, Sino-Vietnamese reading) of Chinese surnames and given-name syllables
_CN_FAMILY = (
    ("王", "Vương"),
    ("李", "Lý"),
    ("张", "Trương"),
    ("刘", "Lưu"),
    ("陈", "Trần"),
    ("黄", "Hoàng"),
    ("梁", "Lương"),
    ("韦", "Vi"),
    ("农", "Nông"),
)
_CN_GIVEN_M = (
    ("建国", "Kiến Quốc"),
    ("伟", "Vĩ"),
    ("志强", "Chí Cường"),
    ("海", "Hải"),
    ("明辉", "Minh Huy"),
    ("文", "Văn"),
)
_CN_GIVEN_F = (
    ("丽华", "Lệ Hoa"),
    ("秀英", "Tú Anh"),
    ("美玲", "Mỹ Linh"),
    ("芳", "Phương"),
    ("春燕", "Xuân Yến"),
    ("静", "Tĩnh"),
)
_CN_AREA = (
    ("450681", "广西东兴市"),
    ("451481", "广西凭祥市"),
    ("530000", "云南省"),
    ("450100", "广西南宁市"),
    ("532502", "云南河口县"),
)
_CN_GOODS = ("Hoa quả tươi", "Đồ gia dụng", "Quần áo may sẵn", "Linh kiện điện tử", "Dược liệu")
_CN_STALLS = ("Kiốt A-12", "Kiốt B-07", "Sạp C-21", "Kiốt D-03", "Sạp A-30")
_LA_NAMES_M = (("ສົມພອນ", "Somphone"), ("ບຸນມີ", "Bounmy"), ("ຄຳພັນ", "Khamphanh"), ("ວັນໄຊ", "Vanxay"))
_LA_NAMES_F = (
    ("ນ້ອຍ", "Noy"),
    ("ແສງຈັນ", "Sengchanh"),
    ("ພອນສະຫວັນ", "Phonsavanh"),
    ("ມະນີວັນ", "Manivanh"),
)
_LA_FAMILY = (
    ("ພົມມະຈັນ", "Phommachanh"),
    ("ສີສຸວັນ", "Sisouvanh"),
    ("ແກ້ວມະນີ", "Keomany"),
    ("ວົງສາ", "Vongsa"),
)
_LA_PROV = ("ແຂວງຫຼວງພະບາງ", "ແຂວງສະຫວັນນະເຂດ", "ນະຄອນຫຼວງວຽງຈັນ", "ແຂວງຈຳປາສັກ", "ແຂວງຫົວພັນ")
_LA_MAJORS = ("Kỹ thuật xây dựng", "Quản trị kinh doanh", "Ngôn ngữ Việt Nam", "Y đa khoa")
_KM_NAMES = (
    ("សុខ ចាន់ធី", "Sok Chanthy"),
    ("ហេង សុភា", "Heng Sophea"),
    ("ចាន់ ដារ៉ា", "Chan Dara"),
    ("គឹម ស្រីពៅ", "Kim Sreypov"),
    ("ឈឹម វណ្ណៈ", "Chhim Vannak"),
    ("ពៅ សុខា", "Pov Sokha"),
)
_KM_PROV = (
    "ភូមិព្រែកតាកូវ ស្រុកកោះធំ ខេត្តកណ្ដាល",
    "ភូមិតាកែវ ក្រុងដូនកែវ ខេត្តតាកែវ",
    "ភូមិថ្មី ស្រុកពាមរក៍ ខេត្តព្រៃវែង",
    "ភូមិស្វាយ ក្រុងបាវិត ខេត្តស្វាយរៀង",
)
_KM_DIAG = ("Sốt xuất huyết Dengue", "Viêm phổi", "Gãy xương cẳng chân", "Đái tháo đường typ 2")
_KR_NAMES = ("김민수", "이정훈", "박지영", "최성호", "정은지", "강동원")
_KR_COMPANIES = (
    "Công ty TNHH Hansol Vina",
    "Công ty TNHH Seoul Semitech Việt Nam",
    "Công ty TNHH Daeyang Textile VN",
    "Công ty CP Hanwha Bắc Ninh",
)
_KR_DEPTS = ("생산부 / Sản xuất", "품질관리 / QC", "총무부 / Hành chính", "자재부 / Kho vật tư")
_SG_NAMES_M = (
    ("Tan Wei Ming", "陈伟明"),
    ("Muhammad Faizal bin Rahman", "محمد فيصل"),
    ("Rajendran s/o Muthu", "ராஜேந்திரன்"),
    ("Goh Boon Huat", "吴文发"),
)
_SG_NAMES_F = (
    ("Lim Hui Ling", "林慧玲"),
    ("Nur Aisyah binte Osman", "نور عائشة"),
    ("Priya d/o Krishnan", "பிரியா"),
    ("Ong Mei Xin", "王美欣"),
)
_SG_BLOCKS = (
    ("Blk 123 Ang Mo Kio Ave 6 #08-214", "560123"),
    ("Blk 45 Bedok North Street 4 #03-11", "460045"),
    ("Blk 302 Jurong East Street 32 #12-90", "600302"),
    ("Blk 7 Marsiling Drive #05-33", "730007"),
)
_SG_CENTRES = (
    "Chinatown Complex Food Centre",
    "Geylang Serai Market",
    "Tekka Centre",
    "Old Airport Road Food Centre",
    "Maxwell Food Centre",
)
_CH_FAMILY = ("Müller", "Rochat", "Bernasconi", "Caduff", "Keller", "Favre", "Lombardi")
_CH_GIVEN_M = ("Luca", "Jonas", "Mathieu", "Gian Andrea", "Noah", "Reto")
_CH_GIVEN_F = ("Lea", "Chiara", "Céline", "Ladina", "Anna", "Sophie")
_CH_PLACES = (
    ("Bahnhofstrasse 12", "8001", "Zürich", "ZH"),
    ("Rue de Lausanne 45", "1950", "Sion", "VS"),
    ("Via Nassa 8", "6900", "Lugano", "TI"),
    ("Via da la Staziun 3", "7500", "St. Moritz", "GR"),
    ("Spitalgasse 20", "3011", "Bern", "BE"),
    ("Chemin des Vignes 7", "1009", "Pully", "VD"),
)
_CH_COURSES = (
    "Leiterkurs Skifahren, Fiesch",
    "Cours de moniteurs Natation, Macolin",
    "Corso monitori Calcio, Tenero",
    "Cuors da manaders Passlung, Scuol",
    "Leiterkurs Lagersport/Trekking, Magglingen",
)
_BE_FAMILY = ("Janssens", "Dubois", "Peeters", "Lambert", "Maes", "Vandenberghe", "Dupont")
_BE_GIVEN_M = ("Lucas", "Thomas", "Mohamed", "Pieter", "Jean-François", "Arthur")
_BE_GIVEN_F = ("Marie", "Emma", "Lotte", "Sarah", "Nathalie", "Fatima")
_BE_STREETS = (
    ("Chaussée d'Ixelles / Elsensesteenweg", "1050", "Ixelles / Elsene"),
    ("Rue Royale / Koningsstraat", "1000", "Bruxelles / Brussel"),
    ("Avenue Louise / Louizalaan", "1050", "Ixelles / Elsene"),
    ("Chaussée de Gand / Gentsesteenweg", "1080", "Molenbeek-Saint-Jean / Sint-Jans-Molenbeek"),
    ("Rue de la Loi / Wetstraat", "1040", "Etterbeek"),
)
_IL_NAMES = (
    ("כהן", "יוסי", "מיכל"),
    ("לוי", "אבי", "נועה"),
    ("מזרחי", "דוד", "שירה"),
    ("خوري", "جريس", "رنا"),
    ("عودة", "محمد", "هبة"),
    ("حداد", "سامي", "ميساء"),
)
_IL_PLACES = (
    ("רחוב הרצל 15", "חיפה"),
    ("שדרות ירושלים 40", "תל אביב-יפו"),
    ("شارع عباس 22", "חיפה"),
    ("רחוב הנביאים 7", "עכו"),
    ("שכונת עג'מי 3", "תל אביב-יפו"),
)
_IL_ROLES = (
    "מפקד צוות / قائد الفريق",
    "חובש / مسعف",
    "לוגיסטיקה / لوجستيات",
    "מתורגמן / مترجم",
    "פינוי ושיכון / إخلاء وإيواء",
)
_CA_FAMILY = ("Tremblay", "Smith", "Gagnon", "MacDonald", "Roy", "Singh", "Côté", "Wong")
_CA_GIVEN_M = ("Jean-Philippe", "Michael", "Étienne", "Ryan", "Harpreet", "Luc")
_CA_GIVEN_F = ("Geneviève", "Emily", "Chloé", "Sarah", "Mélanie", "Jennifer")
_CA_PLACES = (
    ("120 rue Principale", "Gatineau", "QC", "J8X 2K3"),
    ("45 Elgin Street", "Ottawa", "ON", "K1P 5K7"),
    ("310 rue Main", "Moncton", "NB", "E1C 1B9"),
    ("88 Provencher Blvd", "Winnipeg", "MB", "R2H 0G1"),
    ("1500 boul. René-Lévesque O.", "Montréal", "QC", "H3G 1T4"),
)


def _two(p: Person, options: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _cn_name(p: Person) -> tuple[str, str]:
    fam = _two(p, _CN_FAMILY, 1)
    giv = _two(p, _CN_GIVEN_M if p.male else _CN_GIVEN_F, 2)
    return fam[0] + giv[0], f"{fam[1]} {giv[1]}"


def _cn_id(p: Person) -> str:
    """A Chinese resident identity card number: area, YYYYMMDD, serial (odd for men), ISO 7064
    MOD 11-2 check digit (10 reads X)."""
    seq = int(p.bhxh[:3]) // 2 * 2 + (1 if p.male else 0)
    head = f"{_two(p, _CN_AREA, 3)[0]}{p.birth:%Y%m%d}{seq % 1000:03d}"
    total = sum(int(ch) * (2 ** (17 - i) % 11) for i, ch in enumerate(head))
    return head + "10X98765432"[total % 11]


def _la_name(p: Person) -> tuple[str, str]:
    giv = _two(p, _LA_NAMES_M if p.male else _LA_NAMES_F, 1)
    fam = _two(p, _LA_FAMILY, 2)
    return f"{giv[0]} {fam[0]}", f"{giv[1]} {fam[1].upper()}"


def _nric(p: Person) -> str:
    """A Singapore NRIC: S (born before 2000) or T, seven digits, the weighted mod-11 letter."""
    prefix = "S" if p.birth.year < 2000 else "T"
    digits = f"{p.birth:%y}{p.bhxh[:5]}" if prefix == "T" else f"{p.bhxh[1]}{p.bhxh[2:8]}"
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if prefix == "T" else 0
    return f"{prefix}{digits}{'JZIHGFEDCBA'[total % 11]}"


def _ahv(p: Person) -> str:
    """A Swiss AHV/AVS number ``756.XXXX.XXXX.XC`` with its EAN-13 check digit."""
    head = f"756{p.bhxh[:9]}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(head))
    full = head + str(-total % 10)
    return f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}"


def _nrn(p: Person) -> str:
    """A Belgian national register number ``YY.MM.DD-SSS.CC``: odd serial for men, 97 - mod 97
    over the nine digits (prefixed by 2 for those born from 2000)."""
    serial = int(p.bhxh[:3]) % 997 // 2 * 2 + 1 + (0 if p.male else 1)
    nine = f"{p.birth:%y%m%d}{serial:03d}"
    check = 97 - int(("2" if p.birth.year >= 2000 else "") + nine) % 97
    return f"{nine[:2]}.{nine[2:4]}.{nine[4:6]}-{nine[6:]}.{check:02d}"


def _sin(p: Person) -> str:
    full = _luhn(f"{'1234567'[int(p.bhxh[0]) % 7]}{p.bhxh[1:8]}")
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _sg_name(p: Person) -> tuple[str, ...]:
    return _two(p, _SG_NAMES_M if p.male else _SG_NAMES_F, 1)


def _il_name(p: Person) -> tuple[str, ...]:
    return _two(p, _IL_NAMES, 1)


def _il_kin(p: Person, salt: int, female: bool = False) -> str:
    """A Hebrew given name for a Hebrew-named person, an Arabic one for an Arabic-named one."""
    group = _IL_NAMES[:3] if _IL_NAMES.index(_il_name(p)) < 3 else _IL_NAMES[3:]
    return _two(p, group, salt)[2 if female else 1]


def _plate(p: Person) -> str:
    """A Belgian plate ``1-ABC-123``."""
    b = [int(ch) for ch in p.bhxh[1:4]]
    letters = f"{'ABCDEFGHJK'[b[0]]}{'LMNPRSTVWX'[b[1]]}{'ABCDEFGHJK'[b[2]]}"
    return f"{1 + int(p.bhxh[0]) % 2}-{letters}-{p.bhxh[4:7]}"


def _ca_phone(p: Person) -> str:
    area = "613" if int(p.bhxh[0]) % 2 else "819"
    return f"({area}) {'23456789'[int(p.phone[3]) % 8]}{p.phone[4:6]}-{p.phone[6:10]}"


WRITERS_BLIND330: dict[str, Callable[[Person, Col], object]] = {
    "cn_han330": lambda p, c: _cn_name(p)[0],
    "cn_reading330": lambda p, c: _cn_name(p)[1],
    "cn_id330": lambda p, c: _cn_id(p),
    "cn_permit330": lambda p, c: f"T{p.bhxh[:8]}",
    "cn_home330": lambda p, c: _two(p, _CN_AREA, 3)[1],
    "cn_goods330": lambda p, c: _pick(p, _CN_GOODS, 4),
    "cn_stall330": lambda p, c: _pick(p, _CN_STALLS, 5),
    "cn_phone330": lambda p, c: (
        f"+86 1{'35789'[int(p.bhxh[0]) % 5]}{p.phone[3]} {p.phone[4:8]} {p.phone[6:10]}"
    ),
    "cn_vnphone330": lambda p, c: _other_phone(p),
    "cn_guarantor330": lambda p, c: _other_vn(p, 3),
    "la_script330": lambda p, c: _la_name(p)[0],
    "la_latin330": lambda p, c: _la_name(p)[1],
    "la_passport330": lambda p, c: f"P{p.bhxh[2:9]}",
    "la_prov330": lambda p, c: _pick(p, _LA_PROV, 3),
    "la_major330": lambda p, c: _pick(p, _LA_MAJORS, 4),
    "la_class330": lambda p, c: f"K{64 + _num(p, 5)}{_pick(p, ('XD', 'QT', 'NV', 'YK'), 4)}",
    "la_dorm330": lambda p, c: f"KTX B{_num(p, 6)} - P.{_num(p, 400) + 100}",
    "la_scholar330": lambda p, c: _pick(p, ("Hiệp định Chính phủ", "Tự túc", "Học bổng tỉnh"), 6),
    "la_phone330": lambda p, c: _other_phone(p, "08"),
    "km_script330": lambda p, c: _two(p, tuple((n[0],) for n in _KM_NAMES), 1)[0],
    "km_latin330": lambda p, c: _two(p, tuple((n[1],) for n in _KM_NAMES), 1)[0].upper(),
    "km_id330": lambda p, c: f"{p.bhxh[1:10]}",
    "km_addr330": lambda p, c: _pick(p, _KM_PROV, 2).replace(" ខេត្ត", ", ខេត្ត"),
    "km_diag330": lambda p, c: _pick(p, _KM_DIAG, 3),
    "km_interp330": lambda p, c: _other_vn(p, 5),
    "km_fee330": lambda p, c: f"{_num(p, 90) * 150_000:,}".replace(",", "."),
    "km_record330": lambda p, c: f"BA{p.other_date:%y}.{p.bhxh[-6:]}",
    "kr_company330": lambda p, c: _pick(p, _KR_COMPANIES, 2),
    "kr_dept330": lambda p, c: _pick(p, _KR_DEPTS, 3),
    "kr_manager330": lambda p, c: _pick(p, _KR_NAMES, 4),
    "kr_empno330": lambda p, c: f"VN{p.bhxh[-5:]}",
    "kr_salary330": lambda p, c: f"{(6 + _num(p, 14)) * 1_000_000:,}",
    "kr_contract330": lambda p, c: _pick(p, ("정규직 / HĐ không thời hạn", "계약직 / HĐ 1 năm"), 5),
    "sg_name330": lambda p, c: _sg_name(p)[0],
    "sg_native330": lambda p, c: _sg_name(p)[1],
    "sg_nric330": lambda p, c: _nric(p),
    "sg_sex330": lambda p, c: "M" if p.male else "F",
    "sg_street330": lambda p, c: _two(p, _SG_BLOCKS, 2)[0],
    "sg_postal330": lambda p, c: _two(p, _SG_BLOCKS, 2)[1],
    "sg_phone330": lambda p, c: f"{'89'[int(p.bhxh[0]) % 2]}{p.phone[3:6]} {p.phone[6:10]}",
    "sg_centre330": lambda p, c: _pick(p, _SG_CENTRES, 3),
    "sg_stall330": lambda p, c: f"#01-{_num(p, 180):02d}",
    "sg_licence330": lambda p, c: f"NEA/HC/{p.bhxh[:6]}",
    "sg_assistant330": lambda p, c: _two(p, _SG_NAMES_M + _SG_NAMES_F, 4)[0],
    "ch_ahv330": lambda p, c: _ahv(p),
    "ch_family330": lambda p, c: _pick(p, _CH_FAMILY, 1),
    "ch_given330": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 2),
    "ch_sex330": lambda p, c: "m/h/m" if p.male else "w/f/f",
    "ch_street330": lambda p, c: _two(p, _CH_PLACES, 3)[0],
    "ch_npa330": lambda p, c: _two(p, _CH_PLACES, 3)[1],
    "ch_city330": lambda p, c: _two(p, _CH_PLACES, 3)[2],
    "ch_canton330": lambda p, c: _two(p, _CH_PLACES, 3)[3],
    "ch_phone330": lambda p, c: (
        f"+41 7{'6789'[int(p.bhxh[0]) % 4]} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "ch_course330": lambda p, c: _pick(p, _CH_COURSES, 4),
    "ch_level330": lambda p, c: _pick(
        p, ("Leiter/in 1", "Moniteur/trice 1", "Leiter/in 2", "Expert/e"), 5
    ),
    "ch_js330": lambda p, c: f"{int(p.bhxh[:7]):,}".replace(",", "'"),
    "be_nrn330": lambda p, c: _nrn(p),
    "be_family330": lambda p, c: _pick(p, _BE_FAMILY, 1),
    "be_given330": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 2),
    "be_sex330": lambda p, c: "M" if p.male else "F/V",
    "be_street330": lambda p, c: f"{_two(p, _BE_STREETS, 3)[0]} {_num(p, 200)}",
    "be_cp330": lambda p, c: _two(p, _BE_STREETS, 3)[1],
    "be_commune330": lambda p, c: _two(p, _BE_STREETS, 3)[2],
    "be_plate330": lambda p, c: _plate(p),
    "be_zone330": lambda p, c: _pick(
        p, ("Zone 1 Flagey", "Zone 3 Matongé", "Zone 5 Louise", "Zone 2 Centre"), 4
    ),
    "be_card330": lambda p, c: f"CR/BK-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "be_gsm330": lambda p, c: (
        f"04{'789'[int(p.bhxh[0]) % 3]}{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "il_tz330": lambda p, c: _luhn(p.bhxh[:8]),
    "il_family330": lambda p, c: _il_name(p)[0],
    "il_given330": lambda p, c: _il_name(p)[1 if p.male else 2],
    "il_father330": lambda p, c: _il_kin(p, 3),
    "il_sex330": lambda p, c: "ז / ذ" if p.male else "נ / أ",
    "il_street330": lambda p, c: _two(p, _IL_PLACES, 2)[0],
    "il_city330": lambda p, c: _two(p, _IL_PLACES, 2)[1],
    "il_phone330": lambda p, c: f"05{'02348'[int(p.bhxh[0]) % 5]}-{p.phone[3:10]}",
    "il_role330": lambda p, c: _pick(p, _IL_ROLES, 4),
    "il_lang330": lambda p, c: _pick(p, ("עברית, ערבית", "العربية، العبرية", "עברית, רוסית"), 5),
    "il_kin330": lambda p, c: f"{_il_kin(p, 6, True)} {_il_name(p)[0]}",
    "ca_sin330": lambda p, c: _sin(p),
    "ca_family330": lambda p, c: _pick(p, _CA_FAMILY, 1),
    "ca_given330": lambda p, c: _by_sex(p, _CA_GIVEN_M, _CA_GIVEN_F, 2),
    "ca_street330": lambda p, c: _two(p, _CA_PLACES, 3)[0],
    "ca_city330": lambda p, c: _two(p, _CA_PLACES, 3)[1],
    "ca_prov330": lambda p, c: _two(p, _CA_PLACES, 3)[2],
    "ca_postal330": lambda p, c: _two(p, _CA_PLACES, 3)[3],
    "ca_phone330": lambda p, c: _ca_phone(p),
    "ca_poll330": lambda p, c: f"{_num(p, 200):03d}-{_num(p, 9)}",
    "ca_role330": lambda p, c: _pick(
        p,
        (
            "DRO / SS",
            "Poll clerk / Greffier",
            "Information officer / Agent d'information",
            "Central poll supervisor / Superviseur",
        ),
        4,
    ),
    "ca_lang330": lambda p, c: _pick(p, ("EN", "FR", "EN/FR"), 5),
    "ca_riding330": lambda p, c: _pick(
        p,
        (
            "Ottawa-Vanier",
            "Hull—Aylmer",
            "Gatineau",
            "Moncton—Riverview—Dieppe",
            "Saint-Boniface—Saint-Vital",
        ),
        6,
    ),
}
