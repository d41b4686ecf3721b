"""How the people of the two-hundred-and-twenty-first part of the outside corpus (**blind 221**,
:mod:`lienthong.quality._corpus_blind221`) are written: four Vietnamese files' own columns (a
fishing-boat master's examination, a frontline porter's one-off allowance, a crocodile farm, a
trafficked person's return) and South African, Swazi, Mozambican, Angolan and Basotho names,
places, phones and identity numbers in the forms their papers show (the South African 13-digit
number with its Luhn digit, the Eswatini 13-digit PIN, the Mozambican BI, the Angolan
14-character BI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _za_id
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind136_writers import (
    _LS_FAMILY,
    _LS_GIVEN_F,
    _LS_GIVEN_M,
    _SZ_ADDRESSES,
    _SZ_FAMILY,
    _SZ_GIVEN_F,
    _SZ_GIVEN_M,
    _ZA_ADDRESSES,
    _ZA_FAMILY,
    _ZA_GIVEN_F,
    _ZA_GIVEN_M,
    _sz_pin,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_BOAT_CLASS = ("Thuyền trưởng hạng Ba", "Thuyền trưởng hạng Tư", "Máy trưởng hạng Ba")
_VN_BOAT_RESULT = ("Đạt", "Đạt", "Không đạt LT", "Không đạt TH", "Vắng")
_VN_FRONTS = (
    "Chiến dịch Điện Biên Phủ",
    "Chiến trường Lào",
    "Tuyến 559 (Trường Sơn)",
    "Bảo vệ biên giới phía Bắc",
    "Chiến trường Campuchia",
)
_VN_PROXIES = ("", "Con trai nhận thay", "", "Vợ nhận thay", "Con gái nhận thay")
_VN_CROC_KIND = ("Cá sấu nước ngọt (C. siamensis)", "Cá sấu nước lợ (C. porosus)")
_VN_CROC_PURPOSE = ("Thương mại (lấy da, thịt)", "Sinh sản giống", "Thương mại (lấy da, thịt)")
_VN_CROC_FARMS = ("Ấp Tân Phong, xã Tân Phú", "Ấp 3, xã Long Hưng", "Ấp Bình Hòa, xã Bình Đức")
_VN_TRAFF_FROM = ("Trung Quốc (Hà Khẩu)", "Campuchia", "Trung Quốc (Quảng Tây)", "Myanmar")
_VN_TRAFF_SUPPORT = (
    "Hỗ trợ ban đầu + học nghề",
    "Hỗ trợ tâm lý, pháp lý",
    "Hỗ trợ ban đầu",
    "Vay vốn NHCSXH",
)
_VN_TRAFF_RECEIVED = ("Đồn BP Lào Cai", "Đồn BP cửa khẩu Mộc Bài", "Cơ sở BTXH tỉnh", "Tự trở về")

_ZA_CENTRES = ("Umlazi CLC", "Pinetown CLC", "Vryheid CLC", "Newcastle CLC", "KwaMashu CLC")
_ZA_PROGRAMMES = ("GETC: ABET Level 4", "AET Level 3", "NASCA", "Amended Senior Certificate")
_ZA_LANG = ("Afrikaans", "English", "isiZulu", "isiXhosa", "Sesotho")
_ZA_EMPLOYERS = ("Werkloos / Akasebenzi", "Spar Vryheid", "Boerdery: Kleinfontein", "EPWP", "")
_ZA_KIN = ("Ma: T. Nkosi", "Eggenoot: J. Botha", "Ubaba: S. Dlamini", "Sister: Z. Mthembu")
_ZA_STATUS = ("Ingeskryf / Enrolled", "Bywoning laag / Low attendance", "Onttrek / Withdrawn")
_SZ_INPUTS = ("Mbewu yembila (10 kg)", "Manyoro (50 kg)", "Kulima ngethilakhta", "Bhontjisi (5 kg)")
_SZ_OFFICERS = ("Extension Officer B. Mamba", "EO S. Dlamini", "EO N. Shongwe")
_MZ_FAMILY = ("Cossa", "Macuácua", "Nhantumbo", "Sitoe", "Muianga", "Chissano", "Bila", "Mussa")
_MZ_GIVEN_M = ("Alberto", "Fabião", "Celestino", "Amade", "Jossias")
_MZ_GIVEN_F = ("Rosa", "Luísa", "Fátima", "Albertina", "Ana Paula")
_MZ_PLACES = (
    ("Bairro Chibuene", "Vilankulo", "Inhambane"),
    ("Bairro Macurrungo", "Beira", "Sofala"),
    ("Bairro Marítimo", "Angoche", "Nampula"),
    ("Bairro Mucojo", "Macomia", "Cabo Delgado"),
    ("Bairro Costa do Sol", "KaMavota", "Maputo Cidade"),
)
_MZ_BOATS = ("Canoa a remo", "Bote a motor", "Canoa a vela", "Sem embarcação")
_MZ_GEAR = ("Rede de emalhar", "Linha de mão", "Arrasto para praia", "Gamboa")
_MZ_CCP = ("CCP de Inhassoro", "CCP de Vilankulo", "CCP da Ilha de Moçambique", "CCP de Angoche")
_AO_FAMILY = ("Kapita", "Bento", "Manuel", "Domingos", "Sebastião", "Cassoma", "Tchipilica")
_AO_GIVEN_M = ("Adão", "Pedro Miguel", "Esperança Jacinto", "Joaquim", "Venâncio")
_AO_GIVEN_F = ("Luísa", "Teresa", "Domingas", "Madalena Isabel", "Nsimba")
_AO_ADDRESSES = (
    "Rua 21 de Janeiro, Casa n.º 14, Bairro Rocha Pinto, Maianga, Luanda",
    "Bairro Cazenga, Zona 17, Rua da Lagoa, Luanda",
    "Bairro Benfica, Lobito, Benguela",
    "Bairro Comercial, Casa 45, Huambo",
    "Bairro Mukinda, Saurimo, Lunda Sul",
)
_AO_BIRTHPLACES = ("Luanda", "Malanje", "Uíge", "Huambo", "Benguela", "Kuito")
_AO_SUBJECTS = ("Matemática", "Língua Portuguesa", "Biologia", "Educação Física", "Química")
_AO_LEVELS = ("Licenciatura", "Bacharelato", "Ensino Médio Normal", "Licenciatura")
_AO_RESULT = ("Admitido", "Não admitido", "Suplente", "Admitido")
_LS_VILLAGES = ("Ha Abia", "Ha Thetsane", "Ha Matala", "Ha Mabote", "Ha Tsosane")
_LS_COUNCILS = ("Maseru City Council", "Qiloane Council", "Likotsi Council", "Maputsoe Urban")
_LS_USES = ("Bolulo / Residential", "Khoebo / Commercial", "Temo / Agricultural")
_LS_STATUS = ("E amohetsoe", "E ntse e shebiloe", "E hanetsoe", "Lease e ntšitsoe")


def _d(p: Person, years: int) -> str:
    return f"{_shift_date(p.other_date, years):%d/%m/%Y}"


def _pick_place(p: Person, places: tuple[tuple[str, str, str], ...], part: int) -> str:
    return places[int(p.bhxh[2:6]) % len(places)][part]


def _za_cell(p: Person) -> str:
    return f"0{_pick(p, ('72', '82', '61', '83', '71'), 3)} {p.bhxh[2:5]} {p.bhxh[5:9]}"


def _ao_bi(p: Person) -> str:
    """An Angolan BI, ``001234567LA042``: nine digits, the province's two letters, three digits."""
    prov = _pick(p, ("LA", "BE", "HO", "HA", "UE", "CC", "BO"), 4)
    return f"{p.bhxh[1:10]}{prov}{int(p.bhxh[-3:]) % 999 + 1:03d}"


def _mz_bi(p: Person) -> str:
    """A Mozambican BI: twelve digits and a check letter."""
    digits = f"1{p.bhxh[:10]}{_num(p, 9)}"
    return f"{digits}{'ABCDEFGHIJKLMNPQRSTUVWXYZ'[int(digits) % 25]}"


WRITERS_BLIND221: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "boat_sbd221": lambda p, c: f"TT{_num(p, 999):03d}",
    "boat_birthplace221": lambda p, c: _pick(
        p, ("Xã Lý Hải", "Xã Bình Châu", "TT Sa Huỳnh", "Xã Phổ Thạnh"), 2
    ),
    "boat_class221": lambda p, c: _pick(p, _VN_BOAT_CLASS, 1),
    "boat_reg221": lambda p, c: f"QNg-{_num(p, 99999):05d}-TS",
    "boat_lt221": lambda p, c: _num(p, 5) + 5,
    "boat_th221": lambda p, c: _num(p, 4) + 6,
    "boat_result221": lambda p, c: _pick(p, _VN_BOAT_RESULT, 4),
    "boat_cert221": lambda p, c: f"{_num(p, 9999):04d}/TTr-QNg",
    "front221": lambda p, c: _pick(p, _VN_FRONTS, 2),
    "front_years221": lambda p, c: f"{p.birth.year + 17}-{p.birth.year + 19}",
    "front_unit221": lambda p, c: f"Đại đội dân công {_num(p, 30)} - tỉnh đội",
    "front_amount221": lambda p, c: f"{(_num(p, 4) + 2) * 1_000_000:,}".replace(",", "."),
    "front_decision221": lambda p, c: f"{_num(p, 999)}/QĐ-UBND",
    "front_proxy221": lambda p, c: _pick(p, _VN_PROXIES, 5),
    "croc_code221": lambda p, c: f"TG-{_num(p, 999):03d}/CITES",
    "croc_kind221": lambda p, c: _pick(p, _VN_CROC_KIND, 1),
    "croc_purpose221": lambda p, c: _pick(p, _VN_CROC_PURPOSE, 2),
    "croc_farm221": lambda p, c: _pick(p, _VN_CROC_FARMS, 3),
    "croc_adults221": lambda p, c: _num(p, 60),
    "croc_young221": lambda p, c: _num(p, 400),
    "croc_ranger221": lambda p, c: f"KL {_other_vn(p, 6)}",
    "traff_from221": lambda p, c: _pick(p, _VN_TRAFF_FROM, 1),
    "traff_received221": lambda p, c: _pick(p, _VN_TRAFF_RECEIVED, 2),
    "traff_support221": lambda p, c: _pick(p, _VN_TRAFF_SUPPORT, 3),
    "traff_amount221": lambda p, c: f"{(_num(p, 5) + 1) * 500_000:,}".replace(",", "."),
    "traff_case221": lambda p, c: f"HS-{p.other_date:%Y}-{_num(p, 99):02d}",
    "traff_relative221": lambda p, c: _other_vn(p, 8),
    "traff_relative_phone221": lambda p, c: _other_phone(p, "03"),
    # South Africa: a community learning centre's enrolment register
    "za_family221": lambda p, c: _pick(p, _ZA_FAMILY, 1),
    "za_given221": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 2),
    "za_id221": lambda p, c: _za_id(p),
    "za_sex221": lambda p, c: "M" if p.male else "V",
    "za_addr221": lambda p, c: _pick(p, _ZA_ADDRESSES, 3),
    "za_cell221": lambda p, c: _za_cell(p),
    "za_centre221": lambda p, c: _pick(p, _ZA_CENTRES, 4),
    "za_programme221": lambda p, c: _pick(p, _ZA_PROGRAMMES, 5),
    "za_lang221": lambda p, c: _pick(p, _ZA_LANG, 6),
    "za_employer221": lambda p, c: _pick(p, _ZA_EMPLOYERS, 7),
    "za_kin221": lambda p, c: _pick(p, _ZA_KIN, 8),
    "za_kin_cell221": lambda p, c: f"083 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "za_status221": lambda p, c: _pick(p, _ZA_STATUS, 9),
    # Eswatini: an input subsidy list
    "sz_family221": lambda p, c: _pick(p, _SZ_FAMILY, 1),
    "sz_given221": lambda p, c: _by_sex(p, _SZ_GIVEN_M, _SZ_GIVEN_F, 2),
    "sz_pin221": lambda p, c: _sz_pin(p),
    "sz_sex221": lambda p, c: "Lisilisa" if p.male else "Lisikati",
    "sz_addr221": lambda p, c: _pick(p, _SZ_ADDRESSES, 3),
    "sz_phone221": lambda p, c: f"+268 7{_pick(p, ('6', '8', '9'), 2)}{p.bhxh[2:4]} {p.bhxh[4:8]}",
    "sz_input221": lambda p, c: _pick(p, _SZ_INPUTS, 4),
    "sz_area221": lambda p, c: f"{_num(p, 4)}.{_num(p, 9)} ha",
    "sz_paid221": lambda p, c: f"E {(_num(p, 12) + 3) * 50}.00",
    "sz_voucher221": lambda p, c: f"ISP/{p.other_date:%y}/{p.bhxh[3:9]}",
    "sz_officer221": lambda p, c: _pick(p, _SZ_OFFICERS, 5),
    # Mozambique: artisanal fishers' licences
    "mz_name221": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 1)} {_pick(p, _MZ_FAMILY, 2)}"
    ),
    "mz_bi221": lambda p, c: _mz_bi(p),
    "mz_sex221": lambda p, c: "Masculino" if p.male else "Feminino",
    "mz_bairro221": lambda p, c: _pick_place(p, _MZ_PLACES, 0),
    "mz_district221": lambda p, c: _pick_place(p, _MZ_PLACES, 1),
    "mz_prov221": lambda p, c: _pick_place(p, _MZ_PLACES, 2),
    "mz_phone221": lambda p, c: (
        f"+258 8{_pick(p, ('4', '5', '6', '7'), 2)} {p.bhxh[2:5]} {p.bhxh[5:9]}"
    ),
    "mz_boat221": lambda p, c: _pick(p, _MZ_BOATS, 3),
    "mz_gear221": lambda p, c: _pick(p, _MZ_GEAR, 4),
    "mz_ccp221": lambda p, c: _pick(p, _MZ_CCP, 5),
    "mz_licence221": lambda p, c: f"LPA/{_num(p, 999):03d}/{p.other_date:%Y}",
    "mz_valid221": lambda p, c: _d(p, 1),
    "mz_fee221": lambda p, c: f"{(_num(p, 6) + 1) * 250},00 MT",
    # Angola: a teachers' recruitment competition
    "ao_name221": lambda p, c: (
        f"{_by_sex(p, _AO_GIVEN_M, _AO_GIVEN_F, 1)} {_pick(p, _AO_FAMILY, 2)}"
    ),
    "ao_father221": lambda p, c: f"{_pick(p, _AO_GIVEN_M, 3)} {_pick(p, _AO_FAMILY, 4)}",
    "ao_bi221": lambda p, c: _ao_bi(p),
    "ao_sex221": lambda p, c: "M" if p.male else "F",
    "ao_birthplace221": lambda p, c: _pick(p, _AO_BIRTHPLACES, 5),
    "ao_addr221": lambda p, c: _pick(p, _AO_ADDRESSES, 6),
    "ao_phone221": lambda p, c: (
        f"9{_pick(p, ('23', '24', '31', '41', '51'), 3)} {p.bhxh[2:5]} {p.bhxh[5:8]}"
    ),
    "ao_level221": lambda p, c: _pick(p, _AO_LEVELS, 7),
    "ao_subject221": lambda p, c: _pick(p, _AO_SUBJECTS, 8),
    "ao_score221": lambda p, c: f"{_num(p, 10) + 9},{_num(p, 9)}",
    "ao_result221": lambda p, c: _pick(p, _AO_RESULT, 9),
    "ao_candidate221": lambda p, c: f"CP-ED/{p.bhxh[4:9]}",
    # Lesotho: land lease applications
    "ls_family221": lambda p, c: _pick(p, _LS_FAMILY, 1),
    "ls_given221": lambda p, c: _by_sex(p, _LS_GIVEN_M, _LS_GIVEN_F, 2),
    "ls_id221": lambda p, c: f"{p.bhxh}{_num(p, 99):02d}",
    "ls_sex221": lambda p, c: "Motona" if p.male else "Mosali",
    "ls_addr221": lambda p, c: f"{_pick(p, _LS_VILLAGES, 3)}, {_pick(p, _LS_COUNCILS, 4)}, Maseru",
    "ls_phone221": lambda p, c: (
        f"+266 {_pick(p, ('58', '57', '62', '63'), 2)}{p.bhxh[2:4]} {p.bhxh[4:8]}"
    ),
    "ls_use221": lambda p, c: _pick(p, _LS_USES, 5),
    "ls_plot221": lambda p, c: (
        f"{_num(p, 40) + 10}{_pick(p, ('283', '292', '301'), 6)}-{p.bhxh[5:8]}"
    ),
    "ls_status221": lambda p, c: _pick(p, _LS_STATUS, 7),
    "ls_chief221": lambda p, c: _pick(p, ("Morena Mabote", "Morena 'Mathabo", "Morena Seeiso"), 8),
    "ls_applied221": lambda p, c: _d(p, -1),
}

__all__ = ["WRITERS_BLIND221"]
