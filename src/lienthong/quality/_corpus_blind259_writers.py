"""How the people of the two-hundred-and-fifty-ninth part of the outside corpus (**blind 259**,
:mod:`lienthong.quality._corpus_blind259`) are written: four Vietnamese files' own columns (an
electric tourist buggy and its permit, an angling contest's peg and catch, a flag handed out by a
residents' front committee, a drowning rescue commended by a district) and Egyptian names,
places, phones and national numbers from outside Cairo in the forms their offices print them
(the fourteen-digit national number with its century, birth date, governorate of birth, sex
digit and check digit; four-part names; +20 1x mobiles)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BUGGY_COOPS = ("HTX DV Vận tải xe điện Hội An", "Cty TNHH Xe điện Phố Cổ", "HTX Thăng Long")
_VN_ROUTES = ("Tuyến 1: Bến xe - Phố cổ", "Tuyến 2: Cửa Đại - An Bàng", "Tuyến 3: Nội thị")
_VN_ANGLING_CLUBS = ("CLB Câu cá Hồ Tây", "Tự do", "CLB Cần thủ Sông Đà", "CLB Câu đài Hà Đông")
_VN_RODS = ("Cần tay 5m4", "Cần tay 6m3", "Cần máy", "Cần tay 7m2")
_VN_FLAG_SIZES = ("1,2m x 0,8m", "1,6m x 1,1m", "1,2m x 0,8m", "0,9m x 0,6m")
_VN_JOBS = ("Ngư dân", "Học sinh", "Lái đò", "Công nhân", "Nông dân", "Bộ đội xuất ngũ")
_VN_RESCUE_SPOTS = (
    "Sông Lam, bến đò Hưng Hòa",
    "Hồ Kẻ Gỗ",
    "Bãi biển Cửa Lò",
    "Đập tràn thôn 5",
    "Kênh N2",
)
_VN_AWARDS = ("Giấy khen của Chủ tịch UBND huyện", "Bằng khen của Chủ tịch UBND tỉnh")

_EG_GIVEN_M = ("محمد", "أحمد", "محمود", "مصطفى", "عبد الرحيم", "حسن", "عبد الحميد", "صابر")
_EG_GIVEN_F = ("فاطمة", "نادية", "آمنة", "زينب", "هبة", "سعاد", "منى", "شيماء")
_EG_FATHERS = ("عبد الله", "علي", "محمد", "إبراهيم", "حسين", "سيد", "عثمان", "جمعة")
_EG_FAMILY = ("الصعيدي", "عبد العال", "الطحاوي", "أبو زيد", "الشاذلي", "القناوي", "حمدان")
_NUBIAN_FAMILY = ("دهب", "كاشف", "أدروب", "صالح كوكا", "شلبي", "حسن عجيب")
_NUBIAN_GIVEN_M = ("إدريس", "جمال", "فكري", "حامد", "محمد صالح", "عبد الفتاح")
_NUBIAN_GIVEN_F = ("ست البنات", "حواء", "آمنة", "فاطمة", "نفيسة", "دهبية")

#: (village, markaz, governorate code): Qena and Sohag villages supplying Nag Hammadi cane
_UPPER_PLACES = (
    ("هو", "نجع حمادي", "27"),
    ("الرحمانية قبلي", "نجع حمادي", "27"),
    ("أبو شوشة", "أبو تشت", "27"),
    ("فاو بحري", "دشنا", "27"),
    ("بيت علام", "جرجا", "26"),
    ("العرابة المدفونة", "البلينا", "26"),
)
_NUBIAN_VILLAGES = (
    ("أبو سمبل", "توماس وعافية"),
    ("الدكة", "الدكة"),
    ("كلابشة", "كلابشة"),
    ("عنيبة", "عنيبة"),
    ("أدندان", "أدندان"),
    ("قسطل", "قسطل"),
)
_ALEX_STREETS = (
    ("شارع خالد بن الوليد", "سيدي بشر", "قسم المنتزه"),
    ("شارع جمال عبد الناصر", "ميامي", "قسم المنتزه"),
    ("شارع الإسكندر الأكبر", "الإبراهيمية", "قسم باب شرقي"),
    ("شارع مصطفى كامل", "سموحة", "قسم سيدي جابر"),
    ("طريق الجيش", "كليوباترا", "قسم سيدي جابر"),
)
_ALEX_BEACHES = ("شاطئ المعمورة", "شاطئ المنتزه - عايدة", "شاطئ ميامي", "شاطئ سيدي بشر 2")
_DELTA_HOMES = (
    ("الدقهلية", "المنصورة", "12"),
    ("الدقهلية", "ميت غمر", "12"),
    ("الدقهلية", "طلخا", "12"),
    ("دمياط", "فارسكور", "11"),
    ("كفر الشيخ", "بيلا", "15"),
    ("الغربية", "المحلة الكبرى", "16"),
)
_MANSOURA_FACULTIES = ("الطب", "الهندسة", "التجارة", "الحقوق", "الآداب", "الصيدلة", "التربية")
_CANAL_HOODS = (
    ("حي الأربعين", "شارع الجيش", "04"),
    ("حي السويس", "شارع صدقي", "04"),
    ("حي فيصل", "شارع النيل", "04"),
    ("حي عتاقة", "مساكن السلام", "04"),
    ("الإسماعيلية - حي ثالث", "شارع محمد علي", "19"),
)
_EG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 7) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _eg_nid(p: Person, gov: str) -> str:
    """An Egyptian national number: 2 (1900s) or 3 (2000s), YYMMDD, the governorate of birth,
    three serial digits, the sex digit (odd for men), then the check digit."""
    century = 2 if p.birth.year < 2000 else 3
    sex_digit = int(p.bhxh[5]) // 2 * 2 + (1 if p.male else 0)
    head = f"{century}{p.birth:%y%m%d}{gov}{p.bhxh[-3:]}{sex_digit}"
    total = sum(int(ch) * w for ch, w in zip(head, _EG_WEIGHTS, strict=True))
    return f"{head}{(11 - total % 11) % 10}"


def _eg_mobile(p: Person, style: int) -> str:
    """An Egyptian mobile, 010/011/012/015 and eight digits, as different desks write it."""
    net = _pick(p, ("0", "1", "2", "5"), 3)
    rest = p.phone[-8:]
    if style == 0:
        return f"01{net}{rest}"
    if style == 1:
        return f"+20 1{net} {rest[:4]} {rest[4:]}"
    return f"(+20) 1{net}{rest}"


def _eg_name(p: Person, given_m: tuple[str, ...], given_f: tuple[str, ...], family: str) -> str:
    given = _by_sex(p, given_m, given_f, 1)
    return f"{given} {_pick(p, _EG_FATHERS, 2)} {_pick(p, _EG_FATHERS, 5)} {family}"


def _upper_name(p: Person) -> str:
    return _eg_name(p, _EG_GIVEN_M, _EG_GIVEN_F, _pick(p, _EG_FAMILY, 4))


def _nubian_name(p: Person) -> str:
    return _eg_name(p, _NUBIAN_GIVEN_M, _NUBIAN_GIVEN_F, _pick(p, _NUBIAN_FAMILY, 4))


def _alex_address(p: Person) -> str:
    street, area, qism = _place(p, _ALEX_STREETS)
    return f"{_num(p, 120)} {street}, {area}, {qism}, الإسكندرية"


def _canal_address(p: Person) -> str:
    hood, street, _ = _place(p, _CANAL_HOODS, 5)
    return f"عمارة {_num(p, 60)} {street}, شقة {_num(p, 20)}, {hood}"


WRITERS_BLIND259: dict[str, Callable[[Person, Col], object]] = {
    "plate259": lambda p, c: f"92A-{p.bhxh[:3]}.{p.bhxh[3:5]}",
    "licence_class259": lambda p, c: _pick(p, ("B", "B2", "C", "B1"), 3),
    "licence_no259": lambda p, c: f"49{p.bhxh}",
    "coop259": lambda p, c: _pick(p, _VN_BUGGY_COOPS, 2),
    "badge259": lambda p, c: f"XĐ-{_num(p, 400):03d}/2025",
    "route259": lambda p, c: _pick(p, _VN_ROUTES, 4),
    "seats259": lambda p, c: _pick(p, ("8", "11", "14", "8"), 5),
    "club259": lambda p, c: _pick(p, _VN_ANGLING_CLUBS, 2),
    "peg259": lambda p, c: f"Ô {_num(p, 120)}",
    "rod259": lambda p, c: _pick(p, _VN_RODS, 3),
    "fee259": lambda p, c: f"{(_num(p, 3) + 1) * 200_000:,}".replace(",", "."),
    "catch259": lambda p, c: f"{_num(p, 90) / 10:.1f}".replace(".", ","),
    "rank259": lambda p, c: "" if int(p.bhxh) % 3 else str(_num(p, 30)),
    "tdp259": lambda p, c: f"TDP {_num(p, 15)}",
    "ward259": lambda p, c: p.address.split(", ")[1],
    "flags259": lambda p, c: str(_num(p, 2)),
    "flag_size259": lambda p, c: _pick(p, _VN_FLAG_SIZES, 4),
    "signed259": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Người nhà ký thay"), 5),
    "giver259": lambda p, c: f"Trưởng ban CTMT {_other_vn(p, 6)}",
    "job259": lambda p, c: _pick(p, _VN_JOBS, 2),
    "spot259": lambda p, c: _pick(p, _VN_RESCUE_SPOTS, 3),
    "saved259": lambda p, c: str(_num(p, 3)),
    "feat259": lambda p, c: f"Dũng cảm cứu {_num(p, 3)} cháu bị đuối nước",
    "award259": lambda p, c: _pick(p, _VN_AWARDS, 4),
    "decision259": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "bonus259": lambda p, c: f"{(_num(p, 4) + 1) * 500_000:,}".replace(",", "."),
    "witness_phone259": lambda p, c: _other_phone(p, "091"),
    # Upper Egypt: cane suppliers of Nag Hammadi sugar factory
    "card_up259": lambda p, c: f"{_place(p, _UPPER_PLACES)[2]}/{p.bhxh[:5]}",
    "name_up259": lambda p, c: _upper_name(p),
    "nid_up259": lambda p, c: _eg_nid(p, _place(p, _UPPER_PLACES)[2]),
    "village_up259": lambda p, c: _place(p, _UPPER_PLACES)[0],
    "markaz_up259": lambda p, c: _place(p, _UPPER_PLACES)[1],
    "hod_up259": lambda p, c: (
        f"حوض {_pick(p, ('الشيخ', 'البلد', 'الجزيرة', 'أبو حمد'), 2)} / {_num(p, 30)}"
    ),
    "area_up259": lambda p, c: f"{_num(p, 5)} ف {_num(p, 23)} ط",
    "tons_up259": lambda p, c: f"{_num(p, 400) + 30}.{_num(p, 9)}",
    "coop_up259": lambda p, c: f"الجمعية الزراعية بـ{_place(p, _UPPER_PLACES)[0]}",
    "phone_up259": lambda p, c: _eg_mobile(p, 0),
    "due_up259": lambda p, c: f"{(_num(p, 400) + 30) * 2500:,} ج.م",
    # Aswan: Nubian return and compensation committee
    "name_nu259": lambda p, c: _nubian_name(p),
    "nid_nu259": lambda p, c: _eg_nid(p, "28"),
    "sex_nu259": lambda p, c: "ذكر" if p.male else "أنثى",
    "old_village_nu259": lambda p, c: _place(p, _NUBIAN_VILLAGES)[0],
    "new_village_nu259": lambda p, c: f"{_place(p, _NUBIAN_VILLAGES)[1]} - نصر النوبة",
    "phone_nu259": lambda p, c: _eg_mobile(p, 1),
    "claim_nu259": lambda p, c: f"ت ن/{p.bhxh[-5:]}",
    "kind_nu259": lambda p, c: _pick(p, ("منزل", "أرض زراعية", "منزل وأرض", "نخيل"), 3),
    "heir_nu259": lambda p, c: _pick(p, ("صاحب الحق", "وريث", "وريث", "وكيل"), 6),
    # Alexandria: beach cabin subscribers
    "cabin_al259": lambda p, c: f"ك {_num(p, 300)} - صف {_pick(p, ('أ', 'ب', 'ج'), 2)}",
    "name_al259": lambda p, c: _upper_name(p),
    "nid_al259": lambda p, c: _eg_nid(p, _pick(p, ("02", "02", "18", "01"), 8)),
    "addr_al259": lambda p, c: _alex_address(p),
    "phone_al259": lambda p, c: _eg_mobile(p, 2),
    "beach_al259": lambda p, c: _pick(p, _ALEX_BEACHES, 3),
    "term_al259": lambda p, c: _pick(p, ("موسم كامل", "شهر", "نصف موسم"), 4),
    "price_al259": lambda p, c: f"{(_num(p, 40) + 10) * 1000:,}",
    # Mansoura: university city applicants
    "code_ma259": lambda p, c: f"2024{p.bhxh[:6]}",
    "name_ma259": lambda p, c: _upper_name(p),
    "nid_ma259": lambda p, c: _eg_nid(p, _place(p, _DELTA_HOMES)[2]),
    "sex_ma259": lambda p, c: "ذكر" if p.male else "أنثى",
    "faculty_ma259": lambda p, c: _pick(p, _MANSOURA_FACULTIES, 2),
    "year_ma259": lambda p, c: _pick(p, ("الأولى", "الثانية", "الثالثة", "الرابعة"), 3),
    "gov_ma259": lambda p, c: _place(p, _DELTA_HOMES)[0],
    "city_ma259": lambda p, c: _place(p, _DELTA_HOMES)[1],
    "phone_ma259": lambda p, c: _eg_mobile(p, 0),
    "guardian_phone_ma259": lambda p, c: f"01{p.bhxh[::-1][:9]}",
    "grade_ma259": lambda p, c: _pick(p, ("امتياز", "جيد جداً", "جيد", "مقبول"), 4),
    "status_ma259": lambda p, c: _pick(p, ("مقبول", "مقبول", "قائمة انتظار", "مرفوض"), 5),
    # Suez: social housing applicants
    "name_su259": lambda p, c: _upper_name(p),
    "nid_su259": lambda p, c: _eg_nid(p, _place(p, _CANAL_HOODS, 5)[2]),
    "addr_su259": lambda p, c: _canal_address(p),
    "phone_su259": lambda p, c: _eg_mobile(p, 1),
    "spouse_su259": lambda p, c: (
        _by_sex(p, _EG_GIVEN_F, _EG_GIVEN_M, 6) + " " + _pick(p, _EG_FATHERS, 7)
    ),
    "spouse_nid_su259": lambda p, c: f"2{p.bhxh[::-1]}{p.bhxh[:3]}",
    "income_su259": lambda p, c: f"{(_num(p, 12) + 3) * 1000:,}",
    "employer_su259": lambda p, c: _pick(
        p, ("هيئة قناة السويس", "شركة السويس لتصنيع البترول", "أعمال حرة", "مديرية التربية"), 3
    ),
    "receipt_su259": lambda p, c: f"{p.bhxh[:8]}",
    "unit_su259": lambda p, c: _pick(p, ("90 م²", "75 م²", "90 م²"), 4),
}
