"""How the people of the hundred-and-forty-eighth part of the outside corpus (**blind 148**,
:mod:`lienthong.quality._corpus_blind148`) are written: four Vietnamese files' own columns (a tax
team's list of livestream sellers, football referees trained and carded, vehicles changing hands
at a commune police post, pupils' accident insurance) and Estonian, Latvian, Lithuanian, Finnish
and Icelandic names, places, phones and numbers in the forms their registers show (each national
code with its own check digit: the isikukood and asmens kodas mod 11 twice, the personas kods
``1101 - Σ`` mod 11, the henkilötunnus mod 31 character, the kennitala mod 11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _hetu
from lienthong.quality._corpus_blind10_writers import _is_names, _kennitala
from lienthong.quality._corpus_blind11_writers import _isikukood
from lienthong.quality._corpus_blind12_writers import _personas_kods
from lienthong.quality._corpus_blind13_writers import _asmens_kodas
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind107_writers import (
    _EE_FAMILY,
    _EE_GIVEN_F,
    _EE_GIVEN_M,
    _LT_FAMILY_F,
    _LT_FAMILY_M,
    _LT_GIVEN_F,
    _LT_GIVEN_M,
    _LV_FAMILY_F,
    _LV_FAMILY_M,
    _LV_GIVEN_F,
    _LV_GIVEN_M,
)
from lienthong.quality._corpus_blind108_writers import _fi_family, _fi_given
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: livestream sellers declaring tax -----------------------------------------------
_VN_PLATFORMS = _items("TikTok Shop; Shopee; Lazada; Facebook (livestream); TikTok Shop; Tiki")
_VN_GOODS = _items("Mỹ phẩm; Quần áo thời trang; Thực phẩm khô; Đồ gia dụng; Trái cây; Giày dép")
_VN_SHOP_WORDS = _items("Store; Official; Mộc Shop; House; Beauty; Farm; Kids")
# -- Vietnam: football referees --------------------------------------------------------------
_VN_REF_UNITS = _items(
    "Trung tâm HL&TĐ TDTT tỉnh; Trường THCS Lê Lợi; Phòng VH-TT huyện Đông Anh; Tự do;"
    " CLB bóng đá phong trào Sao Mai; Trường ĐH Sư phạm TDTT"
)
_VN_REF_LEVELS = _items("Cấp tỉnh; Cấp tỉnh; Cấp 2; Cấp 1; Trợ lý trọng tài; Futsal cấp tỉnh")
_VN_REF_FIT = _items("Đạt; Đạt; Đạt; Không đạt (chạy 40m); Đạt; Vắng")
# -- Vietnam: vehicles changing hands --------------------------------------------------------
_VN_BRANDS = _items(
    "Honda Wave Alpha; Honda Vision; Yamaha Sirius; Honda Air Blade; Yamaha Exciter"
)
_VN_OFFICERS = ("Đại úy Trần Văn Hùng", "Thượng úy Lê Minh Tâm", "Trung úy Phạm Thị Hoa")
_VN_PLATE_AREAS = ("29", "30", "88", "99", "17", "36")
# -- Vietnam: pupils' accident insurance -----------------------------------------------------
_VN_PLANS = _items("Goi 1 - 100.000d; Goi 2 - 150.000d; Goi 1 - 100.000d; Goi 3 - 200.000d")
_VN_CLASSES = _items("6A1; 6A2; 7A3; 7A1; 8A2; 9A1; 9A4")

# -- Estonia: Tallinna lemmikloomaregister ---------------------------------------------------
_EE_HOMES = _rows(
    "Harju maakond, Tallinn, Mustamäe linnaosa, Ehitajate tee 62-14 | 12915;"
    " Harju maakond, Tallinn, Lasnamäe linnaosa, Punane tn 48-101 | 13619;"
    " Harju maakond, Tallinn, Kesklinna linnaosa, Tartu mnt 17-8 | 10115;"
    " Harju maakond, Tallinn, Põhja-Tallinna linnaosa, Kopli tn 33-2 | 10412;"
    " Harju maakond, Tallinn, Nõmme linnaosa, Pärnu mnt 390 | 11612;"
    " Harju maakond, Tallinn, Haabersti linnaosa, Õismäe tee 108-45 | 13513"
)
_EE_PETS = _rows(
    "Koer | Saksa lambakoer | Rex; Koer | Jack Russelli terjer | Muki; Kass | Segavereline | Miisu;"
    " Koer | Labradori retriiver | Bella; Kass | Maine coon | Nurr; Koer | Segavereline | Pontu"
)
# -- Latvia: Rīgas Centrālās bibliotēkas lasītāji ---------------------------------------------
_LV_HOMES = _items(
    "Brīvības iela 155 - 12, Rīga, LV-1012; Maskavas iela 260 k-2 - 45, Rīga, LV-1063;"
    " Kurzemes prospekts 104 - 7, Rīga, LV-1069; Tērbatas iela 41 - 3, Rīga, LV-1011;"
    " Ulbrokas iela 19 - 88, Rīga, LV-1021; Dzirciema iela 60 - 2, Rīga, LV-1007"
)
_LV_BRANCHES = _items(
    "Filiālbibliotēka Avots; Filiālbibliotēka Pārdaugava; Filiālbibliotēka Vidzeme;"
    " Centrālā bibliotēka; Filiālbibliotēka Ziemeļblāzma"
)
# -- Lithuania: Vilniaus universiteto bendrabučių gyventojai ----------------------------------
_LT_HOMES = _items(
    "Savanorių pr. 178-12, Kaunas, LT-03154; Taikos g. 55-8, Klaipėda, LT-91226;"
    " Vilniaus g. 21, Šiauliai, LT-76283; Žirmūnų g. 70-41, Vilnius, LT-09131;"
    " Respublikos g. 3-5, Panevėžys, LT-35185; Sodų g. 9, Alytus, LT-62147"
)
_LT_FACULTIES = _rows(
    "Ekonomikos ir verslo administravimo fakultetas | Finansai;"
    " Matematikos ir informatikos fakultetas | Programų sistemos;"
    " Medicinos fakultetas | Medicina; Teisės fakultetas | Teisė;"
    " Filologijos fakultetas | Anglų filologija; Chemijos ir geomokslų fakultetas | Chemija"
)
_LT_DORMS = _items(
    "Saulėtekio al. 41; Olandų g. 51; Didlaukio g. 47; Šaltinių g. 5; Saulėtekio al. 25"
)
# -- Finland: työväenopiston ilmoittautumiset ------------------------------------------------
_FI_HOMES = _rows(
    "Hämeenkatu 12 B 34 | 33100 | Tampere; Insinöörinkatu 41 A 7 | 33720 | Tampere;"
    " Sammonkatu 28 C 51 | 33540 | Tampere; Pispalan valtatie 66 as 3 | 33250 | Tampere;"
    " Tiilitehtaankatu 9 D 18 | 33840 | Tampere; Kotipellonkatu 4 | 33400 | Tampere"
)
_FI_COURSES = _rows(
    "211204 | Espanja 2, verkkokurssi | 89,00; 330512 | Keramiikka, ilta | 118,00;"
    " 520118 | Kuntojumppa 60+ | 45,00; 140331 | Suomea maahanmuuttajille B1 | 39,00;"
    " 610207 | Kitaran alkeet | 96,00; 420915 | Akvarellimaalaus | 104,00"
)
_FI_DISCOUNTS = _items("; ; Eläkeläinen -50 %; Työtön -50 %; ; Opiskelija -30 %")
# -- Iceland: veiðikortaskrá -----------------------------------------------------------------
_IS_HOMES = _rows(
    "Hraunbær 102 | 110 | Reykjavík; Álfholt 14 | 220 | Hafnarfjörður;"
    " Skarðshlíð 9 | 603 | Akureyri; Heiðarvegur 31 | 900 | Vestmannaeyjar;"
    " Lindasmári 47 | 201 | Kópavogur; Kirkjubraut 5 | 300 | Akranes"
)
_IS_GAME = _items("Rjúpa; Gæs; Hreindýr (dýr á svæði 2); Rjúpa, gæs; Svartfugl; Önd")


def _ee_home(p: Person) -> tuple[str, ...]:
    return _EE_HOMES[int(p.bhxh) // 11 % len(_EE_HOMES)]


def _ee_given(p: Person) -> str:
    return _by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 4)


def _ee_family(p: Person) -> str:
    """The family name as the person's sex writes it (Smirnov, Smirnova)."""
    family = _pick(p, _EE_FAMILY, 2)
    if family.endswith("ova") and p.male:
        return family[:-1]
    return f"{family}a" if family.endswith("ov") and not p.male else family


def _fi_given_names(p: Person) -> str:
    """Given names as the population register lists them: one or two."""
    given = _fi_given(p)
    if " " in given:
        return given
    return f"{given} {_by_sex(p, ('Juhani', 'Olavi'), ('Maria', 'Helena'), 6)}"


def _lv_given(p: Person) -> str:
    return _by_sex(p, _LV_GIVEN_M, _LV_GIVEN_F, 4)


def _lv_family(p: Person) -> str:
    return _by_sex(p, _LV_FAMILY_M, _LV_FAMILY_F, 3)


def _lt_given(p: Person) -> str:
    return _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 4)


def _lt_family(p: Person) -> str:
    return _by_sex(p, _LT_FAMILY_M, _LT_FAMILY_F, 3)


def _pet(p: Person) -> tuple[str, ...]:
    return _EE_PETS[int(p.bhxh) // 56 % len(_EE_PETS)]


def _faculty(p: Person) -> tuple[str, ...]:
    return _LT_FACULTIES[int(p.bhxh) // 56 % len(_LT_FACULTIES)]


def _fi_home(p: Person) -> tuple[str, ...]:
    return _FI_HOMES[int(p.bhxh) // 11 % len(_FI_HOMES)]


def _fi_course(p: Person) -> tuple[str, ...]:
    return _FI_COURSES[int(p.bhxh) // 3 % len(_FI_COURSES)]


def _is_home(p: Person) -> tuple[str, ...]:
    return _IS_HOMES[int(p.bhxh) // 11 % len(_IS_HOMES)]


def _revenue(p: Person) -> int:
    return (120 + int(p.bhxh[-4:]) % 900) * 1_000_000


def _plate(p: Person, k: int) -> str:
    series = "BHKLTM"[int(p.bhxh[k]) % 6]
    return f"{_pick(p, _VN_PLATE_AREAS, k)}-{series}1 {_num(p, 999):03d}.{p.bhxh[-2:]}"


WRITERS_BLIND148: dict[str, Callable[[Person, Col], object]] = {
    # -- kê khai thuế bán hàng livestream
    "tmdt_platform148": lambda p, c: _pick(p, _VN_PLATFORMS, 2),
    "tmdt_shop148": lambda p, c: f"{p.bhxh[-3:]}.{_pick(p, _VN_SHOP_WORDS, 3)}",
    "tmdt_goods148": lambda p, c: _pick(p, _VN_GOODS, 4),
    "tmdt_revenue148": lambda p, c: _dotted(_revenue(p)),
    "tmdt_vat148": lambda p, c: _dotted(_revenue(p) // 100),
    "tmdt_pit148": lambda p, c: _dotted(_revenue(p) // 200),
    # -- trọng tài bóng đá
    "ref_unit148": lambda p, c: _pick(p, _VN_REF_UNITS, 2),
    "ref_level148": lambda p, c: _pick(p, _VN_REF_LEVELS, 3),
    "ref_fitness148": lambda p, c: _pick(p, _VN_REF_FIT, 4),
    "ref_score148": lambda p, c: f"{6 + int(p.bhxh[-1]) % 5},{int(p.bhxh[-2]) % 2 * 5}",
    "ref_card148": lambda p, c: f"TT-{_num(p, 400):03d}/SVHTTDL",
    # -- sang tên, di chuyển xe
    "xe_plate_old148": lambda p, c: _plate(p, 2),
    "xe_plate_new148": lambda p, c: _pick(p, ("Giữ biển cũ", _plate(p, 3), "Giữ biển cũ"), 4),
    "xe_brand148": lambda p, c: _pick(p, _VN_BRANDS, 5),
    "xe_engine148": lambda p, c: f"JA39E{p.bhxh[-7:]}",
    "xe_frame148": lambda p, c: f"RLHJA390{p.bhxh[1]}{p.bhxh[-8:]}",
    "xe_seller148": lambda p, c: _other_vn(p, 6),
    "xe_officer148": lambda p, c: _pick(p, _VN_OFFICERS, 7),
    # -- bảo hiểm thân thể học sinh
    "bhtt_class148": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "bhtt_parent148": lambda p, c: _ascii(_other_vn(p, 3)),
    "bhtt_parent_phone148": lambda p, c: _other_phone(p, "0912"),
    "bhtt_plan148": lambda p, c: _pick(p, _VN_PLANS, 4),
    "bhtt_fee148": lambda p, c: _pick(p, _VN_PLANS, 4)[8:].rstrip("d"),
    # -- Estonia: lemmikloomaregister
    "ik148": lambda p, c: _isikukood(p),
    "ee_owner148": lambda p, c: f"{_ee_given(p)} {_ee_family(p).upper()}",
    "ee_addr148": lambda p, c: _ee_home(p)[0],
    "ee_post148": lambda p, c: _ee_home(p)[1],
    "ee_phone148": lambda p, c: f"5{p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "ee_pet_kind148": lambda p, c: _pet(p)[0],
    "ee_breed148": lambda p, c: _pet(p)[1],
    "ee_pet148": lambda p, c: _pet(p)[2],
    "ee_chip148": lambda p, c: f"233{p.bhxh[-2:]}{p.bhxh}",
    "ee_rabies148": lambda p, c: f"{_shift_date(p.other_date, -1):%d.%m.%Y}",
    # -- Latvia: bibliotēkas lasītāji
    "pk148": lambda p, c: _personas_kods(p),
    "sex_lv148": lambda p, c: "V" if p.male else "S",
    "lv_card148": lambda p, c: f"RCB{p.bhxh[-7:]}",
    "lv_given148": lambda p, c: _lv_given(p),
    "lv_family148": lambda p, c: _lv_family(p),
    "lv_addr148": lambda p, c: _pick(p, _LV_HOMES, 5),
    "lv_phone148": lambda p, c: f"2{p.phone[3:10]}",
    "lv_email148": lambda p, c: f"{_ascii(_lv_given(p)).lower()}{p.bhxh[-2:]}@inbox.lv",
    "lv_branch148": lambda p, c: _pick(p, _LV_BRANCHES, 6),
    "lv_debt148": lambda p, c: _pick(p, ("0,00", "0,00", "1,20", "0,00", "3,60"), 7),
    # -- Lithuania: bendrabučių gyventojai
    "ak148": lambda p, c: _asmens_kodas(p),
    "lt_given148": lambda p, c: _lt_given(p),
    "lt_family148": lambda p, c: _lt_family(p),
    "sex_lt148": lambda p, c: "V" if p.male else "M",
    "lt_faculty148": lambda p, c: _faculty(p)[0],
    "lt_prog148": lambda p, c: _faculty(p)[1],
    "lt_year148": lambda p, c: f"{1 + int(p.bhxh[-1]) % 4} k.",
    "lt_dorm148": lambda p, c: _pick(p, _LT_DORMS, 6),
    "lt_room148": lambda p, c: f"{1 + int(p.bhxh[-2]) % 5}{_num(p, 40):02d}",
    "lt_addr148": lambda p, c: _pick(p, _LT_HOMES, 8),
    "lt_phone148": lambda p, c: f"+370 6{p.phone[4:6]} {p.phone[6:10]}{p.bhxh[-1]}",
    "lt_email148": lambda p, c: (
        f"{_ascii(_lt_given(p)).lower()}.{_ascii(_lt_family(p)).lower()}@stud.vu.lt"
    ),
    "lt_fee148": lambda p, c: _pick(p, ("95,00", "110,00", "82,50", "125,00"), 9),
    # -- Finland: työväenopisto
    "hetu148": lambda p, c: _hetu(p),
    "fi_family148": lambda p, c: _fi_family(p),
    "fi_given148": lambda p, c: _fi_given_names(p),
    "fi_street148": lambda p, c: _fi_home(p)[0],
    "fi_post148": lambda p, c: _fi_home(p)[1],
    "fi_town148": lambda p, c: _fi_home(p)[2],
    "fi_phone148": lambda p, c: f"04{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "fi_email148": lambda p, c: (
        f"{_ascii(_fi_given(p).split()[0]).lower()}.{_ascii(_fi_family(p)).lower()}@elisanet.fi"
    ),
    "fi_course_no148": lambda p, c: _fi_course(p)[0],
    "fi_course148": lambda p, c: _fi_course(p)[1],
    "fi_fee148": lambda p, c: _fi_course(p)[2],
    "fi_discount148": lambda p, c: _pick(p, _FI_DISCOUNTS, 7),
    "fi_enrolled148": lambda p, c: p.updated.strftime("%d.%m.%Y %H:%M"),
    "fi_lang148": lambda p, c: _pick(p, ("suomi", "suomi", "suomi", "ruotsi", "venäjä"), 8),
    # -- Iceland: veiðikortaskrá
    "kt148": lambda p, c: _kennitala(p),
    "is_name148": lambda p, c: " ".join(_is_names(p)),
    "is_street148": lambda p, c: _is_home(p)[0],
    "is_post148": lambda p, c: _is_home(p)[1],
    "is_town148": lambda p, c: _is_home(p)[2],
    "is_phone148": lambda p, c: (
        f"{'678'[int(p.bhxh[-1]) % 3]}{p.phone[5:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    ),
    "is_card148": lambda p, c: f"{p.bhxh[-5:]}",
    "is_gun148": lambda p, c: _pick(p, ("", f"SL-{p.bhxh[-6:]}", f"SL-{p.bhxh[-6:]}"), 5),
    "is_game148": lambda p, c: _pick(p, _IS_GAME, 6),
    "is_report148": lambda p, c: _pick(p, ("Já", "Já", "Nei", "Já"), 7),
}

__all__ = ["WRITERS_BLIND148"]
