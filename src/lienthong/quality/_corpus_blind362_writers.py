"""How the people of the three-hundred-and-sixty-second part of the outside corpus (**blind
362**, :mod:`lienthong.quality._corpus_blind362`) are written: the medicines side of Vietnamese
health care (controlled prescriptions, e-prescriptions, methadone doses, free ARV) and the
health ids of Québec (RAMQ), France (NIR with its key), the Netherlands (BSN, 11-proof),
Germany (Krankenversichertennummer) and Sweden (personnummer with its Luhn digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _bsn, _personnummer
from lienthong.quality._corpus_blind61_writers import _kvnr

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CONTROLLED = (
    "Morphin 10mg/ml (ống)",
    "Diazepam 5mg (viên)",
    "Phenobarbital 100mg (viên)",
    "Tramadol 50mg (viên)",
    "Alprazolam 0,5mg (viên)",
    "Codein + Terpin (viên)",
)
_VN_DIAG = (
    "K25 - Loét dạ dày",
    "G40 - Động kinh",
    "F41.1 - Rối loạn lo âu lan tỏa",
    "C34 - U phổi, đau mạn tính",
    "G47.0 - Mất ngủ",
    "I10 - Tăng huyết áp vô căn",
    "J20 - Viêm phế quản cấp",
    "E11 - Đái tháo đường typ 2",
)
_VN_CLINICS = (
    "BV Đa khoa tỉnh",
    "PK Đa khoa Tâm Đức",
    "BV Ung bướu TP",
    "TTYT huyện",
    "PK Nội tổng hợp An Phúc",
)
_ARV_REGIMENS = ("TLD", "TDF/3TC/DTG", "TDF/3TC/EFV", "AZT/3TC/NVP", "ABC/3TC/DTG", "TAF/FTC/DTG")
_ARV_SOURCES = ("BHYT", "PEPFAR", "Quỹ Toàn cầu", "NSNN")
_QC_FAMILY = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie")
_QC_GIVEN_M = ("Jean-François", "Mathieu", "Olivier", "Étienne", "Luc", "Gabriel")
_QC_GIVEN_F = ("Marie-Ève", "Isabelle", "Geneviève", "Chantal", "Julie", "Nathalie")
_QC_PLACES = (
    ("Montréal", "H2X 1Y4", "rue Saint-Denis"),
    ("Québec", "G1R 2B5", "rue Saint-Jean"),
    ("Laval", "H7N 3T6", "boul. des Laurentides"),
    ("Sherbrooke", "J1H 1Z3", "rue King Ouest"),
    ("Gatineau", "J8X 2K1", "rue Laurier"),
    ("Trois-Rivières", "G9A 5H3", "rue des Forges"),
)
_QC_DRUGS = ("Atorvastatine 20 mg", "Metformine 500 mg", "Ramipril 5 mg", "Salbutamol inh.")
_FR_FAMILY = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand")
_FR_GIVEN_M = ("Nicolas", "Julien", "Thierry", "Pascal", "Hugo", "Mathieu")
_FR_GIVEN_F = ("Nathalie", "Sandrine", "Camille", "Léa", "Isabelle", "Sophie")
#: (commune, code postal, INSEE department + commune code of birth)
_FR_PLACES = (
    ("Lyon", "69003", "69383"),
    ("Marseille", "13005", "13205"),
    ("Lille", "59000", "59350"),
    ("Toulouse", "31400", "31555"),
    ("Nantes", "44000", "44109"),
    ("Rennes", "35000", "35238"),
)
_FR_STREETS = ("rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Pasteur")
_FR_DRUGS = ("Méthylphénidate 10 mg", "Buprénorphine 8 mg", "Oxycodone 10 mg", "Fentanyl 25 µg/h")
_NL_FAMILY = (
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("", "Bakker"),
    ("van", "Dijk"),
    ("", "Visser"),
)
_NL_PLACES = (
    ("Utrecht", "3511", "Oudegracht"),
    ("Rotterdam", "3012", "Coolsingel"),
    ("Groningen", "9711", "Herestraat"),
    ("Eindhoven", "5611", "Stratumseind"),
    ("Zwolle", "8011", "Diezerstraat"),
)
_NL_INSURERS = ("Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW")
_NL_DRUGS = ("Omeprazol 20mg", "Metoprolol 50mg", "Amoxicilline 500mg", "Paracetamol 500mg")
_DE_FAMILY = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann")
_DE_GIVEN_M = ("Jürgen", "Stefan", "Lukas", "Matthias", "Uwe", "Tobias")
_DE_GIVEN_F = ("Sabine", "Anja", "Lena", "Ursula", "Katrin", "Jana")
_DE_PLACES = (
    ("Leipzig", "04109", "Karl-Liebknecht-Str."),
    ("Köln", "50667", "Hohe Str."),
    ("Kassel", "34117", "Wilhelmshöher Allee"),
    ("Münster", "48143", "Ludgeristr."),
    ("Rostock", "18055", "Lange Str."),
)
_DE_KASSEN = ("AOK Plus", "TK", "BARMER", "DAK-Gesundheit", "IKK classic")
_DE_DRUGS = ("Ramipril 5 mg N2", "Metamizol 500 mg N1", "L-Thyroxin 75 µg N3", "Ibuprofen 600 N2")
_SE_FAMILY = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist")
_SE_GIVEN_M = ("Lars", "Anders", "Mikael", "Johan", "Erik", "Björn")
_SE_GIVEN_F = ("Anna", "Maria", "Karin", "Åsa", "Ingrid", "Linnéa")
_SE_PLACES = (
    ("Uppsala", "753 20", "Kungsgatan", "Region Uppsala"),
    ("Göteborg", "411 38", "Vasagatan", "Västra Götalandsregionen"),
    ("Malmö", "211 22", "Södra Förstadsgatan", "Region Skåne"),
    ("Umeå", "903 26", "Storgatan", "Region Västerbotten"),
    ("Örebro", "702 10", "Drottninggatan", "Region Örebro län"),
)
_SE_DRUGS = ("Waran 2,5 mg", "Alvedon 500 mg", "Sertralin 50 mg", "Levaxin 100 mikrog")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 7 + 1) % len(table)]


def _between(p: Person, salt: int, low: int, high: int) -> int:
    return low + int(p.bhxh) // (salt * 13 + 1) % (high - low + 1)


def _later(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


def _ramq(p: Person) -> str:
    """A RAMQ number ``TREM 6508 1512``: three letters of the surname, the given name's first,
    yymmdd of birth with 50 added to a woman's month, two administrative digits."""
    family = _pick(p, _QC_FAMILY, 1).upper().replace("Ô", "O")
    given = _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 2)[0].upper().replace("É", "E")
    month = p.birth.month + (0 if p.male else 50)
    return f"{family[:3]}{given} {p.birth:%y}{month:02d} {p.birth:%d}{p.bhxh[-2:]}"


def _nir(p: Person) -> str:
    """A French NIR ``1 84 07 69 383 123 45``: sex, yymm, the INSEE place of birth, a
    three-digit order, and the key 97 - (number mod 97)."""
    body = f"{1 if p.male else 2}{p.birth:%y%m}{_at(p, _FR_PLACES, 2)[2]}{p.bhxh[-3:]}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def _rpps(p: Person) -> str:
    return f"10{p.bhxh[::-1][:9]}"


def _qc_phone(p: Person) -> str:
    return f"({_pick(p, ('514', '418', '450', '819'), 5)}) {p.phone[3:6]}-{p.phone[6:10]}"


def _fr_phone(p: Person) -> str:
    d = p.phone[2:10]
    return f"0{'67'[int(p.bhxh) % 2]} {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"


def _nl_phone(p: Person) -> str:
    return f"06-{p.phone[2:10]}"


def _de_phone(p: Person) -> str:
    return f"0{_pick(p, ('151', '160', '170', '176'), 6)} {p.phone[3:10]}"


def _se_phone(p: Person) -> str:
    return f"07{'0236'[int(p.bhxh) % 4]}-{p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _dose(p: Person) -> str:
    return f"{(int(p.bhxh) % 24 + 3) * 5} mg"


WRITERS_BLIND362: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: controlled prescriptions book of a pharmacy
    "drug_ctrl362": lambda p, c: _pick(p, _VN_CONTROLLED, 1),
    "qty_ctrl362": lambda p, c: (
        f"{_between(p, 2, 10, 60)} {'viên' if 'viên' in _pick(p, _VN_CONTROLLED, 1) else 'ống'}"
    ),
    "diag362": lambda p, c: _pick(p, _VN_DIAG, 3),
    "doctor362": lambda p, c: f"BS. {_other_vn(p, 4)}",
    "cchn362": lambda p, c: f"{p.bhxh[:6]}/BYT-CCHN",
    "clinic362": lambda p, c: _pick(p, _VN_CLINICS, 5),
    "buyer362": lambda p, c: "" if int(p.bhxh) % 3 else _other_vn(p, 6),
    "buyer_cccd362": lambda p, c: "" if int(p.bhxh) % 3 else f"0{p.bhxh[1:]}{p.bhxh[:1]}0",
    "order_no362": lambda p, c: f"{int(p.bhxh) % 900 + 1:03d}/ĐGN",
    # Vietnam: e-prescription export
    "rx_code362": lambda p, c: f"79{p.bhxh[:3]}{p.bhxh[3:9]}-c",
    "facility362": lambda p, c: f"79{_between(p, 7, 100, 999)}",
    "icd362": lambda p, c: _pick(p, _VN_DIAG, 8).split(" - ")[0],
    "rx_doctor362": lambda p, c: _other_vn(p, 9),
    "rx_days362": lambda p, c: str(_between(p, 10, 5, 30)),
    "rx_status362": lambda p, c: _pick(p, ("Đã gửi", "Đã bán", "Đã gửi", "Hủy"), 11),
    # Vietnam: methadone daily dosing list
    "mmt_code362": lambda p, c: f"MMT-{p.bhxh[2:7]}",
    "mmt_dose362": lambda p, c: _dose(p),
    "mmt_time362": lambda p, c: f"{6 + int(p.bhxh) % 5:02d}:{int(p.bhxh[3:5]) % 60:02d}",
    "mmt_nurse362": lambda p, c: _other_vn(p, 12, male=False),
    "mmt_phase362": lambda p, c: _pick(
        p, ("Dò liều", "Điều chỉnh liều", "Duy trì", "Giảm liều"), 13
    ),
    "mmt_taken362": lambda p, c: _pick(p, ("Đã uống", "Đã uống", "Vắng", "Mang về"), 14),
    # Vietnam: free ARV at a hospital pharmacy
    "opc_code362": lambda p, c: f"OPC-{p.bhxh[:2]}-{p.bhxh[4:9]}",
    "arv_regimen362": lambda p, c: _pick(p, _ARV_REGIMENS, 15),
    "arv_days362": lambda p, c: str(_pick(p, ("30", "60", "90"), 16)),
    "arv_source362": lambda p, c: _pick(p, _ARV_SOURCES, 17),
    "arv_proxy362": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 18),
    "arv_proxy_phone362": lambda p, c: "" if int(p.bhxh) % 4 else _other_phone(p, "08"),
    "arv_next362": lambda p, c: f"{_later(p, int(_pick(p, ('30', '60', '90'), 16))):%d/%m/%Y}",
    "vl362": lambda p, c: _pick(p, ("<50 bản sao/ml", "KPH", "120", "<200", "1.450"), 19),
    # Québec
    "qc_family362": lambda p, c: _pick(p, _QC_FAMILY, 1),
    "qc_given362": lambda p, c: _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 2),
    "qc_ramq362": lambda p, c: _ramq(p),
    "qc_street362": lambda p, c: f"{p.street.split()[0]}, {_at(p, _QC_PLACES, 3)[2]}",
    "qc_city362": lambda p, c: _at(p, _QC_PLACES, 3)[0],
    "qc_postal362": lambda p, c: _at(p, _QC_PLACES, 3)[1],
    "qc_phone362": lambda p, c: _qc_phone(p),
    "qc_rx362": lambda p, c: f"{p.bhxh[:7]}",
    "qc_din362": lambda p, c: f"0{p.bhxh[3:10]}",
    "qc_drug362": lambda p, c: _pick(p, _QC_DRUGS, 4),
    "qc_prescriber362": lambda p, c: f"Dr {_pick(p, _QC_FAMILY, 6)} ({p.bhxh[-5:]})",
    # France
    "fr_nir362": lambda p, c: _nir(p),
    "fr_birthname362": lambda p, c: _pick(p, _FR_FAMILY, 1).upper(),
    "fr_usename362": lambda p, c: "" if p.male else _pick(p, _FR_FAMILY, 7).upper(),
    "fr_given362": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 3),
    "fr_street362": lambda p, c: f"{p.street.split()[0]} {_pick(p, _FR_STREETS, 4)}",
    "fr_cp362": lambda p, c: _at(p, _FR_PLACES, 2)[1],
    "fr_city362": lambda p, c: _at(p, _FR_PLACES, 2)[0],
    "fr_phone362": lambda p, c: _fr_phone(p),
    "fr_rpps362": lambda p, c: _rpps(p),
    "fr_drug362": lambda p, c: _pick(p, _FR_DRUGS, 5),
    "fr_regime362": lambda p, c: _pick(p, ("01 Régime général", "02 MSA", "03 RSI"), 6),
    # Netherlands
    "nl_bsn362": lambda p, c: _bsn(p),
    "nl_prefix362": lambda p, c: _at(p, _NL_FAMILY, 1)[0],
    "nl_family362": lambda p, c: _at(p, _NL_FAMILY, 1)[1],
    "nl_initials362": lambda p, c: _pick(p, ("J.", "A.M.", "P.J.", "H.", "M.C.", "W."), 2),
    "nl_street362": lambda p, c: _at(p, _NL_PLACES, 3)[2],
    "nl_house362": lambda p, c: f"{p.street.split()[0]}{_pick(p, ('', '', 'a', '-2'), 4)}",
    "nl_postcode362": lambda p, c: (
        f"{_at(p, _NL_PLACES, 3)[1]} {_pick(p, ('AB', 'KL', 'XT', 'GM'), 5)}"
    ),
    "nl_city362": lambda p, c: _at(p, _NL_PLACES, 3)[0],
    "nl_phone362": lambda p, c: _nl_phone(p),
    "nl_gp362": lambda p, c: f"Huisartsenpraktijk {_pick(p, ('De Linde', 'Oost', 'Centrum'), 6)}",
    "nl_insurer362": lambda p, c: _pick(p, _NL_INSURERS, 7),
    "nl_drug362": lambda p, c: _pick(p, _NL_DRUGS, 8),
    # Germany
    "de_kvnr362": lambda p, c: _kvnr(p),
    "de_family362": lambda p, c: _pick(p, _DE_FAMILY, 1),
    "de_given362": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 2),
    "de_street362": lambda p, c: f"{_at(p, _DE_PLACES, 3)[2]} {p.street.split()[0]}",
    "de_plz362": lambda p, c: _at(p, _DE_PLACES, 3)[1],
    "de_city362": lambda p, c: _at(p, _DE_PLACES, 3)[0],
    "de_phone362": lambda p, c: _de_phone(p),
    "de_kasse362": lambda p, c: _pick(p, _DE_KASSEN, 4),
    "de_ik362": lambda p, c: f"10{p.bhxh[2:9]}",
    "de_pzn362": lambda p, c: f"0{p.bhxh[:7]}",
    "de_drug362": lambda p, c: _pick(p, _DE_DRUGS, 5),
    "de_status362": lambda p, c: _pick(p, ("1 Mitglied", "3 Familienvers.", "5 Rentner"), 6),
    # Sweden
    "se_pnr362": lambda p, c: _personnummer(p),
    "se_sex362": lambda p, c: "M" if p.male else "K",
    "se_family362": lambda p, c: _pick(p, _SE_FAMILY, 1),
    "se_given362": lambda p, c: _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 2),
    "se_street362": lambda p, c: f"{_at(p, _SE_PLACES, 3)[2]} {p.street.split()[0]}",
    "se_postnr362": lambda p, c: _at(p, _SE_PLACES, 3)[1],
    "se_city362": lambda p, c: _at(p, _SE_PLACES, 3)[0],
    "se_region362": lambda p, c: _at(p, _SE_PLACES, 3)[3],
    "se_phone362": lambda p, c: _se_phone(p),
    "se_drug362": lambda p, c: _pick(p, _SE_DRUGS, 4),
    "se_prescriber362": lambda p, c: (
        f"{_pick(p, _SE_GIVEN_F, 5)} {_pick(p, _SE_FAMILY, 6)}, leg. läk."
    ),
    "se_rx362": lambda p, c: f"E{p.bhxh[1:9]}",
}

__all__ = ["WRITERS_BLIND362"]
