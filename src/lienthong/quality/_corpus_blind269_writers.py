"""How the people of the two-hundred-and-sixty-ninth part of the outside corpus (**blind 269**,
:mod:`lienthong.quality._corpus_blind269`) are written: the K'Ho (Cil, Lạch and Srê), M'Nông, Mạ
and Chăm names beside Kinh ones in nine registers of the Lâm Đồng province merged in 2025 (the
former Lâm Đồng with Đà Lạt, the former Đắk Nông, the former Bình Thuận with Phan Thiết and Phú
Quý), their addresses in the new two-level form (thôn, xã/phường, tỉnh) or the old three-level
one from before 1 July 2025, and the registers' own columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind250_writers import _mix

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- names as the communes write them -----------------------------------------------------------
_KHO_M = ("K'Brơi", "K'Duy", "K'Điểu", "Ha Sa", "K'Brăh", "Bon Jốc Ha Nhứ", "K'Sơn", "Cil Mup")
_KHO_F = ("Ka Hạnh", "Ka Nhiên", "Ka Thủy", "Ka H'Liên", "Kră Jăn K'Sin", "Ka Thiêng", "Ka Xuân")
_LACH_M = ("Cil Mup", "Liêng Hót Ha Ha", "Kră Jăn Ha Thi", "Bon Niêng Ha Don", "Rơ Ông Ha Sên",
           "Đa Cát Ha Phin", "Cil Kris")  # fmt: skip
_LACH_F = ("Bon Niêng K'Thiết", "Rơ Ông Ka Thiêng", "Liêng Hót Ka Ly", "Cil Ka Duyên",
           "Kră Jăn Ka Ngọc")  # fmt: skip
_MNONG_M = ("Điểu Xiêng", "Điểu Đăm", "Điểu Kré", "Y Nhơ", "Điểu Mưu", "Y Thuật", "Điểu Lắp")
_MNONG_F = ("Thị Nghiệp", "Thị Blang", "H'Bliu", "Điểu Thị Sinh", "Thị H'Loan", "Thị Sa Rơn")
_MA_M = ("Điểu Lâm", "K'Nhơi", "Điểu Thanh", "K'Brôn", "Điểu K'Mai", "K'Lơng", "Điểu Dốc")
_MA_F = ("Ka Yên", "Thị Bé", "Ka Lịch", "Thị Huệ", "Ka Tùng", "Ka Điệp", "Thị Ngọc Sương")
_CHAM_M = ("Thập Văn Hòa", "Đàng Năng Quạ", "Quảng Đại Hưng", "Phú Văn Tư", "Đổng Văn Luận",
           "Lưu Văn Đông", "Thông Minh Trí", "Bá Văn Thành")  # fmt: skip
_CHAM_F = ("Thập Thị Hương", "Đàng Thị Lan", "Quảng Thị Hoa", "Phú Thị Sen", "Thông Thị Nhung",
           "Hán Thị Ngọc Dung", "Lưu Thị Mỹ")  # fmt: skip


def _local(p: Person, male: _T, female: _T, every: int = 3) -> str:
    return _mix(p, _by_sex(p, male, female, 2), every)


# -- addresses: (thôn/tổ, new xã/phường, new province, old xã, old huyện, old province) -----------
_P6 = tuple[str, str, str, str, str, str]
_LD = "Tỉnh Lâm Đồng"
_LD_OLD: tuple[_P6, ...] = (
    ("Thôn Đăng Gia", "Xã Lạc Dương", _LD, "Thị trấn Lạc Dương", "Huyện Lạc Dương",
     "Tỉnh Lâm Đồng"),
    ("Tổ dân phố Thái Phiên", "Phường Xuân Hương - Đà Lạt", _LD, "Phường 12", "TP. Đà Lạt",
     "Tỉnh Lâm Đồng"),
    ("Thôn 4", "Phường B'Lao", _LD, "Xã Lộc Châu", "TP. Bảo Lộc", "Tỉnh Lâm Đồng"),
    ("Thôn Ka Đơn", "Xã Ka Đô", _LD, "Xã Ka Đô", "Huyện Đơn Dương", "Tỉnh Lâm Đồng"),
    ("Thôn Liên Hòa", "Xã Di Linh", _LD, "Xã Liên Đầm", "Huyện Di Linh", "Tỉnh Lâm Đồng"),
    ("Thôn Hòa Lạc", "Xã Nam Ban Lâm Hà", _LD, "Xã Nam Hà", "Huyện Lâm Hà", "Tỉnh Lâm Đồng"),
    ("Thôn 2", "Xã Bảo Lâm 1", _LD, "Xã Lộc Bắc", "Huyện Bảo Lâm", "Tỉnh Lâm Đồng"),
)  # fmt: skip
_DN: tuple[_P6, ...] = (
    ("Bon Bu Prăng 1", "Xã Quảng Trực", _LD, "Xã Quảng Trực", "Huyện Tuy Đức",
     "Tỉnh Đắk Nông"),
    ("Bon Bu Dấp", "Xã Tuy Đức", _LD, "Xã Đắk Búk So", "Huyện Tuy Đức", "Tỉnh Đắk Nông"),
    ("Bon Ja Ráh", "Xã Nhân Cơ", _LD, "Xã Nhân Cơ", "Huyện Đắk R'Lấp", "Tỉnh Đắk Nông"),
    ("Bon Bu Sir", "Xã Kiến Đức", _LD, "Xã Kiến Thành", "Huyện Đắk R'Lấp", "Tỉnh Đắk Nông"),
    ("Tổ 3", "Phường Bắc Gia Nghĩa", _LD, "Phường Nghĩa Đức", "TP. Gia Nghĩa",
     "Tỉnh Đắk Nông"),
    ("Thôn 5", "Xã Nhân Cơ", _LD, "Xã Nhân Đạo", "Huyện Đắk R'Lấp", "Tỉnh Đắk Nông"),
)  # fmt: skip
_BT: tuple[_P6, ...] = (
    ("Khu phố 5", "Phường Mũi Né", _LD, "Phường Mũi Né", "TP. Phan Thiết", "Tỉnh Bình Thuận"),
    ("Khu phố 14", "Phường Mũi Né", _LD, "Phường Hàm Tiến", "TP. Phan Thiết",
     "Tỉnh Bình Thuận"),
    ("45 Trần Hưng Đạo, KP 3", "Phường Phan Thiết", _LD, "Phường Đức Thắng", "TP. Phan Thiết",
     "Tỉnh Bình Thuận"),
    ("Thôn Hồng Lâm", "Xã Hòa Thắng", _LD, "Xã Hòa Thắng", "Huyện Bắc Bình", "Tỉnh Bình Thuận"),
    ("Thôn Tiến Thạnh", "Phường Tiến Thành", _LD, "Xã Tiến Thành", "TP. Phan Thiết",
     "Tỉnh Bình Thuận"),
)  # fmt: skip
_CHAM: tuple[_P6, ...] = (
    ("Thôn Bình Minh", "Xã Bắc Bình", _LD, "Xã Phan Hiệp", "Huyện Bắc Bình", "Tỉnh Bình Thuận"),
    ("Thôn Bình Tiến", "Xã Bắc Bình", _LD, "Xã Phan Hòa", "Huyện Bắc Bình", "Tỉnh Bình Thuận"),
    ("Thôn Lạc Trị", "Xã Tuy Phong", _LD, "Xã Phú Lạc", "Huyện Tuy Phong", "Tỉnh Bình Thuận"),
    ("Thôn Tịnh Mỹ", "Xã Lương Sơn", _LD, "Xã Phan Thanh", "Huyện Bắc Bình",
     "Tỉnh Bình Thuận"),
)  # fmt: skip
_PQ: tuple[_P6, ...] = (
    ("Thôn Triều Dương", "Đặc khu Phú Quý", _LD, "Xã Tam Thanh", "Huyện Phú Quý",
     "Tỉnh Bình Thuận"),
    ("Thôn Phú Long", "Đặc khu Phú Quý", _LD, "Xã Long Hải", "Huyện Phú Quý",
     "Tỉnh Bình Thuận"),
    ("Thôn Quý Thạnh", "Đặc khu Phú Quý", _LD, "Xã Ngũ Phụng", "Huyện Phú Quý",
     "Tỉnh Bình Thuận"),
)  # fmt: skip
_MA: tuple[_P6, ...] = (
    ("Thôn 3", "Xã Đạ Huoai", _LD, "Xã Đạ Ploa", "Huyện Đạ Huoai", "Tỉnh Lâm Đồng"),
    ("Thôn Phước Thạnh", "Xã Đạ Huoai 2", _LD, "Xã Đoàn Kết", "Huyện Đạ Huoai",
     "Tỉnh Lâm Đồng"),
    ("Thôn 7", "Xã Bảo Lâm 1", _LD, "Xã Lộc Bắc", "Huyện Bảo Lâm", "Tỉnh Lâm Đồng"),
    ("Thôn Bi Nao", "Xã Cát Tiên", _LD, "Xã Phước Cát 2", "Huyện Cát Tiên", "Tỉnh Lâm Đồng"),
)  # fmt: skip


def _place(p: Person, places: tuple[_P6, ...]) -> _P6:
    return places[int(p.bhxh[-6:]) // 7 % len(places)]


def _addr(p: Person, places: tuple[_P6, ...], old_every: int = 3) -> str:
    """The new two-level form, or the old three-level one on one row in ``old_every``."""
    hamlet, ward, prov, old_ward, old_district, old_prov = _place(p, places)
    if int(p.bhxh[-3:]) % old_every == 0:
        return f"{hamlet}, {old_ward}, {old_district}, {old_prov}"
    return f"{hamlet}, {ward}, {prov}"


def _old(p: Person, places: tuple[_P6, ...]) -> str:
    hamlet, _ward, _prov, old_ward, old_district, old_prov = _place(p, places)
    return f"{hamlet}, {old_ward}, {old_district}, {old_prov}"


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- the registers' own columns ----------------------------------------------------------------
_SILK_BREED = ("Lưỡng hệ LQ2", "Tằm kén vàng", "Lưỡng hệ GQ2218", "Đa hệ x Lưỡng hệ")
_SILK_GRADE = ("Kén loại 1", "Kén loại 1", "Kén loại 2", "Kén đôi", "Kén loại 1")
_JEEP_CLASS = ("B2", "C", "D", "B2", "B")
_JEEP_OWNER = ("Cty CP DL Lang Biang", "HTX Xe Jeep Lạc Dương", "Tự chủ xe", "Tự chủ xe")
_PQ_DIAG = ("Chấn thương sọ não", "Xuất huyết tiêu hóa", "NMCT cấp", "Đẻ khó - băng huyết",
            "Viêm ruột thừa cấp", "Ngộ độc cá nóc", "Tai nạn lao động trên biển")  # fmt: skip
_PQ_MODE = ("Tàu cao tốc Superdong", "Tàu cá (hỗ trợ)", "Trực thăng QK7", "Tàu Kiểm ngư",
            "Tàu cao tốc Phú Quý Express")  # fmt: skip
_PQ_TO = ("BVĐK tỉnh (Phan Thiết)", "BV Chợ Rẫy", "BV Nhân dân 115", "BV Quân y 175")
_PQ_KIN = ("Vợ", "Chồng", "Con", "Mẹ", "Anh ruột")
_BX_LAND = ("Đất trồng cà phê", "Đất trồng tiêu", "Đất ở + vườn", "Đất rẫy điều", "Đất lúa")
_BX_TRADE = ("May công nghiệp", "Lái xe hạng C", "Điện công nghiệp", "Vận hành máy xúc",
             "Chăn nuôi thú y", "Không học - tự chuyển đổi")  # fmt: skip
_COW_STATUS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ mới thoát nghèo")
_COW_VENDOR = ("Cty TNHH Giống GS Bình Thuận", "HTX Chăn nuôi Phan Hòa", "Trại bò Sông Lũy")
_ATV_KIND = ("ATV 4 bánh 150cc", "ATV 250cc", "Xe jeep địa hình", "Mô tô cát 2 chỗ")
_ATV_SITE = ("Đồi cát Bàu Trắng - bãi 1", "Đồi cát Bàu Trắng - bãi 2", "Đồi cát bay Mũi Né",
             "Bãi xe Hồng Lâm")  # fmt: skip
_ATV_STATUS = ("Được hoạt động", "Được hoạt động", "Tạm dừng - hết hạn BH", "Đình chỉ 30 ngày")
_FARM_NAME = ("Vườn dâu Ka Xuân", "Strawberry Farm Lang Biang", "Dâu tây Đăng Gia",
              "Farm Thái Phiên", "Vườn dâu sạch K'Sơn")  # fmt: skip
_FARM_VARIETY = ("Dâu Mỹ đá", "Dâu New Zealand", "Dâu Hàn Quốc", "Dâu Nhật Bản")
_FARM_RESULT = ("Đạt", "Đạt", "Bổ sung PCCC", "Đạt có điều kiện", "Chưa đạt")
_NTFP = ("Măng tre", "Mây nước", "Song bột", "Mật ong rừng", "Lá dong", "Nấm linh chi rừng")
_NTFP_FOREST = ("BQL RPH Đạ Huoai", "BQL RPH Lộc Bắc", "Vùng đệm VQG Cát Tiên",
                "Cty LN Bảo Lâm")  # fmt: skip
_NTFP_HEADS = ("Điểu K'Dung", "K'Rớt", "Điểu Văn Phong", "Nguyễn Văn Thạch", "K'Tươi")
_MAC_VARIETY = ("OC", "246", "816", "842", "A38", "OC + 849")
_MAC_INTER = ("Xen cà phê", "Xen bơ", "Thuần", "Xen sầu riêng", "Xen tiêu")


def _kin_phone(p: Person) -> str:
    return _other_phone(p, _pick(p, ("03", "09", "08"), 5))


WRITERS_BLIND269: dict[str, Callable[[Person, Col], object]] = {
    # names and homes
    "kho269": lambda p, c: _local(p, _KHO_M, _KHO_F, 2),
    "lach269": lambda p, c: _local(p, _LACH_M, _LACH_F),
    "mnong269": lambda p, c: _local(p, _MNONG_M, _MNONG_F),
    "ma269": lambda p, c: _local(p, _MA_M, _MA_F),
    "cham269": lambda p, c: _local(p, _CHAM_M, _CHAM_F, 4),
    "home_ld269": lambda p, c: _addr(p, _LD_OLD),
    "home_dn269": lambda p, c: _addr(p, _DN, 2),
    "home_bt269": lambda p, c: _addr(p, _BT),
    "home_pq269": lambda p, c: _addr(p, _PQ, 2),
    "home_ma269": lambda p, c: _addr(p, _MA),
    "dn_old269": lambda p, c: _old(p, _DN),
    "dn_ward269": lambda p, c: _place(p, _DN)[1],
    "bb_hamlet269": lambda p, c: _place(p, _CHAM)[0],
    "bb_ward269": lambda p, c: _place(p, _CHAM)[1],
    "bb_old269": lambda p, c: f"{_place(p, _CHAM)[3]}, {_place(p, _CHAM)[4]}",
    # Bảo Lộc: silkworm rearers selling cocoons to the reeling mill
    "silk_breed269": lambda p, c: _pick(p, _SILK_BREED, 2),
    "silk_area269": lambda p, c: f"{_num(p, 12) + 2}",
    "silk_boxes269": lambda p, c: f"{_num(p, 6)}",
    "silk_kg269": lambda p, c: f"{_num(p, 90) + 20},{_num(p, 9)}",
    "silk_grade269": lambda p, c: _pick(p, _SILK_GRADE, 3),
    "silk_price269": lambda p, c: _money(160_000 + _num(p, 30) * 1_000),
    "silk_ticket269": lambda p, c: f"PC-{p.other_date:%m%y}-{_num(p, 400):04d}",
    # Lạc Dương: jeep drivers taking visitors up Lang Biang
    "jeep_plate269": lambda p, c: f"49B-{_num(p, 900) + 100:03d}.{_num(p, 90):02d}",
    "jeep_seats269": lambda p, c: _pick(p, ("7", "9", "12", "7"), 3),
    "jeep_class269": lambda p, c: _pick(p, _JEEP_CLASS, 4),
    "jeep_licence269": lambda p, c: f"680{p.bhxh[-9:]}",
    "jeep_owner269": lambda p, c: _pick(p, _JEEP_OWNER, 5),
    "jeep_card269": lambda p, c: f"LB-{_num(p, 120):03d}",
    # Phú Quý: patients sent to the mainland in an emergency
    "pq_kin269": lambda p, c: f"{_other_vn(p, 7)} ({_pick(p, _PQ_KIN, 2)})",
    "pq_kin_phone269": lambda p, c: _kin_phone(p),
    "pq_diag269": lambda p, c: _pick(p, _PQ_DIAG, 3),
    "pq_mode269": lambda p, c: _pick(p, _PQ_MODE, 4),
    "pq_to269": lambda p, c: _pick(p, _PQ_TO, 5),
    "pq_hour269": lambda p, c: f"{_num(p, 23):02d}h{_pick(p, ('00', '15', '30', '45'), 6)}",
    "pq_doctor269": lambda p, c: f"BS. {_other_vn(p, 11)}",
    # Nhân Cơ: households whose land the bauxite-alumina project took, changing trade
    "bx_area269": lambda p, c: _money(_num(p, 90) * 100 + 250),
    "bx_land269": lambda p, c: _pick(p, _BX_LAND, 2),
    "bx_decision269": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "bx_trade269": lambda p, c: _pick(p, _BX_TRADE, 3),
    "bx_workers269": lambda p, c: f"{_num(p, 4)}",
    "bx_support269": lambda p, c: _money(_num(p, 60) * 1_500_000),
    # Bắc Bình, Tuy Phong: Chăm households given breeding cows
    "cow_status269": lambda p, c: _pick(p, _COW_STATUS, 2),
    "cow_tag269": lambda p, c: f"BT-{_num(p, 9000):05d}",
    "cow_weight269": lambda p, c: f"{150 + _num(p, 60)}",
    "cow_value269": lambda p, c: _money(15_000_000 + _num(p, 10) * 500_000),
    "cow_vendor269": lambda p, c: _pick(p, _COW_VENDOR, 3),
    "cow_vet269": lambda p, c: _other_vn(p, 5),
    "cow_sign269": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Điểm chỉ", "Vợ ký thay")),
    # Mũi Né, Bàu Trắng: off-road vehicles on the dunes
    "atv_kind269": lambda p, c: _pick(p, _ATV_KIND, 2),
    "atv_frame269": lambda p, c: f"LXYATV{p.bhxh[-8:]}",
    "atv_no269": lambda p, c: f"BT-{_num(p, 200):03d}",
    "atv_site269": lambda p, c: _pick(p, _ATV_SITE, 3),
    "atv_driver269": lambda p, c: _pick(p, ("Chủ xe tự lái", _other_vn(p, 4)), 4),
    "atv_status269": lambda p, c: _pick(p, _ATV_STATUS, 5),
    # Đà Lạt, Lạc Dương: strawberry farms opened to visitors
    "farm_addr269": lambda p, c: (
        f"Thửa {_num(p, 300)}, tờ BĐ {_num(p, 40)}, {_place(p, _LD_OLD)[1]}"
    ),
    "farm_name269": lambda p, c: _pick(p, _FARM_NAME, 2),
    "farm_area269": lambda p, c: _money(_num(p, 30) * 100 + 500),
    "farm_variety269": lambda p, c: _pick(p, _FARM_VARIETY, 3),
    "farm_ticket269": lambda p, c: _pick(p, ("50.000", "30.000", "Miễn phí", "60.000"), 4),
    "farm_capacity269": lambda p, c: f"{_num(p, 15) * 10}",
    "farm_result269": lambda p, c: _pick(p, _FARM_RESULT, 5),
    "farm_page269": lambda p, c: f"fb.com/dautay{p.bhxh[-4:]}",
    # Đạ Huoai, Bảo Lâm, Cát Tiên: Mạ households gathering forest products
    "ntfp_kind269": lambda p, c: _pick(p, _NTFP, 2),
    "ntfp_forest269": lambda p, c: _pick(p, _NTFP_FOREST, 3),
    "ntfp_lot269": lambda p, c: f"TK {_num(p, 90) + 400}, K{_num(p, 6)}",
    "ntfp_qty269": lambda p, c: f"{_num(p, 50) * 10} kg/tháng",
    "ntfp_card269": lambda p, c: f"{_num(p, 300):03d}/GXN-BQL",
    "ntfp_group269": lambda p, c: f"Tổ BVR thôn {_num(p, 8)}",
    "ntfp_head269": lambda p, c: _pick(p, _NTFP_HEADS, 6),
    # Tuy Đức: macadamia growers under a buying contract
    "people_dn269": lambda p, c: (
        _pick(p, ("Kinh", "Tày", "Nùng", "Kinh"), 2) if int(p.bhxh[-4:]) % 3 == 0 else "M'Nông"
    ),
    "mac_variety269": lambda p, c: _pick(p, _MAC_VARIETY, 3),
    "mac_area269": lambda p, c: f"{_num(p, 5)},{_num(p, 9)}",
    "mac_trees269": lambda p, c: f"{_num(p, 60) * 10}",
    "mac_year269": lambda p, c: f"{2012 + _num(p, 10)}",
    "mac_inter269": lambda p, c: _pick(p, _MAC_INTER, 4),
    "mac_contract269": lambda p, c: f"{_num(p, 500):03d}/HĐLK-HTX",
    "mac_yield269": lambda p, c: f"{_num(p, 8)},{_num(p, 9)}",
}
