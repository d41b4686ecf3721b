"""How the people of the two-hundred-and-seventy-ninth part of the outside corpus (**blind 279**,
:mod:`lienthong.quality._corpus_blind279`) are written: four Vietnamese files' own columns (a
journalist's paper and press card at a People's Council session, a carer's home-based childcare
group, a worker overstaying in Korea and the relative who signs for them, a parade marcher's
block and sizes) and Nigerian names, places, phones and numbers in the forms the north, the
south-west, the south-east and the Niger Delta write them (the NIN and BVN are eleven digits with
no public check; the voter's VIN is nineteen characters; the NUBAN account number ends in the
CBN's 3-7-3 check digit; phones as 080x, 081x or +234)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind57_writers import _nin
from lienthong.quality._corpus_blind87_writers import _NG_PREFIXES
from lienthong.quality._corpus_blind121_writers import _NG_FAMILY, _NG_GIVEN_F, _NG_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ------------------------------------------------------------------------------------
_VN_PRESS = (
    "Báo Nhân Dân",
    "Báo Thanh Niên",
    "Đài PT-TH tỉnh",
    "Báo Tuổi Trẻ",
    "TTXVN - CQTT khu vực",
    "Báo Đại biểu Nhân dân",
    "Báo và PT-TH tỉnh",
)
_VN_PRESS_TITLE = ("Phóng viên", "Biên tập viên", "Quay phim", "Kỹ thuật viên", "PV ảnh")
_VN_SESSION = ("Kỳ họp thứ 5 - khai mạc", "Phiên chất vấn", "Phiên bế mạc", "Cả kỳ họp")
_VN_GEAR = ("Máy ảnh, laptop", "Máy quay, chân máy", "Điện thoại, máy ghi âm", "Flycam (xin riêng)")
_VN_CONFIRM = ("Đã cấp thẻ tác nghiệp", "Chờ bổ sung giấy giới thiệu", "Đã cấp thẻ tác nghiệp")
_VN_GROUPS = (
    ("Nhóm trẻ Hoa Sen", "Số 14 đường DX 06, khu phố 3, Phường Thuận Giao, TP. Hồ Chí Minh"),
    ("Nhóm trẻ Búp Bê", "Lô C12 KDC Việt Sing, Phường An Phú, TP. Hồ Chí Minh"),
    ("Lớp MG độc lập Tuổi Thơ", "45/2 ĐT 743, Phường Bình Hòa, TP. Hồ Chí Minh"),
    ("Nhóm trẻ Thỏ Ngọc", "Dãy trọ Ba Thành, khu phố Bình Đức, Phường Lái Thiêu, TP. HCM"),
    ("Nhóm trẻ Bé Yêu", "88 Nguyễn Thị Minh Khai, Phường Dĩ An, TP. Hồ Chí Minh"),
)
_VN_SCHOOLING = ("12/12", "9/12", "12/12", "10/10 (hệ cũ)", "Trung cấp")
_VN_RESULT = ("Hoàn thành", "Hoàn thành", "Không hoàn thành - học lại", "Hoàn thành", "Vắng")
_VN_VISA = ("E-9 (EPS)", "E-9 (EPS)", "E-8 (thời vụ)", "E-10 (thuyền viên)", "C-3 (du lịch)")
_VN_OVERSTAY = (
    "Bỏ nơi làm việc, cư trú bất hợp pháp",
    "Hết hạn HĐ chưa về nước",
    "Gia đình cam kết vận động về trước 31/12",
    "Đã về nước",
    "Chưa liên lạc được",
)
_VN_KIN_M = ("Bố", "Mẹ", "Vợ", "Anh trai")
_VN_KIN_F = ("Bố", "Mẹ", "Chồng", "Chị gái")
_VN_DEPOSIT = ("100.000.000", "Không ký quỹ", "50.000.000", "100.000.000")
_VN_MEMBER = ("Đoàn viên", "Đảng viên", "Hội viên Hội LHPN", "Đoàn viên", "Quần chúng")
_VN_BLOCK = ("Khối Thanh niên", "Khối Phụ nữ", "Khối Công nhân", "Khối Thể thao", "Khối Dân tộc")
_VN_WORK = (
    "Trường ĐH Bách khoa - ĐHQG TP.HCM",
    "Công ty TNHH Pouyuen VN",
    "UBND Phường Sài Gòn",
    "Trường THPT Lê Quý Đôn",
    "Tự do",
)
_VN_SCREEN = ("Đạt", "Đạt", "Đạt", "Chờ xác minh nơi cư trú")

# -- Nigeria ------------------------------------------------------------------------------------
_KN_PLACES = (
    ("Sharada", "Birni"),
    ("Fagge", "Fagge"),
    ("Gwale", "Gwale"),
    ("Dala", "Dala"),
    ("Kofar Mata", "Kano Municipal"),
    ("Sabon Gari", "Fagge"),
    ("Tudun Wada", "Nassarawa"),
)
_ZAKAT_CAT = ("Faƙiri", "Miskini", "Gajiyayye", "Mai bashi (Gharimi)", "Matafiyi", "Marayu")
_ZAKAT_ITEM = ("Hatsi buhu 2", "Kuɗi ₦20,000", "Shinkafa buhu 1", "Kuɗi ₦15,000 da Masara")
_MAI_UNGUWA = ("Malam Sani Danladi", "Alhaji Garba Yakasai", "Malam Idris Kurawa", "Hajiya Binta")
_KD_PLACES = (
    ("No. 14 Kabala Costain Road, Kabala Doki", "Kaduna South"),
    ("Gida 22 Layin Sarki, Tudun Wada", "Kaduna South"),
    ("No. 7 Ahmadu Bello Way, Unguwan Sarki", "Kaduna North"),
    ("Gida 3 Titin Kasuwa, Rigasa", "Igabi"),
    ("No. 51 Sabon Tasha Road, Sabon Tasha", "Chikun"),
    ("Gida 9 Layin Masallaci, Zaria City", "Zaria"),
)
_KD_PLATE = ("KDA", "KRD", "JJT", "ZAR", "KCH", "MKA")
_KD_BRANCH = ("Reshen Kawo", "Reshen Central Market", "Reshen Rigasa", "Reshen Sabon Tasha")
_YO_FAMILY = ("Adeyemi", "Ogunleye", "Akinola", "Oladipo", "Adebayo", "Ojo", "Ayinde", "Olaniyan")
_YO_GIVEN_M = ("Olúwaṣeun", "Babátúndé", "Adéwálé", "Kẹ́hìndé", "Ọláòlúwa", "Akínwùmí")
_YO_GIVEN_F = ("Adérónkẹ́", "Folásadé", "Títílayọ̀", "Morẹ́nikẹ́", "Olúwakẹ́mi", "Bọ́lánlé")
_YO_PLACES = (
    ("12, Adebayo Street, Bodija Estate, Ibadan", "Ibadan North"),
    ("Ile 4, Oja Oba Road, Mapo, Ibadan", "Ibadan South-East"),
    ("27, Ring Road, Challenge, Ibadan", "Ibadan South-West"),
    ("Plot 9, Moniya-Iseyin Road, Moniya", "Akinyele"),
    ("15B, Sango-Eleyele Road, Sango, Ibadan", "Ibadan North"),
    ("3, Olorunsogo Close, Oluyole Estate, Ibadan", "Oluyole"),
)
_YO_MARKET = ("Ọjà Bódìjà", "Ọjà Ọba Mápó", "Ọjà Dùgbẹ̀", "Ọjà Ọ̀jé")
_YO_GOODS = ("Ata àti tòmátì", "Ẹ̀wà àti gààrí", "Aṣọ òkè", "Ẹran", "Iṣu", "Ohun èlò ilé")
_YO_LEADER = ("Alhaja Ṣadia Adébáyọ̀", "Ìyá Mọ́ládé Oyèwọlé", "Bàbá Raufu Àlàdé")
_IG_FAMILY = ("Okafor", "Nwosu", "Eze", "Okeke", "Obi", "Chukwu", "Nnamdi", "Ezeh", "Anyanwu")
_IG_GIVEN_M = ("Chukwuemeka", "Ikenna", "Obinna", "Chinedu", "Ifeanyi", "Nnaemeka", "Kenechukwu")
_IG_GIVEN_F = ("Chiamaka", "Ngozi", "Adaeze", "Ifeoma", "Nkechi", "Chinyere", "Ugochi")
_IG_TOWNS = (
    ("Nnewi", "Anambra"),
    ("Ihiala", "Anambra"),
    ("Orlu", "Imo"),
    ("Nsukka", "Enugu"),
    ("Awka-Etiti", "Anambra"),
    ("Abakaliki", "Ebonyi"),
)
_IG_HOMES = (
    "No. 5 Iweka Road, Onitsha, Anambra State",
    "12 Venn Road South, Fegge, Onitsha",
    "Flat 3, 7 Old Market Road, Onitsha",
    "21 Zik Avenue, Uwani, Enugu",
    "14 Ogui Road, Enugu, Enugu State",
    "9 Modebe Avenue, GRA, Onitsha",
)
_IG_LINES = (
    "Main Market, Line 4 (Textiles)",
    "Ochanja Market, Shop B17",
    "Main Market, Electrical Line",
    "Bridge Head Market, Drugs Line",
    "Ogbe Ogonogo, Shoes Line",
)
_ND_FAMILY = ("Tonye", "Ebiakpo", "Ogbomo", "Ayiba", "Preye", "Douye", "Oweikeye", "Timipre")
_ND_SURNAME = ("Alamieyeseigha", "Ebikeme", "Okpako", "Dagogo", "Amakiri", "Ekiyor", "Boroh")
_ND_GIVEN_M = ("Tamuno", "Ebikabowei", "Ineye", "Tompolo", "Boma", "Ebiowei")
_ND_GIVEN_F = ("Ebiere", "Preye", "Tarila", "Ibiba", "Ayibanimi", "Boloere")
_ND_PLACES = (
    ("Bayelsa", "Southern Ijaw", "Oporoma"),
    ("Bayelsa", "Yenagoa", "Ekeki"),
    ("Rivers", "Okrika", "Ogoloma"),
    ("Rivers", "Port Harcourt", "Diobu"),
    ("Delta", "Warri South-West", "Ogbe-Ijoh"),
    ("Delta", "Burutu", "Forcados"),
    ("Akwa Ibom", "Eastern Obolo", "Iko"),
)
_ND_CAMP = ("Camp 5 (Gbaramatu)", "Okerenkoko Camp", "Camp Iroko", "Oporoma Creek", "Soku Camp")
_ND_BANKS = (
    ("044", "Access Bank"),
    ("011", "First Bank"),
    ("057", "Zenith Bank"),
    ("033", "UBA"),
    ("058", "GTBank"),
    ("070", "Fidelity Bank"),
)
_ND_TRAINING = ("Welding & Fabrication", "Marine Engineering", "Catering", "ICT", "Agric (Fish)")


def _at(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 11 % len(places)]


def _ng_tail(p: Person, salt: int = 0) -> tuple[str, str]:
    """A Nigerian mobile number's prefix (0803, 0813…) and its seven other digits."""
    digits = p.phone[3:10] if salt == 0 else p.bhxh[::-1][:7]
    return _pick(p, _NG_PREFIXES, salt + 3), digits


def _ng_plain(p: Person, salt: int = 0) -> str:
    head, tail = _ng_tail(p, salt)
    return f"{head}{tail}"


def _ng_intl(p: Person, spaced: bool) -> str:
    head, tail = _ng_tail(p)
    if spaced:
        return f"+234 {head[1:]} {tail[:3]} {tail[3:]}"
    return f"+234{head[1:]}{tail}"


def _bvn(p: Person) -> str:
    """A BVN: eleven digits beginning 22, with no public check."""
    return f"22{p.bhxh[::-1][:9]}"


def _vin(p: Person) -> str:
    """An INEC voter identification number: nineteen letters and digits, as on the PVC."""
    d = p.bhxh
    return f"90F{d[:4]}{'ABCDEF'[int(d[4]) % 6]}{d[5:9]}{'ABCDEF'[int(d[9]) % 6]}{p.phone[3:9]}"


def _nuban(p: Person) -> str:
    """A ten-digit NUBAN: nine serial digits and the CBN check over bank code and serial."""
    code = _at(p, _ND_BANKS)[0]
    serial = p.bhxh[1:10]
    total = sum(int(ch) * (3, 7, 3)[i % 3] for i, ch in enumerate(code + serial))
    return f"{serial}{(10 - total % 10) % 10}"


def _hausa_name(p: Person) -> str:
    return f"{_by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1)} {_pick(p, _NG_FAMILY, 2)}"


def _overstay_end(p: Person) -> str:
    return f"{_shift_date(p.other_date, 3):%d/%m/%Y}"


def _since(p: Person) -> date:
    return _shift_date(p.other_date, -(1 + _num(p, 4)))


WRITERS_BLIND279: dict[str, Callable[[Person, Col], object]] = {
    "press279": lambda p, c: _pick(p, _VN_PRESS, 2),
    "title279": lambda p, c: _pick(p, _VN_PRESS_TITLE, 3),
    "pressno279": lambda p, c: p.bhxh[-6:],
    "session279": lambda p, c: _pick(p, _VN_SESSION, 4),
    "gear279": lambda p, c: _pick(p, _VN_GEAR, 5),
    "editor279": lambda p, c: _other_vn(p, 3),
    "confirm279": lambda p, c: _pick(p, _VN_CONFIRM, 6),
    "schooling279": lambda p, c: _pick(p, _VN_SCHOOLING, 2),
    "group279": lambda p, c: _at(p, _VN_GROUPS)[0],
    "group_addr279": lambda p, c: _at(p, _VN_GROUPS)[1],
    "owner279": lambda p, c: _other_vn(p, 4, False),
    "kids279": lambda p, c: str(8 + _num(p, 20)),
    "gcn279": lambda p, c: f"{_num(p, 900) + 100}/GCN-VHXH",
    "result279": lambda p, c: _pick(p, _VN_RESULT, 3),
    "visa279": lambda p, c: _pick(p, _VN_VISA, 2),
    "expiry279": lambda p, c: _overstay_end(p),
    "overstay279": lambda p, c: _pick(p, _VN_OVERSTAY, 3),
    "kin279": lambda p, c: _other_vn(p, 5),
    "kinrel279": lambda p, c: _by_sex(p, _VN_KIN_M, _VN_KIN_F, 4),
    "kinphone279": lambda p, c: _other_phone(p, "098"),
    "deposit279": lambda p, c: _pick(p, _VN_DEPOSIT, 5),
    "member279": lambda p, c: _pick(p, _VN_MEMBER, 2),
    "block279": lambda p, c: _pick(p, _VN_BLOCK, 3),
    "height279": lambda p, c: str(150 + _num(p, 30)),
    "size279": lambda p, c: _pick(p, ("S", "M", "L", "XL", "M"), 4),
    "shoe279": lambda p, c: str(36 + _num(p, 8)),
    "work279": lambda p, c: _pick(p, _VN_WORK, 5),
    "leader279": lambda p, c: _other_vn(p, 6),
    "screen279": lambda p, c: _pick(p, _VN_SCREEN, 7),
    # Kano: a zakat committee's list, Hausa and Ajami headers
    "nin_kn279": lambda p, c: _nin(p),
    "ha_name279": lambda p, c: _hausa_name(p),
    "ha_father279": lambda p, c: f"Malam {_pick(p, _NG_GIVEN_M, 5)}",
    "sex_kn279": lambda p, c: "Namiji" if p.male else "Mace",
    "unguwa279": lambda p, c: _at(p, _KN_PLACES)[0],
    "lga_kn279": lambda p, c: _at(p, _KN_PLACES)[1],
    "phone_kn279": lambda p, c: _ng_plain(p),
    "zakat_cat279": lambda p, c: _pick(p, _ZAKAT_CAT, 3),
    "zakat_item279": lambda p, c: _pick(p, _ZAKAT_ITEM, 4),
    "mai_unguwa279": lambda p, c: _pick(p, _MAI_UNGUWA, 6),
    # Kaduna: a tricycle (Keke NAPEP) riders' union register
    "kd_given279": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 2),
    "kd_family279": lambda p, c: _pick(p, _NG_FAMILY, 3),
    "sex_kd279": lambda p, c: "M" if p.male else "F",
    "nin_kd279": lambda p, c: _nin(p),
    "bvn_kd279": lambda p, c: _bvn(p),
    "addr_kd279": lambda p, c: f"{_at(p, _KD_PLACES)[0]}, Kaduna",
    "lga_kd279": lambda p, c: _at(p, _KD_PLACES)[1],
    "phone_kd279": lambda p, c: f"{_ng_tail(p)[0]}-{_ng_tail(p)[1][:3]}-{_ng_tail(p)[1][3:]}",
    "plate_kd279": lambda p, c: f"{_pick(p, _KD_PLATE, 4)} {p.bhxh[-3:]} {'QXZ'[_num(p, 3) - 1]}A",
    "engine_kd279": lambda p, c: f"TVS{p.bhxh[:7]}K",
    "branch_kd279": lambda p, c: _pick(p, _KD_BRANCH, 5),
    "guarantor_kd279": lambda p, c: f"Alh. {_pick(p, _NG_GIVEN_M, 6)} {_pick(p, _NG_FAMILY, 7)}",
    "gphone_kd279": lambda p, c: _ng_plain(p, 1),
    # Ibadan: a market association's register, Yoruba headers
    "yo_family279": lambda p, c: _pick(p, _YO_FAMILY, 2),
    "yo_given279": lambda p, c: _by_sex(p, _YO_GIVEN_M, _YO_GIVEN_F, 1),
    "sex_yo279": lambda p, c: "Akọ" if p.male else "Abo",
    "nin_yo279": lambda p, c: _nin(p),
    "addr_yo279": lambda p, c: _at(p, _YO_PLACES)[0],
    "lga_yo279": lambda p, c: _at(p, _YO_PLACES)[1],
    "phone_yo279": lambda p, c: _ng_intl(p, True),
    "market_yo279": lambda p, c: _pick(p, _YO_MARKET, 3),
    "shop_yo279": lambda p, c: f"{'ABCD'[_num(p, 4) - 1]}/{_num(p, 300) + 1}",
    "goods_yo279": lambda p, c: _pick(p, _YO_GOODS, 4),
    "leader_yo279": lambda p, c: _pick(p, _YO_LEADER, 5),
    "dues_yo279": lambda p, c: f"{(_num(p, 5) + 1) * 500:,}",
    # Onitsha: an apprentices' (igba boi) register, Igbo headers
    "ig_name279": lambda p, c: (
        f"{_by_sex(p, _IG_GIVEN_M, _IG_GIVEN_F, 1)} {_pick(p, _IG_FAMILY, 2)}"
    ),
    "sex_ig279": lambda p, c: "Nwoke" if p.male else "Nwaanyị",
    "nin_ig279": lambda p, c: _nin(p),
    "ig_town279": lambda p, c: _at(p, _IG_TOWNS)[0],
    "ig_state279": lambda p, c: _at(p, _IG_TOWNS)[1],
    "addr_ig279": lambda p, c: _pick(p, _IG_HOMES, 3),
    "phone_ig279": lambda p, c: _ng_plain(p),
    "oga279": lambda p, c: f"Chief {_pick(p, _IG_GIVEN_M, 4)} {_pick(p, _IG_FAMILY, 5)}",
    "oga_phone279": lambda p, c: _ng_plain(p, 1),
    "line279": lambda p, c: _pick(p, _IG_LINES, 6),
    "start279": lambda p, c: f"{_since(p):%d/%m/%Y}",
    "years279": lambda p, c: str(5 + _num(p, 3)),
    "settle279": lambda p, c: f"{(_num(p, 8) + 2) * 500_000:,}",
    # Niger Delta: an amnesty programme's stipend verification list
    "pap279": lambda p, c: f"PAP/{_at(p, _ND_PLACES)[0][:2].upper()}/{p.bhxh[-6:]}",
    "nd_family279": lambda p, c: _pick(p, _ND_SURNAME + _ND_FAMILY, 2),
    "nd_given279": lambda p, c: _by_sex(p, _ND_GIVEN_M, _ND_GIVEN_F, 1),
    "sex_nd279": lambda p, c: "Male" if p.male else "Female",
    "nin_nd279": lambda p, c: _nin(p),
    "bvn_nd279": lambda p, c: _bvn(p),
    "vin_nd279": lambda p, c: _vin(p),
    "phone_nd279": lambda p, c: _ng_intl(p, False) if int(p.bhxh) % 3 else _ng_plain(p),
    "state_nd279": lambda p, c: _at(p, _ND_PLACES)[0],
    "lga_nd279": lambda p, c: _at(p, _ND_PLACES)[1],
    "community_nd279": lambda p, c: _at(p, _ND_PLACES)[2],
    "camp_nd279": lambda p, c: _pick(p, _ND_CAMP, 3),
    "bank_nd279": lambda p, c: _at(p, _ND_BANKS)[1],
    "nuban_nd279": lambda p, c: _nuban(p),
    "stipend_nd279": lambda p, c: "65,000.00",
    "training_nd279": lambda p, c: _pick(p, _ND_TRAINING, 4),
}
