"""How the people of the hundred-and-thirty-first part of the outside corpus (**blind 131**,
:mod:`lienthong.quality._corpus_blind131`) are written: four Vietnamese files' own columns (a
sport-shooting weapon licence, a certificate to steer inland-waterway craft, a tuberculosis
patient on directly observed treatment, a worker trained to handle industrial explosives) and
Senegalese, Malian, Burkinabè, Nigerien and Guinean names, places, phones and identity numbers
in the forms their registers show (the Senegalese CEDEAO card's 13-digit NIN, the Malian NINA,
the Burkinabè CNIB, the Nigerien identity card and the Guinean NIN publish no check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind28_writers import _BF_FAMILY, _BF_GIVEN_F, _BF_GIVEN_M
from lienthong.quality._corpus_blind37_writers import _NE_FAMILY, _NE_GIVEN_F, _NE_GIVEN_M
from lienthong.quality._corpus_blind39_writers import _GN_FAMILY, _GN_GIVEN_F, _GN_GIVEN_M
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind70_writers import _senegal_cni
from lienthong.quality._corpus_blind101_writers import _SN_FAMILY, _SN_GIVEN_F, _SN_GIVEN_M
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: sport-shooting weapon licences (PC06) ------------------------------------------------
_VN_CLUBS = (
    "Trung tâm HL&TĐ TDTT Hà Nội",
    "CLB Bắn súng Quân khu 7",
    "Trung tâm TDTT Công an nhân dân",
    "CLB Bắn cung TP.HCM",
    "Trường Năng khiếu TDTT Bình Dương",
)
_VN_WEAPONS = (
    ("Bắn súng", "Súng ngắn hơi 4,5mm"),
    ("Bắn súng", "Súng trường hơi 4,5mm"),
    ("Bắn súng", "Súng ngắn thể thao 5,6mm"),
    ("Bắn đĩa bay", "Súng săn 12 ly 2 nòng"),
    ("Bắn cung", "Cung 1 dây (recurve)"),
    ("Bắn cung", "Cung 3 dây (compound)"),
)
_VN_BRANDS = ("MORINI", "WALTHER", "STEYR", "FEINWERKBAU", "HOYT", "BERETTA")
# -- Vietnam: inland-waterway certificates -------------------------------------------------------
_VN_BOAT_CERTS = (
    "GCNKNCM thuyền trưởng hạng ba",
    "GCNKNCM thuyền trưởng hạng tư",
    "CCCM lái phương tiện",
    "CCCM thủy thủ",
    "CCCM thợ máy",
    "GCNKNCM máy trưởng hạng ba",
)
_VN_BOAT_SCHOOLS = (
    "Trường CĐ GTVT đường thủy II",
    "Trường CĐ nghề GTVT Trung ương 2",
    "Trung tâm ĐT&SH PTTNĐ Cần Thơ",
    "Trường TC nghề GTVT Đồng Tháp",
)
_VN_BIRTHPLACES = ("Cần Thơ", "An Giang", "Đồng Tháp", "Vĩnh Long", "Tiền Giang", "Bến Tre")
_VN_PASS = ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng thi")
# -- Vietnam: tuberculosis on DOTS ----------------------------------------------------------------
_VN_TB_CLASS = ("Lao phoi AFB(+)", "Lao phoi AFB(-)", "Lao ngoai phoi", "Lao phoi Xpert(+)")
_VN_TB_REGIMEN = ("2RHZE/4RH", "2RHZE/4RHE", "6RHZE", "BDQ-Lzd (lao khang thuoc)")
_VN_TB_HIV = ("Am tinh", "Am tinh", "Am tinh", "Duong tinh", "Chua XN")
_VN_TB_RESULT = ("Dang dieu tri", "Khoi", "Hoan thanh DT", "Bo tri", "Chuyen di", "That bai")
# -- Vietnam: industrial explosives training ------------------------------------------------------
_VN_BLAST_ROLES = (
    "Thợ mìn",
    "Thợ mìn",
    "Chỉ huy nổ mìn",
    "Thủ kho VLNCN",
    "Bảo vệ kho VLNCN",
    "Người phục vụ (vận chuyển)",
)
_VN_QUARRIES = (
    "Cty CP Đá Hóa An",
    "Mỏ đá Tân Đông Hiệp - Cty Biconsi",
    "Cty TNHH MTV Khai thác đá Núi Nhỏ",
    "Cty CP Xi măng Hà Tiên - Mỏ Kiên Lương",
    "Cty CP Than Núi Béo - Vinacomin",
)
_VN_BLAST_RESULT = ("Đạt", "Đạt", "Đạt loại giỏi", "Không đạt", "Kiểm tra lại")
# -- Senegal: family security grants (PNBSF, RNU) ----------------------------------------------
_SN_PLACES = (
    ("Dakar", "Pikine", "Thiaroye Gare", "Quartier Darou Salam"),
    ("Dakar", "Guédiawaye", "Wakhinane Nimzatt", "Quartier Médina Gounass"),
    ("Thiès", "Mbour", "Malicounda", "Village de Nianing"),
    ("Kaolack", "Nioro du Rip", "Médina Sabakh", "Village de Keur Ayib"),
    ("Kolda", "Vélingara", "Kounkané", "Village de Saré Coly Sallé"),
    ("Matam", "Kanel", "Orkadiéré", "Village de Dembancané"),
)
_SN_PAYERS = ("Wave", "Orange Money", "La Poste (PostCash)", "Free Money")
_SN_STATUS = ("Payé", "Payé", "Payé", "Non retiré", "Suspendu (doublon RNU)")
# -- Mali: electoral roll ------------------------------------------------------------------------
_ML_FAMILY = ("TRAORÉ", "KEÏTA", "COULIBALY", "DIARRA", "DEMBÉLÉ", "SANGARÉ", "MAÏGA", "TOURÉ")
_ML_GIVEN_M = ("Bakary", "Seydou", "Moussa", "Mamadou", "Oumar", "Souleymane", "Drissa")
_ML_GIVEN_F = ("Fatoumata", "Aminata", "Kadiatou", "Oumou", "Rokia", "Mariam", "Assitan")
_ML_PLACES = (
    ("Bamako", "Commune IV", "Lafiabougou", "Lycée Mamadou Sarr"),
    ("Bamako", "Commune VI", "Sogoniko", "École fondamentale de Sogoniko"),
    ("Kati", "Kati", "Kati Malibougou", "École Kati Coura"),
    ("Ségou", "Ségou", "Pélengana", "Centre Pélengana A"),
    ("Sikasso", "Sikasso", "Wayerma", "École Wayerma II"),
    ("Mopti", "Mopti", "Sévaré", "Lycée de Sévaré"),
)
_ML_BIRTHPLACES = ("Bamako", "Kayes", "Koulikoro", "San", "Koutiala", "Tombouctou", "Gao")
# -- Burkina Faso: internally displaced persons (CONASUR) -------------------------------------
_BF_ORIGIN = (
    ("Soum", "Djibo"),
    ("Loroum", "Titao"),
    ("Sanmatenga", "Barsalogho"),
    ("Yagha", "Sebba"),
    ("Bam", "Kongoussi"),
    ("Gnagna", "Bogandé"),
)
_BF_HOSTS = (
    ("Kaya", "Site de Tiwêga"),
    ("Ouahigouya", "Secteur 13"),
    ("Kongoussi", "Site de Rissiam"),
    ("Dori", "Site de Wendou"),
    ("Ouagadougou", "Secteur 53, Yagma"),
    ("Fada N'Gourma", "Secteur 11"),
)
_BF_VULN = (
    "Aucune",
    "Femme cheffe de ménage",
    "Personne âgée",
    "Handicap",
    "Enfant non accompagné",
)
_BF_AID = ("Vivres", "Kits NFI", "Cash (PAM)", "Abri d'urgence", "Aucune")
# -- Niger: Hajj pilgrims --------------------------------------------------------------------
_NE_REGIONS = ("Niamey", "Maradi", "Zinder", "Tahoua", "Dosso", "Tillabéri", "Agadez")
_NE_AGENCIES = ("Agence Al Barka Voyages", "Hadj Tours Niamey", "Agence Attajir", "Zam Zam Voyages")
_NE_BLOOD = ("O+", "A+", "B+", "O-", "AB+", "A-")
_NE_VISA = ("Visa délivré", "Visa délivré", "En attente", "Rejeté", "Dossier incomplet")
# -- Guinea: civil servants' biometric census -------------------------------------------------
_GN_MINISTRIES = (
    ("Ministère de l'Enseignement pré-universitaire", "IRE Kindia"),
    ("Ministère de la Santé", "Hôpital national Donka"),
    ("Ministère de l'Économie et des Finances", "Direction nationale du Budget"),
    ("Ministère de l'Agriculture", "DPA Kankan"),
    ("Ministère de la Sécurité", "Commissariat central de Matam"),
)
_GN_GRADES = ("A1", "A2", "B1", "B2", "C1", "Contractuel")
_GN_HOMES = (
    ("Hamdallaye", "Ratoma"),
    ("Kipé", "Ratoma"),
    ("Madina", "Matam"),
    ("Sangoyah", "Matoto"),
    ("Tombo", "Kaloum"),
    ("Sonfonia", "Ratoma"),
)
_GN_BIRTHPLACES = ("Conakry", "Labé", "Kankan", "Kindia", "N'Zérékoré", "Boké", "Mamou", "Pita")


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _after(p: Person, years: int) -> date:
    return _shift_date(p.other_date, years)


def _sn_place(p: Person) -> tuple[str, str, str, str]:
    return _SN_PLACES[int(p.bhxh) // 7 % len(_SN_PLACES)]


def _ml_place(p: Person) -> tuple[str, str, str, str]:
    return _ML_PLACES[int(p.bhxh) // 13 % len(_ML_PLACES)]


def _ml_nina(p: Person) -> str:
    """The NINA: the sex digit, the birth year and month, a commune code, a serial, a letter."""
    letter = "ABCDEFGHJKLMNPRSTUVWXYZ"[int(p.bhxh) % 23]
    return f"{1 if p.male else 2}{p.birth:%y%m}{_num(p, 700) + 100:03d}{p.bhxh[-6:]}{letter}"


def _bf_cnib(p: Person) -> str:
    return f"B{p.bhxh[2:9]}"


def _ne_card(p: Person) -> str:
    return f"{p.birth.year % 100:02d}{p.bhxh[::-1][:8]}"


def _gn_nin(p: Person) -> str:
    return f"{p.birth.year}{p.bhxh[3:11]}"


def _gn_home(p: Person) -> tuple[str, str]:
    return _GN_HOMES[int(p.bhxh) // 11 % len(_GN_HOMES)]


def _vn_serial(p: Person, prefix: str) -> str:
    return f"{prefix}{p.bhxh[-6:]}"


WRITERS_BLIND131: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: sport-shooting weapon licences
    "club131": lambda p, c: _pick(p, _VN_CLUBS, 1),
    "sport131": lambda p, c: _pick(p, tuple(s for s, _ in _VN_WEAPONS), 2),
    "weapon131": lambda p, c: _pick(p, tuple(w for _, w in _VN_WEAPONS), 2),
    "brand131": lambda p, c: _pick(p, _VN_BRANDS, 3),
    "serial131": lambda p, c: f"{_pick(p, ('AP', 'SN', 'No.'), 4)} {p.bhxh[::-1][:6]}",
    "permit131": lambda p, c: f"{_num(p, 900):04d}/GP-PC06",
    "permit_until131": lambda p, c: f"{_after(p, 5):%d/%m/%Y}",
    "officer131": lambda p, c: "Đại úy " + _other_vn(p, 5),
    # Vietnam: inland-waterway certificates
    "birthplace131": lambda p, c: _pick(p, _VN_BIRTHPLACES, 1),
    "boat_cert131": lambda p, c: _pick(p, _VN_BOAT_CERTS, 2),
    "boat_no131": lambda p, c: (
        f"{_pick(p, ('T3', 'T4', 'LPT', 'TT', 'TM', 'M3'), 2)}-{_vn_serial(p, '65')}"
    ),
    "boat_school131": lambda p, c: _pick(p, _VN_BOAT_SCHOOLS, 3),
    "theory131": lambda p, c: f"{_num(p, 6) + 3},{_num(p, 2) * 5 - 5}",
    "practice131": lambda p, c: f"{_num(p, 5) + 5}",
    "boat_result131": lambda p, c: _pick(p, _VN_PASS, 4),
    # Vietnam: tuberculosis on DOTS
    "tb_reg131": lambda p, c: f"{_num(p, 400):03d}/{p.other_date:%y}-TYT",
    "tb_class131": lambda p, c: _pick(p, _VN_TB_CLASS, 1),
    "tb_regimen131": lambda p, c: _pick(p, _VN_TB_REGIMEN, 2),
    "tb_hiv131": lambda p, c: _pick(p, _VN_TB_HIV, 3),
    "tb_watcher131": lambda p, c: (
        _ascii(_other_vn(p, 6)).upper() if _num(p, 3) == 1 else "NVYT " + _ascii(_other_vn(p, 7))
    ),
    "tb_watcher_phone131": lambda p, c: _other_phone(p, "03"),
    "tb_result131": lambda p, c: _pick(p, _VN_TB_RESULT, 4),
    # Vietnam: industrial explosives training
    "blast_role131": lambda p, c: _pick(p, _VN_BLAST_ROLES, 1),
    "quarry131": lambda p, c: _pick(p, _VN_QUARRIES, 2),
    "blast_years131": lambda p, c: f"{_num(p, 20)} năm",
    "blast_score131": lambda p, c: f"{_num(p, 5) + 5}/10",
    "blast_result131": lambda p, c: _pick(p, _VN_BLAST_RESULT, 3),
    "blast_cert131": lambda p, c: f"{_num(p, 800):03d}/{p.other_date.year}/GCN-HL",
    "blast_until131": lambda p, c: f"{_after(p, 2):%d-%m-%Y}",
    # Senegal: PNBSF
    "given_sn131": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 1),
    "family_sn131": lambda p, c: _pick(p, _SN_FAMILY, 2).upper(),
    "sex_sn131": lambda p, c: "M" if p.male else "F",
    "cni_sn131": lambda p, c: (
        _senegal_cni(p)
        if _num(p, 3) != 2
        else " ".join((_senegal_cni(p)[:1], _senegal_cni(p)[1:4], _senegal_cni(p)[4:]))
    ),
    "rnu_sn131": lambda p, c: f"RNU-{_sn_place(p)[0][:3].upper()}-{p.bhxh[:8]}",
    "hh_size_sn131": lambda p, c: _num(p, 12) + 1,
    "region_sn131": lambda p, c: _sn_place(p)[0],
    "dept_sn131": lambda p, c: _sn_place(p)[1],
    "commune_sn131": lambda p, c: _sn_place(p)[2],
    "village_sn131": lambda p, c: _sn_place(p)[3],
    "phone_sn131": lambda p, c: (
        f"{_pick(p, ('77', '78', '76', '70'), 3)} {p.bhxh[1:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"
    ),
    "amount_sn131": lambda p, c: _money(35_000 if _num(p, 4) != 1 else 25_000),
    "payer_sn131": lambda p, c: _pick(p, _SN_PAYERS, 4),
    "status_sn131": lambda p, c: _pick(p, _SN_STATUS, 5),
    # Mali: electoral roll
    "nina_ml131": lambda p, c: _ml_nina(p),
    "family_ml131": lambda p, c: _pick(p, _ML_FAMILY, 1),
    "given_ml131": lambda p, c: _by_sex(p, _ML_GIVEN_M, _ML_GIVEN_F, 2),
    "birthplace_ml131": lambda p, c: _pick(p, _ML_BIRTHPLACES, 3),
    "sex_ml131": lambda p, c: "Masculin" if p.male else "Féminin",
    "father_ml131": lambda p, c: f"{_pick(p, _ML_GIVEN_M, 4)} {_pick(p, _ML_FAMILY, 1)}",
    "mother_ml131": lambda p, c: f"{_pick(p, _ML_GIVEN_F, 5)} {_pick(p, _ML_FAMILY, 6)}",
    "centre_ml131": lambda p, c: _ml_place(p)[3],
    "bureau_ml131": lambda p, c: f"Bureau {_num(p, 9):02d}",
    "quarter_ml131": lambda p, c: _ml_place(p)[2],
    "commune_ml131": lambda p, c: _ml_place(p)[1],
    "cercle_ml131": lambda p, c: _ml_place(p)[0],
    # Burkina Faso: internally displaced persons
    "cnib_bf131": lambda p, c: _bf_cnib(p) if _num(p, 5) != 3 else "Sans pièce",
    "family_bf131": lambda p, c: _pick(p, _BF_FAMILY, 1),
    "given_bf131": lambda p, c: _by_sex(p, _BF_GIVEN_M, _BF_GIVEN_F, 2),
    "sex_bf131": lambda p, c: "H" if p.male else "F",
    "origin_prov_bf131": lambda p, c: _pick(p, tuple(o for o, _ in _BF_ORIGIN), 3),
    "origin_comm_bf131": lambda p, c: _pick(p, tuple(o for _, o in _BF_ORIGIN), 3),
    "host_comm_bf131": lambda p, c: _pick(p, tuple(h for h, _ in _BF_HOSTS), 4),
    "host_site_bf131": lambda p, c: _pick(p, tuple(s for _, s in _BF_HOSTS), 4),
    "hh_size_bf131": lambda p, c: _num(p, 10) + 1,
    "head_bf131": lambda p, c: "Oui" if _num(p, 2) == 1 else "Non",
    "phone_bf131": lambda p, c: (
        f"(+226) {_pick(p, ('70', '76', '65', '56'), 5)} {p.bhxh[2:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"
    ),
    "vuln_bf131": lambda p, c: _pick(p, _BF_VULN, 6),
    "aid_bf131": lambda p, c: _pick(p, _BF_AID, 7),
    # Niger: Hajj pilgrims
    "family_ne131": lambda p, c: _pick(p, _NE_FAMILY, 1),
    "given_ne131": lambda p, c: _by_sex(p, _NE_GIVEN_M, _NE_GIVEN_F, 2),
    "birthplace_ne131": lambda p, c: _pick(p, _NE_REGIONS, 3),
    "sex_ne131": lambda p, c: "Namiji (M)" if p.male else "Mace (F)",
    "card_ne131": lambda p, c: _ne_card(p),
    "passport_ne131": lambda p, c: f"{_pick(p, ('08PC', '09PC', '10PC'), 4)}{p.bhxh[-5:]}",
    "region_ne131": lambda p, c: _pick(p, _NE_REGIONS, 5),
    "agency_ne131": lambda p, c: _pick(p, _NE_AGENCIES, 6),
    "mahram_ne131": lambda p, c: (
        "—" if p.male else f"{_pick(p, _NE_GIVEN_M, 7)} {_pick(p, _NE_FAMILY, 1)} (époux)"
    ),
    "phone_ne131": lambda p, c: (
        f"+227 {_pick(p, ('96', '90', '89', '99'), 8)} {p.bhxh[1:3]} {p.bhxh[3:5]} {p.bhxh[5:7]}"
    ),
    "blood_ne131": lambda p, c: _pick(p, _NE_BLOOD, 9),
    "menin_ne131": lambda p, c: "ACYW135 - " + f"{p.other_date - timedelta(days=30):%d/%m/%Y}",
    "visa_ne131": lambda p, c: _pick(p, _NE_VISA, 10),
    # Guinea: civil servants' census
    "matricule_gn131": lambda p, c: f"{p.birth:%y}{p.bhxh[:4]}{_pick(p, ('A', 'B', 'F', 'K'), 1)}",
    "nin_gn131": lambda p, c: _gn_nin(p),
    "family_gn131": lambda p, c: _pick(p, _GN_FAMILY, 2),
    "given_gn131": lambda p, c: _by_sex(p, _GN_GIVEN_M, _GN_GIVEN_F, 3),
    "birthplace_gn131": lambda p, c: _pick(p, _GN_BIRTHPLACES, 4),
    "sex_gn131": lambda p, c: "M" if p.male else "F",
    "ministry_gn131": lambda p, c: _pick(p, tuple(m for m, _ in _GN_MINISTRIES), 5),
    "service_gn131": lambda p, c: _pick(p, tuple(s for _, s in _GN_MINISTRIES), 5),
    "grade_gn131": lambda p, c: _pick(p, _GN_GRADES, 6),
    "echelon_gn131": lambda p, c: _num(p, 12),
    "salary_gn131": lambda p, c: _money((_num(p, 60) + 15) * 100_000),
    "start_gn131": lambda p, c: f"{_shift_date(p.birth, 25 + _num(p, 10)):%d/%m/%Y}",
    "phone_gn131": lambda p, c: (
        f"{_pick(p, ('622', '628', '664', '655'), 7)} {p.bhxh[2:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"
    ),
    "addr_gn131": lambda p, c: f"Quartier {_gn_home(p)[0]}, Commune de {_gn_home(p)[1]}, Conakry",
}

__all__ = ["WRITERS_BLIND131"]
