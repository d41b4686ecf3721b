"""How the people of the four-hundred-and-twenty-second part of the outside corpus (**blind 422**,
:mod:`lienthong.quality._corpus_blind422`) are written: four Vietnamese files' own columns (a
ward's book of environmental fines, an urban-environment company's street sweepers, households
given compost bins, households moved away from a landfill) and Mexican, Indian, German, Chilean
and Turkish people's names, addresses, phones and numbers in the forms their papers show (the
CURP with its check digit, the masked Aadhaar, the Steuer-ID with its ISO 7064 digit, the RUN with
its mod-11 digit, the T.C. Kimlik No with its two check digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import (
    _DE_FAMILY,
    _DE_GIVEN_F,
    _DE_GIVEN_M,
    _TR_FAMILY,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
    _shift_date,
    _steuer_id,
    _tc_kimlik,
)
from lienthong.quality._corpus_blind45_writers import _CL_FAMILY, _CL_GIVEN_F, _CL_GIVEN_M, _rut
from lienthong.quality._corpus_blind164_writers import _aadhaar_masked
from lienthong.quality._corpus_blind309_writers import _curp_mx, _mx_names

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ACTS = (
    "Vứt, thải rác sinh hoạt không đúng nơi quy định",
    "Để chất thải rắn xây dựng ra vỉa hè, lòng đường",
    "Đốt rác thải sinh hoạt tại khu dân cư",
    "Không phân loại chất thải rắn sinh hoạt tại nguồn",
    "Thải nước thải chưa xử lý ra cống chung",
)
_VN_ARTICLES = ("Điểm a K1 Đ26 NĐ 45/2022", "K2 Đ26 NĐ 45/2022", "Điểm b K1 Đ25 NĐ 45/2022")
_VN_FINES = ("500.000", "1.000.000", "2.000.000", "3.000.000", "500.000", "250.000")
_VN_INSPECTORS = (
    "Nguyễn Văn Thắng - Cán bộ địa chính - môi trường",
    "Trần Thị Thu Hà - Công an phường",
    "Lê Quang Huy - Trật tự đô thị",
    "Phạm Minh Đức - Chủ tịch UBND phường",
)
_VN_FINE_STATUS = ("Đã nộp", "Đã nộp", "Chưa nộp", "Đã nộp", "Cưỡng chế")
_VN_TEAMS = ("XN MT số 1 - Đội 3", "XN MT số 2 - Đội 1", "XN MT số 3 - Đội 5", "Đội thu gom đêm")
_VN_ROUTES = (
    "Tran Hung Dao (doan Ba Trieu - Hang Bai)",
    "Le Duan tu so 1 den 151",
    "Ngo 68 Cau Giay + ngo 105 Doan Ke Thien",
    "Cho Hom - Pho Hue",
    "Diem tap ket Nguyen Khanh Toan",
)
_VN_BINS = ("Thùng ủ 120L", "Thùng ủ 60L + men vi sinh", "Thùng ủ 120L", "Túi ủ 25kg")
_VN_BIN_OFFICERS = (
    "Hội LHPN phường - Đỗ Thị Lan",
    "TDP trưởng Vũ Văn Hải",
    "HTX MT Xanh - Tạ Thị Mai",
)
_VN_RESETTLE = (
    "Khu TĐC Bắc Sơn - lô B2",
    "Khu TĐC Hồng Kỳ - ô 17",
    "Tự lo chỗ ở",
    "Khu TĐC Nam Sơn - lô A5",
)

_MX_MATERIAL = ("PET y cartón", "Aluminio", "Chatarra y cobre", "Vidrio", "PET, HDPE y papel")
_MX_SITES = (
    "Relleno sanitario Chiltepeque",
    "Centro de acopio San Pablo Xochimehuacan",
    "Tiradero a cielo abierto (clausurado)",
    "Ruta de camión recolector",
)
_MX_UNIONS = ("Unión de Pepenadores de Puebla", "Sin organización", "Cooperativa Reciclar A.C.")
_MX_HOMES = (
    ("Calle 14 Sur 2503", "Col. Santa Cruz Los Ángeles", "Puebla", "72400"),
    ("Privada Xonaca 12", "Barrio de Xonaca", "Puebla", "72280"),
    ("Av. Independencia Mz 4 Lt 9", "San Pablo Xochimehuacan", "Puebla", "72014"),
    ("Calle Morelos 45", "Col. Centro", "Amozoc", "72980"),
    ("Cerrada Zaragoza s/n", "San Francisco Totimehuacan", "Puebla", "72960"),
)

_IN_GIVEN_M = ("Ramesh", "Shankar", "Mohammed Irfan", "Raju", "Ganesh", "Babulal")
_IN_GIVEN_F = ("Lakshmi", "Shanti Devi", "Rukmini", "Salma Bi", "Kamla", "Anita")
_IN_FAMILY = ("Kamble", "Shaikh", "Jadhav", "Waghmare", "Gaikwad", "Pawar", "Sonawane")
_IN_HOMES = (
    "Room 14, Chawl No. 3, Ramabai Nagar, Ghatkopar East, Mumbai 400075",
    "Jhopadpatti 22, Near Deonar Dumping Ground, Govandi, Mumbai 400043",
    "H.No. 7/118, Kasba Peth, Pune 411011",
    "Plot 5, Bhim Nagar, Ward 12, Nagpur 440017",
)
_IN_WARDS = ("M-East Ward", "L Ward", "Kasba-Vishrambaug Ward", "Nehru Nagar Zone")
_IN_SHG = ("SWaCH Co-op", "Stree Mukti Sanghatana", "Parisar Vikas SHG", "Kagad Kach Patra")
_IN_WORK = ("Door-to-door collection", "Dry waste sorting centre", "Dumping ground", "Street")

_DE_HOMES = (
    ("Lindenstraße 14", "48145", "Münster"),
    ("Am Hilgenbaum 3a", "44269", "Dortmund"),
    ("Kirchweg 22", "33098", "Paderborn"),
    ("Bahnhofstr. 101", "59065", "Hamm"),
    ("Zur Alten Mühle 7", "48291", "Telgte"),
)
_DE_BINS = ("Restmüll 120 l", "Restmüll 240 l", "Restmüll 80 l", "Restmüll 60 l (Einzelperson)")
_DE_RHYTHM = ("14-täglich", "4-wöchentlich", "wöchentlich")
_DE_FEES = ("214,80", "389,40", "156,00", "132,60", "278,16")

_CL_HOMES = (
    ("Pasaje Las Acacias 1456", "La Pintana", "Metropolitana"),
    ("Calle Bulnes 833", "Valparaíso", "Valparaíso"),
    ("Villa Los Presidentes, block 4 depto 21", "Puente Alto", "Metropolitana"),
    ("Av. Colón 2290", "Talcahuano", "Biobío"),
    ("Los Boldos 77", "Temuco", "La Araucanía"),
)
_CL_ORGS = (
    "Recicladores Unidos de La Pintana",
    "Movimiento Nacional de Recicladores",
    "Independiente",
)
_CL_CERT = ("Certificado", "En proceso", "Certificado", "Evaluado - competente", "No postula")
_CL_MATERIAL = ("Cartón para líquidos", "Papel y cartón", "Plásticos (PET 1)", "Latas y metales")

_TR_HOMES = (
    ("Fevzi Çakmak Mah. 1042. Sok. No:5 D:3", "Esenler", "İstanbul"),
    ("Karşıyaka Mah. Bahar Cad. No:61", "Keçiören", "Ankara"),
    ("Alsancak Mah. 1453 Sok. No:12 K:2", "Konak", "İzmir"),
    ("Yeşilyurt Mah. Atatürk Blv. No:230", "Nilüfer", "Bursa"),
)
_TR_ACTS = (
    "Çöpü belirlenen saatler dışında sokağa bırakmak",
    "Evsel atıkları yere atmak",
    "Moloz ve hafriyatı izinsiz dökmek",
    "Araçtan sokağa çöp atmak",
)
_TR_OFFICERS = (
    "Zabıta Memuru Serkan Aydın",
    "Zabıta Komiseri Hakan Kılıç",
    "Zabıta Memuru Elif Ak",
)
_TR_PAID = ("Ödendi", "Ödenmedi", "İtiraz edildi", "Ödendi (%25 indirimli)")


def _stamp(p: Person) -> str:
    when = datetime(2026, 3, 1, 7) + timedelta(minutes=int(p.bhxh[-6:]) % 380_000)
    return f"{when:%d/%m/%Y %H:%M}"


def _mx_home(p: Person) -> tuple[str, str, str, str]:
    return _MX_HOMES[int(p.bhxh) // 13 % len(_MX_HOMES)]


def _de_home(p: Person) -> tuple[str, str, str]:
    return _DE_HOMES[int(p.bhxh) // 7 % len(_DE_HOMES)]


def _cl_home(p: Person) -> tuple[str, str, str]:
    return _CL_HOMES[int(p.bhxh) // 11 % len(_CL_HOMES)]


def _tr_home(p: Person) -> tuple[str, str, str]:
    return _TR_HOMES[int(p.bhxh) // 17 % len(_TR_HOMES)]


WRITERS_BLIND422: dict[str, Callable[[Person, Col], object]] = {
    # environmental fines of a ward
    "qd422": lambda p, c: f"{_num(p, 380)}/QĐ-XPHC",
    "act422": lambda p, c: _pick(p, _VN_ACTS, 2),
    "article422": lambda p, c: _pick(p, _VN_ARTICLES, 3),
    "fine422": lambda p, c: _pick(p, _VN_FINES, 4),
    "inspector422": lambda p, c: _pick(p, _VN_INSPECTORS, 5),
    "fine_status422": lambda p, c: _pick(p, _VN_FINE_STATUS, 6),
    "paid_day422": lambda p, c: (
        ""
        if _pick(p, _VN_FINE_STATUS, 6) == "Chưa nộp"
        else f"{p.other_date + timedelta(days=_num(p, 10)):%d/%m/%Y}"
    ),
    "receipt422": lambda p, c: f"BL{p.bhxh[-7:]}",
    # street sweepers
    "staff422": lambda p, c: f"URE-{p.bhxh[2:7]}",
    "team422": lambda p, c: _pick(p, _VN_TEAMS, 7),
    "route422": lambda p, c: _pick(p, _VN_ROUTES, 8),
    "years422": lambda p, c: _num(p, 28),
    "bonus422": lambda p, c: _pick(p, ("2.000.000", "2.500.000", "3.000.000"), 9),
    "signed422": lambda p, c: "",
    # compost bins
    "tdp422": lambda p, c: f"TDP số {_num(p, 24)}",
    "mouths422": lambda p, c: _num(p, 7),
    "bin422": lambda p, c: _pick(p, _VN_BINS, 10),
    "bin_no422": lambda p, c: f"UPC-{p.bhxh[-5:]}",
    "bin_officer422": lambda p, c: _pick(p, _VN_BIN_OFFICERS, 11),
    "stamp422": lambda p, c: _stamp(p),
    # households moved from a landfill
    "hh422": lambda p, c: f"NS-{_num(p, 900):04d}",
    "distance422": lambda p, c: 50 * _num(p, 10),
    "land422": lambda p, c: f"{60 + _num(p, 300)},{_num(p, 9)}",
    "support422": lambda p, c: f"{150 + _num(p, 600)}.{p.bhxh[-3:]}.000",
    "resettle422": lambda p, c: _pick(p, _VN_RESETTLE, 12),
    "kin422": lambda p, c: f"{_other_vn(p, 13)} - {_other_phone(p, '098')}",
    # Mexico
    "mx_folio422": lambda p, c: f"REC-PUE-{p.bhxh[-5:]}",
    "mx_curp422": lambda p, c: _curp_mx(p),
    "mx_pat422": lambda p, c: _mx_names(p)[0],
    "mx_mat422": lambda p, c: _mx_names(p)[1],
    "mx_giv422": lambda p, c: _mx_names(p)[2],
    "sex_mx422": lambda p, c: "H" if p.male else "M",
    "mx_street422": lambda p, c: _mx_home(p)[0],
    "mx_col422": lambda p, c: _mx_home(p)[1],
    "mx_mun422": lambda p, c: _mx_home(p)[2],
    "mx_cp422": lambda p, c: _mx_home(p)[3],
    "phone_mx422": lambda p, c: f"222 {p.phone[3:6]} {p.phone[6:10]}",
    "mx_material422": lambda p, c: _pick(p, _MX_MATERIAL, 14),
    "mx_years422": lambda p, c: _num(p, 35),
    "mx_site422": lambda p, c: _pick(p, _MX_SITES, 15),
    "mx_union422": lambda p, c: _pick(p, _MX_UNIONS, 16),
    # India
    "in_card422": lambda p, c: f"MH/WP/{p.bhxh[:2]}/{p.bhxh[-5:]}",
    "in_aadhaar422": lambda p, c: _aadhaar_masked(p),
    "in_name422": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 17)} {_pick(p, _IN_FAMILY, 18)}"
    ),
    "in_father422": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 19)} {_pick(p, _IN_FAMILY, 18)}",
    "sex_in422": lambda p, c: "Male / पुरुष" if p.male else "Female / स्त्री",
    "in_addr422": lambda p, c: _pick(p, _IN_HOMES, 20),
    "in_ward422": lambda p, c: _pick(p, _IN_WARDS, 21),
    "phone_in422": lambda p, c: (
        f"+91 {_pick(p, ('98', '97', '70', '88'), 22)}{p.phone[4:7]} {p.phone[7:10]}{p.bhxh[:2]}"
    ),
    "in_shg422": lambda p, c: _pick(p, _IN_SHG, 23),
    "in_work422": lambda p, c: _pick(p, _IN_WORK, 24),
    "in_valid422": lambda p, c: f"{_shift_date(p.other_date, 3):%d-%m-%Y}",
    # Germany
    "de_kz422": lambda p, c: f"5.{p.bhxh[:4]}.{p.bhxh[4:8]}",
    "de_steuer422": lambda p, c: _steuer_id(p),
    "de_fam422": lambda p, c: _pick(p, _DE_FAMILY, 25),
    "de_giv422": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 26),
    "de_street422": lambda p, c: _de_home(p)[0],
    "de_plz422": lambda p, c: _de_home(p)[1],
    "de_ort422": lambda p, c: _de_home(p)[2],
    "phone_de422": lambda p, c: f"0251 {p.phone[4:7]}{p.phone[7:10]}",
    "de_bin422": lambda p, c: _pick(p, _DE_BINS, 27),
    "de_rhythm422": lambda p, c: _pick(p, _DE_RHYTHM, 28),
    "de_bio422": lambda p, c: _pick(p, ("ja", "nein (Eigenkompostierung)", "ja"), 29),
    "de_fee422": lambda p, c: _pick(p, _DE_FEES, 30),
    "de_owner422": lambda p, c: _pick(
        p, ("", "", "Wohnungsbau Westfalen GmbH", "Erbengemeinschaft Hoffmann"), 31
    ),
    "de_sepa422": lambda p, c: _pick(p, ("ja", "nein", "ja"), 32),
    # Chile
    "cl_rut422": lambda p, c: _rut(p),
    "cl_name422": lambda p, c: (
        f"{_by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 33)} {_pick(p, _CL_FAMILY, 34)}"
        f" {_pick(p, _CL_FAMILY, 35)}"
    ),
    "sex_cl422": lambda p, c: "Masculino" if p.male else "Femenino",
    "cl_street422": lambda p, c: _cl_home(p)[0],
    "cl_comuna422": lambda p, c: _cl_home(p)[1],
    "cl_region422": lambda p, c: _cl_home(p)[2],
    "phone_cl422": lambda p, c: f"+56 9 {p.phone[3:7]} {p.phone[7:10]}{p.bhxh[2]}",
    "cl_org422": lambda p, c: _pick(p, _CL_ORGS, 36),
    "cl_cert422": lambda p, c: _pick(p, _CL_CERT, 37),
    "cl_material422": lambda p, c: _pick(p, _CL_MATERIAL, 38),
    "cl_tons422": lambda p, c: f"{_num(p, 9)},{_num(p, 9)}",
    "cl_gs422": lambda p, c: _pick(p, ("Sistema colectivo ReSimple", "GIREP", "ProREP"), 39),
    # Turkey
    "tr_tc422": lambda p, c: _tc_kimlik(p),
    "tr_name422": lambda p, c: (
        f"{_by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 40)} {_pick(p, _TR_FAMILY, 41).upper()}"
    ),
    "sex_tr422": lambda p, c: "Erkek" if p.male else "Kadın",
    "tr_addr422": lambda p, c: f"{_tr_home(p)[0]}, {_tr_home(p)[1]}/{_tr_home(p)[2]}",
    "tr_ilce422": lambda p, c: _tr_home(p)[1],
    "tr_il422": lambda p, c: _tr_home(p)[2],
    "phone_tr422": lambda p, c: (
        f"0 (5{p.phone[2:4]}) {p.phone[4:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[3]}"
    ),
    "tr_no422": lambda p, c: f"ÇZB-{p.other_date:%Y}/{p.bhxh[-5:]}",
    "tr_act422": lambda p, c: _pick(p, _TR_ACTS, 42),
    "tr_law422": lambda p, c: _pick(p, ("5326 s. K. md. 41", "2872 s. Çevre K. md. 20"), 43),
    "tr_fine422": lambda p, c: _pick(p, ("1.098,00 TL", "2.197,00 TL", "54.902,00 TL"), 44),
    "tr_officer422": lambda p, c: _pick(p, _TR_OFFICERS, 45),
    "tr_paid422": lambda p, c: _pick(p, _TR_PAID, 46),
}

__all__ = ["WRITERS_BLIND422"]
