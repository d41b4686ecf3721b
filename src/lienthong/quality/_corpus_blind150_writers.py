"""How the people of the hundred-and-fiftieth part of the outside corpus (**blind 150**,
:mod:`lienthong.quality._corpus_blind150`) are written: four Vietnamese files' own columns (a
travel agency's tour group, Tết train tickets, a basic computer skills class, the pharmacist in
charge of a pharmacy) and Portuguese, Cape Verdean, Bissau-Guinean, Santomean and Timorese names,
places, phones and numbers in the forms their registers show (the Portuguese cartão de cidadão
with its two check digits and the NIF with its mod-11 digit, the Cape Verdean NIF with the same
digit, the Bissau-Guinean and Santomean BI numbers, the Timorese electoral card)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _TL_PLACES, _other_phone, _other_vn
from lienthong.quality._corpus_blind28_writers import _CV_FAMILY, _CV_GIVEN_F, _CV_GIVEN_M
from lienthong.quality._corpus_blind36_writers import _ST_FAMILY, _ST_GIVEN_F, _ST_GIVEN_M
from lienthong.quality._corpus_blind38_writers import _GW_FAMILY, _GW_GIVEN_F, _GW_GIVEN_M
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind64_writers import (
    _PT_FAMILY,
    _PT_GIVEN_F,
    _PT_GIVEN_M,
    _cartao,
    _mod11,
)
from lienthong.quality._corpus_blind68_writers import _TL_NAMES_F, _TL_NAMES_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a travel agency's tour group -------------------------------------------------------
_VN_TOURS = (
    ("HCM-BKK-PTY 5N4Đ", "Thái Lan"),
    ("HCM-ICN-NAMI 5N4Đ", "Hàn Quốc"),
    ("HAN-PVG-HGH 6N5Đ", "Trung Quốc"),
    ("HCM-SIN-KUL 5N4Đ", "Singapore - Malaysia"),
    ("HCM-NRT-FUJI 6N5Đ", "Nhật Bản"),
)
_VN_ROOMS = ("Phòng đôi", "Phòng đơn (phụ thu)", "Ghép phòng", "Phòng ba", "Phòng đôi")
# -- Vietnam: Tết train tickets ------------------------------------------------------------------
_VN_TRAINS = ("SE2", "SE4", "SE8", "SE22", "SNT2", "SE6")
_VN_LEGS = ("Sài Gòn - Hà Nội", "Sài Gòn - Vinh", "Sài Gòn - Huế", "Sài Gòn - Đà Nẵng",
            "Sài Gòn - Quảng Ngãi", "Sài Gòn - Thanh Hóa")  # fmt: skip
_VN_SEATS = ("Ngồi mềm điều hòa", "Nằm khoang 6 điều hòa T1", "Nằm khoang 4 điều hòa T2",
             "Ngồi cứng")  # fmt: skip
_VN_FARE_KIND = ("Người lớn", "Người lớn", "Sinh viên (-10%)", "Người cao tuổi (-15%)",
                 "Người lớn", "Đoàn viên CĐ")  # fmt: skip
# -- Vietnam: a basic computer skills class ------------------------------------------------------
_VN_BIRTHPLACES = ("Long An", "TP. Hồ Chí Minh", "Tiền Giang", "Bến Tre", "Đồng Nai",
                   "Nghệ An", "Thanh Hóa")  # fmt: skip
_VN_WORKS = ("UBND phường 7", "Trường THCS Lê Lợi", "Tự do", "Cty TNHH May Việt Tiến",
             "Trạm Y tế xã Tân Phú", "Sinh viên")  # fmt: skip
# -- Vietnam: the pharmacist in charge of a pharmacy ---------------------------------------------
_VN_PHARMACIES = (
    ("Nhà thuốc Minh Châu", "45 Trần Hưng Đạo, P. Phạm Ngũ Lão, Q.1"),
    ("Nhà thuốc An Khang 1023", "212 Lê Văn Sỹ, P.14, Q.3"),
    ("Nhà thuốc Long Châu 318", "17 Nguyễn Oanh, P.10, Q. Gò Vấp"),
    ("Quầy thuốc Hồng Phúc", "Ấp 3, xã Tân Thạnh Đông, H. Củ Chi"),
    ("Nhà thuốc Phước Thiện", "88 Hậu Giang, P.6, Q.6"),
)
_VN_SCOPES = ("Bán lẻ thuốc (nhà thuốc)", "Bán lẻ thuốc (quầy thuốc)",
              "Bán lẻ thuốc gây nghiện, hướng thần")  # fmt: skip
_VN_DEGREES = ("ĐH Dược", "CĐ Dược", "TC Dược", "ĐH Dược")
# -- Portugal: a family health unit's registered users -------------------------------------------
_PT_BRAGA = (
    ("Rua de São Vicente, 88, 2.º Esq.", "4710-312", "Braga", "São Vicente"),
    ("Av. da Liberdade, 612, 4.º Dto.", "4710-251", "Braga", "São José de São Lázaro"),
    ("Rua Cidade do Porto, 12", "4705-088", "Braga", "Gualtar"),
    ("Travessa do Carmo, 5, R/C", "4700-309", "Braga", "Maximinos"),
    ("Rua Nova de Santa Cruz, 140, 1.º Frt.", "4710-409", "Braga", "Nogueiró"),
)
_PT_DOCTORS = ("Dr.ª Helena Matos", "Dr. Paulo Azevedo", "Dr.ª Catarina Lobo", "Sem médico")
_PT_EXEMPT = (
    "Isento (insuficiência económica)",
    "Não isento",
    "Não isento",
    "Isento (doente crónico)",
)
# -- Cape Verde: the single social register ------------------------------------------------------
_CV_ZONES = (
    ("Praia", "Santiago", "Achada Grande Trás"),
    ("Praia", "Santiago", "Ponta d'Água"),
    ("São Vicente", "São Vicente", "Ribeira Bote"),
    ("Santa Catarina", "Santiago", "Achada Falcão"),
    ("Porto Novo", "Santo Antão", "Ribeira das Patas"),
    ("Sal", "Sal", "Alto São João"),
)
_CV_GROUPS = ("G1", "G1", "G2", "G3", "G4")
# -- Guinea-Bissau: market traders in Bissau -----------------------------------------------------
_GW_MARKETS = (
    "Mercado de Bandim",
    "Mercado Central",
    "Mercado de Caracol",
    "Mercado do Bairro Militar",
)
_GW_GOODS = ("Peixe fresco", "Legumes", "Arroz e óleo", "Panos e tecidos", "Castanha de caju",
             "Bideira (peixe fumado)")  # fmt: skip
_GW_BAIRROS = ("Bandim", "Cuntum Madina", "Belém", "Mindara", "Reno", "Plack 2", "Antula")
# -- São Tomé and Príncipe: artisanal fishers and fish traders -----------------------------------
_ST_COMMUNITIES = (
    ("Neves", "Lembá"),
    ("Santana", "Cantagalo"),
    ("Ribeira Afonso", "Cantagalo"),
    ("Praia Melão", "Mé-Zóchi"),
    ("Pantufo", "Água Grande"),
    ("Porto Alegre", "Caué"),
    ("Santo António", "Pagué"),
)
_ST_NICKNAMES = ("Tchico", "Nené", "Zé Grande", "Bebé", "Manu", "Lili", "Quitó")
_ST_BOATS = ("Canoa a remo", "Canoa motorizada 15 CV", "Canoa motorizada 25 CV", "Sem embarcação")
# -- Timor-Leste: national liberation combatants' pensions ---------------------------------------
_TL_NOMS = ("Lafaek", "Mau Buti", "Bere Malae", "Kilat", "Lere", "Ular Rihik", "Mau Kalo")
_TL_PENSIONS = ("Pensaun Superior", "Pensaun Simples", "Pensaun Sobrevivénsia", "Pensaun Superior")


def _cv_zone(p: Person) -> tuple[str, str, str]:
    return _CV_ZONES[int(p.bhxh) // 7 % len(_CV_ZONES)]


def _st_place(p: Person) -> tuple[str, str]:
    return _ST_COMMUNITIES[int(p.bhxh) // 13 % len(_ST_COMMUNITIES)]


def _pt_place(p: Person) -> tuple[str, str, str, str]:
    return _PT_BRAGA[int(p.bhxh) // 9 % len(_PT_BRAGA)]


def _nif_pt(p: Person) -> str:
    """A Portuguese NIF of a person: nine digits, the opening 1 or 2, the mod-11 digit (its digits
    read from the other end of the record's number than the cartão's)."""
    head = f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[::-1][1:8]}"
    return head + _mod11(head)


def _marks(p: Person) -> tuple[float, float]:
    """The theory and practice marks of a computer skills test, in half points."""
    return (3 + int(p.bhxh[-3:]) % 15 / 2, 2 + int(p.bhxh[-5:-2]) % 17 / 2)


def _grade(p: Person) -> str:
    """The grade of the two marks: both at least 5 to pass, then by their mean."""
    theory, practice = _marks(p)
    if min(theory, practice) < 5:
        return "Không đạt"
    mean = (theory + practice) / 2
    return "Giỏi" if mean >= 8 else "Khá" if mean >= 6.5 else "Trung bình"


def _nif_cv(p: Person) -> str:
    """A Cape Verdean NIF of a person: nine digits, the opening 1, the mod-11 digit."""
    head = f"1{p.bhxh[1:8]}"
    return head + _mod11(head)


WRITERS_BLIND150: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: a tour group
    "tour_passport150": lambda p, c: f"{'CPN'[int(p.bhxh[0]) % 3]}{p.bhxh[2:9]}",
    "tour_passport_exp150": lambda p, c: (
        f"{_shift_date(p.other_date + timedelta(days=17 * _num(p, 60)), 1 + _num(p, 8)):%d/%m/%Y}"
    ),
    "tour_code150": lambda p, c: _pick(p, tuple(t[0] for t in _VN_TOURS), 2),
    "tour_country150": lambda p, c: _pick(p, tuple(t[1] for t in _VN_TOURS), 2),
    "tour_room150": lambda p, c: _pick(p, _VN_ROOMS, 3),
    "tour_emergency150": lambda p, c: f"{_other_vn(p, 4)} - {_other_phone(p)}",
    "tour_deposit150": lambda p, c: f"{(5 + _num(p, 10)) * 1_000_000:,}".replace(",", "."),
    # Vietnam: Tết train tickets
    "train_booking150": lambda p, c: f"{p.bhxh[3:5]}{'ABCDEFGHK'[int(p.bhxh[6]) % 9]}{p.bhxh[7:]}",
    "train_no150": lambda p, c: _pick(p, _VN_TRAINS, 2),
    "train_leg150": lambda p, c: _pick(p, _VN_LEGS, 3),
    "train_seat150": lambda p, c: f"Toa {_num(p, 12)} chỗ {_num(p, 64)} - {_pick(p, _VN_SEATS, 4)}",
    "train_fare150": lambda p, c: f"{(8 + _num(p, 14)) * 95_000:,}".replace(",", "."),
    "train_kind150": lambda p, c: _pick(p, _VN_FARE_KIND, 5),
    # Vietnam: a basic computer skills class
    "it_code150": lambda p, c: f"THCB{p.other_date:%y}-{p.bhxh[-4:]}",
    "it_birthplace150": lambda p, c: _pick(p, _VN_BIRTHPLACES, 2),
    "it_work150": lambda p, c: _pick(p, _VN_WORKS, 3),
    "it_course150": lambda p, c: f"K{_num(p, 30)}/{p.other_date:%Y}",
    "it_theory150": lambda p, c: f"{_marks(p)[0]:.1f}".replace(".", ","),
    "it_practice150": lambda p, c: f"{_marks(p)[1]:.1f}".replace(".", ","),
    "it_grade150": lambda p, c: _grade(p),
    "it_cert150": lambda p, c: f"CB {p.bhxh[4:10]}",
    # Vietnam: the pharmacist in charge of a pharmacy
    "ph_cchn150": lambda p, c: f"{_num(p, 9000):04d}/CCHN-D-SYT-HCM",
    "ph_name150": lambda p, c: _pick(p, tuple(x[0] for x in _VN_PHARMACIES), 2),
    "ph_addr150": lambda p, c: _pick(p, tuple(x[1] for x in _VN_PHARMACIES), 2) + ", TP.HCM",
    "ph_degree150": lambda p, c: _pick(p, _VN_DEGREES, 3),
    "ph_scope150": lambda p, c: _pick(p, _VN_SCOPES, 4),
    "ph_gpp150": lambda p, c: f"{int(p.bhxh[2:6]) % 3000 + 1}/GPP",
    # Portugal: a family health unit (USF) in Braga
    "pt_sns150": lambda p, c: f"{1 + int(p.bhxh[0]) % 3}{int(p.bhxh) * 7 % 10**8:08d}",
    "pt_name150": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 2)}"
        f" {_pick(p, _PT_FAMILY[1:] + _PT_FAMILY[:1], 2)}"
    ),
    "pt_sex150": lambda p, c: "M" if p.male else "F",
    "pt_cc150": lambda p, c: _cartao(p),
    "pt_nif150": lambda p, c: _nif_pt(p),
    "pt_street150": lambda p, c: _pt_place(p)[0],
    "pt_cp150": lambda p, c: _pt_place(p)[1],
    "pt_town150": lambda p, c: _pt_place(p)[2].upper(),
    "pt_parish150": lambda p, c: _pt_place(p)[3],
    "pt_phone150": lambda p, c: (
        f"9{_pick(p, ('1', '2', '3', '6'), 3)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "pt_doctor150": lambda p, c: _pick(p, _PT_DOCTORS, 4),
    "pt_exempt150": lambda p, c: _pick(p, _PT_EXEMPT, 5),
    # Cape Verde: the single social register (Cadastro Social Único)
    "cv_csu150": lambda p, c: f"CSU-{_cv_zone(p)[0][:2].upper()}-{p.bhxh[3:9]}",
    "cv_name150": lambda p, c: (
        f"{_by_sex(p, _CV_GIVEN_M, _CV_GIVEN_F, 1)} {_pick(p, _CV_FAMILY, 2)}"
        f" {_pick(p, _CV_FAMILY[1:] + _CV_FAMILY[:1], 2)}"
    ),
    "cv_nif150": lambda p, c: _nif_cv(p),
    "cv_sex150": lambda p, c: "Masculino" if p.male else "Feminino",
    "cv_island150": lambda p, c: _cv_zone(p)[1],
    "cv_concelho150": lambda p, c: _cv_zone(p)[0],
    "cv_zone150": lambda p, c: _cv_zone(p)[2],
    "cv_phone150": lambda p, c: (
        f"{_pick(p, ('991', '995', '958', '976', '592'), 3)} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "cv_members150": lambda p, c: str(_num(p, 9)),
    "cv_group150": lambda p, c: _pick(p, _CV_GROUPS, 4),
    "cv_rsi150": lambda p, c: _pick(p, ("Sim", "Não", "Não"), 5),
    "cv_officer150": lambda p, c: f"{_pick(p, _CV_GIVEN_F, 7)} {_pick(p, _CV_FAMILY, 8)}",
    # Guinea-Bissau: market traders
    "gw_stall150": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 2)}-{_num(p, 400):03d}",
    "gw_name150": lambda p, c: (
        f"{_by_sex(p, _GW_GIVEN_M, _GW_GIVEN_F, 1)} {_pick(p, _GW_FAMILY, 2)}"
    ),
    "gw_sex150": lambda p, c: "M" if p.male else "F",
    "gw_bi150": lambda p, c: f"{p.bhxh[2:9]}",
    "gw_bairro150": lambda p, c: _pick(p, _GW_BAIRROS, 3),
    "gw_phone150": lambda p, c: (
        f"+245 9{_pick(p, ('55', '66', '56', '69'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "gw_market150": lambda p, c: _pick(p, _GW_MARKETS, 5),
    "gw_goods150": lambda p, c: _pick(p, _GW_GOODS, 6),
    "gw_fee150": lambda p, c: f"{_pick(p, ('100', '150', '200', '250'), 7)} FCFA",
    "gw_witness150": lambda p, c: f"{_pick(p, _GW_GIVEN_M, 8)} {_pick(p, _GW_FAMILY, 9)}",
    # São Tomé and Príncipe: fishers and palaiês
    "st_reg150": lambda p, c: f"DP/{_st_place(p)[1][:3].upper()}/{p.bhxh[5:9]}",
    "st_name150": lambda p, c: (
        f"{_by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 1)} {_pick(p, _ST_FAMILY, 2)}"
    ),
    "st_nick150": lambda p, c: _pick(p, _ST_NICKNAMES, 3),
    "st_bi150": lambda p, c: f"{p.bhxh[2:8]}",
    "st_sex150": lambda p, c: "Masculino" if p.male else "Feminino",
    "st_community150": lambda p, c: _st_place(p)[0],
    "st_district150": lambda p, c: _st_place(p)[1],
    "st_activity150": lambda p, c: "Pescador" if p.male else "Palaiê",
    "st_boat150": lambda p, c: _pick(p, _ST_BOATS, 4),
    "st_phone150": lambda p, c: f"+239 9{_pick(p, ('8', '9'), 5)}{p.phone[5]} {p.phone[6:10]}",
    # Timor-Leste: veterans of the national liberation
    "tl_vet150": lambda p, c: f"KLN-{_pick(p, ('DL', 'BC', 'LS', 'ER', 'BB'), 2)}-{p.bhxh[4:9]}",
    "tl_name150": lambda p, c: _by_sex(p, _TL_NAMES_M, _TL_NAMES_F, 1),
    "tl_nom150": lambda p, c: _pick(p, _TL_NOMS, 3),
    "tl_sex150": lambda p, c: "Mane" if p.male else "Feto",
    "tl_card150": lambda p, c: f"{p.bhxh[1:10]}",
    "tl_munisipiu150": lambda p, c: _TL_PLACES[int(p.bhxh) // 9 % len(_TL_PLACES)][3],
    "tl_postu150": lambda p, c: _TL_PLACES[int(p.bhxh) // 9 % len(_TL_PLACES)][2].replace(
        "Posto Administrativo ", ""
    ),
    "tl_suku150": lambda p, c: _TL_PLACES[int(p.bhxh) // 9 % len(_TL_PLACES)][1].replace(
        "Suco ", ""
    ),
    "tl_years150": lambda p, c: str(3 + _num(p, 22)),
    "tl_pension150": lambda p, c: _pick(p, _TL_PENSIONS, 4),
    "tl_amount150": lambda p, c: f"US$ {_pick(p, ('276,00', '345,00', '575,00', '230,00'), 5)}",
    "tl_bank150": lambda p, c: f"BNCTL {p.bhxh[::-1][:4]}-{p.bhxh[::-1][4:10]}",
    "tl_phone150": lambda p, c: (
        f"+670 7{_pick(p, ('7', '8', '3', '6'), 6)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
}

__all__ = ["WRITERS_BLIND150"]
