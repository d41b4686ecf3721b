"""How the people of the two-hundred-and-thirty-second part of the outside corpus (**blind 232**,
:mod:`lienthong.quality._corpus_blind232`) are written: four Vietnamese files' own columns (a lion
dance troupe, a cross-country race, a village gong ensemble, a Tết calligraphy street) and
Uruguayan, Patagonian, Mapuche, gaúcho and Falkland names, places, phones and numbers in the forms
their registers show: the Uruguayan cédula with its check digit, the DNI and CUIL, the RUN with
its mod-11 digit, the CPF with its two digits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind44_writers import _cuil, _dni_number
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind206_writers import _cpf
from lienthong.quality._corpus_blind226_writers import _CL_FAMILY, _CL_GIVEN_F, _CL_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _later(p: Person, months: int, fmt: str) -> str:
    """The row's event date moved on by ``months`` (a 31st falls back to the month's last day)."""
    d = p.other_date
    month = d.month - 1 + months
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):{fmt}}"


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 7 + 3) % len(table)]


# -- Vietnam ------------------------------------------------------------------------------------
_VN_LION_TEAM = ("Đội lân Hùng Vương", "Đội lân sư rồng Phước Lộc Thọ", "Đội lân Thanh niên KP3")
_VN_LION_ROLE = (
    "Đầu lân",
    "Đuôi lân",
    "Trống",
    "Chập chõa",
    "Ông Địa",
    "Múa rồng",
    "Mai hoa thung",
)
_VN_RUN_UNIT = ("Trường THPT Nguyễn Du", "Công ty CP May Việt Tiến", "CLB chạy bộ phường", "Tự do")
_VN_RUN_DIST = ("5 km", "10 km", "21 km", "3 km (thiếu niên)")
_VN_SHIRT = ("S", "M", "L", "XL", "XXL")
_VN_BLOOD = ("O+", "A+", "B+", "AB+", "Không rõ")
_VN_GONG_ROLE = ("Chiêng mẹ (chiêng núm)", "Chiêng con", "Trống cái", "Chiêng bằng", "Múa xoang")
_VN_ETHNIC = ("Ê Đê", "M'nông", "Gia Rai", "Ba Na", "Xơ Đăng", "Kinh")
_VN_GONG_VILLAGE = ("Buôn Kô Sier", "Buôn Akô Dhông", "Làng Plei Ốp", "Buôn Đôn", "Làng Kon Klor")
_VN_SCRIPT = ("Chữ Hán", "Chữ Nôm", "Thư pháp Việt (quốc ngữ)", "Hán - Việt", "Thư pháp Việt")
_VN_CALLI_CLUB = ("CLB Thư pháp Thăng Long", "Hội Thư pháp Việt Nam", "Nhóm Thư pháp Trẻ", "Tự do")
_VN_PEN = ("Nhất Chi Mai", "Thiện Tâm", "Hoài Cổ", "Mộc Nhiên", "Tĩnh Lặng", "Vân Phong")


# -- Uruguay ------------------------------------------------------------------------------------
_UY_FAMILY = ("Rodríguez Pereira", "Fernández Silva", "Sosa Correa", "Núñez Olivera", "De León")
_UY_GIVEN_M = ("Juan Pablo", "Martín", "Washington", "Gonzalo", "Nelson", "Sebastián")
_UY_GIVEN_F = ("María José", "Lorena", "Graciela", "Valentina", "Mónica", "Florencia")
_UY_HOMES = (
    ("Av. 8 de Octubre 3456 apto. 2", "Montevideo"),
    ("Camino Maldonado km 14,500", "Montevideo"),
    ("José Pedro Varela 1021", "Las Piedras, Canelones"),
    ("Rivera 812 esq. Treinta y Tres", "Paysandú"),
    ("Bv. Artigas 2290 block C apto. 104", "Montevideo"),
)
_UY_COOP = ("COVIMT 9", "COVIAFIN", "Mesa 3 - COVIREUS", "COVIPAY", "COVITRAN 2")
_UY_STATUS = ("Titular", "Titular", "Cotitular", "Suplente", "En trámite de baja")


# -- Argentine Patagonia (Chubut) ----------------------------------------------------------------
_AR_FAMILY = ("Jones", "Williams", "Huichaqueo", "Davies", "Nahuelpan", "González", "Roberts")
_AR_GIVEN_M = ("Evan", "Luis Alberto", "Ceferino", "Dalmiro", "Héctor Hugo", "Rhys")
_AR_GIVEN_F = ("Gwenllian", "Nélida", "Mirta Beatriz", "Eluned", "Rosa", "Ayelén")
_AR_PLACES = (
    ("Av. Eugenio Tello 280", "Gaiman", "9105", "0280", 7),
    ("Belgrano 455", "Trelew", "9100", "0280", 7),
    ("Rivadavia 1130", "Esquel", "9200", "02945", 6),
    ("Calle 9 de Julio s/n", "Gobernador Costa", "9223", "02945", 6),
    ("25 de Mayo 61", "Tecka", "9201", "02945", 6),
)
_AR_ESTANCIA = (
    "Ea. La Juanita",
    "Ea. El Maitén",
    "Ea. Bryn Gwyn",
    "Ea. Los Altares",
    "Pto. Nahuel",
)
_AR_STATUS = ("Aprobado", "Aprobado", "Observado", "En evaluación UEP", "Rechazado")


def _ar_place(p: Person) -> tuple[str, str, str, str, int]:
    return _AR_PLACES[int(p.bhxh) // 11 % len(_AR_PLACES)]


def _ar_phone(p: Person) -> str:
    _street, _town, _cp, area, local = _ar_place(p)
    digits = p.phone[10 - local :]
    if local == 7:
        return f"({area}) 15-4{digits[1:3]}-{digits[3:]}"
    return f"({area}) 15-{digits[:2]}-{digits[2:]}"


def _dni_dotted(p: Person) -> str:
    dni = _dni_number(p).lstrip("0")
    return f"{int(dni):,}".replace(",", ".")


# -- Chile (Mapuche communities) ------------------------------------------------------------------
_CL_HOMES = (
    "Sector Makewe, km 8 camino a Nueva Imperial, Padre Las Casas",
    "Comunidad Juan Huenupi, Sector Rucatraro, Chol Chol",
    "Lof Boroa Filulawen, Parcela 14, Nueva Imperial",
    "Sector Huapi, Isla Huapi, Puerto Saavedra",
    "Villa Los Copihues, pasaje 3 casa 21, Padre Las Casas",
)
_CL_LOF = ("Lof Makewe", "Comunidad Domingo Coñoepan", "Lof Boroa", "Comunidad Ignacio Quilaqueo")
_CL_CARE = ("Lawentuwün (hierbas)", "Gütamchefe (componedor)", "Machi - ngillatun", "Pewütun")
_CL_AGENT = ("Machi Juana Calfuqueo", "Lawentuchefe Rosa Painequeo", "Gütamchefe José Lienlaf")
_CL_FACIL = ("Elisa Colipi (facilitadora)", "Mario Millañir (facilitador)", "Sin facilitador")
_CL_REFER = ("Sin derivación", "Derivado a Hospital Makewe", "Control en 15 días", "Cesfam")


# -- Rio Grande do Sul --------------------------------------------------------------------------
_BR_FAMILY = ("da Silva", "Bortolini", "Schneider", "de Oliveira", "Zanella", "Müller", "Rodrigues")
_BR_GIVEN_M = ("João Vitor", "Guilherme", "Ademir", "Luiz Carlos", "Eduardo", "Pedro Henrique")
_BR_GIVEN_F = ("Ana Paula", "Luana", "Marlene", "Gabriela", "Jéssica", "Maria Eduarda")
_BR_PLACES = (
    ("Rua Barão do Triunfo, 1120", "Menino Deus", "Porto Alegre", "90130-100", "51"),
    ("Av. Rio Branco, 45 ap. 302", "Centro", "Santa Maria", "97010-420", "55"),
    ("Rua Sinimbu, 2280", "Lourdes", "Caxias do Sul", "95020-002", "54"),
    ("Rua General Osório, 88", "Centro", "Bagé", "96400-100", "53"),
    ("Estrada Velha, s/nº", "Interior", "Vacaria", "95200-000", "54"),
)
_BR_CTG = ("CTG 35", "CTG Rancho da Saudade", "CTG Sentinela da Querência", "CTG Lalau Miranda")
_BR_CATEG = ("Prenda juvenil", "Peão adulto", "Prenda mirim", "Peão veterano", "Peão juvenil")
_BR_DANCE = ("Invernada artística adulta", "Invernada juvenil", "Tiro de laço", "Declamação")


def _br_place(p: Person) -> tuple[str, str, str, str, str]:
    return _BR_PLACES[int(p.bhxh) // 13 % len(_BR_PLACES)]


def _br_phone(p: Person) -> str:
    lead = _pick(p, ("8", "9", "9", "6"), 8)
    return f"({_br_place(p)[4]}) 9{lead}{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[-1]}"


def _rg_rs(p: Person) -> str:
    return f"{1 + int(p.bhxh[0]) % 9}{p.bhxh[1:10]}"


# -- Falkland Islands ---------------------------------------------------------------------------
_FK_FAMILY = ("Biggs", "Betts", "Goss", "McKay", "Clifton", "Berntsen", "Summers", "Pitaluga")
_FK_GIVEN_M = ("Terence", "Neil", "Ian Robert", "Stephen", "Tony", "Gavin")
_FK_GIVEN_F = ("Sally", "Tanya", "Jacqueline", "Ruth", "Donna", "Karen")
_FK_HOMES = (
    "12 Ross Road West, Stanley",
    "3 Jersey Estate, Stanley",
    "Fox Bay East, West Falkland",
    "Port Howard Settlement, West Falkland",
    "Goose Green, East Falkland",
    "7 Drury Street, Stanley",
)
_FK_ARMS = ("Shotgun 12 bore", "Rifle .22 LR", "Rifle .243 Win", "Shotgun 12 bore; Rifle .22")
_FK_PURPOSE = ("Vermin control (geese)", "Pest control on farm", "Target shooting (club)", "Sport")
_FK_OFFICER = ("PC J. Ford", "Sgt D. Morrison", "Insp. K. Biles")


def _fk_phone(p: Person) -> str:
    lead = _pick(p, ("2", "4", "5", "5"), 4)
    body = f"{lead}{p.phone[6:10]}"
    return f"+500 {body}" if int(p.bhxh) % 3 else f"(500) {body}"


WRITERS_BLIND232: dict[str, Callable[[Person, Col], object]] = {
    # lion dance troupe
    "lion_team232": lambda p, c: _pick(p, _VN_LION_TEAM, 2),
    "lion_role232": lambda p, c: _pick(p, _VN_LION_ROLE, 3),
    "lion_years232": lambda p, c: f"{1 + _num(p, 15)} năm",
    "lion_head232": lambda p, c: _other_vn(p, 4, True),
    "lion_head_phone232": lambda p, c: _other_phone(p, "09"),
    # cross-country race
    "run_unit232": lambda p, c: _pick(p, _VN_RUN_UNIT, 2),
    "run_dist232": lambda p, c: _pick(p, _VN_RUN_DIST, 3),
    "run_bib232": lambda p, c: f"{_pick(p, ('A', 'B', 'C'), 4)}{p.bhxh[-4:]}",
    "run_shirt232": lambda p, c: _pick(p, _VN_SHIRT, 5),
    "run_sos232": lambda p, c: _other_vn(p, 6),
    "run_sos_phone232": lambda p, c: _other_phone(p, "03"),
    "run_blood232": lambda p, c: _pick(p, _VN_BLOOD, 7),
    "run_time232": lambda p, c: f"00:{20 + _num(p, 39):02d}:{_num(p, 59):02d}",
    # village gong ensemble
    "gong_ethnic232": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "gong_role232": lambda p, c: _pick(p, _VN_GONG_ROLE, 3),
    "gong_village232": lambda p, c: _pick(p, _VN_GONG_VILLAGE, 4),
    "gong_set232": lambda p, c: f"{3 + _num(p, 10)} chiếc",
    "gong_elder232": lambda p, c: f"Già làng {_other_vn(p, 5, True)}",
    "gong_title232": lambda p, c: "" if int(p.bhxh) % 3 else f"NNƯT {2015 + _num(p, 8)}",
    # Tết calligraphy street
    "calli_pen232": lambda p, c: _pick(p, _VN_PEN, 2),
    "calli_script232": lambda p, c: _pick(p, _VN_SCRIPT, 3),
    "calli_club232": lambda p, c: _pick(p, _VN_CALLI_CLUB, 4),
    "calli_stall232": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 5)}-{_num(p, 40):02d}",
    "calli_fee232": lambda p, c: f"{(5 + _num(p, 20)) * 100_000:,}".replace(",", "."),
    # Uruguay: mutual-aid housing cooperative
    "uy_family232": lambda p, c: _pick(p, _UY_FAMILY, 2),
    "uy_given232": lambda p, c: _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 3),
    "uy_ci232": lambda p, c: _ci_uy(p),
    "uy_sex232": lambda p, c: "M" if p.male else "F",
    "uy_home232": lambda p, c: ", ".join(_row(p, _UY_HOMES, 1)),
    "uy_phone232": lambda p, c: (
        f"09{_pick(p, ('1', '4', '8', '9'), 4)} {p.phone[3:6]} {p.phone[6:9]}"
    ),
    "uy_coop232": lambda p, c: _pick(p, _UY_COOP, 5),
    "uy_member232": lambda p, c: f"{_num(p, 60)}",
    "uy_family_size232": lambda p, c: 1 + _num(p, 6),
    "uy_hours232": lambda p, c: f"{_num(p, 2100)}",
    "uy_fee232": lambda p, c: f"$ {(8 + _num(p, 10)) * 250}",
    "uy_status232": lambda p, c: _pick(p, _UY_STATUS, 6),
    # Argentine Patagonia: Ley Ovina beneficiaries, Chubut
    "ar_name232": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2).upper()}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 3)}"
    ),
    "ar_dni232": lambda p, c: _dni_dotted(p),
    "ar_cuil232": lambda p, c: _cuil(p),
    "ar_street232": lambda p, c: _ar_place(p)[0],
    "ar_town232": lambda p, c: _ar_place(p)[1],
    "ar_cp232": lambda p, c: _ar_place(p)[2],
    "ar_phone232": lambda p, c: _ar_phone(p),
    "ar_estancia232": lambda p, c: _pick(p, _AR_ESTANCIA, 4),
    "ar_renspa232": lambda p, c: f"05.0{p.bhxh[2:4]}.0.{p.bhxh[4:9]}/0{_num(p, 3)}",
    "ar_sheep232": lambda p, c: 80 + _num(p, 3000),
    "ar_amount232": lambda p, c: f"$ {(40 + _num(p, 400)) * 10_000:,}".replace(",", "."),
    "ar_status232": lambda p, c: _pick(p, _AR_STATUS, 5),
    "ar_file232": lambda p, c: f"Expte. {p.bhxh[-4:]}/{p.other_date:%y}-MP",
    # Chile: intercultural health (Mapuche communities)
    "cl_run232": lambda p, c: _rut(p),
    "cl_pat232": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat232": lambda p, c: _pick(p, _CL_FAMILY, 6),
    "cl_given232": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 3),
    "cl_sex232": lambda p, c: "Hombre / Wentru" if p.male else "Mujer / Domo",
    "cl_lof232": lambda p, c: _pick(p, _CL_LOF, 4),
    "cl_home232": lambda p, c: _pick(p, _CL_HOMES, 5),
    "cl_phone232": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:10]}",
    "cl_care232": lambda p, c: _pick(p, _CL_CARE, 7),
    "cl_agent232": lambda p, c: _pick(p, _CL_AGENT, 8),
    "cl_facil232": lambda p, c: _pick(p, _CL_FACIL, 9),
    "cl_refer232": lambda p, c: _pick(p, _CL_REFER, 10),
    # Rio Grande do Sul: CTG members
    "br_name232": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 2)} {_pick(p, _BR_FAMILY, 3)}"
    ),
    "br_cpf232": lambda p, c: _cpf(p),
    "br_rg232": lambda p, c: _rg_rs(p),
    "br_sex232": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_street232": lambda p, c: _br_place(p)[0],
    "br_bairro232": lambda p, c: _br_place(p)[1],
    "br_city232": lambda p, c: _br_place(p)[2],
    "br_cep232": lambda p, c: _br_place(p)[3],
    "br_phone232": lambda p, c: _br_phone(p),
    "br_ctg232": lambda p, c: _pick(p, _BR_CTG, 4),
    "br_categ232": lambda p, c: _pick(p, _BR_CATEG, 5),
    "br_dance232": lambda p, c: _pick(p, _BR_DANCE, 6),
    "br_card232": lambda p, c: f"MTG {p.bhxh[3:9]}-{_num(p, 30)}ª RT",
    "br_guardian232": lambda p, c: (
        "" if int(p.bhxh) % 2 else f"{_pick(p, _BR_GIVEN_F, 7)} {_pick(p, _BR_FAMILY, 3)}"
    ),
    # Falkland Islands: firearm certificates
    "fk_family232": lambda p, c: _pick(p, _FK_FAMILY, 2),
    "fk_given232": lambda p, c: _by_sex(p, _FK_GIVEN_M, _FK_GIVEN_F, 3),
    "fk_sex232": lambda p, c: "M" if p.male else "F",
    "fk_home232": lambda p, c: _pick(p, _FK_HOMES, 4),
    "fk_post232": lambda p, c: "FIQQ 1ZZ",
    "fk_phone232": lambda p, c: _fk_phone(p),
    "fk_cert232": lambda p, c: f"FAC/{p.other_date:%Y}/{p.bhxh[-3:]}",
    "fk_arms232": lambda p, c: _pick(p, _FK_ARMS, 5),
    "fk_purpose232": lambda p, c: _pick(p, _FK_PURPOSE, 6),
    "fk_expiry232": lambda p, c: _later(p, 60, "%d/%m/%Y"),
    "fk_officer232": lambda p, c: _pick(p, _FK_OFFICER, 7),
    "fk_passport232": lambda p, c: f"{p.bhxh[1:10]}",
}
