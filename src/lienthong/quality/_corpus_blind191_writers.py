"""How the people of the hundred-and-ninety-first part of the outside corpus (**blind 191**,
:mod:`lienthong.quality._corpus_blind191`) are written: four Vietnamese files' own columns (a
cosmetic surgery client's procedure, a worker's overseas employment fund receipt, a private
house's building permit, a worker's bank deposit before going abroad) and the Gulf's registers of
citizens and of workers from South Asia and the Philippines in the forms their papers show (the
Emirates ID's Luhn digit, the Saudi ID or iqama and Hijri dates, the Qatari QID with its
nationality code, the Kuwaiti civil ID's check digit, the Bahraini CPR, Gulf addresses by
building, street, zone or block)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _hijri, _saudi_id
from lienthong.quality._corpus_blind117_writers import _PH_FAMILY, _PH_GIVEN_F, _PH_GIVEN_M
from lienthong.quality._corpus_blind127_writers import _kw_civil
from lienthong.quality._corpus_blind135_writers import _cpr, _emirates_id, _qid
from lienthong.quality._corpus_blind145_writers import _sa_name as _sa_citizen_name

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_SERVICES = (
    "Nâng mũi cấu trúc S-line",
    "Cắt mí mắt",
    "Hút mỡ bụng",
    "Nâng ngực túi Motiva",
    "Căng da mặt",
    "Độn cằm",
)
_VN_DOCTORS = (
    "BSCKII Trần Văn Hòa",
    "ThS.BS Lê Minh Khôi",
    "BSCKI Nguyễn Thị Hạnh",
    "BS Phạm Quốc Việt",
)
_VN_ANAES = ("BS Đỗ Thanh Tùng", "BSCKI Vũ Hoàng Nam", "BS Hồ Thị Mai")
#: (country, trade, fund contribution)
_VN_DESTS = (
    ("Ả Rập Xê Út", "Giúp việc gia đình", "100000"),
    ("Qatar", "Xây dựng", "100000"),
    ("UAE (Dubai)", "Phục vụ nhà hàng", "100000"),
    ("Kuwait", "Giúp việc gia đình", "100000"),
    ("Đài Loan", "Cơ khí", "100000"),
    ("Nhật Bản (TTS)", "Chế biến thực phẩm", "100000"),
)
_VN_AGENCIES = (
    "Cty CP Cung ứng nhân lực quốc tế và Thương mại (SONA)",
    "Cty TNHH MTV Dịch vụ XKLĐ Vinaconex Mex",
    "Cty CP Đầu tư Thương mại LOD",
    "Cty CP Phát triển nguồn nhân lực Esuhai",
    "Tổng Cty Lilama - Cty CP XKLĐ",
)
_VN_SITES = ("Thôn Đông, xã ", "Xóm 3, xã ", "Tổ dân phố 5, phường ", "Thôn Trung, xã ")
_VN_COMMUNES = ("Hoằng Hóa", "Yên Định", "Nghi Sơn", "Quảng Xương")
_VN_OFFICERS = (
    "Lê Văn Sơn - CC Địa chính-XD",
    "Nguyễn Thị Thu - CC Địa chính-XD",
    "Hoàng Minh Đức",
)
_VN_BANK_STATUS = ("Đang ký quỹ", "Đang ký quỹ", "Đã tất toán", "Phong tỏa theo yêu cầu DN")
_VN_NOTES = (
    "",
    "Đã nộp đủ",
    "",
    "Chưa có biên lai gốc",
    "Hủy HĐ, hoàn quỹ",
)

# -- the Gulf's expatriate workers ---------------------------------------------------------------
#: nationality in English and Arabic, the QID nationality code, men's and women's given names and
#: family names as their passports write them
_EXPATS: tuple[tuple[str, str, str, _T, _T, _T], ...] = (
    (
        "Indian",
        "هندي",
        "356",
        ("Suresh Kumar", "Mohammed Rafi", "Rajesh", "Anil", "Shaji Varghese"),
        ("Lakshmi", "Bindu", "Mary Thomas", "Sunitha", "Reshma"),
        ("Nair", "Pillai", "Kunhi Mohammed", "Yadav", "Singh", "Reddy"),
    ),
    (
        "Pakistani",
        "باكستاني",
        "586",
        ("Muhammad Asif", "Imran", "Zahid Hussain", "Abdul Ghafoor", "Naveed"),
        ("Shazia", "Rukhsana", "Nasreen", "Samina", "Farzana"),
        ("Khan", "Butt", "Ahmed", "Iqbal", "Shah", "Awan"),
    ),
    (
        "Bangladeshi",
        "بنغلاديشي",
        "050",
        ("Md Abdul Kader", "Md Rafiqul Islam", "Shahidul", "Md Alamgir", "Jahangir"),
        ("Rokeya", "Shahnaz", "Morium", "Taslima", "Nasima"),
        ("Hossain", "Miah", "Uddin", "Sarker", "Akter", "Rahman"),
    ),
    (
        "Nepalese",
        "نيبالي",
        "524",
        ("Ram Bahadur", "Dil Bahadur", "Bikash", "Suman", "Hari Prasad"),
        ("Sita", "Gita Kumari", "Sabina", "Mina", "Sarita"),
        ("Thapa", "Gurung", "Tamang", "Magar", "Rai", "Shrestha"),
    ),
    (
        "Sri Lankan",
        "سريلانكي",
        "144",
        ("Nuwan", "Chaminda", "Mohamed Rizwan", "Sampath", "Kasun"),
        ("Chandrika", "Nilmini", "Fathima Rinoza", "Dilrukshi", "Kumari"),
        ("Perera", "Fernando", "Silva", "Jayasinghe", "Bandara", "Dissanayake"),
    ),
    ("Filipino", "فلبيني", "608", _PH_GIVEN_M, _PH_GIVEN_F, _PH_FAMILY),
)
#: a name of each country (in :data:`_EXPATS`' order) as Arabic forms write it: men, women
_AR_EXPATS_M = (
    "سوريش كومار ناير",
    "محمد آصف خان",
    "محمد رفيق الإسلام",
    "رام بهادور ثابا",
    "نوان بيريرا",
    "جوزيه سانتوس",
)
_AR_EXPATS_F = (
    "لاكشمي بيلاي",
    "شازيا أحمد",
    "تسليمة أختر",
    "سيتا غورونغ",
    "تشاندريكا فرناندو",
    "ماري جوي ريس",
)
_AE_JOBS = ("Mason", "Steel Fixer", "Electrician", "Labourer", "Site Engineer", "Driver")
_AE_CAMPS = (
    "Al Quoz Labour Camp, Block B Room 214, Al Quoz Industrial Area 2, Dubai",
    "Sonapur Labour Accommodation, Muhaisnah 2, Dubai",
    "Jebel Ali Labour Camp 4, Room 11, Jebel Ali Industrial Area 1, Dubai",
    "Flat 305, Al Nahda Building, Al Qusais 2, Dubai",
    "DIP Staff Accommodation, Room 52, Dubai Investments Park 2, Dubai",
)
_AE_FIRMS = (
    "Arabtec Construction LLC",
    "Al Naboodah Construction Group",
    "Khansaheb Civil Engineering LLC",
    "ALEC Engineering & Contracting LLC",
)
_SA_CITIES = (
    ("الرياض", ("حي النسيم", "حي الملز", "حي العليا", "حي الشفا")),
    ("جدة", ("حي الصفا", "حي البوادي", "حي الروضة", "حي الحمدانية")),
    ("الدمام", ("حي الفيصلية", "حي الشاطئ", "حي العزيزية", "حي طيبة")),
)
_SA_LICENCES = ("رخصة خاصة", "رخصة خاصة", "رخصة عامة", "دراجة نارية", "رخصة خاصة - معادلة")
_SA_TRAINERS = ("أ. عبدالرحمن الشهري", "أ. فيصل القحطاني", "أ. نورة العتيبي", "أ. ماجد الزهراني")
_QA_AREAS = (
    ("Al Sadd", "السد", "38"),
    ("Al Mansoura", "المنصورة", "25"),
    ("Najma", "نجمة", "26"),
    ("Al Wakrah", "الوكرة", "90"),
    ("Muaither", "معيذر", "54"),
    ("Umm Ghuwailina", "أم غويلينة", "27"),
)
_QA_CITIZENS = ("محمد جاسم الكواري", "عبدالله حمد المري", "نورة خالد السليطي", "فاطمة علي المهندي")
_QA_PREMISES = ("Villa / فيلا", "Flat / شقة", "Flat / شقة", "Shop / محل", "Labour Camp / سكن عمال")
_QA_LANDLORDS = ("Barwa Real Estate", "Ezdan Holding", "Private owner / مالك خاص", "UDC")
_KW_AREAS = ("الجابرية", "السالمية", "الرميثية", "الفروانية", "صباح السالم", "مشرف")
_KW_SPONSORS = ("فهد سالم العنزي", "دلال خالد المطيري", "يوسف حمد الرشيدي", "مريم عبدالله الكندري")
_KW_JOBS_M = ("سائق خاص", "طباخ", "مزارع", "حارس")
_KW_JOBS_F = ("عاملة منزلية", "عاملة منزلية", "مربية أطفال", "طباخة")
_KW_STATUS = ("تم التجديد", "تم التجديد", "بانتظار الدفع", "مرفوض - مخالفة إقامة", "قيد المراجعة")
_BH_AREAS = (("Adliya", "338"), ("Gudaibiya", "306"), ("Riffa", "935"), ("Muharraq", "204"))
_BH_JOBS = ("Salesman", "Cleaner", "Cook", "Tailor", "Heavy Driver", "Nurse")
_BH_EMPLOYERS = (
    "Jawad Business Group",
    "Al Jazira Supermarket W.L.L",
    "YBA Kanoo",
    "Almoayyed Contracting",
)


def _expat(p: Person) -> tuple[str, str, str, _T, _T, _T]:
    return _EXPATS[int(p.bhxh) // 17 % len(_EXPATS)]


def _en_name(p: Person) -> str:
    _, _, _, men, women, families = _expat(p)
    return f"{_by_sex(p, men, women, 1)} {_pick(p, families, 2)}"


def _ar_expat(p: Person) -> str:
    """The worker's name in Arabic letters, of the same country as :func:`_expat`."""
    return (_AR_EXPATS_M if p.male else _AR_EXPATS_F)[int(p.bhxh) // 17 % len(_EXPATS)]


def _passport(p: Person) -> str:
    letter = "PKABNL"[int(p.bhxh) // 17 % 6]
    return f"{letter}{p.bhxh[2:9]}"


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _later(p: Person, days: int) -> str:
    return f"{p.other_date + timedelta(days=days):%d/%m/%Y}"


def _gulf_phone(p: Person, code: str, leads: str, spaced: bool) -> str:
    lead = leads[int(p.bhxh) % len(leads)]
    digits = f"{lead}{p.phone[3:10]}"
    return f"+{code} {digits[:4]} {digits[4:]}" if spaced else f"{digits}"


# -- Saudi ---------------------------------------------------------------------------------------
def _sa_citizen(p: Person) -> bool:
    return _saudi_id(p).startswith("1")


def _sa_birth(p: Person) -> str:
    """Citizens' birth dates in Hijri (``12/03/1405هـ``), residents' in Gregorian."""
    if _sa_citizen(p):
        y, m, d = _hijri(p.birth)
        return f"{d:02d}/{m:02d}/{y}هـ"
    return f"{p.birth:%d/%m/%Y}م"


def _sa_test(p: Person) -> str:
    y, m, d = _hijri(p.other_date)
    return f"{y}/{m:02d}/{d:02d}"


def _sa_city(p: Person) -> tuple[str, tuple[str, ...]]:
    return _SA_CITIES[int(p.bhxh) // 7 % len(_SA_CITIES)]


# -- Qatar ---------------------------------------------------------------------------------------
def _qa_citizen(p: Person) -> bool:
    return int(p.bhxh) % 4 == 0


def _qa_area(p: Person) -> tuple[str, str, str]:
    return _QA_AREAS[int(p.bhxh) // 11 % len(_QA_AREAS)]


# -- Kuwait and Bahrain --------------------------------------------------------------------------
def _kw_addr(p: Person) -> str:
    area = _pick(p, _KW_AREAS, 4)
    return f"{area}، قطعة {_num(p, 12)}، شارع {_num(p, 40)}، منزل {_num(p, 90)}"


def _bh_addr(p: Person) -> str:
    area, block = _BH_AREAS[int(p.bhxh) // 5 % len(_BH_AREAS)]
    road = f"{block[:2]}{_num(p, 60):02d}"
    return f"Flat {_num(p, 30)}, Bldg {p.bhxh[3:7]}, Road {road}, Block {block}, {area}"


def _deposit(p: Person) -> int:
    """A worker's deposit: up to 100 million dong, by market."""
    return (30, 50, 70, 100)[int(p.bhxh) // 9 % 4] * 1_000_000


def _ae_phone(p: Person) -> str:
    if int(p.bhxh) % 2 == 0:
        return f"+971 5{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}"
    return f"05{p.phone[2]}-{p.phone[3:10]}"


WRITERS_BLIND191: dict[str, Callable[[Person, Col], object]] = {
    # -- Vietnam ----------------------------------------------------------------------------------
    "client191": lambda p, c: f"KH{p.bhxh[-6:]}",
    "service191": lambda p, c: _pick(p, _VN_SERVICES, 1),
    "surgeon191": lambda p, c: _pick(p, _VN_DOCTORS, 2),
    "anaes191": lambda p, c: _pick(p, _VN_ANAES, 3),
    "fee191": lambda p, c: _money((_num(p, 90) + 10) * 1_500_000),
    "kin191": lambda p, c: _other_vn(p, 5),
    "kin_phone191": lambda p, c: _other_phone(p),
    "recheck191": lambda p, c: _later(p, 7),
    "passport191": lambda p, c: f"{'CPN'[int(p.bhxh) % 3]}{p.bhxh[2:9]}",
    "dest191": lambda p, c: _VN_DESTS[int(p.bhxh) // 3 % len(_VN_DESTS)][0],
    "trade191": lambda p, c: _VN_DESTS[int(p.bhxh) // 3 % len(_VN_DESTS)][1],
    "agency191": lambda p, c: _pick(p, _VN_AGENCIES, 2),
    "contract191": lambda p, c: f"{p.bhxh[-4:]}/{p.other_date.year}/HĐCƯ",
    "fund191": lambda p, c: _VN_DESTS[int(p.bhxh) // 3 % len(_VN_DESTS)][2],
    "receipt191": lambda p, c: f"BL{p.bhxh[-5:]}",
    "permit191": lambda p, c: f"{_num(p, 300)}/GPXD-UBND",
    "plot191": lambda p, c: str(_num(p, 400)),
    "sheet191": lambda p, c: str(_num(p, 45)),
    "site191": lambda p, c: f"{_pick(p, _VN_SITES, 1)}{_pick(p, _VN_COMMUNES, 2)}",
    "floor191": lambda p, c: f"{_num(p, 120) + 40},5",
    "storeys191": lambda p, c: str(_num(p, 4)),
    "height191": lambda p, c: f"{_num(p, 4) * 3 + 4},2",
    "officer191": lambda p, c: _pick(p, _VN_OFFICERS, 3),
    "start_by191": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "escrow191": lambda p, c: f"1019{p.bhxh[1:10]}",
    "agency2_191": lambda p, c: _pick(p, _VN_AGENCIES, 4),
    "dest2_191": lambda p, c: _pick(
        p, ("Đài Loan", "Nhật Bản", "Hàn Quốc (EPS)", "Ả Rập Xê Út"), 5
    ),
    "escrow_amount191": lambda p, c: _money(_deposit(p)),
    "escrow_rate191": lambda p, c: _pick(p, ("4,5", "4,7", "5,0"), 6),
    "settle191": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "escrow_status191": lambda p, c: _pick(p, _VN_BANK_STATUS, 7),
    # -- United Arab Emirates ---------------------------------------------------------------------
    "ae_name191": lambda p, c: _en_name(p).upper(),
    "ae_nat191": lambda p, c: f"{_expat(p)[1]} / {_expat(p)[0]}",
    "ae_sex191": lambda p, c: "ذكر / Male" if p.male else "أنثى / Female",
    "ae_eid191": lambda p, c: _emirates_id(p),
    "ae_person191": lambda p, c: f"1{p.bhxh[::-1]}{p.phone[-3:]}",
    "ae_passport191": lambda p, c: _passport(p),
    "ae_card191": lambda p, c: f"{p.bhxh[3:10]}{p.phone[-1]}",
    "ae_job191": lambda p, c: _pick(p, _AE_JOBS, 2),
    "ae_salary191": lambda p, c: f"{(_num(p, 30) + 10) * 100:,}",
    "ae_expiry191": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "ae_phone191": lambda p, c: _ae_phone(p),
    "ae_addr191": lambda p, c: _pick(p, _AE_CAMPS, 3),
    "ae_firm191": lambda p, c: _pick(p, _AE_FIRMS, 4),
    # -- Saudi Arabia -----------------------------------------------------------------------------
    "sa_id191": lambda p, c: _saudi_id(p),
    "sa_name191": lambda p, c: _sa_citizen_name(p) if _sa_citizen(p) else _ar_expat(p),
    "sa_nat191": lambda p, c: "سعودي" if _sa_citizen(p) else _expat(p)[1],
    "sa_birth191": lambda p, c: _sa_birth(p),
    "sa_sex191": lambda p, c: "ذكر" if p.male else "أنثى",
    "sa_phone191": lambda p, c: (
        f"05{p.phone[2:10]}"
        if int(p.bhxh) % 3
        else f"+966 5{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "sa_city191": lambda p, c: _sa_city(p)[0],
    "sa_hay191": lambda p, c: _pick(p, _sa_city(p)[1], 5),
    "sa_licence191": lambda p, c: _pick(p, _SA_LICENCES, 6),
    "sa_hours191": lambda p, c: _pick(p, ("6", "30", "90", "6"), 7),
    "sa_medical191": lambda p, c: _pick(p, ("لائق", "لائق", "لائق بشرط النظارة"), 8),
    "sa_test191": lambda p, c: _sa_test(p),
    "sa_result191": lambda p, c: _pick(p, ("ناجح", "ناجح", "راسب", "لم يحضر"), 9),
    "sa_trainer191": lambda p, c: _pick(p, _SA_TRAINERS, 10),
    # -- Qatar ------------------------------------------------------------------------------------
    "qa_account191": lambda p, c: f"0{p.bhxh[1:10]}",
    "qa_name191": lambda p, c: _pick(p, _QA_CITIZENS, 2) if _qa_citizen(p) else _en_name(p),
    "qa_qid191": lambda p, c: _qid(p) if _qa_citizen(p) else _qid(p, _expat(p)[2]),
    "qa_nat191": lambda p, c: "Qatari / قطري" if _qa_citizen(p) else _expat(p)[0],
    "qa_phone191": lambda p, c: _gulf_phone(p, "974", "3567", int(p.bhxh) % 3 != 0),
    "qa_bldg191": lambda p, c: str(_num(p, 90)),
    "qa_street191": lambda p, c: str(_num(p, 900) + 100),
    "qa_zone191": lambda p, c: _qa_area(p)[2],
    "qa_area191": lambda p, c: f"{_qa_area(p)[0]} / {_qa_area(p)[1]}",
    "qa_premises191": lambda p, c: _pick(p, _QA_PREMISES, 3),
    "qa_meter191": lambda p, c: f"E{p.bhxh[-7:]}",
    "qa_due191": lambda p, c: f"{_num(p, 900) + 35}.{p.bhxh[-2:]}",
    "qa_landlord191": lambda p, c: _pick(p, _QA_LANDLORDS, 4),
    # -- Kuwait -----------------------------------------------------------------------------------
    "kw_civil191": lambda p, c: _kw_civil(p),
    "kw_name191": lambda p, c: _en_name(p) if int(p.bhxh) % 3 else _ar_expat(p),
    "kw_nat191": lambda p, c: _expat(p)[1],
    "kw_sex191": lambda p, c: "ذكر" if p.male else "أنثى",
    "kw_passport191": lambda p, c: _passport(p),
    "kw_job191": lambda p, c: _by_sex(p, _KW_JOBS_M, _KW_JOBS_F, 2),
    "kw_sponsor191": lambda p, c: _pick(p, _KW_SPONSORS, 3),
    "kw_sponsor_phone191": lambda p, c: f"9{p.phone[::-1][:7]}",
    "kw_addr191": lambda p, c: _kw_addr(p),
    "kw_phone191": lambda p, c: _gulf_phone(p, "965", "569", int(p.bhxh) % 2 == 1),
    "kw_years191": lambda p, c: _pick(p, ("سنة", "سنتان", "سنة"), 5),
    "kw_fee191": lambda p, c: _pick(p, ("10", "20", "10"), 5),
    "kw_status191": lambda p, c: _pick(p, _KW_STATUS, 6),
    # -- Bahrain ----------------------------------------------------------------------------------
    "bh_cpr191": lambda p, c: _cpr(p),
    "bh_name191": lambda p, c: _en_name(p).upper(),
    "bh_nat191": lambda p, c: f"{_expat(p)[0].upper()} / {_expat(p)[1]}",
    "bh_sex191": lambda p, c: "M" if p.male else "F",
    "bh_passport191": lambda p, c: _passport(p),
    "bh_permit191": lambda p, c: f"WP{p.other_date.year}{p.bhxh[-6:]}",
    "bh_job191": lambda p, c: _pick(p, _BH_JOBS, 2),
    "bh_cr191": lambda p, c: f"{_num(p, 150) * 1000 + int(p.bhxh[-3:])}-{_num(p, 9)}",
    "bh_employer191": lambda p, c: _pick(p, _BH_EMPLOYERS, 3),
    "bh_expiry191": lambda p, c: f"{_shift_date(p.other_date, 2):%d-%m-%Y}",
    "bh_phone191": lambda p, c: _gulf_phone(p, "973", "3", int(p.bhxh) % 2 == 0),
    "bh_addr191": lambda p, c: _bh_addr(p),
}


__all__ = ["WRITERS_BLIND191"]
