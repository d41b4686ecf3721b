"""How the people of the hundred-and-sixty-fifth part of the outside corpus (**blind 165**,
:mod:`lienthong.quality._corpus_blind165`) are written: four Vietnamese files' own columns (a
ward's people's inspection board, a parish's pilgrims to La Vang, a district folk-arts festival's
performers, a commune's buffalo and cattle insurance) and Ukrainian, Polish, Lithuanian, Czech
and Hungarian names, places, phones and numbers in the forms their registers show (the РНОКПП,
PESEL, asmens kodas, rodné číslo and adóazonosító jel with their real check digits, reused from
the earlier parts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import (
    _LT_GIVEN_F,
    _LT_GIVEN_M,
    _asmens_kodas,
    _lt_family,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind41_writers import _PL_GIVEN_F, _PL_GIVEN_M, _pesel, _pl_family
from lienthong.quality._corpus_blind43_writers import _UA_FAMILY, _UA_GIVEN_M, _rnokpp, _ua_name
from lienthong.quality._corpus_blind46_writers import (
    _CZ_GIVEN_F,
    _CZ_GIVEN_M,
    _HU_GIVEN_M,
    _cz_family,
    _rodne_cislo,
)
from lienthong.quality._corpus_blind92_writers import _adoazonosito
from lienthong.quality._corpus_blind125_writers import _hu_family, _hu_name

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TTND_ROLES = ("Trưởng ban", "Phó trưởng ban", "Ủy viên", "Ủy viên", "Ủy viên")
_VN_TDP = ("TDP 1", "TDP 2", "TDP 3", "TDP 4", "TDP 5", "TDP 6")
_VN_TTND_FROM = ("MTTQ phường", "Hội CCB", "Hội Phụ nữ", "Hội Người cao tuổi", "Đoàn TN")
_VN_SAINTS_M = ("Giuse", "Phêrô", "Gioan", "Phaolô", "Antôn", "Đaminh", "Micae")
_VN_SAINTS_F = ("Maria", "Anna", "Têrêsa", "Catarina", "Martha", "Rosa", "Agnès")
_VN_GIAO_HO = ("Giáo họ Phú Hậu", "Giáo họ Thánh Tâm", "Giáo họ Mân Côi", "Giáo họ Đông Phước")
_VN_BUS = ("Xe 1 (45 chỗ)", "Xe 2 (45 chỗ)", "Xe 3 (29 chỗ)", "Xe 4 (16 chỗ)")
_VN_PAID = ("Đã đóng 850.000", "Đã đóng 850.000", "Còn nợ", "Miễn (người nghèo)")
_VN_COMMUNES = ("Xã Hải Lăng", "Xã Triệu Phong", "TT Ái Tử", "Xã Gio Linh", "Xã Cam Lộ")
_VN_ACTS = (
    "Hát then - đàn tính",
    "Múa sạp",
    "Tốp ca: Bài ca Trường Sơn",
    "Tiểu phẩm: Nông thôn mới",
    "Hò khoan Lệ Thủy",
    "Đơn ca: Mẹ Suốt",
)
_VN_PART = ("Diễn viên chính", "Hát tốp ca", "Múa phụ họa", "Nhạc công", "Đạo diễn tiết mục")
_VN_PRIZES = ("Huy chương Vàng", "Huy chương Bạc", "Huy chương Đồng", "Giấy khen", "")
_VN_ANIMALS = ("Trâu cái", "Bò cái lai Sind", "Bò đực", "Trâu đực", "Bò vàng")
_VN_THON = ("Thôn Khe Sanh", "Thôn Tà Rùng", "Bản Cù Bai", "Thôn Lìa", "Bản Xi Núc")
_VN_INSURERS = ("Agribank Insurance (ABIC)", "PTI Quảng Trị", "Bảo Việt Quảng Trị")
_UA_RANKS = ("солдат", "старший солдат", "молодший сержант", "сержант", "лейтенант", "рядовий")
_UA_VOS = ("100182А", "106646А", "837037А", "145000А", "999000А")
_UA_TCK = (
    "Шевченківський РТЦК та СП м. Києва",
    "Франківський РТЦК та СП м. Львова",
    "Новокодацький РТЦК та СП м. Дніпра",
    "Вінницький ОМТЦК та СП",
)
_UA_JOBS = ("слюсар-ремонтник", "водій автотранспортних засобів", "інженер-технолог", "комірник")
_UA_HOMES = (
    "м. Київ, вул. Велика Васильківська, буд. 72, кв. 19",
    "м. Львів, вул. Городоцька, буд. 155, кв. 7",
    "м. Дніпро, просп. Дмитра Яворницького, буд. 48",
    "Вінницька обл., Вінницький р-н, с. Агрономічне, вул. Мічуріна, буд. 6",
    "м. Біла Церква, бульв. Олександрійський, буд. 101, кв. 33",
)
_PL_FUNCTIONS = ("druh", "druh", "druhna", "naczelnik", "kierowca-konserwator", "dowódca sekcji")
_PL_HOMES = (
    ("Zarzecze 14", "37-205", "Zarzecze"),
    ("ul. Kościelna 3", "37-200", "Przeworsk"),
    ("Gorliczyna 212", "37-200", "Gorliczyna"),
    ("ul. Lwowska 41 m. 2", "37-200", "Przeworsk"),
    ("Mirocin 96", "37-200", "Mirocin"),
)
_LT_FARMS = (
    ("Pakruojo r. sav., Linkuvos sen., Pamūšio k.", "Pakruojo r. sav."),
    ("Kėdainių r. sav., Krakių sen., Ažytėnų k.", "Kėdainių r. sav."),
    ("Šakių r. sav., Kidulių sen., Voniškių k.", "Šakių r. sav."),
    ("Biržų r. sav., Pabiržės sen., Naujasodžio k.", "Biržų r. sav."),
)
_LT_HOMES = (
    "Vytauto g. 12-4, Pakruojis",
    "Basanavičiaus g. 37, Kėdainiai",
    "Ažytėnų k. 5, Kėdainių r.",
    "Nepriklausomybės g. 8-21, Šakiai",
    "Rotušės g. 3, Biržai",
)
_LT_CROPS = ("javai", "rapsai", "pienininkystė", "mišrus", "daržovės", "mėsiniai galvijai")
_CZ_HOMES = (
    ("Husova 312", "Písek", "397 01"),
    ("Nábřeží 1. máje 2093", "Písek", "397 01"),
    ("Čížová 54", "Čížová", "398 31"),
    ("Tyršova 7", "Protivín", "398 11"),
    ("Budějovická 1001", "Milevsko", "399 01"),
)
_CZ_LICENCE_TERM = (("1 rok", 1), ("3 roky", 3), ("10 let", 10), ("1 rok", 1))
_CZ_FEES = {1: "100", 3: "200", 10: "500"}
_CZ_OFFICERS = ("Bc. Jitka Marešová", "Ing. Pavel Kubát", "Alena Šustrová")
_HU_HOMES = (
    ("8230 Balatonfüred, Arácsi út 21.", "Balatonfüred"),
    ("8360 Keszthely, Kossuth Lajos u. 44. 1/3.", "Keszthely"),
    ("8600 Siófok, Fő u. 176.", "Siófok"),
    ("8237 Tihany, Kossuth u. 9.", "Tihany"),
    ("8253 Révfülöp, Füredi u. 3.", "Révfülöp"),
)
_HU_LODGINGS = ("Napfény Vendégház", "Levendula Apartman", "Mólóparti Szoba", "Nádas Vendégház")
_HU_KINDS = ("magánszálláshely", "magánszálláshely", "egyéb szálláshely", "falusi szálláshely")
_HU_MOTHERS = ("Kiss Erzsébet", "Varga Margit", "Tóth Ilona", "Balogh Katalin", "Fekete Irén")


def _home(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 17 % len(places)]


def _days_after(p: Person, start: date, span: int) -> date:
    return date.fromordinal(start.toordinal() + int(p.bhxh[-4:]) % span)


def _ua_phone(p: Person) -> str:
    op = _pick(p, ("067", "097", "050", "066", "093", "063"), 3)
    return f"+38 ({op}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"


def _pl_phone(p: Person) -> str:
    return f"{_pick(p, ('5', '6', '7', '8'), 4)}{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}"


def _lt_phone(p: Person) -> str:
    return f"+370 6{p.phone[3:5]} {p.phone[5:10]}"


def _cz_phone(p: Person) -> str:
    return f"{_pick(p, ('602', '737', '777', '605'), 5)} {p.phone[4:7]} {p.phone[7:10]}"


def _hu_phone(p: Person) -> str:
    return f"06-{_pick(p, ('30', '20', '70'), 6)}/{p.phone[3:6]}-{p.phone[6:10]}"


def _cz_valid_to(p: Person) -> str:
    start = _days_after(p, date(2024, 1, 2), 600)
    years = _pick(p, tuple(str(y) for _, y in _CZ_LICENCE_TERM), 7)
    end = _safe_day(start.year + int(years), start.month, start.day)
    return f"{end:%d.%m.%Y}"


WRITERS_BLIND165: dict[str, Callable[[Person, Col], object]] = {
    "ttnd_role165": lambda p, c: _pick(p, _VN_TTND_ROLES, 1),
    "tdp165": lambda p, c: _pick(p, _VN_TDP, 2),
    "ttnd_from165": lambda p, c: _pick(p, _VN_TTND_FROM, 3),
    "ttnd_term165": lambda p, c: _pick(p, ("2024 - 2026", "2024 - 2026", "Bầu bổ sung"), 4),
    "ttnd_decision165": lambda p, c: f"{_num(p, 90)}/QĐ-MTTQ-BTT",
    "saint165": lambda p, c: _by_sex(p, _VN_SAINTS_M, _VN_SAINTS_F, 1),
    "giao_ho165": lambda p, c: _pick(p, _VN_GIAO_HO, 2),
    "bus165": lambda p, c: _pick(p, _VN_BUS, 3),
    "paid165": lambda p, c: _pick(p, _VN_PAID, 4),
    "companion165": lambda p, c: _other_vn(p, 5, family=p.family),
    "companion_phone165": lambda p, c: _other_phone(p, "08"),
    "team165": lambda p, c: f"Đội VN {_pick(p, _VN_COMMUNES, 1)}",
    "act165": lambda p, c: _pick(p, _VN_ACTS, 2),
    "part165": lambda p, c: _pick(p, _VN_PART, 3),
    "prize165": lambda p, c: _pick(p, _VN_PRIZES, 4),
    "team_lead165": lambda p, c: _other_vn(p, 6),
    "commune165": lambda p, c: _pick(p, _VN_COMMUNES, 1),
    "thon165": lambda p, c: _pick(p, _VN_THON, 1),
    "animal165": lambda p, c: _pick(p, _VN_ANIMALS, 2),
    "ear_tag165": lambda p, c: f"QT-{p.bhxh[-6:]}",
    "animal_age165": lambda p, c: f"{_num(p, 8) + 1} năm",
    "insured_value165": lambda p, c: f"{(_num(p, 20) + 10) * 1_000_000:,}".replace(",", "."),
    "premium165": lambda p, c: f"{(_num(p, 20) + 10) * 40_000:,}".replace(",", "."),
    "subsidy165": lambda p, c: _pick(p, ("100%", "90%", "50%", "20%"), 3),
    "insurer165": lambda p, c: _pick(p, _VN_INSURERS, 4),
    "policy165": lambda p, c: f"VN{p.bhxh[-8:]}/BHVN",
    "vet165": lambda p, c: _other_vn(p, 7),
    "ua_name165": lambda p, c: _ua_name(p),
    "rnokpp_ua165": lambda p, c: _rnokpp(p),
    "ua_rank165": lambda p, c: _pick(p, _UA_RANKS, 1),
    "ua_vos165": lambda p, c: _pick(p, _UA_VOS, 2),
    "ua_cat165": lambda p, c: _pick(p, ("1 розряд", "2 розряд", "призовник"), 3),
    "ua_tck165": lambda p, c: _pick(p, _UA_TCK, 4),
    "ua_job165": lambda p, c: _pick(p, _UA_JOBS, 5),
    "ua_home165": lambda p, c: _pick(p, _UA_HOMES, 6),
    "phone_ua165": lambda p, c: _ua_phone(p),
    "ua_reserve165": lambda p, c: _pick(p, ("", "заброньований до 05.08.2026", "", "ні"), 7),
    "ua_doc165": lambda p, c: f"{_pick(p, ('АА', 'БВ', 'ЛК'), 8)} № {p.bhxh[-6:]}",
    "ua_kin165": lambda p, c: f"{_pick(p, _UA_FAMILY, 9)} {_pick(p, _UA_GIVEN_M, 10)}",
    "pl_family165": lambda p, c: _pl_family(p),
    "pl_given165": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pesel_pl165": lambda p, c: _pesel(p),
    "pl_father165": lambda p, c: _pick(p, _PL_GIVEN_M, 5),
    "pl_home165": lambda p, c: (
        f"{_home(p, _PL_HOMES)[0]}, {_home(p, _PL_HOMES)[1]} {_home(p, _PL_HOMES)[2]}"
    ),
    "phone_pl165": lambda p, c: _pl_phone(p),
    "pl_function165": lambda p, c: "druhna" if not p.male else _pick(p, _PL_FUNCTIONS, 2),
    "pl_medical165": lambda p, c: f"{_days_after(p, date(2025, 3, 1), 700):%d.%m.%Y}",
    "pl_jot165": lambda p, c: _pick(p, ("JOT S-1 (KSRG)", "JOT S-2", "JOT S-1 (KSRG)"), 3),
    "pl_mdp165": lambda p, c: _pick(p, ("tak", "nie", "nie"), 4),
    "lt_given165": lambda p, c: _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 1),
    "lt_family165": lambda p, c: _lt_family(p),
    "asmens_lt165": lambda p, c: _asmens_kodas(p),
    "lt_farm_no165": lambda p, c: f"Ū-{p.bhxh[-6:]}",
    "lt_farm_place165": lambda p, c: _home(p, _LT_FARMS)[0],
    "lt_municipality165": lambda p, c: _home(p, _LT_FARMS)[1],
    "lt_home165": lambda p, c: _pick(p, _LT_HOMES, 2),
    "phone_lt165": lambda p, c: _lt_phone(p),
    "lt_area165": lambda p, c: f"{_num(p, 300)},{p.bhxh[-2:]}",
    "lt_crop165": lambda p, c: _pick(p, _LT_CROPS, 3),
    "lt_partner165": lambda p, c: _pick(p, _LT_GIVEN_F if p.male else _LT_GIVEN_M, 4),
    "cz_family165": lambda p, c: _cz_family(p),
    "cz_given165": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "rc_cz165": lambda p, c: _rodne_cislo(p),
    "cz_licence165": lambda p, c: f"PI-{p.bhxh[-5:]}/{_pick(p, ('24', '25'), 2)}",
    "cz_home165": lambda p, c: f"{_home(p, _CZ_HOMES)[0]}, {_home(p, _CZ_HOMES)[1]}",
    "cz_psc165": lambda p, c: _home(p, _CZ_HOMES)[2],
    "phone_cz165": lambda p, c: _cz_phone(p),
    "cz_term165": lambda p, c: _pick(p, tuple(t for t, _ in _CZ_LICENCE_TERM), 7),
    "cz_valid_to165": lambda p, c: _cz_valid_to(p),
    "cz_fee165": lambda p, c: _CZ_FEES[
        int(_pick(p, tuple(str(y) for _, y in _CZ_LICENCE_TERM), 7))
    ],
    "cz_qual165": lambda p, c: _pick(
        p, ("ČRS MO Písek 2019", "předchozí RL", "ČRS MO Protivín"), 3
    ),
    "cz_officer165": lambda p, c: _pick(p, _CZ_OFFICERS, 4),
    "hu_name165": lambda p, c: _hu_name(p),
    "ado_hu165": lambda p, c: _adoazonosito(p),
    "hu_mother165": lambda p, c: _pick(p, _HU_MOTHERS, 2),
    "hu_birthplace165": lambda p, c: _pick(p, ("Veszprém", "Tapolca", "Pápa", "Budapest"), 3),
    "hu_home165": lambda p, c: _home(p, _HU_HOMES)[0],
    "hu_lodging165": lambda p, c: _pick(p, _HU_LODGINGS, 4),
    "hu_lodging_addr165": lambda p, c: f"{_home(p, _HU_HOMES)[1]}, Hrsz. {_num(p, 900)}/2",
    "hu_kind165": lambda p, c: _pick(p, _HU_KINDS, 5),
    "hu_ntak165": lambda p, c: f"MA{p.bhxh[-8:]}",
    "hu_beds165": lambda p, c: str(_num(p, 8) + 1),
    "phone_hu165": lambda p, c: _hu_phone(p),
    "hu_contact165": lambda p, c: f"{_hu_family(p, 6)} {_pick(p, _HU_GIVEN_M, 7)}",
}
