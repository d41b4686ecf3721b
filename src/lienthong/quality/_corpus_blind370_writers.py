"""How the people of the three-hundred-and-seventieth part of the outside corpus (**blind 370**,
:mod:`lienthong.quality._corpus_blind370`) are written: beneficiaries of donor-funded projects in
Vietnam's uplands and delta (UNICEF, World Bank, ADB, USAID, KOICA, JICA, NGOs), with the
commune, the old (pre-2025) district and province, the project codes, the support received and
the enumerator who filled the row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (commune, old district, old province, province after the 2025 merger, ASCII district code)
_PLACES = (
    ("Xã Pả Vi", "Huyện Mèo Vạc", "Tỉnh Hà Giang", "Tuyên Quang", "MV"),
    ("Xã Tả Van", "Thị xã Sa Pa", "Tỉnh Lào Cai", "Lào Cai", "SP"),
    ("Xã Mường Phăng", "TP Điện Biên Phủ", "Tỉnh Điện Biên", "Điện Biên", "DBP"),
    ("Xã Ia Pa", "Huyện Ia Grai", "Tỉnh Gia Lai", "Gia Lai", "IG"),
    ("Xã Đăk Tơ Re", "Huyện Kon Rẫy", "Tỉnh Kon Tum", "Quảng Ngãi", "KR"),
    ("Xã Vĩnh Hải", "Thị xã Vĩnh Châu", "Tỉnh Sóc Trăng", "Cần Thơ", "VC"),
    ("Xã Trà Cổ", "Huyện Bắc Bình", "Tỉnh Bình Thuận", "Lâm Đồng", "BB"),
    ("Xã Nà Khoang", "Huyện Bắc Yên", "Tỉnh Sơn La", "Sơn La", "BY"),
)
_VILLAGES = ("Bản Nà Lìu", "Thôn 3", "Bản Cát Cát", "Làng Kon Klor", "Ấp Prey Chóp", "Thôn Tân Lập")
_ETHNIC = ("Hmong / H'Mông", "Dao", "Thái", "Kinh", "Khmer", "Ba Na", "Gia Rai", "Tày")
_DISAB = (
    "None / Không",
    "None / Không",
    "Mobility / Vận động",
    "Visual / Nhìn",
    "Hearing / Nghe",
    "Intellectual / Trí tuệ",
    "None / Không",
)
_REL = ("Head / Chủ hộ", "Wife / Vợ", "Husband / Chồng", "Daughter-in-law / Con dâu", "Son / Con")
_POOR = ("Poor / Nghèo", "Near-poor / Cận nghèo", "Non-poor / Không nghèo", "Poor / Nghèo")
_ENUM = ("Lò Văn Sinh", "Giàng A Dơ", "Nguyễn Thị Hằng", "Rơ Châm Hiếu", "Thạch Thị Sa Phol")
_CT_STATUS = ("Paid / Đã nhận", "Paid / Đã nhận", "Pending / Chờ", "Returned / Trả lại")
_NUTRI = ("Normal", "MAM", "SAM", "Normal", "Stunted")
_WB_GROUP = ("CIG Nuôi dê", "CIG Trồng quế", "CIG Nuôi lợn đen", "CIG Dệt thổ cẩm", "CIG Trồng sắn")
_WB_ACT = ("Goat breeding", "Cinnamon seedlings", "Black pig", "Brocade loom", "Cassava")
_ADB_CONN = ("Connected / Đã đấu nối", "Surveyed / Đã khảo sát", "Refused / Từ chối")
_USAID_SVC = ("Wheelchair", "Hearing aid", "PT home visit", "Prosthesis", "Orthosis", "OT")
_KOICA_COURSE = ("Electrician L2", "Welding 3G", "Hospitality", "Sewing", "Auto repair")
_JICA_CROP = ("Safe vegetables (VietGAP)", "Rice SRI", "Coffee", "Tea Shan tuyết", "Mango")
_PLAN_STATUS = ("Active", "Active", "Departed", "On hold", "Active")
_VSLA = ("Nhóm Hoa Ban", "Nhóm Sen Hồng", "Nhóm Ánh Dương", "Nhóm Đoàn Kết", "Nhóm Bản Mường")
_HOUSE = ("Type A (storm-resilient)", "Type B (raised floor)", "Retrofit roof", "Type A")
_STAGE = ("Foundation", "Walls", "Roof", "Completed", "Completed")


def _place(p: Person) -> tuple[str, ...]:
    return _PLACES[int(p.bhxh) // 13 % len(_PLACES)]


def _vnd(p: Person, lo: int, step: int, n: int) -> str:
    return f"{lo + _num(p, n) * step:,}".replace(",", ".")


WRITERS_BLIND370: dict[str, Callable[[Person, Col], str]] = {
    "commune370": lambda p, c: _place(p)[0],
    "commune_bare370": lambda p, c: _place(p)[0].removeprefix("Xã "),
    "district370": lambda p, c: _place(p)[1],
    "province370": lambda p, c: _place(p)[2],
    "province_bare370": lambda p, c: _place(p)[2].removeprefix("Tỉnh "),
    "province_new370": lambda p, c: _place(p)[3],
    "village370": lambda p, c: _pick(p, _VILLAGES, 3),
    "addr370": lambda p, c: f"{_pick(p, _VILLAGES, 3)}, {_place(p)[0]}, {_place(p)[1]}",
    "ethnic370": lambda p, c: _pick(p, _ETHNIC, 2),
    "disab370": lambda p, c: _pick(p, _DISAB, 4),
    "rel370": lambda p, c: _pick(p, _REL, 5),
    "head370": lambda p, c: _other_vn(p, 7, male=True),
    "poor370": lambda p, c: _pick(p, _POOR, 6),
    "enum370": lambda p, c: _pick(p, _ENUM, 8),
    "enum_phone370": lambda p, c: _other_phone(p, "097"),
    "hh_code370": lambda p, c: f"{_place(p)[4]}-HH-{int(p.bhxh) % 10000:04d}",
    "uc_id370": lambda p, c: f"UNICEF-CT-{_place(p)[4]}-{int(p.bhxh) % 100000:05d}",
    "child370": lambda p, c: _other_vn(p, 11),
    "child_dob370": lambda p, c: f"{int(p.bhxh) % 28 + 1:02d}/{int(p.bhxh) % 12 + 1:02d}/2025",
    "nutri370": lambda p, c: _pick(p, _NUTRI, 9),
    "ct_amount370": lambda p, c: _vnd(p, 500_000, 100_000, 6),
    "ct_status370": lambda p, c: _pick(p, _CT_STATUS, 10),
    "wb_sp370": lambda p, c: f"P{153000 + int(p.bhxh) % 900}-SP{int(p.bhxh) % 40 + 1:02d}",
    "wb_group370": lambda p, c: _pick(p, _WB_GROUP, 12),
    "wb_act370": lambda p, c: _pick(p, _WB_ACT, 12),
    "wb_grant370": lambda p, c: _vnd(p, 5_000_000, 500_000, 20),
    "wb_contrib370": lambda p, c: _vnd(p, 300_000, 50_000, 10),
    "adb_conn370": lambda p, c: f"WS-{_place(p)[4]}-{int(p.bhxh) % 3000:04d}",
    "adb_status370": lambda p, c: _pick(p, _ADB_CONN, 13),
    "adb_meter370": lambda p, c: f"DH{int(p.bhxh) % 10**8:08d}",
    "adb_fee370": lambda p, c: _vnd(p, 1_200_000, 100_000, 8),
    "usaid_id370": lambda p, c: f"USAID-DIS-{int(p.bhxh) % 100000:05d}",
    "usaid_svc370": lambda p, c: _pick(p, _USAID_SVC, 14),
    "usaid_wg370": lambda p, c: str(int(p.bhxh) % 4 + 1),
    "caregiver370": lambda p, c: _other_vn(p, 15),
    "cg_phone370": lambda p, c: _other_phone(p, "08"),
    "koica_id370": lambda p, c: f"KOICA-VT-{2024 + int(p.bhxh) % 2}-{int(p.bhxh) % 1000:03d}",
    "koica_course370": lambda p, c: _pick(p, _KOICA_COURSE, 16),
    "koica_att370": lambda p, c: f"{70 + int(p.bhxh) % 31}%",
    "koica_job370": lambda p, c: _pick(p, ("Employed", "Self-employed", "Seeking", "Studying"), 17),
    "employer370": lambda p, c: _pick(p, ("Cty TNHH Foxconn BG", "Cty CP May Sơn La", "-", ""), 18),
    "jica_grp370": lambda p, c: f"FG-{_place(p)[4]}-{int(p.bhxh) % 30 + 1:02d}",
    "jica_crop370": lambda p, c: _pick(p, _JICA_CROP, 19),
    "jica_area370": lambda p, c: f"{(int(p.bhxh) % 40 + 2) * 100} m2",
    "jica_yield370": lambda p, c: f"{int(p.bhxh) % 900 + 100} kg",
    "plan_child370": lambda p, c: f"VNM-{int(p.bhxh) % 10**6:06d}",
    "plan_status370": lambda p, c: _pick(p, _PLAN_STATUS, 20),
    "school370": lambda p, c: f"TH&THCS {_place(p)[0].removeprefix('Xã ')}",
    "grade370": lambda p, c: f"Lớp {int(p.bhxh) % 9 + 1}",
    "vsla370": lambda p, c: _pick(p, _VSLA, 21),
    "shares370": lambda p, c: str(int(p.bhxh) % 20 + 1),
    "loan370": lambda p, c: _vnd(p, 0, 500_000, 12),
    "vsla_role370": lambda p, c: _pick(
        p, ("Member", "Member", "Chair", "Treasurer", "Key holder"), 22
    ),
    "undp_id370": lambda p, c: f"GCF-RH-{_place(p)[4]}-{int(p.bhxh) % 1000:03d}",
    "fhh370": lambda p, c: _pick(p, ("Yes", "No", "No"), 25),
    "house370": lambda p, c: _pick(p, _HOUSE, 23),
    "stage370": lambda p, c: _pick(p, _STAGE, 24),
    "house_grant370": lambda p, c: _vnd(p, 40_000_000, 1_000_000, 10),
    "gps370": lambda p, c: (
        f"{9 + int(p.bhxh) % 14}.{int(p.bhxh) % 10**5:05d}, "
        f"10{4 + int(p.bhxh) % 5}.{int(p.bhxh[::-1]) % 10**5:05d}"
    ),
}

__all__ = ["WRITERS_BLIND370"]
