"""How the people of the two-hundred-and-ninety-seventh part of the outside corpus (**blind 297**,
:mod:`lienthong.quality._corpus_blind297`) are written: the other people of four Vietnamese civil
status books (a foreign spouse, a declarant of a death, parents, a guardian) and the deceased,
adoptees and court wards of Swedish, Polish, Chilean, Korean and Italian registers, with their
applicants, declarants, adoptive parents and administrators beside them (personnummer with the
Luhn digit, PESEL, RUN with its mod-11 digit, resident registration numbers, codici fiscali)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind41_writers import (
    _KR_FAMILY,
    _KR_GIVEN_F,
    _KR_GIVEN_M,
    _PL_FAMILY_F,
    _PL_FAMILY_M,
    _PL_GIVEN_F,
    _PL_GIVEN_M,
    _pesel,
    _rrn,
)
from lienthong.quality._corpus_blind45_writers import (
    _CL_FAMILY,
    _CL_GIVEN_F,
    _CL_GIVEN_M,
    _SE_FAMILY,
    _SE_GIVEN_F,
    _SE_GIVEN_M,
    _personnummer,
    _rut,
)
from lienthong.quality._corpus_blind114_writers import (
    _IT_BIRTH,
    _IT_FAMILY,
    _IT_GIVEN_F,
    _IT_GIVEN_M,
    _codice_fiscale,
    _it_family,
    _it_given,
    _place,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: the other people of four civil status books --------------------------------------
_VN_NATIONS = (
    ("Hàn Quốc", "M", "Kim Min Ho", "Park Ji Yeon"),
    ("Đài Loan (TQ)", "3", "Chen Wei Ting", "Lin Mei Hua"),
    ("Nhật Bản", "TK", "Sato Hiroshi", "Tanaka Yuki"),
    ("Hoa Kỳ", "5", "John Michael Smith", "Emily Anne Brown"),
    ("Úc", "PA", "Daniel James Wilson", "Sarah Louise Taylor"),
)
_VN_ABROAD_OFFICES = (
    "Văn phòng hộ tịch quận Suwon",
    "Hộ chính sự vụ sở Đài Trung",
    "Tòa thị chính Osaka",
    "County Clerk, Orange County, CA",
    "Registry of BDM, Victoria",
)
_VN_DEATH_PLACES = ("Tại nhà", "BVĐK tỉnh", "TTYT huyện", "Trên đường đi cấp cứu", "BV Chợ Rẫy")
_VN_DEATH_CAUSES = ("Già yếu", "Bệnh", "Tai nạn giao thông", "Đột quỵ", "Ung thư", "Không rõ")
_VN_KIN = ("Con", "Con", "Vợ", "Chồng", "Cháu", "Con dâu", "Anh ruột")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Khmer", "Hoa", "Thái")
_VN_BORN = ("Trạm y tế xã", "Tại nhà", "BV Phụ sản Từ Dũ", "BVĐK tỉnh Nam Định", "Nhà hộ sinh")
_VN_HOMETOWN = ("Nam Định", "Thái Bình", "Nghệ An", "Quảng Nam", "Hà Tĩnh", "Bến Tre", "TP.HCM")
_VN_PROOFS = (
    "Bản sao GKS cũ",
    "Sổ hộ khẩu cũ",
    "Học bạ, bằng tốt nghiệp",
    "Lý lịch đảng viên",
    "Văn bản cam đoan",
)
_VN_WARD_REASONS = ("QĐ Tòa án: mất NLHVDS", "QĐ Tòa án: khó khăn nhận thức", "QĐ Tòa án: hạn chế")
_VN_GUARD_KIN = ("Vợ", "Chồng", "Con trai", "Con gái", "Anh ruột", "Chị ruột", "Cháu ruột")
_VN_OFFICERS = ("Nguyễn Thị Hằng", "Trần Văn Lợi", "Lê Thị Thu Trang", "Phạm Minh Đức")

# -- Sweden: estate inventories registered by Skatteverket -----------------------------------------
_SE_HOMES = (
    ("Drottninggatan 71", "111 36", "STOCKHOLM"),
    ("Kungsgatan 5 lgh 1203", "411 19", "GÖTEBORG"),
    ("Bergsgatan 22", "214 22", "MALMÖ"),
    ("Rådhusgatan 10", "831 80", "ÖSTERSUND"),
    ("Storgatan 40", "903 26", "UMEÅ"),
    ("Vasagatan 3 B", "722 15", "VÄSTERÅS"),
)
_SE_KIN = ("Make", "Maka", "Son", "Dotter", "Sambo", "Syster", "Begravningsbyrå")

# -- Poland: death acts of the civil registry (USC) ------------------------------------------------
_PL_HOMES = (
    ("ul. Długa 14 m. 3", "80-827", "Gdańsk"),
    ("ul. Kościuszki 57", "40-048", "Katowice"),
    ("os. Piastów 12/45", "31-624", "Kraków"),
    ("ul. Lipowa 8", "20-020", "Lublin"),
    ("al. Niepodległości 210 m. 7", "00-608", "Warszawa"),
)
_PL_DEATH_PLACES = ("Szpital Wojewódzki", "w domu", "Hospicjum św. Łazarza", "DPS", "Szpital MSWiA")
_PL_KIN = ("syn", "córka", "żona", "mąż", "wnuk", "siostra", "zakład pogrzebowy")
_PL_USC = ("Urząd Stanu Cywilnego m.st. Warszawy", "USC Kraków", "USC Gdańsk", "USC Lublin")

# -- Chile: intestate successions before the Registro Civil ----------------------------------------
_CL_HOMES = (
    ("Pasaje Las Camelias 1482, Villa Los Jardines", "La Florida"),
    ("Av. Vicuña Mackenna 3450, depto 1204", "Macul"),
    ("Calle Blanco 1120, Cerro Alegre", "Valparaíso"),
    ("Los Aromos 77, Población Lautaro", "Chillán"),
    ("Av. Alemania 0540, block B", "Temuco"),
)
_CL_KIN = ("Cónyuge sobreviviente", "Hijo(a)", "Hijo(a)", "Conviviente civil", "Hermano(a)")
_CL_STATUS = (
    "Resolución exenta inscrita",
    "En trámite",
    "Publicada en Diario Oficial",
    "Rechazada",
)

# -- Korea: adoption reports at a gu office --------------------------------------------------------
_KR_HOMES = (
    ("서울특별시 노원구 동일로 1414, 102동 803호", "서울특별시 종로구 평창동"),
    ("경기도 수원시 팔달구 효원로 241, 3층", "전라남도 나주시 금천면"),
    ("부산광역시 사하구 낙동대로 398, 1204호", "경상남도 밀양시 삼랑진읍"),
    ("대전광역시 유성구 대학로 99, 205동 1101호", "충청남도 공주시 유구읍"),
    ("인천광역시 연수구 송도과학로 32, 801호", "황해도 연백군"),
)
_KR_KIND = ("일반입양", "일반입양", "성년입양", "친양자입양(법원허가)", "재혼가정 입양")
_KR_RESULT = ("수리", "수리", "보정", "불수리")

# -- Italy: support administrations at a tribunale -------------------------------------------------
_IT_HOMES = (
    ("Via Aretina 140", "50136", "Firenze"),
    ("Corso Garibaldi 22", "80142", "Napoli"),
    ("Via Roma 5", "59100", "Prato"),
    ("Viale Regina Margherita 301", "00198", "Roma"),
    ("Via Maqueda 210", "90134", "Palermo"),
)
_IT_KIN = ("figlio", "figlia", "coniuge", "nipote", "avvocato", "fratello", "assistente sociale")
_IT_JUDGES = ("dott.ssa Bellini", "dott. Ricci", "dott.ssa Gallo", "dott. Fontana")
_IT_STATUS = ("Decreto di nomina", "Giuramento prestato", "Rendiconto depositato", "Revocata")


def _day(p: Person, start: date, span: int, salt: int = 1) -> date:
    return start + timedelta(days=int(p.bhxh[-6:]) // salt % span)


def _died(p: Person) -> date:
    return _day(p, date(2024, 3, 1), 600)


def _elder(p: Person, offset: int) -> date:
    """A parent's or guardian's birthday: the year moved by ``offset``, kept before 2008."""
    year = min(p.birth.year + offset, 2007)
    return _safe_day(year, (p.birth.month + offset) % 12 + 1, p.birth.day)


def _home(p: Person, rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return rows[int(p.bhxh) // 7 % len(rows)]


def _vn_nation(p: Person) -> tuple[str, str, str, str]:
    return _VN_NATIONS[int(p.bhxh) // 11 % len(_VN_NATIONS)]


def _se_other(p: Person) -> str:
    return f"{_pick(p, _SE_GIVEN_M + _SE_GIVEN_F, 4)} {_pick(p, _SE_FAMILY, 5)}"


def _pl_other(p: Person) -> str:
    male = int(p.bhxh) % 2 == 0
    given = _pick(p, _PL_GIVEN_M if male else _PL_GIVEN_F, 4)
    return f"{given} {_pick(p, _PL_FAMILY_M if male else _PL_FAMILY_F, 5)}"


def _pl_other_pesel(p: Person) -> str:
    body = f"{(p.birth.year + 25) % 100:02d}{p.birth.month:02d}{min(p.birth.day, 28):02d}"
    body += f"{p.bhxh[5:8]}{int(p.bhxh[0]) % 10}"
    total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return f"{body}{(10 - total % 10) % 10}"


def _cl_other(p: Person) -> str:
    given = _pick(p, _CL_GIVEN_M + _CL_GIVEN_F, 6)
    return f"{given} {_pick(p, _CL_FAMILY, 7)} {_pick(p, _CL_FAMILY, 8)}"


def _kr_name(p: Person, salt: int, male: bool | None = None) -> str:
    is_male = p.male if male is None else male
    return (
        f"{_pick(p, _KR_FAMILY, salt)}{_pick(p, _KR_GIVEN_M if is_male else _KR_GIVEN_F, salt + 1)}"
    )


def _kr_mobile(p: Person) -> str:
    return f"010-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}"


def _it_other(p: Person) -> str:
    given = _pick(p, _IT_GIVEN_M + _IT_GIVEN_F, 6)
    return f"{_pick(p, _IT_FAMILY, 7).upper()} {given}"


WRITERS_BLIND297: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: marriages registered abroad, written into the civil status book
    "gc_no297": lambda p, c: f"{_num(p, 90)}/2026/GCKH",
    "gc_spouse297": lambda p, c: _vn_nation(p)[3 if p.male else 2],
    "gc_nation297": lambda p, c: _vn_nation(p)[0],
    "gc_passport297": lambda p, c: f"{_vn_nation(p)[1]}{p.bhxh[-8:]}",
    "gc_office297": lambda p, c: _VN_ABROAD_OFFICES[int(p.bhxh) // 11 % len(_VN_ABROAD_OFFICES)],
    "gc_officer297": lambda p, c: _pick(p, _VN_OFFICERS, 3),
    "gc_married297": lambda p, c: f"{_day(p, date(2019, 5, 2), 1500, 3):%d/%m/%Y}",
    # Vietnam: deaths registered again
    "kt_died297": lambda p, c: (
        f"{max(_day(p, date(1996, 1, 8), 9000, 2), p.birth + timedelta(days=7000)):%d-%m-%Y}"
    ),
    "kt_place297": lambda p, c: _pick(p, _VN_DEATH_PLACES, 2),
    "kt_cause297": lambda p, c: _pick(p, _VN_DEATH_CAUSES, 3),
    "kt_declarant297": lambda p, c: _other_vn(p, 4),
    "kt_kin297": lambda p, c: _pick(p, _VN_KIN, 5),
    "kt_declarant_id297": lambda p, c: _cccd_of(p, int(p.bhxh) % 2 == 0, 1965 + _num(p, 30)),
    "kt_declarant_phone297": lambda p, c: _other_phone(p),
    # Vietnam: births registered again
    "ks_book297": lambda p, c: f"Q.{_num(p, 9):02d}/2026",
    "ks_ethnic297": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "ks_born297": lambda p, c: _pick(p, _VN_BORN, 3),
    "ks_hometown297": lambda p, c: _pick(p, _VN_HOMETOWN, 4),
    "ks_mother297": lambda p, c: _other_vn(p, 5, male=False),
    "ks_father297": lambda p, c: _other_vn(p, 6, male=True, family=p.family),
    "ks_mother_birth297": lambda p, c: f"{_elder(p, -24):%d/%m/%Y}",
    "ks_proof297": lambda p, c: _pick(p, _VN_PROOFS, 7),
    # Vietnam: guardianship of adults by court decision
    "gh_decision297": lambda p, c: f"{_num(p, 80)}/2026/QĐST-DS — {_pick(p, _VN_WARD_REASONS, 2)}",
    "gh_guardian297": lambda p, c: _other_vn(p, 7),
    "gh_guardian_id297": lambda p, c: _cccd_of(p, int(p.bhxh) % 2 == 0, 1960 + _num(p, 40)),
    "gh_guardian_phone297": lambda p, c: _other_phone(p, "03"),
    "gh_kin297": lambda p, c: _pick(p, _VN_GUARD_KIN, 4),
    "gh_guardian_birth297": lambda p, c: (
        f"{_elder(p, 27 if p.birth.year < 1975 else -26):%d.%m.%Y}"
    ),
    "gh_watcher297": lambda p, c: _other_vn(p, 8),
    # Sweden: estate inventories
    "se_name297": lambda p, c: (
        f"{_by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1)} {_pick(p, _SE_FAMILY, 2)}"
    ),
    "se_pnr297": lambda p, c: _personnummer(p),
    "se_death297": lambda p, c: f"{_died(p):%Y-%m-%d}",
    "se_street297": lambda p, c: _home(p, _SE_HOMES)[0],
    "se_post297": lambda p, c: _home(p, _SE_HOMES)[1],
    "se_town297": lambda p, c: _home(p, _SE_HOMES)[2],
    "se_heir297": lambda p, c: _se_other(p),
    "se_kin297": lambda p, c: _pick(p, _SE_KIN, 3),
    "se_heir_phone297": lambda p, c: f"07{p.bhxh[1]}-{p.bhxh[2:5]} {p.bhxh[5:7]} {p.bhxh[7:9]}",
    "se_meeting297": lambda p, c: f"{_died(p) + timedelta(days=40 + _num(p, 50)):%Y-%m-%d}",
    "se_filed297": lambda p, c: f"{_died(p) + timedelta(days=95 + _num(p, 30)):%Y-%m-%d}",
    "se_assets297": lambda p, c: f"{_num(p, 900) * 3_517:,}".replace(",", " "),
    "se_debts297": lambda p, c: f"{_num(p, 90) * 1_204:,}".replace(",", " "),
    "se_case297": lambda p, c: f"BOU {_num(p, 99):02d}-{p.bhxh[-5:]}/2026",
    # Poland: death acts
    "pl_act297": lambda p, c: f"{_num(p, 9)}{p.bhxh[-4:-1]}/00/AZ/2025/{p.bhxh[-6:-3]}",
    "pl_given297": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pl_family297": lambda p, c: _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2),
    "pl_pesel297": lambda p, c: _pesel(p),
    "pl_died297": lambda p, c: f"{_died(p):%d.%m.%Y}",
    "pl_birthplace297": lambda p, c: _pick(
        p, ("Radom", "Tarnów", "Białystok", "Lwów", "Kielce"), 3
    ),
    "pl_death_place297": lambda p, c: f"{_home(p, _PL_HOMES)[2]}, {_pick(p, _PL_DEATH_PLACES, 4)}",
    "pl_addr297": lambda p, c: (
        f"{_home(p, _PL_HOMES)[0]}, {_home(p, _PL_HOMES)[1]} {_home(p, _PL_HOMES)[2]}"
    ),
    "pl_declarant297": lambda p, c: _pl_other(p),
    "pl_declarant_pesel297": lambda p, c: _pl_other_pesel(p),
    "pl_kin297": lambda p, c: _pick(p, _PL_KIN, 6),
    "pl_usc297": lambda p, c: _pick(p, _PL_USC, 7),
    # Chile: intestate successions
    "cl_case297": lambda p, c: f"{p.bhxh[-6:]}-2025",
    "cl_name297": lambda p, c: (
        f"{_by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1)} {_pick(p, _CL_FAMILY, 2)}"
        f" {_pick(p, _CL_FAMILY, 3)}"
    ),
    "cl_run297": lambda p, c: _rut(p),
    "cl_death297": lambda p, c: f"{_died(p):%d-%m-%Y}",
    "cl_addr297": lambda p, c: _home(p, _CL_HOMES)[0],
    "cl_comuna297": lambda p, c: _home(p, _CL_HOMES)[1],
    "cl_applicant297": lambda p, c: _cl_other(p),
    "cl_applicant_run297": lambda p, c: (
        f"{int(p.bhxh[1:9]) % 9_000_000 + 10_000_000:,}".replace(",", ".") + "-" + p.bhxh[0]
    ),
    "cl_kin297": lambda p, c: _pick(p, _CL_KIN, 4),
    "cl_phone297": lambda p, c: f"+56 9 {p.bhxh[-8:-4]} {p.bhxh[-4:]}",
    "cl_mail297": lambda p, c: f"tramites.{p.bhxh[-4:]}@gmail.com",
    "cl_resolved297": lambda p, c: f"{_died(p) + timedelta(days=60 + _num(p, 90)):%d-%m-%Y}",
    "cl_status297": lambda p, c: _pick(p, _CL_STATUS, 5),
    # Korea: adoption reports
    "kr_receipt297": lambda p, c: f"2026-{p.bhxh[-6:]}",
    "kr_name297": lambda p, c: _kr_name(p, 1),
    "kr_rrn297": lambda p, c: _rrn(p),
    "kr_birth297": lambda p, c: f"{p.birth.year}년 {p.birth.month:02d}월 {p.birth.day:02d}일",
    "kr_sex297": lambda p, c: "남" if p.male else "여",
    "kr_base297": lambda p, c: _home(p, _KR_HOMES)[1],
    "kr_addr297": lambda p, c: _home(p, _KR_HOMES)[0],
    "kr_father297": lambda p, c: _kr_name(p, 3, male=True),
    "kr_mother297": lambda p, c: _kr_name(p, 5, male=False),
    "kr_father_birth297": lambda p, c: f"{_elder(p, -28):%Y.%m.%d}",
    "kr_phone297": lambda p, c: _kr_mobile(p),
    "kr_kind297": lambda p, c: _pick(p, _KR_KIND, 6),
    "kr_result297": lambda p, c: _pick(p, _KR_RESULT, 7),
    # Italy: support administrations
    "it_rg297": lambda p, c: f"{_num(p, 900)}/2025 V.G.",
    "it_family297": lambda p, c: _it_family(p).upper(),
    "it_given297": lambda p, c: _it_given(p),
    "it_cf297": lambda p, c: _codice_fiscale(p),
    "it_born297": lambda p, c: _place(p, _IT_BIRTH, 13)[0],
    "it_addr297": lambda p, c: (
        f"{_home(p, _IT_HOMES)[0]}, {_home(p, _IT_HOMES)[1]} {_home(p, _IT_HOMES)[2]}"
    ),
    "it_admin297": lambda p, c: _it_other(p),
    "it_kin297": lambda p, c: _pick(p, _IT_KIN, 4),
    "it_admin_phone297": lambda p, c: f"+39 3{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:10]}",
    "it_judge297": lambda p, c: _pick(p, _IT_JUDGES, 5),
    "it_decree297": lambda p, c: f"{_day(p, date(2023, 9, 1), 800, 4):%d/%m/%Y}",
    "it_status297": lambda p, c: _pick(p, _IT_STATUS, 6),
}

__all__ = ["WRITERS_BLIND297"]
