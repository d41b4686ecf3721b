"""How the people of the three-hundred-and-thirty-first part of the outside corpus (**blind
331**, :mod:`lienthong.quality._corpus_blind331`) are written: people of the merged province of
Lào Cai (Lào Cai and Yên Bái, joined in 2025) with the name forms of their peoples (Hmong clan
names with their A, Seo, Mý or Thị middle, Dao names with Láo, Tả or Mẩy, Tày, Giáy, Nùng and Hà
Nhì names), their villages under the new communes and wards, and the old four-level addresses
from before the merger that some offices still keep."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (people, family names, men's given names, women's given names)
_PEOPLES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "Mông",
        ("Giàng", "Sùng", "Vàng", "Thào", "Lý", "Hờ", "Mùa", "Lù", "Cứ"),
        ("A Páo", "Seo Sử", "A Chư", "Mý Chứ", "Seo Chờ", "A Sủng", "A Dế", "Văn Pềnh"),
        ("Thị Dở", "Thị Mỷ", "Thị Pà", "Thị Chá", "Thị Xo", "Thị Mai", "Thị Sua"),
    ),
    (
        "Dao",
        ("Tẩn", "Chảo", "Lý", "Phàn", "Bàn", "Triệu", "Phùng"),
        ("Láo Lở", "Láo Sài", "Láo Sử", "Văn Tòng", "Kiều Vần", "Tiến Lồng", "Chòi Phin"),
        ("Tả Mẩy", "Mẩy Chản", "Sử Mẩy", "Thị Dín", "Thị Xuân", "Tả Mẩy", "Thị Nhất"),
    ),
    (
        "Tày",
        ("Hoàng", "Nông", "Ma", "La", "Hà", "Lương"),
        ("Văn Thắng", "Văn Hồng", "Đức Toàn", "Văn Khiêm"),
        ("Thị Lan", "Thị Hoa", "Thị Thúy", "Thị Pướng"),
    ),
    (
        "Giáy",
        ("Lồ", "Vương", "Hoàng", "Lù"),
        ("Văn Pao", "Seo Chải", "Văn Dũng", "Văn Lình"),
        ("Thị Chiêm", "Thị Sinh", "Thị Dung", "Thị Lìn"),
    ),
    ("Nùng", ("Nông", "Lù", "Hoàng"), ("Văn Dìn", "Văn Sình"), ("Thị Sảo", "Thị Pằn")),
    ("Hà Nhì", ("Pờ", "Lỳ", "Chu", "Sần"), ("Xé Chừ", "Gò Pư", "Lù Mé"), ("Mé Lóa", "Mé Khừ")),
)
#: (village, new commune or ward, old commune, old district, old province)
_PLACES = (
    ("thôn Lao Chải", "xã Mù Cang Chải", "xã Lao Chải", "huyện Mù Cang Chải", "Yên Bái"),
    ("bản Cát Cát", "phường Sa Pa", "xã San Sả Hồ", "thị xã Sa Pa", "Lào Cai"),
    ("thôn Séo Mí Tỷ", "xã Tả Van", "xã Tả Van", "thị xã Sa Pa", "Lào Cai"),
    ("thôn Làng Nủ", "xã Phúc Khánh", "xã Phúc Khánh", "huyện Bảo Yên", "Lào Cai"),
    ("thôn Sín Chải", "xã Y Tý", "xã Y Tý", "huyện Bát Xát", "Lào Cai"),
    ("thôn Sả Séng", "xã Trạm Tấu", "xã Trạm Tấu", "huyện Trạm Tấu", "Yên Bái"),
    ("thôn Khe Cam", "xã Đông Cuông", "xã Đông Cuông", "huyện Văn Yên", "Yên Bái"),
    ("thôn Lùng Phìn", "xã Bắc Hà", "xã Lùng Phình", "huyện Bắc Hà", "Lào Cai"),
    ("thôn Sán Chải", "xã Si Ma Cai", "xã Sán Chải", "huyện Si Ma Cai", "Lào Cai"),
    ("tổ 5", "phường Nghĩa Lộ", "phường Pú Trạng", "thị xã Nghĩa Lộ", "Yên Bái"),
    ("thôn Pha Long", "xã Pha Long", "xã Pha Long", "huyện Mường Khương", "Lào Cai"),
)


def _people(p: Person) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    weights = (0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5)
    return _PEOPLES[weights[int(p.bhxh[-3:]) % len(weights)]]


def _name(p: Person, salt: int = 0) -> tuple[str, str]:
    """(family name, the rest) of a person of their people, their sex's given names."""
    _, families, men, women = _people(p)
    return _pick(p, families, 1 + salt), _pick(p, men if p.male else women, 2 + salt)


def _kin(p: Person, salt: int, male: bool) -> str:
    """A relative or neighbour of the same people (a household head, a village head)."""
    _, families, men, women = _people(p)
    family = _name(p)[0] if salt % 2 else _pick(p, families, salt + 5)
    return f"{family} {_pick(p, men if male else women, salt + 7)}"


#: which villages each people lives in (indices into ``_PLACES``)
_HOMES = {
    "Mông": (0, 1, 4, 5, 7, 8, 10),
    "Dao": (2, 6),
    "Tày": (3, 9, 6),
    "Giáy": (2, 7),
    "Nùng": (8, 10),
    "Hà Nhì": (4,),
}


def _place(p: Person) -> tuple[str, str, str, str, str]:
    homes = _HOMES[_people(p)[0]]
    return _PLACES[homes[int(p.bhxh[2:6]) % len(homes)]]


def _new_addr(p: Person) -> str:
    v, new, _, _, _ = _place(p)
    return f"{v}, {new}, tỉnh Lào Cai"


def _old_addr(p: Person) -> str:
    v, _, commune, district, prov = _place(p)
    return f"{v}, {commune}, {district}, tỉnh {prov}"


def _plain(text: str) -> str:
    """Vietnamese written without its marks, as some commune clerks type."""
    src = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    dst = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
    table = str.maketrans(src + src.upper(), dst + dst.upper())
    return text.translate(table)


_HMONG_FEE = ("Hộ nghèo", "Hộ cận nghèo", "Hộ mới thoát nghèo", "Hộ không thuộc diện")
_CHURCH = ("Điểm nhóm Tin Lành Lao Chải", "Điểm nhóm Sín Chải", "Điểm nhóm Sả Séng")
_RELIG = ("Tin Lành (TLVN miền Bắc)", "Tin Lành", "Công giáo", "Không")
_HOUSE = ("Lô A-03", "Lô A-11", "Lô B-05", "Lô B-12", "Lô C-02", "Lô C-09")
_LOSS = ("Mất nhà, mất người thân", "Mất nhà hoàn toàn", "Nhà bị vùi lấp 1 phần", "Mất đất SX")
_GOODS_SP = ("Thổ cẩm, túi thêu", "Vòng bạc, khuyên tai", "Ngô nướng, trứng nướng", "Ô, mũ")
_SPOT_SP = ("Quảng trường Sa Pa", "Đường Cầu Mây", "Cổng bản Cát Cát", "Chợ Sa Pa", "Ga cáp treo")
_QUE = ("Quế 8 năm", "Quế 12 năm", "Quế 15 năm", "Quế 5 năm (chưa khai thác)")
_BUYER = ("Cty CP Quế hồi Việt Nam", "HTX Quế Văn Yên", "Cty TNHH Organic Yên Bái", "Tự bán")
_FISH = ("Cá hồi vân", "Cá tầm Nga", "Cá tầm Siberi", "Cá hồi + cá tầm")
_STREAM = ("suối Mường Hoa", "suối Tả Phìn", "suối Nậm Cang", "hồ Séo Mí Tỷ", "suối Ngòi Thia")
_INSTR = ("Khèn Mông", "Hát then - đàn tính (Tày)", "Hát Páo dung (Dao)", "Kèn lá, sáo Mông")
_SCHOOL = ("Trường PTDTBT TH&THCS Y Tý", "Trường PTDTNT THCS Mù Cang Chải", "Trường THCS Bản Phố")
_TITLE = ("Nghệ nhân ưu tú", "Nghệ nhân (chưa phong)", "Hội viên CLB dân ca")
_KCN = (
    "Cty TNHH Foxconn (KCN Quang Châu, Bắc Ninh)",
    "Cty TNHH Luxshare-ICT (KCN Vân Trung)",
    "Cty TNHH Sumitomo Bakelite (KCN Thăng Long)",
    "Cty May Tiên Sơn (Hưng Yên)",
)
_JOB = ("CN lắp ráp điện tử", "CN may", "CN đóng gói", "CN kiểm hàng")
_HIGHWAY = ("Km 125+300", "Km 131+050", "Km 176+800", "Km 198+420", "Km 210+115")
_LAND = ("Đất trồng lúa", "Đất rừng sản xuất", "Đất ở nông thôn", "Đất trồng cây lâu năm")
_TEAM = ("Tổ lưu động số 1", "Tổ lưu động số 2", "Tổ cấp CC tại điểm trường")


def _ncard(p: Person) -> str:
    """An old nine-digit CMND of Lào Cai (063) or Yên Bái (060)."""
    return f"{'063' if int(p.bhxh[0]) % 2 else '060'}{p.bhxh[3:9]}"


WRITERS_BLIND331: dict[str, Callable[[Person, Col], object]] = {
    "lc_name331": lambda p, c: " ".join(_name(p)),
    "lc_plainname331": lambda p, c: _plain(" ".join(_name(p))).upper(),
    "lc_family331": lambda p, c: _name(p)[0],
    "lc_given331": lambda p, c: _name(p)[1],
    "lc_people331": lambda p, c: _people(p)[0],
    "lc_new331": lambda p, c: _new_addr(p),
    "lc_old331": lambda p, c: _old_addr(p),
    "lc_plainold331": lambda p, c: _plain(_old_addr(p)),
    "lc_village331": lambda p, c: _place(p)[0],
    "lc_commune331": lambda p, c: _place(p)[1],
    "lc_head331": lambda p, c: _kin(p, 3, True),
    "lc_hh331": lambda p, c: _kin(p, 1, not p.male),
    "lc_officer331": lambda p, c: _kin(p, 4, int(p.bhxh[5]) % 2 == 0),
    "lc_phone331": lambda p, c: f"{p.phone[:4]} {p.phone[4:7]} {p.phone[7:]}",
    "lc_kinphone331": lambda p, c: _other_phone(p, "08"),
    "lc_cmnd331": lambda p, c: _ncard(p),
    "tl_group331": lambda p, c: _pick(p, _CHURCH, 3),
    "tl_relig331": lambda p, c: _pick(p, _RELIG, 4),
    "tl_members331": lambda p, c: 2 + _num(p, 7),
    "tl_poor331": lambda p, c: _pick(p, _HMONG_FEE, 5),
    "ln_lot331": lambda p, c: _pick(p, _HOUSE, 6),
    "ln_loss331": lambda p, c: _pick(p, _LOSS, 7),
    "ln_money331": lambda p, c: f"{(60 + _num(p, 60)) * 1_000_000:,}".replace(",", "."),
    "ln_people331": lambda p, c: 1 + _num(p, 8),
    "sp_goods331": lambda p, c: _pick(p, _GOODS_SP, 8),
    "sp_spot331": lambda p, c: _pick(p, _SPOT_SP, 9),
    "sp_card331": lambda p, c: f"BHR-{p.bhxh[4:8]}/SP",
    "sp_times331": lambda p, c: _num(p, 3) - 1,
    "qu_plot331": lambda p, c: f"Tờ {_num(p, 40)}, thửa {_num(p, 400)}",
    "qu_area331": lambda p, c: f"{_num(p, 60) / 10 + 0.3:.1f}".replace(".", ","),
    "qu_kind331": lambda p, c: _pick(p, _QUE, 10),
    "qu_code331": lambda p, c: f"VN-YBOR-{int(p.bhxh[:3]) % 40 + 1:03d}",
    "qu_buyer331": lambda p, c: _pick(p, _BUYER, 11),
    "ca_fish331": lambda p, c: _pick(p, _FISH, 12),
    "ca_stream331": lambda p, c: _pick(p, _STREAM, 13),
    "ca_tank331": lambda p, c: f"{2 + _num(p, 10)} bể / {(2 + _num(p, 10)) * 60} m3",
    "ca_ton331": lambda p, c: f"{_num(p, 25) / 2:.1f} tấn".replace(".", ","),
    "nn_instr331": lambda p, c: _pick(p, _INSTR, 14),
    "nn_school331": lambda p, c: _pick(p, _SCHOOL, 15),
    "nn_title331": lambda p, c: _pick(p, _TITLE, 16),
    "nn_pupils331": lambda p, c: 8 + _num(p, 20),
    "ld_kcn331": lambda p, c: _pick(p, _KCN, 17),
    "ld_job331": lambda p, c: _pick(p, _JOB, 18),
    "ld_wage331": lambda p, c: f"{6 + _num(p, 5)},{_num(p, 9)} tr",
    "cb_mark331": lambda p, c: _pick(p, _HIGHWAY, 19),
    "cb_land331": lambda p, c: _pick(p, _LAND, 20),
    "cb_m2331": lambda p, c: 40 + _num(p, 900),
    "cb_money331": lambda p, c: f"{(40 + _num(p, 900)) * 185_000:,}".replace(",", "."),
    "cc_team331": lambda p, c: _pick(p, _TEAM, 21),
    "cc_receipt331": lambda p, c: f"TN{p.bhxh[2:9]}",
}
