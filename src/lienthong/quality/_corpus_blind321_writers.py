"""How the people of the three-hundred-and-twenty-first part of the outside corpus (**blind 321**,
:mod:`lienthong.quality._corpus_blind321`) are written: four Vietnamese child-protection files'
own columns (a child in special circumstances a commune follows, an abused child's case, a pupil
at a talk against child marriage, a small child given fortified food) and the children and foster
carers of the United Kingdom, Kenya, India, Colombia and Indonesia in the forms their registers
show (the NHS number's modulus 11 digit, the Aadhaar's Verhoeff digit, the NIK with the child's
birth day in it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _nhs
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind117_writers import _ID_FAMILY, _ID_GIVEN_F, _ID_GIVEN_M
from lienthong.quality._corpus_blind121_writers import _KE_FAMILY, _KE_GIVEN_F, _KE_GIVEN_M
from lienthong.quality._corpus_blind128_writers import _GB_FAMILY, _GB_GIVEN_F
from lienthong.quality._corpus_blind166_writers import _CO_FAMILY, _CO_GIVEN_F, _CO_GIVEN_M
from lienthong.quality._corpus_blind209_writers import _nik
from lienthong.quality._corpus_blind285_writers import _aadhaar

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: children in special circumstances a commune follows ----------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Dao", "H'Mông", "Thái", "Mường")
_VN_HAMLETS = ("Thôn Tân Lập", "Thôn 3", "Xóm Đình", "TDP số 5", "Thôn Bãi Sậy", "Xóm Chùa")
_VN_GROUPS = (
    "Mồ côi cả cha và mẹ",
    "Mồ côi cha hoặc mẹ, người còn lại không có khả năng nuôi dưỡng",
    "Trẻ em khuyết tật",
    "Trẻ em bị bỏ rơi",
    "Trẻ em bị xâm hại tình dục",
    "Trẻ em bỏ học kiếm sống chưa hoàn thành PCGD THCS",
    "Trẻ em nhiễm HIV/AIDS",
    "Trẻ em có cha mẹ đang chấp hành án phạt tù",
    "Trẻ em di cư",
)
_VN_RELATIONS = ("Mẹ", "Bố", "Bà nội", "Bà ngoại", "Ông nội", "Bác ruột", "Cô ruột")
_VN_SCHOOLS = ("MN Hoa Sen", "TH Nguyễn Văn Trỗi", "THCS thị trấn", "TH&THCS xã", "Không đi học")
_VN_SUPPORT = (
    "TCXH hàng tháng NĐ 20",
    "Cấp thẻ BHYT",
    "Miễn học phí",
    "Tư vấn tâm lý",
    "Học bổng Quỹ BTTE",
    "Chăm sóc thay thế",
)
# -- Vietnam: abused children's case management ---------------------------------------------------
_VN_ABUSE = ("Bao luc tinh than", "Bao luc than the", "Xam hai tinh duc", "Bo mac", "Bo roi")
_VN_SOURCE = ("Tong dai 111", "Nha truong", "Cong an xa", "Nguoi dan bao tin", "Tram y te")
_VN_RISK = ("Cao", "Trung binh", "Trung binh", "Thap")
_VN_REL = ("Me", "Bo", "Ba noi", "Ba ngoai", "Di ruot", "Me ke")
_VN_PLAN = ("Tu van tam ly", "Tro giup phap ly", "Chuyen bao ve tam thoi", "Ho tro y te")
_VN_CASE_STATUS = ("Dang can thiep", "Dang can thiep", "Theo doi sau can thiep", "Da dong")
# -- Vietnam: pupils at a talk against child marriage ----------------------------------------------
_VN_CLASSES = ("7A", "7B", "8A", "8B", "9A", "9B", "9C")
_VN_BAN = ("Bản Nậm Cuổi", "Bản Pa Pe", "Bản Hua Cứ", "Bản Nậm Tăm", "Bản Mường Then")
_VN_TOPICS = (
    "Tác hại của tảo hôn, hôn nhân cận huyết",
    "Luật Hôn nhân và gia đình 2014",
    "Sức khỏe sinh sản vị thành niên",
)
_VN_PLEDGE = ("Đã ký", "Đã ký", "Đã ký", "Chưa ký")
# -- Vietnam: children 6-23 months given fortified food --------------------------------------------
_VN_NUTRITION = ("Bình thường", "SDD nhẹ cân", "SDD thấp còi", "Nguy cơ SDD")
_VN_PRODUCTS = ("Bột dinh dưỡng", "Sữa bột công thức", "Gói đa vi chất", "Bột ăn dặm")

# -- United Kingdom: children subject to a child protection plan -----------------------------------
_UK_PLACES = (
    ("Manningham Lane", "Bradford", "BD8"),
    ("Leeds Road", "Bradford", "BD3"),
    ("Halifax Road", "Keighley", "BD21"),
    ("Huddersfield Road", "Dewsbury", "WF13"),
    ("Bradford Road", "Shipley", "BD18"),
)
_UK_BOYS = ("Tyler", "Kai", "Ayaan", "Oliver", "Riley", "Mason")
_UK_GIRLS = ("Amelia", "Ruby", "Aisha", "Lacey", "Isla", "Maisie")
_UK_CATEGORY = ("Neglect", "Neglect", "Emotional Abuse", "Physical Abuse", "Sexual Abuse")
_UK_LEGAL = ("CP Plan", "CP Plan", "CP Plan / ICO", "CP Plan / PLO")
_UK_TEAMS = ("Assessment & Support East", "CIN/CP Team 2", "Safeguarding Hub", "Family Support")
_UK_SCHOOLS = ("Green Lane Primary", "Carlton Bolling", "Home Nursery", "Not in education")
# -- Kenya: foster and kinship carers --------------------------------------------------------------
_KE_AREAS = (
    ("Nairobi", "Kasarani", "Mwiki"),
    ("Kisumu", "Kisumu East", "Manyatta"),
    ("Nakuru", "Naivasha", "Kabati"),
    ("Kakamega", "Lurambi", "Shirere"),
    ("Machakos", "Mavoko", "Athi River"),
)
_KE_KIDS = ("Baby", "Ian", "Brian", "Mary", "Joy", "Sharon", "Felix")
_KE_CARE = ("Foster Care", "Kinship Care", "Kinship Care", "Guardianship", "Kafaalah")
_KE_OFFICERS = ("Mr. J. Odhiambo (SCCO)", "Ms. L. Wairimu", "Mrs. H. Chebet", "Mr. P. Muli")
_KE_VISIT = ("Visited - satisfactory", "Due", "Visited - follow up", "Not visited")
# -- India: Mission Vatsalya sponsorship ---------------------------------------------------------
_IN_BOYS = ("आयुष", "रोहित", "अंकित", "सौरभ", "विशाल", "अमन")
_IN_GIRLS = ("प्रिया", "काजल", "अंजलि", "नेहा", "खुशी", "पूजा")
_IN_FATHERS = ("स्व. रामेश्वर", "स्व. दिनेश", "मुकेश", "स्व. सुरेश", "राजू")
_IN_MOTHERS = ("सुनीता देवी", "रीता देवी", "गीता देवी", "मंजू देवी", "स्व. सरिता देवी")
_IN_SURNAMES = ("कुमार", "यादव", "पासवान", "मांझी", "साह", "राम")
_IN_PLACES = (
    ("ग्राम बेलसंड, पो. रुन्नीसैदपुर", "सीतामढ़ी", "843328", "रुन्नीसैदपुर"),
    ("ग्राम मधुबन, पो. मोतीपुर", "मुजफ्फरपुर", "843111", "मोतीपुर"),
    ("वार्ड 12, मोहल्ला कटरा", "गया", "823001", "गया सदर"),
    ("ग्राम चकिया, पो. केसरिया", "पूर्वी चंपारण", "845424", "केसरिया"),
)
_IN_CATEGORY = ("अनाथ", "अर्ध-अनाथ", "अर्ध-अनाथ", "माता-पिता गंभीर बीमार", "बाल श्रम से मुक्त")
_IN_IFSC = ("SBIN0003456", "PUNB0171300", "BKID0004821", "CNRB0002216")
# -- Colombia: children under a rights-restoration process (PARD) ----------------------------------
_CO_PLACES = (
    ("Cl. 19 # 4-33 B. El Centro", "Quibdó", "Chocó"),
    ("Cra. 45 # 80-12", "Medellín", "Antioquia"),
    ("Mz. C Cs. 7 B. Villa Paz", "Tumaco", "Nariño"),
    ("Cl. 72 Sur # 14-20", "Bogotá D.C.", "Bogotá D.C."),
    ("Cra. 8 # 2-45 B. San Luis", "Riohacha", "La Guajira"),
)
_CO_MOTIVO = ("Negligencia", "Maltrato físico", "Abuso sexual", "Trabajo infantil", "Abandono")
_CO_MEDIDA = ("Hogar sustituto", "Ubicación en medio familiar", "Internado", "Hogar de paso")
_CO_DEFENSOR = ("Dra. Yaneth Palacios", "Dr. Hernán Ospina", "Dra. Luz Stella Muñoz")
_CO_IE = ("I.E. Normal Superior", "I.E. San José", "I.E. Técnica Agropecuaria", "No estudia")
_CO_ESTADO = ("Abierto", "Abierto", "En seguimiento", "Cerrado")
# -- Indonesia: children in a child welfare institution (LKSA) -------------------------------------
_ID_AREAS = (
    ("Jl. Kenanga No. 14", "Sukamaju", "Cibeunying Kidul", "327321", "Bandung"),
    ("Dusun Krajan RT 02/RW 01", "Sumbersari", "Sumbersari", "350910", "Jember"),
    ("Jl. Pahlawan Gg. III No. 7", "Kauman", "Klojen", "357305", "Malang"),
    ("Kp. Cibogo RT 04/RW 06", "Cibogo", "Cisarua", "320123", "Bogor"),
)
_ID_STATUS = ("Yatim", "Piatu", "Yatim Piatu", "Dhuafa", "Yatim")
_ID_SCHOOLS = ("SDN 2 Sukamaju", "SMPN 5", "MTs Al-Hikmah", "SMK Negeri 1", "Belum sekolah")
_ID_WALI = ((True, "Paman"), (False, "Bibi"), (True, "Kakek"), (False, "Nenek"), (True, "Kakak"))


def _kid(p: Person, first: int, span: int) -> date:
    """A child's birthday: the person's day and month, in one of ``span`` years from ``first``."""
    return _safe_day(first + int(p.bhxh) % span, p.birth.month, p.birth.day)


def _vn_dmy(p: Person, first: int, span: int) -> str:
    return f"{_kid(p, first, span):%d/%m/%Y}"


def _vn_child_id(p: Person, first: int, span: int) -> str:
    return _cccd_of(p, p.male, _kid(p, first, span).year)


def _uk(p: Person) -> tuple[str, str, str]:
    return _UK_PLACES[int(p.bhxh) // 7 % len(_UK_PLACES)]


def _ke(p: Person) -> tuple[str, str, str]:
    return _KE_AREAS[int(p.bhxh) // 7 % len(_KE_AREAS)]


def _in(p: Person) -> tuple[str, str, str, str]:
    return _IN_PLACES[int(p.bhxh) // 7 % len(_IN_PLACES)]


def _co(p: Person) -> tuple[str, str, str]:
    return _CO_PLACES[int(p.bhxh) // 7 % len(_CO_PLACES)]


def _id(p: Person) -> tuple[str, str, str, str, str]:
    return _ID_AREAS[int(p.bhxh) // 7 % len(_ID_AREAS)]


def _in_child(p: Person) -> str:
    first = _by_sex(p, _IN_BOYS, _IN_GIRLS, 2)
    return f"{first} {_pick(p, _IN_SURNAMES, 3)}" if p.male else f"{first} कुमारी"


def _co_nuip(p: Person) -> str:
    """A child's NUIP: ten digits starting ``10`` or ``11``; some clerks dot the thousands."""
    digits = f"1{int(p.bhxh) % 2}{p.bhxh[2:10]}"
    if int(p.bhxh) % 3:
        return digits
    return f"{digits[0]}.{digits[1:4]}.{digits[4:7]}.{digits[7:]}"


def _id_wali(p: Person) -> str:
    """The guardian: a man's or a woman's name that fits the relation, the relation in brackets."""
    male, relation = _ID_WALI[int(p.bhxh) // 111 % len(_ID_WALI)]
    name = _pick(p, _ID_GIVEN_M if male else _ID_GIVEN_F, 9).title()
    return f"{name} ({relation})"


def _later(p: Person, start: date, span: int) -> str:
    return f"{start + timedelta(days=_num(p, span)):%d/%m/%Y}"


WRITERS_BLIND321: dict[str, Callable[[Person, Col], object]] = {
    # children in special circumstances a commune follows
    "hc_birth321": lambda p, c: _vn_dmy(p, 2010, 15),
    "hc_id321": lambda p, c: _vn_child_id(p, 2010, 15),
    "hc_ethnic321": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "hc_hamlet321": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "hc_group321": lambda p, c: _pick(p, _VN_GROUPS, 4),
    "hc_carer321": lambda p, c: _other_vn(p, 5),
    "hc_rel321": lambda p, c: _pick(p, _VN_RELATIONS, 6),
    "hc_phone321": lambda p, c: _other_phone(p, "03"),
    "hc_school321": lambda p, c: _pick(p, _VN_SCHOOLS, 7),
    "hc_support321": lambda p, c: _pick(p, _VN_SUPPORT, 8),
    "hc_ctv321": lambda p, c: _other_vn(p, 9, male=False),
    # abused children's case management
    "cm_case321": lambda p, c: f"QLTH-{2024 + int(p.bhxh) % 3}-{_num(p, 300):03d}",
    "cm_birth321": lambda p, c: _vn_dmy(p, 2009, 16),
    "cm_id321": lambda p, c: _vn_child_id(p, 2009, 16),
    "cm_kind321": lambda p, c: _pick(p, _VN_ABUSE, 2),
    "cm_source321": lambda p, c: _pick(p, _VN_SOURCE, 3),
    "cm_risk321": lambda p, c: _pick(p, _VN_RISK, 4),
    "cm_carer321": lambda p, c: _other_vn(p, 5),
    "cm_rel321": lambda p, c: _pick(p, _VN_REL, 6),
    "cm_phone321": lambda p, c: _other_phone(p, "09"),
    "cm_plan321": lambda p, c: _pick(p, _VN_PLAN, 7),
    "cm_officer321": lambda p, c: _other_vn(p, 8, male=False),
    "cm_status321": lambda p, c: _pick(p, _VN_CASE_STATUS, 9),
    # pupils at a talk against child marriage
    "th_birth321": lambda p, c: _vn_dmy(p, 2010, 4),
    "th_ethnic321": lambda p, c: _pick(p, ("H'Mông", "Dao", "Thái", "Hà Nhì", "Lự"), 2),
    "th_class321": lambda p, c: _pick(p, _VN_CLASSES, 3),
    "th_ban321": lambda p, c: _pick(p, _VN_BAN, 4),
    "th_parent321": lambda p, c: _other_vn(p, 5),
    "th_pphone321": lambda p, c: _other_phone(p, "08"),
    "th_topic321": lambda p, c: _pick(p, _VN_TOPICS, 6),
    "th_speaker321": lambda p, c: f"Đ/c {_other_vn(p, 7)} (Hội LHPN xã)",
    "th_pledge321": lambda p, c: _pick(p, _VN_PLEDGE, 8),
    # children 6-23 months given fortified food
    "nu_birth321": lambda p, c: _vn_dmy(p, 2023, 2),
    "nu_id321": lambda p, c: _vn_child_id(p, 2023, 2),
    "nu_mother321": lambda p, c: _other_vn(p, 3, male=False),
    "nu_ethnic321": lambda p, c: _pick(p, _VN_ETHNIC, 4),
    "nu_mphone321": lambda p, c: _other_phone(p, "03"),
    "nu_hamlet321": lambda p, c: _pick(p, _VN_HAMLETS, 5),
    "nu_weight321": lambda p, c: f"{6 + _num(p, 60) / 10:.1f}".replace(".", ","),
    "nu_status321": lambda p, c: _pick(p, _VN_NUTRITION, 6),
    "nu_product321": lambda p, c: _pick(p, _VN_PRODUCTS, 7),
    "nu_qty321": lambda p, c: 2 + _num(p, 6),
    "nu_receiver321": lambda p, c: _other_vn(p, 8) if int(p.bhxh) % 5 == 0 else "",
    # United Kingdom: children subject to a child protection plan
    "uk_mosaic321": lambda p, c: f"{int(p.bhxh[::-1][:7]) % 900_000 + 100_000}",
    "uk_nhs321": lambda p, c: _nhs(p),
    "uk_family321": lambda p, c: _pick(p, _GB_FAMILY, 2),
    "uk_given321": lambda p, c: _by_sex(p, _UK_BOYS, _UK_GIRLS, 3),
    "uk_dob321": lambda p, c: f"{_kid(p, 2009, 17):%d/%m/%Y}",
    "uk_sex321": lambda p, c: "Male" if p.male else "Female",
    "uk_street321": lambda p, c: f"{1 + _num(p, 180)} {_uk(p)[0]}",
    "uk_town321": lambda p, c: _uk(p)[1],
    "uk_pc321": lambda p, c: (
        f"{_uk(p)[2]} {_num(p, 9)}{'ABDEFGHJLNPQRSTUWXYZ'[int(p.bhxh) % 20]}"
        f"{'ABDEFGHJLNPQRSTUWXYZ'[int(p.bhxh) // 20 % 20]}"
    ),
    "uk_cat321": lambda p, c: _pick(p, _UK_CATEGORY, 4),
    "uk_legal321": lambda p, c: _pick(p, _UK_LEGAL, 5),
    "uk_sw321": lambda p, c: f"{_pick(p, _GB_GIVEN_F, 6)} {_pick(p, _GB_FAMILY, 7)}",
    "uk_team321": lambda p, c: _pick(p, _UK_TEAMS, 8),
    "uk_school321": lambda p, c: _pick(p, _UK_SCHOOLS, 9),
    "uk_parent321": lambda p, c: f"{_pick(p, _GB_GIVEN_F, 10)} {_pick(p, _GB_FAMILY, 2)} (Mother)",
    "uk_pphone321": lambda p, c: f"07{p.bhxh[1:4]} {p.bhxh[4:10]}",
    "uk_rcpc321": lambda p, c: _later(p, date(2026, 1, 5), 180),
    # Kenya: foster and kinship carers
    "ke_name321": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 2)} {_pick(p, _KE_FAMILY, 3)}"
        f"{' ' + _pick(p, _KE_FAMILY, 4) if int(p.bhxh) % 2 else ''}"
    ),
    "ke_id321": lambda p, c: f"{1 + int(p.bhxh[0]) % 3}{p.bhxh[3:10]}",
    "ke_sex321": lambda p, c: "M" if p.male else "F",
    "ke_phone321": lambda p, c: (
        f"07{p.phone[2:10]}" if int(p.bhxh) % 3 else f"+254 7{p.phone[2:4]} {p.phone[4:10]}"
    ),
    "ke_county321": lambda p, c: _ke(p)[0],
    "ke_sub321": lambda p, c: _ke(p)[1],
    "ke_village321": lambda p, c: _ke(p)[2],
    "ke_child321": lambda p, c: f"{_pick(p, _KE_KIDS, 5)} {_pick(p, _KE_FAMILY, 6)}",
    "ke_cert321": lambda p, c: f"{p.bhxh[::-1][:7]}",
    "ke_care321": lambda p, c: _pick(p, _KE_CARE, 7),
    "ke_court321": lambda p, c: f"CP&A No. {_num(p, 400)} of {2023 + int(p.bhxh) % 3}",
    "ke_officer321": lambda p, c: _pick(p, _KE_OFFICERS, 8),
    "ke_visit321": lambda p, c: _pick(p, _KE_VISIT, 9),
    # India: Mission Vatsalya sponsorship
    "in_child321": lambda p, c: _in_child(p),
    "in_dob321": lambda p, c: f"{_kid(p, 2008, 17):%d/%m/%Y}",
    "in_sex321": lambda p, c: "पुरुष" if p.male else "महिला",
    "in_aadhaar321": lambda p, c: _aadhaar(p),
    "in_father321": lambda p, c: f"{_pick(p, _IN_FATHERS, 4)} {_pick(p, _IN_SURNAMES, 3)}",
    "in_mother321": lambda p, c: _pick(p, _IN_MOTHERS, 5),
    "in_addr321": lambda p, c: f"{_in(p)[0]}, प्रखंड {_in(p)[3]}",
    "in_dist321": lambda p, c: _in(p)[1],
    "in_pin321": lambda p, c: _in(p)[2],
    "in_gphone321": lambda p, c: f"{'6789'[int(p.bhxh) % 4]}{p.bhxh[::-1][:9]}",
    "in_school321": lambda p, c: f"रा.म.वि. {_in(p)[3]}" if int(p.bhxh) % 4 else "आंगनबाड़ी केंद्र",
    "in_class321": lambda p, c: _pick(p, ("1", "3", "5", "6", "8", "9", "10"), 6),
    "in_cat321": lambda p, c: _pick(p, _IN_CATEGORY, 7),
    "in_acct321": lambda p, c: f"3{p.bhxh[6:]}{p.bhxh[:6]}0",
    "in_ifsc321": lambda p, c: _pick(p, _IN_IFSC, 8),
    "in_amt321": lambda p, c: "4000",
    # Colombia: children under a rights-restoration process (PARD)
    "co_tdoc321": lambda p, c: "RC" if int(p.bhxh) % 3 == 0 else "TI",
    "co_nuip321": lambda p, c: _co_nuip(p),
    "co_ap1_321": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "co_ap2_321": lambda p, c: _pick(p, _CO_FAMILY, 3),
    "co_nom321": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 4),
    "co_fnac321": lambda p, c: f"{_kid(p, 2009, 16):%d/%m/%Y}",
    "co_sex321": lambda p, c: "M" if p.male else "F",
    "co_dir321": lambda p, c: _co(p)[0],
    "co_mun321": lambda p, c: _co(p)[1],
    "co_dep321": lambda p, c: _co(p)[2],
    "co_motivo321": lambda p, c: _pick(p, _CO_MOTIVO, 5),
    "co_medida321": lambda p, c: _pick(p, _CO_MEDIDA, 6),
    "co_defensor321": lambda p, c: _pick(p, _CO_DEFENSOR, 7),
    "co_acud321": lambda p, c: f"{_pick(p, _CO_GIVEN_F, 8)} {_pick(p, _CO_FAMILY, 3)} (abuela)",
    "co_tel321": lambda p, c: f"3{'012'[int(p.bhxh) % 3]}{p.bhxh[::-1][:8]}",
    "co_ie321": lambda p, c: _pick(p, _CO_IE, 9),
    "co_estado321": lambda p, c: _pick(p, _CO_ESTADO, 10),
    # Indonesia: children in a child welfare institution (LKSA)
    "id_nik321": lambda p, c: _nik(p, _id(p)[3], _kid(p, 2008, 16)),
    "id_kk321": lambda p, c: f"{_id(p)[3]}{p.other_date:%d%m%y}{p.bhxh[2:6]}",
    "id_name321": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 2)} {_pick(p, _ID_FAMILY, 3)}".title()
    ),
    "id_tpl321": lambda p, c: _id(p)[4],
    "id_tgl321": lambda p, c: f"{_kid(p, 2008, 16):%d-%m-%Y}",
    "id_sex321": lambda p, c: "L" if p.male else "P",
    "id_ayah321": lambda p, c: f"{_pick(p, _ID_GIVEN_M, 4)} (Alm.)".title(),
    "id_ibu321": lambda p, c: _pick(p, _ID_GIVEN_F, 5).title(),
    "id_status321": lambda p, c: _pick(p, _ID_STATUS, 6),
    "id_alamat321": lambda p, c: _id(p)[0],
    "id_desa321": lambda p, c: _id(p)[1],
    "id_kec321": lambda p, c: _id(p)[2],
    "id_sekolah321": lambda p, c: _pick(p, _ID_SCHOOLS, 7),
    "id_kelas321": lambda p, c: _pick(p, ("I", "III", "IV", "VII", "VIII", "X", "XI"), 8),
    "id_wali321": lambda p, c: _id_wali(p),
    "id_hpwali321": lambda p, c: f"08{'1257'[int(p.bhxh) % 4]}{p.bhxh[1:10]}",
}

__all__ = ["WRITERS_BLIND321"]
