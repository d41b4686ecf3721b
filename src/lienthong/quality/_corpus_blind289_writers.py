"""How the people of the two-hundred-and-eighty-ninth part of the outside corpus (**blind 289**,
:mod:`lienthong.quality._corpus_blind289`) are written: what four Vietnamese data-collection tools
put beside a person (a Google Forms answer with its "Dấu thời gian", a KoboToolbox storm-damage
record with its ``_uuid`` and ``_submission_time``, a police public-service portal's dossier, a
Zalo mini-app booking with the Zalo user id and display name) and the names, addresses, phones
and identity numbers of a Ukrainian KoboToolbox cash registration (the RNOKPP with its weighted
check digit, the IBAN with its mod-97 pair), a Peruvian ODK Central census of flood victims (the
DNI), a Zambian CommCare antenatal case list (the NRC), a Rwandan DHIS2 Tracker TB register (the
16-digit Indangamuntu) and a Thai REDCap snakebite registry (the 13-digit citizen id with its
mod-11 digit, raw data-dictionary codes)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_GF_SCHOOLING = ("Tốt nghiệp THCS", "Tốt nghiệp THPT", "Trung cấp", "Cao đẳng", "Hết lớp 9")
_GF_JOBS = (
    "Làm nông nghiệp",
    "Lao động tự do",
    "Công nhân khu công nghiệp",
    "Chưa có việc làm",
    "Buôn bán nhỏ",
)
_GF_TRADES = (
    "May công nghiệp",
    "Sửa chữa xe máy, Điện dân dụng",
    "Hàn, Cơ khí",
    "Nấu ăn",
    "Trồng trọt, chăn nuôi công nghệ cao",
    "Tin học văn phòng, Bán hàng online",
)
_GF_FORMS = ("Học tập trung ban ngày", "Học buổi tối", "Học cuối tuần", "Học tại xã")
_GF_ABROAD = ("Có", "Không", "Đang cân nhắc")
_GF_HAMLETS = ("Xóm Tân Sơn", "Xóm Đông Hồ", "Xóm Yên Thái", "Xóm Trung Hòa", "Xóm Bắc Sơn")
_KB_HAMLETS = ("Thôn Trung Lộc", "Thôn Hà Thanh", "Thôn Nam Hà", "Thôn Phú Hòa", "TDP Tân Hà")
_KB_CLASS = ("Hộ nghèo", "Hộ cận nghèo", "Gia đình chính sách", "Hộ khác", "Hộ khác")
_KB_DAMAGE = (
    "Sập đổ hoàn toàn",
    "Hư hỏng nặng (trên 70%)",
    "Hư hỏng từ 50-70%",
    "Tốc mái dưới 30%",
    "Tốc mái từ 30-50%",
)
_KB_VALID = ("validation_status_approved", "validation_status_on_hold", "")
_DVC_FROM = (
    "Xã Hòa Phú, tỉnh Đắk Lắk",
    "Phường Trường Vinh, tỉnh Nghệ An",
    "Xã Gia Viễn, tỉnh Ninh Bình",
    "Phường Bà Rịa, TP. Hồ Chí Minh",
    "Xã Phú Tân, tỉnh An Giang",
)
_DVC_RELATION = ("Chủ hộ", "Vợ", "Chồng", "Con", "Cháu", "Người ở nhờ")
_DVC_STATUS = ("Đã tiếp nhận", "Đang xử lý", "Yêu cầu bổ sung", "Đã trả kết quả", "Từ chối")
_DVC_CHANNEL = ("VNeID", "Cổng DVC Bộ Công an", "Cổng DVC quốc gia", "VNeID")
_ZL_FIELDS = (
    ("Hộ tịch", "Trích lục khai sinh (bản sao)"),
    ("Chứng thực", "Chứng thực bản sao từ bản chính"),
    ("Hộ tịch", "Xác nhận tình trạng hôn nhân"),
    ("Đất đai", "Đăng ký biến động đất đai"),
    ("Bảo trợ xã hội", "Trợ cấp xã hội hằng tháng"),
)
_ZL_SLOTS = ("7h30 - 9h00", "9h00 - 10h30", "13h30 - 15h00", "15h00 - 16h30")
_ZL_NICK = ("Hoa Nắng", "Minh 🐟", "Bố Bin", "Lan Anh Shop", "Tuấn Kiệt", "Mẹ Su", "Gió")
_UA_FAMILY = ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник")
_UA_GIVEN_M = ("Олександр", "Андрій", "Сергій", "Микола", "Василь", "Дмитро")
_UA_GIVEN_F = ("Олена", "Наталія", "Тетяна", "Оксана", "Галина", "Ірина")
_UA_PATR_M = ("Миколайович", "Іванович", "Петрович", "Васильович", "Григорович")
_UA_PATR_F = ("Миколаївна", "Іванівна", "Петрівна", "Василівна", "Григорівна")
_UA_PLACES = (
    ("Харківська", "просп. Науки, 40, кв. 117"),
    ("Ізюмська", "вул. Соборна, 8, кв. 3"),
    ("Куп'янська", "вул. Гоголя, 41"),
    ("Чугуївська", "вул. Героїв Чорнобиля, 5, кв. 22"),
    ("Балаклійська", "пров. Садовий, 12"),
)
_UA_IDP = ("yes", "no", "yes", "returnee")
_UA_BANKS = ("305299", "322001", "320649", "300465")
_PE_FAMILY = ("Quispe", "Flores", "Huamán", "Chunga", "Sernaqué", "Castillo", "Ramírez", "Ipanaqué")
_PE_GIVEN_M = ("José Luis", "Juan Carlos", "Segundo", "Wilmer", "Edwin", "Santos Manuel")
_PE_GIVEN_F = ("María Elena", "Rosa", "Yesenia", "Milagros", "Juana", "Flor de María")
_PE_PLACES = (
    ("piura", "catacaos", "AA.HH. Nuevo Catacaos Mz. F Lt. 7"),
    ("piura", "la_union", "Calle Grau 345"),
    ("piura", "castilla", "AA.HH. Tacalá Mz. K Lt. 21"),
    ("tumbes", "corrales", "Av. Tumbes 1020"),
    ("lambayeque", "mochumi", "Caserío Túcume Viejo s/n"),
)
_PE_HOUSE = ("inhabitable", "afectada", "colapsada", "afectada", "en_riesgo")
_PE_WALLS = ("adobe", "quincha", "ladrillo", "estera", "madera")
_ZM_FAMILY = ("Banda", "Phiri", "Mwale", "Tembo", "Zulu", "Mulenga", "Chanda", "Bwalya")
_ZM_GIVEN = ("Mwila", "Chipo", "Natasha", "Memory", "Precious", "Loveness", "Mutinta", "Bupe")
_ZM_KIN = ("Joseph", "Kelvin", "Moses", "Brian", "Given", "Mutale", "Charity", "Esther")
_ZM_PLACES = (
    ("Chongwe", "Kanakantapa Rural Health Centre", "Kanakantapa", "20"),
    ("Chongwe", "Chongwe District Hospital", "Nakatindi", "20"),
    ("Mazabuka", "Mazabuka General Hospital", "Nakambala", "42"),
    ("Chipata", "Kapata Health Post", "Kapata", "61"),
    ("Monze", "Monze Mission Hospital", "Hamaundu", "44"),
)
_ZM_SIGNS = ("none", "", "headache blurred_vision", "bleeding", "swelling", "none")
_RW_FAMILY = ("Uwimana", "Mukamana", "Niyonzima", "Habimana", "Nshimiyimana", "Uwase", "Mugisha")
_RW_GIVEN_M = ("Jean Claude", "Emmanuel", "Eric", "Patrick", "Innocent", "Jean de Dieu")
_RW_GIVEN_F = ("Marie Claire", "Jeanne", "Solange", "Claudine", "Diane", "Vestine")
_RW_PLACES = (
    ("Umujyi wa Kigali", "Gasabo", "Kimironko", "Kimironko Health Centre"),
    ("Amajyepfo", "Huye", "Ngoma", "Matyazo Health Centre"),
    ("Iburasirazuba", "Kayonza", "Mukarange", "Mukarange Health Centre"),
    ("Iburengerazuba", "Rubavu", "Gisenyi", "Gisenyi Health Centre"),
    ("Amajyaruguru", "Musanze", "Muhoza", "Muhoza Health Centre"),
)
_RW_CATEGORY = ("New", "Relapse", "Treatment after failure", "New", "Lost to follow-up")
_TH_FAMILY = ("ศรีสุข", "แก้วมณี", "บุญมา", "ทองดี", "พรหมวงศ์", "ใจดี", "สายทอง")
_TH_GIVEN_M = ("สมชาย", "ประเสริฐ", "วิชัย", "สุรชัย", "อนุชา", "บุญเลิศ")
_TH_GIVEN_F = ("สมหญิง", "มาลี", "วันเพ็ญ", "กาญจนา", "สุดารัตน์", "บุญมี")
_TH_PLACES = (
    ("45 หมู่ 3", "ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000", "kkh"),
    ("112/4 หมู่ 7", "บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000", "kkh"),
    ("9 หมู่ 11", "น้ำพอง", "น้ำพอง", "ขอนแก่น", "40140", "nph"),
    ("78 หมู่ 2", "หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000", "udh"),
    ("201 หมู่ 5", "หนองบัว", "เมืองอุดรธานี", "อุดรธานี", "41000", "udh"),
)
_UID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _uuid(p: Person, salt: int = 0) -> str:
    """A version-4 UUID made from the person's numbers, as Kobo and ODK write them."""
    h = hashlib.md5(f"{p.bhxh}:{p.phone}:{salt}".encode(), usedforsecurity=False).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _uid(p: Person, salt: int = 0) -> str:
    """A DHIS2 uid: a letter and ten letters or digits."""
    n = int(p.bhxh) * 31 + salt
    out = _UID[n % 52]
    for _ in range(10):
        n //= 7
        out += _UID[(n + salt) % 62]
    return out


def _when(p: Person, minutes: int = 0) -> datetime:
    """The time the record was sent (``minutes`` earlier), to the second."""
    return p.updated + timedelta(seconds=int(p.bhxh[-4:]) % 3541 - 60 * minutes)


def _vn_hamlet_address(p: Person) -> str:
    return f"{_pick(p, _GF_HAMLETS, 2)}, xã Yên Thành, tỉnh Nghệ An"


def _rnokpp(p: Person) -> str:
    """A Ukrainian RNOKPP: days since 31 December 1899, a serial whose ninth digit is odd for men,
    and the check digit ``sum(d * (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10``."""
    days = (p.birth - date(1899, 12, 31)).days
    ninth = int(p.bhxh[3]) // 2 * 2 + (1 if p.male else 0)
    head = f"{days:05d}{p.bhxh[:3]}{ninth}"
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    check = sum(int(ch) * w for ch, w in zip(head, weights, strict=True)) % 11 % 10
    return f"{head}{check}"


def _iban_ua(p: Person) -> str:
    """A Ukrainian IBAN: ``UA``, the mod-97 pair, the bank's MFO and a 19-digit account."""
    bban = f"{_pick(p, _UA_BANKS, 3)}0000026{p.bhxh}{p.phone[-2:]}"
    number = int(bban + "301000")  # U=30 A=10 00
    return f"UA{98 - number % 97:02d}{bban}"


def _nrc_zm(p: Person) -> str:
    return f"{p.bhxh[2:8]}/{_place(p, _ZM_PLACES)[3]}/1"


def _nid_rw(p: Person) -> str:
    """A Rwandan national id: 1, the birth year, 8 for a man or 7 for a woman, a seven-digit
    serial, the card's issue count and two control digits."""
    return f"1 {p.birth.year} {8 if p.male else 7} {p.bhxh[1:8]} 0 {p.bhxh[8:10]}"


def _cid_th(p: Person) -> str:
    """A Thai citizen id: 13 digits, the last ``(11 - sum(d_i * (13 - i)) % 11) % 10``."""
    head = f"{int(p.bhxh[0]) % 5 + 1}{p.bhxh[1:10]}{p.phone[-2:]}"
    check = (11 - sum(int(ch) * (13 - i) for i, ch in enumerate(head)) % 11) % 10
    return f"{head}{check}"


def _lmp(p: Person) -> date:
    return p.other_date - timedelta(days=40 + _num(p, 150))


WRITERS_BLIND289: dict[str, Callable[[Person, Col], object]] = {
    # Google Forms, a commune's vocational training survey
    "gf_ts289": lambda p, c: f"{_when(p):%d/%m/%Y} {_when(p).hour}:{_when(p):%M:%S}",
    "gf_addr289": lambda p, c: _vn_hamlet_address(p),
    "gf_school289": lambda p, c: _pick(p, _GF_SCHOOLING, 2),
    "gf_job289": lambda p, c: _pick(p, _GF_JOBS, 3),
    "gf_trade289": lambda p, c: _pick(p, _GF_TRADES, 4),
    "gf_form289": lambda p, c: _pick(p, _GF_FORMS, 5),
    "gf_abroad289": lambda p, c: _pick(p, _GF_ABROAD, 6),
    # KoboToolbox, a commune's storm damage assessment
    "kb_start289": lambda p, c: f"{_when(p, 38):%Y-%m-%dT%H:%M:%S}.{_num(p, 999):03d}+07:00",
    "kb_end289": lambda p, c: f"{_when(p, 21):%Y-%m-%dT%H:%M:%S}.{_num(p, 998):03d}+07:00",
    "kb_enum289": lambda p, c: _other_vn(p, 3),
    "kb_addr289": lambda p, c: f"{_pick(p, _KB_HAMLETS, 2)}, xã Cẩm Xuyên, tỉnh Hà Tĩnh",
    "kb_people289": lambda p, c: str(_num(p, 7)),
    "kb_class289": lambda p, c: _pick(p, _KB_CLASS, 3),
    "kb_damage289": lambda p, c: _pick(p, _KB_DAMAGE, 4),
    "kb_value289": lambda p, c: str(_num(p, 180) // 2 * 5),
    "kb_lat289": lambda p, c: f"18.{2500 + _num(p, 900):04d}{p.bhxh[-3:]}",
    "kb_lon289": lambda p, c: f"106.{3800 + _num(p, 700):04d}{p.bhxh[-4:-1]}",
    "kb_photo289": lambda p, c: f"{int(p.updated.timestamp())}{p.bhxh[-3:]}.jpg",
    "kb_id289": lambda p, c: str(300_000_000 + int(p.bhxh[-8:]) // 10),
    "kb_uuid289": lambda p, c: _uuid(p),
    "kb_today289": lambda p, c: f"{_when(p, 38):%Y-%m-%d}",
    "kb_sub289": lambda p, c: f"{_when(p, 20 + 420):%Y-%m-%dT%H:%M:%S}",
    "kb_valid289": lambda p, c: _pick(p, _KB_VALID, 5),
    # a police public-service portal's permanent residence dossiers
    "dvc_code289": lambda p, c: f"G22.102-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "dvc_proc289": lambda p, c: "Đăng ký thường trú",
    "dvc_from289": lambda p, c: _pick(p, _DVC_FROM, 2),
    "dvc_head289": lambda p, c: _other_vn(p, 4),
    "dvc_rel289": lambda p, c: _pick(p, _DVC_RELATION, 3),
    "dvc_due289": lambda p, c: f"{p.other_date + timedelta(days=7):%d/%m/%Y}",
    "dvc_status289": lambda p, c: _pick(p, _DVC_STATUS, 5),
    "dvc_officer289": lambda p, c: f"Trung úy {_other_vn(p, 6)}",
    "dvc_channel289": lambda p, c: _pick(p, _DVC_CHANNEL, 7),
    # a Zalo mini-app booking at a ward's public service centre
    "zl_uid289": lambda p, c: f"{int(p.bhxh) * 1_000_003 + int(p.phone):019d}"[:19],
    "zl_nick289": lambda p, c: _pick(p, _ZL_NICK, 2),
    "zl_field289": lambda p, c: _pick(p, tuple(f for f, _ in _ZL_FIELDS), 3),
    "zl_proc289": lambda p, c: _ZL_FIELDS[int(p.bhxh) // 34 % len(_ZL_FIELDS)][1],
    "zl_slot289": lambda p, c: _pick(p, _ZL_SLOTS, 4),
    "zl_sent289": lambda p, c: f"{_when(p):%H:%M %d/%m/%Y}",
    # KoboToolbox, Ukraine
    "ua_start289": lambda p, c: f"{_when(p, 31):%Y-%m-%dT%H:%M:%S}.{_num(p, 999):03d}+02:00",
    "ua_end289": lambda p, c: f"{_when(p, 12):%Y-%m-%dT%H:%M:%S}.{_num(p, 998):03d}+02:00",
    "ua_today289": lambda p, c: f"{_when(p, 31):%Y-%m-%d}",
    "ua_sub289": lambda p, c: f"{_when(p, 11 + 120):%Y-%m-%dT%H:%M:%S}",
    "ua_enum289": lambda p, c: f"enum_{_num(p, 24):02d}",
    "ua_consent289": lambda p, c: _pick(p, ("yes", "yes", "yes", "no_but_continue"), 2),
    "ua_family289": lambda p, c: _pick(p, _UA_FAMILY, 2),
    "ua_given289": lambda p, c: _by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 1),
    "ua_patr289": lambda p, c: _by_sex(p, _UA_PATR_M, _UA_PATR_F, 3),
    "sex_ua289": lambda p, c: "male" if p.male else "female",
    "rnokpp289": lambda p, c: _rnokpp(p),
    "ua_doc289": lambda p, c: (
        p.bhxh[1:10] if int(p.bhxh) % 3 else f"М{'КНО'[int(p.bhxh) % 3]}{p.bhxh[2:8]}"
    ),
    "phone_ua289": lambda p, c: (
        f"0{_pick(p, ('67', '50', '66', '93', '97', '98'), 4)}{p.phone[3:10]}"
    ),
    "ua_oblast289": lambda p, c: "kharkivska",
    "ua_hromada289": lambda p, c: _place(p, _UA_PLACES)[0],
    "ua_street289": lambda p, c: _place(p, _UA_PLACES)[1],
    "ua_idp289": lambda p, c: _pick(p, _UA_IDP, 5),
    "ua_cert289": lambda p, c: f"6301-{p.bhxh}" if _pick(p, _UA_IDP, 5) == "yes" else "",
    "ua_size289": lambda p, c: str(_num(p, 6)),
    "ua_disab289": lambda p, c: _pick(p, ("no", "no", "yes_hh_head", "yes_other_member"), 6),
    "ua_iban289": lambda p, c: _iban_ua(p),
    "ua_amount289": lambda p, c: str(3600 * (1 + _num(p, 5))),
    # ODK Central, Peru
    "pe_enum289": lambda p, c: f"{_pick(p, _PE_GIVEN_F, 4)} {_pick(p, _PE_FAMILY, 5)}",
    "dni_pe289": lambda p, c: f"{int(p.bhxh[:8]) % 80_000_000 + 10_000_000:08d}",
    "pe_pat289": lambda p, c: _pick(p, _PE_FAMILY, 2),
    "pe_mat289": lambda p, c: _pick(p, _PE_FAMILY, 3),
    "pe_given289": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1),
    "sex_pe289": lambda p, c: "hombre" if p.male else "mujer",
    "phone_pe289": lambda p, c: f"9{p.phone[2:10]}",
    "pe_dept289": lambda p, c: _place(p, _PE_PLACES)[0],
    "pe_dist289": lambda p, c: _place(p, _PE_PLACES)[1],
    "pe_street289": lambda p, c: _place(p, _PE_PLACES)[2],
    "pe_lat289": lambda p, c: f"-5.{1500 + _num(p, 900):04d}{p.bhxh[-3:]}",
    "pe_lon289": lambda p, c: f"-80.{6100 + _num(p, 500):04d}{p.bhxh[-4:-1]}",
    "pe_house289": lambda p, c: _pick(p, _PE_HOUSE, 4),
    "pe_walls289": lambda p, c: _pick(p, _PE_WALLS, 5),
    "pe_size289": lambda p, c: str(_num(p, 9)),
    "pe_preg289": lambda p, c: _pick(p, ("no", "no", "si", "no"), 6),
    "pe_instance289": lambda p, c: f"uuid:{_uuid(p, 1)}",
    "pe_sub289": lambda p, c: f"{_when(p, -300):%Y-%m-%dT%H:%M:%S}.{_num(p, 999):03d}Z",
    "pe_submitter289": lambda p, c: f"brigada_{_num(p, 12):02d}",
    "pe_review289": lambda p, c: _pick(p, ("approved", "", "hasIssues", "approved"), 7),
    # CommCare, Zambia
    "zm_case289": lambda p, c: _uuid(p, 2),
    "zm_name289": lambda p, c: f"{_pick(p, _ZM_GIVEN, 1)} {_pick(p, _ZM_FAMILY, 2)}",
    "zm_given289": lambda p, c: _pick(p, _ZM_GIVEN, 1),
    "zm_family289": lambda p, c: _pick(p, _ZM_FAMILY, 2),
    "zm_owner289": lambda p, c: f"chw.{_pick(p, _ZM_KIN, 3).lower()}{_num(p, 40)}",
    "zm_opened289": lambda p, c: f"{p.other_date:%Y-%m-%d}T{p.updated:%H:%M:%S}.000000Z",
    "zm_modified289": lambda p, c: f"{_when(p):%Y-%m-%dT%H:%M:%S}.{p.bhxh[-6:]}Z",
    "zm_closed289": lambda p, c: _pick(p, ("False", "False", "True"), 4),
    "nrc_zm289": lambda p, c: _nrc_zm(p),
    "phone_zm289": lambda p, c: f"09{_pick(p, ('77', '66', '55', '76', '97'), 5)}{p.phone[4:10]}",
    "zm_district289": lambda p, c: _place(p, _ZM_PLACES)[0],
    "zm_facility289": lambda p, c: _place(p, _ZM_PLACES)[1],
    "zm_village289": lambda p, c: _place(p, _ZM_PLACES)[2],
    "zm_lmp289": lambda p, c: f"{_lmp(p):%Y-%m-%d}",
    "zm_edd289": lambda p, c: f"{_lmp(p) + timedelta(days=280):%Y-%m-%d}",
    "zm_gravida289": lambda p, c: str(_num(p, 6)),
    "zm_anc289": lambda p, c: str(_num(p, 8) % 5),
    "zm_signs289": lambda p, c: _pick(p, _ZM_SIGNS, 6),
    "zm_kin289": lambda p, c: f"{_pick(p, _ZM_KIN, 7)} {_pick(p, _ZM_FAMILY, 8)}",
    "zm_kin_phone289": lambda p, c: f"09{_pick(p, ('77', '66', '55'), 9)}{p.bhxh[-6:]}",
    # DHIS2 Tracker, Rwanda
    "rw_tei289": lambda p, c: _uid(p),
    "rw_ou289": lambda p, c: _place(p, _RW_PLACES)[3],
    "nid_rw289": lambda p, c: _nid_rw(p),
    "rw_given289": lambda p, c: _by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 1),
    "rw_family289": lambda p, c: _pick(p, _RW_FAMILY, 2),
    "sex_rw289": lambda p, c: "Male" if p.male else "Female",
    "phone_rw289": lambda p, c: f"+2507{_pick(p, ('8', '9', '2', '3'), 3)}{p.phone[3:10]}",
    "rw_prov289": lambda p, c: _place(p, _RW_PLACES)[0],
    "rw_dist289": lambda p, c: _place(p, _RW_PLACES)[1],
    "rw_sector289": lambda p, c: _place(p, _RW_PLACES)[2],
    "rw_ubudehe289": lambda p, c: _pick(p, ("A", "B", "C", "D", "C", "B"), 4),
    "rw_cbhi289": lambda p, c: f"{p.bhxh[:8]}/{p.bhxh[8:]}",
    "rw_tbno289": lambda p, c: (
        f"TB/{_place(p, _RW_PLACES)[1][:3].upper()}/{p.other_date.year}/{_num(p, 400):03d}"
    ),
    "rw_cat289": lambda p, c: _pick(p, _RW_CATEGORY, 5),
    "rw_supporter289": lambda p, c: f"{_pick(p, _RW_FAMILY, 6)} {_pick(p, _RW_GIVEN_F, 7)}",
    "rw_sup_phone289": lambda p, c: f"07{_pick(p, ('88', '83', '22'), 8)}{p.bhxh[-6:]}",
    "rw_updated289": lambda p, c: f"{_when(p):%Y-%m-%d %H:%M:%S}.{p.bhxh[-3:]}",
    "rw_by289": lambda p, c: f"{_place(p, _RW_PLACES)[2].lower()}_tb_focal",
    # REDCap, Thailand
    "th_event289": lambda p, c: _pick(p, ("admission_arm_1", "day_7_arm_1", "admission_arm_1"), 2),
    "th_dag289": lambda p, c: _place(p, _TH_PLACES)[5],
    "th_hn289": lambda p, c: f"{p.bhxh[3:5]}-{p.bhxh[5:10]}",
    "cid_th289": lambda p, c: _cid_th(p),
    "th_prefix289": lambda p, c: "1" if p.male else _pick(p, ("2", "3"), 3),
    "th_given289": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "th_family289": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "sex_th289": lambda p, c: "1" if p.male else "2",
    "phone_th289": lambda p, c: f"0{_pick(p, ('8', '9', '6'), 4)}{p.phone[2:10]}",
    "th_house289": lambda p, c: _place(p, _TH_PLACES)[0],
    "th_tambon289": lambda p, c: _place(p, _TH_PLACES)[1],
    "th_amphoe289": lambda p, c: _place(p, _TH_PLACES)[2],
    "th_prov289": lambda p, c: _place(p, _TH_PLACES)[3],
    "th_post289": lambda p, c: _place(p, _TH_PLACES)[4],
    "th_snake289": lambda p, c: _pick(p, ("1", "2", "3", "4", "5", "99"), 5),
    "th_av289": lambda p, c: _pick(p, ("0", "1", "1"), 6),
    "th_outcome289": lambda p, c: _pick(p, ("1", "1", "2", "1", "3"), 7),
    "th_kin289": lambda p, c: f"{_pick(p, _TH_GIVEN_F, 8)} {_pick(p, _TH_FAMILY, 9)}",
    "th_kin_phone289": lambda p, c: _other_phone(p, "08"),
    "th_complete289": lambda p, c: _pick(p, ("2", "2", "1", "0"), 8),
}
