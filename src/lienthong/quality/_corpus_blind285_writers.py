"""How the people of the two-hundred-eighty-fifth part of the outside corpus (**blind 285**,
:mod:`lienthong.quality._corpus_blind285`) are written: four Vietnamese files' own columns (an
opinion on the 2025 draft amendment of the Constitution, a free yearly health check's results,
a pension moved to a bank account, a retired teachers' association's dues) and names, addresses,
phones and documents of western India as their forms show them: the Aadhaar with its Verhoeff
digit, the PAN whose fifth letter is the surname's initial, the ration card, the voter EPIC, the
Rajasthan Jan Aadhaar, a Goan canoe's registration, names in Devanagari, Gujarati or Latin
script, PIN codes that agree with the address."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ARTICLES = (
    "Điều 9 (MTTQ Việt Nam)",
    "Điều 84 (quyền trình dự án luật)",
    "Điều 110 (đơn vị hành chính 2 cấp)",
    "Điều 111 (chính quyền địa phương)",
    "Điều 112",
    "Điều 114 (HĐND cấp xã)",
)
_VN_OPINIONS = (
    "Nhất trí với dự thảo",
    "Đề nghị làm rõ nhiệm vụ của UBND cấp xã sau khi bỏ cấp huyện",
    "Nhất trí, đề nghị bổ sung quy định về tổ dân phố",
    "Đề nghị giữ tên gọi cũ của phường trong giấy tờ",
    "Không có ý kiến khác",
)
_VN_FORMS = ("Phiếu lấy ý kiến", "Qua VNeID", "Hội nghị TDP", "Phiếu lấy ý kiến")
_VN_JOBS = ("Hưu trí", "Buôn bán", "Công nhân", "Nội trợ", "Giáo viên", "Lao động tự do")
_VN_BP = ("120/80", "135/85", "145/90", "110/70", "160/95", "125/80")
_VN_HEALTH_CLASS = ("Loại I", "Loại II", "Loại II", "Loại III", "Loại IV")
_VN_REFER = ("", "", "Chuyển BV quận khám tim mạch", "", "Hẹn tái khám 3 tháng")
_VN_REGIMES = ("Hưu trí", "Hưu trí", "Mất sức lao động", "Tuất hằng tháng", "TNLĐ-BNN")
_VN_PAYPOINTS = ("Điểm chi Bưu điện phường", "Nhà văn hóa khu phố 3", "Bưu cục Chợ Lớn")
_VN_BANKS: tuple[tuple[str, ...], ...] = (
    ("Agribank", "CN Chợ Lớn"),
    ("Vietcombank", "CN Tân Định"),
    ("BIDV", "CN Gia Định"),
    ("VietinBank", "CN 10"),
    ("LPBank", "PGD Phú Nhuận"),
)
_VN_SCHOOLS = (
    "Trường THCS Lê Quý Đôn",
    "Trường Tiểu học Nguyễn Bỉnh Khiêm",
    "Trường THPT Marie Curie",
    "Trường MN Hoa Sen",
    "Phòng GD&ĐT Quận 3 (cũ)",
)
_VN_TITLES = ("Giáo viên", "Tổ trưởng CM", "Phó Hiệu trưởng", "Hiệu trưởng", "Nhân viên TV")

_AADHAAR_LEAD = "23456789"
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

_MH_GIVEN_M = ("सुनील", "महेश", "संजय", "विठ्ठल", "गणेश", "प्रकाश", "दत्तात्रय")
_MH_GIVEN_F = ("सुनिता", "मंगल", "शोभा", "अश्विनी", "लता", "रेखा", "सविता")
_MH_FATHER = ("रामचंद्र", "बाळासाहेब", "शंकर", "पांडुरंग", "नामदेव", "तुकाराम")
_MH_FAMILY = ("पाटील", "जाधव", "कुलकर्णी", "शिंदे", "पवार", "देशमुख", "गायकवाड", "भोसले")
#: (address, district, PIN) in Marathi
_MH_PLACES = (
    ("घर क्र. १२, शिवाजी नगर, हडपसर", "पुणे", "411028"),
    ("मु. पो. वडगाव, ता. मावळ", "पुणे", "412106"),
    ("प्लॉट ४५, गणेश कॉलनी, सिडको", "छत्रपती संभाजीनगर", "431003"),
    ("मु. पो. कोरेगाव, ता. कोरेगाव", "सातारा", "415501"),
    ("फ्लॅट ७, साईकृपा सोसायटी, गंगापूर रोड", "नाशिक", "422013"),
    ("मु. पो. आष्टा, ता. वाळवा", "सांगली", "416301"),
)
_MH_HOSPITALS = (
    "ससून सर्वोपचार रुग्णालय, पुणे",
    "दीनानाथ मंगेशकर रुग्णालय, पुणे",
    "जिल्हा रुग्णालय, सातारा",
    "घाटी रुग्णालय, छत्रपती संभाजीनगर",
)
_MH_PROCEDURES = (
    "अँजिओप्लास्टी",
    "गुडघा प्रत्यारोपण",
    "डायलिसिस",
    "मोतीबिंदू शस्त्रक्रिया",
    "सिझेरियन प्रसूती",
    "कर्करोग केमोथेरपी",
)
_MH_RC_COLOUR = ("पिवळी", "केशरी", "केशरी", "पांढरी", "अंत्योदय")

_GJ_GIVEN_M = ("રમેશભાઈ", "જયેશભાઈ", "કિશોરભાઈ", "ભરતભાઈ", "હસમુખભાઈ", "અરવિંદભાઈ")
_GJ_GIVEN_F = ("ગીતાબેન", "હંસાબેન", "નીતાબેન", "મંજુલાબેન", "ભાવનાબેન", "શારદાબેન")
_GJ_FATHER = ("મગનભાઈ", "રણછોડભાઈ", "નટવરલાલ", "ઈશ્વરભાઈ", "શંકરભાઈ", "ગોવિંદભાઈ")
_GJ_FAMILY = ("પટેલ", "ચૌધરી", "દેસાઈ", "પરમાર", "ઠાકોર", "રબારી", "સોલંકી")
#: (village, taluka, district, PIN, society) in Gujarati
_GJ_PLACES = (
    ("કરમસદ", "આણંદ", "આણંદ", "388325", "કરમસદ દૂધ ઉત્પાદક સહકારી મંડળી લિ."),
    ("ઓડ", "ઉમરેઠ", "આણંદ", "388210", "ઓડ દૂધ ઉત્પાદક સહકારી મંડળી લિ."),
    ("ઐઠોર", "ઊંઝા", "મહેસાણા", "384170", "ઐઠોર દૂધ ઉત્પાદક સહકારી મંડળી લિ."),
    ("વડનગર", "વડનગર", "મહેસાણા", "384355", "વડનગર દૂધ ઉત્પાદક સહકારી મંડળી લિ."),
    ("ભીલડી", "ડીસા", "બનાસકાંઠા", "385530", "ભીલડી દૂધ ઉત્પાદક સહકારી મંડળી લિ."),
)
_GJ_ANIMALS = ("ગાય ૨", "ભેંસ ૩", "ગાય ૧, ભેંસ ૨", "ભેંસ ૧", "ગાય ૪")

_GOA_GIVEN_M = ("Santan", "Agnelo", "Francis Xavier", "Rosario", "Caetano", "Joaquim")
_GOA_GIVEN_F = ("Maria Fatima", "Ana Rita", "Filomena", "Conceição", "Anita", "Rosy")
_GOA_FAMILY: tuple[str, ...] = ("Fernandes", "Rodrigues", "D'Souza", "Pereira", "Colaco")
_GOA_FAMILY += ("Barreto", "Mascarenhas", "Gonsalves", "Vaz", "Dias")
#: (house, village, taluka, PIN, taluka code for the canoe) in Goa
_GOA_PLACES = (
    ("H.No. 245, Vaddo Dando", "Benaulim", "Salcete", "403716", "MO"),
    ("H.No. 1/87, Ranvaddo", "Colva", "Salcete", "403708", "MO"),
    ("H.No. 312, Tollebhat", "Betul", "Quepem", "403723", "CU"),
    ("H.No. 56, Chapora Vaddo", "Anjuna", "Bardez", "403509", "PJ"),
    ("H.No. 9, Tar Vaddo", "Siolim", "Bardez", "403517", "PJ"),
    ("H.No. 140, Temb Vaddo", "Morjim", "Pernem", "403512", "CH"),
)
_GOA_OBM = ("Yamaha 9.9 HP", "Suzuki 15 HP", "Yamaha Enduro 40 HP", "Mercury 25 HP")
_GOA_OFFICERS = ("Shri. S. Naik, FO", "Smt. P. Gaonkar, AFO", "Shri. R. Kamat, FO")

_RJ_GIVEN_M = ("रामेश्वर", "सुरेश कुमार", "महेंद्र सिंह", "भंवरलाल", "ओमप्रकाश", "गोपाल")
_RJ_GIVEN_F = ("सुनीता", "कमला देवी", "संतोष देवी", "मीना", "गीता देवी", "पूजा")
_RJ_FAMILY = ("शर्मा", "चौधरी", "मीणा", "राठौड़", "गुर्जर", "सैनी", "जाट")
_RJ_FATHER = ("श्री मोहनलाल", "श्री रामनारायण", "श्री कजोड़मल", "श्री हरिराम", "श्री भैरूलाल")
#: (address, district, PIN) in Hindi
_RJ_PLACES = (
    ("वार्ड नं. 12, गांधी नगर, तहसील सांगानेर", "जयपुर", "302015"),
    ("ग्राम खेड़ा, पोस्ट मसूदा, तहसील मसूदा", "अजमेर", "305623"),
    ("मकान नं. 45, सरदारपुरा, सी रोड", "जोधपुर", "342003"),
    ("ग्राम पालड़ी, तहसील मांडल", "भीलवाड़ा", "311403"),
    ("गली नं. 3, रानी बाज़ार", "बीकानेर", "334001"),
    ("ग्राम बस्सी, तहसील बस्सी", "जयपुर", "303301"),
)
_RJ_AGENCIES = ("श्री श्याम इंडेन गैस सर्विस", "मरुधर एचपी गैस", "गणपति भारत गैस एजेंसी")

_BMC_GIVEN_M = ("Ramesh", "Santosh", "Mohammed Irfan", "Vijay", "Rajendra", "Sunil")
_BMC_GIVEN_F = ("Sunita", "Shabana", "Lata", "Manisha", "Jyoti", "Nirmala")
_BMC_FATHER = ("Shankar", "Dattatray", "Abdul", "Baburao", "Ramprasad", "Vitthal")
_BMC_FAMILY = ("Jadhav", "Shaikh", "Gupta", "Yadav", "More", "Kamble", "Sawant", "Ansari")
#: (residential address, PIN) in Mumbai
_BMC_PLACES = (
    ("Room No. 12, Chawl No. 3, Kamathipura 9th Lane, Mumbai", "400008"),
    ("B-204, Shivshakti CHS, Tilak Nagar, Chembur, Mumbai", "400089"),
    ("Room 7, Bhim Nagar, Ghatkopar (W), Mumbai", "400086"),
    ("Flat 11, Mahim Fishermen Colony, Mahim, Mumbai", "400016"),
    ("Hut No. 45, Sanjay Nagar, Mankhurd, Mumbai", "400043"),
    ("2nd Floor, Bldg No. 6, BDD Chawl, Worli, Mumbai", "400018"),
)
_BMC_WARDS = ("A", "C", "E", "F/North", "G/South", "K/East", "L", "M/East", "N", "P/North")
_BMC_SPOTS = (
    "Dadar Stn (W) footpath, Ranade Rd",
    "Linking Rd, Bandra (W)",
    "Crawford Market gate no. 2",
    "Kurla Stn (W) skywalk foot",
    "Andheri (E) M.V. Road",
)
_BMC_TRADES = ("Vegetables", "Fruits", "Vada pav stall", "Readymade garments", "Flowers")


def _salted(p: Person, salt: int) -> int:
    return int(p.bhxh) // (salt * 13 + 1)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 7 % len(places)]


def _aadhaar(p: Person) -> str:
    """A 12-digit Aadhaar: a lead digit 2-9, ten more, the Verhoeff digit."""
    return _verhoeff(f"{_AADHAAR_LEAD[int(p.bhxh[0]) % 8]}{p.bhxh}")


def _spaced(number: str) -> str:
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def _mobile(p: Person) -> str:
    """A 10-digit Indian mobile number (it starts 6-9)."""
    return f"9{p.phone[1:10]}"


def _pan(p: Person, surname: str) -> str:
    """A PAN ``AAAPL1234C``: three letters, ``P`` for a person, the surname's initial, four
    digits, a letter."""
    head = "".join(_LETTERS[int(p.bhxh[i : i + 2]) % len(_LETTERS)] for i in (0, 2, 4))
    tail = _LETTERS[int(p.bhxh[-2:]) % len(_LETTERS)]
    return f"{head}P{surname[0].upper()}{p.bhxh[5:9]}{tail}"


def _epic(p: Person, prefix: str) -> str:
    """A voter EPIC: three letters and seven digits."""
    return f"{prefix}{p.bhxh[::-1][:7]}"


def _bmc_family(p: Person) -> str:
    return _pick(p, _BMC_FAMILY, 2)


def _bmc_name(p: Person) -> str:
    given = _by_sex(p, _BMC_GIVEN_M, _BMC_GIVEN_F, 1)
    return f"{given} {_pick(p, _BMC_FATHER, 3)} {_bmc_family(p)}"


def _goa_name(p: Person) -> str:
    return f"{_by_sex(p, _GOA_GIVEN_M, _GOA_GIVEN_F, 1)} {_pick(p, _GOA_FAMILY, 2)}"


def _retired(p: Person) -> str:
    """The year a teacher retired; one too young for the pension age left early (NHTT)."""
    year = p.birth.year + (60 if p.male else 55) + _num(p, 3) - 1
    return str(year) if year <= 2025 else f"{2019 + _num(p, 6)} (NHTT)"


WRITERS_BLIND285: dict[str, Callable[[Person, Col], object]] = {
    "tdp285": lambda p, c: f"Tổ dân phố số {_num(p, 24)}",
    "job285": lambda p, c: _pick(p, _VN_JOBS, 2),
    "article285": lambda p, c: _pick(p, _VN_ARTICLES, 3),
    "opinion285": lambda p, c: _pick(p, _VN_OPINIONS, 4),
    "form285": lambda p, c: _pick(p, _VN_FORMS, 5),
    "leader285": lambda p, c: _other_vn(p, 6),
    "ehr285": lambda p, c: f"79{p.bhxh}{_num(p, 9)}",
    "bp285": lambda p, c: _pick(p, _VN_BP, 2),
    "glucose285": lambda p, c: f"{4 + _num(p, 40) / 10:.1f}".replace(".", ","),
    "bmi285": lambda p, c: f"{17 + _num(p, 130) / 10:.1f}",
    "class285": lambda p, c: _pick(p, _VN_HEALTH_CLASS, 3),
    "doctor285": lambda p, c: f"BS. {_other_vn(p, 7)}",
    "refer285": lambda p, c: _pick(p, _VN_REFER, 4),
    "regime285": lambda p, c: _pick(p, _VN_REGIMES, 2),
    "pension285": lambda p, c: f"{(_num(p, 90) + 25) * 100_000:,}".replace(",", "."),
    "paypoint285": lambda p, c: _pick(p, _VN_PAYPOINTS, 3),
    "account285": lambda p, c: f"{p.bhxh[3:]}{p.bhxh[:3]}",
    "bank285": lambda p, c: _place(p, _VN_BANKS)[0],
    "branch285": lambda p, c: _place(p, _VN_BANKS)[1],
    "month285": lambda p, c: f"{_num(p, 12):02d}/2026",
    "school285": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "retired285": lambda p, c: _retired(p),
    "title285": lambda p, c: _pick(p, _VN_TITLES, 3),
    "branch_hoi285": lambda p, c: f"Chi hội khu phố {_num(p, 8)}",
    "dues285": lambda p, c: _pick(p, ("120.000", "120.000", "60.000", "200.000"), 4),
    "aadhaar285": lambda p, c: _aadhaar(p),
    "aadhaar_sp285": lambda p, c: _spaced(_aadhaar(p)),
    "phone_in285": lambda p, c: _mobile(p),
    "mh_name285": lambda p, c: (
        f"{_by_sex(p, _MH_GIVEN_M, _MH_GIVEN_F, 1)} {_pick(p, _MH_FATHER, 3)}"
        f" {_pick(p, _MH_FAMILY, 2)}"
    ),
    "sex_mh285": lambda p, c: "पुरुष" if p.male else "स्त्री",
    "rc_mh285": lambda p, c: f"27{p.bhxh}",
    "rc_colour285": lambda p, c: _pick(p, _MH_RC_COLOUR, 4),
    "addr_mh285": lambda p, c: f"{_place(p, _MH_PLACES)[0]}, जि. {_place(p, _MH_PLACES)[1]}",
    "dist_mh285": lambda p, c: _place(p, _MH_PLACES)[1],
    "pin_mh285": lambda p, c: _place(p, _MH_PLACES)[2],
    "hosp_mh285": lambda p, c: _pick(p, _MH_HOSPITALS, 3),
    "proc_mh285": lambda p, c: _pick(p, _MH_PROCEDURES, 5),
    "amount_mh285": lambda p, c: str((_num(p, 60) + 10) * 2500),
    "arogyamitra285": lambda p, c: _pick(p, ("प्रिया साळुंखे", "अमोल खरात", "स्नेहा माने"), 6),
    "member_gj285": lambda p, c: f"{_num(p, 900) + 100}",
    "gj_given285": lambda p, c: _by_sex(p, _GJ_GIVEN_M, _GJ_GIVEN_F, 1),
    "gj_father285": lambda p, c: _pick(p, _GJ_FATHER, 3),
    "gj_family285": lambda p, c: _pick(p, _GJ_FAMILY, 2),
    "sex_gj285": lambda p, c: "પુરુષ" if p.male else "સ્ત્રી",
    "phone_gj285": lambda p, c: f"{_mobile(p)[:5]} {_mobile(p)[5:]}",
    "village_gj285": lambda p, c: _place(p, _GJ_PLACES)[0],
    "taluka_gj285": lambda p, c: _place(p, _GJ_PLACES)[1],
    "district_gj285": lambda p, c: _place(p, _GJ_PLACES)[2],
    "pin_gj285": lambda p, c: _place(p, _GJ_PLACES)[3],
    "society_gj285": lambda p, c: _place(p, _GJ_PLACES)[4],
    "animals_gj285": lambda p, c: _pick(p, _GJ_ANIMALS, 4),
    "milk_gj285": lambda p, c: f"{2 + _num(p, 180) / 10:.1f}",
    "fat_gj285": lambda p, c: f"{3.5 + _num(p, 40) / 10:.1f}",
    "bank_gj285": lambda p, c: f"0{p.bhxh[2:]}{p.bhxh[:4]}",
    "goa_name285": lambda p, c: _goa_name(p),
    "sex_goa285": lambda p, c: "दादलो" if p.male else "बायल",
    "epic_goa285": lambda p, c: _epic(p, _pick(p, ("GDN", "NFW", "SZL"), 3)),
    "canoe_goa285": lambda p, c: f"IND-GA-01-{_place(p, _GOA_PLACES)[4]}-{p.bhxh[-4:]}",
    "obm_goa285": lambda p, c: _pick(p, _GOA_OBM, 4),
    "street_goa285": lambda p, c: _place(p, _GOA_PLACES)[0],
    "village_goa285": lambda p, c: _place(p, _GOA_PLACES)[1],
    "taluka_goa285": lambda p, c: _place(p, _GOA_PLACES)[2],
    "pin_goa285": lambda p, c: _place(p, _GOA_PLACES)[3],
    "kero_goa285": lambda p, c: str(_pick(p, ("150", "200", "300"), 5)),
    "officer_goa285": lambda p, c: _pick(p, _GOA_OFFICERS, 6),
    "janaadhaar285": lambda p, c: f"{_salted(p, 4) % 9 + 1}{p.bhxh[::-1][1:]}",
    "head_rj285": lambda p, c: (
        f"{_pick(p, _RJ_GIVEN_M, 5)} {_pick(p, _RJ_FAMILY, 2)}" if _num(p, 3) == 1 else "स्वयं"
    ),
    "rj_name285": lambda p, c: (
        f"{_by_sex(p, _RJ_GIVEN_M, _RJ_GIVEN_F, 1)} {_pick(p, _RJ_FAMILY, 2)}"
    ),
    "rj_father285": lambda p, c: f"{_pick(p, _RJ_FATHER, 3)} {_pick(p, _RJ_FAMILY, 2)}",
    "sex_rj285": lambda p, c: "पुरुष" if p.male else "महिला",
    "lpg_id285": lambda p, c: f"{p.bhxh[4:]}{_num(p, 99):02d}",
    "agency_rj285": lambda p, c: _pick(p, _RJ_AGENCIES, 4),
    "addr_rj285": lambda p, c: f"{_place(p, _RJ_PLACES)[0]}, जिला {_place(p, _RJ_PLACES)[1]}",
    "dist_rj285": lambda p, c: _place(p, _RJ_PLACES)[1],
    "pin_rj285": lambda p, c: _place(p, _RJ_PLACES)[2],
    "subsidy_rj285": lambda p, c: _pick(p, ("450", "450", "353.50", "410"), 6),
    "survey_bmc285": lambda p, c: f"TVC/{_pick(p, _BMC_WARDS, 4)}/{p.bhxh[-5:]}",
    "bmc_name285": lambda p, c: _bmc_name(p),
    "sex_bmc285": lambda p, c: "M" if p.male else "F",
    "pan_bmc285": lambda p, c: _pan(p, _bmc_family(p)),
    "rc_bmc285": lambda p, c: f"{_pick(p, ('31-F', '32-G', '26-E'), 5)}/{p.bhxh[-6:]}",
    "epic_bmc285": lambda p, c: _epic(p, _pick(p, ("MTD", "ZPL", "UXR", "BRW"), 6)),
    "phone_bmc285": lambda p, c: f"+91 {_mobile(p)[:5]} {_mobile(p)[5:]}",
    "addr_bmc285": lambda p, c: f"{_place(p, _BMC_PLACES)[0]} - {_place(p, _BMC_PLACES)[1]}",
    "pin_bmc285": lambda p, c: _place(p, _BMC_PLACES)[1],
    "ward_bmc285": lambda p, c: _pick(p, _BMC_WARDS, 4),
    "spot_bmc285": lambda p, c: _pick(p, _BMC_SPOTS, 3),
    "trade_bmc285": lambda p, c: _pick(p, _BMC_TRADES, 7),
    "bank_bmc285": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[:4]}",
}
