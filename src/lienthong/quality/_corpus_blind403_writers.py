"""How the people of the four-hundred-and-third part of the outside corpus (**blind 403**,
:mod:`lienthong.quality._corpus_blind403`) are written: four Vietnamese utility files' own
columns (a meter reader's route book, power reconnected after arrears were paid, water bills paid
by automatic bank debit, water bills reduced after a leak behind the meter) and Peruvian, Sri
Lankan, Kenyan, Finnish and Kazakh utility customers' names, addresses, phones and numbers in the
forms their cards and bills show (the DNI, the old and new NIC, the national ID and KRA PIN, the
henkilötunnus and the GSRN of the metering point, the ИИН)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _iin, _kz_names
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind91_writers import _FI_FAMILY, _FI_GIVEN_F, _FI_GIVEN_M
from lienthong.quality._corpus_blind160_writers import _kz_phone
from lienthong.quality._corpus_blind224_writers import _fi_phone
from lienthong.quality._corpus_blind271_writers import _lk_phone
from lienthong.quality._corpus_blind292_writers import _hetu
from lienthong.quality._corpus_blind300_writers import _lk_name, _lk_new_nic, _lk_old_nic
from lienthong.quality._corpus_blind316_writers import (
    _PE_FAMILY,
    _PE_GIVEN_F,
    _PE_GIVEN_M,
    _evn_code,
)
from lienthong.quality._corpus_blind353_writers import _ke_id, _kra_pin
from lienthong.quality._corpus_blind402_writers import (
    _KE_FIRST_F,
    _KE_FIRST_M,
    _KE_LAST,
    _KE_MIDDLE,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_READERS = ("Nguyễn Văn Tâm", "Trần Minh Hải", "Lê Quốc Bảo", "Phạm Thanh Tùng", "Võ Đức Long")
_VN_ROUTES = ("Lộ 03 - Trạm Bàu Cát 2", "Lộ 07 - Trạm Tân Sơn Nhì", "Lộ 11 - Trạm Phú Lâm 4")
_VN_READ_NOTES = ("", "", "Nhà đóng cửa, ước tính", "Công tơ kẹt", "", "Chủ nhà vắng, ghi qua cửa")
_VN_PAY_WAYS = ("Chuyển khoản", "Ví MoMo", "Tiền mặt tại quầy", "Thu hộ Viettel Money", "ZaloPay")
_VN_BANKS = ("Vietcombank", "BIDV", "Agribank", "Sacombank", "VietinBank", "ACB")
_VN_AUTO_CHANNEL = ("App ngân hàng", "Tại quầy NH", "Website Sawaco", "Tổng đài 1900")
_VN_LEAK_RESULT = ("Đã duyệt giảm", "Chờ xác minh", "Không đủ điều kiện", "Đã duyệt giảm")
_VN_WATER_BRANCH = ("CN Chợ Lớn", "CN Gia Định", "CN Bến Thành", "CN Thủ Đức", "CN Tân Hòa")
_PE_PLACES = (
    ("Av. Túpac Amaru 1450, Mz. B Lt. 12", "Comas"),
    ("Jr. Huiracocha 2178", "Jesús María"),
    ("Calle Los Pinos 335, Urb. Santa Catalina", "La Victoria"),
    ("Av. Próceres de la Independencia 3010", "San Juan de Lurigancho"),
    ("Psje. Las Begonias 144, AA.HH. Villa María", "Villa María del Triunfo"),
)
_PE_TARIFF = ("BT5B Residencial", "BT5B Residencial", "BT5C-AP", "BT6")
_LK_ADDRESSES = (
    "No. 42/3, Temple Road, Maharagama",
    "215, Kandy Road, Kadawatha",
    "No. 7, 2nd Lane, Nugegoda",
    "18/A, Galle Road, Moratuwa",
    "No. 96, Peradeniya Road, Kandy",
)
_LK_AREAS = ("Maharagama", "Kelaniya", "Nugegoda", "Moratuwa", "Kandy City")
_KE_PLACES = (
    ("Plot 1124, Githurai 45", "Ruiru", "Kiambu"),
    ("Kondele, off Kibos Road", "Kisumu", "Kisumu"),
    ("Kiembeni Estate, House 56", "Mombasa", "Mombasa"),
    ("Lanet, near St. Mary's Primary", "Nakuru", "Nakuru"),
    ("Kapsoya Estate", "Eldoret", "Uasin Gishu"),
)
_KE_SCHEMES = (
    "Last Mile Connectivity",
    "Ordinary Supply",
    "Last Mile Connectivity",
    "Token Prepaid",
)
_FI_PLACES = (
    ("Mannerheimintie 94 B 17", "00250", "Helsinki"),
    ("Kivenlahdenkatu 3 C 41", "02320", "Espoo"),
    ("Hämeenkatu 20 A 5", "33200", "Tampere"),
    ("Tikkurilantie 66 as 8", "01300", "Vantaa"),
    ("Kauppakatu 12 D 30", "40100", "Jyväskylä"),
)
_FI_PRODUCTS = ("Pörssisähkö", "Kiinteä 12 kk", "Toistaiseksi voimassa", "Kiinteä 24 kk")
_KZ_PLACES = (
    "г. Астана, р-н Сарыарка, ул. Бейбітшілік, д. 18, кв. 42",
    "г. Алматы, Ауэзовский р-н, мкр. Аксай-4, д. 25, кв. 7",
    "г. Караганда, ул. Ерубаева, д. 41, кв. 19",
    "г. Шымкент, мкр. Нурсат, д. 112, кв. 64",
    "г. Павлодар, ул. Торайгырова, д. 63, кв. 10",
)
_KZ_INSPECTORS = ("Жумабеков А.К.", "Сергеева Т.В.", "Оспанов Д.Б.", "Ким В.Л.")


def _row(p: Person, rows: tuple[tuple[str, ...], ...], salt: int = 13) -> tuple[str, ...]:
    return rows[int(p.bhxh) // salt % len(rows)]


def _readings(p: Person) -> tuple[int, int]:
    old = int(p.bhxh[-5:]) % 40000 + 1200
    return old, old + 80 + _num(p, 400)


def _pe_dni(p: Person) -> str:
    return f"{int(p.bhxh[:2]) % 5 + 4}{p.bhxh[2:9]}"


def _lk_nic(p: Person) -> str:
    return _lk_new_nic(p) if p.birth.year >= 1990 else _lk_old_nic(p)


def _gsrn(p: Person) -> str:
    """A Finnish metering point ``6430...``: 17 digits and the GS1 mod-10 check digit."""
    body = f"643007{p.bhxh[::-1]}0"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"


WRITERS_BLIND403: dict[str, Callable[[Person, Col], object]] = {
    # -- sổ ghi chỉ số công tơ theo lộ trình
    "evn403": lambda p, c: _evn_code(p),
    "route403": lambda p, c: _pick(p, _VN_ROUTES, 2),
    "meter403": lambda p, c: f"{p.bhxh[3:9]}{_pick(p, ('A', 'B', 'C'), 3)}",
    "old403": lambda p, c: _readings(p)[0],
    "new403": lambda p, c: _readings(p)[1],
    "kwh403": lambda p, c: _readings(p)[1] - _readings(p)[0],
    "reader403": lambda p, c: _pick(p, _VN_READERS, 4),
    "read_note403": lambda p, c: _pick(p, _VN_READ_NOTES, 5),
    # -- đóng điện lại sau khi thanh toán nợ
    "debt403": lambda p, c: f"{(_num(p, 300) * 7_350 + 180_000):,}".replace(",", "."),
    "paid403": lambda p, c: f"{p.other_date + timedelta(days=3 + _num(p, 9)):%d/%m/%Y}",
    "payway403": lambda p, c: _pick(p, _VN_PAY_WAYS, 6),
    "reconnect403": lambda p, c: f"{p.other_date + timedelta(days=4 + _num(p, 9)):%d/%m/%Y}",
    "fee403": lambda p, c: _pick(p, ("0", "55.000", "55.000", "110.000"), 7),
    "electrician403": lambda p, c: _other_vn(p, 8, male=True),
    # -- thanh toán tiền nước tự động
    "danhbo403": lambda p, c: f"{p.bhxh[:4]} {p.bhxh[4:7]} {p.bhxh[7:]}",
    "bank403": lambda p, c: _pick(p, _VN_BANKS, 3),
    "account403": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[-3:]}",
    "holder403": lambda p, c: _pick(p, ("Chính chủ", "Chính chủ", "Con ruột", "Vợ/chồng"), 4),
    "channel403": lambda p, c: _pick(p, _VN_AUTO_CHANNEL, 5),
    "branch403": lambda p, c: _pick(p, _VN_WATER_BRANCH, 6),
    # -- giảm tiền nước do rò rỉ sau đồng hồ
    "period403": lambda p, c: f"{p.other_date:%m/%Y}",
    "m3_403": lambda p, c: 40 + _num(p, 160),
    "avg403": lambda p, c: 12 + _num(p, 25),
    "cut_m3_403": lambda p, c: 20 + _num(p, 120),
    "inspector403": lambda p, c: _other_vn(p, 9),
    "leak_result403": lambda p, c: _pick(p, _VN_LEAK_RESULT, 7),
    # -- Perú: suministros con recibos vencidos
    "suministro403": lambda p, c: f"{p.bhxh[::-1][:7]}",
    "pe_dni403": lambda p, c: _pe_dni(p),
    "pe_pat403": lambda p, c: _pick(p, _PE_FAMILY, 2),
    "pe_mat403": lambda p, c: _pick(p, _PE_FAMILY, 5),
    "pe_given403": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 3),
    "pe_street403": lambda p, c: _row(p, _PE_PLACES)[0],
    "pe_district403": lambda p, c: _row(p, _PE_PLACES)[1],
    "phone_pe403": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "pe_bills403": lambda p, c: 2 + _num(p, 5),
    "pe_debt403": lambda p, c: f"{_num(p, 900) * 0.37 + 48:.2f}",
    "pe_tariff403": lambda p, c: _pick(p, _PE_TARIFF, 4),
    # -- Sri Lanka: CEB disconnection list
    "ceb_acc403": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[2:10]}",
    "lk_name403": lambda p, c: _lk_name(p, 2),
    "lk_nic403": lambda p, c: _lk_nic(p),
    "lk_addr403": lambda p, c: _pick(p, _LK_ADDRESSES, 3),
    "lk_area403": lambda p, c: _pick(p, _LK_AREAS, 4),
    "phone_lk403": lambda p, c: _lk_phone(p),
    "lk_arrears403": lambda p, c: f"{_num(p, 700) * 61.5 + 2400:,.2f}",
    "lk_paid403": lambda p, c: f"{p.other_date - timedelta(days=40 + _num(p, 90)):%Y-%m-%d}",
    "lk_reader403": lambda p, c: _pick(p, ("M.R. Perera", "K.A. Silva", "S. Nadarajah"), 5),
    # -- Kenya: Kenya Power new connections
    "ke_id403": lambda p, c: _ke_id(p),
    "ke_pin403": lambda p, c: _kra_pin(p),
    "ke_first403": lambda p, c: _by_sex(p, _KE_FIRST_M, _KE_FIRST_F, 2),
    "ke_middle403": lambda p, c: _pick(p, _KE_MIDDLE, 3),
    "ke_last403": lambda p, c: _pick(p, _KE_LAST, 4),
    "sex_ke403": lambda p, c: "M" if p.male else "F",
    "phone_ke403": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:10]}",
    "ke_plot403": lambda p, c: _row(p, _KE_PLACES)[0],
    "ke_town403": lambda p, c: _row(p, _KE_PLACES)[1],
    "ke_county403": lambda p, c: _row(p, _KE_PLACES)[2],
    "ke_acc403": lambda p, c: f"{p.bhxh[::-1][:11]}",
    "ke_meter403": lambda p, c: f"3723{p.bhxh[:7]}",
    "ke_scheme403": lambda p, c: _pick(p, _KE_SCHEMES, 5),
    "ke_fee403": lambda p, c: _pick(p, ("15,000", "15,000", "35,000", "45,000"), 6),
    # -- Suomi: sähkön myyntisopimukset, maksumuistutukset
    "fi_cust403": lambda p, c: f"{p.bhxh[1:8]}",
    "hetu403": lambda p, c: _hetu(p),
    "fi_family403": lambda p, c: _pick(p, _FI_FAMILY, 2),
    "fi_given403": lambda p, c: _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 3),
    "fi_street403": lambda p, c: _row(p, _FI_PLACES)[0],
    "fi_postcode403": lambda p, c: _row(p, _FI_PLACES)[1],
    "fi_town403": lambda p, c: _row(p, _FI_PLACES)[2],
    "phone_fi403": lambda p, c: _fi_phone(p),
    "gsrn403": lambda p, c: _gsrn(p),
    "fi_product403": lambda p, c: _pick(p, _FI_PRODUCTS, 4),
    "fi_due403": lambda p, c: f"{_num(p, 500) * 0.83 + 21:.2f}".replace(".", ","),
    # -- Қазақстан: абоненты с задолженностью
    "kz_acc403": lambda p, c: f"{p.bhxh[:9]}",
    "iin403": lambda p, c: _iin(p),
    "kz_family403": lambda p, c: _kz_names(p)[0],
    "kz_given403": lambda p, c: _kz_names(p)[1],
    "kz_father403": lambda p, c: _kz_names(p)[2],
    "kz_addr403": lambda p, c: _pick(p, _KZ_PLACES, 3),
    "phone_kz403": lambda p, c: _kz_phone(p),
    "kz_debt403": lambda p, c: f"{_num(p, 800) * 137 + 1500:,}".replace(",", " "),
    "kz_inspector403": lambda p, c: _pick(p, _KZ_INSPECTORS, 4),
    "kz_service403": lambda p, c: _pick(
        p, ("Электроэнергия", "Холодная вода", "Электроэнергия"), 5
    ),
}

__all__ = ["WRITERS_BLIND403"]
