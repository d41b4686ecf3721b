"""How the people of the hundred-and-fifty-first part of the outside corpus (**blind 151**,
:mod:`lienthong.quality._corpus_blind151`) are written: four Vietnamese files' own columns (a
lottery company paying out prizes, a class on the Party for its candidates, a continuing
education class, workers on the union's spring train home) and Sri Lankan, Nepali, Bhutanese,
Maldivian and Mauritian names, places, phones and numbers in the forms their registers show (the
Sri Lankan NIC old and new, the Nepali citizenship certificate and Bikram Sambat dates, the
Bhutanese CID, the Maldivian ``A`` card, the Mauritian NIC with its check character)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind19_writers import _bs
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind70_writers import _LK_PLACES, _lk_initials
from lienthong.quality._corpus_blind72_writers import (
    _BT_GIVEN_F,
    _BT_GIVEN_M,
    _BT_PLACES,
    _cid_bt,
    _place,
)
from lienthong.quality._corpus_blind80_writers import (
    _MU_GIVEN_F,
    _MU_GIVEN_M,
    _MU_PLACES,
    _MU_STREETS,
    _mu_surname,
    _mv_address,
    _mv_name,
    _nic_mu,
)
from lienthong.quality._corpus_blind94_writers import (
    _NP_DIGITS,
    _NP_ELDERS,
    _np,
    _np_citizen,
    _np_name,
)
from lienthong.quality._corpus_blind109_writers import _lk_nic

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a lottery company paying out prizes ------------------------------------------------
_VN_LOTTO_STATIONS = (
    "XSKT Đồng Nai",
    "XSKT TP.HCM",
    "XSKT Cần Thơ",
    "XSKT Vũng Tàu",
    "XSKT Bến Tre",
)
#: (prize, amount in đồng)
_VN_LOTTO_PRIZES = (
    ("Giải Nhì", 30_000_000),
    ("Giải Ba", 20_000_000),
    ("Giải Tư", 10_000_000),
    ("Giải Nhất", 30_000_000),
    ("Giải KK", 6_000_000),
    ("Giải Đặc biệt", 2_000_000_000),
)
_VN_CASHIERS = ("Nguyễn Thị Thu Hà", "Trần Ngọc Bích", "Lê Thị Mỹ Dung")
# -- Vietnam: a class on the Party for its candidates --------------------------------------------
_VN_HOMETOWNS = (
    "Xã Nghĩa Hưng, huyện Nghĩa Đàn, Nghệ An",
    "Xã Hải Thanh, huyện Tĩnh Gia, Thanh Hóa",
    "Phường Đông Vệ, TP Thanh Hóa",
    "Xã Quỳnh Lâm, huyện Quỳnh Lưu, Nghệ An",
    "Xã Tam Đa, huyện Yên Phong, Bắc Ninh",
)
_VN_PARTY_CELLS = (
    "Chi bộ Khu phố 3",
    "Chi bộ Trường THCS Lê Lợi",
    "Chi bộ Trạm Y tế xã",
    "Chi bộ Công an xã",
    "Chi bộ Thôn Đông",
)
_VN_DEGREES = ("Đại học", "Cao đẳng", "Trung cấp", "12/12", "Thạc sĩ")
_VN_GRADES = ("Giỏi", "Khá", "Khá", "Trung bình", "Giỏi")
# -- Vietnam: a continuing education class -------------------------------------------------------
_VN_BIRTHPLACES = ("Long An", "Tiền Giang", "An Giang", "TP. Hồ Chí Minh", "Sóc Trăng", "Bến Tre")
_VN_GDTX_CLASSES = ("10A1", "10A2", "11A1", "11B", "12A1", "12A3")
_VN_GDTX_TRADES = ("Điện dân dụng", "Kỹ thuật chế biến món ăn", "Tin học VP", "Chăm sóc sắc đẹp")
_VN_GDTX_STATUS = ("Đang học", "Đang học", "Đang học", "Bảo lưu", "Nghỉ học")
# -- Vietnam: workers on the union's spring train home -------------------------------------------
_VN_FACTORIES = (
    "Cty TNHH Changshin VN",
    "Cty TNHH Pouyuen VN",
    "Cty CP May Việt Tiến",
    "Cty TNHH Nidec VN",
    "Cty TNHH Taekwang Vina",
)
_VN_FROM = ("Ga Sài Gòn", "Ga Dĩ An", "Ga Biên Hòa")
_VN_TO = ("Ga Vinh", "Ga Thanh Hóa", "Ga Huế", "Ga Đồng Hới", "Ga Quảng Ngãi", "Ga Yên Trung")
# -- Sri Lanka: Mahapola scholarship holders -----------------------------------------------------
_LK_UNIVERSITIES = (
    "University of Peradeniya",
    "University of Kelaniya",
    "University of Ruhuna",
    "Rajarata University",
    "University of Jaffna",
)
_LK_FACULTIES = ("කලා / Arts", "කළමනාකරණ / Management", "විද්‍යා / Science", "ඉංජිනේරු / Engineering")
_LK_BANKS = ("People's Bank", "Bank of Ceylon")
# -- Nepal: labour permits for foreign employment ------------------------------------------------
_NP_COUNTRIES = ("कतार", "साउदी अरब", "मलेसिया", "संयुक्त अरब इमिरेट्स", "कुवेत", "जापान")
_NP_EMPLOYERS = (
    "Al Jaber Engineering W.L.L.",
    "Saudi Binladin Group",
    "Top Glove Sdn. Bhd.",
    "Emirates Facilities Management",
    "Al Ghanim Trading Co.",
)
_NP_AGENCIES = (
    "हिमालयन म्यानपावर प्रा.लि.",
    "सगरमाथा ओभरसिज प्रा.लि.",
    "नेपाल इन्टरनेशनल एच.आर. प्रा.लि.",
    "एभरेष्ट ह्युमन रिसोर्स प्रा.लि.",
)
# -- Bhutan: a chiwog's electoral roll -----------------------------------------------------------
_BT_CHIWOGS = ("Dangchu", "Yusipang", "Kabisa", "Changjiji", "Pangbisa", "Rinchengang")
_BT_STATIONS = ("Chang Primary School", "Gewog Centre", "Community Lhakhang", "ECR School")
# -- Maldives: the fishermen's registry ----------------------------------------------------------
_MV_VESSELS = ("Dhoni Baraabaru", "Kaani Dhoni", "Dhiyares 2", "Fehi Kandu", "Raiyvilu")
_MV_ROLES = ("Keyolhu", "Crew", "Crew", "Maalimi", "Engineer")
_MV_FISHERIES = ("Pole & Line (Skipjack)", "Handline (Yellowfin)", "Reef Fishery", "Longline")
# -- Mauritius: applicants for social housing ----------------------------------------------------
_MU_SITES = (
    "NHDC Résidence La Tour Koenig",
    "NHDC Camp Levieux",
    "NHDC Highlands",
    "NHDC Riche Terre",
)
_MU_STATUS = ("Pending", "Eligible - Waiting list", "Not eligible", "Allocated", "Pending")


def _recent(p: Person) -> date:
    """A recent day (2024-2026) drawn from the person."""
    n = int(p.bhxh[-6:])
    return _safe_day(2024 + n % 3, 1 + n // 7 % 12, 1 + n // 3 % 31)


def _lotto(p: Person) -> tuple[str, int]:
    return _VN_LOTTO_PRIZES[int(p.bhxh) // 11 % len(_VN_LOTTO_PRIZES)]


def _tax(p: Person) -> int:
    """Personal income tax on a prize: 10% of what is over 10 million đồng."""
    return max(0, _lotto(p)[1] - 10_000_000) // 10


def _dong(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _lk_home(p: Person) -> str:
    return _LK_PLACES[int(p.bhxh) // 9 % len(_LK_PLACES)][0]


def _np_home(p: Person) -> str:
    """``भरतपुर महानगरपालिका-५, गीतानगर, चितवन``: the municipality and its ward, the tole, the
    district."""
    mun, tole, district, _ = _np(p)
    ward = str(1 + _num(p, 19)).translate(_NP_DIGITS)
    return f"{mun}-{ward}, {tole}, {district}"


def _np_permit(p: Person) -> date:
    return _recent(p)


def _mv_phone(p: Person) -> str:
    return f"+960 {_pick(p, ('7', '9'), 2)}{p.bhxh[-6:]}"


def _mu_phone(p: Person) -> str:
    digits = f"5{_pick(p, ('7', '2', '9', '4'), 3)}{p.bhxh[-6:]}"
    return f"{digits[:4]} {digits[4:]}"


WRITERS_BLIND151: dict[str, Callable[[Person, Col], object]] = {
    # -- Vietnam: lottery prizes paid out, income tax withheld
    "lotto_station151": lambda p, c: _pick(p, _VN_LOTTO_STATIONS, 2),
    "lotto_draw151": lambda p, c: f"{_recent(p):%d/%m/%Y}",
    "lotto_prize151": lambda p, c: _lotto(p)[0],
    "lotto_ticket151": lambda p, c: p.bhxh[-6:],
    "lotto_amount151": lambda p, c: _dong(_lotto(p)[1]),
    "lotto_tax151": lambda p, c: _dong(_tax(p)),
    "lotto_net151": lambda p, c: _dong(_lotto(p)[1] - _tax(p)),
    "lotto_cashier151": lambda p, c: _pick(p, _VN_CASHIERS, 4),
    # -- Vietnam: the class on the Party
    "party_home151": lambda p, c: _pick(p, _VN_HOMETOWNS, 3),
    "party_cell151": lambda p, c: _pick(p, _VN_PARTY_CELLS, 2),
    "party_helper151": lambda p, c: f"Đ/c {_other_vn(p, 5)}",
    "party_degree151": lambda p, c: _pick(p, _VN_DEGREES, 6),
    "party_score151": lambda p, c: f"{6 + _num(p, 40) / 10:.1f}".replace(".", ","),
    "party_grade151": lambda p, c: _pick(p, _VN_GRADES, 7),
    # -- Vietnam: the continuing education class
    "gdtx_pob151": lambda p, c: _pick(p, _VN_BIRTHPLACES, 3),
    "gdtx_class151": lambda p, c: _pick(p, _VN_GDTX_CLASSES, 2),
    "gdtx_trade151": lambda p, c: _pick(p, _VN_GDTX_TRADES, 5),
    "gdtx_parent151": lambda p, c: _other_vn(p, 4),
    "gdtx_parent_phone151": lambda p, c: _other_phone(p, "08"),
    "gdtx_status151": lambda p, c: _pick(p, _VN_GDTX_STATUS, 8),
    # -- Vietnam: the union's spring train
    "train_company151": lambda p, c: _pick(p, _VN_FACTORIES, 2),
    "train_card151": lambda p, c: f"CĐ{p.bhxh[-8:]}",
    "train_from151": lambda p, c: _pick(p, _VN_FROM, 3),
    "train_to151": lambda p, c: _pick(p, _VN_TO, 4),
    "train_seat151": lambda p, c: f"Toa {1 + _num(p, 12)} - Ghế {1 + _num(p, 64)}",
    "train_relative151": lambda p, c: _other_vn(p, 6),
    # -- Sri Lanka: Mahapola scholarship holders
    "lk_regno151": lambda p, c: f"MP/{2022 + int(p.bhxh) % 4}/{p.bhxh[-5:]}",
    "lk_name151": lambda p, c: _lk_initials(p),
    "lk_nic151": lambda p, c: _lk_nic(p),
    "lk_sex151": lambda p, c: "පුරුෂ" if p.male else "ස්ත්‍රී",
    "lk_home151": lambda p, c: _lk_home(p),
    "lk_phone151": lambda p, c: f"07{_pick(p, ('1', '2', '5', '6', '7', '8'), 2)} {p.bhxh[-7:]}",
    "lk_university151": lambda p, c: _pick(p, _LK_UNIVERSITIES, 3),
    "lk_faculty151": lambda p, c: _pick(p, _LK_FACULTIES, 4),
    "lk_zscore151": lambda p, c: f"{1 + _num(p, 150) / 100:.4f}",
    "lk_account151": lambda p, c: f"{_pick(p, _LK_BANKS, 5)} - {p.bhxh[:10]}",
    "lk_instalment151": lambda p, c: _pick(p, ("5,000.00", "5,000.00", "2,500.00"), 6),
    # -- Nepal: labour permits for foreign employment
    "np_name151": lambda p, c: _np_name(p),
    "np_sex151": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_birth151": lambda p, c: _bs(p.birth),
    "np_citizen151": lambda p, c: _np_citizen(p),
    "np_passport151": lambda p, c: f"PA{p.bhxh[-7:]}",
    "np_home151": lambda p, c: _np_home(p),
    "np_phone151": lambda p, c: f"98{_pick(p, ('0', '4', '5', '6'), 3)}{p.bhxh[-7:]}",
    "np_country151": lambda p, c: _pick(p, _NP_COUNTRIES, 2),
    "np_employer151": lambda p, c: _pick(p, _NP_EMPLOYERS, 2),
    "np_agency151": lambda p, c: _pick(p, _NP_AGENCIES, 4),
    "np_permit151": lambda p, c: f"{_bs(_np_permit(p))[:4]}/{p.bhxh[-7:]}",
    "np_permit_date151": lambda p, c: _bs(_np_permit(p)),
    "np_insurance151": lambda p, c: _pick(p, ("१०,००,०००", "७,००,०००", "१०,००,०००"), 5),
    "np_heir151": lambda p, c: f"{_pick(p, _NP_ELDERS, 6)} {_np_name(p).split()[-1]} (बुबा)",
    # -- Bhutan: a chiwog's electoral roll
    "bt_name151": lambda p, c: _by_sex(p, _BT_GIVEN_M, _BT_GIVEN_F, 1),
    "bt_cid151": lambda p, c: _cid_bt(p),
    "bt_sex151": lambda p, c: "M" if p.male else "F",
    "bt_house151": lambda p, c: f"{_pick(p, ('A', 'B', 'C'), 2)}-{_num(p, 90)}",
    "bt_thram151": lambda p, c: str(_num(p, 400)),
    "bt_chiwog151": lambda p, c: _pick(p, _BT_CHIWOGS, 3),
    "bt_gewog151": lambda p, c: _place(p, _BT_PLACES)[0],
    "bt_dzongkhag151": lambda p, c: _place(p, _BT_PLACES)[1],
    "bt_phone151": lambda p, c: f"{_pick(p, ('17', '77'), 4)}{p.bhxh[-6:]}",
    "bt_station151": lambda p, c: _pick(p, _BT_STATIONS, 5),
    "bt_postal151": lambda p, c: _pick(p, ("No", "No", "No", "Yes"), 6),
    # -- Maldives: the fishermen's registry
    "mv_name151": lambda p, c: f"{_mv_name(p)[0][0]} {_mv_name(p)[1][0]}",
    "mv_name_dv151": lambda p, c: f"{_mv_name(p)[0][1]} {_mv_name(p)[1][1]}",
    "mv_id151": lambda p, c: f"A{p.bhxh[-6:]}",
    "mv_sex151": lambda p, c: "Male" if p.male else "Female",
    "mv_addr151": lambda p, c: _mv_address(p),
    "mv_phone151": lambda p, c: _mv_phone(p),
    "mv_vessel151": lambda p, c: _pick(p, _MV_VESSELS, 2),
    "mv_vessel_reg151": lambda p, c: f"P{_num(p, 90):02d}{p.bhxh[-4:]}A",
    "mv_role151": lambda p, c: _pick(p, _MV_ROLES, 3),
    "mv_fishery151": lambda p, c: _pick(p, _MV_FISHERIES, 4),
    "mv_bank151": lambda p, c: f"7730{p.bhxh[:9]}",
    # -- Mauritius: applicants for social housing
    "mu_surname151": lambda p, c: _mu_surname(p),
    "mu_given151": lambda p, c: _by_sex(p, _MU_GIVEN_M, _MU_GIVEN_F, 1),
    "mu_nic151": lambda p, c: _nic_mu(p),
    "mu_sex151": lambda p, c: "M" if p.male else "F",
    "mu_street151": lambda p, c: f"{_num(p, 80)}, {_pick(p, _MU_STREETS, 4)}",
    "mu_town151": lambda p, c: _MU_PLACES[int(p.bhxh) // 9 % len(_MU_PLACES)][0],
    "mu_post151": lambda p, c: _MU_PLACES[int(p.bhxh) // 9 % len(_MU_PLACES)][1],
    "mu_phone151": lambda p, c: _mu_phone(p),
    "mu_spouse151": lambda p, c: f"{_by_sex(p, _MU_GIVEN_F, _MU_GIVEN_M, 5)} {_mu_surname(p)}",
    "mu_income151": lambda p, c: f"Rs {12 + _num(p, 30)},{_pick(p, ('000', '500'), 3)}",
    "mu_site151": lambda p, c: _pick(p, _MU_SITES, 6),
    "mu_status151": lambda p, c: _pick(p, _MU_STATUS, 7),
}

__all__ = ["WRITERS_BLIND151"]
