"""How the people of the hundred-and-fortieth part of the outside corpus (**blind 140**,
:mod:`lienthong.quality._corpus_blind140`) are written: four Vietnamese files' own columns (a body
bequeathed to a medical school, a mobile subscriber's details brought in line with the population
database, a household's share of the village road it helps to build, a fisherman's catch log) and
American, Québécois, Brazilian, Mexican and Argentine names, places, phones and numbers in the forms
their registers show (the Social Security number, the SIN with its Luhn digit, the CPF and the NIS
with their mod-11 digits, the IMSS number with its Luhn digit beside the CURP, the CUIL)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind13_writers import _QC_FAMILY, _QC_GIVEN_F, _QC_GIVEN_M
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind34_writers import _BR_FAMILY, _BR_GIVEN_F, _BR_GIVEN_M
from lienthong.quality._corpus_blind37_writers import _US_FAMILY, _US_GIVEN_F, _US_GIVEN_M, _ssn
from lienthong.quality._corpus_blind44_writers import _AR_FAMILY, _AR_GIVEN_F, _AR_GIVEN_M, _cuil
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind93_writers import _curp, _mx_names

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam -------------------------------------------------------------------------------------
_VN_SCHOOLS = ("Học viện Quân y", "ĐH Y Hà Nội", "ĐH Y Dược TP.HCM", "ĐH Y Dược Huế")
_VN_KIN = ("Con trai", "Con gái", "Vợ", "Chồng", "Cháu")
_VN_NETWORKS = ("Viettel", "Vinaphone", "MobiFone", "Vietnamobile")
_VN_SUB_STATUS = ("Đã chuẩn hóa", "Đã chuẩn hóa", "Sai ảnh chân dung", "Chờ xác thực", "Khóa 1C")
_VN_SHOPS = ("ĐGD Viettel Cầu Giấy", "CH VNPT Đống Đa", "ĐL số 12")
_VN_ROADS = ("Đường trục thôn Hạ", "Ngõ xóm Chùa", "Đường liên xóm Bến", "Đường nội đồng Gò Mả")
_VN_ROAD_STATUS = ("Đã đóng đủ", "Còn nợ", "Đã đóng đủ", "Hiến đất thay tiền", "Miễn (hộ nghèo)")
_VN_BOATS = ("QNa-90123-TS", "QNa-91457-TS", "QNa-90876-TS", "QNa-92001-TS")
_VN_FISH = ("Cá ngừ", "Mực", "Cá nục", "Cá thu", "Tôm hùm")
# -- United States: housing choice vouchers ------------------------------------------------------
_US_PLACES = (
    ("1420 W Oak St", "Apt 3B", "Louisville", "KY", "40210"),
    ("88 Beacon Hill Rd", "", "Dayton", "OH", "45402"),
    ("512 Magnolia Ave", "Unit 7", "Jackson", "MS", "39203"),
    ("2210 N 35th St", "", "Milwaukee", "WI", "53208"),
)
_US_PREFS = ("Homeless", "Elderly/Disabled", "Veteran", "Working family", "None")
_US_LANDLORDS = ("Riverside Apts LLC", "J. Patel", "", "Oakwood Mgmt")
_US_STATUS = ("Waitlisted", "Voucher issued", "Leased up", "Withdrawn", "Pending eligibility")
# -- Québec: last-resort financial assistance ----------------------------------------------------
_QC_PLACES = (
    ("4521, rue Fullum", "Montréal", "H2H 2J6", "514"),
    ("312, boul. René-Lévesque Ouest", "Québec", "G1R 2B1", "418"),
    ("88, rue Wellington Nord", "Sherbrooke", "J1H 5B8", "819"),
    ("1250, rue King", "Trois-Rivières", "G9A 1X3", "819"),
)
_QC_PROGRAMS = ("Aide sociale", "Solidarité sociale", "Objectif emploi", "Revenu de base")
_QC_AGENTS = ("M. Gagné", "Mme Pelletier", "Mme Bergeron", "M. Lapointe")
# -- Brazil: Minha Casa, Minha Vida --------------------------------------------------------------
_BR_PLACES = (
    ("Rua São Jorge, 145", "Jardim Ângela", "São Paulo", "SP", "04940"),
    ("Travessa Boa Esperança, 32", "Bom Jardim", "Fortaleza", "CE", "60543"),
    ("Av. Brasil, 2200, casa 2", "Pedreira", "Belém", "PA", "66080"),
    ("Rua Paraná, 88", "Lindéia", "Belo Horizonte", "MG", "30690"),
)
_BR_PROJECTS = ("Res. Jardim das Flores", "Cond. Parque Esperança", "Res. Vila Nova II")
_BR_GROUPS = ("Faixa 1", "Faixa 1", "Faixa 2", "Faixa 3")
_BR_STATUS = ("Sorteado", "Reserva", "Habilitado", "Contrato assinado", "Inabilitado")
# -- Mexico: IMSS worker registrations -----------------------------------------------------------
_MX_EMPLOYERS = (
    ("Maquiladora del Norte SA de CV", "Y5412345108"),
    ("Abarrotes La Esperanza", "B7823411104"),
    ("Servicios de Limpieza Integral SC", "E2519876105"),
)
_MX_PLACES = (
    ("Calle Pino Suárez 214", "Centro", "Monterrey", "N.L.", "64000"),
    ("Av. Hidalgo 55 Int. 3", "Las Flores", "Guadalajara", "Jal.", "44460"),
    ("Privada Olmo 9", "San Lorenzo", "Puebla", "Pue.", "72480"),
)
_MX_MOVES = ("Alta", "Reingreso", "Modificación de salario", "Baja")
# -- Argentina: subsidised electricity tariff ----------------------------------------------------
_AR_PLACES = (
    ("Av. San Martín 1450", "Morón", "Buenos Aires", "B1708"),
    ("Calle 12 N° 845", "La Plata", "Buenos Aires", "B1900"),
    ("Belgrano 320 Dto. 2", "Quilmes", "Buenos Aires", "B1878"),
    ("Pasaje Los Ceibos 77", "Merlo", "Buenos Aires", "B1722"),
)
_AR_REASONS = ("Jubilado/a con haber mínimo", "AUH", "Desocupado/a", "Monotributo social")
_AR_STATUS = ("Otorgada", "Otorgada", "En evaluación", "Rechazada", "Baja")


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 5) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt + 3) % len(table)]


def _us_phone(p: Person) -> str:
    d = p.bhxh[-7:]
    return f"({_pick(p, ('502', '937', '601', '414'), 2)}) {d[:3]}-{d[3:]}"


def _us_street(p: Person) -> str:
    street, unit, *_ = _row(p, _US_PLACES)
    return f"{street} {unit}".strip()


def _sin(p: Person) -> str:
    """A Social Insurance Number ``2xx xxx xxx`` with its Luhn digit (Québec ones start with 2)."""
    digits = _luhn("2" + p.bhxh[2:9])
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _qc_phone(p: Person) -> str:
    d = p.bhxh[-7:]
    return f"{_row(p, _QC_PLACES)[3]}-{d[:3]}-{d[3:]}"


def _nis(p: Person) -> str:
    """A NIS/PIS ``123.45678.90-1``: ten digits and a mod-11 digit (weights 3,2,9..2)."""
    digits = "1" + p.bhxh[-9:]
    weights = (3, 2, 9, 8, 7, 6, 5, 4, 3, 2)
    rest = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = 0 if rest >= 10 else rest
    return f"{digits[:3]}.{digits[3:8]}.{digits[8:]}-{check}"


def _br_name(p: Person) -> str:
    return f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"


def _br_phone(p: Person) -> str:
    d = p.bhxh[-8:]
    return f"({_pick(p, ('11', '85', '91', '31'), 4)}) 9{d[:4]}-{d[4:]}"


def _nss(p: Person) -> str:
    """An IMSS number: subdelegation, year joined, birth year, a serial and the Luhn digit."""
    joined = max(p.birth.year + 18, 1970) % 100
    return _luhn(f"{p.bhxh[:2]}{joined:02d}{p.birth:%y}{p.bhxh[-4:]}")


def _mx_phone(p: Person) -> str:
    d = p.bhxh[-8:]
    return f"{_pick(p, ('81', '33', '222'), 6)} {d[:4]} {d[4:]}"


def _ar_phone(p: Person) -> str:
    d = p.bhxh[-8:]
    return f"11 {d[:4]}-{d[4:]}" if p.male else f"(011) 15-{d[:4]}-{d[4:]}"


WRITERS_BLIND140: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: body donation to a medical school
    "hx_card140": lambda p, c: f"HX-{p.bhxh[-5:]}/{_pick(p, ('2023', '2024', '2025'), 3)}",
    "hx_school140": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "hx_kin140": lambda p, c: _other_vn(p, 7),
    "hx_kin_rel140": lambda p, c: _pick(p, _VN_KIN, 4),
    "hx_kin_phone140": lambda p, c: _other_phone(p, "08"),
    "hx_witness140": lambda p, c: _other_vn(p, 11),
    # Vietnam: mobile subscribers brought in line with the population database
    "sub_number140": lambda p, c: _other_phone(p, "03"),
    "sub_network140": lambda p, c: _pick(p, _VN_NETWORKS, 1),
    "sub_kind140": lambda p, c: _pick(p, ("Trả trước", "Trả trước", "Trả sau"), 2),
    "sub_count140": lambda p, c: 1 + _num(p, 4),
    "sub_status140": lambda p, c: _pick(p, _VN_SUB_STATUS, 3),
    "sub_shop140": lambda p, c: _pick(
        p, ("ĐGD Viettel Cầu Giấy", "CH VNPT Đống Đa", "ĐL số 12"), 5
    ),
    # Vietnam: households' shares of a village road
    "road_name140": lambda p, c: _pick(p, _VN_ROADS, 2),
    "road_people140": lambda p, c: 1 + _num(p, 7),
    "road_share140": lambda p, c: f"{(1 + _num(p, 7)) * 350_000:,}".replace(",", "."),
    "road_land140": lambda p, c: "" if _num(p, 3) > 1 else f"{_num(p, 40)} m²",
    "road_status140": lambda p, c: _pick(p, _VN_ROAD_STATUS, 4),
    "road_collector140": lambda p, c: _other_vn(p, 13),
    # Vietnam: fishermen's catch logs
    "fish_boat140": lambda p, c: _pick(p, _VN_BOATS, 2),
    "fish_role140": lambda p, c: _pick(p, ("Thuyền trưởng", "Máy trưởng", "Thuyền viên"), 3),
    "fish_kind140": lambda p, c: _pick(p, _VN_FISH, 4),
    "fish_kg140": lambda p, c: _num(p, 900) * 5,
    "fish_zone140": lambda p, c: _pick(p, ("Vùng khơi", "Vùng lộng", "Hoàng Sa"), 6),
    "fish_days140": lambda p, c: 4 + _num(p, 22),
    # United States: housing choice voucher waiting list
    "us_given140": lambda p, c: _by_sex(p, _US_GIVEN_M, _US_GIVEN_F, 1),
    "us_family140": lambda p, c: _pick(p, _US_FAMILY, 2),
    "ssn_us140": lambda p, c: _ssn(p),
    "sex_us140": lambda p, c: "M" if p.male else "F",
    "us_street140": lambda p, c: _us_street(p),
    "us_city140": lambda p, c: _row(p, _US_PLACES)[2],
    "us_state140": lambda p, c: _row(p, _US_PLACES)[3],
    "us_zip140": lambda p, c: _row(p, _US_PLACES)[4],
    "us_phone140": lambda p, c: _us_phone(p),
    "us_app140": lambda p, c: f"HCV-{p.bhxh[-6:]}",
    "us_hh140": lambda p, c: 1 + _num(p, 6),
    "us_income140": lambda p, c: f"${(8 + _num(p, 30)) * 1000:,}",
    "us_beds140": lambda p, c: f"{1 + _num(p, 4)} BR",
    "us_pref140": lambda p, c: _pick(p, _US_PREFS, 3),
    "us_status140": lambda p, c: _pick(p, _US_STATUS, 4),
    "us_landlord140": lambda p, c: _pick(
        p, ("Riverside Apts LLC", "J. Patel", "", "Oakwood Mgmt"), 5
    ),
    # Québec: last-resort financial assistance
    "qc_family140": lambda p, c: _pick(p, _QC_FAMILY, 2),
    "qc_given140": lambda p, c: _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 1),
    "sin_qc140": lambda p, c: _sin(p),
    "sex_qc140": lambda p, c: "M" if p.male else "F",
    "qc_street140": lambda p, c: _row(p, _QC_PLACES)[0],
    "qc_city140": lambda p, c: _row(p, _QC_PLACES)[1],
    "qc_postal140": lambda p, c: _row(p, _QC_PLACES)[2],
    "qc_phone140": lambda p, c: _qc_phone(p),
    "qc_file140": lambda p, c: f"{p.bhxh[1:4]}-{p.bhxh[4:10]}-{p.bhxh[-1]}",
    "qc_program140": lambda p, c: _pick(p, _QC_PROGRAMS, 3),
    "qc_adults140": lambda p, c: 1 + _num(p, 2),
    "qc_kids140": lambda p, c: _num(p, 4) - 1,
    "qc_amount140": lambda p, c: f"{780 + _num(p, 600):,}".replace(",", "\u00a0") + ",00 $",
    "qc_agent140": lambda p, c: _pick(p, _QC_AGENTS, 4),
    # Brazil: Minha Casa, Minha Vida candidates
    "br_name140": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
    ),
    "cpf_br140": lambda p, c: _cpf(p),
    "nis_br140": lambda p, c: _nis(p),
    "sex_br140": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_street140": lambda p, c: _row(p, _BR_PLACES)[0],
    "br_bairro140": lambda p, c: _row(p, _BR_PLACES)[1],
    "br_city140": lambda p, c: _row(p, _BR_PLACES)[2],
    "br_uf140": lambda p, c: _row(p, _BR_PLACES)[3],
    "br_cep140": lambda p, c: f"{_row(p, _BR_PLACES)[4]}-{p.bhxh[-3:]}",
    "br_phone140": lambda p, c: _br_phone(p),
    "br_income140": lambda p, c: "R$ " + f"{900 + _num(p, 2000):,}".replace(",", ".") + ",00",
    "br_group140": lambda p, c: _pick(p, _BR_GROUPS, 3),
    "br_project140": lambda p, c: _pick(p, _BR_PROJECTS, 4),
    "br_status140": lambda p, c: _pick(p, _BR_STATUS, 5),
    "br_spouse_cpf140": lambda p, c: "" if _num(p, 3) == 1 else f"***.{p.bhxh[3:6]}.***-**",
    # Mexico: IMSS worker registrations
    "mx_pat140": lambda p, c: _mx_names(p)[0],
    "mx_mat140": lambda p, c: _mx_names(p)[1],
    "mx_given140": lambda p, c: _mx_names(p)[2],
    "curp_mx140": lambda p, c: _curp(p),
    "nss_mx140": lambda p, c: _nss(p),
    "sex_mx140": lambda p, c: "H" if p.male else "M",
    "mx_street140": lambda p, c: _row(p, _MX_PLACES)[0],
    "mx_colonia140": lambda p, c: _row(p, _MX_PLACES)[1],
    "mx_muni140": lambda p, c: _row(p, _MX_PLACES)[2],
    "mx_state140": lambda p, c: _row(p, _MX_PLACES)[3],
    "mx_cp140": lambda p, c: _row(p, _MX_PLACES)[4],
    "mx_phone140": lambda p, c: _mx_phone(p),
    "mx_employer140": lambda p, c: _row(p, _MX_EMPLOYERS, 2)[0],
    "mx_reg140": lambda p, c: _row(p, _MX_EMPLOYERS, 2)[1],
    "mx_sbc140": lambda p, c: f"{(278 + _num(p, 500)):.2f}",
    "mx_move140": lambda p, c: _pick(p, _MX_MOVES, 3),
    # Argentina: subsidised electricity tariff
    "ar_family140": lambda p, c: _pick(p, _AR_FAMILY, 2).upper(),
    "ar_given140": lambda p, c: _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1),
    "cuil_ar140": lambda p, c: _cuil(p),
    "sex_ar140": lambda p, c: "Masculino" if p.male else "Femenino",
    "ar_street140": lambda p, c: _row(p, _AR_PLACES)[0],
    "ar_town140": lambda p, c: _row(p, _AR_PLACES)[1],
    "ar_prov140": lambda p, c: _row(p, _AR_PLACES)[2],
    "ar_cp140": lambda p, c: f"{_row(p, _AR_PLACES)[3]}{_pick(p, ('AAB', 'BCE', 'FFH'), 3)}",
    "ar_phone140": lambda p, c: _ar_phone(p),
    "ar_account140": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:9]}-{p.bhxh[-1]}",
    "ar_meter140": lambda p, c: f"MED {p.bhxh[-7:]}",
    "ar_reason140": lambda p, c: _pick(p, _AR_REASONS, 4),
    "ar_cohab140": lambda p, c: 1 + _num(p, 6),
    "ar_status140": lambda p, c: _pick(p, _AR_STATUS, 5),
    "ar_holder140": lambda p, c: _pick(p, ("Titular", "Titular", "Inquilino/a", "Familiar"), 6),
}
