"""How the people of the four-hundred-and-thirty-seventh part of the outside corpus (**blind
437**, :mod:`lienthong.quality._corpus_blind437`) are written: four Vietnamese files' own columns
(a poor pupil's school, parent and household book, a university student's policy group and
exemption, a student loan's borrower group, student and agreement, a sponsored scholarship's fund
and mentor) and Colombian, Philippine, Kazakh, Peruvian and Nigerian students' names, addresses,
phones and numbers in the forms their registers show (the cédula, the PhilSys card number, the
ИИН with its two-pass mod-11 digit, the DNI, the NIN)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind65_writers import _iin_from

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_SCHOOLS: _T = (
    "THCS Nghi Lộc",
    "THPT Quỳnh Lưu 1",
    "TH Châu Kim",
    "THCS Tương Dương",
    "THPT Kỳ Sơn",
    "PTDTNT THCS Quế Phong",
)
_VN_JOBS: _T = ("Làm nông", "Làm thuê", "Buôn bán nhỏ", "Công nhân", "Ngư dân", "Không ổn định")
_VN_POOR: _T = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Mồ côi, hộ nghèo", "Hộ cận nghèo")
_VN_AWARD: _T = ("3.000.000", "5.000.000", "3.000.000", "2.000.000")
_VN_FACULTY: _T = ("CNTT", "Kinh tế", "Điện - Điện tử", "Ngoại ngữ", "Xây dựng", "Môi trường")
_VN_POLICY: _T = (
    "Con thương binh",
    "SV người DTTS thuộc hộ nghèo",
    "SV khuyết tật",
    "Mồ côi cả cha lẫn mẹ",
    "Con CB-CNVC bị TNLĐ hưởng trợ cấp",
    "SV người DTTS ở vùng ĐBKK",
)
_VN_RATE: _T = ("100%", "100%", "100%", "100%", "50%", "70%")
_VN_VILLAGES: _T = ("Thôn Đông", "Thôn Trung", "Xóm 3", "Bản Pục", "Thôn Yên Phúc", "Xóm Mới")
_VN_LOAN_SCHOOLS: _T = (
    "ĐH Vinh",
    "ĐH Bách khoa Hà Nội",
    "CĐ Kỹ thuật Việt - Đức Nghệ An",
    "ĐH Kinh tế Quốc dân",
    "Học viện Nông nghiệp VN",
    "ĐH Y khoa Vinh",
)
_VN_LOAN_POLICY: _T = (
    "Hộ nghèo",
    "Hộ cận nghèo",
    "Hộ có mức sống trung bình",
    "Hộ gặp khó khăn đột xuất",
    "HSSV mồ côi",
)
_VN_SP_SCHOOLS: _T = ("ĐH Bách khoa TP.HCM", "ĐH Kinh tế TP.HCM", "ĐH Cần Thơ", "ĐH Đà Nẵng")
_VN_MAJORS: _T = ("Kỹ thuật phần mềm", "Kế toán", "Cơ điện tử", "Logistics", "Nông học", "Dược")
_VN_FUNDS: _T = (
    "Quỹ HB Vừ A Dính - TNV",
    "HB Vingroup Thắp sáng ước mơ",
    "HB Nâng bước thủ khoa",
    "HB Điện Quang - Vượt khó",
    "HB Vallet",
)
_CO_FAMILY: _T = (
    "Rodríguez", "Gómez", "Martínez", "Hernández", "López", "Castaño", "Ospina", "Giraldo",
    "Vargas", "Moreno", "Jiménez", "Muñoz", "Rojas", "Valencia", "Londoño", "Torres", "Ríos",
    "Agudelo", "Cardona", "Salazar", "Patiño", "Montoya",
)  # fmt: skip
_CO_FAMILY2: _T = ("Restrepo", "Cárdenas", "Zapata", "Mejía", "Arango", "Quintero", "Pérez")
_CO_GIVEN_M: _T = ("Juan", "Santiago", "Andrés", "Jhon", "Camilo", "Brayan", "Carlos", "Luis")
_CO_SECOND_M: _T = ("David", "Felipe", "Esteban", "Alejandro", "", "Jairo", "Mateo", "")
_CO_GIVEN_F: _T = ("Valentina", "María", "Laura", "Yuliana", "Sara", "Luisa", "Paula", "Angie")
_CO_SECOND_F: _T = ("José", "Daniela", "Fernanda", "", "Alejandra", "Camila", "", "Sofía")
_CO_PLACES = (
    ("Medellín", "Antioquia"),
    ("Bogotá, D.C.", "Bogotá, D.C."),
    ("Cali", "Valle del Cauca"),
    ("Barranquilla", "Atlántico"),
    ("Bucaramanga", "Santander"),
    ("Pereira", "Risaralda"),
)
_CO_IES: _T = ("Universidad de Antioquia", "Universidad Nacional", "SENA", "Univalle", "UIS")
_CO_PROG: _T = ("Ingeniería de Sistemas", "Enfermería", "Derecho", "Contaduría Pública")
_CO_LINEA: _T = ("Tú Eliges 0%", "Tú Eliges 25%", "Tú Eliges 30%", "Posgrado País")
_PH_FAMILY: _T = (
    "Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Garcia", "Gonzales",
    "Ramos", "Flores", "Cruz", "Del Rosario", "Torres", "Manalo", "Macaraeg", "Salvador",
    "Fernandez", "Lopez", "Tolentino", "Mercado", "Aguilar", "De Guzman",
)  # fmt: skip
_PH_MID: _T = ("Ramos", "Castillo", "Aquino", "Soriano", "Pascual", "Navarro", "Domingo")
_PH_GIVEN_M: _T = ("Juan", "Mark", "John", "Jerome", "Rhey", "Kenneth", "Christian", "Jomar")
_PH_SECOND_M: _T = ("Miguel", "Anthony", "Paul", "", "Carlo", "", "Vincent", "Joseph")
_PH_GIVEN_F: _T = ("Maria", "Kristine", "Mary", "Rhea", "Princess", "Jonalyn", "Angel", "Jasmine")
_PH_SECOND_F: _T = ("Angelica", "Joy", "Grace", "Mae", "", "Rose", "", "Nicole")
_PH_PLACES = (
    ("Brgy. San Isidro", "Cainta", "Rizal", "1900"),
    ("Brgy. Poblacion", "Tagum City", "Davao del Norte", "8100"),
    ("Brgy. Lahug", "Cebu City", "Cebu", "6000"),
    ("Brgy. Bagong Silang", "Caloocan City", "Metro Manila", "1428"),
    ("Brgy. Mabini", "Batangas City", "Batangas", "4200"),
    ("Brgy. Tabuc Suba", "Jaro, Iloilo City", "Iloilo", "5000"),
)
_PH_HEI: _T = ("Polytechnic University of the Philippines", "Cebu Technological University")
_PH_PROG: _T = ("BS Education", "BS Criminology", "BS Nursing", "BS Agriculture", "BSIT")
_KZ_FAMILY_M: _T = (
    "Ахметов", "Жумабаев", "Серикбаев", "Нурланов", "Касымов", "Оспанов", "Сулейменов",
    "Абдрахманов", "Искаков", "Бекмуханов", "Тулегенов", "Есенов", "Мухамеджанов", "Жаксылыков",
    "Каримов", "Омаров", "Байжанов", "Смагулов",
)  # fmt: skip
_KZ_GIVEN_M: _T = (
    "Айдар", "Ерлан", "Нурсултан", "Данияр", "Арман", "Бауыржан", "Ержан", "Алихан", "Темирлан",
    "Санжар", "Диас", "Адилет", "Расул", "Мирас", "Ернар", "Азамат",
)  # fmt: skip
_KZ_GIVEN_F: _T = (
    "Айгерим", "Дана", "Жанар", "Асель", "Меруерт", "Алия", "Гульнара", "Аружан", "Томирис",
    "Камила", "Жансая", "Дильназ", "Акбота", "Айзере", "Салтанат", "Динара",
)  # fmt: skip
_KZ_PLACES = (
    ("г. Алматы", "мкр. Самал-2"),
    ("г. Астана", "пр. Кабанбай батыра"),
    ("г. Шымкент", "ул. Байтурсынова"),
    ("г. Караганда", "ул. Ерубаева"),
    ("Алматинская обл., г. Каскелен", "ул. Абылай хана"),
    ("г. Актобе", "мкр. 12"),
)
_KZ_VUZ: _T = ("КазНУ им. аль-Фараби", "ЕНУ им. Л.Н. Гумилева", "КарУ им. Е.А. Букетова", "ЮКУ")
_KZ_OP: _T = ("B057", "B044", "B001", "B086", "B062")
_KZ_GRANT: _T = ("Государственный грант", "Грант акима", "Сельская квота", "Грант Серпін")
_PE_FAMILY: _T = (
    "Quispe", "Mamani", "Huamán", "Flores", "Condori", "Chávez", "Ramírez", "Sánchez", "Apaza",
    "Ccama", "Huanca", "Vásquez", "Rojas", "Mendoza", "Cruz", "Ticona", "Gutiérrez", "Paucar",
    "Choque", "Torres",
)  # fmt: skip
_PE_GIVEN_M: _T = ("Luis", "José", "Jhonatan", "Edwin", "Kevin", "Yordy", "Miguel", "Roly")
_PE_SECOND_M: _T = ("Alberto", "Carlos", "", "Ángel", "Smith", "", "Fernando", "Rubén")
_PE_GIVEN_F: _T = ("Rosa", "Yeny", "Milagros", "Katherine", "Luz", "Nayeli", "Ruth", "Sheyla")
_PE_SECOND_F: _T = ("Elena", "", "Marina", "Lucía", "", "Beatriz", "Noemí", "Yaneth")
_PE_PLACES = (
    ("San Jerónimo", "Cusco"),
    ("Juliaca", "Puno"),
    ("San Juan de Lurigancho", "Lima"),
    ("Huamanga", "Ayacucho"),
    ("Cajamarca", "Cajamarca"),
    ("Castilla", "Piura"),
)
_PE_STREETS: _T = ("Jr. Los Incas", "Av. Túpac Amaru", "Calle Lima", "Psje. Las Flores", "Av. Sol")
_PE_MOD: _T = ("Ordinaria", "EIB", "VRAEM", "Huallaga", "Protección", "FF.AA.")
_NG_SUR: _T = (
    "Okafor", "Adeyemi", "Ibrahim", "Eze", "Bello", "Olawale", "Nwachukwu", "Musa", "Obi",
    "Nwosu", "Okeke", "Chukwu", "Anyanwu", "Okonkwo", "Udeh", "Ezeani", "Igwe", "Onyeka",
    "Nnaji", "Ugwu", "Agu", "Ibe",
)  # fmt: skip
_NG_FIRST_M: _T = (
    "Chinedu", "Oluwaseun", "Abubakar", "Emeka", "Tunde", "Ibrahim", "Samuel", "Obinna",
    "Ikenna", "Chukwudi", "Uchenna", "Kelechi", "Nnamdi", "Ebuka", "Somto", "Daniel",
)  # fmt: skip
_NG_FIRST_F: _T = (
    "Ngozi", "Aisha", "Funmilayo", "Chiamaka", "Blessing", "Zainab", "Temitope", "Adaeze",
    "Chioma", "Nkechi", "Ifeoma", "Ogechi", "Amaka", "Uju", "Ebele", "Precious",
)  # fmt: skip
_NG_OTHER: _T = ("Chukwuemeka", "Adebayo", "Oluwatobi", "Amarachi", "Ifeoma", "Yusuf", "Grace")
_NG_PLACES = (
    ("Awka", "Anambra"),
    ("Nnewi", "Anambra"),
    ("Onitsha", "Anambra"),
    ("Ekwulobia", "Anambra"),
    ("Ihiala", "Anambra"),
)
_NG_STREETS: _T = ("Zik Avenue", "Old Market Road", "Nnamdi Azikiwe Street", "Enugu-Onitsha Rd")
_NG_LGA: _T = ("Awka South", "Nnewi North", "Onitsha North", "Aguata", "Ihiala", "Njikoka")
_NG_INST: _T = ("Nnamdi Azikiwe University", "UNN", "Federal Poly Oko", "Chukwuemeka Odumegwu")
_NG_BANKS: _T = ("First Bank", "UBA", "Access Bank", "Zenith Bank", "GTBank", "Fidelity Bank")


def _d(p: Person, start: int, stop: int) -> int:
    return int(p.bhxh[start:stop])


def _two(p: Person, male: tuple[_T, _T], female: tuple[_T, _T]) -> str:
    """A given name of one or two parts, the second drawn apart from the first."""
    first, second = male if p.male else female
    return f"{_pick(p, first, 1)} {_pick(p, second, 12)}".strip()


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[_d(p, 0, 8) // 13 % len(places)]


def _student_birth(p: Person) -> str:
    """The borrower's child: the borrower's day and month, born 2004 to 2008."""
    return f"{min(p.birth.day, 28):02d}-{p.birth.month:02d}-{2004 + _d(p, 5, 7) % 5}"


def _due(p: Person, c: Col) -> str:
    return _shift_date(p.other_date, 5 + _d(p, 2, 3) % 4).strftime(c.date_format)


def _cedula(p: Person) -> str:
    """A Colombian cédula: 10 digits from 1.000.000.000 for those registered since 2003,
    8 digits before."""
    if p.birth.year >= 1985:
        return f"10{_d(p, 0, 8):08d}"
    return f"{_d(p, 2, 10) % 90_000_000 + 10_000_000}"


def _iin(p: Person) -> str:
    """A Kazakh ИИН (the check digit as blind 65 computes it) from this part's own serial."""
    return _iin_from(p, _d(p, 0, 4))


def _kz_family(p: Person) -> str:
    name = _pick(p, _KZ_FAMILY_M, 2)
    return name if p.male else f"{name}а"


def _kz_patr(p: Person) -> str:
    father = _pick(p, ("Серик", "Ермек", "Болат", "Марат", "Канат", "Нурлан", "Асхат"), 4)
    if _d(p, 3, 4) % 3:
        return f"{father}{'ович' if p.male else 'овна'}"
    return f"{father}{'ұлы' if p.male else 'қызы'}"


def _ph_address(p: Person) -> str:
    brgy, city, prov, _ = _place(p, _PH_PLACES)
    return f"Blk {_d(p, 1, 3) % 40 + 1} Lot {_d(p, 3, 5) % 30 + 1}, {brgy}, {city}, {prov}"


def _kz_address(p: Person) -> str:
    city, street = _place(p, _KZ_PLACES)
    return f"{city}, {street}, д. {_d(p, 1, 3) % 90 + 1}, кв. {_d(p, 4, 7) % 180 + 1}"


def _ng_address(p: Person) -> str:
    town, state = _place(p, _NG_PLACES)
    street = _pick(p, _NG_STREETS, 3)
    return f"No. {_d(p, 2, 4) % 70 + 1}, {street}, {town}, {state} State"


WRITERS_BLIND437: dict[str, Callable[[Person, Col], object]] = {
    "school437": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "class437": lambda p, c: f"{_d(p, 4, 5) % 7 + 6}A{_d(p, 5, 6) % 4 + 1}",
    "parent437": lambda p, c: _other_vn(p, 3, None, p.family),
    "job437": lambda p, c: _pick(p, _VN_JOBS, 4),
    "poor437": lambda p, c: _pick(p, _VN_POOR, 5),
    "poorbook437": lambda p, c: f"{_d(p, 6, 9) % 400 + 1}/HN-{2022 + _d(p, 1, 2) % 4}",
    "parent_phone437": lambda p, c: _other_phone(p, "098"),
    "award437": lambda p, c: _pick(p, _VN_AWARD, 6),
    "mssv437": lambda p, c: f"{21 + _d(p, 0, 1) % 5}{_d(p, 1, 2) % 9 + 1}0{p.bhxh[-5:]}",
    "uniclass437": lambda p, c: f"{_pick(p, ('DHTH', 'DHKT', 'DHDT', 'DHNN'), 2)}{_num(p, 20)}A",
    "faculty437": lambda p, c: _pick(p, _VN_FACULTY, 3),
    "policy437": lambda p, c: _pick(p, _VN_POLICY, 4),
    "rate437": lambda p, c: _pick(p, _VN_RATE, 4),
    "tuition437": lambda p, c: f"{(_d(p, 3, 4) % 4 + 7) * 1_000_000 // 2:,}".replace(",", "."),
    "term437": lambda p, c: _pick(p, ("HK1 2026-2027", "HK2 2025-2026", "HK1 2026-2027"), 5),
    "group437": lambda p, c: f"Tổ {_d(p, 7, 8) % 9 + 1} - {_pick(p, _VN_VILLAGES, 2)}",
    "group_head437": lambda p, c: _other_vn(p, 8),
    "student437": lambda p, c: _other_vn(p, 2, None, p.family),
    "student_birth437": lambda p, c: _student_birth(p),
    "loan_school437": lambda p, c: _pick(p, _VN_LOAN_SCHOOLS, 3),
    "loan_policy437": lambda p, c: _pick(p, _VN_LOAN_POLICY, 4),
    "loan437": lambda p, c: f"{(_d(p, 2, 4) % 5 + 2) * 20_000_000:,}".replace(",", "."),
    "contract437": lambda p, c: f"{p.bhxh[-7:]}/KU-HSSV",
    "due437": _due,
    "dossier437": lambda p, c: f"HB{2026}-{p.bhxh[-4:]}",
    "sp_school437": lambda p, c: _pick(p, _VN_SP_SCHOOLS, 2),
    "major437": lambda p, c: _pick(p, _VN_MAJORS, 3),
    "gpa437": lambda p, c: f"{(_d(p, 4, 7) % 120 + 280) / 100:.2f}".replace(".", ","),
    "fund437": lambda p, c: _pick(p, _VN_FUNDS, 4),
    "sp_amount437": lambda p, c: _pick(p, ("10.000.000", "15.000.000", "20.000.000"), 5),
    "mentor437": lambda p, c: _other_vn(p, 6),
    "doctype_co437": lambda p, c: "CC",
    "cedula_co437": lambda p, c: _cedula(p),
    "co_fam437": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "co_fam2_437": lambda p, c: _pick(p, _CO_FAMILY2, 3),
    "co_given437": lambda p, c: _two(p, (_CO_GIVEN_M, _CO_SECOND_M), (_CO_GIVEN_F, _CO_SECOND_F)),
    "sex_co437": lambda p, c: "Masculino" if p.male else "Femenino",
    "street_co437": lambda p, c: (
        f"{_pick(p, ('Calle', 'Carrera', 'Cra.', 'Diagonal', 'Transversal'), 4)}"
        f" {_d(p, 1, 3) + 1} # {_d(p, 3, 5) + 1}-{_d(p, 5, 7) % 90 + 1}"
    ),
    "muni_co437": lambda p, c: _place(p, _CO_PLACES)[0],
    "dept_co437": lambda p, c: _place(p, _CO_PLACES)[1],
    "phone_co437": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "ies_co437": lambda p, c: _pick(p, _CO_IES, 5),
    "prog_co437": lambda p, c: _pick(p, _CO_PROG, 6),
    "linea_co437": lambda p, c: _pick(p, _CO_LINEA, 7),
    "codebtor_co437": lambda p, c: (
        f"{_pick(p, _CO_GIVEN_F + _CO_GIVEN_M, 8)} {_pick(p, _CO_FAMILY, 2)}"
    ),
    "codebtor_id_co437": lambda p, c: f"{p.bhxh[::-1][:8].lstrip('0') or '1'}",
    "estado_co437": lambda p, c: _pick(p, ("Legalizado", "En estudios", "En amortización"), 9),
    "award_ph437": lambda p, c: f"TES-2026-{p.bhxh[-6:]}",
    "sid_ph437": lambda p, c: f"2026-{p.bhxh[:5]}-MN-0",
    "lrn_ph437": lambda p, c: f"1{p.bhxh[:5]}{p.bhxh[5:]}0"[:12],
    "ph_fam437": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given437": lambda p, c: _two(p, (_PH_GIVEN_M, _PH_SECOND_M), (_PH_GIVEN_F, _PH_SECOND_F)),
    "ph_mid437": lambda p, c: _pick(p, _PH_MID, 3),
    "sex_ph437": lambda p, c: "M" if p.male else "F",
    "addr_ph437": lambda p, c: _ph_address(p),
    "zip_ph437": lambda p, c: _place(p, _PH_PLACES)[3],
    "phone_ph437": lambda p, c: f"09{p.phone[2:4]}{p.phone[4:7]}{p.phone[7:10]}{p.bhxh[-1]}",
    "hei_ph437": lambda p, c: _pick(p, _PH_HEI, 4),
    "prog_ph437": lambda p, c: _pick(p, _PH_PROG, 5),
    "year_ph437": lambda p, c: _pick(p, ("1st Year", "2nd Year", "3rd Year", "4th Year"), 6),
    "hh_ph437": lambda p, c: f"{_d(p, 0, 3)}-{p.bhxh[3:7]}-{p.national_id[:4]}",
    "pcn_ph437": lambda p, c: (
        f"{p.bhxh[:4]}-{p.bhxh[4:8]}-{p.bhxh[8:]}{p.national_id[:2]}-{p.national_id[2:6]}"
    ),
    "amt_ph437": lambda p, c: "20,000.00",
    "iin_kz437": lambda p, c: _iin(p),
    "kz_fam437": lambda p, c: _kz_family(p),
    "kz_given437": lambda p, c: _by_sex(p, _KZ_GIVEN_M, _KZ_GIVEN_F, 1),
    "kz_patr437": lambda p, c: _kz_patr(p),
    "sex_kz437": lambda p, c: "муж." if p.male else "жен.",
    "ent_kz437": lambda p, c: str(_d(p, 4, 7) % 60 + 80),
    "op_kz437": lambda p, c: _pick(p, _KZ_OP, 3),
    "vuz_kz437": lambda p, c: _pick(p, _KZ_VUZ, 5),
    "grant_kz437": lambda p, c: _pick(p, _KZ_GRANT, 6),
    "addr_kz437": lambda p, c: _kz_address(p),
    "phone_kz437": lambda p, c: (
        f"+7 (70{p.phone[2]}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"
    ),
    "cert_kz437": lambda p, c: f"{p.bhxh[2:9]}",
    "dni_pe437": lambda p, c: f"{_d(p, 2, 10) % 70_000_000 + 10_000_000}",
    "pe_pat437": lambda p, c: _pick(p, _PE_FAMILY, 2),
    "pe_mat437": lambda p, c: _pick(p, _PE_FAMILY, 3),
    "pe_given437": lambda p, c: _two(p, (_PE_GIVEN_M, _PE_SECOND_M), (_PE_GIVEN_F, _PE_SECOND_F)),
    "sex_pe437": lambda p, c: "M" if p.male else "F",
    "mod_pe437": lambda p, c: _pick(p, _PE_MOD, 4),
    "street_pe437": lambda p, c: f"{_pick(p, _PE_STREETS, 5)} {_d(p, 2, 5) % 900 + 100}",
    "dist_pe437": lambda p, c: _place(p, _PE_PLACES)[0],
    "dep_pe437": lambda p, c: _place(p, _PE_PLACES)[1],
    "phone_pe437": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ies_pe437": lambda p, c: _pick(p, ("UNSAAC", "UNA Puno", "PUCP", "UNI", "SENATI"), 6),
    "car_pe437": lambda p, c: _pick(p, ("Ingeniería Civil", "Enfermería", "Educación"), 7),
    "apod_pe437": lambda p, c: (
        f"{_pick(p, _PE_FAMILY, 2)} {_pick(p, _PE_FAMILY, 8)}, {_pick(p, _PE_GIVEN_F, 9)}"
    ),
    "apod_dni_pe437": lambda p, c: f"{_d(p, 0, 8) % 30_000_000 + 20_000_000}",
    "sit_pe437": lambda p, c: _pick(p, ("Becario", "Becario", "Suspendido", "Egresado"), 8),
    "nin_ng437": lambda p, c: f"{_d(p, 0, 1) % 9 + 1}{p.bhxh[1:]}{p.national_id[-1]}",
    "ng_sur437": lambda p, c: _pick(p, _NG_SUR, 2),
    "ng_first437": lambda p, c: _by_sex(p, _NG_FIRST_M, _NG_FIRST_F, 1),
    "ng_other437": lambda p, c: _pick(p, _NG_OTHER, 3),
    "sex_ng437": lambda p, c: "Male" if p.male else "Female",
    "lga_ng437": lambda p, c: _pick(p, _NG_LGA, 4),
    "addr_ng437": lambda p, c: _ng_address(p),
    "phone_ng437": lambda p, c: (
        f"{_pick(p, ('080', '081', '070', '090', '091'), 5)}{p.phone[2]}{p.phone[3:10]}"
    ),
    "inst_ng437": lambda p, c: _pick(p, _NG_INST, 6),
    "course_ng437": lambda p, c: _pick(p, ("Medicine", "Law", "Accountancy", "Civil Eng."), 7),
    "level_ng437": lambda p, c: _pick(p, ("100L", "200L", "300L", "400L", "500L"), 8),
    "matric_ng437": lambda p, c: f"20{_d(p, 0, 2) % 6 + 20}/{p.bhxh[2:8]}",
    "bank_ng437": lambda p, c: _pick(p, _NG_BANKS, 9),
    "acct_ng437": lambda p, c: p.bhxh[::-1],
    "amt_ng437": lambda p, c: _pick(p, ("50,000", "100,000", "75,000"), 10),
}
