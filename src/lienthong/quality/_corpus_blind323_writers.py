"""How the people of the three-hundred-and-twenty-third part of the outside corpus (**blind 323**,
:mod:`lienthong.quality._corpus_blind323`) are written: four Vietnamese retail files' own columns
(a courier's cash-on-delivery waybill, an online shop's customer card, a pharmacy chain's loyalty
card, a gold shop's large-value transaction) and the buyers of online shops and an online
pharmacy in Indonesia, Brazil, India, Nigeria and Poland in the forms their exports show (the
CPF's two mod 11 digits, the Polish NIP's mod 11 digit; ``(31) 98765-4321``, ``+91 98…``,
``0803 123 4567``, ``+48 601 234 567``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _IN_FAMILY, _IN_GIVEN_F, _IN_GIVEN_M
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind100_writers import _PL_FAMILY, _PL_GIVEN_F, _PL_GIVEN_M
from lienthong.quality._corpus_blind117_writers import _ID_FAMILY, _ID_GIVEN_F, _ID_GIVEN_M
from lienthong.quality._corpus_blind119_writers import _BR_FAMILY, _BR_GIVEN_F, _BR_GIVEN_M
from lienthong.quality._corpus_blind141_writers import _NG_FAMILY, _NG_GIVEN_F, _NG_GIVEN_M
from lienthong.quality._corpus_blind304_writers import _nip
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a courier's cash-on-delivery waybills -----------------------------------------------
_VN_SHOPS = ("Shop Mẹ Bắp", "Tiệm Gốm Bát Tràng 68", "Kids Store HN", "Mỹ phẩm Hằng Nguyễn")
_VN_AREAS = (
    ("Phường Dịch Vọng Hậu", "Quận Cầu Giấy", "Hà Nội"),
    ("Phường 12", "Quận Gò Vấp", "TP. Hồ Chí Minh"),
    ("Xã Hòa Tiến", "Huyện Hòa Vang", "TP. Đà Nẵng"),
    ("Phường An Hòa", "Quận Ninh Kiều", "TP. Cần Thơ"),
    ("Thị trấn Phú Xuyên", "Huyện Phú Xuyên", "Hà Nội"),
    ("Phường Tân Phong", "TP. Biên Hòa", "Đồng Nai"),
)
_VN_COD_STATUS = ("Đã giao", "Đã giao", "Đã giao", "Hoàn hàng", "Đang giao", "Chờ lấy hàng")
# -- Vietnam: an online shop's customers ----------------------------------------------------------
_VN_GROUPS = ("Khách lẻ", "Khách lẻ", "Khách VIP", "Khách sỉ", "CTV")
_VN_COMPANIES = ("", "", "Công ty TNHH Minh Phát", "", "Công ty CP Đầu tư An Khang", "")
_VN_BILL = ("64 Trần Quốc Hoàn, Cầu Giấy, Hà Nội", "Lô B2 KCN Tân Bình, Tân Phú, TP.HCM")
_VN_TAGS = ("mua lại", "Facebook", "Shopee->web", "hay bom hàng", "", "Zalo OA")
# -- Vietnam: a pharmacy chain's loyalty members --------------------------------------------------
_VN_TIERS = ("Thành viên", "Thành viên", "Bạc", "Vàng", "Kim cương")
_VN_STORES = ("NT 0123 - 212 Lê Văn Sỹ", "NT 0456 - 78 Cầu Giấy", "NT 0789 - 15 Hùng Vương")
_VN_CHRONIC = ("", "", "Tăng huyết áp", "Tiểu đường type 2", "Hen suyễn", "Mỡ máu", "")
# -- Vietnam: a gold shop's large-value transactions ----------------------------------------------
_VN_JOBS = ("Kinh doanh tu do", "Noi tro", "Cong chuc", "Huu tri", "Nong dan", "Giam doc DN")
_VN_ITEMS = ("Vang mieng SJC 1 luong", "Nhan tron tron 9999", "Vang mieng SJC 5 chi", "Kieng 18K")
_VN_PAY = ("Tien mat", "Chuyen khoan", "Tien mat + CK")

# -- Indonesia: an online shop's orders ------------------------------------------------------------
_ID_PLACES = (
    (
        "Jl. Sukajadi No. 118",
        "Kel. Pasteur",
        "Kec. Sukajadi",
        "Kota Bandung",
        "Jawa Barat",
        "40161",
    ),
    (
        "Perum Griya Indah Blok D3 No. 9",
        "Kel. Tlogomas",
        "Kec. Lowokwaru",
        "Kota Malang",
        "Jawa Timur",
        "65144",
    ),
    (
        "Jl. Kaliurang Km 7 Gg. Jambu No. 4",
        "Desa Sinduharjo",
        "Kec. Ngaglik",
        "Kab. Sleman",
        "DI Yogyakarta",
        "55581",
    ),
    (
        "Jl. Tebet Barat Dalam II No. 21",
        "Kel. Tebet Barat",
        "Kec. Tebet",
        "Kota Jakarta Selatan",
        "DKI Jakarta",
        "12810",
    ),
    (
        "Jl. Gatot Subroto Gg. Mawar No. 3",
        "Kel. Sei Sikambing B",
        "Kec. Medan Sunggal",
        "Kota Medan",
        "Sumatera Utara",
        "20122",
    ),
)
_ID_STATUS = ("Selesai", "Selesai", "Selesai", "Dibatalkan", "Sedang Dikirim", "Pengembalian")
_ID_COURIERS = ("J&T Express", "SiCepat REG", "JNE Reguler", "Anteraja", "SPX Hemat")
_ID_PAY = ("COD (Bayar di Tempat)", "ShopeePay", "Transfer Bank BCA", "COD (Bayar di Tempat)")
_ID_NOTES = ("", "", "titip di pos satpam", "warna hitam ya kak", "jangan dibanting", "")
# -- Brazil: an online shop's orders ---------------------------------------------------------------
_BR_PLACES = (
    ("Rua Padre Eustáquio, 1420", "Carlos Prates", "Belo Horizonte", "MG", "30710"),
    ("Av. Sete de Setembro, 388", "Centro", "Salvador", "BA", "40060"),
    ("Rua Voluntários da Pátria, 77", "Botafogo", "Rio de Janeiro", "RJ", "22270"),
    ("Rua Augusta, 2150", "Cerqueira César", "São Paulo", "SP", "01412"),
    ("Av. Bento Gonçalves, 5012", "Partenon", "Porto Alegre", "RS", "90650"),
)
_BR_COMPL = ("", "apto 302", "casa 2", "bloco B apto 14", "", "fundos")
_BR_STATUS = ("Entregue", "Entregue", "Enviado", "Pagamento aprovado", "Cancelado")
_BR_PAY = ("Pix", "Pix", "Cartão de crédito 3x", "Boleto bancário", "Cartão de crédito 1x")
# -- India: an online pharmacy's orders ------------------------------------------------------------
_IN_PLACES = (
    ("Flat 504, Sai Krupa CHS, Sector 17, Vashi", "Navi Mumbai", "Maharashtra", "400703"),
    ("H.No. 2-3-114, Street No. 6, Habsiguda", "Hyderabad", "Telangana", "500007"),
    ("No. 23, 4th Cross, HSR Layout Sector 2", "Bengaluru", "Karnataka", "560102"),
    ("B-47, Lajpat Nagar II", "New Delhi", "Delhi", "110024"),
    ("12/3 Bose Para Lane, Salt Lake", "Kolkata", "West Bengal", "700064"),
)
_IN_DOCTORS = ("Dr. R. K. Mehta", "Dr. S. Banerjee", "Dr. Anil Kulkarni", "Dr. Meena Iyer")
_IN_PAY = ("COD", "UPI", "Prepaid - Card", "COD", "Wallet")
_IN_STATUS = ("Delivered", "Delivered", "Delivered", "Cancelled - Rx invalid", "In transit")
_IN_RELATION = ("Self", "Father", "Mother", "Spouse", "Self")
# -- Nigeria: an online store's pay-on-delivery orders ---------------------------------------------
_NG_PLACES = (
    ("14 Adeniyi Jones Avenue, Ikeja", "Ikeja", "Lagos", "Computer Village"),
    ("Block 5, Flat 2, Gowon Estate, Egbeda", "Alimosho", "Lagos", "Egbeda Bus Stop"),
    ("Plot 221 Cadastral Zone, Gwarinpa", "AMAC", "FCT Abuja", "3rd Avenue Junction"),
    ("9 Aba Road, Rumuokoro", "Obio/Akpor", "Rivers", "Rumuokoro Roundabout"),
    ("27 Zoo Road, Gyadi-Gyadi", "Tarauni", "Kano", "Gyadi-Gyadi Junction"),
)
_NG_ITEMS = (
    "Infinix Hot 40i x1",
    "Binatone Blender x1",
    "Ankara fabric (6 yards) x2",
    "Nivea Lotion x3",
)
_NG_PAY = ("Pay on Delivery", "Pay on Delivery", "Paystack (card)", "Bank Transfer")
_NG_RIDERS = ("Sunday O.", "Ibrahim K.", "Chidi E.", "Tope A.")
_NG_STATUS = ("Delivered", "Delivered", "Failed - customer unreachable", "Returned", "Delivered")
# -- Poland: an online shop's orders ---------------------------------------------------------------
_PL_PLACES = (
    ("ul. Grunwaldzka 186/12", "80-266", "Gdańsk"),
    ("ul. Długa 4 m. 7", "31-146", "Kraków"),
    ("os. Piastowskie 23/41", "61-163", "Poznań"),
    ("ul. Legnicka 55A/3", "54-203", "Wrocław"),
    ("ul. Kościuszki 9", "26-600", "Radom"),
)
_PL_SHIP = (
    "InPost Paczkomat",
    "InPost Paczkomat",
    "Kurier DPD",
    "Poczta Polska",
    "Odbiór osobisty",
)
_PL_FIRMS = ("", "", "", "Usługi Remontowe Jan-Bud", "", "Biuro Rachunkowe Bilans s.c.")
_PL_PAY = ("BLIK", "Przelewy24", "za pobraniem", "BLIK", "karta")
_PL_STATUS = ("Wysłane", "Zrealizowane", "Zrealizowane", "Anulowane", "Oczekuje na płatność")


def _at(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 7 % len(places)]


def _order_day(p: Person) -> date:
    return date(2025, 1, 3) + timedelta(days=_num(p, 330))


def _ordered(p: Person) -> str:
    """When the order was placed: a day in 2025 and a time of day."""
    return f"{_order_day(p):%d/%m/%Y} {8 + _num(p, 14):02d}:{_num(p, 59):02d}"


def _id_name(p: Person) -> str:
    return f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 2)} {_pick(p, _ID_FAMILY, 3)}".title()


def _br_name(p: Person) -> str:
    return f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 2)} {_pick(p, _BR_FAMILY, 3)}"


def _in_name(p: Person) -> str:
    return f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 2)} {_pick(p, _IN_FAMILY, 3)}"


def _ng_name(p: Person) -> str:
    return f"{_by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 2)} {_pick(p, _NG_FAMILY, 3)}"


def _pl_family(p: Person) -> str:
    pair = _PL_FAMILY[int(p.bhxh) // 5 % len(_PL_FAMILY)]
    return pair[0] if p.male else pair[1]


def _mail(name: str, p: Person) -> str:
    plain = name.lower().translate(str.maketrans("áãâçéêíóôõúłąęśżźńćö", "aaaceeioooulaeszznco"))
    first, last = plain.split(" ")[0], plain.split(" ")[-1]
    return f"{first}.{last}{p.bhxh[-2:]}@{_pick(p, ('gmail.com', 'yahoo.com', 'outlook.com'), 4)}"


def _id_addr(p: Person) -> str:
    street, kel, kec, city, prov, zip_ = _at(p, _ID_PLACES)
    return f"{street}, {kel}, {kec}, {city}, {prov}, {zip_}"


def _in_addr(p: Person) -> str:
    line, city, state, pin = _at(p, _IN_PLACES)
    return f"{line}, {city}, {state} - {pin}"


def _br_bill(p: Person) -> str:
    street, bairro, city, uf, cep = _at(p, _BR_PLACES)
    return f"{street} - {bairro}, {city}/{uf}, {cep}-{p.bhxh[-3:]}"


def _ng_phone(p: Person, salt: int = 0) -> str:
    digits = p.bhxh[::-1] if salt else p.bhxh
    lead = _pick(p, ("803", "806", "703", "813", "905", "816"), 5 + salt)
    return f"0{lead} {digits[:3]} {digits[3:7]}"


def _pl_bill(p: Person) -> str:
    firm = _pick(p, _PL_FIRMS, 6)
    return "jak adres dostawy" if not firm else f"{firm}, ul. Przemysłowa 12, 85-758 Bydgoszcz"


WRITERS_BLIND323: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: a courier's cash-on-delivery waybills
    "cod_awb323": lambda p, c: f"S{p.bhxh[:8]}.BO.{_pick(p, ('HN', 'SG', 'DN'), 2)}{_num(p, 90)}",
    "cod_shop_order323": lambda p, c: f"DH{p.bhxh[-6:]}",
    "cod_shop323": lambda p, c: _pick(p, _VN_SHOPS, 3),
    "cod_shop_phone323": lambda p, c: _other_phone(p, "0868"),
    "cod_ward323": lambda p, c: _at(p, _VN_AREAS)[0],
    "cod_district323": lambda p, c: _at(p, _VN_AREAS)[1],
    "cod_province323": lambda p, c: _at(p, _VN_AREAS)[2],
    "cod_amount323": lambda p, c: (_num(p, 180) + 5) * 5000,
    "cod_fee323": lambda p, c: _pick(p, ("22000", "30000", "16500", "35000"), 4),
    "cod_weight323": lambda p, c: _num(p, 40) * 50,
    "cod_status323": lambda p, c: _pick(p, _VN_COD_STATUS, 5),
    "cod_postman323": lambda p, c: _other_vn(p, 6, male=True),
    # Vietnam: an online shop's customers
    "sh_code323": lambda p, c: f"KH{int(p.bhxh[-5:]):05d}",
    "sh_group323": lambda p, c: _pick(p, _VN_GROUPS, 2),
    "sh_bill323": lambda p, c: _pick(p, _VN_BILL, 3) if _pick(p, _VN_COMPANIES, 3) else "",
    "sh_company323": lambda p, c: _pick(p, _VN_COMPANIES, 3),
    "sh_mst323": lambda p, c: f"01{p.bhxh[:8]}" if _pick(p, _VN_COMPANIES, 3) else "",
    "sh_spent323": lambda p, c: f"{(_num(p, 400) + 3) * 12_000:,}".replace(",", "."),
    "sh_orders323": lambda p, c: _num(p, 25),
    "sh_tags323": lambda p, c: _pick(p, _VN_TAGS, 4),
    # Vietnam: a pharmacy chain's loyalty members
    "ph_card323": lambda p, c: f"LC{p.bhxh[1:9]}",
    "ph_tier323": lambda p, c: _pick(p, _VN_TIERS, 2),
    "ph_points323": lambda p, c: _num(p, 3000),
    "ph_store323": lambda p, c: _pick(p, _VN_STORES, 3),
    "ph_chronic323": lambda p, c: _pick(p, _VN_CHRONIC, 4),
    "ph_ref323": lambda p, c: _other_vn(p, 5) if _num(p, 3) == 1 else "",
    # Vietnam: a gold shop's large-value transactions
    "gd_nat323": lambda p, c: "Viet Nam",
    "gd_issued323": lambda p, c: f"{date(2021, 3, 1) + timedelta(days=_num(p, 1400)):%d/%m/%Y}",
    "gd_issuer323": lambda p, c: "Cuc CS QLHC ve TTXH",
    "gd_job323": lambda p, c: _pick(p, _VN_JOBS, 2),
    "gd_kind323": lambda p, c: _pick(p, ("Mua", "Mua", "Ban lai"), 3),
    "gd_item323": lambda p, c: _pick(p, _VN_ITEMS, 4),
    "gd_qty323": lambda p, c: 50 + _num(p, 60) * 10,
    "gd_value323": lambda p, c: f"{(400 + _num(p, 900)) * 1_000_000:,}".replace(",", "."),
    "gd_pay323": lambda p, c: _pick(p, _VN_PAY, 5),
    "gd_staff323": lambda p, c: _ascii(_other_vn(p, 7, male=False)),
    # Indonesia: an online shop's orders
    "id_order323": lambda p, c: f"25{p.bhxh[2:6]}{p.bhxh[-4:]}K{p.bhxh[1:4]}",
    "id_status323": lambda p, c: _pick(p, _ID_STATUS, 2),
    "id_made323": lambda p, c: _ordered(p),
    "id_user323": lambda p, c: f"{_id_name(p).split()[0].lower()}_{p.bhxh[-3:]}",
    "id_name323": lambda p, c: _id_name(p),
    "id_phone323": lambda p, c: f"62{_pick(p, ('812', '857', '896', '821'), 3)}{p.bhxh[:8]}",
    "id_addr323": lambda p, c: _id_addr(p),
    "id_city323": lambda p, c: _at(p, _ID_PLACES)[3].upper(),
    "id_prov323": lambda p, c: _at(p, _ID_PLACES)[4].upper(),
    "id_zip323": lambda p, c: _at(p, _ID_PLACES)[5],
    "id_courier323": lambda p, c: _pick(p, _ID_COURIERS, 4),
    "id_resi323": lambda p, c: f"JP{p.bhxh}",
    "id_total323": lambda p, c: f"Rp{(_num(p, 300) + 10) * 1500:,}".replace(",", "."),
    "id_pay323": lambda p, c: _pick(p, _ID_PAY, 5),
    "id_note323": lambda p, c: _pick(p, _ID_NOTES, 6),
    # Brazil: an online shop's orders
    "br_order323": lambda p, c: f"#{10_000 + _num(p, 8000)}",
    "br_date323": lambda p, c: _ordered(p),
    "br_status323": lambda p, c: _pick(p, _BR_STATUS, 2),
    "br_name323": lambda p, c: _br_name(p),
    "br_cpf323": lambda p, c: _cpf(p),
    "br_email323": lambda p, c: _mail(_br_name(p), p),
    "br_phone323": lambda p, c: (
        f"({_pick(p, ('31', '71', '21', '11', '51'), 3)}) 9{p.bhxh[:4]}-{p.bhxh[4:8]}"
    ),
    "br_street323": lambda p, c: _at(p, _BR_PLACES)[0],
    "br_compl323": lambda p, c: _pick(p, _BR_COMPL, 4),
    "br_bairro323": lambda p, c: _at(p, _BR_PLACES)[1],
    "br_city323": lambda p, c: _at(p, _BR_PLACES)[2],
    "br_uf323": lambda p, c: _at(p, _BR_PLACES)[3],
    "br_cep323": lambda p, c: f"{_at(p, _BR_PLACES)[4]}-{p.bhxh[-3:]}",
    "br_bill323": lambda p, c: _br_bill(p),
    "br_pay323": lambda p, c: _pick(p, _BR_PAY, 5),
    "br_total323": lambda p, c: f"R$ {_num(p, 900) + 19},90",
    "br_frete323": lambda p, c: _pick(p, ("Grátis", "R$ 18,90", "R$ 24,50", "R$ 31,20"), 6),
    "br_track323": lambda p, c: f"Q{_pick(p, ('B', 'R', 'L'), 7)}{p.bhxh[1:10]}BR",
    # India: an online pharmacy's orders
    "in_order323": lambda p, c: f"PH{p.bhxh[:3]}-{p.bhxh[3:10]}",
    "in_odate323": lambda p, c: _ordered(p).replace("/", "-"),
    "in_name323": lambda p, c: _in_name(p),
    "in_mobile323": lambda p, c: f"+91 {_pick(p, ('98', '99', '70', '88', '63'), 3)}{p.bhxh[:8]}",
    "in_email323": lambda p, c: _mail(_in_name(p), p),
    "in_relation323": lambda p, c: _pick(p, _IN_RELATION, 4),
    "in_patient_age323": lambda p, c: f"{18 + _num(p, 70)} Y",
    "in_doctor323": lambda p, c: _pick(p, _IN_DOCTORS, 5),
    "in_rx323": lambda p, c: f"RX/{p.bhxh[-5:]}/25",
    "in_ship323": lambda p, c: _in_addr(p),
    "in_city323": lambda p, c: _at(p, _IN_PLACES)[1],
    "in_state323": lambda p, c: _at(p, _IN_PLACES)[2],
    "in_pin323": lambda p, c: _at(p, _IN_PLACES)[3],
    "in_pay323": lambda p, c: _pick(p, _IN_PAY, 6),
    "in_value323": lambda p, c: f"{_num(p, 4000) + 99}.00",
    "in_status323": lambda p, c: _pick(p, _IN_STATUS, 7),
    "in_deliv323": lambda p, c: (
        f"{_order_day(p) + timedelta(days=2):%d-%m-%Y}"
        if _pick(p, _IN_STATUS, 7) == "Delivered"
        else ""
    ),
    # Nigeria: an online store's pay-on-delivery orders
    "ng_order323": lambda p, c: f"3{p.bhxh[:8]}",
    "ng_date323": lambda p, c: _ordered(p),
    "ng_name323": lambda p, c: _ng_name(p),
    "ng_phone323": lambda p, c: _ng_phone(p),
    "ng_alt323": lambda p, c: _ng_phone(p, 1) if _num(p, 2) == 1 else "",
    "ng_email323": lambda p, c: _mail(_ng_name(p), p),
    "ng_addr323": lambda p, c: _at(p, _NG_PLACES)[0],
    "ng_lga323": lambda p, c: _at(p, _NG_PLACES)[1],
    "ng_state323": lambda p, c: _at(p, _NG_PLACES)[2],
    "ng_busstop323": lambda p, c: _at(p, _NG_PLACES)[3],
    "ng_items323": lambda p, c: _pick(p, _NG_ITEMS, 4),
    "ng_amount323": lambda p, c: f"{(_num(p, 200) + 8) * 750:,}",
    "ng_pay323": lambda p, c: _pick(p, _NG_PAY, 5),
    "ng_rider323": lambda p, c: _pick(p, _NG_RIDERS, 6),
    "ng_rider_phone323": lambda p, c: f"0708 {p.bhxh[-7:-4]} {p.bhxh[-4:]}",
    "ng_status323": lambda p, c: _pick(p, _NG_STATUS, 7),
    # Poland: an online shop's orders
    "pl_order323": lambda p, c: f"ZAM/{_num(p, 9000) + 1000}/2025",
    "pl_date323": lambda p, c: _ordered(p).replace("/", "."),
    "pl_given323": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 2),
    "pl_family323": lambda p, c: _pl_family(p),
    "pl_email323": lambda p, c: _mail(
        f"{_by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 2)} {_pl_family(p)}", p
    ),
    "pl_phone323": lambda p, c: (
        f"+48 {_pick(p, ('601', '512', '783', '696'), 3)} {p.bhxh[:3]} {p.bhxh[3:6]}"
    ),
    "pl_street323": lambda p, c: _at(p, _PL_PLACES)[0],
    "pl_zip323": lambda p, c: _at(p, _PL_PLACES)[1],
    "pl_city323": lambda p, c: _at(p, _PL_PLACES)[2],
    "pl_ship323": lambda p, c: _pick(p, _PL_SHIP, 4),
    "pl_locker323": lambda p, c: f"{_at(p, _PL_PLACES)[2][:3].upper()}{_num(p, 300):03d}M",
    "pl_firm323": lambda p, c: _pick(p, _PL_FIRMS, 6),
    "pl_nip323": lambda p, c: _nip(p) if _pick(p, _PL_FIRMS, 6) else "",
    "pl_bill323": lambda p, c: _pl_bill(p),
    "pl_pay323": lambda p, c: _pick(p, _PL_PAY, 5),
    "pl_value323": lambda p, c: f"{_num(p, 900) + 29},99",
    "pl_status323": lambda p, c: _pick(p, _PL_STATUS, 7),
}

__all__ = ["WRITERS_BLIND323"]
