"""How the people of the three-hundred-and-ninety-ninth part of the outside corpus (**blind
399**, :mod:`lienthong.quality._corpus_blind399`) are written: foreigners' residence and the
people around it. People of Vietnamese origin without a settled nationality asking for an
identity certificate, householders declaring foreigners who stay with them, staff a firm sends to
the immigration office, commune police officers trained in managing foreigners; and foreigners
applying for or renewing their residence in Italy, Portugal, Czechia, Poland and South Korea,
with the numbers those countries give them (the codice fiscale with its Z place code and check
letter, the NIF, the rodné číslo, the PESEL, the 외국인등록번호 with its check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind14_writers import _rodne_cislo
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind49_writers import _cf_part, _cf_value
from lienthong.quality._corpus_blind100_writers import _cz_phone, _pl_phone
from lienthong.quality._corpus_blind112_writers import _kr_addr
from lienthong.quality._corpus_blind114_writers import _niss, _pt_phone
from lienthong.quality._corpus_blind150_writers import _nif_pt
from lienthong.quality._corpus_blind297_writers import _kr_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ------------------------------------------------------------------------------------
_VN_BIRTHPLACES = (
    "Campuchia",
    "Lào (tỉnh Savannakhet)",
    "Campuchia (tỉnh Kampong Chhnang)",
    "Lào (Viêng Chăn)",
    "Không rõ",
)
_VN_PAPERS = (
    "Không có giấy tờ",
    "Giấy xác nhận cư trú của UBND xã",
    "Giấy khai sinh bản sao",
    "Thẻ thường trú (Campuchia) hết hạn",
)
_VN_FOREIGN = (
    ("KIM MIN JUN", "Hàn Quốc", "M"),
    ("PARK JI YEON", "Hàn Quốc", "M"),
    ("WANG LEI", "Trung Quốc", "E"),
    ("TANAKA HIROSHI", "Nhật Bản", "T"),
    ("JOHN MILLER", "Hoa Kỳ", "A"),
    ("PIERRE DUBOIS", "Pháp", "1"),
    ("EMMA WILSON", "Úc", "P"),
)
_VN_VISAS = ("DL", "DN1", "LĐ1", "TT", "DN2", "HN")
_VN_RELATIONS = ("Con rể", "Chồng", "Vợ", "Bạn", "Người thuê nhà", "Con dâu")
_VN_CHANNELS = ("Trang TTĐT quản lý XNC", "Ứng dụng VNeID", "Trực tiếp tại CA phường")
_VN_FIRMS = (
    ("Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên", "KCN Yên Bình, Phổ Yên"),
    ("Công ty CP Tập đoàn Hòa Phát", "Số 66 Nguyễn Du, Hai Bà Trưng, Hà Nội"),
    ("Công ty TNHH Điện tử Foxconn", "KCN Quang Châu, Việt Yên, Bắc Giang"),
    ("Trường Đại học Quốc tế RMIT", "702 Nguyễn Văn Linh, Tân Phong, Quận 7"),
)
_VN_POSTS = ("Nhân viên hành chính", "Chuyên viên nhân sự", "Trưởng phòng HCNS", "Trợ lý dự án")
_VN_RANKS = ("Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá")
_VN_CPOSTS = ("Phó Trưởng Công an xã", "Cán bộ Công an xã", "Trưởng Công an xã")
_VN_UNITS = (
    "Công an xã Tân Hòa",
    "Công an xã Bình Minh",
    "Công an phường Đông Hải",
    "Công an xã An Phú",
)

# -- the foreigners abroad: (family, male given, female given) per nationality -------------------
_FX: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("NGUYEN", "TRAN", "LE", "PHAM"),
        ("VAN HUNG", "DUC ANH", "MINH TUAN"),
        ("THI LAN", "THU TRANG"),
    ),
    (("WANG", "LI", "ZHANG", "LIU"), ("WEI", "JUN", "HAO"), ("FANG", "LI NA", "XIU YING")),
    (("KOVALENKO", "SHEVCHENKO", "BONDARENKO"), ("OLEKSANDR", "ANDRII"), ("OLENA", "IRYNA")),
    (("SINGH", "KUMAR", "PATEL", "SHARMA"), ("GURPREET", "RAHUL", "AMIT"), ("PRIYA", "SUNITA")),
    (("SANTOS", "REYES", "CRUZ", "GARCIA"), ("JOSE", "MARK ANTHONY"), ("MARIA CRISTINA", "ROWENA")),
    (("SILVA", "OLIVEIRA", "SOUZA"), ("JOAO PEDRO", "LUCAS", "RAFAEL"), ("ANA PAULA", "JULIANA")),
)
_PASS_LEAD = ("C", "E", "FX", "V", "P", "FZ")
_NAT_IT = ("Vietnam", "Cina", "Ucraina", "India", "Filippine", "Brasile")
_BELFIORE = ("Z251", "Z210", "Z138", "Z222", "Z216", "Z602")
_NAT_PT = ("Vietname", "China", "Ucrânia", "Índia", "Filipinas", "Brasil")
_NAT_CZ = ("Vietnam", "Čína", "Ukrajina", "Indie", "Filipíny", "Brazílie")
_NAT_PL = ("Wietnam", "Chiny", "Ukraina", "Indie", "Filipiny", "Brazylia")
_NAT_KR = ("베트남", "중국", "우크라이나", "인도", "필리핀", "브라질")

# -- Italy --------------------------------------------------------------------------------------
_IT_PLACES = (
    ("Via Stalingrado", "40128", "Bologna"),
    ("Via della Barca", "40133", "Bologna"),
    ("Via Emilia Levante", "40026", "Imola"),
    ("Via Matteotti", "40017", "San Giovanni in Persiceto"),
    ("Via Andrea Costa", "40134", "Bologna"),
)
_IT_TYPES = (
    "Lavoro subordinato",
    "Motivi familiari",
    "Studio",
    "Soggiornante di lungo periodo UE",
    "Attesa occupazione",
)
_IT_EMPLOYERS = ("Coop. Camst soc. coop.", "Ducati Motor Holding S.p.A.", "Famiglia Rossi", "—")
_IT_OUTCOMES = ("In istruttoria", "Pronto per la consegna", "Consegnato", "Integrazione richiesta")

# -- Portugal -----------------------------------------------------------------------------------
_PT_HOMES = (
    "Rua do Benformoso, n.º 112, 2.º Esq., 1100-087 Lisboa",
    "Avenida Almirante Reis, n.º 45, 3.º Dto., 1150-011 Lisboa",
    "Rua de Cedofeita, n.º 210, 4050-174 Porto",
    "Rua Cândido dos Reis, n.º 8, 1.º, 2800-001 Almada",
)
_PT_TYPES: tuple[str, ...] = (
    "Art. 88.º, n.º 2",
    "Autorização de residência CPLP",
    "Reagrupamento familiar",
)
_PT_TYPES += ("Art. 89.º - atividade independente", "Estudo (art. 91.º)")
_PT_EMPLOYERS = ("Pingo Doce - Distribuição Alimentar, S.A.", "Uber Eats (independente)", "—")
_PT_STATES = ("Agendado", "Deferido", "Aguarda documentos", "Em análise", "Título emitido")

# -- Czechia ------------------------------------------------------------------------------------
_CZ_HOMES = (
    "Cejl 45, 602 00 Brno",
    "Sapa, Libušská 319/126, 142 00 Praha 4",
    "Palackého 12, 301 00 Plzeň",
    "Nádražní 1103, 702 00 Ostrava",
)
_CZ_KINDS: tuple[str, ...] = (
    "Zaměstnanecká karta",
    "Dlouhodobý pobyt - společné soužití rodiny",
    "Trvalý pobyt",
)
_CZ_KINDS += ("Modrá karta", "Dlouhodobý pobyt - studium")
_CZ_EMPLOYERS = ("Hyundai Motor Manufacturing Czech s.r.o.", "Foxconn CZ s.r.o.", "OSVČ", "—")
_CZ_STATES = ("Zahájeno", "Výzva k odstranění vad", "Vyhověno", "Převzetí průkazu", "Přerušeno")

# -- Poland -------------------------------------------------------------------------------------
_PL_HOMES = (
    "ul. Grochowska 207 m. 14, 04-077 Warszawa",
    "ul. Marszałkowska 81, 00-683 Warszawa",
    "al. Krakowska 110 m. 3, 02-256 Warszawa",
    "ul. Warszawska 5, 05-500 Piaseczno",
)
_PL_PURPOSES = (
    "praca",
    "łączenie z rodziną",
    "studia",
    "praca w zawodzie wymagającym kwalifikacji",
)
_PL_EMPLOYERS = ("Amazon Fulfillment Poland Sp. z o.o.", "Glovo Sp. z o.o.", "Budimex S.A.", "—")
_PL_STATES = ("w toku", "wezwanie do uzupełnienia", "decyzja pozytywna", "karta do odbioru")

# -- South Korea --------------------------------------------------------------------------------
_KR_STATUSES = ("E-9", "F-6", "D-2", "E-7", "H-2", "F-4", "D-10")
_KR_EMPLOYERS = ("(주)대원산업", "한국외국어대학교", "○○농장", "(주)삼진정밀", "-")
_KR_SPONSORS = ("김영수(배우자)", "(주)대원산업 대표 박성호", "-", "이민정(배우자)")
_KR_RESULTS = ("허가", "접수", "보완요청", "허가", "불허")


def _fx(p: Person) -> tuple[int, str, str]:
    """The foreigner's nationality (an index), family name and given names as in the passport."""
    k = int(p.bhxh[:4]) % len(_FX)
    family, male, female = _FX[k]
    return k, _pick(p, family, 2), _by_sex(p, male, female, 1)


def _passport(p: Person) -> str:
    lead = _PASS_LEAD[_fx(p)[0]]
    return f"{lead}{p.bhxh[-9 + len(lead) :]}"


def _cf_foreign(p: Person) -> str:
    """A codice fiscale given to a foreigner: the Z code of the country of birth, check letter."""
    k, family, given = _fx(p)
    day = p.birth.day + (0 if p.male else 40)
    month = "ABCDEHLMPRST"[p.birth.month - 1]
    head = f"{_cf_part(family, False)}{_cf_part(given, True)}{p.birth:%y}{month}{day:02d}"
    head += _BELFIORE[k]
    total = sum(_cf_value(ch, i % 2 == 0) for i, ch in enumerate(head))
    return head + chr(ord("A") + total % 26)


def _arc(p: Person) -> str:
    """A Korean alien registration number: yymmdd, 5/6 (7/8 after 2000), office and serial, and
    the check digit ``(11 - sum % 11) % 10 + 2`` taken mod 10."""
    sex = (5 if p.birth.year < 2000 else 7) + (0 if p.male else 1)
    head = f"{p.birth:%y%m%d}{sex}{int(p.bhxh[1:3]) // 2 * 2:02d}{p.bhxh[3:6]}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11) % 10
    return f"{head[:6]}-{head[6:]}{(check + 2) % 10}"


def _later(p: Person, years: int) -> date:
    return _shift_date(p.other_date, years)


def _event(p: Person, year: int) -> date:
    return _safe_day(year, int(p.bhxh[-2]) % 12 + 1, int(p.bhxh[-3:]) % 28 + 1)


def _score(p: Person) -> float:
    """The test score out of 10, in half points from 5."""
    return int(p.bhxh[5]) % 5 + 5 + int(p.bhxh[6]) % 2 / 2


def _grade(p: Person) -> str:
    score = _score(p)
    return "Giỏi" if score >= 8 else "Khá" if score >= 6.5 else "Trung bình"


def _pt_mail(p: Person) -> str:
    _, family, given = _fx(p)
    return f"{given.split()[0].lower()}.{family.lower()}{p.bhxh[-2:]}@gmail.com"


def _foreign_vn(p: Person) -> tuple[str, str, str]:
    return _VN_FOREIGN[int(p.bhxh[2:5]) % len(_VN_FOREIGN)]


WRITERS_BLIND399: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: identity certificates for people of Vietnamese origin
    "birthplace399": lambda p, c: _pick(p, _VN_BIRTHPLACES, 2),
    "since399": lambda p, c: f"Từ năm {max(p.birth.year, 1975) + _num(p, 20)}",
    "papers399": lambda p, c: _pick(p, _VN_PAPERS, 3),
    "parent399": lambda p, c: _other_vn(p, 4),
    "receipt399": lambda p, c: f"{_num(p, 900)}/BN-CAH",
    # Vietnam: householders declaring foreigners
    "foreigner399": lambda p, c: _foreign_vn(p)[0],
    "nat_vi399": lambda p, c: _foreign_vn(p)[1],
    "vn_pass399": lambda p, c: f"{_foreign_vn(p)[2]}{p.bhxh[-8:]}",
    "visa399": lambda p, c: f"{_pick(p, _VN_VISAS, 5)} - {p.bhxh[2:9]}",
    "relation399": lambda p, c: _pick(p, _VN_RELATIONS, 6),
    "until399": lambda p, c: f"{_later(p, 1):%d/%m/%Y}",
    "channel399": lambda p, c: _pick(p, _VN_CHANNELS, 7),
    "officer399": lambda p, c: f"Đ/c {_other_vn(p, 8)}",
    # Vietnam: staff a firm introduces to the immigration office
    "firm399": lambda p, c: _pick(p, tuple(f[0] for f in _VN_FIRMS), 2),
    "firm_addr399": lambda p, c: _pick(p, tuple(f[1] for f in _VN_FIRMS), 2),
    "firm_code399": lambda p, c: f"0{p.bhxh[1:10]}",
    "rep399": lambda p, c: _other_vn(p, 3),
    "post399": lambda p, c: _pick(p, _VN_POSTS, 4),
    "letter399": lambda p, c: f"{_num(p, 150)}/{_event(p, 2026):%Y}/GGT-HCNS",
    "valid399": lambda p, c: f"{_later(p, 3):%d/%m/%Y}",
    # Vietnam: training of commune police
    "rank399": lambda p, c: _pick(p, _VN_RANKS, 2),
    "cpost399": lambda p, c: _pick(p, _VN_CPOSTS, 3),
    "unit399": lambda p, c: _pick(p, _VN_UNITS, 4),
    "score399": lambda p, c: f"{_score(p):.1f}".replace(".", ","),
    "grade399": lambda p, c: _grade(p),
    # shared abroad
    "passport399": lambda p, c: _passport(p),
    # Italy
    "it_fam399": lambda p, c: _fx(p)[1],
    "it_given399": lambda p, c: _fx(p)[2],
    "sex_it399": lambda p, c: "M" if p.male else "F",
    "it_nat399": lambda p, c: _NAT_IT[_fx(p)[0]],
    "it_birthplace399": lambda p, c: f"{_NAT_IT[_fx(p)[0]].upper()} (EE)",
    "cf399": lambda p, c: _cf_foreign(p),
    "it_type399": lambda p, c: _pick(p, _IT_TYPES, 3),
    "it_practice399": lambda p, c: f"{p.bhxh[-6:]}-{_event(p, 2026):%Y}/BO",
    "it_expiry399": lambda p, c: f"{_later(p, 2):%d/%m/%Y}",
    "it_street399": lambda p, c: f"{_pick(p, tuple(x[0] for x in _IT_PLACES), 4)} {_num(p, 90)}",
    "it_cap399": lambda p, c: _pick(p, tuple(x[1] for x in _IT_PLACES), 4),
    "it_comune399": lambda p, c: _pick(p, tuple(x[2] for x in _IT_PLACES), 4),
    "it_phone399": lambda p, c: f"3{_pick(p, ('47', '48', '20', '39'), 5)} {p.phone[3:10]}",
    "it_employer399": lambda p, c: _pick(p, _IT_EMPLOYERS, 6),
    "it_outcome399": lambda p, c: _pick(p, _IT_OUTCOMES, 7),
    # Portugal
    "pt_full399": lambda p, c: f"{_fx(p)[2].title()} {_fx(p)[1].title()}",
    "sex_pt399": lambda p, c: "M" if p.male else "F",
    "pt_nat399": lambda p, c: _NAT_PT[_fx(p)[0]],
    "nif399": lambda p, c: _nif_pt(p),
    "niss399": lambda p, c: _niss(p),
    "pt_title399": lambda p, c: f"{p.bhxh[1:9]}",
    "pt_type399": lambda p, c: _pick(p, _PT_TYPES, 3),
    "pt_proc399": lambda p, c: f"AIMA/{_event(p, 2026):%Y}/{p.bhxh[-7:]}",
    "pt_home399": lambda p, c: _pick(p, _PT_HOMES, 4),
    "pt_phone399": lambda p, c: _pt_phone(p),
    "pt_mail399": lambda p, c: _pt_mail(p),
    "pt_employer399": lambda p, c: _pick(p, _PT_EMPLOYERS, 5),
    "pt_state399": lambda p, c: _pick(p, _PT_STATES, 6),
    # Czechia
    "cz_fam399": lambda p, c: _fx(p)[1],
    "cz_given399": lambda p, c: _fx(p)[2],
    "sex_cz399": lambda p, c: "muž" if p.male else "žena",
    "cz_nat399": lambda p, c: _NAT_CZ[_fx(p)[0]],
    "cz_rc399": lambda p, c: _rodne_cislo(p),
    "cz_cj399": lambda p, c: f"OAM-{p.bhxh[-5:]}-{_num(p, 30)}/DP-{_event(p, 2026):%Y}",
    "cz_kind399": lambda p, c: _pick(p, _CZ_KINDS, 3),
    "cz_valid399": lambda p, c: f"{_later(p, 2):%d.%m.%Y}",
    "cz_home399": lambda p, c: _pick(p, _CZ_HOMES, 4),
    "cz_phone399": lambda p, c: _cz_phone(p),
    "cz_employer399": lambda p, c: _pick(p, _CZ_EMPLOYERS, 5),
    "cz_state399": lambda p, c: _pick(p, _CZ_STATES, 6),
    # Poland
    "pl_fam399": lambda p, c: _fx(p)[1],
    "pl_given399": lambda p, c: _fx(p)[2],
    "sex_pl399": lambda p, c: "M" if p.male else "K",
    "pl_nat399": lambda p, c: _NAT_PL[_fx(p)[0]],
    "pesel399": lambda p, c: _pesel(p),
    "pl_card399": lambda p, c: f"R{_pick(p, ('P', 'A', 'B'), 3)}{p.bhxh[-7:]}",
    "pl_sig399": lambda p, c: f"WSC-II-S.6151.{_num(p, 900)}{p.bhxh[-3:]}.{_event(p, 2026):%Y}",
    "pl_purpose399": lambda p, c: _pick(p, _PL_PURPOSES, 4),
    "pl_home399": lambda p, c: _pick(p, _PL_HOMES, 5),
    "pl_phone399": lambda p, c: _pl_phone(p),
    "pl_employer399": lambda p, c: _pick(p, _PL_EMPLOYERS, 6),
    "pl_state399": lambda p, c: _pick(p, _PL_STATES, 7),
    # South Korea
    "kr_en399": lambda p, c: f"{_fx(p)[1]} {_fx(p)[2]}",
    "kr_nat399": lambda p, c: _NAT_KR[_fx(p)[0]],
    "sex_kr399": lambda p, c: "남" if p.male else "여",
    "arc399": lambda p, c: _arc(p),
    "kr_status399": lambda p, c: _pick(p, _KR_STATUSES, 3),
    "kr_expiry399": lambda p, c: f"{_later(p, 1):%Y-%m-%d}",
    "kr_home399": lambda p, c: _kr_addr(p),
    "kr_phone399": lambda p, c: _kr_mobile(p),
    "kr_employer399": lambda p, c: _pick(p, _KR_EMPLOYERS, 4),
    "kr_sponsor399": lambda p, c: _pick(p, _KR_SPONSORS, 5),
    "kr_result399": lambda p, c: _pick(p, _KR_RESULTS, 6),
}
