"""How the people of the two-hundred-and-eighth part of the outside corpus (**blind 208**,
:mod:`lienthong.quality._corpus_blind208`) are written: nine Vietnamese files from the Central
Highlands and the northern mountains after the July 2025 merger of provinces, with Ê Đê, Gia Rai,
H'Mông, Thái and Dao names, home addresses in the new communes (some still written with the
district and the province of before the merger) and each file's own columns (an elephant, a gong
class, a coffee plot's coordinates, a dairy herd, an ancient tea tree, an early marriage, a water
tank, a cardamom plot in a protection forest, a tea brand)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- names of the peoples of the highlands and the mountains -----------------------------------
_EDE_CLANS = ("Niê", "Êban", "Mlô", "Kđoh", "Ênuôl", "Byă", "Adrơng", "Hwing", "Niê Kdăm")
_EDE_M = ("Y Bhin", "Y Ngông", "Y Wang", "Y Moan", "Y Biêr", "Y Kông", "Ama Kông")
_EDE_F = ("H'Nga", "H'Yim", "H'Nguyên", "H'Hen", "H'Bia", "H'Zơ", "H'Linh")
_JARAI_CLANS = ("Ksor", "Rơ Mah", "Siu", "Puih", "Rah Lan", "Nay", "Rơ Chăm", "Kpă")
_JARAI_M = ("Blang", "Nhưn", "Đinh", "Phin", "Y Bơi", "Thuyên", "Khoai")
_JARAI_F = ("H'Mai", "H'Bới", "H'Hiên", "Nhung", "H'Yon", "H'Lan", "Tuyết")
_HMONG_CLANS = ("Giàng", "Sùng", "Vàng", "Thào", "Lầu", "Mùa", "Hờ", "Lý", "Cứ")
_HMONG_M = ("A Páo", "Seo Sính", "A Chư", "A Sử", "Mí Dính", "A Dình", "Chứ Lử")
_HMONG_F = ("Thị Mai", "Thị Dở", "Thị Chúa", "Thị Mỷ", "Thị Say", "Thị Pà", "Thị Súa")
_THAI_CLANS = ("Lò", "Cầm", "Quàng", "Lường", "Vì", "Hà", "Tòng", "Điêu")
_THAI_M = ("Văn Tòng", "Văn Hặc", "Văn Pọm", "Văn Ơn", "Văn Xiêng", "Văn Panh")
_THAI_F = ("Thị Xuân", "Thị Hoa", "Thị Ín", "Thị Ánh", "Thị Lả", "Thị Thoan")
_DAO_CLANS = ("Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Tẩn", "Phùn")
_DAO_M = ("Tả Mẩy", "Văn Phin", "Tòn Phấu", "Láo Lở", "Quẩy Sơn", "Văn Chài")
_DAO_F = ("Thị Sửu", "Thị Mai", "Mùi Chiêm", "Thị Nhất", "Thị Xuân", "Tả Mẩy")


def _clan_first(p: Person, clans: _T, male: _T, female: _T, salt: int) -> str:
    return f"{_pick(p, clans, salt)} {_by_sex(p, male, female, salt + 1)}"


def _ede(p: Person) -> str:
    return f"{_by_sex(p, _EDE_M, _EDE_F, 2)} {_pick(p, _EDE_CLANS, 1)}"


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 4) -> tuple[str, ...]:
    return places[(int(p.bhxh) // (salt * 7 + 1)) % len(places)]


def _addr(p: Person, places: tuple[tuple[str, ...], ...]) -> str:
    """``thôn/buôn, xã`` and the province; every third row the pre-merger form with its district."""
    place = _place(p, places)
    if int(p.bhxh[-3:]) % 3 == 0:
        return f"{place[0]}, {place[2]}, {place[3]}, {place[4]}"
    return f"{place[0]}, {place[1]}, {place[5]}"


# (village, new commune, old commune, old district, old province, new province)
_DAKLAK = (
    ("Buôn Trí A", "xã Buôn Đôn", "xã Krông Na", "huyện Buôn Đôn", "tỉnh Đắk Lắk", "tỉnh Đắk Lắk"),
    ("Buôn Đôn", "xã Buôn Đôn", "xã Krông Na", "huyện Buôn Đôn", "tỉnh Đắk Lắk", "tỉnh Đắk Lắk"),
    (
        "Buôn Jun",
        "xã Liên Sơn Lắk",
        "thị trấn Liên Sơn",
        "huyện Lắk",
        "tỉnh Đắk Lắk",
        "tỉnh Đắk Lắk",
    ),
    ("Buôn Ea Rông", "xã Ea Wer", "xã Ea Wer", "huyện Buôn Đôn", "tỉnh Đắk Lắk", "tỉnh Đắk Lắk"),
    ("Buôn Ko Tam", "phường Tân An", "xã Ea Tu", "TP. Buôn Ma Thuột", "Đắk Lắk", "Đắk Lắk"),
)
_GIALAI = (
    ("Plei Ơp", "phường Pleiku", "phường Tây Sơn", "TP. Pleiku", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Làng Kép", "xã Ia Grai", "xã Ia Dêr", "huyện Ia Grai", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Plei Thơ Ga", "xã Ia Hrú", "xã Ia Hrú", "huyện Chư Pưh", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Làng Ia Mút", "xã Chư Păh", "xã Nghĩa Hưng", "huyện Chư Păh", "tỉnh Gia Lai", "tỉnh Gia Lai"),
    ("Buôn Jứ", "xã Ia Pa", "xã Ia Mrơn", "huyện Ia Pa", "tỉnh Gia Lai", "tỉnh Gia Lai"),
)
_LAMDONG = (
    ("Thôn 4", "xã Đắk Mil", "xã Đức Mạnh", "huyện Đắk Mil", "tỉnh Đắk Nông", "tỉnh Lâm Đồng"),
    ("Bon Bu Prâng", "xã Quảng Trực", "xã Quảng Trực", "huyện Tuy Đức", "Đắk Nông", "Lâm Đồng"),
    ("Thôn Đạ Nghịt", "xã Lạc Dương", "xã Lát", "huyện Lạc Dương", "tỉnh Lâm Đồng", "Lâm Đồng"),
    ("Thôn Lộc Bắc", "xã Bảo Lâm 3", "xã Lộc Bắc", "huyện Bảo Lâm", "tỉnh Lâm Đồng", "Lâm Đồng"),
    ("Thôn Hòa Phong", "xã Di Linh", "xã Tân Châu", "huyện Di Linh", "tỉnh Lâm Đồng", "Lâm Đồng"),
)
_SONLA = (
    ("Bản Áng", "xã Đông Sang", "xã Đông Sang", "huyện Mộc Châu", "tỉnh Sơn La", "tỉnh Sơn La"),
    ("Tiểu khu 70", "phường Mộc Sơn", "phường Mộc Lỵ", "thị xã Mộc Châu", "Sơn La", "Sơn La"),
    ("Bản Nà Bó", "xã Vân Hồ", "xã Vân Hồ", "huyện Vân Hồ", "tỉnh Sơn La", "tỉnh Sơn La"),
    ("Tiểu khu Cờ Đỏ", "phường Thảo Nguyên", "xã Tân Lập", "huyện Mộc Châu", "Sơn La", "Sơn La"),
)
_TUYENQUANG = (
    (
        "Thôn Phìn Hồ",
        "xã Thông Nguyên",
        "xã Thông Nguyên",
        "huyện Hoàng Su Phì",
        "tỉnh Hà Giang",
        "tỉnh Tuyên Quang",
    ),
    (
        "Thôn Lùng Vai",
        "xã Nấm Dẩn",
        "xã Nấm Dẩn",
        "huyện Xín Mần",
        "tỉnh Hà Giang",
        "tỉnh Tuyên Quang",
    ),
    ("Thôn Khuổi Bốc", "xã Cao Bồ", "xã Cao Bồ", "huyện Vị Xuyên", "Hà Giang", "Tuyên Quang"),
    (
        "Thôn Bản Luốc",
        "xã Thượng Sơn",
        "xã Thượng Sơn",
        "huyện Vị Xuyên",
        "Hà Giang",
        "Tuyên Quang",
    ),
    (
        "Thôn Phia Lườn",
        "xã Hùng An",
        "xã Tân Trịnh",
        "huyện Quang Bình",
        "tỉnh Hà Giang",
        "tỉnh Tuyên Quang",
    ),
)
_LAICHAU = (
    ("Bản Sì Thâu Chải", "xã Sìn Hồ", "xã Tả Phìn", "huyện Sìn Hồ", "tỉnh Lai Châu", "Lai Châu"),
    ("Bản Nậm Cuổi", "xã Nậm Cuổi", "xã Nậm Cuổi", "huyện Sìn Hồ", "tỉnh Lai Châu", "Lai Châu"),
    ("Bản Mù Cả", "xã Mù Cả", "xã Mù Cả", "huyện Mường Tè", "tỉnh Lai Châu", "tỉnh Lai Châu"),
    ("Bản Hô Sơ", "xã Khun Há", "xã Hô Sơ", "huyện Tam Đường", "tỉnh Lai Châu", "Lai Châu"),
)
_DIENBIEN = (
    ("Bản Huổi Só", "xã Tủa Chùa", "xã Huổi Só", "huyện Tủa Chùa", "tỉnh Điện Biên"),
    ("Bản Sín Chải", "xã Sín Chải", "xã Sín Chải", "huyện Tủa Chùa", "tỉnh Điện Biên"),
    ("Bản Huổi Lếch", "xã Mường Nhé", "xã Mường Nhé", "huyện Mường Nhé", "tỉnh Điện Biên"),
    ("Bản Nậm Chua", "xã Nà Hỳ", "xã Nà Hỳ", "huyện Nậm Pồ", "tỉnh Điện Biên"),
    ("Bản Tìa Ghếnh", "xã Mường Ảng", "xã Ẳng Nưa", "huyện Mường Ảng", "tỉnh Điện Biên"),
)
_LAOCAI = (
    ("Thôn Phìn Ngan", "xã Bát Xát", "xã Phìn Ngan", "huyện Bát Xát", "tỉnh Lào Cai", "Lào Cai"),
    ("Thôn Sín Chải", "xã Y Tý", "xã Y Tý", "huyện Bát Xát", "tỉnh Lào Cai", "tỉnh Lào Cai"),
    ("Thôn Ngải Thầu", "xã A Mú Sung", "xã A Lù", "huyện Bát Xát", "tỉnh Lào Cai", "Lào Cai"),
    ("Thôn Lao Chải", "xã Tả Van", "xã Lao Chải", "thị xã Sa Pa", "tỉnh Lào Cai", "Lào Cai"),
    ("Thôn Sử Pán", "xã Mường Hoa", "xã Mường Hoa", "thị xã Sa Pa", "Lào Cai", "Lào Cai"),
)
_THAINGUYEN = (
    (
        "Xóm Nam Đồng",
        "xã Tân Cương",
        "xã Tân Cương",
        "TP. Thái Nguyên",
        "tỉnh Thái Nguyên",
        "tỉnh Thái Nguyên",
    ),
    (
        "Xóm Khe Cốc",
        "xã Phú Lương",
        "xã Tức Tranh",
        "huyện Phú Lương",
        "Thái Nguyên",
        "Thái Nguyên",
    ),
    (
        "Xóm La Bằng",
        "xã La Bằng",
        "xã La Bằng",
        "huyện Đại Từ",
        "tỉnh Thái Nguyên",
        "tỉnh Thái Nguyên",
    ),
    (
        "Thôn Nà Đon",
        "xã Bằng Vân",
        "xã Bằng Vân",
        "huyện Ngân Sơn",
        "tỉnh Bắc Kạn",
        "tỉnh Thái Nguyên",
    ),
    ("Thôn Nà Pài", "xã Chợ Đồn", "xã Bằng Lãng", "huyện Chợ Đồn", "tỉnh Bắc Kạn", "Thái Nguyên"),
)

# -- each file's own columns -------------------------------------------------------------------
_ELEPHANTS = ("Thoong Ngân", "Ban Lang", "Bun Khăm", "H'Bích", "Y Khun", "Khăm Pheng", "Yơng")
_EL_HEALTH = (
    "Bình thường",
    "Gầy, thiếu ăn",
    "Áp xe chân trước",
    "Ký sinh trùng đường ruột",
    "Mang thai tháng 14",
    "Vết thương lưng do yên chở khách",
)
_VETS = ("BSTY Nguyễn Đình Tài", "BSTY Y Sô Mlô", "KTV Lê Văn Quý", "BSTY Phạm Thị Hồng")
_ETHNIC_DL = ("Ê Đê", "M'Nông", "Lào", "Ê Đê", "Gia Rai")
_ARTISANS = ("NNƯT Rơ Chăm Pheo", "NNND Ksor Krơ", "Nghệ nhân Puih Bơi", "NNƯT Siu Rin")
_ART_TITLES = ("Nghệ nhân ưu tú", "Nghệ nhân nhân dân", "Người có uy tín", "Già làng")
_GONG_SETS = (
    "Chiêng Arap (6 chiêng, 9 cồng)",
    "Chiêng Tha (3 chiếc)",
    "Chiêng Măng (6 chiếc)",
    "Chiêng Ching Ktah",
    "Chiêng đồng làng tự mua",
)
_GRADES = ("Giỏi", "Khá", "Đạt", "Chưa đạt")
_VARIETIES = ("TR4", "TR9", "Robusta thực sinh", "TRS1", "Xanh lùn", "Arabica Catimor")
_BUYERS = ("Simexco Đắk Lắk", "Intimex Đắk Mil", "Đại lý Thanh Hằng", "Olam Việt Nam", "Nestlé")
_NODEFOR = (
    "Có",
    "Có",
    "Có",
    "Chồng lấn bản đồ rừng - cần xác minh",
    "Có (đã đối chiếu ảnh vệ tinh)",
)
_STATIONS = ("Điểm TM Cờ Đỏ", "Điểm TM 70", "Điểm TM Vân Hồ", "Điểm TM Tân Lập", "Điểm TM 19/5")
_MILK_GRADES = ("Loại A", "Loại A", "Loại B", "Loại C (vi khuẩn cao)", "Loại B")
_ETHNIC_TQ = ("Dao", "H'Mông", "Tày", "Nùng", "La Chí", "Dao")
_TQ_OFFICERS = ("KL Triệu Văn Đức", "KN Hoàng Thị Thảo", "KL Lương Văn Tiến", "CB NN Vàng Mí Sính")
_ETHNIC_LC = ("H'Mông", "H'Mông", "Hà Nhì", "Dao", "Thái", "Cống")
_KIN = ("Không", "Không", "Con cô con cậu", "Con dì con già", "Không xác định", "Không")
_MEASURES = (
    "Tuyên truyền, vận động tạm dừng chung sống",
    "Lập biên bản, phạt cảnh cáo",
    "Phạt 3.000.000đ",
    "Đã đủ tuổi, hướng dẫn ĐKKH",
    "Giao Hội LHPN xã theo dõi",
)
_JUSTICE = ("CC Tư pháp - Hộ tịch Lò Văn Chung", "CC TP-HT Giàng Thị Dính", "CC TP-HT Tẩn A Lở")
_ETHNIC_DB = ("Thái", "H'Mông", "Khơ Mú", "Dao", "Cống", "Si La")
_POOR = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo DTTS", "Hộ nghèo DTTS")
_WATER = ("Bồn nhựa", "Bồn inox", "Téc nhựa + ống dẫn", "Bể xây")
_SIGNED = ("Đã ký", "Điểm chỉ", "Đã ký", "Ký thay")
_TQ_YIELD = ("80", "120", "150", "200", "250", "Mất mùa")
_HEADS = ("Trưởng thôn Lý Seo Vần", "Trưởng thôn Chảo Láo Sài", "TT Sùng A Lử", "TT Phàn Văn Lở")
_TEA_VARIETIES = ("Trung du", "LDP1", "Kim Tuyên", "Bát Tiên", "Trung du + LDP1")
_TEA_PRODUCTS = ("Chè búp khô", "Chè móc câu", "Chè nõn tôm", "Chè đinh", "Hồng trà")
_TEA_BRANDS = (
    "Chè Tân Cương Hảo Đạt",
    "HTX chè La Bằng",
    "Cơ sở chè Hà Thái",
    "Chè Khe Cốc Xanh",
    "HTX Bằng Phúc",
    "Chè Shan Nà Pài",
)


def _ha(p: Person, mod: int, per: float) -> str:
    return f"{_num(p, mod) * per:.2f}".replace(".", ",")


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


WRITERS_BLIND208: dict[str, Callable[[Person, Col], object]] = {
    # an elephant owner in Buôn Đôn
    "ede_name208": lambda p, c: _ede(p),
    "ethnic_dl208": lambda p, c: _pick(p, _ETHNIC_DL, 3),
    "dl_addr208": lambda p, c: _addr(p, _DAKLAK),
    "elephant208": lambda p, c: _pick(p, _ELEPHANTS, 5),
    "el_sex208": lambda p, c: "Đực" if p.bhxh[-2] in "01234" else "Cái",
    "el_age208": lambda p, c: 18 + _num(p, 40),
    "el_chip208": lambda p, c: f"9560000{p.bhxh[-8:]}",
    "el_health208": lambda p, c: (
        "Bình thường, đang động dục (musth)"
        if p.bhxh[-2] in "01234" and _pick(p, _EL_HEALTH, 6).startswith("Mang thai")
        else _pick(p, _EL_HEALTH, 6)
    ),
    "vet208": lambda p, c: _pick(p, _VETS, 7),
    # a Gia Rai gong class
    "jarai_name208": lambda p, c: _clan_first(p, _JARAI_CLANS, _JARAI_M, _JARAI_F, 2),
    "gl_addr208": lambda p, c: _addr(p, _GIALAI),
    "artisan208": lambda p, c: _pick(p, _ARTISANS, 4),
    "art_title208": lambda p, c: _pick(p, _ART_TITLES, 5),
    "gong_set208": lambda p, c: _pick(p, _GONG_SETS, 6),
    "sessions208": lambda p, c: 8 + _num(p, 17),
    "grade208": lambda p, c: _pick(p, _GRADES, 7),
    "parent_phone208": lambda p, c: _other_phone(p, "03"),
    # a coffee plot declared for the EU deforestation rule
    "farm_code208": lambda p, c: f"LD-CF-{p.bhxh[-6:]}",
    "ld_old_addr208": lambda p, c: (
        f"{_place(p, _LAMDONG)[0]}, {_place(p, _LAMDONG)[2]}, {_place(p, _LAMDONG)[3]}"
    ),
    "ld_ward208": lambda p, c: _place(p, _LAMDONG)[1],
    "cf_area208": lambda p, c: _ha(p, 30, 0.15),
    "lat208": lambda p, c: f"{11.5 + int(p.bhxh[-5:]) / 100_000:.6f}",
    "lon208": lambda p, c: f"{107.6 + int(p.bhxh[-6:-1]) / 200_000:.6f}",
    "plant_year208": lambda p, c: 1995 + _num(p, 28),
    "variety208": lambda p, c: _pick(p, _VARIETIES, 8),
    "cf_yield208": lambda p, c: _ha(p, 20, 0.4),
    "nodefor208": lambda p, c: _pick(p, _NODEFOR, 9),
    "buyer208": lambda p, c: _pick(p, _BUYERS, 10),
    # a Thái dairy farmer in Mộc Châu
    "thai_name208": lambda p, c: _clan_first(p, _THAI_CLANS, _THAI_M, _THAI_F, 2),
    "sl_addr208": lambda p, c: _addr(p, _SONLA),
    "milk_code208": lambda p, c: f"MC{p.bhxh[-4:]}",
    "herd208": lambda p, c: 5 + _num(p, 40),
    "milking208": lambda p, c: 2 + _num(p, 18),
    "milk_kg208": lambda p, c: _ha(p, 50, 4.5),
    "station208": lambda p, c: _pick(p, _STATIONS, 3),
    "bank_acct208": lambda p, c: f"7900{p.bhxh[1:10]}",
    "milk_grade208": lambda p, c: _pick(p, _MILK_GRADES, 4),
    # an ancient Shan tuyết tea tree
    "dao_name208": lambda p, c: _clan_first(p, _DAO_CLANS, _DAO_M, _DAO_F, 2),
    "ethnic_tq208": lambda p, c: _pick(p, _ETHNIC_TQ, 3),
    "tq_addr208": lambda p, c: _addr(p, _TUYENQUANG),
    "tree_code208": lambda p, c: f"HSP-{p.bhxh[-3:]}-{_num(p, 40):02d}",
    "girth208": lambda p, c: 60 + _num(p, 180),
    "tree_age208": lambda p, c: f"{100 + _num(p, 40) * 10} năm",
    "vn2000_208": lambda p, c: f"X: {2500000 + int(p.bhxh[-6:])}; Y: {420000 + int(p.bhxh[:5])}",
    "buds208": lambda p, c: 5 + _num(p, 60),
    "tq_officer208": lambda p, c: _pick(p, _TQ_OFFICERS, 5),
    # an early marriage in Lai Châu
    "hmong_name208": lambda p, c: _clan_first(p, _HMONG_CLANS, _HMONG_M, _HMONG_F, 2),
    "ethnic_lc208": lambda p, c: _pick(p, _ETHNIC_LC, 3),
    "lc_addr208": lambda p, c: _addr(p, _LAICHAU),
    "spouse208": lambda p, c: (
        f"{_HMONG_CLANS[(_HMONG_CLANS.index(_pick(p, _HMONG_CLANS, 2)) + 1 + _num(p, 5)) % 9]}"
        f" {_by_sex(p, _HMONG_F, _HMONG_M, 6)}"
    ),
    "spouse_year208": lambda p, c: p.birth.year + (_num(p, 5) - 2),
    "kin208": lambda p, c: _pick(p, _KIN, 7),
    "cohab208": lambda p, c: (
        f"{_shift_date(p.birth, 15 + _num(p, 3)) + timedelta(days=_num(p, 90)):%d/%m/%Y}"
    ),
    "age_marry208": lambda p, c: 15 + _num(p, 3),
    "measure208": lambda p, c: _pick(p, _MEASURES, 8),
    "justice208": lambda p, c: _pick(p, _JUSTICE, 9),
    # a water tank in Điện Biên
    "db_name208": lambda p, c: (
        _clan_first(p, _THAI_CLANS, _THAI_M, _THAI_F, 3)
        if p.bhxh[-1] in "01234"
        else _clan_first(p, _HMONG_CLANS, _HMONG_M, _HMONG_F, 3)
    ),
    "ethnic_db208": lambda p, c: _pick(p, _ETHNIC_DB, 4),
    "db_ban208": lambda p, c: _place(p, _DIENBIEN)[0],
    "db_xa208": lambda p, c: _place(p, _DIENBIEN)[1],
    "db_tinh208": lambda p, c: "Điện Biên",
    "poor208": lambda p, c: _pick(p, _POOR, 5),
    "hh_n208": lambda p, c: 2 + _num(p, 9),
    "water208": lambda p, c: _pick(p, _WATER, 6),
    "litres208": lambda p, c: _pick(p, ("1000", "1500", "2000", "1500"), 7),
    "water_cost208": lambda p, c: _money(_pick_cost(p)),
    "proxy208": lambda p, c: "" if p.bhxh[-3] in "0123456" else _other_vn(p, 8),
    "signed208": lambda p, c: _pick(p, _SIGNED, 9),
    # cardamom under a protection forest in Bát Xát
    "lk_addr208": lambda p, c: _addr(p, _LAOCAI),
    "subcomp208": lambda p, c: f"TK {100 + _num(p, 60)}",
    "khoanh208": lambda p, c: _num(p, 12),
    "lo208": lambda p, c: f"{_num(p, 30)}{_pick(p, ('', 'a', 'b'), 3)}",
    "tq_area208": lambda p, c: _ha(p, 25, 0.2),
    "tq_yield208": lambda p, c: _pick(p, _TQ_YIELD, 4),
    "contract208": lambda p, c: f"{_num(p, 300):03d}/HĐK-BQLRPH",
    "village_head208": lambda p, c: _pick(p, _HEADS, 5),
    # a tea brand in Thái Nguyên (with Bắc Kạn)
    "tn_addr208": lambda p, c: _addr(p, _THAINGUYEN),
    "tea_brand208": lambda p, c: _pick(p, _TEA_BRANDS, 3),
    "tea_area208": lambda p, c: _ha(p, 20, 0.1),
    "tea_variety208": lambda p, c: _pick(p, _TEA_VARIETIES, 4),
    "tea_product208": lambda p, c: _pick(p, _TEA_PRODUCTS, 5),
    "tea_cert208": lambda p, c: f"{_num(p, 900):03d}/GCN-HHC",
    "tea_until208": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "stamps208": lambda p, c: _num(p, 50) * 100,
}


def _pick_cost(p: Person) -> int:
    return (4_500_000, 5_200_000, 6_000_000, 3_800_000)[_num(p, 4) - 1]


__all__ = ["WRITERS_BLIND208"]
