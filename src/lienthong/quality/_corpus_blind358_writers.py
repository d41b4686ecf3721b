"""How the people of the three-hundred-and-fifty-eighth part of the outside corpus (**blind 358**,
:mod:`lienthong.quality._corpus_blind358`) are written: the members of a neighbourhood fire team,
a factory's fire-drill roll, apartment buildings' fire-safety officers and volunteer rescue
divers in Vietnam; Luxembourg, Swiss, Austrian, Liechtenstein and Monaco fire and rescue
volunteers with their identity numbers (the Luxembourg matricule's Luhn and Verhoeff digits, the
AHV EAN-13 digit, the Austrian SVNR's weighted mod-11 digit beside the birth date)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind118_writers import _matricule_lu, _svnr_at
from lienthong.quality._corpus_blind330_writers import _ahv

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ------------------------------------------------------------------------------------
_LG_ROLES = ("Tổ trưởng", "Tổ phó", "Tổ viên", "Tổ viên", "Tổ viên", "Tổ viên")
_LG_EQUIP = (
    "01 bình bột ABC 4kg",
    "02 bình CO2 3kg",
    "01 bình bột + 01 búa phá dỡ",
    "Chưa trang bị",
    "01 bình bột 8kg, 01 thang dây",
)
_LG_POINTS = ("Điểm CCCC số 1 (đầu hẻm 42)", "Điểm CCCC số 2 (nhà văn hóa KP)", "Điểm CCCC số 3")
_DT_DEPTS = ("Xưởng May 1", "Xưởng Cắt", "Kho NPL", "Tổ Hoàn thiện", "Phòng HCNS", "Xưởng Ép")
_DT_ROLES = (
    "Thoát nạn theo lối A",
    "Thoát nạn theo lối B",
    "Đội PCCC cơ sở - phun nước",
    "Đội PCCC cơ sở - sơ cứu",
    "Kiểm đếm quân số",
    "Ngắt điện tổng",
)
_DT_STATUS = ("Có mặt", "Có mặt", "Có mặt", "Vắng (phép)", "Có mặt", "Đi muộn")
_CC_BUILDINGS = (
    ("Tòa A1 - KĐT Linh Đàm", "Phường Hoàng Liệt, TP Hà Nội"),
    ("Chung cư Saigon Pearl - Ruby 2", "Phường Thạnh Mỹ Tây, TP Hồ Chí Minh"),
    ("Tòa CT3 Mường Thanh", "Phường Nha Trang, Khánh Hòa"),
    ("Block B Chung cư Phú Hoàng Anh", "Xã Nhà Bè, TP Hồ Chí Minh"),
    ("Tòa HH4C Linh Đàm", "Phường Hoàng Liệt, TP Hà Nội"),
)
_CC_POSTS = (
    "Trưởng ban quản lý",
    "Kỹ thuật viên M&E",
    "Đội trưởng đội PCCC cơ sở",
    "Cán bộ an ninh tòa nhà",
    "Nhân viên kỹ thuật PCCC",
)
_CC_OPERATORS = ("Cty CP DV Nhà ở Hà Nội", "Savills Việt Nam", "CBRE Việt Nam", "BQT nhiệm kỳ II")
_DV_CERTS = ("PADI Open Water", "PADI Advanced", "CMAS 1 sao", "CMAS 2 sao", "Chưa có chứng chỉ")
_DV_BLOOD = ("O+", "A+", "B+", "AB+", "O+", "A-")
_DV_GROUPS = ("Đội lặn TN sông Hồng", "CLB Lặn Sông Hàn", "Nhóm lặn Lam Giang", "Đội TN Cầu Rồng")

# -- Luxembourg -----------------------------------------------------------------------------------
_LU_FAMILY = ("Schmit", "Weber", "Hoffmann", "Da Silva", "Wagner", "Muller", "Thill", "Kremer")
_LU_GIVEN_M = ("Gilles", "Jeff", "Tom", "Nuno", "Marc", "Pit")
_LU_GIVEN_F = ("Anne", "Joëlle", "Carole", "Ana", "Sandy", "Laura")
_LU_PLACES = (
    ("12, rue de Wiltz", "L-9530", "Wiltz"),
    ("3, Duerfstrooss", "L-9999", "Wemperhardt"),
    ("45, route d'Arlon", "L-8009", "Strassen"),
    ("7, rue du Moulin", "L-6914", "Roodt-sur-Syre"),
    ("28, op der Heed", "L-1709", "Senningerberg"),
    ("110, avenue de la Liberté", "L-4602", "Differdange"),
)
_LU_CIS = ("CIS Wiltz", "CIS Mersch", "CIS Grevenmacher", "CIS Steinfort", "CIS Ettelbruck")
_LU_GRADES = ("Pompier", "Pompier 1re classe", "Caporal", "Sergent", "Adjudant", "Lieutenant")

# -- Switzerland ----------------------------------------------------------------------------------
_CH_FAMILY = ("Bapst", "Schneuwly", "Rossier", "Aebischer", "Dousse", "Zbinden", "Jungo")
_CH_GIVEN_M = ("Urs", "Pascal", "Beat", "Jérôme", "Damien", "Stefan")
_CH_GIVEN_F = ("Nadia", "Sandra", "Martina", "Aurélie", "Corinne", "Isabelle")
_CH_PLACES = (
    ("Route de la Gruyère 14", "1700", "Fribourg"),
    ("Hauptgasse 9", "3280", "Murten"),
    ("Schwarzseestrasse 33", "1712", "Tafers"),
    ("Rue du Château 2", "1630", "Bulle"),
    ("Bernstrasse 120", "3185", "Schmitten"),
    ("Chemin des Pâquis 5", "1530", "Payerne"),
)
_CH_GRADES = ("Sdt / sap", "Gfr / app", "Kpl / cpl", "Wm / sgt", "Lt / lt", "Oblt / plt")
_CH_FUNCS = (
    "Atemschutz / Porteur APR",
    "Maschinist / Machiniste",
    "Sanität / Sanitaire",
    "Verkehrsdienst / Circulation",
    "Gruppenführer / Chef de groupe",
)
_CH_UNITS = ("FW Sense-Oberland", "CSPI Sarine", "FW Murten", "CSPI Gruyère", "FW Düdingen")

# -- Austria --------------------------------------------------------------------------------------
_AT_FAMILY = ("Gruber", "Huber", "Pichler", "Moser", "Steiner", "Hofer", "Leitner", "Egger")
_AT_GIVEN_M = ("Florian", "Lukas", "Johann", "Andreas", "Martin", "Stefan")
_AT_GIVEN_F = ("Katharina", "Lisa", "Theresa", "Elisabeth", "Julia", "Magdalena")
_AT_PLACES = (
    ("Dorfplatz 3", "6150", "Steinach am Brenner"),
    ("Kirchgasse 12", "5020", "Salzburg"),
    ("Hauptstraße 41", "3100", "St. Pölten"),
    ("Feldweg 7/2", "4600", "Wels"),
    ("Sonnleiten 18", "8983", "Bad Mitterndorf"),
    ("Marktplatz 5", "9900", "Lienz"),
)
_AT_RANKS = ("PFM", "FM", "OFM", "HFM", "LM", "OLM", "BM", "HBI")
_AT_FF = ("FF Steinach", "FF Salzburg-Gnigl", "FF St. Pölten-Stadt", "FF Wels", "FF Lienz")

# -- Liechtenstein --------------------------------------------------------------------------------
_LI_FAMILY = ("Frommelt", "Negele", "Schädler", "Gassner", "Meier", "Kindle", "Sele", "Risch")
_LI_GIVEN_M = ("Armin", "Roland", "Matthias", "Wolfgang", "Christoph", "Daniel")
_LI_GIVEN_F = ("Andrea", "Silvia", "Nadine", "Claudia", "Petra", "Jasmin")
_LI_PLACES = (
    ("Im Gapetsch 4", "9494", "Schaan"),
    ("Landstrasse 120", "9495", "Triesen"),
    ("Rheinstrasse 9", "9487", "Gamprin-Bendern"),
    ("Kirchstrasse 2", "9497", "Triesenberg"),
    ("Haldenweg 15", "9491", "Ruggell"),
    ("Städtle 36", "9490", "Vaduz"),
)
_LI_FUNCS = ("Retter", "Bootsführer", "Taucher", "Einsatzleiter", "Sanitäter", "Funker")

# -- Monaco ---------------------------------------------------------------------------------------
_MC_FAMILY = ("GAZO", "BOERI", "ORECCHIA", "VATRICAN", "LORENZI", "ROBINO", "CELLARIO")
_MC_GIVEN_M = ("Laurent", "Sébastien", "Philippe", "Marco", "Guillaume", "Didier")
_MC_GIVEN_F = ("Élodie", "Stéphanie", "Marie-Pierre", "Francesca", "Nathalie", "Audrey")
_MC_HOMES = (
    "Le Formentor, 27 avenue Princesse Grace",
    "Le Castel Fleuri, 7 boulevard de Belgique",
    "Le Patio Palace, 41 avenue Hector Otto",
    "Villa Les Lierres, 5 rue Princesse Antoinette",
    "Le Continental, 2 place des Moulins",
    "Les Agaves, 13 rue Plati",
)
_MC_POSTS = ("Port Hercule", "Plage du Larvotto", "Stade Louis-II", "Grimaldi Forum", "Rocher")
_MC_NATIONS = ("Monégasque", "Française", "Italienne", "Monégasque", "Monégasque", "Belge")


def _amount(p: Person, lo: int, hi: int, step: int = 1) -> int:
    return lo + (int(p.bhxh) // 13 % ((hi - lo) // step + 1)) * step


def _lu_phone(p: Person) -> str:
    d = p.phone[4:10]
    if int(p.bhxh) % 3:
        return f"+352 6{_pick(p, ('21', '61', '91'), 3)} {d[:3]} {d[3:]}"
    return f"6{_pick(p, ('21', '61', '91'), 3)} {d[:3]} {d[3:]}"


def _ch_phone(p: Person) -> str:
    d = p.phone[3:10]
    if int(p.bhxh) % 2:
        return f"07{_pick(p, ('6', '8', '9'), 3)} {d[:3]} {d[3:5]} {d[5:]}"
    return f"+41 26 {d[:3]} {d[3:5]} {d[5:]}"


def _at_phone(p: Person) -> str:
    d = p.phone[3:10]
    lead = _pick(p, ("664", "660", "676", "699", "650"), 3)
    return f"+43 {lead} {d}" if int(p.bhxh) % 2 else f"0{lead} {d[:3]} {d[3:]}"


def _li_phone(p: Person) -> str:
    d = p.phone[4:10]
    lead = _pick(p, ("78", "79", "23", "37"), 3)
    return f"+423 {lead}{d[0]} {d[1:3]} {d[3:5]}" if int(p.bhxh) % 2 else f"{lead}{d[0]} {d[1:5]}"


def _li_ahv(p: Person) -> str:
    """The Liechtenstein AHV number as the AHV-IV-FAK card prints it (nine digits in threes)."""
    d = p.bhxh[1:10]
    return f"{d[:3]}.{d[3:6]}.{d[6:]}"


def _mc_phone(p: Person) -> str:
    d = p.phone[-8:]
    pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
    return f"+377 6 {pairs}" if int(p.bhxh) % 3 else f"+377 93 {pairs[3:]}"


WRITERS_BLIND358: dict[str, Callable[[Person, Col], object]] = {
    # -- tổ liên gia an toàn PCCC
    "lg_role358": lambda p, c: _pick(p, _LG_ROLES, 2),
    "lg_houses358": lambda p, c: f"Hộ số {_num(p, 30)} đến {_num(p, 30) + 4}",
    "lg_equip358": lambda p, c: _pick(p, _LG_EQUIP, 3),
    "lg_point358": lambda p, c: _pick(p, _LG_POINTS, 4),
    "lg_leader358": lambda p, c: _other_vn(p, 5, male=True),
    "lg_leaderphone358": lambda p, c: _other_phone(p, "09"),
    # -- diễn tập PCCC nhà máy
    "dt_empno358": lambda p, c: f"NV{p.bhxh[-5:]}",
    "dt_dept358": lambda p, c: _pick(p, _DT_DEPTS, 2),
    "dt_role358": lambda p, c: _pick(p, _DT_ROLES, 3),
    "dt_time358": lambda p, c: f"14:{_num(p, 40) + 10:02d}",
    "dt_status358": lambda p, c: _pick(p, _DT_STATUS, 4),
    "dt_trained358": lambda p, c: _pick(p, ("Đã huấn luyện 2025", "Chưa", "Đã huấn luyện 2024"), 5),
    # -- cán bộ PCCC tòa nhà chung cư
    "cc_building358": lambda p, c: _pick(p, tuple(b for b, _ in _CC_BUILDINGS), 2),
    "cc_bldaddr358": lambda p, c: _pick(p, tuple(a for _, a in _CC_BUILDINGS), 2),
    "cc_post358": lambda p, c: _pick(p, _CC_POSTS, 3),
    "cc_operator358": lambda p, c: _pick(p, _CC_OPERATORS, 4),
    "cc_cert358": lambda p, c: f"{_num(p, 900)}/GCN-PC07",
    # -- thợ lặn cứu nạn tình nguyện
    "dv_group358": lambda p, c: _pick(p, _DV_GROUPS, 2),
    "dv_cert358": lambda p, c: _pick(p, _DV_CERTS, 3),
    "dv_depth358": lambda p, c: _amount(p, 8, 40, 2),
    "dv_blood358": lambda p, c: _pick(p, _DV_BLOOD, 4),
    "dv_kin358": lambda p, c: f"{_other_vn(p, 6)} ({_by_sex(p, ('vợ', 'mẹ'), ('chồng', 'mẹ'), 5)})",
    "dv_kinphone358": lambda p, c: _other_phone(p, "03"),
    "dv_cases358": lambda p, c: _amount(p, 0, 25),
    # -- Luxembourg: pompiers volontaires CGDIS
    "lu_matricule358": lambda p, c: _matricule_lu(p),
    "lu_family358": lambda p, c: _pick(p, _LU_FAMILY, 3),
    "lu_given358": lambda p, c: _by_sex(p, _LU_GIVEN_M, _LU_GIVEN_F, 2),
    "lu_sex358": lambda p, c: "M" if p.male else "F",
    "lu_street358": lambda p, c: _LU_PLACES[int(p.bhxh[2:5]) % 6][0],
    "lu_cp358": lambda p, c: _LU_PLACES[int(p.bhxh[2:5]) % 6][1],
    "lu_town358": lambda p, c: _LU_PLACES[int(p.bhxh[2:5]) % 6][2],
    "lu_gsm358": lambda p, c: _lu_phone(p),
    "lu_cis358": lambda p, c: _pick(p, _LU_CIS, 4),
    "lu_grade358": lambda p, c: _pick(p, _LU_GRADES, 5),
    "lu_badge358": lambda p, c: f"{_pick(p, ('SAP', 'INC', 'SAP/INC'), 6)} {_num(p, 900):03d}",
    # -- Switzerland: Feuerwehr / sapeurs-pompiers, canton de Fribourg
    "ch_ahv358": lambda p, c: _ahv(p),
    "ch_family358": lambda p, c: _pick(p, _CH_FAMILY, 3),
    "ch_given358": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 2),
    "ch_sex358": lambda p, c: "m" if p.male else "w/f",
    "ch_street358": lambda p, c: _CH_PLACES[int(p.bhxh[2:5]) % 6][0],
    "ch_npa358": lambda p, c: _CH_PLACES[int(p.bhxh[2:5]) % 6][1],
    "ch_city358": lambda p, c: _CH_PLACES[int(p.bhxh[2:5]) % 6][2],
    "ch_phone358": lambda p, c: _ch_phone(p),
    "ch_grade358": lambda p, c: _pick(p, _CH_GRADES, 4),
    "ch_func358": lambda p, c: _pick(p, _CH_FUNCS, 5),
    "ch_unit358": lambda p, c: _pick(p, _CH_UNITS, 6),
    "ch_days358": lambda p, c: _amount(p, 2, 14),
    "ch_until358": lambda p, c: f"31.12.{max(p.birth.year + 50, 2026)}",
    # -- Austria: Freiwillige Feuerwehr, Mitgliederstand
    "at_svnr358": lambda p, c: _svnr_at(p),
    "at_family358": lambda p, c: _pick(p, _AT_FAMILY, 3),
    "at_given358": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 2),
    "at_sex358": lambda p, c: "männlich" if p.male else "weiblich",
    "at_street358": lambda p, c: _AT_PLACES[int(p.bhxh[2:5]) % 6][0],
    "at_plz358": lambda p, c: _AT_PLACES[int(p.bhxh[2:5]) % 6][1],
    "at_town358": lambda p, c: _AT_PLACES[int(p.bhxh[2:5]) % 6][2],
    "at_phone358": lambda p, c: _at_phone(p),
    "at_member358": lambda p, c: f"{_num(p, 300):04d}",
    "at_rank358": lambda p, c: _pick(p, _AT_RANKS, 4),
    "at_ff358": lambda p, c: _pick(p, _AT_FF, 5),
    "at_breath358": lambda p, c: f"{_shift_date(p.other_date, 2):%d.%m.%Y}",
    # -- Liechtenstein: Wasserrettung / Seerettungsdienst
    "li_ahv358": lambda p, c: _li_ahv(p),
    "li_family358": lambda p, c: _pick(p, _LI_FAMILY, 3),
    "li_given358": lambda p, c: _by_sex(p, _LI_GIVEN_M, _LI_GIVEN_F, 2),
    "li_sex358": lambda p, c: "M" if p.male else "W",
    "li_street358": lambda p, c: _LI_PLACES[int(p.bhxh[2:5]) % 6][0],
    "li_plz358": lambda p, c: _LI_PLACES[int(p.bhxh[2:5]) % 6][1],
    "li_town358": lambda p, c: _LI_PLACES[int(p.bhxh[2:5]) % 6][2],
    "li_phone358": lambda p, c: _li_phone(p),
    "li_func358": lambda p, c: _pick(p, _LI_FUNCS, 4),
    "li_brevet358": lambda p, c: _pick(
        p, ("SLRG Brevet Plus Pool", "SLRG Brevet Plus See", "—"), 5
    ),
    "li_kin358": lambda p, c: f"{_pick(p, _LI_GIVEN_F + _LI_GIVEN_M, 6)} {_pick(p, _LI_FAMILY, 7)}",
    # -- Monaco: secouristes bénévoles
    "mc_family358": lambda p, c: _pick(p, _MC_FAMILY, 3),
    "mc_given358": lambda p, c: _by_sex(p, _MC_GIVEN_M, _MC_GIVEN_F, 2),
    "mc_card358": lambda p, c: f"{p.bhxh[-6:]}",
    "mc_nation358": lambda p, c: _pick(p, _MC_NATIONS, 4),
    "mc_addr358": lambda p, c: f"{_pick(p, _MC_HOMES, 5)}, 98000 MONACO",
    "mc_phone358": lambda p, c: _mc_phone(p),
    "mc_post358": lambda p, c: _pick(p, _MC_POSTS, 6),
    "mc_pse358": lambda p, c: _pick(p, ("PSE1", "PSE2", "PSC1", "PSE2 + formateur"), 7),
    "mc_contact358": lambda p, c: (
        f"{_pick(p, _MC_GIVEN_F + _MC_GIVEN_M, 8)} {_pick(p, _MC_FAMILY, 9)}"
        f" +377 6 {p.bhxh[:2]} {p.bhxh[2:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"
    ),
}

__all__ = ["WRITERS_BLIND358"]
