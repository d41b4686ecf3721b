"""How the people of the three-hundred-and-eighty-eighth part of the outside corpus (**blind
388**, :mod:`lienthong.quality._corpus_blind388`) are written: holders of public transport
concession cards (the elderly, students, people with disabilities). A bus ticket counter's pass
renewals, a bus company's reissued cards, inspectors' records of misused cards, a ward's
disabled people proposed for free cards; and Hong Kong, Chilean, Portuguese, Hungarian and
Qatari card holders with their identity numbers (the HKID's mod-11 character, the RUN's mod-11
digit, the NIF's mod-11 digit and the cartão de cidadão's check characters, the TAJ's 3-7 digit,
the QID) and their cards, categories, fares and renewals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind46_writers import _taj
from lienthong.quality._corpus_blind92_writers import _hu_phone, _pt_phone
from lienthong.quality._corpus_blind98_writers import _cl_phone
from lienthong.quality._corpus_blind112_writers import _hk_name, _hk_place, _hkid
from lienthong.quality._corpus_blind114_writers import _pt_name
from lienthong.quality._corpus_blind135_writers import _qid
from lienthong.quality._corpus_blind150_writers import _nif_pt, _pt_place
from lienthong.quality._corpus_blind369_writers import _hk_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ROUTES = ("01", "09", "22A", "32", "34", "E05", "86", "106", "Liên tuyến")
_VN_POINTS = ("ĐBV Cầu Giấy", "ĐBV Long Biên", "ĐBV Kim Mã", "ĐBV Yên Nghĩa", "ĐBV Giáp Bát")
_VN_REASONS = ("Mất thẻ", "Thẻ bị gãy", "Hỏng chip", "Mờ ảnh", "Mất ví", "Thẻ bị ướt")
_VN_FAULTS = (
    "Cho người khác mượn thẻ",
    "Thẻ hết hạn",
    "Không xuất trình giấy tờ",
    "Dùng thẻ HSSV khi đã tốt nghiệp",
    "Ảnh không đúng người",
)
_NOT_OWN = (_VN_FAULTS[0], _VN_FAULTS[4])
_VN_HANDLED = ("Thu giữ thẻ", "Nhắc nhở", "Mua vé lượt", "Lập biên bản", "Thu giữ thẻ")
_VN_DISAB = ("Vận động", "Nhìn", "Nghe, nói", "Thần kinh, tâm thần", "Trí tuệ", "Khác")
_VN_LEVEL = ("Đặc biệt nặng", "Nặng", "Nặng", "Nhẹ")
_HK_KIND = ("長者 Elderly", "殘疾人士 PwD", "長者 Elderly", "綜援 CSSA (PwD)")
_HK_STATUS = ("已批核 Approved", "已批核 Approved", "待覆核 Pending", "需補交文件 Docs Req.")
_CL_GIVEN_M = ("Juan Carlos", "Luis Alberto", "José Miguel", "Cristián", "Patricio")
_CL_GIVEN_F = ("María José", "Carolina", "Francisca", "Marcela", "Javiera")
_CL_FAMILY = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva")
_CL_PLACES = (
    ("Av. Pedro Montt 2145", "Valparaíso", "Valparaíso"),
    ("Pasaje Los Aromos 318", "Concepción", "Biobío"),
    ("Calle Colón 845, depto. 32", "Temuco", "La Araucanía"),
    ("Villa Los Poetas, calle Neruda 77", "La Serena", "Coquimbo"),
    ("Av. Argentina 1560", "Antofagasta", "Antofagasta"),
)
_CL_SCHOOLS = ("Liceo Eduardo de la Barra", "Universidad de Concepción", "INACAP Temuco")
_HU_FAMILY = ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár")
_HU_GIVEN_M = ("István", "László", "József", "Zoltán", "Gábor", "Ferenc")
_HU_GIVEN_F = ("Erzsébet", "Katalin", "Ilona", "Éva", "Zsuzsanna", "Anikó")
_HU_PLACES = (
    ("1087", "VIII. kerület", "Baross tér 7. 3/12."),
    ("1117", "XI. kerület", "Fehérvári út 85. II/4."),
    ("1149", "XIV. kerület", "Bosnyák tér 14. fszt. 2."),
    ("1203", "XX. kerület", "Kossuth Lajos u. 41."),
    ("1033", "III. kerület", "Flórián tér 3. 9/51."),
)
_QA_GIVEN_M = ("محمد", "حمد", "جاسم", "خالد", "علي", "فهد")
_QA_GIVEN_F = ("نورة", "مريم", "حصة", "موزة", "العنود", "لطيفة")
_QA_FAMILY = ("الكواري", "المري", "النعيمي", "الهاجري", "السليطي", "العطية")
_QA_AREAS = (("56", "العزيزية"), ("25", "المنصورة"), ("31", "مدينة خليفة"), ("71", "الوكرة"))
_QA_NATION = (("634", "قطري Qatari"), ("634", "قطري Qatari"), ("818", "مصري Egyptian"))


def _kind(p: Person) -> int:
    """0: an elderly holder, 1: a student, 2: a person with a disability (by age at the day)."""
    age = p.other_date.year - p.birth.year
    return 0 if age >= 60 else 1 if age <= 25 else 2


def _by_kind(p: Person, kinds: tuple[str, str, str]) -> str:
    return kinds[_kind(p)]


def _fault(p: Person) -> str:
    """What the inspector found; only a student's card outlives its holder's studies."""
    faults = _VN_FAULTS if _kind(p) == 1 else _VN_FAULTS[:3] + _VN_FAULTS[4:]
    return _pick(p, faults, 6)


def _cc_pt(p: Person) -> str:
    """A cartão de cidadão number ``12345678 9 ZZ4``: the civil number, its mod-11 digit, the
    version letters and a check character over all (alternate doubling, letters from 10)."""
    civil = f"{1 + int(p.bhxh[1]) % 3}{p.bhxh[2:9]}"
    total = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    own = (11 - total % 11) % 11 % 10
    head = f"{civil}{own}{_pick(p, ('ZZ', 'ZY', 'ZX'), 3)}"
    for last in range(10):
        values = [int(ch, 36) for ch in head + str(last)]
        acc = 0
        for i, v in enumerate(reversed(values)):
            v = v * 2 if i % 2 else v
            acc += v - 9 if v > 9 else v
        if acc % 10 == 0:
            return f"{head[:8]} {head[8]} {head[9:]}{last}"
    return f"{head[:8]} {head[8]} {head[9:]}0"


def _hu_name(p: Person) -> str:
    return f"{_pick(p, _HU_FAMILY, 1)} {_by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F, 2)}"


def _hu_place(p: Person) -> tuple[str, str, str]:
    return _HU_PLACES[int(p.bhxh) // 9 % len(_HU_PLACES)]


def _cl_place(p: Person) -> tuple[str, str, str]:
    return _CL_PLACES[int(p.bhxh) // 11 % len(_CL_PLACES)]


def _qa_phone(p: Person) -> str:
    return f"+974 {_pick(p, ('3', '5', '6', '7'), 4)}{p.phone[3:6]} {p.phone[6:10]}"


def _expiry(p: Person) -> date:
    return _shift_date(p.other_date, 1 if _kind(p) == 1 else 5)


WRITERS_BLIND388: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: a ticket counter's renewals, a bus company's reissues, inspectors, a ward
    "card_no388": lambda p, c: f"{_by_kind(p, ('NCT', 'HSSV', 'NKT'))}-{p.bhxh[-7:]}",
    "kind_vn388": lambda p, c: _by_kind(p, ("Người cao tuổi", "HSSV", "Người khuyết tật")),
    "kind_ascii388": lambda p, c: _by_kind(p, ("NCT", "HS-SV", "NKT")),
    "month388": lambda p, c: f"{p.other_date:%m/%Y}",
    "stamp388": lambda p, c: f"T{p.other_date:%m}-{p.bhxh[2:8]}",
    "route388": lambda p, c: _pick(p, _VN_ROUTES, 2),
    "fare388": lambda p, c: _by_kind(p, ("0", _pick(p, ("55.000", "100.000"), 2), "0")),
    "point388": lambda p, c: _pick(p, _VN_POINTS, 3),
    "seller388": lambda p, c: _other_vn(p, 5),
    "shift388": lambda p, c: _pick(p, ("Ca 1", "Ca 2", "Ca 1", "Hành chính"), 4),
    "reason388": lambda p, c: _pick(p, _VN_REASONS, 4),
    "old_issue388": lambda p, c: f"{_shift_date(p.other_date, -1 - _num(p, 3)):%d/%m/%Y}",
    "reissue_fee388": lambda p, c: _pick(p, ("30.000", "30.000", "50.000", "Miễn phí"), 5),
    "new_card388": lambda p, c: f"{_by_kind(p, ('NCT', 'HSSV', 'NKT'))}-{p.bhxh[:7]}",
    "pickup388": lambda p, c: f"{p.other_date + timedelta(days=7 + _num(p, 8)):%d/%m/%Y}",
    "record388": lambda p, c: f"{_num(p, 900) + 12}/BB-KTV",
    "trip388": lambda p, c: (
        f"Tuyến {_pick(p, _VN_ROUTES[:-1], 2)} - BKS 29B-{p.bhxh[3:6]}.{p.bhxh[6:8]}"
    ),
    "holder388": lambda p, c: _other_vn(p, 6) if _fault(p) in _NOT_OWN else "Chính chủ",
    "fault388": lambda p, c: _fault(p),
    "handled388": lambda p, c: _pick(p, _VN_HANDLED, 7),
    "inspector388": lambda p, c: f"{_other_vn(p, 8)} (KT{p.bhxh[-3:]})",
    "time388": lambda p, c: f"{6 + _num(p, 14):02d}:{_num(p, 60):02d}",
    "disab388": lambda p, c: _pick(p, _VN_DISAB, 8),
    "level388": lambda p, c: _pick(p, _VN_LEVEL, 9),
    "cert388": lambda p, c: f"{_num(p, 800) + 101}/GXNKT",
    "escort388": lambda p, c: _other_vn(p, 10) if _pick(p, _VN_LEVEL, 9) == "Đặc biệt nặng" else "",
    "escort_phone388": lambda p, c: (
        _other_phone(p, "03") if _pick(p, _VN_LEVEL, 9) == "Đặc biệt nặng" else ""
    ),
    "officer388": lambda p, c: _other_vn(p, 11),
    # Hong Kong: the $2 scheme's personalised cards
    "hk_ref388": lambda p, c: f"SWD/PTF/{p.other_date:%y}/{p.bhxh[-6:]}",
    "hkid388": lambda p, c: _hkid(p),
    "hk_zh388": lambda p, c: f"{_hk_name(p)[0][0]}{_hk_name(p)[1][0]}",
    "hk_en388": lambda p, c: f"{_hk_name(p)[0][1]}, {_hk_name(p)[1][1]}",
    "sex_hk388": lambda p, c: "男 M" if p.male else "女 F",
    "hk_addr388": lambda p, c: f"{_hk_place(p)[3]}, {_hk_place(p)[1]}",
    "hk_district388": lambda p, c: _hk_place(p)[0],
    "hk_phone388": lambda p, c: _hk_phone(p),
    "hk_kind388": lambda p, c: _HK_KIND[0] if _kind(p) == 0 else _pick(p, _HK_KIND[1::2], 3),
    "octopus388": lambda p, c: f"{p.bhxh[:8]}({_num(p, 10)})",
    "hk_status388": lambda p, c: _pick(p, _HK_STATUS, 4),
    # Chile: reduced fares of a regional public transport
    "cl_run388": lambda p, c: _rut(p),
    "cl_given388": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_fam388": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_fam2_388": lambda p, c: _pick(p, _CL_FAMILY, 5),
    "sex_cl388": lambda p, c: "M" if p.male else "F",
    "cl_street388": lambda p, c: _cl_place(p)[0],
    "cl_comuna388": lambda p, c: _cl_place(p)[1],
    "cl_region388": lambda p, c: _cl_place(p)[2],
    "cl_phone388": lambda p, c: _cl_phone(p),
    "cl_kind388": lambda p, c: _by_kind(p, ("Adulto mayor", "Estudiante", "Discapacidad")),
    "cl_school388": lambda p, c: _pick(p, _CL_SCHOOLS, 3) if _kind(p) == 1 else "",
    "cl_card388": lambda p, c: f"{p.bhxh[1:9]}{_num(p, 10)}",
    "cl_expiry388": lambda p, c: f"{_expiry(p):%d-%m-%Y}",
    # Portugal: Braga urban transport concession passes
    "pt_name388": lambda p, c: _pt_name(p),
    "nif388": lambda p, c: _nif_pt(p),
    "cc388": lambda p, c: _cc_pt(p),
    "pt_street388": lambda p, c: _pt_place(p)[0],
    "pt_postcode388": lambda p, c: _pt_place(p)[1],
    "pt_town388": lambda p, c: _pt_place(p)[2],
    "pt_phone388": lambda p, c: _pt_phone(p),
    "pt_kind388": lambda p, c: _by_kind(p, ("Passe Sénior", "Passe Sub23", "Passe Social+")),
    "pt_card388": lambda p, c: f"{p.bhxh[:3]} {p.bhxh[3:6]} {p.bhxh[6:]}",
    "pt_price388": lambda p, c: _by_kind(p, ("12,50 €", "0,00 €", "15,00 €")),
    # Hungary: BKK's personal concession passes
    "hu_name388": lambda p, c: _hu_name(p),
    "hu_mother388": lambda p, c: f"{_pick(p, _HU_FAMILY, 6)} {_pick(p, _HU_GIVEN_F, 7)}",
    "taj388": lambda p, c: _taj(p),
    "hu_postcode388": lambda p, c: _hu_place(p)[0],
    "hu_district388": lambda p, c: f"Budapest {_hu_place(p)[1]}",
    "hu_street388": lambda p, c: _hu_place(p)[2],
    "hu_phone388": lambda p, c: _hu_phone(p),
    "hu_kind388": lambda p, c: _by_kind(p, ("65 év feletti", "Tanuló", "Fogyatékos")),
    "hu_card388": lambda p, c: f"BKK-{p.bhxh[2:10]}",
    "hu_valid388": lambda p, c: f"{_expiry(p):%Y.%m.%d.}",
    # Qatar: Karwa concession smartcards
    "qid388": lambda p, c: _qid(p, _pick(p, tuple(n for n, _ in _QA_NATION), 2)),
    "qa_nation388": lambda p, c: dict(_QA_NATION)[_pick(p, tuple(n for n, _ in _QA_NATION), 2)],
    "qa_name388": lambda p, c: (
        f"{_by_sex(p, _QA_GIVEN_M, _QA_GIVEN_F, 1)} {_pick(p, _QA_FAMILY, 3)}"
    ),
    "sex_qa388": lambda p, c: "ذكر" if p.male else "أنثى",
    "qa_zone388": lambda p, c: _pick(p, tuple(z for z, _ in _QA_AREAS), 4),
    "qa_area388": lambda p, c: dict(_QA_AREAS)[_pick(p, tuple(z for z, _ in _QA_AREAS), 4)],
    "qa_phone388": lambda p, c: _qa_phone(p),
    "qa_kind388": lambda p, c: _by_kind(p, ("كبار السن Senior", "طالب Student", "ذوو الإعاقة PwD")),
    "qa_card388": lambda p, c: f"KRW{p.bhxh[1:10]}",
    "qa_guardian388": lambda p, c: f"{_pick(p, _QA_GIVEN_M, 5)} {_pick(p, _QA_FAMILY, 3)}",
}
