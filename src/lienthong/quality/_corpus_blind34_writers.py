"""How the people of the thirty-fourth part of the outside corpus (**blind 34**,
:mod:`lienthong.quality._corpus_blind34`) are written: four Vietnamese files' own columns (a
traffic police fine's record number, plate, vehicle, offence, amount, officer and how it was paid,
a private university graduate's student code, birthplace, major, classification, degree serial,
register number and the parent who paid the fees, a fishing boat's registration, owner, crew
position, port and fishing ground, an elderly person's care category, illnesses, carer and
allowance) and Australian, Brazilian, Beninese, Comorian and Solomon Islander names, addresses,
phones and numbers in the forms their cards show (the Medicare card number carries a check digit
in its ninth place, weights 1 3 7 9 1 3 7 9, then the card's issue number; the Centrelink CRN is
nine digits and a letter; the CPF has its two mod-11 check digits; the Beninese NPI, the Comorian
NIN and the Solomon Islands NPF number are serials with no published check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_people import _cpf

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PLATE_AREAS = ("59", "51", "29", "30", "43", "61", "92", "65")
_VN_VEHICLES = ("Xe mô tô", "Xe mô tô", "Xe ô tô con", "Xe gắn máy", "Xe tải")
_VN_OFFENCES = (
    "Không chấp hành hiệu lệnh của đèn tín hiệu giao thông",
    "Điều khiển xe chạy quá tốc độ quy định từ 05 km/h đến dưới 10 km/h",
    "Trong máu hoặc hơi thở có nồng độ cồn",
    "Không đội mũ bảo hiểm",
    "Dừng, đỗ xe không đúng nơi quy định",
    "Đi vào đường cấm, khu vực cấm",
    "Sử dụng điện thoại khi đang điều khiển xe",
)
_VN_FINES = (800_000, 4_000_000, 6_000_000, 400_000, 600_000, 2_000_000, 1_000_000)
_VN_TRAFFIC_OFFICERS = (
    "Thiếu tá Nguyễn Hữu Phước",
    "Đại úy Trần Công Danh",
    "Thượng úy Lê Văn Hậu",
    "Trung tá Phạm Quốc Việt",
)
_VN_PAY = ("Nộp qua Cổng DVC quốc gia", "Nộp tại Kho bạc Nhà nước", "Chuyển khoản", "VNeID")
_VN_MAJORS = (
    "Quản trị kinh doanh",
    "Công nghệ thông tin",
    "Ngôn ngữ Anh",
    "Kế toán",
    "Marketing",
    "Luật kinh tế",
    "Dược học",
)
_VN_RANKS = ("Giỏi", "Khá", "Khá", "Trung bình", "Xuất sắc")
_VN_BIRTHPLACES = ("TP. Hồ Chí Minh", "Đồng Nai", "Bình Định", "Nghệ An", "Cần Thơ", "Huế")
_VN_BOAT_PROVINCES = ("BĐ", "QNg", "KH", "BT", "BV", "KG")
_VN_CREW_POSITIONS = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thợ máy")
_VN_PORTS = ("Cảng cá Tam Quan", "Cảng cá Quy Nhơn", "Cảng cá Sa Huỳnh", "Cảng cá Phan Thiết")
_VN_GROUNDS = ("Hoàng Sa", "Trường Sa", "Vùng lộng", "Vùng khơi Nam Trung Bộ", "Vịnh Bắc Bộ")
_VN_CARE = (
    "Người cao tuổi cô đơn",
    "Người từ đủ 80 tuổi",
    "Người cao tuổi thuộc hộ nghèo",
    "Người cao tuổi khuyết tật",
)
_VN_ILLNESS = ("Tăng huyết áp", "Tiểu đường type 2", "Thoái hóa khớp", "Sa sút trí tuệ", "")
_VN_CARER_REL = ("Con trai", "Con gái", "Con dâu", "Cháu", "Nhân viên CTXH", "Hàng xóm")
_AU_FAMILY = ("Nguyen", "Smith", "O'Brien", "Papadopoulos", "Wilson", "Tran", "Kelly", "Singh")
_AU_GIVEN_M = ("Jack Thomas", "Liam", "Nathan James", "Cooper", "Mitchell", "Duc Anh")
_AU_GIVEN_F = ("Charlotte Rose", "Mia", "Olivia", "Chloe Anne", "Thi Lan", "Isla")
_AU_PAYMENTS = ("Age Pension", "JobSeeker Payment", "Disability Support Pension", "Carer Payment")
_AU_NOMINEES = ("Margaret Kelly", "Peter Wilson", "Anh Nguyen", "", "", "Sarah Smith")
#: (street name, suburb, state, postcode)
_AU_PLACES = (
    ("Smith Street", "Fitzroy", "VIC", "3065"),
    ("Parramatta Road", "Annandale", "NSW", "2038"),
    ("Hay Street", "Subiaco", "WA", "6008"),
    ("Brunswick Street", "Fortitude Valley", "QLD", "4006"),
    ("King William Road", "Unley", "SA", "5061"),
    ("Elizabeth Street", "North Hobart", "TAS", "7000"),
    ("Mitchell Street", "Darwin City", "NT", "0800"),
    ("Northbourne Avenue", "Braddon", "ACT", "2612"),
)
_BR_GIVEN_M = ("José Carlos", "João Pedro", "Antônio", "Francisco", "Lucas Gabriel", "Raimundo")
_BR_GIVEN_F = ("Maria Aparecida", "Ana Paula", "Francisca", "Juliana", "Luíza", "Conceição")
_BR_FAMILY = (
    "da Silva",
    "dos Santos",
    "Pereira Lima",
    "de Oliveira",
    "Ferreira da Costa",
    "Rodrigues Alves",
    "de Souza",
)
_BR_MOTHERS = ("Maria José da Silva", "Antônia Pereira", "Raimunda de Souza", "Ana Lúcia Costa")
#: (logradouro, bairro, município, UF, CEP prefix, DDD)
_BR_PLACES = (
    ("Rua Augusta", "Consolação", "São Paulo", "SP", "01305", "11"),
    ("Avenida Sete de Setembro", "Centro", "Salvador", "BA", "40060", "71"),
    ("Rua Voluntários da Pátria", "Botafogo", "Rio de Janeiro", "RJ", "22270", "21"),
    ("Rua da Aurora", "Boa Vista", "Recife", "PE", "50050", "81"),
    ("Avenida Afonso Pena", "Funcionários", "Belo Horizonte", "MG", "30130", "31"),
    ("Travessa Padre Eutíquio", "Batista Campos", "Belém", "PA", "66023", "91"),
    ("Rua Barão do Rio Branco", "Centro", "Fortaleza", "CE", "60025", "85"),
)
_BJ_FAMILY = ("HOUNKPATIN", "AGBODJAN", "DOSSOU", "ADJOVI", "GBAGUIDI", "SOGLO", "KPADONOU")
_BJ_GIVEN_M = ("Koffi Sylvestre", "Mathias", "Codjo Romaric", "Sèmassa", "Gildas", "Fiacre")
_BJ_GIVEN_F = ("Afiavi Reine", "Chantal", "Sènami", "Bernadette", "Ablawa Prisca", "Nadège")
_BJ_BIRTHPLACES = ("Cotonou", "Porto-Novo", "Abomey", "Parakou", "Ouidah", "Lokossa")
_BJ_EMPLOYERS = ("SBEE", "Port Autonome de Cotonou", "Bénin Télécoms", "SONEB", "Ecobank Bénin")
#: (quartier, arrondissement, commune)
_BJ_PLACES = (
    ("Quartier Zogbo", "9e arrondissement", "Cotonou"),
    ("Quartier Fidjrossè", "12e arrondissement", "Cotonou"),
    ("Quartier Avakpa", "1er arrondissement", "Porto-Novo"),
    ("Quartier Zongo", "2e arrondissement", "Parakou"),
    ("Quartier Agla", "13e arrondissement", "Cotonou"),
    ("Quartier Gbégamey", "10e arrondissement", "Cotonou"),
)
_KM_GIVEN_M = ("Ahamada", "Said", "Mohamed", "Abdallah", "Youssouf", "Ibrahim", "Fahardine")
_KM_GIVEN_F = ("Fatima", "Zaharia", "Echata", "Mariama", "Anrafa", "Hadidja", "Sitti")
_KM_FATHERS = ("Ali", "Mbaé", "Soilihi", "Hamadi", "Combo", "Msa", "Attoumani", "Toyb")
_KM_TUTORS = ("Said Ali Mbaé", "Hamadi Msa", "Abdou Soilihi", "Madi Combo")
#: (quartier or village, town, island)
_KM_PLACES = (
    ("Quartier Magoudjou", "Moroni", "Ngazidja"),
    ("Quartier Badjanani", "Moroni", "Ngazidja"),
    ("Hamramba", "Moroni", "Ngazidja"),
    ("Quartier Habomo", "Mutsamudu", "Ndzuwani"),
    ("Pagé", "Mutsamudu", "Ndzuwani"),
    ("Quartier Mdjankagnoi", "Fomboni", "Mwali"),
    ("Mitsamiouli", "Mitsamiouli", "Ngazidja"),
)
_SB_FAMILY = ("Maeli", "Tanito", "Kuper", "Houenipwela", "Sogavare", "Pitakaka", "Lilo", "Kwaiga")
_SB_GIVEN_M = ("John", "Peter Waleanisia", "Alfred", "Moses", "Stanley", "Rex")
_SB_GIVEN_F = ("Mary", "Ruth Kaumae", "Grace", "Joanna", "Esther", "Lily")
_SB_EMPLOYERS = ("Solomon Power", "SIPA", "Our Telekom", "Soltuna Ltd", "BSP Solomon Islands")
_SB_NOMINEES = ("Mary Maeli", "Peter Kuper", "Joseph Lilo", "Ruth Tanito")
#: (village or area, town or island, province)
_SB_PLACES = (
    ("Kukum", "Honiara", "Honiara City"),
    ("White River", "Honiara", "Honiara City"),
    ("Naha", "Honiara", "Honiara City"),
    ("Auki Town", "Malaita", "Malaita"),
    ("Gizo", "Ghizo Island", "Western"),
    ("Noro", "New Georgia", "Western"),
    ("Tulagi", "Nggela", "Central"),
    ("Kirakira", "Makira", "Makira-Ulawa"),
)


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _plate(p: Person) -> str:
    series = "ABCDEFGHKLMNPSTUVXYZ"
    b = p.bhxh
    if int(b) % 3 == 0:
        return f"{_pick(p, _VN_PLATE_AREAS, 2)}{series[int(b[0:2]) % 20]}-{b[2:5]}.{b[5:7]}"
    return f"{_pick(p, _VN_PLATE_AREAS, 2)}-{series[int(b[0:2]) % 20]}{b[7]} {b[2:5]}.{b[5:7]}"


def _grad_birth(p: Person) -> date:
    """A graduate's birthday: the person's day and month, 1998 to 2003."""
    return date(1998 + int(p.bhxh) % 6, p.birth.month, min(p.birth.day, 28))


def _elder_birth(p: Person) -> date:
    """An elderly person's birthday: the person's day and month, 1930 to 1964."""
    return date(1930 + p.birth.year % 35, p.birth.month, min(p.birth.day, 28))


def _medicare(p: Person) -> str:
    """A Medicare card number, ``2123 45670 1``: eight digits (the first 2 to 6), the check
    digit (their sum weighted 1 3 7 9 1 3 7 9, modulo 10) and the card's issue number."""
    eight = f"{2 + int(p.bhxh[0]) % 5}{p.bhxh[3:10]}"
    check = sum(int(d) * w for d, w in zip(eight, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    issue = 1 + int(p.bhxh[1]) % 5
    return f"{eight[:4]} {eight[4:]}{check} {issue}"


def _crn(p: Person) -> str:
    """A Centrelink Customer Reference Number: nine digits and a letter."""
    nine = f"{p.bhxh[::-1][:9]}"
    return f"{nine[:3]} {nine[3:6]} {nine[6:]}{'ABCHJKLSTVX'[int(nine) % 11]}"


def _au_place(p: Person) -> tuple[str, str, str, str]:
    return _AU_PLACES[int(p.bhxh) // 7 % len(_AU_PLACES)]


def _br_place(p: Person) -> tuple[str, str, str, str, str, str]:
    return _BR_PLACES[int(p.bhxh) // 7 % len(_BR_PLACES)]


def _bj_place(p: Person) -> tuple[str, str, str]:
    return _BJ_PLACES[int(p.bhxh) // 7 % len(_BJ_PLACES)]


def _km_place(p: Person) -> tuple[str, str, str]:
    return _KM_PLACES[int(p.bhxh) // 7 % len(_KM_PLACES)]


def _sb_place(p: Person) -> tuple[str, str, str]:
    return _SB_PLACES[int(p.bhxh) // 7 % len(_SB_PLACES)]


def _paid(p: Person) -> date:
    return p.other_date + timedelta(days=2 + int(p.bhxh) % 20)


WRITERS_BLIND34: dict[str, Callable[[Person, Col], object]] = {
    "record34": lambda p, c: f"{_num(p, 900):06d}/BB-VPHC",
    "plate34": lambda p, c: _plate(p),
    "vehicle34": lambda p, c: _pick(p, _VN_VEHICLES, 3),
    "offence34": lambda p, c: _pick(p, _VN_OFFENCES, 4),
    "fine34": lambda p, c: _money(_pick_int(p, _VN_FINES, 4)),
    "traffic_officer34": lambda p, c: _pick(p, _VN_TRAFFIC_OFFICERS, 5),
    "paid34": lambda p, c: f"{_paid(p):%d/%m/%Y}",
    "pay_way34": lambda p, c: _pick(p, _VN_PAY, 6),
    "student34": lambda p, c: f"{(_grad_birth(p).year + 18) % 100:02d}{p.bhxh[-7:]}",
    "grad_birth34": lambda p, c: f"{_grad_birth(p):%d/%m/%Y}",
    "birthplace34": lambda p, c: _pick(p, _VN_BIRTHPLACES, 2),
    "grad_cccd34": lambda p, c: _cccd_of(p, p.male, _grad_birth(p).year),
    "major34": lambda p, c: _pick(p, _VN_MAJORS, 3),
    "rank34": lambda p, c: _pick(p, _VN_RANKS, 4),
    "diploma34": lambda p, c: f"{'ABCD'[int(p.bhxh) % 4]} {p.bhxh[2:9]}",
    "register34": lambda p, c: f"{p.other_date.year}/ĐH/{_num(p, 3000):04d}",
    "parent34": lambda p, c: _other_vn(p, 4),
    "parent_phone34": lambda p, c: _other_phone(p, "09"),
    "grad_email34": lambda p, c: f"{p.bhxh[-7:]}@sv.hutech-demo.edu.vn",
    "boat34": lambda p, c: f"{_pick(p, _VN_BOAT_PROVINCES, 2)}-{90000 + _num(p, 9000)}-TS",
    "owner34": lambda p, c: _other_vn(p, 3, True),
    "position34": lambda p, c: _pick(p, _VN_CREW_POSITIONS, 4),
    "depart_hour34": lambda p, c: f"{4 + int(p.bhxh) % 15:02d}:{int(p.bhxh) // 15 % 4 * 15:02d}",
    "port34": lambda p, c: _pick(p, _VN_PORTS, 5),
    "ground34": lambda p, c: _pick(p, _VN_GROUNDS, 6),
    "elder_birth34": lambda p, c: f"{_elder_birth(p):%d/%m/%Y}",
    "elder_cccd34": lambda p, c: _cccd_of(p, p.male, _elder_birth(p).year),
    "care34": lambda p, c: _pick(p, _VN_CARE, 2),
    "illness34": lambda p, c: _pick(p, _VN_ILLNESS, 3),
    "carer34": lambda p, c: _other_vn(p, 5),
    "carer_rel34": lambda p, c: _pick(p, _VN_CARER_REL, 6),
    "carer_phone34": lambda p, c: _other_phone(p, "03"),
    "allowance34": lambda p, c: _money((4 + int(p.bhxh) % 4) * 125_000),
    "medicare_au34": lambda p, c: _medicare(p),
    "irn_au34": lambda p, c: str(1 + int(p.bhxh[-1]) % 6),
    "crn_au34": lambda p, c: _crn(p),
    "au_family34": lambda p, c: _pick(p, _AU_FAMILY, 2),
    "au_given34": lambda p, c: _by_sex(p, _AU_GIVEN_M, _AU_GIVEN_F, 1),
    "sex_au34": lambda p, c: "M" if p.male else "F",
    "street_au34": lambda p, c: f"{_num(p, 240)} {_au_place(p)[0]}",
    "suburb_au34": lambda p, c: _au_place(p)[1],
    "state_au34": lambda p, c: _au_place(p)[2],
    "post_au34": lambda p, c: _au_place(p)[3],
    "phone_au34": lambda p, c: f"04{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "payment_au34": lambda p, c: _pick(p, _AU_PAYMENTS, 4),
    "nominee_au34": lambda p, c: _pick(p, _AU_NOMINEES, 5),
    "cpf_br34": lambda p, c: _cpf(p.bhxh[::-1][:9]),
    "name_br34": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
    ),
    "sex_br34": lambda p, c: "Masculino" if p.male else "Feminino",
    "mother_br34": lambda p, c: _pick(p, _BR_MOTHERS, 3),
    "street_br34": lambda p, c: f"{_br_place(p)[0]}, {_num(p, 1500)}",
    "bairro_br34": lambda p, c: _br_place(p)[1],
    "city_br34": lambda p, c: _br_place(p)[2],
    "uf_br34": lambda p, c: _br_place(p)[3],
    "cep_br34": lambda p, c: f"{_br_place(p)[4]}-{p.bhxh[-3:]}",
    "phone_br34": lambda p, c: f"({_br_place(p)[5]}) 9{p.phone[3:7]}-{p.phone[7:10]}{p.bhxh[0]}",
    "nis_br34": lambda p, c: (
        f"{p.bhxh[1]}{p.bhxh[2:4]}.{p.bhxh[4:9]}.{p.bhxh[9]}{p.bhxh[0]}-{int(p.bhxh) % 10}"
    ),
    "cnss_bj34": lambda p, c: f"{p.other_date.year % 100:02d}{p.bhxh[::-1][:7]}",
    "npi_bj34": lambda p, c: f"{1 + int(p.bhxh[0]) % 9}{p.bhxh[1:10]}",
    "bj_family34": lambda p, c: _pick(p, _BJ_FAMILY, 2),
    "bj_given34": lambda p, c: _by_sex(p, _BJ_GIVEN_M, _BJ_GIVEN_F, 1),
    "birthplace_bj34": lambda p, c: _pick(p, _BJ_BIRTHPLACES, 3),
    "sex_bj34": lambda p, c: "M" if p.male else "F",
    "address_bj34": lambda p, c: (
        f"{_bj_place(p)[0]}, maison {_num(p, 400)}, {_bj_place(p)[1]}, {_bj_place(p)[2]}"
    ),
    "phone_bj34": lambda p, c: (
        f"+229 01 {_pick(p, ('97', '96', '66', '61', '95'), 4)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "employer_bj34": lambda p, c: _pick(p, _BJ_EMPLOYERS, 5),
    "contact_bj34": lambda p, c: (
        f"{_pick(p, _BJ_FAMILY, 6)} {_by_sex(p, _BJ_GIVEN_F, _BJ_GIVEN_M, 7)}"
    ),
    "cps_km34": lambda p, c: f"CPS-{p.bhxh[::-1][:6]}",
    "nin_km34": lambda p, c: f"{p.bhxh[:9]}",
    "name_km34": lambda p, c: (
        f"{_by_sex(p, _KM_GIVEN_M, _KM_GIVEN_F, 1)} {_pick(p, _KM_FATHERS, 2)}"
        f" {_pick(p, _KM_FATHERS, 3)}"
    ),
    "sex_km34": lambda p, c: "Masculin" if p.male else "Féminin",
    "island_km34": lambda p, c: _km_place(p)[2],
    "address_km34": lambda p, c: f"{_km_place(p)[0]}, {_km_place(p)[1]}",
    "phone_km34": lambda p, c: f"+269 3{p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "tutor_km34": lambda p, c: _pick(p, _KM_TUTORS, 4),
    "npf_sb34": lambda p, c: f"{p.bhxh[-6:]}",
    "sb_family34": lambda p, c: _pick(p, _SB_FAMILY, 2),
    "sb_given34": lambda p, c: _by_sex(p, _SB_GIVEN_M, _SB_GIVEN_F, 1),
    "sex_sb34": lambda p, c: "Male" if p.male else "Female",
    "address_sb34": lambda p, c: f"{_sb_place(p)[0]}, {_sb_place(p)[1]}",
    "province_sb34": lambda p, c: _sb_place(p)[2],
    "phone_sb34": lambda p, c: f"7{_pick(p, ('4', '5', '6'), 3)}{p.phone[5]} {p.phone[6:10]}",
    "employer_sb34": lambda p, c: _pick(p, _SB_EMPLOYERS, 4),
    "nominee_sb34": lambda p, c: _pick(p, _SB_NOMINEES, 5),
}


def _pick_int(p: Person, options: tuple[int, ...], salt: int = 0) -> int:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]
