"""How the people of the two-hundred-and-tenth part of the outside corpus (**blind 210**,
:mod:`lienthong.quality._corpus_blind210`) are written: four Vietnamese files' own columns (a fire
extinguisher handed out, a trench dug to join the drain, pigs restocked and vaccinated, reading
glasses given) and Chiapas, Guatemalan, Honduran, Cuban and Puerto Rican names, places, phones and
identity numbers in the forms their papers show (a Chiapas CURP, the DPI's CUI with its mod-11
digit and municipality, the Honduran identidad that opens with the municipality and birth year,
the Cuban carné that opens with the birth date, an SSN from Puerto Rico's areas)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _letters, _num, _pick
from lienthong.quality._corpus_blind12_writers import _weighted
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind46_writers import (
    _PR_FAMILY,
    _PR_GIVEN_F,
    _PR_GIVEN_M,
    _PR_PLACES,
    _carne,
    _cu_full,
)
from lienthong.quality._corpus_blind76_writers import _dotted
from lienthong.quality._corpus_blind77_writers import _place
from lienthong.quality._corpus_blind132_writers import _cu_phone, _hn_phone, _pr_phone
from lienthong.quality._corpus_blind166_writers import (
    _HN_FAMILY,
    _HN_GIVEN_F,
    _HN_GIVEN_M,
    _gt_phone,
)
from lienthong.quality._corpus_blind177_writers import _inner
from lienthong.quality._corpus_blind197_writers import _ssn197

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: fire extinguishers, trenches, restocked pigs, reading glasses -----------------------
_VN_HOUSES = ("Nhà ống 3 tầng", "Nhà ở kết hợp KD", "Nhà cấp 4", "Phòng trọ cho thuê", "CCMN")
_VN_EXTINGUISHERS = ("Bột ABC MFZL4 (4kg)", "Khí CO2 MT3 (3kg)", "Bột BC MFZ2", "Bột ABC MFZL4")
_VN_POLICE = ("Đại úy Nguyễn Văn Hưng", "Thượng úy Trần Thị Mai", "Trung úy Lê Quốc Bảo")
_VN_KIN = ("(vợ)", "(chồng)", "(con)", "(mẹ)")
_VN_SPOTS = (
    "Vỉa hè trước nhà",
    "Lòng hẻm trước nhà",
    "Lòng đường, làn sát lề phải",
    "Vỉa hè + bó vỉa",
    "Hẻm chung, cách nhà 15m",
)
_VN_SURFACES = ("Bê tông xi măng", "Gạch terrazzo", "Bê tông nhựa", "Đá granite", "Gạch con sâu")
_VN_BUILDERS = (
    "Hộ tự thi công",
    "Cty TNHH XD Phú Gia",
    "Cty CP Thoát nước đô thị",
    "Tổ thợ ông Tư",
)
_VN_DIG_STATES = ("Đã hoàn trả mặt bằng", "Đang thi công", "Chưa thi công", "Quá hạn hoàn trả")
_VN_BREEDS = (
    "Cty CP Dabaco",
    "Trại giống Thái Dương",
    "Mua trong xã (có KD)",
    "CP Việt Nam",
    "Tự nhân giống",
)
_VN_VACCINES = ("AVAC ASF LIVE", "NAVET-ASFVAC", "Dacovac-ASF2", "AVAC ASF LIVE")
_VN_VETS = ("TYV Lò Văn Khánh", "TYV Hà Thị Nhung", "KTV Đinh Công Sơn", "TYV Mùa A Chứ")
_VN_FOLLOW = (
    "Bình thường",
    "Bình thường",
    "Sốt nhẹ 2 con, đã hồi phục",
    "Chết 1 con (không do ASF)",
    "Bỏ ăn 1 ngày",
)
_VN_SIGHT = ("1/10", "2/10", "3/10", "ĐNT 3m", "5/10", "7/10", "8/10")
_VN_LENSES = ("+1.00", "+1.50", "+2.00", "+2.50", "+3.00", "+3.50")
_VN_EYE_DX = ("Không", "Không", "Đục TTT", "Mộng thịt", "Nghi Glôcôm", "Viêm kết mạc")
_VN_DOCTORS = ("BS Phan Thị Hạnh", "BSCKI Vi Văn Thắng", "ThS.BS Đỗ Minh Quân")

# -- Chiapas: Tsotsil and Tseltal weavers ---------------------------------------------------------
_MX_GIVEN_F = ("María Micaela", "Petrona", "Rosa", "Juana", "Pascuala", "Manuela", "Catarina")
_MX_GIVEN_M = ("Mariano", "Sebastián", "Domingo", "Pedro", "Salvador", "Lorenzo")
_MX_FAMILY = ("Gómez", "Pérez", "López", "Hernández", "Sántiz", "Girón", "Méndez", "Patishtán")
#: (localidad, municipio, lengua)
_MX_PLACES: tuple[_T, ...] = (
    ("Zinacantán Centro", "Zinacantán", "Bats'i k'op (tsotsil)"),
    ("Paraje Nachij", "Zinacantán", "Bats'i k'op (tsotsil)"),
    ("Magdalenas", "Aldama", "Bats'i k'op (tsotsil)"),
    ("Paraje Chamtik", "San Juan Chamula", "Bats'i k'op (tsotsil)"),
    ("Tenejapa Centro", "Tenejapa", "Bats'il k'op (tseltal)"),
    ("Ejido Yochib", "Oxchuc", "Bats'il k'op (tseltal)"),
)
_MX_TECHNIQUES = (
    "Telar de cintura",
    "Brocado",
    "Bordado a mano",
    "Teñido natural",
    "Telar de pedal",
)
_MX_GROUPS = ("Sna Jolobil", "J'pas Joloviletik", "Grupo Flor de Magdalenas", "Independiente")
_MX_REPS = ("Pascuala Sántiz Gómez", "Rosa López Hernández", "Juana Girón Pérez", "—")

# -- Guatemala: a coffee estate's IGSS list -------------------------------------------------------
_GT_GIVEN_M = ("Juan Carlos", "Marvin Estuardo", "Byron Otoniel", "Edgar Rolando", "Santos")
_GT_GIVEN_F = ("Ana Lucía", "Rosa Amalia", "Heidy Maribel", "Sandra Elizabeth", "Candelaria")
_GT_FAMILY = ("García López", "Pérez Xol", "Chub Caal", "Tzul Ixcoy", "Coc Pop", "Morales Tiul")
#: (municipality code, where the worker lives, municipio, departamento)
_GT_PLACES: tuple[_T, ...] = (
    ("1601", "Finca Santa Margarita, colonia de mozos, casa 12", "Cobán", "Alta Verapaz"),
    ("0301", "Aldea San Juan del Obispo, 2a calle 4-15", "Antigua Guatemala", "Sacatepéquez"),
    ("1301", "Caserío Chiquiliabaj, zona 0", "Huehuetenango", "Huehuetenango"),
    ("0901", "Aldea Xecaracoj, 5a avenida 3-22", "Quetzaltenango", "Quetzaltenango"),
    ("1001", "Colonia El Mango, lote 8", "Mazatenango", "Suchitepéquez"),
)
_GT_JOBS = ("Cortador de café", "Caporal", "Beneficiador", "Tractorista", "Cocinera", "Planillero")
_GT_KIN = ("Esposa", "Esposo", "Hijo", "Hija", "Madre", "Conviviente")

# -- Honduras: a city market's stall holders ------------------------------------------------------
#: (municipality code where the DNI was issued, home, city)
_HN_PLACES: tuple[_T, ...] = (
    ("0501", "Bo. Guamilito, 6 calle, 9 y 10 ave. N.O.", "San Pedro Sula"),
    ("0501", "Col. Rivera Hernández, sector Sinaí, casa 41", "San Pedro Sula"),
    ("0502", "Col. López Arellano, bloque 7", "Choloma"),
    ("0511", "Bo. El Centro, frente al parque", "Villanueva"),
    ("1601", "Col. Satélite, 3a etapa", "San Pedro Sula"),
    ("0101", "Col. Chamelecón, sector 2", "San Pedro Sula"),
)
_HN_TRADES = ("Ropa usada (pacas)", "Comedor", "Frutas y verduras", "Carnicería", "Abarrotería")
_HN_NOTES = ("Al día", "Al día", "Aviso de cobro", "Local cerrado", "Traspaso en trámite")

# -- Cuba: housing subsidies ----------------------------------------------------------------------
#: (dirección, consejo popular, municipio)
_CU_PLACES: tuple[_T, ...] = (
    ("Calle 23 No. 1156 e/ 12 y 14, Vedado", "Vedado", "Plaza de la Revolución"),
    ("Edif. 14 Apto. 6, Reparto Camilo Cienfuegos", "Camilo Cienfuegos", "Habana del Este"),
    ("Calle Maceo No. 214 e/ Martí y Gómez", "Centro", "Santa Clara"),
    ("Calle 7ma No. 45 e/ B y C, Rpto. Sueño", "Sueño", "Santiago de Cuba"),
    ("Carretera a Viñales Km 2, Cuchillas", "Hermanos Cruz", "Pinar del Río"),
)
_CU_WORKS = (
    "Reparación de cubierta",
    "Construcción de baño",
    "Nueva vivienda por esfuerzo propio",
    "Sustitución de piso",
    "Reparación tras huracán",
)
_CU_JOBS = (
    "Hospital provincial",
    "Jubilado(a)",
    "Escuela primaria",
    "ETECSA",
    "TCP",
    "Ama de casa",
)
_CU_STATES = ("Materiales asignados", "En ejecución", "Terminada", "Pendiente de financiamiento")

# -- Puerto Rico: R3 applicants -------------------------------------------------------------------
_PR_AREAS = (580, 581, 582, 583, 584, 596, 597, 598, 599)
_PR_PATHS = ("Repair / Reparación", "Reconstruction / Reconstrucción", "Relocation / Reubicación")
_PR_STATES = ("Intake", "Eligibility Review", "Damage Assessment", "Construction", "Closed")


def _chis(p: Person) -> _T:
    return _place(p, _MX_PLACES)


def _curp210(p: Person) -> str:
    """A CURP born in Chiapas (CS): four letters, YYMMDD, H or M, CS, three inner consonants,
    a serial (a digit before 2000, a letter after) and the check digit."""
    pat = _letters(_pick(p, _MX_FAMILY, 2))
    mat = _letters(_pick(p, _MX_FAMILY, 3))
    names = _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1).split()
    given = _letters(names[-1] if names[0] in ("María", "José") and len(names) > 1 else names[0])
    vowel = next((ch for ch in pat[1:] if ch in "AEIOU"), "X")
    serial = str(int(p.bhxh[0])) if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    head = f"{pat[0]}{vowel}{mat[0]}{given[0]}{p.birth:%y%m%d}{'H' if p.male else 'M'}CS"
    head += f"{_inner(pat)}{_inner(mat)}{_inner(given)}{serial}"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _mx_phone(p: Person) -> str:
    lada = _pick(p, ("967", "967", "919", "961"), 4)
    rest = p.phone[3:10]
    return f"{lada} {rest[:3]} {rest[3:]}" if int(p.bhxh) % 3 else f"{lada}{rest}"


def _cui210(p: Person) -> str:
    """A DPI's CUI: eight serial digits, the mod-11 check (weights 2..9; a serial giving 10 is
    skipped) and the four digits of the municipality where the person was registered."""
    serial = int(p.bhxh[1:9])
    weights = (2, 3, 4, 5, 6, 7, 8, 9)
    while _weighted(f"{serial:08d}", weights) % 11 == 10:
        serial = (serial + 1) % 100_000_000
    body = f"{serial:08d}"
    cui = f"{body}{_weighted(body, weights) % 11}{_place(p, _GT_PLACES)[0]}"
    return cui if int(p.bhxh) % 3 == 0 else f"{cui[:4]} {cui[4:9]} {cui[9:]}"


def _hn_dni210(p: Person) -> str:
    return f"{_place(p, _HN_PLACES)[0]}-{p.birth.year}-{p.bhxh[-5:]}"


def _hn_name(p: Person) -> str:
    given = _by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1)
    return f"{given} {_pick(p, _HN_FAMILY, 2)} {_pick(p, _HN_FAMILY, 3)}"


def _gt_other(p: Person) -> str:
    female = int(p.bhxh) % 2 == 0
    given = _pick(p, _GT_GIVEN_F if female else _GT_GIVEN_M, 7)
    return f"{given} {_pick(p, _GT_FAMILY, 8)}"


def _pr_name(p: Person) -> str:
    return f"{_by_sex(p, _PR_GIVEN_M, _PR_GIVEN_F, 1)} {_pick(p, _PR_FAMILY, 2)}"


def _pr_addr(p: Person) -> str:
    street, town, _ = _place(p, _PR_PLACES)
    if int(p.bhxh) % 4 == 0:
        return f"PO Box {_num(p, 9000) + 100}, {town}"
    return f"{street}, {town}"


WRITERS_BLIND210: dict[str, Callable[[Person, Col], object]] = {
    # fire extinguishers
    "group210": lambda p, c: f"Tổ liên gia số {_num(p, 24)}",
    "house210": lambda p, c: _pick(p, _VN_HOUSES, 2),
    "ext_count210": lambda p, c: 1 + int(p.bhxh) % 2,
    "ext_type210": lambda p, c: _pick(p, _VN_EXTINGUISHERS, 3),
    "ext_serial210": lambda p, c: f"PCCC25-{p.bhxh[-6:]}",
    "signer210": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_other_vn(p, 4)} {_pick(p, _VN_KIN, 5)}"
    ),
    "officer210": lambda p, c: _pick(p, _VN_POLICE, 6),
    # trenches
    "dig_file210": lambda p, c: f"{_num(p, 400)}/HS-QLĐT",
    "dig_spot210": lambda p, c: _pick(p, _VN_SPOTS, 2),
    "dig_size210": lambda p, c: f"{2 + _num(p, 9)} x 0,{4 + _num(p, 4)} x 0,{5 + _num(p, 4)}",
    "surface210": lambda p, c: _pick(p, _VN_SURFACES, 3),
    "dig_days210": lambda p, c: 1 + _num(p, 6),
    "builder210": lambda p, c: _pick(p, _VN_BUILDERS, 4),
    "deposit210": lambda p, c: _dotted(2_000_000 + _num(p, 30) * 250_000),
    "restore210": lambda p, c: f"{p.other_date + timedelta(days=5 + _num(p, 10)):%d/%m/%Y}",
    "dig_state210": lambda p, c: _pick(p, _VN_DIG_STATES, 5),
    # restocked pigs
    "farm_code210": lambda p, c: f"CN-{p.bhxh[:3]}-{p.bhxh[-3:]}",
    "herd210": lambda p, c: 5 + _num(p, 60),
    "piglets210": lambda p, c: 3 + _num(p, 20),
    "breed_src210": lambda p, c: _pick(p, _VN_BREEDS, 2),
    "vaccine210": lambda p, c: _pick(p, _VN_VACCINES, 3),
    "vx_lot210": lambda p, c: f"{_pick(p, ('ASF', 'NV', 'DC'), 4)}{p.bhxh[-4:]}",
    "ear_tag210": lambda p, c: f"{p.bhxh[2:6]}01 - {p.bhxh[2:6]}{2 + _num(p, 20):02d}",
    "vet210": lambda p, c: _pick(p, _VN_VETS, 5),
    "follow210": lambda p, c: _pick(p, _VN_FOLLOW, 6),
    # reading glasses
    "va_right210": lambda p, c: _pick(p, _VN_SIGHT, 2),
    "va_left210": lambda p, c: _pick(p, _VN_SIGHT, 3),
    "lens210": lambda p, c: _pick(p, _VN_LENSES, 4),
    "eye_dx210": lambda p, c: _pick(p, _VN_EYE_DX, 5),
    "referral210": lambda p, c: "Chuyển BV Mắt tỉnh mổ Phaco" if int(p.bhxh) % 5 == 0 else "Không",
    "doctor210": lambda p, c: _pick(p, _VN_DOCTORS, 6),
    "kin210": lambda p, c: _other_vn(p, 7),
    "kin_phone210": lambda p, c: _other_phone(p),
    "signed210": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Điểm chỉ"), 8),
    # Chiapas
    "mx_folio210": lambda p, c: f"CACH/2025/{_num(p, 900):04d}",
    "mx_pat210": lambda p, c: _pick(p, _MX_FAMILY, 2),
    "mx_mat210": lambda p, c: _pick(p, _MX_FAMILY, 3),
    "mx_given210": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    "mx_curp210": lambda p, c: _curp210(p),
    "mx_sex210": lambda p, c: "H" if p.male else "M",
    "mx_lang210": lambda p, c: _chis(p)[2],
    "mx_loc210": lambda p, c: _chis(p)[0],
    "mx_muni210": lambda p, c: _chis(p)[1],
    "mx_phone210": lambda p, c: _mx_phone(p),
    "mx_tech210": lambda p, c: _pick(p, _MX_TECHNIQUES, 5),
    "mx_group210": lambda p, c: _pick(p, _MX_GROUPS, 6),
    "mx_rep210": lambda p, c: _pick(p, _MX_REPS, 6),
    "mx_card210": lambda p, c: f"CHIS-{2018 + _num(p, 7)}-{p.bhxh[-5:]}",
    # Guatemala
    "gt_afil210": lambda p, c: p.bhxh[1:10],
    "gt_sur210": lambda p, c: _pick(p, _GT_FAMILY, 2),
    "gt_given210": lambda p, c: _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 1),
    "gt_cui210": lambda p, c: _cui210(p),
    "gt_sex210": lambda p, c: "Masculino" if p.male else "Femenino",
    "gt_addr210": lambda p, c: f"{_place(p, _GT_PLACES)[1]}, {_place(p, _GT_PLACES)[2]}",
    "gt_muni210": lambda p, c: _place(p, _GT_PLACES)[2],
    "gt_dept210": lambda p, c: _place(p, _GT_PLACES)[3],
    "gt_phone210": lambda p, c: _gt_phone(p),
    "gt_employer210": lambda p, c: _pick(p, ("84512", "84512", "61230"), 3),
    "gt_job210": lambda p, c: _pick(p, _GT_JOBS, 4),
    "gt_wage210": lambda p, c: f"{98 + _num(p, 20)}.{_pick(p, ('00', '50', '36'), 5)}",
    "gt_benef210": lambda p, c: _gt_other(p),
    "gt_kin210": lambda p, c: _pick(p, _GT_KIN, 6),
    # Honduras
    "hn_stall210": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 2)}-{_num(p, 90):02d}",
    "hn_name210": lambda p, c: _hn_name(p),
    "hn_dni210": lambda p, c: _hn_dni210(p),
    "hn_rtn210": lambda p, c: f"{_hn_dni210(p).replace('-', '')}{p.bhxh[0]}",
    "hn_sex210": lambda p, c: "M" if p.male else "F",
    "hn_addr210": lambda p, c: f"{_place(p, _HN_PLACES)[1]}, {_place(p, _HN_PLACES)[2]}",
    "hn_phone210": lambda p, c: _hn_phone(p),
    "hn_trade210": lambda p, c: _pick(p, _HN_TRADES, 3),
    "hn_rent210": lambda p, c: f"{1200 + _num(p, 36) * 100:,}.00",
    "hn_arrears210": lambda p, c: _pick(p, ("0.00", "0.00", "1,500.00", "4,350.00"), 4),
    "hn_until210": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "hn_deputy210": lambda p, c: (
        f"{_pick(p, _HN_GIVEN_F, 5)} {_pick(p, _HN_FAMILY, 6)}" if int(p.bhxh) % 2 else ""
    ),
    "hn_note210": lambda p, c: _pick(p, _HN_NOTES, 7),
    # Cuba
    "cu_name210": lambda p, c: _cu_full(p),
    "cu_ci210": lambda p, c: _carne(p),
    "cu_sex210": lambda p, c: "M" if p.male else "F",
    "cu_addr210": lambda p, c: f"{_place(p, _CU_PLACES)[0]}, {_place(p, _CU_PLACES)[2]}",
    "cu_cp210": lambda p, c: _place(p, _CU_PLACES)[1],
    "cu_muni210": lambda p, c: _place(p, _CU_PLACES)[2],
    "cu_phone210": lambda p, c: _cu_phone(p),
    "cu_work210": lambda p, c: _pick(p, _CU_WORKS, 3),
    "cu_amount210": lambda p, c: 20_000 + _num(p, 130) * 1000,
    "cu_household210": lambda p, c: 1 + _num(p, 6),
    "cu_job210": lambda p, c: _pick(p, _CU_JOBS, 4),
    "cu_resolution210": lambda p, c: f"Acuerdo {_num(p, 300)}/2025",
    "cu_state210": lambda p, c: _pick(p, _CU_STATES, 5),
    # Puerto Rico
    "pr_case210": lambda p, c: f"R3-{_num(p, 78):02d}-{p.bhxh[-5:]}",
    "pr_name210": lambda p, c: _pr_name(p),
    "pr_ssn210": lambda p, c: _ssn197(p, _PR_AREAS, dashes=int(p.bhxh) % 4 != 0),
    "pr_addr210": lambda p, c: _pr_addr(p),
    "pr_muni210": lambda p, c: _place(p, _PR_PLACES)[1],
    "pr_zip210": lambda p, c: _place(p, _PR_PLACES)[2],
    "pr_phone210": lambda p, c: _pr_phone(p),
    "pr_coapp210": lambda p, c: (
        f"{_pick(p, _PR_GIVEN_F if p.male else _PR_GIVEN_M, 5)} {_pick(p, _PR_FAMILY, 6)}"
        if int(p.bhxh) % 3
        else ""
    ),
    "pr_fema210": lambda p, c: f"4{p.bhxh[1:9]}",
    "pr_damage210": lambda p, c: f"${8_000 + _num(p, 90) * 450:,}.00",
    "pr_path210": lambda p, c: _pick(p, _PR_PATHS, 3),
    "pr_status210": lambda p, c: _pick(p, _PR_STATES, 4),
}

__all__ = ["WRITERS_BLIND210"]
