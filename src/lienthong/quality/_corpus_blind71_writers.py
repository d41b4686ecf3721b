"""How the people of the seventy-first part of the outside corpus (**blind 71**,
:mod:`lienthong.quality._corpus_blind71`) are written: four Vietnamese files' own columns (a civil
servant's position, spouse and declared income, a near-poor household's insurance card and first
hospital, an ethnic-minority boarder's parents and scholarship, a boarding house's rooms and
tenants) and Costa Rican, Jamaican, Lebanese, Tajik and Papua New Guinean names, places, phones
and identity numbers in the forms their cards show (the Costa Rican cédula as province, tomo and
asiento, the Jamaican TRN in threes), so that each file reads like the one its office keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POSITIONS = (
    ("Phó Chủ tịch UBND xã", "UBND xã Tân Quý Tây"),
    ("Trưởng phòng Tài chính - Kế hoạch", "UBND huyện Bình Chánh"),
    ("Phó Trưởng phòng TN&MT", "UBND huyện Bình Chánh"),
    ("Kế toán trưởng", "Trung tâm Y tế huyện"),
    ("Hiệu trưởng", "Trường THCS Nguyễn Tri Phương"),
    ("Công chức Địa chính - Xây dựng", "UBND xã Vĩnh Lộc A"),
    ("Chánh Văn phòng HĐND&UBND", "UBND huyện Bình Chánh"),
)
_VN_SPOUSE_WORK = (
    "Giáo viên Trường TH Tân Quý Tây",
    "Kinh doanh tự do",
    "Nội trợ",
    "Ngân hàng Agribank CN Bình Chánh",
    "Bệnh viện Chợ Rẫy",
    "Hưu trí",
)
_VN_ASSET_CHANGE = (
    "Không biến động",
    "Tăng: mua xe ô tô",
    "Tăng: nhận chuyển nhượng QSDĐ",
    "Không biến động",
    "Giảm: bán đất ở",
    "Tăng: tiền gửi tiết kiệm",
)
_VN_HOSPITALS = (
    "79-461 Trạm Y tế xã Bình Hưng",
    "79-026 BV huyện Bình Chánh",
    "79-461 Trạm Y tế xã Bình Hưng",
    "79-071 TTYT quận 8",
)
_VN_HOUSE_RELATION = ("Chủ hộ", "Vợ", "Chồng", "Con", "Con", "Mẹ", "Cháu")
#: (boarder, ethnicity, father, mother, home village) of a Sơn La boarding school
_VN_BOARDERS_M = (
    (
        "Lò Văn Tuấn",
        "Thái",
        "Lò Văn Pánh",
        "Cà Thị Xiêng",
        "Bản Púng, xã Chiềng Pấc, huyện Thuận Châu, tỉnh Sơn La",
    ),
    (
        "Giàng A Chứ",
        "Mông",
        "Giàng A Dê",
        "Sồng Thị Mỷ",
        "Bản Tà Xùa, xã Tà Xùa, huyện Bắc Yên, tỉnh Sơn La",
    ),
    (
        "Quàng Văn Hiếu",
        "Thái",
        "Quàng Văn Ún",
        "Lường Thị Ỏn",
        "Bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn, tỉnh Sơn La",
    ),
    (
        "Lý A Sử",
        "Mông",
        "Lý A Páo",
        "Thào Thị Dua",
        "Bản Háng Đồng, xã Háng Đồng, huyện Bắc Yên, tỉnh Sơn La",
    ),
    (
        "Lò Văn Thanh",
        "Khơ Mú",
        "Lò Văn Khăm",
        "Lò Thị Mon",
        "Bản Huổi Một, xã Nậm Lạnh, huyện Sốp Cộp, tỉnh Sơn La",
    ),
)
_VN_BOARDERS_F = (
    (
        "Cầm Thị Hương",
        "Thái",
        "Cầm Văn Pọm",
        "Lò Thị Én",
        "Bản Mòng, xã Hua La, TP. Sơn La, tỉnh Sơn La",
    ),
    (
        "Mùa Thị Dợ",
        "Mông",
        "Mùa A Lềnh",
        "Hờ Thị Sua",
        "Bản Nà Ngà, xã Tân Hợp, huyện Mộc Châu, tỉnh Sơn La",
    ),
    (
        "Triệu Thị Mai",
        "Dao",
        "Triệu Văn Phin",
        "Bàn Thị Chạn",
        "Bản Suối Thín, xã Chiềng Sơn, huyện Vân Hồ, tỉnh Sơn La",
    ),
    (
        "Lường Thị Xuân",
        "Thái",
        "Lường Văn Inh",
        "Quàng Thị Phăn",
        "Bản Nong Lếch, xã Chiềng Đen, TP. Sơn La, tỉnh Sơn La",
    ),
    (
        "Vì Thị Lan",
        "Mường",
        "Vì Văn Tịnh",
        "Hà Thị Nhung",
        "Bản Suối Lìn, xã Mường Bang, huyện Phù Yên, tỉnh Sơn La",
    ),
)
_VN_PARENT_JOBS = ("Làm nương", "Làm ruộng", "Làm nương", "Lao động tự do", "Làm ruộng, chăn nuôi")
_VN_POVERTY = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Không")
_VN_CLASSES = ("6A", "6B", "7A", "7B", "8A", "9A", "9B")
_VN_LODGINGS = (
    "Hẻm 12 Lê Văn Việt, P. Hiệp Phú",
    "45/3 đường số 8, P. Linh Trung",
    "Khu trọ Phúc Lộc, 210/7 Tô Ngọc Vân",
    "18 Trương Văn Thành, P. Hiệp Phú",
)
_VN_INSPECTION = (
    "Đạt yêu cầu",
    "Chưa khai báo tạm trú 2 người, nhắc nhở",
    "Thiếu bình chữa cháy, lập biên bản",
    "Đạt yêu cầu",
    "Đường điện không đảm bảo, yêu cầu khắc phục",
)
_CR_FAMILY = ("Rodríguez", "Vargas", "Jiménez", "Mora", "Solís", "Araya", "Quesada", "Chaves")
_CR_GIVEN_M = ("José Pablo", "Luis Diego", "Esteban", "Carlos Andrés", "Randall", "Minor")
_CR_GIVEN_F = ("María Fernanda", "Hazel", "Ana Lucía", "Yorleny", "Marianela", "Karla Vanessa")
#: (province digit, provincia, cantón, distrito, otras señas)
_CR_PLACES = (
    (
        "1",
        "San José",
        "Desamparados",
        "San Rafael Abajo",
        "Del Más x Menos 200 m sur, casa esquinera portón negro",
    ),
    (
        "2",
        "Alajuela",
        "San Carlos",
        "Quesada",
        "Barrio San Martín, 100 m este de la plaza, casa celeste",
    ),
    ("3", "Cartago", "Paraíso", "Orosi", "Frente a la escuela, casa 14"),
    ("5", "Guanacaste", "Liberia", "Liberia", "Barrio Los Ángeles, 50 m norte del Ebais"),
    ("6", "Puntarenas", "Corredores", "Corredor", "Ciudad Neily, detrás del Palí, casa de madera"),
    ("7", "Limón", "Pococí", "Guápiles", "Urbanización Toro Amarillo, casa G-12"),
)
_JM_FAMILY = ("Brown", "Williams", "Campbell", "Thompson", "Reid", "McKenzie", "Clarke", "Grant")
_JM_GIVEN_M = ("Andre", "Kemar", "Shane", "Damion", "O'Neil", "Ricardo")
_JM_GIVEN_F = ("Shanique", "Tamika", "Kerry-Ann", "Nadine", "Sashana", "Marcia")
#: (street line, town/community, parish)
_JM_PLACES = (
    ("Lot 45 Bayside Avenue", "Portmore", "St. Catherine"),
    ("12 Molynes Road", "Kingston 10", "St. Andrew"),
    ("Lot 7 Top Hill", "Mandeville", "Manchester"),
    ("23 Main Street", "May Pen", "Clarendon"),
    ("Lot 3 Flanker Main Road", "Montego Bay", "St. James"),
    ("Cedar Valley Road", "Morant Bay", "St. Thomas"),
)
_JM_NOTES = (
    "",
    "Mada collect fi di pickney dem",
    "Bwoy nuh go school regular, follow up",
    "Move go Kingston, caa find di yard",
    "Everyting criss",
    "Grandmada a di guardian",
)
_LB_FAMILY = ("حداد", "الخوري", "شمص", "عيتاني", "نصر الله", "سليمان", "فرحات", "جعجع")
_LB_GIVEN_M = ("جورج", "محمد", "علي", "إيلي", "حسين", "طوني", "خالد")
_LB_GIVEN_F = ("ريتا", "فاطمة", "زينب", "ماري", "نادين", "هبة", "لينا")
#: (address, caza, mohafazat, place of registration)
_LB_PLACES = (
    ("بيروت، الطريق الجديدة، شارع عفيف الطيبي، بناية الحسن، ط 3", "بيروت", "بيروت", "المزرعة"),
    ("برج حمود، شارع أراكس، بناية كيفوركيان، ط 2", "المتن", "جبل لبنان", "برج حمود"),
    ("طرابلس، باب التبانة، شارع سوريا", "طرابلس", "الشمال", "طرابلس"),
    ("بعلبك، حي الشراونة، قرب المدرسة الرسمية", "بعلبك", "بعلبك الهرمل", "بعلبك"),
    ("صور، حي الرمل، ملك فرحات", "صور", "الجنوب", "برج الشمالي"),
    ("زحلة، حوش الأمراء، بناية معلوف", "زحلة", "البقاع", "زحلة"),
)
_TJ_FAMILY_M = ("Раҳимов", "Саидзода", "Назаров", "Шарипов", "Қурбонов", "Давлатзода")
_TJ_FAMILY_F = ("Раҳимова", "Саидзода", "Назарова", "Шарипова", "Қурбонова", "Давлатзода")
_TJ_GIVEN_M = ("Фаррух", "Меҳроб", "Ҷамшед", "Сӯҳроб", "Бахтиёр", "Исмоил")
_TJ_GIVEN_F = ("Мадина", "Нигина", "Зарина", "Гулнора", "Шаҳноза", "Мавҷуда")
_TJ_FATHERS = ("Шарифович", "Абдуллоевич", "Каримович", "Назарович", "Саидович")
#: (address, jamoat, district, region)
_TJ_PLACES = (
    ("деҳаи Чорбоғ, кӯчаи Рӯдакӣ, хонаи 15", "ҷамоати Ҳисор", "ноҳияи Ҳисор", "НТҶ"),
    ("деҳаи Гулистон, кӯчаи Сомонӣ, хонаи 8", "ҷамоати Чорбоғ", "ноҳияи Рӯдакӣ", "НТҶ"),
    ("деҳаи Навобод, кӯчаи Истиқлол, хонаи 3", "ҷамоати Ёвон", "ноҳияи Ёвон", "вилояти Хатлон"),
    (
        "маҳаллаи Ваҳдат, кӯчаи Айнӣ, хонаи 41",
        "ҷамоати Гулистон",
        "ноҳияи Бобоҷон Ғафуров",
        "вилояти Суғд",
    ),
    ("деҳаи Қумсангир, кӯчаи Ленин, хонаи 2", "ҷамоати Ҷайҳун", "ноҳияи Ҷайҳун", "вилояти Хатлон"),
)
_PG_FAMILY = ("Kila", "Wari", "Kaupa", "Yapao", "Temu", "Namaliu", "Pokawin", "Kuman")
_PG_GIVEN_M = ("John", "Peter", "Joseph", "Michael", "Kevin", "Paul")
_PG_GIVEN_F = ("Mary", "Grace", "Rose", "Elizabeth", "Janet", "Agnes")
#: (village, ward, LLG, province)
_PG_PLACES = (
    ("Butibam", "Ward 3", "Lae Urban LLG", "Morobe"),
    ("Kamaliki", "Ward 5", "Goroka Urban LLG", "Eastern Highlands"),
    ("Yampu", "Ward 12", "Wapenamanda Rural LLG", "Enga"),
    ("Kreer", "Ward 2", "Wewak Urban LLG", "East Sepik"),
    ("Hanuabada", "Ward 1", "Moresby North-West LLG", "National Capital District"),
)
_PG_JOBS = ("Gaden / Farmer", "Stoa / Shop", "Tisa / Teacher", "Student", "Haus meri", "Draiva")
_PG_CLANS = ("Ahi", "Yanta", "Lapame", "Kombe", "Tolai", "Motu")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _boarder(p: Person) -> tuple[str, ...]:
    return (_VN_BOARDERS_M if p.male else _VN_BOARDERS_F)[int(p.bhxh) // 7 % 5]


def _boarder_birth(p: Person) -> date:
    """A lower-secondary boarder's birthday: the person's day and month, born 2011 to 2014."""
    return _safe_day(2011 + p.birth.year % 4, p.birth.month, p.birth.day)


def _spouse_birth(p: Person) -> date:
    return _shift_date(p.birth, (-3, -2, -1, 1, 2, 4)[int(p.bhxh) // 5 % 6])


def _cedula(p: Person) -> str:
    """A Costa Rican cédula as written ``1-0234-0567``: the province of birth, the tomo (older
    people in lower tomos) and the asiento, with no check digit."""
    tomo = max(1, (p.birth.year - 1935) * 24 + int(p.bhxh[:2]))
    return f"{_place(p, _CR_PLACES)[0]}-{tomo:04d}-{int(p.bhxh[-4:]) % 1200 + 1:04d}"


def _trn(p: Person) -> str:
    """A Jamaican TRN of nine digits in threes, an individual's starting with 1."""
    return f"1{p.bhxh[1:3]}-{p.bhxh[3:6]}-{p.bhxh[6:9]}"


WRITERS_BLIND71: dict[str, Callable[[Person, Col], object]] = {
    "position71": lambda p, c: _place(p, _VN_POSITIONS)[0],
    "office71": lambda p, c: _place(p, _VN_POSITIONS)[1],
    "spouse71": lambda p, c: _other_vn(p, 3, male=not p.male),
    "spouse_birth71": lambda p, c: f"{_spouse_birth(p):%d/%m/%Y}",
    "spouse_cccd71": lambda p, c: _cccd_of(p, not p.male, _spouse_birth(p).year),
    "spouse_work71": lambda p, c: _pick(p, _VN_SPOUSE_WORK, 4),
    "income71": lambda p, c: f"{(_num(p, 90) + 80) * 3},5",
    "asset_change71": lambda p, c: _pick(p, _VN_ASSET_CHANGE, 5),
    "household71": lambda p, c: f"7926{p.bhxh[-6:]}",
    "bhyt_cn71": lambda p, c: f"CN379{p.bhxh}",
    "hospital71": lambda p, c: _pick(p, _VN_HOSPITALS, 3),
    "house_rel71": lambda p, c: _pick(p, _VN_HOUSE_RELATION, 2),
    "head71": lambda p, c: _other_vn(p, 5, male=True, family=p.family),
    "boarder71": lambda p, c: _boarder(p)[0],
    "boarder_birth71": lambda p, c: f"{_boarder_birth(p):%d/%m/%Y}",
    "boarder_cccd71": lambda p, c: _cccd_of(p, p.male, _boarder_birth(p).year),
    "ethnic71": lambda p, c: _boarder(p)[1],
    "father71": lambda p, c: _boarder(p)[2],
    "mother71": lambda p, c: _boarder(p)[3],
    "village71": lambda p, c: _boarder(p)[4],
    "class71": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "parent_job71": lambda p, c: _pick(p, _VN_PARENT_JOBS, 3),
    "parent_phone71": lambda p, c: _other_phone(p, "038"),
    "poverty71": lambda p, c: _pick(p, _VN_POVERTY, 4),
    "stipend71": lambda p, c: "1.872.000",
    "months71": lambda p, c: _pick(p, ("9", "9", "8", "4"), 5),
    "lodging71": lambda p, c: _pick(p, _VN_LODGINGS, 2),
    "rooms71": lambda p, c: str(_num(p, 18) + 3),
    "tenants71": lambda p, c: str(_num(p, 30) + 4),
    "registered71": lambda p, c: str(_num(p, 20) + 2),
    "team_lead71": lambda p, c: f"Đ/c {_other_vn(p, 6, male=True)} - Phó CA phường",
    "inspection71": lambda p, c: _pick(p, _VN_INSPECTION, 3),
    "cedula_cr71": lambda p, c: _cedula(p),
    "cr_family71": lambda p, c: _pick(p, _CR_FAMILY, 2),
    "cr_mother71": lambda p, c: _pick(p, _CR_FAMILY, 3),
    "cr_given71": lambda p, c: _by_sex(p, _CR_GIVEN_M, _CR_GIVEN_F, 1),
    "sex_cr71": lambda p, c: "Masculino" if p.male else "Femenino",
    "prov_cr71": lambda p, c: _place(p, _CR_PLACES)[1],
    "canton_cr71": lambda p, c: _place(p, _CR_PLACES)[2],
    "distrito_cr71": lambda p, c: _place(p, _CR_PLACES)[3],
    "senas_cr71": lambda p, c: _place(p, _CR_PLACES)[4],
    "phone_cr71": lambda p, c: f"{_pick(p, ('8', '7', '6'), 2)}{p.phone[3:6]}-{p.phone[6:10]}",
    "ficha_cr71": lambda p, c: f"FIS-{p.bhxh[2:9]}",
    "benefit_cr71": lambda p, c: _pick(p, ("Avancemos", "Atención a familias", "Crecemos"), 4),
    "amount_cr71": lambda p, c: f"₡{(_num(p, 8) + 3) * 12_500:,}".replace(",", " "),
    "trn_jm71": lambda p, c: _trn(p),
    "jm_family71": lambda p, c: _pick(p, _JM_FAMILY, 2),
    "jm_given71": lambda p, c: _by_sex(p, _JM_GIVEN_M, _JM_GIVEN_F, 1),
    "jm_middle71": lambda p, c: _pick(p, ("Anthony", "Marie", "O'Brian", "Patrice", ""), 3),
    "sex_jm71": lambda p, c: "M" if p.male else "F",
    "street_jm71": lambda p, c: _place(p, _JM_PLACES)[0],
    "town_jm71": lambda p, c: _place(p, _JM_PLACES)[1],
    "parish_jm71": lambda p, c: _place(p, _JM_PLACES)[2],
    "phone_jm71": lambda p, c: (
        f"(876) {_pick(p, ('8', '3', '4'), 2)}{p.phone[4:6]}-{p.phone[6:10]}"
    ),
    "nis_jm71": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 3)}{p.bhxh[3:9]}",
    "household_jm71": lambda p, c: f"PATH-{p.bhxh[:6]}",
    "category_jm71": lambda p, c: _pick(p, ("Child 0-5", "Child school age", "Elderly 60+", "PWD")),
    "guardian_jm71": lambda p, c: (
        f"{_by_sex(p, _JM_GIVEN_F, _JM_GIVEN_M, 4)} {_pick(p, _JM_FAMILY, 5)}"
    ),
    "notes_jm71": lambda p, c: _pick(p, _JM_NOTES, 6),
    "lb_family71": lambda p, c: _pick(p, _LB_FAMILY, 2),
    "lb_given71": lambda p, c: _by_sex(p, _LB_GIVEN_M, _LB_GIVEN_F, 1),
    "lb_father71": lambda p, c: _pick(p, _LB_GIVEN_M, 3),
    "lb_mother71": lambda p, c: f"{_pick(p, _LB_GIVEN_F, 4)} {_pick(p, _LB_FAMILY, 5)}",
    "sex_lb71": lambda p, c: "ذكر" if p.male else "أنثى",
    "id_lb71": lambda p, c: f"{p.bhxh}{p.phone[-2:]}",
    "sijil_lb71": lambda p, c: str(_num(p, 900) + 12),
    "qayd_lb71": lambda p, c: _place(p, _LB_PLACES)[3],
    "addr_lb71": lambda p, c: _place(p, _LB_PLACES)[0],
    "caza_lb71": lambda p, c: _place(p, _LB_PLACES)[1],
    "mohafaza_lb71": lambda p, c: _place(p, _LB_PLACES)[2],
    "phone_lb71": lambda p, c: (
        f"{_pick(p, ('03', '70', '71', '76', '81'), 2)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "members_lb71": lambda p, c: str(_num(p, 8) + 1),
    "tj_family71": lambda p, c: _by_sex(p, _TJ_FAMILY_M, _TJ_FAMILY_F, 2),
    "tj_given71": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "tj_father71": lambda p, c: (
        _pick(p, _TJ_FATHERS, 3) if p.male else _pick(p, _TJ_FATHERS, 3)[:-2] + "на"
    ),
    "sex_tj71": lambda p, c: "мард" if p.male else "зан",
    "passport_tj71": lambda p, c: f"А{p.bhxh[1:9]}",
    "inn_tj71": lambda p, c: f"{_pick(p, ('02', '05', '04'), 4)}{p.bhxh[3:10]}",
    "addr_tj71": lambda p, c: _place(p, _TJ_PLACES)[0],
    "jamoat_tj71": lambda p, c: _place(p, _TJ_PLACES)[1],
    "nohiya_tj71": lambda p, c: _place(p, _TJ_PLACES)[2],
    "phone_tj71": lambda p, c: (
        f"+992 {_pick(p, ('93', '92', '98', '90'), 2)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "members_tj71": lambda p, c: str(_num(p, 9) + 2),
    "aid_tj71": lambda p, c: str((_num(p, 4) + 1) * 400),
    "officer_tj71": lambda p, c: f"{_pick(p, _TJ_GIVEN_F, 5)[0]}. {_pick(p, _TJ_FAMILY_F, 6)}",
    "nid_pg71": lambda p, c: f"{p.bhxh[::-1]}",
    "pg_family71": lambda p, c: _pick(p, _PG_FAMILY, 2),
    "pg_given71": lambda p, c: _by_sex(p, _PG_GIVEN_M, _PG_GIVEN_F, 1),
    "sex_pg71": lambda p, c: "Man" if p.male else "Meri",
    "village_pg71": lambda p, c: _place(p, _PG_PLACES)[0],
    "ward_pg71": lambda p, c: _place(p, _PG_PLACES)[1],
    "llg_pg71": lambda p, c: _place(p, _PG_PLACES)[2],
    "prov_pg71": lambda p, c: _place(p, _PG_PLACES)[3],
    "phone_pg71": lambda p, c: (
        f"7{_pick(p, ('0', '1', '2', '3'), 2)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "job_pg71": lambda p, c: _pick(p, _PG_JOBS, 3),
    "father_pg71": lambda p, c: f"{_pick(p, _PG_GIVEN_M, 4)} {_pick(p, _PG_FAMILY, 2)}",
    "mother_pg71": lambda p, c: f"{_pick(p, _PG_GIVEN_F, 5)} {_pick(p, _PG_FAMILY, 6)}",
    "clan_pg71": lambda p, c: _pick(p, _PG_CLANS, 4),
}
