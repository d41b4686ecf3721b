"""How the people of the two-hundred-and-eighteenth part of the outside corpus (**blind 218**,
:mod:`lienthong.quality._corpus_blind218`) are written: the own columns of nine Vietnamese
registers kept by national bodies (a cochlear implant, a research grant, a patent application,
a frequent-flyer card, a cord-blood gift, a heart operation, a direct admission, an insulin pen,
an overseas worker's early return) and the two-level addresses used since July 2025."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- two-level addresses (after 1 July 2025): street or hamlet, ward or commune, province --------
_NEW_PLACES = (
    ("Số 12 ngõ 45 Trần Khát Chân", "Phường Hai Bà Trưng", "TP. Hà Nội"),
    ("Thôn Đông Xá", "Xã Kim Thành", "TP. Hải Phòng"),
    ("Tổ 7 khu phố 3", "Phường Biên Hòa", "Tỉnh Đồng Nai"),
    ("Ấp Hòa Lợi", "Xã Châu Thành", "Tỉnh Vĩnh Long"),
    ("68/2 Lê Văn Sỹ", "Phường Nhiêu Lộc", "TP. Hồ Chí Minh"),
    ("Bản Phiêng Lằn", "Xã Mường Chanh", "Tỉnh Sơn La"),
    ("Thôn 4", "Xã Ea Kar", "Tỉnh Đắk Lắk"),
    ("Số 20 Nguyễn Huệ", "Phường Thuận Hóa", "TP. Huế"),
)
_HOSPITALS = (
    "BV Nhi Trung ương",
    "Viện Tim TP.HCM",
    "BV Tim Hà Nội",
    "BV Trung ương Huế",
    "BV Nhi Đồng 1",
)
_DEFECTS = (
    "Thông liên thất",
    "Thông liên nhĩ",
    "Còn ống động mạch",
    "Tứ chứng Fallot",
    "Hẹp van động mạch phổi",
)
_FIELDS = (
    "Toán học",
    "Vật lý",
    "Hóa học",
    "Khoa học sự sống",
    "Khoa học máy tính",
    "Khoa học xã hội và nhân văn",
)
_HOSTS = (
    "Viện Toán học - Viện HLKHCNVN",
    "Trường ĐH Khoa học Tự nhiên, ĐHQGHN",
    "Trường ĐH Bách khoa Hà Nội",
    "Trường ĐH Cần Thơ",
    "Viện Công nghệ Sinh học",
)
_PATENT_TITLES = (
    "Quy trình sản xuất phân bón hữu cơ vi sinh từ bã cà phê",
    "Thiết bị tách vỏ hạt điều bán tự động",
    "Chế phẩm sinh học phòng bệnh đạo ôn trên lúa",
    "Hệ thống giám sát độ mặn nước tưới dùng IoT",
)
_TIERS = ("Bông Sen Bạc", "Bông Sen Titan", "Bông Sen Vàng", "Bạch Kim", "Hội viên")
_SUBJECTS = ("Toán", "Vật lí", "Hóa học", "Sinh học", "Tin học", "Ngữ văn", "Tiếng Anh")
_PRIZES = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích")
_UNITS = (
    "Trường ĐH Công nghệ",
    "Trường ĐH Khoa học Tự nhiên",
    "Trường ĐH Y Dược",
    "Trường ĐH Kinh tế",
    "Trường ĐH Ngoại ngữ",
)
_COUNTRIES = ("Hàn Quốc", "Nhật Bản", "Đài Loan (Trung Quốc)", "Malaysia", "Ả Rập Xê Út")
_REASONS = (
    "Tai nạn lao động",
    "Doanh nghiệp phá sản",
    "Ốm đau, bệnh nghề nghiệp",
    "Thiên tai tại nước sở tại",
)
_IMPLANTS = ("Cochlear Nucleus 7", "MED-EL Synchrony 2", "Advanced Bionics HiRes Ultra")
_INSULINS = ("NovoRapid FlexPen", "Lantus SoloStar", "Mixtard 30", "Levemir FlexPen")


def _new_place(p: Person) -> tuple[str, str, str]:
    return _NEW_PLACES[int(p.bhxh[-5:]) % len(_NEW_PLACES)]


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


WRITERS_BLIND218: dict[str, Callable[[Person, Col], object]] = {
    "addr2_218": lambda p, c: ", ".join(_new_place(p)),
    "street218": lambda p, c: _new_place(p)[0],
    "ward218": lambda p, c: _new_place(p)[1],
    "province218": lambda p, c: _new_place(p)[2],
    "parent218": lambda p, c: _other_vn(p, 3),
    "parent_phone218": lambda p, c: _other_phone(p, "03"),
    "implant218": lambda p, c: _pick(p, _IMPLANTS, 2),
    "ear218": lambda p, c: _pick(p, ("Tai phải", "Tai trái", "Hai tai"), 3),
    "hearing218": lambda p, c: f"{90 + _num(p, 30)} dB",
    "mapping218": lambda p, c: f"{p.other_date + timedelta(days=28):%d/%m/%Y}",
    "grant_no218": lambda p, c: (
        f"{_pick(p, ('101', '102', '103', '106'), 1)}.0{_num(p, 5)}-2025.{_num(p, 90)}"
    ),
    "field218": lambda p, c: _pick(p, _FIELDS, 4),
    "host218": lambda p, c: _pick(p, _HOSTS, 5),
    "title218": lambda p, c: _pick(p, ("TS.", "PGS.TS.", "GS.TS.", "TS."), 6),
    "budget218": lambda p, c: _vnd((8 + _num(p, 40)) * 100_000_000),
    "months218": lambda p, c: _pick(p, ("24", "36", "30"), 7),
    "app_no218": lambda p, c: f"1-2025-0{_num(p, 9000):04d}",
    "patent218": lambda p, c: _pick(p, _PATENT_TITLES, 2),
    "ipc218": lambda p, c: _pick(p, ("A01N 63/20", "C05F 11/08", "A23N 5/03", "G01N 33/18"), 3),
    "applicant218": lambda p, c: _pick(p, (*_HOSTS, "Cty TNHH Nông nghiệp Xanh"), 4),
    "share218": lambda p, c: f"{_pick(p, ('100', '50', '33,3', '25'), 5)}%",
    "ip_status218": lambda p, c: _pick(
        p, ("Hợp lệ", "Thẩm định nội dung", "Cấp bằng", "Từ chối"), 6
    ),
    "card218": lambda p, c: f"{p.bhxh[1:]}"[:9],
    "tier218": lambda p, c: _pick(p, _TIERS, 2),
    "miles218": lambda p, c: _vnd(_num(p, 120) * 1_250),
    "passport218": lambda p, c: f"{_pick(p, ('C', 'P', 'N'), 3)}{p.bhxh[-7:]}",
    "bag218": lambda p, c: f"CB{p.bhxh[-8:]}",
    "volume218": lambda p, c: f"{60 + _num(p, 70)} ml",
    "tnc218": lambda p, c: f"{_num(p, 18) + 4},{_num(p, 9)} x10^8",
    "hla218": lambda p, c: f"A*{_num(p, 33):02d} B*{_num(p, 58):02d} DRB1*{_num(p, 16):02d}",
    "week218": lambda p, c: f"{37 + _num(p, 4)} tuần",
    "baby_sex218": lambda p, c: _pick(p, ("Trai", "Gái"), 4),
    "defect218": lambda p, c: _pick(p, _DEFECTS, 2),
    "hospital218": lambda p, c: _pick(p, _HOSPITALS, 3),
    "cost218": lambda p, c: _vnd((6 + _num(p, 60)) * 1_000_000),
    "fund218": lambda p, c: _vnd((3 + _num(p, 30)) * 1_000_000),
    "sponsor218": lambda p, c: _pick(
        p, ("Quỹ BTTEVN", "Nhà tài trợ Vinamilk", "Quỹ Tấm lòng Việt"), 5
    ),
    "subject218": lambda p, c: _pick(p, _SUBJECTS, 2),
    "prize218": lambda p, c: _pick(p, _PRIZES, 3),
    "hs_school218": lambda p, c: _pick(
        p,
        (
            "THPT chuyên Hà Nội - Amsterdam",
            "THPT chuyên Lam Sơn",
            "THPT chuyên Lê Hồng Phong",
            "THPT chuyên Phan Bội Châu",
        ),
        4,
    ),
    "unit218": lambda p, c: _pick(p, _UNITS, 5),
    "major218": lambda p, c: f"QHT{_num(p, 20):02d}",
    "hba1c218": lambda p, c: f"{6 + _num(p, 6)},{_num(p, 9)}%",
    "insulin218": lambda p, c: _pick(p, _INSULINS, 2),
    "pens218": lambda p, c: 2 + _num(p, 6),
    "diag_year218": lambda p, c: 2015 + _num(p, 10),
    "country218": lambda p, c: _pick(p, _COUNTRIES, 2),
    "employer218": lambda p, c: _pick(
        p, ("Samsung Heavy", "Toyota Boshoku", "Foxconn Kaohsiung", "Sime Darby"), 3
    ),
    "reason218": lambda p, c: _pick(p, _REASONS, 4),
    "support218": lambda p, c: _vnd((10 + _num(p, 20)) * 1_000_000),
    "agency218": lambda p, c: _pick(
        p, ("Cty CP XKLĐ Thành An", "Trung tâm Lao động ngoài nước", "Cty Sona"), 5
    ),
}

__all__ = ["WRITERS_BLIND218"]
