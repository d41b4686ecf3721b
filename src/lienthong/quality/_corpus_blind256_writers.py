"""How the people of the two-hundred-and-fifty-sixth part of the outside corpus (**blind 256**,
:mod:`lienthong.quality._corpus_blind256`) are written: four Vietnamese files' own columns (an
alley's households paying for street lights, a school's shared textbook shelf, a women's union
cooking contest, the crops flooded after a heavy rain) and South Indian names with their
initials, villages, PIN codes, +91 phones, Aadhaar numbers with their Verhoeff check digit,
ration cards, EPIC numbers, boats, electricity accounts and vehicles in the forms the registers
of Tamil Nadu, Kerala, Karnataka, Telangana and Andhra Pradesh show."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind164_writers import (
    _aadhaar,
    _aadhaar_spaced,
    _digits,
    _epic,
    _in_phone,
    _place,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


# -- Vietnam ------------------------------------------------------------------------------------
_VN_PAID = ("Đã nộp", "Đã nộp", "Chưa nộp", "Nộp 1 phần", "Miễn (hộ nghèo)")
_VN_COLLECTOR = ("Tổ trưởng Lê Văn Tâm", "Nguyễn Thị Hoa (thủ quỹ)", "Trần Văn Lộc", "Bùi Thị Yến")
_VN_CLASS = ("6A1", "6A2", "7A3", "8A1", "9A2", "7A1", "8A4")
_VN_BOOKS = (
    "Bo SGK lop 6 (Ket noi tri thuc)",
    "Bo SGK lop 7 (Chan troi sang tao)",
    "Bo SGK lop 8 (Canh dieu)",
    "Bo SGK lop 9 (Ket noi tri thuc)",
    "Toan + Ngu van + Tieng Anh",
)
_VN_STATE = ("Tot", "Rach bia", "Mat 1 cuon", "Chua tra", "Tot", "Viet vao sach")
_VN_BRANCH = ("Chi hội KP 1", "Chi hội KP 2", "Chi hội KP 4", "Chi hội CCB-PN KP 5")
_VN_DISH = ("Gỏi cuốn tôm thịt", "Canh chua cá lóc", "Bánh xèo miền Tây", "Cá kho tộ", "Chè bưởi")
_VN_INGREDIENT = ("Tôm, thịt ba chỉ", "Cá lóc đồng", "Bột gạo, giá, tôm", "Cá basa", "Vỏ bưởi")
_VN_PRIZE = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Khuyến khích", "Giải Món ngon", "")
_VN_CROP = ("Lúa Đông Xuân", "Rau màu các loại", "Ngô (bắp)", "Dưa hấu", "Ớt", "Đậu phộng")
_VN_OFFICER = ("Phan Văn Thành (ĐC-NN)", "Võ Thị Kim (KN)", "Huỳnh Văn Sang (TDP)", "Ngô Minh Trí")


# -- Tamil Nadu ---------------------------------------------------------------------------------
_TN_INITIAL = ("மு.", "ச.", "க.", "இரா.", "பெ.", "அ.", "S.", "M.", "K.")
_TN_GIVEN_M = ("செல்வம்", "முருகன்", "அந்தோணி", "ராஜா", "குமார்", "Arokiasamy", "Selvaraj")
_TN_GIVEN_F = ("செல்வி", "மரிய புஷ்பம்", "லட்சுமி", "சாந்தி", "Jesintha", "Vasuki")
_TN_FATHER = ("முனியாண்டி", "சவரிமுத்து", "கருப்பசாமி", "Arulanandam", "பெருமாள்", "Rayappan")
_TN_PLACES = (
    ("Thangachimadam", "Ramanathapuram", "623529"),
    ("பாம்பன்", "இராமநாதபுரம்", "623521"),
    ("Kasimedu", "Chennai", "600013"),
    ("வேதாரண்யம்", "நாகப்பட்டினம்", "614810"),
    ("Colachel", "Kanniyakumari", "629251"),
    ("தருவைகுளம்", "தூத்துக்குடி", "628105"),
    ("Pazhayar", "Mayiladuthurai", "609101"),
)
_TN_GEAR = ("நாட்டுப் படகு", "விசைப்படகு / Mechanised", "Gill net", "கட்டுமரம்", "FRP Boat")
_TN_NOMINEE = ("மனைவி / Wife", "மகன் / Son", "மகள் / Daughter", "கணவர் / Husband", "தாய்")


def _tn_name(p: Person) -> str:
    return f"{_pick(p, _TN_INITIAL, 1)} {_by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 2)}"


# -- Kerala -------------------------------------------------------------------------------------
_KL_GIVEN_F = ("ശ്രീജ", "ബിന്ദു", "ലിസി", "Sheeba", "സുലേഖ", "Ambika", "ഷൈലജ", "Rejani")
_KL_SUFFIX = ("K.", "P.", "M. R.", "ജോസഫ്", "V.", "T.", "Thomas")
_KL_HUSBAND = ("രാജൻ", "Jose", "സുരേഷ് കുമാർ", "Abdul Rasheed", "മോഹനൻ", "Babu")
_KL_HOUSES = ("Thekkedath House", "പുത്തൻപുരയിൽ", "Kizhakkethil", "മണ്ണിൽ വീട്", "Pallikkal")
_KL_PLACES = (
    ("Kuttanad", "Alappuzha", "688506"),
    ("കോട്ടാങ്ങൽ", "പത്തനംതിട്ട", "686547"),
    ("Thrikkakara", "Ernakulam", "682021"),
    ("ചെറുതുരുത്തി", "തൃശ്ശൂർ", "679531"),
    ("Kattappana", "Idukki", "685508"),
)
_KL_NHG = ("ഐശ്വര്യ അയൽക്കൂട്ടം", "Sneha NHG", "പ്രതീക്ഷ", "Nanma NHG", "കൈരളി")
_KL_JOB = ("തൊഴിലുറപ്പ് / MGNREGS", "തയ്യൽ / Tailoring", "Kudumbashree canteen", "കൃഷി", "Homemaker")
_KL_CDS = ("CDS Kuttanad / ADS 7", "CDS Kottangal / ADS 3", "CDS Thrikkakara / ADS 12", "ADS 5")


def _kl_address(p: Person) -> str:
    village, district, pin = _place(p, _KL_PLACES)
    return f"{_pick(p, _KL_HOUSES, 3)}, {village} P.O., {district} - {pin}"


# -- Karnataka ----------------------------------------------------------------------------------
_KA_GIVEN_M = ("ಮಂಜುನಾಥ", "Nagaraj", "ರವಿಕುಮಾರ್", "Basavaraj", "ಶಿವಣ್ಣ", "Venkatesh")
_KA_GIVEN_F = ("ಲಕ್ಷ್ಮಮ್ಮ", "Shobha", "ಗೀತಾ", "Savitha", "ಪಾರ್ವತಮ್ಮ", "Nagaveni")
_KA_INITIAL = ("ಎಚ್.", "K.", "ಬಿ.", "M. S.", "ಎಸ್.", "G.")
_KA_PLACES = (
    ("3ನೇ ಕ್ರಾಸ್, ವಿಜಯನಗರ", "Bengaluru", "560040", "BESCOM"),
    ("Kuvempu Nagar, 2nd Main", "Mysuru", "570023", "CESC"),
    ("ಗಾಂಧಿ ಚೌಕ, ಹಳೇ ಹುಬ್ಬಳ್ಳಿ", "Hubballi", "580024", "HESCOM"),
    ("Attavar, Near Temple", "Mangaluru", "575001", "MESCOM"),
    ("ಸ್ಟೇಷನ್ ರಸ್ತೆ", "Kalaburagi", "585102", "GESCOM"),
)
_KA_TENURE = ("ಸ್ವಂತ / Owner", "ಬಾಡಿಗೆ / Tenant", "Owner", "Tenant")


def _ka_address(p: Person) -> str:
    street, town, _pin, _escom = _place(p, _KA_PLACES)
    return f"No. {_num(p, 240)}, {street}, {town}"


# -- Telangana and Andhra Pradesh ---------------------------------------------------------------
_TE_INITIAL = ("కె.", "బి.", "G.", "ఎం.", "P.", "వి.", "Ch.")
_TE_GIVEN_F = ("లావణ్య", "Swapna", "సరిత", "Ayesha Begum", "మమత", "Sravani", "రజిత")
_TE_GIVEN_M = ("శ్రీనివాస్", "Ramesh", "వెంకటేశ్వర్లు", "Shaik Basha", "నాగరాజు", "Suresh")
_TE_MOTHER = ("కె. లక్ష్మి", "B. Yadamma", "సుజాత", "Shaik Fathima", "ఎం. పద్మ", "G. Anjamma")
_TE_GROOM = ("కె. మహేష్", "B. Anil Kumar", "శ్రీకాంత్", "Mohammed Irfan", "పి. నవీన్", "Raju")
_TS_PLACES = (
    ("Kondapur", "Sangareddy", "Sangareddy"),
    ("నర్సంపేట", "నర్సంపేట", "వరంగల్"),
    ("Bheemgal", "Bheemgal", "Nizamabad"),
    ("చౌటుప్పల్", "చౌటుప్పల్", "యాదాద్రి భువనగిరి"),
    ("Jammikunta", "Jammikunta", "Karimnagar"),
)
_TS_CASTE = ("BC-B", "SC", "ST", "BC-E (Muslim)", "OC (EWS)", "BC-D")
_TS_STATUS = ("Sanctioned", "Pending at RDO", "Pending at MRO", "Cheque issued", "Rejected")
_AP_PLACES = (
    ("D.No. 12-3-45, Gandhi Nagar", "Vijayawada", "520003", "AP 16"),
    ("ఇం.నం. 4-56, రామాలయం వీధి", "Guntur", "522002", "AP 07"),
    ("D.No. 7-1-22, Dwaraka Nagar", "Visakhapatnam", "530016", "AP 31"),
    ("ఇం.నం. 2-190, మెయిన్ రోడ్", "Nellore", "524001", "AP 26"),
    ("H.No. 9-88, Old Town", "Anantapur", "515001", "AP 02"),
)
_AP_VEHICLE = ("Auto rickshaw", "ఆటో", "Maxi cab", "Taxi (LMV)", "ఆటో")
_AP_SECRETARIAT = ("Ward Sachivalayam 14", "గ్రామ సచివాలయం - 2", "Ward Sachivalayam 27", "Sec. 5")


def _te_name(p: Person, female: bool) -> str:
    given = _pick(p, _TE_GIVEN_F if female else _TE_GIVEN_M, 2)
    return f"{_pick(p, _TE_INITIAL, 1)} {given}"


def _other_aadhaar(p: Person, salt: int) -> str:
    full = _verhoeff(f"{(int(p.bhxh[2]) + salt) % 8 + 2}{_digits(p, 10, salt)}")
    return f"{full[:4]} {full[4:8]} {full[8:]}"


WRITERS_BLIND256: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam: households paying for the alley's street lights
    "members256": lambda p, c: str(_num(p, 7)),
    "contrib256": lambda p, c: f"{(_num(p, 6) + 1) * 100_000:,}".replace(",", "."),
    "paid256": lambda p, c: _pick(p, _VN_PAID, 2),
    "collector256": lambda p, c: _pick(p, _VN_COLLECTOR, 3),
    # Vietnam: the school's shared textbook shelf
    "class256": lambda p, c: _pick(p, _VN_CLASS, 1),
    "parent256": lambda p, c: _other_vn(p, 4),
    "parent_phone256": lambda p, c: _other_phone(p, "03"),
    "books256": lambda p, c: _pick(p, _VN_BOOKS, 2),
    "count256": lambda p, c: str(_num(p, 12) + 2),
    "state256": lambda p, c: _pick(p, _VN_STATE, 5),
    # Vietnam: women's union cooking contest
    "branch256": lambda p, c: _pick(p, _VN_BRANCH, 1),
    "dish256": lambda p, c: _pick(p, _VN_DISH, 2),
    "ingredient256": lambda p, c: _pick(p, _VN_INGREDIENT, 2),
    "score256": lambda p, c: f"{7 + _num(p, 30) / 10:.1f}".replace(".", ","),
    "prize256": lambda p, c: _pick(p, _VN_PRIZE, 4),
    # Vietnam: crops flooded after the heavy rain
    "crop256": lambda p, c: _pick(p, _VN_CROP, 1),
    "area256": lambda p, c: f"{_num(p, 40) * 250:,}".replace(",", "."),
    "loss256": lambda p, c: f"{30 + _num(p, 8) * 10}%",
    "aid256": lambda p, c: f"{_num(p, 40) * 500_000:,}".replace(",", "."),
    "officer256": lambda p, c: _pick(p, _VN_OFFICER, 3),
    # Tamil Nadu: fishermen's welfare board
    "tn_member256": lambda p, c: f"TNFWB/{_digits(p, 2, 1)}/{_digits(p, 6, 2)}",
    "tn_name256": lambda p, c: _tn_name(p),
    "tn_father256": lambda p, c: _pick(p, _TN_FATHER, 3),
    "tn_sex256": lambda p, c: "ஆண்" if p.male else "பெண்",
    "aadhaar_tn256": lambda p, c: _aadhaar_spaced(p),
    "tn_ration256": lambda p, c: f"33{_digits(p, 10, 4)}",
    "tn_village256": lambda p, c: _place(p, _TN_PLACES)[0],
    "tn_district256": lambda p, c: _place(p, _TN_PLACES)[1],
    "tn_pin256": lambda p, c: _place(p, _TN_PLACES)[2],
    "tn_phone256": lambda p, c: _in_phone(p, 0),
    "tn_boat256": lambda p, c: f"IND-TN-{_digits(p, 2, 5)}-MM-{_digits(p, 4, 6)}",
    "tn_gear256": lambda p, c: _pick(p, _TN_GEAR, 4),
    "tn_nominee256": lambda p, c: _pick(p, _TN_NOMINEE, 5),
    # Kerala: Kudumbashree neighbourhood group
    "kl_name256": lambda p, c: f"{_pick(p, _KL_GIVEN_F, 1)} {_pick(p, _KL_SUFFIX, 2)}",
    "kl_husband256": lambda p, c: _pick(p, _KL_HUSBAND, 3),
    "aadhaar_kl256": lambda p, c: _aadhaar(p),
    "kl_ration256": lambda p, c: f"{_num(p, 14):02d}{_digits(p, 8, 7)}",
    "kl_card256": lambda p, c: _pick(p, ("AAY (മഞ്ഞ)", "PHH (പിങ്ക്)", "NPS (നീല)", "NPNS"), 4),
    "kl_addr256": lambda p, c: _kl_address(p),
    "kl_nhg256": lambda p, c: _pick(p, _KL_NHG, 5),
    "kl_phone256": lambda p, c: _in_phone(p, 1),
    "kl_job256": lambda p, c: _pick(p, _KL_JOB, 6),
    "kl_thrift256": lambda p, c: str(_num(p, 5) * 50),
    "kl_cds256": lambda p, c: _pick(p, _KL_CDS, 7),
    # Karnataka: Gruha Jyothi free electricity
    "ka_name256": lambda p, c: (
        f"{_pick(p, _KA_INITIAL, 1)} {_by_sex(p, _KA_GIVEN_M, _KA_GIVEN_F, 2)}"
    ),
    "ka_account256": lambda p, c: _digits(p, 10, 3),
    "ka_rr256": lambda p, c: f"{_pick(p, ('EL', 'LTEL', 'SEL', 'HBL'), 4)}{_num(p, 90_000)}",
    "aadhaar_ka256": lambda p, c: _aadhaar_spaced(p),
    "ka_sex256": lambda p, c: _pick(p, ("ಗಂಡು", "Male") if p.male else ("ಹೆಣ್ಣು", "Female"), 5),
    "ka_addr256": lambda p, c: _ka_address(p),
    "ka_pin256": lambda p, c: _place(p, _KA_PLACES)[2],
    "ka_phone256": lambda p, c: _in_phone(p, 2),
    "ka_tenure256": lambda p, c: _pick(p, _KA_TENURE, 6),
    "ka_units256": lambda p, c: str(40 + _num(p, 150)),
    "ka_escom256": lambda p, c: _place(p, _KA_PLACES)[3],
    # Telangana: Kalyana Lakshmi / Shaadi Mubarak
    "ts_app256": lambda p, c: f"KL{_digits(p, 2, 1)}{_digits(p, 8, 2)}",
    "ts_bride256": lambda p, c: _te_name(p, female=True),
    "aadhaar_ts256": lambda p, c: _aadhaar(p),
    "ts_mother256": lambda p, c: _pick(p, _TE_MOTHER, 3),
    "ts_mother_aadhaar256": lambda p, c: _other_aadhaar(p, 3),
    "ts_groom256": lambda p, c: _pick(p, _TE_GROOM, 4),
    "ts_caste256": lambda p, c: _pick(p, _TS_CASTE, 5),
    "ts_fsc256": lambda p, c: f"{_pick(p, ('WAP', 'RAP', 'KAP', 'NAP'), 6)}{_digits(p, 12, 7)}",
    "ts_village256": lambda p, c: _place(p, _TS_PLACES)[0],
    "ts_mandal256": lambda p, c: _place(p, _TS_PLACES)[1],
    "ts_district256": lambda p, c: _place(p, _TS_PLACES)[2],
    "ts_phone256": lambda p, c: _in_phone(p, 3),
    "ts_status256": lambda p, c: _pick(p, _TS_STATUS, 8),
    # Andhra Pradesh: Vahana Mitra
    "ap_name256": lambda p, c: _te_name(p, female=not p.male),
    "ap_father256": lambda p, c: _pick(p, _TE_GIVEN_M, 5),
    "ap_sex256": lambda p, c: _pick(p, ("పురుషుడు", "M") if p.male else ("స్త్రీ", "F"), 6),
    "aadhaar_ap256": lambda p, c: _aadhaar_spaced(p),
    "ap_epic256": lambda p, c: _epic(p, "AP"),
    "ap_vehicle256": lambda p, c: (
        f"{_place(p, _AP_PLACES)[3]} {_pick(p, ('TA', 'TB', 'TC', 'W'), 2)} {_digits(p, 4, 8)}"
    ),
    "ap_vtype256": lambda p, c: _pick(p, _AP_VEHICLE, 3),
    "ap_dl256": lambda p, c: f"AP{_place(p, _AP_PLACES)[3][3:]}{_digits(p, 11, 9)}",
    "ap_addr256": lambda p, c: f"{_place(p, _AP_PLACES)[0]}, {_place(p, _AP_PLACES)[1]}",
    "ap_pin256": lambda p, c: _place(p, _AP_PLACES)[2],
    "ap_secretariat256": lambda p, c: _pick(p, _AP_SECRETARIAT, 4),
    "ap_phone256": lambda p, c: _in_phone(p, 4),
    "ap_amount256": lambda p, c: "10,000",
}

__all__ = ["WRITERS_BLIND256"]
