"""How the people of the three-hundred-and-ninety-eighth part of the outside corpus (**blind
398**, :mod:`lienthong.quality._corpus_blind398`) are written: guardians, foster families,
adopters and the social workers who place children. The mothers, aunts and staff of an SOS
Children's Village, a commune's waiting list of people who asked to give alternative care, a
commune's child protection collaborators, a provincial social work centre's training of foster
and adoptive parents; and French, Spanish, Mexican, Korean and Egyptian carers with their
identity numbers (the NIR with its key, the DNI or NIE with its letter, the CURP with its check
character, the 주민등록번호 with its check digit, the الرقم القومي) and their approvals, children
and workers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _EG_MEN, _EG_WOMEN, _eg_full, _eg_nid
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind32_writers import _nir
from lienthong.quality._corpus_blind85_writers import _FR_FAMILY, _FR_GIVEN_M, _fr_family, _fr_given
from lienthong.quality._corpus_blind111_writers import _eg_phone
from lienthong.quality._corpus_blind112_writers import _kr_name, _rrn
from lienthong.quality._corpus_blind114_writers import _es_given
from lienthong.quality._corpus_blind158_writers import _es_mobile, _fr_mobile
from lienthong.quality._corpus_blind297_writers import _kr_mobile
from lienthong.quality._corpus_blind305_writers import (
    _MX_FAMILY,
    _MX_GIVEN_F,
    _MX_GIVEN_M,
    _curp,
    _mx_home,
)
from lienthong.quality._corpus_blind332_writers import _dni
from lienthong.quality._corpus_blind354_writers import _es_surnames

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOMETOWNS = ("Nam Định", "Thái Bình", "Hà Nam", "Nghệ An", "Thanh Hóa", "Hải Dương")
_VN_SOS_ROLES = ("Mẹ SOS", "Mẹ SOS", "Dì SOS", "Mẹ SOS", "Dì SOS (tập sự)")
_VN_SOS_MEN = ("Giáo dục viên", "Bảo vệ", "Lái xe", "Giáo dục viên (thanh thiếu niên)")
_VN_DIRECTORS = ("Nguyễn Thị Thu Hà", "Trần Văn Khải", "Lê Thị Minh Nguyệt")
_VN_JOBS = ("Giao vien", "Lam ruong", "Cong nhan", "Buon ban", "Huu tri", "Can bo xa")
_VN_FORMS: tuple[str, ...] = (
    "Gia dinh nhan nuoi",
    "Nguoi nhan cham soc thay the",
    "Gia dinh nhan nuoi",
)
_VN_FORMS += ("Nhan cham soc tam thoi",)
_VN_AGES = ("Duoi 3 tuoi", "3 - 6 tuoi", "6 - 11 tuoi", "Khong yeu cau", "Tre khuyet tat")
_VN_VETTING = ("Du dieu kien", "Dang tham dinh", "Du dieu kien", "Bo sung ho so", "Chua dat")
_VN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Bản Nà Cọ", "Thôn 4", "Xóm Mới", "Bản Khun")
_VN_TRAINED = ("Đã tập huấn 2025", "Đã tập huấn 2026", "Chưa", "Đã tập huấn 2026")
_VN_TRAINEE_ROLES: tuple[str, ...] = ("Cha/mẹ nuôi dự kiến", "Gia đình nhận CSTT", "Người giám hộ")
_VN_TRAINEE_ROLES += ("Cha/mẹ nuôi dự kiến", "Ông bà nuôi cháu")
_VN_COURSES = ("Khóa 01/2026", "Khóa 02/2026", "Khóa 03/2026", "Khóa 04/2026")
_FR_HOMES = (
    ("12 rue de Siam", "29200", "Brest"),
    ("5 allée des Hortensias", "29000", "Quimper"),
    ("Lieu-dit Kerhuel", "29400", "Landivisiau"),
    ("8 route de Pont-l'Abbé", "29120", "Combrit"),
    ("3 impasse du Lavoir", "29600", "Morlaix"),
    ("41 bis rue Jean Jaurès", "29900", "Concarneau"),
)
_FR_EMPLOYERS = ("Conseil départemental du Finistère", "Fondation Massé-Trévidy", "Don Bosco")
_FR_REFS = ("Mme KERVELLA", "M. LE ROUX", "Mme PRIGENT", "Mme JAOUEN")
_ES_HOMES = (
    ("C/ Mayor, 14, 2º B", "28013", "Madrid", "Madrid"),
    ("Avda. de la Constitución, 7", "41001", "Sevilla", "Sevilla"),
    ("C/ San Vicente Mártir, 88, pta. 5", "46007", "Valencia", "Valencia"),
    ("Pza. del Pilar, 3, 1º izda.", "50003", "Zaragoza", "Zaragoza"),
    ("C/ Real, 22", "28400", "Collado Villalba", "Madrid"),
)
_ES_MODES = ("Urgencia", "Temporal", "Permanente", "Familia extensa", "Temporal")
_ES_TECS = ("Laura Méndez (T.S.)", "Jorge Aranda (Psic.)", "Pilar Ocaña (T.S.)")
_MX_CIVIL = ("CASADO(A)", "CASADO(A)", "UNIÓN LIBRE", "SOLTERO(A)", "CASADO(A)")
_MX_STREETS: tuple[str, ...] = (
    "AV. PATRIA 1891",
    "CALLE PINO 245 INT. 3",
    "AV. LÓPEZ MATEOS SUR 5550",
)
_MX_STREETS += ("CALLE HIDALGO 77", "CALLE MEZQUITE 12")
_MX_TRAMITES = ("ADOPCIÓN NACIONAL", "FAMILIA DE ACOGIDA", "ACOGIMIENTO PRE-ADOPTIVO")
_MX_IDON = ("EN VALORACIÓN", "IDÓNEO", "IDÓNEO", "NO IDÓNEO", "PENDIENTE TALLER")
_MX_TS = ("LIC. T.S. ROSA MARÍA OCHOA", "LIC. T.S. JORGE ARMANDO RUIZ", "LIC. T.S. LETICIA PAZ")
_KR_HOMES = (
    "서울특별시 노원구 동일로 1414, 302동 1105호",
    "경기도 수원시 팔달구 효원로 241, 1층",
    "부산광역시 해운대구 좌동순환로 99, 105동 801호",
    "대구광역시 수성구 들안로 77, 2층",
    "전라북도 전주시 완산구 서신로 12, 가동 304호",
)
_KR_TYPES = ("대리양육가정위탁", "친인척가정위탁", "일반가정위탁", "대리양육가정위탁")
_KR_RELS = ("조모", "외조모", "고모", "삼촌", "비혈연", "조부")
_KR_CHILD_FAM = ("김", "이", "박", "최", "정", "강")
_KR_CHILD_GIVEN = ("서윤", "하준", "지우", "도윤", "서아", "시우")
_KR_WORKERS = ("상담원 박은영", "상담원 최민호", "상담원 윤소라")
_EG_GOVS = ("القاهرة", "الجيزة", "الإسكندرية", "الدقهلية", "أسيوط", "الشرقية")
_EG_STREETS = ("شارع التحرير", "شارع الهرم", "شارع بورسعيد", "شارع الجلاء", "شارع النيل")
_EG_DISTRICTS = ("الدقي", "فيصل", "سيدي بشر", "المنصورة", "حي شرق", "الزقازيق")
_EG_IDARA = ("إدارة الدقي الاجتماعية", "إدارة الهرم الاجتماعية", "إدارة شرق الاجتماعية")
_EG_WORKERS = ("أ/ منى عبد الحميد", "أ/ هبة السيد", "أ/ عادل فوزي", "أ/ سامية حسن")


def _fr_home(p: Person) -> tuple[str, str, str]:
    return _FR_HOMES[int(p.bhxh) // 7 % len(_FR_HOMES)]


def _es_home(p: Person) -> tuple[str, str, str, str]:
    return _ES_HOMES[int(p.bhxh) // 7 % len(_ES_HOMES)]


def _es_full_given(p: Person) -> str:
    return _es_given(p)


def _mx_parts(p: Person) -> tuple[str, str, str]:
    """The given names and both surnames the CURP is built from."""
    given = _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F)
    return given, _pick(p, _MX_FAMILY, 1), _pick(p, _MX_FAMILY, 4)


def _kr_rrn398(p: Person) -> str:
    head, tail = _rrn(p)
    return f"{head}-{tail}"


def _kr_child(p: Person) -> str:
    return _pick(p, _KR_CHILD_FAM, 3) + _pick(p, _KR_CHILD_GIVEN, 5)


def _eg_child(p: Person) -> str:
    own = _by_sex(p, _EG_WOMEN, _EG_MEN, 6)
    return f"{own} {_pick(p, _EG_MEN, 7)} {_pick(p, _EG_MEN, 8)}"


WRITERS_BLIND398: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: an SOS Children's Village's mothers and aunts
    "hometown398": lambda p, c: _pick(p, _VN_HOMETOWNS, 2),
    "sos_role398": lambda p, c: _by_sex(p, _VN_SOS_MEN, _VN_SOS_ROLES, 3),
    "house398": lambda p, c: f"Nhà {_num(p, 14)}",
    "kids398": lambda p, c: str(_num(p, 9) + 1),
    "cert398": lambda p, c: _pick(p, ("Có", "Không", "Có", "Đang học"), 4),
    "director398": lambda p, c: _pick(p, _VN_DIRECTORS, 5),
    # Vietnam: a commune's list of people asking to give alternative care
    "job398": lambda p, c: _pick(p, _VN_JOBS, 2),
    "income398": lambda p, c: f"{(_num(p, 12) + 3) * 1_000_000:,}".replace(",", "."),
    "form398": lambda p, c: _pick(p, _VN_FORMS, 3),
    "age_wish398": lambda p, c: _pick(p, _VN_AGES, 4),
    "vetting398": lambda p, c: _pick(p, _VN_VETTING, 5),
    "officer398": lambda p, c: _other_vn(p, 6),
    # Vietnam: child protection collaborators of the hamlets
    "hamlet398": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "qd398": lambda p, c: f"{_num(p, 250)}/QĐ-UBND",
    "cases398": lambda p, c: str(_num(p, 7) - 1),
    "stipend398": lambda p, c: _pick(p, ("300.000", "450.000", "500.000"), 3),
    "trained398": lambda p, c: _pick(p, _VN_TRAINED, 4),
    # Vietnam: training of foster and adoptive parents
    "trainee398": lambda p, c: f"HV26-{p.bhxh[-4:]}",
    "trainee_role398": lambda p, c: _pick(p, _VN_TRAINEE_ROLES, 2),
    "course398": lambda p, c: _pick(p, _VN_COURSES, 3),
    "attend398": lambda p, c: f"{_num(p, 3) + 3}/6",
    "score398": lambda p, c: f"{_num(p, 5) + 5},{_pick(p, ('0', '5'), 4)}",
    "certno398": lambda p, c: "" if _num(p, 5) == 1 else f"{_num(p, 900) + 100}/CN-TTCTXH",
    # France: a département's approved foster carers
    "fr_fam398": lambda p, c: _fr_family(p),
    "fr_given398": lambda p, c: _fr_given(p),
    "fr_birthname398": lambda p, c: "" if p.male else _pick(p, _FR_FAMILY, 6).upper(),
    "sex_fr398": lambda p, c: "M" if p.male else "F",
    "nir398": lambda p, c: _nir(p),
    "fr_street398": lambda p, c: _fr_home(p)[0],
    "fr_cp398": lambda p, c: _fr_home(p)[1],
    "fr_town398": lambda p, c: _fr_home(p)[2].upper(),
    "fr_mob398": lambda p, c: _fr_mobile(p),
    "fr_agr398": lambda p, c: f"AF-29-{2010 + _num(p, 16)}-{p.bhxh[-4:]}",
    "fr_places398": lambda p, c: str(_num(p, 3) + 1),
    "fr_kids398": lambda p, c: str(_num(p, 4) - 1),
    "fr_ref398": lambda p, c: f"{_pick(p, _FR_REFS, 3)} ({_pick(p, _FR_GIVEN_M, 4)[:1]}.)",
    "fr_emp398": lambda p, c: _pick(p, _FR_EMPLOYERS, 5),
    # Spain: a region's register of foster families
    "es_exp398": lambda p, c: f"AF/{2020 + _num(p, 6)}/{p.bhxh[-5:]}",
    "es_fam398": lambda p, c: _es_surnames(p),
    "es_given398": lambda p, c: _es_full_given(p),
    "dni398": lambda p, c: _dni(p),
    "sex_es398": lambda p, c: "H" if p.male else "M",
    "es_street398": lambda p, c: _es_home(p)[0],
    "es_cp398": lambda p, c: _es_home(p)[1],
    "es_mun398": lambda p, c: _es_home(p)[2],
    "es_prov398": lambda p, c: _es_home(p)[3],
    "es_phone398": lambda p, c: _es_mobile(p),
    "es_mod398": lambda p, c: _pick(p, _ES_MODES, 3),
    "es_kids398": lambda p, c: str(_num(p, 3) - 1),
    "es_tec398": lambda p, c: _pick(p, _ES_TECS, 4),
    # Mexico: a state DIF's adoption and foster applicants
    "mx_folio398": lambda p, c: f"DIF-JAL/PA/{p.bhxh[-4:]}/2026",
    "curp398": lambda p, c: _curp(p),
    "mx_given398": lambda p, c: _mx_parts(p)[0],
    "mx_pat398": lambda p, c: _mx_parts(p)[1],
    "mx_mat398": lambda p, c: _mx_parts(p)[2],
    "sex_mx398": lambda p, c: "H" if p.male else "M",
    "mx_civil398": lambda p, c: _pick(p, _MX_CIVIL, 2),
    "mx_street398": lambda p, c: _pick(p, _MX_STREETS, 3),
    "mx_col398": lambda p, c: _mx_home(p)[0],
    "mx_cp398": lambda p, c: _mx_home(p)[1],
    "mx_mun398": lambda p, c: _mx_home(p)[2],
    "mx_phone398": lambda p, c: f"33 {p.bhxh[-8:-4]} {p.bhxh[-4:]}",
    "mx_tramite398": lambda p, c: _pick(p, _MX_TRAMITES, 4),
    "mx_idon398": lambda p, c: _pick(p, _MX_IDON, 5),
    "mx_ts398": lambda p, c: _pick(p, _MX_TS, 6),
    # South Korea: a foster care support centre's foster parents
    "kr_name398": lambda p, c: _kr_name(p),
    "kr_rrn398": lambda p, c: _kr_rrn398(p),
    "sex_kr398": lambda p, c: "남" if p.male else "여",
    "kr_addr398": lambda p, c: _pick(p, _KR_HOMES, 2),
    "kr_phone398": lambda p, c: _kr_mobile(p),
    "kr_type398": lambda p, c: _pick(p, _KR_TYPES, 3),
    "kr_child398": lambda p, c: _kr_child(p),
    "kr_rel398": lambda p, c: _pick(p, _KR_RELS, 4),
    "kr_pay398": lambda p, c: _pick(p, ("300,000", "400,000", "500,000"), 5),
    "kr_worker398": lambda p, c: _pick(p, _KR_WORKERS, 6),
    # Egypt: a social solidarity directorate's alternative families
    "eg_name398": lambda p, c: _eg_full(p),
    "eg_nid398": lambda p, c: _eg_nid(p),
    "sex_eg398": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_addr398": lambda p, c: (
        f"{_num(p, 120)} {_pick(p, _EG_STREETS, 2)}, {_pick(p, _EG_DISTRICTS, 3)}"
    ),
    "eg_gov398": lambda p, c: _pick(p, _EG_GOVS, 3),
    "eg_phone398": lambda p, c: _eg_phone(p),
    "eg_child398": lambda p, c: _eg_child(p),
    "eg_idara398": lambda p, c: _pick(p, _EG_IDARA, 4),
    "eg_worker398": lambda p, c: _pick(p, _EG_WORKERS, 5),
    "eg_aid398": lambda p, c: _pick(p, ("500", "750", "1000", "1200"), 6),
    "eg_file398": lambda p, c: f"{_num(p, 900) + 100}/{2018 + _num(p, 8)}",
}

__all__ = ["WRITERS_BLIND398"]
