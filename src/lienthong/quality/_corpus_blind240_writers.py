"""How the people of the two-hundred-and-fortieth part of the outside corpus (**blind 240**,
:mod:`lienthong.quality._corpus_blind240`) are written: nine registers of the North-West mountain
provinces after the 2025 merger (Điện Biên, Lai Châu, Sơn La, Lào Cai with the former Yên Bái,
Tuyên Quang with the former Hà Giang): Thái, H'Mông, Dao, Mường and Tày names as they are written,
bản and thôn with the new commune, or the old four-level form with the district."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind208_writers import (
    _DAO_CLANS,
    _DAO_F,
    _DAO_M,
    _HMONG_CLANS,
    _HMONG_F,
    _HMONG_M,
    _THAI_CLANS,
    _THAI_F,
    _THAI_M,
    _addr,
    _clan_first,
    _money,
    _place,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]
_Places = tuple[tuple[str, ...], ...]

_TAY_CLANS = ("Hoàng", "Nông", "Ma", "Lục", "Hà", "Triệu", "Ma Doãn", "Quan")
_TAY_M = ("Văn Thắng", "Văn Pản", "Văn Chuyên", "Đình Hảo", "Văn Thìn", "Ngọc Khuyến")
_TAY_F = ("Thị Nhị", "Thị Mây", "Thị Phượng", "Thị Thoa", "Thị Lịch", "Thị Dấu")
_MUONG_CLANS = ("Bùi", "Đinh", "Quách", "Hà", "Xa", "Cầm", "Đinh Công")
_MUONG_M = ("Văn Khiêm", "Văn Lộc", "Văn Mằn", "Văn Pượng", "Văn Hạnh", "Công Tuấn")
_MUONG_F = ("Thị Mơ", "Thị Nhàn", "Thị Ỏn", "Thị Hường", "Thị Lánh", "Thị Quẻn")


def _hmong(p: Person, salt: int = 3) -> str:
    return _clan_first(p, _HMONG_CLANS, _HMONG_M, _HMONG_F, salt)


def _thai(p: Person, salt: int = 3) -> str:
    return _clan_first(p, _THAI_CLANS, _THAI_M, _THAI_F, salt)


def _dao(p: Person, salt: int = 3) -> str:
    return _clan_first(p, _DAO_CLANS, _DAO_M, _DAO_F, salt)


def _tay(p: Person, salt: int = 3) -> str:
    return _clan_first(p, _TAY_CLANS, _TAY_M, _TAY_F, salt)


def _muong(p: Person, salt: int = 3) -> str:
    return _clan_first(p, _MUONG_CLANS, _MUONG_M, _MUONG_F, salt)


def _mixed(p: Person, kinds: tuple[Callable[[Person, int], str], ...], salt: int = 3) -> str:
    return kinds[int(p.bhxh[-4:]) // 7 % len(kinds)](p, salt)


def _ethnic(p: Person, kinds: _T) -> str:
    return kinds[int(p.bhxh[-4:]) // 7 % len(kinds)]


# (bản/thôn, new commune, old commune, old district, old province, new province)
_LC = (
    ("Thôn Na Hối Tày", "xã Bắc Hà", "xã Na Hối", "huyện Bắc Hà", "tỉnh Lào Cai", "tỉnh Lào Cai"),
    ("Thôn Sín Chải", "xã Tả Củ Tỷ", "xã Tả Củ Tỷ", "huyện Bắc Hà", "tỉnh Lào Cai", "Lào Cai"),
    ("Thôn Lùng Phình", "xã Lùng Phình", "xã Lùng Phình", "huyện Bắc Hà", "Lào Cai", "Lào Cai"),
    ("Bản Mồ Dề", "xã Mù Cang Chải", "xã Mồ Dề", "huyện Mù Cang Chải", "tỉnh Yên Bái", "Lào Cai"),
    (
        "Bản La Pán Tẩn",
        "xã Púng Luông",
        "xã La Pán Tẩn",
        "huyện Mù Cang Chải",
        "Yên Bái",
        "Lào Cai",
    ),
    (
        "Bản Chế Cu Nha",
        "xã Khao Mang",
        "xã Chế Cu Nha",
        "huyện Mù Cang Chải",
        "tỉnh Yên Bái",
        "Lào Cai",
    ),
    ("Thôn Tả Phìn", "phường Sa Pa", "xã Tả Phìn", "thị xã Sa Pa", "tỉnh Lào Cai", "tỉnh Lào Cai"),
    ("Thôn Nậm Cang", "xã Tả Van", "xã Nậm Cang", "thị xã Sa Pa", "tỉnh Lào Cai", "Lào Cai"),
)
_TQ = (
    ("Thôn Lũng Cú", "xã Lũng Cú", "xã Lũng Cú", "huyện Đồng Văn", "tỉnh Hà Giang", "Tuyên Quang"),
    ("Thôn Pả Vi Hạ", "xã Mèo Vạc", "xã Pả Vi", "huyện Mèo Vạc", "tỉnh Hà Giang", "Tuyên Quang"),
    ("Thôn Sủng Là", "xã Sủng Là", "xã Sủng Là", "huyện Đồng Văn", "Hà Giang", "Tuyên Quang"),
    ("Thôn Nậm Hồng", "xã Hồ Thầu", "xã Nậm Khòa", "huyện Hoàng Su Phì", "Hà Giang", "Tuyên Quang"),
    (
        "Thôn Thàng Tín",
        "xã Pờ Ly Ngài",
        "xã Bản Phùng",
        "huyện Hoàng Su Phì",
        "Hà Giang",
        "Tuyên Quang",
    ),
    (
        "Thôn Nà Tông",
        "xã Thượng Lâm",
        "xã Thượng Lâm",
        "huyện Lâm Bình",
        "tỉnh Tuyên Quang",
        "Tuyên Quang",
    ),
    (
        "Thôn Pác Cáp",
        "xã Hồng Thái",
        "xã Hồng Thái",
        "huyện Na Hang",
        "tỉnh Tuyên Quang",
        "Tuyên Quang",
    ),
    (
        "Thôn Tân Lập",
        "xã Tân Trào",
        "xã Tân Trào",
        "huyện Sơn Dương",
        "tỉnh Tuyên Quang",
        "Tuyên Quang",
    ),
)
_DB = (
    (
        "Bản Co Mận",
        "xã Thanh Nưa",
        "xã Thanh Nưa",
        "huyện Điện Biên",
        "tỉnh Điện Biên",
        "Điện Biên",
    ),
    ("Bản Huổi Một", "xã Nà Tấu", "xã Nà Tấu", "huyện Điện Biên", "tỉnh Điện Biên", "Điện Biên"),
    ("Bản Pá Chả", "xã Mường Phăng", "xã Pá Khoang", "huyện Điện Biên", "Điện Biên", "Điện Biên"),
    ("Bản Xá Nhè", "xã Xá Nhè", "xã Xá Nhè", "huyện Tủa Chùa", "tỉnh Điện Biên", "tỉnh Điện Biên"),
    ("Bản Nậm Pồ", "xã Nậm Pồ", "xã Si Pa Phìn", "huyện Nậm Pồ", "tỉnh Điện Biên", "Điện Biên"),
)
_LCH = (
    ("Bản Pa Ủ", "xã Pa Ủ", "xã Pa Ủ", "huyện Mường Tè", "tỉnh Lai Châu", "tỉnh Lai Châu"),
    ("Bản Thu Lũm", "xã Thu Lũm", "xã Thu Lũm", "huyện Mường Tè", "tỉnh Lai Châu", "Lai Châu"),
    ("Bản Phìn Hồ", "xã Sìn Hồ", "xã Phìn Hồ", "huyện Sìn Hồ", "tỉnh Lai Châu", "tỉnh Lai Châu"),
    ("Bản Nậm Ban", "xã Nậm Hàng", "xã Nậm Ban", "huyện Nậm Nhùn", "tỉnh Lai Châu", "Lai Châu"),
    ("Bản Sì Lở Lầu", "xã Sì Lở Lầu", "xã Sì Lở Lầu", "huyện Phong Thổ", "Lai Châu", "Lai Châu"),
)
_SL = (
    (
        "Bản Mường Cơi",
        "xã Mường Cơi",
        "xã Mường Cơi",
        "huyện Phù Yên",
        "tỉnh Sơn La",
        "tỉnh Sơn La",
    ),
    ("Bản Suối Bau", "xã Gia Phù", "xã Suối Bau", "huyện Phù Yên", "tỉnh Sơn La", "Sơn La"),
    ("Bản Phiêng Ban", "xã Bắc Yên", "thị trấn Bắc Yên", "huyện Bắc Yên", "tỉnh Sơn La", "Sơn La"),
    ("Bản Nà Hỳ", "xã Sốp Cộp", "xã Sốp Cộp", "huyện Sốp Cộp", "tỉnh Sơn La", "tỉnh Sơn La"),
    ("Bản Hua Nà", "phường Chiềng An", "phường Chiềng An", "TP. Sơn La", "tỉnh Sơn La", "Sơn La"),
)


def _old(p: Person, places: _Places) -> str:
    """The pre-merger four-level form, sometimes with ``H.`` and ``T.`` abbreviated."""
    b, _, xa, huyen, tinh, _ = _place(p, places)
    if int(p.bhxh[-2:]) % 4 == 0:
        huyen = huyen.replace("huyện ", "H. ")
        tinh = tinh.replace("tỉnh ", "T. ") if tinh.startswith("tỉnh") else f"T. {tinh}"
    return f"{b}, {xa}, {huyen}, {tinh}"


def _new(p: Person, places: _Places) -> str:
    b, xa, _, _, _, tinh = _place(p, places)
    return f"{b}, {xa}, {tinh}"


_HORSE = ("Ngựa Bạch", "Ngựa hồng", "Ngựa ô", "Ngựa tía", "Ngựa đạm")
_HORSE_NAME = ("Pao", "Sáo", "Gió", "Chớp", "Mây Trắng", "Lửa", "Hùng", "Ta Phìn")
_RACE_CLASS = ("Ngựa đực 4-6 tuổi", "Ngựa cái", "Ngựa non < 4 tuổi", "Hạng mở")
_BUYERS = ("HTX Sơn tra Mù Cang Chải", "Cty CP Táo mèo Yên Bái", "HTX Hoa Ban", "Tự tiêu thụ")
_BEES = ("Ong nội (Apis cerana)", "Ong nội", "Ong ngoại (Ý)", "Ong khoái")
_EXT = ("KN Vàng Mí Chơ", "KN Sùng Thị Dí", "CB NN Lò Văn Tiến", "KN Nông Văn Thạch")
_TITLE_MW = ("NV y tế thôn bản", "Cô đỡ thôn bản", "Cô đỡ thôn bản", "NVYTTB kiêm cô đỡ")
_TRAINING = ("Cô đỡ 6 tháng", "Sơ cấp YTTB 3 tháng", "Cô đỡ 6 tháng (TCYT tỉnh)", "Chưa đào tạo")
_STATION = ("TYT xã Thanh Nưa", "TYT xã Nà Tấu", "TYT xã Mường Phăng", "TYT xã Xá Nhè")
_SCHOOL = (
    "Trường PTDTBT TH Pa Ủ",
    "Trường PTDTBT TH&THCS Thu Lũm",
    "Trường TH Phìn Hồ",
    "Trường MN Sì Lở Lầu",
)
_SITE = (
    "Điểm bản Nhu Tè",
    "Điểm bản Mò Su",
    "Điểm bản Ló Na",
    "Điểm bản Hà Xi",
    "Điểm trường chính",
)
_HOMETOWN = (
    "xã Vũ Hội, tỉnh Hưng Yên",
    "xã Hải Hậu, tỉnh Ninh Bình",
    "xã Tam Nông, tỉnh Phú Thọ",
    "xã Cẩm Thủy, tỉnh Thanh Hóa",
    "Nghĩa Đàn - Nghệ An",
    "Tam Đường, Lai Châu",
)
_TEACH_ETH = ("Kinh", "Kinh", "Thái", "Kinh", "Hà Nhì", "Giáy", "Kinh")
_THEN_TITLE = ("NNƯT", "Nghệ nhân", "NNND", "Hội viên", "Hội viên")
_CLUB = ("CLB Then - Tính xã Thượng Lâm", "CLB hát Then đàn Tính Na Hang", "CLB Then Tân Trào")
_BATH = ("2", "4", "6", "3", "8", "5")
_FOOD = ("Đã cấp GCN ATTP", "Cam kết ATTP", "Chưa có", "Đã cấp GCN ATTP")
_HOUSEHOLD = ("Hộ nghèo", "Hộ cận nghèo", "Hộ có NCC", "Người cao tuổi cô đơn", "Hộ nghèo")
_GIFT = ("01 chăn bông + 02 áo ấm", "01 chăn", "02 áo ấm trẻ em", "01 chăn + 01 áo phao")
_ETH_LC = ("H'Mông", "Tày", "Dao")
_ETH_DB = ("Thái", "H'Mông", "Thái")


def _money_of(p: Person, mod: int, unit: int) -> str:
    return _money(_num(p, mod) * unit)


_LCNAMES = (_hmong, _tay, _dao)
_DBNAMES = (_thai, _hmong, _thai)
_SLNAMES = (_thai, _muong, _hmong)

WRITERS_BLIND240: dict[str, Callable[[Person, Col], object]] = {
    # a jockey at the Bắc Hà horse race
    "lc_name240": lambda p, c: _mixed(p, _LCNAMES),
    "lc_eth240": lambda p, c: _ethnic(p, _ETH_LC),
    "lc_new240": lambda p, c: _new(p, _LC[:3]),
    "horse240": lambda p, c: f"{_pick(p, _HORSE_NAME, 2)} ({_pick(p, _HORSE, 3)})",
    "race_class240": lambda p, c: _pick(p, _RACE_CLASS, 5),
    "horse_owner240": lambda p, c: _hmong(p, 9) if _num(p, 3) == 1 else "Bản thân",
    # a sơn tra (táo mèo) grower in Mù Cang Chải
    "hmong_name240": lambda p, c: _hmong(p),
    "mcc_ban240": lambda p, c: _place(p, _LC[3:6])[0],
    "mcc_xa240": lambda p, c: _place(p, _LC[3:6])[1],
    "ha240": lambda p, c: f"{_num(p, 40) * 0.15:.2f}".replace(".", ","),
    "trees240": lambda p, c: str(_num(p, 60) * 25),
    "age240": lambda p, c: str(_num(p, 30) + 5),
    "yield240": lambda p, c: f"{_num(p, 50) * 0.2:.1f}".replace(".", ","),
    "zone240": lambda p, c: f"LC-MCC-{_num(p, 90):03d}",
    "buyer240": lambda p, c: _pick(p, _BUYERS, 4),
    # a terraced-field keeper in Hoàng Su Phì
    "dao_name240": lambda p, c: _dao(p),
    "hsp_addr240": lambda p, c: _addr(p, _TQ[3:5]),
    "m2_240": lambda p, c: _money(_num(p, 80) * 150),
    "parcel240": lambda p, c: str(_num(p, 400)),
    "sheet240": lambda p, c: str(_num(p, 45)),
    "support240": lambda p, c: _money_of(p, 60, 50_000),
    "account240": lambda p, c: f"8806{p.bhxh[:9]}",
    "bank240": lambda p, c: _pick(p, ("Agribank CN Hoàng Su Phì", "NHCSXH huyện HSP"), 2),
    # a beekeeper on the Đồng Văn plateau (mint honey)
    "dv_old240": lambda p, c: _old(p, _TQ[:3]),
    "hives240": lambda p, c: str(_num(p, 70) + 3),
    "bee240": lambda p, c: _pick(p, _BEES, 2),
    "honey240": lambda p, c: str(_num(p, 40) * 5),
    "bee_code240": lambda p, c: f"HG.MV-{_num(p, 300):04d}",
    "ext240": lambda p, c: _pick(p, _EXT, 3),
    # a village health worker or midwife in Điện Biên
    "db_name240": lambda p, c: _mixed(p, _DBNAMES),
    "db_eth240": lambda p, c: _ethnic(p, _ETH_DB),
    "db_ban240": lambda p, c: (
        _place(p, _DB)[0].replace("Bản ", "") if _num(p, 2) == 1 else _place(p, _DB)[0]
    ),
    "db_xa240": lambda p, c: _place(p, _DB)[1],
    "mw_title240": lambda p, c: _pick(p, _TITLE_MW, 2),
    "training240": lambda p, c: _pick(p, _TRAINING, 3),
    "births240": lambda p, c: str(_num(p, 25) - 1),
    "allow240": lambda p, c: _pick(p, ("702.000", "1.053.000", "526.500", "702.000"), 4),
    "station240": lambda p, c: _pick(p, _STATION, 5),
    # a teacher posted to a satellite school site in Lai Châu
    "lch_addr240": lambda p, c: _addr(p, _LCH),
    "hometown240": lambda p, c: _pick(p, _HOMETOWN, 3),
    "teach_eth240": lambda p, c: _pick(p, _TEACH_ETH, 4),
    "school240": lambda p, c: _pick(p, _SCHOOL, 5),
    "site240": lambda p, c: _pick(p, _SITE, 6),
    "km240": lambda p, c: str(_num(p, 35) + 2),
    "attract240": lambda p, c: _pick(p, ("70%", "70%", "50%", "0,7"), 7),
    # a Then singer of the Tày in Tuyên Quang
    "tay_name240": lambda p, c: _tay(p),
    "tq_addr240": lambda p, c: _addr(p, _TQ[5:]),
    "then_title240": lambda p, c: _pick(p, _THEN_TITLE, 2),
    "then_years240": lambda p, c: str(_num(p, 50) + 3),
    "pupils240": lambda p, c: str(_num(p, 20) - 1),
    "club240": lambda p, c: _pick(p, _CLUB, 3),
    "club_head240": lambda p, c: f"{_tay(p, 11)}",
    # a Red Dao herbal-bath household in Sa Pa
    "dao2_name240": lambda p, c: _dao(p, 5),
    "sp_home240": lambda p, c: _addr(p, _LC[6:]),
    "bath_site240": lambda p, c: f"Tổ {_num(p, 6)}, {_place(p, _LC[6:], 9)[0]}, Sa Pa",
    "baths240": lambda p, c: _pick(p, _BATH, 2),
    "price240": lambda p, c: _pick(p, ("150.000", "200.000", "120000", "250.000"), 3),
    "hkd240": lambda p, c: f"12G8{p.bhxh[:6]}",
    "food240": lambda p, c: _pick(p, _FOOD, 4),
    # a poor household given blankets by the Red Cross in Sơn La
    "sl_name240": lambda p, c: _mixed(p, _SLNAMES),
    "sl_new240": lambda p, c: _new(p, _SL),
    "hh240": lambda p, c: _pick(p, _HOUSEHOLD, 2),
    "members240": lambda p, c: str(_num(p, 8)),
    "gift240": lambda p, c: _pick(p, _GIFT, 3),
    "value240": lambda p, c: _money_of(p, 6, 150_000),
    "proxy240": lambda p, c: _other_vn(p, 5) if _num(p, 4) == 1 else "",
    "signed240": lambda p, c: _pick(p, ("Đã ký", "Điểm chỉ", "Đã ký", "Ký thay"), 6),
    "kin_phone240": lambda p, c: _other_phone(p, "03"),
}

__all__ = ["WRITERS_BLIND240"]
