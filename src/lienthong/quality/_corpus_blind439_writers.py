"""How the people of the four-hundred-and-thirty-ninth part of the outside corpus (**blind 439**,
:mod:`lienthong.quality._corpus_blind439`) are written: four Vietnamese files' own columns (a
market-surveillance team's traders fined for goods without origin papers, a night market's
stall helpers, a market board's book of stall transfers, a market's traders signed up for QR
payment) and Nigerian, Bolivian, Thai, Georgian and Guatemalan market traders' names, homes,
phones and numbers in the forms their papers show (the NIN, the CI with its department, the
13-digit Thai id with its mod-11 digit in romanised lists, the Georgian personal number, the
Guatemalan CUI with its mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind134_writers import _ge_pn
from lienthong.quality._corpus_blind161_writers import _bo_ci, _bo_phone
from lienthong.quality._corpus_blind166_writers import _dpi
from lienthong.quality._corpus_blind232_writers import _row
from lienthong.quality._corpus_blind274_writers import _be, _dashed, _th_id274

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_MARKETS = ("Chợ Đồng Xuân", "Chợ Hôm", "Chợ Long Biên", "Chợ Ninh Hiệp", "Chợ Mơ")
_VN_SEIZED = (
    "Mỹ phẩm (son, kem dưỡng) không nhãn phụ tiếng Việt",
    "Quần áo may sẵn không hóa đơn chứng từ",
    "Bánh kẹo nhập khẩu không rõ nguồn gốc",
    "Đồ chơi trẻ em không dấu hợp quy CR",
    "Thuốc lá điếu nhập lậu",
    "Giày dép giả mạo nhãn hiệu",
    "Thực phẩm chức năng không rõ xuất xứ",
)
_VN_UNITS = ("hộp", "chiếc", "đôi", "bao", "gói", "kg", "thùng")
_VN_EXTRA = (
    "Tịch thu tang vật",
    "Tịch thu tang vật",
    "Buộc tiêu hủy",
    "Không",
    "Tịch thu tang vật",
)
_VN_QLTT = ("Đội QLTT số 1", "Đội QLTT số 2", "Đội QLTT số 5", "Đội QLTT cơ động")
_VN_PAID = ("Đã nộp phạt", "Đã nộp phạt", "Chưa nộp", "Đã nộp phạt", "Xin nộp nhiều lần")
_VN_NIGHT = ("Chợ đêm Đà Lạt", "Chợ đêm Phố cổ", "Chợ đêm Sơn Trà", "Chợ đêm Bến Thành")
_VN_NIGHT_GOODS = (
    "Đồ lưu niệm",
    "Quần áo",
    "Ăn uống - nướng",
    "Sữa đậu nành, bánh tráng nướng",
    "Trang sức bạc",
    "Len đan, mũ",
    "Trái cây",
)
_VN_HELPER_KIND = ("Người làm thuê", "Con", "Vợ/chồng chủ sạp", "Người làm thuê", "Anh/chị/em")
_VN_SHIFT = ("17h00 - 23h00", "18h00 - 22h30", "Thứ 6 - CN", "17h30 - 23h30")
_VN_HOMETOWN = (
    "Xã Đức Trọng, Lâm Đồng",
    "Xã Hải Hậu, Nam Định",
    "Phường Hương Trà, Huế",
    "Xã Diễn Châu, Nghệ An",
    "Xã Bảo Lộc, Lâm Đồng",
    "Xã Tư Nghĩa, Quảng Ngãi",
)
_VN_LODGE_STREETS = ("Phan Đình Phùng", "Hai Bà Trưng", "Bùi Thị Xuân", "Hoàng Văn Thụ", "Yersin")
_VN_LODGE_WARDS = ("phường Xuân Hương", "phường Cam Ly", "phường Lâm Viên", "phường Xuân Trường")
_VN_LINES = (
    "Thủy hải sản tươi sống",
    "Rau củ quả",
    "Thịt gia súc",
    "Gia cầm sống",
    "Tạp hóa, khô",
    "Vải sợi",
    "Đồ gia dụng",
    "Hoa tươi",
)
_VN_REASON = (
    "Chuyển nhượng cho con",
    "Nghỉ kinh doanh",
    "Chuyển nhượng lại",
    "Người đứng tên qua đời",
    "Chuyển cho vợ/chồng",
)
_VN_BANKS = ("Vietcombank", "Agribank", "VietinBank", "BIDV", "MB Bank", "Techcombank")
_VN_QR = ("Đã cấp mã QR", "Đã cấp mã QR", "Chờ in bảng QR", "Đã cấp mã QR", "Tạm dừng")
_VN_WARDS_HCM = (
    "Phường Sài Gòn",
    "Phường Bến Thành",
    "Phường Tân Định",
    "Phường Chợ Quán",
    "Phường An Lạc",
    "Phường Bình Trị Đông",
    "Phường Tân Tạo",
    "Phường Phú Thọ Hòa",
    "Phường Hòa Bình",
    "Phường Minh Phụng",
    "Phường Chợ Lớn",
    "Phường Bình Tây",
    "Phường An Đông",
    "Phường Bình Tiên",
    "Phường Phú Lâm",
    "Phường Chánh Hưng",
    "Phường Bình Đông",
)

_NG_FAMILY = (
    "Okonkwo",
    "Eze",
    "Nwankwo",
    "Obi",
    "Chukwu",
    "Okeke",
    "Nnadi",
    "Onyekachi",
    "Udeh",
    "Okafor",
    "Anyanwu",
    "Ezeani",
    "Igwe",
    "Nwosu",
    "Obiora",
    "Ugochukwu",
)
_NG_GIVEN_M = ("Chinedu", "Emeka", "Ikenna", "Obinna", "Uchenna", "Kelechi", "Nnamdi", "Chidi")
_NG_GIVEN_F = ("Ngozi", "Chioma", "Adaeze", "Nkechi", "Ifeoma", "Uju", "Obiageli", "Amaka")
_NG_OTHER = ("Paul", "Mary", "Chukwudi", "Grace", "Joseph", "", "Nneka", "Peter")
_NG_STREETS = (
    ("Obosi Road", "Onitsha North"),
    ("Old Market Road", "Onitsha South"),
    ("Awka Road", "Onitsha North"),
    ("Ugwunwasike Street", "Onitsha North"),
    ("Niger Street", "Onitsha South"),
    ("Enugu-Onitsha Expressway, Nkpor", "Idemili North"),
    ("Creek Road, Fegge", "Onitsha South"),
)
_NG_ORIGIN = ("Anambra", "Imo", "Enugu", "Abia", "Ebonyi", "Anambra")
_NG_LINES = (
    "Line 4 (Textiles)",
    "Line 12 (Shoes)",
    "Plaza B (Electronics)",
    "Line 7 (Provisions)",
    "Bridgehead (Drugs)",
)
_NG_DUES = ("Paid", "Paid", "Owing 2 months", "Paid", "Exempted (elder)")

_BO_FAMILY = (
    "MAMANI",
    "QUISPE",
    "CONDORI",
    "CHOQUE",
    "APAZA",
    "TICONA",
    "CALLISAYA",
    "HUANCA",
    "LIMACHI",
    "POMA",
    "YUJRA",
    "CHAMBI",
    "GUTIÉRREZ",
    "FLORES",
    "COPA",
    "NINA",
)
_BO_GIVEN_M = ("Juan Carlos", "Freddy", "Marcelino", "Wilson", "Eloy", "René", "Limber")
_BO_GIVEN_F = ("Justina", "Teodora", "Sabina", "Filomena", "Roxana", "Gladys", "Eulogia")
_BO_ZONES = (
    "Villa Dolores",
    "Ciudad Satélite",
    "16 de Julio",
    "Villa Adela",
    "Senkata",
    "Río Seco",
    "Ballivián",
)
_BO_STREETS = ("Calle", "Av.", "Pasaje", "Calle")
_BO_STREET_NAMES = (
    "Jorge Carrasco",
    "Antofagasta",
    "Bolivia",
    "Tiahuanacu",
    "2",
    "6",
    "Juan Pablo II",
)
_BO_EXT = ("LP", "LP", "LP", "OR", "PT", "LP", "CB")
_BO_RUBRO = ("Abarrotes", "Ropa usada", "Verduras", "Carnes", "Electrodomésticos", "Comida")
_BO_CUOTA = ("Al día", "Al día", "Debe 3 meses", "Al día", "Exento (tercera edad)")

_TH_FAMILY = (
    "Saengthong",
    "Jaidee",
    "Wongsawat",
    "Phromma",
    "Boonmee",
    "Kaewkla",
    "Srisuk",
    "Chaiyaphum",
    "Thongdee",
    "Rattanaphon",
    "Suksawat",
    "Inthachai",
    "Meesuk",
    "Panyadee",
)
_TH_GIVEN_M = ("Somchai", "Prasert", "Anucha", "Wichai", "Sombat", "Thanakorn", "Chatchai")
_TH_GIVEN_F = ("Somying", "Malee", "Wanida", "Siriporn", "Bunma", "Pranee", "Kanokwan")
_TH_PLACES = (
    ("Soi Lat Phrao 101", "Khlong Chan", "Bang Kapi", "Krung Thep Maha Nakhon", "1006"),
    ("Moo 4", "Tha Sai", "Mueang Nonthaburi", "Nonthaburi", "1201"),
    ("Thanon Charoen Krung", "Wat Phraya Krai", "Bang Kho Laem", "Krung Thep Maha Nakhon", "1031"),
    ("Moo 2", "Bang Kraso", "Mueang Nonthaburi", "Nonthaburi", "1201"),
    ("Soi Ramkhamhaeng 24", "Hua Mak", "Bang Kapi", "Krung Thep Maha Nakhon", "1006"),
)
_TH_GOODS = ("Phonlamai", "Ahan tham sang", "Suea pha", "Pla sot", "Mu sot", "Phak", "Khanom Thai")
_TH_ZONE = ("Khet A", "Khet B", "Khet C (Talat Nat)", "Khet D")

_GE_STREETS = (
    "თამარ მეფის გამზ.",
    "წერეთლის გამზ.",
    "გურამიშვილის გამზ.",
    "ბოჭორმის ქ.",
    "ცაბაძის ქ.",
    "ქავთარაძის ქ.",
)
_GE_DISTRICTS = ("ჩუღურეთის რ-ნი", "დიდუბის რ-ნი", "გლდანის რ-ნი", "სამგორის რ-ნი", "ისნის რ-ნი")
_GE_FAMILY = (
    "ბერიძე",
    "კაპანაძე",
    "გელაშვილი",
    "მაისურაძე",
    "ლომიძე",
    "ჯაფარიძე",
    "ხუციშვილი",
    "წიკლაური",
    "ნოზაძე",
    "ტაბატაძე",
    "გოგიჩაიშვილი",
    "ქავთარაძე",
    "მჭედლიშვილი",
    "ჩხეიძე",
    "ბაქრაძე",
)
_GE_GIVEN_M = ("გიორგი", "დავით", "ლევან", "ნიკოლოზ", "ზურაბ", "ირაკლი", "გოჩა", "თემურ", "ვახტანგ")
_GE_GIVEN_F = ("ნინო", "თამარ", "მარიამ", "ეკატერინე", "ნათია", "ქეთევან", "მანანა", "ლია", "ნანა")
_GE_FATHERS = ("გიორგის", "დავითის", "ზურაბის", "თამაზის", "ნოდარის", "ვახტანგის", "ომარის")
_GE_GOODS = ("ხილი და ბოსტნეული", "ხორცი", "რძის ნაწარმი", "სამოსი", "სანელებლები", "თევზი")
_GE_PAVILION = ("პავილიონი 1", "პავილიონი 2", "ღია მოედანი", "პავილიონი 3")

_GT_FAMILY = ("López", "Pérez", "Xicará", "Tzul", "Ajxup", "Coyoy", "Sac", "Ramírez", "Yax", "Chay")
_GT_GIVEN_M = ("Juan", "Pedro Antonio", "Edgar René", "Miguel Ángel", "Baltazar", "Byron")
_GT_GIVEN_F = ("María Elena", "Rosa", "Juana", "Olga Marina", "Catarina", "Sonia Beatriz")
_GT_ZONES = ("zona 1", "zona 3", "zona 5", "zona 6", "zona 8", "zona 2")
_GT_SECTORS = ("Nave 1 - Verduras", "Nave 2 - Carnes", "Área de comedores", "Piso de plaza")
_GT_GIRO = ("Venta de verduras", "Carnicería", "Comedor", "Tienda de abarrotes", "Venta de flores")
_GT_SOLV = ("Solvente", "Solvente", "Insolvente", "Solvente", "Convenio de pago")


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _vn_lodging(p: Person) -> str:
    street = _pick(p, _VN_LODGE_STREETS, 11)
    return f"Số {_num(p, 180)} {street}, {_pick(p, _VN_LODGE_WARDS, 12)}, Lâm Đồng"


def _helper_owner_cccd(p: Person) -> str:
    year = 1960 + _num(p, 30)
    return _cccd_of(p, int(p.bhxh) // 13 % 2 == 0, year)


def _ng_nin(p: Person) -> str:
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:10]}{p.phone[-1]}"


def _ng_given(p: Person) -> str:
    return _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 3)


def _ng_phone(p: Person) -> str:
    lead = _pick(p, ("0803", "0806", "0813", "0816", "0703", "0905", "0810"), 4)
    return f"{lead} {p.phone[3:6]} {p.phone[6:10]}"


def _ng_home(p: Person) -> str:
    street, lga = _row(p, _NG_STREETS, 5)
    return f"No. {_num(p, 90)} {street}, {lga}, Anambra State"


def _bo_ci439(p: Person) -> str:
    return f"{_bo_ci(p)} {_pick(p, _BO_EXT, 6)}"


def _bo_street(p: Person) -> str:
    kind = _pick(p, _BO_STREETS, 7)
    return f"{kind} {_pick(p, _BO_STREET_NAMES, 8)} N° {_num(p, 2400)}"


def _th_place(p: Person) -> _T:
    return _row(p, _TH_PLACES, 9)


def _th_name(p: Person) -> str:
    title = "Nai" if p.male else _pick(p, ("Nang", "Nangsao"), 10)
    return f"{title} {_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 11)} {_pick(p, _TH_FAMILY, 12)}"


def _th_addr(p: Person) -> str:
    lane, tambon, amphoe, changwat, _ = _th_place(p)
    house = f"{_num(p, 300)}/{_num(p, 40)}" if _num(p, 3) == 1 else f"{_num(p, 300)}"
    return f"{house} {lane}, Khwaeng/Tambon {tambon}, Khet/Amphoe {amphoe}, {changwat}"


def _th_phone(p: Person) -> str:
    lead = _pick(p, ("8", "9", "6"), 13)
    return f"0{lead}{p.phone[3]}-{p.phone[4:7]}-{p.phone[7:10]}{p.phone[2]}"


def _ge_home(p: Person) -> str:
    street = _pick(p, _GE_STREETS, 14)
    flat = f", ბ. {_num(p, 60)}" if _num(p, 2) == 1 else ""
    return f"ქ. თბილისი, {_pick(p, _GE_DISTRICTS, 15)}, {street} N {_num(p, 140)}{flat}"


def _gt_name(p: Person) -> str:
    given = _by_sex(p, _GT_GIVEN_M, _GT_GIVEN_F, 16)
    return f"{given} {_pick(p, _GT_FAMILY, 17)} {_pick(p, _GT_FAMILY, 18)}"


def _gt_home(p: Person) -> str:
    calle = f"{_num(p, 14)}a. {_pick(p, ('Calle', 'Avenida'), 19)}"
    return f"{calle} {_num(p, 30)}-{_num(p, 80):02d} {_pick(p, _GT_ZONES, 20)}, Quetzaltenango"


WRITERS_BLIND439: dict[str, Callable[[Person, Col], object]] = {
    # traders fined for goods without origin papers (QLTT)
    "market439": lambda p, c: _pick(p, _VN_MARKETS, 1),
    "stall439": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'D'), 2)}{_num(p, 3)}-{_num(p, 120):03d}",
    "seized439": lambda p, c: _pick(p, _VN_SEIZED, 3),
    "qty439": lambda p, c: f"{_num(p, 400)} {_pick(p, _VN_UNITS, 4)}",
    "worth439": lambda p, c: _dots(_num(p, 900) * 50_000),
    "minutes439": lambda p, c: f"{_num(p, 900):04d}/BB-VPHC",
    "decision439": lambda p, c: f"{_num(p, 703)}/QĐ-XPHC",
    "fine439": lambda p, c: _dots(_pick_amount(p)),
    "extra439": lambda p, c: _pick(p, _VN_EXTRA, 5),
    "team439": lambda p, c: _pick(p, _VN_QLTT, 6),
    "inspector439": lambda p, c: _other_vn(p, 7),
    "paid439": lambda p, c: _pick(p, _VN_PAID, 8),
    # night market helpers
    "night439": lambda p, c: _pick(p, _VN_NIGHT, 9),
    "booth439": lambda p, c: f"Gian {_num(p, 240)}",
    "nightgoods439": lambda p, c: _pick(p, _VN_NIGHT_GOODS, 10),
    "owner439": lambda p, c: _other_vn(p, 13),
    "ownercccd439": lambda p, c: _helper_owner_cccd(p),
    "kindof439": lambda p, c: _pick(p, _VN_HELPER_KIND, 14),
    "hometown439": lambda p, c: _pick(p, _VN_HOMETOWN, 15),
    "lodging439": lambda p, c: _vn_lodging(p),
    "badge439": lambda p, c: f"CD-{p.other_date:%y}-{p.bhxh[-4:]}",
    "shift439": lambda p, c: _pick(p, _VN_SHIFT, 16),
    # stall transfers
    "line439": lambda p, c: _pick(p, _VN_LINES, 17),
    "lot439": lambda p, c: f"Lô {_pick(p, ('A', 'B', 'C', 'E'), 18)}{_num(p, 9)}/{_num(p, 60)}",
    "area439": lambda p, c: f"{_pick(p, ('3', '4', '4,5', '6', '8'), 19)}",
    "fromname439": lambda p, c: _other_vn(p, 20),
    "fromcccd439": lambda p, c: _cccd_of(p, int(p.bhxh) // 7 % 2 == 0, 1950 + _num(p, 25)),
    "reason439": lambda p, c: _pick(p, _VN_REASON, 21),
    "monthfee439": lambda p, c: _dots(_num(p, 30) * 50_000 + 300_000),
    "contract439": lambda p, c: f"HĐ {_num(p, 800)}/{p.other_date:%Y}/BQLC",
    "until439": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    # QR payment sign-up
    "kiosk439": lambda p, c: f"Ki-ốt {_num(p, 350)}",
    "ward439": lambda p, c: _pick(p, _VN_WARDS_HCM, 22),
    "bank439": lambda p, c: _pick(p, _VN_BANKS, 23),
    "account439": lambda p, c: f"{p.bhxh[::-1]}{_num(p, 90):02d}",
    "banker439": lambda p, c: _other_vn(p, 24),
    "bankerphone439": lambda p, c: _other_phone(p, "09"),
    "qr439": lambda p, c: _pick(p, _VN_QR, 25),
    # Nigeria
    "ng_family439": lambda p, c: _pick(p, _NG_FAMILY, 26),
    "ng_given439": lambda p, c: _ng_given(p),
    "ng_other439": lambda p, c: _pick(p, _NG_OTHER, 27),
    "sex_ng439": lambda p, c: "Male" if p.male else "Female",
    "ng_nin439": lambda p, c: _ng_nin(p),
    "phone_ng439": lambda p, c: _ng_phone(p),
    "ng_home439": lambda p, c: _ng_home(p),
    "ng_lga439": lambda p, c: _row(p, _NG_STREETS, 5)[1],
    "ng_origin439": lambda p, c: _pick(p, _NG_ORIGIN, 28),
    "ng_shop439": lambda p, c: f"Shop {_num(p, 300)}, {_pick(p, _NG_LINES, 29)}",
    "ng_kin439": lambda p, c: (
        f"{_pick(p, _NG_GIVEN_M + _NG_GIVEN_F, 30)} {_pick(p, _NG_FAMILY, 31)}"
    ),
    "ng_kinphone439": lambda p, c: f"0803 {p.bhxh[-6:-3]} {p.bhxh[-3:]}{p.phone[-1]}",
    "ng_dues439": lambda p, c: _pick(p, _NG_DUES, 32),
    # Bolivia
    "bo_pat439": lambda p, c: _pick(p, _BO_FAMILY, 33),
    "bo_mat439": lambda p, c: _pick(p, _BO_FAMILY, 34),
    "bo_given439": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 35),
    "bo_ci439": lambda p, c: _bo_ci439(p),
    "sex_bo439": lambda p, c: "M" if p.male else "F",
    "bo_street439": lambda p, c: _bo_street(p),
    "bo_zone439": lambda p, c: _pick(p, _BO_ZONES, 36),
    "phone_bo439": lambda p, c: _bo_phone(p),
    "bo_rubro439": lambda p, c: _pick(p, _BO_RUBRO, 37),
    "bo_puesto439": lambda p, c: f"{_num(p, 180)}-{_pick(p, ('A', 'B', 'C'), 38)}",
    "bo_cuota439": lambda p, c: _pick(p, _BO_CUOTA, 39),
    "bo_delegado439": lambda p, c: f"{_pick(p, _BO_GIVEN_M, 40)} {_pick(p, _BO_FAMILY, 41)}",
    # Thailand (romanised)
    "th_name439": lambda p, c: _th_name(p),
    "th_id439": lambda p, c: _dashed(_th_id274(p, _th_place(p)[4])),
    "th_dob439": lambda p, c: _be(p.birth),
    "sex_th439": lambda p, c: "Chai" if p.male else "Ying",
    "th_addr439": lambda p, c: _th_addr(p),
    "phone_th439": lambda p, c: _th_phone(p),
    "th_stall439": lambda p, c: f"{_pick(p, _TH_ZONE, 42)} / Phaeng {_num(p, 220)}",
    "th_goods439": lambda p, c: _pick(p, _TH_GOODS, 43),
    "th_rent439": lambda p, c: f"{_num(p, 12) * 500 + 1500:,}",
    "th_contract439": lambda p, c: _be(p.other_date, "-"),
    # Georgia
    "ge_family439": lambda p, c: _pick(p, _GE_FAMILY, 44),
    "ge_given439": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 45),
    "ge_father439": lambda p, c: _pick(p, _GE_FATHERS, 46),
    "ge_pn439": lambda p, c: _ge_pn(p),
    "sex_ge439": lambda p, c: "მამრ." if p.male else "მდედრ.",
    "ge_home439": lambda p, c: _ge_home(p),
    "phone_ge439": lambda p, c: f"5{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "ge_stall439": lambda p, c: f"{_pick(p, _GE_PAVILION, 47)}, დახლი {_num(p, 150)}",
    "ge_goods439": lambda p, c: _pick(p, _GE_GOODS, 48),
    "ge_fee439": lambda p, c: f"{_pick(p, ('150', '200', '250', '300', '120'), 49)}",
    # Guatemala
    "gt_name439": lambda p, c: _gt_name(p),
    "gt_dpi439": lambda p, c: _dpi(p),
    "sex_gt439": lambda p, c: "Masculino" if p.male else "Femenino",
    "gt_home439": lambda p, c: _gt_home(p),
    "phone_gt439": lambda p, c: f"{_pick(p, ('5', '4', '3'), 50)}{p.phone[3:6]}-{p.phone[6:10]}",
    "gt_local439": lambda p, c: f"L-{_num(p, 260):03d}",
    "gt_sector439": lambda p, c: _pick(p, _GT_SECTORS, 51),
    "gt_giro439": lambda p, c: _pick(p, _GT_GIRO, 52),
    "gt_arbitrio439": lambda p, c: f"Q {_pick(p, ('75.00', '100.00', '150.00', '60.00'), 53)}",
    "gt_solv439": lambda p, c: _pick(p, _GT_SOLV, 54),
    "gt_since439": lambda p, c: f"{_safe_day(2008 + _num(p, 16), p.other_date.month, 1):%d/%m/%Y}",
}


def _pick_amount(p: Person) -> int:
    return (_num(p, 12) + 2) * 500_000


__all__ = ["WRITERS_BLIND439"]
