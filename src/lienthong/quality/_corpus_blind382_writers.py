"""How the people of the three-hundred-and-eighty-second part of the outside corpus (**blind
382**, :mod:`lienthong.quality._corpus_blind382`) are written: library members. Parents and
grandparents standing guarantor for a district library's children's cards, a university
library's overdue borrowers, a mobile library van's readers at commune stops, a provincial
library's blind and low-vision readers; and Finnish, Brazilian, Korean, Irish and Romanian
library members with their identity numbers (the henkilötunnus's mod 31 character, the CPF's two
mod 11 digits, the masked resident registration number, the PPS number's mod 23 letter, the CNP's
weighted digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import (
    _IE_FAMILY,
    _IE_GIVEN_F,
    _IE_GIVEN_M,
    _IE_PLACES,
    _eircode,
    _pps,
)
from lienthong.quality._corpus_blind44_writers import (
    _RO_FAMILY,
    _RO_GIVEN_F,
    _RO_GIVEN_M,
    _RO_PLACES,
    _cnp,
)
from lienthong.quality._corpus_blind44_writers import _place as _ro_place
from lienthong.quality._corpus_blind112_writers import _kr_name, _rrn_masked
from lienthong.quality._corpus_blind292_writers import _FI_FAMILY, _FI_GIVEN_F, _FI_GIVEN_M, _hetu
from lienthong.quality._corpus_blind299_writers import (
    _BR_FAMILY,
    _BR_GIVEN_F,
    _BR_GIVEN_M,
    _BR_PLACES,
    _cpf,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Viet Nam -------------------------------------------------------------------------------------
_VN_CHILD_M = ("Minh Khang", "Gia Bảo", "Đức Anh", "Hoàng Nam", "Tuấn Kiệt", "Quang Huy")
_VN_CHILD_F = ("Bảo Ngọc", "Khánh Linh", "Minh Thư", "Ngọc Hân", "Tuệ An", "Phương Anh")
_VN_SCHOOLS = (
    "Trường TH Lê Văn Tám",
    "Trường THCS Nguyễn Du",
    "Trường TH Kim Đồng",
    "Trường THCS Trần Quốc Toản",
    "Trường TH Võ Thị Sáu",
)
_VN_FACULTIES = ("Khoa Luật", "Khoa Kinh tế", "Khoa CNTT", "Khoa Ngữ văn", "Phòng Đào tạo SĐH")
_VN_READER_KINDS = ("Học viên cao học", "Giảng viên", "NCS", "Cán bộ", "Học viên cao học")
_VN_TITLES = (
    "Giáo trình Luật Dân sự Việt Nam. T.1",
    "Kinh tế lượng ứng dụng",
    "Lịch sử Việt Nam. T.3",
    "Phương pháp nghiên cứu khoa học",
    "Cấu trúc dữ liệu và giải thuật",
    "Tuyển tập Nam Cao",
)
_VN_ACTIONS = ("Đã nhắc lần 1", "Đã nhắc lần 2", "Khóa thẻ", "Đã trả, chưa nộp phạt", "Bồi thường")
_VN_STOPS = (
    "Nhà văn hóa thôn Đông",
    "Điểm trường TH xã Tân Lập",
    "Sân UBND xã",
    "Bưu điện văn hóa xã",
    "Chợ phiên xã Yên Bình",
)
_VN_RURAL = (
    "Thôn Đông, Xã Tân Lập, Tỉnh Phú Thọ",
    "Xóm 4, Xã Yên Bình, Tỉnh Thái Nguyên",
    "Thôn Hạ, Xã Quảng Phú, Tỉnh Thanh Hóa",
    "Bản Na Hu, Xã Mường Chà, Tỉnh Điện Biên",
    "Ấp 3, Xã Tân Hòa, Tỉnh Đồng Tháp",
)
_VN_MATERIALS = (
    "Sách thiếu nhi",
    "Sách KHKT nông nghiệp",
    "Truyện",
    "Báo, tạp chí",
    "Sách pháp luật",
)
_VN_DISAB = ("Mù hoàn toàn", "Nhìn kém", "Mù hoàn toàn", "Nhìn kém, nghe kém")
_VN_SERVICES = (
    "Sách nói (USB)",
    "Sách chữ nổi Braille",
    "Gửi sách qua bưu điện",
    "Đọc tại phòng",
    "Sách nói (thẻ nhớ)",
)
_VN_HOMES = (
    ("Số 14 ngõ 52 Lê Lợi", "Phường Hạc Thành", "Tỉnh Thanh Hóa"),
    ("Tổ 7, đường Hùng Vương", "Phường Thành Vinh", "Tỉnh Nghệ An"),
    ("Số 205 Trần Hưng Đạo", "Phường Hải Châu", "TP Đà Nẵng"),
    ("Thôn Phú Mỹ", "Xã Hòa Tiến", "TP Đà Nẵng"),
    ("K12/3 Nguyễn Huệ", "Phường Thuận Hóa", "TP Huế"),
)
# -- Finland --------------------------------------------------------------------------------------
_FI_PLACES = (
    ("Pohjoisesplanadi 11 A 4", "00170", "Helsinki / Helsingfors"),
    ("Kauppiaskatu 5 B 12", "20100", "Turku / Åbo"),
    ("Rådhusgatan 2 A 3", "65100", "Vaasa / Vasa"),
    ("Tapiontori 3 C 18", "02100", "Espoo / Esbo"),
    ("Storgatan 14", "68600", "Pietarsaari / Jakobstad"),
)
_FI_LIBRARIES = (
    "Oodi",
    "Åbo stadsbibliotek",
    "Vasa stadsbibliotek",
    "Sellon kirjasto",
    "Pedersöre",
)
_FI_BLOCKS = ("", "", "Maksamattomat maksut", "", "Palauttamaton aineisto", "")
# -- Brazil ---------------------------------------------------------------------------------------
_BR_SCHOOLS = ("EMEF Paulo Freire", "E.E. Monteiro Lobato", "EMEIF Cecília Meireles", "CIEP 218")
_BR_KIN_M = ("Pai", "Pai", "Tio", "Responsável legal")
_BR_KIN_F = ("Mãe", "Mãe", "Tia", "Mãe")
_BR_CHILD_M = ("Pedro Henrique", "Arthur", "Miguel", "Davi Lucas", "Heitor")
_BR_CHILD_F = ("Maria Eduarda", "Helena", "Alice", "Laura Vitória", "Sophia")
# -- South Korea ----------------------------------------------------------------------------------
_KR_HOMES = (
    ("서울특별시 마포구 월드컵로 212", "101동 1203호", "성산동"),
    ("경기도 수원시 팔달구 효원로 241", "2층", "인계동"),
    ("부산광역시 해운대구 센텀중앙로 79", "B동 804호", "우동"),
    ("대구광역시 수성구 달구벌대로 2500", "305호", "범어동"),
    ("광주광역시 북구 서하로 9", "1층", "중흥동"),
)
_KR_KINDS = ("일반", "책이음", "어린이(보호자 동의)", "일반", "65세 이상 책배달")
_KR_LATE = ("", "", "연체 3일", "", "대출정지 7일")
# -- Ireland --------------------------------------------------------------------------------------
_IE_BRANCHES = ("Galway City Library", "Ilac Library", "Clár Library", "Castlebar Library")
_IE_CATEGORIES = ("Adult", "Adult", "Senior (65+)", "Housebound Service", "Adult")
# -- Romania --------------------------------------------------------------------------------------
_RO_JOBS = ("inginer", "profesor", "casnică", "funcţionar", "asistentă medicală", "şofer")
_RO_STUDIES = ("liceale", "superioare", "gimnaziale", "postliceale", "superioare")


def _ro_job(p: Person) -> str:
    if p.birth.year >= 1999:
        return "student"
    return "pensionar" if p.birth.year < 1962 else _pick(p, _RO_JOBS, 3)


def _br_kin(p: Person) -> str:
    if p.birth.year < 1972:
        return "Avô" if p.male else "Avó"
    return _by_sex(p, _BR_KIN_M, _BR_KIN_F, 4)


def _child_born(p: Person) -> date:
    return date(2012 + int(p.bhxh[0]) % 9, 1 + int(p.bhxh[1:3]) % 12, 1 + int(p.bhxh[3:5]) % 28)


def _relation(p: Person) -> str:
    if p.birth.year < 1970:
        return "Ông nội" if p.male else "Bà ngoại"
    return "Bố" if p.male else "Mẹ"


def _child_vn(p: Person) -> str:
    given = _pick(p, _VN_CHILD_M if int(p.bhxh[5]) % 2 else _VN_CHILD_F, 4)
    family = p.family if p.male else _other_vn(p, 3).split()[0]
    return f"{family} {given}"


def _due(p: Person, days: int, fmt: str) -> str:
    return (p.other_date + timedelta(days=days)).strftime(fmt)


def _late(p: Person) -> int:
    return 3 + _num(p, 90)


def _vn_home(p: Person) -> tuple[str, str, str]:
    return _VN_HOMES[int(p.bhxh) // 11 % len(_VN_HOMES)]


def _fi_place(p: Person) -> tuple[str, str, str]:
    return _FI_PLACES[int(p.bhxh) // 11 % len(_FI_PLACES)]


def _br_place(p: Person) -> tuple[str, str, str, str, str, str]:
    return _BR_PLACES[int(p.bhxh) // 11 % len(_BR_PLACES)]


def _kr_home(p: Person) -> str:
    road, unit, dong = _KR_HOMES[int(p.bhxh) // 11 % len(_KR_HOMES)]
    return f"{road}, {unit} ({dong})"


def _ie_place(p: Person) -> tuple[str, str, str, str]:
    return _IE_PLACES[int(p.bhxh) // 9 % len(_IE_PLACES)]


WRITERS_BLIND382: dict[str, Callable[[Person, Col], object]] = {
    # children's cards with a guarantor
    "rel382": lambda p, c: _relation(p),
    "child382": lambda p, c: _child_vn(p),
    "child_dob382": lambda p, c: f"{_child_born(p):%d/%m/%Y}",
    "school382": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "grade382": lambda p, c: f"{1 + int(p.bhxh[6]) % 9}A{1 + int(p.bhxh[7]) % 5}",
    "card382": lambda p, c: f"TN-{p.other_date:%y}-{p.bhxh[-5:]}",
    "validity382": lambda p, c: _pick(p, ("12 tháng", "12 tháng", "24 tháng", "Đến hết lớp 9"), 3),
    "fee382": lambda p, c: _pick(p, ("20.000", "20.000", "Miễn phí", "30.000"), 5),
    # overdue borrowers
    "reader382": lambda p, c: f"BD{p.bhxh[-7:]}",
    "kind382": lambda p, c: _pick(p, _VN_READER_KINDS, 2),
    "faculty382": lambda p, c: _pick(p, _VN_FACULTIES, 3),
    "barcode382": lambda p, c: f"VV{p.bhxh[1:7]}",
    "title382": lambda p, c: _pick(p, _VN_TITLES, 4),
    "due382": lambda p, c: _due(p, 30, "%d/%m/%Y"),
    "late382": lambda p, c: str(_late(p)),
    "fine382": lambda p, c: f"{_late(p) * 2000:,}".replace(",", "."),
    "action382": lambda p, c: _pick(p, _VN_ACTIONS, 5),
    # mobile library van
    "stop382": lambda p, c: _pick(p, _VN_STOPS, 2),
    "rural_addr382": lambda p, c: _pick(p, _VN_RURAL, 3),
    "material382": lambda p, c: _pick(p, _VN_MATERIALS, 4),
    "count382": lambda p, c: str(1 + int(p.bhxh[-3]) % 5),
    "next_visit382": lambda p, c: _due(p, 28, "%d-%m-%Y"),
    "librarian382": lambda p, c: _other_vn(p, 6),
    "sign382": lambda p, c: "",
    # blind and low-vision readers
    "disab382": lambda p, c: _pick(p, _VN_DISAB, 2),
    "xnkt382": lambda p, c: f"{_num(p, 900)}/GXNKT",
    "vn_street382": lambda p, c: _vn_home(p)[0],
    "vn_ward382": lambda p, c: _vn_home(p)[1],
    "vn_prov382": lambda p, c: _vn_home(p)[2],
    "service382": lambda p, c: _pick(p, _VN_SERVICES, 3),
    "helper382": lambda p, c: _other_vn(p, 7),
    "helper_phone382": lambda p, c: _other_phone(p, "03"),
    # Finland
    "hetu382": lambda p, c: _hetu(p),
    "fi_family382": lambda p, c: _pick(p, _FI_FAMILY, 2),
    "fi_given382": lambda p, c: _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 1),
    "fi_street382": lambda p, c: _fi_place(p)[0],
    "fi_postcode382": lambda p, c: _fi_place(p)[1],
    "fi_town382": lambda p, c: _fi_place(p)[2],
    "fi_phone382": lambda p, c: f"04{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "fi_cardno382": lambda p, c: f"2468{p.bhxh}",
    "fi_library382": lambda p, c: _pick(p, _FI_LIBRARIES, 3),
    "fi_fees382": lambda p, c: _pick(p, ("0,00", "0,00", "3,50", "12,00", "0,00"), 4),
    "fi_block382": lambda p, c: _pick(p, _FI_BLOCKS, 5),
    # Brazil
    "cpf382": lambda p, c: _cpf(p),
    "br_name382": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 3)}"
        f" {_pick(p, _BR_FAMILY, 2)}"
    ),
    "br_kin382": lambda p, c: _br_kin(p),
    "br_child382": lambda p, c: (
        f"{_pick(p, _BR_CHILD_M if int(p.bhxh[5]) % 2 else _BR_CHILD_F, 5)}"
        f" {_pick(p, _BR_FAMILY, 2)}"
    ),
    "br_child_dob382": lambda p, c: f"{_child_born(p):%d/%m/%Y}",
    "br_school382": lambda p, c: _pick(p, _BR_SCHOOLS, 6),
    "br_street382": lambda p, c: f"{_br_place(p)[0]}, {_num(p, 900)}",
    "br_bairro382": lambda p, c: _br_place(p)[1],
    "br_cep382": lambda p, c: _br_place(p)[2],
    "br_city382": lambda p, c: _br_place(p)[3],
    "br_uf382": lambda p, c: _br_place(p)[4],
    "br_phone382": lambda p, c: f"({_br_place(p)[5]}) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "br_card382": lambda p, c: f"{p.other_date:%Y}/{_num(p, 9000):04d}",
    # South Korea
    "rrn_kr382": lambda p, c: _rrn_masked(p),
    "kr_name382": lambda p, c: _kr_name(p),
    "sex_kr382": lambda p, c: "남" if p.male else "여",
    "kr_phone382": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_addr382": lambda p, c: _kr_home(p),
    "kr_member382": lambda p, c: f"M{p.bhxh[-8:]}",
    "kr_kind382": lambda p, c: _pick(p, _KR_KINDS, 3),
    "kr_loans382": lambda p, c: str(int(p.bhxh[-2]) % 7),
    "kr_late382": lambda p, c: _pick(p, _KR_LATE, 4),
    # Ireland
    "pps382": lambda p, c: _pps(p),
    "ie_family382": lambda p, c: _pick(p, _IE_FAMILY, 2),
    "ie_given382": lambda p, c: _by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 1),
    "ie_street382": lambda p, c: _ie_place(p)[0],
    "ie_town382": lambda p, c: _ie_place(p)[1],
    "ie_county382": lambda p, c: _ie_place(p)[2],
    "ie_eircode382": lambda p, c: _eircode(p),
    "ie_phone382": lambda p, c: f"08{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "ie_member382": lambda p, c: f"D{p.bhxh[-9:]}",
    "ie_branch382": lambda p, c: _pick(p, _IE_BRANCHES, 3),
    "ie_cat382": lambda p, c: _pick(p, _IE_CATEGORIES, 4),
    # Romania
    "cnp382": lambda p, c: _cnp(p),
    "ro_family382": lambda p, c: _pick(p, _RO_FAMILY, 2),
    "ro_given382": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1),
    "sex_ro382": lambda p, c: "M" if p.male else "F",
    "ro_street382": lambda p, c: _ro_place(p, _RO_PLACES)[0],
    "ro_loc382": lambda p, c: _ro_place(p, _RO_PLACES)[1],
    "ro_judet382": lambda p, c: _ro_place(p, _RO_PLACES)[2],
    "ro_cp382": lambda p, c: _ro_place(p, _RO_PLACES)[3],
    "ro_phone382": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ro_permis382": lambda p, c: f"{_num(p, 40000)}",
    "ro_job382": lambda p, c: _ro_job(p),
    "ro_studies382": lambda p, c: _pick(p, _RO_STUDIES, 4),
    "ro_visa382": lambda p, c: _pick(p, ("vizat", "vizat", "nevizat", "vizat"), 5),
}
