"""How the people of the hundred-and-twenty-sixth part of the outside corpus (**blind 126**,
:mod:`lienthong.quality._corpus_blind126`) are written: four Vietnamese files' own columns (a
commune's OCOP product owners, a vehicle inspection centre's book, ethnic minority households
given production land, domestic workers their employers declared) and Croatian, Serbian, Bosnian,
Albanian and Bulgarian names, addresses, phones and identity numbers in the forms their cards
show (the OIB, the ЈМБГ and the JMB with their check digits, the Albanian numri personal, the
ЕГН with its check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _oib
from lienthong.quality._corpus_blind11_writers import _jmbg, _rs_place
from lienthong.quality._corpus_blind12_writers import _egn
from lienthong.quality._corpus_blind22_writers import _al_place, _nid_al
from lienthong.quality._corpus_blind24_writers import _ba_place, _jmbg_ba
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_PRODUCTS = (
    "Mật ong rừng U Minh",
    "Trà shan tuyết cổ thụ",
    "Nước mắm cá cơm truyền thống",
    "Bánh tráng phơi sương",
    "Miến dong",
    "Tinh dầu sả chanh",
    "Gạo ST25 hữu cơ",
)
_VN_ENTITIES = (
    "HTX Nông nghiệp Dịch vụ Tân Phú",
    "Tổ hợp tác làng nghề Phú Hòa",
    "Hộ kinh doanh",
    "Cơ sở sản xuất",
    "Công ty TNHH MTV Nông sản Sạch",
)
_VN_PLATES = ("51K", "51H", "61A", "60C", "51D", "50H")
_VN_VEHICLES = ("Ô tô con", "Ô tô tải", "Ô tô khách 16 chỗ", "Ô tô bán tải", "Rơ moóc")
_VN_INSPECTORS = ("ĐKV Nguyễn Thanh Tùng", "ĐKV Lê Văn Phát", "ĐKV Trần Minh Hiếu")
_VN_ETHNIC = ("Mông", "Dao", "Tày", "Thái", "Xơ Đăng", "Ê Đê", "Ba Na", "K'Ho")
_VN_HAMLETS = ("Bản Pù Lầu", "Thôn Đăk Ring", "Bon Bu Dăr", "Làng Kon Klor", "Bản Nậm Cang")
_VN_COMMUNES = ("Xã Tà Xùa", "Xã Đăk Nên", "Xã Quảng Trực", "Xã Ia Dom", "Xã Nậm Cuổi")
_VN_LAND_FORMS = (
    "Hỗ trợ trực tiếp đất SX",
    "Chuyển đổi nghề",
    "Hỗ trợ khai hoang",
    "Hỗ trợ chuyển đổi nghề (tiền mặt)",
)
_VN_CHORES = (
    "Nấu ăn, dọn dẹp nhà cửa",
    "Chăm sóc trẻ nhỏ",
    "Chăm sóc người già",
    "Giúp việc nhà theo giờ",
    "Chăm sóc người bệnh tại nhà",
)
_VN_WORK_STREETS = ("Nguyễn Văn Trỗi", "Trần Quốc Thảo", "Lê Văn Sỹ", "Phan Xích Long")

_HR_SURNAMES = ("Perić", "Matić", "Božić", "Pavlović", "Grgić", "Radić", "Šimić", "Lovrić")
_HR_NAMES_M = ("Davor", "Krešimir", "Dario", "Mario", "Filip", "Hrvoje", "Nikola")
_HR_NAMES_F = ("Jasna", "Mirjana", "Ivona", "Martina", "Kristina", "Gordana", "Lucija")
#: (street, postcode, town)
_HR_ADDRESSES: tuple[_T, ...] = (
    ("Ulica Ivana Gundulića", "10000", "Zagreb"),
    ("Domovinskog rata", "21000", "Split"),
    ("Trg bana Jelačića", "31000", "Osijek"),
    ("Ulica Matije Gupca", "47000", "Karlovac"),
    ("Put Bokanjca", "23000", "Zadar"),
    ("Strossmayerova", "35000", "Slavonski Brod"),
)
_HR_EDU = ("SSS - srednja škola", "NSS", "VSS", "KV radnik", "Gimnazija", "Prvostupnik")
_HR_JOBS = ("Prodavač/ica", "Konobar/ica", "Kuhar/ica", "Električar", "Administrator/ica")
_HR_ADVISERS = ("Ana Kolar", "Marina Tomić", "Zdenko Horvatić", "Vesna Jukić")

_RS_SURNAMES = ("Јовановић", "Петровић", "Николић", "Ђорђевић", "Стојановић", "Илић", "Павловић")
_RS_NAMES_M = ("Немања", "Душан", "Александар", "Урош", "Вук", "Филип", "Огњен")
_RS_NAMES_F = ("Тијана", "Невена", "Катарина", "Сања", "Мина", "Исидора", "Ивана")
_RS_PARENTS = ("Зоран", "Горан", "Слободан", "Мирослав", "Бранко", "Душица", "Весна")
_RS_INSTRUCTORS = ("Драган Митић", "Саша Лазић", "Миодраг Тодоровић", "Светлана Ристић")

_BA_NAMES_M = ("Adnan", "Kenan", "Tarik", "Emir", "Benjamin", "Eldar", "Mateo")
_BA_NAMES_F = ("Ajla", "Amina", "Lamija", "Hana", "Merjem", "Sara", "Esma")
_BA_SURNAMES = ("Mehmedović", "Softić", "Čaušević", "Alić", "Husić", "Karić", "Đozić")
_BA_PARENTS = ("Senad", "Mirsad", "Elvir", "Samir", "Alma", "Edina", "Jasmina")
_BA_SCHOOLS = (
    "OŠ \u201eMehmedalija Mak Dizdar\u201c",
    "OŠ \u201eSafvet-beg Bašagić\u201c",
    "OŠ \u201eMeša Selimović\u201c",
    "OŠ \u201e9. maj\u201c Pazarić",
)
_BA_COURSES = (
    "Gimnazija - opći smjer",
    "Tehničar računarstva",
    "Medicinska sestra - tehničar",
    "Ekonomski tehničar",
    "Frizer (III stepen)",
)

_AL_NAMES_M = ("Ardit", "Dritan", "Fatmir", "Ledion", "Sokol", "Artan", "Bledar")
_AL_NAMES_F = ("Valbona", "Drita", "Entela", "Flutura", "Rozeta", "Manjola", "Eriola")
_AL_SURNAMES = ("Hysa", "Marku", "Prifti", "Spahiu", "Brahimi", "Kuka", "Zeneli", "Duka")
_AL_FATHERS = ("Agim", "Bujar", "Petrit", "Shkëlqim", "Ylli", "Fatos", "Xhevdet")
_AL_UNITS = {
    "Tiranë": ("Njësia Administrative Nr. 5", "Njësia Administrative Nr. 11", "Kashar"),
    "Durrës": ("Njësia Administrative Nr. 1", "Sukth", "Rrashbull"),
    "Elbasan": ("Shirgjan", "Njësia Administrative Nr. 2", "Funarë"),
    "Shkodër": ("Rrethinat", "Guri i Zi", "Postribë"),
    "Vlorë": ("Qendër", "Orikum", "Novoselë"),
}
_AL_STATUS = ("Aktiv", "Aktiv", "Pezulluar", "Në verifikim", "Aktiv")

_BG_NAMES_M = ("Венцислав", "Пламен", "Красимир", "Тодор", "Борислав", "Ангел")
_BG_NAMES_F = ("Гергана", "Силвия", "Теодора", "Надежда", "Мариана", "Росица")
_BG_FATHERS_M = ("Иванов", "Петров", "Стоянов", "Георгиев", "Тодоров", "Николов")
_BG_SURNAMES_M = ("Димитров", "Колев", "Андреев", "Марков", "Христов", "Атанасов")
#: (town, quarter or street, postcode)
_BG_ADDRESSES: tuple[_T, ...] = (
    ("гр. София", "ж.к. Люлин, бл. {n}, вх. Б, ет. {f}, ап. {a}", "1324"),
    ("гр. Пловдив", "ул. „Капитан Райчо“ № {n}, ет. {f}", "4000"),
    ("гр. Варна", "ж.к. Младост, бл. {n}, вх. А, ап. {a}", "9010"),
    ("гр. Бургас", "ж.к. Изгрев, бл. {n}, ет. {f}, ап. {a}", "8010"),
    ("с. Ясеново", "ул. „Христо Ботев“ № {n}", "6142"),
)
_BG_EDU = ("средно", "основно", "висше - бакалавър", "висше - магистър", "средно специално")
_BG_JOBS = ("Продавач-консултант", "Шивач", "Общ работник", "Готвач", "Счетоводител")
_BG_BROKERS = ("Ст. Петкова", "Г. Илиева", "М. Станчев", "Д. Костадинова")


def _place(p: Person, places: tuple[_T, ...], salt: int = 0) -> _T:
    return places[(int(p.bhxh) // (salt * 7 + 3)) % len(places)]


def _plate(p: Person) -> str:
    """A Vietnamese car plate, ``51K-123.45``."""
    digits = p.bhxh[-5:]
    return f"{_pick(p, _VN_PLATES, 2)}-{digits[:3]}.{digits[3:]}"


def _female(text: str) -> str:
    """A Bulgarian masculine surname in its feminine form (``Иванов`` -> ``Иванова``)."""
    return f"{text}а"


def _bg_address(p: Person) -> str:
    town, rest, _post = _place(p, _BG_ADDRESSES, 1)
    return f"{town}, {rest.format(n=_num(p, 300), f=_num(p, 8), a=_num(p, 90))}"


def _al_street(p: Person) -> str:
    return _al_place(p)[0].format(n=_num(p, 120), f=_num(p, 40))


def _al_unit(p: Person) -> str:
    return _pick(p, _AL_UNITS[_al_place(p)[1]], 3)


WRITERS_BLIND126: dict[str, Callable[[Person, Col], object]] = {
    "product126": lambda p, c: _pick(p, _VN_PRODUCTS, 2),
    "stars126": lambda p, c: _pick(p, ("3 sao", "3 sao", "4 sao", "3*", "4 sao", "5 sao"), 3),
    "ocop_year126": lambda p, c: str(2019 + _num(p, 6)),
    "entity126": lambda p, c: _pick(p, _VN_ENTITIES, 4),
    "plate126": lambda p, c: _plate(p),
    "chassis126": lambda p, c: f"RL4{_pick(p, ('BT9F3', 'MG4BK', 'KA8CE'), 3)}{p.bhxh[:8]}",
    "vtype126": lambda p, c: _pick(p, _VN_VEHICLES, 4),
    "stamp126": lambda p, c: f"KC {p.bhxh[2:9]}",
    "expiry126": lambda p, c: f"{_shift_date(p.other_date, 1 + int(p.bhxh) % 2):%d/%m/%Y}",
    "inspector126": lambda p, c: _pick(p, _VN_INSPECTORS, 6),
    "ethnic126": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "hamlet126": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "commune126": lambda p, c: _pick(p, _VN_COMMUNES, 3),
    "area126": lambda p, c: f"{(_num(p, 30) + 5) * 100:,}".replace(",", "."),
    "form126": lambda p, c: _pick(p, _VN_LAND_FORMS, 4),
    "money126": lambda p, c: f"{(_num(p, 20) + 10) * 1_000_000:,}".replace(",", "."),
    "employer126": lambda p, c: _other_vn(p, 4),
    "workplace126": lambda p, c: (
        f"{_num(p, 200)}/{_num(p, 30)} {_pick(p, _VN_WORK_STREETS, 5)}, Phường Xuân Hòa, TP.HCM"
    ),
    "employer_phone126": lambda p, c: _other_phone(p, "090"),
    "wage126": lambda p, c: f"{(_num(p, 40) + 55) * 100_000:,}".replace(",", "."),
    "chores126": lambda p, c: _pick(p, _VN_CHORES, 6),
    "oib126": lambda p, c: _oib(p),
    "family_hr126": lambda p, c: _pick(p, _HR_SURNAMES, 2),
    "given_hr126": lambda p, c: _by_sex(p, _HR_NAMES_M, _HR_NAMES_F, 1),
    "sex_hr126": lambda p, c: "M" if p.male else "Ž",
    "street_hr126": lambda p, c: f"{_place(p, _HR_ADDRESSES)[0]} {_num(p, 90)}",
    "post_hr126": lambda p, c: _place(p, _HR_ADDRESSES)[1],
    "town_hr126": lambda p, c: _place(p, _HR_ADDRESSES)[2],
    "phone_hr126": lambda p, c: (
        f"09{_pick(p, ('1', '2', '5', '8'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "edu_hr126": lambda p, c: _pick(p, _HR_EDU, 4),
    "job_hr126": lambda p, c: _pick(p, _HR_JOBS, 5),
    "adviser_hr126": lambda p, c: _pick(p, _HR_ADVISERS, 6),
    "allow_hr126": lambda p, c: _pick(p, ("", f"{400 + _num(p, 300)},00", "-"), 7),
    "jmbg_rs126": lambda p, c: _jmbg(p),
    "family_rs126": lambda p, c: _pick(p, _RS_SURNAMES, 2),
    "father_rs126": lambda p, c: _pick(p, _RS_PARENTS, 3),
    "given_rs126": lambda p, c: _by_sex(p, _RS_NAMES_M, _RS_NAMES_F, 1),
    "sex_rs126": lambda p, c: "М" if p.male else "Ж",
    "addr_rs126": lambda p, c: f"{_rs_place(p)[2]} {_num(p, 150)}, {_rs_place(p)[1]}",
    "phone_rs126": lambda p, c: (
        f"06{_pick(p, ('0', '3', '4', '5'), 3)}/{p.phone[3:6]}-{p.phone[6:]}"
    ),
    "cat_rs126": lambda p, c: _pick(p, ("Б", "Б", "А2", "Ц", "Б", "АМ"), 4),
    "instr_rs126": lambda p, c: _pick(p, _RS_INSTRUCTORS, 5),
    "result_rs126": lambda p, c: _pick(p, ("положио", "није положио", "положио", "одустао"), 6),
    "jmb_ba126": lambda p, c: _jmbg_ba(p),
    "name_ba126": lambda p, c: (
        f"{_by_sex(p, _BA_NAMES_M, _BA_NAMES_F, 1)} {_pick(p, _BA_SURNAMES, 2)}"
    ),
    "sex_ba126": lambda p, c: "M" if p.male else "Ž",
    "parent_ba126": lambda p, c: f"{_pick(p, _BA_PARENTS, 3)} {_pick(p, _BA_SURNAMES, 2)}",
    "street_ba126": lambda p, c: f"{_ba_place(p)[1]} br. {_num(p, 80)}",
    "opcina_ba126": lambda p, c: _ba_place(p)[3],
    "phone_ba126": lambda p, c: f"06{_pick(p, ('1', '2', '5'), 4)}/{p.phone[4:7]}-{p.phone[7:]}",
    "school_ba126": lambda p, c: _pick(p, _BA_SCHOOLS, 5),
    "course_ba126": lambda p, c: _pick(p, _BA_COURSES, 6),
    "points_ba126": lambda p, c: f"{60 + _num(p, 40)},{p.bhxh[-1]}",
    "nid_al126": lambda p, c: _nid_al(p),
    "given_al126": lambda p, c: _by_sex(p, _AL_NAMES_M, _AL_NAMES_F, 1),
    "father_al126": lambda p, c: _pick(p, _AL_FATHERS, 3),
    "family_al126": lambda p, c: _pick(p, _AL_SURNAMES, 2),
    "sex_al126": lambda p, c: "M" if p.male else "F",
    "street_al126": lambda p, c: _al_street(p),
    "unit_al126": lambda p, c: _al_unit(p),
    "bashkia_al126": lambda p, c: _al_place(p)[1],
    "phone_al126": lambda p, c: (
        f"+355 6{_pick(p, ('7', '8', '9'), 4)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "members_al126": lambda p, c: str(_num(p, 7)),
    "amount_al126": lambda p, c: f"{(_num(p, 40) + 30) * 250:,}".replace(",", " "),
    "status_al126": lambda p, c: _pick(p, _AL_STATUS, 5),
    "egn126": lambda p, c: _egn(p),
    "given_bg126": lambda p, c: _by_sex(p, _BG_NAMES_M, _BG_NAMES_F, 1),
    "father_bg126": lambda p, c: (
        _pick(p, _BG_FATHERS_M, 3) if p.male else _female(_pick(p, _BG_FATHERS_M, 3))
    ),
    "family_bg126": lambda p, c: (
        _pick(p, _BG_SURNAMES_M, 2) if p.male else _female(_pick(p, _BG_SURNAMES_M, 2))
    ),
    "sex_bg126": lambda p, c: "мъж" if p.male else "жена",
    "addr_bg126": lambda p, c: _bg_address(p),
    "post_bg126": lambda p, c: _place(p, _BG_ADDRESSES, 1)[2],
    "phone_bg126": lambda p, c: (
        f"08{_pick(p, ('7', '8', '9'), 4)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "edu_bg126": lambda p, c: _pick(p, _BG_EDU, 4),
    "job_bg126": lambda p, c: _pick(p, _BG_JOBS, 5),
    "broker_bg126": lambda p, c: _pick(p, _BG_BROKERS, 6),
    "benefit_bg126": lambda p, c: f"{(_num(p, 40) + 12) * 1.5:.2f}".replace(".", ","),
}
