"""How the people of the ninety-ninth part of the outside corpus (**blind 99**,
:mod:`lienthong.quality._corpus_blind99`) are written: four Vietnamese files' own columns (a
farmers' union member's branch and dues, a village health worker's allowance, a child's free
swimming class, a farm owner's farm certificate) and Lao, Myanmar, Filipino, Timorese and Papua
New Guinean names, places, phones and identity numbers in the forms their registers write them
(the Lao family book number, the Myanmar NRC in Burmese or Latin letters, the PhilSys card
number, the Timorese voter card, the PNG NID)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind85_writers import _items
from lienthong.quality._corpus_blind92_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_TB_HAMLETS = ("Thôn Thượng", "Thôn Trung", "Thôn Hạ", "Thôn Đồng Tâm", "Thôn An Lạc")
_VN_TB_COMMUNES = ("xã Vũ Hội", "xã Vũ Vinh", "xã Vũ Tiến", "xã Việt Hùng")
_VN_FARMER_JOBS = _items(
    "Trồng lúa; Chăn nuôi lợn; Trồng rau màu; Nuôi trồng thủy sản; Trồng lúa + chăn nuôi; "
    "Dịch vụ NN"
)
_VN_FARMER_TITLES = ("Hội viên", "Hội viên", "Hội viên", "Chi hội trưởng", "Chi hội phó")
_VN_FARMER_RANKS = ("SXKD giỏi cấp xã", "", "SXKD giỏi cấp huyện", "", "", "SXKD giỏi cấp tỉnh")

_VN_YT_VILLAGES = ("Bản Na Hay", "Bản Pá Khoang", "Bản Hua Ca", "Bản Huổi Lóng", "Bản Co Cượm")
_VN_YT_COMMUNES = ("xã Mường Phăng", "xã Nà Nhạn", "xã Pá Khoang", "xã Nà Tấu")
_VN_YT_ROLES = ("NVYT thôn bản", "NVYT thôn bản", "Cô đỡ thôn bản", "NVYT thôn bản kiêm CĐ")
_VN_YT_TRAINING = ("Sơ học 6 tháng", "Sơ học 9 tháng", "Y sĩ", "Cô đỡ 6 tháng", "Chưa qua ĐT")
_VN_YT_COEF = ("0,5", "0,5", "0,3", "0,5", "0,3")

_VN_HP_STREETS = _items("Lạch Tray; Văn Cao; Đà Nẵng; Trần Nguyên Hãn; Tô Hiệu; Hai Bà Trưng")
_VN_HP_WARDS = _items("phường Đằng Giang; phường Lạch Tray; phường Cầu Đất; phường An Biên")
_VN_SWIM_SCHOOLS = _items(
    "Trường TH Lê Văn Tám; Trường TH Đằng Giang; Trường TH Trần Quốc Toản; Trường THCS Ngô Quyền"
)
_VN_SWIM_POOLS = _items("Bể bơi Nhà văn hóa quận; Bể bơi di động TH Đằng Giang; Bể bơi CLB Hải Âu")
_VN_SWIM_CLASSES = ("Khóa 1 (03/6-21/6)", "Khóa 2 (24/6-12/7)", "Khóa 3 (15/7-02/8)")
_VN_SWIM_RESULTS = ("Biết bơi", "Biết bơi", "Biết bơi an toàn", "Chưa đạt", "Biết bơi")

_VN_LA_HAMLETS = ("Ap 3", "Ap Long Phu", "Ap Tan Hoa", "Ap 5", "Ap Binh Loi")
_VN_LA_COMMUNES = ("xa Thanh Loi", "xa Tan Binh", "xa Long Thanh", "xa My Lac")
_VN_FARM_KINDS = _items(
    "Trang trai chan nuoi; Trang trai trong trot; Trang trai nuoi trong thuy san; "
    "Trang trai tong hop; Trang trai chan nuoi"
)
_VN_FARM_THINGS = _items(
    "Heo thit 1.200 con; Thanh long 4,5 ha; Tom the 3 ao; Ga de 15.000 con; Bo thit 120 con"
)


def _farmer_address(p: Person) -> str:
    return (
        f"{_pick(p, _VN_TB_HAMLETS, 2)}, {_pick(p, _VN_TB_COMMUNES, 3)},"
        " huyện Vũ Thư, tỉnh Thái Bình"
    )


def _yt_address(p: Person) -> str:
    return (
        f"{_pick(p, _VN_YT_VILLAGES, 4)}, {_pick(p, _VN_YT_COMMUNES, 5)},"
        " huyện Điện Biên, tỉnh Điện Biên"
    )


def _yt_allowance(p: Person) -> int:
    """The monthly allowance: the coefficient times the base salary of 2 340 000 đồng."""
    return round(float(_pick(p, _VN_YT_COEF, 6).replace(",", ".")) * 2_340_000)


def _swim_address(p: Person) -> str:
    return (
        f"Số {_num(p, 180)} {_pick(p, _VN_HP_STREETS, 2)}, {_pick(p, _VN_HP_WARDS, 3)},"
        " quận Ngô Quyền, TP Hải Phòng"
    )


def _farm_address(p: Person) -> str:
    return f"{_pick(p, _VN_LA_HAMLETS, 2)}, {_pick(p, _VN_LA_COMMUNES, 3)}, huyen Thu Thua, Long An"


def _farm_site(p: Person) -> str:
    """Where the farm lies: often another hamlet or commune than the owner's home."""
    return f"{_pick(p, _VN_LA_HAMLETS, 7)}, {_pick(p, _VN_LA_COMMUNES, 8)}, huyen Thu Thua"


def _swim_birth(p: Person) -> date:
    """A pupil of 6 to 11 years old in the summer of 2025."""
    return date(2014 + int(p.bhxh) % 6, p.birth.month, min(p.birth.day, 28))


# -- Laos ---------------------------------------------------------------------------------------
_LA_GIVEN_M = _items("ສົມສັກ; ບຸນມີ; ຄຳພອນ; ວັນນະ; ສີສະຫວາດ; ພອນສະຫວັນ; ບົວລະພາ")
_LA_GIVEN_F = _items("ສຸລິຍາ; ນ້ອຍ; ແສງດາວ; ພອນປະເສີດ; ວຽງສະໄຫວ; ມະນີວອນ; ຄຳແພງ")
_LA_FAMILY = _items("ພົມມະຈັນ; ສີສຸວັນ; ແກ້ວມະນີ; ວົງສະຫວັນ; ພັນທະວົງ; ສຸລິວົງ; ອິນທະວົງ")
_LA_VILLAGES = _items("ບ້ານໂນນສະຫວ່າງ; ບ້ານດົງໂດກ; ບ້ານໂພນທັນ; ບ້ານນາແຮ່; ບ້ານທ່າງ່ອນ; ບ້ານຫ້ວຍຫົງ")
_LA_DISTRICTS = _items("ເມືອງໄຊທານີ; ເມືອງໄຊທານີ; ເມືອງສີສັດຕະນາກ; ເມືອງນາຊາຍທອງ")
_LA_VACCINES = ("Sinopharm", "AstraZeneca", "Pfizer", "Sinovac", "Sinopharm")
_LA_JOBS = _items("ຊາວນາ; ພະນັກງານລັດ; ນັກຮຽນ; ຄ້າຂາຍ; ກຳມະກອນ; ແມ່ບ້ານ")
_LA_PLACES = _items("ໂຮງໝໍເມືອງໄຊທານີ; ສຸກສາລາດົງໂດກ; ຫ້ອງການບ້ານໂນນສະຫວ່າງ; ຈຸດສັກເຄື່ອນທີ່")


def _la_name(p: Person) -> str:
    title = "ທ້າວ" if p.male else "ນາງ"
    return f"{title} {_by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 1)} {_pick(p, _LA_FAMILY, 2)}"


def _la_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"+856 20 {p.phone[2:6]} {p.phone[6:10]}"
    return f"020 {_pick(p, ('5', '9', '7', '2'), 3)}{p.phone[3:6]} {p.phone[6:10]}"


# -- Myanmar ------------------------------------------------------------------------------------
#: (state number, township code in Burmese, the same in Latin letters)
_MM_TOWNSHIPS = tuple(
    tuple(item.split("="))
    for item in _items(
        "12=လသယ=LaThaYa; 12=မရက=MaYaKa; 12=ကမရ=KaMaYa; 12=သကတ=ThaKaTa; "
        "9=မဟမ=MaHaMa; 7=ပခန=PaKhaNa; 12=အလန=AhLaNa"
    )
)
_MM_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
_MM_GIVEN_M = _items("ကျော်ဇင်; အောင်မျိုး; ဇော်မင်းထွန်း; နေလင်းအောင်; ဝင်းနိုင်; သန့်ဇင်ဦး")
_MM_GIVEN_F = _items("သီတာဝင်း; နန်းအေးမြ; ခင်မာလာ; ဖြူဖြူသင်း; စုမြတ်နိုး; နီလာထွန်း")
_MM_FATHERS = _items("ဦးမောင်မောင်; ဦးထွန်းလွင်; ဦးစိုးမြင့်; ဦးကျော်ဝင်း; ဦးအေးနိုင်")
_MM_STREETS = _items("Bo Aung Kyaw Street; Thudhamma Road; Anawrahta Road; Yadanar Street")
_MM_WARDS = _items("Ward (5); Ward (11); Ward (14); Ward (3)")
_MM_FACTORIES = _items(
    "Myanmar Yes Garment Co., Ltd.; Golden Lotus Footwear Ltd.; Shwe Pyi Thar Wig Factory; "
    "Asia Star Packaging Co., Ltd."
)
_MM_POSTS = _items("Sewing Operator; Helper; Line Leader; QC; Packer; Cutting Operator")


def _mm_name(p: Person) -> str:
    """The name with its honorific: ဦး/ဒေါ် for elders, ကို/မ for the young."""
    titles = ("ဦး", "ဒေါ်") if p.birth.year < 1976 else ("ကို", "မ")
    return titles[0 if p.male else 1] + _by_sex(p, _MM_GIVEN_M, _MM_GIVEN_F, 1)


def _mm_nrc(p: Person) -> str:
    state, burmese, latin = _MM_TOWNSHIPS[int(p.bhxh) // 7 % len(_MM_TOWNSHIPS)]
    serial = p.bhxh[-6:]
    if int(p.bhxh) % 3 == 0:
        return f"{state}/{latin}(N){serial}"
    return f"{state}/{burmese}(နိုင်){serial}".translate(_MM_DIGITS)


def _mm_phone(p: Person) -> str:
    lead = _pick(p, ("9", "7", "6", "4", "2"), 3)
    if int(p.bhxh) % 4 == 0:
        return f"+95 9 {lead}{p.phone[3:6]} {p.phone[6:10]}"
    return f"09-{lead}{p.phone[3:10]}"


def _mm_address(p: Person) -> str:
    return (
        f"No. {_num(p, 260)}, {_pick(p, _MM_STREETS, 2)}, {_pick(p, _MM_WARDS, 3)},"
        " Hlaing Tharyar Township, Yangon"
    )


# -- The Philippines ----------------------------------------------------------------------------
_PH_GIVEN_M = _items("Jerome; Rodel; Mark Anthony; Jonathan; Reynaldo; Arnel")
_PH_GIVEN_F = _items("Maricel; Rowena; Jocelyn; Analyn; Mary Grace; Lorna; Rosalie")
_PH_FAMILY = _items("Dela Cruz; Bautista; Villanueva; Macaraeg; Tolentino; Pascual; Manalo")
_PH_BARANGAYS = _items("Brgy. San Roque; Brgy. Poblacion; Brgy. Malued; Brgy. Bonuan Gueset")
_PH_SCHOOLS = _items(
    "Malued Elementary School; Dagupan City National High School; "
    "Bonuan Boquig National High School; West Central Elementary School I"
)
_PH_MODULES = _items(
    "Module 1: Ang Mabuting Magulang; Module 3: Kalusugan at Nutrisyon; "
    "Module 5: Pag-iipon at Pangangasiwa ng Pera; Module 7: Karapatan ng Bata"
)
_PH_STATUS = ("Compliant", "Compliant", "Compliant", "Non-compliant", "For case management")


def _ph_child(p: Person) -> str:
    return f"{_by_sex(p, _PH_GIVEN_F, _PH_GIVEN_M, 5)} {_pick(p, _PH_FAMILY, 2)}"


def _ph_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"+63 9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    return f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[-1]}"


# -- Timor-Leste --------------------------------------------------------------------------------
_TL_GIVEN_M = _items("Domingos; Agostinho; Mateus; Jacinto; Armando; Zeferino")
_TL_GIVEN_F = _items("Joaquina; Rosalina; Ermelinda; Felismina; Angelina; Madalena")
_TL_FAMILY = _items("da Costa; dos Santos; Soares; Guterres; Pereira Belo; Ximenes; da Silva")
#: (aldeia, suku, postu administrativu, munisípiu)
_TL_PLACES = tuple(
    tuple(item.split(" / "))
    for item in _items(
        "Aldeia Fatuhada / Fatuhada / Dom Aleixo / Díli; Aldeia 12 de Novembro / Comoro / "
        "Dom Aleixo / Díli; Aldeia Mota Ulun / Bairro Pite / Dom Aleixo / Díli; "
        "Aldeia Riheu / Dato / Liquiçá / Liquiçá; Aldeia Caicasa / Bahu / Baucau / Baucau"
    )
)


def _tl_place(p: Person) -> tuple[str, ...]:
    return _TL_PLACES[int(p.bhxh) // 9 % len(_TL_PLACES)]


def _tl_card(p: Person) -> str:
    return f"{p.bhxh[1:3]}{p.bhxh[-6:]}"


def _tl_phone(p: Person) -> str:
    lead = _pick(p, ("77", "78", "73", "74", "75"), 3)
    if int(p.bhxh) % 4 == 0:
        return f"+670 {lead}{p.phone[4:6]} {p.phone[6:10]}"
    return f"{lead}{p.phone[4:6]} {p.phone[6:10]}"


# -- Papua New Guinea ---------------------------------------------------------------------------
_PG_GIVEN_M = _items("Kila; John; Peter; Nelson; Joe; Michael; Tony")
_PG_GIVEN_F = _items("Mary; Grace; Anna; Ruth; Elizabeth; Kila; Naomi")
_PG_FAMILY = _items("Kapi; Yakam; Bomai; Ombe; Wai; Kuman; Gela; Toka")
_PG_VILLAGES = _items("Kamaliki; Asaro; Bena; Kotuni; Lufa Station; Okiufa; Heganofi")
_PG_DISTRICTS = _items("Goroka; Daulo; Unggai-Bena; Lufa; Henganofi")
_PG_BUYERS = _items("WR Carpenter Estates; Monpi Coffee Exports; Sero Coffee; Kongo Coffee Ltd")


def _pg_name(p: Person) -> str:
    return f"{_by_sex(p, _PG_GIVEN_M, _PG_GIVEN_F, 1)} {_pick(p, _PG_FAMILY, 2)}"


def _pg_nid(p: Person) -> str:
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"


def _pg_phone(p: Person) -> str:
    lead = _pick(p, ("7", "8"), 3)
    if int(p.bhxh) % 3 == 0:
        return f"+675 {lead}{p.phone[3:6]} {p.phone[6:10]}"
    return f"{lead}{p.phone[3:6]} {p.phone[6:10]}"


WRITERS_BLIND99: dict[str, Callable[[Person, Col], object]] = {
    "farmer_addr99": lambda p, c: _farmer_address(p),
    "farmer_branch99": lambda p, c: f"Chi hội {_pick(p, _VN_TB_HAMLETS, 2)[5:]}",
    "farmer_job99": lambda p, c: _pick(p, _VN_FARMER_JOBS, 4),
    "farmer_title99": lambda p, c: _pick(p, _VN_FARMER_TITLES, 5),
    "farmer_card99": lambda p, c: f"{_num(p, 900):04d}/TB-VT",
    "farmer_join99": lambda p, c: f"{_shift_date(p.other_date, -1 - int(p.bhxh) % 20):%d/%m/%Y}",
    "farmer_dues99": lambda p, c: 24000,
    "farmer_rank99": lambda p, c: _pick(p, _VN_FARMER_RANKS, 6),
    "yt_addr99": lambda p, c: _yt_address(p),
    "yt_ethnic99": lambda p, c: _pick(p, ("Thái", "Thái", "Mông", "Khơ Mú", "Kinh"), 9),
    "yt_village99": lambda p, c: _pick(p, _VN_YT_VILLAGES, 4),
    "yt_role99": lambda p, c: _pick(p, _VN_YT_ROLES, 7),
    "yt_training99": lambda p, c: _pick(p, _VN_YT_TRAINING, 8),
    "yt_coef99": lambda p, c: _pick(p, _VN_YT_COEF, 6),
    "yt_allowance99": lambda p, c: _yt_allowance(p),
    "yt_months99": lambda p, c: 6,
    "yt_total99": lambda p, c: _yt_allowance(p) * 6,
    "yt_account99": lambda p, c: f"8{p.bhxh[2:]}{p.phone[-3:]}",
    "swim_birth99": lambda p, c: f"{_swim_birth(p):%d/%m/%Y}",
    "swim_school99": lambda p, c: _pick(p, _VN_SWIM_SCHOOLS, 2),
    "swim_class99": lambda p, c: f"{_num(p, 5)}{_pick(p, ('A', 'B', 'C', 'D'), 3)}",
    "swim_parent99": lambda p, c: _other_vn(p, 4, family=p.family),
    "swim_parent_phone99": lambda p, c: _other_phone(p),
    "swim_addr99": lambda p, c: _swim_address(p),
    "swim_pool99": lambda p, c: _pick(p, _VN_SWIM_POOLS, 4),
    "swim_course99": lambda p, c: _pick(p, _VN_SWIM_CLASSES, 5),
    "swim_result99": lambda p, c: _pick(p, _VN_SWIM_RESULTS, 6),
    "farm_addr99": lambda p, c: _farm_address(p),
    "farm_site99": lambda p, c: _farm_site(p),
    "farm_kind99": lambda p, c: _pick(p, _VN_FARM_KINDS, 4),
    "farm_area99": lambda p, c: f"{1 + int(p.bhxh[-4:]) % 90 / 10:.1f}".replace(".", ","),
    "farm_things99": lambda p, c: _pick(p, _VN_FARM_THINGS, 4),
    "farm_revenue99": lambda p, c: _dotted((2 + int(p.bhxh[-3:]) % 40) * 100_000_000),
    "farm_workers99": lambda p, c: 2 + int(p.bhxh[-2:]) % 12,
    "farm_cert99": lambda p, c: f"{_num(p, 120):02d}/GCN-UBND",
    "la_name99": lambda p, c: _la_name(p),
    "la_sex99": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "la_family_book99": lambda p, c: f"{p.bhxh[-5:]}/{_num(p, 40):02d}",
    "la_village99": lambda p, c: _pick(p, _LA_VILLAGES, 4),
    "la_district99": lambda p, c: _pick(p, _LA_DISTRICTS, 5),
    "la_province99": lambda p, c: "ນະຄອນຫຼວງວຽງຈັນ",
    "la_phone99": lambda p, c: _la_phone(p),
    "la_job99": lambda p, c: _pick(p, _LA_JOBS, 6),
    "la_vaccine99": lambda p, c: _pick(p, _LA_VACCINES, 7),
    "la_dose99": lambda p, c: _pick(p, ("1", "2", "3 (ເຂັມກະຕຸ້ນ)", "2"), 8),
    "la_lot99": lambda p, c: f"{_pick(p, ('202108', '202111', '202203'), 2)}{p.bhxh[-3:]}",
    "la_place99": lambda p, c: _pick(p, _LA_PLACES, 3),
    "mm_name99": lambda p, c: _mm_name(p),
    "mm_father99": lambda p, c: _pick(p, _MM_FATHERS, 2),
    "mm_nrc99": lambda p, c: _mm_nrc(p),
    "mm_sex99": lambda p, c: "ကျား" if p.male else "မ",
    "mm_ssb99": lambda p, c: f"YGN-HTY-{p.bhxh[:7]}",
    "mm_factory99": lambda p, c: _pick(p, _MM_FACTORIES, 4),
    "mm_post99": lambda p, c: _pick(p, _MM_POSTS, 5),
    "mm_wage99": lambda p, c: f"{4800 * 26 + _num(p, 60) * 1000:,}",
    "mm_contrib99": lambda p, c: f"{round((4800 * 26 + _num(p, 60) * 1000) * 0.02):,}",
    "mm_phone99": lambda p, c: _mm_phone(p),
    "mm_addr99": lambda p, c: _mm_address(p),
    "ph_hh99": lambda p, c: f"015518001-{p.bhxh[-5:]}-0000{p.bhxh[0]}",
    "ph_family99": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given99": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle99": lambda p, c: _pick(p, _PH_FAMILY, 7),
    "ph_sex99": lambda p, c: "M" if p.male else "F",
    "ph_pcn99": lambda p, c: (
        f"{p.bhxh[:4]} {p.bhxh[4:8]} {p.bhxh[8:]}{p.phone[2:4]} {p.phone[4:8]}"
    ),
    "ph_barangay99": lambda p, c: _pick(p, _PH_BARANGAYS, 3),
    "ph_phone99": lambda p, c: _ph_phone(p),
    "ph_child99": lambda p, c: _ph_child(p),
    "ph_school99": lambda p, c: _pick(p, _PH_SCHOOLS, 4),
    "ph_grade99": lambda p, c: f"Grade {_num(p, 12)}",
    "ph_attend99": lambda p, c: f"{78 + int(p.bhxh[-2:]) % 23}%",
    "ph_module99": lambda p, c: _pick(p, _PH_MODULES, 5),
    "ph_status99": lambda p, c: _pick(p, _PH_STATUS, 6),
    "ph_grant99": lambda p, c: f"{750 + 300 * (int(p.bhxh[-1]) % 3) + 500:,.2f}",
    "ph_cml99": lambda p, c: "Ma. Theresa P. Abalos, RSW",
    "tl_name99": lambda p, c: (
        f"{_by_sex(p, _TL_GIVEN_M, _TL_GIVEN_F, 1)} {_pick(p, _TL_FAMILY, 2)}"
    ),
    "tl_sex99": lambda p, c: "Mane" if p.male else "Feto",
    "tl_card99": lambda p, c: _tl_card(p),
    "tl_aldeia99": lambda p, c: _tl_place(p)[0],
    "tl_suku99": lambda p, c: _tl_place(p)[1],
    "tl_posto99": lambda p, c: _tl_place(p)[2],
    "tl_munisipiu99": lambda p, c: _tl_place(p)[3],
    "tl_head99": lambda p, c: "Sin" if int(p.bhxh) % 3 else "Lae",
    "tl_members99": lambda p, c: 1 + int(p.bhxh[-2:]) % 9,
    "tl_phone99": lambda p, c: _tl_phone(p),
    "tl_basket99": lambda p, c: _pick(p, ("Fos 25 kg + mina 2 L", "Fos 50 kg + mina 5 L"), 4),
    "tl_value99": lambda p, c: f"US$ {_pick(p, ('40.00', '75.00'), 4)}",
    "tl_officer99": lambda p, c: f"{_pick(p, _TL_GIVEN_M, 6)} {_pick(p, _TL_FAMILY, 7)}",
    "pg_name99": lambda p, c: _pg_name(p),
    "pg_sex99": lambda p, c: "Man" if p.male else "Meri",
    "pg_nid99": lambda p, c: _pg_nid(p),
    "pg_village99": lambda p, c: _pick(p, _PG_VILLAGES, 4),
    "pg_district99": lambda p, c: _pick(p, _PG_DISTRICTS, 5),
    "pg_province99": lambda p, c: "Eastern Highlands",
    "pg_phone99": lambda p, c: _pg_phone(p),
    "pg_trees99": lambda p, c: 200 + int(p.bhxh[-3:]) * 3,
    "pg_garden99": lambda p, c: f"{0.2 + int(p.bhxh[-2:]) % 25 / 10:.1f}",
    "pg_buyer99": lambda p, c: _pick(p, _PG_BUYERS, 6),
    "pg_kilo99": lambda p, c: 50 + int(p.bhxh[-3:]) % 900,
    "pg_officer99": lambda p, c: f"{_pick(p, _PG_GIVEN_M, 7)} {_pick(p, _PG_FAMILY, 8)}",
}

__all__ = ["WRITERS_BLIND99"]
