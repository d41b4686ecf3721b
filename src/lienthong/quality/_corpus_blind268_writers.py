"""How the people of the two-hundred-and-sixty-eighth part of the outside corpus (**blind 268**,
:mod:`lienthong.quality._corpus_blind268`) are written: four Vietnamese files' own columns (pupils
asking for their grade-10 entrance papers to be re-marked, relatives claiming a monthly survivor's
allowance, rural water and sanitation loans of the social policy bank, compulsory motorbike
liability insurance sold at a post office) and the Avar, Lezgin, Dargin, Chechen, Ingush, Ossetian,
Kabardian and Balkar names, places, phones and numbers in the forms the registers of the North
Caucasus republics show: the СНИЛС and the ИНН with their checks, the ОМС policy with its Luhn
digit, the passport whose series begins with the region's code."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind53_writers import _snils
from lienthong.quality._corpus_blind173_writers import _passport, _ru_mobile
from lienthong.quality._corpus_blind239_writers import (
    _fam,
    _home,
    _inn_ru,
    _oms,
    _patr,
    _ru_date,
    _vn_when,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _money(value: int, sep: str = ".") -> str:
    return f"{value:,}".replace(",", sep)


def _kin_snils(p: Person) -> str:
    """Another person's СНИЛС (a child's), with its own check digits."""
    return _snils(cast("Person", SimpleNamespace(bhxh=p.bhxh[::-1])))


# -- Vietnam ------------------------------------------------------------------------------------
_PK_THCS = (
    "THCS Nguyễn Du",
    "THCS Lê Quý Đôn",
    "THCS Trần Phú",
    "THCS Chu Văn An",
    "THCS Nguyễn Trãi",
    "THCS Phan Bội Châu",
)
_PK_HD = (
    "HĐ THPT Gia Định",
    "HĐ THPT Nguyễn Thượng Hiền",
    "HĐ THPT Trưng Vương",
    "HĐ THPT Bùi Thị Xuân",
)
_PK_MON = ("Ngữ văn", "Toán", "Tiếng Anh", "Ngữ văn, Toán", "Toán, Tiếng Anh")
_TT_REL = ("Vợ", "Chồng", "Con", "Mẹ đẻ", "Cha đẻ", "Con (dưới 18 tuổi)")
_TT_KIND = ("Tuất hàng tháng", "Tuất hàng tháng (nuôi dưỡng)", "Tuất một lần chuyển hàng tháng")
_TT_PAY = ("Tiền mặt tại bưu điện", "Chuyển khoản ATM", "Chuyển khoản ATM", "Ủy quyền")
_NS_THON = (
    "Thôn Đông, xã Tam Hưng, TP. Hà Nội",
    "Xóm 3, xã Nghĩa Đàn, tỉnh Nghệ An",
    "Thôn Phú Lộc, xã Điện Bàn Bắc, TP. Đà Nẵng",
    "Ấp Bình Thạnh, xã Châu Thành, tỉnh Đồng Tháp",
    "Bản Nà Phặc, xã Ngân Sơn, tỉnh Thái Nguyên",
)
_NS_PURPOSE = (
    "Xây nhà tiêu hợp vệ sinh",
    "Khoan giếng + bồn lọc",
    "Bể chứa nước mưa",
    "Nhà tắm + nhà tiêu",
    "Đấu nối nước máy",
)
_NS_HEAD = ("Nguyễn Thị Lành", "Trần Văn Ba", "Lê Thị Huệ", "Phạm Văn Khoa", "Hoàng Thị Mơ")
_BH_BIKE = ("Honda Wave Alpha", "Yamaha Sirius", "Honda Vision", "Honda Air Blade", "SYM Elegant")
_BH_SELLER = ("Đỗ Thị Hạnh (BĐVHX)", "Vũ Minh Tuấn", "Bùi Thị Ngân (ĐL 12)", "Lý Văn Lộc")

# -- Dagestan: hajj pilgrims -----------------------------------------------------------------------
_DG_FAMILY = ("Магомедов", "Гаджиев", "Абдулаев", "Рамазанов", "Омаров", "Курбанов", "Алиев")
_DG_GIVEN_M = ("Магомед", "Гаджимурад", "Шамиль", "Расул", "Абдулла", "Муртазали", "Нариман")
_DG_GIVEN_F = ("Патимат", "Хадижат", "Аминат", "Умукусум", "Зайнаб", "Мадина", "Сакинат")
_DG_PATR = ("Магомедович", "Гасанович", "Абдулаевич", "Курбанович", "Алиевич", "Шарипович")
_DG_HOMES = (
    "367000, Республика Дагестан, г. Махачкала, ул. Ярагского, д. {n}, кв. {k}",
    "368000, Республика Дагестан, г. Хасавюрт, ул. Датуева, д. {n}",
    "368600, Республика Дагестан, г. Дербент, ул. Ленина, д. {n}, кв. {k}",
    "368340, Республика Дагестан, Гунибский р-н, с. Гуниб, ул. Шамиля, д. {n}",
    "368730, Республика Дагестан, Ахтынский р-н, с. Ахты, ул. Гаджибекова, д. {n}",
    "368570, Республика Дагестан, Акушинский р-н, с. Акуша, д. {n}",
)
_DG_BIRTHPLACE = ("с. Ахты", "г. Буйнакск", "с. Гуниб", "с. Акуша", "г. Махачкала", "с. Чох")
_DG_GROUP = (
    "Группа 3, амир Исаев М.А.",
    "Группа 7, амир Гасанов Ш.М.",
    "Группа 12, амир Алиев Р.Г.",
)

# -- Chechnya: gas subscribers ---------------------------------------------------------------------
_CE_FAMILY = ("Исраилов", "Мусаев", "Хасанов", "Эльмурзаев", "Ахмадов", "Батукаев", "Межидов")
_CE_GIVEN_M = ("Магомед", "Зелимхан", "Хамзат", "Адам", "Ибрагим", "Мансур", "Умар")
_CE_GIVEN_F = ("Хеда", "Зарема", "Седа", "Малика", "Луиза", "Марьям", "Петимат")
_CE_PATR = ("Ахмедович", "Султанович", "Ибрагимович", "Хасанович", "Вахаевич", "Умарович")
_CE_TOWN = (
    "г. Гудермес",
    "г. Гудермес",
    "с. Ойсхар",
    "с. Кошкельды",
    "с. Энгель-Юрт",
    "с. Нойбера",
)
_CE_STREET = ("ул. Нагорная", "ул. Терская", "ул. А. Шерипова", "ул. Мира", "ул. Садовая")
_CE_EQUIP = ("ПГ-4, АОГВ", "ПГ-4", "ПГ-4, ВПГ", "ПГ-2, АОГВ, ВПГ")
_CE_METER = ("СГМН-1 G6", "ВК-G4", "Гранд-4", "BK-G6T")

# -- Ingushetia: allowance for a child -------------------------------------------------------------
_IN_FAMILY = ("Евлоев", "Мальсагов", "Оздоев", "Костоев", "Дзейтов", "Хамхоев", "Гагиев")
_IN_GIVEN_M = ("Ахмед", "Башир", "Муса", "Руслан", "Ибрагим", "Магомед", "Беслан")
_IN_GIVEN_F = ("Лейла", "Фатима", "Танзила", "Марем", "Хава", "Райшат", "Зарина")
_IN_PATR = ("Алиханович", "Магомедович", "Хасанович", "Исаевич", "Юсупович", "Увайсович")
_IN_BOYS = ("Ахмед", "Мухаммад", "Ислам", "Юсуп", "Абдуллах")
_IN_GIRLS = ("Амина", "Хадижа", "Асият", "Иман", "Марьям")
_IN_HOMES = (
    "386101, Республика Ингушетия, г. Назрань, ул. Муталиева, д. {n}",
    "386302, Республика Ингушетия, г. Малгобек, ул. Осканова, д. {n}",
    "386203, Республика Ингушетия, г. Сунжа, ул. Ленина, д. {n}, кв. {k}",
    "386001, Республика Ингушетия, г. Магас, ул. Нурадилова, д. {n}, кв. {k}",
    "386230, Республика Ингушетия, Сунженский р-н, с. Нестеровское, ул. Мира, д. {n}",
)
_IN_DECISION = ("Назначено", "Назначено", "Отказ (доход)", "На рассмотрении")

# -- North Ossetia-Alania: blood donors ------------------------------------------------------------
_OS_FAMILY = ("Гаглоев", "Цаголов", "Хетагуров", "Бестаев", "Кочиев", "Тедеев", "Дзагоев")
_OS_GIVEN_M = ("Алан", "Сослан", "Аслан", "Таймураз", "Казбек", "Артур", "Батраз")
_OS_GIVEN_F = ("Залина", "Мадина", "Алана", "Фатима", "Зарина", "Агунда", "Диана")
_OS_PATR = ("Таймуразович", "Казбекович", "Ахсарбекович", "Русланович", "Хасанович", "Батразович")
_OS_HOMES = (
    "362040, РСО-Алания, г. Владикавказ, ул. Кирова, д. {n}, кв. {k}",
    "362025, РСО-Алания, г. Владикавказ, пр-т Коста, д. {n}, кв. {k}",
    "363020, РСО-Алания, Правобережный р-н, г. Беслан, ул. Плиева, д. {n}",
    "363760, РСО-Алания, г. Моздок, ул. Кирова, д. {n}, кв. {k}",
    "363240, РСО-Алания, Алагирский р-н, г. Алагир, ул. Ленина, д. {n}",
)
_OS_BLOOD = ("O(I) Rh+", "A(II) Rh+", "B(III) Rh+", "AB(IV) Rh+", "O(I) Rh-", "A(II) Rh-")
_OS_KIND = ("Цельная кровь", "Цельная кровь", "Плазмаферез", "Тромбоцитаферез")
_OS_WORK = ("ГБОУ СОШ №5", "АО «Электроцинк»", "МВД по РСО-А", "СОГУ", "Не работает", "ИП")

# -- Kabardino-Balkaria: utility compensation of rural teachers ----------------------------------
_KB_FAMILY = ("Шогенов", "Карданов", "Хамгоков", "Тхагапсоев", "Этезов", "Кулиев", "Моттаев")
_KB_GIVEN_M = ("Мурат", "Аслан", "Руслан", "Азамат", "Хасан", "Алим", "Кантемир")
_KB_GIVEN_F = ("Марина", "Залина", "Фатимат", "Жанна", "Асият", "Лиана", "Мадина")
_KB_PATR = ("Хасанович", "Мухамедович", "Хаджимуратович", "Асланбекович", "Исмаилович")
_KB_HOMES = (
    "361000, КБР, Баксанский р-н, с. Кишпек, ул. Ленина, д. {n}",
    "361600, КБР, Эльбрусский р-н, г. Тырныауз, пр-т Эльбрусский, д. {n}, кв. {k}",
    "361700, КБР, Чегемский р-н, с. Хушто-Сырт, ул. Школьная, д. {n}",
    "361330, КБР, Урванский р-н, с. Псыгансу, ул. Кабардинская, д. {n}",
    "361800, КБР, Черекский р-н, с. Кашхатау, ул. Мечиева, д. {n}",
)
_KB_SCHOOL = (
    "МКОУ «СОШ с. Кишпек»",
    "МОУ «СОШ №1» г.п. Тырныауз",
    "МКОУ «СОШ с. Хушто-Сырт»",
    "МКОУ «СОШ №2 с. Псыгансу»",
    "МКОУ «СОШ им. Кязима Мечиева»",
)
_KB_POST = ("Учитель", "Учитель", "Воспитатель", "Педагог-психолог", "Заместитель директора")


def _dg_name(p: Person) -> str:
    """The pilgrim's mahram: a man of her family (a husband, a brother, a son)."""
    return f"{_pick(p, _DG_FAMILY, 6)} {_pick(p, _DG_GIVEN_M, 7)} {_pick(p, _DG_PATR, 8)}"


def _ce_name(p: Person) -> str:
    return (
        f"{_fam(p, _CE_FAMILY)} {_by_sex(p, _CE_GIVEN_M, _CE_GIVEN_F, 3)} {_patr(p, _CE_PATR, 5)}"
    )


def _in_child(p: Person) -> str:
    """The child, with the father's family name (in its feminine form for a girl)."""
    boy = int(p.bhxh[-3:]) % 2 == 0
    family = _pick(p, _IN_FAMILY, 8) + ("" if boy else "а")
    return f"{family} {_pick(p, _IN_BOYS if boy else _IN_GIRLS, 9)}"


def _child_birth(p: Person) -> str:
    d = p.other_date
    return f"{_safe_day(d.year - 3 - _num(p, 4), d.month, d.day):%d.%m.%Y}"


WRITERS_BLIND268: dict[str, Callable[[Person, Col], object]] = {
    # re-marking of grade-10 entrance papers
    "sbd268": lambda p, c: f"{p.bhxh[2:8]}",
    "thcs268": lambda p, c: _pick(p, _PK_THCS, 1),
    "hdthi268": lambda p, c: _pick(p, _PK_HD, 2),
    "mon268": lambda p, c: _pick(p, _PK_MON, 3),
    "diem_truoc268": lambda p, c: f"{_num(p, 36) * 0.25:.2f}".replace(".", ","),
    "diem_sau268": lambda p, c: f"{(_num(p, 36) + _num(p, 3) - 1) * 0.25:.2f}".replace(".", ","),
    "parent268": lambda p, c: _other_vn(p, 2, family=p.family),
    "pphone268": lambda p, c: _other_phone(p),
    # survivor's allowance
    "rel268": lambda p, c: _pick(p, _TT_REL, 1),
    "dead268": lambda p, c: _other_vn(p, 4),
    "dead_bhxh268": lambda p, c: p.bhxh[::-1],
    "tuat_kind268": lambda p, c: _pick(p, _TT_KIND, 2),
    "tuat_amt268": lambda p, c: _money((1_053 + _num(p, 600)) * 1000),
    "tuat_pay268": lambda p, c: _pick(p, _TT_PAY, 3),
    # water and sanitation loans
    "loan_addr268": lambda p, c: _pick(p, _NS_THON, 4),
    "cust268": lambda p, c: f"KH{p.bhxh[:8]}",
    "prog268": lambda p, c: "NS&VSMT NT",
    "purpose268": lambda p, c: _pick(p, _NS_PURPOSE, 5),
    "loan268": lambda p, c: _money((10 + _num(p, 20)) * 1_000_000, ","),
    "due268": lambda p, c: _vn_when(p, 60),
    "debt268": lambda p, c: _money((2 + _num(p, 20)) * 1_000_000, ","),
    "group268": lambda p, c: f"Tổ {_num(p, 12)} - {_pick(p, _NS_HEAD, 6)}",
    # compulsory motorbike insurance
    "plate268": lambda p, c: (
        f"{59 + _num(p, 30)}-{_pick(p, ('B1', 'C2', 'H1', 'K1', 'AA'), 1)}"
        f" {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "chassis268": lambda p, c: f"RLHJC{p.bhxh[:2]}{_pick(p, ('A', 'B', 'E'), 2)}Y{p.bhxh[2:]}",
    "engine268": lambda p, c: f"JC{p.bhxh[4:6]}E-{p.bhxh[3:10]}",
    "bike268": lambda p, c: _pick(p, _BH_BIKE, 3),
    "gcn268": lambda p, c: f"XM{p.other_date:%y}/{p.bhxh[1:8]}",
    "until268": lambda p, c: _vn_when(p, 12 * (1 + _num(p, 3))),
    "fee268": lambda p, c: _money(66_000 if int(p.bhxh) % 3 else 60_500),
    "seller268": lambda p, c: _pick(p, _BH_SELLER, 4),
    # Dagestan: hajj pilgrims
    "dg_family268": lambda p, c: _fam(p, _DG_FAMILY),
    "dg_given268": lambda p, c: _by_sex(p, _DG_GIVEN_M, _DG_GIVEN_F, 3),
    "dg_patr268": lambda p, c: _patr(p, _DG_PATR, 5),
    "sex_dg268": lambda p, c: "муж" if p.male else "жен",
    "dg_pass268": lambda p, c: _passport(p, "82"),
    "dg_birthplace268": lambda p, c: f"{_pick(p, _DG_BIRTHPLACE, 4)} ДАССР",
    "dg_zagran268": lambda p, c: f"75 {p.bhxh[2:9]}",
    "dg_zvalid268": lambda p, c: _ru_date(p, 9),
    "dg_addr268": lambda p, c: _home(p, _DG_HOMES),
    "dg_phone268": lambda p, c: _ru_mobile(p, _pick(p, ("(928) ", "(988) ", "(989) "), 6), "+7 "),
    "dg_mahram268": lambda p, c: "" if p.male else _dg_name(p),
    "dg_group268": lambda p, c: _pick(p, _DG_GROUP, 8),
    "dg_pay268": lambda p, c: _money(545_000 + _num(p, 9) * 10_000, " "),
    # Chechnya: gas subscribers
    "ce_ls268": lambda p, c: f"20{p.bhxh[:8]}",
    "ce_name268": lambda p, c: _ce_name(p),
    "ce_snils268": lambda p, c: _snils(p),
    "ce_pass268": lambda p, c: _passport(p, "96"),
    "ce_town268": lambda p, c: _pick(p, _CE_TOWN, 4),
    "ce_street268": lambda p, c: f"{_pick(p, _CE_STREET, 5)}, {_num(p, 90)}",
    "ce_people268": lambda p, c: f"{1 + _num(p, 9)}",
    "ce_equip268": lambda p, c: _pick(p, _CE_EQUIP, 6),
    "ce_meter268": lambda p, c: f"{_pick(p, _CE_METER, 7)} №{p.bhxh[-8:]}",
    "ce_read268": lambda p, c: f"{_num(p, 9000)}",
    "ce_debt268": lambda p, c: "0,00" if int(p.bhxh) % 3 else f"{_num(p, 900) * 13},40",
    "ce_phone268": lambda p, c: _ru_mobile(p, _pick(p, (" 928 ", " 938 ", " 929 "), 8), "8"),
    # Ingushetia: allowance for a child
    "in_name268": lambda p, c: (
        f"{_fam(p, _IN_FAMILY)} {_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 3)} {_patr(p, _IN_PATR, 5)}"
    ),
    "in_snils268": lambda p, c: _snils(p).replace(" ", "-"),
    "in_pass268": lambda p, c: _passport(p, "26").replace(" ", "", 1),
    "in_child268": lambda p, c: _in_child(p),
    "in_child_birth268": lambda p, c: _child_birth(p),
    "in_child_snils268": lambda p, c: _kin_snils(p),
    "in_addr268": lambda p, c: _home(p, _IN_HOMES),
    "in_phone268": lambda p, c: _ru_mobile(p, " (928) ", "8"),
    "in_family268": lambda p, c: f"{3 + _num(p, 7)} чел.",
    "in_income268": lambda p, c: f"{6000 + _num(p, 9000)},00",
    "in_pay268": lambda p, c: _pick(p, ("8 053,00", "16 106,00", "5 369,50"), 6),
    "in_decision268": lambda p, c: _pick(p, _IN_DECISION, 7),
    # North Ossetia-Alania: blood donors
    "os_family268": lambda p, c: _fam(p, _OS_FAMILY),
    "os_given268": lambda p, c: _by_sex(p, _OS_GIVEN_M, _OS_GIVEN_F, 3),
    "os_patr268": lambda p, c: _patr(p, _OS_PATR, 5),
    "sex_os268": lambda p, c: "М" if p.male else "Ж",
    "os_snils268": lambda p, c: _snils(p),
    "os_oms268": lambda p, c: _oms(p, "90"),
    "os_addr268": lambda p, c: _home(p, _OS_HOMES),
    "os_phone268": lambda p, c: _ru_mobile(p, _pick(p, ("-918-", "-928-", "-960-"), 6), "8"),
    "os_blood268": lambda p, c: _pick(p, _OS_BLOOD, 7),
    "os_kind268": lambda p, c: _pick(p, _OS_KIND, 8),
    "os_vol268": lambda p, c: _pick(p, ("450", "450", "600", "250"), 9),
    "os_count268": lambda p, c: f"{_num(p, 60)}",
    "os_work268": lambda p, c: _pick(p, _OS_WORK, 10),
    "os_honor268": lambda p, c: "да" if _num(p, 60) >= 40 else "нет",
    # Kabardino-Balkaria: utility compensation of rural teachers
    "kb_name268": lambda p, c: (
        f"{_fam(p, _KB_FAMILY)} {_by_sex(p, _KB_GIVEN_M, _KB_GIVEN_F, 3)} {_patr(p, _KB_PATR, 5)}"
    ),
    "kb_snils268": lambda p, c: _snils(p).replace("-", "").replace(" ", ""),
    "kb_inn268": lambda p, c: _inn_ru(p, "07"),
    "kb_school268": lambda p, c: _pick(p, _KB_SCHOOL, 4),
    "kb_post268": lambda p, c: _pick(p, _KB_POST, 6),
    "kb_addr268": lambda p, c: _home(p, _KB_HOMES),
    "kb_phone268": lambda p, c: _ru_mobile(p, _pick(p, ("(928) ", "(938) ", "(967) "), 7), "+7 "),
    "kb_fam268": lambda p, c: f"{1 + _num(p, 6)}",
    "kb_sum268": lambda p, c: f"{1500 + _num(p, 40) * 25},00",
    "kb_acct268": lambda p, c: f"40817810{p.bhxh[:2]}{p.bhxh}",
    "kb_order268": lambda p, c: f"Приказ № {_num(p, 400)}-ОД от {_ru_date(p, 0)}",
}
