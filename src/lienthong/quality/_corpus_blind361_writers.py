"""How the people of the three-hundred-and-sixty-first part of the outside corpus (**blind 361**,
:mod:`lienthong.quality._corpus_blind361`) are written: road traffic registers (licence points,
impounded vehicles, breath tests, camera notices) in Vietnam, and traffic tickets, summonses and
fines in Thailand, Malaysia, the UAE, Chile and Argentina with those countries' identity numbers
(the Thai 13-digit number, MyKad, the Emirates ID, the Chilean RUN, the Argentine DNI and CUIL),
reusing the check-digit helpers of earlier parts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _cuil, _dni_number, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind135_writers import _emirates_id
from lienthong.quality._corpus_blind300_writers import _mykad

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_OFFENCES = (
    "Không chấp hành hiệu lệnh đèn tín hiệu giao thông",
    "Chạy quá tốc độ quy định từ 10 đến 20 km/h",
    "Trong máu hoặc hơi thở có nồng độ cồn",
    "Sử dụng điện thoại khi đang lái xe",
    "Đi vào đường cấm, khu vực cấm",
    "Dừng, đỗ xe không đúng nơi quy định",
)
_POINTS_OFF = ("4", "6", "10", "12", "2", "6")
_CLASSES = ("A1", "A", "B", "B1", "C1", "A1, B")
_PLATES = ("29H1-{n}.{m}", "59-X3 {n}.{m}", "30K-{n}.{m}", "51G-{n}.{m}", "43C1-{n}.{m}")
_VEHICLES = (
    "Xe máy Honda Wave",
    "Xe máy Yamaha Exciter",
    "Ô tô Toyota Vios",
    "Xe máy điện VinFast",
)
_WARDS = ("Phường Hoàng Mai", "P. Tân Định", "Xã Thanh Trì", "Phường Hải Châu", "P.Ninh Kiều")
_PROVINCES = ("TP. Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Tỉnh Bắc Ninh")
_STATUS = ("Chờ chủ xe đến xử lý", "Đã gửi giấy mời lần 2", "Quá hạn, lập hồ sơ tịch thu", "")
_CAM_SITES = (
    "Km 12+300 QL1A, hướng Bắc",
    "Nút giao Đại lộ Thăng Long – Lê Trọng Tấn",
    "Cầu Rồng, Q. Sơn Trà",
    "Ngã tư Hàng Xanh",
    "Camera CSGT số 07, đường Võ Văn Kiệt",
)
_CAM_FAULTS = (
    "Không đội mũ bảo hiểm",
    "Người ngồi sau không đội MBH",
    "Chạy quá tốc độ",
    "Vượt đèn đỏ",
)

_TH_FAMILY = ("สุขใจ", "แสงทอง", "ศรีสวัสดิ์", "บุญมา", "จันทร์เพ็ญ", "ทองดี")
_TH_GIVEN_M = ("สมชาย", "ประเสริฐ", "วิชัย", "ณัฐพล", "อนุชา")
_TH_GIVEN_F = ("สมหญิง", "กัญญา", "ปวีณา", "มาลี", "สุภาพร")
_TH_ADDR = (
    "99/12 หมู่ 3, ต.บางพูด, อ.ปากเกร็ด, จ.นนทบุรี 11120",
    "45 ซ.ลาดพร้าว 71, แขวงสะพานสอง, เขตวังทองหลาง, กรุงเทพฯ 10310",
    "123 หมู่ 5, ต.ป่าแดด, อ.เมืองเชียงใหม่, จ.เชียงใหม่ 50100",
    "8/4 ถ.มิตรภาพ, ต.ในเมือง, อ.เมืองขอนแก่น, จ.ขอนแก่น 40000",
)
_TH_CHARGES = (
    "ขับรถเร็วเกินกว่าที่กฎหมายกำหนด",
    "ไม่สวมหมวกนิรภัย",
    "ฝ่าฝืนสัญญาณไฟจราจร",
    "จอดรถในที่ห้ามจอด",
    "ไม่มีใบอนุญาตขับขี่",
)
_MY_NAMES_M = ("Mohd Faizal bin Ahmad", "Tan Wei Ming", "Muthu a/l Rajan", "Ahmad Zaki bin Ismail")
_MY_NAMES_F = ("Nur Aisyah binti Hassan", "Lim Mei Ling", "Kavitha a/p Subramaniam", "Siti Aminah")
_MY_PLACES = (
    ("No. 12, Jalan SS 2/24", "47300", "Petaling Jaya", "Selangor"),
    ("Lot 455, Kampung Baru Sungai Buloh", "47000", "Sungai Buloh", "Selangor"),
    ("23-1, Jalan Tun Razak", "50400", "Kuala Lumpur", "W.P. Kuala Lumpur"),
    ("No. 8, Lorong Kenari 3, Taman Sri Tebrau", "80050", "Johor Bahru", "Johor"),
    ("56, Jalan Pasir Puteh", "31650", "Ipoh", "Perak"),
)
_MY_OFFENCES = (
    "Memandu melebihi had laju (AES)",
    "Melanggar lampu isyarat merah",
    "Tidak memakai tali pinggang keledar",
    "Letak kenderaan di petak OKU",
)
_AE_NAMES_M = (("Mohammed Al Mansoori", "محمد المنصوري"), ("Rahul Sharma", "راهول شارما"),
               ("Omar Haddad", "عمر حداد"), ("Juan Dela Cruz", "خوان ديلا كروز"))  # fmt: skip
_AE_NAMES_F = (("Fatima Al Nuaimi", "فاطمة النعيمي"), ("Priya Nair", "بريا ناير"),
               ("Layla Khoury", "ليلى خوري"), ("Maria Santos", "ماريا سانتوس"))  # fmt: skip
_AE_NATS = ("UAE / الإمارات", "India / الهند", "Jordan / الأردن", "Philippines / الفلبين")
_AE_ADDR = (
    "Villa 14, Street 23, Al Barsha 2, Dubai",
    "Flat 1204, Marina Tower, Dubai Marina, Dubai",
    "Building 7, Al Nahda 1, Sharjah",
    "Villa 3, Khalifa City A, Abu Dhabi",
)
_AE_VIOL = (
    ("Exceeding speed limit by more than 20 km/h", "0", "600"),
    ("Jumping a red light", "12", "1000"),
    ("Using mobile phone while driving", "4", "800"),
    ("Not wearing seat belt", "4", "400"),
    ("Sudden swerving", "4", "1000"),
)
_CL_PATERNO = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras")
_CL_MATERNO = ("Silva", "Morales", "Sepúlveda", "Araya", "Fuentes", "Castillo")
_CL_GIVEN_M = ("Juan Pablo", "Cristián Andrés", "José Luis", "Matías Ignacio")
_CL_GIVEN_F = ("María José", "Camila Fernanda", "Javiera Paz", "Francisca Andrea")
_CL_PLACES = (
    ("Av. Vicuña Mackenna 4520, depto. 302", "Macul", "Metropolitana"),
    ("Pasaje Los Aromos 1187", "Puente Alto", "Metropolitana"),
    ("Calle Blanco 1041", "Valparaíso", "Valparaíso"),
    ("Los Carrera 560", "Concepción", "Biobío"),
    ("Av. Alemania 0395", "Temuco", "La Araucanía"),
)
_CL_INFR = (
    "Exceso de velocidad",
    "No respetar luz roja",
    "Estacionar en lugar prohibido",
    "Circular sin revisión técnica",
)
_AR_FAMILY = ("Fernández", "Gómez", "Rodríguez", "López", "Martínez", "Sosa", "Romero")
_AR_GIVEN_M = ("Juan Martín", "Lucas", "Diego Alejandro", "Nicolás")
_AR_GIVEN_F = ("María Laura", "Florencia", "Valeria Soledad", "Agustina")
_AR_PLACES = (
    (
        "Av. Corrientes 3456 Piso 4 Dto. B",
        "C.A.B.A.",
        "Ciudad Autónoma de Buenos Aires",
        "C1194AAR",
    ),
    ("Bv. Oroño 1250", "Rosario", "Santa Fe", "S2000DSN"),
    ("Calle 7 N° 1020", "La Plata", "Buenos Aires", "B1900TFG"),
    ("San Martín 845", "Mendoza", "Mendoza", "M5500GHA"),
    ("Av. Colón 2150", "Córdoba", "Córdoba", "X5003DCF"),
)
_AR_INFR = (
    ("Exceso de velocidad", "5"),
    ("Cruce con semáforo en rojo", "5"),
    ("Conducir con alcoholemia positiva", "10"),
    ("Uso de celular al conducir", "5"),
    ("Sin cinturón de seguridad", "4"),
)


def _plate(p: Person) -> str:
    return _pick(p, _PLATES, 3).format(n=p.bhxh[2:5], m=p.bhxh[5:7])


def _breath(p: Person, salt: int) -> str:
    reading = (_num(p, 60) + salt * 3) % 60
    return "0,000" if _num(p, 7) < 4 else f"0,{reading * 6 + 40:03d}"


def _th_name(p: Person) -> str:
    title = "นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 2)
    return f"{title}{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1)} {_pick(p, _TH_FAMILY, 3)}"


def _my_place(p: Person) -> tuple[str, str, str, str]:
    return _MY_PLACES[int(p.bhxh) % len(_MY_PLACES)]


def _ae_name(p: Person) -> tuple[str, str]:
    names = _AE_NAMES_M if p.male else _AE_NAMES_F
    return names[int(p.bhxh) // 7 % len(names)]


def _ae_viol(p: Person) -> tuple[str, str, str]:
    return _AE_VIOL[int(p.bhxh) // 3 % len(_AE_VIOL)]


def _cl_place(p: Person) -> tuple[str, str, str]:
    return _CL_PLACES[int(p.bhxh) // 5 % len(_CL_PLACES)]


def _ar_place(p: Person) -> tuple[str, str, str, str]:
    return _AR_PLACES[int(p.bhxh) // 9 % len(_AR_PLACES)]


def _ar_infr(p: Person) -> tuple[str, str]:
    return _AR_INFR[int(p.bhxh) // 4 % len(_AR_INFR)]


WRITERS_BLIND361: dict[str, Callable[[Person, Col], object]] = {
    "gplx361": lambda p, c: f"{p.bhxh[:2]}{p.cccd[-10:]}",
    "gplx_class361": lambda p, c: _pick(p, _CLASSES, 2),
    "decision361": lambda p, c: f"{_num(p, 900) + 100}/QĐ-XPHC",
    "offence361": lambda p, c: _pick(p, _OFFENCES, 4),
    "points_off361": lambda p, c: _pick(p, _POINTS_OFF, 4),
    "points_left361": lambda p, c: str(max(0, 12 - int(_pick(p, _POINTS_OFF, 4)))),
    "officer361": lambda p, c: f"Đại úy {_other_vn(p, 5, True)}",
    "seizure361": lambda p, c: f"{_num(p, 500):04d}/BB-TGPT",
    "plate361": lambda p, c: _plate(p),
    "ward361": lambda p, c: _pick(p, _WARDS, 7),
    "province361": lambda p, c: _pick(p, _PROVINCES, 8),
    "vehicle361": lambda p, c: _pick(p, _VEHICLES, 5),
    "driver361": lambda p, c: _pick(p, ("Chính chủ", _other_vn(p, 6), _other_vn(p, 8, True)), 7),
    "lot361": lambda p, c: f"Khu {'ABC'[_num(p, 3) - 1]} – ô {_num(p, 80):02d}",
    "storage361": lambda p, c: f"{_num(p, 60) * 15_000:,}".replace(",", "."),
    "impound_status361": lambda p, c: _pick(p, _STATUS, 6),
    "hour361": lambda p, c: f"{20 + _num(p, 4) % 4}:{_num(p, 59):02d}",
    "breath1_361": lambda p, c: _breath(p, 0),
    "breath2_361": lambda p, c: _breath(p, 1),
    "device361": lambda p, c: f"Lion SD-400 / {p.bhxh[4:9]}",
    "band361": lambda p, c: (
        "Không VP" if _num(p, 7) < 4 else _pick(p, ("Mức 1", "Mức 2", "Mức 3"), 8)
    ),
    "notice361": lambda p, c: f"{_num(p, 999):04d}/TB-PC08",
    "cam_time361": lambda p, c: f"{_num(p, 23):02d}:{_num(p, 59):02d} {p.other_date:%d/%m/%Y}",
    "cam_site361": lambda p, c: _pick(p, _CAM_SITES, 2),
    "cam_fault361": lambda p, c: _pick(p, _CAM_FAULTS, 3),
    "speed361": lambda p, c: f"{60 + _num(p, 35)}/60",
    "post361": lambda p, c: f"EB{p.bhxh[1:10]}VN",
    "delivered361": lambda p, c: _pick(p, ("Đã phát", "Phát không thành công", "Đang phát"), 5),
    "th_ticket361": lambda p, c: f"บ.{_num(p, 90) + 10}/{p.bhxh[3:9]}",
    "th_pid361": lambda p, c: _thai_pid(p),
    "th_name361": lambda p, c: _th_name(p),
    "th_birth361": lambda p, c: _thai_date(p.birth, months=True),
    "th_sex361": lambda p, c: "ชาย" if p.male else "หญิง",
    "th_addr361": lambda p, c: _pick(p, _TH_ADDR, 4),
    "th_phone361": lambda p, c: (
        f"0{_pick(p, ('8', '9', '6'), 1)}{p.bhxh[2:3]}-{p.bhxh[3:6]}-{p.bhxh[6:10]}"
    ),
    "th_plate361": lambda p, c: (
        f"{_pick(p, ('1กข', '2ฒย', 'กท', '7กพ'), 2)} {p.bhxh[5:9]} "
        f"{_pick(p, ('กรุงเทพมหานคร', 'นนทบุรี', 'เชียงใหม่'), 6)}"
    ),
    "th_charge361": lambda p, c: _pick(p, _TH_CHARGES, 5),
    "th_place361": lambda p, c: _pick(
        p, ("ถ.วิภาวดีรังสิต", "แยกอโศก", "ถ.พหลโยธิน กม.42", "ถ.มิตรภาพ"), 7
    ),
    "th_date361": lambda p, c: _thai_date(p.other_date),
    "th_fine361": lambda p, c: _pick(p, ("500", "1,000", "400", "200", "2,000"), 5),
    "th_officer361": lambda p, c: _pick(
        p, ("ร.ต.อ.วีระ ชัยมงคล", "ด.ต.สมศักดิ์ ใจดี", "จ.ส.ต.ธนากร พรหมมา"), 8
    ),
    "th_paid361": lambda p, c: _pick(p, ("ชำระแล้ว", "ค้างชำระ", "ส่งศาล"), 9),
    "my_ic361": lambda p, c: _mykad(p),
    "my_name361": lambda p, c: _by_sex(p, _MY_NAMES_M, _MY_NAMES_F, 1),
    "my_sex361": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "my_street361": lambda p, c: _my_place(p)[0],
    "my_post361": lambda p, c: _my_place(p)[1],
    "my_town361": lambda p, c: _my_place(p)[2],
    "my_state361": lambda p, c: _my_place(p)[3],
    "my_phone361": lambda p, c: (
        f"01{_pick(p, ('2', '3', '6', '9'), 2)}-{p.bhxh[2:5]} {p.bhxh[5:9]}"
    ),
    "my_plate361": lambda p, c: (
        f"{_pick(p, ('WXY', 'BKH', 'JRT', 'VEN'), 3)} {int(p.bhxh[5:9]) % 9999 + 1}"
    ),
    "my_summons361": lambda p, c: f"AES{p.bhxh[:9]}",
    "my_offence361": lambda p, c: _pick(p, _MY_OFFENCES, 4),
    "my_rm361": lambda p, c: _pick(p, ("300.00", "150.00", "1,000.00", "2,000.00"), 5),
    "my_black361": lambda p, c: _pick(
        p, ("Senarai Hitam", "Belum Dibayar", "Dibayar - Dilepaskan"), 6
    ),
    "ae_file361": lambda p, c: f"{_pick(p, ('50', '10', '30'), 2)}{p.bhxh[1:8]}",
    "ae_eid361": lambda p, c: _emirates_id(p),
    "ae_name361": lambda p, c: _ae_name(p)[0],
    "ae_arname361": lambda p, c: _ae_name(p)[1],
    "ae_nat361": lambda p, c: _pick(p, _AE_NATS, 3),
    "ae_mobile361": lambda p, c: (
        f"+971 5{_pick(p, ('0', '2', '5', '6'), 4)} {p.bhxh[3:6]} {p.bhxh[6:10]}"
    ),
    "ae_addr361": lambda p, c: _pick(p, _AE_ADDR, 5),
    "ae_licence361": lambda p, c: f"{p.bhxh[2:9]}",
    "ae_plate361": lambda p, c: (
        f"{_pick(p, ('Dubai', 'Abu Dhabi', 'Sharjah'), 6)} {_pick(p, ('A', 'K', 'Q', '12'), 7)} "
        f"{int(p.bhxh[4:9]) % 99999 + 1}"
    ),
    "ae_violation361": lambda p, c: _ae_viol(p)[0],
    "ae_points361": lambda p, c: _ae_viol(p)[1],
    "ae_fine361": lambda p, c: _ae_viol(p)[2],
    "cl_run361": lambda p, c: _rut(p),
    "cl_paterno361": lambda p, c: _pick(p, _CL_PATERNO, 1),
    "cl_materno361": lambda p, c: _pick(p, _CL_MATERNO, 2),
    "cl_given361": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 3),
    "cl_street361": lambda p, c: _cl_place(p)[0],
    "cl_comuna361": lambda p, c: _cl_place(p)[1],
    "cl_region361": lambda p, c: _cl_place(p)[2],
    "cl_phone361": lambda p, c: f"+56 9 {p.bhxh[2:6]} {p.bhxh[6:10]}",
    "cl_ppu361": lambda p, c: (
        f"{_pick(p, ('KX', 'GH', 'LR', 'BC'), 4)}{_pick(p, ('TZ', 'PW', 'DF'), 5)}-{p.bhxh[7:9]}"
    ),
    "cl_rol361": lambda p, c: f"{_num(p, 9000) + 1000}-{p.other_date.year}",
    "cl_court361": lambda p, c: _pick(
        p, ("1er JPL Santiago", "2° JPL Maipú", "JPL Viña del Mar", "1er JPL Concepción"), 6
    ),
    "cl_infraction361": lambda p, c: _pick(p, _CL_INFR, 7),
    "cl_utm361": lambda p, c: _pick(p, ("1,0", "1,5", "0,5", "3,0"), 8),
    "ar_acta361": lambda p, c: f"A-{p.bhxh[1:9]}",
    "ar_family361": lambda p, c: _pick(p, _AR_FAMILY, 1),
    "ar_given361": lambda p, c: _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 2),
    "ar_tdoc361": lambda p, c: "DNI",
    "ar_dni361": lambda p, c: f"{_dni_number(p):,}".replace(",", "."),
    "ar_cuil361": lambda p, c: _cuil(p),
    "ar_sex361": lambda p, c: "M" if p.male else "F",
    "ar_street361": lambda p, c: _ar_place(p)[0],
    "ar_town361": lambda p, c: _ar_place(p)[1],
    "ar_prov361": lambda p, c: _ar_place(p)[2],
    "ar_cp361": lambda p, c: _ar_place(p)[3],
    "ar_phone361": lambda p, c: (
        f"+54 9 {_pick(p, ('11', '341', '221', '261', '351'), 3)} {p.bhxh[3:6]}-{p.bhxh[6:10]}"
    ),
    "ar_dominio361": lambda p, c: (
        f"{_pick(p, ('AB', 'AC', 'AD', 'AE'), 4)} {p.bhxh[2:5]} {_pick(p, ('CD', 'KL', 'XZ'), 5)}"
    ),
    "ar_infraction361": lambda p, c: _ar_infr(p)[0],
    "ar_pts361": lambda p, c: _ar_infr(p)[1],
    "ar_left361": lambda p, c: str(20 - int(_ar_infr(p)[1])),
}
