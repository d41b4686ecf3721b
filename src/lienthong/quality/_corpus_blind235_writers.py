"""How the people of the two hundred and thirty-fifth part of the outside corpus (**blind 235**,
:mod:`lienthong.quality._corpus_blind235`) are written: nine registers of the Red River delta
after the July 2025 merger of provinces (a parish's marriage catechism class, a dike-guard
force, a silver-carving village's industry-promotion grants, lychee buyers' sheds, floating
homes moved ashore, a chèo class, the mediums of a festival, land consolidation, a paper-recycling
village's pledges), with home addresses written after the merger or still before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _place
from lienthong.quality._corpus_blind213_writers import _money

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- a parish's marriage catechism class (Bùi Chu, Phát Diệm: now Ninh Bình) ---------------------
_SAINTS_M = ("Giuse", "Phêrô", "Gioan Baotixita", "Đaminh", "Phaolô", "Antôn", "Micae")
_SAINTS_F = ("Maria", "Anna", "Têrêsa", "Matta", "Cecilia", "Lucia", "Agata")
_PARISHES = (
    ("Giáo xứ Bùi Chu", "Giáo phận Bùi Chu"),
    ("Giáo xứ Trung Linh", "Giáo phận Bùi Chu"),
    ("Giáo xứ Phú Nhai", "Giáo phận Bùi Chu"),
    ("Giáo xứ Phát Diệm", "Giáo phận Phát Diệm"),
    ("Giáo xứ Kiên Lao", "Giáo phận Bùi Chu"),
    ("Giáo xứ Hải Lý", "Giáo phận Bùi Chu"),
)
_HAMLETS = ("Giáo họ Thánh Giuse", "Giáo họ Mẫu Tâm", "Giáo họ Đaminh", "Giáo họ chính xứ")
_ADDR_BC = (
    "Xóm 3, xã Xuân Ngọc, huyện Xuân Trường, tỉnh Nam Định",
    "Thôn Trung Linh, xã Xuân Trường, tỉnh Ninh Bình",
    "Xóm 7, xã Xuân Phương, huyện Xuân Trường, tỉnh Nam Định",
    "Phố Phát Diệm, xã Phát Diệm, tỉnh Ninh Bình",
    "Xóm 12, xã Kim Chính, huyện Kim Sơn, tỉnh Ninh Bình",
    "Tổ dân phố Kiên Lao, xã Xuân Giang, tỉnh Ninh Bình",
    "Xóm Đông Biên, xã Hải Lý, huyện Hải Hậu, tỉnh Nam Định",
)
_COURSES = ("Khóa I/2025", "Khóa II/2025", "Khóa mùa Chay 2025", "Khóa I/2026")

# -- the dike-guard force of a commune on the Red River (Hưng Yên) ------------------------------
#: (xã mới, địa chỉ cũ ghi theo sổ)
_DE_PLACES = (
    ("Xa Mai Dong", "Thon Mai Xa, xa Mai Dong, huyen Kim Dong, tinh Hung Yen"),
    ("Xa Hoang Hoa Tham", "Thon Phu Hung, xa Thu Sy, huyen Tien Lu, tinh Hung Yen"),
    ("Phuong Son Nam", "Thon Ke Chau, xa Hong Nam, TP Hung Yen, tinh Hung Yen"),
    ("Xa Hung Ha", "Thon Tan Le, xa Tan Le, huyen Hung Ha, tinh Thai Binh"),
    ("Xa Vu Tien", "Thon Hong Phong, xa Vu Tien, huyen Vu Thu, tinh Thai Binh"),
    ("Xa Chau Ninh", "Thon Xuan Quan, xa Binh Minh, huyen Khoai Chau, tinh Hung Yen"),
)
_DIEM = (
    "Diem canh K112+300 de ta song Hong",
    "Diem canh K118+750 de ta song Hong",
    "Diem canh K5+200 de huu song Luoc",
    "Diem canh K135+600 de ta song Hong",
    "Diem canh K2+900 de ta song Tra Ly",
)
_DUTY = ("To truong", "Tuan tra", "Tuan tra", "Truc diem", "Canh bao mang nhen", "Chuyen vat tu")
_SHIFT = ("Ca 1 (6h-14h)", "Ca 2 (14h-22h)", "Ca 3 (22h-6h)")
_TOOLS = ("Den pin, cuoc", "Xeng, bao tai", "Den pin, ao phao", "Cuoc, xeng, coc tre", "Moto")

# -- silver-carving workshops of Đồng Xâm (Kiến Xương, Thái Bình: now Hưng Yên) ----------------
_ADDR_DX = (
    "Thôn Đồng Xâm, xã Hồng Thái, huyện Kiến Xương, tỉnh Thái Bình",
    "Thôn Đồng Xâm, xã Hồng Vũ, tỉnh Hưng Yên",
    "Thôn Lộc Thọ, xã Hồng Thái, huyện Kiến Xương, tỉnh Thái Bình",
    "Thôn Nam Huân, xã Hồng Vũ, tỉnh Hưng Yên",
    "Số 25 Lý Bôn, phường Trần Lãm, tỉnh Hưng Yên",
    "Tổ 3, phường Đề Thám, thành phố Thái Bình, tỉnh Thái Bình",
)
_SHOPS = ("Cơ sở chạm bạc", "Xưởng bạc", "Cơ sở mỹ nghệ kim hoàn", "Hộ KD chạm đồng")
_PRODUCTS = ("Bộ ấm chén bạc", "Tranh đồng chạm nổi", "Trang sức bạc", "Đồ thờ bằng đồng")
_SUPPORT = (
    "Máy đánh bóng bạc",
    "Máy đúc chân không",
    "Đào tạo nghề cho lao động",
    "Tham gia hội chợ làng nghề",
    "Xây dựng nhãn hiệu, bao bì",
    "Hệ thống xử lý khí thải mạ",
)

# -- lychee buyers' sheds in Lục Ngạn (Bắc Giang: now Bắc Ninh) --------------------------------
_ADDR_TRADER = (
    "Thôn Bãi Chợ, xã Nghĩa Hồ, huyện Lục Ngạn, tỉnh Bắc Giang",
    "Tổ dân phố Thủ Dương, thị trấn Chũ, huyện Lục Ngạn, tỉnh Bắc Giang",
    "Thôn Hồng Giang, xã Lục Ngạn, tỉnh Bắc Ninh",
    "Tổ dân phố Trần Phú, phường Chũ, tỉnh Bắc Ninh",
    "Thôn Thanh Xá, xã Thanh Hà, TP Hải Phòng",
    "Số 14 Lê Lợi, phường Hoàng Văn Thụ, thành phố Lạng Sơn, tỉnh Lạng Sơn",
    "Thôn Kép 2, xã Lạng Giang, tỉnh Bắc Ninh",
)
_SPOTS = (
    "Điểm cân Phượng Sơn (Km 47 QL31)",
    "Chợ vải Kép",
    "Điểm cân Hồng Giang",
    "Bãi xe thôn Bãi Chợ",
    "Điểm cân cầu Lục Nam",
)
_BUY = ("Vải tươi xuất khẩu", "Vải sấy khô", "Tiêu thụ nội địa", "Vải tươi + vải sấy")

# -- floating homes of the Cát Bà fishing villages moved ashore (Hải Phòng) ---------------------
_ADDR_CB = (
    "Tổ dân phố 5, thị trấn Cát Bà, huyện Cát Hải, TP Hải Phòng",
    "Tổ dân phố Cái Bèo, đặc khu Cát Hải, TP Hải Phòng",
    "Khu dân cư số 2, xã Trân Châu, huyện Cát Hải, TP Hải Phòng",
    "Tổ 12, đặc khu Cát Hải, thành phố Hải Phòng",
    "Thôn Liên Minh, xã Việt Hải, huyện Cát Hải, TP Hải Phòng",
    "Xóm Bến Bèo, thị trấn Cát Bà, Cát Hải, Hải Phòng",
)
_BAYS = ("Vụng Cái Bèo", "Áng Vả", "Vụng Tùng Gấu", "Làng chài Ba Trái Đào", "Vụng Lan Hạ")
_RESETTLE = ("Khu TĐC Xuân Đám", "Khu TĐC Cái Bèo", "Chung cư TĐC Cát Bà", "Tự lo chỗ ở")

# -- a chèo class of Thái Bình's chèo villages (now Hưng Yên) -----------------------------------
_ADDR_TB = (
    "Thôn Khuốc, xã Phong Châu, huyện Đông Hưng, tỉnh Thái Bình",
    "Thôn Khuốc, xã Đông Hưng, tỉnh Hưng Yên",
    "Xóm 4, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình",
    "Số 88 Lê Quý Đôn, phường Trần Hưng Đạo, tỉnh Hưng Yên",
    "Tổ 16, phường Kỳ Bá, TP Thái Bình, tỉnh Thái Bình",
    "Thôn Đoàn Kết, xã Quỳnh Phụ, tỉnh Hưng Yên",
    "Thôn An Đông, xã An Vũ, huyện Quỳnh Phụ, tỉnh Thái Bình",
)
_CHEO_CLUB = (
    "Phường chèo làng Khuốc",
    "CLB chèo xã Vũ Hội",
    "CLB chèo Hồng Phong",
    "CLB chèo An Vũ",
)
_TUNES = ("Sắp chợ, Sắp qua cầu", "Lới lơ", "Đường trường Thiên Thai", "Hề mồi, Quân tử vu quy")
_ROLES = ("Đào thương", "Kép", "Hề áo ngắn", "Mụ ác", "Lão", "Đào lệch")

# -- mediums at the Phủ Dầy festival (Vụ Bản, Nam Định: now Ninh Bình) --------------------------
_ADDR_ND = (
    "Thôn Tiên Hương, xã Kim Thái, huyện Vụ Bản, tỉnh Nam Định",
    "Thôn Vân Cát, xã Vụ Bản, tỉnh Ninh Bình",
    "Số 12 Hàng Tiện, phường Nam Định, tỉnh Ninh Bình",
    "Số 31 Trần Đăng Ninh, phường Trần Hưng Đạo, TP Nam Định, tỉnh Nam Định",
    "Tổ 8, phường Lê Hồng Phong, tỉnh Ninh Bình",
    "Xóm 2, xã Liêm Cần, huyện Thanh Liêm, tỉnh Hà Nam",
    "Số 6 ngõ 41 Quan Nhân, phường Thanh Xuân, TP Hà Nội",
)
_SHRINES = (
    "Điện Mẫu Tiên Hương",
    "Phủ Vân Cát",
    "Điện thờ tư gia",
    "Đền Bà Chúa Kho",
    "Phủ Quảng Cung",
)
_GIA = ("Giá Quan lớn Tuần Tranh", "Giá Cô Đôi Thượng Ngàn", "Giá Ông Hoàng Mười", "Giá Chầu Bé")

# -- land consolidation in the former Hải Dương (now Hải Phòng) --------------------------------
_ADDR_HD = (
    "Thôn Lâm Xá, xã Quang Phục, huyện Tứ Kỳ, tỉnh Hải Dương",
    "Thôn Lâm Xá, xã Tân Kỳ, TP Hải Phòng",
    "Thôn An Ninh, xã Ninh Giang, thành phố Hải Phòng",
    "Thôn Hà Lan, xã Hồng Dụ, huyện Ninh Giang, tỉnh Hải Dương",
    "Khu Thượng Đạt, phường Nam Đồng, TP Hải Dương, tỉnh Hải Dương",
    "Thôn Phù Tải, xã Gia Phúc, TP Hải Phòng",
)
_FIELDS = ("Đồng Cửa Đình", "Đồng Mả Mới", "Xứ Bãi Dưới", "Đồng Sau Làng", "Xứ Cầu Đá")

# -- the paper-recycling village of Phong Khê (now Bắc Ninh) -----------------------------------
_ADDR_PK = (
    "Khu Dương Ổ, phường Phong Khê, thành phố Bắc Ninh, tỉnh Bắc Ninh",
    "Khu Châm Khê, phường Võ Cường, tỉnh Bắc Ninh",
    "Khu Đào Xá, phường Phong Khê, TP Bắc Ninh, Bắc Ninh",
    "Khu Dương Ổ, phường Võ Cường, tỉnh Bắc Ninh",
    "Thôn Phú Lâm, xã Phú Lâm, huyện Tiên Du, tỉnh Bắc Ninh",
)
_PAPER = ("Giấy Kraft", "Giấy vệ sinh", "Giấy đế", "Bìa carton", "Giấy in, vở học sinh")
_BOILER = ("Lò hơi đốt than", "Lò hơi đốt củi, trấu viên", "Lò hơi đốt khí", "Dùng hơi tập trung")


def _when(p: Person, days: int) -> str:
    return f"{p.birth + timedelta(days=days):%d/%m/%Y}"


def _saint(p: Person, male: bool) -> str:
    return _pick(p, _SAINTS_M if male else _SAINTS_F, 3)


WRITERS_BLIND235: dict[str, Callable[[Person, Col], object]] = {
    # marriage catechism
    "saint235": lambda p, c: _saint(p, p.male),
    "parish235": lambda p, c: "{} ({})".format(*_place(p, _PARISHES)),
    "hamlet235": lambda p, c: _pick(p, _HAMLETS, 4),
    "addr_bc235": lambda p, c: _pick(p, _ADDR_BC, 5),
    "fiance235": lambda p, c: f"{_saint(p, not p.male)} {_other_vn(p, 6, male=not p.male)}",
    "other_parish235": lambda p, c: _pick(p, tuple(name for name, _ in _PARISHES), 7),
    "baptism235": lambda p, c: _when(p, 8 + _num(p, 50)),
    "course235": lambda p, c: _pick(p, _COURSES, 8),
    "priest235": lambda p, c: f"Lm. Giuse {_other_vn(p, 9, male=True)}",
    # dike guard
    "ward_de235": lambda p, c: _place(p, _DE_PLACES)[0],
    "addr_de235": lambda p, c: _place(p, _DE_PLACES)[1],
    "diem235": lambda p, c: _pick(p, _DIEM, 3),
    "team235": lambda p, c: f"To {1 + _num(p, 6)}",
    "duty235": lambda p, c: _pick(p, _DUTY, 4),
    "shift235": lambda p, c: _pick(p, _SHIFT, 5),
    "tool235": lambda p, c: _pick(p, _TOOLS, 6),
    # silver carving
    "shop235": lambda p, c: f"{_pick(p, _SHOPS, 2)} {p.family} {p.given.split()[-1]}",
    "addr_dx235": lambda p, c: _pick(p, _ADDR_DX, 3),
    "product235": lambda p, c: _pick(p, _PRODUCTS, 4),
    "workers235": lambda p, c: 2 + _num(p, 25),
    "support235": lambda p, c: _pick(p, _SUPPORT, 5),
    "grant235": lambda p, c: _money((20 + _num(p, 180)) * 1_000_000),
    # lychee sheds
    "shed235": lambda p, c: f"L-{_num(p, 140):03d}",
    "addr_trader235": lambda p, c: _pick(p, _ADDR_TRADER, 2),
    "spot235": lambda p, c: _pick(p, _SPOTS, 3),
    "shed_area235": lambda p, c: 20 + _num(p, 80),
    "buy235": lambda p, c: _pick(p, _BUY, 4),
    "tons235": lambda p, c: f"{5 + _num(p, 300)},{_num(p, 9)}",
    "partner235": lambda p, c: _other_vn(p, 5),
    "partner_phone235": lambda p, c: _other_phone(p, "098"),
    # floating homes
    "people235": lambda p, c: 1 + _num(p, 7),
    "bay235": lambda p, c: _pick(p, _BAYS, 2),
    "raft235": lambda p, c: f"{30 + _num(p, 150)}",
    "resettle235": lambda p, c: _pick(p, _RESETTLE, 3),
    "addr_cb235": lambda p, c: _pick(p, _ADDR_CB, 4),
    "aid235": lambda p, c: _money((50 + _num(p, 250)) * 1_000_000),
    # chèo class
    "addr_tb235": lambda p, c: _pick(p, _ADDR_TB, 2),
    "cheo_club235": lambda p, c: _pick(p, _CHEO_CLUB, 3),
    "tune235": lambda p, c: _pick(p, _TUNES, 4),
    "cheo_role235": lambda p, c: _pick(p, _ROLES, 5),
    "master235": lambda p, c: f"NNƯT {_other_vn(p, 6)}",
    "master_phone235": lambda p, c: _other_phone(p, "0912"),
    # mediums
    "addr_nd235": lambda p, c: _pick(p, _ADDR_ND, 2),
    "shrine235": lambda p, c: _pick(p, _SHRINES, 3),
    "singer235": lambda p, c: f"Cung văn {_other_vn(p, 4, male=True)}",
    "singer_phone235": lambda p, c: _other_phone(p, "0868"),
    "gia235": lambda p, c: _pick(p, _GIA, 5),
    "years235": lambda p, c: f"{1 + _num(p, 40)} năm",
    # land consolidation
    "addr_hd235": lambda p, c: _pick(p, _ADDR_HD, 2),
    "field235": lambda p, c: _pick(p, _FIELDS, 3),
    "old_plots235": lambda p, c: 3 + _num(p, 9),
    "before235": lambda p, c: 360 * (2 + _num(p, 8)) + _num(p, 60),
    "new_plots235": lambda p, c: 1 + _num(p, 2),
    "map235": lambda p, c: f"Tờ {_num(p, 40)}",
    "contrib235": lambda p, c: f"{_num(p, 90)},{_num(p, 9)}",
    # paper recycling
    "mill235": lambda p, c: (
        f"Cơ sở sản xuất giấy {p.given.split()[-1]} {_pick(p, ('Hùng', 'Phát', 'Thành', 'Lợi'), 2)}"
    ),
    "addr_pk235": lambda p, c: _pick(p, _ADDR_PK, 3),
    "site235": lambda p, c: (
        f"Lô {_pick(p, ('A', 'B', 'C', 'D'), 4)}{_num(p, 30)}, CCN Phong Khê {1 + _num(p, 2)}"
    ),
    "paper235": lambda p, c: _pick(p, _PAPER, 5),
    "capacity235": lambda p, c: 50 + _num(p, 900),
    "boiler235": lambda p, c: _pick(p, _BOILER, 6),
    "water235": lambda p, c: 10 + _num(p, 300),
}
