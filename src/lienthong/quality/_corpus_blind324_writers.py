"""How the people of the three-hundred-and-twenty-fourth part of the outside corpus (**blind 324**,
:mod:`lienthong.quality._corpus_blind324`) are written: four Vietnamese membership registers' own
columns (a company union's member cards, a Women's Union savings-and-loan group, a youth union
member moving her membership, a gardeners' association) and German, French, Argentine, South
African and Korean union members in the forms their registers show (the membership number, the
employer's staff number, the DNI beside the CUIL with its mod-11 check digit, the South African
identity number with its birth date, sex digits and Luhn check, the resident registration
number with its weighted check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind112_writers import (
    _KR_FAMILY,
    _KR_GIVEN_F,
    _KR_GIVEN_M,
    _kr_addr,
    _rrn,
)
from lienthong.quality._corpus_blind136_writers import _ZA_FAMILY, _ZA_GIVEN_F, _ZA_GIVEN_M
from lienthong.quality._corpus_blind139_writers import (
    _DE_FAMILY,
    _DE_GIVEN_F,
    _DE_GIVEN_M,
    _FR_FAMILY,
    _FR_GIVEN_F,
    _FR_GIVEN_M,
)
from lienthong.quality._corpus_blind300_writers import _ar_doc, _cuil
from lienthong.quality._corpus_blind311_writers import _za_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: union member cards of a company's grassroots union ----------------------------------
_VN_DEPTS = ("Xưởng May 1", "Xưởng May 2", "Tổ Cắt", "Tổ Hoàn thiện", "P. Kho vận", "P. HC-NS")
_VN_JOBS = ("Công nhân may", "Công nhân may", "Tổ trưởng", "QC", "Thủ kho", "Nhân viên HC")
_VN_CARD_NOTE = ("", "", "Cấp lại (mất thẻ)", "Chuyển từ CĐCS Cty Hanesbrands", "Thẻ điện tử")
# -- Vietnam: Women's Union savings-and-loan group -------------------------------------------------
_VN_LOANS = ("Hộ nghèo", "Hộ cận nghèo", "SXKD vùng khó khăn", "NS&VSMTNT", "GQVL", "HSSV")
_VN_HAMLETS = ("Ấp Phú Hòa", "Ấp Tân Thạnh", "Ấp 3", "Ấp Mỹ Điền", "Ấp Bình Thới")
_VN_PURPOSE = ("Nuôi bò", "Nuôi heo", "Trồng lúa", "Buôn bán nhỏ", "Làm nhà vệ sinh", "Con đi học")
# -- Vietnam: youth union members moving their membership ------------------------------------------
_VN_FROM = (
    "Chi đoàn 12A3 - THPT Lê Quý Đôn",
    "Chi đoàn K66-CNTT - ĐH Bách khoa HN",
    "Chi đoàn Cty TNHH Samsung Display VN",
    "Chi đoàn Thôn Đông - Đoàn xã Yên Thường",
    "Chi đoàn Khoa Điều dưỡng - CĐ Y tế Hà Đông",
)
_VN_TO = ("Chi đoàn TDP 5", "Chi đoàn TDP 9", "Chi đoàn TDP 11", "Chi đoàn Thanh niên CN")
_VN_WHY = ("Tốt nghiệp", "Chuyển nơi ở", "Nghỉ việc", "Đi học tập", "Đi làm ăn xa", "Xuất ngũ")
# -- Vietnam: gardeners' association ---------------------------------------------------------------
_VN_THON = ("Thôn Đông", "Thôn Trung", "Thôn Hạ", "Thôn Đồng Mai", "Thôn Phú Mỹ")
_VN_TREES = ("Bưởi Diễn", "Cam Canh", "Nhãn lồng", "Ổi lê", "Rau an toàn", "Cây cảnh", "Chè")
_VN_MODELS = ("VAC", "Vườn tạp cải tạo", "Vườn đồi", "Vườn mẫu NTM", "Trang trại", "Vườn hộ")
_VN_BRANCH = ("Chi hội 1", "Chi hội 2", "Chi hội 3", "Chi hội Cây cảnh", "Chi hội 4")
# -- Germany: a works union group's members ---------------------------------------------------
_DE_PLACES = (
    ("Hauptstraße 14", "71063", "Sindelfingen"),
    ("Böblinger Str. 203", "70199", "Stuttgart"),
    ("Am Pfarrgarten 7a", "71065", "Sindelfingen"),
    ("Calwer Straße 58", "71034", "Böblingen"),
    ("Hohenzollernstr. 2", "72074", "Tübingen"),
)
_DE_DEPTS = ("Rohbau", "Montage Halle 7", "Lackiererei", "Logistik", "Instandhaltung", "Presswerk")
_DE_ROLES = ("", "", "", "Vertrauensmann", "Vertrauensfrau", "Betriebsrat", "JAV")
_DE_STATUS = ("beitragszahlend", "beitragszahlend", "beitragszahlend", "Elternzeit", "ruhend")
# -- France: a hospital union section's members ----------------------------------------------------
_FR_PLACES = (
    ("8 rue de la Bourse", "69002", "Lyon"),
    ("Appt 32, 14 avenue Berthelot", "69007", "Lyon"),
    ("3 impasse des Acacias", "69200", "Vénissieux"),
    ("Résidence Les Érables, bât. B", "69100", "Villeurbanne"),
    ("41 chemin du Moulin", "69330", "Meyzieu"),
)
_FR_SERVICES = ("Urgences", "Réanimation", "Gériatrie", "Bloc opératoire", "Pharmacie", "Cuisine")
_FR_GRADES = ("IDE", "AS", "ASH", "Cadre de santé", "Préparateur", "Agent de maîtrise")
_FR_PAY = ("Prélèvement", "Prélèvement", "Chèque", "Virement", "Espèces")
_FR_MANDATE = ("", "", "", "Élu CSE", "Délégué syndical", "Représentant de proximité")
# -- Argentina: the shop workers' union's roll -----------------------------------------------------
_AR_GIVEN_M = ("Juan Carlos", "Matías", "Lautaro", "Diego Hernán", "Sergio", "Nicolás")
_AR_GIVEN_F = ("María Laura", "Camila", "Silvina", "Graciela", "Romina Soledad", "Lucía")
_AR_FAMILY = ("GONZALEZ", "RODRIGUEZ", "FERNANDEZ", "PERALTA", "GIMENEZ", "ROMERO", "DIAZ")
_AR_PLACES = (
    ("Av. Colón 1432 3° A", "Córdoba", "Córdoba", "X5000"),
    ("Bv. Oroño 850", "Rosario", "Santa Fe", "S2000"),
    ("Calle 7 N° 1120", "La Plata", "Buenos Aires", "B1900"),
    ("Pje. Los Aromos 233", "Godoy Cruz", "Mendoza", "M5501"),
    ("Mitre 455", "San Miguel de Tucumán", "Tucumán", "T4000"),
)
_AR_AREA = {"Córdoba": "351", "Rosario": "341", "La Plata": "221", "Godoy Cruz": "261"}
_AR_EMPLOYERS = (
    ("INC S.A. (Carrefour)", "30-68731043-4"),
    ("Cencosud S.A.", "30-59036076-3"),
    ("Farmacity S.A.", "30-68518393-1"),
    ("Coto C.I.C.S.A.", "30-54808315-6"),
)
_AR_STATUS = ("Activo", "Activo", "Activo", "Baja", "Licencia", "Jubilado")
# -- South Africa: a metalworkers' union local's stop-order register -----------------------------
_ZA_PLACES = (
    "45 Ngema Street, Kwa-Thema, Springs, 1575",
    "Stand 1123, Zone 7, Meadowlands, Soweto, 1852",
    "12 Dahlia Road, Uitenhage, 6229",
    "78 Mabopane Block X, Pretoria, 0190",
    "9 Jan Smuts Avenue, Rosslyn, 0200",
)
_ZA_EMPLOYERS = ("Toyota SA Motors", "Mercedes-Benz SA", "ArcelorMittal SA", "Bosal Africa")
_ZA_LOCALS = ("Ekurhuleni Local", "Tshwane Local", "Nelson Mandela Bay Local", "Durban Local")
_ZA_STATUS = ("Paid up", "Paid up", "Paid up", "Arrears", "Resigned", "Deceased")
# -- Korea: a trade union branch's member roll -----------------------------------------------------
_KR_COMPANIES = ("현대모비스(주)", "(주)한국지엠", "대한항공", "서울교통공사", "(주)이마트")
_KR_DEPTS = ("생산1팀", "품질관리팀", "물류팀", "정비본부", "매장운영팀", "승무본부")
_KR_BRANCH = ("울산지부", "인천지부", "서울지부", "경기지부")
_KR_NOTE = ("", "", "", "대의원", "간부", "휴직", "탈퇴예정")


def _since(p: Person, years: int) -> date:
    """A day some years after the birth (never after the register was drawn up)."""
    return min(_shift_date(p.birth, years) + timedelta(days=_num(p, 700)), date(2026, 10, 30))


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return table[int(p.bhxh) // salt % len(table)]


def _de_phone(p: Person) -> str:
    lead = _pick(p, ("0151", "0160", "0170", "0176", "0152"), 3)
    return f"{lead} {p.phone[3:10]}" if int(p.bhxh) % 2 else f"+49 {lead[1:]} {p.phone[3:10]}"


def _fr_phone(p: Person) -> str:
    d = f"0{_pick(p, ('6', '7'), 2)}{p.phone[2:10]}"
    return " ".join(d[i : i + 2] for i in range(0, 10, 2))


def _ar_phone(p: Person) -> str:
    area = _AR_AREA.get(_place(p, _AR_PLACES)[1], "381")
    return f"({area}) 15-{p.phone[4:7]}-{p.phone[7:10]}"


def _ar_name(p: Person) -> str:
    return f"{_pick(p, _AR_FAMILY, 2)}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)}"


def _za_phone(p: Person) -> str:
    return f"0{_pick(p, ('72', '73', '82', '83', '71'), 2)} {p.phone[3:6]} {p.phone[6:10]}"


WRITERS_BLIND324: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: union member cards
    "cd_dept324": lambda p, c: _pick(p, _VN_DEPTS, 1),
    "cd_job324": lambda p, c: _pick(p, _VN_JOBS, 2),
    "cd_join324": lambda p, c: f"{_since(p, 20):%d/%m/%Y}",
    "cd_card324": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[-6:]}",
    "cd_fee324": lambda p, c: f"{(46 + _num(p, 30)) * 1000:,}".replace(",", "."),
    "cd_note324": lambda p, c: _pick(p, _VN_CARD_NOTE, 3),
    # Vietnam: Women's Union savings-and-loan group
    "pn_hamlet324": lambda p, c: _pick(p, _VN_HAMLETS, 1),
    "pn_heir324": lambda p, c: _other_vn(p, 3),
    "pn_book324": lambda p, c: f"{p.bhxh[:4]}/{p.bhxh[-5:]}",
    "pn_loan324": lambda p, c: _pick(p, _VN_LOANS, 2),
    "pn_purpose324": lambda p, c: _pick(p, _VN_PURPOSE, 4),
    "pn_debt324": lambda p, c: f"{_num(p, 10) * 10_000_000:,}",
    "pn_saving324": lambda p, c: f"{(1 + _num(p, 5)) * 50_000:,}",
    # Vietnam: youth union members moving their membership
    "dtn_join324": lambda p, c: f"{_since(p, 15):%d-%m-%Y}",
    "dtn_card324": lambda p, c: f"{p.bhxh[1:9]}",
    "dtn_from324": lambda p, c: _pick(p, _VN_FROM, 2),
    "dtn_to324": lambda p, c: _pick(p, _VN_TO, 3),
    "dtn_why324": lambda p, c: _pick(p, _VN_WHY, 4),
    # Vietnam: gardeners' association
    "lv_thon324": lambda p, c: _pick(p, _VN_THON, 1),
    "lv_area324": lambda p, c: f"{_num(p, 40) * 150 + 300}",
    "lv_tree324": lambda p, c: _pick(p, _VN_TREES, 2),
    "lv_model324": lambda p, c: _pick(p, _VN_MODELS, 3),
    "lv_join324": lambda p, c: f"{_since(p, 30):%d.%m.%Y}",
    "lv_fee324": lambda p, c: f"{_pick(p, ('24.000', '24.000', '36.000', '0'), 4)}",
    "lv_branch324": lambda p, c: _pick(p, _VN_BRANCH, 5),
    "lv_head324": lambda p, c: f"{_other_vn(p, 6)} - {_other_phone(p, '09')}",
    # Germany: the works union group's members
    "de_no324": lambda p, c: f"{int(p.bhxh[:9]) % 90_000_000 + 10_000_000}",
    "de_family324": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given324": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "de_sex324": lambda p, c: "m" if p.male else "w",
    "de_street324": lambda p, c: _place(p, _DE_PLACES)[0],
    "de_plz324": lambda p, c: _place(p, _DE_PLACES)[1],
    "de_town324": lambda p, c: _place(p, _DE_PLACES)[2],
    "de_phone324": lambda p, c: _de_phone(p),
    "de_join324": lambda p, c: f"{_since(p, 18):%d.%m.%Y}",
    "de_pers324": lambda p, c: f"{p.bhxh[-6:]}",
    "de_dept324": lambda p, c: _pick(p, _DE_DEPTS, 3),
    "de_fee324": lambda p, c: f"{25 + _num(p, 40) * 1.37:.2f}".replace(".", ","),
    "de_role324": lambda p, c: _pick(p, _DE_ROLES, 4),
    "de_status324": lambda p, c: _pick(p, _DE_STATUS, 5),
    # France: the hospital union section's members
    "fr_no324": lambda p, c: f"{69}{p.bhxh[-6:]}",
    "fr_civ324": lambda p, c: "M." if p.male else "Mme",
    "fr_family324": lambda p, c: _pick(p, _FR_FAMILY, 2).upper(),
    "fr_given324": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 1),
    "fr_street324": lambda p, c: _place(p, _FR_PLACES)[0],
    "fr_cp324": lambda p, c: _place(p, _FR_PLACES)[1],
    "fr_town324": lambda p, c: _place(p, _FR_PLACES)[2],
    "fr_phone324": lambda p, c: _fr_phone(p),
    "fr_service324": lambda p, c: _pick(p, _FR_SERVICES, 3),
    "fr_grade324": lambda p, c: _pick(p, _FR_GRADES, 4),
    "fr_fee324": lambda p, c: f"{8 + _num(p, 20) * 0.65:.2f} €".replace(".", ","),
    "fr_pay324": lambda p, c: _pick(p, _FR_PAY, 5),
    "fr_mandate324": lambda p, c: _pick(p, _FR_MANDATE, 6),
    "fr_join324": lambda p, c: f"{_since(p, 22):%d/%m/%Y}",
    # Argentina: the shop workers' union's roll
    "ar_no324": lambda p, c: f"{p.bhxh[-6:]}/{_num(p, 9)}",
    "ar_name324": lambda p, c: _ar_name(p),
    "ar_dni324": lambda p, c: f"{_ar_doc(p)[0]} {_ar_doc(p)[1]:,}".replace(",", "."),
    "ar_cuil324": lambda p, c: _cuil(p),
    "ar_sex324": lambda p, c: "M" if p.male else "F",
    "ar_street324": lambda p, c: _place(p, _AR_PLACES)[0],
    "ar_town324": lambda p, c: _place(p, _AR_PLACES)[1],
    "ar_prov324": lambda p, c: _place(p, _AR_PLACES)[2],
    "ar_cp324": lambda p, c: _place(p, _AR_PLACES)[3],
    "ar_phone324": lambda p, c: _ar_phone(p),
    "ar_emp324": lambda p, c: _place(p, _AR_EMPLOYERS, 7)[0],
    "ar_cuit324": lambda p, c: _place(p, _AR_EMPLOYERS, 7)[1],
    "ar_alta324": lambda p, c: f"{_since(p, 19):%d/%m/%Y}",
    "ar_fee324": lambda p, c: f"$ {(12_000 + _num(p, 90) * 310):,}".replace(",", "."),
    "ar_status324": lambda p, c: _pick(p, _AR_STATUS, 3),
    # South Africa: the union local's stop-order register
    "za_no324": lambda p, c: f"NUM{p.bhxh[-7:]}",
    "za_family324": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given324": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "za_id324": lambda p, c: _za_id(p),
    "za_sex324": lambda p, c: "Male" if p.male else "Female",
    "za_phone324": lambda p, c: _za_phone(p),
    "za_addr324": lambda p, c: _pick(p, _ZA_PLACES, 3),
    "za_emp324": lambda p, c: _pick(p, _ZA_EMPLOYERS, 4),
    "za_clock324": lambda p, c: f"{p.bhxh[2:8]}",
    "za_local324": lambda p, c: _pick(p, _ZA_LOCALS, 5),
    "za_steward324": lambda p, c: f"{_pick(p, _ZA_GIVEN_M, 6)[0]}. {_pick(p, _ZA_FAMILY, 7)}",
    "za_join324": lambda p, c: f"{_since(p, 21):%Y/%m/%d}",
    "za_subs324": lambda p, c: f"R{110 + _num(p, 60) * 2.5:.2f}",
    "za_status324": lambda p, c: _pick(p, _ZA_STATUS, 8),
    # Korea: the union branch's member roll
    "kr_no324": lambda p, c: f"{_pick(p, ('U', 'K', 'S'), 2)}{p.bhxh[-7:]}",
    "kr_name324": lambda p, c: _pick(p, _KR_FAMILY, 3) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 4),
    "kr_rrn324": lambda p, c: "-".join(_rrn(p)),
    "kr_sex324": lambda p, c: "남" if p.male else "여",
    "kr_company324": lambda p, c: _pick(p, _KR_COMPANIES, 5),
    "kr_dept324": lambda p, c: _pick(p, _KR_DEPTS, 6),
    "kr_emp324": lambda p, c: f"{p.bhxh[3:10]}",
    "kr_hired324": lambda p, c: f"{_since(p, 24):%Y-%m-%d}",
    "kr_joined324": lambda p, c: f"{_since(p, 26):%Y-%m-%d}",
    "kr_fee324": lambda p, c: f"{(20 + _num(p, 40)) * 1000:,}",
    "kr_phone324": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_addr324": lambda p, c: _kr_addr(p),
    "kr_branch324": lambda p, c: _pick(p, _KR_BRANCH, 7),
    "kr_note324": lambda p, c: _pick(p, _KR_NOTE, 8),
}

__all__ = ["WRITERS_BLIND324"]
