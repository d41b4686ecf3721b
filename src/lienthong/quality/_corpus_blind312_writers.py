"""How the people of the three-hundred-and-twelfth part of the outside corpus (**blind 312**,
:mod:`lienthong.quality._corpus_blind312`) are written: four Vietnamese files' own columns (a rice
purchase from a farmer, a fishing licence, a poultry flu declaration, a forest planting contract)
and Ethiopian, Peruvian, Indonesian, Moroccan and Ukrainian farmers, irrigators, fishers and land
holders in the forms their registers show (the Fayda number in groups of four and the Ethiopian
calendar, the DNI with its check character, the NIK with the birth date in it, the CIN, the
РНОКПП with its check digit, plots and boats beside the person's own columns)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _ET_GIVEN_F, _ET_GIVEN_M, _fayda
from lienthong.quality._corpus_blind12_writers import _rnokpp
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind50_writers import _et_written
from lienthong.quality._corpus_blind65_writers import _dni, _dni_check
from lienthong.quality._corpus_blind113_writers import _cin_ma, _phone_ma
from lienthong.quality._corpus_blind121_writers import _ET_FATHER
from lienthong.quality._corpus_blind130_writers import (
    _UA_FAMILY,
    _UA_GIVEN_F,
    _UA_GIVEN_M,
    _UA_PATRONYMIC_F,
    _UA_PATRONYMIC_M,
)
from lienthong.quality._corpus_blind165_writers import _ua_phone
from lienthong.quality._corpus_blind209_writers import _nik
from lienthong.quality._corpus_blind246_writers import _et_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: rice bought from farmers without invoices (bảng kê 01/TNDN) -------------------------
_VN_RICE = ("Lúa tươi OM 5451", "Lúa tươi Đài Thơm 8", "Lúa khô OM 18", "Lúa ST25", "Lúa IR 50404")
_VN_RICE_GROUPS = ("HTX NN Tân Cường", "THT lúa ấp 3", "HTX Mỹ Phước", "HTX DV NN Phú Hòa")
# -- Vietnam: fishing licences -------------------------------------------------------------------
_VN_BOAT_GEAR = ("Lưới vây", "Câu cá ngừ đại dương", "Lưới rê", "Lưới kéo đôi", "Chụp mực")
_VN_BOAT_ZONE = ("Vùng khơi", "Vùng khơi", "Vùng lộng", "Vùng khơi (Hoàng Sa)")
_VN_BOAT_PORT = ("Cảng cá Quy Nhơn", "Cảng cá Tam Quan", "Cảng cá Đề Gi", "Cảng cá Sa Huỳnh")
# -- Vietnam: poultry flu declared by farms ------------------------------------------------------
_VN_FARM_SPECIES = ("Ga dong", "Vit chay dong", "Ga cong nghiep", "Ngan", "Vit de")
_VN_FARM_DISEASE = ("Cum gia cam A/H5N1", "Nghi cum A/H5N6", "Newcastle", "Cum gia cam A/H5N1")
_VN_FARM_PLACES = ("Dong Mau", "Xu dong Cay Da", "Bai soi ven song", "Khu CN tap trung thon 4")
# -- Vietnam: forest planting contracts ------------------------------------------------------------
_VN_TREES = ("Keo lai", "Keo tai tượng", "Lim xanh", "Sao đen", "Thông mã vĩ", "Bạch đàn")
_VN_HAMLETS = ("Bản Na Mèo", "Thôn Khe Nhừ", "Bản Pù Toong", "Thôn 5", "Bản Phiêng Luông")
_VN_FOREST_BQL = ("BQL RPH Sông Chu", "BQL RPH Như Xuân", "UBND xã", "BQL RĐD Xuân Liên")

# -- Ethiopia: fertilizer handed out by primary cooperatives (Amhara) ----------------------------
_ET_KEBELES = (
    ("ጎንጅ ቆለላ", "ዳቤ", "አዴት ሁለገብ ገበሬዎች ኃ/የተ/ህ/ሥ/ማ"),
    ("ባህር ዳር ዙሪያ", "ዘንዘልማ", "ዘንዘልማ ገበሬዎች ኅብረት ሥራ ማህበር"),
    ("ፎገራ", "ቆላ ድባ", "ወረታ ሁለገብ ኅ/ሥ/ማ"),
    ("ደራ", "ሐሙሲት", "ሐሙሲት ገበሬዎች ኅ/ሥ/ማ"),
    ("መርዓዊ", "አባዲስ", "መርዓዊ ሁለገብ ኅ/ሥ/ማ"),
)
_ET_FERT = ("ኤን.ፒ.ኤስ", "ዩሪያ", "ኤን.ፒ.ኤስ.ቢ", "ዳፕ")
_ET_PAY = ("በጥሬ ገንዘብ", "በብድር", "በብድር (ኦሞ ባንክ)", "በጥሬ ገንዘብ")
# -- Peru: irrigation water users (Junta de Usuarios) --------------------------------------------
_PE_FAMILY = ("QUISPE", "MAMANI", "HUAMAN", "CHAVEZ", "RAMOS", "SANCHEZ", "VASQUEZ", "LLONTOP")
_PE_GIVEN_M = ("Juan Carlos", "Segundo", "Luis Alberto", "Wilmer", "José Santos", "Nilo")
_PE_GIVEN_F = ("María Elena", "Rosa", "Nelly", "Santos Magdalena", "Gladys", "Luz Marina")
_PE_PLACES = (
    ("Ferreñafe", "Lambayeque", "Canal Taymi", "Sector Sasape"),
    ("Mórrope", "Lambayeque", "Lateral Túcume", "Caserío Cruz del Médano"),
    ("Chongoyape", "Chiclayo", "Canal Huallabamba", "Sector Carrizal"),
    ("Jayanca", "Lambayeque", "Toma La Viña", "Caserío Pueblo Nuevo"),
    ("Pítipo", "Ferreñafe", "Canal Pítipo", "Sector Batangrande"),
)
_PE_CROPS = ("Arroz", "Caña de azúcar", "Maíz amarillo duro", "Frijol caupí", "Arroz")
_PE_STATE = ("Al día", "Al día", "Deudor", "Al día", "Fraccionamiento")
# -- Indonesia: farmers' subsidised fertilizer plan (RDKK) ---------------------------------------
_ID_FAMILY = ("Suparno", "Wagiman", "Sutrisno", "Rohmat", "Slamet", "Mujiono", "Karyadi")
_ID_GIVEN_M = ("Sugeng", "Paimin", "Ahmad", "Budi", "Sukirno", "Tarmuji")
_ID_GIVEN_F = ("Siti", "Sri", "Sumiyati", "Wartini", "Tumini", "Rukmini")
_ID_PLACES = (
    ("331801", "Sukolilo", "Baleadi", "Ngeboran"),
    ("331806", "Gabus", "Tambahmulyo", "Krajan"),
    ("331811", "Juwana", "Bakaran Kulon", "Dukuh Tegal"),
    ("352315", "Tuban", "Sumurgung", "Gesing"),
    ("352407", "Babat", "Bedahan", "Sidorejo"),
)
_ID_CROPS = ("Padi", "Padi", "Jagung", "Kedelai", "Tebu", "Bawang merah")
_ID_KIOS = ("UD Tani Makmur", "Kios Sri Rejeki", "UD Sumber Pangan", "Kios Barokah Tani")
# -- Morocco: artisanal fishing boats at a landing point -----------------------------------------
_MA_FAMILY = ("Ait Baha", "El Amrani", "Boulahcen", "Ouhammou", "Lahlou", "Bakkali", "Id Brahim")
_MA_GIVEN_M = ("Mohamed", "Lahcen", "Brahim", "Abdellah", "Hassan", "Mbarek", "Rachid")
_MA_GIVEN_F = ("Fatima", "Khadija", "Aicha", "Zahra", "Malika", "Naima")
_MA_PLACES = (
    ("Imessouane", "Tamanar", "Essaouira", "PDA Imessouane", "7/2"),
    ("Sidi Ifni", "Sidi Ifni", "Sidi Ifni", "Port de Sidi Ifni", "9/4"),
    ("Tifnit", "Sidi Bibi", "Chtouka Ait Baha", "VP Tifnit", "8/1"),
    ("Essaouira", "Essaouira", "Essaouira", "Port d'Essaouira", "7/1"),
    ("Souiria Lakdima", "Had Hrara", "Safi", "PDA Souiria Lakdima", "6/3"),
)
_MA_GEAR = ("Palangre", "Filet maillant", "Ligne à main", "Casier à poulpe", "Turlutte")
_MA_BOATS = ("Al Baraka", "Nour El Houda", "Sidi Ouassay", "Al Fath", "Bahr Zaki", "Rahma")
_MA_COOPS = ("Coop. Tamounte", "Coop. Al Amal des marins", "Coop. Imessouane", "—")
# -- Ukraine: land share leases of an agricultural firm -------------------------------------------
_UA_PLACES = (
    ("5324081200", "с. Білики", "Кобеляцький р-н", "Полтавська обл.", "вул. Шевченка"),
    ("7123785600", "с. Пальчик", "Звенигородський р-н", "Черкаська обл.", "вул. Миру"),
    (
        "1221486200",
        "с. Миколаївка",
        "Новомосковський р-н",
        "Дніпропетровська обл.",
        "вул. Центральна",
    ),
    ("3521786000", "с. Родниківка", "Олександрівський р-н", "Кіровоградська обл.", "вул. Садова"),
    ("6820380300", "с. Дубово", "Хмельницький р-н", "Хмельницька обл.", "вул. Польова"),
)
_UA_HEIRS = ("—", "—", "Син", "Дочка", "Довірена особа (довіреність)", "—")


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=int(p.bhxh[-5:]) % span)


def _et(p: Person) -> tuple[str, str, str]:
    return _ET_KEBELES[int(p.bhxh) // 7 % len(_ET_KEBELES)]


def _pe(p: Person) -> tuple[str, str, str, str]:
    return _PE_PLACES[int(p.bhxh) // 7 % len(_PE_PLACES)]


def _id(p: Person) -> tuple[str, str, str, str]:
    return _ID_PLACES[int(p.bhxh) // 7 % len(_ID_PLACES)]


def _ma(p: Person) -> tuple[str, str, str, str, str]:
    return _MA_PLACES[int(p.bhxh) // 7 % len(_MA_PLACES)]


def _ua(p: Person) -> tuple[str, str, str, str, str]:
    return _UA_PLACES[int(p.bhxh) // 7 % len(_UA_PLACES)]


def _ua_name(p: Person) -> str:
    given = _by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 2)
    father = _by_sex(p, _UA_PATRONYMIC_M, _UA_PATRONYMIC_F, 3)
    family = _pick(p, _UA_FAMILY, 4)
    return f"{family} {given} {father}"


def _ua_cadastre(p: Person) -> str:
    """A cadastral number: KOATUU, zone, quarter, plot (``5324081200:01:002:0145``)."""
    return f"{_ua(p)[0]}:{_num(p, 9):02d}:{_num(p, 40):03d}:{int(p.bhxh[-4:]):04d}"


def _ma_boat(p: Person) -> str:
    return f"{_ma(p)[4]}-{int(p.bhxh[-4:]) % 9000 + 100}"


def _rice_kg(p: Person) -> int:
    return (20 + _num(p, 180)) * 100


def _rice_price(p: Person) -> int:
    return 6_800 + _num(p, 12) * 100


WRITERS_BLIND312: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: rice purchases
    "rice_kind312": lambda p, c: _pick(p, _VN_RICE, 2),
    "rice_kg312": lambda p, c: f"{_rice_kg(p):,}".replace(",", "."),
    "rice_price312": lambda p, c: f"{_rice_price(p):,}".replace(",", "."),
    "rice_amount312": lambda p, c: f"{_rice_kg(p) * _rice_price(p):,}".replace(",", "."),
    "rice_area312": lambda p, c: f"{_num(p, 60) / 10:.1f}".replace(".", ","),
    "rice_contract312": lambda p, c: f"{_num(p, 300):03d}/2026/HĐLK-LT",
    "rice_group312": lambda p, c: _pick(p, _VN_RICE_GROUPS, 3),
    # Vietnam: fishing licences
    "boat_reg312": lambda p, c: f"BĐ-9{p.bhxh[-4:]}-TS",
    "boat_len312": lambda p, c: f"{12 + _num(p, 14)},{_num(p, 9)}",
    "boat_kw312": lambda p, c: 90 + _num(p, 700),
    "boat_gear312": lambda p, c: _pick(p, _VN_BOAT_GEAR, 3),
    "boat_zone312": lambda p, c: _pick(p, _VN_BOAT_ZONE, 4),
    "boat_captain312": lambda p, c: _other_vn(p, 5, male=True),
    "boat_lic312": lambda p, c: f"BĐ-{p.bhxh[-5:]}/2026/KT",
    "boat_port312": lambda p, c: _pick(p, _VN_BOAT_PORT, 6),
    # Vietnam: poultry flu declarations
    "farm_code312": lambda p, c: f"CN-{p.bhxh[-6:]}",
    "farm_place312": lambda p, c: f"{_pick(p, _VN_FARM_PLACES, 2)}, xa Yen Phong",
    "farm_species312": lambda p, c: _pick(p, _VN_FARM_SPECIES, 3),
    "farm_herd312": lambda p, c: (1 + _num(p, 60)) * 50,
    "farm_sick312": lambda p, c: 5 + _num(p, 40),
    "farm_dead312": lambda p, c: _num(p, 35),
    "farm_disease312": lambda p, c: _pick(p, _VN_FARM_DISEASE, 4),
    "farm_vet312": lambda p, c: _other_vn(p, 6),
    "farm_vet_phone312": lambda p, c: _other_phone(p, "097"),
    # Vietnam: forest planting contracts
    "forest_hamlet312": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "forest_commune312": lambda p, c: _pick(p, ("Xã Na Mèo", "Xã Sơn Điện", "Xã Trung Lý"), 3),
    "forest_contract312": lambda p, c: f"{_num(p, 250):03d}/HĐK-BQL",
    "forest_plot312": lambda p, c: f"TK {500 + _num(p, 90)} - K{_num(p, 12)} - Lô {_num(p, 30)}",
    "forest_area312": lambda p, c: f"{_num(p, 80) / 10:.2f}".replace(".", ","),
    "forest_tree312": lambda p, c: _pick(p, _VN_TREES, 4),
    "forest_year312": lambda p, c: 2024 + _num(p, 3),
    "forest_pay312": lambda p, c: f"{_num(p, 80) * 300_000:,}".replace(",", "."),
    "forest_bql312": lambda p, c: _pick(p, _VN_FOREST_BQL, 5),
    # Ethiopia: fertilizer
    "et_name312": lambda p, c: (
        f"{_by_sex(p, _ET_GIVEN_M, _ET_GIVEN_F, 1)} {_pick(p, _ET_FATHER, 2)}"
        f" {_pick(p, _ET_FATHER, 5)}"
    ),
    "et_sex312": lambda p, c: "ወ" if p.male else "ሴ",
    "et_age312": lambda p, c: 2026 - p.birth.year,
    "et_fayda312": lambda p, c: _fayda(p),
    "et_woreda312": lambda p, c: _et(p)[0],
    "et_kebele312": lambda p, c: _et(p)[1],
    "et_phone312": lambda p, c: _et_mobile(p, f"09{int(p.phone[2]) % 9 + 1}")[:-1],
    "et_land312": lambda p, c: f"{_num(p, 12) / 4:.2f}",
    "et_fert312": lambda p, c: _pick(p, _ET_FERT, 3),
    "et_qty312": lambda p, c: f"{_num(p, 8) / 2:.1f}",
    "et_paid312": lambda p, c: f"{_num(p, 8) * 2_450:,}",
    "et_pay312": lambda p, c: _pick(p, _ET_PAY, 4),
    "et_coop312": lambda p, c: _et(p)[2],
    "et_date312": lambda p, c: _et_written(_day(p, date(2026, 5, 10), 60)),
    "et_da312": lambda p, c: f"አቶ {_pick(p, _ET_GIVEN_M, 6)} {_pick(p, _ET_FATHER, 7)}",
    # Peru: irrigation users
    "pe_user312": lambda p, c: f"U-{p.bhxh[-6:]}",
    "pe_name312": lambda p, c: (
        f"{_pick(p, _PE_FAMILY, 2)} {_pick(p, _PE_FAMILY, 5)},"
        f" {_by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 3)}"
    ),
    "pe_dni312": lambda p, c: _dni(p) if int(p.bhxh) % 3 else f"{_dni(p)}-{_dni_check(p, False)}",
    "pe_home312": lambda p, c: f"{_pe(p)[3]} Mz. {_num(p, 20)} Lt. {_num(p, 30)}, {_pe(p)[0]}",
    "pe_dist312": lambda p, c: _pe(p)[0],
    "pe_phone312": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "pe_plot312": lambda p, c: f"{int(p.bhxh[-5:]) + 10000:05d}",
    "pe_canal312": lambda p, c: _pe(p)[2],
    "pe_area312": lambda p, c: f"{_num(p, 60) / 4:.2f}",
    "pe_crop312": lambda p, c: _pick(p, _PE_CROPS, 4),
    "pe_lic312": lambda p, c: f"R.A. N° {_num(p, 900):04d}-2019-ANA-AAA.JZ-ALA.CH",
    "pe_fee312": lambda p, c: f"{_num(p, 60) * 18.5:.2f}",
    "pe_state312": lambda p, c: _pick(p, _PE_STATE, 6),
    # Indonesia: RDKK
    "rd_group312": lambda p, c: (
        f"Poktan {_pick(p, ('Sido Makmur', 'Tani Jaya', 'Ngudi Rejeki'), 2)}"
    ),
    "rd_name312": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 2)} {_pick(p, _ID_FAMILY, 3)}"
    ),
    "rd_nik312": lambda p, c: _nik(p, _id(p)[0]),
    "rd_mother312": lambda p, c: f"{_pick(p, _ID_GIVEN_F, 4)}",
    "rd_addr312": lambda p, c: (
        f"{_id(p)[3]} RT {_num(p, 9):03d}/RW {_num(p, 5):03d}, Desa {_id(p)[2]}"
    ),
    "rd_desa312": lambda p, c: _id(p)[2],
    "rd_kec312": lambda p, c: _id(p)[1],
    "rd_phone312": lambda p, c: (
        f"08{_pick(p, ('12', '13', '21', '52', '57', '77', '81', '95'), 6)}"
        f"-{p.phone[4:8]}-{p.phone[6:10]}"
    ),
    "rd_area312": lambda p, c: f"{_num(p, 20) / 10:.2f}".replace(".", ","),
    "rd_crop312": lambda p, c: _pick(p, _ID_CROPS, 4),
    "rd_urea312": lambda p, c: _num(p, 20) * 25,
    "rd_npk312": lambda p, c: _num(p, 16) * 25,
    "rd_org312": lambda p, c: _num(p, 10) * 40,
    "rd_kios312": lambda p, c: _pick(p, _ID_KIOS, 5),
    # Morocco: artisanal boats
    "ma_name312": lambda p, c: (
        f"{_pick(p, _MA_FAMILY, 2).upper()} {_by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 3)}"
    ),
    "ma_cin312": lambda p, c: _cin_ma(p),
    "ma_addr312": lambda p, c: f"Douar {_pick(p, ('Tafedna', 'Aglou', 'Ifentar'), 4)}, {_ma(p)[0]}",
    "ma_commune312": lambda p, c: _ma(p)[1],
    "ma_phone312": lambda p, c: _phone_ma(p),
    "ma_boat312": lambda p, c: _ma_boat(p),
    "ma_boatname312": lambda p, c: _pick(p, _MA_BOATS, 5),
    "ma_len312": lambda p, c: f"{5 + _num(p, 4)},{_num(p, 9)}0",
    "ma_cv312": lambda p, c: _pick(p, ("15", "25", "40", "9,9", "25"), 6),
    "ma_gear312": lambda p, c: _pick(p, _MA_GEAR, 7),
    "ma_pda312": lambda p, c: _ma(p)[3],
    "ma_card312": lambda p, c: f"{_ma(p)[4].replace('/', '')}{p.bhxh[-6:]}",
    "ma_crew312": lambda p, c: 2 + _num(p, 3),
    "ma_coop312": lambda p, c: _pick(p, _MA_COOPS, 8),
    # Ukraine: land share leases
    "ua_name312": lambda p, c: _ua_name(p),
    "ua_rnokpp312": lambda p, c: _rnokpp(p),
    "ua_pass312": lambda p, c: f"{_pick(p, ('КН', 'СР', 'ВК', 'АМ'), 5)} {p.bhxh[-6:]}",
    "ua_addr312": lambda p, c: f"{_ua(p)[4]}, {_num(p, 90)}, {_ua(p)[1]}, {_ua(p)[2]}, {_ua(p)[3]}",
    "ua_phone312": lambda p, c: _ua_phone(p),
    "ua_cad312": lambda p, c: _ua_cadastre(p),
    "ua_area312": lambda p, c: f"{1 + _num(p, 60) / 10:.4f}".replace(".", ","),
    "ua_ngo312": lambda p, c: f"{(1 + _num(p, 60) / 10) * 31_250:.2f}".replace(".", ","),
    "ua_contract312": lambda p, c: f"{_num(p, 900)}/{_pick(p, ('21', '22', '23', '24'), 6)}",
    "ua_term312": lambda p, c: _pick(p, ("7", "10", "15", "7", "49"), 7),
    "ua_rent312": lambda p, c: _pick(p, ("8", "10", "12", "12", "14"), 8),
    "ua_heir312": lambda p, c: _pick(p, _UA_HEIRS, 9),
}

__all__ = ["WRITERS_BLIND312"]
