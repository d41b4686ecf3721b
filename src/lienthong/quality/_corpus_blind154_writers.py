"""How the people of the hundred-and-fifty-fourth part of the outside corpus (**blind 154**,
:mod:`lienthong.quality._corpus_blind154`) are written: four Vietnamese files' own columns (a
factory's trade grade exam, a ward's Tết flower market stalls, a class on the Party for those
about to join it, results of public services sent by post) and Belarusian, Russian, Azerbaijani,
Georgian and Armenian names, places, phones and numbers in the forms their registers show (the
Belarusian identification number with its 7-3-1 check digit, the Russian СНИЛС with its mod-101
check and the ИНН with its two, the Azerbaijani FIN, the Georgian eleven-digit personal number,
the Armenian ten-digit public service number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind53_writers import _inn, _ru_name, _snils
from lienthong.quality._corpus_blind69_writers import (
    _AZ_FATHERS,
    _AZ_GIVEN_F,
    _AZ_GIVEN_M,
    _AZ_PLACES,
    _fin,
)
from lienthong.quality._corpus_blind70_writers import _BY_PLACES, _by_id
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind104_writers import (
    _AM_FAMILY,
    _AM_GIVEN_F,
    _AM_GIVEN_M,
    _GE_FAMILY,
    _GE_GIVEN_F,
    _GE_GIVEN_M,
    _az_family,
    _hth_am,
)
from lienthong.quality._corpus_blind120_writers import _by_full, _ru_passport
from lienthong.quality._corpus_blind134_writers import _ge_pn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a factory's exam to raise workers' trade grade -------------------------------------
_VN_TRADES = ("Thợ hàn", "Thợ điện", "Vận hành máy may CN", "Thợ cơ khí", "Vận hành lò hơi")
_VN_TEAMS = ("Tổ Hàn 1", "PX Cơ điện", "Chuyền may 12", "PX Gia công", "Tổ Lò hơi - Nồi hơi")
# -- Vietnam: a ward's Tết flower market --------------------------------------------------------
_VN_GOODS = ("Mai vang", "Dao", "Quat canh", "Cuc mam xoi", "Lan ho diep", "Cay canh, bonsai")
_VN_ZONES = ("A", "B", "C", "D")
# -- Vietnam: a class on the Party for those about to join it ----------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Tày", "Khmer")
_VN_RELIGION = ("Không", "Không", "Không", "Phật giáo", "Công giáo")
_VN_CELLS = ("Chi bộ KP 3", "Chi bộ Trường THCS Lê Lợi", "Chi bộ Cty CP May 10", "Chi bộ Quân sự")
_VN_UNIONS = ("Chi đoàn KP 3", "Chi đoàn Giáo viên", "Chi đoàn Cty May 10", "Chi hội CCB KP 1")
_VN_HOMETOWNS = ("Xã Hải Hậu, Nam Định", "Xã Nghĩa Hưng, Nam Định", "Xã Quỳnh Lưu, Nghệ An")
_VN_GRADES = ("Giỏi", "Khá", "Khá", "Trung bình", "Giỏi")
# -- Vietnam: results of public services sent by post -----------------------------------------
_VN_PROCEDURES = (
    "Cấp đổi GPLX",
    "Cấp phiếu LLTP số 2",
    "Đăng ký khai sinh",
    "Cấp GCN QSDĐ lần đầu",
    "Chứng thực bản sao",
)
_VN_OFFICES = ("Sở GTVT", "Sở Tư pháp", "UBND phường", "VP ĐKĐĐ CN quận", "UBND phường")
_VN_DELIVERY = ("Phát thành công", "Phát thành công", "Chưa gặp người nhận", "Chuyển hoàn")
# -- Belarus: a blood transfusion station's donors --------------------------------------------
_BY_BLOOD = ("O(I) Rh+", "A(II) Rh+", "B(III) Rh+", "AB(IV) Rh+", "A(II) Rh-", "O(I) Rh-")
_BY_DONATION = ("Цельная кровь", "Плазмаферез", "Цельная кровь", "Тромбоцитаферез")
_BY_WORK = ("ОАО «МТЗ»", "УЗ «6-я ГКБ»", "БГУ, студент", "ОАО «Белшина»", "ИП, самозанятый")
_BY_HONOUR = ("", "", "Ганаровы донар", "", "Знак «Ганаровы донар РБ»")
# -- Russia: a homeowners' partnership's register of owners ------------------------------------
_RU_HOUSE = "Республика Дагестан, г. Каспийск, ул. Ленина, д. 47"
_RU_ISSUERS = (
    "МВД по Республике Дагестан",
    "ОУФМС России по РД в г. Каспийске",
    "ТП УФМС в Каспийске",
)
_RU_SHARES = ("1", "1", "1/2", "1/3", "1/4")
# -- Azerbaijan: internally displaced persons -----------------------------------------------
_AZ_FORMER = (
    "Ağdam rayonu, Quzanlı kəndi",
    "Füzuli rayonu, Horadiz qəs.",
    "Laçın rayonu, Laçın şəhəri",
    "Kəlbəcər rayonu, Ağdaban kəndi",
    "Şuşa şəhəri",
    "Zəngilan rayonu, Mincivan qəs.",
)
_AZ_OPS = ("050", "051", "055", "070", "077")
_AZ_STATUS = ("Müvəqqəti məskunlaşıb", "Yeni qəsəbəyə köçürülüb", "Doğma yurda qayıdıb")
# -- Georgia: grapes handed to a winery at the harvest --------------------------------------
_GE_VILLAGES = (
    "თელავის მუნიციპალიტეტი, სოფ. წინანდალი",
    "გურჯაანის მუნიციპალიტეტი, სოფ. ვაჩნაძიანი",
    "ყვარლის მუნიციპალიტეტი, სოფ. შილდა",
    "საგარეჯოს მუნიციპალიტეტი, სოფ. მანავი",
    "სიღნაღის მუნიციპალიტეტი, სოფ. ანაგა",
)
_GE_GRAPES = (
    ("რქაწითელი", "1.20"),
    ("საფერავი", "1.80"),
    ("მწვანე კახური", "1.40"),
    ("ქისი", "2.00"),
)
_GE_WINERIES = ("შპს „თელიანი ველი“", "სს „თბილღვინო“", "შპს „შუმი“", "შპს „ქინძმარაული“")
# -- Armenia: pensioners ---------------------------------------------------------------------
_AM_ADDR = (
    "ք. Երևան, Մալաթիա-Սեբաստիա, Րաֆֆու փ., շ. 12, բն. 34",
    "ք. Երևան, Նոր Նորք, Գայի պող., շ. 8, բն. 71",
    "Արմավիրի մարզ, ք. Էջմիածին, Մաշտոցի փ., տ. 19",
    "Լոռու մարզ, ք. Վանաձոր, Տիգրան Մեծի փ., շ. 45, բն. 9",
    "Շիրակի մարզ, ք. Գյումրի, Գորկու փ., տ. 3",
)
_AM_KINDS = ("Տարիքային", "Տարիքային", "Արտոնյալ", "Հաշմանդամության", "Կերակրողին կորցնելու")
_AM_BANKS = ("Ակբա բանկ", "ՀայԷկոնոմբանկ", "Ամերիաբանկ", "Հայփոստ", "Ինեկոբանկ")
_AM_PATR_M = ("Արմենի", "Սամվելի", "Գագիկի", "Աշոտի", "Վահանի", "Կարենի")


def _by_place(p: Person) -> tuple[str, ...]:
    return _BY_PLACES[int(p.bhxh) // 11 % len(_BY_PLACES)]


def _ru_owner(p: Person) -> str:
    family, given, patr = _ru_name(p)
    return f"{family} {given} {patr}"


def _az_full(p: Person) -> str:
    given = _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 1)
    return f"{_az_family(p)} {given} {_pick(p, _AZ_FATHERS, 3)} {'oğlu' if p.male else 'qızı'}"


def _grapes(p: Person) -> tuple[str, str]:
    return _GE_GRAPES[int(p.bhxh) // 7 % len(_GE_GRAPES)]


def _kg(p: Person) -> int:
    return 300 + _num(p, 90) * 50


def _am_given(p: Person) -> str:
    return _by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 1)


def _pension(p: Person) -> int:
    return 38_000 + int(p.bhxh[-4:]) % 60 * 1_000


def _pairs(phone: str) -> str:
    return f"{phone[:2]}-{phone[2:4]}"


WRITERS_BLIND154: dict[str, Callable[[Person, Col], object]] = {
    # trade grade exam
    "emp154": lambda p, c: f"NV{p.bhxh[-6:]}",
    "team154": lambda p, c: _pick(p, _VN_TEAMS, 2),
    "trade154": lambda p, c: _pick(p, _VN_TRADES, 2),
    "grade_now154": lambda p, c: f"{_num(p, 5)}/7",
    "grade_next154": lambda p, c: f"{_num(p, 5) + 1}/7",
    "theory154": lambda p, c: f"{5 + _num(p, 5)},{_pick(p, ('0', '5'), 3)}",
    "practice154": lambda p, c: f"{4 + _num(p, 6)},{_pick(p, ('0', '5'), 4)}",
    "result154": lambda p, c: "Đạt" if _num(p, 6) > 1 else "Không đạt",
    # Tết flower market
    "goods154": lambda p, c: _pick(p, _VN_GOODS, 2),
    "stall154": lambda p, c: f"Lo {_pick(p, _VN_ZONES, 3)}-{_num(p, 40):02d}",
    "area154": lambda p, c: _pick(p, ("4x3", "6x3", "8x4", "4x4"), 4),
    "fee154": lambda p, c: _dotted(_num(p, 6) * 500_000),
    "helper154": lambda p, c: _other_vn(p, 5, family=p.family),
    "helper_phone154": lambda p, c: _other_phone(p, "07"),
    # class on the Party
    "ethnic154": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "religion154": lambda p, c: _pick(p, _VN_RELIGION, 3),
    "union154": lambda p, c: _pick(p, _VN_UNIONS, 4),
    "cell154": lambda p, c: _pick(p, _VN_CELLS, 4),
    "hometown154": lambda p, c: _pick(p, _VN_HOMETOWNS, 5),
    "sponsor154": lambda p, c: _other_vn(p, 7),
    "essay154": lambda p, c: f"{6 + _num(p, 4)}",
    "grade154": lambda p, c: _pick(p, _VN_GRADES, 6),
    # results sent by post
    "file154": lambda p, c: f"H29.{_num(p, 90):02d}-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "procedure154": lambda p, c: _pick(p, _VN_PROCEDURES, 2),
    "office154": lambda p, c: _pick(p, _VN_OFFICES, 2),
    "waybill154": lambda p, c: f"EM{p.bhxh[1:10]}VN",
    "postage154": lambda p, c: _pick(p, ("25.000", "30.000", "22.000", "35.000"), 3),
    "delivery154": lambda p, c: _pick(p, _VN_DELIVERY, 4),
    # Belarus: blood donors
    "name_by154": lambda p, c: _by_full(p),
    "sex_by154": lambda p, c: "муж." if p.male else "жен.",
    "idn_by154": lambda p, c: _by_id(p),
    "pass_by154": lambda p, c: f"{_by_place(p)[2]}{p.bhxh[2:9]}",
    "addr_by154": lambda p, c: _by_place(p)[0],
    "phone_by154": lambda p, c: (
        f"+375 ({_pick(p, ('29', '33', '44', '25'), 2)}) {p.phone[3:6]}-{_pairs(p.phone[6:])}"
    ),
    "blood_by154": lambda p, c: _pick(p, _BY_BLOOD, 3),
    "kind_by154": lambda p, c: _pick(p, _BY_DONATION, 4),
    "ml_by154": lambda p, c: _pick(p, ("450", "450", "600", "650"), 5),
    "work_by154": lambda p, c: _pick(p, _BY_WORK, 6),
    "honour_by154": lambda p, c: _pick(p, _BY_HONOUR, 7),
    # Russia: owners of flats
    "flat_ru154": lambda p, c: f"{_num(p, 120)}",
    "name_ru154": lambda p, c: _ru_owner(p),
    "snils_ru154": lambda p, c: _snils(p),
    "inn_ru154": lambda p, c: _inn(p),
    "pass_ru154": lambda p, c: _ru_passport(p),
    "issuer_ru154": lambda p, c: _pick(p, _RU_ISSUERS, 2),
    "addr_ru154": lambda p, c: f"{_RU_HOUSE}, кв. {_num(p, 120)}",
    "phone_ru154": lambda p, c: (
        f"8 (9{p.phone[2:4]}) {p.phone[4:7]}-{p.phone[7:9]}-{p.phone[9]}{p.phone[1]}"
    ),
    "share_ru154": lambda p, c: _pick(p, _RU_SHARES, 3),
    "sqm_ru154": lambda p, c: f"{30 + _num(p, 60)},{_num(p, 9)}",
    "egrn_ru154": lambda p, c: (
        f"05:48:000{_num(p, 90):03d}:{_num(p, 900)}-05/184/20{_num(p, 9) + 15}-{_num(p, 4)}"
    ),
    "debt_ru154": lambda p, c: f"{int(p.bhxh[-5:]) % 25_000:,}".replace(",", " ") + ",00",
    # Azerbaijan: internally displaced persons
    "name_az154": lambda p, c: _az_full(p),
    "sex_az154": lambda p, c: "kişi" if p.male else "qadın",
    "fin_az154": lambda p, c: _fin(p),
    "card_az154": lambda p, c: f"AZE{p.bhxh[2:10]}",
    "former_az154": lambda p, c: _pick(p, _AZ_FORMER, 2),
    "addr_az154": lambda p, c: _AZ_PLACES[int(p.bhxh) // 11 % len(_AZ_PLACES)][0],
    "phone_az154": lambda p, c: f"({_pick(p, _AZ_OPS, 3)}) {p.phone[3:6]}-{_pairs(p.phone[6:])}",
    "members_az154": lambda p, c: f"{_num(p, 7)}",
    "aid_az154": lambda p, c: f"{_pick(p, ('60', '90', '120'), 4)},00",
    "status_az154": lambda p, c: _pick(p, _AZ_STATUS, 5),
    # Georgia: grapes at the harvest
    "pn_ge154": lambda p, c: _ge_pn(p),
    "family_ge154": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "given_ge154": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "sex_ge154": lambda p, c: "მამრობითი" if p.male else "მდედრობითი",
    "addr_ge154": lambda p, c: _pick(p, _GE_VILLAGES, 3),
    "phone_ge154": lambda p, c: f"5{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9:]}0",
    "grape_ge154": lambda p, c: _grapes(p)[0],
    "kg_ge154": lambda p, c: f"{_kg(p)}",
    "price_ge154": lambda p, c: _grapes(p)[1],
    "sum_ge154": lambda p, c: f"{_kg(p) * float(_grapes(p)[1]):.2f}",
    "winery_ge154": lambda p, c: _pick(p, _GE_WINERIES, 4),
    # Armenia: pensioners
    "family_am154": lambda p, c: _pick(p, _AM_FAMILY, 2),
    "given_am154": lambda p, c: _am_given(p),
    "patr_am154": lambda p, c: _pick(p, _AM_PATR_M, 3),
    "sex_am154": lambda p, c: "արական" if p.male else "իգական",
    "hth_am154": lambda p, c: _hth_am(p),
    "pass_am154": lambda p, c: f"A{_pick(p, ('N', 'K', 'R'), 4)}{p.bhxh[3:10]}",
    "addr_am154": lambda p, c: _pick(p, _AM_ADDR, 5),
    "phone_am154": lambda p, c: (
        f"+374 {_pick(p, ('91', '93', '94', '77', '99'), 6)} {p.phone[4:10]}"
    ),
    "kind_am154": lambda p, c: _pick(p, _AM_KINDS, 7),
    "amount_am154": lambda p, c: f"{_pension(p):,}".replace(",", " "),
    "bank_am154": lambda p, c: _pick(p, _AM_BANKS, 8),
}

__all__ = ["WRITERS_BLIND154"]
