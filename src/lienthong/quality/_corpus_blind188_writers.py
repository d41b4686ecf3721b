"""How the people of the hundred-and-eighty-eighth part of the outside corpus (**blind 188**,
:mod:`lienthong.quality._corpus_blind188`) are written: four Vietnamese files' own columns (a
vehicle owner's plate, e-tag and toll-station pass, a vagrant's place of origin and the unit that
handed them over, a cleft patient's diagnosis and surgeon, a border resident's duty-free purchase
and border gate) and Serbian, Bosnian, Montenegrin, Macedonian and Kosovar names, addresses,
phones and identity numbers in the forms their cards show (the JMBG/ЕМБГ with its region digits
and weighted mod 11 digit, the Kosovar personal number of ten digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _mod11
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind126_writers import (
    _BA_NAMES_F,
    _BA_NAMES_M,
    _BA_PARENTS,
    _BA_SURNAMES,
    _RS_NAMES_F,
    _RS_NAMES_M,
    _RS_PARENTS,
    _RS_SURNAMES,
)
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_PLATES = ("12A", "12C", "20A", "20C", "98A", "98C", "99A")
_VN_VEHICLES = ("Xe dưới 12 ghế", "Xe tải dưới 2 tấn", "Xe 12-30 ghế", "Xe tải 2-4 tấn")
_VN_TICKETS = ("Vé tháng ưu tiên", "Miễn phí 100%", "Giảm 50% vé lượt", "Vé tháng ưu tiên")
_VN_STATIONS = ("Trạm T1 QL1A Hòa Lạc", "Trạm BOT Bắc Giang - Lạng Sơn", "Trạm Km 93 QL1")
_VN_CONFIRM = ("Đã xác nhận", "Đã xác nhận", "Chờ xác nhận thường trú", "Đã xác nhận")
_VN_ORIGINS = (
    ("Xã Thạch Hà", "Huyện Thạch Hà", "Hà Tĩnh"),
    ("Xã Nghĩa Hưng", "Huyện Nghĩa Hưng", "Nam Định"),
    ("Xã Vĩnh Thuận", "Huyện Vĩnh Thuận", "Kiên Giang"),
    ("Xã Tam Nông", "Huyện Tam Nông", "Đồng Tháp"),
    ("Không rõ", "", ""),
)
_VN_FOUND = (
    "Khu vực chợ Bến Thành",
    "Trước cổng BV Chợ Rẫy",
    "Gầm cầu Chữ Y",
    "Công viên 23/9",
    "Bến xe Miền Tây",
)
_VN_HANDOVER = ("Công an phường Bến Thành", "Đội TTĐT Quận 1", "UBND phường 12", "CA phường 2")
_VN_HEALTH = ("Bình thường", "Suy dinh dưỡng", "Rối loạn tâm thần", "Khuyết tật vận động")
_VN_OUTCOMES = ("Trả về địa phương", "Thân nhân nhận về", "Nuôi dưỡng tại TT", "Chuyển BV tâm thần")
_VN_DIAG = ("Khe hở môi 1 bên", "Khe hở môi 2 bên", "Khe hở vòm miệng", "Khe hở môi - vòm")
_VN_SURGEONS = ("BS CKII Nguyễn Văn Hải", "ThS.BS Lê Thị Minh", "BS Phạm Quốc Bảo")
_VN_BORDER = (
    ("Thôn Na Hình", "Xã Tân Thanh", "Huyện Văn Lãng", "Tỉnh Lạng Sơn"),
    ("Bản Lướt", "Xã Bản Vược", "Huyện Bát Xát", "Tỉnh Lào Cai"),
    ("Xóm Nà Lạn", "Xã Đàm Thủy", "Huyện Trùng Khánh", "Tỉnh Cao Bằng"),
    ("Thôn Pò Hèn", "Xã Hải Sơn", "TP Móng Cái", "Tỉnh Quảng Ninh"),
)
_VN_GOODS = ("Nấm hương khô", "Quần áo may sẵn", "Đồ gia dụng", "Hoa quả tươi", "Giày dép")
_VN_GATES = ("Cửa khẩu Tân Thanh", "Lối mở Nà Lạn", "Cửa khẩu Bát Xát", "Cặp chợ Bắc Phong Sinh")
_VN_CUSTOMS = ("Hoàng Văn Tính", "Nông Thị Huệ", "Lương Đức Mạnh", "Vi Văn Thắng")

#: (street, postcode, place, JMBG region) in Serbia
_RS_PLACES = (
    ("Булевар краља Александра", "11000", "Београд", "71"),
    ("Змај Јовина", "21000", "Нови Сад", "80"),
    ("Обреновићева", "18000", "Ниш", "73"),
    ("Краља Петра I", "34000", "Крагујевац", "72"),
    ("Карађорђева", "31000", "Ужице", "79"),
)
_RS_PENSIONS = ("Старосна", "Старосна", "Породична", "Инвалидска", "Превремена старосна")
_RS_BANKS = ("Поштанска штедионица", "Banca Intesa", "Комерцијална банка", "AIK банка")
#: (street, municipality, canton, JMBG region) in the Federation
_BA_PLACES = (
    ("Zmaja od Bosne", "Novo Sarajevo", "Kanton Sarajevo", "17"),
    ("Maršala Tita", "Centar Sarajevo", "Kanton Sarajevo", "17"),
    ("Turalibegova", "Tuzla", "Tuzlanski kanton", "18"),
    ("Masarykova", "Zenica", "Zeničko-dobojski kanton", "19"),
    ("Braće Fejića", "Mostar", "Hercegovačko-neretvanski kanton", "15"),
    ("Bosanska", "Bihać", "Unsko-sanski kanton", "11"),
)
_BA_EDU = ("SSS", "KV", "NK", "VSS", "VŠS", "SSS")
_BA_JOBS = ("Ekonomski tehničar", "Kuhar", "Prodavač", "Bravar", "Diplomirani pravnik")
_BA_INSURED = ("Da - preko Službe", "Da - preko Službe", "Ne", "Da - po drugom osnovu")
_BA_ADVISERS = ("Amra Hodžić", "Nermin Kovač", "Selma Begić", "Dženan Omerović")
#: (street, postcode, town, JMBG region) in Montenegro
_ME_PLACES = (
    ("Bulevar Svetog Petra Cetinjskog", "81000", "Podgorica", "21"),
    ("Njegoševa", "81400", "Nikšić", "24"),
    ("Jovana Tomaševića", "85000", "Bar", "22"),
    ("Slobode", "84000", "Bijelo Polje", "27"),
    ("Baošići bb", "85340", "Herceg Novi", "29"),
)
_ME_SURNAMES = ("Vujović", "Radulović", "Đukanović", "Bulatović", "Popović", "Šćepanović")
_ME_NAMES_M = ("Luka", "Vuk", "Marko", "Andrija", "Nikola", "Balša", "Stefan")
_ME_NAMES_F = ("Milica", "Jovana", "Anđela", "Teodora", "Ivana", "Dragana", "Nina")
_ME_FACULTIES = ("Pravni fakultet", "Ekonomski fakultet", "ETF", "Medicinski fakultet", "FPN")
_ME_DORMS = ("Dom Podgorica, soba", "Dom Nikšić, soba", "Dom Kotor, soba")
#: (street, municipality in Cyrillic, municipality in Albanian, EMBG region)
_MK_PLACES = (
    ("ул. Партизански одреди", "Скопје - Карпош", "Shkup - Karposh", "45"),
    ("бул. Гоце Делчев", "Скопје - Центар", "Shkup - Qendër", "45"),
    ("ул. Илинденска", "Тетово", "Tetovë", "47"),
    ("ул. Широк Сокак", "Битола", "Manastir", "41"),
    ("ул. Македонски Просветители", "Охрид", "Ohër", "43"),
    ("ул. Гоце Делчев", "Куманово", "Kumanovë", "42"),
)
_MK_SURNAMES = ("Петровски", "Стојановски", "Николовски", "Трајковски", "Јованов", "Ристов")
_MK_NAMES_M = ("Александар", "Горан", "Дејан", "Владимир", "Бојан")
_MK_NAMES_F = ("Елена", "Марија", "Билјана", "Сања", "Ивана")
_SQ_SURNAMES = ("Ademi", "Rexhepi", "Sulejmani", "Memeti", "Bajrami", "Krasniqi", "Gashi")
_SQ_NAMES_M = ("Arben", "Besnik", "Driton", "Fatos", "Granit", "Valon", "Agron")
_SQ_NAMES_F = ("Arbnore", "Blerta", "Donika", "Fjolla", "Vlora", "Teuta", "Shqipe")
_MK_VACCINES = ("Pfizer-BioNTech", "Sinopharm", "AstraZeneca", "Sputnik V")
_MK_POINTS = ("ЈЗУ ЗД Скопје - Беко", "ЦЈЗ Тетово", "ЈЗУ ЗД Битола", "Ковид пункт Борис Трајковски")
_MK_DOCTORS = ("д-р Ана Ристова", "Dr. Arbër Xhaferi", "д-р Зоран Велков", "Dr. Mimoza Aliu")
#: (street, municipality in Albanian / Serbian, plate prefix)
_XK_PLACES = (
    ("Rr. Agim Ramadani", "Prishtinë / Priština", "01"),
    ("Rr. Bajram Curri", "Mitrovicë / Mitrovica", "02"),
    ("Rr. Mbretëresha Teutë", "Pejë / Peć", "03"),
    ("Rr. Remzi Ademaj", "Prizren / Prizren", "04"),
    ("Rr. Dëshmorët e Kombit", "Ferizaj / Uroševac", "05"),
    ("Ul. Kralja Milutina", "Graçanicë / Gračanica", "01"),
)
_XK_SURNAMES = ("Berisha", "Krasniqi", "Hoxha", "Morina", "Shala", "Kastrati", "Thaçi")
_XK_SR_SURNAMES = ("Stanković", "Mitić", "Arsić", "Milić")
_XK_NAMES_M = ("Arianit", "Blerim", "Ilir", "Kushtrim", "Liridon", "Milan", "Dragan")
_XK_NAMES_F = ("Albulena", "Drenusha", "Lirie", "Vjosa", "Shpresa", "Jelena", "Snežana")
_XK_CARS = ("VW Golf 7", "Audi A4", "Mercedes C 220", "Škoda Octavia", "Opel Astra", "BMW 320d")
_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _place(p: Person, places: tuple[_T, ...], salt: int = 0) -> _T:
    return places[(int(p.bhxh) // 11 + salt) % len(places)]


def _jmbg_of(p: Person, region: str) -> str:
    """A JMBG/ЕМБГ: ddmm, the year's last three digits, the region, 000-499 for men and 500-999
    for women, the mod 11 digit (weights 7..2 twice; a 10 is never issued, an 11 reads 0)."""
    for k in range(60):
        serial = (int(p.bhxh[-3:]) + k) % 500 + (0 if p.male else 500)
        body = f"{p.birth:%d%m}{p.birth.year % 1000:03d}{region}{serial:03d}"
        check = 11 - _mod11(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
        if check != 10:
            break
    return f"{body}{check % 11}"


def _digits(p: Person, n: int, salt: int = 0) -> str:
    return f"{(int(p.bhxh) * (salt * 2 + 3) + salt) % 10**n:0{n}d}"


def _local_phone(p: Person, leads: _T, plus: str) -> str:
    """A mobile as the Western Balkans write it: ``06x 123 456`` or ``+38x 6x 123 456``."""
    lead, d = _pick(p, leads, 5), _digits(p, 6, 7)
    if _num(p, 3) == 1:
        return f"{plus} {lead[1:]} {d[:3]} {d[3:]}"
    return f"{lead} {d[:3]} {d[3:]}"


def _mk_albanian(p: Person) -> bool:
    return int(p.bhxh) % 3 == 0


def _mk_surname(p: Person) -> str:
    """A Macedonian surname in the holder's gender: -ски/-ска, -ов/-ова."""
    name = _pick(p, _MK_SURNAMES, 2)
    if p.male:
        return name
    return name[:-1] + "а" if name.endswith("ски") else name + "а"


def _xk_serb(p: Person) -> bool:
    return _place(p, _XK_PLACES)[1].startswith("Graç")


def _border(p: Person) -> _T:
    return _place(p, _VN_BORDER)


def _vn_origin(p: Person) -> str:
    parts = [x for x in _place(p, _VN_ORIGINS) if x]
    return ", ".join(parts)


def _days(p: Person, n: int) -> date:
    return p.other_date + timedelta(days=n)


WRITERS_BLIND188: dict[str, Callable[[Person, Col], object]] = {
    # a toll station's list of nearby residents let through at a reduced fee
    "plate188": lambda p, c: f"{_pick(p, _VN_PLATES)}-{_digits(p, 3, 1)}.{_digits(p, 2, 2)}",
    "vehicle188": lambda p, c: _pick(p, _VN_VEHICLES, 1),
    "etag188": lambda p, c: f"3416214B{_digits(p, 8, 3)}{_digits(p, 8, 4)}",
    "ticket188": lambda p, c: _pick(p, _VN_TICKETS, 2),
    "station188": lambda p, c: _pick(p, _VN_STATIONS, 3),
    "until188": lambda p, c: f"{_shift_date(p.other_date, 1) - timedelta(days=1):%d/%m/%Y}",
    "confirm188": lambda p, c: _pick(p, _VN_CONFIRM, 4),
    # a social protection centre's intake of vagrants and beggars
    "origin188": lambda p, c: _vn_origin(p),
    "found188": lambda p, c: _pick(p, _VN_FOUND, 1),
    "handover188": lambda p, c: _pick(p, _VN_HANDOVER, 2),
    "health188": lambda p, c: _pick(p, _VN_HEALTH, 3),
    "kin188": lambda p, c: "" if _num(p, 3) == 1 else _other_vn(p, 5),
    "kin_phone188": lambda p, c: "" if _num(p, 3) == 1 else _other_phone(p, "08"),
    "outcome188": lambda p, c: _pick(p, _VN_OUTCOMES, 4),
    # a charity cleft-surgery programme's patients
    "patient188": lambda p, c: f"NC25-{_digits(p, 4, 5)}",
    "companion188": lambda p, c: _other_vn(p, 6),
    "companion_phone188": lambda p, c: _other_phone(p, "03"),
    "diag188": lambda p, c: _pick(p, _VN_DIAG, 1),
    "weight188": lambda p, c: f"{40 + _num(p, 35)},{_num(p, 10) - 1}",
    "surgeon188": lambda p, c: _pick(p, _VN_SURGEONS, 2),
    "travel188": lambda p, c: f"{(3 + _num(p, 8)) * 100_000:,}".replace(",", "."),
    # a border gate's book of residents' duty-free purchases
    "pass188": lambda p, c: f"GTH-{_digits(p, 6, 6)}",
    "border_addr188": lambda p, c: ", ".join(_border(p)),
    "goods188": lambda p, c: _pick(p, _VN_GOODS, 1),
    "value188": lambda p, c: f"{(5 + _num(p, 75)) * 100_000:,}".replace(",", "."),
    "gate188": lambda p, c: _pick(p, _VN_GATES, 2),
    "customs188": lambda p, c: _pick(p, _VN_CUSTOMS, 3),
    # Serbia: PIO fund pensioners
    "jmbg_rs188": lambda p, c: _jmbg_of(p, _place(p, _RS_PLACES)[3]),
    "rs_family188": lambda p, c: _pick(p, _RS_SURNAMES, 1),
    "rs_given188": lambda p, c: _by_sex(p, _RS_NAMES_M, _RS_NAMES_F, 2),
    "rs_father188": lambda p, c: _pick(p, _RS_PARENTS[:5], 3),
    "sex_rs188": lambda p, c: "мушки" if p.male else "женски",
    "street_rs188": lambda p, c: f"{_place(p, _RS_PLACES)[0]} {1 + _num(p, 140)}",
    "pb_rs188": lambda p, c: _place(p, _RS_PLACES)[1],
    "mesto_rs188": lambda p, c: _place(p, _RS_PLACES)[2],
    "phone_rs188": lambda p, c: _local_phone(p, ("063", "064", "065", "066"), "+381"),
    "vrsta_rs188": lambda p, c: _pick(p, _RS_PENSIONS, 4),
    "iznos_rs188": lambda p, c: f"{28_000 + _num(p, 900) * 97:,}".replace(",", ".") + ",00",
    "banka_rs188": lambda p, c: _pick(p, _RS_BANKS, 5),
    "resenje_rs188": lambda p, c: f"{_digits(p, 5, 8)}/{2000 + _num(p, 25)}",
    # Bosnia and Herzegovina: the employment service's register of the unemployed
    "jmbg_ba188": lambda p, c: _jmbg_of(p, _place(p, _BA_PLACES)[3]),
    "ba_family188": lambda p, c: _pick(p, _BA_SURNAMES, 1),
    "ba_given188": lambda p, c: _by_sex(p, _BA_NAMES_M, _BA_NAMES_F, 2),
    "ba_parent188": lambda p, c: _pick(p, _BA_PARENTS, 3),
    "sex_ba188": lambda p, c: "Muški" if p.male else "Ženski",
    "street_ba188": lambda p, c: f"{_place(p, _BA_PLACES)[0]} {1 + _num(p, 90)}",
    "opcina_ba188": lambda p, c: _place(p, _BA_PLACES)[1],
    "kanton_ba188": lambda p, c: _place(p, _BA_PLACES)[2],
    "phone_ba188": lambda p, c: _local_phone(p, ("061", "062", "063", "066"), "+387"),
    "sprema_ba188": lambda p, c: _pick(p, _BA_EDU, 4),
    "zanimanje_ba188": lambda p, c: _pick(p, _BA_JOBS, 5),
    "zo_ba188": lambda p, c: _pick(p, _BA_INSURED, 6),
    "savjetnik_ba188": lambda p, c: _pick(p, _BA_ADVISERS, 7),
    # Montenegro: a student dormitory and scholarship list
    "jmbg_me188": lambda p, c: _jmbg_of(p, _place(p, _ME_PLACES)[3]),
    "me_full188": lambda p, c: (
        f"{_by_sex(p, _ME_NAMES_M, _ME_NAMES_F, 1)} {_pick(p, _ME_SURNAMES, 2)}"
    ),
    "sex_me188": lambda p, c: "M" if p.male else "Ž",
    "addr_me188": lambda p, c: (
        f"{_place(p, _ME_PLACES)[0]} {1 + _num(p, 60)}, "
        f"{_place(p, _ME_PLACES)[1]} {_place(p, _ME_PLACES)[2]}"
    ),
    "faculty_me188": lambda p, c: _pick(p, _ME_FACULTIES, 3),
    "index_me188": lambda p, c: f"{_digits(p, 2, 4)}/{18 + _num(p, 7)}",
    "year_me188": lambda p, c: f"{_num(p, 4)}. godina",
    "grade_me188": lambda p, c: f"{5 + _num(p, 4)},{_digits(p, 2, 5)}",
    "dorm_me188": lambda p, c: f"{_pick(p, _ME_DORMS, 4)} {100 + _num(p, 300)}",
    "phone_me188": lambda p, c: _local_phone(p, ("067", "068", "069"), "+382"),
    "email_me188": lambda p, c: (
        f"{_ascii(_by_sex(p, _ME_NAMES_M, _ME_NAMES_F, 1)).lower()}."
        f"{_ascii(_pick(p, _ME_SURNAMES, 2)).lower().replace('đ', 'dj')}"
        f"{_num(p, 99)}@{_pick(p, ('gmail.com', 't-com.me', 'ucg.ac.me'), 5)}"
    ),
    "parent_me188": lambda p, c: f"{_pick(p, _ME_NAMES_M, 6)} {_pick(p, _ME_SURNAMES, 2)}",
    "parent_phone_me188": lambda p, c: f"069 {_digits(p, 3, 7)} {_digits(p, 3, 8)}",
    # North Macedonia: a public health centre's vaccination register
    "embg_mk188": lambda p, c: _jmbg_of(p, _place(p, _MK_PLACES)[3]),
    "mk_given188": lambda p, c: (
        _by_sex(p, _SQ_NAMES_M, _SQ_NAMES_F, 1)
        if _mk_albanian(p)
        else _by_sex(p, _MK_NAMES_M, _MK_NAMES_F, 1)
    ),
    "mk_family188": lambda p, c: _pick(p, _SQ_SURNAMES, 2) if _mk_albanian(p) else _mk_surname(p),
    "sex_mk188": lambda p, c: "М / M" if p.male else "Ж / F",
    "street_mk188": lambda p, c: f"{_place(p, _MK_PLACES)[0]} бр. {1 + _num(p, 120)}",
    "opstina_mk188": lambda p, c: _place(p, _MK_PLACES)[2 if _mk_albanian(p) else 1],
    "phone_mk188": lambda p, c: _local_phone(p, ("070", "071", "072", "075", "078"), "+389"),
    "vaccine_mk188": lambda p, c: _pick(p, _MK_VACCINES, 3),
    "dose_mk188": lambda p, c: f"{_num(p, 3)}",
    "lot_mk188": lambda p, c: f"{_pick(p, ('FF', 'EW', 'ABV', 'HB'), 4)}{_digits(p, 4, 9)}",
    "point_mk188": lambda p, c: _pick(p, _MK_POINTS, 5),
    "doctor_mk188": lambda p, c: _pick(p, _MK_DOCTORS, 6),
    # Kosovo: the vehicle registration register
    "np_xk188": lambda p, c: f"1{_digits(p, 9, 10)}",
    "xk_given188": lambda p, c: (
        _by_sex(p, _XK_NAMES_M[:5], _XK_NAMES_F[:5], 1)
        if not _xk_serb(p)
        else _by_sex(p, _XK_NAMES_M[5:], _XK_NAMES_F[5:], 1)
    ),
    "xk_family188": lambda p, c: _pick(p, _XK_SR_SURNAMES if _xk_serb(p) else _XK_SURNAMES, 2),
    "sex_xk188": lambda p, c: "M" if p.male else "F",
    "street_xk188": lambda p, c: f"{_place(p, _XK_PLACES)[0]} nr. {1 + _num(p, 80)}",
    "komuna_xk188": lambda p, c: _place(p, _XK_PLACES)[1],
    "phone_xk188": lambda p, c: _local_phone(p, ("044", "045", "049", "043"), "+383"),
    "plate_xk188": lambda p, c: (
        f"{_place(p, _XK_PLACES)[2]}-{_digits(p, 3, 11)}-{_pick(p, ('AB', 'KS', 'FD', 'PR'), 3)}"
    ),
    "car_xk188": lambda p, c: _pick(p, _XK_CARS, 4),
    "vin_xk188": lambda p, c: (
        "WVW" + "".join(_VIN[int(d) * 3 + k % 3] for k, d in enumerate(_digits(p, 14, 12)))
    ),
    "expiry_xk188": lambda p, c: f"{_shift_date(_days(p, 0), 1):%d.%m.%Y}",
}
