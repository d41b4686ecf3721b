"""How the people of the three-hundred-and-seventeenth part of the outside corpus (**blind 317**,
:mod:`lienthong.quality._corpus_blind317`) are written: four Vietnamese defence files' own columns
(a military service health check, a reservist's assignment, a war participant's one-off allowance,
a young man's first military service registration) and the conscripts, reservists and veterans
of South Korea, Israel, Colombia, Finland and Thailand in the forms their registers show (the
resident registration number's mod 11 digit, the ת.ז.'s Luhn digit, the henkilötunnus's mod 31
character, the Thai id's mod 11 digit; Buddhist-era dates in Thailand)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _hetu
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _teudat_zehut
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid
from lienthong.quality._corpus_blind91_writers import _FI_FAMILY, _FI_GIVEN_F, _FI_GIVEN_M
from lienthong.quality._corpus_blind112_writers import (
    _KR_FAMILY,
    _KR_GIVEN_F,
    _KR_GIVEN_M,
    _kr_addr,
    _rrn,
)
from lienthong.quality._corpus_blind117_writers import (
    _TH_FAMILY,
    _TH_GIVEN_F,
    _TH_GIVEN_M,
    _TH_PLACES,
)
from lienthong.quality._corpus_blind127_writers import _IL_FAMILY, _IL_GIVEN_F, _IL_GIVEN_M
from lienthong.quality._corpus_blind144_writers import _CO_FAMILY, _CO_GIVEN_F, _CO_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: military service health check --------------------------------------------------------
_VN_EDU = ("12/12", "12/12", "9/12", "Cao đẳng", "Đại học", "11/12")
_VN_JOBS = ("Làm ruộng", "Lao động tự do", "Công nhân", "Sinh viên", "Thợ hàn", "Lái xe")
_VN_GRADES = ("Loại 1", "Loại 2", "Loại 2", "Loại 3", "Loại 3", "Loại 4", "Loại 5")
_VN_VERDICT = ("Đủ SK gọi NN", "Đủ SK gọi NN", "Đủ SK gọi NN", "Không đủ SK", "Tạm hoãn (SK)")
# -- Vietnam: first-class reservists assigned to reserve units -------------------------------------
_VN_HOMES = ("Hải Hậu, Nam Định", "Quỳnh Lưu, Nghệ An", "Thạch Hà, Hà Tĩnh", "Tiên Lữ, Hưng Yên")
_VN_RANKS = ("Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Binh nhì", "Hạ sĩ")
_VN_CNQS = ("1000102 - BB", "1001061 - Lái xe", "2100211 - Pháo binh", "4010101 - Thông tin")
_VN_POSTS = ("Chiến sĩ", "Tiểu đội trưởng", "Khẩu đội trưởng", "Lái xe", "Trung đội phó")
_VN_UNITS = ("b1/c1/d4/e48", "b2/c2/d5/e48", "c20 TT/e48", "b3/c9/d6/e64", "c24 PK/e64")
# -- Vietnam: war participants' one-off allowance (QĐ 62) -----------------------------------------
_VN_WAR_UNITS = ("e2/f330/QK9", "d3/e95/f325", "e149/f316/QK2", "Đoàn 7701/QK5", "e174/f5/QK7")
_VN_WAR_AREAS = ("Biên giới Tây Nam", "CPC giúp bạn", "Biên giới phía Bắc", "Vị Xuyên, Hà Giang")
_VN_WAR_AMOUNTS = ("2.000.000", "2.800.000", "3.600.000", "4.400.000", "5.200.000")
# -- Vietnam: young men's first military service registration -------------------------------------
_VN_HAMLETS = ("Thôn 1", "Thôn Đông", "Tổ dân phố 4", "Xóm Trại", "Thôn Bắc Sơn", "TDP số 7")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Nùng", "Thái")
_VN_SCHOOLS = ("THPT Lê Quý Đôn", "THPT Nguyễn Trãi", "TTGDNN-GDTX huyện", "Làm ruộng tại nhà")

# -- South Korea: reservists called for training ---------------------------------------------------
_KR_RANKS = ("병장", "병장", "병장", "상병", "하사", "중사")
_KR_MOS = ("소총수", "운전병", "취사병", "통신병", "포병", "행정병")
_KR_UNITS = ("노원구 상계1동대", "은평구 불광동대", "강서구 화곡동대", "관악구 신림동대")
_KR_TRAIN = ("동원훈련 Ⅰ형", "동원훈련 Ⅱ형", "작계훈련", "기본훈련", "원격교육")
_KR_DONE = ("이수", "이수", "이수", "미참", "연기")
_KR_KIN = ("부", "모", "배우자", "형")
# -- Israel: reservists' compensation claims -------------------------------------------------------
_IL_PLACES = (
    ("הרצל", "ראשון לציון", "7525"),
    ("ז'בוטינסקי", "פתח תקווה", "4930"),
    ("שדרות ירושלים", "אשדוד", "7747"),
    ("הנשיא", "חיפה", "3462"),
    ("רגר", "באר שבע", "8414"),
)
_IL_UNITS = ("חטיבה 55", "גדוד 8104", "פיקוד העורף", "חיל האוויר", "גדוד 9263", "תותחנים")
_IL_EMPLOYERS = ("עצמאי", "אינטל ישראל", "עיריית אשדוד", "סטודנט", "רמי לוי", "לא מועסק")
_IL_STATUS = ("שולם", "שולם", "בטיפול", "חסר אישור מעסיק", "שולם")
# -- Colombia: men defining their military situation ----------------------------------------------
_CO_PLACES = (
    ("Cl. 45 Sur # 72-18", "Bogotá D.C.", "Bogotá D.C.", "Distrito Militar No. 1"),
    ("Cra. 50A # 62-14", "Medellín", "Antioquia", "Distrito Militar No. 6"),
    ("Av. 3N # 38-20", "Cali", "Valle del Cauca", "Distrito Militar No. 20"),
    ("Cl. 30 # 17-45", "Barranquilla", "Atlántico", "Distrito Militar No. 10"),
    ("Mz. 4 Cs. 12 B. La Esperanza", "Quibdó", "Chocó", "Distrito Militar No. 59"),
)
_CO_BIRTH = ("Bogotá", "Cúcuta", "Pasto", "Montería", "Tumaco", "Quibdó")
_CO_STATUS = ("Remiso", "Aplazado", "Apto - incorporado", "No apto", "Definida por cuota")
_CO_CLASS = ("Primera clase", "Segunda clase", "Segunda clase", "Pendiente")
_CO_KIN = ("madre", "padre", "hermana", "abuela")
# -- Finland: reservists called to refresher exercises ---------------------------------------------
_FI_PLACES = (
    ("Kauppakatu 21 B 12", "87100", "Kajaani"),
    ("Pohjolankatu 8 A 4", "96100", "Rovaniemi"),
    ("Isoympyräkatu 3", "49400", "Hamina"),
    ("Kirkkotie 14", "38800", "Jämijärvi"),
    ("Hämeenkatu 30 C 22", "33200", "Tampere"),
)
_FI_RANKS = ("sotamies", "korpraali", "alikersantti", "kersantti", "vänrikki", "luutnantti")
_FI_TASKS = ("kivääriampuja", "ryhmänjohtaja", "kuljettaja", "viestimies", "lääkintämies")
_FI_UNITS = ("Kainuun prikaati", "Jääkäriprikaati", "Reserviupseerikoulu", "Porin prikaati")
# -- Thailand: veterans' card holders --------------------------------------------------------------
_TH_RANKS_M = ("ส.อ.", "จ.ส.อ.", "ส.ต.", "พลทหาร", "ร.ต.", "จ.ส.ต.")
_TH_RANKS_F = ("นาง", "น.ส.", "จ.ส.อ.หญิง")
_TH_KINDS = ("ประเภท ก", "ประเภท ข", "ประเภท ค", "ประเภท ค", "ประเภท ง")
_TH_UNITS = ("ร.1 พัน.1 รอ.", "ร.3 พัน.2", "กองกำลังบูรพา", "ป.5 พัน.105", "ทพ.45")
_TH_OPS = ("ชายแดนไทย-กัมพูชา", "จังหวัดชายแดนภาคใต้", "ยุทธการบ้านร่มเกล้า", "ชายแดนด้านตะวันตก")
_TH_RIGHTS = ("เบี้ยยังชีพ", "ทุนการศึกษาบุตร", "ค่ารักษาพยาบาล", "เงินสงเคราะห์ประจำ")


def _vn_bdate(p: Person, years: int, extra: int = 0) -> date:
    return _shift_date(p.birth, years) + timedelta(days=extra)


def _kr_name317(p: Person) -> str:
    return _pick(p, _KR_FAMILY, 3) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 4)


def _kr_kin(p: Person) -> str:
    """An emergency contact: the name, the relation in brackets and a mobile."""
    kin = _pick(p, _KR_KIN, 9)
    given = _pick(p, _KR_GIVEN_M if kin in ("부", "형") else _KR_GIVEN_F, 8)
    family = _pick(p, _KR_FAMILY, 3) if kin != "배우자" and kin != "모" else _pick(p, _KR_FAMILY, 7)
    return f"{family}{given}({kin}) 010-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}"


def _il(p: Person) -> tuple[str, str, str]:
    return _IL_PLACES[int(p.bhxh) // 7 % len(_IL_PLACES)]


def _co(p: Person) -> tuple[str, str, str, str]:
    return _CO_PLACES[int(p.bhxh) // 7 % len(_CO_PLACES)]


def _fi(p: Person) -> tuple[str, str, str]:
    return _FI_PLACES[int(p.bhxh) // 7 % len(_FI_PLACES)]


def _th(p: Person) -> tuple[str, ...]:
    return _TH_PLACES[int(p.bhxh) // 7 % len(_TH_PLACES)]


def _co_kin(p: Person) -> str:
    """The relative who answers for him: a first name, his first surname, the relation."""
    kin = _pick(p, _CO_KIN, 8)
    given = _pick(p, _CO_GIVEN_M if kin == "padre" else _CO_GIVEN_F, 7)
    return f"{given} {_pick(p, _CO_FAMILY, 2)} ({kin})"


def _co_cc(p: Person) -> str:
    """A cédula de ciudadanía: eight to ten digits, larger for the young, with thousands dots."""
    number = int(p.bhxh) % 90_000_000 + (1_000_000_000 if p.birth.year >= 1995 else 10_000_000)
    return f"{number:,}".replace(",", ".") if int(p.bhxh) % 3 else str(number)


WRITERS_BLIND317: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: military service health check
    "hc_edu317": lambda p, c: _pick(p, _VN_EDU, 2),
    "hc_job317": lambda p, c: _pick(p, _VN_JOBS, 3),
    "hc_father317": lambda p, c: _other_vn(p, 4, male=True, family=p.family),
    "hc_mother317": lambda p, c: _other_vn(p, 5, male=False),
    "hc_height317": lambda p, c: 158 + _num(p, 22),
    "hc_weight317": lambda p, c: 48 + _num(p, 25),
    "hc_chest317": lambda p, c: 76 + _num(p, 14),
    "hc_grade317": lambda p, c: _pick(p, _VN_GRADES, 6),
    "hc_verdict317": lambda p, c: _pick(p, _VN_VERDICT, 7),
    # Vietnam: reservists assigned to reserve units
    "rs_home317": lambda p, c: _pick(p, _VN_HOMES, 2),
    "rs_rank317": lambda p, c: _pick(p, _VN_RANKS, 3),
    "rs_cnqs317": lambda p, c: _pick(p, _VN_CNQS, 4),
    "rs_post317": lambda p, c: _pick(p, _VN_POSTS, 5),
    "rs_unit317": lambda p, c: _pick(p, _VN_UNITS, 6),
    "rs_order317": lambda p, c: f"{_num(p, 250)}/QĐ-BCH",
    # Vietnam: war participants' one-off allowance
    "qd_home317": lambda p, c: _pick(p, _VN_HOMES, 3),
    "qd_in317": lambda p, c: f"{_vn_bdate(p, 18, _num(p, 200)):%d/%m/%Y}",
    "qd_out317": lambda p, c: f"{_vn_bdate(p, 22, _num(p, 300)):%d/%m/%Y}",
    "qd_unit317": lambda p, c: _pick(p, _VN_WAR_UNITS, 4),
    "qd_area317": lambda p, c: _pick(p, _VN_WAR_AREAS, 5),
    "qd_years317": lambda p, c: f"{2 + _num(p, 3)} năm {_num(p, 11)} tháng",
    "qd_amount317": lambda p, c: _pick(p, _VN_WAR_AMOUNTS, 6),
    "qd_kin317": lambda p, c: _other_vn(p, 7) if int(p.bhxh) % 4 == 0 else "",
    # Vietnam: first military service registration
    "fr_hamlet317": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "fr_ethnic317": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "fr_edu317": lambda p, c: _pick(p, ("10/12", "11/12", "12/12", "9/12"), 4),
    "fr_school317": lambda p, c: _pick(p, _VN_SCHOOLS, 5),
    "fr_father317": lambda p, c: _other_vn(p, 6, male=True, family=p.family),
    "fr_mother317": lambda p, c: _other_vn(p, 7, male=False),
    "fr_cert317": lambda p, c: f"{p.bhxh[-4:]}/GCN-BCHQS",
    # South Korea: reservists
    "kr_name317": lambda p, c: _kr_name317(p),
    "kr_rrn317": lambda p, c: "-".join(_rrn(p)),
    "kr_addr317": lambda p, c: _kr_addr(p),
    "kr_phone317": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_sn317": lambda p, c: f"{(p.birth.year + 20) % 100:02d}-{p.bhxh[-8:]}",
    "kr_rank317": lambda p, c: _pick(p, _KR_RANKS, 2),
    "kr_mos317": lambda p, c: _pick(p, _KR_MOS, 3),
    "kr_out317": lambda p, c: f"{_vn_bdate(p, 22, _num(p, 300)):%Y.%m.%d}",
    "kr_unit317": lambda p, c: _pick(p, _KR_UNITS, 4),
    "kr_train317": lambda p, c: _pick(p, _KR_TRAIN, 5),
    "kr_call317": lambda p, c: f"{date(2026, 3, 3) + timedelta(days=_num(p, 240)):%Y-%m-%d}",
    "kr_done317": lambda p, c: _pick(p, _KR_DONE, 6),
    "kr_kin317": lambda p, c: _kr_kin(p),
    # Israel: reservists' compensation
    "il_family317": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_given317": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 3),
    "il_tz317": lambda p, c: _teudat_zehut(p),
    "il_street317": lambda p, c: (
        f"{_il(p)[0]} {_num(p, 120)}" + (f"/{_num(p, 30)}" if int(p.bhxh) % 3 == 0 else "")
    ),
    "il_city317": lambda p, c: _il(p)[1],
    "il_zip317": lambda p, c: f"{_il(p)[2]}{p.bhxh[-3:]}",
    "il_phone317": lambda p, c: f"05{'02348'[int(p.bhxh) % 5]}-{p.phone[-7:]}",
    "il_mispar317": lambda p, c: f"{int(p.bhxh[-7:]) % 9_000_000 + 1_000_000}",
    "il_unit317": lambda p, c: _pick(p, _IL_UNITS, 4),
    "il_days317": lambda p, c: 5 + _num(p, 120),
    "il_from317": lambda p, c: f"{date(2025, 10, 1) + timedelta(days=_num(p, 150)):%d/%m/%Y}",
    "il_to317": lambda p, c: f"{date(2026, 3, 1) + timedelta(days=_num(p, 120)):%d/%m/%Y}",
    "il_amount317": lambda p, c: f"₪{(8 + _num(p, 60)) * 1000 + _num(p, 999):,}",
    "il_employer317": lambda p, c: _pick(p, _IL_EMPLOYERS, 5),
    "il_status317": lambda p, c: _pick(p, _IL_STATUS, 6),
    # Colombia: military situation
    "co_family317": lambda p, c: f"{_pick(p, _CO_FAMILY, 2)} {_pick(p, _CO_FAMILY, 5)}",
    "co_given317": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 3),
    "co_doctype317": lambda p, c: "TI" if int(p.bhxh) % 9 == 0 else "CC",
    "co_cc317": lambda p, c: _co_cc(p),
    "co_birthplace317": lambda p, c: _pick(p, _CO_BIRTH, 4),
    "co_street317": lambda p, c: _co(p)[0],
    "co_town317": lambda p, c: _co(p)[1],
    "co_dep317": lambda p, c: _co(p)[2],
    "co_cel317": lambda p, c: f"3{p.phone[1:3]} {p.phone[3:6]} {p.phone[6:10]}",
    "co_dm317": lambda p, c: _co(p)[3],
    "co_status317": lambda p, c: _pick(p, _CO_STATUS, 5),
    "co_class317": lambda p, c: _pick(p, _CO_CLASS, 6),
    "co_fee317": lambda p, c: f"$ {(300 + _num(p, 900)) * 1000:,}".replace(",", "."),
    "co_kin317": lambda p, c: _co_kin(p),
    # Finland: refresher exercises
    "fi_hetu317": lambda p, c: _hetu(p),
    "fi_family317": lambda p, c: _pick(p, _FI_FAMILY, 2),
    "fi_given317": lambda p, c: (
        f"{_by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 3)} {_by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 5)}"
    ),
    "fi_street317": lambda p, c: _fi(p)[0],
    "fi_post317": lambda p, c: _fi(p)[1],
    "fi_town317": lambda p, c: _fi(p)[2].upper() if int(p.bhxh) % 4 == 0 else _fi(p)[2],
    "fi_phone317": lambda p, c: f"04{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "fi_rank317": lambda p, c: _pick(p, _FI_RANKS, 2),
    "fi_task317": lambda p, c: _pick(p, _FI_TASKS, 3),
    "fi_unit317": lambda p, c: _pick(p, _FI_UNITS, 4),
    "fi_ex317": lambda p, c: f"KH {_num(p, 9)}/26",
    "fi_end317": lambda p, c: f"{p.other_date + timedelta(days=4 + _num(p, 9)):%d.%m.%Y}",
    "fi_kin317": lambda p, c: (
        f"{_by_sex(p, _FI_GIVEN_F, _FI_GIVEN_M, 6)} {_pick(p, _FI_FAMILY, 2)} (puoliso)"
    ),
    "fi_kinphone317": lambda p, c: f"+358 50 {p.bhxh[-7:-4]} {p.bhxh[-4:]}",
    "fi_days317": lambda p, c: 3 + _num(p, 10),
    # Thailand: veterans' cards
    "th_rank317": lambda p, c: _by_sex(p, _TH_RANKS_M, _TH_RANKS_F, 2),
    "th_given317": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 3),
    "th_family317": lambda p, c: _pick(p, _TH_FAMILY, 4),
    "th_pid317": lambda p, c: _thai_pid(p),
    "th_birth317": lambda p, c: _thai_date(p.birth, months=True),
    "th_addr317": lambda p, c: _th(p)[0],
    "th_post317": lambda p, c: _th(p)[1],
    "th_phone317": lambda p, c: (
        f"0{'689'[int(p.bhxh) % 3]}{p.phone[2]}-{p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "th_card317": lambda p, c: f"ผศ.{p.bhxh[-6:]}/{_num(p, 9) + 60}",
    "th_kind317": lambda p, c: _pick(p, _TH_KINDS, 5),
    "th_unit317": lambda p, c: _pick(p, _TH_UNITS, 6),
    "th_op317": lambda p, c: _pick(p, _TH_OPS, 7),
    "th_issued317": lambda p, c: _thai_date(date(2024, 1, 8) + timedelta(days=_num(p, 700))),
    "th_kin317": lambda p, c: (
        f"{_by_sex(p, _TH_GIVEN_F, _TH_GIVEN_M, 8)} {_pick(p, _TH_FAMILY, 4)}"
        if int(p.bhxh) % 3
        else ""
    ),
    "th_right317": lambda p, c: _pick(p, _TH_RIGHTS, 9),
    "th_phone_kin317": lambda p, c: _other_phone(p, "08"),
}

__all__ = ["WRITERS_BLIND317"]
