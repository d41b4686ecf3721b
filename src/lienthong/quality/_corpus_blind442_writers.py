"""How the people of the four-hundred-and-forty-second part of the outside corpus (**blind 442**,
:mod:`lienthong.quality._corpus_blind442`) are written: four Vietnamese files' own columns (a
border guard post's register of border residents' passes, a border market's traders with their
goods declarations, a border-gate customs office's passengers fined, a coastal border post's
fishing boats crossing provinces) and Lao, Cambodian, Kyrgyz/Kazakh, Mozambican and Paraguayan
border people's names, addresses, phones and numbers in the forms their papers show (the Kazakh
IIN with its mod-11 digit, the Kyrgyz PIN, the Mozambican BI, the Paraguayan cédula and RUC with
its mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind65_writers import _iin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _words(text: str) -> _T:
    return tuple(text.split())


_VN_THON = ("Nà Pàn", "Khòn Pổ", "Bản Chắt", "Pò Nhùng", "Còn Quyền", "Nà Lầu", "Bó Củng", "Ka Pò")
_VN_XA = (
    ("xã Đồng Đăng", "tỉnh Lạng Sơn"),
    ("xã Tân Thanh", "tỉnh Lạng Sơn"),
    ("xã Trà Lĩnh", "tỉnh Cao Bằng"),
    ("xã Đàm Thủy", "tỉnh Cao Bằng"),
    ("xã Bát Xát", "tỉnh Lào Cai"),
    ("xã Móng Cái 3", "tỉnh Quảng Ninh"),
)
_VN_PASS = ("Giấy thông hành XNC vùng biên giới", "Giấy phép qua lại biên giới", "Thẻ cư dân")
_VN_GATE = ("Cửa khẩu Tân Thanh", "Lối mở Nà Nưa", "Cửa khẩu Trà Lĩnh", "Cặp chợ Pò Peo")
_VN_PURPOSE = ("Thăm thân", "Mua bán hàng hóa", "Làm thuê", "Khám chữa bệnh", "Dự lễ hội")
_VN_GOODS = (
    ("Hạt dẻ", "kg"),
    ("Hoa hồi khô", "kg"),
    ("Quần áo may sẵn", "chiếc"),
    ("Táo tươi", "kg"),
    ("Nồi cơm điện", "cái"),
    ("Thuốc lá điếu (nghi nhập lậu)", "bao"),
    ("Chuối xanh", "tấn"),
)
_VN_MARKET = ("Chợ biên giới Tân Thanh", "Chợ Đồng Đăng", "Chợ cửa khẩu Trà Lĩnh")
_VN_BREACH = (
    "Không khai báo hải quan hàng hóa vượt định mức",
    "Khai sai số lượng hàng hóa",
    "Mang ngoại tệ vượt mức không khai báo",
    "Vận chuyển hàng cấm",
    "Khai sai trị giá hành lý",
)
_VN_FORM = ("Phạt tiền", "Phạt tiền + tịch thu tang vật", "Cảnh cáo", "Phạt tiền")
_VN_PAY = ("Đã nộp KBNN", "Chưa nộp", "Đã nộp qua DVC", "Nộp tại chỗ (biên lai)")
_VN_PORT = ("Cửa Tùng", "Cửa Việt", "Nhật Lệ", "Gianh", "Sa Huỳnh", "Thuận An")
_VN_COAST = (
    ("thôn Đông", "xã Cửa Tùng", "tỉnh Quảng Trị"),
    ("thôn Tây", "xã Gio Hải", "tỉnh Quảng Trị"),
    ("tổ dân phố 4", "phường Đồng Hới", "tỉnh Quảng Trị"),
    ("thôn Thượng", "xã Ngư Thủy", "tỉnh Quảng Trị"),
    ("thôn 3", "xã Tịnh Kỳ", "tỉnh Quảng Ngãi"),
)
_VN_JOBNET = ("Lưới rê", "Câu mực", "Lưới vây", "Giã cào", "Chụp mực")
_VN_BOATREG = ("QT", "QB", "QNg", "TTH", "QNa")

_LA_FAMILY: _T = _words(
    "Phommavong Sisavath Keovongsa Vongphachanh Inthavong "
    "Souvannaphoum Luangrath Sayavong Douangmala Thammavong"
)
_LA_FAMILY2 = ("Chanthala", "Xaysomphou", "Sengdara", "Phetsamone", "Khounvilay", "Bounyavong")
_LA_GIVEN_M: _T = _words(
    "Somphone Bounmy Khamla Vilaysack Thongchanh Souksavanh "
    "Phouthone Sengphet Anousone Khamphanh Viengxay Bounthanh"
)
_LA_GIVEN_F: _T = _words(
    "Noy Manivone Phonesavanh Khampheng Vanida Dalavone "
    "Souphaphone Chansamone Keo Bouavanh Latsamy Viengkham"
)
_LA_BAN = ("Ban Phonsavang", "Ban Nongkhai", "Ban Thadeua", "Ban Houayxay", "Ban Nakham")
_LA_MUANG = (
    ("Muang Xaythany", "Nakhon Luang Vientiane"),
    ("Muang Hadxayfong", "Nakhon Luang Vientiane"),
    ("Muang Kaysone Phomvihane", "Khoueng Savannakhet"),
    ("Muang Houayxay", "Khoueng Bokeo"),
    ("Muang Thakhek", "Khoueng Khammouane"),
)
_LA_CHECK = ("Friendship Bridge I", "Friendship Bridge II", "Thakhek - Nakhon Phanom", "Houayxay")

_KH_FAMILY = ("សុខ", "ចាន់", "ហេង", "លី", "ម៉ៅ", "សំ", "អ៊ុំ", "ឈួន")
_KH_GIVEN_M = ("សុភា", "វណ្ណៈ", "ដារ៉ា", "រតនា", "សុផល", "ពិសិដ្ឋ")
_KH_GIVEN_F = ("ស្រីមុំ", "សុខា", "ចន្ធូ", "ស្រីនាង", "បុប្ផា", "សុវណ្ណី")
_KH_PHUM = ("ភូមិអូរស្មាច់", "ភូមិប៉ោយប៉ែត", "ភូមិកូនដំរី", "ភូមិព្រៃចាន់", "ភូមិស្ទឹងបត់")
_KH_KHUM = (
    ("ឃុំអូរស្មាច់", "ស្រុកអូរស្មាច់", "ខេត្តឧត្តរមានជ័យ"),
    ("សង្កាត់ប៉ោយប៉ែត", "ក្រុងប៉ោយប៉ែត", "ខេត្តបន្ទាយមានជ័យ"),
    ("ឃុំស្ទឹងបត់", "ស្រុកអូរជ្រៅ", "ខេត្តបន្ទាយមានជ័យ"),
    ("ឃុំបាវិត", "ក្រុងបាវិត", "ខេត្តស្វាយរៀង"),
)
_KH_POST = ("ច្រកអន្តរជាតិប៉ោយប៉ែត", "ច្រកអូរស្មាច់", "ច្រកបាវិត", "ច្រកស្ទឹងបត់")
_KH_PURPOSE = ("ពលកម្ម", "ជំនួញ", "ទស្សនកិច្ច", "ព្យាបាលជំងឺ")

_KG_FAMILY: _T = _words(
    "Асанов Токтогулов Жумабеков Сапаров Абдыкалыков Нурланов "
    "Исаков Омурбеков Касымов Байжанов Сейткалиев Мамытов"
)
_KG_GIVEN_M: _T = _words(
    "Бакыт Нурлан Азамат Эрлан Улан Марат Данияр Ержан Талгат Айбек Канат Руслан"
)
_KG_GIVEN_F: _T = _words(
    "Айгуль Жылдыз Гульнара Асель Динара Назгуль Айжан Мээрим Салтанат Гульмира Жанна Чолпон"
)
_KG_PATR_M: _T = _words(
    "Асанович Маратович Бакытбекович Токтосунович Ерланович Каримович Сагынбаевич Нурланович"
)
_KG_PATR_F: _T = _words(
    "Асановна Маратовна Бакытбековна Токтосуновна Ерлановна Каримовна Сагынбаевна Нурлановна"
)
_KG_STREET = ("ул. Ленина", "ул. Манаса", "ул. Жибек Жолу", "ул. Абая", "ул. Садовая")
_KG_TOWN = (
    ("с. Чалдовар", "Панфиловский р-н", "Чуйская обл.", "KG"),
    ("с. Кайынды", "Панфиловский р-н", "Чуйская обл.", "KG"),
    ("г. Токмок", "Чуйская обл.", "Чуйская обл.", "KG"),
    ("с. Кордай", "Кордайский р-н", "Жамбылская обл.", "KZ"),
    ("с. Георгиевка", "Кордайский р-н", "Жамбылская обл.", "KZ"),
    ("с. Сортобе", "Кордайский р-н", "Жамбылская обл.", "KZ"),
)
_KG_POST = ("Ак-Жол — Кордай", "Чалдовар — Ак-Тилек", "Кайынды — Сыпатай Батыр", "Тору-Айгыр")

_MZ_FAMILY = ("Macuácua", "Mondlane", "Cossa", "Nhantumbo", "Sitoe", "Chissano", "Mabunda")
_MZ_GIVEN_M = ("Armando", "Celso", "Joaquim", "Ernesto", "Felizardo", "Hélder")
_MZ_GIVEN_F = ("Graça", "Luísa", "Albertina", "Custódia", "Felismina", "Ana Paula")
_MZ_BAIRRO = ("Bairro de Maxaquene", "Bairro Polana Caniço A", "Bairro da Liberdade", "Bairro T3")
_MZ_CITY = (
    ("Cidade de Maputo", "Maputo Cidade", "11"),
    ("Matola", "Maputo Província", "10"),
    ("Beira", "Sofala", "07"),
    ("Chimoio", "Manica", "06"),
    ("Moamba", "Maputo Província", "10"),
)
_MZ_POST = ("Ressano Garcia", "Namaacha", "Machipanda", "Ponta do Ouro", "Aeroporto de Maputo")
_MZ_DOC = ("Passaporte", "Passaporte", "Salvo-conduto", "DIRE", "Passe fronteiriço")

_PY_FAMILY = ("Benítez", "Giménez", "Ortiz", "Cáceres", "Villalba", "Aquino", "Duarte", "Rolón")
_PY_GIVEN_M = (
    "Juan Carlos",
    "Derlis",
    "Osvaldo",
    "Rubén Darío",
    "Hugo",
    "Néstor",
    "Celso Ramón",
    "Aldo",
    "Fredy",
    "Víctor Hugo",
    "Carlos Alberto",
    "Librado",
)
_PY_GIVEN_F = (
    "María Liz",
    "Ramona",
    "Zunilda",
    "Lourdes",
    "Nilda Beatriz",
    "Mirna",
    "Gladys",
    "Fátima",
    "Rossana",
    "Teresa",
    "Carmen Elizabeth",
    "Blanca",
)
_PY_STREET = ("Avda. Mcal. López", "Calle Pa'i Pérez", "Avda. San Blas", "Calle Tte. Rojas Silva")
_PY_CITY = (
    ("Ciudad del Este", "Alto Paraná"),
    ("Hernandarias", "Alto Paraná"),
    ("Pedro Juan Caballero", "Amambay"),
    ("Encarnación", "Itapúa"),
    ("Salto del Guairá", "Canindeyú"),
)
_PY_RUBRO = ("Electrónica", "Ropas y calzados", "Cigarrillos", "Perfumería", "Frutas y verduras")
_PY_PASO = ("Puente de la Amistad", "Puente San Roque González", "Pedro Juan - Ponta Porã")


def _row(p: Person, table: tuple[_T, ...], salt: int) -> _T:
    return table[int(p.bhxh) // (salt * 13 + 5) % len(table)]


def _two(p: Person, table: _T, salt: int) -> str:
    """Two different surnames from ``table`` (father's and mother's)."""
    first = int(p.bhxh) // (salt * 11 + 1) % len(table)
    second = (first + 1 + int(p.bhxh[-3:]) % (len(table) - 1)) % len(table)
    return f"{table[first]} {table[second]}"


def _vn_home(p: Person) -> str:
    xa, tinh = _row(p, _VN_XA, 1)
    return f"Số {_num(p, 140)}, thôn {_pick(p, _VN_THON, 2)}, {xa}, {tinh}"


def _coast(p: Person) -> str:
    thon, xa, tinh = _row(p, _VN_COAST, 3)
    return f"{_num(p, 90)} {thon}, {xa}, {tinh}"


def _boat(p: Person) -> str:
    return f"{_pick(p, _VN_BOATREG, 4)}-{90000 + int(p.bhxh[-4:])}-TS"


def _la_given(p: Person) -> str:
    return _by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 5)


def _la_family(p: Person) -> str:
    return _pick(p, _LA_FAMILY, 6) if _num(p, 7) > 3 else _pick(p, _LA_FAMILY2, 7)


def _kh_name(p: Person) -> str:
    return f"{_pick(p, _KH_FAMILY, 8)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 9)}"


def _kh_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))


def _kh_addr(p: Person) -> str:
    khum, srok, khet = _row(p, _KH_KHUM, 10)
    return (
        f"ផ្ទះលេខ{_kh_digits(str(_num(p, 300)))}, {_pick(p, _KH_PHUM, 11)}, {khum}, {srok}, {khet}"
    )


def _kg_town(p: Person) -> _T:
    return _row(p, _KG_TOWN, 12)


def _kg_pin(p: Person) -> str:
    return f"{1 if not p.male else 2}{p.birth:%d%m%Y}{p.bhxh[-5:]}"


def _kg_id(p: Person) -> str:
    return _iin(p) if _kg_town(p)[3] == "KZ" else _kg_pin(p)


def _kg_phone(p: Person) -> str:
    if _kg_town(p)[3] == "KZ":
        return f"+7 70{p.phone[2]} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    return f"0{_pick(p, ('555', '700', '770', '999'), 13)} {p.phone[4:7]} {p.phone[7:10]}"


def _kg_patr(p: Person) -> str:
    return _by_sex(p, _KG_PATR_M, _KG_PATR_F, 14)


def _kg_family(p: Person) -> str:
    fam = _pick(p, _KG_FAMILY, 15)
    return fam if p.male else f"{fam}а"


def _mz_city(p: Person) -> _T:
    return _row(p, _MZ_CITY, 16)


def _mz_bi(p: Person) -> str:
    letters = "ABCDEFGHIJKLMNPQ"
    return f"{_mz_city(p)[2]}01{p.bhxh[:8]}{letters[int(p.bhxh[-2:]) % len(letters)]}"


def _mz_phone(p: Person) -> str:
    return f"+258 8{_pick(p, ('2', '4', '5', '6', '7'), 17)} {p.phone[3:6]} {p.phone[6:10]}"


def _py_ci(p: Person) -> str:
    n = 800_000 + int(p.bhxh[-7:]) % 6_500_000
    return f"{n:,}".replace(",", ".")


def _py_dv(body: str) -> int:
    total, weight = 0, 2
    for ch in reversed(body):
        total += int(ch) * weight
        weight = 2 if weight == 11 else weight + 1
    rest = total % 11
    return 11 - rest if rest > 1 else 0


def _py_ruc(p: Person) -> str:
    body = _py_ci(p).replace(".", "")
    return f"{body}-{_py_dv(body)}"


def _py_name(p: Person) -> tuple[str, str]:
    return _two(p, _PY_FAMILY, 18), _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 20)


WRITERS_BLIND442: dict[str, Callable[[Person, Col], object]] = {
    # border residents' passes
    "home442": lambda p, c: _vn_home(p),
    "passkind442": lambda p, c: _pick(p, _VN_PASS, 21),
    "passno442": lambda p, c: f"{_num(p, 900):04d}/GTH-ĐBP{_pick(p, ('147', '165', '123'), 22)}",
    "gate442": lambda p, c: _pick(p, _VN_GATE, 23),
    "purpose442": lambda p, c: _pick(p, _VN_PURPOSE, 24),
    "valid442": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "host442": lambda p, c: (
        f"Thân nhân: {_pick(p, ('Nông', 'Hoàng', 'Lục', 'Mã'), 25)} "
        f"{_pick(p, ('Văn Páo', 'Thị Mây', 'A Sình'), 26)} (Bằng Tường)"
    ),
    "guard442": lambda p, c: f"Thiếu úy {_other_vn(p, 27, male=True)}",
    # traders' goods declarations
    "goods442": lambda p, c: _row(p, _VN_GOODS, 28)[0],
    "qty442": lambda p, c: f"{_num(p, 400)} {_row(p, _VN_GOODS, 28)[1]}",
    "value442": lambda p, c: f"{_num(p, 95) * 500_000:,}".replace(",", "."),
    "decl442": lambda p, c: f"TK{p.bhxh[-6:]}/CDBG",
    "market442": lambda p, c: _pick(p, _VN_MARKET, 29),
    "stall442": lambda p, c: f"Ki-ốt {_pick(p, ('A', 'B', 'C'), 30)}{_num(p, 60)}",
    # customs fines
    "decision442": lambda p, c: f"{_num(p, 700)}/QĐ-XPHC",
    "breach442": lambda p, c: _pick(p, _VN_BREACH, 31),
    "fine442": lambda p, c: f"{_num(p, 30) * 1_000_000}",
    "form442": lambda p, c: _pick(p, _VN_FORM, 32),
    "pay442": lambda p, c: _pick(p, _VN_PAY, 33),
    "flight442": lambda p, c: f"{_pick(p, ('VN', 'VJ', 'QH'), 34)}{_num(p, 900) + 100}",
    "officer442": lambda p, c: _other_vn(p, 35),
    "passport442": lambda p, c: f"{_pick(p, ('C', 'P', 'N'), 36)}{p.bhxh[-7:]}",
    # fishing boats
    "coast442": lambda p, c: _coast(p),
    "boat442": lambda p, c: _boat(p),
    "power442": lambda p, c: f"{_num(p, 80) * 10 + 90} CV",
    "gear442": lambda p, c: _pick(p, _VN_JOBNET, 37),
    "port442": lambda p, c: _pick(p, _VN_PORT, 38),
    "crew442": lambda p, c: f"{_num(p, 12) + 2}",
    "owner442": lambda p, c: _other_vn(p, 39),
    "owner_phone442": lambda p, c: _other_phone(p, "03"),
    "back442": lambda p, c: f"{_shift_date(p.other_date, 0):%d/%m/%Y} (dự kiến)",
    # Laos
    "la_family442": lambda p, c: _la_family(p),
    "la_given442": lambda p, c: _la_given(p),
    "sex_la442": lambda p, c: "Ph." if p.male else "Y.",
    "la_id442": lambda p, c: f"{_num(p, 18):02d}-{p.bhxh[-7:]}",
    "la_ban442": lambda p, c: (
        f"Heuan lek {_num(p, 260)}, {_pick(p, _LA_BAN, 40)}, {_row(p, _LA_MUANG, 41)[0]}"
    ),
    "la_muang442": lambda p, c: _row(p, _LA_MUANG, 41)[0],
    "la_khoueng442": lambda p, c: _row(p, _LA_MUANG, 41)[1],
    "phone_la442": lambda p, c: f"020 {p.phone[2:6]} {p.phone[6:10]}",
    "la_pass442": lambda p, c: f"BP{p.bhxh[-6:]}",
    "la_check442": lambda p, c: _pick(p, _LA_CHECK, 42),
    "la_family_book442": lambda p, c: f"{p.bhxh[1:6]}/{_num(p, 40)}",
    # Cambodia
    "kh_name442": lambda p, c: _kh_name(p),
    "sex_kh442": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "kh_id442": lambda p, c: _kh_digits(f"0{_num(p, 25):02d}{p.bhxh[-6:]}"),
    "kh_addr442": lambda p, c: _kh_addr(p),
    "phone_kh442": lambda p, c: (
        f"0{_pick(p, ('12', '15', '17', '89', '96'), 43)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "kh_post442": lambda p, c: _pick(p, _KH_POST, 44),
    "kh_purpose442": lambda p, c: _pick(p, _KH_PURPOSE, 45),
    "kh_bpc442": lambda p, c: f"BPC{p.bhxh[-6:]}",
    # Kyrgyzstan / Kazakhstan
    "kg_id442": lambda p, c: _kg_id(p),
    "kg_family442": lambda p, c: _kg_family(p),
    "kg_given442": lambda p, c: _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 46),
    "kg_patr442": lambda p, c: _kg_patr(p),
    "sex_kg442": lambda p, c: "муж." if p.male else "жен.",
    "kg_street442": lambda p, c: f"{_pick(p, _KG_STREET, 47)}, д. {_num(p, 150)}",
    "kg_town442": lambda p, c: _kg_town(p)[0],
    "kg_rayon442": lambda p, c: _kg_town(p)[1],
    "kg_oblast442": lambda p, c: _kg_town(p)[2],
    "kg_citizen442": lambda p, c: "Кыргызстан" if _kg_town(p)[3] == "KG" else "Казахстан",
    "phone_kg442": lambda p, c: _kg_phone(p),
    "kg_post442": lambda p, c: _pick(p, _KG_POST, 48),
    "kg_card442": lambda p, c: f"ПЖ № {p.bhxh[-6:]}",
    # Mozambique
    "mz_bi442": lambda p, c: _mz_bi(p),
    "mz_name442": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 49)} {_two(p, _MZ_FAMILY, 50)}"
    ),
    "sex_mz442": lambda p, c: "M" if p.male else "F",
    "mz_addr442": lambda p, c: (
        f"{_pick(p, _MZ_BAIRRO, 52)}, Q. {_num(p, 40)}, casa n.º {_num(p, 300)}, {_mz_city(p)[0]}"
    ),
    "mz_prov442": lambda p, c: _mz_city(p)[1],
    "phone_mz442": lambda p, c: _mz_phone(p),
    "mz_doc442": lambda p, c: _pick(p, _MZ_DOC, 53),
    "mz_docno442": lambda p, c: f"{_pick(p, ('AB', 'AC', '13AD'), 54)}{p.bhxh[-6:]}",
    "mz_post442": lambda p, c: _pick(p, _MZ_POST, 55),
    "mz_nuit442": lambda p, c: f"1{p.bhxh[-8:]}",
    "mz_born442": lambda p, c: _pick(p, ("Inhambane", "Xai-Xai", "Quelimane", "Tete"), 56),
    # Paraguay
    "py_ci442": lambda p, c: _py_ci(p),
    "py_ruc442": lambda p, c: _py_ruc(p),
    "py_family442": lambda p, c: _py_name(p)[0],
    "py_given442": lambda p, c: _py_name(p)[1],
    "sex_py442": lambda p, c: "Masculino" if p.male else "Femenino",
    "py_street442": lambda p, c: f"{_pick(p, _PY_STREET, 57)} N° {_num(p, 2000)}",
    "py_city442": lambda p, c: _row(p, _PY_CITY, 58)[0],
    "py_dpto442": lambda p, c: _row(p, _PY_CITY, 58)[1],
    "phone_py442": lambda p, c: (
        f"(09{_pick(p, ('81', '82', '83', '71', '72'), 59)}) {p.phone[4:7]}-{p.phone[7:10]}"
    ),
    "py_rubro442": lambda p, c: _pick(p, _PY_RUBRO, 60),
    "py_paso442": lambda p, c: _pick(p, _PY_PASO, 61),
    "py_monto442": lambda p, c: f"US$ {_num(p, 480) * 25}",
    "py_carnet442": lambda p, c: f"TVF-{p.other_date:%Y}-{p.bhxh[-5:]}",
}

__all__ = ["WRITERS_BLIND442"]
