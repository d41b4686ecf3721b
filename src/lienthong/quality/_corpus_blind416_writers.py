"""How the people of the four-hundred-and-sixteenth part of the outside corpus (**blind 416**,
:mod:`lienthong.quality._corpus_blind416`) are written: four Vietnamese files' own columns (people
standing for the National Assembly on their own, a provincial election board's members, voters
held in a police lock-up, the security team of a polling area) and Honduran, Taiwanese, Zambian,
Romanian and Uzbek voters, candidates and polling-station staff in the forms their cards show
(the DNI, the 國民身分證統一編號 with its check digit and the ROC birth date, the Zambian NRC,
the CNP with its check digit, the JShShIR)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import (
    _UZ_GIVEN_F,
    _UZ_GIVEN_M,
    _pinfl,
    _uz_family,
    _uz_place,
)
from lienthong.quality._corpus_blind12_writers import _roc, _tw_id, _tw_place
from lienthong.quality._corpus_blind21_writers import (
    _HN_FAMILY,
    _HN_GIVEN_F,
    _HN_GIVEN_M,
    _ZM_FAMILY,
    _ZM_GIVEN_F,
    _ZM_GIVEN_M,
    _hn_place,
    _zm_place,
)
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind44_writers import _RO_PLACES, _cnp, _place
from lienthong.quality._corpus_blind112_writers import _tw_name
from lienthong.quality._corpus_blind132_writers import _hn_dni, _hn_phone
from lienthong.quality._corpus_blind160_writers import _uz_phone
from lienthong.quality._corpus_blind196_writers import (
    _RO_FAMILY,
    _RO_GIVEN_F,
    _RO_GIVEN_M,
    _ro_phone,
)
from lienthong.quality._corpus_blind234_writers import _zm_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CONSTITUENCIES = ("Đơn vị BC số 1", "Đơn vị BC số 2", "Đơn vị BC số 3", "Đơn vị BC số 4")
_VN_JOBS = (
    "Giám đốc Công ty TNHH Minh Phát",
    "Luật sư, Đoàn Luật sư tỉnh",
    "Giảng viên Trường ĐH Vinh",
    "Bác sĩ, BVĐK huyện Diễn Châu",
    "Chủ nhiệm HTX nông nghiệp Tân Lập",
    "Kinh doanh tự do",
)
_VN_LEVELS = ("12/12; Thạc sĩ Luật", "12/12; Cử nhân Kinh tế", "12/12; Tiến sĩ Y học", "12/12")
_VN_PARTY = ("Đảng viên", "Quần chúng", "Quần chúng", "Đảng viên")
_VN_DOSSIER = ("Đủ hồ sơ", "Đủ hồ sơ", "Bổ sung lý lịch", "Thiếu phiếu LLTP số 2", "Rút hồ sơ")
_VN_BOARD_ROLES = ("Trưởng ban", "Phó Trưởng ban", "Ủy viên", "Ủy viên", "Ủy viên - Thư ký")
_VN_BOARD_ORGS = (
    "UBMTTQ VN huyện Nghi Lộc",
    "Thường trực HĐND huyện",
    "UBND huyện Nghi Lộc",
    "Phòng Nội vụ huyện",
    "Huyện đoàn Nghi Lộc",
    "Hội LHPN huyện",
)
_VN_TITLES = ("Phó Chủ tịch", "Chánh Văn phòng", "Trưởng phòng", "Chuyên viên", "Phó Trưởng phòng")
_VN_CELLS = ("Buồng 1", "Buồng 2", "Buồng 3", "Buồng 4B", "Buồng nữ")
_VN_CHARGES = (
    "Trộm cắp tài sản (Đ.173)",
    "Cố ý gây thương tích (Đ.134)",
    "Đánh bạc (Đ.321)",
    "Lừa đảo chiếm đoạt TS (Đ.174)",
    "Vi phạm quy định về GTĐB (Đ.260)",
)
_VN_HOLD_STATUS = ("Tạm giam", "Tạm giam", "Tạm giữ", "Tạm giam - đã có QĐ truy tố")
_VN_GUARD_ROLES = ("Tổ trưởng", "Tổ viên", "Tổ viên", "Tổ viên", "Tổ phó")
_VN_GUARD_FORCES = (
    "Cong an xa",
    "Dan quan tu ve",
    "Bao ve dan pho",
    "Cong an xa",
    "Doan thanh nien",
)
_VN_SHIFTS = ("Ca sang 6h-12h", "Ca chieu 12h-19h", "Ca toi 19h-6h", "Ca sang 6h-12h")
_HN_PARTIES = (
    "Partido Nacional",
    "Partido Liberal",
    "Partido Libertad y Refundación (LIBRE)",
    "Partido Salvador de Honduras (PSH)",
    "Democracia Cristiana",
)
_HN_ROLES = ("Presidente", "Secretario", "Escrutador", "Vocal I", "Vocal II")
_HN_CENTERS = (
    "Esc. República de Costa Rica",
    "Instituto Central Vicente Cáceres",
    "CEB José Trinidad Reyes",
    "Esc. Lempira",
    "Instituto Técnico Honduras",
)
_TW_PARTIES = ("中國國民黨", "民主進步黨", "台灣民眾黨", "無黨籍", "時代力量")
_TW_EDU = (
    "國立臺灣大學法律學系畢業",
    "高中畢業",
    "國立成功大學碩士",
    "高職畢業",
    "私立輔仁大學畢業",
)
_TW_OFFICES = ("臺北市議員", "新北市議員", "臺中市議員", "高雄市議員", "里長")
_ZM_WARDS = ("Kabulonga", "Chelston", "Parklands", "Kansenshi", "Mtendere", "Chawama")
_ZM_CONST = ("Lusaka Central", "Munali", "Nkana", "Ndola Central", "Kabwata", "Kanyama")
_ZM_ROLES = (
    "Presiding Officer",
    "Assistant Presiding Officer",
    "Polling Assistant",
    "Polling Assistant",
)
_ZM_SCHOOLS = (
    "Kabulonga Boys Secondary School",
    "Chelston Primary School",
    "Nkana Secondary School",
    "Kansenshi Day Secondary",
    "Mtendere Community School",
)
_ZM_BANKS = ("Zanaco", "FNB Zambia", "Airtel Money", "MTN MoMo", "Stanbic")
_RO_ROLES = ("Președinte", "Locțiitor", "Membru", "Membru", "Membru")
_RO_PARTIES = ("PSD", "PNL", "USR", "AUR", "UDMR", "Corpul experţilor electorali")
_RO_STATIONS = ("Școala Gimnazială nr. 5", "Liceul Teoretic „Avram Iancu”", "Căminul Cultural")
_UZ_STATIONS = (
    "12-son umumta’lim maktabi",
    "Mahalla fuqarolar yig‘ini binosi",
    "45-son maktab",
    "Madaniyat markazi",
)
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
_UZ_MARKS = ("ovoz berdi", "ovoz berdi", "—", "ko‘chma quti", "—")


def _cedilla(text: str) -> str:
    """Romanian text as Windows-1250 files write it: ş and ţ with a cedilla, not a comma."""
    return text.translate(_CEDILLA)


def _vn_no(p: Person, salt: int) -> str:
    return str(int(p.bhxh[salt : salt + 4]) % 97 + 1)


WRITERS_BLIND416: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: people standing for the National Assembly on their own
    "hs416": lambda p, c: f"TUC-{_vn_no(p, 2)}/UBBC",
    "unit416": lambda p, c: _pick(p, _VN_CONSTITUENCIES, 2),
    "job416": lambda p, c: _pick(p, _VN_JOBS, 3),
    "level416": lambda p, c: _pick(p, _VN_LEVELS, 4),
    "party416": lambda p, c: _pick(p, _VN_PARTY, 5),
    "dossier416": lambda p, c: _pick(p, _VN_DOSSIER, 6),
    # a provincial election board
    "qd416": lambda p, c: f"{_vn_no(p, 1)}/QĐ-UBBC",
    "board_role416": lambda p, c: _pick(p, _VN_BOARD_ROLES, 2),
    "board_org416": lambda p, c: _pick(p, _VN_BOARD_ORGS, 3),
    "title416": lambda p, c: _pick(p, _VN_TITLES, 4),
    # voters held in a police lock-up
    "cell416": lambda p, c: _pick(p, _VN_CELLS, 2),
    "charge416": lambda p, c: _pick(p, _VN_CHARGES, 3),
    "hold416": lambda p, c: _pick(p, _VN_HOLD_STATUS, 4),
    "order416": lambda p, c: f"{_vn_no(p, 3)}/LTG-CSĐT",
    "kvbp416": lambda p, c: f"KVBP số {_num(p, 9)}",
    # the security team of a polling area
    "guard_role416": lambda p, c: _pick(p, _VN_GUARD_ROLES, 2),
    "force416": lambda p, c: _pick(p, _VN_GUARD_FORCES, 3),
    "shift416": lambda p, c: _pick(p, _VN_SHIFTS, 4),
    "leader416": lambda p, c: _other_vn(p, 6, True),
    "kv416": lambda p, c: f"KV so {_num(p, 12)} - Nha van hoa thon {_num(p, 8)}",
    # Honduras
    "hn_dni416": lambda p, c: _hn_dni(p),
    "hn_fam416": lambda p, c: f"{_pick(p, _HN_FAMILY, 2)} {_pick(p, _HN_FAMILY, 5)}",
    "hn_giv416": lambda p, c: _by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1),
    "sex_hn416": lambda p, c: "M" if p.male else "F",
    "hn_party416": lambda p, c: _pick(p, _HN_PARTIES, 3),
    "hn_role416": lambda p, c: _pick(p, _HN_ROLES, 4),
    "hn_jrv416": lambda p, c: f"{int(p.bhxh[-4:]) % 9000 + 1:05d}",
    "hn_center416": lambda p, c: _pick(p, _HN_CENTERS, 6),
    "hn_dep416": lambda p, c: _hn_place(p)[1],
    "hn_mun416": lambda p, c: _hn_place(p)[2],
    "phone_hn416": lambda p, c: _hn_phone(p),
    # Taiwan
    "tw_id416": lambda p, c: _tw_id(p),
    "tw_name416": lambda p, c: _tw_name(p),
    "tw_birth416": lambda p, c: _roc(p.birth),
    "sex_tw416": lambda p, c: "男" if p.male else "女",
    "tw_addr416": lambda p, c: _tw_place(p)[2].format(n=_num(p, 300), f=_num(p, 12)),
    "tw_party416": lambda p, c: _pick(p, _TW_PARTIES, 3),
    "tw_edu416": lambda p, c: _pick(p, _TW_EDU, 4),
    "tw_office416": lambda p, c: _pick(p, _TW_OFFICES, 5),
    "tw_no416": lambda p, c: str(_num(p, 9)),
    "tw_deposit416": lambda p, c: _pick(p, ("200,000", "200,000", "50,000"), 6),
    "tw_reg416": lambda p, c: _roc(p.other_date),
    "phone_tw416": lambda p, c: f"09{p.bhxh[1:3]}-{p.bhxh[3:6]}-{p.bhxh[6:9]}",
    # Zambia
    "zm_nrc416": lambda p, c: f"{p.bhxh[-6:]}/{_zm_place(p)[0]}/1",
    "zm_card416": lambda p, c: f"{p.bhxh[:8]}",
    "zm_fam416": lambda p, c: _pick(p, _ZM_FAMILY, 2),
    "zm_giv416": lambda p, c: _by_sex(p, _ZM_GIVEN_M, _ZM_GIVEN_F, 1),
    "sex_zm416": lambda p, c: "Male" if p.male else "Female",
    "zm_role416": lambda p, c: _pick(p, _ZM_ROLES, 3),
    "zm_station416": lambda p, c: _pick(p, _ZM_SCHOOLS, 4),
    "zm_stream416": lambda p, c: f"{_pick(p, _ZM_SCHOOLS, 4)[:3].upper()}-{_num(p, 4)}",
    "zm_ward416": lambda p, c: _pick(p, _ZM_WARDS, 5),
    "zm_const416": lambda p, c: _pick(p, _ZM_CONST, 5),
    "zm_bank416": lambda p, c: _pick(p, _ZM_BANKS, 6),
    "phone_zm416": lambda p, c: _zm_phone(p),
    # Romania
    "ro_cnp416": lambda p, c: _cnp(p),
    "ro_fam416": lambda p, c: _cedilla(_pick(p, _RO_FAMILY, 2).upper()),
    "ro_giv416": lambda p, c: _cedilla(_by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1)),
    "ro_street416": lambda p, c: _cedilla(_place(p, _RO_PLACES)[0]),
    "ro_town416": lambda p, c: _cedilla(_place(p, _RO_PLACES)[1]),
    "ro_county416": lambda p, c: _cedilla(_place(p, _RO_PLACES)[2]),
    "ro_role416": lambda p, c: _cedilla(_pick(p, _RO_ROLES, 3)),
    "ro_party416": lambda p, c: _pick(p, _RO_PARTIES, 4),
    "ro_section416": lambda p, c: _cedilla(f"{_num(p, 480)} - {_pick(p, _RO_STATIONS, 5)}"),
    "ro_ci416": lambda p, c: f"{_pick(p, ('CJ', 'RX', 'MX', 'VX'), 6)} {p.bhxh[-6:]}",
    "phone_ro416": lambda p, c: _ro_phone(p),
    # Uzbekistan
    "uz_pinfl416": lambda p, c: _pinfl(p),
    "uz_name416": lambda p, c: (
        f"{_uz_family(p)} {_by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1)}"
        f" {_by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_M, 4)} {'o‘g‘li' if p.male else 'qizi'}"
    ),
    "uz_passport416": lambda p, c: f"{_pick(p, ('AA', 'AB', 'AD', 'FA'), 3)}{p.bhxh[-7:]}",
    "uz_addr416": lambda p, c: (
        f"{_uz_place(p)[1]}, {_uz_place(p)[2]}, {_num(p, 90)}-uy, {_num(p, 60)}-xonadon"
    ),
    "uz_station416": lambda p, c: f"{_num(p, 700)}-son, {_pick(p, _UZ_STATIONS, 5)}",
    "uz_mark416": lambda p, c: _pick(p, _UZ_MARKS, 6),
    "phone_uz416": lambda p, c: _uz_phone(p),
}

__all__ = ["WRITERS_BLIND416"]
