"""How the people of the four-hundred-and-thirty-third part of the outside corpus (**blind 433**,
:mod:`lienthong.quality._corpus_blind433`) are written: four Vietnamese files' own columns (a
hospital's health checks before working abroad, a bank's remittances paid out at home, support
paid to the families of workers who died abroad, crew sent to Taiwanese distant-water boats) and
Filipino, Nepali, Bangladeshi, Sri Lankan and Indonesian migrant workers' names, addresses,
phones and numbers in the forms their papers show (the OWWA and OEC numbers, the citizenship
certificate number and the labour permit, the NID and the BMET registration, the NIC old or new,
the NIK with a woman's day plus forty)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind65_writers import _bd_nid
from lienthong.quality._corpus_blind94_writers import _lk_name
from lienthong.quality._corpus_blind109_writers import _lk_nic
from lienthong.quality._corpus_blind209_writers import _hp, _nik
from lienthong.quality._corpus_blind390_writers import _np_citizen
from lienthong.quality._corpus_blind400_writers import _ph_mobile
from lienthong.quality._corpus_blind426_writers import _PH_FAMILY, _PH_GIVEN_F, _PH_GIVEN_M

if TYPE_CHECKING:
    from datetime import date

    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOMES = (
    "Xóm 4, xã Diễn Kỷ, huyện Diễn Châu, tỉnh Nghệ An",
    "Thôn Yên Phú, xã Thạch Kim, huyện Lộc Hà, tỉnh Hà Tĩnh",
    "Thôn 2, xã Quảng Phúc, huyện Quảng Xương, tỉnh Thanh Hóa",
    "Xóm Trung, xã Hải Hưng, huyện Hải Hậu, tỉnh Nam Định",
    "Thôn Đông, xã Vũ Lăng, huyện Kiến Xương, tỉnh Thái Bình",
    "Thôn Tân Hòa, xã Quảng Xuân, huyện Quảng Trạch, tỉnh Quảng Bình",
)
_VN_HOMETOWNS = ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Nam Định", "Thái Bình", "Quảng Bình")
_VN_MARKETS = ("Đài Loan (TQ)", "Nhật Bản", "Hàn Quốc", "Ả Rập Xê Út", "Rumani", "Nhật Bản")
_VN_COMPANIES = (
    "Cty CP XKLĐ Thương mại Hà Nội (Simco Sông Đà)",
    "Cty TNHH Esuhai",
    "Cty CP Nhân lực TTC Việt Nam",
    "Cty CP Phát triển nhân lực LOD",
    "Cty TNHH MTV Vinaco",
    "Cty CP Cung ứng nhân lực quốc tế JVNET",
)
_VN_XRAY = ("Bình thường", "Bình thường", "Bình thường", "Nốt vôi hóa đỉnh phổi P", "Bóng tim to")
_VN_VERDICT = ("Đủ sức khỏe", "Đủ sức khỏe", "Đủ sức khỏe", "Không đủ SK (HBsAg +)", "Hẹn khám lại")
_VN_DOCTORS = (
    "BSCKI Nguyễn Văn Hòa",
    "ThS.BS Lê Thị Mai",
    "BS Trần Đức Thắng",
    "BSCKII Phạm Hữu Lộc",
)
_VN_SENDER_REL = ("Con trai", "Con gái", "Chồng", "Vợ", "Em trai", "Cháu")
_VN_SEND_COUNTRY = ("Đài Loan", "Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Úc", "Đức")
_VN_SERVICES = ("Western Union", "MoneyGram", "Ria", "Chuyển tiền nhanh ngân hàng", "Western Union")
#: (currency, amounts, rate to the dong)
_VN_CCY = (("USD", 25_380), ("JPY", 168), ("KRW", 18), ("TWD", 790), ("AUD", 16_550))
_VN_TELLERS = ("GDV Hồ Thị Thu", "GDV Nguyễn Đình Tú", "Trần Thị Hằng (PGD Diễn Châu)")
_VN_DEATH = ("Đột quỵ", "Tai nạn lao động", "Tai nạn giao thông", "Ngừng tim khi ngủ", "Đuối nước")
#: (the relative's relation to the worker, whether the relative is a man), for men and women
_VN_KIN_M = (
    ("Bố đẻ", True),
    ("Mẹ đẻ", False),
    ("Vợ", False),
    ("Anh ruột", True),
    ("Con trai", True),
)
_VN_KIN_F = (
    ("Bố đẻ", True),
    ("Mẹ đẻ", False),
    ("Chồng", True),
    ("Chị gái", False),
    ("Con gái", False),
)
_VN_RANKS = ("Thủy thủ", "Thủy thủ", "Thợ máy", "Đầu bếp", "Thủy thủ trưởng", "Thợ máy 2")
_VN_VESSELS = (
    "FV Hsin Tai Fa No.168 (CT7-0921)",
    "FV Jin Chang Rong No.6 (CT6-1452)",
    "FV Yu Long No.888 (CT7-0318)",
    "FV Sheng Chi Hui No.12 (CT5-0774)",
)
_VN_PORTS = ("Cảng Mauritius (Port Louis)", "Cảng Kaohsiung", "Cảng Busan", "Cảng Cape Town")

_PH_MIDDLE = ("Bacus", "Opeña", "Lumayag", "Gonzaga", "Ybañez", "Castillo")
_PH_COUNTRIES = ("Saudi Arabia", "Hong Kong SAR", "UAE", "Kuwait", "Qatar", "Singapore", "Taiwan")
_PH_JOBS_M = ("Welder", "Seafarer - AB", "Driver", "Electrician", "Caregiver", "Mason")
_PH_JOBS_F = ("Domestic Helper", "Domestic Helper", "Caregiver", "Nurse", "Factory Worker")
_PH_EMPLOYERS = ("Al Rajhi Const. Co.", "Mr. Chan Tai Man", "Emirates Facilities Mgt", "Kuwait HH")
_PH_AGENCIES = ("Fil-Pacific Manpower Corp.", "EDI Staffbuilders Int'l", "Ultimate Hunters Intl")
_PH_HOMES = (
    "Purok 5, Brgy. Bantug, Science City of Muñoz, Nueva Ecija",
    "Sitio Tabing-Ilog, Brgy. San Isidro, Cabanatuan City, Nueva Ecija",
    "Blk 7 Lot 21, Brgy. Molino III, Bacoor City, Cavite",
    "Zone 4, Brgy. Poblacion, Banga, South Cotabato",
    "Purok Sampaguita, Brgy. Lagao, General Santos City",
)
_PH_KIN_REL = ("Spouse", "Mother", "Father", "Sibling", "Child")

_NP_GIVEN_M = (
    "Ram Bahadur",
    "Hari Prasad",
    "Dil Bahadur",
    "Krishna",
    "Bishnu Kumar",
    "Min Bahadur",
)
_NP_GIVEN_F = ("Sita Kumari", "Sarita", "Gita", "Maya", "Laxmi", "Sabina")
_NP_FAMILY = ("Thapa", "Magar", "Gurung", "Tamang", "Rai", "Adhikari", "Chaudhary", "Yadav")
#: (municipality and ward, district)
_NP_HOMES = (
    ("Sainamaina Municipality-6", "Rupandehi"),
    ("Bheriganga Municipality-3", "Surkhet"),
    ("Ghorahi Sub-Metropolitan City-15", "Dang"),
    ("Bardibas Municipality-2", "Mahottari"),
    ("Gaidakot Municipality-9", "Nawalpur"),
    ("Siraha Municipality-4", "Siraha"),
)
_NP_COUNTRIES = ("Malaysia", "Qatar", "Saudi Arabia", "UAE", "Kuwait", "Romania", "Japan")
_NP_COMPANIES = ("Al Jaber Engineering", "Top Glove Sdn Bhd", "Almarai Company", "Transguard LLC")
_NP_AGENCIES = ("Everest Overseas (LC 712/063)", "Shree Ram HR (LC 1104/070)", "Gorkha Manpower")
_NP_SKILLS = ("Helper", "Mason", "Security Guard", "Driver", "Factory Worker", "Cleaner")

_BD_GIVEN_M = ("Md. Rafiqul Islam", "Md. Abdul Karim", "Shahadat Hossain", "Masud Rana", "Jahidul")
_BD_GIVEN_F = ("Roksana Akter", "Shirin Begum", "Nazma Khatun", "Most. Aklima Khatun", "Ruma Akter")
_BD_FATHERS = ("Md. Abdur Rahman", "Ali Akbar", "Md. Nurul Islam", "Habibur Rahman", "Abdul Jalil")
_BD_MOTHERS = ("Most. Rahima Begum", "Fatema Khatun", "Amena Begum", "Jobeda Khatun")
#: (village, post office, upazila, zila)
_BD_PLACES = (
    ("Charpara", "Daudkandi", "Daudkandi", "Cumilla"),
    ("Baganbari", "Chandina", "Chandina", "Cumilla"),
    ("Dakshin Rajapur", "Senbagh", "Senbagh", "Noakhali"),
    ("Madhyapara", "Nabinagar", "Nabinagar", "Brahmanbaria"),
    ("Paschim Gobindapur", "Mirzapur", "Mirzapur", "Tangail"),
)
_BD_COUNTRIES = ("Saudi Arabia", "Oman", "Malaysia", "Qatar", "UAE", "Singapore")
_BD_TRADES = ("Labour", "Construction Worker", "Driver", "Cleaner", "Electrician", "Housemaid")
_BD_AGENCIES = ("Al-Haramain Overseas (RL-0876)", "Sotota Intl (RL-1245)", "Global Manpower Ltd")

#: (address line, city, district)
_LK_HOMES = (
    ("No. 45/2, Temple Road", "Kuliyapitiya", "Kurunegala"),
    ("Kumbukgaswewa, Galgamuwa", "Galgamuwa", "Kurunegala"),
    ("12/A, Pansala Para, Nattandiya", "Nattandiya", "Puttalam"),
    ("No. 8, 2nd Lane, Kattankudy 03", "Kattankudy", "Batticaloa"),
    ("Walawwatta, Horana", "Horana", "Kalutara"),
)
_LK_COUNTRIES = ("Kuwait", "Saudi Arabia", "Qatar", "UAE", "Israel", "Korea", "Jordan")
_LK_JOBS = ("Housemaid", "Housemaid", "Driver", "Skilled - Mason", "Caregiver (Israel)", "Labourer")
_LK_KIN_INITIALS = ("W.A.", "H.M.", "R.M.", "K.G.")
_LK_KIN = ("Somawathi", "Wimalasena", "Premadasa", "Chandrika")
_LK_AGENCIES = ("Sunshine Manpower (Lic 1458)", "Al Aziz Agency (Lic 0832)", "Self")

_ID_GIVEN_M = ("Ahmad Fauzi", "Slamet Riyadi", "Lalu Muhammad Ilham", "Agus Salim", "Supriyanto")
_ID_GIVEN_F = ("Siti Aminah", "Sri Wahyuni", "Baiq Nurhasanah", "Tri Lestari", "Nur Aini")
#: (kecamatan code, address to the kecamatan, kabupaten, province, place of birth)
_ID_PLACES = (
    ("350505", "Dsn. Krajan RT 002/RW 001, Ds. Sumberejo, Kec. Wonotirto", "Kab. Blitar",
     "Jawa Timur", "Blitar"),
    ("350213", "Dsn. Ngrandu RT 003/RW 002, Ds. Ngrandu, Kec. Sukorejo", "Kab. Ponorogo",
     "Jawa Timur", "Ponorogo"),
    ("520305", "Dusun Montong RT 001/RW 004, Desa Sakra, Kec. Sakra", "Kab. Lombok Timur",
     "Nusa Tenggara Barat", "Lombok Timur"),
    ("320910", "Blok Kliwon RT 005/RW 003, Desa Gebang, Kec. Gebang", "Kab. Cirebon",
     "Jawa Barat", "Cirebon"),
    ("330102", "Dusun Sidamulya RT 004/RW 002, Desa Kawunganten, Kec. Kawunganten", "Kab. Cilacap",
     "Jawa Tengah", "Cilacap"),
)  # fmt: skip
_ID_COUNTRIES = ("Taiwan", "Hong Kong", "Malaysia", "Korea Selatan", "Jepang", "Singapura")
_ID_JOBS = ("Penata Laksana Rumah Tangga", "Caregiver", "Operator Produksi", "ABK Perikanan")
_ID_P3MI = ("PT Bina Sinar Amity", "PT Mitra Tugas Indonesia", "PT Graha Ayukarsa", "PT Surya Jaya")
_LATIN = str.maketrans("०१२३४५६७८९", "0123456789")
_ID_HEIRS = ("Suami", "Istri", "Ayah Kandung", "Ibu Kandung", "Anak")


def _vn_home(p: Person) -> str:
    return _VN_HOMES[int(p.bhxh) // 13 % len(_VN_HOMES)]


def _kin(p: Person) -> tuple[str, bool]:
    return (_VN_KIN_M if p.male else _VN_KIN_F)[int(p.bhxh) // 29 % 5]


def _ccy(p: Person) -> tuple[str, int]:
    return _VN_CCY[int(p.bhxh) // 7 % len(_VN_CCY)]


def _fx(p: Person) -> int:
    code = _ccy(p)[0]
    unit = {"USD": 100, "JPY": 10_000, "KRW": 100_000, "TWD": 1_000, "AUD": 100}[code]
    return unit * _num(p, 30)


def _vnd(p: Person) -> str:
    return f"{_fx(p) * _ccy(p)[1]:,}".replace(",", ".")


def _depart(p: Person) -> date:
    """The day the worker left: four months to three years before the death."""
    return p.other_date - timedelta(days=120 + int(p.bhxh[-4:]) % 950)


def _stamp(p: Person) -> str:
    when = datetime(2026, 3, 2, 8) + timedelta(minutes=int(p.bhxh[-6:]) % 90_000)
    return f"{when:%d/%m/%Y %H:%M}"


def _ph_name(p: Person) -> tuple[str, str, str]:
    return (_pick(p, _PH_FAMILY, 2), _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3),
            _pick(p, _PH_MIDDLE, 4))  # fmt: skip


def _np_home(p: Person) -> tuple[str, str]:
    return _NP_HOMES[int(p.bhxh) // 11 % len(_NP_HOMES)]


def _bd_place(p: Person) -> tuple[str, str, str, str]:
    return _BD_PLACES[int(p.bhxh) // 9 % len(_BD_PLACES)]


def _bd_addr(p: Person) -> str:
    village, post, upazila, zila = _bd_place(p)
    return f"Vill: {village}, PO: {post}, Upazila: {upazila}, Dist: {zila}"


def _lk_home(p: Person) -> tuple[str, str, str]:
    return _LK_HOMES[int(p.bhxh) // 7 % len(_LK_HOMES)]


def _id_place(p: Person) -> tuple[str, str, str, str, str]:
    return _ID_PLACES[int(p.bhxh) // 5 % len(_ID_PLACES)]


WRITERS_BLIND433: dict[str, Callable[[Person, Col], object]] = {
    # shared by the Vietnamese files
    "addr433": lambda p, c: _vn_home(p),
    "market433": lambda p, c: _pick(p, _VN_MARKETS, 2),
    "company433": lambda p, c: _pick(p, _VN_COMPANIES, 3),
    "passport433": lambda p, c: f"{_pick(p, ('C', 'P', 'N'), 4)}{p.bhxh[-7:]}",
    "kin433": lambda p, c: _other_vn(p, 5, male=_kin(p)[1]),
    "kin_phone433": lambda p, c: _other_phone(p, "09"),
    # health checks before working abroad
    "kham_ma433": lambda p, c: f"KSK-XKLĐ/{p.bhxh[-5:]}",
    "xray433": lambda p, c: _pick(p, _VN_XRAY, 6),
    "hiv433": lambda p, c: "Âm tính",
    "hbsag433": lambda p, c: "Dương tính" if _pick(p, _VN_VERDICT, 7).endswith("+)") else "Âm tính",
    "verdict433": lambda p, c: _pick(p, _VN_VERDICT, 7),
    "doctor433": lambda p, c: _pick(p, _VN_DOCTORS, 8),
    # remittances paid out at home
    "mtcn433": lambda p, c: f"{p.bhxh}",
    "sender433": lambda p, c: _other_vn(p, 9, family=p.family),
    "sender_rel433": lambda p, c: _pick(p, _VN_SENDER_REL, 10),
    "send_country433": lambda p, c: _pick(p, _VN_SEND_COUNTRY, 11),
    "service433": lambda p, c: _pick(p, _VN_SERVICES, 12),
    "fx433": lambda p, c: f"{_fx(p):,}".replace(",", "."),
    "ccy433": lambda p, c: _ccy(p)[0],
    "vnd433": lambda p, c: _vnd(p),
    "teller433": lambda p, c: _pick(p, _VN_TELLERS, 13),
    # support for the families of workers who died abroad
    "depart433": lambda p, c: f"{_depart(p):%d-%m-%Y}",
    "death_cause433": lambda p, c: _pick(p, _VN_DEATH, 14),
    "kin_rel433": lambda p, c: _kin(p)[0],
    "fund_amt433": lambda p, c: _pick(p, ("30.000.000", "30.000.000", "15.000.000"), 16),
    "fund_file433": lambda p, c: f"{_num(p, 300)}/HT-QHTVLNN",
    "stamp433": lambda p, c: _stamp(p),
    # crew on Taiwanese distant-water boats
    "hometown433": lambda p, c: _pick(p, _VN_HOMETOWNS, 17),
    "seabook433": lambda p, c: f"HPG-{p.bhxh[-6:]}",
    "rank433": lambda p, c: _pick(p, _VN_RANKS, 18),
    "vessel433": lambda p, c: _pick(p, _VN_VESSELS, 19),
    "port433": lambda p, c: _pick(p, _VN_PORTS, 20),
    "wage433": lambda p, c: _pick(p, ("550", "550", "600", "700", "850"), 21),
    # the Philippines: OWWA members
    "ph_owwa433": lambda p, c: f"OWWA-{p.other_date:%Y}-{p.bhxh[-7:]}",
    "ph_oec433": lambda p, c: f"{p.other_date:%y}{p.bhxh[:8]}",
    "ph_fam433": lambda p, c: _ph_name(p)[0],
    "ph_giv433": lambda p, c: _ph_name(p)[1],
    "ph_mid433": lambda p, c: _ph_name(p)[2],
    "sex_ph433": lambda p, c: "M" if p.male else "F",
    "ph_civil433": lambda p, c: _pick(
        p, ("Single", "Married", "Married", "Widowed", "Separated"), 22
    ),
    "ph_country433": lambda p, c: _pick(p, _PH_COUNTRIES, 23),
    "ph_job433": lambda p, c: _by_sex(p, _PH_JOBS_M, _PH_JOBS_F, 24),
    "ph_employer433": lambda p, c: _pick(p, _PH_EMPLOYERS, 25),
    "ph_agency433": lambda p, c: _pick(p, _PH_AGENCIES, 26),
    "phone_ph433": lambda p, c: _ph_mobile(p),
    "ph_addr433": lambda p, c: _pick(p, _PH_HOMES, 27),
    "ph_kin433": lambda p, c: f"{_pick(p, _PH_GIVEN_F, 28)} {_ph_name(p)[0]}",
    "ph_kin_rel433": lambda p, c: _pick(p, _PH_KIN_REL, 29),
    "ph_valid433": lambda p, c: f"{_shift_date(p.other_date, 2):%m/%d/%Y}",
    # Nepal: labour permits
    "np_permit433": lambda p, c: f"LP-{p.bhxh[:7]}",
    "np_name433": lambda p, c: (
        f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 30)} {_pick(p, _NP_FAMILY, 31)}".upper()
    ),
    "sex_np433": lambda p, c: "Male" if p.male else "Female",
    "np_passport433": lambda p, c: f"PA{p.bhxh[-7:]}" if _num(p, 3) > 1 else f"{p.bhxh[-8:]}",
    "np_cit433": lambda p, c: _np_citizen(p).translate(_LATIN),
    "np_issue433": lambda p, c: _np_home(p)[1],
    "np_addr433": lambda p, c: ", ".join(_np_home(p)),
    "phone_np433": lambda p, c: f"+977-98{_pick(p, ('4', '5', '6', '1'), 32)}{p.phone[3:10]}",
    "np_country433": lambda p, c: _pick(p, _NP_COUNTRIES, 33),
    "np_company433": lambda p, c: _pick(p, _NP_COMPANIES, 34),
    "np_agency433": lambda p, c: _pick(p, _NP_AGENCIES, 35),
    "np_skill433": lambda p, c: _pick(p, _NP_SKILLS, 36),
    "np_salary433": lambda p, c: _pick(p, ("MYR 1500", "QAR 1000", "SAR 1200", "AED 1100"), 37),
    "np_policy433": lambda p, c: f"FE/{p.other_date:%y}/{p.bhxh[2:9]}",
    # Bangladesh: BMET emigrants
    "bd_reg433": lambda p, c: f"BMET{p.bhxh[-8:]}",
    "bd_name433": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 38),
    "bd_father433": lambda p, c: _pick(p, _BD_FATHERS, 39),
    "bd_mother433": lambda p, c: _pick(p, _BD_MOTHERS, 40),
    "sex_bd433": lambda p, c: "Male" if p.male else "Female",
    "bd_nid433": lambda p, c: _bd_nid(p),
    "bd_passport433": lambda p, c: f"{_pick(p, ('A', 'B', 'EB', 'EE'), 41)}{p.bhxh[-7:]}",
    "phone_bd433": lambda p, c: f"01{_pick(p, ('7', '8', '9', '3', '6'), 42)}{p.phone[2:10]}",
    "bd_addr433": lambda p, c: _bd_addr(p),
    "bd_dist433": lambda p, c: _bd_place(p)[3],
    "bd_country433": lambda p, c: _pick(p, _BD_COUNTRIES, 43),
    "bd_trade433": lambda p, c: _pick(p, _BD_TRADES, 44),
    "bd_agency433": lambda p, c: _pick(p, _BD_AGENCIES, 45),
    "bd_visa433": lambda p, c: f"{p.bhxh[:10]}",
    "bd_nominee433": lambda p, c: _pick(p, _BD_FATHERS + _BD_MOTHERS, 46),
    # Sri Lanka: SLBFE registrations
    "lk_reg433": lambda p, c: f"SLBFE/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "lk_name433": lambda p, c: _lk_name(p),
    "lk_nic433": lambda p, c: _lk_nic(p),
    "sex_lk433": lambda p, c: "ස්ත්‍රී / F" if not p.male else "පුරුෂ / M",
    "lk_passport433": lambda p, c: f"N{p.bhxh[-7:]}",
    "lk_line433": lambda p, c: _lk_home(p)[0],
    "lk_city433": lambda p, c: _lk_home(p)[1],
    "lk_dist433": lambda p, c: _lk_home(p)[2],
    "phone_lk433": lambda p, c: f"07{_pick(p, ('1', '2', '5', '6', '7', '8'), 47)}-{p.phone[3:10]}",
    "lk_job433": lambda p, c: _pick(p, _LK_JOBS, 48),
    "lk_country433": lambda p, c: _pick(p, _LK_COUNTRIES, 49),
    "lk_agency433": lambda p, c: _pick(p, _LK_AGENCIES, 50),
    "lk_fbr433": lambda p, c: (
        "" if p.male else _pick(p, ("Approved", "Not required", "Pending"), 51)
    ),
    "lk_kin433": lambda p, c: f"{_pick(p, _LK_KIN_INITIALS, 52)} {_pick(p, _LK_KIN, 53)}",
    # Indonesia: PMI placements
    "id_name433": lambda p, c: _by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 54).upper(),
    "id_nik433": lambda p, c: _nik(p, _id_place(p)[0]),
    "id_pob433": lambda p, c: _id_place(p)[4],
    "sex_id433": lambda p, c: "Laki-laki" if p.male else "Perempuan",
    "id_addr433": lambda p, c: _id_place(p)[1],
    "id_kab433": lambda p, c: _id_place(p)[2],
    "id_prov433": lambda p, c: _id_place(p)[3],
    "phone_id433": lambda p, c: _hp(p),
    "id_passport433": lambda p, c: f"{_pick(p, ('C', 'X', 'E'), 55)}{p.bhxh[-7:]}",
    "id_country433": lambda p, c: _pick(p, _ID_COUNTRIES, 56),
    "id_job433": lambda p, c: _pick(p, _ID_JOBS, 57),
    "id_user433": lambda p, c: _pick(p, ("Chen Mei-Ling", "Wong Ka Ho", "Lim Boon Keat"), 58),
    "id_p3mi433": lambda p, c: _pick(p, _ID_P3MI, 59),
    "id_cpmi433": lambda p, c: f"PMI.{p.other_date:%Y%m}.{p.bhxh[-6:]}",
    "id_heir433": lambda p, c: _pick(p, ("Sutrisno", "Suparmi", "Muhammad Yusuf", "Ngatini"), 60),
    "id_heir_rel433": lambda p, c: _pick(p, _ID_HEIRS, 61),
}

__all__ = ["WRITERS_BLIND433"]
