"""How the people of the two-hundred-and-sixty-third part of the outside corpus (**blind 263**,
:mod:`lienthong.quality._corpus_blind263`) are written: four Vietnamese files' own columns (a
fisherwomen's net-mending class, a pagoda's Vu Lan memorial roll, a village hall lent for a
wedding, a hometown association's members) and the names, places, phones and numbers of French
North America in the forms their registers show (the SIN's last digit is the Luhn check over the
nine, its first the region's; the RAMQ number is built from the name and the birth date; the
Louisiana SSN has a 433-439 area; the NIR of Saint-Pierre-et-Miquelon has department 975 and the
key ``97 - n % 97``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind59_writers import _plain
from lienthong.quality._corpus_blind168_writers import _nir168
from lienthong.quality._corpus_blind197_writers import _ssn197
from lienthong.quality._corpus_blind238_writers import _sin
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: fisherwomen's net-mending class (Women's Union, coastal commune) ---------------------
_VN_NET_HAMLETS = ("Thôn Định Tân", "Thôn An Vĩnh", "Thôn Tây", "Thôn Châu Thuận Biển", "Xóm Lộ")
_VN_NET_CHAPTERS = ("Chi hội PN thôn Định Tân", "Chi hội PN An Vĩnh", "Chi hội PN Tây")
_VN_NET_POOR = ("Không", "Hộ nghèo", "Hộ cận nghèo", "Không", "Có chồng đi biển xa")
_VN_NET_RESULT = ("Hoàn thành", "Hoàn thành", "Hoàn thành tốt", "Chưa hoàn thành", "Bỏ học")
# -- Vietnam: Vu Lan memorial roll at a pagoda -----------------------------------------------------
_VN_DHARMA = ("Diệu Hạnh", "Quảng Minh", "Diệu Tâm", "Nguyên Phúc", "Tâm An", "Quảng Đức")
_VN_RELATION = ("Thân phụ", "Thân mẫu", "Ông nội", "Bà ngoại", "Chồng", "Con", "Cửu huyền thất tổ")
_VN_RITE = ("Cầu siêu tập thể", "Cầu siêu tập thể", "Trai đàn chẩn tế", "Thờ vĩnh viễn", "49 ngày")
# -- Vietnam: village hall lent for a wedding ------------------------------------------------------
_VN_PLEDGE = ("Khong dung loa keo sau 22h", "Ve sinh sau khi dung", "Khong dot phao", "Da ky")
# -- Vietnam: hometown association (people of Quảng Ngãi in Hanoi) ---------------------------------
_VN_HOMETOWNS = (
    "Xã Bình Sơn, tỉnh Quảng Ngãi",
    "Xã Tịnh Khê, tỉnh Quảng Ngãi",
    "Đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "Xã Đức Phổ, tỉnh Quảng Ngãi",
    "Xã Mộ Đức, tỉnh Quảng Ngãi",
)
_VN_JOBS = ("Giảng viên ĐH Bách khoa", "Kinh doanh tự do", "Bộ Công an", "Bác sĩ BV Bạch Mai", "SV")
_VN_BRANCHES = ("Chi hội Bình Sơn", "Chi hội Lý Sơn", "Chi hội doanh nhân", "Chi hội sinh viên")

# -- Québec: CNESST workers' claims ----------------------------------------------------------------
_QC_FAMILY = ("Bergeron", "Pelletier", "Lavoie", "Desjardins", "Ouellet", "Caron", "Boucher")
_QC_GIVEN_M = ("Éric", "Jean-Philippe", "Sébastien", "Yannick", "Guillaume", "Réjean")
_QC_GIVEN_F = ("Josée", "Chantal", "Valérie", "Mélanie", "Annie-Claude", "Nathalie")
#: (street, city, postal code, phone area and exchange)
_QC_PLACES = (
    ("1250, boul. des Forges, app. 4", "Trois-Rivières", "G8Z 1T7", "819-373"),
    ("2145, rue Roussel", "Saguenay", "G7H 5N1", "418-696"),
    ("87, rue King Ouest", "Sherbrooke", "J1H 1P2", "819-566"),
    ("5300, boul. Guillaume-Couture", "Lévis", "G6V 4Z5", "418-833"),
    ("4012, rue Saint-Hubert", "Montréal", "H2L 4A6", "514-525"),
    ("16, rue Principale Est", "Rimouski", "G5L 1A1", "418-723"),
)
_QC_EMPLOYERS = ("Rio Tinto Alcan", "Boulangerie Saint-Méthode", "CIUSSS de l'Estrie", "Bombardier")
_QC_LESIONS = ("Dos - lombaire", "Épaule droite", "Main gauche", "Genou", "Psychique", "Poignet")
_QC_NATURE = ("Entorse", "Tendinite", "Fracture", "Lacération", "Trouble de l'adaptation")
_QC_STATUS = ("Admissible", "Admissible", "Refusé", "En analyse", "Contestation TAT")
_QC_AGENTS = ("D. Gingras", "M.-C. Paradis", "S. Lemieux", "P. Morin")
# -- New Brunswick: fishers' EI claims in the Acadian Peninsula ------------------------------------
_NB_FAMILY = ("LeBlanc", "Cormier", "Robichaud", "Thériault", "Doiron", "Chiasson", "Haché")
_NB_GIVEN_M = ("Réginald", "Gilles", "Rino", "Donat", "Jean-Guy", "Ulysse")
_NB_GIVEN_F = ("Ginette", "Rachelle", "Aldéa", "Monique", "Nicole", "Edna")
#: (street, community, postal code, phone area and exchange)
_NB_PLACES = (
    ("312, boul. Saint-Pierre Ouest", "Caraquet", "E1W 1B6", "506-727"),
    ("45, rue du Quai", "Shippagan", "E8S 1K3", "506-336"),
    ("1102, rue Principale", "Lamèque", "E8T 1M7", "506-344"),
    ("3519, rue Principale", "Tracadie", "E1X 1C9", "506-395"),
    ("12, chemin de l'Anse-Bleue", "Grande-Anse", "E8N 1A4", "506-732"),
    ("218, rue Acadie", "Miscou", "E8T 2C4", "506-344"),
)
_NB_LFA = ("ZPH 23", "ZPH 23", "ZPH 24", "ZPH 25", "Crabe - zone 12", "Hareng - 16")
_NB_BOATS = ("Le P'tit Nono", "Marie-Claude II", "Bonne Chance", "L'Acadien", "Cap Lumière")
_NB_STATUS = ("Payée", "En traitement", "Payée", "Renseignements requis", "Refusée")
# -- Louisiana: disaster SNAP in the Acadiana parishes ---------------------------------------------
_LA_FAMILY = ("Boudreaux", "Thibodeaux", "Hebert", "Broussard", "Guidry", "Fontenot", "Metoyer")
_LA_GIVEN_M = ("Dudley", "Clovis", "Alcide", "Remy", "Beau", "Jean-Paul", "Lionel")
_LA_GIVEN_F = ("Eula", "Noelie", "Yvonne", "Odile", "Claudette", "Brandi", "Rosalie")
#: (street, town, parish, ZIP, phone area and exchange)
_LA_PLACES = (
    ("214 Rue Bayou", "Lafayette", "Lafayette Parish", "70506", "337-232"),
    ("1607 Veterans Memorial Dr", "Abbeville", "Vermilion Parish", "70510", "337-893"),
    ("503 E Bridge St", "Breaux Bridge", "St. Martin Parish", "70517", "337-332"),
    ("728 N Union St", "Opelousas", "St. Landry Parish", "70570", "337-948"),
    ("331 S 2nd St", "Eunice", "St. Landry Parish", "70535", "337-457"),
    ("4411 Country Dr", "Houma", "Terrebonne Parish", "70360", "985-872"),
    ("112 Rue Marie", "Cut Off", "Lafourche Parish", "70345", "985-632"),
)
_LA_DAMAGE = ("Food loss - power outage", "Flooded home", "Roof damage", "Lost income", "None")
_LA_LANG = ("English", "English", "French", "Louisiana Creole", "English/French")
_LA_STATUS = ("Approved", "Approved", "Denied - income", "Pending ID", "Approved")
# -- Saint-Pierre-et-Miquelon: Caisse de prévoyance sociale affiliates -----------------------------
_PM_FAMILY = ("Detcheverry", "Briand", "Girardin", "Lebailly", "Claireaux", "Apesteguy", "Vigneau")
_PM_GIVEN_M = ("Yannick", "Jean-Marie", "Xavier", "Patrick", "Loïc", "Pierre-Yves")
_PM_GIVEN_F = ("Maryvonne", "Nadine", "Karine", "Sandrine", "Annick", "Soizic")
#: (street, commune, NIR commune code, phone prefix)
_PM_PLACES = (
    ("12, rue Boursaint", "Saint-Pierre", "02", "41"),
    ("3, rue du Maréchal Foch", "Saint-Pierre", "02", "41"),
    ("27, boulevard Port en Bessin", "Saint-Pierre", "02", "55"),
    ("8, route de Saint-Pierre", "Miquelon-Langlade", "01", "41"),
    ("1, rue Sœur Césarine", "Saint-Pierre", "02", "55"),
)
#: birth places outside the archipelago (department, commune, name)
_PM_ELSEWHERE = (
    ("35", "238", "Rennes (35)"),
    ("44", "109", "Nantes (44)"),
    ("50", "129", "Cherbourg"),
)
_PM_REGIME = ("Salarié", "Salarié", "Travailleur indépendant", "Retraité", "Marin-pêcheur ENIM")
_PM_DOCTORS = ("Dr Lehuenen", "Dr Cormier", "Centre hospitalier F. Dunan", "Dr Le Soavec")
# -- Ontario: moose tag draw, Hearst district ------------------------------------------------------
_ON_FAMILY = ("Lecours", "Proulx", "Gosselin", "Vaillancourt", "Lacroix", "Laflamme", "Veilleux")
_ON_GIVEN_M = ("Réal", "Marcel", "Normand", "Danick", "Stéphane", "Gaétan")
_ON_GIVEN_F = ("Lise", "Carole", "Danielle", "Julie", "Francine", "Manon")
#: (street, town, postal code, phone area and exchange)
_ON_PLACES = (
    ("915, rue George", "Hearst", "P0L 1N0", "705-362"),
    ("8, 9e Rue", "Hearst", "P0L 1N0", "705-372"),
    ("22, chemin Fontaine", "Mattice", "P0L 1T0", "705-364"),
    ("14, rue Aurora", "Kapuskasing", "P5N 1J6", "705-335"),
    ("63, rue Principale", "Moonbeam", "P0L 1V0", "705-367"),
    ("5, avenue Gouin", "Opasatika", "P0L 1Z0", "705-369"),
)
_ON_WMU = ("ZGF 21B", "ZGF 24", "ZGF 24", "ZGF 25", "ZGF 21A")
_ON_TAG = ("Mâle adulte", "Femelle adulte", "Mâle adulte", "Veau")
_ON_RESULT = ("Retenu", "Non retenu", "Non retenu", "Retenu - groupe", "Non retenu")


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 7 + 1) % len(table)]


def _tel(p: Person, area_exchange: str) -> str:
    return f"{area_exchange}-{p.phone[6:10]}"


def _ramq263(p: Person) -> str:
    """A RAMQ number ``BERE 8503 1512``: three letters of the surname, the given name's initial,
    yymmdd with 50 added to a woman's month, and two administrative digits."""
    family = _plain(_pick(p, _QC_FAMILY, 2))
    given = _plain(_by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 1))
    month = p.birth.month + (0 if p.male else 50)
    return f"{(family + 'XXX')[:3]}{given[0]} {p.birth:%y}{month:02d} {p.birth:%d}{p.bhxh[-2:]}"


def _pm_nir(p: Person) -> str:
    if _num(p, 3) == 1:
        dept, commune, _name = _pick_t(p, _PM_ELSEWHERE)
        return _nir168(p, dept, commune)
    return _nir168(p, "975", _place(p, _PM_PLACES)[2])


def _pick_t(p: Person, table: tuple[tuple[str, str, str], ...]) -> tuple[str, str, str]:
    return table[int(p.bhxh) // 13 % len(table)]


def _pm_birthplace(p: Person) -> str:
    if _num(p, 3) == 1:
        return _pick_t(p, _PM_ELSEWHERE)[2]
    return "Saint-Pierre (975)" if _place(p, _PM_PLACES)[2] == "02" else "Miquelon (975)"


def _money(p: Person, low: int, high: int, step: int, fmt: str = "{:,}") -> str:
    return fmt.format(low + int(p.bhxh[-6:]) % ((high - low) // step + 1) * step)


WRITERS_BLIND263: dict[str, Callable[[Person, Col], object]] = {
    "net_hamlet263": lambda p, c: _pick(p, _VN_NET_HAMLETS, 2),
    "net_husband263": lambda p, c: _other_vn(p, 3, male=True),
    "net_boat263": lambda p, c: f"QNg-{90000 + _num(p, 9000)}-TS",
    "net_poor263": lambda p, c: _pick(p, _VN_NET_POOR, 4),
    "net_chapter263": lambda p, c: _pick(p, _VN_NET_CHAPTERS, 5),
    "net_sessions263": lambda p, c: f"{_num(p, 6) + 14}/20",
    "net_result263": lambda p, c: _pick(p, _VN_NET_RESULT, 6),
    "net_support263": lambda p, c: _money(p, 300_000, 900_000, 50_000, "{:,}").replace(",", "."),
    "vl_dharma263": lambda p, c: _pick(p, _VN_DHARMA, 2),
    "vl_deceased263": lambda p, c: f"Hương linh {_other_vn(p, 4)}",
    "vl_relation263": lambda p, c: _pick(p, _VN_RELATION, 5),
    "vl_lunar263": lambda p, c: f"{_num(p, 29)}/{_num(p, 12)} ÂL",
    "vl_rite263": lambda p, c: _pick(p, _VN_RITE, 6),
    "vl_offering263": lambda p, c: int(_money(p, 100_000, 2_000_000, 100_000, "{}")),
    "wed_couple263": lambda p, c: _ascii(
        f"{_other_vn(p, 5, male=True)} - {_other_vn(p, 6, male=False)}"
    ),
    "wed_tables263": lambda p, c: str(_num(p, 40) + 10),
    "wed_fee263": lambda p, c: _money(p, 200_000, 600_000, 50_000, "{}"),
    "wed_pledge263": lambda p, c: _pick(p, _VN_PLEDGE, 7),
    "wed_head263": lambda p, c: f"Truong thon {_ascii(_other_vn(p, 8, male=True))}",
    "ht_hometown263": lambda p, c: _pick(p, _VN_HOMETOWNS, 2),
    "ht_job263": lambda p, c: _pick(p, _VN_JOBS, 3),
    "ht_branch263": lambda p, c: _pick(p, _VN_BRANCHES, 4),
    "ht_dues263": lambda p, c: _pick(p, ("200.000", "200.000", "Chưa đóng", "500.000"), 5),
    # Québec
    "qc_file263": lambda p, c: f"{p.bhxh[1:10]}",
    "qc_family263": lambda p, c: _pick(p, _QC_FAMILY, 2),
    "qc_given263": lambda p, c: _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 1),
    "sex_hf263": lambda p, c: "H" if p.male else "F",
    "qc_sin263": lambda p, c: _sin(p, 2 + _num(p, 2) - 1),
    "qc_ramq263": lambda p, c: _ramq263(p),
    "qc_street263": lambda p, c: _place(p, _QC_PLACES)[0],
    "qc_city263": lambda p, c: _place(p, _QC_PLACES)[1],
    "qc_postal263": lambda p, c: _place(p, _QC_PLACES)[2],
    "qc_phone263": lambda p, c: _tel(p, _place(p, _QC_PLACES)[3]),
    "qc_employer263": lambda p, c: _pick(p, _QC_EMPLOYERS, 4),
    "qc_neq263": lambda p, c: f"11{p.bhxh[2:10]}",
    "qc_lesion263": lambda p, c: _pick(p, _QC_LESIONS, 5),
    "qc_nature263": lambda p, c: _pick(p, _QC_NATURE, 6),
    "qc_agent263": lambda p, c: _pick(p, _QC_AGENTS, 7),
    "qc_status263": lambda p, c: _pick(p, _QC_STATUS, 8),
    "qc_irr263": lambda p, c: _money(p, 380, 1_450, 5, "{:,} $").replace(",", " "),
    # New Brunswick
    "nb_name263": lambda p, c: (
        f"{_by_sex(p, _NB_GIVEN_M, _NB_GIVEN_F, 1)} {_pick(p, _NB_FAMILY, 2)}"
    ),
    "nb_sin263": lambda p, c: _sin(p, 1),
    "nb_addr263": lambda p, c: (lambda t: f"{t[0]}, {t[1]} NB  {t[2]}")(_place(p, _NB_PLACES)),
    "nb_town263": lambda p, c: _place(p, _NB_PLACES)[1],
    "nb_phone263": lambda p, c: _tel(p, _place(p, _NB_PLACES)[3]),
    "nb_fin263": lambda p, c: f"{p.bhxh[3:9]}",
    "nb_lfa263": lambda p, c: _pick(p, _NB_LFA, 3),
    "nb_boat263": lambda p, c: f"{_pick(p, _NB_BOATS, 4)} (VRN {p.bhxh[4:10]})",
    "nb_earnings263": lambda p, c: _money(p, 4_200, 62_000, 100, "{:,} $").replace(",", " "),
    "nb_weeks263": lambda p, c: str(_num(p, 12) + 12),
    "nb_captain263": lambda p, c: (
        f"{_pick(p, _NB_GIVEN_M, 5)} {_pick(p, _NB_FAMILY, 6)}"
        if _num(p, 3) != 1
        else "Lui-même / Elle-même"
    ),
    "nb_status263": lambda p, c: _pick(p, _NB_STATUS, 7),
    # Louisiana
    "la_case263": lambda p, c: f"DS-{p.bhxh[2:9]}",
    "la_name263": lambda p, c: (
        f"{_pick(p, _LA_FAMILY, 2).upper()}, {_by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 1).upper()}"
    ),
    "la_ssn263": lambda p, c: _ssn197(p, (433, 434, 435, 436, 437, 438, 439)),
    "la_street263": lambda p, c: _place(p, _LA_PLACES)[0],
    "la_city263": lambda p, c: _place(p, _LA_PLACES)[1],
    "la_parish263": lambda p, c: _place(p, _LA_PLACES)[2],
    "la_zip263": lambda p, c: _place(p, _LA_PLACES)[3],
    "la_phone263": lambda p, c: (
        f"({_place(p, _LA_PLACES)[4][:3]}) {_tel(p, _place(p, _LA_PLACES)[4])[4:]}"
    ),
    "la_household263": lambda p, c: str(_num(p, 7)),
    "la_damage263": lambda p, c: _pick(p, _LA_DAMAGE, 3),
    "la_lang263": lambda p, c: _pick(p, _LA_LANG, 4),
    "la_amount263": lambda p, c: f"${_num(p, 6) * 292}.00",
    "la_status263": lambda p, c: _pick(p, _LA_STATUS, 5),
    "la_worker263": lambda p, c: _pick(p, ("LDCFS-0412 T. Melancon", "LDCFS-1187 R. Batiste"), 6),
    # Saint-Pierre-et-Miquelon
    "pm_nir263": lambda p, c: _pm_nir(p),
    "pm_family263": lambda p, c: _pick(p, _PM_FAMILY, 2).upper(),
    "pm_birth_family263": lambda p, c: (
        _pick(p, _PM_FAMILY, 2).upper() if p.male else _pick(p, _PM_FAMILY, 9).upper()
    ),
    "pm_given263": lambda p, c: _by_sex(p, _PM_GIVEN_M, _PM_GIVEN_F, 1),
    "pm_birthplace263": lambda p, c: _pm_birthplace(p),
    "pm_addr263": lambda p, c: (lambda t: f"{t[0]}, 97500 {t[1]}")(_place(p, _PM_PLACES)),
    "pm_commune263": lambda p, c: _place(p, _PM_PLACES)[1],
    "pm_phone263": lambda p, c: f"05 08 {_place(p, _PM_PLACES)[3]} {p.phone[6:8]} {p.phone[8:10]}",
    "pm_regime263": lambda p, c: _pick(p, _PM_REGIME, 3),
    "pm_doctor263": lambda p, c: _pick(p, _PM_DOCTORS, 4),
    "pm_employer263": lambda p, c: _pick(
        p, ("Collectivité territoriale", "SPM Frais", "Pêcheries Paturel", "—", "Air SPM"), 5
    ),
    # Ontario (Hearst district)
    "on_card263": lambda p, c: f"708158{p.bhxh[1:10]}",
    "on_name263": lambda p, c: (
        f"{_pick(p, _ON_FAMILY, 2)}, {_by_sex(p, _ON_GIVEN_M, _ON_GIVEN_F, 1)}"
    ),
    "on_addr263": lambda p, c: (lambda t: f"{t[0]}, {t[1]} ON  {t[2]}")(_place(p, _ON_PLACES)),
    "on_town263": lambda p, c: _place(p, _ON_PLACES)[1],
    "on_phone263": lambda p, c: _tel(p, _place(p, _ON_PLACES)[3]),
    "on_wmu263": lambda p, c: _pick(p, _ON_WMU, 3),
    "on_tag263": lambda p, c: _pick(p, _ON_TAG, 4),
    "on_result263": lambda p, c: _pick(p, _ON_RESULT, 5),
    "on_partner263": lambda p, c: (
        f"{_pick(p, _ON_GIVEN_M, 6)} {_pick(p, _ON_FAMILY, 7)} ({p.bhxh[::-1][:9]})"
    ),
    "on_points263": lambda p, c: str(_num(p, 15)),
}
