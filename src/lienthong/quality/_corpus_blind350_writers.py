"""How the people of the three hundred and fiftieth part of the outside corpus (**blind 350**,
:mod:`lienthong.quality._corpus_blind350`) are written: four Vietnamese disability files' own
columns (the old and new disability certificate, the reason it was exchanged, an assistive device
and its donor, a special school pupil's class and guardian, a sign-language interpreter trainee's
workplace and score) and Canadian, Australian, New Zealand, Irish and British addresses, phones
and numbers as their agencies' registers hold them (the SIN's Luhn digit, the Ontario health
number's Luhn digit and version code, the Medicare number's 1-3-7-9 digit, the NHI's mod-11
digit, the PPS number's mod-23 letter, the NHS number's mod-11 digit, the NI number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind14_writers import _eircode, _ie_place, _ppsn
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _nhs
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind143_writers import _medicare, _nhi, _ohip
from lienthong.quality._corpus_blind171_writers import _ca_phone, _sin
from lienthong.quality._corpus_blind195_writers import _nino, _uk_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DANG = (
    "Khuyết tật vận động",
    "Khuyết tật nghe, nói",
    "Khuyết tật nhìn",
    "Khuyết tật thần kinh, tâm thần",
    "Khuyết tật trí tuệ",
    "Khuyết tật khác",
)
_VN_MUC = ("Đặc biệt nặng", "Nặng", "Nhẹ", "Nặng", "Nhẹ")
_VN_REASON = (
    "Xác định lại mức độ (thay đổi mức độ)",
    "Giấy XN bị mất",
    "Giấy XN hư hỏng, rách nát",
    "Sai thông tin họ tên, ngày sinh",
    "Thay đổi nơi cư trú",
)
_VN_DEVICES = (
    "Xe lăn tiêu chuẩn",
    "Xe lăn bại não (có tựa đầu)",
    "Xe lắc tay 3 bánh",
    "Máy trợ thính đeo sau tai (2 tai)",
    "Máy trợ thính 1 tai",
    "Khung tập đi",
)
_VN_DONORS = (
    "Hội Chữ thập đỏ tỉnh",
    "Quỹ Bảo trợ trẻ em tỉnh",
    "Dự án USAID - Hòa nhập",
    "Tổ chức Giving It Back To Kids",
    "Hội Bảo trợ NKT và TMC",
)
_VN_CLASSES = (
    "Lớp 1A - khiếm thính",
    "Lớp 2B - khiếm thị",
    "Lớp 3C - trí tuệ",
    "Lớp Can thiệp sớm 1",
)
_VN_MODES = ("Bán trú", "Nội trú", "Học hòa nhập có hỗ trợ", "Can thiệp cá nhân")
_VN_RELS = ("Mẹ", "Cha", "Bà nội", "Ông ngoại", "Mẹ", "Cô ruột")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Khmer", "Hoa", "Mường")
_VN_WORK = (
    "Trường PTCB Nguyễn Đình Chiểu",
    "Trung tâm HTPT GD hòa nhập tỉnh",
    "Đài PT-TH tỉnh",
    "Phòng LĐ-TB&XH huyện",
    "Hội Người điếc thành phố",
    "Tự do",
)
_VN_JOBS = ("Giáo viên", "Biên tập viên", "Cán bộ CTXH", "Phụ huynh HS khiếm thính", "Sinh viên")
_VN_LEVELS = ("Chưa biết", "Sơ cấp", "Giao tiếp cơ bản", "Trung cấp")
_VN_GRADES = ("Giỏi", "Khá", "Trung bình", "Khá", "Không đạt")
_CA_PLACES = (
    ("412 Queen St W, Apt 1203", "Toronto", "ON", "M5V 2A8", "416"),
    ("88 Elgin St", "Ottawa", "ON", "K1P 5K8", "613"),
    ("1540 Main St E", "Hamilton", "ON", "L8K 1E6", "905"),
    ("27 Wellington Rd", "London", "ON", "N6C 4M9", "519"),
    ("310 Bay St, Unit 4", "Thunder Bay", "ON", "P7B 1S3", "807"),
)
_CA_DEVICES = (
    "Manual wheelchair",
    "Power wheelchair",
    "Hearing aids (binaural)",
    "Walker/rollator",
    "FM system",
)
_CA_VENDORS = (
    "Motion Specialties",
    "HearingLife Canada",
    "Shoppers HomeHealthCare",
    "Silver Cross",
)
_AU_PLACES = (
    ("Unit 4/27 Smith Street", "Fitzroy", "VIC", "3065"),
    ("15 Bungaree Road", "Toongabbie", "NSW", "2146"),
    ("8 Gympie Terrace", "Noosaville", "QLD", "4566"),
    ("102 Hay Street", "Subiaco", "WA", "6008"),
    ("3/11 Goyder Street", "Kensington Park", "SA", "5068"),
    ("44 Elizabeth Street", "Hobart", "TAS", "7000"),
)
_AU_DISABILITY = (
    "Autism",
    "Intellectual disability",
    "Cerebral palsy",
    "Hearing impairment",
    "Acquired brain injury",
    "Multiple sclerosis",
)
_NZ_PLACES = (
    ("17 Ponsonby Road", "Grey Lynn", "Auckland", "1021"),
    ("5/230 Cuba Street", "Te Aro", "Wellington", "6011"),
    ("42 Riccarton Road", "Riccarton", "Christchurch", "8011"),
    ("9 Grey Street", "Hamilton East", "Hamilton", "3216"),
    ("61 Gloucester Street", "Taradale", "Napier", "4112"),
)
_NZ_ETHNIC = ("NZ European", "Māori", "Samoan", "Tongan", "Chinese", "Indian", "Māori")
_NZ_OUTCOME = (
    "Eligible - DSS funded",
    "Referred to EGL",
    "Not eligible - health",
    "Awaiting assessment",
)
_IE_FIRST_M = ("Seán", "Pádraig", "Ciarán", "Eoin", "Dónal", "Micheál")
_IE_FIRST_F = ("Aoife", "Síle", "Niamh", "Órla", "Máire", "Caoimhe")
_IE_SURNAMES = ("Ó Briain", "Murphy", "O'Sullivan", "Mac Cárthaigh", "Kelly", "Ní Bhriain")
_IE_APPLIANCES = (
    "Wheelchair (self-propel)",
    "Hearing aid - binaural",
    "Pressure cushion",
    "Hoist & sling",
    "Shower chair",
)
_UK_PLACES = (
    ("14 Kingsway", "Bradford", "BD7 1QE"),
    ("Flat 3, 21 Station Road", "Reading", "RG1 1LG"),
    ("7 Church Lane", "Norwich", "NR2 4JG"),
    ("112 Albert Road", "Stockport", "SK4 4DX"),
    ("2 Mill Close", "Exeter", "EX2 5AB"),
)
_UK_GP = (
    "Westgate Medical Practice",
    "The Ridge Surgery",
    "Park Road Health Centre",
    "Castle Mead GP",
)
_UK_EQUIP = (
    "Self-propelling wheelchair",
    "Attendant-propelled wheelchair",
    "Powered chair (indoor/outdoor)",
    "Tilt-in-space chair",
)
_UK_KIN = (
    "Janet Holt (daughter)",
    "David Price (son)",
    "Helen Ward (wife)",
    "Mr K. Ahmed (husband)",
    "Sarah Lee (carer)",
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 17 % len(places)]


def _old_certificate(p: Person) -> str:
    return f"{_num(p, 900) + 12}/GXNKT-UBND ({2015 + _num(p, 8)})"


def _pupil_birth(p: Person) -> str:
    """A pupil's birth date: the person's day and month, aged 6 to 17 in the 2025-26 year."""
    year = 2008 + int(p.bhxh) % 12
    return f"{_safe_day(year, p.birth.month, p.birth.day):%d/%m/%Y}"


def _guardian_id(p: Person) -> str:
    """The guardian's own CCCD: born some 28 to 40 years before the pupil."""
    return _cccd_of(p, int(p.bhxh) % 3 == 0, 1975 + int(p.bhxh) % 12)


def _ndis(p: Person) -> str:
    return f"43{p.bhxh[2:9]}"


def _ie_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"0{_pick(p, ('21', '1', '91', '61'), 2)} {p.phone[4:7]} {p.phone[7:10]}"
    return f"08{int(p.phone[2]) % 5 + 3} {p.phone[3:6]} {p.phone[6:10]}"


WRITERS_BLIND350: dict[str, Callable[[Person, Col], object]] = {
    "dang350": lambda p, c: _pick(p, _VN_DANG, 2),
    "muc350": lambda p, c: _pick(p, _VN_MUC, 3),
    "gxn_old350": lambda p, c: _old_certificate(p),
    "gxn_new350": lambda p, c: f"{_num(p, 400) + 1}/GXNKT-UBND (2025)",
    "reason350": lambda p, c: _pick(p, _VN_REASON, 4),
    "proxy350": lambda p, c: "" if int(p.bhxh) % 3 else _other_vn(p, 5),
    "device350": lambda p, c: _pick(p, _VN_DEVICES, 2),
    "serial350": lambda p, c: f"SN{p.bhxh[1:9]}",
    "donor350": lambda p, c: _pick(p, _VN_DONORS, 3),
    "guardian350": lambda p, c: _other_vn(p, 6),
    "sign350": lambda p, c: _pick(p, ("Đã ký", "Điểm chỉ", "Người giám hộ ký"), 4),
    "mahs350": lambda p, c: f"79{p.bhxh[:8]}",
    "pupil_birth350": lambda p, c: _pupil_birth(p),
    "ethnic350": lambda p, c: _pick(p, _VN_ETHNIC, 5),
    "class350": lambda p, c: _pick(p, _VN_CLASSES, 6),
    "mode350": lambda p, c: _pick(p, _VN_MODES, 7),
    "rel350": lambda p, c: _pick(p, _VN_RELS, 8),
    "gid350": lambda p, c: _guardian_id(p),
    "gphone350": lambda p, c: _other_phone(p, "098"),
    "work350": lambda p, c: _pick(p, _VN_WORK, 2),
    "job350": lambda p, c: _pick(p, _VN_JOBS, 3),
    "level350": lambda p, c: _pick(p, _VN_LEVELS, 4),
    "score350": lambda p, c: f"{5 + _num(p, 50) / 10:.1f}".replace(".", ","),
    "grade350": lambda p, c: _pick(p, _VN_GRADES, 5),
    "certno350": lambda p, c: f"NNKH-{p.bhxh[-4:]}/2025",
    "sin350": lambda p, c: _sin(p, 4 + int(p.bhxh) % 2),
    "ohip350": lambda p, c: _ohip(p),
    "sex_ca350": lambda p, c: "M" if p.male else "F",
    "street_ca350": lambda p, c: _place(p, _CA_PLACES)[0],
    "city_ca350": lambda p, c: _place(p, _CA_PLACES)[1],
    "prov_ca350": lambda p, c: _place(p, _CA_PLACES)[2],
    "pc_ca350": lambda p, c: _place(p, _CA_PLACES)[3],
    "phone_ca350": lambda p, c: _ca_phone(p, _place(p, _CA_PLACES)[4]),
    "device_ca350": lambda p, c: _pick(p, _CA_DEVICES, 3),
    "vendor_ca350": lambda p, c: _pick(p, _CA_VENDORS, 4),
    "auth_ca350": lambda p, c: _pick(p, ("J. Tremblay, OT", "R. Singh, Audiologist"), 5),
    "amount_ca350": lambda p, c: f"{(_num(p, 60) + 5) * 75:,}.00",
    "medicare350": lambda p, c: _medicare(p),
    "ndis350": lambda p, c: _ndis(p),
    "sex_au350": lambda p, c: "Male" if p.male else "Female",
    "street_au350": lambda p, c: _place(p, _AU_PLACES)[0],
    "suburb_au350": lambda p, c: _place(p, _AU_PLACES)[1],
    "state_au350": lambda p, c: _place(p, _AU_PLACES)[2],
    "pc_au350": lambda p, c: _place(p, _AU_PLACES)[3],
    "phone_au350": lambda p, c: f"04{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "disability_au350": lambda p, c: _pick(p, _AU_DISABILITY, 2),
    "nominee_au350": lambda p, c: (
        "" if int(p.bhxh) % 2 else f"{_pick(p, ('Sue', 'Tom'), 3)} (parent)"
    ),
    "coord_au350": lambda p, c: _pick(p, ("Kylie Nguyen", "Mark O'Brien", "Priya Shah"), 4),
    "nhi350": lambda p, c: _nhi(p),
    "sex_nz350": lambda p, c: "M" if p.male else "F",
    "ethnic_nz350": lambda p, c: _pick(p, _NZ_ETHNIC, 2),
    "street_nz350": lambda p, c: _place(p, _NZ_PLACES)[0],
    "suburb_nz350": lambda p, c: _place(p, _NZ_PLACES)[1],
    "city_nz350": lambda p, c: _place(p, _NZ_PLACES)[2],
    "pc_nz350": lambda p, c: _place(p, _NZ_PLACES)[3],
    "phone_nz350": lambda p, c: f"021 {p.phone[3:6]} {p.phone[6:10]}",
    "referrer_nz350": lambda p, c: _pick(p, ("GP - Dr A. Patel", "Paediatrician", "Self"), 3),
    "outcome_nz350": lambda p, c: _pick(p, _NZ_OUTCOME, 4),
    "pps350": lambda p, c: _ppsn(p),
    "ie_given350": lambda p, c: _by_sex(p, _IE_FIRST_M, _IE_FIRST_F, 1),
    "ie_family350": lambda p, c: _pick(p, _IE_SURNAMES, 2),
    "street_ie350": lambda p, c: f"{_num(p, 80) + 1} {_ie_place(p)[3]}",
    "town_ie350": lambda p, c: _ie_place(p)[1],
    "county_ie350": lambda p, c: _ie_place(p)[2],
    "eircode350": lambda p, c: _eircode(p),
    "phone_ie350": lambda p, c: _ie_phone(p),
    "medcard_ie350": lambda p, c: f"{p.bhxh[3:9]}{_pick(p, ('X', 'Y', 'Z'), 3)}",
    "appliance_ie350": lambda p, c: _pick(p, _IE_APPLIANCES, 4),
    "ot_ie350": lambda p, c: _pick(p, ("Ms R. Walsh OT", "Mr D. Byrne OT", "Ms C. Ryan SLT"), 5),
    "nhs350": lambda p, c: _nhs(p),
    "title_uk350": lambda p, c: "Mr" if p.male else _pick(p, ("Mrs", "Ms", "Miss"), 2),
    "street_uk350": lambda p, c: _place(p, _UK_PLACES)[0],
    "town_uk350": lambda p, c: _place(p, _UK_PLACES)[1],
    "pc_uk350": lambda p, c: _place(p, _UK_PLACES)[2],
    "phone_uk350": lambda p, c: _uk_mobile(p),
    "gp_uk350": lambda p, c: _pick(p, _UK_GP, 3),
    "nino350": lambda p, c: _nino(p),
    "equip_uk350": lambda p, c: _pick(p, _UK_EQUIP, 4),
    "nok_uk350": lambda p, c: _pick(p, _UK_KIN, 5),
    "issued350": lambda p, c: f"{p.other_date + timedelta(days=5 + _num(p, 25)):%d/%m/%Y}",
}
