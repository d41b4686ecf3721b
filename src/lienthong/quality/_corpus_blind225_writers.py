"""How the people of the two hundred and twenty-fifth part of the outside corpus (**blind 225**,
:mod:`lienthong.quality._corpus_blind225`) are written: four Vietnamese files' own columns and
Sierra Leonean, Liberian, Gambian, Bissau-Guinean and Cape Verdean names, places, phones and
identity numbers (the writers of blinds 28, 32, 33, 35 and 38 are reused for the ids and phones)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind28_writers import (
    _CV_FAMILY,
    _CV_GIVEN_F,
    _CV_GIVEN_M,
    WRITERS_BLIND28,
)
from lienthong.quality._corpus_blind32_writers import (
    _SL_FAMILY,
    _SL_GIVEN_F,
    _SL_GIVEN_M,
    WRITERS_BLIND32,
)
from lienthong.quality._corpus_blind33_writers import (
    _LR_FAMILY,
    _LR_GIVEN_F,
    _LR_GIVEN_M,
    WRITERS_BLIND33,
)
from lienthong.quality._corpus_blind35_writers import (
    _GM_FAMILY,
    _GM_GIVEN_F,
    _GM_GIVEN_M,
    WRITERS_BLIND35,
)
from lienthong.quality._corpus_blind38_writers import (
    _GW_FAMILY,
    _GW_GIVEN_F,
    _GW_GIVEN_M,
    WRITERS_BLIND38,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BOATS = ("Thuyền kayak đôi", "Thuyền kayak đơn", "SUP", "Thuyền chèo gỗ")
_VN_LEVELS = ("Sơ cấp", "Trung cấp", "Nâng cao")
_VN_CLUBS = ("CLB Chèo thuyền Hồ Tây", "CLB Kayak Đầm Vạc", "Đội tuyển quận Tây Hồ")
_VN_GOODS = ("Máy giặt cũ", "Tủ lạnh hỏng", "Xe đạp cũ", "Sách vở", "Quần áo", "Nệm")
_VN_SCHOOLS = ("Trường THCS Lê Lợi", "Trường TH Kim Đồng", "Trường THPT Trần Phú")
_VN_CROPS = ("Bưởi da xanh", "Sầu riêng Ri6", "Chôm chôm", "Măng cụt", "Xoài cát Hòa Lộc")
_VN_BEES = ("Ong nội", "Ong ngoại (Ý)", "Ong ruồi")
_VN_RESULTS = ("Đã cấp", "Chờ thẩm định", "Bổ sung hồ sơ", "Đã cấp")
_SL_DEPOTS = ("Freetown Kissy Depot", "Bo Road Depot", "Makeni Depot", "Kenema Depot")
_SL_CLASSES = ("A (motorcycle)", "B (car)", "C (light goods)", "D (bus)", "B")
_SL_PLACES = ("Wellington", "Kissy", "Lumley", "Bo", "Makeni", "Kenema", "Waterloo", "Lunsar")
_LR_PLACES = (
    "Paynesville",
    "Gardnersville",
    "Red Light",
    "Sinkor",
    "Buchanan",
    "Gbarnga",
    "Kakata",
)
_LR_COUNTIES = ("Montserrado", "Grand Bassa", "Bong", "Margibi", "Nimba")
_LR_UNIONS = ("Montserrado Motorcyclists Union", "Bong County Pen-Pen Union", "Nimba Riders Assn")
_GM_PROGRAMMES = ("BSc Nursing", "BA Economics", "LLB Law", "BSc Agriculture", "BEd Primary")
_GM_SCHOOLS = ("Gambia High School", "St. Augustine's SSS", "Nusrat SSS", "Armitage SSS")
_GM_TOWNS = ("Serrekunda", "Brikama", "Bakau", "Farafenni", "Basse", "Lamin", "Banjul")
_GW_TABANCAS = ("Bafatá", "Gabú", "Cacheu", "Bula", "Mansoa", "Canchungo", "Bissorã")
_GW_REGIONS = ("Bafatá", "Gabú", "Cacheu", "Cacheu", "Oio", "Cacheu", "Oio")
_GW_BUYERS = ("Comercial Caju Lda", "Armazém Mansoa", "Exportadora Barros")
_CV_ISLANDS = ("Santiago", "São Vicente", "Santo Antão", "Fogo", "Sal", "Boa Vista")
_CV_CONCELHOS = ("Praia", "São Vicente", "Porto Novo", "São Filipe", "Sal", "Boa Vista")
_CV_ZONAS = ("Achada Santo António", "Monte Sossego", "Ribeira Grande", "Cova Figueira", "Espargos")
_CV_TIPOLOGIA = ("T1", "T2", "T3", "T2")
_CV_SITUACAO = ("Admitido", "Em análise", "Excluído", "Sorteado")


def _idx(p: Person, n: int) -> int:
    return _num(p, n) - 1


WRITERS_BLIND225: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: a rowing club's summer course, a bulky-waste pickup book, a fruit grower's
    # growing-area code register, a bee-keeping support list
    "boat225": lambda p, c: _pick(p, _VN_BOATS, 2),
    "level225": lambda p, c: _pick(p, _VN_LEVELS, 3),
    "club225": lambda p, c: _pick(p, _VN_CLUBS, 4),
    "fee225": lambda p, c: f"{(_num(p, 8) + 5) * 100_000:,}".replace(",", "."),
    "guardian225": lambda p, c: _other_vn(p, 4),
    "guardian_phone225": lambda p, c: _other_phone(p, "08"),
    "school225": lambda p, c: _pick(p, _VN_SCHOOLS, 5),
    "goods225": lambda p, c: _pick(p, _VN_GOODS, 2),
    "volume225": lambda p, c: f"{_num(p, 3) + 1} m3",
    "ticket225": lambda p, c: f"PT-{p.bhxh[-6:]}",
    "crop225": lambda p, c: _pick(p, _VN_CROPS, 3),
    "area225": lambda p, c: f"{(_num(p, 40) + 3) / 10:.1f}".replace(".", ","),
    "puc225": lambda p, c: f"VN-ORPU-{_num(p, 90) + 10:02d}-{p.bhxh[-4:]}",
    "result225": lambda p, c: _pick(p, _VN_RESULTS, 4),
    "bee225": lambda p, c: _pick(p, _VN_BEES, 2),
    "hives225": lambda p, c: str(_num(p, 60) + 5),
    # Sierra Leone: SLRSA driving licence register
    "nin_sl225": lambda p, c: WRITERS_BLIND32["nin_sl32"](p, c),
    "sl_name225": lambda p, c: (
        f"{_by_sex(p, _SL_GIVEN_M, _SL_GIVEN_F, 1)} {_pick(p, _SL_FAMILY, 2)}"
    ),
    "sex_sl225": lambda p, c: "M" if p.male else "F",
    "addr_sl225": lambda p, c: (
        f"{_num(p, 80) + 1} {_pick(p, ('Kissy Road', 'Main Motor Road', 'Bai Bureh Road'), 3)}, "
        f"{_pick(p, _SL_PLACES, 4)}"
    ),
    "phone_sl225": lambda p, c: WRITERS_BLIND32["phone_sl32"](p, c),
    "licence_sl225": lambda p, c: f"SL{p.bhxh[-7:]}",
    "class_sl225": lambda p, c: _pick(p, _SL_CLASSES, 5),
    "depot_sl225": lambda p, c: _pick(p, _SL_DEPOTS, 6),
    "pob_sl225": lambda p, c: _pick(p, _SL_PLACES, 7),
    # Liberia: commercial motorcycle riders' registration
    "nin_lr225": lambda p, c: WRITERS_BLIND33["nin_lr33"](p, c),
    "lr_family225": lambda p, c: _pick(p, _LR_FAMILY, 2),
    "lr_given225": lambda p, c: _by_sex(p, _LR_GIVEN_M, _LR_GIVEN_F, 1),
    "sex_lr225": lambda p, c: "Male" if p.male else "Female",
    "community_lr225": lambda p, c: _pick(p, _LR_PLACES, 3),
    "county_lr225": lambda p, c: _pick(p, _LR_COUNTIES, 4),
    "phone_lr225": lambda p, c: WRITERS_BLIND33["phone_lr33"](p, c),
    "plate_lr225": lambda p, c: f"MC-{p.bhxh[-5:]}",
    "union_lr225": lambda p, c: _pick(p, _LR_UNIONS, 5),
    "sticker_lr225": lambda p, c: f"{_num(p, 900) + 100}/{p.bhxh[-3:]}",
    # the Gambia: university admissions
    "nin_gm225": lambda p, c: WRITERS_BLIND35["nin_gm35"](p, c),
    "gm_name225": lambda p, c: (
        f"{_by_sex(p, _GM_GIVEN_M, _GM_GIVEN_F, 1)} {_pick(p, _GM_FAMILY, 2).upper()}"
    ),
    "sex_gm225": lambda p, c: "Male" if p.male else "Female",
    "town_gm225": lambda p, c: _pick(p, _GM_TOWNS, 3),
    "phone_gm225": lambda p, c: WRITERS_BLIND35["phone_gm35"](p, c),
    "programme_gm225": lambda p, c: _pick(p, _GM_PROGRAMMES, 4),
    "sss_gm225": lambda p, c: _pick(p, _GM_SCHOOLS, 5),
    "wassce_gm225": lambda p, c: f"{_num(p, 9) * 2 + 6} credits",
    "sponsor_gm225": lambda p, c: f"{_pick(p, _GM_FAMILY, 6)} (parent)",
    "app_gm225": lambda p, c: f"UTG/APP/{p.bhxh[-5:]}",
    # Guinea-Bissau: cashew growers' register
    "bi_gw225": lambda p, c: WRITERS_BLIND38["bi_gw38"](p, c),
    "gw_name225": lambda p, c: (
        f"{_by_sex(p, _GW_GIVEN_M, _GW_GIVEN_F, 1)} {_pick(p, _GW_FAMILY, 2)}"
    ),
    "sex_gw225": lambda p, c: "M" if p.male else "F",
    "tabanca_gw225": lambda p, c: _GW_TABANCAS[_idx(p, len(_GW_TABANCAS))],
    "region_gw225": lambda p, c: _GW_REGIONS[_idx(p, len(_GW_TABANCAS))],
    "phone_gw225": lambda p, c: WRITERS_BLIND38["phone_gw38"](p, c),
    "ha_gw225": lambda p, c: f"{(_num(p, 50) + 5) / 10:.1f}".replace(".", ","),
    "kg_gw225": lambda p, c: str((_num(p, 40) + 2) * 50),
    "buyer_gw225": lambda p, c: _pick(p, _GW_BUYERS, 3),
    # Cape Verde: social housing applicants
    "nif_cv225": lambda p, c: WRITERS_BLIND28["nif_cv28"](p, c),
    "bi_cv225": lambda p, c: p.bhxh[-6:],
    "cv_given225": lambda p, c: _by_sex(p, _CV_GIVEN_M, _CV_GIVEN_F, 1),
    "cv_family225": lambda p, c: f"{_pick(p, _CV_FAMILY, 2)} {_pick(p, _CV_FAMILY, 5)}",
    "sex_cv225": lambda p, c: "Masculino" if p.male else "Feminino",
    "island_cv225": lambda p, c: _CV_ISLANDS[_idx(p, len(_CV_ISLANDS))],
    "concelho_cv225": lambda p, c: _CV_CONCELHOS[_idx(p, len(_CV_ISLANDS))],
    "zona_cv225": lambda p, c: _pick(p, _CV_ZONAS, 3),
    "phone_cv225": lambda p, c: WRITERS_BLIND28["phone_cv28"](p, c),
    "household_cv225": lambda p, c: str(_num(p, 7) + 1),
    "income_cv225": lambda p, c: f"{(_num(p, 40) + 10) * 1000} ECV",
    "typology_cv225": lambda p, c: _pick(p, _CV_TIPOLOGIA, 4),
    "status_cv225": lambda p, c: _pick(p, _CV_SITUACAO, 6),
}

__all__ = ["WRITERS_BLIND225"]
