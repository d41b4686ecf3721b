"""How the people of the hundred-and-twentieth part of the outside corpus (**blind 120**,
:mod:`lienthong.quality._corpus_blind120`) are written: four Vietnamese files' own columns (a
drone registered with the district military command, a lifeguard at a public beach, a pharmacist's
practising certificate, a lawyer of a provincial bar) and Russian, Belarusian, Kazakh, Uzbek and
Kyrgyz names, places, phones and identity numbers in the forms their registers show (the СНИЛС
with its mod-101 check number, the ИНН with its two checks, the passport's series and number, the
Belarusian identification number with its 7-3-1 check digit, the Kazakh ИИН with its mod-11 digit,
the Uzbek JSHSHIR with its 7-3-1 digit, the Kyrgyz ПИН with no check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _UZ_FAMILY, _UZ_GIVEN_F, _UZ_GIVEN_M, _pinfl
from lienthong.quality._corpus_blind53_writers import _inn, _ru_name, _snils
from lienthong.quality._corpus_blind65_writers import (
    _KZ_GIVEN_F,
    _KZ_GIVEN_M,
    _iin,
    _kz_family,
    _kz_patronymic,
)
from lienthong.quality._corpus_blind70_writers import (
    _BY_FAMILY,
    _BY_GIVEN_F,
    _BY_GIVEN_M,
    _BY_PATR,
    _by_family,
    _by_id,
)
from lienthong.quality._corpus_blind72_writers import (
    _KG_FAMILY,
    _KG_FATHERS,
    _KG_GIVEN_F,
    _KG_GIVEN_M,
    _pin_kg,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: drones registered with the district military command --------------------------------
_VN_DRONES = (
    "DJI Mini 4 Pro",
    "DJI Mavic 3 Classic",
    "DJI Air 3",
    "DJI Agras T40 (phun thuốc)",
    "DJI Mini 3",
    "Autel EVO Lite+",
)
_VN_DRONE_PURPOSE = (
    "Quay phim, chụp ảnh cá nhân",
    "Phun thuốc BVTV",
    "Chụp ảnh cưới, sự kiện",
    "Khảo sát địa hình",
    "Quay phim, chụp ảnh cá nhân",
)
_VN_DRONE_AREA = (
    "Cánh đồng ấp 3, xã Tân Phú",
    "Khu vực bãi biển Mỹ Khê",
    "Ngoài khu vực cấm bay sân bay",
    "Khu du lịch sinh thái Cồn Sơn",
    "Ruộng lúa thôn Đông",
)
# -- Vietnam: lifeguards at public beaches --------------------------------------------------------
_VN_BEACHES = ("Mỹ Khê", "Phạm Văn Đồng", "Non Nước", "Xuân Thiều", "Tân Mỹ An")
_VN_SHIFTS = ("Ca 1 (5h-11h)", "Ca 2 (11h-17h)", "Ca 3 (15h-19h)", "Ca gãy")
_VN_LG_NOTES = ("Tổ trưởng chốt", "Nghỉ phép tháng 7", "Đã tập huấn sơ cấp cứu", "HĐ thời vụ")
# -- Vietnam: pharmacists' practising certificates ------------------------------------------------
_VN_PHARM_DEGREE = (
    "Dược sĩ đại học",
    "Dược sĩ cao đẳng",
    "Dược sĩ trung cấp",
    "Dược sĩ đại học",
    "Thạc sĩ Dược học",
)
_VN_PHARM_SCHOOLS = (
    "ĐH Y Dược TP.HCM",
    "ĐH Dược Hà Nội",
    "CĐ Y tế Cần Thơ",
    "CĐ Dược Trung ương Hải Dương",
    "ĐH Nguyễn Tất Thành",
)
_VN_PHARM_SCOPE = (
    "Chịu trách nhiệm chuyên môn nhà thuốc",
    "Chịu trách nhiệm chuyên môn quầy thuốc",
    "Phụ trách bảo đảm chất lượng cơ sở sản xuất",
    "Chịu trách nhiệm chuyên môn cơ sở bán buôn",
)
_VN_PHARMACIES = (
    "Nhà thuốc Long Châu 215",
    "Nhà thuốc Pharmacity Nguyễn Trãi",
    "Quầy thuốc Minh Phúc",
    "Khoa Dược BV Quận 8",
    "Cty CP Dược phẩm Imexpharm",
)
_VN_PHARM_FORM = ("Xét hồ sơ", "Xét hồ sơ", "Thi", "Cấp lại do hư hỏng", "Điều chỉnh nội dung")
# -- Vietnam: lawyers of a provincial bar ---------------------------------------------------------
_VN_LAW_FIRMS = (
    ("Văn phòng Luật sư Minh Tâm", "12 Lý Tự Trọng, phường Bến Nghé, Quận 1"),
    ("Công ty Luật TNHH Đông Á", "45 Trần Hưng Đạo, phường Cầu Ông Lãnh, Quận 1"),
    ("Văn phòng Luật sư Công Bằng", "88 Lê Văn Sỹ, phường 11, quận Phú Nhuận"),
    ("Công ty Luật Hợp danh Sài Gòn", "210 Nguyễn Thị Minh Khai, phường 6, Quận 3"),
)
_VN_LAWYER_STATUS = (
    "Đang hành nghề",
    "Đang hành nghề",
    "Tạm ngừng",
    "Đang hành nghề",
    "Chuyển Đoàn",
)

# -- Russia: the unemployed on an employment centre's books ----------------------------------------
_RU_HOMES = (
    "367000, Респ. Дагестан, г. Махачкала, ул. Гамидова, д. 49, кв. 7",
    "368300, Респ. Дагестан, г. Каспийск, ул. Ленина, д. 12, кв. 41",
    "367010, Респ. Дагестан, г. Махачкала, пос. Семендер, ул. 3-я Линия, д. 8",
    "368220, Респ. Дагестан, г. Буйнакск, ул. Имама Шамиля, д. 20",
    "368600, Респ. Дагестан, г. Дербент, ул. Гагарина, д. 3, кв. 15",
)
_RU_LAST_JOBS = (
    "ООО «Дагестанская стекольная компания»",
    "ИП Магомедов А.Р.",
    "МБДОУ «Детский сад № 41»",
    "ГУП «Дагводоканал»",
    "впервые ищущий работу",
)
_RU_REASONS = (
    "п. 3 ч. 1 ст. 77 ТК РФ (по собственному желанию)",
    "п. 2 ч. 1 ст. 81 ТК РФ (сокращение штата)",
    "п. 2 ч. 1 ст. 77 ТК РФ (истечение срока договора)",
    "п. 1 ч. 1 ст. 81 ТК РФ (ликвидация)",
)
_RU_INSPECTORS = ("Абакарова З.М.", "Курбанов Р.Ш.", "Гасанова П.А.", "Омаров М.Г.")
# -- Belarus: large families of a district executive committee -------------------------------------
#: region letter of the identification number -> (home, passport series)
_BY_HOMES = {
    "A": ("224030, г. Брест, ул. Гоголя, д. 41, кв. 12", "AB"),
    "B": ("210026, г. Витебск, пр-т Фрунзе, д. 19, кв. 60", "BM"),
    "C": ("246050, г. Гомель, ул. Советская, д. 103, кв. 4", "HB"),
    "K": ("230025, г. Гродно, ул. Горького, д. 77", "KH"),
    "E": ("212030, г. Могилёв, ул. Первомайская, д. 24, кв. 9", "KB"),
    "M": ("223053, Минский р-н, аг. Боровляны, ул. 40 лет Победы, д. 5", "MC"),
    "H": ("220114, г. Минск, пр-т Независимости, д. 165, кв. 201", "MP"),
}
_BY_WORK = (
    "ОАО «Гомсельмаш», слесарь",
    "ГУО «Ясли-сад № 3», воспитатель",
    "отпуск по уходу за ребёнком до 3 лет",
    "РУП «Беларуснефть», оператор",
    "не работает",
)
_BY_NOTES = ("Семья признана нуждающейся", "Продлено", "Первичная выдача", "Ребёнок-инвалид")
# -- Kazakhstan: a public service centre's driving test list ---------------------------------------
_KZ_HOMES = (
    "г. Астана, район Есиль, ул. Сыганак, д. 18, кв. 45",
    "г. Астана, район Алматы, пр. Абылай хана, д. 5/1, кв. 112",
    "г. Астана, район Сарыарка, ул. Бейбітшілік, д. 33, кв. 8",
    "Ақмола обл., Целиноград ауданы, а. Қосшы, ул. Республики, д. 14",
    "г. Астана, район Байконур, ул. Кенесары, д. 70, кв. 3",
)
_KZ_CATS = ("B", "B", "B, C1", "A1, B", "C, CE", "B")
_KZ_SCHOOLS = ("ТОО «Автошкола Жол-Астана»", "ТОО «Автомектеп Нұр»", "ЧУ «Профи-Драйв»")
_KZ_RESULTS = ("Сдал / Тапсырды", "Сдал / Тапсырды", "Не сдал / Тапсырмады", "Неявка / Келмеді")
_KZ_EXAMINERS = ("Тұрсынов Е.Қ.", "Мусина А.Б.", "Жаксылыков Н.С.", "Кенжебаев Д.А.")
# -- Uzbekistan: pilgrims of the Muslim Board ------------------------------------------------------
_UZ_HOMES = (
    ("Chilonzor tumani, Qatortol ko'chasi, 14-uy, 22-xonadon", "Toshkent shahri", "Qatortol"),
    ("Samarqand shahri, Registon ko'chasi, 7-uy", "Samarqand viloyati", "Registon"),
    ("Namangan shahri, Uychi ko'chasi, 31-uy", "Namangan viloyati", "Guliston"),
    ("Qarshi shahri, Nasaf ko'chasi, 5-uy, 9-xonadon", "Qashqadaryo viloyati", "Nasaf"),
    ("Urganch shahri, Al-Xorazmiy ko'chasi, 60-uy", "Xorazm viloyati", "Bog'bon"),
)
_UZ_KIND = ("Haj", "Umra", "Umra", "Umra (Ramazon)")
_UZ_MEDICAL = ("Yaroqli", "Yaroqli", "Yaroqli", "Qo'shimcha tekshiruv", "Yaroqsiz")
_UZ_LEADERS = ("Abdullayev Nodir", "Tursunov Anvar", "Karimova Mastura", "Ergashev Ravshan")
# -- Kyrgyzstan: an ayil okmotu's land plot queue --------------------------------------------------
_KG_HOMES = (
    ("Чүй облусу, Аламүдүн району, Лебединовка а., Советская к., 44", "Лебединовка"),
    ("Чүй облусу, Аламүдүн району, Ак-Жол а., Манас к., 12", "Ак-Жол"),
    ("Чүй облусу, Аламүдүн району, Тёплый Ключ а., Мира к., 3", "Тёплый Ключ"),
    ("Чүй облусу, Аламүдүн району, Көк-Жар а., Жибек Жолу к., 118", "Көк-Жар"),
)
_KG_STATES = ("Кезекте", "Кезекте", "Жер берилди", "Кезекте", "Документтер толукталууда")


# -- Vietnam --------------------------------------------------------------------------------------
def _at_age(p: Person, years: int) -> date:
    return _shift_date(p.birth, years)


def _pharm_grad(p: Person) -> int:
    return p.birth.year + 22 + int(p.bhxh[-3]) % 3


def _cert_until(p: Person) -> datetime:
    return datetime.combine(_shift_date(p.other_date, 3), datetime.min.time())


# -- Russia ---------------------------------------------------------------------------------------
def _ru_passport_issued(p: Person) -> date:
    """The current passport is changed at 20 and 45 (first issued at 14)."""
    for age in (45, 20, 14):
        issued = _at_age(p, age) + timedelta(days=3 + int(p.bhxh[-2:]) % 40)
        if issued <= date(2025, 6, 1):
            return issued
    return _at_age(p, 14)


def _ru_passport(p: Person) -> str:
    """Series: the region's code (82, Dagestan) and the year of issue's two digits, then six."""
    return f"82 {_ru_passport_issued(p):%y} {p.bhxh[-6:]}"


def _ru_benefit(p: Person) -> str:
    """The unemployment benefit: between the 2025 minimum and maximum, in roubles."""
    return f"{1_696 + int(p.bhxh[-5:]) % 11_240:,}".replace(",", " ") + ",00"


# -- Belarus --------------------------------------------------------------------------------------
def _by_home(p: Person) -> tuple[str, str]:
    return _BY_HOMES.get(_by_id(p)[7], _BY_HOMES["H"])


def _by_full(p: Person) -> str:
    patr = _BY_PATR[int(p.bhxh) // 7 % len(_BY_PATR)][0 if p.male else 1]
    return f"{_by_family(p)} {_by_sex(p, _BY_GIVEN_M, _BY_GIVEN_F, 2)} {patr}"


def _by_spouse(p: Person) -> str:
    """The spouse: the same family name in the other sex's form, and an initial."""
    family = _BY_FAMILY[int(p.bhxh) // 3 % len(_BY_FAMILY)][1 if p.male else 0]
    return f"{family} {_pick(p, _BY_GIVEN_F if p.male else _BY_GIVEN_M, 5)}"


# -- Uzbekistan -----------------------------------------------------------------------------------
def _uz_full(p: Person) -> str:
    family = _pick(p, _UZ_FAMILY, 2) + ("" if p.male else "a")
    given = _by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1)
    son = "o'g'li" if p.male else "qizi"
    return f"{family} {given} {_pick(p, _UZ_GIVEN_M, 4)} {son}"


def _uz_home(p: Person) -> tuple[str, str, str]:
    return _UZ_HOMES[int(p.bhxh) // 13 % len(_UZ_HOMES)]


# -- Kyrgyzstan -----------------------------------------------------------------------------------
def _kg_full(p: Person) -> str:
    family = _pick(p, _KG_FAMILY, 2) + ("" if p.male else "а")
    given = _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 1)
    father = _pick(p, _KG_FATHERS, 3)
    if int(p.bhxh) % 3 == 0:
        return f"{family} {given} {father} {'уулу' if p.male else 'кызы'}"
    return f"{family} {given} {father}{'ович' if p.male else 'овна'}"


def _kg_home(p: Person) -> tuple[str, str]:
    return _KG_HOMES[int(p.bhxh) // 17 % len(_KG_HOMES)]


WRITERS_BLIND120: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: drones
    "drone_model120": lambda p, c: _pick(p, _VN_DRONES, 2),
    "drone_serial120": lambda p, c: f"1581F{p.bhxh[1:4]}C{p.bhxh[4:10]}",
    "drone_weight120": lambda p, c: _pick(p, ("0,249", "0,895", "0,720", "50,0", "0,249"), 2),
    "drone_purpose120": lambda p, c: _pick(p, _VN_DRONE_PURPOSE, 3),
    "drone_area120": lambda p, c: _pick(p, _VN_DRONE_AREA, 4),
    "drone_cert120": lambda p, c: f"{_num(p, 400)}/ĐK-BCHQS",
    "drone_officer120": lambda p, c: f"Thiếu tá {_other_vn(p, 5, True)}",
    # Vietnam: lifeguards
    "beach_post120": lambda p, c: f"Chốt số {_num(p, 24)}",
    "beach120": lambda p, c: f"Bãi tắm {_pick(p, _VN_BEACHES, 3)}",
    "shift120": lambda p, c: _pick(p, _VN_SHIFTS, 4),
    "lifeguard_cert120": lambda p, c: f"CH-{p.other_date:%Y}-{p.bhxh[-4:]}",
    "cert_until120": lambda p, c: f"{_cert_until(p):%d.%m.%Y}",
    "swim_time120": lambda p, c: f"{6 + int(p.bhxh[-2]) % 4}'{10 + int(p.bhxh[-1]) * 5:02d}",
    "lg_contact120": lambda p, c: _other_vn(p, 7),
    "lg_contact_phone120": lambda p, c: _other_phone(p, "090"),
    "lg_note120": lambda p, c: _note(p, _VN_LG_NOTES),
    # Vietnam: pharmacists
    "pharm_degree120": lambda p, c: _pick(p, _VN_PHARM_DEGREE, 2),
    "pharm_school120": lambda p, c: _pick(p, _VN_PHARM_SCHOOLS, 3),
    "pharm_grad120": lambda p, c: _pharm_grad(p),
    "pharm_scope120": lambda p, c: _pick(p, _VN_PHARM_SCOPE, 4),
    "pharm_cert120": lambda p, c: f"{_num(p, 9000):04d}/CCHND-SYT-HCM",
    "pharm_practice120": lambda p, c: _pick(p, _VN_PHARMACIES, 5),
    "pharm_form120": lambda p, c: _pick(p, _VN_PHARM_FORM, 6),
    # Vietnam: lawyers
    "lawyer_cchn120": lambda p, c: f"{_num(p, 20000)}/TP/LS-CCHN",
    "lawyer_card120": lambda p, c: f"{_num(p, 15000):05d}/LS",
    "law_firm120": lambda p, c: _VN_LAW_FIRMS[int(p.bhxh) // 3 % len(_VN_LAW_FIRMS)][0],
    "law_firm_addr120": lambda p, c: _VN_LAW_FIRMS[int(p.bhxh) // 3 % len(_VN_LAW_FIRMS)][1],
    "lawyer_status120": lambda p, c: _pick(p, _VN_LAWYER_STATUS, 4),
    # Russia: employment centre
    "ru_family120": lambda p, c: _ru_name(p)[0],
    "ru_given120": lambda p, c: _ru_name(p)[1],
    "ru_patr120": lambda p, c: _ru_name(p)[2],
    "sex_ru120": lambda p, c: "М" if p.male else "Ж",
    "snils120": lambda p, c: _snils(p),
    "inn120": lambda p, c: _inn(p),
    "ru_passport120": lambda p, c: _ru_passport(p),
    "ru_pass_date120": lambda p, c: f"{_ru_passport_issued(p):%d.%m.%Y}",
    "ru_addr120": lambda p, c: _pick(p, _RU_HOMES, 3),
    "ru_phone120": lambda p, c: f"+7 (9{p.phone[1:3]}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:]}",
    "ru_lastjob120": lambda p, c: _pick(p, _RU_LAST_JOBS, 4),
    "ru_reason120": lambda p, c: _pick(p, _RU_REASONS, 5),
    "ru_benefit120": lambda p, c: _ru_benefit(p),
    "ru_inspector120": lambda p, c: _pick(p, _RU_INSPECTORS, 6),
    # Belarus: large families
    "by_full120": lambda p, c: _by_full(p),
    "by_idn120": lambda p, c: _by_id(p),
    "by_pass120": lambda p, c: f"{_by_home(p)[1]}{p.bhxh[2:9]}",
    "by_addr120": lambda p, c: _by_home(p)[0],
    "by_phone120": lambda p, c: (
        f"+375 ({_pick(p, ('29', '33', '44', '25'), 3)}) {p.phone[3:6]}-{p.phone[6:8]}"
        f"-{p.phone[8:]}"
    ),
    "by_work120": lambda p, c: _pick(p, _BY_WORK, 4),
    "by_spouse120": lambda p, c: _by_spouse(p),
    "by_kids120": lambda p, c: 3 + int(p.bhxh[-3]) % 3,
    "by_cert120": lambda p, c: f"№ {_num(p, 3000)}",
    "by_until120": lambda p, c: f"{_shift_date(p.other_date, 5):%d.%m.%Y}",
    "by_note120": lambda p, c: _note(p, _BY_NOTES),
    # Kazakhstan: driving tests
    "iin120": lambda p, c: _iin(p),
    "kz_full120": lambda p, c: (
        f"{_kz_family(p)} {_by_sex(p, _KZ_GIVEN_M, _KZ_GIVEN_F, 1)} {_kz_patronymic(p)}"
    ),
    "sex_kz120": lambda p, c: "Ер / М" if p.male else "Әйел / Ж",
    "kz_addr120": lambda p, c: _pick(p, _KZ_HOMES, 3),
    "kz_phone120": lambda p, c: (
        f"+7 {_pick(p, ('701', '707', '747', '775', '777'), 4)} {p.phone[3:6]} {p.phone[6:]}"
    ),
    "kz_cat120": lambda p, c: _pick(p, _KZ_CATS, 5),
    "kz_school120": lambda p, c: _pick(p, _KZ_SCHOOLS, 6),
    "kz_school_cert120": lambda p, c: f"АШ-{p.bhxh[-6:]}",
    "kz_med120": lambda p, c: f"083/у-{p.bhxh[2:7]}",
    "kz_theory120": lambda p, c: f"{30 + int(p.bhxh[-2]) % 11}/40",
    "kz_practice120": lambda p, c: _pick(p, _KZ_RESULTS, 7),
    "kz_examiner120": lambda p, c: _pick(p, _KZ_EXAMINERS, 8),
    # Uzbekistan: pilgrims
    "pinfl120": lambda p, c: _pinfl(p),
    "uz_full120": lambda p, c: _uz_full(p),
    "sex_uz120": lambda p, c: "Erkak" if p.male else "Ayol",
    "uz_pass120": lambda p, c: f"{_pick(p, ('FA', 'FK', 'AD'), 3)}{p.bhxh[3:10]}",
    "uz_pass_until120": lambda p, c: f"{_shift_date(p.other_date, 10):%d.%m.%Y}",
    "uz_addr120": lambda p, c: f"{_uz_home(p)[1]}, {_uz_home(p)[0]}",
    "uz_region120": lambda p, c: _uz_home(p)[1],
    "uz_mahalla120": lambda p, c: f"{_uz_home(p)[2]} MFY",
    "uz_phone120": lambda p, c: (
        f"+998 {_pick(p, ('90', '91', '93', '94', '97', '99'), 4)} {p.phone[3:6]}"
        f" {p.phone[6:8]} {p.phone[8:]}"
    ),
    "uz_kind120": lambda p, c: _pick(p, _UZ_KIND, 5),
    "uz_mahram120": lambda p, c: (
        "" if p.male else f"{_pick(p, _UZ_FAMILY, 2)} {_pick(p, _UZ_GIVEN_M, 6)} (turmush o'rtog'i)"
    ),
    "uz_queue120": lambda p, c: f"{p.other_date:%Y}-{_num(p, 5000):04d}",
    "uz_medical120": lambda p, c: _pick(p, _UZ_MEDICAL, 7),
    "uz_paid120": lambda p, c: f"{_pick(p, ('84 500 000', '31 900 000', '33 400 000'), 5)}",
    "uz_leader120": lambda p, c: _pick(p, _UZ_LEADERS, 8),
    # Kyrgyzstan: land plot queue
    "pin120": lambda p, c: _pin_kg(p),
    "kg_full120": lambda p, c: _kg_full(p),
    "sex_kg120": lambda p, c: "Эркек" if p.male else "Аял",
    "kg_pass120": lambda p, c: f"{_pick(p, ('ID', 'ID', 'AN'), 3)}{p.bhxh[2:9]}",
    "kg_addr120": lambda p, c: _kg_home(p)[0],
    "kg_village120": lambda p, c: _kg_home(p)[1],
    "kg_phone120": lambda p, c: (
        f"0{_pick(p, ('555', '700', '772', '505', '550'), 4)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:]}"
    ),
    "kg_queue120": lambda p, c: _num(p, 2400),
    "kg_members120": lambda p, c: 2 + int(p.bhxh[-2]) % 6,
    "kg_area120": lambda p, c: _pick(p, ("6", "8", "10", "6"), 5),
    "kg_decision120": lambda p, c: f"№ {_num(p, 90)}-т",
    "kg_state120": lambda p, c: _pick(p, _KG_STATES, 6),
}
