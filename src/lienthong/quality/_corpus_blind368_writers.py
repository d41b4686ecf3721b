"""How the young children of the three hundred and sixty-eighth part of the outside corpus
(**blind 368**, :mod:`lienthong.quality._corpus_blind368`) are written: four Vietnamese files'
own columns (a child's dose in the expanded immunisation book, a late birth registration's book
entry and reason, a kindergarten child's weight and height, an orphan's monthly allowance and
carer) and Brazilian, Mexican, Philippine, Ghanaian and Pakistani children's names, birth dates
and numbers as their agencies write them (the child's CPF with its two mod-11 digits, a minor's
CURP built from the child's own birth date, a PSA birth certificate registry number, a Ghana
Card PIN with its Luhn digit, a B-Form / CRC number in the CNIC pattern)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind41_writers import _cnic
from lienthong.quality._corpus_blind57_writers import (
    _MX_FAMILY,
    _MX_GIVEN_F,
    _MX_GIVEN_M,
    _cpf,
    _curp,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_VACCINES = (
    ("BCG", "1"),
    ("Viêm gan B sơ sinh", "1"),
    ("DPT-VGB-Hib (ComBE Five)", "1"),
    ("DPT-VGB-Hib (ComBE Five)", "2"),
    ("DPT-VGB-Hib (ComBE Five)", "3"),
    ("bOPV (uống)", "2"),
    ("IPV", "1"),
    ("Sởi", "1"),
    ("Sởi - Rubella (MR)", "1"),
    ("Viêm não Nhật Bản", "2"),
)
_VN_SITES = ("Trạm Y tế xã Tân Hiệp", "Trạm Y tế phường An Khánh", "TYT xã Phước Vĩnh An")
_VN_REACTIONS = ("Bình thường", "Sốt nhẹ < 38,5°C", "Sưng đau tại chỗ tiêm", "Bình thường", "")
_VN_ETHNIC = ("Kinh", "Kinh", "Khmer", "Hoa", "Tày", "Chăm", "Kinh")
_VN_BIRTHPLACES = (
    "Bệnh viện Hùng Vương, TP. Hồ Chí Minh",
    "Trạm Y tế xã Tân Hiệp, huyện Hóc Môn",
    "Tại nhà, ấp 3, xã Phước Vĩnh An",
    "Bệnh viện Từ Dũ, TP. Hồ Chí Minh",
    "BVĐK tỉnh Long An",
)
_VN_LATE_REASONS = (
    "Cha mẹ đi làm ăn xa",
    "Không có giấy chứng sinh",
    "Cha mẹ chưa đăng ký kết hôn",
    "Gia đình khó khăn, không hiểu thủ tục",
    "Sinh tại nhà, không có người làm chứng",
)
_VN_INFORMANT = ("Mẹ", "Cha", "Bà nội", "Ông ngoại", "Bà ngoại")
_VN_CLASSES = ("Nhà trẻ 24-36 th", "Mầm 3 tuổi A", "Chồi 4 tuổi B", "Lá 5 tuổi A", "Lá 5 tuổi C")
_VN_CHANNELS = ("Bình thường", "Kênh -2SD (SDD vừa)", "Kênh +2SD (thừa cân)", "Bình thường")
_VN_KID_NOTES = ("", "Trẻ biếng ăn", "Dị ứng hải sản", "", "Theo dõi SDD thấp còi", "Ăn chay")
_VN_SITUATIONS = (
    "Mồ côi cả cha và mẹ",
    "Mồ côi cha, mẹ tái giá",
    "Mồ côi mẹ, cha đang chấp hành án phạt tù",
    "Bị bỏ rơi",
    "Mồ côi cha, mẹ mất tích",
)
_VN_CARER_REL = ("Bà nội", "Bà ngoại", "Ông nội", "Cô ruột", "Chú ruột", "Dì ruột", "Anh ruột")
_VN_PAYMENT = ("Chi trả qua Bưu điện", "Chuyển khoản ngân hàng", "Chi trả tại UBND xã")
_BR_GIVEN_M = ("Miguel", "Arthur", "Heitor", "Davi Lucca", "Gael", "Théo", "Bernardo")
_BR_GIVEN_F = ("Helena", "Alice", "Maria Cecília", "Laura", "Manuela", "Valentina", "Aurora")
_BR_FAMILY = ("Silva Santos", "Oliveira Costa", "Souza Lima", "Pereira Alves", "Ferreira Gomes")
_BR_MOTHERS = ("Juliana", "Camila", "Fernanda", "Aline", "Tatiane", "Priscila", "Jéssica")
_BR_PLACES = (
    ("Rua XV de Novembro, 1245, ap. 32", "Centro", "Curitiba", "PR", "80020-310"),
    ("Rua Holanda, 88", "Boqueirão", "Curitiba", "PR", "81650-020"),
    ("Travessa Nestor de Castro, 17, casa 2", "São Francisco", "Curitiba", "PR", "80020-120"),
    ("Rua Eduardo Sprada, 3300, bloco B", "CIC", "Curitiba", "PR", "81270-010"),
)
_BR_CMEI = ("CMEI Vila Verde", "CMEI Jardim Gabineto", "CMEI Bairro Novo", "CMEI Tatuquara II")
_BR_TURMA = ("Berçário I", "Berçário II", "Maternal I", "Maternal II", "Pré I")
_MX_PLACES = (
    ("Calle 59 No. 482 x 56 y 58", "Centro", "Mérida", "Yucatán", "97000"),
    ("Calle 21 No. 104-A x 14 y 16", "Chuburná de Hidalgo", "Mérida", "Yucatán", "97205"),
    ("Calle 8 No. 215", "Fracc. Las Américas", "Mérida", "Yucatán", "97302"),
    ("Calle 30 No. 12 x 27", "Centro", "Umán", "Yucatán", "97390"),
)
_MX_SALAS = ("Lactantes B", "Maternal A", "Maternal B", "Preescolar 1", "Preescolar 2")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Garcia")
_PH_GIVEN_M = ("John Paul", "Prince Jairus", "Mark Angelo", "Ezekiel", "Jhon Lloyd", "Zion")
_PH_GIVEN_F = ("Princess Mae", "Althea", "Kristine Joy", "Angel Mae", "Sofia Nicole", "Ashley")
_PH_PLACES = (
    ("Purok 3, Sitio Maligaya", "Brgy. San Isidro", "Cabanatuan City", "Nueva Ecija"),
    ("Blk 12 Lot 5, Phase 2", "Brgy. Bagong Silang", "Caloocan City", "Metro Manila"),
    ("Purok 6", "Brgy. Poblacion", "Valencia City", "Bukidnon"),
    ("Zone 1, Riverside", "Brgy. Tambo", "Iriga City", "Camarines Sur"),
)
_PH_CDC = ("San Isidro CDC", "Bagong Silang Day Care Center", "Poblacion CDC I", "Tambo CDC")
_PH_STATUS = ("Normal", "Underweight", "Severely Underweight", "Normal", "Overweight")
_GH_FAMILY = ("Mensah", "Asante", "Owusu", "Boateng", "Osei", "Appiah", "Agyemang", "Tetteh")
_GH_GIVEN_M = ("Kwame", "Kofi Nana", "Yaw", "Kwabena Junior", "Kojo", "Nii Armah")
_GH_GIVEN_F = ("Akosua", "Ama Serwaa", "Abena", "Adwoa Nhyira", "Efua", "Naa Adjeley")
_GH_PLACES = (
    ("H/No. B 45/12, Adum", "Kumasi Metropolitan", "Ashanti", "AK-039-5028"),
    ("Plot 7, Block C, Dansoman", "Ablekuma West Municipal", "Greater Accra", "GA-534-2217"),
    ("H/No. 23, Zongo Lane, Aboabo", "Tamale Metropolitan", "Northern", "NT-0012-3344"),
    ("H/No. CK 110, Kotokuraba", "Cape Coast Metropolitan", "Central", "CC-012-7785"),
)
_GH_FACILITY = ("Komfo Anokye Teaching Hospital", "Ridge Regional Hospital", "Home delivery")
_PK_GIVEN_M = ("Muhammad Ayan", "Abdul Hadi", "Hamza Ali", "Muhammad Rayyan", "Zain Ul Abideen")
_PK_GIVEN_F = ("Ayesha Noor", "Fatima Zahra", "Hania", "Zainab Bibi", "Anaya Fatima")
_PK_FATHERS = ("Muhammad Aslam", "Ghulam Rasool", "Imran Khan", "Tariq Mehmood", "Asif Iqbal")
_PK_MOTHERS = ("Nasreen Bibi", "Shazia Parveen", "Rukhsana Kausar", "Sadia Batool", "Amna Bibi")
_PK_PLACES = (
    ("House No. 14, Street 7, Mohalla Islampura", "Lahore", "Punjab"),
    ("Mohalla Qazi Abad, Gali No. 3, Ward No. 9", "Gujranwala", "Punjab"),
    ("Flat 4-B, Block 13-D, Gulshan-e-Iqbal", "Karachi East", "Sindh"),
    ("Village Shah Dheri, P.O. Kabal", "Swat", "Khyber Pakhtunkhwa"),
)
_PK_UC = ("UC-112 Islampura", "UC-35 Qazi Abad", "UC-9 Gulshan", "UC Shah Dheri")


def _child(p: Person, first: int, span: int) -> date:
    """The child's birthday: the person's day and month in a year from ``first`` on."""
    return _safe_day(first + int(p.bhxh[-3:]) % span, p.birth.month, p.birth.day)


def _kid(p: Person) -> date:
    return _child(p, 2020, 5)


def _late(p: Person) -> date:
    return _child(p, 2013, 10)


def _orphan(p: Person) -> date:
    return _child(p, 2010, 15)


def _kid_id(p: Person, born: date) -> str:
    return _cccd_of(p, p.male, born.year)


def _after(d: date, days: int) -> str:
    return f"{d + timedelta(days=days):%d/%m/%Y}"


def _weight(p: Person) -> str:
    months = (date(2025, 11, 15) - _kid(p)).days // 30
    return f"{8.5 + months * 0.17 + int(p.bhxh[-2]) * 0.1:.1f}".replace(".", ",")


def _height(p: Person) -> str:
    months = (date(2025, 11, 15) - _kid(p)).days // 30
    return f"{72 + months * 0.6 + int(p.bhxh[-1]) * 0.4:.1f}".replace(".", ",")


def _coef(p: Person) -> str:
    return "2,5" if _num(p, 5) % 2 else "1,5"


def _allowance(p: Person) -> str:
    amount = int(float(_coef(p).replace(",", ".")) * 500_000)
    return f"{amount:,}".replace(",", ".")


def _mx_kid(p: Person) -> Person:
    kid = copy.copy(p)
    kid.birth = _kid(p)
    return kid


def _other(p: Person) -> Person:
    """The same record read backwards: a parent's or guardian's own numbers."""
    parent = copy.copy(p)
    parent.bhxh = p.bhxh[::-1]
    return parent


def _gh_pin(p: Person) -> str:
    """A Ghana Card PIN ``GHA-123456789-C``: nine digits and a Luhn check digit."""
    full = _luhn(f"{7 + int(p.bhxh[0]) % 3}{p.bhxh[1:9]}")
    return f"GHA-{full[:9]}-{full[9]}"


def _psa_no(p: Person) -> str:
    """The local civil registry number a PSA birth certificate carries, ``2021-01234``."""
    return f"{_kid(p).year}-{int(p.bhxh[-5:]) % 9000 + 100:05d}"


def _in(places: tuple[tuple[str, ...], ...], p: Person) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _pk_phone(p: Person) -> str:
    return f"03{int(p.bhxh[0]) % 5}{p.bhxh[1]}-{p.bhxh[2:9]}"


WRITERS_BLIND368: dict[str, Callable[[Person, Col], object]] = {
    "kid_birth368": lambda p, c: f"{_kid(p):%d/%m/%Y}",
    "kid_id368": lambda p, c: _kid_id(p, _kid(p)),
    "late_birth368": lambda p, c: f"{_late(p):%d/%m/%Y}",
    "late_id368": lambda p, c: _kid_id(p, _late(p)),
    "orphan_birth368": lambda p, c: f"{_orphan(p):%d/%m/%Y}",
    "orphan_id368": lambda p, c: _kid_id(p, _orphan(p)),
    "tc_code368": lambda p, c: f"79{p.bhxh[:8]}{p.bhxh[-3:]}",
    "mother368": lambda p, c: _other_vn(p, 3, male=False),
    "father368": lambda p, c: _other_vn(p, 5, male=True, family=p.family),
    "parent_phone368": lambda p, c: _other_phone(p),
    "vaccine368": lambda p, c: _pick(p, tuple(v for v, _ in _VN_VACCINES), 1),
    "dose368": lambda p, c: f"Mũi {_num(p, 3)}",
    "lot368": lambda p, c: f"{p.bhxh[-6:-2]}{'ABCK'[_num(p, 4) - 1]}{_num(p, 9)}",
    "site368": lambda p, c: _pick(p, _VN_SITES, 2),
    "reaction368": lambda p, c: _pick(p, _VN_REACTIONS, 3),
    "next368": lambda p, c: _after(p.other_date, 30),
    "regno368": lambda p, c: f"{_num(p, 400)}",
    "book368": lambda p, c: f"{1 + _num(p, 3)}/2025",
    "ethnic368": lambda p, c: _pick(p, _VN_ETHNIC, 4),
    "birthplace368": lambda p, c: _pick(p, _VN_BIRTHPLACES, 5),
    "mother_year368": lambda p, c: f"{_late(p).year - 20 - _num(p, 15)}",
    "informant368": lambda p, c: _pick(p, _VN_INFORMANT, 6),
    "reason368": lambda p, c: _pick(p, _VN_LATE_REASONS, 7),
    "officer368": lambda p, c: _other_vn(p, 8),
    "class368": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "months368": lambda p, c: f"{(date(2025, 11, 15) - _kid(p)).days // 30}",
    "weight368": lambda p, c: _weight(p),
    "height368": lambda p, c: _height(p),
    "wchan368": lambda p, c: _pick(p, _VN_CHANNELS, 3),
    "hchan368": lambda p, c: _pick(p, _VN_CHANNELS, 4),
    "kid_note368": lambda p, c: _pick(p, _VN_KID_NOTES, 5),
    "situation368": lambda p, c: _pick(p, _VN_SITUATIONS, 2),
    "coef368": lambda p, c: _coef(p),
    "amount368": lambda p, c: _allowance(p),
    "carer368": lambda p, c: _other_vn(p, 6, male=False),
    "relation368": lambda p, c: _pick(p, _VN_CARER_REL, 5),
    "carer_id368": lambda p, c: _cccd_of(p, False, 1950 + _num(p, 30)),
    "care368": lambda p, c: "750.000" if _num(p, 4) % 2 else "1.000.000",
    "channel368": lambda p, c: _pick(p, _VN_PAYMENT, 4),
    "month368": lambda p, c: f"{p.other_date:%m/%Y}",
    "br_child368": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} " + _pick(p, _BR_FAMILY, 2)
    ),
    "br_cpf368": lambda p, c: _cpf(p),
    "sex_br368": lambda p, c: "M" if p.male else "F",
    "br_mother368": lambda p, c: f"{_pick(p, _BR_MOTHERS, 3)} {_pick(p, _BR_FAMILY, 2)}",
    "br_resp_cpf368": lambda p, c: _cpf(_other(p)),
    "br_nis368": lambda p, c: (
        f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[1:3]}.{p.bhxh[3:8]}.{p.bhxh[8:]}-{_num(p, 9)}"
    ),
    "br_street368": lambda p, c: _in(_BR_PLACES, p)[0],
    "br_bairro368": lambda p, c: _in(_BR_PLACES, p)[1],
    "br_city368": lambda p, c: _in(_BR_PLACES, p)[2],
    "br_uf368": lambda p, c: _in(_BR_PLACES, p)[3],
    "br_cep368": lambda p, c: _in(_BR_PLACES, p)[4],
    "br_phone368": lambda p, c: f"(41) 9{p.bhxh[1:5]}-{p.bhxh[5:9]}",
    "br_cmei368": lambda p, c: _pick(p, _BR_CMEI, 4),
    "br_turma368": lambda p, c: _pick(p, _BR_TURMA, 5),
    "mx_curp368": lambda p, c: _curp(_mx_kid(p)),
    "mx_pat368": lambda p, c: _pick(p, _MX_FAMILY, 2),
    "mx_mat368": lambda p, c: _pick(p, _MX_FAMILY, 3),
    "mx_given368": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    "sex_mx368": lambda p, c: "H" if p.male else "M",
    "mx_birth368": lambda p, c: f"{_kid(p):%d/%m/%Y}",
    "mx_tutor368": lambda p, c: f"{_pick(p, _MX_GIVEN_F, 4)} {_pick(p, _MX_FAMILY, 2)}",
    "mx_tutor_curp368": lambda p, c: _curp(p),
    "mx_street368": lambda p, c: _in(_MX_PLACES, p)[0],
    "mx_colonia368": lambda p, c: _in(_MX_PLACES, p)[1],
    "mx_mun368": lambda p, c: _in(_MX_PLACES, p)[2],
    "mx_state368": lambda p, c: _in(_MX_PLACES, p)[3],
    "mx_cp368": lambda p, c: _in(_MX_PLACES, p)[4],
    "mx_phone368": lambda p, c: f"999 {p.bhxh[1:4]} {p.bhxh[4:8]}",
    "mx_sala368": lambda p, c: _pick(p, _MX_SALAS, 3),
    "ph_family368": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given368": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle368": lambda p, c: _pick(p, _PH_FAMILY, 5),
    "sex_ph368": lambda p, c: "M" if p.male else "F",
    "ph_birth368": lambda p, c: f"{_kid(p):%m/%d/%Y}",
    "ph_psa368": lambda p, c: _psa_no(p),
    "ph_parent368": lambda p, c: (
        f"{_pick(p, _PH_GIVEN_F, 3)} {_pick(p, _PH_FAMILY, 5)} {_pick(p, _PH_FAMILY, 2)}"
    ),
    "ph_phone368": lambda p, c: f"09{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:10]}",
    "ph_purok368": lambda p, c: _in(_PH_PLACES, p)[0],
    "ph_brgy368": lambda p, c: _in(_PH_PLACES, p)[1],
    "ph_city368": lambda p, c: _in(_PH_PLACES, p)[2],
    "ph_prov368": lambda p, c: _in(_PH_PLACES, p)[3],
    "ph_cdc368": lambda p, c: _pick(p, _PH_CDC, 4),
    "ph_weight368": lambda p, c: _weight(p).replace(",", "."),
    "ph_height368": lambda p, c: _height(p).replace(",", "."),
    "ph_status368": lambda p, c: _pick(p, _PH_STATUS, 6),
    "gh_family368": lambda p, c: _pick(p, _GH_FAMILY, 2),
    "gh_given368": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 1),
    "sex_gh368": lambda p, c: "Male" if p.male else "Female",
    "gh_birth368": lambda p, c: f"{_kid(p):%d/%m/%Y}",
    "gh_pin368": lambda p, c: _gh_pin(p),
    "gh_place368": lambda p, c: _pick(p, _GH_FACILITY, 3),
    "gh_mother368": lambda p, c: f"{_pick(p, _GH_GIVEN_F, 4)} {_pick(p, _GH_FAMILY, 5)}",
    "gh_mother_card368": lambda p, c: _gh_pin(_other(p)),
    "gh_father368": lambda p, c: f"{_pick(p, _GH_GIVEN_M, 5)} {_pick(p, _GH_FAMILY, 2)}",
    "gh_occupation368": lambda p, c: _pick(p, ("Trader", "Farmer", "Driver", "Teacher"), 6),
    "gh_addr368": lambda p, c: ", ".join(_in(_GH_PLACES, p)[:2]),
    "gh_district368": lambda p, c: _in(_GH_PLACES, p)[1],
    "gh_region368": lambda p, c: _in(_GH_PLACES, p)[2],
    "gh_gps368": lambda p, c: _in(_GH_PLACES, p)[3],
    "gh_phone368": lambda p, c: f"0{'25'[_num(p, 2) - 1]}4 {p.bhxh[1:4]} {p.bhxh[4:8]}",
    "gh_registrar368": lambda p, c: _pick(p, ("E. Ofori", "M. Adjei", "S. Quaye"), 7),
    "pk_child368": lambda p, c: _by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1),
    "pk_bform368": lambda p, c: _cnic(p),
    "sex_pk368": lambda p, c: "Male" if p.male else "Female",
    "pk_birth368": lambda p, c: f"{_kid(p):%d-%m-%Y}",
    "pk_father368": lambda p, c: _pick(p, _PK_FATHERS, 2),
    "pk_father_cnic368": lambda p, c: f"{_cnic(p)[:6]}{p.bhxh[::-1][:7]}-1",
    "pk_mother368": lambda p, c: _pick(p, _PK_MOTHERS, 3),
    "pk_mother_cnic368": lambda p, c: f"{_cnic(p)[:6]}{p.bhxh[1:8]}-2",
    "pk_addr368": lambda p, c: ", ".join(_in(_PK_PLACES, p)[:2]),
    "pk_district368": lambda p, c: _in(_PK_PLACES, p)[1],
    "pk_phone368": lambda p, c: _pk_phone(p),
    "pk_uc368": lambda p, c: _pick(p, _PK_UC, 4),
    "pk_tracking368": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:]}",
}
