"""How the people of the four hundred and forty-fifth part of the outside corpus (**blind 445**,
:mod:`lienthong.quality._corpus_blind445`) are written: four Vietnamese maternal and child health
files' own columns (a pregnant woman's husband and expected date, a newborn's hearing screening,
a family-planning method, a malnourished child's measurements) and Nigerian, Indian,
Bangladeshi, Peruvian and Turkish names, addresses, phones and identity numbers in the forms their
registers show (the NIN, the Aadhaar's Verhoeff digit, the 17-digit birth registration number
that opens with the birth year, the DNI, the T.C. Kimlik No's two check digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CHILD_M = ("Minh Khôi", "Gia Bảo", "Đức Anh", "Bảo Nam", "Hoàng Phúc", "Quốc Huy", "Anh Tú")
_VN_CHILD_F = ("Bảo Ngọc", "Khánh Linh", "Minh Thư", "Ngọc Hân", "Tuệ An", "Gia Hân", "Thảo My")
_VN_FP = (
    "Vòng tránh thai (DCTC)",
    "Thuốc tiêm DMPA",
    "Viên uống kết hợp",
    "Que cấy Implanon",
    "Bao cao su",
    "Triệt sản nữ",
)
_VN_FP_PLACE = ("Trạm Y tế xã", "TTYT huyện - Khoa CSSKSS", "Đội lưu động KHHGĐ")
_NG_GIVEN = (
    "Chiamaka",
    "Aisha",
    "Folake",
    "Ngozi",
    "Hadiza",
    "Blessing",
    "Funmilayo",
    "Amina",
    "Ifeoma",
    "Zainab",
    "Temitope",
    "Adaeze",
    "Halima",
    "Omolara",
)
_NG_FAMILY = (
    "Okafor",
    "Adeyemi",
    "Bello",
    "Eze",
    "Ibrahim",
    "Ogunleye",
    "Nwosu",
    "Musa",
    "Abubakar",
    "Okonkwo",
    "Adebayo",
    "Yusuf",
    "Obi",
    "Danjuma",
)
_NG_STREETS = (
    "Ikorodu Road",
    "Ahmadu Bello Way",
    "Ogui Road",
    "Zik Avenue",
    "Bompai Road",
    "Adeniran Ogunsanya St",
    "Aba Road",
    "Murtala Mohammed Way",
)
_NG_PLACES = (
    ("Surulere", "Lagos"),
    ("Kano Municipal", "Kano"),
    ("Enugu North", "Enugu"),
    ("Ibadan North", "Oyo"),
    ("Port Harcourt", "Rivers"),
    ("Nsukka", "Enugu"),
)
_IN_GIVEN = (
    "Sunita",
    "Priya",
    "Rekha",
    "Pooja",
    "Anjali",
    "Kavita",
    "Meena",
    "Geeta",
    "Radha",
    "Savitri",
    "Nisha",
    "Lakshmi",
    "Shabana",
    "Kiran",
)
_IN_FAMILY = (
    "Devi",
    "Kumari",
    "Sharma",
    "Yadav",
    "Verma",
    "Patel",
    "Singh",
    "Gupta",
    "Khatoon",
    "Mishra",
    "Chauhan",
    "Paswan",
    "Rajbhar",
)
_IN_PLACES = (
    ("Gram Rampur", "Barabanki, Uttar Pradesh - 225001"),
    ("Mohalla Kazipura", "Darbhanga, Bihar - 846004"),
    ("Ward No. 7, Shastri Nagar", "Jaipur, Rajasthan - 302016"),
    ("Village Khurd", "Sehore, Madhya Pradesh - 466001"),
    ("Gali No. 3, Rajiv Colony", "Gurugram, Haryana - 122001"),
)
_BD_GIVEN_M = ("Md. Rahim", "Abdullah", "Tanvir", "Sakib", "Ayaan", "Rafi", "Arman", "Nafis")
_BD_GIVEN_F = ("Ayesha", "Fatema", "Sumaiya", "Nusrat", "Tasnim", "Jannat", "Mim", "Sadia")
_BD_FAMILY = (
    "Hossain",
    "Akter",
    "Islam",
    "Rahman",
    "Begum",
    "Uddin",
    "Khatun",
    "Mia",
    "Sarker",
    "Chowdhury",
    "Ahmed",
    "Haque",
)
_BD_PLACES = (
    ("Sonapur", "Companiganj, Noakhali"),
    ("Char Kukri", "Bhola Sadar, Bhola"),
    ("Boro Bari", "Sherpur Sadar, Sherpur"),
    ("Kazipara", "Mirpur, Dhaka"),
    ("Uttar Para", "Sylhet Sadar, Sylhet"),
)
_BD_CENTRES = ("সোনাপুর ইপিআই কেন্দ্র", "কমিউনিটি ক্লিনিক চরকুকরি", "ইউনিয়ন স্বাস্থ্য কেন্দ্র")
_PE_FAMILY = (
    "Quispe",
    "Mamani",
    "Huamán",
    "Flores",
    "Condori",
    "Rojas",
    "Chávez",
    "Vargas",
    "Ramos",
    "Ccahuana",
    "Torres",
    "Gutiérrez",
    "Apaza",
)
_PE_GIVEN_M = ("Thiago", "Liam Mateo", "Dylan", "Santiago", "Jhon Carlos", "Adrián", "Gael")
_PE_GIVEN_F = ("Valentina", "Luana", "Camila Sofía", "Ariana", "Mía", "Brianna", "Kiara Luz")
_PE_PLACES = (
    ("Villa El Salvador", "Lima"),
    ("San Juan de Lurigancho", "Lima"),
    ("Cerro Colorado", "Arequipa"),
    ("Juliaca", "Puno"),
    ("Wanchaq", "Cusco"),
    ("El Tambo", "Junín"),
)
_TR_GIVEN = (
    "Ayşe",
    "Fatma",
    "Zeynep",
    "Elif",
    "Emine",
    "Hatice",
    "Merve",
    "Büşra",
    "Esra",
    "Özlem",
    "Gülsüm",
    "Şeyma",
)
_TR_SECOND = ("", "Nur", "", "Sultan", "", "Gül", "")
_TR_FAMILY = (
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Öztürk",
    "Aydın",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Özdemir",
    "Koç",
    "Kurt",
    "Polat",
    "Erdoğan",
    "Aksoy",
)
_TR_PLACES = (
    ("Atatürk Mah.", "Esenyurt/İSTANBUL"),
    ("Yenimahalle Mah.", "Keçiören/ANKARA"),
    ("Karşıyaka Mah.", "Bayraklı/İZMİR"),
    ("Fatih Mah.", "Selçuklu/KONYA"),
    ("Bağlar Mah.", "Bağlar/DİYARBAKIR"),
    ("Cumhuriyet Mah.", "Şahinbey/GAZİANTEP"),
)
_TR_DOCTORS = ("Dr. Mehmet Koç", "Dr. Selin Ertaş", "Dr. Hakan Uysal", "Dr. Derya Polat")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _lmp(p: Person) -> date:
    """The first day of the last menstrual period, in 2026."""
    return date(2026, 1, 1) + timedelta(days=int(p.bhxh[-3:]) % 240)


def _edd(p: Person) -> date:
    """Naegele's rule: the LMP plus 280 days."""
    return _lmp(p) + timedelta(days=280)


def _baby(p: Person) -> date:
    """A child's birthday, the person's day and month in 2024 or 2025."""
    return _safe_day(2024 + int(p.bhxh[-1]) % 2, p.birth.month, p.birth.day)


def _newborn(p: Person) -> date:
    return date(2026, 6, 1) + timedelta(days=int(p.bhxh[-4:]) % 180)


def _two(p: Person, given: tuple[str, ...], family: tuple[str, ...], salt: int) -> str:
    return f"{_pick(p, given, salt)} {_pick(p, family, salt + 3)}"


def _tc_kimlik(p: Person) -> str:
    """A T.C. Kimlik No: 11 digits, the tenth ((odd sum) * 7 - even sum) mod 10, the eleventh the
    sum of the first ten mod 10."""
    d = [int(p.bhxh[0]) % 9 + 1] + [int(ch) for ch in p.bhxh[1:9]]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(tenth)
    d.append(sum(d) % 10)
    return "".join(str(x) for x in d)


def _aadhaar(p: Person) -> str:
    body = _verhoeff(f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh[1:]}{p.bhxh[:1]}")
    return f"{body[:4]} {body[4:8]} {body[8:12]}"


def _brn(p: Person) -> str:
    """A Bangladeshi birth registration number: birth year, RMO and geo codes, a serial."""
    return f"{_baby(p):%Y}{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:7]}{p.bhxh[-6:]}"


def _dni(p: Person) -> str:
    return f"{9 if int(p.bhxh) % 3 else 8}{p.bhxh[2:9]}"


WRITERS_BLIND445: dict[str, Callable[[Person, Col], object]] = {
    "husband445": lambda p, c: _other_vn(p, 4, True),
    "husband_phone445": lambda p, c: _other_phone(p, "097"),
    "lmp445": lambda p, c: f"{_lmp(p):%d/%m/%Y}",
    "edd445": lambda p, c: f"{_edd(p):%d/%m/%Y}",
    "gravida445": lambda p, c: f"PARA {_num(p, 3) - 1}{_num(p, 2) - 1}{_num(p, 2) - 1}{_num(p, 3)}",
    "tetanus445": lambda p, c: _pick(p, ("VAT 1", "VAT 2", "Đủ liều", "Chưa tiêm"), 2),
    "hamlet445": lambda p, c: f"Thôn {_num(p, 12)}",
    "baby_name445": lambda p, c: f"{p.family} {_by_sex(p, _VN_CHILD_M, _VN_CHILD_F, 3)}",
    "baby_sex445": lambda p, c: _pick(p, ("Nam", "Nữ"), 5),
    "baby_dob445": lambda p, c: f"{_newborn(p):%d/%m/%Y}",
    "weight445": lambda p, c: str(2400 + _num(p, 60) * 25),
    "oae445": lambda p, c: _pick(p, ("Đạt (Pass)", "Đạt (Pass)", "Không đạt (Refer)"), 2),
    "oae_l445": lambda p, c: _pick(p, ("Pass", "Pass", "Refer", "Pass"), 6),
    "recheck445": lambda p, c: f"{_newborn(p) + timedelta(days=30):%d/%m/%Y}",
    "children445": lambda p, c: str(_num(p, 4) - 1),
    "fp445": lambda p, c: _pick(p, _VN_FP, 2),
    "fp_place445": lambda p, c: _pick(p, _VN_FP_PLACE, 3),
    "ctv445": lambda p, c: _other_vn(p, 6, False),
    "mal_child445": lambda p, c: f"{p.family} {_by_sex(p, _VN_CHILD_F, _VN_CHILD_M, 4)}",
    "mal_dob445": lambda p, c: f"{_baby(p):%d.%m.%Y}",
    "kg445": lambda p, c: f"{6 + _num(p, 50) / 10:.1f}".replace(".", ","),
    "cm445": lambda p, c: f"{65 + _num(p, 25)},{_num(p, 9)}",
    "sdd445": lambda p, c: _pick(p, ("Nhẹ cân", "Thấp còi", "Gầy còm", "Thấp còi + nhẹ cân"), 2),
    "relation445": lambda p, c: _pick(p, ("Mẹ", "Mẹ", "Bà nội", "Bà ngoại", "Bố"), 3),
    "nin_ng445": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}{p.bhxh[0]}",
    "ng_name445": lambda p, c: _two(p, _NG_GIVEN, _NG_FAMILY, 1).upper(),
    "ng_husband445": lambda p, c: f"Mr. {_pick(p, ('Emeka', 'Musa', 'Tunde', 'Chidi'), 5)}",
    "phone_ng445": lambda p, c: f"080{p.phone[2:10]}",
    "addr_ng445": lambda p, c: (
        f"{_num(p, 90)}, {_pick(p, _NG_STREETS, 2)}, {_place(p, _NG_PLACES)[0]}"
    ),
    "lga_ng445": lambda p, c: _place(p, _NG_PLACES)[0],
    "anc_no445": lambda p, c: f"ANC/{p.bhxh[-4:]}/26",
    "gest445": lambda p, c: str(8 + _num(p, 30)),
    "blood445": lambda p, c: _pick(p, ("O+", "A+", "B+", "AB+", "O-"), 4),
    "hiv445": lambda p, c: _pick(p, ("NR", "NR", "NR", "R"), 2),
    "ng_lmp445": lambda p, c: f"{_lmp(p):%d/%m/%Y}",
    "ng_edd445": lambda p, c: f"{_edd(p):%d-%b-%Y}",
    "aadhaar445": lambda p, c: _aadhaar(p),
    "in_name445": lambda p, c: _two(p, _IN_GIVEN, _IN_FAMILY, 1),
    "in_husband445": lambda p, c: f"{_pick(p, ('Ramesh', 'Suresh', 'Rajesh', 'Mohd. Irfan'), 6)}",
    "phone_in445": lambda p, c: f"9{p.phone[1:10]}",
    "addr_in445": lambda p, c: f"H.No. {_num(p, 200)}, {', '.join(_place(p, _IN_PLACES))}",
    "mcp_no445": lambda p, c: f"MCP{p.bhxh[:7]}",
    "rch445": lambda p, c: f"1{p.bhxh}{p.bhxh[:1]}",
    "anm445": lambda p, c: _pick(p, ("Sushila ANM", "Mamta Yadav", "Rita Kumari"), 4),
    "awc445": lambda p, c: f"AWC-{_num(p, 40)} {_place(p, _IN_PLACES)[0]}",
    "brn445": lambda p, c: _brn(p),
    "bd_child445": lambda p, c: (
        f"{_by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1)} {_pick(p, _BD_FAMILY, 4)}"
    ),
    "bd_dob445": lambda p, c: f"{_baby(p):%d/%m/%Y}",
    "sex_bd445": lambda p, c: "ছেলে" if p.male else "মেয়ে",
    "bd_mother445": lambda p, c: f"{_pick(p, _BD_GIVEN_F, 6)} {_pick(p, _BD_FAMILY, 7)}",
    "bd_father445": lambda p, c: f"{_pick(p, _BD_GIVEN_M, 8)} {_pick(p, _BD_FAMILY, 9)}",
    "phone_bd445": lambda p, c: f"01{p.phone[1:10]}",
    "addr_bd445": lambda p, c: f"বাড়ি {_num(p, 150)}, {', '.join(_place(p, _BD_PLACES))}",
    "centre_bd445": lambda p, c: _pick(p, _BD_CENTRES, 2),
    "bcg445": lambda p, c: f"{_baby(p) + timedelta(days=3):%d/%m/%Y}",
    "penta445": lambda p, c: f"{_baby(p) + timedelta(days=45):%d/%m/%Y}",
    "dni_pe445": lambda p, c: _dni(p),
    "pe_pat445": lambda p, c: _pick(p, _PE_FAMILY, 2).upper(),
    "pe_mat445": lambda p, c: _pick(p, _PE_FAMILY, 5).upper(),
    "pe_given445": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1).upper(),
    "pe_dob445": lambda p, c: f"{_baby(p):%d/%m/%Y}",
    "sex_pe445": lambda p, c: "M" if p.male else "F",
    "months_pe445": lambda p, c: str((date(2026, 11, 30) - _baby(p)).days // 30),
    "mother_dni445": lambda p, c: f"4{p.bhxh[::-1][:7]}",
    "mother_pe445": lambda p, c: (
        f"{_pick(p, ('MARÍA', 'ROSA', 'YOLANDA', 'LIZ'), 7)} {_pick(p, _PE_FAMILY, 3).upper()}"
    ),
    "street_pe445": lambda p, c: (
        f"{_pick(p, ('Jr. Los Olivos', 'Av. Perú', 'Mz. F Lt. 12', 'Psje. Sol'), 2)} {_num(p, 900)}"
    ),
    "dist_pe445": lambda p, c: _place(p, _PE_PLACES)[0],
    "phone_pe445": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "peso445": lambda p, c: f"{6 + _num(p, 70) / 10:.1f}",
    "talla445": lambda p, c: f"{60 + _num(p, 30)}.{_num(p, 9)}",
    "hb445": lambda p, c: f"{9 + _num(p, 40) / 10:.1f}",
    "tc445": lambda p, c: _tc_kimlik(p),
    "tr_given445": lambda p, c: f"{_pick(p, _TR_GIVEN, 1)} {_pick(p, _TR_SECOND, 2)}".strip(),
    "tr_family445": lambda p, c: _pick(p, _TR_FAMILY, 3).upper(),
    "phone_tr445": lambda p, c: (
        f"05{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:9]} {p.phone[9]}{p.phone[1]}"
    ),
    "addr_tr445": lambda p, c: (
        f"{_place(p, _TR_PLACES)[0]} {_num(p, 300)}. Sk. No:{_num(p, 60)} D:{_num(p, 12)}, "
        f"{_place(p, _TR_PLACES)[1]}"
    ),
    "tr_spouse445": lambda p, c: (
        f"{_pick(p, ('Mehmet', 'Ali', 'Hüseyin', 'Mustafa'), 5)} {_pick(p, _TR_FAMILY, 3).upper()}"
    ),
    "tr_sat445": lambda p, c: f"{_lmp(p):%d.%m.%Y}",
    "tr_tdt445": lambda p, c: f"{_edd(p):%d.%m.%Y}",
    "tr_izlem445": lambda p, c: f"{_num(p, 4)}. İzlem",
    "tr_doctor445": lambda p, c: _pick(p, _TR_DOCTORS, 4),
    "tr_risk445": lambda p, c: _pick(p, ("Risksiz", "Riskli", "Risksiz", "Yüksek riskli"), 2),
}

__all__ = ["WRITERS_BLIND445"]
