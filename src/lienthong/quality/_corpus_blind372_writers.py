"""How the people of the three-hundred-and-seventy-second part of the outside corpus (**blind
372**, :mod:`lienthong.quality._corpus_blind372`) are written: blood donors and transfusion
patients, in Vietnam (a university blood drive, a blood bank's unit register, a rare-blood-group
club on call, a ward's transfusion log) and in Kazakhstan, Bolivia, Sri Lanka, Lebanon and
Ireland, with the blood group, the screening, the unit codes, the relatives to call."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _iin, _kz_names
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _EIRCODE_ALPHA, _pps
from lienthong.quality._corpus_blind70_writers import _lk_initials
from lienthong.quality._corpus_blind109_writers import _lk_nic

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_ABO = ("O", "A", "B", "O", "AB", "A", "O", "B")
_GROUP = ("O+", "A+", "B+", "O+", "AB+", "A+", "O+", "B+", "O-", "A-")
_RARE = ("O Rh(-)", "A Rh(-)", "B Rh(-)", "AB Rh(-)", "O Rh(-)", "Bombay (Oh)", "O Rh(-)")

# -- Vietnam ----------------------------------------------------------------------------------
_FACULTY = (
    "K66 CNTT",
    "K65 Kinh tế",
    "K67 Cơ khí",
    "K66 Điện tử VT",
    "K64 Môi trường",
    "K67 NN Anh",
)
_SCREEN = ("Đạt", "Đạt", "Đạt", "Hoãn - Hb thấp", "Hoãn - HA cao", "Đạt", "Hoãn - mới xăm")
_COMPONENT = ("Máu toàn phần", "Khối hồng cầu", "Huyết tương tươi đông lạnh", "Khối tiểu cầu")
_UNIT_STATE = ("Nhập kho", "Đã xuất - BV Bạch Mai", "Nhập kho", "Hủy - HBsAg(+)", "Đã xuất - BV E")
_TESTS = ("Âm tính", "Âm tính", "Âm tính", "HBsAg dương tính", "Âm tính", "Chờ NAT")
_SITES = ("Điểm hiến máu 26 Hoàng Quốc Việt", "ĐH Bách khoa HN", "UBND P. Láng", "Lễ hội Xuân hồng")
_READY = (
    "Sẵn sàng",
    "Sẵn sàng",
    "Tạm hoãn (mới hiến)",
    "Đang mang thai",
    "Sẵn sàng",
    "Đi công tác",
)
_KIN = ("Vợ", "Chồng", "Mẹ", "Con", "Em gái", "Bố")
_DEPT = ("Huyết học", "Ngoại chấn thương", "Sản", "Hồi sức tích cực", "Nội thận", "Ung bướu")
_DIAG = (
    "Thiếu máu mạn",
    "Xuất huyết tiêu hóa",
    "Băng huyết sau sinh",
    "Thalassemia",
    "Đa chấn thương",
)
_REACT = ("Không", "Không", "Không", "Sốt, rét run", "Mẩn ngứa", "Không")
_DOCTOR = ("BS. Nguyễn Hà Thanh", "BS. Trần Văn Khải", "BSCKII Lê Thu Hà", "ThS.BS Phạm Đức Anh")
_NURSE = ("ĐD Hoàng Thị Mai", "ĐD Vũ Văn Tú", "ĐD Lò Thị Phương", "ĐD Nguyễn Minh Châu")

# -- Kazakhstan -------------------------------------------------------------------------------
_KZ_CITY = ("г. Алматы", "г. Астана", "г. Шымкент", "г. Караганда", "г. Актобе")
_KZ_STREETS = ("ул. Абая", "пр. Достык", "ул. Төле би", "мкр. Самал-2", "ул. Сейфуллина")
_KZ_KIND = ("Цельная кровь", "Плазмаферез", "Тромбоцитаферез", "Цельная кровь")
_KZ_STATUS = ("Допущен", "Допущен", "Временный отвод", "Допущен", "Постоянный отвод")

# -- Bolivia ----------------------------------------------------------------------------------
_BO_PAT = ("MAMANI", "QUISPE", "CONDORI", "CHOQUE", "FLORES", "GUTIÉRREZ", "APAZA", "ROJAS")
_BO_MAT = ("TICONA", "LIMACHI", "VARGAS", "HUANCA", "COLQUE", "MENDOZA", "CALLISAYA")
_BO_GIVEN_M = ("Juan Carlos", "Limbert", "Rubén", "Edwin Freddy", "Marcelo", "Jhonny")
_BO_GIVEN_F = ("Justina", "María Eugenia", "Sabina", "Roxana", "Wilma", "Lizeth")
_BO_EXT = ("LP", "LP", "CB", "SC", "OR", "LP", "PT")
_BO_HOME = (
    "Zona Villa Fátima, Calle Tejada Sorzano Nº 210",
    "Zona Sopocachi, Av. 6 de Agosto Nº 2455",
    "Zona 16 de Julio, Av. Alfonso Ugarte Nº 892, El Alto",
    "Zona Miraflores, Calle Díaz Romero Nº 1320",
    "Villa Adela, Calle 8 Nº 1120, El Alto",
)
_BO_HOSP = (
    "Hospital de Clínicas",
    "Hospital del Niño",
    "Hospital de la Mujer",
    "Hospital Arco Iris",
)
_BO_KIND = ("Voluntario", "Reposición", "Reposición", "Voluntario habitual", "Reposición")

# -- Sri Lanka --------------------------------------------------------------------------------
_LK_HOME = (
    "No. 45/2, Temple Road, Maharagama",
    "No. 12, Kandy Road, Kadawatha",
    "No. 78, Galle Road, Moratuwa",
    "No. 3/1, Station Road, Gampaha",
    "No. 201, Peradeniya Road, Kandy",
)
_LK_CAMP = ("Maharagama Sri Bodhirukkarama", "Univ. of Moratuwa", "Dialog HQ", "NBC Narahenpita")

# -- Lebanon ----------------------------------------------------------------------------------
_LB_GIVEN_M = ("محمد", "علي", "جورج", "إيلي", "حسن", "طوني", "خالد")
_LB_GIVEN_F = ("فاطمة", "ريتا", "زينب", "مايا", "نادين", "رنا", "سهى")
_LB_FATHER = ("أحمد", "يوسف", "ميشال", "حسين", "سليم", "نبيل")
_LB_FAMILY = ("الحاج", "خوري", "حداد", "شمس الدين", "نصر الله", "عون", "فرنجية")
_LB_MOTHER = ("مريم سعد", "ليلى حمادة", "نهاد شديد", "سعاد بزي", "جوزفين عيسى")
_LB_QAID = ("بيروت - المصيطبة", "زحلة", "النبطية", "جونية", "طرابلس - التبانة", "صور")
_LB_HOME = (
    "بيروت، الحمرا، شارع بلس، بناية الريس، ط ٣",
    "جبل لبنان، المتن، جديدة المتن، شارع مار تقلا",
    "الجنوب، صيدا، حي الست نفيسة",
    "البقاع، زحلة، حوش الأمراء، بناية معلوف",
)
_LB_HOSP = (
    "مستشفى الجامعة الأميركية",
    "مستشفى رفيق الحريري الحكومي",
    "أوتيل ديو",
    "مستشفى الرسول الأعظم",
)

# -- Ireland ----------------------------------------------------------------------------------
_IE_FAMILY = ("Murphy", "O'Sullivan", "Byrne", "Ní Bhriain", "Walsh", "McCarthy", "Doyle")
_IE_GIVEN_M = ("Seán", "Ciarán", "Patrick", "Darragh", "Oisín", "Conor")
_IE_GIVEN_F = ("Aoife", "Siobhán", "Niamh", "Mary", "Gráinne", "Ciara")
_IE_STREET = ("12 Griffith Avenue", "4 Oakpark Drive", "27 Main Street", "Apt 3, Dock Road")
#: (town, county, Eircode routing key)
_IE_TOWN = (
    ("Drumcondra", "Dublin 9", "D09"),
    ("Tralee", "Co. Kerry", "V92"),
    ("Ennis", "Co. Clare", "V95"),
)
_IE_CLINIC = ("D'Olier Street", "Stillorgan", "Cork St Finbarr's", "Mobile clinic - Tralee")
_IE_OUTCOME = ("Donated", "Donated", "Deferred - low Hb", "Donated", "Deferred - travel")


def _bo_name(p: Person) -> tuple[str, str, str]:
    return _pick(p, _BO_PAT, 2), _pick(p, _BO_MAT, 3), _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 1)


def _ie_given(p: Person) -> str:
    return _by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 1)


def _ie_town(p: Person) -> tuple[str, str, str]:
    return _IE_TOWN[int(p.bhxh) // 7 % len(_IE_TOWN)]


def _ie_eircode(p: Person) -> str:
    n = int(p.bhxh[-6:])
    return f"{_ie_town(p)[2]} " + "".join(_EIRCODE_ALPHA[n // 25**i % 25] for i in range(4))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _donation_no(p: Person) -> int:
    return int(p.bhxh) % 40 + 1


WRITERS_BLIND372: dict[str, Callable[[Person, Col], str]] = {
    # -- Vietnam: đợt hiến máu ở trường đại học
    "faculty372": lambda p, c: _pick(p, _FACULTY, 2),
    "mssv372": lambda p, c: f"20{21 + int(p.bhxh) % 4}{int(p.bhxh) % 10**4:04d}",
    "weight372": lambda p, c: str(45 + _num(p, 35)),
    "bp372": lambda p, c: f"{100 + int(p.bhxh) % 40}/{60 + int(p.bhxh) % 25}",
    "hb372": lambda p, c: str(118 + int(p.bhxh) % 50),
    "volume372": lambda p, c: _pick(p, ("250", "350", "350", "450"), 3),
    "times372": lambda p, c: str(_donation_no(p)),
    "screen372": lambda p, c: _pick(p, _SCREEN, 4),
    # -- Vietnam: sổ nhập túi máu của ngân hàng máu
    "unit372": lambda p, c: f"{int(p.bhxh) % 10**7:07d}-{int(p.bhxh) % 97:02d}",
    "donor_code372": lambda p, c: f"HM{int(p.bhxh[::-1]) % 10**8:08d}",
    "abo372": lambda p, c: _pick(p, _ABO, 5),
    "rh372": lambda p, c: _pick(p, ("Dương", "Dương", "Dương", "Âm"), 6),
    "component372": lambda p, c: _pick(p, _COMPONENT, 7),
    "expiry372": lambda p, c: f"{p.other_date + timedelta(days=35):%d-%m-%Y}",
    "tests372": lambda p, c: _pick(p, _TESTS, 8),
    "unit_state372": lambda p, c: _pick(p, _UNIT_STATE, 9),
    "site372": lambda p, c: _pick(p, _SITES, 10),
    # -- Vietnam: câu lạc bộ người hiến máu nhóm máu hiếm
    "rare372": lambda p, c: _pick(p, _RARE, 5),
    "ready372": lambda p, c: _pick(p, _READY, 11),
    "kin372": lambda p, c: _other_vn(p, 12),
    "kin_rel372": lambda p, c: _pick(p, _KIN, 13),
    "kin_phone372": lambda p, c: _other_phone(p, "098"),
    "ward372": lambda p, c: p.address.split(", ")[1],
    # -- Vietnam: sổ theo dõi truyền máu
    "patient_id372": lambda p, c: f"BN{24 + int(p.bhxh) % 3}{int(p.bhxh) % 10**6:06d}",
    "dept372": lambda p, c: _pick(p, _DEPT, 14),
    "bed372": lambda p, c: f"G{int(p.bhxh) % 40 + 1:02d}",
    "diag372": lambda p, c: _pick(p, _DIAG, 15),
    "group372": lambda p, c: _pick(p, _GROUP, 5),
    "start372": lambda p, c: f"{8 + int(p.bhxh) % 12:02d}:{int(p.bhxh) % 60:02d}",
    "xmatch372": lambda p, c: _pick(p, ("Hòa hợp", "Hòa hợp", "Hòa hợp ở 22°C, 37°C, AHG"), 16),
    "react372": lambda p, c: _pick(p, _REACT, 17),
    "doctor372": lambda p, c: _pick(p, _DOCTOR, 18),
    "nurse372": lambda p, c: _pick(p, _NURSE, 19),
    # -- Kazakhstan: регистр доноров центра крови
    "kz_iin372": lambda p, c: _iin(p),
    "kz_name372": lambda p, c: " ".join(_kz_names(p)),
    "kz_sex372": lambda p, c: "М" if p.male else "Ж",
    "kz_addr372": lambda p, c: (
        f"{_pick(p, _KZ_CITY, 2)}, {_pick(p, _KZ_STREETS, 3)}, д. {_num(p, 120)}, кв. {_num(p, 90)}"
    ),
    "kz_phone372": lambda p, c: (
        f"+7 70{int(p.bhxh) % 8} {p.phone[-7:-4]} {p.phone[-4:-2]} {p.phone[-2:]}"
    ),
    "kz_donor372": lambda p, c: f"02{int(p.bhxh) % 10**8:08d}",
    "kz_group372": lambda p, c: _pick(p, ("O(I)", "A(II)", "B(III)", "AB(IV)", "O(I)"), 5),
    "kz_rh372": lambda p, c: _pick(p, ("Rh+", "Rh+", "Rh+", "Rh−"), 6),
    "kz_kell372": lambda p, c: _pick(p, ("K−", "K−", "K−", "K+"), 7),
    "kz_kind372": lambda p, c: _pick(p, _KZ_KIND, 8),
    "kz_status372": lambda p, c: _pick(p, _KZ_STATUS, 9),
    # -- Bolivia: banco de sangre
    "bo_ci372": lambda p, c: f"{int(p.bhxh) % 9_000_000 + 1_000_000}",
    "bo_ext372": lambda p, c: _pick(p, _BO_EXT, 4),
    "bo_pat372": lambda p, c: _bo_name(p)[0],
    "bo_mat372": lambda p, c: _bo_name(p)[1],
    "bo_given372": lambda p, c: _bo_name(p)[2],
    "bo_sex372": lambda p, c: "M" if p.male else "F",
    "bo_phone372": lambda p, c: f"{_pick(p, ('7', '6'), 5)}{p.phone[-7:]}",
    "bo_home372": lambda p, c: _pick(p, _BO_HOME, 6),
    "bo_kind372": lambda p, c: _pick(p, _BO_KIND, 7),
    "bo_patient372": lambda p, c: f"{_pick(p, _BO_PAT, 8)} {_pick(p, _BO_GIVEN_F, 9)}",
    "bo_hosp372": lambda p, c: _pick(p, _BO_HOSP, 10),
    "bo_group372": lambda p, c: _pick(p, ("O", "O", "A", "B", "O", "AB"), 5),
    "bo_rh372": lambda p, c: _pick(p, ("Positivo", "Positivo", "Negativo"), 6),
    # -- Sri Lanka: NBTS blood camp
    "lk_nic372": lambda p, c: _lk_nic(p),
    "lk_name372": lambda p, c: _lk_initials(p),
    "lk_sex372": lambda p, c: "Male" if p.male else "Female",
    "lk_home372": lambda p, c: _pick(p, _LK_HOME, 3),
    "lk_phone372": lambda p, c: f"07{int(p.bhxh) % 8} {p.phone[-7:-4]} {p.phone[-4:]}",
    "lk_donor372": lambda p, c: f"NBTS/{int(p.bhxh) % 10**6:06d}",
    "lk_camp372": lambda p, c: _pick(p, _LK_CAMP, 4),
    "lk_hb372": lambda p, c: f"{12 + int(p.bhxh) % 5}.{int(p.bhxh) % 10}",
    "lk_remark372": lambda p, c: _pick(p, ("", "Bled", "Deferred - Hb", "Bled", "1st time"), 5),
    # -- Lebanon: سجل المتبرعين بالدم
    "lb_given372": lambda p, c: _by_sex(p, _LB_GIVEN_M, _LB_GIVEN_F, 1),
    "lb_father372": lambda p, c: _pick(p, _LB_FATHER, 2),
    "lb_family372": lambda p, c: _pick(p, _LB_FAMILY, 3),
    "lb_mother372": lambda p, c: _pick(p, _LB_MOTHER, 4),
    "lb_sex372": lambda p, c: "ذكر" if p.male else "أنثى",
    "lb_sijil372": lambda p, c: str(int(p.bhxh) % 900 + 1),
    "lb_qaid372": lambda p, c: _pick(p, _LB_QAID, 5),
    "lb_id372": lambda p, c: f"{int(p.bhxh) % 10**12:012d}",
    "lb_phone372": lambda p, c: (
        f"{_pick(p, ('03', '70', '71', '76'), 6)} {p.phone[-6:-3]} {p.phone[-3:]}"
    ),
    "lb_home372": lambda p, c: _pick(p, _LB_HOME, 7),
    "lb_group372": lambda p, c: _pick(p, _GROUP, 5),
    "lb_hosp372": lambda p, c: _pick(p, _LB_HOSP, 8),
    "lb_patient372": lambda p, c: f"{_pick(p, _LB_GIVEN_M, 9)} {_pick(p, _LB_FAMILY, 10)}",
    # -- Ireland: IBTS donor clinic
    "ie_pps372": lambda p, c: _pps(p),
    "ie_family372": lambda p, c: _pick(p, _IE_FAMILY, 2),
    "ie_given372": lambda p, c: _ie_given(p),
    "ie_sex372": lambda p, c: "M" if p.male else "F",
    "ie_street372": lambda p, c: _pick(p, _IE_STREET, 3),
    "ie_town372": lambda p, c: _ie_town(p)[0],
    "ie_county372": lambda p, c: _ie_town(p)[1],
    "ie_eircode372": lambda p, c: _ie_eircode(p),
    "ie_phone372": lambda p, c: f"08{int(p.bhxh) % 5 + 3} {p.phone[-7:-4]} {p.phone[-4:]}",
    "ie_email372": lambda p, c: (
        f"{_ascii(_ie_given(p))}.{_ascii(_pick(p, _IE_FAMILY, 2))}{p.bhxh[-2:]}@eircom.net".replace(
            "'", ""
        ).replace(" ", "")
    ),
    "ie_donor372": lambda p, c: f"{int(p.bhxh[::-1]) % 10**7:07d}",
    "ie_clinic372": lambda p, c: _pick(p, _IE_CLINIC, 5),
    "ie_outcome372": lambda p, c: _pick(p, _IE_OUTCOME, 6),
    "ie_group372": lambda p, c: _pick(p, _GROUP, 5),
}

__all__ = ["WRITERS_BLIND372"]
