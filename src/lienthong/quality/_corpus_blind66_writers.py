"""How the people of the sixty-sixth part of the outside corpus (**blind 66**,
:mod:`lienthong.quality._corpus_blind66`) are written: four Vietnamese files' own columns (a
relative abroad who sends money home, a teacher's old and new school, a household's beehives or
fish pond, an organ donor's registration and the relative who witnessed it) and Filipino,
Colombian, Georgian, Mongolian and New Zealand names, addresses, phones and identity numbers in
the forms their cards show (the Mongolian registration number with the birth date in its digits
and the sex in its ninth, the New Zealand NHI with its mod-11 check character), so that each
file reads like the one its office really keeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (country, its calling code and a mobile prefix there)
_VN_COUNTRIES = (
    ("Hàn Quốc", "+82 10-"),
    ("Nhật Bản", "+81 90-"),
    ("Đài Loan", "+886 9"),
    ("Hoa Kỳ", "+1 714-"),
    ("CHLB Đức", "+49 151 "),
    ("Úc", "+61 4"),
)
_VN_WAYS = ("XKLĐ", "Du học", "Định cư", "Kết hôn với người nước ngoài", "XKLĐ")
_VN_RELATIONS = ("Con", "Vợ", "Chồng", "Con", "Em ruột", "Cháu")
_VN_BANKS = ("Vietcombank CN Đà Nẵng", "Agribank Hòa Vang", "BIDV Sơn Trà", "Dịch vụ Western Union")
_VN_SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh", "Tiểu học", "GDTC", "Tin học", "KHTN")
_VN_RANKS = ("Hạng III", "Hạng II", "Hạng III", "Hạng I")
_VN_SCHOOLS = (
    "Trường TH Nguyễn Văn Trỗi",
    "Trường THCS Lê Lợi",
    "Trường TH&THCS Xã Phú Mỹ",
    "Trường THCS Trần Phú",
    "Trường TH số 2 Thị trấn",
    "Trường PTDTBT TH Trà Leng",
)
_VN_REASONS = ("Theo nguyện vọng", "Điều động theo nhu cầu", "Đoàn tụ gia đình", "Sắp xếp trường")
_VN_HAMLETS = (
    "Thôn Đông, Xã Hòa Bình, Huyện Kim Bôi, Tỉnh Hòa Bình",
    "Xóm 3, Xã Nghĩa Hưng, Huyện Lạng Giang, Tỉnh Bắc Giang",
    "Thôn Trung Hậu, Xã Tiền Phong, Huyện Mê Linh, TP. Hà Nội",
    "Ấp Bình An, Xã Long Hòa, Huyện Cần Đước, Tỉnh Long An",
)
_VN_FISH = ("Cá trắm, cá mè", "Cá rô phi", "Cá chép lai", "Cá trê, cá rô đồng")
_VN_BEES = ("Ong nội (Apis cerana)", "Ong ngoại (Apis mellifera)")
_VN_BLOOD = ("O+", "A+", "B+", "AB+", "O+", "B+", "A-")
_VN_ORGANS = ("Toàn bộ mô, tạng", "Giác mạc", "Thận, gan", "Tim, phổi, giác mạc", "Giác mạc, da")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva")
_PH_GIVEN_M = ("Juan Carlo", "Mark Anthony", "Jose", "Rodel", "John Paul", "Ramon")
_PH_GIVEN_F = ("Maria Cristina", "Jocelyn", "Rowena", "Ma. Teresa", "Angelica", "Lorna")
_PH_PLACES = (
    ("1254 Rizal Ave., Brgy. 310, Sta. Cruz, Manila", "1014"),
    ("Blk 5 Lot 12, Dagupan St., Brgy. 20, Tondo, Manila", "1012"),
    ("2140 Taft Ave., Brgy. 701, Malate, Manila", "1004"),
    ("87 P. Guevarra St., Brgy. 407, Sampaloc, Manila", "1008"),
    ("Unit 3B, 455 Quezon Blvd., Quiapo, Manila", "1001"),
)
_CO_FAMILY = ("Rodríguez", "Gómez", "Martínez", "Hernández", "López", "Castro", "Ramírez")
_CO_GIVEN_M = ("Andrés", "Juan David", "Carlos", "Jhon Fredy", "Santiago", "Luis Fernando")
_CO_GIVEN_F = ("Luz Marina", "Diana Carolina", "Yuliana", "María José", "Paola", "Leidy")
_CO_PLACES = (
    ("Calle 45 # 13-22 Apto 301", "Teusaquillo"),
    ("Cra. 7 # 32-16", "Santa Fe"),
    ("Av. Boyacá # 68-40 Sur", "Kennedy"),
    ("Diagonal 146 # 91-19 Int. 4", "Suba"),
    ("Transversal 78J # 41-05 Sur", "Kennedy"),
    ("Calle 63 # 9-40", "Chapinero"),
)
_GE_FAMILY = ("ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ხარაიშვილი")
_GE_GIVEN_M = ("გიორგი", "დავით", "ლევან", "ირაკლი", "ნიკოლოზ", "ზურაბ")
_GE_GIVEN_F = ("ნინო", "მარიამ", "თამარ", "ეკატერინე", "ნათია", "ქეთევან")
_GE_PLACES = (
    ("ქ. თბილისი, ჭავჭავაძის გამზ. 12, ბ. 5", "ვაკე"),
    ("ქ. თბილისი, გლდანის მე-3 მ/რ, კორპ. 14, ბ. 48", "გლდანი"),
    ("ქ. თბილისი, აღმაშენებლის გამზ. 101", "ჩუღურეთი"),
    ("ქ. თბილისი, ვაჟა-ფშაველას გამზ. 71, ბ. 22", "საბურთალო"),
    ("ქ. თბილისი, ქეთევან დედოფლის გამზ. 6", "ისანი"),
)
_MN_FAMILY = ("Батбаяр", "Ганболд", "Мөнхбат", "Эрдэнэбилэг", "Цэрэндорж", "Баатар")
_MN_GIVEN_M = ("Тэмүүлэн", "Бат-Эрдэнэ", "Ганзориг", "Энхболд", "Мөнх-Очир", "Сүхбат")
_MN_GIVEN_F = ("Сарнай", "Оюунчимэг", "Анужин", "Номин-Эрдэнэ", "Мөнхзаяа", "Солонго")
_MN_CLANS = ("Боржигин", "Хиад", "Тайчууд", "Олхонууд", "Хонгирад")
_MN_PLACES = (
    ("Баянзүрх дүүрэг, 26-р хороо, 13-р хороолол, 45-р байр, 12 тоот", "Баянзүрх"),
    ("Сонгинохайрхан дүүрэг, 32-р хороо, Толгойт, 4-р гудамж, 118 тоот", "Сонгинохайрхан"),
    ("Чингэлтэй дүүрэг, 19-р хороо, Дэнжийн 1000, 23-р гудамж, 7 тоот", "Чингэлтэй"),
    ("Сүхбаатар дүүрэг, 1-р хороо, Энхтайваны өргөн чөлөө, 8-р байр, 31 тоот", "Сүхбаатар"),
    ("Хан-Уул дүүрэг, 15-р хороо, Яармаг, 112 тоот", "Хан-Уул"),
)
_MN_LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"
_NZ_FAMILY = ("Smith", "Ngata", "Tuhoe", "Wilson", "Te Rangi", "Fa'amausili", "Patel", "Chen")
_NZ_GIVEN_M = ("James", "Wiremu", "Tama", "Liam", "Sione", "Rawiri")
_NZ_GIVEN_F = ("Aroha", "Charlotte", "Mere", "Olivia", "Losa", "Ngaire")
_NZ_PLACES = (
    ("12 Ponsonby Road", "Ponsonby", "1011"),
    ("4/38 Great South Road", "Ōtāhuhu", "1062"),
    ("221 Weymouth Road", "Manurewa", "2102"),
    ("7A Hurstmere Road", "Takapuna", "0622"),
    ("15 Great North Road", "Henderson", "0612"),
    ("90 New North Road", "Mount Albert", "1025"),
)
_NZ_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _usd(p: Person) -> str:
    return f"{(_num(p, 60) + 3) * 500:,}".replace(",", ".")


def _bees(p: Person) -> bool:
    return int(p.bhxh) % 3 == 0


def _country(p: Person) -> tuple[str, str]:
    return _VN_COUNTRIES[int(p.bhxh) // 5 % len(_VN_COUNTRIES)]


def _witness_cccd(p: Person) -> str:
    """A relative's twelve-digit CCCD: another province, the relative's own sex-century digit."""
    province = _pick(p, ("001", "031", "036", "048", "079"), 5)
    return f"{province}{int(p.bhxh[0]) % 4}{p.bhxh[-2:]}{p.bhxh[1:7]}"


def _sss(p: Person) -> str:
    return f"{p.bhxh[:2]}-{p.bhxh[2:9]}-{p.bhxh[9]}"


def _tin(p: Person) -> str:
    return f"{p.bhxh[1:4]}-{p.bhxh[4:7]}-{p.bhxh[7:10]}-000"


def _pcn(p: Person) -> str:
    """A PhilSys card number as the card prints it: sixteen digits in fours."""
    digits = f"{p.bhxh[::-1]}{p.phone[-6:]}"
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def _co_document(p: Person) -> tuple[str, str]:
    """Colombians born from 2004 carry a NUIP of ten digits starting with 10 (the cédula keeps it
    at 18); those born before hold the old cédula of eight digits."""
    if p.birth.year >= 2004:
        return "NUIP", f"10{p.bhxh[2:10]}"
    lead = "79" if p.male else "52"
    return "CC", f"{lead}{p.bhxh[4:10]}"


def _ge_personal(p: Person) -> str:
    """A Georgian personal number: eleven digits, the first two the issuing office (01 Tbilisi)."""
    return f"01{p.bhxh[1:10]}"


def _mn_register(p: Person) -> str:
    """A Mongolian registration number: two Cyrillic letters, then YYMMDD (the month plus 20 for
    those born from 2000) and two digits, the first odd for men and even for women."""
    first = _MN_LETTERS[int(p.bhxh[:3]) % len(_MN_LETTERS)]
    second = _MN_LETTERS[int(p.bhxh[3:6]) % len(_MN_LETTERS)]
    month = p.birth.month + (20 if p.birth.year >= 2000 else 0)
    sex = int(p.bhxh[6]) // 2 * 2 + (1 if p.male else 0)
    return f"{first}{second}{p.birth:%y}{month:02d}{p.birth:%d}{sex}{p.bhxh[7]}"


def _nhi(p: Person) -> str:
    """A New Zealand NHI in the old form ``ABC1234``: three letters (no I or O) worth 1 to 24,
    three digits, and a check digit ``11 - sum(v * (7..2)) % 11`` (10 reads 0, 0 is never
    issued, so the serial moves on)."""
    letters = [int(p.bhxh[i : i + 2]) % 24 for i in (0, 2, 4)]
    letters[0] = min(letters[0], 22)
    serial = int(p.bhxh[6:9])
    for bump in range(12):
        digits = f"{(serial + bump) % 1000:03d}"
        values = [n + 1 for n in letters] + [int(ch) for ch in digits]
        rest = sum(v * w for v, w in zip(values, range(7, 1, -1), strict=True)) % 11
        if rest:
            head = "".join(_NZ_LETTERS[n] for n in letters)
            return f"{head}{digits}{(11 - rest) % 10}"
    return "ZZZ0024"


WRITERS_BLIND66: dict[str, Callable[[Person, Col], object]] = {
    "abroad66": lambda p, c: _other_vn(p, 3),
    "relation66": lambda p, c: _pick(p, _VN_RELATIONS, 2),
    "country66": lambda p, c: _country(p)[0],
    "way66": lambda p, c: _pick(p, _VN_WAYS, 4),
    "usd66": lambda p, c: _usd(p),
    "bank66": lambda p, c: _pick(p, _VN_BANKS, 5),
    "abroad_phone66": lambda p, c: f"{_country(p)[1]}{p.bhxh[:4]} {p.bhxh[4:8]}",
    "subject66": lambda p, c: _pick(p, _VN_SUBJECTS, 2),
    "rank66": lambda p, c: _pick(p, _VN_RANKS, 3),
    "old_school66": lambda p, c: _pick(p, _VN_SCHOOLS, 4),
    "new_school66": lambda p, c: _pick(p, _VN_SCHOOLS, 6),
    "decision66": lambda p, c: f"{_num(p, 400) + 100}/QĐ-UBND",
    "reason66": lambda p, c: _pick(p, _VN_REASONS, 5),
    "years66": lambda p, c: str(_num(p, 25) + 2),
    "rural66": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "kind66": lambda p, c: "Nuôi ong" if _bees(p) else "Ao nuôi cá",
    "hives66": lambda p, c: str(_num(p, 80) + 5) if _bees(p) else "",
    "pond66": lambda p, c: "" if _bees(p) else str((_num(p, 40) + 2) * 50),
    "species66": lambda p, c: _pick(p, _VN_BEES if _bees(p) else _VN_FISH, 3),
    "yield66": lambda p, c: str((_num(p, 30) + 1) * 20),
    "vietgap66": lambda p, c: _pick(p, ("Có", "Chưa", "Chưa", "Đang làm hồ sơ"), 4),
    "extension66": lambda p, c: _other_vn(p, 6),
    "reg66": lambda p, c: f"HT-{p.bhxh[-4:]}/{p.other_date:%Y}",
    "blood66": lambda p, c: _pick(p, _VN_BLOOD, 2),
    "organs66": lambda p, c: _pick(p, _VN_ORGANS, 3),
    "witness66": lambda p, c: _other_vn(p, 4, family=p.family),
    "wrel66": lambda p, c: _pick(p, ("Vợ", "Chồng", "Con", "Mẹ", "Anh trai", "Chị gái"), 5),
    "wphone66": lambda p, c: _other_phone(p, "098"),
    "wcccd66": lambda p, c: _witness_cccd(p),
    "card66": lambda p, c: "Đã cấp thẻ" if int(p.bhxh) % 4 else "Chờ cấp thẻ",
    "ph_family66": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given66": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle66": lambda p, c: _pick(p, _PH_FAMILY, 3),
    "sex_ph66": lambda p, c: "M" if p.male else "F",
    "civil_ph66": lambda p, c: _pick(p, ("Single", "Married", "Widowed", "Kasal", "Walang asawa")),
    "pcn_ph66": lambda p, c: _pcn(p),
    "sss_ph66": lambda p, c: _sss(p),
    "tin_ph66": lambda p, c: _tin(p),
    "addr_ph66": lambda p, c: _place(p, _PH_PLACES)[0],
    "zip_ph66": lambda p, c: _place(p, _PH_PLACES)[1],
    "phone_ph66": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "employer_ph66": lambda p, c: _pick(p, ("SM Supermarket Manila", "Jollibee Recto", "N/A")),
    "kin_ph66": lambda p, c: f"{_by_sex(p, _PH_GIVEN_F, _PH_GIVEN_M, 4)} {_pick(p, _PH_FAMILY, 5)}",
    "doc_type_co66": lambda p, c: _co_document(p)[0],
    "doc_co66": lambda p, c: _co_document(p)[1],
    "co_pat66": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "co_mat66": lambda p, c: _pick(p, _CO_FAMILY, 3),
    "co_given66": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1),
    "sex_co66": lambda p, c: "M" if p.male else "F",
    "street_co66": lambda p, c: _place(p, _CO_PLACES)[0],
    "localidad_co66": lambda p, c: _place(p, _CO_PLACES)[1],
    "phone_co66": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "eps_co66": lambda p, c: _pick(p, ("Capital Salud", "Compensar", "Sanitas", "Famisanar"), 4),
    "estrato_co66": lambda p, c: str(_num(p, 4) + 1),
    "guardian_co66": lambda p, c: f"CC {p.bhxh[::-1][:8]}",
    "ge_personal66": lambda p, c: _ge_personal(p),
    "ge_family66": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "ge_given66": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "ge_father66": lambda p, c: _pick(p, _GE_GIVEN_M, 3),
    "sex_ge66": lambda p, c: "მამრობითი" if p.male else "მდედრობითი",
    "addr_ge66": lambda p, c: _place(p, _GE_PLACES)[0],
    "raioni_ge66": lambda p, c: _place(p, _GE_PLACES)[1],
    "phone_ge66": lambda p, c: f"5{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9]}0",
    "score_ge66": lambda p, c: str(_num(p, 100_000) + 1000),
    "family_no_ge66": lambda p, c: f"{p.bhxh[2:9]}",
    "mn_register66": lambda p, c: _mn_register(p),
    "mn_clan66": lambda p, c: _pick(p, _MN_CLANS, 4),
    "mn_family66": lambda p, c: _pick(p, _MN_FAMILY, 2),
    "mn_given66": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 1),
    "sex_mn66": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "addr_mn66": lambda p, c: _place(p, _MN_PLACES)[0],
    "duureg_mn66": lambda p, c: _place(p, _MN_PLACES)[1],
    "phone_mn66": lambda p, c: (
        f"{_pick(p, ('99', '88', '95', '86'), 3)}{p.phone[4:6]}-{p.phone[6:10]}"
    ),
    "members_mn66": lambda p, c: str(_num(p, 7) + 1),
    "sacks_mn66": lambda p, c: str((_num(p, 6) + 1) * 10),
    "officer_mn66": lambda p, c: f"{_pick(p, _MN_FAMILY, 5)[0]}. {_pick(p, _MN_GIVEN_F, 6)}",
    "nhi66": lambda p, c: _nhi(p),
    "nz_family66": lambda p, c: _pick(p, _NZ_FAMILY, 2),
    "nz_given66": lambda p, c: _by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 1),
    "sex_nz66": lambda p, c: "Male" if p.male else "Female",
    "street_nz66": lambda p, c: _place(p, _NZ_PLACES)[0],
    "suburb_nz66": lambda p, c: _place(p, _NZ_PLACES)[1],
    "pc_nz66": lambda p, c: _place(p, _NZ_PLACES)[2],
    "phone_nz66": lambda p, c: (
        f"02{_pick(p, ('1', '2', '7', '9'), 2)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ethnic_nz66": lambda p, c: _pick(p, ("NZ European", "Māori", "Samoan", "Tongan", "Chinese")),
    "iwi_nz66": lambda p, c: _pick(p, ("Ngāti Whātua", "Tainui", "Ngāpuhi", "", ""), 3),
    "gp_nz66": lambda p, c: _pick(p, ("Dr A. Kumar", "Dr R. Tamihana", "Dr S. O'Brien"), 4),
    "kin_nz66": lambda p, c: f"{_by_sex(p, _NZ_GIVEN_F, _NZ_GIVEN_M, 5)} {_pick(p, _NZ_FAMILY, 6)}",
}
