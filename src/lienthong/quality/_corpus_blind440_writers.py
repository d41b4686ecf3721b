"""How the people of the four-hundred-and-fortieth part of the outside corpus (**blind 440**,
:mod:`lienthong.quality._corpus_blind440`) are written: four Vietnamese files' own columns (a
commune's electricity bill support for poor households, a rooftop solar rebate list with its
installers, an LPG cylinder subsidy list with its dealers, a list of households changing to
efficient stoves) and Indian, Indonesian, Pakistani, Argentine and Mexican energy subsidy
beneficiaries' names, addresses, phones and numbers in the forms their cards show (the Aadhaar
with its Verhoeff digit, the NIK, the CNIC, the CUIL with its mod-11 digit, the CURP with its
check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _cuil, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind209_writers import _nik
from lienthong.quality._corpus_blind276_writers import _curp276
from lienthong.quality._corpus_blind303_writers import _row

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# -- Vietnam -------------------------------------------------------------------------------------
_VN_KIND = ("Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "Hộ chính sách xã hội", "Hộ nghèo")
_VN_PAY = ("", "", "Đã ký", "Đã nhận", "Chuyển khoản")
_VN_INSTALLERS = (
    ("Công ty TNHH Năng lượng Xanh Miền Trung", "0236"),
    ("Công ty CP Điện mặt trời Sao Mai", "0296"),
    ("Công ty TNHH Solar Tiến Phát", "0274"),
    ("HTX Dịch vụ điện Nông thôn Hòa Bình", "0218"),
    ("Công ty CP Kỹ thuật Năng lượng Ánh Dương", "0251"),
)
_VN_BANKS = ("Agribank", "NHCSXH", "Vietinbank", "BIDV", "Agribank", "LienVietPostBank")
_VN_TARGETS = (
    "Hộ nghèo",
    "Hộ DTTS vùng ĐBKK",
    "Người cao tuổi cô đơn",
    "Hộ cận nghèo",
    "Hộ có người khuyết tật",
)
_VN_DEALERS = (
    ("Cửa hàng gas Minh Phát", "Số 14 QL6, TT Mai Châu"),
    ("Đại lý gas Petrolimex Tân Lạc", "Khu 3, TT Mãn Đức"),
    ("Cửa hàng gas Hùng Thủy", "Chợ Lạc Sơn, TT Vụ Bản"),
    ("Đại lý PV Gas Đà Bắc", "Tổ 2, TT Đà Bắc"),
)
_VN_BANS: _T = ("Bản Lác", "Bản Pom Coọng", "Xóm Mường", "Bản Văn", "Xóm Nà Phòn", "Bản Chiềng Sại")
_VN_BANS += ("Xóm Đồng Bưa", "Bản Nà Thia", "Xóm Bãi Khoai", "Bản Tòng Đậu", "Xóm Ải")
_VN_XA = ("xã Chiềng Châu", "xã Mai Hạ", "xã Vạn Mai", "xã Pà Cò", "xã Nà Phòn", "xã Tòng Đậu")
_VN_ETHNIC = ("Mường", "Thái", "Kinh", "Dao", "Mông", "Tày")
_VN_OLD_STOVE = ("Bếp củi 3 hòn", "Bếp than tổ ong", "Bếp củi", "Bếp rơm rạ", "Bếp củi 3 hòn")
_VN_NEW_STOVE = ("Bếp đun cải tiến", "Bếp khí sinh học (biogas)", "Bếp điện từ", "Bếp trấu")
_VN_SUPPLIERS = ("Dự án SNV Biogas", "HTX Cơ khí Tân Phong", "Điện máy Xanh CN Mai Châu")
_VN_OFFICERS = (
    ("Hà Văn Thắng", "0912 447 305"),
    ("Lò Thị Xuân", "0984 120 663"),
    ("Bùi Văn Hải", "0368 551 902"),
    ("Đinh Thị Ngọc", "0917 826 014"),
)


def _kwh_support(p: Person) -> int:
    """30 kWh a month for a poor household, 50 kWh for a social policy one, at 1,984 đ/kWh."""
    return 1_984 * (50 if _pick(p, _VN_KIND, 1) == "Hộ chính sách xã hội" else 30)


def _vn_installer(p: Person) -> _T:
    return _row(p, _VN_INSTALLERS, 4)


def _ban(p: Person) -> str:
    return f"{_pick(p, _VN_BANS, 6)} {_num(p, 9)}, {_pick(p, _VN_XA, 7)}, huyện Mai Châu"


# -- India ---------------------------------------------------------------------------------------
_IN_GIVEN_F = ("Sunita", "Rekha", "Pushpa", "Kamla", "Geeta", "Meena", "Savitri", "Rani", "Usha")
_IN_GIVEN_M = ("Ramesh", "Suresh", "Mahesh", "Raju", "Dinesh", "Mukesh", "Santosh", "Ramu")
_IN_FAMILY: _T = ("Devi", "Kumari", "Yadav", "Kushwaha", "Paswan", "Mahto", "Prajapati", "Nishad")
_IN_FAMILY += ("Chauhan", "Rajbhar", "Manjhi", "Verma")
_IN_PLACES = (
    ("Vill. Rampur Khurd", "Teh. Sadar", "Gorakhpur", "273001", "Uttar Pradesh"),
    ("Vill. Bhawanipur", "Block Bairiya", "Pashchim Champaran", "845438", "Bihar"),
    ("Vill. Chak Saraiya", "Teh. Phulpur", "Prayagraj", "212402", "Uttar Pradesh"),
    ("Vill. Dumari", "Block Barachatti", "Gaya", "824201", "Bihar"),
    ("Vill. Kesla", "Teh. Itarsi", "Narmadapuram", "461111", "Madhya Pradesh"),
    ("Vill. Badkagaon", "Block Badkagaon", "Hazaribagh", "825311", "Jharkhand"),
)
_IN_DISTRIBUTORS: _T = ("Shree Ganesh Indane Gramin Vitrak", "Maa Durga HP Gas Agency")
_IN_DISTRIBUTORS += ("Kisan Bharatgas Service", "Jai Hind Indane Sewa")


def _in_name(p: Person) -> str:
    given = _by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)
    return f"{given} {_pick(p, _IN_FAMILY, 2)}"


def _aadhaar440(p: Person) -> str:
    full = _verhoeff(f"{int(p.bhxh[2]) % 8 + 2}{p.bhxh[::-1]}")
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _in_place(p: Person) -> _T:
    return _row(p, _IN_PLACES, 5)


# -- Indonesia -----------------------------------------------------------------------------------
_ID_GIVEN_M = ("Slamet", "Budi", "Agus", "Joko", "Sutrisno", "Eko", "Wahyu", "Hendra", "Rudi")
_ID_GIVEN_F = ("Siti", "Sri", "Sumiati", "Dewi", "Rini", "Nur", "Wartini", "Yuni", "Endang")
_ID_SECOND: _T = ("Rahayu", "Purnomo", "Wibowo", "Lestari", "Susanto", "Handayani", "Hidayat")
_ID_SECOND += ("Setiawan", "Wulandari", "Saputra", "Kurniasih")
_ID_PLACES = (
    ("Sukamaju", "Cibinong", "Jawa Barat", "320101", "Bogor"),
    ("Kedungrejo", "Waru", "Jawa Timur", "351513", "Sidoarjo"),
    ("Mlati Kidul", "Kota Kudus", "Jawa Tengah", "331901", "Kudus"),
    ("Tegalrejo", "Tegalrejo", "DI Yogyakarta", "347104", "Yogyakarta"),
    ("Pakuncen", "Wirobrajan", "DI Yogyakarta", "347108", "Yogyakarta"),
    ("Karang Anyar", "Tanjung Karang Barat", "Lampung", "187102", "Bandar Lampung"),
)
_ID_BORN = ("Bogor", "Sidoarjo", "Kudus", "Sleman", "Klaten", "Surabaya", "Tegal")
_ID_JALAN = ("Jl. Melati", "Jl. Kenanga", "Gg. Mawar", "Dusun Krajan", "Jl. Raya", "Gg. Damai")
_ID_PANGKALAN = ("Pangkalan Bu Nanik", "Pangkalan Sumber Rejeki", "Pangkalan Berkah Jaya")
_ID_USER = ("Rumah Tangga", "Rumah Tangga", "Usaha Mikro", "Rumah Tangga", "Nelayan Sasaran")


def _id_name(p: Person) -> str:
    return f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_SECOND, 2)}".upper()


def _id_place(p: Person) -> _T:
    return _row(p, _ID_PLACES, 6)


def _id_street(p: Person) -> str:
    rt, rw = int(p.bhxh[1]) + 1, int(p.bhxh[2]) % 9 + 1
    return f"{_pick(p, _ID_JALAN, 3)} No. {_num(p, 88)} RT {rt:03d}/RW {rw:03d}"


# -- Pakistan ------------------------------------------------------------------------------------
_PK_WOMEN = ("Shazia", "Naseem", "Rukhsana", "Parveen", "Nasreen", "Samina", "Zahida", "Kalsoom")
_PK_MEN = ("Muhammad Aslam", "Ghulam Rasool", "Allah Ditta", "Muhammad Akram", "Abdul Sattar")
_PK_LAST = ("Bibi", "Begum", "Akhtar", "Kausar", "Mai", "Perveen", "Khatoon", "Shaheen", "Bano")
_PK_FATHERS: _T = ("Muhammad Sharif", "Ghulam Hussain", "Allah Bakhsh", "Noor Muhammad", "Ali Raza")
_PK_FATHERS += ("Manzoor Ahmed", "Khuda Bakhsh", "Riaz Ahmad")
_PK_PLACES = (
    ("Muzaffargarh", "32304", "Mohalla Ghareebabad", "Basti Malik Wala"),
    ("Rajanpur", "32402", "Mauza Kotla Esan", "Basti Jamal Wali"),
    ("Thatta", "41304", "Goth Haji Juman", "Village Jhirk"),
    ("Dera Ismail Khan", "12101", "Mohalla Shah Faisal", "Chah Sayedan Wala"),
    ("Jhang", "33202", "Mohalla Islampura", "Chak No. 212 JB"),
)
_PK_CAMPS = ("HBL Konnect Campsite", "Govt. Girls High School Campsite", "BISP Tehsil Office")
_PK_PHASE = ("Phase I 2026", "Phase II 2026", "Phase III 2026", "Phase IV 2025")


def _pk_place(p: Person) -> _T:
    return _row(p, _PK_PLACES, 7)


def _pk_name(p: Person) -> str:
    if p.male:
        return f"{_pick(p, _PK_MEN, 1)} {_pick(p, ('Khan', 'Baloch', 'Jatoi', 'Solangi'), 2)}"
    return f"{_pick(p, _PK_WOMEN, 1)} {_pick(p, _PK_LAST, 2)}"


def _cnic440(p: Person) -> str:
    last = int(p.bhxh[6]) // 2 * 2 + (1 if p.male else 0)
    return f"{_pk_place(p)[1]}-{p.bhxh[1:8]}-{last}"


# -- Argentina -----------------------------------------------------------------------------------
_AR_GIVEN_M: _T = ("Juan Carlos", "Walter", "Diego Martín", "Sergio", "Ramón", "Cristian", "Hugo")
_AR_GIVEN_M += ("Lucas Ezequiel", "Miguel Ángel", "Gustavo", "Jonathan", "Marcelo", "Oscar")
_AR_GIVEN_F: _T = ("María Laura", "Silvia", "Claudia Beatriz", "Romina", "Graciela", "Natalia")
_AR_GIVEN_F += ("Andrea Soledad", "Mirta", "Yanina", "Carina", "Norma Beatriz", "Verónica")
_AR_FAMILY: _T = ("González", "Rodríguez", "Gómez", "Fernández", "López", "Díaz", "Martínez")
_AR_FAMILY += ("Pérez", "Sosa", "Romero", "Benítez", "Acosta", "Ledesma", "Medina", "Herrera")
_AR_FAMILY += ("Aguirre", "Giménez", "Ríos", "Cabrera", "Molina", "Ojeda", "Vera", "Ferreyra")
_AR_FAMILY += ("Luna", "Quiroga", "Paz", "Coronel")
_AR_PLACES = (
    ("La Matanza", "Buenos Aires", "B1754", "Edenor", "11"),
    ("Quilmes", "Buenos Aires", "B1878", "Edesur", "11"),
    ("Córdoba", "Córdoba", "X5000", "EPEC", "351"),
    ("Rosario", "Santa Fe", "S2000", "EPE Santa Fe", "341"),
    ("San Miguel de Tucumán", "Tucumán", "T4000", "EDET", "381"),
    ("Resistencia", "Chaco", "H3500", "SECHEEP", "362"),
)
_AR_STREETS = ("Av. San Martín", "Belgrano", "Sarmiento", "Mitre", "Rivadavia", "Juan B. Justo")
_AR_CRIT: _T = ("AUH", "Jubilación mínima", "Pensión no contributiva", "Monotributo social")
_AR_CRIT += ("Electrodependiente", "Ingresos < 1 CBT")


def _ar_place(p: Person) -> _T:
    return _row(p, _AR_PLACES, 8)


def _ar_phone(p: Person) -> str:
    """A mobile as ``+54 9 <area> <number>``, the area and the number ten digits together."""
    area = _ar_place(p)[4]
    rest = p.phone[2 + len(area) - 2 : 10]
    cut = len(rest) - 4
    return f"+54 9 {area} {rest[:cut]}-{rest[cut:]}"


# -- Mexico --------------------------------------------------------------------------------------
_MX_GIVEN_M: _T = ("José Luis", "Jesús", "Francisco", "Ramón", "Manuel", "Juan", "Héctor", "Omar")
_MX_GIVEN_M += ("Jorge Alberto", "Arturo", "Martín", "Luis Fernando")
_MX_GIVEN_F: _T = ("María Guadalupe", "Rosa", "Leticia", "Ana", "Martha", "Yolanda", "Claudia")
_MX_GIVEN_F += ("Alma Delia", "María de Jesús", "Irma", "Karina", "Lourdes")
_MX_FAMILY: _T = ("López", "Valenzuela", "García", "Félix", "Soto", "Ruiz", "Castro", "Moreno")
_MX_FAMILY += ("Leyva", "Quintero", "Ochoa", "Armenta", "Duarte", "Zazueta", "Bojórquez")
_MX_FAMILY += ("Gastélum", "Camacho", "Romero", "Torres", "Ibarra", "Vázquez", "Mendívil")
_MX_FAMILY += ("Sández", "Acosta")
_MX_PLACES = (
    ("Hermosillo", "SR", "Col. Olivares", "83180", "1F", "662"),
    ("Cajeme", "SR", "Col. Cajeme", "85050", "1F", "644"),
    ("Culiacán", "SL", "Col. Infonavit Humaya", "80020", "1E", "667"),
    ("Mexicali", "BC", "Col. Pro-Hogar", "21240", "1F", "686"),
    ("Ahome", "SL", "Col. Jiquilpan", "81220", "1D", "668"),
    ("Navojoa", "SR", "Col. Sonora", "85830", "1E", "642"),
)
_MX_STREETS: _T = ("Calle Jesús García", "Blvd. Rosales", "Calle Niños Héroes", "Av. Juárez")
_MX_STREETS += ("Calle Yáñez", "Privada Las Palmas")


def _mx_place(p: Person) -> _T:
    return _row(p, _MX_PLACES, 9)


def _mx_parts(p: Person) -> tuple[str, str, str]:
    return (
        _pick(p, _MX_FAMILY, 2),
        _pick(p, _MX_FAMILY, 3),
        _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    )


def _curp440(p: Person) -> str:
    pat, mat, given = _mx_parts(p)
    return _curp276(pat, mat, given, p, _mx_place(p)[1])


WRITERS_BLIND440: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: electricity bill support
    "hang440": lambda p, c: _pick(p, _VN_KIND, 1),
    "mahongheo440": lambda p, c: f"HN-{p.other_date:%Y}-{_num(p, 400):03d}",
    "makh440": lambda p, c: f"PA0{_pick(p, ('5', '7', '9'), 2)}MC{p.bhxh[-7:]}",
    "tien440": lambda p, c: _money(_kwh_support(p)),
    "thang440": lambda p, c: _pick(p, ("3", "3", "6", "3"), 4),
    "tong440": lambda p, c: _money(_kwh_support(p) * int(_pick(p, ("3", "3", "6", "3"), 4))),
    "nhanthay440": lambda p, c: _other_vn(p, 5) if int(p.bhxh) % 4 == 0 else "",
    "kynhan440": lambda p, c: _pick(p, _VN_PAY, 6),
    # Vietnam: rooftop solar rebate
    "kwp440": lambda p, c: _pick(p, ("3,3", "5,5", "6,6", "3,0", "10,2", "4,4"), 2),
    "installer440": lambda p, c: _vn_installer(p)[0],
    "installer_rep440": lambda p, c: _pick(
        p, ("Nguyễn Văn Toàn", "Lê Thị Hằng", "Trần Minh Đức"), 4
    ),
    "installer_phone440": lambda p, c: (
        f"{_vn_installer(p)[1]} 3{_pick(p, ('812', '654', '227'), 4)} 456"
    ),
    "rebate440": lambda p, c: _pick(p, ("10", "15", "20", "15"), 5),
    "bank_acct440": lambda p, c: f"{p.bhxh[-3:]}0{p.bhxh[::-1][:9]}",
    "bank440": lambda p, c: _pick(p, _VN_BANKS, 6),
    # Vietnam: LPG cylinders
    "doituong440": lambda p, c: _pick(p, _VN_TARGETS, 1),
    "binh440": lambda p, c: _pick(p, ("Bình 12 kg", "Bình 12 kg", "Bình 6 kg"), 2),
    "seri440": lambda p, c: f"VG{p.bhxh[:2]}-{p.bhxh[3:9]}",
    "daily440": lambda p, c: _row(p, _VN_DEALERS, 3)[0],
    "daily_addr440": lambda p, c: _row(p, _VN_DEALERS, 3)[1],
    "soluong440": lambda p, c: _pick(p, ("1", "1", "2", "1"), 4),
    # Vietnam: efficient stoves
    "thon_xa440": lambda p, c: _ban(p),
    "dantoc440": lambda p, c: _pick(p, _VN_ETHNIC, 1),
    "bepcu440": lambda p, c: _pick(p, _VN_OLD_STOVE, 2),
    "bepmoi440": lambda p, c: _pick(p, _VN_NEW_STOVE, 3),
    "hotro440": lambda p, c: _pick(p, ("1.500.000", "2.000.000", "3.500.000", "800.000"), 4),
    "ncc440": lambda p, c: _pick(p, _VN_SUPPLIERS, 5),
    "canbo440": lambda p, c: _row(p, _VN_OFFICERS, 6)[0],
    "sdt_canbo440": lambda p, c: _row(p, _VN_OFFICERS, 6)[1],
    # India
    "lpg_id440": lambda p, c: f"7{p.bhxh}{p.bhxh[:6]}",
    "in_name440": lambda p, c: _in_name(p),
    "in_rel440": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 3)} {_pick(p, _IN_FAMILY[2:], 2)}",
    "sex_in440": lambda p, c: "Male" if p.male else "Female",
    "aadhaar440": lambda p, c: _aadhaar440(p),
    "ration440": lambda p, c: f"{_in_place(p)[3][:3]}{p.bhxh[-9:]}",
    "in_addr440": lambda p, c: f"H.No. {_num(p, 240)}, {_in_place(p)[0]}, {_in_place(p)[1]}",
    "in_dist440": lambda p, c: _in_place(p)[2],
    "in_pin440": lambda p, c: _in_place(p)[3],
    "phone_in440": lambda p, c: f"{_pick(p, ('9', '8', '7', '6'), 4)}{p.phone[1:10]}",
    "in_distrib440": lambda p, c: _pick(p, _IN_DISTRIBUTORS, 5),
    "in_bank440": lambda p, c: f"XXXXXXX{p.bhxh[-4:]}",
    # Indonesia
    "nik440": lambda p, c: _nik(p, _id_place(p)[3]),
    "kk440": lambda p, c: f"{_id_place(p)[3]}{p.other_date:%d%m%y}{p.bhxh[2:6]}",
    "id_name440": lambda p, c: _id_name(p),
    "id_born440": lambda p, c: _pick(p, _ID_BORN, 4).upper(),
    "sex_id440": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "id_street440": lambda p, c: _id_street(p),
    "id_desa440": lambda p, c: _id_place(p)[0],
    "id_kec440": lambda p, c: _id_place(p)[1],
    "id_prov440": lambda p, c: _id_place(p)[2],
    "phone_id440": lambda p, c: f"08{_pick(p, ('12', '13', '52', '57', '95'), 5)}{p.phone[2:10]}",
    "id_user440": lambda p, c: _pick(p, _ID_USER, 6),
    "id_pangkalan440": lambda p, c: _pick(p, _ID_PANGKALAN, 7),
    "id_qty440": lambda p, c: _pick(p, ("1", "2", "1", "3"), 8),
    # Pakistan
    "cnic440": lambda p, c: _cnic440(p),
    "pk_name440": lambda p, c: _pk_name(p),
    "pk_rel440": lambda p, c: _pick(p, _PK_FATHERS, 3),
    "sex_pk440": lambda p, c: "Male" if p.male else "Female",
    "pk_addr440": lambda p, c: (
        f"H# {_num(p, 150)}, {_pk_place(p)[2]}, {_pk_place(p)[3]}, {_pk_place(p)[0]}"
    ),
    "pk_dist440": lambda p, c: _pk_place(p)[0],
    "pk_ref440": lambda p, c: f"{p.bhxh[:2]} {p.bhxh[2:7]} {p.bhxh[3:10]} U",
    "phone_pk440": lambda p, c: f"03{_pick(p, ('00', '01', '12', '33', '45'), 4)}-{p.phone[3:10]}",
    "pmt440": lambda p, c: f"{int(p.bhxh[-4:]) % 3200 / 100 + 0.5:.2f}",
    "phase440": lambda p, c: _pick(p, _PK_PHASE, 5),
    "amt_pk440": lambda p, c: _pick(p, ("13,500", "13,500", "10,500", "14,500"), 6),
    "camp440": lambda p, c: _pick(p, _PK_CAMPS, 7),
    # Argentina
    "cuil440": lambda p, c: _cuil(p),
    "ar_fam440": lambda p, c: _pick(p, _AR_FAMILY, 2).upper(),
    "ar_giv440": lambda p, c: _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 1),
    "sex_ar440": lambda p, c: "M" if p.male else "F",
    "ar_street440": lambda p, c: f"{_pick(p, _AR_STREETS, 3)} {_num(p, 3900) + 100}",
    "ar_loc440": lambda p, c: _ar_place(p)[0],
    "ar_prov440": lambda p, c: _ar_place(p)[1],
    "ar_cp440": lambda p, c: (
        f"{_ar_place(p)[2]}{''.join('ABCDEFGHJK'[int(d)] for d in p.bhxh[-3:])}"
    ),
    "phone_ar440": lambda p, c: _ar_phone(p),
    "ar_distrib440": lambda p, c: _ar_place(p)[3],
    "ar_nis440": lambda p, c: f"{p.bhxh[:7]}",
    "ar_titular440": lambda p, c: (
        "El mismo" if int(p.bhxh) % 3 else f"{_pick(p, _AR_FAMILY, 5)}, {_pick(p, _AR_GIVEN_M, 6)}"
    ),
    "ar_crit440": lambda p, c: _pick(p, _AR_CRIT, 4),
    # Mexico
    "curp440": lambda p, c: _curp440(p),
    "mx_pat440": lambda p, c: _mx_parts(p)[0].upper(),
    "mx_mat440": lambda p, c: _mx_parts(p)[1].upper(),
    "mx_giv440": lambda p, c: _mx_parts(p)[2].upper(),
    "sex_mx440": lambda p, c: "H" if p.male else "M",
    "mx_street440": lambda p, c: f"{_pick(p, _MX_STREETS, 4)} {_num(p, 1800)}".upper(),
    "mx_col440": lambda p, c: _mx_place(p)[2].upper(),
    "mx_mun440": lambda p, c: _mx_place(p)[0].upper(),
    "mx_cp440": lambda p, c: _mx_place(p)[3],
    "phone_mx440": lambda p, c: f"{_mx_place(p)[5]}{p.phone[3:10]}",
    "cfe440": lambda p, c: f"{p.bhxh[1:]}{p.bhxh[:3]}",
    "tarifa440": lambda p, c: _mx_place(p)[4],
    "monto_mx440": lambda p, c: f"${_pick(p, ('1,250.00', '980.00', '1,600.00'), 6)}",
    "vigencia440": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
}

__all__ = ["WRITERS_BLIND440"]
