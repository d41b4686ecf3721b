"""How the people of the hundred-and-seventeenth part of the outside corpus (**blind 117**,
:mod:`lienthong.quality._corpus_blind117`) are written: four Vietnamese files' own columns (a
ward's signature-authentication book, a university's admission applicants, a factory's periodic
health check, a trade union's spring trains home for Tết) and Indonesian, Philippine, Thai,
Cambodian and Bruneian names, addresses, phones and identity numbers in the forms their cards
show (the NIK with the birth day inside, plus 40 for a woman; the PhilSys PSN; the Thai 13-digit
number with its check digit and Buddhist-era dates; the Khmer ID card number; the Brunei IC)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_PAPERS = (
    "Giấy ủy quyền",
    "Bản cam kết tài sản riêng",
    "Tờ khai nhận di sản",
    "Giấy xác nhận thu nhập",
    "Đơn đề nghị (bản dịch)",
)
_VN_SIGNERS = ("Phó Chủ tịch UBND phường", "Chủ tịch UBND phường", "Công chức Tư pháp - HT")
_VN_PRIORITY_AREA = ("KV1", "KV2-NT", "KV2", "KV3", "KV2-NT")
_VN_COMBOS = ("A00", "A01", "B00", "C00", "D01", "D07")
_VN_MAJORS = (
    ("7480201", "Công nghệ thông tin"),
    ("7340101", "Quản trị kinh doanh"),
    ("7720101", "Y khoa"),
    ("7220201", "Ngôn ngữ Anh"),
    ("7580201", "Kỹ thuật xây dựng"),
)
_VN_HIGH_SCHOOLS = ("THPT Lê Quý Đôn", "THPT Nguyễn Trãi", "THPT chuyên Lê Hồng Phong")
_VN_DEPTS = ("Tổ May 3", "Xưởng Cắt", "Kho thành phẩm", "Tổ Hoàn thiện", "Phòng QC")
_VN_HEALTH = ("Loại I", "Loại II", "Loại II", "Loại III", "Loại IV")
_VN_CONCLUSION = (
    "Đủ sức khỏe làm việc",
    "Đủ SK, theo dõi huyết áp",
    "Đủ SK, cận thị cần đeo kính",
    "Đủ SK, khám lại chuyên khoa",
)
_VN_DOCTORS = ("BS. Trần Văn Hậu", "BS CKI Lê Thị Mai", "ThS.BS Phạm Quốc Khánh")
_VN_FIRMS = (
    "Cty TNHH Pouyuen VN",
    "Cty TNHH Changshin VN",
    "Cty CP May Việt Tiến",
    "Cty TNHH Nidec Sankyo",
)
_VN_HOMES = ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Ngãi", "Hải Dương")
_VN_STATIONS = ("Ga Thanh Hóa", "Ga Vinh", "Ga Yên Trung", "Ga Đồng Hới", "Ga Quảng Ngãi")

_ID_PLACES = (
    ("JL. CIHAMPELAS NO. 112", "CIPAGANTI", "COBLONG", "327302", "BANDUNG"),
    ("GG. MAWAR II NO. 7", "SUKALUYU", "CIBEUNYING KALER", "327316", "GARUT"),
    ("JL. KALIURANG KM 5,5", "CATURTUNGGAL", "DEPOK", "340404", "SLEMAN"),
    ("PERUM GRIYA ASRI BLOK C2/14", "SUMBERSARI", "LOWOKWARU", "357305", "MALANG"),
    ("DUSUN KRAJAN RT 02", "SUMBERREJO", "PAKIS", "350721", "KEDIRI"),
)
_ID_FAMILY = ("SANTOSO", "HIDAYAT", "SETIAWAN", "KURNIAWAN", "WIBOWO", "NURHALIZA", "SAPUTRA")
_ID_GIVEN_M = ("AHMAD", "BUDI", "DEDI", "AGUS", "RUDI HARTONO", "MUHAMMAD RIZKI")
_ID_GIVEN_F = ("SITI", "DEWI", "SRI WAHYUNI", "RINA", "NUR AINI", "PUTRI AYU")
_PH_PLACES = (
    ("Blk 4 Lot 12 Sampaguita St.", "Brgy. San Isidro", "Antipolo City", "Rizal"),
    ("123 Rizal Ave.", "Brgy. 45", "Tacloban City", "Leyte"),
    ("Purok 3", "Brgy. Poblacion", "Tagum City", "Davao del Norte"),
    ("56-B Mabini St.", "Brgy. Lahug", "Cebu City", "Cebu"),
    ("Sitio Malinis", "Brgy. Bagong Silang", "Calamba City", "Laguna"),
)
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva")
_PH_GIVEN_M = ("Juan Carlo", "Mark Anthony", "Jose", "Rodel", "John Paul")
_PH_GIVEN_F = ("Maria Cristina", "Jennifer", "Rowena", "Mary Joy", "Analyn")
_PH_MIDDLE = ("Aquino", "Ramos", "Torres", "Navarro", "Castillo", "Flores")
_TH_PLACES = (
    ("45/2 หมู่ 3 ต.หนองหาร อ.สันทราย จ.เชียงใหม่", "50290"),
    ("112 หมู่ 7 ต.บ้านเป็ด อ.เมืองขอนแก่น จ.ขอนแก่น", "40000"),
    ("9/14 ซ.ลาดพร้าว 64 แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพมหานคร", "10310"),
    ("78 หมู่ 1 ต.ท่าช้าง อ.เมืองนครราชสีมา จ.นครราชสีมา", "30000"),
    ("3 ถ.ราษฎร์อุทิศ ต.หาดใหญ่ อ.หาดใหญ่ จ.สงขลา", "90110"),
)
_TH_FAMILY = ("ศรีสุข", "ใจดี", "แก้วมณี", "บุญมา", "ทองคำ", "สมบูรณ์ชัย", "วงศ์สวัสดิ์")
_TH_GIVEN_M = ("สมชาย", "ประเสริฐ", "วิชัย", "สุรเชษฐ์", "อนุชา", "ธนากร")
_TH_GIVEN_F = ("สมหญิง", "มาลี", "วันเพ็ญ", "กาญจนา", "สุภาพร", "นงลักษณ์")
_TH_JOBS = ("เกษตรกร", "ค้าขาย", "รับจ้างทั่วไป", "ขับรถจักรยานยนต์รับจ้าง", "แม่บ้าน")
_KH_PLACES = (
    ("ភូមិត្រពាំងឈូក", "សង្កាត់ទឹកថ្លា", "ខណ្ឌសែនសុខ", "រាជធានីភ្នំពេញ"),
    ("ភូមិព្រែកតាកូវ", "ឃុំព្រែកលួង", "ស្រុកស្អាង", "ខេត្តកណ្ដាល"),
    ("ភូមិចំការដូង", "សង្កាត់ចោមចៅ", "ខណ្ឌពោធិ៍សែនជ័យ", "រាជធានីភ្នំពេញ"),
    ("ភូមិស្វាយធំ", "ឃុំស្វាយធំ", "ស្រុកខ្សាច់កណ្ដាល", "ខេត្តកណ្ដាល"),
)
_KH_FAMILY = ("សុខ", "ចាន់", "ហេង", "លី", "គឹម", "ស៊ុន")
_KH_FAMILY_LATIN = ("SOK", "CHAN", "HENG", "LY", "KIM", "SUN")
_KH_GIVEN_M = ("ដារ៉ា", "វិចិត្រ", "សុភា", "រតនា", "បុប្ផា")
_KH_GIVEN_M_LATIN = ("DARA", "VICHET", "SOPHEA", "RATANA", "BOPHA")
_KH_GIVEN_F = ("ស្រីនិច", "សុភាព", "ចន្ថា", "ស្រីមុំ", "ធីតា")
_KH_GIVEN_F_LATIN = ("SREYNICH", "SOPHEAP", "CHANTHA", "SREYMOM", "THIDA")
_KH_BIRTHPLACES = ("ខេត្តព្រៃវែង", "ខេត្តស្វាយរៀង", "ខេត្តតាកែវ", "ខេត្តកំពង់ចាម")
_KH_POSTS = ("Sewing Operator", "Line Leader", "QC Inspector", "Ironing", "Packing")
_BN_PLACES = (
    ("No. 12, Simpang 45, Jalan Tutong, Kg. Tasek Meradun", "Brunei-Muara", "BF1720"),
    ("No. 7, Spg 88-2, Kg. Rimba", "Brunei-Muara", "BE3119"),
    ("Lot 214, Kg. Seria Lama", "Belait", "KB1133"),
    ("No. 33, Jalan Bunga Melur, Kg. Pekan Tutong", "Tutong", "TA1141"),
    ("RPN Kg. Lugu, Blok D No. 9", "Brunei-Muara", "BF2920"),
)
_BN_FAMILY = ("Abdul Rahman", "Haji Ali", "Mohd Yusof", "Hassan", "Awang Damit", "Ismail")
_BN_GIVEN_M = ("Muhammad Hafiz", "Awang Khairul", "Mohd Rizal", "Pengiran Amir", "Haziq")
_BN_GIVEN_F = ("Nurul Ain", "Dayang Siti Aminah", "Norhayati", "Hajah Rosnah", "Aqilah")
_BN_EMPLOYERS = ("Kementerian Pendidikan", "Brunei Shell Petroleum", "Swasta", "Tidak bekerja")


def _place(p: Person, places: tuple[_T, ...]) -> _T:
    return places[int(p.bhxh) // 13 % len(places)]


def _nik(p: Person) -> str:
    """An Indonesian NIK: the kecamatan's six digits, the birth day (plus 40 for a woman), the
    month and two-digit year, and a four-digit serial."""
    day = p.birth.day + (0 if p.male else 40)
    return f"{_place(p, _ID_PLACES)[3]}{day:02d}{p.birth:%m%y}{p.bhxh[-4:]}"


def _nkk(p: Person) -> str:
    """The family card (KK) number: the same region, the day the card was printed, a serial."""
    return f"{_place(p, _ID_PLACES)[3]}{p.other_date:%d%m%y}{p.bhxh[2:6]}"


def _psn(p: Person) -> str:
    """A PhilSys Number as the ID shows it, ``1234-5678-9012``."""
    digits = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}{p.phone[-1]}"
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"


def _khmer_id(p: Person) -> str:
    """A Khmer national ID card number: nine digits, the first two the issuing province."""
    return f"{_pick(p, ('01', '08', '02', '14', '03'), 3)}{p.bhxh[3:10]}"


def _brunei_ic(p: Person) -> str:
    """A Brunei IC ``00-123456`` (yellow card, citizen) or ``30-123456`` (purple, resident)."""
    lead = "00" if int(p.bhxh) % 5 else "30"
    if int(p.bhxh) % 7 == 0:
        lead = "01"
    return f"{lead}-{p.bhxh[-6:]}"


def _khmer_name(p: Person) -> str:
    return f"{_pick(p, _KH_FAMILY, 2)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 1)}"


WRITERS_BLIND117: dict[str, Callable[[Person, Col], object]] = {
    "certno117": lambda p, c: f"{_num(p, 900) + 10}/{p.other_date.year}/SCT/CK",
    "paper117": lambda p, c: _pick(p, _VN_PAPERS, 2),
    "signer117": lambda p, c: f"{_other_vn(p, 3)} - {_pick(p, _VN_SIGNERS, 4)}",
    "fee117": lambda p, c: _pick(p, ("10.000", "10.000", "20.000", "Miễn"), 5),
    "sbd117": lambda p, c: f"0201{p.bhxh[-4:]}",
    "hs_code117": lambda p, c: f"02{p.bhxh[4:7]}",
    "hs_name117": lambda p, c: _pick(p, _VN_HIGH_SCHOOLS, 3),
    "area117": lambda p, c: _pick(p, _VN_PRIORITY_AREA, 4),
    "object117": lambda p, c: _pick(p, ("", "", "01", "06", ""), 5),
    "combo117": lambda p, c: _pick(p, _VN_COMBOS, 6),
    "score117": lambda p, c: f"{18 + _num(p, 100) / 10:.2f}".replace(".", ","),
    "major_code117": lambda p, c: _place(p, _VN_MAJORS)[0],
    "major117": lambda p, c: _place(p, _VN_MAJORS)[1],
    "wish117": lambda p, c: str(_num(p, 5)),
    "empno117": lambda p, c: f"NV{p.bhxh[-5:]}",
    "dept117": lambda p, c: _pick(p, _VN_DEPTS, 2),
    "height117": lambda p, c: str(150 + _num(p, 25)),
    "weight117": lambda p, c: str(45 + _num(p, 30)),
    "bp117": lambda p, c: f"{105 + _num(p, 40)}/{65 + _num(p, 25)}",
    "class117": lambda p, c: _pick(p, _VN_HEALTH, 3),
    "concl117": lambda p, c: _pick(p, _VN_CONCLUSION, 4),
    "doctor117": lambda p, c: _pick(p, _VN_DOCTORS, 5),
    "firm117": lambda p, c: _pick(p, _VN_FIRMS, 2),
    "hometown117": lambda p, c: _pick(p, _VN_HOMES, 3),
    "station117": lambda p, c: _pick(p, _VN_STATIONS, 3),
    "seat117": lambda p, c: f"Toa {_num(p, 12)} - ghế {_num(p, 64)}",
    "companion117": lambda p, c: _pick(p, ("0", "1", "2", "1"), 4),
    "kin117": lambda p, c: _other_vn(p, 6),
    "kin_phone117": lambda p, c: _other_phone(p, "097"),
    "nkk_id117": lambda p, c: _nkk(p),
    "nik_id117": lambda p, c: _nik(p),
    "name_id117": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}"
    ),
    "pob_id117": lambda p, c: _pick(p, ("BANDUNG", "GARUT", "SURABAYA", "JAKARTA", "BLITAR"), 3),
    "marital_id117": lambda p, c: _pick(p, ("B", "S", "S", "P"), 4),
    "sex_id117": lambda p, c: "L" if p.male else "P",
    "street_id117": lambda p, c: _place(p, _ID_PLACES)[0],
    "rt_id117": lambda p, c: f"{_num(p, 12):03d}",
    "rw_id117": lambda p, c: f"{_num(p, 8):03d}",
    "kel_id117": lambda p, c: _place(p, _ID_PLACES)[1],
    "kec_id117": lambda p, c: _place(p, _ID_PLACES)[2],
    "disab_id117": lambda p, c: _pick(p, ("", "", "", "", "1", "3"), 5),
    "tps_id117": lambda p, c: f"TPS {_num(p, 40):03d}",
    "note_id117": lambda p, c: _pick(p, ("", "", "BARU", "UBAH DATA", "", "PEMILIH PEMULA"), 6),
    "psn_ph117": lambda p, c: _psn(p),
    "spid_ph117": lambda p, c: f"SP-2025-{p.bhxh[-5:]}",
    "family_ph117": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "given_ph117": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "middle_ph117": lambda p, c: _pick(p, _PH_MIDDLE, 3),
    "sex_ph117": lambda p, c: "M" if p.male else "F",
    "street_ph117": lambda p, c: _place(p, _PH_PLACES)[0],
    "brgy_ph117": lambda p, c: _place(p, _PH_PLACES)[1],
    "city_ph117": lambda p, c: _place(p, _PH_PLACES)[2],
    "prov_ph117": lambda p, c: _place(p, _PH_PLACES)[3],
    "phone_ph117": lambda p, c: f"+63 9{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "cat_ph117": lambda p, c: _pick(p, ("a1 - Widow/er", "a5 - Separated", "a10 - Unmarried"), 4),
    "kids_ph117": lambda p, c: str(_num(p, 4)),
    "child_ph117": lambda p, c: f"{_pick(p, _PH_GIVEN_F, 5)} {_pick(p, _PH_FAMILY, 2)}",
    "swo_ph117": lambda p, c: _pick(p, ("Ma. Luisa Tan, RSW", "Edgardo Lim, RSW"), 6),
    "pid_th117": lambda p, c: _thai_pid(p).replace("-", ""),
    "title_th117": lambda p, c: "นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 2),
    "given_th117": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "family_th117": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "birth_th117": lambda p, c: _thai_date(p.birth),
    "job_th117": lambda p, c: _pick(p, _TH_JOBS, 3),
    "option_th117": lambda p, c: _pick(p, ("ทางเลือกที่ 1", "ทางเลือกที่ 2", "ทางเลือกที่ 3"), 4),
    "dues_th117": lambda p, c: _pick(p, ("70", "100", "300"), 4),
    "addr_th117": lambda p, c: _place(p, _TH_PLACES)[0],
    "post_th117": lambda p, c: _place(p, _TH_PLACES)[1],
    "phone_th117": lambda p, c: f"08{p.phone[3]}-{p.phone[4:7]}-{p.phone[7:10]}",
    "applied_th117": lambda p, c: _thai_date(p.other_date),
    "benef_th117": lambda p, c: (
        f"{_by_sex(p, _TH_GIVEN_F, _TH_GIVEN_M, 5)} {_pick(p, _TH_FAMILY, 2)} (คู่สมรส)"
    ),
    "id_kh117": lambda p, c: _khmer_id(p),
    "name_kh117": lambda p, c: _khmer_name(p),
    "latin_kh117": lambda p, c: (
        f"{_pick(p, _KH_FAMILY_LATIN, 2)} {_by_sex(p, _KH_GIVEN_M_LATIN, _KH_GIVEN_F_LATIN, 1)}"
    ),
    "sex_kh117": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "pob_kh117": lambda p, c: _pick(p, _KH_BIRTHPLACES, 3),
    "addr_kh117": lambda p, c: ", ".join(_place(p, _KH_PLACES)),
    "phone_kh117": lambda p, c: (
        f"0{_pick(p, ('12', '15', '96', '88'), 2)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "nssf_kh117": lambda p, c: f"NSSF-{p.bhxh[:9]}",
    "post_kh117": lambda p, c: _pick(p, _KH_POSTS, 4),
    "wage_kh117": lambda p, c: f"{208 + _num(p, 60)}.00",
    "bank_kh117": lambda p, c: f"ABA {p.bhxh[1:4]} {p.bhxh[4:7]} {p.bhxh[7:10]}",
    "ic_bn117": lambda p, c: _brunei_ic(p),
    "colour_bn117": lambda p, c: "Ungu" if _brunei_ic(p).startswith("30") else "Kuning",
    "name_bn117": lambda p, c: (
        f"{_by_sex(p, _BN_GIVEN_M, _BN_GIVEN_F, 1)} {'bin' if p.male else 'binti'} "
        f"{_pick(p, _BN_FAMILY, 2)}"
    ),
    "sex_bn117": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "addr_bn117": lambda p, c: _place(p, _BN_PLACES)[0],
    "daerah_bn117": lambda p, c: _place(p, _BN_PLACES)[1],
    "poskod_bn117": lambda p, c: _place(p, _BN_PLACES)[2],
    "phone_bn117": lambda p, c: f"+673 {_pick(p, ('8', '7', '2'), 3)}{p.phone[4:10]}",
    "spouse_bn117": lambda p, c: (
        f"{_by_sex(p, _BN_GIVEN_F, _BN_GIVEN_M, 4)} {_pick(p, _BN_FAMILY, 5)}"
    ),
    "spouse_ic_bn117": lambda p, c: f"01-{p.bhxh[2:8]}",
    "income_bn117": lambda p, c: f"{(_num(p, 40) + 8) * 100:,}.00",
    "employer_bn117": lambda p, c: _pick(p, _BN_EMPLOYERS, 3),
    "status_bn117": lambda p, c: _pick(
        p, ("Dalam proses", "Layak", "Ditawarkan", "Tidak layak"), 6
    ),
}
