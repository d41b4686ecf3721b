"""How the people of the three-hundred-and-seventy-first part of the outside corpus (**blind
371**, :mod:`lienthong.quality._corpus_blind371`) are written: four Vietnamese electoral files'
own columns (the old and new polling area of a voter who moved, the certificate to vote
elsewhere and where it is used, a hospital's in-patient voters' ward and bed, the reason a voter
was struck off or added) and Ghanaian, Peruvian, Mongolian, Fijian and Estonian names, addresses,
phones and identity numbers in the forms their cards show (the Ghana Card PIN, the DNI with its
verification digit, the Mongolian register number with two Cyrillic letters, the birth date and
the sex digit, the Fijian voter number, the Estonian isikukood with its two-pass mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MOVE_REASON = (
    "Chuyển nơi ở trong phường",
    "Chuyển về ở với con",
    "Thay đổi tổ dân phố sau sáp nhập",
    "Mua nhà mới cùng phường",
    "Điều chỉnh ranh giới KVBP",
)
_VN_GCN_REASON = (
    "Đi công tác",
    "Học tập tại địa phương khác",
    "Điều trị tại BV tuyến trên",
    "Lao động thời vụ",
    "Thăm thân",
)
_VN_ELSEWHERE = (
    "KVBP số 3 - Phường Láng, TP Hà Nội",
    "KVBP số 12 - Phường Hải Châu, TP Đà Nẵng",
    "KVBP số 7 - Phường Sài Gòn, TP HCM",
    "KVBP số 5 - Xã Hòa Lạc, TP Hà Nội",
    "KVBP số 9 - Phường Ninh Kiều, TP Cần Thơ",
)
_VN_SIGNER = ("Nguyễn Văn Thắng - CT UBND", "Trần Thị Hoa - PCT UBND", "Lê Minh Tuấn - PCT UBND")
_VN_DEPT = ("Khoa Nội tổng hợp", "Khoa Tim mạch", "Khoa Chấn thương chỉnh hình", "Khoa Lão khoa")
_VN_HOSP_VOTE = ("Phòng bỏ phiếu tại BV", "Hòm phiếu phụ", "Phòng bỏ phiếu tại BV", "Xuất viện")
_VN_STRIKE_KIND = ("Xóa tên", "Bổ sung", "Xóa tên", "Bổ sung", "Bổ sung")
_VN_STRIKE_REASON = (
    "Chết",
    "Bị Tòa án tước quyền bầu cử",
    "Đủ 18 tuổi trước ngày bầu cử",
    "Đăng ký thường trú mới đến",
    "Đăng ký tạm trú trên 12 tháng",
    "Chấp hành xong án phạt tù",
)
_VN_BASIS = (
    "Trích lục khai tử số 112/TLKT",
    "Bản án số 45/2025/HS-ST",
    "Dữ liệu CSDLQG về dân cư",
    "Xác nhận của Công an phường",
    "Giấy chứng nhận chấp hành xong án phạt tù",
)

_GH_FAMILY = ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Quaye", "Abubakar")
_GH_GIVEN_M = ("Kwame", "Kofi Yeboah", "Yaw", "Kwabena Nana", "Ibrahim", "Nii Armah")
_GH_GIVEN_F = ("Akosua", "Ama Serwaa", "Abena", "Efua", "Adwoa Pokuaa", "Fatima")
_GH_PLACES = (
    ("Hse No. 14, Lashibi Str.", "GT-123-4567", "Tema Metropolitan", "Greater Accra"),
    ("Plot 7 Block B, Santasi", "AK-039-5521", "Kumasi Metropolitan", "Ashanti"),
    ("H/No. C 215/4, Nima", "GA-214-8890", "Accra Metropolitan", "Greater Accra"),
    ("Near Methodist Church, Abura", "CC-076-1143", "Cape Coast Metropolitan", "Central"),
    ("Choggu Yapalsi, off Airport Rd", "NT-0012-3345", "Tamale Metropolitan", "Northern"),
)
_GH_STATIONS = (
    ("Methodist Primary Sch. A", "C111401", "Tema East"),
    ("D/A JHS Santasi", "F031207", "Subin"),
    ("Nima Mosque Park", "C050902", "Ayawaso East"),
    ("Abura Presby Sch.", "D020505", "Cape Coast North"),
    ("Choggu Chief's Palace", "N080311", "Tamale North"),
)

_PE_FAMILY = ("Quispe", "Flores", "Huamán", "Mamani", "Rojas", "Sánchez", "García", "Chávez")
_PE_GIVEN_M = ("José Luis", "Juan Carlos", "Wilber", "Edwin Rolando", "Miguel Ángel")
_PE_GIVEN_F = ("María Elena", "Rosa Luz", "Yesenia", "Luz Marina", "Gladys Nelly")
_PE_PLACES = (
    ("Jr. Huallaga 345", "150101", "Lima", "Lima", "Lima"),
    ("Av. Ejército 1021 Dpto. 302", "040101", "Arequipa", "Arequipa", "Arequipa"),
    ("Mz. F Lt. 12 A.H. Villa Hermosa", "130105", "El Porvenir", "Trujillo", "La Libertad"),
    ("Calle Tullumayo 480", "080101", "Cusco", "Cusco", "Cusco"),
    ("Av. Los Incas 233", "150135", "San Martín de Porres", "Lima", "Lima"),
)
_PE_LOCALES = (
    "IE N° 1049 Juana Alarco de Dammert",
    "Colegio Nacional Independencia",
    "IE Santa Rosa de Lima",
    "Colegio Nacional de Ciencias",
    "IE N° 3052 Virgen de Fátima",
)
_PE_EDU = ("Secundaria completa", "Superior universitaria", "Primaria completa", "Superior técnica")

_MN_LETTERS = "АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЭЮЯ"
_MN_CLAN = ("Боржигин", "Хиад", "Тайчууд", "Олхонууд", "Уриангхай", "Харчин")
_MN_FATHER = ("Батболд", "Ганбаатар", "Дорж", "Цэрэн", "Пүрэвсүрэн", "Энхтайван", "Баяр")
_MN_GIVEN_M = ("Тэмүүлэн", "Батзориг", "Мөнх-Эрдэнэ", "Ганзориг", "Билгүүн", "Сүхбат")
_MN_GIVEN_F = ("Сарантуяа", "Оюунчимэг", "Номин", "Энхжаргал", "Солонго", "Ариунзаяа")
_MN_PLACES = (
    ("Улаанбаатар", "Сонгинохайрхан", "23-р хороо", "3-р хороолол, 12-р байр, 45 тоот"),
    ("Улаанбаатар", "Баянзүрх", "8-р хороо", "Энхтайваны өргөн чөлөө, 57-р байр, 8 тоот"),
    ("Дархан-Уул", "Дархан", "5-р баг", "Нарны гудамж, 3-р байр, 21 тоот"),
    ("Орхон", "Баян-Өндөр", "Баянцагаан баг", "Оюутны гудамж, 14-р байр, 2 тоот"),
    ("Хөвсгөл", "Мөрөн", "6-р баг", "Ардын гудамж, 9-р байр, 17 тоот"),
)

_FJ_FAMILY = ("Naivalu", "Ratuva", "Vakacegu", "Tuisawau", "Prasad", "Kumar", "Chand", "Narayan")
_FJ_GIVEN_M = ("Josaia", "Vilimone", "Ratu Epeli", "Ravinesh", "Sanjay Sunil", "Tevita")
_FJ_GIVEN_F = ("Mereoni", "Salote", "Adi Litia", "Shalini Devi", "Priya", "Unaisi")
_FJ_PLACES = (
    ("Lot 12 Ratu Dovi Rd, Nasinu", "Nasinu", "Central"),
    ("12 Vunivau Street", "Labasa", "Northern"),
    ("Lot 5 Namaka Lane", "Nadi", "Western"),
    ("Nabouwalu Village", "Bua", "Northern"),
    ("48 Waimanu Road", "Suva", "Central"),
)
_FJ_VENUES = (
    "Nasinu Secondary School",
    "Labasa Sangam School",
    "Namaka Public School",
    "Nabouwalu Village Hall",
    "Suva Civic Centre",
)
_FJ_OCC = ("Civil Servant", "Farmer", "Teacher", "Self Employed", "Student", "Domestic Duties")

_EE_FAMILY = ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Põder")
_EE_GIVEN_M = ("Jaan", "Mart", "Andres", "Toomas", "Rein", "Priit", "Jüri")
_EE_GIVEN_F = ("Mari", "Kadri", "Liis", "Triin", "Piret", "Ülle", "Kärt")
_EE_PLACES = (
    ("Tartu mnt 12-5", "Kesklinna linnaosa", "Tallinn", "Harju maakond", "10117", "2"),
    ("Sõpruse pst 201-44", "Mustamäe linnaosa", "Tallinn", "Harju maakond", "13414", "3"),
    ("Riia tn 22-7", "Karlova linnaosa", "Tartu linn", "Tartu maakond", "50405", "10"),
    ("Rüütli tn 18", "Kesklinn", "Pärnu linn", "Pärnu maakond", "80010", "12"),
    ("Kalda tee 3", "Viimsi alevik", "Viimsi vald", "Harju maakond", "74001", "4"),
)


def _place5(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _gh_pin(p: Person) -> str:
    body = f"{7 + int(p.bhxh[0]) % 3}{p.bhxh[1:9]}"
    return f"GHA-{body}-{sum(int(d) for d in body) % 10}"


def _dni_pe(p: Person) -> str:
    return f"{4 + int(p.bhxh[0]) % 5}{p.bhxh[1:8]}"


def _dni_check_pe(p: Person) -> str:
    digits = _dni_pe(p)
    total = sum(int(d) * w for d, w in zip(digits, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    key = 11 - total % 11
    return str((6, 7, 8, 9, 0, 1, 1, 2, 3, 4, 5)[0 if key == 11 else key])


def _reg_mn(p: Person) -> str:
    n = int(p.bhxh)
    letters = _MN_LETTERS[n % len(_MN_LETTERS)] + _MN_LETTERS[n // 37 % len(_MN_LETTERS)]
    b = p.birth
    month = b.month + (20 if b.year >= 2000 else 0)
    sex = (n // 7 % 5) * 2 + (1 if p.male else 0)
    return f"{letters}{b.year % 100:02d}{month:02d}{b.day:02d}{sex}{n % 10}"


def _isikukood(p: Person) -> str:
    b = p.birth
    century = 3 if b.year < 2000 else 5
    head = f"{century + (0 if p.male else 1)}{b:%y%m%d}{int(p.bhxh) % 1000:03d}"
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        check = sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11
        if check < 10:
            return f"{head}{check}"
    return f"{head}0"


def _digits(p: Person, n: int, salt: int = 0) -> str:
    return f"{(int(p.bhxh) * (salt * 2 + 3) + int(p.phone)) % 10**n:0{n}d}"


def _kvbp(p: Person, shift: int) -> str:
    return f"KVBP số {(int(p.bhxh) + shift) % 14 + 1}"


WRITERS_BLIND371: dict[str, Callable[[Person, Col], object]] = {
    "kvbp_old371": lambda p, c: _kvbp(p, 0),
    "kvbp_new371": lambda p, c: _kvbp(p, 3),
    "move_reason371": lambda p, c: _pick(p, _VN_MOVE_REASON, 1),
    "tdp_head371": lambda p, c: f"TT TDP {int(p.bhxh) % 20 + 1}: {_other_vn(p, 1)}",
    "gcn_no371": lambda p, c: f"{int(p.bhxh) % 400 + 1:03d}/GCN-UBND",
    "vote_elsewhere371": lambda p, c: _pick(p, _VN_ELSEWHERE, 2),
    "gcn_reason371": lambda p, c: _pick(p, _VN_GCN_REASON, 3),
    "signer371": lambda p, c: _pick(p, _VN_SIGNER, 4),
    "struck371": lambda p, c: _pick(p, ("x", "x", "", "x"), 5),
    "dept371": lambda p, c: _pick(p, _VN_DEPT, 6),
    "bed371": lambda p, c: f"P{int(p.bhxh) % 12 + 201}-G{int(p.bhxh) % 6 + 1}",
    "carer371": lambda p, c: _other_vn(p, 2),
    "carer_phone371": lambda p, c: _other_phone(p),
    "hosp_vote371": lambda p, c: _pick(p, _VN_HOSP_VOTE, 7),
    "strike_kind371": lambda p, c: _pick(p, _VN_STRIKE_KIND, 8),
    "strike_reason371": lambda p, c: _pick(p, _VN_STRIKE_REASON, 9),
    "basis371": lambda p, c: _pick(p, _VN_BASIS, 10),
    "kvbp371": lambda p, c: _kvbp(p, 5),
    "maker371": lambda p, c: _other_vn(p, 3),
    "gh_voter371": lambda p, c: _digits(p, 10, 1),
    "gh_pin371": lambda p, c: _gh_pin(p),
    "gh_sur371": lambda p, c: _pick(p, _GH_FAMILY, 11).upper(),
    "gh_other371": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 12),
    "sex_gh371": lambda p, c: "M" if p.male else "F",
    "gh_street371": lambda p, c: _place5(p, _GH_PLACES)[0],
    "gh_gps371": lambda p, c: _place5(p, _GH_PLACES)[1],
    "gh_dist371": lambda p, c: _place5(p, _GH_PLACES)[2],
    "gh_region371": lambda p, c: _place5(p, _GH_PLACES)[3],
    "gh_ps371": lambda p, c: _place5(p, _GH_STATIONS)[0],
    "gh_psc371": lambda p, c: _place5(p, _GH_STATIONS)[1],
    "gh_const371": lambda p, c: _place5(p, _GH_STATIONS)[2],
    "phone_gh371": lambda p, c: (
        f"0{_pick(p, ('24', '20', '54', '55', '27'), 13)} {p.phone[3:6]} {p.phone[6:]}"
    ),
    "dni_pe371": lambda p, c: _dni_pe(p),
    "dni_cd_pe371": lambda p, c: _dni_check_pe(p),
    "pe_pat371": lambda p, c: _pick(p, _PE_FAMILY, 14).upper(),
    "pe_mat371": lambda p, c: _pick(p, _PE_FAMILY, 15).upper(),
    "pe_given371": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 16).upper(),
    "sex_pe371": lambda p, c: "M" if p.male else "F",
    "street_pe371": lambda p, c: _place5(p, _PE_PLACES)[0],
    "ubigeo_pe371": lambda p, c: _place5(p, _PE_PLACES)[1],
    "dist_pe371": lambda p, c: _place5(p, _PE_PLACES)[2],
    "prov_pe371": lambda p, c: _place5(p, _PE_PLACES)[3],
    "dep_pe371": lambda p, c: _place5(p, _PE_PLACES)[4],
    "edu_pe371": lambda p, c: _pick(p, _PE_EDU, 17),
    "local_pe371": lambda p, c: _pick(p, _PE_LOCALES, 18),
    "mesa_pe371": lambda p, c: f"{int(p.bhxh) % 90000 + 10000:06d}",
    "phone_pe371": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "reg_mn371": lambda p, c: _reg_mn(p),
    "mn_clan371": lambda p, c: _pick(p, _MN_CLAN, 19),
    "mn_patr371": lambda p, c: _pick(p, _MN_FATHER, 20),
    "mn_given371": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 21),
    "sex_mn371": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "aimag_mn371": lambda p, c: _place5(p, _MN_PLACES)[0],
    "sum_mn371": lambda p, c: _place5(p, _MN_PLACES)[1],
    "khoroo_mn371": lambda p, c: _place5(p, _MN_PLACES)[2],
    "street_mn371": lambda p, c: _place5(p, _MN_PLACES)[3],
    "khesg_mn371": lambda p, c: f"{int(p.bhxh) % 40 + 1}-р хэсгийн хороо",
    "phone_mn371": lambda p, c: f"{_pick(p, ('99', '88', '95', '80'), 22)}{p.phone[-6:]}",
    "fj_voter371": lambda p, c: _digits(p, 9, 2),
    "fj_sur371": lambda p, c: _pick(p, _FJ_FAMILY, 23),
    "fj_given371": lambda p, c: _by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, 24),
    "sex_fj371": lambda p, c: "Male" if p.male else "Female",
    "fj_street371": lambda p, c: _place5(p, _FJ_PLACES)[0],
    "fj_town371": lambda p, c: _place5(p, _FJ_PLACES)[1],
    "fj_div371": lambda p, c: _place5(p, _FJ_PLACES)[2],
    "fj_venue371": lambda p, c: _FJ_VENUES[int(p.bhxh) // 13 % len(_FJ_VENUES)],
    "fj_fnpf371": lambda p, c: f"{_digits(p, 6, 3)}{'ABCDEFGH'[int(p.bhxh) % 8]}",
    "fj_occ371": lambda p, c: _pick(p, _FJ_OCC, 25),
    "phone_fj371": lambda p, c: (
        f"+679 {_pick(p, ('9', '7', '8', '2'), 26)}{p.phone[4:6]} {p.phone[6:]}"
    ),
    "ik_ee371": lambda p, c: _isikukood(p),
    "ee_given371": lambda p, c: _by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 27),
    "ee_family371": lambda p, c: _pick(p, _EE_FAMILY, 28),
    "sex_ee371": lambda p, c: "M" if p.male else "N",
    "addr_ee371": lambda p, c: ", ".join(_place5(p, _EE_PLACES)[:4]),
    "pi_ee371": lambda p, c: _place5(p, _EE_PLACES)[4],
    "ringkond_ee371": lambda p, c: f"Valimisringkond nr {_place5(p, _EE_PLACES)[5]}",
    "jaoskond_ee371": lambda p, c: f"Jaoskond nr {int(p.bhxh) % 60 + 1}",
    "kodak_ee371": lambda p, c: _pick(p, ("EST", "EST", "EST", "RUS", "määratlemata"), 29),
    "viis_ee371": lambda p, c: _pick(p, ("e-hääletus", "jaoskonnas", "eelhääletus"), 30),
    "phone_ee371": lambda p, c: f"+372 5{p.phone[3:6]} {p.phone[6:]}",
}

__all__ = ["WRITERS_BLIND371"]
