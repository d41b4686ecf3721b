"""How the people of the seventy-second part of the outside corpus (**blind 72**,
:mod:`lienthong.quality._corpus_blind72`) are written: four Vietnamese files' own columns (a union
member's workshop, card and employer, an elderly person's blood pressure, doctor and health
station, a compensated land plot with its map sheet, area, amount and co-owner, a traffic
violation with its plate, fine and officer) and Bhutanese, Kyrgyz, Algerian, Bolivian and
Surinamese names, addresses, phones and identity numbers in the forms their cards show (the
11-digit CID, the 14-digit ПИН with the sex digit and the birth date, the 18-digit NIN with its
mod-97 key, the carnet with the department it was issued in, the Surinamese ID number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEPTS = ("Tổ May 3", "Phân xưởng Cắt", "Bộ phận QC", "Kho thành phẩm", "Tổ Hoàn thiện 1")
_VN_COMPANIES = (
    ("Công ty TNHH Pouyuen Việt Nam", "Lô 1-2 Đường số 7, KCN Tân Tạo, P. Tân Tạo A, TP.HCM"),
    ("Công ty TNHH Nidec Việt Nam", "Lô I-3 Đường D2, KCN Long Hậu, H. Cần Giuộc, Long An"),
    ("Công ty CP May Việt Tiến Tân Bình", "Lô 15 Đường số 9, KCN Vĩnh Lộc, Q. Bình Tân, TP.HCM"),
    ("Công ty TNHH Samsung Electronics HCMC CE", "Lô I-11 Đường D2, Khu Công nghệ cao, TP.HCM"),
)
_VN_STATIONS = (
    "TYT Phường Tân Định",
    "TYT Phường 12",
    "TYT Phường Bình Hưng Hòa",
    "TYT Phường An Lạc",
)
_VN_CONCLUSIONS = (
    "Sức khỏe loại II",
    "THA độ 1, theo dõi",
    "ĐTĐ type 2, chuyển tuyến",
    "Bình thường",
    "Thoái hóa khớp gối",
)
_VN_LAND_TYPES = ("ODT", "CLN", "LUC", "ONT+CLN", "BHK")
_VN_RELATIONS = ("Vợ", "Chồng", "Con", "Anh ruột", "Em ruột")
_VN_VIOLATIONS = (
    "Không đội mũ bảo hiểm (Đ6.K2.i NĐ168/2024)",
    "Vượt đèn đỏ (Đ7.K7.c NĐ168/2024)",
    "Nồng độ cồn mức 1 (Đ7.K6.c NĐ168/2024)",
    "Chạy quá tốc độ 5-10 km/h",
    "Không có GPLX",
    "Dừng đỗ sai quy định",
)
_VN_ROADS = (
    "QL1A, km 1905+200",
    "Ngã tư Hàng Xanh",
    "Đường Võ Văn Kiệt, P. Cầu Ông Lãnh",
    "Cầu Sài Gòn",
)
_VN_OFFICERS = ("Thiếu tá Nguyễn Văn Hùng", "Đại úy Trần Minh Tâm", "Trung úy Lê Quốc Bảo")
_VN_PAY = ("Đã nộp phạt", "Chưa nộp", "Tạm giữ phương tiện", "Đã nộp qua DVC")
_BT_GIVEN_M = ("Karma Wangchuk", "Sonam Dorji", "Tshering Penjor", "Ugyen Tenzin", "Pema Namgyel")
_BT_GIVEN_F = ("Dechen Wangmo", "Kinley Choden", "Sangay Zangmo", "Tshering Yangzom", "Pema Lhamo")
#: (gewog, dzongkhag, the CID's two-digit dzongkhag code)
_BT_PLACES = (
    ("Chang", "Thimphu", "15"),
    ("Wangchang", "Paro", "10"),
    ("Phuentsholing", "Chhukha", "02"),
    ("Toebisa", "Punakha", "12"),
    ("Kanglung", "Trashigang", "17"),
    ("Thedtsho", "Wangdue Phodrang", "20"),
)
_BT_KIDU = ("Land Kidu", "Monthly Kidu", "Education Kidu", "Medical Kidu")
_KG_FAMILY = ("Асанов", "Токтогулов", "Жээнбеков", "Мамытов", "Осмонов", "Сыдыков", "Абдыкеримов")
_KG_GIVEN_M = ("Бакыт", "Нурлан", "Айбек", "Эрлан", "Темирлан", "Азамат", "Улан")
_KG_GIVEN_F = ("Айгүл", "Жылдыз", "Нургүл", "Бермет", "Чолпон", "Гүлнара", "Айпери")
_KG_FATHERS = ("Асан", "Садыр", "Токтосун", "Мырзабек", "Жолдош", "Кубан")
_KG_PLACES = (
    ("ул. Токтогула, 125, кв. 14", "Первомайский р-н", "г. Бишкек"),
    ("ул. Курманжан Датка, 48", "Кара-Суу району", "Ош облусу"),
    ("мкр. Джал, 23/1", "Свердловский р-н", "г. Бишкек"),
    ("ул. Ленина, 17", "Ак-Суу району", "Ысык-Көл облусу"),
    ("г. Кара-Балта, ул. Жибек Жолу, 9", "Жайыл району", "Чүй облусу"),
)
_KG_BENEFIT = (
    "ЮМКБ / ЕПМС (үй-бүлөгө жөлөкпул)",
    "Ай сайын берилүүчү социалдык жөлөкпул",
    "Балага жөлөкпул",
)
_DZ_FAMILY = ("Benali", "Boudiaf", "Haddad", "Belkacem", "Meziane", "Saidi", "Bouzid", "Khelifi")
_DZ_GIVEN_M = ("Mohamed", "Yacine", "Abdelkader", "Sofiane", "Riad", "Amine")
_DZ_GIVEN_F = ("Amina", "Fatima Zohra", "Nesrine", "Meriem", "Khadidja", "Lamia")
#: (street, commune, wilaya, the wilaya's number)
_DZ_PLACES = (
    ("Cité 500 Logements, Bt 12 N° 3", "Bab Ezzouar", "Alger", "16"),
    ("Rue Larbi Ben M'hidi, N° 45", "Oran", "Oran", "31"),
    ("Cité Daksi, Bloc 7", "Constantine", "Constantine", "25"),
    ("Lotissement El Feth, N° 112", "Sétif", "Sétif", "19"),
    ("Hai Ennasr, Rue 4 N° 18", "Bir El Djir", "Oran", "31"),
)
_DZ_BIRTHPLACES = ("Alger Centre", "Blida", "Tizi Ouzou", "Béjaïa", "Batna", "Tlemcen")
_BO_FAMILY = ("Mamani", "Quispe", "Choque", "Flores", "Condori", "Vargas", "Gutiérrez", "Rojas")
_BO_GIVEN_M = ("Juan Carlos", "Wilfredo", "Evaristo", "Luis Fernando", "René")
_BO_GIVEN_F = ("María Elena", "Filomena", "Rosa Isabel", "Juana", "Ximena")
#: (street with its zone, municipio, departamento, the carnet's department suffix)
_BO_PLACES = (
    ("Zona Villa Fátima, Calle 3 N° 123", "La Paz", "La Paz", "LP"),
    ("Zona 16 de Julio, Av. Juan Pablo II N° 2045", "El Alto", "La Paz", "LP"),
    ("Barrio Equipetrol, Calle Los Pinos N° 18", "Santa Cruz de la Sierra", "Santa Cruz", "SC"),
    ("Zona Sud, Av. Blanco Galindo km 4", "Cochabamba", "Cochabamba", "CB"),
    ("Barrio San Roque, Calle Bolívar N° 77", "Sucre", "Chuquisaca", "CH"),
    ("Zona Central, Calle Potosí N° 310", "Oruro", "Oruro", "OR"),
)
_SR_FAMILY = ("Ramdin", "Pinas", "Kartodikromo", "Sewnath", "Wong A Foe", "Biharie", "Djojo")
_SR_GIVEN_M = ("Ricardo", "Anand", "Sugito", "Marciano", "Ashwin", "Roy")
_SR_GIVEN_F = ("Sharmila", "Ingrid", "Sri Wahyuni", "Romana", "Cheryl", "Anjali")
#: (street, ressort, district)
_SR_PLACES = (
    ("Kwattaweg 312", "Tammenga", "Paramaribo"),
    ("Indira Gandhiweg 1045", "Lelydorp", "Wanica"),
    ("Lalla Rookhweg 88", "Blauwgrond", "Paramaribo"),
    ("Oost-Westverbinding 14", "Meerzorg", "Commewijne"),
    ("Waterkant 7", "Nieuw Nickerie", "Nickerie"),
)
_SR_AID = ("Financiële bijstand", "AOV", "Algemene kinderbijslag", "Bijstand gehandicapten")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _coowner_male(p: Person) -> bool:
    return not p.male if int(p.bhxh) % 3 else p.male


def _coowner_cccd(p: Person) -> str:
    year = p.birth.year + int(p.bhxh[-2:]) % 9 - 4
    return _cccd_of(p, _coowner_male(p), min(max(year, 1940), 2004))


def _plate(p: Person) -> str:
    series = _pick(p, ("59-X1", "59-T2", "51F", "51K", "50H1", "61-C1"), 2)
    body = p.bhxh[-5:]
    return (
        f"{series} {body[:3]}.{body[3:]}" if len(series) > 3 else f"{series}-{body[:3]}.{body[3:]}"
    )


def _cid_bt(p: Person) -> str:
    """A Bhutanese CID: 11 digits, a leading 1, the dzongkhag code, then the census serial."""
    return f"1{_place(p, _BT_PLACES)[2]}{p.bhxh[:8]}"


def _pin_kg(p: Person) -> str:
    """A Kyrgyz ПИН: 1 for a woman or 2 for a man, DDMMYYYY of birth, a five-digit serial."""
    return f"{2 if p.male else 1}{p.birth:%d%m%Y}{p.bhxh[-5:]}"


def _nin_dz(p: Person) -> str:
    """An Algerian NIN: 18 digits, nationality and sex, two-digit birth year, a wilaya code, a
    ten-digit serial, and the last two the mod-97 key of the sixteen before."""
    head = f"1{0 if p.male else 1}{p.birth:%y}{_place(p, _DZ_PLACES)[3]}{p.bhxh}"
    return f"{head}{97 - int(head) % 97:02d}"


def _ci_bo(p: Person) -> str:
    """A Bolivian carnet ``4567890 LP``: six to eight digits and the department that issued it."""
    body = 1_000_000 + int(p.bhxh[:8]) % 12_000_000
    return f"{body} {_place(p, _BO_PLACES)[3]}"


def _id_sr(p: Person) -> str:
    """A Surinamese ID number as the card prints it: two letters and six digits."""
    letters = "ABCDEFGHKLMNPRST"
    return f"{letters[int(p.bhxh[0:2]) % 16]}{letters[int(p.bhxh[2:4]) % 16]}{p.bhxh[-6:]}"


def _phone_dz(p: Person) -> str:
    """An Algerian mobile ``0661 23 45 67``: 05, 06 or 07 and eight more digits."""
    digits = p.phone[2:10]
    return f"0{_pick(p, ('5', '6', '7'), 4)}{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"


WRITERS_BLIND72: dict[str, Callable[[Person, Col], object]] = {
    "dept72": lambda p, c: _pick(p, _VN_DEPTS, 2),
    "union_card72": lambda p, c: f"CĐ{p.bhxh[1:3]}-{p.bhxh[-7:]}",
    "company72": lambda p, c: _place(p, _VN_COMPANIES)[0],
    "company_addr72": lambda p, c: _place(p, _VN_COMPANIES)[1],
    "dues72": lambda p, c: f"{(_num(p, 40) + 40) * 1000:,}".replace(",", "."),
    "union_head72": lambda p, c: _other_vn(p, 5),
    "bp72": lambda p, c: f"{110 + _num(p, 60)}/{65 + _num(p, 30)}",
    "bmi72": lambda p, c: f"{17 + _num(p, 14)},{p.bhxh[-1]}",
    "conclusion72": lambda p, c: _pick(p, _VN_CONCLUSIONS, 3),
    "doctor72": lambda p, c: f"BS. {_other_vn(p, 6)}",
    "station72": lambda p, c: _pick(p, _VN_STATIONS, 4),
    "plot72": lambda p, c: str(_num(p, 900) + 12),
    "sheet72": lambda p, c: str(int(p.bhxh[:2]) % 45 + 1),
    "area72": lambda p, c: f"{_num(p, 400) + 20},{p.bhxh[-2]}",
    "landtype72": lambda p, c: _pick(p, _VN_LAND_TYPES, 3),
    "compensation72": lambda p, c: f"{(_num(p, 3000) + 150) * 1_000_000:,}".replace(",", "."),
    "coowner72": lambda p, c: _other_vn(p, 7, _coowner_male(p)),
    "coowner_cccd72": lambda p, c: _coowner_cccd(p),
    "relation72": lambda p, c: (
        ("Chồng" if not p.male else "Vợ")
        if int(p.bhxh) % 3
        else _pick(p, ("Anh ruột", "Em ruột", "Con"), 5)
    ),
    "decision72": lambda p, c: f"{_num(p, 900) + 100}/QĐ-UBND",
    "record_no72": lambda p, c: f"{p.bhxh[-6:]}/BB-VPHC",
    "plate72": lambda p, c: _plate(p),
    "vehicle72": lambda p, c: _pick(p, ("Xe mô tô", "Ô tô con", "Xe gắn máy", "Ô tô tải"), 4),
    "violation72": lambda p, c: _pick(p, _VN_VIOLATIONS, 3),
    "road72": lambda p, c: _pick(p, _VN_ROADS, 5),
    "fine72": lambda p, c: f"{(_num(p, 20) + 1) * 400_000:,}".replace(",", "."),
    "licence72": lambda p, c: f"79{p.bhxh[::-1]}",
    "officer72": lambda p, c: _pick(p, _VN_OFFICERS, 6),
    "paid72": lambda p, c: _pick(p, _VN_PAY, 7),
    "cid_bt72": lambda p, c: _cid_bt(p),
    "name_bt72": lambda p, c: _by_sex(p, _BT_GIVEN_M, _BT_GIVEN_F, 1),
    "sex_bt72": lambda p, c: "M" if p.male else "F",
    "gewog_bt72": lambda p, c: _place(p, _BT_PLACES)[0],
    "dzongkhag_bt72": lambda p, c: _place(p, _BT_PLACES)[1],
    "phone_bt72": lambda p, c: f"{_pick(p, ('17', '77'), 2)}{p.phone[4:10]}",
    "thram_bt72": lambda p, c: str(_num(p, 800) + 10),
    "house_bt72": lambda p, c: f"{_place(p, _BT_PLACES)[2]}-{p.bhxh[3:6]}",
    "father_bt72": lambda p, c: _pick(
        p, tuple(n for n in _BT_GIVEN_M if n != _by_sex(p, _BT_GIVEN_M, _BT_GIVEN_F, 1)), 3
    ),
    "kidu_bt72": lambda p, c: _pick(p, _BT_KIDU, 4),
    "pin_kg72": lambda p, c: _pin_kg(p),
    "kg_family72": lambda p, c: _pick(p, _KG_FAMILY, 2) + ("" if p.male else "а"),
    "kg_given72": lambda p, c: _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 1),
    "kg_patr72": lambda p, c: f"{_pick(p, _KG_FATHERS, 3)} {'уулу' if p.male else 'кызы'}",
    "sex_kg72": lambda p, c: "Эркек / муж." if p.male else "Аял / жен.",
    "street_kg72": lambda p, c: _place(p, _KG_PLACES)[0],
    "rayon_kg72": lambda p, c: _place(p, _KG_PLACES)[1],
    "oblast_kg72": lambda p, c: _place(p, _KG_PLACES)[2],
    "phone_kg72": lambda p, c: (
        f"+996 {_pick(p, ('555', '700', '772'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "passport_kg72": lambda p, c: f"ID{p.bhxh[-7:]}",
    "benefit_kg72": lambda p, c: _pick(p, _KG_BENEFIT, 5),
    "amount_kg72": lambda p, c: f"{(_num(p, 12) + 3) * 300}",
    "nin_dz72": lambda p, c: _nin_dz(p),
    "dz_family72": lambda p, c: _pick(p, _DZ_FAMILY, 2),
    "dz_given72": lambda p, c: _by_sex(p, _DZ_GIVEN_M, _DZ_GIVEN_F, 1),
    "sex_dz72": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "birthplace_dz72": lambda p, c: _pick(p, _DZ_BIRTHPLACES, 3),
    "street_dz72": lambda p, c: _place(p, _DZ_PLACES)[0],
    "commune_dz72": lambda p, c: _place(p, _DZ_PLACES)[1],
    "wilaya_dz72": lambda p, c: _place(p, _DZ_PLACES)[2],
    "phone_dz72": lambda p, c: _phone_dz(p),
    "father_dz72": lambda p, c: _pick(p, _DZ_GIVEN_M, 5),
    "mother_dz72": lambda p, c: f"{_pick(p, _DZ_FAMILY, 6)} {_pick(p, _DZ_GIVEN_F, 7)}",
    "anem_dz72": lambda p, c: f"{_place(p, _DZ_PLACES)[3]}{p.bhxh[2:9]}",
    "ci_bo72": lambda p, c: _ci_bo(p),
    "compl_bo72": lambda p, c: (
        "" if int(p.bhxh) % 5 else f"{p.bhxh[-1]}{'ABCDEFGH'[int(p.bhxh[-2]) % 8]}"
    ),
    "bo_pat72": lambda p, c: _pick(p, _BO_FAMILY, 2),
    "bo_mat72": lambda p, c: _pick(p, _BO_FAMILY, 3),
    "bo_given72": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 1),
    "sex_bo72": lambda p, c: "M" if p.male else "F",
    "street_bo72": lambda p, c: _place(p, _BO_PLACES)[0],
    "municipio_bo72": lambda p, c: _place(p, _BO_PLACES)[1],
    "depto_bo72": lambda p, c: _place(p, _BO_PLACES)[2],
    "phone_bo72": lambda p, c: f"{_pick(p, ('7', '6'), 4)}{p.phone[3:10]}",
    "ref_bo72": lambda p, c: f"{_by_sex(p, _BO_GIVEN_F, _BO_GIVEN_M, 5)} {_pick(p, _BO_FAMILY, 6)}",
    "entidad_bo72": lambda p, c: _pick(
        p, ("Banco Unión", "BancoSol", "FF.AA. (pago en cuartel)"), 7
    ),
    "id_sr72": lambda p, c: _id_sr(p),
    "sr_family72": lambda p, c: _pick(p, _SR_FAMILY, 2),
    "sr_given72": lambda p, c: _by_sex(p, _SR_GIVEN_M, _SR_GIVEN_F, 1),
    "sex_sr72": lambda p, c: "M" if p.male else "V",
    "street_sr72": lambda p, c: _place(p, _SR_PLACES)[0],
    "ressort_sr72": lambda p, c: _place(p, _SR_PLACES)[1],
    "district_sr72": lambda p, c: _place(p, _SR_PLACES)[2],
    "phone_sr72": lambda p, c: f"+597 8{p.phone[5:7]}-{p.phone[7:10]}{p.bhxh[-1]}",
    "contact_sr72": lambda p, c: (
        f"{_by_sex(p, _SR_GIVEN_F, _SR_GIVEN_M, 5)} {_pick(p, _SR_FAMILY, 6)}"
    ),
    "aid_sr72": lambda p, c: _pick(p, _SR_AID, 4),
    "rel_phone72": lambda p, c: _other_phone(p, "093"),
}
