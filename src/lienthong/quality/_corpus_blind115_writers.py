"""How the people of the hundred-and-fifteenth part of the outside corpus (**blind 115**,
:mod:`lienthong.quality._corpus_blind115`) are written: four Vietnamese files' own columns (a
commune's register of certified copies, a kindergarten child's lunch support, a residence
confirmation request, a donor to the Fund for the Poor) and Ghanaian, Ivorian, Rwandan, Zambian
and Batswana names, places, phones and identity numbers in the forms their registers write them
(the Ghana Card PIN, the Ivorian NNI beside the CNI's number, the sixteen-digit Rwandan ID, the
Zambian NRC and the Omang with its sex digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind19_writers import _nid_rw
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind76_writers import _omang
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind90_writers import _gh_card, _gh_phone
from lienthong.quality._corpus_blind92_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_COPIED = _items(
    "Bằng tốt nghiệp THPT; Giấy khai sinh; Sổ hộ khẩu (cũ); Bằng ĐH + bảng điểm; "
    "GCN QSDĐ; Thẻ CCCD; Học bạ THCS; Giấy phép lái xe; Sổ BHXH"
)
_VN_SIGNERS = ("Phó CT Nguyễn Văn Thắng", "CT Lê Thị Hồng", "Phó CT Trần Quốc Huy")
_VN_BG_HOMES = _items(
    "thôn Hạ, xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc Giang; tổ dân phố Mỹ Độ, phường Mỹ Độ, TP "
    "Bắc Giang; thôn Đông Lỗ, xã Đông Lỗ, huyện Hiệp Hòa, tỉnh Bắc Giang; xóm Chùa, xã Quế "
    "Nham, huyện Tân Yên, tỉnh Bắc Giang; thôn Kép 2, xã Hương Sơn, huyện Lạng Giang, tỉnh Bắc "
    "Giang"
)
_VN_ETHNIC = ("Kinh", "Tày", "Nùng", "Dao", "H'Mông", "Kinh", "Sán Chay")
_VN_LUNCH_GROUPS = _items(
    "Trẻ thuộc hộ nghèo; Trẻ thuộc hộ cận nghèo; Trẻ mồ côi cha/mẹ; Trẻ khuyết tật; "
    "Trẻ DTTS ở thôn ĐBKK; Trẻ là con liệt sĩ"
)
_VN_LUNCH_CLASSES = ("MG 5-6 tuổi A1", "MG 4-5 tuổi B2", "MG 3-4 tuổi C1", "MG ghép Nà Làng")
_VN_HG_HOMES = _items(
    "thôn Nà Làng, xã Phú Linh, TP Hà Giang, tỉnh Hà Giang; thôn Tân Tiến, xã Đạo Đức, huyện "
    "Vị Xuyên, tỉnh Hà Giang; thôn Lùng Tám Cao, xã Lùng Tám, huyện Quản Bạ, tỉnh Hà Giang; "
    "tổ 3, thị trấn Vinh Quang, huyện Hoàng Su Phì, tỉnh Hà Giang"
)
_VN_CT07_PURPOSES = _items(
    "Bổ sung hồ sơ xin việc; Làm thủ tục vay vốn ngân hàng; Nhập học cho con; Hồ sơ xuất "
    "khẩu lao động; Đăng ký kết hôn; Thủ tục thừa kế"
)
_VN_HN_HOMES = _items(
    "số 12 ngõ 48 phố Tạ Quang Bửu, phường Bách Khoa, quận Hai Bà Trưng, TP Hà Nội; P.1206 "
    "tòa CT2, KĐT Văn Khê, phường La Khê, quận Hà Đông, TP Hà Nội; số 7 ngách 15/2 phố Khương "
    "Hạ, phường Khương Đình, quận Thanh Xuân, TP Hà Nội; thôn Đông, xã Đông Mỹ, huyện Thanh "
    "Trì, TP Hà Nội; số 45 phố Hàng Bạc, phường Hàng Bạc, quận Hoàn Kiếm, TP Hà Nội"
)
_VN_CT07_OFFICERS = ("Đại úy Phạm Minh Tú", "Thượng úy Nguyễn Thu Hà", "Trung úy Đỗ Văn Long")
_VN_QN_HOMES = _items(
    "khối phố 4, phường An Sơn, TP Tam Kỳ, tỉnh Quảng Nam; thôn Phước Bình, xã Tam Phước, "
    "huyện Phú Ninh, tỉnh Quảng Nam; 18 Phan Bội Châu, phường Tân Thạnh, TP Tam Kỳ, tỉnh "
    "Quảng Nam; thôn 5, xã Tam Thăng, TP Tam Kỳ, tỉnh Quảng Nam"
)

# -- Ghana --------------------------------------------------------------------------------------
_GH_FAMILY = _items("Mensah; Owusu; Boateng; Asante; Osei; Agyeman; Addo; Quaye; Tetteh; Amoah")
_GH_FIRST_M = _items("Kwame; Kofi; Yaw; Kwabena; Kojo; Nii Armah; Kwaku; Ebo")
_GH_FIRST_F = _items("Ama; Akosua; Abena; Efua; Adwoa; Naa Dedei; Afia; Esi")
_GH_OTHER = ("Emmanuel", "", "Grace", "Samuel", "", "Priscilla", "Isaac")
#: (GhanaPost GPS digital address, town)
_GH_HOMES = _rows(
    "GA-492-7781 | Accra; GE-231-0043 | Madina; AK-039-5521 | Kumasi; CC-118-2290 | Cape "
    "Coast; GT-015-8834 | Tema; WS-227-4410 | Takoradi; NT-0011-2093 | Tamale"
)
_GH_CLASSES = ("B", "B", "C", "A", "B/C", "D", "F")
_GH_CENTRES = _items(
    "DVLA Head Office, Accra; DVLA Kumasi (Adum); DVLA Weija; DVLA Tema; DVLA Takoradi; DVLA Tamale"
)
_GH_SCHOOLS = ("Ghana Driving School", "Yenkasa Driving School", "Kaysens School of Motoring", "")

# -- Côte d'Ivoire ------------------------------------------------------------------------------
_CI_NOMS = _items(
    "KOUASSI; KONAN; KOFFI; YAO; TRAORE; COULIBALY; OUATTARA; N'GUESSAN; BAMBA; DIABATE"
)
_CI_PRENOMS_M = _items("Kouadio Jean; Yao Serge; Moussa; Aka Patrice; Seydou; Ange Désiré")
_CI_PRENOMS_F = _items("Affoué Rose; Aya Clarisse; Mariam; Adjoua Nadège; Fatoumata; Akissi")
_CI_BIRTHPLACES = _items("Bouaké; Daloa; Korhogo; Abidjan-Cocody; Yamoussoukro; Man; Gagnoa")
_CI_JOBS = _items("Commerçante; Planteur; Élève; Enseignant; Ménagère; Chauffeur; Couturière")
_CI_HOMES = _items(
    "Cocody Angré 8e tranche; Yopougon Sicogi; Abobo Avocatier; Koumassi Remblais; Marcory "
    "Zone 4; Port-Bouët Gonzagueville; Treichville Arras 2"
)
_CI_PLACES = _items(
    "EPP Angré Château; Lycée Moderne de Yopougon; Mairie d'Abobo; EPP Koumassi Campement; "
    "Groupe scolaire Marcory Résidentiel; EPP Gonzagueville 2"
)

# -- Rwanda -------------------------------------------------------------------------------------
_RW_NAMES_M = _items("Niyonzima Jean Claude; Habimana Eric; Uwimana Patrick; Nsengiyumva Emmanuel")
_RW_NAMES_F = _items("Mukamana Alice; Uwase Diane; Nyirahabimana Claudine; Ingabire Grace")
#: (Akarere, Umurenge, Akagari, Umudugudu)
_RW_PLACES = _rows(
    "Gasabo | Kimironko | Bibare | Ingenzi; Nyarugenge | Nyamirambo | Rugarama | Amahoro; "
    "Huye | Ngoma | Butare | Rwabuye; Musanze | Muhoza | Mpenge | Kabeza; Rubavu | Gisenyi | "
    "Umuganda | Isangano; Kayonza | Mukarange | Nyagatovu | Cyeru"
)
_RW_CATEGORIES = ("Icyiciro cya 1", "Icyiciro cya 2", "Icyiciro cya 3", "Icyiciro cya 4")
_RW_HEALTH = _items("CS Kimironko; CS Biryogo; CS Matyazo; CS Muhoza; CS Gisenyi; CS Mukarange")

# -- Zambia -------------------------------------------------------------------------------------
_ZM_NAMES_M = _items("Mwila Chanda; Bwalya Mulenga; Joseph Phiri; Emmanuel Banda; Kelvin Tembo")
_ZM_NAMES_F = _items("Mutale Chileshe; Precious Mwape; Esther Zulu; Ruth Ngoma; Memory Sakala")
#: (NRC district code, camp, agricultural block, district)
_ZM_CAMPS = _rows(
    "61 | Mwanalufu | Mwanalufu Block | Masaiti; 31 | Chisamba Central | Chisamba Block | "
    "Chisamba; 25 | Kalichero | Chipata East | Chipata; 11 | Mazabuka Central | Mazabuka Block "
    "| Mazabuka; 40 | Mpika Central | Mpika Block | Mpika; 52 | Mumbwa West | Mumbwa Block | "
    "Mumbwa"
)
_ZM_COOPS = _items(
    "Tiyanjane Cooperative; Twashuka Multipurpose Co-op; Chawama Women's Club; Kalichero Farmers "
    "Co-op; Tubombe Pamo Cooperative"
)
_ZM_PACKS = ("Maize pack (8 bags fertiliser + 10kg seed)", "Soya beans pack", "Groundnuts pack")

# -- Botswana -----------------------------------------------------------------------------------
_BW_NAMES_M = _items("Kgosi Modise; Thabo Molefe; Kabelo Sebina; Mpho Kgathi; Tshepo Ramotswa")
_BW_NAMES_F = _items("Boitumelo Seretse; Mmaserame Tau; Keitumetse Kebonang; Onalenna Mosweu")
#: (village, kgotla ward, district, pay point)
_BW_PLACES = _rows(
    "Mochudi | Phuthadikobo | Kgatleng | Mochudi Post Office; Serowe | Ratholo | Central | "
    "Serowe Kgotla; Kanye | Kgwatlheng | Southern | Kanye Post Office; Molepolole | Borakalalo "
    "| Kweneng | Molepolole Kgotla; Maun | Boseja | North West | Maun Post Office; Tonota | "
    "Maphane | Central | Tonota Kgotla"
)
_BW_STATUS = ("E a amogela / Active", "E a amogela / Active", "E emisitswe / Suspended")


def _gh_name(p: Person) -> tuple[str, str, str]:
    return (
        _pick(p, _GH_FAMILY, 2),
        _by_sex(p, _GH_FIRST_M, _GH_FIRST_F, 3),
        _pick(p, _GH_OTHER, 4),
    )


def _rw_place(p: Person) -> tuple[str, ...]:
    return _RW_PLACES[int(p.bhxh) // 7 % len(_RW_PLACES)]


def _zm_camp(p: Person) -> tuple[str, ...]:
    return _ZM_CAMPS[int(p.bhxh) // 7 % len(_ZM_CAMPS)]


def _bw_place(p: Person) -> tuple[str, ...]:
    return _BW_PLACES[int(p.bhxh) // 7 % len(_BW_PLACES)]


def _rw_nid_spaced(p: Person) -> str:
    """The Rwandan ID as the card prints it: ``1 1985 8 0012345 0 12``."""
    s = _nid_rw(p)
    return f"{s[0]} {s[1:5]} {s[5]} {s[6:13]} {s[13]} {s[14:]}"


def _months_lunch(p: Person) -> int:
    return 9 - int(p.bhxh[-1]) % 3


WRITERS_BLIND115: dict[str, Callable[[Person, Col], object]] = {
    # -- sổ chứng thực bản sao từ bản chính
    "copy_no115": lambda p, c: f"{_num(p, 3000)}/2025/SCT-BS",
    "copied115": lambda p, c: _pick(p, _VN_COPIED, 2),
    "copies115": lambda p, c: _pick(p, ("2", "1", "3", "5"), 3),
    "copy_fee115": lambda p, c: _dotted(2000 * int(_pick(p, ("2", "1", "3", "5"), 3)) + 3000),
    "copy_home115": lambda p, c: _pick(p, _VN_BG_HOMES, 4),
    "copy_signer115": lambda p, c: _pick(p, _VN_SIGNERS, 5),
    # -- hỗ trợ tiền ăn trưa trẻ mẫu giáo (NĐ 105/2020)
    "lunch_class115": lambda p, c: _pick(p, _VN_LUNCH_CLASSES, 2),
    "ethnic115": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "lunch_group115": lambda p, c: _pick(p, _VN_LUNCH_GROUPS, 4),
    "lunch_home115": lambda p, c: _pick(p, _VN_HG_HOMES, 5),
    "lunch_parent115": lambda p, c: _other_vn(p, 6, False),
    "lunch_parent_phone115": lambda p, c: _other_phone(p, "0971"),
    "lunch_rate115": lambda p, c: "160.000",
    "lunch_months115": lambda p, c: _months_lunch(p),
    "lunch_total115": lambda p, c: _dotted(160_000 * _months_lunch(p)),
    # -- xác nhận thông tin về cư trú (CT07)
    "ct07_no115": lambda p, c: (
        f"G01.{p.bhxh[:3]}.{p.bhxh[3:6]}-{p.other_date:%y%m%d}-{p.bhxh[-4:]}"
    ),
    "ct07_home115": lambda p, c: _pick(p, _VN_HN_HOMES, 2),
    "ct07_purpose115": lambda p, c: _pick(p, _VN_CT07_PURPOSES, 3),
    "ct07_channel115": lambda p, c: _pick(p, ("DVC trực tuyến", "Trực tiếp", "VNeID"), 4),
    "ct07_due115": lambda p, c: f"{p.other_date + timedelta(days=3):%d-%m-%Y}",
    "ct07_officer115": lambda p, c: _pick(p, _VN_CT07_OFFICERS, 5),
    # -- ủng hộ Quỹ "Vì người nghèo"
    "fund_home115": lambda p, c: _pick(p, _VN_QN_HOMES, 2),
    "fund_amount115": lambda p, c: _dotted((int(p.bhxh[-2:]) % 20 + 1) * 100_000),
    "fund_way115": lambda p, c: _pick(p, ("TM", "CK", "TM", "CK (Vietcombank)"), 3),
    "fund_receipt115": lambda p, c: f"BL{p.bhxh[-5:]}",
    "fund_collector115": lambda p, c: _other_vn(p, 4),
    # -- Ghana: DVLA driving licence register
    "gh_card115": lambda p, c: _gh_card(p),
    "gh_surname115": lambda p, c: _gh_name(p)[0].upper(),
    "gh_first115": lambda p, c: _gh_name(p)[1],
    "gh_other115": lambda p, c: _gh_name(p)[2],
    "sex_gh115": lambda p, c: "M" if p.male else "F",
    "gh_gps115": lambda p, c: _GH_HOMES[int(p.bhxh) // 7 % len(_GH_HOMES)][0],
    "gh_town115": lambda p, c: _GH_HOMES[int(p.bhxh) // 7 % len(_GH_HOMES)][1],
    "gh_phone115": lambda p, c: _gh_phone(p),
    "gh_licence115": lambda p, c: f"{_pick(p, ('ASH', 'GAR', 'CEN', 'WES'), 2)}-{p.bhxh[-8:]}",
    "gh_class115": lambda p, c: _pick(p, _GH_CLASSES, 5),
    "gh_expiry115": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "gh_centre115": lambda p, c: _pick(p, _GH_CENTRES, 6),
    "gh_school115": lambda p, c: _pick(p, _GH_SCHOOLS, 7),
    "gh_blood115": lambda p, c: _pick(p, ("O+", "A+", "B+", "O-", "AB+"), 8),
    # -- Côte d'Ivoire: liste électorale (CEI)
    "ci_nom115": lambda p, c: _pick(p, _CI_NOMS, 2),
    "ci_prenoms115": lambda p, c: _by_sex(p, _CI_PRENOMS_M, _CI_PRENOMS_F, 3),
    "sex_ci115": lambda p, c: "M" if p.male else "F",
    "ci_birthplace115": lambda p, c: _pick(p, _CI_BIRTHPLACES, 4),
    "ci_job115": lambda p, c: _pick(p, _CI_JOBS, 5),
    "ci_home115": lambda p, c: _pick(p, _CI_HOMES, 6),
    "ci_nni115": lambda p, c: f"{p.birth:%y}{p.bhxh[1:10]}",
    "ci_cni115": lambda p, c: f"CI00{p.bhxh[2:9]}{int(p.bhxh[-1]) % 9}",
    "ci_place115": lambda p, c: _pick(p, _CI_PLACES, 7),
    "ci_office115": lambda p, c: f"BV {int(p.bhxh[-2:]) % 12 + 1:02d}",
    "ci_voter115": lambda p, c: f"V{p.bhxh[-9:]}",
    # -- Rwanda: mutuelle de santé / CBHI
    "rw_nid115": lambda p, c: _rw_nid_spaced(p),
    "rw_name115": lambda p, c: _by_sex(p, _RW_NAMES_M, _RW_NAMES_F, 2),
    "sex_rw115": lambda p, c: "Gabo / M" if p.male else "Gore / F",
    "rw_district115": lambda p, c: _rw_place(p)[0],
    "rw_sector115": lambda p, c: _rw_place(p)[1],
    "rw_cell115": lambda p, c: _rw_place(p)[2],
    "rw_village115": lambda p, c: _rw_place(p)[3],
    "rw_phone115": lambda p, c: f"+250 7{_pick(p, ('8', '9', '2', '3'), 3)}{p.phone[3:10]}",
    "rw_category115": lambda p, c: _pick(p, _RW_CATEGORIES, 4),
    "rw_members115": lambda p, c: 1 + int(p.bhxh[-3]) % 7,
    "rw_paid115": lambda p, c: f"{3000 * (1 + int(p.bhxh[-3]) % 7):,} Frw",
    "rw_health115": lambda p, c: _pick(p, _RW_HEALTH, 5),
    "rw_head115": lambda p, c: _by_sex(p, _RW_NAMES_F, _RW_NAMES_M, 6),
    # -- Zambia: FISP farmer register
    "zm_nrc115": lambda p, c: f"{p.bhxh[-6:]}/{_zm_camp(p)[0]}/1",
    "zm_name115": lambda p, c: _by_sex(p, _ZM_NAMES_M, _ZM_NAMES_F, 2),
    "sex_zm115": lambda p, c: "Male" if p.male else "Female",
    "zm_camp115": lambda p, c: _zm_camp(p)[1],
    "zm_block115": lambda p, c: _zm_camp(p)[2],
    "zm_district115": lambda p, c: _zm_camp(p)[3],
    "zm_phone115": lambda p, c: (
        f"+260 9{_pick(p, ('7', '6', '5'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "zm_coop115": lambda p, c: _pick(p, _ZM_COOPS, 4),
    "zm_hectares115": lambda p, c: f"{1 + int(p.bhxh[-1]) % 4}.{p.bhxh[-2]}",
    "zm_pack115": lambda p, c: _pick(p, _ZM_PACKS, 5),
    "zm_contribution115": lambda p, c: "K400.00",
    "zm_evoucher115": lambda p, c: f"EV{p.bhxh[:8]}",
    # -- Botswana: old age pension pay list
    "bw_omang115": lambda p, c: _omang(p),
    "bw_name115": lambda p, c: _by_sex(p, _BW_NAMES_M, _BW_NAMES_F, 2),
    "sex_bw115": lambda p, c: "Monna / M" if p.male else "Mosadi / F",
    "bw_village115": lambda p, c: _bw_place(p)[0],
    "bw_ward115": lambda p, c: _bw_place(p)[1],
    "bw_district115": lambda p, c: _bw_place(p)[2],
    "bw_paypoint115": lambda p, c: _bw_place(p)[3],
    "bw_phone115": lambda p, c: (
        f"+267 7{_pick(p, ('1', '2', '3', '4'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "bw_amount115": lambda p, c: "P830.00",
    "bw_status115": lambda p, c: _pick(p, _BW_STATUS, 4),
    "bw_nok115": lambda p, c: _by_sex(p, _BW_NAMES_F, _BW_NAMES_M, 5),
    "bw_nok_phone115": lambda p, c: f"+267 7{p.phone[9]} {p.phone[3:6]} {p.phone[6:9]}",
}

__all__ = ["WRITERS_BLIND115"]
