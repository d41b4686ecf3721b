"""How the people of the three-hundred-and-fifty-sixth part of the outside corpus (**blind 356**,
:mod:`lienthong.quality._corpus_blind356`) are written: growers, fishermen and households of the
merged province of Đắk Lắk (Đắk Lắk and Phú Yên from 1 July 2025), with Ê Đê and M'nông names
(``Y``/``H'`` before the given name, the clan name after it), addresses in the new two-level
form (thôn/buôn, xã or phường, tỉnh Đắk Lắk) and in the old one (huyện or thị xã, tỉnh Phú Yên)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (thôn/buôn, xã after the merger) of the old Đắk Lắk highlands
_DK_PLACES = (
    ("Thôn 4", "xã Ea Tu"),
    ("Buôn Kô Đung", "xã Ea Kao"),
    ("Thôn Tân Lập", "xã Cư M'gar"),
    ("Thôn 7", "xã Krông Pắc"),
    ("Buôn Trấp", "xã Krông Ana"),
    ("Thôn 2", "xã Ea Súp"),
    ("Thôn 11", "xã Ea Kiết"),
    ("Buôn Ea Ruê", "xã Ea Rốk"),
)
#: (khu phố/thôn, phường or xã, huyện or thị xã) of the old province of Phú Yên
_PY_PLACES = (
    ("Khu phố Long Hải Bắc", "phường Xuân Yên", "thị xã Sông Cầu"),
    ("Thôn Phú Thạnh", "xã An Ninh Đông", "huyện Tuy An"),
    ("Khu phố Phú Thạnh", "phường 6", "thành phố Tuy Hòa"),
    ("Thôn Vịnh Hòa", "xã Xuân Thịnh", "thị xã Sông Cầu"),
    ("Thôn Phú Lạc", "xã Hòa Hiệp Nam", "thị xã Đông Hòa"),
)
#: the ward each old Phú Yên place belongs to after the merger
_PY_NEW = ("phường Xuân Đài", "xã Ô Loan", "phường Tuy Hòa", "phường Sông Cầu", "phường Hòa Hiệp")
#: (old ward of Buôn Ma Thuột city, the ward it belongs to since 1 July 2025)
_BMT_WARDS = (
    ("phường Tân Lợi", "phường Tân An"),
    ("phường Thắng Lợi", "phường Buôn Ma Thuột"),
    ("phường Tự An", "phường Buôn Ma Thuột"),
    ("phường Khánh Xuân", "phường Ea Kao"),
    ("phường Tân Hòa", "phường Tân Lập"),
    ("phường Thành Nhất", "phường Thành Nhất"),
    ("xã Hòa Thắng", "phường Tân Lập"),
)
_BMT_STREETS = ("Phan Bội Châu", "Y Jút", "Nguyễn Tất Thành", "Lê Duẩn", "Hà Huy Tập", "Y Moan")
_EDE_CLANS = ("Niê", "Êban", "Mlô", "Ksơr", "Byă", "Ktla", "Adrơng", "Hmŏk", "Kbuôr", "Buôn Yă")
_MNONG_CLANS = ("Liêng Hót", "Bon Đơng", "Rơ Ông", "Đing", "Ndu", "Liêng Jang")
_ED_GIVEN_M = ("Bhiông", "Khu", "Kông", "Wơn", "Yơn", "Mai", "Bluin", "Thuột")
_ED_GIVEN_F = ("Rin", "Lan", "Ngôn", "Blin", "Hiên", "Juin", "Mai", "Dơk")
_ETHNIC = ("Kinh", "Ê Đê", "M'nông", "Kinh", "Tày", "Nùng", "Gia Rai")
_DURIAN = ("Ri6", "Monthong (Dona)", "Ri6", "Musang King", "Monthong (Dona)")
_BUYERS = (
    "Cty CP Chánh Thu Đắk Lắk",
    "Cty TNHH Vina T&T",
    "HTX NN DV Krông Pắc",
    "Chưa ký hợp đồng",
)
_COFFEE_SEED = ("TR4", "TR9", "TRS1", "TR11", "Ghép chồi TR4+TR9")
_BANKS = ("Agribank CN Cư M'gar", "NHCSXH PGD Ea Kar", "Agribank CN Krông Pắc", "BIDV Đắk Lắk")
_LOBSTER = ("Tôm hùm bông", "Tôm hùm xanh", "Tôm hùm bông + xanh", "Tôm hùm đá")
_BAYS = ("Vịnh Xuân Đài", "Đầm Cù Mông", "Vũng Chào", "Vịnh Xuân Đài (khu Bãi Nồm)")
_CANALS = ("Kênh chính Tây", "Kênh N1", "Kênh N3-2", "Kênh chính Đông", "Cống 24 N2")
_COFFEE_GRADE = ("Cà phê nhân xô", "Robusta R1 S16", "Robusta R2 S13", "Cà phê quả tươi")
_HONEY = ("Mật ong hoa cà phê", "Mật ong hoa cao su", "Mật ong hoa xuyến chi")
_SUBSIDY = ("NCT từ 80 tuổi", "NKT nặng", "NKT đặc biệt nặng", "Trẻ mồ côi", "NCT nghèo")


def _ede_given(p: Person) -> str:
    return _by_sex(p, _ED_GIVEN_M, _ED_GIVEN_F, 2)


def _ede_full(p: Person, clans: tuple[str, ...] = _EDE_CLANS) -> str:
    lead = "Y" if p.male else _pick(p, ("H'", "H’", "H'"), 3)
    sep = "" if lead.startswith("H") and int(p.bhxh[-1]) % 2 else " "
    return f"{lead}{sep}{_ede_given(p)} {_pick(p, clans, 4)}"


def _teknonym(p: Person) -> str:
    child = _pick(p, ("H'Rin", "Y Kông", "H'Ngôn", "Y Wơn", "Khăm"), 5)
    return f"{'Ama' if p.male else 'Amí'} {child}"


def _dk_addr(p: Person) -> str:
    village, commune = _pick(p, tuple(f"{v}|{c}" for v, c in _DK_PLACES), 6).split("|")
    return f"{village}, {commune}, tỉnh Đắk Lắk"


def _py_index(p: Person) -> int:
    return int(p.bhxh[-5:]) % len(_PY_PLACES)


def _py_old(p: Person) -> str:
    block, ward, town = _PY_PLACES[_py_index(p)]
    return f"{block}, {ward}, {town}, tỉnh Phú Yên"


def _py_new(p: Person) -> str:
    return f"{_PY_PLACES[_py_index(p)][0]}, {_PY_NEW[_py_index(p)]}, tỉnh Đắk Lắk"


def _bmt(p: Person) -> tuple[str, str]:
    return _BMT_WARDS[int(p.bhxh[-4:]) % len(_BMT_WARDS)]


def _bmt_old(p: Person) -> str:
    street = _pick(p, _BMT_STREETS, 7)
    return f"{_num(p, 300)} {street}, {_bmt(p)[0]}, TP. Buôn Ma Thuột, tỉnh Đắk Lắk"


def _ha(p: Person, top: int) -> str:
    return f"{_num(p, top * 10) / 10:.1f}".replace(".", ",")


WRITERS_BLIND356: dict[str, Callable[[Person, Col], object]] = {
    "dk_addr356": lambda p, c: _dk_addr(p),
    "ethnic356": lambda p, c: _pick(p, _ETHNIC, 8),
    "dr_code356": lambda p, c: f"VN-DLOR-{_num(p, 900):04d}",
    "dr_plot356": lambda p, c: f"Thửa {_num(p, 400)}, tờ BĐ số {_num(p, 60)}, {_dk_addr(p)}",
    "dr_variety356": lambda p, c: _pick(p, _DURIAN, 9),
    "dr_area356": lambda p, c: _ha(p, 5),
    "dr_yield356": lambda p, c: _num(p, 40) + 3,
    "dr_buyer356": lambda p, c: _pick(p, _BUYERS, 10),
    "cf_area356": lambda p, c: _ha(p, 3),
    "cf_trees356": lambda p, c: f"{_num(p, 30) * 110:,}".replace(",", "."),
    "cf_seed356": lambda p, c: _pick(p, _COFFEE_SEED, 11),
    "cf_bank356": lambda p, c: _pick(p, _BANKS, 12),
    "py_old356": lambda p, c: _py_old(p),
    "py_new356": lambda p, c: _py_new(p),
    "lob_pos356": lambda p, c: f"13°{_num(p, 59):02d}'N - 109°{_num(p, 50):02d}'E",
    "lob_bay356": lambda p, c: _pick(p, _BAYS, 13),
    "lob_cages356": lambda p, c: _num(p, 40) + 4,
    "lob_kind356": lambda p, c: _pick(p, _LOBSTER, 14),
    "lob_seed356": lambda p, c: _num(p, 50) * 100,
    "lob_proxy356": lambda p, c: _other_vn(p, 15),
    "irr_code356": lambda p, c: f"ES-{_num(p, 12):02d}-{p.bhxh[-4:]}",
    "irr_canal356": lambda p, c: _pick(p, _CANALS, 16),
    "irr_season356": lambda p, c: _pick(p, ("Đông Xuân 2025-2026", "Hè Thu 2025", "Vụ Mùa 2025")),
    "ede_full356": lambda p, c: _ede_full(p),
    "ede_clan356": lambda p, c: _pick(p, _EDE_CLANS, 4),
    "ede_given356": lambda p, c: _ede_given(p),
    "ede_tekno356": lambda p, c: _teknonym(p),
    "mn_full356": lambda p, c: _ede_full(p, _MNONG_CLANS),
    "mn_clan356": lambda p, c: _pick(p, _MNONG_CLANS, 4),
    "hs_house356": lambda p, c: f"Nhà dài {_num(p, 30) + 15}m, {_num(p, 6) + 2} gian",
    "hs_beds356": lambda p, c: _num(p, 25) + 5,
    "hs_licence356": lambda p, c: f"{_num(p, 90):03d}/GCN-SVHTTDL",
    "bee_hives356": lambda p, c: _num(p, 150) + 10,
    "bee_kind356": lambda p, c: _pick(p, _HONEY, 17),
    "bee_kg356": lambda p, c: f"{_num(p, 2000) + 50:,}".replace(",", "."),
    "bee_group356": lambda p, c: f"Tổ {_num(p, 6)} - {_other_vn(p, 18, male=True)}",
    "cf_slip356": lambda p, c: f"KG{p.bhxh[-6:]}",
    "cf_grade356": lambda p, c: _pick(p, _COFFEE_GRADE, 19),
    "cf_kg356": lambda p, c: _num(p, 900) * 10 + 200,
    "cf_moist356": lambda p, c: f"{12 + _num(p, 50) / 10:.1f}",
    "cf_price356": lambda p, c: f"{(98 + _num(p, 30)) * 1000:,}".replace(",", "."),
    "cf_state356": lambda p, c: _pick(p, ("Chưa chốt giá", "Đã chốt", "Chốt 1 phần", "Đã rút")),
    "cf_keeper356": lambda p, c: _other_vn(p, 20),
    "boat_reg356": lambda p, c: f"PY-{90000 + _num(p, 999)}-TS",
    "boat_cv356": lambda p, c: _num(p, 700) + 90,
    "boat_captain356": lambda p, c: _other_vn(p, 21, male=True),
    "boat_trips356": lambda p, c: _num(p, 9) + 1,
    "bmt_old356": lambda p, c: _bmt_old(p),
    "bmt_ward356": lambda p, c: _bmt(p)[1],
    "bmt_kind356": lambda p, c: _pick(p, _SUBSIDY, 22),
    "bmt_proxy356": lambda p, c: _other_vn(p, 23),
    "bmt_proxyphone356": lambda p, c: _other_phone(p, "08"),
}

__all__ = ["WRITERS_BLIND356"]
