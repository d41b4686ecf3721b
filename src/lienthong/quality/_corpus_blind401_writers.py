"""How the people of the four-hundred-and-first part of the outside corpus (**blind 401**,
:mod:`lienthong.quality._corpus_blind401`) are written: war veterans, war invalids and martyrs'
families. Relatives of people with merit given health insurance cards, people with merit given
housing support, relatives asking to correct a martyr's gravestone, relatives paid the funeral
allowance of a person with merit who died; and Ukrainian combatants (the УБД certificate, the
РНОКПП), Armenian families of fallen servicemen (the ՀԾՀ on the social card), US veterans at a
county service office (the SSN, the VA file number), disabled IDF veterans (the מספר זהות with
its Luhn digit) and Bosnian war invalids and families of fallen fighters (the JMBG)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _ssn
from lienthong.quality._corpus_blind12_writers import _rnokpp
from lienthong.quality._corpus_blind24_writers import _ba_place, _jmbg_ba
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind104_writers import _hth_am
from lienthong.quality._corpus_blind244_writers import _ua_mobile, _ua_pib
from lienthong.quality._corpus_blind392_writers import _teudat_zehut

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_KINDS = (
    "Thương binh 4/4 (tỷ lệ 61%)",
    "Thương binh 2/4 (tỷ lệ 41%)",
    "Bệnh binh (tỷ lệ 61%)",
    "Thân nhân liệt sĩ",
    "Người HĐKC bị nhiễm CĐHH",
    "Người có công giúp đỡ CM",
    "Người HĐCM trước 01/01/1945",
)
_VN_REL_M = ("Con", "Con đẻ", "Bố đẻ", "Con nuôi", "Chồng", "Con đẻ")
_VN_REL_F = ("Vợ", "Con", "Con đẻ", "Mẹ đẻ", "Con nuôi", "Vợ")
_VN_KIN_M = ("Con trai", "Em trai", "Cháu nội", "Cháu gọi bằng chú", "Anh trai")
_VN_KIN_F = ("Vợ", "Con gái", "Em gái", "Cháu nội", "Cháu gọi bằng bác")
_VN_KINDS_YOUNG = (
    "Thương binh 4/4 (tỷ lệ 25%)",
    "Thương binh 3/4 (tỷ lệ 45%)",
    "Con liệt sĩ",
    "Bệnh binh (tỷ lệ 41%)",
    "Vợ liệt sĩ",
)
_VN_HOSPITALS = (
    "TYT xã Nghĩa Hưng",
    "TTYT huyện Hải Hậu",
    "BVĐK tỉnh Nam Định",
    "Bệnh viện Điều dưỡng - PHCN",
    "PKĐK khu vực Quất Lâm",
)
_VN_HOUSES = ("Nhà cấp 4 xuống cấp", "Nhà tạm, dột nát", "Nhà hư hỏng nặng", "Nhà cấp 4 hư mái")
_VN_BUILDS = ("Xây mới", "Sửa chữa", "Sửa chữa", "Xây mới")
_VN_OFFICERS = ("Trần Thị Huyền - CC VH-XH", "Ngô Văn Toản", "Lê Thị Thu Hà", "Phạm Đức Long")
_VN_FIXES = (
    "Sai năm sinh: 1948 -> 1949",
    "Sai quê quán: xã Hải Anh",
    "Sai ngày hy sinh",
    "Thiếu tên đệm",
    "Sai tên đơn vị: E64 F320",
    "Bia ghi 'Liệt sĩ chưa biết tên'",
)
_VN_CEMETERIES = (
    "NTLS Trường Sơn",
    "NTLS Quốc gia Đường 9",
    "NTLS huyện Hải Hậu",
    "NTLS Vị Xuyên",
    "NTLS xã Hải Đường",
)
_VN_RESULTS = ("Đã chuyển Sở", "Đang xác minh", "Đã đính chính", "Trả lại, thiếu giấy tờ")
_VN_BANKS = ("Agribank CN Hải Hậu", "VietinBank Nam Định", "BIDV Nam Định", "Bưu điện huyện")
_UA_HOMES = (
    "м. Житомир, вул. Київська, буд. 44, кв. 9",
    "м. Полтава, вул. Соборності, буд. 12, кв. 51",
    "с. Гатне, Фастівський р-н, вул. Шевченка, 7",
    "м. Чернігів, просп. Миру, буд. 101, кв. 18",
    "м. Суми, вул. Харківська, буд. 3/2, кв. 70",
)
_UA_SERIES = ("ЮА", "АБ", "АА", "ВА", "УБД")
_UA_ISSUERS = (
    "Міністерство оборони України",
    "Міністерство внутрішніх справ України",
    "Адміністрація Держприкордонслужби",
    "Головне управління НГУ",
    "Служба безпеки України",
)
_UA_CATS = ("УБД", "УБД", "Особа з інвалідністю внаслідок війни, II гр.", "Член сім'ї загиблого")
_UA_PAYS = ("Укрпошта", "ПриватБанк", "Ощадбанк", "Укрпошта")
_AM_FAMILY = ("Հովհաննիսյան", "Սարգսյան", "Գասպարյան", "Մելքոնյան", "Աբրահամյան", "Ղուկասյան")
_AM_GIVEN_M = ("Արամ", "Վահագն", "Տիգրան", "Գոռ", "Արտակ", "Սամվել")
_AM_GIVEN_F = ("Անահիտ", "Լուսինե", "Մարինե", "Գոհար", "Սիրանուշ", "Հասմիկ")
_AM_FATHERS = ("Արամի", "Սերգեյի", "Գագիկի", "Հրաչի", "Վարդանի", "Աշոտի")
_AM_HOMES = (
    "ք. Երևան, Արաբկիր, Կոմիտասի պող. 33, բն. 14",
    "ք. Գյումրի, Ռիժկովի փ. 8, բն. 3",
    "ք. Վանաձոր, Տիգրան Մեծի պող. 51",
    "Արմավիրի մարզ, գ. Մրգաշատ, 5-րդ փ., տ. 12",
    "ք. Երևան, Նոր Նորք, Գայի պող. 9, բն. 71",
)
_AM_STATUS = (
    "Զոհված զինծառայողի ծնող",
    "Զոհված զինծառայողի այրի",
    "Հաշմանդամ զինծառայող",
    "Զոհված զինծառայողի երեխա",
)
_AM_FALLEN = ("Դավիթ Ա. Հովհաննիսյան", "Նարեկ Գ. Սարգսյան", "Հայկ Վ. Մելքոնյան", "—")
_AM_GROUPS = ("I խումբ", "II խումբ", "III խումբ", "—", "—")
_US_PLACES = (
    ("Fayetteville", "NC", "28303", "910"),
    ("Killeen", "TX", "76541", "254"),
    ("Clarksville", "TN", "37042", "931"),
    ("Colorado Springs", "CO", "80909", "719"),
    ("Jacksonville", "FL", "32210", "904"),
    ("Tacoma", "WA", "98404", "253"),
)
_US_BRANCHES = ("Army", "USMC", "Navy", "Air Force", "Army National Guard", "Coast Guard")
_US_DISCHARGE = ("Honorable", "Honorable", "General (Under Honorable)", "Medical", "Honorable")
_US_CLAIMS = ("Original comp", "Increase", "Supplemental", "Pension", "DIC", "Burial/Plot")
_US_SPOUSES = ("Linda", "Maria", "James", "Patricia", "", "Robert", "Jennifer", "")
_IL_FAMILY = ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "אזולאי")
_IL_GIVEN_M = ("יוסף", "דוד", "אבי", "עומר", "איתי", "משה", "נועם")
_IL_GIVEN_F = ("מיכל", "נועה", "שירה", "רחל", "טל", "יעל", "אורית")
_IL_PLACES = (
    ("רחוב הרצל 41", "באר שבע", "8424125"),
    ("שדרות רוטשילד 17", "תל אביב-יפו", "6688118"),
    ("רחוב ז'בוטינסקי 102", "פתח תקווה", "4959508"),
    ("רחוב הנשיא 8", "חיפה", "3463410"),
    ("רחוב יפו 210", "ירושלים", "9438332"),
    ("רחוב התאנה 5", "קריית שמונה", "1101020"),
)
_IL_REGIONS = ("מחוז דרום", "מחוז מרכז", "מחוז צפון", "מחוז ירושלים", "מחוז תל אביב")
_IL_OFFICERS = ("רונית שגיא", "אלון בן דוד", "סיגל אוחיון", "דני רוזן")
_BA_FAMILY = ("Hodžić", "Kovačević", "Mehmedović", "Begić", "Softić", "Hasanović", "Jukić")
_BA_GIVEN_M = ("Emir", "Senad", "Mirsad", "Adnan", "Nedžad", "Dario", "Haris")
_BA_GIVEN_F = ("Amra", "Emina", "Lejla", "Selma", "Mirela", "Azra", "Ivana")
_BA_FATHERS = ("Mustafa", "Ibrahim", "Husein", "Ante", "Salko", "Ramiz")
_BA_CANTONS = {
    "Stari Grad": "Kanton Sarajevo",
    "Novo Sarajevo": "Kanton Sarajevo",
    "Tuzla": "Tuzlanski kanton",
    "Zenica": "Zeničko-dobojski kanton",
    "Mostar": "Hercegovačko-neretvanski kanton",
    "Banja Luka": "Republika Srpska",
}
_BA_CATS = (
    "RVI 60%",
    "RVI 100% I grupe",
    "Član porodice šehida",
    "Član porodice poginulog borca",
    "Demobilisani borac",
    "RVI 30%",
)
_BA_BANKS = ("UniCredit Bank", "Raiffeisen Bank", "Sparkasse Bank", "ASA Banka", "NLB Banka")


def _event(p: Person, year: int, salt: int = 2) -> date:
    return _safe_day(year, int(p.bhxh[-salt]) % 12 + 1, int(p.bhxh[-3:]) % 28 + 1)


def _vnd(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _martyr(p: Person, salt: int) -> str:
    return f"LS. {_other_vn(p, salt, male=True)}"


def _merit_own(p: Person) -> str:
    """The kind of merit of the person themself: the older ones may have fought the wars."""
    kind = _pick(p, _VN_KINDS[:5] if p.birth.year <= 1957 else _VN_KINDS_YOUNG, 4)
    return "Chồng liệt sĩ" if p.male and kind == "Vợ liệt sĩ" else kind


def _svc(p: Person) -> str:
    start = _event(p, p.birth.year + 19)
    end = _event(p, min(p.birth.year + 23, 2025), 3)
    end = max(end, _safe_day(start.year + 1, start.month, start.day))
    return f"{start:%m/%Y} - {end:%m/%Y}"


def _us_place(p: Person) -> tuple[str, str, str, str]:
    return _US_PLACES[int(p.bhxh) // 7 % len(_US_PLACES)]


def _il_place(p: Person) -> tuple[str, str, str]:
    return _IL_PLACES[int(p.bhxh) // 7 % len(_IL_PLACES)]


def _il_phone(p: Person) -> str:
    return f"{_pick(p, ('050', '052', '054', '053', '058'), 3)}-{p.phone[3:10]}"


def _am_phone(p: Person) -> str:
    code = _pick(p, ("91", "93", "94", "77", "99", "55"), 4)
    return f"+374 {code} {p.phone[4:6]}-{p.phone[6:8]}-{p.phone[8:10]}"


def _ba_phone(p: Person) -> str:
    code = _pick(p, ("061", "062", "063", "066", "033"), 5)
    return f"{code}/{p.phone[4:7]}-{p.phone[7:10]}"


def _ba_street(p: Person) -> str:
    return f"{_ba_place(p)[1]} {_num(p, 90)}"


def _va_file(p: Person) -> str:
    if _num(p, 3) == 1:
        return _ssn(p).replace("-", "")
    return f"C-{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}"


WRITERS_BLIND401: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: health insurance cards for relatives of people with merit
    "rel401": lambda p, c: _by_sex(p, _VN_REL_M, _VN_REL_F, 2),
    "merit_name401": lambda p, c: _other_vn(p, 3, male=True),
    "merit_kind401": lambda p, c: _pick(p, _VN_KINDS, 4),
    "hospital401": lambda p, c: _pick(p, _VN_HOSPITALS, 5),
    "until401": lambda p, c: f"{date(p.other_date.year + 1, 12, 31):%d/%m/%Y}",
    # Vietnam: housing support
    "own_kind401": lambda p, c: _merit_own(p),
    "house_state401": lambda p, c: _pick(p, _VN_HOUSES, 2),
    "build401": lambda p, c: _pick(p, _VN_BUILDS, 3),
    "housing_amount401": lambda p, c: _vnd(
        60_000_000 if _pick(p, _VN_BUILDS, 3) == "Xây mới" else 30_000_000
    ),
    "housing_dec401": lambda p, c: f"{_num(p, 900) + 100}/QĐ-UBND",
    "officer401": lambda p, c: _pick(p, _VN_OFFICERS, 6),
    # Vietnam: correcting a martyr's gravestone
    "kin401": lambda p, c: _by_sex(p, _VN_KIN_M, _VN_KIN_F, 2),
    "martyr401": lambda p, c: _martyr(p, 4),
    "fix401": lambda p, c: _pick(p, _VN_FIXES, 5),
    "cemetery401": lambda p, c: _pick(p, _VN_CEMETERIES, 6),
    "plot401": lambda p, c: (
        f"Khu {'ABCD'[_num(p, 4) - 1]}, hàng {_num(p, 30)}, mộ số {_num(p, 60)}"
    ),
    "result401": lambda p, c: _pick(p, _VN_RESULTS, 7),
    # Vietnam: funeral allowance
    "dead401": lambda p, c: _other_vn(p, 8, male=_num(p, 4) != 2),
    "funeral401": lambda p, c: _vnd(23_400_000),
    "oneoff401": lambda p, c: _vnd(_num(p, 3) * 2_789_000 * 3),
    "account401": lambda p, c: f"{p.bhxh[:4]}{p.phone[4:10]}{p.bhxh[-3:]}",
    "bank401": lambda p, c: _pick(p, _VN_BANKS, 3),
    # Ukraine: combatants' yearly payment
    "ua_pib401": lambda p, c: _ua_pib(p),
    "rnokpp401": lambda p, c: _rnokpp(p),
    "ubd_cert401": lambda p, c: f"{_pick(p, _UA_SERIES, 2)} № {p.bhxh[-6:]}",
    "ubd_issuer401": lambda p, c: _pick(p, _UA_ISSUERS, 3),
    "ubd_cat401": lambda p, c: _pick(p, _UA_CATS, 4),
    "ua_home401": lambda p, c: _pick(p, _UA_HOMES, 5),
    "ua_phone401": lambda p, c: _ua_mobile(p, spaced=_num(p, 3) != 1),
    "ubd_sum401": lambda p, c: _pick(p, ("1 891,00", "1 891,00", "4 726,00", "3 781,00"), 6),
    "ubd_pay401": lambda p, c: _pick(p, _UA_PAYS, 7),
    # Armenia: families of fallen servicemen
    "am_fam401": lambda p, c: _pick(p, _AM_FAMILY, 2),
    "am_given401": lambda p, c: _by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 3),
    "am_patr401": lambda p, c: _pick(p, _AM_FATHERS, 4),
    "am_hth401": lambda p, c: _hth_am(p),
    "am_doc401": lambda p, c: f"A{'NRK'[_num(p, 3) - 1]}{p.bhxh[-7:]}",
    "am_home401": lambda p, c: _pick(p, _AM_HOMES, 5),
    "am_phone401": lambda p, c: _am_phone(p),
    "am_status401": lambda p, c: _pick(p, _AM_STATUS, 6),
    "am_fallen401": lambda p, c: _pick(p, _AM_FALLEN, 7),
    "am_group401": lambda p, c: _pick(p, _AM_GROUPS, 8),
    "am_sum401": lambda p, c: _pick(p, ("79 620", "102 000", "61 800", "130 500"), 9),
    # United States: a county veterans service office
    "mi401": lambda p, c: "ABCDEJKLMRST"[_num(p, 12) - 1],
    "ssn401": lambda p, c: _ssn(p),
    "branch401": lambda p, c: _pick(p, _US_BRANCHES, 2),
    "svc401": lambda p, c: _svc(p),
    "discharge401": lambda p, c: _pick(p, _US_DISCHARGE, 3),
    "cfile401": lambda p, c: _va_file(p),
    "sc401": lambda p, c: f"{(_num(p, 11) - 1) * 10}%",
    "claim401": lambda p, c: _pick(p, _US_CLAIMS, 4),
    "us_city401": lambda p, c: _us_place(p)[0],
    "us_state401": lambda p, c: _us_place(p)[1],
    "us_zip401": lambda p, c: _us_place(p)[2],
    "us_phone401": lambda p, c: f"({_us_place(p)[3]}) {p.phone[3:6]}-{p.phone[6:10]}",
    "spouse401": lambda p, c: _pick(p, _US_SPOUSES, 5),
    # Israel: disabled IDF veterans
    "il_fam401": lambda p, c: _pick(p, _IL_FAMILY, 2),
    "il_given401": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 3),
    "il_tz401": lambda p, c: _teudat_zehut(p, 4),
    "il_sex401": lambda p, c: "ז" if p.male else "נ",
    "il_street401": lambda p, c: _il_place(p)[0],
    "il_city401": lambda p, c: _il_place(p)[1],
    "il_zip401": lambda p, c: _il_place(p)[2],
    "il_phone401": lambda p, c: _il_phone(p),
    "il_pct401": lambda p, c: f"{_num(p, 10) * 10}%",
    "il_file401": lambda p, c: f"{p.bhxh[2:8]}/{_num(p, 9)}",
    "il_region401": lambda p, c: _pick(p, _IL_REGIONS, 5),
    "il_officer401": lambda p, c: _pick(p, _IL_OFFICERS, 6),
    # Bosnia and Herzegovina: war invalids and families of fallen fighters
    "ba_fam401": lambda p, c: _pick(p, _BA_FAMILY, 2),
    "ba_given401": lambda p, c: _by_sex(p, _BA_GIVEN_M, _BA_GIVEN_F, 3),
    "ba_father401": lambda p, c: _pick(p, _BA_FATHERS, 4),
    "ba_jmbg401": lambda p, c: _jmbg_ba(p),
    "ba_sex401": lambda p, c: "M" if p.male else "Ž",
    "ba_street401": lambda p, c: _ba_street(p),
    "ba_mun401": lambda p, c: _ba_place(p)[3],
    "ba_canton401": lambda p, c: _BA_CANTONS[_ba_place(p)[3]],
    "ba_phone401": lambda p, c: _ba_phone(p),
    "ba_cat401": lambda p, c: _pick(p, _BA_CATS, 5),
    "ba_dec401": lambda p, c: f"UP-I-{_num(p, 40) + 10}-{p.bhxh[-4:]}/{p.other_date:%y}",
    "ba_sum401": lambda p, c: _pick(p, ("412,50", "1.147,20", "689,00", "273,80", "958,40"), 6),
    "ba_bank401": lambda p, c: (
        f"{_pick(p, _BA_BANKS, 7)} / 1{p.bhxh[:3]}{p.phone[4:10]}{p.bhxh[-4:]}"
    ),
}
