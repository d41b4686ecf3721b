"""How the people of the four-hundred-and-forty-seventh part of the outside corpus (**blind 447**,
:mod:`lienthong.quality._corpus_blind447`) are written: four Vietnamese university files' own
columns (graduates with their thesis supervisors, an alumni association's members with their
employers, a dormitory's residents with rooms and guardians, students on academic probation) and
German, Brazilian, Korean (romanised), Kazakh and Ghanaian students' names, addresses, phones and
numbers in the forms their papers show (the CPF with its two mod-11 digits, the Korean resident
registration number, the Kazakh IIN with its mod-11 digit, the Ghana Card PIN)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind65_writers import _iin
from lienthong.quality._corpus_blind112_writers import _rrn_masked
from lienthong.quality._corpus_blind206_writers import _cpf
from lienthong.quality._corpus_blind404_writers import _gh_card
from lienthong.quality._corpus_blind442_writers import _row

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _words(text: str) -> _T:
    return tuple(text.split())


_VN_MAJOR = (
    ("Kế toán", "KT"),
    ("Công nghệ thông tin", "CNTT"),
    ("Quản trị kinh doanh", "QTKD"),
    ("Ngôn ngữ Anh", "NNA"),
    ("Kỹ thuật xây dựng", "KTXD"),
    ("Luật kinh tế", "LKT"),
)
_VN_TOPIC = (
    "Phân tích tình hình tài chính tại Công ty CP",
    "Xây dựng hệ thống quản lý bán hàng trên nền web",
    "Giải pháp nâng cao sự hài lòng của khách hàng tại",
    "Ứng dụng học máy trong dự báo phụ tải điện",
    "Hoàn thiện công tác kế toán tiền lương tại",
    "Pháp luật về hợp đồng thương mại điện tử",
)
_VN_TITLE = ("ThS.", "TS.", "PGS.TS.", "ThS.", "TS.")
_VN_EMPLOYER = (
    ("Ngân hàng TMCP Ngoại thương Việt Nam", "198 Trần Quang Khải, Hoàn Kiếm, Hà Nội"),
    ("Tập đoàn Viettel", "Lô D26 Khu đô thị mới Cầu Giấy, Hà Nội"),
    ("Công ty TNHH Samsung Electronics Việt Nam", "KCN Yên Phong I, Bắc Ninh"),
    ("UBND tỉnh Nghệ An", "Số 3 Trường Thi, TP Vinh, Nghệ An"),
    ("Công ty CP FPT", "17 Duy Tân, Cầu Giấy, Hà Nội"),
    ("Trường THPT Phan Bội Châu", "Số 48 Lê Hồng Phong, Vinh, Nghệ An"),
    ("Tự do / kinh doanh", ""),
)
_VN_INCOME = ("Dưới 5 triệu", "5-10 triệu", "10-15 triệu", "Trên 15 triệu")
_VN_POST = ("Nhân viên", "Trưởng phòng", "Phó giám đốc", "Chuyên viên", "Giáo viên", "Kỹ sư")
_VN_BLOCK = ("A1", "A2", "B3", "B5", "C1", "K2")
_VN_REL = ("Bố", "Mẹ", "Anh trai", "Chị gái", "Ông nội")
_VN_LEVEL = ("Cảnh báo mức 1", "Cảnh báo mức 2", "Cảnh báo mức 3", "Buộc thôi học")
_VN_STREET = (
    "Nguyễn Trãi",
    "Lê Lợi",
    "Trần Phú",
    "Hùng Vương",
    "Quang Trung",
    "Lý Thường Kiệt",
    "Hai Bà Trưng",
    "Phan Đình Phùng",
)
_VN_PLACE = (
    ("phường Hà Đông", "TP Hà Nội"),
    ("xã Diễn Châu", "tỉnh Nghệ An"),
    ("phường Hạc Thành", "tỉnh Thanh Hóa"),
    ("xã Kiến Xương", "tỉnh Hưng Yên"),
    ("phường Vinh Phú", "tỉnh Nghệ An"),
    ("xã Hải Hậu", "tỉnh Ninh Bình"),
    ("phường Thuận Hóa", "TP Huế"),
)


def _vn_home(p: Person) -> str:
    ward, prov = _row(p, _VN_PLACE, 1)
    return f"Số {_num(p, 250)} {_pick(p, _VN_STREET, 2)}, {ward}, {prov}"


def _vn_mssv(p: Person) -> str:
    return f"{_row(p, _VN_MAJOR, 3)[1]}{p.bhxh[-6:]}"


def _gpa(p: Person, salt: int, low: int, high: int) -> str:
    v = low + int(p.bhxh[salt : salt + 3]) % (high - low)
    return f"{v / 100:.2f}".replace(".", ",")


_DE_FAMILY: _T = _words(
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
    "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann"
)
_DE_GIVEN_M: _T = _words("Lukas Jonas Leon Felix Maximilian Paul Tim Jannik Moritz Niklas Ben Jan")
_DE_GIVEN_F: _T = _words("Anna Lena Laura Sophie Marie Julia Lea Hannah Clara Johanna Mia Lisa")
_DE_STREET: _T = (
    "Hauptstraße",
    "Bahnhofstraße",
    "Lindenweg",
    "Goethestraße",
    "Schillerplatz",
    "Am Mühlbach",
    "Gartenstraße",
    "Uferstraße",
)
_DE_TOWN = (("Heidelberg", "691"), ("Mannheim", "681"), ("Tübingen", "720"), ("Freiburg", "791"))
_DE_SUBJECT = ("Informatik (B.Sc.)", "Rechtswissenschaft (Staatsexamen)", "Medizin", "BWL (B.A.)")
_DE_KK = ("TK", "AOK Baden-Württemberg", "Barmer", "DAK-Gesundheit", "privat versichert")
_DE_BORN = ("Stuttgart", "Berlin", "Köln", "Wien", "Dresden", "Ankara", "Hanoi", "Karlsruhe")

_BR_FAMILY: _T = _words(
    "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro"
)
_BR_GIVEN_M: _T = _words("João Pedro Lucas Gabriel Matheus Rafael Gustavo Felipe Bruno Thiago")
_BR_GIVEN_F: _T = _words("Ana Maria Juliana Beatriz Larissa Camila Fernanda Letícia Amanda Bruna")
_BR_CITY = (
    ("Belo Horizonte", "MG", "30"),
    ("Campinas", "SP", "13"),
    ("Recife", "PE", "50"),
    ("Porto Alegre", "RS", "90"),
    ("Salvador", "BA", "40"),
)
_BR_RUA = (
    "Rua das Flores",
    "Av. Brasil",
    "Rua São João",
    "Rua XV de Novembro",
    "Av. Getúlio Vargas",
)
_BR_IES = ("UFMG", "UNICAMP", "UFPE", "PUCRS", "UFBA")
_BR_SIT = ("Presente", "Presente", "Ausente", "Dispensado", "Presente")

_KR_FAMILY: _T = _words("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin")
_KR_GIVEN_M: _T = _words("Minjun Seojun Doyun Jiho Hyunwoo Junseo Sungmin Taeyang Jaehyun Woojin")
_KR_GIVEN_F: _T = _words("Seoyeon Jiwoo Haeun Minseo Yuna Soyeon Jiyoung Eunji Sujin Dahye")
_KR_PARENT: _T = _words("Youngsoo Sungho Jongmin Kwangho Sangwoo Dongsu Myungho Jaeseok Byungchul")
_KR_ADDR = (
    ("Seoul-si", "Gwanak-gu", "Gwanak-ro"),
    ("Seoul-si", "Seodaemun-gu", "Yonsei-ro"),
    ("Busan-si", "Geumjeong-gu", "Busandaehak-ro"),
    ("Daejeon-si", "Yuseong-gu", "Daehak-ro"),
    ("Gyeonggi-do Suwon-si", "Jangan-gu", "Seobu-ro"),
)
_KR_DEPT = ("Gyeongyeonghakgwa", "Keompyuteogonghakgwa", "Yeongeoyeongmunhakgwa", "Ganhohakgwa")

_KZ_FAMILY: _T = _words(
    "Әбенов Серікбаев Жұмабаев Нұрланов Қасымов Оспанов Тоқтаров Сейітов Бекмұратов Ахметов"
)
_KZ_GIVEN_M: _T = _words("Ерлан Нұрсұлтан Әлібек Данияр Ержан Бауыржан Асқар Мұрат Айдос Ерасыл")
_KZ_GIVEN_F: _T = _words("Айгүл Әсел Жансая Гүлназ Мөлдір Аружан Дана Інкәр Толғанай Ақбота")
_KZ_PATR_M: _T = _words("Серікұлы Нұрланұлы Ержанұлы Асқарұлы Мұратұлы Болатұлы")
_KZ_PATR_F: _T = _words("Серікқызы Нұрланқызы Ержанқызы Асқарқызы Мұратқызы Болатқызы")
_KZ_CITY = (
    ("Алматы қ.", "Әл-Фараби даңғылы"),
    ("Астана қ.", "Қабанбай батыр даңғылы"),
    ("Шымкент қ.", "Тәуке хан даңғылы"),
    ("Қарағанды қ.", "Бұқар жырау даңғылы"),
    ("Ақтөбе қ.", "Абай даңғылы"),
)
_KZ_FAC = ("Ақпараттық технологиялар", "Филология", "Экономика", "Құқық", "Химия")

_GH_FAMILY: _T = _words(
    "Mensah Owusu Boateng Asante Osei Agyeman Appiah Ofori Darko Amoah Badu Quaye"
)
_GH_GIVEN_M: _T = _words("Kwame Kofi Kwabena Yaw Kojo Kwaku Kwesi Kwadwo Nana Fiifi")
_GH_GIVEN_F: _T = _words("Ama Akosua Abena Efua Adwoa Yaa Afia Akua Esi Araba")
_GH_SECOND_M: _T = _words("Emmanuel Samuel Isaac Daniel Joseph Prince Richmond Ebenezer")
_GH_SECOND_F: _T = _words("Priscilla Gifty Mavis Esther Comfort Abigail Vida Rita")
_GH_AREA = (
    ("East Legon", "Accra", "Greater Accra", "GA"),
    ("Adenta", "Adenta", "Greater Accra", "GD"),
    ("Ayeduase", "Kumasi", "Ashanti", "AK"),
    ("Bantama", "Kumasi", "Ashanti", "AK"),
    ("Amamoma", "Cape Coast", "Central", "CC"),
    ("Sokode", "Ho", "Volta", "VH"),
)
_GH_PROG = ("BSc. Computer Science", "BA. Economics", "BSc. Nursing", "LLB", "BSc. Agriculture")
_GH_HALL = ("Commonwealth Hall", "Volta Hall", "Unity Hall", "Casford Hall", "Non-resident")


def _de_town(p: Person) -> _T:
    return _row(p, _DE_TOWN, 4)


def _br_city(p: Person) -> _T:
    return _row(p, _BR_CITY, 5)


def _kr_addr(p: Person) -> str:
    si, gu, ro = _row(p, _KR_ADDR, 6)
    return f"{si} {gu} {ro} {_num(p, 180)}, {_num(p, 12)}0{_num(p, 9)}-ho"


def _kz_addr(p: Person) -> str:
    city, street = _row(p, _KZ_CITY, 7)
    return f"{city}, {street}, {_num(p, 230)}-үй, {_num(p, 140)}-пәтер"


def _gh_area(p: Person) -> _T:
    return _row(p, _GH_AREA, 8)


def _gh_addr(p: Person) -> str:
    area, town, _, code = _gh_area(p)
    return f"H/No. {_num(p, 90)}, {area}, {town} ({code}-{p.bhxh[::-1][1:4]}-{p.bhxh[::-1][4:8]})"


WRITERS_BLIND447: dict[str, Callable[[Person, Col], object]] = {
    # graduates and their supervisors
    "mssv447": lambda p, c: _vn_mssv(p),
    "lop447": lambda p, c: f"{_row(p, _VN_MAJOR, 3)[1]}{_pick(p, ('K62', 'K63', 'K64'), 9)}",
    "topic447": lambda p, c: _pick(p, _VN_TOPIC, 10),
    "gvhd447": lambda p, c: f"{_pick(p, _VN_TITLE, 11)} {_other_vn(p, 12)}",
    "gvhd_phone447": lambda p, c: _other_phone(p, "0912"),
    "credits447": lambda p, c: str(110 + _num(p, 30)),
    "mark447": lambda p, c: f"{6 + _num(p, 40) / 10:.1f}".replace(".", ","),
    "decision447": lambda p, c: f"{_num(p, 900)}/QĐ-ĐHV",
    # graduates' employment survey
    "major447": lambda p, c: _row(p, _VN_MAJOR, 3)[0],
    "gradyear447": lambda p, c: _pick(p, ("2024", "2025", "2025"), 53),
    "income447": lambda p, c: _pick(p, _VN_INCOME, 54),
    "fit447": lambda p, c: _pick(p, ("Đúng ngành", "Liên quan", "Không liên quan"), 55),
    "months447": lambda p, c: _pick(p, ("< 3 tháng", "3-6 tháng", "6-12 tháng", "Chưa có"), 56),
    "sector447": lambda p, c: _pick(p, ("Nhà nước", "Tư nhân", "FDI", "Tự tạo việc làm"), 57),
    "employer447": lambda p, c: _row(p, _VN_EMPLOYER, 14)[0],
    "post447": lambda p, c: _pick(p, _VN_POST, 15),
    "workaddr447": lambda p, c: _row(p, _VN_EMPLOYER, 14)[1],
    "home447": lambda p, c: _vn_home(p),
    # dormitory
    "block447": lambda p, c: f"Nhà {_pick(p, _VN_BLOCK, 16)}",
    "room447": lambda p, c: f"{_num(p, 5)}{_num(p, 24):02d}",
    "bed447": lambda p, c: f"G{_num(p, 8)}",
    "guardian447": lambda p, c: f"{_pick(p, _VN_REL, 17)}: {_other_vn(p, 18, family=p.family)}",
    "gphone447": lambda p, c: _other_phone(p, "09"),
    "fee447": lambda p, c: f"{_pick(p, ('350.000', '450.000', '800.000', '1.200.000'), 19)}",
    # academic probation
    "gpa_term447": lambda p, c: _gpa(p, 1, 20, 180),
    "gpa_cum447": lambda p, c: _gpa(p, 4, 90, 200),
    "debt447": lambda p, c: str(_num(p, 30) + 8),
    "level447": lambda p, c: _pick(p, _VN_LEVEL, 20),
    "mail447": lambda p, c: f"{_vn_mssv(p).lower()}@st.vinhuni.edu.vn",
    # Germany
    "de_family447": lambda p, c: _pick(p, _DE_FAMILY, 21),
    "de_given447": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 22),
    "de_matr447": lambda p, c: f"{3_600_000 + int(p.bhxh[-6:])}",
    "de_born447": lambda p, c: _pick(p, _DE_BORN, 23),
    "de_street447": lambda p, c: f"{_pick(p, _DE_STREET, 24)} {_num(p, 120)}",
    "de_plz447": lambda p, c: f"{_de_town(p)[1]}{_num(p, 99):02d}",
    "de_town447": lambda p, c: _de_town(p)[0],
    "de_phone447": lambda p, c: f"+49 1{_pick(p, ('51', '60', '70', '76'), 25)} {p.phone[2:10]}",
    "de_mail447": lambda p, c: (
        f"{_by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 22).lower()}.{p.bhxh[-4:]}@stud.uni-hd.de"
    ),
    "de_subject447": lambda p, c: _pick(p, _DE_SUBJECT, 26),
    "de_sem447": lambda p, c: str(_num(p, 12)),
    "de_kk447": lambda p, c: _pick(p, _DE_KK, 27),
    # Brazil
    "br_name447": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 28)} {_pick(p, _BR_FAMILY, 29)}"
        f" {_pick(p, _BR_FAMILY, 30)}"
    ),
    "br_cpf447": lambda p, c: _cpf(p),
    "sex_br447": lambda p, c: "M" if p.male else "F",
    "br_rua447": lambda p, c: f"{_pick(p, _BR_RUA, 31)}, {_num(p, 2000)}",
    "br_city447": lambda p, c: _br_city(p)[0],
    "br_uf447": lambda p, c: _br_city(p)[1],
    "br_cep447": lambda p, c: f"{_br_city(p)[2]}{p.bhxh[2:5]}-{p.bhxh[5:8]}",
    "br_phone447": lambda p, c: (
        f"({_pick(p, ('31', '19', '81', '51'), 32)}) 9{p.phone[3:7]}-{p.phone[7:10]}0"
    ),
    "br_ies447": lambda p, c: _pick(p, _BR_IES, 33),
    "br_insc447": lambda p, c: f"ENADE2026{p.bhxh[-7:]}",
    "br_sit447": lambda p, c: _pick(p, _BR_SIT, 34),
    # Korea (romanised)
    "kr_name447": lambda p, c: (
        f"{_pick(p, _KR_FAMILY, 35)} {_by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 36)}"
    ),
    "kr_rrn447": lambda p, c: _rrn_masked(p),
    "sex_kr447": lambda p, c: "Nam" if p.male else "Yeo",
    "kr_hakbeon447": lambda p, c: f"20{_num(p, 26):02d}{p.bhxh[-6:]}",
    "kr_dept447": lambda p, c: _pick(p, _KR_DEPT, 37),
    "kr_addr447": lambda p, c: _kr_addr(p),
    "kr_phone447": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_parent447": lambda p, c: f"{_pick(p, _KR_FAMILY, 35)} {_pick(p, _KR_PARENT, 38)}",
    "kr_pphone447": lambda p, c: f"010-{p.bhxh[:4]}-{p.bhxh[4:8]}",
    # Kazakhstan
    "kz_family447": lambda p, c: (
        _pick(p, _KZ_FAMILY, 39) if p.male else f"{_pick(p, _KZ_FAMILY, 39)}а"
    ),
    "kz_given447": lambda p, c: _by_sex(p, _KZ_GIVEN_M, _KZ_GIVEN_F, 40),
    "kz_patr447": lambda p, c: _by_sex(p, _KZ_PATR_M, _KZ_PATR_F, 41),
    "kz_iin447": lambda p, c: _iin(p),
    "sex_kz447": lambda p, c: "ер" if p.male else "әйел",
    "kz_addr447": lambda p, c: _kz_addr(p),
    "kz_phone447": lambda p, c: (
        f"+7 (70{p.phone[2]}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"
    ),
    "kz_fac447": lambda p, c: _pick(p, _KZ_FAC, 42),
    "kz_course447": lambda p, c: f"{_num(p, 4)}-курс",
    "kz_grant447": lambda p, c: _pick(p, ("мемлекеттік грант", "ақылы", "ақылы"), 43),
    # Ghana
    "gh_family447": lambda p, c: _pick(p, _GH_FAMILY, 44),
    "gh_given447": lambda p, c: (
        f"{_by_sex(p, _GH_SECOND_M, _GH_SECOND_F, 45)} {_by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 46)}"
    ),
    "sex_gh447": lambda p, c: "M" if p.male else "F",
    "gh_card447": lambda p, c: _gh_card(p),
    "gh_index447": lambda p, c: f"{_pick(p, ('10', '20', '30'), 47)}{p.bhxh[-6:]}",
    "gh_addr447": lambda p, c: _gh_addr(p),
    "gh_region447": lambda p, c: _gh_area(p)[2],
    "gh_phone447": lambda p, c: (
        f"0{_pick(p, ('24', '54', '20', '55', '27'), 48)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "gh_guardian447": lambda p, c: f"{_pick(p, _GH_FAMILY, 44)} {_pick(p, _GH_GIVEN_M, 49)}",
    "gh_prog447": lambda p, c: _pick(p, _GH_PROG, 50),
    "gh_hall447": lambda p, c: _pick(p, _GH_HALL, 51),
    "gh_level447": lambda p, c: _pick(p, ("100", "200", "300", "400"), 52),
    "valid447": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "kz_valid447": lambda p, c: f"{_shift_date(p.other_date, 4):%d.%m.%Y}",
}

__all__ = ["WRITERS_BLIND447"]
