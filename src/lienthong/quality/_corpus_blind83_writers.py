"""How the people of the eighty-third part of the outside corpus (**blind 83**,
:mod:`lienthong.quality._corpus_blind83`) are written: four Vietnamese files' own columns (a craft
village artisan's title and decision, a prison visitor's prisoner and visiting hours, a literacy
learner's class and teacher, a mediation case's other party and outcome) and Tamil Nadu,
Jakarta, Quezon City, Khon Kaen and Yokohama names, places, phones and identity numbers in the
forms their registers print (the Aadhaar with its Verhoeff digit, the NIK and KK of the home
region, the PhilSys card and PhilHealth numbers, the Thai ID with its check digit and Buddhist-era
dates, the My Number with its check digit and Japanese-era dates)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _my_number, _safe_day, _wareki
from lienthong.quality._corpus_blind42_writers import _aadhaar
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (village name, craft, hamlet, commune, district, province) of a recognised craft village
_VN_CRAFTS = (
    ("Làng gốm Bát Tràng", "Gốm sứ", "Thôn 3", "xã Bát Tràng", "huyện Gia Lâm", "TP. Hà Nội"),
    (
        "Làng lụa Vạn Phúc",
        "Dệt lụa tơ tằm",
        "TDP Vạn Phúc 2",
        "phường Vạn Phúc",
        "quận Hà Đông",
        "TP. Hà Nội",
    ),
    (
        "Làng gốm Phù Lãng",
        "Gốm mộc",
        "Thôn Phù Lãng",
        "xã Phù Lãng",
        "huyện Quế Võ",
        "tỉnh Bắc Ninh",
    ),
    (
        "Làng nghề gỗ Đồng Kỵ",
        "Đồ gỗ mỹ nghệ",
        "Khu phố Đồng Kỵ",
        "phường Đồng Kỵ",
        "TP. Từ Sơn",
        "tỉnh Bắc Ninh",
    ),
    (
        "Làng đá Non Nước",
        "Điêu khắc đá",
        "Tổ 47",
        "phường Hòa Hải",
        "quận Ngũ Hành Sơn",
        "TP. Đà Nẵng",
    ),
    (
        "Làng nón Chuông",
        "Nón lá",
        "Thôn Chuông",
        "xã Phương Trung",
        "huyện Thanh Oai",
        "TP. Hà Nội",
    ),
)
_VN_TITLES = (
    "Nghệ nhân làng nghề cấp tỉnh",
    "Nghệ nhân Ưu tú",
    "Nghệ nhân làng nghề cấp tỉnh",
    "Nghệ nhân Nhân dân",
    "Thợ giỏi cấp tỉnh",
)
_VN_WORKSHOPS = ("Cơ sở SX gia đình", "HTX thủ công mỹ nghệ", "Công ty TNHH", "Tổ hợp tác")
_VN_PRISON_RELATIONS_M = ("Cha", "Anh ruột", "Em ruột", "Con", "Cha")
_VN_PRISON_RELATIONS_F = ("Mẹ", "Vợ", "Chị ruột", "Em ruột", "Con", "Mẹ", "Vợ")
_VN_SUBCAMPS = ("Phân trại số 1", "Phân trại số 2", "Phân trại số 3", "Khu giam giữ")
_VN_GIFTS = (
    "Đồ ăn khô, sữa",
    "Gửi tiền lưu ký 500.000đ",
    "Quần áo, thuốc (đã kiểm tra)",
    "Không",
    "Gửi tiền lưu ký 1.000.000đ",
)
_VN_ETHNIC = ("Mông", "Mông", "Dao", "Lô Lô", "Tày", "Giáy", "Kinh")
#: (village, commune) in a highland district where literacy classes are opened
_VN_LITERACY = (
    ("Thôn Pả Vi Thượng", "xã Pả Vi"),
    ("Thôn Sủng Pờ A", "xã Sủng Trà"),
    ("Thôn Lũng Pù", "xã Lũng Pù"),
    ("Thôn Tả Chải", "xã Khâu Vai"),
    ("Thôn Sơn Vĩ", "xã Sơn Vĩ"),
)
_VN_STAGES = ("Giai đoạn 1", "Giai đoạn 1", "Giai đoạn 2", "Sau xóa mù")
_VN_RESULTS = ("Đạt", "Đạt", "Chưa đạt", "Đạt", "Bỏ học")
_VN_DISPUTES = (
    "Tranh chấp ranh giới đất",
    "Mâu thuẫn hàng xóm (tiếng ồn)",
    "Tranh chấp lối đi chung",
    "Mâu thuẫn vợ chồng",
    "Vay mượn tiền không trả",
    "Nước thải chảy sang nhà bên",
)
_VN_OUTCOMES = (
    "Hòa giải thành",
    "Hòa giải thành",
    "Hòa giải không thành, hướng dẫn lên UBND",
    "Đang hòa giải",
    "Các bên tự rút yêu cầu",
)
_VN_MEDIATION_GROUPS = ("Tổ 5", "Tổ 9", "Tổ 14", "Tổ 21")
_TN_GIVEN_M = ("MURUGAN", "SELVARAJ", "KARTHIKEYAN", "ARUMUGAM", "RAJENDRAN", "SENTHIL KUMAR")
_TN_GIVEN_F = ("SELVI", "LAKSHMI", "PARVATHI", "KAVITHA", "MEENAKSHI", "DHANALAKSHMI")
_TN_FATHERS = ("PERUMAL", "KRISHNAN", "SUBRAMANIAN", "RAMASAMY", "MUTHU", "GOVINDAN", "PALANI")
#: (village or town, taluk, district, PIN)
_TN_PLACES = (
    ("Melmaruvathur", "Cheyyur", "Chengalpattu", "603319"),
    ("Thiruvalam", "Katpadi", "Vellore", "632515"),
    ("Vadipatti", "Vadipatti", "Madurai", "625218"),
    ("Swamimalai", "Kumbakonam", "Thanjavur", "612302"),
    ("Palladam", "Palladam", "Tiruppur", "641664"),
    ("Sankarankovil", "Sankarankovil", "Tenkasi", "627756"),
)
_TN_STREETS = ("Pillaiyar Koil Street", "Main Road", "North Car Street", "Gandhi Nagar 2nd St")
_TN_HOSPITALS = (
    "Govt. Rajaji Hospital, Madurai",
    "CMC Hospital, Vellore",
    "Govt. Medical College Hospital, Thanjavur",
    "KMCH, Coimbatore",
    "Chengalpattu Medical College Hospital",
)
_ID_GIVEN_M = ("BUDI", "AGUS", "DWI", "RAHMAT", "EKO", "IWAN")
_ID_GIVEN_F = ("SITI", "SRI", "DEWI", "RINA", "NUR", "ENDANG")
_ID_FAMILY = ("SANTOSO", "WAHYUDI", "RAHAYU", "HIDAYAT", "LESTARI", "SAPUTRA", "NURHALIZA")
#: (place of birth, origin address, origin region code of the NIK and KK)
_ID_ORIGINS = (
    (
        "SEMARANG",
        "Jl. Gajah Mada No. 12, Kel. Kembangsari, Semarang Tengah, Kota Semarang",
        "337403",
    ),
    ("BOGOR", "Kp. Cibeureum RT 002/005, Desa Cibeureum, Cisarua, Kab. Bogor", "320126"),
    ("KARANGANYAR", "Dk. Ngasinan RT 01/03, Desa Jetis, Jaten, Kab. Karanganyar", "331311"),
    ("MEDAN", "Jl. Sisingamangaraja Gg. Rukun No. 4, Medan Amplas, Kota Medan", "127105"),
    ("SURABAYA", "Jl. Kapas Krampung VI/21, Kel. Tambakrejo, Simokerto, Kota Surabaya", "357815"),
)
_ID_RELIGIONS = ("Islam", "Islam", "Islam", "Kristen", "Katolik", "Hindu", "Buddha")
_ID_JOBS = ("Karyawan Swasta", "Mahasiswa", "Wiraswasta", "Buruh Harian Lepas", "Pedagang")
_ID_STREETS = ("Jl. Manggarai Utara II", "Jl. Dr. Saharjo Gg. Swadaya", "Jl. Minangkabau Barat")
_ID_STAY = ("Kos", "Kontrak", "Menumpang keluarga", "Kos")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia")
_PH_GIVEN_M = ("Jose", "Rodrigo", "Ernesto", "Danilo", "Romeo", "Virgilio")
_PH_GIVEN_F = ("Maria Luz", "Remedios", "Corazon", "Erlinda", "Teresita", "Milagros")
_PH_MIDDLE = ("Manalo", "Castillo", "Aquino", "Ramos", "Lopez", "Flores", "Cruz")
_PH_STREETS = ("Blk 12 Lot 5 Ecol St.", "23 Mactan St.", "Blk 3 Lot 18 Tandang Sora Ext.",
               "41 Sampaguita St.", "Blk 7 Lot 2 Dahlia St.")  # fmt: skip
_PH_PUROKS = ("Purok 1", "Purok 3", "Purok 4", "Sitio Veterans", "Purok 6")
_PH_CIVIL_M = ("Married", "Widower", "Married", "Single", "Separated")
_PH_CIVIL_F = ("Married", "Widowed", "Widow", "Single", "Married")
_TH_GIVEN_M = ("สมศักดิ์", "บุญมี", "ทองใบ", "สุเทพ", "วิชัย", "อำนาจ")
_TH_GIVEN_F = ("บุญเรือน", "สมพร", "มาลี", "ทองคำ", "ลำไย", "จันทร์เพ็ญ")
_TH_FAMILY = ("ศรีบุญเรือง", "พลอยประเสริฐ", "แสนสุข", "ภูมิสวัสดิ์", "คำมูล", "ชัยวงศ์")
#: (tambon, amphoe, changwat, postcode)
_TH_PLACES = (
    ("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    ("ท่าพระ", "เมืองขอนแก่น", "ขอนแก่น", "40260"),
    ("บ้านไผ่", "บ้านไผ่", "ขอนแก่น", "40110"),
    ("หมากแข้ง", "เมืองอุดรธานี", "อุดรธานี", "41000"),
    ("หัวทะเล", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
)
_TH_JOBS = ("เกษตรกร", "รับจ้างทั่วไป", "ค้าขาย", "ว่างงาน", "เกษตรกร")
_TH_RESULTS = ("ผ่านเกณฑ์", "ผ่านเกณฑ์", "รอตรวจสอบ", "ผ่านเกณฑ์", "ไม่ผ่าน (มีที่ดินเกินเกณฑ์)")
_TH_POINTS = (
    "ธนาคารกรุงไทย สาขาขอนแก่น",
    "ธ.ก.ส. สาขาบ้านไผ่",
    "ธนาคารออมสิน สาขาหนองบัว",
    "ที่ว่าการอำเภอเมืองขอนแก่น",
)
_JP_FAMILY = (("山田", "ヤマダ"), ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"),
              ("松本", "マツモト"), ("井上", "イノウエ"))  # fmt: skip
_JP_GIVEN_M = (("大輝", "ダイキ"), ("直樹", "ナオキ"), ("浩二", "コウジ"), ("悠斗", "ユウト"))
_JP_GIVEN_F = (("愛", "アイ"), ("真由美", "マユミ"), ("結衣", "ユイ"), ("和子", "カズコ"))
#: (postcode, town and block in Kohoku ward)
_JP_PLACES = (
    ("222-0011", "菊名4丁目3番12号"),
    ("223-0061", "日吉2丁目8番5号 日吉ハイツ305"),
    ("222-0033", "新横浜3丁目17番2号 新横浜パークマンション1102"),
    ("222-0001", "樽町1丁目20番7号"),
    ("223-0053", "綱島西5丁目4番9-201号"),
)
_JP_FROM = (
    "東京都大田区蒲田5丁目",
    "大阪府吹田市山田東",
    "北海道札幌市中央区南3条西",
    "静岡県浜松市中央区",
)
_JP_RELATIONS_M = ("世帯主", "子", "世帯主", "夫", "父")
_JP_RELATIONS_F = ("世帯主", "妻", "子", "妻", "母")


def _craft(p: Person) -> tuple[str, str, str, str, str, str]:
    return _VN_CRAFTS[int(p.bhxh) // 9 % len(_VN_CRAFTS)]


def _literacy(p: Person) -> tuple[str, str]:
    return _VN_LITERACY[int(p.bhxh) // 9 % len(_VN_LITERACY)]


def _visit_in(p: Person) -> int:
    return 7 * 60 + 30 + 15 * _num(p, 24)


def _hm(minutes: int) -> str:
    return f"{minutes // 60:02d}h{minutes % 60:02d}"


def _tn_place(p: Person) -> tuple[str, str, str, str]:
    return _TN_PLACES[int(p.bhxh) // 9 % len(_TN_PLACES)]


def _id_origin(p: Person) -> tuple[str, str, str]:
    return _ID_ORIGINS[int(p.bhxh) // 9 % len(_ID_ORIGINS)]


def _nik83(p: Person) -> str:
    """The NIK of the home region: its code, the birth day (plus 40 for a woman), month, year and
    a serial (a newcomer keeps the NIK of the place they came from)."""
    day = p.birth.day + (0 if p.male else 40)
    return f"{_id_origin(p)[2]}{day:02d}{p.birth:%m%y}{int(p.bhxh[-4:]) % 9000 + 1:04d}"


def _kk83(p: Person) -> str:
    """The family card: the region code, the card's issue date DDMMYY and a serial."""
    issued = p.other_date - timedelta(days=365 * (1 + _num(p, 9)))
    return f"{_id_origin(p)[2]}{issued:%d%m%y}{int(p.bhxh[2:6]) % 9000 + 1:04d}"


def _ph_birth(p: Person) -> date:
    """A senior's birthday: the person's day and month, 60 to 89 years before 2026."""
    return _safe_day(1937 + (p.birth.year - 1940) % 29, p.birth.month, p.birth.day)


def _pcn(p: Person) -> str:
    digits = f"{p.bhxh}{p.phone[-6:]}"
    return "-".join(digits[i : i + 4] for i in (0, 4, 8, 12))


def _th_place(p: Person) -> tuple[str, str, str, str]:
    return _TH_PLACES[int(p.bhxh) // 9 % len(_TH_PLACES)]


def _jp_name(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    family = _JP_FAMILY[int(p.bhxh) // 5 % len(_JP_FAMILY)]
    pool = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    return family, pool[int(p.bhxh) // 7 % len(pool)]


def _jp_place(p: Person) -> tuple[str, str]:
    return _JP_PLACES[int(p.bhxh) // 9 % len(_JP_PLACES)]


def _jp_relation(p: Person) -> str:
    return _by_sex(p, _JP_RELATIONS_M, _JP_RELATIONS_F, 3)


def _jp_head(p: Person) -> str:
    """The household head: the person, or a man of the same family name (a woman for 夫)."""
    family, given = _jp_name(p)
    relation = _jp_relation(p)
    if relation == "世帯主":
        return f"{family[0]}\u3000{given[0]}"
    pool = _JP_GIVEN_F if relation == "夫" else _JP_GIVEN_M
    others = tuple(g[0] for g in pool if g != given)
    return f"{family[0]}\u3000{_pick(p, others, 4)}"


def _th_income(p: Person) -> int:
    return 6_000 * (2 + _num(p, 18))


def _jp_moved(p: Person) -> date:
    return p.other_date - timedelta(days=_num(p, 13))


WRITERS_BLIND83: dict[str, Callable[[Person, Col], object]] = {
    "craft_addr83": lambda p, c: ", ".join(_craft(p)[2:]),
    "craft83": lambda p, c: _craft(p)[1],
    "craft_village83": lambda p, c: _craft(p)[0],
    "title83": lambda p, c: _pick(p, _VN_TITLES, 3),
    "decision83": lambda p, c: (
        f"{_num(p, 2400)}/QĐ-CTN"
        if "Nhân dân" in _pick(p, _VN_TITLES, 3) or "Ưu tú" in _pick(p, _VN_TITLES, 3)
        else f"{_num(p, 300)}/QĐ-UBND"
    ),
    "year83": lambda p, c: str(2010 + _num(p, 15)),
    "years_craft83": lambda p, c: str(15 + _num(p, 40)),
    "apprentices83": lambda p, c: str(_num(p, 60)),
    "workshop83": lambda p, c: _pick(p, _VN_WORKSHOPS, 4),
    "relation83": lambda p, c: _by_sex(p, _VN_PRISON_RELATIONS_M, _VN_PRISON_RELATIONS_F, 3),
    "prisoner83": lambda p, c: _other_vn(p, 6, True),
    "prisoner_code83": lambda p, c: f"PN{p.bhxh[-6:]}",
    "subcamp83": lambda p, c: _pick(p, _VN_SUBCAMPS, 5),
    "companions83": lambda p, c: str(_num(p, 3) - 1),
    "time_in83": lambda p, c: _hm(_visit_in(p)),
    "time_out83": lambda p, c: _hm(_visit_in(p) + 30 + 15 * _num(p, 4)),
    "gifts83": lambda p, c: _pick(p, _VN_GIFTS, 6),
    "officer83": lambda p, c: f"Thượng úy {_other_vn(p, 8)}",
    "ethnic83": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "literacy_addr83": lambda p, c: (
        f"{_literacy(p)[0]}, {_literacy(p)[1]}, huyện Mèo Vạc, tỉnh Hà Giang"
    ),
    "class83": lambda p, c: f"Lớp XMC {_literacy(p)[0].removeprefix('Thôn ')} {_num(p, 2)}",
    "stage83": lambda p, c: _pick(p, _VN_STAGES, 4),
    "teacher83": lambda p, c: f"GV {_other_vn(p, 7)}",
    "attendance83": lambda p, c: f"{40 + _num(p, 32)}/72",
    "result83": lambda p, c: _pick(p, _VN_RESULTS, 5),
    "case_no83": lambda p, c: f"{_num(p, 45):02d}/2025/HG",
    "mediation_addr83": lambda p, c: (
        f"{_pick(p, _VN_MEDIATION_GROUPS, 3)}, phường Quang Trung, TP. Thái Nguyên"
    ),
    "other_party83": lambda p, c: f"{_other_vn(p, 9)} ({_pick(p, _VN_MEDIATION_GROUPS, 5)})",
    "dispute83": lambda p, c: _pick(p, _VN_DISPUTES, 4),
    "team83": lambda p, c: f"Tổ hòa giải {_pick(p, _VN_MEDIATION_GROUPS, 3)}",
    "mediator83": lambda p, c: _other_vn(p, 10),
    "outcome83": lambda p, c: _pick(p, _VN_OUTCOMES, 6),
    "done83": lambda p, c: f"{p.other_date + timedelta(days=3 + _num(p, 20)):%d/%m/%Y}",
    "urn_tn83": lambda p, c: f"2333{p.bhxh}{p.phone[-4:]}",
    "tn_name83": lambda p, c: (
        f"{_pick(p, _TN_FATHERS, 2)[0]}. {_by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 1)}"
    ),
    "tn_father83": lambda p, c: f"{_pick(p, _TN_FATHERS, 2)}",
    "tn_relation83": lambda p, c: "S/o" if p.male else _pick(p, ("W/o", "D/o", "W/o"), 3),
    "aadhaar_tn83": lambda p, c: _aadhaar(p),
    "sex_tn83": lambda p, c: "ஆண்" if p.male else "பெண்",
    "street_tn83": lambda p, c: f"{_num(p, 180)}/{_num(p, 9)}, {_pick(p, _TN_STREETS, 3)}",
    "village_tn83": lambda p, c: _tn_place(p)[0],
    "taluk_tn83": lambda p, c: _tn_place(p)[1],
    "district_tn83": lambda p, c: _tn_place(p)[2],
    "pin_tn83": lambda p, c: _tn_place(p)[3],
    "phone_tn83": lambda p, c: f"{'9876'[int(p.bhxh) % 4]}{p.phone[1:10]}",
    "ration_tn83": lambda p, c: f"{_num(p, 38):02d}G{p.bhxh[-7:]}",
    "income_tn83": lambda p, c: f"₹ {12_000 * (2 + _num(p, 6)):,}",
    "hospital_tn83": lambda p, c: _pick(p, _TN_HOSPITALS, 4),
    "nik83": lambda p, c: _nik83(p),
    "kk83": lambda p, c: _kk83(p),
    "id_name83": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}"
    ),
    "birthplace_id83": lambda p, c: _id_origin(p)[0],
    "sex_id83": lambda p, c: "L" if p.male else "P",
    "religion83": lambda p, c: _pick(p, _ID_RELIGIONS, 3),
    "job_id83": lambda p, c: _pick(p, _ID_JOBS, 4),
    "origin_id83": lambda p, c: _id_origin(p)[1],
    "street_id83": lambda p, c: f"{_pick(p, _ID_STREETS, 5)} No. {_num(p, 80)}",
    "rt83": lambda p, c: f"{_num(p, 15):03d}",
    "rw83": lambda p, c: f"{_num(p, 12):03d}",
    "phone_id83": lambda p, c: f"08{'1125'[int(p.bhxh) % 4]}{p.phone[2:10]}",
    "stay_id83": lambda p, c: _pick(p, _ID_STAY, 6),
    "landlord83": lambda p, c: f"H. {_pick(p, _ID_GIVEN_M, 7)} {_pick(p, _ID_FAMILY, 8)}",
    "ph_family83": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given83": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle83": lambda p, c: _pick(p, _PH_MIDDLE, 3),
    "ph_ext83": lambda p, c: _pick(p, ("", "", "Jr.", "", "Sr.", "III"), 4) if p.male else "",
    "ph_birth83": lambda p, c: f"{_ph_birth(p):%m/%d/%Y}",
    "ph_age83": lambda p, c: str(2025 - _ph_birth(p).year),
    "sex_ph83": lambda p, c: "M" if p.male else "F",
    "civil_ph83": lambda p, c: _by_sex(p, _PH_CIVIL_M, _PH_CIVIL_F, 5),
    "osca_ph83": lambda p, c: f"QC-{2010 + _num(p, 15)}-{p.bhxh[-5:]}",
    "pcn_ph83": lambda p, c: _pcn(p),
    "philhealth83": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:]}{p.phone[-1]}-{p.phone[-2]}",
    "addr_ph83": lambda p, c: (
        f"{_pick(p, _PH_STREETS, 6)}, {_pick(p, _PH_PUROKS, 7)}, Brgy. Commonwealth, Quezon City"
    ),
    "phone_ph83": lambda p, c: f"09{p.phone[1:3]} {p.phone[3:6]} {p.phone[6:10]}",
    "socpen83": lambda p, c: _pick(p, ("Y", "N", "N", "Y", "Waitlisted"), 8),
    "carer_ph83": lambda p, c: (
        f"{_pick(p, _PH_GIVEN_F, 9)} {_pick(p, _PH_FAMILY, 2)} (anak) {_other_phone(p, '0917')}"
    ),
    "pid_th83": lambda p, c: _thai_pid(p).replace("-", ""),
    "title_th83": lambda p, c: "นาย" if p.male else _pick(p, ("นาง", "นางสาว", "นาง"), 3),
    "th_given83": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "th_family83": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "birth_th83": lambda p, c: _thai_date(p.birth),
    "sex_th83": lambda p, c: "ชาย" if p.male else "หญิง",
    "house_th83": lambda p, c: f"{_num(p, 250)}/{_num(p, 9)} หมู่ {_num(p, 14)}",
    "tambon83": lambda p, c: _th_place(p)[0],
    "amphoe83": lambda p, c: _th_place(p)[1],
    "changwat83": lambda p, c: _th_place(p)[2],
    "post_th83": lambda p, c: _th_place(p)[3],
    "phone_th83": lambda p, c: (
        f"0{'869'[int(p.bhxh) % 3]}{p.phone[2]}-{p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "job_th83": lambda p, c: _pick(p, _TH_JOBS, 4),
    "income_th83": lambda p, c: f"{_th_income(p):,}",
    "result_th83": lambda p, c: (
        "ไม่ผ่าน (รายได้เกินเกณฑ์)" if _th_income(p) > 100_000 else _pick(p, _TH_RESULTS, 5)
    ),
    "point_th83": lambda p, c: _pick(p, _TH_POINTS, 6),
    "reg_th83": lambda p, c: _thai_date(p.other_date),
    "jp_name83": lambda p, c: f"{_jp_name(p)[0][0]}\u3000{_jp_name(p)[1][0]}",
    "jp_kana83": lambda p, c: f"{_jp_name(p)[0][1]} {_jp_name(p)[1][1]}",
    "jp_birth83": lambda p, c: _wareki(p.birth),
    "sex_jp83": lambda p, c: "男" if p.male else "女",
    "mynumber83": lambda p, c: _my_number(p),
    "jp_relation83": lambda p, c: _jp_relation(p),
    "jp_head83": lambda p, c: _jp_head(p),
    "post_jp83": lambda p, c: _jp_place(p)[0],
    "addr_jp83": lambda p, c: f"神奈川県横浜市港北区{_jp_place(p)[1]}",
    "from_jp83": lambda p, c: f"{_pick(p, _JP_FROM, 5)}{_num(p, 9)}-{_num(p, 30)}",
    "phone_jp83": lambda p, c: f"0{'789'[int(p.bhxh) % 3]}0-{p.phone[2:6]}-{p.phone[6:10]}",
    "moved_jp83": lambda p, c: _wareki(_jp_moved(p)),
    "notice_jp83": lambda p, c: _wareki(p.other_date),
    "notifier_jp83": lambda p, c: _pick(p, ("本人", "本人", "世帯主", "代理人"), 6),
    "note_jp83": lambda p, c: _note(
        p, ("転入学通知済", "国保加入", "マイナンバーカード継続利用", "")
    ),
}

__all__ = ["WRITERS_BLIND83"]
