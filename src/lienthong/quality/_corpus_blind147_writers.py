"""How the people of the hundred-and-forty-seventh part of the outside corpus (**blind 147**,
:mod:`lienthong.quality._corpus_blind147`) are written: four Vietnamese files' own columns (a
summer swimming class against drowning, a consumer finance company's loans, a grassroots security
team, support after a typhoon) and Lao, Khmer, Burmese, Guangxi Chinese and Thai names, places,
phones and numbers in the forms their registers show (the Khmer voter list writes its dates in
Khmer digits, the Myanmar NRC in Burmese digits, the Chinese id ends in its MOD 11-2 character,
the Thai id in its weighted mod-11 digit and the Thai dates are in the Buddhist era)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _MM_DIGITS, _mm_name, _mm_township, _nrc
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind43_writers import (
    _KH_FAMILY,
    _KH_GIVEN_F,
    _KH_GIVEN_M,
    _KH_PLACES,
)
from lienthong.quality._corpus_blind44_writers import (
    _TH_FAMILY,
    _TH_GIVEN_F,
    _TH_GIVEN_M,
    _TH_PLACES,
    _thai_date,
    _thai_pid,
)
from lienthong.quality._corpus_blind65_writers import (
    _LA_FAMILY,
    _LA_GIVEN_F,
    _LA_GIVEN_M,
    _LA_PLACES,
    _lao_id,
)
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind117_writers import _khmer_id
from lienthong.quality._corpus_blind129_writers import _CN_FAMILY, _CN_GIVEN_F, _CN_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a summer swimming class against drowning -------------------------------------------
_VN_SCHOOLS = (
    "Lớp 3A - TH Kim Đồng",
    "Lớp 4B - TH Lê Văn Tám",
    "Lớp 5C - TH Nguyễn Văn Trỗi",
    "Lớp 6A1 - THCS Trần Phú",
    "Lớp 2D - TH Võ Thị Sáu",
)
_VN_SWIM_RESULT = ("Biết bơi", "Biết bơi", "Chưa biết bơi", "Bơi được 25m", "Nghỉ học")
# -- Vietnam: consumer finance loans -------------------------------------------------------------
_VN_LOAN_PRODUCTS = ("Vay tiền mặt", "Trả góp xe máy", "Trả góp điện máy", "Thẻ tín dụng")
_VN_WORKPLACES = (
    "Cty TNHH Pouchen VN, KCN Nhơn Trạch",
    "Chợ Bến Thành, sạp 112",
    "Cty CP Đầu tư Xây dựng Hòa Bình, Q.3",
    "Tự kinh doanh tại nhà",
    "Cty TNHH Samsung Electronics VN, KCN Yên Phong",
)
# -- Vietnam: grassroots security and order team -------------------------------------------------
_VN_TEAM_ROLES = ("Tổ trưởng", "Tổ phó", "Tổ viên", "Tổ viên", "Tổ viên")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Nùng")
_VN_SCHOOLING = ("12/12", "9/12", "12/12 - Trung cấp", "Đại học", "7/12")
# -- Vietnam: support after the typhoon ----------------------------------------------------------
_VN_DAMAGE = (
    ("Sập đổ hoàn toàn", 40_000_000),
    ("Hư hỏng nặng trên 70%", 20_000_000),
    ("Tốc mái 50-70%", 10_000_000),
    ("Tốc mái 30-50%", 5_000_000),
    ("Hư hỏng dưới 30%", 3_000_000),
)
_VN_FUNDS = ("NS tỉnh", "NS huyện", "UBMTTQ tỉnh", "Quỹ PCTT")
# -- Laos: a national university's roll of students ----------------------------------------------
_LA_FACULTIES = (
    "ຄະນະວິສະວະກຳສາດ",
    "ຄະນະເສດຖະສາດ ແລະ ບໍລິຫານທຸລະກິດ",
    "ຄະນະນິຕິສາດ ແລະ ລັດຖະສາດ",
    "ຄະນະສຶກສາສາດ",
    "ຄະນະວິທະຍາສາດທຳມະຊາດ",
)
_LA_PROVINCES = ("ແຂວງ ຫຼວງພະບາງ", "ແຂວງ ສະຫວັນນະເຂດ", "ແຂວງ ຈຳປາສັກ", "ແຂວງ ອຸດົມໄຊ", "ນະຄອນຫຼວງວຽງຈັນ")
_LA_PARENTS = ("ບຸນທັນ", "ສີສະຫວັດ", "ຄຳສິງ", "ທອງດີ", "ບົວລະພາ")
_LA_SCHOLARSHIP = ("ທຶນລັດ", "ຈ່າຍເອງ", "ຈ່າຍເອງ", "ທຶນໂຄຕ້າ")
# -- Cambodia: a commune's list of voters --------------------------------------------------------
_KH_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
_KH_BIRTHPLACES = ("ខេត្តតាកែវ", "ខេត្តព្រៃវែង", "ខេត្តបាត់ដំបង", "ខេត្តកំពត", "រាជធានីភ្នំពេញ")
_KH_STATIONS = ("សាលាបឋមសិក្សាវត្តភ្នំ", "វត្តលង្កា", "សាលាឃុំ", "អនុវិទ្យាល័យហ៊ុនសែន")
# -- Myanmar: registration of a SIM card at an agent's shop --------------------------------------
_MM_FATHERS = ("ဦးလှမောင်", "ဦးတင်အောင်", "ဦးစိုးမြင့်", "ဦးကျော်ညွန့်", "ဦးဘချစ်")
_MM_SHOPS = ("ရွှေမိုးဖုန်းဆိုင်", "ATOM Shop ဗဟန်း", "MPT Service Center", "မင်္ဂလာ မိုဘိုင်း")
_MM_OPERATORS = ("097", "098", "096", "099", "094")
_MM_STREETS = ("အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း", "အမှတ် ၄၅၊ ပြည်လမ်း", "အမှတ် ၇/ခ၊ ကန်လမ်း", "အမှတ် ၂၁၊ ၇၈ လမ်း")
# -- China: border residents' mutual trade at Dongxing and Pingxiang, Guangxi ----------------------
_GX_PLACES = (
    ("450681", "广西壮族自治区防城港市东兴市东兴镇北仑大道128号"),
    ("450681", "广西壮族自治区防城港市东兴市江平镇万尾村巫头组"),
    ("451481", "广西壮族自治区崇左市凭祥市友谊镇卡凤村板小屯"),
    ("451481", "广西壮族自治区崇左市凭祥市凭祥镇北大路56号"),
    ("451424", "广西壮族自治区崇左市大新县硕龙镇隘江村"),
)
_GX_ETHNIC = ("汉族", "壮族", "京族", "瑶族", "壮族")
_GX_GOODS = ("越南干果", "海产品(冻虾)", "红木家具", "腰果", "越南咖啡", "火龙果")
_GX_GROUPS = ("东兴市万尾互助组", "凭祥市浦寨第3互助组", "东兴市竹山互助组", "凭祥市弄怀第1互助组")
# -- Thailand: the farmers' register (ทบก.) --------------------------------------------------------
_TH_CROPS = ("ข้าวนาปี", "ยางพารา", "มันสำปะหลัง", "อ้อยโรงงาน", "ลำไย", "ข้าวโพดเลี้ยงสัตว์")
_TH_DEEDS = ("โฉนดที่ดิน", "น.ส.3ก", "ส.ป.ก.4-01", "ภ.บ.ท.5")


def _swim_parent(p: Person) -> str:
    return _other_vn(p, 4, family=p.family if _num(p, 3) != 1 else None)


def _typhoon(p: Person) -> tuple[str, int]:
    return _VN_DAMAGE[int(p.bhxh) // 3 % len(_VN_DAMAGE)]


def _la_name(p: Person) -> str:
    title = "ທ້າວ" if p.male else "ນາງ"
    return f"{title} {_by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 1)} {_pick(p, _LA_FAMILY, 2)}"


def _la_phone(p: Person) -> str:
    return f"020 {_pick(p, ('5', '9', '7', '2'), 3)}{p.phone[3:6]} {p.phone[6:10]}"


def _kh_place(p: Person) -> tuple[str, ...]:
    return _KH_PLACES[int(p.bhxh) // 7 % len(_KH_PLACES)]


def _gx_place(p: Person) -> tuple[str, str]:
    return _GX_PLACES[int(p.bhxh) // 7 % len(_GX_PLACES)]


def _gx_id(p: Person) -> str:
    """The 18-character id of a Guangxi border resident, its last character the MOD 11-2 one."""
    third = int(p.bhxh[5]) // 2 * 2 + (1 if p.male else 0)
    head = f"{_gx_place(p)[0]}{p.birth:%Y%m%d}{p.bhxh[3:5]}{third}"
    total = sum(int(ch) * (2 ** (17 - i) % 11) for i, ch in enumerate(head))
    return head + "10X98765432"[total % 11]


def _th_place(p: Person) -> tuple[str, ...]:
    return _TH_PLACES[int(p.bhxh) // 5 % len(_TH_PLACES)]


def _later(d: date, days: int) -> date:
    return d + timedelta(days=days)


WRITERS_BLIND147: dict[str, Callable[[Person, Col], object]] = {
    # summer swimming class
    "swim_school147": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "swim_parent147": lambda p, c: _swim_parent(p),
    "swim_parent_phone147": lambda p, c: _other_phone(p, "09"),
    "swim_course147": lambda p, c: f"Khóa {_num(p, 3)} - Hè {p.other_date.year}",
    "swim_result147": lambda p, c: _pick(p, _VN_SWIM_RESULT, 3),
    # consumer finance loans
    "loan_contract147": lambda p, c: f"{_num(p, 9)}{p.bhxh[-9:]}",
    "loan_work147": lambda p, c: _pick(p, _VN_WORKPLACES, 2),
    "loan_ref147": lambda p, c: _other_vn(p, 6),
    "loan_ref_phone147": lambda p, c: _other_phone(p, "03"),
    "loan_amount147": lambda p, c: _dotted((_num(p, 40) + 5) * 1_000_000),
    "loan_term147": lambda p, c: _pick(p, ("6", "12", "18", "24", "36"), 3),
    "loan_dpd147": lambda p, c: _pick(p, ("0", "0", "0", "12", "45", "97"), 4),
    "loan_product147": lambda p, c: _pick(p, _VN_LOAN_PRODUCTS, 5),
    # grassroots security team
    "team_ethnic147": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "team_school147": lambda p, c: _pick(p, _VN_SCHOOLING, 3),
    "team_party147": lambda p, c: "x" if _num(p, 4) == 1 else "",
    "team_no147": lambda p, c: f"Tổ {_num(p, 12)}",
    "team_role147": lambda p, c: _pick(p, _VN_TEAM_ROLES, 4),
    "team_decision147": lambda p, c: f"{_num(p, 300)}/QĐ-UBND",
    # typhoon support
    "storm_damage147": lambda p, c: _typhoon(p)[0],
    "storm_amount147": lambda p, c: _dotted(_typhoon(p)[1]),
    "storm_fund147": lambda p, c: _pick(p, _VN_FUNDS, 3),
    "storm_signer147": lambda p, c: (
        "" if _num(p, 4) != 1 else _other_vn(p, 5, family=p.family) + " (nhận thay)"
    ),
    # Laos: a national university's roll
    "la_student147": lambda p, c: (
        f"{p.other_date:%y}{_pick(p, ('E', 'B', 'L', 'S'), 2)}{p.bhxh[-5:]}"
    ),
    "la_name147": lambda p, c: _la_name(p),
    "la_sex147": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "la_id147": lambda p, c: _lao_id(p),
    "la_pob147": lambda p, c: _pick(p, _LA_PROVINCES, 3),
    "la_faculty147": lambda p, c: _pick(p, _LA_FACULTIES, 4),
    "la_year147": lambda p, c: f"ປີ {_num(p, 4)}",
    "la_home147": lambda p, c: ", ".join(_LA_PLACES[int(p.bhxh) // 7 % len(_LA_PLACES)]),
    "la_phone147": lambda p, c: _la_phone(p),
    "la_parent147": lambda p, c: f"ທ່ານ {_pick(p, _LA_PARENTS, 5)} {_pick(p, _LA_FAMILY, 2)}",
    "la_parent_phone147": lambda p, c: f"030 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "la_fee147": lambda p, c: _pick(p, _LA_SCHOLARSHIP, 6),
    # Cambodia: a commune's voter list
    "kh_no147": lambda p, c: f"{_num(p, 900)}".translate(_KH_DIGITS),
    "kh_name147": lambda p, c: (
        f"{_pick(p, _KH_FAMILY, 2)} {_by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 1)}"
    ),
    "kh_sex147": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "kh_birth147": lambda p, c: f"{p.birth:%d-%m-%Y}".translate(_KH_DIGITS),
    "kh_id147": lambda p, c: _khmer_id(p),
    "kh_pob147": lambda p, c: _pick(p, _KH_BIRTHPLACES, 3),
    "kh_village147": lambda p, c: _kh_place(p)[0],
    "kh_commune147": lambda p, c: _kh_place(p)[1],
    "kh_district147": lambda p, c: _kh_place(p)[2],
    "kh_station147": lambda p, c: f"{_pick(p, _KH_STATIONS, 4)} ({_num(p, 9) + 1000})",
    "kh_registered147": lambda p, c: f"{p.other_date:%d-%m-%Y}".translate(_KH_DIGITS),
    # Myanmar: SIM registration
    "mm_name147": lambda p, c: _mm_name(p),
    "mm_nrc147": lambda p, c: _nrc(p),
    "mm_father147": lambda p, c: _pick(p, _MM_FATHERS, 3),
    "mm_birth147": lambda p, c: f"{p.birth:%d.%m.%Y}".translate(_MM_DIGITS),
    "mm_sex147": lambda p, c: "ကျား" if p.male else "မ",
    "mm_street147": lambda p, c: _pick(p, _MM_STREETS, 4),
    "mm_township147": lambda p, c: _mm_township(p)[2].split("၊")[0],
    "mm_phone147": lambda p, c: f"{_pick(p, _MM_OPERATORS, 5)}{p.phone[2:10]}",
    "mm_iccid147": lambda p, c: f"8995{_pick(p, ('01', '06', '09'), 6)}{p.bhxh}{p.phone[-3:]}",
    "mm_shop147": lambda p, c: _pick(p, _MM_SHOPS, 7),
    # China: Guangxi border residents' mutual trade
    "gx_name147": lambda p, c: _pick(p, _CN_FAMILY, 2) + _by_sex(p, _CN_GIVEN_M, _CN_GIVEN_F, 3),
    "gx_sex147": lambda p, c: "男" if p.male else "女",
    "gx_ethnic147": lambda p, c: _pick(p, _GX_ETHNIC, 4),
    "gx_birth147": lambda p, c: f"{p.birth.year}年{p.birth.month}月{p.birth.day}日",
    "gx_id147": lambda p, c: _gx_id(p),
    "gx_card147": lambda p, c: f"GX{_gx_place(p)[0][2:4]}{p.bhxh[-8:]}",
    "gx_group147": lambda p, c: _pick(p, _GX_GROUPS, 5),
    "gx_addr147": lambda p, c: _gx_place(p)[1],
    "gx_phone147": lambda p, c: f"1{_pick(p, ('37', '77', '58', '89'), 6)}{p.phone[2:10]}",
    "gx_goods147": lambda p, c: _pick(p, _GX_GOODS, 7),
    "gx_amount147": lambda p, c: f"{(_num(p, 70) + 10) * 105}.00",
    # Thailand: the farmers' register
    "th_pid147": lambda p, c: _thai_pid(p).replace("-", ""),
    "th_title147": lambda p, c: "นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 2),
    "th_given147": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "th_family147": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "th_birth147": lambda p, c: _thai_date(p.birth),
    "th_phone147": lambda p, c: f"0{_pick(p, ('8', '9', '6'), 3)}{p.phone[2:10]}",
    "th_house147": lambda p, c: _th_place(p)[0],
    "th_tambon147": lambda p, c: _th_place(p)[1],
    "th_amphoe147": lambda p, c: _th_place(p)[2],
    "th_changwat147": lambda p, c: _th_place(p)[3],
    "th_crop147": lambda p, c: _pick(p, _TH_CROPS, 4),
    "th_area147": lambda p, c: f"{_num(p, 25)}-{_num(p, 4) - 1}-{_num(p, 99)}",
    "th_deed147": lambda p, c: f"{_pick(p, _TH_DEEDS, 5)} เลขที่ {p.bhxh[-5:]}",
    "th_updated147": lambda p, c: _thai_date(_later(p.other_date, 30), months=True),
}

__all__ = ["WRITERS_BLIND147"]
