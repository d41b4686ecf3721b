"""How the people of the ninety-fifth part of the outside corpus (**blind 95**,
:mod:`lienthong.quality._corpus_blind95`) are written: four Vietnamese files' own columns (a Party
member's transfer, a non-agricultural land tax roll's plot and tax, a maternity benefit claim, an
IT skills exam) and Malaysian, Singaporean, Indonesian, Thai and Cambodian names, places, phones
and identity numbers in the forms their registers write them (the MyKad with its odd or even last
digit, the NRIC with its check letter, the NIK with a woman's day plus 40, the BPJS Kesehatan
card, the Thai ID with its mod-11 digit, the Cambodian ID card and the IDPoor household number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _weighted
from lienthong.quality._corpus_blind14_writers import _sg_name, _sg_race
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone
from lienthong.quality._corpus_blind40_writers import _place, _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind43_writers import _KH_FAMILY, _KH_GIVEN_F, _KH_GIVEN_M
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid
from lienthong.quality._corpus_blind67_writers import (
    _TH_FAMILY,
    _TH_GIVEN_F,
    _TH_GIVEN_M,
    _thai_title,
)
from lienthong.quality._corpus_blind85_writers import _items
from lienthong.quality._corpus_blind92_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOMETOWNS = _items(
    "Nghĩa Hưng, Nam Định; Đức Thọ, Hà Tĩnh; Quỳnh Lưu, Nghệ An; Cần Giuộc, Long An; "
    "Điện Bàn, Quảng Nam; Giồng Trôm, Bến Tre; Vũ Thư, Thái Bình"
)
_VN_CELLS = _items(
    "Chi bộ Khu phố 3; Chi bộ Trường THCS Lê Lợi; Chi bộ Phòng Tài chính - Kế hoạch; "
    "Chi bộ Khu phố 7; Chi bộ Trạm Y tế phường; Chi bộ Quân sự phường"
)
_VN_TO_PARTY = _items(
    "Đảng bộ phường Tân Định; Đảng bộ xã Bình Hưng; Đảng bộ phường Linh Xuân; "
    "Đảng ủy Khối các cơ quan tỉnh Long An; Đảng bộ phường Hiệp Bình"
)
_VN_REASONS = _items(
    "Chuyển công tác; Thay đổi nơi cư trú; Chuyển công tác; Đi học tập trung dài hạn"
)
_VN_NOTES = _items(
    "Bổ sung bản sao giấy chứng sinh; Sinh đôi; Nghỉ dưỡng sức sau sinh: chưa đề nghị; "
    "Vợ không tham gia BHXH; Hồ sơ nộp qua Cổng DVC; Thay tài khoản nhận tiền"
)
_VN_PLOTS = _items(
    "Khu phố 3, phường Linh Trung; Khu phố 6, phường Hiệp Bình; Ấp 2, xã Bình Chánh; "
    "Tổ 12, KP 4, phường Tam Bình; Ấp Mới 1, xã Tân Xuân; KP Tân Lập, P. Đông Hòa"
)
_VN_DEPTS = ("Tổ May 3", "Tổ Cắt", "Phòng Kế toán", "Kho thành phẩm", "Tổ Hoàn thiện", "QC")
_VN_BANKS = ("Vietcombank", "VietinBank", "BIDV", "Agribank", "Techcombank", "ACB")
_VN_BIRTHPLACES = ("TP. Hồ Chí Minh", "Long An", "Tiền Giang", "Bình Định", "Nghệ An", "Đồng Nai")
_VN_EMPLOYERS = _items(
    "UBND phường Bến Thành; Trường TH Nguyễn Bỉnh Khiêm; Tự do; Sinh viên; Bệnh viện quận 8; "
    "Công ty TNHH Pouyuen VN; Chi cục Thuế khu vực II"
)

_MY_MALAY_M = ("Mohd Faizal", "Ahmad Zaki", "Muhammad Hafiz", "Azman", "Khairul Anuar")
_MY_MALAY_F = ("Nur Aina", "Siti Aminah", "Noraini", "Farah Hanim", "Rosmah")
_MY_MALAY_FATHERS = ("Ismail", "Abdullah", "Rahman", "Hassan", "Othman", "Yusof")
_MY_CHINESE_FAMILY = ("Tan", "Lim", "Wong", "Lee", "Chong", "Ng")
_MY_CHINESE_M = ("Chee Keong", "Ah Kow", "Wei Liang", "Kok Wai")
_MY_CHINESE_F = ("Siew Ling", "Mei Yee", "Ai Ling", "Pei Shan")
_MY_INDIAN_M = ("Muthu", "Ganesan", "Ravi", "Saravanan")
_MY_INDIAN_F = ("Kavitha", "Letchumy", "Saraswathy", "Devi")
_MY_INDIAN_FATHERS = ("Ramasamy", "Subramaniam", "Krishnan", "Arumugam")
_MY_RACES = ("Melayu", "Melayu", "Melayu", "Cina", "India", "Melayu")
#: (PPR, its road, postcode, the rent account's prefix)
_MY_PPR = (
    ("PPR Kerinchi", "Jalan Kerinchi", "59200", "KRC"),
    ("PPR Seri Pantai", "Jalan Pantai Permai", "59200", "SPT"),
    ("PPR Desa Rejang", "Jalan Rejang", "53300", "DRJ"),
    ("PPR Taman Wahyu", "Jalan Wahyu", "68100", "TWY"),
    ("PPR Sri Kota", "Jalan Sri Kota, Bandar Tun Razak", "56000", "SKT"),
    ("PPR Pinggiran Bukit Jalil", "Jalan 1/155B", "57000", "PBJ"),
)
_MY_JOBS = _items(
    "Pengawal Keselamatan; Pemandu e-hailing; Kerani; Suri Rumah; Peniaga Kecil; Pencuci; "
    "Juruteknik; Pesara"
)
_MY_STATUS = ("Aktif", "Aktif", "Aktif", "Notis Tunggakan", "Dalam Semakan")
_MY_PLACE_CODES = ("14", "14", "10", "03", "11", "08", "01", "12")

#: (street, postal sector, first block)
_SG_STREETS = (
    ("Jurong West St 52", "64", 500),
    ("Boon Lay Dr", "64", 180),
    ("Bukit Batok West Ave 6", "65", 400),
    ("Choa Chu Kang Ave 4", "68", 200),
    ("Yung Sheng Rd", "61", 100),
)
_SG_MARITAL = ("Single", "Married", "Married", "Divorced", "Widowed", "Separated")
#: (scheme, base monthly cash)
_SG_SCHEMES = (
    ("ComCare SMTA", 300),
    ("ComCare SMTA", 350),
    ("ComCare LTA", 640),
    ("ComCare UFA", 200),
)
_SG_REFERRALS = ("Self", "FSC@Jurong West", "NTFGH MSW", "Grassroots (RC)", "Polyclinic")
_SG_OFFICERS = ("Ms Tan Hui Min", "Mr Muhammad Hafiz", "Ms Priya Nair", "Mr Daniel Lim")

_ID_GIVEN_M = _items(
    "Slamet Riyadi; Agus Santoso; Bambang Wijaya; Sugeng; Budi Prasetyo; Heru Purnomo; "
    "Suparno; Wahyu Nugroho; Joko Susilo"
)
_ID_GIVEN_F = _items(
    "Sri Wahyuni; Siti Rahayu; Dwi Lestari; Sumarni; Endang Susilowati; Tri Handayani; "
    "Suparmi; Rina Kurniawati; Ngatiyem"
)
#: (the street line's forms, desa) in kecamatan Depok, Sleman
_ID_PLACES = (
    ("Jl. Kaliurang Km 7, Gg. Melati No. {n}", "Condongcatur"),
    ("Perum Candi Gebang Permai Blok R-{n}", "Condongcatur"),
    ("Jl. Seturan Raya No. {n}", "Caturtunggal"),
    ("Jl. Affandi Gg. Kenari No. {n}", "Caturtunggal"),
    ("Jl. Raya Tajem No. {n}", "Maguwoharjo"),
    ("Dusun Nanggulan No. {n}", "Maguwoharjo"),
)
_ID_ACTIONS = ("Edukasi PTM", "Kontrol 1 bulan", "Rujuk ke Puskesmas", "Rujuk ke FKTL", "Edukasi")
_ID_KADER = ("Bu Tutik (kader)", "Bu Parjiyem (kader)", "dr. Anisa", "Ns. Heru", "Bidan Yuli")

#: (tambon, amphoe, postcode) in Chiang Mai
_TH_PLACES = (
    ("ริมใต้", "แม่ริม", "50180"),
    ("ดอนแก้ว", "แม่ริม", "50180"),
    ("สุเทพ", "เมืองเชียงใหม่", "50200"),
    ("ช้างเผือก", "เมืองเชียงใหม่", "50300"),
    ("หนองหาร", "สันทราย", "50290"),
    ("ต้นเปา", "สันกำแพง", "50130"),
    ("หนองควาย", "หางดง", "50230"),
)
_TH_RIGHTS = ("บัตรทอง (UC)", "บัตรทอง (UC)", "ประกันสังคม", "ข้าราชการ (เบิกจ่ายตรง)", "ชำระเงินเอง")
_TH_MAIN = ("รพ.นครพิงค์", "รพ.สต.ดอนแก้ว", "รพ.สันทราย", "รพ.สต.ริมใต้", "รพ.มหาราชนครเชียงใหม่")
_TH_CLINICS = ("อายุรกรรม", "ศัลยกรรม", "คลินิกเบาหวาน", "ตา", "ทันตกรรม", "อุบัติเหตุฉุกเฉิน")
_TH_DX = _items(
    "E11.9 เบาหวานชนิดที่ 2; I10 ความดันโลหิตสูง; J06.9 ติดเชื้อทางเดินหายใจส่วนบน; "
    "K29.7 กระเพาะอาหารอักเสบ; M54.5 ปวดหลังส่วนล่าง; H25.9 ต้อกระจก"
)

#: (village, commune, district, province, geographic code) in Takeo and one Kampot district
_KH_PLACES = (
    ("ភូមិរកាក្នុង", "សង្កាត់រកាក្នុង", "ក្រុងដូនកែវ", "ខេត្តតាកែវ", "210801"),
    ("ភូមិត្រពាំងសាប", "ឃុំត្រពាំងសាប", "ស្រុកបាទី", "ខេត្តតាកែវ", "210110"),
    ("ភូមិអង្គតាសោម", "ឃុំអង្គតាសោម", "ស្រុកត្រាំកក់", "ខេត្តតាកែវ", "210901"),
    ("ភូមិព្រៃរំដេង", "ឃុំព្រៃរំដេង", "ស្រុកគីរីវង់", "ខេត្តតាកែវ", "210406"),
    ("ភូមិព្រៃកប្បាស", "ឃុំព្រៃកប្បាស", "ស្រុកព្រៃកប្បាស", "ខេត្តតាកែវ", "210607"),
    ("ភូមិអង្គរជ័យ", "ឃុំអង្គរជ័យ", "ស្រុកអង្គរជ័យ", "ខេត្តកំពត", "070102"),
)
_KH_WARDS = ("ផ្នែកជំងឺទូទៅ", "ផ្នែកសម្ភព", "ផ្នែកវះកាត់", "ផ្នែកកុមារ", "ផ្នែកសង្គ្រោះបន្ទាន់")
_KH_DX = ("គ្រុនឈាម", "រលាកសួត", "រាគរូស", "ទឹកនោមផ្អែម", "សម្ពាធឈាមខ្ពស់", "រលាកខ្នែងពោះវៀន")


def _joined(p: Person) -> date:
    """The day a member joined the Party: at 20 to 34, and before 2025."""
    year = min(p.birth.year + 19 + _num(p, 15), 2024)
    return _safe_day(year, int(p.bhxh[3:5]) % 12 + 1, int(p.bhxh[5:7]) % 28 + 1)


def _excel(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _plot(p: Person) -> tuple[int, int, int]:
    """(area used, of it within the limit, the land's price per m2 in thousands)."""
    area = 40 + _num(p, 260)
    return area, min(area, 160), 2_000 + 500 * _num(p, 50)


def _land_tax(p: Person) -> int:
    """0.03% of the value within the limit, 0.07% up to three times it, 0.15% above."""
    area, within, price = _plot(p)
    over = area - within
    middle, top = min(over, within * 2), max(0, over - within * 2)
    return round(price * 1000 * (within * 0.0003 + middle * 0.0007 + top * 0.0015))


def _worker_birth(p: Person) -> date:
    """A worker's birthday: the person's day and month, born 1980 to 2004."""
    return _safe_day(1980 + p.birth.year % 25, p.birth.month, p.birth.day)


def _leave(p: Person) -> tuple[str, int]:
    """(the condition of the maternity benefit, the days of leave)."""
    if p.male:
        return "Lao động nam nghỉ việc khi vợ sinh con", int(_pick(p, ("5", "7", "10", "14"), 3))
    kind = _pick(p, ("Sinh con", "Sinh con", "Sinh con", "Khám thai", "Sẩy thai"), 3)
    return kind, {"Sinh con": 182, "Khám thai": 2, "Sẩy thai": 20}[kind]


def _child_birth(p: Person) -> str:
    kind = _leave(p)[0]
    if kind in ("Khám thai", "Sẩy thai"):
        return ""
    shift = -_num(p, 3) if p.male else 5 + _num(p, 20)
    return f"{p.other_date + timedelta(days=shift):%d/%m/%Y}"


def _wage(p: Person) -> int:
    return 5_000_000 + 50_000 * _num(p, 300)


def _claim(p: Person) -> int:
    kind, days = _leave(p)
    if kind == "Sinh con":
        return _wage(p) * 6 + 2 * 2_340_000
    return _wage(p) * days // 24


def _theory(p: Person) -> int:
    return 3 + int(p.bhxh[-2]) % 8


def _practice(p: Person) -> int:
    return 4 + int(p.bhxh[-3]) % 7


def _passed(p: Person) -> bool:
    return _theory(p) >= 5 and _practice(p) >= 5


def _my_race(p: Person) -> str:
    return _pick(p, _MY_RACES, 2)


def _my_name(p: Person, male: bool, salt: int) -> str:
    race = _my_race(p)
    if race == "Cina":
        own = _pick(p, _MY_CHINESE_M if male else _MY_CHINESE_F, salt)
        return f"{_pick(p, _MY_CHINESE_FAMILY, salt + 1)} {own}"
    if race == "India":
        own = _pick(p, _MY_INDIAN_M if male else _MY_INDIAN_F, salt)
        return f"{own} {'a/l' if male else 'a/p'} {_pick(p, _MY_INDIAN_FATHERS, salt + 1)}"
    own = _pick(p, _MY_MALAY_M if male else _MY_MALAY_F, salt)
    return f"{own} {'bin' if male else 'binti'} {_pick(p, _MY_MALAY_FATHERS, salt + 1)}"


def _mykad(born: date, code: str, serial: str, male: bool) -> str:
    """``yymmdd-PB-###G``: the birth date, the birth place, a serial, a last digit odd for men."""
    last = int(serial[-1]) // 2 * 2 + (1 if male else 0)
    return f"{born:%y%m%d}-{code}-{serial[:3]}{last}"


def _spouse_birth(p: Person) -> date:
    years = (1, 2, 3, -1, -2, 4)[int(p.bhxh[2]) % 6] * (1 if p.male else -1)
    return _safe_day(p.birth.year + years, int(p.bhxh[4]) % 9 + 1, int(p.bhxh[6:8]) % 28 + 1)


def _ppr_unit(p: Person) -> str:
    return f"{'ABCD'[int(p.bhxh[1]) % 4]}-{_num(p, 17):02d}-{int(p.bhxh[-3:]) % 20 + 1:02d}"


def _sg_street(p: Person) -> tuple[str, str, int]:
    street, sector, first = _SG_STREETS[int(p.bhxh) // 9 % len(_SG_STREETS)]
    return street, sector, first + _num(p, 40)


def _nric(p: Person) -> str:
    """An NRIC: S (born before 2000) or T, seven digits (the birth year's two from 1968 on), and
    the letter of the weighted sum (2, 7, 6, 5, 4, 3, 2), plus 4 for T, mod 11."""
    prefix = "T" if p.birth.year >= 2000 else "S"
    if p.birth.year >= 1968:
        digits = f"{p.birth:%y}{p.bhxh[-5:]}"
    else:
        digits = f"{int(p.bhxh[0]) % 2}{p.bhxh[-6:]}"
    total = _weighted(digits, (2, 7, 6, 5, 4, 3, 2)) + (4 if prefix == "T" else 0)
    return f"{prefix}{digits}{'JZIHGFEDCBA'[total % 11]}"


def _nik(p: Person) -> str:
    """A NIK of kecamatan Depok, Sleman (34 04 07), ``DDMMYY`` with 40 added to a woman's day,
    and a serial."""
    day = p.birth.day + (0 if p.male else 40)
    return f"340407{day:02d}{p.birth:%m%y}{int(p.bhxh[-4:]) % 9999 + 1:04d}"


def _id_phone(p: Person) -> str:
    lead = _pick(p, ("12", "13", "21", "52", "57", "95"), 4)
    return f"08{lead}-{p.phone[3:7]}-{p.phone[7:10]}{p.bhxh[0]}"


def _height(p: Person) -> int:
    return (158 if p.male else 148) + _num(p, 20)


def _weight(p: Person) -> int:
    return (50 if p.male else 42) + int(p.bhxh[-5:-3]) % 40


def _bmi(p: Person) -> str:
    return f"{_weight(p) / (_height(p) / 100) ** 2:.1f}".replace(".", ",")


def _th_phone(p: Person) -> str:
    lead = _pick(p, ("081", "086", "089", "092", "095"), 4)
    if int(p.bhxh) % 3 == 0:
        return f"{lead}{p.phone[4:10]}{p.bhxh[1]}"
    return f"{lead}-{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[1]}"


def _kin(p: Person, words: dict[str, tuple[str, str]]) -> tuple[bool, str]:
    """(whether the relative to call is a man, the relation): a spouse of the other sex, a
    child of an older patient, a parent or a sibling of a younger one."""
    if int(p.bhxh[-4]) % 3 == 0:
        male, kind = not p.male, "spouse"
    else:
        male = int(p.bhxh[-5]) % 2 == 0
        age = p.other_date.year - p.birth.year
        kind = "child" if age >= 50 else ("parent", "sibling")[int(p.bhxh[-6]) % 2]
    return male, words[kind][0 if male else 1]


_TH_KIN = {"spouse": ("สามี", "ภรรยา"), "child": ("ลูกชาย", "ลูกสาว")}
_TH_KIN |= {"parent": ("บิดา", "มารดา"), "sibling": ("พี่ชาย", "พี่สาว")}
_KH_KIN = {"spouse": ("ប្តី", "ប្រពន្ធ"), "child": ("កូនប្រុស", "កូនស្រី")}
_KH_KIN |= {"parent": ("ឪពុក", "ម្តាយ"), "sibling": ("បងប្រុស", "បងស្រី")}


def _th_contact(p: Person) -> str:
    male, relation = _kin(p, _TH_KIN)
    given = _pick(p, _TH_GIVEN_M if male else _TH_GIVEN_F, 9)
    return f"{'นาย' if male else 'นาง'}{given} {_pick(p, _TH_FAMILY, 2)} ({relation})"


def _kh_carer(p: Person) -> str:
    male, relation = _kin(p, _KH_KIN)
    given = _pick(p, _KH_GIVEN_M if male else _KH_GIVEN_F, 9)
    return f"{_pick(p, _KH_FAMILY, 2)} {given} ({relation})"


WRITERS_BLIND95: dict[str, Callable[[Person, Col], object]] = {
    "hometown95": lambda p, c: _pick(p, _VN_HOMETOWNS, 2),
    "joined95": lambda p, c: _excel(_joined(p)),
    "official95": lambda p, c: (
        _excel(_shift_date(_joined(p), 1)) if _shift_date(_joined(p), 1) <= p.other_date else ""
    ),
    "card95": lambda p, c: f"{p.bhxh[:2]}.{p.bhxh[2:8]}",
    "cell95": lambda p, c: _pick(p, _VN_CELLS, 3),
    "to_party95": lambda p, c: _pick(p, _VN_TO_PARTY, 4),
    "reason95": lambda p, c: (
        "Nghỉ hưu, về sinh hoạt nơi cư trú"
        if p.birth.year < 1966 and int(p.bhxh) % 4
        else _pick(p, _VN_REASONS, 5)
    ),
    "letter95": lambda p, c: f"{_num(p, 400)}-GGT/ĐU",
    "sheet95": lambda p, c: str(_num(p, 60)),
    "parcel95": lambda p, c: str(_num(p, 900)),
    "plot95": lambda p, c: _pick(p, _VN_PLOTS, 6),
    "area95": lambda p, c: f"{_plot(p)[0]},{p.bhxh[-1]}",
    "within95": lambda p, c: str(_plot(p)[1]),
    "price95": lambda p, c: _dotted(_plot(p)[2] * 1000),
    "tax95": lambda p, c: _dotted(_land_tax(p)),
    "relief95": lambda p, c: "0" if int(p.bhxh) % 7 else _dotted(_land_tax(p) // 2),
    "tax_year95": lambda p, c: str(p.other_date.year),
    "due95": lambda p, c: f"31/10/{p.other_date.year}",
    "worker_birth95": lambda p, c: f"{_worker_birth(p):%d/%m/%Y}",
    "worker_cccd95": lambda p, c: _cccd_of(p, p.male, _worker_birth(p).year),
    "dept95": lambda p, c: _pick(p, _VN_DEPTS, 4),
    "cond95": lambda p, c: _leave(p)[0],
    "from95": lambda p, c: f"{p.other_date:%d/%m/%Y}",
    "to95": lambda p, c: f"{p.other_date + timedelta(days=_leave(p)[1] - 1):%d/%m/%Y}",
    "days95": lambda p, c: str(_leave(p)[1]),
    "child95": lambda p, c: _child_birth(p),
    "children95": lambda p, c: "" if not _child_birth(p) else _pick(p, ("1", "1", "1", "2"), 5),
    "wage95": lambda p, c: _dotted(_wage(p)),
    "claim95": lambda p, c: _dotted(_claim(p)),
    "account95": lambda p, c: f"{p.bhxh}{p.bhxh[-3:]}",
    "bank95": lambda p, c: _pick(p, _VN_BANKS, 6),
    "note95": lambda p, c: "" if int(p.bhxh) % 3 else _pick(p, _VN_NOTES, 7),
    "sbd95": lambda p, c: f"CB{p.other_date:%y}{_num(p, 900):04d}",
    "birthplace95": lambda p, c: _pick(p, _VN_BIRTHPLACES, 3),
    "employer95": lambda p, c: _pick(p, _VN_EMPLOYERS, 4),
    "room95": lambda p, c: f"P.{_pick(p, ('A2', 'A3', 'B1', 'B4'), 5)}.0{_num(p, 6)}",
    "shift95": lambda p, c: _pick(p, ("Ca 1 (07h30)", "Ca 2 (09h30)", "Ca 3 (13h30)"), 6),
    "theory95": lambda p, c: f"{_theory(p)},{_pick(p, ('0', '5', '25', '75'), 7)}",
    "practice95": lambda p, c: f"{_practice(p)},{_pick(p, ('0', '5'), 8)}",
    "result95": lambda p, c: "Đạt" if _passed(p) else "Không đạt",
    "certno95": lambda p, c: f"CNTT-{p.other_date.year}-{p.bhxh[-6:]}" if _passed(p) else "",
    "acct_my95": lambda p, c: f"PPR/{_place(p, _MY_PPR)[3]}/{_num(p, 900):04d}",
    "name_my95": lambda p, c: _my_name(p, p.male, 1),
    "mykad_my95": lambda p, c: _mykad(p.birth, _pick(p, _MY_PLACE_CODES, 3), p.bhxh[-4:], p.male),
    "sex_my95": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "race_my95": lambda p, c: _my_race(p),
    "unit_my95": lambda p, c: (
        f"No. {_ppr_unit(p)}, {', '.join(_place(p, _MY_PPR)[:3])} Kuala Lumpur"
    ),
    "pc_my95": lambda p, c: _place(p, _MY_PPR)[2],
    "phone_my95": lambda p, c: (
        f"01{_pick(p, ('2', '3', '6', '7', '9'), 4)}-{p.phone[3:6]} {p.phone[6:10]}"
    ),
    "job_my95": lambda p, c: _pick(p, _MY_JOBS, 5),
    "income_my95": lambda p, c: f"{1_500 + 50 * _num(p, 66):,}.00",
    "occupants_my95": lambda p, c: str(_num(p, 7)),
    "spouse_my95": lambda p, c: _my_name(p, not p.male, 6) if int(p.bhxh) % 5 else "",
    "spouse_ic_my95": lambda p, c: (
        _mykad(_spouse_birth(p), _pick(p, _MY_PLACE_CODES, 7), p.bhxh[1:5], not p.male)
        if int(p.bhxh) % 5
        else ""
    ),
    "rent_my95": lambda p, c: "124.00",
    "arrears_my95": lambda p, c: f"{124 * (0 if int(p.bhxh) % 4 else _num(p, 9)):,}.00",
    "status_my95": lambda p, c: _pick(p, _MY_STATUS, 8),
    "case_sg95": lambda p, c: f"SSO-JW/{p.other_date.year}/{p.bhxh[-5:]}",
    "name_sg95": lambda p, c: _sg_name(p, p.male, 1).upper(),
    "nric_sg95": lambda p, c: _nric(p),
    "sex_sg95": lambda p, c: "Male" if p.male else "Female",
    "race_sg95": lambda p, c: _sg_race(p),
    "marital_sg95": lambda p, c: _pick(p, _SG_MARITAL, 4),
    "street_sg95": lambda p, c: f"Blk {_sg_street(p)[2]} {_sg_street(p)[0]}",
    "unit_sg95": lambda p, c: f"#{int(p.bhxh[2:4]) % 16 + 2:02d}-{int(p.bhxh[4:7]) % 400 + 100}",
    "postal_sg95": lambda p, c: f"{_sg_street(p)[1]}0{_sg_street(p)[2]:03d}",
    "phone_sg95": lambda p, c: f"{_pick(p, ('8', '9', '9'), 5)}{p.phone[3:6]} {p.phone[6:10]}",
    "hh_sg95": lambda p, c: str(_num(p, 6)),
    "pci_sg95": lambda p, c: f"{150 + 10 * _num(p, 60)}.00",
    "scheme_sg95": lambda p, c: _place(p, _SG_SCHEMES)[0],
    "cash_sg95": lambda p, c: f"{_place(p, _SG_SCHEMES)[1] + 50 * (int(p.bhxh) % 5)}.00",
    "to_sg95": lambda p, c: f"{p.other_date + timedelta(days=91 * _num(p, 2) - 1):%d/%m/%Y}",
    "referral_sg95": lambda p, c: _pick(p, _SG_REFERRALS, 6),
    "officer_sg95": lambda p, c: _pick(p, _SG_OFFICERS, 7),
    "nik_id95": lambda p, c: _nik(p),
    "bpjs_id95": lambda p, c: f"000{p.bhxh}",
    "name_id95": lambda p, c: _by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1),
    "age_id95": lambda p, c: str(p.other_date.year - p.birth.year),
    "street_id95": lambda p, c: _place(p, _ID_PLACES)[0].format(n=_num(p, 60)),
    "rtrw_id95": lambda p, c: f"{_num(p, 12):03d}/{_num(p, 25) % 30 + 1:03d}",
    "desa_id95": lambda p, c: _place(p, _ID_PLACES)[1],
    "phone_id95": lambda p, c: _id_phone(p),
    "bp_id95": lambda p, c: f"{100 + 5 * _num(p, 16)}/{60 + 5 * (int(p.bhxh[-2]) % 10)}",
    "gds_id95": lambda p, c: str(80 + int(p.bhxh[-5:]) % 200),
    "chol_id95": lambda p, c: str(140 + int(p.bhxh[-4:]) % 140),
    "height_id95": lambda p, c: str(_height(p)),
    "weight_id95": lambda p, c: str(_weight(p)),
    "bmi_id95": lambda p, c: _bmi(p),
    "waist_id95": lambda p, c: str(62 + int(p.bhxh[-6:-4]) % 45),
    "smoke_id95": lambda p, c: "Ya" if p.male and int(p.bhxh) % 2 else "Tidak",
    "action_id95": lambda p, c: _pick(p, _ID_ACTIONS, 5),
    "kader_id95": lambda p, c: _pick(p, _ID_KADER, 6),
    "hn_th95": lambda p, c: f"{p.bhxh[1:3]}-{p.bhxh[3:9]}",
    "pid_th95": lambda p, c: _thai_pid(p).replace("-", "") if int(p.bhxh) % 2 else _thai_pid(p),
    "title_th95": lambda p, c: _thai_title(p),
    "name_th95": lambda p, c: (
        f"{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1)} {_pick(p, _TH_FAMILY, 2)}"
    ),
    "birth_th95": lambda p, c: _thai_date(p.birth),
    "age_th95": lambda p, c: f"{p.other_date.year - p.birth.year} ปี",
    "sex_th95": lambda p, c: "ชาย" if p.male else "หญิง",
    "house_th95": lambda p, c: f"{_num(p, 180)}/{_num(p, 9)} หมู่ {_num(p, 14)}",
    "tambon_th95": lambda p, c: _place(p, _TH_PLACES)[0],
    "amphoe_th95": lambda p, c: _place(p, _TH_PLACES)[1],
    "changwat_th95": lambda p, c: "เชียงใหม่",
    "post_th95": lambda p, c: _place(p, _TH_PLACES)[2],
    "phone_th95": lambda p, c: _th_phone(p),
    "right_th95": lambda p, c: _pick(p, _TH_RIGHTS, 3),
    "mainhosp_th95": lambda p, c: _pick(p, _TH_MAIN, 4),
    "visit_th95": lambda p, c: _thai_date(p.other_date),
    "clinic_th95": lambda p, c: _pick(p, _TH_CLINICS, 5),
    "dx_th95": lambda p, c: _pick(p, _TH_DX, 8),
    "contact_th95": lambda p, c: _th_contact(p),
    "contact_phone_th95": lambda p, c: f"08{p.bhxh[-1]}-{p.bhxh[:3]}-{p.bhxh[3:7]}",
    "pcode_kh95": lambda p, c: f"TKV-{p.other_date:%y}-{_num(p, 9000):05d}",
    "name_kh95": lambda p, c: (
        f"{_pick(p, _KH_FAMILY, 2)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 1)}"
    ),
    "sex_kh95": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "age_kh95": lambda p, c: str(p.other_date.year - p.birth.year),
    "id_kh95": lambda p, c: f"1{p.bhxh[1:9]}",
    "idpoor_kh95": lambda p, c: (
        f"{_place(p, _KH_PLACES)[4]}{int(p.bhxh[2:4]) % 15 + 1:02d}-{int(p.bhxh) % 400 + 1:03d}"
    ),
    "village_kh95": lambda p, c: _place(p, _KH_PLACES)[0],
    "commune_kh95": lambda p, c: _place(p, _KH_PLACES)[1],
    "district_kh95": lambda p, c: _place(p, _KH_PLACES)[2],
    "province_kh95": lambda p, c: _place(p, _KH_PLACES)[3],
    "phone_kh95": lambda p, c: (
        f"0{_pick(p, ('12', '11', '77', '89'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
        if int(p.bhxh) % 3
        else f"0{_pick(p, ('97', '88', '71'), 4)} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[0]}"
    ),
    "discharge_kh95": lambda p, c: f"{p.other_date + timedelta(days=1 + _num(p, 8)):%d-%m-%Y}",
    "ward_kh95": lambda p, c: _pick(p, _KH_WARDS, 5),
    "dx_kh95": lambda p, c: _pick(p, _KH_DX, 6),
    "cost_kh95": lambda p, c: f"{100_000 + 20_000 * _num(p, 60):,}",
    "transport_kh95": lambda p, c: _pick(p, ("10,000", "15,000", "20,000", "25,000"), 7),
    "carer_kh95": lambda p, c: _kh_carer(p),
    "carer_phone_kh95": lambda p, c: _other_phone(p, "012"),
}


__all__ = ["WRITERS_BLIND95"]
