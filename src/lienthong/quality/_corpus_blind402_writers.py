"""How the people of the four-hundred-and-second part of the outside corpus (**blind 402**,
:mod:`lienthong.quality._corpus_blind402`) are written: four Vietnamese files' own columns (a
tax agent's practising staff and their certificates, a household business's first tax
registration and its sales channel, a notice of temporary suspension, an e-commerce platform's
seller report) and Indian, Indonesian, Mexican, Kenyan and Philippine sellers' names, addresses,
phones and numbers in the forms their cards show (the PAN and the GSTIN with its mod-36 check
character, the masked Aadhaar, the NIK with the birth day, the old 15-digit NPWP, the CURP and
the RFC with their check characters, the KRA PIN, the TIN with its branch code, the PhilSys
card number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind177_writers import _curp177, _mx_names, _rfc177
from lienthong.quality._corpus_blind302_writers import _ID_PLACES, _idx, _nik
from lienthong.quality._corpus_blind353_writers import (
    _IN_FAMILY,
    _IN_GIVEN_F,
    _IN_GIVEN_M,
    _aadhaar_masked,
    _ke_id,
    _kra_pin,
    _pan,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_AGENTS = (
    ("Công ty TNHH Đại lý thuế Minh Khang", "0316457821"),
    ("Công ty TNHH Dịch vụ thuế Sài Gòn Tâm Việt", "0314892035"),
    ("Đại lý thuế Phúc An - Chi nhánh Thủ Đức", "0317203564-001"),
    ("Công ty CP Tư vấn thuế và Kế toán Hưng Thịnh", "0108834720"),
)
_VN_AGENT_ROLES = ("Nhân viên ĐLT", "Giám đốc", "Kế toán trưởng", "Nhân viên ĐLT", "Trưởng nhóm")
_VN_PRACTICE = ("Đang hành nghề", "Đang hành nghề", "Tạm dừng", "Đã thông báo nghỉ việc")
_VN_HKD = ("Hộ KD {n} Shop", "Hộ kinh doanh {n}", "Tiệm {n}", "HKD Cơm tấm {n}")
_VN_SITES = (
    "Kiốt 12 Chợ Bà Chiểu, Phường Bình Thạnh, TP. Hồ Chí Minh",
    "45A Nguyễn Trãi, Phường Bến Thành, TP. Hồ Chí Minh",
    "Kinh doanh trực tuyến, không có địa điểm cố định",
    "Sạp B3-07 Chợ Tân Định, Phường Tân Định, TP. Hồ Chí Minh",
    "218 Lê Văn Sỹ, Phường Nhiêu Lộc, TP. Hồ Chí Minh",
)
_VN_TRADES = (
    "Bán lẻ quần áo, giày dép",
    "Bán lẻ mỹ phẩm",
    "Dịch vụ ăn uống",
    "Bán lẻ đồ gia dụng qua mạng",
    "Bán lẻ thực phẩm khô, đặc sản",
    "Sửa chữa điện thoại",
)
_VN_CHANNELS = (
    "Shopee",
    "TikTok Shop",
    "Cửa hàng + Facebook",
    "Lazada, Shopee",
    "Cửa hàng cố định",
    "Zalo, Facebook",
)
_VN_REASONS = (
    "Sửa chữa mặt bằng",
    "Chủ hộ ốm đau",
    "Chuyển địa điểm kinh doanh",
    "Doanh thu giảm, tạm nghỉ",
    "Về quê chăm sóc bố mẹ",
)
_VN_PLATFORMS = ("Shopee", "Lazada", "TikTok Shop", "Tiki", "Sendo")
_VN_GOODS = (
    "Thời trang nữ",
    "Mẹ & Bé",
    "Sắc đẹp",
    "Nhà cửa & Đời sống",
    "Thực phẩm & Đồ uống",
    "Phụ kiện điện thoại",
)
_IN_PLACES = (
    (
        "Flat 302, Sai Krupa CHS, Plot 14, Sector 17, Vashi",
        "Navi Mumbai",
        "Maharashtra",
        "400703",
        "27",
    ),
    ("No. 48, 3rd Cross, Jayanagar 4th Block", "Bengaluru", "Karnataka", "560011", "29"),
    ("H.No. 2-3-415, Amberpet", "Hyderabad", "Telangana", "500013", "36"),
    ("C-112, Lajpat Nagar II", "New Delhi", "Delhi", "110024", "07"),
    ("12/5 Ramanathan Street, T. Nagar", "Chennai", "Tamil Nadu", "600017", "33"),
)
_IN_CATEGORIES = ("Apparel", "Home & Kitchen", "Handicrafts", "Beauty", "Mobile Accessories")
_ID_SHOPS = ("Toko {n} Collection", "{n} Snack Store", "Grosir {n}", "{n} Hijab Official")
_ID_MARKET = ("Tokopedia", "Shopee", "TikTok Shop", "Lazada", "Bukalapak")
_ID_NAMES_M = ("Budi Santoso", "Agus Hidayat", "Ahmad Saputra", "Dedi Kurniawan", "Rudi Setiawan")
_ID_NAMES_F = ("Siti Rahayu", "Dewi Lestari", "Sri Wulandari", "Nur Aminah", "Rina Handayani")
_ID_BIRTHPLACES = ("Bogor", "Jember", "Bone", "Medan", "Semarang", "Surabaya", "Padang")
_MX_PLACES = (
    (
        "Av. Insurgentes Sur 1235 Int. 4",
        "Del Valle",
        "Benito Juárez",
        "Ciudad de México",
        "03100",
        "DF",
        "55",
    ),
    ("Calle Hidalgo 418", "Centro", "Guadalajara", "Jalisco", "44100", "JC", "33"),
    (
        "Privada Los Olivos 27",
        "Residencial Cumbres",
        "Monterrey",
        "Nuevo León",
        "64610",
        "NL",
        "81",
    ),
    ("Calle 60 No. 512 x 65 y 67", "Centro", "Mérida", "Yucatán", "97000", "YN", "999"),
    (
        "Blvd. Kukulcán Mz 3 Lt 12",
        "Zona Hotelera",
        "Benito Juárez",
        "Quintana Roo",
        "77500",
        "QR",
        "998",
    ),
)
_MX_PLATFORMS = ("Mercado Libre", "Amazon México", "Airbnb", "Shein Marketplace", "Uber Eats")
_KE_FIRST_M = ("John", "Peter", "Brian", "Kevin", "Samuel", "Dennis")
_KE_FIRST_F = ("Mary", "Grace", "Faith", "Mercy", "Esther", "Caroline")
_KE_MIDDLE = ("Kamau", "Otieno", "Wanjiru", "Achieng", "Kiprono", "Mutua", "Njeri")
_KE_LAST = ("Mwangi", "Ochieng", "Kariuki", "Odhiambo", "Kipchoge", "Wambui", "Mutiso")
_KE_PLACES = (
    ("Tom Mboya Street, Ambank House", "Nairobi", "Nairobi"),
    ("Oginga Odinga Road", "Kisumu", "Kisumu"),
    ("Moi Avenue, Nyali", "Mombasa", "Mombasa"),
    ("Kenyatta Avenue", "Nakuru", "Nakuru"),
    ("Uganda Road, Pioneer", "Eldoret", "Uasin Gishu"),
)
_KE_OBLIGATIONS = ("Turnover Tax", "Income Tax - Resident Individual", "Turnover Tax, VAT")
_PH_LAST = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva")
_PH_FIRST_M = ("Juan Carlo", "Mark Anthony", "Jose Miguel", "Rodel", "Jericho")
_PH_FIRST_F = ("Maria Cristina", "Jasmine", "Kristine Joy", "Rowena", "Angelica")
_PH_MIDDLE = ("Ramos", "Aquino", "Castillo", "Flores", "Navarro", "Soriano")
_PH_PLACES = (
    ("Blk 12 Lot 7 Phase 2, Sampaguita St.", "Brgy. Molino III", "Bacoor City", "Cavite", "049"),
    ("123-B Kalayaan Ave.", "Brgy. Pinyahan", "Quezon City", "Metro Manila", "038"),
    ("Purok 4", "Brgy. Lahug", "Cebu City", "Cebu", "081"),
    ("45 Rizal St.", "Brgy. Poblacion", "Davao City", "Davao del Sur", "113"),
)
_PH_LINES = ("Online selling - clothing", "Online selling - food", "Reseller - cosmetics")


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt + 3) % len(table)]


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _since(p: Person, days: int) -> date:
    """A day some time before ``p.other_date`` (never before the person turned 18)."""
    day = p.other_date - timedelta(days=_num(p, days))
    adult = date(p.birth.year + 18, p.birth.month, min(p.birth.day, 28))
    return max(day, adult)


def _gstin(p: Person) -> str:
    """A GSTIN: the state code, the PAN, the entity number, ``Z`` and the mod-36 check."""
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    head = f"{_place(p, _IN_PLACES, 1)[4]}{_pan(p)}{_num(p, 3)}Z"
    total = 0
    for i, ch in enumerate(head):
        prod = chars.index(ch) * (2 if i % 2 else 1)
        total += prod // 36 + prod % 36
    return f"{head}{chars[(36 - total % 36) % 36]}"


def _in_phone(p: Person) -> str:
    return f"+91 {'9876'[int(p.bhxh[0]) % 4]}{p.bhxh[1:5]} {p.bhxh[5:10]}"


def _id_name(p: Person) -> str:
    return _by_sex(p, _ID_NAMES_M, _ID_NAMES_F, 3)


def _npwp15(p: Person) -> str:
    """An old 15-digit NPWP ``99.999.999.9-999.000``: eight digits, the Luhn-like ninth, the KPP
    code and the branch."""
    body = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:8]}"
    total = sum(
        int(ch) if i % 2 == 0 else sum(divmod(int(ch) * 2, 10)) for i, ch in enumerate(body)
    )
    check = (10 - total % 10) % 10
    kpp = ("436", "412", "801", "121", "508")[_idx(p, 3, 5)]
    return f"{body[:2]}.{body[2:5]}.{body[5:8]}.{check}-{kpp}.000"


def _mx_place(p: Person) -> tuple[str, ...]:
    return _place(p, _MX_PLACES, 2)


def _ke_names(p: Person) -> tuple[str, str, str]:
    return (
        _by_sex(p, _KE_FIRST_M, _KE_FIRST_F, 1),
        _pick(p, _KE_MIDDLE, 2),
        _pick(p, _KE_LAST, 4),
    )


def _ph_tin(p: Person) -> str:
    return f"{p.bhxh[1:4]}-{p.bhxh[4:7]}-{p.bhxh[7:10]}-000"


def _ph_address(p: Person) -> str:
    street, brgy, city, prov, _ = _place(p, _PH_PLACES, 4)
    return f"{street}, {brgy}, {city}, {prov}"


WRITERS_BLIND402: dict[str, Callable[[Person, Col], object]] = {
    "cert402": lambda p, c: f"{_num(p, 900) + 1:04d}/CCHN-TCT/{p.other_date.year}",
    "agent402": lambda p, c: _place(p, _VN_AGENTS, 1)[0],
    "agent_mst402": lambda p, c: _place(p, _VN_AGENTS, 1)[1],
    "role402": lambda p, c: _pick(p, _VN_AGENT_ROLES, 2),
    "contract402": lambda p, c: f"{_num(p, 150):03d}/{2020 + _num(p, 5)}/HĐLĐ",
    "practice402": lambda p, c: _pick(p, _VN_PRACTICE, 3),
    "dossier402": lambda p, c: f"HS-DKT-{p.other_date:%y%m}-{p.bhxh[-5:]}",
    "hkd402": lambda p, c: _pick(p, _VN_HKD, 4).format(n=p.given.split()[-1]),
    "site402": lambda p, c: _pick(p, _VN_SITES, 5),
    "trade402": lambda p, c: _pick(p, _VN_TRADES, 6),
    "channel402": lambda p, c: _pick(p, _VN_CHANNELS, 7),
    "officer402": lambda p, c: _other_vn(p, 4),
    "reason402": lambda p, c: _pick(p, _VN_REASONS, 8),
    "notice402": lambda p, c: f"{_num(p, 600)}/TB-TCS",
    "until402": lambda p, c: f"{p.other_date + timedelta(days=30 * (1 + _num(p, 11))):%d/%m/%Y}",
    "platform402": lambda p, c: _pick(p, _VN_PLATFORMS, 9),
    "shop402": lambda p, c: f"{p.given.split()[-1]} Store {p.bhxh[-2:]}",
    "shop_id402": lambda p, c: f"{int(p.bhxh) % 900_000_000 + 100_000_000}",
    "goods402": lambda p, c: _pick(p, _VN_GOODS, 10),
    "orders402": lambda p, c: _num(p, 2400),
    "revenue402": lambda p, c: _vnd(_num(p, 900) * 1_250_000),
    "period402": lambda p, c: f"Quý {_num(p, 4)}/2026",
    "opened402": lambda p, c: f"{_since(p, 900):%d/%m/%Y}",
    "in_given402": lambda p, c: _by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1),
    "in_family402": lambda p, c: _pick(p, _IN_FAMILY, 2),
    "sex_in402": lambda p, c: "Male" if p.male else "Female",
    "pan402": lambda p, c: _pan(p),
    "gstin402": lambda p, c: _gstin(p),
    "aadhaar402": lambda p, c: _aadhaar_masked(p),
    "in_street402": lambda p, c: _place(p, _IN_PLACES, 1)[0],
    "in_city402": lambda p, c: _place(p, _IN_PLACES, 1)[1],
    "in_state402": lambda p, c: _place(p, _IN_PLACES, 1)[2],
    "in_pin402": lambda p, c: _place(p, _IN_PLACES, 1)[3],
    "phone_in402": lambda p, c: _in_phone(p),
    "in_cat402": lambda p, c: _pick(p, _IN_CATEGORIES, 3),
    "tcs402": lambda p, c: f"{_num(p, 500) * 37.5:,.2f}",
    "nik402": lambda p, c: _nik(p),
    "npwp402": lambda p, c: _npwp15(p),
    "id_name402": lambda p, c: _id_name(p),
    "id_birthplace402": lambda p, c: _pick(p, _ID_BIRTHPLACES, 2),
    "sex_id402": lambda p, c: "L" if p.male else "P",
    "id_street402": lambda p, c: _ID_PLACES[_idx(p, 3, 5)][0],
    "id_desa402": lambda p, c: _ID_PLACES[_idx(p, 3, 5)][1],
    "id_kab402": lambda p, c: _ID_PLACES[_idx(p, 3, 5)][2],
    "phone_id402": lambda p, c: f"08{'15237'[int(p.bhxh[0]) % 5]}{p.bhxh[1:4]}-{p.bhxh[4:9]}",
    "id_shop402": lambda p, c: _pick(p, _ID_SHOPS, 4).format(n=_id_name(p).split()[0]),
    "id_market402": lambda p, c: _pick(p, _ID_MARKET, 5),
    "omzet402": lambda p, c: f"Rp {_num(p, 480) * 1_000_000:,}".replace(",", "."),
    "curp402": lambda p, c: _curp177(p, _mx_place(p)[5]),
    "rfc402": lambda p, c: _rfc177(p),
    "mx_given402": lambda p, c: _mx_names(p)[2],
    "mx_pat402": lambda p, c: _mx_names(p)[0],
    "mx_mat402": lambda p, c: _mx_names(p)[1],
    "sex_mx402": lambda p, c: "Hombre" if p.male else "Mujer",
    "mx_street402": lambda p, c: _mx_place(p)[0],
    "mx_col402": lambda p, c: _mx_place(p)[1],
    "mx_mun402": lambda p, c: _mx_place(p)[2],
    "mx_state402": lambda p, c: _mx_place(p)[3],
    "mx_cp402": lambda p, c: _mx_place(p)[4],
    "phone_mx402": lambda p, c: f"{_mx_place(p)[6]} {p.bhxh[:4]} {p.bhxh[4:8]}",
    "mx_platform402": lambda p, c: _pick(p, _MX_PLATFORMS, 6),
    "ke_id402": lambda p, c: _ke_id(p),
    "kra402": lambda p, c: _kra_pin(p),
    "ke_first402": lambda p, c: _ke_names(p)[0],
    "ke_middle402": lambda p, c: _ke_names(p)[1],
    "ke_last402": lambda p, c: _ke_names(p)[2],
    "sex_ke402": lambda p, c: "M" if p.male else "F",
    "phone_ke402": lambda p, c: f"+254 7{p.bhxh[1:3]} {p.bhxh[3:9]}",
    "ke_street402": lambda p, c: _place(p, _KE_PLACES, 3)[0],
    "ke_town402": lambda p, c: _place(p, _KE_PLACES, 3)[1],
    "ke_county402": lambda p, c: _place(p, _KE_PLACES, 3)[2],
    "ke_business402": lambda p, c: f"{_ke_names(p)[2]} Online Traders",
    "ke_oblig402": lambda p, c: _pick(p, _KE_OBLIGATIONS, 5),
    "tin_ph402": lambda p, c: _ph_tin(p),
    "pcn_ph402": lambda p, c: (
        f"{p.bhxh[:4]}-{p.bhxh[4:8]}-{p.bhxh[8:]}{p.phone[-2:]}-{p.phone[2:6]}"
    ),
    "ph_last402": lambda p, c: _pick(p, _PH_LAST, 2),
    "ph_first402": lambda p, c: _by_sex(p, _PH_FIRST_M, _PH_FIRST_F, 1),
    "ph_middle402": lambda p, c: _pick(p, _PH_MIDDLE, 5),
    "sex_ph402": lambda p, c: "MALE" if p.male else "FEMALE",
    "ph_addr402": lambda p, c: _ph_address(p),
    "phone_ph402": lambda p, c: f"09{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:10]}",
    "rdo402": lambda p, c: _place(p, _PH_PLACES, 4)[4],
    "ph_line402": lambda p, c: _pick(p, _PH_LINES, 6),
    "ph_civil402": lambda p, c: _pick(p, ("Single", "Married", "Married", "Widowed"), 7),
}
