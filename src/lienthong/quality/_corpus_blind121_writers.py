"""How the people of the hundred-and-twenty-first part of the outside corpus (**blind 121**,
:mod:`lienthong.quality._corpus_blind121`) are written: four Vietnamese files' own columns
(fireworks bought at a Z121 shop, a grave moved for a project and the dead person in it, a
library reader card, a veterinary practice certificate) and Nigerian, Kenyan, Tanzanian, Ugandan
and Ethiopian names, places, phones and identity numbers in the forms their registers show (the
Nigerian NIN and BVN are eleven digits with no public check; the Kenyan ID number publishes none
and the KRA PIN is a letter, nine digits and a letter; the Tanzanian NIDA number begins with the
birth date; the Ugandan NIN is CM or CF and twelve characters; the Ethiopian Fayda FIN is twelve
digits ending in a Verhoeff digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind20_writers import _nin_ug
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _kra_pin
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind57_writers import _nin
from lienthong.quality._corpus_blind87_writers import _ng_phone
from lienthong.quality._corpus_blind90_writers import _fin, _nida

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: fireworks sold at a Z121 shop -------------------------------------------------------
#: (product, code, unit price in dong)
_VN_FIREWORKS = (
    ("Giàn phun hoa 36 ống (Z121-GPH36)", "GPH36", 500_000),
    ("Giàn phun hoa 49 ống nhiều màu", "GPH49", 700_000),
    ("Tiếng reo mùa xuân", "TRMX", 610_000),
    ("Hoa lạc tiên 16 ống", "HLT16", 210_000),
    ("Tết vui vẻ", "TVV", 450_000),
)
_VN_FW_PURPOSE = (
    "Đón Tết Nguyên đán",
    "Đám cưới",
    "Khai trương",
    "Đón Tết Nguyên đán",
    "Sinh nhật",
)
_VN_FW_SELLERS = ("Nguyễn Thị Thu Hà", "Trần Văn Lộc", "Lê Thị Mỹ Duyên")
# -- Vietnam: graves moved for a project ----------------------------------------------------------
_VN_GRAVE_REL = ("Cha", "Mẹ", "Ông nội", "Bà nội", "Anh trai", "Chú ruột", "Bác ruột")
_VN_GRAVE_KIND = ("Mộ đất", "Mộ xây", "Mộ xây có bia", "Mộ xây có mái che", "Mộ vô chủ đã nhận")
_VN_GRAVE_MODE = (
    "Cải táng về nghĩa trang Bình An",
    "Hỏa táng, gửi tro tại chùa",
    "Gia đình tự di dời",
    "Cải táng về nghĩa trang Bình An",
)
_VN_GRAVE_AMOUNT = {"Mộ đất": 7_500_000, "Mộ xây": 12_000_000, "Mộ xây có bia": 15_500_000}
# -- Vietnam: library reader cards ----------------------------------------------------------------
_VN_LIB_JOBS = ("Học sinh", "Sinh viên", "Giáo viên", "Hưu trí", "Công chức", "Tự do", "Kỹ sư")
_VN_LIB_WORK = (
    "THPT Lê Quý Đôn",
    "Trường ĐH Sư phạm",
    "Sở Tài chính",
    "Cty TNHH Điện tử Samsung",
    "",
    "Trường THCS Nguyễn Du",
)
_VN_LIB_KINDS = ("Thẻ đọc", "Thẻ mượn", "Thẻ đọc + mượn", "Thẻ thiếu nhi")
# -- Vietnam: veterinary practice certificates ----------------------------------------------------
_VN_VET_DEGREE = ("Trung cap thu y", "Cao dang chan nuoi thu y", "Ky su thu y", "Bac si thu y")
_VN_VET_SCHOOL = (
    "DH Nong Lam TP.HCM",
    "Hoc vien Nong nghiep VN",
    "CD Kinh te - Ky thuat Can Tho",
    "DH Can Tho",
)
_VN_VET_SCOPE = (
    "Kham benh, chua benh, phau thuat dong vat",
    "Buon ban thuoc thu y",
    "Tiem phong, chua benh cho gia suc gia cam",
    "Tu van thu y",
)
_VN_VET_SHOPS = (
    ("Phong kham thu y Pet Care", "Quoc lo 1A, ap 3, xa Tan Kien"),
    ("Cua hang thuoc thu y Hai Dang", "cho Binh Chanh, Binh Chanh"),
    ("Phong kham thu y Thu Cung Xanh", "Nguyen Van Linh, P. Tan Phong, Q.7"),
    ("Dai ly thuoc thu y Muoi Hong", "ap 2, xa Phuoc Vinh An, Cu Chi"),
)

# -- Nigeria (Kano, Kaduna: Hausa) ----------------------------------------------------------------
_NG_FAMILY = ("Abubakar", "Ibrahim", "Musa", "Sani", "Yusuf", "Bello", "Aliyu", "Garba", "Lawal")
_NG_GIVEN_M = ("Aminu", "Usman", "Haruna", "Nasiru", "Kabiru", "Abdullahi", "Shehu", "Yahaya")
_NG_GIVEN_F = ("Aisha", "Hauwa", "Zainab", "Fatima", "Maryam", "Halima", "Hadiza", "Rukayya")
#: (LGA, area, street, state)
_NG_PLACES = (
    ("Nassarawa", "Gama", "Layin Sabon Titi", "Kano"),
    ("Tarauni", "Unguwa Uku", "Layin Masallaci", "Kano"),
    ("Fagge", "Sabon Gari", "Church Road", "Kano"),
    ("Kaduna North", "Ungwan Rimi", "Lafia Road", "Kaduna"),
    ("Zaria", "Tudun Wada", "Layin Dan Magaji", "Kaduna"),
)
_NG_ORIGIN = ("Kano", "Kano", "Kaduna", "Jigawa", "Katsina", "Bauchi")
_NG_PROGS = ("N-Power Teach", "N-Power Health", "N-Power Agro", "N-Power Tech (Hardware)")
_NG_PPAS = (
    "GSS Gama",
    "Aminu Kano Teaching Hospital",
    "LEA Primary School Ungwan Rimi",
    "PHC Tudun Wada",
    "Tarauni LGA Secretariat",
)
_NG_QUAL = ("B.Sc.", "HND", "NCE", "OND", "B.Ed.")
_NG_STATUS = ("Active", "Active", "Exited", "Awaiting payment", "Active")
# -- Kenya ----------------------------------------------------------------------------------------
_KE_FAMILY = ("Otieno", "Kamau", "Mwangi", "Ochieng", "Kiprop", "Mutua", "Njoroge", "Wafula")
_KE_GIVEN_M = ("Brian", "Kevin", "Peter", "Joseph", "Dennis", "Samuel", "Collins")
_KE_GIVEN_F = ("Faith", "Mercy", "Grace", "Esther", "Purity", "Caroline", "Winnie")
#: (county, town, estate)
_KE_PLACES = (
    ("Nairobi", "Embakasi", "Pipeline Estate"),
    ("Kisumu", "Kisumu", "Nyalenda B"),
    ("Nakuru", "Nakuru", "Lanet"),
    ("Mombasa", "Likoni", "Shika Adabu"),
    ("Kiambu", "Thika", "Makongeni Phase 2"),
)
_KE_EMPLOYERS = ("Teachers Service Commission", "Self-employed", "Kenya Power", "County Government")
_KE_PROJECTS = ("Mukuru Affordable Housing", "Pangani AHP", "Bondeni AHP Nakuru", "Starehe Point")
_KE_UNITS = ("Studio", "1 Bedroom", "2 Bedroom", "3 Bedroom")
_KE_STATUS = ("Saving", "Saving", "Allocated", "Pending KYC", "Saving")
_KE_PREFIXES = ("0712", "0722", "0741", "0757", "0769", "0790", "0113", "0701")
# -- Tanzania -------------------------------------------------------------------------------------
_TZ_GIVEN_M = ("Juma", "Hamisi", "Salum", "Rashidi", "Emmanuel", "Joseph", "Abdallah")
_TZ_GIVEN_F = ("Mwanaisha", "Zuhura", "Neema", "Rehema", "Halima", "Anna", "Upendo")
_TZ_FATHER = ("Mussa", "Mwakyusa", "Shirima", "Massawe", "Lyimo", "Kapinga", "Nyirenda")
#: (region, district, ward)
_TZ_PLACES = (
    ("Mbeya", "Mbarali", "Rujewa"),
    ("Ruvuma", "Songea", "Peramiho"),
    ("Njombe", "Wanging'ombe", "Igwachanya"),
    ("Iringa", "Kilolo", "Ilula"),
    ("Rukwa", "Sumbawanga", "Laela"),
)
_TZ_CROPS = ("Mahindi", "Mpunga", "Mahindi", "Viazi mviringo", "Alizeti")
_TZ_FERT = ("DAP", "UREA", "CAN", "NPK 17:17:17", "Minjingu Mazao")
_TZ_AGENTS = ("Mohamed Enterprises", "Yara Tanzania - Wakala", "ETG Inputs", "Chapa Kazi Agrovet")
_TZ_PREFIXES = ("0754", "0765", "0713", "0682", "0787", "0623", "0719")
# -- Uganda ---------------------------------------------------------------------------------------
_UG_FAMILY = ("Ssempala", "Nakato", "Mugisha", "Okello", "Namubiru", "Kato", "Tumusiime")
_UG_GIVEN_M = ("Joseph", "Moses", "Ronald", "Isaac", "Godfrey", "Patrick")
_UG_GIVEN_F = ("Sarah", "Grace", "Prossy", "Harriet", "Annet", "Florence")
#: (district, sub-county, parish, village)
_UG_PLACES = (
    ("Mukono", "Goma", "Nantabulirwa", "Kigombya"),
    ("Wakiso", "Kira", "Bweyogerere", "Kiwanga"),
    ("Masaka", "Kimaanya-Kabonera", "Kabonera", "Kyabakuza"),
    ("Gulu", "Bungatira", "Paicho", "Lukwor"),
    ("Mbarara", "Rubindi", "Kashaka", "Rwentojo"),
)
_UG_ENTERPRISES = ("Piggery", "Poultry (layers)", "Coffee", "Dairy cattle", "Maize", "Bananas")
_UG_PREFIXES = ("0772", "0782", "0701", "0752", "0756", "0774")
# -- Ethiopia (Addis Ababa) -----------------------------------------------------------------------
_ET_GIVEN_M = ("አበበ", "ዳዊት", "ሰለሞን", "ዮሐንስ", "ብርሃኑ", "ተመስገን")
_ET_GIVEN_F = ("ትዕግስት", "ሕይወት", "መሰረት", "ፀሐይ", "ሰላማዊት", "ቤተልሔም")
_ET_FATHER = ("ከበደ", "ተስፋዬ", "ገብሬ", "አለሙ", "በቀለ", "ወልደማርያም", "ታደሰ")
_ET_SUBCITIES = ("ቦሌ", "የካ", "ቂርቆስ", "ኮልፌ ቀራኒዮ", "ንፋስ ስልክ ላፍቶ", "አራዳ")
_ET_UNITS = ("ስቱዲዮ", "ባለ 1 መኝታ", "ባለ 2 መኝታ", "ባለ 3 መኝታ")
_ET_STATUS = ("በመቆጠብ ላይ", "በመቆጠብ ላይ", "ዕጣ የወጣለት", "ታግዷል")


def _ymd(d: date) -> datetime:
    return datetime.combine(d, datetime.min.time())


def _fireworks(p: Person) -> tuple[str, str, int]:
    return _VN_FIREWORKS[int(p.bhxh) // 7 % len(_VN_FIREWORKS)]


def _grave_kind(p: Person) -> str:
    return _pick(p, _VN_GRAVE_KIND, 4)


def _ng_place(p: Person) -> tuple[str, str, str, str]:
    return _NG_PLACES[int(p.bhxh) // 9 % len(_NG_PLACES)]


def _ke_place(p: Person) -> tuple[str, str, str]:
    return _KE_PLACES[int(p.bhxh) // 9 % len(_KE_PLACES)]


def _tz_place(p: Person) -> tuple[str, str, str]:
    return _TZ_PLACES[int(p.bhxh) // 9 % len(_TZ_PLACES)]


def _ug_place(p: Person) -> tuple[str, str, str, str]:
    return _UG_PLACES[int(p.bhxh) // 9 % len(_UG_PLACES)]


def _spaced(lead: str, p: Person) -> str:
    return f"{lead} {p.phone[4:7]} {p.phone[7:10]}"


WRITERS_BLIND121: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: fireworks
    "fw_kind121": lambda p, c: _fireworks(p)[0],
    "fw_code121": lambda p, c: f"Z121-{_fireworks(p)[1]}",
    "fw_qty121": lambda p, c: _num(p, 3),
    "fw_price121": lambda p, c: f"{_fireworks(p)[2]:,}".replace(",", "."),
    "fw_total121": lambda p, c: f"{_fireworks(p)[2] * _num(p, 3):,}".replace(",", "."),
    "fw_purpose121": lambda p, c: _pick(p, _VN_FW_PURPOSE, 3),
    "fw_seller121": lambda p, c: _pick(p, _VN_FW_SELLERS, 5),
    # Vietnam: graves moved
    "grave_dead121": lambda p, c: _other_vn(p, 3, family=p.family),
    "grave_year121": lambda p, c: 1955 + _num(p, 60),
    "grave_rel121": lambda p, c: _pick(p, _VN_GRAVE_REL, 2),
    "grave_kind121": lambda p, c: _grave_kind(p),
    "grave_pos121": lambda p, c: f"Lô {'ABCD'[_num(p, 4) - 1]} - H{_num(p, 12)} - {_num(p, 40)}",
    "grave_mode121": lambda p, c: _pick(p, _VN_GRAVE_MODE, 6),
    "grave_amount121": lambda p, c: _VN_GRAVE_AMOUNT.get(_grave_kind(p), 18_000_000),
    "grave_sign121": lambda p, c: "" if int(p.bhxh) % 5 == 0 else "Đã ký",
    # Vietnam: library cards
    "lib_card121": lambda p, c: f"TV{p.other_date:%y}-{p.bhxh[-5:]}",
    "lib_job121": lambda p, c: _pick(p, _VN_LIB_JOBS, 2),
    "lib_work121": lambda p, c: _pick(p, _VN_LIB_WORK, 3),
    "lib_kind121": lambda p, c: _pick(p, _VN_LIB_KINDS, 4),
    "lib_fee121": lambda p, c: _pick(p, ("50000", "30000", "0", "50000"), 5),
    "lib_until121": lambda p, c: _ymd(_shift_date(p.other_date, 1 + int(p.bhxh) % 2)),
    # Vietnam: veterinary certificates
    "vet_degree121": lambda p, c: _pick(p, _VN_VET_DEGREE, 2),
    "vet_school121": lambda p, c: _pick(p, _VN_VET_SCHOOL, 3),
    "vet_scope121": lambda p, c: _pick(p, _VN_VET_SCOPE, 4),
    "vet_shop121": lambda p, c: _pick(p, tuple(s[0] for s in _VN_VET_SHOPS), 5),
    "vet_shop_addr121": lambda p, c: _pick(p, tuple(s[1] for s in _VN_VET_SHOPS), 5),
    "vet_cert121": lambda p, c: f"{_num(p, 400):03d}/CCHN-TY-CCCNTY",
    # Nigeria: N-Power
    "npower_id121": lambda p, c: f"NP/{p.other_date:%Y}/KN/{p.bhxh[-6:]}",
    "nin_ng121": lambda p, c: _nin(p),
    "bvn_ng121": lambda p, c: f"22{p.bhxh[::-1][:9]}",
    "ng_family121": lambda p, c: _pick(p, _NG_FAMILY, 2),
    "ng_given121": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1),
    "sex_ng121": lambda p, c: "Male / Namiji" if p.male else "Female / Mace",
    "phone_ng121": lambda p, c: _ng_phone(p),
    "ng_origin121": lambda p, c: _pick(p, _NG_ORIGIN, 4),
    "ng_lga121": lambda p, c: _ng_place(p)[0],
    "ng_addr121": lambda p, c: (
        f"No. {_num(p, 80)} {_ng_place(p)[2]}, {_ng_place(p)[1]}, {_ng_place(p)[0]} LGA, "
        f"{_ng_place(p)[3]} State"
    ),
    "npower_prog121": lambda p, c: _pick(p, _NG_PROGS, 3),
    "npower_ppa121": lambda p, c: _pick(p, _NG_PPAS, 5),
    "ng_qual121": lambda p, c: _pick(p, _NG_QUAL, 6),
    "npower_pay121": lambda p, c: "30,000.00",
    "npower_status121": lambda p, c: _pick(p, _NG_STATUS, 7),
    # Kenya: Boma Yangu
    "ke_name121": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 3)} "
        f"{_pick(p, _KE_FAMILY, 2)}"
    ),
    "id_ke121": lambda p, c: f"{int(p.bhxh[:8]) % 38_000_000 + 1_500_000}",
    "kra_ke121": lambda p, c: _kra_pin(p),
    "sex_ke121": lambda p, c: "Mwanaume / Male" if p.male else "Mwanamke / Female",
    "phone_ke121": lambda p, c: _spaced(_pick(p, _KE_PREFIXES, 2), p),
    "ke_county121": lambda p, c: _ke_place(p)[0],
    "ke_home121": lambda p, c: f"{_ke_place(p)[2]}, {_ke_place(p)[1]}",
    "ke_employer121": lambda p, c: _pick(p, _KE_EMPLOYERS, 4),
    "by_project121": lambda p, c: _pick(p, _KE_PROJECTS, 5),
    "by_unit121": lambda p, c: _pick(p, _KE_UNITS, 6),
    "by_saving121": lambda p, c: f"{_num(p, 30) * 500:,}",
    "ke_kin121": lambda p, c: f"{_pick(p, _KE_GIVEN_F, 7)} {_pick(p, _KE_FAMILY, 3)}",
    "ke_kin_phone121": lambda p, c: _other_phone(p, "07"),
    "by_status121": lambda p, c: _pick(p, _KE_STATUS, 8),
    # Tanzania: subsidised fertiliser
    "tz_name121": lambda p, c: (
        f"{_by_sex(p, _TZ_GIVEN_M, _TZ_GIVEN_F, 1)} {_pick(p, _TZ_FATHER, 2)} "
        f"{_pick(p, _TZ_FATHER, 5)}"
    ),
    "nida_tz121": lambda p, c: _nida(p),
    "sex_tz121": lambda p, c: "ME" if p.male else "KE",
    "phone_tz121": lambda p, c: _spaced(_pick(p, _TZ_PREFIXES, 2), p),
    "tz_region121": lambda p, c: _tz_place(p)[0],
    "tz_district121": lambda p, c: _tz_place(p)[1],
    "tz_ward121": lambda p, c: _tz_place(p)[2],
    "tz_crop121": lambda p, c: _pick(p, _TZ_CROPS, 3),
    "tz_acres121": lambda p, c: f"{_num(p, 12) / 2:.1f}",
    "tz_fert121": lambda p, c: _pick(p, _TZ_FERT, 4),
    "tz_bags121": lambda p, c: _num(p, 10),
    "tz_farmer_no121": lambda p, c: f"TFRA-{_tz_place(p)[0][:3].upper()}-{p.bhxh[-7:]}",
    "tz_agent121": lambda p, c: _pick(p, _TZ_AGENTS, 5),
    "tz_officer121": lambda p, c: f"{_pick(p, _TZ_GIVEN_M, 6)} {_pick(p, _TZ_FATHER, 7)}",
    # Uganda: Parish Development Model
    "ug_name121": lambda p, c: (
        f"{_pick(p, _UG_FAMILY, 2).upper()} {_by_sex(p, _UG_GIVEN_M, _UG_GIVEN_F, 1)}"
    ),
    "nin_ug121": lambda p, c: _nin_ug(p),
    "ug_card121": lambda p, c: f"{p.bhxh[2:5]}{p.bhxh[-4:]}",
    "sex_ug121": lambda p, c: "M" if p.male else "F",
    "phone_ug121": lambda p, c: _spaced(_pick(p, _UG_PREFIXES, 2), p),
    "ug_district121": lambda p, c: _ug_place(p)[0],
    "ug_addr121": lambda p, c: f"{_ug_place(p)[3]}, {_ug_place(p)[2]}, {_ug_place(p)[1]}",
    "pdm_enterprise121": lambda p, c: _pick(p, _UG_ENTERPRISES, 3),
    "pdm_sacco121": lambda p, c: f"{_ug_place(p)[2]} PDM SACCO",
    "pdm_amount121": lambda p, c: "1,000,000",
    "pdm_account121": lambda p, c: _other_phone(p, "07"),
    "ug_kin121": lambda p, c: f"{_pick(p, _UG_FAMILY, 4).upper()} {_pick(p, _UG_GIVEN_F, 5)}",
    "ug_chief121": lambda p, c: f"{_pick(p, _UG_FAMILY, 6)} {_pick(p, _UG_GIVEN_M, 7)}",
    # Ethiopia: Addis Ababa condominiums
    "et_name121": lambda p, c: (
        f"{_by_sex(p, _ET_GIVEN_M, _ET_GIVEN_F, 1)} {_pick(p, _ET_FATHER, 2)} "
        f"{_pick(p, _ET_FATHER, 5)}"
    ),
    "fin_et121": lambda p, c: _fin(p),
    "sex_et121": lambda p, c: "ወንድ / Male" if p.male else "ሴት / Female",
    "phone_et121": lambda p, c: f"09{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "et_subcity121": lambda p, c: _pick(p, _ET_SUBCITIES, 3),
    "et_woreda121": lambda p, c: f"ወረዳ {_num(p, 14):02d}",
    "condo_reg121": lambda p, c: f"AA/20-80/2013/{p.bhxh[-6:]}",
    "condo_type121": lambda p, c: _pick(p, _ET_UNITS, 4),
    "condo_saved121": lambda p, c: f"{_num(p, 90) * 1000:,}.00",
    "condo_account121": lambda p, c: f"1000{p.bhxh[::-1][:9]}",
    "condo_status121": lambda p, c: _pick(p, _ET_STATUS, 6),
}
