"""How the people of the four-hundred-and-eighth part of the outside corpus (**blind 408**,
:mod:`lienthong.quality._corpus_blind408`) are written: four Vietnamese files' own columns (a
religious dignitary's transfer, a registered group for concentrated religious practice, a
festival's volunteers, a pagoda's summer retreat) and Paraguayan, Pakistani, Senegalese, Croatian
and Tajik pilgrims' and volunteers' names, places, phones and numbers in the forms their cards
show (the cédula and the RUC with its mod-11 check digit, the CNIC with the sex digit, the CEDEAO
card's NIN, the OIB with its ISO 7064 check, the Tajik passport and ИРМ)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _cnic, _oib
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind101_writers import _sn_phone
from lienthong.quality._corpus_blind160_writers import _tj_inn, _tj_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DIGNITARIES = (
    ("Linh mục", "Công giáo", "Giáo xứ Tân Định, TGP TP. HCM", "Giáo xứ Bến Cát, GP Phú Cường"),
    ("Đại đức", "Phật giáo", "Chùa Phước Hải, Phường Tân Định", "Chùa Hoằng Pháp, xã Tân Hiệp"),
    ("Thượng tọa", "Phật giáo", "Chùa Giác Ngộ, Phường Vườn Lài", "Tịnh xá Ngọc Phương"),
    ("Mục sư", "Tin Lành", "Chi hội Tin Lành Bàn Cờ", "Chi hội Tin Lành Dĩ An"),
    ("Ni sư", "Phật giáo", "Chùa Huê Lâm, Phường Chợ Lớn", "Tịnh thất Liên Hoa, xã Củ Chi"),
    ("Giáo hữu", "Cao Đài", "Họ đạo Cao Đài Bình Thạnh", "Thánh thất Cao Đài Thủ Đức"),
)
_VN_GROUPS = (
    "Nhóm Tin Lành Liên hữu Cơ đốc - điểm ấp 3",
    "Nhóm Phật tử tu học Tịnh độ tông",
    "Nhóm Công giáo khu trọ công nhân KCN Tân Bình",
    "Nhóm Tin Lành Trưởng lão - điểm nhà ông Thạch",
)
_VN_GROUP_ROLES = ("Tín đồ", "Tín đồ", "Người đại diện nhóm", "Tín đồ", "Thủ quỹ nhóm")
_VN_VOL_TEAMS = (
    "Hướng dẫn du khách bến Đục",
    "Y tế - sơ cứu",
    "Vệ sinh môi trường suối Yến",
    "Trông giữ đồ thất lạc",
    "Phân luồng cáp treo Hương Sơn",
)
_VN_VOL_UNITS = (
    "ĐTN xã Hương Sơn",
    "Trường ĐH Sư phạm Hà Nội",
    "Hội LHTN huyện Mỹ Đức",
    "Học viện Báo chí và Tuyên truyền",
)
_VN_SIZES = ("S", "M", "L", "XL")
_VN_RETREAT = ("Khóa tu mùa hè chùa Giác Ngộ 2026", "Khóa tu Tuổi trẻ hướng Phật - đợt 2")
_VN_SCHOOLS = (
    "Trường THCS Nguyễn Du, Quận 1",
    "Trường THPT Lê Quý Đôn",
    "Trường THCS Colette",
    "Trường Tiểu học Kỳ Đồng",
)

_PY_GIVEN_M = ("Juan Carlos", "Derlis", "Osvaldo", "Rubén Darío", "Néstor")
_PY_GIVEN_F = ("María Liz", "Ramona", "Lourdes", "Nilda", "Fátima")
_PY_FAMILY = ("Benítez Giménez", "Ortiz Villalba", "Cáceres Duarte", "Ayala Fernández")
_PY_PLACES = (
    ("Barrio San Vicente", "Asunción", "Capital"),
    ("Compañía Valle Pucú", "Areguá", "Central"),
    ("Barrio Villa Morra", "Luque", "Central"),
    ("Barrio San Miguel", "Villarrica", "Guairá"),
    ("Barrio Obrero", "Coronel Oviedo", "Caaguazú"),
)
_PY_GROUPS = (
    "Parroquia San Roque",
    "Peregrinación a pie desde Asunción",
    "Ciclistas de Luque",
    "Scouts Grupo 12",
)
_PY_POSTS = ("Puesto de hidratación km 38", "Primeros auxilios - Basílica", "Guardia de ruta Itá")

_PK_GIVEN_M = ("Muhammad Usman", "Ali Raza", "Bilal Ahmed", "Hamza Iqbal", "Zeeshan Haider")
_PK_GIVEN_F = ("Ayesha Bibi", "Sana Fatima", "Rabia Noor", "Kiran Shahzadi", "Mehwish Akhtar")
_PK_FATHER = ("Muhammad Aslam", "Ghulam Rasool", "Abdul Ghafoor", "Nazir Ahmed", "Khalid Mehmood")
_PK_HOMES = (
    "House No. 14, Street 7, Mohallah Islampura, Lahore",
    "Flat 3-B, Gulshan-e-Iqbal Block 13, Karachi",
    "Village Chak 45 GB, Tehsil Jaranwala, District Faisalabad",
    "H. No. 221, Sector G-9/2, Islamabad",
)
_PK_DUTIES = ("Langar distribution", "Shoe keeping (jooti ghar)", "Security gate 3", "Water sabeel")

_SN_GIVEN_M = ("Mamadou", "Cheikh", "Modou", "Serigne Fallou", "Ousmane")
_SN_GIVEN_F = ("Aminata", "Fatou", "Mame Diarra", "Sokhna", "Khady")
_SN_FAMILY = ("Diop", "Ndiaye", "Mbacké", "Fall", "Sow", "Guèye")
_SN_PLACES = (
    ("Darou Khoudoss", "Touba", "Mbacké", "Diourbel"),
    ("Médina", "Dakar Plateau", "Dakar", "Dakar"),
    ("Keur Massar Nord", "Keur Massar", "Keur Massar", "Dakar"),
    ("Escale", "Kaolack", "Kaolack", "Kaolack"),
)
_SN_COMMISSIONS = ("Accueil et hébergement", "Santé", "Hygiène", "Sécurité", "Restauration")
_SN_DAHIRAS = ("Dahira Moukhadimatoul Khidma", "Dahira Hizbut Tarqiyyah", "Dahira Touba Paris")

_HR_GIVEN_M = ("Ivan", "Marko", "Josip", "Ante", "Tomislav")
_HR_GIVEN_F = ("Ana", "Marija", "Ivana", "Katarina", "Mateja")
_HR_FAMILY = ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak")
_HR_PLACES = (
    ("Ilica 112", "10000", "Zagreb"),
    ("Ulica kralja Tomislava 5", "49246", "Marija Bistrica"),
    ("Vukovarska 33", "21000", "Split"),
    ("Trg bana Jelačića 2", "42000", "Varaždin"),
)
_HR_PARISHES = ("Župa sv. Marka, Zagreb", "Župa Majke Božje Bistričke", "Župa sv. Dujma, Split")

_TJ_GIVEN_M = ("Фирдавс", "Рустам", "Шоҳрух", "Бахтиёр", "Ҷамшед")
_TJ_GIVEN_F = ("Мадина", "Нигина", "Зарина", "Парвина", "Малика")
_TJ_FAMILY_M = ("Раҳимов", "Назаров", "Саидов", "Каримов", "Шарипов")
_TJ_PLACES = (
    ("кӯч. Рӯдакӣ 45, хонаи 12", "ш. Душанбе"),
    ("кӯч. Ленин 8", "ш. Хуҷанд"),
    ("деҳаи Ситораи Сурх", "н. Ҳисор"),
    ("кӯч. Сомонӣ 17", "ш. Бохтар"),
)
_TJ_STAGES = ("Майдони Наврӯзгоҳ", "Қалъаи Ҳисор", "Боғи Рӯдакӣ", "Театри опера ва балет")
_TJ_ROLES = ("Ихтиёрӣ", "Роҳнамо", "Тарҷумон", "Ёрии тиббӣ")


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt + 3) % len(table)]


def _vn_title(p: Person) -> str:
    """The dignitary's title, in its form for a monk or a nun, a priest or a religious sister."""
    title = _place(p, _VN_DIGNITARIES, 2)[0]
    if p.male:
        return "Đại đức" if title == "Ni sư" else title
    return {"Linh mục": "Nữ tu", "Đại đức": "Sư cô", "Thượng tọa": "Ni sư"}.get(title, title)


def _py_ci(p: Person) -> str:
    return f"{int(p.bhxh[:7]) % 6_000_000 + 800_000}"


def _py_ruc(p: Person) -> str:
    """A Paraguayan RUC: the cédula, ``-`` and its mod-11 check digit (weights 2.. from the
    right)."""
    ci = _py_ci(p)
    total = sum(int(d) * (i + 2) for i, d in enumerate(reversed(ci)))
    rest = total % 11
    return f"{ci}-{11 - rest if rest > 1 else 0}"


def _dotted(n: str) -> str:
    return f"{int(n):,}".replace(",", ".")


def _sn_nin(p: Person) -> str:
    """A Senegalese CEDEAO card NIN: 1 for men or 2 for women, then twelve digits."""
    return f"{1 if p.male else 2}{p.bhxh[1:]}{p.phone[-3:]}"


def _hr_phone(p: Person) -> str:
    return f"+385 9{_pick(p, ('1', '8', '9', '5'), 2)} {p.phone[3:6]} {p.phone[6:10]}"


def _tj_family(p: Person) -> str:
    family = _pick(p, _TJ_FAMILY_M, 2)
    return family if p.male else f"{family}а"


def _tj_father(p: Person) -> str:
    return _pick(p, ("Аҳмадов", "Саидов", "Каримов"), 4) + ("ич" if p.male else "на")


def _tj_passport(p: Person) -> str:
    return f"{_pick(p, ('А', 'Б'), 3)}{p.bhxh[2:10]}"


WRITERS_BLIND408: dict[str, Callable[[Person, Col], object]] = {
    # -- thuyên chuyển chức sắc, chức việc
    "title408": lambda p, c: _vn_title(p),
    "religion408": lambda p, c: _place(p, _VN_DIGNITARIES, 2)[1],
    "from408": lambda p, c: _place(p, _VN_DIGNITARIES, 2)[2],
    "to408": lambda p, c: _place(p, _VN_DIGNITARIES, 2)[3],
    "dispatch408": lambda p, c: f"{_num(p, 300)}/CV-TGP",
    "answer408": lambda p, c: f"{_num(p, 500)}/BTG-TG",
    "ordained408": lambda p, c: f"{p.birth.year + 26 + _num(p, 8)}",
    # -- đăng ký sinh hoạt tôn giáo tập trung
    "group408": lambda p, c: _pick(p, _VN_GROUPS, 6),
    "group_role408": lambda p, c: _pick(p, _VN_GROUP_ROLES, 7),
    "site408": lambda p, c: f"Nhà ông/bà {_other_vn(p, 3)}, {_num(p, 200)} Tô Ký, Trung Mỹ Tây",
    "schedule408": lambda p, c: _pick(p, ("Chủ nhật 8h-10h", "Thứ Bảy 19h-21h"), 8),
    "cert408": lambda p, c: f"{_num(p, 90)}/GCN-UBND",
    # -- tình nguyện viên lễ hội chùa Hương
    "team408": lambda p, c: _pick(p, _VN_VOL_TEAMS, 9),
    "unit408": lambda p, c: _pick(p, _VN_VOL_UNITS, 10),
    "size408": lambda p, c: _pick(p, _VN_SIZES, 11),
    "card408": lambda p, c: f"TNV-{_num(p, 800):04d}",
    "ice408": lambda p, c: f"{_other_vn(p, 5)} - {_other_phone(p)}",
    "shift408": lambda p, c: _pick(p, ("Ca sáng", "Ca chiều", "Cả ngày"), 12),
    # -- khóa tu mùa hè
    "retreat408": lambda p, c: _pick(p, _VN_RETREAT, 13),
    "dharma408": lambda p, c: f"Pháp danh: {_pick(p, ('Tâm', 'Diệu', 'Nguyên'), 14)} An",
    "school408": lambda p, c: _pick(p, _VN_SCHOOLS, 15),
    "parent408": lambda p, c: _other_vn(p, 6, family=p.family),
    "parent_phone408": lambda p, c: _other_phone(p, "08"),
    "room408": lambda p, c: f"Chúng {_num(p, 12)} - Phòng {_num(p, 30)}",
    "allergy408": lambda p, c: _pick(p, ("", "", "Dị ứng hải sản", "Hen suyễn"), 16),
    "until408": lambda p, c: f"{p.other_date + timedelta(days=5 + _num(p, 4)):%d/%m/%Y}",
    # -- Paraguay: voluntarios Caacupé
    "py_ci408": lambda p, c: _dotted(_py_ci(p)),
    "py_ruc408": lambda p, c: _py_ruc(p),
    "py_given408": lambda p, c: _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 1),
    "py_family408": lambda p, c: _pick(p, _PY_FAMILY, 2),
    "py_sex408": lambda p, c: "Masculino" if p.male else "Femenino",
    "py_barrio408": lambda p, c: _place(p, _PY_PLACES, 1)[0],
    "py_city408": lambda p, c: _place(p, _PY_PLACES, 1)[1],
    "py_dep408": lambda p, c: _place(p, _PY_PLACES, 1)[2],
    "py_phone408": lambda p, c: (
        f"(09{_pick(p, ('81', '82', '71', '61', '91'), 3)}) {p.phone[4:10]}"
    ),
    "py_group408": lambda p, c: _pick(p, _PY_GROUPS, 4),
    "py_post408": lambda p, c: _pick(p, _PY_POSTS, 5),
    "py_contact408": lambda p, c: f"{_pick(p, _PY_GIVEN_F, 6)} (madre) 0972 {p.bhxh[4:10]}",
    # -- Pakistan: urs volunteers
    "pk_cnic408": lambda p, c: _cnic(p),
    "pk_name408": lambda p, c: _by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1),
    "pk_father408": lambda p, c: _pick(p, _PK_FATHER, 2),
    "pk_sex408": lambda p, c: "Male" if p.male else "Female",
    "pk_home408": lambda p, c: _pick(p, _PK_HOMES, 8),
    "pk_phone408": lambda p, c: f"03{p.phone[2:4]}-{p.phone[3:10]}",
    "pk_duty408": lambda p, c: _pick(p, _PK_DUTIES, 3),
    "pk_card408": lambda p, c: f"DD/VOL/{_num(p, 2000):04d}",
    "pk_blood408": lambda p, c: _pick(p, ("A+", "B+", "O+", "AB+", "O-"), 4),
    # -- Sénégal: Grand Magal
    "sn_nin408": lambda p, c: _sn_nin(p),
    "sn_given408": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 1),
    "sn_family408": lambda p, c: _pick(p, _SN_FAMILY, 2),
    "sn_sex408": lambda p, c: "M" if p.male else "F",
    "sn_quartier408": lambda p, c: _place(p, _SN_PLACES, 3)[0],
    "sn_commune408": lambda p, c: _place(p, _SN_PLACES, 3)[1],
    "sn_region408": lambda p, c: _place(p, _SN_PLACES, 3)[3],
    "sn_phone408": lambda p, c: _sn_phone(p),
    "sn_comm408": lambda p, c: _pick(p, _SN_COMMISSIONS, 4),
    "sn_dahira408": lambda p, c: _pick(p, _SN_DAHIRAS, 5),
    "sn_birthplace408": lambda p, c: _pick(p, ("Mbacké", "Diourbel", "Thiès", "Louga"), 6),
    # -- Hrvatska: hodočašće
    "hr_oib408": lambda p, c: _oib(p),
    "hr_given408": lambda p, c: _by_sex(p, _HR_GIVEN_M, _HR_GIVEN_F, 1),
    "hr_family408": lambda p, c: _pick(p, _HR_FAMILY, 2),
    "hr_sex408": lambda p, c: "M" if p.male else "Ž",
    "hr_street408": lambda p, c: _place(p, _HR_PLACES, 4)[0],
    "hr_post408": lambda p, c: _place(p, _HR_PLACES, 4)[1],
    "hr_town408": lambda p, c: _place(p, _HR_PLACES, 4)[2],
    "hr_phone408": lambda p, c: _hr_phone(p),
    "hr_parish408": lambda p, c: _pick(p, _HR_PARISHES, 3),
    "hr_bus408": lambda p, c: f"Autobus {_num(p, 4)}",
    "hr_paid408": lambda p, c: f"{_num(p, 4) * 15 + 20},00 €",
    # -- Тоҷикистон: Наврӯз
    "tj_passport408": lambda p, c: _tj_passport(p),
    "tj_inn408": lambda p, c: _tj_inn(p),
    "tj_family408": lambda p, c: _tj_family(p),
    "tj_given408": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "tj_father408": lambda p, c: _tj_father(p),
    "tj_sex408": lambda p, c: "мард" if p.male else "зан",
    "tj_street408": lambda p, c: _place(p, _TJ_PLACES, 5)[0],
    "tj_town408": lambda p, c: _place(p, _TJ_PLACES, 5)[1],
    "tj_phone408": lambda p, c: _tj_phone(p),
    "tj_stage408": lambda p, c: _pick(p, _TJ_STAGES, 5),
    "tj_role408": lambda p, c: _pick(p, _TJ_ROLES, 6),
    "tj_study408": lambda p, c: _pick(p, ("ДМТ", "ДДОТ ба номи С. Айнӣ", "ДТТ"), 7),
}
