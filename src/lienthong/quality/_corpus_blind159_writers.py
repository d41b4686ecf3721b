"""How the people of the hundred-and-fifty-ninth part of the outside corpus (**blind 159**,
:mod:`lienthong.quality._corpus_blind159`) are written: four Vietnamese files' own columns (graves
moved from a commune cemetery, bears kept on farms under the forest rangers' watch, old people
given hearing aids, wrestlers entered in a village festival) and Chadian, Central African,
Gabonese, Congolese and Equatoguinean names, places, phones and numbers in the forms their
registers show (the Chadian NNI and voter card, the Central African CNI, the Gabonese NIP built
from sex, birth date and province, the Congolese CNI, the Equatoguinean DIP; quartiers,
arrondissements and barrios; eight- and nine-digit phones in pairs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind32_writers import _GA_FAMILY, _GA_GIVEN_F, _GA_GIVEN_M
from lienthong.quality._corpus_blind35_writers import _TD_FAMILY, _TD_GIVEN_F, _TD_GIVEN_M
from lienthong.quality._corpus_blind36_writers import (
    _CF_FAMILY,
    _CF_GIVEN_F,
    _CF_GIVEN_M,
    _GQ_FAMILY,
    _GQ_GIVEN_F,
    _GQ_GIVEN_M,
)
from lienthong.quality._corpus_blind38_writers import _CG_FAMILY, _CG_GIVEN_F, _CG_GIVEN_M
from lienthong.quality._corpus_blind45_writers import _place
from lienthong.quality._corpus_blind82_writers import _GA_BIRTHPLACES, _GA_PLACES, _nip_ga

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: graves moved out of a commune cemetery ---------------------------------------------
_VN_KIN = ("Con trai", "Con gái", "Cháu nội", "Vợ", "Chồng", "Em ruột", "Con trưởng")
_VN_GRAVE_TO = ("Nghĩa trang Lạc Hồng Viên", "Đất gia đình tại thôn", "Nghĩa trang xã (khu mới)",
                "Hỏa táng, gửi tro tại chùa", "Nghĩa trang Vĩnh Hằng")  # fmt: skip
# -- Vietnam: bears kept on farms ----------------------------------------------------------------
_VN_BEARS = ("Gấu ngựa", "Gấu ngựa", "Gấu chó", "Gấu ngựa")
_VN_BEAR_STATE = ("Đang nuôi giữ", "Đã chuyển giao Trung tâm cứu hộ", "Đã chết (có biên bản)",
                  "Đang nuôi giữ", "Tự nguyện chuyển giao")  # fmt: skip
_VN_RANGERS = ("Hạt Kiểm lâm Ba Vì", "Hạt Kiểm lâm Phúc Thọ", "Hạt Kiểm lâm Sóc Sơn",
               "Hạt Kiểm lâm Chương Mỹ")  # fmt: skip
# -- Vietnam: hearing aids -----------------------------------------------------------------------
_VN_EARS = ("Tai phải", "Tai trái", "Hai tai", "Hai tai")
_VN_AIDS = ("Siemens Touch", "Rexton Arena", "Widex BTE 2", "Signia Prompt P")
_VN_LOSS = ("Nặng", "Trung bình", "Trung bình - nặng", "Sâu")
# -- Vietnam: a village wrestling festival --------------------------------------------------------
_VN_WEIGHTS = ("Dưới 55kg", "55-60kg", "60-65kg", "65-70kg", "Trên 70kg")
_VN_WRESTLE_CLUBS = ("Lò vật Mai Động", "Lò vật Thủy Lâm", "Lò vật Liễu Đôi", "Lò vật Bình Đà",
                     "Làng vật Kim Bảng")  # fmt: skip
_VN_ROUNDS = ("Vòng loại", "Tứ kết", "Bán kết", "Chung kết", "Vòng loại")
# -- Chad: the electoral register ----------------------------------------------------------------
#: (quartier, town)
_TD_PLACES = (
    ("Moursal", "N'Djaména"),
    ("Chagoua", "N'Djaména"),
    ("Farcha", "N'Djaména"),
    ("Walia", "N'Djaména"),
    ("Abena", "N'Djaména"),
    ("Habbena", "N'Djaména"),
    ("Doumbeur", "Moundou"),
    ("Kalbassa", "Sarh"),
    ("Am-Kamal", "Abéché"),
)
_TD_POB = ("N'Djaména", "Abéché", "Moundou", "Sarh", "Bongor", "Mao", "Ati", "Doba", "Pala")
_TD_JOBS = ("Commerçant", "Cultivateur", "Ménagère", "Élève", "Enseignant", "Éleveur", "Sans")
_TD_BUREAUX = ("École du Centre", "École Bololo", "Lycée Félix Éboué", "Mairie annexe",
               "École Paris-Congo")  # fmt: skip
# -- Central African Republic: cash-for-work (HIMO) payroll ---------------------------------------
#: (quartier, arrondissement)
_CF_PLACES = (
    ("Boy-Rabe", "4e arrondissement"),
    ("Fatima", "6e arrondissement"),
    ("Galabadja", "8e arrondissement"),
    ("Lakouanga", "2e arrondissement"),
    ("Km 5", "3e arrondissement"),
    ("Ouango", "7e arrondissement"),
    ("Gobongo", "4e arrondissement"),
)
_CF_OPERATORS = ("Orange Money", "Orange Money", "Moov Money", "Telecel Cash")
_CF_SITES = ("Curage caniveau Ngoubagara", "Pavage avenue Boganda", "Curage canal Sapéké",
             "Réhabilitation route Ouango", "Assainissement marché Combattant")  # fmt: skip
# -- Gabon: state scholarship holders ------------------------------------------------------------
_GA_SCHOOLS = (
    ("Université Omar Bongo", "Gabon"),
    ("USTM Franceville", "Gabon"),
    ("Université de Yaoundé I", "Cameroun"),
    ("Université Cheikh Anta Diop", "Sénégal"),
    ("Université de Poitiers", "France"),
    ("INPTIC", "Gabon"),
)
_GA_FIELDS = ("Droit privé", "Économie", "Médecine", "Génie civil", "Informatique", "Lettres")
_GA_LEVELS = ("L1", "L2", "L3", "M1", "M2", "Doctorat")
# -- Republic of the Congo: LISUNGI cash transfers -----------------------------------------------
#: (rue, quartier, arrondissement)
_CG_PLACES = (
    ("rue Mbaka", "Quartier 46", "5 Ouenzé"),
    ("rue Mayama", "Quartier 31", "3 Poto-Poto"),
    ("rue Ndolo", "Quartier 61", "6 Talangaï"),
    ("rue Bangangoulou", "Quartier 15", "1 Makélékélé"),
    ("rue Ntsiété", "Quartier 22", "2 Bacongo"),
    ("avenue de Loandjili", "Quartier 402", "4 Loandjili"),
    ("rue Mvouti", "Quartier 118", "1 Lumumba"),
)
_CG_PAYMENT = ("MTN Mobile Money", "Airtel Money", "Guichet Charden Farell", "MTN Mobile Money")
# -- Equatorial Guinea: municipal register of inhabitants ----------------------------------------
#: (barrio, ciudad, provincia)
_GQ_PLACES = (
    ("Barrio Santa María", "Malabo", "Bioko Norte"),
    ("Barrio Semu", "Malabo", "Bioko Norte"),
    ("Barrio Lampert", "Malabo", "Bioko Norte"),
    ("Barrio Mondoasi", "Bata", "Litoral"),
    ("Barrio Ikunde", "Bata", "Litoral"),
    ("Barrio Nkolombong", "Ebebiyín", "Kié-Ntem"),
    ("Barrio Abuy", "Evinayong", "Centro Sur"),
)
_GQ_POB = ("Malabo", "Bata", "Ebebiyín", "Mongomo", "Luba", "Riaba", "Annobón", "Evinayong")
_GQ_CIVIL = ("Soltero/a", "Casado/a", "Casado/a", "Viudo/a", "Unión de hecho")
_GQ_JOBS = ("Comerciante", "Funcionario", "Estudiante", "Agricultor", "Pescador", "Ama de casa")


def _pairs(digits: str) -> str:
    """Digits written two by two, as the countries here write their phones."""
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def _td_birth(p: Person) -> str:
    """A Chadian birth date: a quarter of the voters only know the year (01/01 of it)."""
    if int(p.bhxh) % 4 == 0:
        return f"01/01/{p.birth.year}"
    return f"{p.birth:%d/%m/%Y}"


def _gq_family(p: Person) -> str:
    """Two Equatoguinean surnames, father's then mother's."""
    return f"{_pick(p, _GQ_FAMILY, 2)} {_pick(p, _GQ_FAMILY, 5)}"


WRITERS_BLIND159: dict[str, Callable[[Person, Col], object]] = {
    # graves moved out of a commune cemetery
    "grave_dead159": lambda p, c: _other_vn(p, 3, family=p.family),
    "grave_died159": lambda p, c: f"{1975 + _num(p, 40)}",
    "grave_kin159": lambda p, c: _pick(p, _VN_KIN, 4),
    "grave_spot159": lambda p, c: (
        f"Khu {_pick(p, ('A', 'B', 'C', 'D'), 5)} - Hàng {_num(p, 25)} - Mộ số {_num(p, 60)}"
    ),
    "grave_to159": lambda p, c: _pick(p, _VN_GRAVE_TO, 6),
    "grave_fee159": lambda p, c: f"{_pick(p, ('500.000', '1.000.000', '700.000'), 7)}",
    # bears kept on farms
    "bear_count159": lambda p, c: str(_num(p, 6)),
    "bear_kind159": lambda p, c: _pick(p, _VN_BEARS, 2),
    "bear_chip159": lambda p, c: f"00-0{p.bhxh[:3]}-{p.bhxh[3:7]}",
    "bear_state159": lambda p, c: _pick(p, _VN_BEAR_STATE, 3),
    "bear_ranger159": lambda p, c: _pick(p, _VN_RANGERS, 4),
    "bear_officer159": lambda p, c: _other_vn(p, 5),
    # hearing aids
    "ear_side159": lambda p, c: _pick(p, _VN_EARS, 2),
    "ear_loss159": lambda p, c: _pick(p, _VN_LOSS, 3),
    "ear_model159": lambda p, c: _pick(p, _VN_AIDS, 4),
    "ear_serial159": lambda p, c: f"SN{p.bhxh[2:9]}",
    "ear_carer159": lambda p, c: _other_vn(p, 6, family=p.family),
    "ear_carer_phone159": lambda p, c: _other_phone(p, "03"),
    # wrestling festival
    "wr_weight159": lambda p, c: _pick(p, _VN_WEIGHTS, 2),
    "wr_club159": lambda p, c: _pick(p, _VN_WRESTLE_CLUBS, 3),
    "wr_round159": lambda p, c: _pick(p, _VN_ROUNDS, 4),
    "wr_prize159": lambda p, c: _pick(p, ("", "", "Giải Ba", "Giải Nhì", "Giải Nhất"), 5),
    "wr_coach159": lambda p, c: _other_vn(p, 7, male=True),
    # Chad: the electoral register
    "td_voter159": lambda p, c: f"{p.bhxh[::-1][:2]}-{p.bhxh[2:5]}-{p.bhxh[5:]}",
    "td_nni159": lambda p, c: f"{p.bhxh[::-1]}",
    "td_family159": lambda p, c: _pick(p, _TD_FAMILY, 2),
    "td_given159": lambda p, c: _by_sex(p, _TD_GIVEN_M, _TD_GIVEN_F, 1),
    "td_father159": lambda p, c: _pick(p, _TD_GIVEN_M, 3),
    "td_birth159": lambda p, c: _td_birth(p),
    "td_pob159": lambda p, c: _pick(p, _TD_POB, 4),
    "td_sex159": lambda p, c: "M" if p.male else "F",
    "td_job159": lambda p, c: _pick(p, _TD_JOBS, 5),
    "td_quartier159": lambda p, c: _place(p, _TD_PLACES)[0],
    "td_town159": lambda p, c: _place(p, _TD_PLACES)[1],
    "td_phone159": lambda p, c: (
        f"{_pick(p, ('66', '63', '99', '93', '65'), 6)} {_pairs(p.phone[4:10])}"
    ),
    "td_bureau159": lambda p, c: f"BV {_num(p, 40):03d} - {_pick(p, _TD_BUREAUX, 7)}",
    # Central African Republic: cash-for-work payroll
    "cf_benef159": lambda p, c: f"LND-{p.bhxh[:5]}",
    "cf_name159": lambda p, c: (
        f"{_pick(p, _CF_FAMILY, 2)} {_by_sex(p, _CF_GIVEN_M, _CF_GIVEN_F, 1)}"
    ),
    "cf_sex159": lambda p, c: "H" if p.male else "F",
    "cf_cni159": lambda p, c: f"{p.bhxh[1:8]}",
    "cf_quartier159": lambda p, c: _place(p, _CF_PLACES)[0],
    "cf_arr159": lambda p, c: _place(p, _CF_PLACES)[1],
    "cf_phone159": lambda p, c: f"+236 7{_pick(p, ('2', '5', '7'), 3)} {_pairs(p.phone[4:10])}",
    "cf_operator159": lambda p, c: _pick(p, _CF_OPERATORS, 4),
    "cf_site159": lambda p, c: _pick(p, _CF_SITES, 5),
    "cf_days159": lambda p, c: str(10 + _num(p, 12)),
    "cf_amount159": lambda p, c: f"{(10 + _num(p, 12)) * 2500:,}".replace(",", " "),
    "cf_chief159": lambda p, c: f"{_pick(p, _CF_FAMILY, 6)} {_pick(p, _CF_GIVEN_M, 7)}",
    # Gabon: state scholarships
    "ga_mat159": lambda p, c: f"ANBG/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "ga_nip159": lambda p, c: _nip_ga(p),
    "ga_family159": lambda p, c: _pick(p, _GA_FAMILY, 2),
    "ga_given159": lambda p, c: _by_sex(p, _GA_GIVEN_M, _GA_GIVEN_F, 1),
    "ga_pob159": lambda p, c: _pick(p, _GA_BIRTHPLACES, 3),
    "ga_sex159": lambda p, c: "M" if p.male else "F",
    "ga_school159": lambda p, c: _pick(p, tuple(s for s, _ in _GA_SCHOOLS), 4),
    "ga_country159": lambda p, c: dict(_GA_SCHOOLS)[_pick(p, tuple(s for s, _ in _GA_SCHOOLS), 4)],
    "ga_field159": lambda p, c: _pick(p, _GA_FIELDS, 5),
    "ga_level159": lambda p, c: _pick(p, _GA_LEVELS, 6),
    "ga_quartier159": lambda p, c: _place(p, _GA_PLACES)[0],
    "ga_town159": lambda p, c: _place(p, _GA_PLACES)[1],
    "ga_phone159": lambda p, c: f"0{_pick(p, ('77', '66', '62', '74'), 7)} {_pairs(p.phone[4:10])}",
    "ga_amount159": lambda p, c: _pick(p, ("247 500", "247 500", "495 000", "990 000"), 8),
    "ga_tutor159": lambda p, c: f"{_pick(p, _GA_FAMILY, 9)} {_pick(p, _GA_GIVEN_M, 10)}",
    "ga_tutor_phone159": lambda p, c: f"066 {_pairs(p.bhxh[::-1][:6])}",
    # Republic of the Congo: LISUNGI cash transfers
    "cg_household159": lambda p, c: f"RSU-BZV-{p.bhxh[:7]}",
    "cg_family159": lambda p, c: _pick(p, _CG_FAMILY, 2),
    "cg_given159": lambda p, c: _by_sex(p, _CG_GIVEN_M, _CG_GIVEN_F, 1),
    "cg_sex159": lambda p, c: "Masculin" if p.male else "Féminin",
    "cg_cni159": lambda p, c: f"{p.bhxh[2:]}{p.bhxh[:2]}",
    "cg_street159": lambda p, c: f"{_num(p, 120)}, {_place(p, _CG_PLACES)[0]}",
    "cg_quartier159": lambda p, c: _place(p, _CG_PLACES)[1],
    "cg_arr159": lambda p, c: _place(p, _CG_PLACES)[2],
    "cg_phone159": lambda p, c: (
        f"0{_pick(p, ('6', '5', '4'), 3)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "cg_size159": lambda p, c: str(2 + _num(p, 9)),
    "cg_pupils159": lambda p, c: str(_num(p, 5) - 1),
    "cg_pmt159": lambda p, c: f"{int(p.bhxh[-3:]) % 400 / 10 + 8:.2f}".replace(".", ","),
    "cg_amount159": lambda p, c: _pick(p, ("30 000", "30 000", "45 000", "60 000"), 4),
    "cg_pay159": lambda p, c: _pick(p, _CG_PAYMENT, 5),
    # Equatorial Guinea: municipal register
    "gq_dip159": lambda p, c: f"{p.bhxh[1:9]}",
    "gq_family159": lambda p, c: _gq_family(p),
    "gq_given159": lambda p, c: _by_sex(p, _GQ_GIVEN_M, _GQ_GIVEN_F, 1),
    "gq_pob159": lambda p, c: _pick(p, _GQ_POB, 3),
    "gq_sex159": lambda p, c: "Varón" if p.male else "Mujer",
    "gq_civil159": lambda p, c: _pick(p, _GQ_CIVIL, 4),
    "gq_barrio159": lambda p, c: _place(p, _GQ_PLACES)[0],
    "gq_city159": lambda p, c: _place(p, _GQ_PLACES)[1],
    "gq_province159": lambda p, c: _place(p, _GQ_PLACES)[2],
    "gq_phone159": lambda p, c: (
        f"+240 {_pick(p, ('222', '555', '551'), 5)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "gq_job159": lambda p, c: _pick(p, _GQ_JOBS, 6),
    "gq_note159": lambda p, c: _pick(p, ("", "", "Cambio de domicilio", "Alta por nacimiento"), 7),
}

__all__ = ["WRITERS_BLIND159"]
