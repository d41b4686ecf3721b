"""How the people of the hundred-and-twenty-fifth part of the outside corpus (**blind 125**,
:mod:`lienthong.quality._corpus_blind125`) are written: four Vietnamese files' own columns (a Hà
Nội household's honeycomb-coal stoves and what replaces them, a job-creation loan's savings group
and contract, a discharged soldier's vocational training card, an impounded vehicle's record and
lot) and Polish, Czech, Slovak, Hungarian and Slovenian names, places, phones and identity numbers
in the forms their registers write them (PESEL, rodné číslo, személyi azonosító, TAJ and EMŠO with
their check digits, reused from earlier parts; a Hungarian married woman's ``-né`` name)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _emso
from lienthong.quality._corpus_blind14_writers import _rodne_cislo as _rc_sk
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind46_writers import (
    _HU_FAMILY,
    _HU_GIVEN_F,
    _HU_GIVEN_M,
    _szemelyi,
    _taj,
)
from lienthong.quality._corpus_blind46_writers import _rodne_cislo as _rc_cz
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind100_writers import (
    _CZ_FAMILY,
    _CZ_GIVEN_F,
    _CZ_GIVEN_M,
    _PL_FAMILY,
    _PL_GIVEN_F,
    _PL_GIVEN_M,
    _SI_FAMILY,
    _SI_GIVEN_F,
    _SI_GIVEN_M,
    _SK_FAMILY,
    _SK_GIVEN_F,
    _SK_GIVEN_M,
    _si_tax,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_HN_LANES = _items(
    "ngõ 165 Chùa Bộc; ngõ 68 Phú Diễn; ngách 12/4 Hào Nam; ngõ 1 Kim Ngưu; ngõ 34 Lương Sử A"
)
_VN_HN_TDP = ("TDP số 3", "TDP số 7", "TDP số 11", "TDP số 15", "Tổ 24")
_VN_HN_WARDS = ("phường Kim Liên", "phường Văn Miếu - Quốc Tử Giám", "phường Bạch Mai")
_VN_STOVE_USE = ("Đun nấu gia đình", "Đun nấu gia đình", "Kinh doanh ăn uống", "Bán bún chả")
_VN_SWITCH = ("Bếp gas", "Bếp điện từ", "Bếp điện từ", "Bếp hồng ngoại", "Bếp gas công nghiệp")
_VN_GROUPS = _items(
    "Tổ TK&VV thôn Đông 1; Tổ TK&VV thôn Trung Hậu; Tổ TK&VV Hội Phụ nữ xã; Tổ TK&VV Hội CCB thôn 4"
)
_VN_PLANS = _items(
    "Mở xưởng may gia công; Nuôi lợn thịt 30 con; Sửa chữa xe máy; Làm bún bánh; Trồng nấm rơm"
)
_VN_RANKS = ("Binh nhất", "Binh nhì", "Hạ sĩ", "Trung sĩ", "Binh nhất")
_VN_POSTS = ("Chiến sĩ", "Chiến sĩ", "Tiểu đội phó", "Tiểu đội trưởng", "Lái xe")
_VN_UNITS = _items(
    "c3, d1, e52, f320 - QĐ3; c9, d3, e141, f312 - QĐ1; BCH QS tỉnh Bắc Giang; c2, d5, Lữ đoàn 164"
)
_VN_TRADES = ("Hàn điện", "Điện công nghiệp", "Sửa chữa ô tô", "Lái xe hạng C", "Nấu ăn")
_VN_SCHOOLS = _items(
    "Trường CĐ nghề số 2 - BQP; Trường TC nghề số 12 - BQP; Trường CĐ Cơ điện Hà Nội;"
    " TT GDNN-GDTX huyện"
)
_VN_HOMETOWNS = ("Hải Dương", "Bắc Giang", "Nam Định", "Thái Bình", "Hưng Yên", "Nghệ An")
_VN_VEHICLES = _items(
    "Xe mô tô Honda Wave; Xe mô tô Yamaha Exciter; Xe máy điện VinFast; Ô tô con Toyota Vios"
)
_VN_OFFENCES = _items(
    "Nồng độ cồn vượt mức; Không có GPLX; Đua xe trái phép; Vượt đèn đỏ, không GPLX;"
    " Không đăng ký xe"
)
_VN_LOTS = ("Bãi giữ xe CA quận", "Kho tang vật Đội CSGT số 3", "Bãi giữ xe CA phường")
_VN_OFFICERS = ("Đại úy Lê Văn Thắng", "Thiếu tá Phạm Quốc Huy", "Trung úy Đỗ Minh Tâm")

# -- foreign files ------------------------------------------------------------------------------
_PL_PLACES = _rows(
    "ul. Długa 14/3 | 31-146 | Kraków; al. Niepodległości 210 m. 7 | 02-091 | Warszawa;"
    " ul. Św. Marcin 29 | 61-806 | Poznań; os. Tysiąclecia 44/12 | 40-871 | Katowice;"
    " ul. Kościuszki 5 | 15-426 | Białystok"
)
_PL_SECOND = ("", "Maria", "Jan", "", "Anna", "Józef", "")
_PL_FORMS = ("tradycyjna i elektroniczna", "elektroniczna (mObywatel)", "tradycyjna")
_PL_MEMBER = ("rodzic", "rodzic", "małżonek rodzica", "rodzic zastępczy")
_CZ_PLACES = _rows(
    "Palackého 112 | 566 01 | Vysoké Mýto; Husova 7 | 570 01 | Litomyšl;"
    " Nádražní 1450 | 565 01 | Choceň; Tyršova 33 | 562 01 | Ústí nad Orlicí"
)
_CZ_RELIEF = ("", "", "osvobozen - dítě do 1 roku", "úleva 50 % - senior nad 80 let", "")
_SK_PLACES = _rows(
    "Hlavná 45 | 059 51 | Poprad-Matejovce; Školská 112/4 | 053 11 | Smižany;"
    " Nová 8 | 059 71 | Ľubica; Družstevná 230 | 059 52 | Veľká Lomnica"
)
_SK_BIRTHPLACES = ("Poprad", "Kežmarok", "Spišská Nová Ves", "Levoča", "Prešov")
_SK_FUNC = ("člen", "člen", "strojník", "veliteľ družstva", "technik", "preventivár")
_SK_QUAL = ("hasič", "strojník - CAS 30", "hasič, nositeľ DT", "vodič skupiny C", "hasič")
_HU_PLACES = _rows(
    "3580 | Tiszaújváros | Szent István út 14. 2/5.; 3600 | Ózd | Vasvári út 31.;"
    " 3700 | Kazincbarcika | Egressy Béni út 9. fsz. 1.; 3532 | Miskolc | Győri kapu 118."
)
_HU_BIRTHPLACES = ("Miskolc", "Ózd", "Kazincbarcika", "Encs", "Szerencs", "Budapest")
_SI_PLACES = _rows(
    "Celovška cesta 150 | 1000 Ljubljana; Ulica heroja Šaranoviča 12 | 2000 Maribor;"
    " Kidričeva ulica 3a | 4000 Kranj; Prešernova ulica 21 | 3000 Celje"
)
_SI_CATS = _items(
    "mlada družina; družina z več otroki; invalid; ni prednostne kategorije; žrtev nasilja"
)
_SI_SIZES = ("garsonjera", "1-sobno", "2-sobno", "3-sobno", "1,5-sobno")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 11 % len(places)]


def _event(p: Person, days: int) -> str:
    return (p.other_date + timedelta(days=days)).strftime("%d/%m/%Y")


def _phone_intl(p: Person, code: str, lead: str, groups: tuple[int, ...]) -> str:
    digits, out, at = lead + p.bhxh[::-1], [], 0
    for g in groups:
        out.append(digits[at : at + g])
        at += g
    return f"{code} " + " ".join(out)


def _family2(p: Person, table: tuple[tuple[str, ...], ...], male: bool | None = None) -> str:
    return table[int(p.bhxh) // 23 % len(table)][0 if (p.male if male is None else male) else 1]


def _hu_family(p: Person, salt: int = 0) -> str:
    return _pick(p, _HU_FAMILY, salt)


def _hu_name(p: Person) -> str:
    """Family name first; one married woman in two bears her husband's name with ``-né``."""
    own = f"{_hu_family(p)} {_by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F)}"
    if p.male or int(p.bhxh) % 2:
        return own
    return f"{_hu_family(p, 5)} {_pick(p, _HU_GIVEN_M, 3)}né"


def _pl_ascii(text: str) -> str:
    """Lower case without Polish diacritics, as people type their e-mail addresses."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _stoves(p: Person) -> str:
    return str(1 + _num(p, 3))


WRITERS_BLIND125: dict[str, Callable[[Person, Col], object]] = {
    # bếp than tổ ong
    "addr_hn125": lambda p, c: (
        f"Số {_num(p, 40)} {_pick(p, _VN_HN_LANES)}, "
        f"{_pick(p, _VN_HN_TDP, 2)}, {_pick(p, _VN_HN_WARDS, 3)}, Hà Nội"
    ),
    "tdp125": lambda p, c: _pick(p, _VN_HN_TDP, 2),
    "stoves125": lambda p, c: _stoves(p),
    "purpose125": lambda p, c: _pick(p, _VN_STOVE_USE, 4),
    "switch125": lambda p, c: _pick(p, _VN_SWITCH, 5),
    "support125": lambda p, c: f"{int(_stoves(p)) * 1_500_000:,}".replace(",", "."),
    "tdp_head125": lambda p, c: _other_vn(p, 6),
    "tdp_phone125": lambda p, c: _other_phone(p, "098"),
    # vay vốn giải quyết việc làm
    "group125": lambda p, c: _pick(p, _VN_GROUPS, 2),
    "group_head125": lambda p, c: _other_vn(p, 7),
    "plan125": lambda p, c: _pick(p, _VN_PLANS, 3),
    "workers125": lambda p, c: str(1 + _num(p, 4)),
    "loan125": lambda p, c: str(_pick(p, ("50", "80", "100", "100", "120", "200"), 4)),
    "term125": lambda p, c: _pick(p, ("36", "60", "60", "48"), 5),
    "rate125": lambda p, c: "0,66",
    "contract125": lambda p, c: f"{p.bhxh[:4]}/KU-GQVL/{p.other_date.year}",
    "heir125": lambda p, c: _other_vn(p, 8),
    # thẻ học nghề bộ đội xuất ngũ
    "rank125": lambda p, c: _pick(p, _VN_RANKS, 2),
    "post125": lambda p, c: _pick(p, _VN_POSTS, 3),
    "unit125": lambda p, c: _pick(p, _VN_UNITS, 4),
    "enlist125": lambda p, c: _safe_day(p.other_date.year - 2, 2, 24 + _num(p, 4)).strftime(
        "%d/%m/%Y"
    ),
    "card125": lambda p, c: f"THN-{p.bhxh[2:8]}/{p.other_date.year}",
    "value125": lambda p, c: f"{12 * 2_340_000:,}".replace(",", "."),
    "trade125": lambda p, c: _pick(p, _VN_TRADES, 5),
    "school125": lambda p, c: _pick(p, _VN_SCHOOLS, 6),
    "home125": lambda p, c: _pick(p, _VN_HOMETOWNS, 7),
    # phương tiện tạm giữ
    "record125": lambda p, c: f"{p.bhxh[-5:]}/BB-TGPT",
    "vehicle125": lambda p, c: _pick(p, _VN_VEHICLES, 2),
    "plate125": lambda p, c: (
        f"{29 + _num(p, 9)}-{'ABCDGH'[_num(p, 6) - 1]}1 {p.bhxh[3:6]}.{p.bhxh[6:8]}"
    ),
    "frame125": lambda p, c: f"RLHJC{p.bhxh[:6]} / JC{p.bhxh[4:]}",
    "offence125": lambda p, c: _pick(p, _VN_OFFENCES, 3),
    "days125": lambda p, c: _pick(p, ("7", "7", "10", "30"), 4),
    "lot125": lambda p, c: _pick(p, _VN_LOTS, 5),
    "officer125": lambda p, c: _pick(p, _VN_OFFICERS, 6),
    "returned125": lambda p, c: "" if int(p.bhxh) % 3 == 0 else _event(p, 7 + _num(p, 20)),
    # Poland: Karta Dużej Rodziny
    "kdr_no125": lambda p, c: f"KDR/{p.other_date.year}/{p.bhxh[-5:]}",
    "pl_family125": lambda p, c: _family2(p, _PL_FAMILY),
    "pl_given125": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F),
    "pl_second125": lambda p, c: _pick(p, _PL_SECOND, 3),
    "email_pl125": lambda p, c: (
        _pl_ascii(f"{_by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F)}.{_family2(p, _PL_FAMILY)}{p.bhxh[-2:]}")
        + _pick(p, ("@wp.pl", "@o2.pl", "@gmail.com", "@onet.pl"), 6)
    ),
    "pesel_pl125": lambda p, c: _pesel(p),
    "sex_pl125": lambda p, c: "M" if p.male else "K",
    "street_pl125": lambda p, c: _place(p, _PL_PLACES)[0],
    "pc_pl125": lambda p, c: _place(p, _PL_PLACES)[1],
    "town_pl125": lambda p, c: _place(p, _PL_PLACES)[2],
    "phone_pl125": lambda p, c: _phone_intl(p, "+48", "6", (3, 3, 3)),
    "children125": lambda p, c: str(2 + _num(p, 4)),
    "member_pl125": lambda p, c: _pick(p, _PL_MEMBER, 4),
    "valid_pl125": lambda p, c: "bezterminowo",
    "form_pl125": lambda p, c: _pick(p, _PL_FORMS, 5),
    # Czechia: poplatek za odpad
    "vs_cz125": lambda p, c: f"1337{p.bhxh[-6:]}",
    "cz_family125": lambda p, c: _family2(p, _CZ_FAMILY),
    "cz_given125": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F),
    "rc_cz125": lambda p, c: _rc_cz(p),
    "addr_cz125": lambda p, c: ", ".join(
        (_place(p, _CZ_PLACES)[0], f"{_place(p, _CZ_PLACES)[1]} {_place(p, _CZ_PLACES)[2]}")
    ),
    "cp_cz125": lambda p, c: "" if int(p.bhxh) % 4 else f"ev. č. {_num(p, 90)}",
    "persons_cz125": lambda p, c: str(_num(p, 5)),
    "rate_cz125": lambda p, c: "720",
    "relief_cz125": lambda p, c: _pick(p, _CZ_RELIEF, 3),
    "due_cz125": lambda p, c: "360" if _pick(p, _CZ_RELIEF, 3).startswith("úleva") else "720",
    "phone_cz125": lambda p, c: _phone_intl(p, "+420", "7", (3, 3, 3)),
    "payer_cz125": lambda p, c: (
        ""
        if int(p.bhxh) % 5
        else f"{_by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 4)} {_family2(p, _CZ_FAMILY, not p.male)}"
    ),
    # Slovakia: DHZ obce
    "title_sk125": lambda p, c: _pick(p, ("", "", "Ing.", "", "Bc.", "", "Mgr."), 2),
    "sk_given125": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F),
    "sk_family125": lambda p, c: _family2(p, _SK_FAMILY),
    "rc_sk125": lambda p, c: _rc_sk(p).replace("/", ""),
    "birthplace_sk125": lambda p, c: _pick(p, _SK_BIRTHPLACES, 3),
    "street_sk125": lambda p, c: _place(p, _SK_PLACES)[0],
    "psc_sk125": lambda p, c: _place(p, _SK_PLACES)[1],
    "obec_sk125": lambda p, c: _place(p, _SK_PLACES)[2],
    "phone_sk125": lambda p, c: f"09{p.bhxh[-8:-6]} {p.bhxh[-6:-3]} {p.bhxh[-3:]}",
    "func_sk125": lambda p, c: _pick(p, _SK_FUNC, 4),
    "qual_sk125": lambda p, c: _pick(p, _SK_QUAL, 5),
    "since_sk125": lambda p, c: str(max(p.birth.year + 15, 1990 + _num(p, 34))),
    "commander_sk125": lambda p, c: "Ján Kováč",
    # Hungary: szociális tűzifa
    "hu_full125": lambda p, c: _hu_name(p),
    "hu_birthname125": lambda p, c: f"{_hu_family(p)} {_by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F)}",
    "hu_mother125": lambda p, c: f"{_hu_family(p, 6)} {_pick(p, _HU_GIVEN_F, 7)}",
    "hu_bplace125": lambda p, c: _pick(p, _HU_BIRTHPLACES, 2),
    "szem_hu125": lambda p, c: _szemelyi(p),
    "taj_hu125": lambda p, c: _taj(p),
    "irsz_hu125": lambda p, c: _place(p, _HU_PLACES)[0],
    "telep_hu125": lambda p, c: _place(p, _HU_PLACES)[1],
    "utca_hu125": lambda p, c: _place(p, _HU_PLACES)[2],
    "phone_hu125": lambda p, c: (
        f"06-{_pick(p, ('20', '30', '70'), 3)}/{p.bhxh[-7:-4]}-{p.bhxh[-4:]}"
    ),
    "hh_hu125": lambda p, c: str(_num(p, 6)),
    "income_hu125": lambda p, c: f"{40_000 + _num(p, 90) * 1_000:,}".replace(",", " "),
    "wood_hu125": lambda p, c: _pick(p, ("2", "3", "5", "3"), 4),
    "hat_hu125": lambda p, c: f"SZ/{p.bhxh[-4:]}-{_num(p, 3)}/{p.other_date.year}",
    # Slovenia: neprofitna stanovanja
    "si_full125": lambda p, c: f"{_pick(p, _SI_FAMILY, 2)} {_by_sex(p, _SI_GIVEN_M, _SI_GIVEN_F)}",
    "emso_si125": lambda p, c: _emso(p),
    "sex_si125": lambda p, c: "M" if p.male else "Ž",
    "addr_si125": lambda p, c: ", ".join(_place(p, _SI_PLACES)),
    "phone_si125": lambda p, c: (
        f"0{_pick(p, ('31', '41', '40', '51'), 3)} {p.bhxh[-6:-3]} {p.bhxh[-3:]}"
    ),
    "tax_si125": lambda p, c: _si_tax(p),
    "members_si125": lambda p, c: str(_num(p, 6)),
    "points_si125": lambda p, c: str(180 + _num(p, 300)),
    "cat_si125": lambda p, c: _pick(p, _SI_CATS, 4),
    "size_si125": lambda p, c: _pick(p, _SI_SIZES, 5),
    "razpis_si125": lambda p, c: f"{_pick(p, ('17.', '18.', '19.'), 6)} javni razpis",
    "rank_si125": lambda p, c: f"{_num(p, 400)}. mesto",
}

__all__ = ["WRITERS_BLIND125"]
