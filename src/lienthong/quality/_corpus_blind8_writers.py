"""How the people of the eighth part of the outside corpus (**blind 8**,
:mod:`lienthong.quality._corpus_blind8`) are written: Mexican, Argentine, Russian, Greek,
Jordanian, US, Vietnamese ethnic-minority, Cambodian and Lao names, addresses, phones with their
country codes, notes, and identity numbers with their own check digits (CURP, CUIL, СНИЛС, ΑΜΚΑ,
a Verhoeff-checked card number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_MX_FAMILY = ("García", "Hernández", "Martínez", "López", "González", "Pérez", "Sánchez", "Ruiz")
_MX_GIVEN_M = ("José Luis", "Juan", "Miguel Ángel", "Luis", "Jesús", "Alejandro", "Iñaki")
_MX_GIVEN_F = ("María Guadalupe", "Ana Sofía", "Fernanda", "Ximena", "Lupita", "Rocío")
_MX_STATES = ("DF", "JC", "NL", "PL", "VZ", "GT", "OC", "YN")
_MX_COLONIAS: tuple[str, ...] = (
    "Col. Juárez, Cuauhtémoc, CDMX",
    "Col. Roma Norte, Cuauhtémoc, CDMX",
    "Col. Americana, Guadalajara, Jal.",
    "Col. Centro, Monterrey, N.L.",
)
_AR_FAMILY = ("González", "Rodríguez", "Fernández", "López", "Martínez", "Gómez", "Díaz", "Pérez")
_AR_GIVEN_M = ("Juan Pablo", "Santiago", "Matías", "Facundo", "Nicolás", "Agustín")
_AR_GIVEN_F = ("Sofía", "Valentina", "Camila", "Lucía Belén", "Florencia", "Milagros")
_AR_STREETS = ("Av. Corrientes", "Av. Rivadavia", "Calle Florida", "Av. Santa Fe", "Tucumán")
_RU_FAMILY = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов")
_RU_GIVEN_M = ("Александр", "Дмитрий", "Сергей", "Андрей", "Михаил", "Алексей")
_RU_GIVEN_F = ("Елена", "Ольга", "Наталья", "Татьяна", "Анна", "Юлия")
_RU_FATHERS = ("Александров", "Сергеев", "Иванов", "Петров", "Николаев", "Владимиров")
_RU_STREETS = ("ул. Тверская", "ул. Ленина", "пр-т Мира", "ул. Садовая", "Невский пр-т")
_RU_TOWNS = ("г. Москва", "г. Санкт-Петербург", "г. Казань", "г. Новосибирск")
_NOTES_RU = ("Без замечаний", "Снят с регистрационного учёта", "Документы не полные")
_GR_FAMILY_M = ("Παπαδόπουλος", "Γεωργίου", "Οικονόμου", "Νικολάου", "Παπαδάκης", "Βλάχος")
_GR_FAMILY_F = ("Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Νικολάου", "Παπαδάκη", "Βλάχου")
_GR_GIVEN_M = ("Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νίκος", "Ιωάννης", "Χρήστος")
_GR_GIVEN_F = ("Μαρία", "Ελένη", "Αικατερίνη", "Σοφία", "Βασιλική", "Αγγελική")
_GR_FATHERS = ("Ιωάννης", "Γεώργιος", "Νικόλαος", "Χρήστος", "Παναγιώτης", "Σπυρίδων")
_GR_STREETS = ("Ερμού", "Σταδίου", "Πανεπιστημίου", "Αγίου Κωνσταντίνου", "Πατησίων")
_AR_SCRIPT_GIVEN_M = ("محمد", "أحمد", "خالد", "عمر", "يوسف", "إبراهيم")
_AR_SCRIPT_GIVEN_F = ("فاطمة", "مريم", "نور", "سارة", "ليلى", "هدى")
_AR_SCRIPT_FATHERS = ("عبد الله", "علي", "حسن", "إبراهيم", "محمود", "سليمان")
_AR_SCRIPT_FAMILY = ("العلي", "الخطيب", "الحسن", "النجار", "المصري", "الزعبي")
_JO_PLACES: tuple[str, ...] = (
    "عمّان، جبل الحسين، شارع خالد بن الوليد",
    "إربد، الحي الشرقي، شارع الجامعة",
    "الزرقاء، حي معصوم، شارع الملك حسين",
    "عمّان، الشميساني، شارع عبد الحميد شرف",
)
_NOTES_AR = ("لا توجد ملاحظات", "تم التواصل هاتفياً", "الوثائق ناقصة، يراجع لاحقاً")
_US_TOWNS = ("Houston, TX", "Phoenix, AZ", "Columbus, OH", "Tampa, FL", "Fresno, CA", "Guam")
#: (name, ethnic group) by sex: the name's shape says the group (Hờ A Páo is H'Mông)
_VN_MINORITY_M = (
    ("Hờ A Páo", "H'Mông"),
    ("Giàng A Lử", "H'Mông"),
    ("Vàng Seo Pử", "H'Mông"),
    ("Y Moan Êban", "Ê Đê"),
    ("Y Blô Niê", "Ê Đê"),
    ("K'Bròn", "Cơ Ho"),
    ("Lò Văn Pọm", "Thái"),
    ("Rơ Châm Hyin", "Gia Rai"),
    ("Ma Văn Thắng", "Tày"),
)
_VN_MINORITY_F = (
    ("Lò Thị Mai", "Thái"),
    ("Sùng Thị Dở", "H'Mông"),
    ("Hờ Thị Chu", "H'Mông"),
    ("H'Hen Niê", "Ê Đê"),
    ("H'Luyện Êban", "Ê Đê"),
    ("Ka Huệ", "Cơ Ho"),
    ("Lường Thị Ón", "Thái"),
    ("Rơ Mah Nhi", "Gia Rai"),
    ("Vi Thị Sinh", "Nùng"),
)
_VN_VILLAGES = (
    "Thôn Lũng Cẩm, xã Sủng Là, huyện Đồng Văn, tỉnh Hà Giang",
    "Bản Nậm Cang, xã Sa Pa, tỉnh Lào Cai",
    "Buôn Kô Sier, phường Tân Lợi, TP. Buôn Ma Thuột, tỉnh Đắk Lắk",
    "Buôn Đôn, xã Krông Na, tỉnh Đắk Lắk",
    "Thôn K'Long, xã Hiệp An, huyện Đức Trọng, tỉnh Lâm Đồng",
    "Bản Co Mạ, xã Co Mạ, huyện Thuận Châu, tỉnh Sơn La",
    "Làng Plei Ốp, phường Tây Sơn, TP. Pleiku, tỉnh Gia Lai",
)
_KH_FAMILY = ("Sok", "Chan", "Meas", "Kim", "Heng", "Keo", "Chea", "Ly", "Nhem")
_KH_GIVEN_M = ("Dara", "Vannak", "Sokha", "Piseth", "Rithy", "Visal")
_KH_GIVEN_F = ("Sreymom", "Sophea", "Channary", "Bopha", "Kanha", "Sreyleak")
_KH_PLACES: tuple[str, ...] = ("Sangkat Boeng Keng Kang Muoy, Khan Boeng Keng Kang, Phnom Penh",)
_KH_PLACES += ("Sangkat Svay Dangkum, Krong Siem Reap, Siem Reap",)
_KH_PLACES += ("Sangkat Tuol Tumpung Ti Pir, Khan Chamkar Mon, Phnom Penh",)
_LA_GIVEN_M = ("Souksavanh", "Khamphone", "Bounmy", "Somphone", "Phouvong", "Sengdao")
_LA_GIVEN_F = ("Keo", "Noy", "Vilayvanh", "Manivone", "Chanthaly", "Phonesavanh")
_LA_FAMILY = ("Phommachanh", "Vongsa", "Sisouphanh", "Keomany", "Chanthavong", "Inthavong")
_LA_PLACES: tuple[str, ...] = ("Ban Sisavath Neua, Muang Chanthabouly, Nakhonluang Vientiane",)
_LA_PLACES += ("Ban Phonxay, Muang Xaysetha, Nakhonluang Vientiane",)
_LA_PLACES += ("Ban Xieng Mouane, Muang Luang Prabang, Khoueng Luang Prabang",)
_NOTES_LA = ("ບໍ່ມີໝາຍເຫດ", "ຍ້າຍໄປແຂວງອື່ນ", "ເອກະສານບໍ່ຄົບ, ຈະມາຕື່ມ")


def _pick(p: Person, options: tuple[str, ...], salt: int = 0) -> str:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _by_sex(p: Person, male: tuple[str, ...], female: tuple[str, ...], salt: int = 0) -> str:
    return _pick(p, male if p.male else female, salt)


def _num(p: Person, mod: int = 120) -> int:
    return int(p.bhxh[-7:]) // (mod % 5 + 1) % mod + 1


def _note(p: Person, notes: tuple[str, ...]) -> str:
    pick = int(p.bhxh[-4:])
    return "" if pick % 3 == 1 else notes[pick % len(notes)]


def _letters(text: str) -> str:
    out = text.upper()
    for a, b in zip("ÁÉÍÓÚÜÑ", "AEIOUUX", strict=True):
        out = out.replace(a, b)
    return "".join(ch for ch in out if ch.isalpha())


def _curp_head(p: Person) -> str:
    """The CURP's and the RFC's four letters and birth date."""
    paterno, materno = _letters(_pick(p, _MX_FAMILY, 2)), _letters(_pick(p, _MX_FAMILY, 3))
    given = _letters(_by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1))
    vowel = next((ch for ch in paterno[1:] if ch in "AEIOU"), "X")
    return f"{paterno[0]}{vowel}{materno[0]}{given[0]}{p.birth:%y%m%d}"


def _curp(p: Person) -> str:
    """A Mexican CURP: 17 characters and a check digit (values 0-9 A-Z with Ñ, weights 18..2)."""
    paterno, materno = _letters(_pick(p, _MX_FAMILY, 2)), _letters(_pick(p, _MX_FAMILY, 3))
    given = _letters(_by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1))
    inner = "".join(next((c for c in w[1:] if c not in "AEIOU"), "X") for w in (paterno, materno))
    inner += next((c for c in given[1:] if c not in "AEIOU"), "X")
    serial = str(int(p.bhxh[0])) if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    head = _curp_head(p) + ("H" if p.male else "M") + _pick(p, _MX_STATES, 4) + inner + serial
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _cuil(p: Person) -> str:
    """An Argentine CUIL, ``20-32456789-3``: 20 men, 27 women (23 when no digit fits), mod 11."""
    dni = _dni_number(p)
    prefix = "20" if p.male else "27"
    eleven_less = f"{prefix}{dni:08d}"
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(eleven_less, weights, strict=True))
    check = (11 - total % 11) % 11
    if check == 10:
        prefix, check = "23", 9 if p.male else 4
    return f"{prefix}-{dni:08d}-{check}"


def _dni_number(p: Person) -> int:
    return 10_000_000 + int(p.bhxh[:8]) % 35_000_000


def _snils(p: Person) -> str:
    """A Russian СНИЛС, ``123-456-789 01``: nine digits and a two-digit check (weights 9..1)."""
    nine = f"{int(p.bhxh[:9]) % 998_000_000 + 1_001_999:09d}"
    total = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101 % 100
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {check:02d}"


def _amka(p: Person) -> str:
    """A Greek ΑΜΚΑ: ddmmyy, four digits (the last even for women) and a Luhn check digit."""
    serial = f"{p.bhxh[:3]}{(int(p.bhxh[3]) // 2) * 2 + (1 if p.male else 0)}"
    ten = f"{p.birth:%d%m%y}{serial}"
    total = 0
    for i, ch in enumerate(ten):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return f"{ten}{(10 - total % 10) % 10}"


_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _verhoeff(digits: str) -> str:
    """``digits`` and their Verhoeff check digit (the dihedral group D5 scheme)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    return f"{digits}{_INV[c]}"


def _ssn(p: Person) -> str:
    """A US SSN, ``123-45-6789`` (area 001-665 and 667-899, never 000 or 666)."""
    area = int(p.bhxh[:3]) % 899 + 1
    area = 667 if area == 666 else area
    return f"{area:03d}-{int(p.bhxh[3:5]) % 99 + 1:02d}-{int(p.bhxh[5:9]) % 9999 + 1:04d}"


def _vn_minority(p: Person) -> tuple[str, str]:
    return (_VN_MINORITY_M if p.male else _VN_MINORITY_F)[int(p.bhxh) % 9]


WRITERS_BLIND8: dict[str, Callable[[Person, Col], object]] = {
    "mx_paterno": lambda p, c: _pick(p, _MX_FAMILY, 2),
    "mx_materno": lambda p, c: _pick(p, _MX_FAMILY, 3),
    "mx_given": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    "curp": lambda p, c: _curp(p),
    "rfc": lambda p, c: (
        f"{_curp_head(p)}{p.bhxh[4]}{'ABCDEFGHJKLMN'[int(p.bhxh[5:7]) % 13]}{p.bhxh[7]}"
    ),
    "sex_mx": lambda p, c: "H" if p.male else "M",
    "address_mx": lambda p, c: (
        f"Calle {_pick(p, ('Reforma', 'Hidalgo', 'Morelos', 'Insurgentes Sur'), 5)} {_num(p, 900)}"
        f", {_pick(p, _MX_COLONIAS, 6)}, C.P. 0{_num(p, 9)}{p.bhxh[-3:]}"
    ),
    "phone_mx": lambda p, c: f"+52 55 {p.phone[2:6]} {p.phone[6:10]}",
    "ar_full": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2).upper()}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)}"
    ),
    "dni_ar": lambda p, c: f"{_dni_number(p):,}".replace(",", "."),
    "cuil": lambda p, c: _cuil(p),
    "phone_ar": lambda p, c: f"+54 9 11 {p.phone[2:6]}-{p.phone[6:10]}",
    "address_ar": lambda p, c: (
        f"{_pick(p, _AR_STREETS, 3)} {_num(p, 3000)}, Piso {_num(p, 12)} Dto. "
        f"{'ABCD'[int(p.bhxh) % 4]}, C1{p.bhxh[-3:]} CABA"
    ),
    "ru_family": lambda p, c: _pick(p, _RU_FAMILY, 2) + ("" if p.male else "а"),
    "ru_given": lambda p, c: _by_sex(p, _RU_GIVEN_M, _RU_GIVEN_F, 1),
    "ru_patronymic": lambda p, c: _pick(p, _RU_FATHERS, 3) + ("ич" if p.male else "на"),
    "sex_ru": lambda p, c: "М" if p.male else "Ж",
    "snils": lambda p, c: _snils(p),
    "address_ru": lambda p, c: (
        f"{_pick(p, _RU_TOWNS, 4)}, {_pick(p, _RU_STREETS, 5)}, д. {_num(p, 90)}, "
        f"кв. {_num(p, 200)}"
    ),
    "phone_ru": lambda p, c: f"+7 (9{p.phone[1:3]}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}",
    "note_ru": lambda p, c: _note(p, _NOTES_RU),
    "gr_family": lambda p, c: _by_sex(p, _GR_FAMILY_M, _GR_FAMILY_F, 2),
    "gr_given": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1),
    "gr_father": lambda p, c: _pick(p, _GR_FATHERS, 3),
    "amka": lambda p, c: _amka(p),
    "sex_gr": lambda p, c: "Άνδρας" if p.male else "Γυναίκα",
    "address_gr": lambda p, c: f"{_pick(p, _GR_STREETS, 4)} {_num(p, 150)}, Αθήνα",
    "postcode_gr": lambda p, c: f"1{_num(p, 6) + 3}{p.bhxh[-1]} {p.bhxh[-3:-1]}",
    "ar_script_full": lambda p, c: (
        f"{_by_sex(p, _AR_SCRIPT_GIVEN_M, _AR_SCRIPT_GIVEN_F, 1)} {_pick(p, _AR_SCRIPT_FATHERS, 3)}"
        f" {_pick(p, _AR_SCRIPT_FAMILY, 2)}"
    ),
    "jo_national": lambda p, c: f"{p.birth.year}{(1 if p.male else 2)}{p.bhxh[-5:]}",
    "sex_ar": lambda p, c: "ذكر" if p.male else "أنثى",
    "address_jo": lambda p, c: f"{_pick(p, _JO_PLACES, 4)}، عمارة {_num(p, 60)}",
    "phone_jo": lambda p, c: f"+962 7{'789'[int(p.bhxh) % 3]} {p.phone[3:6]} {p.phone[6:10]}",
    "note_ar": lambda p, c: _note(p, _NOTES_AR),
    "pob_us": lambda p, c: _pick(p, _US_TOWNS, 4),
    "ssn": lambda p, c: _ssn(p),
    "zip_us": lambda p, c: f"{int(p.bhxh[-5:]) % 89_999 + 10_001:05d}",
    "phone_us": lambda p, c: f"+1 {p.phone[1:4]}-555-{p.phone[-4:]}",
    "vn_minority_full": lambda p, c: _vn_minority(p)[0],
    "ethnic_vn": lambda p, c: _vn_minority(p)[1],
    "address_vn_village": lambda p, c: _pick(p, _VN_VILLAGES, 3),
    "phone_vn_intl": lambda p, c: f"+84 {p.phone[1:4]} {p.phone[4:7]} {p.phone[7:]}",
    "kh_family": lambda p, c: _pick(p, _KH_FAMILY, 2),
    "kh_given": lambda p, c: _by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 1),
    "sex_kh": lambda p, c: "Pros" if p.male else "Srey",
    "kh_id": lambda p, c: _verhoeff(f"{int(p.bhxh[0]) % 2}{p.bhxh[1:9]}"),
    "address_kh": lambda p, c: f"Phum {_num(p, 14)}, {_pick(p, _KH_PLACES, 3)}",
    "phone_kh": lambda p, c: f"+855 {p.phone[1:3]} {p.phone[3:6]} {p.phone[6:9]}",
    "la_full": lambda p, c: f"{_by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 1)} {_pick(p, _LA_FAMILY, 2)}",
    "sex_la": lambda p, c: "Xai" if p.male else "Ying",
    "la_id": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:10]}",
    "address_la": lambda p, c: _pick(p, _LA_PLACES, 3),
    "phone_la": lambda p, c: f"+856 20 {p.phone[2:6]} {p.phone[6:10]}",
    "note_la": lambda p, c: _note(p, _NOTES_LA),
}
