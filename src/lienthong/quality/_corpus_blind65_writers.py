"""How the people of the sixty-fifth part of the outside corpus (**blind 65**,
:mod:`lienthong.quality._corpus_blind65`) are written: four Vietnamese files' own columns (a
relocated household's recovered parcel and resettlement lot, a newborn's hearing screening and
its mother, a rural worker's trade and training centre, a street-food vendor's pitch and food
safety certificate) and Egyptian, Peruvian, Lao, Bangladeshi and Kazakh names, addresses, phones
and identity numbers in the forms their cards show (the Egyptian national number that spells the
birth date, the Peruvian DNI's check character, the Kazakh IIN that spells the birth date and
ends in its two-pass mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import (
    _cccd_of,
    _mother_birth,
    _other_vn,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SITES = (
    "Khu TĐC Hòa Liên 4",
    "Khu TĐC Phước Lý mở rộng",
    "Khu TĐC đường Vành đai phía Tây",
    "Khu TĐC Tây Bắc ga",
)
_VN_HAMLETS = (
    ("Thôn Phú Thượng", "Xã Hòa Sơn", "Huyện Hòa Vang", "TP. Đà Nẵng"),
    ("Thôn Quan Nam 2", "Xã Hòa Liên", "Huyện Hòa Vang", "TP. Đà Nẵng"),
    ("Ấp 3", "Xã Tân Thạnh Tây", "Huyện Củ Chi", "TP. Hồ Chí Minh"),
    ("Thôn Đông", "Xã Yên Thường", "Huyện Gia Lâm", "TP. Hà Nội"),
    ("Xóm 5", "Xã Nghi Phong", "Huyện Nghi Lộc", "Tỉnh Nghệ An"),
)
_VN_TRADES = (
    "Kỹ thuật trồng nấm",
    "Chăn nuôi gà thả vườn",
    "May công nghiệp",
    "Sửa chữa máy nông nghiệp",
    "Nấu ăn",
    "Kỹ thuật trồng rau an toàn",
    "Đan lát thủ công mỹ nghệ",
)
_VN_TRAINERS = (
    "Trung tâm GDNN-GDTX huyện",
    "Trường CĐ Nghề Nông nghiệp Nam Bộ",
    "Hội Nông dân xã phối hợp",
    "Trường Trung cấp Kỹ thuật Nông nghiệp",
)
_VN_GROUPS = (
    "Hộ nghèo",
    "LĐNT khác",
    "Hộ cận nghèo",
    "Người khuyết tật",
    "Bị thu hồi đất NN",
    "LĐNT khác",
    "Dân tộc thiểu số",
)
_VN_FOODS = ("Bánh mì", "Bún bò", "Xôi", "Bánh tráng trộn", "Nước mía", "Ốc luộc", "Chè")
_VN_PITCHES = (
    "Vỉa hè trước số 45 Nguyễn Trãi",
    "Cổng chợ Bà Chiểu",
    "Hẻm 120 Lê Văn Sỹ",
    "Trước cổng trường TH Lê Quý Đôn",
    "Góc Đinh Tiên Hoàng - Võ Thị Sáu",
)
_EG_GIVEN_M = ("محمد", "أحمد", "محمود", "مصطفى", "إبراهيم", "عمرو", "كريم")
_EG_GIVEN_F = ("فاطمة", "منى", "هبة", "ياسمين", "سعاد", "نادية", "إيمان")
_EG_FATHERS = ("السيد", "عبدالفتاح", "حسن", "علي", "عبدالرحمن", "سعيد", "جمال")
_EG_FAMILY = ("الشربيني", "عبدالعزيز", "النجار", "المصري", "الجمال", "حسانين", "عطية")
_EG_PLACES = (
    ("15 شارع شبرا، روض الفرج، القاهرة", "حي شبرا"),
    ("8 حارة الصيادين، السيدة زينب، القاهرة", "حي السيدة زينب"),
    ("22 شارع الحجاز، مصر الجديدة، القاهرة", "حي مصر الجديدة"),
    ("عمارة 4 مساكن عين شمس، عين شمس، القاهرة", "حي عين شمس"),
    ("3 شارع المطراوي، المطرية، القاهرة", "حي المطرية"),
)
_PE_FAMILY = ("Quispe", "Mamani", "Flores", "Huamán", "Rojas", "Chávez", "Sánchez", "Ramírez")
_PE_GIVEN_M = ("José Luis", "Juan Carlos", "Wilfredo", "Jhonatan", "Edwin", "Percy")
_PE_GIVEN_F = ("Rosa María", "Yesenia", "Maribel", "Luz Marina", "Nélida", "Milagros")
_PE_PLACES = (
    ("A.H. Los Olivos de Pro Mz. K Lt. 8", "Los Olivos", "Comité N° 112 Virgen de Chapi"),
    ("Jr. Huallaga 452 Int. 3", "Cercado de Lima", "Comité N° 07 Barrios Altos"),
    ("Av. Próceres de la Independencia 3120", "San Juan de Lurigancho", "Comité N° 245 Bayóvar"),
    ("Sector 2 Grupo 14 Mz. C Lt. 20", "Villa El Salvador", "Comité N° 88 Pachacámac"),
    ("Calle Los Jazmines 185, Collique", "Comas", "Comité N° 31 Señor de los Milagros"),
)
_LA_GIVEN_M = ("ສົມສັກ", "ບຸນມີ", "ຄຳພອນ", "ພອນສະຫວັນ", "ວັນນະສອນ", "ສຸລິຍາ")
_LA_GIVEN_F = ("ແສງເດືອນ", "ມະນີວອນ", "ບົວພັນ", "ຄຳແພງ", "ດາລາວັນ", "ນ້ອຍ")
_LA_FAMILY = ("ສີສຸວັນ", "ພົມມະຈັນ", "ແກ້ວມະນີ", "ວົງສາ", "ຈັນທະລາ", "ອິນທະວົງ")
_LA_PLACES = (
    ("ບ້ານ ຫັດສະດີ", "ເມືອງ ຈັນທະບູລີ"),
    ("ບ້ານ ສີສະເກດ", "ເມືອງ ຈັນທະບູລີ"),
    ("ບ້ານ ໂພນສະອາດ", "ເມືອງ ໄຊເສດຖາ"),
    ("ບ້ານ ດົງໂດກ", "ເມືອງ ໄຊທານີ"),
    ("ບ້ານ ສີໄຄ", "ເມືອງ ສີໂຄດຕະບອງ"),
)
_LA_EMPLOYERS = (
    "บริษัท สยามฟู้ดส์ จำกัด (ຊົນບຸລີ)",
    "ຟາມໄກ່ ນະຄອນປະຖົມ",
    "ໂຮງງານຕັດຫຍິບ ສະມຸດປາການ",
    "ບໍລິສັດ ກໍ່ສ້າງ ບາງກອກ",
)
_BD_GIVEN_M = ("মোঃ আব্দুল করিম", "মোঃ রফিকুল ইসলাম", "শফিকুর রহমান", "মোঃ জসিম উদ্দিন")
_BD_GIVEN_F = ("মোছাঃ রহিমা খাতুন", "শাহানা বেগম", "নাসরিন আক্তার", "রোকেয়া বেগম")
_BD_ELDERS = ("মৃত আব্দুর রশিদ", "মোঃ নুরুল হক", "আলী আকবর", "মোঃ সিরাজুল ইসলাম")
_BD_PLACES = (
    ("বাড়ি ১২, রোড ৫, মিরপুর-১০, ঢাকা-১২১৬", "মিরপুর", "০৪"),
    ("৩৪/২ পূর্ব রাজাবাজার, তেজগাঁও, ঢাকা-১২১৫", "শেরেবাংলা নগর", "২৭"),
    ("বস্তি ঘর ৭, কড়াইল, বনানী, ঢাকা-১২১৩", "বনানী", "১৯"),
    ("১৮ লালবাগ রোড, লালবাগ, ঢাকা-১২১১", "লালবাগ", "২৩"),
    ("বাসা ৫৫, মোহাম্মদপুর হাউজিং, ঢাকা-১২০৭", "মোহাম্মদপুর", "৩৩"),
)
_BD_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_KZ_FAMILY = ("Ахметов", "Жұмабаев", "Оспанов", "Сейтқалиев", "Смагулов", "Ким", "Ибраев")
_KZ_GIVEN_M = ("Нұрлан", "Ержан", "Асқар", "Дәулет", "Бауыржан", "Серік")
_KZ_GIVEN_F = ("Айгүл", "Гүлнара", "Жанар", "Әйгерім", "Салтанат", "Динара")
_KZ_PLACES = (
    ("ул. Абая, д. 150, кв. 23", "Алмалинский район"),
    ("мкр. Аксай-4, д. 88, кв. 5", "Ауэзовский район"),
    ("пр. Рыскулова, д. 41/1, кв. 112", "Жетысуский район"),
    ("мкр. Шанырак-2, ул. Жанкожа батыра, д. 17", "Алатауский район"),
    ("ул. Толе би, д. 286, кв. 9", "Бостандыкский район"),
)
_KZ_CATEGORIES = (
    "Многодетная семья",
    "Лицо с инвалидностью II гр.",
    "Социально уязвимый слой",
    "Госслужащий",
    "Семья, воспитывающая ребенка с инвалидностью",
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _old_home(p: Person) -> str:
    hamlet, commune, district, city = _place(p, _VN_HAMLETS)
    return f"{hamlet}, {commune}, {district}, {city}"


_EAR_RIGHT = ("Đạt (Pass)", "Đạt (Pass)", "Đạt (Pass)", "Refer")
_EAR_LEFT = ("Đạt (Pass)", "Refer", "Đạt (Pass)", "Đạt (Pass)")


def _recall(p: Person) -> str:
    """The recall date, set only when an ear did not pass: a month after the birth."""
    if "Refer" not in (_pick(p, _EAR_RIGHT, 6), _pick(p, _EAR_LEFT, 7)):
        return ""
    return f"{p.other_date + timedelta(days=30):%d/%m/%Y}"


def _egypt_id(p: Person) -> str:
    """An Egyptian national number: century digit, YYMMDD, governorate of birth, a serial whose
    last digit is odd for men, then the check digit (weights 2765432765432, 11 minus the sum
    mod 11, taken mod 10, as the number is commonly checked)."""
    century = 2 if p.birth.year < 2000 else 3
    gov = ("01", "01", "02", "21", "12", "25", "88")[int(p.bhxh) % 7]
    serial = int(p.bhxh[-3:]) // 2 * 2 % 1000
    sex_digit = int(p.bhxh[4]) // 2 * 2 + (1 if p.male else 0)
    head = f"{century}{p.birth:%y%m%d}{gov}{serial:03d}{sex_digit}"
    total = sum(
        int(ch) * w for ch, w in zip(head, (2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)
    )
    return f"{head}{(11 - total % 11) % 10}"


def _egypt_name(p: Person) -> str:
    given = _by_sex(p, _EG_GIVEN_M, _EG_GIVEN_F, 1)
    return (
        f"{given} {_pick(p, _EG_FATHERS, 2)} {_pick(p, _EG_FATHERS, 3)} {_pick(p, _EG_FAMILY, 4)}"
    )


def _dni(p: Person) -> str:
    return f"{(10_000_000 + int(p.bhxh[:8]) % 80_000_000):08d}"


def _dni_check(p: Person, letters: bool) -> str:
    """The DNI's check character: weights 32765432, ``11 - sum mod 11`` (11 counts as 0), read
    through the number table ``67890112345`` or, on older cards, the letters ``KABCDEFGHIJ``."""
    total = sum(int(ch) * w for ch, w in zip(_dni(p), (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    key = 11 - total % 11
    key = 0 if key == 11 else key
    return "KABCDEFGHIJ"[key] if letters else "67890112345"[key]


def _peru_type(p: Person) -> str:
    age = 2025 - p.birth.year
    if age >= 65:
        return "Adulto mayor"
    if not p.male and age < 40:
        return _pick(p, ("Madre gestante", "Madre lactante"), 3)
    return _pick(p, ("Persona con discapacidad", "Paciente con TBC"), 4)


def _lao_id(p: Person) -> str:
    return f"{int(p.bhxh[:2]) % 18 + 1:02d}-{p.bhxh[2:9]}"


def _bd_nid(p: Person) -> str:
    """The ten-digit smart card number for most; the old seventeen-digit number (birth year,
    then the area code and serial) for some."""
    if int(p.bhxh) % 3 == 0:
        return f"{p.birth.year}2692{p.bhxh[:9]}"
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"


def _bd_brn(p: Person) -> str:
    """A birth registration number: the year of birth, then the place code and serial."""
    return f"{p.birth.year}2694{p.bhxh[3:]}{p.bhxh[:2]}"


def _iin(p: Person) -> str:
    """A Kazakh IIN: YYMMDD, the century-and-sex digit, four serial digits and the check digit
    (weights 1..11 mod 11; on 10 again with weights 3..11,1,2; a serial that gives 10 twice is
    never issued, so the next one is taken)."""
    return _iin_from(p, int(p.bhxh[-4:]))


def _iin_from(p: Person, serial: int) -> str:
    """:func:`_iin` from a serial of the writer's choosing (blind 437 draws its own)."""
    lead = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    for bump in range(20):
        head = f"{p.birth:%y%m%d}{lead}{(serial + bump) % 10_000:04d}"
        digits = [int(ch) for ch in head]
        check = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
        if check == 10:
            weights = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
            check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if check < 10:
            return f"{head}{check}"
    return f"{p.birth:%y%m%d}{lead}00000"


def _kz_family(p: Person) -> str:
    family = _pick(p, _KZ_FAMILY, 2)
    return family if p.male or family == "Ким" else f"{family}а"


def _kz_patronymic(p: Person) -> str:
    father = _pick(p, ("Серік", "Болат", "Ерлан", "Қайрат", "Марат"), 3)
    if int(p.bhxh) % 2:
        return f"{father}{'ұлы' if p.male else 'қызы'}"
    return f"{father}{'ович' if p.male else 'овна'}"


WRITERS_BLIND65: dict[str, Callable[[Person, Col], object]] = {
    "members65": lambda p, c: str(_num(p, 7) + 1),
    "parcel65": lambda p, c: str(_num(p, 400) + 12),
    "sheet65": lambda p, c: str(_num(p, 40) + 1),
    "old_area65": lambda p, c: f"{_num(p, 300) + 60},{p.bhxh[-1]}",
    "site65": lambda p, c: _pick(p, _VN_SITES, 2),
    "lot65": lambda p, c: f"Lô {'ABCD'[int(p.bhxh) % 4]}{_num(p, 9) + 1}-{_num(p, 60) + 1:02d}",
    "lot_area65": lambda p, c: f"{(_num(p, 5) + 4) * 25}",
    "comp65": lambda p, c: f"{(_num(p, 900) + 150) * 1_000_000 + int(p.bhxh[-6:]):,}".replace(
        ",", "."
    ),
    "decision65": lambda p, c: f"{_num(p, 3000) + 100}/QĐ-UBND",
    "old_home65": lambda p, c: _old_home(p),
    "handover65": lambda p, c: _pick(p, ("Đã bàn giao", "Chưa bàn giao", "Đang khiếu nại"), 3),
    "screen65": lambda p, c: f"{p.other_date + timedelta(days=1 + _num(p, 2)):%d/%m/%Y}",
    "recall65": lambda p, c: _recall(p),
    "newborn65": lambda p, c: f"SS{p.bhxh[-6:]}",
    "baby65": lambda p, c: f"Con bà {_other_vn(p, 3, False)}",
    "baby_sex65": lambda p, c: _pick(p, ("Trai", "Gái"), 5),
    "weight65": lambda p, c: str(2400 + _num(p, 1800)),
    "gest65": lambda p, c: str(35 + _num(p, 6)),
    "mother65": lambda p, c: _other_vn(p, 3, False),
    "mother_birth65": lambda p, c: f"{_mother_birth(p):%d/%m/%Y}",
    "mother_cccd65": lambda p, c: _cccd_of(p, False, _mother_birth(p).year),
    "method65": lambda p, c: _pick(p, ("OAE", "OAE", "AABR"), 2),
    "ear65": lambda p, c: _pick(p, _EAR_RIGHT, 6),
    "ear_left65": lambda p, c: _pick(p, _EAR_LEFT, 7),
    "tech65": lambda p, c: _pick(p, ("KTV Lê Thị Hồng", "NHS Phạm Thu Trang", "KTV Đỗ Văn An"), 4),
    "dept65": lambda p, c: _pick(p, ("Khoa Sơ sinh", "Khoa Sản thường", "Khoa Sản dịch vụ"), 5),
    "rural_addr65": lambda p, c: ", ".join(_place(p, _VN_HAMLETS)[:3]),
    "ethnic65": lambda p, c: _pick(p, ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Khmer"), 2),
    "edu65": lambda p, c: _pick(p, ("12/12", "9/12", "12/12", "7/12", "5/12"), 3),
    "group65": lambda p, c: _pick(p, _VN_GROUPS, 4),
    "trade65": lambda p, c: _pick(p, _VN_TRADES, 5),
    "level65": lambda p, c: _pick(p, ("Sơ cấp", "Đào tạo dưới 3 tháng", "Sơ cấp"), 6),
    "trainer65": lambda p, c: _pick(p, _VN_TRAINERS, 7),
    "months65": lambda p, c: str(_num(p, 3) + 1),
    "sign65": lambda p, c: "",
    "food65": lambda p, c: _pick(p, _VN_FOODS, 2),
    "pitch65": lambda p, c: _pick(p, _VN_PITCHES, 3),
    "hours65": lambda p, c: _pick(p, ("6h-10h", "15h-21h", "17h-23h", "Ca ngày"), 4),
    "atp_cert65": lambda p, c: f"{_num(p, 900) + 10}/XNTH-ATTP",
    "health65": lambda p, c: _pick(p, ("Du suc khoe", "Du suc khoe", "Chua kham"), 5),
    "trainer_org65": lambda p, c: _pick(p, ("Ban QL ATTP TP", "TTYT Quan 3", "UBND Phuong"), 6),
    "score65": lambda p, c: f"{_num(p, 5) + 5}/10",
    "nid_eg65": lambda p, c: _egypt_id(p),
    "eg_name65": lambda p, c: _egypt_name(p),
    "sex_eg65": lambda p, c: "ذكر" if p.male else "أنثى",
    "marital_eg65": lambda p, c: _pick(p, ("متزوج", "أرمل", "مطلق", "متزوج", "أعزب"), 5),
    "addr_eg65": lambda p, c: _place(p, _EG_PLACES)[0],
    "hay_eg65": lambda p, c: _place(p, _EG_PLACES)[1],
    "phone_eg65": lambda p, c: f"01{'0125'[int(p.bhxh) % 4]}{p.phone[2:10]}",
    "family_eg65": lambda p, c: str(_num(p, 6) + 1),
    "amount_eg65": lambda p, c: str((_num(p, 4) + 5) * 100),
    "spouse_eg65": lambda p, c: (
        f"{_by_sex(p, _EG_GIVEN_F, _EG_GIVEN_M, 6)} {_pick(p, _EG_FAMILY, 7)}"
    ),
    "card_eg65": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:]}",
    "researcher_eg65": lambda p, c: _pick(p, ("أ. هالة فؤاد", "أ. وليد سامي", "أ. رشا حمدي"), 3),
    "prog_eg65": lambda p, c: _pick(p, ("تكافل", "كرامة", "تكافل"), 8),
    "pe_pat65": lambda p, c: _pick(p, _PE_FAMILY, 2),
    "pe_mat65": lambda p, c: _pick(p, _PE_FAMILY, 3),
    "pe_given65": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1),
    "dni_pe65": lambda p, c: _dni(p),
    "dni_dv65": lambda p, c: _dni_check(p, int(p.bhxh) % 4 == 0),
    "sex_pe65": lambda p, c: "M" if p.male else "F",
    "street_pe65": lambda p, c: _place(p, _PE_PLACES)[0],
    "distrito_pe65": lambda p, c: _place(p, _PE_PLACES)[1],
    "comite_pe65": lambda p, c: _place(p, _PE_PLACES)[2],
    "phone_pe65": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "type_pe65": lambda p, c: _peru_type(p),
    "president_pe65": lambda p, c: f"Sra. {_pick(p, _PE_GIVEN_F, 5)} {_pick(p, _PE_FAMILY, 6)}",
    "rations_pe65": lambda p, c: str(_num(p, 4) + 1),
    "la_given65": lambda p, c: (
        f"{'ທ້າວ' if p.male else 'ນາງ'} {_by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 1)}"
    ),
    "la_family65": lambda p, c: _pick(p, _LA_FAMILY, 2),
    "sex_la65": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "id_la65": lambda p, c: _lao_id(p),
    "famb_la65": lambda p, c: f"{p.bhxh[-6:]}/ຄຄ",
    "passport_la65": lambda p, c: f"P{p.bhxh[1:8]}",
    "ban_la65": lambda p, c: _place(p, _LA_PLACES)[0],
    "muang_la65": lambda p, c: _place(p, _LA_PLACES)[1],
    "khueng_la65": lambda p, c: "ນະຄອນຫຼວງວຽງຈັນ",
    "phone_la65": lambda p, c: f"020 {p.phone[2:6]} {p.phone[6:10]}",
    "ethnic_la65": lambda p, c: _pick(p, ("ລາວ", "ລາວ", "ຂະມຸ", "ມົ້ງ", "ຜູ້ໄທ"), 3),
    "parent_la65": lambda p, c: f"ທ້າວ {_pick(p, _LA_GIVEN_M, 4)} {_pick(p, _LA_FAMILY, 2)}",
    "employer_la65": lambda p, c: _pick(p, _LA_EMPLOYERS, 5),
    "job_la65": lambda p, c: _pick(p, ("ກຳມະກອນ", "ແມ່ບ້ານ", "ພະນັກງານໂຮງງານ"), 6),
    "bd_name65": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1),
    "bd_father65": lambda p, c: _pick(p, _BD_ELDERS, 2),
    "bd_mother65": lambda p, c: _pick(p, ("আমেনা বেগম", "মৃত জমিলা খাতুন", "সুফিয়া বেগম"), 3),
    "nid_bd65": lambda p, c: _bd_nid(p),
    "brn_bd65": lambda p, c: _bd_brn(p),
    "sex_bd65": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "addr_bd65": lambda p, c: _place(p, _BD_PLACES)[0],
    "thana_bd65": lambda p, c: _place(p, _BD_PLACES)[1],
    "ward_bd65": lambda p, c: _place(p, _BD_PLACES)[2],
    "phone_bd65": lambda p, c: f"01{'3789'[int(p.bhxh) % 4]}{p.phone[3:5]}-{p.phone[4:10]}",
    "job_bd65": lambda p, c: _pick(p, ("রিকশাচালক", "গৃহিণী", "দিনমজুর", "গার্মেন্টস কর্মী"), 4),
    "card_bd65": lambda p, c: f"ডিএনসিসি-{p.bhxh[-6:]}".translate(_BD_DIGITS),
    "dealer_bd65": lambda p, c: _pick(p, ("মেসার্স রহমান ট্রেডার্স", "মেসার্স মায়ের দোয়া স্টোর"), 5),
    "members_bd65": lambda p, c: str(_num(p, 6) + 2).translate(_BD_DIGITS),
    "iin_kz65": lambda p, c: _iin(p),
    "kz_family65": lambda p, c: _kz_family(p),
    "kz_given65": lambda p, c: _by_sex(p, _KZ_GIVEN_M, _KZ_GIVEN_F, 1),
    "kz_patr65": lambda p, c: _kz_patronymic(p),
    "sex_kz65": lambda p, c: "муж." if p.male else "жен.",
    "street_kz65": lambda p, c: _place(p, _KZ_PLACES)[0],
    "rayon_kz65": lambda p, c: _place(p, _KZ_PLACES)[1],
    "phone_kz65": lambda p, c: f"+7 (70{p.phone[2]}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}",
    "category_kz65": lambda p, c: _pick(p, _KZ_CATEGORIES, 3),
    "queue_kz65": lambda p, c: str(_num(p, 9000) + 150),
    "udl_kz65": lambda p, c: f"0{p.bhxh[1:9]}",
    "family_kz65": lambda p, c: str(_num(p, 6) + 1),
}
