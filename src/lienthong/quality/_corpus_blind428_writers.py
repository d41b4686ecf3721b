"""How the people of the four-hundred-and-twenty-eighth part of the outside corpus (**blind 428**,
:mod:`lienthong.quality._corpus_blind428`) are written: four Vietnamese housing files' own
columns (a ward police's register of boarding-house tenants with their landlords, a list of
real-estate brokers' practising certificates, a social-housing lease-purchase list with the
spouses, an apartment owners' conference roll) and German, Spanish, Thai, Egyptian and American
tenants' names, addresses, phones and numbers as their forms write them (the NIE/DNI with its
check letter, the Thai 13-digit ID with its mod-11 digit, the Egyptian national number, the last
four digits of a social security number)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _EG_MEN, _eg_full, _eg_nid
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _dni, _nie
from lienthong.quality._corpus_blind114_writers import _ES_FAMILY, _ES_SECOND, _es_given
from lienthong.quality._corpus_blind139_writers import _DE_FAMILY, _DE_GIVEN_F, _DE_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOUSES = (
    "Nhà trọ Phúc Lộc",
    "Khu trọ cô Ba",
    "Nhà trọ số 14 hẻm 82",
    "Dãy trọ Minh Tâm",
    "Căn hộ dịch vụ Sen Vàng",
    "Ký túc xá tư nhân An Bình",
)
_VN_HOMETOWNS = (
    ("Thôn Đông", "xã Nghĩa Trung", "huyện Tư Nghĩa", "tỉnh Quảng Ngãi"),
    ("Xóm 4", "xã Diễn Kỷ", "huyện Diễn Châu", "tỉnh Nghệ An"),
    ("Ấp Phú Hòa", "xã Phú Thành A", "huyện Tam Nông", "tỉnh Đồng Tháp"),
    ("Thôn Trung", "xã Hải Thượng", "huyện Tĩnh Gia", "tỉnh Thanh Hóa"),
    ("Khóm 2", "phường 7", "TP Sóc Trăng", "tỉnh Sóc Trăng"),
    ("Thôn 5", "xã Ea Tu", "TP Buôn Ma Thuột", "tỉnh Đắk Lắk"),
)
_VN_WORKS = (
    "Công nhân Cty TNHH Pouyuen VN",
    "SV ĐH Công nghiệp TP.HCM",
    "Bán hàng tự do",
    "Thợ hồ",
    "Nhân viên Cty CP Giao hàng Tiết Kiệm",
    "Công nhân KCN Tân Tạo",
)
_VN_STAY = ("Tạm trú", "Lưu trú", "Tạm trú", "Tạm trú (gia hạn)")
_VN_FIRMS = (
    ("Sàn GDBĐS Đất Xanh Miền Nam", "2W Ung Văn Khiêm, phường Thạnh Mỹ Tây, TP.HCM"),
    ("Cty CP BĐS Hưng Thịnh", "110 Cao Thắng, phường Bàn Cờ, TP.HCM"),
    ("Cty TNHH Môi giới Nhà Phố Việt", "45 Nguyễn Thị Thập, phường Tân Hưng, TP.HCM"),
    ("Sàn BĐS Cen Land - CN phía Nam", "Tòa nhà Sonatus, 15 Lê Thánh Tôn, phường Sài Gòn"),
    ("Hành nghề độc lập", ""),
)
_VN_DEGREES = ("Tốt nghiệp THPT", "Cao đẳng", "Đại học", "Đại học", "Thạc sĩ")
_VN_CERT_STATUS = ("Còn hiệu lực", "Còn hiệu lực", "Cấp lại do hết hạn", "Thu hồi", "Cấp đổi")
_VN_SH_GROUPS = (
    "Công nhân, người lao động tại KCN",
    "Người thu nhập thấp tại đô thị",
    "Cán bộ, công chức, viên chức",
    "Hộ nghèo, cận nghèo tại đô thị",
    "Lực lượng vũ trang nhân dân",
)
_VN_SH_MODES = ("Mua", "Thuê mua", "Thuê", "Mua", "Thuê mua")
_VN_SH_LOTTERY = ("Trúng", "Không trúng", "Trúng", "Dự phòng", "Không đủ điều kiện")
_VN_VOTES = ("Đồng ý", "Đồng ý", "Không đồng ý", "Ý kiến khác", "Không biểu quyết")
_VN_BLOCKS = ("A", "B", "C1", "C2", "S3")

_DE_PLACES428 = (
    ("Lindenauer Markt 12", "04177", "Leipzig"),
    ("Sonnenallee 231", "12059", "Berlin"),
    ("Hansaring 58", "50670", "Köln"),
    ("Leopoldstraße 77", "80802", "München"),
    ("Nordstraße 9", "06108", "Halle (Saale)"),
)
_DE_LAGEN = ("EG links", "EG rechts", "1. OG links", "2. OG Mitte", "3. OG rechts", "DG")
_DE_VERMIETER = (
    "Vonovia SE",
    "Hausverwaltung Brenner GmbH",
    "Erbengemeinschaft Krause",
    "LEG Wohnen NRW GmbH",
    "Wohnungsgenossenschaft Lipsia eG",
)

_ES_PLACES428 = (
    ("C/ Alcalá, 214, 3º B", "28028", "Madrid", "Madrid"),
    ("Av. del Puerto, 62, 5ª pta. 14", "46023", "València", "Valencia"),
    ("C/ Sant Pau, 9, 1º 2ª", "08001", "Barcelona", "Barcelona"),
    ("C/ Feria, 101, bajo", "41003", "Sevilla", "Sevilla"),
    ("Avda. de Andalucía, 30, 4º izda.", "29007", "Málaga", "Málaga"),
)
_ES_STATUS = ("Depositada", "Depositada", "Devuelta", "Pendiente de liquidar", "En reclamación")

_TH_GIVEN_M = ("Somchai", "Wichai", "Anucha", "Thanakorn", "Prasert", "Kittipong")
_TH_GIVEN_F = ("Somying", "Kanjana", "Supaporn", "Wanpen", "Nongluck", "Pimchanok")
_TH_FAMILY = ("Srisuk", "Jaidee", "Kaewmanee", "Boonma", "Thongkham", "Wongsawat")
_TH_HOMES = (
    "99/123 Moo 4, Tambon Bang Kaeo, Amphoe Bang Phli, Samut Prakan 10540",
    "45 Soi Sukhumvit 71, Khwaeng Phra Khanong Nuea, Khet Watthana, Bangkok 10110",
    "12/7 Moo 2, Tambon Suthep, Amphoe Mueang Chiang Mai, Chiang Mai 50200",
    "88 Thanon Mittraphap, Tambon Nai Mueang, Amphoe Mueang, Khon Kaen 40000",
    "301 Moo 9, Tambon Nong Prue, Amphoe Bang Lamung, Chon Buri 20150",
)
_TH_RESTYPE = ("Owner", "Tenant", "Tenant", "Owner (co-owner)", "Tenant")

_EG_AREAS = (
    ("شقة 7 - الدور الثالث - 14 شارع مصدق - الدقي", "الجيزة"),
    ("شقة 12 - عمارة 5 - مدينة نصر - الحي السابع", "القاهرة"),
    ("الدور الأرضي - 22 شارع بورسعيد - سيدي جابر", "الإسكندرية"),
    ("شقة 3 - 9 شارع الجمهورية - المنصورة", "الدقهلية"),
    ("شقة 18 - برج النيل - شارع النيل - طنطا", "الغربية"),
)
_EG_TERMS = ("سنة", "ثلاث سنوات", "خمس سنوات", "سنة قابلة للتجديد", "ستة أشهر")
_EG_NOTES = ("", "إيجار جديد - قانون 4 لسنة 1996", "مفروش", "", "تم سداد التأمين")

_US_PLACES = (
    ("1420 N Halsted St Apt 3B", "Chicago", "IL", "60642"),
    ("88 Maple Ave", "Columbus", "OH", "43215"),
    ("2301 E 7th St Unit 12", "Austin", "TX", "78702"),
    ("517 SW Harrison St #402", "Portland", "OR", "97201"),
    ("34 Linden Blvd Apt 5F", "Brooklyn", "NY", "11226"),
)
_US_AREAS = {"IL": "312", "OH": "614", "TX": "512", "OR": "503", "NY": "718"}
_US_EMPLOYERS = ("Walgreens", "Ohio State University", "Dell Technologies", "Self-employed")
_US_STATUS = ("Approved", "Pending screening", "Denied - income", "Conditional - cosigner")
_US_LANDLORDS = ("Greystar", "Maple Ave Properties LLC", "Private owner", "Related Management")


def _home_vn(p: Person) -> tuple[str, str, str, str]:
    return _VN_HOMETOWNS[int(p.bhxh) // 13 % len(_VN_HOMETOWNS)]


def _stamp(p: Person, start: datetime, minutes: int) -> datetime:
    return start + timedelta(minutes=int(p.bhxh[-6:]) % minutes)


def _th_pid(p: Person) -> str:
    """A Thai personal ID: 13 digits, the last (11 - weighted sum mod 11) mod 10, weights 13..2."""
    body = f"{int(p.bhxh[0]) % 8 + 1}{p.bhxh[1:10]}{p.bhxh[2:4]}"
    total = sum(int(ch) * (13 - i) for i, ch in enumerate(body))
    return f"{body[0]}-{body[1:5]}-{body[5:10]}-{body[10:12]}-{(11 - total % 11) % 10}"


def _de_place(p: Person) -> tuple[str, str, str]:
    return _DE_PLACES428[int(p.bhxh) // 7 % len(_DE_PLACES428)]


def _es_place(p: Person) -> tuple[str, str, str, str]:
    return _ES_PLACES428[int(p.bhxh) // 11 % len(_ES_PLACES428)]


def _eg_area(p: Person) -> tuple[str, str]:
    return _EG_AREAS[int(p.bhxh) // 5 % len(_EG_AREAS)]


def _us_place(p: Person) -> tuple[str, str, str, str]:
    return _US_PLACES[int(p.bhxh) // 3 % len(_US_PLACES)]


def _mail(p: Person, name: str, domain: str) -> str:
    """A mailbox made of a name (umlauts and accents dropped) and three digits of the person."""
    plain = name.replace("ß", "ss").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    return f"{plain.lower().replace(' ', '.').replace(',', '')}{p.bhxh[-3:]}@{domain}"


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND428: dict[str, Callable[[Person, Col], object]] = {
    # ward police's register of boarding-house tenants
    "house428": lambda p, c: _pick(p, _VN_HOUSES, 1),
    "landlord428": lambda p, c: _other_vn(p, 2),
    "ll_cccd428": lambda p, c: _cccd_of(p, int(p.bhxh[2]) % 2 == 0, 1958 + _num(p, 30)),
    "ll_phone428": lambda p, c: _other_phone(p, "090"),
    "room428": lambda p, c: f"P.{_num(p, 3) + 1}{_num(p, 12) + 1:02d}",
    "hometown428": lambda p, c: ", ".join(_home_vn(p)[1:]),
    "perm428": lambda p, c: ", ".join(_home_vn(p)),
    "work428": lambda p, c: _pick(p, _VN_WORKS, 3),
    "stay428": lambda p, c: _pick(p, _VN_STAY, 4),
    "until428": lambda p, c: (p.other_date + timedelta(days=365 * 2)).strftime("%d/%m/%Y"),
    # real-estate brokers' practising certificates
    "cert428": lambda p, c: f"{p.bhxh[-4:]}/{2023 + _num(p, 3)}/CCHN-MGBĐS",
    "score428": lambda p, c: f"{12 + _num(p, 9)}/{25 + _num(p, 16)}",
    "firm428": lambda p, c: _VN_FIRMS[int(p.bhxh) // 19 % len(_VN_FIRMS)][0],
    "firm_addr428": lambda p, c: _VN_FIRMS[int(p.bhxh) // 19 % len(_VN_FIRMS)][1],
    "degree428": lambda p, c: _pick(p, _VN_DEGREES, 5),
    "cert_status428": lambda p, c: _pick(p, _VN_CERT_STATUS, 6),
    # social-housing lease-purchase list with spouses
    "dossier428": lambda p, c: f"NOXH-{p.bhxh[-5:]}/2026",
    "spouse428": lambda p, c: _other_vn(p, 7, male=not p.male),
    "spouse_birth428": lambda p, c: _safe_day(
        p.birth.year + _num(p, 7) - 3, p.birth.month % 12 + 1, p.birth.day
    ).strftime("%d/%m/%Y"),
    "spouse_cccd428": lambda p, c: _cccd_of(p, not p.male, p.birth.year + _num(p, 7) - 3),
    "group428": lambda p, c: _pick(p, _VN_SH_GROUPS, 8),
    "income428": lambda p, c: _money(6_500_000 + 250_000 * _num(p, 36)),
    "flat428": lambda p, c: f"{_pick(p, _VN_BLOCKS, 9)}-{_num(p, 18) + 2:02d}{_num(p, 16):02d}",
    "area428": lambda p, c: f"{45 + _num(p, 25)},{_num(p, 10)}",
    "mode428": lambda p, c: _pick(p, _VN_SH_MODES, 10),
    "lottery428": lambda p, c: _pick(p, _VN_SH_LOTTERY, 11),
    # apartment owners' conference roll
    "flat_no428": lambda p, c: f"{_num(p, 25) + 1:02d}.{_num(p, 12) + 1:02d}",
    "block428": lambda p, c: f"Tòa {_pick(p, _VN_BLOCKS, 12)}",
    "gcn428": lambda p, c: f"C{p.bhxh[1]}{p.bhxh[-6:]}",
    "proxy428": lambda p, c: "" if _num(p, 3) else _other_vn(p, 13),
    "vote428": lambda p, c: _pick(p, _VN_VOTES, 14),
    "checkin428": lambda p, c: _stamp(p, datetime(2026, 11, 22, 7, 30), 150).strftime(
        "%d/%m/%Y %H:%M"
    ),
    # German Mieterliste
    "whg428": lambda p, c: f"WE {_num(p, 24) + 1:02d}",
    "lage428": lambda p, c: _pick(p, _DE_LAGEN, 15),
    "de_full428": lambda p, c: (
        f"{_pick(p, _DE_FAMILY, 16)}, {_by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 17)}"
    ),
    "de_street428": lambda p, c: _de_place(p)[0],
    "de_plz428": lambda p, c: _de_place(p)[1],
    "de_ort428": lambda p, c: _de_place(p)[2],
    "de_phone428": lambda p, c: f"0{_pick(p, ('151', '160', '176', '341'), 18)} {p.bhxh[2:9]}",
    "de_mail428": lambda p, c: _mail(
        p, f"{_by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 17)}.{_pick(p, _DE_FAMILY, 16)}", "gmx.de"
    ),
    "kalt428": lambda p, c: f"{380 + 5 * _num(p, 80)},00",
    "nk428": lambda p, c: f"{120 + 5 * _num(p, 30)},00",
    "kaution428": lambda p, c: f"{3 * (380 + 5 * _num(p, 80))},00",
    "vermieter428": lambda p, c: _pick(p, _DE_VERMIETER, 19),
    # Spanish deposit register
    "exp428": lambda p, c: f"FZ-{2024 + _num(p, 3)}-{p.bhxh[-6:]}",
    "es_nie428": lambda p, c: _nie(p) if int(p.bhxh[5]) % 3 == 0 else _dni(p),
    "es_fam428": lambda p, c: f"{_pick(p, _ES_FAMILY, 20)} {_pick(p, _ES_SECOND, 21)}",
    "es_given428": lambda p, c: _es_given(p),
    "es_street428": lambda p, c: _es_place(p)[0],
    "es_cp428": lambda p, c: _es_place(p)[1],
    "es_mun428": lambda p, c: _es_place(p)[2],
    "es_prov428": lambda p, c: _es_place(p)[3],
    "es_phone428": lambda p, c: f"6{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "es_landlord428": lambda p, c: (
        f"B{p.bhxh[1:9]} ({_pick(p, ('Particular', 'S.L.', 'SOCIMI'), 22)})"
    ),
    "es_mail428": lambda p, c: _mail(p, f"{_es_given(p)} {_pick(p, _ES_FAMILY, 20)}", "gmail.com"),
    "renta428": lambda p, c: f"{650 + 25 * _num(p, 40)},00 €",
    "fianza428": lambda p, c: f"{650 + 25 * _num(p, 40)},00 €",
    "es_status428": lambda p, c: _pick(p, _ES_STATUS, 23),
    # Thai condominium juristic office
    "unit428": lambda p, c: f"{_num(p, 30) + 2}{_num(p, 20) + 1:02d}/{_num(p, 400) + 10}",
    "floor428": lambda p, c: str(_num(p, 30) + 2),
    "restype428": lambda p, c: _pick(p, _TH_RESTYPE, 24),
    "th_title428": lambda p, c: "Mr." if p.male else _pick(p, ("Mrs.", "Ms.", "Miss"), 25),
    "th_given428": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 26),
    "th_family428": lambda p, c: _pick(p, _TH_FAMILY, 27),
    "th_pid428": lambda p, c: _th_pid(p),
    "th_birth428": lambda p, c: f"{p.birth:%d/%m}/{p.birth.year + 543}",
    "th_phone428": lambda p, c: (
        f"0{_pick(p, ('81', '86', '89', '92', '96'), 28)}-{p.bhxh[1:4]}-{p.bhxh[4:8]}"
    ),
    "th_mail428": lambda p, c: _mail(
        p,
        f"{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 26)}.{_pick(p, _TH_FAMILY, 27)[:2]}",
        "hotmail.com",
    ),
    "th_addr428": lambda p, c: _pick(p, _TH_HOMES, 29),
    "plate428": lambda p, c: f"{1 + _num(p, 9)}Kor {p.bhxh[-4:]} Bangkok",
    "sticker428": lambda p, c: f"S-{p.bhxh[-3:]}",
    "th_owner428": lambda p, c: (
        f"{_pick(p, _TH_GIVEN_M, 30)} {_pick(p, _TH_FAMILY, 31)}"
        if _pick(p, _TH_RESTYPE, 24) == "Tenant"
        else ""
    ),
    # Egyptian rental contract registry
    "eg_contract428": lambda p, c: f"{p.bhxh[-5:]}/{2023 + _num(p, 3)}",
    "eg_nid428": lambda p, c: _eg_nid(p),
    "eg_full428": lambda p, c: _eg_full(p),
    "eg_unit428": lambda p, c: _eg_area(p)[0],
    "eg_gov428": lambda p, c: _eg_area(p)[1],
    "eg_landlord428": lambda p, c: f"{_pick(p, _EG_MEN, 32)} {_pick(p, _EG_MEN, 33)} السيد",
    "eg_ll_nid428": lambda p, c: f"2{p.bhxh[::-1][:9]}{p.bhxh[:4]}",
    "eg_rent428": lambda p, c: f"{1500 + 250 * _num(p, 30)} ج.م",
    "eg_term428": lambda p, c: _pick(p, _EG_TERMS, 34),
    "eg_phone428": lambda p, c: f"01{_pick(p, ('0', '1', '2', '5'), 35)}{p.bhxh[2:10]}",
    "eg_note428": lambda p, c: _pick(p, _EG_NOTES, 36),
    # US rental application export
    "app428": lambda p, c: f"APP-{p.bhxh[-7:]}",
    "ssn4_428": lambda p, c: f"***-**-{p.bhxh[-4:]}",
    "us_street428": lambda p, c: _us_place(p)[0],
    "us_city428": lambda p, c: _us_place(p)[1],
    "us_state428": lambda p, c: _us_place(p)[2],
    "us_zip428": lambda p, c: _us_place(p)[3],
    "us_phone428": lambda p, c: f"({_US_AREAS[_us_place(p)[2]]}) {p.bhxh[1:4]}-{p.bhxh[4:8]}",
    "us_employer428": lambda p, c: _pick(p, _US_EMPLOYERS, 37),
    "us_income428": lambda p, c: f"${2800 + 100 * _num(p, 60):,}",
    "us_ll428": lambda p, c: _pick(p, _US_LANDLORDS, 38),
    "us_ll_phone428": lambda p, c: f"{_US_AREAS[_us_place(p)[2]]}-555-{p.bhxh[-4:]}",
    "us_unit428": lambda p, c: f"Unit {_num(p, 5) + 1}{_num(p, 20) + 1:02d}",
    "us_status428": lambda p, c: _pick(p, _US_STATUS, 39),
    "us_submitted428": lambda p, c: _stamp(p, datetime(2026, 9, 1, 8), 120_000).strftime(
        "%Y-%m-%dT%H:%M:%S"
    ),
}

__all__ = ["WRITERS_BLIND428"]
