"""How the people of the hundred-and-forty-sixth part of the outside corpus (**blind 146**,
:mod:`lienthong.quality._corpus_blind146`) are written: four Vietnamese files' own columns (an
itinerant lottery-ticket seller's card, a ngo boat crew rowing at the Ok Om Bok festival, an
identity card taken at home for the old and bedridden, trees felled under a 500 kV line) and
Cameroonian, Congolese, Malagasy, Mozambican and Angolan names, places, phones and numbers in the
forms their registers show (the Malagasy CIN carries the sex in its fourth digit, the Mozambican BI
ends in a letter, the Angolan BI carries its province's two letters)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _cin_mg, _mg_place
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind76_writers import (
    _MZ_FAMILY,
    _MZ_GIVEN_F,
    _MZ_GIVEN_M,
    _mz_bi,
    _mz_place,
)
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind82_writers import (
    _AO_FAMILY,
    _AO_GIVEN_F,
    _AO_GIVEN_M,
    _AO_PLACES,
    _CM_FAMILY,
    _CM_GIVEN_F,
    _CM_GIVEN_M,
    _bi_ao,
    _cni_cm,
)
from lienthong.quality._corpus_blind101_writers import (
    _MG_FAMILY,
    _MG_GIVEN_F,
    _MG_GIVEN_M,
    _cm_phone,
    _mg_phone,
    _place,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: itinerant lottery-ticket sellers registered with the lottery company ---------------
_VN_LOT_AGENTS = ("DL Kim Phuong", "DL Thanh Tam", "DL Minh Chau", "DL So 7 Ba Hat", "DL Tu Loan")
_VN_LOT_AREAS = (
    "Cho Ben Thanh - Le Loi",
    "Benh vien Cho Ray",
    "Nga 6 Cong Hoa",
    "Ben xe Mien Tay",
    "Cong vien 23/9",
)
_VN_LOT_HEALTH = ("Binh thuong", "Khuyet tat chan", "Khiem thi", "Binh thuong", "Cao tuoi")
_VN_LOT_NOTES = ("", "Ho ngheo", "", "Da cap ao dong phuc", "Nghi ban tu 15/03", "")
# -- Vietnam: a ngo boat crew at the Ok Om Bok festival ------------------------------------------
_VN_NGO_PAGODAS = (
    "Ghe chùa Kh'Leang",
    "Ghe chùa Chén Kiểu",
    "Ghe chùa Mahatup (chùa Dơi)",
    "Ghe chùa Bôl Bay",
    "Ghe chùa Sà Lôn",
)
_VN_NGO_SEATS = ("Tay chèo", "Tay chèo", "Tay chèo", "Lái", "Tay chèo", "Người giữ nhịp", "Mũi")
_VN_NGO_ETHNIC = ("Khmer", "Khmer", "Khmer", "Kinh", "Khmer", "Hoa")
# -- Vietnam: identity cards taken at home ---------------------------------------------------
_VN_HOME_REASONS = (
    "Người cao tuổi, đi lại khó khăn",
    "Bệnh nặng nằm liệt giường",
    "Khuyết tật vận động",
    "Sau tai biến mạch máu não",
    "Người cao tuổi trên 80",
)
_VN_ID_TEAMS = ("Tổ 1 - CA phường", "Tổ 2 - CA phường", "Tổ lưu động PC06")
_VN_ID_RETURN = ("Trả tại nhà", "Trả qua bưu điện", "Trả tại CA phường", "Trả tại nhà")
# -- Vietnam: trees under the 500 kV line corridor ------------------------------------------------
_VN_TREES = (("Keo lai", 35_000), ("Bạch đàn", 30_000), ("Cao su", 450_000), ("Điều", 380_000))
_VN_KV_SITES = (
    "Đồi Cây Sanh, thôn 4, xã Đức Hạnh",
    "Rẫy Bàu Sen, thôn 2, xã Phú Sơn",
    "Khu Gò Mít, ấp Bàu Lách, xã Tân Hiệp",
    "Lô 12, tiểu khu 308, xã Hòa Bắc",
)
_VN_BANKS = ("Agribank CN Bù Đăng", "Vietinbank CN Bình Phước", "BIDV Đồng Xoài", "Agribank")
# -- Cameroon: candidates at a public-service school's entrance examination ------------------------
_CM_PLACES146 = (
    ("Bastos", "Yaoundé I"),
    ("Biyem-Assi", "Yaoundé VI"),
    ("Akwa", "Douala I"),
    ("Bonabéri", "Douala IV"),
    ("Check Point", "Buea"),
    ("Nkwen", "Bamenda III"),
)
_CM_BIRTHPLACES146 = ("Ebolowa", "Nkongsamba", "Kumbo", "Garoua", "Bertoua", "Mbalmayo", "Kribi")
_CM_ORIGINS = ("Centre", "Sud", "Nord-Ouest", "Ouest", "Littoral", "Est", "Sud-Ouest")
_CM_DEGREES = ("Licence / Bachelor", "Master", "Baccalauréat", "GCE A Level", "BTS / HND")
_CM_DIVISIONS = (
    "Administration générale",
    "Magistrature",
    "Régies financières - Impôts",
    "Douanes",
    "Trésor",
)
_CM_CENTRES = ("Yaoundé", "Douala", "Buea", "Bamenda", "Garoua", "Bertoua")
_CM_STATUS = ("Dossier complet", "Dossier complet", "Pièce manquante", "Rejeté", "Admis à composer")
# -- DR Congo: artisanal miners' cards in the copper belt ------------------------------------
_CD_FAMILY146 = ("MWANZA", "KABANGE", "NUMBI", "ILUNGA", "KALENGA", "MUKALAY", "MUSONDA")
_CD_POSTNOM146 = ("KAPENDA", "MUTOMBO", "BANZA", "KYUNGU", "MBAYO", "NGOIE")
_CD_GIVEN_M146 = ("Patrick", "Trésor", "Jean-Pierre", "Héritier", "Serge", "Gloire")
_CD_GIVEN_F146 = ("Clarisse", "Mamie", "Sylvie", "Nathalie", "Grâce", "Béatrice")
#: (avenue, quarter, commune, town, voter card's province code)
_CD_PLACES146 = (
    ("Av. Kasapa", "Q. Manika", "C/ Manika", "Kolwezi", "10"),
    ("Av. Mutoshi", "Q. Musonoie", "C/ Dilala", "Kolwezi", "10"),
    ("Av. des Usines", "Q. Kikula", "C/ Kikula", "Likasi", "11"),
    ("Av. Lubilanji", "Q. Bel-Air", "C/ Kampemba", "Lubumbashi", "11"),
    ("Av. Kasongo", "Q. Mabanga", "C/ Kolwezi", "Kolwezi", "10"),
)
_CD_BIRTHPLACES146 = ("Kamina", "Likasi", "Mwene-Ditu", "Kipushi", "Kalemie", "Kolwezi")
_CD_COOPS = ("COMIKU", "COMAKAT", "CDMC", "COOMIKAL", "COMIAKOL")
_CD_SITES = ("ZEA Kasulo", "ZEA Mutoshi", "ZEA Kawama", "ZEA Shabara", "ZEA Kamilombe")
_CD_SUBSTANCES = ("Cuivre-Cobalt", "Cobalt", "Hétérogénite", "Cuivre", "Cassitérite")
_CD_OBS = ("", "Carte perdue, duplicata", "", "Suspendu", "Renouvellement", "")
# -- Madagascar: land certificates at the communal land office -------------------------------------
_MG_PARCELS = (
    "Tanimbary Ambohimiadana, Fokontany Ankorona",
    "Tanety Ambatomanga, Fokontany Andranomena",
    "Tany fambolena Ivory, Fokontany Ambohibary",
    "Tanimbary Analamahery, Fokontany Antanetibe",
)
_MG_OBS = ("Nomena", "Nomena", "Miandry famantarana", "Misy fanoherana", "Nomena")
# -- Mozambique: district development fund borrowers --------------------------------------------
_MZ_PROJECTS = (
    ("Criação de frangos", "Pecuária"),
    ("Moagem de milho", "Agro-processamento"),
    ("Banca de venda de peixe", "Comércio"),
    ("Horticultura irrigada", "Agricultura"),
    ("Carpintaria", "Indústria"),
)
_MZ_STATUS = ("Em reembolso", "Reembolsado", "Em mora", "Em reembolso", "Prorrogado")
_MZ_OFFICERS = ("Téc. Alberto Cossa", "Téc. Rosa Macuácua", "Téc. Fabião Nhantumbo")
# -- Angola: vendors registered at a municipal market ------------------------------------------
_AO_MARKETS = ("Mercado do 30", "Mercado do KM 12", "Mercado do Asa Branca", "Mercado dos Kwanzas")
_AO_TRADES = ("Peixe seco", "Roupa usada (fardo)", "Hortícolas", "Carnes", "Produtos alimentares")
_AO_FISCAIS = ("Fiscal Domingos Kapita", "Fiscal Luísa Bento", "Fiscal Adão Manuel")


def _cd_place(p: Person) -> tuple[str, ...]:
    return _place(p, _CD_PLACES146, 7)


def _voter_cd146(p: Person) -> str:
    """A voter card from the copper belt: the province's two digits and nine."""
    return f"{_cd_place(p)[4]}{p.bhxh[1:10]}"


def _cm_name(p: Person) -> str:
    return f"{_pick(p, _CM_FAMILY, 2)} {_by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F, 1)}"


def _tree(p: Person) -> tuple[str, int]:
    return _VN_TREES[int(p.bhxh) // 7 % len(_VN_TREES)]


def _mz_project(p: Person) -> tuple[str, str]:
    return _MZ_PROJECTS[int(p.bhxh) // 5 % len(_MZ_PROJECTS)]


def _mz_amount(p: Person) -> int:
    return 25_000 * (_num(p, 8) + 1)


WRITERS_BLIND146: dict[str, Callable[[Person, Col], object]] = {
    # lottery-ticket sellers
    "lot_code146": lambda p, c: f"NBV-{p.other_date:%y}{p.bhxh[-5:]}",
    "lot_agent146": lambda p, c: _pick(p, _VN_LOT_AGENTS, 2),
    "lot_area146": lambda p, c: _pick(p, _VN_LOT_AREAS, 3),
    "lot_tickets146": lambda p, c: 50 * (_num(p, 6) + 1),
    "lot_deposit146": lambda p, c: _dotted(200_000 * _num(p, 5)),
    "lot_health146": lambda p, c: _pick(p, _VN_LOT_HEALTH, 4),
    "lot_note146": lambda p, c: _pick(p, _VN_LOT_NOTES, 5),
    # ngo boat crew
    "ngo_ethnic146": lambda p, c: _pick(p, _VN_NGO_ETHNIC, 2),
    "ngo_pagoda146": lambda p, c: _pick(p, _VN_NGO_PAGODAS, 3),
    "ngo_seat146": lambda p, c: _pick(p, _VN_NGO_SEATS, 4),
    "ngo_height146": lambda p, c: 155 + _num(p, 20),
    "ngo_weight146": lambda p, c: 50 + _num(p, 25),
    "ngo_contact146": lambda p, c: _other_vn(p, 5),
    "ngo_contact_phone146": lambda p, c: _other_phone(p, "07"),
    # identity cards taken at home
    "id_reason146": lambda p, c: _pick(p, _VN_HOME_REASONS, 2),
    "id_helper146": lambda p, c: _other_vn(p, 3, family=p.family),
    "id_helper_phone146": lambda p, c: _other_phone(p),
    "id_team146": lambda p, c: _pick(p, _VN_ID_TEAMS, 4),
    "id_kind146": lambda p, c: _pick(p, ("Cấp mới", "Cấp đổi", "Cấp lại", "Cấp đổi"), 5),
    "id_return146": lambda p, c: _pick(p, _VN_ID_RETURN, 6),
    # trees under the 500 kV line
    "kv_parcel146": lambda p, c: _num(p, 400),
    "kv_sheet146": lambda p, c: _num(p, 45),
    "kv_site146": lambda p, c: _pick(p, _VN_KV_SITES, 3),
    "kv_tree146": lambda p, c: _tree(p)[0],
    "kv_count146": lambda p, c: 10 * _num(p, 30),
    "kv_price146": lambda p, c: _dotted(_tree(p)[1]),
    "kv_total146": lambda p, c: _dotted(_tree(p)[1] * 10 * _num(p, 30)),
    "kv_account146": lambda p, c: f"5{p.bhxh[::-1]}{p.bhxh[:2]}",
    "kv_bank146": lambda p, c: _pick(p, _VN_BANKS, 4),
    # Cameroon
    "cm_file146": lambda p, c: f"ENAM/{p.other_date:%Y}/{_num(p, 900):04d}",
    "cm_name146": lambda p, c: _cm_name(p),
    "cm_pob146": lambda p, c: _pick(p, _CM_BIRTHPLACES146, 3),
    "sex_cm146": lambda p, c: "Masculin / Male" if p.male else "Féminin / Female",
    "cni_cm146": lambda p, c: _cni_cm(p),
    "cm_cni_date146": lambda p, c: f"{_shift_date(p.other_date, -(_num(p, 6))):%d/%m/%Y}",
    "cm_origin146": lambda p, c: _pick(p, _CM_ORIGINS, 4),
    "cm_addr146": lambda p, c: ", ".join(_place(p, _CM_PLACES146, 5)),
    "cm_phone146": lambda p, c: _cm_phone(p),
    "cm_degree146": lambda p, c: _pick(p, _CM_DEGREES, 6),
    "cm_division146": lambda p, c: _pick(p, _CM_DIVISIONS, 7),
    "cm_centre146": lambda p, c: _pick(p, _CM_CENTRES, 8),
    "cm_status146": lambda p, c: _pick(p, _CM_STATUS, 9),
    # DR Congo
    "cd_card146": lambda p, c: f"SAEMAPE/LBA/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "cd_family146": lambda p, c: _pick(p, _CD_FAMILY146, 2),
    "cd_postnom146": lambda p, c: _pick(p, _CD_POSTNOM146, 3),
    "cd_given146": lambda p, c: _by_sex(p, _CD_GIVEN_M146, _CD_GIVEN_F146, 1),
    "sex_cd146": lambda p, c: "M" if p.male else "F",
    "cd_pob146": lambda p, c: _pick(p, _CD_BIRTHPLACES146, 4),
    "voter_cd146": lambda p, c: _voter_cd146(p),
    "cd_addr146": lambda p, c: (
        f"{_cd_place(p)[0]} n° {_num(p, 150)}, {', '.join(_cd_place(p)[1:3])}"
    ),
    "cd_town146": lambda p, c: _cd_place(p)[3],
    "cd_phone146": lambda p, c: (
        f"+243 {_pick(p, ('81', '82', '97', '99', '84', '89'), 5)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "cd_coop146": lambda p, c: _pick(p, _CD_COOPS, 6),
    "cd_site146": lambda p, c: _pick(p, _CD_SITES, 7),
    "cd_substance146": lambda p, c: _pick(p, _CD_SUBSTANCES, 8),
    "cd_fee146": lambda p, c: _pick(p, ("25 000", "50 000", "25 000", "70 000"), 9),
    "cd_obs146": lambda p, c: _pick(p, _CD_OBS, 10),
    # Madagascar
    "mg_request146": lambda p, c: f"{_num(p, 900):03d}/{p.other_date:%Y}/GF",
    "mg_family146": lambda p, c: _pick(p, _MG_FAMILY, 2).upper(),
    "mg_given146": lambda p, c: _by_sex(p, _MG_GIVEN_M, _MG_GIVEN_F, 1),
    "mg_pob146": lambda p, c: _pick(p, ("Ambohidratrimo", "Arivonimamo", "Ambatolampy"), 3),
    "sex_mg146": lambda p, c: "Lahy" if p.male else "Vavy",
    "cin_mg146": lambda p, c: _cin_mg(p),
    "mg_addr146": lambda p, c: f"Lot {_num(p, 90)} A, {_mg_place(p)[2]}",
    "mg_commune146": lambda p, c: _mg_place(p)[1],
    "mg_phone146": lambda p, c: _mg_phone(p),
    "mg_parcel146": lambda p, c: _pick(p, _MG_PARCELS, 4),
    "mg_area146": lambda p, c: 150 * _num(p, 40),
    "mg_plof146": lambda p, c: f"PLOF-{_mg_place(p)[0]}-{p.bhxh[-5:]}",
    "mg_obs146": lambda p, c: _pick(p, _MG_OBS, 5),
    # Mozambique
    "mz_name146": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 1)} {_pick(p, _MZ_FAMILY, 2)}"
    ),
    "sex_mz146": lambda p, c: "Masculino" if p.male else "Feminino",
    "bi_mz146": lambda p, c: _mz_bi(p),
    "mz_nuit146": lambda p, c: f"1{p.bhxh[-8:]}",
    "mz_addr146": lambda p, c: (
        f"{_mz_place(p)[1]}, Quarteirão {_num(p, 45)}, Casa n.º {_num(p, 120)}"
    ),
    "mz_district146": lambda p, c: _mz_place(p)[2],
    "mz_province146": lambda p, c: _mz_place(p)[3],
    "mz_phone146": lambda p, c: f"8{'2457'[int(p.bhxh) % 4]} {p.phone[3:6]} {p.phone[6:10]}",
    "mz_project146": lambda p, c: _mz_project(p)[0],
    "mz_area146": lambda p, c: _mz_project(p)[1],
    "mz_amount146": lambda p, c: f"{_mz_amount(p):,}".replace(",", "."),
    "mz_repaid146": lambda p, c: f"{_mz_amount(p) * _num(p, 4) // 4:,}".replace(",", "."),
    "mz_status146": lambda p, c: _pick(p, _MZ_STATUS, 3),
    "mz_officer146": lambda p, c: _pick(p, _MZ_OFFICERS, 4),
    # Angola
    "ao_card146": lambda p, c: f"AMV/MC-{_num(p, 900):04d}/{p.other_date:%y}",
    "ao_name146": lambda p, c: (
        f"{_by_sex(p, _AO_GIVEN_M, _AO_GIVEN_F, 1)} {_pick(p, _AO_FAMILY, 2)}"
    ),
    "bi_ao146": lambda p, c: _bi_ao(p),
    "sex_ao146": lambda p, c: "Masculino" if p.male else "Feminino",
    "ao_civil146": lambda p, c: _pick(p, ("Solteira", "Casada", "Solteiro", "União de facto"), 3),
    "ao_addr146": lambda p, c: (
        f"Bairro {_place(p, _AO_PLACES)[0]}, Rua {_num(p, 30)}, Casa n.º {_num(p, 200)}"
    ),
    "ao_municipio146": lambda p, c: _place(p, _AO_PLACES)[1],
    "ao_phone146": lambda p, c: (
        f"+244 9{'12345'[_num(p, 5) - 1]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ao_market146": lambda p, c: _pick(p, _AO_MARKETS, 4),
    "ao_stall146": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 5)}-{_num(p, 120)}",
    "ao_trade146": lambda p, c: _pick(p, _AO_TRADES, 6),
    "ao_fee146": lambda p, c: _pick(p, ("1.500,00", "2.000,00", "3.000,00"), 7),
    "ao_fiscal146": lambda p, c: _pick(p, _AO_FISCAIS, 8),
}

__all__ = ["WRITERS_BLIND146"]
