"""How the people of the three-hundred-and-eighty-first part of the outside corpus (**blind
381**, :mod:`lienthong.quality._corpus_blind381`) are written: taxi, motorbike-taxi and
ride-hailing drivers. A transport department's training certificates, a Red Cross team of
volunteer motorbike-taxi drivers, a ward police's commendations for drivers who returned
passengers' belongings, a taxi firm's camera-detected fines; and Kenyan, Mexican, Polish,
Egyptian and Indian drivers with their identity numbers (the Kenyan ID card number, the CURP, the
PESEL, the Egyptian national number, the masked Aadhaar)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _EG_MEN, _EG_WOMEN
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind41_writers import _EG_PLACES, _eg_nid, _pesel
from lienthong.quality._corpus_blind42_writers import _aadhaar
from lienthong.quality._corpus_blind43_writers import _MX_PLACES, _curp, _i, _mx_names

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CLASSES = ("B2", "B", "D", "B2", "C", "B")
_VN_CARRIERS = (
    "Công ty CP Ánh Dương Việt Nam",
    "Công ty TNHH Taxi Mai Linh Đà Nẵng",
    "HTX Vận tải Thống Nhất",
    "Công ty CP Taxi Group",
    "Công ty CP Di chuyển Xanh và Thông minh GSM",
    "Công ty TNHH Xe Hợp đồng Tiến Phát",
)
_VN_MODES = ("Taxi", "Xe hợp đồng", "Taxi", "Taxi công nghệ", "Xe hợp đồng điện tử")
_VN_COURSES = ("Khóa 01/2026", "Khóa 02/2026", "Khóa 07/2025", "Khóa 11/2025", "Khóa 03/2026")
_VN_RESULTS = ("Đạt", "Đạt", "Đạt", "Không đạt", "Đạt", "Vắng thi")
_VN_STANDS = (
    "Cổng chính BV Đa khoa tỉnh",
    "Cổng số 2 (khoa Ung bướu)",
    "Nhà lưu trú bệnh nhân",
    "Bến xe khách phía Nam",
    "Cổng Khoa Nhi",
)
_VN_FIRMS = ("Taxi Mai Linh", "Vinasun", "Xanh SM", "Grab Bike", "Be", "Taxi Group", "Xe ôm tự do")
_VN_PROPERTY = (
    "Ví da (2.300.000đ, CCCD, thẻ ATM)",
    "Điện thoại iPhone 14",
    "Túi xách có 15 triệu đồng tiền mặt",
    "Máy tính xách tay Dell",
    "Vali hành lý của khách du lịch",
    "Hồ sơ bệnh án và phim chụp",
    "Nhẫn vàng 2 chỉ",
)
_VN_AWARDS = ("Giấy khen CA phường", "Thư cảm ơn", "Giấy khen UBND quận", "Thư khen Giám đốc CA")
_VN_OFFENCES = (
    "Vượt đèn đỏ",
    "Chạy quá tốc độ 10-20 km/h",
    "Dừng đỗ sai quy định",
    "Đi sai làn đường",
    "Không chấp hành vạch kẻ đường",
    "Quay đầu xe nơi cấm",
)
_VN_SPOTS = (
    "Ngã tư Hàng Xanh",
    "Cầu Sài Gòn (hướng Thủ Đức)",
    "Đường Võ Văn Kiệt, Q.1",
    "Nút giao Cộng Hòa - Trường Chinh",
    "Cao tốc TP.HCM - Trung Lương km 12",
)
_VN_FINE_STATUS = ("Chưa nộp", "Đã nộp", "Đã trừ lương", "Khiếu nại", "Đã nộp")
_VN_PLATES = ("51G", "30K", "43A", "29E", "51H", "92A", "65A")
_VN_MOTO = ("59-T1", "29-B1", "43-E1", "75-H1", "36-B5", "47-K1")

_KE_GIVEN_M = ("John Kamau", "Peter Otieno", "Samuel Kiprono", "Joseph Mwangi", "Brian Ochieng")
_KE_GIVEN_F = ("Mary Wanjiku", "Grace Achieng", "Faith Chebet", "Lucy Njeri", "Esther Akinyi")
_KE_FAMILY = ("Kariuki", "Odhiambo", "Kiptoo", "Mutua", "Wafula", "Njoroge", "Omondi", "Kilonzo")
_KE_PLACES = (
    ("Kayole Estate, Embakasi East", "Nairobi"),
    ("Kondele, Kisumu Central", "Kisumu"),
    ("Langas, Kapseret", "Uasin Gishu"),
    ("Likoni, Mtongwe Ward", "Mombasa"),
    ("Githurai 45, Ruiru", "Kiambu"),
    ("Majengo, Nyeri Town", "Nyeri"),
)
_KE_SACCOS = (
    "Kayole Boda Boda SACCO",
    "Kisumu Riders SACCO",
    "Eldoret Taxi Operators SACCO",
    "Mombasa Tuk Tuk Owners SACCO",
    "Ruiru Boda Boda Welfare Group",
)
_KE_CLASSES = ("A2 Motorcycle", "A3 Three-wheeler", "B Taxi", "A2 Motorcycle", "B Ride-hail")
_KE_STATUS = ("Active", "Active", "Hai / Expired", "Active", "Suspended")

_MX_CDMX = (
    ("Calz. de Tlalpan 1820", "Col. Country Club", "Coyoacán", "04220"),
    ("Av. Ermita Iztapalapa 3015", "Col. Santa Cruz Meyehualco", "Iztapalapa", "09290"),
    ("Calle Norte 45 No. 812", "Col. Industrial Vallejo", "Azcapotzalco", "02300"),
    ("Eje 5 Sur 47 Int. 2", "Col. Granjas México", "Iztacalco", "08400"),
    ("Calle Sur 121 No. 2140", "Col. Juventino Rosas", "Iztacalco", "08700"),
    ("Av. Tláhuac 5502", "Col. Los Olivos", "Tláhuac", "13210"),
)
_PL_FAMILY_M = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski")
_PL_FAMILY_F = ("Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska")
_PL_GIVEN_M = ("Piotr", "Krzysztof", "Tomasz", "Andrzej", "Paweł", "Marcin", "Grzegorz")
_PL_GIVEN_F = ("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Monika", "Ewa", "Joanna")
_PL_PLACES = (
    ("ul. Grochowska 312 m. 14", "04-357", "Warszawa", "WI", "Prezydent m.st. Warszawy"),
    ("ul. Długa 8/3", "31-147", "Kraków", "KR", "Prezydent Miasta Krakowa"),
    ("os. Piastowskie 21/40", "61-159", "Poznań", "PO", "Prezydent Miasta Poznania"),
    ("ul. Piotrkowska 110 lok. 5", "90-006", "Łódź", "EL", "Prezydent Miasta Łodzi"),
    ("ul. Legnicka 55c/7", "54-203", "Wrocław", "DW", "Prezydent Wrocławia"),
)

_EG_OLD_CARS = ("فيات 128 موديل 1985", "لادا 2107 موديل 1992", "نصر 131 موديل 1988", "بيجو 504")
_EG_BANKS = ("بنك مصر", "البنك الأهلي المصري", "بنك القاهرة", "بنك التعمير والإسكان")
_EG_GRADES = ("مهنية درجة ثالثة", "مهنية درجة ثانية", "مهنية درجة أولى")
_EG_LETTERS = ("ق ط ب", "ط ج س", "أ ر ن", "ن ط م", "ب ص ق")

_IN_GIVEN_M = ("Ramesh Kumar", "Suresh Yadav", "Mohd. Salim", "Rajinder Singh", "Sunil Kumar")
_IN_GIVEN_F = ("Sunita Devi", "Rekha Sharma", "Poonam", "Geeta Kumari", "Shabnam Bano")
_IN_FATHERS = ("Ram Prasad", "Shiv Charan", "Abdul Rashid", "Gurdev Singh", "Om Prakash")
_IN_PLACES = (
    ("H.No. 214, Gali No. 6, Sangam Vihar", "New Delhi", "110080", "DL 1RV"),
    ("B-43, JJ Colony, Madanpur Khadar", "New Delhi", "110076", "DL 1RT"),
    ("Plot 17, Sector 22, Rohini", "Delhi", "110086", "DL 8SAF"),
    ("Ward 12, Mohalla Qazi, Meerut", "Meerut", "250002", "UP 15 ET"),
    ("Flat 3, Shyam Nagar, Jaipur", "Jaipur", "302019", "RJ 14 PA"),
)
_IN_KINDS = ("TSR (Auto)", "E-Rickshaw", "Taxi (CNG)", "TSR (Auto)", "Aggregator Cab")


def _vn_plate(p: Person) -> str:
    return f"{_pick(p, _VN_PLATES, 7)}-{p.bhxh[2:5]}.{p.bhxh[5:7]}"


def _moto_plate(p: Person) -> str:
    return f"{_pick(p, _VN_MOTO, 8)} {p.bhxh[3:6]}.{p.bhxh[6:8]}"


def _event_time(p: Person) -> str:
    return f"{7 + _num(p, 14):02d}:{p.bhxh[4:6] if int(p.bhxh[4:6]) < 60 else '05'}"


def _ke_name(p: Person) -> str:
    return f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}"


def _ke_id(p: Person) -> str:
    """A Kenyan national ID card number: seven or eight digits, no check digit (older holders
    have the lower numbers)."""
    if p.birth.year < 1990:
        return str(1_000_000 + int(p.bhxh[3:10]) % 19_000_000)
    return str(20_000_000 + int(p.bhxh[3:10]) % 19_000_000)


def _kra_pin(p: Person) -> str:
    return f"A{p.bhxh[1:10]}{'ABCDEFGHJKLMNPQRSTVWXYZ'[int(p.bhxh) % 23]}"


def _mx_home(p: Person) -> tuple[str, str, str, str]:
    """Where a Mexico City driver lives (the CURP keeps the state the driver was born in)."""
    return _MX_CDMX[int(p.bhxh) // 19 % len(_MX_CDMX)]


def _pl_place(p: Person) -> tuple[str, str, str, str, str]:
    return _PL_PLACES[int(p.bhxh) // 13 % len(_PL_PLACES)]


def _eg_place(p: Person) -> tuple[str, str, str]:
    return _EG_PLACES[int(p.bhxh) // 9 % len(_EG_PLACES)]


def _in_place(p: Person) -> tuple[str, str, str, str]:
    return _IN_PLACES[int(p.bhxh) // 17 % len(_IN_PLACES)]


def _valid_to(p: Person, years: int) -> date:
    return _safe_day(p.other_date.year + years, p.other_date.month, p.other_date.day)


WRITERS_BLIND381: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese: training certificates
    "lic_class381": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "lic381": lambda p, c: f"79{p.bhxh[:10]}",
    "carrier381": lambda p, c: _pick(p, _VN_CARRIERS, 3),
    "mode381": lambda p, c: _pick(p, _VN_MODES, 4),
    "course381": lambda p, c: _pick(p, _VN_COURSES, 5),
    "result381": lambda p, c: _pick(p, _VN_RESULTS, 6),
    "cert381": lambda p, c: f"{p.bhxh[5:10]}/GCN-SGTVT",
    # Vietnamese: volunteer motorbike-taxi team
    "moto_plate381": lambda p, c: _moto_plate(p),
    "stand381": lambda p, c: _pick(p, _VN_STANDS, 3),
    "rides381": lambda p, c: str(_num(p, 40)),
    "leader381": lambda p, c: _other_vn(p, 4, True),
    "leader_phone381": lambda p, c: _other_phone(p, "091"),
    # Vietnamese: commendations
    "firm381": lambda p, c: _pick(p, _VN_FIRMS, 2),
    "plate381": lambda p, c: _vn_plate(p),
    "property381": lambda p, c: _pick(p, _VN_PROPERTY, 3),
    "value381": lambda p, c: f"{_num(p, 90) * 500_000:,}".replace(",", "."),
    "passenger381": lambda p, c: _other_vn(p, 5),
    "passenger_phone381": lambda p, c: _other_phone(p, "08"),
    "award381": lambda p, c: _pick(p, _VN_AWARDS, 4),
    # Vietnamese: camera-detected fines
    "staff381": lambda p, c: f"TX{p.bhxh[4:9]}",
    "carno381": lambda p, c: f"{_num(p, 900) + 100}",
    "offence381": lambda p, c: _pick(p, _VN_OFFENCES, 2),
    "hour381": lambda p, c: _event_time(p),
    "spot381": lambda p, c: _pick(p, _VN_SPOTS, 3),
    "fine381": lambda p, c: _pick(p, ("800.000", "1.000.000", "4.000.000", "6.000.000"), 4),
    "status381": lambda p, c: _pick(p, _VN_FINE_STATUS, 5),
    # Kenya
    "ke_name381": lambda p, c: _ke_name(p),
    "ke_id381": lambda p, c: _ke_id(p),
    "ke_kra381": lambda p, c: _kra_pin(p),
    "ke_sex381": lambda p, c: "Mwanaume / Male" if p.male else "Mwanamke / Female",
    "ke_phone381": lambda p, c: f"+254 7{p.phone[-8:-6]} {p.phone[-6:-3]} {p.phone[-3:]}",
    "ke_res381": lambda p, c: _KE_PLACES[int(p.bhxh) // 11 % len(_KE_PLACES)][0],
    "ke_county381": lambda p, c: _KE_PLACES[int(p.bhxh) // 11 % len(_KE_PLACES)][1],
    "ke_dl381": lambda p, c: f"DL{p.bhxh[2:9]}",
    "ke_badge381": lambda p, c: f"PSV/{p.bhxh[4:10]}/{p.other_date.year % 100:02d}",
    "ke_class381": lambda p, c: _pick(p, _KE_CLASSES, 3),
    "ke_plate381": lambda p, c: (
        f"KM{'DEFG'[_num(p, 4) - 1]}{'ABCDEFGHJK'[int(p.bhxh[6])]} "
        f"{p.bhxh[7:10]}{'ABCDEFGHJK'[int(p.bhxh[1])]}"
    ),
    "ke_sacco381": lambda p, c: _pick(p, _KE_SACCOS, 4),
    "ke_status381": lambda p, c: _pick(p, _KE_STATUS, 5),
    # Mexico
    "curp381": lambda p, c: _curp(p),
    "mx_pat381": lambda p, c: _mx_names(p)[0],
    "mx_mat381": lambda p, c: _mx_names(p)[1],
    "mx_given381": lambda p, c: _mx_names(p)[2],
    "mx_sex381": lambda p, c: "H" if p.male else "M",
    "mx_street381": lambda p, c: _mx_home(p)[0],
    "mx_col381": lambda p, c: _mx_home(p)[1],
    "mx_mun381": lambda p, c: _mx_home(p)[2],
    "mx_cp381": lambda p, c: _mx_home(p)[3],
    "mx_born381": lambda p, c: _MX_PLACES[_i(p, len(_MX_PLACES))][3],
    "mx_phone381": lambda p, c: f"55 {p.phone[-8:-4]} {p.phone[-4:]}",
    "mx_lic381": lambda p, c: _pick(p, ("Tipo B", "Tipo B", "Tipo E", "Tipo A"), 3),
    "mx_tarjeton381": lambda p, c: f"TJ-{p.bhxh[3:10]}",
    "mx_plate381": lambda p, c: (
        f"A{p.bhxh[5:8]}-{'BCDFGHJKL'[int(p.bhxh[8]) % 9]}{'BCDFGHJKL'[int(p.bhxh[9]) % 9]}C"
    ),
    "mx_platform381": lambda p, c: _pick(p, ("Uber", "DiDi", "inDrive", "Taxi libre"), 4),
    # Poland
    "pesel381": lambda p, c: _pesel(p),
    "pl_family381": lambda p, c: _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2),
    "pl_given381": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pl_street381": lambda p, c: _pl_place(p)[0],
    "pl_post381": lambda p, c: _pl_place(p)[1],
    "pl_town381": lambda p, c: _pl_place(p)[2],
    "pl_phone381": lambda p, c: (
        f"+48 {5 + _num(p, 3)}{p.phone[-8:-6]} {p.phone[-6:-3]} {p.phone[-3:]}"
    ),
    "pl_licence381": lambda p, c: f"{_num(p, 9000) + 1000}/T/{p.other_date.year}",
    "pl_extract381": lambda p, c: f"{_num(p, 9000) + 1000}/{_num(p, 3)}",
    "pl_plate381": lambda p, c: f"{_pl_place(p)[3]} {p.bhxh[2:7]}",
    "pl_side381": lambda p, c: str(_num(p, 990) + 10),
    "pl_organ381": lambda p, c: _pl_place(p)[4],
    # Egypt
    "eg_name381": lambda p, c: (
        f"{_by_sex(p, _EG_MEN, _EG_WOMEN, 1)} {_pick(p, _EG_MEN, 2)}"
        f" {_pick(p, _EG_MEN, 3)} {_pick(p, _EG_MEN, 4)}"
    ),
    "eg_nid381": lambda p, c: _eg_nid(p),
    "eg_sex381": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_addr381": lambda p, c: f"{_eg_place(p)[0]}، {_eg_place(p)[1]}, مصر",
    "eg_gov381": lambda p, c: _eg_place(p)[1],
    "eg_phone381": lambda p, c: f"01{_pick(p, ('0', '1', '2', '5'), 3)}{p.phone[-8:]}",
    "eg_lic381": lambda p, c: f"{p.bhxh[1:9]}",
    "eg_grade381": lambda p, c: _pick(p, _EG_GRADES, 4),
    "eg_plate381": lambda p, c: f"{_pick(p, _EG_LETTERS, 5)} {p.bhxh[6:10]}",
    "eg_oldcar381": lambda p, c: _pick(p, _EG_OLD_CARS, 6),
    "eg_bank381": lambda p, c: _pick(p, _EG_BANKS, 7),
    # India
    "in_name381": lambda p, c: _by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1),
    "in_father381": lambda p, c: _pick(p, _IN_FATHERS, 2),
    "in_sex381": lambda p, c: "पुरुष / Male" if p.male else "महिला / Female",
    "in_aadhaar381": lambda p, c: f"XXXX XXXX {_aadhaar(p)[-4:]}",
    "in_phone381": lambda p, c: f"+91 9{p.phone[-9:-5]} {p.phone[-5:]}",
    "in_addr381": lambda p, c: f"{_in_place(p)[0]}, {_in_place(p)[1]}",
    "in_pin381": lambda p, c: _in_place(p)[2],
    "in_dl381": lambda p, c: (
        f"{_in_place(p)[3][:2]}-{p.bhxh[:2]}{p.other_date.year - 2}{p.bhxh[3:10]}"
    ),
    "in_badge381": lambda p, c: f"B-{p.bhxh[4:10]}",
    "in_plate381": lambda p, c: f"{_in_place(p)[3]} {p.bhxh[6:10]}",
    "in_kind381": lambda p, c: _pick(p, _IN_KINDS, 3),
    "in_permit381": lambda p, c: f"PPT/{p.bhxh[2:7]}/{p.other_date.year}",
    "in_valid381": lambda p, c: f"{_valid_to(p, 3):%d-%m-%Y}",
}

__all__ = ["WRITERS_BLIND381"]
