"""How the people of the hundred-and-seventy-fourth part of the outside corpus (**blind 174**,
:mod:`lienthong.quality._corpus_blind174`) are written: four Vietnamese registers' own columns
(Ngoc Linh ginseng growers in Quang Nam, surveying licence holders, an online law quiz, sand
barge owners on the Red River) and five overseas French registers (a New Caledonia CAFAT roll of
self-employed with their RIDET, a French Polynesia social-housing waiting list with Tahitian
words, a Wallis and Futuna territorial scholarship list with Wallisian words, Reunion sugar-cane
season cutters and Mayotte emergency food aid after cyclone Chido with Shimaore words)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind168_writers import _nir168

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# Quang Nam ginseng communes (village, commune, district) before and after 1 July 2025
_QNAM = (
    ("Thôn 1", "xã Trà Linh", "huyện Nam Trà My", "tỉnh Quảng Nam"),
    ("Thôn 2", "xã Trà Nam", "huyện Nam Trà My", "tỉnh Quảng Nam"),
    ("Thôn 3", "xã Trà Cang", "huyện Nam Trà My", "tỉnh Quảng Nam"),
    ("Thôn Long Viên", "xã Trà Linh", "huyện Nam Trà My", "TP. Đà Nẵng"),
    ("Thôn Ông Bình", "xã Trà Vân", "huyện Nam Trà My", "tỉnh Quảng Nam"),
)
_XD_FAMILY = ("Hồ", "Hồ", "Đinh", "Trần", "Hồ", "Nguyễn")
_XD_GIVEN_M = ("Văn Tiêu", "Văn Hồng", "Văn Lúa", "Quang Giỏi", "Văn Đăm", "Văn Nhất")
_XD_GIVEN_F = ("Thị Bích", "Thị Lý", "Thị Hoa", "Thị Nguyệt", "Thị Hường")
# Red River banks (street or hamlet, ward or commune, province)
_RED = (
    ("Số 12 ngõ 2 Bạch Đằng", "phường Hồng Hà", "TP. Hà Nội"),
    ("Xóm Bãi, thôn Phú Mỹ", "xã Tự Lập", "TP. Hà Nội"),
    ("Tổ 7", "phường Việt Trì", "tỉnh Phú Thọ"),
    ("Thôn Đông Xuân", "xã Hồng Châu", "tỉnh Hưng Yên"),
    ("Số 88 Lê Lợi", "phường Sơn Tây", "TP. Hà Nội"),
)

# New Caledonia: (street or tribu, commune, postcode, province, INSEE commune part of the NIR)
_NC = (
    ("12 rue Jules Garnier, Baie de l'Orphelinat", "Nouméa", "98800", "Province Sud", "18"),
    ("Lot 45 lotissement Koutio", "Dumbéa", "98835", "Province Sud", "07"),
    ("Tribu de Tiendanite", "Hienghène", "98815", "Province Nord", "13"),
    ("Tribu de Hnathalo", "Lifou", "98820", "Province des Îles Loyauté", "16"),
    ("Tribu de Saint-Louis", "Le Mont-Dore", "98809", "Province Sud", "17"),
    ("Tribu de Gohapin", "Poya", "98827", "Province Nord", "24"),
)
_NC_FAMILY = ("Wamytan", "Gowé", "Hnawia", "Poidyaliwane", "Lemaire", "Teinmalu", "Wahetra")
_NC_GIVEN_M = ("Jean-Marie", "Roch", "Kalepo", "Wassissi", "Cyril", "Hippolyte")
_NC_GIVEN_F = ("Marie-Thérèse", "Déwé", "Eloïse", "Wassaguine", "Bernadette", "Anaïs")
# French Polynesia: (servitude or lieu-dit, commune, island, postcode, INSEE part)
_PF = (
    ("PK 12,5 côté mer, servitude Teihotu", "Punaauia", "Tahiti", "98718", "62"),
    ("Quartier Fare Ute", "Papeete", "Tahiti", "98714", "35"),
    ("Vallée de Titioro, lotissement Erima", "Papeete", "Tahiti", "98714", "35"),
    ("Lieu-dit Taravao, route de la Presqu'île", "Taiarapu-Est", "Tahiti", "98719", "49"),
    ("PK 8 côté montagne, Pamatai", "Faa'a", "Tahiti", "98704", "15"),
    ("Quartier Haapiti", "Moorea-Maiao", "Moorea", "98729", "31"),
)
_PF_FAMILY = ("TEMAURI", "TEHEIURA", "TAPUTU", "BROTHERSON", "TERIITEHAU", "ATGER", "TUIHANI")
_PF_GIVEN_M = ("Teiki", "Moana", "Heimana", "Raiarii", "Tamatea", "Vaitea")
_PF_GIVEN_F = ("Hinano", "Vaimiti", "Teura", "Maeva", "Heiani", "Tiare")
# Wallis and Futuna: (village, district, circonscription, postcode, INSEE part)
_WF = (
    ("Mata-Utu", "Hahake", "Uvea", "98600", "13"),
    ("Liku", "Hihifo", "Uvea", "98600", "13"),
    ("Malae", "Mu'a", "Uvea", "98600", "13"),
    ("Leava", "Sigave", "Sigave", "98620", "12"),
    ("Ono", "Alo", "Alo", "98620", "11"),
    ("Kolopopo", "Alo", "Alo", "98620", "11"),
)
_WF_FAMILY = ("TAKATAI", "MUNIKIHAAFATA", "TUFELE", "FOLOKA", "LAKALAKA", "TAUVALE", "MOEFANA")
_WF_GIVEN_M = ("Petelo", "Soane", "Mikaele", "Aloisio", "Sosefo", "Kalolo")
_WF_GIVEN_F = ("Malia", "Losa", "Katalina", "Telesia", "Sesilia", "Amelia")
_WF_SCHOOLS = (
    "Lycée d'État de Wallis et Futuna (Mata-Utu)",
    "Université de la Nouvelle-Calédonie (Nouméa)",
    "IUT de Nouméa",
    "Université de Montpellier",
    "Collège de Sisia (Futuna)",
    "BTS - Lycée Jules Garnier (Nouméa)",
)
# Reunion: (chemin or lieu-dit, commune, postcode, INSEE part)
_RE = (
    ("12 chemin Ligne Paradis", "Saint-Pierre", "97410", "16"),
    ("Lieu-dit Bras de Pontho, 4 chemin Grand Coude", "Le Tampon", "97430", "22"),
    ("45 rue des Cannes, La Rivière", "Saint-Louis", "97421", "14"),
    ("Ravine des Cabris, 3 impasse des Letchis", "Saint-Pierre", "97432", "16"),
    ("8 chemin Bois de Nèfles", "Saint-Paul", "97411", "15"),
    ("Lieu-dit Grand Bois, 27 allée des Vacoas", "Saint-Pierre", "97410", "16"),
)
_RE_FAMILY = ("PAYET", "HOARAU", "GRONDIN", "FONTAINE", "RIVIERE", "BOYER", "TECHER", "DIJOUX")
_RE_GIVEN_M = ("Jean-Claude", "Jean-Hugues", "Dimitri", "Mickaël", "Loïc", "Jean-Max")
_RE_GIVEN_F = ("Marie-Annick", "Ginette", "Nadège", "Sully", "Marie-Josée", "Lucette")
# Mayotte: (village, quartier, commune, postcode, INSEE part)
_YT = (
    ("Kawéni", "Kawéni village", "Mamoudzou", "97600", "11"),
    ("Cavani", "Cavani Sud", "Mamoudzou", "97600", "11"),
    ("Tsoundzou 1", "Bandrajou", "Mamoudzou", "97600", "11"),
    ("Labattoir", "Boboka", "Dzaoudzi", "97615", "08"),
    ("Sada", "Mangajou", "Sada", "97640", "16"),
    ("Koungou", "Majicavo-Koropa", "Koungou", "97690", "10"),
)
_YT_FAMILY = ("AHAMADI", "SOILIHI", "ABDALLAH", "MADI", "ATTOUMANI", "ANLI", "HOUMADI")
_YT_GIVEN_M = ("Ahmed", "Said", "Nassuf", "Ali", "Anrafa", "Bacar")
_YT_GIVEN_F = ("Zaïnaba", "Moinecha", "Mariama", "Echati", "Fatima", "Anziza")


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 7 + 1)) % len(table)]


def _two(digits: str) -> str:
    """Digits spaced in pairs, as French forms print phone numbers."""
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _ridet(p: Person) -> str:
    """A RIDET: seven digits of the enterprise, a dot and the three of the establishment."""
    return f"{p.bhxh[1:8]}.{_num(p, 3):03d}"


WRITERS_BLIND174: dict[str, Callable[[Person, Col], object]] = {
    # Ngoc Linh ginseng growers, Quang Nam
    "xd_name174": lambda p, c: (
        f"{_pick(p, _XD_FAMILY, 1)} {_by_sex(p, _XD_GIVEN_M, _XD_GIVEN_F, 2)}"
    ),
    "addr_qnam174": lambda p, c: ", ".join(_place(p, _QNAM)),
    "plot174": lambda p, c: f"Tiểu khu {_num(p, 700) + 100}, khoảnh {_num(p, 12)}",
    "area_ginseng174": lambda p, c: f"{_num(p, 900) * 10}",
    "plants174": lambda p, c: str(_num(p, 400) * 25),
    "vung_code174": lambda p, c: f"VN-QNA-NTM-SNL-{_num(p, 300):03d}",
    "planted174": lambda p, c: f"{_pick(p, ('2016', '2018', '2019', '2020', '2022'), 3)}",
    "seedling174": lambda p, c: _pick(
        p, ("Trạm dược liệu Trà Linh", "Tự nhân giống", "Công ty Sâm Ngọc Linh", "HTX Trà Linh"), 4
    ),
    "checker174": lambda p, c: f"{_other_vn(p, 5)} (Phòng NN&MT)",
    # surveying licences
    "licence_dd174": lambda p, c: f"BĐĐ-{_num(p, 60):02d}-{_num(p, 9000):05d}",
    "class_dd174": lambda p, c: _pick(p, ("Hạng I", "Hạng II", "Hạng II", "Hạng I"), 1),
    "field_dd174": lambda p, c: _pick(
        p,
        (
            "Đo đạc, thành lập bản đồ địa chính",
            "Khảo sát địa hình",
            "Đo đạc công trình",
            "Lập bản đồ địa chính; Đo đạc công trình",
        ),
        2,
    ),
    "degree174": lambda p, c: _pick(
        p, ("KS Trắc địa - Bản đồ", "KS Quản lý đất đai", "CN Địa chính", "ThS Trắc địa"), 3
    ),
    "school174": lambda p, c: _pick(
        p, ("ĐH Mỏ - Địa chất", "ĐH Tài nguyên và Môi trường HN", "ĐH Nông Lâm Huế"), 4
    ),
    "years_dd174": lambda p, c: str(_num(p, 25) + 3),
    "employer_dd174": lambda p, c: _pick(
        p,
        (
            "Cty TNHH Đo đạc Bản đồ Hưng Phát",
            "Văn phòng ĐKĐĐ tỉnh",
            "Trung tâm Kỹ thuật TN&MT",
            "Cty CP Trắc địa Miền Bắc",
        ),
        5,
    ),
    "expiry_dd174": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    # online law quiz
    "quiz_id174": lambda p, c: f"TS{p.bhxh[2:9]}",
    "unit_quiz174": lambda p, c: _pick(
        p, ("Đoàn phường", "Hội LHPN xã", "Trường THPT", "Công đoàn KCN", "Tự do"), 1
    ),
    "score174": lambda p, c: f"{_num(p, 30)}/30",
    "guess174": lambda p, c: f"{_num(p, 9000) + 1000:,}".replace(",", "."),
    "seconds174": lambda p, c: f"{_num(p, 59):02d}:{_num(p, 59):02d}",
    "prize174": lambda p, c: _pick(p, ("", "", "Giải KK", "", "Giải Ba", "", "Giải Nhì"), 2),
    # Red River sand barges
    "addr_red174": lambda p, c: ", ".join(_place(p, _RED)),
    "barge174": lambda p, c: f"{_pick(p, ('HN', 'PT', 'HY', 'VP'), 1)}-{_num(p, 9000):04d}",
    "tonnage174": lambda p, c: str(_num(p, 60) * 10 + 200),
    "mine174": lambda p, c: _pick(
        p,
        (
            "Mỏ cát Tự Lập - Mê Linh",
            "Bãi tập kết Hồng Hà",
            "Mỏ cát Vân Cốc",
            "Mỏ cát Phù Đổng",
        ),
        2,
    ),
    "licence_cat174": lambda p, c: f"{_num(p, 500)}/GP-UBND",
    "captain174": lambda p, c: _other_vn(p, 3, male=True),
    "captain_phone174": lambda p, c: _other_phone(p, "03"),
    "gps174": lambda p, c: _pick(p, ("Có", "Có", "Không", "Hỏng"), 4),
    # New Caledonia CAFAT self-employed
    "nc_family174": lambda p, c: _pick(p, _NC_FAMILY, 1).upper(),
    "nc_given174": lambda p, c: _by_sex(p, _NC_GIVEN_M, _NC_GIVEN_F, 2),
    "nir_nc174": lambda p, c: _nir168(p, "988", _place(p, _NC)[4]),
    "cafat174": lambda p, c: f"{p.bhxh[2:9]}",
    "ridet174": lambda p, c: _ridet(p),
    "street_nc174": lambda p, c: _place(p, _NC)[0],
    "commune_nc174": lambda p, c: _place(p, _NC)[1],
    "cp_nc174": lambda p, c: _place(p, _NC)[2],
    "prov_nc174": lambda p, c: _place(p, _NC)[3],
    "phone_nc174": lambda p, c: (
        f"{_pick(p, ('7', '7', '8', '9', '5'), 3)}{p.bhxh[4]}.{p.bhxh[5:7]}.{p.bhxh[7:9]}"
    ),
    "activity_nc174": lambda p, c: _pick(
        p, ("Pêche lagonaire", "Taxi", "Coiffure", "Maçonnerie", "Vente de coprah", "Gîte"), 4
    ),
    "regime_nc174": lambda p, c: _pick(p, ("RUAMM", "RUAMM + RUAMM AT", "Aide médicale"), 5),
    "arrears174": lambda p, c: f"{_num(p, 300) * 1000} XPF",
    # French Polynesia social housing
    "pf_family174": lambda p, c: _pick(p, _PF_FAMILY, 1),
    "pf_given174": lambda p, c: _by_sex(p, _PF_GIVEN_M, _PF_GIVEN_F, 2),
    "dn_pf174": lambda p, c: p.bhxh[3:10],
    "addr_pf174": lambda p, c: (
        f"{_place(p, _PF)[0]}, {_place(p, _PF)[3]} {_place(p, _PF)[1]}, {_place(p, _PF)[2]}"
    ),
    "phone_pf174": lambda p, c: _two(f"8{_pick(p, ('7', '9', '9'), 3)}{p.bhxh[4:10]}"),
    "household_pf174": lambda p, c: str(_num(p, 9) + 1),
    "income_pf174": lambda p, c: f"{_money(_num(p, 40) * 10_000 + 60_000)} F CFP",
    "housing_pf174": lambda p, c: _pick(p, ("F2", "F3", "F4", "Fare OPH", "F3"), 4),
    "file_pf174": lambda p, c: f"OPH-{p.other_date:%Y}-{_num(p, 9000):05d}",
    "priority_pf174": lambda p, c: _pick(p, ("Prioritaire", "Normal", "Urgent - insalubrité"), 5),
    # Wallis and Futuna scholarships
    "wf_family174": lambda p, c: _pick(p, _WF_FAMILY, 1),
    "wf_given174": lambda p, c: _by_sex(p, _WF_GIVEN_M, _WF_GIVEN_F, 2),
    "nir_wf174": lambda p, c: _nir168(p, "986", _place(p, _WF)[4]),
    "village_wf174": lambda p, c: _place(p, _WF)[0],
    "district_wf174": lambda p, c: _place(p, _WF)[1],
    "cp_wf174": lambda p, c: _place(p, _WF)[3],
    "sex_fr174": lambda p, c: "M" if p.male else "F",
    "school_wf174": lambda p, c: _pick(p, _WF_SCHOOLS, 3),
    "level_wf174": lambda p, c: _pick(p, ("Terminale", "L1", "L2", "BTS 1", "Master 1"), 4),
    "guardian_wf174": lambda p, c: f"{_pick(p, _WF_FAMILY, 5)} {_pick(p, _WF_GIVEN_M, 6)}",
    "phone_wf174": lambda p, c: (
        f"+681 {_pick(p, ('72', '82', '72'), 3)} {p.bhxh[4:6]} {p.bhxh[6:8]}"
    ),
    "amount_wf174": lambda p, c: f"{_money(_num(p, 20) * 10_000 + 50_000)}",
    # Reunion cane cutters
    "re_family174": lambda p, c: _pick(p, _RE_FAMILY, 1),
    "re_given174": lambda p, c: _by_sex(p, _RE_GIVEN_M, _RE_GIVEN_F, 2),
    "nir_re174": lambda p, c: _nir168(p, "974", _place(p, _RE)[3]),
    "street_re174": lambda p, c: _place(p, _RE)[0],
    "cp_re174": lambda p, c: _place(p, _RE)[2],
    "commune_re174": lambda p, c: _place(p, _RE)[1],
    "phone_re174": lambda p, c: _two(f"069{_pick(p, ('2', '3'), 3)}{p.bhxh[4:10]}"),
    "planter174": lambda p, c: (
        f"EARL {_pick(p, _RE_FAMILY, 4)} - {_pick(p, ('Le Gol', 'Bois Rouge'), 5)}"
    ),
    "tonnes174": lambda p, c: f"{_num(p, 400)},{p.bhxh[-1]}",
    "start_re174": lambda p, c: (
        f"{p.other_date.replace(month=7, day=1) + timedelta(days=_num(p, 20)):%d/%m/%Y}"
    ),
    "note_re174": lambda p, c: _pick(
        p, ("", "Abandon 15/08", "", "Arrêt maladie", "", "Coupe mécanisée"), 6
    ),
    "france_travail174": lambda p, c: f"{p.bhxh[2:9]}{'ABCDEFGH'[_num(p, 8) - 1]}",
    # Mayotte emergency aid
    "yt_family174": lambda p, c: _pick(p, _YT_FAMILY, 1),
    "yt_given174": lambda p, c: _by_sex(p, _YT_GIVEN_M, _YT_GIVEN_F, 2),
    "nir_yt174": lambda p, c: _nir168(p, "976", _place(p, _YT)[4]) if int(p.bhxh) % 4 else "",
    "village_yt174": lambda p, c: _place(p, _YT)[0],
    "quartier_yt174": lambda p, c: _place(p, _YT)[1],
    "commune_yt174": lambda p, c: _place(p, _YT)[2],
    "phone_yt174": lambda p, c: f"06 39 {p.bhxh[4:6]} {p.bhxh[6:8]} {p.bhxh[8:10]}"[:14],
    "mother_yt174": lambda p, c: f"{_pick(p, _YT_GIVEN_F, 4)} {_pick(p, _YT_FAMILY, 5)}",
    "members_yt174": lambda p, c: str(_num(p, 11) + 1),
    "housing_yt174": lambda p, c: _pick(
        p, ("Banga détruit", "Case en tôle détruite", "Maison SIM endommagée", "Toit arraché"), 6
    ),
    "kit_yt174": lambda p, c: _pick(
        p, ("Colis alimentaire", "Eau 6x1,5 L + riz", "Bon CCAS 50 €", "Bâche + colis"), 7
    ),
    "agent_yt174": lambda p, c: f"{_pick(p, _YT_GIVEN_M, 8)} {_pick(p, _YT_FAMILY, 9)} (CCAS)",
}
