"""How the people of the two-hundred-and-fifty-third part of the outside corpus (**blind 253**,
:mod:`lienthong.quality._corpus_blind253`) are written: four Vietnamese files' own columns (a
dragon fruit cooperative's cold store, reverse-osmosis filters handed out where wells hold
arsenic, a ward's shared vegetable garden plots, the volunteer teachers of a charity class) and
Bangladeshi names, places, phones and numbers in the forms a Dhaka city corporation, a Rangamati
deputy commissioner's office, a Sylhet tea estate, a Cox's Bazar camp and a Khulna upazila
fisheries office write them: the NID of 10, 13 or 17 digits, ``01XXXXXXXXX`` phones partly in
Bengali digits, the FCN and the MoHA/UNHCR individual number of Rohingya refugees."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")

# -- Vietnam ------------------------------------------------------------------------------------
_VN_FRUIT = ("Thanh long ruột trắng", "Thanh long ruột đỏ", "Thanh long ruột trắng loại 1")
_VN_CHAMBER = ("Buồng 1", "Buồng 2", "Buồng 3", "Buồng 4 (-5°C)")
_VN_FILTER = ("Karofi KAQ-U95 (RO 9 lõi)", "Kangaroo KG100HA", "Sunhouse SHA76213CK")
_VN_ARSENIC = ("0,08 mg/l", "0,12 mg/l", "0,05 mg/l", "0,21 mg/l", "0,03 mg/l")
_VN_SOURCE = ("Giếng khoan 25m", "Giếng khoan 40m", "Giếng khơi", "Giếng khoan 18m")
_VN_CROPS = ("Rau muống, cải", "Mồng tơi, rau dền", "Xà lách, húng", "Cà chua, ớt", "Bầu bí")
_VN_SUBJECTS = ("Toán lớp 4-5", "Tiếng Việt lớp 1", "Tiếng Anh", "Tin học", "Toán lớp 8-9")
_VN_JOBS = ("Sinh viên ĐH Sư phạm", "Giáo viên nghỉ hưu", "Sinh viên ĐH Bách khoa", "Kỹ sư")
_VN_SESSIONS = ("Tối thứ 2, 4, 6", "Tối thứ 3, 5", "Sáng chủ nhật", "Tối thứ 7")


# -- Bangladesh ---------------------------------------------------------------------------------
_DH_GIVEN_M = ("Md. Rafiqul Islam", "Md. Shahidul Haque", "Kamrul Hasan", "Abdul Karim Sarker")
_DH_GIVEN_F = ("Nasrin Akter", "Shirin Sultana", "Mst. Rokeya Begum", "Farzana Yasmin")
_DH_FATHERS = ("Late Abdul Gafur", "Md. Nurul Amin", "Abul Kalam Azad", "Md. Siddiqur Rahman")
_DH_TRADES = ("Grocery (Mudi Dokan)", "Pharmacy", "Tailoring", "Mobile Servicing", "Restaurant")
_DH_SHOPS = (
    "Rahman Store",
    "Bismillah Pharmacy",
    "Maa Tailors",
    "Nabil Telecom",
    "Hotel Al-Madina",
)
_DH_BIZ = (
    "House 12, Road 7, Sector 10, Uttara",
    "Shop 45, Mirpur-10 Market",
    "Holding 23/A, Kazipara, Mirpur",
    "Gulshan DNCC Market, 2nd floor",
)
_DH_HOMES = (
    "Vill: Char Bhadrasan, PO: Char Bhadrasan, PS: Char Bhadrasan, Dist: Faridpur",
    "House 18, Road 3, Block C, Mirpur-2, Dhaka-1216",
    "Vill: Baroipara, PO: Savar, Upazila: Savar, Dist: Dhaka",
    "Flat 4B, House 9, Road 11, Sector 6, Uttara, Dhaka-1230",
    "Vill: Kalikapur, PO: Bhuapur, Dist: Tangail",
)
_CH_GIVEN_M = ("সুজন চাকমা", "জ্ঞানজ্যোতি চাকমা", "উথোয়াইনু মারমা", "মংসিং মারমা", "অমর তঞ্চঙ্গ্যা")
_CH_GIVEN_F = ("রিনা চাকমা", "সুচিত্রা চাকমা", "মেচিং মারমা", "আপ্রুমা মারমা", "নিশি দেওয়ান")
_CH_FATHERS = ("প্রিয়লাল চাকমা", "বুদ্ধ কুমার চাকমা", "মংথোয়াই মারমা", "উচাথোয়াই মারমা")
_CH_MOTHERS = ("ললিতা চাকমা", "সন্ধ্যা রাণী চাকমা", "মাম্রাচিং মারমা", "নুমে মারমা")
_CH_PEOPLE = ("চাকমা", "চাকমা", "মারমা", "তঞ্চঙ্গ্যা", "মারমা")
_CH_PLACES = (
    ("গ্রাম: তবলছড়ি, ইউনিয়ন: সাপছড়ি, উপজেলা: রাঙ্গামাটি সদর", "৯৯ নং সাপছড়ি মৌজা"),
    ("গ্রাম: বালুখালী, ইউনিয়ন: বালুখালী, উপজেলা: রাঙ্গামাটি সদর", "১০২ নং বালুখালী মৌজা"),
    ("গ্রাম: মগবান, ইউনিয়ন: মগবান, উপজেলা: রাঙ্গামাটি সদর", "১০৫ নং মগবান মৌজা"),
    ("গ্রাম: বরকল বাজার, ইউনিয়ন: বরকল, উপজেলা: বরকল", "১১৭ নং বরকল মৌজা"),
    ("গ্রাম: রাজস্থলী, ইউনিয়ন: গাইন্দ্যা, উপজেলা: রাজস্থলী", "৩২৫ নং গাইন্দ্যা মৌজা"),
)
_CH_HEADMEN = ("শ্রী অনিল চাকমা (হেডম্যান)", "উক্যচিং মারমা (হেডম্যান)", "সুভাষ চাকমা (হেডম্যান)")
_CH_CIRCLE = ("চাকমা সার্কেল", "চাকমা সার্কেল", "বোমাং সার্কেল")
_CH_PURPOSE = ("চাকরির আবেদন", "বিশ্ববিদ্যালয়ে ভর্তি", "পাসপোর্ট", "কোটা সুবিধা", "ব্যাংক ঋণ")
_TE_GIVEN_M = ("রবি বাউরী", "শ্যামল মুন্ডা", "সুনীল কুর্মী", "বিজয় তাঁতী", "রাজু গোয়ালা")
_TE_GIVEN_F = ("সুমিত্রা ভূমিজ", "লক্ষ্মী কুর্মী", "মিনা রবিদাস", "পার্বতী বাউরী", "গীতা মুন্ডা")
_TE_FATHERS = ("মৃত হরিচরণ বাউরী", "গোপাল মুন্ডা", "রামলাল কুর্মী", "সত্য রবিদাস", "বলরাম তাঁতী")
_TE_ESTATES = ("মালনীছড়া চা বাগান", "লাক্কাতুরা চা বাগান", "খাদিম চা বাগান", "তারাপুর চা বাগান")
_TE_SECTIONS = ("Plucking", "Plucking", "Factory", "Nursery", "Pruning", "Spraying")
_TE_STATUS = ("Permanent", "Permanent", "Casual (Faltu)", "Permanent")
_RO_GIVEN_M = ("Mohammed Ayas", "Abul Hashim", "Mohammed Rofique", "Nur Hossain", "Zafar Alam")
_RO_GIVEN_F = ("Nur Kalima", "Rashida Begum", "Setara Begum", "Hasina Khatun", "Minara")
_RO_FATHERS = ("Abdul Shukkur", "Mohammed Ismail", "Nur Ahmed", "Sultan Ahmed", "Lal Miah")
_RO_CAMPS = ("Camp 1E", "Camp 4", "Camp 8W", "Camp 13", "Camp 15", "Camp 18")
_RO_ACTIVITY = ("Drain cleaning", "Shelter repair", "Road maintenance", "Tree planting")
_RO_PARTNERS = ("IOM", "WFP/BRAC", "UNHCR/CARE", "DRC")
_KH_GIVEN_M = ("মোঃ আলমগীর গাজী", "শহিদুল ইসলাম সানা", "নিরাপদ মন্ডল", "আবুল কালাম মোড়ল")
_KH_GIVEN_F = ("মোছাঃ রহিমা খাতুন", "সুচিত্রা মন্ডল", "জাহানারা বেগম", "আলেয়া খাতুন")
_KH_FATHERS = ("মৃত আব্দুল জব্বার গাজী", "গোবিন্দ মন্ডল", "মোঃ ইসমাইল সানা", "আনছার আলী মোড়ল")
_KH_PLACES = (
    "গ্রাম: কালাবগী, ইউনিয়ন: সুতারখালী, উপজেলা: দাকোপ, জেলা: খুলনা",
    "গ্রাম: গোলখালী, ইউনিয়ন: গড়ইখালী, উপজেলা: পাইকগাছা, জেলা: খুলনা",
    "গ্রাম: হরিণখোলা, ইউনিয়ন: উত্তর বেদকাশী, উপজেলা: কয়রা, জেলা: খুলনা",
    "গ্রাম: দক্ষিণ বেদকাশী, ইউনিয়ন: দক্ষিণ বেদকাশী, উপজেলা: কয়রা, জেলা: খুলনা",
)
_KH_GEAR = ("বেহুন্দি জাল", "কাঁকড়া শিকার", "চরঘেরা জাল", "ইলিশ জাল", "মাছের পোনা")
_KH_BOAT = ("ডিঙ্গি নৌকা", "ইঞ্জিন চালিত নৌকা", "নৌকা নেই", "ডিঙ্গি নৌকা")


def _nid(p: Person, district: str) -> str:
    """A Bangladeshi NID as printed: the 10-digit smart card number, the old 13 digits (district,
    RMO, upazila, union, serial) or those 13 behind the year of birth, 17 in all."""
    kind = int(p.bhxh) % 3
    if kind == 0:
        return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}"
    old = f"{district}{p.bhxh}{p.bhxh[3]}"
    return old if kind == 1 else f"{p.birth.year}{old}"


def _bd_mobile(p: Person, bengali: bool | None = None) -> str:
    number = f"01{_pick(p, ('7', '8', '9', '3', '5', '6'), 5)}{p.phone[2:10]}"
    if bengali is None:
        bengali = int(p.bhxh) % 2 == 1
    return number.translate(_BN) if bengali else number


def _fcn(p: Person) -> str:
    return f"FCN-{_pick(p, ('13', '15', '18', '04'), 3)}{p.bhxh[1:7]}"


def _moha(p: Person) -> str:
    return f"{p.bhxh[-3:]}{p.bhxh[:9]}"


WRITERS_BLIND253: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam: dragon fruit cold store
    "fruit253": lambda p, c: _pick(p, _VN_FRUIT, 2),
    "tonnes253": lambda p, c: f"{(20 + _num(p, 300)) * 10:,}".replace(",", "."),
    "chamber253": lambda p, c: _pick(p, _VN_CHAMBER, 3),
    "fee253": lambda p, c: f"{(20 + _num(p, 300)) * 10 * 450:,}".replace(",", "."),
    "days253": lambda p, c: str(10 + _num(p, 35)),
    "member253": lambda p, c: f"XV-{_num(p, 380):03d}",
    # Vietnam: RO filters in arsenic areas
    "filter253": lambda p, c: _pick(p, _VN_FILTER, 2),
    "arsenic253": lambda p, c: _pick(p, _VN_ARSENIC, 3),
    "source253": lambda p, c: _pick(p, _VN_SOURCE, 4),
    "people253": lambda p, c: str(1 + _num(p, 7)),
    "counterpart253": lambda p, c: f"{_pick(p, ('500.000', '1.000.000', '0', '700.000'), 5)}",
    "serial253": lambda p, c: f"KRF{p.bhxh[2:9]}",
    # Vietnam: shared vegetable garden plots
    "plot253": lambda p, c: f"Ô {_pick(p, ('A', 'B', 'C'), 2)}-{_num(p, 48):02d}",
    "plot_area253": lambda p, c: f"{_pick(p, ('6', '8', '10', '12', '15'), 3)} m²",
    "crop253": lambda p, c: _pick(p, _VN_CROPS, 4),
    "rent253": lambda p, c: _pick(p, ("150.000", "200.000", "250.000", "300.000"), 5),
    "group253": lambda p, c: f"Tổ dân phố {1 + _num(p, 14)}",
    # Vietnam: charity class volunteer teachers
    "subject253": lambda p, c: _pick(p, _VN_SUBJECTS, 2),
    "job253": lambda p, c: _pick(p, _VN_JOBS, 3),
    "session253": lambda p, c: _pick(p, _VN_SESSIONS, 4),
    "pupils253": lambda p, c: str(6 + _num(p, 20)),
    "coordinator253": lambda p, c: _other_vn(p, 6),
    "coord_phone253": lambda p, c: _other_phone(p, "08"),
    # Bangladesh: Dhaka North City Corporation trade licences
    "dh_name253": lambda p, c: _by_sex(p, _DH_GIVEN_M, _DH_GIVEN_F, 1),
    "dh_father253": lambda p, c: _pick(p, _DH_FATHERS, 2),
    "dh_nid253": lambda p, c: _nid(p, "26"),
    "dh_phone253": lambda p, c: _bd_mobile(p, False),
    "dh_home253": lambda p, c: _pick(p, _DH_HOMES, 3),
    "dh_licence253": lambda p, c: f"TRAD/DNCC/{p.bhxh[3:9]}/{p.other_date.year}",
    "dh_shop253": lambda p, c: _pick(p, _DH_SHOPS, 4),
    "dh_trade253": lambda p, c: _pick(p, _DH_TRADES, 4),
    "dh_biz253": lambda p, c: _pick(p, _DH_BIZ, 5),
    "dh_ward253": lambda p, c: f"Ward-{1 + _num(p, 54):02d}",
    "dh_zone253": lambda p, c: f"Zone-{1 + _num(p, 9)}",
    "dh_fee253": lambda p, c: f"{_pick(p, ('1,500', '2,000', '3,000', '5,000'), 6)}.00",
    "dh_sex253": lambda p, c: "Male" if p.male else "Female",
    # Bangladesh: Rangamati permanent resident certificates
    "ch_name253": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 1),
    "ch_father253": lambda p, c: _pick(p, _CH_FATHERS, 2),
    "ch_mother253": lambda p, c: _pick(p, _CH_MOTHERS, 3),
    "ch_people253": lambda p, c: _pick(p, _CH_PEOPLE, 1),
    "ch_nid253": lambda p, c: _nid(p, "84"),
    "ch_home253": lambda p, c: _CH_PLACES[int(p.bhxh) // 7 % len(_CH_PLACES)][0],
    "ch_mouza253": lambda p, c: _CH_PLACES[int(p.bhxh) // 7 % len(_CH_PLACES)][1],
    "ch_headman253": lambda p, c: _pick(p, _CH_HEADMEN, 4),
    "ch_circle253": lambda p, c: _pick(p, _CH_CIRCLE, 5),
    "ch_phone253": lambda p, c: _bd_mobile(p),
    "ch_cert253": lambda p, c: f"রাঙ্গা/স্থা:বা:/{p.bhxh[4:8]}".translate(_BN),
    "ch_purpose253": lambda p, c: _pick(p, _CH_PURPOSE, 6),
    "ch_sex253": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    # Bangladesh: Sylhet tea estate workers
    "te_name253": lambda p, c: _by_sex(p, _TE_GIVEN_M, _TE_GIVEN_F, 1),
    "te_father253": lambda p, c: _pick(p, _TE_FATHERS, 2),
    "te_nid253": lambda p, c: _nid(p, "91"),
    "te_phone253": lambda p, c: _bd_mobile(p),
    "te_home253": lambda p, c: (
        f"{1 + _num(p, 14)} নং লাইন, {_pick(p, _TE_ESTATES, 3)}, সিলেট সদর, সিলেট".translate(_BN)
    ),
    "te_worker253": lambda p, c: f"MNC/{p.bhxh[5:9]}",
    "te_section253": lambda p, c: _pick(p, _TE_SECTIONS, 4),
    "te_status253": lambda p, c: _pick(p, _TE_STATUS, 5),
    "te_wage253": lambda p, c: _pick(p, ("178.50", "178.50", "170.00", "185.00"), 6),
    "te_ration253": lambda p, c: f"{_pick(p, ('3.26', '2.45', '1.63'), 2)} kg",
    "te_sex253": lambda p, c: "M" if p.male else "F",
    # Bangladesh: Cox's Bazar camp cash-for-work
    "ro_name253": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1),
    "ro_father253": lambda p, c: _pick(p, _RO_FATHERS, 2),
    "ro_fcn253": lambda p, c: _fcn(p),
    "ro_moha253": lambda p, c: _moha(p),
    "ro_shelter253": lambda p, c: (
        f"{_pick(p, _RO_CAMPS, 3)}, Block {_pick(p, ('A', 'B', 'C', 'D', 'E'), 4)}-"
        f"{1 + _num(p, 9)}, Shelter {_num(p, 400)}"
    ),
    "ro_phone253": lambda p, c: _bd_mobile(p, False),
    "ro_activity253": lambda p, c: _pick(p, _RO_ACTIVITY, 5),
    "ro_days253": lambda p, c: str(5 + _num(p, 10)),
    "ro_amount253": lambda p, c: f"{(5 + _num(p, 10)) * 450}",
    "ro_partner253": lambda p, c: _pick(p, _RO_PARTNERS, 6),
    "ro_sex253": lambda p, c: "M" if p.male else "F",
    # Bangladesh: Khulna fishers' registration and VGF rice
    "kh_name253": lambda p, c: _by_sex(p, _KH_GIVEN_M, _KH_GIVEN_F, 1),
    "kh_father253": lambda p, c: _pick(p, _KH_FATHERS, 2),
    "kh_nid253": lambda p, c: _nid(p, "47"),
    "kh_phone253": lambda p, c: _bd_mobile(p, True),
    "kh_home253": lambda p, c: _pick(p, _KH_PLACES, 3),
    "kh_card253": lambda p, c: f"৪৭{p.bhxh[:3]}{p.bhxh[5:]}".translate(_BN),
    "kh_gear253": lambda p, c: _pick(p, _KH_GEAR, 4),
    "kh_boat253": lambda p, c: _pick(p, _KH_BOAT, 5),
    "kh_blc253": lambda p, c: f"বিএলসি-{p.bhxh[6:]}".translate(_BN),
    "kh_rice253": lambda p, c: _pick(p, ("৪০", "৪০", "৮৬", "৫৬"), 6),
    "kh_sex253": lambda p, c: "পুরুষ" if p.male else "মহিলা",
}
