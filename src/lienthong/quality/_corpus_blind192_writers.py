"""How the people of the hundred-and-ninety-second part of the outside corpus (**blind 192**,
:mod:`lienthong.quality._corpus_blind192`) are written: four Vietnamese files' own columns (a flat
owner's 2% maintenance fund, a tree to fell or prune, unemployment benefit to pay back, crops wild
elephants trampled) and Nigerian, Ghanaian, Cameroonian, Ivorian and Guinean names, places, phones
and identity numbers in the forms their papers show (the NIN and BVN, the Ghana Card PIN, the
Cameroonian CNI, the Ivorian CNI, the Guinean NIN; Yoruba, Hausa, Igbo, Akan, Ewe, Bassa, Bamiléké,
Akan-Baoulé, Dioula and Pular names)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind57_writers import _nin
from lienthong.quality._corpus_blind82_writers import _cni_cm
from lienthong.quality._corpus_blind90_writers import _gh_card
from lienthong.quality._corpus_blind131_writers import _gn_nin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: a flat's maintenance fund, a tree to fell, benefit paid back, elephant damage --------
_VN_TOWERS = ("Tòa A1", "Tòa A2", "Tòa B", "Tòa C (CT3)", "Block D")
_VN_FUND_PAID = ("Đã nộp đủ", "Đã nộp đủ", "Nộp 50%", "Chưa nộp", "Đã nộp đủ", "CĐT giữ lại")
_VN_TREES = ("Sao đen", "Dầu rái", "Me tây", "Bàng", "Phượng vĩ", "Xà cừ", "Lim xẹt", "Sọ khỉ")
_VN_TREE_PLACES = (
    "Vỉa hè trước nhà",
    "Vỉa hè hông nhà",
    "Dải phân cách đối diện nhà",
    "Hẻm trước nhà",
    "Sát tường rào",
)
_VN_TREE_REQUESTS = ("Chặt hạ", "Cắt tỉa tán", "Dịch chuyển", "Cắt tỉa, khống chế chiều cao")
_VN_TREE_REASONS = (
    "Cây nghiêng, nguy cơ ngã đổ",
    "Rễ làm nứt nhà, hỏng cống thoát nước",
    "Cây sâu mục thân",
    "Tán cây chạm đường dây điện",
    "Vướng lối ra vào, xây dựng nhà",
)
_VN_SURVEY = ("Đồng ý chặt hạ", "Đề nghị cắt tỉa", "Không đủ điều kiện", "Đồng ý", "Chờ hội đồng")
_VN_REFUND_WHY = (
    "Có việc làm mới không thông báo",
    "Đã giao kết HĐLĐ trong thời gian hưởng",
    "Hưởng lương hưu",
    "Đi nghĩa vụ quân sự",
    "Không thông báo tìm kiếm việc làm 2 tháng",
    "Ra nước ngoài định cư",
)
_VN_NEW_EMPLOYERS = (
    "Cty TNHH Pouyuen VN",
    "Cty CP May Việt Tiến",
    "Cty TNHH Changshin VN",
    "",
    "Cty TNHH Samsung Electronics VN THN",
    "",
)
_VN_CROPS = ("Lúa", "Mía", "Sắn (mì)", "Ngô", "Chuối", "Điều", "Bưởi", "Xoài")
_VN_LOSSES = (("Trên 70%", 4_000), ("30% - 70%", 2_000), ("Trên 70%", 4_000), ("Dưới 30%", 0))
_VN_RANGERS = ("KL Nguyễn Văn Thắng", "KL Trần Thị Huyền", "KL Lê Quốc Bảo", "KL Vi Văn Hòa")
# -- Nigeria: NYSC corps members at the state orientation camp -----------------------------------
_NG_SURNAMES = (
    "Adeyemi",
    "Okonkwo",
    "Bello",
    "Nwachukwu",
    "Olatunji",
    "Danjuma",
    "Eze",
    "Ogunbiyi",
    "Abdullahi",
    "Uchenna",
)
_NG_OTHER_M = (
    "Oluwafemi Daniel",
    "Chinonso Kelechi",
    "Aminu Sani",
    "Tobiloba",
    "Ifeanyi Victor",
    "Usman Garba",
)
_NG_OTHER_F = (
    "Oluwabukola Grace",
    "Chidinma Adaeze",
    "Fatima Zahra",
    "Temitope Esther",
    "Ngozi Ijeoma",
    "Hauwa Maryam",
)
#: (state of origin, LGA of origin)
_NG_ORIGINS = (
    ("Oyo", "Ibadan North"),
    ("Anambra", "Nnewi North"),
    ("Kano", "Nassarawa"),
    ("Imo", "Owerri Municipal"),
    ("Ogun", "Abeokuta South"),
    ("Kaduna", "Zaria"),
    ("Enugu", "Nsukka"),
    ("Kwara", "Ilorin West"),
)
_NG_INSTITUTIONS = (
    "University of Ibadan",
    "Nnamdi Azikiwe University, Awka",
    "Bayero University, Kano",
    "Federal University of Technology, Owerri",
    "Yaba College of Technology",
    "Kaduna Polytechnic",
)
_NG_COURSES = ("Accounting", "Microbiology", "Civil Engineering", "Mass Communication", "Law")
#: (PPA, its address)
_NG_PPAS = (
    ("Govt. Sec. Sch. Kubwa", "Kubwa, Bwari Area Council, FCT"),
    ("Federal Medical Centre", "Jabi, Abuja"),
    ("Local Govt. Secretariat", "Gwagwalada Area Council, FCT"),
    ("Unity Bank PLC", "Plot 42, Ralph Shodeinde St, Central Business District, Abuja"),
    ("LEA Primary School Dutse", "Dutse Alhaji, Bwari, FCT"),
)
_NG_HOMES = (
    "Block 5 Flat 2, Kado Estate, Kado, Abuja",
    "No 14, Adebola Street, Surulere, Lagos",
    "House 7, Ahmadu Bello Way, Kaduna",
    "12 Obafemi Awolowo Rd, Ikeja, Lagos",
    "Plot 3, Aba Road, Port Harcourt, Rivers State",
    "No 9, Zoo Road, Gyadi-Gyadi, Kano",
)
_NG_PREFIXES = ("0803", "0806", "0813", "0703", "0810", "0905", "0816", "0701", "0802")
# -- Ghana: Planting for Food and Jobs farmers -----------------------------------------------------
_GH_NAMES_M = (
    "Kwame Owusu-Ansah",
    "Yaw Boakye",
    "Kofi Asamoah",
    "Kwadwo Nkansah",
    "Selorm Agbeko",
    "Abdul-Rahman Issahaku",
)
_GH_NAMES_F = (
    "Akosua Frimpong",
    "Abena Serwaa Adjei",
    "Yaa Asantewaa Mensah",
    "Afua Konadu",
    "Dzifa Ahiable",
    "Mariama Seidu",
)
#: (region, district, community, the GhanaPostGPS letters of the district)
_GH_PLACES = (
    ("Ashanti", "Ejura-Sekyedumase", "Hiawoanwu", "AE"),
    ("Bono East", "Techiman North", "Tuobodom", "BT"),
    ("Eastern", "Kwahu Afram Plains South", "Tease", "EK"),
    ("Volta", "Ho West", "Dzolokpuita", "VH"),
    ("Northern", "Savelugu", "Pong-Tamale", "NS"),
    ("Ahafo", "Asunafo North", "Kasapin", "BA"),
)
_GH_CROPS = ("Maize", "Rice", "Soybean", "Cassava", "Yam", "Plantain", "Cowpea")
_GH_INPUTS = (
    "NPK 15-15-15 x 4 bags",
    "Urea x 2 bags; seed 10kg",
    "NPK x 2 bags",
    "Certified seed 25kg",
    "NPK x 6 bags; Sulphan x 2",
)
_GH_AEAS = ("Mr. Felix Atta-Mensah", "Mad. Gifty Ofori", "Mr. Iddrisu Mahama", "Mr. Eli Kpodo")
_GH_FBOS = ("Nkabom Farmers Ass.", "Adom Nyame FBO", "", "Bonsu Maize Growers", "")
_GH_PREFIXES = ("024", "054", "055", "020", "050", "027", "059")
# -- Cameroon: a health district's vaccination register -------------------------------------------
_CM_FAMILY = ("NGANDO", "TAKEM", "FONKOU", "BIYONG", "NJIKAM", "ATANGANA", "NFOR", "EBOT")
_CM_GIVEN_M = ("Armand", "Divine Ngwa", "Serges Blaise", "Ibrahim", "Cyrille", "Godlove")
_CM_GIVEN_F = ("Rosine", "Brenda Ayuk", "Carine Laure", "Hadidja", "Odette", "Quinta")
#: (quarter, subdivision, health facility)
_CM_PLACES = (
    ("Molyko", "Buea", "CMA Molyko / Molyko IHC"),
    ("Mile 4 Nkwen", "Bamenda III", "Nkwen Integrated Health Centre"),
    ("Biyem-Assi", "Yaoundé VI", "CSI Biyem-Assi"),
    ("Bonamoussadi", "Douala V", "Hôpital de District de Bonassama"),
    ("Famla", "Bafoussam I", "CSI de Famla"),
    ("Mokolo", "Yaoundé II", "CMA de la Briqueterie"),
)
_CM_JOBS = ("Commerçant(e) / Trader", "Enseignant(e) / Teacher", "Élève / Student", "Infirmier(e)")
#: (vaccine, the letters its batch numbers begin with)
_CM_VACCINES = (
    ("Hépatite B (Euvax B)", "UJ"),
    ("Hepatitis B", "HB"),
    ("VAT / Td", "TD"),
    ("Fièvre jaune / Yellow fever", "YF"),
)
_CM_DOSES = ("1ère dose / 1st", "2e dose / 2nd", "Rappel / Booster", "Dose unique")
_CM_VACCINATORS = (
    "IDE Mbah Clarisse",
    "Nurse Tabe Emmanuel",
    "IDE Owona Gaston",
    "Nurse Fri Doris",
)
# -- Côte d'Ivoire: the youth employment agency's job seekers ------------------------------------
_CI_NOMS = ("KOUAMÉ", "DIABATÉ", "KOFFI", "SORO", "ASSI", "FOFANA", "AKA", "GBAGBO", "OUATTARA")
_CI_PRENOMS_M = ("Konan Arsène", "Ibrahim", "Yao Jean-Marc", "Lassina", "Kouakou Éric", "Zié")
_CI_PRENOMS_F = ("Ahou Sandrine", "Fanta", "Amoin Estelle", "Nogoye", "Aya Prisca", "Salimata")
#: (commune, quartier)
_CI_PLACES = (
    ("Yopougon", "Niangon Sud"),
    ("Abobo", "PK 18"),
    ("Cocody", "Angré 8e Tranche"),
    ("Koumassi", "Remblais"),
    ("Port-Bouët", "Vridi Cité"),
    ("Treichville", "Avenue 16"),
    ("Adjamé", "220 Logements"),
    ("Marcory", "Zone 4"),
)
_CI_BIRTHPLACES = ("Bouaké", "Daloa", "Korhogo", "Abidjan", "Divo", "Odienné", "San-Pédro")
_CI_DIPLOMAS = ("BEPC", "BAC", "BTS", "Licence", "Master", "CAP", "Sans diplôme")
_CI_SPECS = ("Comptabilité", "Électricité bâtiment", "Informatique", "Logistique", "Couture", "-")
_CI_PROGS = (
    "Stage de qualification",
    "Programme d'apprentissage",
    "Travaux à haute intensité de main-d'œuvre (THIMO)",
    "Formation complémentaire qualifiante",
    "En attente",
)
_CI_HOSTS = ("SODECI", "Mairie de Yopougon", "PAA - Port Autonome", "", "CIE", "Orange CI", "")
# -- Guinea: pilgrims of the Hajj ------------------------------------------------------------------
_GN_FAMILY = ("DIALLO", "BAH", "BARRY", "SOW", "BALDÉ", "CAMARA", "KEÏTA", "SYLLA")
_GN_GIVEN_M = (
    "Mamadou Saliou",
    "Thierno Ibrahima",
    "Alpha Oumar",
    "Amadou Oury",
    "Elhadj Boubacar",
)
_GN_GIVEN_F = ("Fatoumata Binta", "Kadiatou", "Mariama Dalanda", "Aïssatou", "Hadja Ramatoulaye")
#: (préfecture, quartier and commune)
_GN_PLACES = (
    ("Conakry", "Hamdallaye, Ratoma"),
    ("Conakry", "Matoto Marché, Matoto"),
    ("Labé", "Kouroula, Commune urbaine de Labé"),
    ("Pita", "Ley-Sare, Commune urbaine de Pita"),
    ("Mamou", "Petel, Commune urbaine de Mamou"),
    ("Dalaba", "Tinka, Commune urbaine de Dalaba"),
)
_GN_BIRTHPLACES = ("Labé", "Pita", "Timbi-Madina", "Mamou", "Conakry", "Télimélé", "Lélouma")
_GN_LINKS = ("Époux", "Fils", "Frère", "Époux", "Père")
_GN_AGENCIES = ("Hadj Voyages Conakry", "Agence Al-Qods", "Bah & Frères Voyages", "Agence Safa")


def _place(p: Person, places: tuple[_T, ...], salt: int = 7) -> _T:
    return places[int(p.bhxh) // salt % len(places)]


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _area(p: Person) -> float:
    return round(45 + _num(p, 60) + _num(p, 9) / 10, 1)


def _flat_price(p: Person) -> int:
    return int(_area(p) * (_num(p, 12) + 28) * 1_000_000) // 1000 * 1000


def _refund(p: Person) -> int:
    return (_num(p, 3) + 1) * (_num(p, 40) + 30) * 100_000


def _loss(p: Person) -> tuple[str, int]:
    """How much of the crop was lost and the đồng per square metre paid for it."""
    return _VN_LOSSES[int(p.bhxh) // 5 % len(_VN_LOSSES)]


def _ng_phone(p: Person, salt: int = 1) -> str:
    return f"{_pick(p, _NG_PREFIXES, salt)}{p.phone[3:10]}"


def _bvn(p: Person) -> str:
    """A Bank Verification Number: eleven digits beginning 22."""
    return f"22{p.bhxh[::-1][:9]}"


def _ng_name(p: Person) -> tuple[str, str]:
    return _pick(p, _NG_SURNAMES, 2), _by_sex(p, _NG_OTHER_M, _NG_OTHER_F, 3)


def _ng_state_code(p: Person) -> str:
    return f"FC/25B/{p.bhxh[-4:]}"


def _cm_phone(p: Person) -> str:
    lead = _pick(p, ("6 77", "6 99", "6 75", "6 55", "6 80"), 2)
    return f"{lead} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _ci_phone(p: Person) -> str:
    lead = _pick(p, ("07", "05", "01"), 3)
    return f"{lead} {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _ci_cni(p: Person) -> str:
    """The number of the Ivorian biometric CNI: CI and nine digits."""
    return f"CI{p.bhxh[1:10]}"


def _gn_phone(p: Person) -> str:
    lead = _pick(p, ("620", "622", "655", "664", "628"), 4)
    return f"{lead} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


WRITERS_BLIND192: dict[str, Callable[[Person, Col], object]] = {
    "apt192": lambda p, c: f"{_num(p, 25) + 3:02d}{_num(p, 12):02d}",
    "tower192": lambda p, c: _pick(p, _VN_TOWERS, 2),
    "area192": lambda p, c: f"{_area(p):.1f}".replace(".", ","),
    "price192": lambda p, c: _dotted(_flat_price(p)),
    "fund192": lambda p, c: _dotted(_flat_price(p) // 50),
    "paid192": lambda p, c: _pick(p, _VN_FUND_PAID, 3),
    "receipt192": lambda p, c: f"PT{p.other_date:%y}-{_num(p, 900):04d}",
    "tree_loc192": lambda p, c: f"{_pick(p, _VN_TREE_PLACES, 2)} số {_num(p, 200)}",
    "tree192": lambda p, c: _pick(p, _VN_TREES, 3),
    "girth192": lambda p, c: str(_num(p, 90) + 30),
    "height192": lambda p, c: str(_num(p, 18) + 6),
    "request192": lambda p, c: _pick(p, _VN_TREE_REQUESTS, 4),
    "reason192": lambda p, c: _pick(p, _VN_TREE_REASONS, 5),
    "survey192": lambda p, c: _pick(p, _VN_SURVEY, 6),
    "surveyor192": lambda p, c: _other_vn(p, 7),
    "fee192": lambda p, c: _pick(p, ("0", "1.250.000", "850.000", "0", "2.400.000"), 8),
    "qd192": lambda p, c: f"{_num(p, 9000) + 100}/QĐ-SLĐTBXH",
    "months192": lambda p, c: str(_num(p, 9) + 3),
    "wrong_months192": lambda p, c: f"{_num(p, 8):02d}/2025 - {_num(p, 8) + _num(p, 4):02d}/2025",
    "why192": lambda p, c: _pick(p, _VN_REFUND_WHY, 3),
    "refund192": lambda p, c: _dotted(_refund(p)),
    "refunded192": lambda p, c: _pick(p, ("Đã nộp", "Chưa nộp", "Nộp 1 phần", "Đã nộp"), 4),
    "new_employer192": lambda p, c: _pick(p, _VN_NEW_EMPLOYERS, 5),
    "plot192": lambda p, c: f"Thửa {_num(p, 400)}, tờ BĐ số {_num(p, 60)}",
    "crop192": lambda p, c: _pick(p, _VN_CROPS, 3),
    "dmg_area192": lambda p, c: _dotted((_num(p, 50) + 2) * 100),
    "pct192": lambda p, c: _loss(p)[0],
    "aid192": lambda p, c: _dotted((_num(p, 50) + 2) * 100 * _loss(p)[1]),
    "ranger192": lambda p, c: _pick(p, _VN_RANGERS, 6),
    "headman192": lambda p, c: _other_vn(p, 8, True),
    "account192": lambda p, c: f"5{p.bhxh[1:4]}20{p.bhxh[4:10]}",
    "ng_code192": lambda p, c: _ng_state_code(p),
    "ng_callup192": lambda p, c: (
        f"NYSC/{_pick(p, ('UIB', 'UNZ', 'BUK', 'FUT', 'YCT'), 4)}/2025/{p.bhxh[2:8]}"
    ),
    "ng_sur192": lambda p, c: _ng_name(p)[0],
    "ng_other192": lambda p, c: _ng_name(p)[1],
    "ng_sex192": lambda p, c: "M" if p.male else "F",
    "ng_nin192": lambda p, c: _nin(p),
    "ng_bvn192": lambda p, c: _bvn(p),
    "ng_phone192": lambda p, c: _ng_phone(p),
    "ng_inst192": lambda p, c: _pick(p, _NG_INSTITUTIONS, 5),
    "ng_course192": lambda p, c: _pick(p, _NG_COURSES, 6),
    "ng_origin192": lambda p, c: _place(p, _NG_ORIGINS, 3)[0],
    "ng_lga192": lambda p, c: _place(p, _NG_ORIGINS, 3)[1],
    "ng_ppa192": lambda p, c: _place(p, _NG_PPAS, 5)[0],
    "ng_ppa_addr192": lambda p, c: _place(p, _NG_PPAS, 5)[1],
    "ng_addr192": lambda p, c: _pick(p, _NG_HOMES, 11),
    "ng_kin192": lambda p, c: (
        f"{_pick(p, ('Mr', 'Mrs', 'Alhaji', 'Chief'), 7)} "
        f"{_pick(p, _NG_OTHER_M, 8).split()[0]} {_ng_name(p)[0]}"
    ),
    "ng_kin_phone192": lambda p, c: _ng_phone(p, 9)[:4] + p.bhxh[::-1][:7],
    "gh_card192": lambda p, c: _gh_card(p),
    "gh_name192": lambda p, c: _by_sex(p, _GH_NAMES_M, _GH_NAMES_F, 2),
    "gh_sex192": lambda p, c: "Male" if p.male else "Female",
    "gh_phone192": lambda p, c: f"{_pick(p, _GH_PREFIXES, 3)} {p.phone[3:6]} {p.phone[6:10]}",
    "gh_region192": lambda p, c: _place(p, _GH_PLACES)[0],
    "gh_district192": lambda p, c: _place(p, _GH_PLACES)[1],
    "gh_comm192": lambda p, c: _place(p, _GH_PLACES)[2],
    "gh_gps192": lambda p, c: f"{_place(p, _GH_PLACES)[3]}-{p.bhxh[1:4]}-{p.bhxh[5:9]}",
    "gh_crop192": lambda p, c: _pick(p, _GH_CROPS, 5),
    "gh_acres192": lambda p, c: f"{_num(p, 9) + 1}.{_num(p, 2) * 5 - 5}",
    "gh_inputs192": lambda p, c: _pick(p, _GH_INPUTS, 6),
    "gh_due192": lambda p, c: f"{(_num(p, 20) + 2) * 185:,}.00",
    "gh_aea192": lambda p, c: _pick(p, _GH_AEAS, 7),
    "gh_fbo192": lambda p, c: _pick(p, _GH_FBOS, 8),
    "cm_name192": lambda p, c: f"{_pick(p, _CM_FAMILY, 2)} {_by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F)}",
    "cm_sex192": lambda p, c: "M" if p.male else "F",
    "cm_cni192": lambda p, c: _cni_cm(p),
    "cm_phone192": lambda p, c: _cm_phone(p),
    "cm_quarter192": lambda p, c: _place(p, _CM_PLACES, 5)[0],
    "cm_sub192": lambda p, c: _place(p, _CM_PLACES, 5)[1],
    "cm_job192": lambda p, c: _pick(p, _CM_JOBS, 3),
    "cm_vax192": lambda p, c: _place(p, _CM_VACCINES, 4)[0],
    "cm_lot192": lambda p, c: f"{_place(p, _CM_VACCINES, 4)[1]}{p.bhxh[-5:]}",
    "cm_dose192": lambda p, c: _pick(p, _CM_DOSES, 6),
    "cm_fosa192": lambda p, c: _place(p, _CM_PLACES, 5)[2],
    "cm_vaccinator192": lambda p, c: _pick(p, _CM_VACCINATORS, 7),
    "cm_next192": lambda p, c: f"{p.other_date + timedelta(days=28 + _num(p, 3)):%d/%m/%Y}",
    "ci_aej192": lambda p, c: f"AEJ-ABJ-{p.other_date:%Y}-{p.bhxh[-6:]}",
    "ci_nom192": lambda p, c: _pick(p, _CI_NOMS, 2),
    "ci_prenoms192": lambda p, c: _by_sex(p, _CI_PRENOMS_M, _CI_PRENOMS_F, 3),
    "ci_sex192": lambda p, c: "M" if p.male else "F",
    "ci_lieu192": lambda p, c: _pick(p, _CI_BIRTHPLACES, 4),
    "ci_cni192": lambda p, c: _ci_cni(p),
    "ci_phone192": lambda p, c: _ci_phone(p),
    "ci_commune192": lambda p, c: _place(p, _CI_PLACES, 5)[0],
    "ci_quartier192": lambda p, c: _place(p, _CI_PLACES, 5)[1],
    "ci_diplome192": lambda p, c: _pick(p, _CI_DIPLOMAS, 6),
    "ci_spec192": lambda p, c: _pick(p, _CI_SPECS, 7),
    "ci_prog192": lambda p, c: _pick(p, _CI_PROGS, 8),
    "ci_host192": lambda p, c: _pick(p, _CI_HOSTS, 9),
    "gn_prenoms192": lambda p, c: _by_sex(p, _GN_GIVEN_M, _GN_GIVEN_F, 2),
    "gn_nom192": lambda p, c: _pick(p, _GN_FAMILY, 3),
    "gn_sex192": lambda p, c: "Masculin" if p.male else "Féminin",
    "gn_lieu192": lambda p, c: _pick(p, _GN_BIRTHPLACES, 4),
    "gn_nin192": lambda p, c: _gn_nin(p),
    "gn_pass192": lambda p, c: f"R{p.bhxh[2:10]}",
    "gn_passexp192": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "gn_mahram192": lambda p, c: (
        "" if p.male else f"{_pick(p, _GN_GIVEN_M, 5)} {_pick(p, _GN_FAMILY, 3)}"
    ),
    "gn_lien192": lambda p, c: "" if p.male else _pick(p, _GN_LINKS, 6),
    "gn_pref192": lambda p, c: _place(p, _GN_PLACES, 5)[0],
    "gn_addr192": lambda p, c: ", ".join(_place(p, _GN_PLACES, 5)[::-1]),
    "gn_phone192": lambda p, c: _gn_phone(p),
    "gn_agence192": lambda p, c: _pick(p, _GN_AGENCIES, 7),
    "gn_montant192": lambda p, c: _dotted(68_500_000 + _num(p, 4) * 1_500_000),
    "gn_vax192": lambda p, c: f"{p.other_date - timedelta(days=20 + _num(p, 30)):%d/%m/%Y}",
}
