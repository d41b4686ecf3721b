"""How the people of the hundred-and-sixty-third part of the outside corpus (**blind 163**,
:mod:`lienthong.quality._corpus_blind163`) are written: four Vietnamese files' own columns (the
frequency authority's amateur radio licences, a provincial museum's register of privately owned
antiquities, a charity cataract-surgery campaign, a provincial literature and arts association's
members) and Oromo, Ugandan, Rwandan, Burundian and Kivu names, places, phones and numbers in the
forms their registers show (the Fayda FIN has twelve digits, the last a Verhoeff check digit; the
Ugandan NIN fourteen characters; the Rwandan ID sixteen digits; the Burundian CNI and the
Congolese voter card publish no check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind19_writers import _nid_rw
from lienthong.quality._corpus_blind20_writers import _nin_ug
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind82_writers import (
    _CD_FAMILY,
    _CD_GIVEN_F,
    _CD_GIVEN_M,
    _CD_POSTNOM,
)
from lienthong.quality._corpus_blind90_writers import _fin
from lienthong.quality._corpus_blind101_writers import (
    _RW_FAMILY,
    _RW_GIVEN_F,
    _RW_GIVEN_M,
    _rw_phone,
)
from lienthong.quality._corpus_blind103_writers import _BI_FAMILY, _BI_GIVEN_F, _BI_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_LETTERS = "ABCDEFGHKLMNPRSTUVW"
_PLATE = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_VN_HAM_CLASS = ("Hạng A", "Hạng B", "Hạng C", "Hạng B", "Hạng C")
_VN_HAM_BANDS = ("HF 7-7,2 MHz", "VHF 144-146 MHz", "HF/VHF", "UHF 430-440 MHz", "HF 14 MHz")
_VN_HAM_SITES = (
    "Tầng thượng nhà riêng",
    "Trạm cứu hộ Đèo Cả (di động)",
    "Xe ô tô 51K-123.45 (di động)",
    "CLB VTĐ nghiệp dư TP (trụ sở)",
    "Nhà riêng, ăng-ten dipole",
)
_VN_ANTIQUES = (
    ("Bình gốm men lam", "Thời Lê Trung Hưng, TK XVII-XVIII", "Gốm", "Cao 32, ĐK miệng 11"),
    ("Trống đồng Đông Sơn loại I", "Văn hóa Đông Sơn, ~2000 năm", "Đồng", "ĐK mặt 54, cao 40"),
    ("Tượng Phật A Di Đà", "Thời Nguyễn, TK XIX", "Gỗ sơn thếp", "Cao 85"),
    ("Đĩa men rạn", "Thời Trần, TK XIII-XIV", "Gốm men ngọc", "ĐK 24"),
    ("Ấn triện đồng", "Thời Lê sơ, TK XV", "Đồng", "5,5 x 5,5 x 4"),
    ("Chum sành Hương Canh", "Thời Nguyễn, TK XIX", "Sành", "Cao 78"),
)
_VN_ANTIQUE_ORIGIN = (
    "Gia đình truyền lại",
    "Mua lại của ông Phạm Văn Thái (2009)",
    "Gia đình truyền lại",
    "Đấu giá tại Hà Nội (2016)",
    "Nhận tặng cho",
)
_VN_BOARDS = ("HĐGĐ cổ vật tỉnh", "Bảo tàng tỉnh", "Cục Di sản văn hóa", "HĐGĐ cổ vật tỉnh")
_VN_EYES = ("MP", "MT", "MP", "MT", "2 mắt")
_VN_ACUITY = ("ĐNT 1m", "ĐNT 2m", "BBT", "ST(+)", "1/10", "ĐNT 50cm")
_VN_EYE_RESULTS = ("Phaco + IOL", "Phaco + IOL", "ECCE + IOL", "Hoãn mổ (THA cao)", "Phaco + IOL")
_VN_SURGEONS = ("BS CKII Lê Minh Tâm", "ThS.BS Nguyễn Thu Hằng", "BS CKI Trần Quốc Việt")
_VN_SPONSORS = (
    "Quỹ Bảo trợ trẻ em & người cao tuổi",
    "Hội Chữ thập đỏ tỉnh",
    "Tổ chức Fred Hollows",
)
_VN_ART = ("Văn xuôi", "Thơ", "Mỹ thuật", "Nhiếp ảnh", "Âm nhạc", "Văn nghệ dân gian", "Sân khấu")
_VN_PEN = ("Hoài Thu", "Sơn Khê", "Lam Giang", "Thanh Mai", "Hải Đăng", "Trường Sa", "Mộc Miên")
_VN_WORKPLACES = (
    "Trường THPT chuyên tỉnh",
    "Báo tỉnh",
    "Nghỉ hưu",
    "Đài PT-TH tỉnh",
    "Trung tâm Văn hóa - Điện ảnh",
    "Tự do",
)
_VN_HOMETOWNS = ("Nghệ An", "Hà Tĩnh", "Thái Bình", "Quảng Nam", "Thanh Hóa", "Huế", "Nam Định")

_OR_GIVEN_M = ("Caalaa", "Gammachuu", "Tolasaa", "Abdiisaa", "Lammeessaa", "Dajanee", "Fayyisaa")
_OR_GIVEN_F = ("Caaltuu", "Galaanee", "Ayyaantuu", "Lalisee", "Obsinee", "Gammachiis", "Boontuu")
_OR_FATHERS = (
    "Tolaa",
    "Guddataa",
    "Nagaasaa",
    "Bayyanaa",
    "Dabalaa",
    "Gamachuu",
    "Hundee",
    "Irreessaa",
)
_OR_PLACES = (
    ("Walmaraa", "Ganda Geefersaa Nonnoo"),
    ("Adaa'aa", "Ganda Dhankaakaa"),
    ("Sulultaa", "Ganda Ashoo Bultumaa"),
    ("Amboo", "Ganda 02"),
    ("Ejersaa Lafoo", "Ganda Maccaa Roggee"),
    ("Baakkoo Tibbee", "Ganda Tulluu Laaftoo"),
)
_OR_USES = ("Qonna", "Qonna fi Dheedichaa", "Bosona", "Qonna", "Mana jireenyaa")
_OR_STATUS = ("Kenname", "Kenname", "Eeggachaa jira", "Falmii irra jira", "Kenname")

_UG_FAMILY163 = ("Ssebunya", "Okello", "Mugisha", "Kato", "Wasswa", "Tumusiime", "Byaruhanga")
_UG_GIVEN_M163 = ("Ronald", "Isaac", "Brian", "Moses", "Hassan", "Joel", "Denis")
_UG_GIVEN_F163 = ("Shamim", "Prossy", "Annet", "Doreen", "Sarah", "Mariam", "Juliet")
_UG_PLACES = (
    ("Kawempe", "Kazo-Angola"),
    ("Makindye", "Kibuye I"),
    ("Nakawa", "Kiswa"),
    ("Rubaga", "Nateete"),
    ("Kampala Central", "Kisenyi II"),
    ("Kawempe", "Bwaise II"),
)
_UG_STAGES = ("Kalerwe Market", "Nateete Taxi Park", "Kibuye Roundabout", "Wandegeya", "Ntinda")
_UG_PERMIT_CLASS = ("A", "A", "A, B", "None - learner", "A")

_RW_PLACES163 = (
    ("Gasabo", "Kimironko", "Bibare", "Umudugudu w'Amahoro"),
    ("Kicukiro", "Gikondo", "Kanserege", "Umudugudu w'Isangano"),
    ("Huye", "Tumba", "Cyarwa", "Umudugudu wa Rango"),
    ("Musanze", "Muhoza", "Mpenge", "Umudugudu wa Ituze"),
    ("Rubavu", "Gisenyi", "Nengo", "Umudugudu wa Bugoyi"),
)
_RW_PURPOSE = ("Ubuhinzi", "Ubucuruzi buciriritse", "Ubworozi", "Kubaka inzu", "Amashuri")
_RW_LOAN_STATUS = ("Irishyurwa neza", "Irishyurwa neza", "Yararangiye", "Iri mu bukererwe")

_BI_PLACES163 = (
    ("Gitega", "Gitega", "Mubuga"),
    ("Ngozi", "Ngozi", "Kinyami"),
    ("Kayanza", "Muhanga", "Rusenda"),
    ("Muyinga", "Gasorwe", "Gitwe"),
    ("Bujumbura", "Mutimbuzi", "Gatumba"),
)
_BI_FERT = ("FOMI-Imbura", "FOMI-Totahaza", "FOMI-Bagara", "Dolomie")
_BI_CROPS = ("Ibigori / Maïs", "Umuceri / Riz", "Ibiharage / Haricot", "Ibirayi / Pomme de terre")

_CD_PLACES163 = (
    ("Av. Mushununu", "Nyamugo", "Kadutu"),
    ("Av. Kasongo", "Nkafu", "Kadutu"),
    ("Av. Lumumba", "Nyalukemba", "Ibanda"),
    ("Av. Pageco", "Ndendere", "Ibanda"),
    ("Av. Bugabo", "Cimpunda", "Kadutu"),
    ("Av. Mulamba", "Nyakavogo", "Bagira"),
)
_CD_GOODS = (
    "Samaki (Sambaza)",
    "Unga wa muhogo",
    "Mboga",
    "Nguo za mitumba",
    "Maharagwe",
    "Mafuta",
)
_CD_MARKETS = ("Soko la Kadutu", "Soko la Nyawera", "Soko la Beach Muhanzi")


def _or_name(p: Person) -> str:
    """An Oromo name: one's own, the father's and the grandfather's."""
    own = _by_sex(p, _OR_GIVEN_M, _OR_GIVEN_F, 1)
    return f"{own} {_pick(p, _OR_FATHERS, 2)} {_pick(p, _OR_FATHERS, 5)}"


def _antique(p: Person) -> tuple[str, str, str, str]:
    return _VN_ANTIQUES[int(p.bhxh) // 7 % len(_VN_ANTIQUES)]


def _or_place(p: Person) -> tuple[str, str]:
    return _OR_PLACES[int(p.bhxh) // 9 % len(_OR_PLACES)]


def _ug_place(p: Person) -> tuple[str, str]:
    return _UG_PLACES[int(p.bhxh) // 9 % len(_UG_PLACES)]


def _rw_place(p: Person) -> tuple[str, str, str, str]:
    return _RW_PLACES163[int(p.bhxh) // 9 % len(_RW_PLACES163)]


def _bi_place(p: Person) -> tuple[str, str, str]:
    return _BI_PLACES163[int(p.bhxh) // 9 % len(_BI_PLACES163)]


def _cd_place(p: Person) -> tuple[str, str, str]:
    return _CD_PLACES163[int(p.bhxh) // 9 % len(_CD_PLACES163)]


def _cd_name(p: Person, salt: int = 0) -> str:
    given = _by_sex(p, _CD_GIVEN_M, _CD_GIVEN_F, 1 + salt)
    return f"{_pick(p, _CD_FAMILY, 2 + salt)} {_pick(p, _CD_POSTNOM, 4 + salt)} {given}"


WRITERS_BLIND163: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese: amateur radio licences
    "callsign163": lambda p, c: (
        f"XV{_pick(p, ('1', '2', '3', '9'), 1)}{_LETTERS[int(p.bhxh[-2:]) % 19]}"
        f"{_LETTERS[int(p.bhxh[-4:-2]) % 19]}"
    ),
    "ham_class163": lambda p, c: _pick(p, _VN_HAM_CLASS, 2),
    "ham_licence163": lambda p, c: f"{p.bhxh[-5:]}/GP-CTS",
    "ham_site163": lambda p, c: _pick(p, _VN_HAM_SITES, 3),
    "ham_power163": lambda p, c: _pick(p, ("100", "50", "10", "400", "5"), 4),
    "ham_band163": lambda p, c: _pick(p, _VN_HAM_BANDS, 5),
    # Vietnamese: privately owned antiquities
    "antique163": lambda p, c: _antique(p)[0],
    "era163": lambda p, c: _antique(p)[1],
    "material163": lambda p, c: _antique(p)[2],
    "size163": lambda p, c: _antique(p)[3],
    "origin163": lambda p, c: _pick(p, _VN_ANTIQUE_ORIGIN, 3),
    "antique_cert163": lambda p, c: f"{_num(p, 400):03d}/ĐKCV-SVHTTDL",
    "board163": lambda p, c: _pick(p, _VN_BOARDS, 4),
    # Vietnamese: charity cataract surgery
    "eye163": lambda p, c: _pick(p, _VN_EYES, 2),
    "acuity163": lambda p, c: _pick(p, _VN_ACUITY, 3),
    "eye_result163": lambda p, c: _pick(p, _VN_EYE_RESULTS, 4),
    "surgeon163": lambda p, c: _pick(p, _VN_SURGEONS, 5),
    "sponsor163": lambda p, c: _pick(p, _VN_SPONSORS, 6),
    "escort163": lambda p, c: _other_vn(p, 7),
    "escort_phone163": lambda p, c: _other_phone(p, "03"),
    # Vietnamese: literature and arts association
    "pen163": lambda p, c: _pick(p, _VN_PEN, 2),
    "hometown163": lambda p, c: _pick(p, _VN_HOMETOWNS, 3),
    "art163": lambda p, c: _pick(p, _VN_ART, 4),
    "workplace163": lambda p, c: _pick(p, _VN_WORKPLACES, 5),
    "joined163": lambda p, c: 1990 + _num(p, 34),
    "member_card163": lambda p, c: f"HV-{_num(p, 900):04d}",
    # Oromia: rural land holding certificates
    "or_name163": lambda p, c: _or_name(p),
    "sex_or163": lambda p, c: "Dhiira" if p.male else "Dubartii",
    "fin_or163": lambda p, c: _fin(p),
    "aanaa_or163": lambda p, c: _or_place(p)[0],
    "ganda_or163": lambda p, c: _or_place(p)[1],
    "spouse_or163": lambda p, c: (
        f"{_by_sex(p, _OR_GIVEN_F, _OR_GIVEN_M, 6)} {_pick(p, _OR_FATHERS, 7)}"
    ),
    "cert_or163": lambda p, c: f"OR/{_num(p, 90):02d}/{p.bhxh[-6:]}",
    "parcel_or163": lambda p, c: f"{_num(p, 9)}",
    "area_or163": lambda p, c: f"{_num(p, 40) * 0.0625:.4f}",
    "use_or163": lambda p, c: _pick(p, _OR_USES, 8),
    "phone_or163": lambda p, c: f"+251 9{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "status_or163": lambda p, c: _pick(p, _OR_STATUS, 9),
    # Uganda: boda boda riders
    "ug_name163": lambda p, c: (
        f"{_pick(p, _UG_FAMILY163, 2).upper()} {_by_sex(p, _UG_GIVEN_M163, _UG_GIVEN_F163, 1)}"
    ),
    "nin_ug163": lambda p, c: _nin_ug(p),
    "sex_ug163": lambda p, c: "M" if p.male else "F",
    "division_ug163": lambda p, c: _ug_place(p)[0],
    "parish_ug163": lambda p, c: _ug_place(p)[1],
    "stage_ug163": lambda p, c: _pick(p, _UG_STAGES, 3),
    "plate_ug163": lambda p, c: (
        f"U{'DEFGMN'[_num(p, 6) - 1]}{_PLATE[int(p.bhxh[2:4]) % 24]} {p.bhxh[-3:]}"
        f"{_PLATE[int(p.bhxh[:2]) % 24]}"
    ),
    "permit_ug163": lambda p, c: _pick(p, _UG_PERMIT_CLASS, 4),
    "phone_ug163": lambda p, c: (
        f"+256 7{_pick(p, ('72', '82', '01', '52', '56', '74'), 5)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "lc1_ug163": lambda p, c: (
        f"{_pick(p, _UG_GIVEN_M163, 6)} {_pick(p, _UG_FAMILY163, 7)} (LC1 Chairperson)"
    ),
    "jacket_ug163": lambda p, c: f"KCCA/BB/{_num(p, 999):04d}",
    # Rwanda: Umurenge SACCO loans
    "rw_name163": lambda p, c: (
        f"{_pick(p, _RW_FAMILY, 2).upper()} {_by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 1)}"
    ),
    "nid_rw163": lambda p, c: _nid_rw(p),
    "sex_rw163": lambda p, c: "Gabo" if p.male else "Gore",
    "district_rw163": lambda p, c: _rw_place(p)[0],
    "addr_rw163": lambda p, c: ", ".join(reversed(_rw_place(p)[1:])),
    "phone_rw163": lambda p, c: _rw_phone(p),
    "account_rw163": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:10]}-0{_num(p, 9)}",
    "loan_rw163": lambda p, c: f"{_num(p, 60) * 50_000:,}".replace(",", " "),
    "purpose_rw163": lambda p, c: _pick(p, _RW_PURPOSE, 4),
    "guarantor_rw163": lambda p, c: f"{_pick(p, _RW_GIVEN_M, 5)} {_pick(p, _RW_FAMILY, 6)}",
    "status_rw163": lambda p, c: _pick(p, _RW_LOAN_STATUS, 7),
    # Burundi: subsidised fertiliser
    "bi_name163": lambda p, c: (
        f"{_pick(p, _BI_FAMILY, 2)} {_by_sex(p, _BI_GIVEN_M, _BI_GIVEN_F, 1)}"
    ),
    "cni_bi163": lambda p, c: f"{p.bhxh[1:5]}/{p.bhxh[5:8]}.{p.bhxh[-3:]}",
    "sex_bi163": lambda p, c: "Gabo / M" if p.male else "Gore / F",
    "province_bi163": lambda p, c: _bi_place(p)[0],
    "commune_bi163": lambda p, c: _bi_place(p)[1],
    "colline_bi163": lambda p, c: _bi_place(p)[2],
    "phone_bi163": lambda p, c: (
        f"+257 {_pick(p, ('79', '69', '71', '61', '68'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "fert_bi163": lambda p, c: _pick(p, _BI_FERT, 4),
    "crop_bi163": lambda p, c: _pick(p, _BI_CROPS, 5),
    "bags_bi163": lambda p, c: _num(p, 6),
    "paid_bi163": lambda p, c: f"{_num(p, 6) * 25_000} FBu",
    "voucher_bi163": lambda p, c: f"PNSEB-{p.bhxh[-7:]}",
    "chef_bi163": lambda p, c: f"{_pick(p, _BI_GIVEN_M, 6)} {_pick(p, _BI_FAMILY, 7)}",
    # Sud-Kivu: Bukavu market vendors
    "cd_name163": lambda p, c: _cd_name(p),
    "voter_cd163": lambda p, c: f"{p.bhxh[:2]}{_num(p, 9)}{p.bhxh[2:10]}",
    "sex_cd163": lambda p, c: "Mume" if p.male else "Mke",
    "avenue_cd163": lambda p, c: f"{_cd_place(p)[0]} n° {_num(p, 80)}",
    "quartier_cd163": lambda p, c: _cd_place(p)[1],
    "commune_cd163": lambda p, c: _cd_place(p)[2],
    "phone_cd163": lambda p, c: (
        f"+243 {_pick(p, ('97', '99', '81', '82', '85', '89'), 5)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "goods_cd163": lambda p, c: _pick(p, _CD_GOODS, 6),
    "market_cd163": lambda p, c: _pick(p, _CD_MARKETS, 7),
    "stall_cd163": lambda p, c: f"{'ABCD'[_num(p, 4) - 1]}-{_num(p, 150)}",
    "tax_cd163": lambda p, c: f"{_num(p, 10) * 500} FC",
    "sponsor_cd163": lambda p, c: _cd_name(p, 3),
}
