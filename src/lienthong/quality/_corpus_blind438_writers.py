"""How the people of the four-hundred-and-thirty-eighth part of the outside corpus (**blind
438**, :mod:`lienthong.quality._corpus_blind438`) are written: four Vietnamese files' own columns
(a cooperative's irrigation service fee by field plot, a commune clean-water scheme's meters, the
rainwater tanks a programme handed out, drought and salinity support by hamlet) and Indian,
Egyptian, Spanish, Moroccan and Uzbek water users' names, addresses, phones and numbers in the
forms their cards show (the Aadhaar's Verhoeff digit, the Egyptian national number, the DNI's
letter, the Moroccan CIN, the PINFL's 7-3-1 digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _dni_ca
from lienthong.quality._corpus_blind13_writers import _eg_nid
from lienthong.quality._corpus_blind14_writers import _cin_ma
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _pinfl
from lienthong.quality._corpus_blind111_writers import _eg_phone
from lienthong.quality._corpus_blind164_writers import _aadhaar_spaced

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_FIELDS: _T = ("Đồng Trên", "Đồng Dưới", "Cửa Đình", "Bãi Sậy", "Ao Cá", "Gò Mả", "Đồng Trũng")
_VN_IRRIGATION: _T = ("Tưới tiêu bằng động lực", "Tưới tiêu bằng trọng lực", "Tạo nguồn", "Tiêu")
_VN_SEASONS: _T = ("Đông Xuân 2025-2026", "Hè Thu 2026", "Mùa 2026")
_VN_COMMUNES: _T = (
    "xã Vũ Tiến, tỉnh Hưng Yên",
    "xã Tiền Hải, tỉnh Hưng Yên",
    "xã Nam Cường, tỉnh Hưng Yên",
    "xã Thái Thụy, tỉnh Hưng Yên",
)
_VN_HAMLETS: _T = ("Thôn Đông", "Thôn Đoài", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Thượng")
_VN_MEKONG: _T = (
    "xã Tân Phú Đông, tỉnh Đồng Tháp",
    "xã Ba Tri, tỉnh Vĩnh Long",
    "xã Thạnh Phú, tỉnh Vĩnh Long",
    "xã Gò Công Đông, tỉnh Đồng Tháp",
)
_VN_AP: _T = ("Ấp 1", "Ấp 2", "Ấp Phú Hòa", "Ấp Thạnh Lợi", "Ấp Bến Súc", "Ấp Cồn Dài", "Ấp 5")
_VN_PLANTS: _T = (
    "Trạm cấp nước Liên xã Đức Hòa",
    "Nhà máy nước sạch Hòa Khánh",
    "Trạm cấp nước ấp Chánh",
    "Trạm cấp nước Tân Mỹ",
)
_VN_TANKS: _T = ("Bồn inox 1.000 lít", "Bồn inox 1.500 lít", "Bồn nhựa 2.000 lít", "Lu 500 lít")
_VN_FUNDS: _T = (
    "Chương trình MTQG giảm nghèo",
    "Hội Chữ thập đỏ tỉnh",
    "Dự án WASH - UNICEF",
    "Mặt trận Tổ quốc xã",
)
_VN_TARGETS: _T = ("Hộ nghèo", "Hộ cận nghèo", "Hộ có người khuyết tật", "Hộ neo đơn", "Hộ NCC")
_VN_BANKS: _T = (
    "Agribank CN Ba Tri",
    "NHCSXH PGD Thạnh Phú",
    "Vietinbank Bến Tre",
    "BIDV Đồng Khởi",
)

_IN_GIVEN_M: _T = (
    "Ramesh", "Suresh", "Venkatesh", "Srinivas", "Mahesh", "Ravi Kumar", "Nagaraju", "Prasad",
    "Anil", "Sanjay", "Rajendra", "Gopal", "Lakshman", "Vijay", "Krishna", "Balaji", "Satish",
    "Harish", "Mohan Rao", "Pandurang",
)  # fmt: skip
_IN_GIVEN_F: _T = (
    "Lakshmi", "Padma", "Sunita", "Anitha", "Savitri", "Radha", "Kavitha", "Manjula", "Sarada",
    "Jyothi", "Vijaya", "Rani", "Suvarna", "Parvati", "Bharati", "Swapna", "Usha", "Kamala",
)  # fmt: skip
_IN_FAMILY: _T = (
    "Reddy", "Naidu", "Patil", "Jadhav", "Yadav", "Rao", "Pawar", "Shinde", "Goud", "Chowdary",
    "Kulkarni", "More", "Varma", "Deshmukh", "Gaikwad",
)  # fmt: skip
_IN_VILLAGES: _T = (
    "Kondapur", "Pedda Amberpet", "Nagaram", "Shirur", "Vadgaon", "Ramapuram", "Gopalpur",
    "Chintalapudi", "Devarakonda", "Malkapur", "Sangvi", "Yelgaon",
)  # fmt: skip
_IN_DISTRICTS: _T = (
    "Nalgonda, Telangana - 508001",
    "Guntur, Andhra Pradesh - 522001",
    "Pune, Maharashtra - 412210",
    "Ahmednagar, Maharashtra - 414001",
    "Krishna, Andhra Pradesh - 521101",
)
_IN_CANALS: _T = ("Left Main Canal D-12", "NSP Major 7L", "Nira Right Bank Canal", "Minor 4R")
_IN_CROPS: _T = ("Paddy (Kharif)", "Sugarcane", "Cotton", "Groundnut (Rabi)", "Jowar", "Chilli")

_EG_MEN: _T = (
    "محمد", "أحمد", "محمود", "علي", "حسن", "إبراهيم", "مصطفى", "عبد الرحمن", "خالد", "سيد",
    "عبد الله", "عادل", "جمال", "سمير", "رمضان", "شعبان", "فتحي", "صلاح", "عبد الحميد", "يوسف",
)  # fmt: skip
_EG_WOMEN: _T = (
    "فاطمة", "منى", "هبة", "سارة", "مريم", "نادية", "إيمان", "زينب", "عزة", "سعاد", "أمل",
    "نجلاء", "هدى", "صباح", "وفاء", "رشا",
)  # fmt: skip
_EG_PLACES = (
    ("كفر الشيخ", "دسوق", "قرية سنهور المدينة"),
    ("الشرقية", "الزقازيق", "قرية بني عامر"),
    ("البحيرة", "دمنهور", "قرية زاوية غزال"),
    ("المنيا", "ملوي", "قرية دير أبو حنس"),
    ("الدقهلية", "المنصورة", "قرية ميت خميس"),
    ("سوهاج", "طهطا", "قرية شطورة"),
)
_EG_CANALS: _T = ("ترعة المحمودية", "ترعة الإبراهيمية", "مسقى الحاج علي", "ترعة بحر شبين")
_EG_ENGINEERS: _T = ("م. أشرف عبد العزيز", "م. هاني سعيد", "م. وائل منصور", "م. رضا فهمي")
_EG_CROPS: _T = ("أرز", "قمح", "ذرة شامية", "قطن", "بنجر سكر", "برسيم")

_ES_GIVEN_M: _T = (
    "José", "Antonio", "Francisco", "Manuel", "Juan", "Pedro", "Ginés", "Salvador", "Andrés",
    "José María", "Miguel Ángel", "Pascual", "Vicente", "Joaquín", "Fulgencio", "Ramón",
)  # fmt: skip
_ES_GIVEN_F: _T = (
    "María", "Carmen", "Josefa", "Isabel", "Dolores", "Ana", "Encarnación", "Francisca",
    "María José", "Pilar", "Concepción", "Rosario", "Antonia", "Fuensanta",
)  # fmt: skip
_ES_FAMILY: _T = (
    "García", "Martínez", "López", "Sánchez", "Fernández", "Pérez", "Navarro", "Ruiz", "Moreno",
    "Jiménez", "Hernández", "Muñoz", "Ortuño", "Cánovas", "Soler", "Ibáñez", "Marín",
)  # fmt: skip
_ES_STREETS: _T = (
    "C/ Mayor", "Avda. de la Constitución", "C/ San Antonio", "C/ Real", "Pza. de España",
    "C/ Acequia", "Camino de la Noria", "C/ Huerto",
)  # fmt: skip
_ES_TOWNS = (
    ("46600", "Alzira", "Valencia"),
    ("46400", "Cullera", "Valencia"),
    ("03300", "Orihuela", "Alicante"),
    ("30820", "Alcantarilla", "Murcia"),
    ("04700", "El Ejido", "Almería"),
    ("12530", "Burriana", "Castellón"),
)
_ES_PARAJES: _T = ("La Marjal", "Els Alters", "El Realengo", "Sequiol", "La Foia", "Vereda Alta")

_MA_GIVEN_M: _T = (
    "Mohamed", "Ahmed", "Abdelkader", "Hassan", "Youssef", "Rachid", "Mustapha", "Abdellah",
    "Lahcen", "Brahim", "Driss", "Mbarek", "Said", "Khalid", "Abderrahim", "Hamid", "Omar",
)  # fmt: skip
_MA_GIVEN_F: _T = (
    "Fatima", "Khadija", "Aicha", "Zahra", "Malika", "Naima", "Saadia", "Rkia", "Hafida",
    "Latifa", "Mina", "Itto", "Fadma", "Zineb",
)  # fmt: skip
_MA_FAMILY: _T = (
    "El Idrissi", "Benali", "Ait Ouahmane", "Boukhris", "El Amrani", "Ouchen", "Lahlou",
    "Bennani", "Ait Baha", "Zerouali", "El Fassi", "Amzil", "Oubella", "Chakir", "Tazi",
)  # fmt: skip
_MA_PLACES = (
    ("Sidi Slimane", "Kénitra", "CMV 302 Sidi Slimane"),
    ("Souk Sebt Ouled Nemma", "Fquih Ben Salah", "CMV 510 Ouled Nemma"),
    ("Ouled Teima", "Taroudant", "CMV 404 Ouled Teima"),
    ("Sidi Allal Tazi", "Kénitra", "CMV 307 Sidi Allal Tazi"),
    ("Beni Moussa", "Béni Mellal", "CMV 512 Beni Moussa"),
)
_MA_CROPS: _T = ("Agrumes", "Betterave sucrière", "Blé tendre", "Maraîchage", "Luzerne", "Olivier")

_UZ_GIVEN_M: _T = (
    "Akmal", "Jasur", "Sherzod", "Otabek", "Dilshod", "Bobur", "Ulug‘bek", "Rustam", "Anvar",
    "Farrux", "Sardor", "Bahodir", "Ravshan", "Shuhrat", "Zafar", "Nodir", "Komil", "To‘lqin",
)  # fmt: skip
_UZ_GIVEN_F: _T = (
    "Dilnoza", "Gulnora", "Nodira", "Malika", "Zarina", "Shahnoza", "Mohira", "Feruza",
    "Mavluda", "Barno", "Gulchehra", "Sevara", "Hilola", "Muqaddas",
)  # fmt: skip
_UZ_FAMILY: _T = (
    "Karimov", "Rahimov", "Yusupov", "Tursunov", "Abdullayev", "Ergashev", "Nazarov", "Xolmatov",
    "Qodirov", "Sobirov", "Mirzayev", "Jo‘rayev", "Saidov", "Hamroyev", "To‘xtayev",
)  # fmt: skip
_UZ_PLACES = (
    ("Bo‘ston MFY", "Qo‘shko‘pir tumani", "Xorazm viloyati"),
    ("Navbahor MFY", "Gurlan tumani", "Xorazm viloyati"),
    ("Oqoltin MFY", "Sirdaryo tumani", "Sirdaryo viloyati"),
    ("Guliston MFY", "Jarqo‘rg‘on tumani", "Surxondaryo viloyati"),
    ("Yangiobod MFY", "Pop tumani", "Namangan viloyati"),
)
_UZ_STREETS: _T = ("Mustaqillik", "Navoiy", "Amir Temur", "Paxtakor", "Obod", "Bog‘bon", "Yoshlik")
_UZ_FARMS: _T = ("fermer xo‘jaligi", "dehqon xo‘jaligi", "klaster", "fermer xo‘jaligi")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _house(p: Person, mod: int = 180) -> int:
    return int(p.bhxh[3:8]) % mod + 1


def _vn_field_addr(p: Person) -> str:
    return f"Xóm {_num(p, 14)}, {_pick(p, _VN_HAMLETS, 2)}, {_pick(p, _VN_COMMUNES, 3)}"


def _vn_ap_addr(p: Person) -> str:
    return f"Số {_house(p, 240)}, {_pick(p, _VN_AP, 2)}, {_pick(p, _VN_MEKONG, 4)}"


def _fee(p: Person) -> str:
    area = _num(p, 2400) + 180
    return f"{area * (1_813 if int(p.bhxh) % 2 else 1_190) // 10:,}".replace(",", ".")


def _in_full(p: Person) -> str:
    return f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}"


def _in_address(p: Person) -> str:
    return (
        f"H.No. {_house(p, 30)}-{_house(p, 140)}, {_pick(p, _IN_VILLAGES, 3)} (V),"
        f" {_pick(p, _IN_DISTRICTS, 4)}"
    )


def _eg_full(p: Person) -> str:
    own = _by_sex(p, _EG_MEN, _EG_WOMEN, 1)
    return f"{own} {_pick(p, _EG_MEN, 2)} {_pick(p, _EG_MEN, 3)} {_pick(p, _EG_MEN, 5)}"


def _eg_address(p: Person) -> str:
    gov, markaz, village = _place(p, _EG_PLACES)
    return f"{village}, مركز {markaz}, محافظة {gov}"


def _es_full(p: Person) -> str:
    given = _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1)
    return f"{_pick(p, _ES_FAMILY, 2).upper()} {_pick(p, _ES_FAMILY, 4).upper()}, {given.upper()}"


def _uz_full(p: Person) -> str:
    family = _pick(p, _UZ_FAMILY, 2) + ("" if p.male else "a")
    father = _pick(p, _UZ_GIVEN_M, 3)
    own = _by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1)
    return f"{family} {own} {father} {'o‘g‘li' if p.male else 'qizi'}"


def _uz_address(p: Person) -> str:
    mfy, tuman, viloyat = _place(p, _UZ_PLACES)
    street = _pick(p, _UZ_STREETS, 4)
    return f"{viloyat}, {tuman}, {mfy}, {street} ko‘chasi, {_house(p, 90)}-uy"


WRITERS_BLIND438: dict[str, Callable[[Person, Col], object]] = {
    "field_addr438": lambda p, c: _vn_field_addr(p),
    "sheet438": lambda p, c: str(_num(p, 42)),
    "plot438": lambda p, c: str(_num(p, 900) + 12),
    "field438": lambda p, c: _pick(p, _VN_FIELDS, 3),
    "area438": lambda p, c: str(_num(p, 2400) + 180),
    "irrig438": lambda p, c: _pick(p, _VN_IRRIGATION, 4),
    "season438": lambda p, c: _pick(p, _VN_SEASONS, 5),
    "fee438": lambda p, c: _fee(p),
    "collector438": lambda p, c: _pick(p, ("Nguyễn Văn Thịnh", "Trần Thị Huế", "Phạm Văn Lư"), 6),
    "customer438": lambda p, c: f"NS{p.bhxh[1:3]}{p.bhxh[-5:]}",
    "meter438": lambda p, c: f"{_pick(p, ('TK', 'AS', 'MN'), 2)}{p.bhxh[2:10]}",
    "meter_size438": lambda p, c: _pick(p, ("DN15", "DN15", "DN20", "DN25"), 3),
    "reading438": lambda p, c: str(_num(p, 60)),
    "plant438": lambda p, c: _pick(p, _VN_PLANTS, 4),
    "tank438": lambda p, c: _pick(p, _VN_TANKS, 2),
    "tank_count438": lambda p, c: str(_num(p, 2)),
    "fund438": lambda p, c: _pick(p, _VN_FUNDS, 3),
    "target438": lambda p, c: _pick(p, _VN_TARGETS, 4),
    "proxy438": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 5),
    "ap_addr438": lambda p, c: _vn_ap_addr(p),
    "members438": lambda p, c: str(_num(p, 7)),
    "rice_loss438": lambda p, c: str((_num(p, 80) + 5) * 100),
    "loss_level438": lambda p, c: _pick(p, ("Từ 30% - 70%", "Trên 70%", "Trên 70%"), 2),
    "support438": lambda p, c: f"{(_num(p, 80) + 5) * 100 * 200:,}".replace(",", "."),
    "account438": lambda p, c: f"7{p.bhxh[:3]}{p.bhxh[-6:]}{p.phone[-3:]}",
    "bank438": lambda p, c: _pick(p, _VN_BANKS, 5),
    "head438": lambda p, c: _other_vn(p, 6, True),
    "head_phone438": lambda p, c: _other_phone(p, "039"),
    "aadhaar438": lambda p, c: _aadhaar_spaced(p),
    "in_full438": lambda p, c: _in_full(p),
    "in_father438": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 5)} {_pick(p, _IN_FAMILY, 2)}",
    "sex_in438": lambda p, c: "M" if p.male else "F",
    "in_addr438": lambda p, c: _in_address(p),
    "survey438": lambda p, c: f"{_num(p, 480) + 10}/{_pick(p, ('1', '2', '2A', '3B', '1/1'), 3)}",
    "acres438": lambda p, c: f"{(_num(p, 60) + 5) / 10:.2f}",
    "canal438": lambda p, c: _pick(p, _IN_CANALS, 4),
    "crop_in438": lambda p, c: _pick(p, _IN_CROPS, 5),
    "phone_in438": lambda p, c: f"+91 9{p.phone[2:6]} {p.phone[6:10]}{p.bhxh[-1]}",
    "tax_in438": lambda p, c: str((_num(p, 60) + 5) * 20),
    "eg_full438": lambda p, c: _eg_full(p),
    "eg_nid438": lambda p, c: _eg_nid(p),
    "sex_eg438": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_addr438": lambda p, c: _eg_address(p),
    "eg_hod438": lambda p, c: (
        f"حوض {_pick(p, ('الجزيرة', 'الشرقي', 'البحري', 'السبعين'), 2)} / {_num(p, 90)}"
    ),
    "eg_area438": lambda p, c: f"{_num(p, 9)} ف {_num(p, 23)} ط",
    "eg_canal438": lambda p, c: _pick(p, _EG_CANALS, 3),
    "eg_holding438": lambda p, c: f"{p.bhxh[2:8]}",
    "eg_crop438": lambda p, c: _pick(p, _EG_CROPS, 4),
    "eg_phone438": lambda p, c: _eg_phone(p),
    "eg_eng438": lambda p, c: _pick(p, _EG_ENGINEERS, 6),
    "es_full438": lambda p, c: _es_full(p),
    "dni438": lambda p, c: _dni_ca(p),
    "es_street438": lambda p, c: f"{_pick(p, _ES_STREETS, 3)}, {_house(p, 120)}",
    "es_cp438": lambda p, c: _place(p, _ES_TOWNS)[0],
    "es_town438": lambda p, c: _place(p, _ES_TOWNS)[1],
    "es_prov438": lambda p, c: _place(p, _ES_TOWNS)[2],
    "es_phone438": lambda p, c: f"6{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "poligono438": lambda p, c: str(_num(p, 40)),
    "parcela438": lambda p, c: str(_num(p, 600)),
    "paraje438": lambda p, c: _pick(p, _ES_PARAJES, 4),
    "hanegadas438": lambda p, c: f"{(_num(p, 300) + 8) / 100:.4f}".replace(".", ","),
    "hidrante438": lambda p, c: f"H-{_num(p, 12)}.{_num(p, 30)}",
    "cuota438": lambda p, c: f"{(_num(p, 300) + 8) * 0.93:.2f}".replace(".", ","),
    "iban438": lambda p, c: (
        f"ES{p.bhxh[:2]} 3058 {p.bhxh[2:6]} {p.bhxh[6:8]}{p.phone[2:4]}"
        f" {p.phone[4:8]} {p.phone[8:10]}{p.bhxh[-2:]}"
    ),
    "ma_family438": lambda p, c: _pick(p, _MA_FAMILY, 2).upper(),
    "ma_given438": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "cin438": lambda p, c: _cin_ma(p),
    "sex_ma438": lambda p, c: "M" if p.male else "F",
    "douar_addr438": lambda p, c: (
        f"Douar {_pick(p, ('Ouled Ali', 'Lgharbia', 'Ait Said', 'Laazib', 'Chraga', 'Tigmi'), 3)}"
        f" n° {_house(p, 60)}, {_place(p, _MA_PLACES)[0]}"
    ),
    "commune_ma438": lambda p, c: _place(p, _MA_PLACES)[0],
    "province_ma438": lambda p, c: _place(p, _MA_PLACES)[1],
    "cmv438": lambda p, c: _place(p, _MA_PLACES)[2],
    "ma_parcel438": lambda p, c: f"TF {p.bhxh[3:8]}/{_num(p, 70)}",
    "ma_area438": lambda p, c: f"{(_num(p, 80) + 3) / 10:.2f}".replace(".", ","),
    "ma_crop438": lambda p, c: _pick(p, _MA_CROPS, 4),
    "phone_ma438": lambda p, c: f"06 {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "auea438": lambda p, c: _pick(
        p, ("AUEA Al Amal", "AUEA Annour", "AUEA Tiwizi", "AUEA Al Fath"), 5
    ),
    "uz_full438": lambda p, c: _uz_full(p),
    "pinfl438": lambda p, c: _pinfl(p),
    "sex_uz438": lambda p, c: "erkak" if p.male else "ayol",
    "uz_addr438": lambda p, c: _uz_address(p),
    "uz_farm438": lambda p, c: (
        f'"{_pick(p, _UZ_FAMILY, 6)[:-2]} {_pick(p, ("Obod", "Baraka", "Zamin", "Nur"), 7)}"'
        f" {_pick(p, _UZ_FARMS, 3)}"
    ),
    "kontur438": lambda p, c: str(_num(p, 400) + 1),
    "uz_ha438": lambda p, c: f"{(_num(p, 500) + 5) / 10:.1f}",
    "uz_m3438": lambda p, c: f"{(_num(p, 500) + 5) * 820:,}".replace(",", " "),
    "uz_sum438": lambda p, c: f"{(_num(p, 500) + 5) * 820 * 4:,}".replace(",", " "),
    "phone_uz438": lambda p, c: (
        f"+998 9{p.phone[3]} {p.phone[4:7]}-{p.phone[7:9]}-{p.phone[9]}{p.bhxh[-1]}"
    ),
    "siu_head438": lambda p, c: _pick(
        p, ("Xolmatov A.", "Sobirov R.", "Qodirov B.", "Saidov Z."), 8
    ),
}
