"""How the people of the hundred-and-fifty-third part of the outside corpus (**blind 153**,
:mod:`lienthong.quality._corpus_blind153`) are written: four Vietnamese files' own columns (small
slaughtering households under the veterinary station, beekeeping households given a hive-area
code, proposals for the grassroots emulation soldier title, an acupuncture clinic's patients) and
Sierra Leonean, Liberian, Gambian, Togolese and Beninese names, places, phones and numbers in the
forms their registers show (the Sierra Leone NIN in its eight letters and digits, the Liberian
NIR number, the Gambian national id card number, the Togolese voter card number Novissi paid on,
the Beninese NPI of ten digits from RAVIP; Liberian dates month first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind30_writers import (
    _TG_FAMILY,
    _TG_GIVEN_F,
    _TG_GIVEN_M,
    _tg_place,
)
from lienthong.quality._corpus_blind32_writers import _SL_FAMILY, _SL_GIVEN_F, _SL_GIVEN_M
from lienthong.quality._corpus_blind33_writers import (
    _LR_FAMILY,
    _LR_GIVEN_F,
    _LR_GIVEN_M,
    _lr_place,
)
from lienthong.quality._corpus_blind34_writers import (
    _BJ_BIRTHPLACES,
    _BJ_FAMILY,
    _BJ_GIVEN_F,
    _BJ_GIVEN_M,
)
from lienthong.quality._corpus_blind35_writers import _GM_FAMILY, _GM_GIVEN_F, _GM_GIVEN_M
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: small slaughtering households under the veterinary station ------------------------
_VN_SLAUGHTER_KIND = ("Heo", "Heo", "Trâu, bò", "Gia cầm", "Heo, gia cầm", "Dê")
_VN_SLAUGHTER_SPOT = (
    "Tại nhà (hộ gia đình)",
    "Điểm giết mổ tập trung ấp 3",
    "Lò mổ Tân Hiệp",
    "Chợ đầu mối, khu B",
)
_VN_SLAUGHTER_MARK = ("Đạt", "Đạt", "Chưa đạt - nền chưa láng", "Đạt (cam kết)")
# -- Vietnam: beekeeping households with a hive-area code ---------------------------------------
_VN_BEES = ("Ong nội (Apis cerana)", "Ong ngoại (Apis mellifera)", "Ong ngoại (Apis mellifera)")
_VN_FLOWERS = ("Cao su", "Cà phê", "Nhãn, vải", "Keo, tràm", "Điều", "Bạc hà")
_VN_BUYERS = ("Cty CP Ong mật Đắk Lắk", "HTX Ong mật Sơn La", "Tự tiêu thụ", "Cty TNHH Hoa Nắng")
# -- Vietnam: proposals for the grassroots emulation soldier title ------------------------------
_VN_POSTS = (
    "Chuyên viên - Phòng Tư pháp",
    "Công chức Địa chính - Xây dựng",
    "Giáo viên - Trường TH Lê Lợi",
    "Phó Chủ tịch UBND xã",
    "Kế toán - Trạm Y tế",
    "Văn thư - Văn phòng HĐND-UBND",
)
_VN_TITLES = ("Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở")
_VN_SKN = (
    "SKKN: Số hóa hồ sơ hộ tịch",
    "Đề tài: Cải cách TTHC một cửa",
    "SKKN: Dạy đọc lớp 1",
    "Giải pháp quản lý kho thuốc",
)
# -- Vietnam: an acupuncture clinic of traditional medicine -------------------------------------
_VN_ILLS = (
    "Đau thần kinh tọa (M54.3)",
    "Liệt VII ngoại biên (G51.0)",
    "Thoái hóa cột sống cổ (M47.8)",
    "Mất ngủ (G47.0)",
    "Di chứng nhồi máu não (I69.3)",
)
_VN_METHODS = ("Điện châm", "Thủy châm", "Điện châm + xoa bóp", "Cứu ngải", "Cấy chỉ")
_VN_DOCTORS = ("BS CKI Lê Thị Hạnh", "YS Phạm Văn Tài", "BS Đỗ Quang Minh", "Lương y Trần Văn Ba")
# -- Sierra Leone: teachers' headcount verification ----------------------------------------------
_SL_SCHOOLS = (
    ("Government Rokel Secondary School", "Western Area Urban"),
    ("Bo Government Secondary School", "Bo"),
    ("RC Primary School, Blama", "Kenema"),
    ("SLMB Primary School, Makeni", "Bombali"),
    ("Ahmadiyya Muslim Secondary School", "Kono"),
    ("UMC Primary School, Moyamba", "Moyamba"),
)
#: (address, chiefdom, district) of the teacher's home
_SL_HOMES = (
    ("{n} Kissy Road, East End, Freetown", "Freetown East", "Western Area Urban"),
    ("{n} Fort Street, Bo Town", "Kakua", "Bo"),
    ("{n} Hangha Road, Kenema", "Nongowa", "Kenema"),
    ("{n} Station Road, Makeni", "Bombali Sebora", "Bombali"),
    ("{n} Main Motor Road, Koidu", "Gbense", "Kono"),
    ("Mokanji Road, Moyamba Town", "Kaiyamba", "Moyamba"),
)
_SL_GRADES = ("TC", "HTC (P)", "HTC (S)", "B.Ed", "Unqualified", "B.Sc + Dip.Ed")
_SL_STATUS = ("Verified", "Verified", "Verified", "Absent - on leave", "Ghost? Not seen")
# -- Liberia: LEC customer connections -----------------------------------------------------------
_LR_TARIFF = ("Residential R1", "Residential R1", "Commercial C1", "Residential R2")
_LR_NIR_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
# -- The Gambia: national health insurance enrolment ---------------------------------------------
#: (settlement, district, region)
_GM_HOMES = (
    ("Brikama Nema", "Kombo Central", "West Coast Region"),
    ("Serekunda London Corner", "Kanifing", "Kanifing Municipal Council"),
    ("Bakau Kachikally", "Kanifing", "Kanifing Municipal Council"),
    ("Farafenni", "Upper Baddibu", "North Bank Region"),
    ("Soma", "Jarra West", "Lower River Region"),
    ("Basse Santa Su", "Fulladu East", "Upper River Region"),
)
_GM_FACILITIES = (
    "Brikama District Hospital",
    "Serrekunda General Hospital",
    "Fajikunda Major Health Centre",
    "AFPRC General Hospital, Farafenni",
    "Soma Major Health Centre",
    "Basse District Hospital",
)
_GM_CATEGORY = ("Informal sector", "Indigent (exempt)", "Civil servant", "Private formal")
# -- Togo: Novissi payments ----------------------------------------------------------------------
_TG_PREFECTURES = {
    "Lomé": ("Golfe", "Golfe 1", "Bè-Ouest"),
    "Kpalimé": ("Kloto", "Kloto 1", "Kpalimé-Centre"),
    "Kara": ("Kozah", "Kozah 1", "Kara-Sud"),
}
_TG_TRADES = ("Zémidjan", "Revendeuse", "Couturière", "Coiffeur", "Menuisier", "Vulcanisateur")
# -- Benin: ARCH health insurance for the poor ---------------------------------------------------
#: (quartier or village, arrondissement, commune, département)
_BJ_HOMES = (
    ("Agla Hlazounto", "13e arrondissement", "Cotonou", "Littoral"),
    ("Houénoussou", "Godomey", "Abomey-Calavi", "Atlantique"),
    ("Tokpota", "4e arrondissement", "Porto-Novo", "Ouémé"),
    ("Goho", "Djègbé", "Abomey", "Zou"),
    ("Banikanni", "1er arrondissement", "Parakou", "Borgou"),
    ("Zongo", "Djougou I", "Djougou", "Donga"),
)
_BJ_POOR = ("Pauvre extrême", "Pauvre extrême", "Pauvre non extrême")
_BJ_CENTRES = (
    "CS Agla",
    "CS Godomey-Gare",
    "CHU-MEL",
    "CS Abomey Goho",
    "HZ Parakou",
    "CS Djougou Zongo",
)


def _sl_nin(p: Person) -> str:
    """The NCRA's National Identification Number: eight letters and digits."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    seed = int(p.bhxh)
    out = []
    for i in range(8):
        digit = (seed // (7**i)) % 34
        out.append(str(digit) if digit < 10 else letters[digit - 10])
    return "".join(out)


def _sl_home(p: Person) -> tuple[str, str, str]:
    address, chiefdom, district = _SL_HOMES[int(p.bhxh) // 7 % len(_SL_HOMES)]
    return address.format(n=_num(p, 90)), chiefdom, district


def _lr_nir(p: Person) -> str:
    """A Liberian NIR card number: two letters, then eight digits."""
    a = _LR_NIR_LETTERS[int(p.bhxh) % len(_LR_NIR_LETTERS)]
    b = _LR_NIR_LETTERS[int(p.bhxh) // 23 % len(_LR_NIR_LETTERS)]
    return f"{a}{b}{p.bhxh[2:]}"


def _lr_address(p: Person) -> str:
    street, quarter, city, county = _lr_place(p)
    return f"{street.format(n=_num(p, 60))}, {quarter}, {city}, {county} County"


def _gm_home(p: Person) -> tuple[str, str, str]:
    return _GM_HOMES[int(p.bhxh) // 9 % len(_GM_HOMES)]


def _tg_where(p: Person) -> tuple[str, str, str, str]:
    quarter, town = _tg_place(p)
    prefecture, commune, canton = _TG_PREFECTURES[town]
    return quarter, prefecture, commune, canton


def _tg_card(p: Person) -> str:
    """A Togolese voter card number (2019-2020 revision): bureau code and order number."""
    return f"{p.bhxh[:2]}{p.bhxh[2:4]}-{p.bhxh[4:7]}-{p.bhxh[7:]}{p.phone[-2:]}"


def _bj_home(p: Person) -> tuple[str, str, str, str]:
    return _BJ_HOMES[int(p.bhxh) // 11 % len(_BJ_HOMES)]


WRITERS_BLIND153: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: small slaughtering households
    "slaughter_kind153": lambda p, c: _pick(p, _VN_SLAUGHTER_KIND, 2),
    "slaughter_heads153": lambda p, c: f"{_num(p, 15)} con/ngày",
    "slaughter_spot153": lambda p, c: _pick(p, _VN_SLAUGHTER_SPOT, 3),
    "slaughter_mark153": lambda p, c: _pick(p, _VN_SLAUGHTER_MARK, 4),
    "slaughter_cert153": lambda p, c: f"{_num(p, 200):03d}/GCN-TYT",
    "slaughter_vet153": lambda p, c: _other_vn(p, 5),
    # Vietnam: beekeeping households
    "bee_code153": lambda p, c: f"VN-66-{_num(p, 900):04d}-ONG",
    "bee_kind153": lambda p, c: _pick(p, _VN_BEES, 2),
    "bee_hives153": lambda p, c: str(_num(p, 400) + 20),
    "bee_flower153": lambda p, c: _pick(p, _VN_FLOWERS, 3),
    "bee_honey153": lambda p, c: f"{_num(p, 80) * 50:,}".replace(",", "."),
    "bee_buyer153": lambda p, c: _pick(p, _VN_BUYERS, 4),
    "bee_spot153": lambda p, c: f"Lô {_num(p, 40)}, Tiểu khu {_num(p, 300) + 400}",
    # Vietnam: emulation soldier title
    "emul_post153": lambda p, c: _pick(p, _VN_POSTS, 2),
    "emul_title153": lambda p, c: _pick(p, _VN_TITLES, 3),
    "emul_skn153": lambda p, c: _pick(p, _VN_SKN, 4),
    "emul_grade153": lambda p, c: _pick(p, ("HTXSNV", "HTXSNV", "HTTNV"), 5),
    "emul_votes153": lambda p, c: f"{_num(p, 20) + 80}%",
    # Vietnam: acupuncture clinic
    "acu_file153": lambda p, c: f"YHCT-{p.other_date.year}-{_num(p, 5000):05d}",
    "acu_ill153": lambda p, c: _pick(p, _VN_ILLS, 2),
    "acu_method153": lambda p, c: _pick(p, _VN_METHODS, 3),
    "acu_sessions153": lambda p, c: str(_num(p, 20) + 5),
    "acu_doctor153": lambda p, c: _pick(p, _VN_DOCTORS, 4),
    "acu_kin153": lambda p, c: _other_vn(p, 7),
    "acu_kin_phone153": lambda p, c: _other_phone(p, "08"),
    "acu_fee153": lambda p, c: _dotted((_num(p, 30) + 2) * 50_000),
    # Sierra Leone: teachers' headcount
    "sl_pin153": lambda p, c: f"TSC/{p.bhxh[-6:]}",
    "sl_name153": lambda p, c: (
        f"{_pick(p, _SL_FAMILY, 2).upper()} {_by_sex(p, _SL_GIVEN_M, _SL_GIVEN_F, 1)}"
    ),
    "sl_sex153": lambda p, c: "M" if p.male else "F",
    "sl_nin153": lambda p, c: _sl_nin(p),
    "sl_school153": lambda p, c: _SL_SCHOOLS[int(p.bhxh) // 5 % len(_SL_SCHOOLS)][0],
    "sl_emis153": lambda p, c: f"{_num(p, 9)}{p.bhxh[-6:-1]}{_num(p, 7)}",
    "sl_grade153": lambda p, c: _pick(p, _SL_GRADES, 3),
    "sl_home153": lambda p, c: _sl_home(p)[0],
    "sl_chiefdom153": lambda p, c: _sl_home(p)[1],
    "sl_district153": lambda p, c: _sl_home(p)[2],
    "sl_phone153": lambda p, c: (
        f"+232 {_pick(p, ('76', '77', '78', '30', '88'), 4)} {p.phone[4:10]}"
    ),
    "sl_status153": lambda p, c: _pick(p, _SL_STATUS, 5),
    # Liberia: LEC customers
    "lr_account153": lambda p, c: f"LEC-{p.bhxh[-7:]}",
    "lr_meter153": lambda p, c: f"0{p.bhxh[:3]}{p.phone[-8:]}",
    "lr_name153": lambda p, c: (
        f"{_by_sex(p, _LR_GIVEN_M, _LR_GIVEN_F, 1)} {_pick(p, _LR_FAMILY, 2)}"
    ),
    "lr_nir153": lambda p, c: _lr_nir(p),
    "lr_address153": lambda p, c: _lr_address(p),
    "lr_phone153": lambda p, c: f"0{_pick(p, ('77', '88', '55'), 3)}{p.phone[3:10]}",
    "lr_tariff153": lambda p, c: _pick(p, _LR_TARIFF, 4),
    "lr_landlord153": lambda p, c: f"{_pick(p, _LR_GIVEN_M, 5)} {_pick(p, _LR_FAMILY, 6)}",
    "lr_deposit153": lambda p, c: f"US$ {(_num(p, 8) + 2) * 25:.2f}",
    # The Gambia: NHIS enrolment
    "gm_nhis153": lambda p, c: f"NHIS/{_num(p, 9):02d}/{p.bhxh[-7:]}",
    "gm_name153": lambda p, c: (
        f"{_by_sex(p, _GM_GIVEN_M, _GM_GIVEN_F, 1)} {_pick(p, _GM_FAMILY, 2)}"
    ),
    "gm_nin153": lambda p, c: f"{p.birth:%y%m%d}{p.bhxh[-5:]}",
    "gm_settlement153": lambda p, c: _gm_home(p)[0],
    "gm_district153": lambda p, c: _gm_home(p)[1],
    "gm_region153": lambda p, c: _gm_home(p)[2],
    "gm_phone153": lambda p, c: f"+220 {_pick(p, ('7', '3', '2', '5'), 3)}{p.phone[4:10]}",
    "gm_facility153": lambda p, c: _GM_FACILITIES[int(p.bhxh) // 9 % len(_GM_FACILITIES)],
    "gm_category153": lambda p, c: _pick(p, _GM_CATEGORY, 4),
    "gm_kin153": lambda p, c: f"{_pick(p, _GM_GIVEN_F, 5)} {_pick(p, _GM_FAMILY, 6)}",
    # Togo: Novissi
    "tg_card153": lambda p, c: _tg_card(p),
    "tg_family153": lambda p, c: _pick(p, _TG_FAMILY, 2),
    "tg_given153": lambda p, c: _by_sex(p, _TG_GIVEN_M, _TG_GIVEN_F, 1),
    "tg_sex153": lambda p, c: "M" if p.male else "F",
    "tg_quarter153": lambda p, c: _tg_where(p)[0],
    "tg_prefecture153": lambda p, c: _tg_where(p)[1],
    "tg_commune153": lambda p, c: _tg_where(p)[2],
    "tg_phone153": lambda p, c: (
        f"{_pick(p, ('90', '91', '92', '70', '96', '98', '99'), 3)} "
        f"{p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "tg_wallet153": lambda p, c: "T-Money" if p.phone[-1] in "01234" else "Flooz",
    "tg_trade153": lambda p, c: _pick(p, _TG_TRADES, 4),
    "tg_amount153": lambda p, c: f"{12_250 if p.male else 15_750:,}".replace(",", " "),
    # Benin: ARCH
    "bj_npi153": lambda p, c: f"{_pick(p, ('1', '2'), 2)}{p.bhxh[1:]}",
    "bj_family153": lambda p, c: _pick(p, _BJ_FAMILY, 2),
    "bj_given153": lambda p, c: _by_sex(p, _BJ_GIVEN_M, _BJ_GIVEN_F, 1),
    "bj_sex153": lambda p, c: "Masculin" if p.male else "Féminin",
    "bj_pob153": lambda p, c: _pick(p, _BJ_BIRTHPLACES, 3),
    "bj_quarter153": lambda p, c: _bj_home(p)[0],
    "bj_commune153": lambda p, c: _bj_home(p)[2],
    "bj_departement153": lambda p, c: _bj_home(p)[3],
    "bj_phone153": lambda p, c: (
        f"+229 01 {_pick(p, ('97', '96', '66', '61', '95', '51'), 4)} "
        f"{p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "bj_poor153": lambda p, c: _pick(p, _BJ_POOR, 5),
    "bj_centre153": lambda p, c: _BJ_CENTRES[int(p.bhxh) // 11 % len(_BJ_CENTRES)],
    "bj_head153": lambda p, c: (
        "Oui" if int(p.bhxh) % 3 == 0 else f"{_pick(p, _BJ_GIVEN_M, 6)} {_pick(p, _BJ_FAMILY, 7)}"
    ),
}

__all__ = ["WRITERS_BLIND153"]
