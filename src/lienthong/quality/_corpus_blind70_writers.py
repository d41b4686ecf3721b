"""How the people of the seventieth part of the outside corpus (**blind 70**,
:mod:`lienthong.quality._corpus_blind70`) are written: four Vietnamese files' own columns (a
cooperative member's capital and land, a VNeID activation's device and officer, a bus pass
holder's category and school or employer, a disability allowance's level and carer) and Sri
Lankan, Cambodian, Belarusian, Senegalese and Panamanian names, addresses, phones and identity
numbers in the forms their cards show (the new 12-digit NIC with the birth year and day of year,
+500 for women; the 9-digit Khmer ID card number; the Belarusian 14-character identification
number with its 7-3-1 digit; the 13-digit Senegalese CNI number; the Panamanian cédula)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_LAND = ("Đất trồng lúa", "Đất trồng cây lâu năm", "Đất NTTS", "Đất trồng rau màu")
_VN_COOP_ROLES = ("Thành viên", "Thành viên", "Kiểm soát viên", "Thành viên HĐQT", "Thành viên")
_VN_DEVICES = ("iPhone 13", "Samsung Galaxy A54", "OPPO A78", "Xiaomi Redmi Note 12", "Vivo Y36")
_VN_RANKS = ("Trung úy", "Thượng úy", "Đại úy", "Thiếu tá")
_VN_VNEID = (
    "Đã kích hoạt",
    "Đã kích hoạt",
    "Chờ phê duyệt",
    "Đã kích hoạt",
    "Từ chối - SIM chưa chính chủ",
)
_VN_ROUTES = ("Tuyen 01", "Tuyen 09", "Tuyen 32", "Lien tuyen", "Tuyen 18")
_VN_SCHOOLS = (
    "Truong DH Bach khoa Ha Noi",
    "Truong THPT Chu Van An",
    "Hoc vien Ngan hang",
    "Truong DH Kinh te Quoc dan",
)
_VN_EMPLOYERS = (
    "Cong ty TNHH Canon Viet Nam (KCN Thang Long)",
    "Cong ty CP May 10",
    "Cong ty TNHH Hoya Glass Disk VN",
    "Cty TNHH Panasonic VN - KCN Thang Long",
)
_VN_WARDS = ("Xã Tân Hưng", "Xã Phú Hòa", "Thị trấn Lai Uyên", "Xã Long Nguyên", "Xã Hưng Hòa")
_VN_DISABILITY = ("Vận động", "Thần kinh, tâm thần", "Trí tuệ", "Nhìn", "Nghe, nói", "Khác")
_VN_CARER_MEN = ("Chồng", "Con trai", "Anh trai", "Bố")
_VN_CARER_WOMEN = ("Mẹ", "Vợ", "Con gái", "Chị gái")
_LK_HOUSES = ("Herath Mudiyanselage", "Wickramasinghe Arachchige", "Perera", "Fernando")
_LK_HOUSES_MORE = ("Rajapaksha Pathirannehelage", "Dissanayake", "Jayasuriya Kankanamge")
_LK_GIVEN_M = ("Nimal Bandara", "Kasun Chathuranga", "Saman Kumara", "Ruwan Pradeep")
_LK_GIVEN_F = ("Nadeeka Dilrukshi", "Chamari Priyanka", "Sanduni Madushani", "Kumudu Shyamali")
_LK_PLACES = (
    ("No. 45/2, Temple Road, Kandy", "Bogambara", "Kandy Four Gravets"),
    ("No. 112, High Level Road, Maharagama", "Pannipitiya North", "Maharagama"),
    ("No. 7, Wewa Para, Kurunegala", "Wilgoda", "Kurunegala"),
    ("No. 23/A, Matara Road, Galle", "Kaluwella", "Galle Four Gravets"),
    ("No. 310, Horana Road, Piliyandala", "Suwarapola East", "Kesbewa"),
)
_KH_FAMILY = (("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("គឹម", "Kim"), ("ម៉ៅ", "Mao"))
_KH_GIVEN_M = (("ដារ៉ា", "Dara"), ("វិចិត្រ", "Vichet"), ("ពិសិដ្ឋ", "Piseth"), ("វណ្ណៈ", "Vannak"))
_KH_GIVEN_F = (("ស្រីមុំ", "Sreymom"), ("សុភា", "Sophea"), ("ធីតា", "Thida"), ("លក្ខិណា", "Leakhena"))
_KH_PLACES = (
    ("សង្កាត់ទឹកល្អក់ទី១", "ខណ្ឌទួលគោក", "រាជធានីភ្នំពេញ"),
    ("ឃុំស្វាយដង្គំ", "ក្រុងសៀមរាប", "ខេត្តសៀមរាប"),
    ("ឃុំព្រែកអញ្ចាញ", "ស្រុកមុខកំពូល", "ខេត្តកណ្តាល"),
    ("សង្កាត់ស្វាយប៉ោ", "ក្រុងបាត់ដំបង", "ខេត្តបាត់ដំបង"),
    ("ឃុំកំពង់ស្វាយ", "ស្រុកកំពង់ស្វាយ", "ខេត្តកំពង់ធំ"),
)
_BY_FAMILY = (
    ("Иванов", "Иванова"),
    ("Ковалёв", "Ковалёва"),
    ("Новик", "Новик"),
    ("Шевчук", "Шевчук"),
    ("Козлов", "Козлова"),
    ("Лукашевич", "Лукашевич"),
)
_BY_GIVEN_M = ("Александр", "Сергей", "Андрей", "Дмитрий", "Алесь", "Павел")
_BY_GIVEN_F = ("Ольга", "Наталья", "Татьяна", "Алеся", "Светлана", "Ирина")
_BY_PATR = (
    ("Александрович", "Александровна"),
    ("Сергеевич", "Сергеевна"),
    ("Викторович", "Викторовна"),
    ("Николаевич", "Николаевна"),
)
#: (registration address, region letter of the identification number, passport series)
_BY_PLACES = (
    ("г. Минск, ул. Сурганова, д. 24, кв. 15", "M", "MP"),
    ("г. Брест, ул. Советская, д. 7, кв. 3", "A", "AB"),
    ("г. Гомель, пр-т Ленина, д. 40, кв. 88", "C", "HB"),
    ("г. Гродно, ул. Ожешко, д. 12", "H", "KH"),
    ("г. Віцебск, вул. Леніна, д. 5, кв. 21", "B", "BM"),
    ("Мінская вобл., Мінскі р-н, аг. Калодзішчы, вул. Цэнтральная, д. 3", "E", "MC"),
)
_BY_EMPLOYERS = ("ОАО «МАЗ»", "РУП «Белпочта»", "ОАО «Беларуськалий»", "ГУО «СШ № 12 г. Гомеля»")
_BY_BENEFITS = (
    "Пособие по уходу за ребёнком до 3 лет",
    "Государственная адресная социальная помощь",
    "Пособие на детей старше 3 лет",
)
_SN_FAMILY = ("Diop", "Ndiaye", "Fall", "Sow", "Ba", "Gueye", "Sarr", "Faye", "Mbaye")
_SN_GIVEN_M = ("Mamadou", "Cheikh Ahmadou Bamba", "Ousmane", "Moustapha", "Abdoulaye")
_SN_GIVEN_F = ("Fatou", "Aminata", "Ndeye Coumba", "Awa", "Mariama", "Khady")
_SN_PLACES = (
    ("Cité Keur Gorgui, Villa n°12", "Mermoz-Sacré-Cœur", "Dakar"),
    ("HLM Grand Yoff, Villa 214", "Grand Yoff", "Dakar"),
    ("Unité 15, Parcelles Assainies, Villa 122", "Parcelles Assainies", "Dakar"),
    ("Quartier Sor, Rue Abdoulaye Seck", "Saint-Louis", "Saint-Louis"),
    ("Médina Baye, derrière la grande mosquée", "Kaolack", "Kaolack"),
    ("Quartier Escale, Rue 5 x 8", "Thiès-Nord", "Thiès"),
)
_SN_NOTES = ("", "Dafa tuxu (a déménagé)", "Dafa feebar", "Nit ku mag la", "Xaalis bi agsina")
#: (cédula province code, provincia, distrito, corregimiento, street line)
_PA_PLACES = (
    ("8", "Panamá", "Panamá", "Bella Vista", "Calle 50, Edificio Torres del Mar, apto 12B"),
    ("8", "Panamá", "San Miguelito", "Belisario Porras", "Barriada San Isidro, casa 45"),
    ("4", "Chiriquí", "David", "David Sur", "Urbanización Los Abetos, casa 7"),
    ("9", "Veraguas", "Santiago", "Canto del Llano", "Calle 10ma, casa 2-31"),
    ("3", "Colón", "Colón", "Cristóbal", "Calle 8, edificio 12, apto 3"),
    ("6", "Herrera", "Chitré", "Monagrillo", "Vía Circunvalación, casa 88"),
    ("13", "Panamá Oeste", "Arraiján", "Vista Alegre", "Residencial Vacamonte, casa 210"),
)
_PA_FAMILY = ("González", "Rodríguez", "Batista", "Castillo", "Quintero", "Pinzón", "Vergara")
_PA_GIVEN_M = ("José Luis", "Carlos", "Luis Alberto", "Ricardo", "Eduardo Enrique")
_PA_GIVEN_F = ("María Isabel", "Yariela", "Itzel", "Anayansi", "Edilma del Carmen")


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _bus_category(p: Person) -> str:
    """Students ride on a pupil's pass, the old on an elderly one, the rest on a worker's."""
    if p.birth.year >= 2000:
        return "HSSV"
    return "Nguoi cao tuoi" if p.birth.year <= 1965 else "Cong nhan KCN"


def _bus_place(p: Person) -> str:
    category = _bus_category(p)
    if category == "HSSV":
        return _pick(p, _VN_SCHOOLS, 3)
    return "" if category == "Nguoi cao tuoi" else _pick(p, _VN_EMPLOYERS, 3)


def _disability_coefficient(p: Person) -> float:
    """Decree 20/2021: 2.0 for a severe (đặc biệt nặng) disability, 1.5 for a heavy one, half a
    point more for an old person (the law adds it for a child too; none is one here)."""
    base = 2.0 if int(p.bhxh) % 3 else 1.5
    return base + (0.5 if p.birth.year <= 1965 else 0.0)


def _carer_is_man(p: Person) -> bool:
    return int(p.bhxh) // 7 % 2 == 0


def _sri_lanka_nic(p: Person) -> str:
    """The new NIC: the birth year, the day of the year counted as if February always had 29 days
    (plus 500 for a woman), a 0, the 3-digit serial and a final digit."""
    day = (date(2000, p.birth.month, p.birth.day) - date(2000, 1, 1)).days + 1
    return f"{p.birth.year}{day + (0 if p.male else 500):03d}0{p.bhxh[:3]}{p.bhxh[3]}"


def _lk_house(p: Person) -> str:
    return _pick(p, _LK_HOUSES + _LK_HOUSES_MORE, 2)


def _lk_initials(p: Person) -> str:
    """``H.M. Nimal Bandara``: the house name cut to its initials, the given names in full."""
    initials = "".join(f"{word[0]}." for word in _lk_house(p).split())
    return f"{initials} {_by_sex(p, _LK_GIVEN_M, _LK_GIVEN_F, 1)}"


def _kh_name(p: Person, latin: int) -> tuple[str, str]:
    family = _KH_FAMILY[int(p.bhxh) // 3 % len(_KH_FAMILY)][latin]
    given = (_KH_GIVEN_M if p.male else _KH_GIVEN_F)[int(p.bhxh) // 5 % 4][latin]
    return family, given


def _by_id(p: Person) -> str:
    """The Belarusian identification number: the sex and century digit, DDMMYY, the region
    letter, a 3-digit serial, the citizenship ``PB`` and a check digit with weights 7-3-1 (letters
    counted so that the sample card number 3120585A001PB1 checks)."""
    lead = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    head = f"{lead}{p.birth:%d%m%y}{_place(p, _BY_PLACES)[1]}{p.bhxh[:3]}PB"
    values = [int(ch) if ch.isdigit() else ord(ch) - 53 for ch in head]
    return f"{head}{sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10}"


def _by_family(p: Person) -> str:
    return _BY_FAMILY[int(p.bhxh) // 3 % len(_BY_FAMILY)][0 if p.male else 1]


def _senegal_cni(p: Person) -> str:
    """The 13-digit NIN on the CEDEAO card: the sex digit, the registering centre, the birth year
    and a serial."""
    return f"{1 if p.male else 2}{_num(p, 800) + 100:03d}{p.birth.year}{p.bhxh[-5:]}"


def _cedula(p: Person) -> str:
    """``8-123-4567``: the province code, the book and the entry."""
    return f"{_place(p, _PA_PLACES)[0]}-{int(p.bhxh[:3]) % 900 + 1}-{int(p.bhxh[3:7]) + 1}"


WRITERS_BLIND70: dict[str, Callable[[Person, Col], object]] = {
    "capital70": lambda p, c: _money((_num(p, 20) + 1) * 5_000_000),
    "land70": lambda p, c: _money((_num(p, 60) + 2) * 120),
    "landtype70": lambda p, c: _pick(p, _VN_LAND, 2),
    "memberbook70": lambda p, c: f"{_num(p, 400):03d}/STV-HTX",
    "coop_role70": lambda p, c: _pick(p, _VN_COOP_ROLES, 3),
    "device70": lambda p, c: _pick(p, _VN_DEVICES, 2),
    "os70": lambda p, c: (
        "iOS 17.5" if _pick(p, _VN_DEVICES, 2).startswith("iPhone") else "Android 14"
    ),
    "level70": lambda p, c: "Mức 2",
    "vneid_officer70": lambda p, c: _other_vn(p, 4),
    "rank70": lambda p, c: _pick(p, _VN_RANKS, 5),
    "vneid_status70": lambda p, c: _pick(p, _VN_VNEID, 3),
    "dossier70": lambda p, c: f"DD2.{p.bhxh[-6:]}",
    "sex_ascii70": lambda p, c: "Nam" if p.male else "Nu",
    "bus_cat70": lambda p, c: _bus_category(p),
    "bus_place70": lambda p, c: _bus_place(p),
    "student_no70": lambda p, c: (
        f"{p.birth.year + 18}{p.bhxh[-4:]}" if _bus_category(p) == "HSSV" else ""
    ),
    "route70": lambda p, c: _pick(p, _VN_ROUTES, 4),
    "pass_type70": lambda p, c: (
        "Ve thang lien tuyen" if _pick(p, _VN_ROUTES, 4) == "Lien tuyen" else "Ve thang 1 tuyen"
    ),
    "pass_price70": lambda p, c: "0" if _bus_category(p) == "Nguoi cao tuoi" else "100.000",
    "pass_no70": lambda p, c: f"VT{p.bhxh[:7]}",
    "ward70": lambda p, c: _pick(p, _VN_WARDS, 2),
    "disability70": lambda p, c: _pick(p, _VN_DISABILITY, 3),
    "dis_level70": lambda p, c: "Đặc biệt nặng" if int(p.bhxh) % 3 else "Nặng",
    "coef70": lambda p, c: f"{_disability_coefficient(p):.1f}".replace(".", ","),
    "allowance70": lambda p, c: _money(int(_disability_coefficient(p) * 500_000)),
    "carer70": lambda p, c: _other_vn(p, 6, _carer_is_man(p)),
    "carer_rel70": lambda p, c: _pick(p, _VN_CARER_MEN if _carer_is_man(p) else _VN_CARER_WOMEN, 5),
    "carer_cccd70": lambda p, c: _cccd_of(p, _carer_is_man(p), 1955 + _num(p, 40)),
    "carer_phone70": lambda p, c: _other_phone(p, "098"),
    "carer_pay70": lambda p, c: _money(500_000) if int(p.bhxh) % 3 else "",
    "nic_lk70": lambda p, c: _sri_lanka_nic(p),
    "lk_initials70": lambda p, c: _lk_initials(p),
    "lk_full70": lambda p, c: f"{_lk_house(p)} {_by_sex(p, _LK_GIVEN_M, _LK_GIVEN_F, 1)}",
    "sex_lk70": lambda p, c: "පුරුෂ" if p.male else "ස්ත්‍රී",
    "addr_lk70": lambda p, c: _place(p, _LK_PLACES)[0],
    "gn_lk70": lambda p, c: _place(p, _LK_PLACES)[1],
    "ds_lk70": lambda p, c: _place(p, _LK_PLACES)[2],
    "phone_lk70": lambda p, c: f"07{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "welfare_lk70": lambda p, c: _pick(
        p, ("Extreme Poor", "Poor", "Vulnerable", "Transitional"), 3
    ),
    "benefit_lk70": lambda p, c: _pick(p, ("15,000.00", "8,500.00", "5,000.00", "2,500.00"), 3),
    "bank_lk70": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:10]}-01",
    "gn_officer70": lambda p, c: f"{_pick(p, _LK_HOUSES, 5)} {_pick(p, _LK_GIVEN_M, 6)}",
    "id_kh70": lambda p, c: f"{int(p.bhxh[:2]) % 25 + 1:02d}{p.bhxh[2:9]}",
    "kh_family70": lambda p, c: _kh_name(p, 0)[0],
    "kh_given70": lambda p, c: _kh_name(p, 0)[1],
    "kh_latin70": lambda p, c: " ".join(_kh_name(p, 1)).upper(),
    "sex_kh70": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "commune_kh70": lambda p, c: _place(p, _KH_PLACES)[0],
    "district_kh70": lambda p, c: _place(p, _KH_PLACES)[1],
    "province_kh70": lambda p, c: _place(p, _KH_PLACES)[2],
    "phone_kh70": lambda p, c: (
        f"0{_pick(p, ('12', '97', '89', '16'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "equity_kh70": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:6]}-{p.bhxh[6:10]}",
    "poverty_kh70": lambda p, c: "ក្រីក្រកម្រិត ១" if int(p.bhxh) % 2 else "ក្រីក្រកម្រិត ២",
    "head_kh70": lambda p, c: (
        f"{_KH_FAMILY[int(p.bhxh) // 7 % 5][0]} {_KH_GIVEN_M[int(p.bhxh) % 4][0]}"
    ),
    "idn_by70": lambda p, c: _by_id(p),
    "by_family70": lambda p, c: _by_family(p),
    "by_given70": lambda p, c: _by_sex(p, _BY_GIVEN_M, _BY_GIVEN_F, 1),
    "by_patr70": lambda p, c: _BY_PATR[int(p.bhxh) // 7 % len(_BY_PATR)][0 if p.male else 1],
    "sex_by70": lambda p, c: "муж." if p.male else "жен.",
    "addr_by70": lambda p, c: _place(p, _BY_PLACES)[0],
    "phone_by70": lambda p, c: (
        f"+375 {_pick(p, ('29', '33', '44', '25'), 4)} {p.phone[3:6]}-{p.phone[6:8]}"
        f"-{p.phone[8:10]}"
    ),
    "passport_by70": lambda p, c: f"{_place(p, _BY_PLACES)[2]}{p.bhxh[-7:]}",
    "employer_by70": lambda p, c: _pick(p, _BY_EMPLOYERS, 5),
    "benefit_by70": lambda p, c: _pick(p, _BY_BENEFITS, 3),
    "amount_by70": lambda p, c: f"{_num(p, 600) + 200},{p.bhxh[-2:]}",
    "officer_by70": lambda p, c: f"{_pick(p, ('Мельникова', 'Жук', 'Савицкая'), 6)} Е.В.",
    "cni_sn70": lambda p, c: _senegal_cni(p),
    "sn_given70": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 1),
    "sn_family70": lambda p, c: _pick(p, _SN_FAMILY, 2),
    "birthplace_sn70": lambda p, c: _pick(p, ("Dakar", "Touba", "Ziguinchor", "Louga", "Kolda"), 4),
    "sex_sn70": lambda p, c: "M" if p.male else "F",
    "street_sn70": lambda p, c: _place(p, _SN_PLACES)[0],
    "commune_sn70": lambda p, c: _place(p, _SN_PLACES)[1],
    "region_sn70": lambda p, c: _place(p, _SN_PLACES)[2],
    "phone_sn70": lambda p, c: (
        f"{_pick(p, ('77', '78', '76', '70'), 4)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "mutuelle_sn70": lambda p, c: f"Mutuelle de santé {_place(p, _SN_PLACES)[1]}",
    "member_sn70": lambda p, c: f"MS-{p.bhxh[-6:]}",
    "relais_sn70": lambda p, c: f"{_pick(p, _SN_GIVEN_F, 5)} {_pick(p, _SN_FAMILY, 6)}",
    "note_sn70": lambda p, c: _pick(p, _SN_NOTES, 3),
    "cedula_pa70": lambda p, c: _cedula(p),
    "pa_given70": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 1),
    "pa_family70": lambda p, c: _pick(p, _PA_FAMILY, 2),
    "pa_family2_70": lambda p, c: _pick(p, _PA_FAMILY, 3),
    "sex_pa70": lambda p, c: "Masculino" if p.male else "Femenino",
    "prov_pa70": lambda p, c: _place(p, _PA_PLACES)[1],
    "dist_pa70": lambda p, c: _place(p, _PA_PLACES)[2],
    "correg_pa70": lambda p, c: _place(p, _PA_PLACES)[3],
    "street_pa70": lambda p, c: _place(p, _PA_PLACES)[4],
    "phone_pa70": lambda p, c: f"6{p.phone[3:6]}-{p.phone[6:10]}",
    "account_pa70": lambda p, c: f"04-01-{p.bhxh[:2]}-{p.bhxh[2:8]}-{p.bhxh[8]}",
    "amount_pa70": lambda p, c: _pick(p, ("B/. 50.00", "B/. 120.00", "B/. 80.00"), 4),
    "promoter_pa70": lambda p, c: f"{_pick(p, _PA_GIVEN_F, 5)} {_pick(p, _PA_FAMILY, 6)}",
}
