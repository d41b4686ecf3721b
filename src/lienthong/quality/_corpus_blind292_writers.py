"""How the people of the two hundred ninety-second part of the outside corpus (**blind 292**,
:mod:`lienthong.quality._corpus_blind292`) are written: four Vietnamese files' own columns (a civil
servant's salary step before and after a regular increase, a disability assessment council's
conclusion, a veteran's enlistment and one-off allowance, a teacher's seniority allowance) and
Finnish, Hungarian, Estonian, Bulgarian and Swiss names, addresses, phones and identity numbers
in the forms their registers show (the henkilötunnus with its mod-31 character, the adóazonosító
jel and the TAJ with their check digits, the isikukood with its two-stage mod-11 digit, the EGN
with its weighted mod-11 digit, the AHV/AVS number with its EAN-13 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POSTS = ("Chuyên viên", "Kế toán viên", "Phó Trưởng phòng", "Văn thư viên", "Cán sự")
_VN_UNITS = (
    "Phòng Tài chính - Kế hoạch",
    "Văn phòng HĐND và UBND",
    "Phòng Nội vụ",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Trung tâm Phục vụ hành chính công",
)
_VN_GRADES: tuple[tuple[str, str], ...] = (
    ("01.003", "Chuyên viên"),
    ("06.031", "Kế toán viên"),
    ("02.008", "Văn thư viên"),
)
_VN_GRADES += (("01.004", "Cán sự"),)
_VN_DISABILITY = (
    "Khuyết tật vận động",
    "Khuyết tật nghe, nói",
    "Khuyết tật nhìn",
    "Khuyết tật thần kinh, tâm thần",
    "Khuyết tật trí tuệ",
    "Khuyết tật khác",
)
_VN_LEVEL = ("Đặc biệt nặng", "Nặng", "Nhẹ", "Nặng")
_VN_VERDICT = ("Thống nhất mức độ đề nghị", "Chuyển giám định y khoa", "Đề nghị mức Nhẹ")
_VN_ORIGIN = (
    "Xã Nghi Xuân, Nghệ An",
    "Xã Hải Hậu, Nam Định",
    "Phường Hương Thủy, TP. Huế",
    "Xã Đức Phổ, Quảng Ngãi",
    "Xã Châu Thành, Tây Ninh",
)
_VN_WAR_UNITS: tuple[str, ...] = (
    "Sư đoàn 5, QK7",
    "Trung đoàn 2, Sư đoàn 9",
    "Lữ đoàn 146, Quân chủng HQ",
)
_VN_WAR_UNITS += ("Tiểu đoàn 3, BCH Quân sự tỉnh Long An", "Đoàn 479, Quân khu 9")
_VN_THEATRE = ("Biên giới Tây Nam", "Làm NVQT tại Campuchia", "Biên giới phía Bắc", "Trường Sa")
_VN_KIND62 = ("Đã xuất ngũ về địa phương", "Phục viên", "Thôi việc", "Đã xuất ngũ về địa phương")
_VN_SCHOOLS = (
    "Trường TH Nguyễn Bỉnh Khiêm",
    "Trường THCS Lê Quý Đôn",
    "Trường MN Hoa Sen",
    "Trường TH&THCS Tân Hiệp",
    "Trường THCS Trần Phú",
)
_VN_RANKS: tuple[str, ...] = (
    "Giáo viên tiểu học hạng III",
    "Giáo viên THCS hạng II",
    "Giáo viên mầm non hạng III",
)
_VN_RANKS += ("Giáo viên THCS hạng III",)

_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_FI_FAMILY = ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Lindqvist", "Laine")
_FI_GIVEN_M = ("Juha Matti", "Mikko", "Timo Kalevi", "Antti", "Jukka-Pekka", "Henrik")
_FI_GIVEN_F = ("Anna-Maija", "Päivi", "Tuula Marjatta", "Sari", "Kaisa", "Ulla-Britt")
_FI_PLACES = (
    ("Mannerheimintie 12 B 34", "00100", "Helsinki"),
    ("Hämeenkatu 7 A 5", "33100", "Tampere"),
    ("Aleksanterinkatu 21 C", "15110", "Lahti"),
    ("Kauppakatu 3 as. 12", "40100", "Jyväskylä"),
    ("Sibeliuksenkatu 9 A 2", "04400", "Järvenpää"),
)
_FI_COUNCILS: tuple[str, ...] = ("Helsingin kaupunginvaltuusto", "Vantaan kaupunginvaltuusto")
_FI_COUNCILS += ("Espoon kaupunginvaltuusto / Esbo stadsfullmäktige", "Keravan kaupunginvaltuusto")
_FI_PARTY = ("KOK", "SDP", "PS", "KESK", "VIHR", "VAS", "RKP/SFP")
_FI_JOBS = ("sairaanhoitaja", "opettaja", "eläkeläinen", "insinööri", "yrittäjä", "lähihoitaja")

_HU_FAMILY = ("Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár")
_HU_GIVEN_M = ("Péter", "László", "Zoltán", "Gábor", "István", "Attila")
_HU_GIVEN_F = ("Zsuzsanna", "Katalin", "Erzsébet", "Anikó", "Krisztina", "Ildikó")
_HU_MOBILE = ("20", "30", "70")
_HU_PLACES = ("Budapest", "Debrecen", "Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét")
_HU_ADDR = (
    "1055 Budapest, Kossuth Lajos tér 4. 2/5.",
    "4025 Debrecen, Piac utca 21. fsz. 1.",
    "3530 Miskolc, Széchenyi István út 40.",
    "7621 Pécs, Király utca 13. 1/3.",
    "9021 Győr, Baross Gábor út 8.",
)

_EE_FAMILY = ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Ivanov", "Rebane")
_EE_GIVEN_M = ("Jaan", "Andres", "Tõnu", "Mart", "Priit", "Rein")
_EE_GIVEN_F = ("Kadri", "Mari", "Tiiu", "Liis", "Ülle", "Kristiina")
_EE_ADDR = (
    "Pärnu mnt 12-5, Kesklinna linnaosa, Tallinn, 10141 Harju maakond",
    "Riia tn 24-17, Tartu linn, 51010 Tartu maakond",
    "Tallinna mnt 3, Rakvere linn, 44307 Lääne-Viru maakond",
    "Rüütli tn 40-2, Pärnu linn, 80010 Pärnu maakond",
    "Mustamäe tee 55-81, Mustamäe linnaosa, Tallinn, 10621 Harju maakond",
)
_EE_AGENCIES: tuple[str, ...] = (
    "Maksu- ja Tolliamet",
    "Politsei- ja Piirivalveamet",
    "Transpordiamet",
)
_EE_AGENCIES += ("Rahandusministeerium", "Sotsiaalkindlustusamet")
_EE_POSTS = ("vanemspetsialist", "nõunik", "peaspetsialist", "jurist", "osakonnajuhataja")

_BG_FAMILY_M = ("Петров", "Георгиев", "Димитров", "Иванов", "Николов", "Стоянов")
_BG_PATR = ("Иванов", "Георгиев", "Димитров", "Николаев", "Стефанов", "Христов")
_BG_GIVEN_M = ("Иван", "Георги", "Димитър", "Николай", "Стефан", "Христо")
_BG_GIVEN_F = ("Мария", "Елена", "Десислава", "Йорданка", "Цветелина", "Надежда")
_BG_ADDR = (
    "гр. София, ж.к. Младост 1, бл. 12, вх. Б, ет. 4, ап. 38",
    "гр. Пловдив, ул. Княз Александър I № 23",
    "гр. Варна, бул. Сливница № 104, ет. 2",
    "гр. Бургас, ж.к. Славейков, бл. 58, вх. 3, ап. 9",
    "гр. Стара Загора, ул. Цар Симеон Велики № 77",
)
_BG_EDU: tuple[str, ...] = (
    "ВО, магистър, счетоводство",
    "ВО, магистър, строителен инженер",
    "ВО, лекар",
)
_BG_EDU += ("ВО, магистър, компютърни системи", "ВО, магистър, автомобилен транспорт")
_BG_KIND = (
    "Съдебно-счетоводна експертиза",
    "Съдебна автотехническа експертиза",
    "Съдебномедицинска експертиза",
    "Съдебна компютърно-техническа експертиза",
    "Съдебна строително-техническа експертиза",
)
_BG_WORK = ("УМБАЛ „Св. Георги“", "ТУ – София", "свободна практика", "пенсионер", "„Одит“ ООД")

_CH_FAMILY = ("Müller", "Meier", "Rochat", "Favre", "Schmid", "Berset", "Python", "Aebischer")
_CH_GIVEN_M = ("Urs", "Jean-Marc", "Beat", "Laurent", "Reto", "Pierre-Alain")
_CH_GIVEN_F = ("Ursula", "Nathalie", "Corinne", "Brigitte", "Sandrine", "Marie-Claude")
_CH_PLACES = (
    ("Rue de Lausanne 91", "1700", "Fribourg"),
    ("Hauptgasse 27", "3280", "Murten"),
    ("Bahnhofstrasse 12", "3186", "Düdingen"),
    ("Grand-Rue 14", "1630", "Bulle"),
    ("Route de Bertigny 3", "1700", "Fribourg"),
    ("Schmiedgasse 6", "3186", "Düdingen"),
)
_CH_LANG: tuple[str, ...] = (
    "Albanisch / albanais",
    "Tigrinya",
    "Türkisch / turc",
    "Arabisch / arabe",
)
_CH_LANG += ("Portugiesisch / portugais", "Tamil / tamoul", "Russisch / russe")
_CH_COURT = (
    "Zivilgericht See",
    "Tribunal pénal de la Sarine",
    "Kantonsgericht / Tribunal cantonal",
)
_CH_NOTES = ("", "nur Zivilsachen", "", "aussi traductions écrites")


def _seed(p: Person) -> int:
    return int(p.bhxh[-6:])


def _coef(step: int) -> str:
    return f"{2.34 + 0.33 * (step - 1):.2f}".replace(".", ",")


def _step(p: Person) -> int:
    return _num(p, 7) + 1


def _enlist(p: Person) -> date:
    year = min(max(p.birth.year + 18, 1975), 1986)
    return _safe_day(year, 1 + _seed(p) % 12, 1)


def _hetu(p: Person) -> str:
    """A Finnish henkilötunnus ``DDMMYY-NNNC`` (``A`` for births from 2000), the individual
    number odd for men, the check character the nine digits mod 31."""
    serial = 2 + _seed(p) % 897
    serial += (serial % 2 == 0) == p.male
    body = f"{p.birth:%d%m%y}{serial:03d}"
    sign = "A" if p.birth.year >= 2000 else "-"
    return f"{p.birth:%d%m%y}{sign}{serial:03d}{_FI_CHECK[int(body) % 31]}"


def _hu_ado(p: Person) -> str:
    """A Hungarian adóazonosító jel: 8, the days since 1867-01-01, a serial, the check digit
    ``sum(d_i * i) mod 11`` (a serial giving 10 is skipped)."""
    days = (p.birth - date(1867, 1, 1)).days
    serial = _seed(p) % 1000
    while True:
        body = f"8{days:05d}{serial:03d}"
        check = sum(int(d) * (i + 1) for i, d in enumerate(body)) % 11
        if check < 10:
            return f"{body}{check}"
        serial = (serial + 1) % 1000


def _hu_taj(p: Person) -> str:
    """A TAJ number ``123 456 789``: eight digits and ``(3*odd + 7*even) mod 10``."""
    body = f"{int(p.bhxh[:8]) % 10**8:08d}"
    check = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10
    digits = f"{body}{check}"
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _isikukood(p: Person) -> str:
    """An Estonian isikukood: century-and-sex digit, YYMMDD, serial, the two-stage mod-11 digit."""
    first = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    body = f"{first}{p.birth:%y%m%d}{_seed(p) % 1000:03d}"
    check = sum(int(d) * w for d, w in zip(body, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True)) % 11
    if check == 10:
        weights = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
        check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10
    return f"{body}{check}"


def _egn(p: Person) -> str:
    """A Bulgarian EGN: YYMMDD (month plus 40 from 2000), a region serial whose last digit is even
    for men, the weighted mod-11 digit (10 reads 0)."""
    month = p.birth.month + (40 if p.birth.year >= 2000 else 0)
    serial = _seed(p) % 1000
    serial += (serial % 2 == 1) == p.male
    body = f"{p.birth:%y}{month:02d}{p.birth:%d}{serial % 1000:03d}"
    weights = (2, 4, 8, 5, 10, 9, 7, 3, 6)
    check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10
    return f"{body}{check}"


def _ahv(p: Person) -> str:
    """A Swiss AHV/AVS number ``756.1234.5678.97``, the last digit the EAN-13 check."""
    body = f"756{int(p.bhxh[:9]):09d}"
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    digits = f"{body}{(10 - total % 10) % 10}"
    return f"{digits[:3]}.{digits[3:7]}.{digits[7:11]}.{digits[11:]}"


def _bg_full(p: Person) -> str:
    """``Име Презиме Фамилия``: the father's name and the family name end in -а for women."""
    end = "" if p.male else "а"
    given = _by_sex(p, _BG_GIVEN_M, _BG_GIVEN_F)
    return f"{given} {_pick(p, _BG_PATR, 3)}{end} {_pick(p, _BG_FAMILY_M, 2)}{end}"


def _place(p: Person, places: tuple[tuple[str, str, str], ...], part: int) -> str:
    return places[_seed(p) % len(places)][part]


WRITERS_BLIND292: dict[str, Callable[[Person, Col], object]] = {
    "vn_post292": lambda p, c: _pick(p, _VN_POSTS, 2),
    "vn_unit292": lambda p, c: _pick(p, _VN_UNITS, 3),
    "vn_code292": lambda p, c: _pick(p, tuple(g[0] for g in _VN_GRADES), 4),
    "vn_step_old292": lambda p, c: f"{_step(p)}/9",
    "vn_coef_old292": lambda p, c: _coef(_step(p)),
    "vn_step_new292": lambda p, c: f"{_step(p) + 1}/9",
    "vn_coef_new292": lambda p, c: _coef(_step(p) + 1),
    "vn_newdate292": lambda p, c: f"{_safe_day(2025, 1 + _seed(p) % 12, 1):%d/%m/%Y}",
    "vn_dtype292": lambda p, c: _pick(p, _VN_DISABILITY, 2),
    "vn_level292": lambda p, c: _pick(p, _VN_LEVEL, 3),
    "vn_guardian292": lambda p, c: _other_vn(p, 5),
    "vn_guardphone292": lambda p, c: _other_phone(p, "03"),
    "vn_verdict292": lambda p, c: _pick(p, _VN_VERDICT, 4),
    "vn_origin292": lambda p, c: _pick(p, _VN_ORIGIN, 2),
    "vn_enlist292": lambda p, c: f"{_enlist(p):%m/%Y}",
    "vn_discharge292": lambda p, c: f"{_shift_date(_enlist(p), 3 + _seed(p) % 4):%m/%Y}",
    "vn_unit_war292": lambda p, c: _pick(p, _VN_WAR_UNITS, 3),
    "vn_theatre292": lambda p, c: _pick(p, _VN_THEATRE, 4),
    "vn_span292": lambda p, c: f"{3 + _seed(p) % 4} năm {_seed(p) % 12} tháng",
    "vn_allow292": lambda p, c: f"{(2 + _seed(p) % 4) * 1_170_000 + 2_500_000:,}".replace(",", "."),
    "vn_kind62": lambda p, c: _pick(p, _VN_KIND62, 5),
    "vn_school292": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "vn_rank292": lambda p, c: _pick(p, _VN_RANKS, 3),
    "vn_gap292": lambda p, c: "" if _seed(p) % 3 else str(1 + _seed(p) % 11),
    "vn_years292": lambda p, c: str(5 + _seed(p) % 25),
    "vn_rate292": lambda p, c: f"{5 + _seed(p) % 25}%",
    "vn_from292": lambda p, c: f"{_safe_day(2025, 1 + _seed(p) % 12, p.birth.day):%d/%m/%Y}",
    "fi_hetu292": lambda p, c: _hetu(p),
    "fi_family292": lambda p, c: _pick(p, _FI_FAMILY, 2),
    "fi_given292": lambda p, c: _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 3),
    "fi_street292": lambda p, c: _place(p, _FI_PLACES, 0),
    "fi_postcode292": lambda p, c: _place(p, _FI_PLACES, 1),
    "fi_town292": lambda p, c: _place(p, _FI_PLACES, 2),
    "fi_phone292": lambda p, c: f"04{_seed(p) % 2} {p.bhxh[2:5]} {p.bhxh[5:9]}",
    "fi_council292": lambda p, c: _pick(p, _FI_COUNCILS, 2),
    "fi_party292": lambda p, c: _pick(p, _FI_PARTY, 3),
    "fi_lang292": lambda p, c: "svenska" if _seed(p) % 6 == 0 else "suomi",
    "fi_job292": lambda p, c: _pick(p, _FI_JOBS, 4),
    "fi_term292": lambda p, c: "1.6.2025–31.5.2029",
    "hu_code292": lambda p, c: f"SZB-{p.bhxh[-5:]}",
    "hu_full292": lambda p, c: f"{_pick(p, _HU_FAMILY, 2)} {_by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F)}",
    "hu_birthname292": lambda p, c: (
        f"{_pick(p, _HU_FAMILY, 2)} {_by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F)}"
        if p.male or _seed(p) % 2
        else f"{_pick(p, _HU_FAMILY, 5)} {_HU_GIVEN_F[_seed(p) % 6]}"
    ),
    "hu_mother292": lambda p, c: f"{_pick(p, _HU_FAMILY, 6)} {_pick(p, _HU_GIVEN_F, 7)}",
    "hu_birthplace292": lambda p, c: _pick(p, _HU_PLACES, 3),
    "hu_ado292": lambda p, c: _hu_ado(p),
    "hu_taj292": lambda p, c: _hu_taj(p),
    "hu_addr292": lambda p, c: _pick(p, _HU_ADDR, 4),
    "hu_phone292": lambda p, c: f"+36 {_pick(p, _HU_MOBILE, 2)} {p.bhxh[1:4]} {p.bhxh[4:8]}",
    "hu_area292": lambda p, c: f"{_num(p, 400):04d}, {_num(p, 400) + 1:04d}",
    "hu_reviewer292": lambda p, c: f"{_pick(p, _HU_FAMILY, 8)} {_pick(p, _HU_GIVEN_M, 9)}",
    "hu_fee292": lambda p, c: f"{(180 + _seed(p) % 120) * 1000:,}".replace(",", " "),
    "ee_ik292": lambda p, c: _isikukood(p),
    "ee_family292": lambda p, c: _pick(p, _EE_FAMILY, 2),
    "ee_given292": lambda p, c: _by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 3),
    "ee_sex292": lambda p, c: "M" if p.male else "N",
    "ee_addr292": lambda p, c: _pick(p, _EE_ADDR, 4),
    "ee_phone292": lambda p, c: f"+372 5{p.bhxh[2:5]} {p.bhxh[5:9]}",
    "ee_agency292": lambda p, c: _pick(p, _EE_AGENCIES, 5),
    "ee_post292": lambda p, c: _pick(p, _EE_POSTS, 6),
    "ee_boss292": lambda p, c: f"{_pick(p, _EE_GIVEN_F, 7)} {_pick(p, _EE_FAMILY, 8)}",
    "ee_grade292": lambda p, c: str(9 + _seed(p) % 8),
    "ee_pay292": lambda p, c: f"{1900 + _seed(p) % 1800},00",
    "ee_note292": lambda p, c: _pick(p, ("", "katseaeg", "", "lapsehoolduspuhkusel", ""), 9),
    "bg_full292": lambda p, c: _bg_full(p),
    "bg_egn292": lambda p, c: _egn(p),
    "bg_addr292": lambda p, c: _pick(p, _BG_ADDR, 2),
    "bg_phone292": lambda p, c: f"08{_pick(p, ('7', '8', '9'), 3)} {p.bhxh[2:5]} {p.bhxh[5:9]}",
    "bg_edu292": lambda p, c: _pick(p, _BG_EDU, 4),
    "bg_kind292": lambda p, c: _pick(p, _BG_KIND, 5),
    "bg_work292": lambda p, c: _pick(p, _BG_WORK, 6),
    "bg_order292": lambda p, c: f"Решение № {_num(p, 90) + 1}/{_pick(p, ('2023', '2024', '2025'))}",
    "ch_ahv292": lambda p, c: _ahv(p),
    "ch_family292": lambda p, c: _pick(p, _CH_FAMILY, 2),
    "ch_given292": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 3),
    "ch_sex292": lambda p, c: "m / h" if p.male else "w / f",
    "ch_street292": lambda p, c: _place(p, _CH_PLACES, 0),
    "ch_npa292": lambda p, c: _place(p, _CH_PLACES, 1),
    "ch_town292": lambda p, c: _place(p, _CH_PLACES, 2),
    "ch_phone292": lambda p, c: (
        f"+41 7{_seed(p) % 3 + 7} {p.bhxh[2:5]} {p.bhxh[5:7]} {p.bhxh[7:9]}"
    ),
    "ch_lang292": lambda p, c: _pick(p, _CH_LANG, 4),
    "ch_court292": lambda p, c: _pick(p, _CH_COURT, 5),
    "ch_note292": lambda p, c: _pick(p, _CH_NOTES, 6),
}

__all__ = ["WRITERS_BLIND292"]
