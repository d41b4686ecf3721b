"""How the people of the hundred-and-forty-first part of the outside corpus (**blind 141**,
:mod:`lienthong.quality._corpus_blind141`) are written: four Vietnamese files' own columns (a
doctor rotated to a commune health station, a household sorting its waste at source, an author
registering a copyright, a donor of the body to a medical university) and Nigerian, Kenyan,
Ghanaian, Egyptian and Moroccan names, places, phones and identity numbers in the forms their
cards show (the NIN, the Kenyan ID and KRA PIN, the Ghana Card PIN, the Egyptian national number
with the birth date in it, the Moroccan CNIE)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _eg_nid
from lienthong.quality._corpus_blind57_writers import _nin
from lienthong.quality._corpus_blind87_writers import _ng_phone
from lienthong.quality._corpus_blind89_writers import _ma_phone
from lienthong.quality._corpus_blind90_writers import _gh_card, _gh_phone, _ke_id
from lienthong.quality._corpus_blind111_writers import _eg_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TITLES = ("Bác sĩ", "BSCKI", "Điều dưỡng hạng III", "Hộ sinh", "Kỹ thuật viên XN", "ThS.BS")
_VN_HOSPITALS = (
    "BV Đa khoa tỉnh Nghệ An",
    "BV Sản Nhi Nghệ An",
    "TTYT huyện Quỳnh Lưu",
    "BV Y học cổ truyền tỉnh",
)
_VN_STATIONS = (
    "TYT xã Quỳnh Thạch",
    "TYT xã Tam Hợp",
    "TYT xã Châu Bình",
    "TYT thị trấn Kim Sơn",
    "TYT xã Nậm Càn",
)
_VN_WARDS = ("P. Hòa Khánh Bắc", "Phường Thanh Khê", "P. An Hải", "Phường Hải Châu", "P. Mỹ An")
_VN_TDP = ("Tổ 12", "Tổ 3", "Tổ dân phố 27", "TDP số 8", "Tổ 45")
_VN_BINS = ("Thùng xanh 120L + túi vàng", "Thùng 60L (hữu cơ)", "Bộ 2 thùng 40L", "Túi phân loại")
_VN_WORKS = (
    ("Tập thơ Mùa gặt trên đồi", "Tác phẩm văn học"),
    ("Bài hát Phố cũ mưa chiều", "Tác phẩm âm nhạc"),
    ("Phần mềm quản lý kho QLK 2.0", "Chương trình máy tính"),
    ("Bộ ảnh Hội An về đêm", "Tác phẩm nhiếp ảnh"),
    ("Tranh sơn mài Làng chài", "Tác phẩm mỹ thuật"),
    ("Giáo trình Kỹ năng mềm", "Tác phẩm khoa học"),
)
_VN_DOSSIER = ("Đã cấp GCN", "Đang thẩm định", "Yêu cầu sửa đổi", "Đã cấp GCN", "Trả hồ sơ")
_VN_BODY_SCHOOLS = ("ĐH Y Hà Nội", "ĐH Y Dược TP.HCM", "ĐH Y Dược Huế", "ĐH Y Dược Thái Bình")
_VN_REL_OF_M = ("Chồng", "Con trai", "Em trai", "Cháu")
_VN_REL_OF_F = ("Vợ", "Con gái", "Em gái", "Cháu")

_NG_FAMILY = ("Okafor", "Abubakar", "Adeyemi", "Eze", "Balogun", "Nwosu", "Ibrahim", "Ogunleye")
_NG_GIVEN_M = ("Chukwuemeka", "Musa", "Oluwaseun", "Ikechukwu", "Tunde", "Abdullahi", "Emeka")
_NG_GIVEN_F = ("Ngozi", "Aisha", "Funmilayo", "Chiamaka", "Zainab", "Blessing", "Temitope")
_NG_PLACES = (
    ("Enugu", "Enugu North", "12 Ogui Road, Enugu"),
    ("Lagos", "Alimosho", "7 Ikotun-Idimu Road, Egbeda"),
    ("Kano", "Nassarawa", "33 Zaria Road, Kano"),
    ("Oyo", "Ibadan North", "4 Bodija Estate Road, Ibadan"),
    ("Anambra", "Onitsha North", "19 New Market Road, Onitsha"),
)
_NG_CENTRES = (
    "Digital Bridge Institute CBT, Kano",
    "Unilag Akoka ICT Centre",
    "Excellence CBT, Ibadan",
)
_NG_INSTITUTIONS = ("University of Nigeria, Nsukka", "Ahmadu Bello University", "UNILAG", "OAU Ife")

_KE_FAMILY = ("Otieno", "Kamau", "Wanjiru", "Kiprop", "Mutua", "Achieng", "Njoroge", "Chebet")
_KE_GIVEN_M = ("Brian", "Kevin", "Dennis", "Collins", "Amos", "Joseph")
_KE_GIVEN_F = ("Faith", "Mercy", "Purity", "Sharon", "Winnie", "Esther")
_KE_PLACES = (
    ("Kiambu", "Thika Town"),
    ("Kisumu", "Kisumu Central"),
    ("Nakuru", "Njoro"),
    ("Uasin Gishu", "Kapseret"),
    ("Machakos", "Mavoko"),
)
_KE_UNIS = (
    "University of Nairobi",
    "Moi University",
    "JKUAT",
    "Kenyatta University",
    "Maseno Univ.",
)
_KE_COURSES = ("BSc. Nursing", "B.Ed (Arts)", "BCom", "BSc. Civil Eng.", "Dip. ICT")

_GH_FAMILY = ("Mensah", "Owusu", "Boateng", "Asante", "Addo", "Osei", "Agyeman", "Quaye")
_GH_GIVEN_M = ("Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Nii Armah")
_GH_GIVEN_F = ("Akosua", "Ama", "Abena", "Efua", "Adwoa", "Naa Adjeley")
_GH_PLACES = (
    ("Greater Accra", "Madina", "GA"),
    ("Ashanti", "Ejisu", "AK"),
    ("Central", "Cape Coast", "CC"),
)
_GH_EMPLOYERS = ("Ghana Water Ltd", "Kumasi Metro Assembly", "GCB Bank PLC", "Melcom Ltd", "GES")

_EG_GIVEN_M = ("محمد", "أحمد", "محمود", "مصطفى", "إبراهيم", "عمرو")
_EG_GIVEN_F = ("فاطمة", "منى", "هبة", "ياسمين", "نادية", "شيماء")
_EG_FATHERS = ("عبد الله", "حسن", "سيد", "علي", "عبد الرحمن", "السيد")
_EG_FAMILY = ("الشربيني", "عبد العزيز", "المصري", "شحاتة", "البنا", "حجازي")
_EG_DISTRICTS = ("حي الشرق", "حي العرب", "حي الضواحي", "حي الزهور", "حي المناخ")
_EG_STREETS = ("شارع محمد علي", "شارع الثلاثيني", "شارع 23 يوليو", "شارع الجيش")
_EG_UNITS = ("مركز طب أسرة الزهور", "وحدة صحة أسرة الجوهرة", "مركز طب أسرة العرب")
_EG_CAT = ("موظف حكومي", "قطاع خاص", "عمالة غير منتظمة", "أصحاب معاشات", "غير قادر")

_MA_FAMILY = ("El Idrissi", "Benjelloun", "Ait Ali", "Ouazzani", "El Amrani", "Bennani", "Tazi")
_MA_GIVEN_M = ("Mohamed", "Youssef", "Abdelilah", "Hicham", "Rachid", "Said")
_MA_GIVEN_F = ("Fatima Zahra", "Khadija", "Naima", "Salma", "Hafsa", "Zineb")
_MA_PLACES = (
    ("Sidi Moumen", "Préfecture Casablanca", "BE"),
    ("Hay Hassani", "Préfecture Casablanca", "BH"),
    ("Tabriquet", "Préfecture Salé", "AE"),
    ("Ain Sebaa", "Préfecture Casablanca", "BK"),
)
_MA_DOUARS = ("Douar Skouila", "Karyan Thomas", "Douar Lahjar", "Douar Ouled Ahmed")
_MA_LOTS = ("Lotissement Al Wifak", "Projet Assalam", "Résidence Annasr", "Lotissement Attacharouk")


def _plc(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _vn_ward(p: Person) -> str:
    return _pick(p, _VN_WARDS, 2)


def _sorting_address(p: Person) -> str:
    return f"{p.street}, {_pick(p, _VN_TDP, 3)}, {_vn_ward(p)}, TP. Đà Nẵng"


def _kra_pin(p: Person) -> str:
    return f"A{p.bhxh[1:10]}{'ABCDEFGHJKLMNPQRSTUVWXYZ'[int(p.bhxh) % 24]}"


def _jamb_reg(p: Person) -> str:
    return f"2025{p.bhxh[::-1][:8]}{'ABCDEFGHJK'[int(p.bhxh[0])]}{'FGHJKLMN'[int(p.bhxh[1]) % 8]}"


def _gps(p: Person) -> str:
    code = _plc(p, _GH_PLACES)[2]
    return f"{code}-{int(p.bhxh[:3]) % 900 + 100}-{p.bhxh[3:7]}"


def _ma_cnie(p: Person) -> str:
    return f"{_plc(p, _MA_PLACES)[2]}{p.bhxh[-6:]}"


def _eg_full(p: Person, salt: int = 0) -> str:
    given = _by_sex(p, _EG_GIVEN_M, _EG_GIVEN_F, salt)
    fathers = _pick(p, _EG_FATHERS, salt + 1)
    grand = _pick(p, _EG_GIVEN_M, salt + 2)
    return f"{given} {fathers} {grand} {_pick(p, _EG_FAMILY, salt + 3)}"


def _ke_name(p: Person) -> str:
    given = _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 2)
    return f"{given} {_pick(p, _KE_FAMILY, 3)} {_pick(p, _KE_FAMILY, 4)}"


def _ma_spouse(p: Person) -> str:
    given = _by_sex(p, _MA_GIVEN_F, _MA_GIVEN_M, 5)
    return f"{given} {_pick(p, _MA_FAMILY, 6).upper()}"


def _eg_address(p: Person) -> str:
    return f"{_num(p, 90)} {_pick(p, _EG_STREETS, 2)}، {_pick(p, _EG_DISTRICTS, 3)}, بورسعيد"


WRITERS_BLIND141: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese: rotation of doctors to commune stations
    "title141": lambda p, c: _pick(p, _VN_TITLES, 2),
    "licence141": lambda p, c: f"{p.bhxh[-6:]}/NA-CCHN",
    "hospital141": lambda p, c: _pick(p, _VN_HOSPITALS, 3),
    "station141": lambda p, c: _pick(p, _VN_STATIONS, 4),
    "months141": lambda p, c: f"{_pick(p, ('6', '12', '3', '6'), 5)} tháng",
    "allow141": lambda p, c: f"{_num(p, 40) * 100_000:,}".replace(",", "."),
    # Vietnamese: household waste sorting at source
    "tdp141": lambda p, c: _pick(p, _VN_TDP, 3),
    "ward141": lambda p, c: _vn_ward(p),
    "members141": lambda p, c: str(_num(p, 7)),
    "bin141": lambda p, c: _pick(p, _VN_BINS, 4),
    "qr141": lambda p, c: f"DN-HC-{p.bhxh[-6:]}",
    "head141": lambda p, c: _other_vn(p, 5),
    "addr_dn141": lambda p, c: _sorting_address(p),
    # Vietnamese: copyright registration
    "appno141": lambda p, c: f"{_num(p, 900)}/2025/QTG",
    "work141": lambda p, c: _pick(p, tuple(w[0] for w in _VN_WORKS), 2),
    "kind141": lambda p, c: _pick(p, tuple(w[1] for w in _VN_WORKS), 2),
    "owner141": lambda p, c: _pick(p, ("Tác giả", "Công ty TNHH Sao Việt", "Tác giả")),
    "gcn141": lambda p, c: f"{p.bhxh[-4:]}/2025/QTG",
    "status141": lambda p, c: _pick(p, _VN_DOSSIER, 3),
    # Vietnamese: body donation to a medical university
    "school141": lambda p, c: _pick(p, _VN_BODY_SCHOOLS, 2),
    "donorcard141": lambda p, c: f"HX-{p.bhxh[-5:]}",
    "kin141": lambda p, c: _other_vn(p, 6, male=not p.male),
    "kin_rel141": lambda p, c: _by_sex(p, _VN_REL_OF_F, _VN_REL_OF_M, 7),
    "kin_phone141": lambda p, c: _other_phone(p, "08"),
    "kin_cccd141": lambda p, c: _cccd_of(p, not p.male, 1950 + int(p.bhxh) % 50),
    # Nigeria: JAMB UTME candidates
    "nin_ng141": lambda p, c: _nin(p),
    "jamb_ng141": lambda p, c: _jamb_reg(p),
    "ng_family141": lambda p, c: _pick(p, _NG_FAMILY, 2).upper(),
    "ng_given141": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 3),
    "ng_middle141": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 5),
    "sex_ng141": lambda p, c: "Male" if p.male else "Female",
    "ng_state141": lambda p, c: _plc(p, _NG_PLACES)[0],
    "ng_lga141": lambda p, c: _plc(p, _NG_PLACES)[1],
    "ng_addr141": lambda p, c: _plc(p, _NG_PLACES)[2],
    "phone_ng141": lambda p, c: _ng_phone(p),
    "ng_centre141": lambda p, c: _pick(p, _NG_CENTRES, 4),
    "ng_inst141": lambda p, c: _pick(p, _NG_INSTITUTIONS, 5),
    "ng_score141": lambda p, c: str(120 + _num(p, 230)),
    # Kenya: HELB loan applicants
    "id_ke141": lambda p, c: _ke_id(p),
    "kra_ke141": lambda p, c: _kra_pin(p),
    "ke_name141": lambda p, c: _ke_name(p),
    "sex_ke141": lambda p, c: "M" if p.male else "F",
    "ke_county141": lambda p, c: _plc(p, _KE_PLACES)[0],
    "ke_sub141": lambda p, c: _plc(p, _KE_PLACES)[1],
    "ke_uni141": lambda p, c: _pick(p, _KE_UNIS, 5),
    "ke_course141": lambda p, c: _pick(p, _KE_COURSES, 6),
    "ke_adm141": lambda p, c: f"{_pick(p, ('H31', 'SIT', 'E35', 'C026'), 2)}/{p.bhxh[-5:]}/2024",
    "ke_guardian141": lambda p, c: f"{_pick(p, _KE_GIVEN_M, 7)} {_pick(p, _KE_FAMILY, 3)}",
    "ke_gid141": lambda p, c: f"{int(p.bhxh[-7:]) % 9_000_000 + 1_000_000}",
    "phone_ke141": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ke_amount141": lambda p, c: f"{_num(p, 40) * 1000 + 20000:,}",
    # Ghana: SSNIT contributors
    "ghcard_gh141": lambda p, c: _gh_card(p),
    "ssnit_gh141": lambda p, c: f"{'CDE'[int(p.bhxh[0]) % 3]}{p.bhxh[::-1]}{p.bhxh[3:5]}",
    "gh_family141": lambda p, c: _pick(p, _GH_FAMILY, 2).upper(),
    "gh_given141": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 3),
    "sex_gh141": lambda p, c: "M" if p.male else "F",
    "gh_town141": lambda p, c: _plc(p, _GH_PLACES)[1],
    "gh_region141": lambda p, c: _plc(p, _GH_PLACES)[0],
    "gh_gps141": lambda p, c: _gps(p),
    "phone_gh141": lambda p, c: _gh_phone(p),
    "gh_employer141": lambda p, c: _pick(p, _GH_EMPLOYERS, 4),
    "gh_erno141": lambda p, c: f"{p.bhxh[4:7]}{p.bhxh[:6]}",
    "gh_salary141": lambda p, c: f"{_num(p, 90) * 100 + 600:,}.00",
    "gh_nominee141": lambda p, c: f"{_pick(p, _GH_GIVEN_F, 5)} {_pick(p, _GH_FAMILY, 6)}",
    # Egypt: universal health insurance, Port Said
    "nid_eg141": lambda p, c: _eg_nid(p),
    "eg_name141": lambda p, c: _eg_full(p),
    "sex_eg141": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_addr141": lambda p, c: _eg_address(p),
    "eg_district141": lambda p, c: _pick(p, _EG_DISTRICTS, 3),
    "phone_eg141": lambda p, c: _eg_phone(p),
    "eg_unit141": lambda p, c: _pick(p, _EG_UNITS, 4),
    "eg_cat141": lambda p, c: _pick(p, _EG_CAT, 5),
    "eg_head141": lambda p, c: _eg_full(p, 6),
    "eg_rel141": lambda p, c: _pick(p, ("رب الأسرة", "زوجة", "ابن", "ابنة", "رب الأسرة"), 7),
    "eg_file141": lambda p, c: f"PS-{p.bhxh[-7:]}",
    # Morocco: slum rehousing (Villes sans bidonvilles)
    "cnie_ma141": lambda p, c: _ma_cnie(p),
    "ma_family141": lambda p, c: _pick(p, _MA_FAMILY, 2).upper(),
    "ma_given141": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 3),
    "sex_ma141": lambda p, c: "H" if p.male else "F",
    "ma_commune141": lambda p, c: _plc(p, _MA_PLACES)[0],
    "ma_pref141": lambda p, c: _plc(p, _MA_PLACES)[1],
    "ma_addr141": lambda p, c: f"{_pick(p, _MA_DOUARS, 4)}, baraque n° {_num(p, 400)}",
    "phone_ma141": lambda p, c: _ma_phone(p),
    "ma_douar141": lambda p, c: _pick(p, _MA_DOUARS, 4),
    "ma_spouse141": lambda p, c: _ma_spouse(p),
    "ma_spouse_cin141": lambda p, c: f"{_plc(p, _MA_PLACES)[2]}{p.bhxh[:6]}",
    "ma_lot141": lambda p, c: f"{_pick(p, _MA_LOTS, 7)}, lot {_num(p, 300)}",
    "ma_menages141": lambda p, c: str(_num(p, 3)),
    "ma_contrib141": lambda p, c: f"{_pick(p, ('20 000', '40 000', '30 000'), 8)} DH",
}
