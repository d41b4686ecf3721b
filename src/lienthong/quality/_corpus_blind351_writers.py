"""How the people of the three-hundred-and-fifty-first part of the outside corpus (**blind 351**,
:mod:`lienthong.quality._corpus_blind351`) are written: names split and joined the ways registers
really keep them (a name before and after a change, Họ / Tên đệm / Tên apart, an alias beside the
birth name, a passport's capitals without diacritics, Ê Đê names with the clan last, Ethiopian
and Somali name chains, Burmese names with their honorifics, Saudi four-part names in Arabic and
English), with the Fayda number's Verhoeff digit and the Saudi identity number's Luhn digit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

Pair = tuple[str, str]

_OLD_GIVEN_M = ("Tèo", "Tý", "Cu", "Đực", "Sửu", "Bờm")
_OLD_GIVEN_F = ("Hĩm", "Bé", "Gái", "Lượm", "Nở", "Mén")
_REASONS = (
    ("Tên cũ gây nhầm lẫn, ảnh hưởng tình cảm gia đình", "Tên cũ gây ảnh hưởng đến danh dự"),
    ("Theo họ mẹ sau khi cha mẹ ly hôn", "Xác định lại mẹ đẻ, thay đổi theo họ mẹ"),
    ("Bổ sung chữ đệm theo giấy tờ học tập", "Bổ sung chữ đệm cho thống nhất giấy tờ"),
)
_ORDER = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Út")
_EDE_M = ("Bhim", "Ngông", "Jut", "Blô", "Kông", "Wer", "Thuột", "Kim")
_EDE_F = ("H'Hen", "H'Ly", "H'Nhi", "H'Yim", "H'Bia", "H'Đoan", "H'Zen", "H'Ngăm")
_EDE_CLANS = ("Niê", "Êban", "Mlô", "Ksơr", "Byă", "Adrơng", "Hwing", "Knul")
_EDE_BUON = (
    "Buôn Ako Dhông, phường Tân An, tỉnh Đắk Lắk",
    "Buôn Kô Sier, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
    "Buôn Trấp, xã Krông Ana, tỉnh Đắk Lắk",
    "Buôn Đôn, xã Buôn Đôn, tỉnh Đắk Lắk",
)
_ET_M: tuple[Pair, ...] = (
    ("አበበ", "Abebe"),
    ("ከበደ", "Kebede"),
    ("ተስፋዬ", "Tesfaye"),
    ("ግርማ", "Girma"),
    ("ዳዊት", "Dawit"),
    ("ሰለሞን", "Solomon"),
    ("ታደሰ", "Tadesse"),
    ("በቀለ", "Bekele"),
)
_ET_F: tuple[Pair, ...] = (
    ("አልማዝ", "Almaz"),
    ("ትዕግስት", "Tigist"),
    ("መሰረት", "Meseret"),
    ("ሄለን", "Helen"),
    ("ብርቱካን", "Birtukan"),
    ("ሰላማዊት", "Selamawit"),
)
_ET_SUBCITY = ("Bole", "Yeka", "Kirkos", "Arada", "Lideta", "Kolfe Keranio", "Akaki Kality")
_SO_M = ("Maxamed", "Cabdullaahi", "Axmed", "Xasan", "Cali", "Cumar", "Yuusuf", "Ibraahim")
_SO_F = ("Faadumo", "Khadiija", "Caasha", "Hodan", "Sahra", "Ayaan", "Maryan", "Hibo")
_SO_CLANS = (
    "Hawiye – Abgaal",
    "Hawiye – Habar Gidir",
    "Daarood – Mareexaan",
    "Dir – Biimaal",
    "Raxanweyn – Leysaan",
    "Beesha Shanaad – Reer Xamar",
)
_SO_PLACES = (
    ("Hodan", "Banaadir"),
    ("Kaaraan", "Banaadir"),
    ("Dayniile", "Banaadir"),
    ("Baydhabo", "Baay"),
    ("Kismaayo", "Jubbada Hoose"),
    ("Beledweyne", "Hiiraan"),
)
_MM_M: tuple[Pair, ...] = (
    ("ကျော်", "Kyaw"),
    ("မင်း", "Min"),
    ("ထွန်း", "Tun"),
    ("အောင်", "Aung"),
    ("ဇော်", "Zaw"),
    ("ဝင်း", "Win"),
    ("သန့်", "Thant"),
    ("နိုင်", "Naing"),
)
_MM_F: tuple[Pair, ...] = (
    ("သီတာ", "Thida"),
    ("ခင်", "Khin"),
    ("နွယ်", "Nwe"),
    ("စန္ဒာ", "Sandar"),
    ("ဖြူ", "Phyu"),
    ("မြင့်", "Myint"),
    ("အေး", "Aye"),
    ("ဆု", "Su"),
)
_MM_TOWNSHIPS = (
    ("ဗဟန်း", "ဗဟန"),
    ("ကမာရွတ်", "ကမရ"),
    ("မရမ်းကုန်း", "မရက"),
    ("လှိုင်", "လသန"),
    ("စမ်းချောင်း", "စခန"),
)
_MM_WARDS = ("အမှတ် (၁) ရပ်ကွက်", "အမှတ် (၃) ရပ်ကွက်", "အမှတ် (၅) ရပ်ကွက်", "ရွှေဂုံတိုင်ရပ်ကွက်")
_MM_STREETS = ("ဗိုလ်ချုပ်လမ်း", "ပြည်လမ်း", "ကန်တော်လမ်း", "သုဝဏ္ဏလမ်း", "ဦးဝိစာရလမ်း")
_MM_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
_SA_M: tuple[Pair, ...] = (
    ("محمد", "Mohammed"),
    ("عبدالله", "Abdullah"),
    ("فهد", "Fahad"),
    ("سعود", "Saud"),
    ("خالد", "Khalid"),
    ("عبدالعزيز", "Abdulaziz"),
    ("تركي", "Turki"),
    ("ناصر", "Nasser"),
)
_SA_F: tuple[Pair, ...] = (
    ("نورة", "Noura"),
    ("سارة", "Sarah"),
    ("ريم", "Reem"),
    ("هيفاء", "Haifa"),
    ("منيرة", "Munirah"),
    ("العنود", "Alanoud"),
)
_SA_FAMILY: tuple[Pair, ...] = (
    ("العتيبي", "Alotaibi"),
    ("القحطاني", "Alqahtani"),
    ("الشمري", "Alshammari"),
    ("الدوسري", "Aldosari"),
    ("الغامدي", "Alghamdi"),
    ("الحربي", "Alharbi"),
    ("الزهراني", "Alzahrani"),
)
_SA_CITIES = ("الرياض", "جدة", "الدمام", "بريدة", "أبها", "حائل", "تبوك")


def _pair(p: Person, options: tuple[Pair, ...], salt: int = 0) -> Pair:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _middle(p: Person) -> str:
    return p.given.split()[0]


def _last(p: Person) -> str:
    return p.given.split()[-1]


def _change(p: Person) -> tuple[str, str]:
    """The name before a change and what changed (the person's ``full`` is the name after)."""
    case = _num(p, 3) % 3
    if case == 0:
        old = _by_sex(p, _OLD_GIVEN_M, _OLD_GIVEN_F, 1)
        return f"{p.family} {_middle(p)} {old}", "Thay đổi tên"
    if case == 1:
        other = _other_vn(p, 2).split()[0]
        other = "Đỗ" if other == p.family else other
        return f"{other} {p.given}", "Thay đổi họ (theo họ mẹ)"
    return f"{p.family} {_last(p)}", "Bổ sung chữ đệm"


def _alias(p: Person) -> str:
    if _num(p, 4) % 4 == 0:
        return f"{_pick(p, ('Bé', 'Cu', 'Út'), 3)} {_last(p)}"
    return f"{_pick(p, _ORDER, 2)} {_last(p)}"


def _ede(p: Person) -> tuple[str, str]:
    given = _by_sex(p, _EDE_M, _EDE_F, 1)
    clan = _pick(p, _EDE_CLANS, 2)
    return (f"Y {given}" if p.male else given), clan


def _et(p: Person, salt: int) -> Pair:
    return _pair(p, _ET_M if p.male or salt else _ET_F, salt)


def _fin(p: Person) -> str:
    """A Fayda FIN: twelve digits, the last a Verhoeff check digit (MOSIP), in groups of four."""
    full = _verhoeff(f"{'23456789'[int(p.bhxh[0]) % 8]}{p.bhxh[1:10]}{p.phone[-1]}")
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _so_name(p: Person) -> str:
    own = _by_sex(p, _SO_M, _SO_F, 1)
    return f"{own} {_pick(p, _SO_M, 2)} {_pick(p, _SO_M, 3)}"


def _mm_honorific(p: Person, burmese: bool) -> str:
    elder = 2026 - p.birth.year >= 30
    if p.male:
        return ("ဦး" if elder else "မောင်") if burmese else ("U" if elder else "Maung")
    return ("ဒေါ်" if elder else "မ") if burmese else ("Daw" if elder else "Ma")


def _mm_parts(p: Person, salt: int = 0, male: bool | None = None) -> tuple[Pair, ...]:
    pool = _MM_M if (p.male if male is None else male) else _MM_F
    count = 2 + _num(p, 2 + salt) % 2
    return tuple(_pair(p, pool, salt + i * 3 + 1) for i in range(count))


def _mm_name(p: Person, burmese: bool) -> str:
    parts = _mm_parts(p)
    if burmese:
        return _mm_honorific(p, True) + "".join(b for b, _ in parts)
    return " ".join([_mm_honorific(p, False), *(lat for _, lat in parts)])


def _mm_nrc(p: Person) -> str:
    town = _pick(p, tuple(code for _, code in _MM_TOWNSHIPS), 4)
    return f"၁၂/{town}(နိုင်){p.bhxh[2:8].translate(_MM_DIGITS)}"


def _sa_id(p: Person) -> str:
    return _luhn(f"1{p.bhxh[1:9]}")


def _sa_own(p: Person) -> Pair:
    return _pair(p, _SA_M if p.male else _SA_F, 1)


def _pp_no(p: Person) -> str:
    return f"{_pick(p, ('C', 'P', 'N'), 5)}{p.bhxh[3:10]}"


WRITERS_BLIND351: dict[str, Callable[[Person, Col], object]] = {
    "old351": lambda p, c: _change(p)[0],
    "what351": lambda p, c: _change(p)[1],
    "decision351": lambda p, c: f"{_num(p, 250):02d}/{p.other_date.year}/TĐ-CC",
    "reason351": lambda p, c: _pick(p, _REASONS[_num(p, 3) % 3], 4),
    "asker351": lambda p, c: p.full if _num(p, 7) % 3 == 0 else _other_vn(p, 5, False),
    "askrel351": lambda p, c: "Bản thân" if _num(p, 7) % 3 == 0 else "Mẹ",
    "officer351": lambda p, c: _other_vn(p, 7),
    "middle351": lambda p, c: _middle(p),
    "his_id351": lambda p, c: f"BN{p.other_date.year % 100:02d}{p.bhxh[4:10]}",
    "his_sex351": lambda p, c: 1 if p.male else 2,
    "kin351": lambda p, c: _other_vn(p, 9),
    "kinphone351": lambda p, c: _other_phone(p, "09"),
    "dept351": lambda p, c: _pick(p, ("K02", "K03", "K19", "K26", "K48"), 6),
    "alias351": lambda p, c: _alias(p),
    "judgment351": lambda p, c: f"{_num(p, 180)}/{p.other_date.year - 1}/DS-ST",
    "creditor351": lambda p, c: _pick(
        p, ("Ngân hàng TMCP Sài Gòn Thương Tín", "Công ty tài chính FE Credit", "Bà Lê Thị Hoa"), 8
    ),
    "duty351": lambda p, c: _pick(p, ("Trả nợ vay", "Bồi thường thiệt hại", "Án phí DSST"), 9),
    "status351": lambda p, c: _pick(p, ("Chưa có điều kiện", "Đang thi hành", "Xong một phần"), 2),
    "pp_family351": lambda p, c: _ascii(p.family).upper(),
    "pp_given351": lambda p, c: _ascii(p.given).upper(),
    "pp_sex351": lambda p, c: "M" if p.male else "F",
    "pp_pob351": lambda p, c: _pick(p, ("HA NOI", "TP HO CHI MINH", "NGHE AN", "HAI PHONG"), 3),
    "pp_no351": lambda p, c: _pp_no(p),
    "pp_exp351": lambda p, c: _shift_date(p.other_date, 10),
    "visa351": lambda p, c: _pick(p, ("Miễn thị thực", "Visa Schengen C", "E-visa", ""), 4),
    "ede_full351": lambda p, c: " ".join(_ede(p)),
    "ede_clan351": lambda p, c: _ede(p)[1],
    "ede_mother351": lambda p, c: f"{_pick(p, _EDE_F, 5)} {_ede(p)[1]}",
    "ede_addr351": lambda p, c: _pick(p, _EDE_BUON, 6),
    "ede_aid351": lambda p, c: _pick(p, ("Xây mới nhà ở", "Sửa chữa nhà ở", "Hỗ trợ đất ở"), 7),
    "et_am351": lambda p, c: f"{_et(p, 0)[0]} {_et(p, 2)[0]} {_et(p, 3)[0]}",
    "et_given351": lambda p, c: _et(p, 0)[1],
    "et_father351": lambda p, c: _et(p, 2)[1],
    "et_gfather351": lambda p, c: _et(p, 3)[1],
    "et_sex351": lambda p, c: "ወንድ / M" if p.male else "ሴት / F",
    "et_fin351": lambda p, c: _fin(p),
    "et_city351": lambda p, c: "Addis Ababa / አዲስ አበባ",
    "et_subcity351": lambda p, c: _pick(p, _ET_SUBCITY, 4),
    "et_house351": lambda p, c: f"{_num(p, 900):03d}" if _num(p, 5) % 5 else "New",
    "et_phone351": lambda p, c: f"+251 9{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "et_centre351": lambda p, c: f"{_pick(p, _ET_SUBCITY, 5)} Woreda {_num(p, 14):02d}",
    "et_officer351": lambda p, c: f"{_pair(p, _ET_M, 6)[1]} {_pair(p, _ET_M, 7)[1]}",
    "so_name351": lambda p, c: _so_name(p),
    "so_mother351": lambda p, c: f"{_pick(p, _SO_F, 4)} {_pick(p, _SO_M, 5)} {_pick(p, _SO_M, 6)}",
    "so_clan351": lambda p, c: _pick(p, _SO_CLANS, 7),
    "so_sex351": lambda p, c: "Lab" if p.male else "Dheddig",
    "so_nira351": lambda p, c: p.bhxh[:1] + p.bhxh[::-1][:10],
    "so_phone351": lambda p, c: f"+252 61 {p.phone[3:6]} {p.phone[6:10]}",
    "so_suburb351": lambda p, c: _pair(p, _SO_PLACES, 8)[0],
    "so_region351": lambda p, c: _pair(p, _SO_PLACES, 8)[1],
    "so_origin351": lambda p, c: _pick(p, ("Qoryooley", "Buurhakaba", "Dinsoor", "Xudur"), 9),
    "so_reason351": lambda p, c: _pick(p, ("Abaar", "Fatahaad", "Colaad"), 2),
    "so_hh351": lambda p, c: 1 + _num(p, 9),
    "mm_name351": lambda p, c: _mm_name(p, True),
    "mm_latin351": lambda p, c: _mm_name(p, False),
    "mm_father351": lambda p, c: "ဦး" + "".join(b for b, _ in _mm_parts(p, 5, True)),
    "mm_nrc351": lambda p, c: _mm_nrc(p),
    "mm_sex351": lambda p, c: "ကျား" if p.male else "မ",
    "mm_race351": lambda p, c: _pick(p, ("ဗမာ/ဗုဒ္ဓ", "ကရင်/ခရစ်ယာန်", "ရခိုင်/ဗုဒ္ဓ", "မွန်/ဗုဒ္ဓ"), 3),
    "mm_street351": lambda p, c: (
        f"အမှတ် {str(_num(p, 300)).translate(_MM_DIGITS)}၊ " + _pick(p, _MM_STREETS, 6)
    ),
    "mm_ward351": lambda p, c: _pick(p, _MM_WARDS, 7),
    "mm_township351": lambda p, c: _pick(p, tuple(t for t, _ in _MM_TOWNSHIPS), 4),
    "sa_id351": lambda p, c: _sa_id(p),
    "sa_first_ar351": lambda p, c: _sa_own(p)[0],
    "sa_first_en351": lambda p, c: _sa_own(p)[1],
    "sa_father_ar351": lambda p, c: _pair(p, _SA_M, 2)[0],
    "sa_father_en351": lambda p, c: _pair(p, _SA_M, 2)[1],
    "sa_gf_ar351": lambda p, c: _pair(p, _SA_M, 3)[0],
    "sa_gf_en351": lambda p, c: _pair(p, _SA_M, 3)[1],
    "sa_family_ar351": lambda p, c: _pair(p, _SA_FAMILY, 4)[0],
    "sa_family_en351": lambda p, c: _pair(p, _SA_FAMILY, 4)[1],
    "sa_sex351": lambda p, c: "ذكر" if p.male else "أنثى",
    "sa_phone351": lambda p, c: f"05{p.phone[2:10]}",
    "sa_city351": lambda p, c: _pick(p, _SA_CITIES, 5),
    "sa_permit351": lambda p, c: f"HJ{p.other_date.year}{p.bhxh[2:9]}",
    "sa_package351": lambda p, c: _pick(p, ("اقتصادية / Economy", "ضيافة 1 / Hospitality 1"), 6),
    "sa_mahram351": lambda p, c: (
        ""
        if p.male
        else f"{_pair(p, _SA_M, 7)[0]} {_pair(p, _SA_M, 2)[0]} {_pair(p, _SA_FAMILY, 4)[0]}"
    ),
    "sa_booked351": lambda p, c: date(2026, 1 + _num(p, 4), 1 + _num(p, 27)),
}
