"""How the people of the hundred-and-sixty-ninth part of the outside corpus (**blind 169**,
:mod:`lienthong.quality._corpus_blind169`) are written: four Vietnamese files' own columns (a
district's foster carers of children needing alternative care, a transport centre's free bus
cards for the elderly, a vehicle inspection centre's owners, a real-estate broker licence exam)
and South African names, places, phones and numbers in the forms a traditional council, a school
governing body, a taxi association, a community policing forum and a Dutch Reformed congregation
write them (the thirteen-digit ID number carries the birth date, a gender serial, the
citizenship digit and a Luhn check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn, _za_id
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind77_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CARE_FORMS = ("Nhận chăm sóc thay thế", "Nhận nuôi dưỡng tạm thời", "Chăm sóc bởi người thân")
_VN_CARE_REL = ("Bà nội", "Bà ngoại", "Cô ruột", "Chú ruột", "Không họ hàng", "Dì ruột")
_VN_BUS_POINTS = (
    "Điểm cấp thẻ Kim Mã",
    "Điểm cấp thẻ Long Biên",
    "UBND phường (nhận hộ)",
    "Điểm cấp thẻ Yên Nghĩa",
)
_VN_BUS_STATUS = ("Đã cấp", "Đã cấp", "Chờ in thẻ", "Cấp lại do mất", "Thu hồi - đã mất")
_VN_VEHICLES = (
    ("Ô tô con", "Toyota Vios"),
    ("Ô tô con", "Kia Morning"),
    ("Ô tô tải", "Hyundai Porter"),
    ("Ô tô khách", "Ford Transit"),
    ("Ô tô con", "VinFast Fadil"),
)
_VN_INSPECTORS = ("ĐKV Nguyễn Văn Hưng", "ĐKV Trần Minh Đức", "ĐKV Phạm Quốc Toản")
_VN_WORKPLACES = (
    "Cty CP BĐS Đất Xanh",
    "Sàn GD BĐS Hưng Thịnh",
    "Tự do",
    "Cty TNHH Môi giới Nhà Việt",
    "Sàn BĐS Vạn Phúc",
)
_VN_BIRTHPLACES = ("Hà Nội", "Nghệ An", "Thanh Hóa", "TP. Hồ Chí Minh", "Nam Định", "Hải Phòng")

_ZU_GIVEN_M = ("Sibusiso", "Mthokozisi", "Sifiso Blessing", "Nkosinathi", "Bhekumuzi")
_ZU_GIVEN_F = ("Nonhlanhla", "Thembeka", "Zodwa Ntombi", "Lungile", "Nokuthula")
_ZU_FAMILY = ("Mkhize", "Zungu", "Ngcobo", "Shezi", "Mthethwa", "Buthelezi", "Cele")
_ZU_VILLAGES = (
    ("Ward 14", "KwaNyuswa", "Qadi"),
    ("Ward 3", "Esigedleni", "Ngcolosi"),
    ("Ward 21", "Mpolweni", "Inadi"),
    ("Ward 9", "KwaDabeka Rural", "Mkhizwana"),
)
_ZU_PURPOSE = ("SASSA", "Ibhange / Bank", "Home Affairs", "Eskom", "Isikole / School")
_XH_GIVEN_M = ("Lwandile", "Siyabonga", "Luvuyo Mzwandile", "Ayanda", "Xolani")
_XH_GIVEN_F = ("Nomonde", "Siphokazi", "Noluthando Zintle", "Ntombizodwa", "Babalwa")
_XH_FAMILY = ("Mahlangeni", "Qoboshiyane", "Ndzamela", "Mgudlwa", "Jafta", "Sotyato")
_XH_ADDRESSES = (
    "Erf 2231, NU 4, Mdantsane, 5219",
    "1187 Zone 9, Zwelitsha, 5608",
    "Erf 516, Ducats, Beacon Bay, 5241",
    "34 Mtsila Street, Duncan Village, East London, 5209",
    "Erf 8820, Motherwell NU 11, Gqeberha, 6211",
)
_XH_SCHOOLS = (
    "Nkwenkwezi Primary",
    "Zanempucuko SSS",
    "Mzomhle Primary",
    "Khulani Commercial High",
)
_ST_GIVEN_M = ("Tumelo", "Lehlohonolo", "Teboho Daniel", "Motlatsi", "Katleho")
_ST_GIVEN_F = ("Palesa", "Mamello", "Nthabiseng Grace", "Lerato", "Puleng")
_ST_FAMILY = ("Mokoena", "Mofokeng", "Tshabalala", "Moloi", "Sekhesa", "Letsie")
_ST_ADDRESSES = (
    "Erf 10452, Phahameng, Bloemfontein, 9323",
    "3391 Block H, Botshabelo, 9781",
    "Erf 2204, Bronville, Welkom, 9460",
    "128 Moshoeshoe Street, Mangaung, 9306",
    "Erf 6677, Tumahole, Parys, 9585",
)
_ST_ROUTES = (
    "Botshabelo - Bloem CBD",
    "Mangaung - Hoofstraat",
    "Thaba Nchu - Bloem",
    "Welkom Rank",
)
_TN_GIVEN_M = ("Kagiso", "Tshepo", "Onkarabile", "Kabelo Thato", "Tebogo")
_TN_GIVEN_F = ("Boitumelo", "Kelebogile", "Onalenna", "Masego Refilwe", "Gaone")
_TN_FAMILY = ("Molefe", "Seleka", "Mokgosi", "Modise", "Pilane", "Motsepe")
_TN_ADDRESSES = (
    "Stand 1123, Unit 7, Mmabatho, 2735",
    "Erf 4410, Ikageng Ext 2, Potchefstroom, 2531",
    "Stand 87, Phokeng, 0335",
    "Erf 3019, Boitekong Ext 4, Rustenburg, 0309",
    "209 Sekame Road, Montshiwa, Mahikeng, 2745",
)
_TN_STATIONS = ("Mmabatho SAPS", "Ikageng SAPS", "Phokeng SAPS", "Boitekong SAPS")
_AF_GIVEN_M = ("Johannes Hendrik", "Pieter Willem", "Gerhardus", "Jacobus Francois", "Stefan")
_AF_GIVEN_F = ("Maria Magdalena", "Susanna Elizabeth", "Anneke", "Hester Johanna", "Elsabé")
_AF_FAMILY = ("Van Wyk", "Du Plessis", "Steyn", "Pretorius", "Coetzee", "Nel", "Le Roux")
_AF_ADDRESSES = (
    "Kerkstraat 14, Reitz, 9810",
    "Erf 233, Voortrekkerweg 8, Bethlehem, 9701",
    "Plaas Rietvlei, Distrik Lindley, 9630",
    "Langstraat 52, Bethulie, 9992",
    "Paul Krugerlaan 7, Senekal, 9600",
)
_AF_CONGREGATIONS = ("NG Gemeente Bethlehem-Noord", "NG Gemeente Lindley", "NG Gemeente Senekal")


def _vn_care(p: Person) -> str:
    return _pick(p, _VN_CARE_FORMS, 1)


def _vehicle(p: Person) -> tuple[str, str]:
    return _place(p, _VN_VEHICLES)


def _za_other_id(p: Person, years: int, male: bool) -> str:
    """Another South African's ID number (a parent, a spouse), Luhn checked."""
    birth = _shift_date(p.birth, years)
    serial = int(p.bhxh[:4]) % 5000 + (5000 if male else 0)
    return _luhn(f"{birth:%y%m%d}{serial:04d}08")


def _za_cell(p: Person, salt: int = 0) -> str:
    """A South African cell number as a form writes it: ``072 345 6789``."""
    lead = _pick(p, ("072", "082", "083", "061", "079", "071", "084", "060"), salt)
    return f"{lead} {p.phone[3:6]} {p.phone[6:]}"


def _za_intl(p: Person) -> str:
    return f"+27 7{p.phone[2]} {p.phone[3:6]} {p.phone[6:]}"


def _za_plate(p: Person, suffix: str) -> str:
    return f"{p.bhxh[:3]} {p.bhxh[3:6]} {suffix}"


_SEX_WORDS = {
    "zu": ("Owesilisa / Male", "Owesifazane / Female"),
    "st": ("Monna", "Mosadi"),
    "tn": ("Monna / M", "Mosadi / F"),
    "af": ("M", "V"),
}


def _sex_word(p: Person, lang: str) -> str:
    male, female = _SEX_WORDS[lang]
    return male if p.male else female


WRITERS_BLIND169: dict[str, Callable[[Person, Col], str]] = {
    "care_form169": lambda p, c: _vn_care(p),
    "care_rel169": lambda p, c: _pick(p, _VN_CARE_REL, 2),
    "child169": lambda p, c: _other_vn(p, 3, family=p.family),
    "child_birth169": lambda p, c: f"{_num(p, 28):02d}/{_num(p, 12):02d}/{2010 + _num(p, 13)}",
    "care_decision169": lambda p, c: f"{_num(p, 300)}/QĐ-UBND",
    "care_allowance169": lambda p, c: _pick(p, ("1.080.000", "1.800.000", "2.160.000"), 4),
    "care_officer169": lambda p, c: f"{_other_vn(p, 5, male=False)} (LĐTBXH)",
    "bus_card169": lambda p, c: f"NCT-{p.bhxh[-6:]}",
    "bus_point169": lambda p, c: _pick(p, _VN_BUS_POINTS, 1),
    "bus_status169": lambda p, c: _pick(p, _VN_BUS_STATUS, 2),
    "bus_route169": lambda p, c: f"Tuyến {_pick(p, ('09A', '32', '34', '03A', '86', '55A'), 3)}",
    "stamp169": lambda p, c: f"KC {p.bhxh[-7:]}",
    "plate169": lambda p, c: (
        f"{_pick(p, ('29A', '30H', '51G', '15C', '36A'), 1)}-{p.bhxh[4:7]}.{p.bhxh[7:9]}"
    ),
    "vehicle_kind169": lambda p, c: _vehicle(p)[0],
    "vehicle_make169": lambda p, c: _vehicle(p)[1],
    "inspect_result169": lambda p, c: _pick(p, ("Dat", "Dat", "Dat", "Khong dat - phanh"), 2),
    "inspector169": lambda p, c: _pick(p, _VN_INSPECTORS, 3),
    "exam_no169": lambda p, c: f"MG{_num(p, 500):03d}",
    "birthplace169": lambda p, c: _pick(p, _VN_BIRTHPLACES, 1),
    "workplace169": lambda p, c: _pick(p, _VN_WORKPLACES, 2),
    "score_theory169": lambda p, c: str(_num(p, 50) + 50),
    "score_practice169": lambda p, c: str(_num(p, 40) + 55),
    "exam_result169": lambda p, c: _pick(p, ("Đạt", "Đạt", "Không đạt", "Vắng thi"), 3),
    "broker_licence169": lambda p, c: f"{_num(p, 999):03d}/2026/CCHN.MGBĐS",
    "za_id169": lambda p, c: _za_id(p),
    "zu_name169": lambda p, c: (
        f"{_by_sex(p, _ZU_GIVEN_M, _ZU_GIVEN_F, 1)} {_pick(p, _ZU_FAMILY, 2)}"
    ),
    "zu_sex169": lambda p, c: _sex_word(p, "zu"),
    "zu_ward169": lambda p, c: _place(p, _ZU_VILLAGES)[0],
    "zu_village169": lambda p, c: _place(p, _ZU_VILLAGES)[1],
    "zu_council169": lambda p, c: f"{_place(p, _ZU_VILLAGES)[2]} Traditional Council",
    "zu_induna169": lambda p, c: f"Induna {_pick(p, _ZU_GIVEN_M, 3)} {_pick(p, _ZU_FAMILY, 4)}",
    "zu_phone169": lambda p, c: _za_cell(p, 5),
    "zu_purpose169": lambda p, c: _pick(p, _ZU_PURPOSE, 6),
    "zu_ref169": lambda p, c: f"POR/{_num(p, 900):03d}/26",
    "xh_name169": lambda p, c: (
        f"{_by_sex(p, _XH_GIVEN_M, _XH_GIVEN_F, 1)} {_pick(p, _XH_FAMILY, 2)}"
    ),
    "xh_addr169": lambda p, c: _place(p, _XH_ADDRESSES),
    "xh_phone169": lambda p, c: f"07{p.phone[2:]}",
    "xh_learner169": lambda p, c: f"{_pick(p, _XH_GIVEN_F, 3)} {_pick(p, _XH_FAMILY, 2)}",
    "xh_grade169": lambda p, c: f"Ibanga {_num(p, 12)} / Grade {_num(p, 12)}",
    "xh_school169": lambda p, c: _pick(p, _XH_SCHOOLS, 4),
    "xh_relation169": lambda p, c: _pick(
        p, ("Umama / Mother", "Utata / Father", "Umgcini / Guardian"), 5
    ),
    "xh_signed169": lambda p, c: _pick(p, ("Ewe / Yes", "Ewe / Yes", "Hayi / No"), 6),
    "st_name169": lambda p, c: (
        f"{_by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 1)} {_pick(p, _ST_FAMILY, 2)}"
    ),
    "st_sex169": lambda p, c: _sex_word(p, "st"),
    "st_addr169": lambda p, c: _place(p, _ST_ADDRESSES),
    "st_phone169": lambda p, c: _za_intl(p),
    "st_licence169": lambda p, c: f"4024{p.bhxh[:8]}",
    "st_owner169": lambda p, c: f"{_pick(p, _ST_GIVEN_M, 3)} {_pick(p, _ST_FAMILY, 4)}",
    "st_owner_id169": lambda p, c: _za_other_id(p, -9, True),
    "st_plate169": lambda p, c: _za_plate(p, "FS"),
    "st_route169": lambda p, c: _pick(p, _ST_ROUTES, 5),
    "tn_given169": lambda p, c: _by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 1),
    "tn_family169": lambda p, c: _pick(p, _TN_FAMILY, 2),
    "tn_sex169": lambda p, c: _sex_word(p, "tn"),
    "tn_addr169": lambda p, c: _place(p, _TN_ADDRESSES),
    "tn_ward169": lambda p, c: f"Ward {_num(p, 35)}",
    "tn_sector169": lambda p, c: f"Sector {_num(p, 4)}",
    "tn_phone169": lambda p, c: f"08{'1234'[int(p.phone[2]) % 4]}-{p.phone[3:6]}-{p.phone[6:]}",
    "tn_station169": lambda p, c: _pick(p, _TN_STATIONS, 3),
    "tn_check169": lambda p, c: _pick(p, ("Ga go na / Clear", "E emetswe / Pending"), 4),
    "af_given169": lambda p, c: _by_sex(p, _AF_GIVEN_M, _AF_GIVEN_F, 1),
    "af_family169": lambda p, c: _pick(p, _AF_FAMILY, 2),
    "af_sex169": lambda p, c: _sex_word(p, "af"),
    "af_marital169": lambda p, c: _pick(
        p, ("Getroud", "Ongetroud", "Weduwee/Wewenaar", "Geskei"), 3
    ),
    "af_spouse169": lambda p, c: (
        f"{_by_sex(p, _AF_GIVEN_F, _AF_GIVEN_M, 4)} {_pick(p, _AF_FAMILY, 2)}"
    ),
    "af_spouse_id169": lambda p, c: _za_other_id(p, 2, not p.male),
    "af_wyk169": lambda p, c: f"Wyk {_num(p, 24)}",
    "af_elder169": lambda p, c: (
        f"Oudl. {_pick(p, _AF_GIVEN_M, 5).split()[0]} {_pick(p, _AF_FAMILY, 6)}"
    ),
    "af_addr169": lambda p, c: _place(p, _AF_ADDRESSES),
    "af_phone169": lambda p, c: _za_cell(p, 8),
    "af_attest169": lambda p, c: _pick(p, _AF_CONGREGATIONS, 7),
    "phone_rel169": lambda p, c: _other_phone(p, "09"),
    "due169": lambda p, c: f"{_shift_date(p.other_date, _num(p, 2)):{c.date_format}}",
    "baptism169": lambda p, c: f"{p.birth + timedelta(days=30 + _num(p, 120)):{c.date_format}}",
    "confirmed169": lambda p, c: f"{_shift_date(p.birth, 15 + _num(p, 4)):{c.date_format}}",
}

__all__ = ["WRITERS_BLIND169"]
