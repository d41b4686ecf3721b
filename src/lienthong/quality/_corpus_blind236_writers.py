"""How the people of the two-hundred-and-thirty-sixth part of the outside corpus (**blind 236**,
:mod:`lienthong.quality._corpus_blind236`) are written: four Vietnamese files' own columns (a hair
donation club, a pigeon racing club, ride-hailing drivers' airport cards, an apartment block's
monthly parking) and Breton, Alsatian, Corsican, French Basque and Monegasque names, places,
phones and numbers in the forms their registers show: the NIR with its key (97 less the remainder
by 97, Corsica's 2A and 2B), the French postcodes, the ``+33`` and ``+377`` numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind32_writers import _MC_FAMILY, _MC_GIVEN_F, _MC_GIVEN_M
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind85_writers import _items
from lienthong.quality._corpus_blind158_writers import (
    _BZH_BIRTH,
    _BZH_FAMILY,
    _BZH_MEN,
    _BZH_WOMEN,
    _COR_BIRTH,
    _COR_FAMILY,
    _COR_MEN,
    _COR_WOMEN,
    _cor_code,
    _cor_phone,
    _fr_mobile,
    _nir_of,
    _row,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_HAIR = ("Tóc tự nhiên", "Tóc tự nhiên", "Đã nhuộm (1 lần)", "Đã uốn", "Tóc bạc < 30%")
_VN_POINT = ("BV K cơ sở Tân Triều", "BV Ung bướu TP.HCM", "Gửi bưu điện", "CLB Hiến tóc Hà Nội")
_VN_LOFT = ("HN", "HP", "BN", "ND", "TB")
_VN_APP = ("GrabCar", "beCar", "Xanh SM", "GrabCar 7 chỗ", "beCar Plus")
_VN_CAR = ("Toyota Vios", "Hyundai Accent", "Kia Morning", "VinFast VF 5", "Mitsubishi Xpander")
_VN_VEH = ("Xe máy", "Xe máy", "Ô tô", "Xe đạp điện", "Xe máy điện")
_VN_FEE = {
    "Xe máy": "150.000",
    "Ô tô": "1.500.000",
    "Xe đạp điện": "100.000",
    "Xe máy điện": "150.000",
}
_VN_PLATE = ("59-X1", "59-H2", "51-G1", "59-T3", "29-B1")


def _vn_date(p: Person, years: int) -> str:
    return f"{_shift_date(p.other_date, years):%d/%m/%Y}"


def _gps(p: Person) -> str:
    """The loft's point in the Red River delta, five decimals as a phone's map shows it."""
    lat = 20.5 + int(p.bhxh[-5:]) / 100_000 * 1.4
    lon = 105.3 + int(p.bhxh[2:7]) / 100_000 * 1.3
    return f"{lat:.5f}, {lon:.5f}"


def _digits(p: Person, n: int) -> str:
    return (p.bhxh + p.phone[2:])[:n]


# -- France: shared ------------------------------------------------------------------------------
def _pairs(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def _fr_phone(p: Person, landline: str) -> str:
    """A landline (``03 89 ..``) for some, a mobile in pairs, dotted or with ``+33`` for others."""
    mode = int(p.bhxh[-2:]) % 4
    if mode == 0:
        return f"{landline} {_pairs(p.phone[-6:])}"
    mobile = _fr_mobile(p)
    if mode == 1:
        return mobile.replace(" ", ".")
    if mode == 2:
        return "+33 " + mobile[1:]
    return mobile


# -- Brittany: a communal mutual health insurance -----------------------------------------------
#: (street, postcode, commune, landline head)
_BZH_POHER = (
    ("8 straed Renan / rue Ernest Renan", "29270", "Karaez-Plougêr / Carhaix-Plouguer", "02 98"),
    ("Lieu-dit Kerlédan", "29270", "Kerglof / Kergloff", "02 98"),
    ("3 plasenn an Iliz / place de l'Église", "29246", "Poullaouen", "02 98"),
    ("Hent Gourin / route de Gourin", "29540", "Speied / Spézet", "02 98"),
    ("12 rue de la Gare", "29530", "Landelo / Landeleau", "02 98"),
    ("Lieu-dit Goasvoën", "22340", "Ar Mouster / Le Moustoir", "02 96"),
    ("5 rue des Écoles", "29270", "Kleden-Poc'her / Cléden-Poher", "02 98"),
)
_BZH_FORMULA = ("Formulenn 1 / Essentielle", "Formulenn 2 / Confort", "Formulenn 3 / Sérénité")
_BZH_FEES = ("32,40 €", "47,90 €", "63,15 €", "88,60 €")
_BZH_BENEF = ("0", "1 (pried / conjoint)", "2 (bugale / enfants)", "3")


# -- Alsace: grape pickers of a wine estate ------------------------------------------------------
_ALS_FAMILY = _items("Muller; Schmitt; Meyer; Weber; Klein; Fischer; Hoffmann; Wolff; Haeffelin")
_ALS_MEN = _items("Jean-Marc; Thierry; Rémy; Théo; Lucas; Sébastien; Joseph; Florian")
_ALS_WOMEN = _items("Céline; Odile; Marie-Thérèse; Léa; Aurélie; Martine; Chloé")
#: (birthplace, INSEE code)
_ALS_BIRTH = (
    ("Strasbourg", "67482"),
    ("Colmar", "68066"),
    ("Mulhouse", "68224"),
    ("Sélestat", "67462"),
    ("Haguenau", "67180"),
    ("Guebwiller", "68112"),
    ("Metz", "57463"),
)
#: (street, postcode, commune, landline head)
_ALS_HOMES = (
    ("12 Grand'Rue", "68150", "Ribeauvillé", "03 89"),
    ("3 rue des Vignerons", "68340", "Riquewihr", "03 89"),
    ("27 route du Vin", "68420", "Eguisheim", "03 89"),
    ("45 avenue de la République", "68000", "Colmar", "03 89"),
    ("5 rue de l'Église", "67600", "Sélestat", "03 88"),
    ("16 rue du Maréchal Foch", "67210", "Obernai", "03 88"),
    ("2 Kirchgass", "68750", "Bergheim", "03 89"),
)
_ALS_PLOT = ("Geisberg", "Kirchberg", "Osterberg", "Rosacker", "Schoenenbourg", "Sporen")
_ALS_GRAPE = ("Riesling", "Gewurztraminer", "Pinot gris", "Pinot noir", "Sylvaner", "Muscat")


# -- Corsica: the resident's fare card -----------------------------------------------------------
#: (street, postcode, commune)
_COR_TOWNS = (
    ("12 cours Napoléon", "20000", "Aiacciu / Ajaccio"),
    ("4 boulevard Paoli", "20200", "Bastia"),
    ("Cours Paoli, immeuble U Castellu", "20250", "Corti / Corte"),
    ("Résidence I Pini, route de Bonifacio", "20137", "Portivechju / Porto-Vecchio"),
    ("Rue Saint-Jean", "20220", "L'Isula / L'Île-Rousse"),
    ("Lotissement Lupinu", "20600", "Bastia"),
    ("Route de Calenzana", "20260", "Calvi"),
    ("Quartier Saint-Joseph, bâtiment B", "20090", "Aiacciu / Ajaccio"),
)
_COR_PROOF = (
    "Avisu d'impositu / Avis d'imposition",
    "Fattura EDF / Facture EDF",
    "Attestazione impiegadore / Attestation employeur",
)
_COR_STATE = ("Accettata / Acceptée", "In corsu / En cours", "Pezze mancanti / Pièces manquantes")


# -- French Basque Country: a local currency's members --------------------------------------------
_EUS_FAMILY = _items("Etcheverry; Irigoyen; Harriet; Elissalde; Larralde; Etchegaray; Oçafrain")
_EUS_MEN = _items("Peio; Beñat; Ximun; Mattin; Iban; Jean-Michel; Battitt")
_EUS_WOMEN = _items("Maddi; Maialen; Amaia; Ainhoa; Kattalin; Elorri; Marie-Hélène")
#: (street, postcode, commune)
_EUS_HOMES = (
    ("12 karrika Nagusia / rue Principale", "64250", "Kanbo / Cambo-les-Bains"),
    ("3 avenue de Verdun", "64100", "Baiona / Bayonne"),
    ("Etxeberria etxea, Bourg", "64220", "Donibane Garazi / Saint-Jean-Pied-de-Port"),
    ("Larraldea, chemin de Xantako", "64500", "Donibane Lohizune / Saint-Jean-de-Luz"),
    ("27 rue d'Espagne", "64200", "Miarritze / Biarritz"),
    ("5 rue des Pyrénées", "64700", "Hendaia / Hendaye"),
    ("Arrauntz auzoa / quartier Arraunts", "64480", "Uztaritze / Ustaritz"),
    ("8 pilota plaza / place du Fronton", "64240", "Hazparne / Hasparren"),
)
_EUS_ASSOC = (
    "Seaska",
    "AEK",
    "Bizi!",
    "Ikas-Bi",
    "Euskal Herriko Laborantza Ganbara",
    "Ttipi-Ttapa",
)
_EUS_LANG = ("Euskara", "Frantsesa / Français", "Euskara eta frantsesa", "Euskara")


# -- Monaco: the social centre's home alarm ------------------------------------------------------
#: (street, quartier)
_MC_HOMES = (
    ("Le Millefiori, 1 rue des Genêts", "Monte-Carlo"),
    ("Les Jardins d'Apolline, 1 promenade Honoré II", "Fontvieille"),
    ("Le Castel, 7 avenue Saint-Michel", "Monte-Carlo"),
    ("Résidence Les Oliviers, 6 boulevard du Jardin Exotique", "Jardin Exotique"),
    ("Villa Paradiso, 12 rue Grimaldi", "La Condamine"),
    ("3 rue Comte Félix Gastaldi", "Monaco-Ville"),
    ("L'Hélios, 12 boulevard Rainier III", "Les Moneghetti"),
)
_MC_DOCTOR = ("Dr Rossi", "Dr Pastor", "Dr Fissore", "Dr Marquet", "CHPG - Dr Lanteri")
_MC_KIN = ("fille", "nièce", "voisine", "belle-fille", "sœur")
_MC_OBS = ("", "Vit seul(e)", "Clé chez la concierge", "Chute en 2024", "", "Malentendant(e)")


def _mc_phone(p: Person) -> str:
    """A Monaco landline (``+377 93 ..`` or written ``93 25 ..``), a Monaco or French mobile."""
    tail = _pairs(p.phone[-6:])
    mode = int(p.bhxh[-3:]) % 4
    if mode == 0:
        return f"+377 93 {tail}"
    if mode == 1:
        return f"97 77 {_pairs(p.phone[-4:])}"
    if mode == 2:
        return f"+377 6 {_pairs(p.phone[-8:])}"
    return f"+33 6 {_pairs(p.phone[-8:])}"


WRITERS_BLIND236: dict[str, Callable[[Person, Col], object]] = {
    # hair donation
    "hair_len236": lambda p, c: f"{28 + _num(p, 30)} cm",
    "hair_state236": lambda p, c: _pick(p, _VN_HAIR, 2),
    "hair_point236": lambda p, c: _pick(p, _VN_POINT, 3),
    "hair_ref236": lambda p, c: _other_vn(p, 4),
    # pigeon racing
    "loft236": lambda p, c: f"{_pick(p, _VN_LOFT, 2)}-{p.bhxh[-3:]}",
    "gps236": lambda p, c: _gps(p),
    "ring236": lambda p, c: f"VN-{p.other_date:%y}-{p.bhxh[-6:]}",
    "birds236": lambda p, c: 4 + _num(p, 36),
    "dist236": lambda p, c: _pick(p, ("150", "300", "500", "700", "1000"), 3),
    "speed236": lambda p, c: f"{900 + _num(p, 600)},{p.bhxh[-1]}",
    # ride-hailing drivers' airport cards
    "app236": lambda p, c: _pick(p, _VN_APP, 2),
    "plate236": lambda p, c: f"51{'KHGF'[_num(p, 4) - 1]}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "car236": lambda p, c: _pick(p, _VN_CAR, 3),
    "licence236": lambda p, c: f"79{_digits(p, 10)}",
    "class236": lambda p, c: _pick(p, ("B", "B2", "B", "C1", "D2"), 4),
    "card236": lambda p, c: f"TSN-CN-{p.bhxh[-5:]}",
    "card_exp236": lambda p, c: _vn_date(p, 1),
    # apartment block monthly parking
    "apt236": lambda p, c: (
        f"{_pick(p, ('A', 'B', 'C', 'B2'), 2)}-{_num(p, 25):02d}{_num(p, 16):02d}"
    ),
    "veh236": lambda p, c: _pick(p, _VN_VEH, 3),
    "plate_moto236": lambda p, c: f"{_pick(p, _VN_PLATE, 4)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "tag236": lambda p, c: f"TX-{p.bhxh[-4:]}",
    "park_fee236": lambda p, c: _VN_FEE[_pick(p, _VN_VEH, 3)],
    # Brittany: communal mutual insurance
    "bzh_family236": lambda p, c: _pick(p, _BZH_FAMILY, 2),
    "bzh_given236": lambda p, c: _by_sex(p, _BZH_MEN, _BZH_WOMEN, 1),
    "bzh_nir236": lambda p, c: _nir_of(p, _row(p, _BZH_BIRTH, 5)[1]),
    "bzh_street236": lambda p, c: _row(p, _BZH_POHER, 3)[0],
    "bzh_cp236": lambda p, c: _row(p, _BZH_POHER, 3)[1],
    "bzh_town236": lambda p, c: _row(p, _BZH_POHER, 3)[2],
    "bzh_phone236": lambda p, c: _fr_phone(p, _row(p, _BZH_POHER, 3)[3]),
    "bzh_formula236": lambda p, c: _pick(p, _BZH_FORMULA, 4),
    "bzh_benef236": lambda p, c: _pick(p, _BZH_BENEF, 5),
    "bzh_fee236": lambda p, c: _pick(p, _BZH_FEES, 6),
    # Alsace: grape pickers
    "als_family236": lambda p, c: _pick(p, _ALS_FAMILY, 2),
    "als_given236": lambda p, c: _by_sex(p, _ALS_MEN, _ALS_WOMEN, 1),
    "als_pob236": lambda p, c: _row(p, _ALS_BIRTH, 5)[0],
    "als_nir236": lambda p, c: _nir_of(p, _row(p, _ALS_BIRTH, 5)[1]).replace(" ", ""),
    "als_addr236": lambda p, c: ", ".join(
        (_row(p, _ALS_HOMES, 3)[0], " ".join(_row(p, _ALS_HOMES, 3)[1:3]))
    ),
    "als_phone236": lambda p, c: _fr_phone(p, _row(p, _ALS_HOMES, 3)[3]),
    "als_plot236": lambda p, c: _pick(p, _ALS_PLOT, 4),
    "als_grape236": lambda p, c: _pick(p, _ALS_GRAPE, 5),
    "als_hours236": lambda p, c: f"{20 + _num(p, 60)},{'05'[_num(p, 2) - 1]}",
    "als_rate236": lambda p, c: _pick(p, ("11,88 €", "11,88 €", "12,40 €", "13,10 €"), 6),
    "als_end236": lambda p, c: f"{p.other_date + timedelta(days=10 + _num(p, 12)):%d/%m/%Y}",
    # Corsica: resident's fare card
    "cor_family236": lambda p, c: _pick(p, _COR_FAMILY, 2),
    "cor_given236": lambda p, c: _by_sex(p, _COR_MEN, _COR_WOMEN, 1),
    "cor_pob236": lambda p, c: _row(p, _COR_BIRTH, 4)[0],
    "cor_nir236": lambda p, c: _nir_of(p, _cor_code(p)),
    "cor_street236": lambda p, c: _row(p, _COR_TOWNS, 3)[0],
    "cor_cp236": lambda p, c: _row(p, _COR_TOWNS, 3)[1],
    "cor_town236": lambda p, c: _row(p, _COR_TOWNS, 3)[2],
    "cor_phone236": lambda p, c: _cor_phone(p),
    "cor_card236": lambda p, c: f"CR-{_cor_code(p)[:2]}-{p.bhxh[-6:]}",
    "cor_proof236": lambda p, c: _pick(p, _COR_PROOF, 4),
    "cor_status236": lambda p, c: _pick(p, _COR_STATE, 5),
    # French Basque Country: the eusko's members
    "eus_family236": lambda p, c: _pick(p, _EUS_FAMILY, 2),
    "eus_given236": lambda p, c: _by_sex(p, _EUS_MEN, _EUS_WOMEN, 1),
    "eus_street236": lambda p, c: _row(p, _EUS_HOMES, 3)[0],
    "eus_cp236": lambda p, c: _row(p, _EUS_HOMES, 3)[1],
    "eus_town236": lambda p, c: _row(p, _EUS_HOMES, 3)[2],
    "eus_phone236": lambda p, c: _fr_phone(p, "05 59"),
    "eus_member236": lambda p, c: f"E{p.bhxh[-5:]}",
    "eus_account236": lambda p, c: f"{p.bhxh[:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "eus_assoc236": lambda p, c: _pick(p, _EUS_ASSOC, 4),
    "eus_lang236": lambda p, c: _pick(p, _EUS_LANG, 5),
    "eus_change236": lambda p, c: f"{_num(p, 60) * 10} eusko",
    # Monaco: home alarm
    "mc_family236": lambda p, c: _pick(p, _MC_FAMILY, 2),
    "mc_given236": lambda p, c: _by_sex(p, _MC_GIVEN_M, _MC_GIVEN_F, 1),
    "mc_nat236": lambda p, c: _pick(p, ("Monégasque", "Française", "Italienne", "Monégasque"), 3),
    "mc_street236": lambda p, c: _row(p, _MC_HOMES, 3)[0],
    "mc_quarter236": lambda p, c: _row(p, _MC_HOMES, 3)[1],
    "mc_phone236": lambda p, c: _mc_phone(p),
    "mc_doctor236": lambda p, c: _pick(p, _MC_DOCTOR, 4),
    "mc_kin236": lambda p, c: (
        f"{_pick(p, _MC_FAMILY, 6)} {_pick(p, _MC_GIVEN_F, 7)} ({_pick(p, _MC_KIN, 5)})"
    ),
    "mc_kin_phone236": lambda p, c: f"+33 6 {_pairs(_other_phone(p, '06')[-8:])}",
    "mc_box236": lambda p, c: f"TA-{p.bhxh[-4:]}",
    "mc_fee236": lambda p, c: _pick(p, ("Gratuit", "15,00 €", "25,00 €"), 8),
    "mc_obs236": lambda p, c: _pick(p, _MC_OBS, 9),
}
