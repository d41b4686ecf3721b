"""How the people of the thirty-eighth part of the outside corpus (**blind 38**,
:mod:`lienthong.quality._corpus_blind38`) are written: four Vietnamese files' own columns (a birth
registration's number and book, the newborn's birth date, personal id number and birthplace, the
mother, the father, the declarant and the civil-status officer; a state-owned dwelling's lease,
address, floor area, rent and term; a marathon runner's bib, distance, age group, shirt size,
chip time and emergency contact; a discharged patient's number, department, admission date,
ICD-10 code, diagnosis, result and doctor) and Marshallese, Micronesian, Bissau-Guinean,
Congolese and Antiguan names, addresses, phones and identity numbers in the forms their cards
show (none of the Micronesian passport number, the Bissau-Guinean BI number or the Congolese CNI
number publishes a check digit; the Marshallese and Antiguan files carry no national id)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BIRTHPLACES = (
    "Bệnh viện Hùng Vương, TP. Hồ Chí Minh",
    "Bệnh viện Từ Dũ, TP. Hồ Chí Minh",
    "Trạm Y tế xã Tân Thông Hội, H. Củ Chi",
    "Bệnh viện Phụ sản Hà Nội",
    "Bệnh viện Đa khoa tỉnh Long An",
    "Trung tâm Y tế huyện Hóc Môn",
)
_VN_DECL_REL = ("Cha", "Mẹ", "Mẹ", "Bà nội", "Ông ngoại")
_VN_HOUSES = (
    "Căn hộ 305, Lô B, Chung cư Nguyễn Thiện Thuật, P. 1, Q. 3",
    "Số 12 Hẻm 45 Trần Hưng Đạo, P. Cầu Kho, Q. 1",
    "Căn 4.08 Lô C Chung cư Thanh Đa, P. 27, Q. Bình Thạnh",
    "Số 7B Lý Chính Thắng, P. Võ Thị Sáu, Q. 3",
    "Phòng 201, Dãy A, Khu tập thể Bàn Cờ, Q. 3",
)
_VN_TERMS = ("5 năm", "5 năm", "3 năm", "Đến khi thay đổi chính sách")
_VN_HOUSE_NOTES = ("", "", "Đã nộp đủ", "Nợ 2 tháng", "Đề nghị mua hóa giá", "Chuyển nhượng")
_VN_DISTANCES = ("42,195 km", "21,1 km", "10 km", "5 km")
_VN_SHIRTS = ("XS", "S", "M", "L", "XL", "XXL")
_VN_EMERG_REL = ("Vợ", "Chồng", "Bố", "Mẹ", "Anh", "Chị", "Bạn")
_VN_DEPTS = ("Nội tổng hợp", "Ngoại chấn thương", "Nhi", "Sản", "Hồi sức tích cực", "Tim mạch")
_VN_ICD = (
    ("J18.9", "Viêm phổi, không đặc hiệu"),
    ("I10", "Tăng huyết áp vô căn (nguyên phát)"),
    ("E11.9", "Đái tháo đường type 2 không biến chứng"),
    ("K35.8", "Viêm ruột thừa cấp"),
    ("A91", "Sốt xuất huyết Dengue nặng"),
    ("S72.0", "Gãy cổ xương đùi"),
    ("N39.0", "Nhiễm khuẩn đường tiết niệu"),
    ("I63.9", "Nhồi máu não"),
)
_VN_RESULTS = ("Khỏi", "Đỡ, giảm", "Đỡ, giảm", "Không thay đổi", "Chuyển viện", "Xin về")
_MH_FAMILY = ("Kabua", "Loeak", "Heine", "Zackhras", "Note", "deBrum", "Lanki", "Jetnil", "Kattil")
_MH_GIVEN_M = ("Litokwa", "Jurelang", "Kessai", "Imata", "Tony", "Hemos", "Jiba", "Kitlang")
_MH_GIVEN_F = ("Hilda", "Kathy", "Neijon", "Rubon", "Lijon", "Mary Ann", "Bwilla", "Jemima")
#: (village, atoll)
_MH_PLACES = (
    ("Delap", "Majuro Atoll"),
    ("Uliga", "Majuro Atoll"),
    ("Rita", "Majuro Atoll"),
    ("Laura", "Majuro Atoll"),
    ("Ebeye", "Kwajalein Atoll"),
    ("Jabor", "Jaluit Atoll"),
)
_MH_ATOLLS = ("Arno", "Aur", "Likiep", "Mili", "Ailinglaplap", "Namdrik", "Wotje", "Maloelap")
_MH_EMPLOYERS = ("RMI Government", "MEC", "Bank of the Marshall Islands", "PII", "KAJUR", "NTA")
_FM_FAMILY = ("Panuelo", "Christian", "Simina", "Mori", "Falcam", "Urusemal", "Alik", "Hadley")
_FM_GIVEN_M = ("Wesley", "Peter", "Emanuel", "Joseph", "Lorin", "Yosiro", "Marvin", "Kasio")
_FM_GIVEN_F = ("Lerleen", "Mihter", "Sihna", "Yvette", "Shirley", "Marlene", "Kiyomi", "Ruthy")
#: (municipality, state, ZIP, phone exchange)
_FM_PLACES = (
    ("Kolonia", "Pohnpei", "96941", "320"),
    ("Nett", "Pohnpei", "96941", "320"),
    ("Sokehs", "Pohnpei", "96941", "320"),
    ("Weno", "Chuuk", "96942", "330"),
    ("Tol", "Chuuk", "96942", "330"),
    ("Colonia", "Yap", "96943", "350"),
    ("Lelu", "Kosrae", "96944", "370"),
    ("Tafunsak", "Kosrae", "96944", "370"),
)
_FM_DESTS = ("Guam", "Hawaii, USA", "Saipan, CNMI", "Oregon, USA", "Texas, USA", "Palau")
_GW_GIVEN_M = ("Domingos", "Braima", "Mamadu", "Aristides", "Umaro", "Carlos", "Ansumane")
_GW_GIVEN_F = ("Fatumata", "Maria Odete", "Cadi", "Suzi", "Adiatu", "Teodora", "Aissatu")
_GW_FAMILY = ("Gomes", "Baldé", "Djaló", "Sanhá", "Mendes", "Embaló", "Có", "Nhaga", "Té", "Djú")
#: (bairro, sector, região)
_GW_PLACES = (
    ("Bairro de Bandim", "Bissau", "Setor Autónomo de Bissau"),
    ("Bairro Militar", "Bissau", "Setor Autónomo de Bissau"),
    ("Bairro de Cuntum", "Bissau", "Setor Autónomo de Bissau"),
    ("Bairro de Ajuda", "Bissau", "Setor Autónomo de Bissau"),
    ("Bairro de Rossio", "Bafatá", "Bafatá"),
    ("Bairro Sintchã", "Gabú", "Gabú"),
    ("Bairro Tchada", "Canchungo", "Cacheu"),
)
_GW_EMPLOYERS = ("EAGB", "Orange Bissau", "MTN Bissau", "BAO", "Ecobank GB", "Ministério da Saúde")
_CG_FAMILY = ("MABIALA", "NGOUABI", "MILONGO", "OKEMBA", "MOUKOUMBI", "NKOUKA", "IBARA", "ELENGA")
_CG_GIVEN_M = ("Jean-Claude", "Rodrigue Brice", "Guy Noël", "Arsène", "Dieudonné", "Fortuné")
_CG_GIVEN_F = ("Chancelvie", "Grâce Merveille", "Nadège", "Bénédicte", "Prisca", "Solange")
#: (street, arrondissement, département)
_CG_PLACES = (
    ("rue Mbochis", "3 Poto-Poto", "Brazzaville"),
    ("avenue de la Paix", "4 Moungali", "Brazzaville"),
    ("rue Matsoua", "2 Bacongo", "Brazzaville"),
    ("rue Loango", "1 Makélékélé", "Brazzaville"),
    ("avenue Marien Ngouabi", "6 Talangaï", "Brazzaville"),
    ("rue Tchikaya", "1 Lumumba", "Pointe-Noire"),
    ("avenue Moe Vangoula", "3 Tié-Tié", "Pointe-Noire"),
)
_CG_EMPLOYERS = ("SNPC", "Total E&P Congo", "MTN Congo", "BGFIBank Congo", "E2C", "Airtel Congo")
_AG_FAMILY = ("Bird", "Browne", "Joseph", "Benjamin", "Francis", "Samuel", "Christian", "Simon")
_AG_GIVEN_M = ("Gaston", "Lester", "Vere", "Asot", "Steadroy", "Molwyn", "Curtis", "Everton")
_AG_GIVEN_F = ("Gisele", "Maureen", "Shawn", "Cheryl", "Desiree", "Althea", "Jacqui", "Ruth")
#: (village or street, parish)
_AG_PLACES = (
    ("Cedar Grove", "Saint John"),
    ("Nevis Street, St. John's", "Saint John"),
    ("All Saints Road, Villa", "Saint John"),
    ("Liberta", "Saint Paul"),
    ("Bolans", "Saint Mary"),
    ("Parham", "Saint Peter"),
    ("Freetown", "Saint Philip"),
    ("Codrington, Barbuda", "Barbuda"),
)
_AG_EMPLOYERS = ("Government of Antigua and Barbuda", "APUA", "Sandals Grande", "LIAT", "ACB")
_AG_JOBS = ("Clerk", "Teacher", "Housekeeper", "Mason", "Nurse", "Driver", "Chef", "Fisherman")


def _newborn(p: Person) -> date:
    """A newborn's birthday: 1 to 55 days before the registration (the person's other date)."""
    return p.other_date - timedelta(days=int(p.bhxh) % 55 + 1)


def _declarant(p: Person) -> str:
    """Who came to register: the father, the mother or a grandparent (as :func:`_pick` says)."""
    relation = _pick(p, _VN_DECL_REL, 6)
    if relation == "Cha":
        return _other_vn(p, 4, True, p.family)
    if relation == "Mẹ":
        return _other_vn(p, 3, False)
    return _other_vn(p, 5, relation == "Ông ngoại")


def _admitted(p: Person) -> date:
    return p.other_date - timedelta(days=int(p.bhxh) % 14 + 1)


def _icd(p: Person) -> tuple[str, str]:
    return _VN_ICD[int(p.bhxh) // 7 % len(_VN_ICD)]


def _age_group(p: Person) -> str:
    age = 2025 - p.birth.year
    lead = "M" if p.male else "F"
    return f"{lead}{min(age // 10 * 10, 60)}+" if age >= 40 else f"{lead} Open"


def _mh(p: Person) -> tuple[str, str]:
    return _MH_PLACES[int(p.bhxh) // 9 % len(_MH_PLACES)]


def _fm(p: Person) -> tuple[str, str, str, str]:
    return _FM_PLACES[int(p.bhxh) // 9 % len(_FM_PLACES)]


def _gw(p: Person) -> tuple[str, str, str]:
    return _GW_PLACES[int(p.bhxh) // 9 % len(_GW_PLACES)]


def _cg(p: Person) -> tuple[str, str, str]:
    return _CG_PLACES[int(p.bhxh) // 9 % len(_CG_PLACES)]


def _ag(p: Person) -> tuple[str, str]:
    return _AG_PLACES[int(p.bhxh) // 9 % len(_AG_PLACES)]


WRITERS_BLIND38: dict[str, Callable[[Person, Col], object]] = {
    "reg38": lambda p, c: f"{_num(p, 400)}",
    "book38": lambda p, c: f"01/{p.other_date.year}",
    "newborn_birth38": lambda p, c: f"{_newborn(p):%d/%m/%Y}",
    "newborn_id38": lambda p, c: _cccd_of(p, p.male, _newborn(p).year),
    "birthplace38": lambda p, c: _pick(p, _VN_BIRTHPLACES, 2),
    "mother38": lambda p, c: _other_vn(p, 3, False),
    "father38": lambda p, c: _other_vn(p, 4, True, p.family),
    "declarant38": lambda p, c: _declarant(p),
    "decl_rel38": lambda p, c: _pick(p, _VN_DECL_REL, 6),
    "officer38": lambda p, c: _other_vn(p, 7),
    "lease38": lambda p, c: f"{_num(p, 900)}/HĐTN-{p.other_date.year}",
    "house_addr38": lambda p, c: _pick(p, _VN_HOUSES, 2),
    "area38": lambda p, c: f"{28 + _num(p, 60)},{_num(p, 9)}",
    "rent38": lambda p, c: f"{(8 + _num(p, 40)) * 50_000:,}".replace(",", "."),
    "term38": lambda p, c: _pick(p, _VN_TERMS, 3),
    "members38": lambda p, c: str(_num(p, 6)),
    "house_note38": lambda p, c: _pick(p, _VN_HOUSE_NOTES, 4),
    "bib38": lambda p, c: f"{_pick(p, ('42K', '21K', '10K', '5K'), 2)}-{p.bhxh[-4:]}",
    "distance38": lambda p, c: _pick(p, _VN_DISTANCES, 2),
    "age_group38": lambda p, c: _age_group(p),
    "shirt38": lambda p, c: _pick(p, _VN_SHIRTS, 3),
    "emerg38": lambda p, c: _other_vn(p, 4),
    "emerg_rel38": lambda p, c: _pick(p, _VN_EMERG_REL, 5),
    "emerg_phone38": lambda p, c: _other_phone(p, "03"),
    "chip38": lambda p, c: f"{_num(p, 5)}:{_num(p, 59):02d}:{_num(p, 58):02d}",
    "patient38": lambda p, c: f"BN{p.other_date.year % 100}{p.bhxh[-6:]}",
    "dept38": lambda p, c: _pick(p, _VN_DEPTS, 2),
    "admit38": lambda p, c: f"{_admitted(p):%d/%m/%Y}",
    "icd38": lambda p, c: _icd(p)[0],
    "diagnosis38": lambda p, c: _icd(p)[1],
    "result38": lambda p, c: _pick(p, _VN_RESULTS, 3),
    "doctor38": lambda p, c: f"BS. {_other_vn(p, 6)}",
    "birth_year38": lambda p, c: str(p.birth.year),
    "ss_mh38": lambda p, c: f"{p.bhxh[2:8]}",
    "mh_family38": lambda p, c: _pick(p, _MH_FAMILY, 2),
    "mh_given38": lambda p, c: _by_sex(p, _MH_GIVEN_M, _MH_GIVEN_F, 1),
    "sex_mh38": lambda p, c: "M" if p.male else "F",
    "address_mh38": lambda p, c: f"{_mh(p)[0]}, {_mh(p)[1]}",
    "home_atoll_mh38": lambda p, c: _pick(p, _MH_ATOLLS, 3),
    "phone_mh38": lambda p, c: f"+692 {_pick(p, ('625', '455', '247', '329'), 4)}-{p.phone[6:10]}",
    "employer_mh38": lambda p, c: _pick(p, _MH_EMPLOYERS, 5),
    "beneficiary_mh38": lambda p, c: (
        f"{_by_sex(p, _MH_GIVEN_F, _MH_GIVEN_M, 6)} {_pick(p, _MH_FAMILY, 7)}"
    ),
    "passport_fm38": lambda p, c: f"{p.bhxh[1:7]}",
    "fm_family38": lambda p, c: _pick(p, _FM_FAMILY, 2),
    "fm_given38": lambda p, c: _by_sex(p, _FM_GIVEN_M, _FM_GIVEN_F, 1),
    "sex_fm38": lambda p, c: "Male" if p.male else "Female",
    "street_fm38": lambda p, c: f"P.O. Box {_num(p, 2400)}",
    "municipality_fm38": lambda p, c: _fm(p)[0],
    "state_fm38": lambda p, c: _fm(p)[1],
    "zip_fm38": lambda p, c: _fm(p)[2],
    "phone_fm38": lambda p, c: f"(691) {_fm(p)[3]}-{p.phone[6:10]}",
    "dest_fm38": lambda p, c: _pick(p, _FM_DESTS, 3),
    "employer_fm38": lambda p, c: _pick(p, ("Tyson Foods", "Walmart", "Hilton Guam", "ACE"), 4),
    "kin_fm38": lambda p, c: f"{_by_sex(p, _FM_GIVEN_F, _FM_GIVEN_M, 5)} {_pick(p, _FM_FAMILY, 6)}",
    "kin_phone_fm38": lambda p, c: f"(691) 320-{p.bhxh[::-1][:4]}",
    "bi_gw38": lambda p, c: f"{p.bhxh[1:10]}",
    "name_gw38": lambda p, c: (
        f"{_by_sex(p, _GW_GIVEN_M, _GW_GIVEN_F, 1)} {_pick(p, _GW_FAMILY, 2)}"
    ),
    "sex_gw38": lambda p, c: "M" if p.male else "F",
    "address_gw38": lambda p, c: f"{_gw(p)[0]}, casa n.º {_num(p, 300)}, {_gw(p)[1]}",
    "sector_gw38": lambda p, c: _gw(p)[1],
    "region_gw38": lambda p, c: _gw(p)[2],
    "phone_gw38": lambda p, c: (
        f"+245 9{_pick(p, ('55', '66', '69'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "inps_gw38": lambda p, c: f"{p.bhxh[-7:]}",
    "employer_gw38": lambda p, c: _pick(p, _GW_EMPLOYERS, 4),
    "spouse_gw38": lambda p, c: (
        f"{_by_sex(p, _GW_GIVEN_F, _GW_GIVEN_M, 5)} {_pick(p, _GW_FAMILY, 6)}"
    ),
    "cni_cg38": lambda p, c: f"{p.bhxh[::-1][:4]}{p.bhxh[2:8]}",
    "cg_family38": lambda p, c: _pick(p, _CG_FAMILY, 2),
    "cg_given38": lambda p, c: _by_sex(p, _CG_GIVEN_M, _CG_GIVEN_F, 1),
    "sex_cg38": lambda p, c: "M" if p.male else "F",
    "address_cg38": lambda p, c: f"{_num(p, 150)}, {_cg(p)[0]}, {_cg(p)[1]}",
    "arrondissement_cg38": lambda p, c: _cg(p)[1],
    "departement_cg38": lambda p, c: _cg(p)[2],
    "phone_cg38": lambda p, c: (
        f"+242 0{_pick(p, ('5', '6', '4'), 3)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "cnss_cg38": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:10]}",
    "employer_cg38": lambda p, c: _pick(p, _CG_EMPLOYERS, 4),
    "spouse_cg38": lambda p, c: (
        f"{_pick(p, _CG_FAMILY, 5)} {_by_sex(p, _CG_GIVEN_F, _CG_GIVEN_M, 6)}"
    ),
    "birthplace_cg38": lambda p, c: _pick(p, ("Brazzaville", "Pointe-Noire", "Dolisie"), 7),
    "ss_ag38": lambda p, c: f"{p.bhxh[3:9]}",
    "ag_family38": lambda p, c: _pick(p, _AG_FAMILY, 2),
    "ag_given38": lambda p, c: _by_sex(p, _AG_GIVEN_M, _AG_GIVEN_F, 1),
    "sex_ag38": lambda p, c: "M" if p.male else "F",
    "address_ag38": lambda p, c: f"{_ag(p)[0]}, {_ag(p)[1]}",
    "parish_ag38": lambda p, c: _ag(p)[1],
    "phone_ag38": lambda p, c: (
        f"(268) {_pick(p, ('464', '462', '770', '720', '460'), 3)}-{p.phone[6:10]}"
    ),
    "employer_ag38": lambda p, c: _pick(p, _AG_EMPLOYERS, 4),
    "job_ag38": lambda p, c: _pick(p, _AG_JOBS, 5),
    "wage_ag38": lambda p, c: f"{(10 + _num(p, 90)) * 10:,}.00",
    "kin_ag38": lambda p, c: f"{_by_sex(p, _AG_GIVEN_F, _AG_GIVEN_M, 6)} {_pick(p, _AG_FAMILY, 7)}",
}
