"""How the people of the two-hundred-and-sixty-fourth part of the outside corpus (**blind 264**,
:mod:`lienthong.quality._corpus_blind264`) are written: four Vietnamese files' own columns (an
insolvency administrator's practice, a legal consultant's card, a price appraiser's card, a
safety inspector's certificate) and Irish, Welsh, Scottish, Manx and Breton names, places, phones
and numbers in the forms their registers show (the PPS number's mod-23 check letter, the NHS
number's and the CHI number's mod-11 check digits, the Manx ``MA`` insurance number, the NIR's
key of 97)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind37_writers import _nhs
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind48_writers import _IM_PLACES, _im_postcode, _manx_ni, _place
from lienthong.quality._corpus_blind143_writers import _chi, _ppsn
from lienthong.quality._corpus_blind158_writers import (
    _BZH_BIRTH,
    _BZH_FAMILY,
    _BZH_MEN,
    _BZH_WOMEN,
    _WLS_FAMILY,
    _WLS_MEN,
    _WLS_PLACES,
    _WLS_WOMEN,
    _fr_mobile,
    _nir_of,
    _row,
    _wls_phone,
)
from lienthong.quality._corpus_blind195_writers import _uk_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: insolvency administrators (quản tài viên) on the Justice Department's list ----------
_VN_QTV_FORM = ("Hành nghề với tư cách cá nhân", "Làm việc trong DN QL, TLTS", "Cá nhân")
_VN_QTV_FIRMS = (
    "Cty Hợp danh QL, TLTS Phương Nam",
    "Cty Hợp danh QL và TLTS Sao Việt",
    "DNTN QL, TLTS Tín Nghĩa",
    "—",
)
_VN_QTV_OFFICES = (
    "Tầng 5, 27 Lý Thường Kiệt, Q. Hoàn Kiếm",
    "81 Nguyễn Đình Chiểu, P. Võ Thị Sáu, Q.3",
    "12 Trần Phú, TP. Đà Nẵng",
    "—",
)
_VN_QTV_PRIOR = ("Luật sư", "Kiểm toán viên", "Thẩm phán (nghỉ hưu)", "Luật sư", "Chấp hành viên")
# -- Vietnam: legal consultants of the lawyers' association's advice centres -------------------
_VN_TVV_DEGREE = ("Cử nhân Luật", "Thạc sĩ Luật", "Cử nhân Luật", "Tiến sĩ Luật")
_VN_TVV_CENTRES = (
    "TT TVPL số 1 - Hội Luật gia tỉnh",
    "TT TVPL Hội Luật gia huyện Đông Anh",
    "TT Tư vấn pháp luật và Trợ giúp pháp lý cho nông dân",
    "TT TVPL Hội LHPN tỉnh",
)
_VN_TVV_REVOKE = ("", "", "", "", "Thôi làm việc tại TT", "", "Chuyển công tác")
# -- Vietnam: price appraisers registered to practise ------------------------------------------
_VN_TDG_HOMES = ("Nam Dinh", "Thai Binh", "Nghe An", "Ha Tinh", "Quang Nam", "Ben Tre", "Ha Noi")
_VN_TDG_FIRMS = (
    "Cty CP Tham dinh gia Thang Long - T.D.K",
    "Cty TNHH Tham dinh gia Hoang Quan",
    "Cty CP Thong tin va TDG Mien Nam",
    "Cty TNHH TDG va Dich vu tai chinh Viet Nam",
)
_VN_TDG_ROLES = ("Tham dinh vien", "Tham dinh vien", "Giam doc", "Pho Giam doc", "TP Tham dinh")
_VN_TDG_STATUS = ("Du dieu kien", "Du dieu kien", "Tam dinh chi", "Du dieu kien", "Khong dang ky")
# -- Vietnam: occupational safety inspectors ---------------------------------------------------
_VN_KDV_ORGS = (
    "Trung tâm Kiểm định KTAT khu vực I",
    "Cty TNHH Kiểm định An Phát",
    "Trung tâm KĐ KTAT Sở LĐTBXH",
    "Cty CP Kiểm định Vinacontrol",
)
_VN_KDV_FIELDS = (
    "Nồi hơi, bình chịu áp lực",
    "Thiết bị nâng, thang máy",
    "Hệ thống lạnh",
    "Thang cuốn, băng tải chở người",
    "Đường ống dẫn hơi nước, nước nóng",
)

# -- Ireland: Gaeltacht host households (mná tí) for the Irish summer colleges ------------------
_IE_FAMILY = (
    ("Ó Flaithearta", "Ní Fhlaithearta"),
    ("Mac Donncha", "Nic Dhonncha"),
    ("Ó Conghaile", "Ní Chonghaile"),
    ("Ó Cualáin", "Ní Chualáin"),
    ("Breathnach", "Bhreathnach"),
    ("Ó Domhnaill", "Ní Dhomhnaill"),
    ("Ó Súilleabháin", "Ní Shúilleabháin"),
)
_IE_MEN = ("Seán", "Pádraig", "Colm", "Máirtín", "Tomás", "Micheál")
_IE_WOMEN = ("Máire", "Bríd", "Nóirín", "Caitríona", "Siobhán", "Áine", "Treasa")
#: (house and townland, village, county in Irish, routing key, landline head, college)
_IE_PLACES = (
    ("Teach na Trá, Ros an Mhíl", "An Cheathrú Rua", "Co. na Gaillimhe", "H91", "091",
     "Coláiste Chamuis"),
    ("Baile na hAbhann", "Indreabhán", "Co. na Gaillimhe", "H91", "091", "Coláiste Lurgan"),
    ("Cill Mhic an Domhnaigh", "Baile an Fheirtéaraigh", "Co. Chiarraí", "V92", "066",
     "Coláiste Íde"),
    ("Machaire Chlochair", "Doirí Beaga", "Co. Dhún na nGall", "F92", "074",
     "Coláiste Bhríde"),
    ("An Baile Nua", "An Rinn", "Co. Phort Láirge", "X35", "058", "Coláiste na Rinne"),
    ("Baile Ghib", "Ráth Chairn", "Co. na Mí", "C15", "046", "Coláiste Ráth Chairn"),
)  # fmt: skip
_IE_EIR = "ACDEFHKNPRTVWXY"
_IE_STATUS = ("Ceadaithe", "Ceadaithe", "Ar fionraí", "Iarratas nua", "Ceadaithe")
_IE_VETTING = ("Glanta", "Glanta", "Ar feitheamh", "Glanta")
# -- Wales: a county council's sight impairment register ---------------------------------------
_WLS_CVI = ("Nam difrifol ar y golwg (dall)", "Nam ar y golwg (rhannol ddall)")
_WLS_CAUSE = ("Dirywiad macwlaidd", "Glawcoma", "Retinopathi diabetig", "Cataract", "Arall")
_WLS_FORMAT = ("Print bras", "Sain", "Braille", "E-bost", "Print bras")
_WLS_LANG = ("Cymraeg", "Saesneg", "Cymraeg", "Cymraeg")
_WLS_OFFICERS = ("Swyddog Adsefydlu: T. Ellis", "Swyddog Adsefydlu: M. Pugh", "Gwasanaeth RNIB")
# -- Scotland: NHS Highland audiology waiting list ---------------------------------------------
_SC_FAMILY = ("MacLeod", "MacDonald", "Morrison", "MacKenzie", "MacAulay", "Campbell", "Nicolson")
_SC_MEN = ("Calum", "Iain", "Ruairidh", "Donald", "Murdo", "Angus", "Alasdair")
_SC_WOMEN = ("Catriona", "Morag", "Kirsty", "Mairi", "Seonaid", "Peigi", "Flora")
#: (street, town, postcode district, landline head, practice)
_SC_PLACES = (
    ("Wentworth Street", "Portree / Port Rìgh", "IV51", "01478", "Portree Medical Centre"),
    ("Achmore Road", "Kyle / Caol Loch Aills", "IV40", "01599", "Kyle Surgery"),
    ("High Street", "Dingwall / Inbhir Pheofharain", "IV15", "01349", "Ferry Road Surgery"),
    ("Culduthel Road", "Inverness / Inbhir Nis", "IV2", "01463", "Crown Medical Practice"),
    ("Pulteney Street", "Ullapool / Ullapul", "IV26", "01854", "Ullapool Medical Practice"),
    ("Belford Road", "Fort William / An Gearasdan", "PH33", "01397", "Fort William HC"),
)
_SC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"
_SC_PRIORITY = ("Routine / Àbhaisteach", "Urgent / Èiginneach", "Routine / Àbhaisteach")
_SC_CLINIC = ("Raigmore Audiology", "Portree Hospital", "Belford Hospital", "Mobile clinic")
_SC_REFERRER = ("GP", "ENT", "Self-referral", "GP", "Optometrist")
# -- Isle of Man: public sector housing waiting list -------------------------------------------
_IM_FAMILY = ("Quayle", "Kinvig", "Corlett", "Kewley", "Cregeen", "Qualtrough", "Kermode", "Caine")
_IM_MEN = ("John", "Juan", "Robert", "Illiam", "Stephen", "Phil", "Mark")
_IM_WOMEN = ("Karen", "Ealish", "Margaret", "Fenella", "Claire", "Joanne", "Breesha")
_IM_AUTHORITY = ("Douglas Borough Council", "Onchan District", "Ramsey Town", "Peel Town")
_IM_STATUS = ("Active", "Active", "Offer made", "Suspended", "Housed", "Active")
_IM_TENURE = ("Private rented", "Living with family", "Tied accommodation", "Private rented")
# -- Brittany: sea fishermen enrolled with the Enim --------------------------------------------
#: (street, postcode, commune, maritime district)
_BZH_PORTS = (
    ("7 hent ar Porzh / rue du Port", "29730", "Ar Gelveneg / Le Guilvinec", "GV"),
    ("15 straed Jean Jaurès", "29120", "Pont-'n-Abad / Pont-l'Abbé", "GV"),
    ("3 kae Carnot / quai Carnot", "29900", "Konk-Kerne / Concarneau", "CC"),
    ("22 rue Laennec", "29760", "Penmarc'h", "GV"),
    ("4 plasenn an Aod", "29770", "Gwaien / Audierne", "AD"),
    ("11 rue Victor Hugo", "29100", "Douarnenez", "DZ"),
)
_BZH_BOATS = ("An Here", "Bara Zu", "Men Gwen", "Stereden Vor", "Ar Vag Nevez", "Mari Morgan")
_BZH_JOBS = ("Patron / Mestr", "Mécanicien", "Matelot / Martolod", "Matelot / Martolod", "Mousse")


def _vn_card(p: Person, tail: str) -> str:
    return f"{_num(p, 900) + 20:04d}/{tail}"


def _ie_eircode(p: Person) -> str:
    key = _row(p, _IE_PLACES, 2)[3]
    unit = "".join(_IE_EIR[int(p.bhxh[k : k + 2]) % 15] for k in (1, 3, 5))
    return f"{key} {unit[0]}{p.bhxh[7]}{unit[1:]}"


def _ie_name(p: Person) -> str:
    men, women = _row(p, _IE_FAMILY, 1)
    return f"{_by_sex(p, _IE_MEN, _IE_WOMEN, 2)} {men if p.male else women}"


def _ie_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"({_row(p, _IE_PLACES, 2)[4]}) 5{p.phone[5:7]} {p.phone[7:10]}"
    return f"08{_pick(p, ('3', '5', '6', '7'), 3)} {p.phone[3:6]} {p.phone[6:10]}"


def _sc_postcode(p: Person) -> str:
    head = _row(p, _SC_PLACES, 3)[2]
    unit = f"{_SC_UNIT[_num(p, 20) - 1]}{_SC_UNIT[int(p.bhxh[6:8]) % 20]}"
    return f"{head} {int(p.bhxh[4]) % 9 + 1}{unit}"


def _sc_phone(p: Person) -> str:
    if int(p.bhxh) % 2:
        return _uk_mobile(p)
    return f"{_row(p, _SC_PLACES, 3)[3]} {p.phone[4:10]}"


def _im_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 1:
        return f"01624 {p.phone[4:10]}"
    return f"07624 {p.phone[4:10]}"


def _bzh_home(p: Person) -> tuple[str, ...]:
    return _row(p, _BZH_PORTS, 4)


def _bzh_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        tail = p.phone[-6:]
        return f"02 98 {tail[:2]} {tail[2:4]} {tail[4:]}"
    return _fr_mobile(p)


def _after(p: Person, years: int, salt: int) -> date:
    """A day some years after the person's birth (a first embarkation, a qualification)."""
    day = _shift_date(p.birth, years) + timedelta(days=_num(p, 300 + salt))
    return min(day, date(2025, 11, 28))


WRITERS_BLIND264: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: insolvency administrators
    "qtv_cert264": lambda p, c: _vn_card(p, "TP/QTV-CCHN"),
    "qtv_form264": lambda p, c: _pick(p, _VN_QTV_FORM, 2),
    "qtv_firm264": lambda p, c: _pick(p, _VN_QTV_FIRMS, 3),
    "qtv_office264": lambda p, c: _pick(p, _VN_QTV_OFFICES, 3),
    "qtv_prior264": lambda p, c: _pick(p, _VN_QTV_PRIOR, 4),
    # Vietnam: legal consultants
    "tvv_degree264": lambda p, c: _pick(p, _VN_TVV_DEGREE, 2),
    "tvv_years264": lambda p, c: _num(p, 25) + 3,
    "tvv_centre264": lambda p, c: _pick(p, _VN_TVV_CENTRES, 3),
    "tvv_card264": lambda p, c: f"{_num(p, 400)}/TVV-STP",
    "tvv_revoke264": lambda p, c: _pick(p, _VN_TVV_REVOKE, 5),
    # Vietnam: price appraisers
    "tdg_home264": lambda p, c: _pick(p, _VN_TDG_HOMES, 2),
    "tdg_card264": lambda p, c: (
        f"{_pick(p, ('V', 'VI', 'VII', 'IX', 'XI'), 3)}{p.bhxh[2:4]}.{p.bhxh[5:9]}"
    ),
    "tdg_firm264": lambda p, c: _pick(p, _VN_TDG_FIRMS, 4),
    "tdg_role264": lambda p, c: _pick(p, _VN_TDG_ROLES, 5),
    "tdg_year264": lambda p, c: 2026 if int(p.bhxh) % 3 else 2025,
    "tdg_status264": lambda p, c: _pick(p, _VN_TDG_STATUS, 6),
    "tdg_contact264": lambda p, c: _other_phone(p, "02"),
    # Vietnam: safety inspectors
    "kdv_org264": lambda p, c: _pick(p, _VN_KDV_ORGS, 2),
    "kdv_cert264": lambda p, c: f"{_num(p, 700)}/{p.other_date.year}/KĐV-ATLĐ",
    "kdv_field264": lambda p, c: _pick(p, _VN_KDV_FIELDS, 3),
    "kdv_expiry264": lambda p, c: f"{_shift_date(p.other_date, 5):%d-%m-%Y}",
    "kdv_head264": lambda p, c: _other_vn(p, 4),
    # Ireland
    "ie_name264": lambda p, c: _ie_name(p),
    "ie_pps264": lambda p, c: _ppsn(p),
    "ie_addr264": lambda p, c: ", ".join(_row(p, _IE_PLACES, 2)[:3]),
    "ie_county264": lambda p, c: _row(p, _IE_PLACES, 2)[2],
    "ie_eircode264": lambda p, c: _ie_eircode(p),
    "ie_phone264": lambda p, c: _ie_phone(p),
    "ie_college264": lambda p, c: _row(p, _IE_PLACES, 2)[5],
    "ie_beds264": lambda p, c: _num(p, 8) + 2,
    "ie_vetting264": lambda p, c: _pick(p, _IE_VETTING, 4),
    "ie_status264": lambda p, c: _pick(p, _IE_STATUS, 5),
    "ie_grant264": lambda p, c: f"€{(_num(p, 8) + 2) * 95:,}".replace(",", "."),
    # Wales
    "wls_family264": lambda p, c: _pick(p, _WLS_FAMILY, 1),
    "wls_given264": lambda p, c: _by_sex(p, _WLS_MEN, _WLS_WOMEN, 2),
    "wls_sex264": lambda p, c: "Gwryw" if p.male else "Benyw",
    "wls_nhs264": lambda p, c: _nhs(p) if int(p.bhxh) % 5 else _nhs(p).replace(" ", ""),
    "wls_street264": lambda p, c: _row(p, _WLS_PLACES, 3)[0],
    "wls_town264": lambda p, c: _row(p, _WLS_PLACES, 3)[1],
    "wls_pc264": lambda p, c: _row(p, _WLS_PLACES, 3)[2],
    "wls_phone264": lambda p, c: _wls_phone(p),
    "wls_cvi264": lambda p, c: _pick(p, _WLS_CVI, 4),
    "wls_cause264": lambda p, c: _pick(p, _WLS_CAUSE, 5),
    "wls_format264": lambda p, c: _pick(p, _WLS_FORMAT, 6),
    "wls_lang264": lambda p, c: _pick(p, _WLS_LANG, 7),
    "wls_officer264": lambda p, c: _pick(p, _WLS_OFFICERS, 8),
    # Scotland
    "sc_chi264": lambda p, c: _chi(p),
    "sc_family264": lambda p, c: _pick(p, _SC_FAMILY, 1),
    "sc_given264": lambda p, c: _by_sex(p, _SC_MEN, _SC_WOMEN, 2),
    "sc_sex264": lambda p, c: "M / Fireann" if p.male else "F / Boireann",
    "sc_addr264": lambda p, c: (
        f"{_num(p, 60)} {_row(p, _SC_PLACES, 3)[0]}, {_row(p, _SC_PLACES, 3)[1].split(' / ')[0]}"
    ),
    "sc_pc264": lambda p, c: _sc_postcode(p),
    "sc_phone264": lambda p, c: _sc_phone(p),
    "sc_practice264": lambda p, c: _row(p, _SC_PLACES, 3)[4],
    "sc_referrer264": lambda p, c: _pick(p, _SC_REFERRER, 4),
    "sc_priority264": lambda p, c: _pick(p, _SC_PRIORITY, 5),
    "sc_clinic264": lambda p, c: _pick(p, _SC_CLINIC, 6),
    "sc_weeks264": lambda p, c: _num(p, 30),
    # Isle of Man
    "im_family264": lambda p, c: _pick(p, _IM_FAMILY, 1),
    "im_given264": lambda p, c: _by_sex(p, _IM_MEN, _IM_WOMEN, 2),
    "im_ni264": lambda p, c: _manx_ni(p),
    "im_addr264": lambda p, c: (
        f"{_num(p, 70)} {_place(p, _IM_PLACES)[0]}, {_place(p, _IM_PLACES)[1]}"
    ),
    "im_pc264": lambda p, c: _im_postcode(p),
    "im_phone264": lambda p, c: _im_phone(p),
    "im_size264": lambda p, c: _num(p, 5),
    "im_beds264": lambda p, c: str(max(1, min(4, _num(p, 5) - 1))),
    "im_points264": lambda p, c: _num(p, 90) + 10,
    "im_joint264": lambda p, c: _pick(p, ("", "Mr D. Kewley", "Ms S. Corlett", "", ""), 4),
    "im_authority264": lambda p, c: _pick(p, _IM_AUTHORITY, 5),
    "im_tenure264": lambda p, c: _pick(p, _IM_TENURE, 6),
    "im_status264": lambda p, c: _pick(p, _IM_STATUS, 7),
    # Brittany
    "bzh_family264": lambda p, c: _pick(p, _BZH_FAMILY, 1),
    "bzh_given264": lambda p, c: _by_sex(p, _BZH_MEN, _BZH_WOMEN, 2),
    "bzh_birthplace264": lambda p, c: _row(p, _BZH_BIRTH, 3)[0],
    "bzh_nir264": lambda p, c: _nir_of(p, _row(p, _BZH_BIRTH, 3)[1]),
    "bzh_street264": lambda p, c: _bzh_home(p)[0],
    "bzh_pc264": lambda p, c: _bzh_home(p)[1],
    "bzh_town264": lambda p, c: _bzh_home(p)[2],
    "bzh_phone264": lambda p, c: _bzh_phone(p),
    "bzh_sailor264": lambda p, c: f"{p.birth.year}{p.bhxh[4:8]}",
    "bzh_boat264": lambda p, c: (
        f"{_pick(p, _BZH_BOATS, 5)} ({_bzh_home(p)[3]} {p.bhxh[1:4]} {p.bhxh[6:9]})"
    ),
    "bzh_job264": lambda p, c: _pick(p, _BZH_JOBS, 6),
    "bzh_first264": lambda p, c: f"{_after(p, 16 + _num(p, 6), 1):%d/%m/%Y}",
}
