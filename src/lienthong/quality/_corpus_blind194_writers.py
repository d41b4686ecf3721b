"""How the people of the hundred-and-ninety-fourth part of the outside corpus (**blind 194**,
:mod:`lienthong.quality._corpus_blind194`) are written: four Vietnamese registers' own columns
(monks and nuns in the summer retreat, victims of trafficking taken back, people with haemophilia,
households whose drilled wells were tested for arsenic) and the Philippines' names, places, phones
and numbers (the PhilSys number in four groups of four, TIN, SSS and PhilHealth numbers, RSBSA and
FishR references, barangay, municipality and province)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind51_writers import _psn
from lienthong.quality._corpus_blind66_writers import _sss, _tin
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam
_PHAP_DANH_M = ("Thích Minh Tuệ", "Thích Quảng Thiện", "Thích Nhuận Đức", "Thích Thiện Tâm",
                "Thích Trí Hải", "Thích Nguyên Hạnh")  # fmt: skip
_PHAP_DANH_F = ("Thích nữ Diệu Hạnh", "Thích nữ Như Liên", "Thích nữ Tâm Thuận",
                "Thích nữ Hương Nhũ", "Thích nữ Đàm Hiền")  # fmt: skip
_RANK_M = ("Đại đức", "Đại đức", "Thượng tọa", "Hòa thượng", "Sa di")
_RANK_F = ("Sư cô", "Sư cô", "Ni sư", "Ni trưởng", "Sa di ni")
#: (tự viện, thôn/đường, xã/phường, huyện/thị)
_CHUA = (
    ("Chùa Phổ Quang", "Thôn Đông", "xã Tân Lập", "huyện Đan Phượng, TP Hà Nội"),
    ("Chùa Hưng Long", "Số 12 đường Lê Lợi", "phường Trần Hưng Đạo", "TP Nam Định"),
    ("Thiền viện Trúc Lâm Phượng Hoàng", "Thôn Đồng Cống", "xã Lê Lợi", "TP Chí Linh, Hải Dương"),
    ("Tịnh xá Ngọc Phương", "Tổ 5", "phường Quang Trung", "TP Thái Bình"),
    ("Chùa Vân Hồ", "Ngõ 3 Phố Huế", "phường Lê Đại Hành", "quận Hai Bà Trưng, Hà Nội"),
)
_TRUONG_HA = ("Trường hạ chùa Bằng - Linh Tiên", "Trường hạ Học viện PGVN tại Hà Nội",
              "Trường hạ chùa Phổ Quang", "Trường hạ Thiền viện Trúc Lâm Tây Thiên")  # fmt: skip
#: (thôn/bản, xã, huyện, tỉnh) written without diacritics
_BORDER = (
    ("Ban Lung Phinh", "xa Lung Phinh", "huyen Bac Ha", "tinh Lao Cai"),
    ("Thon Na Cai", "xa Na Hang", "huyen Na Hang", "tinh Tuyen Quang"),
    ("Ban Huoi Moi", "xa Tam Hop", "huyen Tuong Duong", "tinh Nghe An"),
    ("Thon Lung Cu", "xa Lung Cu", "huyen Dong Van", "tinh Ha Giang"),
    ("Ban Pa Tan", "xa Pa Tan", "huyen Sin Ho", "tinh Lai Chau"),
)
_COUNTRIES = ("Trung Quoc", "Trung Quoc", "Campuchia", "Lao", "Malaysia", "Trung Quoc")
_TRAFFICKED = ("Ep lay chong", "Cuong buc lao dong", "Boc lot tinh duc", "Mang thai ho",
               "Lua di lam viec nhe luong cao")  # fmt: skip
_RECEIVERS = ("Don BP cua khau Lao Cai", "Cong an huyen", "Don BP Lung Cu",
              "Co so bao tro xa hoi tinh", "Bo chi huy BP tinh")  # fmt: skip
_KIN_ASCII = ("bo", "me", "chong", "anh trai", "chi gai")
_HEMO_TYPE = ("Hemophilia A", "Hemophilia A", "Hemophilia A", "Hemophilia B", "Von Willebrand")
_HEMO_LEVEL = ("Nặng", "Trung bình", "Nhẹ", "Nặng")
_HEMO_PLAN = ("Điều trị dự phòng", "Điều trị theo nhu cầu", "Dự phòng liều thấp", "Emicizumab")
#: (thôn, xã, huyện, tỉnh) where wells draw arsenic
_WELLS = (
    ("Thôn Nhật Tân", "xã Nhật Tân", "huyện Kim Bảng", "tỉnh Hà Nam"),
    ("Thôn Bồ Đề", "xã Bồ Đề", "huyện Bình Lục", "tỉnh Hà Nam"),
    ("Ấp An Thạnh", "xã An Phong", "huyện Thanh Bình", "tỉnh Đồng Tháp"),
    ("Ấp Long Hòa", "xã Long Thuận", "thị xã Hồng Ngự", "tỉnh Đồng Tháp"),
    ("Thôn Hòa Hậu", "xã Hòa Hậu", "huyện Lý Nhân", "tỉnh Hà Nam"),
)
_WELL_VERDICT = ("Đạt QCVN 01-1:2018/BYT", "Vượt ngưỡng Asen", "Vượt ngưỡng Mangan", "Đạt")
_SAMPLERS = ("CN. Trần Văn Hải (CDC)", "KTV Lê Thị Hoa", "CN. Phạm Đức Anh")

# -- Philippines
_ILO_FAMILY = ("AGBAYANI", "RAGUINDIN", "PACIS", "CORPUZ", "GARVIDA", "TABAG", "RAFANAN", "ABLAN")
_ILO_GIVEN_M = ("Rodolfo", "Florante", "Jaime", "Romeo", "Benjamin", "Efren")
_ILO_GIVEN_F = ("Erlinda", "Marites", "Rosalinda", "Nenita", "Lolita", "Gloria")
_MIDDLE = ("Bautista", "Ramos", "Valdez", "Pascua", "Tolentino", "Domingo")
#: (barangay, municipality, RSBSA-like municipality code) in Ilocos Sur
_ILO = (
    ("Brgy. Calongbuyan", "Candon City", "29-05"),
    ("Brgy. Nagtupacan", "Santa Lucia", "29-29"),
    ("Brgy. Bitalag", "Tagudin", "29-32"),
    ("Brgy. Paras", "Narvacan", "29-21"),
    ("Brgy. Nagsingcaoan", "Santa Cruz", "29-28"),
)
_TOBACCO = ("Virginia", "Virginia", "Burley", "Native (Batek)")
_BUYERS = ("Universal Leaf Phils.", "PMFTC - Candon", "NTA Buying Station Candon", "JT Intl.")
_CEB_FAMILY = ("Cabahug", "Ybañez", "Alcantara", "Labra", "Tabura", "Ouano", "Pepito", "Baguio")
_CEB_GIVEN_M = ("Junrey", "Rolando", "Dionisio", "Ramil", "Kenneth", "Nonito")
_CEB_GIVEN_F = ("Jocelyn", "Merlita", "Analyn", "Rosalie", "Cherry Mae", "Ma. Luz")
#: (sitio/purok, barangay, municipality, province)
_CEB = (
    ("Sitio Tabuk", "Brgy. Tapilon", "Daanbantayan", "Cebu"),
    ("Purok 3", "Brgy. Malapascua", "Daanbantayan", "Cebu"),
    ("Sitio Lawis", "Brgy. Poblacion", "Madridejos", "Cebu"),
    ("Purok Bulak", "Brgy. Pangdan", "Bantayan", "Cebu"),
    ("Sitio Pantalan", "Brgy. Tagbilaran", "Carmen", "Bohol"),
)
_BOATS = ("Non-motorized banca", "Motorized banca (5 HP)", "Motorized banca (16 HP)", "Walay")
_GEARS = ("Pukot (gill net)", "Pasol (hook and line)", "Bobo (fish pot)", "Panulo", "Lambat")
_BIK_FAMILY = ("Nacional", "Bañares", "Nuñez", "Lorayes", "Sabater", "Bercasio", "Marbella")
_BIK_GIVEN_M = ("Ernesto", "Renato", "Arnel", "Joselito", "Mark Anthony")
_BIK_GIVEN_F = ("Remedios", "Evangeline", "Marissa", "Lorna", "Kristine Joy")
#: (barangay, municipality) of Albay at Mayon's foot, evacuation centre
_BIK = (
    ("Brgy. Mabinit", "Legazpi City", "Bogña Elementary School"),
    ("Brgy. Tumpa", "Camalig", "Camalig North Central School"),
    ("Brgy. Sua", "Camalig", "Tagaytay Elementary School"),
    ("Brgy. Mi-isi", "Daraga", "Daraga North Central School"),
    ("Brgy. Anoling", "Camalig", "Gotob Evacuation Center"),
    ("Brgy. Bonga", "Santo Domingo", "Santo Domingo Evacuation Center"),
)
_MRN_FAMILY = ("Macaraya", "Dimaporo", "Lucman", "Pangandaman", "Alonto", "Macabago", "Sarip",
               "Mangondaya", "Disomimba")  # fmt: skip
_MRN_GIVEN_M = ("Abdulrahman", "Jamaluddin", "Saripada", "Mohammad Ali", "Omar", "Ansari")
_MRN_GIVEN_F = ("Sittie Norhaya", "Aminah", "Bai Fatima", "Noraida", "Johaira", "Saliha")
_MRN_BRGY = ("Lilod Madaya", "Banggolo Poblacion", "Moncado Colony", "Datu Naga",
             "Marinaut East", "Tolali", "Raya Madaya")  # fmt: skip
_MRN_CLAIM = ("Structure (residential)", "Structure (commercial)", "Death", "Personal property")
_MRN_STATUS = ("For validation", "Approved", "Deficient: lacking proof of ownership", "Paid")
_CAR_FAMILY = ("Cariño", "Baguilat", "Tabanda", "Bayangan", "Dangwa", "Palasi", "Tindaan",
               "Ognayon", "Kitongan")  # fmt: skip
_CAR_GIVEN_M = ("Bado", "Gaspar", "Tomas", "Agapito", "Kinoy", "Manuel")
_CAR_GIVEN_F = ("Marcela", "Leticia", "Juliana", "Imelda", "Gemma", "Bangilan")
#: (sitio, barangay, municipality, tribe)
_CAR = (
    ("Sitio Bangao", "Brgy. Paoay", "Atok", "Kankanaey"),
    ("Sitio Pactil", "Brgy. Sinipsip", "Buguias", "Kankanaey"),
    ("Sitio Ekip", "Brgy. Tawangan", "Kabayan", "Ibaloi"),
    ("Sitio Bobok", "Brgy. Gambang", "Bakun", "Kankanaey"),
    ("Sitio Pingkian", "Brgy. Tuba", "Tuba", "Ibaloi"),
)
_VEG = ("Cabbage, carrots", "Potato", "Chinese cabbage, lettuce", "Broccoli", "Sayote")
_CAR_ASSOC = ("Paoay Farmers Assn.", "Sinipsip Vegetable Growers MPC", "Buguias IP Farmers Org.")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _ph_phone(p: Person) -> str:
    body = f"9{p.phone[3:5]}{p.phone[5:10]}{p.bhxh[-2:]}"
    style = _num(p, 3)
    if style == 1:
        return f"0{body[:3]} {body[3:6]} {body[6:]}"
    if style == 2:
        return f"+63 {body[:3]} {body[3:6]} {body[6:]}"
    return f"0{body}"


def _psn194(p: Person) -> str:
    psn = _psn(p)
    return psn.replace("-", "") if _num(p, 4) == 2 else psn


def _philhealth(p: Person) -> str:
    digits = f"{p.bhxh[2:]}{p.phone[-4:]}"
    return f"{digits[:2]}-{digits[2:11]}-{digits[11]}"


def _ph_name(p: Person, family: tuple[str, ...], male: tuple[str, ...], female: tuple[str, ...],
             comma: bool) -> str:  # fmt: skip
    given, surname = _by_sex(p, male, female, 2), _pick(p, family, 3)
    initial = _pick(p, _MIDDLE, 5)[0]
    if comma:
        return f"{surname.upper()}, {given} {initial}."
    return f"{given} {initial}. {surname}"


def _ph_sex(p: Person) -> str:
    return "M" if p.male else "F"


WRITERS_BLIND194: dict[str, Callable[[Person, Col], object]] = {
    # monks and nuns in the summer retreat
    "phap_danh194": lambda p, c: _by_sex(p, _PHAP_DANH_M, _PHAP_DANH_F, 2),
    "sangha_sex194": lambda p, c: "Tăng" if p.male else "Ni",
    "rank194": lambda p, c: _by_sex(p, _RANK_M, _RANK_F, 3),
    "ha_lap194": lambda p, c: str(max(1, (2026 - p.birth.year - 20) // 2)),
    "chua194": lambda p, c: _at(p, _CHUA)[0],
    "addr_chua194": lambda p, c: ", ".join(_at(p, _CHUA)[1:]),
    "truong_ha194": lambda p, c: _pick(p, _TRUONG_HA, 4),
    # victims of trafficking taken back
    "sex_ascii194": lambda p, c: "Nam" if p.male else "Nu",
    "addr_border194": lambda p, c: ", ".join(_at(p, _BORDER)),
    "country194": lambda p, c: _pick(p, _COUNTRIES, 2),
    "trafficked194": lambda p, c: _pick(p, _TRAFFICKED, 3),
    "receiver194": lambda p, c: _pick(p, _RECEIVERS, 4),
    "aid194": lambda p, c: f"{(3 + _num(p, 10)) * 500_000:,}".replace(",", "."),
    "kin194": lambda p, c: f"{_ascii(_other_vn(p, 5))} ({_pick(p, _KIN_ASCII, 6)})",
    "victim_day194": lambda p, c: f"{p.other_date + timedelta(days=7 + _num(p, 40)):%d/%m/%Y}",
    "kin_phone194": lambda p, c: _other_phone(p, "03"),
    # people with haemophilia
    "hemo_code194": lambda p, c: f"HEM-{p.bhxh[-5:]}",
    "hemo_type194": lambda p, c: _pick(p, _HEMO_TYPE, 2),
    "hemo_level194": lambda p, c: _pick(p, _HEMO_LEVEL, 3),
    "factor194": lambda p, c: f"{_num(p, 40) / 10:.1f}".replace(".", ","),
    "inhibitor194": lambda p, c: _pick(
        p, ("Âm tính", "Âm tính", "Dương tính (5 BU)", "Chưa XN"), 4
    ),
    "hemo_plan194": lambda p, c: _pick(p, _HEMO_PLAN, 5),
    "hemo_next194": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    # drilled wells tested for arsenic
    "addr_well194": lambda p, c: ", ".join(_at(p, _WELLS)),
    "well_depth194": lambda p, c: str(18 + _num(p, 40)),
    "well_year194": lambda p, c: str(1995 + _num(p, 28)),
    "arsenic194": lambda p, c: f"{_num(p, 120) * 1.7:.1f}".replace(".", ","),
    "manganese194": lambda p, c: f"{_num(p, 30) / 10:.2f}".replace(".", ","),
    "well_verdict194": lambda p, c: _pick(p, _WELL_VERDICT, 3),
    "sampler194": lambda p, c: _pick(p, _SAMPLERS, 4),
    # Philippines, shared
    "ph_sex194": lambda p, c: _ph_sex(p),
    "ph_phone194": lambda p, c: _ph_phone(p),
    "psn194": lambda p, c: _psn194(p),
    # Ilocos: tobacco growers
    "ilo_name194": lambda p, c: _ph_name(p, _ILO_FAMILY, _ILO_GIVEN_M, _ILO_GIVEN_F, True),
    "ilo_brgy194": lambda p, c: _at(p, _ILO)[0],
    "ilo_mun194": lambda p, c: _at(p, _ILO)[1],
    "ilo_grower194": lambda p, c: f"NTA-ISUR-{p.bhxh[-5:]}",
    "rsbsa194": lambda p, c: f"01-{_at(p, _ILO)[2]}-{p.bhxh[2:5]}-{p.bhxh[-6:]}",
    "tin194": lambda p, c: _tin(p),
    "tobacco194": lambda p, c: _pick(p, _TOBACCO, 4),
    "tobacco_ha194": lambda p, c: f"{0.25 * (1 + _num(p, 12)):.2f}",
    "tobacco_kg194": lambda p, c: f"{(8 + _num(p, 40)) * 50:,}",
    "buyer194": lambda p, c: _pick(p, _BUYERS, 5),
    # Central Visayas: FishR fisherfolk
    "fishr194": lambda p, c: f"07-{p.bhxh[:4]}-{p.other_date.year}-{p.bhxh[-5:]}",
    "ceb_family194": lambda p, c: _pick(p, _CEB_FAMILY, 3),
    "ceb_given194": lambda p, c: _by_sex(p, _CEB_GIVEN_M, _CEB_GIVEN_F, 2),
    "ceb_middle194": lambda p, c: _pick(p, _MIDDLE, 5),
    "ceb_sex194": lambda p, c: ("Lalaki" if p.male else "Babaye") if _num(p, 2) else _ph_sex(p),
    "ceb_birthplace194": lambda p, c: _pick(p, ("Daanbantayan, Cebu", "Bantayan", "Leyte"), 6),
    "ceb_sitio194": lambda p, c: _at(p, _CEB)[0],
    "ceb_brgy194": lambda p, c: _at(p, _CEB)[1],
    "ceb_mun194": lambda p, c: _at(p, _CEB)[2],
    "ceb_prov194": lambda p, c: _at(p, _CEB)[3],
    "philhealth194": lambda p, c: _philhealth(p),
    "ceb_boat194": lambda p, c: _pick(p, _BOATS, 4),
    "ceb_gear194": lambda p, c: _pick(p, _GEARS, 5),
    "ceb_civil194": lambda p, c: _pick(p, ("Minyo", "Ulitawo/Dalaga", "Biyudo/a", "Live-in"), 6),
    # Bicol: evacuees at Mayon's foot
    "bik_dafac194": lambda p, c: f"DAFAC-ALB-{p.bhxh[-6:]}",
    "bik_name194": lambda p, c: _ph_name(p, _BIK_FAMILY, _BIK_GIVEN_M, _BIK_GIVEN_F, False),
    "bik_sex194": lambda p, c: "Lalaki" if p.male else "Babayi",
    "bik_addr194": lambda p, c: f"Purok {1 + _num(p, 7)}, {', '.join(_at(p, _BIK)[:2])}, Albay",
    "bik_ec194": lambda p, c: _at(p, _BIK)[2],
    "bik_members194": lambda p, c: str(2 + _num(p, 8)),
    "bik_4ps194": lambda p, c: _pick(p, ("Iyo", "Dai", "Dai"), 4),
    "bik_vuln194": lambda p, c: _pick(p, ("", "Senior", "PWD", "Buntis", "Lactating", ""), 5),
    # BARMM: Marawi compensation claimants
    "mrn_claim_no194": lambda p, c: f"MCB-{p.other_date.year}-{p.bhxh[-6:]}",
    "mrn_name194": lambda p, c: _ph_name(p, _MRN_FAMILY, _MRN_GIVEN_M, _MRN_GIVEN_F, True),
    "mrn_brgy194": lambda p, c: _pick(p, _MRN_BRGY, 4),
    "mrn_now194": lambda p, c: (
        f"Brgy. {_pick(p, ('Sagonsongan', 'Boganga', 'Pagalamatan'), 5)}, Saguiaran, Lanao del Sur"
        if _num(p, 2)
        else f"Brgy. {_pick(p, _MRN_BRGY, 6)}, Marawi City, Lanao del Sur"
    ),
    "mrn_claim194": lambda p, c: _pick(p, _MRN_CLAIM, 3),
    "mrn_amount194": lambda p, c: f"₱{(40 + _num(p, 200)) * 12_500:,}.00",
    "mrn_status194": lambda p, c: _pick(p, _MRN_STATUS, 6),
    "mrn_sss194": lambda p, c: _sss(p) if _num(p, 3) != 1 else "N/A",
    "mrn_heir194": lambda p, c: _pick(p, ("", "Heir: spouse", "Heir: eldest son", ""), 7),
    # Cordillera: Benguet vegetable farmers
    "car_id194": lambda p, c: f"BAPTC-{p.other_date.year % 100:02d}-{p.bhxh[-5:]}",
    "car_family194": lambda p, c: _pick(p, _CAR_FAMILY, 3),
    "car_given194": lambda p, c: _by_sex(p, _CAR_GIVEN_M, _CAR_GIVEN_F, 2),
    "car_sitio194": lambda p, c: _at(p, _CAR)[0],
    "car_brgy194": lambda p, c: _at(p, _CAR)[1],
    "car_mun194": lambda p, c: _at(p, _CAR)[2],
    "car_tribe194": lambda p, c: _at(p, _CAR)[3],
    "car_rsbsa194": lambda p, c: f"14-11-{p.bhxh[2:4]}-{p.bhxh[4:7]}-{p.bhxh[-6:]}",
    "car_veg194": lambda p, c: _pick(p, _VEG, 4),
    "car_area194": lambda p, c: f"{0.1 * (1 + _num(p, 25)):.1f}",
    "car_assoc194": lambda p, c: _pick(p, _CAR_ASSOC, 5),
}
