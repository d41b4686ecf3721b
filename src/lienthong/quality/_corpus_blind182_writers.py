"""How the people of the hundred-and-eighty-second part of the outside corpus (**blind 182**,
:mod:`lienthong.quality._corpus_blind182`) are written: four Vietnamese files' own columns (a
vaccine trial volunteer's study arm and doses, a civil servant's official flat, a market kiosk's
lease, a martial arts athlete's event and weight) and Thai, Lao, Khmer, Burmese and Yunnan names,
places, phones and identity numbers in the forms their papers show (the Thai ID's mod-11 digit and
Buddhist-era dates, the Khmer nine-digit card, the Myanmar NRC in Latin letters, the Chinese
resident ID's MOD 11-2 character, the names of Dai, Jingpo, Bai, Yi and Lisu people)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid
from lienthong.quality._corpus_blind65_writers import _LA_FAMILY, _LA_GIVEN_F, _LA_GIVEN_M, _lao_id
from lienthong.quality._corpus_blind117_writers import (
    _TH_FAMILY,
    _TH_GIVEN_F,
    _TH_GIVEN_M,
    _khmer_id,
    _khmer_name,
)
from lienthong.quality._corpus_blind129_writers import _CN_FAMILY, _CN_GIVEN_M, _cn_phone
from lienthong.quality._corpus_blind147_writers import (
    _KH_BIRTHPLACES,
    _KH_STATIONS,
    _la_name,
    _la_phone,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: a vaccine clinical trial, official housing, market kiosks, a martial arts meet ------
_VN_ARMS = ("Nhóm A (vắc xin NC)", "Nhóm B (giả dược)", "Nhóm A (vắc xin NC)", "Nhóm C (đối chứng)")
_VN_POSTS = (
    "Phó Giám đốc Sở",
    "Trưởng phòng",
    "Phó Chủ tịch UBND huyện",
    "Chánh Thanh tra",
    "Bí thư Huyện ủy",
)
_VN_AGENCIES = (
    ("Sở Tài nguyên và Môi trường", "36 Trần Phú, Phường 4, TP. Đà Lạt"),
    ("UBND huyện Lạc Dương", "Thị trấn Lạc Dương, huyện Lạc Dương, Lâm Đồng"),
    ("Thanh tra tỉnh Lâm Đồng", "02 Trần Hưng Đạo, Phường 10, TP. Đà Lạt"),
    ("Huyện ủy Đam Rông", "Xã Rô Men, huyện Đam Rông, Lâm Đồng"),
    ("Sở Giáo dục và Đào tạo", "23 Yersin, Phường 10, TP. Đà Lạt"),
)
_VN_GOODS = (
    "Vải sợi, may mặc",
    "Giày dép",
    "Thực phẩm khô",
    "Tạp hóa",
    "Vàng bạc (không gia công)",
    "Điện thoại, phụ kiện",
)
_VN_CLUBS = (
    "CLB Võ cổ truyền Tây Sơn",
    "Võ đường Sa Long Cương",
    "Võ đường Thanh Long",
    "CLB Võ thuật NVH Thiếu nhi tỉnh",
    "Võ đường Tân Khánh Bà Trà",
)
_VN_EVENTS = (
    "Đối kháng",
    "Quyền: Ngọc Trản quyền",
    "Binh khí: Côn",
    "Song luyện tay không",
    "Đối kháng",
    "Quyền: Lão Mai quyền",
)
_VN_GRADES = ("Hoàng đai", "Đai đen 1 đẳng", "Lam đai 3", "Hồng đai", "Lam đai 2")
_VN_MEDALS = ("HCV", "HCB", "HCĐ", "", "HCĐ", "")
# -- Thailand: flood victims claiming relief money -----------------------------------------------
_TH_PLACES = (
    ("ต.เวียงพางคำ", "อ.แม่สาย", "จ.เชียงราย", "นายบุญเรือง ใจมา"),
    ("ต.ปากแคว", "อ.เมืองสุโขทัย", "จ.สุโขทัย", "นายสมบัติ ทองดี"),
    ("ต.หัวเรือ", "อ.เมืองอุบลราชธานี", "จ.อุบลราชธานี", "นายคำพันธ์ ศรีวงศ์"),
    ("ต.ท่างิ้ว", "อ.เมืองนครศรีธรรมราช", "จ.นครศรีธรรมราช", "นายอรุณ แก้วประดิษฐ์"),
    ("ต.บ้านกุ่ม", "อ.บางบาล", "จ.พระนครศรีอยุธยา", "นางสาวจินดา มีสุข"),
)
_TH_DAMAGE = (
    ("น้ำท่วมขังเกิน 7 วัน", 9_000),
    ("บ้านเสียหายบางส่วน", 9_000),
    ("บ้านเสียหายทั้งหลัง", 49_500),
    ("ทรัพย์สินเสียหาย", 9_000),
)
# -- Laos: a village development fund's borrowers -----------------------------------------------
_LA_PLACES = (
    ("ບ້ານນາໄຊ", "ເມືອງຫຼວງພະບາງ", "ແຂວງຫຼວງພະບາງ"),
    ("ບ້ານໂພນສະອາດ", "ເມືອງໄກສອນ ພົມວິຫານ", "ແຂວງສະຫວັນນະເຂດ"),
    ("ບ້ານຫົວຂົວ", "ເມືອງປາກເຊ", "ແຂວງຈຳປາສັກ"),
    ("ບ້ານນາແລ", "ເມືອງໄຊ", "ແຂວງອຸດົມໄຊ"),
    ("ບ້ານດົງໂດກ", "ເມືອງໄຊທານີ", "ນະຄອນຫຼວງວຽງຈັນ"),
)
_LA_PURPOSES = ("ລ້ຽງງົວ", "ລ້ຽງປາ", "ເປີດຮ້ານຂາຍເຄື່ອງ", "ປູກກາເຟ", "ຊື້ຈັກໄຖນາ", "ລ້ຽງໄກ່")
_LA_RATES = ("0,8%", "1%", "1,2%", "1%")
# -- Cambodia: a commune's voter registration ---------------------------------------------------
_KH_HOMES = (
    ("ភូមិត្រពាំងឈូក", "សង្កាត់ទឹកថ្លា", "ខណ្ឌសែនសុខ", "រាជធានីភ្នំពេញ"),
    ("ភូមិព្រែកតាកូវ", "ឃុំព្រែកលួង", "ស្រុកស្អាង", "ខេត្តកណ្ដាល"),
    ("ភូមិស្វាយចេក", "ឃុំស្វាយចេក", "ស្រុកស្វាយចេក", "ខេត្តបន្ទាយមានជ័យ"),
    ("ភូមិអូរតាគាំ", "ឃុំអូរម៉ាល់", "ស្រុកបាត់ដំបង", "ខេត្តបាត់ដំបង"),
)
_KH_DOCS = ("អត្តសញ្ញាណប័ណ្ណ", "លិខិតបញ្ជាក់អត្តសញ្ញាណ (ទម្រង់ ១០១៨)", "អត្តសញ្ញាណប័ណ្ណ", "លិខិតឆ្លងដែន")
# -- Myanmar: workers sent to Thailand under the MOU --------------------------------------------
_MM_GIVEN_M = ("Aung Kyaw Moe", "Zaw Min Htet", "Kyaw Zin Oo", "Min Thu", "Htet Naing Win")
_MM_GIVEN_F = ("Khin Mar Lay", "Su Su Hlaing", "Thida Aye", "Nilar Win", "Hnin Ei Phyu")
_MM_TOWNSHIPS = (
    ("12", "OUKAMA", "No.45, Thitsar Road, Ward 6", "South Okkalapa Township", "Yangon"),
    ("12", "LAMANA", "No.112, Pyay Road, Ward 2", "Hlaing Township", "Yangon"),
    ("9", "MAHAMA", "No.7, 84th Street, Ward 11", "Maha Aungmye Township", "Mandalay"),
    ("5", "MAYANA", "No.23, Bogyoke Road, Ward 4", "Monywa Township", "Sagaing Region"),
    ("10", "MALAMA", "No.18, Strand Road, Ward 3", "Mawlamyine Township", "Mon State"),
    ("13", "TAKANA", "No.9, Circular Road, Ward 5", "Taunggyi Township", "Shan State"),
)
_MM_EMPLOYERS = (
    "CP Foods PCL (Minburi)",
    "Thai Union Group, Samut Sakhon",
    "Betagro PCL, Lopburi",
    "Siam Steel Co., Ltd, Rayong",
    "Saha Farms Co., Ltd, Lopburi",
)
_MM_JOBS = ("General Worker", "Fish Processing", "Construction Worker", "Factory Worker", "Packer")
# -- Yunnan: people moved under poverty-relief relocation ----------------------------------------
#: (division code, prefecture, county, town, site, place moved from, ethnic group)
_YN_PLACES = (
    ("532801", "西双版纳傣族自治州", "景洪市", "嘎洒镇", "曼景湾安置点", "勐海县布朗山乡", "傣族"),
    ("533103", "德宏傣族景颇族自治州", "芒市", "风平镇", "遮晏安置区", "陇川县户撒乡", "景颇族"),
    ("532901", "大理白族自治州", "大理市", "凤仪镇", "凤鸣社区安置点", "剑川县沙溪镇", "白族"),
    ("530602", "昭通市", "昭阳区", "靖安镇", "靖安安置区", "大关县木杆镇", "彝族"),
    ("533301", "怒江傈僳族自治州", "泸水市", "六库镇", "维拉坝安置点", "福贡县石月亮乡", "傈僳族"),
)
#: the names each group bears: men, women
_YN_NAMES: dict[str, tuple[_T, _T]] = {
    "傣族": (("岩温", "岩罕", "岩香", "岩应", "岩坎"), ("玉香", "玉波", "玉罕", "玉叫", "玉应")),
    "景颇族": (("排早", "勒排干", "木然腊", "岳麻都"), ("排麻", "木然诺", "勒排南", "岳木兰")),
    "白族": (("杨金华", "段志强", "赵建国", "李文昌"), ("杨丽花", "段金凤", "赵秀英", "李玉兰")),
    "彝族": (("沙马阿呷", "吉克伍沙", "阿者", "阿苦"), ("阿依", "吉木阿果", "沙马阿芝", "阿约")),
    "傈僳族": (("余四华", "李开福", "和忠义", "恒学明"), ("恒玉花", "余秀兰", "李春梅", "和金妹")),
}
_YN_RELATIONS_M = ("长子", "次子", "孙子", "父亲", "女婿")
_YN_RELATIONS_F = ("妻", "长女", "次女", "儿媳", "母亲")
_YN_JOBS = ("省外务工", "县内务工", "公益性岗位", "安置点扶贫车间", "灵活就业", "在校学生")


def _place(p: Person, places: tuple[_T, ...], salt: int = 7) -> _T:
    return places[int(p.bhxh) // salt % len(places)]


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _dose(p: Person, days: int) -> str:
    return f"{p.other_date + timedelta(days=days):%d/%m/%Y}"


def _weight_class(p: Person) -> int:
    return int(_by_sex(p, ("52", "56", "60", "65", "70"), ("45", "48", "51", "54"), 3))


def _th_phone(p: Person) -> str:
    return f"08{p.phone[2]}-{p.phone[3:6]}-{p.phone[6:10]}"


def _la_other(p: Person, salt: int, male: bool, title: str | None = None) -> str:
    given = _pick(p, _LA_GIVEN_M if male else _LA_GIVEN_F, salt)
    title = title or ("ທ້າວ" if male else "ນາງ")
    return f"{title} {given} {_pick(p, _LA_FAMILY, salt + 1)}"


def _th_damage(p: Person) -> tuple[str, int]:
    return _TH_DAMAGE[int(p.bhxh) // 3 % len(_TH_DAMAGE)]


def _mm_honorific(p: Person) -> str:
    older = p.birth.year < 1985
    return ("U" if older else "Mg") if p.male else ("Daw" if older else "Ma")


def _yn(p: Person) -> _T:
    return _place(p, _YN_PLACES, 9)


def _yn_name(p: Person, salt: int = 1, male: bool | None = None) -> str:
    men, women = _YN_NAMES[_yn(p)[6]]
    return _pick(p, men if (p.male if male is None else male) else women, salt)


def _yn_id(p: Person) -> str:
    """The 18-character 公民身份号码 of a Yunnan resident: the county's code, the birth date, a
    serial whose last digit is odd for men, then the ISO 7064 MOD 11-2 character."""
    third = int(p.bhxh[6]) // 2 * 2 + (1 if p.male else 0)
    head = f"{_yn(p)[0]}{p.birth:%Y%m%d}{p.bhxh[4:6]}{third}"
    total = sum(int(ch) * (2 ** (17 - i) % 11) for i, ch in enumerate(head))
    return head + "10X98765432"[total % 11]


def _yn_address(p: Person) -> str:
    _, pref, county, town, site, _, _ = _yn(p)
    flat = f"{_num(p, 12)}栋{_num(p, 4) % 3 + 1}单元{_num(p, 6) % 6 + 1}0{_num(p, 3) % 4 + 1}室"
    return f"云南省{pref}{county}{town}{site}{flat}"


def _later(d: date, days: int) -> date:
    return d + timedelta(days=days)


WRITERS_BLIND182: dict[str, Callable[[Person, Col], object]] = {
    "subject182": lambda p, c: f"VX{p.bhxh[:2]}-{p.bhxh[-4:]}",
    "arm182": lambda p, c: _pick(p, _VN_ARMS, 2),
    "dose1_182": lambda p, c: _dose(p, 7),
    "dose2_182": lambda p, c: _dose(p, 35),
    "investigator182": lambda p, c: f"BS. {_other_vn(p, 3)}",
    "emerg182": lambda p, c: _other_vn(p, 5),
    "emerg_phone182": lambda p, c: _other_phone(p, "098"),
    "stipend182": lambda p, c: _pick(p, ("300.000", "500.000", "300.000", "200.000"), 4),
    "post182": lambda p, c: _pick(p, _VN_POSTS, 2),
    "agency182": lambda p, c: _place(p, _VN_AGENCIES)[0],
    "agency_addr182": lambda p, c: _place(p, _VN_AGENCIES)[1],
    "decision182": lambda p, c: f"{_num(p, 900) + 100}/QĐ-UBND",
    "household182": lambda p, c: str(_num(p, 4)),
    "flat182": lambda p, c: f"Căn {'ABC'[_num(p, 3) - 1]}{_num(p, 5)}0{_num(p, 8)}, KNƠCV tỉnh",
    "area182": lambda p, c: f"{_num(p, 40) + 45},{_num(p, 9)}",
    "rent182": lambda p, c: _dotted((_num(p, 30) + 20) * 50_000),
    "kiosk182": lambda p, c: f"K{'ABCD'[_num(p, 4) - 1]}-{_num(p, 60):02d}",
    "goods182": lambda p, c: _pick(p, _VN_GOODS, 3),
    "kiosk_area182": lambda p, c: _pick(p, ("9,0", "12,5", "6,0", "16,0", "9,0"), 4),
    "contract182": lambda p, c: f"{_num(p, 300)}/2025/HĐTKO-BQLC",
    "until182": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "kiosk_rent182": lambda p, c: _dotted((_num(p, 40) + 10) * 100_000),
    "deposit182": lambda p, c: _dotted((_num(p, 40) + 10) * 300_000),
    "bib182": lambda p, c: f"{_pick(p, ('A', 'B', 'C'), 5)}{_num(p, 200):03d}",
    "club182": lambda p, c: _pick(p, _VN_CLUBS, 2),
    "event182": lambda p, c: _pick(p, _VN_EVENTS, 3),
    "weight182": lambda p, c: f"{'Nam' if p.male else 'Nữ'} {_weight_class(p)} kg",
    "weighed182": lambda p, c: f"{_weight_class(p) - 1 - _num(p, 3) % 2},{_num(p, 9)}",
    "grade182": lambda p, c: _pick(p, _VN_GRADES, 4),
    "coach182": lambda p, c: _other_vn(p, 6, True),
    "coach_phone182": lambda p, c: _other_phone(p, "093"),
    "medal182": lambda p, c: _pick(p, _VN_MEDALS, 5),
    "th_pid182": lambda p, c: _thai_pid(p),
    "th_title182": lambda p, c: "นาย" if p.male else "นาง" if p.birth.year < 1990 else "นางสาว",
    "th_given182": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "th_family182": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "th_birth182": lambda p, c: _thai_date(p.birth),
    "th_house182": lambda p, c: (
        f"{_num(p, 180)}/{_num(p, 9)}" if _num(p, 3) == 1 else str(_num(p, 240))
    ),
    "th_moo182": lambda p, c: str(_num(p, 12)),
    "th_tambon182": lambda p, c: _place(p, _TH_PLACES, 5)[0],
    "th_amphoe182": lambda p, c: _place(p, _TH_PLACES, 5)[1],
    "th_changwat182": lambda p, c: _place(p, _TH_PLACES, 5)[2],
    "th_phone182": lambda p, c: _th_phone(p),
    "th_damage182": lambda p, c: _th_damage(p)[0],
    "th_amount182": lambda p, c: f"{_th_damage(p)[1]:,}",
    "th_bank182": lambda p, c: f"0{p.bhxh[1:3]}-{p.bhxh[3]}-{p.bhxh[4:9]}-{p.bhxh[9]}",
    "th_headman182": lambda p, c: _place(p, _TH_PLACES, 5)[3],
    "th_filed182": lambda p, c: _thai_date(p.other_date, months=True),
    "la_name182": lambda p, c: _la_name(p),
    "la_sex182": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "la_id182": lambda p, c: _lao_id(p),
    "la_famnb182": lambda p, c: f"{p.bhxh[-6:-2]}/{_num(p, 30):02d}",
    "la_village182": lambda p, c: _place(p, _LA_PLACES)[0],
    "la_muang182": lambda p, c: _place(p, _LA_PLACES)[1],
    "la_province182": lambda p, c: _place(p, _LA_PLACES)[2],
    "la_phone182": lambda p, c: _la_phone(p),
    "la_purpose182": lambda p, c: _pick(p, _LA_PURPOSES, 2),
    "la_loan182": lambda p, c: f"{(_num(p, 25) + 5) * 1_000_000:,}",
    "la_rate182": lambda p, c: _pick(p, _LA_RATES, 4),
    "la_guarantor182": lambda p, c: _la_other(p, 5, int(p.bhxh) % 3 != 0),
    "la_chief182": lambda p, c: _la_other(p, 7, True, "ທ່ານ"),
    "kh_id182": lambda p, c: _khmer_id(p),
    "kh_name182": lambda p, c: _khmer_name(p),
    "kh_sex182": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "kh_birthplace182": lambda p, c: _pick(p, _KH_BIRTHPLACES, 3),
    "kh_addr182": lambda p, c: ", ".join(_place(p, _KH_HOMES, 5)),
    "kh_station182": lambda p, c: f"{_pick(p, _KH_STATIONS, 4)} (លេខ {_num(p, 90) + 1000})",
    "kh_voterno182": lambda p, c: str(_num(p, 900)),
    "kh_phone182": lambda p, c: (
        f"0{_pick(p, ('12', '17', '89', '96', '10'), 2)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "kh_doc182": lambda p, c: _pick(p, _KH_DOCS, 6),
    "mm_name182": lambda p, c: f"{_mm_honorific(p)} {_by_sex(p, _MM_GIVEN_M, _MM_GIVEN_F, 1)}",
    "mm_father182": lambda p, c: f"U {_pick(p, _MM_GIVEN_M, 4)}",
    "mm_nrc182": lambda p, c: (
        f"{_place(p, _MM_TOWNSHIPS)[0]}/{_place(p, _MM_TOWNSHIPS)[1]}(N){p.bhxh[-6:]}"
    ),
    "mm_sex182": lambda p, c: "ကျား" if p.male else "မ",
    "mm_passport182": lambda p, c: f"M{'ABCDE'[_num(p, 5) - 1]}{p.bhxh[1:7]}",
    "mm_addr182": lambda p, c: ", ".join(_place(p, _MM_TOWNSHIPS)[2:]),
    "mm_phone182": lambda p, c: f"09-{_pick(p, ('7', '9', '4', '6'), 3)}{p.phone[3:10]}",
    "mm_employer182": lambda p, c: _pick(p, _MM_EMPLOYERS, 2),
    "mm_job182": lambda p, c: _pick(p, _MM_JOBS, 5),
    "mm_depart182": lambda p, c: f"{_later(p.other_date, 30 + _num(p, 60)):%d-%m-%Y}",
    "mm_ref182": lambda p, c: f"MOU/{p.other_date.year}/{_num(p, 900):04d}",
    "yn_head182": lambda p, c: _yn_name(p, 4, True),
    "yn_name182": lambda p, c: _yn_name(p),
    "yn_rel182": lambda p, c: _by_sex(p, _YN_RELATIONS_M, _YN_RELATIONS_F, 2),
    "yn_sex182": lambda p, c: "男" if p.male else "女",
    "yn_ethnic182": lambda p, c: _yn(p)[6],
    "yn_id182": lambda p, c: _yn_id(p),
    "yn_origin182": lambda p, c: f"{_yn(p)[5]}{_pick(p, ('新寨', '老寨', '上村', '坝头'), 3)}村",
    "yn_site182": lambda p, c: f"{_yn(p)[2]}{_yn(p)[4]}",
    "yn_addr182": lambda p, c: _yn_address(p),
    "yn_phone182": lambda p, c: _cn_phone(p),
    "yn_year182": lambda p, c: f"{2016 + _num(p, 5)}年",
    "yn_job182": lambda p, c: _pick(p, _YN_JOBS, 4),
    "yn_helper182": lambda p, c: _pick(p, _CN_FAMILY, 6) + _pick(p, _CN_GIVEN_M, 7),
}
