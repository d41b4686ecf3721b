"""How the people of the four-hundred-and-twenty-first part of the outside corpus (**blind 421**,
:mod:`lienthong.quality._corpus_blind421`) are written: four Vietnamese files' own columns (a
ward's list of children in special circumstances, a register of foster families, a social
protection centre's residents, a child helpline's cases) and British, Brazilian, South African,
Thai and Czech children's names, addresses and numbers in the forms their papers show (the NHS
number with its modulus 11 check, the CPF with its two check digits, the South African identity
number with its Luhn digit, the Thai ID with its check digit, the rodné číslo divisible by 11)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind14_writers import _rodne_cislo
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _nhs
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind100_writers import (
    _CZ_FAMILY,
    _CZ_GIVEN_F,
    _CZ_GIVEN_M,
    _cz_family,
    _cz_phone,
)
from lienthong.quality._corpus_blind136_writers import _ZA_FAMILY, _ZA_GIVEN_F, _ZA_GIVEN_M
from lienthong.quality._corpus_blind142_writers import _th_phone
from lienthong.quality._corpus_blind195_writers import _uk_mobile
from lienthong.quality._corpus_blind206_writers import _cpf, _digits, _mod11
from lienthong.quality._corpus_blind311_writers import _za_id
from lienthong.quality._corpus_blind332_writers import _thai_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HCDB = (
    "Trẻ em mồ côi cả cha và mẹ",
    "Trẻ em bị bỏ rơi",
    "Trẻ em khuyết tật",
    "Trẻ em bị xâm hại tình dục",
    "Trẻ em bị bạo lực",
    "Trẻ em mồ côi cha hoặc mẹ, người còn lại đang chấp hành án",
    "Trẻ em nghiện ma túy",
    "Trẻ em lao động trái quy định",
)
_VN_CARER_REL = ("Bà nội", "Bà ngoại", "Ông nội", "Mẹ đẻ", "Cô ruột", "Chú ruột", "Anh ruột")
_VN_SCHOOLS = (
    "THCS Lê Quý Đôn",
    "TH Nguyễn Bỉnh Khiêm",
    "THPT Trần Phú",
    "Không đi học",
    "TT Giáo dục nghề nghiệp Q.8",
)
_VN_HELP = (
    "Trợ cấp xã hội hằng tháng",
    "Hỗ trợ học phí",
    "Chăm sóc thay thế",
    "Tư vấn tâm lý",
    "Cấp thẻ BHYT",
)
_VN_FOSTER_TERM = ("6", "12", "24", "36", "Đến khi đủ 18 tuổi")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Khmer", "H'Mông")
_VN_HOMETOWNS = ("Xã Tân Phú, Đồng Nai", "Huyện Củ Chi, TP.HCM", "Không rõ", "TP. Tây Ninh")
_VN_REASON = (
    "Bị bỏ rơi tại bệnh viện",
    "Mồ côi, không nơi nương tựa",
    "Cha mẹ mất năng lực hành vi",
    "Tạm thời cách ly khỏi môi trường bị xâm hại",
    "Khuyết tật nặng, gia đình không đủ điều kiện",
)
_VN_HOUSES = ("Nhà 1 - Hoa Sen", "Nhà 3 - Hoa Mai", "Khu nuôi dưỡng trẻ sơ sinh", "Nhà 7 - Hoa Lan")
_VN_GUARDIAN = ("Giám đốc Trung tâm", "Bà Nguyễn Thị Hạnh (bà ngoại)", "Ông Trần Văn Tý (chú)")
_VN_CALLER_REL = ("Mẹ", "Hàng xóm", "Giáo viên chủ nhiệm", "Chính trẻ gọi", "Cô giáo mầm non", "Bố")
_VN_ABUSE = ("Bạo lực thể chất", "Xâm hại tình dục", "Bỏ mặc, sao nhãng", "Bạo lực tinh thần",
             "Mua bán trẻ em", "Tư vấn tâm lý học đường")  # fmt: skip
_VN_LEVEL = ("Khẩn cấp", "Cao", "Trung bình", "Thấp")
_VN_REFERRAL = ("CA phường", "Phòng LĐ-TB&XH quận", "BV Nhi Đồng 1", "Không chuyển", "UBND xã")

_UK_LEGAL = ("C2 - Full care order", "V2 - Single period s20", "C1 - Interim care order",
             "E1 - Placement order granted", "L1 - Police protection")  # fmt: skip
_UK_PLACEMENT = (
    "U4 - Foster placement with relative",
    "U1 - Foster placement (LA)",
    "K2 - Children's home",
    "P1 - Placed with parent",
    "R1 - Residential care",
)
_UK_CARERS = ("Crowther", "Akhtar", "Illingworth", "Shaw", "Mitchell")
_UK_OUTWARD = ("LS6", "BD3", "WF1", "HX1", "LS11", "HD2", "BD18")
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_UK_WORKERS = ("Sarah Whitaker", "Imran Hussain", "Claire Dobson", "Mark Ellison", "Priya Patel")
_UK_IROS = ("J. Holroyd", "K. Osei", "D. Lumb", "A. McKenzie")

_BR_KIDS_M = ("Enzo Gabriel", "Davi Lucas", "Kauã", "Pedro Henrique", "Ryan", "Arthur Miguel")
_BR_KIDS_F = ("Maria Eduarda", "Ana Clara", "Yasmin", "Emanuelly", "Isabelly", "Lorena Vitória")
_BR_SURNAMES = ("da Silva Santos", "Oliveira", "de Souza Lima", "Ferreira", "dos Anjos", "Barbosa")
_BR_ADULTS = ("Josefa", "Francisca das Chagas", "Antônio Carlos", "Edileusa", "Raimundo Nonato")
_BR_REL = ("Mãe", "Pai", "Avó materna", "Tia", "Madrasta", "Avô paterno")
_BR_PLACES = (
    ("Rua Padre Cícero, 214", "Jardim Iracema", "Fortaleza", "60341-120"),
    ("Travessa São Jorge, 18, casa 2", "Cidade Tiradentes", "São Paulo", "08490-300"),
    ("Av. Brasil, 3550, bloco C apto 12", "Bangu", "Rio de Janeiro", "21870-001"),
    ("Rua Tapajós, 77", "Jorge Teixeira", "Manaus", "69088-350"),
    ("Rua Sete de Setembro, 1021", "Centro", "Caruaru", "55002-000"),
)
_BR_RIGHTS = ("Negligência", "Evasão escolar", "Violência física", "Abuso sexual",
              "Trabalho infantil", "Abandono")  # fmt: skip
_BR_MEASURES = ("Art. 101, I - encaminhamento aos pais", "Art. 101, II - orientação e apoio",
                "Art. 101, III - matrícula escolar", "Art. 101, VII - acolhimento institucional",
                "Art. 101, V - tratamento médico")  # fmt: skip
_BR_COUNSELLORS = ("Conselheira Marta Nogueira", "Conselheiro Jailson Rocha", "Cons. Rita Brito")

_ZA_HOMES = (
    "Stand 4412, Extension 9, Orange Farm, Johannesburg",
    "23 Mkhize Street, Umlazi Section K, Durban",
    "House 1187, Site C, Khayelitsha, Cape Town",
    "Ga-Mothapo Village, Polokwane, Limpopo",
    "56 Ndabeni Road, Mdantsane NU 2, East London",
)
_ZA_REL = ("Mother", "Grandmother", "Aunt", "Father", "Sister", "Great-grandmother")
_ZA_OFFICES = ("SASSA Soweto Local Office", "SASSA Umlazi", "SASSA Khayelitsha", "SASSA Polokwane")
_ZA_PAY = ("SASSA Card - Postbank", "Capitec Bank", "Pick n Pay Pay Point", "Boxer Store")
_ZA_STATUS = ("Active", "Active", "Suspended - no school proof", "Lapsed (age 18)", "In review")

_TH_KIDS_M = ("Thanawat", "Phakin", "Krittapas", "Natthaphong", "Chanon", "Siwakorn")
_TH_KIDS_F = ("Pimchanok", "Kanyarat", "Sirinya", "Natthida", "Wanwisa", "Ploypailin")
_TH_SURNAMES = ("Kaewmanee", "Srisuk", "Boonma", "Thongkham", "Wongsawat", "Jaidee", "Phromwong")
_TH_ADULTS = ("Mrs. Somjit", "Mr. Prasert", "Mrs. Buaphan", "Mr. Wichai", "Ms. Ratree")
_TH_REL = ("Grandmother", "Aunt", "Uncle", "Unrelated foster family", "Older sister")
_TH_HOMES = (
    "99/12 Moo 4, Tambon Nong Khwai, Amphoe Hang Dong, Chiang Mai 50230",
    "15 Moo 7, Tambon Ban Pet, Amphoe Mueang Khon Kaen, Khon Kaen 40000",
    "48/3 Soi Ramkhamhaeng 53, Khwaeng Phlapphla, Khet Wang Thonglang, Bangkok 10310",
    "201 Moo 2, Tambon Tha Sala, Amphoe Mueang, Lop Buri 15000",
)
_TH_WORKERS = ("Khun Nattaya (Social Worker)", "Khun Apinya", "Khun Somsak", "Khun Duangjai")

_CZ_PLACES = (
    ("Lidická 1534/22", "Brno", "602 00"),
    ("Nádražní 418", "Ostrava-Vítkovice", "703 00"),
    ("Husova 87", "Kladno", "272 01"),
    ("Sídliště Vajgar 612", "Jindřichův Hradec", "377 01"),
    ("Palackého 1203/7", "Ústí nad Labem", "400 01"),
)
_CZ_CARE = ("pěstounská péče", "pěstounská péče na přechodnou dobu", "ústavní výchova",
            "poručenství", "svěření do péče jiné osoby", "dohled (§ 46)")  # fmt: skip
_CZ_WORKERS = ("Bc. Jana Svobodová", "Mgr. Petra Malá", "DiS. Hana Kolářová", "Mgr. Lukáš Beneš")


def _at(p: Person, rows: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return rows[(int(p.bhxh) // (salt * 11 + 1)) % len(rows)]


def _adult(p: Person, salt: int, table: tuple[str, ...], family: str) -> str:
    return f"{_pick(p, table, salt)} {family}"


def _uk_postcode(p: Person, salt: int = 0) -> str:
    tail = p.bhxh[::-1] if salt else p.bhxh
    letters = f"{_UK_LETTERS[int(tail[3:5]) % 20]}{_UK_LETTERS[int(tail[5:7]) % 20]}"
    return f"{_pick(p, _UK_OUTWARD, 2 + salt)} {tail[2]}{letters}"


def _cpf_other(p: Person) -> str:
    base = _digits(p, 9, 5)
    if len(set(base)) == 1:
        base = "2" + base[1:]
    one = _mod11(base, tuple(range(10, 1, -1)))
    two = _mod11(base + str(one), tuple(range(11, 1, -1)))
    return f"{base[:3]}.{base[3:6]}.{base[6:]}-{one}{two}"


def _za_pcg_id(p: Person) -> str:
    """The caregiver's identity number: born 18 to 45 years before the child, a woman mostly."""
    born = _shift_date(p.birth, -(18 + _num(p, 27)))
    seq = int(p.bhxh[-5:-1]) % 5000 + (5000 if int(p.bhxh) % 5 == 0 else 0)
    body = f"{born:%y%m%d}{seq:04d}08"
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return f"{body}{(10 - total % 10) % 10}"


def _foster_start(p: Person) -> date:
    return p.other_date - timedelta(days=_num(p, 900))


WRITERS_BLIND421: dict[str, Callable[[Person, Col], object]] = {
    # ward's children in special circumstances
    "hcdb421": lambda p, c: _pick(p, _VN_HCDB, 2),
    "carer421": lambda p, c: _other_vn(p, 3),
    "carer_rel421": lambda p, c: _pick(p, _VN_CARER_REL, 4),
    "carer_phone421": lambda p, c: _other_phone(p, "09"),
    "school421": lambda p, c: _pick(p, _VN_SCHOOLS, 5),
    "help421": lambda p, c: _pick(p, _VN_HELP, 6),
    # foster families
    "fam421": lambda p, c: f"NCST-{p.other_date:%Y}-{_num(p, 300):03d}",
    "foster_child421": lambda p, c: _other_vn(p, 7),
    "child_dob421": lambda p, c: f"{p.other_date - timedelta(days=400 + _num(p, 5000)):%d.%m.%Y}",
    "term421": lambda p, c: _pick(p, _VN_FOSTER_TERM, 8),
    "decision421": lambda p, c: f"{_num(p, 950)}/QĐ-UBND",
    "allow421": lambda p, c: f"{(3 + _num(p, 4)) * 360_000:,}".replace(",", "."),
    # social protection centre residents
    "resident421": lambda p, c: f"TTBTXH-{p.bhxh[-5:]}",
    "ethnic421": lambda p, c: _pick(p, _VN_ETHNIC, 9),
    "hometown421": lambda p, c: _pick(p, _VN_HOMETOWNS, 10),
    "reason421": lambda p, c: _pick(p, _VN_REASON, 11),
    "guardian421": lambda p, c: _pick(p, _VN_GUARDIAN, 12),
    "guardian_phone421": lambda p, c: _other_phone(p, "028"),
    "house421": lambda p, c: _pick(p, _VN_HOUSES, 13),
    "stamp421": lambda p, c: f"{p.updated:%d/%m/%Y %H:%M}",
    # child helpline
    "case421": lambda p, c: f"111-{p.other_date:%y%m}-{p.bhxh[-4:]}",
    "hour421": lambda p, c: f"{_num(p, 24) - 1:02d}:{int(p.bhxh[-2:]) % 60:02d}",
    "caller421": lambda p, c: "" if int(p.bhxh) % 6 == 0 else _other_vn(p, 14),
    "caller_phone421": lambda p, c: _other_phone(p, "03"),
    "caller_rel421": lambda p, c: _pick(p, _VN_CALLER_REL, 15),
    "abuse421": lambda p, c: _pick(p, _VN_ABUSE, 16),
    "level421": lambda p, c: _pick(p, _VN_LEVEL, 17),
    "referral421": lambda p, c: _pick(p, _VN_REFERRAL, 18),
    "counsellor421": lambda p, c: f"TVV {_other_vn(p, 19)}",
    # UK looked-after children
    "uk_lcs421": lambda p, c: str(100_000 + int(p.bhxh[-6:]) % 900_000),
    "uk_upn421": lambda p, c: f"{_UK_LETTERS[_num(p, 20) - 1]}3831{p.bhxh[-8:]}",
    "nhs421": lambda p, c: _nhs(p),
    "sex_uk421": lambda p, c: "Male" if p.male else "Female",
    "uk_legal421": lambda p, c: _pick(p, _UK_LEGAL, 2),
    "uk_place421": lambda p, c: _pick(p, _UK_PLACEMENT, 3),
    "uk_pc421": lambda p, c: _uk_postcode(p),
    "uk_ppc421": lambda p, c: _uk_postcode(p, 1),
    "uk_carer421": lambda p, c: f"Mr & Mrs {_pick(p, _UK_CARERS, 4)}",
    "uk_carer_tel421": lambda p, c: _uk_mobile(p),
    "uk_sw421": lambda p, c: _pick(p, _UK_WORKERS, 5),
    "uk_iro421": lambda p, c: _pick(p, _UK_IROS, 6),
    "uk_review421": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 180)):%d/%m/%Y}",
    # Brazilian Conselho Tutelar
    "br_child421": lambda p, c: (
        f"{_by_sex(p, _BR_KIDS_M, _BR_KIDS_F, 1)} {_pick(p, _BR_SURNAMES, 2)}"
    ),
    "br_ccpf421": lambda p, c: "" if int(p.bhxh) % 4 == 0 else _cpf(p),
    "sex_br421": lambda p, c: "M" if p.male else "F",
    "br_pront421": lambda p, c: f"{_num(p, 2400):04d}/{p.other_date:%Y}",
    "br_guard421": lambda p, c: _adult(p, 3, _BR_ADULTS, _pick(p, _BR_SURNAMES, 2)),
    "br_cpf421": lambda p, c: _cpf_other(p),
    "br_rel421": lambda p, c: _pick(p, _BR_REL, 4),
    "br_tel421": lambda p, c: f"(85) 9{p.phone[3:7]}-{p.phone[7:10]}{p.bhxh[0]}",
    "br_street421": lambda p, c: _at(p, _BR_PLACES, 5)[0],
    "br_bairro421": lambda p, c: _at(p, _BR_PLACES, 5)[1],
    "br_city421": lambda p, c: _at(p, _BR_PLACES, 5)[2],
    "br_cep421": lambda p, c: _at(p, _BR_PLACES, 5)[3],
    "br_right421": lambda p, c: _pick(p, _BR_RIGHTS, 6),
    "br_measure421": lambda p, c: _pick(p, _BR_MEASURES, 7),
    "br_cons421": lambda p, c: _pick(p, _BR_COUNSELLORS, 8),
    # South African child support grant
    "za_ref421": lambda p, c: f"CSG{p.bhxh[-8:]}",
    "za_fam421": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_giv421": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "za_id421": lambda p, c: _za_id(p),
    "sex_za421": lambda p, c: "M" if p.male else "F",
    "za_pcg421": lambda p, c: f"{_pick(p, _ZA_GIVEN_F, 3)} {_pick(p, _ZA_FAMILY, 2)}",
    "za_pcg_id421": lambda p, c: _za_pcg_id(p),
    "za_rel421": lambda p, c: _pick(p, _ZA_REL, 4),
    "za_cell421": lambda p, c: f"0{_pick(p, ('72', '82', '83', '61', '79'), 5)}{p.phone[3:10]}",
    "za_addr421": lambda p, c: _pick(p, _ZA_HOMES, 6),
    "za_office421": lambda p, c: _pick(p, _ZA_OFFICES, 7),
    "za_pay421": lambda p, c: _pick(p, _ZA_PAY, 8),
    "za_amt421": lambda p, c: "560.00",
    "za_status421": lambda p, c: _pick(p, _ZA_STATUS, 9),
    # Thai foster care
    "th_case421": lambda p, c: f"DCY-FC {_num(p, 900)}/{p.other_date.year + 543}",
    "th_child421": lambda p, c: (
        f"{'Master' if p.male else 'Miss'} {_by_sex(p, _TH_KIDS_M, _TH_KIDS_F, 1)}"
        f" {_pick(p, _TH_SURNAMES, 2)}"
    ),
    "th_id421": lambda p, c: _thai_id(p),
    "th_dob421": lambda p, c: f"{p.birth:%d/%m}/{p.birth.year + 543}",
    "sex_th421": lambda p, c: "Male" if p.male else "Female",
    "th_fp421": lambda p, c: f"{_pick(p, _TH_ADULTS, 3)} {_pick(p, _TH_SURNAMES, 4)}",
    "th_rel421": lambda p, c: _pick(p, _TH_REL, 5),
    "th_tel421": lambda p, c: _th_phone(p),
    "th_addr421": lambda p, c: _pick(p, _TH_HOMES, 6),
    "th_start421": lambda p, c: f"{_foster_start(p):%d/%m}/{_foster_start(p).year + 543}",
    "th_amt421": lambda p, c: f"{(2 + _num(p, 3)) * 1000:,}",
    "th_cw421": lambda p, c: _pick(p, _TH_WORKERS, 7),
    # Czech OSPOD
    "cz_spis421": lambda p, c: f"OSPOD {_num(p, 3000)}/{p.other_date:%Y}",
    "cz_fam421": lambda p, c: _cz_family(p),
    "cz_giv421": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "cz_rc421": lambda p, c: _rodne_cislo(p),
    "sex_cz421": lambda p, c: "M" if p.male else "Ž",
    "cz_street421": lambda p, c: _at(p, _CZ_PLACES, 2)[0],
    "cz_town421": lambda p, c: _at(p, _CZ_PLACES, 2)[1],
    "cz_psc421": lambda p, c: _at(p, _CZ_PLACES, 2)[2],
    "cz_parent421": lambda p, c: f"{_pick(p, _CZ_GIVEN_F, 3)} {_at(p, _CZ_FAMILY, 4)[1]} (matka)",
    "cz_tel421": lambda p, c: _cz_phone(p),
    "cz_care421": lambda p, c: _pick(p, _CZ_CARE, 5),
    "cz_foster421": lambda p, c: (
        "" if int(p.bhxh) % 3 == 0 else f"rodina {_at(p, _CZ_FAMILY, 6)[0]}"
    ),
    "cz_sw421": lambda p, c: _pick(p, _CZ_WORKERS, 7),
}

__all__ = ["WRITERS_BLIND421"]
