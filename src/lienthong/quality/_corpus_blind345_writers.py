"""How the people of the three-hundred-and-forty-fifth part of the outside corpus (**blind 345**,
:mod:`lienthong.quality._corpus_blind345`) are written: as old systems (FoxPro and dBASE tables,
Access databases, COBOL and AS/400 files) kept them: names in capitals, mostly without
diacritics, fields padded to their fixed width with trailing spaces, units as codes (commune,
district and province codes, German municipality keys, IBGE codes), and sexes as digits or
single letters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_people import _ascii, _cpf

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


def _pad(text: str, width: int) -> str:
    """``text`` left in its fixed-width field: cut to ``width`` and padded with spaces."""
    return f"{text[:width]:<{width}}"


def _up(text: str, width: int) -> str:
    return _pad(_ascii(text).upper(), width)


#: (commune code, commune, district code, district, province code, province)
_VN_UNITS = (
    ("26734", "PHUONG BEN NGHE", "760", "QUAN 1", "79", "TP HO CHI MINH"),
    ("00004", "PHUONG TRUC BACH", "001", "QUAN BA DINH", "01", "HA NOI"),
    ("20194", "PHUONG HAI CHAU 1", "492", "QUAN HAI CHAU", "48", "DA NANG"),
    ("31150", "XA MY KHANH", "916", "HUYEN PHONG DIEN", "92", "CAN THO"),
    ("12292", "XA THUY SON", "336", "HUYEN THAI THUY", "34", "THAI BINH"),
    ("19774", "XA HAI LANG", "469", "HUYEN HAI LANG", "45", "QUANG TRI"),
    ("29047", "XA TAN PHU TRUNG", "896", "HUYEN CHAU THANH", "87", "DONG THAP"),
)
_VN_HAMLETS = ("AP 3", "THON DONG", "TO 12", "KP 4", "XOM TRAI", "AP TAN HOA", "TO 5")
_LAND_USES = ("ONT", "ODT", "LUC", "CLN", "BHK", "NTS")
_PLACES = ("THAI BINH", "NAM DINH", "HA TAY", "NGHE TINH", "HAU GIANG", "SAI GON", "BINH TRI THIEN")
_JOBS = ("NONG", "CNVC", "BUON BAN", "HUU TRI", "HS", "LAO DONG TD", "NOI TRO")
_CLASSES = ("12A1", "12A2", "12A5", "12B", "12C3")
_EMPLOYERS = (
    ("010B0012", "NHA MAY DET NAM DINH"),
    ("790C0345", "CTY VAN TAI THUY SO 2"),
    ("480A0021", "XN CHE BIEN THUY SAN"),
    ("340D0107", "UBND HUYEN THAI THUY"),
    ("010A0456", "SO GIAO DUC HA NOI"),
)

_US_LAST = ("SMITH", "JOHNSON", "WILLIAMS", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "NGUYEN")
_US_FIRST_M = ("JAMES", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "JOSE", "THOMAS")
_US_FIRST_F = ("MARY", "PATRICIA", "LINDA", "BARBARA", "ELIZABETH", "MARIA", "SUSAN")
_US_PLACES = (
    ("1204 N MAIN ST", "SPRINGFIELD", "OH", "45504", "937"),
    ("88 OAK RIDGE RD", "DAYTON", "OH", "45402", "937"),
    ("4417 W ELM AVE APT 2B", "FAIRBORN", "OH", "45324", "937"),
    ("310 S LIMESTONE ST", "URBANA", "OH", "43078", "937"),
    ("2730 COUNTY RD 25A", "PIQUA", "OH", "45356", "937"),
)
_FR_NOM = ("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND")
_FR_PRENOM_M = ("JEAN", "PIERRE", "MICHEL", "ANDRE", "RENE", "MARCEL", "ROGER")
_FR_PRENOM_F = ("MARIE", "JEANNE", "MONIQUE", "GINETTE", "SIMONE", "YVETTE", "DENISE")
_FR_PLACES = (
    ("12 RUE DE LA MAIRIE", "71100", "CHALON SUR SAONE"),
    ("3 IMPASSE DES TILLEULS", "71100", "CHALON SUR SAONE"),
    ("LE BOURG", "71240", "SENNECEY LE GRAND"),
    ("27 AVENUE JEAN JAURES", "71100", "SAINT REMY"),
    ("5 CHEMIN DU MOULIN", "71530", "CHAMPFORGEUIL"),
)
_DE_FAM = ("MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER", "WAGNER", "BECKER")
_DE_VOR_M = ("KLAUS", "JUERGEN", "HANS-PETER", "WOLFGANG", "STEFAN", "UWE")
_DE_VOR_F = ("URSULA", "MONIKA", "BAERBEL", "PETRA", "SABINE", "GISELA")
_DE_PLACES = (
    ("HAUPTSTR.", "34117", "06611000"),
    ("AM KIRCHPLATZ", "34127", "06611000"),
    ("WILHELMSHOEHER ALLEE", "34119", "06611000"),
    ("GARTENSTR.", "34225", "06633003"),
    ("SCHULWEG", "34246", "06633025"),
)
_BR_NOME_M = ("JOSE CARLOS", "ANTONIO", "FRANCISCO", "JOAO BATISTA", "PAULO ROBERTO")
_BR_NOME_F = ("MARIA APARECIDA", "ANA LUCIA", "FRANCISCA", "MARIA JOSE", "SANDRA REGINA")
_BR_SOBRE = ("DA SILVA", "DOS SANTOS", "PEREIRA", "DE OLIVEIRA", "FERREIRA DE SOUZA")
_BR_PLACES = (
    ("R JOSE BONIFACIO 1234", "CENTRO", "13015050"),
    ("AV BRASIL 87 AP 12", "JARDIM GUANABARA", "13070178"),
    ("R DAS FLORES 455", "VILA INDUSTRIAL", "13035400"),
    ("TV SAO JORGE 12", "BONFIM", "13070760"),
    ("R BARAO DE JAGUARA 900 SL 3", "CENTRO", "13015002"),
)


def _unit(p: Person, salt: int = 0) -> tuple[str, ...]:
    return _VN_UNITS[(int(p.bhxh) // (salt * 7 + 1)) % len(_VN_UNITS)]


def _vn_home(p: Person) -> str:
    unit = _unit(p)
    return (
        f"{_ascii(p.street).upper()}, {_pick(p, _VN_HAMLETS, 2)}, {unit[1]}, {unit[3]}, {unit[5]}"
    )


def _pair(p: Person, options: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return options[(int(p.bhxh) // (salt * 13 + 1)) % len(options)]


WRITERS_BLIND345: dict[str, Callable[[Person, Col], object]] = {
    "ld_mathua345": lambda p, c: f"{_unit(p, 1)[0]}{_num(p, 60):03d}{_num(p, 900):05d}",
    "ld_owner345": lambda p, c: _up(p.full, 40),
    "ld_cmnd345": lambda p, c: _pad(p.cmnd, 12),
    "ld_addr345": lambda p, c: _pad(_vn_home(p), 80),
    "ld_spouse345": lambda p, c: _up(_other_vn(p, 3, not p.male), 40),
    "ld_maxa345": lambda p, c: _unit(p, 1)[0],
    "ld_dtich345": lambda p, c: f"{_num(p, 900) * 1.5 + 40:.1f}",
    "ld_mdsd345": lambda p, c: _pad(_pick(p, _LAND_USES, 4), 6),
    "ld_sogcn345": lambda p, c: f"{'KLMNO'[_num(p, 5) - 1]} {p.bhxh[2:8]}",
    "bv_mabn345": lambda p, c: f"{p.birth.year % 100:02d}{p.bhxh[-6:]}",
    "bv_hoten345": lambda p, c: _pad(p.full.upper(), 35),
    "bv_phai345": lambda p, c: "0" if p.male else "1",
    "bv_diachi345": lambda p, c: _pad(p.address, 70),
    "bv_matt345": lambda p, c: "79",
    "bv_phone345": lambda p, c: f"08 3{p.phone[3:10]}",
    "bv_nghe345": lambda p, c: f"{_num(p, 12):02d}",
    "bv_dantoc345": lambda p, c: _pick(p, ("01", "01", "01", "04", "05", "55"), 5),
    "bv_thannhan345": lambda p, c: _pad(_other_vn(p, 6).upper(), 35),
    "hk_sohk345": lambda p, c: f"{_unit(p)[2]}{p.bhxh[:6]}",
    "hk_hoten345": lambda p, c: _up(p.full, 30),
    "hk_bidanh345": lambda p, c: _pad(_pick(p, ("", "", "", "BE", "TU", "HAI", "UT"), 6), 10),
    "hk_gtinh345": lambda p, c: "NAM" if p.male else "NU ",
    "hk_qhch345": lambda p, c: _pick(p, ("01", "02", "03", "03", "04", "09"), 7),
    "hk_tench345": lambda p, c: _up(_other_vn(p, 8, True), 30),
    "hk_noisinh345": lambda p, c: _pad(_pick(p, _PLACES, 9), 20),
    "hk_dantoc345": lambda p, c: _pad(_pick(p, ("KINH", "KINH", "KINH", "HOA", "KHMER"), 2), 10),
    "hk_nghe345": lambda p, c: _pad(_pick(p, _JOBS, 3), 15),
    "hk_addr345": lambda p, c: _pad(_vn_home(p), 70),
    "hk_mahuyen345": lambda p, c: _unit(p)[2],
    "tn_sbd345": lambda p, c: f"{_num(p, 900):06d}",
    "tn_hodem345": lambda p, c: _up(p.full.rsplit(" ", 1)[0], 25),
    "tn_ten345": lambda p, c: _up(p.full.rsplit(" ", 1)[1], 10),
    "tn_phai345": lambda p, c: "Nam" if p.male else "Nu",
    "tn_noisinh345": lambda p, c: _pick(p, _PLACES, 4).title(),
    "tn_lop345": lambda p, c: _pick(p, _CLASSES, 5),
    "tn_diem345": lambda p, c: f"{5 + _num(p, 45) / 10:.1f}",
    "tn_xeploai345": lambda p, c: _pick(p, ("TB", "KHA", "GIOI", "TB", "KHA"), 6),
    "tn_sohieu345": lambda p, c: f"B{p.bhxh[3:9]}",
    "tn_cha345": lambda p, c: _up(_other_vn(p, 7, True, p.family), 30),
    "tn_me345": lambda p, c: _up(_other_vn(p, 8, False), 30),
    "ht_soso345": lambda p, c: f"{_unit(p, 2)[4]}{p.bhxh[-7:]}",
    "ht_hoten345": lambda p, c: _up(p.full, 40),
    "ht_gt345": lambda p, c: "1" if p.male else "2",
    "ht_cmnd345": lambda p, c: _pad(p.cmnd, 12),
    "ht_addr345": lambda p, c: _pad(_vn_home(p), 80),
    "ht_matinh345": lambda p, c: _unit(p)[4],
    "ht_madvi345": lambda p, c: _pair(p, _EMPLOYERS, 3)[0],
    "ht_tendvi345": lambda p, c: _pad(_pair(p, _EMPLOYERS, 3)[1], 40),
    "ht_muc345": lambda p, c: f"{(_num(p, 80) + 30) * 100000:>12}",
    "ht_madbct345": lambda p, c: f"{_unit(p)[2]}{_num(p, 20):02d}",
    "us_lname345": lambda p, c: _pad(_pick(p, _US_LAST, 1), 20),
    "us_fname345": lambda p, c: _pad(_by_sex(p, _US_FIRST_M, _US_FIRST_F, 2), 15),
    "us_mi345": lambda p, c: _pick(p, ("A", "J", "L", "M", " ", "R", "E"), 3),
    "us_sfx345": lambda p, c: _pad(_by_sex(p, ("", "", "JR", "", "SR", "III"), ("",), 4), 3),
    "us_voterid345": lambda p, c: f"{p.bhxh[:9]}",
    "us_addr345": lambda p, c: _pad(_pair(p, _US_PLACES, 5)[0], 40),
    "us_city345": lambda p, c: _pad(_pair(p, _US_PLACES, 5)[1], 20),
    "us_st345": lambda p, c: _pair(p, _US_PLACES, 5)[2],
    "us_zip345": lambda p, c: f"{_pair(p, _US_PLACES, 5)[3]}{p.bhxh[-4:]}",
    "us_phone345": lambda p, c: f"{_pair(p, _US_PLACES, 5)[4]}{p.phone[3:10]}",
    "us_precinct345": lambda p, c: f"{_num(p, 90):04d}",
    "us_party345": lambda p, c: _pick(p, ("DEM", "REP", "NP ", "LBT", "REP", "DEM"), 6),
    "us_status345": lambda p, c: _pick(p, ("A", "A", "A", "I", "S"), 7),
    "fr_nom345": lambda p, c: _pad(_pick(p, _FR_NOM, 1), 25),
    "fr_prenom345": lambda p, c: _pad(_by_sex(p, _FR_PRENOM_M, _FR_PRENOM_F, 2), 20),
    "fr_nomjf345": lambda p, c: _pad("" if p.male else _pick(p, _FR_NOM, 3), 25),
    "fr_lieu345": lambda p, c: _pick(p, ("CHALON S/ SAONE", "MACON", "AUTUN", "ALGER", "DIJON"), 4),
    "fr_sexe345": lambda p, c: "M" if p.male else "F",
    "fr_adr345": lambda p, c: _pad(_pair(p, _FR_PLACES, 5)[0], 38),
    "fr_cp345": lambda p, c: _pair(p, _FR_PLACES, 5)[1],
    "fr_ville345": lambda p, c: _pad(_pair(p, _FR_PLACES, 5)[2], 32),
    "fr_tel345": lambda p, c: f"03{p.phone[2:10]}",
    "fr_contact345": lambda p, c: f"{_pick(p, _FR_NOM, 6)} {_pick(p, _FR_PRENOM_F, 7)} (FILLE)",
    "fr_telcont345": lambda p, c: f"06{p.bhxh[:8]}",
    "fr_medecin345": lambda p, c: _pick(p, ("DR LAMBERT", "DR FAURE", "DR MOREL", "DR GIRARD"), 8),
    "de_fam345": lambda p, c: _pad(_pick(p, _DE_FAM, 1), 30),
    "de_vor345": lambda p, c: _pad(_by_sex(p, _DE_VOR_M, _DE_VOR_F, 2), 30),
    "de_gebname345": lambda p, c: _pad("" if p.male else _pick(p, _DE_FAM, 3), 30),
    "de_gebort345": lambda p, c: _pick(
        p, ("KASSEL", "BRESLAU", "FULDA", "KOENIGSBERG", "GOETTINGEN"), 4
    ),
    "de_geschl345": lambda p, c: "M" if p.male else "W",
    "de_stag345": lambda p, c: _pick(p, ("000", "000", "000", "163", "129"), 5),
    "de_str345": lambda p, c: _pad(_pair(p, _DE_PLACES, 6)[0], 25),
    "de_hnr345": lambda p, c: _pad(f"{_num(p, 80)}{_pick(p, ('', '', 'A', ''), 7)}", 5),
    "de_plz345": lambda p, c: _pair(p, _DE_PLACES, 6)[1],
    "de_gemkz345": lambda p, c: _pair(p, _DE_PLACES, 6)[2],
    "de_famstd345": lambda p, c: _pick(p, ("LD", "VH", "VH", "VW", "GS"), 8),
    "de_rel345": lambda p, c: _pick(p, ("RK", "EV", "--", "EV", "VD"), 9),
    "de_ausw345": lambda p, c: f"{_num(p, 9000):04d}{p.bhxh[:5]}",
    "br_nome345": lambda p, c: _pad(
        f"{_by_sex(p, _BR_NOME_M, _BR_NOME_F, 1)} {_pick(p, _BR_SOBRE, 2)}", 50
    ),
    "br_cpf345": lambda p, c: "".join(ch for ch in _cpf(p.bhxh[1:10]) if ch.isdigit()),
    "br_sexo345": lambda p, c: "M" if p.male else "F",
    "br_mae345": lambda p, c: _pad(f"{_pick(p, _BR_NOME_F, 3)} {_pick(p, _BR_SOBRE, 2)}", 50),
    "br_end345": lambda p, c: _pad(_pair(p, _BR_PLACES, 4)[0], 40),
    "br_bairro345": lambda p, c: _pad(_pair(p, _BR_PLACES, 4)[1], 30),
    "br_cep345": lambda p, c: _pair(p, _BR_PLACES, 4)[2],
    "br_fone345": lambda p, c: f"19{p.phone[2:10]}",
    "br_pront345": lambda p, c: f"{p.bhxh[:6]}-{p.bhxh[6]}",
    "br_codmun345": lambda p, c: "3509502",
    "br_unid345": lambda p, c: _pick(
        p, ("UBS CENTRO", "UBS VILA IPE", "CS SAO BERNARDO", "UBS TAQUARAL"), 5
    ),
    "br_sit345": lambda p, c: _pick(p, ("01", "01", "02", "05"), 6),
}
