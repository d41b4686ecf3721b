"""How the people of the two-hundred-and-forty-fourth part of the outside corpus (**blind 244**,
:mod:`lienthong.quality._corpus_blind244`) are written: four Vietnamese files' own columns (the
photographers licensed at a heritage site, the eateries handing over used cooking oil, an
emergency centre's ambulance runs, the pupils of a village kindergarten's swimming lessons) and
Ukrainian and Crimean Tatar names, places, phones and numbers in the forms the registers of a
Kharkiv hromada, Lviv, Odesa, a collective centre for displaced people and a Crimean Tatar
community show: the РНОКПП with its check digit, the УНЗР, the ID card or booklet passport."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _rnokpp
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind86_writers import (
    _UA_FAMILY,
    _UA_GIVEN_F,
    _UA_GIVEN_M,
    _UA_PATRONYMICS,
    _patronymic,
    _ua_document,
    _unzr,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_SITE = ("Khu vực Ngọ Môn", "Cầu Ngói Thanh Toàn", "Lầu Tứ Phương", "Bến thuyền Văn Lâu")
_VN_CAMERA = ("Máy ảnh Canon + máy in nhiệt", "Điện thoại + máy in mini", "Máy ảnh Sony")
_VN_VEST = ("Áo gile xanh số ", "Thẻ đeo số ", "Áo gile vàng số ")
_VN_EATERY = ("Quán cơm", "Quán phở", "Tiệm gà rán", "Quán bánh xèo", "Bếp ăn tập thể")
_VN_OIL_BUYER = ("Cty TNHH Môi trường Xanh", "HTX thu gom Tân Tiến", "Cty CP Dầu sinh học Sông Hậu")
_VN_CALL = ("Khó thở", "Tai nạn giao thông", "Ngã, chấn thương đầu", "Đau ngực", "Co giật")
_VN_HOSP = ("BV Đa khoa tỉnh", "BV Chợ Rẫy", "TTYT huyện", "BV Nhi Đồng 1", "BV Chấn thương CH")
_VN_AMB = ("51B-123.45", "51B-678.90", "61C-045.12", "51B-300.21")
_VN_RESULT = ("Đã chuyển viện", "Xử trí tại chỗ", "Từ chối chuyển viện", "Tử vong trước khi đến")
_VN_SWIM = ("Chưa biết bơi", "Bơi được 5m", "Nổi được", "Bơi ếch 15m", "Đạt")
_VN_POOL = ("Bể bơi di động trường MN Hoa Sen", "Hồ bơi xã", "Bể bơi thông minh UBND xã")


def _vn_after(p: Person, days: int) -> str:
    return f"{p.other_date.fromordinal(p.other_date.toordinal() + days):%d/%m/%Y}"


def _child_birth(p: Person) -> str:
    """A kindergarten pupil's birthday: in 2020 or 2021, a month after the parent's."""
    return f"{_safe_day(2020 + int(p.bhxh) % 2, p.birth.month % 12 + 1, p.birth.day):%d/%m/%Y}"


# -- Ukraine ------------------------------------------------------------------------------------
_KH_HOMES = (
    "вул. Дніпровська, 14, м. Мерефа",
    "вул. Шевченка, 102, кв. 5, м. Мерефа",
    "вул. Залізнична, 7, с. Утківка",
    "пров. Садовий, 3, с. Ракитне",
    "вул. Миру, 41, с. Бідряги",
)
_KH_HEATING = ("Піч (дрова)", "Твердопаливний котел", "Піч + газ відключено", "Котел (дрова)")
_LV_STREETS = (
    "вул. Городоцька, 174, кв. 12",
    "вул. Зелена, 95",
    "просп. Червоної Калини, 60, кв. 118",
    "вул. Личаківська, 33, кв. 4",
    "вул. Стрийська, 202",
)
_LV_DISTRICT = ("Франківський", "Личаківський", "Сихівський", "Залізничний", "Шевченківський")
_LV_CATEGORY = ("Пенсіонер за віком", "УБД", "Особа з інвалідністю II гр.", "Багатодітна сім'я")
_OD_HOMES = (
    "м. Одеса, вул. Дерибасівська, 12, кв. 3",
    "м. Одеса, просп. Шевченка, 4-А, кв. 71",
    "м. Одеса, вул. Балківська, 120",
    "м. Одеса, вул. Академіка Корольова, 98, кв. 205",
    "м. Чорноморськ, вул. Паркова, 9",
)
_OD_WORK = ("Прибирання території парку", "Розбір завалів", "Озеленення", "Ремонт укриттів")
_OD_EMPLOYER = ('КП "Міськзелентрест"', 'КП "Одесміськелектротранс"', "Районна адміністрація")
_VPO_FROM = (
    "Донецька обл., м. Бахмут",
    "Херсонська обл., м. Олешки",
    "Луганська обл., м. Сєвєродонецьк",
    "Запорізька обл., м. Мелітополь",
    "Харківська обл., м. Вовчанськ",
)
_VPO_ROOMS = ("корп. 1, кімн. ", "корп. 2, кімн. ", "гуртожиток, кімн. ")
_VPO_NEEDS = ("Ліки", "Одяг зимовий", "Працевлаштування", "Психолог", "")

# -- Crimean Tatars -----------------------------------------------------------------------------
_QT_FAMILY = ("Ablaev", "Çubarov", "Seitumerov", "Umerov", "Kurtseitov", "Mustafaev", "Asanov")
_QT_GIVEN_M = ("Server", "Enver", "Remzi", "Elmaz", "Seyran", "Rustem", "Lenur")
_QT_GIVEN_F = ("Elvira", "Zera", "Lile", "Emine", "Gulnara", "Aliye", "Sevil")
_QT_FATHER = ("Ismail", "Mustafa", "Refat", "Eskender", "Asan")
_QT_HOMES = (
    "Kyiv ş., Obolon raynı, Heroiv Dnipra soq., 38, kv. 77",
    "Zaporijjä ş., Sobornıy prosp., 160, kv. 12",
    "Lviv ş., Sıhiv, Chervonoi Kalyny prosp., 81",
    "Vinnytsia ş., Keletska soq., 57, kv. 9",
)
_QT_AID = ("Qurban etı 2 kg", "Azıq-tülük paketi", "Para yardımı 1500 grn", "İlaç")
_QT_STATUS = ("Köçken (VPO)", "Köçken (VPO)", "Yerli", "Qırımdan yañı kelgen")


def _ua_pib(p: Person) -> str:
    return (
        f"{_pick(p, _UA_FAMILY, 2)} {_by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 1)}"
        f" {_patronymic(p, _UA_PATRONYMICS, 3)}"
    )


def _ua_mobile(p: Person, spaced: bool) -> str:
    code = _pick(p, ("67", "50", "93", "97", "66", "63", "98", "95"), 6)
    if spaced:
        return f"+380 {code} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    return f"+380{code}{p.phone[3:10]}"


def _ua_date(p: Person, back_days: int) -> str:
    return f"{p.other_date.fromordinal(p.other_date.toordinal() - back_days):%d.%m.%Y}"


WRITERS_BLIND244: dict[str, Callable[[Person, Col], object]] = {
    # heritage-site photographers
    "site244": lambda p, c: _pick(p, _VN_SITE, 2),
    "camera244": lambda p, c: _pick(p, _VN_CAMERA, 3),
    "vest244": lambda p, c: f"{_pick(p, _VN_VEST, 4)}{_num(p, 80):02d}",
    "permit244": lambda p, c: f"{_num(p, 300):03d}/GP-TTBTDT",
    "until244": lambda p, c: f"31/12/{p.other_date.year + 1}",
    # used cooking oil
    "eatery244": lambda p, c: f"{_pick(p, _VN_EATERY, 2)} {p.given.split()[-1]}",
    "litres244": lambda p, c: f"{5 + _num(p, 60)} lít",
    "buyer244": lambda p, c: _pick(p, _VN_OIL_BUYER, 3),
    "price244": lambda p, c: f"{8 + _num(p, 7)}.000đ/lít",
    "receipt244": lambda p, c: f"BB-{p.bhxh[-5:]}",
    # ambulance runs
    "call244": lambda p, c: f"{_num(p, 23):02d}:{int(p.bhxh[-2:]) % 60:02d}",
    "reason244": lambda p, c: _pick(p, _VN_CALL, 2),
    "hosp244": lambda p, c: _pick(p, _VN_HOSP, 3),
    "amb244": lambda p, c: _pick(p, _VN_AMB, 4),
    "caller244": lambda p, c: _other_vn(p, 5),
    "caller_phone244": lambda p, c: _other_phone(p, "03"),
    "result244": lambda p, c: _pick(p, _VN_RESULT, 6),
    "run244": lambda p, c: f"115-{p.other_date:%y%m}-{p.bhxh[-4:]}",
    # kindergarten swimming
    "child244": lambda p, c: _other_vn(p, 7, family=p.family),
    "child_birth244": lambda p, c: _child_birth(p),
    "pool244": lambda p, c: _pick(p, _VN_POOL, 2),
    "level244": lambda p, c: _pick(p, _VN_SWIM, 3),
    "after244": lambda p, c: _pick(p, _VN_SWIM, 5),
    "end244": lambda p, c: _vn_after(p, 30),
    # Kharkiv hromada firewood
    "kh_pib244": lambda p, c: _ua_pib(p),
    "kh_rnokpp244": lambda p, c: _rnokpp(p),
    "kh_home244": lambda p, c: _pick(p, _KH_HOMES, 4),
    "kh_phone244": lambda p, c: _ua_mobile(p, False),
    "kh_family244": lambda p, c: f"{1 + _num(p, 6)}",
    "kh_heat244": lambda p, c: _pick(p, _KH_HEATING, 5),
    "kh_m3244": lambda p, c: f"{3 + _num(p, 5)},0",
    "kh_doc244": lambda p, c: _ua_document(p),
    # Lviv transport e-ticket benefits
    "lv_family244": lambda p, c: _pick(p, _UA_FAMILY, 2),
    "lv_given244": lambda p, c: _by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 1),
    "lv_patr244": lambda p, c: _patronymic(p, _UA_PATRONYMICS, 3),
    "lv_rnokpp244": lambda p, c: _rnokpp(p),
    "lv_unzr244": lambda p, c: _unzr(p),
    "lv_street244": lambda p, c: _pick(p, _LV_STREETS, 4),
    "lv_district244": lambda p, c: _pick(p, _LV_DISTRICT, 5),
    "lv_phone244": lambda p, c: _ua_mobile(p, True),
    "lv_cat244": lambda p, c: _pick(p, _LV_CATEGORY, 6),
    "lv_card244": lambda p, c: f"04{p.bhxh[:4]}{p.bhxh[-6:]}",
    "lv_sex244": lambda p, c: "чол." if p.male else "жін.",
    # Odesa public works
    "od_pib244": lambda p, c: _ua_pib(p),
    "od_rnokpp244": lambda p, c: _rnokpp(p),
    "od_pass244": lambda p, c: _ua_document(p),
    "od_home244": lambda p, c: _pick(p, _OD_HOMES, 4),
    "od_phone244": lambda p, c: f"0{_pick(p, ('67', '50', '93', '97', '63'), 6)}{p.phone[3:10]}",
    "od_work244": lambda p, c: _pick(p, _OD_WORK, 5),
    "od_employer244": lambda p, c: _pick(p, _OD_EMPLOYER, 7),
    "od_hours244": lambda p, c: f"{8 * (1 + _num(p, 15))}",
    "od_wage244": lambda p, c: f"{8000 + _num(p, 40) * 50},00",
    "od_order244": lambda p, c: f"{_num(p, 900)}/ГР від {_ua_date(p, 3)}",
    "od_sex244": lambda p, c: "Ч" if p.male else "Ж",
    # collective centre for displaced people
    "vpo_pib244": lambda p, c: _ua_pib(p),
    "vpo_rnokpp244": lambda p, c: _rnokpp(p),
    "vpo_cert244": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:]}",
    "vpo_from244": lambda p, c: _pick(p, _VPO_FROM, 4),
    "vpo_room244": lambda p, c: f"{_pick(p, _VPO_ROOMS, 5)}{_num(p, 120)}",
    "vpo_home244": lambda p, c: (
        f"м. Львів, вул. Пасічна, 62, {_pick(p, _VPO_ROOMS, 5)}{_num(p, 120)}"
    ),
    "vpo_phone244": lambda p, c: _ua_mobile(p, True),
    "vpo_members244": lambda p, c: f"{1 + _num(p, 5)}",
    "vpo_needs244": lambda p, c: _pick(p, _VPO_NEEDS, 6),
    "vpo_kin244": lambda p, c: f"{_pick(p, _UA_FAMILY, 7)} (донька), +380{p.bhxh[::-1][:9]}",
    "vpo_unzr244": lambda p, c: _unzr(p),
    # Crimean Tatar community
    "qt_family244": lambda p, c: _pick(p, _QT_FAMILY, 2),
    "qt_given244": lambda p, c: _by_sex(p, _QT_GIVEN_M, _QT_GIVEN_F, 1),
    "qt_father244": lambda p, c: f"{_pick(p, _QT_FATHER, 3)}{'oğlu' if p.male else ' qızı'}",
    "qt_sex244": lambda p, c: "er" if p.male else "qadın",
    "qt_rnokpp244": lambda p, c: _rnokpp(p),
    "qt_home244": lambda p, c: _pick(p, _QT_HOMES, 4),
    "qt_phone244": lambda p, c: _ua_mobile(p, True),
    "qt_members244": lambda p, c: f"{1 + _num(p, 7)}",
    "qt_status244": lambda p, c: _pick(p, _QT_STATUS, 5),
    "qt_aid244": lambda p, c: _pick(p, _QT_AID, 6),
    "qt_birthplace244": lambda p, c: _pick(p, ("Aqmescit", "Bağçasaray", "Kefe", "Özbekistan"), 7),
}

__all__ = ["WRITERS_BLIND244"]
