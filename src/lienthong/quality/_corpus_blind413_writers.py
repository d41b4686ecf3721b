"""How the people of the four-hundred-and-thirteenth part of the outside corpus (**blind 413**,
:mod:`lienthong.quality._corpus_blind413`) are written: four Vietnamese files' own columns (a
rebuilt market's draw of stalls, goods held from street vendors, stall rent arrears, vendors
carded at a tourist site) and Guatemalan, Indian, Cameroonian, Portuguese and Indonesian
vendors' names, addresses, phones and numbers in the forms their cards show (the CUI with its
mod-11 digit, the Aadhaar with its Verhoeff digit, the CNI, the cartão de cidadão with its
check digit beside the NIF, the NIK)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind101_writers import (
    _CM_FAMILY,
    _CM_GIVEN_F,
    _CM_GIVEN_M,
    _cm_phone,
)
from lienthong.quality._corpus_blind114_writers import _pt_name, _pt_phone
from lienthong.quality._corpus_blind116_writers import (
    _GT_FAMILY,
    _GT_GIVEN_F,
    _GT_GIVEN_M,
    _GT_STREETS,
    _cui,
    _gt_place,
)
from lienthong.quality._corpus_blind117_writers import _ID_FAMILY, _ID_GIVEN_F, _ID_GIVEN_M, _nik
from lienthong.quality._corpus_blind117_writers import _ID_PLACES as _ID_HOMES
from lienthong.quality._corpus_blind150_writers import _nif_pt

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ZONES = ("Khu A - Rau củ", "Khu B - Thịt cá", "Khu C - Vải sợi", "Khu D - Tạp hóa", "Nhà lồng")
_VN_GOODS = ("Rau củ quả", "Thịt heo", "Cá tươi", "Quần áo", "Tạp hóa", "Trái cây", "Hoa tươi")
_VN_HELD = (
    "01 xe đẩy, 12 kg trái cây",
    "01 gánh hàng, 30 bó rau",
    "02 bàn nhựa, 10 ghế nhựa",
    "01 xe đạp chở hàng, 40 bắp ngô",
    "01 dù che, 25 nón lá",
)
_VN_PLACES = (
    "Vỉa hè trước số 45 Trần Hưng Đạo",
    "Cổng chợ Bến Thành, cửa Tây",
    "Khu vực Hồ Gươm, phố Đinh Tiên Hoàng",
    "Vòng xoay Phù Đổng",
    "Lòng đường Bạch Đằng, đoạn công viên",
)
_VN_OFFICERS = ("Nguyễn Văn Tâm", "Lê Minh Quân", "Trần Thị Hoa", "Phạm Đức Thắng")
_VN_RESULT = ("Đã trả lại", "Đã trả lại", "Chưa đến nhận", "Tịch thu, tiêu hủy", "Đã nộp phạt")
_VN_SITES = ("Phố cổ Hội An", "Chợ đêm Sơn Trà", "Bãi biển An Bàng", "Khu Chùa Cầu")
_VN_ARREARS = ("Nhắc nhở lần 1", "Nhắc nhở lần 2", "Cam kết trả dần", "Đã thanh toán")
_GT_MARKETS = ("Mercado La Terminal", "Mercado Central", "Mercado El Guarda", "Mercado Colón")
_GT_GIROS = ("Verduras", "Comedor", "Ropa típica", "Abarrotes", "Frutas", "Carnicería")
_IN_FAMILY = ("Kumar", "Yadav", "Devi", "Sharma", "Gupta", "Shaikh", "Patil")
_IN_GIVEN_M = ("Ramesh", "Suresh", "Mohammed Irfan", "Santosh", "Raju", "Anil")
_IN_GIVEN_F = ("Sunita", "Lakshmi", "Rekha", "Shabana", "Geeta", "Meena")
_IN_ZONES = ("Dadar West", "Kurla (W)", "Andheri East", "Ghatkopar", "Malad West")
_IN_WARDS = ("G/North", "L", "K/East", "N", "P/North")
_IN_TRADES = ("Vegetables", "Fruits", "Vada pav / Snacks", "Flowers", "Garments", "Tea stall")
_CM_MARKETS = (
    "Marché Mokolo",
    "Marché Central",
    "Marché Mfoundi",
    "Marché Essos",
    "Marché Mvog-Mbi",
)
_CM_GOODS = ("Vivres frais", "Friperie", "Poissons fumés", "Quincaillerie", "Beignets-haricots")
_PT_HOMES = (
    ("Rua do Bonfim, 214, 1.º Dto.", "4300-069", "Porto"),
    ("Travessa da Póvoa, 8", "4440-501", "Valongo"),
    ("Rua Heróis de França, 77, R/C", "4450-158", "Matosinhos"),
    ("Avenida da República, 1205, 3.º Esq.", "4430-204", "Vila Nova de Gaia"),
)
_PT_PRODUCTS = ("Frutas e legumes", "Castanhas assadas", "Gelados", "Artesanato", "Farturas")
_ID_GOODS = ("Bakso keliling", "Gorengan", "Es teh", "Sayur mayur", "Pulsa & aksesori HP")
_ID_ZONES = ("Zona Hijau", "Zona Kuning", "Zona Merah (dilarang)", "Zona Kuning")


def _aadhaar(p: Person) -> str:
    digits = _verhoeff(f"{2 + int(p.bhxh[0]) % 8}{p.bhxh[-10:]}")
    return f"{digits[:4]} {digits[4:8]} {digits[8:]}"


def _cc_pt(p: Person) -> str:
    """A civil identification number: eight digits and its mod-11 check digit."""
    body = f"1{p.bhxh[-7:]}"
    total = sum(int(ch) * w for ch, w in zip(body, range(9, 1, -1), strict=True))
    return f"{body} {(11 - total % 11) % 11 % 10}"


def _cni_cm(p: Person) -> str:
    return f"1{p.bhxh[-8:]}"


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


WRITERS_BLIND413: dict[str, Callable[[Person, Col], object]] = {
    # a rebuilt market's draw of stalls
    "stall413": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 2)}-{_num(p, 120):03d}",
    "zone413": lambda p, c: _pick(p, _VN_ZONES, 3),
    "goods413": lambda p, c: _pick(p, _VN_GOODS, 4),
    "area413": lambda p, c: f"{2 + _num(p, 8) / 2:.1f}".replace(".", ","),
    "lot413": lambda p, c: f"{_num(p, 300)}",
    "old_stall413": lambda p, c: f"Chợ cũ - sạp {p.bhxh[-3:]}",
    # goods held from street vendors
    "record413": lambda p, c: f"{_num(p, 400)}/BB-TGTV",
    "place413": lambda p, c: _pick(p, _VN_PLACES, 2),
    "held413": lambda p, c: _pick(p, _VN_HELD, 3),
    "officer413": lambda p, c: _pick(p, _VN_OFFICERS, 4),
    "fine413": lambda p, c: _money(300_000 + _num(p, 5) * 100_000),
    "result413": lambda p, c: _pick(p, _VN_RESULT, 5),
    # stall rent arrears
    "kiosk413": lambda p, c: f"K{_num(p, 90):02d}",
    "contract413": lambda p, c: f"{_num(p, 500)}/HĐ-BQLC",
    "rent413": lambda p, c: _money(600_000 + _num(p, 20) * 50_000),
    "months413": lambda p, c: f"{_num(p, 9)}",
    "debt413": lambda p, c: _money((600_000 + _num(p, 20) * 50_000) * _num(p, 9)),
    "arrears413": lambda p, c: _pick(p, _VN_ARREARS, 6),
    # vendors carded at a tourist site
    "card413": lambda p, c: f"HR-{p.bhxh[-4:]}",
    "site413": lambda p, c: _pick(p, _VN_SITES, 2),
    "uniform413": lambda p, c: _pick(p, ("Áo xanh số 12", "Áo xanh số 7", "Nón + áo", "Chưa nhận")),
    "guarantor413": lambda p, c: _other_vn(p, 6, int(p.bhxh) % 2 == 0, p.family),
    # Guatemala: a municipal market's stall holders
    "gt_cui413": lambda p, c: (lambda d: f"{d[:4]} {d[4:9]} {d[9:]}")(_cui(p)),
    "gt_giv413": lambda p, c: _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 1),
    "gt_fam413": lambda p, c: _pick(p, _GT_FAMILY, 2),
    "sex_gt413": lambda p, c: "Masculino" if p.male else "Femenino",
    "gt_street413": lambda p, c: _pick(p, _GT_STREETS, 3),
    "gt_muni413": lambda p, c: _gt_place(p)[1],
    "gt_dept413": lambda p, c: _gt_place(p)[2],
    "phone_gt413": lambda p, c: f"{_pick(p, ('5', '4', '3'), 4)}{p.phone[4:7]}-{p.phone[6:10]}",
    "gt_market413": lambda p, c: _pick(p, _GT_MARKETS, 5),
    "gt_local413": lambda p, c: f"Local {_num(p, 400)}",
    "gt_giro413": lambda p, c: _pick(p, _GT_GIROS, 6),
    "gt_fee413": lambda p, c: f"Q {30 + _num(p, 10) * 5}.00",
    # India: PM SVANidhi street vendors
    "in_aadhaar413": lambda p, c: _aadhaar(p),
    "in_name413": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}"
    ),
    "sex_in413": lambda p, c: "Male" if p.male else "Female",
    "in_father413": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 5)} {_pick(p, _IN_FAMILY, 2)}",
    "phone_in413": lambda p, c: f"{_pick(p, ('98', '97', '88', '70'), 3)}{p.phone[2:10]}",
    "in_addr413": lambda p, c: (
        f"Room {_num(p, 40)}, {_pick(p, ('Chawl No. 3', 'Building 7', 'Nagar Wasti'), 2)}, "
        f"{_pick(p, _IN_ZONES, 4)}, Mumbai"
    ),
    "in_pin413": lambda p, c: f"4000{_num(p, 99):02d}",
    "in_ward413": lambda p, c: _pick(p, _IN_WARDS, 4),
    "in_trade413": lambda p, c: _pick(p, _IN_TRADES, 5),
    "in_cov413": lambda p, c: f"MH/MCGM/{p.bhxh[-6:]}",
    "in_loan413": lambda p, c: _pick(p, ("10000", "20000", "50000", "10000"), 6),
    "in_bank413": lambda p, c: _pick(p, ("SBI Dadar", "Bank of Baroda Kurla", "Canara Bank"), 7),
    # Cameroon: a council's market traders
    "cm_cni413": lambda p, c: _cni_cm(p),
    "cm_name413": lambda p, c: (
        f"{_pick(p, _CM_FAMILY, 2)} {_by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F, 1)}"
    ),
    "sex_cm413": lambda p, c: "M" if p.male else "F",
    "phone_cm413": lambda p, c: _cm_phone(p),
    "cm_quarter413": lambda p, c: _pick(p, ("Mokolo", "Briqueterie", "Nkolbisson", "Essos"), 3),
    "cm_market413": lambda p, c: _pick(p, _CM_MARKETS, 4),
    "cm_goods413": lambda p, c: _pick(p, _CM_GOODS, 5),
    "cm_ticket413": lambda p, c: f"CUY/{p.bhxh[-5:]}",
    "cm_tax413": lambda p, c: f"{15_000 + _num(p, 6) * 5_000} FCFA",
    "cm_nui413": lambda p, c: f"P{p.bhxh[-12:]}{_pick(p, ('A', 'B', 'K'), 2)}",
    # Portugal: itinerant vendors' cards
    "pt_cc413": lambda p, c: _cc_pt(p),
    "pt_nif413": lambda p, c: _nif_pt(p),
    "pt_name413": lambda p, c: _pt_name(p),
    "pt_street413": lambda p, c: _PT_HOMES[_num(p, 4) - 1][0],
    "pt_post413": lambda p, c: _PT_HOMES[_num(p, 4) - 1][1],
    "pt_town413": lambda p, c: _PT_HOMES[_num(p, 4) - 1][2],
    "phone_pt413": lambda p, c: _pt_phone(p),
    "pt_card413": lambda p, c: f"VA-{_num(p, 900)}/2026",
    "pt_product413": lambda p, c: _pick(p, _PT_PRODUCTS, 5),
    "pt_plate413": lambda p, c: f"{p.bhxh[-2:]}-{_pick(p, ('AB', 'TR', 'QZ'), 3)}-{p.bhxh[2:4]}",
    # Indonesia: pedagang kaki lima
    "id_nik413": lambda p, c: _nik(p),
    "id_name413": lambda p, c: f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY)}",
    "sex_id413": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "id_street413": lambda p, c: _ID_HOMES[int(p.bhxh) // 13 % len(_ID_HOMES)][0],
    "id_kel413": lambda p, c: _ID_HOMES[int(p.bhxh) // 13 % len(_ID_HOMES)][1],
    "id_kec413": lambda p, c: _ID_HOMES[int(p.bhxh) // 13 % len(_ID_HOMES)][2],
    "id_kab413": lambda p, c: _ID_HOMES[int(p.bhxh) // 13 % len(_ID_HOMES)][4],
    "phone_id413": lambda p, c: (
        f"08{_pick(p, ('12', '13', '57', '77'), 3)}-{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "id_goods413": lambda p, c: _pick(p, _ID_GOODS, 4),
    "id_zone413": lambda p, c: _pick(p, _ID_ZONES, 5),
    "id_tdup413": lambda p, c: f"503/{_num(p, 800)}/TDUP-PKL/2026",
    "id_kk413": lambda p, c: f"{_nik(p)[:6]}{p.bhxh[-10:]}",
}

__all__ = ["WRITERS_BLIND413"]
