"""How the people of the twenty-ninth part of the outside corpus (**blind 29**,
:mod:`lienthong.quality._corpus_blind29`) are written: four Vietnamese files' own columns (a
relocated household's canal, land and resettlement, a social-housing loan's contract, amount,
project and the spouse, a community-service order's judgment, offence, term, work and supervisor,
a bus pupil's class, route, stop and parent) and Palestinian, Surinamese, Congolese, Basotho and
Andorran names, addresses, phones and identity numbers in the forms their cards show (only the
Palestinian identity number publishes a check, its Luhn digit; the Surinamese ID number, the
Congolese voter card, the Lesotho national ID and the Andorran NRT have none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY, _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POST = ("700000", "710000", "720000", "730000", "740000", "750000", "760000")
_VN_CANALS = (
    "Kênh Tàu Hũ",
    "Kênh Đôi",
    "Rạch Xuyên Tâm",
    "Kênh Tân Hóa - Lò Gốm",
    "Rạch Bùng Binh",
    "Kênh Ba Bò",
)
_VN_RESETTLE = ("Nhận căn hộ tái định cư", "Nhận tiền tự lo chỗ ở", "Nhận nền đất tái định cư")
_VN_PROJECTS = (
    "NOXH Lê Thành Tân Kiên",
    "NOXH Topaz Home 2",
    "NOXH Hưng Ngân",
    "NOXH Khang Gia Tân Hương",
)
_VN_OFFENCES = (
    "Trộm cắp tài sản",
    "Cố ý gây thương tích",
    "Gây rối trật tự công cộng",
    "Vi phạm quy định về tham gia giao thông đường bộ",
    "Đánh bạc",
)
_VN_WORKS = (
    "Quét dọn đường phố",
    "Vệ sinh kênh rạch",
    "Trồng và chăm sóc cây xanh",
    "Dọn vệ sinh nhà văn hóa khu phố",
)
_VN_ROUTES = ("Tuyến 1 - Bình Hưng Hòa", "Tuyến 2 - Tân Tạo", "Tuyến 3 - An Lạc", "Tuyến 4")
_VN_STOPS = ("Cổng chợ", "Ngã tư", "Trạm xăng", "Đầu hẻm", "UBND phường", "Nhà văn hóa")
_PS_GIVEN_M = ("محمد", "أحمد", "يوسف", "خليل", "إبراهيم", "سامي")
_PS_GIVEN_F = ("فاطمة", "آمنة", "رنا", "هبة", "سناء", "مريم")
_PS_FATHERS = ("عبدالله", "محمود", "حسن", "جمال", "عيسى", "رائد")
_PS_FAMILY = ("الخطيب", "التميمي", "أبو عيشة", "النتشة", "الشريف", "البرغوثي", "الحسيني")
#: (governorate, city and neighbourhood, post box town)
_PS_PLACES = (
    ("الخليل", "الخليل، حي الشيخ", "الخليل"),
    ("نابلس", "نابلس، رفيديا", "نابلس"),
    ("رام الله والبيرة", "البيرة، حي الجنان", "رام الله"),
    ("بيت لحم", "بيت ساحور، شارع الشعب", "بيت لحم"),
    ("جنين", "جنين، حي الزهراء", "جنين"),
    ("طولكرم", "طولكرم، ضاحية ارتاح", "طولكرم"),
)
_SR_FAMILY = ("Pinas", "Sewnarain", "Kartodikromo", "Wongsodikromo", "Chin A Foeng", "Ramdin")
_SR_GIVEN_M = ("Ravi", "Marlon", "Sardjo", "Dennis", "Anand", "Romeo")
_SR_GIVEN_F = ("Shanti", "Sunita", "Jennifer", "Sri Wahyuni", "Priya", "Ingrid")
#: (street, place, district)
_SR_PLACES = (
    ("Kernkampweg", "Paramaribo", "Paramaribo"),
    ("Indira Gandhiweg", "Lelydorp", "Wanica"),
    ("Verlengde Gemenelandsweg", "Paramaribo", "Paramaribo"),
    ("Oost-Westverbinding", "Meerzorg", "Commewijne"),
    ("Gouverneurstraat", "Nieuw Nickerie", "Nickerie"),
    ("Sir Winston Churchillweg", "Paramaribo", "Paramaribo"),
)
_CD_FAMILY = ("Mukendi", "Kabongo", "Ilunga", "Tshibangu", "Mbuyi", "Lukusa", "Kasongo")
_CD_POSTNOM = ("Kalala", "Ngoy", "Mwamba", "Kayembe", "Banza", "Kanku")
_CD_GIVEN_M = ("Jean-Pierre", "Patrick", "Christian", "Fiston", "Héritier", "Trésor")
_CD_GIVEN_F = ("Grâce", "Nathalie", "Merveille", "Esther", "Gloire", "Béatrice")
#: (avenue, quartier, commune, ville)
_CD_PLACES = (
    ("Av. Kasa-Vubu", "Q/ Matonge", "Kalamu", "Kinshasa"),
    ("Av. Libération", "Q/ Righini", "Lemba", "Kinshasa"),
    ("Av. de l'Université", "Q/ Yolo Sud", "Kalamu", "Kinshasa"),
    ("Av. Lumumba", "Q/ Golf", "Lubumbashi", "Lubumbashi"),
    ("Av. Kabasele", "Q/ Kimbanseke", "Kimbanseke", "Kinshasa"),
    ("Av. des Écoles", "Q/ Himbi", "Goma", "Goma"),
)
_LS_FAMILY = ("Mokoena", "Mohapi", "Letsie", "Thabane", "Molapo", "Ramakatane", "Sekhesa")
_LS_GIVEN_M = ("Thabo", "Tšepo", "Mpho", "Teboho", "Lehlohonolo", "Motlatsi")
_LS_GIVEN_F = ("'Mamosa", "Palesa", "Lineo", "Refiloe", "'Maseeiso", "Mathabo")
#: (village, district, postcode)
_LS_PLACES = (
    ("Ha Mabote", "Maseru", "100"),
    ("Ha Thetsane", "Maseru", "100"),
    ("Ha Mositi", "Berea", "200"),
    ("Ha Nqosa", "Leribe", "300"),
    ("Ha Ramokoatsi", "Mafeteng", "900"),
    ("Ha Seeiso", "Mohale's Hoek", "800"),
)
_AD_FAMILY: tuple[str, ...] = ("Cerqueda Pascuet", "Marsol Riart", "Pintat Forné")
_AD_FAMILY += ("Gonçalves Pereira",)
_AD_FAMILY += ("Rossell Naudi", "Torres Casal", "Mora Martínez")
_AD_GIVEN_M = ("Jordi", "Antoni", "Xavier", "Marc", "Josep Maria", "Joan")
_AD_GIVEN_F = ("Meritxell", "Montserrat", "Núria", "Laia", "Maria Rosa", "Anna")
_AD_FLOORS = ("baixos", "1r", "2n", "3r", "4t")
#: (street, parish town, postcode)
_AD_PLACES = (
    ("Av. Meritxell", "Andorra la Vella", "AD500"),
    ("C/ Prat de la Creu", "Andorra la Vella", "AD500"),
    ("Av. Carlemany", "Escaldes-Engordany", "AD700"),
    ("Av. del Consell General", "Encamp", "AD200"),
    ("C/ Major", "La Massana", "AD400"),
    ("Av. Francesc Cairat", "Sant Julià de Lòria", "AD600"),
)


def _other_vn(p: Person, salt: int, male: bool | None = None, family: str | None = None) -> str:
    """Another Vietnamese person's name (an officer, a spouse, a supervisor, a parent)."""
    is_male = int(p.bhxh) // (salt + 1) % 2 == 0 if male is None else male
    return _vn_name(p, is_male, family or _pick(p, _FAMILY, salt), salt + 1)


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _bus_birth(p: Person) -> date:
    """A bus pupil's birthday: the person's day and month, in a school year (2012-2019)."""
    return date(2012 + p.birth.year % 8, p.birth.month, min(p.birth.day, 28))


def _class_of(p: Person) -> str:
    grade = 2025 - _bus_birth(p).year - 5
    return f"{grade}A{_num(p, 6)}" if grade < 6 else f"{grade}/{_num(p, 9)}"


def _ps_place(p: Person) -> tuple[str, str, str]:
    return _PS_PLACES[int(p.bhxh) // 9 % len(_PS_PLACES)]


def _sr_place(p: Person) -> tuple[str, str, str]:
    return _SR_PLACES[int(p.bhxh) // 9 % len(_SR_PLACES)]


def _cd_place(p: Person) -> tuple[str, str, str, str]:
    return _CD_PLACES[int(p.bhxh) // 9 % len(_CD_PLACES)]


def _ls_place(p: Person) -> tuple[str, str, str]:
    return _LS_PLACES[int(p.bhxh) // 9 % len(_LS_PLACES)]


def _ad_place(p: Person) -> tuple[str, str, str]:
    return _AD_PLACES[int(p.bhxh) // 9 % len(_AD_PLACES)]


WRITERS_BLIND29: dict[str, Callable[[Person, Col], object]] = {
    "household29": lambda p, c: f"KTH-{p.bhxh[-5:]}",
    "canal_post29": lambda p, c: _pick(p, _VN_POST, 2),
    "members29": lambda p, c: str(1 + int(p.bhxh) % 7),
    "canal29": lambda p, c: _pick(p, _VN_CANALS, 3),
    "area29": lambda p, c: f"{18 + int(p.bhxh[-3:]) % 70},{int(p.bhxh[-1])}",
    "resettle29": lambda p, c: _pick(p, _VN_RESETTLE, 4),
    "officer29": lambda p, c: _other_vn(p, 5, True),
    "officer_phone29": lambda p, c: _other_phone(p, "09"),
    "cif29": lambda p, c: f"7900{p.bhxh[-6:]}",
    "loan_post29": lambda p, c: _pick(p, _VN_POST, 3),
    "contract29": lambda p, c: f"{_num(p, 900):04d}/HĐTD-NOXH",
    "amount29": lambda p, c: f"{(300 + int(p.bhxh[-3:]) % 500) * 1_000_000:,}".replace(",", "."),
    "project29": lambda p, c: _pick(p, _VN_PROJECTS, 4),
    "spouse29": lambda p, c: "" if int(p.bhxh) % 5 == 0 else _other_vn(p, 6, not p.male),
    "spouse_phone29": lambda p, c: "" if int(p.bhxh) % 5 == 0 else _other_phone(p, "03"),
    "judgment29": lambda p, c: f"{_num(p, 300)}/{p.other_date.year}/HS-ST",
    "cs_post29": lambda p, c: _pick(p, _VN_POST, 4),
    "offence29": lambda p, c: _pick(p, _VN_OFFENCES, 2),
    "term29": lambda p, c: f"{6 + int(p.bhxh) % 4 * 6} tháng",
    "work29": lambda p, c: _pick(p, _VN_WORKS, 3),
    "supervisor29": lambda p, c: _other_vn(p, 7, True),
    "supervisor_phone29": lambda p, c: _other_phone(p, "08"),
    "pupil_code29": lambda p, c: f"79{p.bhxh[-8:]}",
    "bus_birth29": lambda p, c: f"{_bus_birth(p):%d/%m/%Y}",
    "sex_ascii29": lambda p, c: "Nam" if p.male else "Nu",
    "bus_cccd29": lambda p, c: make_cccd(
        p.cccd[:3], "male" if p.male else "female", _bus_birth(p).year, int(p.bhxh[-6:])
    ),
    "class29": lambda p, c: _class_of(p),
    "bus_post29": lambda p, c: _pick(p, _VN_POST, 5),
    "route29": lambda p, c: _ascii(_pick(p, _VN_ROUTES, 2)),
    "stop29": lambda p, c: _ascii(_pick(p, _VN_STOPS, 3)),
    "parent29": lambda p, c: _ascii(_other_vn(p, 8, None, p.family)),
    "parent_phone29": lambda p, c: _other_phone(p, "09"),
    "id_ps29": lambda p, c: _luhn(f"4{p.bhxh[-7:]}"),
    "ps_given29": lambda p, c: _by_sex(p, _PS_GIVEN_M, _PS_GIVEN_F, 1),
    "father_ps29": lambda p, c: _pick(p, _PS_FATHERS, 2),
    "grandfather_ps29": lambda p, c: _pick(p, _PS_GIVEN_M, 3),
    "ps_family29": lambda p, c: _pick(p, _PS_FAMILY, 4),
    "sex_ps29": lambda p, c: "ذكر" if p.male else "أنثى",
    "gov_ps29": lambda p, c: _ps_place(p)[0],
    "address_ps29": lambda p, c: _ps_place(p)[1],
    "box_ps29": lambda p, c: f"ص.ب {p.bhxh[-3:].lstrip('0') or '1'} {_ps_place(p)[2]}",
    "phone_ps29": lambda p, c: f"05{_pick(p, ('9', '6'), 3)}-{p.phone[3:10]}",
    "spouse_ps29": lambda p, c: (
        f"{_by_sex(p, _PS_GIVEN_F, _PS_GIVEN_M, 5)} {_pick(p, _PS_FAMILY, 6)}"
    ),
    "spouse_phone_ps29": lambda p, c: f"059-{p.bhxh[::-1][:7]}",
    "id_sr29": lambda p, c: f"{_pick(p, ('FA', 'FB', 'FC', 'GA'), 2)}{p.bhxh[-6:]}",
    "sr_family29": lambda p, c: _pick(p, _SR_FAMILY, 2),
    "sr_given29": lambda p, c: _by_sex(p, _SR_GIVEN_M, _SR_GIVEN_F, 1),
    "sex_sr29": lambda p, c: "M" if p.male else "V",
    "address_sr29": lambda p, c: f"{_sr_place(p)[0]} {_num(p, 150)}, {_sr_place(p)[1]}",
    "district_sr29": lambda p, c: _sr_place(p)[2],
    "phone_sr29": lambda p, c: f"+597 8{p.phone[4:6]}-{p.phone[6:10]}",
    "contact_sr29": lambda p, c: (
        f"{_by_sex(p, _SR_GIVEN_F, _SR_GIVEN_M, 4)} {_pick(p, _SR_FAMILY, 5)}"
    ),
    "contact_phone_sr29": lambda p, c: f"+597 7{p.bhxh[::-1][:2]}-{p.bhxh[::-1][2:6]}",
    "cnss_cd29": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:10]}-{p.bhxh[-2:]}",
    "voter_cd29": lambda p, c: f"1{p.bhxh[-9:]}",
    "cd_family29": lambda p, c: _pick(p, _CD_FAMILY, 2),
    "cd_postnom29": lambda p, c: _pick(p, _CD_POSTNOM, 3),
    "cd_given29": lambda p, c: _by_sex(p, _CD_GIVEN_M, _CD_GIVEN_F, 1),
    "sex_cd29": lambda p, c: "M" if p.male else "F",
    "address_cd29": lambda p, c: (
        f"{_cd_place(p)[0]} n°{_num(p, 120)}, {_cd_place(p)[1]}, C/ {_cd_place(p)[2]}"
        f", {_cd_place(p)[3]}"
    ),
    "commune_cd29": lambda p, c: _cd_place(p)[2],
    "phone_cd29": lambda p, c: (
        f"+243 {_pick(p, ('81', '82', '97', '99', '89'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "contact_cd29": lambda p, c: (
        f"{_pick(p, _CD_FAMILY, 4)} {_pick(p, _CD_POSTNOM, 5)}"
        f" {_by_sex(p, _CD_GIVEN_F, _CD_GIVEN_M, 6)}"
    ),
    "contact_phone_cd29": lambda p, c: f"+243 81 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "nid_ls29": lambda p, c: f"0{p.bhxh[-11:]}".rjust(12, "0"),
    "ls_family29": lambda p, c: _pick(p, _LS_FAMILY, 2),
    "ls_given29": lambda p, c: _by_sex(p, _LS_GIVEN_M, _LS_GIVEN_F, 1),
    "sex_ls29": lambda p, c: "Male" if p.male else "Female",
    "address_ls29": lambda p, c: f"{_ls_place(p)[0]}, {_ls_place(p)[1]}",
    "post_ls29": lambda p, c: _ls_place(p)[2],
    "phone_ls29": lambda p, c: f"+266 {_pick(p, ('5', '6'), 3)}{p.phone[3:6]} {p.phone[6:10]}",
    "nominee_ls29": lambda p, c: (
        f"{_by_sex(p, _LS_GIVEN_F, _LS_GIVEN_M, 4)} {_pick(p, _LS_FAMILY, 5)}"
    ),
    "nominee_phone_ls29": lambda p, c: f"+266 5{p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "nrt_ad29": lambda p, c: f"F{p.bhxh[-6:]}{_pick(p, tuple('ABCDEFGHJKLMNPRSTVWXYZ'), 3)}",
    "cass_ad29": lambda p, c: p.bhxh[-6:].lstrip("0") or "1",
    "ad_family29": lambda p, c: _pick(p, _AD_FAMILY, 2),
    "ad_given29": lambda p, c: _by_sex(p, _AD_GIVEN_M, _AD_GIVEN_F, 1),
    "sex_ad29": lambda p, c: "H" if p.male else "D",
    "address_ad29": lambda p, c: (
        f"{_ad_place(p)[0]}, {_num(p, 90)}, {_pick(p, _AD_FLOORS, 4)} {_num(p, 3)}a"
        f", {_ad_place(p)[1]}"
    ),
    "post_ad29": lambda p, c: _ad_place(p)[2],
    "phone_ad29": lambda p, c: f"+376 {_pick(p, ('3', '6'), 3)}{p.phone[4:6]} {p.phone[6:9]}",
    "contact_ad29": lambda p, c: (
        f"{_by_sex(p, _AD_GIVEN_F, _AD_GIVEN_M, 4)} {_pick(p, _AD_FAMILY, 5)}"
    ),
    "contact_phone_ad29": lambda p, c: f"+376 8{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:5]}",
}
