"""How the people of the four-hundred-and-twenty-ninth part of the outside corpus (**blind 429**,
:mod:`lienthong.quality._corpus_blind429`) are written: four Vietnamese postal files' own columns
(the boxes a post office rents out, a courier's trunk-route drivers and their trucks, parcels
waiting at a post office for their addressee, social allowances a postman carries to people who
cannot leave home) and Indian, Polish, Mexican, Nigerian and Turkish postal customers' names,
addresses, phones and numbers in the forms their forms show (the Aadhaar with its Verhoeff digit,
the PESEL, the CURP, the NIN, the T.C. Kimlik No, UPU S10 item numbers with their check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import (
    _TR_FAMILY,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
    _shift_date,
    _tc_kimlik,
)
from lienthong.quality._corpus_blind164_writers import _aadhaar_spaced, _in_phone
from lienthong.quality._corpus_blind192_writers import _NG_PREFIXES, _ng_name
from lienthong.quality._corpus_blind299_writers import _pesel, _pl_name
from lienthong.quality._corpus_blind305_writers import (
    _MX_FAMILY,
    _MX_GIVEN_F,
    _MX_GIVEN_M,
    _curp,
)

if TYPE_CHECKING:
    from datetime import date

    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOMES = (
    "Tổ 7, phường Quang Trung, TP Thái Nguyên, tỉnh Thái Nguyên",
    "Thôn Đông Hạ, xã Nam Hồng, huyện Đông Anh, TP Hà Nội",
    "Số 14 ngõ 58 Trần Phú, phường Điện Biên, TP Thanh Hóa",
    "Ấp 3, xã Phước Vĩnh An, huyện Củ Chi, TP Hồ Chí Minh",
    "Khu phố 2, phường Tân Hiệp, TP Biên Hòa, tỉnh Đồng Nai",
    "Xóm 4, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An",
    "Thôn Phước Thượng, xã Phước Đồng, TP Nha Trang, tỉnh Khánh Hòa",
)
_VN_POST_OFFICES = (
    "BC Trung tâm Thái Nguyên",
    "BC Đông Anh",
    "BC Bờ Hồ",
    "BC Sài Gòn",
    "BC Biên Hòa",
    "BC Nghi Lộc",
)
_VN_BOX_TYPES = ("Hộp thư nhỏ", "Hộp thư lớn", "Hộp thư nhỏ", "Hộp thư doanh nghiệp")
_VN_GPLX_CLASS = ("C", "FC", "C", "D", "B2", "C1")
_VN_TRUCKS = ("Hino 8 tấn thùng kín", "Isuzu 3,5 tấn", "Thaco Ollin 5 tấn", "Hyundai HD120SL")
_VN_ROUTES = (
    "Hà Nội - Thái Nguyên - Bắc Kạn",
    "Hà Nội - Vinh (QL1A)",
    "TP HCM - Cần Thơ - Cà Mau",
    "Đà Nẵng - Quy Nhơn - Nha Trang",
    "TP HCM - Buôn Ma Thuột",
    "Nội tỉnh (vòng Đông Anh - Sóc Sơn)",
)
_VN_PLATE_HEADS = ("29H", "20C", "51D", "43C", "60C", "37C", "79H")
_VN_DRIVER_STATUS = ("Đang làm việc", "Đang làm việc", "Nghỉ phép", "Tạm đình chỉ (vi phạm tốc độ)")
_VN_SERVICES = ("EMS", "Bưu kiện", "Thư bảo đảm", "EMS thương mại điện tử", "Bưu phẩm ghi số")
_VN_REASONS = (
    "Người nhận đi vắng",
    "Không liên lạc được số điện thoại",
    "Địa chỉ không rõ số nhà",
    "Người nhận hẹn đến bưu cục nhận",
    "Người nhận từ chối nhận",
    "Chưa đủ tiền COD",
)
_VN_ITEM_STATUS = ("Đang lưu", "Đang lưu", "Đã phát", "Chuyển hoàn", "Đã báo lần 2")
_VN_SENDERS = ("Shopee Xpress", "Công ty TNHH Lazada", "Tòa án nhân dân huyện", "BHXH huyện",
               "Cục Thuế tỉnh", "Tiki")  # fmt: skip
_VN_ALLOWANCE = (
    "Người cao tuổi từ đủ 80 tuổi",
    "Người khuyết tật đặc biệt nặng",
    "Người khuyết tật nặng",
    "Người cao tuổi cô đơn thuộc hộ nghèo",
    "Người đơn thân nuôi con nhỏ (hộ nghèo)",
)
_VN_AMOUNTS = ("500.000", "1.000.000", "750.000", "1.500.000", "500.000")
_VN_GUARDIAN_REL_M = ("Vợ", "Con trai", "Con dâu", "Cháu nội", "Người giám hộ")
_VN_GUARDIAN_REL_F = ("Chồng", "Con gái", "Con trai", "Cháu ngoại", "Người giám hộ")
_VN_SIGN = ("Đã ký", "Điểm chỉ", "Người nhận thay ký", "Đã ký")

_IN_GIVEN_M = ("Ramesh Kumar", "Suresh Chand", "Mohd. Irfan", "Rajendra Prasad", "Anil Kumar")
_IN_GIVEN_F = ("Sunita", "Kamla Devi", "Rekha", "Shabnam", "Pushpa Devi", "Anjali")
_IN_FAMILY = ("Sharma", "Yadav", "Verma", "Gupta", "Khan", "Maurya", "Srivastava")
_IN_FATHERS = ("Shri Ram Naresh", "Shri Bhagwan Das", "Late Jagdish Prasad", "Shri Abdul Hameed")
_IN_HOMES = (
    ("H.No. 112, Mohalla Kazipura, Bahraich, Uttar Pradesh", "271801", "Bahraich H.O."),
    ("Vill. Rampur Kalan, Post Sisaiya, Distt. Bahraich, U.P.", "271872", "Sisaiya B.O."),
    ("B-14, Indira Nagar, Lucknow, Uttar Pradesh", "226016", "Indira Nagar S.O."),
    ("Ward No. 9, Station Road, Gonda, U.P.", "271001", "Gonda H.O."),
    ("Vill. & Post Bhinga, Distt. Shrawasti, U.P.", "271831", "Bhinga S.O."),
)
_IN_SCHEMES = ("SB", "RD", "SSA", "MIS", "TD-5Y", "SCSS", "PPF")
_IN_RELATIONS = ("Wife", "Husband", "Daughter", "Son", "Mother", "Father")
_IN_KYC = ("Aadhaar seeded", "Aadhaar seeded", "Pending", "e-KYC done", "PAN not linked")

_PL_PLACES = (
    ("ul. Narutowicza 14 m. 6", "90-135", "Łódź"),
    ("ul. Kilińskiego 101", "90-049", "Łódź"),
    ("os. Słoneczne 3/12", "95-200", "Pabianice"),
    ("ul. Grota-Roweckiego 22", "95-100", "Zgierz"),
    ("ul. Piłsudskiego 5A", "95-040", "Koluszki"),
)
_PL_KINDS = ("polecony", "polecony ZPO", "paczka pocztowa", "polecony (sąd)", "Pocztex")
_PL_SENDERS = ("Sąd Rejonowy dla Łodzi-Śródmieścia", "ZUS I Oddział w Łodzi", "Urząd Skarbowy",
               "Allegro", "PGE Obrót S.A.", "Komornik Sądowy")  # fmt: skip
_PL_WHO = ("adresat", "adresat", "pełnomocnik", "domownik", "nie odebrano - zwrot")
_PL_NOTES = ("", "", "odbiór w placówce UP Łódź 1", "pełnomocnictwo stałe", "zwrot do nadawcy")

_MX_PLACES = (
    ("Calle Morelos 214", "Centro", "Oaxaca de Juárez", "Oaxaca", "68000"),
    ("Av. Independencia 1507 Int. 3", "Jalatlaco", "Oaxaca de Juárez", "Oaxaca", "68080"),
    ("Calle 5 de Mayo 38", "Barrio de Jalatlaco", "Santa Lucía del Camino", "Oaxaca", "71228"),
    ("Privada Pino Suárez 9", "San Felipe del Agua", "Oaxaca de Juárez", "Oaxaca", "68020"),
    ("Calle Reforma 402", "Reforma", "Oaxaca de Juárez", "Oaxaca", "68050"),
)
_MX_SENDERS = ("Mercado Libre", "SAT", "Amazon México", "INE", "Banco Azteca", "IMSS")
_MX_STATUS = ("Entregado", "En ruta", "Aviso dejado", "Devuelto al remitente", "Entregado")

_NG_PLACES = (
    ("No 4, Ogunlana Drive, Surulere", "101283", "Surulere", "Lagos"),
    ("12 Adeniyi Jones Avenue, Ikeja", "100271", "Ikeja", "Lagos"),
    ("Plot 22, Gwarinpa 2nd Avenue", "900108", "Bwari", "FCT"),
    ("House 15, Zoo Road, Gyadi-Gyadi", "700241", "Tarauni", "Kano"),
    ("5 Aba Road, Rumuokoro", "500102", "Obio/Akpor", "Rivers"),
)
_NG_REQUESTERS = ("First Bank of Nigeria", "Access Bank Plc", "MTN Nigeria",
                  "Federal Civil Service", "Zenith Bank Plc", "NYSC")  # fmt: skip
_NG_OFFICERS = ("Mr. Babatunde Ajayi", "Mrs. Chioma Obi", "Mallam Sani Garba", "Mr. Emeka Nnadi")
_NG_OUTCOME = ("Verified", "Verified", "Address not found", "Applicant unknown at address",
               "Verified - landmark only")  # fmt: skip

_TR_PLACES = (
    ("Kocatepe Mah.", "Mithatpaşa Cad. No:31 D:4", "Çankaya", "Ankara", "06420"),
    ("Bahçelievler Mah.", "Şehit Ömer Halisdemir Sk. No:7", "Bahçelievler", "İstanbul", "34180"),
    ("Alsancak Mah.", "Kıbrıs Şehitleri Cad. No:112 K:3", "Konak", "İzmir", "35220"),
    ("Yenişehir Mah.", "Kardelen Sk. No:5/2", "Selçuklu", "Konya", "42060"),
    ("Ortahisar Mah.", "Uzun Sk. No:48", "Ortahisar", "Trabzon", "61030"),
)
_TR_KINDS = ("Kargo", "APS Kurye", "Taahhütlü Mektup", "Ödeme Şartlı Kargo", "Koli")
_TR_SENDERS = ("Trendyol", "Hepsiburada", "SGK İl Müdürlüğü", "E-Devlet PTT", "Nüfus Müdürlüğü")
_TR_STATUS = ("Teslim Edildi", "Teslim Edildi", "Şubede Bekliyor", "Alıcı Adreste Yok", "İade")
_TR_WHO = ("Kendisi", "Kendisi", "Eşi", "Komşusu", "Kapıcı", "")


def _s10(p: Person, service: str, country: str, salt: int = 0) -> str:
    """A UPU S10 item number: two letters, eight digits, the check digit (weights 8 6 4 2 3 5 9 7,
    11 minus the sum mod 11, 10 written 0 and 11 written 5), the country."""
    digits = f"{(int(p.bhxh[-8:]) + salt * 7919) % 10**8:08d}"
    check = 11 - sum(int(d) * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return f"{service}{digits}{0 if check == 10 else 5 if check == 11 else check}{country}"


def _after(start: date, days: int) -> date:
    return start + timedelta(days=days)


def _stamp(p: Person) -> str:
    when = datetime(2026, 11, 20, 7) + timedelta(minutes=int(p.bhxh[-6:]) % 25_000)
    return f"{when:%d/%m/%Y %H:%M:%S}"


def _vn_home(p: Person) -> str:
    return _pick(p, _VN_HOMES, 3)


def _plate(p: Person) -> str:
    return f"{_pick(p, _VN_PLATE_HEADS, 4)}-{p.bhxh[2:5]}.{p.bhxh[5:7]}"


def _in_name(p: Person) -> str:
    return f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 5)} {_pick(p, _IN_FAMILY, 6)}"


def _in_home(p: Person) -> tuple[str, str, str]:
    return _IN_HOMES[int(p.bhxh) // 13 % len(_IN_HOMES)]


def _pl_place(p: Person) -> tuple[str, str, str]:
    return _PL_PLACES[int(p.bhxh) // 7 % len(_PL_PLACES)]


def _mx_place(p: Person) -> tuple[str, str, str, str, str]:
    return _MX_PLACES[int(p.bhxh) // 19 % len(_MX_PLACES)]


def _ng_place(p: Person) -> tuple[str, str, str, str]:
    return _NG_PLACES[int(p.bhxh) // 29 % len(_NG_PLACES)]


def _tr_place(p: Person) -> tuple[str, str, str, str, str]:
    return _TR_PLACES[int(p.bhxh) // 31 % len(_TR_PLACES)]


def _tr_caps(p: Person) -> str:
    """The surname in capitals as Turkish writes them (a dotted capital I for i)."""
    return _pick(p, _TR_FAMILY, 43).replace("i", "İ").upper()


def _nin(p: Person) -> str:
    """A Nigerian National Identification Number: eleven digits, never led by 0."""
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[::-1]}"


WRITERS_BLIND429: dict[str, Callable[[Person, Col], object]] = {
    # PO boxes rented at a post office
    "box429": lambda p, c: f"HT {_num(p, 480):03d}",
    "boxtype429": lambda p, c: _pick(p, _VN_BOX_TYPES, 7),
    "box_end429": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "fee429": lambda p, c: _pick(p, ("600.000", "960.000", "600.000", "1.440.000"), 7),
    "proxy429": lambda p, c: _pick(p, ("", "", _other_vn(p, 8)), 8),
    "po429": lambda p, c: _pick(p, _VN_POST_OFFICES, 9),
    # courier trunk-route drivers
    "addr429": lambda p, c: _vn_home(p),
    "gplx429": lambda p, c: f"{p.bhxh[::-1]}{p.phone[-2:]}",
    "hang429": lambda p, c: _pick(p, _VN_GPLX_CLASS, 10),
    "gplx_end429": lambda p, c: (
        f"{_safe_day(2027 + _num(p, 5), p.birth.month, p.birth.day):%d/%m/%Y}"
    ),
    "plate429": lambda p, c: _plate(p),
    "truck429": lambda p, c: _pick(p, _VN_TRUCKS, 11),
    "route429": lambda p, c: _pick(p, _VN_ROUTES, 12),
    "mate429": lambda p, c: _pick(p, ("", _other_vn(p, 13, male=True)), 13),
    "driver_st429": lambda p, c: _pick(p, _VN_DRIVER_STATUS, 14),
    # parcels waiting at the post office
    "s10_429": lambda p, c: _s10(p, _pick(p, ("EB", "EE", "RR", "CP"), 15), "VN"),
    "svc429": lambda p, c: _pick(p, _VN_SERVICES, 15),
    "sender429": lambda p, c: _pick(p, _VN_SENDERS, 16),
    "sender_phone429": lambda p, c: _other_phone(p, "1900"),
    "tries429": lambda p, c: _num(p, 3),
    "reason429": lambda p, c: _pick(p, _VN_REASONS, 17),
    "keep429": lambda p, c: f"{_after(p.other_date, 30):%d-%m-%Y}",
    "cod429": lambda p, c: "" if _num(p, 3) == 1 else f"{_num(p, 90) * 5}.000",
    "st429": lambda p, c: _pick(p, _VN_ITEM_STATUS, 18),
    "stamp429": lambda p, c: _stamp(p),
    # social allowances carried home
    "madt429": lambda p, c: f"BTXH-{p.bhxh[-5:]}",
    "dien429": lambda p, c: (
        _VN_ALLOWANCE[0] if p.birth.year <= 1946 else _pick(p, _VN_ALLOWANCE[1:], 19)
    ),
    "muc429": lambda p, c: _pick(p, _VN_AMOUNTS, 19),
    "ky429": lambda p, c: f"Tháng {p.other_date:%m/%Y}",
    "guardian429": lambda p, c: _other_vn(p, 21),
    "grel429": lambda p, c: _by_sex(p, _VN_GUARDIAN_REL_M, _VN_GUARDIAN_REL_F, 22),
    "gphone429": lambda p, c: _other_phone(p, "09"),
    "payer429": lambda p, c: _other_vn(p, 23),
    "sign429": lambda p, c: _pick(p, _VN_SIGN, 24),
    # India Post savings bank
    "in_acct429": lambda p, c: f"{p.bhxh}{p.phone[-1]}",
    "in_scheme429": lambda p, c: _pick(p, _IN_SCHEMES, 25),
    "in_name429": lambda p, c: _in_name(p),
    "in_father429": lambda p, c: f"{_pick(p, _IN_FATHERS, 26)} {_pick(p, _IN_FAMILY, 6)}",
    "sex_in429": lambda p, c: "M" if p.male else "F",
    "in_aadhaar429": lambda p, c: _aadhaar_spaced(p),
    "in_pan429": lambda p, c: _pick(p, ("", f"ABCP{_pick(p, _IN_FAMILY, 6)[0]}{p.bhxh[:4]}K"), 27),
    "phone_in429": lambda p, c: _in_phone(p, 2),
    "in_addr429": lambda p, c: _in_home(p)[0],
    "in_pin429": lambda p, c: _in_home(p)[1],
    "in_office429": lambda p, c: _in_home(p)[2],
    "in_nominee429": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_F, _IN_GIVEN_M, 28)} {_pick(p, _IN_FAMILY, 6)}"
    ),
    "in_rel429": lambda p, c: _by_sex(p, _IN_RELATIONS[::2], _IN_RELATIONS[1::2], 29),
    "in_bal429": lambda p, c: f"{_num(p, 900) * 137:,}.00",
    "in_kyc429": lambda p, c: _pick(p, _IN_KYC, 30),
    # Poczta Polska notices
    "pl_s10_429": lambda p, c: _s10(p, "RR", "PL", 1),
    "pl_kind429": lambda p, c: _pick(p, _PL_KINDS, 31),
    "pl_name429": lambda p, c: _pl_name(p),
    "pl_pesel429": lambda p, c: _pesel(p),
    "pl_street429": lambda p, c: _pl_place(p)[0],
    "pl_kod429": lambda p, c: _pl_place(p)[1],
    "pl_town429": lambda p, c: _pl_place(p)[2],
    "pl_phone429": lambda p, c: f"+48 5{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:]}0",
    "pl_sender429": lambda p, c: _pick(p, _PL_SENDERS, 32),
    "pl_awizo2_429": lambda p, c: f"{_after(p.other_date, 7):%d.%m.%Y}",
    "pl_deadline429": lambda p, c: f"{_after(p.other_date, 14):%d.%m.%Y}",
    "pl_who429": lambda p, c: _pick(p, _PL_WHO, 33),
    "pl_doc429": lambda p, c: (
        f"dowód osobisty {chr(65 + int(p.bhxh[0]))}{chr(66 + int(p.bhxh[1]))}"
        f"{chr(67 + int(p.bhxh[2]))} {p.bhxh[3:9]}"
    ),
    "pl_note429": lambda p, c: _pick(p, _PL_NOTES, 34),
    # Correos de México
    "mx_guia429": lambda p, c: _s10(p, "MN", "MX", 2),
    "mx_giv429": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F),
    "mx_fam429": lambda p, c: _pick(p, _MX_FAMILY, 1),
    "mx_fam2_429": lambda p, c: _pick(p, _MX_FAMILY, 4),
    "mx_curp429": lambda p, c: _curp(p),
    "sex_mx429": lambda p, c: "H" if p.male else "M",
    "mx_street429": lambda p, c: _mx_place(p)[0],
    "mx_col429": lambda p, c: _mx_place(p)[1],
    "mx_mun429": lambda p, c: _mx_place(p)[2],
    "mx_edo429": lambda p, c: _mx_place(p)[3],
    "mx_cp429": lambda p, c: _mx_place(p)[4],
    "phone_mx429": lambda p, c: f"951 {p.phone[3:6]} {p.phone[6:10]}",
    "mx_sender429": lambda p, c: _pick(p, _MX_SENDERS, 35),
    "mx_st429": lambda p, c: _pick(p, _MX_STATUS, 36),
    "mx_recv429": lambda p, c: _pick(p, ("Destinatario", "Destinatario", "Familiar", ""), 37),
    # NIPOST address verification
    "ng_ref429": lambda p, c: f"NIPOST/AVS/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "ng_req429": lambda p, c: _pick(p, _NG_REQUESTERS, 38),
    "ng_fam429": lambda p, c: _ng_name(p)[0],
    "ng_giv429": lambda p, c: _ng_name(p)[1],
    "ng_nin429": lambda p, c: _nin(p),
    "sex_ng429": lambda p, c: "Male" if p.male else "Female",
    "phone_ng429": lambda p, c: f"{_pick(p, _NG_PREFIXES, 39)} {p.phone[3:6]} {p.phone[6:10]}",
    "ng_addr429": lambda p, c: _ng_place(p)[0],
    "ng_post429": lambda p, c: _ng_place(p)[1],
    "ng_lga429": lambda p, c: _ng_place(p)[2],
    "ng_state429": lambda p, c: _ng_place(p)[3],
    "ng_officer429": lambda p, c: _pick(p, _NG_OFFICERS, 40),
    "ng_outcome429": lambda p, c: _pick(p, _NG_OUTCOME, 41),
    "ng_gps429": lambda p, c: (
        f"{6.4 + int(p.bhxh[-4:]) / 90_000:.5f}, {3.3 + int(p.bhxh[:4]) / 60_000:.5f}"
    ),
    # PTT kargo
    "tr_barkod429": lambda p, c: f"KP{p.bhxh}{p.phone[-3:]}",
    "tr_name429": lambda p, c: f"{_by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 42)} {_tr_caps(p)}",
    "tr_tc429": lambda p, c: _tc_kimlik(p),
    "phone_tr429": lambda p, c: f"05{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:9]} {p.phone[9:]}7",
    "tr_mah429": lambda p, c: _tr_place(p)[0],
    "tr_street429": lambda p, c: _tr_place(p)[1],
    "tr_ilce429": lambda p, c: _tr_place(p)[2],
    "tr_il429": lambda p, c: _tr_place(p)[3],
    "tr_pk429": lambda p, c: _tr_place(p)[4],
    "tr_sender429": lambda p, c: _pick(p, _TR_SENDERS, 44),
    "tr_kind429": lambda p, c: _pick(p, _TR_KINDS, 45),
    "tr_kg429": lambda p, c: f"{_num(p, 30) / 2:.1f}".replace(".", ","),
    "tr_deliv429": lambda p, c: f"{_after(p.other_date, _num(p, 4)):%d.%m.%Y}",
    "tr_who429": lambda p, c: _pick(p, _TR_WHO, 46),
    "tr_status429": lambda p, c: _pick(p, _TR_STATUS, 47),
    "tr_cod429": lambda p, c: "" if _num(p, 3) != 2 else f"{_num(p, 900)},00",
}

__all__ = ["WRITERS_BLIND429"]
