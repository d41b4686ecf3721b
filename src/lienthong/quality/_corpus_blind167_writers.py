"""How the people of the hundred-and-sixty-seventh part of the outside corpus (**blind 167**,
:mod:`lienthong.quality._corpus_blind167`) are written: nine Vietnamese registers' own columns (a
ward's complaint and denunciation book, a tax office's enforcement list for household
businesses' debts, a traffic police team's licence seizures for drink-driving, a social
insurance office's requests to correct insurance books, a hospital's list of patients who left
without discharge, a school's transfers in and out, a factory's worker shuttle registrations, a
ward's address confirmations after the July 2025 reorganisation, a department's workers going
abroad on contract), with home addresses in the old three-level form of Ho Chi Minh City."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: wards and districts of Ho Chi Minh City as written before 1 July 2025, and the ward since
_HCM_OLD = (
    ("P. Tân Định", "Q.1", "Phường Tân Định"),
    ("Phường 7", "Quận 3", "Phường Xuân Hòa"),
    ("P.Bình Hưng Hòa A", "Q. Bình Tân", "Phường Bình Hưng Hòa"),
    ("Phường 12", "Q. Gò Vấp", "Phường An Hội Tây"),
    ("P. Linh Trung", "TP. Thủ Đức", "Phường Linh Xuân"),
    ("Xã Bà Điểm", "H. Hóc Môn", "Xã Bà Điểm"),
    ("Phường 4", "Quận 8", "Phường Chánh Hưng"),
    ("P. Tân Thới Hòa", "Q.Tân Phú", "Phường Phú Thạnh"),
)
_CITY_OLD = ("TP.HCM", "TP. Hồ Chí Minh", "Tp HCM", "Thành phố Hồ Chí Minh")
_COMPLAINTS = (
    "Khiếu nại QĐ xử phạt xây dựng không phép",
    "Tố cáo hàng xóm lấn chiếm lối đi chung",
    "Khiếu nại việc không cấp GCN QSDĐ",
    "Phản ánh tiếng ồn quán karaoke",
    "Tố cáo cán bộ khu phố thu tiền sai quy định",
    "Đề nghị xem xét lại mức hỗ trợ giải tỏa",
)
_COMPLAINT_KINDS = ("Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh", "Khiếu nại")
_AUTHORITY = ("Thuộc thẩm quyền", "Không thuộc TQ - chuyển đơn", "Hướng dẫn công dân", "Lưu đơn")
_RESULTS = ("Đang xác minh", "Đã ban hành QĐ giải quyết", "Đã chuyển Thanh tra TP", "Rút đơn", "")
_ACCUSED = ("UBND phường", "Ban điều hành KP 3", "Đội TTĐT", "Công ty CP Địa ốc Sài Gòn Xanh")
_SHOPS = ("Tạp hóa", "Quán cơm", "Tiệm tóc", "Sửa xe", "Cà phê", "Bún bò", "Văn phòng phẩm")
_TAX_MEASURES = (
    "Trích tiền từ TK ngân hàng",
    "Thông báo hóa đơn không còn giá trị",
    "Tạm hoãn xuất cảnh",
    "Kê biên tài sản",
    "Khấu trừ thu nhập",
)
_TAX_STATUS = ("Đã nộp đủ", "Nộp một phần", "Chưa nộp", "Ngừng kinh doanh", "Chưa nộp")
_LICENCE_CLASSES = ("A1", "A1", "A", "B", "B2", "C", "C1")
_PLATES = ("59", "51", "50", "61", "72", "41")
_SPOTS = (
    "Ngã tư Hàng Xanh",
    "Đường Nguyễn Văn Linh",
    "Vòng xoay Dân Chủ",
    "Cầu Sài Gòn",
    "QL 1A đoạn Bình Chánh",
)
_FIXES = ("Sai ngày sinh", "Sai ngày, tháng sinh", "Sai năm sinh", "Sai ngày sinh + gộp 2 sổ")
_EMPLOYERS = (
    ("Cty TNHH May mặc Việt Thắng", "TA0123"),
    ("Cty CP Thực phẩm Sài Gòn Food", "TB4411"),
    ("Cty TNHH Pouyuen Việt Nam", "TE0007"),
    ("Trường TH Lê Văn Tám", "TZ3150"),
)
_DEPTS = ("Nội A", "Ngoại chấn thương", "Truyền nhiễm", "Hồi sức cấp cứu", "Lão khoa")
_DIAGNOSES = ("J18.9 Viêm phổi", "S82.2 Gãy thân xương chày", "A91 SXHD", "I10 Tăng HA", "K35 VRT")
_CLASSES = ("6A1", "7A3", "8/2", "9/5", "10A4", "11CB2", "12A1")
_SCHOOLS = (
    "THCS Nguyễn Du (Q.1)",
    "THCS Lê Quý Đôn, Q.3",
    "THPT Gia Định",
    "THCS Ngô Tất Tố - tỉnh Bình Dương cũ",
    "THCS Phan Bội Châu, Đắk Lắk",
)
_MOVE_REASONS = ("Theo cha mẹ chuyển nơi ở", "Chuyển công tác", "Gần nhà", "Về quê nội")
_SHIFTS = ("Ca 1 (6h-14h)", "Ca 2 (14h-22h)", "HC", "Ca 3")
_ROUTES = ("Tuyến 01 - Thủ Đức", "Tuyến 03 - Dĩ An", "Tuyến 05 - Bình Tân", "Tuyến 07 - Củ Chi")
_PICKUPS = ("Chợ Thủ Đức", "Ngã ba Cây Điệp", "Cổng KCX Linh Trung 2", "Bến xe Miền Tây")
_FACTORY_DEPTS = ("May 3", "QC", "Đóng gói", "Kho NVL", "Cắt")
_RENTED = ("Phòng trọ số", "Nhà trọ Phúc Lộc, P.", "KTX công nhân, phòng")
_COUNTRIES = ("Nhật Bản", "Hàn Quốc (EPS)", "Đài Loan (TQ)", "CHLB Đức", "Nhật Bản")
_AGENCIES = (
    "Cty CP XKLĐ Sona",
    "Cty TNHH Esuhai",
    "Trung tâm Lao động ngoài nước",
    "Cty CP Tracodi",
)
_JOBS = ("Điều dưỡng", "Chế biến thực phẩm", "Cơ khí", "Nông nghiệp", "Xây dựng")
_KIN = (("Cha", True), ("Mẹ", False), ("Vợ", False), ("Chồng", True), ("Anh", True), ("Chị", False))


def _old_unit(p: Person) -> tuple[str, str, str]:
    return _HCM_OLD[int(p.bhxh[3:6]) % len(_HCM_OLD)]


def _addr_old(p: Person) -> str:
    ward, district, _ = _old_unit(p)
    return f"{p.street}, {ward}, {district}, {_pick(p, _CITY_OLD, 5)}"


def _ward_new(p: Person) -> str:
    return _old_unit(p)[2]


def _wrong_birth(p: Person) -> str:
    day = p.birth
    if int(p.bhxh) % 2:
        return f"01/01/{day.year}"
    return _safe_day(day.year + 1, day.month, day.day).strftime("%d/%m/%Y")


def _later(p: Person, days: int) -> str:
    return (p.other_date + timedelta(days=days + int(p.bhxh[-2:]))).strftime("%d/%m/%Y")


def _earlier(p: Person, days: int) -> str:
    return (p.other_date - timedelta(days=days + int(p.bhxh[-2:]))).strftime("%d/%m/%Y")


def _rented(p: Person) -> str:
    _, _, ward = _old_unit(p)
    return f"{_pick(p, _RENTED, 2)} {_num(p, 40)}, {ward}, TP.HCM"


def _kin(p: Person, salt: int) -> tuple[str, str]:
    """A next of kin: the relation and a name of the sex the relation says."""
    relation, male = _KIN[int(p.bhxh) // (salt * 11 + 1) % len(_KIN)]
    if relation in ("Vợ", "Chồng"):  # the spouse of this person, not of anybody
        relation, male = ("Vợ", False) if p.male else ("Chồng", True)
    return relation, _other_vn(p, salt + 20, male=male)


def _amount(p: Person, low: int, span: int) -> str:
    return f"{(low + int(p.bhxh[2:7]) % span) * 1000:,}".replace(",", ".")


WRITERS_BLIND167: dict[str, Callable[[Person, Col], object]] = {
    "addr_old167": lambda p, c: _addr_old(p),
    "accused167": lambda p, c: _pick(p, _ACCUSED, 1) if int(p.bhxh) % 3 else _other_vn(p, 3),
    "complaint167": lambda p, c: _pick(p, _COMPLAINTS, 2),
    "complaint_kind167": lambda p, c: _pick(p, _COMPLAINT_KINDS, 3),
    "authority167": lambda p, c: _pick(p, _AUTHORITY, 4),
    "officer167": lambda p, c: f"{_other_vn(p, 5)} (Thanh tra P.)",
    "result167": lambda p, c: _pick(p, _RESULTS, 6),
    "shop167": lambda p, c: f"{_pick(p, _SHOPS, 1)} {p.given.split()[-1]}",
    "shop_addr167": lambda p, c: f"Kiốt {_num(p, 80)} chợ Bà Chiểu, Phường Bình Thạnh",
    "debt167": lambda p, c: _amount(p, 850, 90_000),
    "days_late167": lambda p, c: str(91 + int(p.bhxh[4:7]) % 600),
    "measure167": lambda p, c: _pick(p, _TAX_MEASURES, 2),
    "decision167": lambda p, c: f"{_num(p, 9000)}/QĐ-TCS.BT",
    "tax_status167": lambda p, c: _pick(p, _TAX_STATUS, 3),
    "record167": lambda p, c: f"{_num(p, 99999):05d}/BB-VPHC",
    "licence167": lambda p, c: f"79{p.bhxh}",
    "licence_class167": lambda p, c: _pick(p, _LICENCE_CLASSES, 5),
    "plate167": lambda p, c: (
        f"{_pick(p, _PLATES, 6)}-{p.bhxh[1]}{p.bhxh[2]} {p.bhxh[3:6]}.{p.bhxh[6:8]}"
    ),
    "alcohol167": lambda p, c: f"0,{int(p.bhxh[5:8]) % 900 + 26:03d}",
    "fine167": lambda p, c: _pick(p, ("2.000.000", "6.000.000", "8.000.000", "40.000.000"), 7),
    "months167": lambda p, c: _pick(p, ("10 - 12", "16 - 18", "22 - 24", "12"), 8),
    "spot167": lambda p, c: _pick(p, _SPOTS, 9),
    "officer_csgt167": lambda p, c: f"Thiếu úy {_other_vn(p, 7, male=True)}",
    "wrong_birth167": lambda p, c: _wrong_birth(p),
    "fix167": lambda p, c: _pick(p, _FIXES, 1),
    "employer167": lambda p, c: _EMPLOYERS[int(p.bhxh[2:5]) % len(_EMPLOYERS)][0],
    "unit_code167": lambda p, c: _EMPLOYERS[int(p.bhxh[2:5]) % len(_EMPLOYERS)][1],
    "due167": lambda p, c: _later(p, 10),
    "medrec167": lambda p, c: f"BA{p.other_date:%y}.{p.bhxh[:6]}",
    "dept167": lambda p, c: _pick(p, _DEPTS, 2),
    "admit167": lambda p, c: _earlier(p, 2),
    "diagnosis167": lambda p, c: _pick(p, _DIAGNOSES, 3),
    "hosp_debt167": lambda p, c: _amount(p, 120, 30_000),
    "relative167": lambda p, c: "{1} ({0})".format(*_kin(p, 4)),
    "phone_rel167": lambda p, c: _other_phone(p, "08"),
    "police_told167": lambda p, c: _pick(p, ("Đã báo CA phường", "Chưa", "Đã báo")),
    "class167": lambda p, c: _pick(p, _CLASSES, 1),
    "school_from167": lambda p, c: _pick(p, _SCHOOLS, 2),
    "school_to167": lambda p, c: _pick(p, _SCHOOLS, 5),
    "reason167": lambda p, c: _pick(p, _MOVE_REASONS, 3),
    "parent167": lambda p, c: _other_vn(p, 11, family=p.family),
    "phone_parent167": lambda p, c: _other_phone(p, "03"),
    "empno167": lambda p, c: f"PY{p.bhxh[2:8]}",
    "factory_dept167": lambda p, c: _pick(p, _FACTORY_DEPTS, 4),
    "shift167": lambda p, c: _pick(p, _SHIFTS, 5),
    "route167": lambda p, c: _pick(p, _ROUTES, 6),
    "pickup167": lambda p, c: _pick(p, _PICKUPS, 7),
    "rented167": lambda p, c: _rented(p),
    "ward_new167": lambda p, c: _ward_new(p),
    "confirm167": lambda p, c: f"{_num(p, 4000)}/XN-UBND",
    "clerk167": lambda p, c: _other_vn(p, 13),
    "passport167": lambda p, c: f"{'CPN'[int(p.bhxh[0]) % 3]}{p.bhxh[1:8]}",
    "country167": lambda p, c: _pick(p, _COUNTRIES, 2),
    "agency167": lambda p, c: _pick(p, _AGENCIES, 3),
    "job167": lambda p, c: _pick(p, _JOBS, 4),
    "term167": lambda p, c: _pick(p, ("3 năm", "36 tháng", "1 năm", "5 năm"), 5),
    "kin167": lambda p, c: "{}: {}".format(*_kin(p, 6)),
    "kin_phone167": lambda p, c: _other_phone(p, "09"),
}

__all__ = ["WRITERS_BLIND167"]
