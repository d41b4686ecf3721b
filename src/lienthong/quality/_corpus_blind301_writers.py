"""How the people of the three-hundred-and-first part of the outside corpus (**blind 301**,
:mod:`lienthong.quality._corpus_blind301`) are written: four Vietnamese school and university
files' own columns (a class list's pupil code and parents, a student card's faculty and bank
account, an entrance assessment's room and scores, a boarding house's room and fee) and pupils
and students of South Korea, Brazil, Kenya, Germany and the Philippines in the forms their
registers show (the Korean resident registration number with its weighted mod-11 check digit,
the Brazilian CPF with its two check digits, the Kenyan eight-digit id, the DepEd learner
reference number, names written last name first)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind112_writers import _KR_FAMILY
from lienthong.quality._corpus_blind117_writers import _PH_FAMILY, _PH_MIDDLE
from lienthong.quality._corpus_blind206_writers import _cpf, _digits, _mod11, _nis

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Hoa", "Khmer", "Nùng")
_VN_BORN = ("Hà Nội", "Nam Định", "Thanh Hóa", "Nghệ An", "TP. Hồ Chí Minh", "Đồng Nai", "Huế")
_VN_STATUS = ("Đang học", "Đang học", "Đang học", "Chuyển đến", "Chuyển đi", "Nghỉ học")
_VN_FACULTY = ("Khoa CNTT", "Viện Kinh tế & Quản lý", "Khoa Ngoại ngữ", "Khoa Cơ khí", "Khoa Luật")
_VN_MODE = ("Chính quy", "Chính quy", "Chính quy", "CLC", "Liên thông", "VLVH")
_VN_BRANCH = ("BIDV CN Sở Giao dịch 1", "Vietinbank CN Đống Đa", "Agribank CN Láng Hạ")
_VN_PRIMARY = ("TH Nguyễn Du", "TH Kim Đồng", "TH Lê Văn Tám", "TH Chu Văn An", "TH Hòa Bình")
_VN_RESULT = ("Trúng tuyển", "Không trúng tuyển", "Không trúng tuyển", "Dự bị", "Vắng")
_VN_GIFTED = ("10 Toán", "10 Lý", "11 Hóa", "11 Anh", "12 Văn", "12 Tin", "10 Sinh")
_VN_RELATION_M = ("Bố", "Bố", "Bố", "Ông", "Chú")
_VN_RELATION_F = ("Mẹ", "Mẹ", "Mẹ", "Bà", "Cô ruột")

# -- South Korea -----------------------------------------------------------------------------------
_KR_GIVEN_M301 = ("민준", "서준", "도윤", "지호", "현우", "준서", "건우", "우진")
_KR_GIVEN_F301 = ("서연", "지우", "수아", "하은", "민서", "예은", "지민", "채원")
#: (college, major, code)
_KR_MAJORS = (
    ("공과대학", "기계공학부", "12"),
    ("공과대학", "전자공학과", "13"),
    ("인문대학", "국어국문학과", "21"),
    ("자연과학대학", "화학과", "31"),
    ("경영대학", "경영학과", "41"),
    ("사범대학", "영어교육과", "51"),
)
#: (province, city, road, postcode lead)
_KR_HOMES = (
    ("경상남도", "창원시 성산구", "중앙대로", "515"),
    ("전라남도", "순천시", "연향번영길", "579"),
    ("강원특별자치도", "원주시", "단구로", "263"),
    ("충청북도", "청주시 상당구", "상당로", "286"),
    ("경상북도", "포항시 북구", "중흥로", "376"),
    ("제주특별자치도", "제주시", "연북로", "632"),
)
_KR_APTS = ("푸르지오아파트", "e편한세상", "주공아파트", "한신아파트", "래미안")
_KR_REL = ("부", "모", "모", "부", "조모", "형")
_KR_PAID = ("납부완료", "납부완료", "납부완료", "미납", "분할납부")

# -- Brazil ----------------------------------------------------------------------------------------
_BR_GIVEN_M301 = ("Miguel", "Arthur", "Davi Lucca", "Gabriel", "Enzo", "Pedro Henrique", "Kauã")
_BR_GIVEN_F301 = ("Maria Eduarda", "Ana Júlia", "Yasmin", "Larissa", "Vitória", "Isabelly")
_BR_FAMILY301 = ("da Silva Santos", "Souza", "Oliveira Costa", "Pereira", "Nascimento", "Lima")
_BR_PARENT = ("Maria José", "Francisca", "Antônio Carlos", "Rosângela", "Edvaldo", "Cleide")
#: (city, neighbourhood, street, CEP, INEP code, school)
_BR_SCHOOLS = (
    (
        "Fortaleza",
        "Messejana",
        "Rua Padre Pedro de Alencar",
        "60840",
        "23064188",
        "EEM Adauto Bezerra",
    ),
    ("Caucaia", "Jurema", "Rua Dom Almeida Lustosa", "61645", "23217502", "EEMTI Jurema"),
    ("Maracanaú", "Jereissati I", "Rua 18", "61900", "23086319", "EEEP Maracanaú"),
    ("Sobral", "Sumaré", "Av. John Sanford", "62058", "23035625", "EEM Dom José"),
    ("Juazeiro do Norte", "Pirajá", "Rua São Pedro", "63034", "23142456", "EEM Gov. Adauto"),
)
_BR_GRADE = ("1ª série EM", "2ª série EM", "3ª série EM", "EJA Médio")
_BR_SHIFT = ("Manhã", "Tarde", "Integral", "Noite")
_BR_STATUS = ("Elegível", "Elegível", "Parcela paga", "Bloqueado - frequência", "Em análise")

# -- Kenya -----------------------------------------------------------------------------------------
_KE_FAMILY301 = ("Kiprotich", "Wanjiru", "Omondi", "Chebet", "Mutiso", "Achieng", "Kariuki")
_KE_GIVEN_M301 = ("Brian", "Ian", "Dennis", "Emmanuel", "Kelvin", "Felix", "Victor")
_KE_GIVEN_F301 = ("Sharon", "Mercy", "Diana", "Cynthia", "Winnie", "Lilian", "Joy")
#: (county, sub-county)
_KE_AREAS = (
    ("Uasin Gishu", "Turbo"),
    ("Nandi", "Mosop"),
    ("Kakamega", "Lurambi"),
    ("Bungoma", "Kanduyi"),
    ("Trans Nzoia", "Kiminini"),
    ("Elgeyo Marakwet", "Keiyo North"),
)
_KE_COURSES = (
    "Diploma in Electrical Engineering (Power)",
    "Diploma in ICT",
    "Certificate in Plumbing",
    "Diploma in Food & Beverage",
    "Artisan in Motor Vehicle Mechanics",
    "Diploma in Accountancy (KASNEB)",
)
_KE_GRADES = ("C+", "C", "C-", "D+", "B-", "C")
_KE_REL = ("Father", "Mother", "Mother", "Guardian", "Uncle", "Brother")
_KE_PREFIX = ("0712", "0722", "0723", "0741", "0757", "0768", "0110", "0796")

# -- Germany ---------------------------------------------------------------------------------------
_DE_FAMILY301 = ("Schmitz", "Klein", "Wagner", "Yilmaz", "Becker", "Krämer", "Nowak", "Hoffmann")
_DE_GIVEN_M301 = ("Noah", "Ben", "Emil", "Mats Luca", "Elias", "Yusuf", "Paul")
_DE_GIVEN_F301 = ("Emilia", "Mia Sophie", "Hanna", "Lina", "Ella", "Elif", "Clara Marie")
_DE_PARENT = ("Sandra", "Katharina", "Markus", "Julia", "Daniel", "Ayse", "Christina")
#: (town, postcode, street)
_DE_TOWNS = (
    ("Siegburg", "53721", "Kaiserstraße"),
    ("Troisdorf", "53840", "Kölner Straße"),
    ("Sankt Augustin", "53757", "Hauptstraße"),
    ("Hennef (Sieg)", "53773", "Frankfurter Straße"),
    ("Lohmar", "53797", "Bachstraße"),
    ("Königswinter", "53639", "Drachenfelsstraße"),
)
_DE_BORN = ("Siegburg", "Bonn", "Köln", "Troisdorf", "Kabul", "Aleppo", "Bonn")
_DE_NATION = ("deutsch", "deutsch", "deutsch", "türkisch", "deutsch/polnisch", "syrisch")
_DE_KITA = ("Kita Regenbogen", "Ev. Kita Arche", "Kath. Kita St. Anno", "AWO Kita Sonnenschein")
_DE_LANGUAGE = ("nein", "nein", "nein", "ja", "ja (DaZ)")
_DE_RELIGION = ("kath.", "ev.", "PP (Praktische Philosophie)", "islam.", "kath.")
_DE_NOTE = ("", "", "Geschwisterkind", "Antrag OGS", "Zurückstellung geprüft", "")

# -- Philippines -----------------------------------------------------------------------------------
_PH_GIVEN_M301 = ("Juan Miguel", "John Lloyd", "Prince Jhay", "Kyle Andrei", "Zymon")
_PH_GIVEN_F301 = ("Princess Mae", "Althea Nicole", "Kyla Mae", "Angel", "Mary Grace")
#: (purok/street, barangay, town, province, mother tongue, ethnic group)
_PH_HOMES = (
    ("Purok 2", "Poblacion", "La Trinidad", "Benguet", "Ilocano", "Ibaloi"),
    ("Sitio Malasag", "Cugman", "Cagayan de Oro City", "Misamis Oriental", "Binisaya", ""),
    ("045 Rizal St.", "San Roque", "Tuguegarao City", "Cagayan", "Ibanag", ""),
    ("Purok Mabuhay", "New Visayas", "Panabo City", "Davao del Norte", "Cebuano", ""),
    ("Blk 7 Lot 3", "Mambugan", "Antipolo City", "Rizal", "Tagalog", "Dumagat"),
)
_PH_RELIGION = ("Roman Catholic", "Roman Catholic", "Iglesia ni Cristo", "Islam", "Born Again")
_PH_MODALITY = ("Face-to-Face", "Face-to-Face", "Blended", "Modular (Print)")
_PH_REMARKS = ("", "", "T/I DATE: 08/12/2025", "LE", "CCT", "T/O DATE: 11/03/2025")
_PH_REL = ("Grandmother", "Aunt", "Mother", "Grandfather", "Uncle")


def _born(p: Person, first: int, years: int) -> date:
    """A pupil's birthday: the person's day and month in one of ``years`` years from ``first``."""
    return _safe_day(first + int(p.bhxh) % years, p.birth.month, p.birth.day)


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=_num(p, span))


def _kr_born(p: Person) -> date:
    return _born(p, 2002, 5)


def _kr_rrn(p: Person) -> str:
    """A resident registration number: yymmdd, 3 or 4 for the 2000s, five digits, the check."""
    born = _kr_born(p)
    head = f"{born:%y%m%d}{(3 if born.year >= 2000 else 1) + (0 if p.male else 1)}{p.bhxh[2:7]}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11) % 10
    return f"{head[:6]}-{head[6:]}{check}"


def _kr_major(p: Person) -> tuple[str, str, str]:
    return _KR_MAJORS[int(p.bhxh) // 3 % len(_KR_MAJORS)]


def _kr_home(p: Person) -> tuple[str, str, str, str]:
    return _KR_HOMES[int(p.bhxh) // 5 % len(_KR_HOMES)]


def _br_place(p: Person) -> tuple[str, str, str, str, str, str]:
    return _BR_SCHOOLS[int(p.bhxh) // 7 % len(_BR_SCHOOLS)]


def _br_guardian_cpf(p: Person) -> str:
    base = _digits(p, 9, 5)
    one = _mod11(base, tuple(range(10, 1, -1)))
    two = _mod11(base + str(one), tuple(range(11, 1, -1)))
    return f"{base[:3]}.{base[3:6]}.{base[6:]}-{one}{two}"


def _ke_area(p: Person) -> tuple[str, str]:
    return _KE_AREAS[int(p.bhxh) // 9 % len(_KE_AREAS)]


def _ke_phone(p: Person, salt: int) -> str:
    digits = p.phone if salt == 0 else p.bhxh[::-1]
    return f"{_pick(p, _KE_PREFIX, salt + 2)}{digits[-6:]}"


def _de_town(p: Person) -> tuple[str, str, str]:
    return _DE_TOWNS[int(p.bhxh) // 11 % len(_DE_TOWNS)]


def _de_family(p: Person) -> str:
    return _pick(p, _DE_FAMILY301, 1)


def _ph_home(p: Person) -> tuple[str, str, str, str, str, str]:
    return _PH_HOMES[int(p.bhxh) // 13 % len(_PH_HOMES)]


def _ph_born(p: Person) -> date:
    return _born(p, 2014, 6)


def _ph_age(p: Person) -> int:
    born, june = _ph_born(p), date(2025, 6, 6)
    return june.year - born.year - ((june.month, june.day) < (born.month, born.day))


def _de_mail(p: Person) -> str:
    mail = f"{_pick(p, _DE_PARENT, 5)}.{_de_family(p)}@web.de".lower()
    return mail.replace("ä", "ae")


def _ph_name(p: Person) -> str:
    """Last name, first name and middle name in capitals, as School Form 1 prints them."""
    given = _by_sex(p, _PH_GIVEN_M301, _PH_GIVEN_F301, 2)
    return f"{_pick(p, _PH_FAMILY, 1)}, {given} {_pick(p, _PH_MIDDLE, 4)}".upper()


WRITERS_BLIND301: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: class list, student cards, grade 6 entrance, boarding house
    "hs_code301": lambda p, c: f"79{p.bhxh[:8]}",
    "hs_ethnic301": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "hs_born301": lambda p, c: _pick(p, _VN_BORN, 3),
    "hs_class301": lambda p, c: f"{6 + _num(p, 4) - 1}A{_num(p, 8)}",
    "hs_father301": lambda p, c: _other_vn(p, 4, male=True, family=p.family),
    "hs_mother301": lambda p, c: _other_vn(p, 5, male=False),
    "hs_parent_phone301": lambda p, c: _other_phone(p, _pick(p, ("09", "03", "08"), 6)),
    "hs_status301": lambda p, c: _pick(p, _VN_STATUS, 7),
    "sv_code301": lambda p, c: f"2{_num(p, 5) + 1}{p.bhxh[-6:]}",
    "sv_class301": lambda p, c: (
        f"K{66 + _num(p, 4)}-{_pick(p, ('CNTT', 'KT', 'NN', 'CK'), 3)}0{_num(p, 6)}"
    ),
    "sv_faculty301": lambda p, c: _pick(p, _VN_FACULTY, 4),
    "sv_intake301": lambda p, c: f"K{66 + _num(p, 4)}",
    "sv_mode301": lambda p, c: _pick(p, _VN_MODE, 5),
    "sv_home301": lambda p, c: _pick(p, _VN_BORN, 6),
    "sv_account301": lambda p, c: f"2161{p.bhxh}",
    "sv_branch301": lambda p, c: _pick(p, _VN_BRANCH, 7),
    "ts_number301": lambda p, c: f"{_num(p, 900) + 100:04d}",
    "ts_room301": lambda p, c: f"P{_num(p, 36):02d}",
    "ts_primary301": lambda p, c: _pick(p, _VN_PRIMARY, 4),
    "ts_parent301": lambda p, c: _other_vn(p, 5),
    "ts_score_a301": lambda p, c: f"{int(p.bhxh[-5]) % 9 + 1},{int(p.bhxh[-6]) % 4 * 25}",
    "ts_score_b301": lambda p, c: f"{int(p.bhxh[-3]) % 9 + 1},{int(p.bhxh[-2]) % 2 * 5}",
    "ts_score_c301": lambda p, c: f"{int(p.bhxh[-4]) % 9 + 1},{int(p.bhxh[-1]) % 2 * 5}",
    "ts_result301": lambda p, c: _pick(p, _VN_RESULT, 8),
    "kt_class301": lambda p, c: _pick(p, _VN_GIFTED, 3),
    "kt_room301": lambda p, c: f"{_pick(p, ('A', 'B'), 4)}{_num(p, 4)}0{_num(p, 9)}",
    "kt_bed301": lambda p, c: _num(p, 8),
    "kt_relation301": lambda p, c: _pick(
        p, _VN_RELATION_M if int(p.bhxh) // 6 % 2 == 0 else _VN_RELATION_F, 5
    ),
    "kt_fee301": lambda p, c: f"{_pick(p, ('350.000', '450.000', '600.000'), 6)}",
    # South Korea: university dormitory admissions
    "kr_number301": lambda p, c: f"{_kr_born(p).year + 19}{_kr_major(p)[2]}{p.bhxh[-4:]}",
    "kr_name301": lambda p, c: (
        _pick(p, _KR_FAMILY, 1) + _by_sex(p, _KR_GIVEN_M301, _KR_GIVEN_F301, 2)
    ),
    "kr_rrn301": lambda p, c: _kr_rrn(p),
    "kr_birth301": lambda p, c: f"{_kr_born(p):%Y.%m.%d}",
    "kr_sex301": lambda p, c: "남" if p.male else "여",
    "kr_college301": lambda p, c: _kr_major(p)[0],
    "kr_major301": lambda p, c: _kr_major(p)[1],
    "kr_year301": lambda p, c: (
        f"{2026 - _kr_born(p).year - 19}학년" if 2026 - _kr_born(p).year - 19 < 5 else "4학년"
    ),
    "kr_phone301": lambda p, c: f"010-{p.phone[-8:-4]}-{p.phone[-4:]}",
    "kr_addr301": lambda p, c: (
        f"{_kr_home(p)[0]} {_kr_home(p)[1]} {_kr_home(p)[2]} {_num(p, 300)}, "
        f"{_pick(p, _KR_APTS, 3)} {100 + _num(p, 15)}동 {_num(p, 20)}0{_num(p, 4)}호"
    ),
    "kr_post301": lambda p, c: f"{_kr_home(p)[3]}{p.bhxh[-2:]}",
    "kr_guardian301": lambda p, c: _pick(p, _KR_FAMILY, 1) + _pick(p, ("정호", "상철", "미숙"), 4),
    "kr_relation301": lambda p, c: _pick(p, _KR_REL, 4),
    "kr_guardian_phone301": lambda p, c: f"010-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}",
    "kr_room301": lambda p, c: (
        f"{_pick(p, ('진리관', '청운관', '누리관'), 5)} {_num(p, 9)}{_num(p, 30):02d}호"
    ),
    "kr_moved301": lambda p, c: f"{_day(p, date(2026, 2, 27), 4):%Y.%m.%d}",
    "kr_paid301": lambda p, c: _pick(p, _KR_PAID, 6),
    # Brazil: Pé-de-Meia students of a state school
    "br_inep301": lambda p, c: _br_place(p)[4],
    "br_school301": lambda p, c: _br_place(p)[5],
    "br_name301": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M301, _BR_GIVEN_F301, 1)} {_pick(p, _BR_FAMILY301, 2)}"
    ),
    "br_cpf301": lambda p, c: _cpf(p),
    "br_nis301": lambda p, c: _nis(p),
    "br_birth301": lambda p, c: f"{_born(p, 2007, 4):%d/%m/%Y}",
    "br_sex301": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_grade301": lambda p, c: _pick(p, _BR_GRADE, 3),
    "br_shift301": lambda p, c: _pick(p, _BR_SHIFT, 4),
    "br_guardian301": lambda p, c: f"{_pick(p, _BR_PARENT, 5)} {_pick(p, _BR_FAMILY301, 2)}",
    "br_guardian_cpf301": lambda p, c: _br_guardian_cpf(p),
    "br_phone301": lambda p, c: f"(85) 9{p.phone[-8:-4]}-{p.phone[-4:]}",
    "br_street301": lambda p, c: f"{_br_place(p)[2]}, {_num(p, 2000)}",
    "br_bairro301": lambda p, c: _br_place(p)[1],
    "br_city301": lambda p, c: _br_place(p)[0],
    "br_uf301": lambda p, c: "CE",
    "br_cep301": lambda p, c: f"{_br_place(p)[3]}-{p.bhxh[-3:]}",
    "br_attend301": lambda p, c: f"{80 + _num(p, 20)},{p.bhxh[-1]}",
    "br_incentive301": lambda p, c: _pick(p, ("R$ 200,00", "R$ 200,00", "R$ 1.000,00"), 6),
    "br_status301": lambda p, c: _pick(p, _BR_STATUS, 7),
    # Kenya: first-year reporting register
    "ke_adm301": lambda p, c: (
        f"{_pick(p, ('EE', 'ICT', 'PL', 'FB', 'MV', 'ACC'), 3)}/{_num(p, 400):03d}/26"
    ),
    "ke_name301": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M301, _KE_GIVEN_F301, 1)} {_pick(p, _KE_FAMILY301, 2)}"
    ),
    "ke_sex301": lambda p, c: "Male" if p.male else "Female",
    "ke_birth301": lambda p, c: f"{_born(p, 2004, 4):%d/%m/%Y}",
    "ke_id301": lambda p, c: f"{4 + int(p.bhxh[0]) % 2}{p.bhxh[2:9]}",
    "ke_index301": lambda p, c: f"{p.bhxh[:8]}/{_num(p, 400):03d}",
    "ke_grade301": lambda p, c: _pick(p, _KE_GRADES, 4),
    "ke_course301": lambda p, c: _pick(p, _KE_COURSES, 3),
    "ke_phone301": lambda p, c: _ke_phone(p, 0),
    "ke_county301": lambda p, c: _ke_area(p)[0],
    "ke_sub301": lambda p, c: _ke_area(p)[1],
    "ke_kin301": lambda p, c: (
        f"{_pick(p, ('Joseph', 'Rose', 'Mary', 'Wilson', 'Agnes'), 5)} {_pick(p, _KE_FAMILY301, 2)}"
    ),
    "ke_relation301": lambda p, c: _pick(p, _KE_REL, 5),
    "ke_kin_phone301": lambda p, c: _ke_phone(p, 1),
    "ke_reported301": lambda p, c: f"{_day(p, date(2026, 1, 12), 20):%d/%m/%Y}",
    "ke_fees301": lambda p, c: f"{_num(p, 30) * 1000 + 5000:,}",
    "ke_helb301": lambda p, c: _pick(p, ("Yes", "No", "Yes", "Pending"), 6),
    # Germany: first-grade registrations
    "de_family301": lambda p, c: _de_family(p),
    "de_given301": lambda p, c: _by_sex(p, _DE_GIVEN_M301, _DE_GIVEN_F301, 2),
    "de_birth301": lambda p, c: f"{_born(p, 2020, 2):%d.%m.%Y}",
    "de_sex301": lambda p, c: "m" if p.male else "w",
    "de_born301": lambda p, c: _pick(p, _DE_BORN, 3),
    "de_nation301": lambda p, c: _pick(p, _DE_NATION, 4),
    "de_street301": lambda p, c: f"{_de_town(p)[2]} {_num(p, 90)}",
    "de_plz301": lambda p, c: _de_town(p)[1],
    "de_town301": lambda p, c: _de_town(p)[0],
    "de_parent301": lambda p, c: f"{_de_family(p)}, {_pick(p, _DE_PARENT, 5)}",
    "de_parent_phone301": lambda p, c: (
        f"0{_pick(p, ('151', '160', '176', '2241'), 6)} {p.bhxh[-7:]}"
    ),
    "de_parent_mail301": lambda p, c: _de_mail(p),
    "de_kita301": lambda p, c: _pick(p, _DE_KITA, 7),
    "de_exam301": lambda p, c: f"{_day(p, date(2026, 9, 1), 120):%d.%m.%Y}",
    "de_language301": lambda p, c: _pick(p, _DE_LANGUAGE, 8),
    "de_religion301": lambda p, c: _pick(p, _DE_RELIGION, 9),
    "de_note301": lambda p, c: _pick(p, _DE_NOTE, 10),
    # Philippines: School Form 1
    "ph_lrn301": lambda p, c: f"1{_pick(p, ('36512', '12872', '13160', '30451'), 3)}{p.bhxh[-6:]}",
    "ph_name301": lambda p, c: _ph_name(p),
    "ph_sex301": lambda p, c: "M" if p.male else "F",
    "ph_birth301": lambda p, c: f"{_ph_born(p):%m/%d/%Y}",
    "ph_age301": lambda p, c: _ph_age(p),
    "ph_tongue301": lambda p, c: _ph_home(p)[4],
    "ph_ip301": lambda p, c: _ph_home(p)[5],
    "ph_religion301": lambda p, c: _pick(p, _PH_RELIGION, 5),
    "ph_street301": lambda p, c: _ph_home(p)[0],
    "ph_brgy301": lambda p, c: _ph_home(p)[1],
    "ph_city301": lambda p, c: _ph_home(p)[2],
    "ph_prov301": lambda p, c: _ph_home(p)[3],
    "ph_father301": lambda p, c: (
        f"{_pick(p, _PH_FAMILY, 1).upper()}, {_pick(p, ('RODEL', 'JOSE', 'ARNEL', 'NOEL'), 6)}"
        f" {_pick(p, _PH_MIDDLE, 7).upper()}"
    ),
    "ph_mother301": lambda p, c: (
        f"{_pick(p, _PH_MIDDLE, 4).upper()}, {_pick(p, ('ROWENA', 'LIZA', 'MARILOU'), 8)}"
        f" {_pick(p, _PH_FAMILY, 9).upper()}"
    ),
    "ph_guardian301": lambda p, c: (
        f"{_pick(p, _PH_FAMILY, 9).upper()}, {_pick(p, ('LOURDES', 'ERLINDA', 'DANILO'), 10)}"
        if int(p.bhxh) % 4 == 0
        else ""
    ),
    "ph_relation301": lambda p, c: _pick(p, _PH_REL, 10) if int(p.bhxh) % 4 == 0 else "",
    "ph_contact301": lambda p, c: f"09{p.bhxh[-9:]}",
    "ph_modality301": lambda p, c: _pick(p, _PH_MODALITY, 11),
    "ph_remarks301": lambda p, c: _pick(p, _PH_REMARKS, 12),
}

__all__ = ["WRITERS_BLIND301"]
