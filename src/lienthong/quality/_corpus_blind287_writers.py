"""How the people of the two-hundred-and-eighty-seventh part of the outside corpus (**blind 287**,
:mod:`lienthong.quality._corpus_blind287`) are written: four Vietnamese files' own columns (a
fixed-term building permit on land set aside by the plan, a paraglider pilot's festival entry, a
civil servant's grade examination, a notary trainee's registration) and the names, places, phones
and numbers of Guam, the Northern Mariana Islands, Palau, the Federated States of Micronesia and
the Marshall Islands in the forms their registers show (US social security numbers, the FSM's
own ``NNN-NN-NNNN`` numbers, ``(670)``, ``+680``, ``(691)`` and ``+692`` phones)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind197_writers import (
    _GU,
    _GU_FAMILY,
    _GU_GIVEN_F,
    _GU_GIVEN_M,
    _MH_FAMILY,
    _MH_GIVEN_F,
    _MH_GIVEN_M,
    _ssn197,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: fixed-term building permits on planned land ---------------------------------------
_VN_GP_SITES = (
    "Tổ 5, P. Phú Thượng, Q. Tây Hồ",
    "Ngõ 89 Lạc Long Quân, P. Nghĩa Đô",
    "Thôn Đông, X. Xuân Nộn, H. Đông Anh",
    "Tổ DP số 12, P. Thạch Bàn, Q. Long Biên",
    "Đường Vành đai 2,5, P. Định Công",
)
_VN_GP_ZONES = (
    "Đất giao thông (mở đường QH)",
    "Đất cây xanh công cộng",
    "Đất trường học",
    "Đất hành lang kênh mương",
    "Đất công trình công cộng",
)
_VN_GP_OFFICERS = ("Trần Minh Đức", "Nguyễn Thu Hà", "Phạm Quốc Việt", "Lê Thị Bích Ngọc")
# -- Vietnam: paraglider pilots at a festival ------------------------------------------------------
_VN_PG_CLUBS = (
    "CLB Dù lượn Hà Nội",
    "Vietwings",
    "CLB Dù lượn Sài Gòn",
    "Đội dù lượn Mù Cang Chải",
    "CLB Dù lượn Đà Nẵng - Sơn Trà",
    "Tự do",
)
_VN_PG_LEVELS = ("P2 - Phi công", "P3 - Phi công độc lập", "P4 - Phi công nâng cao", "Tandem pilot")
_VN_PG_WINGS = ("EN-A", "EN-B", "EN-B", "EN-C", "EN-B (tandem)", "EN-D")
_VN_PG_BLOOD = ("O", "A", "B", "AB", "O", "B")
_VN_PG_REL_M = ("bố", "anh trai", "em trai", "bạn")
_VN_PG_REL_F = ("mẹ", "chị gái", "em gái", "bạn")
# -- Vietnam: civil servants sitting the principal specialist examination -------------------------
_VN_NN_UNITS = (
    "Van phong UBND tinh",
    "So Tai chinh",
    "So Noi vu",
    "UBND huyen Yen Lac",
    "So Nong nghiep va PTNT",
    "Thanh tra tinh",
)
_VN_NN_FROM = ("Chuyen vien (01.003)", "Chuyen vien (01.003)", "Ke toan vien (06.031)")
_VN_NN_TO = ("Chuyen vien chinh (01.002)", "Ke toan vien chinh (06.030)")
_VN_NN_LEVEL = ("4/9 - 3,33", "5/9 - 3,66", "6/9 - 3,99", "7/9 - 4,32", "8/9 - 4,65")
_VN_NN_EXEMPT = ("", "", "Mien thi ngoai ngu (ThS)", "Mien thi tin hoc", "")
_VN_NN_RESULT = ("Dat", "Dat", "Khong dat", "Dat", "Vang")
# -- Vietnam: notary trainees registering their traineeship ---------------------------------------
_VN_CC_OFFICES = (
    "Văn phòng công chứng Nguyễn Huệ",
    "VPCC Hoàng Mai",
    "Phòng Công chứng số 1",
    "VPCC Trần Hưng Đạo",
    "VPCC Đông Đô",
)
_VN_CC_DEGREES = (
    "Cử nhân Luật - ĐH Luật Hà Nội",
    "Cử nhân Luật - Khoa Luật ĐHQGHN",
    "Cử nhân Luật - ĐH Luật TP.HCM",
    "Thạc sĩ Luật - Học viện Tư pháp",
)
_VN_CC_STATUS = (
    "Đang tập sự",
    "Đang tập sự",
    "Tạm ngừng tập sự",
    "Chuyển nơi tập sự",
    "Hoàn thành",
)

# -- Guam: Chamorro Land Trust Commission applicants ----------------------------------------------
_GU_LEASE = ("Residential", "Residential", "Agricultural", "Residential & Agricultural")
_GU_TRACTS = ("Yigo Tract 10120", "Mangilao Tract 2215", "Dededo Tract 1311", "Talofofo Tract 480")
_GU_CLT_STATUS = (
    "Pending survey",
    "Awaiting lot",
    "Lease executed",
    "Deferred - missing docs",
    "Pending survey",
    "Deceased - successor",
)
# -- Northern Mariana Islands: Medicaid enrollment ----------------------------------------------
_MP_FAMILY = ("Olopai", "Rogolifoi", "Igitol", "Tagabuel", "Rebuenog", "Taisakan", "Kaipat",
              "Litulumar", "Ogumoro", "Sablan", "Teregeyo", "Attao", "Babauta", "Deleon Guerrero",
              "Palacios", "Ruak")  # fmt: skip
_MP_GIVEN_M = ("Lino", "Benusto", "Ramon", "Felix", "Ignacio", "Jesus", "Raymond", "Valentino")
_MP_GIVEN_F = ("Lourdes", "Bernadita", "Teresita", "Juanita", "Maria", "Ana", "Rita", "Lucia")
#: (village, island, ZIP, exchange)
_MP = (
    ("Garapan", "Saipan", "96950", "234"),
    ("Chalan Kanoa", "Saipan", "96950", "235"),
    ("Koblerville", "Saipan", "96950", "288"),
    ("Tanapag", "Saipan", "96950", "322"),
    ("San Vicente", "Saipan", "96950", "235"),
    ("Kagman", "Saipan", "96950", "256"),
    ("San Jose", "Tinian", "96952", "433"),
    ("Songsong", "Rota", "96951", "532"),
    ("Sinapalo", "Rota", "96951", "532"),
)
_MP_GROUPS = ("Aged", "Blind/Disabled", "Pregnant woman", "Low income adult", "Child < 19")
_MP_WORKERS = ("R. Camacho", "J. Seman", "L. Kaipat", "T. Muna")
# -- Palau: National Scholarship Board awards ---------------------------------------------------
_PW_FAMILY = ("Ngiraingas", "Rechebei", "Kumangai", "Ngirchechol", "Tellames", "Ueki", "Baules",
              "Sengebau", "Adelbai", "Etpison", "Skebong", "Ngiraibai")  # fmt: skip
_PW_GIVEN_M = ("Kaleb", "Ngiralmau", "Dilmei", "Kuniwo", "Obichang", "Leon", "Techur", "Hiroshi")
_PW_GIVEN_F = ("Uchel", "Dirrabai", "Merii", "Bilung", "Olkeriil", "Sandra", "Ebil", "Faustina")
#: (hamlet, state)
_PW = (
    ("Ngermid", "Koror"),
    ("Meketii", "Koror"),
    ("Idid", "Koror"),
    ("Ngetkib", "Airai"),
    ("Ngerusar", "Airai"),
    ("Ngerulmud", "Melekeok"),
    ("Ulimang", "Ngaraard"),
    ("Ngerkeiukl", "Peleliu"),
    ("Ngeremlengui", "Ngeremlengui"),
)
_PW_CLANS = ("Idid", "Uong", "Ngeriungs", "Ikelau", "Ngerusar", "Klang", "Ngerdmau")
_PW_COLLEGES = (
    "Palau Community College",
    "University of Guam",
    "University of Hawaii at Manoa",
    "Chaminade University",
    "Fiji National University",
)
_PW_FIELDS = ("Nursing", "Education", "Marine Science", "Accounting", "Civil Engineering")
_PW_AWARDS = ("Merit Scholarship", "Presidential Scholarship", "Loan Grant", "Vocational Grant")
# -- FSM: COVID-19 vaccination line list --------------------------------------------------------
_FM_FAMILY = ("Tamag", "Falmed", "Gilmar", "Ruepong", "Sigrah", "Palik", "Tilfas", "Nena",
              "Skilling", "Panuelo", "Hadley", "Etse", "Aisek", "Mori", "Otto", "Ehsa")  # fmt: skip
_FM_GIVEN_M = ("Tony", "Fabian", "Lorin", "Robson", "Kasio", "Gibson", "Erwin", "Welbert")
_FM_GIVEN_F = ("Lyanne", "Merlyn", "Kathy", "Wilma", "Emeliana", "Rosalinda", "Senda", "Kirsty")
#: (municipality, state, exchange, site)
_FM = (
    ("Colonia", "Yap", "350", "Yap Memorial Hospital"),
    ("Rull", "Yap", "350", "Rull dispensary"),
    ("Lelu", "Kosrae", "370", "Lelu Town Hall"),
    ("Tafunsak", "Kosrae", "370", "Kosrae State Hospital"),
    ("Kolonia", "Pohnpei", "320", "Pohnpei State Hospital"),
    ("Nett", "Pohnpei", "320", "PICS gym"),
    ("Kitti", "Pohnpei", "320", "Kitti dispensary"),
    ("Weno", "Chuuk", "330", "Chuuk State Hospital"),
    ("Tonoas", "Chuuk", "330", "Outreach - Tonoas"),
)
_FM_VAX = ("Moderna", "Moderna", "Janssen", "Pfizer-BioNTech", "Moderna bivalent")
_FM_VACCINATORS = ("RN M. Ioanis", "HA K. Lippwe", "RN S. Tun", "LPN J. Sigrah", "RN A. Walter")
# -- Marshall Islands: registered voters ---------------------------------------------------------
#: (residence village and island, exchange)
_MH = (
    ("Delap, Majuro", "625"),
    ("Rairok, Majuro", "625"),
    ("Laura, Majuro", "625"),
    ("Uliga, Majuro", "625"),
    ("Ebeye, Kwajalein", "329"),
    ("Jabor, Jaluit", "625"),
    ("Wotje Island, Wotje", "625"),
)
_MH_DISTRICTS = ("Majuro", "Arno", "Ailinglaplap", "Jaluit", "Kwajalein", "Mili", "Likiep")
_MH_POLLS = ("Delap Elementary School", "Uliga Council House", "Laura High School",
             "Ebeye Public School", "Honolulu (absentee)", "Springdale (postal)")  # fmt: skip
_MH_BALLOTS = ("Regular", "Regular", "Absentee", "Postal", "Regular")
_MH_REMARKS = ("", "", "Moved from outer island", "Spouse's district", "")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 4) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _us_phone(area: str, exchange: str, p: Person) -> str:
    return f"({area}) {exchange}-{p.phone[6:10]}"


def _fm_ss(p: Person) -> str:
    return f"{p.bhxh[2:5]}-{p.bhxh[5:7]}-{p.bhxh[:4]}"


def _pg_contact(p: Person) -> str:
    """The pilot's spouse or another relative, the relation agreeing with the name's sex."""
    spouse = _num(p, 3) == 1
    male = not p.male if spouse else int(p.bhxh) // 7 % 2 == 0
    relation = (
        ("chồng" if male else "vợ")
        if spouse
        else _pick(p, _VN_PG_REL_M if male else _VN_PG_REL_F, 6)
    )
    return f"{_other_vn(p, 5, male=male)} ({relation})"


def _pw_name(p: Person) -> str:
    return f"{_by_sex(p, _PW_GIVEN_M, _PW_GIVEN_F, 2)} {_pick(p, _PW_FAMILY, 3)}"


WRITERS_BLIND287: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: fixed-term building permits
    "gp_site287": lambda p, c: _pick(p, _VN_GP_SITES, 2),
    "gp_parcel287": lambda p, c: str(_num(p, 480)),
    "gp_sheet287": lambda p, c: str(_num(p, 47)),
    "gp_zone287": lambda p, c: _pick(p, _VN_GP_ZONES, 3),
    "gp_area287": lambda p, c: f"{40 + _num(p, 90)},{_num(p, 9)}",
    "gp_floors287": lambda p, c: _pick(p, ("1", "2", "1 + gác lửng", "2 + tum", "1"), 4),
    "gp_term287": lambda p, c: _pick(p, ("31/12/2030", "khi NN thu hồi đất", "05 năm"), 5),
    "gp_no287": lambda p, c: f"{_num(p, 999):03d}/GPXD-TH",
    "gp_officer287": lambda p, c: _pick(p, _VN_GP_OFFICERS, 6),
    # Vietnam: paraglider pilots
    "pg_club287": lambda p, c: _pick(p, _VN_PG_CLUBS, 2),
    "pg_level287": lambda p, c: _pick(p, _VN_PG_LEVELS, 3),
    "pg_hours287": lambda p, c: f"{20 + _num(p, 900)} giờ",
    "pg_wing287": lambda p, c: _pick(p, _VN_PG_WINGS, 4),
    "pg_ins287": lambda p, c: f"BV/TNCN/{p.bhxh[-6:]}",
    "pg_contact287": lambda p, c: _pg_contact(p),
    "pg_contact_phone287": lambda p, c: _other_phone(p, "03"),
    "pg_blood287": lambda p, c: _pick(p, _VN_PG_BLOOD, 7),
    # Vietnam: grade examination of civil servants
    "nn_unit287": lambda p, c: _pick(p, _VN_NN_UNITS, 2),
    "nn_from287": lambda p, c: _pick(p, _VN_NN_FROM, 3),
    "nn_to287": lambda p, c: _pick(p, _VN_NN_TO, 4),
    "nn_level287": lambda p, c: _pick(p, _VN_NN_LEVEL, 5),
    "nn_sbd287": lambda p, c: f"NN{_num(p, 400):03d}",
    "nn_exempt287": lambda p, c: _pick(p, _VN_NN_EXEMPT, 6),
    "nn_score287": lambda p, c: f"{45 + _num(p, 50)}",
    "nn_result287": lambda p, c: _pick(p, _VN_NN_RESULT, 7),
    # Vietnam: notary trainees
    "cc_office287": lambda p, c: _pick(p, _VN_CC_OFFICES, 2),
    "cc_mentor287": lambda p, c: f"CCV {_other_vn(p, 3)}",
    "cc_degree287": lambda p, c: _pick(p, _VN_CC_DEGREES, 4),
    "cc_course287": lambda p, c: f"Khóa {20 + _num(p, 7)} - Học viện Tư pháp",
    "cc_decision287": lambda p, c: f"{_num(p, 900)}/QĐ-STP",
    "cc_status287": lambda p, c: _pick(p, _VN_CC_STATUS, 5),
    # Guam: Chamorro Land Trust Commission
    "clt_app287": lambda p, c: f"CLTC-{1995 + _num(p, 28)}-{p.bhxh[-4:]}",
    "clt_family287": lambda p, c: _pick(p, _GU_FAMILY, 5),
    "clt_given287": lambda p, c: _by_sex(p, _GU_GIVEN_M, _GU_GIVEN_F, 6),
    "ssn_gu287": lambda p, c: _ssn197(p, (586,)),
    "clt_sex287": lambda p, c: "M" if p.male else "F",
    "clt_street287": lambda p, c: _pick(
        p, ("P.O. Box 2451", "123 Chalan Kareta", "Lot 14 Tract 9", "PMB 332 Suite 102"), 7
    ),
    "clt_village287": lambda p, c: _at(p, _GU)[0],
    "clt_zip287": lambda p, c: _at(p, _GU)[1],
    "clt_phone287": lambda p, c: _us_phone("671", _pick(p, ("632", "653", "734", "989"), 8), p),
    "clt_lease287": lambda p, c: _pick(p, _GU_LEASE, 9),
    "clt_lot287": lambda p, c: _pick(p, _GU_TRACTS, 10),
    "clt_verified287": lambda p, c: _pick(p, ("Y", "Y", "N", "Y", "Pending"), 11),
    "clt_spouse287": lambda p, c: (
        f"{_by_sex(p, _GU_GIVEN_F, _GU_GIVEN_M, 12)} {_pick(p, _GU_FAMILY, 13)}"
        if _num(p, 4) != 2
        else ""
    ),
    "clt_status287": lambda p, c: _pick(p, _GU_CLT_STATUS, 14),
    # Northern Mariana Islands: Medicaid
    "mp_case287": lambda p, c: f"MA{p.bhxh[-7:]}",
    "mp_mid287": lambda p, c: f"69{p.bhxh[:7]}",
    "mp_name287": lambda p, c: (
        f"{_pick(p, _MP_FAMILY, 2).upper()}, {_by_sex(p, _MP_GIVEN_M, _MP_GIVEN_F, 3)}"
    ),
    "ssn_mp287": lambda p, c: _ssn197(p, (586,), dashes=_num(p, 4) != 3),
    "mp_sex287": lambda p, c: "Male" if p.male else "Female",
    "mp_box287": lambda p, c: f"P.O. Box {500000 + _num(p, 9999)}",
    "mp_village287": lambda p, c: _at(p, _MP)[0],
    "mp_island287": lambda p, c: _at(p, _MP)[1],
    "mp_zip287": lambda p, c: f"{_at(p, _MP)[2]}",
    "mp_phone287": lambda p, c: _us_phone("670", _at(p, _MP)[3], p),
    "mp_group287": lambda p, c: _pick(p, _MP_GROUPS, 4),
    "mp_hh287": lambda p, c: str(1 + _num(p, 8)),
    "mp_redet287": lambda p, c: f"{_shift_date(p.other_date, 1):%m/%d/%Y}",
    "mp_worker287": lambda p, c: _pick(p, _MP_WORKERS, 5),
    # Palau: National Scholarship Board
    "pw_name287": lambda p, c: _pw_name(p),
    "pw_sex287": lambda p, c: "M" if p.male else "F",
    "pw_ss287": lambda p, c: f"{p.bhxh[1:7]}",
    "pw_pass287": lambda p, c: f"PW{p.bhxh[-7:]}",
    "pw_hamlet287": lambda p, c: _at(p, _PW)[0],
    "pw_state287": lambda p, c: _at(p, _PW)[1],
    "pw_clan287": lambda p, c: _pick(p, _PW_CLANS, 4),
    "pw_phone287": lambda p, c: (
        f"{_pick(p, ('+680 ', '', '680-'), 5)}{_pick(p, ('775', '779', '488'), 6)}-{p.phone[6:10]}"
    ),
    "pw_email287": lambda p, c: (
        f"{_by_sex(p, _PW_GIVEN_M, _PW_GIVEN_F, 2).lower()}.{_pick(p, _PW_FAMILY, 3).lower()}"
        f"@{_pick(p, ('gmail.com', 'palaunet.com', 'yahoo.com'), 7)}"
    ),
    "pw_parent287": lambda p, c: (
        f"{_pick(p, _PW_GIVEN_F + _PW_GIVEN_M, 8)} {_pick(p, _PW_FAMILY, 9)}"
    ),
    "pw_college287": lambda p, c: _pick(p, _PW_COLLEGES, 10),
    "pw_field287": lambda p, c: _pick(p, _PW_FIELDS, 11),
    "pw_award287": lambda p, c: _pick(p, _PW_AWARDS, 12),
    "pw_amt287": lambda p, c: f"{_pick(p, ('1,500', '2,000', '3,000', '4,500'), 13)}.00",
    "pw_service287": lambda p, c: _pick(p, ("1", "2", "2", "3", "4"), 14),
    # FSM: COVID-19 vaccination
    "fv_rec287": lambda p, c: f"FSM-{_at(p, _FM)[1][:3].upper()}-{p.bhxh[-6:]}",
    "fv_family287": lambda p, c: _pick(p, _FM_FAMILY, 2),
    "fv_given287": lambda p, c: _by_sex(p, _FM_GIVEN_M, _FM_GIVEN_F, 3),
    "fv_age287": lambda p, c: str((p.other_date - p.birth).days // 365),
    "fv_sex287": lambda p, c: "M" if p.male else "F",
    "fv_ss287": lambda p, c: _fm_ss(p),
    "fv_state287": lambda p, c: _at(p, _FM)[1],
    "fv_muni287": lambda p, c: _at(p, _FM)[0],
    "fv_phone287": lambda p, c: (
        f"{_pick(p, ('(691) ', '691-', ''), 4)}{_at(p, _FM)[2]}-{p.phone[6:10]}"
    ),
    "fv_vax287": lambda p, c: _pick(p, _FM_VAX, 5),
    "fv_lot287": lambda p, c: f"0{_num(p, 99):02d}F21A",
    "fv_dose2287": lambda p, c: (
        "" if _num(p, 5) == 3 else f"{p.other_date + timedelta(days=28 + _num(p, 20)):%Y-%m-%d}"
    ),
    "fv_site287": lambda p, c: _at(p, _FM)[3],
    "fv_vaccinator287": lambda p, c: _pick(p, _FM_VACCINATORS, 6),
    # Marshall Islands: voters
    "mv_voter287": lambda p, c: f"{_pick(p, _MH_DISTRICTS, 2)[:3].upper()}{p.bhxh[-5:]}",
    "mv_family287": lambda p, c: _pick(p, _MH_FAMILY, 3),
    "mv_given287": lambda p, c: _by_sex(p, _MH_GIVEN_M, _MH_GIVEN_F, 4),
    "mv_sex287": lambda p, c: "Ṃaan" if p.male else "Kōrā",
    "ss_mh287": lambda p, c: f"{p.bhxh[2:8]}",
    "mv_res287": lambda p, c: _at(p, _MH)[0],
    "mv_district287": lambda p, c: _pick(p, _MH_DISTRICTS, 2),
    "mv_poll287": lambda p, c: _pick(p, _MH_POLLS, 5),
    "mv_phone287": lambda p, c: (
        f"{_pick(p, ('+692 ', '', '692-'), 6)}{_at(p, _MH)[1]}-{p.phone[6:10]}"
    ),
    "mv_ballot287": lambda p, c: _pick(p, _MH_BALLOTS, 7),
    "mv_remark287": lambda p, c: _pick(p, _MH_REMARKS, 8),
}
