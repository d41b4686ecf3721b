"""How the people of the four-hundred-and-tenth part of the outside corpus (**blind 410**,
:mod:`lienthong.quality._corpus_blind410`) are written: four Vietnamese files' own columns (a
university's online confirmation of enrolment, a student affairs office's certificates for a
student loan, teacher-training students' state support, candidates for government scholarships
abroad) and Venezuelan, Burmese, Rwandan, Slovenian and Estonian students' names, addresses,
phones and numbers in the forms their cards show (the cédula and the RIF with its check digit,
the NRC in Burmese digits, the Rwandan ID, the EMŠO and the davčna številka with their mod 11
check digits, the isikukood)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _MM_DIGITS, _mm_name, _mm_township, _nrc
from lienthong.quality._corpus_blind11_writers import _isikukood
from lienthong.quality._corpus_blind12_writers import _emso
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind100_writers import _SI_FAMILY, _SI_GIVEN_F, _SI_GIVEN_M
from lienthong.quality._corpus_blind101_writers import _RW_FAMILY, _RW_GIVEN_F, _RW_GIVEN_M
from lienthong.quality._corpus_blind107_writers import _EE_FAMILY, _EE_GIVEN_F, _EE_GIVEN_M
from lienthong.quality._corpus_blind144_writers import (
    _VE_FAMILY,
    _VE_GIVEN_F,
    _VE_GIVEN_M,
    _rif_ve,
    _ve_phone,
    _ve_serial,
)
from lienthong.quality._corpus_blind207_writers import _rw_nid

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MAJORS = (
    ("7480201", "Công nghệ thông tin"),
    ("7340101", "Quản trị kinh doanh"),
    ("7220201", "Ngôn ngữ Anh"),
    ("7520201", "Kỹ thuật điện"),
    ("7720201", "Dược học"),
    ("7340301", "Kế toán"),
)
_VN_METHODS = (
    "Điểm thi TN THPT (100)",
    "Học bạ THPT (200)",
    "ĐGNL ĐHQG HN (402)",
    "Xét tuyển thẳng (301)",
    "Điểm thi TN THPT (100)",
)
_VN_COMBOS = ("A00", "A01", "D01", "B00", "C00", "D07")
_VN_CONFIRM = ("Đã xác nhận", "Đã xác nhận", "Đã nộp hồ sơ giấy", "Chưa xác nhận", "Từ chối")
_VN_CLASSES = ("K67-CNTT2", "K67-QTKD1", "K66-KT3", "K68-NNA1", "K65-DDT2")
_VN_PED_MAJORS = (
    "Sư phạm Toán học",
    "Giáo dục Tiểu học",
    "Sư phạm Ngữ văn",
    "Giáo dục Mầm non",
    "Sư phạm Tiếng Anh",
    "Sư phạm Tin học",
)
_VN_ORDER_PROVS = ("Tỉnh Lào Cai", "Tỉnh Nghệ An", "Tỉnh Điện Biên", "Tự đặt hàng", "Tỉnh Sơn La")
_VN_BANKS = ("Agribank", "BIDV", "Vietcombank", "VietinBank")
_VN_BIRTHPLACES = ("Hà Nội", "Nghệ An", "Thanh Hóa", "TP. Hồ Chí Minh", "Hải Dương", "Thái Bình")
_VN_COUNTRIES = ("Liên bang Nga", "Hungary", "Trung Quốc", "Rumani", "Lào", "Algeria", "Cuba")
_VN_LEVELS = ("Đại học", "Thạc sĩ", "Tiến sĩ", "Đại học", "Thực tập sinh")
_VN_FIELDS = (
    "Kỹ thuật hạt nhân",
    "Y đa khoa",
    "Khoa học máy tính",
    "Nông nghiệp",
    "Quan hệ quốc tế",
    "Dầu khí",
)
_VN_LANGS = ("IELTS 6.5", "TOEFL iBT 80", "TORFL B1", "HSK 5", "Chưa có", "IELTS 7.0")
_VN_EMPLOYERS = (
    "Trường ĐH Bách khoa Hà Nội",
    "Viện Năng lượng nguyên tử VN",
    "Bệnh viện Bạch Mai",
    "Học sinh lớp 12",
    "Sở GD&ĐT Nghệ An",
)
_VE_INST = (
    "Universidad Central de Venezuela (UCV)",
    "Universidad Bolivariana de Venezuela (UBV)",
    "Universidad de Los Andes (ULA)",
    "UNEFA - Núcleo Caracas",
    "Universidad del Zulia (LUZ)",
)
_VE_CAREERS = ("Medicina", "Ingeniería Civil", "Educación Integral", "Contaduría", "Enfermería")
_VE_PLACES = (
    ("Distrito Capital", "Libertador", "Sucre"),
    ("Miranda", "Sucre", "Petare"),
    ("Zulia", "Maracaibo", "Chiquinquirá"),
    ("Lara", "Iribarren", "Catedral"),
    ("Carabobo", "Valencia", "San José"),
    ("Mérida", "Libertador", "El Llano"),
)
_MM_UNIS = (
    "ရန်ကုန်တက္ကသိုလ်",
    "ဆေးတက္ကသိုလ်(၁)ရန်ကုန်",
    "ရန်ကုန်နည်းပညာတက္ကသိုလ်",
    "မန္တလေးတက္ကသိုလ်",
    "ရန်ကုန်ပညာရေးတက္ကသိုလ်",
)
_MM_FATHERS = ("ဦးအောင်မြင့်", "ဦးကျော်ဝင်း", "ဦးသန်းနိုင်", "ဦးမြင့်ဆွေ", "ဦးထွန်းလှ")
_RW_PLACES = (
    ("Umujyi wa Kigali", "Gasabo", "Kimironko"),
    ("Umujyi wa Kigali", "Kicukiro", "Niboye"),
    ("Amajyepfo", "Huye", "Ngoma"),
    ("Iburasirazuba", "Rwamagana", "Kigabiro"),
    ("Amajyaruguru", "Musanze", "Muhoza"),
    ("Iburengerazuba", "Rubavu", "Gisenyi"),
)
_RW_INST = (
    "University of Rwanda - CST",
    "University of Rwanda - CMHS",
    "Rwanda Polytechnic - IPRC Kigali",
    "University of Rwanda - CBE",
    "Rwanda Polytechnic - IPRC Huye",
)
_RW_PROGS = ("BSc Civil Engineering", "MBChB Medicine", "Diploma ICT", "BBA Finance", "BSc Nursing")
_RW_CATS = ("Full loan", "Tuition only", "Full loan", "Living allowance only")
_SI_HOMES = (
    ("Celovška cesta 112", "1000", "Ljubljana"),
    ("Partizanska cesta 21", "2000", "Maribor"),
    ("Ulica heroja Staneta 4", "3000", "Celje"),
    ("Kidričeva ulica 15", "4000", "Kranj"),
    ("Bazoviška ulica 3", "6000", "Koper - Capodistria"),
    ("Trubarjeva cesta 8", "8000", "Novo mesto"),
)
_SI_SCHOOLS = (
    "Gimnazija Bežigrad",
    "Univerza v Ljubljani, Fakulteta za elektrotehniko",
    "Srednja zdravstvena šola Celje",
    "Univerza v Mariboru, Ekonomsko-poslovna fakulteta",
    "Šolski center Kranj",
)
_SI_YEARS = ("1. letnik", "2. letnik", "3. letnik", "4. letnik", "absolvent")
_EE_HOMES = (
    ("Raatuse tn 22-15, Tartu linn, Tartu maakond", "51009"),
    ("Mustamäe tee 45-8, Kristiine linnaosa, Tallinn, Harju maakond", "10621"),
    ("Pärnu mnt 130-4, Kesklinna linnaosa, Tallinn, Harju maakond", "11313"),
    ("Rüütli tn 9, Pärnu linn, Pärnu maakond", "80010"),
    ("Kreenholmi tn 12-31, Narva linn, Ida-Viru maakond", "20104"),
)
_EE_SCHOOLS = (
    "Tartu Ülikool",
    "Tallinna Tehnikaülikool",
    "Tallinna Ülikool",
    "Eesti Maaülikool",
    "Tallinna Tervishoiu Kõrgkool",
)
_EE_CURRICULA = ("Informaatika (BA)", "Õigusteadus (MA)", "Arstiteadus", "Ämmaemandus", "Majandus")


def _ci_ve(p: Person) -> str:
    serial = f"{_ve_serial(p):,}".replace(",", ".")
    return f"V-{serial}" if int(p.bhxh) % 3 else f"V{_ve_serial(p)}"


def _davcna(p: Person) -> str:
    """A Slovenian davčna številka: seven digits (the first not 0) and a mod 11 check digit
    (weights 8..2; 11 less the remainder, 10 written 0; a remainder of 0 or 1 is never issued)."""
    for k in range(20):
        body = f"{(int(p.bhxh[:7]) + k * 13) % 9_000_000 + 1_000_000:07d}"
        rest = sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True)) % 11
        if rest > 1:
            break
    return f"{body}{(11 - rest) % 10}"


def _mm_phone(p: Person) -> str:
    return f"09{p.phone[2:11]}".translate(_MM_DIGITS) if int(p.bhxh) % 2 else f"09-{p.phone[3:11]}"


def _deadline(p: Person) -> date:
    return date(2026, 8, 20) + timedelta(days=_num(p, 40))


def _stamp(p: Person) -> str:
    at = datetime(2026, 3, 1, 8, 0) + timedelta(minutes=int(p.bhxh[-6:]) % 120_000)
    return f"{at:%d/%m/%Y %H:%M:%S}"


WRITERS_BLIND410: dict[str, Callable[[Person, Col], object]] = {
    # online confirmation of enrolment
    "hs410": lambda p, c: f"HS2026-{p.bhxh[-6:]}",
    "sbd410": lambda p, c: f"{int(p.bhxh[:2]) % 64 + 1:02d}{p.bhxh[-6:]}",
    "major_code410": lambda p, c: _VN_MAJORS[_num(p, 6) - 1][0],
    "major410": lambda p, c: _VN_MAJORS[_num(p, 6) - 1][1],
    "method410": lambda p, c: _pick(p, _VN_METHODS, 2),
    "combo410": lambda p, c: _pick(p, _VN_COMBOS, 3),
    "score410": lambda p, c: f"{18 + int(p.bhxh[-3:]) % 1100 / 100:.2f}".replace(".", ","),
    "status410": lambda p, c: _pick(p, _VN_CONFIRM, 4),
    # certificates for a student loan
    "xn410": lambda p, c: f"{_num(p, 900)}/XN-CTSV",
    "msv410": lambda p, c: f"2{p.bhxh[1:3]}{p.bhxh[-5:]}",
    "class410": lambda p, c: _pick(p, _VN_CLASSES, 5),
    "cohort410": lambda p, c: f"{2021 + _num(p, 5)}-{2025 + _num(p, 5)}",
    "borrower410": lambda p, c: _other_vn(p, 8, int(p.bhxh) % 3 != 0, p.family),
    "fee410": lambda p, c: f"{(1_200 + _num(p, 30) * 50) * 1000:,}".replace(",", "."),
    # teacher-training students' support
    "ped_major410": lambda p, c: _pick(p, _VN_PED_MAJORS, 2),
    "order_prov410": lambda p, c: _pick(p, _VN_ORDER_PROVS, 3),
    "fee_support410": lambda p, c: f"{(1_410 + _num(p, 4) * 100) * 1000}",
    "living410": lambda p, c: "3630000",
    "account410": lambda p, c: f"{_pick(p, _VN_BANKS, 4)} - {p.bhxh}{p.bhxh[:3]}",
    # government scholarships abroad
    "dossier410": lambda p, c: f"HDNN-{p.bhxh[-5:]}",
    "birthplace410": lambda p, c: _pick(p, _VN_BIRTHPLACES, 5),
    "passport410": lambda p, c: f"{_pick(p, ('C', 'P', 'K'), 2)}{p.bhxh[-7:]}",
    "country410": lambda p, c: _pick(p, _VN_COUNTRIES, 3),
    "level410": lambda p, c: _pick(p, _VN_LEVELS, 4),
    "field410": lambda p, c: _pick(p, _VN_FIELDS, 6),
    "lang410": lambda p, c: _pick(p, _VN_LANGS, 7),
    "employer410": lambda p, c: _pick(p, _VN_EMPLOYERS, 8),
    # Venezuela: university places assigned by OPSU
    "ve_ci410": lambda p, c: _ci_ve(p),
    "rif410": lambda p, c: _rif_ve(p),
    "ve_fam410": lambda p, c: _pick(p, _VE_FAMILY, 2),
    "ve_giv410": lambda p, c: _by_sex(p, _VE_GIVEN_M, _VE_GIVEN_F, 1),
    "sex_ve410": lambda p, c: "M" if p.male else "F",
    "ve_inst410": lambda p, c: _pick(p, _VE_INST, 3),
    "ve_career410": lambda p, c: _pick(p, _VE_CAREERS, 4),
    "ve_index410": lambda p, c: f"{60 + int(p.bhxh[-3:]) % 400 / 10:.1f}".replace(".", ","),
    "ve_state410": lambda p, c: _VE_PLACES[_num(p, 6) - 1][0],
    "ve_mun410": lambda p, c: _VE_PLACES[_num(p, 6) - 1][1],
    "ve_parr410": lambda p, c: _VE_PLACES[_num(p, 6) - 1][2],
    "phone_ve410": lambda p, c: _ve_phone(p),
    # Myanmar: university entrance
    "mm_name410": lambda p, c: _mm_name(p),
    "roll410": lambda p, c: f"ရကမ-{p.bhxh[-4:]}".translate(_MM_DIGITS),
    "mm_nrc410": lambda p, c: _nrc(p),
    "sex_mm410": lambda p, c: "ကျား" if p.male else "မ",
    "mm_father410": lambda p, c: _pick(p, _MM_FATHERS, 2),
    "mm_marks410": lambda p, c: f"{380 + int(p.bhxh[-3:]) % 200}".translate(_MM_DIGITS),
    "mm_uni410": lambda p, c: _pick(p, _MM_UNIS, 3),
    "mm_town410": lambda p, c: _mm_township(p)[2].split("၊ ")[0],
    "mm_region410": lambda p, c: _mm_township(p)[2].split("၊ ")[1],
    "phone_mm410": lambda p, c: _mm_phone(p),
    # Rwanda: higher education student loans
    "rw_nid410": lambda p, c: _rw_nid(p),
    "rw_fam410": lambda p, c: _pick(p, _RW_FAMILY, 2).upper(),
    "rw_giv410": lambda p, c: _by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 1),
    "sex_rw410": lambda p, c: "Gabo" if p.male else "Gore",
    "phone_rw410": lambda p, c: f"+250 7{_pick(p, ('8', '9', '2', '3'), 3)}{p.phone[3:10]}",
    "rw_prov410": lambda p, c: _RW_PLACES[_num(p, 6) - 1][0],
    "rw_dist410": lambda p, c: _RW_PLACES[_num(p, 6) - 1][1],
    "rw_sect410": lambda p, c: _RW_PLACES[_num(p, 6) - 1][2],
    "rw_inst410": lambda p, c: _pick(p, _RW_INST, 4),
    "rw_prog410": lambda p, c: _pick(p, _RW_PROGS, 5),
    "rw_cat410": lambda p, c: _pick(p, _RW_CATS, 6),
    "rw_tuition410": lambda p, c: f"{600_000 + _num(p, 8) * 50_000:,}",
    "rw_allow410": lambda p, c: "40,000" if int(p.bhxh) % 4 else "0",
    "rw_ubudehe410": lambda p, c: _pick(p, ("A", "B", "C", "D", "C", "B"), 7),
    # Slovenia: state scholarships
    "si_emso410": lambda p, c: _emso(p),
    "si_tax410": lambda p, c: _davcna(p),
    "si_fam410": lambda p, c: _pick(p, _SI_FAMILY, 2),
    "si_giv410": lambda p, c: _by_sex(p, _SI_GIVEN_M, _SI_GIVEN_F, 1),
    "sex_si410": lambda p, c: "M" if p.male else "Ž",
    "si_street410": lambda p, c: _SI_HOMES[_num(p, 6) - 1][0],
    "si_post410": lambda p, c: _SI_HOMES[_num(p, 6) - 1][1],
    "si_town410": lambda p, c: _SI_HOMES[_num(p, 6) - 1][2],
    "phone_si410": lambda p, c: (
        f"0{_pick(p, ('41', '31', '40', '51'), 3)} {p.phone[3:6]} {p.phone[6:9]}"
    ),
    "si_school410": lambda p, c: _pick(p, _SI_SCHOOLS, 4),
    "si_year410": lambda p, c: _pick(p, _SI_YEARS, 5),
    "si_amount410": lambda p, c: f"{100 + _num(p, 90) * 2},{p.bhxh[-2:]}",
    "si_decision410": lambda p, c: f"1224-{_num(p, 900)}/2026-{p.bhxh[-3:]}",
    # Estonia: need-based study allowance
    "ee_ik410": lambda p, c: _isikukood(p),
    "ee_giv410": lambda p, c: _by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 1),
    "ee_fam410": lambda p, c: _pick(p, _EE_FAMILY, 2),
    "sex_ee410": lambda p, c: "M" if p.male else "N",
    "ee_addr410": lambda p, c: _EE_HOMES[_num(p, 5) - 1][0],
    "ee_post410": lambda p, c: _EE_HOMES[_num(p, 5) - 1][1],
    "phone_ee410": lambda p, c: f"+372 5{p.phone[4:7]} {p.phone[7:11]}",
    "ee_school410": lambda p, c: _pick(p, _EE_SCHOOLS, 3),
    "ee_curr410": lambda p, c: _pick(p, _EE_CURRICULA, 4),
    "ee_income410": lambda p, c: f"{200 + _num(p, 400)},00",
    "ee_amount410": lambda p, c: _pick(p, ("75", "135", "220", "75"), 5),
    "stamp410": lambda p, c: _stamp(p),
    "deadline410": lambda p, c: f"{_deadline(p):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND410"]
