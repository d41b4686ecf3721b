"""How the people of the hundred-and-sixty-eighth part of the outside corpus (**blind 168**,
:mod:`lienthong.quality._corpus_blind168`) are written: four Vietnamese files' own columns (a
land registration office's parcel-split dossiers, a power company's electrical safety cards, an
emergency relocation of households from a river-bank erosion zone, a district culture office's
shop-sign registrations) and Curaçao, Aruban, Sint Maarten, Guadeloupean and French Guianese
names, places, phones and numbers in the forms their registers show (the ID-nummer or
persoonsnummer of the three Dutch Caribbean islands is the birth date ``yyyymmdd`` and a
two-digit serial with no check digit; the French NIR ends with the key ``97 - n % 97``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind48_writers import (
    _CW_FAMILY,
    _CW_GIVEN_F,
    _CW_GIVEN_M,
    _CW_PLACES,
    _place,
    _sedula,
)
from lienthong.quality._corpus_blind79_writers import (
    _AW_FAMILY,
    _AW_GIVEN_F,
    _AW_GIVEN_M,
    _AW_PLACES,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_RESULTS = ("Đủ điều kiện", "Đã trả kết quả", "Bổ sung hồ sơ", "Chuyển thuế", "Đang thụ lý")
_VN_PARCEL_PLACES = ("Thôn Đông, xã Tân Lập", "Khu 3, TT Phú Xuyên", "Ấp Bình Hòa, xã An Thạnh")
_VN_EVN_UNITS = (
    "Điện lực Thủ Đức",
    "Điện lực Bình Chánh",
    "Đội QLVH lưới điện cao thế",
    "Cty CP Xây lắp điện Thành Phát",
    "Điện lực Củ Chi",
)
_VN_EVN_JOBS = (
    "Công nhân QLVH",
    "Thợ điện",
    "Lái xe gàu",
    "Công nhân sửa chữa điện",
    "Chỉ huy trực tiếp",
)
_VN_SHELTERS = ("Nhà văn hóa ấp", "Trường TH Mỹ Hòa (điểm lẻ)", "Nhà người thân", "Nhà tạm tự dựng")
_VN_TDC = ("Cụm dân cư Tân Bình", "Khu TĐC ấp Mỹ Phú", "Tự tìm đất di dời", "Chưa bố trí")
_VN_SIGNS = ("Biển hiệu", "Bảng quảng cáo ốp tường", "Hộp đèn", "Băng rôn", "Biển LED")
_VN_SHOPS = ("Tạp hóa", "Tiệm tóc", "Quán cà phê", "Nhà thuốc", "Cửa hàng điện thoại", "Tiệm vàng")
_VN_OPINIONS = ("Đồng ý", "Đồng ý, điều chỉnh kích thước", "Không đúng vị trí, đề nghị dời")

_CW_EDU = ("Fundamental", "VSBO", "HAVO", "SBO nivel 2", "MBO 3", "HBO")
_CW_JOBS = (
    "Kashero/a",
    "Chofer",
    "Guardia",
    "Kuido di hende grandi",
    "Kosinero/a",
    "Outo mekániko",
)
_CW_COUNSEL = ("Sra. M. Martina", "Sr. R. Isenia", "Sra. J. Leito", "Sr. E. Rosaria")
_CW_STATUS = ("Aktivo", "Hañá trabou", "Den trayekto", "No a presentá", "Sera")

_AW_CIVIL = ("Soltero/a", "Casa", "Divorcia", "Biba hunto", "Viudo/a")
_AW_STATUS = ("Den tramite", "Lista di espera", "Aproba", "Falta documento", "Rechasa")
_AW_HOUSE = ("Apartamento 1 camber", "Apartamento 2 camber", "Cas 3 camber", "Cas di huur")

_SX_FAMILY = ("Richardson", "Gumbs", "Arrindell", "Wathey", "Hodge", "Lake", "Brooks", "Peterson")
_SX_GIVEN_M = ("Cleve", "Rolando", "Kenrick", "Jairo", "Shermaine", "Derrick", "Luc")
_SX_GIVEN_F = ("Sheryl", "Angelique", "Natasha", "Rhoda", "Keisha", "Marie-Claude", "Yolanda")
_SX_PLACES = (
    "Back Street, Philipsburg",
    "Bush Road, Cul de Sac",
    "Welfare Road, Cole Bay",
    "Airport Road, Simpson Bay",
    "L.B. Scot Road, Sucker Garden",
    "A.J.C. Brouwer Road, Cay Hill",
    "Dutch Quarter",
    "Sister Basilia Drive, South Reward",
)
_SX_NAT = ("Dutch", "Dutch", "Dominican", "Haitian", "Jamaican", "Guyanese", "Indian")
_SX_EMPLOYERS = (
    "Sonesta Maho Beach Resort",
    "Cost-U-Less",
    "GEBE N.V.",
    "Port St. Maarten",
    "Self",
)

_GP_FAMILY = ("Lacroix", "Bourgeois", "Sainte-Rose", "Nicolas", "Jean-Louis", "Bellance", "Éloi")
_GP_GIVEN_M = ("Dylan", "Jean-Marc", "Kévin", "Steeve", "Willy", "Loïc", "Teddy")
_GP_GIVEN_F = ("Laetitia", "Murielle", "Océane", "Rose-Aimée", "Johanna", "Cindy", "Sarah")
#: (street, postcode, commune, INSEE commune digits after 971)
_GP_PLACES = (
    ("cité Henri IV, bât. C", "97139", "Les Abymes", "01"),
    ("rue Frébault", "97110", "Pointe-à-Pitre", "20"),
    ("lotissement Besson", "97122", "Baie-Mahault", "03"),
    ("section Dampierre", "97190", "Le Gosier", "13"),
    ("chemin de Convenance", "97122", "Baie-Mahault", "03"),
    ("rue de la Liberté", "97130", "Capesterre-Belle-Eau", "07"),
    ("résidence Les Flamboyants", "97160", "Le Moule", "17"),
    ("route de Montebello", "97170", "Petit-Bourg", "18"),
)
_GP_FILIERES = ("Maintenance auto", "Cuisine", "Maçonnerie", "Agent de sécurité", "Conduite PL")

_GF_FAMILY = ("Pinas", "Amania", "Abienso", "Tolinga", "Ho-A-Chuck", "Lapassion", "Akodi", "Joseph")
_GF_GIVEN_M = ("Johan", "Ronaldo", "Marvin", "Jefferson", "Wendel", "Aloïké")
_GF_GIVEN_F = ("Priscilla", "Sheila", "Murielle", "Lindsay", "Rosemonde", "Ana Paula")
#: (street or village, postcode, commune, INSEE commune digits after 973)
_GF_PLACES = (
    ("12 rue Lalouette", "97300", "Cayenne", "02"),
    ("village Pierre", "97370", "Maripasoula", "53"),
    ("45 avenue Gaston Monnerville", "97320", "Saint-Laurent-du-Maroni", "11"),
    ("lotissement Copaya", "97351", "Matoury", "07"),
    ("village Saramaka", "97310", "Kourou", "04"),
    ("Providence", "97340", "Grand-Santi", "57"),
    ("chemin Castor", "97354", "Rémire-Montjoly", "09"),
)
_GF_LANG = ("Ndjuka", "Aluku", "Créole guyanais", "Wayana", "Portugais (Brésil)", "Français")
_GF_COVER = ("CSS", "AME", "Régime général", "Régime général + mutuelle", "Sans couverture")
_GF_DOCTORS = ("Dr Bernard (CDPS)", "Dr Nguyen", "Dr Adenet", "Médecin du CDPS")
_GF_MOTIFS = ("Suivi HTA", "Paludisme", "Suivi de grossesse", "Vaccination", "Diabète", "Plaie")


def _nir168(p: Person, dept: str, commune: str) -> str:
    """A NIR ``1 92 05 973 11 045 27``: sex, year and month of birth, the overseas department
    and its commune, a birth register serial and the key ``97 - n % 97``."""
    serial = f"{_num(p, 600):03d}"
    body = f"{1 if p.male else 2}{p.birth:%y%m}{dept}{commune}{serial}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {dept} {commune} {serial} {key:02d}"


def _pn(p: Person, salt: int) -> str:
    """A Dutch Caribbean persoonsnummer: birth date ``yyyymmdd`` and a two-digit serial."""
    return f"{p.birth:%Y%m%d}{p.bhxh[salt : salt + 2]}"


WRITERS_BLIND168: dict[str, Callable[[Person, Col], object]] = {
    "dossier168": lambda p, c: f"{p.bhxh[:3]}.{p.bhxh[3:6]}.24.{_num(p, 900):03d}.TT",
    "parcel168": lambda p, c: str(_num(p, 480)),
    "map_sheet168": lambda p, c: str(_num(p, 60)),
    "parcel_addr168": lambda p, c: _pick(p, _VN_PARCEL_PLACES, 2),
    "area168": lambda p, c: f"{_num(p, 900) + 60},{p.bhxh[-1]}",
    "split_count168": lambda p, c: str(_num(p, 4) + 1),
    "gcn168": lambda p, c: f"C{'KLMN'[int(p.bhxh[2]) % 4]} {p.bhxh[3:9]}",
    "due168": lambda p, c: f"{p.other_date + timedelta(days=15):%d/%m/%Y}",
    "officer168": lambda p, c: _other_vn(p, 5),
    "result168": lambda p, c: _pick(p, _VN_RESULTS, 3),
    "unit168": lambda p, c: _pick(p, _VN_EVN_UNITS, 1),
    "job168": lambda p, c: _pick(p, _VN_EVN_JOBS, 2),
    "safety_grade168": lambda p, c: f"Bậc {_num(p, 5)}/5",
    "card168": lambda p, c: f"ATĐ-{p.bhxh[4:9]}/{p.other_date:%Y}",
    "card_until168": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "examiner168": lambda p, c: _other_vn(p, 7, male=True),
    "members168": lambda p, c: str(_num(p, 8)),
    "erosion168": lambda p, c: str(_num(p, 120) + 5),
    "distance168": lambda p, c: f"{_num(p, 15)},{p.bhxh[-2]}",
    "shelter168": lambda p, c: _pick(p, _VN_SHELTERS, 3),
    "tdc168": lambda p, c: _pick(p, _VN_TDC, 4),
    "money168": lambda p, c: f"{_num(p, 6) * 10_000_000:,}".replace(",", "."),
    "shop168": lambda p, c: f"{_pick(p, _VN_SHOPS, 1)} {p.given.split()[-1]}",
    "sign_place168": lambda p, c: _pick(p, ("Mặt tiền nhà", "Trên mái hiên", "Cột trước nhà"), 2),
    "sign_kind168": lambda p, c: _pick(p, _VN_SIGNS, 3),
    "sign_size168": lambda p, c: f"{_num(p, 6)},{p.bhxh[-1]} x 0,{_num(p, 9)}",
    "hkd168": lambda p, c: f"41{p.bhxh[1]}8{p.bhxh[2:8]}",
    "opinion168": lambda p, c: _pick(p, _VN_OPINIONS, 4),
    "cw_family168": lambda p, c: _pick(p, _CW_FAMILY, 2),
    "cw_given168": lambda p, c: _by_sex(p, _CW_GIVEN_M, _CW_GIVEN_F, 1),
    "id_cw168": lambda p, c: _sedula(p),
    "sex_cw168": lambda p, c: "H" if p.male else "M",
    "street_cw168": lambda p, c: f"{_place(p, _CW_PLACES)[0]} {_num(p, 90)}",
    "bario_cw168": lambda p, c: _place(p, _CW_PLACES)[1],
    "phone_cw168": lambda p, c: (
        f"5{p.phone[5:7]}-{p.phone[7:10]}{p.bhxh[0]}"
        if int(p.bhxh) % 3
        else f"+5999 6{p.phone[5:7]} {p.phone[7:10]}{p.bhxh[0]}"
    ),
    "edu_cw168": lambda p, c: _pick(p, _CW_EDU, 3),
    "job_cw168": lambda p, c: _pick(p, _CW_JOBS, 4),
    "counsel_cw168": lambda p, c: _pick(p, _CW_COUNSEL, 5),
    "status_cw168": lambda p, c: _pick(p, _CW_STATUS, 6),
    "aw_name168": lambda p, c: (
        f"{_by_sex(p, _AW_GIVEN_M, _AW_GIVEN_F, 1)} {_pick(p, _AW_FAMILY, 2)}"
    ),
    "pn_aw168": lambda p, c: _pn(p, 3),
    "sex_aw168": lambda p, c: "Masculino" if p.male else "Femenino",
    "civil_aw168": lambda p, c: _pick(p, _AW_CIVIL, 3),
    "street_aw168": lambda p, c: f"{_place(p, _AW_PLACES)[0]} {_num(p, 150)}",
    "distrito_aw168": lambda p, c: _place(p, _AW_PLACES)[1],
    "phone_aw168": lambda p, c: (
        f"{_pick(p, ('56', '59', '64', '73', '74'), 4)}{p.phone[5]}-{p.phone[6:10]}"
    ),
    "partner_aw168": lambda p, c: (
        f"{_by_sex(p, _AW_GIVEN_F, _AW_GIVEN_M, 5)} {_pick(p, _AW_FAMILY, 6)}"
        if int(p.bhxh) % 3
        else ""
    ),
    "partner_pn_aw168": lambda p, c: (
        f"{_shift_date(p.birth, _num(p, 5) - 3):%Y%m%d}{p.bhxh[6:8]}" if int(p.bhxh) % 3 else ""
    ),
    "income_aw168": lambda p, c: f"{_num(p, 40) * 125 + 1800:,}.00",
    "kids_aw168": lambda p, c: str(_num(p, 5) - 1),
    "house_aw168": lambda p, c: _pick(p, _AW_HOUSE, 7),
    "status_aw168": lambda p, c: _pick(p, _AW_STATUS, 8),
    "sx_family168": lambda p, c: _pick(p, _SX_FAMILY, 2).upper(),
    "sx_given168": lambda p, c: _by_sex(p, _SX_GIVEN_M, _SX_GIVEN_F, 1),
    "id_sx168": lambda p, c: _pn(p, 5),
    "sex_sx168": lambda p, c: "Male" if p.male else "Female",
    "nat_sx168": lambda p, c: _pick(p, _SX_NAT, 3),
    "addr_sx168": lambda p, c: f"#{_num(p, 80)} {_pick(p, _SX_PLACES, 4)}, St. Maarten",
    "phone_sx168": lambda p, c: f"+1 (721) 5{p.phone[5:7]}-{p.phone[7:10]}{p.bhxh[1]}",
    "employer_sx168": lambda p, c: _pick(p, _SX_EMPLOYERS, 5),
    "emp_reg_sx168": lambda p, c: f"W{p.bhxh[2:7]}",
    "crib_sx168": lambda p, c: f"{p.bhxh[1:10]}",
    "wage_sx168": lambda p, c: f"{_num(p, 60) * 100 + 1650:,}.00",
    "remark_sx168": lambda p, c: _pick(
        p, ("", "", "Work permit pending", "Part-time", "Rehire"), 6
    ),
    "matricule_gp168": lambda p, c: f"RSMA-GP {p.other_date:%y}/{_num(p, 700):04d}",
    "gp_family168": lambda p, c: _pick(p, _GP_FAMILY, 2).upper(),
    "gp_given168": lambda p, c: _by_sex(p, _GP_GIVEN_M, _GP_GIVEN_F, 1),
    "birthplace_gp168": lambda p, c: f"{_place(p, _GP_PLACES)[2]} (971)",
    "nir_gp168": lambda p, c: _nir168(p, "971", _place(p, _GP_PLACES)[3]),
    "sex_gp168": lambda p, c: "M" if p.male else "F",
    "street_gp168": lambda p, c: _place(p, _GP_PLACES)[0],
    "cp_gp168": lambda p, c: _place(p, _GP_PLACES)[1],
    "commune_gp168": lambda p, c: _place(p, _GP_PLACES)[2],
    "phone_gp168": lambda p, c: (
        f"069{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
        if int(p.bhxh) % 4
        else f"0590 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "contact_gp168": lambda p, c: (
        f"{_by_sex(p, _GP_GIVEN_F, _GP_GIVEN_M, 4)} {_pick(p, _GP_FAMILY, 5).upper()}"
        f" ({_pick(p, ('mère', 'père', 'tante', 'grand-mère'), 6)})"
    ),
    "contact_phone_gp168": lambda p, c: (
        f"0690 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]} {p.bhxh[::-1][4:6]}"
    ),
    "filiere_gp168": lambda p, c: _pick(p, _GP_FILIERES, 7),
    "cie_gp168": lambda p, c: f"{_num(p, 4)}e Cie",
    "permis_gp168": lambda p, c: _pick(p, ("Oui", "Non", "En cours"), 8),
    "dossier_gf168": lambda p, c: f"CDPS-{_place(p, _GF_PLACES)[3]}-{p.bhxh[4:9]}",
    "gf_family168": lambda p, c: _pick(p, _GF_FAMILY, 2).upper(),
    "gf_given168": lambda p, c: _by_sex(p, _GF_GIVEN_M, _GF_GIVEN_F, 1),
    "sex_gf168": lambda p, c: "M" if p.male else "F",
    "nir_gf168": lambda p, c: (
        _nir168(p, "973", _place(p, _GF_PLACES)[3]) if int(p.bhxh) % 5 else ""
    ),
    "cover_gf168": lambda p, c: _pick(p, _GF_COVER, 3),
    "addr_gf168": lambda p, c: (
        f"{_place(p, _GF_PLACES)[0]}, {_place(p, _GF_PLACES)[1]} {_place(p, _GF_PLACES)[2]}"
    ),
    "phone_gf168": lambda p, c: f"0694 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "lang_gf168": lambda p, c: _pick(p, _GF_LANG, 4),
    "trust_gf168": lambda p, c: (
        f"{_by_sex(p, _GF_GIVEN_F, _GF_GIVEN_M, 5)} {_pick(p, _GF_FAMILY, 6)}"
    ),
    "doctor_gf168": lambda p, c: _pick(p, _GF_DOCTORS, 7),
    "motif_gf168": lambda p, c: _pick(p, _GF_MOTIFS, 8),
    "phone_rel168": lambda p, c: _other_phone(p, "08"),
}
