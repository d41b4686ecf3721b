"""How the people of the four-hundred-and-twentieth part of the outside corpus (**blind 420**,
:mod:`lienthong.quality._corpus_blind420`) are written: four Vietnamese files' own columns (a
province's licensed river-ferry operators, a container port's dock-worker shift roster, a
maritime administration's seafarer certificates, a river-sand barge owners' list) and Filipino,
Greek, Indonesian, Norwegian and Panamanian seafarers' and port workers' names, addresses, phones
and numbers in the forms their papers show (the AMKA with its Luhn digit, the NIK with the birth
date in it, the fødselsnummer with its two mod 11 digits, the Panamanian cédula)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _amka, _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _NO_GIVEN_F, _NO_GIVEN_M, _fodselsnummer
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind114_writers import _GR_FATHERS, _GR_GIVEN_F, _GR_GIVEN_M
from lienthong.quality._corpus_blind117_writers import (
    _PH_FAMILY,
    _PH_GIVEN_F,
    _PH_GIVEN_M,
    _PH_MIDDLE,
)
from lienthong.quality._corpus_blind132_writers import _pa_phone
from lienthong.quality._corpus_blind156_writers import _ID_NAMES_F, _ID_NAMES_M
from lienthong.quality._corpus_blind179_writers import _no_phone
from lienthong.quality._corpus_blind194_writers import _ph_phone
from lienthong.quality._corpus_blind209_writers import _nik
from lienthong.quality._corpus_blind227_writers import _gr_mobile
from lienthong.quality._corpus_blind418_writers import (
    _PA_FAMILY,
    _PA_GIVEN_F,
    _PA_GIVEN_M,
    _PA_PLACES,
    _pa_cedula,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FERRY_PROV = ("AG", "ĐT", "CT", "VL", "BT", "TG", "HG")
_VN_CROSSINGS = (
    "Bến đò Vàm Cống",
    "Bến đò Tân Châu",
    "Bến đò Bình Thành",
    "Bến khách ngang sông Cồn Sơn",
    "Bến đò Mỹ Hiệp",
    "Bến đò Phú Thuận",
)
_VN_FERRY_KIND = ("Đò máy", "Đò máy", "Phà nhỏ", "Xuồng máy chở khách", "Đò dọc")
_VN_TEAMS = (
    "Tổ 1 - Bãi A",
    "Tổ 2 - Bãi B",
    "Tổ 3 - Cầu tàu số 2",
    "Tổ xếp dỡ hàng rời",
    "Tổ 5 - Kho CFS",
)
_VN_SHIFTS = ("Ca 1 (06h-14h)", "Ca 2 (14h-22h)", "Ca 3 (22h-06h)", "Ca HC")
_VN_CRANES = ("QC-03", "QC-07", "RTG-12", "RTG-21", "RS-05", "Xe nâng FL-09", "QC-11")
_VN_DOCK_JOBS = (
    "Lái cẩu bờ",
    "Lái RTG",
    "Công nhân bốc xếp",
    "Tín hiệu viên",
    "Kiểm đếm",
    "Lái xe nâng",
)
_VN_RANKS = (
    "Thuyền trưởng hạng ba",
    "Máy trưởng hạng ba",
    "Sĩ quan boong",
    "Sĩ quan máy",
    "Thủy thủ trực ca",
    "Thợ máy trực ca",
    "Đại phó",
)
_VN_SCHOOLS = ("ĐH Hàng hải Việt Nam", "CĐ Hàng hải I", "Trường ĐH GTVT TP.HCM", "CĐ Hàng hải II")
_VN_CERT_STATUS = ("Cấp mới", "Cấp lại", "Gia hạn", "Chuyển đổi", "Cấp mới")
_VN_PLACES_OF_BIRTH = ("Hải Phòng", "Nam Định", "Thanh Hóa", "Nghệ An", "Quảng Ninh", "Thái Bình")
_VN_SAND_HOMES = (
    ("Ấp Bình Phú", "Xã Bình Thành", "Huyện Thanh Bình", "Đồng Tháp"),
    ("Tổ 4, Khóm 2", "Phường An Lạc", "TX Hồng Ngự", "Đồng Tháp"),
    ("Ấp Long Hòa", "Xã Long Điền A", "Huyện Chợ Mới", "An Giang"),
    ("Ấp 3", "Xã Mỹ Hòa", "Huyện Bình Minh", "Vĩnh Long"),
    ("Thôn Phú Mỹ", "Xã Quế Xuân 1", "Huyện Quế Sơn", "Quảng Nam"),
    ("Ấp Tân Thuận", "Xã Tân Hòa", "Huyện Lai Vung", "Đồng Tháp"),
)
_VN_SAND_AREAS = (
    "Mỏ cát sông Tiền - Km 12",
    "Mỏ cát Cù lao Tây",
    "Sông Hậu - đoạn Long Xuyên",
    "Không khai thác",
)
_VN_SAND_STATUS = (
    "Đang hoạt động",
    "Đang hoạt động",
    "Tạm đình chỉ",
    "Hết hạn đăng kiểm",
    "Đã bán",
)

_PH_HOMES = (
    "Blk 12 Lot 5 Mabuhay Homes, Brgy. San Isidro, Cabuyao, Laguna",
    "123 Rizal St., Brgy. Poblacion, Iloilo City, Iloilo",
    "Purok 3, Brgy. Tabok, Mandaue City, Cebu",
    "45-B Tandang Sora Ave., Brgy. Culiat, Quezon City, Metro Manila",
    "Sitio Ilaya, Brgy. Bagong Silang, Batangas City, Batangas",
)
_PH_RANKS = (
    "Able Seaman",
    "Ordinary Seaman",
    "Oiler",
    "Chief Cook",
    "Bosun",
    "3rd Engineer",
    "2nd Officer",
)
_PH_AGENCIES = (
    "Magsaysay Maritime Corp.",
    "PTC Manila",
    "Philippine Transmarine Carriers",
    "OSM Maritime",
)
_PH_VESSELS = ("MV Pacific Star", "MT Eagle Tacoma", "MV Maersk Kowloon", "MV Ocean Grace", "—")
_PH_BIRTHPLACES = ("Iloilo City", "Cebu City", "Tacloban", "Batangas City", "Manila", "Davao City")

_GR_FAMILY_M = ("Παπαδόπουλος", "Καραγιάννης", "Βλάχος", "Μαυρίδης", "Σταματόπουλος", "Λυμπέρης")
_GR_FAMILY_F = ("Παπαδοπούλου", "Καραγιάννη", "Βλάχου", "Μαυρίδου", "Σταματοπούλου", "Λυμπέρη")
_GR_HOMES = (
    ("Ακτή Μιαούλη 47", "Πειραιάς", "185 36"),
    ("Γρηγορίου Λαμπράκη 112", "Πειραιάς", "185 33"),
    ("Εθνικής Αντιστάσεως 9", "Σαλαμίνα", "189 00"),
    ("Ναυάρχου Κουντουριώτη 21", "Χίος", "821 00"),
    ("Ανδρέα Παπανδρέου 3", "Σύρος", "841 00"),
)
_GR_SPECIALTIES = (
    "Ναύκληρος",
    "Ναύτης",
    "Θερμαστής",
    "Μάγειρας",
    "Δόκιμος Πλοίαρχος",
    "Μηχανοδηγός",
)
_GR_PORTS = ("Κ.Λ. Πειραιά", "Λ/Χ Χίου", "Κ.Λ. Σύρου", "Λ/Χ Σαλαμίνας", "Κ.Λ. Πατρών")
_GR_BIRTHPLACES = ("Πειραιάς", "Χίος", "Άνδρος", "Κεφαλονιά", "Αθήνα", "Κύμη")

_ID_RANKS = ("Nakhoda", "Mualim I", "KKM", "Masinis II", "Juru Mudi", "Kelasi", "Koki")
_ID_HOMES = (
    "Jl. Perak Timur No. 12, RT 003/RW 005, Kel. Perak Utara, Kec. Pabean Cantian, Surabaya",
    "Jl. Raya Cilincing Gg. Kompas No. 4, Kel. Kalibaru, Kec. Cilincing, Jakarta Utara",
    "Dsn. Krajan RT 01/RW 02, Desa Paciran, Kec. Paciran, Kab. Lamongan",
    "Jl. Yos Sudarso No. 88, Kel. Bitung Barat, Kec. Maesa, Kota Bitung",
)
_ID_CODES = ("357803", "317201", "352416", "717201")
_ID_BIRTHPLACES = ("SURABAYA", "LAMONGAN", "JAKARTA", "BITUNG", "TEGAL", "MAKASSAR")
_ID_PORTS = ("Tanjung Perak", "Tanjung Priok", "Bitung", "Tanjung Emas")

_NO_FAMILY = ("Hansen", "Johansen", "Olsen", "Larsen", "Haugland", "Kristiansen", "Sæther")
_NO_HOMES = (
    ("Strandkaien 14", "5013", "Bergen"),
    ("Havnegata 3 B", "4006", "Stavanger"),
    ("Kongens gate 27", "7011", "Trondheim"),
    ("Sjøgata 9", "8006", "Bodø"),
    ("Bryggeveien 41", "9008", "Tromsø"),
)
_NO_FIRMS = (
    "Bergen Havn KF",
    "Norsea AS",
    "Stevedoring Vest AS",
    "Securitas AS",
    "Kuehne+Nagel AS",
)
_NO_JOBS = ("Stuer", "Truckfører", "Vekter", "Losoppasser", "Kranfører", "Håndverker")
_NO_ZONES = ("Kai 1-4", "Kai 1-4; Containerterminal", "Alle soner", "Cruisekai", "Fiskerikai")

_PA_RANKS = ("Capitán", "Primer Oficial", "Jefe de Máquinas", "Marinero", "Engrasador", "Cocinero")
_PA_PORTS = ("Balboa", "Cristóbal", "Manzanillo", "Rodman", "Vacamonte")
_PA_NATIONS = ("Panameña", "PANAMEÑA", "Panameña", "Panameña")
_PA_STREETS = (
    "Calle 43 Este, Casa 12",
    "Vía España, Edif. Sol, Apto. 4B",
    "Barriada La Paz, Casa 218",
    "Calle 9a, Casa 31",
    "Urb. Los Andes N° 2, Casa 7",
)


def _stamp420(p: Person) -> str:
    when = datetime(2026, 3, 1, 6) + timedelta(minutes=int(p.bhxh[-6:]) % 400_000)
    return f"{when:%d.%m.%Y %H:%M}"


def _gr_family(p: Person) -> str:
    i = int(p.bhxh) // 23 % len(_GR_FAMILY_M)
    return _GR_FAMILY_M[i] if p.male else _GR_FAMILY_F[i]


def _expiry(p: Person, years: int, fmt: str) -> str:
    return f"{_shift_date(p.other_date, years):{fmt}}"


WRITERS_BLIND420: dict[str, Callable[[Person, Col], object]] = {
    # river-ferry operators
    "ferry_reg420": lambda p, c: f"{_pick(p, _VN_FERRY_PROV, 1)}-{p.bhxh[-4:]}",
    "ferry_kind420": lambda p, c: _pick(p, _VN_FERRY_KIND, 2),
    "ferry_seats420": lambda p, c: 6 + _num(p, 30),
    "ferry_place420": lambda p, c: _pick(p, _VN_CROSSINGS, 3),
    "ferry_licence420": lambda p, c: f"{p.bhxh[:3]}/GP-SGTVT",
    "ferry_cert420": lambda p, c: f"T3-{p.bhxh[2:8]}",
    "ferry_until420": lambda p, c: _expiry(p, 3, "%d-%m-%Y"),
    # dock-worker roster
    "dock_id420": lambda p, c: f"CL{p.bhxh[-5:]}",
    "dock_team420": lambda p, c: _pick(p, _VN_TEAMS, 4),
    "dock_shift420": lambda p, c: _pick(p, _VN_SHIFTS, 5),
    "dock_crane420": lambda p, c: _pick(p, _VN_CRANES, 6),
    "dock_job420": lambda p, c: _pick(p, _VN_DOCK_JOBS, 7),
    "dock_lead420": lambda p, c: _other_vn(p, 8, male=True),
    "dock_tons420": lambda p, c: f"{_num(p, 900) * 3},{_num(p, 9)}",
    # seafarer certificates
    "cert_no420": lambda p, c: f"{p.bhxh[-6:]}/GCNKNCM-CHHVN",
    "cert_rank420": lambda p, c: _pick(p, _VN_RANKS, 9),
    "cert_born_at420": lambda p, c: _pick(p, _VN_PLACES_OF_BIRTH, 10),
    "cert_book420": lambda p, c: f"HP-{p.bhxh[1:7]}",
    "cert_school420": lambda p, c: _pick(p, _VN_SCHOOLS, 11),
    "cert_kind420": lambda p, c: _pick(p, _VN_CERT_STATUS, 12),
    "cert_until420": lambda p, c: _expiry(p, 5, "%d/%m/%Y"),
    # river-sand barges
    "sand_hamlet420": lambda p, c: _VN_SAND_HOMES[int(p.bhxh) // 13 % 6][0],
    "sand_ward420": lambda p, c: _VN_SAND_HOMES[int(p.bhxh) // 13 % 6][1],
    "sand_dist420": lambda p, c: _VN_SAND_HOMES[int(p.bhxh) // 13 % 6][2],
    "sand_prov420": lambda p, c: _VN_SAND_HOMES[int(p.bhxh) // 13 % 6][3],
    "sand_reg420": lambda p, c: f"ĐT-{p.bhxh[-5:]}",
    "sand_tons420": lambda p, c: 50 + _num(p, 600),
    "sand_area420": lambda p, c: _pick(p, _VN_SAND_AREAS, 13),
    "sand_status420": lambda p, c: _pick(p, _VN_SAND_STATUS, 14),
    "sand_helper420": lambda p, c: _other_vn(p, 15),
    "sand_helper_phone420": lambda p, c: _other_phone(p, "03"),
    # the Philippines
    "ph_srn420": lambda p, c: f"{p.bhxh[:8]}",
    "ph_sirb420": lambda p, c: f"C{p.bhxh[-7:]}",
    "ph_fam420": lambda p, c: _pick(p, _PH_FAMILY, 16),
    "ph_giv420": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 17),
    "ph_mid420": lambda p, c: _pick(p, _PH_MIDDLE, 18),
    "sex_ph420": lambda p, c: "M" if p.male else "F",
    "ph_born_at420": lambda p, c: _pick(p, _PH_BIRTHPLACES, 19),
    "ph_rank420": lambda p, c: _pick(p, _PH_RANKS, 20),
    "phone_ph420": lambda p, c: _ph_phone(p),
    "ph_addr420": lambda p, c: _pick(p, _PH_HOMES, 21),
    "ph_agency420": lambda p, c: _pick(p, _PH_AGENCIES, 22),
    "ph_vessel420": lambda p, c: _pick(p, _PH_VESSELS, 23),
    "ph_until420": lambda p, c: _expiry(p, 5, "%m/%d/%Y"),
    # Greece
    "gr_amka420": lambda p, c: _amka(p),
    "gr_amn420": lambda p, c: f"{_pick(p, ('ΠΕΙ', 'ΧΙΟ', 'ΣΥΡ'), 24)} {p.bhxh[-5:]}",
    "gr_ama420": lambda p, c: f"{p.bhxh[:9]}",
    "gr_fam420": lambda p, c: _gr_family(p),
    "gr_giv420": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 25),
    "gr_father420": lambda p, c: _pick(p, _GR_FATHERS, 26),
    "sex_gr420": lambda p, c: "Α" if p.male else "Θ",
    "gr_born_at420": lambda p, c: _pick(p, _GR_BIRTHPLACES, 27),
    "gr_spec420": lambda p, c: _pick(p, _GR_SPECIALTIES, 28),
    "gr_book420": lambda p, c: f"Ν.Φ. {p.bhxh[2:8]}",
    "gr_port420": lambda p, c: _pick(p, _GR_PORTS, 29),
    "gr_street420": lambda p, c: _GR_HOMES[int(p.bhxh) // 7 % 5][0],
    "gr_city420": lambda p, c: _GR_HOMES[int(p.bhxh) // 7 % 5][1],
    "gr_tk420": lambda p, c: _GR_HOMES[int(p.bhxh) // 7 % 5][2],
    "phone_gr420": lambda p, c: _gr_mobile(p),
    # Indonesia
    "id_nik420": lambda p, c: _nik(p, _pick(p, _ID_CODES, 30)),
    "id_name420": lambda p, c: _by_sex(p, _ID_NAMES_M, _ID_NAMES_F, 31).upper(),
    "id_rank420": lambda p, c: _pick(p, _ID_RANKS, 32),
    "id_book420": lambda p, c: f"{_pick(p, ('E', 'F', 'G'), 33)} {p.bhxh[-6:]}",
    "id_code420": lambda p, c: f"62{p.bhxh[:8]}",
    "id_born_at420": lambda p, c: _pick(p, _ID_BIRTHPLACES, 34),
    "sex_id420": lambda p, c: "L" if p.male else "P",
    "id_addr420": lambda p, c: _pick(p, _ID_HOMES, 35),
    "phone_id420": lambda p, c: (
        f"08{_pick(p, ('12', '13', '52', '57'), 36)}-{p.phone[3:7]}-{p.phone[7:10]}"
    ),
    "id_port420": lambda p, c: _pick(p, _ID_PORTS, 37),
    # Norway
    "no_fnr420": lambda p, c: _fodselsnummer(p),
    "no_card420": lambda p, c: f"BH-{p.bhxh[-6:]}",
    "no_fam420": lambda p, c: _pick(p, _NO_FAMILY, 38),
    "no_giv420": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 39),
    "no_firm420": lambda p, c: _pick(p, _NO_FIRMS, 40),
    "no_job420": lambda p, c: _pick(p, _NO_JOBS, 41),
    "no_street420": lambda p, c: _NO_HOMES[int(p.bhxh) // 11 % 5][0],
    "no_post420": lambda p, c: _NO_HOMES[int(p.bhxh) // 11 % 5][1],
    "no_town420": lambda p, c: _NO_HOMES[int(p.bhxh) // 11 % 5][2],
    "phone_no420": lambda p, c: _no_phone(p),
    "no_zones420": lambda p, c: _pick(p, _NO_ZONES, 42),
    "no_until420": lambda p, c: _expiry(p, 2, "%d.%m.%Y"),
    "no_stamp420": lambda p, c: _stamp420(p),
    # Panama
    "pa_ced420": lambda p, c: _pa_cedula(p),
    "pa_fam420": lambda p, c: _pick(p, _PA_FAMILY, 43),
    "pa_giv420": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 44),
    "sex_pa420": lambda p, c: "Masculino" if p.male else "Femenino",
    "pa_nation420": lambda p, c: _pick(p, _PA_NATIONS, 45),
    "pa_rank420": lambda p, c: _pick(p, _PA_RANKS, 46),
    "pa_book420": lambda p, c: f"LM-{p.bhxh[2:9]}",
    "pa_port420": lambda p, c: _pick(p, _PA_PORTS, 47),
    "phone_pa420": lambda p, c: _pa_phone(p),
    "pa_addr420": lambda p, c: ", ".join(
        (_pick(p, _PA_STREETS, 50), *_PA_PLACES[_num(p, 6) - 1][:1:-1])
    ),
    "pa_kin420": lambda p, c: f"{_pick(p, _PA_GIVEN_F, 48)} {_pick(p, _PA_FAMILY, 49)}",
}

__all__ = ["WRITERS_BLIND420"]
