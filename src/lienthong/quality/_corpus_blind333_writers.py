"""How the people of the three-hundred-and-thirty-third part of the outside corpus (**blind
333**, :mod:`lienthong.quality._corpus_blind333`) are written: four Vietnamese files' own columns
of the sea (a fishing vessel's number, crew ranks, solidarity groups, a seafarer's book, a ship's
IMO number with its check digit, ports, agents, an insurer's claim and payout) and Guatemalan,
Salvadoran, Costa Rican, Dominican and Jamaican names, addresses, phones and identity numbers in
the forms their registers write them (the CUI's mod-11 digit and place code, the DUI's digit, the
cédula's province-tomo-asiento, the Dominican cédula's Luhn digit, the TRN in threes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind12_writers import _weighted
from lienthong.quality._corpus_blind18_writers import _dui_sv
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BOAT_PREFIX = ("BĐ", "QNg", "KH", "BTh", "NA", "TH", "QB", "KG", "CM", "BT")
_VN_CREW_RANKS = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thợ máy", "Bếp")
_VN_TEAMS = (
    "Tổ ĐK số 3 - Nghiệp đoàn nghề cá Tam Quan Bắc",
    "Tổ đoàn kết khai thác xa bờ số 12",
    "Tổ ĐK câu mực Sa Huỳnh",
    "Tổ đoàn kết lưới vây số 07",
)
_VN_SEA_RANKS = (
    "Thủy thủ trưởng",
    "Sỹ quan boong",
    "Thợ máy",
    "Thủy thủ AB",
    "Sỹ quan máy",
    "Cấp dưỡng",
    "Đại phó",
)
_VN_BIRTHPLACES = (
    "Hải Phòng",
    "Nam Định",
    "Thanh Hóa",
    "Nghệ An",
    "Quảng Ninh",
    "TP. Hồ Chí Minh",
    "Thái Bình",
)
_VN_ISSUERS = (
    "Cục Hàng hải VN",
    "Chi cục HH tại TP. HCM",
    "Cảng vụ HH Hải Phòng",
    "Chi cục HH Hải Phòng",
)
_VN_MANNING = (
    "Cty CP Vận tải biển Việt Nam (Vosco)",
    "Cty TNHH Cung ứng thuyền viên Inlaco Sài Gòn",
    "Cty CP Vận tải và Thuê tàu biển VN (Vitranschart)",
    "Cty TNHH MTV Thuyền viên Falcon",
)
_VN_SHIPS = (
    "VOSCO SUNRISE",
    "TRUONG MINH DREAM",
    "HAI PHONG STAR",
    "VINASHIP PEARL",
    "PVT MERCURY",
)
_VN_PORTS = ("Hải Phòng", "Cái Mép - Thị Vải", "Quy Nhơn", "Đà Nẵng", "Cát Lái", "Nghi Sơn")
_VN_AGENTS = ("VOSA Hải Phòng", "Sài Gòn Shipping Agency", "Vietfracht Đà Nẵng", "Inlaco Logistics")
_VN_ACCIDENTS = (
    "Ngã từ boong xuống biển",
    "Kẹt tay tời thu lưới",
    "Tàu chìm do sóng lớn",
    "Đuối nước khi lặn",
    "Bỏng khoang máy",
    "Gãy chân khi kéo lưới",
)
_VN_INSURERS = ("PVI Bình Định", "Bảo Việt Quảng Ngãi", "Bảo Minh Khánh Hòa", "PJICO Nghệ An")

_HISP_FAMILY = ("López", "García", "Hernández", "Ramírez", "Morales", "Castillo", "Rivas", "Mejía")
_GT_GIVEN_M = ("José Luis", "Byron Estuardo", "Marvin", "Edgar Rolando", "Juan Carlos")
_GT_GIVEN_F = ("María Elena", "Ingrid Lorena", "Sandra Patricia", "Ana Lucía", "Glenda")
#: (department code, municipality code, municipality, department, address)
_GT_PLACES = (
    ("05", "09", "San José", "Escuintla", "Barrio El Laberinto, 3a. calle 4-21"),
    ("05", "10", "Iztapa", "Escuintla", "Aldea Buena Vista, casa 17"),
    ("11", "07", "Champerico", "Retalhuleu", "Colonia Las Flores, 2a. avenida 5-40, zona 1"),
    ("18", "01", "Puerto Barrios", "Izabal", "Barrio Virginia, 8a. calle entre 5a. y 6a. av."),
    ("18", "02", "Livingston", "Izabal", "Barrio Paris, calle principal, casa 9"),
)
_SV_GIVEN_M = ("José Ernesto", "Carlos Antonio", "Wilfredo", "Juan Francisco", "Mauricio")
_SV_GIVEN_F = ("Rosa Elvira", "Marta Alicia", "Karla Yamileth", "Ana Gladis", "Reina Isabel")
#: (address, municipality, department)
_SV_PLACES = (
    ("Colonia El Palmar, pasaje 3, casa 12", "La Libertad", "La Libertad"),
    ("Barrio El Centro, 2a. calle oriente #14", "Acajutla", "Sonsonate"),
    ("Caserío El Cuco, cantón El Tamarindo", "Conchagua", "La Unión"),
    ("Colonia Santa Marta, polígono B, casa 7", "La Unión", "La Unión"),
    ("Lotificación San Diego, block 4, lote 22", "La Libertad", "La Libertad"),
)
_CR_GIVEN_M = ("Luis Diego", "José Pablo", "Randall", "Minor", "Carlos Alberto")
_CR_GIVEN_F = ("María José", "Yorleny", "Ana Yancy", "Marjorie", "Karla Vanessa")
#: (province digit, province, canton, district, otras señas)
_CR_PLACES = (
    ("6", "Puntarenas", "Puntarenas", "Chacarita", "Barrio El Carmen, 200 m sur de la iglesia"),
    ("6", "Puntarenas", "Golfito", "Golfito", "Barrio Bella Vista, frente a la escuela"),
    ("5", "Guanacaste", "Santa Cruz", "Tamarindo", "Villarreal, 100 m oeste del súper"),
    ("7", "Limón", "Limón", "Limón", "Barrio Cieneguita, casa verde esquinera"),
    ("6", "Puntarenas", "Quepos", "Quepos", "Barrio Boca Vieja, 50 m norte del muelle"),
)
_DO_GIVEN_M = ("Juan Ramón", "Francisco Alberto", "Ramón Antonio", "Wander", "Yeison")
_DO_GIVEN_F = ("Altagracia", "María Mercedes", "Yokasta", "Rosa Esther", "Yanelis")
#: (municipality code, address, province)
_DO_PLACES = (
    ("023", "C/ Duarte #45, Sector Villa Progreso, Samaná", "Samaná"),
    ("028", "C/ Principal #12, Barrio Los Coquitos, Miches", "El Seibo"),
    ("037", "Av. Luperón #88, Sector Los Cocos, Puerto Plata", "Puerto Plata"),
    ("018", "C/ 3 #7, Barrio Pueblo Nuevo, Barahona", "Barahona"),
    ("026", "C/ Los Pescadores #5, Bayahíbe, La Romana", "La Altagracia"),
)
_DO_ARS = ("SeNaSa Subsidiado", "ARS Humano", "SeNaSa Contributivo", "ARS Universal", "Ninguna")
_JM_FAMILY = ("Campbell", "Brown", "Williams", "Thompson", "McKenzie", "Grant", "Reid", "Bailey")
_JM_GIVEN_M = ("Dwayne", "Kemar", "Andre", "Delroy", "Ricardo", "O'Neil")
_JM_GIVEN_F = ("Shanique", "Tashana", "Kerry-Ann", "Simone", "Nordia", "Sophia")
#: (address line, town or district, parish, fishing beach)
_JM_PLACES = (
    ("Lot 14, Old Harbour Bay", "Old Harbour", "St. Catherine", "Old Harbour Bay"),
    ("22 Beach Road", "Whitehouse", "Westmoreland", "Whitehouse Beach"),
    ("Rocky Point District", "Rocky Point", "Clarendon", "Rocky Point"),
    ("5 Port Royal Street", "Port Royal", "Kingston", "Port Royal"),
    ("Treasure Beach, Calabash Bay", "Treasure Beach", "St. Elizabeth", "Calabash Bay"),
)


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 7) -> tuple[str, ...]:
    return table[int(p.bhxh) // salt % len(table)]


def _boat_vn(p: Person) -> str:
    return f"{_pick(p, _VN_BOAT_PREFIX, 2)}-{90000 + _num(p, 9999):05d}-TS"


def _imo(p: Person) -> str:
    """An IMO ship number: six digits weighted 7 down to 2, the last digit of the sum."""
    body = f"9{p.bhxh[-5:]}"
    return f"IMO {body}{_weighted(body, (7, 6, 5, 4, 3, 2)) % 10}"


def _arrival(p: Person) -> str:
    return f"{p.other_date:%d/%m/%Y} {_num(p, 23):02d}:{_num(p, 59):02d}"


def _payout(p: Person) -> str:
    return f"{(_num(p, 90) + 10) * 1_000_000:,}".replace(",", ".")


def _cui_gt(p: Person) -> str:
    """A Guatemalan CUI, ``2456 78901 0509``: eight serial digits, a check digit (digits weighted
    2 to 9, the sum mod 11; 10 is never issued), then department and municipality of birth."""
    serial = int(p.bhxh[-8:])
    while _weighted(f"{serial:08d}", (2, 3, 4, 5, 6, 7, 8, 9)) % 11 == 10:
        serial = (serial + 1) % 100_000_000
    body = f"{serial:08d}"
    check = _weighted(body, (2, 3, 4, 5, 6, 7, 8, 9)) % 11
    dept, muni = _place(p, _GT_PLACES)[:2]
    return f"{body[:4]} {body[4:]}{check} {dept}{muni}"


def _cedula_cr(p: Person) -> str:
    """A Costa Rican cédula, ``6-0234-0567``: province, tomo, asiento (no check digit)."""
    tomo = max(1, (p.birth.year - 1935) * 9 + int(p.bhxh[:2]) % 9)
    return f"{_place(p, _CR_PLACES, 5)[0]}-{tomo:04d}-{int(p.bhxh[-4:]) % 900 + 1:04d}"


def _cedula_do(p: Person) -> str:
    """A Dominican cédula, ``023-0012345-6``: municipality, seven digits, the Luhn digit."""
    digits = _luhn(f"{_place(p, _DO_PLACES, 3)[0]}{p.bhxh[-7:]}")
    return f"{digits[:3]}-{digits[3:10]}-{digits[10]}"


def _trn(p: Person) -> str:
    d = p.bhxh[::-1]
    return f"1{d[0:2]}-{d[2:5]}-{d[5:8]}"


def _licence_expiry(p: Person) -> date:
    return _shift_date(p.other_date, 2)


WRITERS_BLIND333: dict[str, Callable[[Person, Col], object]] = {
    "boat333": lambda p, c: _boat_vn(p),
    "crew_rank333": lambda p, c: _pick(p, _VN_CREW_RANKS, 3),
    "team333": lambda p, c: _pick(p, _VN_TEAMS, 4),
    "team_head333": lambda p, c: f"{_other_vn(p, 5, male=True)} - {_other_phone(p, '09')}",
    "kin333": lambda p, c: f"{_other_vn(p, 7, male=not p.male)} ({'vợ' if p.male else 'chồng'})",
    "boat_power333": lambda p, c: f"{_pick(p, ('410', '829', '560', '90', '1.200', '350'), 5)} CV",
    "book333": lambda p, c: f"{_pick(p, ('HPH', 'HCM', 'DNG', 'QNH'), 2)} {p.bhxh[-6:]}",
    "birthplace333": lambda p, c: _pick(p, _VN_BIRTHPLACES, 6),
    "nation333": lambda p, c: "Việt Nam",
    "passport333": lambda p, c: f"{_pick(p, ('C', 'P', 'N'), 1)}{p.bhxh[-7:]}",
    "sea_rank333": lambda p, c: _pick(p, _VN_SEA_RANKS, 2),
    "coc333": lambda p, c: f"VN-{p.bhxh[:6]}/GCNKNCM",
    "issuer333": lambda p, c: _pick(p, _VN_ISSUERS, 3),
    "manning333": lambda p, c: _pick(p, _VN_MANNING, 4),
    "ship333": lambda p, c: _pick(p, _VN_SHIPS, 5),
    "imo333": lambda p, c: _imo(p),
    "port333": lambda p, c: _pick(p, _VN_PORTS, 6),
    "last_port333": lambda p, c: _pick(p, ("Busan", "Singapore", "Kaohsiung", "Laem Chabang"), 3),
    "arrival333": lambda p, c: _arrival(p),
    "agent333": lambda p, c: _pick(p, _VN_AGENTS, 2),
    "policy333": lambda p, c: f"{_pick(p, ('TV', 'TNTV', 'BHTV'), 1)}/{p.bhxh[-6:]}/2025",
    "insurer333": lambda p, c: _pick(p, _VN_INSURERS, 5),
    "owner333": lambda p, c: _other_vn(p, 8, male=True),
    "accident333": lambda p, c: _pick(p, _VN_ACCIDENTS, 4),
    "payout333": lambda p, c: _payout(p),
    "beneficiary333": lambda p, c: f"{_other_vn(p, 9)} - {_pick(p, ('vợ', 'con', 'mẹ'), 2)}",
    "claim_status333": lambda p, c: _pick(p, ("Đã chi trả", "Chờ bổ sung hồ sơ", "Đã chi trả"), 6),
    # Guatemala
    "cui_gt333": lambda p, c: _cui_gt(p),
    "gt_given333": lambda p, c: _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 2),
    "gt_pat333": lambda p, c: _pick(p, _HISP_FAMILY, 3),
    "gt_mat333": lambda p, c: _pick(p, _HISP_FAMILY, 5),
    "sex_gt333": lambda p, c: "Masculino" if p.male else "Femenino",
    "gt_addr333": lambda p, c: _place(p, _GT_PLACES)[4],
    "gt_muni333": lambda p, c: _place(p, _GT_PLACES)[2],
    "gt_dept333": lambda p, c: _place(p, _GT_PLACES)[3],
    "phone_gt333": lambda p, c: f"{_pick(p, ('5', '4', '3'), 2)}{p.phone[-7:-4]}-{p.phone[-4:]}",
    "boat_gt333": lambda p, c: (
        f"Lancha {_pick(p, ('La Bendición', 'Dios es Amor', 'El Pelícano'), 3)}"
    ),
    "lic_gt333": lambda p, c: f"DIPESCA-LPA-{p.bhxh[-5:]}-2025",
    # El Salvador
    "dui_sv333": lambda p, c: _dui_sv(p),
    "sv_given333": lambda p, c: _by_sex(p, _SV_GIVEN_M, _SV_GIVEN_F, 3),
    "sv_family333": lambda p, c: f"{_pick(p, _HISP_FAMILY, 2)} {_pick(p, _HISP_FAMILY, 6)}",
    "sex_sv333": lambda p, c: "M" if p.male else "F",
    "sv_addr333": lambda p, c: _place(p, _SV_PLACES, 11)[0],
    "sv_muni333": lambda p, c: _place(p, _SV_PLACES, 11)[1],
    "sv_dept333": lambda p, c: _place(p, _SV_PLACES, 11)[2],
    "phone_sv333": lambda p, c: f"{_pick(p, ('7', '6'), 4)}{p.phone[-7:-4]}-{p.phone[-4:]}",
    "coop_sv333": lambda p, c: _pick(
        p, ("ACPA Las Tunas de R.L.", "ACOOPEMAR de R.L.", "Sin cooperativa"), 2
    ),
    "gear_sv333": lambda p, c: _pick(p, ("Trasmallo", "Palangre", "Cuerda de mano", "Atarraya"), 5),
    "benef_sv333": lambda p, c: (
        f"{_by_sex(p, _SV_GIVEN_F, _SV_GIVEN_M, 7)} {_pick(p, _HISP_FAMILY, 4)}"
    ),
    # Costa Rica
    "ced_cr333": lambda p, c: _cedula_cr(p),
    "cr_given333": lambda p, c: _by_sex(p, _CR_GIVEN_M, _CR_GIVEN_F, 4),
    "cr_pat333": lambda p, c: _pick(p, _HISP_FAMILY, 6),
    "cr_mat333": lambda p, c: _pick(p, _HISP_FAMILY, 1),
    "sex_cr333": lambda p, c: "Hombre" if p.male else "Mujer",
    "cr_prov333": lambda p, c: _place(p, _CR_PLACES, 5)[1],
    "cr_canton333": lambda p, c: _place(p, _CR_PLACES, 5)[2],
    "cr_dist333": lambda p, c: _place(p, _CR_PLACES, 5)[3],
    "cr_senas333": lambda p, c: _place(p, _CR_PLACES, 5)[4],
    "phone_cr333": lambda p, c: f"{_pick(p, ('8', '6', '7'), 2)}{p.phone[-7:-4]}-{p.phone[-4:]}",
    "lic_cr333": lambda p, c: f"{_pick(p, ('B', 'C', 'A'), 3)}-{p.bhxh[-4:]}-P",
    "boat_cr333": lambda p, c: (
        f"{_pick(p, ('Doña Mari', 'Mi Tesoro', 'Cristo Rey'), 4)} (P-{p.bhxh[2:6]})"
    ),
    "ins_cr333": lambda p, c: f"RT-{p.bhxh[:7]}",
    # Dominican Republic
    "ced_do333": lambda p, c: _cedula_do(p),
    "do_given333": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 5),
    "do_family333": lambda p, c: f"{_pick(p, _HISP_FAMILY, 7)} {_pick(p, _HISP_FAMILY, 3)}",
    "sex_do333": lambda p, c: "M" if p.male else "F",
    "do_addr333": lambda p, c: _place(p, _DO_PLACES, 3)[1],
    "do_prov333": lambda p, c: _place(p, _DO_PLACES, 3)[2],
    "phone_do333": lambda p, c: (
        f"{_pick(p, ('809', '829', '849'), 2)}-{p.phone[-7:-4]}-{p.phone[-4:]}"
    ),
    "boat_do333": lambda p, c: f"Yola {_pick(p, ('La Milagrosa', 'Mi Viejo', 'San Rafael'), 2)}",
    "port_do333": lambda p, c: _pick(
        p, ("Muelle de Samaná", "Playa Miches", "Muelle de Bayahíbe"), 6
    ),
    "ars_do333": lambda p, c: _pick(p, _DO_ARS, 4),
    "contact_do333": lambda p, c: (
        f"{_by_sex(p, _DO_GIVEN_F, _DO_GIVEN_M, 1)} {_pick(p, _HISP_FAMILY, 2)}"
    ),
    "contact_phone_do333": lambda p, c: f"(809) {p.bhxh[-7:-4]}-{p.bhxh[-4:]}",
    # Jamaica
    "trn_jm333": lambda p, c: _trn(p),
    "jm_family333": lambda p, c: _pick(p, _JM_FAMILY, 3),
    "jm_given333": lambda p, c: _by_sex(p, _JM_GIVEN_M, _JM_GIVEN_F, 2),
    "jm_middle333": lambda p, c: _by_sex(p, _JM_GIVEN_M, _JM_GIVEN_F, 6),
    "sex_jm333": lambda p, c: "Male" if p.male else "Female",
    "jm_street333": lambda p, c: _place(p, _JM_PLACES, 13)[0],
    "jm_town333": lambda p, c: _place(p, _JM_PLACES, 13)[1],
    "jm_parish333": lambda p, c: _place(p, _JM_PLACES, 13)[2],
    "jm_beach333": lambda p, c: _place(p, _JM_PLACES, 13)[3],
    "phone_jm333": lambda p, c: f"({_pick(p, ('876', '658'), 1)}) {p.phone[-7:-4]}-{p.phone[-4:]}",
    "vessel_jm333": lambda p, c: f"JA-{p.bhxh[-4:]}-{_pick(p, ('CL', 'SC', 'WM', 'KN'), 2)}",
    "lic_jm333": lambda p, c: _pick(p, ("Artisanal Fisher", "Fisher (Crew)", "Spear Fisher"), 4),
    "kin_jm333": lambda p, c: (
        f"{_by_sex(p, _JM_GIVEN_F, _JM_GIVEN_M, 8)} {_pick(p, _JM_FAMILY, 5)}"
    ),
    "expiry_jm333": lambda p, c: f"{_licence_expiry(p):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND333"]
