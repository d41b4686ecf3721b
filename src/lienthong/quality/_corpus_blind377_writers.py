"""How the people of the three-hundred-and-seventy-seventh part of the outside corpus (**blind
377**, :mod:`lienthong.quality._corpus_blind377`) are written: market traders and street
vendors, in Vietnam (stall holders who lost goods in a market fire, vendors allowed on a
sidewalk, traders paid a COVID-19 support, traders drawing their stall in a temporary market)
and in Kenya, Guatemala, the Philippines, Morocco and Slovakia (the stall, the goods, the fee,
the licence, the market officer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind14_writers import _cin_ma, _ma_place, _rodne_cislo
from lienthong.quality._corpus_blind17_writers import _cui_gt, _gt_place
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _kra_pin
from lienthong.quality._corpus_blind117_writers import _psn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (ward, district, the market)
_VN_MARKETS = (
    ("Phường Bến Thành", "Quận 1", "Chợ Bến Thành"),
    ("Phường 14", "Quận 5", "Chợ Kim Biên"),
    ("Phường Đồng Xuân", "Quận Hoàn Kiếm", "Chợ Đồng Xuân"),
    ("Phường Vĩnh Ninh", "TP Huế", "Chợ Đông Ba"),
    ("Phường Hải Châu 1", "Quận Hải Châu", "Chợ Hàn"),
    ("Phường An Lạc", "Quận Ninh Kiều", "Chợ Tân An"),
)
_VN_GOODS = (
    "Vải sợi", "Quần áo may sẵn", "Giày dép", "Tạp hóa", "Thực phẩm khô", "Mỹ phẩm",
    "Đồ nhựa gia dụng", "Rau củ quả", "Thịt heo", "Hàng mã", "Vàng bạc (quầy)",
)  # fmt: skip
_SIDEWALK = (
    "Trước số 12 Lê Lợi", "Góc Nguyễn Huệ - Ngô Đức Kế", "Vỉa hè chẵn đường Hai Bà Trưng",
    "Trước cổng trường TH Kim Đồng", "Lề phải đường Trần Hưng Đạo (đoạn 45-61)",
)  # fmt: skip
_SIDEWALK_GOODS = ("Bánh mì", "Nước mía", "Trái cây", "Vé số", "Bắp nướng", "Xôi", "Báo")
_HOURS = ("06h-09h", "15h-21h", "17h-22h", "05h30-10h", "Cả ngày trừ 11h-13h")
_BANKS = ("Agribank CN Q1", "Vietcombank", "BIDV Hàm Nghi", "VietinBank", "Tiền mặt")
_OFFICERS = ("Trần Văn Lộc", "Phạm Thị Thu", "Lê Minh Quân", "Võ Thị Nga", "Đỗ Văn Hải")
_FIRE_STATUS = ("Đã nhận", "Đã nhận", "Chưa nhận", "Ủy quyền nhận thay")
_DRAW_NOTES = ("", "", "Sạp góc", "Xin đổi sạp", "Bốc thăm lại", "Vắng, ủy quyền")
_HELPERS = ("Con gái", "Em ruột", "Con trai", "Chồng", "Vợ")

_KE_GIVEN_M = ("Otieno Brian", "Kamau Peter", "Mwangi Joseph", "Ochieng Kevin", "Kiprop Daniel")
_KE_GIVEN_F = ("Akinyi Mercy", "Wanjiku Grace", "Njeri Faith", "Atieno Beatrice", "Chebet Ruth")
_KE_MARKETS = (("Gikomba", "Nairobi", "00100"), ("Marikiti", "Nairobi", "00100"),
               ("Kongowea", "Mombasa", "80100"), ("Kibuye", "Kisumu", "40100"),
               ("Wakulima", "Nakuru", "20100"))  # fmt: skip
_KE_WARDS = ("Kamukunji", "Pumwani", "Kisauni", "Kondele", "Bondeni", "Eastleigh North")
_KE_GOODS = ("Mitumba", "Vegetables", "Fish (omena)", "Cereals", "Hardware", "Shoes")

_GT_GIVEN_M = ("José Luis", "Juan Carlos", "Mario René", "Byron Estuardo", "Edgar Rolando")
_GT_GIVEN_F = ("María Elena", "Ana Lucía", "Rosa Amalia", "Glenda Maribel", "Sandra Patricia")
_GT_FAMILY = ("López Pérez", "García Xoc", "Hernández Cuc", "Morales Ajú", "Chávez Tzul")
_GT_MERCADOS = ("Mercado La Terminal", "Mercado Central", "Mercado La Democracia", "Mercado Sur 2")
_GT_GIROS = ("Verduras", "Frutas", "Carnicería", "Abarrotes", "Ropa típica", "Comedor")

_PH_GIVEN_M = ("Juan", "Mark Anthony", "Rodel", "Jerome", "Romeo")
_PH_GIVEN_F = ("Maria Cristina", "Lorna", "Jennifer", "Rowena", "Analyn")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza")
_PH_MIDDLE = ("Garcia", "Ramos", "Aquino", "Torres", "Castillo")
_PH_PLACES = (("Brgy. 649", "Manila", "1001"), ("Brgy. Baclaran", "Parañaque", "1702"),
              ("Brgy. Commonwealth", "Quezon City", "1121"), ("Brgy. Carbon", "Cebu City", "6000"),
              ("Brgy. Bankerohan", "Davao City", "8000"))  # fmt: skip
_PH_STREETS = ("Rizal Ave.", "Mabini St.", "Taft Ave.", "Osmeña Blvd.", "Quirino St.")
_PH_GOODS = ("Gulay", "Isda", "Karne", "Bigas", "Ukay-ukay", "Sari-sari", "Prutas")

_MA_GIVEN_M = ("Mohamed", "Youssef", "Abdelaziz", "Hassan", "Rachid")
_MA_GIVEN_F = ("Fatima", "Khadija", "Naima", "Latifa", "Zineb")
_MA_FAMILY = ("El Idrissi", "Benali", "Ouazzani", "Tazi", "Amrani", "Bennani")
_MA_AR_M = ("محمد", "يوسف", "عبد العزيز", "حسن", "رشيد")
_MA_AR_F = ("فاطمة", "خديجة", "نعيمة", "لطيفة", "زينب")
_MA_AR_FAM = ("الإدريسي", "بنعلي", "الوزاني", "التازي", "العمراني", "بناني")
_MA_SOUKS = ("Souk Derb Ghallef", "Marché Central", "Souk Al Had", "Joutia", "Kissaria Attarine")
_MA_ACT = ("Fruits et légumes / خضر وفواكه", "Épices / توابل", "Friperie / ملابس مستعملة",
           "Poisson / سمك", "Tissus / أثواب")  # fmt: skip

_SK_GIVEN_M = ("Peter", "Martin", "Jozef", "Ján", "Milan")
_SK_GIVEN_F = ("Mária", "Zuzana", "Katarína", "Jana", "Eva")
_SK_FAMILY_M = ("Horváth", "Kováč", "Varga", "Tóth", "Baláž")
_SK_FAMILY_F = ("Horváthová", "Kováčová", "Vargová", "Tóthová", "Balážová")
_SK_PLACES = (("Miletičova 14", "Bratislava - Ružinov", "821 08"),
              ("Hlavná 52", "Košice - Staré Mesto", "040 01"),
              ("Štúrova 7", "Nitra", "949 01"), ("Kuzmányho 3", "Banská Bystrica", "974 01"),
              ("Hviezdoslavova 21", "Trnava", "917 01"))  # fmt: skip
_SK_GOODS = ("Zelenina", "Ovocie", "Med", "Kvety", "Syry", "Remeselné výrobky")


def _mk(p: Person) -> tuple[str, str, str]:
    return _VN_MARKETS[int(p.bhxh) // 17 % len(_VN_MARKETS)]


def _vnd(p: Person, lo: int, step: int, n: int) -> str:
    return f"{lo + _num(p, n) * step:,}".replace(",", ".")


def _ke_id(p: Person) -> str:
    """A Kenyan national ID card number: seven or eight digits, no check digit."""
    return str(int(p.bhxh[:8]) % 39_000_000 + 1_000_000)


def _ph_full(p: Person) -> str:
    given = _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 2)
    return f"{_pick(p, _PH_FAMILY, 3)}, {given} {_pick(p, _PH_MIDDLE, 4)[0]}."


def _ph_place(p: Person) -> tuple[str, str, str]:
    return _PH_PLACES[int(p.bhxh) // 19 % len(_PH_PLACES)]


def _sk_place(p: Person) -> tuple[str, str, str]:
    return _SK_PLACES[int(p.bhxh) // 29 % len(_SK_PLACES)]


def _ke_market(p: Person) -> tuple[str, str, str]:
    return _KE_MARKETS[int(p.bhxh) // 23 % len(_KE_MARKETS)]


WRITERS_BLIND377: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam
    "kiosk377": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 1)}{_num(p, 90) + 1:02d}",
    "stall_old377": lambda p, c: f"Sạp {_num(p, 400) + 1}",
    "stall_new377": lambda p, c: f"T-{_pick(p, ('A', 'B', 'C'), 5)}{_num(p, 250) + 1:03d}",
    "goods377": lambda p, c: _pick(p, _VN_GOODS, 2),
    "market377": lambda p, c: _mk(p)[2],
    "ward377": lambda p, c: _mk(p)[0],
    "ward_ascii377": lambda p, c: _mk(p)[0].replace("Phường", "P."),
    "district377": lambda p, c: _mk(p)[1],
    "loss377": lambda p, c: _vnd(p, 20_000_000, 5_000_000, 60),
    "fire_aid377": lambda p, c: _pick(p, ("5.000.000", "10.000.000", "15.000.000"), 3),
    "fire_status377": lambda p, c: _pick(p, _FIRE_STATUS, 4),
    "spot377": lambda p, c: _pick(p, _SIDEWALK, 5),
    "side_goods377": lambda p, c: _pick(p, _SIDEWALK_GOODS, 6),
    "area377": lambda p, c: f"{_num(p, 5) + 1},{_pick(p, ('0', '5'), 3)}",
    "hours377": lambda p, c: _pick(p, _HOURS, 7),
    "side_fee377": lambda p, c: _vnd(p, 60_000, 20_000, 8),
    "permit377": lambda p, c: f"{_num(p, 300) + 1}/GP-UBND",
    "officer377": lambda p, c: _pick(p, _OFFICERS, 8),
    "covid_aid377": lambda p, c: _pick(p, ("1.500.000", "3.000.000", "1.000.000"), 9),
    "account377": lambda p, c: f"{p.bhxh[2:]}{p.bhxh[:5]}",
    "bank377": lambda p, c: _pick(p, _BANKS, 10),
    "draw_note377": lambda p, c: _pick(p, _DRAW_NOTES, 11),
    "helper377": lambda p, c: f"{_other_vn(p, 12)} ({_pick(p, _HELPERS, 12)})",
    "helper_phone377": lambda p, c: _other_phone(p, "08"),
    # Kenya
    "ke_name377": lambda p, c: _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1),
    "ke_id377": lambda p, c: _ke_id(p),
    "kra377": lambda p, c: _kra_pin(p),
    "sex_ke377": lambda p, c: "M" if p.male else "F",
    "phone_ke377": lambda p, c: f"+254 7{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ke_market377": lambda p, c: _ke_market(p)[0],
    "ke_town377": lambda p, c: _ke_market(p)[1],
    "ke_ward377": lambda p, c: _pick(p, _KE_WARDS, 6),
    "ke_stall377": lambda p, c: f"{_ke_market(p)[0][:3].upper()}/{_num(p, 900) + 100}",
    "ke_goods377": lambda p, c: _pick(p, _KE_GOODS, 3),
    "ke_fee377": lambda p, c: f"{_num(p, 6) * 10 + 30}",
    "ke_permit377": lambda p, c: f"SBP/{_num(p, 90000) + 10000}/2026",
    # Guatemala
    "gt_names377": lambda p, c: _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 2),
    "gt_family377": lambda p, c: _pick(p, _GT_FAMILY, 3),
    "cui377": lambda p, c: _cui_gt(p),
    "sex_gt377": lambda p, c: "Masculino" if p.male else "Femenino",
    "phone_gt377": lambda p, c: f"{_pick(p, ('3', '4', '5'), 9)}{p.phone[3:6]}-{p.phone[6:10]}",
    "gt_dir377": lambda p, c: f"{_num(p, 30) + 1}a. Calle {_num(p, 60) + 1}-{_num(p, 90) + 10}",
    "gt_zona377": lambda p, c: _gt_place(p)[2],
    "gt_muni377": lambda p, c: _gt_place(p)[1],
    "gt_mercado377": lambda p, c: _pick(p, _GT_MERCADOS, 4),
    "gt_puesto377": lambda p, c: f"Sector {_pick(p, ('A', 'B', 'C'), 5)}-{_num(p, 300) + 1}",
    "gt_giro377": lambda p, c: _pick(p, _GT_GIROS, 6),
    "gt_cuota377": lambda p, c: f"Q {_num(p, 8) * 25 + 75}.00",
    # Philippines
    "ph_name377": lambda p, c: _ph_full(p),
    "psn377": lambda p, c: _psn(p),
    "sex_ph377": lambda p, c: "Male" if p.male else "Female",
    "phone_ph377": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[6:10]}",
    "ph_addr377": lambda p, c: (
        f"{_num(p, 200) + 1} {_pick(p, _PH_STREETS, 5)}, {_ph_place(p)[0]}, {_ph_place(p)[1]}"
    ),
    "ph_city377": lambda p, c: _ph_place(p)[1],
    "ph_zip377": lambda p, c: _ph_place(p)[2],
    "ph_stall377": lambda p, c: f"Stall {_pick(p, ('W', 'D', 'F'), 7)}-{_num(p, 150) + 1}",
    "ph_goods377": lambda p, c: _pick(p, _PH_GOODS, 8),
    "ph_permit377": lambda p, c: f"MP-2026-{_num(p, 99999):05d}",
    # Morocco
    "ma_name_fr377": lambda p, c: (
        f"{_pick(p, _MA_FAMILY, 4).upper()} {_by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 5)}"
    ),
    "ma_name_ar377": lambda p, c: f"{_by_sex(p, _MA_AR_M, _MA_AR_F, 5)} {_pick(p, _MA_AR_FAM, 4)}",
    "cin377": lambda p, c: _cin_ma(p),
    "sex_ma377": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "phone_ma377": lambda p, c: f"06 {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "ma_addr377": lambda p, c: f"{_ma_place(p)[3]}, N° {_num(p, 80) + 1}, {_ma_place(p)[1]}",
    "ma_city377": lambda p, c: _ma_place(p)[1],
    "ma_souk377": lambda p, c: _pick(p, _MA_SOUKS, 6),
    "ma_act377": lambda p, c: _pick(p, _MA_ACT, 7),
    "ma_box377": lambda p, c: f"{_num(p, 500) + 1}",
    "ma_fee377": lambda p, c: f"{_num(p, 10) * 50 + 150},00 DH",
    "ma_inspector377": lambda p, c: _pick(p, ("Said Alaoui", "Karim Berrada", "Hind Lahlou"), 9),
    # Slovakia
    "sk_given377": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 2),
    "sk_family377": lambda p, c: _by_sex(p, _SK_FAMILY_M, _SK_FAMILY_F, 3),
    "rc377": lambda p, c: _rodne_cislo(p),
    "phone_sk377": lambda p, c: f"+421 9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "sk_street377": lambda p, c: _sk_place(p)[0],
    "sk_town377": lambda p, c: _sk_place(p)[1],
    "sk_psc377": lambda p, c: _sk_place(p)[2],
    "sk_stand377": lambda p, c: f"{_num(p, 80) + 1}",
    "sk_goods377": lambda p, c: _pick(p, _SK_GOODS, 4),
    "sk_fee377": lambda p, c: f"{_num(p, 10) * 2 + 5},00 €",
    "sk_ico377": lambda p, c: f"{int(p.bhxh[:8]) % 10**8:08d}",
}
