"""How the people of the hundred-and-fifty-eighth part of the outside corpus (**blind 158**,
:mod:`lienthong.quality._corpus_blind158`) are written: four Vietnamese files' own columns (a
pesticide retailer checked by the plant protection office, a home childminder running an
independent nursery group, a player of an old people's xiangqi tournament, a family asking the
commune to exhume and rebury a grave) and Basque, Galician, Welsh, Breton and Corsican names,
places, phones and numbers in the forms their registers show (the DNI and NIE end in their
letter, the NHS number in its modulus 11 digit, the NIR in its key, with 2A and 2B counted as 19
and 18 and a Corsican born before 1976 under department 20, the SIRET in its Luhn digit)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _nhs
from lienthong.quality._corpus_blind42_writers import _dni, _nie
from lienthong.quality._corpus_blind52_writers import _luhn
from lienthong.quality._corpus_blind85_writers import _items

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_SHOPS = _items(
    "Đại lý VTNN Thành Đạt; Cửa hàng BVTV Hai Lúa; Đại lý phân bón - thuốc BVTV Mười Hùng"
    "; CH vật tư nông nghiệp Kim Ngân; Đại lý cấp 2 Phước Lộc"
)
_VN_MARKETS = _items("Chợ xã; Ấp Tân Lập; Ngã ba Cây Gáo; Tổ 5, ấp Bình Thạnh; Ki-ốt số 3 chợ Mới")
_VN_BV_CHECK = ("Đạt", "Đạt", "Bày bán thuốc ngoài danh mục", "Đạt", "Chưa niêm yết giá")
_VN_NURSERIES = _items(
    "Nhóm trẻ Hoa Mai; Nhóm trẻ Búp Sen Xanh; Nhóm trẻ Thỏ Ngọc; Nhóm lớp Sao Mai"
)
_VN_DEGREES = ("Trung cấp SP mầm non", "Cao đẳng SP mầm non", "Đại học GDMN", "Sơ cấp nghề")
_VN_AGES = ("6 - 36 tháng", "18 - 36 tháng", "24 - 72 tháng", "12 - 36 tháng")
_VN_XQ_BRANCH = _items(
    "Chi hoi NCT thon 1; Chi hoi NCT thon Dong; Chi hoi NCT xom Chua; Chi hoi ap 3"
)
_VN_XQ_EVENTS = ("Co tuong ca nhan nam", "Co tuong dong doi", "Co up", "Co tuong ca nhan nu")
_VN_GRAVES = (
    "Lô A, hàng 3, mộ số 12",
    "Lô B2 - H5 - M07",
    "Khu C, hàng 1, số 4",
    "Lô D hàng 8 số 21",
)
_VN_REBURY_TO = _items(
    "Nghĩa trang nhân dân xã; Công viên nghĩa trang Lạc Hồng Viên; Khu mộ gia tộc tại thôn 2"
    "; Hỏa táng, gửi tro cốt tại chùa"
)
_VN_RELATIONS = ("Con trai", "Con gái", "Cháu nội", "Vợ", "Chồng", "Em ruột")
# -- Basque Country: an euskaltegi's enrolments ---------------------------------------------------
_EUS_FAMILY = _items(
    "Etxeberria Goikoetxea; Agirre Zubizarreta; Urrutia Arana; Garmendia Larrañaga"
    "; Bengoetxea Iturbe; Elizondo Mendizabal; Fernández Olabarria; Iriondo Otegi"
)
_EUS_MEN = _items("Iñaki; Unai; Jon; Aitor; Mikel; Asier; Gorka; Xabier")
_EUS_WOMEN = _items("Ane; Maite; Nerea; Itziar; Amaia; Leire; Garazi; Miren")
#: (street, postcode, town, territory)
_EUS_PLACES = (
    ("Kale Nagusia 14, 2. ezk.", "20500", "Arrasate", "Gipuzkoa"),
    ("Zabalbide kalea 37, 4. B", "48006", "Bilbo", "Bizkaia"),
    ("Portal de Castilla 52, 3º dcha", "01007", "Vitoria-Gasteiz", "Araba"),
    ("Txurruka kalea 5, behea", "20400", "Tolosa", "Gipuzkoa"),
    ("San Pedro plaza 2, 1. A", "48300", "Gernika-Lumo", "Bizkaia"),
)
_EUS_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C1 (HABE)")
_EUS_GRANTS = ("Bai / Sí", "Ez / No", "Bai / Sí", "Eskatuta / Solicitada")
# -- Galicia: shellfish gatherers on foot ---------------------------------------------------------
_GAL_FAMILY = _items(
    "Otero Castro; Piñeiro Lema; Lorenzo Souto; Vilar Rial; Pazos Fariña; Dopazo Abal"
    "; Mariño Carril"
)
_GAL_MEN = _items("Xosé; Manuel; Xoán; Ramón; Brais; Andrés")
_GAL_WOMEN = _items("Carme; Pilar; Dolores; Uxía; Rosa María; Xiana; Maruxa")
#: (street, parish, concello, postcode, confraría)
_GAL_PLACES = (
    (
        "Lugar de Abalo, 12",
        "Santa María de Corrubedo",
        "Ribeira",
        "15969",
        "Confraría de Corrubedo",
    ),
    (
        "Rúa do Porto, 3, 1º",
        "San Xoán de Carril",
        "Vilagarcía de Arousa",
        "36611",
        "Confraría de Carril",
    ),
    ("Camiño da Praia, 45", "San Martiño de Noia", "Noia", "15200", "Confraría de Noia"),
    (
        "Rúa Real, 20 baixo",
        "Santa Mariña de Cambados",
        "Cambados",
        "36630",
        "Confraría de Cambados",
    ),
    ("O Freixo, 7", "Santa Eulalia de Outes", "Outes", "15230", "Confraría do Freixo"),
)
_GAL_SPECIES = ("Berberecho, ameixa", "Ameixa fina, babosa", "Navalla", "Berberecho", "Percebe")
_GAL_STATUS = ("Alta", "Alta", "Baixa temporal (IT)", "Alta", "Xubilación")
# -- Wales: a surgery's flu vaccination list -----------------------------------------------------
_WLS_FAMILY = _items("Jones; Williams; Davies; Evans; Thomas; Roberts; Pritchard; Llewelyn; Hughes")
_WLS_MEN = _items("Rhys; Dafydd; Gareth; Iwan; Huw; Emyr; Gwilym")
_WLS_WOMEN = _items("Siân; Ffion; Bethan; Eirlys; Nia; Gwenllian; Catrin")
#: (street, town, postcode, surgery, landline)
_WLS_PLACES = (
    ("12 Stryd y Bont", "Aberystwyth", "SY23 1QB", "Meddygfa Ystwyth", "01970"),
    ("5 Heol y Frenhines", "Caerfyrddin", "SA31 1JR", "Meddygfa Tywi", "01267"),
    ("Bryn Awel, Ffordd Caernarfon", "Pwllheli", "LL53 5LF", "Meddygfa Rhydbach", "01758"),
    ("27 Ffordd Pen-y-lan", "Caerdydd", "CF23 5HE", "Canolfan Iechyd Pen-y-lan", "029"),
    ("3 Maes y Dre", "Bala", "LL23 7AB", "Canolfan Iechyd Bala", "01678"),
)
_WLS_RISK = ("65+", "Clinical risk / Risg glinigol", "Carer / Gofalwr", "Pregnant / Beichiog")
_WLS_VACCINES = ("aTIV (Fluad)", "QIVc (Flucelvax)", "aTIV (Fluad)", "QIVr (Supemtek)")
_WLS_LANG = ("Cymraeg", "English", "Cymraeg", "English", "English")
_WLS_NURSES = _items("Nyrs A. Parry; Nyrs G. Owen; Fferyllydd D. Morgan; HCA L. Lloyd")
# -- Brittany: adults on a Breton immersion course ---------------------------------------------
_BZH_FAMILY = _items("Le Gall; Tanguy; Le Bihan; Kerboriou; Le Goff; Guillou; Prigent; Le Floc'h")
_BZH_MEN = _items("Yann; Erwan; Loïc; Gwenaël; Tangi; Maël; Ronan")
_BZH_WOMEN = _items("Nolwenn; Maïwenn; Annaig; Soizic; Gwenola; Morgane; Katell")
#: (birthplace, INSEE code)
_BZH_BIRTH = (
    ("Kemper / Quimper", "29232"),
    ("Brest", "29019"),
    ("Montroulez / Morlaix", "29151"),
    ("Lannuon / Lannion", "22113"),
    ("Sant-Brieg / Saint-Brieuc", "22278"),
    ("Gwened / Vannes", "56260"),
    ("An Oriant / Lorient", "56121"),
    ("Roazhon / Rennes", "35238"),
    ("Karaez / Carhaix-Plouguer", "29024"),
    ("Gwengamp / Guingamp", "22070"),
)
#: (street, postcode, commune, landline head)
_BZH_HOMES = (
    ("12 straed ar Vro / rue du Pays", "29270", "Karaez-Plougêr", "02 98"),
    ("4 hent Kerampuil", "22110", "Rostrenn / Rostrenen", "02 96"),
    ("Lieu-dit Kergoat", "29530", "Plonevez-du-Faou", "02 98"),
    ("27 rue de Siam", "29200", "Brest", "02 98"),
    ("8 plasenn an Iliz / place de l'Église", "56310", "Bubri / Bubry", "02 97"),
)
_BZH_SITES = (
    "Stumdi Landerne",
    "Stumdi Karaez",
    "Mervent Kemper",
    "Roudour Karaez",
    "Stumdi Gwened",
)
_BZH_FUNDERS = ("Rannvro Breizh / Région", "France Travail", "CPF", "Rannvro Breizh / Région")
_BZH_STATUS = ("O vont en-dro / En cours", "Echuet / Terminé", "Dilezet / Abandon", "O vont en-dro")
# -- Corsica: pastoral aid applications ----------------------------------------------------------
_COR_FAMILY = _items("Santoni; Paoli; Casanova; Leca; Mattei; Bartoli; Giacomoni; Luciani")
_COR_MEN = _items("Ghjuvan Petru; Anton Francescu; Paul-Antoine; Dumenicu; Jean-Baptiste; Xavier")
_COR_WOMEN = _items("Marie-Dominique; Ghjulia; Paola; Anna Maria; Marie-Laure; Ghjacumina")
#: (birthplace, INSEE code after 1976)
_COR_BIRTH = (
    ("Aiacciu / Ajaccio", "2A004"),
    ("Bastia", "2B033"),
    ("Corti / Corte", "2B096"),
    ("Portivechju / Porto-Vecchio", "2A247"),
    ("Sartè / Sartène", "2A272"),
    ("Calvi", "2B050"),
)
#: (street, postcode, commune)
_COR_HOMES = (
    ("Lieu-dit Pastricciola, Casa Santoni", "20121", "Salice"),
    ("U Borgu, strada di a Chjesa", "20218", "Moltifao"),
    ("Hameau de Cuttoli", "20167", "Cuttoli-Corticchiato"),
    ("Route de Venaco", "20250", "Corti / Corte"),
    ("Bergerie de Capanelle", "20227", "Ghisoni"),
    ("Lotissement U Chjosu", "20137", "Portivechju / Porto-Vecchio"),
)
_COR_SPECIES = ("Ovini / Ovins", "Caprini / Caprins", "Porcini / Porcins", "Bovini / Bovins")
_COR_STATUS = ("In corsu / En cours", "Accurdatu / Accordé", "Ricusatu / Refusé", "Incompletu")


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 7 + 1) % len(table)]


def _vn_money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- the Spanish DNI or NIE of a Basque or Galician resident ----------------------------------
def _eus_dni(p: Person) -> str:
    """Most have a DNI; one in eight an NIE (a resident foreigner); the letter is always there."""
    return _nie(p) if int(p.bhxh) % 8 == 3 else _dni(p)


def _gal_dni(p: Person) -> str:
    """The DNI as a Galician form writes it: the eight digits, a dash, the letter."""
    d = _dni(p)
    return f"{d[:8]}-{d[8]}" if int(p.bhxh) % 3 == 0 else d


def _es_mobile(p: Person, lead: str = "6") -> str:
    d = f"{lead}{p.phone[-8:]}"
    return f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"


def _eus_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 1:  # a landline of the territory
        head = {"Gipuzkoa": "943", "Bizkaia": "944", "Araba": "945"}[_row(p, _EUS_PLACES, 2)[3]]
        body = (head + p.phone[-9:])[:9]
        return f"{body[:3]} {body[3:6]} {body[6:]}"
    return _es_mobile(p)


def _gal_phone(p: Person) -> str:
    if int(p.bhxh) % 5 == 2:
        return f"+34 {_es_mobile(p)}"
    return _es_mobile(p, "6")


# -- the NIR, with the Breton or Corsican place of birth --------------------------------------
def _nir_of(p: Person, code: str) -> str:
    """Sex, year and month, the INSEE code, an order number and the key: 97 less the remainder by
    97, Corsica's 2A and 2B counted as 19 and 18 for the key."""
    order = f"{1 + int(p.bhxh[-3:]) % 999:03d}"
    head = f"{1 if p.male else 2}{p.birth:%y%m}{code}{order}"
    key = 97 - int(head.replace("2A", "19").replace("2B", "18")) % 97
    return f"{head[0]} {head[1:3]} {head[3:5]} {head[5:7]} {head[7:10]} {head[10:]} {key:02d}"


def _cor_code(p: Person) -> str:
    """A Corsican born before 1976 was born in department 20, not 2A or 2B."""
    code = _row(p, _COR_BIRTH, 4)[1]
    return "20" + code[2:] if p.birth.year < 1976 else code


def _fr_mobile(p: Person) -> str:
    d = f"0{'67'[int(p.bhxh) % 2]}{p.phone[-8:]}"
    return " ".join(d[i : i + 2] for i in range(0, 10, 2))


def _bzh_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        tail = p.phone[-6:]
        return f"{_row(p, _BZH_HOMES, 3)[3]} {tail[:2]} {tail[2:4]} {tail[4:]}"
    return _fr_mobile(p)


def _cor_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 1:
        tail = p.phone[-6:]
        return f"04 95 {tail[:2]} {tail[2:4]} {tail[4:]}"
    return _fr_mobile(p).replace(" ", "") if int(p.bhxh) % 2 else _fr_mobile(p)


def _siret(p: Person) -> str:
    body = f"{p.bhxh[1:9]}{p.bhxh[3:8]}"
    siren_body = body[:8]
    siren = f"{siren_body}{_luhn(siren_body)}"
    nic = f"000{p.bhxh[-1]}"
    return f"{siren} {nic}{_luhn(siren + nic)}"


# -- Wales ---------------------------------------------------------------------------------------
def _wls_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        head = _row(p, _WLS_PLACES, 5)[4]
        rest = p.phone[-(10 - len(head) + 1) :]
        return f"{head} {rest}" if head != "029" else f"029 {rest[:4]} {rest[4:]}"
    return f"07{p.phone[-9:-6]} {p.phone[-6:]}"


def _wls_risk(p: Person) -> str:
    """65 and over by age; the younger ones are in a clinical risk group, carers or pregnant."""
    if p.birth.year <= 1960:
        return _WLS_RISK[0]
    return _pick(p, _WLS_RISK[1:] if not p.male and p.birth.year >= 1982 else _WLS_RISK[1:3], 4)


def _ascii_vn(text: str) -> str:
    """A Vietnamese name typed without its diacritics."""
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


WRITERS_BLIND158: dict[str, Callable[[Person, Col], object]] = {
    # a plant protection office's check of pesticide retailers
    "bv_shop158": lambda p, c: _pick(p, _VN_SHOPS, 2),
    "bv_place158": lambda p, c: _pick(p, _VN_MARKETS, 3),
    "bv_cert158": lambda p, c: f"{_num(p, 400):03d}/GCN-TTBVTV",
    "bv_training158": lambda p, c: f"CC-{p.bhxh[2:6]}/{2018 + int(p.bhxh) % 7}",
    "bv_seller158": lambda p, c: "Chủ cơ sở" if int(p.bhxh) % 3 else _other_vn(p, 4),
    "bv_check158": lambda p, c: _pick(p, _VN_BV_CHECK, 5),
    # an independent private nursery group registered with the commune
    "nt_group158": lambda p, c: _pick(p, _VN_NURSERIES, 2),
    "nt_degree158": lambda p, c: _pick(p, _VN_DEGREES, 3),
    "nt_cert158": lambda p, c: "Có" if int(p.bhxh) % 4 else "Chưa có",
    "nt_place158": lambda p, c: f"Tổ {_num(p, 12)}, khu phố {_num(p, 6)} (nhà thuê)",
    "nt_children158": lambda p, c: 5 + _num(p, 25),
    "nt_ages158": lambda p, c: _pick(p, _VN_AGES, 4),
    # an old people's xiangqi tournament
    "ct_branch158": lambda p, c: _pick(p, _VN_XQ_BRANCH, 2),
    "ct_event158": lambda p, c: _pick(p, _VN_XQ_EVENTS, 3),
    "ct_points158": lambda p, c: f"{_num(p, 7) - 1},{'50'[int(p.bhxh) % 2]}",
    "ct_rank158": lambda p, c: _num(p, 32),
    "ct_referee158": lambda p, c: _ascii_vn(_other_vn(p, 6, male=True)),
    # a commune's permits to exhume and rebury a grave
    "ct_relation158": lambda p, c: _pick(p, _VN_RELATIONS, 3),
    "ct_deceased158": lambda p, c: _other_vn(p, 5, family=p.family),
    "ct_died158": lambda p, c: 1968 + _num(p, 50),
    "ct_grave158": lambda p, c: _pick(p, _VN_GRAVES, 4),
    "ct_to158": lambda p, c: _pick(p, _VN_REBURY_TO, 2),
    "ct_fee158": lambda p, c: _vn_money(500_000 + 250_000 * (int(p.bhxh) % 5)),
    "ct_officer158": lambda p, c: f"{_other_vn(p, 8)} - {_other_phone(p, '08')}",
    # the Basque Country: an euskaltegi's enrolments (HABE)
    "eus_dni158": lambda p, c: _eus_dni(p),
    "eus_family158": lambda p, c: _pick(p, _EUS_FAMILY, 2),
    "eus_given158": lambda p, c: _by_sex(p, _EUS_MEN, _EUS_WOMEN, 3),
    "eus_sex158": lambda p, c: "Gizona / Hombre" if p.male else "Emakumea / Mujer",
    "eus_street158": lambda p, c: _row(p, _EUS_PLACES, 2)[0],
    "eus_cp158": lambda p, c: _row(p, _EUS_PLACES, 2)[1],
    "eus_town158": lambda p, c: _row(p, _EUS_PLACES, 2)[2],
    "eus_terr158": lambda p, c: _row(p, _EUS_PLACES, 2)[3],
    "eus_phone158": lambda p, c: _eus_phone(p),
    "eus_level158": lambda p, c: _pick(p, _EUS_LEVELS, 4),
    "eus_group158": lambda p, c: (
        f"{_pick(p, ('G', 'A', 'T'), 5)}{_num(p, 9)}-{2024 + int(p.bhxh) % 2}"
    ),
    "eus_fee158": lambda p, c: f"{160 + 20 * (int(p.bhxh) % 8)},00",
    "eus_grant158": lambda p, c: _pick(p, _EUS_GRANTS, 6),
    # Galicia: a confraría's shellfish gatherers on foot (PERMEX)
    "gal_family158": lambda p, c: _pick(p, _GAL_FAMILY, 2),
    "gal_given158": lambda p, c: _by_sex(p, _GAL_MEN, _GAL_WOMEN, 3),
    "gal_dni158": lambda p, c: _gal_dni(p),
    "gal_street158": lambda p, c: _row(p, _GAL_PLACES, 3)[0],
    "gal_parish158": lambda p, c: _row(p, _GAL_PLACES, 3)[1],
    "gal_concello158": lambda p, c: _row(p, _GAL_PLACES, 3)[2],
    "gal_cp158": lambda p, c: _row(p, _GAL_PLACES, 3)[3],
    "gal_cofradia158": lambda p, c: _row(p, _GAL_PLACES, 3)[4],
    "gal_phone158": lambda p, c: _gal_phone(p),
    "gal_permex158": lambda p, c: f"PX-{p.bhxh[3:8]}-{_pick(p, ('CO', 'PO'), 4)}",
    "gal_plan158": lambda p, c: f"PE marisqueo a pé {2024 + int(p.bhxh) % 2}",
    "gal_species158": lambda p, c: _pick(p, _GAL_SPECIES, 5),
    "gal_naf158": lambda p, c: f"{_pick(p, ('15', '36'), 6)}/{p.bhxh[:8]}/{p.bhxh[8:]}",
    "gal_status158": lambda p, c: _pick(p, _GAL_STATUS, 7),
    # Wales: a surgery's flu vaccination list
    "wls_nhs158": lambda p, c: _nhs(p) if int(p.bhxh) % 4 else _nhs(p).replace(" ", ""),
    "wls_family158": lambda p, c: _pick(p, _WLS_FAMILY, 2),
    "wls_given158": lambda p, c: _by_sex(p, _WLS_MEN, _WLS_WOMEN, 3),
    "wls_sex158": lambda p, c: (
        ("G / M" if p.male else "B / F") if int(p.bhxh) % 2 else ("Gwryw" if p.male else "Benyw")
    ),
    "wls_street158": lambda p, c: _row(p, _WLS_PLACES, 5)[0],
    "wls_town158": lambda p, c: _row(p, _WLS_PLACES, 5)[1],
    "wls_pc158": lambda p, c: _row(p, _WLS_PLACES, 5)[2],
    "wls_phone158": lambda p, c: _wls_phone(p),
    "wls_gp158": lambda p, c: f"Dr {_pick(p, _WLS_FAMILY, 6)} ({_row(p, _WLS_PLACES, 5)[3]})",
    "wls_risk158": lambda p, c: _wls_risk(p),
    "wls_vaccine158": lambda p, c: _pick(p, _WLS_VACCINES, 7),
    "wls_batch158": lambda p, c: f"{_pick(p, ('AF', 'QV', 'RS'), 8)}{p.bhxh[4:8]}",
    "wls_vaccinator158": lambda p, c: _pick(p, _WLS_NURSES, 9),
    "wls_lang158": lambda p, c: _pick(p, _WLS_LANG, 10),
    # Brittany: adults on a Breton immersion course (Stumdi)
    "bzh_family158": lambda p, c: _pick(p, _BZH_FAMILY, 2),
    "bzh_given158": lambda p, c: _by_sex(p, _BZH_MEN, _BZH_WOMEN, 3),
    "bzh_pob158": lambda p, c: _row(p, _BZH_BIRTH, 4)[0],
    "bzh_nir158": lambda p, c: _nir_of(p, _row(p, _BZH_BIRTH, 4)[1]),
    "bzh_street158": lambda p, c: _row(p, _BZH_HOMES, 3)[0],
    "bzh_cp158": lambda p, c: _row(p, _BZH_HOMES, 3)[1],
    "bzh_commune158": lambda p, c: _row(p, _BZH_HOMES, 3)[2],
    "bzh_phone158": lambda p, c: _bzh_phone(p),
    "bzh_ft158": lambda p, c: f"{p.bhxh[1:8]}{_pick(p, tuple('ABCDEFGHJKLMNPRSTVWXYZ'), 5)}",
    "bzh_level158": lambda p, c: _pick(p, ("Deraouidi / Débutant", "A2", "B1", "B2"), 6),
    "bzh_site158": lambda p, c: _pick(p, _BZH_SITES, 7),
    "bzh_funder158": lambda p, c: _pick(p, _BZH_FUNDERS, 8),
    "bzh_status158": lambda p, c: _pick(p, _BZH_STATUS, 9),
    # Corsica: pastoral aid applications to the ODARC
    "cor_family158": lambda p, c: _pick(p, _COR_FAMILY, 2),
    "cor_given158": lambda p, c: _by_sex(p, _COR_MEN, _COR_WOMEN, 3),
    "cor_pob158": lambda p, c: _row(p, _COR_BIRTH, 4)[0],
    "cor_nir158": lambda p, c: _nir_of(p, _cor_code(p)),
    "cor_street158": lambda p, c: _row(p, _COR_HOMES, 5)[0],
    "cor_cp158": lambda p, c: _row(p, _COR_HOMES, 5)[1],
    "cor_commune158": lambda p, c: _row(p, _COR_HOMES, 5)[2],
    "cor_phone158": lambda p, c: _cor_phone(p),
    "cor_siret158": lambda p, c: _siret(p),
    "cor_pacage158": lambda p, c: f"0{_pick(p, ('2A', '2B'), 6)}{p.bhxh[4:10]}",
    "cor_species158": lambda p, c: _pick(p, _COR_SPECIES, 7),
    "cor_heads158": lambda p, c: 20 + _num(p, 380),
    "cor_aid158": lambda p, c: f"{1500 + 250 * (int(p.bhxh) % 23)} €",
    "cor_status158": lambda p, c: _pick(p, _COR_STATUS, 8),
}

__all__ = ["WRITERS_BLIND158"]
