"""How the people of the hundred-and-ninety-third part of the outside corpus (**blind 193**,
:mod:`lienthong.quality._corpus_blind193`) are written: nine registers of Ho Chi Minh City after
the 1 July 2025 merger with Binh Duong and Ba Ria - Vung Tau (the metro's priority cards, the
Vung Tau fast ferry's manifest, the Thu Duc wholesale market's traders, household businesses
leaving the presumptive tax, stroke patients' follow-up, exam invigilators, people managed after
drug rehabilitation, bus drivers and conductors, officials placed in the new wards), with
addresses written in the old units (quận, huyện, phường cũ), in the new ones, or in both."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (old ward, old district, old province or city, new ward or commune)
_UNITS = (
    ("Phường Bến Nghé", "Quận 1", "TP.HCM", "Phường Sài Gòn"),
    ("Phường Bến Thành", "Quận 1", "TP.HCM", "Phường Bến Thành"),
    ("Phường Võ Thị Sáu", "Quận 3", "TP.HCM", "Phường Xuân Hòa"),
    ("Phường 25", "Quận Bình Thạnh", "TP.HCM", "Phường Thạnh Mỹ Tây"),
    ("Phường 10", "Quận Gò Vấp", "TP.HCM", "Phường Gò Vấp"),
    ("Phường 2", "Quận Tân Bình", "TP.HCM", "Phường Tân Sơn Hòa"),
    ("Phường Linh Trung", "TP Thủ Đức", "TP.HCM", "Phường Linh Xuân"),
    ("Phường Hiệp Phú", "TP Thủ Đức", "TP.HCM", "Phường Tăng Nhơn Phú"),
    ("Phường Tân Phong", "Quận 7", "TP.HCM", "Phường Tân Mỹ"),
    ("Thị trấn Củ Chi", "huyện Củ Chi", "TP.HCM", "Xã Củ Chi"),
    ("Thị trấn Cần Thạnh", "huyện Cần Giờ", "TP.HCM", "Xã Cần Giờ"),
    ("Phường Phú Cường", "TP Thủ Dầu Một", "tỉnh Bình Dương", "Phường Thủ Dầu Một"),
    ("Phường Dĩ An", "TP Dĩ An", "tỉnh Bình Dương", "Phường Dĩ An"),
    ("Phường Lái Thiêu", "TP Thuận An", "tỉnh Bình Dương", "Phường Lái Thiêu"),
    ("Phường 7", "TP Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu", "Phường Tam Thắng"),
    ("Phường Phước Trung", "TP Bà Rịa", "tỉnh Bà Rịa - Vũng Tàu", "Phường Bà Rịa"),
)
_STREETS = ("Lê Lợi", "Nguyễn Trãi", "Điện Biên Phủ", "Phan Văn Trị", "Lê Văn Việt",
            "Yersin", "Cách Mạng Tháng Tám", "Huỳnh Tấn Phát", "Đại lộ Bình Dương", "Ba Cu",
            "Nguyễn Văn Quá", "Hẻm 51 Tô Ngọc Vân")  # fmt: skip
_METRO_GROUPS = (
    "Người cao tuổi / Elderly",
    "Học sinh - sinh viên / Student",
    "Người khuyết tật / Disabled",
    "Vé tháng phổ thông / Monthly",
    "Người có công / Meritorious",
)
_STATIONS = ("Bến Thành", "Nhà hát Thành phố", "Ba Son", "Văn Thánh", "Thảo Điền", "An Phú",
             "Rạch Chiếc", "Phước Long", "Bình Thái", "Thủ Đức", "Khu Công nghệ cao",
             "Đại học Quốc gia", "Bến xe Suối Tiên")  # fmt: skip
_TRIPS = ("BĐ-VT 08:00", "BĐ-VT 10:00", "VT-BĐ 12:00", "VT-BĐ 14:00", "CG-VT 09:30")
_GOODS = ("Rau cu Da Lat", "Trai cay mien Tay", "Hang thuy san", "Cu qua", "Rau la ngoai thanh")
_ORIGINS = ("Lâm Đồng", "Tiền Giang", "Đồng Tháp", "Tây Ninh", "Đồng Nai", "Vĩnh Long")
_SHOPS = ("Tạp hóa", "Quán cơm", "Tiệm tóc", "Cà phê", "Sửa xe", "Tiệm vàng", "Bánh mì")
_MARKETS = ("Bà Chiểu", "Tân Định", "Thủ Dầu Một", "Xóm Lưới", "Hạnh Thông Tây")
_TRADES = ("Bán lẻ hàng tạp hóa", "Ăn uống", "Dịch vụ cắt tóc", "Sửa chữa xe máy",
           "Kinh doanh vàng bạc", "Cho thuê phòng trọ")  # fmt: skip
_METHODS = ("Kê khai theo DT thực tế", "Kê khai theo quý", "Kê khai theo tháng", "Chưa chọn")
_TAX_OFFICERS = ("Trần Thị Mỹ Hạnh", "Nguyễn Hoàng Phúc", "Lê Thị Kim Oanh", "Võ Minh Trí")
_ICD = ("I63.9 - Nhồi máu não", "I61.9 - Xuất huyết não", "I69.3 - Di chứng NMN", "G45.9 - TIA")
_RANKIN = ("mRS 0", "mRS 1", "mRS 2", "mRS 3", "mRS 4")
_STROKE_DRUGS = ("Aspirin 81mg + Atorvastatin 20mg", "Clopidogrel 75mg", "Apixaban 5mg",
                 "Aspirin 81mg + Clopidogrel 75mg")  # fmt: skip
_DOCTORS = ("BS.CKII Nguyễn Huy Thắng", "ThS.BS Lê Văn Tuấn", "BS.CKI Phạm Thị Ngọc")
_SCHOOLS = ("THPT Nguyễn Thị Minh Khai", "THPT Bùi Thị Xuân", "THPT Gia Định",
            "THPT Trần Văn Giàu", "THPT chuyên Hùng Vương (Bình Dương)",
            "THPT Vũng Tàu", "THCS Lê Quý Đôn")  # fmt: skip
_SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học", "Lịch sử", "Tin học")
_DUTIES = ("Cán bộ coi thi", "Cán bộ coi thi", "Giám sát phòng thi", "Thư ký điểm thi",
           "Phó trưởng điểm thi", "Phục vụ")  # fmt: skip
#: (điểm thi, địa chỉ điểm thi)
_SITES = (
    ("Điểm thi THPT Lê Quý Đôn", "110 Nguyễn Thị Minh Khai, phường Xuân Hòa"),
    ("Điểm thi THPT Marie Curie", "159 Nam Kỳ Khởi Nghĩa, phường Xuân Hòa"),
    ("Điểm thi THPT Thủ Đức", "166/24 Đặng Văn Bi, phường Thủ Đức"),
    ("Điểm thi THPT Võ Minh Đức", "Đường 30/4, phường Thủ Dầu Một"),
)
_BANKS = ("Vietcombank CN Sài Gòn", "BIDV CN Bình Dương", "Agribank CN Bà Rịa", "Sacombank")
_DRUG_KINDS = ("Ma túy đá (Methamphetamine)", "Heroin", "Cần sa", "Thuốc lắc (MDMA)")
_REHAB = ("CSCN Bình Đức", "CSCN Phú Văn", "CSCN Nhị Xuân", "Cai nghiện tại gia đình")
_AREA_POLICE = ("Đại úy Trần Văn Hùng", "Thượng úy Lê Minh Tâm", "Trung úy Phan Quốc Bảo")
_BUS_ROLES = ("Lái xe", "Lái xe", "Tiếp viên (bán vé)", "Lái xe", "Tiếp viên")
_ROUTES = ("Tuyến 01 Bến Thành - BX Chợ Lớn", "Tuyến 19 Bến Thành - ĐHQG", "Tuyến 150 Chợ Lớn -"
           " Ngã 3 Tân Vạn", "Tuyến 611 Bến Thành - Vũng Tàu", "Tuyến 39 Bến Thành - Võ Văn Kiệt",
           "Tuyến 61-4 Bến Dược - Dầu Tiếng")  # fmt: skip
_OLD_POSTS = (
    "Phó Chủ tịch UBND Phường 10, Quận Gò Vấp",
    "Công chức Văn phòng - Thống kê UBND Phường Bến Nghé, Quận 1",
    "Chuyên viên Phòng TN&MT Quận 7",
    "Công chức Địa chính - Xây dựng UBND xã Tân Thông Hội, huyện Củ Chi",
    "Chuyên viên Phòng LĐTBXH TP Thủ Dầu Một",
    "Công chức Tư pháp - Hộ tịch UBND Phường 7, TP Vũng Tàu",
)
_NEW_POSTS = (
    "Phó Chủ tịch UBND",
    "Chuyên viên Văn phòng HĐND và UBND",
    "Chuyên viên Phòng Kinh tế",
    "Chuyên viên Phòng Văn hóa - Xã hội",
    "Viên chức Trung tâm Phục vụ hành chính công",
)
_DEGREES = ("Cử nhân Luật", "Thạc sĩ Quản lý công", "Kỹ sư Quản lý đất đai", "Cử nhân Kinh tế")
_GRADES = ("Chuyên viên (01.003)", "Chuyên viên chính (01.002)", "Cán sự (01.004)")


def _unit(p: Person, salt: int = 0) -> tuple[str, str, str, str]:
    row = _UNITS[int(p.bhxh) // (salt * 7 + 1) % len(_UNITS)]
    return (row[0], row[1], row[2], row[3])


def _house(p: Person) -> str:
    return f"{1 + _num(p, 250)} {_pick(p, _STREETS, 3)}"


def _addr_old(p: Person) -> str:
    """The home as written before 1 July 2025: ward, district, city or province."""
    ward, district, city, _ = _unit(p)
    return f"{_house(p)}, {ward}, {district}, {city}"


def _addr_new(p: Person) -> str:
    """The home in the new units: the new ward or commune, Ho Chi Minh City."""
    ward = _unit(p)[3]
    city = _pick(p, ("TP. Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh"), 4)
    return f"{_house(p)}, {ward}, {city}"


def _addr_mix(p: Person) -> str:
    """New units with the old ones in brackets, or the old ones alone, as clerks still write."""
    ward, district, _, new = _unit(p)
    if _num(p, 3) == 1:
        return _addr_old(p)
    return f"{_house(p)}, {new} ({ward} cũ, {district}), TP.HCM"


def _plate(p: Person, bus: bool = False) -> str:
    series = _pick(p, ("51B", "61B", "72B", "50H") if bus else ("51D", "60C", "61C", "49C"), 5)
    return f"{series}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


def _gov_email(p: Person) -> str:
    words = p.full.split()
    initials = "".join(w[0] for w in words[:-1])
    base = f"{words[-1]}{initials}".lower()
    plain = unicodedata.normalize("NFD", base.replace("đ", "d")).encode("ascii", "ignore").decode()
    return f"{plain}.{p.bhxh[-3:]}@tphcm.gov.vn"


def _helper(p: Person) -> str:
    kin = _pick(p, ("mẹ", "cha", "Tổ trưởng KP", "vợ", "anh trai"), 8)
    return f"{_other_vn(p, 7, male=kin in ('cha', 'anh trai', 'Tổ trưởng KP'))} ({kin})"


WRITERS_BLIND193: dict[str, Callable[[Person, Col], object]] = {
    "addr_old193": lambda p, c: _addr_old(p),
    "addr_new193": lambda p, c: _addr_new(p),
    "addr_mix193": lambda p, c: _addr_mix(p),
    "ward_new193": lambda p, c: _unit(p)[3],
    "sex_bi193": lambda p, c: "Nam (M)" if p.male else "Nữ (F)",
    # metro line 1's priority cards
    "metro_group193": lambda p, c: _pick(p, _METRO_GROUPS, 2),
    "metro_card193": lambda p, c: f"HURC1-{p.bhxh[-8:]}",
    "metro_station193": lambda p, c: _pick(p, _STATIONS, 3),
    "metro_note193": lambda p, c: _pick(p, ("", "Đã nhận thẻ", "", "Chờ xác minh giấy tờ"), 4),
    # the fast ferry to Vung Tau
    "nat193": lambda p, c: _pick(p, ("Viet Nam", "VNM", "Việt Nam"), 2),
    "trip193": lambda p, c: _pick(p, _TRIPS, 3),
    "seat193": lambda p, c: f"{'ABCDE'[_num(p, 5) - 1]}{_num(p, 40):02d}",
    "pnr193": lambda p, c: f"GL{p.bhxh[2:8]}",
    "emerg193": lambda p, c: f"{_other_vn(p, 5)} - {_other_phone(p)}",
    # traders entering the Thu Duc wholesale market
    "trader193": lambda p, c: f"TN-{_pick(p, ('RC', 'TC', 'TS'), 2)}{p.bhxh[-4:]}",
    "stall193": lambda p, c: f"Lo {_pick(p, ('A', 'B', 'C', 'D'), 3)}{_num(p, 60)}",
    "goods193": lambda p, c: _pick(p, _GOODS, 4),
    "plate193": lambda p, c: _plate(p),
    "load193": lambda p, c: f"{_num(p, 15) / 2 + 1:.1f}".replace(".", ","),
    "origin193": lambda p, c: _pick(p, _ORIGINS, 5),
    "gate193": lambda p, c: f"{_pick(p, ('22', '23', '00', '01', '02'), 6)}h{_num(p, 6) - 1}0",
    # household businesses leaving the presumptive tax
    "shop193": lambda p, c: f"{_pick(p, _SHOPS, 2)} {p.given.split()[-1]}",
    "shop_addr193": lambda p, c: f"Ki-ốt {_num(p, 40)} chợ {_pick(p, _MARKETS, 3)}",
    "trade193": lambda p, c: _pick(p, _TRADES, 4),
    "revenue193": lambda p, c: f"{(2 + _num(p, 40)) * 60_000_000:,}".replace(",", "."),
    "tax193": lambda p, c: f"{(2 + _num(p, 40)) * 75_000:,}".replace(",", "."),
    "method193": lambda p, c: _pick(p, _METHODS, 5),
    "invoice193": lambda p, c: _pick(p, ("Đã đăng ký", "Chưa", "Không thuộc diện"), 6),
    "taxofficer193": lambda p, c: _pick(p, _TAX_OFFICERS, 7),
    # stroke patients' follow-up
    "stroke_id193": lambda p, c: f"N25-{p.bhxh[-7:]}",
    "icd193": lambda p, c: _pick(p, _ICD, 2),
    "rankin193": lambda p, c: _pick(p, _RANKIN, 3),
    "stroke_drug193": lambda p, c: _pick(p, _STROKE_DRUGS, 4),
    "doctor193": lambda p, c: _pick(p, _DOCTORS, 5),
    "kin_phone193": lambda p, c: _other_phone(p, "03"),
    "kin193": lambda p, c: f"{_other_vn(p, 6)} ({_pick(p, ('con', 'vợ', 'chồng', 'cháu'), 7)})",
    # exam invigilators
    "school193": lambda p, c: _pick(p, _SCHOOLS, 2),
    "subject193": lambda p, c: _pick(p, _SUBJECTS, 3),
    "duty193": lambda p, c: _pick(p, _DUTIES, 4),
    "exam_site193": lambda p, c: _SITES[_num(p, 4) - 1][0],
    "site_addr193": lambda p, c: _SITES[_num(p, 4) - 1][1],
    "account193": lambda p, c: f"{_pick(p, ('007', '0531', '6380', '0601'), 5)}{p.bhxh[1:]}",
    "bank193": lambda p, c: _pick(p, _BANKS, 6),
    # people managed after drug rehabilitation
    "alias193": lambda p, c: _pick(p, ("", "Tí", "Bin", "", "Tèo", "Cu Đen"), 2),
    "drug_kind193": lambda p, c: _pick(p, _DRUG_KINDS, 3),
    "rehab193": lambda p, c: _pick(p, _REHAB, 4),
    "rehab_end193": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "helper193": lambda p, c: _helper(p),
    "family_phone193": lambda p, c: _other_phone(p, "08"),
    "area_police193": lambda p, c: _pick(p, _AREA_POLICE, 5),
    # bus drivers and conductors
    "bus_staff193": lambda p, c: f"NV{p.bhxh[-5:]}",
    "bus_role193": lambda p, c: _pick(p, _BUS_ROLES, 2),
    "license193": lambda p, c: f"79{p.bhxh}",
    "license_class193": lambda p, c: _pick(p, ("D", "E", "D2", "D", "-"), 3),
    "route193": lambda p, c: _pick(p, _ROUTES, 4),
    "bus_plate193": lambda p, c: _plate(p, bus=True),
    # officials placed in the new wards and communes
    "old_post193": lambda p, c: _pick(p, _OLD_POSTS, 2),
    "new_post193": lambda p, c: _pick(p, _NEW_POSTS, 3),
    "new_unit193": lambda p, c: f"UBND {_unit(p, 2)[3]}",
    "degree193": lambda p, c: _pick(p, _DEGREES, 4),
    "grade193": lambda p, c: _pick(p, _GRADES, 5),
    "email_gov193": lambda p, c: _gov_email(p),
    "decision193": lambda p, c: f"{_num(p, 900) + 100}/QĐ-UBND",
}
