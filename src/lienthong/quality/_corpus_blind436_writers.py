"""How the people of the four hundred and thirty-sixth part of the outside corpus (**blind 436**,
:mod:`lienthong.quality._corpus_blind436`) are written: four Vietnamese files' own columns (a taxi
driver's licence, badge, plate and the car's owner, a ride-hailing partner's service and rating, a
passenger's complaint and the driver it names, a training course and its certificate) and Mexican,
Indonesian, Kenyan, Turkish and Filipino names, addresses, phones and identity numbers in the forms
their cards show (the CURP with its check digit, the NIK with the birth date and 40 added to a
woman's day, the Kenyan ID number, the T.C. Kimlik No with its two check digits, the PhilSys
card number)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind248_writers import _tc_from, _tr_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FIRMS = ("Taxi Mai Linh", "Vinasun", "Taxi Thành Công", "Taxi Hoàng Long", "Taxi G7")
_VN_PLATFORMS = ("GrabBike", "GrabCar 4 chỗ", "Be Bike", "Xanh SM Bike", "GrabCar 7 chỗ")
_VN_CAR_MAKES = ("Toyota Vios", "Hyundai Accent", "Kia Morning", "VinFast VF e34", "Honda Vision")
_VN_COMPLAINTS = (
    "Đi đường vòng, tính cước cao hơn đồng hồ",
    "Thái độ không lịch sự, nói tục",
    "Không trả lại tiền thừa",
    "Hút thuốc trong xe",
    "Bỏ khách giữa đường",
    "Chạy quá tốc độ, vượt đèn đỏ",
    "Để quên tài sản trên xe, lái xe không hợp tác",
)
_VN_HANDLING = ("Đã chuyển hãng xử lý", "Đã nhắc nhở lái xe", "Tạm dừng hoạt động 30 ngày")
_VN_COURSES = (
    "Khóa 01/2026 - Nghiệp vụ vận tải hành khách bằng taxi",
    "Khóa 02/2026 - Đạo đức nghề nghiệp, văn hóa giao thông",
    "Khóa 03/2026 - Kỹ năng phục vụ khách du lịch",
)

_MX_FAMILY = (
    "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez",
)  # fmt: skip
_MX_GIVEN_M = (
    "José Luis", "Juan Carlos", "Miguel Ángel", "Francisco", "Jesús", "Alejandro", "Roberto",
    "Fernando", "Arturo", "Ricardo", "Eduardo", "Javier", "Héctor", "Raúl",
)  # fmt: skip
_MX_GIVEN_F = (
    "María Guadalupe", "Verónica", "Patricia", "Rosa María", "Leticia", "Alejandra", "Gabriela",
    "Adriana", "Claudia", "Araceli", "Norma", "Silvia", "Yolanda", "Karla",
)  # fmt: skip
_MX_STREETS = (
    "Calle Hidalgo", "Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle 5 de Mayo",
    "Calle Allende", "Av. Revolución", "Calle Zaragoza", "Calle Niños Héroes", "Av. Tláhuac",
)  # fmt: skip
#: (colonia, alcaldía or municipio, código postal)
_MX_PLACES = (
    ("Col. Doctores", "Cuauhtémoc", "06720"),
    ("Col. Agrícola Oriental", "Iztacalco", "08500"),
    ("Col. Santa Martha Acatitla", "Iztapalapa", "09510"),
    ("Col. San Juan de Aragón", "Gustavo A. Madero", "07950"),
    ("Col. Portales Norte", "Benito Juárez", "03300"),
    ("Col. Pedregal de Santo Domingo", "Coyoacán", "04369"),
    ("Col. El Rosario", "Azcapotzalco", "02100"),
)
_MX_SITES = ("Sitio 14 Metro Portales", "Base Taxis Aeropuerto", "Libre", "Sitio 203 Ermita")

_ID_FAMILY = (
    "Saputra", "Wijaya", "Hidayat", "Setiawan", "Pratama", "Nugroho", "Kurniawan", "Santoso",
    "Siregar", "Nasution", "Simanjuntak", "Gunawan", "Susanto", "Rahmawati", "Lestari",
)  # fmt: skip
_ID_GIVEN_M = (
    "Agus", "Budi", "Dedi", "Eko", "Hendra", "Irfan", "Joko", "Rizky", "Slamet", "Wahyu",
    "Ahmad Fauzi", "Bayu", "Dimas", "Andi",
)  # fmt: skip
_ID_GIVEN_F = (
    "Siti", "Dewi", "Sri", "Nur Aini", "Ratna", "Yuliana", "Fitri", "Indah", "Wulan", "Ayu",
    "Rina", "Putri", "Mega", "Lina",
)  # fmt: skip
#: (kode wilayah, kota/kabupaten, kecamatan, kelurahan, jalan)
_ID_PLACES = (
    ("317401", "Jakarta Selatan", "Tebet", "Manggarai", "Jl. Saharjo"),
    ("317502", "Jakarta Timur", "Matraman", "Palmeriam", "Jl. Matraman Raya"),
    ("327301", "Kota Bandung", "Sukasari", "Gegerkalong", "Jl. Setiabudi"),
    ("357801", "Kota Surabaya", "Wonokromo", "Jagir", "Jl. Raya Darmo"),
    ("340401", "Kab. Sleman", "Depok", "Caturtunggal", "Jl. Kaliurang"),
    ("127101", "Kota Medan", "Medan Kota", "Pasar Baru", "Jl. Sisingamangaraja"),
)
_ID_BIRTHPLACES = ("Jakarta", "Bandung", "Surabaya", "Medan", "Semarang", "Klaten", "Garut")

_KE_FAMILY = (
    "Otieno", "Ochieng", "Kamau", "Mwangi", "Kiprono", "Wanjiru", "Njoroge", "Odhiambo",
    "Mutua", "Kiptoo", "Wafula", "Barasa", "Onyango", "Chebet", "Kariuki",
)  # fmt: skip
_KE_GIVEN_M = (
    "Brian", "Kevin", "Dennis", "Collins", "Samuel", "Peter", "Joseph", "Evans", "Victor",
    "Geoffrey", "Elijah", "Moses", "Stephen", "Wycliffe",
)  # fmt: skip
_KE_GIVEN_F = (
    "Mercy", "Faith", "Grace", "Purity", "Caroline", "Esther", "Winnie", "Beatrice", "Lilian",
    "Joyce", "Nancy", "Sharon", "Eunice", "Diana",
)  # fmt: skip
#: (sub-county, county, stage)
_KE_PLACES = (
    ("Kasarani", "Nairobi", "Mwiki Stage"),
    ("Embakasi East", "Nairobi", "Pipeline Stage"),
    ("Kisumu Central", "Kisumu", "Kibuye Market Stage"),
    ("Thika Town", "Kiambu", "Makongeni Stage"),
    ("Nakuru Town East", "Nakuru", "Free Area Stage"),
    ("Kakamega Central", "Kakamega", "Amalemba Stage"),
)
_KE_SACCOS = ("Mwiki Boda Boda SACCO", "Umoja Riders SACCO", "Kisumu Bodaboda Network")

_TR_FAMILY = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
    "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara",
)  # fmt: skip
_TR_GIVEN_M = (
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman",
    "Yusuf", "Murat", "Ömer", "Ramazan", "Halil İbrahim",
)  # fmt: skip
_TR_GIVEN_F = (
    "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
    "Hanife", "Merve", "Özlem", "Gülşen",
)  # fmt: skip
_TR_STREETS = ("Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Cad.", "Bağdat Cad.")
#: (mahalle, ilçe)
_TR_PLACES = (
    ("Kadıköy Mah.", "Kadıköy"),
    ("Esentepe Mah.", "Şişli"),
    ("Kocatepe Mah.", "Beyoğlu"),
    ("Barbaros Mah.", "Üsküdar"),
    ("Yenibosna Merkez Mah.", "Bahçelievler"),
    ("Bahçelievler Mah.", "Çankaya"),
)
_TR_STOPS = ("Kadıköy İskele Taksi", "Taksim Meydan Taksi", "Şişli Cami Taksi", "Kızılay Durak")

_PH_FAMILY = (
    "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tolentino",
    "Castillo", "Villanueva", "Ramos", "Aquino", "Dela Cruz", "Manalo",
)  # fmt: skip
_PH_GIVEN_M = (
    "Jose", "Juan Miguel", "Rodel", "Ramil", "Jerome", "Mark Anthony", "Arnel", "Rommel",
    "Ferdinand", "Reynaldo", "Jun-Jun", "Efren", "Dante", "Noel",
)  # fmt: skip
_PH_GIVEN_F = (
    "Maria Theresa", "Rowena", "Marites", "Lorna", "Jocelyn", "Analyn", "Cristina", "Rosalie",
    "Mary Grace", "Lourdes", "Erlinda", "Evangeline", "Janet", "Luzviminda",
)  # fmt: skip
_PH_PLACES = (
    "Brgy. San Antonio, Quezon City",
    "Brgy. Pinagbuhatan, Pasig City",
    "Brgy. 176, Caloocan City",
    "Brgy. Tunasan, Muntinlupa City",
    "Brgy. Malanday, Marikina City",
    "Brgy. San Isidro, Antipolo City, Rizal",
)
_PH_ROUTES = (
    "Within Metro Manila (TNVS)",
    "Cubao - Antipolo via Sumulong Hwy",
    "Alabang - Lawton via SLEX",
    "NAIA Terminal 3 - Any point in Metro Manila",
)


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 13 + 1)) % len(table)]


def _vn_plate(p: Person, series: str = "51") -> str:
    return f"{series}{'ABFGHK'[_num(p, 6) - 1]}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


# -- Mexico ------------------------------------------------------------------------------------
def _ascii_upper(text: str) -> str:
    kept = text.replace("Ñ", "X").replace("ñ", "X")
    folded = unicodedata.normalize("NFKD", kept).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.upper() if ch.isalpha())


def _curp436(p: Person) -> str:
    """A CURP: four letters of the names, the birth date, H or M, DF, the first inner consonant of
    each name, a serial (digit before 2000, letter after) and the check digit."""
    pat = _ascii_upper(_pick(p, _MX_FAMILY, 2))
    mat = _ascii_upper(_pick(p, _MX_FAMILY, 3))
    given = _ascii_upper(_by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1).split()[0])

    def inner(word: str) -> str:
        return next((ch for ch in word[1:] if ch not in "AEIOU"), "X")

    vowel = next((ch for ch in pat[1:] if ch in "AEIOU"), "X")
    serial = p.bhxh[4] if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[4])]
    head = f"{pat[0]}{vowel}{mat[0]}{given[0]}{p.birth:%y%m%d}{'H' if p.male else 'M'}DF"
    head += f"{inner(pat)}{inner(mat)}{inner(given)}{serial}"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _mx_phone(p: Person) -> str:
    rest = p.phone[2:10]
    return _pick(p, (f"55 {rest[:4]} {rest[4:]}", f"(55) {rest[:4]}-{rest[4:]}", f"55{rest}"), 5)


# -- Indonesia ---------------------------------------------------------------------------------
def _nik436(p: Person) -> str:
    """A NIK: the six-digit region code, the birth date as DDMMYY (a woman's day plus 40), a
    four-digit serial."""
    day = p.birth.day + (0 if p.male else 40)
    code = _at(p, _ID_PLACES)[0]
    return f"{code}{day:02d}{p.birth:%m%y}{_num(p, 2000) + 1:04d}"


def _alamat436(p: Person) -> str:
    _, _city, kec, kel, street = _at(p, _ID_PLACES)
    rt, rw = _num(p, 15), _num(p, 9)
    return f"{street} No. {_num(p, 180)}, RT {rt:03d}/RW {rw:03d}, Kel. {kel}, Kec. {kec}"


def _id_phone(p: Person) -> str:
    body = f"8{'15271'[int(p.phone[1]) % 5]}{p.phone[2:10]}"
    return _pick(p, (f"0{body}", f"+62 {body[:3]}-{body[3:7]}-{body[7:]}", f"62{body}"), 4)


# -- Kenya -------------------------------------------------------------------------------------
def _ke_name(p: Person) -> str:
    given, middle = _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1), _pick(p, _KE_FAMILY, 4)
    family = _pick(p, _KE_FAMILY, 2)
    return f"{given} {family}" if middle == family else f"{given} {middle} {family}"


def _ke_phone(p: Person) -> str:
    body = f"7{p.phone[2:10]}" if int(p.bhxh[0]) % 3 else f"1{p.phone[2:10]}"
    return _pick(p, (f"0{body}", f"+254 {body[:3]} {body[3:6]} {body[6:]}", f"254{body}"), 6)


# -- Turkey ------------------------------------------------------------------------------------
def _tr_address(p: Person) -> str:
    hood, ilce = _at(p, _TR_PLACES)
    street = _pick(p, _TR_STREETS, 7)
    return f"{hood} {street} No:{_num(p, 140)} D:{_num(p, 24)}, {ilce}/İSTANBUL"


# -- Philippines -------------------------------------------------------------------------------
def _ph_name(p: Person) -> str:
    given = _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1)
    middle = _pick(p, _PH_FAMILY, 5)[0]
    return f"{_pick(p, _PH_FAMILY, 2).upper()}, {given.upper()} {middle}."


def _ph_address(p: Person) -> str:
    return f"{_num(p, 250)} {_pick(p, ('Rizal St.', 'Mabini St.', 'Luna St.', 'Purok 3'), 6)}, " + (
        _pick(p, _PH_PLACES, 3)
    )


WRITERS_BLIND436: dict[str, Callable[[Person, Col], object]] = {
    "drvcode436": lambda p, c: f"LX{p.bhxh[-5:]}",
    "gplx436": lambda p, c: f"79{p.bhxh[:10]}",
    "hang436": lambda p, c: _pick(p, ("B2", "B2", "D", "B (mới)", "C"), 3),
    "phuhieu436": lambda p, c: f"{_num(p, 9000) + 1000}/PH-SXD",
    "bks436": lambda p, c: _vn_plate(p),
    "owner436": lambda p, c: (
        f"Công ty CP {_pick(p, _VN_FIRMS, 4)}" if int(p.bhxh) % 3 else _other_vn(p, 6)
    ),
    "form436": lambda p, c: _pick(p, ("Xe công ty", "Xe hợp tác kinh doanh", "Xe nhận khoán"), 5),
    "partner436": lambda p, c: f"VN{p.bhxh[2:]}",
    "service436": lambda p, c: _pick(p, _VN_PLATFORMS, 2),
    "make436": lambda p, c: _pick(p, _VN_CAR_MAKES, 3),
    "plate436": lambda p, c: _vn_plate(p, _pick(p, ("51", "59", "30", "29", "43"), 4)),
    "rating436": lambda p, c: f"{4 + _num(p, 10) / 10:.1f}".replace(".", ","),
    "trips436": lambda p, c: _num(p, 5000),
    "pstatus436": lambda p, c: _pick(p, ("Hoạt động", "Hoạt động", "Tạm khóa", "Ngừng hợp tác"), 6),
    "complaint_no436": lambda p, c: f"PA-{p.bhxh[-4:]}/2026",
    "driver436": lambda p, c: _other_vn(p, 4, male=int(p.bhxh) % 9 != 0),
    "driver_badge436": lambda p, c: f"{_num(p, 9000) + 1000}/PH-SXD",
    "firm436": lambda p, c: _pick(p, _VN_FIRMS, 5),
    "complaint436": lambda p, c: _pick(p, _VN_COMPLAINTS, 2),
    "handling436": lambda p, c: _pick(p, _VN_HANDLING, 3),
    "officer436": lambda p, c: _pick(p, ("Trần Thu Hà", "Lê Quốc Bảo", "Phạm Ngọc Anh"), 7),
    "course436": lambda p, c: _pick(p, _VN_COURSES, 2),
    "certno436": lambda p, c: f"{_num(p, 900):03d}/GCN-TH",
    "result436": lambda p, c: _pick(p, ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng"), 4),
    "curp436": lambda p, c: _curp436(p),
    "mx_given436": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    "mx_pat436": lambda p, c: _pick(p, _MX_FAMILY, 2),
    "mx_mat436": lambda p, c: _pick(p, _MX_FAMILY, 3),
    "sex_mx436": lambda p, c: "H" if p.male else "M",
    "street_mx436": lambda p, c: (
        f"{_pick(p, _MX_STREETS, 4)} {_num(p, 300)}"
        + (f" Int. {_num(p, 12)}" if _num(p, 3) == 1 else "")
    ),
    "col_mx436": lambda p, c: _at(p, _MX_PLACES)[0],
    "mun_mx436": lambda p, c: _at(p, _MX_PLACES)[1],
    "cp_mx436": lambda p, c: _at(p, _MX_PLACES)[2],
    "phone_mx436": lambda p, c: _mx_phone(p),
    "conc436": lambda p, c: f"TX-{p.bhxh[:6]}",
    "placas436": lambda p, c: f"A{p.bhxh[-5:-2]}-{'ABCDEFGHJK'[int(p.bhxh[0])]}{p.bhxh[-2:]}",
    "sitio436": lambda p, c: _pick(p, _MX_SITES, 6),
    "nik436": lambda p, c: _nik436(p),
    "id_name436": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}".upper()
    ),
    "tempat436": lambda p, c: _pick(p, _ID_BIRTHPLACES, 5),
    "sex_id436": lambda p, c: "Laki-laki" if p.male else "Perempuan",
    "alamat436": lambda p, c: _alamat436(p),
    "kota436": lambda p, c: _at(p, _ID_PLACES)[1],
    "phone_id436": lambda p, c: _id_phone(p),
    "app436": lambda p, c: _pick(p, ("Gojek", "Grab", "Maxim", "inDrive", "Gojek"), 4),
    "nopol436": lambda p, c: (
        f"B {p.bhxh[-4:]} {'SUKTRW'[int(p.bhxh[1]) % 6]}{'ABCX'[_num(p, 4) - 1]}"
    ),
    "motor436": lambda p, c: _pick(p, ("Honda Beat", "Yamaha NMAX", "Honda Vario 125"), 6),
    "sim436": lambda p, c: f"{p.bhxh[-4:]}-{p.birth:%m%y}-{p.bhxh[:6]}",
    "ke_name436": lambda p, c: _ke_name(p),
    "ke_id436": lambda p, c: f"{2 + int(p.bhxh[0]) % 3}{p.bhxh[1:8]}",
    "sex_ke436": lambda p, c: "Male" if p.male else "Female",
    "phone_ke436": lambda p, c: _ke_phone(p),
    "stage_ke436": lambda p, c: _at(p, _KE_PLACES)[2],
    "subcounty436": lambda p, c: _at(p, _KE_PLACES)[0],
    "county436": lambda p, c: _at(p, _KE_PLACES)[1],
    "sacco436": lambda p, c: _pick(p, _KE_SACCOS, 5),
    "kmc436": lambda p, c: (
        f"KM{'CDEF'[int(p.bhxh[2]) % 4]}{'ABCDEFGHJK'[int(p.bhxh[3])]} "
        f"{p.bhxh[-3:]}{'ABCDEFGHJKLMNPQRSTUVWXYZ'[_num(p, 24) - 1]}"
    ),
    "dl_ke436": lambda p, c: f"DL-{p.bhxh[-6:]}{'ABCDEFGHJK'[int(p.bhxh[5])]}",
    "kin_ke436": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_F, _KE_GIVEN_M, 6)} {_pick(p, _KE_FAMILY, 2)}"
    ),
    "kin_phone436": lambda p, c: f"07{p.bhxh[::-1][:8]}",
    "tc436": lambda p, c: _tc_from(p.bhxh[1:10]),
    "tr_given436": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family436": lambda p, c: _pick(p, _TR_FAMILY, 2),
    "baba436": lambda p, c: _pick(p, _TR_GIVEN_M, 4),
    "sex_tr436": lambda p, c: "Erkek" if p.male else "Kadın",
    "plaka436": lambda p, c: f"34 T {_num(p, 9000) + 999:04d}",
    "durak436": lambda p, c: _pick(p, _TR_STOPS, 5),
    "ruhsat436": lambda p, c: f"{_pick(p, _TR_GIVEN_M, 6)} {_pick(p, _TR_FAMILY, 7)}",
    "adres_tr436": lambda p, c: _tr_address(p),
    "ilce436": lambda p, c: _at(p, _TR_PLACES)[1],
    "phone_tr436": lambda p, c: _tr_mobile(p),
    "case_ph436": lambda p, c: f"{2020 + _num(p, 6)}-NCR-{p.bhxh[-5:]}",
    "ph_name436": lambda p, c: _ph_name(p),
    "pcn436": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:8]}-{p.bhxh[-4:]}-{p.phone[-4:]}",
    "sex_ph436": lambda p, c: "M" if p.male else "F",
    "addr_ph436": lambda p, c: _ph_address(p),
    "phone_ph436": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}",
    "denom436": lambda p, c: _pick(p, ("TNVS", "Taxi (Regular)", "UV Express", "TNVS"), 4),
    "route436": lambda p, c: _pick(p, _PH_ROUTES, 5),
    "plate_ph436": lambda p, c: (
        f"N{'ABDEFG'[int(p.bhxh[0]) % 6]}{'ABCDEFGHJK'[int(p.bhxh[1])]} {p.bhxh[-4:]}"
    ),
    "units436": lambda p, c: _pick(p, ("1", "1", "2", "5", "10"), 6),
    "other_phone436": lambda p, c: _other_phone(p, "028"),
}
