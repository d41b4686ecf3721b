"""How the people of the two hundred and thirteenth part of the outside corpus (**blind 213**,
:mod:`lienthong.quality._corpus_blind213`) are written: nine registers of the north-east coast and
its islands after the July 2025 merger of provinces (a casino's entry tickets, settlers sent to an
island, island residents' ferry fares, guests on an overnight cruise, styrofoam floats exchanged,
clam grounds at sea, quan họ singers, maritime pilots, fighting buffaloes), with home addresses
written after the merger or still before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _place, _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_ADDR_CASINO = (
    "Số 18 Lê Thánh Tông, phường Hồng Gai, tỉnh Quảng Ninh",
    "Tổ 4, khu 2, phường Bãi Cháy, thành phố Hạ Long, tỉnh Quảng Ninh",
    "Số 7 Lạch Tray, phường Gia Viên, TP Hải Phòng",
    "Số 102 Văn Cao, phường Đằng Giang, quận Ngô Quyền, TP Hải Phòng",
    "Số 45 Nguyễn Lương Bằng, phường Thanh Bình, TP Hải Dương, tỉnh Hải Dương",
    "Khu Cái Rồng, đặc khu Vân Đồn, tỉnh Quảng Ninh",
    "Số 9 Hùng Vương, phường Móng Cái 1, tỉnh Quảng Ninh",
)
_ADDR_BLV = (
    "Thôn Tây Sơn, xã Đại Hợp, huyện Kiến Thụy, TP Hải Phòng",
    "Thôn 3, xã Kiến Hải, TP Hải Phòng",
    "Khu dân cư số 2, phường Hải An, TP Hải Phòng",
    "Xóm 5, xã Đông Hưng, huyện Tiên Lãng, TP Hải Phòng",
    "Thôn Trung Hà, xã Thủy Nguyên, TP Hải Phòng",
    "Thôn Ngũ Đoan, xã Kiến Thụy, TP Hải Phòng",
)
_ADDR_COTO = (
    "Khu 1, đặc khu Cô Tô, tỉnh Quảng Ninh",
    "Thôn Nam Hà, xã Đồng Tiến, huyện Cô Tô, tỉnh Quảng Ninh",
    "Thôn Hồng Hải, đặc khu Cô Tô, Quảng Ninh",
    "Thôn Thanh Lân, xã Thanh Lân, huyện Cô Tô, tỉnh Quảng Ninh",
    "Khu 3, thị trấn Cô Tô, huyện Cô Tô, tỉnh Quảng Ninh",
)
_ADDR_HDPE = (
    "Thôn Bản Sen, đặc khu Vân Đồn, tỉnh Quảng Ninh",
    "Thôn Đông Hà, xã Quan Lạn, huyện Vân Đồn, tỉnh Quảng Ninh",
    "Thôn Thắng Lợi, xã Thắng Lợi, huyện Vân Đồn, tỉnh Quảng Ninh",
    "Khu 5, phường Hà An, thị xã Quảng Yên, tỉnh Quảng Ninh",
    "Thôn 4, xã Hạ Long, huyện Vân Đồn, tỉnh Quảng Ninh",
    "Khu Cửa Ông, phường Cửa Ông, tỉnh Quảng Ninh",
)
_ADDR_QH = (
    "Thôn Lũng Giang, xã Tiên Du, tỉnh Bắc Ninh",
    "Thôn Hữu Chấp, phường Kinh Bắc, tỉnh Bắc Ninh",
    "Thôn Diềm, xã Hòa Long, thành phố Bắc Ninh, tỉnh Bắc Ninh",
    "Thôn Thổ Hà, xã Vân Hà, huyện Việt Yên, tỉnh Bắc Giang",
    "Số 12 Ngô Gia Tự, phường Vũ Ninh, tỉnh Bắc Ninh",
    "Thôn Đông Mai, xã Tân Yên, tỉnh Bắc Ninh",
)
_ADDR_PILOT = (
    "Số 21 Đà Nẵng, phường Gia Viên, TP Hải Phòng",
    "Số 3/112 Lê Lợi, phường Ngô Quyền, TP Hải Phòng",
    "Tổ 6, khu 1, phường Bãi Cháy, tỉnh Quảng Ninh",
    "Số 58 Trần Phú, phường Cẩm Phả, tỉnh Quảng Ninh",
    "Số 14 Lý Thánh Tông, phường Đồ Sơn, TP Hải Phòng",
    "Khu đô thị Waterfront, phường Vĩnh Niệm, quận Lê Chân, TP Hải Phòng",
)
_ADDR_DS = (
    "Tổ dân phố Đồi 1, phường Ngọc Xuyên, quận Đồ Sơn, TP Hải Phòng",
    "Tổ dân phố Mai Nghĩa, phường Hải Sơn, quận Đồ Sơn, TP Hải Phòng",
    "Tổ dân phố Ngọc Tuyền, phường Minh Đức, quận Đồ Sơn, TP Hải Phòng",
    "Tổ dân phố Trung Nghĩa, phường Bàng La, quận Đồ Sơn, TP Hải Phòng",
    "Tổ dân phố Vạn Hoa, phường Ngọc Xuyên, quận Đồ Sơn, TP Hải Phòng",
)
_WARD_DS = ("Đồ Sơn", "Đồ Sơn", "Nam Đồ Sơn", "Nam Đồ Sơn", "Đồ Sơn")
#: (xã cũ, huyện cũ, tỉnh) of a clam farmer's home: some rows written before the merger
_NGAO_PLACES = (
    ("Nam Thịnh", "Tiền Hải", "Thái Bình"),
    ("Đông Minh", "Tiền Hải", "Thái Bình"),
    ("Thụy Xuân", "Thái Thụy", "Thái Bình"),
    ("xã Đồng Châu", "", "Hưng Yên"),
    ("Thụy Hải", "Thái Thụy", "Thái Bình"),
    ("xã Nam Cường", "", "Hưng Yên"),
)
_HOMETOWNS = ("Kiến Thụy, Hải Phòng", "Tiên Lãng, Hải Phòng", "Ninh Giang, Hải Dương", "Thái Bình")
_BLV_JOBS = ("Khai thác hải sản", "Dịch vụ hậu cần nghề cá", "Giáo viên mầm non", "Y tá trạm y tế")
_FERRIES = ("Tàu cao tốc Hưng Phát", "Tàu Mạnh Quang", "Tàu Cô Tô Express", "Tàu Sao Biển")
_COTO_ROUTES = ("Cái Rồng - Cô Tô", "Cô Tô - Cái Rồng", "Cái Rồng - Thanh Lân", "Cô Tô - Vân Đồn")
_SHIPS = ("Du thuyền Stellar of the Seas", "Du thuyền La Pinta", "Du thuyền Capella", "Tàu Orchid")
_SPECIES = ("Hàu Thái Bình Dương", "Ngao hai cồi", "Cá song", "Cá giò", "Tu hài", "Trai ngọc")
_QH_VILLAGES = ("Làng Diềm", "Làng Lim", "Làng Bồ Sơn", "Làng Hữu Chấp", "Làng Thổ Hà")
_QH_TITLES = ("Nghệ nhân ưu tú", "Không", "Nghệ nhân dân gian", "Không", "Nghệ nhân nhân dân")
_PILOT_ZONES = ("Vùng HTHH bắt buộc khu vực Hải Phòng", "Vùng HTHH bắt buộc khu vực Quảng Ninh")
_PILOT_ORGS = (
    "Cty TNHH MTV Hoa tiêu hàng hải khu vực I",
    "Cty CP Hoa tiêu Tân Cảng",
    "Cty TNHH Hoa tiêu hàng hải Quảng Ninh",
)
_PILOT_RANKS = (
    "Hoa tiêu hạng ba",
    "Hoa tiêu hạng hai",
    "Hoa tiêu hạng nhất",
    "Hoa tiêu ngoại hạng",
)
_GIAP = ("Giáp Đoài", "Giáp Đông", "Giáp Nam", "Giáp Bắc", "Giáp Trung")
_BUFFALO_FROM = ("Mua tại Cao Bằng", "Mua tại Hà Giang", "Nhập từ Lào", "Mua tại Tuyên Quang")
_BUFFALO_RESULT = ("Vào vòng loại", "Dừng vòng 1", "Vào chung kết", "Vào vòng loại", "Không đạt")


def _after(d: date, days: int) -> date:
    return d + timedelta(days=days)


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _pilot_until(p: Person) -> str:
    d = _safe_day(p.other_date.year + 5, p.other_date.month, p.other_date.day)
    return f"{d:%d/%m/%Y}"


WRITERS_BLIND213: dict[str, Callable[[Person, Col], object]] = {
    "casino_ticket213": lambda p, c: f"VD-{p.other_date:%y%m}-{p.bhxh[-5:]}",
    "addr_casino213": lambda p, c: _pick(p, _ADDR_CASINO, 2),
    "income213": lambda p, c: _money((10 + _num(p, 40)) * 1_000_000),
    "income_proof213": lambda p, c: _pick(
        p, ("Sao kê lương 3 tháng", "HĐLĐ + bảng lương", "Tờ khai quyết toán TNCN 2024"), 3
    ),
    "ticket_kind213": lambda p, c: _pick(p, ("Vé 24 giờ", "Vé 24 giờ", "Vé tháng"), 4),
    "fee213": lambda p, c: "1.000.000" if int(p.bhxh) % 3 else "25.000.000",
    "restrict213": lambda p, c: _pick(p, ("", "", "", "Vợ đề nghị hạn chế (đơn ngày 12/5)"), 5),
    "hometown213": lambda p, c: _pick(p, _HOMETOWNS, 2),
    "addr_blv213": lambda p, c: _pick(p, _ADDR_BLV, 3),
    "spouse213": lambda p, c: _other_vn(p, 4, not p.male),
    "kids213": lambda p, c: str(_num(p, 3) - 1),
    "wave213": lambda p, c: f"Đợt {_num(p, 4)}/{p.other_date.year}",
    "job213": lambda p, c: _pick(p, _BLV_JOBS, 5),
    "plot213": lambda p, c: str(80 + 10 * _num(p, 5)),
    "addr_coto213": lambda p, c: _pick(p, _ADDR_COTO, 2),
    "resident_card213": lambda p, c: f"CT{p.bhxh[-6:]}",
    "route213": lambda p, c: _pick(p, _COTO_ROUTES, 3),
    "ferry213": lambda p, c: _pick(p, _FERRIES, 4),
    "trips213": lambda p, c: _num(p, 12),
    "fare213": lambda p, c: _pick(p, ("250.000", "280.000", "300.000"), 5),
    "subsidy213": lambda p, c: "50%",
    "booking213": lambda p, c: f"LH{p.other_date:%m%d}{p.bhxh[-4:]}",
    "doc_kind213": lambda p, c: _pick(p, ("CCCD", "CCCD", "Thẻ căn cước", "CCCD gắn chip"), 2),
    "nationality213": lambda p, c: "Việt Nam",
    "ship213": lambda p, c: _pick(p, _SHIPS, 3),
    "ship_reg213": lambda p, c: f"HP-{_pick(p, ('0812', '3391', '2204', '1175'), 4)}-DL",
    "cabin213": lambda p, c: f"{_num(p, 3)}0{_num(p, 9)}",
    "captain213": lambda p, c: _other_vn(p, 6, True),
    "addr_hdpe213": lambda p, c: _pick(p, _ADDR_HDPE, 2),
    "species213": lambda p, c: _pick(p, _SPECIES, 3),
    "cages213": lambda p, c: _num(p, 60),
    "foam213": lambda p, c: 40 * _num(p, 50),
    "hdpe213": lambda p, c: 30 * _num(p, 50),
    "hdpe_aid213": lambda p, c: _money(150_000 * _num(p, 50)),
    "inspector213": lambda p, c: f"{_other_vn(p, 7)} (Trạm Thủy sản)",
    "commune213": lambda p, c: _place(p, _NGAO_PLACES)[0],
    "district213": lambda p, c: _place(p, _NGAO_PLACES)[1],
    "province213": lambda p, c: _place(p, _NGAO_PLACES)[2],
    "coords213": lambda p, c: (
        f"X: 2{p.bhxh[:6]}; Y: 6{p.bhxh[4:10]}"
        if int(p.bhxh) % 2
        else f"20°{_num(p, 30) + 10}'N 106°{_num(p, 40) + 10}'E"
    ),
    "area213": lambda p, c: f"{_num(p, 40) / 4:.2f}".replace(".", ","),
    "term213": lambda p, c: _pick(p, ("10", "15", "20"), 3),
    "decision213": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "sea_fee213": lambda p, c: _money(3_000_000 * _num(p, 10)),
    "qh_village213": lambda p, c: _pick(p, _QH_VILLAGES, 2),
    "addr_qh213": lambda p, c: _pick(p, _ADDR_QH, 3),
    "qh_club213": lambda p, c: f"CLB quan họ {_pick(p, ('Diềm', 'Lim', 'Bồ Sơn', 'Thổ Hà'), 4)}",
    "qh_role213": lambda p, c: "Liền anh" if p.male else "Liền chị",
    "songs213": lambda p, c: 20 + _num(p, 150),
    "title213": lambda p, c: _pick(p, _QH_TITLES, 5),
    "qh_head213": lambda p, c: _other_vn(p, 8),
    "pilot_rank213": lambda p, c: _pick(p, _PILOT_RANKS, 2),
    "pilot_cert213": lambda p, c: f"{_num(p, 500):03d}/GCNHT-CHHVN",
    "pilot_zone213": lambda p, c: _pick(p, _PILOT_ZONES, 3),
    "pilot_org213": lambda p, c: _pick(p, _PILOT_ORGS, 4),
    "pilot_until213": lambda p, c: _pilot_until(p),
    "pilot_gt213": lambda p, c: _money(5_000 * _num(p, 20)),
    "addr_pilot213": lambda p, c: _pick(p, _ADDR_PILOT, 5),
    "buffalo_no213": lambda p, c: f"Trâu số {_num(p, 16):02d}",
    "ward_ds213": lambda p, c: _pick(p, _WARD_DS, 2),
    "addr_ds213": lambda p, c: _pick(p, _ADDR_DS, 2),
    "giap213": lambda p, c: _pick(p, _GIAP, 3),
    "origin213": lambda p, c: _pick(p, _BUFFALO_FROM, 4),
    "buffalo_body213": lambda p, c: (
        f"{5 + _num(p, 6)} tuổi / vòng ngực {1 + _num(p, 3) / 10:.1f}m".replace(".", ",")
    ),
    "vet213": lambda p, c: f"BSTY {_other_vn(p, 9)}",
    "result213": lambda p, c: _pick(p, _BUFFALO_RESULT, 5),
    "after213": lambda p, c: f"{_after(p.other_date, 3):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND213"]
