"""How the people of the hundred-and-thirteenth part of the outside corpus (**blind 113**,
:mod:`lienthong.quality._corpus_blind113`) are written: four Vietnamese files' own columns (a
contribution to the disaster prevention fund, a residence information confirmation, a wheelchair
handed to a disabled person, a personal digital signature certificate) and Moroccan, Algerian,
Tunisian, Libyan and Mauritanian names, places, phones and identity numbers in the forms their
registers write them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind17_writers import _TN_FAMILY, _TN_GIVEN_F, _TN_GIVEN_M
from lienthong.quality._corpus_blind20_writers import _DZ_FAMILY, _DZ_GIVEN_F, _DZ_GIVEN_M, _nin_dz
from lienthong.quality._corpus_blind27_writers import (
    _LY_FAMILY,
    _LY_FATHERS,
    _LY_GIVEN_F,
    _LY_GIVEN_M,
    _LY_GRANDFATHERS,
    _other_phone,
    _other_vn,
)
from lienthong.quality._corpus_blind30_writers import _MR_FATHERS, _MR_GIVEN_F, _MR_GIVEN_M
from lienthong.quality._corpus_blind44_writers import _MA_FAMILY, _MA_GIVEN_F, _MA_GIVEN_M
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind92_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_QB_HOMES = _items(
    "thôn Tân Mỹ, xã Quảng Phúc, thị xã Ba Đồn, tỉnh Quảng Bình; thôn 3, xã Vạn Trạch, huyện Bố "
    "Trạch, tỉnh Quảng Bình; TDP 5, phường Đồng Phú, TP. Đồng Hới, tỉnh Quảng Bình; thôn Xuân "
    "Hồi, xã Liên Thủy, huyện Lệ Thủy, tỉnh Quảng Bình; thôn Cổ Hiền, xã Hiền Ninh, huyện Quảng "
    "Ninh, tỉnh Quảng Bình"
)
_VN_JOBS = _items("Làm ruộng; Ngư dân; Công nhân; Buôn bán; Lao động tự do; Thợ xây; Giáo viên")
_VN_COLLECTORS = ("Trưởng thôn", "Kế toán xã", "Tổ trưởng TDP", "Trưởng thôn")
_VN_HN_HOMES = _items(
    "Số 14 ngõ 82 phố Chùa Láng, phường Láng Thượng, quận Đống Đa, Hà Nội; P.1205 tòa CT2, KĐT "
    "Văn Khê, phường La Khê, quận Hà Đông, Hà Nội; số 7 ngách 45/12 phố Vọng, phường Đồng Tâm, "
    "quận Hai Bà Trưng, Hà Nội; 28 Nguyễn Văn Cừ, phường Bồ Đề, quận Long Biên, Hà Nội"
)
_VN_BIRTHPLACES = _items(
    "Hà Nội; Nam Định; Thái Bình; Thanh Hóa; Nghệ An; Hải Dương; Phú Thọ; Bắc Ninh"
)
_VN_PURPOSES = _items(
    "Bổ sung hồ sơ xin việc; Làm thủ tục mua bán nhà đất; Cho con nhập học; Vay vốn ngân hàng; "
    "Làm hộ chiếu; Đăng ký kết hôn; Nộp hồ sơ xuất khẩu lao động"
)
_VN_CHANNELS = ("Cổng DVC quốc gia", "VNeID", "Trực tiếp", "Cổng DVC quốc gia", "VNeID")
_VN_POLICE = ("Trung úy Nguyễn Văn Hải", "Thượng úy Lê Thị Thu", "Đại úy Trần Minh Đức")
#: (ward, district) of a Cần Thơ disabled person
_VN_CT_PLACES = _rows(
    "Phường An Khánh | Quận Ninh Kiều; Xã Trường Long | Huyện Phong Điền; Phường Thới An Đông "
    "| Quận Bình Thủy; Thị trấn Cờ Đỏ | Huyện Cờ Đỏ; Xã Thạnh Lộc | Huyện Vĩnh Thạnh; Phường "
    "Lê Bình | Quận Cái Răng"
)
_VN_DISABILITY = _items("Vận động; Vận động; Thần kinh, tâm thần; Nhìn; Nghe, nói; Trí tuệ")
_VN_DEGREE = ("Đặc biệt nặng", "Nặng", "Nặng", "Nhẹ")
_VN_AIDS = _items("Xe lăn tay; Xe lăn tay; Xe lắc 3 bánh; Nạng khuỷu tay; Khung tập đi; Gậy trắng")
_VN_CA_PACKAGES = _items("CA2-1Y cá nhân; CA2-2Y cá nhân; Remote signing 1 năm; SmartCA 1 năm")
_VN_CA_AGENTS = _items(
    "VNPT Thanh Hóa; Viettel Thanh Hóa; Điểm BĐ-VHX Hoằng Lộc; VNPT Sầm Sơn; Bưu điện TP. Thanh Hóa"
)
_VN_TH_HOMES = _items(
    "thôn 4, xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa; 12 Lê Lai, phường Đông Sơn, TP. "
    "Thanh Hóa, tỉnh Thanh Hóa; khu phố 2, phường Trường Sơn, TP. Sầm Sơn, tỉnh Thanh Hóa; thôn "
    "Yên Lãng, xã Quảng Yên, huyện Quảng Xương, tỉnh Thanh Hóa"
)

# -- Morocco: a driving school's candidates -------------------------------------------------------
_MA_CIN_LETTERS = ("BE", "BK", "AB", "A", "G", "J", "EE", "D")
_MA_HOMES = _items(
    "Rue 12, Hay Salam; Bloc C, N° 45, Sidi Moumen; Lot. Al Wifaq, Imm. 7, Appt 3; "
    "Derb Sultan, Rue 27, N° 9; 134, Bd Al Qods, Ain Chock; Hay Mohammadi, Rue 5, N° 18"
)
_MA_CITIES = ("Casablanca", "Casablanca", "Mohammedia", "Berrechid", "Casablanca")
_MA_CATEGORIES = ("B", "B", "A", "C", "B", "EC")
_MA_RESULTS = ("Admis", "Ajourné", "En attente", "Admis", "Absent")

# -- Algeria: AADL applicants -------------------------------------------------------------------
_DZ_HOMES = _items(
    "Cité 1200 logements, Bt 14, N° 3, Bab Ezzouar; 17, Rue Didouche Mourad, Alger-Centre; "
    "Cité El Badr, Bt B2, Kouba; Lot. 45, Coop. El Amel, Draria; Haï Ennasr, N° 88, Bordj El "
    "Kiffan"
)
_DZ_SITES = _items("Sidi Abdellah; Bouinan; Ouled Fayet; Birtouta; Ain Malha; Baba Hassen")
_DZ_TYPES = ("F3", "F3", "F4", "F2", "F3")
_DZ_STATES = ("Validé", "En cours d'étude", "1ère tranche payée", "Affecté", "Rejeté")

# -- Tunisia: university grants ------------------------------------------------------------------
_TN_FACULTIES = _items(
    "Faculté des Sciences de Tunis; ISET Sfax; FSEG Nabeul; ENIS; Faculté de Médecine de Sousse; "
    "ISG Tunis; FLSH Kairouan"
)
_TN_LEVELS = ("L1", "L2", "L3", "M1", "Ing. 2", "Méd. 3")
_TN_GOVERNORATES = _items("Kairouan; Sidi Bouzid; Kasserine; Gafsa; Jendouba; Siliana; Béja")
_TN_FATHER_JOBS = _items("Agriculteur; Ouvrier journalier; Chômeur; Retraité CNRPS; Commerçant")

# -- Libya: voter registration ----------------------------------------------------------------
_LY_CENTRES = _items(
    "مدرسة الشهيد عمر المختار; مدرسة النصر الابتدائية; مركز شباب الهضبة; مدرسة الفاتح للبنات; "
    "مدرسة الوحدة العربية"
)
_LY_CONSTITUENCIES = ("طرابلس المركز", "سوق الجمعة", "تاجوراء", "جنزور", "أبوسليم")
_LY_CHANNELS = ("رسالة نصية", "حضوري", "رسالة نصية", "رسالة نصية")

# -- Mauritania: Tekavoul ---------------------------------------------------------------------
_MR_WILAYAS = _rows(
    "Hodh Ech Chargui | Néma; Assaba | Kiffa; Gorgol | Kaédi; Guidimakha | Sélibaby; "
    "Brakna | Aleg; Nouakchott Sud | Arafat"
)
_MR_VILLAGES = _items("Hassi Etile; Legrane; Djéwol; Ould Yengé; Boghé Escale; Carrefour")
_MR_OPERATORS = ("Mauritel", "Mattel", "Chinguitel")


def _row(p: Person, rows: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return rows[int(p.bhxh) // (salt * 13 + 1) % len(rows)]


def _phone_ma(p: Person) -> str:
    n = p.phone[-8:]
    return f"0{_pick(p, ('6', '7'), 3)} {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"


def _phone_dz(p: Person) -> str:
    n = p.phone[-8:]
    return f"0{_pick(p, ('5', '6', '7'), 4)}{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"


def _phone_tn(p: Person) -> str:
    n = p.phone[-7:]
    return f"+216 {_pick(p, ('2', '5', '9'), 2)}{n[0]} {n[1:4]} {n[4:]}"


def _phone_ly(p: Person) -> str:
    return f"09{_pick(p, ('1', '2', '4'), 5)}-{p.phone[-7:]}"


def _phone_mr(p: Person) -> str:
    n = p.phone[-7:]
    return f"+222 {_pick(p, ('2', '3', '4'), 6)}{n[0]} {n[1:3]} {n[3:5]} {n[5:]}"


def _cin_ma(p: Person) -> str:
    letters = _pick(p, _MA_CIN_LETTERS, 5)
    digits = 7 - len(letters)
    return f"{letters}{int(p.bhxh[-6:]) % 10**digits:0{digits}d}"


def _fund(p: Person) -> int:
    return 0 if _num(p, 9) == 1 else (10_000 + _num(p, 4) * 5_000) * 10


WRITERS_BLIND113: dict[str, Callable[[Person, Col], object]] = {
    # the disaster prevention fund
    "pctt_home113": lambda p, c: _pick(p, _VN_QB_HOMES, 3),
    "pctt_job113": lambda p, c: _pick(p, _VN_JOBS, 4),
    "pctt_amount113": lambda p, c: _dotted(_fund(p)),
    "pctt_receipt113": lambda p, c: f"PT{p.bhxh[-5:]}/2025",
    "pctt_collector113": lambda p, c: f"{_pick(p, _VN_COLLECTORS, 2)} {_other_vn(p, 7)}",
    "pctt_note113": lambda p, c: "Miễn (hộ nghèo)" if _fund(p) == 0 else "",
    # the CT07 residence confirmation
    "ct07_file113": lambda p, c: f"H40.{p.bhxh[:2]}-250{p.bhxh[-6:]}",
    "ct07_home113": lambda p, c: _pick(p, _VN_HN_HOMES, 5),
    "ct07_birthplace113": lambda p, c: _pick(p, _VN_BIRTHPLACES, 6),
    "ct07_purpose113": lambda p, c: _pick(p, _VN_PURPOSES, 2),
    "ct07_channel113": lambda p, c: _pick(p, _VN_CHANNELS, 3),
    "ct07_officer113": lambda p, c: _pick(p, _VN_POLICE, 4),
    # a wheelchair handed out
    "ct_ward113": lambda p, c: _row(p, _VN_CT_PLACES, 3)[0],
    "ct_district113": lambda p, c: _row(p, _VN_CT_PLACES, 3)[1],
    "disab_kind113": lambda p, c: _pick(p, _VN_DISABILITY, 2),
    "disab_degree113": lambda p, c: _pick(p, _VN_DEGREE, 5),
    "disab_cert113": lambda p, c: f"{_num(p, 900)}/GXN-UBND",
    "guardian113": lambda p, c: _other_vn(p, 9),
    "guardian_phone113": lambda p, c: _other_phone(p, "07"),
    "aid_kind113": lambda p, c: _pick(p, _VN_AIDS, 6),
    # the digital signature certificate
    "ca_home113": lambda p, c: _pick(p, _VN_TH_HOMES, 2),
    "ca_package113": lambda p, c: _pick(p, _VN_CA_PACKAGES, 4),
    "ca_serial113": lambda p, c: f"5402{p.bhxh}{p.cccd[-6:]}".upper(),
    "ca_until113": lambda p, c: (
        p.other_date + timedelta(days=365 * (1 + _num(p, 2) % 2))
    ).strftime("%d/%m/%Y"),
    "ca_agent113": lambda p, c: _pick(p, _VN_CA_AGENTS, 3),
    # Morocco
    "cin_ma113": lambda p, c: _cin_ma(p),
    "ma_family113": lambda p, c: _pick(p, _MA_FAMILY, 2).upper(),
    "ma_given113": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "sex_ma113": lambda p, c: "M" if p.male else "F",
    "ma_street113": lambda p, c: _pick(p, _MA_HOMES, 4),
    "ma_city113": lambda p, c: _pick(p, _MA_CITIES, 3),
    "ma_phone113": lambda p, c: _phone_ma(p),
    "ma_category113": lambda p, c: _pick(p, _MA_CATEGORIES, 5),
    "ma_file113": lambda p, c: f"{p.bhxh[1:7]}/{p.other_date:%Y}",
    "ma_result113": lambda p, c: _pick(p, _MA_RESULTS, 6),
    "ma_monitor113": lambda p, c: f"{_pick(p, _MA_GIVEN_M, 7)} {_pick(p, _MA_FAMILY, 8)}",
    # Algeria
    "nin_dz113": lambda p, c: _nin_dz(p),
    "dz_family113": lambda p, c: _pick(p, _DZ_FAMILY, 2),
    "dz_given113": lambda p, c: _by_sex(p, _DZ_GIVEN_M, _DZ_GIVEN_F, 1),
    "sex_dz113": lambda p, c: "ذكر" if p.male else "أنثى",
    "dz_home113": lambda p, c: _pick(p, _DZ_HOMES, 3),
    "dz_phone113": lambda p, c: _phone_dz(p),
    "dz_spouse113": lambda p, c: _by_sex(p, _DZ_GIVEN_F, _DZ_GIVEN_M, 4),
    "dz_income113": lambda p, c: f"{(24 + _num(p, 60)) * 1000:,}".replace(",", " ") + ",00",
    "dz_file113": lambda p, c: f"AADL2/16/{p.bhxh[-7:]}",
    "dz_type113": lambda p, c: _pick(p, _DZ_TYPES, 5),
    "dz_site113": lambda p, c: _pick(p, _DZ_SITES, 6),
    "dz_state113": lambda p, c: _pick(p, _DZ_STATES, 7),
    # Tunisia
    "cin_tn113": lambda p, c: f"{_pick(p, ('0', '1'), 3)}{p.bhxh[-7:]}",
    "tn_name113": lambda p, c: (
        f"{_by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 1)} {_pick(p, _TN_FAMILY, 2)}"
    ),
    "sex_tn113": lambda p, c: "ذكر" if p.male else "أنثى",
    "tn_gov113": lambda p, c: _pick(p, _TN_GOVERNORATES, 4),
    "tn_phone113": lambda p, c: _phone_tn(p),
    "tn_student_no113": lambda p, c: f"{p.other_date:%Y}{p.bhxh[:6]}",
    "tn_faculty113": lambda p, c: _pick(p, _TN_FACULTIES, 5),
    "tn_level113": lambda p, c: _pick(p, _TN_LEVELS, 6),
    "tn_father_job113": lambda p, c: _pick(p, _TN_FATHER_JOBS, 7),
    "tn_grant113": lambda p, c: f"{_pick(p, ('930', '1 100', '1 260'), 8)},000",
    "tn_rib113": lambda p, c: f"17 {p.bhxh[:3]} {p.bhxh}{p.bhxh[-3:]} {_num(p, 89) + 10}",
    # Libya
    "nid_ly113": lambda p, c: f"{1 if p.male else 2}{p.birth.year}{p.bhxh[-7:]}",
    "ly_name113": lambda p, c: (
        f"{_by_sex(p, _LY_GIVEN_M, _LY_GIVEN_F, 1)} {_pick(p, _LY_FATHERS, 2)}"
        f" {_pick(p, _LY_GRANDFATHERS, 3)} {_pick(p, _LY_FAMILY, 4)}"
    ),
    "ly_mother113": lambda p, c: f"{_pick(p, _LY_GIVEN_F, 5)} {_pick(p, _LY_FAMILY, 6)}",
    "sex_ly113": lambda p, c: "ذكر" if p.male else "أنثى",
    "ly_phone113": lambda p, c: _phone_ly(p),
    "ly_constituency113": lambda p, c: _pick(p, _LY_CONSTITUENCIES, 2),
    "ly_centre113": lambda p, c: _pick(p, _LY_CENTRES, 3),
    "ly_station113": lambda p, c: _num(p, 6),
    "ly_channel113": lambda p, c: _pick(p, _LY_CHANNELS, 4),
    # Mauritania
    "nni_mr113": lambda p, c: f"{p.bhxh[1:10]}{p.birth.day % 10}",
    "mr_name113": lambda p, c: (
        f"{_by_sex(p, _MR_GIVEN_M, _MR_GIVEN_F, 1)} {'Ould' if p.male else 'Mint'}"
        f" {_pick(p, _MR_FATHERS, 2)}"
    ),
    "sex_mr113": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "mr_wilaya113": lambda p, c: _row(p, _MR_WILAYAS, 3)[0],
    "mr_moughataa113": lambda p, c: _row(p, _MR_WILAYAS, 3)[1],
    "mr_village113": lambda p, c: _pick(p, _MR_VILLAGES, 4),
    "mr_phone113": lambda p, c: _phone_mr(p),
    "mr_operator113": lambda p, c: _pick(p, _MR_OPERATORS, 5),
    "mr_household113": lambda p, c: f"RSU-{p.bhxh[::-1][:8]}",
    "mr_size113": lambda p, c: 2 + _num(p, 9),
    "mr_amount113": lambda p, c: f"{_pick(p, ('1 500', '1 500', '2 200'), 6)} MRU",
}

__all__ = ["WRITERS_BLIND113"]
