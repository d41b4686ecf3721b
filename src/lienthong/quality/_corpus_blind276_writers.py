"""How the people of the two-hundred-and-seventy-sixth part of the outside corpus (**blind 276**,
:mod:`lienthong.quality._corpus_blind276`) are written: four Vietnamese files' own columns (a wild
mushroom poisoning, a house cracked by metro tunnelling, a leprosy patient's care, drinking water
brought by tanker truck) and the names, places, phones and numbers of Sonora's farm camps, the
Rarámuri communities of the Sierra Tarahumara, Tijuana, Coahuila's coal region and a Hidalgo
County colonia (the CURP of the state of birth ends in its mod-10 check over 0-9 A-Z with Ñ; the
RFC ends in a homoclave and its mod-11 check; the IMSS NSS ends in a Luhn digit; the ITIN starts
with 9 and has a group of 50-65, 70-88, 90-92 or 94-99; the SSN is never 000, 666 or 900-999)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _letters, _num, _pick, _ssn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind177_writers import (
    _RFC_CHARS,
    _US_FAMILY,
    _US_GIVEN_F,
    _US_GIVEN_M,
    _inner,
    _mx_phone,
    _nss177,
    _place,
    _us_phone,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: wild mushroom poisoning, a highland district hospital -------------------------------
_MUSH_PLACES = (
    ("Bản Huổi Lếch", "xã Mường Nhé", "huyện Mường Nhé", "tỉnh Điện Biên"),
    ("Bản Phì Cao", "xã Pa Ham", "huyện Mường Chà", "tỉnh Điện Biên"),
    ("Bản Nậm Cúm", "xã Nậm Cuổi", "huyện Sìn Hồ", "tỉnh Lai Châu"),
    ("Thôn Sán Chải", "xã Sín Chéng", "huyện Si Ma Cai", "tỉnh Lào Cai"),
    ("Bản Phiêng Xa", "xã Chiềng Sơ", "huyện Sông Mã", "tỉnh Sơn La"),
)
_MUSH_ETHNIC = ("Mông", "Thái", "Dao", "Hà Nhì", "Khơ Mú", "Mông", "Thái")
_MUSH_KIND = (
    "Nấm trắng mọc ở rừng (nghi nấm độc đen)",
    "Nấm tán trắng, chân có bao",
    "Nấm mối dại",
    "Nấm đỏ (không rõ loài)",
    "Nấm vàng mọc ở gốc cây mục",
    "Không rõ",
)
_MUSH_DX = (
    "Ngộ độc nấm - suy gan cấp",
    "Ngộ độc nấm thể tiêu hóa",
    "Ngộ độc nấm độc - theo dõi suy thận",
    "Rối loạn tiêu hóa sau ăn nấm",
)
_MUSH_TRANSFER = ("Không", "Không", "BV Bạch Mai", "BVĐK tỉnh", "TT Chống độc")
_MUSH_RESULT = ("Ra viện", "Ra viện", "Đang điều trị", "Chuyển viện", "Xin về", "Tử vong")
# -- Vietnam: houses cracked by metro tunnelling -------------------------------------------------
_METRO_DAMAGE = (
    "Nứt tường tầng 1, vết nứt xiên 2-3mm",
    "Lún nền nhà 4cm, kẹt cửa",
    "Nứt trần, bong tróc vữa",
    "Nghiêng công trình 0,3%",
    "Thấm dột, nứt sàn vệ sinh",
)
_METRO_SITE = (
    "Ga ngầm số 3 - tường vây",
    "Giếng đứng TBM",
    "Hầm nối ga - đoạn khoan kích",
    "Cửa lên xuống ga C9",
    "Hố đào ga ngầm S9",
)
_METRO_LEVEL = ("Cấp 1 - nhẹ", "Cấp 2 - trung bình", "Cấp 2 - trung bình", "Cấp 3 - nặng")
# -- Vietnam: leprosy patients cared for at home -------------------------------------------------
_LEP_SITE = ("Ban tay trai", "Ban chan phai", "Mat (khong nham kin)", "Hai ban chan", "-")
_LEP_STATUS = (
    "Da hoan thanh DHTL",
    "Dang dieu tri DHTL-MB",
    "Giam sat sau dieu tri",
    "Cham soc tan tat",
    "Da hoan thanh DHTL",
)
_LEP_OFFICERS = ("BS. Lò Văn Thắng", "YS. Nguyễn Thị Hoa", "CN. Quàng Thị Duyên", "BS. Trần Đức")
# -- Vietnam: drinking water by tanker truck in the dry season ------------------------------------
_WT_COMMUNES = ("Xã Thạnh Phú", "Xã An Thủy", "Xã Tân Thủy", "Xã Bình Đại", "Xã Thạnh Phong")
_WT_HAMLETS = ("Ấp 1", "Ấp An Bình", "Ấp Thạnh Hòa", "Ấp Giồng Sao", "Ấp Cồn Dừa", "Ấp 4")
_WT_PROXY = ("", "", "", "Vợ/chồng", "Mẹ", "Hàng xóm", "Vợ/chồng")

# -- Mexico: names and states ---------------------------------------------------------------------
_SUR_FAMILY = ("Hernández", "López", "Santiago", "Ramírez", "Bautista", "Cruz", "Martínez", "Ortiz")
_SUR_GIVEN_M = ("Crisóforo", "Juan Carlos", "Eusebio", "Abel", "Rutilio", "Fidel")
_SUR_GIVEN_F = ("Natalia", "Rosalba", "María Elena", "Yolanda", "Florencia", "Guadalupe")
#: home state: name, CURP code, indigenous language (blank where few speak one)
_ORIGINS = (
    ("Guerrero", "GR", "Náhuatl"),
    ("Oaxaca", "OC", "Mixteco"),
    ("Oaxaca", "OC", "Triqui"),
    ("Veracruz", "VZ", ""),
    ("Chiapas", "CS", "Tsotsil"),
    ("Sinaloa", "SL", ""),
    ("Sonora", "SR", ""),
)
_CAMPS = ("Campo El Triunfo", "Campo Santa Rosa", "Campo La Yaqui", "Campo Costa Rica", "Campo 24")
_FIRMS = ("Agrícola Bon Sol SPR", "Exportadora del Desierto SA de CV", "Agrícola Viñedos Sonora")
_CROPS = ("Uva de mesa", "Espárrago", "Sandía", "Calabaza", "Uva de mesa", "Nuez")
_RAR_FAMILY = ("Cruz", "Moreno", "Bustillos", "Quimare", "Ramírez", "Loera", "Palma", "Batista")
_RAR_GIVEN_M = ("Arnulfo", "Cirilo", "Silvino", "Patrocinio", "Eleuterio", "Juan Pedro")
_RAR_GIVEN_F = ("Albina", "Micaela", "Lorena", "Juana", "Erasma", "Cornelia")
_RAR_PLACES = (
    ("Choguita", "Guachochi"),
    ("Rochéachi", "Guachochi"),
    ("Norogachi", "Guachochi"),
    ("Basíhuare", "Guachochi"),
    ("Cusárare", "Bocoyna"),
    ("Guadalupe y Calvo", "Guadalupe y Calvo"),
    ("Samachique", "Guachochi"),
)
_NORTE_FAMILY = ("García", "Valenzuela", "Castro", "Flores", "Ruiz", "Aguilar", "Salazar", "Mata")
_NORTE_GIVEN_M = ("José Luis", "Martín", "Jorge Alberto", "Gilberto", "Óscar", "Raúl")
_NORTE_GIVEN_F = ("Ana Karen", "Blanca Estela", "Leticia", "Norma", "María Guadalupe", "Mayra")
_TIJ = (
    ("Calle Sonora 1712", "Col. Libertad", "Tijuana, B.C.", "22400"),
    ("Av. de las Ferias 8840", "Col. El Florido", "Tijuana, B.C.", "22237"),
    ("Privada Ónix 214", "Fracc. Villa del Campo", "Tijuana, B.C.", "22253"),
    ("Calle Río Lerma 33", "Col. Sánchez Taboada", "Tijuana, B.C.", "22180"),
    ("Callejón Mina 5", "Col. Camino Verde", "Tijuana, B.C.", "22190"),
)
_TIJ_SITES = (
    ("Av. Revolución esq. Calle 3ra", "Centro"),
    ("Garita de San Ysidro, acceso peatonal", "Centro"),
    ("Mercado Hidalgo, exterior", "Zona Río"),
    ("Blvd. Díaz Ordaz frente a plaza", "La Mesa"),
    ("Garita de Otay, fila peatonal", "Mesa de Otay"),
)
_GIROS = ("Tacos de birria", "Dulces y artesanías", "Elotes", "Jugos y fruta", "Cobijas", "Tamales")
_COAL = (
    ("Calle Zaragoza", "Col. Guadalupe", "Sabinas"),
    ("Calle Morelos", "Col. Esperanzas", "Múzquiz"),
    ("Av. Juárez", "Col. Barroterán", "Múzquiz"),
    ("Calle Allende", "Col. Minera", "San Juan de Sabinas"),
    ("Calle 5 de Mayo", "Col. Cloete", "Sabinas"),
    ("Calle Hidalgo", "Col. Centro", "Progreso"),
)
_COAL_FIRMS = ("Carbonífera La Florida SA de CV", "Minera Los Pinos", "Carbón del Norte", "PRODEMI")
_COAL_JOBS = ("Barretero", "Malacatero", "Ayudante general", "Ademador", "Cargador", "Velador")
_COAL_TRAINING = ("NOM-032-STPS vigente", "Pendiente", "NOM-032-STPS vigente", "Vencida")
_TX = (
    ("2109 S Tower Rd", "Las Milpas", "Pharr", "78577"),
    ("510 Mile 4 W", "Alton North", "Alton", "78573"),
    ("6314 Monte Cristo Rd", "Tierra Bella", "Edinburg", "78541"),
    ("918 Nopal St", "La Blanca", "La Blanca", "78558"),
    ("3702 Pecan Ln", "Doolittle", "Edinburg", "78542"),
)
_CSHC_PROG = ("Bootstrap", "Contract for Deed Conversion", "Bootstrap", "Rehab / Reparación")
_CSHC_STATUS = ("Pending docs", "Approved / Aprobado", "Under review", "Closed", "Waitlist")


def _curp276(pat: str, mat: str, given: str, p: Person, state: str) -> str:
    """A CURP of the given names: four letters, YYMMDD, sex, state, inner consonants, serial,
    the mod-10 check."""
    pat, mat = _letters(pat), _letters(mat)
    words = given.split()
    first = _letters(words[-1] if words[0] in ("María", "José") and len(words) > 1 else words[0])
    vowel = next((ch for ch in pat[1:] if ch in "AEIOU"), "X")
    serial = str(int(p.bhxh[0])) if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    head = f"{pat[0]}{vowel}{mat[0]}{first[0]}{p.birth:%y%m%d}{'H' if p.male else 'M'}{state}"
    head += f"{_inner(pat)}{_inner(mat)}{_inner(first)}{serial}"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _rfc276(curp: str, p: Person) -> str:
    homo = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
    head = curp[:10] + homo[int(p.bhxh[1:4]) % 34] + homo[int(p.bhxh[6:9]) % 34]
    total = sum(_RFC_CHARS.index(ch) * (13 - i) for i, ch in enumerate(head))
    rest = total % 11
    return f"{head}{'0' if rest == 0 else 'A' if rest == 1 else str(11 - rest)}"


def _names(
    p: Person, family: tuple[str, ...], m: tuple[str, ...], f: tuple[str, ...]
) -> tuple[str, str, str]:
    return _pick(p, family, 2), _pick(p, family, 5), _by_sex(p, m, f, 1)


def _sur(p: Person) -> tuple[str, str, str]:
    return _names(p, _SUR_FAMILY, _SUR_GIVEN_M, _SUR_GIVEN_F)


def _rar(p: Person) -> tuple[str, str, str]:
    return _names(p, _RAR_FAMILY, _RAR_GIVEN_M, _RAR_GIVEN_F)


def _norte(p: Person) -> tuple[str, str, str]:
    return _names(p, _NORTE_FAMILY, _NORTE_GIVEN_M, _NORTE_GIVEN_F)


def _full(names: tuple[str, str, str]) -> str:
    return f"{names[2]} {names[0]} {names[1]}"


def _origin(p: Person) -> tuple[str, str, str]:
    return _ORIGINS[int(p.bhxh[3:6]) % len(_ORIGINS)]


def _ine276(names: tuple[str, str, str], p: Person, state: str) -> str:
    pat, mat, given = (_letters(x) for x in names)
    return (
        f"{pat[0]}{_inner(pat)}{mat[0]}{_inner(mat)}{given[0]}{_inner(given)}"
        f"{p.birth:%y%m%d}{state}{'H' if p.male else 'M'}{p.bhxh[-3:]}"
    )


def _itin_or_ssn(p: Person) -> str:
    if int(p.bhxh) % 3:
        return _ssn(p)
    groups = (*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100))
    return f"9{p.bhxh[1:3]}-{groups[int(p.bhxh[3:6]) % len(groups)]}-{p.bhxh[6:10]}"


def _us_name(p: Person) -> str:
    given = _by_sex(p, _US_GIVEN_M, _US_GIVEN_F, 1)
    family = f"{_pick(p, _US_FAMILY, 2)} {_pick(p, _NORTE_FAMILY, 4)}"
    return f"{family.upper()}, {given.upper()}" if int(p.bhxh) % 4 == 0 else f"{given} {family}"


def _wt_proxy(p: Person) -> str:
    """Who took the water in the household head's stead ("" when the head did)."""
    kin = _pick(p, _WT_PROXY, 4)
    if kin == "Vợ/chồng":
        kin = "Vợ" if p.male else "Chồng"
    return "" if not kin else f"{_other_vn(p, 5, male=kin in ('Chồng',))} ({kin})"


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


WRITERS_BLIND276: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: wild mushroom poisoning
    "mush_ethnic276": lambda p, c: _pick(p, _MUSH_ETHNIC, 2),
    "mush_addr276": lambda p, c: ", ".join(_place(p, _MUSH_PLACES)),
    "mush_kind276": lambda p, c: _pick(p, _MUSH_KIND, 3),
    "mush_shared276": lambda p, c: str(_num(p, 7)),
    "mush_time276": lambda p, c: f"{_num(p, 23):02d}h{_pick(p, ('05', '20', '40', '55'), 4)}",
    "mush_dx276": lambda p, c: _pick(p, _MUSH_DX, 5),
    "mush_transfer276": lambda p, c: _pick(p, _MUSH_TRANSFER, 6),
    "mush_result276": lambda p, c: _pick(p, _MUSH_RESULT, 7),
    "mush_kin_phone276": lambda p, c: _other_phone(p, "03"),
    # Vietnam: houses cracked by metro tunnelling
    "metro_gcn276": lambda p, c: f"{_pick(p, ('CH', 'CS', 'BĐ'), 2)} {p.bhxh[2:8]}",
    "metro_area276": lambda p, c: f"{40 + _num(p, 160)},{_num(p, 9)}",
    "metro_damage276": lambda p, c: _pick(p, _METRO_DAMAGE, 3),
    "metro_site276": lambda p, c: _pick(p, _METRO_SITE, 4),
    "metro_level276": lambda p, c: _pick(p, _METRO_LEVEL, 5),
    "metro_money276": lambda p, c: _money(_num(p, 60) * 2_500_000),
    # Vietnam: leprosy patients
    "lep_code276": lambda p, c: f"PH-{p.bhxh[-4:]}/{p.bhxh[:2]}",
    "lep_year276": lambda p, c: str(1985 + _num(p, 38)),
    "lep_type276": lambda p, c: _pick(p, ("MB", "MB", "PB"), 2),
    "lep_grade276": lambda p, c: _pick(p, ("0", "1", "2", "2", "1"), 3),
    "lep_site276": lambda p, c: _pick(p, _LEP_SITE, 4),
    "lep_status276": lambda p, c: _pick(p, _LEP_STATUS, 5),
    "lep_officer276": lambda p, c: _pick(p, _LEP_OFFICERS, 6),
    # Vietnam: water by tanker truck
    "wt_commune276": lambda p, c: _pick(p, _WT_COMMUNES, 2),
    "wt_hamlet276": lambda p, c: _pick(p, _WT_HAMLETS, 3),
    "wt_people276": lambda p, c: str(_num(p, 8)),
    "wt_truck276": lambda p, c: f"71C-{p.bhxh[2:5]}.{p.bhxh[5:7]}",
    "wt_litres276": lambda p, c: str(_num(p, 6) * 250),
    "wt_proxy276": lambda p, c: _wt_proxy(p),
    # Sonora: migrant day labourers in a farm camp
    "jor_name276": lambda p, c: _full(_sur(p)).upper(),
    "jor_curp276": lambda p, c: _curp276(*_sur(p), p, _origin(p)[1]),
    "jor_nss276": lambda p, c: _nss177(p),
    "sex_hm276": lambda p, c: "H" if p.male else "M",
    "jor_origin276": lambda p, c: _origin(p)[0],
    "jor_lang276": lambda p, c: _origin(p)[2],
    "jor_camp276": lambda p, c: _pick(p, _CAMPS, 2),
    "jor_firm276": lambda p, c: _pick(p, _FIRMS, 3),
    "jor_crew276": lambda p, c: f"Cuadrilla {_num(p, 30)} - {_pick(p, _SUR_GIVEN_M, 6)}",
    "jor_crop276": lambda p, c: _pick(p, _CROPS, 4),
    "jor_room276": lambda p, c: f"Galera {_pick(p, ('A', 'B', 'C', 'D'), 5)}-{_num(p, 40)}",
    "jor_phone276": lambda p, c: _mx_phone(p, _pick(p, ("662", "662", "747", "951"), 6)),
    "jor_contact276": lambda p, c: (
        f"{_pick(p, _SUR_GIVEN_F, 7)} {_pick(p, _SUR_FAMILY, 8)} (esposa) "
        f"{_mx_phone(p, _pick(p, ('757', '953'), 9))[:-2]}{p.bhxh[-2:]}"
    ),
    # Chihuahua: late birth registrations in Rarámuri communities
    "rar_acta276": lambda p, c: f"{p.bhxh[-5:]}",
    "rar_given276": lambda p, c: _rar(p)[2].upper(),
    "rar_pat276": lambda p, c: _rar(p)[0].upper(),
    "rar_mat276": lambda p, c: _rar(p)[1].upper(),
    "rar_birthplace276": lambda p, c: (
        f"{_place(p, _RAR_PLACES, 3)[0]}, {_place(p, _RAR_PLACES, 3)[1]}, Chih."
    ),
    "rar_curp276": lambda p, c: _curp276(*_rar(p), p, "CH"),
    "rar_comm276": lambda p, c: _place(p, _RAR_PLACES)[0],
    "rar_muni276": lambda p, c: _place(p, _RAR_PLACES)[1],
    "rar_father276": lambda p, c: f"{_pick(p, _RAR_GIVEN_M, 4)} {_rar(p)[0]}".upper(),
    "rar_mother276": lambda p, c: f"{_pick(p, _RAR_GIVEN_F, 5)} {_rar(p)[1]}".upper(),
    "rar_witness276": lambda p, c: f"{_pick(p, _RAR_GIVEN_M, 6)} {_pick(p, _RAR_FAMILY, 7)}",
    "rar_interp276": lambda p, c: (
        f"{_pick(p, ('Lic.', 'C.'), 8)} {_pick(p, _RAR_GIVEN_F, 9)} Palma"
    ),
    # Baja California: Tijuana street vendor permits
    "amb_permit276": lambda p, c: f"DMCVP-{_pick(p, ('CEN', 'LPR', 'STB'), 2)}-{p.bhxh[-4:]}/26",
    "amb_name276": lambda p, c: _full(_norte(p)),
    "amb_curp276": lambda p, c: _curp276(*_norte(p), p, _pick(p, ("BC", "BC", "SL", "JC"), 3)),
    "amb_rfc276": lambda p, c: _rfc276(_curp276(*_norte(p), p, "BC"), p),
    "amb_ine276": lambda p, c: _ine276(_norte(p), p, "02"),
    "amb_addr276": lambda p, c: ", ".join(_place(p, _TIJ)),
    "amb_phone276": lambda p, c: _mx_phone(p, "664"),
    "amb_giro276": lambda p, c: _pick(p, _GIROS, 4),
    "amb_site276": lambda p, c: _place(p, _TIJ_SITES, 5)[0],
    "amb_deleg276": lambda p, c: _place(p, _TIJ_SITES, 5)[1],
    "amb_hours276": lambda p, c: _pick(p, ("07:00-15:00", "16:00-23:00", "06:00-12:00"), 6),
    "amb_size276": lambda p, c: _pick(p, ("1.5 x 1", "2 x 1", "3 x 2", "1 x 1"), 7),
    "amb_fee276": lambda p, c: f"${_num(p, 12) * 150 + 300:,}.00",
    # Coahuila: workers of small coal mines
    "coal_name276": lambda p, c: _full(_norte(p)).upper(),
    "coal_curp276": lambda p, c: _curp276(*_norte(p), p, "CL"),
    "coal_nss276": lambda p, c: _nss177(p),
    "coal_rfc276": lambda p, c: _rfc276(_curp276(*_norte(p), p, "CL"), p),
    "coal_street276": lambda p, c: f"{_place(p, _COAL)[0]} #{_num(p, 900)}",
    "coal_col276": lambda p, c: _place(p, _COAL)[1],
    "coal_muni276": lambda p, c: _place(p, _COAL)[2],
    "coal_phone276": lambda p, c: _mx_phone(p, _pick(p, ("861", "864"), 3)),
    "coal_firm276": lambda p, c: _pick(p, _COAL_FIRMS, 4),
    "coal_pit276": lambda p, c: (
        f"Pocito {_pick(p, ('El Charro', 'La Espuela', 'Tres Hermanos'), 5)} {_num(p, 9)}"
    ),
    "coal_job276": lambda p, c: _pick(p, _COAL_JOBS, 6),
    "coal_training276": lambda p, c: _pick(p, _COAL_TRAINING, 7),
    "coal_benef276": lambda p, c: (
        f"{_pick(p, _NORTE_GIVEN_F, 8)} {_pick(p, _NORTE_FAMILY, 9)} "
        f"({_pick(p, ('esposa', 'madre', 'hija'), 10)})"
    ),
    # Texas: a colonia self-help center's loan applicants
    "cshc_name276": lambda p, c: _us_name(p),
    "cshc_tin276": lambda p, c: _itin_or_ssn(p),
    "cshc_coapp276": lambda p, c: (
        "" if int(p.bhxh) % 3 == 1 else f"{_pick(p, _US_GIVEN_F, 5)} {_pick(p, _US_FAMILY, 6)}"
    ),
    "cshc_colonia276": lambda p, c: _place(p, _TX)[1],
    "cshc_addr276": lambda p, c: (
        f"{_place(p, _TX)[0]}, {_place(p, _TX)[2]}, TX {_place(p, _TX)[3]}"
    ),
    "cshc_precinct276": lambda p, c: f"Pct. {_num(p, 4)}",
    "cshc_phone276": lambda p, c: _us_phone(p, ("956",)),
    "cshc_hh276": lambda p, c: str(_num(p, 8)),
    "cshc_amfi276": lambda p, c: f"{_pick(p, ('30', '50', '60', '80'), 7)}%",
    "cshc_prog276": lambda p, c: _pick(p, _CSHC_PROG, 8),
    "cshc_hours276": lambda p, c: str(_num(p, 65) * 10),
    "cshc_loan276": lambda p, c: f"${_pick(p, ('45,000', '60,000', '90,000', '25,000'), 9)}.00",
    "cshc_status276": lambda p, c: _pick(p, _CSHC_STATUS, 10),
}
