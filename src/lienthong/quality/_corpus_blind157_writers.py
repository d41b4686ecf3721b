"""How the people of the hundred-and-fifty-seventh part of the outside corpus (**blind 157**,
:mod:`lienthong.quality._corpus_blind157`) are written: four Vietnamese files' own columns (a
commune's first military-service registration at seventeen, a Ha Long Bay tour boat's crew, a
provincial traditional-medicine association's healers, a trusted-address register of domestic
violence victims) and Sudanese, South Sudanese, Somali, Djiboutian and Eritrean names, places,
phones and numbers in the forms their registers show (the Sudanese national number has eleven
digits, the Somali NIRA number eleven, the Djiboutian CNI nine, the Eritrean id card seven; none
publishes a check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind28_writers import _sd_name
from lienthong.quality._corpus_blind33_writers import _DJ_FATHERS, _DJ_GIVEN_F, _DJ_GIVEN_M
from lienthong.quality._corpus_blind35_writers import _ER_FATHERS_TI, _er_name_ti
from lienthong.quality._corpus_blind77_writers import _SS_GIVEN_F, _SS_GIVEN_M, _place
from lienthong.quality._corpus_blind80_writers import (
    _SO_ELDERS,
    _SO_GIVEN_F,
    _SO_GIVEN_M,
    _SO_MOTHERS,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Mường", "Khmer", "Hoa", "H'Mông")
_VN_RELIGION = ("Không", "Không", "Phật giáo", "Công giáo", "Cao Đài", "Không")
_VN_SCHOOLS = (
    "Trường THPT Nguyễn Trãi",
    "Trường THPT Lê Quý Đôn",
    "TT GDNN-GDTX huyện",
    "Đã nghỉ học",
    "Trường Trung cấp nghề KV",
)
_VN_CREW_ROLES = ("Thuyền trưởng", "Máy trưởng", "Thủy thủ", "Thợ máy", "NV phục vụ", "NV cứu hộ")
_VN_BOATS = ("Hạ Long Pearl 02", "Bái Tử Long 18", "Paradise Elegance", "Sao Biển 09", "Thiên Long")
_VN_OWNERS = (
    "Cty TNHH Du lịch Biển Ngọc",
    "HTX Vận tải thủy Tuần Châu",
    "Cty CP Du thuyền Hạ Long Xanh",
)
_VN_HERBS = ("Châm cứu", "Bốc thuốc nam", "Xoa bóp, bấm huyệt", "Thuốc gia truyền", "Dưỡng sinh")
_VN_BRANCHES = ("Chi hội TP Hạ Long", "Chi hội Cẩm Phả", "Chi hội Uông Bí", "Chi hội Đông Triều")
_VN_CLINICS = (
    ("Phòng chẩn trị YHCT Phúc An", "12 Lê Thánh Tông, P. Hồng Gai"),
    ("Nhà thuốc Đông y Tâm Đức", "45 Trần Phú, P. Cẩm Tây"),
    ("Phòng chẩn trị YHCT Thiện Nhân", "8 Quang Trung, P. Quang Trung"),
)
_VN_VIOLENCE = ("Thể chất", "Tinh thần", "Kinh tế", "Thể chất, tinh thần", "Tình dục")
_VN_ABUSER = ("Chồng", "Chồng", "Con trai", "Vợ", "Bố dượng", "Con rể")
_VN_SAFE = (
    "Nhà bà Lò Thị Hoa, bản Nà Phặc",
    "Trụ sở Hội LHPN xã",
    "Nhà văn hóa thôn 3",
    "Nhà ông trưởng thôn Đỗ Văn Lợi",
)
_VN_SUPPORT = (
    "Tạm lánh 2 ngày",
    "Tư vấn tâm lý",
    "Hòa giải",
    "Chuyển CA xã xử lý",
    "Trợ giúp pháp lý",
)
_VN_WARDS = ("Xã Mường Thanh", "Xã Nà Tấu", "Phường Him Lam", "Xã Thanh Xương", "Xã Mường Phăng")
_SD_PLACES = (
    ("الخرطوم", "جبل أولياء", "الكلاكلة القلعة"),
    ("الخرطوم", "شرق النيل", "الحاج يوسف"),
    ("الجزيرة", "مدني الكبرى", "حي المدنيين"),
    ("القضارف", "القضارف", "حي الملك"),
    ("نهر النيل", "عطبرة", "حي الداخلة"),
    ("البحر الأحمر", "بورتسودان", "ديم عرب"),
)
_SD_CATEGORY = ("فقير", "مسكين", "غارم", "ابن سبيل", "فقير - أرملة", "مسكين - مسن")
_SS_PLACES = (
    ("Hai Malakal, Block 3", "Juba"),
    ("Gudele 2, Block B", "Juba"),
    ("Hai Jebel, Plot 114", "Juba"),
    ("Hai Tharpam", "Wau"),
    ("Hai Matara", "Bor"),
)
_SS_MINISTRIES = (
    "Ministry of General Education",
    "Ministry of Health",
    "Ministry of Agriculture",
    "Ministry of Finance & Planning",
    "Juba City Council",
)
_SS_STATIONS = ("Juba Teaching Hospital", "Juba Day Sec. School", "Wau HQ", "Bor County HQ")
_SO_PLACES = (
    ("Hodan", "Taleex"),
    ("Wadajir", "Isha Wadajir"),
    ("Howlwadaag", "Bakaaraha"),
    ("Dayniile", "Tabeelaha"),
    ("Yaaqshiid", "Suuqa Xoolaha"),
)
_SO_TRADES = ("Dharka", "Raashinka", "Elektaroonig", "Dahabka", "Dawooyinka", "Khudaarta")
_SO_BIRTH = ("Muqdisho", "Baydhabo", "Beledweyne", "Kismaayo", "Gaalkacyo", "Marka")
_DJ_PLACES = (
    ("Quartier 7, rue 14", "Djibouti", "Boulaos"),
    ("Cité Arhiba, bâtiment 12", "Djibouti", "Boulaos"),
    ("Balbala, Cheik Moussa", "Djibouti", "Balbala"),
    ("Quartier 2, avenue 13", "Djibouti", "Ras-Dika"),
    ("Hayableh, secteur 3", "Djibouti", "Balbala"),
)
_DJ_BIRTH = ("Djibouti", "Ali Sabieh", "Tadjourah", "Dikhil", "Obock", "Arta", "Dire Dawa")
_DJ_JOBS = ("Ménagère", "Commerçant", "Enseignant", "Chauffeur", "Docker", "Étudiant", "Sans")
_DJ_MOTHERS = ("Fatouma Ali", "Hawa Omar", "Kadra Elmi", "Amina Robleh", "Deka Aden")
_ER_PLACES = (
    ("ዞባ ማእከል", "ንኡስ ዞባ ሰሜናዊ ምዕራብ", "ምምሕዳር 04"),
    ("ዞባ ማእከል", "ንኡስ ዞባ ደቡብ", "ምምሕዳር 11"),
    ("ዞባ ደቡብ", "ንኡስ ዞባ መንደፈራ", "ምምሕዳር ማይ ጻዕዳ"),
    ("ዞባ ዓንሰባ", "ንኡስ ዞባ ከረን", "ምምሕዳር ሓሽላ"),
)
_ER_SHOPS = ("ድኳን ቁ. 12 ገዛ ባንዳ", "ድኳን ቁ. 7 ኣኽሪያ", "ድኳን ቁ. 21 ጎዳይፍ", "ድኳን ቁ. 3 ማይተመናይ")


def _ss_name(p: Person) -> str:
    own = _by_sex(p, _SS_GIVEN_M, _SS_GIVEN_F, 1)
    return f"{own} {_pick(p, _SS_GIVEN_M, 2)} {_pick(p, _SS_GIVEN_M, 3)}"


WRITERS_BLIND157: dict[str, Callable[[Person, Col], object]] = {
    "ethnic157": lambda p, c: _pick(p, _VN_ETHNIC, 1),
    "religion157": lambda p, c: _pick(p, _VN_RELIGION, 2),
    "grade157": lambda p, c: _pick(p, ("12/12", "11/12", "9/12", "12/12", "10/12"), 3),
    "father157": lambda p, c: _other_vn(p, 4, male=True, family=p.family),
    "mother157": lambda p, c: _other_vn(p, 5, male=False),
    "school157": lambda p, c: _pick(p, _VN_SCHOOLS, 6),
    "crew_role157": lambda p, c: _pick(p, _VN_CREW_ROLES, 1),
    "crew_cert157": lambda p, c: f"{_pick(p, ('T2', 'M2', 'TT', 'CCCM'), 2)}-QN-{p.bhxh[-5:]}",
    "boat157": lambda p, c: _pick(p, _VN_BOATS, 3),
    "boat_reg157": lambda p, c: f"QN-{p.bhxh[2:6]}",
    "boat_owner157": lambda p, c: _pick(p, _VN_OWNERS, 4),
    "captain157": lambda p, c: _other_vn(p, 7, male=True),
    "herb157": lambda p, c: _pick(p, _VN_HERBS, 1),
    "healer_cert157": lambda p, c: f"{_num(p, 900):03d}/QN-CCHN",
    "clinic157": lambda p, c: _pick(p, tuple(n for n, _ in _VN_CLINICS), 2),
    "clinic_addr157": lambda p, c: dict(_VN_CLINICS)[_pick(p, tuple(n for n, _ in _VN_CLINICS), 2)],
    "branch157": lambda p, c: _pick(p, _VN_BRANCHES, 3),
    "dossier157": lambda p, c: f"BLGĐ-{_num(p, 99):02d}/{p.bhxh[-3:]}",
    "ward157": lambda p, c: _pick(p, _VN_WARDS, 1),
    "abuser157": lambda p, c: _other_vn(p, 2),
    "abuser_rel157": lambda p, c: _pick(p, _VN_ABUSER, 3),
    "violence157": lambda p, c: _pick(p, _VN_VIOLENCE, 4),
    "safe_place157": lambda p, c: _pick(p, _VN_SAFE, 5),
    "support157": lambda p, c: _pick(p, _VN_SUPPORT, 6),
    "officer157": lambda p, c: f"{_other_vn(p, 8, male=False)} (HLHPN)",
    "nn_sd157": lambda p, c: f"{p.bhxh[::-1]}{_num(p, 9)}",
    "sd_name157": lambda p, c: _sd_name(p),
    "sex_sd157": lambda p, c: "ذكر" if p.male else "أنثى",
    "sd_state157": lambda p, c: _place(p, _SD_PLACES)[0],
    "sd_mahalia157": lambda p, c: _place(p, _SD_PLACES)[1],
    "sd_hay157": lambda p, c: _place(p, _SD_PLACES)[2],
    "phone_sd157": lambda p, c: (
        f"0{_pick(p, ('91', '90', '92', '12', '11', '99'), 3)}{p.phone[3]}"
        f" {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "category_sd157": lambda p, c: _pick(p, _SD_CATEGORY, 4),
    "members_sd157": lambda p, c: str(_num(p, 11)),
    "amount_sd157": lambda p, c: f"{_pick(p, ('25,000', '50,000', '75,000', '100,000'), 5)}",
    "committee_sd157": lambda p, c: f"{_pick(p, ('عثمان', 'بابكر', 'الطيب'), 6)} الأمين",
    "empno_ss157": lambda p, c: f"MoPS/{p.bhxh[-6:]}",
    "ss_name157": lambda p, c: _ss_name(p),
    "ss_nid157": lambda p, c: f"{_num(p, 9)}{p.bhxh[1:10]}",
    "ss_sex157": lambda p, c: "M" if p.male else "F",
    "ss_grade157": lambda p, c: _pick(
        p, ("Grade 9", "Grade 12", "Grade 7", "Grade 5", "Grade 14"), 2
    ),
    "ss_ministry157": lambda p, c: _pick(p, _SS_MINISTRIES, 3),
    "ss_station157": lambda p, c: _pick(p, _SS_STATIONS, 4),
    "ss_addr157": lambda p, c: ", ".join(_place(p, _SS_PLACES)),
    "ss_phone157": lambda p, c: (
        f"+211 {_pick(p, ('92', '91', '98', '95'), 5)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "ss_bank157": lambda p, c: f"{_pick(p, ('KCB', 'Equity', 'Ivory', 'CBC'), 6)} {p.bhxh}",
    "ss_verify157": lambda p, c: _pick(
        p, ("Verified", "Verified", "Ghost - removed", "Pending"), 7
    ),
    "nin_so157": lambda p, c: f"{_num(p, 9)}{p.bhxh}",
    "so_name157": lambda p, c: (
        f"{_by_sex(p, _SO_GIVEN_M, _SO_GIVEN_F, 1)} {_pick(p, _SO_ELDERS, 2)}"
        f" {_pick(p, _SO_ELDERS, 3)}"
    ),
    "mother_so157": lambda p, c: f"{_pick(p, _SO_MOTHERS, 4)} {_pick(p, _SO_ELDERS, 5)}",
    "sex_so157": lambda p, c: "Lab" if p.male else "Dheddig",
    "birthplace_so157": lambda p, c: _pick(p, _SO_BIRTH, 6),
    "degmo_so157": lambda p, c: _place(p, _SO_PLACES)[0],
    "xaafad_so157": lambda p, c: _place(p, _SO_PLACES)[1],
    "phone_so157": lambda p, c: (
        f"0{_pick(p, ('61', '61', '77', '68'), 7)}{p.phone[3]} {p.phone[4:10]}"
    ),
    "trade_so157": lambda p, c: _pick(p, _SO_TRADES, 8),
    "licence_so157": lambda p, c: f"BRA/GS/{p.bhxh[-5:]}/2025",
    "fee_so157": lambda p, c: _pick(p, ("$120", "$60", "$250", "$120"), 9),
    "voter_dj157": lambda p, c: f"CE{p.bhxh[-7:]}",
    "dj_name157": lambda p, c: (
        f"{_by_sex(p, _DJ_GIVEN_M, _DJ_GIVEN_F, 1)} {_pick(p, _DJ_FATHERS, 2)}"
        f" {_pick(p, _DJ_FATHERS, 3)}"
    ),
    "sex_dj157": lambda p, c: "M" if p.male else "F",
    "birthplace_dj157": lambda p, c: _pick(p, _DJ_BIRTH, 4),
    "cni_dj157": lambda p, c: f"{p.bhxh[1:10]}",
    "mother_dj157": lambda p, c: _pick(p, _DJ_MOTHERS, 5),
    "job_dj157": lambda p, c: _pick(p, _DJ_JOBS, 6),
    "addr_dj157": lambda p, c: f"{_place(p, _DJ_PLACES)[0]}, {_place(p, _DJ_PLACES)[1]}",
    "commune_dj157": lambda p, c: _place(p, _DJ_PLACES)[2],
    "bureau_dj157": lambda p, c: f"BV {_num(p, 40):02d} - École {_pick(p, _DJ_FATHERS, 7)}",
    "phone_dj157": lambda p, c: f"77 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "ration_er157": lambda p, c: f"ራ/{p.bhxh[-5:]}",
    "er_name157": lambda p, c: _er_name_ti(p),
    "er_nid157": lambda p, c: f"{p.bhxh[2:9]}",
    "sex_er157": lambda p, c: "ተባዕታይ" if p.male else "ኣንስታይ",
    "zoba_er157": lambda p, c: _place(p, _ER_PLACES)[0],
    "subzoba_er157": lambda p, c: _place(p, _ER_PLACES)[1],
    "kebabi_er157": lambda p, c: _place(p, _ER_PLACES)[2],
    "house_er157": lambda p, c: str(_num(p, 400)),
    "phone_er157": lambda p, c: (
        f"07-{p.phone[4:10]}"
        if int(p.bhxh) % 3
        else f"01-{p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "size_er157": lambda p, c: str(_num(p, 9)),
    "shop_er157": lambda p, c: _pick(p, _ER_SHOPS, 2),
    "head_er157": lambda p, c: f"{_pick(p, _ER_FATHERS_TI, 4)} {_pick(p, _ER_FATHERS_TI, 5)}",
    "phone_rel157": lambda p, c: _other_phone(p, "03"),
}
