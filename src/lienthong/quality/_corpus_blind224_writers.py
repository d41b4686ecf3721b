"""How the people of the two-hundred-and-twenty-fourth part of the outside corpus (**blind 224**,
:mod:`lienthong.quality._corpus_blind224`) are written: four Vietnamese files' own columns (a
district ornamental-plant society's members, sand dredgers' crews, leprosy patients kept under
watch, officials learning a minority language) and Swedish, Finnish, Norwegian, Danish and
Icelandic places, phones and numbers in the forms their registers show: the personnummer, the
henkilötunnus, the fødselsnummer, the CPR number and the kennitala with their check digits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _hetu
from lienthong.quality._corpus_blind10_writers import _kennitala
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _personnummer
from lienthong.quality._corpus_blind46_writers import _cpr
from lienthong.quality._corpus_blind53_writers import _fnr
from lienthong.quality._corpus_blind96_writers import _is_name, _is_phone, _no_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_BONSAI = ("Cây thế (bonsai)", "Mai vàng", "Đá cảnh", "Chim cảnh", "Lan rừng", "Cá cảnh")
_VN_CLUB = ("Chi hội thị trấn", "Chi hội xã Tân Phú", "Chi hội xã Phú Lộc", "CLB Bonsai mini")
_VN_DREDGE = ("TH-1234", "HN-0987", "HD-2468", "BN-1357", "VP-3579")
_VN_CREW = ("Thuyền trưởng", "Máy trưởng", "Thợ máy", "Thủy thủ", "Thủy thủ")
_VN_PLACE = ("Bãi Tân Đức, sông Hồng", "Mỏ cát xã Hồng Phong", "Km 12 sông Đuống")
_VN_LEPROSY: _T = ("Đã điều trị xong, giám sát", "Đang điều trị MDT", "Tàn tật độ 2, chăm sóc")
_VN_LEPROSY += ("Đã điều trị xong, giám sát",)
_VN_FORM = ("PB (ít vi khuẩn)", "MB (nhiều vi khuẩn)")
_VN_LANG = ("Ê Đê", "M'nông", "Gia Rai", "Khmer", "Mông")
_VN_UNIT = ("UBND xã Ea Tu", "Công an huyện Krông Ana", "Phòng GD&ĐT huyện", "BCH Quân sự xã")


def _tons(p: Person) -> str:
    return f"{150 + _num(p, 600)} m³/ngày"


# -- Nordic -------------------------------------------------------------------------------------
_SE_FAMILY = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist")
_SE_GIVEN_M = ("Lars", "Anders", "Per", "Mikael", "Johan", "Erik")
_SE_GIVEN_F = ("Anna", "Eva", "Karin", "Maria", "Ingrid", "Sara")
_SE_HOMES = (
    ("Värmdövägen 112", "131 41", "Nacka"),
    ("Saltsjöbadsvägen 9 lgh 1102", "133 35", "Saltsjöbaden"),
    ("Skogsövägen 4", "133 33", "Saltsjöbaden"),
    ("Ektorpsvägen 21", "131 47", "Nacka"),
)
_SE_BOAT = ("Motorbåt 6,5 m", "Segelbåt 9 m", "Snipa 5 m", "Motorbåt 7,2 m")
_FI_FAMILY = ("Virtanen", "Korhonen", "Nieminen", "Lindholm", "Mäkinen", "Björklund")
_FI_GIVEN_M = ("Mikko", "Juha", "Kalle", "Anders", "Timo")
_FI_GIVEN_F = ("Anna", "Liisa", "Johanna", "Saara", "Minna")
_FI_HOMES = (
    ("Kirkkokatu 5 B 12", "02770", "Espoo / Esbo"),
    ("Tapiolantie 14 A 3", "02100", "Espoo / Esbo"),
    ("Kauniaistentie 8", "02700", "Kauniainen / Grankulla"),
    ("Leppävaarankatu 3 C 41", "02600", "Espoo / Esbo"),
)
_NO_FAMILY = ("Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen")
_NO_GIVEN_M = ("Ole", "Lars", "Knut", "Jon", "Per")
_NO_GIVEN_F = ("Kari", "Ingrid", "Silje", "Marit", "Hanne")
_NO_HOMES = (
    ("Kongens gate 12", "7011", "Trondheim"),
    ("Innherredsveien 44 H0203", "7014", "Trondheim"),
    ("Byåsveien 120", "7021", "Trondheim"),
    ("Heimdal sentrum 3", "7080", "Heimdal"),
)
_DK_FAMILY = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Sørensen", "Kristensen")
_DK_GIVEN_M = ("Søren", "Jens", "Mads", "Henrik", "Niels")
_DK_GIVEN_F = ("Mette", "Karen", "Lone", "Birgitte", "Hanne")
_DK_HOMES = (
    ("Vestergade 14, 2. th.", "5000", "Odense C"),
    ("Hjallesevej 88", "5230", "Odense M"),
    ("Nyborgvej 201, st. tv.", "5220", "Odense SØ"),
    ("Middelfartvej 5", "5200", "Odense V"),
)
_IS_HOMES = (
    ("Hringbraut 52", "107", "Reykjavík"),
    ("Breiðholtsbraut 3", "109", "Reykjavík"),
    ("Laugavegur 110", "105", "Reykjavík"),
    ("Álfheimar 12", "104", "Reykjavík"),
)


def _home(p: Person, table: tuple[_T, ...]) -> _T:
    return table[int(p.bhxh) // 7 % len(table)]


def _addr(home: _T) -> str:
    return f"{home[0]}, {home[1]} {home[2]}"


def _se_phone(p: Person) -> str:
    d = p.phone[3:10]
    return f"070-{d[:3]} {d[3:5]} {d[5:]}" if int(p.bhxh) % 2 else f"+46 70 {d}"


def _fi_phone(p: Person) -> str:
    d = p.phone[3:10]
    return f"040 {d}" if int(p.bhxh) % 2 else f"+358 40 {d[:3]} {d[3:]}"


def _dk_phone(p: Person) -> str:
    d = f"2{p.phone[3:10]}"
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}" if int(p.bhxh) % 2 else f"+45 {d}"


def _queue_no(p: Person, prefix: str) -> str:
    return f"{prefix}-{p.other_date:%Y}-{p.bhxh[-5:]}"


WRITERS_BLIND224: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "bonsai_card224": lambda p, c: f"HV-{p.bhxh[:4]}",
    "bonsai_kind224": lambda p, c: _pick(p, _VN_BONSAI, 2),
    "bonsai_club224": lambda p, c: _pick(p, _VN_CLUB, 3),
    "bonsai_fee224": lambda p, c: f"{100 + _num(p, 3) * 50}.000",
    "bonsai_prize224": lambda p, c: _pick(
        p, ("Không", "Giải B Tết 2026", "Không", "Giải A xuân 2025"), 4
    ),
    "dredge_boat224": lambda p, c: f"{_pick(p, _VN_DREDGE, 2)}-{p.bhxh[-2:]}",
    "dredge_role224": lambda p, c: _pick(p, _VN_CREW, 3),
    "dredge_cert224": lambda p, c: f"{_pick(p, ('T3', 'M3', 'TT', 'CCCM'), 4)}-{p.bhxh[2:7]}",
    "dredge_owner224": lambda p, c: f"Cty TNHH {_other_vn(p, 5)}",
    "dredge_owner_phone224": lambda p, c: _other_phone(p),
    "dredge_place224": lambda p, c: _pick(p, _VN_PLACE, 5),
    "dredge_tons224": lambda p, c: _tons(p),
    "leprosy_code224": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[-4:]}",
    "leprosy_form224": lambda p, c: _pick(p, _VN_FORM, 2),
    "leprosy_state224": lambda p, c: _pick(p, _VN_LEPROSY, 3),
    "leprosy_carer224": lambda p, c: _other_vn(p, 6),
    "leprosy_officer224": lambda p, c: f"YS. {_other_vn(p, 9)}",
    "lang_lang224": lambda p, c: _pick(p, _VN_LANG, 2),
    "lang_unit224": lambda p, c: _pick(p, _VN_UNIT, 3),
    "lang_job224": lambda p, c: _pick(
        p, ("Công chức TP-HT", "Cán bộ", "Giáo viên", "CS khu vực"), 4
    ),
    "lang_mark224": lambda p, c: f"{5 + _num(p, 5)},{_pick(p, ('0', '5'), 5)}",
    "lang_cert224": lambda p, c: f"{p.bhxh[3:7]}/CC-TCT",
    # Sweden: a kommun's boat-berth queue
    "se_family224": lambda p, c: _pick(p, _SE_FAMILY, 2),
    "se_given224": lambda p, c: _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1),
    "se_pnr224": lambda p, c: _personnummer(p),
    "se_street224": lambda p, c: _home(p, _SE_HOMES)[0],
    "se_zip224": lambda p, c: _home(p, _SE_HOMES)[1],
    "se_town224": lambda p, c: _home(p, _SE_HOMES)[2],
    "se_phone224": lambda p, c: _se_phone(p),
    "se_queue224": lambda p, c: _queue_no(p, "BP"),
    "se_boat224": lambda p, c: _pick(p, _SE_BOAT, 3),
    "se_harbour224": lambda p, c: _pick(p, ("Fisksätra marina", "Kummelnäs", "Ramsmora"), 4),
    "se_fee224": lambda p, c: f"{1200 + _num(p, 40) * 100} kr",
    # Finland: a city library's patrons
    "fi_name224": lambda p, c: (
        f"{_pick(p, _FI_FAMILY, 2)} {_by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 1)}"
    ),
    "fi_hetu224": lambda p, c: _hetu(p),
    "fi_addr224": lambda p, c: _addr(_home(p, _FI_HOMES)),
    "fi_phone224": lambda p, c: _fi_phone(p),
    "fi_card224": lambda p, c: f"2{p.bhxh[:9]}{p.bhxh[-3:]}",
    "fi_branch224": lambda p, c: _pick(
        p, ("Sello", "Tapiola / Hagalund", "Entresse", "Iso Omena"), 3
    ),
    "fi_lang224": lambda p, c: _pick(p, ("suomi", "svenska", "suomi", "English"), 4),
    "fi_fines224": lambda p, c: f"{_num(p, 12)},{p.bhxh[-2:]} €",
    "fi_guardian224": lambda p, c: f"{_pick(p, _FI_FAMILY, 5)} {_pick(p, _FI_GIVEN_F, 6)}",
    # Norway: a kommune's startlån applications
    "no_name224": lambda p, c: (
        f"{_pick(p, _NO_FAMILY, 2)}, {_by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 1)}"
    ),
    "no_fnr224": lambda p, c: _fnr(p),
    "no_street224": lambda p, c: _home(p, _NO_HOMES)[0],
    "no_zip224": lambda p, c: _home(p, _NO_HOMES)[1],
    "no_town224": lambda p, c: _home(p, _NO_HOMES)[2],
    "no_phone224": lambda p, c: _no_phone(p),
    "no_case224": lambda p, c: f"{p.other_date:%y}/{p.bhxh[-5:]}",
    "no_amount224": lambda p, c: f"{800 + _num(p, 3000)} 000",
    "no_coapp224": lambda p, c: (
        f"{_by_sex(p, _NO_GIVEN_F, _NO_GIVEN_M, 4)} {_pick(p, _NO_FAMILY, 5)}"
    ),
    "no_status224": lambda p, c: _pick(p, ("Innvilget", "Avslag", "Under behandling"), 3),
    # Denmark: a kolonihaveforening's waiting list
    "dk_name224": lambda p, c: (
        f"{_by_sex(p, _DK_GIVEN_M, _DK_GIVEN_F, 1)} {_pick(p, _DK_FAMILY, 2)}"
    ),
    "dk_cpr224": lambda p, c: _cpr(p),
    "dk_addr224": lambda p, c: _addr(_home(p, _DK_HOMES)),
    "dk_phone224": lambda p, c: _dk_phone(p),
    "dk_place224": lambda p, c: str(1 + _num(p, 400)),
    "dk_association224": lambda p, c: _pick(p, ("H/F Fremtiden", "H/F Solvang", "H/F Åløkke"), 3),
    "dk_fee224": lambda p, c: f"{100 + _num(p, 3) * 50},00 kr.",
    # Iceland: a municipality's social housing waiting list
    "is_name224": lambda p, c: _is_name(p),
    "is_kt224": lambda p, c: _kennitala(p),
    "is_street224": lambda p, c: _home(p, _IS_HOMES)[0],
    "is_zip224": lambda p, c: _home(p, _IS_HOMES)[1],
    "is_town224": lambda p, c: _home(p, _IS_HOMES)[2],
    "is_phone224": lambda p, c: _is_phone(p),
    "is_points224": lambda p, c: str(5 + _num(p, 30)),
    "is_rooms224": lambda p, c: _pick(p, ("Einstaklingsíbúð", "2 herb.", "3 herb.", "4 herb."), 3),
    "is_household224": lambda p, c: str(1 + _num(p, 5)),
    "is_worker224": lambda p, c: _pick(p, ("Guðrún Ósk", "Sigríður Hrund", "Páll Ágúst"), 4),
}
