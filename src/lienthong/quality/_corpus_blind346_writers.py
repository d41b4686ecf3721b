"""How the people of the three-hundred-and-forty-sixth part of the outside corpus (**blind 346**,
:mod:`lienthong.quality._corpus_blind346`) are written: four Vietnamese university files' own
columns (a master's defence's student code, major, thesis title, supervisor, reviewer, hour and
room; a sponsored scholarship's student code, class, faculty, grades, sponsor, amount and bank
account; a dormitory's building, room, school and parent; an alumni association's class year,
major, employer, post and dues) and Nepali, Bhutanese, Afghan, Tajik and Kyrgyz names, addresses,
phones and identity numbers in the forms their registers show (the Nepali citizenship certificate
number with its district and year of issue and Bikram Sambat dates, the Bhutanese 11-digit CID,
the Afghan tazkira in its paper and electronic forms with Solar Hijri dates, the Tajik passport,
the Kyrgyz 14-digit PIN that opens with the sex digit and the birth date; none publishes a check
digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MAJORS = (
    "Quản lý kinh tế",
    "Khoa học máy tính",
    "Luật kinh tế",
    "Quản trị kinh doanh",
    "Kỹ thuật xây dựng",
    "Lý luận và PPDH bộ môn Toán",
)
_VN_TOPICS = (
    "Quản lý nhà nước về đất đai trên địa bàn huyện Củ Chi",
    "Ứng dụng học sâu trong nhận dạng biển số xe",
    "Pháp luật về hợp đồng thương mại điện tử ở Việt Nam",
    "Các nhân tố ảnh hưởng đến ý định mua sắm trực tuyến của sinh viên",
    "Nghiên cứu ứng xử của dầm bê tông cốt sợi thép",
)
_VN_TITLES = ("PGS.TS.", "TS.", "GS.TS.", "TS.")
_VN_ROOMS = ("P.B1-204", "Phòng họp A3", "P.C2-101", "Hội trường nhỏ tầng 5")
_VN_HOURS = ("7h30", "9h00", "13h30", "15h00")
_VN_FACULTIES = ("Khoa CNTT", "Khoa Kinh tế", "Khoa Luật", "Khoa Cơ khí", "Khoa Ngoại ngữ")
_VN_SPONSORS = (
    "Quỹ học bổng Vallet",
    "Công ty CP Tập đoàn Hòa Phát",
    "Ngân hàng TMCP Á Châu (ACB)",
    "Quỹ Khuyến học Việt Nam",
    "Tập đoàn Viettel",
)
_VN_BANKS = ("Vietcombank", "BIDV", "Agribank", "VietinBank", "ACB")
_VN_BUILDINGS = ("Nhà A1", "Nhà B3", "KTX khu B - tòa E2", "Nhà C5")
_VN_SCHOOLS = (
    "Trường ĐH Bách khoa",
    "Trường ĐH Khoa học Tự nhiên",
    "Trường ĐH Kinh tế - Luật",
    "Trường ĐH Công nghệ Thông tin",
)
_VN_EMPLOYERS = (
    "Sở Tài chính TP.HCM",
    "Công ty TNHH FPT Software",
    "UBND quận Gò Vấp",
    "Trường THPT Nguyễn Du",
    "Tự do",
)
_VN_POSTS = ("Chuyên viên", "Trưởng phòng", "Giám đốc", "Giáo viên", "Kỹ sư", "")
_NP_GIVEN_M = ("RAM BAHADUR", "SURAJ", "BIKASH", "PRAKASH", "SANTOSH", "DIPENDRA")
_NP_GIVEN_F = ("SITA", "ANJALI", "SABINA", "PRATIKSHA", "SUNITA", "KABITA")
_NP_FAMILY = ("SHRESTHA", "KC", "THAPA", "ADHIKARI", "GURUNG", "TAMANG", "POUDEL", "MAHARJAN")
#: (district code, district, municipality)
_NP_PLACES = (
    ("27", "Kathmandu", "Kathmandu Ma.Na.Pa."),
    ("26", "Bhaktapur", "Madhyapur Thimi Na.Pa."),
    ("25", "Lalitpur", "Lalitpur Ma.Na.Pa."),
    ("40", "Kaski", "Pokhara Ma.Na.Pa."),
    ("35", "Chitwan", "Bharatpur Ma.Na.Pa."),
    ("04", "Jhapa", "Mechinagar Na.Pa."),
)
_NP_CAMPUS = (
    "Tri-Chandra Multiple Campus",
    "Patan Multiple Campus",
    "Prithvi Narayan Campus",
    "Birendra Multiple Campus",
    "Public Youth Campus",
)
_BT_NAMES_M = ("Tshering Dorji", "Karma Wangchuk", "Sonam Tobgay", "Ugyen Tenzin", "Pema Dorji")
_BT_NAMES_F = ("Karma Wangmo", "Pema Choden", "Dechen Zangmo", "Sonam Yangden", "Kinley Om")
#: (dzongkhag, gewog, village)
_BT_PLACES = (
    ("Thimphu", "Chang", "Motithang"),
    ("Paro", "Lango", "Jagathang"),
    ("Punakha", "Toewang", "Tsekha"),
    ("Trashigang", "Kanglung", "Yonphula"),
    ("Mongar", "Gyalpozhing", "Nangkhar"),
    ("Bumthang", "Chhoekhor", "Jakar"),
)
_BT_COLLEGES = (
    "College of Science and Technology",
    "Sherubtse College",
    "Paro College of Education",
    "Gaeddu College of Business Studies",
    "College of Natural Resources",
)
_AF_GIVEN_M = ("احمد", "محمد نبی", "عبدالله", "نجیب الله", "حمیدالله", "فرید")
_AF_GIVEN_F = ("فریبا", "مریم", "زهرا", "شکیلا", "نرگس", "هلینا")
_AF_FAMILY = ("احمدزی", "هاشمی", "رحیمی", "صدیقی", "نوری", "پوپلزی", "محمدی")
_AF_FATHERS = ("غلام سخی", "محمد اکبر", "عبدالرحمن", "نورالله", "سید احمد", "حاجی رحمت")
#: (province, district, village)
_AF_PLACES = (
    ("کابل", "ناحیه پنجم", "کارته سه"),
    ("هرات", "انجیل", "قریه پشتون زرغون"),
    ("بلخ", "دهدادی", "قریه نوآباد"),
    ("ننگرهار", "سرخرود", "قریه سلطانپور"),
    ("بدخشان", "فیض آباد", "قریه جرف"),
    ("بامیان", "یکاولنگ", "قریه نیک"),
)
_AF_UNIS = ("پوهنتون کابل", "پوهنتون هرات", "پوهنتون بلخ", "پوهنتون ننگرهار")
_AF_FACULTIES = ("طب", "انجنیری", "حقوق و علوم سیاسی", "اقتصاد", "زراعت", "تعلیم و تربیه")
_TJ_FAMILY = ("Раҳимов", "Назаров", "Шарипов", "Каримов", "Саидов", "Ҳасанов")
_TJ_GIVEN_M = ("Фирдавс", "Ҷамшед", "Баҳодур", "Сомон", "Муҳаммад", "Умед")
_TJ_GIVEN_F = ("Мадина", "Нигора", "Зарина", "Шаҳло", "Гулноза", "Фарзона")
#: (street, district or town, region)
_TJ_PLACES = (
    ("к. Рӯдакӣ", "н. Исмоили Сомонӣ", "ш. Душанбе"),
    ("к. Айнӣ", "ш. Хуҷанд", "в. Суғд"),
    ("к. Фирдавсӣ", "ш. Бохтар", "в. Хатлон"),
    ("к. Ленин", "н. Ваҳдат", "НТМ"),
    ("к. Ломоносов", "ш. Хоруғ", "ВМКБ"),
)
_TJ_FACULTIES = ("Факултети ҳуқуқшиносӣ", "Факултети физика", "Факултети иқтисод",
                 "Факултети филологияи тоҷик", "Факултети механикаю математика")  # fmt: skip
_KG_FAMILY = ("Асанов", "Токтогулов", "Жумабеков", "Осмонов", "Сатыбалдиев", "Абдыкадыров")
_KG_GIVEN_M = ("Нурбек", "Азамат", "Бакыт", "Эрлан", "Айбек", "Улан")
_KG_GIVEN_F = ("Айгерим", "Жылдыз", "Бермет", "Айзада", "Нургүл", "Чолпон")
_KG_FATHERS = ("Маратович", "Алмазбекович", "Таалайбекович", "Кубанычбекович")
#: (settlement with street, oblast)
_KG_PLACES = (
    ("Бишкек ш., Ахунбаев көч.", "Бишкек"),
    ("Ош ш., Ленин көч.", "Ош облусу"),
    ("Каракол ш., Абдрахманов көч.", "Ысык-Көл облусу"),
    ("Нарын ш., Ленин көч.", "Нарын облусу"),
    ("Талас ш., Бердике баатыр көч.", "Талас облусу"),
    ("Кара-Балта ш., Токтогул көч.", "Чүй облусу"),
)
_KG_HOSTELS = ("№1 жатакана", "№3 жатакана", "Общежитие №5", "№7 жатакана")


def _safe(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _bs(d: date) -> tuple[int, int, int]:
    """``d`` in Bikram Sambat (months of 31/32/31/32/31/30/30/29/30/29/30/30 days from 14 April:
    within a day or two of the official calendar)."""
    new_year = _safe(d.year, 4, 14)
    year = d.year + 57
    if d < new_year:
        new_year, year = _safe(d.year - 1, 4, 14), year - 1
    left = (d - new_year).days
    for month, length in enumerate((31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30), 1):
        if left < length or month == 12:
            return year, month, min(left + 1, length)
        left -= length
    return year, 12, 30


def _sh(d: date) -> tuple[int, int, int]:
    """``d`` in the Solar Hijri calendar (six months of 31 days, five of 30, then 29 or 30)."""
    nowruz = date(d.year, 3, 21)
    year = d.year - 621
    if d < nowruz:
        nowruz, year = date(d.year - 1, 3, 21), year - 1
    left = (d - nowruz).days
    for month in range(1, 13):
        length = 31 if month <= 6 else 30
        if left < length or month == 12:
            return year, month, min(left + 1, length)
        left -= length
    return year, 12, 29


_DEVA = str.maketrans("0123456789", "०१२३४५६७८९")


def _bs_text(d: date, p: Person) -> str:
    y, m, day = _bs(d)
    text = f"{y}-{m:02d}-{day:02d}" if int(p.bhxh[-2]) % 3 else f"{y}/{m:02d}/{day:02d}"
    return text.translate(_DEVA) if int(p.bhxh[-3]) % 4 == 0 else text


def _citizenship(p: Person) -> str:
    """A citizenship certificate number: district code, ward, BS year of issue at 16, serial."""
    code = _np_place(p)[0]
    issued = (_bs(p.birth)[0] + 16 + int(p.bhxh[-1]) % 4) % 100
    return f"{code}-{int(p.bhxh[2:4]) % 12 + 1:02d}-{issued:02d}-{p.bhxh[4:9]}"


def _np_place(p: Person) -> tuple[str, str, str]:
    return _NP_PLACES[int(p.bhxh) // 7 % len(_NP_PLACES)]


def _bt_place(p: Person) -> tuple[str, str, str]:
    return _BT_PLACES[int(p.bhxh) // 7 % len(_BT_PLACES)]


def _af_place(p: Person) -> tuple[str, str, str]:
    return _AF_PLACES[int(p.bhxh) // 7 % len(_AF_PLACES)]


def _tj_place(p: Person) -> tuple[str, str, str]:
    return _TJ_PLACES[int(p.bhxh) // 7 % len(_TJ_PLACES)]


def _kg_place(p: Person) -> tuple[str, str]:
    return _KG_PLACES[int(p.bhxh) // 7 % len(_KG_PLACES)]


def _tazkira(p: Person) -> str:
    """An electronic tazkira (year of issue, four digits, five digits) or a paper one's volume,
    page and entry."""
    if int(p.bhxh[-1]) % 3:
        return f"{1397 + int(p.bhxh[-2]) % 6}-{p.bhxh[:4]}-{p.bhxh[4:9]}"
    return f"جلد {_num(p, 40)}، صفحه {_num(p, 300)}، ثبت {p.bhxh[5:9]}"


def _sh_text(d: date) -> str:
    y, m, day = _sh(d)
    return f"{y}/{m:02d}/{day:02d}"


def _pin_kg(p: Person) -> str:
    return f"{2 if p.male else 1}{p.birth:%d%m%Y}{p.bhxh[-5:]}"


WRITERS_BLIND346: dict[str, Callable[[Person, Col], object]] = {
    "hv_code346": lambda p, c: f"CH{22 + int(p.bhxh[0]) % 3}{p.bhxh[2:7]}",
    "birthplace346": lambda p, c: _pick(p, ("TP.HCM", "Long An", "Nghệ An", "Đồng Nai", "Huế"), 4),
    "major346": lambda p, c: _pick(p, _VN_MAJORS, 2),
    "topic346": lambda p, c: _pick(p, _VN_TOPICS, 3),
    "supervisor346": lambda p, c: f"{_pick(p, _VN_TITLES, 5)} {_other_vn(p, 6)}",
    "reviewer346": lambda p, c: f"{_pick(p, _VN_TITLES, 7)} {_other_vn(p, 8)}",
    "hour346": lambda p, c: _pick(p, _VN_HOURS, 9),
    "room346": lambda p, c: _pick(p, _VN_ROOMS, 10),
    "mssv346": lambda p, c: f"{20 + int(p.bhxh[1]) % 5}{p.bhxh[3:9]}",
    "class346": lambda p, c: f"{_pick(p, ('DHKT', 'DHCN', 'DHLK', 'DHNN'), 2)}{16 + _num(p, 4)}A",
    "faculty346": lambda p, c: _pick(p, _VN_FACULTIES, 3),
    "gpa346": lambda p, c: f"{3.2 + _num(p, 8) / 10:.2f}".replace(".", ","),
    "conduct346": lambda p, c: str(80 + _num(p, 20)),
    "sponsor346": lambda p, c: _pick(p, _VN_SPONSORS, 5),
    "grant346": lambda p, c: f"{_pick(p, ('5.000.000', '10.000.000', '15.000.000'), 6)}",
    "account346": lambda p, c: f"{p.bhxh[::-1]}{p.phone[-3:]}",
    "bank346": lambda p, c: _pick(p, _VN_BANKS, 7),
    "building346": lambda p, c: _pick(p, _VN_BUILDINGS, 2),
    "dorm_room346": lambda p, c: f"{_num(p, 6)}{_num(p, 30):02d}",
    "dorm_school346": lambda p, c: _pick(p, _VN_SCHOOLS, 3),
    "parent346": lambda p, c: _other_vn(p, 4, family=p.family),
    "parent_phone346": lambda p, c: _other_phone(p),
    "until346": lambda p, c: (
        f"{_safe(p.other_date.year + 1, p.other_date.month, p.other_date.day):%d/%m/%Y}"
    ),
    "cohort346": lambda p, c: f"K{20 + _num(p, 25)}",
    "grad_year346": lambda p, c: str(1985 + _num(p, 38)),
    "alumni_major346": lambda p, c: _pick(p, _VN_MAJORS, 5),
    "employer346": lambda p, c: _pick(p, _VN_EMPLOYERS, 6),
    "post346": lambda p, c: _pick(p, _VN_POSTS, 7),
    "dues346": lambda p, c: _pick(p, ("200.000", "Đã đóng", "Chưa đóng", "500.000"), 8),
    "np_given346": lambda p, c: _by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 1),
    "np_family346": lambda p, c: _pick(p, _NP_FAMILY, 2),
    "ctz_np346": lambda p, c: _citizenship(p),
    "ctz_district346": lambda p, c: _np_place(p)[1],
    "birth_bs346": lambda p, c: _bs_text(p.birth, p),
    "sex_np346": lambda p, c: "पुरुष" if p.male else "महिला",
    "father_np346": lambda p, c: f"{_pick(p, _NP_GIVEN_M, 4)} {_pick(p, _NP_FAMILY, 2)}",
    "addr_np346": lambda p, c: f"{_np_place(p)[2]}-{_num(p, 32)}, {_np_place(p)[1]}",
    "phone_np346": lambda p, c: f"98{p.phone[2:10]}",
    "campus_np346": lambda p, c: _pick(p, _NP_CAMPUS, 5),
    "turegd346": lambda p, c: f"{_num(p, 9)}-{p.bhxh[3:6]}-{p.bhxh[6:9]}-20{18 + _num(p, 6)}",
    "symbol346": lambda p, c: f"{p.bhxh[1:9]}",
    "fee_np346": lambda p, c: _pick(p, ("2200", "2700", "3500"), 6),
    "paydate_bs346": lambda p, c: _bs_text(p.other_date, p),
    "cid_bt346": lambda p, c: f"1{int(p.bhxh[0]) % 2}{p.bhxh[1:10]}",
    "bt_name346": lambda p, c: _by_sex(p, _BT_NAMES_M, _BT_NAMES_F, 1),
    "sex_bt346": lambda p, c: "Male" if p.male else "Female",
    "village_bt346": lambda p, c: _bt_place(p)[2],
    "gewog_bt346": lambda p, c: _bt_place(p)[1],
    "dzongkhag_bt346": lambda p, c: _bt_place(p)[0],
    "phone_bt346": lambda p, c: f"{_pick(p, ('17', '77'), 3)}{p.phone[4:10]}",
    "college_bt346": lambda p, c: _pick(p, _BT_COLLEGES, 4),
    "studno_bt346": lambda p, c: f"0{p.bhxh[2:10]}",
    "stipend_bt346": lambda p, c: _pick(p, ("Nu. 1,500", "Nu. 2,000", "Nu. 3,250"), 5),
    "guardian_bt346": lambda p, c: _by_sex(p, _BT_NAMES_F, _BT_NAMES_M, 6),
    "guardian_phone_bt346": lambda p, c: f"17{p.bhxh[::-1][:6]}",
    "af_given346": lambda p, c: _by_sex(p, _AF_GIVEN_M, _AF_GIVEN_F, 1),
    "af_family346": lambda p, c: _pick(p, _AF_FAMILY, 2),
    "af_father346": lambda p, c: _pick(p, _AF_FATHERS, 3),
    "af_grand346": lambda p, c: _pick(p, _AF_FATHERS, 4),
    "tazkira_af346": lambda p, c: _tazkira(p),
    "birth_sh346": lambda p, c: _sh_text(p.birth),
    "sex_af346": lambda p, c: "ذکور" if p.male else "اناث",
    "wilayat_af346": lambda p, c: _af_place(p)[0],
    "woleswali_af346": lambda p, c: _af_place(p)[1],
    "qarya_af346": lambda p, c: _af_place(p)[2],
    "phone_af346": lambda p, c: f"07{_pick(p, ('0', '8', '9', '7'), 5)}{p.phone[3:10]}",
    "score_af346": lambda p, c: str(180 + _num(p, 170)),
    "uni_af346": lambda p, c: _pick(p, _AF_UNIS, 6),
    "faculty_af346": lambda p, c: _pick(p, _AF_FACULTIES, 7),
    "regdate_sh346": lambda p, c: _sh_text(p.other_date),
    "tj_family346": lambda p, c: _pick(p, _TJ_FAMILY, 2) + ("" if p.male else "а"),
    "tj_given346": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "tj_patr346": lambda p, c: (
        f"{_pick(p, _TJ_GIVEN_M, 3)}{'ович' if p.male else 'овна'}"
        if int(p.bhxh[-2]) % 2
        else f"{_pick(p, _TJ_GIVEN_M, 3)}ӣ"
    ),
    "sex_tj346": lambda p, c: "мард" if p.male else "зан",
    "passport_tj346": lambda p, c: f"{_pick(p, ('А', 'В'), 4)} {p.bhxh[2:10]}",
    "inn_tj346": lambda p, c: f"{p.bhxh[::-1][:9]}",
    "street_tj346": lambda p, c: f"{_tj_place(p)[0]}, х. {_num(p, 120)}, ҳ. {_num(p, 60)}",
    "nohiya_tj346": lambda p, c: _tj_place(p)[1],
    "viloyat_tj346": lambda p, c: _tj_place(p)[2],
    "phone_tj346": lambda p, c: (
        f"+992 {_pick(p, ('90', '91', '93', '98'), 5)} {p.phone[3:6]}"
        f" {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "faculty_tj346": lambda p, c: _pick(p, _TJ_FACULTIES, 6),
    "course_tj346": lambda p, c: str(_num(p, 5)),
    "form_tj346": lambda p, c: _pick(p, ("буҷавӣ", "шартномавӣ"), 7),
    "pin_kg346": lambda p, c: _pin_kg(p),
    "kg_family346": lambda p, c: _pick(p, _KG_FAMILY, 2) + ("" if p.male else "а"),
    "kg_given346": lambda p, c: _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 1),
    "kg_patr346": lambda p, c: (
        _pick(p, _KG_FATHERS, 3) if p.male else _pick(p, _KG_FATHERS, 3)[:-2] + "на"
    ),
    "sex_kg346": lambda p, c: "эркек" if p.male else "аял",
    "passport_kg346": lambda p, c: f"{_pick(p, ('ID', 'AN', 'AC'), 4)}{p.bhxh[3:10]}",
    "addr_kg346": lambda p, c: f"{_kg_place(p)[0]} {_num(p, 150)}, кв. {_num(p, 80)}",
    "oblast_kg346": lambda p, c: _kg_place(p)[1],
    "phone_kg346": lambda p, c: (
        f"+996 {_pick(p, ('555', '700', '770', '502'), 5)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "hostel_kg346": lambda p, c: _pick(p, _KG_HOSTELS, 6),
    "room_kg346": lambda p, c: f"{_num(p, 5)}{_num(p, 40):02d}",
    "parent_kg346": lambda p, c: f"{_pick(p, _KG_FAMILY, 2)} {_pick(p, _KG_GIVEN_M, 7)}",
    "parent_phone_kg346": lambda p, c: f"0{_pick(p, ('555', '700'), 8)} {p.bhxh[::-1][:6]}",
}
