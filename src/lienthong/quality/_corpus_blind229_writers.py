"""How the people of the two-hundred-and-twenty-ninth part of the outside corpus (**blind 229**,
:mod:`lienthong.quality._corpus_blind229`) are written: four Vietnamese files' own columns (the
candidates of a Japanese specified-skill programme, the drivers of an e-contract car cooperative,
a sign-language class, the agarwood growers of a forest ranger station) and Somali, Djiboutian,
Eritrean, Sudanese and South Sudanese names, places, phones and numbers in the forms their
registers show (none of these national numbers publishes a check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind28_writers import _sd_name
from lienthong.quality._corpus_blind33_writers import _DJ_FATHERS, _DJ_GIVEN_F, _DJ_GIVEN_M
from lienthong.quality._corpus_blind35_writers import _ER_FATHERS_TI, _ER_GIVEN_TI_F, _ER_GIVEN_TI_M
from lienthong.quality._corpus_blind40_writers import _place, _safe_day
from lienthong.quality._corpus_blind77_writers import _SS_GIVEN_F, _SS_GIVEN_M
from lienthong.quality._corpus_blind80_writers import (
    _SO_ELDERS,
    _SO_GIVEN_F,
    _SO_GIVEN_M,
    _SO_MOTHERS,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_JP_LEVEL = ("JFT-Basic A2", "JLPT N4", "JLPT N3", "NAT-TEST 4Q", "Chưa thi")
_VN_JP_SKILL = ("Đạt kỹ năng Hộ lý", "Đạt KN Nhà hàng", "Chờ kết quả", "Trượt lần 1", "Đạt")
_VN_JP_HOST = ("Kaigo Sakura (Osaka)", "Fujikai Care (Aichi)", "Nhà hàng Watami (Tokyo)")
_VN_HOMETOWN = ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Thái Bình", "Nam Định", "Quảng Bình")
_VN_CAR = ("Toyota Vios", "Kia Morning", "Hyundai i10", "VinFast VF5", "Mitsubishi Xpander")
_VN_APP = ("Grab", "Be", "Xanh SM (hợp tác)", "Grab + Be", "Gojek")
_VN_LICENCE = ("B2", "B2", "C", "B", "D")
_VN_SIGN_ROLE = ("Phụ huynh trẻ khiếm thính", "Giáo viên hòa nhập", "Người điếc", "Tình nguyện")
_VN_SIGN_LEVEL = ("Sơ cấp 1", "Sơ cấp 2", "Trung cấp", "Sơ cấp 1")
_VN_SIGN_CLASS = ("Lớp NNKH tối T3-T5", "Lớp NNKH sáng CN", "Lớp NNKH online (Zoom)")
_VN_AGAR_WAY = ("Khoan cấy chế phẩm", "Tự nhiên", "Cấy men vi sinh", "Đục lỗ, đóng đinh")
_VN_AGAR_STATE = ("Đã kiểm tra, đủ hồ sơ", "Thiếu bảng kê", "Đã cấp mã vườn", "Chờ xác minh")


def _vn_when(p: Person, shift: int) -> str:
    d = p.other_date
    month = d.month - 1 + shift
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


def _plate(p: Person) -> str:
    series = f"{_pick(p, ('30', '51', '29', '43', '92'), 3)}{'AEFGH'[_num(p, 5) - 1]}"
    return f"{series}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


def _two(p: Person, table: _T, salt: int) -> str:
    """A father's and a grandfather's name from ``table``, never the same one twice."""
    first = _pick(p, table, salt)
    second = table[(table.index(first) + _num(p, len(table) - 1)) % len(table)]
    return f"{first} {second}"


# -- Somaliland ---------------------------------------------------------------------------------
_SL_PLACES = (
    ("Berbera", "Xaafadda Sha'ab"),
    ("Berbera", "Xaafadda Dacarta"),
    ("Berbera", "Xaafadda Badda"),
    ("Seylac", "Xaafadda Bulo Xaar"),
    ("Ceerigaabo", "Xaafadda Mayd"),
)
_SL_BIRTH = ("Berbera", "Hargeysa", "Burco", "Boorama", "Ceerigaabo", "Laascaanood")
_SL_BOAT = ("Huuri (Fiberglass)", "Doon alwaax", "Huuri 7m", "Maraakiib yar")
_SL_GEAR = ("Shabaq", "Jilaab", "Shabaq + Jilaab", "Dab (Gill net)")


def _so_name(p: Person) -> str:
    own = _by_sex(p, _SO_GIVEN_M, _SO_GIVEN_F, 1)
    return f"{own} {_two(p, _SO_ELDERS, 2)}"


# -- Djibouti -----------------------------------------------------------------------------------
_DJ_PLACES = (
    ("Quartier 4, rue de Bender", "Djibouti"),
    ("Balbala, PK12, lot 233", "Djibouti"),
    ("Arhiba, bloc 6, porte 14", "Djibouti"),
    ("Cité Hodan 2, villa 51", "Djibouti"),
    ("Quartier Ambouli, secteur 2", "Djibouti"),
    ("Quartier Dar As Salam", "Tadjourah"),
)
_DJ_BIRTH = ("Djibouti", "Tadjourah", "Obock", "Dikhil", "As Eyla", "Randa", "Ali Sabieh")
_DJ_EMPLOYER: _T = (
    "Port de Djibouti (SGTD)",
    "Ministère de l'Éducation",
    "Djibouti Telecom",
    "EDD",
)
_DJ_EMPLOYER += ("Commerce informel", "Sans emploi", "Armée nationale")
_DJ_TYPE = ("F2", "F3", "F3", "Parcelle viabilisée", "F4")
_DJ_STATUS = ("Dossier complet", "En attente enquête sociale", "Retenu - tirage 2025", "Incomplet")


# -- Eritrea ------------------------------------------------------------------------------------
_ER_PLACES = (
    ("ዞባ ደቡብ", "ንኡስ ዞባ ደቀምሓረ", "ዓዲ ኮል"),
    ("ዞባ ደቡብ", "ንኡስ ዞባ ዓዲ ቀይሕ", "ሰንዓፈ"),
    ("ዞባ ማእከል", "ንኡስ ዞባ ሰረጀቓ", "ዓዲ ጎይታ"),
    ("ዞባ ዓንሰባ", "ንኡስ ዞባ ሓጋዝ", "ሓጋዝ"),
    ("ዞባ ጋሽ ባርካ", "ንኡስ ዞባ ባረንቱ", "ሻምብቆ"),
)
_ER_WORK = ("ሕርሻ", "ጥሪት (ኣጣል)", "ንእሽቶ ንግዲ", "ምርባሕ ደርሆ", "ኣልሙኒየም ስራሕ")
_ER_STATE = ("ዝተኸፍለ", "ኣብ ምኽፋል", "ዝተደናጎየ", "ኣብ ምኽፋል")


# -- Sudan --------------------------------------------------------------------------------------
_SD_PLACES = (
    ("نهر النيل", "شندي"),
    ("الشمالية", "دنقلا"),
    ("كسلا", "كسلا"),
    ("البحر الأحمر", "بورتسودان"),
    ("النيل الأبيض", "كوستي"),
    ("سنار", "سنجة"),
)
_SD_SCHOOLS: _T = (
    "مدرسة شندي الثانوية بنين",
    "مدرسة المك نمر الثانوية",
    "مدرسة بورتسودان الثانوية بنات",
)
_SD_SCHOOLS += ("مدرسة الشهيد الزبير النموذجية", "منازل")
_SD_TRACK = ("أكاديمي - علمي", "أكاديمي - أدبي", "فني - تجاري", "فني - صناعي", "أكاديمي - علمي")
_SD_KIND = ("نظامي", "نظامي", "منازل", "إعادة", "نظامي")
_SD_CENTRE = ("مركز شندي (1)", "مركز كسلا (3)", "مركز القاهرة - مصر", "مركز بورتسودان (7)")


# -- South Sudan --------------------------------------------------------------------------------
_SS_PLACES = (
    ("Munuki Payam", "Block C", "Juba"),
    ("Kator Payam", "Atlabara B", "Juba"),
    ("Juba Payam", "Hai Malakal", "Juba"),
    ("Northern Bari Payam", "Gudele 1", "Juba"),
    ("Rejaf Payam", "Lologo", "Juba"),
)
_SS_STAGES: _T = ("Konyo Konyo stage", "Custom Market stage", "Jebel Market", "Gumbo stage")
_SS_STAGES += ("Juba Bridge stage", "Malakia stage")
_SS_MAKES = ("TVS", "Bajaj Boxer", "Haojue", "Senke", "Dayun")


def _ss_name(p: Person) -> str:
    own = _by_sex(p, _SS_GIVEN_M, _SS_GIVEN_F, 1)
    return f"{own} {_two(p, _SS_GIVEN_M, 4)}"


WRITERS_BLIND229: dict[str, Callable[[Person, Col], object]] = {
    # specified-skill (Japan) candidates
    "passport229": lambda p, c: f"{'CP' if int(p.bhxh) % 2 else 'P0'}{p.bhxh[1:8]}",
    "hometown229": lambda p, c: _pick(p, _VN_HOMETOWN, 2),
    "jp_level229": lambda p, c: _pick(p, _VN_JP_LEVEL, 3),
    "jp_skill229": lambda p, c: _pick(p, _VN_JP_SKILL, 4),
    "jp_host229": lambda p, c: _pick(p, _VN_JP_HOST, 5),
    "jp_fee229": lambda p, c: f"{60 + _num(p, 60)}.000.000",
    "jp_leave229": lambda p, c: _vn_when(p, 5),
    "jp_kin229": lambda p, c: f"{_other_vn(p, 6)} - {_other_phone(p, '09')}",
    # e-contract car drivers
    "licence229": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[::-1][:10]}",
    "licence_class229": lambda p, c: _pick(p, _VN_LICENCE, 2),
    "licence_end229": lambda p, c: _vn_when(p, 30 + _num(p, 60)),
    "plate229": lambda p, c: _plate(p),
    "car229": lambda p, c: _pick(p, _VN_CAR, 4),
    "app229": lambda p, c: _pick(p, _VN_APP, 5),
    "badge229": lambda p, c: f"HĐĐT-{p.bhxh[-4:]}/2025",
    # sign-language class
    "sign_role229": lambda p, c: _pick(p, _VN_SIGN_ROLE, 2),
    "sign_child229": lambda p, c: _other_vn(p, 3),
    "sign_level229": lambda p, c: _pick(p, _VN_SIGN_LEVEL, 4),
    "sign_class229": lambda p, c: _pick(p, _VN_SIGN_CLASS, 5),
    "sign_score229": lambda p, c: f"{4 + _num(p, 5)},{_num(p, 10) - 1}",
    # agarwood growers
    "agar_trees229": lambda p, c: str(50 + _num(p, 2000)),
    "agar_year229": lambda p, c: str(2000 + _num(p, 20)),
    "agar_ha229": lambda p, c: f"{_num(p, 5) - 1},{_num(p, 100) - 1:02d}",
    "agar_done229": lambda p, c: str(_num(p, 300)),
    "agar_way229": lambda p, c: _pick(p, _VN_AGAR_WAY, 3),
    "agar_plot229": lambda p, c: f"Tờ {_num(p, 40) + 1}, thửa {p.bhxh[-3:]}",
    "agar_state229": lambda p, c: _pick(p, _VN_AGAR_STATE, 4),
    "ranger229": lambda p, c: f"KL {_other_vn(p, 7, male=True)}",
    # Somaliland: Berbera fishing cooperative
    "sl_name229": lambda p, c: _so_name(p),
    "sl_mother229": lambda p, c: f"{_pick(p, _SO_MOTHERS, 5)} {_pick(p, _SO_ELDERS, 6)}",
    "sl_sex229": lambda p, c: "Lab" if p.male else "Dhedig",
    "sl_birth229": lambda p, c: _pick(p, _SL_BIRTH, 3),
    "sl_nid229": lambda p, c: f"SL-{p.bhxh[1:10]}",
    "sl_town229": lambda p, c: _place(p, _SL_PLACES)[0],
    "sl_xaafad229": lambda p, c: _place(p, _SL_PLACES)[1],
    "sl_phone229": lambda p, c: (
        f"+252 63 {p.phone[3:6]} {p.phone[6:10]}" if int(p.bhxh) % 3 else f"065{p.phone[3:10]}"
    ),
    "sl_boat229": lambda p, c: _pick(p, _SL_BOAT, 4),
    "sl_boatno229": lambda p, c: f"BBR/{_num(p, 400):03d}",
    "sl_gear229": lambda p, c: _pick(p, _SL_GEAR, 5),
    "sl_fee229": lambda p, c: _pick(p, ("$10", "$20", "$10", "$15"), 6),
    # Djibouti: social housing applicants
    "dj_name229": lambda p, c: (
        f"{_by_sex(p, _DJ_GIVEN_M, _DJ_GIVEN_F, 1)} {_two(p, _DJ_FATHERS, 2)}"
    ),
    "dj_sex229": lambda p, c: "M" if p.male else "F",
    "dj_birth229": lambda p, c: _pick(p, _DJ_BIRTH, 3),
    "dj_cni229": lambda p, c: f"{p.bhxh[:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "dj_addr229": lambda p, c: ", ".join(_place(p, _DJ_PLACES)),
    "dj_phone229": lambda p, c: (
        f"77 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
        if int(p.bhxh) % 4
        else f"+253 77{p.phone[4:10]}"
    ),
    "dj_employer229": lambda p, c: _pick(p, _DJ_EMPLOYER, 4),
    "dj_income229": lambda p, c: f"{(_num(p, 30) + 3) * 5000:,}".replace(",", " "),
    "dj_charge229": lambda p, c: str(_num(p, 10)),
    "dj_type229": lambda p, c: _pick(p, _DJ_TYPE, 6),
    "dj_file229": lambda p, c: f"ARULOS/{p.other_date.year}/{p.bhxh[-5:]}",
    "dj_status229": lambda p, c: _pick(p, _DJ_STATUS, 7),
    # Eritrea: savings and micro-credit borrowers
    "er_name229": lambda p, c: (
        f"{_by_sex(p, _ER_GIVEN_TI_M, _ER_GIVEN_TI_F, 1)} {_two(p, _ER_FATHERS_TI, 2)}"
    ),
    "er_sex229": lambda p, c: "ተ" if p.male else "ኣ",
    "er_nid229": lambda p, c: f"{p.bhxh[3:10]}",
    "er_zoba229": lambda p, c: _place(p, _ER_PLACES)[0],
    "er_subzoba229": lambda p, c: _place(p, _ER_PLACES)[1],
    "er_adi229": lambda p, c: _place(p, _ER_PLACES)[2],
    "er_phone229": lambda p, c: f"+291 7 {p.phone[4:7]} {p.phone[7:10]}",
    "er_work229": lambda p, c: _pick(p, _ER_WORK, 2),
    "er_loan229": lambda p, c: f"{(_num(p, 40) + 5) * 1000:,} ናቕፋ",
    "er_contract229": lambda p, c: f"ንልቓ/{p.bhxh[-6:]}",
    "er_guarantor229": lambda p, c: f"{_pick(p, _ER_GIVEN_TI_M, 5)} {_pick(p, _ER_FATHERS_TI, 6)}",
    "er_state229": lambda p, c: _pick(p, _ER_STATE, 3),
    # Sudan: Sudan certificate exam candidates
    "sd_seat229": lambda p, c: f"{_num(p, 9)}{p.bhxh[-6:]}",
    "sd_name229": lambda p, c: _sd_name(p),
    "sd_sex229": lambda p, c: "ذكر" if p.male else "أنثى",
    "sd_nn229": lambda p, c: f"1{p.bhxh}",
    "sd_school229": lambda p, c: _pick(p, _SD_SCHOOLS, 2),
    "sd_track229": lambda p, c: _pick(p, _SD_TRACK, 3),
    "sd_kind229": lambda p, c: _pick(p, _SD_KIND, 4),
    "sd_state229": lambda p, c: _place(p, _SD_PLACES)[0],
    "sd_town229": lambda p, c: _place(p, _SD_PLACES)[1],
    "sd_centre229": lambda p, c: _pick(p, _SD_CENTRE, 5),
    "sd_phone229": lambda p, c: (
        f"0{_pick(p, ('91', '92', '12', '99', '11'), 6)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "sd_guardian229": lambda p, c: f"{_pick(p, ('حسن', 'عوض', 'النور', 'صديق'), 7)} الطاهر",
    "sd_gphone229": lambda p, c: f"+249 9{p.phone[9]} {p.phone[2:5]} {p.phone[5:9]}",
    # South Sudan: boda-boda riders
    "ss_name229": lambda p, c: _ss_name(p),
    "ss_sex229": lambda p, c: "M" if p.male else "F",
    "ss_nid229": lambda p, c: f"{_num(p, 9)}{p.bhxh[:9]}",
    "ss_addr229": lambda p, c: ", ".join((*_place(p, _SS_PLACES)[::-1][1:], "Juba")),
    "ss_phone229": lambda p, c: (
        f"09{_pick(p, ('2', '1', '8', '2'), 3)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ss_plate229": lambda p, c: f"CES {p.bhxh[-4:]} MC",
    "ss_make229": lambda p, c: _pick(p, _SS_MAKES, 4),
    "ss_owner229": lambda p, c: _two(p, _SS_GIVEN_M, 7),
    "ss_stage229": lambda p, c: _pick(p, _SS_STAGES, 6),
    "ss_permit229": lambda p, c: f"DP/CES/{p.bhxh[2:8]}",
    "ss_fee229": lambda p, c: f"SSP {(_num(p, 5) + 1) * 5000:,}",
}
