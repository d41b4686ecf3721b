"""How the people of the four-hundred-and-twenty-fifth part of the outside corpus (**blind 425**,
:mod:`lienthong.quality._corpus_blind425`) are written: four Vietnamese files' own columns (a
ministry-level project's members, a key laboratory's access badges, candidates for the
associate-professor title, young scientists' award nominees) and Brazilian, French, Korean,
Spanish and Israeli researchers' names, addresses, phones and numbers in the forms their
registers show (the CPF with its two check digits, the NIR with its key and the ORCID with its
mod 11-2 check, the resident registration number with its check digit, the DNI or NIE with its
check letter, the teudat zehut with its check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind102_writers import _FR_FAMILY, _FR_GIVEN_F, _FR_GIVEN_M, _nir102
from lienthong.quality._corpus_blind112_writers import _rrn_masked
from lienthong.quality._corpus_blind114_writers import (
    _ES_FAMILY,
    _ES_GIVEN_F,
    _ES_GIVEN_M,
    _ES_SECOND,
)
from lienthong.quality._corpus_blind119_writers import _BR_FAMILY, _BR_GIVEN_F, _BR_GIVEN_M
from lienthong.quality._corpus_blind127_writers import _IL_FAMILY, _IL_GIVEN_F, _IL_GIVEN_M, _nine
from lienthong.quality._corpus_blind158_writers import _es_mobile
from lienthong.quality._corpus_blind206_writers import _cpf
from lienthong.quality._corpus_blind254_writers import _dni_or_nie

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEGREES = ("PGS.TS", "TS", "ThS", "GS.TS", "TS", "ThS", "KS", "CN")
_VN_PROLES = ("Chủ nhiệm", "Thư ký khoa học", "Thành viên chính", "Thành viên", "Kỹ thuật viên")
_VN_HOSTS = (
    "Viện Hóa học - Viện Hàn lâm KHCNVN",
    "Trường ĐH Bách khoa Hà Nội",
    "Viện Công nghệ sinh học",
    "Trường ĐH Khoa học Tự nhiên, ĐHQG-HCM",
    "Viện Khoa học Nông nghiệp Việt Nam",
)
_VN_GROUPS = ("Vi sinh - Vắc xin", "Gen - Protein", "Vật liệu nano", "Tin sinh học", "Virus học")
_VN_BSL = ("ATSH cấp I", "ATSH cấp II", "ATSH cấp II", "ATSH cấp III", "Không vào khu ATSH")
_VN_COUNCILS = (
    "HĐGS ngành Hóa học - CN thực phẩm",
    "HĐGS ngành Vật lý",
    "HĐGS ngành Sinh học",
    "HĐGS ngành Y học",
    "HĐGS liên ngành Cơ khí - Động lực",
    "HĐGS ngành Kinh tế",
)
_VN_UNIVS = ("Trường ĐH Y Hà Nội", "Trường ĐH Cần Thơ", "Trường ĐH Sư phạm Huế", "ĐHQG Hà Nội")
_VN_VOTES = ("15/15", "14/15", "13/15", "9/9", "8/9", "6/9")
_VN_FIELDS = (
    "Khoa học tự nhiên",
    "Công nghệ thông tin",
    "Y - Dược",
    "Nông nghiệp",
    "Kỹ thuật - Công nghệ",
    "Khoa học xã hội",
)
_VN_NOMINATORS = (
    "Đoàn Viện Hàn lâm KHCNVN",
    "Tỉnh đoàn Nghệ An",
    "Đoàn ĐHQG-HCM",
    "Đoàn Thanh niên Bộ KH&CN",
    "Thành đoàn Đà Nẵng",
)
_VN_ACHIEVE = (
    "05 bài ISI Q1, 01 bằng độc quyền sáng chế",
    "Chủ nhiệm 01 đề tài NAFOSTED",
    "Giải Nhất Techfest tỉnh",
    "03 bài Scopus, 02 giải pháp hữu ích",
    "Huy chương Vàng triển lãm sáng chế quốc tế",
)
_VN_RESULTS = ("Đạt giải", "Vào vòng chung khảo", "Không đạt", "Vào vòng chung khảo", "Đạt giải")

_BR_INST = (
    ("UFMG", "Belo Horizonte"),
    ("USP", "São Paulo"),
    ("UNICAMP", "Campinas"),
    ("UFRJ", "Rio de Janeiro"),
    ("UFPE", "Recife"),
    ("FIOCRUZ", "Rio de Janeiro"),
)
_BR_CA = ("CA-QU Química", "CA-FI Física", "CA-BF Biofísica", "CA-CC Ciência da Computação")
_BR_DDD = ("31", "11", "19", "21", "81", "21")

_FR_LABS = ("UMR 5805 EPOC", "UMR 8197 IBENS", "LAAS-CNRS UPR 8001", "Inserm U1215", "LPCNO")
_FR_STATUS = ("DR CNRS", "CR CNRS", "MCF", "PR", "Doctorant", "Post-doctorant", "IE")

_KR_FAMILY = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim")
_KR_GIVEN_M = ("Min-jun", "Seung-hoon", "Dong-hyun", "Jae-won", "Sung-min", "Jun-ho")
_KR_GIVEN_F = ("Ji-yeon", "Seo-yeon", "Eun-ju", "Min-ji", "Hye-jin", "Soo-min")
_KR_INST = ("KAIST", "Seoul National University", "POSTECH", "KIST", "Yonsei University")
_KR_POS = ("Professor", "Associate Professor", "Assistant Professor", "Senior Researcher")
_KR_HOMES = (
    "12, Dongil-ro 174-gil, Nowon-gu, Seoul",
    "301-1204, 55, Daehak-ro, Yuseong-gu, Daejeon",
    "7, Jigok-ro 39beon-gil, Nam-gu, Pohang-si, Gyeongsangbuk-do",
    "88, Banpo-daero 23-gil, Seocho-gu, Seoul",
    "102-803, 20, Bundang-ro, Bundang-gu, Seongnam-si, Gyeonggi-do",
)

_ES_AREAS = ("BME Biomedicina", "FIS Física", "QMC Química", "TIC", "CTM Ciencias de la Tierra")
_ES_ORGS = ("CSIC", "Universidad de Granada", "Universitat de València", "UPM", "ISCIII")
_ES_CATS = ("Catedrático/a", "Profesor/a Titular", "Investigador/a Científico/a", "Prof. Inv.")

_IL_INST = ("האוניברסיטה העברית", "אוניברסיטת תל אביב", "הטכניון", "מכון ויצמן למדע")
_IL_FACS = ("מדעי החיים", "פיזיקה", "כימיה", "מדעי המחשב", "רפואה")
_IL_HOMES = (
    "רח' עזה 32, ירושלים",
    "רחוב איינשטיין 14 דירה 6, תל אביב-יפו",
    "שד' מוריה 77, חיפה",
    "רח' הרצל 101, רחובות",
    "רחוב סוקולוב 9, רמת השרון",
)
_IL_MOBILE = ("050", "052", "054", "058")


def _orcid(p: Person) -> str:
    """An ORCID iD ``0000-0002-1825-0097``: fifteen digits and the ISO 7064 mod 11-2 check."""
    body = f"00000002{p.bhxh[2:9]}" if int(p.bhxh) % 3 else f"00000003{p.bhxh[1:8]}"
    total = 0
    for d in body:
        total = (total + int(d)) * 2
    check = (12 - total % 11) % 11
    full = f"{body}{'X' if check == 10 else check}"
    return "-".join(full[i : i + 4] for i in range(0, 16, 4))


def _stamp(p: Person) -> str:
    when = datetime(2026, 3, 1, 8) + timedelta(minutes=int(p.bhxh[-6:]) % 380_000)
    return f"{when:%d/%m/%Y %H:%M}"


def _br(p: Person) -> tuple[str, str]:
    return _BR_INST[int(p.bhxh) // 7 % len(_BR_INST)]


WRITERS_BLIND425: dict[str, Callable[[Person, Col], object]] = {
    # ministry-level project members
    "proj425": lambda p, c: f"ĐTĐL.CN-{p.bhxh[-2:]}/2{_num(p, 3) + 3}",
    "degree425": lambda p, c: _pick(p, _VN_DEGREES, 2),
    "prole425": lambda p, c: _pick(p, _VN_PROLES, 3),
    "host425": lambda p, c: _pick(p, _VN_HOSTS, 4),
    "months425": lambda p, c: f"{_num(p, 24)},{_pick(p, ('0', '5'), 5)}",
    "pi425": lambda p, c: f"{_pick(p, ('PGS.TS. ', 'GS.TS. ', 'TS. '), 6)}{_other_vn(p, 7)}",
    # key laboratory badges
    "badge425": lambda p, c: f"PTN-{p.bhxh[-4:]}/{_pick(p, ('NV', 'KH', 'NCS', 'TTS'), 8)}",
    "group425": lambda p, c: _pick(p, _VN_GROUPS, 9),
    "leader425": lambda p, c: f"TS. {_other_vn(p, 10)}",
    "bsl425": lambda p, c: _pick(p, _VN_BSL, 11),
    "expiry425": lambda p, c: f"{_shift_date(p.other_date, 2):%d.%m.%Y}",
    # associate-professor candidates
    "council425": lambda p, c: _pick(p, _VN_COUNCILS, 12),
    "univ425": lambda p, c: _pick(p, _VN_UNIVS, 13),
    "papers425": lambda p, c: 12 + _num(p, 60),
    "isi425": lambda p, c: _num(p, 15),
    "phd425": lambda p, c: _pick(p, ("1", "2", "0", "3", "1 (đồng HD)"), 14),
    "vote425": lambda p, c: _pick(p, _VN_VOTES, 15),
    "stamp425": lambda p, c: _stamp(p),
    # young scientists' award
    "field425": lambda p, c: _pick(p, _VN_FIELDS, 16),
    "nominator425": lambda p, c: _pick(p, _VN_NOMINATORS, 17),
    "achieve425": lambda p, c: _pick(p, _VN_ACHIEVE, 18),
    "score425": lambda p, c: f"{60 + _num(p, 40)}/100",
    "result425": lambda p, c: _pick(p, _VN_RESULTS, 19),
    # Brazil: CNPq
    "br_name425": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 20)} {_pick(p, _BR_FAMILY, 21)}"
    ),
    "br_cpf425": lambda p, c: _cpf(p),
    "sex_br425": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_lattes425": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[3:9]}",
    "br_level425": lambda p, c: _pick(p, ("PQ-2", "PQ-1D", "PQ-1C", "PQ-1B", "PQ-1A", "PQ-2"), 22),
    "br_inst425": lambda p, c: _br(p)[0],
    "br_city425": lambda p, c: _br(p)[1],
    "br_ca425": lambda p, c: _pick(p, _BR_CA, 23),
    "phone_br425": lambda p, c: (
        f"({_BR_DDD[int(p.bhxh) // 7 % len(_BR_DDD)]}) 9{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "br_end425": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    # France: ANR
    "fr_fam425": lambda p, c: _pick(p, _FR_FAMILY, 24),
    "fr_giv425": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 25),
    "sex_fr425": lambda p, c: "M" if p.male else "F",
    "fr_nir425": lambda p, c: _nir102(p),
    "fr_orcid425": lambda p, c: _orcid(p),
    "fr_lab425": lambda p, c: _pick(p, _FR_LABS, 26),
    "fr_status425": lambda p, c: _pick(p, _FR_STATUS, 27),
    "fr_pm425": lambda p, c: f"{_num(p, 36)},{_pick(p, ('0', '5'), 28)}",
    "phone_fr425": lambda p, c: (
        f"0{_pick(p, ('6', '7', '5', '1'), 29)} {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "fr_end425": lambda p, c: f"{_shift_date(p.other_date, _num(p, 3)):%d/%m/%Y}",
    # Korea: NRF
    "kr_name425": lambda p, c: (
        f"{_pick(p, _KR_FAMILY, 30).upper()} {_by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 31)}"
    ),
    "kr_rrn425": lambda p, c: _rrn_masked(p),
    "sex_kr425": lambda p, c: "M" if p.male else "F",
    "kr_nrf425": lambda p, c: f"1{p.bhxh[-7:]}",
    "kr_inst425": lambda p, c: _pick(p, _KR_INST, 32),
    "kr_pos425": lambda p, c: _pick(p, _KR_POS, 33),
    "kr_proj425": lambda p, c: f"RS-2026-{p.bhxh[:8]}",
    "phone_kr425": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_addr425": lambda p, c: _pick(p, _KR_HOMES, 34),
    # Spain: ANEP
    "es_doc425": lambda p, c: _dni_or_nie(p),
    "es_giv425": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 35),
    "es_fam425": lambda p, c: _pick(p, _ES_FAMILY, 36),
    "es_sec425": lambda p, c: _pick(p, _ES_SECOND, 37),
    "sex_es425": lambda p, c: "H" if p.male else "M",
    "es_area425": lambda p, c: _pick(p, _ES_AREAS, 38),
    "es_org425": lambda p, c: _pick(p, _ES_ORGS, 39),
    "es_cat425": lambda p, c: _pick(p, _ES_CATS, 40),
    "phone_es425": lambda p, c: _es_mobile(p),
    "es_count425": lambda p, c: _num(p, 25),
    "es_fee425": lambda p, c: f"{_num(p, 25) * 60},00",
    # Israel: ISF
    "il_tz425": lambda p, c: _nine(p, "0" if int(p.bhxh) % 3 else "3", 4),
    "il_fam425": lambda p, c: _pick(p, _IL_FAMILY, 41),
    "il_giv425": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 42),
    "sex_il425": lambda p, c: "ז" if p.male else "נ",
    "il_inst425": lambda p, c: _pick(p, _IL_INST, 43),
    "il_fac425": lambda p, c: _pick(p, _IL_FACS, 44),
    "il_grant425": lambda p, c: f"{p.bhxh[-4:]}/{_pick(p, ('24', '25', '26'), 45)}",
    "il_sum425": lambda p, c: f"{(150 + _num(p, 90)) * 1000:,}",
    "phone_il425": lambda p, c: f"{_pick(p, _IL_MOBILE, 46)}-{p.phone[3:10]}",
    "il_addr425": lambda p, c: _pick(p, _IL_HOMES, 47),
}

__all__ = ["WRITERS_BLIND425"]
