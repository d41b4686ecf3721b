"""How the people of the thirty-first part of the outside corpus (**blind 31**,
:mod:`lienthong.quality._corpus_blind31`) are written: four Vietnamese files' own columns (a
meritorious-service beneficiary's file number, category, injury rate, fallen soldier, allowance
and bank account, a poor household's code, ethnicity, members, income, shortfalls, result and
cause, a temporary resident's home address, work, landlord and end date, a library reader's card,
category, ward, city, expiry and guarantor) and Cameroonian, Maltese, Bahamian, Eswatini and
I-Kiribati names, addresses, phones and identity numbers in the forms their cards show (none
publishes a check digit: the Cameroonian CNI number, the Maltese identity card's digits and
letter, the Bahamian NIB number, the Eswatini PIN after its yymmdd and the Kiribati passport
number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_MERIT = ("Thương binh", "Thân nhân liệt sĩ", "Bệnh binh", "Người HĐKC bị nhiễm CĐHH")
_MARTYR_KIN = ("Con", "Vợ", "Cha đẻ", "Mẹ đẻ", "Con")
_PAY = ("Tiền mặt", "Chuyển khoản")
_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Chăm", "Kinh")
_REVIEW = ("Hộ nghèo", "Hộ cận nghèo", "Thoát nghèo", "Thoát cận nghèo", "Hộ nghèo phát sinh")
_CAUSES = (
    "Thiếu vốn sản xuất",
    "Có người ốm đau, bệnh nặng",
    "Không có việc làm ổn định",
    "Đông người ăn theo",
    "Già cả, neo đơn",
    "Thiếu đất sản xuất",
)
_HOMES = (
    "Thôn 3, xã Ea Kar, tỉnh Đắk Lắk",
    "Xóm Trung, xã Hải Hậu, tỉnh Ninh Bình",
    "Ấp Mỹ Phú, xã Cái Bè, tỉnh Đồng Tháp",
    "Thôn Phú Lộc, xã Diễn Châu, tỉnh Nghệ An",
    "Tổ 5, phường Quy Nhơn, tỉnh Gia Lai",
    "Ấp 2, xã Thạnh Phú, tỉnh Vĩnh Long",
    "Khóm 4, phường Sóc Trăng, thành phố Cần Thơ",
)
_JOBS = (
    "Công nhân - Công ty TNHH PouYuen Việt Nam",
    "Sinh viên - Trường ĐH Bách khoa",
    "Buôn bán tự do",
    "Nhân viên văn phòng - Công ty CP FPT",
    "Thợ may",
    "Tài xế xe công nghệ",
)
_RANKS = ("Thượng úy", "Đại úy", "Trung úy", "Thiếu tá")
_READERS = ("NGUOILON", "HOCSINH", "SINHVIEN", "CAOTUOI")
_CM_FAMILY = ("MBARGA", "NGONO", "FOTSO", "TCHOUMI", "NKWENTI", "ETOA", "ONANA", "KAMGA")
_CM_FAMILY2 = ("ATANGANA", "NJOYA", "ABENA", "BELLO", "TCHINDA", "EKANI", "NANA")
_CM_GIVEN_M = ("Jean Paul", "Serge", "Emmanuel", "Hervé", "Blaise", "Aboubakar", "Patrice")
_CM_GIVEN_F = ("Marie Claire", "Brigitte", "Solange", "Aïssatou", "Pauline", "Nadège")
_CM_TOWNS = ("Yaoundé", "Douala", "Bafang", "Nkongsamba", "Ebolowa", "Garoua", "Kumba")
_CM_EMPLOYERS = ("SODECOTON", "CAMTEL", "Brasseries du Cameroun", "SONARA", "Eneo Cameroun")
#: (quartier, ville, région)
_CM_PLACES = (
    ("Bastos", "Yaoundé", "Centre"),
    ("Essos", "Yaoundé", "Centre"),
    ("Mvog-Mbi", "Yaoundé", "Centre"),
    ("Akwa", "Douala", "Littoral"),
    ("Bonabéri", "Douala", "Littoral"),
    ("Deïdo", "Douala", "Littoral"),
    ("Tamdja", "Bafoussam", "Ouest"),
    ("Nkwen", "Bamenda", "Nord-Ouest"),
    ("Molyko", "Buea", "Sud-Ouest"),
    ("Domayo", "Maroua", "Extrême-Nord"),
)
_MT_FAMILY = ("Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech")
_MT_FAMILY2 = ("Attard", "Spiteri", "Caruana", "Azzopardi", "Debono", "Xuereb", "Mifsud")
_MT_GIVEN_M = ("Joseph", "Mario", "Ġorġ", "Ċensu", "Anthony", "Carmel", "Ray", "Ġużeppi")
_MT_GIVEN_F = ("Maria", "Carmen", "Rita", "Doris", "Ġuża", "Marthese", "Josephine")
_MT_BENEFITS = (
    "Pensjoni tal-Irtirar",
    "Benefiċċju tal-Mard",
    "Benefiċċju tal-Qgħad",
    "Assistenza Soċjali",
    "Allowance għat-Tfal",
)
#: (triq, lokalità, post-code letters)
_MT_PLACES = (
    ("Triq il-Kbira", "Ħaż-Żebbuġ", "ZBG"),
    ("Triq San Ġużepp", "Il-Ħamrun", "HMR"),
    ("Triq il-Kostituzzjoni", "Il-Mosta", "MST"),
    ("Triq Birkirkara", "San Ġwann", "SGN"),
    ("Triq it-Torri", "Tas-Sliema", "SLM"),
    ("Triq ir-Repubblika", "Il-Belt Valletta", "VLT"),
    ("Triq Ħaż-Żabbar", "Il-Fgura", "FGR"),
    ("Triq Fortunato Mizzi", "Ir-Rabat, Għawdex", "VCT"),
    ("Triq il-Kappillan Mifsud", "Ħal Qormi", "QRM"),
)
_BS_FAMILY = ("Rolle", "Ferguson", "Knowles", "Cartwright", "Pinder", "Sands", "Bain", "Moss")
_BS_FAMILY2 = ("Munnings", "Darville", "McKenzie", "Strachan", "Major", "Johnson", "Thompson")
_BS_GIVEN_M = ("Dwayne", "Kendrick", "Philip", "Garvin", "Tavares", "Lavardo", "Anthony")
_BS_GIVEN_F = ("Shavonne", "Latoya", "Keva", "Tamika", "Deandra", "Patrice", "Shanique")
_BS_EMPLOYERS = ("Atlantis Paradise Island", "Bahamas Power & Light", "Baha Mar", "Super Value")
_BS_BENEFITS = ("Sickness", "Maternity", "Unemployment", "Invalidity", "Injury")
#: (street, settlement, island)
_BS_PLACES = (
    ("Blue Hill Road South", "Nassau", "New Providence"),
    ("Carmichael Road", "Nassau", "New Providence"),
    ("Soldier Road", "Nassau", "New Providence"),
    ("Bahama Reef Boulevard", "Freeport", "Grand Bahama"),
    ("Queen's Highway", "Marsh Harbour", "Abaco"),
    ("Queen's Highway", "Governor's Harbour", "Eleuthera"),
    ("Main Street", "Fresh Creek", "Andros"),
)
_SZ_FAMILY = ("Dlamini", "Nxumalo", "Simelane", "Mamba", "Shongwe", "Magagula", "Dlamini")
_SZ_FAMILY2 = ("Mkhabela", "Hlophe", "Motsa", "Zwane", "Masilela", "Ndlovu", "Gamedze")
_SZ_GIVEN_M = ("Sipho", "Sibusiso Mandla", "Bongani", "Themba", "Sandile", "Mcebisi Brian")
_SZ_GIVEN_F = ("Nomsa", "Thandeka", "Lindiwe Grace", "Zanele", "Nokuthula", "Phindile")
_SZ_EMPLOYERS = ("RES Sugar", "Eswatini Electricity Company", "MTN Eswatini", "Eswatini Bank")
_SZ_KIN = ("Spouse", "Child", "Mother", "Father", "Sibling")
#: (physical address pattern, postal code)
_SZ_PLACES = (
    ("Plot {n}, Sidwashini, Mbabane", "H100"),
    ("House {n}, Msunduza, Mbabane", "H100"),
    ("Plot {n}, Fairview North, Manzini", "M200"),
    ("Lot {n}, Moneni, Manzini", "M200"),
    ("Plot {n}, Matsapha", "M202"),
    ("House {n}, Extension 2, Nhlangano", "S400"),
    ("Plot {n}, Siteki Town", "L300"),
    ("House {n}, Piggs Peak", "H108"),
)
_KI_FAMILY = ("Tito", "Maamau", "Teaiwa", "Kirata", "Beiatau", "Tabai", "Iuta", "Taoaba")
_KI_FAMILY2 = ("Tebano", "Kaboua", "Baraniko", "Ientumoa", "Tekiau", "Rimon")
_KI_GIVEN_M = ("Teuea", "Tekeraoi", "Bwere", "Tiaon", "Ioane", "Tebwebwe", "Kautu")
_KI_GIVEN_F = ("Teretia", "Rutiana", "Tabita", "Meere", "Katarina", "Tiira", "Taake")
_KI_HOME = ("Abemama", "Butaritari", "Marakei", "Nonouti", "Onotoa", "Beru", "Abaiang")
_KI_SCHEMES = ("PALM (Australia)", "RSE (New Zealand)", "PALM (Australia)")
_KI_STATUS = ("Work ready", "Deployed", "Returned", "Work ready")
_KI_JOBS = ("Fruit picking", "Meat processing", "Aged care", "Horticulture", "Hospitality")
#: (village, island)
_KI_PLACES = (
    ("Bikenibeu West", "South Tarawa"),
    ("Betio", "South Tarawa"),
    ("Teaoraereke", "South Tarawa"),
    ("Eita", "South Tarawa"),
    ("Bairiki", "South Tarawa"),
    ("Tabwakea", "Kiritimati"),
    ("Buariki", "North Tarawa"),
    ("Utiroa", "Tabiteuea North"),
)


def _merit(p: Person) -> int:
    return int(p.bhxh) // 7 % len(_MERIT)


def _rate(p: Person) -> int:
    """A war invalid's body injury rate (21 to 100 per cent)."""
    return 21 + int(p.bhxh) // 13 % 80


def _allowance(p: Person) -> str:
    amount = 2_055_000 if _merit(p) == 1 else 1_300_000 + _rate(p) * 52_000
    return f"{amount:,}".replace(",", ".")


def _to_bank(p: Person) -> bool:
    return int(p.bhxh) // 17 % 2 == 1


def _reader(p: Person) -> str:
    """A reader's Koha category by age: pupils, students, adults, the elderly."""
    year = p.birth.year
    return _READERS[1 if year >= 2007 else 2 if year >= 1999 else 0 if year >= 1966 else 3]


def _young(p: Person) -> bool:
    """Pupils and students sign up with a parent standing guarantor."""
    return _reader(p) in ("HOCSINH", "SINHVIEN")


def _cm_place(p: Person) -> tuple[str, str, str]:
    return _CM_PLACES[int(p.bhxh) // 9 % len(_CM_PLACES)]


def _mt_place(p: Person) -> tuple[str, str, str]:
    return _MT_PLACES[int(p.bhxh) // 9 % len(_MT_PLACES)]


def _mt_id(p: Person) -> str:
    """A Maltese identity card number: up to seven digits and a letter (M born in Malta, G in
    Gozo, A, B, H, L, P or Z otherwise); no check digit."""
    letter = "MMMMMMGGLA"[int(p.bhxh) // 3 % 10]
    return f"{int(p.bhxh[-6:]) % 990_000 + 10_000}{letter}"


def _bs_place(p: Person) -> tuple[str, str, str]:
    return _BS_PLACES[int(p.bhxh) // 9 % len(_BS_PLACES)]


def _sz_place(p: Person) -> tuple[str, str]:
    return _SZ_PLACES[int(p.bhxh) // 9 % len(_SZ_PLACES)]


def _ki_place(p: Person) -> tuple[str, str]:
    return _KI_PLACES[int(p.bhxh) // 9 % len(_KI_PLACES)]


WRITERS_BLIND31: dict[str, Callable[[Person, Col], object]] = {
    "file_no31": lambda p, c: f"79.{('TB', 'LS', 'BB', 'HH')[_merit(p)]}.{p.bhxh[-6:]}",
    "merit_kind31": lambda p, c: _MERIT[_merit(p)],
    "injury31": lambda p, c: "" if _merit(p) == 1 else str(_rate(p)),
    "martyr31": lambda p, c: _other_vn(p, 3, True, p.family) if _merit(p) == 1 else "",
    "martyr_rel31": lambda p, c: _pick(p, _MARTYR_KIN, 4) if _merit(p) == 1 else "",
    "allowance31": lambda p, c: _allowance(p),
    "pay_way31": lambda p, c: _PAY[_to_bank(p)],
    "account31": lambda p, c: f"1{p.bhxh[::-1]}{p.bhxh[:2]}" if _to_bank(p) else "",
    "household31": lambda p, c: f"{p.bhxh[-7:]}",
    "birth_year31": lambda p, c: str(p.birth.year),
    "ethnic31": lambda p, c: _pick(p, _ETHNIC, 2),
    "members31": lambda p, c: str(_num(p, 7)),
    "income31": lambda p, c: f"{(700 + _num(p, 1700)) * 1000:,}".replace(",", "."),
    "lack31": lambda p, c: str(int(p.bhxh) // 23 % 6),
    "review31": lambda p, c: _pick(p, _REVIEW, 3),
    "cause31": lambda p, c: _pick(p, _CAUSES, 4),
    "reviewer31": lambda p, c: _other_vn(p, 8),
    "home31": lambda p, c: _pick(p, _HOMES, 2),
    "job31": lambda p, c: _pick(p, _JOBS, 3),
    "landlord31": lambda p, c: _other_vn(p, 9),
    "landlord_id31": lambda p, c: _cccd_of(
        p, int(p.bhxh) // 10 % 2 == 0, 1945 + p.birth.year * 7 % 35
    ),
    "landlord_phone31": lambda p, c: _other_phone(p, "09"),
    "until31": lambda p, c: (p.other_date + timedelta(days=730)).strftime(c.date_format),
    "officer31": lambda p, c: f"{_pick(p, _RANKS, 5)} {_other_vn(p, 10, True)}",
    "card31": lambda p, c: f"TV{p.other_date:%y}{p.bhxh[-5:]}",
    "ward31": lambda p, c: p.address.split(", ")[-2],
    "city31": lambda p, c: p.address.split(", ")[-1],
    "reader31": lambda p, c: _reader(p),
    "expiry31": lambda p, c: (p.other_date + timedelta(days=365)).strftime(c.date_format),
    "guarantor31": lambda p, c: _other_vn(p, 11, None, p.family) if _young(p) else "",
    "guar_rel31": lambda p, c: _pick(p, ("Cha", "Mẹ"), 6) if _young(p) else "",
    "cnps_cm31": lambda p, c: f"{p.bhxh[::-1][:3]}-{p.birth:%y}{p.bhxh[3:7]}-{p.male:d}",
    "cm_family31": lambda p, c: (
        f"{_pick(p, _CM_FAMILY, 2)} {_pick(p, _CM_FAMILY2, 3)}"
        if int(p.bhxh) % 3
        else _pick(p, _CM_FAMILY, 2)
    ),
    "cm_given31": lambda p, c: _by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F, 1),
    "birthplace_cm31": lambda p, c: _pick(p, _CM_TOWNS, 4),
    "sex_cm31": lambda p, c: "M" if p.male else "F",
    "cni_cm31": lambda p, c: f"1{p.bhxh[2:10]}",
    "address_cm31": lambda p, c: f"Quartier {_cm_place(p)[0]}, {_cm_place(p)[1]}",
    "region_cm31": lambda p, c: _cm_place(p)[2],
    "phone_cm31": lambda p, c: (
        f"6{_pick(p, ('77', '99', '55', '96', '50'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "employer_cm31": lambda p, c: _pick(p, _CM_EMPLOYERS, 5),
    "warn_cm31": lambda p, c: (
        f"{_pick(p, _CM_FAMILY, 6)} {_by_sex(p, _CM_GIVEN_F, _CM_GIVEN_M, 7)}"
    ),
    "warn_phone_cm31": lambda p, c: f"222 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]} {p.bhxh[5:7]}",
    "id_mt31": lambda p, c: _mt_id(p),
    "mt_family31": lambda p, c: _pick(p, _MT_FAMILY + _MT_FAMILY2, 2),
    "mt_given31": lambda p, c: _by_sex(p, _MT_GIVEN_M, _MT_GIVEN_F, 1),
    "sex_mt31": lambda p, c: "M" if p.male else "F",
    "street_mt31": lambda p, c: f"{_num(p, 150)}, {_mt_place(p)[0]}",
    "locality_mt31": lambda p, c: _mt_place(p)[1],
    "post_mt31": lambda p, c: f"{_mt_place(p)[2]} {1000 + int(p.bhxh) // 5 % 9000:04d}",
    "phone_mt31": lambda p, c: (
        f"{_pick(p, ('79', '99', '77', '21'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "benefit_mt31": lambda p, c: _pick(p, _MT_BENEFITS, 4),
    "rate_mt31": lambda p, c: f"{80 + _num(p, 160)}.{int(p.bhxh) % 100:02d}",
    "kin_mt31": lambda p, c: (
        f"{_by_sex(p, _MT_GIVEN_F, _MT_GIVEN_M, 5)} {_pick(p, _MT_FAMILY + _MT_FAMILY2, 6)}"
    ),
    "nib_bs31": lambda p, c: f"{p.bhxh[1:9]}",
    "bs_family31": lambda p, c: _pick(p, _BS_FAMILY + _BS_FAMILY2, 2),
    "bs_given31": lambda p, c: _by_sex(p, _BS_GIVEN_M, _BS_GIVEN_F, 1),
    "sex_bs31": lambda p, c: "Male" if p.male else "Female",
    "address_bs31": lambda p, c: (
        f"#{_num(p, 90)} {_bs_place(p)[0]}, {_bs_place(p)[1]}, {_bs_place(p)[2]}"
    ),
    "phone_bs31": lambda p, c: (
        f"(242) {_pick(p, ('357', '422', '441', '456', '524'), 3)}-{p.phone[6:10]}"
    ),
    "employer_bs31": lambda p, c: _pick(p, _BS_EMPLOYERS, 4),
    "benefit_bs31": lambda p, c: _pick(p, _BS_BENEFITS, 5),
    "rate_bs31": lambda p, c: f"${120 + _num(p, 300)}.00",
    "kin_bs31": lambda p, c: (
        f"{_by_sex(p, _BS_GIVEN_F, _BS_GIVEN_M, 6)} {_pick(p, _BS_FAMILY + _BS_FAMILY2, 7)}"
    ),
    "kin_phone_bs31": lambda p, c: f"(242) 325-{p.bhxh[::-1][:4]}",
    "enpf_sz31": lambda p, c: f"E{p.bhxh[::-1][:7]}",
    "pin_sz31": lambda p, c: f"{p.birth:%y%m%d}{p.bhxh[3:10]}",
    "sz_family31": lambda p, c: _pick(p, _SZ_FAMILY + _SZ_FAMILY2, 2),
    "sz_given31": lambda p, c: _by_sex(p, _SZ_GIVEN_M, _SZ_GIVEN_F, 1),
    "sex_sz31": lambda p, c: "Male" if p.male else "Female",
    "address_sz31": lambda p, c: _sz_place(p)[0].format(n=_num(p, 400)),
    "post_sz31": lambda p, c: _sz_place(p)[1],
    "phone_sz31": lambda p, c: (
        f"+268 7{_pick(p, ('6', '8', '9'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "employer_sz31": lambda p, c: _pick(p, _SZ_EMPLOYERS, 4),
    "nominee_sz31": lambda p, c: (
        f"{_by_sex(p, _SZ_GIVEN_F, _SZ_GIVEN_M, 5)} {_pick(p, _SZ_FAMILY + _SZ_FAMILY2, 6)}"
    ),
    "nominee_rel_sz31": lambda p, c: _pick(p, _SZ_KIN, 7),
    "nominee_phone_sz31": lambda p, c: f"+268 76{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
    "passport_ki31": lambda p, c: f"K0{p.bhxh[-6:]}",
    "ki_family31": lambda p, c: _pick(p, _KI_FAMILY + _KI_FAMILY2, 2),
    "ki_given31": lambda p, c: _by_sex(p, _KI_GIVEN_M, _KI_GIVEN_F, 1),
    "sex_ki31": lambda p, c: "M" if p.male else "F",
    "address_ki31": lambda p, c: f"{_ki_place(p)[0]}, {_ki_place(p)[1]}",
    "home_ki31": lambda p, c: _pick(p, _KI_HOME, 3),
    "phone_ki31": lambda p, c: f"7{_pick(p, ('2', '3', '5'), 4)}{p.phone[4:10]}",
    "scheme_ki31": lambda p, c: _pick(p, _KI_SCHEMES, 5),
    "status_ki31": lambda p, c: _pick(p, _KI_STATUS, 6),
    "job_ki31": lambda p, c: _pick(p, _KI_JOBS, 7),
    "kin_ki31": lambda p, c: (
        f"{_by_sex(p, _KI_GIVEN_F, _KI_GIVEN_M, 8)} {_pick(p, _KI_FAMILY + _KI_FAMILY2, 9)}"
    ),
    "kin_phone_ki31": lambda p, c: f"73{p.bhxh[::-1][:6]}",
}
