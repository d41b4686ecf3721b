"""How the people of the hundred-and-sixteenth part of the outside corpus (**blind 116**,
:mod:`lienthong.quality._corpus_blind116`) are written: four Vietnamese files' own columns (a
commune's signature certification book, a trade union's free Tết coach seats for workers, a bay's
fish cage registrations, a province's religious dignitaries) and American, Canadian, Mexican,
Guatemalan and Costa Rican names, places, phones and identity numbers in the forms their
registers write them (the SSN's last four, the SIN with its Luhn digit, the CURP with its check
digit, the CUI with its check digit and municipality, the cédula)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import (
    _MX_FAMILY,
    _MX_GIVEN_F,
    _MX_GIVEN_M,
    _by_sex,
    _curp,
    _num,
    _pick,
    _ssn,
)
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind12_writers import _weighted
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind92_writers import _dotted
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_CERT_PAPERS = _items(
    "Giấy ủy quyền; Đơn xin xác nhận; Bản cam kết; Giấy cam đoan; Tờ khai; Đơn đề nghị; "
    "Hợp đồng lao động (bản sao); Văn bằng (bản sao)"
)
_VN_CERT_KINDS = ("Chứng thực chữ ký", "Chứng thực bản sao", "Chứng thực chữ ký")
_VN_CERT_OFFICERS = _items("Nguyễn Văn Hùng - PCT; Trần Thị Mai - CC TP-HT; Lê Quang Vinh - CT")
_VN_BN_HOMES = _items(
    "thôn Đông Xuyên, xã Đông Tiến, huyện Yên Phong, tỉnh Bắc Ninh; khu phố Đình, phường "
    "Đình Bảng, TP. Từ Sơn, tỉnh Bắc Ninh; thôn Ngọc Xá, xã Châu Phong, huyện Quế Võ, tỉnh Bắc "
    "Ninh; xóm Giữa, thôn Tam Tảo, xã Phú Lâm, huyện Tiên Du, tỉnh Bắc Ninh"
)
_VN_WORKER_PLACES = _items(
    "phòng trọ số 6, nhà bà Hoa, thôn Đông Xuyên, xã Đông Tiến, huyện Yên Phong, Bắc Ninh; "
    "KTX Cty Samsung, KCN Yên Phong, Bắc Ninh; số 12 ngõ 4, khu phố Đình, P. Đình Bảng, TP. Từ "
    "Sơn, Bắc Ninh; nhà trọ Minh Anh, thôn Ngọc Xá, xã Châu Phong, Quế Võ, Bắc Ninh"
)
_VN_FIRMS = _items(
    "Cty TNHH Samsung Electronics VN; Cty TNHH Canon VN; Cty TNHH Foxconn Bắc Giang; "
    "Cty CP May Đáp Cầu; Cty TNHH Hosiden VN; Cty TNHH Goertek VN"
)
_VN_TET_ROUTES = _rows(
    "Bắc Ninh - Thanh Hóa | BX Thanh Hóa; Bắc Ninh - Nghệ An | BX Bắc Vinh; Bắc Ninh - Hà "
    "Tĩnh | BX Hà Tĩnh; Bắc Ninh - Điện Biên | BX Điện Biên Phủ; Bắc Ninh - Sơn La | BX Sơn La; "
    "Bắc Ninh - Quảng Bình | BX Đồng Hới"
)
_VN_HOMETOWNS = _items(
    "Thiệu Hóa, Thanh Hóa; Diễn Châu, Nghệ An; Can Lộc, Hà Tĩnh; Mường Ảng, Điện Biên; "
    "Thuận Châu, Sơn La; Bố Trạch, Quảng Bình"
)
_VN_KH_HOMES = _items(
    "tổ 3, thôn Bình Ba Đông, xã Cam Bình, TP. Cam Ranh, Khánh Hòa; thôn Xuân Tự 1, xã Vạn "
    "Hưng, huyện Vạn Ninh, Khánh Hòa; tổ dân phố 5, phường Vĩnh Nguyên, TP. Nha Trang, Khánh "
    "Hòa; thôn Mỹ Giang, xã Ninh Phước, thị xã Ninh Hòa, Khánh Hòa"
)
_VN_BAYS = _items("Vịnh Cam Ranh; Vịnh Vân Phong; Đầm Thủy Triều; Vịnh Nha Trang (Trí Nguyên)")
_VN_CAGE_SPECIES = _items("Tôm hùm bông; Tôm hùm xanh; Cá mú; Cá chim vây vàng; Ốc hương")
_VN_RELIGIONS_M = _rows(
    "Phật giáo | Đại đức | Chùa Phước Hải; Phật giáo | Thượng tọa | Chùa Từ Đàm; "
    "Công giáo | Linh mục | Giáo xứ Phủ Cam; Tin Lành | Mục sư | Chi hội Tin Lành Huế; "
    "Cao Đài | Giáo hữu | Thánh thất Thừa Thiên"
)
_VN_RELIGIONS_F = _rows(
    "Phật giáo | Ni sư | Tịnh xá Ngọc Phú; Phật giáo | Sư cô | Chùa Diệu Đức; "
    "Công giáo | Nữ tu (Bề trên) | Dòng Mến Thánh Giá Huế; Phật giáo | Ni trưởng | Chùa Hồng Ân"
)
_VN_DHARMA_M = _items("Thích Minh Tuệ; Thích Nguyên Tịnh; Thích Quảng Đạo; Thích Huệ Phước")
_VN_DHARMA_F = _items("Thích nữ Diệu Hạnh; Thích nữ Như Liên; Thích nữ Tâm Thủy")
_VN_HUE_HOMES = _items(
    "số 1 Sư Liễu, phường Phước Vĩnh, TP. Huế, Thừa Thiên Huế; kiệt 45 Điện Biên Phủ, "
    "phường Trường An, TP. Huế; thôn Lại Thế, xã Phú Thượng, huyện Phú Vang, Thừa Thiên Huế; "
    "15 Nguyễn Huệ, phường Vĩnh Ninh, TP. Huế, Thừa Thiên Huế"
)


def _religion(p: Person) -> tuple[str, ...]:
    rows = _VN_RELIGIONS_M if p.male else _VN_RELIGIONS_F
    return rows[int(p.bhxh) // 7 % len(rows)]


def _vn_dharma(p: Person) -> str:
    if _religion(p)[0] != "Phật giáo":
        return ""
    return _by_sex(p, _VN_DHARMA_M, _VN_DHARMA_F, 5)


# -- foreign files ------------------------------------------------------------------------------
_US_PLACES = _rows(
    "Austin | 78741 | 512; Houston | 77036 | 713; San Antonio | 78207 | 210; El Paso | 79905 "
    "| 915; Dallas | 75216 | 214; Lubbock | 79415 | 806"
)
_US_EMPLOYERS = _items(
    "H-E-B Grocery Co; Dell Technologies; Whataburger #412; Memorial Hermann Health; "
    "Texas Roadhouse; Amazon.com Services LLC; Self"
)
_US_SEPARATIONS = _items("Lack of work; Laid off - plant closure; Discharged; Quit; Reduced hours")
_US_STATUSES = _items("Active; Monetarily eligible; Pending fact-finding; Denied; Exhausted")
_CA_PLACES = _rows(
    "Moncton | E1C 4B7; Dieppe | E1A 6R4; Fredericton | E3B 1J2; Saint John | E2L 3X1; "
    "Edmundston | E3V 1S4; Bathurst | E2A 1A8"
)
_CA_STREETS = _items(
    "45 rue Champlain; 212 Mountain Rd; 18 Botsford St; 330 ch. Acadie; 9 Regent St; "
    "77 boul. Hébert"
)
_CA_HEATING = _items("Oil / Mazout; Electricity / Électricité; Wood / Bois; Propane")
_CA_LANG = ("English", "Français")
_MX_BLOOD = ("O+", "A+", "O+", "B+", "O-", "AB+", "A-")
_MX_PLACES = _rows(
    "Av. Vallarta 3233 | Vallarta Poniente | 44110 | Guadalajara; Calle Independencia 115 Int. 4 "
    "| Centro | 45500 | San Pedro Tlaquepaque; Av. López Mateos Sur 1450 | Chapalita | 45040 | "
    "Zapopan; Calle Morelos 87 | Santa Anita | 45645 | Tlajomulco de Zúñiga; Av. Patria 600 | "
    "Jardines Universidad | 45110 | Zapopan"
)
_MX_LICENCES = _items("A Automovilista; B Chofer; A Automovilista; M Motociclista; C Chofer")
_GT_PLACES = _rows(
    "0101 | Guatemala | Guatemala; 0108 | Mixco | Guatemala; 0115 | Villa Nueva | Guatemala; "
    "0901 | Quetzaltenango | Quetzaltenango; 1601 | Cobán | Alta Verapaz; 0301 | Antigua "
    "Guatemala | Sacatepéquez; 1301 | Huehuetenango | Huehuetenango"
)
_GT_STREETS = _items(
    "4a. Calle 6-35 zona 1; 12 Avenida 3-21 zona 7, Colonia Kaminal Juyú; Lote 14 Manzana C, "
    "Colonia El Mezquital zona 12; 2a. Avenida 9-10 zona 3; Cantón San Bartolo, 1a. Calle 4-08"
)
_GT_GIVEN_M = _items("José Manuel; Carlos Enrique; Byron Estuardo; Édgar René; Juan Pablo")
_GT_GIVEN_F = _items("María José; Ana Lucía; Ingrid Marisol; Sandra Yolanda; Lesly Carolina")
_GT_FAMILY = _items("Pérez López; Morales Chávez; Xicay Cutz; Ajanel Tzoc; Ramírez de León")
_CR_PLACES = _rows(
    "4 | Heredia, San Francisco, Urb. La Esperanza, casa 14B; 4 | Heredia, Mercedes Norte, 200 "
    "m norte de la iglesia católica; 1 | Heredia, Ulloa, Barreal, 100 m este del Automercado; "
    "2 | Heredia, San Pablo, Res. Las Flores, casa 7; 4 | Heredia, Vara Blanca, frente a la "
    "escuela"
)
_CR_GIVEN_M = _items("Luis Diego; José Pablo; Andrés; Mauricio; Esteban")
_CR_GIVEN_F = _items("María Fernanda; Valeria; Karla Vanessa; Rebeca; Daniela")
_CR_FAMILY = _items("Rodríguez Vargas; Jiménez Mora; Solano Quesada; Araya Alfaro; Chaves Rojas")
_CR_TRADES = _rows(
    "Soda La Esquina | Venta de comidas; Pulpería Doña Tere | Abarrotes; Salón de belleza Kary "
    "| Estética; Taller El Pibe | Mecánica automotriz; Bazar Las Gemelas | Bazar y regalos"
)


def _ssn4(p: Person) -> str:
    return f"XXX-XX-{_ssn(p)[-4:]}"


def _sin(p: Person) -> str:
    """A SIN first issued in New Brunswick (first digit 1), eight digits and the Luhn digit."""
    digits = _luhn(f"1{p.bhxh[-7:]}")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _gt_place(p: Person) -> tuple[str, ...]:
    return _GT_PLACES[int(p.bhxh) // 11 % len(_GT_PLACES)]


def _cui(p: Person) -> str:
    """A CUI of 13 digits: eight serial digits, the mod-11 check digit (weights 2 to 9 from the
    left; a serial giving 10 is never issued), the department's and municipality's codes."""
    serial = int(p.bhxh[1:9])
    while _weighted(f"{serial:08d}", (2, 3, 4, 5, 6, 7, 8, 9)) % 11 == 10:
        serial = (serial + 1) % 100_000_000
    body = f"{serial:08d}"
    return f"{body}{_weighted(body, (2, 3, 4, 5, 6, 7, 8, 9)) % 11}{_gt_place(p)[0]}"


def _cr_place(p: Person) -> tuple[str, ...]:
    return _CR_PLACES[int(p.bhxh) // 13 % len(_CR_PLACES)]


def _cedula(p: Person) -> str:
    tomo = max(100, (p.birth.year - 1930) * 22 + int(p.bhxh[:2]))
    return f"{_cr_place(p)[0]}-{tomo:04d}-{int(p.bhxh[-4:]) % 900 + 1:04d}"


def _mx_family(p: Person) -> str:
    return f"{_pick(p, _MX_FAMILY, 2)} {_pick(p, _MX_FAMILY, 3)}"


WRITERS_BLIND116: dict[str, Callable[[Person, Col], object]] = {
    "birth_year116": lambda p, c: str(p.birth.year),
    # a commune's signature certification book
    "cert_no116": lambda p, c: f"{_num(p, 900)}/2025/SCT/CK",
    "cert_kind116": lambda p, c: _pick(p, _VN_CERT_KINDS, 2),
    "cert_paper116": lambda p, c: _pick(p, _VN_CERT_PAPERS, 3),
    "cert_copies116": lambda p, c: str(1 + int(p.bhxh[-1]) % 3),
    "cert_fee116": lambda p, c: _dotted(10_000 * (1 + int(p.bhxh[-1]) % 3)),
    "cert_officer116": lambda p, c: _pick(p, _VN_CERT_OFFICERS, 4),
    "cert_addr116": lambda p, c: _pick(p, _VN_BN_HOMES, 5),
    # a trade union's free Tết coach seats
    "tet_firm116": lambda p, c: _pick(p, _VN_FIRMS, 2),
    "tet_stay116": lambda p, c: _pick(p, _VN_WORKER_PLACES, 3),
    "tet_hometown116": lambda p, c: _pick(p, _VN_HOMETOWNS, 4),
    "tet_route116": lambda p, c: _pick(p, tuple(r[0] for r in _VN_TET_ROUTES), 4),
    "tet_stop116": lambda p, c: _pick(p, tuple(r[1] for r in _VN_TET_ROUTES), 4),
    "tet_seats116": lambda p, c: str(1 + int(p.bhxh[-2]) % 3),
    "tet_union_no116": lambda p, c: f"CĐ{p.bhxh[2:8]}",
    "tet_leader116": lambda p, c: _other_vn(p, 5),
    "tet_leader_phone116": lambda p, c: _other_phone(p, "0972"),
    "tet_note116": lambda p, c: _pick(p, ("", "", "Đi cùng con nhỏ", "Đoàn viên xuất sắc"), 6),
    # a bay's fish cage registrations
    "cage_addr116": lambda p, c: _pick(p, _VN_KH_HOMES, 2),
    "cage_bay116": lambda p, c: _pick(p, _VN_BAYS, 3),
    "cage_coords116": lambda p, c: (
        f"11°{50 + int(p.bhxh[-2:]) % 9}'{p.bhxh[-4:-2]}\"N - 109°{10 + int(p.bhxh[3]) % 9}'"
        f'{p.bhxh[5:7]}"E'
    ),
    "cage_count116": lambda p, c: str(4 + int(p.bhxh[-3:]) % 40),
    "cage_area116": lambda p, c: f"{(4 + int(p.bhxh[-3:]) % 40) * 9},0",
    "cage_species116": lambda p, c: _pick(p, _VN_CAGE_SPECIES, 4),
    "cage_kin116": lambda p, c: _other_vn(p, 6, male=not p.male),
    "cage_kin_phone116": lambda p, c: _other_phone(p, "0905"),
    "cage_cert116": lambda p, c: f"{_num(p, 400)}/GXN-UBND",
    "cage_valid116": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    # a province's register of religious dignitaries
    "rel_dharma116": lambda p, c: _vn_dharma(p),
    "rel_religion116": lambda p, c: _religion(p)[0],
    "rel_rank116": lambda p, c: _religion(p)[1],
    "rel_place116": lambda p, c: _religion(p)[2],
    "rel_addr116": lambda p, c: _pick(p, _VN_HUE_HOMES, 3),
    "rel_decision116": lambda p, c: f"{_num(p, 300)}/QĐ-BTG",
    "rel_trained116": lambda p, c: _pick(
        p, ("Học viện PGVN tại Huế", "Đại chủng viện Huế", "Trung cấp Phật học", ""), 4
    ),
    # Texas unemployment claims
    "us_claim116": lambda p, c: f"UI{p.bhxh[:9]}",
    "ssn4_116": lambda p, c: _ssn4(p),
    "sex_us116": lambda p, c: "M" if p.male else "F",
    "us_mi116": lambda p, c: "ABCDEJKLMRST"[int(p.bhxh[-1]) % 12],
    "us_city116": lambda p, c: _pick(p, tuple(r[0] for r in _US_PLACES), 2),
    "us_state116": lambda p, c: "TX",
    "us_zip116": lambda p, c: _pick(p, tuple(r[1] for r in _US_PLACES), 2),
    "us_phone116": lambda p, c: (
        f"({_pick(p, tuple(r[2] for r in _US_PLACES), 2)}) {p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "us_employer116": lambda p, c: _pick(p, _US_EMPLOYERS, 3),
    "us_sep116": lambda p, c: _pick(p, _US_SEPARATIONS, 4),
    "us_wba116": lambda p, c: f"${107 + int(p.bhxh[-3:]) % 500}.00",
    "us_status116": lambda p, c: _pick(p, _US_STATUSES, 5),
    # New Brunswick home heating benefit
    "sin116": lambda p, c: _sin(p),
    "sex_ca116": lambda p, c: "M" if p.male else "F",
    "ca_street116": lambda p, c: _pick(p, _CA_STREETS, 2),
    "ca_city116": lambda p, c: _pick(p, tuple(r[0] for r in _CA_PLACES), 3),
    "ca_prov116": lambda p, c: "NB",
    "ca_postal116": lambda p, c: _pick(p, tuple(r[1] for r in _CA_PLACES), 3),
    "ca_phone116": lambda p, c: f"506-{p.phone[3:6]}-{p.phone[6:10]}",
    "ca_lang116": lambda p, c: _pick(p, _CA_LANG, 4),
    "ca_heat116": lambda p, c: _pick(p, _CA_HEATING, 5),
    "ca_income116": lambda p, c: f"{12_000 + int(p.bhxh[-4:]) * 3 % 40_000:,}",
    "ca_benefit116": lambda p, c: "$500.00" if int(p.bhxh[-1]) % 4 else "$0.00",
    "ca_file116": lambda p, c: f"HHB-25-{p.bhxh[-6:]}",
    # Jalisco driving licences
    "curp116": lambda p, c: _curp(p),
    "mx_given116": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    "mx_family116": lambda p, c: _mx_family(p),
    "sex_mx116": lambda p, c: "H" if p.male else "M",
    "mx_blood116": lambda p, c: _pick(p, _MX_BLOOD, 4),
    "mx_street116": lambda p, c: _pick(p, tuple(r[0] for r in _MX_PLACES), 5),
    "mx_colonia116": lambda p, c: _pick(p, tuple(r[1] for r in _MX_PLACES), 5),
    "mx_cp116": lambda p, c: _pick(p, tuple(r[2] for r in _MX_PLACES), 5),
    "mx_mun116": lambda p, c: _pick(p, tuple(r[3] for r in _MX_PLACES), 5),
    "mx_phone116": lambda p, c: f"33 {p.phone[2:6]} {p.phone[6:10]}",
    "mx_licence116": lambda p, c: _pick(p, _MX_LICENCES, 6),
    "mx_folio116": lambda p, c: f"JAL{p.bhxh[:8]}",
    "mx_until116": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "mx_donor116": lambda p, c: _pick(p, ("SÍ", "NO", "NO"), 7),
    "mx_contact116": lambda p, c: (
        f"{_by_sex(p, _MX_GIVEN_F, _MX_GIVEN_M, 8)} {_pick(p, _MX_FAMILY, 9)} "
        f"- 33 {p.bhxh[-8:-4]} {p.bhxh[-4:]}"
    ),
    # Guatemala voter enrolment
    "cui116": lambda p, c: _cui(p),
    "gt_given116": lambda p, c: _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 2),
    "gt_family116": lambda p, c: _pick(p, _GT_FAMILY, 3),
    "sex_gt116": lambda p, c: "Hombre" if p.male else "Mujer",
    "gt_street116": lambda p, c: _pick(p, _GT_STREETS, 4),
    "gt_mun116": lambda p, c: _gt_place(p)[1],
    "gt_dept116": lambda p, c: _gt_place(p)[2],
    "gt_phone116": lambda p, c: f"{'345'[int(p.bhxh[0]) % 3]}{p.phone[3:6]}-{p.phone[6:10]}",
    "gt_padron116": lambda p, c: f"{p.bhxh[-6:]}",
    "gt_centre116": lambda p, c: _pick(
        p,
        ("EORM Jornada Matutina", "Escuela Tipo Federación", "Instituto INEB", "Salón comunal"),
        5,
    ),
    "gt_table116": lambda p, c: str(_num(p, 60)),
    # Heredia trade licences
    "cedula116": lambda p, c: _cedula(p),
    "cr_name116": lambda p, c: (
        f"{_by_sex(p, _CR_GIVEN_M, _CR_GIVEN_F, 2)} {_pick(p, _CR_FAMILY, 3)}"
    ),
    "cr_addr116": lambda p, c: _cr_place(p)[1],
    "cr_phone116": lambda p, c: f"{'867'[int(p.bhxh[0]) % 3]}{p.phone[3:6]}-{p.phone[6:10]}",
    "cr_email116": lambda p, c: (
        f"{_ascii(_by_sex(p, _CR_GIVEN_M, _CR_GIVEN_F, 2)).lower().split()[0]}"
        f".{_ascii(_pick(p, _CR_FAMILY, 3)).lower().split()[0]}@gmail.com"
    ),
    "cr_trade116": lambda p, c: _pick(p, tuple(r[0] for r in _CR_TRADES), 4),
    "cr_activity116": lambda p, c: _pick(p, tuple(r[1] for r in _CR_TRADES), 4),
    "cr_licence116": lambda p, c: f"P-{p.bhxh[-5:]}",
    "cr_shop116": lambda p, c: _pick(
        p, ("Heredia centro, costado sur del Mercado", "Barva, frente al parque", "Local 3"), 5
    ),
    "cr_tax116": lambda p, c: f"₡{int(p.bhxh[-5:]) * 7 % 300_000 + 15_000:,}".replace(",", " "),
    "cr_next116": lambda p, c: f"{p.other_date + timedelta(days=90):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND116"]
