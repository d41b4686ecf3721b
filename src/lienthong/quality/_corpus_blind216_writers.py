"""How the people of the two hundred and sixteenth part of the outside corpus (**blind 216**,
:mod:`lienthong.quality._corpus_blind216`) are written: four Vietnamese files' own columns (a
football ticket order and seat, an airline cabin-crew candidate's height and TOEIC score, a
resettlement plot drawn by lot, an IVF couple's partner and embryos) and Nepali, Bhutanese,
Maldivian, northern Sri Lankan and Gilgit-Baltistani names, addresses, phones and identity
numbers in the forms their documents show (the citizenship certificate number and Bikram Sambat
days, the 11-digit CID, the ``A``-number of the ID card, the new 12-digit NIC, the CNIC of the
Gilgit-Baltistan localities)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind19_writers import _bs
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_vn
from lienthong.quality._corpus_blind67_writers import _mv_name
from lienthong.quality._corpus_blind70_writers import _sri_lanka_nic
from lienthong.quality._corpus_blind94_writers import _np_citizen, _np_name, _pk_cnic
from lienthong.quality._corpus_blind151_writers import _mv_phone, _np_home

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MATCHES = (
    "VN - Thái Lan (AFF Cup)",
    "VN - Indonesia (VL World Cup)",
    "VN - Malaysia (VL Asian Cup)",
    "U23 VN - U23 Hàn Quốc",
)
_VN_STANDS = (("A", 600_000), ("B", 500_000), ("C", 300_000), ("D", 200_000), ("A-VIP", 1_500_000))
_VN_PAY = ("Đã thanh toán", "Đã thanh toán", "Chờ thanh toán", "Đã hủy", "Đã nhận vé")
_VN_EDU = ("Đại học", "Cao đẳng", "Đại học", "Tốt nghiệp THPT", "Thạc sĩ")
_VN_ROUNDS = ("Sơ tuyển", "Vòng ngoại hình", "Phỏng vấn tiếng Anh", "Khám sức khỏe")
_VN_RESULTS = ("Đạt", "Không đạt", "Đạt", "Chờ kết quả", "Vắng")
_VN_PROJECTS = (
    ("Đường vành đai 3 đoạn qua TP. Thủ Đức", "Khu TĐC Long Phước"),
    ("Mở rộng QL1 tránh thị xã", "Khu TĐC Đồng Mít"),
    ("Cao tốc Bắc - Nam đoạn Cam Lộ - La Sơn", "Khu TĐC thôn Phú Ốc"),
    ("Khu công nghiệp VSIP III", "Khu TĐC xã Tân Vĩnh Hiệp"),
)
_VN_LOST = ("Thửa 112 tờ 7", "Thửa 45 tờ 12", "Thửa 203 tờ 3", "Thửa 88 tờ 21", "Thửa 9 tờ 15")
_VN_DIAG = (
    "Vô sinh nguyên phát",
    "Vô sinh thứ phát",
    "Tắc vòi trứng 2 bên",
    "Tinh trùng yếu",
    "Dự trữ buồng trứng thấp",
)
_VN_BETA = ("Dương tính", "Âm tính", "Chưa chuyển phôi", "Dương tính", "Chờ xét nghiệm")

_NP_FATHERS = ("हरि प्रसाद", "खड्ग बहादुर", "शिव राज", "टंक नाथ", "लोक बहादुर")
_NP_GRANDS = ("धन बहादुर", "नर प्रसाद", "भीम लाल", "जीत बहादुर")
_MV_GUARDIANS = (
    "Ibrahim Rasheed",
    "Mohamed Naseem",
    "Aishath Shareefa",
    "Abdulla Zahir",
    "Hassan Saeed",
    "Mariyam Waheedha",
)

_BT_GIVEN_M = ("Sonam", "Karma", "Tshering", "Ugyen", "Kinley", "Dorji", "Pema")
_BT_GIVEN_F = ("Dechen", "Karma", "Pema", "Kinzang", "Tshering", "Yangchen", "Sonam")
_BT_SECOND_M = ("Wangchuk", "Dorji", "Tenzin", "Phuntsho", "Gyeltshen", "Namgyel")
_BT_SECOND_F = ("Choden", "Wangmo", "Lhamo", "Yangzom", "Dema", "Pelden")
#: (village, gewog, dzongkhag, census code)
_BT_HOMES = (
    ("Kabesa", "Kawang", "Thimphu", "11"),
    ("Shaba", "Shaba", "Paro", "10"),
    ("Bajo", "Thedtsho", "Wangdue Phodrang", "20"),
    ("Rangjung", "Radhi", "Trashigang", "17"),
    ("Gelephu Throm", "Gelephu", "Sarpang", "14"),
    ("Lingmethang", "Tsamang", "Mongar", "08"),
)
_BT_JOBS = (
    ("Civil Servant", "Ministry of Health"),
    ("Student", "Sherubtse College"),
    ("Corporate Employee", "Druk Green Power Corporation"),
    ("Farmer", "Self"),
    ("Private Employee", "Tashi InfoComm Ltd"),
)
_BT_CENTRES = ("Tencholing, Wangdue", "Khotokha, Wangdue", "Gelephu", "Jigmeling, Sarpang")

_MV_ATOLLS = (
    ("Maafanneege", "K. Huraa"),
    ("Hirigasdhoshuge", "Lh. Naifaru"),
    ("Sosunge", "Ha. Dhidhdhoo"),
    ("Kinbigasdhoshuge", "S. Hithadhoo"),
    ("Green Villa", "GDh. Thinadhoo"),
    ("Finifenmaage", "Th. Veymandoo"),
)
_MV_PROGRAMMES = (
    "Bachelor of Nursing",
    "Diploma in Teaching (Primary)",
    "Bachelor of Accounting",
    "Advanced Certificate in Fisheries Science",
    "Bachelor of Information Technology",
)
_MV_CAMPUS = ("Malé Central", "Addu Campus", "Hithadhoo", "Kulhudhuffushi Campus", "Laamu Campus")

_LK_INITIALS = ("S.", "K.", "T.", "R.", "M.", "P.", "V.")
_LK_GIVEN_M = ("Kajeepan", "Tharshan", "Sivakumar", "Mathivathanan", "Jeyaruban", "Nirojan")
_LK_GIVEN_F = ("Nirosha", "Tharsika", "Kalaivani", "Sharmila", "Vithusha", "Piratheepa")
_LK_HOMES = (
    "No. 14, Thikkam Road, Point Pedro",
    "Kottadi Lane, Valvettithurai",
    "No. 7/2, Beach Road, Gurunagar, Jaffna",
    "Mathagal East, Sandilipay",
    "No. 23, Church Road, Mannar",
    "Vadamarachchi East, Maruthankerny",
)
_LK_GEAR = ("Gill net / வலை", "OFRP boat", "Crab net", "Beach seine", "Lagoon fishing", "Diving")

_GB_NAMES_M = ("Muhammad Ali", "Sher Baz", "Ghulam Abbas", "Karim Khan", "Ejaz Hussain")
_GB_NAMES_F = ("Bibi Fatima", "Shahida Bano", "Rehana Begum", "Zainab Bibi", "Nasreen Akhtar")
_GB_FATHERS = ("Ghulam Haider", "Muhammad Raza", "Aman Ullah", "Qurban Ali", "Sultan Mehdi")
#: (mohalla / village, district, CNIC locality)
_GB_HOMES = (
    ("Mohalla Kashrote", "Gilgit", "71101"),
    ("Jutial Sector B", "Gilgit", "71101"),
    ("Karimabad", "Hunza", "71401"),
    ("Satellite Town Skardu", "Skardu", "71501"),
    ("Gahkuch Bala", "Ghizer", "71301"),
    ("Chilas Bazaar", "Diamer", "71201"),
)
_GB_DEPOTS = ("Depot No. 3 Kashrote", "Depot Aliabad", "Depot Skardu Bazaar", "Depot Gahkuch")


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 5) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt + 3) % len(table)]


def _stand(p: Person) -> tuple[str, int]:
    return _VN_STANDS[_num(p, 50) % len(_VN_STANDS)]


def _husband_male(p: Person) -> bool:
    return not p.male


def _spouse_year(p: Person) -> int:
    return min(2004, p.birth.year + _num(p, 9) - 3)


def _np_family(p: Person) -> str:
    return _np_name(p).split()[-1]


def _bt_home(p: Person) -> tuple[str, ...]:
    return _row(p, _BT_HOMES)


def _bt_cid(p: Person) -> str:
    """An 11-digit CID: a 1, the dzongkhag's census code and the census serial."""
    return f"1{_bt_home(p)[3]}{p.bhxh[:8]}"


def _bt_name(p: Person, salt: int = 1) -> str:
    given = _by_sex(p, _BT_GIVEN_M, _BT_GIVEN_F, salt)
    return f"{given} {_by_sex(p, _BT_SECOND_M, _BT_SECOND_F, salt + 2)}"


def _mv_id(p: Person) -> str:
    return f"A{int(p.bhxh[:6]) % 400_000 + 100_000:06d}"


def _lk_name(p: Person) -> str:
    return f"{_pick(p, _LK_INITIALS, 1)} {_by_sex(p, _LK_GIVEN_M, _LK_GIVEN_F, 2)}"


def _gb_home(p: Person) -> tuple[str, ...]:
    return _row(p, _GB_HOMES, 7)


WRITERS_BLIND216: dict[str, Callable[[Person, Col], object]] = {
    # -- Vietnam: khán giả mua vé trận đội tuyển quốc gia
    "order216": lambda p, c: f"VFF{p.updated:%y%m%d}{p.bhxh[-6:]}",
    "match216": lambda p, c: _pick(p, _VN_MATCHES, 3),
    "stand216": lambda p, c: _stand(p)[0],
    "gate216": lambda p, c: f"Cửa {_pick(p, ('A', 'B', 'C', 'D'), 4)}{1 + _num(p, 8)}",
    "seat216": lambda p, c: f"H{1 + _num(p, 30):02d} - G{1 + int(p.bhxh[-3:]) % 40:02d}",
    "price216": lambda p, c: f"{_stand(p)[1]:,}".replace(",", "."),
    "paystatus216": lambda p, c: _pick(p, _VN_PAY, 6),
    # -- Vietnam: thí sinh tuyển tiếp viên hàng không
    "cand216": lambda p, c: f"TVHK-{p.bhxh[-4:]}",
    "height216": lambda p, c: (172 if p.male else 160) + _num(p, 14),
    "weight216": lambda p, c: (60 if p.male else 47) + _num(p, 16),
    "toeic216": lambda p, c: 550 + _num(p, 80) * 5,
    "edu216": lambda p, c: _pick(p, _VN_EDU, 2),
    "round216": lambda p, c: _pick(p, _VN_ROUNDS, 3),
    "result216": lambda p, c: _pick(p, _VN_RESULTS, 5),
    # -- Vietnam: hộ bốc thăm lô đất tái định cư
    "lost216": lambda p, c: f"{_pick(p, _VN_LOST, 2)}, {_row(p, _VN_PROJECTS, 2)[0]}",
    "area216": lambda p, c: f"{60 + _num(p, 400)},{_num(p, 10)}",
    "project216": lambda p, c: _row(p, _VN_PROJECTS, 2)[0],
    "tdc216": lambda p, c: _row(p, _VN_PROJECTS, 2)[1],
    "lot216": lambda p, c: (
        f"Lô {_pick(p, ('A', 'B', 'C', 'LK'), 3)}{1 + _num(p, 12)}-{_num(p, 40) + 1:02d}"
    ),
    "lotarea216": lambda p, c: f"{80 + _num(p, 70)}",
    "landfee216": lambda p, c: f"{(80 + _num(p, 70)) * (3 + _num(p, 9)) * 1_000_000:,}".replace(
        ",", "."
    ),
    "signed216": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Ủy quyền", "Vắng")),
    # -- Vietnam: cặp vợ chồng điều trị hiếm muộn (IVF)
    "patient216": lambda p, c: f"IVF{p.other_date:%y}-{p.bhxh[-5:]}",
    "spouse216": lambda p, c: _other_vn(p, 4, male=_husband_male(p)),
    "spouse_year216": lambda p, c: _spouse_year(p),
    "spouse_cccd216": lambda p, c: _cccd_of(p, _husband_male(p), _spouse_year(p)),
    "diag216": lambda p, c: _pick(p, _VN_DIAG, 3),
    "embryos216": lambda p, c: _num(p, 7),
    "beta216": lambda p, c: _pick(p, _VN_BETA, 5),
    # -- Nepal: मालपोत कार्यालय, जग्गा रजिष्ट्रेशन
    "np_name216": lambda p, c: _np_name(p),
    "np_citizen216": lambda p, c: _np_citizen(p),
    "np_birth216": lambda p, c: _bs(p.birth),
    "np_sex216": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_father216": lambda p, c: f"{_pick(p, _NP_FATHERS, 5)} {_np_family(p)}",
    "np_grand216": lambda p, c: f"{_pick(p, _NP_GRANDS, 4)} {_np_family(p)}",
    "np_home216": lambda p, c: _np_home(p),
    "np_phone216": lambda p, c: f"98{_pick(p, ('4', '5', '6', '1'), 2)}{p.bhxh[-7:]}",
    "np_kitta216": lambda p, c: f"{100 + int(p.bhxh[-4:]) % 4000}",
    "np_area216": lambda p, c: f"{_num(p, 4)}-{_num(p, 16)}-{_num(p, 4)}-{_num(p, 4)}",
    "np_landplace216": lambda p, c: (
        f"{_np_home(p).split(', ')[0]}, कित्ता नक्सा नं. {1 + _num(p, 30)}"
    ),
    "np_deal216": lambda p, c: _pick(p, ("राजीनामा", "अंशबण्डा", "दानबकस", "हालैको अपुताली"), 3),
    "np_regdate216": lambda p, c: _bs(p.other_date),
    # -- Bhutan: De-suung training batch
    "bt_desuup216": lambda p, c: f"DS{p.bhxh[-5:]}",
    "bt_cid216": lambda p, c: _bt_cid(p),
    "bt_name216": lambda p, c: _bt_name(p),
    "bt_sex216": lambda p, c: "Male" if p.male else "Female",
    "bt_home216": lambda p, c: ", ".join(_bt_home(p)[:3]),
    "bt_phone216": lambda p, c: f"{_pick(p, ('17', '77'), 2)}{p.bhxh[-6:]}",
    "bt_job216": lambda p, c: _row(p, _BT_JOBS, 3)[0],
    "bt_employer216": lambda p, c: _row(p, _BT_JOBS, 3)[1],
    "bt_batch216": lambda p, c: f"Batch {120 + _num(p, 60)}",
    "bt_centre216": lambda p, c: _pick(p, _BT_CENTRES, 4),
    "bt_contact216": lambda p, c: _bt_name(p, 4).split()[0] + " " + _pick(p, _BT_SECOND_M, 5),
    "bt_contact_phone216": lambda p, c: f"17{p.bhxh[::-1][:6]}",
    # -- Maldives: student enrolment
    "mv_stuid216": lambda p, c: f"S{p.other_date:%Y}{p.bhxh[-4:]}",
    "mv_id216": lambda p, c: _mv_id(p),
    "mv_latin216": lambda p, c: _mv_name(p, 0),
    "mv_thaana216": lambda p, c: _mv_name(p, 1),
    "mv_perm216": lambda p, c: ", ".join(_row(p, _MV_ATOLLS, 4)),
    "mv_phone216": lambda p, c: _mv_phone(p),
    "mv_guardian216": lambda p, c: _pick(p, _MV_GUARDIANS, 6),
    "mv_guardian_phone216": lambda p, c: f"+960 7{p.bhxh[::-1][:6]}",
    "mv_programme216": lambda p, c: _pick(p, _MV_PROGRAMMES, 3),
    "mv_campus216": lambda p, c: _pick(p, _MV_CAMPUS, 5),
    "mv_loan216": lambda p, c: _pick(p, ("SAS Loan", "Self-funded", "Presidential Scholarship")),
    # -- Sri Lanka (north): fisheries cooperative society
    "lk_member216": lambda p, c: f"PP/FCS/{p.bhxh[-4:]}",
    "lk_nic216": lambda p, c: _sri_lanka_nic(p),
    "lk_name216": lambda p, c: _lk_name(p),
    "lk_sex216": lambda p, c: "ஆண்" if p.male else "பெண்",
    "lk_home216": lambda p, c: _pick(p, _LK_HOMES, 2),
    "lk_gn216": lambda p, c: f"J/{400 + _num(p, 40)}",
    "lk_phone216": lambda p, c: f"07{_pick(p, ('7', '6', '1', '5'), 3)}{p.bhxh[-7:]}",
    "lk_boat216": lambda p, c: f"IMUL-A-{p.bhxh[-4:]} JFN",
    "lk_gear216": lambda p, c: _pick(p, _LK_GEAR, 4),
    "lk_nominee216": lambda p, c: f"{_pick(p, _LK_INITIALS, 6)} {_pick(p, _LK_GIVEN_F, 6)}",
    "lk_share216": lambda p, c: f"Rs. {(5 + _num(p, 20)) * 500:,}.00",
    # -- Gilgit-Baltistan: subsidised wheat ration cards
    "gb_card216": lambda p, c: f"GLT-{p.bhxh[-6:]}",
    "gb_cnic216": lambda p, c: _pk_cnic(p, _gb_home(p)[2], p.bhxh[2:], p.male),
    "gb_name216": lambda p, c: _by_sex(p, _GB_NAMES_M, _GB_NAMES_F, 1),
    "gb_father216": lambda p, c: _pick(p, _GB_FATHERS, 3),
    "gb_sex216": lambda p, c: "مرد" if p.male else "عورت",
    "gb_home216": lambda p, c: f"House No. {1 + _num(p, 300)}, {_gb_home(p)[0]}, {_gb_home(p)[1]}",
    "gb_district216": lambda p, c: _gb_home(p)[1],
    "gb_phone216": lambda p, c: f"03{_pick(p, ('55', '46', '15', '00'), 2)}-{p.bhxh[-7:]}",
    "gb_members216": lambda p, c: 2 + _num(p, 9),
    "gb_quota216": lambda p, c: (2 + _num(p, 9)) * 10,
    "gb_depot216": lambda p, c: _pick(p, _GB_DEPOTS, 4),
}

__all__ = ["WRITERS_BLIND216"]
