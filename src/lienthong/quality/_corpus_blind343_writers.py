"""How the people of the three-hundred-and-forty-third part of the outside corpus (**blind 343**,
:mod:`lienthong.quality._corpus_blind343`) are written: race bibs, T-shirt sizes and emergency
contacts of a city marathon, a public pool's swimming test levels, a gym software's member
export, a provincial sports school's squads, and the registers of Rwanda, Uganda, Zambia, Malawi
and Cameroon with their own identity numbers (the Rwandan 16-digit indangamuntu with the birth
year and sex inside, the Ugandan NIN, the Zambian NRC, the Malawian national id, the Cameroonian
CNI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
_DISTANCES = ("42,195 km", "21,1 km", "10 km", "5 km")
_KIN = ("Vợ", "Chồng", "Bố", "Mẹ", "Anh trai", "Chị gái", "Bạn")
_SWIM_LEVELS = ("Chưa biết bơi", "Cơ bản (25 m)", "Biết bơi (50 m)", "Bơi an toàn (100 m)")
_GYM_PACKS = ("Gym 1 tháng", "Gym 3 tháng", "Gym + Yoga 6 tháng", "PT 24 buổi", "VIP 12 tháng")
_SPORTS = ("Điền kinh", "Bơi lội", "Vật", "Judo", "Karate", "Bóng chuyền", "Cầu mây", "Bắn cung")
_RW_FAMILY = ("NIYONZIMA", "UWIMANA", "HABIMANA", "MUKAMANA", "NSHIMIYIMANA", "INGABIRE")
_RW_GIVEN_M = ("Jean Claude", "Emmanuel", "Eric", "Innocent", "Jean de Dieu", "Olivier")
_RW_GIVEN_F = ("Marie Claire", "Alice", "Josiane", "Vestine", "Clarisse", "Diane")
_RW_PLACES = (
    ("Kigali", "Gasabo", "Kimironko", "Bibare", "Ubumwe"),
    ("Amajyepfo", "Huye", "Ngoma", "Butare", "Taba"),
    ("Iburasirazuba", "Rwamagana", "Kigabiro", "Sovu", "Nyarusave"),
    ("Amajyaruguru", "Musanze", "Muhoza", "Ruhengeri", "Kabeza"),
    ("Iburengerazuba", "Rubavu", "Gisenyi", "Umuganda", "Bugoyi"),
)
_UG_FAMILY = ("Okello", "Nakato", "Mugisha", "Namubiru", "Ssemwogerere", "Achieng", "Tumusiime")
_UG_GIVEN_M = ("Moses", "Brian", "Isaac", "Ronald", "Joseph", "Patrick")
_UG_GIVEN_F = ("Sarah", "Esther", "Grace", "Harriet", "Prossy", "Juliet")
_UG_PLACES = (
    ("Kasubi", "Rubaga Division", "Kampala"),
    ("Nyakabungo", "Kakoba", "Mbarara"),
    ("Pece", "Laroo", "Gulu"),
    ("Nkokonjeru", "Ntenjeru", "Mukono"),
    ("Kigoowa", "Kiira", "Wakiso"),
)
_ZM_FAMILY = ("Banda", "Phiri", "Mwale", "Tembo", "Mulenga", "Chanda", "Zulu", "Bwalya")
_ZM_GIVEN_M = ("Joseph", "Mwape", "Chileshe", "Kelvin", "Mutale", "Brighton")
_ZM_GIVEN_F = ("Mercy", "Chipo", "Mwila", "Precious", "Natasha", "Bupe")
_ZM_PLACES = (
    ("Chipata", "Kapata Camp", "Block 3", "55"),
    ("Mumbwa", "Nangoma Camp", "Block 1", "28"),
    ("Choma", "Mapanza Camp", "Block 2", "42"),
    ("Kasama", "Chisanga Camp", "Block 4", "71"),
    ("Mpika", "Mpepo Camp", "Block 2", "75"),
)
_MW_FAMILY = ("Phiri", "Banda", "Chirwa", "Kumwenda", "Mbewe", "Gondwe", "Nkhoma", "Mwale")
_MW_GIVEN_M = ("Chikondi", "Madalitso", "Limbani", "Blessings", "Kondwani", "Yohane")
_MW_GIVEN_F = ("Tiyamike", "Yamikani", "Grace", "Chisomo", "Thokozani", "Alinafe")
_MW_PLACES = (
    ("Chimwankhunda", "GVH Chimwankhunda", "T/A Kuntaja", "Blantyre"),
    ("Mtsiliza", "GVH Chigoneka", "T/A Kalumbu", "Lilongwe"),
    ("Kachere", "GVH Mwase", "T/A Kaomba", "Kasungu"),
    ("Mzokoto", "GVH Kaluba", "T/A Mtwalo", "Mzimba"),
    ("Namisu", "GVH Nankumba", "T/A Chimwala", "Mangochi"),
)
_CM_FAMILY = ("MBARGA", "NGONO", "ATANGANA", "FOTSO", "TCHOUANGA", "NJOYA", "ABANDA", "ESSOMBA")
_CM_GIVEN_M = ("Jean-Pierre", "Aboubakar", "Serge", "Hervé", "Paul Martial", "Blaise")
_CM_GIVEN_F = ("Marie-Claire", "Hortense", "Brigitte", "Aïcha", "Solange", "Pélagie")
_CM_PLACES = (
    ("Mvog-Mbi", "Yaoundé 4e", "Mfoundi", "Centre"),
    ("Bonamoussadi", "Douala 5e", "Wouri", "Littoral"),
    ("Tsinga", "Yaoundé 2e", "Mfoundi", "Centre"),
    ("Famla", "Bafoussam 1er", "Mifi", "Ouest"),
    ("Djamboutou", "Garoua 1er", "Bénoué", "Nord"),
)


def _two(p: Person, options: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _kin(p: Person) -> str:
    return _pick(p, _KIN, 6)


def _bib(p: Person) -> str:
    lead = "ABCD"[int(p.bhxh[0]) % 4]
    return f"{lead}{int(p.bhxh[-5:]) % 9000 + 1000}"


def _rw_id(p: Person) -> str:
    """Rwandan indangamuntu: 1 (citizen), birth year, 8 man / 7 woman, serial, issue count, two
    control digits; written in its printed groups."""
    sex = "8" if p.male else "7"
    return f"1 {p.birth:%Y} {sex} {p.bhxh[:7]} {int(p.bhxh[7]) % 3} {p.bhxh[8:10]}"


def _ug_nin(p: Person) -> str:
    """Ugandan NIN: C (citizen), M/F, the birth year's last two digits, digits, four letters."""
    tail = "".join(_LETTERS[int(p.bhxh[i : i + 2]) % len(_LETTERS)] for i in range(0, 8, 2))
    return f"C{'M' if p.male else 'F'}{p.birth:%y}{p.bhxh[:6]}{tail}"


def _zm_nrc(p: Person) -> str:
    return f"{p.bhxh[:6]}/{_two(p, _ZM_PLACES, 3)[3]}/1"


def _mw_id(p: Person) -> str:
    return "".join(
        _LETTERS[int(p.bhxh[i]) * 2 % 23] if i % 3 else p.bhxh[i] for i in range(8)
    ).upper()


def _cm_cni(p: Person) -> str:
    return f"1{p.bhxh[1:9]}" if int(p.bhxh[0]) % 2 else f"{p.bhxh[:10]}"


Writer = Callable[["Person", "Col"], str]

WRITERS_BLIND343: dict[str, Writer] = {
    "bib343": lambda p, c: _bib(p),
    "distance343": lambda p, c: _pick(p, _DISTANCES, 1),
    "shirt343": lambda p, c: _pick(p, ("XS", "S", "M", "L", "XL", "XXL"), 2),
    "kin_name343": lambda p, c: _other_vn(p, 3),
    "kin_rel343": lambda p, c: _kin(p),
    "kin_phone343": lambda p, c: _other_phone(p, "09"),
    "proxy343": lambda p, c: "" if int(p.bhxh[-1]) % 3 else _other_vn(p, 5),
    "blood343": lambda p, c: _pick(p, ("O+", "A+", "B+", "AB+", "O-", "Không rõ"), 4),
    "club343": lambda p, c: _pick(
        p, ("", "HCMC Runners", "Saigon Night Runners", "Sài Gòn Chạy Bộ", "Hanoi Pacers"), 7
    ),
    "finish343": lambda p, c: (
        f"{_num(p, 3) + 2}:{_num(p, 59):02d}:{int(p.bhxh[:2]) % 60:02d}"
        if int(p.bhxh[-2]) % 5
        else "DNF"
    ),
    "fee343": lambda p, c: _pick(p, ("1.150.000", "850.000", "650.000", "450.000"), 1),
    "pool_card343": lambda p, c: f"BB-{p.other_date:%y}{p.bhxh[-4:]}",
    "pool_class343": lambda p, c: _pick(
        p, ("Lớp 1 - Sáng 6h", "Lớp 2 - Chiều 17h", "Lớp 3 - Tối 19h", "Lớp hè trẻ em"), 2
    ),
    "pool_level343": lambda p, c: _pick(p, _SWIM_LEVELS, 3),
    "pool_teacher343": lambda p, c: f"HLV {_other_vn(p, 4)}",
    "pool_health343": lambda p, c: _pick(
        p, ("Đủ sức khỏe", "Đủ SK", "Hen suyễn nhẹ", "Đủ sức khỏe", "Viêm xoang"), 5
    ),
    "pool_guard343": lambda p, c: _other_vn(p, 6),
    "pool_gphone343": lambda p, c: _other_phone(p, "03"),
    "pool_result343": lambda p, c: _pick(p, ("Đạt", "Đạt", "Chưa đạt", "Vắng"), 7),
    "pool_fee343": lambda p, c: _pick(p, ("1200000", "900000", "600000"), 8),
    "gym_code343": lambda p, c: f"MB{p.bhxh[-6:]}",
    "gym_pack343": lambda p, c: _pick(p, _GYM_PACKS, 1),
    "gym_pt343": lambda p, c: _pick(p, ("", "PT Tuấn", "PT Linh", "Coach Hùng", "PT Minh Anh"), 2),
    "gym_left343": lambda p, c: str(_num(p, 24) if int(p.bhxh[-1]) % 2 else 0),
    "gym_status343": lambda p, c: _pick(
        p, ("Đang hoạt động", "Hết hạn", "Bảo lưu", "Đang hoạt động"), 3
    ),
    "gym_branch343": lambda p, c: _pick(
        p, ("CN Phan Xích Long", "CN Cộng Hòa", "CN Thảo Điền", "CN Quang Trung"), 4
    ),
    "gym_paid343": lambda p, c: f"{int(p.amount) * 3:,}".replace(",", "."),
    "gym_source343": lambda p, c: _pick(p, ("Facebook", "Walk-in", "Giới thiệu", "Tiktok"), 5),
    "sch_code343": lambda p, c: f"VĐV-{p.other_date:%Y}-{_num(p, 400):03d}",
    "sch_sport343": lambda p, c: _pick(p, _SPORTS, 1),
    "sch_squad343": lambda p, c: _pick(
        p, ("Đội tuyển trẻ", "Năng khiếu", "Đội tuyển tỉnh", "Tuyển chọn ban đầu"), 2
    ),
    "sch_coach343": lambda p, c: _other_vn(p, 3, True),
    "sch_school343": lambda p, c: _pick(
        p, ("THCS Lê Quý Đôn", "THPT Chuyên Lương Văn Tụy", "THCS Nguyễn Du", "THPT Hoa Lư"), 4
    ),
    "sch_grade343": lambda p, c: _pick(p, ("6A", "7B", "8C", "9A", "10A1", "11B")),
    "sch_father343": lambda p, c: _other_vn(p, 5, True),
    "sch_mother343": lambda p, c: _other_vn(p, 6, False),
    "sch_pphone343": lambda p, c: _other_phone(p, "08"),
    "sch_height343": lambda p, c: str(140 + _num(p, 45)),
    "sch_allow343": lambda p, c: _pick(p, ("150.000", "200.000", "250.000"), 7),
    "sch_medal343": lambda p, c: _pick(
        p, ("", "HCV Giải trẻ QG", "HCB ĐHTDTT tỉnh", "HCĐ Giải CLB", ""), 8
    ),
    # Rwanda
    "rw_id343": lambda p, c: _rw_id(p),
    "rw_name343": lambda p, c: (
        f"{_pick(p, _RW_FAMILY, 1)} {_by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 2)}"
    ),
    "rw_sex343": lambda p, c: "Gabo" if p.male else "Gore",
    "rw_prov343": lambda p, c: _two(p, _RW_PLACES, 3)[0],
    "rw_dist343": lambda p, c: _two(p, _RW_PLACES, 3)[1],
    "rw_sector343": lambda p, c: _two(p, _RW_PLACES, 3)[2],
    "rw_cell343": lambda p, c: _two(p, _RW_PLACES, 3)[3],
    "rw_village343": lambda p, c: _two(p, _RW_PLACES, 3)[4],
    "rw_phone343": lambda p, c: f"07{'8923'[int(p.bhxh[0]) % 4]}{p.phone[3:10]}",
    "rw_head343": lambda p, c: (
        "Ni we" if int(p.bhxh[-1]) % 3 == 0 else f"{_pick(p, _RW_FAMILY, 4)} Jean Bosco"
    ),
    "rw_rel343": lambda p, c: _pick(p, ("Umukuru w'urugo", "Uwo bashakanye", "Umwana"), 5),
    "rw_cat343": lambda p, c: _pick(p, ("A", "B", "C", "D"), 6),
    "rw_paid343": lambda p, c: _pick(p, ("3,000", "3,000", "0", "2,000"), 7),
    # Uganda
    "ug_nin343": lambda p, c: _ug_nin(p),
    "ug_family343": lambda p, c: _pick(p, _UG_FAMILY, 1),
    "ug_given343": lambda p, c: _by_sex(p, _UG_GIVEN_M, _UG_GIVEN_F, 2),
    "ug_village343": lambda p, c: _two(p, _UG_PLACES, 3)[0],
    "ug_parish343": lambda p, c: _two(p, _UG_PLACES, 3)[1],
    "ug_district343": lambda p, c: _two(p, _UG_PLACES, 3)[2],
    "ug_phone343": lambda p, c: (
        f"07{'0578'[int(p.bhxh[0]) % 4]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ug_enterprise343": lambda p, c: _pick(
        p, ("Piggery", "Poultry", "Coffee", "Dairy", "Produce trading", "Boda boda"), 4
    ),
    "ug_amount343": lambda p, c: _pick(p, ("1,000,000", "1,000,000", "500,000"), 5),
    "ug_kin343": lambda p, c: (
        f"{_by_sex(p, _UG_GIVEN_F, _UG_GIVEN_M, 6)} {_pick(p, _UG_FAMILY, 7)}"
    ),
    "ug_sacco343": lambda p, c: f"{_two(p, _UG_PLACES, 3)[1]} PDM SACCO",
    # Zambia
    "zm_nrc343": lambda p, c: _zm_nrc(p),
    "zm_name343": lambda p, c: (
        f"{_by_sex(p, _ZM_GIVEN_M, _ZM_GIVEN_F, 2)} {_pick(p, _ZM_FAMILY, 1)}".upper()
    ),
    "zm_sex343": lambda p, c: "M" if p.male else "F",
    "zm_district343": lambda p, c: _two(p, _ZM_PLACES, 3)[0],
    "zm_camp343": lambda p, c: _two(p, _ZM_PLACES, 3)[1],
    "zm_block343": lambda p, c: _two(p, _ZM_PLACES, 3)[2],
    "zm_coop343": lambda p, c: (
        f"{_pick(p, ('Tiyanjane', 'Twashuka', 'Kaloko', 'Tubombe'), 4)} Co-operative"
    ),
    "zm_phone343": lambda p, c: f"09{'765'[int(p.bhxh[0]) % 3]}{p.phone[3:10]}",
    "zm_pack343": lambda p, c: _pick(p, ("Maize pack", "Maize + Soya", "Groundnuts"), 5),
    "zm_deposit343": lambda p, c: _pick(p, ("K400.00", "K400.00", "K200.00"), 6),
    "zm_evoucher343": lambda p, c: f"EV{p.bhxh[2:10]}",
    # Malawi
    "mw_id343": lambda p, c: _mw_id(p),
    "mw_name343": lambda p, c: (
        f"{_by_sex(p, _MW_GIVEN_M, _MW_GIVEN_F, 2)} {_pick(p, _MW_FAMILY, 1)}"
    ),
    "mw_sex343": lambda p, c: "Male" if p.male else "Female",
    "mw_village343": lambda p, c: _two(p, _MW_PLACES, 3)[0],
    "mw_gvh343": lambda p, c: _two(p, _MW_PLACES, 3)[1],
    "mw_ta343": lambda p, c: _two(p, _MW_PLACES, 3)[2],
    "mw_district343": lambda p, c: _two(p, _MW_PLACES, 3)[3],
    "mw_phone343": lambda p, c: (
        f"0{'98'[int(p.bhxh[0]) % 2]}{'98'[int(p.bhxh[1]) % 2]}{p.phone[3:10]}"
    ),
    "mw_alt343": lambda p, c: (
        f"{_by_sex(p, _MW_GIVEN_F, _MW_GIVEN_M, 4)} {_pick(p, _MW_FAMILY, 5)}"
    ),
    "mw_hh343": lambda p, c: str(_num(p, 8) + 1),
    "mw_amount343": lambda p, c: _pick(p, ("MK 27,000", "MK 21,000", "MK 33,000"), 6),
    "mw_zone343": lambda p, c: f"Zone {_num(p, 9)}",
    # Cameroon
    "cm_cni343": lambda p, c: _cm_cni(p),
    "cm_name343": lambda p, c: (
        f"{_pick(p, _CM_FAMILY, 1)} {_by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F, 2)}"
    ),
    "cm_birthplace343": lambda p, c: _pick(
        p, ("Yaoundé", "Douala", "Bafoussam", "Garoua", "Ebolowa", "Nkongsamba"), 3
    ),
    "cm_father343": lambda p, c: f"{_pick(p, _CM_FAMILY, 1)} {_pick(p, _CM_GIVEN_M, 4)}",
    "cm_mother343": lambda p, c: f"{_pick(p, _CM_FAMILY, 5)} {_pick(p, _CM_GIVEN_F, 6)}",
    "cm_job343": lambda p, c: _pick(
        p, ("Cultivateur", "Ménagère", "Étudiant(e)", "Commerçant(e)", "Enseignant(e)"), 7
    ),
    "cm_quarter343": lambda p, c: _two(p, _CM_PLACES, 8)[0],
    "cm_arr343": lambda p, c: _two(p, _CM_PLACES, 8)[1],
    "cm_dept343": lambda p, c: _two(p, _CM_PLACES, 8)[2],
    "cm_region343": lambda p, c: _two(p, _CM_PLACES, 8)[3],
    "cm_phone343": lambda p, c: (
        f"6{'5789'[int(p.bhxh[0]) % 4]}{p.phone[4]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9]}0"
    ),
    "cm_bureau343": lambda p, c: f"{_two(p, _CM_PLACES, 8)[0]} - Bureau {_num(p, 12)}",
    "cm_issued_at343": lambda p, c: _pick(
        p, ("Yaoundé", "Douala", "Bafoussam", "Garoua", "Mfou"), 9
    ),
    "cm_sex343": lambda p, c: "M" if p.male else "F",
}
