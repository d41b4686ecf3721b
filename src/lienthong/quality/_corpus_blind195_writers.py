"""How the people of the hundred-and-ninety-fifth part of the outside corpus (**blind 195**,
:mod:`lienthong.quality._corpus_blind195`) are written: four Vietnamese registers' own columns
(livestock pens moved out of villages, stroke patients in rehabilitation, fishermen seized at sea
by foreign forces, party members excused from cell meetings) and the British Isles' names, places,
phones and numbers (the Scottish CHI number with its mod-11 digit, the Northern Irish Health and
Care number, the NHS number in Wales, Jersey's social security number, the English National
Insurance number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _NINO_PREFIXES, _nhs
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind58_writers import _hc
from lienthong.quality._corpus_blind128_writers import _je_ssn
from lienthong.quality._corpus_blind143_writers import _chi

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# -- Vietnam
#: (thôn, xã, huyện, tỉnh) without diacritics, as the commune's old spreadsheet has them
_DD = (
    ("Thon Dong Lac", "xa Tien Phong", "huyen Yen Dung", "tinh Bac Giang"),
    ("Thon Trai", "xa Nghia Trung", "huyen Viet Yen", "tinh Bac Giang"),
    ("Xom 3", "xa Nghi Phong", "huyen Nghi Loc", "tinh Nghe An"),
    ("Thon Phu Thuong", "xa Duy Tien", "huyen Ly Nhan", "tinh Ha Nam"),
    ("Thon Dai Dong", "xa Hoang Van", "huyen Hiep Hoa", "tinh Bac Giang"),
)
_LIVESTOCK = ("Lon thit", "Lon nai", "Ga de", "Vit", "Bo thit", "Lon thit")
_NEW_SITE = (
    "Khu CNTT Dong Mau",
    "Khu CNTT Go Dat Do",
    "Trang trai rieng xu dong Ma Ba",
    "Khu CNTT thon Trai",
)
_DD_NOTE = ("", "Da ky cam ket", "", "Chua giai ngan", "Da nghiem thu", "")
_STROKE = (
    "Nhồi máu não",
    "Chảy máu não",
    "Nhồi máu não",
    "Nhồi máu não ổ khuyết",
    "Chảy máu dưới nhện",
)
_SIDE = ("Liệt nửa người P", "Liệt nửa người T", "Liệt ½ người phải", "Không liệt", "Liệt ½ T")
_CREW = ("Thuyền viên", "Thuyền viên", "Máy trưởng", "Thuyền trưởng", "Thuyền viên")
_BOAT_PREFIX = ("QNg", "BĐ", "QB", "KG", "BTh")
_SEIZED_BY = ("Trung Quốc", "Indonesia", "Malaysia", "Thái Lan", "Philippines")
_WATERS = (
    "Quần đảo Hoàng Sa",
    "Vùng biển Natuna",
    "Vùng biển chồng lấn VN-MLS",
    "Vịnh Thái Lan",
    "Khu vực bãi Cỏ Mây",
)
_DETAINED = (
    "Đã về địa phương",
    "Đang bị tạm giữ",
    "Đã về, tàu bị tịch thu",
    "Đã về địa phương",
    "Chờ xét xử tại nước ngoài",
)
_CELLS = (
    "Chi bộ khu dân cư số 1",
    "Chi bộ TDP Nam Sơn",
    "Chi bộ thôn Phú Mỹ",
    "Chi bộ khu phố 4",
)
_EXEMPT_REASON = ("Tuổi cao", "Sức khỏe yếu", "Tuổi cao, sức yếu", "Bệnh hiểm nghèo", "Tuổi cao")
_EXEMPT_KIND = (
    "Miễn công tác và sinh hoạt đảng",
    "Miễn công tác",
    "Miễn sinh hoạt đảng",
    "Miễn công tác và sinh hoạt đảng",
)

# -- Scotland: the Western Isles (Na h-Eileanan Siar)
#: (township, post town, postcode district, phone code, road)
_WI = (
    ("Siadar", "Isle of Lewis", "HS2 0", "01851", "Siadar Iarach"),
    ("Barabhas", "Isle of Lewis", "HS2 0", "01851", "Rathad a' Chladaich"),
    ("Port Nis", "Isle of Lewis", "HS2 0", "01851", "Rathad na h-Eaglaise"),
    ("Tunga", "Isle of Lewis", "HS2 0", "01851", "Baile Ùr"),
    ("Càrlabhagh", "Isle of Lewis", "HS2 9", "01851", "Dubh Thòrlum"),
    ("Steòrnabhagh", "Stornoway", "HS1 2", "01851", "Sràid Sheumais"),
    ("An t-Òb", "Isle of Harris", "HS5 3", "01859", "Ceann a' Bhàigh"),
    ("Tairbeart", "Isle of Harris", "HS3 3", "01859", "Rathad na Mara"),
    ("Loch nam Madadh", "Isle of North Uist", "HS6 5", "01876", "Sruth Mòr"),
    ("Baile a' Mhanaich", "Isle of Benbecula", "HS7 5", "01870", "Cnoc na Monadh"),
    ("Dalabrog", "Isle of South Uist", "HS8 5", "01878", "Frobost"),
    ("Bàgh a' Chaisteil", "Isle of Barra", "HS9 5", "01871", "Glen"),
)
_WI_FAMILY = ("MacLeod", "Morrison", "MacDonald", "MacKenzie", "MacIver", "Macaulay",
              "MacLean", "Nicolson", "MacNeil", "MacInnes", "Campbell", "Smith")  # fmt: skip
_WI_GIVEN_M = ("Donald", "Murdo", "Angus", "Kenneth", "Norman", "John Alex", "Calum", "Iain")
_WI_GIVEN_F = ("Mary", "Catherine", "Christina", "Mairi", "Peigi", "Donna", "Annie", "Morag")
_WI_GP = (
    "Group Practice, Stornoway",
    "Langabhat Medical Practice",
    "Ness Surgery",
    "Benbecula Medical Practice",
    "Barra Medical Practice",
    "Harris Medical Practice",
)
_WI_OUTCOME = ("Negative", "Negative", "Negative", "Positive - referred", "Spoilt kit", "")

# -- Northern Ireland: patient transport
#: (town, postcode district, phone code, road)
_NI = (
    ("Enniskillen", "BT74", "028 66", "Derrylin Road"),
    ("Omagh", "BT78", "028 82", "Killyclogher Road"),
    ("Strabane", "BT82", "028 71", "Derry Road"),
    ("Dungannon", "BT70", "028 87", "Killyman Road"),
    ("Cookstown", "BT80", "028 86", "Molesworth Street"),
    ("Newry", "BT35", "028 30", "Camlough Road"),
    ("Ballymena", "BT43", "028 25", "Cushendall Road"),
    ("Coleraine", "BT52", "028 70", "Mountsandel Road"),
    ("Downpatrick", "BT30", "028 44", "Ardglass Road"),
)
_NI_FAMILY = ("McCann", "Quinn", "Maguire", "Johnston", "Doherty", "Wilson", "McKenna",
              "Gallagher", "Hamilton", "Devlin", "Kerr", "McCracken")  # fmt: skip
_NI_GIVEN_M = ("Seamus", "Gerard", "William", "Padraig", "Trevor", "Eamon", "Samuel", "Ciaran")
_NI_GIVEN_F = ("Bernadette", "Siobhan", "Margaret", "Roisin", "Heather", "Eileen", "Gemma")
_NI_DEST = (
    "South West Acute Hospital",
    "Altnagelvin Area Hospital",
    "Belfast City Hospital",
    "Craigavon Area Hospital",
    "Antrim Area Hospital",
    "Royal Victoria Hospital",
)
_NI_CLINIC = ("Renal Dialysis", "Oncology OPD", "Fracture Clinic", "Ophthalmology", "Cardiology")
_NI_MOBILITY = ("Walker", "Walker + aid", "Wheelchair", "Stretcher", "Walker", "Wheelchair")

# -- Wales: a health board's dental access list
#: (town, postcode district, phone code, street)
_CY = (
    ("Caernarfon", "LL55", "01286", "Ffordd Bangor"),
    ("Pwllheli", "LL53", "01758", "Stryd Fawr"),
    ("Bangor", "LL57", "01248", "Ffordd Caergybi"),
    ("Llangefni", "LL77", "01248", "Ffordd Glanhwfa"),
    ("Porthmadog", "LL49", "01766", "Heol Madog"),
    ("Dolgellau", "LL40", "01341", "Heol y Bont"),
    ("Aberystwyth", "SY23", "01970", "Ffordd y Gogledd"),
)
_CY_FAMILY = ("Jones", "Williams", "Hughes", "Roberts", "Evans", "Owen", "Pritchard", "Parry",
              "Thomas", "Griffiths", "Ellis", "Lloyd")  # fmt: skip
_CY_GIVEN_M = ("Dafydd", "Gareth", "Rhys", "Iwan", "Huw", "Emyr", "Gwilym", "Owain")
_CY_GIVEN_F = ("Siân", "Gwenllian", "Nia", "Catrin", "Eirlys", "Angharad", "Mererid", "Ffion")
_CY_PRACTICE = (
    "",
    "Deintyddfa Stryd y Castell, Caernarfon",
    "",
    "Canolfan Ddeintyddol Pwllheli",
    "Bangor Dental Care",
    "",
)
_CY_STATUS = ("Ar y rhestr / On list", "Wedi'i ddyrannu / Allocated", "Ar y rhestr / On list",
              "Wedi tynnu'n ôl / Withdrawn")  # fmt: skip

# -- Jersey: registration cards under the Control of Housing and Work Law
#: (parish, postcode district, road)
_JE = (
    ("St Helier", "JE2 3", "Bath Street"),
    ("St Helier", "JE2 4", "Great Union Road"),
    ("St Saviour", "JE2 7", "Rue des Pres"),
    ("St Brelade", "JE3 8", "La Route des Quennevais"),
    ("St Clement", "JE2 6", "Rue de Samares"),
    ("Grouville", "JE3 9", "La Rue a Don"),
    ("St Ouen", "JE3 2", "La Route de Vinchelez"),
    ("Trinity", "JE3 5", "La Rue de la Croiserie"),
)
#: (nationality, family names, men's names, women's names)
_JE_PEOPLE = (
    ("Portuguese", ("de Freitas", "Fernandes", "Gouveia", "Pereira"), ("João", "Rúben", "Luís"),
     ("Sónia", "Mariana", "Catarina")),
    ("Polish", ("Nowak", "Kowalski", "Zielinski"), ("Tomasz", "Piotr"),
     ("Agnieszka", "Katarzyna")),
    ("Romanian", ("Popescu", "Ionescu", "Dumitru"), ("Andrei", "Mihai"), ("Ioana", "Elena")),
    ("British", ("Le Brocq", "Renouf", "Vibert", "Le Cornu", "Querée"), ("Daniel", "Mark"),
     ("Sarah", "Louise")),
)  # fmt: skip
_JE_STATUS = ("Registered", "Licensed", "Entitled for Work", "Registered", "Entitled")
_JE_EMPLOYER = (
    "Jersey Dairy",
    "Le Masurier Ltd",
    "Hotel de France",
    "Woodside Farm",
    "Ogier",
    "Co-op Grand Marché",
)

# -- England: a Local Government Pension Scheme fund's member data
#: (locality, town, postcode district)
_EN = (
    ("Thornton", "Bradford", "BD13"),
    ("Manningham", "Bradford", "BD8"),
    ("Ossett", "Wakefield", "WF5"),
    ("Sowerby Bridge", "Halifax", "HX6"),
    ("Lindley", "Huddersfield", "HD3"),
    ("Armley", "Leeds", "LS12"),
    ("Horsforth", "Leeds", "LS18"),
    ("Riddlesden", "Keighley", "BD20"),
)
_EN_STREET = ("Green Lane", "Victoria Road", "Moorside Avenue", "Albert Terrace", "Park Crescent")
_EN_FAMILY = ("Sutcliffe", "Hussain", "Greenwood", "Akhtar", "Holroyd", "Brook", "Begum",
              "Priestley", "Walker", "Kaur", "Hargreaves", "Shaw")  # fmt: skip
_EN_GIVEN_M = ("Graham", "Imran", "Stephen", "Mohammed", "Craig", "Darren", "Paul", "Tariq")
_EN_GIVEN_F = ("Julie", "Nasreen", "Karen", "Samina", "Dawn", "Joanne", "Lesley", "Shabana")
_EN_EMPLOYER = (
    "City of Bradford MDC",
    "Leeds City Council",
    "Calderdale MBC",
    "Kirklees Council",
    "Wakefield Council",
    "Bradford College",
    "Leeds Beckett University",
)
_EN_STATUS = ("Active", "Active", "Deferred", "Pensioner", "Active", "Undecided leaver")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 4) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _days(p: Person, low: int, span: int, salt: int = 0) -> date:
    """A date ``low`` to ``low + span`` days after the row's event date."""
    return p.other_date + timedelta(days=low + int(p.bhxh[salt:]) % span)


def _inward(p: Person) -> str:
    """A postcode's inward part ``9XY`` (the letters a postcode really uses)."""
    return f"{p.bhxh[6]}{_LETTERS[int(p.bhxh[7:9]) % 20]}{_LETTERS[int(p.bhxh[2:4]) % 20]}"


def _uk_mobile(p: Person) -> str:
    return f"07{p.phone[2:5]} {p.phone[5:10]}{p.bhxh[0]}"


def _wi_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return _uk_mobile(p)
    return f"{_at(p, _WI)[3]} {p.phone[4:10]}"


def _chi_written(p: Person) -> str:
    chi = _chi(p)
    return f"{chi[:6]} {chi[6:]}" if int(p.bhxh) % 5 == 0 else chi


def _hc_written(p: Person) -> str:
    hc = _hc(p)
    return hc.replace(" ", "") if int(p.bhxh) % 4 == 0 else hc


def _ni_phone(p: Person) -> str:
    if int(p.bhxh) % 2:
        return _uk_mobile(p)
    return f"{_at(p, _NI)[2]}{p.phone[4:6]} {p.phone[6:10]}"


def _cy_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 1:
        return _uk_mobile(p)
    return f"{_at(p, _CY)[2]} {p.phone[4:10]}"


def _nhs_written(p: Person) -> str:
    nhs = _nhs(p)
    return nhs.replace(" ", "") if int(p.bhxh) % 4 == 1 else nhs


def _je(p: Person) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return _JE_PEOPLE[int(p.bhxh) // 7 % len(_JE_PEOPLE)]


def _joined(p: Person) -> date:
    """The day a party member was admitted: 18 to 32 years after birth, before 2023."""
    day = _shift_date(p.birth, 18 + _num(p, 15)) + timedelta(days=_num(p, 300))
    return day if day.year < 2023 else day.replace(year=2022, day=min(day.day, 28))


def _je_phone(p: Person) -> str:
    lead = _pick(p, ("07797", "07700", "07829", "01534"), 6)
    return f"{lead} {p.phone[4:10]}"


def _je_street(p: Person) -> str:
    road = _at(p, _JE)[2]
    if int(p.bhxh) % 3 == 0:
        return f"Flat {1 + _num(p, 8)}, {_num(p, 60) + 2} {road}"
    return f"{_num(p, 90) + 1} {road}"


def _nino(p: Person) -> str:
    """A National Insurance number ``AB123456C``, mostly unspaced as payroll systems hold it."""
    d = p.bhxh[::-1]
    body = f"{_pick(p, _NINO_PREFIXES, 5)}{d[1:7]}{'ABCD'[int(d[7]) % 4]}"
    if int(p.bhxh) % 4 == 0:
        return f"{body[:2]} {body[2:4]} {body[4:6]} {body[6:8]} {body[8]}"
    return body


def _en_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 2:
        return f"01274 {p.phone[4:10]}"
    return _uk_mobile(p)


WRITERS_BLIND195: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: livestock pens moved out of the village
    "addr_dd195": lambda p, c: ", ".join(_at(p, _DD)),
    "livestock195": lambda p, c: _pick(p, _LIVESTOCK, 2),
    "heads195": lambda p, c: str(5 + _num(p, 80)),
    "old_barn195": lambda p, c: str(20 + _num(p, 180)),
    "new_site195": lambda p, c: _pick(p, _NEW_SITE, 3),
    "barn_aid195": lambda p, c: f"{(5 + _num(p, 25)) * 1_000_000}",
    "dd_note195": lambda p, c: _pick(p, _DD_NOTE, 4),
    # Vietnam: stroke patients in rehabilitation
    "ba195": lambda p, c: f"PHCN.{p.other_date:%y}.{p.bhxh[-5:]}",
    "stroke195": lambda p, c: _pick(p, _STROKE, 2),
    "side195": lambda p, c: _pick(p, _SIDE, 3),
    "barthel_in195": lambda p, c: str(5 * (2 + _num(p, 10))),
    "barthel_out195": lambda p, c: str(min(100, 5 * (2 + _num(p, 10)) + 5 * (1 + _num(p, 7)))),
    "relative195": lambda p, c: _other_vn(p, 6),
    "rel_phone195": lambda p, c: _other_phone(p, "091"),
    "admitted195": lambda p, c: f"{_days(p, 3, 12, 2):%d/%m/%Y}",
    # Vietnam: fishermen seized by foreign forces
    "crew_role195": lambda p, c: _pick(p, _CREW, 2),
    "boat195": lambda p, c: f"{_pick(p, _BOAT_PREFIX, 3)}-9{p.bhxh[-4:]}-TS",
    "owner195": lambda p, c: _other_vn(p, 4, male=True),
    "seized_by195": lambda p, c: _pick(p, _SEIZED_BY, 4),
    "waters195": lambda p, c: _pick(p, _WATERS, 4),
    "detained195": lambda p, c: _pick(p, _DETAINED, 5),
    "returned195": lambda p, c: (
        "" if "về" not in _pick(p, _DETAINED, 5) else f"{_days(p, 20, 150, 3):%d/%m/%Y}"
    ),
    "family_phone195": lambda p, c: _other_phone(p, "098"),
    # Vietnam: party members excused from work and cell meetings
    "party_card195": lambda p, c: f"{p.bhxh[1:9]}",
    "joined195": lambda p, c: f"{_joined(p):%d/%m/%Y}",
    "official195": lambda p, c: f"{_shift_date(_joined(p), 1):%d/%m/%Y}",
    "cell195": lambda p, c: _pick(p, _CELLS, 3),
    "reason195": lambda p, c: _pick(p, _EXEMPT_REASON, 4),
    "exempt_kind195": lambda p, c: _pick(p, _EXEMPT_KIND, 5),
    "decision195": lambda p, c: f"{_num(p, 90) + 10}-QĐ/ĐU",
    "years_party195": lambda p, c: f"{2025 - _joined(p).year} năm",
    # Scotland: bowel screening in the Western Isles
    "chi_wi195": lambda p, c: _chi_written(p),
    "wi_family195": lambda p, c: _pick(p, _WI_FAMILY, 2),
    "wi_given195": lambda p, c: _by_sex(p, _WI_GIVEN_M, _WI_GIVEN_F, 3),
    "wi_sex195": lambda p, c: "M" if p.male else "F",
    "wi_street195": lambda p, c: f"{_num(p, 40) + 1} {_at(p, _WI)[4]}",
    "wi_township195": lambda p, c: _at(p, _WI)[0],
    "wi_town195": lambda p, c: _at(p, _WI)[1],
    "wi_pc195": lambda p, c: f"{_at(p, _WI)[2]}{_inward(p)[1:]}",
    "wi_phone195": lambda p, c: _wi_phone(p),
    "wi_gp195": lambda p, c: _pick(p, _WI_GP, 4),
    "wi_round195": lambda p, c: str(1 + _num(p, 12)),
    "wi_returned195": lambda p, c: (
        "" if _pick(p, _WI_OUTCOME, 5) == "" else f"{_days(p, 4, 30, 2):%d/%m/%Y}"
    ),
    "wi_fit195": lambda p, c: (
        ""
        if _pick(p, _WI_OUTCOME, 5) in {"", "Spoilt kit"}
        else str(80 + _num(p, 300))
        if _pick(p, _WI_OUTCOME, 5).startswith("Positive")
        else str(_num(p, 70))
    ),
    "wi_outcome195": lambda p, c: _pick(p, _WI_OUTCOME, 5),
    "wi_colo195": lambda p, c: (
        f"{_days(p, 40, 40, 4):%d/%m/%Y}" if _pick(p, _WI_OUTCOME, 5).startswith("Pos") else ""
    ),
    # Northern Ireland: non-emergency patient transport bookings
    "nias_ref195": lambda p, c: f"PCS{p.other_date:%y%m}{p.bhxh[-5:]}",
    "hc_ni195": lambda p, c: _hc_written(p),
    "ni_family195": lambda p, c: _pick(p, _NI_FAMILY, 2),
    "ni_given195": lambda p, c: _by_sex(p, _NI_GIVEN_M, _NI_GIVEN_F, 3),
    "ni_sex195": lambda p, c: "Male" if p.male else "Female",
    "ni_street195": lambda p, c: f"{_num(p, 150) + 1} {_at(p, _NI)[3]}",
    "ni_town195": lambda p, c: _at(p, _NI)[0],
    "ni_pc195": lambda p, c: f"{_at(p, _NI)[1]} {_inward(p)}",
    "ni_phone195": lambda p, c: _ni_phone(p),
    "ni_dest195": lambda p, c: _pick(p, _NI_DEST, 4),
    "ni_clinic195": lambda p, c: _pick(p, _NI_CLINIC, 5),
    "ni_time195": lambda p, c: f"{8 + _num(p, 9):02d}:{_pick(p, ('00', '15', '30', '45'), 6)}",
    "ni_mobility195": lambda p, c: _pick(p, _NI_MOBILITY, 7),
    "ni_escort195": lambda p, c: _pick(p, ("N", "Y", "N", "N"), 8),
    "ni_booker195": lambda p, c: _pick(p, ("Patient", "Ward 4", "Renal Unit", "Daughter"), 9),
    # Wales: dental access list
    "nhs_cy195": lambda p, c: _nhs_written(p),
    "cy_family195": lambda p, c: _pick(p, _CY_FAMILY, 2),
    "cy_given195": lambda p, c: _by_sex(p, _CY_GIVEN_M, _CY_GIVEN_F, 3),
    "cy_sex195": lambda p, c: (
        _pick(p, ("Gwryw / Male", "M")) if p.male else _pick(p, ("Benyw / Female", "F"))
    ),
    "cy_street195": lambda p, c: f"{_num(p, 80) + 1} {_at(p, _CY)[3]}",
    "cy_town195": lambda p, c: _at(p, _CY)[0],
    "cy_pc195": lambda p, c: f"{_at(p, _CY)[1]} {_inward(p)}",
    "cy_phone195": lambda p, c: _cy_phone(p),
    "cy_lang195": lambda p, c: _pick(p, ("Cymraeg", "Saesneg / English", "Cymraeg"), 4),
    "cy_priority195": lambda p, c: _pick(p, ("Arferol / Routine", "Brys / Urgent"), 5),
    "cy_practice195": lambda p, c: _pick(p, _CY_PRACTICE, 6),
    "cy_status195": lambda p, c: _pick(p, _CY_STATUS, 7),
    # Jersey: registration cards
    "je_card195": lambda p, c: f"RC{p.bhxh[-6:]}",
    "je_ssn195": lambda p, c: _je_ssn(p),
    "je_family195": lambda p, c: _pick(p, _je(p)[1], 2),
    "je_given195": lambda p, c: _by_sex(p, _je(p)[2], _je(p)[3], 3),
    "je_sex195": lambda p, c: "M" if p.male else "F",
    "je_nat195": lambda p, c: _je(p)[0],
    "je_status195": lambda p, c: _pick(p, _JE_STATUS, 5),
    "je_street195": lambda p, c: _je_street(p),
    "je_parish195": lambda p, c: _at(p, _JE)[0],
    "je_pc195": lambda p, c: f"{_at(p, _JE)[1]}{_inward(p)[1:]}",
    "je_phone195": lambda p, c: _je_phone(p),
    "je_employer195": lambda p, c: _pick(p, _JE_EMPLOYER, 6),
    "je_issued195": lambda p, c: f"{_days(p, 1, 20, 2):%d/%m/%Y}",
    "je_expiry195": lambda p, c: f"{_shift_date(_days(p, 1, 20, 2), 5):%d/%m/%Y}",
    # England: LGPS member data
    "lgps_ref195": lambda p, c: f"WY{p.bhxh[:7]}",
    "nino_en195": lambda p, c: _nino(p),
    "en_title195": lambda p, c: "Mr" if p.male else _pick(p, ("Mrs", "Ms", "Miss"), 3),
    "en_family195": lambda p, c: _pick(p, _EN_FAMILY, 2),
    "en_given195": lambda p, c: _by_sex(p, _EN_GIVEN_M, _EN_GIVEN_F, 3),
    "en_sex195": lambda p, c: "M" if p.male else "F",
    "en_street195": lambda p, c: f"{_num(p, 200) + 1} {_pick(p, _EN_STREET, 4)}",
    "en_locality195": lambda p, c: _at(p, _EN)[0],
    "en_town195": lambda p, c: _at(p, _EN)[1],
    "en_pc195": lambda p, c: f"{_at(p, _EN)[2]} {_inward(p)}",
    "en_phone195": lambda p, c: _en_phone(p),
    "en_employer195": lambda p, c: _pick(p, _EN_EMPLOYER, 5),
    "en_payroll195": lambda p, c: p.bhxh[-8:],
    "en_pay195": lambda p, c: f"{14_000 + int(p.bhxh[-5:]) % 36_000:.2f}",
    "en_status195": lambda p, c: _pick(p, _EN_STATUS, 6),
    "en_nominee195": lambda p, c: (
        f"{_pick(p, ('Mrs', 'Mr', 'Ms'), 7)} {_by_sex(p, _EN_GIVEN_F, _EN_GIVEN_M, 8)[0]}"
        f" {_pick(p, _EN_FAMILY, 2)}"
    ),
    "en_left195": lambda p, c: (
        f"{_days(p, 30, 300, 3):%d/%m/%Y}" if _pick(p, _EN_STATUS, 6) != "Active" else ""
    ),
}
