"""How the people of the four-hundred-and-eleventh part of the outside corpus (**blind 411**,
:mod:`lienthong.quality._corpus_blind411`) are written: four Vietnamese files' own columns (a
district's civil-guard fire training, a ward's fire-safety inspection of karaoke bars, a
school's evacuation drill roll, fire-safety consultants' practising certificates) and Brazilian,
Turkish, Egyptian, Norwegian and Malaysian people's names, addresses, phones and numbers in the
forms their cards show (the CPF, the T.C. Kimlik No, the Egyptian national number, the
fødselsnummer, the MyKad)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import (
    _NO_FAMILY,
    _NO_GIVEN_F,
    _NO_GIVEN_M,
    _NO_STREETS,
    _NO_TOWNS,
    _fodselsnummer,
)
from lienthong.quality._corpus_blind13_writers import (
    _EG_STREETS,
    _eg_full,
    _eg_governorate,
    _eg_nid,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind111_writers import (
    _TR_FAMILY,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
    _TR_PLACES,
    _eg_phone,
    _tr_phone,
)
from lienthong.quality._corpus_blind129_writers import _MY_NAMES_F, _MY_NAMES_M, _my_ic
from lienthong.quality._corpus_blind140_writers import _br_phone
from lienthong.quality._corpus_blind299_writers import _br_name, _cpf, _tc_kimlik

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_GUARD_TEAMS = ("Đội dân phòng TDP 3", "Tổ dân phòng số 7", "Đội DP thôn Đông", "Tổ DP khu 5")
_VN_GUARD_POSTS = ("Đội trưởng", "Đội phó", "Đội viên", "Đội viên", "Tổ trưởng")
_VN_TRAIN_RESULT = ("Đạt", "Đạt", "Khá", "Giỏi", "Không đạt")
_VN_VENUES = (
    "Karaoke Hoàng Gia",
    "Karaoke Nice 5",
    "Bar Sky Lounge",
    "Karaoke Family",
    "Karaoke Kingdom",
)
_VN_VENUE_STREETS = ("Phố Quan Nhân", "Đường Nguyễn Trãi", "Phố Khương Hạ", "Đường Lê Văn Lương")
_VN_FAULTS = (
    "Không có lối thoát nạn thứ 2",
    "Bình chữa cháy hết hạn",
    "Đèn chỉ dẫn thoát nạn hỏng",
    "Vách ngăn bằng vật liệu dễ cháy",
    "Đạt yêu cầu",
    "Chưa nghiệm thu PCCC",
)
_VN_MEASURES = (
    "Tạm đình chỉ 30 ngày",
    "Phạt tiền 15.000.000đ",
    "Yêu cầu khắc phục",
    "Không",
    "Đình chỉ hoạt động",
)
_VN_DRILL_ROLES = ("Học sinh", "Học sinh", "Lớp trưởng", "Học sinh", "Tổ trưởng", "Học sinh")
_VN_EXITS = ("Cầu thang A", "Cầu thang B", "Cầu thang thoát hiểm C")
_VN_CONSULT_FIELDS = (
    "Thiết kế PCCC",
    "Thẩm tra thiết kế",
    "Giám sát thi công PCCC",
    "Kiểm định phương tiện PCCC",
    "Huấn luyện PCCC",
)
_VN_DEGREES = ("Kỹ sư PCCC", "Kỹ sư điện", "Kỹ sư xây dựng", "Cử nhân PCCC", "Kỹ sư cấp thoát nước")
_VN_FIRMS = (
    "Công ty TNHH PCCC Thăng Long",
    "Công ty CP Kỹ thuật PCCC Việt",
    "Công ty TNHH Tư vấn An Phát",
    "Công ty CP Xây lắp PCCC Miền Nam",
)
_BR_FIRMS = (
    ("Supermercado Bom Preço Ltda", "12.345.678/0001-95"),
    ("Metalúrgica São Jorge S.A.", "45.987.321/0001-40"),
    ("Hospital Santa Luzia", "07.654.987/0002-11"),
    ("Shopping Center Norte", "60.123.456/0001-08"),
)
_BR_HOMES = (
    ("Rua das Acácias, 145 - Jardim América, São Paulo - SP", "01452-000"),
    ("Av. Afonso Pena, 2300 ap. 41 - Funcionários, Belo Horizonte - MG", "30130-007"),
    ("Rua Padre Anchieta, 88 - Centro, Curitiba - PR", "80410-030"),
    ("Rua Barão de Studart, 1500 - Aldeota, Fortaleza - CE", "60120-001"),
)
_BR_LEVELS = ("Básico", "Intermediário", "Avançado", "Básico", "Líder de brigada")
_TR_FIRMS = ("Kuzey Tekstil A.Ş.", "Anadolu Market Ltd. Şti.", "Özdemir Plastik", "Ege Otelcilik")
_TR_TASKS = ("Söndürme ekibi", "Kurtarma ekibi", "Koruma ekibi", "İlk yardım ekibi", "Ekip başı")
_EG_SHOPS = ("مطعم", "مخبز", "محل أدوات منزلية", "ورشة نجارة", "صيدلية", "سوبر ماركت")
_EG_RESULTS = ("مطابق", "غير مطابق - مهلة 15 يوم", "مطابق", "غلق إداري", "غير مطابق - محضر")
_EG_OFFICERS = ("نقيب/ أحمد سمير", "رائد/ محمد عادل", "ملازم أول/ كريم فتحي", "مقدم/ هشام رضا")
_NO_STOVES = ("Vedovn (Jøtul F 3)", "Peis m/innsats", "Vedovn (Dovre)", "Oljekamin", "Pelletsovn")
_NO_FINDINGS = (
    "Ingen avvik",
    "Avvik: manglende røykvarsler",
    "Anmerkning: brannslukker mangler",
    "Avvik: sprekk i pipe",
    "Ingen avvik",
)
_MY_STATIONS = (
    "BBS Kampung Baru Subang",
    "BBS Taman Melawati",
    "BBS Kuala Kedah",
    "BBS Bukit Mertajam",
    "BBS Tanah Merah",
)
_MY_RANKS = ("Anggota", "Anggota", "Ketua Pasukan", "Penolong Ketua", "Anggota")
_MY_HOMES = (
    ("No. 12, Jalan Melati 3, Taman Melati", "53100", "Kuala Lumpur", "W.P. Kuala Lumpur"),
    ("Lot 445, Kampung Padang Jawa", "40200", "Shah Alam", "Selangor"),
    ("No. 8, Lorong Kenari 2, Taman Sri Rambai", "14000", "Bukit Mertajam", "Pulau Pinang"),
    ("PT 1234, Kampung Kubang Kerian", "16150", "Kota Bharu", "Kelantan"),
)


def _event(p: Person) -> date:
    """The day of the row's event (an inspection, a course), in 2024-2026."""
    return date(2024, 1, 8) + timedelta(days=int(p.bhxh[-5:]) % 690)


def _pupil_birth(p: Person) -> date:
    """A lower secondary pupil's birthday: the person's day and month, in 2011-2014."""
    return date(2011 + int(p.bhxh) % 4, p.birth.month, min(p.birth.day, 28))


def _venue_address(p: Person) -> str:
    return f"Số {_num(p, 180)} {_pick(p, _VN_VENUE_STREETS, 3)}, P. Khương Đình, TP. Hà Nội"


def _tr_home(p: Person) -> str:
    mahalle, street, ilce, il = _TR_PLACES[_num(p, len(_TR_PLACES)) - 1]
    return f"{mahalle} {street}, {ilce}/{il}"


def _no_home(p: Person) -> tuple[str, str, str]:
    postcode, town = _NO_TOWNS[_num(p, len(_NO_TOWNS)) - 1]
    return f"{_pick(p, _NO_STREETS, 2)} {_num(p, 90)}", postcode, town


WRITERS_BLIND411: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: civil-guard fire training
    "guard_team411": lambda p, c: _pick(p, _VN_GUARD_TEAMS, 2),
    "guard_post411": lambda p, c: _pick(p, _VN_GUARD_POSTS, 3),
    "guard_course411": lambda p, c: f"Lớp HL-DP {_num(p, 6)}/2026",
    "guard_hours411": lambda p, c: _pick(p, ("16", "24", "16", "32"), 4),
    "guard_result411": lambda p, c: _pick(p, _VN_TRAIN_RESULT, 5),
    "guard_cert411": lambda p, c: f"{p.bhxh[-5:]}/GCN-PC07",
    # Vietnam: karaoke inspection
    "venue411": lambda p, c: _pick(p, _VN_VENUES, 2),
    "venue_addr411": lambda p, c: _venue_address(p),
    "licence411": lambda p, c: f"01{p.bhxh[-8:]}",
    "floors411": lambda p, c: str(2 + _num(p, 5)),
    "rooms411": lambda p, c: str(4 + _num(p, 16)),
    "fault411": lambda p, c: _pick(p, _VN_FAULTS, 4),
    "measure411": lambda p, c: _pick(p, _VN_MEASURES, 5),
    "inspected411": lambda p, c: f"{_event(p):%d/%m/%Y}",
    "fix_by411": lambda p, c: f"{_event(p) + timedelta(days=30):%d/%m/%Y}",
    "minutes411": lambda p, c: f"{_num(p, 300)}/BB-PC07-Đ{_num(p, 9)}",
    # Vietnam: school evacuation drill
    "pupil_birth411": lambda p, c: f"{_pupil_birth(p):%d/%m/%Y}",
    "class411": lambda p, c: f"{2020 - _pupil_birth(p).year}A{_num(p, 4)}",
    "drill_role411": lambda p, c: _pick(p, _VN_DRILL_ROLES, 3),
    "exit411": lambda p, c: _pick(p, _VN_EXITS, 4),
    "assembly411": lambda p, c: _pick(p, ("Sân trường", "Sân bóng", "Cổng sau"), 5),
    "secs411": lambda p, c: f"{2 + _num(p, 3)} phút {_num(p, 59):02d} giây",
    "present411": lambda p, c: _pick(p, ("Có mặt", "Có mặt", "Có mặt", "Vắng (có phép)"), 6),
    "parent411": lambda p, c: _other_vn(p, 41),
    "parent_phone411": lambda p, c: _other_phone(p),
    "teacher411": lambda p, c: f"Cô {_other_vn(p, 43, male=False)}",
    # Vietnam: fire-safety consultants' certificates
    "cchn411": lambda p, c: f"{_num(p, 900):03d}/CCHN-C07",
    "consult_field411": lambda p, c: _pick(p, _VN_CONSULT_FIELDS, 2),
    "degree411": lambda p, c: _pick(p, _VN_DEGREES, 3),
    "years411": lambda p, c: str(3 + _num(p, 15)),
    "firm411": lambda p, c: _pick(p, _VN_FIRMS, 4),
    # Brazil: company fire brigade (brigadistas)
    "br_cpf411": lambda p, c: _cpf(p),
    "br_name411": lambda p, c: _br_name(p),
    "sex_br411": lambda p, c: "Masculino" if p.male else "Feminino",
    "phone_br411": lambda p, c: _br_phone(p),
    "br_home411": lambda p, c: _BR_HOMES[_num(p, 4) - 1][0],
    "br_cep411": lambda p, c: _BR_HOMES[_num(p, 4) - 1][1],
    "br_firm411": lambda p, c: _BR_FIRMS[_num(p, 4) - 1][0],
    "br_cnpj411": lambda p, c: _BR_FIRMS[_num(p, 4) - 1][1],
    "br_level411": lambda p, c: _pick(p, _BR_LEVELS, 3),
    "br_hours411": lambda p, c: _pick(p, ("4h", "8h", "16h", "24h"), 4),
    "br_trained411": lambda p, c: f"{_event(p):%d/%m/%Y}",
    "br_valid411": lambda p, c: f"{_event(p) + timedelta(days=365):%d/%m/%Y}",
    "br_status411": lambda p, c: _pick(p, ("Apto", "Apto", "Reciclagem pendente", "Inapto"), 5),
    # Turkey: emergency teams of a workplace
    "tr_tc411": lambda p, c: _tc_kimlik(p),
    "tr_giv411": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_fam411": lambda p, c: _pick(p, _TR_FAMILY, 2).upper(),
    "sex_tr411": lambda p, c: "Erkek" if p.male else "Kadın",
    "phone_tr411": lambda p, c: _tr_phone(p),
    "tr_home411": lambda p, c: _tr_home(p),
    "tr_firm411": lambda p, c: _pick(p, _TR_FIRMS, 3),
    "tr_task411": lambda p, c: _pick(p, _TR_TASKS, 4),
    "tr_trained411": lambda p, c: f"{_event(p):%d.%m.%Y}",
    "tr_drill411": lambda p, c: f"{_event(p) + timedelta(days=40 + _num(p, 60)):%d.%m.%Y}",
    "tr_cert411": lambda p, c: f"YGS-{p.bhxh[-6:]}",
    # Egypt: civil protection inspection of shops
    "eg_nid411": lambda p, c: _eg_nid(p),
    "eg_name411": lambda p, c: _eg_full(p),
    "phone_eg411": lambda p, c: _eg_phone(p),
    "sex_eg411": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_gov411": lambda p, c: _eg_governorate(p)[1],
    "eg_shop_addr411": lambda p, c: f"{_num(p, 120)} {_pick(p, _EG_STREETS, 6)}",
    "eg_shop411": lambda p, c: _pick(p, _EG_SHOPS, 3),
    "eg_licence411": lambda p, c: f"{_num(p, 9000)}/{2015 + _num(p, 11)}",
    "eg_result411": lambda p, c: _pick(p, _EG_RESULTS, 4),
    "eg_officer411": lambda p, c: _pick(p, _EG_OFFICERS, 5),
    "eg_extinguishers411": lambda p, c: str(_num(p, 6)),
    # Norway: fire and rescue service's home visits (feiing og tilsyn)
    "no_fnr411": lambda p, c: _fodselsnummer(p),
    "no_giv411": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 1),
    "no_fam411": lambda p, c: _pick(p, _NO_FAMILY, 2),
    "no_street411": lambda p, c: _no_home(p)[0],
    "no_post411": lambda p, c: _no_home(p)[1],
    "no_town411": lambda p, c: _no_home(p)[2],
    "phone_no411": lambda p, c: (
        f"{_pick(p, ('9', '4'), 3)}{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:10]}"
    ),
    "no_gnr411": lambda p, c: f"{_num(p, 120)}/{_num(p, 300)}",
    "no_stove411": lambda p, c: _pick(p, _NO_STOVES, 4),
    "no_finding411": lambda p, c: _pick(p, _NO_FINDINGS, 5),
    "no_sweep411": lambda p, c: _pick(p, ("Feiet", "Ikke behov", "Feiet", "Ikke tilgang"), 6),
    # Malaysia: volunteer fire brigade (Pasukan Bomba Sukarela)
    "my_ic411": lambda p, c: _my_ic(p),
    "my_name411": lambda p, c: _by_sex(p, _MY_NAMES_M, _MY_NAMES_F, 1),
    "sex_my411": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "phone_my411": lambda p, c: (
        f"01{_pick(p, ('2', '3', '7', '9'), 2)}-{p.phone[3:6]} {p.phone[6:10]}"
    ),
    "my_home411": lambda p, c: _MY_HOMES[_num(p, 4) - 1][0],
    "my_post411": lambda p, c: _MY_HOMES[_num(p, 4) - 1][1],
    "my_town411": lambda p, c: _MY_HOMES[_num(p, 4) - 1][2],
    "my_state411": lambda p, c: _MY_HOMES[_num(p, 4) - 1][3],
    "my_station411": lambda p, c: _pick(p, _MY_STATIONS, 3),
    "my_rank411": lambda p, c: _pick(p, _MY_RANKS, 4),
    "my_member411": lambda p, c: f"PBS/{_num(p, 90):02d}/{p.bhxh[-4:]}",
    "my_kin411": lambda p, c: _by_sex(p, _MY_NAMES_F, _MY_NAMES_M, 5),
}

__all__ = ["WRITERS_BLIND411"]
