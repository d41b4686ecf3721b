"""How the people of the four-hundred-and-thirtieth part of the outside corpus (**blind 430**,
:mod:`lienthong.quality._corpus_blind430`) are written: four Vietnamese aviation files' own
columns (a drone pilot's certificate and device, a passenger denied boarding and why, a passenger
banned from flying and the decision, a lost bag's report) and Filipino, Indonesian, Brazilian,
Ukrainian and Spanish names, addresses, phones and identity numbers in the forms their cards show
(the PhilSys card number, the NIK with the birth date inside, the CPF's two mod-11 digits, the
РНОКПП's weighted digit, the DNI's letter) beside each country's aviation numbers."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _rnokpp
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind206_writers import _cpf
from lienthong.quality._corpus_blind209_writers import _nik
from lienthong.quality._corpus_blind280_writers import _dni_of

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = TypeVar("_T")

_VN_UAV_CLASS = ("Hạng A (dưới 2 kg)", "Hạng B (2-25 kg)", "Hạng C (trên 25 kg)")
_VN_UAV_SCHOOLS = (
    "Học viện Hàng không Việt Nam",
    "TT Đào tạo UAV - Viettel",
    "Trường Sĩ quan Không quân",
    "Cty CP Hàng không Drone VN",
)
_VN_DRONES = ("DJI Mavic 3 Pro", "DJI Mini 4 Pro", "DJI Agras T40", "Autel EVO II", "XAG P100")
_VN_FLIGHTS = (
    ("VN 213", "SGN-HAN"),
    ("VJ 122", "HAN-SGN"),
    ("QH 1523", "SGN-DAD"),
    ("VN 1347", "HAN-CXR"),
    ("VU 781", "SGN-HPH"),
    ("VJ 633", "DAD-SGN"),
)
_VN_DENIED = (
    "Quá tải chuyến bay (overbooking)",
    "Say rượu, không đủ sức khỏe bay",
    "Giấy tờ tùy thân hết hạn",
    "Đến quầy sau giờ đóng chuyến",
    "Gây rối tại khu vực cửa ra tàu bay",
    "Mang vật phẩm nguy hiểm, từ chối kiểm tra",
)
_VN_BANNED = (
    "Gây rối trật tự trên tàu bay",
    "Hút thuốc lá điện tử trong tàu bay",
    "Đe dọa an ninh (nói đùa có bom)",
    "Hành hung nhân viên hàng không",
    "Tự ý mở cửa thoát hiểm",
)
_VN_AIRPORTS = (
    "CHK quốc tế Tân Sơn Nhất",
    "CHK quốc tế Nội Bài",
    "CHK quốc tế Đà Nẵng",
    "CHK quốc tế Cam Ranh",
    "CHK quốc tế Cát Bi",
)
_VN_BAGS = (
    "Vali kéo màu đen, size 24",
    "Balo xanh navy hiệu Samsonite",
    "Thùng carton dán băng keo vàng",
    "Vali nhựa màu hồng, có khóa số",
    "Túi du lịch vải xám",
)
_VN_BAG_STATUS = ("Đã tìm thấy, chờ giao", "Đã giao trả", "Đang truy tìm", "Đã bồi thường")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva")
_PH_GIVEN_M = ("Juan Miguel", "Jose Rizal", "Mark Anthony", "Christian", "Rodel", "Jerome")
_PH_GIVEN_F = ("Maria Clara", "Kristine Joy", "Angelica", "Rowena", "Princess Mae", "Jasmine")
_PH_MIDDLE = ("Mercado", "Aquino", "Ramos", "Flores", "Castillo", "Tolentino")
_PH_PLACES = (
    "Blk 5 Lot 12 Camella Homes, Brgy. Molino III, Bacoor City, Cavite",
    "123 P. Burgos St., Brgy. Poblacion, Makati City, Metro Manila",
    "Purok 4, Brgy. Lahug, Cebu City, Cebu",
    "45 Mabini St., Brgy. San Roque, Marikina City, Metro Manila",
    "Sitio Malinao, Brgy. Buhangin, Davao City, Davao del Sur",
)
_ID_FAMILY = ("Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Kusuma", "Siregar")
_ID_GIVEN_M = ("Budi", "Agus", "Rizky", "Dedi", "Fajar", "Andi", "Eko")
_ID_GIVEN_F = ("Siti", "Dewi", "Ayu", "Rina", "Putri", "Nurul", "Wulan")
#: (kecamatan code, street with RT/RW, kelurahan, city)
_ID_PLACES = (
    (
        "367106",
        "Jl. Marsekal Suryadarma No. 14, RT 003/RW 005",
        "Selapajang Jaya",
        "Kota Tangerang",
    ),
    ("367103", "Perum Bumi Indah Blok C2/7, RT 002/RW 011", "Kedaung Wetan", "Kota Tangerang"),
    ("360313", "Jl. Raya Teluk Naga No. 88, RT 001/RW 004", "Kampung Melayu", "Kab. Tangerang"),
    ("317109", "Jl. Kemayoran Gempol No. 3, RT 010/RW 002", "Kebon Kosong", "Jakarta Pusat"),
    ("510306", "Jl. Raya Tuban Gg. Melati No. 5", "Tuban", "Kab. Badung"),
)
_ID_EMPLOYERS = (
    "PT Angkasa Pura Indonesia",
    "PT Garuda Indonesia (Persero) Tbk",
    "PT Gapura Angkasa",
    "PT Jasa Angkasa Semesta",
    "PT Lion Mentari Airlines",
)
_ID_JOBS = (
    "Aviation Security",
    "Porter",
    "Petugas Check-in",
    "Teknisi Pesawat",
    "Cleaning Service",
)
_BR_FAMILY = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Carvalho")
_BR_GIVEN_M = ("João Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Marcelo")
_BR_GIVEN_F = ("Ana Clara", "Mariana", "Juliana", "Camila", "Fernanda", "Letícia")
#: (street, bairro, município, UF, CEP, DDD)
_BR_PLACES = (
    ("Rua Augusta, 1508, apto 72", "Consolação", "São Paulo", "SP", "01304-001", "11"),
    (
        "Av. Nossa Senhora de Copacabana, 680",
        "Copacabana",
        "Rio de Janeiro",
        "RJ",
        "22050-001",
        "21",
    ),
    ("Rua das Flores, 233", "Centro", "Curitiba", "PR", "80410-160", "41"),
    ("Av. Afonso Pena, 3000, sala 4", "Funcionários", "Belo Horizonte", "MG", "30130-009", "31"),
    ("Rua Alfredo Bernardo Leite, 55", "Jardim Paulistano", "Campinas", "SP", "13060-710", "19"),
)
_BR_AIRLINES = ("LATAM Airlines Brasil", "Gol Linhas Aéreas", "Azul Linhas Aéreas", "Autônomo")
_UA_FAMILY_M = ("Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Кравчук")
_UA_FAMILY_F = ("Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Кравчук")
_UA_GIVEN_M = ("Олександр", "Андрій", "Сергій", "Дмитро", "Тарас", "Юрій")
_UA_GIVEN_F = ("Оксана", "Наталія", "Ірина", "Олена", "Юлія", "Тетяна")
_UA_PATR_M = ("Олександрович", "Іванович", "Петрович", "Миколайович", "Васильович")
_UA_PATR_F = ("Олександрівна", "Іванівна", "Петрівна", "Миколаївна", "Василівна")
_UA_PLACES = (
    "08300, Київська обл., м. Бориспіль, вул. Київський Шлях, буд. 12, кв. 4",
    "79000, м. Львів, вул. Городоцька, буд. 170, кв. 25",
    "65000, м. Одеса, вул. Генуезька, буд. 3",
    "08301, Київська обл., м. Бориспіль, вул. Завокзальна, буд. 7",
    "02000, м. Київ, просп. Бажана, буд. 10, кв. 118",
)
_UA_MOBILE = ("50", "63", "66", "67", "68", "73", "93", "95", "97", "98")
_UA_UNITS = ("Служба авіаційної безпеки", "Служба перонного контролю", "Аварійно-рятувальна служба")
_UA_POSTS = ("інспектор", "старший інспектор", "водій-рятувальник", "диспетчер", "технік")
_ES_FAMILY = ("García López", "Martínez Ruiz", "Fernández Gil", "Sánchez Moreno", "Navarro Díaz")
_ES_GIVEN_M = ("Alejandro", "Javier", "Pablo", "Daniel", "Sergio", "José Luis")
_ES_GIVEN_F = ("Lucía", "María José", "Carmen", "Paula", "Elena", "Laura")
#: (street, CP, localidad, provincia)
_ES_PLACES = (
    ("C/ Alcalá 245, 3º B", "28028", "Madrid", "Madrid"),
    ("Avda. Diagonal 512, 6º 2ª", "08006", "Barcelona", "Barcelona"),
    ("C/ Sierpes 14, bajo", "41004", "Sevilla", "Sevilla"),
    ("Pza. del Ayuntamiento 3, 1º", "46002", "Valencia", "Valencia"),
    ("C/ Triana 60, 4º A", "35002", "Las Palmas de Gran Canaria", "Las Palmas"),
)
_ES_LICENCES = ("ATPL(A)", "CPL(A)", "PPL(A)", "LAPL(A)", "TCP (cabina)", "Piloto a distancia")
_ES_ATOS = ("Aerotec", "FlyBy Escuela de Pilotos", "Adventia", "Global Training Aviation")


def _place(p: Person, table: tuple[_T, ...], salt: int = 2) -> _T:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _ascii_caps(text: str) -> str:
    """A name as a booking record holds it: capitals, no diacritics (Đ as D)."""
    flat = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in flat if not unicodedata.combining(ch)).upper()


def _ban_years(p: Person) -> int:
    """How many years a passenger is banned from flying: one to three."""
    return int(p.bhxh) // 7 % 3 + 1


def _philsys(p: Person) -> str:
    """A PhilSys card number (PCN) as the PhilID prints it, four groups of four."""
    d = f"{(int(p.bhxh) * 1_000_003 + 17) % (9 * 10**15) + 10**15}"
    return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"


def _ph_mobile(p: Person) -> str:
    return f"+63 9{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-2:]}"


def _id_nik(p: Person) -> str:
    return _nik(p, _place(p, _ID_PLACES)[0])


def _es_dni(p: Person) -> str:
    return _dni_of(int(p.bhxh[:8]) % 80_000_000 + 1_000_000)


def _ua_id_card(p: Person) -> str:
    """An ID card's document number (nine digits), a secondary document beside the РНОКПП."""
    return f"00{p.bhxh[-7:]}"


WRITERS_BLIND430: dict[str, Callable[[Person, Col], object]] = {
    "uav_cert430": lambda p, c: f"{_num(p, 900) + 100:03d}/CCĐK-UAV-CHK",
    "uav_class430": lambda p, c: _pick(p, _VN_UAV_CLASS, 2),
    "uav_school430": lambda p, c: _pick(p, _VN_UAV_SCHOOLS, 3),
    "drone430": lambda p, c: _pick(p, _VN_DRONES, 4),
    "drone_sn430": lambda p, c: f"1581F{p.bhxh[:4]}C{p.bhxh[4:9]}",
    "valid430": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "flight430": lambda p, c: _place(p, _VN_FLIGHTS)[0],
    "route430": lambda p, c: _place(p, _VN_FLIGHTS)[1],
    "pax_caps430": lambda p, c: _ascii_caps(p.full),
    "pnr430": lambda p, c: "".join("ABCDEFGHJKLMNPQRSTUVWXYZ"[int(ch) * 2] for ch in p.bhxh[:6]),
    "ticket430": lambda p, c: f"738{p.bhxh}",
    "denied430": lambda p, c: _pick(p, _VN_DENIED, 3),
    "duty_officer430": lambda p, c: _other_vn(p, 5),
    "compensation430": lambda p, c: (
        f"{(_num(p, 4) + 1) * 800_000:,}".replace(",", ".")
        if _pick(p, _VN_DENIED, 3).startswith("Quá tải")
        else "0"
    ),
    "nationality430": lambda p, c: "Việt Nam",
    "banned_act430": lambda p, c: _pick(p, _VN_BANNED, 4),
    "ban_decision430": lambda p, c: f"{_num(p, 400) + 10}/QĐ-XPHC",
    "fine430": lambda p, c: f"{(_num(p, 8) + 1) * 2_500_000}",
    "ban_months430": lambda p, c: str(12 * _ban_years(p)),
    "ban_end430": lambda p, c: f"{_shift_date(p.other_date, _ban_years(p)):%d/%m/%Y}",
    "airport430": lambda p, c: _pick(p, _VN_AIRPORTS, 6),
    "pir430": lambda p, c: f"SGNVN{p.bhxh[-5:]}",
    "bag_tag430": lambda p, c: f"VN{p.bhxh[:6]}",
    "bag_desc430": lambda p, c: _pick(p, _VN_BAGS, 2),
    "bag_kg430": lambda p, c: f"{(_num(p, 200) + 79) // 10},{(_num(p, 200) + 79) % 10}",
    "bag_status430": lambda p, c: _pick(p, _VN_BAG_STATUS, 3),
    "bag_agent430": lambda p, c: _other_vn(p, 7),
    "bag_alt_phone430": lambda p, c: _other_phone(p, "090"),
    "pcn_ph430": lambda p, c: _philsys(p),
    "ph_family430": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given430": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle430": lambda p, c: _pick(p, _PH_MIDDLE, 3),
    "sex_ph430": lambda p, c: "M" if p.male else "F",
    "addr_ph430": lambda p, c: _place(p, _PH_PLACES, 1),
    "phone_ph430": lambda p, c: _ph_mobile(p),
    "rpac_ph430": lambda p, c: f"RPAC-{p.other_date.year}-{p.bhxh[-5:]}",
    "rpa_cat_ph430": lambda p, c: _pick(p, ("Recreational", "Commercial", "Agricultural"), 4),
    "rpa_sn_ph430": lambda p, c: f"{_pick(p, _VN_DRONES, 5)} / SN {p.bhxh[2:9]}",
    "nik_id430": lambda p, c: _id_nik(p),
    "id_name430": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}".upper()
    ),
    "id_pob430": lambda p, c: _pick(p, ("JAKARTA", "TANGERANG", "BANDUNG", "SEMARANG"), 3),
    "sex_id430": lambda p, c: "L" if p.male else "P",
    "id_street430": lambda p, c: _place(p, _ID_PLACES)[1],
    "id_kel430": lambda p, c: _place(p, _ID_PLACES)[2],
    "id_city430": lambda p, c: _place(p, _ID_PLACES)[3],
    "phone_id430": lambda p, c: f"081{p.phone[3]}-{p.phone[4:8]}-{p.phone[8:10]}{p.bhxh[-2:]}",
    "id_employer430": lambda p, c: _pick(p, _ID_EMPLOYERS, 4),
    "id_job430": lambda p, c: _pick(p, _ID_JOBS, 5),
    "id_pass430": lambda p, c: f"PAS/CGK/{p.bhxh[-6:]}",
    "id_zone430": lambda p, c: _pick(p, ("A (Airside)", "B (Landside)", "A, B, C", "T"), 6),
    "cpf_br430": lambda p, c: _cpf(p),
    "canac_br430": lambda p, c: f"{100_000 + int(p.bhxh[:6]) % 900_000}",
    "br_name430": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
        f" {_pick(p, _BR_FAMILY, 3)}"
    ),
    "sex_br430": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_street430": lambda p, c: _place(p, _BR_PLACES)[0],
    "br_bairro430": lambda p, c: _place(p, _BR_PLACES)[1],
    "br_city430": lambda p, c: _place(p, _BR_PLACES)[2],
    "br_uf430": lambda p, c: _place(p, _BR_PLACES)[3],
    "br_cep430": lambda p, c: _place(p, _BR_PLACES)[4],
    "phone_br430": lambda p, c: f"({_place(p, _BR_PLACES)[5]}) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "br_licence430": lambda p, c: _pick(p, ("PLA", "PCM", "PPR", "PCA", "PPA"), 4),
    "br_ratings430": lambda p, c: _pick(p, ("A320 / IFR", "B737 / IFR", "MLTE / IFR", "MNTE"), 5),
    "br_cma430": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "br_airline430": lambda p, c: _pick(p, _BR_AIRLINES, 6),
    "rnokpp_ua430": lambda p, c: _rnokpp(p),
    "ua_family430": lambda p, c: _by_sex(p, _UA_FAMILY_M, _UA_FAMILY_F, 2),
    "ua_given430": lambda p, c: _by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 1),
    "ua_patr430": lambda p, c: _by_sex(p, _UA_PATR_M, _UA_PATR_F, 3),
    "sex_ua430": lambda p, c: "чол." if p.male else "жін.",
    "ua_addr430": lambda p, c: _place(p, _UA_PLACES, 3),
    "phone_ua430": lambda p, c: (
        f"+380 {_pick(p, _UA_MOBILE, 7)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "ua_idcard430": lambda p, c: _ua_id_card(p),
    "ua_unit430": lambda p, c: _pick(p, _UA_UNITS, 4),
    "ua_post430": lambda p, c: _pick(p, _UA_POSTS, 5),
    "ua_tab430": lambda p, c: f"{_num(p, 9000) + 1000}",
    "dni_es430": lambda p, c: _es_dni(p),
    "es_family430": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_given430": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "sex_es430": lambda p, c: "H" if p.male else "M",
    "es_street430": lambda p, c: _place(p, _ES_PLACES)[0],
    "es_cp430": lambda p, c: _place(p, _ES_PLACES)[1],
    "es_loc430": lambda p, c: _place(p, _ES_PLACES)[2],
    "es_prov430": lambda p, c: _place(p, _ES_PLACES)[3],
    "phone_es430": lambda p, c: f"6{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "es_licence430": lambda p, c: _pick(p, _ES_LICENCES, 4),
    "es_licno430": lambda p, c: f"ES.FCL.{p.bhxh[-6:]}",
    "es_medical430": lambda p, c: _pick(p, ("Clase 1", "Clase 2", "LAPL"), 5),
    "es_ato430": lambda p, c: _pick(p, _ES_ATOS, 6),
}
