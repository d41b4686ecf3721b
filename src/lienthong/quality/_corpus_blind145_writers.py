"""How the people of the hundred-and-forty-fifth part of the outside corpus (**blind 145**,
:mod:`lienthong.quality._corpus_blind145`) are written: four Vietnamese files' own columns (a
ferryman licensed to carry people across a river, a courier registered with the ward police, a
player of a district football league, a martial-arts pupil sitting a belt grading) and Saudi,
Iraqi, Jordanian, Tunisian and Algerian names, places, phones and numbers in the forms their
registers show (the Saudi id ends in its Luhn digit, the Algerian NIN in its mod-97 key, the
Jordanian national number carries the birth year and the sex)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _hijri, _saudi_id
from lienthong.quality._corpus_blind72_writers import _DZ_PLACES, _nin_dz
from lienthong.quality._corpus_blind72_writers import _place as _place72
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind85_writers import _items
from lienthong.quality._corpus_blind97_writers import (
    _SA_FAMILY,
    _SA_FATHERS,
    _SA_GIVEN_F,
    _SA_GIVEN_M,
    _jo_national,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_FERRIES = _items("Bến đò Vạn Phúc; Bến đò Đông Xuyên; Bến đò Cồn Cỏ; Bến đò thôn 4; Bến Đò Lèn")
_VN_BOATS = ("Thuyền gỗ gắn máy", "Đò sắt gắn máy 15CV", "Thuyền composite", "Đò chèo tay")
_VN_FERRY_CHECK = ("Đạt", "Đạt", "Thiếu áo phao", "Đạt", "Đình chỉ hoạt động")
_VN_APPS = _items("Giao Hàng Nhanh; Shopee Xpress; GrabExpress; Be; J&T Express; Ahamove; Tự do")
_VN_BIKES = ("Honda Wave RSX", "Yamaha Exciter", "Honda Vision", "Suzuki Raider", "VinFast Evo")
_VN_TEAMS = _items(
    "FC Thôn Đông; Xã Hòa Phú; Công an huyện; FC Chợ Mới; Xã An Khánh; Trường THPT A"
)
_VN_POSITIONS = ("Thủ môn", "Hậu vệ", "Tiền vệ", "Tiền đạo", "Hậu vệ", "Tiền vệ")
_VN_BELTS = _items("Lam đai; Lam đai I cấp; Lam đai II cấp; Lam đai III cấp; Hoàng đai")
_VN_CLUBS = _items("CLB Vovinam Nhà văn hóa P.4; CLB Vovinam THCS Lê Lợi; CLB Vovinam xã Tân Hòa")
_VN_GRADING = ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng")
# -- Saudi Arabia: Ejar residential leases -------------------------------------------------------
_SA_DISTRICTS = _items("حي النرجس; حي الملقا; حي السامر; حي الفيصلية; حي العزيزية; حي الشاطئ")
_SA_CITIES = _items("الرياض; جدة; الدمام; المدينة المنورة; الخبر; بريدة")
_SA_STREETS = _items("شارع الأمير سلطان; طريق الملك عبدالعزيز; شارع الستين; شارع ابن خلدون")
_SA_UNITS = ("شقة", "شقة", "فيلا", "دور", "استوديو")
_SA_STATUS = ("نشط", "نشط", "منتهي", "بانتظار موافقة المستأجر", "مفسوخ")
# -- Iraq: the public distribution (ration) card ---------------------------------------------------
_IQ_MEN = _items("حيدر; علي; مصطفى; حسين; محمد; عباس; كرار; سجاد")
_IQ_WOMEN = _items("زهراء; فاطمة; مريم; نبأ; رقية; هدى; أسماء")
_IQ_FATHERS = _items("جاسم; كاظم; عبدالحسين; فاضل; صباح; ناجي; رزاق")
_IQ_FAMILY = _items("الموسوي; الساعدي; الكعبي; الربيعي; الزيدي; التميمي; الخفاجي")
_IQ_MOTHERS = _items("نجاة; سميرة; فوزية; حمدية; رجاء; خيرية")
#: (governorate, district, area)
_IQ_PLACES = (
    ("بغداد", "الكرادة", "الكرادة داخل"),
    ("بغداد", "الرصافة", "بغداد الجديدة"),
    ("البصرة", "البصرة", "الجمهورية"),
    ("النجف", "الكوفة", "حي ميثم التمار"),
    ("بابل", "الحلة", "حي الجامعة"),
)
_IQ_AGENTS = _items("وكيل مواد غذائية عدنان جبر; وكيل ستار عبيد; وكيلة أم علي; وكيل كريم ناصر")
_IQ_STATUS = ("فعالة", "فعالة", "فعالة", "موقوفة - دخل مرتفع", "محولة")
# -- Jordan: the National Aid Fund ---------------------------------------------------------------
_JO_MEN = _items("محمد; أحمد; سالم; عودة; فايز; خالد; إبراهيم")
_JO_WOMEN = _items("فاطمة; نايفة; عائشة; منيرة; صبحة; آمنة; هيام")
_JO_FATHERS = _items("عبدالله; سليمان; محمود; علي; حمد; يوسف")
_JO_FAMILY = _items("العظامات; الحويطات; السرحان; الجبور; العموش; الشديفات; بني خالد")
#: (governorate, liwa, area)
_JO_PLACES = (
    ("المفرق", "قصبة المفرق", "حي الزهور"),
    ("الزرقاء", "الرصيفة", "حي الجبل الشمالي"),
    ("معان", "قصبة معان", "الحي الشرقي"),
    ("إربد", "الرمثا", "حي الشيخ حسين"),
    ("الكرك", "المزار الجنوبي", "مؤتة"),
)
_JO_AID = ("معونة متكررة", "تكافل", "معونة متكررة", "معونة تكميلية", "معونة طارئة")
_JO_STATUS = ("مستفيد", "مستفيد", "قيد الدراسة", "موقوف", "مستفيد")
# -- Tunisia: needy families' programme and free-care booklet ----------------------------------
_TN_FAMILY = _items("Ben Salah; Trabelsi; Jaziri; Hammami; Gharbi; Mejri; Ayari; Dridi")
_TN_MEN = _items("Mohamed; Ali; Hédi; Fethi; Lotfi; Mabrouk; Sami")
_TN_WOMEN = _items("Fatma; Mbarka; Saïda; Zohra; Hayet; Naziha; Monia")
_TN_FATHERS = _items("Ahmed; Salah; Béchir; Amor; Hamadi; Tahar")
#: (street, délégation, gouvernorat, postcode)
_TN_PLACES = (
    ("Rue Ibn Khaldoun n°12, Cité Ennour", "Sbeïtla", "Kasserine", "1250"),
    ("Cité Essaada, Rue 7", "Menzel Bouzaiane", "Sidi Bouzid", "9114"),
    ("Rue de la Mosquée, Oued Ellil", "Oued Ellil", "La Manouba", "2021"),
    ("Hay Ettadhamen, Impasse 3 n°5", "Ettadhamen", "Ariana", "2041"),
    ("Route de Gafsa km 4", "El Guettar", "Gafsa", "2180"),
)
_TN_BIRTHPLACES = _items("Kasserine; Sidi Bouzid; Tunis; Gafsa; Kairouan; Thala")
_TN_CARNETS = ("AMG1", "AMG1", "AMG2", "AMG2", "AMG1")
# -- Algeria: a driving school's candidates ----------------------------------------------------
_DZ_FAMILY = _items("Benaissa=بن عيسى; Hamidi=حميدي; Ouali=والي; Guerroudj=قرّوج; Bouchama=بوشامة")
_DZ_MEN = _items("Walid=وليد; Nassim=نسيم; Islam=إسلام; Oussama=أسامة; Hamza=حمزة")
_DZ_WOMEN = _items("Imane=إيمان; Sara=سارة; Rania=رانية; Chaima=شيماء; Yasmine=ياسمين")
_DZ_BLOOD = ("O+", "A+", "B+", "O+", "AB+", "A-", "O-")
_DZ_CATEGORIES = ("B", "B", "B", "A", "C1", "B")
_DZ_RESULTS = ("Admis", "Admis", "Ajourné", "Absent", "Admis")
_DZ_MONITORS = _items("Bouzid Karim; Mansouri Fouad; Hadj Ahmed Nabil")


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 7 + 1) % len(table)]


def _later(p: Person, days: int) -> date:
    """A recent day of the register (2024 or 2025), never 29 February."""
    return date(2024, 1, 3) + timedelta(days=(int(p.bhxh[-5:]) + days) % 700)


# -- Saudi ---------------------------------------------------------------------------------------
def _sa_name(p: Person) -> str:
    own = _by_sex(p, tuple(g[0] for g in _SA_GIVEN_M), tuple(g[0] for g in _SA_GIVEN_F), 2)
    father = _pick(p, tuple(f[0] for f in _SA_FATHERS), 3)
    return f"{own} {father} {_pick(p, tuple(f[0] for f in _SA_FAMILY), 4)}"


def _sa_birth(p: Person) -> str:
    """A citizen's birth date in Hijri (``1405/03/12 هـ``), a resident's in Gregorian."""
    if _saudi_id(p).startswith("1"):
        y, m, d = _hijri(p.birth)
        return f"{y}/{m:02d}/{d:02d} هـ"
    return f"{p.birth:%Y/%m/%d} م"


def _sa_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"9665{p.phone[2:10]}"
    return f"05{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}"


def _sa_landlord(p: Person) -> str:
    kind = _pick(p, ("شركة ", "مؤسسة ", ""), 6)
    return f"{kind}{_pick(p, tuple(f[0] for f in _SA_FAMILY), 7)} للعقارات"


# -- Iraq ----------------------------------------------------------------------------------------
def _iq_name(p: Person) -> str:
    own = _by_sex(p, _IQ_MEN, _IQ_WOMEN, 1)
    return f"{own} {_pick(p, _IQ_FATHERS, 2)} {_pick(p, _IQ_FATHERS, 5)} {_pick(p, _IQ_FAMILY, 3)}"


def _iq_card(p: Person) -> str:
    """A unified national card number as printed: twelve digits."""
    return f"{'1' if p.male else '2'}{p.birth:%y}{p.bhxh[:9]}"


def _iq_phone(p: Person) -> str:
    lead = _pick(p, ("0770", "0780", "0750", "0781", "0771"), 4)
    if int(p.bhxh) % 4 == 1:
        return f"+964 {lead[1:]} {p.phone[3:6]} {p.phone[6:10]}"
    return f"{lead}{p.phone[3:10]}"


# -- Jordan --------------------------------------------------------------------------------------
def _jo_name(p: Person) -> str:
    own = _by_sex(p, _JO_MEN, _JO_WOMEN, 1)
    return f"{own} {_pick(p, _JO_FATHERS, 2)} {_pick(p, _JO_FATHERS, 6)} {_pick(p, _JO_FAMILY, 3)}"


def _jo_phone(p: Person) -> str:
    lead = _pick(p, ("077", "078", "079"), 3)
    if int(p.bhxh) % 5 == 0:
        return f"00962{lead[1:]}{p.phone[3:10]}"
    return f"{lead} {p.phone[3:10]}"


# -- Tunisia -------------------------------------------------------------------------------------
def _tn_address(p: Person) -> str:
    street, deleg, _gov, code = _row(p, _TN_PLACES)
    return f"{street}, {code} {deleg}"


def _tn_phone(p: Person) -> str:
    lead = _pick(p, ("2", "5", "9", "9", "2"), 3)
    if int(p.bhxh) % 4 == 0:
        return f"+216 {lead}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    return f"{lead}{p.phone[3:10]}"


# -- Algeria -------------------------------------------------------------------------------------
def _dz_pair(p: Person, table: tuple[str, ...], salt: int) -> tuple[str, str]:
    latin, _, arabic = _pick(p, table, salt).partition("=")
    return latin, arabic


def _dz_family(p: Person) -> tuple[str, str]:
    return _dz_pair(p, _DZ_FAMILY, 2)


def _dz_given(p: Person) -> tuple[str, str]:
    return _dz_pair(p, _DZ_MEN if p.male else _DZ_WOMEN, 1)


def _dz_phone(p: Person) -> str:
    lead = _pick(p, ("05", "06", "07"), 3)
    if int(p.bhxh) % 3 == 0:
        return f"{lead}{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    return f"{lead}{p.phone[3:10]}{p.phone[2]}"


WRITERS_BLIND145: dict[str, Callable[[Person, Col], object]] = {
    # ferrymen across the river
    "ferry_landing145": lambda p, c: _pick(p, _VN_FERRIES, 2),
    "ferry_boat145": lambda p, c: _pick(p, _VN_BOATS, 3),
    "ferry_reg145": lambda p, c: f"TH-{p.bhxh[-4:]}",
    "ferry_seats145": lambda p, c: 6 + _num(p, 10),
    "ferry_licence145": lambda p, c: f"{p.bhxh[2:6]}/CCCM-ĐTNĐ",
    "ferry_vests145": lambda p, c: 8 + _num(p, 12),
    "ferry_check145": lambda p, c: _pick(p, _VN_FERRY_CHECK, 4),
    # couriers registered with the ward police
    "ship_app145": lambda p, c: _pick(p, _VN_APPS, 2),
    "ship_code145": lambda p, c: f"DRV{p.bhxh[-6:]}",
    "ship_bike145": lambda p, c: _pick(p, _VN_BIKES, 3),
    "ship_plate145": lambda p, c: (
        f"{29 + _num(p, 9)}{_pick(p, ('B1', 'H1', 'K2', 'F1'), 4)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "ship_home145": lambda p, c: _pick(
        p, _items("Thanh Hóa; Nghệ An; Hà Nam; Thái Bình; Phú Thọ"), 5
    ),
    # football league players
    "fb_team145": lambda p, c: _pick(p, _VN_TEAMS, 2),
    "fb_number145": lambda p, c: 1 + _num(p, 30),
    "fb_position145": lambda p, c: _pick(p, _VN_POSITIONS, 3),
    "fb_manager145": lambda p, c: _other_vn(p, 7, True),
    "fb_manager_phone145": lambda p, c: _other_phone(p, "098"),
    "fb_card145": lambda p, c: "" if _num(p, 4) > 1 else _pick(p, ("1 thẻ vàng", "2 thẻ vàng"), 5),
    # Vovinam belt grading
    "vo_club145": lambda p, c: _pick(p, _VN_CLUBS, 2),
    "vo_from145": lambda p, c: _pick(p, _VN_BELTS, 3),
    "vo_to145": lambda p, c: _VN_BELTS[(_VN_BELTS.index(_pick(p, _VN_BELTS, 3)) + 1) % 5],
    "vo_score145": lambda p, c: f"{5 + _num(p, 45) / 10:.1f}".replace(".", ","),
    "vo_result145": lambda p, c: _pick(p, _VN_GRADING, 4),
    "vo_coach145": lambda p, c: f"HLV {_other_vn(p, 3, True)}",
    "vo_fee145": lambda p, c: _dotted(150_000 + 50_000 * _num(p, 4)),
    # Ejar leases
    "sa_contract145": lambda p, c: f"{10_000_000 + int(p.bhxh[:7]) * 3}",
    "sa_name145": lambda p, c: _sa_name(p),
    "sa_id145": lambda p, c: _saudi_id(p),
    "sa_birth145": lambda p, c: _sa_birth(p),
    "sa_phone145": lambda p, c: _sa_phone(p),
    "sa_landlord145": lambda p, c: _sa_landlord(p),
    "sa_unit145": lambda p, c: f"{_pick(p, _SA_UNITS, 5)} {_num(p, 24)}",
    "sa_street145": lambda p, c: f"{p.bhxh[-4:]} {_pick(p, _SA_STREETS, 3)}",
    "sa_district145": lambda p, c: _pick(p, _SA_DISTRICTS, 2),
    "sa_city145": lambda p, c: _pick(p, _SA_CITIES, 4),
    "sa_postcode145": lambda p, c: f"{11_000 + int(p.bhxh[-4:]) % 23_000}",
    "sa_extra145": lambda p, c: f"{1000 + int(p.bhxh[-3:]) * 9 % 9000}",
    "sa_rent145": lambda p, c: f"{(18 + _num(p, 40)) * 1000:,}",
    "sa_start145": lambda p, c: f"{_later(p, 0):%Y-%m-%d}",
    "sa_end145": lambda p, c: f"{_shift_date(_later(p, 0), 1) - timedelta(days=1):%Y-%m-%d}",
    "sa_status145": lambda p, c: _pick(p, _SA_STATUS, 8),
    # Iraqi ration cards
    "iq_ration145": lambda p, c: f"{_num(p, 90)}/{p.bhxh[-6:]}",
    "iq_name145": lambda p, c: _iq_name(p),
    "iq_mother145": lambda p, c: f"{_pick(p, _IQ_MOTHERS, 4)} {_pick(p, _IQ_FATHERS, 6)}",
    "iq_card145": lambda p, c: _iq_card(p),
    "iq_sex145": lambda p, c: "ذكر" if p.male else "أنثى",
    "iq_members145": lambda p, c: 1 + _num(p, 9),
    "iq_agent145": lambda p, c: _pick(p, _IQ_AGENTS, 7),
    "iq_agent_no145": lambda p, c: f"{_num(p, 400)}",
    "iq_centre145": lambda p, c: f"مركز تموين {_row(p, _IQ_PLACES)[2]}",
    "iq_gov145": lambda p, c: _row(p, _IQ_PLACES)[0],
    "iq_district145": lambda p, c: _row(p, _IQ_PLACES)[1],
    "iq_area145": lambda p, c: _row(p, _IQ_PLACES)[2],
    "iq_street145": lambda p, c: f"م {900 + _num(p, 99)} ز {_num(p, 60)} د {_num(p, 80)}",
    "iq_phone145": lambda p, c: _iq_phone(p),
    "iq_status145": lambda p, c: _pick(p, _IQ_STATUS, 5),
    # Jordan's National Aid Fund
    "jo_nn145": lambda p, c: _jo_national(p),
    "jo_name145": lambda p, c: _jo_name(p),
    "jo_sex145": lambda p, c: "ذكر" if p.male else "أنثى",
    "jo_gov145": lambda p, c: _row(p, _JO_PLACES)[0],
    "jo_liwa145": lambda p, c: _row(p, _JO_PLACES)[1],
    "jo_area145": lambda p, c: _row(p, _JO_PLACES)[2],
    "jo_phone145": lambda p, c: _jo_phone(p),
    "jo_aid145": lambda p, c: _pick(p, _JO_AID, 4),
    "jo_members145": lambda p, c: 1 + _num(p, 8),
    "jo_amount145": lambda p, c: f"{40 + 15 * _num(p, 9)}.000",
    "jo_wallet145": lambda p, c: f"JO{_num(p, 89) + 10}CAAB{p.bhxh}{p.bhxh[:8]}",
    "jo_office145": lambda p, c: f"مكتب معونة {_row(p, _JO_PLACES)[1]}",
    "jo_status145": lambda p, c: _pick(p, _JO_STATUS, 6),
    # Tunisia's PNAFN / AMG list
    "tn_cin145": lambda p, c: f"{_pick(p, ('0', '1'), 2)}{p.bhxh[-7:]}",
    "tn_family145": lambda p, c: _pick(p, _TN_FAMILY, 2),
    "tn_given145": lambda p, c: _by_sex(p, _TN_MEN, _TN_WOMEN, 1),
    "tn_father145": lambda p, c: _pick(p, _TN_FATHERS, 4),
    "tn_pob145": lambda p, c: _pick(p, _TN_BIRTHPLACES, 5),
    "tn_sex145": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "tn_addr145": lambda p, c: _tn_address(p),
    "tn_deleg145": lambda p, c: _row(p, _TN_PLACES)[1],
    "tn_gov145": lambda p, c: _row(p, _TN_PLACES)[2],
    "tn_phone145": lambda p, c: _tn_phone(p),
    "tn_carnet145": lambda p, c: _pick(p, _TN_CARNETS, 6),
    "tn_carnet_no145": lambda p, c: f"{_row(p, _TN_PLACES)[3][:2]}/{p.bhxh[-6:]}",
    "tn_allowance145": lambda p, c: f"{180 + 10 * _num(p, 5)},000",
    "tn_children145": lambda p, c: _num(p, 6) - 1,
    # Algerian driving-school candidates
    "dz_family145": lambda p, c: _dz_family(p)[0].upper(),
    "dz_given145": lambda p, c: _dz_given(p)[0],
    "dz_arabic145": lambda p, c: f"{_dz_family(p)[1]} {_dz_given(p)[1]}",
    "dz_pob145": lambda p, c: _pick(p, _items("Alger; Blida; Boufarik; Médéa; Tipaza; Oran"), 4),
    "dz_nin145": lambda p, c: _nin_dz(p),
    "dz_blood145": lambda p, c: _pick(p, _DZ_BLOOD, 5),
    "dz_street145": lambda p, c: _place72(p, _DZ_PLACES)[0],
    "dz_commune145": lambda p, c: _place72(p, _DZ_PLACES)[1],
    "dz_wilaya145": lambda p, c: f"{_place72(p, _DZ_PLACES)[3]} - {_place72(p, _DZ_PLACES)[2]}",
    "dz_phone145": lambda p, c: _dz_phone(p),
    "dz_dossier145": lambda p, c: f"{p.bhxh[-5:]}/{_place72(p, _DZ_PLACES)[3]}/2025",
    "dz_category145": lambda p, c: _pick(p, _DZ_CATEGORIES, 6),
    "dz_result145": lambda p, c: _pick(p, _DZ_RESULTS, 7),
    "dz_monitor145": lambda p, c: _pick(p, _DZ_MONITORS, 8),
}

__all__ = ["WRITERS_BLIND145"]
