"""How the people of the three-hundred-and-thirty-ninth part of the outside corpus (**blind 339**,
:mod:`lienthong.quality._corpus_blind339`) are written: homes in the merged province of Cà Mau
(ấp or khóm, the new commune or ward, "tỉnh Cà Mau") beside the same homes as they read before
the 2025 merger (the old xã, huyện and tỉnh Bạc Liêu or tỉnh Cà Mau, written out or abbreviated),
Khmer names of monks and their pagodas, forest plots, shrimp ponds, salt fields, wind-farm land
parcels, stake-net sites and fishing boats of the coast."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (ấp or khóm, old commune, old district, old province, new commune or ward after 1 July 2025)
_PLACES = (
    ("ấp Khai Long", "xã Đất Mũi", "huyện Ngọc Hiển", "tỉnh Cà Mau", "xã Đất Mũi"),
    ("ấp Xóm Mới", "xã Tân Ân", "huyện Ngọc Hiển", "tỉnh Cà Mau", "xã Tân Ân"),
    ("ấp Kinh 17", "xã Khánh Bình Tây", "huyện Trần Văn Thời", "tỉnh Cà Mau", "xã Khánh Bình"),
    ("khóm 9", "thị trấn Sông Đốc", "huyện Trần Văn Thời", "tỉnh Cà Mau", "xã Sông Đốc"),
    ("ấp Gò Cát", "xã Điền Hải", "huyện Đông Hải", "tỉnh Bạc Liêu", "xã Long Điền"),
    ("ấp Cây Dương", "xã Long Điền Đông", "huyện Đông Hải", "tỉnh Bạc Liêu", "xã Long Điền"),
    ("khóm 2", "phường 8", "thành phố Bạc Liêu", "tỉnh Bạc Liêu", "phường Bạc Liêu"),
    (
        "ấp Biển Tây A",
        "xã Vĩnh Trạch Đông",
        "thành phố Bạc Liêu",
        "tỉnh Bạc Liêu",
        "phường Hiệp Thành",
    ),
    ("ấp Doanh Điền", "xã Định Thành", "huyện Đông Hải", "tỉnh Bạc Liêu", "xã An Trạch"),
    ("ấp 3", "thị trấn Gành Hào", "huyện Đông Hải", "tỉnh Bạc Liêu", "xã Gành Hào"),
    ("ấp Hòa Bình", "xã Tân Thuận", "huyện Đầm Dơi", "tỉnh Cà Mau", "xã Tân Thuận"),
    ("khóm 4", "phường 1", "thành phố Bạc Liêu", "tỉnh Bạc Liêu", "phường Bạc Liêu"),
    ("ấp Xiêm Cán", "xã Vĩnh Trạch", "thành phố Bạc Liêu", "tỉnh Bạc Liêu", "phường Vĩnh Trạch"),
    ("ấp Vĩnh Mẫu", "xã Vĩnh Hậu", "huyện Hòa Bình", "tỉnh Bạc Liêu", "xã Vĩnh Hậu"),
)
_ABBR = (
    ("xã ", "X. "),
    ("thị trấn ", "TT. "),
    ("phường ", "P. "),
    ("huyện ", "H. "),
    ("thành phố ", "TP. "),
    ("tỉnh ", "T. "),
    ("ấp ", "Ấp "),
    ("khóm ", "Khóm "),
)
_KHMER_FAMILY = ("Thạch", "Danh", "Lâm", "Kim", "Sơn", "Lý", "Trịnh", "Châu")
_KHMER_GIVEN_M = ("Sóc", "Sa Rươl", "Chanh Đa", "Pha Ly", "Sô Phan", "Ny", "Thi Đa", "Khen")
_KHMER_GIVEN_F = ("Thị Sa Ren", "Thị Sa Vân", "Thị Mum", "Thị Chanh Thu", "Thị Sóc Kha")
_PHAP_DANH = ("Dhammapālo", "Suvaṇṇo", "Paññāsāro", "Sīlavaṃso", "Candasaro", "Ñāṇavaro")
_PAGODAS = (
    "Chùa Xiêm Cán (Sêrây Vông Sa)",
    "Chùa Cái Giá Bòn",
    "Chùa Vĩnh Đức",
    "Chùa Kos Thum",
    "Chùa Cây Dương (Prêk Chu)",
    "Chùa Ca Lê",
)
_MONK_RANKS_M = ("Sa-di", "Tỳ-kheo", "Đại đức", "Thượng tọa (Lục cả)", "A-cha")
_FOREST = ("TK 220", "TK 226", "TK 237", "TK 241", "TK 250")
_SALT_FIELDS = ("Cánh đồng muối Long Điền Tây", "Đồng muối Điền Hải", "Đồng muối Vĩnh Thịnh")
_SHRIMP_BUYERS = (
    "Cty CP Tập đoàn Thủy sản Minh Phú",
    "Cty CP Camimex",
    "Đại lý Hai Thắng (Tân Ân)",
    "Cty TNHH Quốc Ái",
    "Vựa tôm Út Hiền",
)
_WIND_PROJECTS = (
    "NM điện gió Đông Hải 1 - GĐ2",
    "Điện gió Hòa Bình 5",
    "Điện gió Khai Long - GĐ2",
    "Điện gió Tân Thuận",
)
_LAND_KINDS = ("NTS", "LUC", "ONT+CLN", "NTS", "RPH", "BHK")
_PROCEDURES = (
    "Cập nhật địa chỉ trên GCN QSDĐ",
    "Xác nhận thông tin về cư trú (CT07)",
    "Đính chính địa chỉ hộ kinh doanh",
    "Cấp bản sao trích lục khai sinh",
    "Chứng thực bản sao giấy tờ",
)
_OFFICES = (
    "Trung tâm PVHCC phường Bạc Liêu",
    "Bộ phận một cửa phường Vĩnh Trạch",
    "Điểm tiếp nhận phường Hiệp Thành",
)
_STAKE_NETS = ("Sông Gành Hào", "Cửa Bồ Đề", "Sông Bảy Háp", "Sông Cửa Lớn", "Rạch Gốc")
_NEW_JOBS = (
    "Nuôi cua - tôm kết hợp",
    "Buôn bán nhỏ",
    "Chạy ghe du lịch",
    "Làm thuê KCN",
    "Nuôi ba khía",
)
_BOATS = ("CM-92318-TS", "BL-91055-TS", "CM-90471-TS", "CM-93209-TS", "BL-92702-TS")
_CREW_ROLES = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thợ máy")
_RESETTLE = (
    "Khu TĐC Rạch Gốc",
    "Khu TĐC Đất Mũi (Kinh Mới)",
    "Khu TĐC Khánh Bình Tây",
    "Cụm DC Gành Hào",
)
_RELATIONS = ("Vợ", "Chồng", "Con", "Anh", "Em")


def _place(p: Person) -> tuple[str, ...]:
    return _PLACES[int(p.bhxh) // 7 % len(_PLACES)]


def _old(p: Person) -> str:
    return ", ".join(_place(p)[:4])


def _abbr(text: str) -> str:
    for long, short in _ABBR:
        text = text.replace(long, short)
    return text


def _khmer(p: Person) -> str:
    given = _pick(p, _KHMER_GIVEN_M if p.male else _KHMER_GIVEN_F, 2)
    return f"{_pick(p, _KHMER_FAMILY, 1)} {given}"


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


WRITERS_BLIND339: dict[str, Callable[[Person, Col], object]] = {
    "home_new339": lambda p, c: f"{_place(p)[0]}, {_place(p)[4]}, tỉnh Cà Mau",
    "home_old339": lambda p, c: _old(p),
    "home_old_abbr339": lambda p, c: _abbr(_old(p)),
    "home_ascii339": lambda p, c: _ascii(_abbr(f"{_place(p)[0]}, {_place(p)[4]}, Ca Mau")),
    "ward_new339": lambda p, c: _place(p)[4],
    "old_district339": lambda p, c: _place(p)[2],
    "khmer_name339": lambda p, c: _khmer(p),
    "phap_danh339": lambda p, c: _pick(p, _PHAP_DANH, 3) if p.male else "",
    "pagoda339": lambda p, c: _pick(p, _PAGODAS, 4),
    "abbot339": lambda p, c: f"HT. {_pick(p, _KHMER_FAMILY, 5)} {_pick(p, _KHMER_GIVEN_M, 6)}",
    "monk_rank339": lambda p, c: _pick(p, _MONK_RANKS_M, 7) if p.male else "Tu nữ (Đôn chi)",
    "ordained339": lambda p, c: str(_num(p, 40)),
    "forest_plot339": lambda p, c: f"{_pick(p, _FOREST, 2)} / K{_num(p, 9)} / L{_num(p, 30)}",
    "forest_ha339": lambda p, c: f"{_num(p, 90) / 10 + 1.5:.2f}".replace(".", ","),
    "pond_ha339": lambda p, c: f"{_num(p, 40) / 10 + 0.8:.1f}".replace(".", ","),
    "contract339": lambda p, c: f"{_num(p, 300):03d}/HĐK-BQLRPH",
    "ranger339": lambda p, c: f"KL {_other_vn(p, 8)}",
    "spouse339": lambda p, c: _other_vn(p, 9, male=not p.male),
    "salt_field339": lambda p, c: _pick(p, _SALT_FIELDS, 3),
    "salt_ha339": lambda p, c: f"{_num(p, 30) * 500:,} m²".replace(",", "."),
    "tarp_m2339": lambda p, c: str(_num(p, 20) * 200),
    "salt_coop339": lambda p, c: _pick(
        p, ("HTX Diêm nghiệp Long Điền Tây", "HTX muối Tân Thành"), 4
    ),
    "salt_tons339": lambda p, c: f"{_num(p, 60) * 1.5:.1f}".replace(".", ","),
    "wind_project339": lambda p, c: _pick(p, _WIND_PROJECTS, 2),
    "parcel339": lambda p, c: f"Tờ {_num(p, 40)}, thửa {_num(p, 600)}",
    "land_kind339": lambda p, c: _pick(p, _LAND_KINDS, 3),
    "land_m2339": lambda p, c: f"{_num(p, 900) * 3 + 120:,}".replace(",", "."),
    "comp_vnd339": lambda p, c: _money(_num(p, 900) * 185_000 * 3),
    "proxy339": lambda p, c: "" if _num(p, 3) != 1 else _other_vn(p, 10),
    "shrimp_code339": lambda p, c: f"CM-ASC-{p.bhxh[-4:]}",
    "shrimp_ha339": lambda p, c: f"{_num(p, 60) / 10 + 1:.1f}",
    "mangrove_pct339": lambda p, c: f"{40 + _num(p, 30)}%",
    "buyer339": lambda p, c: _pick(p, _SHRIMP_BUYERS, 4),
    "shrimp_kg339": lambda p, c: str(_num(p, 80) * 12),
    "inspector339": lambda p, c: _other_vn(p, 11),
    "dossier339": lambda p, c: f"H12.{_num(p, 99):02d}-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "procedure339": lambda p, c: _pick(p, _PROCEDURES, 3),
    "office339": lambda p, c: _pick(p, _OFFICES, 4),
    "clerk339": lambda p, c: _other_vn(p, 12),
    "net_site339": lambda p, c: f"{_pick(p, _STAKE_NETS, 2)} - {_num(p, 12)} miệng đáy",
    "new_job339": lambda p, c: _pick(p, _NEW_JOBS, 3),
    "net_support339": lambda p, c: _money(_num(p, 12) * 3_000_000),
    "boat339": lambda p, c: _pick(p, _BOATS, 2),
    "boat_owner339": lambda p, c: _other_vn(p, 13, male=True),
    "owner_phone339": lambda p, c: _other_phone(p, "09"),
    "crew_role339": lambda p, c: _pick(p, _CREW_ROLES, 3),
    "policy339": lambda p, c: f"BM/TNTV/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "household_size339": lambda p, c: str(_num(p, 7) + 1),
    "relocation_vnd339": lambda p, c: _money((_num(p, 5) + 1) * 10_000_000),
    "sex_ascii339": lambda p, c: "Nam" if p.male else "Nu",
    "erosion_ascii339": lambda p, c: f"cach mep sat {_num(p, 15)} m",
    "resettle_ascii339": lambda p, c: _ascii(f"{_pick(p, _RESETTLE, 2)} - nen {_num(p, 80)}"),
    "kin_name339": lambda p, c: _other_vn(p, 14),
    "kin_rel339": lambda p, c: _pick(p, _RELATIONS, 5),
}
