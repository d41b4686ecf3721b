"""How the people of the forty-first part of the outside corpus (**blind 41**,
:mod:`lienthong.quality._corpus_blind41`) are written: four Vietnamese files' own columns (a
taxpayer's withholding employer, its tax code, the year and the tax owed, a child's mother and her
citizen id, a boat operator's vessel, registration, licence and route, a household's contribution
to the neighbourhood fund and its collector) and South Korean, Pakistani, Peruvian, Polish and
Egyptian names, addresses, phones and identity numbers in the forms their cards show (the Korean
resident registration number and the Polish PESEL with their check digits, the Pakistani CNIC
with its sex digit, the Peruvian DNI with the RUC built on it, the Egyptian national number with
its century, governorate and sex digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_EMPLOYERS = (
    ("Công ty TNHH Điện tử Samsung HCMC CE Complex", "0313041402"),
    ("Công ty CP Thế Giới Di Động", "0303217354"),
    ("Ngân hàng TMCP Á Châu - CN Sài Gòn", "0301452948-001"),
    ("Công ty TNHH Changshin Việt Nam", "3600685128"),
    ("Trường ĐH Bách khoa - ĐHQG TP.HCM", "0301234567"),
    ("Công ty CP Sữa Việt Nam", "0300588569"),
)
_VN_TAX_YEARS = ("2022", "2023", "2023", "2024", "2024")
_VN_DEBT_STATUS = ("Chưa nộp", "Nộp một phần", "Đã đôn đốc lần 1", "Đã đôn đốc lần 2")
_VN_VESSEL_NAMES = (
    "Phước Lộc 08",
    "Thuận Phát",
    "Hòa Bình 27",
    "Đông Hải 15",
    "Tân An",
    "Kim Ngân 02",
    "Sông Sài Gòn 09",
    "Minh Châu",
)
_VN_BOAT_KINDS = ("Đò ngang chở khách", "Phà tự hành", "Tàu du lịch ven sông", "Xuồng máy")
_VN_ROUTES = (
    "Bến Bình Quới - Thanh Đa",
    "Bến Bạch Đằng - Thủ Đức",
    "Bến Phú Định - Cần Giuộc",
    "Bến Cát Lái - Nhơn Trạch",
    "Bến Tắc Xuất - Cần Thạnh",
)
_VN_HOLDER_KIN = ("Mẹ", "Mẹ", "Mẹ", "Bà nội", "Bà ngoại")
_VN_KCB = (
    "Trạm Y tế phường",
    "Bệnh viện Nhi Đồng 1",
    "Bệnh viện Nhi Đồng 2",
    "Bệnh viện quận Bình Thạnh",
    "BV Nhi đồng Thành phố",
)
_VN_FUNDS = (
    "Quỹ vì người nghèo",
    "Quỹ khuyến học",
    "Quỹ đền ơn đáp nghĩa",
    "Quỹ phòng chống thiên tai",
    "Vệ sinh môi trường",
)
_VN_WARDS = ("Phường Tân Định", "Phường Đa Kao", "Phường 7", "Phường Bình Trưng", "Phường An Khánh")
_KR_FAMILY = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임")
_KR_GIVEN_M = ("민준", "서준", "도윤", "성호", "영수", "정훈", "현우", "상철")
_KR_GIVEN_F = ("서연", "지우", "민서", "영희", "수진", "미경", "지현", "은정")
#: (road address, si/gu)
_KR_PLACES = (
    ("서울특별시 강남구 테헤란로 152", "강남구"),
    ("서울특별시 마포구 월드컵북로 396", "마포구"),
    ("부산광역시 해운대구 센텀중앙로 79", "해운대구"),
    ("인천광역시 남동구 예술로 198", "남동구"),
    ("대구광역시 수성구 동대구로 364", "수성구"),
    ("경기도 성남시 분당구 판교역로 235", "성남시 분당구"),
    ("광주광역시 서구 상무중앙로 110", "서구"),
)
_KR_EMPLOYERS = ("삼성전자(주)", "현대자동차(주)", "(주)LG화학", "서울교통공사", "자영업")
_PK_FAMILY = ("Khan", "Ahmed", "Malik", "Qureshi", "Butt", "Chaudhry", "Shah", "Siddiqui")
_PK_GIVEN_M = ("Muhammad Ali", "Imran", "Usman", "Bilal", "Asad", "Faisal", "Zeeshan", "Hamza")
_PK_GIVEN_F = ("Ayesha", "Fatima", "Sana", "Rabia", "Maryam", "Nadia", "Hina", "Saima")
#: (address, district, province)
_PK_PLACES = (
    ("House No. 12, Street 7, G-9/3", "Islamabad", "Islamabad Capital Territory"),
    ("House 45-B, Block 13, Gulshan-e-Iqbal", "Karachi East", "Sindh"),
    ("Gali No. 3, Mohallah Islampura", "Lahore", "Punjab"),
    ("H. No. 221, Peoples Colony No. 1", "Faisalabad", "Punjab"),
    ("Mohallah Sethian, Qissa Khwani", "Peshawar", "Khyber Pakhtunkhwa"),
    ("Jinnah Road, near Meezan Chowk", "Quetta", "Balochistan"),
    ("House 9, Block C, Satellite Town", "Rawalpindi", "Punjab"),
)
_PK_SCHEMES = ("BISP Kafaalat", "Sehat Sahulat", "Ehsaas Nashonuma", "BISP Taleemi Wazaif")
_PE_PATERNAL = ("Quispe", "Flores", "Sánchez", "Rodríguez", "Huamán", "García", "Mamani", "Vargas")
_PE_MATERNAL = ("Mendoza", "Chávez", "Ramos", "Torres", "Castillo", "Rojas", "Gutiérrez", "Paredes")
_PE_GIVEN_M = ("José Luis", "Juan Carlos", "Miguel Ángel", "Jorge", "Luis Alberto", "Víctor Hugo")
_PE_GIVEN_F = ("María Elena", "Rosa", "Ana María", "Carmen Rosa", "Luz Marina", "Julia")
#: (street, district, province)
_PE_PLACES = (
    ("Av. Túpac Amaru 1250", "Comas", "Lima"),
    ("Jr. Junín 432", "Cercado de Lima", "Lima"),
    ("Calle Los Pinos 178 Urb. Santa Luisa", "Los Olivos", "Lima"),
    ("Av. Ejército 815", "Yanahuara", "Arequipa"),
    ("Mz. F Lt. 12 AA.HH. Villa El Salvador", "Villa El Salvador", "Lima"),
    ("Av. España 1020", "Trujillo", "Trujillo"),
    ("Jr. Ayacucho 350", "Huancayo", "Huancayo"),
)
_PE_REGIMES = ("RUS - Categoría 1", "RUS - Categoría 2", "Régimen MYPE Tributario", "RER")
_PE_ACTIVITIES = ("Venta minorista de abarrotes", "Transporte de pasajeros", "Restaurante")
_PL_FAMILY_M = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski")
_PL_FAMILY_F = ("Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Zając")
_PL_GIVEN_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Łukasz", "Michał", "Grzegorz")
_PL_GIVEN_F = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Żaneta")
#: (street, postcode, town)
_PL_PLACES = (
    ("ul. Marszałkowska 84/92 m. 15", "00-514", "Warszawa"),
    ("ul. Piotrkowska 120", "90-006", "Łódź"),
    ("os. Złotego Wieku 34/7", "31-616", "Kraków"),
    ("ul. Świętojańska 21 m. 4", "81-372", "Gdynia"),
    ("al. Jana Pawła II 33", "61-132", "Poznań"),
    ("ul. Grunwaldzka 5/12", "50-357", "Wrocław"),
)
_PL_VOIV = {
    "Warszawa": "mazowieckie",
    "Łódź": "łódzkie",
    "Kraków": "małopolskie",
    "Gdynia": "pomorskie",
    "Poznań": "wielkopolskie",
    "Wrocław": "dolnośląskie",
}
_PL_BENEFITS = ("800+", "Dobry Start", "zasiłek rodzinny", "świadczenie pielęgnacyjne")
_EG_GIVEN_M = ("محمد", "أحمد", "محمود", "مصطفى", "عمرو", "كريم", "إبراهيم", "يوسف")
_EG_GIVEN_F = ("فاطمة", "منى", "هبة", "نورهان", "ياسمين", "سارة", "دعاء", "مريم")
_EG_FATHERS = ("عبد الله", "حسن", "علي", "سيد", "عبد الرحمن", "محمد", "فتحي", "السيد")
_EG_GRANDS = ("إبراهيم", "عبد العزيز", "الشافعي", "عثمان", "منصور", "حسين", "سليمان")
#: (address, governorate, governorate code of the national number)
_EG_PLACES = (
    ("12 شارع التحرير، الدقي", "الجيزة", "21"),
    ("45 شارع جمال عبد الناصر، المنشية", "الإسكندرية", "02"),
    ("عمارة 7 مساكن شيراتون، مصر الجديدة", "القاهرة", "01"),
    ("شارع الجلاء، المنصورة", "الدقهلية", "12"),
    ("3 شارع سعد زغلول، طنطا", "الغربية", "16"),
    ("شارع الجمهورية، أسيوط", "أسيوط", "25"),
)
_EG_PROGRAMS = ("تكافل", "كرامة", "تكافل وكرامة")


def _employer(p: Person) -> tuple[str, str]:
    return _VN_EMPLOYERS[int(p.bhxh) // 23 % len(_VN_EMPLOYERS)]


def _child_birth(p: Person) -> date:
    """A child under six: the person's day and month, in 2020-2025 (no 29 February)."""
    return date(2020 + int(p.bhxh) % 6, p.birth.month, min(p.birth.day, 28))


def _mother_cccd(p: Person) -> str:
    return _cccd_of(p, False, 1988 + int(p.bhxh) % 12)


def _rrn(p: Person) -> str:
    """A Korean resident registration number with its check digit (before the 2020 reform)."""
    gender = (1 if p.male else 2) + (2 if p.birth.year >= 2000 else 0)
    body = f"{p.birth:%y%m%d}{gender}{p.bhxh[2:7]}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return f"{body[:6]}-{body[6:]}{(11 - total % 11) % 10}"


def _cnic(p: Person) -> str:
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    province = "1234567"[int(p.bhxh) // 7 % 7]  # 1 KP ... 6 Balochistan, 7 Gilgit / Islamabad
    return f"{province}{p.bhxh[3:7]}-{p.bhxh[2:9]}-{last % 10}"


def _dni(p: Person) -> str:
    return f"{int(p.bhxh[2:]) % 80_000_000 + 10_000_000:08d}"


def _ruc(p: Person) -> str:
    body = f"10{_dni(p)}"
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    check = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return f"{body}{check % 10}"


def _pesel(p: Person) -> str:
    month = p.birth.month + (20 if p.birth.year >= 2000 else 0)
    sex = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    body = f"{p.birth.year % 100:02d}{month:02d}{p.birth.day:02d}{p.bhxh[3:6]}{sex % 10}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return f"{body}{(10 - total % 10) % 10}"


def _eg_place(p: Person) -> tuple[str, str, str]:
    return _EG_PLACES[int(p.bhxh) // 9 % len(_EG_PLACES)]


def _eg_nid(p: Person) -> str:
    century = 3 if p.birth.year >= 2000 else 2
    sex = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    body = f"{century}{p.birth:%y%m%d}{_eg_place(p)[2]}{p.bhxh[4:7]}{sex % 10}"
    return f"{body}{sum(int(d) for d in body) % 10}"


def _place3(p: Person, places: tuple[tuple[str, str, str], ...]) -> tuple[str, str, str]:
    return places[int(p.bhxh) // 9 % len(places)]


def _kr_place(p: Person) -> tuple[str, str]:
    return _KR_PLACES[int(p.bhxh) // 9 % len(_KR_PLACES)]


def _pe_family(p: Person) -> str:
    return f"{_pick(p, _PE_PATERNAL, 2)} {_pick(p, _PE_MATERNAL, 3)}"


def _pl_family(p: Person) -> str:
    return _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2)


WRITERS_BLIND41: dict[str, Callable[[Person, Col], object]] = {
    "employer41": lambda p, c: _employer(p)[0],
    "employer_mst41": lambda p, c: _employer(p)[1],
    "tax_year41": lambda p, c: _pick(p, _VN_TAX_YEARS, 3),
    "income41": lambda p, c: f"{(_num(p, 90) + 20) * 11_000_000:,}".replace(",", "."),
    "withheld41": lambda p, c: f"{(_num(p, 90) + 20) * 550_000:,}".replace(",", "."),
    "owed41": lambda p, c: f"{(_num(p, 50) + 1) * 137_500:,}".replace(",", "."),
    "debt_status41": lambda p, c: _pick(p, _VN_DEBT_STATUS, 4),
    "child_birth41": lambda p, c: f"{_child_birth(p):%d/%m/%Y}",
    "mother41": lambda p, c: _other_vn(p, 3, False),
    "mother_cccd41": lambda p, c: _mother_cccd(p),
    "holder_rel41": lambda p, c: _pick(p, _VN_HOLDER_KIN, 4),
    "mother_phone41": lambda p, c: _other_phone(p, "09"),
    "kcb41": lambda p, c: _pick(p, _VN_KCB, 5),
    "card_from41": lambda p, c: f"01/01/{2020 + int(p.bhxh) % 6}",
    "birth_year41": lambda p, c: str(p.birth.year),
    "vessel41": lambda p, c: _pick(p, _VN_VESSEL_NAMES, 2),
    "vessel_reg41": lambda p, c: f"SG-{_num(p, 900) + 100:04d}",
    "boat_kind41": lambda p, c: _pick(p, _VN_BOAT_KINDS, 3),
    "seats41": lambda p, c: str(_num(p, 40) + 8),
    "licence41": lambda p, c: f"{_num(p, 300):03d}/GP-SGTVT",
    "route41": lambda p, c: _pick(p, _VN_ROUTES, 4),
    "licence_end41": lambda p, c: f"{p.other_date.day:02d}/{p.other_date.month:02d}/2028",
    "household41": lambda p, c: f"HK-{_num(p, 200):03d}",
    "fund41": lambda p, c: _pick(p, _VN_FUNDS, 2),
    "fund_amount41": lambda p, c: _pick(p, ("50.000", "100.000", "200.000", "30.000"), 3),
    "collector41": lambda p, c: _other_vn(p, 5),
    "ward41": lambda p, c: _pick(p, _VN_WARDS, 6),
    "tdp41": lambda p, c: f"TDP {_num(p, 25)}",
    "rrn_kr41": lambda p, c: _rrn(p),
    "kr_name41": lambda p, c: f"{_pick(p, _KR_FAMILY, 2)}{_by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 1)}",
    "sex_kr41": lambda p, c: "남" if p.male else "여",
    "address_kr41": lambda p, c: _kr_place(p)[0],
    "gu_kr41": lambda p, c: _kr_place(p)[1],
    "phone_kr41": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "employer_kr41": lambda p, c: _pick(p, _KR_EMPLOYERS, 3),
    "guardian_kr41": lambda p, c: f"{_pick(p, _KR_FAMILY, 4)}{_pick(p, _KR_GIVEN_F, 5)}",
    "pay_kr41": lambda p, c: f"{(_num(p, 60) + 20) * 50_000:,}",
    "cnic_pk41": lambda p, c: _cnic(p),
    "pk_name41": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "father_pk41": lambda p, c: f"{_pick(p, _PK_GIVEN_M, 3)} {_pick(p, _PK_FAMILY, 2)}",
    "sex_pk41": lambda p, c: "Male" if p.male else "Female",
    "address_pk41": lambda p, c: _place3(p, _PK_PLACES)[0],
    "district_pk41": lambda p, c: _place3(p, _PK_PLACES)[1],
    "province_pk41": lambda p, c: _place3(p, _PK_PLACES)[2],
    "phone_pk41": lambda p, c: f"03{p.phone[2:4]}-{p.phone[4:10]}1",
    "scheme_pk41": lambda p, c: _pick(p, _PK_SCHEMES, 4),
    "amount_pk41": lambda p, c: f"Rs. {_pick(p, ('10,500', '13,500', '8,750'), 5)}",
    "dni_pe41": lambda p, c: _dni(p),
    "ruc_pe41": lambda p, c: _ruc(p),
    "pe_family41": lambda p, c: _pe_family(p),
    "pe_given41": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1),
    "sex_pe41": lambda p, c: "M" if p.male else "F",
    "street_pe41": lambda p, c: _place3(p, _PE_PLACES)[0],
    "district_pe41": lambda p, c: _place3(p, _PE_PLACES)[1],
    "province_pe41": lambda p, c: _place3(p, _PE_PLACES)[2],
    "phone_pe41": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "regime_pe41": lambda p, c: _pick(p, _PE_REGIMES, 4),
    "activity_pe41": lambda p, c: _pick(p, _PE_ACTIVITIES, 5),
    "pesel_pl41": lambda p, c: _pesel(p),
    "pl_family41": lambda p, c: _pl_family(p),
    "pl_given41": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "sex_pl41": lambda p, c: "M" if p.male else "K",
    "street_pl41": lambda p, c: _place3(p, _PL_PLACES)[0],
    "postcode_pl41": lambda p, c: _place3(p, _PL_PLACES)[1],
    "town_pl41": lambda p, c: _place3(p, _PL_PLACES)[2],
    "voiv_pl41": lambda p, c: _PL_VOIV[_place3(p, _PL_PLACES)[2]],
    "phone_pl41": lambda p, c: f"+48 {p.phone[1:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "benefit_pl41": lambda p, c: _pick(p, _PL_BENEFITS, 3),
    "amount_pl41": lambda p, c: f"{(_num(p, 8) + 1) * 800},00 zł",
    "nrb_pl41": lambda p, c: f"PL{p.bhxh[:2]} 1020 {p.bhxh[2:6]} 0000 {p.bhxh[6:10]} 0{p.bhxh[:3]}",
    "nid_eg41": lambda p, c: _eg_nid(p),
    "eg_name41": lambda p, c: (
        f"{_by_sex(p, _EG_GIVEN_M, _EG_GIVEN_F, 1)} {_pick(p, _EG_FATHERS, 2)}"
        f" {_pick(p, _EG_GRANDS, 3)}"
    ),
    "sex_eg41": lambda p, c: "ذكر" if p.male else "أنثى",
    "address_eg41": lambda p, c: _eg_place(p)[0],
    "gov_eg41": lambda p, c: _eg_place(p)[1],
    "phone_eg41": lambda p, c: f"01{_pick(p, ('0', '1', '2', '5'), 4)}{p.phone[3:10]}1",
    "program_eg41": lambda p, c: _pick(p, _EG_PROGRAMS, 5),
    "amount_eg41": lambda p, c: f"{_pick(p, ('625', '750', '900'), 6)} ج.م",
    "guardian_eg41": lambda p, c: f"{_pick(p, _EG_GIVEN_F, 7)} {_pick(p, _EG_FATHERS, 8)}",
}
