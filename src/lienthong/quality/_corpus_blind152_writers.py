"""How the people of the hundred-and-fifty-second part of the outside corpus (**blind 152**,
:mod:`lienthong.quality._corpus_blind152`) are written: four Vietnamese files' own columns (poor
households handed a smartphone as 2G is switched off, salt farmers paid support after a bad
season, a commune's community digital technology team, a ward's register of stray-dog catches and
fines) and Israeli, Cypriot, Greek, Maltese and Albanian names, places, phones and numbers in the
forms their registers show (the Teudat Zehut ends in its Luhn-style digit, the Greek ΑΦΜ in its
powers-of-two mod-11 digit and the ΑΜΚΑ in its Luhn digit, the Maltese identity card in its
letter, the Albanian NID in its decade letter and control letter, the Albanian plate in its
``AA 123 BC`` form)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import (
    _GR_FATHERS,
    _GR_GIVEN_F,
    _GR_GIVEN_M,
    _amka,
    _by_sex,
    _num,
    _pick,
)
from lienthong.quality._corpus_blind22_writers import (
    _AL_FAMILY,
    _AL_FATHERS,
    _AL_GIVEN_F,
    _AL_GIVEN_M,
    _al_place,
    _nid_al,
)
from lienthong.quality._corpus_blind27_writers import (
    _CY_FAMILY,
    _CY_GIVEN_F,
    _CY_GIVEN_M,
    _cy_place,
    _other_phone,
    _other_vn,
)
from lienthong.quality._corpus_blind31_writers import (
    _MT_FAMILY,
    _MT_GIVEN_F,
    _MT_GIVEN_M,
    _mt_id,
    _mt_place,
)
from lienthong.quality._corpus_blind40_writers import (
    _IL_FAMILY,
    _IL_GIVEN_F,
    _IL_GIVEN_M,
    _IL_PLACES,
    _safe_day,
    _teudat_zehut,
)
from lienthong.quality._corpus_blind64_writers import _GR_FAMILY, _GR_PLACES
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: smartphones for poor households as 2G is switched off ------------------------------
_VN_CARRIERS = ("Viettel", "Viettel", "VinaPhone", "MobiFone")
_VN_HH_KINDS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ NCC", "Hộ BTXH")
_VN_MODELS = ("Viettel Sumo 4G T1", "Itel S23", "Masstel Izi 4G", "Vsmart Joy 4 (tặng)")
# -- Vietnam: salt farmers ------------------------------------------------------------------------
_VN_SALT_FIELDS = ("Cánh đồng muối Bạch Long", "Đồng muối Hòn Khói", "Đồng muối Sa Huỳnh",
                   "Đồng muối Tân Thuận", "Đồng muối Văn Lý")  # fmt: skip
_VN_SALT_WAYS = ("Phơi cát", "Phơi nước trải bạt", "Phơi nước", "Phơi cát")
# -- Vietnam: community digital technology team ---------------------------------------------------
_VN_CNS_ROLES = ("Tổ trưởng", "Tổ phó", "Thành viên", "Thành viên", "Thành viên")
_VN_CNS_JOBS = ("CC Văn hóa - XH", "Trưởng thôn", "Bí thư chi đoàn", "Công an viên",
                "Nhân viên Viettel", "Giáo viên", "Chi hội trưởng phụ nữ")  # fmt: skip
_VN_CNS_TASKS = ("HD cài đặt VNeID", "HD thanh toán không dùng tiền mặt", "HD DVC trực tuyến",
                 "HD sổ sức khỏe điện tử", "Sàn TMĐT nông sản")  # fmt: skip
# -- Vietnam: stray dogs caught by the ward's team -----------------------------------------------
_VN_DOG_BREEDS = ("Chó ta", "Chó ta", "Phốc sóc", "Chó Bắc Hà", "Poodle", "Becgie")
_VN_DOG_OUTCOME = ("Chủ nhận lại, nộp phạt", "Chủ nhận lại, nộp phạt", "Quá hạn, tiêu hủy",
                   "Chủ nhận lại, đã tiêm dại", "Đang giữ")  # fmt: skip
# -- Israel: a municipality's register of dogs and their owners ----------------------------------
_IL_BREEDS = ("מעורב", "לברדור", "כנעני", "רועה גרמני", "שיצו", "פודל", "האסקי")
_IL_DOGS = ("לאקי", "שוקו", "בל", "רקסי", "מיקה", "טופי", "ג'וני")
_IL_VETS = ('ד"ר כהן - וטרינר עירוני', "מרפאת חיות רמת אביב", "וטרינר עירוני חיפה",
            "מרפאת וטרינרית בית הכרם")  # fmt: skip
# -- Cyprus: state student grant applicants ------------------------------------------------------
_CY_UNIS = ("Πανεπιστήμιο Κύπρου", "ΤΕΠΑΚ", "Πανεπιστήμιο Λευκωσίας", "ΕΚΠΑ (Αθήνα)",
            "ΑΠΘ (Θεσσαλονίκη)", "University of Warwick (ΗΒ)")  # fmt: skip
_CY_BANKS = ("CY16 0020 0128", "CY47 0050 0211", "CY21 0180 0004", "CY09 0030 0100")
_CY_STATUS = ("Εγκρίθηκε", "Εγκρίθηκε", "Υπό εξέταση", "Απορρίφθηκε (εισόδημα)", "Ελλιπής")
# -- Greece: ERGANI announcement of hiring (Ε3) ---------------------------------------------------
_GR_JOBS = ("Σερβιτόρος", "Μάγειρας", "Υπάλληλος γραφείου", "Οδηγός", "Πωλητής",
            "Καμαριέρα", "Αποθηκάριος")  # fmt: skip
_GR_EMPLOYERS = ("ΑΦΟΙ ΠΑΠΑΔΑΚΗ Ο.Ε.", "ΞΕΝΟΔΟΧΕΙΑ ΑΙΓΑΙΟΥ Α.Ε.", "ΜΑΡΚΟΠΟΥΛΟΣ Ι. ΚΑΙ ΣΙΑ Ε.Ε.",
                 "ΤΡΟΦΙΜΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.")  # fmt: skip
_GR_TERMS = ("Αορίστου χρόνου", "Ορισμένου χρόνου", "Εποχική", "Μερική απασχόληση")
_GR_ID_LETTERS = ("ΑΚ", "ΑΜ", "ΑΒ", "ΑΗ", "ΑΙ", "ΑΝ", "Χ", "Σ")
# -- Malta: the electoral register ---------------------------------------------------------------
_MT_STREET_NO = ("Flat {n}, Blk A", "{n}", "'Sunrise', {n}", "Maisonette {n}", "{n}")
# -- Albania: road transport office's register of vehicle owners ---------------------------------
_AL_MAKES = ("Mercedes-Benz C 220", "Volkswagen Golf 1.9 TDI", "Toyota Yaris", "Benz E 250",
             "Fiat Punto", "Audi A4 2.0", "Hyundai Tucson")  # fmt: skip
_AL_INSURERS = ("Sigal Uniqa", "Eurosig", "Albsig", "Intersig", "Sicred")
_AL_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVXZ"
_AL_BIRTHPLACES = ("Tiranë", "Fier", "Korçë", "Berat", "Lushnjë", "Kukës", "Gjirokastër")


def _al_plate(p: Person) -> str:
    """An Albanian plate since 2011: ``AA 123 BC``."""
    n = int(p.bhxh)
    first = _AL_PLATE_LETTERS[n % 7]
    pair = "".join(_AL_PLATE_LETTERS[n // k % len(_AL_PLATE_LETTERS)] for k in (7, 151))
    return f"A{first} {p.bhxh[2:5]} {pair}"


def _caps_gr(text: str) -> str:
    """Greek written in capitals the way forms print them: without the accents."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.upper())


def _young(p: Person) -> date:
    """A student's birth: the person's day and month, 18 to 24 years before the year's intake."""
    return _safe_day(2000 + _num(p, 6), p.birth.month, p.birth.day)


def _afm(p: Person) -> str:
    """A Greek ΑΦΜ: eight digits and a check digit (powers of two, mod 11, mod 10)."""
    body = f"{int(p.bhxh[1:9]) % 90_000_000 + 10_000_000}"
    total = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body))
    return f"{body}{total % 11 % 10}"


def _adt(p: Person) -> str:
    letters = _pick(p, _GR_ID_LETTERS, 7)
    return f"{letters}{p.bhxh[-6:]}" if len(letters) == 2 else f"{letters} {p.bhxh[-6:]}"


def _gr_place(p: Person) -> tuple[str, str, str]:
    return _GR_PLACES[int(p.bhxh) // 5 % len(_GR_PLACES)]


def _il_place(p: Person) -> tuple[str, str, str]:
    return _IL_PLACES[int(p.bhxh) // 5 % len(_IL_PLACES)]


def _cy_id(p: Person) -> str:
    """A Cypriot identity card number: up to seven digits, no check digit."""
    return f"{int(p.bhxh[-7:]) % 1_150_000 + 250_000}"


def _mt_street(p: Person) -> str:
    house = _pick(p, _MT_STREET_NO, 6).format(n=_num(p, 90))
    return f"{house}, {_mt_place(p)[0]}"


WRITERS_BLIND152: dict[str, Callable[[Person, Col], object]] = {
    # smartphones for poor households (2G switch-off)
    "g2_carrier152": lambda p, c: _pick(p, _VN_CARRIERS, 2),
    "g2_kind152": lambda p, c: _pick(p, _VN_HH_KINDS, 3),
    "g2_code152": lambda p, c: f"HN-{p.other_date.year}-{p.bhxh[-4:]}",
    "g2_model152": lambda p, c: _pick(p, _VN_MODELS, 4),
    "g2_imei152": lambda p, c: f"35{p.bhxh}{p.bhxh[::-1][:3]}",
    "g2_sign152": lambda p, c: "Đã ký" if _num(p, 6) != 1 else "Con trai ký thay",
    # salt farmers
    "salt_field152": lambda p, c: _pick(p, _VN_SALT_FIELDS, 2),
    "salt_area152": lambda p, c: f"{_num(p, 30) * 500:,}".replace(",", "."),
    "salt_way152": lambda p, c: _pick(p, _VN_SALT_WAYS, 3),
    "salt_tons152": lambda p, c: f"{_num(p, 90) / 2:.1f}".replace(".", ","),
    "salt_amount152": lambda p, c: _dotted(_num(p, 20) * 250_000),
    "salt_coop152": lambda p, c: "" if _num(p, 3) == 1 else f"HTX muối {_num(p, 4)}",
    # community digital technology team
    "cns_team152": lambda p, c: f"Tổ CNS thôn {_num(p, 14)}",
    "cns_role152": lambda p, c: _pick(p, _VN_CNS_ROLES, 2),
    "cns_job152": lambda p, c: _pick(p, _VN_CNS_JOBS, 3),
    "cns_task152": lambda p, c: _pick(p, _VN_CNS_TASKS, 4),
    "cns_zalo152": lambda p, c: "Có" if _num(p, 5) != 2 else "Không",
    "cns_decision152": lambda p, c: f"{_num(p, 200)}/QĐ-UBND ngày {p.other_date:%d/%m/%Y}",
    # stray dogs caught by the ward
    "dog_case152": lambda p, c: f"{_num(p, 400):03d}/BB-BT",
    "dog_breed152": lambda p, c: _pick(p, _VN_DOG_BREEDS, 2),
    "dog_place152": lambda p, c: f"Trước nhà số {_num(p, 200)} {p.street.split(' ', 1)[1]}",
    "dog_fine152": lambda p, c: _pick(p, ("800.000", "1.000.000", "1.500.000"), 3),
    "dog_outcome152": lambda p, c: _pick(p, _VN_DOG_OUTCOME, 4),
    "dog_officer152": lambda p, c: _other_vn(p, 7, male=True),
    "dog_officer_phone152": lambda p, c: _other_phone(p, "0283"),
    # Israel: dogs and their owners
    "il_tz152": lambda p, c: _teudat_zehut(p),
    "il_given152": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 1),
    "il_family152": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_addr152": lambda p, c: f"{_il_place(p)[0]} {_num(p, 90)}, {_il_place(p)[1]}",
    "il_pc152": lambda p, c: _il_place(p)[2],
    "il_phone152": lambda p, c: f"05{_pick(p, ('0', '2', '3', '4', '8'), 3)}-{p.phone[3:10]}",
    "il_dog152": lambda p, c: _pick(p, _IL_DOGS, 4),
    "il_breed152": lambda p, c: _pick(p, _IL_BREEDS, 5),
    "il_chip152": lambda p, c: f"9720{p.bhxh}{p.bhxh[:1]}",
    "il_rabies152": lambda p, c: f"{p.other_date:%d/%m/%Y}",
    "il_vet152": lambda p, c: _pick(p, _IL_VETS, 6),
    "il_fee152": lambda p, c: _pick(p, ("פטור (קצבת זקנה)", "₪ 81", "₪ 366", "₪ 81"), 7),
    # Cyprus: state student grant
    "cy_id152": lambda p, c: _cy_id(p),
    "cy_name152": lambda p, c: _caps_gr(
        f"{_pick(p, _CY_FAMILY, 2)} {_by_sex(p, _CY_GIVEN_M, _CY_GIVEN_F, 1)}"
    ),
    "cy_birth152": lambda p, c: f"{_young(p):%d/%m/%Y}",
    "cy_street152": lambda p, c: f"{_cy_place(p)[0]} {_num(p, 140)}, Διαμ. {_num(p, 30)}",
    "cy_town152": lambda p, c: _cy_place(p)[1],
    "cy_pc152": lambda p, c: _cy_place(p)[2],
    "cy_phone152": lambda p, c: f"9{_pick(p, ('9', '7', '6', '5'), 3)}{p.phone[4:10]}",
    "cy_parent152": lambda p, c: f"{_by_sex(p, _CY_GIVEN_M, _CY_GIVEN_M, 4)} (πατέρας)",
    "cy_parent_id152": lambda p, c: f"{int(p.bhxh[:6]) % 900_000 + 100_000}",
    "cy_uni152": lambda p, c: _pick(p, _CY_UNIS, 5),
    "cy_iban152": lambda p, c: f"{_pick(p, _CY_BANKS, 6)} 0000 {p.bhxh[:4]} {p.bhxh[4:8]}",
    "cy_income152": lambda p, c: f"{_num(p, 60) * 1000 + 9000:,}".replace(",", "."),
    "cy_status152": lambda p, c: _pick(p, _CY_STATUS, 7),
    # Greece: ERGANI hiring announcements
    "gr_afm152": lambda p, c: _afm(p),
    "gr_amka152": lambda p, c: _amka(p),
    "gr_adt152": lambda p, c: _adt(p),
    "gr_family152": lambda p, c: _caps_gr(
        _GR_FAMILY[int(p.bhxh) // 3 % len(_GR_FAMILY)][0 if p.male else 1]
    ),
    "gr_given152": lambda p, c: _caps_gr(_by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1)),
    "gr_father152": lambda p, c: _caps_gr(_pick(p, _GR_FATHERS, 4)),
    "gr_sex152": lambda p, c: "Άνδρας" if p.male else "Γυναίκα",
    "gr_street152": lambda p, c: _gr_place(p)[0],
    "gr_pc152": lambda p, c: _gr_place(p)[1],
    "gr_dimos152": lambda p, c: f"ΔΗΜΟΣ {_caps_gr(_gr_place(p)[2])}",
    "gr_phone152": lambda p, c: f"69{_pick(p, ('4', '7', '8', '9'), 3)}{p.phone[3:10]}",
    "gr_employer152": lambda p, c: _pick(p, _GR_EMPLOYERS, 5),
    "gr_job152": lambda p, c: _pick(p, _GR_JOBS, 6),
    "gr_term152": lambda p, c: _pick(p, _GR_TERMS, 7),
    "gr_pay152": lambda p, c: f"{830 + _num(p, 60) * 10},00",
    "gr_protocol152": lambda p, c: f"Ε3 {p.bhxh[:7]}/{p.other_date:%d-%m-%Y}",
    # Malta: the electoral register
    "mt_id152": lambda p, c: _mt_id(p),
    "mt_family152": lambda p, c: _pick(p, _MT_FAMILY, 2).upper(),
    "mt_given152": lambda p, c: _by_sex(p, _MT_GIVEN_M, _MT_GIVEN_F, 1),
    "mt_addr152": lambda p, c: _mt_street(p),
    "mt_town152": lambda p, c: _mt_place(p)[1],
    "mt_district152": lambda p, c: f"{_pick(p, ('I', 'II', 'VI', 'VIII', 'XI', 'XIII'), 3)}",
    "mt_vote_doc152": lambda p, c: _pick(p, ("Collected", "Collected", "Not collected"), 4),
    "mt_polling152": lambda p, c: f"Skola Primarja, Kamra {_num(p, 12)}",
    # Albania: vehicle owners
    "al_nid152": lambda p, c: _nid_al(p),
    "al_given152": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 1),
    "al_family152": lambda p, c: _pick(p, _AL_FAMILY, 2),
    "al_father152": lambda p, c: _pick(p, _AL_FATHERS, 3),
    "al_sex152": lambda p, c: "M" if p.male else "F",
    "al_pob152": lambda p, c: _pick(p, _AL_BIRTHPLACES, 4),
    "al_addr152": lambda p, c: (
        f"{_al_place(p)[0].format(n=_num(p, 60), f=_num(p, 20))}, {_al_place(p)[1]}"
    ),
    "al_phone152": lambda p, c: (
        f"+355 6{_pick(p, ('7', '8', '9'), 5)} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "al_plate152": lambda p, c: _al_plate(p),
    "al_make152": lambda p, c: _pick(p, _AL_MAKES, 6),
    "al_year152": lambda p, c: f"{1998 + _num(p, 22)}",
    "al_vin152": lambda p, c: f"WVWZZZ1KZ{p.bhxh[:2]}W{p.bhxh[-6:]}",
    "al_insurer152": lambda p, c: _pick(p, _AL_INSURERS, 7),
    "al_registered152": lambda p, c: f"{p.other_date:%d.%m.%Y}",
}
