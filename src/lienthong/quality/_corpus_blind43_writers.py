"""How the people of the forty-third part of the outside corpus (**blind 43**,
:mod:`lienthong.quality._corpus_blind43`) are written: four Vietnamese files' own columns (a
relocated household's land, compensation and new apartment, a karaoke or bar owner's venue and
licence, a transplant candidate's organ, blood group and centre, an ethnic-minority pupil's class,
hamlet and boarding support) and Mexican, Philippine, Cambodian, Ukrainian and Ghanaian names,
addresses, phones and identity numbers in the forms their cards show (the CURP's check digit, the
INE clave de elector, the PhilSys PCN and SSS number, the Cambodian ID card, the РНОКПП with its
weighted mod-11 digit, the Ghana Card's GHA- number)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BLOCKS = ("Block A1", "Block A3", "Block B2", "Block C", "Tòa CT1", "Tòa CT2")
_VN_SITES = ("KTĐC Vĩnh Lộc B", "Chung cư Bình Khánh", "KTĐC Thủ Thiêm", "CC Phú Thọ Hòa")
_VN_OFFICERS = ("Nguyễn Thị Mai (BQL dự án)", "Trần Văn Hùng", "Lê Quốc Bảo", "Phạm Thu Hà")
_VN_VENUES = ("Karaoke Hoàng Gia", "Karaoke Nice", "Bar Skyline", "Karaoke Thiên Đường", "Pub 79")
_VN_VENUE_STREETS = ("Lê Văn Sỹ", "Phan Xích Long", "Nguyễn Trãi", "Bùi Viện", "Cộng Hòa")
_VN_KINDS = ("Karaoke", "Karaoke", "Vũ trường", "Quán bar", "Karaoke")
_VN_ORGANS = ("Thận", "Gan", "Tim", "Giác mạc", "Thận", "Phổi")
_VN_CENTRES = (
    "BV Chợ Rẫy - Trung tâm ghép tạng",
    "BV Nhân dân 115",
    "BV Đại học Y Dược TP.HCM",
    "BV Thống Nhất",
)
_VN_ETHNIC = ("H'Mông", "Dao", "Tày", "Thái", "Ê Đê", "Khmer", "Ba Na", "Nùng")
_VN_HAMLETS = ("Bản Nà Hang", "Thôn Phiêng Luông", "Buôn Ko Sier", "Bản Sà Phìn", "Thôn Khuổi Nọi")
_MX_PAT = ("Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Cruz")
_MX_MAT = ("Pérez", "Sánchez", "Rodríguez", "Torres", "Morales", "Reyes", "Jiménez", "Ruiz")
_MX_GIVEN_M = ("Juan Carlos", "Luis", "Miguel Ángel", "Jorge", "Roberto", "Alejandro", "Óscar")
_MX_GIVEN_F = ("Guadalupe", "Rosa María", "Verónica", "Patricia", "Leticia", "Adriana", "Araceli")
#: (street and number, colonia, municipio, estado, C.P., CURP state code, INE state number)
_MX_PLACES = (
    ("Av. Insurgentes Sur 1234", "Col. del Valle", "Benito Juárez", "CDMX", "03100", "DF", "09"),
    ("Calle Morelos 45 Int. 3", "Centro", "Guadalajara", "Jalisco", "44100", "JC", "14"),
    ("Calle 5 de Mayo 210", "Col. Obispado", "Monterrey", "Nuevo León", "64060", "NL", "19"),
    ("Av. Juárez 18", "Barrio de Santiago", "Puebla", "Puebla", "72000", "PL", "21"),
    ("Calle Hidalgo 702", "Col. Reforma", "Oaxaca de Juárez", "Oaxaca", "68050", "OC", "20"),
)
_PH_FAMILY = ("Santos", "Reyes", "Dela Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva")
_PH_GIVEN_M = ("Jose", "Mark Anthony", "Rodel", "Jericho", "Ramil", "John Paul", "Danilo")
_PH_GIVEN_F = ("Maria Cristina", "Jocelyn", "Rowena", "Mary Grace", "Lorna", "Analyn", "Jennifer")
_PH_MIDDLE = ("Ramos", "Aquino", "Castillo", "Flores", "Navarro", "Pascual", "Soriano")
_PH_ADDRESSES = (
    "Blk 5 Lot 12, Brgy. San Isidro, Antipolo City, Rizal",
    "123 Rizal St., Brgy. Poblacion, Tagum City, Davao del Norte",
    "Purok 3, Brgy. Mabini, Santa Cruz, Laguna",
    "45-B Kalayaan Ave., Brgy. Pinyahan, Quezon City, Metro Manila",
    "Sitio Ilaya, Brgy. Lahug, Cebu City, Cebu",
)
_KH_FAMILY = ("សុខ", "ចាន់", "ហេង", "លឹម", "គឹម", "ម៉ៅ", "ស៊ុន", "កែវ")
_KH_GIVEN_M = ("ដារ៉ា", "វិចិត្រ", "សុភ័ក្រ", "រតនា", "វណ្ណៈ", "ពិសិដ្ឋ")
_KH_GIVEN_F = ("ស្រីនាង", "សុភា", "ចន្ទា", "ធីតា", "សុខា", "បុប្ផា")
_KH_PLACES = (
    ("ភូមិ១", "សង្កាត់បឹងកេងកង១", "ខណ្ឌបឹងកេងកង", "រាជធានីភ្នំពេញ"),
    ("ភូមិព្រែកតាកុង", "ឃុំព្រែកតាកុង", "ស្រុកកៀនស្វាយ", "ខេត្តកណ្ដាល"),
    ("ភូមិវត្តបូព៌", "សង្កាត់ស្លក្រាម", "ក្រុងសៀមរាប", "ខេត្តសៀមរាប"),
    ("ភូមិទី៣", "ឃុំកំពង់សៀម", "ស្រុកកំពង់សៀម", "ខេត្តកំពង់ចាម"),
)
_UA_FAMILY = ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник")
_UA_GIVEN_M = ("Олександр", "Андрій", "Сергій", "Юрій", "Віталій", "Євген")
_UA_GIVEN_F = ("Олена", "Наталія", "Ірина", "Світлана", "Оксана", "Юлія")
_UA_PATRO_M = ("Іванович", "Петрович", "Миколайович", "Олегович", "Васильович")
_UA_PATRO_F = ("Іванівна", "Петрівна", "Миколаївна", "Олегівна", "Василівна")
_UA_ADDRESSES = (
    "м. Київ, вул. Хрещатик, буд. 15, кв. 8",
    "м. Львів, просп. Свободи, буд. 27, кв. 41",
    "м. Дніпро, вул. Січеславська Набережна, буд. 3",
    "Вінницька обл., м. Вінниця, вул. Соборна, буд. 64, кв. 12",
    "Київська обл., Бучанський р-н, с. Гатне, вул. Шевченка, буд. 9",
)
_GH_FAMILY = ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Quaye", "Amoah")
_GH_GIVEN_M = ("Kwame", "Kofi Yeboah", "Yaw", "Kwabena", "Kwesi Nii", "Kojo")
_GH_GIVEN_F = ("Akosua", "Ama Serwaa", "Abena", "Adwoa", "Efua", "Akua Nana")
_GH_PLACES = (
    ("H/No. 12 Osu Badu Street, Airport West", "Accra Metropolitan", "Greater Accra"),
    ("Plot 7 Block B, Adum", "Kumasi Metropolitan", "Ashanti"),
    ("House No. C/45, Kotokuraba Road", "Cape Coast Metropolitan", "Central"),
    ("Hse 3, Lamashegu", "Tamale Metropolitan", "Northern"),
    ("No. 21 Liberation Road, Ho", "Ho Municipal", "Volta"),
)


def _i(p: Person, n: int) -> int:
    return int(p.bhxh) // 7 % n


def _ascii_up(text: str) -> str:
    folded = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in folded if unicodedata.category(ch) != "Mn").upper()


def _mx_names(p: Person) -> tuple[str, str, str]:
    return (
        _pick(p, _MX_PAT, 2),
        _pick(p, _MX_MAT, 3),
        _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    )


def _inner(word: str, vowels: bool) -> str:
    for ch in word[1:]:
        if (ch in "AEIOU") == vowels and ch.isalpha():
            return ch
    return "X"


def _curp(p: Person) -> str:
    """A CURP: 4 name letters, YYMMDD, sex, state, 3 inner consonants, a digit and the check."""
    pat, mat, given = (_ascii_up(x).replace(" ", "") for x in _mx_names(p))
    first = _ascii_up(_mx_names(p)[2]).split()[0]
    place = _MX_PLACES[_i(p, len(_MX_PLACES))]
    body = f"{pat[0]}{_inner(pat, True)}{mat[0]}{first[0]}{p.birth:%y%m%d}"
    body += f"{'H' if p.male else 'M'}{place[5]}"
    body += f"{_inner(pat, False)}{_inner(mat, False)}{_inner(given, False)}"
    body += str(_num(p, 9)) if p.birth.year < 2000 else "A"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - k) for k, ch in enumerate(body))
    return f"{body}{(10 - total % 10) % 10}"


def _ine(p: Person) -> str:
    """An INE clave de elector: consonant pairs of both surnames and the name, YYMMDD, state,
    sex and a homonym key."""
    pat, mat, given = (_ascii_up(x).replace(" ", "") for x in _mx_names(p))

    def pair(w: str) -> str:
        cons = [ch for ch in w if ch not in "AEIOU"]
        return (w[0] + (cons[1] if len(cons) > 1 else "X"))[:2]

    place = _MX_PLACES[_i(p, len(_MX_PLACES))]
    return (
        f"{pair(pat)}{pair(mat)}{pair(given)}{p.birth:%y%m%d}{place[6]}"
        f"{'H' if p.male else 'M'}{p.bhxh[-3:]}"
    )


def _rnokpp(p: Person) -> str:
    """A Ukrainian РНОКПП: days since 31.12.1899, a serial whose last digit is odd for men, and
    the weighted mod-11 check digit."""
    days = (p.birth - date(1899, 12, 31)).days
    serial = int(p.bhxh[-3:]) // 2 * 2 % 1000
    sex_digit = 1 + 2 * (int(p.bhxh[0]) % 5) if p.male else 2 * (int(p.bhxh[0]) % 5)
    digits = f"{days:05d}{serial:03d}{sex_digit}"
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    check = sum(w * int(ch) for w, ch in zip(weights, digits, strict=True)) % 11 % 10
    return f"{digits}{check}"


def _ua_name(p: Person) -> str:
    if p.male:
        return f"{_pick(p, _UA_FAMILY, 2)} {_pick(p, _UA_GIVEN_M, 1)} {_pick(p, _UA_PATRO_M, 3)}"
    return f"{_pick(p, _UA_FAMILY, 2)} {_pick(p, _UA_GIVEN_F, 1)} {_pick(p, _UA_PATRO_F, 3)}"


def _gh_card(p: Person) -> str:
    return f"GHA-{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:9]}-{int(p.bhxh) % 10}"


def _gh_place(p: Person) -> tuple[str, str, str]:
    return _GH_PLACES[_i(p, len(_GH_PLACES))]


def _kh_place(p: Person) -> tuple[str, str, str, str]:
    return _KH_PLACES[_i(p, len(_KH_PLACES))]


def _mx_place(p: Person) -> tuple[str, ...]:
    return _MX_PLACES[_i(p, len(_MX_PLACES))]


def _kin(p: Person) -> str:
    """A relative to call: a name and how they stand to the patient, the name's sex matching."""
    relation = _pick(p, ("vợ", "chồng", "con trai", "con gái", "mẹ", "cha"), 7)
    male = relation in ("chồng", "con trai", "cha")
    return f"{_other_vn(p, 6, male)} ({relation})"


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND43: dict[str, Callable[[Person, Col], object]] = {
    "area43": lambda p, c: f"{_num(p, 180) + 20},{_num(p, 9)}",
    "comp43": lambda p, c: _dots((_num(p, 90) + 10) * 85_000_000),
    "apartment43": lambda p, c: (
        f"{_pick(p, _VN_BLOCKS, 2)} - Căn {_num(p, 20):02d}.{_num(p, 12):02d}"
        f" - {_pick(p, _VN_SITES, 3)}"
    ),
    "officer43": lambda p, c: _pick(p, _VN_OFFICERS, 4),
    "venue43": lambda p, c: _pick(p, _VN_VENUES, 2),
    "venue_addr43": lambda p, c: (
        f"{_num(p, 250)} {_pick(p, _VN_VENUE_STREETS, 3)}, Phường {_num(p, 15)}, Quận Phú Nhuận"
    ),
    "kind43": lambda p, c: _pick(p, _VN_KINDS, 4),
    "rooms43": lambda p, c: str(_num(p, 18) + 2),
    "licence43": lambda p, c: f"{_num(p, 400):03d}/GP-UBND",
    "patient43": lambda p, c: f"CR-{p.bhxh[2:8]}",
    "blood43": lambda p, c: _pick(p, ("O+", "A+", "B+", "AB+", "O-", "B-"), 2),
    "organ43": lambda p, c: _pick(p, _VN_ORGANS, 3),
    "centre43": lambda p, c: _pick(p, _VN_CENTRES, 4),
    "priority43": lambda p, c: _pick(p, ("Khẩn cấp", "Ưu tiên 1", "Ưu tiên 2", "Thường"), 5),
    "kin43": lambda p, c: _kin(p),
    "kin_phone43": lambda p, c: _other_phone(p, "093"),
    "ethnic43": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "class43": lambda p, c: f"{_num(p, 4) + 5}{_pick(p, ('A', 'B', 'C'), 3)}",
    "hamlet43": lambda p, c: _pick(p, _VN_HAMLETS, 4),
    "distance43": lambda p, c: f"{_num(p, 25) + 4},{_num(p, 9)}",
    "parent43": lambda p, c: _other_vn(p, 5, None, p.family),
    "poor43": lambda p, c: _pick(p, ("Hộ nghèo", "Cận nghèo", "Không"), 6),
    "stipend43": lambda p, c: _dots(1_490_000 if int(p.bhxh) % 3 else 1_788_000),
    "rice43": lambda p, c: "15",
    "parent_phone43": lambda p, c: _other_phone(p, "097"),
    "curp_mx43": lambda p, c: _curp(p),
    "ine_mx43": lambda p, c: _ine(p),
    "mx_pat43": lambda p, c: _mx_names(p)[0],
    "mx_mat43": lambda p, c: _mx_names(p)[1],
    "mx_given43": lambda p, c: _mx_names(p)[2],
    "sex_mx43": lambda p, c: "H" if p.male else "M",
    "street_mx43": lambda p, c: _mx_place(p)[0],
    "colonia_mx43": lambda p, c: _mx_place(p)[1],
    "mun_mx43": lambda p, c: _mx_place(p)[2],
    "state_mx43": lambda p, c: _mx_place(p)[3],
    "cp_mx43": lambda p, c: _mx_place(p)[4],
    "phone_mx43": lambda p, c: f"55 {p.phone[2:6]} {p.phone[6:10]}",
    "program_mx43": lambda p, c: _pick(
        p, ("Pensión Adultos Mayores", "Sembrando Vida", "Becas Benito Juárez"), 4
    ),
    "pcn_ph43": lambda p, c: (
        f"{p.bhxh[:4]}-{p.bhxh[4:8]}-{p.bhxh[8:]}{p.phone[2:4]}-{p.phone[4:8]}"
    ),
    "sss_ph43": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:9]}-{p.bhxh[9]}",
    "ph_family43": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given43": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle43": lambda p, c: _pick(p, _PH_MIDDLE, 3),
    "sex_ph43": lambda p, c: "Lalaki / Male" if p.male else "Babae / Female",
    "address_ph43": lambda p, c: _PH_ADDRESSES[_i(p, len(_PH_ADDRESSES))],
    "phone_ph43": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "spouse_ph43": lambda p, c: (
        f"{_by_sex(p, _PH_GIVEN_F, _PH_GIVEN_M, 5)} {_pick(p, _PH_FAMILY, 2)}"
    ),
    "hh_ph43": lambda p, c: f"HH-{p.bhxh[:3]}-{p.bhxh[3:9]}",
    "id_kh43": lambda p, c: f"{_num(p, 25):02d}{p.bhxh[3:10]}",
    "kh_name43": lambda p, c: (
        f"{_pick(p, _KH_FAMILY, 2)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 1)}"
    ),
    "sex_kh43": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "village_kh43": lambda p, c: _kh_place(p)[0],
    "commune_kh43": lambda p, c: _kh_place(p)[1],
    "district_kh43": lambda p, c: _kh_place(p)[2],
    "province_kh43": lambda p, c: _kh_place(p)[3],
    "phone_kh43": lambda p, c: (
        f"0{_pick(p, ('12', '17', '92', '77'), 3)} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "idpoor_kh43": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:6]}-{p.bhxh[6:]}",
    "level_kh43": lambda p, c: _pick(p, ("ក្រីក្រកម្រិត១", "ក្រីក្រកម្រិត២"), 4),
    "spouse_kh43": lambda p, c: (
        f"{_pick(p, _KH_FAMILY, 5)} {_by_sex(p, _KH_GIVEN_F, _KH_GIVEN_M, 6)}"
    ),
    "rnokpp_ua43": lambda p, c: _rnokpp(p),
    "ua_name43": lambda p, c: _ua_name(p),
    "sex_ua43": lambda p, c: "чоловіча" if p.male else "жіноча",
    "passport_ua43": lambda p, c: (
        f"{_pick(p, ('КВ', 'СН', 'МЕ', 'ВА'), 3)} {p.bhxh[-6:]}"
        if p.birth.year < 1980
        else f"00{p.bhxh[:7]}"
    ),
    "address_ua43": lambda p, c: _UA_ADDRESSES[_i(p, len(_UA_ADDRESSES))],
    "phone_ua43": lambda p, c: (
        f"+380 {_pick(p, ('67', '50', '63', '97'), 4)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:]}"
    ),
    "vpo_ua43": lambda p, c: f"{_num(p, 99):04d}-{p.bhxh[:10]}",
    "sum_ua43": lambda p, c: _pick(p, ("2000,00", "3000,00", "6600,00"), 5),
    "iban_ua43": lambda p, c: f"UA{p.bhxh[:2]}3052990000026{p.bhxh}{p.phone[-4:]}",
    "officer_ua43": lambda p, c: _pick(p, ("Гнатюк О.В.", "Савчук І.М.", "Литвин Н.П."), 6),
    "ghcard_gh43": lambda p, c: _gh_card(p),
    "gh_family43": lambda p, c: _pick(p, _GH_FAMILY, 2).upper(),
    "gh_given43": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 1),
    "sex_gh43": lambda p, c: "Male" if p.male else "Female",
    "street_gh43": lambda p, c: _gh_place(p)[0],
    "district_gh43": lambda p, c: _gh_place(p)[1],
    "region_gh43": lambda p, c: _gh_place(p)[2],
    "phone_gh43": lambda p, c: (
        f"0{_pick(p, ('24', '54', '20', '55'), 3)} {p.phone[3:6]} {p.phone[6:]}"
    ),
    "nhis_gh43": lambda p, c: f"{p.bhxh[:8]}",
    "ssnit_gh43": lambda p, c: f"C{p.bhxh[:2]}{p.phone[2:]}{p.bhxh[-2:]}",
    "kin_gh43": lambda p, c: f"{_by_sex(p, _GH_GIVEN_F, _GH_GIVEN_M, 6)} {_pick(p, _GH_FAMILY, 7)}",
    "hometown_gh43": lambda p, c: _pick(p, ("Akropong", "Aburi", "Nkawkaw", "Keta", "Bawku"), 8),
}
