"""How the people of the two-hundred-and-sixtieth part of the outside corpus (**blind 260**,
:mod:`lienthong.quality._corpus_blind260`) are written: the Cơ Tu, Xơ Đăng, Ba Na, Hrê and Tà Ôi
names beside Kinh ones in nine registers of the central provinces merged in 2025 (Đà Nẵng with
the former Quảng Nam, Quảng Ngãi with the former Kon Tum, Huế and its hills), their addresses in
the old three-level and the new two-level forms, and the registers' own columns."""

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
_COTU_M = ("Bhling Mia", "Alăng Bướp", "Clâu Nhấp", "Bríu Pố", "Zơ Râm Dũng", "Pơloong Plênh",
           "Ating Pó", "Hốih Dưa", "A Rất Đua", "Bh'riu Liếc")  # fmt: skip
_COTU_F = ("Alăng Thị Hoa", "Bhnướch Thị Dìu", "Zơ Râm Thị Bảy", "Briu Thị Nga", "Ating Thị Dung",
           "Hốih Thị Mai", "Pơloong Thị Hiền", "Clâu Thị Xuân")  # fmt: skip
_XODANG_M = ("A Ngọc", "A Blúi", "A Dũng", "A Vang", "A Thiêm", "Hồ Văn Điềm", "A Tuấn", "A Sơn")
_XODANG_F = ("Y Thiên", "Y Nga", "Y Blông", "Y Ngọc Hương", "Hồ Thị Bốn", "Y Hiền", "Y Sương")
_BANA_M = ("A Hyin", "A Blưng", "A Ngưt", "Đinh Văn Hmoi", "A Jưh", "A Rin", "A Plưm")
_BANA_F = ("Y Hlen", "Y Bưch", "Y Dju", "Đinh Thị Blơm", "Y Nhi", "Y Ngoan", "Y Bơ")
_HRE_M = ("Đinh Văn Ớt", "Phạm Văn Tỉn", "Đinh Văn Ngoan", "Đinh Tấn Sá", "Đinh Văn Lưu",
          "Phạm Văn Bảy", "Đinh Ngọc Tuế")  # fmt: skip
_HRE_F = ("Đinh Thị Khiêm", "Phạm Thị Lời", "Đinh Thị Dít", "Đinh Thị Hoa", "Phạm Thị Nơi",
          "Đinh Thị Mận")  # fmt: skip
_TAOI_M = ("Hồ Văn A Rằm", "Kăn Tre", "Ăm Pất", "Hồ Văn Cam", "Kê Văn Hoàn", "Nhâm Văn Đức")
_TAOI_F = ("Căn Thị Sen", "Hồ Thị Xuân", "A Viết Thị Lâm", "Nhâm Thị Xuyên", "Pả Thị Dân")


def _local(p: Person, male: _T, female: _T, every: int = 3) -> str:
    return _mix(p, _by_sex(p, male, female, 2), every)


# -- addresses: (thôn/tổ, new xã/phường, new province, old xã, old huyện, old province) -----------
_P6 = tuple[str, str, str, str, str, str]
_KT: tuple[_P6, ...] = (
    ("Thôn Long Láy 1", "Xã Măng Ri", "Tỉnh Quảng Ngãi", "Xã Tê Xăng", "Huyện Tu Mơ Rông",
     "Tỉnh Kon Tum"),
    ("Thôn Mô Pả", "Xã Ngọc Linh", "Tỉnh Quảng Ngãi", "Xã Măng Ri", "Huyện Tu Mơ Rông",
     "Tỉnh Kon Tum"),
    ("Thôn Đăk Dơn", "Xã Đăk Plô", "Tỉnh Quảng Ngãi", "Xã Đăk Choong", "Huyện Đăk Glei",
     "Tỉnh Kon Tum"),
    ("Làng Kon Klor", "Phường Kon Tum", "Tỉnh Quảng Ngãi", "Phường Thắng Lợi", "TP. Kon Tum",
     "Tỉnh Kon Tum"),
    ("Thôn Kon Pring", "Xã Măng Đen", "Tỉnh Quảng Ngãi", "Xã Đăk Long", "Huyện Kon Plông",
     "Tỉnh Kon Tum"),
    ("Thôn Plei Klếch", "Xã Ngọk Bay", "Tỉnh Quảng Ngãi", "Xã Vinh Quang", "TP. Kon Tum",
     "Tỉnh Kon Tum"),
)  # fmt: skip
_QN: tuple[_P6, ...] = (
    ("Thôn Agrồng", "Xã Tây Giang", "TP. Đà Nẵng", "Xã Atiêng", "Huyện Tây Giang",
     "Tỉnh Quảng Nam"),
    ("Thôn Pơrning", "Xã Avương", "TP. Đà Nẵng", "Xã Avương", "Huyện Tây Giang", "Tỉnh Quảng Nam"),
    ("Thôn Arooi", "Xã Sông Kôn", "TP. Đà Nẵng", "Xã Sông Kôn", "Huyện Đông Giang",
     "Tỉnh Quảng Nam"),
    ("Thôn 1", "Xã Trà Leng", "TP. Đà Nẵng", "Xã Trà Leng", "Huyện Nam Trà My", "Tỉnh Quảng Nam"),
    ("Thôn 3", "Xã Trà Tập", "TP. Đà Nẵng", "Xã Trà Dơn", "Huyện Nam Trà My", "Tỉnh Quảng Nam"),
    ("Thôn Ka Dăng", "Xã Hùng Sơn", "TP. Đà Nẵng", "Xã Ch'ơm", "Huyện Tây Giang",
     "Tỉnh Quảng Nam"),
)  # fmt: skip
_DN: tuple[_P6, ...] = (
    ("K12/4 Hà Huy Tập", "Phường Thanh Khê", "TP. Đà Nẵng", "Phường Xuân Hà", "Quận Thanh Khê",
     "TP. Đà Nẵng"),
    ("Tổ 45, 18 Nguyễn Lương Bằng", "Phường Liên Chiểu", "TP. Đà Nẵng", "Phường Hòa Khánh Bắc",
     "Quận Liên Chiểu", "TP. Đà Nẵng"),
    ("Khối An Hội", "Phường Hội An", "TP. Đà Nẵng", "Phường Minh An", "TP. Hội An",
     "Tỉnh Quảng Nam"),
    ("Thôn Thanh Nam", "Phường Hội An Tây", "TP. Đà Nẵng", "Xã Cẩm Thanh", "TP. Hội An",
     "Tỉnh Quảng Nam"),
    ("Lô 9 Khu TĐC Hòa Liên 4", "Xã Bà Nà", "TP. Đà Nẵng", "Xã Hòa Liên", "Huyện Hòa Vang",
     "TP. Đà Nẵng"),
    ("Tổ 3 khối phố Mỹ Thạch", "Phường Tam Kỳ", "TP. Đà Nẵng", "Phường Tân Thạnh", "TP. Tam Kỳ",
     "Tỉnh Quảng Nam"),
)  # fmt: skip
_QNG: tuple[_P6, ...] = (
    ("Thôn Làng Mâm", "Xã Ba Tơ", "Tỉnh Quảng Ngãi", "Xã Ba Cung", "Huyện Ba Tơ",
     "Tỉnh Quảng Ngãi"),
    ("Thôn Nước Lác", "Xã Sơn Hà", "Tỉnh Quảng Ngãi", "Xã Sơn Thượng", "Huyện Sơn Hà",
     "Tỉnh Quảng Ngãi"),
    ("Thôn Đông", "Đặc khu Lý Sơn", "Tỉnh Quảng Ngãi", "Xã An Vĩnh", "Huyện Lý Sơn",
     "Tỉnh Quảng Ngãi"),
    ("Thôn Tây An Vĩnh", "Đặc khu Lý Sơn", "Tỉnh Quảng Ngãi", "Xã An Hải", "Huyện Lý Sơn",
     "Tỉnh Quảng Ngãi"),
    ("Tổ 5, 12 Phan Đình Phùng", "Phường Cẩm Thành", "Tỉnh Quảng Ngãi", "Phường Nguyễn Nghiêm",
     "TP. Quảng Ngãi", "Tỉnh Quảng Ngãi"),
    ("Thôn Gò Da", "Xã Minh Long", "Tỉnh Quảng Ngãi", "Xã Long Hiệp", "Huyện Minh Long",
     "Tỉnh Quảng Ngãi"),
)  # fmt: skip
_HUE: tuple[_P6, ...] = (
    ("Thôn A Hươr", "Xã A Lưới 2", "TP. Huế", "Xã Hồng Kim", "Huyện A Lưới",
     "Tỉnh Thừa Thiên Huế"),
    ("Thôn Quảng Mai", "Xã A Lưới 3", "TP. Huế", "Xã Hồng Thượng", "Huyện A Lưới",
     "Tỉnh Thừa Thiên Huế"),
    ("Thôn Pả Ring", "Xã A Lưới 1", "TP. Huế", "Xã Hồng Thủy", "Huyện A Lưới",
     "Tỉnh Thừa Thiên Huế"),
    ("Thôn Cân Tôm", "Xã A Lưới 4", "TP. Huế", "Xã Hương Phong", "Huyện A Lưới",
     "Tỉnh Thừa Thiên Huế"),
    ("Tổ 8, 25 Lê Lợi", "Phường Thuận Hóa", "TP. Huế", "Phường Vĩnh Ninh", "TP. Huế",
     "Tỉnh Thừa Thiên Huế"),
)  # fmt: skip


def _place(p: Person, places: tuple[_P6, ...]) -> _P6:
    return places[int(p.bhxh[-6:]) // 7 % len(places)]


def _addr(p: Person, places: tuple[_P6, ...], old_every: int = 3) -> str:
    """The new two-level form, or the old three-level one on one row in ``old_every``."""
    hamlet, ward, prov, old_ward, old_district, old_prov = _place(p, places)
    if int(p.bhxh[-3:]) % old_every == 0:
        return f"{hamlet}, {old_ward}, {old_district}, {old_prov}"
    return f"{hamlet}, {ward}, {prov}"


def _plain(text: str) -> str:
    return text.replace("Xã ", "xã ").replace("Thôn ", "thôn ").replace("Tỉnh ", "tỉnh ")


# -- the registers' own columns ----------------------------------------------------------------
_SAM_OFFICERS = ("A Minh - CB NN xã", "Nguyễn Thị Hạnh (KN)", "Y Vân - Kiểm lâm địa bàn")
_SAM_ORIGIN = ("Tự nhân giống", "Mua của Cty CP Sâm Ngọc Linh", "Trạm dược liệu Trà Linh")
_GRADES = ("Lớp 6/1", "Lớp 7/2", "Lớp 8/1", "Lớp 9/3", "Lớp 4", "Lớp 5")
_SCHOOLS = ("PTDTBT TH&THCS Atiêng", "PTDTBT THCS Lăng", "PTDTNT THCS Tây Giang",
            "PTDTBT TH Ch'ơm")  # fmt: skip
_LOAN_PURPOSE = ("Trồng rừng keo", "Chăn nuôi bò", "Trồng quế Trà Bồng", "Nước sạch & VSMT",
                 "Hộ mới thoát nghèo", "Nhà ở hộ nghèo")  # fmt: skip
_LOAN_GROUP = ("Tổ TK&VV thôn Làng Mâm - Hội ND", "Tổ TK&VV thôn Nước Lác - Hội PN",
               "Tổ TK&VV thôn Gò Da - Đoàn TN", "Tổ TK&VV TDP 5 - Hội CCB")  # fmt: skip
_NOXH_PROJECT = ("NOXH Bàu Tràm Lakeside", "Chung cư NOXH Đại Phúc Hòa Khánh",
                 "NOXH KĐT Phước Lý (Block B)", "Chung cư Hòa Hiệp 3",
                 "NOXH Thanh Khê Tây")  # fmt: skip
_NOXH_KIND = ("Công nhân KCN", "Cán bộ, CCVC", "Người thu nhập thấp đô thị", "Hộ bị thu hồi đất",
              "LLVT nhân dân")  # fmt: skip
_NOXH_EMPLOYER = ("Cty TNHH Mabuchi Motor ĐN", "UBND phường Hải Châu", "Cty CP Dệt may 29/3",
                  "KCN Hòa Khánh - Cty Foster", "Tự do")  # fmt: skip
_BOAT_KIND = ("Thuyền gỗ 8 chỗ", "Thuyền gỗ 12 chỗ", "Thuyền thúng", "Ghe máy 20 chỗ")
_BOAT_PIER = ("Bến Bạch Đằng", "Bến An Hội", "Bến Võng Nhi", "Bến Cẩm Nam")
_ZENG_PATTERN = ("Zèng hạt cườm", "Zèng Tà Ôi truyền thống", "Khăn zèng", "Váy zèng Pa Kô")
_ZENG_ROLE = ("Xã viên", "Tổ trưởng tổ dệt", "Nghệ nhân", "Xã viên", "Thợ dệt học nghề")
_MALARIA = ("P. falciparum", "P. vivax", "Phối hợp (Pf+Pv)", "P. falciparum")
_MALARIA_TEST = ("Lam máu (KHV)", "Test nhanh (RDT)", "Lam máu + RDT")
_MALARIA_DRUG = ("DHA-PPQ 3 ngày + Primaquine", "Chloroquine 3 ngày + PQ 14 ngày",
                 "Pyramax", "DHA-PPQ 3 ngày")  # fmt: skip
_MALARIA_OUT = ("Khỏi", "Khỏi", "Đang điều trị", "Chuyển TTYT huyện")
_MALARIA_SITE = ("Ngủ rẫy (rừng Kon Plông)", "Tại thôn", "Đi rừng - lâm tặc tuần tra", "Ngoài tỉnh")
_MILITIA_UNIT = ("Tiểu đội DQTT biển An Vĩnh", "Trung đội DQ biển Lý Sơn",
                 "Tổ DQ trên tàu cá QNg-9xxxx", "Tiểu đội DQ cơ động")  # fmt: skip
_MILITIA_ROLE = ("Chiến sĩ", "Chiến sĩ", "Tiểu đội trưởng", "Thuyền trưởng", "Máy trưởng")
_MILITIA_YEAR = ("Năm thứ 1", "Năm thứ 2", "Năm thứ 3", "Năm thứ 4")
_LANDSLIDE = ("Sạt lở taluy dương sau nhà", "Nứt đất", "Lũ quét ven suối", "Nguy cơ sạt lở cao")
_MOVE_TO = ("Khu TĐC Trà Leng", "Nhà văn hóa thôn 1 (tạm)", "Ở nhờ nhà người thân",
            "Khu TĐC Tắk Pỏ", "Trường TH Trà Leng (tạm)")  # fmt: skip
_PEOPLES_QN = ("Xơ Đăng", "Ca Dong", "Mơ Nông", "Xê Đăng")


def _sam_code(p: Person) -> str:
    return f"VT-KT-{_num(p, 90):03d}-{p.bhxh[-4:]}"


def _kin_phone(p: Person) -> str:
    return _other_phone(p, _pick(p, ("03", "09", "08"), 5))


WRITERS_BLIND260: dict[str, Callable[[Person, Col], object]] = {
    # Quảng Ngãi (former Kon Tum): Ngọc Linh ginseng growers certified at the commune
    "xodang260": lambda p, c: _local(p, _XODANG_M, _XODANG_F),
    "home_kt260": lambda p, c: _addr(p, _KT),
    "people_kt260": lambda p, c: "Kinh" if int(p.bhxh[-4:]) % 3 == 0 else _pick(p, _PEOPLES_QN),
    "sam_code260": lambda p, c: _sam_code(p),
    "sam_area260": lambda p, c: f"{_num(p, 40) * 50}",
    "sam_plants260": lambda p, c: f"{_num(p, 300) * 10}",
    "sam_age260": lambda p, c: f"{_num(p, 9) + 1} năm",
    "sam_lot260": lambda p, c: f"TK {_num(p, 9) + 660}, K{_num(p, 8)}, lô {_num(p, 30)}",
    "sam_origin260": lambda p, c: _pick(p, _SAM_ORIGIN, 3),
    "sam_officer260": lambda p, c: _pick(p, _SAM_OFFICERS, 4),
    # Đà Nẵng (former Quảng Nam): boarding pupils' rice
    "cotu260": lambda p, c: _local(p, _COTU_M, _COTU_F, 4),
    "home_qn260": lambda p, c: _plain(_addr(p, _QN, 2)),
    "grade260": lambda p, c: _pick(p, _GRADES, 2),
    "school260": lambda p, c: _pick(p, _SCHOOLS, 3),
    "parent260": lambda p, c: _other_vn(p, 6),
    "parent_phone260": lambda p, c: _kin_phone(p),
    "km260": lambda p, c: f"{_num(p, 18) + 3},{_num(p, 9)}",
    "rice260": lambda p, c: "15",
    "months260": lambda p, c: _pick(p, ("9", "4", "5", "9")),
    # Quảng Ngãi: Hrê borrowers of the social policy bank's savings-and-loan groups
    "hre260": lambda p, c: _local(p, _HRE_M, _HRE_F),
    "home_qng260": lambda p, c: _addr(p, _QNG),
    "loan_group260": lambda p, c: _pick(p, _LOAN_GROUP, 2),
    "loan_purpose260": lambda p, c: _pick(p, _LOAN_PURPOSE, 3),
    "loan_sum260": lambda p, c: f"{_num(p, 10) * 10}.000.000",
    "loan_term260": lambda p, c: f"{_pick(p, ('36', '60', '120', '24'), 4)} tháng",
    "loan_no260": lambda p, c: f"{p.bhxh[-6:]}/{p.other_date.year}/HĐTD",
    "loan_balance260": lambda p, c: f"{_num(p, 50) * 1_000_000:,}".replace(",", "."),
    # Đà Nẵng: applicants for social housing
    "noxh_project260": lambda p, c: _pick(p, _NOXH_PROJECT, 2),
    "noxh_kind260": lambda p, c: _pick(p, _NOXH_KIND, 3),
    "noxh_employer260": lambda p, c: _pick(p, _NOXH_EMPLOYER, 4),
    "noxh_income260": lambda p, c: f"{8 + _num(p, 7)},{_num(p, 9)} tr/tháng",
    "noxh_spouse260": lambda p, c: _other_vn(p, 9, male=not p.male),
    "noxh_spouse_cccd260": lambda p, c: f"0{p.bhxh[::-1]}{p.bhxh[-1]}",
    "noxh_flat260": lambda p, c: (
        f"{_pick(p, ('A', 'B', 'C'), 5)}{_num(p, 15):02d}.{_num(p, 20):02d}"
    ),
    "noxh_area260": lambda p, c: f"{_pick(p, ('45,2', '52,8', '61,0', '69,5'), 6)}",
    "noxh_result260": lambda p, c: _pick(p, ("Đủ ĐK", "Đủ ĐK", "Bổ sung hồ sơ", "Không đủ ĐK")),
    "home_dn260": lambda p, c: _addr(p, _DN, 2),
    # Hội An: boatmen carrying visitors on the Hoài river
    "boat_no260": lambda p, c: f"QNa-{_num(p, 900):04d}-HA",
    "boat_kind260": lambda p, c: _pick(p, _BOAT_KIND, 2),
    "boat_pier260": lambda p, c: _pick(p, _BOAT_PIER, 3),
    "boat_seats260": lambda p, c: f"{_pick(p, ('8', '12', '4', '20'), 4)}",
    "boat_jacket260": lambda p, c: _pick(p, ("Đủ", "Đủ", "Thiếu 2", "Đủ")),
    "boat_licence260": lambda p, c: f"{_num(p, 400)}/GCN-ĐKPT",
    "ha_ward260": lambda p, c: _place(p, _DN)[1],
    "ha_hamlet260": lambda p, c: _place(p, _DN)[0],
    # Huế (A Lưới): zèng weavers using the certification mark
    "taoi260": lambda p, c: _local(p, _TAOI_M, _TAOI_F),
    "home_hue260": lambda p, c: _addr(p, _HUE, 2),
    "zeng_role260": lambda p, c: _pick(p, _ZENG_ROLE, 2),
    "zeng_pattern260": lambda p, c: _pick(p, _ZENG_PATTERN, 3),
    "zeng_stamps260": lambda p, c: f"{_num(p, 40) * 5}",
    "zeng_years260": lambda p, c: f"{_num(p, 30) + 2}",
    "zeng_code260": lambda p, c: f"ZENG-AL-{_num(p, 500):04d}",
    # Quảng Ngãi (former Kon Tum): malaria cases at the commune health station
    "bana260": lambda p, c: _local(p, _BANA_M, _BANA_F),
    "malaria_case260": lambda p, c: f"SR-{p.other_date:%y}-{_num(p, 300):03d}",
    "malaria_kind260": lambda p, c: _pick(p, _MALARIA, 2),
    "malaria_test260": lambda p, c: _pick(p, _MALARIA_TEST, 3),
    "malaria_drug260": lambda p, c: _pick(p, _MALARIA_DRUG, 4),
    "malaria_out260": lambda p, c: _pick(p, _MALARIA_OUT, 5),
    "malaria_site260": lambda p, c: _pick(p, _MALARIA_SITE, 6),
    "malaria_weight260": lambda p, c: f"{38 + _num(p, 30)}",
    "vhv260": lambda p, c: _other_vn(p, 8),
    # Lý Sơn: the sea militia
    "militia_unit260": lambda p, c: _pick(p, _MILITIA_UNIT, 2),
    "militia_role260": lambda p, c: _pick(p, _MILITIA_ROLE, 3),
    "militia_year260": lambda p, c: _pick(p, _MILITIA_YEAR, 4),
    "militia_boat260": lambda p, c: f"QNg-{90000 + _num(p, 9000)}-TS",
    "militia_decision260": lambda p, c: f"{_num(p, 200)}/QĐ-BCH",
    "militia_party260": lambda p, c: _pick(p, ("Đảng viên", "Đoàn viên", "Quần chúng", "")),
    "hamlet_ls260": lambda p, c: _place(p, _QNG)[0],
    "ward_ls260": lambda p, c: _place(p, _QNG)[1],
    "prov_ls260": lambda p, c: _place(p, _QNG)[2],
    # Đà Nẵng (former Quảng Nam): households moved away from landslides
    "slide_kind260": lambda p, c: _pick(p, _LANDSLIDE, 2),
    "slide_members260": lambda p, c: f"{_num(p, 7) + 1}",
    "slide_to260": lambda p, c: _pick(p, _MOVE_TO, 3),
    "slide_sum260": lambda p, c: _pick(p, ("5.000.000", "10.000.000", "40.000.000", "3.000.000")),
    "slide_head260": lambda p, c: _pick(p, ("Chủ hộ", "Vợ", "Con", "Chủ hộ"), 4),
}
