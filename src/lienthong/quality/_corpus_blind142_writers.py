"""How the people of the hundred-and-forty-second part of the outside corpus (**blind 142**,
:mod:`lienthong.quality._corpus_blind142`) are written: four Vietnamese files' own columns (an
item pawned at a licensed pawnshop, relief rice handed to a household, a basic IT certificate
exam, a rooftop solar system connected to the grid) and Indian, Indonesian, Filipino, Thai and
Pakistani names, places, phones and numbers in the forms their registers show (the Aadhaar ends in
its Verhoeff digit, the NIK carries the birth day plus 40 for a woman, the PhilSys number is
grouped by four, the Thai id ends in its weighted mod-11 digit, the CNIC's last digit is odd for
a man and even for a woman)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind41_writers import _PK_FAMILY, _PK_GIVEN_F, _PK_GIVEN_M, _cnic
from lienthong.quality._corpus_blind42_writers import (
    _IN_FAMILY,
    _IN_GIVEN_F,
    _IN_GIVEN_M,
    _aadhaar,
    _shift_date,
)
from lienthong.quality._corpus_blind44_writers import (
    _ID_PLACES,
    _TH_FAMILY,
    _TH_GIVEN_M,
    _TH_PLACES,
    _nik,
    _thai_date,
    _thai_pid,
)
from lienthong.quality._corpus_blind44_writers import _place as _place7
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind117_writers import (
    _ID_FAMILY,
    _ID_GIVEN_F,
    _ID_GIVEN_M,
    _PH_FAMILY,
    _PH_GIVEN_M,
    _psn,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a pawnshop's ledger reported to the ward police ------------------------------------
_VN_PAWNS = (
    ("Xe may Honda Wave Alpha", "So khung RLHJA39", 9_000_000),
    ("Dien thoai iPhone 13", "IMEI 3560", 7_000_000),
    ("Laptop Dell Inspiron", "S/N 7XK", 5_000_000),
    ("Nhan vang 18K 1 chi", "TL 3,75g", 3_500_000),
    ("Xe may Yamaha Sirius", "So khung RLCS5C", 8_000_000),
)
_VN_PAWN_STATUS = ("Da chuoc", "Dang cam", "Qua han", "Da chuoc", "Thanh ly")
# -- Vietnam: relief rice between harvests -------------------------------------------------------
_VN_RICE_KINDS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ thiếu đói giáp hạt", "Hộ có người ốm đau")
# -- Vietnam: basic IT certificate exam ----------------------------------------------------------
_VN_BIRTHPLACES = ("Thanh Hóa", "Nghệ An", "Hà Nội", "Nam Định", "Thái Bình", "Hà Tĩnh")
_VN_WORKPLACES = (
    "UBND xã Quảng Tâm",
    "Trường THCS Nguyễn Du",
    "Tự do",
    "Công ty TNHH May Hồng Đức",
    "Sinh viên ĐH Hồng Đức",
)
# -- Vietnam: rooftop solar connected to the grid ------------------------------------------------
_VN_INVERTERS = ("Huawei SUN2000-5KTL", "Growatt MIN 6000TL-X", "SMA Sunny Boy 5.0", "Solis 5K")
_VN_SOLAR_SITES = (
    "Xưởng mộc, cụm CN Tân Phú, Đồng Xoài",
    "Nhà trọ số 7, đường ĐT741, Tân Thành",
    "Trang trại gà, ấp 3, xã Tân Lập",
    "Kho hàng, KP Phú Cường, Phú Riềng",
)
_VN_SOLAR_STATUS = ("Đã đấu nối", "Đã đấu nối", "Chờ thỏa thuận đấu nối", "Bổ sung hồ sơ")
# -- India: e-Shram registration of unorganised workers ------------------------------------------
_IN_HOMES = (
    ("ग्राम रामपुर, पोस्ट बिजनौर, तहसील सदर", "लखनऊ", "उत्तर प्रदेश", "226002"),
    ("मकान नं. 45, वार्ड 12, गांधी नगर", "भोपाल", "मध्य प्रदेश", "462023"),
    ("ग्राम पिपरा, पोस्ट मझौलिया", "पश्चिम चंपारण", "बिहार", "845454"),
    ("झुग्गी नं. 210, संजय कैंप, ओखला फेज़-1", "दक्षिण दिल्ली", "दिल्ली", "110020"),
    ("वार्ड नं. 3, शास्त्री कॉलोनी", "जयपुर", "राजस्थान", "302016"),
)
_IN_OCCUPATIONS = (
    "निर्माण श्रमिक (9313.0100)",
    "घरेलू कामगार (9111.0100)",
    "खेतिहर मजदूर (9211.0100)",
    "रिक्शा चालक (8322.0400)",
    "रेहड़ी-पटरी विक्रेता (5212.0100)",
)
_IN_BANKS = ("SBIN0001234", "PUNB0456700", "BARB0BHOPAL", "UBIN0551234", "CNRB0002345")
# -- Indonesia: Dapodik roll of pupils -----------------------------------------------------------
_ID_BIRTHPLACES = ("BANDUNG", "GARUT", "JAKARTA", "SLEMAN", "CIAMIS", "TASIKMALAYA")
_ID_RELIGIONS = ("Islam", "Islam", "Islam", "Kristen", "Katholik", "Hindu")
_ID_CLASSES = ("Kelas 7A", "Kelas 7B", "Kelas 8C", "Kelas 9A", "Kelas 9D")
# -- Philippines: PWD registry at the PDAO -------------------------------------------------------
_PH_PWD_PLACES = (
    ("Blk 5 Lot 12 Phase 2, Camella Homes", "Brgy. Molino III", "Bacoor", "Cavite", "0421"),
    ("Purok 4, Zone 2", "Brgy. Lahug", "Cebu City", "Cebu", "0722"),
    ("123 Rizal St.", "Brgy. Poblacion", "Dagupan City", "Pangasinan", "0155"),
    ("Sitio Malinis", "Brgy. San Isidro", "Antipolo City", "Rizal", "0458"),
)
_PH_DISABILITY = (
    ("Physical (Orthopedic)", "Acquired"),
    ("Visual Disability", "Congenital/Inborn"),
    ("Deaf/Hard of Hearing", "Congenital/Inborn"),
    ("Psychosocial Disability", "Acquired"),
    ("Speech and Language Impairment", "Acquired"),
)
_PH_MIDDLE = ("Ramos", "Aquino", "Castillo", "Flores", "Navarro", "Pascual")
_PH_GIVEN_F = ("Maria Cristina", "Jocelyn", "Rowena", "Mary Grace", "Lorna", "Analyn")
# -- Thailand: the conscription register (สด.1) -------------------------------------------------
_TH_FATHERS = ("นายบุญมี", "นายสมศักดิ์", "นายทองดี", "นายประยูร", "นายสุเทพ")
_TH_MOTHERS = ("นางสมพร", "นางบุญเรือน", "นางมาลี", "นางสุดา", "นางคำปุน")
_TH_RESULTS = ("จับได้ใบดำ", "จับได้ใบแดง", "ร้องขอเข้ากองประจำการ", "จำพวกที่ 2", "ผ่อนผัน")
# -- Pakistan: the zakat committee's list of the deserving ----------------------------------------
_PK_HOMES = (
    ("مکان نمبر 14، محلہ اسلام پورہ، گلی نمبر 3", "لاہور"),
    ("گاؤں چک نمبر 208 ر۔ب، ڈاکخانہ خاص", "فیصل آباد"),
    ("مکان نمبر 7-بی، نیو ٹاؤن", "راولپنڈی"),
    ("محلہ قاضیاں، نزد جامع مسجد", "ملتان"),
    ("گاؤں بستی ملوک، تحصیل شجاع آباد", "ملتان"),
)
_PK_AID = ("گزارہ الاؤنس", "تعلیمی وظیفہ", "جہیز فنڈ", "علاج معالجہ", "گزارہ الاؤنس")
_PK_STATUS = ("ادا شدہ", "ادا شدہ", "زیر التوا", "تصدیق باقی")


def _pawn(p: Person) -> tuple[str, str, int]:
    return _VN_PAWNS[int(p.bhxh) // 3 % len(_VN_PAWNS)]


def _pawn_due(p: Person) -> date:
    return p.other_date + timedelta(days=30 * (_num(p, 3) + 1))


def _ph_place(p: Person) -> tuple[str, ...]:
    return _PH_PWD_PLACES[int(p.bhxh) // 5 % len(_PH_PWD_PLACES)]


def _in_home(p: Person) -> tuple[str, ...]:
    return _IN_HOMES[int(p.bhxh) // 11 % len(_IN_HOMES)]


def _pk_home(p: Person) -> tuple[str, ...]:
    return _PK_HOMES[int(p.bhxh) // 13 % len(_PK_HOMES)]


def _pk_phone(p: Person) -> str:
    return f"03{p.phone[2:4]}-{p.phone[4:10]}{p.bhxh[-1]}"


def _th_phone(p: Person) -> str:
    lead = _pick(p, ("08", "09", "06"), 6)
    return f"{lead}{p.phone[3]}-{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[-1]}"


def _kwp(p: Person) -> float:
    return (_num(p, 16) + 3) * 0.55


WRITERS_BLIND142: dict[str, Callable[[Person, Col], object]] = {
    # pawnshop ledger
    "pawn_item142": lambda p, c: _pawn(p)[0],
    "pawn_mark142": lambda p, c: f"{_pawn(p)[1]}{p.bhxh[-6:]}",
    "pawn_value142": lambda p, c: _dotted(_pawn(p)[2]),
    "pawn_loan142": lambda p, c: _dotted(_pawn(p)[2] * 6 // 10),
    "pawn_rate142": lambda p, c: _pick(p, ("3", "3,5", "4", "2,5"), 2),
    "pawn_due142": lambda p, c: f"{_pawn_due(p):%d/%m/%Y}",
    "pawn_status142": lambda p, c: _pick(p, _VN_PAWN_STATUS, 3),
    "pawn_clerk142": lambda p, c: "Tran Thi Thu Ha" if _num(p, 2) == 1 else "Le Van Hung",
    # relief rice
    "rice_kind142": lambda p, c: _pick(p, _VN_RICE_KINDS, 2),
    "rice_members142": lambda p, c: _num(p, 7),
    "rice_kg142": lambda p, c: 15 * _num(p, 7),
    "rice_proxy142": lambda p, c: _other_vn(p, 3, family=p.family) if _num(p, 4) == 1 else "",
    # basic IT certificate
    "it_sbd142": lambda p, c: f"CNTT{p.other_date:%y}{_num(p, 400):04d}",
    "it_birthplace142": lambda p, c: _pick(p, _VN_BIRTHPLACES, 4),
    "it_work142": lambda p, c: _pick(p, _VN_WORKPLACES, 5),
    "it_theory142": lambda p, c: f"{_num(p, 6) + 4},{_pick(p, ('0', '5'), 2)}",
    "it_practice142": lambda p, c: f"{_num(p, 7) + 3},{_pick(p, ('0', '5'), 3)}",
    "it_result142": lambda p, c: "Đạt" if _num(p, 6) + _num(p, 7) > 5 else "Không đạt",
    "it_cert142": lambda p, c: f"HĐ{p.other_date:%y}.{p.bhxh[-5:]}",
    # rooftop solar
    "pv_customer142": lambda p, c: f"PE0{_num(p, 9)}000{p.bhxh[-6:]}",
    "pv_site142": lambda p, c: _pick(p, _VN_SOLAR_SITES, 2),
    "pv_kwp142": lambda p, c: f"{_kwp(p):.2f}".replace(".", ","),
    "pv_panels142": lambda p, c: _num(p, 16) + 3,
    "pv_inverter142": lambda p, c: _pick(p, _VN_INVERTERS, 3),
    "pv_mode142": lambda p, c: _pick(p, ("Tự dùng, không phát lên lưới", "Bán điện dư"), 4),
    "pv_status142": lambda p, c: _pick(p, _VN_SOLAR_STATUS, 5),
    # India: e-Shram
    "uan_in142": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:]}{p.phone[-2:]}",
    "aadhaar_in142": lambda p, c: _aadhaar(p),
    "in_name142": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}"
    ),
    "in_father142": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 3)} {_pick(p, _IN_FAMILY, 2)}",
    "sex_in142": lambda p, c: "पुरुष" if p.male else "महिला",
    "in_mobile142": lambda p, c: f"{_pick(p, ('9', '8', '7', '6'), 4)}{p.phone[1:10]}",
    "in_occupation142": lambda p, c: _pick(p, _IN_OCCUPATIONS, 5),
    "in_addr142": lambda p, c: ", ".join(_in_home(p)[:3]),
    "in_district142": lambda p, c: _in_home(p)[1],
    "in_state142": lambda p, c: _in_home(p)[2],
    "in_pin142": lambda p, c: _in_home(p)[3],
    "in_account142": lambda p, c: f"{p.bhxh}{_num(p, 90):02d}",
    "in_ifsc142": lambda p, c: _pick(p, _IN_BANKS, 6),
    "in_nominee142": lambda p, c: (
        f"{_pick(p, _IN_GIVEN_F, 7)} {_pick(p, _IN_FAMILY, 2)} (पत्नी)"
        if p.male
        else f"{_pick(p, _IN_GIVEN_M, 7)} {_pick(p, _IN_FAMILY, 2)} (पुत्र)"
    ),
    # Indonesia: Dapodik
    "nik_id142": lambda p, c: _nik(p),
    "id_name142": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}"
    ),
    "id_nipd142": lambda p, c: f"{p.other_date:%y}{_num(p, 300):04d}",
    "id_nisn142": lambda p, c: f"0{p.birth:%y}{p.bhxh[-7:]}",
    "sex_id142": lambda p, c: "L" if p.male else "P",
    "id_pob142": lambda p, c: _pick(p, _ID_BIRTHPLACES, 3),
    "id_religion142": lambda p, c: _pick(p, _ID_RELIGIONS, 4),
    "id_street142": lambda p, c: _place7(p, _ID_PLACES)[0],
    "id_rt142": lambda p, c: _place7(p, _ID_PLACES)[1].split("/")[0],
    "id_rw142": lambda p, c: _place7(p, _ID_PLACES)[1].split("/")[1],
    "id_kel142": lambda p, c: _place7(p, _ID_PLACES)[3],
    "id_kec142": lambda p, c: _place7(p, _ID_PLACES)[2],
    "id_hp142": lambda p, c: f"08{p.phone[2:4]}{p.phone[4:11]}{p.bhxh[-1]}",
    "id_father142": lambda p, c: _pick(p, _ID_GIVEN_M, 5) + " " + _pick(p, _ID_FAMILY, 2),
    "id_mother142": lambda p, c: _pick(p, _ID_GIVEN_F, 6),
    "id_class142": lambda p, c: _pick(p, _ID_CLASSES, 7),
    # Philippines: PWD registry
    "pwd_id_ph142": lambda p, c: f"04-2103-{_num(p, 90):03d}-{p.bhxh[-7:]}",
    "psn_ph142": lambda p, c: _psn(p),
    "ph_family142": lambda p, c: _pick(p, _PH_FAMILY, 1),
    "ph_given142": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 2),
    "ph_middle142": lambda p, c: _pick(p, _PH_MIDDLE, 3),
    "sex_ph142": lambda p, c: "Male" if p.male else "Female",
    "ph_disability142": lambda p, c: _PH_DISABILITY[int(p.bhxh) // 7 % len(_PH_DISABILITY)][0],
    "ph_cause142": lambda p, c: _PH_DISABILITY[int(p.bhxh) // 7 % len(_PH_DISABILITY)][1],
    "ph_street142": lambda p, c: _ph_place(p)[0],
    "ph_brgy142": lambda p, c: _ph_place(p)[1],
    "ph_city142": lambda p, c: _ph_place(p)[2],
    "ph_prov142": lambda p, c: _ph_place(p)[3],
    "ph_mobile142": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "ph_guardian142": lambda p, c: f"{_pick(p, _PH_GIVEN_F, 5)} {_pick(p, _PH_FAMILY, 1)}",
    "ph_until142": lambda p, c: f"{_shift_date(p.other_date, 5):%m/%d/%Y}",
    # Thailand: conscription register
    "pid_th142": lambda p, c: _thai_pid(p),
    "th_given142": lambda p, c: _pick(p, _TH_GIVEN_M, 1),
    "th_family142": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "th_birth142": lambda p, c: _thai_date(p.birth),
    "th_father142": lambda p, c: _pick(p, _TH_FATHERS, 3),
    "th_mother142": lambda p, c: _pick(p, _TH_MOTHERS, 4),
    "th_addr142": lambda p, c: (
        f"{_place7(p, _TH_PLACES)[0]} ต.{_place7(p, _TH_PLACES)[1]}"
        f" อ.{_place7(p, _TH_PLACES)[2]} จ.{_place7(p, _TH_PLACES)[3]}"
    ),
    "th_zip142": lambda p, c: _place7(p, _TH_PLACES)[4],
    "th_date142": lambda p, c: _thai_date(p.other_date, months=True),
    "th_sd9_142": lambda p, c: f"{p.bhxh[-6:]}/{p.other_date.year + 543}",
    "th_result142": lambda p, c: _pick(p, _TH_RESULTS, 5),
    "th_phone142": lambda p, c: _th_phone(p),
    # Pakistan: zakat mustahiqeen
    "cnic_pk142": lambda p, c: _cnic(p),
    "pk_name142": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "pk_father142": lambda p, c: f"{_pick(p, _PK_GIVEN_M, 3)} {_pick(p, _PK_FAMILY, 2)}",
    "sex_pk142": lambda p, c: "مرد" if p.male else "عورت",
    "pk_addr142": lambda p, c: (
        "، ".join(_pk_home(p)) if _num(p, 2) == 1 else ", ".join(_pk_home(p))
    ),
    "pk_district142": lambda p, c: _pk_home(p)[1],
    "pk_phone142": lambda p, c: _pk_phone(p),
    "pk_lzc142": lambda p, c: f"LZC-{_num(p, 60):03d} {_pk_home(p)[1]}",
    "pk_chair142": lambda p, c: f"{_pick(p, _PK_GIVEN_M, 4)} {_pick(p, _PK_FAMILY, 5)}",
    "pk_aid142": lambda p, c: _pick(p, _PK_AID, 6),
    "pk_amount142": lambda p, c: f"{(_num(p, 10) + 2) * 1000:,}",
    "pk_status142": lambda p, c: _pick(p, _PK_STATUS, 7),
}
