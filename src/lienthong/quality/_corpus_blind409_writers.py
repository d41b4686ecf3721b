"""How the people of the four-hundred-and-ninth part of the outside corpus (**blind 409**,
:mod:`lienthong.quality._corpus_blind409`) are written: four Vietnamese files' own columns (a
mortgage of land-use rights registered at a land registration office branch, a lost land-use
certificate posted for reissue, a notarised gift of land-use rights, the boundary description
signed by the neighbours of a parcel) and Colombian, Mongolian, Ethiopian, Bulgarian and
Belarusian owners' names, addresses, phones and numbers in the forms their cards show (the
cédula, the register number with the birth date, the Fayda number, the EGN with its mod-11 digit,
the identification number with its 7-3-1 digit) beside the deeds, titles and cadastral numbers of
the land they transfer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _fayda
from lienthong.quality._corpus_blind16_writers import _street_co
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind70_writers import (
    _BY_GIVEN_F,
    _BY_GIVEN_M,
    _BY_PATR,
    _by_family,
    _by_id,
)
from lienthong.quality._corpus_blind112_writers import _MN_FATHER, _MN_GIVEN_F, _MN_GIVEN_M
from lienthong.quality._corpus_blind119_writers import _CO_FAMILY, _CO_GIVEN_F, _CO_GIVEN_M
from lienthong.quality._corpus_blind121_writers import _ET_FATHER, _ET_GIVEN_F, _ET_GIVEN_M
from lienthong.quality._corpus_blind166_writers import _cedula_co, _co_phone
from lienthong.quality._corpus_blind196_writers import _bg_phone
from lienthong.quality._corpus_blind258_writers import _mn_phone
from lienthong.quality._corpus_blind292_writers import _bg_full, _egn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam --------------------------------------------------------------------------------------
_VN_BANKS = (
    "Agribank - Chi nhánh huyện Củ Chi",
    "Vietcombank CN Tân Bình",
    "BIDV - CN Bắc Sài Gòn",
    "Ngân hàng CSXH huyện Hóc Môn",
    "VietinBank CN 12",
    "Quỹ TDND Tân Phú Trung",
)
_VN_LOST = (
    "Bị thất lạc khi chuyển nhà",
    "Cháy nhà ngày 14/3/2026",
    "Bị trôi do lũ",
    "Mất cắp cùng túi xách",
    "Không rõ nguyên nhân",
)
_VN_POLICE = ("Đã xác nhận", "Đã xác nhận", "Chờ xác nhận", "Đã có đơn trình báo")
_VN_KIN = ("Con ruot", "Con ruot", "Vo", "Chong", "Chau noi", "Em ruot", "Con dau")
_VN_ASSETS = (
    "QSDD thua {t}, to BD so {m}, dat o 120m2",
    "QSDD va nha o thua {t} to {m}",
    "QSDD nong nghiep thua {t}, to {m}, 1.850m2",
    "1/2 QSDD thua {t} to BD {m}",
)
_VN_NOTARIES = ("Nguyen Van Hung", "Tran Thi Minh Thu", "Le Quoc Bao", "Pham Thi Ngoc Lan")
_VN_SURVEY = (
    "Cty TNHH Đo đạc Nam Việt",
    "Trung tâm Kỹ thuật TN&MT",
    "VPĐKĐĐ - Tổ đo đạc",
    "Cty CP Địa chính Sài Gòn",
)
_VN_BOUNDARY = (
    "Không tranh chấp",
    "Không tranh chấp",
    "Có tranh chấp phía Bắc",
    "Chủ liền kề vắng",
)
_VN_OFFICERS = ("Nguyễn Thị Hạnh", "Trần Minh Quân", "Lê Thị Thu Trang", "Võ Văn Tài")


def _parcel(p: Person) -> str:
    return f"Thửa {_num(p, 480) + 12}, tờ {_num(p, 60) + 1}"


def _serial(p: Person) -> str:
    letters = _pick(p, ("CS", "DA", "DB", "CT", "BX"), 3)
    return f"{letters} {p.bhxh[-6:]}"


def _gcn_issued(p: Person) -> date:
    return date(2012 + int(p.bhxh[-2]) % 12, 1 + int(p.bhxh[-3]) % 12, 1 + int(p.bhxh[-4:]) % 28)


# -- Colombia -------------------------------------------------------------------------------------
_CO_PLACES = (
    ("Bogotá D.C.", "Bogotá D.C.", "50C"),
    ("Medellín", "Antioquia", "001"),
    ("Cali", "Valle del Cauca", "370"),
    ("Bucaramanga", "Santander", "300"),
    ("Pereira", "Risaralda", "290"),
)
_CO_ACTS = ("COMPRAVENTA", "COMPRAVENTA", "HIPOTECA ABIERTA", "DONACIÓN", "SUCESIÓN", "PERMUTA")
# -- Mongolia -------------------------------------------------------------------------------------
_MN_HOMES = (
    "Улаанбаатар, Баянзүрх дүүрэг, 26-р хороо, 13-р хороолол, 45-р байр, 12 тоот",
    "Улаанбаатар, Сонгинохайрхан дүүрэг, 20-р хороо, Гэрэгэ хотхон, 3-р байр, 87 тоот",
    "Улаанбаатар, Хан-Уул дүүрэг, 15-р хороо, Яармаг, 220 тоот хашаа",
    "Дархан-Уул аймаг, Дархан сум, 7-р баг, 5-р байр, 31 тоот",
    "Орхон аймаг, Баян-Өндөр сум, Шанд баг, Энх тайвны гудамж, 18 тоот",
)
_MN_PROPS = (
    "Хан-Уул дүүрэг, 11-р хороо, Зайсан, 2 өрөө орон сууц",
    "Налайх дүүрэг, 4-р хороо, газар 0.07 га",
    "Баянгол дүүрэг, 6-р хороо, 3 өрөө орон сууц",
    "Төв аймаг, Эрдэнэ сум, зуслангийн газар",
)
_MN_DEALS = ("Худалдах, худалдан авах", "Бэлэглэл", "Өв залгамжлал", "Барьцаа")
# -- Ethiopia -------------------------------------------------------------------------------------
_ET_PLACES = (("ቦሌ", "03"), ("የካ", "08"), ("ቂርቆስ", "02"), ("ኮልፌ ቀራኒዮ", "11"), ("አራዳ", "06"))
_ET_KINDS = ("ሽያጭ", "ሽያጭ", "ስጦታ", "ውርስ", "ሊዝ ዝውውር")
# -- Bulgaria -------------------------------------------------------------------------------------
_BG_HOMES = (
    "гр. София, ж.к. Люлин 5, бл. 512, вх. Б, ет. 4, ап. 38",
    "гр. Пловдив, ул. „Капитан Райчо“ № 56, ет. 2",
    "гр. Варна, бул. „Владислав Варненчик“ № 112, вх. А, ап. 9",
    "с. Белащица, общ. Родопи, ул. „Васил Левски“ № 7",
    "гр. Бургас, ж.к. Меден рудник, бл. 41, вх. 3, ап. 15",
)
_BG_ACTS = ("покупко-продажба", "покупко-продажба", "дарение", "замяна", "учредяване на ипотека")
_BG_NOTARIES = ("Е. Тодорова, рег. № 215", "Г. Павлов, рег. № 482", "М. Ангелова, рег. № 037")
# -- Belarus --------------------------------------------------------------------------------------
_BY_HOMES = (
    "220089, г. Минск, ул. Гурского, д. 38, кв. 117",
    "220125, г. Минск, ул. Уручская, д. 14, корп. 2, кв. 40",
    "223021, Минский р-н, аг. Ждановичи, ул. Озёрная, д. 9",
    "247760, г. Мозырь, ул. Ленинская, д. 21, кв. 5",
    "225710, г. Пинск, ул. Иркутско-Пинской дивизии, д. 30, кв. 63",
)
_BY_DEALS = ("купля-продажа", "купля-продажа", "дарение", "мена", "наследование", "ипотека")


def _co_place(p: Person) -> tuple[str, str, str]:
    return _CO_PLACES[int(p.bhxh) // 9 % len(_CO_PLACES)]


def _by_phone(p: Person) -> str:
    code = _pick(p, ("29", "33", "44", "25"), 4)
    return f"+375 {code} {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"


WRITERS_BLIND409: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese: mortgages of land-use rights
    "bank409": lambda p, c: _pick(p, _VN_BANKS, 2),
    "mortgage409": lambda p, c: f"{_num(p, 900):04d}/2026/HĐTC",
    "gcn_serial409": lambda p, c: _serial(p),
    "parcel409": lambda p, c: _parcel(p),
    "area409": lambda p, c: f"{_num(p, 900) + 40},{_num(p, 9)}",
    "debt409": lambda p, c: f"{(_num(p, 90) + 5) * 50_000_000:,}".replace(",", "."),
    "officer409": lambda p, c: _pick(p, _VN_OFFICERS, 5),
    # Vietnamese: a lost certificate posted for reissue
    "book409": lambda p, c: f"CH{_num(p, 9000):05d}",
    "issued409": lambda p, c: f"{_gcn_issued(p):%d-%m-%Y}",
    "lost409": lambda p, c: _pick(p, _VN_LOST, 4),
    "police409": lambda p, c: _pick(p, _VN_POLICE, 6),
    # Vietnamese: a notarised gift
    "notarised409": lambda p, c: f"{_num(p, 5000):04d}/2026/CCGD",
    "donee409": lambda p, c: _other_vn(p, 7, family=p.family),
    "kin409": lambda p, c: _pick(p, _VN_KIN, 3),
    "asset409": lambda p, c: _pick(p, _VN_ASSETS, 2).format(t=_num(p, 480), m=_num(p, 40)),
    "notary409": lambda p, c: _pick(p, _VN_NOTARIES, 5),
    "fee409": lambda p, c: f"{(_num(p, 30) + 1) * 100_000:,}".replace(",", "."),
    # Vietnamese: a parcel's boundary signed by the neighbours
    "neighbour409": lambda p, c: f"{_other_vn(p, 3)} (phía {_pick(p, ('Đông', 'Tây', 'Nam'), 2)})",
    "survey409": lambda p, c: _pick(p, _VN_SURVEY, 3),
    "boundary409": lambda p, c: _pick(p, _VN_BOUNDARY, 4),
    # Colombia: a notary's index of public deeds
    "escritura409": lambda p, c: f"{_num(p, 3800) + 100}",
    "acto409": lambda p, c: _pick(p, _CO_ACTS, 2),
    "co_fam409": lambda p, c: _pick(p, _CO_FAMILY, 3).upper(),
    "co_given409": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 2).upper(),
    "co_cc409": lambda p, c: _cedula_co(p),
    "co_street409": lambda p, c: _street_co(p),
    "co_mun409": lambda p, c: _co_place(p)[0],
    "co_dep409": lambda p, c: _co_place(p)[1],
    "co_phone409": lambda p, c: _co_phone(p),
    "matricula409": lambda p, c: f"{_co_place(p)[2]}-{p.bhxh[-7:]}",
    "valor409": lambda p, c: f"$ {(_num(p, 400) + 60) * 1_000_000:,}".replace(",", "."),
    "co_buyer409": lambda p, c: (
        f"{_pick(p, _CO_GIVEN_F + _CO_GIVEN_M, 6)} {_pick(p, _CO_FAMILY, 7)}"
    ),
    # Mongolia: the real-estate rights register
    "mn_cert409": lambda p, c: f"Ү-{p.bhxh[:10]}",
    "mn_reg409": lambda p, c: _mn_reg409(p),
    "mn_father409": lambda p, c: _pick(p, _MN_FATHER, 2),
    "mn_given409": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 3),
    "sex_mn409": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "mn_addr409": lambda p, c: _pick(p, _MN_HOMES, 4),
    "mn_phone409": lambda p, c: _mn_phone(p, 2),
    "mn_prop409": lambda p, c: _pick(p, _MN_PROPS, 5),
    "mn_deal409": lambda p, c: _pick(p, _MN_DEALS, 6),
    # Ethiopia: an Addis Ababa land administration office's transfers of title
    "et_name409": lambda p, c: _et_name(p),
    "fayda409": lambda p, c: _fayda(p),
    "sex_et409": lambda p, c: "ወንድ" if p.male else "ሴት",
    "et_sub409": lambda p, c: _ET_PLACES[int(p.bhxh) // 7 % len(_ET_PLACES)][0],
    "et_woreda409": lambda p, c: f"ወረዳ {_ET_PLACES[int(p.bhxh) // 7 % len(_ET_PLACES)][1]}",
    "et_phone409": lambda p, c: f"09{p.phone[2:10]}",
    "et_map409": lambda p, c: f"AA/{_num(p, 900):03d}/{p.bhxh[-5:]}/{2010 + _num(p, 8)}",
    "et_area409": lambda p, c: f"{_num(p, 400) + 75}",
    "et_kind409": lambda p, c: _pick(p, _ET_KINDS, 3),
    "et_buyer409": lambda p, c: (
        f"{_pick(p, _ET_GIVEN_F + _ET_GIVEN_M, 5)} {_pick(p, _ET_FATHER, 6)}"
    ),
    # Bulgaria: the entry register of a registry office
    "bg_entry409": lambda p, c: f"{_num(p, 28000) + 1000}",
    "bg_act409": lambda p, c: f"№ {_num(p, 190)}, том {_pick(p, ('I', 'II', 'III', 'IV'), 2)}",
    "bg_kind409": lambda p, c: _pick(p, _BG_ACTS, 3),
    "bg_name409": lambda p, c: _bg_full(p),
    "egn409": lambda p, c: _egn(p),
    "bg_addr409": lambda p, c: _pick(p, _BG_HOMES, 4),
    "bg_phone409": lambda p, c: _bg_phone(p),
    "bg_cad409": lambda p, c: f"68134.{_num(p, 9000) + 100}.{_num(p, 900)}.1.{_num(p, 40)}",
    "bg_buyer409": lambda p, c: (
        f"{_pick(p, ('Петър', 'Анна', 'Красимир', 'Радостина'), 5)} "
        f"{_pick(p, ('Колев', 'Маринова', 'Тодоров', 'Ганева'), 6)}"
    ),
    "bg_notary409": lambda p, c: _pick(p, _BG_NOTARIES, 7),
    # Belarus: state registrations of the transfer of real estate
    "by_regno409": lambda p, c: f"500/{2026}-{_num(p, 30000) + 100}",
    "by_cad409": lambda p, c: f"5000000000{_num(p, 9):02d}00{p.bhxh[-4:]}",
    "by_family409": lambda p, c: _by_family(p),
    "by_given409": lambda p, c: _by_sex(p, _BY_GIVEN_M, _BY_GIVEN_F, 2),
    "by_patr409": lambda p, c: _BY_PATR[int(p.bhxh) // 7 % len(_BY_PATR)][0 if p.male else 1],
    "by_idn409": lambda p, c: _by_id(p),
    "by_addr409": lambda p, c: _pick(p, _BY_HOMES, 3),
    "by_phone409": lambda p, c: _by_phone(p),
    "by_deal409": lambda p, c: _pick(p, _BY_DEALS, 5),
    "by_price409": lambda p, c: f"{(_num(p, 300) + 20) * 1000:,}".replace(",", " ") + ",00",
}


def _mn_reg409(p: Person) -> str:
    """A register number: two Cyrillic letters, yymmdd (the month plus 20 from 2000), two digits
    (the second-last odd for a man)."""
    month = p.birth.month + (20 if p.birth.year >= 2000 else 0)
    sex_digit = (int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)) % 10
    letters = _pick(p, ("УБ", "УЕ", "ДА", "ЧЕ", "ОЮ"), 3)
    return f"{letters}{p.birth:%y}{month:02d}{p.birth:%d}{sex_digit}{p.bhxh[-2]}"


def _et_name(p: Person) -> str:
    """Own name, father's name and grandfather's name."""
    own = _by_sex(p, _ET_GIVEN_M, _ET_GIVEN_F, 2)
    return f"{own} {_pick(p, _ET_FATHER, 3)} {_pick(p, _ET_FATHER, 8)}"


def _signed(p: Person) -> date:
    """The day signed: a few weeks after the row's event, never before it."""
    return _shift_date(p.other_date, 0) + timedelta(days=3 + int(p.bhxh[-2:]) % 20)


WRITERS_BLIND409["signed409"] = lambda p, c: f"{_signed(p):%d/%m/%Y}"

__all__ = ["WRITERS_BLIND409"]
