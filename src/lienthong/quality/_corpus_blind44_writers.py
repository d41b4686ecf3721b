"""How the people of the forty-fourth part of the outside corpus (**blind 44**,
:mod:`lienthong.quality._corpus_blind44`) are written: four Vietnamese files' own columns (a
hospital app's appointment slot, doctor and status, a rooftop garden's area, plants and subsidy,
a reservoir permit's number, kind, gear and expiry, a foreign guest's passport, nationality and
host) and Argentine, Indonesian, Thai, Romanian and Moroccan names, addresses, phones and identity
numbers in the forms their cards show (the CUIL's and the Thai ID's check digits, the CNP's
weighted digit; the DNI, the NIK and the CIN publish none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DOCTORS = (
    "BS. Trần Minh Quang",
    "ThS.BS Lê Thị Hạnh",
    "BSCKII Phạm Văn Đông",
    "BS. Ngô Thu Hà",
)
_VN_DEPTS = ("Nội tổng quát", "Tim mạch", "Tai Mũi Họng", "Da liễu", "Nhi", "Sản phụ khoa")
_VN_STATUS = ("confirmed", "checked_in", "cancelled", "no_show", "done")
_VN_REASONS = ("Tái khám", "Đau đầu kéo dài", "Khám sức khỏe định kỳ", "Ho, sốt", "Xét nghiệm máu")
_VN_PLANTS = ("Rau ăn lá", "Cây cảnh + rau", "Giàn bầu bí", "Cây ăn quả chậu", "Thảm cỏ, hoa")
_VN_BANKS = ("Vietcombank", "Agribank", "BIDV", "VietinBank", "Sacombank")
_VN_RESERVOIRS = ("Hồ Dầu Tiếng", "Hồ Trị An", "Hồ Thác Bà", "Hồ Kẻ Gỗ")
_VN_PERMITS = ("Câu cá giải trí", "Đánh bắt thủy sản", "Săn bắt (có thời hạn)", "Câu cá giải trí")
_VN_GEAR = ("Cần câu tay", "Lưới rê 50m", "Thuyền gỗ + lưới", "Cần câu máy", "Ghe nhỏ")
_VN_WARDS = ("Xã Minh Hòa", "Xã Định An", "Thị trấn Dầu Tiếng", "Xã Thanh An", "Xã Long Hòa")
_VN_NATIONS = ("Hàn Quốc", "Nhật Bản", "Pháp", "Hoa Kỳ", "Úc", "Đức", "Trung Quốc")
_VN_PURPOSES = ("Du lịch", "Thăm thân", "Làm việc", "Du lịch homestay")
_VN_STAY = (
    ("Tổ 3, thôn Hòa Bình", "xã Tả Van", "thị xã Sa Pa, Lào Cai"),
    ("Số 18 kiệt 45 Chế Lan Viên", "phường Vỹ Dạ", "TP Huế"),
    ("Ấp Bình Hòa", "xã Tân Phong", "huyện Châu Thành, Bến Tre"),
    ("Khối 2", "phường Cẩm Châu", "TP Hội An, Quảng Nam"),
    ("Số 7 ngõ 12 Tạ Hiện", "phường Hàng Buồm", "quận Hoàn Kiếm, Hà Nội"),
)
_AR_FAMILY = ("González", "Rodríguez", "Fernández", "López", "Martínez", "Pérez", "Gómez", "Díaz")
_AR_GIVEN_M = ("Juan Pablo", "Matías", "Santiago", "Facundo", "Nicolás", "Martín")
_AR_GIVEN_F = ("María Laura", "Florencia", "Agustina", "Camila", "Lucía", "Valeria")
_AR_PLACES = (
    (
        "Av. Rivadavia 4520, Piso 3, Dpto. B",
        "Caballito",
        "Ciudad Autónoma de Buenos Aires",
        "C1424",
    ),
    ("Calle 7 Nº 1234, e/ 57 y 58", "La Plata", "Buenos Aires", "B1900"),
    ("Bv. San Juan 850, 2º A", "Córdoba", "Córdoba", "X5000"),
    ("Pellegrini 1560, PB", "Rosario", "Santa Fe", "S2000"),
    ("San Martín 320, Bº Centro", "Mendoza", "Mendoza", "M5500"),
)
_ID_FAMILY_M = ("Budi Santoso", "Agus Setiawan", "Dedi Kurniawan", "Rizky Pratama", "Hendra Wijaya")
_ID_FAMILY_F = ("Siti Aminah", "Dewi Lestari", "Sri Wahyuni", "Rina Marlina", "Nur Hidayah")
_ID_PLACES = (
    ("JL. MERDEKA NO. 12", "001/003", "SUKAJADI", "SUKAJADI", "JAWA BARAT", "BANDUNG", "3273"),
    ("JL. KH. AHMAD DAHLAN GG. MAWAR NO. 5", "004/002", "KEBAYORAN BARU", "GANDARIA UTARA",
     "DKI JAKARTA", "JAKARTA", "3174"),
    ("DUSUN KRAJAN RT 002", "002/001", "NGAGLIK", "SARIHARJO", "DI YOGYAKARTA", "SLEMAN", "3404"),
    ("JL. DIPONEGORO NO. 88", "003/005", "GUBENG", "AIRLANGGA", "JAWA TIMUR", "SURABAYA", "3578"),
)  # fmt: skip
_ID_JOBS = ("WIRASWASTA", "PETANI/PEKEBUN", "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "PNS")
_TH_FAMILY = ("ศรีสุข", "ใจดี", "ทองมา", "แก้วประเสริฐ", "สมบูรณ์ชัย", "พรหมวงศ์", "บุญเรือง")
_TH_GIVEN_M = ("สมชาย", "ประเสริฐ", "วีระพงษ์", "อนุชา", "ธนากร", "สุริยา")
_TH_GIVEN_F = ("สมหญิง", "กาญจนา", "นภัสสร", "วิไลวรรณ", "ศิริพร", "อรุณี")
_TH_PLACES = (
    ("45 หมู่ 3", "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
    ("12/7 ซอยลาดพร้าว 64", "วังทองหลาง", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
    ("99 หมู่ 8", "สันทราย", "สันทราย", "เชียงใหม่", "50210"),
    ("201 ถนนมิตรภาพ", "ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
)
_TH_MONTHS: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
)
_TH_MONTHS += ("พ.ย.", "ธ.ค.")
_RO_FAMILY = ("Popescu", "Ionescu", "Popa", "Stoica", "Dumitrescu", "Constantin", "Munteanu")
_RO_GIVEN_M = ("Andrei", "Mihai", "Ştefan", "Alexandru", "Ion", "Gheorghe", "Cătălin")
_RO_GIVEN_F = ("Ioana", "Maria", "Elena", "Andreea", "Mihaela", "Cristina", "Ştefania")
_RO_PLACES = (
    ("Str. Mihai Viteazu nr. 12, bl. A3, sc. 1, ap. 5", "Cluj-Napoca", "Cluj", "400001", "12"),
    ("Bd. Iuliu Maniu nr. 7, bl. 14, ap. 22", "Bucureşti Sector 6", "Bucureşti", "061071", "46"),
    ("Str. Lăpuşneanu nr. 3", "Iaşi", "Iaşi", "700057", "22"),
    ("Sat Bărbăteşti, nr. 118", "Bărbăteşti", "Vâlcea", "247035", "38"),
    ("Calea Aradului nr. 44, ap. 2", "Timişoara", "Timiş", "300088", "35"),
)
_MA_FAMILY = ("El Amrani", "Benali", "Alaoui", "Bennani", "El Idrissi", "Tazi", "Ouazzani")
_MA_GIVEN_M = ("Mohammed", "Youssef", "Hamza", "Abdelkader", "Said", "Rachid")
_MA_GIVEN_F = ("Fatima Zahra", "Khadija", "Salma", "Meryem", "Naima", "Hanane")
_MA_PLACES = (
    ("12, Rue Ibn Battouta, Quartier Maârif", "Casablanca", "20330", "BE"),
    ("Avenue Mohammed V, Imm. 4, Appt 7", "Rabat", "10000", "A"),
    ("Derb Sidi Bouloukat, N° 45", "Marrakech", "40000", "EE"),
    ("Lotissement Al Wifaq, Rue 9, N° 23", "Fès", "30000", "C"),
    ("Bd. Pasteur, Résidence Nour, Appt 12", "Tanger", "90000", "K"),
)
_MA_JOBS = ("Commerçant", "Enseignant(e)", "Sans profession", "Agriculteur", "Artisan")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 7 % len(places)]


def _shift_date(d: date, years: int) -> date:
    """``d`` moved by whole years (29 February falls back to 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _dni_number(p: Person) -> str:
    """The DNI's eight digits (zero-padded): its millions grow with the birth year, as issued."""
    millions = max(3, min(55, int((p.birth.year - 1925) * 0.55)))
    return f"{millions * 1_000_000 + int(p.bhxh[4:10]):08d}"


def _cuil(p: Person) -> str:
    """An Argentine CUIL: 20 (man) or 27 (woman), the DNI and the modulo 11 check digit (23 with
    9 or 4 where the digit would be 10)."""
    dni = _dni_number(p)
    prefix = "20" if p.male else "27"
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(prefix + dni, weights, strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    elif check == 10:
        prefix, check = "23", 9 if p.male else 4
    return f"{prefix}-{dni}-{check}"


def _nik(p: Person) -> str:
    """An Indonesian NIK: the region (6 digits), the birth day (plus 40 for a woman), month and
    two-digit year, and a serial."""
    region = _place(p, _ID_PLACES)[6] + p.bhxh[:2]
    day = p.birth.day + (0 if p.male else 40)
    return f"{region}{day:02d}{p.birth:%m%y}{p.bhxh[-4:]}"


def _thai_pid(p: Person) -> str:
    twelve = f"{int(p.bhxh[0]) % 8 + 1}{p.bhxh[1:10]}{p.phone[-2:]}"
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(twelve)) % 11) % 10
    n = f"{twelve}{check}"
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def _thai_date(d: date, months: bool = False) -> str:
    """A Thai date: the Buddhist era year (Gregorian + 543), the month's short name if asked."""
    if months:
        return f"{d.day} {_TH_MONTHS[d.month - 1]} {d.year + 543}"
    return f"{d:%d/%m}/{d.year + 543}"


def _cnp(p: Person) -> str:
    """A Romanian CNP: sex and century, YYMMDD, the county, a serial and the weighted digit."""
    lead = (1 if p.male else 2) + (4 if p.birth.year >= 2000 else 0)
    body = f"{lead}{p.birth:%y%m%d}{_place(p, _RO_PLACES)[4]}{p.bhxh[-3:]}"
    total = sum(int(d) * int(w) for d, w in zip(body, "279146358279", strict=True)) % 11
    return body + str(1 if total == 10 else total)


def _cin(p: Person) -> str:
    return f"{_place(p, _MA_PLACES)[3]}{int(p.bhxh[-6:]) + 100000 * (int(p.bhxh[0]) % 2)}"


WRITERS_BLIND44: dict[str, Callable[[Person, Col], object]] = {
    "slot44": lambda p, c: f"{7 + _num(p, 10)}:{_pick(p, ('00', '15', '30', '45'), 3)}",
    "doctor44": lambda p, c: _pick(p, _VN_DOCTORS, 2),
    "dept44": lambda p, c: _pick(p, _VN_DEPTS, 3),
    "status44": lambda p, c: _pick(p, _VN_STATUS, 4),
    "reason44": lambda p, c: _pick(p, _VN_REASONS, 5),
    "booking44": lambda p, c: f"APT{p.bhxh[-8:]}",
    "area44": lambda p, c: f"{_num(p, 80) + 10},{_num(p, 9)}",
    "plants44": lambda p, c: _pick(p, _VN_PLANTS, 2),
    "subsidy44": lambda p, c: f"{(_num(p, 6) + 1) * 2_500_000:,}".replace(",", "."),
    "account44": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[-3:]}",
    "bank44": lambda p, c: _pick(p, _VN_BANKS, 3),
    "officer44": lambda p, c: _other_vn(p, 4),
    "permit44": lambda p, c: f"{_num(p, 900)}/GP-UBND",
    "permit_kind44": lambda p, c: _pick(p, _VN_PERMITS, 2),
    "gear44": lambda p, c: _pick(p, _VN_GEAR, 3),
    "reservoir44": lambda p, c: _pick(p, _VN_RESERVOIRS, 4),
    "expiry44": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "ward44": lambda p, c: _pick(p, _VN_WARDS, 5),
    "signer44": lambda p, c: f"KT. Chủ tịch - {_other_vn(p, 6)}",
    "passport_vn44": lambda p, c: f"{'MSKEC'[int(p.bhxh) % 5]}{p.bhxh[1:9]}",
    "nation44": lambda p, c: _pick(p, _VN_NATIONS, 2),
    "visa44": lambda p, c: _pick(p, ("DL", "TT", "LĐ", "Miễn thị thực", "E-visa"), 3),
    "purpose44": lambda p, c: _pick(p, _VN_PURPOSES, 4),
    "stay44": lambda p, c: ", ".join(_place(p, _VN_STAY)),
    "host44": lambda p, c: _other_vn(p, 5),
    "host_phone44": lambda p, c: _other_phone(p, "091"),
    "host_relation44": lambda p, c: _pick(p, ("Bạn", "Vợ/chồng", "Người quen", "Thuê phòng"), 6),
    "leave44": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 14)):%d/%m/%Y}",
    "police44": lambda p, c: _other_vn(p, 7),
    "dni_ar44": lambda p, c: f"{int(_dni_number(p)):,}".replace(",", "."),
    "cuil_ar44": lambda p, c: _cuil(p),
    "ar_full44": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2).upper()}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1)}"
    ),
    "sex_ar44": lambda p, c: "Masculino" if p.male else "Femenino",
    "street_ar44": lambda p, c: _place(p, _AR_PLACES)[0],
    "loc_ar44": lambda p, c: _place(p, _AR_PLACES)[1],
    "prov_ar44": lambda p, c: _place(p, _AR_PLACES)[2],
    "cp_ar44": lambda p, c: _place(p, _AR_PLACES)[3],
    "phone_ar44": lambda p, c: f"+54 9 11 {p.phone[2:6]}-{p.phone[6:10]}",
    "obra_ar44": lambda p, c: _pick(p, ("OSDE", "PAMI", "IOMA", "Swiss Medical", "OSECAC"), 3),
    "nik_id44": lambda p, c: _nik(p),
    "kk_id44": lambda p, c: f"{_place(p, _ID_PLACES)[6]}{p.bhxh[:2]}{p.bhxh[2:10]}{p.phone[-2:]}",
    "id_name44": lambda p, c: _by_sex(p, _ID_FAMILY_M, _ID_FAMILY_F, 1).upper(),
    "pob_id44": lambda p, c: _pick(p, ("BANDUNG", "JAKARTA", "SLEMAN", "SURABAYA", "GARUT"), 2),
    "sex_id44": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "alamat_id44": lambda p, c: _place(p, _ID_PLACES)[0],
    "rtrw_id44": lambda p, c: _place(p, _ID_PLACES)[1],
    "kec_id44": lambda p, c: _place(p, _ID_PLACES)[2],
    "kel_id44": lambda p, c: _place(p, _ID_PLACES)[3],
    "prov_id44": lambda p, c: _place(p, _ID_PLACES)[4],
    "phone_id44": lambda p, c: f"08{p.phone[2:5]}-{p.phone[5:10]}{p.bhxh[-1]}",
    "marital_id44": lambda p, c: _pick(p, ("KAWIN", "BELUM KAWIN", "CERAI HIDUP", "KAWIN"), 3),
    "job_id44": lambda p, c: _pick(p, _ID_JOBS, 4),
    "pid_th44": lambda p, c: _thai_pid(p),
    "title_th44": lambda p, c: "นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 2),
    "th_given44": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "th_family44": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "birth_th44": lambda p, c: _thai_date(p.birth),
    "sex_th44": lambda p, c: "ชาย" if p.male else "หญิง",
    "addr_th44": lambda p, c: _place(p, _TH_PLACES)[0],
    "tambon_th44": lambda p, c: _place(p, _TH_PLACES)[1],
    "amphoe_th44": lambda p, c: _place(p, _TH_PLACES)[2],
    "changwat_th44": lambda p, c: _place(p, _TH_PLACES)[3],
    "zip_th44": lambda p, c: _place(p, _TH_PLACES)[4],
    "phone_th44": lambda p, c: f"08{p.phone[3]}-{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[-1]}",
    "date_th44": lambda p, c: _thai_date(p.other_date, months=True),
    "father_th44": lambda p, c: f"{_pick(p, _TH_GIVEN_M, 3)} {_pick(p, _TH_FAMILY, 2)}",
    "cnp_ro44": lambda p, c: _cnp(p),
    "ro_family44": lambda p, c: _pick(p, _RO_FAMILY, 2).upper(),
    "ro_given44": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1),
    "sex_ro44": lambda p, c: "M" if p.male else "F",
    "street_ro44": lambda p, c: _place(p, _RO_PLACES)[0],
    "loc_ro44": lambda p, c: _place(p, _RO_PLACES)[1],
    "judet_ro44": lambda p, c: _place(p, _RO_PLACES)[2],
    "cp_ro44": lambda p, c: _place(p, _RO_PLACES)[3],
    "phone_ro44": lambda p, c: f"07{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "ci_ro44": lambda p, c: f"{_pick(p, ('CJ', 'RX', 'MZ', 'VL', 'TZ'), 3)} {p.bhxh[-6:]}",
    "employer_ro44": lambda p, c: _pick(p, ("SC Dacia SA", "Primăria Cluj", "pensionar", "-"), 4),
    "cin_ma44": lambda p, c: _cin(p),
    "ma_family44": lambda p, c: _pick(p, _MA_FAMILY, 2).upper(),
    "ma_given44": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "sex_ma44": lambda p, c: "Masculin / ذكر" if p.male else "Féminin / أنثى",
    "addr_ma44": lambda p, c: _place(p, _MA_PLACES)[0],
    "city_ma44": lambda p, c: _place(p, _MA_PLACES)[1],
    "cp_ma44": lambda p, c: _place(p, _MA_PLACES)[2],
    "phone_ma44": lambda p, c: f"06 {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "father_ma44": lambda p, c: f"{_pick(p, _MA_GIVEN_M, 3)} {_pick(p, _MA_FAMILY, 2)}",
    "job_ma44": lambda p, c: _pick(p, _MA_JOBS, 4),
}
