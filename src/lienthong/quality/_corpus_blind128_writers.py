"""How the people of the hundred-and-twenty-eighth part of the outside corpus (**blind 128**,
:mod:`lienthong.quality._corpus_blind128`) are written: four Vietnamese files' own columns (a
worker examined by the provincial medical assessment council, a schoolgirl given the HPV vaccine, a
party member introduced to the cell where they live, a retired teacher in the ward's association)
and Irish, Welsh, Manx, Jersey and Gibraltar names, places, phones and numbers in the forms their
registers show (the PPS number ends in its mod-23 check letter; the National Insurance number keeps
to the allowed prefixes and a suffix A-D, the Isle of Man's beginning MA; the Jersey social
security number begins JY; the Gibraltar identity card number publishes no check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _weighted
from lienthong.quality._corpus_blind14_writers import _ppsn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind47_writers import _nino
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: the provincial medical assessment council (Hội đồng Giám định y khoa) ---------------
_VN_GDYK_REFERRERS = (
    "BHXH quận Bình Thạnh",
    "BHXH TP. Thủ Đức",
    "Cty TNHH Changshin Việt Nam",
    "Phòng LĐTBXH huyện Củ Chi",
    "Tự đề nghị",
)
_VN_GDYK_KINDS = (
    "TNLĐ lần đầu",
    "Bệnh nghề nghiệp",
    "Hưởng chế độ hưu trí",
    "Giám định lại TNLĐ",
    "Giám định tổng hợp",
)
_VN_GDYK_CONCLUSIONS = (
    "Suy giảm KNLĐ (chưa xếp mức)",
    "Đủ điều kiện hưởng trợ cấp một lần",
    "Đủ điều kiện hưởng trợ cấp hằng tháng",
    "Không đủ điều kiện",
)
_VN_GDYK_CHAIRS = ("BSCKII. Võ Thành Nhân", "TS.BS Đỗ Thị Ngọc Diệp", "BSCKII. Trịnh Văn Lực")
# -- Vietnam: the HPV vaccine for schoolgirls in grade 5 -------------------------------------------
_VN_SCHOOLS = (
    "TH Lê Quý Đôn",
    "TH Nguyễn Bỉnh Khiêm",
    "TH Bình Trị 1",
    "TH Phú Thọ Hòa",
    "TH Kim Đồng",
    "TH Trần Quốc Toản",
)
_VN_HPV_VACCINES = ("Gardasil 4", "Gardasil 9", "Gardasil 4", "Cecolin")
_VN_HPV_REACTIONS = ("Không", "Không", "Không", "Đau tại chỗ tiêm", "Sốt nhẹ", "Chóng mặt")
_VN_NURSES = ("NHS. Lê Thị Thu", "ĐD. Trần Ngọc Hân", "YS. Phạm Văn Tài", "NHS. Đặng Mỹ Linh")
# -- Vietnam: party members introduced to the cell where they live (QĐ 213) -----------------------
_VN_PARTY_WORKPLACES = (
    "Cuc Thue TP",
    "Truong THPT Nguyen Thi Minh Khai",
    "Benh vien Nhan dan Gia Dinh",
    "UBND Quan 3",
    "Cong an Quan Binh Thanh",
    "Tong Cty Dien luc TP",
)
_VN_PARTY_CELLS = (
    "Chi bo Phong Kiem tra",
    "Chi bo To Toan - Tin",
    "Chi bo Khoa Noi",
    "Chi bo Van phong",
    "Chi bo Doi CSGT",
)
_VN_PARTY_POSTS = ("Chuyen vien", "Giao vien", "Truong phong", "Bac si", "Pho Truong phong", "")
_VN_PARTY_REVIEWS = (
    "Guong mau thuc hien nghia vu cong dan noi cu tru",
    "Tot",
    "Tot",
    "Chua tham gia sinh hoat khu pho",
)
# -- Vietnam: the ward's association of retired teachers (Hội Cựu giáo chức) ---------------------
_VN_CGC_SCHOOLS = (
    "THPT Marie Curie",
    "THCS Lê Văn Tám",
    "TH Hòa Bình",
    "MN Họa Mi",
    "CĐ Sư phạm TP.HCM",
    "THPT Gia Định",
)
_VN_CGC_SUBJECTS = ("Toán", "Ngữ văn", "Hiệu trưởng", "Vật lý", "Giáo viên mầm non", "Tiếng Anh")
_VN_CGC_TITLES = ("", "", "Nhà giáo Ưu tú", "GV dạy giỏi cấp TP", "", "Chiến sĩ thi đua")
# -- Ireland: the HSE's medical cards and GP visit cards (PCRS) ------------------------------------
_IE_FAMILY = ("Ó Briain", "Murphy", "Ní Dhomhnaill", "Walsh", "Mac Mathúna", "Byrne", "O'Connor")
_IE_GIVEN_M = ("Seán", "Oisín", "Tadhg", "Conor", "Fionn", "Declan", "Páidí")
_IE_GIVEN_F = ("Aoife", "Gráinne", "Saoirse", "Clodagh", "Éabha", "Máire", "Ciara")
_IE_PLACES = (
    ("Bóthar na Trá", "Salthill", "Galway", "H91 C2X4"),
    ("Main Street", "Ennistymon", "Clare", "V95 R6K0"),
    ("Ballyfermot Road", "Dublin 10", "Dublin", "D10 V2T7"),
    ("Church Road", "Dungloe", "Donegal", "F94 A3E1"),
    ("Shandon Street", "Cork", "Cork", "T23 XW58"),
    ("O'Connell Avenue", "Limerick", "Limerick", "V94 F2K9"),
)
_IE_CARDS = ("Medical Card", "GP Visit Card", "Medical Card", "Cárta Leighis / Medical Card")
_IE_GPS = ("Dr Ní Fhlatharta", "Dr Kavanagh", "Dr O'Dowd", "Dr Moloney", "Dr Hussain")
_IE_STATUS = ("Eligible", "Eligible", "Review due", "Cancelled - no response", "Pending means")
# -- England: council tax reduction claims to a council ----------------------------------------
_GB_FAMILY = ("Smith", "Hussain", "Walker", "Kowalski", "Wood", "Akhtar", "Taylor", "Dyson")
_GB_GIVEN_M = ("Craig", "Imran", "Jordan", "Piotr", "Dean", "Kyle", "Anthony")
_GB_GIVEN_F = ("Tracey", "Nasreen", "Kirsty", "Agnieszka", "Leanne", "Chantelle", "Joanne")
_GB_PLACES = (
    ("Harehills Lane", "Leeds", "LS8"),
    ("Dewsbury Road", "Leeds", "LS11"),
    ("Town Street", "Armley", "LS12"),
    ("Kirkstall Road", "Leeds", "LS4"),
    ("Main Street", "Garforth", "LS25"),
    ("Station Road", "Morley", "LS27"),
)
_GB_BENEFITS = ("Universal Credit", "Pension Credit (GC)", "None", "JSA(IB)", "ESA(IR)", "None")
_GB_SCHEMES = ("Working age", "Working age", "Pension age (prescribed)", "Working age")
_GB_DECISIONS = ("Awarded", "Awarded", "Nil award - income", "Suspended - UC stop", "Pending")
# -- Isle of Man: an employer's annual return to the Income Tax Division ---------------------------
_IM_FAMILY = ("Quayle", "Kinvig", "Corlett", "Cregeen", "Kewley", "Christian", "Moore", "Quirk")
_IM_GIVEN_M = ("Juan", "Illiam", "Thomas", "Daniel", "Aalish", "Mark", "Robert")
_IM_GIVEN_F = ("Aalish", "Breesha", "Joanne", "Kirree", "Sarah", "Voirrey", "Laura")
_IM_PLACES = (
    ("Bucks Road", "Douglas", "IM1 3AD"),
    ("Athol Street", "Douglas", "IM1 1JE"),
    ("Parliament Street", "Ramsey", "IM8 1AP"),
    ("Castle Street", "Peel", "IM5 1AN"),
    ("Malew Street", "Castletown", "IM9 1LT"),
    ("Station Road", "Port Erin", "IM9 6AF"),
)
_IM_TAX_CODES = ("1470L", "1470L", "0T", "BR", "1620L", "737L")
# -- Jersey: applications to the Affordable Housing Gateway --------------------------------------
_JE_FAMILY = ("Le Marquand", "Renouf", "De Gruchy", "Le Brocq", "Pereira", "Vibert", "Mauger")
_JE_GIVEN_M = ("Philip", "Jean", "Ricardo", "Tomasz", "Christopher", "Henri")
_JE_GIVEN_F = ("Marie", "Susan", "Ana", "Joanna", "Claire", "Yvette")
_JE_PLACES = (
    ("Flat 4, Clos de Roncier", "St Saviour", "JE2 7XA"),
    ("12 Colomberie", "St Helier", "JE2 4QA"),
    ("La Route de la Haule", "St Brelade", "JE3 8BA"),
    ("3 Le Clos du Château", "St Martin", "JE3 6DH"),
    ("Route du Fort", "St Clement", "JE2 6PL"),
    ("27 Bath Street", "St Helier", "JE2 4ST"),
)
_JE_STATUS = ("Entitled", "Entitled", "Entitled for Work", "Licensed", "Registered")
_JE_BANDS = ("Band 1", "Band 2", "Band 2", "Band 3", "Band 4 (over 50s)")
_JE_TENURE = ("Lodging", "Private rental", "Living with family", "Staff accommodation")
_JE_DECISION = ("Accepted", "Accepted", "Pending documents", "Not eligible - residency")
# -- Gibraltar: the Employment Service's register of job seekers ----------------------------------
_GI_FAMILY = (
    "Bossano",
    "Picardo",
    "Caruana",
    "Vinet",
    "Garcia",
    "Feetham",
    "Montegriffo",
    "Linares",
)
_GI_GIVEN_M = ("Joseph", "Fabian", "Julian", "Keith", "Albert", "Nicholas")
_GI_GIVEN_F = ("Samantha", "Charlotte", "Gemma", "Isabel", "Christine", "Lorraine")
_GI_ADDRESSES = (
    "Flat {n}, Laguna Estate",
    "{n} Main Street",
    "Flat {n}, Harbour Views",
    "{n} Governor's Street",
    "Flat {n}, Moorish Castle Estate",
    "{n} Devil's Tower Road",
)
_GI_JOBS = ("Retail assistant", "Croupier", "Clerical officer", "Port operative", "Care worker")
_GI_EMPLOYERS = ("Morrisons Gibraltar", "Gibtelecom", "Bet365", "GHA", "Eroski", "None")
_GI_QUALS = ("GCSEs", "A Levels", "NVQ Level 2", "BTEC", "Degree", "None")
_GI_ADVISERS = ("M. Sacarello", "J. Gomez", "P. Ferro", "L. Baglietto")


def _gdyk_rate(p: Person) -> int:
    return 3 + int(p.bhxh) % 17 * 5


def _pps_of(seed: str) -> str:
    """Another person's PPS number (a spouse's), with its own check letter."""
    seven = f"{int(seed[-7:]) % 9_000_000 + 1_000_000:07d}"
    total = _weighted(seven, (8, 7, 6, 5, 4, 3, 2))
    return f"{seven}{'W' if total % 23 == 0 else chr(64 + total % 23)}"


def _ie_place(p: Person) -> tuple[str, str, str, str]:
    return _IE_PLACES[int(p.bhxh) // 7 % len(_IE_PLACES)]


def _ie_pps(p: Person) -> str:
    pps = _ppsn(p)
    return f"{pps[:7]} {pps[7:]}" if int(p.bhxh) % 4 == 0 else pps


def _ie_phone(p: Person) -> str:
    body = f"08{_pick(p, ('3', '5', '6', '7'), 3)}{p.phone[3:10]}"
    return f"{body[:3]} {body[3:6]} {body[6:]}" if int(p.bhxh) % 3 else f"+353 {body[1:]}"


def _gb_place(p: Person) -> tuple[str, str, str]:
    return _GB_PLACES[int(p.bhxh) // 7 % len(_GB_PLACES)]


def _gb_postcode(p: Person) -> str:
    return (
        f"{_gb_place(p)[2]} {_num(p, 9)}{'ABDEFGHJLNPQRSTUWXYZ'[int(p.bhxh) % 20]}"
        + ("ABDEFGHJLNPQRSTUWXYZ"[int(p.bhxh) // 20 % 20])
    )


def _gb_nino(p: Person) -> str:
    nino = _nino(p)
    if int(p.bhxh) % 3:
        return nino
    return f"{nino[:2]} {nino[2:4]} {nino[4:6]} {nino[6:8]} {nino[8]}"


def _partner_nino(p: Person) -> str:
    """A partner's National Insurance number: the claimant's prefix, other digits and suffix."""
    return f"{_nino(p)[:2]}{p.bhxh[::-1][:6]}{'ABCD'[int(p.bhxh) // 4 % 4]}"


def _gb_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"0113 2{p.phone[4:6]} {p.phone[6:10]}"
    return f"07{p.phone[2:5]} {p.phone[4:10]}"


def _ctr_income(p: Person) -> int:
    return 80 + int(p.bhxh[-4:]) % 420


def _ctr_award(p: Person) -> str:
    if _pick(p, _GB_DECISIONS, 6) != "Awarded":
        return "0.00"
    return f"{max(0.0, 32.5 - _ctr_income(p) * 0.04):.2f}"


def _monday_before(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _im_place(p: Person) -> tuple[str, str, str]:
    return _IM_PLACES[int(p.bhxh) // 7 % len(_IM_PLACES)]


def _im_ni(p: Person) -> str:
    return f"MA{p.bhxh[2:8]}{'ABCD'[int(p.bhxh) % 4]}"


def _im_gross(p: Person) -> int:
    return 14_000 + int(p.bhxh[-5:]) % 41_000


def _im_phone(p: Person) -> str:
    lead = "01624" if int(p.bhxh) % 2 else "07624"
    return f"{lead} {p.phone[4:10]}"


def _je_place(p: Person) -> tuple[str, str, str]:
    return _JE_PLACES[int(p.bhxh) // 7 % len(_JE_PLACES)]


def _je_ssn(p: Person) -> str:
    body = p.bhxh[3:9]
    letter = "ABCD"[int(p.bhxh) % 4]
    if int(p.bhxh) % 3 == 0:
        return f"JY {body[:2]} {body[2:4]} {body[4:]} {letter}"
    return f"JY{body}{letter}"


def _je_phone(p: Person) -> str:
    if int(p.bhxh) % 2:
        return f"07797 {p.phone[4:10]}"
    return f"01534 {p.phone[4:10]}"


def _gi_phone(p: Person) -> str:
    lead = _pick(p, ("54", "56", "57", "58"), 4)
    body = f"{lead}{p.phone[4:10]}"
    return f"+350 {body}" if int(p.bhxh) % 3 == 0 else body


WRITERS_BLIND128: dict[str, Callable[[Person, Col], object]] = {
    # the medical assessment council
    "gdyk_referrer128": lambda p, c: _pick(p, _VN_GDYK_REFERRERS, 1),
    "gdyk_kind128": lambda p, c: _pick(p, _VN_GDYK_KINDS, 2),
    "gdyk_rate128": lambda p, c: f"{_gdyk_rate(p)}%",
    "gdyk_record128": lambda p, c: f"{_num(p, 4000) + 1}/GĐYK-{p.other_date.year}",
    "gdyk_conclusion128": lambda p, c: (
        _VN_GDYK_CONCLUSIONS[3]
        if _gdyk_rate(p) < 5
        else _VN_GDYK_CONCLUSIONS[1 if _gdyk_rate(p) < 31 else 2]
    ),
    "gdyk_redo128": lambda p, c: "" if int(p.bhxh) % 3 else "24 tháng",
    "gdyk_chair128": lambda p, c: _pick(p, _VN_GDYK_CHAIRS, 3),
    # the HPV vaccine
    "hpv_class128": lambda p, c: f"5/{_num(p, 6) + 1}",
    "hpv_school128": lambda p, c: _pick(p, _VN_SCHOOLS, 1),
    "hpv_parent128": lambda p, c: _other_vn(p, 2, family=p.family if int(p.bhxh) % 2 else None),
    "hpv_parent_phone128": lambda p, c: _other_phone(p, "09"),
    "hpv_dose128": lambda p, c: "Mũi 1" if int(p.bhxh) % 3 else "Mũi 2",
    "hpv_vaccine128": lambda p, c: _pick(p, _VN_HPV_VACCINES, 3),
    "hpv_lot128": lambda p, c: f"{_pick(p, ('X', 'Y', 'W'), 4)}0{p.bhxh[-5:]}",
    "hpv_reaction128": lambda p, c: _pick(p, _VN_HPV_REACTIONS, 5),
    "hpv_nurse128": lambda p, c: _pick(p, _VN_NURSES, 6),
    # party members living in the neighbourhood
    "party_card128": lambda p, c: f"{p.bhxh[1:9]}",
    "party_workplace128": lambda p, c: _pick(p, _VN_PARTY_WORKPLACES, 1),
    "party_cell128": lambda p, c: _pick(p, _VN_PARTY_CELLS, 2),
    "party_post128": lambda p, c: _pick(p, _VN_PARTY_POSTS, 3),
    "party_tdp128": lambda p, c: f"KP {_num(p, 12) + 1}",
    "party_review128": lambda p, c: _pick(p, _VN_PARTY_REVIEWS, 4),
    "party_review_date128": lambda p, c: f"{_safe_day(p.other_date.year, 12, 15):%d-%m-%Y}",
    # retired teachers
    "cgc_school128": lambda p, c: _pick(p, _VN_CGC_SCHOOLS, 1),
    "cgc_subject128": lambda p, c: _pick(p, _VN_CGC_SUBJECTS, 2),
    "cgc_retire128": lambda p, c: min(p.birth.year + (60 if p.male else 55), 2024),
    "cgc_title128": lambda p, c: _pick(p, _VN_CGC_TITLES, 3),
    "cgc_branch128": lambda p, c: f"Chi hội KP{_num(p, 8) + 1}",
    "cgc_fee128": lambda p, c: _dotted(60_000 if int(p.bhxh) % 4 else 120_000),
    # Ireland
    "pps128": lambda p, c: _ie_pps(p),
    "ie_ref128": lambda p, c: f"MC{p.other_date.year % 100}-{p.bhxh[-6:]}",
    "ie_family128": lambda p, c: _pick(p, _IE_FAMILY, 1),
    "ie_given128": lambda p, c: _by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 2),
    "sex_ie128": lambda p, c: "Fireann / Male" if p.male else "Baineann / Female",
    "ie_addr128": lambda p, c: f"{_num(p, 90) + 1} {_ie_place(p)[0]}, {_ie_place(p)[1]}",
    "ie_county128": lambda p, c: f"Co. {_ie_place(p)[2]}",
    "eircode128": lambda p, c: _ie_place(p)[3],
    "ie_phone128": lambda p, c: _ie_phone(p),
    "ie_cardtype128": lambda p, c: _pick(p, _IE_CARDS, 3),
    "ie_cardno128": lambda p, c: f"{p.bhxh[:8]}",
    "ie_gp128": lambda p, c: _pick(p, _IE_GPS, 4),
    "ie_gms128": lambda p, c: f"{_num(p, 9000) + 1000:05d}",
    "ie_review128": lambda p, c: (
        f"{_safe_day(p.other_date.year + 2, p.other_date.month, 1):%d/%m/%Y}"
    ),
    "ie_spouse_pps128": lambda p, c: "" if int(p.bhxh) % 3 == 0 else _pps_of(p.bhxh[::-1]),
    "ie_status128": lambda p, c: _pick(p, _IE_STATUS, 5),
    # England
    "nino128": lambda p, c: _gb_nino(p),
    "ctr_ref128": lambda p, c: f"CTR{p.bhxh[-7:]}",
    "ctr_account128": lambda p, c: f"6{p.bhxh[1:9]}",
    "gb_title128": lambda p, c: "Mr" if p.male else _pick(p, ("Mrs", "Ms", "Miss", "Mrs"), 2),
    "gb_family128": lambda p, c: _pick(p, _GB_FAMILY, 1),
    "gb_given128": lambda p, c: _by_sex(p, _GB_GIVEN_M, _GB_GIVEN_F, 2),
    "sex_gb128": lambda p, c: "M" if p.male else "F",
    "gb_street128": lambda p, c: f"{_num(p, 140) + 1} {_gb_place(p)[0]}",
    "gb_town128": lambda p, c: _gb_place(p)[1],
    "gb_pc128": lambda p, c: _gb_postcode(p),
    "gb_phone128": lambda p, c: _gb_phone(p),
    "ctr_band128": lambda p, c: _pick(p, ("A", "A", "B", "B", "C", "D"), 3),
    "ctr_partner128": lambda p, c: "" if int(p.bhxh) % 3 else _partner_nino(p),
    "ctr_nondeps128": lambda p, c: str(int(p.bhxh) % 7 // 4),
    "gb_benefit128": lambda p, c: _pick(p, _GB_BENEFITS, 4),
    "ctr_income128": lambda p, c: f"{_ctr_income(p):.2f}",
    "ctr_award128": lambda p, c: _ctr_award(p),
    "ctr_from128": lambda p, c: f"{_monday_before(p.other_date):%d/%m/%Y}",
    "ctr_scheme128": lambda p, c: _pick(p, _GB_SCHEMES, 5),
    "ctr_decision128": lambda p, c: _pick(p, _GB_DECISIONS, 6),
    # Isle of Man
    "im_ni128": lambda p, c: _im_ni(p),
    "im_taxref128": lambda p, c: f"H{p.bhxh[-6:]}-{_num(p, 90) + 10:02d}",
    "im_family128": lambda p, c: _pick(p, _IM_FAMILY, 1).upper(),
    "im_given128": lambda p, c: _by_sex(p, _IM_GIVEN_M, _IM_GIVEN_F, 2),
    "sex_im128": lambda p, c: "M" if p.male else "F",
    "im_street128": lambda p, c: f"{_num(p, 80) + 1} {_im_place(p)[0]}",
    "im_town128": lambda p, c: _im_place(p)[1],
    "im_pc128": lambda p, c: _im_place(p)[2],
    "im_left128": lambda p, c: (
        "" if int(p.bhxh) % 4 else f"{p.other_date + timedelta(days=150):%d/%m/%Y}"
    ),
    "im_code128": lambda p, c: _pick(p, _IM_TAX_CODES, 3),
    "im_gross128": lambda p, c: f"{_im_gross(p):.2f}",
    "im_tax128": lambda p, c: f"{_im_gross(p) * 0.12:.2f}",
    "im_eenic128": lambda p, c: f"{_im_gross(p) * 0.11:.2f}",
    "im_ernic128": lambda p, c: f"{_im_gross(p) * 0.128:.2f}",
    "im_pension128": lambda p, c: "0.00" if int(p.bhxh) % 3 == 0 else f"{_im_gross(p) * 0.05:.2f}",
    "im_phone128": lambda p, c: _im_phone(p),
    # Jersey
    "je_ssn128": lambda p, c: _je_ssn(p),
    "je_ref128": lambda p, c: f"AHG-{p.other_date.year}-{p.bhxh[-5:]}",
    "je_title128": lambda p, c: "Mr" if p.male else _pick(p, ("Mrs", "Ms", "Miss"), 2),
    "je_family128": lambda p, c: _pick(p, _JE_FAMILY, 1),
    "je_given128": lambda p, c: _by_sex(p, _JE_GIVEN_M, _JE_GIVEN_F, 2),
    "sex_je128": lambda p, c: "Male" if p.male else "Female",
    "je_street128": lambda p, c: _je_place(p)[0],
    "je_parish128": lambda p, c: _je_place(p)[1],
    "je_pc128": lambda p, c: _je_place(p)[2],
    "je_phone128": lambda p, c: _je_phone(p),
    "je_status128": lambda p, c: _pick(p, _JE_STATUS, 3),
    "je_household128": lambda p, c: str(_num(p, 5) + 1),
    "je_band128": lambda p, c: _pick(p, _JE_BANDS, 4),
    "je_beds128": lambda p, c: f"{_num(p, 3) + 1}",
    "je_tenure128": lambda p, c: _pick(p, _JE_TENURE, 5),
    "je_decision128": lambda p, c: _pick(p, _JE_DECISION, 6),
    # Gibraltar
    "gi_id128": lambda p, c: p.bhxh[2:8],
    "gi_si128": lambda p, c: f"{p.bhxh[-6:]}{_pick(p, ('A', 'B', 'C', 'D'), 3)}",
    "gi_family128": lambda p, c: _pick(p, _GI_FAMILY, 1).upper(),
    "gi_given128": lambda p, c: _by_sex(p, _GI_GIVEN_M, _GI_GIVEN_F, 2),
    "sex_gi128": lambda p, c: "M" if p.male else "F",
    "gi_addr128": lambda p, c: (
        f"{_pick(p, _GI_ADDRESSES, 3).format(n=_num(p, 120) + 1)}, Gibraltar"
    ),
    "gi_phone128": lambda p, c: _gi_phone(p),
    "gi_job128": lambda p, c: _pick(p, _GI_JOBS, 4),
    "gi_quals128": lambda p, c: _pick(p, _GI_QUALS, 5),
    "gi_employer128": lambda p, c: _pick(p, _GI_EMPLOYERS, 6),
    "gi_weeks128": lambda p, c: str(_num(p, 60) + 1),
    "gi_adviser128": lambda p, c: _pick(p, _GI_ADVISERS, 7),
}

__all__ = ["WRITERS_BLIND128"]
