"""How the people of the two hundred and fourteenth part of the outside corpus (**blind 214**,
:mod:`lienthong.quality._corpus_blind214`) are written: four Vietnamese files' own columns (a
herd's lumpy skin disease vaccination and ear tag, a wedding's or a funeral's use of the pavement,
an architect's practising certificate examination, an auditor's and an accountant's certificate
examination) and Lithuanian, Latvian, Estonian, Polish and Belarusian names, addresses, phones
and identity numbers in the forms their registers show (the asmens kodas, the personas kods
``120385-11234``, the isikukood, the PESEL and the Belarusian personal number
``3120585A001PB1``, all with their check digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import (
    _EE_FAMILY,
    _EE_GIVEN_F,
    _EE_GIVEN_M,
    _isikukood,
)
from lienthong.quality._corpus_blind12_writers import _LV_GIVEN_F, _LV_GIVEN_M, _personas_kods
from lienthong.quality._corpus_blind13_writers import (
    _LT_GIVEN_F,
    _LT_GIVEN_M,
    _asmens_kodas,
    _lt_family,
)
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _place
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind64_writers import _pesel
from lienthong.quality._corpus_blind70_writers import _BY_PLACES, _by_id
from lienthong.quality._corpus_blind100_writers import (
    _PL_FAMILY,
    _PL_GIVEN_F,
    _PL_GIVEN_M,
    _pl_family,
    _pl_phone,
)
from lienthong.quality._corpus_blind107_writers import _LV_FAMILY_F, _LV_FAMILY_M
from lienthong.quality._corpus_blind120_writers import _by_full

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SPECIES = ("Bò", "Trâu", "Bò lai Sind", "Bò sữa", "Bò vàng")
_VN_LSD = ("NAVET-LSDVAC", "AVAC LSD LIVE", "MEVAC LSD", "Lumpivax", "NAVET-LSDVAC")
_VN_REACTION = ("Bình thường", "Sốt nhẹ 1 ngày", "Sưng chỗ tiêm", "Bình thường", "Bỏ ăn 1 ngày")
_VN_EVENT = ("Việc cưới", "Việc tang", "Lễ ăn hỏi", "Việc tang", "Việc cưới")
_VN_SPOT = ("Vỉa hè trước nhà", "1/2 lòng ngõ", "Lòng ngõ đoạn trước nhà", "Vỉa hè và 1/2 ngõ")
_VN_PLEDGE = ("Đã ký cam kết", "Đã ký, đã nộp phí", "Chưa ký", "Đã ký cam kết")
_VN_PROVINCES = ("Hà Nội", "Nam Định", "Thái Bình", "Nghệ An", "Huế", "Quảng Nam", "Cần Thơ")
_VN_DEGREE = ("Kiến trúc sư", "Thạc sĩ Kiến trúc", "KS Quy hoạch vùng và đô thị", "TS Kiến trúc")
_VN_UNI = (
    "ĐH Kiến trúc Hà Nội",
    "ĐH Kiến trúc TP.HCM",
    "ĐH Xây dựng Hà Nội",
    "ĐH Bách khoa - ĐH Đà Nẵng",
)
_VN_FIRMS = (
    "Cty CP Tư vấn thiết kế Kiến trúc Việt",
    "Viện Quy hoạch xây dựng tỉnh",
    "Cty TNHH Kiến trúc A+",
    "Hành nghề độc lập",
)
_VN_FIELD = ("Thiết kế kiến trúc", "Thiết kế kiến trúc cảnh quan", "Thiết kế nội thất")
_VN_RESULT = ("Đạt", "Không đạt", "Đạt", "Vắng thi", "Đạt")
_VN_EMPLOYER = (
    "Cty TNHH Kiểm toán AASC",
    "Cty TNHH Deloitte Việt Nam",
    "Kho bạc Nhà nước khu vực I",
    "Cty CP Chứng khoán SSI",
    "Cty TNHH Kế toán Tín Việt",
)
_VN_CERT = ("Kiểm toán viên", "Kế toán viên", "Kiểm toán viên", "Kế toán viên hành nghề")
_VN_PAPERS = (
    "Pháp luật; Tài chính",
    "Kế toán tài chính; Thuế",
    "Kiểm toán; Ngoại ngữ",
    "Phân tích hoạt động TC; Kế toán quản trị",
)
_VN_EXEMPT = ("Không", "Ngoại ngữ (ACCA)", "Không", "Pháp luật (thi đạt 2024)", "Không")
_LT_PLACES = (
    ("Savanorių pr.", "LT-44255", "Kaunas"),
    ("Vilniaus g.", "LT-01402", "Vilnius"),
    ("Tilžės g.", "LT-76197", "Šiauliai"),
    ("Basanavičiaus g.", "LT-35200", "Panevėžys"),
    ("Kauno g.", "LT-62144", "Alytus"),
)
_LT_NOTES = ("", "Medžioklės vadovas", "Nario mokestis nesumokėtas", "", "Naujas narys")
_LV_PLACES = (
    ("Lielā iela", "Jelgava", "LV-3001"),
    ("Rīgas iela", "Jelgava", "LV-3002"),
    ("Katoļu iela", "Jelgava", "LV-3001"),
    ("Pasta iela", "Ozolnieku pag., Jelgavas nov.", "LV-3018"),
    ("Dobeles šoseja", "Jelgava", "LV-3007"),
)
_LV_PLACE_OF = ("Lielā iela pie tirgus", "Pasta salas autostāvvieta", "Stacijas laukums", "Parks")
_LV_ARTICLE = ("Ceļu satiksmes likums 57. p.", "ANAL 6. p.", "ANAL 14. p.", "Saistošie noteikumi")
_LV_STATUS = ("Samaksāts", "Nav samaksāts", "Pārsūdzēts", "Samaksāts", "Nodots piedziņai")
_EE_PLACES = (
    ("Narva mnt", "Tallinn", "10117"),
    ("Riia tn", "Tartu", "51010"),
    ("Pikk tn", "Pärnu", "80010"),
    ("Rakvere tn", "Jõhvi", "41531"),
    ("Tallinna mnt", "Viljandi", "71004"),
)
_EE_WATER = ("Peipsi järv", "Võrtsjärv", "Pärnu jõgi", "Saadjärv", "Emajõgi")
_EE_GEAR = ("Õng", "Spinning", "Lõks", "Nakkevõrk (1 tk)", "Põhjaõng")
_PL_STREETS = ("Piotrkowska", "Kilińskiego", "Zgierska", "Limanowskiego", "Rzgowska")
_PL_DEAL = ("brak", "ugoda na 12 rat", "ugoda na 24 raty", "wniosek o umorzenie", "brak")
_BY_RANK = ("рядовой", "сержант", "старший лейтенант", "прапорщик", "капитан", "ефрейтор")
_BY_VUS = ("106182", "837037", "113264", "900100", "021101")
_BY_VOENKOMAT = (
    "Первомайский РВК г. Минска",
    "Брестский ГВК",
    "Гомельский ГВК",
    "Гродненский ГВК",
    "Витебский ГВК",
)
_BY_POST = ("слесарь-ремонтник", "водитель", "инженер-технолог", "бухгалтер", "мастер участка")


def _lt_addr(p: Person) -> str:
    street, post, city = _place(p, _LT_PLACES)
    flat = f"-{_num(p, 60)}" if int(p.bhxh) % 3 else ""
    return f"{street} {_num(p, 90)}{flat}, {post} {city}"


def _lv_name(p: Person) -> str:
    family = _by_sex(p, _LV_FAMILY_M, _LV_FAMILY_F, 2)
    return f"{_by_sex(p, _LV_GIVEN_M, _LV_GIVEN_F, 1)} {family}"


def _lv_addr(p: Person) -> str:
    street, town, post = _place(p, _LV_PLACES)
    flat = f" - {_num(p, 40)}" if int(p.bhxh) % 2 else ""
    return f"{street} {_num(p, 70)}{flat}, {town}, {post}"


def _ee_addr(p: Person) -> str:
    street, town, post = _place(p, _EE_PLACES)
    return f"{street} {_num(p, 80)}-{_num(p, 30)}, {town} {post}"


def _pl_flat(p: Person) -> str:
    return f"ul. {_pick(p, _PL_STREETS, 3)} {_num(p, 150)} m. {_num(p, 36)}, 90-{p.bhxh[-3:]} Łódź"


def _pl_spouse(p: Person) -> str:
    """The co-tenant's family name: the tenant's, in the other sex's form."""
    return _PL_FAMILY[int(p.bhxh) // 23 % len(_PL_FAMILY)][1 if p.male else 0]


def _by_phone(p: Person) -> str:
    code = _pick(p, ("29", "33", "44", "25"), 2)
    return f"+375 {code} {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"


WRITERS_BLIND214: dict[str, Callable[[Person, Col], object]] = {
    "species214": lambda p, c: _pick(p, _VN_SPECIES, 2),
    "herd214": lambda p, c: str(_num(p, 12) + 1),
    "vaccinated214": lambda p, c: str(min(_num(p, 6), _num(p, 12) + 1)),
    "eartag214": lambda p, c: f"{p.cccd[1:3]}.{p.bhxh[-6:]}",
    "lsd_vaccine214": lambda p, c: _pick(p, _VN_LSD, 3),
    "lot214": lambda p, c: f"LSD{p.other_date:%y%m}-{p.bhxh[-3:]}",
    "vaccinator214": lambda p, c: f"{_other_vn(p, 4, True)} (thú y viên xã)",
    "reaction214": lambda p, c: _pick(p, _VN_REACTION, 4),
    "event214": lambda p, c: _pick(p, _VN_EVENT, 2),
    "spot214": lambda p, c: _pick(p, _VN_SPOT, 3),
    "area214": lambda p, c: str(_num(p, 40) + 10),
    "until214": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 3)):%d/%m/%Y}",
    "fee214": lambda p, c: f"{(_num(p, 20) + 5) * 10_000:,}".replace(",", "."),
    "pledge214": lambda p, c: _pick(p, _VN_PLEDGE, 4),
    "officer214": lambda p, c: _other_vn(p, 5),
    "sbd214": lambda p, c: f"KT{p.other_date:%y}-{_num(p, 400):03d}",
    "birthplace214": lambda p, c: _pick(p, _VN_PROVINCES, 3),
    "degree214": lambda p, c: _pick(p, _VN_DEGREE, 2),
    "university214": lambda p, c: _pick(p, _VN_UNI, 4),
    "firm214": lambda p, c: _pick(p, _VN_FIRMS, 5),
    "field214": lambda p, c: _pick(p, _VN_FIELD, 6),
    "years214": lambda p, c: str(_num(p, 20) + 3),
    "score214": lambda p, c: str(_num(p, 40) + 60),
    "result214": lambda p, c: _pick(p, _VN_RESULT, 7),
    "dossier214": lambda p, c: f"KTV{p.other_date:%Y}/{p.bhxh[-5:]}",
    "issued214": lambda p, c: f"{_shift_date(p.other_date, -(_num(p, 3) + 1)):%d/%m/%Y}",
    "issuer214": lambda p, c: _pick(p, ("Cục CS QLHC về TTXH", "Bộ Công an", "Cục CS QLHC"), 2),
    "hometown214": lambda p, c: _pick(p, _VN_PROVINCES, 4),
    "employer214": lambda p, c: _pick(p, _VN_EMPLOYER, 3),
    "cert214": lambda p, c: _pick(p, _VN_CERT, 5),
    "papers214": lambda p, c: _pick(p, _VN_PAPERS, 6),
    "exempt214": lambda p, c: _pick(p, _VN_EXEMPT, 7),
    "exam_fee214": lambda p, c: f"{(_num(p, 4) + 1) * 550_000:,}".replace(",", "."),
    "lt_given214": lambda p, c: _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 1),
    "lt_family214": lambda p, c: _lt_family(p),
    "ak214": lambda p, c: _asmens_kodas(p),
    "lt_addr214": lambda p, c: _lt_addr(p),
    "lt_phone214": lambda p, c: f"+370 6{p.phone[4:6]} {p.phone[6:10]}{p.phone[3]}",
    "lt_ticket214": lambda p, c: f"MB {p.bhxh[-6:]}",
    "lt_permit214": lambda p, c: f"GL-{p.bhxh[:2]}-{p.bhxh[2:7]}",
    "lt_fee214": lambda p, c: f"{_num(p, 5) * 10 + 60},00",
    "lt_chair214": lambda p, c: (
        f"{_pick(p, _LT_GIVEN_M, 4)} {_pick(p, ('Kazlauskas', 'Petrauskas'), 5)}"
    ),
    "lt_note214": lambda p, c: _pick(p, _LT_NOTES, 6),
    "lv_report214": lambda p, c: f"JPP-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "lv_name214": lambda p, c: _lv_name(p),
    "pk214": lambda p, c: (
        _personas_kods(p) if int(p.bhxh) % 4 else _personas_kods(p).replace("-", "")
    ),
    "lv_sex214": lambda p, c: "V" if p.male else "S",
    "lv_addr214": lambda p, c: _lv_addr(p),
    "lv_phone214": lambda p, c: f"+371 2{p.phone[3:10]}",
    "lv_place214": lambda p, c: _pick(p, _LV_PLACE_OF, 3),
    "lv_article214": lambda p, c: _pick(p, _LV_ARTICLE, 4),
    "lv_fine214": lambda p, c: f"{(_num(p, 14) + 1) * 10}",
    "lv_officer214": lambda p, c: (
        f"inspektors {_pick(p, _LV_GIVEN_M, 5)[0]}. {_pick(p, _LV_FAMILY_M, 6)}"
    ),
    "lv_status214": lambda p, c: _pick(p, _LV_STATUS, 7),
    "ee_card214": lambda p, c: f"KK{p.other_date:%y}{p.bhxh[-7:]}",
    "ik214": lambda p, c: _isikukood(p),
    "ee_name214": lambda p, c: (
        f"{_by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 1)} {_pick(p, _EE_FAMILY, 2)}"
    ),
    "ee_sex214": lambda p, c: "M" if p.male else "N",
    "ee_addr214": lambda p, c: _ee_addr(p),
    "ee_phone214": lambda p, c: f"+372 5{p.phone[4:7]} {p.phone[7:10]}{p.phone[3]}",
    "ee_water214": lambda p, c: _pick(p, _EE_WATER, 3),
    "ee_gear214": lambda p, c: _pick(p, _EE_GEAR, 4),
    "ee_until214": lambda p, c: f"{_shift_date(p.other_date, 1) - timedelta(days=1):%d.%m.%Y}",
    "ee_fee214": lambda p, c: _pick(p, ("3,00", "12,00", "29,00", "6,00"), 5),
    "ee_issuer214": lambda p, c: _pick(p, ("Keskkonnaamet", "e-teenindus (Piletilevi)"), 6),
    "pl_account214": lambda p, c: f"{_num(p, 9)}/{p.bhxh[-5:]}/0{_num(p, 4)}",
    "pl_family214": lambda p, c: _pl_family(p),
    "pl_given214": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pesel214": lambda p, c: _pesel(p),
    "pl_flat214": lambda p, c: _pl_flat(p),
    "pl_phone214": lambda p, c: _pl_phone(p),
    "pl_area214": lambda p, c: f"{_num(p, 50) + 20},{p.bhxh[-1]}0",
    "pl_debt214": lambda p, c: f"{_num(p, 120) * 97 + 410},{p.bhxh[-2:]}",
    "pl_months214": lambda p, c: str(_num(p, 24) + 2),
    "pl_deal214": lambda p, c: _pick(p, _PL_DEAL, 4),
    "pl_cotenant214": lambda p, c: (
        f"{_pl_spouse(p)} {_by_sex(p, _PL_GIVEN_F, _PL_GIVEN_M, 5)}" if int(p.bhxh) % 2 else ""
    ),
    "pl_case214": lambda p, c: f"I C {_num(p, 900) + 100}/{p.other_date:%y}",
    "by_fio214": lambda p, c: _by_full(p),
    "by_id214": lambda p, c: _by_id(p),
    "by_sex214": lambda p, c: "М" if p.male else "Ж",
    "by_rank214": lambda p, c: _pick(p, _BY_RANK, 2) if p.male else "рядовой медицинской службы",
    "by_vus214": lambda p, c: _pick(p, _BY_VUS, 3),
    "by_reserve214": lambda p, c: _pick(p, ("1-я", "2-я", "1-я", "ВК-1"), 4),
    "by_voenkomat214": lambda p, c: _pick(p, _BY_VOENKOMAT, 5),
    "by_post214": lambda p, c: _pick(p, _BY_POST, 6),
    "by_addr214": lambda p, c: _place(p, _BY_PLACES)[0],
    "by_phone214": lambda p, c: _by_phone(p),
    "by_check214": lambda p, c: _pick(p, ("сверено", "сверено", "требует уточнения"), 7),
}
