"""How the people of the four-hundred-and-forty-sixth part of the outside corpus (**blind 446**,
:mod:`lienthong.quality._corpus_blind446`) are written: four Vietnamese files' own columns (a
district police's motorbike registration list, a list of vehicles overdue for inspection, a bus
company's monthly pass holders, a list of drivers' licence points deducted) and Thai, Chilean,
Polish, Nigerian and Indonesian vehicle people's names, addresses, phones and numbers in the forms
their papers show (the Thai ID with its mod-11 digit, the Chilean RUT, the PESEL, the NIN, the
NIK)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind391_writers import _rut_of
from lienthong.quality._corpus_blind442_writers import _row

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _words(text: str) -> _T:
    return tuple(text.split())


_VN_PHUONG = (
    ("Tổ 12", "phường Kiến Hưng", "TP Hà Nội"),
    ("Tổ 5", "phường Hà Đông", "TP Hà Nội"),
    ("Ngõ 86 Tô Hiệu", "phường Hà Đông", "TP Hà Nội"),
    ("Xóm Mới", "xã Thanh Oai", "TP Hà Nội"),
    ("Thôn Đại Định", "xã Tam Hưng", "TP Hà Nội"),
    ("Khu 3", "phường Dương Nội", "TP Hà Nội"),
)
_VN_BRAND = (
    "Honda Wave Alpha",
    "Honda Vision",
    "Yamaha Sirius",
    "Honda Air Blade",
    "Yamaha Exciter",
    "SYM Elegant",
    "VinFast Evo200",
)
_VN_COLOR = ("Đỏ đen", "Trắng", "Xanh", "Đen", "Xám bạc", "Nâu")
_VN_KIND = ("Đăng ký mới", "Sang tên", "Sang tên", "Cấp đổi")
_VN_CAR = ("Toyota Vios", "Kia Morning", "Hyundai Accent", "Ford Ranger", "Thaco Ollin 500")
_VN_CENTER = ("TTĐK 29-05V", "TTĐK 29-14D", "TTĐK 29-03V", "TTĐK 29-01S")
_VN_ROUTE = ("01", "02", "22A", "28", "32", "39", "103", "E05")
_VN_PASS = ("Vé ưu tiên (HS-SV)", "Vé thường 1 tuyến", "Vé liên tuyến", "Vé ưu tiên (CN KCN)")
_VN_SCHOOL = (
    "ĐH Bách khoa Hà Nội",
    "ĐH Kinh tế Quốc dân",
    "THPT Lê Quý Đôn - Hà Đông",
    "KCN Thăng Long",
    "CĐ Công nghệ Hà Nội",
)
_VN_BREACH = (
    "Vượt đèn đỏ",
    "Không chấp hành hiệu lệnh",
    "Chạy quá tốc độ 10-20 km/h",
    "Có nồng độ cồn",
    "Đi ngược chiều",
    "Dùng điện thoại khi lái xe",
)
_VN_CLASS = ("A1", "A1", "B2", "B", "C1", "A")

_TH_FAMILY: _T = _words(
    "Srisuk Chaiyaporn Wongsawat Thongdee Kaewmanee Rattanakorn "
    "Boonmee Phromsri Sukjai Jantarasuk Inthasorn Saengthong"
)
_TH_GIVEN_M: _T = _words("Somchai Anan Prasert Wichai Kittisak Narong Thanakorn Sakda Chatchai")
_TH_GIVEN_F: _T = _words("Siriporn Malee Wanida Pornthip Kanokwan Nattaya Suda Rattana Jiraporn")
_TH_PLACE = (
    ("Tambon Nai Mueang", "Amphoe Mueang", "Changwat Khon Kaen", "Khonsong Changwat Khon Kaen"),
    ("Khwaeng Lat Yao", "Khet Chatuchak", "Krung Thep Maha Nakhon", "Khonsong Khet 2 Chatuchak"),
    ("Tambon Suthep", "Amphoe Mueang", "Changwat Chiang Mai", "Khonsong Changwat Chiang Mai"),
    ("Tambon Bang Phli Yai", "Amphoe Bang Phli", "Changwat Samut Prakan", "Khonsong Samut Prakan"),
    ("Tambon Nong Prue", "Amphoe Bang Lamung", "Changwat Chon Buri", "Khonsong Sakha Bang Lamung"),
)
_TH_SOI = ("Soi Ramintra 14", "Moo 4", "Soi Sukhumvit 71", "Moo 9", "Thanon Mittraphap")
_TH_CAR = ("Toyota Hilux Revo", "Isuzu D-Max", "Honda City", "Honda Click 125i", "Mazda 2")

_CL_FAMILY: _T = _words(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales "
    "Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia"
)
_CL_GIVEN_M = (
    *("José Luis", "Cristián", "Felipe", "Rodrigo", "Matías", "Juan Pablo", "Sebastián"),
    *("Patricio", "Claudio", "Benjamín", "Ignacio", "Marcelo", "Luis Alberto", "Gonzalo"),
)
_CL_GIVEN_F = (
    *("Francisca", "Camila", "María José", "Constanza", "Valentina", "Javiera", "Paz"),
    *("Carolina", "Daniela", "Macarena", "Paulina", "Ximena", "Ana María", "Catalina"),
)
_CL_CALLE = ("Av. Vicuña Mackenna", "Pasaje Los Aromos", "Calle San Martín", "Av. Grecia")
_CL_COMUNA = ("Maipú", "Puente Alto", "La Florida", "Ñuñoa", "Peñalolén", "San Bernardo")
_CL_MARCA = ("Chevrolet Sail", "Suzuki Swift", "Nissan Versa", "Kia Rio 5", "Peugeot 208")
_CL_CIA = ("HDI Seguros", "BCI Seguros", "Mapfre", "Consorcio")

_PL_FAMILY_M: _T = _words(
    "Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak "
    "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawlak"
)
_PL_FAMILY_F: _T = _words(
    "Nowak Kowalska Wiśniewska Wójcik Kamińska Lewandowska Zielińska Szymańska Woźniak "
    "Dąbrowska Kozłowska Jankowska Mazur Kwiatkowska Krawczyk Piotrowska Grabowska Pawlak"
)
_PL_GIVEN_M: _T = _words(
    "Piotr Krzysztof Tomasz Marcin Paweł Łukasz Grzegorz Jakub Adam Michał Jan Marek"
)
_PL_GIVEN_F = (
    "Anna",
    "Katarzyna",
    "Małgorzata",
    "Agnieszka",
    "Joanna",
    "Ewa",
    "Magdalena",
    "Zofia",
)
_PL_ULICA = (
    "ul. Marszałkowska",
    "ul. Długa",
    "os. Kościuszki",
    "ul. Piłsudskiego",
    "al. Jana Pawła II",
)
_PL_CITY = (
    ("00-950", "Warszawa", "mazowieckie"),
    ("30-001", "Kraków", "małopolskie"),
    ("50-043", "Wrocław", "dolnośląskie"),
    ("90-001", "Łódź", "łódzkie"),
    ("80-803", "Gdańsk", "pomorskie"),
)
_PL_MARKA = ("Skoda Octavia", "Opel Astra", "Volkswagen Golf", "Toyota Corolla", "Fiat Tipo")

_NG_FAMILY: _T = _words(
    "Adeyemi Okafor Bello Eze Abubakar Olawale Nwosu Ibrahim Ogunleye Chukwu Danjuma "
    "Okonkwo Adebayo Lawal Obi Balogun Yakubu Uche Akinola Mohammed Onyekachi Bakare"
)
_NG_GIVEN_M: _T = _words(
    "Chukwuemeka Oluwaseun Musa Tunde Ifeanyi Sani Emeka Yusuf Kelechi Babatunde Usman"
)
_NG_GIVEN_F: _T = _words(
    "Ngozi Aisha Funmilayo Chiamaka Zainab Bisola Adaeze Hauwa Blessing Kemi Amina"
)
_NG_STREET = ("Adeola Odeku Street", "Allen Avenue", "Herbert Macaulay Way", "Aminu Kano Crescent")
_NG_CITY = (
    ("Ikeja", "Lagos"),
    ("Victoria Island", "Lagos"),
    ("Wuse II", "FCT"),
    ("Garki", "FCT"),
    ("Enugu", "Enugu"),
    ("Kano", "Kano"),
)
_NG_CLASS = ("B", "C", "E", "B", "A")

_ID_NAMES_M: _T = _words("Budi Agus Slamet Joko Rizky Dedi Hendra Wahyu Bambang Eko Andi Fajar")
_ID_NAMES_F: _T = _words("Siti Sri Dewi Rina Ayu Wulan Fitri Indah Lestari Nurul Ratna Yuli")
_ID_LAST: _T = _words("Santoso Wijaya Prasetyo Hidayat Saputra Kurniawan Susanti Rahmawati")
_ID_PLACE = (
    ("Kel. Cempaka Putih", "Kec. Cempaka Putih", "Jakarta Pusat", "DKI Jakarta", "317104"),
    ("Kel. Lowokwaru", "Kec. Lowokwaru", "Kota Malang", "Jawa Timur", "357305"),
    ("Kel. Caturtunggal", "Kec. Depok", "Kab. Sleman", "DI Yogyakarta", "340404"),
    ("Kel. Cibeunying", "Kec. Cimenyan", "Kab. Bandung", "Jawa Barat", "320411"),
)
_ID_MOTOR = ("Honda Beat", "Yamaha NMAX", "Honda Vario 125", "Suzuki Nex II", "Toyota Avanza")


def _vn_home(p: Person) -> str:
    to, phuong, tp = _row(p, _VN_PHUONG, 1)
    return f"Số {_num(p, 180)}, {to}, {phuong}, {tp}"


def _plate(p: Person, series: str, sep: str) -> str:
    return f"29{series}{sep}{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


def _thai_id(p: Person) -> str:
    body = f"{'13'[int(p.bhxh[0]) % 2]}{p.bhxh[1:10]}{p.phone[-2:]}"
    total = sum(int(d) * (13 - i) for i, d in enumerate(body))
    check = (11 - total % 11) % 10
    full = f"{body}{check}"
    return f"{full[0]}-{full[1:5]}-{full[5:10]}-{full[10:12]}-{full[12]}"


def _nin(p: Person) -> str:
    return f"{2 + int(p.bhxh[0]) % 7}{p.bhxh[-6:]}{p.phone[-4:]}"


def _nik(p: Person) -> str:
    day = p.birth.day + (0 if p.male else 40)
    return f"{_row(p, _ID_PLACE, 2)[4]}{day:02d}{p.birth:%m%y}{p.bhxh[-4:]}"


def _cl_mail(p: Person) -> str:
    given = _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 30).split()[0]
    plain = unicodedata.normalize("NFD", f"{given}.{_pick(p, _CL_FAMILY, 31)}".lower())
    return f"{''.join(ch for ch in plain if ch.isascii())}{p.bhxh[-2:]}@gmail.com"


def _rut(p: Person) -> str:
    return _rut_of(6_000_000 + int(p.bhxh[-7:]) % 18_000_000)


WRITERS_BLIND446: dict[str, Callable[[Person, Col], object]] = {
    # motorbike registration
    "home446": lambda p, c: _vn_home(p),
    "plate446": lambda p, c: _plate(p, _pick(p, ("-E1", "-T1", "-D2", "-M1"), 3), " "),
    "brand446": lambda p, c: _pick(p, _VN_BRAND, 4),
    "color446": lambda p, c: _pick(p, _VN_COLOR, 5),
    "frame446": lambda p, c: f"RLHJC{p.bhxh[2:4]}{p.bhxh[-8:]}",
    "engine446": lambda p, c: f"JC{p.bhxh[-2:]}E-{p.bhxh[-7:]}",
    "regkind446": lambda p, c: _pick(p, _VN_KIND, 6),
    "seller446": lambda p, c: _other_vn(p, 7),
    "fee446": lambda p, c: _pick(p, ("1.000.000", "150.000", "4.000.000", "50.000"), 8),
    # overdue inspection
    "carplate446": lambda p, c: _plate(p, _pick(p, ("A", "K", "C", "LD"), 9), "-"),
    "car446": lambda p, c: _pick(p, _VN_CAR, 10),
    "center446": lambda p, c: _pick(p, _VN_CENTER, 11),
    "expiry446": lambda p, c: f"{_shift_date(p.other_date, -1):%d/%m/%Y}",
    "overdue446": lambda p, c: f"{_num(p, 400)} ngày",
    "stamp446": lambda p, c: f"KA{p.bhxh[-7:]}",
    # bus passes
    "route446": lambda p, c: _pick(p, _VN_ROUTE, 12),
    "passkind446": lambda p, c: _pick(p, _VN_PASS, 13),
    "card446": lambda p, c: f"9704{p.bhxh[-8:]}",
    "school446": lambda p, c: _pick(p, _VN_SCHOOL, 14),
    "price446": lambda p, c: _pick(p, ("55.000", "100.000", "200.000", "140.000"), 15),
    "month446": lambda p, c: f"T{_num(p, 12):02d}/2026",
    # points
    "licence446": lambda p, c: f"0{p.bhxh[-11:]}" if len(p.bhxh) > 10 else f"01{p.bhxh}",
    "class446": lambda p, c: _pick(p, _VN_CLASS, 16),
    "breach446": lambda p, c: _pick(p, _VN_BREACH, 17),
    "points446": lambda p, c: f"-{_pick(p, ('2', '4', '6', '10', '12'), 18)}",
    "left446": lambda p, c: str(12 - _num(p, 10)),
    "record446": lambda p, c: f"{_num(p, 900)}/BB-CSGT",
    "csgt446": lambda p, c: f"Đại úy {_other_vn(p, 19, male=True)}",
    # Thailand
    "th_id446": lambda p, c: _thai_id(p),
    "th_name446": lambda p, c: (
        f"{'Nai' if p.male else _pick(p, ('Nang', 'Nangsao'), 20)} "
        f"{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 21)} {_pick(p, _TH_FAMILY, 22)}"
    ),
    "th_addr446": lambda p, c: (
        f"{_num(p, 400)}/{_num(p, 30)} {_pick(p, _TH_SOI, 23)}, "
        + ", ".join(_row(p, _TH_PLACE, 24)[:3])
    ),
    "th_province446": lambda p, c: _row(p, _TH_PLACE, 24)[2],
    "phone_th446": lambda p, c: (
        f"0{_pick(p, ('8', '9', '6'), 25)}{p.phone[3]}-{p.phone[4:7]}-{p.phone[6:10]}"
    ),
    "th_plate446": lambda p, c: f"{_pick(p, ('1กข', '2ขค', 'กท', '3ฒม'), 26)} {_num(p, 9999)}",
    "th_car446": lambda p, c: _pick(p, _TH_CAR, 27),
    "sex_th446": lambda p, c: "Chai" if p.male else "Ying",
    "th_seller446": lambda p, c: f"{_pick(p, _TH_GIVEN_M, 28)} {_pick(p, _TH_FAMILY, 29)}",
    "th_office446": lambda p, c: _row(p, _TH_PLACE, 24)[3],
    # Chile
    "cl_rut446": lambda p, c: _rut(p),
    "cl_given446": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 30),
    "sex_cl446": lambda p, c: "M" if p.male else "F",
    "cl_pat446": lambda p, c: _pick(p, _CL_FAMILY, 31),
    "cl_mat446": lambda p, c: _pick(p, _CL_FAMILY, 32),
    "cl_calle446": lambda p, c: f"{_pick(p, _CL_CALLE, 33)} {_num(p, 3000)}, depto. {_num(p, 90)}",
    "cl_comuna446": lambda p, c: _pick(p, _CL_COMUNA, 34),
    "phone_cl446": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:10]}",
    "cl_ppu446": lambda p, c: (
        f"{_pick(p, ('GK', 'HX', 'JR', 'KL'), 35)}{_pick(p, ('BT', 'SD', 'PW'), 36)}"
        f"{_num(p, 99):02d}"
    ),
    "cl_marca446": lambda p, c: _pick(p, _CL_MARCA, 37),
    "cl_monto446": lambda p, c: f"${_num(p, 300) * 1000 + 38_500:,}".replace(",", "."),
    "cl_cuota446": lambda p, c: _pick(p, ("Total", "1ª cuota", "2ª cuota"), 38),
    "cl_soap446": lambda p, c: _pick(p, _CL_CIA, 39),
    "cl_email446": lambda p, c: _cl_mail(p),
    # Poland
    "pl_pesel446": lambda p, c: _pesel(p),
    "pl_family446": lambda p, c: _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 41),
    "pl_given446": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 42),
    "sex_pl446": lambda p, c: "M" if p.male else "K",
    "pl_street446": lambda p, c: f"{_pick(p, _PL_ULICA, 43)} {_num(p, 150)}/{_num(p, 40)}",
    "pl_postcode446": lambda p, c: _row(p, _PL_CITY, 44)[0],
    "pl_city446": lambda p, c: _row(p, _PL_CITY, 44)[1],
    "pl_woj446": lambda p, c: _row(p, _PL_CITY, 44)[2],
    "pl_plate446": lambda p, c: f"{_pick(p, ('WA', 'KR', 'DW', 'EL', 'GD'), 45)} {p.bhxh[-5:]}",
    "pl_vin446": lambda p, c: f"TMBJJ7NE{p.bhxh[-9:]}",
    "pl_marka446": lambda p, c: _pick(p, _PL_MARKA, 46),
    "pl_right446": lambda p, c: _pick(p, ("właściciel", "współwłaściciel", "użytkownik"), 47),
    # Nigeria
    "ng_nin446": lambda p, c: _nin(p),
    "ng_family446": lambda p, c: _pick(p, _NG_FAMILY, 48),
    "ng_given446": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 49),
    "sex_ng446": lambda p, c: "Male" if p.male else "Female",
    "ng_middle446": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 50),
    "ng_addr446": lambda p, c: (
        f"{_num(p, 120)} {_pick(p, _NG_STREET, 51)}, {_row(p, _NG_CITY, 52)[0]}"
    ),
    "ng_state446": lambda p, c: _row(p, _NG_CITY, 52)[1],
    "phone_ng446": lambda p, c: (
        f"+234 {_pick(p, ('803', '806', '813', '705', '909'), 53)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ng_licence446": lambda p, c: (
        f"{_pick(p, ('LAG', 'ABJ', 'ENU', 'KAN'), 54)}{p.bhxh[-5:]}AA{p.phone[-2:]}"
    ),
    "ng_class446": lambda p, c: _pick(p, _NG_CLASS, 55),
    "ng_blood446": lambda p, c: _pick(p, ("O+", "A+", "B+", "O-", "AB+"), 56),
    "ng_kin446": lambda p, c: f"{_pick(p, _NG_GIVEN_F, 57)} {_pick(p, _NG_FAMILY, 58)}",
    "ng_expiry446": lambda p, c: f"{_shift_date(p.other_date, 5):%d-%b-%Y}",
    # Indonesia
    "id_nik446": lambda p, c: _nik(p),
    "id_name446": lambda p, c: (
        f"{_by_sex(p, _ID_NAMES_M, _ID_NAMES_F, 59)} {_pick(p, _ID_LAST, 60)}".upper()
    ),
    "id_addr446": lambda p, c: (
        f"Jl. {_pick(p, ('Melati', 'Kenanga', 'Sudirman', 'Diponegoro'), 61)} No. {_num(p, 120)},"
        f" RT {_num(p, 12):03d}/RW {_num(p, 9):03d}, {_row(p, _ID_PLACE, 2)[0]},"
        f" {_row(p, _ID_PLACE, 2)[1]}"
    ),
    "sex_id446": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "id_born446": lambda p, c: _pick(p, ("JAKARTA", "MALANG", "SLEMAN", "SURABAYA", "BANDUNG"), 66),
    "id_kota446": lambda p, c: _row(p, _ID_PLACE, 2)[2],
    "id_prov446": lambda p, c: _row(p, _ID_PLACE, 2)[3],
    "phone_id446": lambda p, c: (
        f"08{_pick(p, ('12', '13', '21', '57', '77'), 62)}-{p.phone[3:7]}-{p.phone[7:10]}"
    ),
    "id_nopol446": lambda p, c: (
        f"{_pick(p, ('B', 'N', 'AB', 'D'), 63)} {_num(p, 9000) + 999}"
        f" {_pick(p, ('KLM', 'AB', 'TZ', 'UFR'), 64)}"
    ),
    "id_motor446": lambda p, c: _pick(p, _ID_MOTOR, 65),
    "id_pkb446": lambda p, c: f"PKB-{p.other_date:%Y}-{p.bhxh[-6:]}",
    "id_pajak446": lambda p, c: f"Rp {_num(p, 300) * 10_000 + 180_000:,}".replace(",", "."),
    "id_contact446": lambda p, c: _other_phone(p, "085"),
}

__all__ = ["WRITERS_BLIND446"]
