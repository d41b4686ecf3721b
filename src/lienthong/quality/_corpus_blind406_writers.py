"""How the people of the four-hundred-and-sixth part of the outside corpus (**blind 406**,
:mod:`lienthong.quality._corpus_blind406`) are written: four Vietnamese files' own columns (a
borrower's debt put forward for risk handling, a microfinance institution's mutual-aid payouts,
an heir taking over a dead borrower's debt, a savings group leader's commission) and Bolivian,
Cambodian, Tanzanian, Slovak and Armenian borrowers', members' and guarantors' names, addresses,
phones and numbers in the forms their cards show (the Bolivian cédula with its department, the
Cambodian identity card, the Tanzanian NIDA number with the birth date, the Slovak rodné číslo
divisible by 11 with 50 added to a woman's month, the Armenian public service number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PROGRAMS = (
    "Cho vay hộ nghèo",
    "Cho vay hộ cận nghèo",
    "Cho vay GQVL",
    "Cho vay NS&VSMTNT",
    "Cho vay hộ mới thoát nghèo",
    "Cho vay SXKD vùng khó khăn",
)
_VN_RISKS = (
    "Lũ quét cuốn trôi nhà cửa, hoa màu",
    "Dịch tả lợn châu Phi, tiêu hủy toàn bộ đàn lợn",
    "Người vay bị bệnh hiểm nghèo kéo dài",
    "Người vay mất tích, đã có quyết định của Tòa án",
    "Hạn hán, mất trắng vụ lúa",
)
_VN_FORMS = ("Khoanh nợ 36 tháng", "Xóa nợ gốc và lãi", "Khoanh nợ 24 tháng", "Xóa nợ lãi")
_VN_GROUPS = (
    "Tổ TK&VV thôn Đông (HPN)",
    "Tổ TK&VV xóm 3 (HND)",
    "Tổ TK&VV thôn Tân Lập (HCCB)",
    "Tổ TK&VV bản Nà Khoang (ĐTN)",
)
_VN_CENTERS = ("TT 05 - Đồng Tâm", "TT 12 - Hòa Bình", "TT 21 - Quyết Thắng", "TT 08 - An Phú")
_VN_AID_EVENTS = (
    "Thành viên ốm nằm viện",
    "Vợ/chồng thành viên qua đời",
    "Nhà bị sập do bão",
    "Thành viên sinh con",
    "Con thành viên bị tai nạn",
)
_VN_RELATIONS_M = ("Con trai", "Chồng", "Con trai", "Em trai")
_VN_RELATIONS_F = ("Con gái", "Vợ", "Con gái", "Chị gái")
_VN_DEATH = ("Tai nạn giao thông", "Bệnh hiểm nghèo", "Đột quỵ", "Tuổi cao")
_VN_BANKS = ("Agribank", "NHCSXH", "Vietinbank", "LienVietPostBank")

_BO_GIVEN_M = ("Juan Carlos", "Freddy", "Marcelo", "Wilfredo", "Edwin", "René")
_BO_GIVEN_F = ("María Elena", "Rosmery", "Lidia", "Nancy", "Justina", "Eugenia", "Wara")
_BO_SURNAMES = ("Mamani", "Quispe", "Condori", "Choque", "Flores", "Apaza", "Huanca", "Vargas")
_BO_PLACES = (
    ("Zona Villa Dolores, Calle 4 Nro. 1120", "El Alto", "La Paz", "LP", "7"),
    ("Zona Sopocachi, Av. 6 de Agosto Nro. 2340", "La Paz", "La Paz", "LP", "7"),
    (
        "Barrio Plan Tres Mil, Calle Los Tajibos s/n",
        "Santa Cruz de la Sierra",
        "Santa Cruz",
        "SC",
        "6",
    ),
    ("OTB Villa Pagador, Av. Petrolera Km 4", "Cochabamba", "Cochabamba", "CB", "6"),
    ("Zona San Roque, Calle Ayacucho Nro. 315", "Potosí", "Potosí", "PT", "7"),
)
_BO_BANKS = ("Banca Comunal Flor de Kantuta", "B.C. Nueva Esperanza", "Banca Comunal Las Palmas")
_BO_CIVIL = ("Casada", "Soltera", "Conviviente", "Viuda")

_KH_FAMILY = ("សុខ", "ចាន់", "ហេង", "ឈឹម", "ស៊ុន", "កែវ", "មាស", "ពៅ")
_KH_GIVEN_M = ("សុភា", "វិចិត្រ", "ដារ៉ា", "សំណាង", "ពិសិដ្ឋ", "រតនា")
_KH_GIVEN_F = ("ស្រីនាង", "សុភ័ក្រ", "ចន្ធូ", "ស្រីពៅ", "សុខា", "ធីតា")
_KH_PLACES = (
    ("ភូមិត្រពាំងឈូក", "សង្កាត់ទឹកថ្លា", "ខណ្ឌសែនសុខ", "រាជធានីភ្នំពេញ"),
    ("ភូមិស្វាយចេក", "ឃុំព្រៃកុក", "ស្រុកកៀនស្វាយ", "ខេត្តកណ្ដាល"),
    ("ភូមិអូរតាគាំ", "ឃុំចំការសំរោង", "ស្រុកបាត់ដំបង", "ខេត្តបាត់ដំបង"),
    ("ភូមិក្រសាំង", "ឃុំស្ពានដែក", "ស្រុកព្រះស្ដេច", "ខេត្តព្រៃវែង"),
)
_KH_RELATIONS = ("ប្ដី", "ប្រពន្ធ", "កូន", "ឪពុក", "បងប្អូន")
_KH_PURPOSE = ("ចិញ្ចឹមជ្រូក", "ទិញគោយន្ត", "ជួសជុលផ្ទះ", "លក់ដូរនៅផ្សារ", "ធ្វើស្រែ")

_TZ_FIRST_M = ("Juma", "Baraka", "Emmanuel", "Hamisi", "Daudi", "Rajabu")
_TZ_FIRST_F = ("Neema", "Rehema", "Zuhura", "Mwanaidi", "Upendo", "Halima")
_TZ_LAST = ("Mwakyusa", "Kimaro", "Massawe", "Mushi", "Mbwambo", "Ngowi", "Salim", "Lyimo")
_TZ_PLACES = (
    ("Sinza", "Ubungo", "Dar es Salaam", "03"),
    ("Kimara", "Ubungo", "Dar es Salaam", "03"),
    ("Majengo", "Moshi Manispaa", "Kilimanjaro", "09"),
    ("Nyamanoro", "Ilemela", "Mwanza", "19"),
    ("Kaloleni", "Arusha Jiji", "Arusha", "02"),
)
_TZ_GROUPS = ("VICOBA Upendo", "Kikundi cha Tumaini", "VICOBA Jitegemee", "Kikundi cha Amani")

_SK_GIVEN_M = ("Peter", "Martin", "Ján", "Tomáš", "Marek", "Jozef", "Michal")
_SK_GIVEN_F = ("Mária", "Zuzana", "Katarína", "Jana", "Lucia", "Monika", "Eva")
_SK_FAMILY = (("Horváth", "Horváthová"), ("Kováč", "Kováčová"), ("Baláž", "Balážová"),
              ("Novák", "Nováková"), ("Varga", "Vargová"), ("Tóth", "Tóthová"))  # fmt: skip
_SK_PLACES = (
    ("Hlavná 45", "Košice", "040 01"),
    ("Nám. SNP 12", "Banská Bystrica", "974 01"),
    ("Rómska osada 118", "Jarovnice", "082 63"),
    ("Štúrova 7", "Prešov", "080 01"),
    ("Pod Brezinou 23", "Trenčín", "911 01"),
)
_SK_TITLES = ("", "", "", "Ing.", "Mgr.", "", "Bc.")

_AM_GIVEN_M = ("Արամ", "Տիգրան", "Դավիթ", "Գևորգ", "Արմեն", "Հայկ")
_AM_GIVEN_F = ("Անի", "Մարիամ", "Լուսինե", "Գայանե", "Նարինե", "Սոնա")
_AM_FAMILY = ("Հովհաննիսյան", "Սարգսյան", "Պետրոսյան", "Գրիգորյան", "Մկրտչյան", "Ավետիսյան")
_AM_FATHER = ("Արտուշի", "Վահագնի", "Սամվելի", "Կարենի", "Աշոտի", "Ռուբենի")
_AM_PLACES = (
    "ք. Երևան, Արաբկիր, Կոմիտասի պող. 45, բն. 12",
    "ք. Գյումրի, Շիրակի մարզ, Ռուստավելի փ. 18",
    "գ. Արևշատ, Արմավիրի մարզ, 3-րդ փ., տ. 7",
    "ք. Վանաձոր, Լոռու մարզ, Տիգրան Մեծի 56, բն. 4",
    "ք. Երևան, Մալաթիա-Սեբաստիա, Րաֆֆու փ. 30/2",
)
_AM_PURPOSE = ("Գյուղատնտեսական", "Սպառողական", "Փոքր բիզնես", "Ոսկու գրավով")


def _idx(p: Person, salt: int, size: int) -> int:
    return int(p.bhxh) // (salt * 7 + 3) % size


def _money(amount: int, sep: str = ".") -> str:
    return f"{amount:,}".replace(",", sep)


def _before(p: Person, days: int) -> date:
    """A day some time before ``p.other_date`` (never before the person turned 18)."""
    adult = date(p.birth.year + 18, p.birth.month, min(p.birth.day, 28))
    return max(p.other_date - timedelta(days=_num(p, days)), adult)


def _lent(p: Person) -> int:
    return (int(p.bhxh[:3]) % 8 + 1) * 10_000_000


def _bo_names(p: Person) -> tuple[str, str, str]:
    pat = _pick(p, _BO_SURNAMES, 2)
    mat = _pick(p, tuple(s for s in _BO_SURNAMES if s != pat), 5)
    return _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 1), pat, mat


def _bo_place(p: Person) -> tuple[str, ...]:
    return _BO_PLACES[_idx(p, 1, len(_BO_PLACES))]


def _kh_place(p: Person) -> tuple[str, ...]:
    return _KH_PLACES[_idx(p, 2, len(_KH_PLACES))]


def _kh_phone(p: Person) -> str:
    lead = ("012", "017", "096", "088", "010", "070")[_idx(p, 4, 6)]
    return f"{lead} {p.bhxh[1:4]} {p.bhxh[4:7]}"


def _tz_place(p: Person) -> tuple[str, ...]:
    return _TZ_PLACES[_idx(p, 3, len(_TZ_PLACES))]


def _nida(p: Person) -> str:
    """A NIDA number: the birth date, the region and council codes, a serial and two digits."""
    return f"{p.birth:%Y%m%d}-{_tz_place(p)[3]}{p.bhxh[:3]}-{p.bhxh[3:8]}-{p.bhxh[8:]}"


def _sk_family(p: Person) -> str:
    pair = _SK_FAMILY[_idx(p, 5, len(_SK_FAMILY))]
    return pair[0] if p.male else pair[1]


def _rodne_cislo(p: Person) -> str:
    """A rodné číslo: YYMMDD (50 added to a woman's month) and a serial; from 1954 on the
    ten-digit number is divisible by 11 (a remainder of 10 gives the check digit 0)."""
    month = p.birth.month + (0 if p.male else 50)
    head = f"{p.birth:%y}{month:02d}{p.birth:%d}"
    serial = p.bhxh[2:5]
    if p.birth.year < 1954:
        return f"{head}/{serial}"
    return f"{head}/{serial}{int(head + serial) % 11 % 10}"


def _sk_place(p: Person) -> tuple[str, ...]:
    return _SK_PLACES[_idx(p, 6, len(_SK_PLACES))]


def _am_psn(p: Person) -> str:
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"


WRITERS_BLIND406: dict[str, Callable[[Person, Col], object]] = {
    "program406": lambda p, c: _pick(p, _VN_PROGRAMS, 1),
    "loan_no406": lambda p, c: f"{p.bhxh[:4]}{p.bhxh[-6:]}",
    "lent406": lambda p, c: _money(_lent(p)),
    "owed406": lambda p, c: _money(_lent(p) * _num(p, 10) // 10),
    "due406": lambda p, c: f"{p.other_date + timedelta(days=30 * _num(p, 24)):%d/%m/%Y}",
    "risk406": lambda p, c: _pick(p, _VN_RISKS, 2),
    "form406": lambda p, c: _pick(p, _VN_FORMS, 3),
    "group406": lambda p, c: _pick(p, _VN_GROUPS, 4),
    "group_head406": lambda p, c: _other_vn(p, 5),
    "center406": lambda p, c: _pick(p, _VN_CENTERS, 5),
    "member_code406": lambda p, c: f"TV-{_num(p, 40):02d}-{p.bhxh[-5:]}",
    "aid_event406": lambda p, c: _pick(p, _VN_AID_EVENTS, 6),
    "aid_amount406": lambda p, c: _money(_num(p, 6) * 500_000),
    "receiver406": lambda p, c: "" if _num(p, 3) == 1 else _other_vn(p, 7),
    "staff406": lambda p, c: _other_vn(p, 8),
    "relation406": lambda p, c: _by_sex(p, _VN_RELATIONS_M, _VN_RELATIONS_F, 7),
    "deceased406": lambda p, c: _other_vn(p, 9),
    "died406": lambda p, c: f"{_before(p, 400):%d/%m/%Y}",
    "death_cause406": lambda p, c: _pick(p, _VN_DEATH, 8),
    "agreed406": lambda p, c: _pick(p, ("Đồng ý nhận nợ", "Đồng ý nhận nợ", "Xin gia hạn")),
    "group_code406": lambda p, c: f"{p.bhxh[1:3]}.{p.bhxh[3:5]}.{_num(p, 30):03d}",
    "members406": lambda p, c: 15 + _num(p, 40),
    "group_owed406": lambda p, c: _money(_num(p, 300) * 20_000_000),
    "rate406": lambda p, c: f"{90 + _num(p, 10)},{_num(p, 9)}%",
    "commission406": lambda p, c: _money(_num(p, 400) * 5_000),
    "account406": lambda p, c: f"{_pick(p, _VN_BANKS, 9)} {p.bhxh[::-1]}{p.bhxh[:3]}",
    "period406": lambda p, c: f"T{_num(p, 12):02d}/2026",
    "bo_given406": lambda p, c: _bo_names(p)[0],
    "bo_pat406": lambda p, c: _bo_names(p)[1],
    "bo_mat406": lambda p, c: _bo_names(p)[2],
    "bo_ci406": lambda p, c: f"{int(p.bhxh[:7]) % 9_000_000 + 1_000_000}",
    "bo_exp406": lambda p, c: _bo_place(p)[3],
    "bo_civil406": lambda p, c: _pick(p, _BO_CIVIL, 3) if not p.male else "Casado",
    "bo_street406": lambda p, c: _bo_place(p)[0],
    "bo_city406": lambda p, c: _bo_place(p)[1],
    "bo_dept406": lambda p, c: _bo_place(p)[2],
    "phone_bo406": lambda p, c: f"{_bo_place(p)[4]}{p.bhxh[2:9]}",
    "sex_bo406": lambda p, c: "M" if p.male else "F",
    "bo_bank406": lambda p, c: _pick(p, _BO_BANKS, 4),
    "bo_amount406": lambda p, c: f"{_money(_num(p, 30) * 500)},00",
    "bo_cycle406": lambda p, c: f"Ciclo {_num(p, 8)}",
    "bo_guarantor406": lambda p, c: f"{_pick(p, _BO_GIVEN_F, 6)} {_pick(p, _BO_SURNAMES, 7)}",
    "kh_name406": lambda p, c: (
        f"{_pick(p, _KH_FAMILY, 2)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 3)}"
    ),
    "sex_kh406": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "kh_id406": lambda p, c: f"{int(p.bhxh[:2]) % 25 + 1:02d}{p.bhxh[2:9]}",
    "kh_village406": lambda p, c: _kh_place(p)[0],
    "kh_commune406": lambda p, c: _kh_place(p)[1],
    "kh_district406": lambda p, c: _kh_place(p)[2],
    "kh_province406": lambda p, c: _kh_place(p)[3],
    "phone_kh406": lambda p, c: _kh_phone(p),
    "kh_guarantor406": lambda p, c: f"{_pick(p, _KH_FAMILY, 5)} {_pick(p, _KH_GIVEN_M, 6)}",
    "kh_relation406": lambda p, c: _pick(p, _KH_RELATIONS, 7),
    "kh_amount406": lambda p, c: _money(_num(p, 50) * 100),
    "kh_currency406": lambda p, c: _pick(p, ("USD", "KHR", "USD", "THB"), 8),
    "kh_purpose406": lambda p, c: _pick(p, _KH_PURPOSE, 9),
    "kh_loan406": lambda p, c: f"LN{p.bhxh[:3]}-{p.bhxh[3:]}",
    "tz_first406": lambda p, c: _by_sex(p, _TZ_FIRST_M, _TZ_FIRST_F, 1),
    "tz_middle406": lambda p, c: _pick(p, _TZ_FIRST_M, 4),
    "tz_last406": lambda p, c: _pick(p, _TZ_LAST, 2),
    "sex_tz406": lambda p, c: "Me" if p.male else "Ke",
    "nida406": lambda p, c: _nida(p),
    "phone_tz406": lambda p, c: f"+255 7{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "tz_mtaa406": lambda p, c: _tz_place(p)[0],
    "tz_wilaya406": lambda p, c: _tz_place(p)[1],
    "tz_mkoa406": lambda p, c: _tz_place(p)[2],
    "tz_group406": lambda p, c: _pick(p, _TZ_GROUPS, 5),
    "tz_shares406": lambda p, c: _num(p, 60),
    "tz_loan406": lambda p, c: f"{_num(p, 40) * 50_000:,}",
    "tz_guarantor406": lambda p, c: f"{_pick(p, _TZ_FIRST_F, 6)} {_pick(p, _TZ_LAST, 7)}",
    "sk_given406": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 1),
    "sk_family406": lambda p, c: _sk_family(p),
    "sk_title406": lambda p, c: _pick(p, _SK_TITLES, 2),
    "rc406": lambda p, c: _rodne_cislo(p),
    "sk_street406": lambda p, c: _sk_place(p)[0],
    "sk_town406": lambda p, c: _sk_place(p)[1],
    "sk_psc406": lambda p, c: _sk_place(p)[2],
    "phone_sk406": lambda p, c: f"+421 9{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "sk_contract406": lambda p, c: f"MU/{p.other_date.year}/{p.bhxh[-5:]}",
    "sk_debtor406": lambda p, c: (
        f"{_pick(p, _SK_GIVEN_M, 3)} {_SK_FAMILY[_idx(p, 4, len(_SK_FAMILY))][0]}"
    ),
    "sk_amount406": lambda p, c: f"{_num(p, 50) * 200:,},00".replace(",", " ", 1),
    "sk_relation406": lambda p, c: _pick(p, ("brat", "sestra", "manžel", "manželka", "sused")),
    "am_given406": lambda p, c: _by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 1),
    "am_family406": lambda p, c: _pick(p, _AM_FAMILY, 2),
    "am_father406": lambda p, c: _pick(p, _AM_FATHER, 3),
    "sex_am406": lambda p, c: "Ար" if p.male else "Իգ",
    "am_psn406": lambda p, c: _am_psn(p),
    "am_passport406": lambda p, c: f"A{'NRK'[_idx(p, 4, 3)]}{p.bhxh[2:9]}",
    "am_addr406": lambda p, c: _AM_PLACES[_idx(p, 5, len(_AM_PLACES))],
    "phone_am406": lambda p, c: (
        f"+374 {('91', '93', '94', '77', '99')[_idx(p, 6, 5)]} {p.bhxh[3:9]}"
    ),
    "am_contract406": lambda p, c: f"ՎՊ-{p.bhxh[:6]}",
    "am_amount406": lambda p, c: _money(_num(p, 60) * 50_000, " "),
    "am_purpose406": lambda p, c: _pick(p, _AM_PURPOSE, 7),
    "am_guarantor406": lambda p, c: f"{_pick(p, _AM_GIVEN_M, 8)} {_pick(p, _AM_FAMILY, 9)}",
}
