"""How the people of the three-hundred-and-nineteenth part of the outside corpus (**blind 319**,
:mod:`lienthong.quality._corpus_blind319`) are written: nine registers of the new Ninh Bình
province (the former Ninh Bình, Hà Nam and Nam Định merged in 2025): a parish's baptism extracts
and marriage banns, a cotton-dust screening of textile workers, repairs in Tràng An's core zone,
the Viềng market's stalls, a cement plant's support to its neighbours, Kim Sơn's sedge growers,
a football club's season tickets and breeding goats handed to poor households; the home address
written the old way (xã, huyện, tỉnh before the merger) or the new two-level way."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- homes: (old address before the merger, new two-level address) --------------------------------
_HOMES_ND = (
    (
        "Xóm 5, xã Xuân Ngọc, huyện Xuân Trường, tỉnh Nam Định",
        "Xóm 5, xã Xuân Trường, tỉnh Ninh Bình",
    ),
    (
        "Thôn Hành Thiện, xã Xuân Hồng, huyện Xuân Trường, Nam Định",
        "Thôn Hành Thiện, xã Xuân Hồng, tỉnh Ninh Bình",
    ),
    ("Xóm 9, xã Giao Thanh, huyện Giao Thủy, tỉnh Nam Định", "Xóm 9, xã Giao Hòa, tỉnh Ninh Bình"),
    (
        "Số 45 Trần Hưng Đạo, P. Bà Triệu, TP Nam Định",
        "Số 45 Trần Hưng Đạo, phường Nam Định, tỉnh Ninh Bình",
    ),
    ("Tổ 12, P. Hạ Long, TP. Nam Định, Nam Định", "Tổ 12, phường Thành Nam, tỉnh Ninh Bình"),
    ("Xóm 3, xã Nam Dương, huyện Nam Trực, tỉnh Nam Định", "Xóm 3, xã Nam Ninh, tỉnh Ninh Bình"),
    (
        "Thôn Tống Xá, xã Yên Xá, huyện Ý Yên, tỉnh Nam Định",
        "Thôn Tống Xá, xã Ý Yên, tỉnh Ninh Bình",
    ),
    (
        "Số 8 ngõ 112 Văn Cao, P. Năng Tĩnh, TP Nam Định",
        "Số 8 ngõ 112 Văn Cao, phường Nam Định, tỉnh Ninh Bình",
    ),
)
_HOMES_HN = (
    (
        "Thôn Đọi Tam, xã Đọi Sơn, thị xã Duy Tiên, Hà Nam",
        "Thôn Đọi Tam, phường Tiên Sơn, tỉnh Ninh Bình",
    ),
    (
        "Thôn Quyết Thành, xã Thanh Thủy, huyện Thanh Liêm, tỉnh Hà Nam",
        "Thôn Quyết Thành, xã Thanh Lâm, tỉnh Ninh Bình",
    ),
    ("Tổ 5, P. Quang Trung, TP Phủ Lý, Hà Nam", "Tổ 5, phường Phủ Lý, tỉnh Ninh Bình"),
    (
        "Thôn Vũ Đại, xã Hòa Hậu, huyện Lý Nhân, tỉnh Hà Nam",
        "Thôn Vũ Đại, xã Nhân Hà, tỉnh Ninh Bình",
    ),
    ("Xóm 2, xã Thanh Nghị, huyện Thanh Liêm, tỉnh Hà Nam", "Xóm 2, xã Thanh Liêm, tỉnh Ninh Bình"),
    (
        "Thôn Bồng Lạng, xã Thanh Nghị, huyện Thanh Liêm, Hà Nam",
        "Thôn Bồng Lạng, xã Thanh Liêm, tỉnh Ninh Bình",
    ),
)
_HOMES_NB = (
    (
        "Thôn Văn Lâm, xã Ninh Hải, huyện Hoa Lư, Ninh Bình",
        "Thôn Văn Lâm, phường Tây Hoa Lư, tỉnh Ninh Bình",
    ),
    (
        "Thôn Đam Khê, xã Trường Yên, huyện Hoa Lư, tỉnh Ninh Bình",
        "Thôn Đam Khê, phường Hoa Lư, tỉnh Ninh Bình",
    ),
    ("Xóm 12, xã Kim Chính, huyện Kim Sơn, tỉnh Ninh Bình", "Xóm 12, xã Chất Bình, tỉnh Ninh Bình"),
    (
        "Phố Phát Diệm, thị trấn Phát Diệm, huyện Kim Sơn, Ninh Bình",
        "Phố Phát Diệm, xã Phát Diệm, tỉnh Ninh Bình",
    ),
    (
        "Thôn Đồng Bót, xã Gia Thủy, huyện Nho Quan, tỉnh Ninh Bình",
        "Thôn Đồng Bót, xã Gia Tường, tỉnh Ninh Bình",
    ),
    (
        "Thôn Kỳ Lão, xã Cúc Phương, huyện Nho Quan, Ninh Bình",
        "Thôn Kỳ Lão, xã Cúc Phương, tỉnh Ninh Bình",
    ),
    ("Xóm 4, xã Kim Tân, huyện Kim Sơn, tỉnh Ninh Bình", "Xóm 4, xã Kim Sơn, tỉnh Ninh Bình"),
    (
        "Thôn Tràng An, xã Trường Yên, huyện Hoa Lư, Ninh Bình",
        "Thôn Tràng An, phường Hoa Lư, tỉnh Ninh Bình",
    ),
)
_HOMES = {
    "nd": _HOMES_ND,
    "hn": _HOMES_HN,
    "nb": _HOMES_NB,
    "all": _HOMES_ND + _HOMES_HN + _HOMES_NB,
}
# -- Bùi Chu / Phát Diệm parishes: baptism extracts and marriage banns ----------------------------
_SAINTS_M = ("Giuse", "Phêrô", "Phaolô", "Gioan Baotixita", "Đaminh", "Antôn", "Giacôbê", "Micae")
_SAINTS_F = ("Maria", "Anna", "Têrêsa", "Agnès", "Catarina", "Rosa", "Lucia", "Maria Goretti")
_PARISHES = (
    "GX Bùi Chu",
    "GX Hưng Nghĩa",
    "GX Trung Linh",
    "GX Kiên Lao",
    "GX Phú Nhai",
    "GX Phát Diệm",
    "GX Quần Phương",
)
_PRIESTS = ("Lm. Giuse Phạm Văn Hòa", "Lm. Phêrô Trần Đức Lâm", "Lm. Đaminh Vũ Ngọc Tuấn")
_PURPOSES = ("Làm hồ sơ hôn phối", "Chuẩn bị lãnh bí tích Thêm sức", "Xin vào dòng", "Chuyển xứ")
_IMPEDIMENTS = ("Không", "Không", "Không", "Không", "Khác đạo - xin phép chuẩn", "Đang chờ giấy")
# -- Nam Định textile mills: cotton dust screening ------------------------------------------------
_MILL_SHOPS = ("Nhà máy Sợi - PX Chải", "Nhà máy Sợi - PX Ống", "Nhà máy Dệt - PX Dệt kim",
               "Nhà máy Dệt - PX Hồ", "Nhà máy Sợi - Bông chải thô")  # fmt: skip
_DUST_VERDICT = ("Bình thường", "Bình thường", "Theo dõi", "Nghi bệnh bụi phổi bông", "Chuyển GĐYK")
# -- Tràng An core zone: house repairs -------------------------------------------------------------
_TA_ZONES = ("Vung loi", "Vung dem", "Vung loi (khu 3)", "Vung dem - Tam Coc")
_TA_WORKS = ("Lop lai mai ngoi", "Xay lai tuong bao", "Thay cua, trat lai", "Chong tham mai",
             "Nang nen bep", "Sua cong ngo")  # fmt: skip
_TA_OPINION = ("Dong y", "Dong y co dieu kien", "Chua dong y - vuot chieu cao", "Cho tham dinh")
# -- Viềng market: stalls ------------------------------------------------------------------------
_VIENG = (
    ("Cây cảnh", "Khu A - cây cảnh", "A"),
    ("Cây giống", "Khu A - cây cảnh", "A"),
    ("Đồ đồng Tống Xá", "Khu B - đồ cổ", "B"),
    ("Đồ cổ, đồ cũ", "Khu B - đồ cổ", "B"),
    ("Thịt bò nướng", "Khu C - ẩm thực", "C"),
    ("Bánh cuốn", "Khu C - ẩm thực", "C"),
    ("Nông cụ", "Khu D - nông cụ", "D"),
)
# -- Thanh Liêm cement plant: neighbours' support ------------------------------------------------
_CEMENT = ("XM Xuân Thành", "XM Thành Thắng", "XM Kiện Khê", "XM Bút Sơn")
_CEMENT_LEVEL = ("Mức 1", "Mức 1", "Mức 2", "Mức 3")
_CEMENT_AMOUNT = ("1.200.000", "1.200.000", "1.800.000", "2.400.000")
# -- Kim Sơn sedge growers -----------------------------------------------------------------------
_SEDGE_FIELDS = ("Cồn Thoi", "Bãi ngang", "Kim Đông", "Cồn Nổi", "Đồng Trì Chính")
_SEDGE_KIND = ("Cói dày", "Cói dày", "Cói dẹt", "Cói xuất khẩu")
# -- Thép Xanh Nam Định: season tickets ----------------------------------------------------------
_STANDS = ("Khán đài A", "Khán đài B", "Khán đài C", "Khán đài D (CĐV)", "Khán đài A - VIP")
_TICKET_PRICE = ("1.500.000", "1.500.000", "1.000.000", "800.000", "3.000.000")
_PAY = ("Chuyển khoản", "Tiền mặt", "Chuyển khoản", "Ví điện tử")
# -- Nho Quan: breeding goats ----------------------------------------------------------------------
_GOAT_KIND = ("Dê Bách Thảo", "Dê cỏ", "Dê lai Boer", "Dê Bách Thảo")
_GOAT_POOR = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ mới thoát nghèo")
_GOAT_COMMIT = ("Đã ký cam kết", "Đã ký cam kết", "Chưa ký", "Đã ký cam kết")


def _home(p: Person, region: str) -> tuple[str, str]:
    homes = _HOMES[region]
    return homes[int(p.bhxh) // 13 % len(homes)]


def _ascii_vn(text: str) -> str:
    """The text without its diacritics, as a file typed without a Vietnamese keyboard writes it."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _home_writer(region: str, new: int) -> Callable[[Person, Col], object]:
    """The writer of a home of that region, the old address (0) or the new one (1)."""
    return lambda p, c: _home(p, region)[new]


def _vieng(p: Person) -> tuple[str, str, str]:
    return _VIENG[int(p.bhxh) // 23 % len(_VIENG)]


def _after_birth(p: Person, days: int) -> date:
    return p.birth + timedelta(days=days)


def _sunday(p: Person, weeks: int) -> date:
    """A Sunday in 2025 or 2026, ``weeks`` after the first banns."""
    first = date(2025, 1, 5) + timedelta(weeks=_num(p, 80))
    return first + timedelta(weeks=weeks)


def _saint(p: Person, salt: int = 2) -> str:
    return _pick(p, _SAINTS_M if p.male else _SAINTS_F, salt)


WRITERS_BLIND319: dict[str, Callable[[Person, Col], object]] = {
    # homes, old and new, of the former Nam Định, Hà Nam and Ninh Bình or any of them
    "old_nd319": _home_writer("nd", 0),
    "old_hn319": _home_writer("hn", 0),
    "old_nb319": _home_writer("nb", 0),
    "old_all319": _home_writer("all", 0),
    "new_nd319": _home_writer("nd", 1),
    "new_hn319": _home_writer("hn", 1),
    "new_nb319": _home_writer("nb", 1),
    "new_all319": _home_writer("all", 1),
    "old_nb_ascii319": lambda p, c: _ascii_vn(_home(p, "nb")[0]),
    "new_nb_ascii319": lambda p, c: _ascii_vn(_home(p, "nb")[1]),
    # baptism extracts
    "rt_saint319": lambda p, c: _saint(p),
    "rt_bapt319": lambda p, c: f"{_after_birth(p, 3 + _num(p, 20)):%d/%m/%Y}",
    "rt_parish319": lambda p, c: _pick(p, _PARISHES, 3),
    "rt_father319": lambda p, c: f"{_pick(p, _SAINTS_M, 4)} {_other_vn(p, 4, True)}",
    "rt_mother319": lambda p, c: f"{_pick(p, _SAINTS_F, 5)} {_other_vn(p, 5, False)}",
    "rt_godparent319": lambda p, c: f"{_saint(p, 6)} {_other_vn(p, 6, p.male)}",
    "rt_priest319": lambda p, c: _pick(p, _PRIESTS, 7),
    "rt_purpose319": lambda p, c: _pick(p, _PURPOSES, 8),
    "rt_book319": lambda p, c: (
        f"Q.{p.birth.year % 100 + _num(p, 3)}/tr.{_num(p, 200)}/s.{_num(p, 40)}"
    ),
    # cotton dust screening
    "bb_code319": lambda p, c: f"DNĐ-{p.bhxh[-5:]}",
    "bb_shop319": lambda p, c: _pick(p, _MILL_SHOPS, 2),
    "bb_years319": lambda p, c: min(_num(p, 30), max(1, 2025 - p.birth.year - 18)),
    "bb_dust319": lambda p, c: f"{0.4 + _num(p, 30) / 20:.2f}".replace(".", ","),
    "bb_fev319": lambda p, c: 62 + _num(p, 40),
    "bb_verdict319": lambda p, c: _pick(p, _DUST_VERDICT, 3),
    # Tràng An core zone repairs
    "ta_plot319": lambda p, c: f"Thua {_num(p, 300)}, to {_num(p, 40)}",
    "ta_zone319": lambda p, c: _pick(p, _TA_ZONES, 2),
    "ta_work319": lambda p, c: _pick(p, _TA_WORKS, 3),
    "ta_area319": lambda p, c: f"{20 + _num(p, 90)},{_num(p, 9)}",
    "ta_opinion319": lambda p, c: _pick(p, _TA_OPINION, 4),
    "ta_officer319": lambda p, c: _ascii_vn(_other_vn(p, 5)),
    # Viềng market stalls
    "cv_goods319": lambda p, c: _vieng(p)[0],
    "cv_zone319": lambda p, c: _vieng(p)[1],
    "cv_lot319": lambda p, c: f"{_vieng(p)[2]}-{_num(p, 150):03d}",
    "cv_area319": lambda p, c: f"{2 + _num(p, 3) * 2}m2",
    "cv_fee319": lambda p, c: f"{50 + _num(p, 5) * 50}.000",
    # cement plant support
    "xm_plant319": lambda p, c: _pick(p, _CEMENT, 2),
    "xm_dist319": lambda p, c: f"{100 + _num(p, 90) * 10} m",
    "xm_people319": lambda p, c: 1 + _num(p, 7),
    "xm_level319": lambda p, c: _pick(p, _CEMENT_LEVEL, 3),
    "xm_amount319": lambda p, c: _pick(p, _CEMENT_AMOUNT, 3),
    "xm_account319": lambda p, c: f"{p.bhxh[:4]} {p.bhxh[4:]} {_num(p, 90):02d}",
    "xm_bank319": lambda p, c: _pick(
        p, ("Agribank Thanh Liêm", "BIDV Hà Nam", "Vietinbank Phủ Lý"), 4
    ),
    # Kim Sơn sedge
    "coi_field319": lambda p, c: _pick(p, _SEDGE_FIELDS, 2),
    "coi_area319": lambda p, c: f"{_num(p, 30) * 360:,}".replace(",", "."),
    "coi_kind319": lambda p, c: _pick(p, _SEDGE_KIND, 3),
    "coi_tons319": lambda p, c: f"{_num(p, 60) / 10:.1f}".replace(".", ","),
    "coi_price319": lambda p, c: f"{7 + _num(p, 5)}.500",
    "coi_contract319": lambda p, c: f"{_num(p, 300)}/2025/HĐBT-HTX",
    # season tickets
    "sv_card319": lambda p, c: f"TXND-2526-{p.bhxh[-6:]}",
    "sv_stand319": lambda p, c: _pick(p, _STANDS, 2),
    "sv_seat319": lambda p, c: f"Hàng {_num(p, 25)} - Ghế {_num(p, 40)}",
    "sv_price319": lambda p, c: _pick(p, _TICKET_PRICE, 2),
    "sv_pay319": lambda p, c: _pick(p, _PAY, 3),
    "sv_club319": lambda p, c: _pick(
        p, ("Nam Định Fan Club", "Ultras Thành Nam", "", "Hội CĐV Vụ Bản"), 4
    ),
    # breeding goats
    "de_poor319": lambda p, c: _pick(p, _GOAT_POOR, 2),
    "de_kind319": lambda p, c: _pick(p, _GOAT_KIND, 3),
    "de_count319": lambda p, c: f"{1 + _num(p, 3)} cái + {_num(p, 2) - 1} đực",
    "de_value319": lambda p, c: f"{(3 + _num(p, 3)) * 4_200_000:,}".replace(",", "."),
    "de_commit319": lambda p, c: _pick(p, _GOAT_COMMIT, 4),
    "de_head319": lambda p, c: f"Trưởng thôn {_other_vn(p, 5, True)}",
    "de_phone_head319": lambda p, c: _other_phone(p, "03"),
    "hp_spouse319": lambda p, c: (
        f"{_pick(p, _SAINTS_F if p.male else _SAINTS_M, 7)} {_other_vn(p, 7, not p.male)}"
    ),
    "hp_r2_319": lambda p, c: f"{_sunday(p, 1):%d/%m/%Y}",
    "hp_r1_319": lambda p, c: f"{_sunday(p, 0):%d/%m/%Y}",
    "hp_r3_319": lambda p, c: f"{_sunday(p, 2):%d/%m/%Y}",
    "hp_impediment319": lambda p, c: _pick(p, _IMPEDIMENTS, 8),
    "hp_wedding319": lambda p, c: f"{_sunday(p, 3) - timedelta(days=1):%d/%m/%Y}",
    "hp_parish2_319": lambda p, c: _pick(p, _PARISHES, 9),
}

__all__ = ["WRITERS_BLIND319"]
