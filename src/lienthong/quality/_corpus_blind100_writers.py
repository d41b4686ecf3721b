"""How the people of the hundredth part of the outside corpus (**blind 100**,
:mod:`lienthong.quality._corpus_blind100`) are written: four Vietnamese files' own columns (a
ward's guardian, a Party awareness class's sponsor and score, a Farmers' Union member's branch
and loans, a VSTEP candidate's level and room) and Polish, Czech, Slovak, Slovenian and Croatian
names, places, phones and identity numbers in the forms their registers write them (PESEL,
rodné číslo, EMŠO and OIB with their check digits, reused from earlier parts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _oib
from lienthong.quality._corpus_blind12_writers import _emso
from lienthong.quality._corpus_blind14_writers import _rodne_cislo as _rc_sk
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_vn
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind46_writers import _rodne_cislo as _rc_cz
from lienthong.quality._corpus_blind85_writers import _items, _rows

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_BG_HAMLETS = ("Thôn Phúc Lâm", "Thôn Đông Long", "Thôn Tân Sơn", "Khu phố Mới")
_VN_BG_COMMUNES = ("xã Hoàng Ninh", "xã Tăng Tiến", "xã Quang Châu", "thị trấn Nếnh")
_VN_GUARD_M = ("Anh ruột", "Ông nội", "Con trai", "Cậu ruột", "Bác ruột")
_VN_GUARD_F = ("Chị ruột", "Bà nội", "Con gái", "Dì ruột", "Cô ruột")
_VN_GUARD_KIND = ("Giám hộ đương nhiên", "Giám hộ đương nhiên", "Giám hộ cử")
_VN_OFFICERS = ("Nguyễn Thị Hương", "Trần Văn Quyết", "Lê Thị Thu Trang")

_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Nùng", "Kinh", "Dao")
_VN_RELIGION = ("Không", "Không", "Không", "Phật giáo", "Công giáo", "Không")
_VN_GDPT = ("12/12", "12/12", "12/12", "9/12", "12/12")
_VN_CMNV = (
    "Cử nhân Kế toán",
    "Trung cấp Y",
    "Kỹ sư Xây dựng",
    "Không",
    "CĐ Sư phạm",
    "Cử nhân Luật",
)
_VN_HOMETOWNS = _items(
    "xã Vĩnh Tuy, huyện Bắc Quang, Hà Giang; xã Tân Thành, huyện Hàm Yên, Tuyên Quang; "
    "phường Minh Khai, TP Hà Giang; xã Phương Độ, TP Hà Giang; xã Đạo Đức, huyện Vị Xuyên"
)
_VN_HG_GROUPS = ("Tổ 3", "Tổ 7", "Tổ 12", "Tổ 15")
_VN_HG_WARDS = ("phường Nguyễn Trãi", "phường Trần Phú", "phường Quang Trung", "phường Minh Khai")
_VN_CHIBO = _items(
    "Chi bộ Tổ 7; Chi bộ Trường THPT Chuyên; Chi bộ Quân sự phường; Chi bộ Công an phường; "
    "Chi bộ Tổ 12; Chi bộ Trạm Y tế"
)
_VN_GRADES = ("Giỏi", "Khá", "Khá", "Xuất sắc", "Trung bình")

_VN_HD_HAMLETS = ("Thôn Nam Hòa", "Thôn Phú Lợi", "Thôn An Mỹ", "Thôn Thạnh Đức", "Thôn Lương Điền")
_VN_HD_COMMUNES = ("xã Hòa Phong", "xã Hòa Phú", "xã Hòa Khánh", "xã Hòa Nhơn")
_VN_NGHE = _items(
    "Trồng lúa; Chăn nuôi heo; Trồng rau an toàn; Nuôi bò sinh sản; Dịch vụ cày bừa; "
    "Trồng hoa, cây cảnh; Nuôi gà thả vườn"
)
_VN_SXKD = ("", "", "Cấp xã", "", "Cấp huyện", "", "Cấp tỉnh", "")
_VN_HOIPHI = ("Đã đóng", "Đã đóng", "Đã đóng", "Chưa đóng")

_VN_UNITS = _items(
    "Trường ĐH Sư phạm - ĐH Huế; UBND phường Phú Nhuận; Trường THPT Hai Bà Trưng; "
    "Tự do; Sở Y tế Thừa Thiên Huế; Trường ĐH Kinh tế Huế; Bệnh viện TW Huế"
)
_VN_BIRTHPLACES = ("Thừa Thiên Huế", "Quảng Trị", "Quảng Bình", "Đà Nẵng", "Nghệ An", "Quảng Nam")
_VN_LEVELS = ("Bậc 3-5", "Bậc 3-5", "Bậc 2 (A2)", "Bậc 3-5")
_VN_SHIFTS = ("Ca 1 (7h30)", "Ca 2 (13h30)")

# -- Poland (Łódź) ------------------------------------------------------------------------------
_PL_GIVEN_M = ("Krzysztof", "Marek", "Tomasz", "Zbigniew", "Łukasz", "Grzegorz", "Józef")
_PL_GIVEN_F = ("Małgorzata", "Agnieszka", "Halina", "Barbara", "Żaneta", "Krystyna", "Joanna")
#: (men's, women's) family names
_PL_FAMILY = (
    ("Nowak", "Nowak"),
    ("Wiśniewski", "Wiśniewska"),
    ("Kowalczyk", "Kowalczyk"),
    ("Grabowski", "Grabowska"),
    ("Wójcik", "Wójcik"),
    ("Szczepański", "Szczepańska"),
    ("Dąbrowski", "Dąbrowska"),
)
_PL_STREETS = ("Piotrkowska", "Zgierska", "Limanowskiego", "Rzgowska", "Pomorska", "Retkińska")
_PL_POSTCODES = ("90-001", "91-047", "91-425", "93-155", "90-256", "94-104")
_PL_HEAT = _items(
    "piec na paliwo stałe (węgiel); kocioł gazowy; ogrzewanie miejskie; "
    "piec kaflowy; pompa ciepła; kocioł na pellet"
)
_PL_WORKERS = ("Anna Pietrzak", "Ewa Sikora", "Marta Lis", "Paweł Michalak")
_PL_STATUS = ("wypłacono", "wypłacono", "wypłacono", "odmowa - przekroczony dochód", "w trakcie")

# -- Czechia (Ostrava) --------------------------------------------------------------------------
_CZ_GIVEN_M = ("Petr", "Jiří", "Lukáš", "Radek", "Zdeněk", "Tomáš", "Miroslav")
_CZ_GIVEN_F = ("Jana", "Lenka", "Petra", "Hana", "Kateřina", "Zdeňka", "Markéta")
_CZ_FAMILY = (
    ("Novák", "Nováková"),
    ("Dvořák", "Dvořáková"),
    ("Kučera", "Kučerová"),
    ("Horák", "Horáková"),
    ("Černý", "Černá"),
    ("Pospíšil", "Pospíšilová"),
)
#: (street, town, PSČ) around Ostrava
_CZ_PLACES = _rows(
    "Nádražní | Ostrava | 702 00; Hlavní třída | Havířov | 736 01; "
    "Dr. Martínka | Ostrava-Hrabůvka | 700 30; Horní | Ostrava-Hrabůvka | 700 30; "
    "Československé armády | Karviná | 733 01; Opavská | Ostrava-Poruba | 708 00"
)
_CZ_TITLES = ("", "", "", "Bc.", "", "Ing.", "", "Mgr.")
_CZ_KKOV = _items(
    "H - střední s výučním listem; M - střední s maturitou; C - základní; "
    "R - vysokoškolské bakalářské; K - úplné střední všeobecné; T - vysokoškolské"
)
_CZ_ISCO = _items(
    "72121 Svářeč; 93299 Pomocný pracovník ve výrobě; 41101 Administrativní pracovník; "
    "52230 Prodavač; 83221 Řidič osobního automobilu; 51201 Kuchař"
)
_CZ_EMPLOYERS = _items(
    "Liberty Ostrava a.s.; OKD, a.s.; Kaufland Česká republika v.o.s.; "
    "Vítkovice, a.s.; Dopravní podnik Ostrava a.s.; —"
)
_CZ_OFFICERS = ("Bc. Šárka Vaňková", "Mgr. Ondřej Kolář", "Ivana Boháčová")

# -- Slovakia (Bratislava) ----------------------------------------------------------------------
_SK_GIVEN_M = ("Ján", "Peter", "Michal", "Ľubomír", "Martin", "Dušan", "Juraj")
_SK_GIVEN_F = ("Mária", "Zuzana", "Ľudmila", "Katarína", "Jana", "Eva", "Monika")
_SK_FAMILY = (
    ("Horváth", "Horváthová"),
    ("Kováč", "Kováčová"),
    ("Baláž", "Balážová"),
    ("Tóth", "Tóthová"),
    ("Šimko", "Šimková"),
    ("Lukáč", "Lukáčová"),
)
#: (street, city district, PSČ, zone)
_SK_PLACES = _rows(
    "Obchodná | Staré Mesto | 811 06 | SM1; Miletičova | Ružinov | 821 08 | RU2; "
    "Romanova | Petržalka | 851 02 | PE3; Kutlíkova | Petržalka | 851 01 | PE1; "
    "Karadžičova | Ružinov | 821 08 | RU1; Račianska | Nové Mesto | 831 02 | NM4"
)
_SK_STATUS = ("schválená", "schválená", "schválená", "čaká na úhradu", "zamietnutá - nedoplatok")

# -- Slovenia -----------------------------------------------------------------------------------
_SI_GIVEN_M = ("Matej", "Janez", "Luka", "Aleš", "Boštjan", "Primož", "Žiga")
_SI_GIVEN_F = ("Maja", "Nina", "Špela", "Mojca", "Tjaša", "Urška", "Nataša")
_SI_FAMILY = ("Novak", "Horvat", "Krajnc", "Kovačič", "Zupančič", "Potočnik", "Mlakar")
#: (street, postcode, post office)
_SI_PLACES = _rows(
    "Titova cesta | 2000 | Maribor; Ptujska cesta | 2000 | Maribor; "
    "Gosposvetska cesta | 2000 | Maribor; Mariborska cesta | 2310 | Slovenska Bistrica; "
    "Prešernova ulica | 2250 | Ptuj; Cesta XIV. divizije | 2000 | Maribor"
)

# -- Croatia (Split) ----------------------------------------------------------------------------
_HR_GIVEN_M = ("Ivan", "Ante", "Josip", "Marko", "Tomislav", "Duje", "Stipe")
_HR_GIVEN_F = ("Ana", "Marija", "Ivana", "Petra", "Kristina", "Anđela", "Mirjana")
_HR_FAMILY = ("Jurić", "Perić", "Bilić", "Čulić", "Barišić", "Grgić", "Matić", "Kovačević")
#: (street, postcode, place)
_HR_PLACES = _rows(
    "Poljička cesta | 21000 | Split; Ulica Ruđera Boškovića | 21000 | Split; "
    "Vukovarska ulica | 21000 | Split; Put Mira | 21210 | Solin; "
    "Kninska ulica | 21220 | Trogir; Ulica kralja Zvonimira | 21312 | Podstrana"
)
_HR_DOCTORS = ("dr. Vesna Radić, dr. med.", "dr. Zoran Šimić, spec. obit. med.")
_HR_MKB = ("", "I10", "E11", "", "J45", "I10, E78", "", "M54")


# -- helpers ------------------------------------------------------------------------------------


def _guardian_male(p: Person) -> bool:
    return int(p.bhxh) // 7 % 3 != 0


def _guardian_year(p: Person) -> int:
    return max(1940, min(p.birth.year - 10 + int(p.bhxh) % 30, 2000))


def _bg_address(p: Person) -> str:
    return (
        f"{_pick(p, _VN_BG_HAMLETS, 2)}, {_pick(p, _VN_BG_COMMUNES, 3)},"
        " huyện Việt Yên, tỉnh Bắc Giang"
    )


def _hg_address(p: Person) -> str:
    return f"{_pick(p, _VN_HG_GROUPS, 2)}, {_pick(p, _VN_HG_WARDS, 3)}, TP. Hà Giang, Hà Giang"


def _hd_address(p: Person) -> str:
    return f"{_pick(p, _VN_HD_HAMLETS, 2)} - {_pick(p, _VN_HD_COMMUNES, 3)}, Hòa Vang, Đà Nẵng"


def _pl_family(p: Person) -> str:
    return _PL_FAMILY[int(p.bhxh) // 23 % len(_PL_FAMILY)][0 if p.male else 1]


def _pl_phone(p: Person) -> str:
    digits = f"{_pick(p, ('5', '6', '7', '8'), 2)}{p.phone[2:10]}"
    if int(p.bhxh) % 3 == 0:
        return f"+48 {digits[:3]} {digits[3:6]} {digits[6:9]}"
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:9]}"


def _pl_address(p: Person) -> str:
    flat = f" m. {_num(p, 48)}" if int(p.bhxh) % 3 else ""
    return f"ul. {_pick(p, _PL_STREETS, 3)} {_num(p, 180)}{flat}, {_pick(p, _PL_POSTCODES, 4)} Łódź"


def _nrb(p: Person) -> str:
    d = f"{p.bhxh}{p.phone[1:]}{p.bhxh[::-1]}{p.phone[::-1]}"[:26]
    return " ".join([d[:2]] + [d[i : i + 4] for i in range(2, 26, 4)])


def _cz_place(p: Person) -> tuple[str, ...]:
    return _CZ_PLACES[int(p.bhxh) // 9 % len(_CZ_PLACES)]


def _cz_family(p: Person) -> str:
    return _CZ_FAMILY[int(p.bhxh) // 23 % len(_CZ_FAMILY)][0 if p.male else 1]


def _ascii_lower(text: str) -> str:
    table = str.maketrans("áčďéěíňóřšťúůýžľĺôäŕ", "acdeeinorstuuyzlloar")
    return text.lower().translate(table)


def _cz_phone(p: Person) -> str:
    digits = f"{_pick(p, ('6', '7'), 2)}{p.phone[2:10]}"
    if int(p.bhxh) % 4 == 0:
        return f"+420 {digits[:3]} {digits[3:6]} {digits[6:9]}"
    return f"{digits[:3]} {digits[3:6]} {digits[6:9]}"


def _sk_place(p: Person) -> tuple[str, ...]:
    return _SK_PLACES[int(p.bhxh) // 9 % len(_SK_PLACES)]


def _sk_family(p: Person) -> str:
    return _SK_FAMILY[int(p.bhxh) // 23 % len(_SK_FAMILY)][0 if p.male else 1]


def _sk_phone(p: Person) -> str:
    digits = f"9{_pick(p, ('0', '1', '4', '5'), 2)}{p.phone[3:10]}"
    if int(p.bhxh) % 3 == 0:
        return f"+421 {digits[:3]} {digits[3:6]} {digits[6:9]}"
    return f"0{digits[:3]} {digits[3:6]} {digits[6:9]}"


def _plate_sk(p: Person) -> str:
    letters = "ABCDEFHIJKLMNOPRSTUVXYZ"
    n = int(p.bhxh)
    return f"BL{n % 900 + 100}{letters[n // 7 % 23]}{letters[n // 13 % 23]}"


def _si_place(p: Person) -> tuple[str, ...]:
    return _SI_PLACES[int(p.bhxh) // 9 % len(_SI_PLACES)]


def _si_tax(p: Person) -> str:
    """A Slovenian davčna številka: seven digits and a mod 11 check (a 10 is skipped)."""
    for k in range(20):
        body = f"{(int(p.bhxh[2:9]) + k) % 9_000_000 + 1_000_000}"
        s = sum(int(d) * w for d, w in zip(body, (8, 7, 6, 5, 4, 3, 2), strict=True))
        check = 11 - s % 11
        if check < 10:
            return f"{body}{check % 10 if check != 11 else 0}"
    return f"{body}0"


def _si_phone(p: Person) -> str:
    lead = _pick(p, ("031", "041", "040", "051", "070"), 2)
    if int(p.bhxh) % 4 == 0:
        return f"+386 {lead[1:]} {p.phone[4:7]} {p.phone[7:10]}"
    return f"{lead} {p.phone[4:7]} {p.phone[7:10]}"


def _hr_place(p: Person) -> tuple[str, ...]:
    return _HR_PLACES[int(p.bhxh) // 9 % len(_HR_PLACES)]


def _hr_phone(p: Person) -> str:
    lead = _pick(p, ("91", "92", "95", "98", "99"), 2)
    if int(p.bhxh) % 3 == 0:
        return f"+385 {lead} {p.phone[3:6]} {p.phone[6:10]}"
    return f"0{lead}/{p.phone[3:6]}-{p.phone[6:10]}"


def _vstep_result(p: Person) -> str:
    """The level a VSTEP score reaches (the score and the level follow the same draw)."""
    mark = int(p.bhxh) % 11
    if mark >= 9:
        return "Bậc 5"
    if mark >= 5:
        return "Bậc 4"
    return "Bậc 3" if mark >= 2 else "Không đạt"


WRITERS_BLIND100: dict[str, Callable[[Person, Col], object]] = {
    # guardianship register
    "reg_no100": lambda p, c: f"{_num(p, 40):02d}/2025",
    "ward_addr100": lambda p, c: _bg_address(p),
    "guardian100": lambda p, c: _other_vn(p, 5, _guardian_male(p), p.family),
    "guardian_year100": lambda p, c: str(_guardian_year(p)),
    "guardian_id100": lambda p, c: _cccd_of(p, _guardian_male(p), _guardian_year(p)),
    "guardian_addr100": lambda p, c: (
        _bg_address(p) if int(p.bhxh) % 3 else "Tổ dân phố 4, thị trấn Bích Động, Việt Yên"
    ),
    "guardian_rel100": lambda p, c: _pick(p, _VN_GUARD_M if _guardian_male(p) else _VN_GUARD_F, 6),
    "gh_kind100": lambda p, c: _pick(p, _VN_GUARD_KIND, 7),
    "officer100": lambda p, c: _pick(p, _VN_OFFICERS, 8),
    # Party awareness class
    "ethnic100": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "religion100": lambda p, c: _pick(p, _VN_RELIGION, 3),
    "gdpt100": lambda p, c: _pick(p, _VN_GDPT, 4),
    "cmnv100": lambda p, c: _pick(p, _VN_CMNV, 5),
    "hometown100": lambda p, c: _pick(p, _VN_HOMETOWNS, 6),
    "hg_addr100": lambda p, c: _hg_address(p),
    "chibo100": lambda p, c: _pick(p, _VN_CHIBO, 7),
    "helper100": lambda p, c: _other_vn(p, 8, int(p.bhxh) % 2 == 0, None),
    "essay100": lambda p, c: f"{6 + int(p.bhxh) % 8 / 2:.1f}".replace(".", ","),
    "grade100": lambda p, c: _pick(p, _VN_GRADES, 9),
    # Farmers' Union members
    "chihoi100": lambda p, c: f"Chi hội {_pick(p, _VN_HD_HAMLETS, 2).removeprefix('Thôn ')}",
    "hd_addr100": lambda p, c: _hd_address(p),
    "card_hnd100": lambda p, c: f"ĐN.{p.bhxh[-6:]}",
    "nghe100": lambda p, c: _pick(p, _VN_NGHE, 4),
    "sxkd100": lambda p, c: _pick(p, _VN_SXKD, 5),
    "loan100": lambda p, c: _pick(p, ("", "50", "", "100", "30", "", "70"), 6),
    "hoiphi100": lambda p, c: _pick(p, _VN_HOIPHI, 7),
    # VSTEP candidates
    "sbd100": lambda p, c: f"VS25{p.bhxh[-4:]}",
    "birthplace100": lambda p, c: _pick(p, _VN_BIRTHPLACES, 3),
    "unit100": lambda p, c: _pick(p, _VN_UNITS, 4),
    "level100": lambda p, c: _pick(p, _VN_LEVELS, 5),
    "shift100": lambda p, c: _pick(p, _VN_SHIFTS, 6),
    "room100": lambda p, c: f"P.{_num(p, 12) + 200}",
    "fee100": lambda p, c: "1.800.000",
    "score100": lambda p, c: f"{4 + int(p.bhxh) % 11 / 2:.1f}",
    "result100": lambda p, c: _vstep_result(p),
    # Poland
    "wniosek_pl100": lambda p, c: f"DO/{p.bhxh[-5:]}/2023",
    "pl_name100": lambda p, c: f"{_pl_family(p)} {_by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1)}",
    "pesel_pl100": lambda p, c: _pesel(p),
    "sex_pl100": lambda p, c: "M" if p.male else "K",
    "addr_pl100": lambda p, c: _pl_address(p),
    "phone_pl100": lambda p, c: _pl_phone(p),
    "hh_pl100": lambda p, c: _num(p, 6),
    "income_pl100": lambda p, c: f"{900 + int(p.bhxh) % 1700},{p.bhxh[-2:]}",
    "heat_pl100": lambda p, c: _pick(p, _PL_HEAT, 5),
    "amount_pl100": lambda p, c: _pick(p, ("400,00", "1 000,00", "500,00", "1 437,50"), 6),
    "nrb_pl100": lambda p, c: _nrb(p),
    "worker_pl100": lambda p, c: _pick(p, _PL_WORKERS, 7),
    "status_pl100": lambda p, c: _pick(p, _PL_STATUS, 8),
    # Czechia
    "cz_family100": lambda p, c: _cz_family(p),
    "cz_given100": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "title_cz100": lambda p, c: _pick(p, _CZ_TITLES, 2),
    "rc_cz100": lambda p, c: _rc_cz(p),
    "sex_cz100": lambda p, c: "muž" if p.male else "žena",
    "street_cz100": lambda p, c: f"{_cz_place(p)[0]} {_num(p, 1400)}/{_num(p, 60)}",
    "town_cz100": lambda p, c: _cz_place(p)[1],
    "psc_cz100": lambda p, c: _cz_place(p)[2],
    "phone_cz100": lambda p, c: _cz_phone(p),
    "email_cz100": lambda p, c: (
        f"{_ascii_lower(_by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1))}."
        f"{_ascii_lower(_cz_family(p))}@{_pick(p, ('seznam.cz', 'email.cz', 'gmail.com'), 3)}"
    ),
    "kkov_cz100": lambda p, c: _pick(p, _CZ_KKOV, 4),
    "isco_cz100": lambda p, c: _pick(p, _CZ_ISCO, 5),
    "employer_cz100": lambda p, c: _pick(p, _CZ_EMPLOYERS, 6),
    "support_cz100": lambda p, c: f"{8_000 + int(p.bhxh) % 14_000:,}".replace(",", " "),
    "officer_cz100": lambda p, c: _pick(p, _CZ_OFFICERS, 7),
    "next_cz100": lambda p, c: f"{p.other_date + timedelta(days=28 + _num(p, 30)):%d.%m.%Y}",
    # Slovakia
    "app_sk100": lambda p, c: f"RPK-{p.other_date.year}-{p.bhxh[-6:]}",
    "sk_family100": lambda p, c: _sk_family(p),
    "sk_given100": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 1),
    "rc_sk100": lambda p, c: _rc_sk(p),
    "street_sk100": lambda p, c: f"{_sk_place(p)[0]} {_num(p, 3000)}/{_num(p, 60)}",
    "mc_sk100": lambda p, c: _sk_place(p)[1],
    "psc_sk100": lambda p, c: _sk_place(p)[2],
    "plate_sk100": lambda p, c: _plate_sk(p),
    "holder_sk100": lambda p, c: _pick(
        p, ("vlastník", "vlastník", "leasing - ČSOB Leasing, a.s.", "zamestnávateľ"), 4
    ),
    "phone_sk100": lambda p, c: _sk_phone(p),
    "email_sk100": lambda p, c: (
        f"{_ascii_lower(_by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 1))}.{_ascii_lower(_sk_family(p))}"
        f"{p.bhxh[-2:]}@{_pick(p, ('gmail.com', 'azet.sk', 'centrum.sk'), 5)}"
    ),
    "zone_sk100": lambda p, c: _sk_place(p)[3],
    "until_sk100": lambda p, c: f"{_shift_date(p.other_date, 1) - timedelta(days=1):%d.%m.%Y}",
    "fee_sk100": lambda p, c: _pick(p, ("39,00 €", "39,00 €", "149,00 €", "0,00 €"), 6),
    "status_sk100": lambda p, c: _pick(p, _SK_STATUS, 7),
    # Slovenia
    "si_name100": lambda p, c: (
        f"{_pick(p, _SI_FAMILY, 2)} {_by_sex(p, _SI_GIVEN_M, _SI_GIVEN_F, 1)}"
    ),
    "emso_si100": lambda p, c: _emso(p),
    "tax_si100": lambda p, c: _si_tax(p),
    "sex_si100": lambda p, c: "M" if p.male else "Ž",
    "street_si100": lambda p, c: f"{_si_place(p)[0]} {_num(p, 90)}",
    "post_si100": lambda p, c: _si_place(p)[1],
    "town_si100": lambda p, c: _si_place(p)[2],
    "phone_si100": lambda p, c: _si_phone(p),
    "odl_si100": lambda p, c: f"1223-{_num(p, 9000)}/2024",
    "razred_si100": lambda p, c: f"{_num(p, 8)}. razred",
    "children_si100": lambda p, c: _num(p, 4),
    "znesek_si100": lambda p, c: f"{40 + int(p.bhxh) % 230},{p.bhxh[-2:]}",
    "period_si100": lambda p, c: f"1. 1. {p.other_date.year} – 31. 12. {p.other_date.year}",
    "iban_si100": lambda p, c: f"SI56 {p.bhxh[:4]} {p.bhxh[4:8]} {p.phone[2:6]} {p.phone[6:9]}",
    # Croatia
    "hr_family100": lambda p, c: _pick(p, _HR_FAMILY, 2),
    "hr_given100": lambda p, c: _by_sex(p, _HR_GIVEN_M, _HR_GIVEN_F, 1),
    "oib_hr100": lambda p, c: _oib(p),
    "mbo_hr100": lambda p, c: p.bhxh[1:10],
    "sex_hr100": lambda p, c: "M" if p.male else "Ž",
    "street_hr100": lambda p, c: f"{_hr_place(p)[0]} {_num(p, 120)}",
    "post_hr100": lambda p, c: _hr_place(p)[1],
    "town_hr100": lambda p, c: _hr_place(p)[2],
    "phone_hr100": lambda p, c: _hr_phone(p),
    "dopunsko_hr100": lambda p, c: _pick(p, ("Da - HZZO", "Da - HZZO", "Ne", "Da - Croatia"), 3),
    "doctor_hr100": lambda p, c: _pick(p, _HR_DOCTORS, 4),
    "mkb_hr100": lambda p, c: _pick(p, _HR_MKB, 5),
    "contact_hr100": lambda p, c: (
        f"{_by_sex(p, _HR_GIVEN_F, _HR_GIVEN_M, 6)} {_pick(p, _HR_FAMILY, 2)}"
        f" ({_by_sex(p, ('supruga', 'kći'), ('suprug', 'sin'), 7)}),"
        f" 098/{p.phone[3:6]}-{p.phone[6:10]}"
    ),
}


__all__ = ["WRITERS_BLIND100"]
