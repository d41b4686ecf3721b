"""How the people of the three-hundred-and-ninth part of the outside corpus (**blind 309**,
:mod:`lienthong.quality._corpus_blind309`) are written: four Vietnamese social-protection files'
own columns (a commune's raise of the monthly social allowance under Decree 76/2024, the 27 July
gifts to people with meritorious service, poor households found during the year, the rice given
out after a storm) and the forms of Pará's social electricity tariff list (CPF and NIS with their
mod 11 checks), Madhya Pradesh's PM-KISAN recovery notices (Aadhaar with its Verhoeff check),
the Eastern Cape's SASSA child support grant applications (the thirteen-digit ID with its Luhn
check), southern Punjab's BISP Taleemi Wazaif enrolments (the CNIC, odd for men) and Puebla's
Bienestar disability pension (the CURP with its check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _letters, _num, _pick
from lienthong.quality._corpus_blind9_writers import _za_id
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind41_writers import _cnic
from lienthong.quality._corpus_blind164_writers import _aadhaar_spaced
from lienthong.quality._corpus_blind169_writers import _za_cell
from lienthong.quality._corpus_blind177_writers import _inner
from lienthong.quality._corpus_blind206_writers import _cpf, _digits, _nis

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: monthly social allowance raised from 01/7/2024 (Decree 20/2021, Decree 76/2024) ----
_VN_BTXH_GROUPS = (
    ("K5 Đ5 - NCT từ 80 tuổi trở lên", 1.5),
    ("K5 Đ5 - NCT từ 80 tuổi trở lên", 1.5),
    ("K6 Đ5 - NKT nặng", 2.0),
    ("K6 Đ5 - NKT đặc biệt nặng", 2.5),
    ("K4 Đ5 - Đơn thân nghèo nuôi con", 1.0),
    ("K5 Đ5 - NCT hộ nghèo không có người phụng dưỡng", 1.5),
)
_VN_BTXH_WAY = (
    "Tiền mặt tại điểm chi trả",
    "Bưu điện",
    "Chuyển khoản",
    "Tiền mặt tại điểm chi trả",
)
# -- Vietnam: gifts on 27 July to people with meritorious service --------------------------------
_VN_NCC_KINDS = (
    "Thương binh 4/4",
    "Thương binh 2/4",
    "Bệnh binh 61%",
    "Thân nhân liệt sĩ (vợ)",
    "Thân nhân liệt sĩ (con)",
    "Người HĐKC bị nhiễm CĐHH",
    "Người có công giúp đỡ CM",
)
_VN_NCC_GIFTS = (("Chủ tịch nước", 300_000), ("UBND tỉnh", 500_000), ("UBND huyện", 300_000))
# -- Vietnam: poor households found during the year (Decree 07/2021) -----------------------------
_VN_POOR_CAUSES = (
    "Có người ốm đau, bệnh hiểm nghèo",
    "Thiên tai, mất mùa",
    "Mất việc làm, không có thu nhập",
    "Chủ hộ mất sức lao động",
    "Tách hộ",
)
_VN_POOR_RESULT = ("Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "Không đủ điều kiện", "Hộ cận nghèo")
_VN_POOR_OFFICERS = ("Lê Thị Hạnh (CC LĐTBXH)", "Trần Văn Tuấn (Trưởng thôn)", "Phạm Thị Vân")
# -- Vietnam: rice given out after a storm -------------------------------------------------------
_VN_STORM_DAMAGE = (
    "Sập đổ hoàn toàn",
    "Tốc mái trên 70%",
    "Tốc mái 30-50%",
    "Ngập sâu trên 1m",
    "Mất trắng hoa màu",
)
_VN_STORM_ROUND = ("Đợt 1 (cấp bách)", "Đợt 1 (cấp bách)", "Đợt 2", "Bổ sung")
_VN_KIN = ("Vợ", "Chồng", "Con", "Con dâu", "Cháu")
# -- Brazil: the social electricity tariff of Equatorial Pará ------------------------------------
_BR_GIVEN_M = ("Raimundo", "José Carlos", "Francisco", "Antônio Marcos", "Edivaldo", "Benedito")
_BR_GIVEN_F = ("Maria do Socorro", "Raimunda", "Francisca", "Ana Cláudia", "Josiane", "Rosilene")
_BR_FAMILY = ("da Silva", "Souza", "Ferreira", "dos Santos", "Pinheiro", "Monteiro", "Barbosa")
_BR_PLACES = (
    ("Belém", "Guamá", "Passagem", ("Mucajá", "São Pedro", "Nova"), "660"),
    ("Belém", "Terra Firme", "Travessa", ("Honório José dos Santos", "Celso Malcher"), "660"),
    ("Ananindeua", "Icuí-Guajará", "Rua", ("Cláudio Sanders", "Três Corações"), "670"),
    ("Marabá", "Cidade Nova", "Folha", ("28", "31", "33"), "685"),
    ("Santarém", "Aeroporto Velho", "Avenida", ("Fernando Guilhon", "Curuá-Una"), "680"),
)
_BR_BANDS = ("65% (até 30 kWh)", "40% (31 a 100 kWh)", "10% (101 a 220 kWh)")
_BR_STATUS = ("Ativo", "Ativo", "Ativo", "Suspenso - CadÚnico desatualizado", "Excluído")
# -- India: PM-KISAN recovery from ineligible farmers, Vidisha (Madhya Pradesh) ------------------
_IN_GIVEN_M = ("रामप्रसाद", "भगवान सिंह", "मोहनलाल", "राजेंद्र", "हरिनारायण", "कमल सिंह")
_IN_GIVEN_F = ("कमला बाई", "सुनीता", "रामकली", "गीता बाई", "मीरा", "सावित्री")
_IN_FAMILY = ("कुशवाहा", "अहिरवार", "रघुवंशी", "लोधी", "मीणा", "यादव", "शर्मा")
_IN_FATHERS = ("श्री मूलचंद", "श्री हरिसिंह", "श्री गोपाल", "श्री बाबूलाल", "श्री किशनलाल")
_IN_VILLAGES = (
    ("ग्राम सांकलखेड़ा", "तहसील विदिशा"),
    ("ग्राम करारिया", "तहसील विदिशा"),
    ("ग्राम पठारी", "तहसील कुरवाई"),
    ("ग्राम ग्यारसपुर", "तहसील ग्यारसपुर"),
    ("ग्राम मुरवास", "तहसील लटेरी"),
)
_IN_REASONS = (
    "आयकर दाता",
    "आयकर दाता",
    "मृतक कृषक",
    "भूमिहीन / भू-अभिलेख में नाम नहीं",
    "पेंशनभोगी (₹10,000 से अधिक)",
    "पति-पत्नी दोनों लाभार्थी",
)
_IN_PATWARI = ("रमेश चंद्र अहिरवार", "सुरेश यादव", "अनिल शर्मा", "प्रीति रघुवंशी")
# -- South Africa: SASSA child support grant applications, OR Tambo district --------------------
_ZA_GIVEN_M = ("Sipho", "Lwazi", "Mzwandile", "Thembinkosi", "Siyabonga", "Luvuyo")
_ZA_GIVEN_F = ("Nomvula", "Zintle", "Nosipho", "Thandeka", "Ayanda", "Nomsa Patricia")
_ZA_FAMILY = ("Mbeki", "Ndlovu", "Mkhize", "Dlamini", "Gqola", "Mtshali", "Sithole")
_ZA_CHILDREN = ("Lithemba", "Onako", "Asemahle", "Lulonke", "Inam", "Amahle", "Liyema")
_ZA_PLACES = (
    ("Ngangelizwe", "Mthatha", "5100", "Mandela Drive"),
    ("Norwood", "Mthatha", "5099", "Sisson Street"),
    ("Libode", "Libode", "5160", "Main Road"),
    ("Port St Johns", "Port St Johns", "5120", "Berea Road"),
    ("Qumbu", "Qumbu", "5180", "Church Street"),
)
_ZA_REL_F = ("Mother", "Mother", "Mother", "Grandmother", "Aunt", "Sister")
_ZA_REL_M = ("Father", "Father", "Grandfather", "Uncle")
_ZA_PAYPOINT = ("SASSA Gold Card - Postbank", "Boxer Mthatha Plaza", "Pick n Pay Libode", "Bank")
_ZA_OUTCOME = ("Approved", "Approved", "Pending - documents", "Declined - means test", "Approved")
# -- Pakistan: BISP Benazir Taleemi Wazaif, southern Punjab -------------------------------------
_PK_GIVEN_M = ("محمد اکرم", "غلام رسول", "اللہ دتہ", "محمد ریاض", "منظور احمد")
_PK_GIVEN_F = ("نسیم بی بی", "شازیہ", "رضیہ بی بی", "کوثر پروین", "زاہدہ", "صغراں بی بی")
_PK_PLACES = (
    ("بستی ملانہ", "تحصیل جام پور", "ضلع راجن پور"),
    ("موضع کوٹ مٹھن", "تحصیل راجن پور", "ضلع راجن پور"),
    ("بستی بزدار", "تحصیل تونسہ", "ضلع ڈیرہ غازی خان"),
    ("چک نمبر 42", "تحصیل علی پور", "ضلع مظفر گڑھ"),
    ("محلہ قاسم آباد", "تحصیل کوٹ ادو", "ضلع مظفر گڑھ"),
)
_PK_CHILD_M = ("محمد عمران", "علی حسن", "محمد بلال", "عثمان")
_PK_CHILD_F = ("عائشہ", "مریم", "سمیرا", "حمیرا")
_PK_SCHOOLS = (
    "گورنمنٹ پرائمری اسکول بستی ملانہ",
    "گورنمنٹ گرلز ایلیمنٹری اسکول جام پور",
    "گورنمنٹ ہائی اسکول تونسہ",
    "گورنمنٹ گرلز ہائی اسکول علی پور",
)
_PK_CLASS = ("کچی", "اول", "دوم", "سوم", "پنجم", "ہشتم", "نہم")
_PK_CAMPS = ("BISP تحصیل آفس جام پور", "BISP تحصیل آفس تونسہ", "کیمپ سائٹ علی پور")
# -- Mexico: Pensión para el Bienestar de las Personas con Discapacidad, Sierra Norte de Puebla -
_MX_GIVEN_M = ("José Luis", "Juan", "Marcelino", "Pedro", "Ángel", "Isidro")
_MX_GIVEN_F = ("María Elena", "Guadalupe", "Rosa", "Juana", "Alejandra", "Micaela")
_MX_FAMILY = ("Hernández", "Bonilla", "Lucas", "Pérez", "Cruz", "Vázquez", "Gaspar")
_MX_PLACES = (
    ("Zacapoaxtla", "73680", "Barrio de Jilotepec", "Calle 5 de Mayo"),
    ("Cuetzalan del Progreso", "73560", "Barrio San Miguel", "Calle Hidalgo"),
    ("Tlatlauquitepec", "73900", "Col. Centro", "Av. Reforma"),
    ("Teziutlán", "73800", "Col. Ávila Camacho", "Calle Morelos"),
    ("Huauchinango", "73160", "Barrio de Cuaxtla", "Calle Zaragoza"),
)
_MX_DISABILITY = ("Motriz", "Visual", "Auditiva", "Intelectual", "Psicosocial", "Múltiple")
_MX_MODULES = ("Módulo Zacapoaxtla (Presidencia)", "Módulo Cuetzalan", "Visita domiciliaria")


# -- Vietnam -------------------------------------------------------------------------------------
def _btxh(p: Person) -> tuple[str, float]:
    return _VN_BTXH_GROUPS[int(p.bhxh) // 3 % len(_VN_BTXH_GROUPS)]


def _money(n: float) -> str:
    return f"{int(n):,}".replace(",", ".")


def _ncc_gift(p: Person) -> tuple[str, int]:
    return _VN_NCC_GIFTS[int(p.bhxh) // 5 % len(_VN_NCC_GIFTS)]


def _mouths(p: Person) -> int:
    return int(p.bhxh[-2:]) % 6 + 1


# -- Brazil --------------------------------------------------------------------------------------
def _br(p: Person) -> tuple[str, str, str, tuple[str, ...], str]:
    return _BR_PLACES[int(p.bhxh) // 7 % len(_BR_PLACES)]


def _br_name(p: Person) -> str:
    own = _by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)
    return f"{own} {_pick(p, _BR_FAMILY, 2)} {_pick(p, _BR_FAMILY, 5)}".upper()


def _br_address(p: Person) -> str:
    town, hood, kind, names, _ = _br(p)
    street = _pick(p, names, 3)
    if kind == "Folha":
        return f"Folha {street}, Quadra {_num(p, 30)}, Lote {_num(p, 40)}, {hood}, {town} - PA"
    comp = f", Casa {_num(p, 4)}" if int(p.bhxh) % 5 == 0 else ""
    return f"{kind} {street}, {_num(p, 1800)}{comp}, {hood}, {town} - PA"


def _cep(p: Person) -> str:
    return f"{_br(p)[4]}{_digits(p, 2, 4)}-{_digits(p, 3, 5)}"


# -- India ---------------------------------------------------------------------------------------
def _in_address(p: Person) -> str:
    village, tehsil = _IN_VILLAGES[int(p.bhxh) // 11 % len(_IN_VILLAGES)]
    return f"{village}, {tehsil}, जिला विदिशा (म.प्र.)"


def _instalments(p: Person) -> int:
    return int(p.bhxh) % 9 + 3


# -- South Africa --------------------------------------------------------------------------------
def _za(p: Person) -> tuple[str, str, str, str]:
    return _ZA_PLACES[int(p.bhxh) // 13 % len(_ZA_PLACES)]


def _child_dob(p: Person) -> date:
    """The child's birth, from a fortnight to three years before the application."""
    return p.other_date - timedelta(days=14 + int(p.bhxh[-4:]) % 1080)


def _child_id(p: Person) -> str:
    kid = _child_dob(p)
    serial = int(p.bhxh[-5:-1]) % 5000 + (5000 if int(p.bhxh) % 2 else 0)
    digits = f"{kid:%y%m%d}{serial:04d}08"
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return f"{digits}{(10 - total % 10) % 10}"


# -- Pakistan ------------------------------------------------------------------------------------
def _pk(p: Person) -> tuple[str, str, str]:
    return _PK_PLACES[int(p.bhxh) // 17 % len(_PK_PLACES)]


def _pk_phone(p: Person) -> str:
    return f"03{int(p.phone[2]) % 5}{p.phone[3]}-{p.phone[4:10]}{p.bhxh[-1]}"


def _bform(p: Person) -> str:
    cnic = _cnic(p)
    last = (int(p.bhxh[-2]) // 2 * 2 + int(p.bhxh) % 2) % 10
    return f"{cnic[:6]}{_digits(p, 7, 6)}-{last}"


# -- Mexico --------------------------------------------------------------------------------------
def _mx(p: Person) -> tuple[str, str, str, str]:
    return _MX_PLACES[int(p.bhxh) // 19 % len(_MX_PLACES)]


def _curp(pat: str, mat: str, given: str, born: date, male: bool, serial: str) -> str:
    """A CURP born in Puebla (PL), the last character its check digit."""
    pat, mat = _letters(pat), _letters(mat)
    names = given.split()
    first = _letters(names[-1] if names[0] in ("María", "José") and len(names) > 1 else names[0])
    vowel = next((ch for ch in pat[1:] if ch in "AEIOU"), "X")
    head = f"{pat[0]}{vowel}{mat[0]}{first[0]}{born:%y%m%d}{'H' if male else 'M'}PL"
    head += f"{_inner(pat)}{_inner(mat)}{_inner(first)}{serial}"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _mx_names(p: Person) -> tuple[str, str, str]:
    return _pick(p, _MX_FAMILY, 2), _pick(p, _MX_FAMILY, 4), _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1)


def _curp_mx(p: Person) -> str:
    pat, mat, given = _mx_names(p)
    serial = p.bhxh[0] if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    return _curp(pat, mat, given, p.birth, p.male, serial)


def _aux(p: Person) -> tuple[str, str, str, bool, date]:
    male = int(p.bhxh) % 3 == 0
    given = _pick(p, _MX_GIVEN_M if male else _MX_GIVEN_F, 6)
    born = _safe_day(1965 + int(p.bhxh) % 30, p.birth.month, (p.birth.day + 7) % 28 + 1)
    return _pick(p, _MX_FAMILY, 2), _pick(p, _MX_FAMILY, 7), given, male, born


def _aux_curp(p: Person) -> str:
    pat, mat, given, male, born = _aux(p)
    return _curp(pat, mat, given, born, male, str(int(p.bhxh[1]) % 10))


WRITERS_BLIND309: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: monthly social allowance raised from 01/7/2024
    "group309": lambda p, c: _btxh(p)[0],
    "coef309": lambda p, c: str(_btxh(p)[1]).replace(".", ","),
    "old_amount309": lambda p, c: _money(_btxh(p)[1] * 360_000),
    "new_amount309": lambda p, c: _money(_btxh(p)[1] * 500_000),
    "diff309": lambda p, c: _money(_btxh(p)[1] * 140_000),
    "pay_way309": lambda p, c: _pick(p, _VN_BTXH_WAY, 4),
    "btxh_proxy309": lambda p, c: "" if int(p.bhxh) % 3 else f"{_other_vn(p, 3)} (con)",
    # Vietnam: 27 July gifts
    "birth_year309": lambda p, c: str(p.birth.year),
    "ncc_kind309": lambda p, c: _pick(p, _VN_NCC_KINDS, 2),
    "ncc_file309": lambda p, c: f"{_num(p, 9000)}/{_pick(p, ('TB', 'BB', 'LS', 'HH'), 3)}",
    "gift_from309": lambda p, c: _ncc_gift(p)[0],
    "gift_amount309": lambda p, c: _money(_ncc_gift(p)[1]),
    "ncc_proxy309": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 5),
    "signed309": lambda p, c: "",
    # Vietnam: poor households found during the year
    "household309": lambda p, c: f"HN{p.other_date:%y}-{_num(p, 400):03d}",
    "members309": lambda p, c: str(_mouths(p)),
    "income309": lambda p, c: str(900 + _num(p, 1300)),
    "deficit309": lambda p, c: str(int(p.bhxh) % 4 + 1),
    "cause309": lambda p, c: _pick(p, _VN_POOR_CAUSES, 3),
    "result309": lambda p, c: _pick(p, _VN_POOR_RESULT, 5),
    "officer309": lambda p, c: _pick(p, _VN_POOR_OFFICERS, 6),
    # Vietnam: rice after a storm
    "mouths309": lambda p, c: str(_mouths(p)),
    "damage309": lambda p, c: _pick(p, _VN_STORM_DAMAGE, 2),
    "rice309": lambda p, c: str(_mouths(p) * 15),
    "round309": lambda p, c: _pick(p, _VN_STORM_ROUND, 4),
    "rice_proxy309": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_other_vn(p, 7)} ({_pick(p, _VN_KIN, 8)})"
    ),
    "rice_proxy_phone309": lambda p, c: "" if int(p.bhxh) % 3 else _other_phone(p),
    # Brazil: social electricity tariff
    "uc_br309": lambda p, c: _digits(p, 10, 7).lstrip("0") or "3",
    "name_br309": lambda p, c: _br_name(p),
    "cpf_br309": lambda p, c: _cpf(p),
    "nis_br309": lambda p, c: _nis(p),
    "sex_br309": lambda p, c: "Masculino" if p.male else "Feminino",
    "address_br309": lambda p, c: _br_address(p),
    "cep_br309": lambda p, c: _cep(p),
    "phone_br309": lambda p, c: f"(91) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "income_br309": lambda p, c: f"{_num(p, 700) + 40},00",
    "band_br309": lambda p, c: _pick(p, _BR_BANDS, 3),
    "status_br309": lambda p, c: _pick(p, _BR_STATUS, 4),
    # India: PM-KISAN recovery
    "reg_in309": lambda p, c: f"MP{_digits(p, 9, 3)}",
    "name_in309": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}"
    ),
    "father_in309": lambda p, c: f"{_pick(p, _IN_FATHERS, 4)} {_pick(p, _IN_FAMILY, 2)}",
    "sex_in309": lambda p, c: "पुरुष" if p.male else "महिला",
    "aadhaar_in309": lambda p, c: _aadhaar_spaced(p),
    "phone_in309": lambda p, c: f"{'6789'[int(p.bhxh) % 4]}{p.phone[1:10]}",
    "address_in309": lambda p, c: _in_address(p),
    "reason_in309": lambda p, c: _pick(p, _IN_REASONS, 5),
    "instalments_in309": lambda p, c: str(_instalments(p)),
    "due_in309": lambda p, c: str(_instalments(p) * 2000),
    "paid_in309": lambda p, c: str(0 if int(p.bhxh) % 3 else _instalments(p) * 2000),
    "account_in309": lambda p, c: f"XXXXXXXX{_digits(p, 4, 8)}",
    "patwari_in309": lambda p, c: _pick(p, _IN_PATWARI, 6),
    # South Africa: SASSA child support grant
    "ref_za309": lambda p, c: f"CSG/EC/{p.other_date:%Y}/{_digits(p, 6, 9)}",
    "id_za309": lambda p, c: _za_id(p),
    "za_family309": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given309": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "sex_za309": lambda p, c: "Male" if p.male else "Female",
    "address_za309": lambda p, c: (
        f"{_num(p, 240)} {_za(p)[3]}, {_za(p)[0]}, {_za(p)[1]}"
        if _za(p)[0] != _za(p)[1]
        else f"Erf {_num(p, 900)}, {_za(p)[3]}, {_za(p)[1]}"
    ),
    "post_za309": lambda p, c: _za(p)[2],
    "phone_za309": lambda p, c: _za_cell(p),
    "child_za309": lambda p, c: f"{_pick(p, _ZA_CHILDREN, 3)} {_pick(p, _ZA_FAMILY, 2)}",
    "child_id_za309": lambda p, c: _child_id(p),
    "child_dob_za309": lambda p, c: f"{_child_dob(p):%Y-%m-%d}",
    "rel_za309": lambda p, c: _by_sex(p, _ZA_REL_M, _ZA_REL_F, 4),
    "income_za309": lambda p, c: f"{_num(p, 5000) * 2:.2f}",
    "paypoint_za309": lambda p, c: _pick(p, _ZA_PAYPOINT, 5),
    "outcome_za309": lambda p, c: _pick(p, _ZA_OUTCOME, 6),
    # Pakistan: BISP Taleemi Wazaif
    "name_pk309": lambda p, c: _by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1),
    "cnic_pk309": lambda p, c: _cnic(p),
    "sex_pk309": lambda p, c: "مرد" if p.male else "عورت",
    "phone_pk309": lambda p, c: _pk_phone(p),
    "address_pk309": lambda p, c: ", ".join(_pk(p)),
    "child_pk309": lambda p, c: (
        _pick(p, _PK_CHILD_M, 2) if int(p.bhxh) % 2 else _pick(p, _PK_CHILD_F, 2)
    ),
    "bform_pk309": lambda p, c: _bform(p),
    "school_pk309": lambda p, c: _pick(p, _PK_SCHOOLS, 3),
    "emis_pk309": lambda p, c: f"3{_digits(p, 7, 4)}",
    "class_pk309": lambda p, c: _pick(p, _PK_CLASS, 4),
    "attendance_pk309": lambda p, c: f"{60 + _num(p, 40)}%",
    "camp_pk309": lambda p, c: _pick(p, _PK_CAMPS, 5),
    # Mexico: disability pension
    "folio_mx309": lambda p, c: f"PBPD-21-{_digits(p, 7, 5)}",
    "curp_mx309": lambda p, c: _curp_mx(p),
    "name_mx309": lambda p, c: " ".join((_mx_names(p)[2], _mx_names(p)[0], _mx_names(p)[1])),
    "sex_mx309": lambda p, c: "Hombre" if p.male else "Mujer",
    "address_mx309": lambda p, c: f"{_mx(p)[3]} {_num(p, 300)}, {_mx(p)[2]}, {_mx(p)[0]}, Pue.",
    "cp_mx309": lambda p, c: _mx(p)[1],
    "phone_mx309": lambda p, c: f"233 {p.phone[3:6]} {p.phone[6:10]}",
    "disability_mx309": lambda p, c: _pick(p, _MX_DISABILITY, 3),
    "aux_mx309": lambda p, c: " ".join((_aux(p)[2], _aux(p)[0], _aux(p)[1])),
    "aux_curp_mx309": lambda p, c: _aux_curp(p),
    "bimester_mx309": lambda p, c: _pick(p, ("Ene-Feb", "Mar-Abr", "May-Jun", "Jul-Ago"), 4),
    "amount_mx309": lambda p, c: "$3,200.00",
    "payway_mx309": lambda p, c: _pick(p, ("Tarjeta Bienestar", "Tarjeta Bienestar", "Mesa"), 5),
    "module_mx309": lambda p, c: _pick(p, _MX_MODULES, 6),
}

__all__ = ["WRITERS_BLIND309"]
