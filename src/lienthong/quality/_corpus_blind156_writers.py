"""How the people of the hundred-and-fifty-sixth part of the outside corpus (**blind 156**,
:mod:`lienthong.quality._corpus_blind156`) are written: four Vietnamese files' own columns (a
forest owner's payment for forest environmental services, a palliative-care patient's diagnosis
and carer, a competence-test candidate's school and sitting, a household's water tank in a
drought) and Indonesian, Sabah, Bruneian, Mindanao and Singaporean names, addresses, phones and
identity numbers in the forms their cards show (the NIK with the birth date and 40 added to a
woman's day, the MyKad with a Sabah place-of-birth code and an odd or even last digit, the Brunei
IC with its colour, the PhilSys PSN in four groups, the NRIC with its check letter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FOREST = ("Tiểu khu 12", "Tiểu khu 27", "Tiểu khu 31A", "Tiểu khu 8")
_VN_PAYWAY = ("Tiền mặt", "Chuyển khoản", "Chuyển khoản", "Nhận qua tổ trưởng")
_VN_ICD = (
    "C22.0 - K gan nguyên phát",
    "C34.9 - K phổi",
    "C16.9 - K dạ dày",
    "C50.9 - K vú di căn",
    "B20 - HIV giai đoạn cuối",
    "N18.5 - Suy thận mạn GĐ 5",
)
_VN_CARER_REL = ("Vợ", "Chồng", "Con trai", "Con gái", "Con dâu", "Cháu")
_VN_DOCTORS = ("BS. Trần Thị Hạnh", "BSCKI Lê Minh Quân", "BS. Phạm Ngọc Yến", "ĐD. Võ Văn Tài")
_VN_HIGH = (
    ("THPT Nguyễn Thị Minh Khai", "02006"),
    ("THPT Trần Phú", "02041"),
    ("Thí sinh tự do", ""),
    ("THPT Gia Định", "02018"),
    ("TT GDNN-GDTX Q.Tân Bình", "02077"),
)
_VN_SITES = ("ĐH Bách khoa - CS Dĩ An", "ĐH KHXH&NV - Thủ Đức", "ĐH An Giang", "ĐH Quy Nhơn")
_VN_BT_XA = ("Xã Thạnh Phong", "Xã An Điền", "Xã Bình Thắng", "Xã Thừa Đức", "Xã Giao Thạnh")
_VN_AP = ("Ấp Thạnh Hải", "Ấp 4", "Ấp Giồng Chùa", "Ấp An Bình", "Ấp 2B")
_VN_TANK = ("Bồn nhựa 1.000 lít", "Bồn inox 1.500 lít", "Lu nhựa 500 lít", "Bồn nhựa 2.000 lít")
_VN_KIND = ("Hộ nghèo", "Hộ cận nghèo", "Gia đình chính sách", "Hộ khó khăn nguồn nước")

_ID_NAMES_M = ("Agus Salim", "Muhammad Rizki", "Bambang Sutrisno", "Ahmad Fauzi", "Slamet Riyadi")
_ID_NAMES_F = ("Siti Aminah", "Sri Wahyuni", "Nur Hidayah", "Dewi Lestari", "Khoiriyah")
_ID_FATHER = ("Abdul Karim", "Sukarno", "H. Mansyur", "Rahmat", "Suparman", "Moch. Ichsan")
_ID_PLACES = (
    ("357807", "Jl. Kenjeran Gg. III No. 12", "003/005", "Tambakrejo", "Simokerto", "Surabaya"),
    ("357801", "Jl. Ngagel Jaya Utara 41", "011/002", "Pucang Sewu", "Gubeng", "Surabaya"),
    ("351512", "Dsn. Krajan", "002/001", "Desa Wonoayu", "Wonoayu", "Kab. Sidoarjo"),
    ("352406", "Jl. Veteran No. 7", "004/003", "Sidoharjo", "Lamongan", "Kab. Lamongan"),
)
_ID_POB = ("Surabaya", "Sidoarjo", "Lamongan", "Gresik", "Madiun", "Kediri")
_ID_EMBARK = ("SUB", "SUB", "SOC", "JKG")
_ID_STATUS = ("Lunas Tunda", "Belum Lunas", "Lunas", "Batal - Meninggal")

_MY_NAMES_M = ("Jaimin bin Gamit", "Mohd Arif bin Sulaiman", "Joseph Gindol", "Wong Kah Leong")
_MY_NAMES_F = ("Juliana binti Jaimal", "Rosnah binti Ladin", "Mary Ann Sipin", "Chong Mei Ling")
_MY_ETHNIC = ("Kadazandusun", "Bajau", "Murut", "Cina", "Melayu Brunei", "Rungus")
_MY_PLACES = (
    ("Lot 23, Kg. Likas Baru", "88400", "Kota Kinabalu"),
    ("Blok C-2-5, Taman Foh Sang", "88300", "Kota Kinabalu"),
    ("Kg. Tombovo, Jalan Tuaran Bypass", "89208", "Tuaran"),
    ("Lorong Seri Mewah 3, Taman Seri Mewah", "89500", "Penampang"),
    ("Kg. Sembulan Tengah", "88100", "Kota Kinabalu"),
)
_MY_TRADE = ("Gerai makanan", "Tamu / pasar minggu", "Penjaja buah-buahan", "Kedai runcit")
_MY_SITE = ("Pasar Filipina Lot B12", "Tamu Gaya Street G-44", "Medan Selera Sinsuran 18")
_MY_STATUS = ("Lulus", "Dalam Proses", "Ditolak", "Lulus Bersyarat")

_BN_NAMES_M = ("Awang Haji Ismail bin Haji Omar", "Mohd Hafiz bin Abdullah", "Lim Chee Keong")
_BN_NAMES_F = ("Dayang Norhayati binti Haji Zainal", "Siti Khadijah binti Ahmad", "Tan Siew Lan")
_BN_PLACES = (
    ("No. 14, Simpang 45, Kg. Rimba", "Mukim Gadong 'B'", "Brunei-Muara", "BE3119"),
    ("No. 7, Spg 322-31, Kg. Sungai Akar", "Mukim Berakas 'A'", "Brunei-Muara", "BC3915"),
    ("Lot 88, Kg. Pekan Tutong", "Mukim Pekan Tutong", "Tutong", "TA1141"),
    ("No. 3, Jalan Maulana, Kg. Pandan", "Mukim Kuala Belait", "Belait", "KA1931"),
)
_BN_QUAL = ("Diploma HND", "SPN21 / GCE 'O'", "Ijazah Sarjana Muda", "Sijil Kemahiran IBTE")
_BN_FIELD = ("Pentadbiran", "Runcit", "Minyak & Gas", "Hospitaliti", "Pembinaan", "ICT")
_BN_EMPLOYER = ("Hua Ho Dept. Store", "Progresif Sdn Bhd", "-", "BSP (kontraktor)", "-")
_BN_STATUS = ("Ditempatkan", "Aktif mencari", "Temuduga", "Tidak aktif")

_PH_FAMILY = ("Dela Cruz", "Macaraeg", "Abdulla", "Cabahug", "Pangandaman", "Sumalinog")
_PH_GIVEN_M = ("Juan", "Rodel", "Jonathan", "Mohammad", "Rey Mark", "Arnel")
_PH_GIVEN_F = ("Maricel", "Jennylyn", "Norhaina", "Rowena", "Kristine Joy", "Analyn")
_PH_MIDDLE = ("Santos", "Bautista", "Ampatuan", "Villanueva", "Dimaporo", "Lumanog")
_PH_PLACES = (
    ("Purok 4", "Bago Aplaya", "Davao City", "Davao del Sur"),
    ("Purok Malinawon", "Apokon", "Tagum City", "Davao del Norte"),
    ("Sitio Lower Dapitan", "Mintal", "Davao City", "Davao del Sur"),
    ("Prk. 7 Sampaguita", "Poblacion", "Panabo City", "Davao del Norte"),
)
_PH_CIVIL = ("Single", "Married", "Widowed", "Live-in", "Separated")
_PH_IDS = ("Voter's ID", "Barangay Clearance", "Senior Citizen ID", "Postal ID", "UMID")
_PH_WORK = ("Declogging of canals", "Coastal clean-up", "Road clearing", "Tree planting")

_SG_NAMES_M = ("Tan Ah Kow", "Muhammad Farid bin Osman", "Rajendran s/o Muthu", "Lim Boon Huat")
_SG_NAMES_F = ("Lee Siew Hong", "Siti Zaleha bte Ahmad", "Kamala d/o Krishnan", "Goh Bee Lian")
_SG_RACE = ("Chinese", "Malay", "Indian", "Chinese", "Others")
_SG_LANG = ("Hokkien", "Teochew", "Malay", "Tamil", "Mandarin", "Cantonese", "English")
_SG_PLACES = (
    ("Blk 123 Ang Mo Kio Ave 3", "560123"),
    ("Blk 45 Bedok North St 3", "460045"),
    ("Blk 208 Toa Payoh North", "310208"),
    ("Blk 612 Jurong West St 65", "640612"),
    ("Blk 18 Marine Terrace", "440018"),
)
_SG_LIVING = ("Living alone", "With spouse", "With children", "With helper")
_SG_CHAS = ("Blue", "Orange", "Merdeka Generation", "Pioneer Generation", "Green")


def _nik(p: Person) -> str:
    """An Indonesian NIK: the district code, the birth date (day + 40 for a woman) as DDMMYY,
    a four-digit serial."""
    day = p.birth.day + (0 if p.male else 40)
    code = _place(p, _ID_PLACES)[0]
    return f"{code}{day:02d}{p.birth.month:02d}{p.birth.year % 100:02d}{_num(p, 9000) + 1:04d}"


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh[-3:]) % len(places)]


def _alamat(p: Person) -> str:
    _, street, rtrw, kel, kec, _city = _place(p, _ID_PLACES)
    return f"{street}, RT {rtrw[:3]} RW {rtrw[4:]}, Kel. {kel}, Kec. {kec}"


def _mykad(p: Person) -> str:
    """A MyKad born in Sabah (place code 12 or 47-49); the last digit odd for a man."""
    b = p.birth
    pb = _pick(p, ("12", "12", "47", "49"), 5)
    serial = _num(p, 900) + 100
    last = (int(p.bhxh[-1]) // 2) * 2 + (1 if p.male else 0)
    return f"{b.year % 100:02d}{b.month:02d}{b.day:02d}-{pb}-{serial:03d}{last}"


def _my_address(p: Person) -> str:
    line, postcode, town = _place(p, _MY_PLACES)
    return f"{line}, {postcode} {town}, Sabah"


def _bn_ic(p: Person) -> str:
    """A Brunei IC: 01 for a citizen (yellow card), 30 for a permanent resident (purple)."""
    return f"{_bn_prefix(p)}-{p.bhxh[-6:]}"


def _bn_prefix(p: Person) -> str:
    return "30" if int(p.bhxh[-2:]) % 5 == 0 else "01"


def _bn_address(p: Person) -> str:
    line, mukim, _, _ = _place(p, _BN_PLACES)
    return f"{line}, {mukim}"


def _psn(p: Person) -> str:
    """A PhilSys Number as the card shows it: sixteen digits in four groups."""
    digits = f"{p.bhxh}{p.phone[-6:]}"
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:12]}-{digits[12:]}"


def _nric(p: Person) -> str:
    """A Singapore NRIC: S (born before 2000) or T, seven digits, the weighted-mod-11 letter."""
    prefix = "T" if p.birth.year >= 2000 else "S"
    digits = f"{p.birth.year % 100:02d}{p.bhxh[-5:]}" if p.birth.year >= 1968 else p.bhxh[-7:]
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if prefix == "T" else 0
    return f"{prefix}{digits}{'JZIHGFEDCBA'[total % 11]}"


def _sg_phone(p: Person, lead: str = "9") -> str:
    return f"{lead}{p.phone[-7:-4]} {p.phone[-4:]}"


WRITERS_BLIND156: dict[str, Callable[[Person, Col], object]] = {
    "forest156": lambda p, c: _pick(p, _VN_FOREST, 1),
    "khoanh156": lambda p, c: f"Khoảnh {_num(p, 9)}, lô {chr(97 + _num(p, 6) - 1)}",
    "area156": lambda p, c: f"{_num(p, 150) / 10:.2f}".replace(".", ","),
    "rate156": lambda p, c: _pick(p, ("450.000", "520.000", "380.000"), 2),
    "money156": lambda p, c: f"{_num(p, 80) * 97_500:,}".replace(",", "."),
    "payway156": lambda p, c: _pick(p, _VN_PAYWAY, 3),
    "account156": lambda p, c: f"7{p.bhxh[::-1][:3]}20{p.bhxh[-7:]}",
    "head156": lambda p, c: _other_vn(p, 6, male=True),
    "patient156": lambda p, c: f"CSGN-{p.bhxh[-5:]}",
    "icd156": lambda p, c: _pick(p, _VN_ICD, 4),
    "pain156": lambda p, c: f"{_num(p, 10) - 1}/10",
    "ecog156": lambda p, c: f"ECOG {_num(p, 4)}",
    "carer156": lambda p, c: _other_vn(p, 7, family=p.family),
    "carer_rel156": lambda p, c: _pick(p, _VN_CARER_REL, 5),
    "carer_phone156": lambda p, c: _other_phone(p, "08"),
    "doctor156": lambda p, c: _pick(p, _VN_DOCTORS, 6),
    "sbd156": lambda p, c: f"DGNL{p.bhxh[-6:]}",
    "high156": lambda p, c: _pick(p, tuple(h for h, _ in _VN_HIGH), 2),
    "high_code156": lambda p, c: _pick(p, tuple(k for _, k in _VN_HIGH), 2),
    "site156": lambda p, c: _pick(p, _VN_SITES, 3),
    "sitting156": lambda p, c: _pick(p, ("Đợt 1 - 2025", "Đợt 2 - 2025"), 4),
    "room156": lambda p, c: f"P.{_num(p, 40):03d}",
    "score156": lambda p, c: f"{_num(p, 700) + 400}",
    "xa156": lambda p, c: _pick(p, _VN_BT_XA, 1),
    "ap156": lambda p, c: _pick(p, _VN_AP, 2),
    "members156": lambda p, c: f"{_num(p, 7)}",
    "kind156": lambda p, c: _pick(p, _VN_KIND, 3),
    "tank156": lambda p, c: _pick(p, _VN_TANK, 4),
    "proxy156": lambda p, c: "" if _num(p, 3) != 1 else _other_vn(p, 8),
    "sign156": lambda p, c: "",
    "nik_id156": lambda p, c: _nik(p),
    "name_id156": lambda p, c: _by_sex(p, _ID_NAMES_M, _ID_NAMES_F),
    "father_id156": lambda p, c: ("bin " if p.male else "binti ") + _pick(p, _ID_FATHER, 2),
    "pob_id156": lambda p, c: _pick(p, _ID_POB, 3),
    "sex_id156": lambda p, c: "L" if p.male else "P",
    "porsi_id156": lambda p, c: f"13{p.bhxh[-8:]}",
    "alamat_id156": lambda p, c: _alamat(p),
    "kota_id156": lambda p, c: _place(p, _ID_PLACES)[5],
    "phone_id156": lambda p, c: f"08{p.phone[1:3]}-{p.phone[3:7]}-{p.phone[7:]}{p.bhxh[-1]}",
    "embark_id156": lambda p, c: _pick(p, _ID_EMBARK, 4),
    "status_id156": lambda p, c: _pick(p, _ID_STATUS, 5),
    "mykad_my156": lambda p, c: _mykad(p),
    "name_my156": lambda p, c: _by_sex(p, _MY_NAMES_M, _MY_NAMES_F),
    "sex_my156": lambda p, c: "L" if p.male else "P",
    "ethnic_my156": lambda p, c: _pick(p, _MY_ETHNIC, 2),
    "address_my156": lambda p, c: _my_address(p),
    "postcode_my156": lambda p, c: _place(p, _MY_PLACES)[1],
    "daerah_my156": lambda p, c: _place(p, _MY_PLACES)[2],
    "phone_my156": lambda p, c: f"01{_pick(p, ('3', '9', '6', '1'), 3)}-{p.phone[-7:]}",
    "trade_my156": lambda p, c: _pick(p, _MY_TRADE, 4),
    "site_my156": lambda p, c: _pick(p, _MY_SITE, 5),
    "licence_my156": lambda p, c: f"DBKK/PJ/{p.bhxh[-5:]}/2025",
    "fee_my156": lambda p, c: f"{_num(p, 6) * 60:.2f}",
    "status_my156": lambda p, c: _pick(p, _MY_STATUS, 6),
    "ic_bn156": lambda p, c: _bn_ic(p),
    "colour_bn156": lambda p, c: "Ungu" if _bn_prefix(p) == "30" else "Kuning",
    "name_bn156": lambda p, c: _by_sex(p, _BN_NAMES_M, _BN_NAMES_F),
    "sex_bn156": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "addr_bn156": lambda p, c: _bn_address(p),
    "daerah_bn156": lambda p, c: _place(p, _BN_PLACES)[2],
    "poskod_bn156": lambda p, c: _place(p, _BN_PLACES)[3],
    "phone_bn156": lambda p, c: f"+673 {_pick(p, ('8', '7'), 2)}{p.phone[-6:-4]} {p.phone[-4:]}",
    "qual_bn156": lambda p, c: _pick(p, _BN_QUAL, 3),
    "field_bn156": lambda p, c: _pick(p, _BN_FIELD, 4),
    "employer_bn156": lambda p, c: _pick(p, _BN_EMPLOYER, 5),
    "status_bn156": lambda p, c: _pick(p, _BN_STATUS, 6),
    "officer_bn156": lambda p, c: _pick(p, ("Pg. Hjh. Noraini", "Dk. Siti Rozaimah", "Awg. Rizal")),
    "ph_family156": lambda p, c: _pick(p, _PH_FAMILY, 1),
    "ph_given156": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 2),
    "ph_middle156": lambda p, c: _pick(p, _PH_MIDDLE, 3),
    "ph_ext156": lambda p, c: "" if not p.male or _num(p, 5) != 2 else "Jr.",
    "sex_ph156": lambda p, c: "Male" if p.male else "Female",
    "civil_ph156": lambda p, c: _pick(p, _PH_CIVIL, 4),
    "purok_ph156": lambda p, c: _place(p, _PH_PLACES)[0],
    "brgy_ph156": lambda p, c: _place(p, _PH_PLACES)[1],
    "city_ph156": lambda p, c: _place(p, _PH_PLACES)[2],
    "prov_ph156": lambda p, c: _place(p, _PH_PLACES)[3],
    "psn_ph156": lambda p, c: _psn(p),
    "phone_ph156": lambda p, c: f"09{p.phone[1:3]} {p.phone[3:6]} {p.phone[6:]}",
    "idtype_ph156": lambda p, c: _pick(p, _PH_IDS, 5),
    "idno_ph156": lambda p, c: f"{p.cmnd[:4]}-{p.cmnd[4:]}",
    "work_ph156": lambda p, c: _pick(p, _PH_WORK, 6),
    "benef_ph156": lambda p, c: f"{_pick(p, _PH_GIVEN_M, 7)} {_pick(p, _PH_FAMILY, 1)}",
    "wage_ph156": lambda p, c: f"{_num(p, 10) * 481:,}.00",
    "nric_sg156": lambda p, c: _nric(p),
    "name_sg156": lambda p, c: _by_sex(p, _SG_NAMES_M, _SG_NAMES_F),
    "sex_sg156": lambda p, c: "M" if p.male else "F",
    "race_sg156": lambda p, c: _pick(p, _SG_RACE, 2),
    "lang_sg156": lambda p, c: _pick(p, _SG_LANG, 3),
    "street_sg156": lambda p, c: _place(p, _SG_PLACES)[0],
    "unit_sg156": lambda p, c: f"#{_num(p, 14) + 1:02d}-{p.bhxh[-3:]}",
    "postal_sg156": lambda p, c: _place(p, _SG_PLACES)[1],
    "phone_sg156": lambda p, c: _sg_phone(p, _pick(p, ("9", "8", "6"), 4)),
    "living_sg156": lambda p, c: _pick(p, _SG_LIVING, 5),
    "nok_sg156": lambda p, c: _pick(p, ("Tan Wei Ming", "Nur Aisyah", "Suresh Kumar"), 6),
    "nok_rel_sg156": lambda p, c: _pick(p, ("Son", "Daughter", "Niece", "Spouse"), 7),
    "nok_phone_sg156": lambda p, c: f"8{p.bhxh[1:4]} {p.bhxh[4:8]}",
    "chas_sg156": lambda p, c: _pick(p, _SG_CHAS, 8),
}

__all__ = ["WRITERS_BLIND156"]
