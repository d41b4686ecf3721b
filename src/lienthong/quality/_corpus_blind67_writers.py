"""How the people of the sixty-seventh part of the outside corpus (**blind 67**,
:mod:`lienthong.quality._corpus_blind67`) are written: four Vietnamese files' own columns (a
household's members, income, deprivation score and poverty class; a blood donor's group, count and
volume; a dormitory resident's room, class and guardian; a judgement debtor's judgement, creditor
and amounts) and Thai, Lao, Maldivian, Ghanaian and Uruguayan names, places, phones and identity
numbers in the forms their cards show (the Thai ID's mod-11 digit and Buddhist-era dates reuse
blind 44's, the Ghana Card blind 43's, the Uruguayan cédula's digit blind 15's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind43_writers import _gh_card
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POOR_CLASS = ("Hộ nghèo", "Hộ cận nghèo", "Thoát nghèo", "Thoát cận nghèo", "Hộ nghèo")
_VN_SURVEYORS = ("Trưởng thôn", "Cán bộ LĐTBXH xã", "Bí thư chi bộ", "Chi hội trưởng PN")
_VN_WORKPLACES = (
    "Trường ĐH Sư phạm",
    "Công ty May Việt Tiến",
    "Công an tỉnh",
    "Bệnh viện Đa khoa tỉnh",
    "Tự do",
    "Trường THPT Chuyên",
    "Ngân hàng Agribank CN tỉnh",
)
_VN_FACULTIES = ("CNTT", "Kinh tế", "Ngoại ngữ", "Cơ khí", "Điều dưỡng", "Luật", "Nông học")
_VN_COURTS = (
    "TAND huyện Thạch Thất",
    "TAND TP Hà Nội",
    "TAND quận Hà Đông",
    "TAND huyện Đan Phượng",
    "TAND cấp cao tại Hà Nội",
)
_VN_CASE_KINDS = ("DS-ST", "HNGĐ-ST", "KDTM-ST", "DS-PT", "HS-ST")
_VN_THA_RESULTS = (
    "Đang tổ chức thi hành",
    "Chưa có điều kiện THA",
    "Đã thi hành xong",
    "Hoãn thi hành án",
    "Đình chỉ",
)
_TH_FAMILY = ("ทองดี", "บุญมา", "จันทร์เพ็ญ", "สุขสวัสดิ์", "แสงทอง", "ศรีวงศ์", "มั่นคง")
_TH_GIVEN_M = ("บุญมี", "สมศักดิ์", "วิชัย", "ประยูร", "ทองใบ", "สุพจน์")
_TH_GIVEN_F = ("สมศรี", "บุญเรือน", "มาลี", "ประไพ", "สุนีย์", "ทองคำ")
_TH_PLACES = (
    ("หนองบัว", "เมืองอุดรธานี", "อุดรธานี"),
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น"),
    ("โพธิ์กลาง", "เมืองนครราชสีมา", "นครราชสีมา"),
    ("สันทราย", "สารภี", "เชียงใหม่"),
    ("บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น"),
)
_TH_BANKS = ("ธ.ก.ส.", "กรุงไทย", "ออมสิน")
_LA_FAMILY = ("ພົມມະຈັນ", "ວົງສາ", "ສີສຸພັນ", "ແກ້ວມະນີ", "ຈັນທະວົງ", "ອິນທະວົງ", "ສຸລິຍະວົງ")
_LA_GIVEN_M = ("ສົມພອນ", "ບຸນມີ", "ຄຳພັນ", "ວັນນະສອນ", "ສີສະຫວາດ", "ທອງສຸກ")
_LA_GIVEN_F = ("ແສງດາວ", "ມະນີວັນ", "ພອນສະຫວັນ", "ຄຳແພງ", "ບົວພັນ", "ນ້ອຍ")
_LA_PLACES = (
    ("ບ້ານສີສະຫວາດ", "ເມືອງຈັນທະບູລີ", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ບ້ານໂພນໄຊ", "ເມືອງໄຊເສດຖາ", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ບ້ານຊຽງມ່ວນ", "ເມືອງຫຼວງພະບາງ", "ແຂວງຫຼວງພະບາງ"),
    ("ບ້ານວັດຫຼວງ", "ເມືອງປາກເຊ", "ແຂວງຈຳປາສັກ"),
    ("ບ້ານນາໄຊ", "ເມືອງໄກສອນພົມວິຫານ", "ແຂວງສະຫວັນນະເຂດ"),
)
_LA_NOTES = ("", "ຍ້າຍມາຈາກແຂວງອື່ນ", "ເອກະສານບໍ່ຄົບ", "", "ຜູ້ສູງອາຍຸ")
#: (Latin, Thaana) first and second names: Maldivians mostly carry no family name
_MV_FIRST_M: tuple[tuple[str, str], ...] = (
    ("Ahmed", "އަޙްމަދު"),
    ("Mohamed", "މުޙައްމަދު"),
    ("Ibrahim", "އިބްރާހީމް"),
)
_MV_FIRST_M += (("Ali", "ޢަލީ"), ("Hussain", "ޙުސައިން"))
_MV_FIRST_F: tuple[tuple[str, str], ...] = (
    ("Aishath", "އާއިޝަތު"),
    ("Fathimath", "ފާޠިމަތު"),
    ("Mariyam", "މަރިޔަމް"),
)
_MV_FIRST_F += (("Hawwa", "ހައްވާ"), ("Aminath", "އާމިނަތު"))
_MV_SECOND_M = (("Naseem", "ނަސީމް"), ("Rasheed", "ރަޝީދު"), ("Zahir", "ޒާހިރު"), ("Shareef", "ޝަރީފް"))
_MV_SECOND_F = (("Shifa", "ޝިފާ"), ("Nisha", "ނިޝާ"), ("Zeena", "ޒީނާ"), ("Rasheeda", "ރަޝީދާ"))
_MV_HOMES = ("Maavadi", "Hudhuge", "Fehivilla", "Dhoonigasdhoshuge", "Lonuziyaaraiydhoshuge")
_MV_ISLANDS = (
    "K. Male'",
    "Hulhumale'",
    "Ga. Villingili",
    "Addu City",
    "Lh. Naifaru",
    "Th. Veymandoo",
)
_MV_MARITAL = ("Married / ކައިވެނިކޮށްފައި", "Single / ކައިވެނިނުކޮށް", "Divorced / ވަރިކޮށްފައި")
_GH_FAMILY = ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Agyeman", "Tetteh")
_GH_GIVEN_M = ("Kwame", "Kofi", "Yaw", "Kwabena", "Emmanuel", "Kwesi")
_GH_GIVEN_F = ("Ama", "Akosua", "Abena", "Efua", "Adwoa", "Esi")
_GH_OTHER = ("Nana", "Grace", "Kojo", "Yaa", "Ebenezer", "")
#: (GPS prefix, community, district, region)
_GH_PLACES = (
    ("GA", "Madina", "La Nkwantanang-Madina", "Greater Accra"),
    ("AK", "Suame", "Kumasi Metropolitan", "Ashanti"),
    ("CC", "Abura", "Cape Coast Metropolitan", "Central"),
    ("NT", "Lamashegu", "Tamale Metropolitan", "Northern"),
    ("VH", "Bankoe", "Ho Municipal", "Volta"),
)
_GH_LANDMARKS = ("near Methodist Church", "behind Total filling station", "opp. Police Station")
_GH_CATEGORIES = ("Elderly (65+)", "PWD", "OVC caregiver", "Pregnant woman / infant")
_UY_FAMILY = ("Rodríguez", "Pereira", "Fernández", "Silva", "Sosa", "Martínez", "Olivera")
_UY_GIVEN_M = ("Juan Martín", "Diego", "Gonzalo", "Nicolás Andrés", "Washington")
_UY_GIVEN_F = ("María Noel", "Florencia", "Valentina", "Lucía Belén", "Rosario")
#: (street, barrio, departamento)
_UY_PLACES = (
    ("Av. 18 de Julio 1453 apto 302", "Centro", "Montevideo"),
    ("Camino Maldonado 6218", "Piedras Blancas", "Montevideo"),
    ("Gral. Flores 3310", "Goes", "Montevideo"),
    ("Treinta y Tres 845", "Barrio Artigas", "Salto"),
    ("Ruta 5 km 31, manzana 12 solar 4", "Barros Blancos", "Canelones"),
)
_UY_BENEFITS = ("Tarjeta Uruguay Social", "TUS doble", "Asignación Familiar Plan Equidad")


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return table[int(p.bhxh) // salt % len(table)]


def _b2_score(p: Person) -> int:
    """The deprivation score a commune's review gives (B2: 0-100, step 10)."""
    return _num(p, 10) * 10


def _poor_class(p: Person) -> str:
    return _VN_POOR_CLASS[_b2_score(p) // 25 % len(_VN_POOR_CLASS)]


def _donations(p: Person) -> int:
    return _num(p, 40)


def _judgement(p: Person) -> str:
    return f"{_num(p, 400)}/{2019 + int(p.bhxh) % 6}/{_pick(p, _VN_CASE_KINDS, 3)}"


def _owed(p: Person) -> int:
    return (_num(p, 900) + 5) * 1_000_000 // 4


def _thai_title(p: Person) -> str:
    if p.male:
        return "นาย"
    return "นาง" if int(p.bhxh) % 3 else "นางสาว"


def _thai_allowance(p: Person) -> int:
    """The monthly old-age allowance by age band (600, 700, 800 or 1,000 baht)."""
    age = 2026 - p.birth.year
    return 600 if age < 70 else 700 if age < 80 else 800 if age < 90 else 1000


def _lao_id(p: Person) -> str:
    return f"{int(p.bhxh[:2]) % 18 + 1:02d}{p.bhxh[2:10]}"


def _mv_name(p: Person, script: int) -> str:
    first = _MV_FIRST_M if p.male else _MV_FIRST_F
    second = _MV_SECOND_M if p.male else _MV_SECOND_F
    return f"{_row(p, first, 3)[script]} {_row(p, second, 7)[script]}"


def _gh_gps(p: Person) -> str:
    return f"{_row(p, _GH_PLACES)[0]}-{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:7]}"


WRITERS_BLIND67: dict[str, Callable[[Person, Col], object]] = {
    "hh_code67": lambda p, c: f"HN{p.bhxh[-6:]}",
    "members67": lambda p, c: str(_num(p, 7) + 1),
    "income67": lambda p, c: f"{(_num(p, 25) + 8) * 100:,}".replace(",", "."),
    "b2_score67": lambda p, c: str(_b2_score(p)),
    "poor_class67": lambda p, c: _poor_class(p),
    "surveyor67": lambda p, c: f"{_other_vn(p, 3)} ({_pick(p, _VN_SURVEYORS, 2)})",
    "donor67": lambda p, c: f"HM{p.bhxh[-7:]}",
    "abo67": lambda p, c: _pick(p, ("O", "A", "B", "AB", "O", "B"), 2),
    "rh67": lambda p, c: "Rh(-)" if int(p.bhxh) % 97 == 0 else "Rh(+)",
    "donations67": lambda p, c: str(_donations(p)),
    "volume67": lambda p, c: _pick(p, ("250", "350", "450", "350"), 4),
    "workplace67": lambda p, c: _pick(p, _VN_WORKPLACES, 5),
    "badge67": lambda p, c: _pick(p, ("", "", "Kỷ niệm chương 5 lần", "Bằng khen 10 lần"), 6),
    "student67": lambda p, c: f"{20 + int(p.bhxh) % 6}{p.bhxh[2:8]}",
    "class67": lambda p, c: f"K{62 + int(p.bhxh) % 5}-{_pick(p, _VN_FACULTIES, 3)}{_num(p, 4)}",
    "faculty67": lambda p, c: f"Khoa {_pick(p, _VN_FACULTIES, 3)}",
    "room67": lambda p, c: f"{_num(p, 5)}{_num(p, 30):02d}",
    "block67": lambda p, c: f"Nhà {_pick(p, ('A1', 'A2', 'B3', 'B5', 'C1'), 4)}",
    "guardian67": lambda p, c: _other_vn(p, 5, family=p.family),
    "guardian_phone67": lambda p, c: _other_phone(p, "098"),
    "fee67": lambda p, c: _pick(p, ("Đã đóng HK1", "Chưa đóng", "Miễn (HS nghèo)", "Đã đóng"), 7),
    "judgement67": lambda p, c: _judgement(p),
    "court67": lambda p, c: _pick(p, _VN_COURTS, 2),
    "decision67": lambda p, c: f"{_num(p, 900) + 12}/QĐ-CCTHADS",
    "creditor67": lambda p, c: _other_vn(p, 6),
    "creditor_addr67": lambda p, c: f"Thôn {_num(p, 9)}, xã {_pick(p, ('Bình Yên', 'Hạ Bằng'), 5)}",
    "owed67": lambda p, c: f"{_owed(p):,}".replace(",", "."),
    "paid67": lambda p, c: f"{_owed(p) * (int(p.bhxh) % 4) // 4:,}".replace(",", "."),
    "enforcer67": lambda p, c: f"CHV {_other_vn(p, 8)}",
    "tha_result67": lambda p, c: _pick(p, _VN_THA_RESULTS, 4),
    "pid_th67": lambda p, c: _thai_pid(p),
    "title_th67": lambda p, c: _thai_title(p),
    "th_given67": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "th_family67": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "birth_th67": lambda p, c: _thai_date(p.birth),
    "age_th67": lambda p, c: str(2026 - p.birth.year),
    "sex_th67": lambda p, c: "ชาย" if p.male else "หญิง",
    "house_th67": lambda p, c: f"{_num(p, 150)}/{_num(p, 9)} หมู่ {_num(p, 12)}",
    "tambon_th67": lambda p, c: _row(p, _TH_PLACES)[0],
    "amphoe_th67": lambda p, c: _row(p, _TH_PLACES)[1],
    "changwat_th67": lambda p, c: _row(p, _TH_PLACES)[2],
    "phone_th67": lambda p, c: f"08{p.phone[3]}-{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[-1]}",
    "bank_th67": lambda p, c: f"{_pick(p, _TH_BANKS, 4)} {p.bhxh[:3]}-{p.bhxh[3:9]}-{p.bhxh[9]}",
    "allowance_th67": lambda p, c: f"{_thai_allowance(p):,}",
    "reg_th67": lambda p, c: _thai_date(p.other_date, months=True),
    "id_la67": lambda p, c: _lao_id(p),
    "la_given67": lambda p, c: _by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 1),
    "la_family67": lambda p, c: _pick(p, _LA_FAMILY, 2),
    "sex_la67": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "ban_la67": lambda p, c: _row(p, _LA_PLACES)[0],
    "muang_la67": lambda p, c: _row(p, _LA_PLACES)[1],
    "khoueng_la67": lambda p, c: _row(p, _LA_PLACES)[2],
    "phone_la67": lambda p, c: f"020 {p.phone[2:6]} {p.phone[6:10]}",
    "family_book_la67": lambda p, c: f"{p.bhxh[-5:]}/{_num(p, 40)}",
    "head_la67": lambda p, c: f"ທ້າວ {_pick(p, _LA_GIVEN_M, 5)} {_pick(p, _LA_FAMILY, 2)}",
    "note_la67": lambda p, c: _pick(p, _LA_NOTES, 6),
    "id_mv67": lambda p, c: f"A{int(p.bhxh[:6]) % 400_000 + 1:06d}",
    "name_mv67": lambda p, c: _mv_name(p, 0),
    "name_thaana_mv67": lambda p, c: _mv_name(p, 1),
    "sex_mv67": lambda p, c: "ފިރިހެން / M" if p.male else "އަންހެން / F",
    "addr_mv67": lambda p, c: f"{_pick(p, _MV_HOMES, 2)}, {_pick(p, _MV_ISLANDS, 3)}",
    "island_mv67": lambda p, c: _pick(p, _MV_ISLANDS, 3),
    "phone_mv67": lambda p, c: f"+960 7{p.phone[4:10]}",
    "marital_mv67": lambda p, c: _pick(p, _MV_MARITAL, 4),
    "members_mv67": lambda p, c: str(_num(p, 8) + 1),
    "points_mv67": lambda p, c: str(_num(p, 60) + 20),
    "ghcard_gh67": lambda p, c: _gh_card(p),
    "gh_family67": lambda p, c: _pick(p, _GH_FAMILY, 2),
    "gh_given67": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 1),
    "gh_other67": lambda p, c: _pick(p, _GH_OTHER, 3),
    "sex_gh67": lambda p, c: "M" if p.male else "F",
    "gps_gh67": lambda p, c: _gh_gps(p),
    "house_gh67": lambda p, c: f"H/No. {_num(p, 90)} {_pick(p, _GH_LANDMARKS, 4)}",
    "community_gh67": lambda p, c: _row(p, _GH_PLACES)[1],
    "district_gh67": lambda p, c: _row(p, _GH_PLACES)[2],
    "region_gh67": lambda p, c: _row(p, _GH_PLACES)[3],
    "phone_gh67": lambda p, c: (
        f"0{_pick(p, ('24', '54', '20', '27'), 5)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "carer_gh67": lambda p, c: f"{_pick(p, _GH_GIVEN_F, 6)} {_pick(p, _GH_FAMILY, 7)}",
    "carer_phone_gh67": lambda p, c: f"055 {p.bhxh[3:6]} {p.bhxh[6:10]}",
    "nhis_gh67": lambda p, c: f"{int(p.bhxh[2:]) * 7 % 10**8:08d}",
    "category_gh67": lambda p, c: _pick(p, _GH_CATEGORIES, 5),
    "amount_gh67": lambda p, c: f"{(_num(p, 4) + 1) * 64:.2f}",
    "ci_uy67": lambda p, c: _ci_uy(p),
    "uy_first67": lambda p, c: _pick(p, _UY_FAMILY, 2),
    "uy_second67": lambda p, c: _pick(p, _UY_FAMILY, 4),
    "uy_given67": lambda p, c: _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 1),
    "sex_uy67": lambda p, c: "Masculino" if p.male else "Femenino",
    "street_uy67": lambda p, c: _row(p, _UY_PLACES, 13)[0],
    "barrio_uy67": lambda p, c: _row(p, _UY_PLACES, 13)[1],
    "depto_uy67": lambda p, c: _row(p, _UY_PLACES, 13)[2],
    "phone_uy67": lambda p, c: f"09{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "referente_uy67": lambda p, c: f"{_pick(p, _UY_GIVEN_F, 5)} {_pick(p, _UY_FAMILY, 6)}",
    "benefit_uy67": lambda p, c: _pick(p, _UY_BENEFITS, 3),
    "monto_uy67": lambda p, c: f"{(_num(p, 6) + 2) * 1_350:,}".replace(",", "."),
    "alta_uy67": lambda p, c: (
        f"{_safe_day(2020 + int(p.bhxh) % 6, p.birth.month, p.birth.day):%d/%m/%Y}"
    ),
}
