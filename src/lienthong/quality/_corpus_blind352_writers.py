"""How the people of the three-hundred-and-fifty-second part of the outside corpus (**blind 352**,
:mod:`lienthong.quality._corpus_blind352`) are written: a commune health station's antenatal
visits, its TB patients on directly observed treatment, its monthly psychiatric drug round and a
hepatitis B screening day; and five South-East Asian health exports (a Thai JHCIS screening list,
a PhilHealth Konsulta roster, a BPJS Kesehatan participant list, a Malaysian klinik kesihatan
appointment list and a Brunei BruHIMS extract)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind117_writers import _brunei_ic, _nik
from lienthong.quality._corpus_blind194_writers import _philhealth, _psn194

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# --- Vietnamese: antenatal visits at a commune health station
_VISITS: _T = ("Lần 1 (3 tháng đầu)", "Lần 2", "Lần 3", "Lần 4 (3 tháng cuối)", "Lần 5")
_TT: _T = ("UV1", "UV2", "Nhắc lại", "Đủ liều", "Chưa tiêm")
_RISK: _T = ("Bình thường", "Thiếu máu nhẹ", "THA thai kỳ - chuyển tuyến", "Ngôi ngược", "")
_MIDWIVES: _T = ("NHS Lò Thị Hiền", "YS Trần Thị Bích", "NHS Phạm Thị Lan", "BS Đỗ Văn Hùng")

# --- Vietnamese: TB patients on DOT
_TB_CLASS: _T = ("AFB(+) mới", "Tái phát", "AFB(-)", "Lao ngoài phổi", "Thất bại điều trị")
_REGIMEN: _T = ("2RHZE/4RHE", "2RHZE/4RH", "6RHZE", "2RHZE/10RHE", "BPaLM")
_SMEAR: _T = ("Âm tính", "Âm tính", "1+", "Chưa XN", "Âm tính (GeneXpert)")
_DOT_REL: _T = ("Vợ", "Chồng", "Con", "Cán bộ y tế thôn", "Mẹ", "Em gái")

# --- Vietnamese: psychiatric drug round
_ICD: _T = ("F20.0 - TTPL thể paranoid", "G40 - Động kinh", "F20.9", "F31 - RLCX lưỡng cực",
            "F32.2 - Trầm cảm nặng")  # fmt: skip
_DRUGS: _T = ("Haloperidol 1,5mg", "Olanzapin 10mg", "Depakine 200mg", "Risperidon 2mg",
              "Phenobarbital 100mg", "Aminazin 25mg")  # fmt: skip
_MSTATUS: _T = ("Ổn định", "Ổn định, lao động được", "Chưa ổn định", "Bỏ thuốc", "Tái phát")
_GUARD_REL: _T = ("mẹ", "bố", "vợ", "chồng", "anh trai", "chị gái")

# --- Vietnamese: hepatitis B screening
_WORK: _T = ("Công ty TNHH Pouyuen", "Trường THCS Tân Phú", "Chợ Bình Tây", "Tự do",
             "UBND phường", "Hưu trí")  # fmt: skip
_VAC: _T = ("Có (đủ 3 mũi)", "Không", "Không nhớ", "Có (1 mũi)")
_HBSAG: _T = ("Âm tính", "Âm tính", "Âm tính", "Dương tính", "Âm tính", "Nghi ngờ")
_SITES: _T = ("TYT phường", "Điểm NVH khu phố 3", "Nhà văn hóa KP5", "Trường TH Kim Đồng")

# --- Thailand
_TH_TITLE_M: _T = ("นาย", "ด.ช.")
_TH_TITLE_F: _T = ("นาง", "นางสาว", "ด.ญ.")
_TH_GIVEN_M: _T = ("สมชาย", "ประเสริฐ", "วิชัย", "สุรชัย", "อนันต์", "ธนากร")
_TH_GIVEN_F: _T = ("สมหญิง", "มาลี", "วันเพ็ญ", "กาญจนา", "สุดารัตน์", "ปราณี")
_TH_FAMILY: _T = ("ใจดี", "ศรีสุข", "บุญมา", "แก้วมณี", "ทองคำ", "สายสุวรรณ", "พรหมมา")
_TH_PLACES: tuple[_T, ...] = (
    ("บ้านหนองบัว", "หนองบัว", "เมืองอุดรธานี", "อุดรธานี", "41000"),
    ("บ้านป่าแดด", "ป่าแดด", "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    ("บ้านโคกสูง", "โคกสูง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    ("บ้านท่าช้าง", "ท่าช้าง", "บางกล่ำ", "สงขลา", "90110"),
    ("บ้านนาดี", "นาดี", "เมืองสุรินทร์", "สุรินทร์", "32000"),
)
_TH_RIGHT: _T = ("UCS (บัตรทอง)", "ประกันสังคม", "ข้าราชการ", "UCS (บัตรทอง)", "อปท.")
_TH_VHV: _T = ("อสม.สมศรี บุญมี", "อสม.ทองใบ แก้วดี", "อสม.บุญเรือน ศรีสุข", "อสม.จันทร์ ทองดี")

# --- Philippines
_PH_GIVEN_M: _T = ("Juan Carlos", "Mark Anthony", "Jose", "Rodel", "John Paul")
_PH_GIVEN_F: _T = ("Maria Cristina", "Jennylyn", "Rowena", "Ma. Theresa", "Angelica")
_PH_FAMILY: _T = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza")
_PH_MIDDLE: _T = ("Garcia", "Ramos", "Aquino", "Torres", "Castillo")
_PH_PLACES: tuple[_T, ...] = (
    ("Brgy. San Isidro", "Antipolo City", "Rizal"),
    ("Brgy. Poblacion", "Tagum City", "Davao del Norte"),
    ("Brgy. Lahug", "Cebu City", "Cebu"),
    ("Brgy. Bagong Silang", "Caloocan City", "Metro Manila"),
)
_PH_CAT: _T = ("Indirect - 4Ps/NHTS", "Direct - Employed Private", "Indirect - Senior Citizen",
               "Direct - Kasambahay", "Indirect - LGU Sponsored")  # fmt: skip
_PH_KPP: _T = ("Brgy. Health Station San Isidro", "RHU I Tagum", "Lahug Health Center")

# --- Indonesia
_ID_GIVEN_M: _T = ("Budi Santoso", "Agus Setiawan", "Muhammad Rizki", "Dedi Kurniawan")
_ID_GIVEN_F: _T = ("Siti Rahayu", "Dewi Lestari", "Sri Wahyuni", "Nur Aini")
_ID_ADDR: tuple[_T, ...] = (
    ("Jl. Melati No. 12", "003/005", "Sukamaju", "Cibinong", "Kab. Bogor"),
    ("Dusun Krajan", "001/002", "Sumbersari", "Sumbersari", "Kab. Jember"),
    ("Jl. Kenanga Gg. II No. 7", "004/011", "Tegalsari", "Tegalsari", "Kota Surabaya"),
    ("Perum Griya Asri Blok C-9", "002/008", "Mekarsari", "Tambun Selatan", "Kab. Bekasi"),
)
_ID_FASKES: _T = ("Puskesmas Cibinong", "Klinik Pratama Medika", "dr. Hendra Wijaya",
                  "Puskesmas Sumbersari")  # fmt: skip
_ID_SEG: _T = ("PBI APBN", "PBI APBD", "PPU - Swasta", "PBPU", "BP - Pensiunan")

# --- Malaysia
_MY_NAMES_M: _T = ("Muhammad Faizal bin Abdullah", "Tan Wei Ming", "Rajesh a/l Muniandy",
                   "Ahmad Zaki bin Osman")  # fmt: skip
_MY_NAMES_F: _T = ("Nur Syafiqah binti Ismail", "Lim Mei Ling", "Kavitha a/p Subramaniam",
                   "Siti Hajar binti Yusof")  # fmt: skip
_MY_PLACES: tuple[_T, ...] = (
    ("No. 12, Jalan Mawar 3, Taman Sri Mawar", "43000", "Kajang", "Selangor", "10"),
    ("Lot 455, Kampung Padang Lalang", "08000", "Sungai Petani", "Kedah", "02"),
    ("No. 7, Lorong Kenari 2, Taman Kenari", "14000", "Bukit Mertajam", "Pulau Pinang", "07"),
    ("No. 21, Jalan Putra 5, Taman Putra", "81200", "Johor Bahru", "Johor", "01"),
)
_MY_CLINIC: _T = ("Pemeriksaan Diabetes", "Klinik Ibu & Anak", "Susulan Hipertensi",
                  "Rawatan Pergigian", "Saringan Kesihatan (KOSPEN)")  # fmt: skip
_MY_RACE: _T = ("Melayu", "Cina", "India", "Melayu", "Lain-lain")
_MY_KIN: _T = ("Isteri", "Suami", "Anak", "Ibu", "Bapa")

# --- Brunei
_BN_NAMES_M: _T = ("Awang Mohd Hafiz bin Haji Ali", "Pengiran Amir bin Pengiran Hashim",
                   "Muhammad Syafiq bin Abdul Rahman")  # fmt: skip
_BN_NAMES_F: _T = ("Dayang Nurul Ain binti Hassan", "Hajah Rosnah binti Ismail",
                   "Siti Aqilah binti Awang Damit")  # fmt: skip
_BN_PLACES: tuple[_T, ...] = (
    ("Simpang 34-1, Kampong Rimba", "Mukim Gadong B", "Brunei-Muara", "BE3119"),
    ("No. 9, Kampong Pekan Tutong", "Mukim Pekan Tutong", "Tutong", "TA1141"),
    ("Lot 22, Kampong Lumut", "Mukim Liang", "Belait", "KC2333"),
    ("RPN Kampong Lugu, Blok D", "Mukim Sengkurong", "Brunei-Muara", "BF2920"),
)
_BN_CLINIC: _T = ("Health Centre Gadong", "RIPAS Hospital - Medical OPD", "Pengkalan Batu HC",
                  "Suri Seri Begawan Hospital")  # fmt: skip


def _place(p: Person, places: tuple[_T, ...]) -> _T:
    return places[int(p.bhxh[-4:]) // 7 % len(places)]


def _thai_pid(p: Person) -> str:
    """A Thai citizen ID: twelve digits and the check digit ``(11 - sum(d_i * (13 - i))) % 10``;
    the first digit the registration kind (1 for a birth registered on time, 3 for the 1984
    census)."""
    first = "1" if p.birth.year >= 1984 else "3"
    body = f"{first}{p.bhxh}{p.phone[-1]}"
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10
    pid = f"{body}{check}"
    if _num(p, 3) == 2:
        return f"{pid[0]}-{pid[1:5]}-{pid[5:10]}-{pid[10:12]}-{pid[12]}"
    return pid


def _be(d: date) -> str:
    """A Thai date: day/month/Buddhist-era year."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def _th_phone(p: Person) -> str:
    return f"0{_pick(p, ('8', '9', '6'), 2)}{p.phone[3]}-{p.phone[4:7]}-{p.phone[6:]}"


def _ph_mobile(p: Person) -> str:
    return f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[6:]}"


def _bpjs(p: Person) -> str:
    """A BPJS Kesehatan (JKN-KIS) card number: thirteen digits, ``000`` for the old Askes."""
    return f"000{p.bhxh}" if _num(p, 2) == 1 else f"{p.bhxh[::-1]}{p.phone[-3:]}"


def _mykad352(p: Person) -> str:
    """A MyKad ``YYMMDD-PB-###G``: birth date, the state of birth, a serial, odd for a man."""
    b = p.birth
    pb = _place(p, _MY_PLACES)[4]
    last = (int(p.bhxh[-1]) // 2) * 2 + (1 if p.male else 0)
    dash = "-" if _num(p, 4) != 3 else ""
    return f"{b:%y%m%d}{dash}{pb}{dash}{_num(p, 900) + 100:03d}{last}"


def _my_phone(p: Person) -> str:
    return f"01{_pick(p, ('2', '3', '7', '9'), 1)}-{p.phone[3:6]} {p.phone[6:]}"


def _later(d: date, days: int) -> date:
    return d + timedelta(days=days)


WRITERS_BLIND352: dict[str, Callable[[Person, Col], object]] = {
    # antenatal visits
    "husband352": lambda p, c: _other_vn(p, 5, male=True),
    "para352": lambda p, c: f"{_num(p, 3) - 1}{_num(p, 2) - 1}0{_num(p, 3) - 1}",
    "lmp352": lambda p, c: f"{_later(p.other_date, -60):%d/%m/%Y}",
    "edd352": lambda p, c: f"{_later(p.other_date, 220):%d/%m/%Y}",
    "visit352": lambda p, c: _pick(p, _VISITS, 2),
    "ga352": lambda p, c: str(_num(p, 30) + 8),
    "weight352": lambda p, c: f"{_num(p, 25) + 45},{_num(p, 9)}",
    "bp352": lambda p, c: f"{_num(p, 30) + 95}/{_num(p, 20) + 60}",
    "tt352": lambda p, c: _pick(p, _TT, 3),
    "iron352": lambda p, c: f"{_pick(p, ('30', '60', '90'), 4)} viên",
    "risk352": lambda p, c: _pick(p, _RISK, 5),
    "midwife352": lambda p, c: _pick(p, _MIDWIVES, 6),
    # TB on DOT
    "tbno352": lambda p, c: f"{_num(p, 400):03d}/{p.other_date.year}",
    "tbclass352": lambda p, c: _pick(p, _TB_CLASS, 2),
    "regimen352": lambda p, c: _pick(p, _REGIMEN, 3),
    "dot_sup352": lambda p, c: _other_vn(p, 7),
    "dot_rel352": lambda p, c: _pick(p, _DOT_REL, 4),
    "sup_phone352": lambda p, c: _other_phone(p, "03"),
    "doses352": lambda p, c: f"{_num(p, 170)}/180",
    "smear352": lambda p, c: _pick(p, _SMEAR, 5),
    # psychiatric drug round
    "icd352": lambda p, c: _pick(p, _ICD, 2),
    "drug352": lambda p, c: _pick(p, _DRUGS, 3),
    "pills352": lambda p, c: str(_pick(p, ("30", "60", "90", "45"), 4)),
    "guardian352": lambda p, c: f"{_other_vn(p, 9)} ({_pick(p, _GUARD_REL, 5)})",
    "g_phone352": lambda p, c: _other_phone(p),
    "mstatus352": lambda p, c: _pick(p, _MSTATUS, 6),
    # hepatitis B screening
    "slip352": lambda p, c: f"VGB-{p.other_date:%y%m}-{_num(p, 900):04d}",
    "work352": lambda p, c: _pick(p, _WORK, 2),
    "vac352": lambda p, c: _pick(p, _VAC, 3),
    "hbsag352": lambda p, c: _pick(p, _HBSAG, 4),
    "hcv352": lambda p, c: _pick(p, ("Âm tính", "Âm tính", "Không XN", "Dương tính"), 5),
    "site352": lambda p, c: _pick(p, _SITES, 6),
    "refer352": lambda p, c: "Chuyển BV Bệnh nhiệt đới" if _num(p, 6) == 4 else "",
    # Thailand
    "pid_th352": lambda p, c: _thai_pid(p),
    "title_th352": lambda p, c: (
        _by_sex(p, _TH_TITLE_M, _TH_TITLE_F, 1)
        if p.birth.year > 2011
        else ("นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 1))
    ),
    "th_given352": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 2),
    "th_family352": lambda p, c: _pick(p, _TH_FAMILY, 3),
    "sex_th352": lambda p, c: "ชาย" if p.male else "หญิง",
    "birth_th352": lambda p, c: _be(p.birth),
    "house_th352": lambda p, c: f"{_num(p, 200)} หมู่ {_num(p, 12)} {_place(p, _TH_PLACES)[0]}",
    "tambon_th352": lambda p, c: _place(p, _TH_PLACES)[1],
    "amphoe_th352": lambda p, c: _place(p, _TH_PLACES)[2],
    "changwat_th352": lambda p, c: _place(p, _TH_PLACES)[3],
    "pc_th352": lambda p, c: _place(p, _TH_PLACES)[4],
    "phone_th352": lambda p, c: _th_phone(p),
    "right_th352": lambda p, c: _pick(p, _TH_RIGHT, 4),
    "date_th352": lambda p, c: _be(p.other_date),
    "bp_th352": lambda p, c: f"{_num(p, 50) + 100}/{_num(p, 30) + 60}",
    "fbs_th352": lambda p, c: str(_num(p, 90) + 75),
    "vhv_th352": lambda p, c: _pick(p, _TH_VHV, 5),
    # Philippines
    "pin_ph352": lambda p, c: _philhealth(p),
    "psn_ph352": lambda p, c: _psn194(p),
    "ph_last352": lambda p, c: _pick(p, _PH_FAMILY, 2).upper(),
    "ph_first352": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3).upper(),
    "ph_middle352": lambda p, c: _pick(p, _PH_MIDDLE, 4).upper(),
    "sex_ph352": lambda p, c: "M" if p.male else "F",
    "brgy_ph352": lambda p, c: _place(p, _PH_PLACES)[0],
    "city_ph352": lambda p, c: _place(p, _PH_PLACES)[1],
    "prov_ph352": lambda p, c: _place(p, _PH_PLACES)[2],
    "phone_ph352": lambda p, c: _ph_mobile(p),
    "cat_ph352": lambda p, c: _pick(p, _PH_CAT, 5),
    "kpp_ph352": lambda p, c: _pick(p, _PH_KPP, 6),
    # Indonesia
    "bpjs_id352": lambda p, c: _bpjs(p),
    "nik_id352": lambda p, c: _nik(p),
    "nama_id352": lambda p, c: _by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 2).upper(),
    "sex_id352": lambda p, c: "L" if p.male else "P",
    "alamat_id352": lambda p, c: (
        f"{_place(p, _ID_ADDR)[0]}, RT/RW {_place(p, _ID_ADDR)[1]}, "
        f"Kel. {_place(p, _ID_ADDR)[2]}, Kec. {_place(p, _ID_ADDR)[3]}"
    ),
    "kab_id352": lambda p, c: _place(p, _ID_ADDR)[4],
    "phone_id352": lambda p, c: f"08{p.phone[2:5]}{p.phone[5:]}{_num(p, 9)}",
    "faskes_id352": lambda p, c: _pick(p, _ID_FASKES, 3),
    "kelas_id352": lambda p, c: f"Kelas {_pick(p, ('I', 'II', 'III', 'III'), 4)}",
    "seg_id352": lambda p, c: _pick(p, _ID_SEG, 5),
    # Malaysia
    "mykad352": lambda p, c: _mykad352(p),
    "my_name352": lambda p, c: _by_sex(p, _MY_NAMES_M, _MY_NAMES_F, 2).upper(),
    "sex_my352": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "race_my352": lambda p, c: _pick(p, _MY_RACE, 3),
    "my_street352": lambda p, c: _place(p, _MY_PLACES)[0],
    "pc_my352": lambda p, c: _place(p, _MY_PLACES)[1],
    "town_my352": lambda p, c: _place(p, _MY_PLACES)[2],
    "state_my352": lambda p, c: _place(p, _MY_PLACES)[3],
    "phone_my352": lambda p, c: _my_phone(p),
    "kin_my352": lambda p, c: (
        f"{_pick(p, _MY_NAMES_F if p.male else _MY_NAMES_M, 4)} ({_pick(p, _MY_KIN, 5)})"
    ),
    "kin_phone_my352": lambda p, c: f"01{p.phone[-1]}-{p.phone[2:5]} {p.phone[5:9]}",
    "clinic_my352": lambda p, c: _pick(p, _MY_CLINIC, 6),
    "rn_my352": lambda p, c: f"KK{_place(p, _MY_PLACES)[4]}/{p.bhxh[:6]}",
    # Brunei
    "ic_bn352": lambda p, c: _brunei_ic(p),
    "bn_name352": lambda p, c: _by_sex(p, _BN_NAMES_M, _BN_NAMES_F, 2),
    "sex_bn352": lambda p, c: "Male" if p.male else "Female",
    "addr_bn352": lambda p, c: f"{_place(p, _BN_PLACES)[0]}, {_place(p, _BN_PLACES)[1]}",
    "daerah_bn352": lambda p, c: _place(p, _BN_PLACES)[2],
    "pc_bn352": lambda p, c: _place(p, _BN_PLACES)[3],
    "phone_bn352": lambda p, c: f"+673 {_pick(p, ('8', '7'), 3)}{p.phone[4:6]} {p.phone[6:10]}",
    "ic_colour_bn352": lambda p, c: "Purple" if _brunei_ic(p).startswith("30") else "Yellow",
    "mrn_bn352": lambda p, c: f"BN{p.bhxh[1:9]}",
    "clinic_bn352": lambda p, c: _pick(p, _BN_CLINIC, 4),
}
