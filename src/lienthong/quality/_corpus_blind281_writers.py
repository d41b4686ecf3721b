"""How the people of the two-hundred-and-eighty-first part of the outside corpus (**blind 281**,
:mod:`lienthong.quality._corpus_blind281`) are written: four Vietnamese files' own columns (cocoa
beans sold to a cooperative, private ambulance crews, motorbike rental shops, disused wells to be
plugged) and the names, places, phones and numbers of Russia's European north in the forms the
registers of the Komi Republic, Karelia, the Nenets okrug, Murmansk oblast and Arkhangelsk oblast
show: the СНИЛС and the ИНН with their checks, the ОМС policy with its Luhn digit, the passport
whose series begins with the region's code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind53_writers import _snils
from lienthong.quality._corpus_blind173_writers import _passport, _ru_mobile
from lienthong.quality._corpus_blind239_writers import _fam, _home, _inn_ru, _issuer, _oms, _patr

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: cocoa growers selling fermented beans to a Dak Lak cooperative -----------------------
_CC_CLERK = ("Y Blô Niê", "Nguyễn Thị Hạnh", "H'Hen Êban", "Trần Văn Khánh")
# -- Vietnam: private ambulance crews registered with the 115 emergency centre --------------------
_AMB_FIRM = (
    "Cty TNHH Vận chuyển cấp cứu Bình An",
    "Cty CP Xe cứu thương Sài Gòn 24h",
    "Hộ KD Xe cấp cứu Phúc Khang",
    "Cty TNHH DV Y tế Thành Tâm",
)
_AMB_ROLE = ("Lái xe", "Lái xe", "Điều dưỡng", "Y sĩ đi xe", "Bác sĩ đi xe")
_AMB_LICENCE = ("B2", "C", "D", "B2", "C")
_AMB_CERT = ("Có (BV Chợ Rẫy)", "Có (TT 115)", "Chưa có", "Có (Hội CTĐ)")
# -- Vietnam: motorbike rental shops for tourists, Ha Giang city police ---------------------------
_RENT_SHOP = (
    "So 12 Nguyen Thai Hoc, P. Nguyen Trai",
    "To 5, P. Quang Trung",
    "Duong 20/8, P. Tran Phu",
    "Thon Lam Dong, xa Phuong Thien",
)
_RENT_RESULT = ("Dat", "Dat", "Nhac nho bo sung so theo doi", "Chua dat - thieu mu bao hiem")
_RENT_OFFICER = ("Dai uy Hoang Van Tuan", "Thuong uy Ly Thi Mai", "Trung uy Giang A Sinh")
# -- Vietnam: disused wells to be plugged --------------------------------------------------------
_WELL_SPOT = ("Trong sân nhà", "Sau bếp", "Dưới gầm cầu thang", "Trong nhà vệ sinh", "Ngoài hẻm")
_WELL_REASON = (
    "Đã có nước máy",
    "Giếng hư, không sử dụng",
    "Nước nhiễm phèn, mặn",
    "Xây dựng lại nhà",
)
_WELL_FIRM = ("Cty TNHH Địa chất Nam Bộ", "Liên đoàn QH&ĐT TNN miền Nam", "Cty CP Khoan Hưng Phát")

# -- Komi Republic: Far North resettlement housing subsidy queue (Vorkuta, Inta) -------------------
_KV_FAMILY = ("Попов", "Канев", "Игушев", "Габов", "Рочев", "Чупров", "Ветошкин", "Терентьев")
_KV_GIVEN_M = ("Александр", "Николай", "Виктор", "Михаил", "Василий", "Евгений")
_KV_GIVEN_F = ("Валентина", "Людмила", "Тамара", "Нина", "Ольга", "Елена")
_KV_PATR = ("Иванович", "Семенович", "Алексеевич", "Федорович", "Петрович", "Артемьевич")
_KV_HOMES = (
    "169900, Республика Коми, г. Воркута, ул. Ленина, д. {n}, кв. {k}",
    "169908, Республика Коми, г. Воркута, пгт Заполярный, ул. Шахтёрская, д. {n}, кв. {k}",
    "169840, Республика Коми, г. Инта, ул. Мира, д. {n}, кв. {k}",
    "169600, Республика Коми, г. Печора, Печорский пр-т, д. {n}, кв. {k}",
    "169480, Республика Коми, Ижемский р-н, с. Ижма, ул. Советская, д. {n}",
)
_KV_CAT = ("пенсионер", "инвалид I, II гр.", "работающий", "безработный", "пенсионер")
_KV_DEST = ("г. Сыктывкар", "г. Киров", "г. Вологда", "Краснодарский край", "г. Белгород")

# -- Karelia: amateur salmon fishing permits on the Kem river --------------------------------------
_KA_FAMILY = ("Лесонен", "Калинин", "Мяккиев", "Хилтунен", "Ремшуев", "Ершов", "Гаврилов")
_KA_GIVEN_M = ("Юрий", "Вейкко", "Андрей", "Тойво", "Сергей", "Эйно")
_KA_GIVEN_F = ("Айно", "Татьяна", "Хельми", "Ирина", "Анна", "Марина")
_KA_PATR = ("Иванович", "Матвеевич", "Эйнович", "Петрович", "Тойвович", "Васильевич")
_KA_HOMES = (
    "186610, Республика Карелия, г. Кемь, ул. Вицупа, д. {n}, кв. {k}",
    "185035, Республика Карелия, г. Петрозаводск, пр. Ленина, д. {n}, кв. {k}",
    "186650, Республика Карелия, Кемский р-н, п. Рабочеостровск, ул. Приморская, д. {n}",
    "186930, Республика Карелия, г. Костомукша, ул. Мира, д. {n}, кв. {k}",
    "186130, Республика Карелия, Пряжинский р-н, пгт Пряжа, ул. Советская, д. {n}",
)
_KA_STRETCH = (
    "Kemijoki, Подужемье / Podužemje",
    "Kemijoki, Панозеро",
    "р. Кемь, уч. № 2 (Поньгома)",
    "р. Кемь, ниже ГЭС",
)
_KA_CATCH = ("0", "1 шт. / 4,2 кг", "2 шт. / 7,8 кг", "0 (отпущен)", "1 шт. / 3,1 кг")

# -- Nenets okrug: early voting of reindeer herders' nomadic brigades ------------------------------
_NE_FAMILY = ("Ардеев", "Вылка", "Ледков", "Канюков", "Хатанзейский", "Талеев", "Явтысый")
_NE_GIVEN_M = ("Илья", "Григорий", "Андрей", "Прокопий", "Иван", "Семён")
_NE_GIVEN_F = ("Анастасия", "Мария", "Евдокия", "Надежда", "Татьяна", "Ульяна")
_NE_PATR = ("Ильич", "Григорьевич", "Васильевич", "Прокопьевич", "Семёнович", "Николаевич")
_NE_HOMES = (
    "166700, Ненецкий АО, Заполярный р-н, с. Нельмин-Нос, ул. Школьная, д. {n}",
    "166740, Ненецкий АО, Заполярный р-н, п. Каратайка, ул. Центральная, д. {n}",
    "166000, Ненецкий АО, г. Нарьян-Мар, ул. Смидовича, д. {n}, кв. {k}",
    "166742, Ненецкий АО, Заполярный р-н, п. Амдерма, ул. Полярная, д. {n}",
    "166715, Ненецкий АО, Заполярный р-н, с. Индига, ул. Морская, д. {n}",
)
_NE_BRIGADE = (
    'СПК "Ерв", бригада N3',
    'СПК "Путь Ильича", бригада N5',
    'СПК "Дружба народов", бригада N1',
    'Община "Ямб-То", частное стадо',
    'СПК "Канинский", бригада N2',
)
_NE_CAMP = ("р. Нерута", "оз. Урдюжское", "р. Море-Ю", "р. Коротаиха", "п-ов Канин, р. Шойна")
_NE_MEMBER = ("Чупрова Е. А.", "Безумова Н. В.", "Ардеева Л. П.", "Тайбарей С. И.")
_NE_MARK = ("проголосовал", "проголосовал", "проголосовал", "отказ", "нет на стойбище")

# -- Murmansk oblast: Lovozero (Луяввьр) reindeer sledge races at the Festival of the North --------
_MU_FAMILY = ("Данилов", "Галкин", "Юрьев", "Матрёхин", "Коньков", "Шаршин", "Архипов")
_MU_GIVEN_M = ("Александр", "Валерий", "Андрей", "Пётр", "Анатолий", "Владимир")
_MU_GIVEN_F = ("Нина", "Елена", "Любовь", "Анна", "Александра", "Валентина")
_MU_PATR = ("Алексеевич", "Петрович", "Фёдорович", "Ефимович", "Степанович", "Андреевич")
_MU_HOMES = (
    "184580, Мурманская обл., с. Ловозеро, ул. Вокуева, д. {n}, кв. {k}",
    "184592, Мурманская обл., Ловозерский р-н, с. Краснощелье, ул. Северная, д. {n}",
    "184580, Мурманская обл., с. Ловозеро, ул. Пионерская, д. {n}",
    "184592, Мурманская обл., Ловозерский р-н, с. Каневка, д. {n}",
    "183038, г. Мурманск, пр-т Ленина, д. {n}, кв. {k}",
)
_MU_TEAM = ("СХПК «Тундра», бригада № 8", "Община «Кильдин»", "Община «Ловозерский олень»", "ЛПХ")
_MU_CLASS_M = ("мужчины, 3 км", "мужчины, 12 км", "ветераны, 3 км")
_MU_CLASS_F = ("женщины, 1,5 км", "женщины, 3 км")

# -- Arkhangelsk oblast: regional drug benefit register, Kholmogory district hospital ------------
_AR_FAMILY = ("Шелепанов", "Поздеев", "Коковин", "Кузнецов", "Ломоносов", "Шадрин", "Ружников")
_AR_GIVEN_M = ("Геннадий", "Валентин", "Николай", "Юрий", "Владимир", "Анатолий")
_AR_GIVEN_F = ("Галина", "Антонина", "Зинаида", "Валентина", "Светлана", "Раиса")
_AR_PATR = ("Степанович", "Александрович", "Фёдорович", "Дмитриевич", "Павлович", "Егорович")
_AR_HOMES = (
    "164530, Архангельская обл., Холмогорский р-н, с. Холмогоры, ул. Октябрьская, д. {n}",
    "164562, Архангельская обл., Холмогорский р-н, с. Ломоносово, ул. Ломоносова, д. {n}",
    "164520, Архангельская обл., Холмогорский р-н, п. Луковецкий, ул. Заводская, д. {n}",
    "164500, Архангельская обл., г. Северодвинск, ул. Ломоносова, д. {n}, кв. {k}",
    "163000, г. Архангельск, наб. Северной Двины, д. {n}, кв. {k}",
)
_AR_CODE = ("Р1 (ветеран труда)", "Р3 (сахарный диабет)", "Р5 (БСК)", "Р2 (труженик тыла)")
_AR_ICD = ("E11.9", "I11.9", "I25.1", "J45.0", "E10.9", "G40.2")
_AR_DRUG = ("Метформин 1000 мг", "Инсулин гларгин", "Бисопролол 5 мг", "Будесонид", "Аторвастатин")
_AR_DOCTOR = ("Кузьмина Т. В.", "Поповский А. Н.", "Мезенцева О. Г.", "Порошин Д. С.")


def _ru_full(p: Person, family: _T, males: _T, females: _T, patr: _T) -> str:
    return f"{_fam(p, family)} {_by_sex(p, males, females, 3)} {_patr(p, patr, 5)}"


def _rub(value: int) -> str:
    return f"{value:,}".replace(",", " ") + ",00"


_Writer = Callable[["Person", "Col"], object]

WRITERS_BLIND281: dict[str, _Writer] = {
    # cocoa beans
    "cc_area281": lambda p, c: f"{_num(p, 30) / 10:.1f}".replace(".", ","),
    "cc_trees281": lambda p, c: str(100 + _num(p, 900)),
    "cc_kg281": lambda p, c: f"{(5 + _num(p, 200)) * 5:,}".replace(",", "."),
    "cc_ferm281": lambda p, c: f"{_pick(p, ('75', '80', '85', '90', '70'), 2)}%",
    "cc_price281": lambda p, c: f"{_pick(p, ('210.000', '225.000', '240.000', '195.000'), 3)}",
    "cc_ticket281": lambda p, c: f"PC-{p.other_date:%y%m}-{_num(p, 999):03d}",
    "cc_clerk281": lambda p, c: _pick(p, _CC_CLERK, 4),
    # ambulance crews
    "amb_firm281": lambda p, c: _pick(p, _AMB_FIRM, 1),
    "amb_role281": lambda p, c: _pick(p, _AMB_ROLE, 2),
    "amb_plate281": lambda p, c: (
        f"51{_pick(p, ('B', 'D', 'F', 'C'), 3)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "amb_licence281": lambda p, c: _pick(p, _AMB_LICENCE, 2),
    "amb_cert281": lambda p, c: _pick(p, _AMB_CERT, 4),
    # motorbike rental shops
    "rent_shop281": lambda p, c: _pick(p, _RENT_SHOP, 1),
    "rent_bikes281": lambda p, c: str(3 + _num(p, 40)),
    "rent_price281": lambda p, c: f"{_pick(p, ('150.000', '200.000', '250.000', '350.000'), 2)}",
    "rent_gpkd281": lambda p, c: f"10A800{p.bhxh[-4:]}",
    "rent_result281": lambda p, c: _pick(p, _RENT_RESULT, 3),
    "rent_officer281": lambda p, c: _pick(p, _RENT_OFFICER, 4),
    # wells to be plugged
    "well_spot281": lambda p, c: _pick(p, _WELL_SPOT, 1),
    "well_depth281": lambda p, c: str(_pick(p, ("18", "24", "36", "45", "60", "120"), 2)),
    "well_dia281": lambda p, c: _pick(p, ("49", "60", "90", "114"), 3),
    "well_year281": lambda p, c: str(1990 + _num(p, 25)),
    "well_reason281": lambda p, c: _pick(p, _WELL_REASON, 4),
    "well_firm281": lambda p, c: _pick(p, _WELL_FIRM, 5),
    "well_neighbour281": lambda p, c: _other_vn(p, 6),
    # Komi: resettlement housing subsidy queue
    "kv_name281": lambda p, c: _ru_full(p, _KV_FAMILY, _KV_GIVEN_M, _KV_GIVEN_F, _KV_PATR),
    "kv_snils281": lambda p, c: _snils(p),
    "kv_inn281": lambda p, c: _inn_ru(p, "11"),
    "kv_pass281": lambda p, c: _passport(p, "87"),
    "kv_addr281": lambda p, c: _home(p, _KV_HOMES),
    "kv_phone281": lambda p, c: _ru_mobile(p, "(9" + p.bhxh[2:4] + ") ", "8 "),
    "kv_cat281": lambda p, c: _pick(p, _KV_CAT, 6),
    "kv_years281": lambda p, c: str(15 + _num(p, 30)),
    "kv_family281": lambda p, c: str(_num(p, 5)),
    "kv_dest281": lambda p, c: _pick(p, _KV_DEST, 7),
    "kv_queue281": lambda p, c: f"{_num(p, 4000)}",
    # Karelia: salmon fishing permits
    "ka_family281": lambda p, c: _fam(p, _KA_FAMILY),
    "ka_given281": lambda p, c: _by_sex(p, _KA_GIVEN_M, _KA_GIVEN_F, 3),
    "ka_patr281": lambda p, c: _patr(p, _KA_PATR, 5),
    "ka_pass281": lambda p, c: _passport(p, "86"),
    "ka_addr281": lambda p, c: _home(p, _KA_HOMES),
    "ka_phone281": lambda p, c: _ru_mobile(p, "(921) ", "+7 "),
    "ka_permit281": lambda p, c: f"K-{p.other_date:%Y}/{_num(p, 900):04d}",
    "ka_stretch281": lambda p, c: _pick(p, _KA_STRETCH, 6),
    "ka_days281": lambda p, c: str(_pick(p, ("1", "3", "5", "7"), 7)),
    "ka_price281": lambda p, c: _rub((1 + _num(p, 6)) * 3_500),
    "ka_catch281": lambda p, c: _pick(p, _KA_CATCH, 8),
    # Nenets okrug: early voting in the tundra
    "ne_name281": lambda p, c: _ru_full(p, _NE_FAMILY, _NE_GIVEN_M, _NE_GIVEN_F, _NE_PATR),
    "ne_pass281": lambda p, c: _passport(p, "11"),
    "ne_addr281": lambda p, c: _home(p, _NE_HOMES),
    "ne_brigade281": lambda p, c: _pick(p, _NE_BRIGADE, 6),
    "ne_camp281": lambda p, c: _pick(p, _NE_CAMP, 7),
    "ne_coord281": lambda p, c: (
        f"{67 + _num(p, 2)}°{_num(p, 59):02d}' с.ш., {44 + _num(p, 14)}°{_num(p, 29):02d}' в.д."
    ),
    "ne_phone281": lambda p, c: _ru_mobile(p, "911 ", "8 "),
    "ne_sat281": lambda p, c: f"+8816 {p.bhxh[:4]} {p.bhxh[4:8]}",
    "ne_member281": lambda p, c: _pick(p, _NE_MEMBER, 8),
    "ne_mark281": lambda p, c: _pick(p, _NE_MARK, 9),
    # Murmansk: reindeer sledge races
    "mu_bib281": lambda p, c: str(_num(p, 80)),
    "mu_name281": lambda p, c: _ru_full(p, _MU_FAMILY, _MU_GIVEN_M, _MU_GIVEN_F, _MU_PATR),
    "mu_pass281": lambda p, c: _passport(p, "47"),
    "mu_issuer281": lambda p, c: _issuer(p, "УМВД России по Мурманской обл."),
    "mu_addr281": lambda p, c: _home(p, _MU_HOMES),
    "mu_phone281": lambda p, c: _ru_mobile(p, "-9" + p.bhxh[3:5] + "-", "8"),
    "mu_team281": lambda p, c: _pick(p, _MU_TEAM, 6),
    "mu_class281": lambda p, c: _by_sex(p, _MU_CLASS_M, _MU_CLASS_F, 7),
    "mu_time281": lambda p, c: f"{_num(p, 20):02d}:{_num(p, 59):02d},{_num(p, 9)}",
    "mu_place281": lambda p, c: str(_num(p, 15)),
    # Arkhangelsk: drug benefit register
    "ar_name281": lambda p, c: _ru_full(p, _AR_FAMILY, _AR_GIVEN_M, _AR_GIVEN_F, _AR_PATR),
    "ar_sex281": lambda p, c: "М" if p.male else "Ж",
    "ar_snils281": lambda p, c: _snils(p).replace("-", "").replace(" ", ""),
    "ar_oms281": lambda p, c: _oms(p, "11"),
    "ar_inn281": lambda p, c: _inn_ru(p, "29"),
    "ar_pass281": lambda p, c: _passport(p, "11"),
    "ar_addr281": lambda p, c: _home(p, _AR_HOMES),
    "ar_phone281": lambda p, c: _ru_mobile(p, "(9" + p.bhxh[1:3] + ") ", "+7 "),
    "ar_code281": lambda p, c: _pick(p, _AR_CODE, 6),
    "ar_icd281": lambda p, c: _pick(p, _AR_ICD, 7),
    "ar_drug281": lambda p, c: _pick(p, _AR_DRUG, 8),
    "ar_rx281": lambda p, c: f"11{p.bhxh[-2:]} №{p.bhxh[:6]}",
    "ar_doctor281": lambda p, c: _pick(p, _AR_DOCTOR, 9),
    "ar_contact281": lambda p, c: f"8911{p.bhxh[::-1][:7]}",
}
