"""How the people of the two hundred and fifteenth part of the outside corpus (**blind 215**,
:mod:`lienthong.quality._corpus_blind215`) are written: four Vietnamese files' own columns (a
court interpreter's languages and appointments, a badminton club member's court slot, a Quan họ
singer's club and songs, a reservoir angler's card) and Togolese, Beninese, Gabonese, Congolese
and Congolese (Kinshasa) names, places, phones and identity numbers in the forms their papers show
(the Beninese NPI of ten digits, the Togolese CNI, the Gabonese and Congolese CNI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _place
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_LANGS = (
    "Tiếng Khmer",
    "Tiếng Ê Đê",
    "Tiếng Trung Quốc",
    "Tiếng Anh",
    "Tiếng H'Mông",
    "Tiếng Hàn",
    "Tiếng Lào",
)
_VN_DEGREES = ("Cử nhân ngôn ngữ", "Chứng chỉ C", "Người dân tộc, thông thạo", "Thạc sĩ")
_VN_COURTS = (
    "TAND tỉnh Sóc Trăng",
    "TAND huyện Trà Cú",
    "TAND tỉnh Đắk Lắk",
    "VKSND tỉnh Lào Cai",
    "CQĐT Công an tỉnh",
)
_VN_CLUB_SLOTS = ("T2-T4-T6 17h30", "T3-T5-T7 05h30", "CN 07h00", "T2-T4-T6 19h00")
_VN_COURT_NO = ("Sân 1", "Sân 2", "Sân 3", "Sân 4 (mái che)")
_VN_LEVELS = ("Mới tập", "Trung bình", "Khá", "Trung bình yếu")
_VN_QUANHO_CLUBS = (
    "CLB Quan họ làng Diềm",
    "CLB Quan họ Lim",
    "CLB Quan họ thôn Bịu",
    "CLB Quan họ Y Na",
    "CLB Quan họ phường Vệ An",
)
_VN_QUANHO_SONGS = (
    "Mời nước mời trầu; Người ơi người ở đừng về",
    "Ngồi tựa song đào; Tương phùng tương ngộ",
    "Lý cây đa; Còn duyên",
    "Khách đến chơi nhà; Bèo dạt mây trôi",
)
_VN_RESERVOIRS = (
    "Hồ Đại Lải",
    "Hồ Núi Cốc",
    "Hồ Xạ Hương",
    "Hồ Đồng Mô",
    "Hồ Suối Hai",
)
_VN_RODS = ("1 cần tay", "2 cần máy", "1 cần máy", "1 cần tay + 1 cần máy")
_TG_FAMILY = ("Agbodjan", "Kpodar", "Adjovi", "Gnassingbé", "Tchalla", "Mensah", "Amegee")
_TG_GIVEN_M = ("Kossi", "Komlan", "Yao", "Kodjo", "Essowè", "Edem")
_TG_GIVEN_F = ("Akossiwa", "Ama", "Afi", "Essi", "Abla", "Dédé")
#: (quartier, commune, préfecture)
_TG_PLACES = (
    ("Bè-Kpota", "Golfe 2", "Golfe"),
    ("Adidogomé", "Golfe 6", "Golfe"),
    ("Agoè-Nyivé", "Agoè-Nyivé 1", "Agoè-Nyivé"),
    ("Kpalimé Zongo", "Kloto 1", "Kloto"),
    ("Kara Tomdè", "Kozah 1", "Kozah"),
)
_BJ_FAMILY = ("Houngbédji", "Dossou", "Agossou", "Zinsou", "Adjaho", "Sossa", "Gbaguidi")
_BJ_GIVEN_M = ("Codjo", "Sèna", "Mathias", "Rodrigue", "Fiacre", "Gildas")
_BJ_GIVEN_F = ("Afiavi", "Bernadette", "Rosine", "Sèdami", "Hortense", "Gisèle")
#: (village/quartier, arrondissement, commune, département)
_BJ_PLACES = (
    ("Zogbadjè", "Godomey", "Abomey-Calavi", "Atlantique"),
    ("Sainte-Rita", "5e arrondissement", "Cotonou", "Littoral"),
    ("Houinmè", "Porto-Novo 4", "Porto-Novo", "Ouémé"),
    ("Goho", "Abomey 1", "Abomey", "Zou"),
    ("Banikanni", "Parakou 2", "Parakou", "Borgou"),
)
_GA_FAMILY = ("Nzé Obame", "Mba Ndong", "Moussavou", "Ondo Mintsa", "Boussougou", "Nguema")
_GA_GIVEN_M = ("Jean-Rémy", "Landry", "Brice", "Ghislain", "Arsène", "Wilfried")
_GA_GIVEN_F = ("Nadège", "Prisca", "Yolande", "Murielle", "Annick", "Sandrine")
#: (quartier, arrondissement, ville)
_GA_PLACES = (
    ("Nzeng-Ayong", "6e arrondissement", "Libreville"),
    ("Akébé-Plaine", "3e arrondissement", "Libreville"),
    ("Owendo Alénakiri", "1er arrondissement", "Owendo"),
    ("Grand Village", "2e arrondissement", "Port-Gentil"),
    ("Potos", "1er arrondissement", "Franceville"),
)
_CG_FAMILY = ("Makosso", "Mabiala", "Ngouabi", "Itoua", "Okemba", "Malonga", "Bouanga")
_CG_GIVEN_M = ("Destin", "Prince", "Chancel", "Rufin", "Arnaud", "Hervé")
_CG_GIVEN_F = ("Grâce", "Merveille", "Laetitia", "Solange", "Prisca", "Bénédicte")
#: (quartier, arrondissement, ville)
_CG_PLACES = (
    ("Mpissa", "Bacongo", "Brazzaville"),
    ("Moukondo", "Moungali", "Brazzaville"),
    ("Mfilou Ngamaba", "Mfilou", "Brazzaville"),
    ("Mpaka", "Ngoyo", "Pointe-Noire"),
    ("Massengo", "Djiri", "Brazzaville"),
)
_CD_FAMILY = ("Mbuyi", "Kabongo", "Lukusa", "Nsimba", "Mukendi", "Tshibangu", "Mayala")
_CD_GIVEN_M = ("Patrick", "Junior", "Christian", "Fiston", "Héritier", "Trésor")
_CD_GIVEN_F = ("Nathalie", "Gloire", "Mamie", "Chancelvie", "Rachel", "Dorcas")
#: (avenue, quartier, commune, zone de santé)
_CD_PLACES = (
    ("Av. Kasa-Vubu", "Matonge", "Kalamu", "ZS Kalamu II"),
    ("Av. de la Paix", "Kingabwa", "Limete", "ZS Limete"),
    ("Av. Elengesa", "Yolo Sud", "Kalamu", "ZS Kalamu I"),
    ("Av. Mbuji-Mayi", "Masina I", "Masina", "ZS Masina I"),
    ("Av. Bongolo", "Righini", "Lemba", "ZS Lemba"),
)


def _fr_name(p: Person, fam: tuple[str, ...], m: tuple[str, ...], f: tuple[str, ...]) -> str:
    """A NOM Prénom name as francophone registers write it (the family name in capitals)."""
    return f"{_pick(p, fam, 2).upper()} {_by_sex(p, m, f, 3)}"


def _other_fr(p: Person, fam: tuple[str, ...], given: tuple[str, ...], salt: int) -> str:
    return f"{_pick(p, fam, salt).upper()} {_pick(p, given, salt + 1)}"


def _npi(p: Person) -> str:
    """A Beninese NPI: ten digits (the ANIP prints it as one block)."""
    return f"1{p.bhxh[1:]}"


def _tg_cni(p: Person) -> str:
    return f"{p.bhxh[:4]}-{p.bhxh[4:7]}-{p.bhxh[7:]}"


WRITERS_BLIND215: dict[str, Callable[[Person, Col], object]] = {
    "interp_no215": lambda p, c: f"{_num(p, 90)}/QĐ-TA",
    "lang215": lambda p, c: _pick(p, _VN_LANGS, 2),
    "degree215": lambda p, c: _pick(p, _VN_DEGREES, 3),
    "employer215": lambda p, c: _pick(
        p, ("Trường PTDTNT tỉnh", "Tự do", "Trung tâm Ngoại ngữ Sao Mai", "Đài PT-TH tỉnh"), 4
    ),
    "court215": lambda p, c: _pick(p, _VN_COURTS, 5),
    "cases215": lambda p, c: str(_num(p, 14) - 1),
    "appointed215": lambda p, c: f"{_shift_date(p.other_date, -2):%d/%m/%Y}",
    "club_card215": lambda p, c: f"CL-{p.bhxh[-3:]}",
    "slot215": lambda p, c: _pick(p, _VN_CLUB_SLOTS, 2),
    "court_no215": lambda p, c: _pick(p, _VN_COURT_NO, 3),
    "level215": lambda p, c: _pick(p, _VN_LEVELS, 4),
    "fee215": lambda p, c: f"{_pick(p, ('150.000', '200.000', '300.000'), 5)} đ/tháng",
    "captain215": lambda p, c: _other_vn(p, 6, True),
    "quanho_club215": lambda p, c: _pick(p, _VN_QUANHO_CLUBS, 2),
    "quanho_role215": lambda p, c: "Liền anh" if p.male else "Liền chị",
    "years_sing215": lambda p, c: str(_num(p, 40) + 2),
    "songs215": lambda p, c: _pick(p, _VN_QUANHO_SONGS, 3),
    "teacher215": lambda p, c: f"NNND {_other_vn(p, 4, False)}",
    "title215": lambda p, c: _pick(p, ("Hội viên", "Nghệ nhân ưu tú", "Hội viên", "Không"), 5),
    "angler_card215": lambda p, c: f"{p.other_date:%Y}/CC-{p.bhxh[-5:]}",
    "reservoir215": lambda p, c: _pick(p, _VN_RESERVOIRS, 2),
    "rods215": lambda p, c: _pick(p, _VN_RODS, 3),
    "angler_fee215": lambda p, c: f"{(_num(p, 5) + 1) * 100_000:,}".replace(",", "."),
    "vehicle215": lambda p, c: (
        f"{p.cccd[1:3]}{_pick(p, ('B1', 'H1', 'E1', 'D1'), 4)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "until215": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "emergency215": lambda p, c: f"{_other_vn(p, 7)} - {_other_phone(p, '091')}",
    # Togo: a tribunal's register of certificates of nationality
    "tg_req215": lambda p, c: f"{_num(p, 900)}/{p.other_date:%Y}/TPI-L",
    "tg_name215": lambda p, c: _fr_name(p, _TG_FAMILY, _TG_GIVEN_M, _TG_GIVEN_F),
    "tg_cni215": lambda p, c: _tg_cni(p),
    "tg_sex215": lambda p, c: "M" if p.male else "F",
    "tg_birthplace215": lambda p, c: _pick(p, ("Lomé", "Tsévié", "Aného", "Sokodé", "Atakpamé")),
    "tg_father215": lambda p, c: _other_fr(p, _TG_FAMILY, _TG_GIVEN_M, 4),
    "tg_mother215": lambda p, c: _other_fr(p, _TG_FAMILY, _TG_GIVEN_F, 5),
    "tg_quartier215": lambda p, c: _place(p, _TG_PLACES)[0],
    "tg_commune215": lambda p, c: _place(p, _TG_PLACES)[1],
    "tg_phone215": lambda p, c: (
        f"+228 {_pick(p, ('90', '91', '92', '70', '79', '98'), 6)}"
        f" {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "tg_ground215": lambda p, c: _pick(
        p, ("Filiation (père togolais)", "Filiation (mère togolaise)", "Naissance au Togo"), 7
    ),
    "tg_clerk215": lambda p, c: f"Me {_other_fr(p, _TG_FAMILY, _TG_GIVEN_M, 8)}",
    # Benin: an arrondissement's register of CIP handed out
    "bj_npi215": lambda p, c: _npi(p),
    "bj_family215": lambda p, c: _pick(p, _BJ_FAMILY, 2).upper(),
    "bj_given215": lambda p, c: _by_sex(p, _BJ_GIVEN_M, _BJ_GIVEN_F, 3),
    "bj_sex215": lambda p, c: "Masculin" if p.male else "Féminin",
    "bj_birthplace215": lambda p, c: _pick(
        p, ("Cotonou", "Ouidah", "Allada", "Bohicon", "Lokossa")
    ),
    "bj_village215": lambda p, c: _place(p, _BJ_PLACES)[0],
    "bj_arr215": lambda p, c: _place(p, _BJ_PLACES)[1],
    "bj_commune215": lambda p, c: _place(p, _BJ_PLACES)[2],
    "bj_dept215": lambda p, c: _place(p, _BJ_PLACES)[3],
    "bj_phone215": lambda p, c: (
        f"01{_pick(p, ('97', '96', '66', '61', '51', '90'), 4)}{p.phone[4:10]}"
    ),
    "bj_mother215": lambda p, c: _other_fr(p, _BJ_FAMILY, _BJ_GIVEN_F, 5),
    "bj_cip215": lambda p, c: f"CIP{p.bhxh[-8:]}",
    "bj_agent215": lambda p, c: _other_fr(p, _BJ_FAMILY, _BJ_GIVEN_M, 6),
    # Gabon: the employment office's register of job seekers
    "ga_reg215": lambda p, c: f"ONE/LBV/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "ga_name215": lambda p, c: _fr_name(p, _GA_FAMILY, _GA_GIVEN_M, _GA_GIVEN_F),
    "ga_cni215": lambda p, c: f"{p.bhxh[:3]}{p.bhxh[3:9]}",
    "ga_sex215": lambda p, c: "M" if p.male else "F",
    "ga_birthplace215": lambda p, c: _pick(
        p, ("Oyem", "Lambaréné", "Mouila", "Tchibanga", "Makokou")
    ),
    "ga_quartier215": lambda p, c: _place(p, _GA_PLACES)[0],
    "ga_arr215": lambda p, c: _place(p, _GA_PLACES)[1],
    "ga_city215": lambda p, c: _place(p, _GA_PLACES)[2],
    "ga_phone215": lambda p, c: (
        f"0{_pick(p, ('77', '74', '66', '62', '65'), 5)}"
        f" {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "ga_diploma215": lambda p, c: _pick(p, ("BEPC", "Baccalauréat", "BTS", "Licence", "CEP"), 6),
    "ga_job215": lambda p, c: _pick(
        p, ("Chauffeur", "Agent de sécurité", "Secrétaire", "Maçon", "Comptable"), 7
    ),
    "ga_status215": lambda p, c: _pick(p, ("Inscrit", "Placé", "En formation", "Radié"), 8),
    # Congo-Brazzaville: a cadastre office's register of plots
    "cg_plot215": lambda p, c: (
        f"Section {_pick(p, ('A', 'B', 'C', 'K'), 2)} / Bloc {_num(p, 90)} / Parcelle {_num(p, 30)}"
    ),
    "cg_name215": lambda p, c: _fr_name(p, _CG_FAMILY, _CG_GIVEN_M, _CG_GIVEN_F),
    "cg_cni215": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:10]}",
    "cg_niu215": lambda p, c: f"M{p.other_date:%Y}{p.bhxh[::-1][:9]}{_pick(p, ('A', 'B', 'K'))}",
    "cg_street215": lambda p, c: (
        f"{_num(p, 150)}, rue {_pick(p, ('Mayama', 'Loango', 'Itoumbi'), 3)}"
    ),
    "cg_quartier215": lambda p, c: _place(p, _CG_PLACES)[0],
    "cg_arr215": lambda p, c: _place(p, _CG_PLACES)[1],
    "cg_city215": lambda p, c: _place(p, _CG_PLACES)[2],
    "cg_phone215": lambda p, c: (
        f"+242 0{_pick(p, ('6', '5', '4'), 4)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "cg_area215": lambda p, c: f"{(_num(p, 20) + 5) * 20} m²",
    "cg_seller215": lambda p, c: f"Famille {_pick(p, _CG_FAMILY, 5)} (terrien)",
    "cg_title215": lambda p, c: _pick(
        p, ("Acte de vente", "Titre foncier en cours", "Attestation d'attribution"), 6
    ),
    # DR Congo (Kinshasa): a health area's antenatal register, French and Lingala headers
    "cd_name215": lambda p, c: _fr_name(p, _CD_FAMILY, _CD_GIVEN_F, _CD_GIVEN_F),
    "cd_age215": lambda p, c: f"{2025 - p.birth.year} ans",
    "cd_card215": lambda p, c: f"CPN-{_num(p, 400)}/{p.other_date:%Y}",
    "cd_addr215": lambda p, c: (
        f"{_place(p, _CD_PLACES)[0]} n° {_num(p, 120)}, "
        f"Q. {_place(p, _CD_PLACES)[1]}, C. {_place(p, _CD_PLACES)[2]}"
    ),
    "cd_commune215": lambda p, c: _place(p, _CD_PLACES)[2],
    "cd_zone215": lambda p, c: _place(p, _CD_PLACES)[3],
    "cd_phone215": lambda p, c: (
        f"+243 {_pick(p, ('81', '82', '99', '97', '84', '89'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "cd_husband215": lambda p, c: _other_fr(p, _CD_FAMILY, _CD_GIVEN_M, 4),
    "cd_weeks215": lambda p, c: f"{_num(p, 28) + 10} SA",
    "cd_gesta215": lambda p, c: f"G{_num(p, 6)}P{_num(p, 4) - 1}",
    "cd_llin215": lambda p, c: _pick(p, ("Iyo / Oui", "Te / Non", "Iyo / Oui"), 5),
    "cd_visit215": lambda p, c: _pick(p, ("CPN 1", "CPN 2", "CPN 3", "CPN 4"), 6),
}
