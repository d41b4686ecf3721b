"""How the people of the two-hundred-and-ninety-eighth part of the outside corpus (**blind 298**,
:mod:`lienthong.quality._corpus_blind298`) are written: nine registers of the Quảng Trị province
formed in 2025 (the former Quảng Trị with Đông Hà, the former Quảng Bình with Đồng Hới and Phong
Nha), Bru–Vân Kiều and Pa Kô names (Hồ Văn, Hồ Thị, Pả, Kray, Căn, Y) beside Kinh ones, and home
addresses in the old four-level form (thôn, xã, huyện, tỉnh) or the new two-level one (thôn, xã or
phường, tỉnh Quảng Trị)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# (village, old commune, old district, old province, new commune or ward, Bru/Pa Kô area)
_QT_PLACES: tuple[tuple[str, str, str, str, str, bool], ...] = (
    ("Bản Ra Mai", "xã Trường Sơn", "huyện Quảng Ninh", "tỉnh Quảng Bình", "xã Trường Sơn", True),
    (
        "Bản Cà Roòng 1",
        "xã Thượng Trạch",
        "huyện Bố Trạch",
        "tỉnh Quảng Bình",
        "xã Thượng Trạch",
        True,
    ),
    ("Thôn Cù Lạc 2", "xã Sơn Trạch", "huyện Bố Trạch", "tỉnh Quảng Bình", "xã Phong Nha", False),
    ("TDP 5", "phường Đồng Phú", "TP. Đồng Hới", "tỉnh Quảng Bình", "phường Đồng Hới", False),
    ("Thôn Rục Làn", "xã Tân Hóa", "huyện Minh Hóa", "tỉnh Quảng Bình", "xã Tân Hóa", False),
    ("Bản Ón", "xã Dân Hóa", "huyện Minh Hóa", "tỉnh Quảng Bình", "xã Dân Hóa", True),
    ("Khu phố 3", "phường 5", "TP. Đông Hà", "tỉnh Quảng Trị", "phường Đông Hà", False),
    ("Khóm Duy Tân", "thị trấn Lao Bảo", "huyện Hướng Hóa", "tỉnh Quảng Trị", "xã Lao Bảo", False),
    ("Thôn Vây 1", "xã Tân Hợp", "huyện Hướng Hóa", "tỉnh Quảng Trị", "xã Khe Sanh", True),
    ("Thôn Ka Tăng", "xã A Bung", "huyện Đakrông", "tỉnh Quảng Trị", "xã La Lay", True),
    ("Thôn A Dơi Đớ", "xã A Dơi", "huyện Hướng Hóa", "tỉnh Quảng Trị", "xã A Dơi", True),
    ("Thôn Vịnh Mốc", "xã Vĩnh Thạch", "huyện Vĩnh Linh", "tỉnh Quảng Trị", "xã Cửa Tùng", False),
    ("Khu phố 2", "phường 1", "TX. Quảng Trị", "tỉnh Quảng Trị", "phường Quảng Trị", False),
)
_QT_BRU = tuple(place for place in _QT_PLACES if place[5])
_BRU_FAMILY = ("Hồ", "Hồ", "Hồ", "Kray", "Căn", "Pả", "Y", "Hồ")
_BRU_GIVEN_M = ("Bốc", "Păn", "Khơn", "Lai", "Tơn", "Ka Dưng", "Xoóng", "Thưởng", "Cu Nhâm")
_BRU_GIVEN_F = ("Xoan", "Pết", "Kem", "Y Bla", "Chăm", "Lọc", "Thị Liên", "A Rưm", "Sáu")
_QT_OFFICERS = (
    "Lê Văn Hùng",
    "Trần Thị Thu Hà",
    "Hồ Văn Sang",
    "Nguyễn Đình Quang",
    "Phan Thị Nga",
)


def _place(p: Person, salt: int = 0) -> tuple[str, str, str, str, str, bool]:
    return _QT_PLACES[int(p.bhxh) // (salt * 7 + 3) % len(_QT_PLACES)]


def _bru_place(p: Person) -> tuple[str, str, str, str, str, bool]:
    return _QT_BRU[int(p.bhxh) // 5 % len(_QT_BRU)]


def _bru_name(p: Person) -> str:
    family = _pick(p, _BRU_FAMILY, 2)
    given = _by_sex(p, _BRU_GIVEN_M, _BRU_GIVEN_F, 3)
    if family == "Hồ":
        return f"Hồ {'Văn' if p.male else 'Thị'} {given}"
    if family == "Y":
        return f"Hồ Văn {given}" if p.male else f"Y {given}"
    return f"{family} {given}"


def _qt_name(p: Person) -> str:
    """A Bru–Vân Kiều or Pa Kô name where the person lives in a Bru area, else a Kinh one."""
    return _bru_name(p) if _place(p)[5] else p.full


def _old_addr(p: Person) -> str:
    v, ward, district, province, _, _ = _place(p)
    return f"{v}, {ward}, {district}, {province}"


def _new_addr(p: Person) -> str:
    v, _, _, _, new, _ = _place(p)
    return f"{v}, {new}, tỉnh Quảng Trị"


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=int(p.bhxh) % span)


_TN_ROLES = ("Đoàn viên", "Cựu chiến binh", "Thân nhân liệt sĩ", "Người dân", "Học sinh")
_TN_UNITS = (
    "Chi đoàn Khu phố 2",
    "Đoàn trường THPT Nguyễn Huệ",
    "Hội CCB phường Quảng Trị",
    "Đoàn xã Hải Lăng",
    "Tự do",
)
_TN_ZONES = (
    "Khu A - Cổng Tiền",
    "Khu B - Bờ Nam Thạch Hãn",
    "Khu C - Bờ Bắc",
    "Khu D - Đài tưởng niệm",
)
_TN_RIDES = ("Tự túc", "Xe đoàn", "Đi bộ", "Xe buýt tỉnh Đoàn")
_VM_ROLES = (
    "Dân quân",
    "Y tá trạm xá địa đạo",
    "Trẻ em sinh trong địa đạo",
    "Tải đạn",
    "Con nhân chứng (kể lại)",
    "Cháu nhân chứng (kể lại)",
)
_VM_HEALTH = ("Minh mẫn", "Minh mẫn", "Yếu, cần người nhà", "Nghe kém", "Đã mất (sau ghi âm)")
_TR_BUYERS = ("Cơ sở dầu tràm Bảo Ninh", "HTX tinh dầu tràm Quảng Ninh", "Cơ sở Minh Hải - Lệ Thủy")
_PL_CHECK = (
    "Dat",
    "Dat",
    "Dat - co cay chet can trong dam",
    "Khong dat - chay 3 m2",
    "Chua nghiem thu",
)
_PL_RANGERS = ("Tran Van Hai", "Le Thi Hoa", "Nguyen Van Nam", "Pham Duc Loc")
_DC_RELS = ("Chủ hộ", "Vợ", "Chồng", "Con", "Mẹ", "Cháu")
_DC_DOCS = ("Giấy khai sinh", "Thẻ BHYT", "GCN QSDĐ", "Sổ hộ nghèo", "Giấy phép lái xe", "Không")
_DD_ETHNIC = ("Vân Kiều", "Vân Kiều", "Pa Kô", "Bru", "Khùa", "Ma Coong")
_DD_OLD = ("Khe Cát (bản cũ)", "Ven suối Rào Tre", "Dốc Mây", "Khu rẫy Ta Lê", "Bến Xe Tre")
_DD_LAND = ("Đất lúa nước", "Đất nương rẫy", "Đất rừng sản xuất", "Đất vườn")
_NP_KINDS = ("Nhà phao thùng nhựa 24 m2", "Nhà phao thùng phuy 20 m2", "Sàn phao gia cố")
_NP_STATUS = ("Đã nghiệm thu", "Đã nghiệm thu", "Đang thi công", "Chưa khởi công", "Tạm dừng")
_HL_STALLS = ("Ki-ốt số", "Sạp bờ Bắc số", "Sạp bờ Nam số", "Quầy cầu Hiền Lương số")
_HL_GOODS = (
    "Đồ lưu niệm",
    "Nước giải khát",
    "Nón lá, áo in hình cầu",
    "Ảnh lấy liền",
    "Hoa tươi dâng hương",
)
_HL_BREACH = ("", "", "", "Lấn chiếm lối đi", "Chèo kéo khách", "Không đeo thẻ")
_KD_OCOP = ("3 sao", "3 sao", "4 sao", "Chưa đánh giá", "Đang hoàn thiện hồ sơ")
_KD_ATTP = ("Có GCN ATTP", "Bản cam kết ATTP", "Chưa có")


def _qt_phone(p: Person) -> str:
    return _other_phone(p, "08")


WRITERS_BLIND298: dict[str, Callable[[Person, Col], object]] = {
    # people, their homes (old and new), their communes
    "qt_name298": lambda p, c: _qt_name(p),
    "qt_name_ascii298": lambda p, c: _ascii(_qt_name(p)),
    "qt_bru_name298": lambda p, c: _bru_name(p),
    "qt_old298": lambda p, c: _old_addr(p),
    "qt_new298": lambda p, c: _new_addr(p),
    "qt_new_ascii298": lambda p, c: _ascii(_new_addr(p)),
    "qt_ward298": lambda p, c: _place(p)[4],
    "qt_bru_new298": lambda p, c: f"{_bru_place(p)[0]}, {_bru_place(p)[4]}, tỉnh Quảng Trị",
    "sex_ascii298": lambda p, c: "Nam" if p.male else "Nu",
    # candle-lighting at the Quảng Trị Citadel
    "tn_role298": lambda p, c: _pick(p, _TN_ROLES, 2),
    "tn_unit298": lambda p, c: _pick(p, _TN_UNITS, 3),
    "tn_zone298": lambda p, c: _pick(p, _TN_ZONES, 4),
    "tn_ride298": lambda p, c: _pick(p, _TN_RIDES, 5),
    "tn_lead298": lambda p, c: _other_vn(p, 6),
    "tn_lead_phone298": lambda p, c: _other_phone(p, "09"),
    # Vịnh Mốc tunnel witnesses
    "vm_years298": lambda p, c: f"{1965 + _num(p, 4)} - {1970 + _num(p, 3)}",
    "vm_role298": lambda p, c: _pick(p, _VM_ROLES, 2),
    "vm_file298": lambda p, c: f"VM-GA{_num(p, 90):03d}.wav",
    "vm_officer298": lambda p, c: _pick(p, _QT_OFFICERS, 3),
    "vm_kin298": lambda p, c: f"{_other_vn(p, 4)} (con)",
    "vm_kin_phone298": lambda p, c: _qt_phone(p),
    "vm_health298": lambda p, c: _pick(p, _VM_HEALTH, 5),
    # melaleuca leaves sold to oil distillers
    "tr_area298": lambda p, c: f"{_num(p, 5)},{_num(p, 9)}",
    "tr_kg298": lambda p, c: 200 + _num(p, 900),
    "tr_price298": lambda p, c: f"{1_200 + _num(p, 5) * 100:,}".replace(",", "."),
    "tr_total298": lambda p, c: f"{(200 + _num(p, 900)) * (1_200 + _num(p, 5) * 100):,}".replace(
        ",", "."
    ),
    "tr_buyer298": lambda p, c: _pick(p, _TR_BUYERS, 2),
    "tr_sign298": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Điểm chỉ", "Vợ ký thay"), 3),
    # casuarina shelterbelt contracts
    "pl_plot298": lambda p, c: f"TK {600 + _num(p, 40)} / K{_num(p, 9)} / Lo {_num(p, 30)}",
    "pl_area298": lambda p, c: f"{_num(p, 12)}.{_num(p, 9)}",
    "pl_contract298": lambda p, c: f"{_num(p, 150)}/HDK-BQLRPH",
    "pl_term298": lambda p, c: _pick(p, ("5", "5", "10", "3"), 2),
    "pl_rate298": lambda p, c: "300000" if int(p.bhxh) % 3 else "400000",
    "pl_check298": lambda p, c: _pick(p, _PL_CHECK, 3),
    "pl_ranger298": lambda p, c: _pick(p, _PL_RANGERS, 4),
    # updating the address after the 2025 merger
    "dc_rel298": lambda p, c: _pick(p, _DC_RELS, 2),
    "dc_head298": lambda p, c: _other_vn(p, 3, male=True),
    "dc_docs298": lambda p, c: _pick(p, _DC_DOCS, 4),
    "dc_officer298": lambda p, c: f"Đ/c {_pick(p, _QT_OFFICERS, 5)}",
    # Bru–Vân Kiều resettlement land
    "dd_ethnic298": lambda p, c: _pick(p, _DD_ETHNIC, 2),
    "dd_old298": lambda p, c: _pick(p, _DD_OLD, 3),
    "dd_people298": lambda p, c: 2 + _num(p, 8),
    "dd_area298": lambda p, c: f"{(3 + _num(p, 20)) * 500:,}".replace(",", "."),
    "dd_land298": lambda p, c: _pick(p, _DD_LAND, 4),
    "dd_decision298": lambda p, c: f"{_num(p, 400)}/QĐ-UBND",
    "dd_poor298": lambda p, c: "x" if int(p.bhxh) % 3 else "",
    # flood-floating houses in Tân Hóa
    "np_village298": lambda p, c: _pick(
        p, ("Rục Làn", "Yên Thọ", "Tân Lý", "Cầu Bầu", "Quy Hậu"), 2
    ),
    "np_ward298": lambda p, c: "xã Tân Hóa",
    "np_people298": lambda p, c: 2 + _num(p, 7),
    "np_flood298": lambda p, c: f"{1 + _num(p, 3)},{_num(p, 9)}",
    "np_kind298": lambda p, c: _pick(p, _NP_KINDS, 3),
    "np_cost298": lambda p, c: f"{(40 + _num(p, 20)) * 1_000_000:,}".replace(",", "."),
    "np_own298": lambda p, c: f"{(5 + _num(p, 10)) * 1_000_000:,}".replace(",", "."),
    "np_done298": lambda p, c: (p.other_date + timedelta(days=30 + int(p.bhxh) % 90)).strftime(
        "%d-%m-%Y"
    ),
    "np_status298": lambda p, c: _pick(p, _NP_STATUS, 4),
    # souvenir sellers at Hiền Lương - Bến Hải
    "hl_stall298": lambda p, c: f"{_pick(p, _HL_STALLS, 2)} {_num(p, 40):02d}",
    "hl_goods298": lambda p, c: _pick(p, _HL_GOODS, 3),
    "hl_fee298": lambda p, c: f"{(3 + _num(p, 5)) * 100_000:,}".replace(",", "."),
    "hl_card298": lambda p, c: f"HL-{_num(p, 300):03d}/2026",
    "hl_breach298": lambda p, c: _pick(p, _HL_BREACH, 4),
    # sweet potato jerky makers
    "kd_site298": lambda p, c: f"Xưởng {_pick(p, ('Hải Lăng', 'Triệu Phong', 'Lệ Thủy'), 2)}",
    "kd_tons298": lambda p, c: f"{_num(p, 30)},{_num(p, 9)}",
    "kd_workers298": lambda p, c: 2 + _num(p, 25),
    "kd_attp298": lambda p, c: _pick(p, _KD_ATTP, 3),
    "kd_ocop298": lambda p, c: _pick(p, _KD_OCOP, 4),
    "kd_member298": lambda p, c: f"KD-{p.bhxh[-4:]}",
}

__all__ = ["WRITERS_BLIND298"]
