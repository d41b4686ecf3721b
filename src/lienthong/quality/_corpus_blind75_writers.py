"""How the people of the seventy-fifth part of the outside corpus (**blind 75**,
:mod:`lienthong.quality._corpus_blind75`) are written: four Vietnamese files' own columns (a
farmer's field, canal and exempted irrigation fee, a tenant's room, landlord and stay, a pupil's
school, subject, prize and teacher, a household's years as a cultured family) and Omani, Qatari,
Bahraini, Saudi and Emirati names, addresses, phones and identity numbers in the forms their cards
show (the Omani civil number, the QID's century, birth year and nationality code, the CPR's birth
year and month, the Saudi ID's or iqama's Luhn digit, the Emirates ID's 784, birth year and Luhn
digit), and a Saudi citizen's birth date in the Hijri calendar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind30_writers import _cpr
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind45_writers import (
    _SA_FAMILY,
    _SA_FATHERS,
    _SA_GIVEN_F,
    _SA_GIVEN_M,
    _hijri,
    _saudi_id,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (hamlet, commune, district, province) of a rice-growing commune
_VN_COMMUNES = (
    ("Thôn Đông Lao", "Xã Đông La", "Huyện Hoài Đức", "TP. Hà Nội"),
    ("Thôn Phù Yên", "Xã Trường Yên", "Huyện Chương Mỹ", "TP. Hà Nội"),
    ("Xóm 3", "Xã Nghi Phong", "Huyện Nghi Lộc", "Tỉnh Nghệ An"),
    ("Ấp Tân Hòa", "Xã Tân Phú", "Huyện Châu Thành", "Tỉnh Tiền Giang"),
    ("Thôn Vân Tập", "Xã Vũ Vân", "Huyện Vũ Thư", "Tỉnh Thái Bình"),
)
_VN_FIELDS = ("Đồng Trong", "Cánh Bãi", "Đồng Mả", "Gò Cao", "Ruộng Trũng", "Đồng Ngoài")
_VN_CANALS = (
    "Kênh N1 - TB Đông La",
    "Kênh chính Bắc Nghệ An",
    "Mương nội đồng số 4",
    "Kênh Nguyễn Tấn Thành",
    "Kênh T2 - HTX DVNN Vũ Vân",
)
_VN_CROPS = ("Lúa 2 vụ", "Lúa 2 vụ", "Lúa + màu", "Rau màu", "Lúa 1 vụ")
_VN_WARDS_CITY = ("Phường Dịch Vọng Hậu", "Phường Mai Dịch", "Phường Nghĩa Đô", "Phường Láng")
_VN_HOME_PROVINCES = (
    "Xã Quỳnh Lưu, Huyện Quỳnh Lưu, Tỉnh Nghệ An",
    "Xã Hải Hậu, Huyện Hải Hậu, Tỉnh Nam Định",
    "Thị trấn Phố Ràng, Huyện Bảo Yên, Tỉnh Lào Cai",
    "Xã Yên Lạc, Huyện Yên Lạc, Tỉnh Vĩnh Phúc",
    "Phường Bắc Sơn, TP. Bỉm Sơn, Tỉnh Thanh Hóa",
)
_VN_LANES = ("Ngõ 165 Cầu Giấy", "Ngách 12/34 Trần Quốc Vượng", "Số 8 ngõ 68 Xuân Thủy")
_VN_SCHOOLS = (
    "THCS Nguyễn Du",
    "THCS Thị trấn",
    "THCS Lê Quý Đôn",
    "THCS Chu Văn An",
    "THCS Tân Lập",
    "TH&THCS Đồng Tâm",
)
_VN_SUBJECTS = (
    "Toán",
    "Ngữ văn",
    "Tiếng Anh",
    "Vật lí",
    "Hóa học",
    "Sinh học",
    "Lịch sử",
    "Tin học",
)
_VN_PRIZES = ("Nhất", "Nhì", "Ba", "Khuyến khích", "Ba", "Khuyến khích")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Kinh", "Thái")
_VN_TITLES = ("GĐVH", "GĐVH 3 năm liền", "GĐVH tiêu biểu", "GĐVH")
_OM_FAMILY = ("Al Balushi", "Al Harthy", "Al Busaidi", "Al Rawahi", "Al Hinai", "Al Maamari")
_OM_GIVEN_M = ("Said", "Ahmed", "Salim", "Hamood", "Khalfan", "Sultan", "Nasser")
_OM_GIVEN_F = ("Aisha", "Muna", "Shamsa", "Zuwaina", "Fatma", "Maryam", "Badriya")
_OM_FATHERS = ("Mohammed", "Hamed", "Saif", "Khamis", "Rashid", "Ali")
#: (wilayat, governorate)
_OM_PLACES = (
    ("السيب / Seeb", "مسقط / Muscat"),
    ("بوشر / Bawshar", "مسقط / Muscat"),
    ("صحار / Sohar", "شمال الباطنة / North Al Batinah"),
    ("نزوى / Nizwa", "الداخلية / Ad Dakhiliyah"),
    ("صلالة / Salalah", "ظفار / Dhofar"),
)
_OM_SCHOOLS = ("مدرسة الخوض للتعليم الأساسي", "مدرسة الموالح (5-12)", "مدرسة صحار للبنات")
_QA_FAMILY = ("Al-Kuwari", "Al-Thani", "Al-Marri", "Al-Naimi", "Al-Sulaiti", "Al-Mohannadi")
_QA_GIVEN_M = ("Hamad", "Jassim", "Khalid", "Abdulla", "Faisal", "Tamim")
_QA_GIVEN_F = ("Noora", "Hessa", "Maha", "Alanoud", "Latifa", "Moza")
_EXPAT_M = ("Rajesh Kumar", "Mohammed Aslam", "Jose Santos", "Ram Bahadur Thapa", "Ahmed Fathy")
_EXPAT_F = ("Priya Nair", "Maricel Dela Cruz", "Ayesha Bibi", "Sunita Gurung", "Mona Adel")
#: ISO 3166 numeric codes a QID carries: Qatar, India, Pakistan, Philippines, Nepal, Egypt
_QA_NATIONS = (
    ("634", "قطري / Qatari"),
    ("356", "هندي / Indian"),
    ("586", "باكستاني / Pakistani"),
    ("608", "فلبيني / Filipino"),
    ("524", "نيبالي / Nepalese"),
    ("818", "مصري / Egyptian"),
)
#: (zone number, area, municipality)
_QA_PLACES = (
    ("56", "Al Aziziya", "Al Rayyan"),
    ("25", "Al Mansoura", "Doha"),
    ("66", "West Bay", "Doha"),
    ("31", "Madinat Khalifa South", "Doha"),
    ("71", "Al Wakrah", "Al Wakrah"),
)
_QA_EMPLOYERS = ("Qatar Airways", "Hamad Medical Corp.", "Ooredoo", "Ministry of Education")
_BH_FAMILY = ("Al Khalifa", "Al Mahmood", "Al Jishi", "Al Sayed", "Al Aradi", "Fakhro")
_BH_GIVEN_M = ("Ali", "Hasan", "Ebrahim", "Yusuf", "Jassim", "Mahmood")
_BH_GIVEN_F = ("Zahra", "Fatema", "Sabeeka", "Amina", "Nouf", "Mariam")
#: (block, area, governorate)
_BH_PLACES = (
    ("324", "Juffair", "العاصمة / Capital"),
    ("228", "Arad", "المحرق / Muharraq"),
    ("519", "Budaiya", "الشمالية / Northern"),
    ("905", "Riffa", "الجنوبية / Southern"),
    ("701", "Isa Town", "الجنوبية / Southern"),
)
_SA_CITIES = (
    ("الرياض", "حي الملقا"),
    ("جدة", "حي الصفا"),
    ("الخبر", "حي العقربية"),
    ("أبها", "حي المنسك"),
    ("بريدة", "حي الريان"),
)
_SA_INSURERS = ("بوبا العربية", "التعاونية", "ميدغلف", "الراجحي تكافل")
_SA_CLINICS = ("عيادة الباطنية", "عيادة السكري", "عيادة العظام", "عيادة النساء والولادة")
_AE_FAMILY = ("Al Mansoori", "Al Hammadi", "Al Ketbi", "Al Shamsi", "Al Nuaimi", "Al Falasi")
_AE_GIVEN_M = ("Rashid", "Saeed", "Mohammed", "Hamdan", "Majid", "Obaid")
_AE_GIVEN_F = ("Shamma", "Mahra", "Alyazia", "Hind", "Amna", "Meera")
_AE_AR_FAMILY = ("المنصوري", "الحمادي", "الكتبي", "الشامسي", "النعيمي", "الفلاسي")
_AE_AR_GIVEN_M = ("راشد", "سعيد", "محمد", "حمدان", "ماجد", "عبيد")
_AE_AR_GIVEN_F = ("شما", "مهرة", "اليازية", "هند", "آمنة", "ميرة")
#: (area, emirate)
_AE_PLACES = (
    ("Al Barsha 1", "دبي / Dubai"),
    ("Mirdif", "دبي / Dubai"),
    ("Khalifa City A", "أبوظبي / Abu Dhabi"),
    ("Al Nahda", "الشارقة / Sharjah"),
    ("Al Jimi", "أبوظبي / Abu Dhabi"),
)


def _commune(p: Person) -> tuple[str, str, str, str]:
    return _VN_COMMUNES[int(p.bhxh) // 9 % len(_VN_COMMUNES)]


def _commune_address(p: Person) -> str:
    return ", ".join(_commune(p))


def _rented_room(p: Person) -> str:
    """The room a tenant rents: a lane house in a Hà Nội ward."""
    lane = _pick(p, _VN_LANES, 3)
    return f"P.{_num(p, 5)}0{_num(p, 8)}, {lane}, {_pick(p, _VN_WARDS_CITY, 2)}, TP. Hà Nội"


def _pupil_birth(p: Person) -> str:
    """A ninth-grader's birthday: the person's day and month in 2011."""
    return f"{_safe_day(2011, p.birth.month, p.birth.day):%d/%m/%Y}"


def _years_awarded(p: Person) -> str:
    """The years a household was voted a cultured family, as the commune lists them."""
    start = 2019 + _num(p, 3)
    return ", ".join(str(y) for y in range(start, 2026) if (y + int(p.bhxh[-1])) % 4)


def _omani_civil(p: Person) -> str:
    """An Omani civil number: eight digits printed on the resident card (no public check digit)."""
    return f"{int(p.bhxh[:8]) % 90_000_000 + 10_000_000}"


def _qid(p: Person) -> str:
    """A Qatari ID: century (2: 1900s, 3: 2000s), yy of birth, the nationality's ISO numeric code
    and a five-digit serial."""
    century = 2 if p.birth.year < 2000 else 3
    return f"{century}{p.birth:%y}{_qa_nation(p)[0]}{p.bhxh[-5:]}"


def _qa_nation(p: Person) -> tuple[str, str]:
    return _QA_NATIONS[int(p.bhxh) // 7 % len(_QA_NATIONS)]


def _qa_name(p: Person) -> str:
    if _qa_nation(p)[0] == "634":
        return f"{_by_sex(p, _QA_GIVEN_M, _QA_GIVEN_F, 1)} {_pick(p, _QA_FAMILY, 2)}"
    return _by_sex(p, _EXPAT_M, _EXPAT_F, 4)


def _bh_address(p: Person) -> str:
    block, area, _ = _BH_PLACES[int(p.bhxh) // 9 % len(_BH_PLACES)]
    road = f"{block[:2]}{_num(p, 40):02d}"
    return f"Flat {_num(p, 30)}, Bldg {_num(p, 900)}, Road {road}, Block {block}, {area}"


def _sa_birth(p: Person) -> str:
    """A citizen's Hijri birth date as a clinic's system prints it (``1405/03/12هـ``); a
    resident's Gregorian one (``12/06/1985م``)."""
    if _saudi_id(p).startswith("1"):
        y, m, d = _hijri(p.birth)
        return f"{y}/{m:02d}/{d:02d}هـ"
    return f"{p.birth:%d/%m/%Y}م"


def _sa_name(p: Person) -> str:
    given = _by_sex(p, _SA_GIVEN_M, _SA_GIVEN_F, 1)
    return (
        f"{given} {_pick(p, _SA_FATHERS, 3)} {_pick(p, _SA_FATHERS, 8)} {_pick(p, _SA_FAMILY, 2)}"
    )


def _emirates_id(p: Person) -> str:
    """An Emirates ID ``784-YYYY-NNNNNNN-C``: the country code, the birth year, a serial and
    the Luhn digit over the fourteen."""
    full = _luhn(f"784{p.birth.year}{p.bhxh[:7]}")
    return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"


def _ae_place(p: Person) -> tuple[str, str]:
    return _AE_PLACES[int(p.bhxh) // 9 % len(_AE_PLACES)]


WRITERS_BLIND75: dict[str, Callable[[Person, Col], object]] = {
    "addr_commune75": lambda p, c: _commune_address(p),
    "hamlet75": lambda p, c: _commune(p)[0],
    "field75": lambda p, c: f"Xứ {_pick(p, _VN_FIELDS, 2)}",
    "plot75": lambda p, c: str(_num(p, 400)),
    "map_sheet75": lambda p, c: str(_num(p, 35)),
    "area_m2_75": lambda p, c: str(_num(p, 70) * 36),
    "crop75": lambda p, c: _pick(p, _VN_CROPS, 3),
    "canal75": lambda p, c: _pick(p, _VN_CANALS, 4),
    "fee75": lambda p, c: f"{_num(p, 70) * 36 * 2 * 180:,}".replace(",", "."),
    "irr_form75": lambda p, c: _pick(
        p, ("Tưới tiêu chủ động", "Tạo nguồn", "Tưới bằng động lực"), 5
    ),
    "dossier75": lambda p, c: f"G01.{p.bhxh[:3]}.{p.bhxh[3:6]}.{p.bhxh[6:]}.2025",
    "room75": lambda p, c: _rented_room(p),
    "home75": lambda p, c: _pick(p, _VN_HOME_PROVINCES, 2),
    "landlord75": lambda p, c: _other_vn(p, 5),
    "landlord_cccd75": lambda p, c: f"001{p.bhxh[::-1][:9]}",
    "landlord_phone75": lambda p, c: _other_phone(p, "098"),
    "stay75": lambda p, c: f"{_num(p, 24)} tháng",
    "until75": lambda p, c: f"{_safe_day(2026, p.birth.month, p.birth.day):%d/%m/%Y}",
    "reason75": lambda p, c: _pick(p, ("Lao động", "Học tập", "Lao động", "Khác"), 3),
    "ward_city75": lambda p, c: _pick(p, _VN_WARDS_CITY, 2),
    "tt_status75": lambda p, c: _pick(p, ("Đã duyệt", "Chờ xác minh", "Đã duyệt", "Trả hồ sơ"), 6),
    "pupil_birth75": lambda p, c: _pupil_birth(p),
    "birthplace75": lambda p, c: _pick(p, ("Hà Nam", "Nam Định", "Ninh Bình", "Hà Nội"), 4),
    "ethnic75": lambda p, c: _pick(p, _VN_ETHNIC, 5),
    "class75": lambda p, c: f"9{'ABCDE'[_num(p, 5) - 1]}",
    "school75": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "subject75": lambda p, c: _pick(p, _VN_SUBJECTS, 3),
    "score75": lambda p, c: f"{_num(p, 40) / 4 + 10:.2f}".replace(".", ","),
    "prize75": lambda p, c: _pick(p, _VN_PRIZES, 4),
    "teacher75": lambda p, c: _other_vn(p, 6),
    "decision75": lambda p, c: f"{_num(p, 300) + 1200}/QĐ-UBND",
    "members75": lambda p, c: str(_num(p, 7) + 1),
    "years75": lambda p, c: _years_awarded(p),
    "title75": lambda p, c: _pick(p, _VN_TITLES, 3),
    "civil_om75": lambda p, c: _omani_civil(p),
    "om_given75": lambda p, c: _by_sex(p, _OM_GIVEN_M, _OM_GIVEN_F, 1),
    "om_father75": lambda p, c: f"{_pick(p, _OM_FATHERS, 3)} {_pick(p, _OM_FATHERS, 4)}",
    "om_family75": lambda p, c: _pick(p, _OM_FAMILY, 2),
    "sex_om75": lambda p, c: "ذكر" if p.male else "أنثى",
    "wilayat_om75": lambda p, c: _OM_PLACES[int(p.bhxh) // 9 % len(_OM_PLACES)][0],
    "gov_om75": lambda p, c: _OM_PLACES[int(p.bhxh) // 9 % len(_OM_PLACES)][1],
    "phone_om75": lambda p, c: f"+968 9{p.phone[3:6]} {p.phone[6:10]}",
    "guardian_om75": lambda p, c: f"{_pick(p, _OM_FATHERS, 6)} {_pick(p, _OM_FAMILY, 2)}",
    "guardian_phone_om75": lambda p, c: f"+968 7{p.bhxh[2:5]} {p.bhxh[5:9]}",
    "school_om75": lambda p, c: _pick(p, _OM_SCHOOLS, 5),
    "qid75": lambda p, c: _qid(p),
    "qa_name75": lambda p, c: _qa_name(p),
    "qa_nation75": lambda p, c: _qa_nation(p)[1],
    "sex_qa75": lambda p, c: "M" if p.male else "F",
    "zone_area_qa75": lambda p, c: "{} - {}".format(*_QA_PLACES[int(p.bhxh) // 9 % 5][:2]),
    "city_qa75": lambda p, c: _QA_PLACES[int(p.bhxh) // 9 % len(_QA_PLACES)][2],
    "street_qa75": lambda p, c: f"Bldg {_num(p, 90)}, Street {_num(p, 900)}",
    "phone_qa75": lambda p, c: (
        f"+974 {'3567'[int(p.bhxh) % 4]}{p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    ),
    "employer_qa75": lambda p, c: _pick(p, _QA_EMPLOYERS, 3),
    "permit_qa75": lambda p, c: _pick(p, ("Work", "Family", "Citizen"), 5),
    "cpr75": lambda p, c: _cpr(p),
    "bh_given75": lambda p, c: _by_sex(p, _BH_GIVEN_M, _BH_GIVEN_F, 1),
    "bh_family75": lambda p, c: _pick(p, _BH_FAMILY, 2),
    "sex_bh75": lambda p, c: "Male / ذكر" if p.male else "Female / أنثى",
    "addr_bh75": lambda p, c: _bh_address(p),
    "gov_bh75": lambda p, c: _BH_PLACES[int(p.bhxh) // 9 % len(_BH_PLACES)][2],
    "phone_bh75": lambda p, c: f"+973 3{p.phone[3:6]} {p.phone[6:10]}",
    "case_bh75": lambda p, c: f"HS/{p.bhxh[-5:]}/2025",
    "benefit_bh75": lambda p, c: f"{_num(p, 12) * 10 + 70}.000 BHD",
    "id_sa75": lambda p, c: _saudi_id(p),
    "sa_name75": lambda p, c: _sa_name(p),
    "birth_sa75": lambda p, c: _sa_birth(p),
    "sex_sa75": lambda p, c: "ذكر" if p.male else "أنثى",
    "city_sa75": lambda p, c: _SA_CITIES[int(p.bhxh) // 9 % len(_SA_CITIES)][0],
    "hay_sa75": lambda p, c: _SA_CITIES[int(p.bhxh) // 9 % len(_SA_CITIES)][1],
    "phone_sa75": lambda p, c: f"+966 5{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "file_sa75": lambda p, c: f"MRN{p.bhxh[:7]}",
    "clinic_sa75": lambda p, c: _pick(p, _SA_CLINICS, 3),
    "doctor_sa75": lambda p, c: f"د. {_pick(p, _SA_GIVEN_M, 5)} {_pick(p, _SA_FAMILY, 6)}",
    "insurance_sa75": lambda p, c: (
        "مواطن" if _saudi_id(p).startswith("1") else _pick(p, _SA_INSURERS, 4)
    ),
    "eid75": lambda p, c: _emirates_id(p),
    "ae_name_en75": lambda p, c: (
        f"{_by_sex(p, _AE_GIVEN_M, _AE_GIVEN_F, 1)} {_pick(p, _AE_GIVEN_M, 7)}"
        f" {_pick(p, _AE_FAMILY, 2)}"
    ),
    "ae_name_ar75": lambda p, c: (
        f"{_by_sex(p, _AE_AR_GIVEN_M, _AE_AR_GIVEN_F, 1)} {_pick(p, _AE_AR_GIVEN_M, 7)}"
        f" {_pick(p, _AE_AR_FAMILY, 2)}"
    ),
    "sex_ae75": lambda p, c: "ذكر / Male" if p.male else "أنثى / Female",
    "area_ae75": lambda p, c: _ae_place(p)[0],
    "emirate_ae75": lambda p, c: _ae_place(p)[1],
    "phone_ae75": lambda p, c: (
        f"+971 5{'0256'[int(p.bhxh) % 4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    ),
    "pobox_ae75": lambda p, c: f"P.O. Box {_num(p, 900) * 37}",
    "unified_ae75": lambda p, c: f"{p.bhxh[1:9]}",
    "passport_ae75": lambda p, c: f"P{p.bhxh[2:9]}",
    "sponsor_ae75": lambda p, c: f"{_pick(p, _AE_GIVEN_M, 6)} {_pick(p, _AE_FAMILY, 5)}",
}
