"""How the people of the hundred-and-seventy-eighth part of the outside corpus (**blind 178**,
:mod:`lienthong.quality._corpus_blind178`) are written: four Vietnamese files' own columns (a
martyr's worshipper and the martyr, a commune sports congress athlete's team and events, a
liquefied-gas shop's licence and inspection, a household giving up its honeycomb-coal stove) and
Senegalese, Malian, Burkinabè, Nigerien and Mauritanian names, places, phones, identity numbers
and the register's own columns (a pirogue and its fishing permit, a cotton grower's cooperative
and inputs, a gold digger's site and card, a herder's animals and vaccination, a teacher
candidate's diploma and exam centre). The identity numbers are those of the earlier parts
(the CEDEAO card's 13-digit NIN, the NINA, the CNIB, the Nigerien card) and the Mauritanian NNI's
ten digits; none of them publishes a check digit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind70_writers import _senegal_cni
from lienthong.quality._corpus_blind131_writers import _bf_cnib, _ml_nina, _ne_card

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_KIN = ("Con trai", "Con gái", "Cháu nội", "Em ruột", "Cháu gọi bằng chú", "Vợ")
_VN_MARTYR_GIVEN = ("Văn Thắng", "Văn Hùng", "Đình Lộc", "Quang Tuấn", "Hữu Nghĩa", "Văn Tư")
_VN_PAY = ("Tiền mặt qua bưu điện", "Chuyển khoản", "Tiền mặt tại UBND xã")
_VN_TEAMS = ("Thôn Đông", "Thôn Trung", "Thôn Đoài", "Khu phố 3", "Ấp Tân Lập", "Tổ dân phố 5")
_VN_SPORTS = (
    ("Điền kinh", "Chạy 100m"),
    ("Điền kinh", "Chạy việt dã 3000m"),
    ("Kéo co", "Đồng đội nam nữ"),
    ("Cầu lông", "Đôi nam nữ"),
    ("Bóng chuyền hơi", "Trung niên"),
    ("Cờ tướng", "Cá nhân"),
    ("Đẩy gậy", "Hạng 60kg"),
)
_VN_SHOPS = ("Gas Minh Phát", "Đại lý gas Thành Công", "Cửa hàng gas Hồng Hà", "Gas Bảo An")
_VN_SHOP_STREETS = ("Lê Văn Lương", "Quốc lộ 1A", "Nguyễn Trãi", "Tỉnh lộ 10", "Phạm Hùng")
_VN_BRANDS = ("Petrolimex", "PV Gas", "Saigon Petro", "Total Gas", "Gia Đình")
_VN_EXT = ("02 bình bột MFZ4, 01 CO2", "01 bình bột MFZ8", "03 bình bột MFZ4", "Chưa trang bị")
_VN_INSPECT = ("Đạt", "Đạt", "Yêu cầu khắc phục", "Lập biên bản VPHC", "Đạt")
_VN_PURPOSE = ("Đun nấu gia đình", "Bán hàng ăn sáng", "Nấu bún, phở", "Đun nước chè")
_VN_SWITCH = ("Bếp điện từ", "Bếp gas", "Bếp hồng ngoại", "Bếp điện từ")


def _died(p: Person) -> str:
    year = 1965 + int(p.bhxh) % 15
    return f"{_safe_day(year, int(p.bhxh[2:4]) % 12 + 1, int(p.bhxh[4:6]) % 28 + 1):%d/%m/%Y}"


# -- Senegal: artisanal fishing permits -----------------------------------------------------------
_SN_SANT = ("NDIAYE", "DIOP", "SECK", "MBENGUE", "DIOUF", "SAMB", "GUEYE", "THIAW", "LO")
_SN_TUR_M = ("Moustapha", "Serigne Mbaye", "Alioune", "Babacar", "Doudou", "Malick", "Assane")
_SN_TUR_F = ("Ndèye Astou", "Adja", "Coumba", "Mbayang", "Seynabou", "Rokhaya", "Dieynaba")
_SN_PLACES = (
    ("Guet Ndar", "Saint-Louis", "Quai de Pêche de Guet Ndar"),
    ("Hann Pêcheurs", "Hann Bel-Air", "Quai de Hann"),
    ("Thiaroye sur Mer", "Thiaroye-sur-Mer", "Plage de Thiaroye"),
    ("Tefess", "Joal-Fadiouth", "Quai de Joal"),
    ("Escale", "Mbour", "Quai de Pêche de Mbour"),
    ("Yoff Layène", "Yoff", "Plage de Yoff Tonghor"),
)
_SN_PIROGUES = ("Serigne Touba", "Mame Diarra", "Baye Fall", "Sokhna Aminata", "Ndiaga Samb")
_SN_PERMITS = ("Permis A (pirogue < 13 m)", "Permis B (pirogue ≥ 13 m)", "Permis pêche à pied")

# -- Mali: cotton growers --------------------------------------------------------------------------
_ML_JAMU = ("DIARRA", "COULIBALY", "KONÉ", "SANOGO", "DOUMBIA", "BAGAYOKO", "SAMAKÉ", "DIAKITÉ")
_ML_TOGO_M = ("Zoumana", "Siaka", "Lassina", "Brahima", "Nouhoum", "Yacouba", "Salia")
_ML_TOGO_F = ("Sitan", "Kadidia", "Nana", "Djénéba", "Bintou", "Fanta", "Korotoumou")
_ML_PLACES = (
    ("Kaniko", "Kaniko", "Koutiala", "SCPC Benkadi de Kaniko"),
    ("N'Golonianasso", "N'Golonianasso", "Koutiala", "SCPC Jɛkafo"),
    ("Zébala", "Zangasso", "Koutiala", "SCPC Sabati"),
    ("Fana", "Fana", "Fana", "SCPC Siguida"),
    ("Kléla", "Kléla", "Sikasso", "SCPC Ton Nyɛtaa"),
    ("Massigui", "Massigui", "Dioïla", "SCPC Hɛrɛ"),
)

# -- Burkina Faso: artisanal gold diggers --------------------------------------------------------
_BF_BUUDU = ("OUÉDRAOGO", "SAWADOGO", "ZOUNGRANA", "KIENDREBEOGO", "NIKIÉMA", "TAPSOBA", "ILBOUDO")
_BF_YUURE_M = ("Wendpouiré", "Tibo", "Noaga", "Raogo", "Pengdwendé", "Boukaré", "Saïdou")
_BF_YUURE_F = ("Wendyam", "Pougbila", "Rasmata", "Tènè", "Poko", "Zénabo", "Nomwendé")
_BF_SITES = (
    ("Site de Bouda", "Boussé", "Plateau-Central"),
    ("Site de Kalsaka", "Kalsaka", "Nord"),
    ("Site de Nobsin", "Yako", "Nord"),
    ("Site de Gomgombiro", "Koudougou", "Centre-Ouest"),
    ("Site de Bagassi", "Boromo", "Boucle du Mouhoun"),
)
_BF_HOMES = (
    ("Secteur 23", "Ouagadougou", "Centre"),
    ("Kalsaka village", "Kalsaka", "Nord"),
    ("Secteur 6", "Yako", "Nord"),
    ("Tanghin", "Boussé", "Plateau-Central"),
    ("Secteur 3", "Koudougou", "Centre-Ouest"),
)
_BF_TASKS = ("Creuseur", "Concasseur", "Laveuse", "Exhaurée", "Propriétaire de puits")

# -- Niger: herders at a vaccination campaign ------------------------------------------------------
_NE_DANGI = ("Boubacar", "Garba", "Maman Sani", "Idrissa", "Hassane", "Issaka", "Laouali")
_NE_SUNA_M = ("Abdou", "Sani", "Ibrahim", "Habibou", "Hamidou", "Mahaman", "Souleymane")
_NE_SUNA_F = ("Hadiza", "Rakiya", "Zeinabou", "Balkissa", "Haoua", "Mariama", "Fati")
_NE_PLACES = (
    ("Zango Tagayé", "Dakoro", "Maradi"),
    ("Ƙauyen Guidan Roumdji", "Guidan Roumdji", "Maradi"),
    ("Campement Wodaabé de Tchintabaraden", "Tchintabaraden", "Tahoua"),
    ("Mirriah", "Mirriah", "Zinder"),
    ("Ƙauyen Bermo", "Bermo", "Maradi"),
)
_NE_VACCINES = ("PPCB", "PPR", "Pasteurellose", "Charbon bactéridien", "PPCB + Pasteurellose")

# -- Mauritania: teacher recruitment candidates ----------------------------------------------------
_MR_M = ("Mohamed Lemine", "Sidi Mohamed", "Ahmed Salem", "El Moustapha", "Cheikhna", "Yahya")
_MR_F = ("Mariem", "Aichetou", "Toutou", "Lalla", "Khadijetou", "Salka")
_MR_ARABIC_M = ("محمد الأمين", "سيدي محمد", "أحمد سالم", "المصطفى", "الشيخنا", "يحيى")
_MR_ARABIC_F = ("مريم", "عيشة", "توتو", "لالة", "خديجة", "السالكة")
_MR_FATHERS = (("Abdallahi", "عبد الله"), ("Mahmoud", "محمود"), ("Bekaye", "بكاي"))
_MR_PLACES = (
    ("Tevragh Zeina, Îlot C, lot 412", "Nouakchott-Ouest"),
    ("Arafat, Carrefour Bamako, maison 27", "Nouakchott-Sud"),
    ("Dar Naim, Secteur 4, n° 115", "Nouakchott-Nord"),
    ("Kiffa, quartier Bakara, n° 9", "Assaba"),
    ("Rosso, quartier Satara, n° 61", "Trarza"),
    ("Néma, quartier Château d'eau, n° 3", "Hodh Ech Chargui"),
)
_MR_BIRTHPLACES = ("Boutilimit", "Atar", "Kaédi", "Aleg", "Tidjikja", "Sélibaby", "Nouakchott")
_MR_DIPLOMAS = ("Baccalauréat série D", "Baccalauréat série C", "Licence en lettres arabes")
_MR_CENTRES = ("Lycée Arabe de Nouakchott", "ENI de Nouakchott", "ENI de Kaédi", "Lycée de Kiffa")


def _row(p: Person, rows: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return rows[int(p.bhxh) // (salt * 13 + 7) % len(rows)]


def _pairs(p: Person) -> str:
    """The last six digits of an eight-digit West African number, in pairs."""
    return f"{p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _mr_name(p: Person, arabic: bool) -> str:
    father = _pick(p, tuple(f[1 if arabic else 0] for f in _MR_FATHERS), 2)
    if arabic:
        return f"{_by_sex(p, _MR_ARABIC_M, _MR_ARABIC_F, 1)} {father}"
    return f"{_by_sex(p, _MR_M, _MR_F, 1)} {'Ould' if p.male else 'Mint'} {father}"


WRITERS_BLIND178: dict[str, Callable[[Person, Col], object]] = {
    "kin178": lambda p, c: _pick(p, _VN_KIN, 2),
    "martyr178": lambda p, c: f"{p.family} {_pick(p, _VN_MARTYR_GIVEN, 3)}",
    "martyr_year178": lambda p, c: str(1940 + int(p.bhxh) % 15),
    "died178": lambda p, c: _died(p),
    "tqgc178": lambda p, c: f"{p.bhxh[-6:]}",
    "tqgc_date178": lambda p, c: f"{_safe_day(1980 + _num(p, 10), 7, 27):%d/%m/%Y}",
    "worship178": lambda p, c: "1.400.000",
    "pay178": lambda p, c: _pick(p, _VN_PAY, 4),
    "team178": lambda p, c: _pick(p, _VN_TEAMS, 2),
    "sport178": lambda p, c: _row(p, _VN_SPORTS, 3)[0],
    "event178": lambda p, c: _row(p, _VN_SPORTS, 3)[1],
    "bib178": lambda p, c: f"{_num(p, 400) + 100}",
    "lead178": lambda p, c: _other_vn(p, 5),
    "medal178": lambda p, c: _pick(p, ("", "HCV", "HCB", "HCĐ", "", "KK"), 6),
    "shop178": lambda p, c: _pick(p, _VN_SHOPS, 2),
    "shop_addr178": lambda p, c: (
        f"Số {_num(p, 300)} {_pick(p, _VN_SHOP_STREETS, 3)}, {p.address.split(', ')[-2]}"
    ),
    "licence178": lambda p, c: f"{_num(p, 900) + 10}/GCN-SCT",
    "brand178": lambda p, c: _pick(p, _VN_BRANDS, 4),
    "stock178": lambda p, c: f"{(_num(p, 8) + 1) * 10} bình 12kg",
    "ext178": lambda p, c: _pick(p, _VN_EXT, 5),
    "inspector178": lambda p, c: f"Đại úy {_other_vn(p, 6, True)}",
    "result178": lambda p, c: _pick(p, _VN_INSPECT, 7),
    "stoves178": lambda p, c: str(_num(p, 3)),
    "purpose178": lambda p, c: _pick(p, _VN_PURPOSE, 3),
    "switch178": lambda p, c: _pick(p, _VN_SWITCH, 4),
    "support178": lambda p, c: _pick(p, ("500.000", "1.000.000", "Không"), 5),
    "ward178": lambda p, c: p.address.split(", ")[-2],
    "tdp_head178": lambda p, c: _other_vn(p, 7),
    "head_phone178": lambda p, c: _other_phone(p, "098"),
    # Senegal
    "cni_sn178": lambda p, c: (lambda n: f"{n[0]} {n[1:4]} {n[4:8]} {n[8:]}")(_senegal_cni(p)),
    "sant_sn178": lambda p, c: _pick(p, _SN_SANT, 1),
    "tur_sn178": lambda p, c: _by_sex(p, _SN_TUR_M, _SN_TUR_F, 2),
    "sex_sn178": lambda p, c: "Góor / M" if p.male else "Jigéen / F",
    "quartier_sn178": lambda p, c: _row(p, _SN_PLACES)[0],
    "commune_sn178": lambda p, c: _row(p, _SN_PLACES)[1],
    "quai_sn178": lambda p, c: _row(p, _SN_PLACES)[2],
    "phone_sn178": lambda p, c: (
        f"{_pick(p, ('77', '78', '76', '70'), 3)} {p.phone[2:5]} {p.phone[5:7]} {p.phone[7:9]}"
    ),
    "pirogue_sn178": lambda p, c: f"{_pick(p, ('SL', 'DK', 'MB', 'JL'), 4)}-{p.bhxh[-4:]}-P",
    "pirogue_name_sn178": lambda p, c: _pick(p, _SN_PIROGUES, 5),
    "permit_sn178": lambda p, c: _pick(p, _SN_PERMITS, 6),
    "fee_sn178": lambda p, c: _pick(p, ("15 000", "25 000", "5 000"), 6),
    "owner_sn178": lambda p, c: f"{_pick(p, _SN_TUR_M, 7)} {_pick(p, _SN_SANT, 8)}",
    # Mali
    "nina_ml178": lambda p, c: _ml_nina(p),
    "jamu_ml178": lambda p, c: _pick(p, _ML_JAMU, 1),
    "togo_ml178": lambda p, c: _by_sex(p, _ML_TOGO_M, _ML_TOGO_F, 2),
    "sex_ml178": lambda p, c: "Cɛ" if p.male else "Muso",
    "village_ml178": lambda p, c: _row(p, _ML_PLACES)[0],
    "commune_ml178": lambda p, c: _row(p, _ML_PLACES)[1],
    "secteur_ml178": lambda p, c: f"Secteur CMDT {_row(p, _ML_PLACES)[2]}",
    "coop_ml178": lambda p, c: _row(p, _ML_PLACES)[3],
    "area_ml178": lambda p, c: f"{_num(p, 40) / 4:.2f}".replace(".", ","),
    "bags_ml178": lambda p, c: str(_num(p, 40) * 2),
    "credit_ml178": lambda p, c: f"{_num(p, 40) * 37_500:,}".replace(",", " "),
    "prod_ml178": lambda p, c: f"{_num(p, 40) * 290 + _num(p, 90):,}".replace(",", " "),
    "phone_ml178": lambda p, c: f"(+223) {_pick(p, ('76', '66', '79', '65'), 3)} {_pairs(p)}",
    # Burkina Faso
    "cnib_bf178": lambda p, c: _bf_cnib(p),
    "buudu_bf178": lambda p, c: _pick(p, _BF_BUUDU, 1),
    "yuure_bf178": lambda p, c: _by_sex(p, _BF_YUURE_M, _BF_YUURE_F, 2),
    "sex_bf178": lambda p, c: "Raoa" if p.male else "Pagã",
    "birthplace_bf178": lambda p, c: _pick(p, ("Kaya", "Ouahigouya", "Ziniaré", "Manga"), 3),
    "quarter_bf178": lambda p, c: _row(p, _BF_HOMES)[0],
    "commune_bf178": lambda p, c: _row(p, _BF_HOMES)[1],
    "region_bf178": lambda p, c: _row(p, _BF_HOMES)[2],
    "site_bf178": lambda p, c: _row(p, _BF_SITES, 2)[0],
    "site_commune_bf178": lambda p, c: _row(p, _BF_SITES, 2)[1],
    "card_bf178": lambda p, c: f"ANEEMAS/{_row(p, _BF_SITES, 2)[2][:3].upper()}/{p.bhxh[-5:]}",
    "task_bf178": lambda p, c: _pick(p, _BF_TASKS, 4),
    "chief_bf178": lambda p, c: f"{_pick(p, _BF_BUUDU, 5)} {_pick(p, _BF_YUURE_M, 6)}",
    "phone_bf178": lambda p, c: f"{_pick(p, ('70', '76', '65', '56'), 3)} {_pairs(p)}",
    # Niger
    "card_ne178": lambda p, c: _ne_card(p),
    "dangi_ne178": lambda p, c: _pick(p, _NE_DANGI, 1).upper(),
    "suna_ne178": lambda p, c: _by_sex(p, _NE_SUNA_M, _NE_SUNA_F, 2),
    "uba_ne178": lambda p, c: _pick(p, _NE_SUNA_M, 3),
    "sex_ne178": lambda p, c: "Namiji" if p.male else "Mace",
    "village_ne178": lambda p, c: _row(p, _NE_PLACES)[0],
    "commune_ne178": lambda p, c: _row(p, _NE_PLACES)[1],
    "region_ne178": lambda p, c: _row(p, _NE_PLACES)[2],
    "phone_ne178": lambda p, c: f"+227 {_pick(p, ('96', '90', '88', '99'), 3)} {_pairs(p)}",
    "cattle_ne178": lambda p, c: str(_num(p, 60)),
    "sheep_ne178": lambda p, c: str(_num(p, 45) + 3),
    "goats_ne178": lambda p, c: str(_num(p, 35)),
    "camels_ne178": lambda p, c: str(_num(p, 6) - 1),
    "vaccine_ne178": lambda p, c: _pick(p, _NE_VACCINES, 4),
    "vaccinator_ne178": lambda p, c: f"Dr {_pick(p, _NE_SUNA_M, 5)} {_pick(p, _NE_DANGI, 6)}",
    # Mauritania
    "nni_mr178": lambda p, c: f"{int(p.bhxh[:2]) % 9 + 1}{p.bhxh[2:]}{p.birth.month % 10}"[:10],
    "name_mr178": lambda p, c: _mr_name(p, False),
    "name_ar_mr178": lambda p, c: _mr_name(p, True),
    "birthplace_mr178": lambda p, c: _pick(p, _MR_BIRTHPLACES, 3),
    "sex_mr178": lambda p, c: "ذكر" if p.male else "أنثى",
    "diploma_mr178": lambda p, c: _pick(p, _MR_DIPLOMAS, 4),
    "candidate_mr178": lambda p, c: f"CRI-25-{p.bhxh[-5:]}",
    "centre_mr178": lambda p, c: _pick(p, _MR_CENTRES, 5),
    "addr_mr178": lambda p, c: _row(p, _MR_PLACES)[0],
    "wilaya_mr178": lambda p, c: _row(p, _MR_PLACES)[1],
    "phone_mr178": lambda p, c: f"+222 {_pick(p, ('2', '3', '4'), 6)}{p.phone[3]} {_pairs(p)}",
    "result_mr178": lambda p, c: _pick(p, ("Admis", "Ajourné", "Admis (liste d'attente)"), 7),
}
