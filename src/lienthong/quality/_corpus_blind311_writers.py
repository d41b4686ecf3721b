"""How the people of the three-hundred-and-eleventh part of the outside corpus (**blind 311**,
:mod:`lienthong.quality._corpus_blind311`) are written: four Vietnamese justice files' own columns
(a non-custodial reform sentence, a conditional early release, a ban on leaving the place of
residence, a court fee advance) and British, US, Colombian, Philippine and South African names,
places, phones and numbers in the forms their justice registers show (the NI number's prefix
letters, the Social Security number's groups, the Colombian cédula, the PhilSys card number in
fours, the South African identity number with its birth date, sex digits and Luhn check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _NINO_PREFIXES, _ssn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: non-custodial reform sentences supervised by the commune -----------------------------
_VN_COURTS = ("TAND khu vực 1 - Hà Nội", "TAND khu vực 3 - Hà Nội", "TAND khu vực 2 - Bắc Ninh")
_VN_OFFENCES = (
    "Trộm cắp tài sản (Đ.173)",
    "Cố ý gây thương tích (Đ.134)",
    "Đánh bạc (Đ.321)",
    "Gây rối trật tự công cộng (Đ.318)",
    "Vi phạm quy định về tham gia GTĐB (Đ.260)",
    "Hủy hoại tài sản (Đ.178)",
)
_VN_REMARKS = ("Chấp hành tốt", "Chấp hành tốt", "Khá", "Vắng mặt 1 buổi SH", "Đã nộp khấu trừ")
_VN_CAMPS = ("Trại giam Ngọc Lý", "Trại giam Tân Lập", "Trại giam Hoàng Tiến", "Trại giam Nam Hà")
_VN_KIN = ("Bố", "Mẹ", "Vợ", "Chồng", "Anh trai", "Chị gái")
_VN_REPORT = (
    "Trình diện đủ",
    "Trình diện đủ",
    "Chậm báo cáo T5",
    "Đang đi làm ăn xa (có xin phép)",
)
_VN_CSDT = ("CQCSĐT CA tỉnh", "CQCSĐT CA TP Hải Phòng", "CQĐT VKSND tỉnh", "CQCSĐT CA tỉnh")
_VN_CASES = ("Dân sự - tranh chấp HĐ vay", "HNGĐ - ly hôn", "KDTM", "Lao động", "Dân sự - đất đai")
# -- United Kingdom: probation caseload ------------------------------------------------------------
_GB_PLACES = (
    ("Leeds", "LS", "Harehills Lane"),
    ("Bradford", "BD", "Manningham Lane"),
    ("Wakefield", "WF", "Doncaster Road"),
    ("Huddersfield", "HD", "Blackmoorfoot Road"),
    ("Halifax", "HX", "King Cross Road"),
)
_GB_OFFENCES = (
    "Theft from a shop",
    "Assault by beating",
    "Drink driving",
    "Possession of Class A",
    "Criminal damage",
    "Burglary (dwelling)",
)
_GB_SENTENCES = ("CO 12m UPW 150h", "SSO 18m susp 24m", "CO 24m RAR 20d", "Licence", "PSS 12m")
_GB_COURTS = ("Leeds Magistrates", "Bradford Crown", "Leeds Crown", "Kirklees Magistrates")
_GB_PP = ("PO S. Ahmed", "PSO L. Greenwood", "PO D. McAllister", "PQiP R. Chaudhry")
_GB_TIERS = ("B2", "C1", "A3", "D2", "C3", "B0")
# -- United States: municipal court fines and payment plans (Georgia) ------------------------------
_US_PLACES = (
    ("Atlanta", "303", "Ponce de Leon Ave NE", "404"),
    ("Decatur", "300", "Candler Rd", "404"),
    ("East Point", "303", "Washington Rd", "470"),
    ("Marietta", "300", "Roswell St SE", "770"),
    ("College Park", "303", "Old National Hwy", "678"),
)
_US_VIOLATIONS = (
    "Speeding 16-20 over",
    "No proof of insurance",
    "Driving w/ suspended license",
    "Shoplifting (misd.)",
    "Disorderly conduct",
    "Red light violation",
)
_US_PLANS = ("Active", "Active", "Paid in full", "Delinquent", "Warrant issued", "Community svc")
_US_CLERKS = ("DC T. Whitfield", "DC M. Osei", "DC J. Rutledge", "DC A. Pham")
# -- Colombia: public defence requests at the Ombudsman's regional office --------------------------
_CO_FAMILY = ("Rodríguez Pérez", "Gómez Ospina", "Martínez Cárdenas", "Quintero Zapata", "Ruiz")
_CO_GIVEN_M = ("Jhon Fredy", "Carlos Andrés", "Luis Eduardo", "Yeison", "Wilmar Alonso")
_CO_GIVEN_F = ("Luz Marina", "Diana Carolina", "Yuliana", "María Fernanda", "Leidy Johana")
_CO_PLACES = (
    ("Medellín", "Antioquia", "Manrique Oriental", "Cra. 45 # 71-", "05001"),
    ("Bello", "Antioquia", "Niquía", "Cl. 57 # 33-", "05088"),
    ("Cali", "Valle del Cauca", "El Retiro", "Cra. 28D # 72W-", "76001"),
    ("Barranquilla", "Atlántico", "Rebolo", "Cl. 17 # 20-", "08001"),
    ("Soacha", "Cundinamarca", "León XIII", "Cra. 7 # 13-", "25754"),
)
_CO_AREAS = (
    "Penal - Ley 906",
    "Penal - Ley 906",
    "Víctimas",
    "Familia",
    "Laboral",
    "Penitenciaria",
)
_CO_DEFENSORES = ("Dra. Paola Restrepo", "Dr. Hernán Villa", "Dra. Sandra Mejía", "Dr. Iván Toro")
_CO_STATES = ("Asignada", "Asignada", "En trámite", "Rechazada - no cumple", "Cerrada")
# -- Philippines: Public Attorney's Office interviews -------------------------------------------
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Ramos")
_PH_GIVEN_M = ("Juan Carlo", "Rodel", "Jomar", "Reynaldo", "Mark Anthony", "Arnel")
_PH_GIVEN_F = ("Maricel", "Lorna", "Jennylyn", "Rowena", "Kristine Joy", "Analyn")
_PH_PLACES = (
    ("Brgy. 176", "Caloocan City", "Metro Manila"),
    ("Brgy. Bagong Silang", "Caloocan City", "Metro Manila"),
    ("Brgy. Tatalon", "Quezon City", "Metro Manila"),
    ("Brgy. San Roque", "Antipolo City", "Rizal"),
    ("Brgy. Dalig", "Antipolo City", "Rizal"),
)
_PH_NATURE = ("Violation of RA 9165", "Theft", "Estafa", "Physical Injuries", "VAWC (RA 9262)")
_PH_COURTS = ("RTC Br. 127 Caloocan", "MeTC Br. 51 Caloocan", "RTC Br. 73 Antipolo", "MTCC Br. 1")
_PH_LAWYERS = ("Atty. R. Dizon", "Atty. M. Salonga", "Atty. J. Tolentino", "Atty. C. Lim")
_PH_CIVIL = ("Single", "Married", "Single", "Widow/er", "Live-in")
# -- South Africa: maintenance orders at a magistrate's court -------------------------------------
_ZA_FAMILY = ("Mokoena", "Zulu", "Nkosi", "Maluleke", "Pretorius", "Sithole", "Mahlangu")
_ZA_GIVEN_M = ("Sipho", "Thabo Johannes", "Lucky", "Tshepo", "Pieter", "Mpho")
_ZA_GIVEN_F = ("Nokuthula", "Palesa", "Thandi", "Refilwe Grace", "Anneline", "Lerato")
_ZA_PLACES = (
    ("Soshanguve", "Block L", "0152", "Pretoria"),
    ("Mamelodi East", "Mahube Valley", "0122", "Pretoria"),
    ("Tembisa", "Ivory Park", "1632", "Ekurhuleni"),
    ("Atteridgeville", "Saulsville", "0008", "Pretoria"),
)
_ZA_EMPLOYERS = ("SAPS", "Dept of Education GP", "Shoprite Checkers", "Self-employed", "Unemployed")
_ZA_STATUS = ("Paying", "Paying", "In arrears", "Warrant of execution", "Emoluments attachment")
_ZA_MO = ("MO N. Baloyi", "MO F. Venter", "MO K. Mabena")


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=_num(p, span))


def _kin(p: Person) -> str:
    kin = _pick(p, _VN_KIN, 6)
    return f"{_other_vn(p, 5, male=kin in ('Bố', 'Chồng', 'Anh trai'))} ({kin})"


def _nino(p: Person) -> str:
    return f"{_pick(p, _NINO_PREFIXES, 3)}{p.bhxh[-6:]}{'ABCD'[int(p.bhxh) % 4]}"


def _gb(p: Person) -> tuple[str, str, str]:
    return _GB_PLACES[int(p.bhxh) // 3 % len(_GB_PLACES)]


def _us(p: Person) -> tuple[str, str, str, str]:
    return _US_PLACES[int(p.bhxh) // 5 % len(_US_PLACES)]


def _co(p: Person) -> tuple[str, str, str, str, str]:
    return _CO_PLACES[int(p.bhxh) // 7 % len(_CO_PLACES)]


def _ph(p: Person) -> tuple[str, str, str]:
    return _PH_PLACES[int(p.bhxh) // 9 % len(_PH_PLACES)]


def _za(p: Person) -> tuple[str, str, str, str]:
    return _ZA_PLACES[int(p.bhxh) // 11 % len(_ZA_PLACES)]


def _za_id(p: Person) -> str:
    """A 13-digit identity number: YYMMDD, the sex digits (5000 up for men), 0 citizen, 8, Luhn."""
    seq = int(p.bhxh[-4:]) % 5000 + (5000 if p.male else 0)
    return _luhn(f"{p.birth:%y%m%d}{seq:04d}08")


def _cedula(p: Person) -> str:
    n = int(p.bhxh[-8:]) % 90_000_000 + (10_000_000 if p.birth.year < 1990 else 1_000_000_000)
    return f"{n:,}".replace(",", ".") if int(p.bhxh) % 3 == 0 else str(n)


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _ph_name(p: Person) -> str:
    given = _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3)
    return f"{_pick(p, _PH_FAMILY, 2).upper()}, {given} {'BCDGMPS'[int(p.bhxh) % 7]}."


WRITERS_BLIND311: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: non-custodial reform sentences
    "ctkgg_ban_an311": lambda p, c: f"{_num(p, 180)}/2026/HS-ST",
    "ctkgg_toa311": lambda p, c: _pick(p, _VN_COURTS, 2),
    "ctkgg_toi311": lambda p, c: _pick(p, _VN_OFFENCES, 3),
    "ctkgg_han311": lambda p, c: f"{6 + _num(p, 30)} tháng",
    "ctkgg_khau_tru311": lambda p, c: "Miễn" if int(p.bhxh) % 4 == 0 else f"{5 + _num(p, 15)}%",
    "ctkgg_giam_sat311": lambda p, c: f"{_other_vn(p, 4)} - CA xã",
    "ctkgg_nhan_xet311": lambda p, c: _pick(p, _VN_REMARKS, 5),
    # Vietnam: conditional early release
    "tha_trai311": lambda p, c: _pick(p, _VN_CAMPS, 2),
    "tha_qd311": lambda p, c: f"{_num(p, 400)}/QĐ-TA",
    "tha_thu_thach311": lambda p, c: f"{3 + _num(p, 30)} tháng {_num(p, 28)} ngày",
    "tha_than311": lambda p, c: _kin(p),
    "tha_than_dt311": lambda p, c: _other_phone(p, "08"),
    "tha_ket_thuc311": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "tha_can_bo311": lambda p, c: f"Thượng úy {_other_vn(p, 7, male=True)}",
    "tha_tinh_hinh311": lambda p, c: _pick(p, _VN_REPORT, 8),
    # Vietnam: ban on leaving the place of residence
    "cam_lenh311": lambda p, c: f"{_num(p, 300)}/LCĐKNCT",
    "cam_toi311": lambda p, c: _pick(p, _VN_OFFENCES, 2),
    "cam_cq311": lambda p, c: _pick(p, _VN_CSDT, 3),
    "cam_den311": lambda p, c: f"{p.other_date + timedelta(days=120):%d-%m-%Y}",
    "cam_dtv311": lambda p, c: f"ĐTV {_other_vn(p, 4, male=True)}",
    "cam_caxa311": lambda p, c: (
        f"CA xã {_pick(p, ('Tiên Lữ', 'Hưng Đạo', 'An Lão', 'Kiến Thụy'), 5)}"
    ),
    # Vietnam: court fee advances
    "ap_bien_lai311": lambda p, c: f"AA/2026/{p.bhxh[-7:]}",
    "ap_thu_ly311": lambda p, c: f"{_num(p, 500)}/2026/TLST-{_pick(p, ('DS', 'HNGĐ', 'KDTM'), 2)}",
    "ap_loai311": lambda p, c: _pick(p, _VN_CASES, 3),
    "ap_bi_don311": lambda p, c: _other_vn(p, 5),
    "ap_tien311": lambda p, c: _money((3 + _num(p, 60)) * 100_000),
    "ap_tham_phan311": lambda p, c: f"TP. {_other_vn(p, 7)}",
    "ap_thu_ky311": lambda p, c: _other_vn(p, 9, male=False),
    # United Kingdom: probation caseload
    "gb_crn311": lambda p, c: f"{'XDEN'[int(p.bhxh) % 4]}{p.bhxh[-6:]}",
    "gb_pnc311": lambda p, c: f"{2005 + _num(p, 20)}/{p.bhxh[-7:]}{'ABCDEFGH'[_num(p, 8) - 1]}",
    "sex_gb311": lambda p, c: "Male" if p.male else "Female",
    "gb_nino311": lambda p, c: _nino(p),
    "gb_street311": lambda p, c: f"{_num(p, 240)} {_gb(p)[2]}",
    "gb_town311": lambda p, c: _gb(p)[0],
    "gb_pc311": lambda p, c: (
        f"{_gb(p)[1]}{_num(p, 14)} {_num(p, 9)}{_pick(p, ('AB', 'HT', 'QR', 'NZ'), 4)}"
    ),
    "gb_phone311": lambda p, c: f"07{p.phone[1:4]} {p.phone[4:10]}",
    "gb_offence311": lambda p, c: _pick(p, _GB_OFFENCES, 2),
    "gb_sentence311": lambda p, c: _pick(p, _GB_SENTENCES, 3),
    "gb_court311": lambda p, c: _pick(p, _GB_COURTS, 4),
    "gb_pp311": lambda p, c: _pick(p, _GB_PP, 5),
    "gb_tier311": lambda p, c: _pick(p, _GB_TIERS, 6),
    "gb_next311": lambda p, c: f"{_day(p, date(2026, 12, 8), 40):%d/%m/%Y}",
    # United States: municipal court fines
    "us_case311": lambda p, c: f"2026-TR-{p.bhxh[-6:]}",
    "us_cit311": lambda p, c: f"E{p.bhxh[-8:]}",
    "sex_us311": lambda p, c: "M" if p.male else "F",
    "us_ssn311": lambda p, c: _ssn(p),
    "us_street311": lambda p, c: (
        f"{_num(p, 4000)} {_us(p)[2]}" + (f" Apt {_num(p, 30)}" if int(p.bhxh) % 3 == 0 else "")
    ),
    "us_city311": lambda p, c: _us(p)[0],
    "us_state311": lambda p, c: "GA",
    "us_zip311": lambda p, c: f"{_us(p)[1]}{_num(p, 98):02d}",
    "us_phone311": lambda p, c: f"({_us(p)[3]}) {p.phone[3:6]}-{p.phone[6:10]}",
    "us_viol311": lambda p, c: _pick(p, _US_VIOLATIONS, 2),
    "us_fine311": lambda p, c: f"${(5 + _num(p, 60)) * 10}.00",
    "us_costs311": lambda p, c: f"${150 + _num(p, 9) * 5}.00",
    "us_bal311": lambda p, c: "$0.00" if int(p.bhxh) % 5 == 0 else f"${_num(p, 700)}.00",
    "us_plan311": lambda p, c: _pick(p, _US_PLANS, 3),
    "us_clerk311": lambda p, c: _pick(p, _US_CLERKS, 4),
    # Colombia: public defence requests
    "co_rad311": lambda p, c: f"DP-{_pick(p, ('ANT', 'VAL', 'ATL', 'CUN'), 2)}-2026-{p.bhxh[-5:]}",
    "co_tipo311": lambda p, c: "CC",
    "co_cc311": lambda p, c: _cedula(p),
    "co_ap311": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "co_nom311": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 3),
    "co_sexo311": lambda p, c: "M" if p.male else "F",
    "co_dir311": lambda p, c: (
        f"{_co(p)[3]}{_num(p, 90):02d}" + (f" Int. {_num(p, 300)}" if int(p.bhxh) % 4 == 0 else "")
    ),
    "co_barrio311": lambda p, c: _co(p)[2],
    "co_mpio311": lambda p, c: _co(p)[0],
    "co_depto311": lambda p, c: _co(p)[1],
    "co_cel311": lambda p, c: f"3{p.phone[1:3]} {p.phone[3:6]} {p.phone[6:10]}",
    "co_area311": lambda p, c: _pick(p, _CO_AREAS, 4),
    "co_cui311": lambda p, c: f"{_co(p)[4]}6000{p.bhxh[-3:]}2026{p.bhxh[-5:]}00",
    "co_defensor311": lambda p, c: _pick(p, _CO_DEFENSORES, 5),
    "co_estado311": lambda p, c: _pick(p, _CO_STATES, 6),
    # Philippines: Public Attorney's Office interviews
    "ph_ctrl311": lambda p, c: f"PAO-CAL-2026-{p.bhxh[-5:]}",
    "ph_name311": lambda p, c: _ph_name(p),
    "ph_sex311": lambda p, c: "Male" if p.male else "Female",
    "ph_civil311": lambda p, c: _pick(p, _PH_CIVIL, 2),
    "ph_pcn311": lambda p, c: (
        f"{p.bhxh[:4]}-{p.bhxh[4:8]}-{p.bhxh[8:]}{p.phone[-2:]}-{p.phone[-6:-2]}"
    ),
    "ph_addr311": lambda p, c: (
        f"Blk {_num(p, 40)} Lot {_num(p, 30)}, {_ph(p)[0]}, {_ph(p)[1]}, {_ph(p)[2]}"
    ),
    "ph_phone311": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:]}",
    "ph_income311": lambda p, c: f"₱{_money((4 + _num(p, 20)) * 1000).replace('.', ',')}",
    "ph_indig311": lambda p, c: _pick(
        p, ("Qualified", "Qualified", "Merit test only", "Not qualified"), 3
    ),
    "ph_title311": lambda p, c: f"People vs. {_ph_name(p).split(',')[0].title()}",
    "ph_case311": lambda p, c: f"Crim. Case No. {_num(p, 90):02d}-{p.bhxh[-5:]}",
    "ph_court311": lambda p, c: _pick(p, _PH_COURTS, 4),
    "ph_nature311": lambda p, c: _pick(p, _PH_NATURE, 5),
    "ph_lawyer311": lambda p, c: _pick(p, _PH_LAWYERS, 6),
    # South Africa: maintenance orders
    "za_case311": lambda p, c: f"{_num(p, 900)}/2026",
    "za_compl311": lambda p, c: (
        f"{_pick(p, _ZA_GIVEN_F if p.male else _ZA_GIVEN_M, 5)} {_pick(p, _ZA_FAMILY, 6)}"
    ),
    "za_fam311": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given311": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 3),
    "za_id311": lambda p, c: _za_id(p),
    "za_sex311": lambda p, c: "Male" if p.male else "Female",
    "za_addr311": lambda p, c: (
        f"{_num(p, 9000)} {_za(p)[1]}, {_za(p)[0]}, {_za(p)[3]}, {_za(p)[2]}"
    ),
    "za_cell311": lambda p, c: (
        f"0{'678'[int(p.bhxh) % 3]}{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "za_emp311": lambda p, c: _pick(p, _ZA_EMPLOYERS, 4),
    "za_persal311": lambda p, c: p.bhxh[-8:] if int(p.bhxh) % 2 else "",
    "za_kids311": lambda p, c: 1 + _num(p, 3),
    "za_amount311": lambda p, c: f"R {(4 + _num(p, 30)) * 100:,}.00".replace(",", " "),
    "za_arrears311": lambda p, c: f"R {_num(p, 40) * 350:,}.00".replace(",", " "),
    "za_mo311": lambda p, c: _pick(p, _ZA_MO, 7),
    "za_status311": lambda p, c: _pick(p, _ZA_STATUS, 8),
}

__all__ = ["WRITERS_BLIND311"]
