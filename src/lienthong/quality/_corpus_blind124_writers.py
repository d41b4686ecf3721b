"""How the people of the hundred-and-twenty-fourth part of the outside corpus (**blind 124**,
:mod:`lienthong.quality._corpus_blind124`) are written: four Vietnamese files' own columns (a
mobile retailer's subscriber registrations, a district's household business certificates, a
commune's student loan group at the social policy bank, a ward's Red Cross members) and French,
Belgian, Dutch, Monegasque and Andorran names, addresses, phones and identity numbers in the
forms their papers show (the NIR with its key, the rijksregisternummer with its mod-97 check,
the BSN with its 11-proof, the Monaco residence card, the Andorran CASS number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _bsn
from lienthong.quality._corpus_blind50_writers import _rrn_be
from lienthong.quality._corpus_blind102_writers import (
    _AD_FAMILY,
    _AD_GIVEN_F,
    _AD_GIVEN_M,
    _FR_BIRTHPLACES,
    _FR_FAMILY,
    _FR_GIVEN_F,
    _FR_GIVEN_M,
    _MC_FAMILY,
    _MC_GIVEN_F,
    _MC_GIVEN_M,
    _nir102,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_SUB_TYPES = ("Trả trước", "Trả trước", "Trả sau", "Trả trước (eSIM)")
_VN_ISSUERS = ("Cục CS QLHC về TTXH", "Cục Cảnh sát QLHC về TTXH", "Bộ Công an")
_VN_PLANS = ("V120B", "ST90", "SD135", "TOM690", "MXH120", "—")
_VN_SHOPS = ("CH Viettel Thủ Đức 2", "ĐL Minh Phát", "CH Vinaphone Q9", "ĐBL Hoàng Long")
_VN_CLERKS = ("NV. Trần Thị Thu", "NV. Lê Hoàng Nam", "NV. Đỗ Minh Quân")
_VN_HKD_NAMES = (
    "Hộ KD Tạp hóa {0}",
    "Hộ KD Quán cơm {0}",
    "Hộ KD Tiệm tóc {0}",
    "Hộ KD Sửa xe {0}",
    "Hộ KD Cà phê {0}",
)
_VN_HKD_TRADES = (
    "Bán lẻ thực phẩm, đồ uống",
    "Dịch vụ ăn uống",
    "Cắt tóc, gội đầu",
    "Sửa chữa mô tô, xe máy",
    "Dịch vụ phục vụ đồ uống",
)
_VN_HKD_PLACES = (
    "Ki-ốt 14, chợ Phước Long",
    "45 đường số 8, phường Linh Xuân",
    "Lô B2, KDC Hiệp Thành",
    "112 Lê Văn Việt, phường Hiệp Phú",
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày")
_VN_SCHOOLS = (
    "ĐH Sư phạm Huế",
    "CĐ Y tế Thanh Hóa",
    "ĐH Vinh",
    "ĐH Kinh tế Quốc dân",
    "CĐ nghề Việt - Đức Nghệ An",
)
_VN_LOAN_CAT = ("Hộ nghèo", "Hộ cận nghèo", "Hộ có mức sống TB", "Hộ gặp khó khăn đột xuất")
_VN_GROUPS = ("Tổ TK&VV thôn 3 (Hội ND)", "Tổ TK&VV xóm Đông (Hội PN)", "Tổ TK&VV thôn 5 (ĐTN)")
_VN_RC_BRANCHES = (
    "Chi hội KP1",
    "Chi hội KP2",
    "Chi hội KP4",
    "Chi hội trường THCS",
    "Chi hội CCB",
)
_VN_RC_JOBS = ("Hưu trí", "Buôn bán", "Công nhân", "Nội trợ", "Giáo viên", "Học sinh")

# -- France -------------------------------------------------------------------------------------
#: (street line, postcode, commune) in the Nord
_FR_NORD = (
    ("14 rue Jean Jaurès", "59000", "LILLE"),
    ("3 résidence Les Tilleuls, bât. C", "59650", "VILLENEUVE-D'ASCQ"),
    ("27 rue de Lannoy", "59100", "ROUBAIX"),
    ("8 allée des Myosotis", "59200", "TOURCOING"),
    ("112 avenue de Dunkerque", "59160", "LOMME"),
    ("5 chemin du Halage", "59300", "VALENCIENNES"),
)
_FR_PUER = ("Mme Delattre (UTPAS Lille)", "Mme Vandamme (UTPAS Roubaix)", "M. Lefebvre (UTPAS)")
_FR_AGES = ("0-3 ans", "0-6 ans", "3 mois - 3 ans", "périscolaire")

# -- Belgium ------------------------------------------------------------------------------------
#: (street line, postcode, commune, language of the row)
_BE_LIEGE = (
    ("Aachener Straße 12", "4700", "Eupen", "de"),
    ("Hauptstraße 45", "4780", "Sankt Vith", "de"),
    ("Rue Saint-Gilles 120/3", "4000", "Liège", "fr"),
    ("Rue de la Station 3", "4800", "Verviers", "fr"),
    ("Avenue Reine Astrid 17", "4900", "Spa", "fr"),
    ("Kerkplein 4", "3790", "Voeren", "nl"),
)
_BE_FAMILY = ("Schmitz", "Lambert", "Dubois", "Heinen", "Kessler", "Dupont", "Janssen", "Mertens")
_BE_GIVEN_M = ("Jean-Luc", "Michael", "Thomas", "Pierre", "Jozef", "Stefan")
_BE_GIVEN_F = ("Marie-Claire", "Sandra", "Nathalie", "Annick", "Anja", "Els")
_BE_POB = ("Eupen", "Liège", "Malmedy", "Aachen (DE)", "Verviers", "Tongeren")
_BE_JOBS = ("employé(e)", "Lehrer(in)", "ouvrier", "indépendant", "bediende", "retraité(e)")
_BE_DIPL = ("CESS", "Abitur", "bachelier", "master", "CEB", "ASO")
_BE_EXEMPT = ("", "", "", "> 65 ans", "raison médicale", "Beruf: Polizei", "")

# -- Netherlands --------------------------------------------------------------------------------
#: (street and number, postcode, woonplaats)
_NL_HOMES = (
    ("Oudegracht 214", "3511 NS", "Utrecht"),
    ("Amsterdamsestraatweg 501-bis", "3553 EH", "Utrecht"),
    ("Kanaalweg 44", "3526 KM", "Utrecht"),
    ("Dorpsstraat 9", "3732 HJ", "De Bilt"),
    ("Biltstraat 88", "3572 BG", "Utrecht"),
    ("Marnixlaan 310", "3552 HK", "Utrecht"),
)
_NL_FAMILY = ("Jansen", "Bakker", "Visser", "Smit", "Mulder", "Bos", "Yilmaz", "Hoekstra")
_NL_PREFIX = ("", "", "de", "van", "van der", "", "van den")
_NL_GIVEN_M = ("Johannes Petrus", "Daan", "Pieter Willem", "Mohamed", "Sem", "Kees")
_NL_GIVEN_F = ("Maria Johanna", "Sanne", "Anna Elisabeth", "Fatma", "Lotte", "Ingrid")
_NL_POB = ("Utrecht", "Amersfoort", "Rotterdam", "Ankara (Turkije)", "Zeist", "Nieuwegein")
_NL_DOCS = ("Paspoort", "Identiteitskaart", "Paspoort", "Zakenpaspoort", "Identiteitskaart")
_NL_CLERKS = ("M. de Wit", "R. Kaya", "J. van Dijk", "S. Pranoto")
_NL_LETTERS = "BCDFGHJKLNPRSTVWXZ"

# -- Monaco -------------------------------------------------------------------------------------
_MC_RESIDENCES = (
    "Le Continental, 10 place des Moulins",
    "Le Sun Tower, 7 avenue Princesse Grace",
    "Le Bristol, 25 boulevard Albert 1er",
    "Villa Les Roses, 4 rue Louis Aureglia",
    "Le Formentor, 27 avenue Princesse Grace",
)
_MC_NATIONS_RES = ("Française", "Italienne", "Britannique", "Belge", "Suisse", "Allemande")
_MC_POB = ("Nice (06)", "Menton (06)", "Milano (Italie)", "London (UK)", "Bruxelles", "Genève")
_MC_CARD_TYPES = ("Temporaire", "Ordinaire", "Ordinaire", "Privilégiée")
_MC_EMPLOYERS = ("SBM", "Centre Hospitalier Princesse Grace", "Sans (rentier)", "Monaco Telecom")
_MC_OBS = ("", "", "Renouvellement", "Changement d'adresse", "", "Première demande")

# -- Andorra ------------------------------------------------------------------------------------
#: (street line, parish, postcode)
_AD_FLATS = (
    ("Av. Santa Coloma, 62, 4t 1a", "Andorra la Vella", "AD500"),
    ("C/ de la Unió, 5, 2n", "Escaldes-Engordany", "AD700"),
    ("Edifici Els Arcs, bloc B, 3r 2a", "Encamp", "AD200"),
    ("C/ Josep Viladomat, 18, àtic", "Sant Julià de Lòria", "AD600"),
    ("Av. del Través, 31, 1r 3a", "La Massana", "AD400"),
    ("Ctra. de la Comella, 14, 2n 1a", "Andorra la Vella", "AD500"),
)
_AD_CIVIL = ("solter/a", "casat/da", "divorciat/da", "vidu/vídua", "parella de fet")
_AD_LANDLORDS = ("Immobiliària Pyrénées", "Gestoria Font", "particular", "Finques Vall SA")
_AD_OBS = ("", "", "Manca certificat d'empadronament", "Renovació", "", "Unitat monoparental")


def _place(p: Person, places: tuple[_T, ...], salt: int = 13) -> _T:
    return places[int(p.bhxh) // salt % len(places)]


def _pairs(p: Person) -> str:
    digits = p.phone[-8:]
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def _nir_plain(p: Person) -> str:
    """The NIR's fifteen digits as a spreadsheet holds them, without spaces."""
    return _nir102(p).replace(" ", "")


def _nl_passport(p: Person) -> str:
    """A Dutch document number: nine characters of letters and digits, never the letter O."""
    n = int(p.bhxh)
    a = _NL_LETTERS[n % 18]
    b = _NL_LETTERS[n // 18 % 18]
    return f"{a}{b}{p.bhxh[2]}{_NL_LETTERS[n // 7 % 18]}{p.bhxh[4:7]}{_NL_LETTERS[n // 11 % 18]}1"


def _be_sex(p: Person) -> str:
    lang = _place(p, _BE_LIEGE)[3]
    if lang == "de":
        return "M" if p.male else "W"
    if lang == "nl":
        return "M" if p.male else "V"
    return "M" if p.male else "F"


WRITERS_BLIND124: dict[str, Callable[[Person, Col], object]] = {
    # a mobile retailer's subscriber registrations (Decree 163/2024)
    "subtype124": lambda p, c: _pick(p, _VN_SUB_TYPES, 2),
    "issuer124": lambda p, c: _pick(p, _VN_ISSUERS, 3),
    "serial124": lambda p, c: f"8984048{p.bhxh}{p.phone[-3:]}",
    "plan124": lambda p, c: _pick(p, _VN_PLANS, 4),
    "shop124": lambda p, c: _pick(p, _VN_SHOPS, 5),
    "clerk124": lambda p, c: _pick(p, _VN_CLERKS, 6),
    # a district's household business certificates
    "hkd_no124": lambda p, c: f"41M8{p.bhxh[-6:]}",
    "hkd_name124": lambda p, c: _pick(p, _VN_HKD_NAMES, 2).format(p.given.split()[-1]),
    "hkd_place124": lambda p, c: _pick(p, _VN_HKD_PLACES, 3),
    "hkd_trade124": lambda p, c: _pick(p, _VN_HKD_TRADES, 2),
    "hkd_capital124": lambda p, c: str(_num(p, 40) * 10 + 50),
    "hkd_staff124": lambda p, c: str(_num(p, 5)),
    "ethnic124": lambda p, c: _pick(p, _VN_ETHNIC, 4),
    # a commune's student loan group at the social policy bank
    "student124": lambda p, c: _other_vn(p, 5, family=p.family),
    "student_birth124": lambda p, c: (
        f"{_safe_day(2004 + _num(p, 4), p.birth.month, p.birth.day):%d/%m/%Y}"
    ),
    "school124": lambda p, c: _pick(p, _VN_SCHOOLS, 3),
    "year124": lambda p, c: str(2021 + _num(p, 4)),
    "loan124": lambda p, c: f"{(_num(p, 6) + 2) * 4_000_000:,}".replace(",", "."),
    "term124": lambda p, c: _pick(p, ("48", "60", "72", "96"), 4),
    "group124": lambda p, c: _pick(p, _VN_GROUPS, 5),
    "leader124": lambda p, c: _other_vn(p, 7),
    "cat124": lambda p, c: _pick(p, _VN_LOAN_CAT, 6),
    "loan_phone124": lambda p, c: _other_phone(p, "086"),
    # a ward's Red Cross members
    "rc_no124": lambda p, c: f"CTĐ-{p.bhxh[-5:]}",
    "rc_branch124": lambda p, c: _pick(p, _VN_RC_BRANCHES, 2),
    "rc_job124": lambda p, c: _pick(p, _VN_RC_JOBS, 3),
    "rc_fee124": lambda p, c: _pick(p, ("24.000", "24.000", "12.000", "Miễn"), 4),
    "rc_blood124": lambda p, c: str(_num(p, 9) - 1),
    # France: the PMI's register of approved childminders
    "agr_fr124": lambda p, c: f"AM-59-{p.other_date.year}-{p.bhxh[-5:]}",
    "nir_fr124": lambda p, c: _nir_plain(p),
    "fr_family124": lambda p, c: _pick(p, _FR_FAMILY, 2),
    "fr_given124": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 1),
    "fr_pob124": lambda p, c: _FR_BIRTHPLACES[int(p.bhxh) // 7 % len(_FR_BIRTHPLACES)][0],
    "fr_street124": lambda p, c: _place(p, _FR_NORD)[0],
    "fr_cp124": lambda p, c: _place(p, _FR_NORD)[1],
    "fr_town124": lambda p, c: _place(p, _FR_NORD)[2],
    "fr_phone124": lambda p, c: f"0{_pick(p, ('6', '7', '3'), 3)} {_pairs(p)}",
    "places_fr124": lambda p, c: _pick(p, ("3", "4", "4", "2", "3"), 4),
    "ages_fr124": lambda p, c: _pick(p, _FR_AGES, 5),
    "puer_fr124": lambda p, c: _pick(p, _FR_PUER, 6),
    "renew_fr124": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    # Belgium: a preparatory list of assize jurors (Liège)
    "rrn_be124": lambda p, c: _rrn_be(p),
    "be_family124": lambda p, c: _pick(p, _BE_FAMILY, 2).upper(),
    "be_given124": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1),
    "be_pob124": lambda p, c: _pick(p, _BE_POB, 3),
    "sex_be124": lambda p, c: _be_sex(p),
    "be_job124": lambda p, c: _pick(p, _BE_JOBS, 4),
    "be_street124": lambda p, c: _place(p, _BE_LIEGE)[0],
    "be_pc124": lambda p, c: _place(p, _BE_LIEGE)[1],
    "be_town124": lambda p, c: _place(p, _BE_LIEGE)[2],
    "be_lang124": lambda p, c: _place(p, _BE_LIEGE)[3].upper(),
    "be_dipl124": lambda p, c: _pick(p, _BE_DIPL, 5),
    "be_exempt124": lambda p, c: _pick(p, _BE_EXEMPT, 6),
    # the Netherlands: a municipality's travel document applications
    "nl_req124": lambda p, c: f"RD-{p.other_date.year}-{p.bhxh[-6:]}",
    "bsn_nl124": lambda p, c: _bsn(p),
    "nl_family124": lambda p, c: _pick(p, _NL_FAMILY, 2),
    "nl_prefix124": lambda p, c: _pick(p, _NL_PREFIX, 3),
    "nl_given124": lambda p, c: _by_sex(p, _NL_GIVEN_M, _NL_GIVEN_F, 1),
    "nl_pob124": lambda p, c: _pick(p, _NL_POB, 4),
    "sex_nl124": lambda p, c: "M" if p.male else "V",
    "nl_street124": lambda p, c: _place(p, _NL_HOMES)[0],
    "nl_pc124": lambda p, c: _place(p, _NL_HOMES)[1],
    "nl_town124": lambda p, c: _place(p, _NL_HOMES)[2].upper(),
    "nl_phone124": lambda p, c: f"06-{p.phone[-8:]}",
    "nl_doc124": lambda p, c: _pick(p, _NL_DOCS, 5),
    "nl_olddoc124": lambda p, c: _nl_passport(p),
    "nl_fee124": lambda p, c: _pick(p, ("84,35", "77,85", "84,35", "63,30"), 5),
    "nl_issue124": lambda p, c: f"{p.other_date + timedelta(days=6 + _num(p, 4)):%d-%m-%Y}",
    "nl_clerk124": lambda p, c: _pick(p, _NL_CLERKS, 6),
    # Monaco: the Sûreté publique's residence card holders
    "mc_card124": lambda p, c: f"CS {p.bhxh[-6:]}",
    "mc_type124": lambda p, c: _pick(p, _MC_CARD_TYPES, 2),
    "mc_family124": lambda p, c: _pick(p, _MC_FAMILY, 3),
    "mc_given124": lambda p, c: _by_sex(p, _MC_GIVEN_M, _MC_GIVEN_F, 1),
    "mc_pob124": lambda p, c: _pick(p, _MC_POB, 4),
    "mc_nation124": lambda p, c: _pick(p, _MC_NATIONS_RES, 5),
    "sex_mc124": lambda p, c: "M" if p.male else "F",
    "mc_addr124": lambda p, c: f"{_pick(p, _MC_RESIDENCES, 8)}, 98000 Monaco",
    "mc_phone124": lambda p, c: (
        f"+377 6 {_pairs(p)}"
        if int(p.bhxh) % 3
        else f"+377 {_pick(p, ('93', '97', '92'), 2)} {_pairs(p)[3:]}"
    ),
    "mc_employer124": lambda p, c: _pick(p, _MC_EMPLOYERS, 6),
    "mc_expiry124": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "mc_obs124": lambda p, c: _pick(p, _MC_OBS, 7),
    # Andorra: the Govern's rent aid applications
    "ad_file124": lambda p, c: f"AJH-{p.other_date.year}/{p.bhxh[-4:]}",
    "cass_ad124": lambda p, c: f"{100_000 + int(p.bhxh[-6:]) % 900_000}",
    "ad_cens124": lambda p, c: f"{_pick(p, ('ALV', 'EE', 'ENC', 'SJL', 'LM'), 3)}-{p.bhxh[:5]}",
    "ad_family124": lambda p, c: _pick(p, _AD_FAMILY, 2),
    "ad_given124": lambda p, c: _by_sex(p, _AD_GIVEN_M, _AD_GIVEN_F, 1),
    "ad_civil124": lambda p, c: _pick(p, _AD_CIVIL, 3),
    "ad_street124": lambda p, c: _place(p, _AD_FLATS)[0],
    "ad_parish124": lambda p, c: _place(p, _AD_FLATS)[1],
    "ad_pc124": lambda p, c: _place(p, _AD_FLATS)[2],
    "ad_phone124": lambda p, c: (
        f"+376 {_pick(p, ('3', '6', '8'), 4)}{p.phone[5:7]} {p.phone[7:10]}"
    ),
    "ad_members124": lambda p, c: str(_num(p, 5)),
    "ad_income124": lambda p, c: f"{(_num(p, 30) + 12) * 1000:,}".replace(",", "."),
    "ad_rent124": lambda p, c: f"{650 + _num(p, 60) * 10}",
    "ad_landlord124": lambda p, c: _pick(p, _AD_LANDLORDS, 5),
    "ad_aid124": lambda p, c: _pick(p, ("150", "220", "300", "denegat", "180"), 6),
    "ad_obs124": lambda p, c: _pick(p, _AD_OBS, 7),
}
