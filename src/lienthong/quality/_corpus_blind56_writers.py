"""How the people of the fifty-sixth part of the outside corpus (**blind 56**,
:mod:`lienthong.quality._corpus_blind56`) are written: four Vietnamese files' own columns (a
commune's great-solidarity house and its funding, a notarised sale's seller and parcel, a
ride-hailing driver's motorbike and its registered owner, a savings book's term, amount and
co-holder) and Canarian, Tibetan, Sarawakian, Gagauz and Hawaiian names, addresses, phones and
identity numbers in the forms their cards show (the NIE's mod-23 letter, the resident identity
number's ISO 7064 digit, the MyKad's birthplace code and sex digit, the IDNP's 7-3-1 digit, the
Med-QUEST member id), so that the part reads like files those offices really keep."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = TypeVar("_T")

#: (village, commune, province, the people most of it belongs to) of a commune building
#: great-solidarity houses after 2025
_VN_COMMUNES = (
    ("Buôn Tơ Lơ", "xã Ea Kiết", "tỉnh Đắk Lắk", "Ê Đê"),
    ("Thôn 5", "xã Krông Nô", "tỉnh Lâm Đồng", "M'Nông"),
    ("Bản Nà Hin", "xã Mường Lạn", "tỉnh Sơn La", "Thái"),
    ("Thôn Ba Ngào", "xã Hướng Phùng", "tỉnh Quảng Trị", "Vân Kiều"),
    ("Ấp Kinh Xáng", "xã Vĩnh Thuận", "tỉnh An Giang", "Khmer"),
)
_VN_TARGETS = ("Hộ nghèo", "Hộ cận nghèo", "Gia đình người có công", "Hộ nghèo DTTS")
_VN_HOUSE_NOW = ("Nhà tạm, dột nát", "Nhà tranh tre", "Nhà xuống cấp", "Chưa có nhà")
_VN_FUNDS = (
    "Quỹ Vì người nghèo tỉnh",
    "MTTQ VN xã vận động",
    "Chương trình xóa nhà tạm",
    "Doanh nghiệp tài trợ",
)
_VN_ASSETS = (
    "Quyền sử dụng đất và tài sản gắn liền với đất",
    "Căn hộ chung cư",
    "Quyền sử dụng đất ở",
    "Nhà ở riêng lẻ",
)
_VN_NOTARIES = ("Nguyễn Thị Thu Hà", "Trần Văn Khải", "Lê Quang Vinh", "Phạm Minh Thư")
_VN_PLATFORMS = ("Grab", "Be", "Xanh SM Bike", "Grab", "Gojek")
_VN_BIKES = ("Honda Wave Alpha", "Honda Vision", "Yamaha Sirius", "Honda Air Blade", "VinFast Evo")
_VN_OWNER_REL = ("Chính chủ", "Vợ", "Chồng", "Bố/mẹ", "Anh/chị/em", "Thuê xe", "Chính chủ")
_VN_DRIVER_STATUS = ("Đang hoạt động", "Tạm khóa", "Đang hoạt động", "Ngừng hợp tác")
_VN_TERMS = (1, 3, 6, 12, 24)
_VN_RATES = ("1,70", "2,00", "3,20", "4,70", "4,80")
#: (relation of the co-holder as the core banking system writes it, the co-holder a man?)
_VN_CO_REL = (
    ("VO/CHONG", None),
    ("CON", None),
    ("ME", False),
    ("ANH RUOT", True),
    ("CHI GAI", False),
)
_VN_BRANCHES = ("CN Sở Giao dịch 2", "CN Bến Thành", "PGD Chợ Lớn", "CN Thủ Đức", "PGD Gò Vấp")
_VN_ISSUERS = ("CUC CS QLHC VE TTXH", "BO CONG AN", "CUC CS QLHC VE TTXH")
_CCCD_PROV = ("001", "031", "038", "040", "052", "079", "083", "092")

#: (first surname, second surname, nationality, a man's name, a woman's name)
_ES_PEOPLE = (
    ("Rossi", "", "Italia", "Marco", "Giulia"),
    ("El Idrissi", "", "Marruecos", "Youssef", "Fátima"),
    ("Smith", "", "Reino Unido", "Oliver", "Emma"),
    ("Schmidt", "", "Alemania", "Jürgen", "Sabine"),
    ("Rodríguez", "Hernández", "Venezuela", "Carlos Eduardo", "María Alejandra"),
    ("Diop", "", "Senegal", "Mamadou", "Aminata"),
    ("Bianchi", "", "Italia", "Luca", "Chiara"),
    ("Pérez", "Gutiérrez", "Cuba", "Yoandri", "Yaneisy"),
)
_ES_PLACES = (
    ("C/ León y Castillo, 45, 3º B", "35003", "Las Palmas de Gran Canaria", "Gran Canaria"),
    ("Avda. de Anaga, 12, 5º izq.", "38001", "Santa Cruz de Tenerife", "Tenerife"),
    ("C/ Obispo Rey Redondo, 21, bajo", "38201", "San Cristóbal de La Laguna", "Tenerife"),
    ("C/ Real, 8", "35500", "Arrecife", "Lanzarote"),
    ("Avda. Tirajana, 30, apto. 214", "35100", "San Bartolomé de Tirajana", "Gran Canaria"),
    ("C/ Grande Canal, 5", "38670", "Adeje", "Tenerife"),
    ("C/ Primero de Mayo, 17", "35600", "Puerto del Rosario", "Fuerteventura"),
)
_NIE_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

#: (Chinese name, the same name in Tibetan script)
_BO_NAMES_M = (
    ("扎西顿珠", "བཀྲ་ཤིས་དོན་གྲུབ"),
    ("次仁多吉", "ཚེ་རིང་རྡོ་རྗེ"),
    ("格桑旺堆", "སྐལ་བཟང་དབང་འདུས"),
    ("平措", "ཕུན་ཚོགས"),
    ("索朗达瓦", "བསོད་ནམས་ཟླ་བ"),
)
_BO_NAMES_F = (
    ("卓玛", "སྒྲོལ་མ"),
    ("次仁央宗", "ཚེ་རིང་དབྱངས་འཛོམས"),
    ("拉姆", "ལྷ་མོ"),
    ("白玛曲珍", "པདྨ་ཆོས་སྒྲོན"),
    ("德吉", "བདེ་སྐྱིད"),
)
#: (administrative division code, address up to the community, village committee)
_BO_PLACES = (
    ("540102", "西藏自治区拉萨市城关区八廓街道冲赛康社区", "冲赛康社区居委会"),
    ("540103", "西藏自治区拉萨市堆龙德庆区东嘎街道桑木村", "桑木村村委会"),
    ("540202", "西藏自治区日喀则市桑珠孜区城北街道扎西吉彩社区", "扎西吉彩社区居委会"),
    ("540402", "西藏自治区林芝市巴宜区八一镇巴吉村", "巴吉村村委会"),
    ("540502", "西藏自治区山南市乃东区泽当镇", "泽当镇居委会"),
    ("540602", "西藏自治区那曲市色尼区那曲镇", "那曲镇居委会"),
)
_BO_OFFICERS = ("李明", "王芳", "格桑", "次珍", "张伟")

_MY_GIVEN_M = ("Jimbun", "Ugak", "Jugah", "Sengalang", "Robert", "Gerasi", "Nyalau")
_MY_GIVEN_F = ("Rinda", "Endu", "Siba", "Mary", "Sylvia", "Empiang", "Lulong")
_MY_FATHERS = ("Nyalau", "Bunsu", "Empaling", "Gerijih", "Bujang", "Ensing", "Lang")
_MY_PLACES = (
    ("Rumah Panjai Ngelai, Nanga Entabai", "95700", "Betong"),
    ("No. 12, Lorong 3, Jalan Tun Ahmad Zaidi Adruce", "93150", "Kuching"),
    ("Kampung Siol Kanan", "93050", "Kuching"),
    ("Lot 345, Taman Desa Wira", "96000", "Sibu"),
    ("Rumah Panjai Sebuyau, Batang Baleh", "96800", "Kapit"),
    ("No. 8, Jalan Bulan Sabit", "98000", "Miri"),
)

_GA_FAMILY_M = ("Топал", "Димитрогло", "Гайдаржи", "Кара", "Бозбей", "Стоянов", "Чакир")
_GA_FAMILY_F = ("Топал", "Димитрогло", "Гайдаржи", "Кара", "Бозбей", "Стоянова", "Чакир")
_GA_GIVEN_M = ("Иван", "Фёдор", "Дмитрий", "Георгий", "Степан", "Николай", "Пётр")
_GA_GIVEN_F = ("Мария", "Ольга", "Анна", "Елена", "Валентина", "Татьяна", "Зинаида")
_GA_PATRONYMICS = (
    ("Петрович", "Петровна"),
    ("Иванович", "Ивановна"),
    ("Георгиевич", "Георгиевна"),
    ("Степанович", "Степановна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Михайлович", "Михайловна"),
)
_GA_PLACES = (
    ("ул. Ленина, 112", "мун. Комрат"),
    ("ул. Победы, 31, кв. 4", "г. Чадыр-Лунга"),
    ("ул. Гагарина, 7", "г. Вулканешты"),
    ("ул. Мира, 54", "с. Конгаз"),
    ("ул. Кирова, 9", "с. Копчак"),
    ("ул. Шевченко, 20", "с. Авдарма"),
)
_GA_AID = ("Ajutor social / Социальная помощь", "Ajutor pentru perioada rece", "Compensație")

_HI_FAMILY = ("Kealoha", "Kahananui", "Akana", "Nakamura", "Santos", "Kamakau", "Medeiros")
_HI_GIVEN_M = ("Keoni", "Kawika", "Kaleo", "Daniel", "Makoa", "Ikaika", "Joshua")
_HI_GIVEN_F = ("Leilani", "Malia", "Noelani", "Kēhau", "Jessica", "Pualani", "Mele")
_HI_PLACES = (
    ("94-1032 Anania Dr", "Waipahu", "Oʻahu", "96797"),
    ("1245 Kapiʻolani Blvd Apt 1502", "Honolulu", "Oʻahu", "96814"),
    ("87-180 Farrington Hwy", "Waiʻanae", "Oʻahu", "96792"),
    ("355 Kinoole St", "Hilo", "Hawaiʻi", "96720"),
    ("2145 Wells St Unit 204", "Wailuku", "Maui", "96793"),
    ("4261 Rice St", "Līhuʻe", "Kauaʻi", "96766"),
)
_HI_PLANS = ("AlohaCare", "HMSA QUEST Integration", "Kaiser Permanente", "ʻOhana Health Plan")


def _place(p: Person, places: tuple[_T, ...], salt: int = 9) -> _T:
    """One of ``places`` (or any options) chosen by the person's number, ``salt`` apart."""
    return places[int(p.bhxh) // salt % len(places)]


def _later(d: date, months: int) -> date:
    """``d`` plus ``months`` months, the day cut to 28 so that 29 February and the 31st stay
    valid."""
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, min(d.day, 28))


def _other_cccd(p: Person, salt: int) -> str:
    """Somebody else's 12-digit CCCD (a seller, a co-holder, a bike's owner): province, the
    century-and-sex digit, the year and a serial."""
    year = 1950 + (int(p.bhxh) // (salt + 3)) % 50
    sex = int(p.bhxh) // (salt + 5) % 2
    return f"{_pick(p, _CCCD_PROV, salt)}{sex}{year % 100:02d}{p.bhxh[::-1][:6]}"


def _owner(p: Person) -> tuple[str, str]:
    """The bike's registered owner and the owner's CCCD: the driver, a spouse of the other sex,
    or somebody else."""
    rel = _owner_rel(p)
    if rel == "Chính chủ":
        return p.full, p.cccd
    male = None if rel not in ("Vợ", "Chồng") else rel == "Chồng"
    return _other_vn(p, 4, male), _other_cccd(p, 4)


def _owner_rel(p: Person) -> str:
    rel = _pick(p, _VN_OWNER_REL, 4)
    if rel in ("Vợ", "Chồng"):
        return "Vợ" if p.male else "Chồng"
    return rel


def _co_holder(p: Person) -> tuple[str, str]:
    """The co-holder's relation and name, unaccented in capitals as core banking keeps them."""
    rel, male = _place(p, _VN_CO_REL, 5)
    if rel == "VO/CHONG":
        rel, male = ("VO", False) if p.male else ("CHONG", True)
    return rel, _ascii(_other_vn(p, 6, male)).upper()


def _opened(p: Person) -> date:
    return _later(p.other_date, 2)


def _vn_address(p: Person) -> str:
    village, commune, province, _ = _place(p, _VN_COMMUNES)
    return f"{village}, {commune}, {province}"


def _nie(p: Person) -> str:
    """A Spanish NIE ``X1234567L``: X, Y or Z, seven digits and the mod-23 letter of the number
    with X=0, Y=1, Z=2 in front."""
    lead = int(p.bhxh[0]) % 3
    body = p.bhxh[1:8]
    return f"{'XYZ'[lead]}{body}{_NIE_LETTERS[int(f'{lead}{body}') % 23]}"


def _cn_id(p: Person) -> str:
    """A resident identity number: the division code, YYYYMMDD, a serial whose last digit is
    odd for men, and the ISO 7064 MOD 11-2 digit (10 reads X)."""
    serial = int(p.bhxh[:2]) * 10 + int(p.bhxh[2]) // 2 * 2 + (1 if p.male else 0)
    head = f"{_place(p, _BO_PLACES)[0]}{p.birth:%Y%m%d}{serial:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(ch) * w for ch, w in zip(head, weights, strict=True))
    return head + "10X98765432"[total % 11]


def _bo_name(p: Person) -> tuple[str, str]:
    return _place(p, _BO_NAMES_M if p.male else _BO_NAMES_F, 7)


def _mykad(p: Person) -> str:
    """A MyKad number ``YYMMDD-PB-###G``: Sarawak's birthplace codes 13, 28 or 29 and a last
    digit odd for men, even for women."""
    pb = ("13", "28", "29")[int(p.bhxh) % 3]
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%y%m%d}-{pb}-{p.bhxh[4:7]}{last}"


def _idnp(p: Person) -> str:
    """A Moldovan IDNP: 2, the year the number was given, the office, a serial and the 7-3-1
    check digit over the twelve."""
    head = f"2{(1995 + int(p.bhxh) % 20) % 1000:03d}{p.bhxh[:3]}{p.bhxh[3:8]}"
    check = sum(int(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(head)) % 10
    return f"{head}{check}"


def _ga_patronymic(p: Person) -> str:
    return _place(p, _GA_PATRONYMICS, 13)[0 if p.male else 1]


WRITERS_BLIND56: dict[str, Callable[[Person, Col], object]] = {
    "dk_addr56": lambda p, c: _vn_address(p),
    "ethnic56": lambda p, c: "Kinh" if int(p.bhxh) % 8 == 0 else _place(p, _VN_COMMUNES)[3],
    "target56": lambda p, c: _pick(p, _VN_TARGETS, 3),
    "members56": lambda p, c: str(_num(p, 7) + 1),
    "house_now56": lambda p, c: _pick(p, _VN_HOUSE_NOW, 4),
    "support_kind56": lambda p, c: _pick(p, ("Xây mới", "Sửa chữa", "Xây mới"), 5),
    "support_amt56": lambda p, c: _pick(p, ("60", "40", "30", "50", "60"), 6),
    "fund56": lambda p, c: _pick(p, _VN_FUNDS, 7),
    "handover56": lambda p, c: f"{_later(p.other_date, 3):%d/%m/%Y}",
    "notary_no56": lambda p, c: f"{_num(p, 9000) + 100}/{p.other_date.year}/CCGD",
    "contract_kind56": lambda p, c: _pick(p, ("HĐ chuyển nhượng QSDĐ", "HĐ mua bán nhà ở"), 2),
    "seller56": lambda p, c: _other_vn(p, 3),
    "seller_id56": lambda p, c: _other_cccd(p, 3),
    "asset56": lambda p, c: _pick(p, _VN_ASSETS, 4),
    "parcel56": lambda p, c: f"Thửa {_num(p, 900)}, tờ bản đồ số {_num(p, 60) + 1}",
    "gcn56": lambda p, c: f"{('CS', 'DA', 'DĐ')[int(p.bhxh) % 3]} {p.bhxh[-6:]}",
    "price56": lambda p, c: f"{(_num(p, 90) + 8) * 100_000_000:,}".replace(",", "."),
    "notary56": lambda p, c: _pick(p, _VN_NOTARIES, 5),
    "fee56": lambda p, c: f"{(_num(p, 50) + 10) * 100_000:,}".replace(",", "."),
    "driver_code56": lambda p, c: f"DRV{p.bhxh[1:8]}",
    "platform56": lambda p, c: _pick(p, _VN_PLATFORMS, 2),
    "plate56": lambda p, c: (
        f"59-{'XVNTP'[int(p.bhxh) % 5]}{_num(p, 9)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "bike56": lambda p, c: _pick(p, _VN_BIKES, 3),
    "bike_owner56": lambda p, c: _owner(p)[0],
    "owner_id56": lambda p, c: _owner(p)[1],
    "owner_rel56": lambda p, c: _owner_rel(p),
    "licence56": lambda p, c: f"79{p.bhxh[::-1][:10]}",
    "rel_phone56": lambda p, c: _other_phone(p, "097"),
    "driver_status56": lambda p, c: _pick(p, _VN_DRIVER_STATUS, 5),
    "cif56": lambda p, c: f"CIF{p.bhxh[2:10]}",
    "account56": lambda p, c: f"1{p.bhxh[:3]}-{p.bhxh[3:10]}-TK",
    "issuer56": lambda p, c: _pick(p, _VN_ISSUERS, 2),
    "co_holder56": lambda p, c: _co_holder(p)[1],
    "co_holder_id56": lambda p, c: _other_cccd(p, 6),
    "co_rel56": lambda p, c: _co_holder(p)[0],
    "term56": lambda p, c: f"{_place(p, _VN_TERMS, 4)} THANG",
    "deposit56": lambda p, c: str((_num(p, 200) + 1) * 5_000_000),
    "rate56": lambda p, c: _VN_RATES[_VN_TERMS.index(_place(p, _VN_TERMS, 4))],
    "opened56": lambda p, c: f"{_opened(p):%Y%m%d}",
    "maturity56": lambda p, c: f"{_later(_opened(p), _place(p, _VN_TERMS, 4)):%Y%m%d}",
    "branch56": lambda p, c: _pick(p, _VN_BRANCHES, 5),
    "nie_es56": lambda p, c: _nie(p),
    "es_family56": lambda p, c: _place(p, _ES_PEOPLE, 23)[0],
    "es_second56": lambda p, c: _place(p, _ES_PEOPLE, 23)[1],
    "es_given56": lambda p, c: _place(p, _ES_PEOPLE, 23)[3 if p.male else 4],
    "sex_es56": lambda p, c: "Hombre" if p.male else "Mujer",
    "nation_es56": lambda p, c: _place(p, _ES_PEOPLE, 23)[2],
    "street_es56": lambda p, c: _place(p, _ES_PLACES)[0],
    "cp_es56": lambda p, c: _place(p, _ES_PLACES)[1],
    "muni_es56": lambda p, c: _place(p, _ES_PLACES)[2],
    "island_es56": lambda p, c: _place(p, _ES_PLACES)[3],
    "prov_es56": lambda p, c: (
        "Las Palmas" if _place(p, _ES_PLACES)[1].startswith("35") else "Santa Cruz de Tenerife"
    ),
    "phone_es56": lambda p, c: f"6{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "exp_es56": lambda p, c: f"PCI/{p.other_date.year}/{p.bhxh[-5:]}",
    "id_bo56": lambda p, c: _cn_id(p),
    "name_bo56": lambda p, c: _bo_name(p)[0],
    "name_tib56": lambda p, c: _bo_name(p)[1],
    "sex_bo56": lambda p, c: "男" if p.male else "女",
    "ethnic_bo56": lambda p, c: "汉族" if int(p.bhxh) % 11 == 0 else "藏族",
    "addr_bo56": lambda p, c: f"{_place(p, _BO_PLACES)[1]}{_num(p, 40) + 1}号",
    "phone_bo56": lambda p, c: f"1{'3589'[int(p.bhxh) % 4]}9{p.phone[2:10]}",
    "grade_bo56": lambda p, c: _pick(p, ("100元档", "200元档", "500元档", "1000元档"), 3),
    "committee_bo56": lambda p, c: _place(p, _BO_PLACES)[2],
    "officer_bo56": lambda p, c: _pick(p, _BO_OFFICERS, 4),
    "state_bo56": lambda p, c: _pick(p, ("正常缴费", "待遇领取", "暂停缴费"), 5),
    "mykad_my56": lambda p, c: _mykad(p),
    "name_my56": lambda p, c: (
        f"{_by_sex(p, _MY_GIVEN_M, _MY_GIVEN_F, 1)} anak {_pick(p, _MY_FATHERS, 2)}"
    ),
    "sex_my56": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "race_my56": lambda p, c: _pick(p, ("Iban", "Bidayuh", "Iban", "Orang Ulu", "Iban"), 3),
    "state_my56": lambda p, c: "Sarawak",
    "street_my56": lambda p, c: _place(p, _MY_PLACES)[0],
    "pc_my56": lambda p, c: _place(p, _MY_PLACES)[1],
    "town_my56": lambda p, c: _place(p, _MY_PLACES)[2],
    "phone_my56": lambda p, c: f"01{'3946'[int(p.bhxh) % 4]}-{p.phone[3:6]} {p.phone[6:10]}",
    "tuai_my56": lambda p, c: f"TR {_pick(p, _MY_GIVEN_M, 4)} anak {_pick(p, _MY_FATHERS, 5)}",
    "kin_my56": lambda p, c: f"{_pick(p, _MY_GIVEN_F, 6)} anak {_pick(p, _MY_FATHERS, 7)}",
    "status_my56": lambda p, c: _pick(p, ("Lulus", "Dalam proses", "Lulus", "Ditolak"), 4),
    "idnp_md56": lambda p, c: _idnp(p),
    "ga_family56": lambda p, c: _by_sex(p, _GA_FAMILY_M, _GA_FAMILY_F, 2),
    "ga_given56": lambda p, c: _by_sex(p, _GA_GIVEN_M, _GA_GIVEN_F, 1),
    "ga_patr56": lambda p, c: _ga_patronymic(p),
    "sex_md56": lambda p, c: "М" if p.male else "Ж",
    "street_md56": lambda p, c: _place(p, _GA_PLACES)[0],
    "loc_md56": lambda p, c: _place(p, _GA_PLACES)[1],
    "phone_md56": lambda p, c: (
        f"+373 {'67'[int(p.bhxh) % 2]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "aid_md56": lambda p, c: _pick(p, _GA_AID, 3),
    "sum_md56": lambda p, c: f"{(_num(p, 30) + 5) * 100},00",
    "worker_md56": lambda p, c: f"{_pick(p, _GA_FAMILY_F, 5)} {_pick(p, _GA_GIVEN_F, 6)[0]}.",
    "medicaid_hi56": lambda p, c: f"00{p.bhxh[:8]}",
    "hi_family56": lambda p, c: _pick(p, _HI_FAMILY, 2),
    "hi_given56": lambda p, c: _by_sex(p, _HI_GIVEN_M, _HI_GIVEN_F, 1),
    "street_hi56": lambda p, c: _place(p, _HI_PLACES)[0],
    "city_hi56": lambda p, c: _place(p, _HI_PLACES)[1],
    "island_hi56": lambda p, c: _place(p, _HI_PLACES)[2],
    "state_hi56": lambda p, c: "HI",
    "zip_hi56": lambda p, c: _place(p, _HI_PLACES)[3],
    "phone_hi56": lambda p, c: f"(808) {p.phone[3:6]}-{p.phone[6:10]}",
    "plan_hi56": lambda p, c: _pick(p, _HI_PLANS, 3),
    "renewal_hi56": lambda p, c: f"{_later(p.other_date, 12):%m/%d/%Y}",
    "rep_hi56": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_pick(p, _HI_GIVEN_F, 5)} {_pick(p, _HI_FAMILY, 6)}"
    ),
    "worker_hi56": lambda p, c: _pick(p, ("K. Fujimoto", "L. Kahale", "R. Domingo"), 4),
}
