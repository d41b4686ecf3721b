"""How the people of the three-hundred-and-seventh part of the outside corpus (**blind 307**,
:mod:`lienthong.quality._corpus_blind307`) are written: four Vietnamese files' own columns (a
voter at the mobile ballot box, a candidate for hamlet head, a Fatherland Front committee member,
an election team member) and Indian, Mexican, Kenyan, Indonesian and American electoral columns
(an EPIC beside the Aadhaar with its Verhoeff digit, an INE voter key beside the CURP with its
check, the IEBC's 8-digit ID, the NIK whose digits carry the birth date, an SSN beside the
county's voter registration number) with their polling stations, posts and local addresses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _ssn, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _IN_FAMILY, _IN_GIVEN_F, _IN_GIVEN_M
from lienthong.quality._corpus_blind43_writers import _curp, _ine, _mx_names
from lienthong.quality._corpus_blind121_writers import _KE_FAMILY, _KE_GIVEN_F, _KE_GIVEN_M
from lienthong.quality._corpus_blind209_writers import _nik

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: voters at the mobile ballot box ------------------------------------------------------
_VN_HPP_REASONS = (
    "Ốm đau nằm viện",
    "Già yếu, không đi lại được",
    "Khuyết tật vận động",
    "Đang điều trị tại nhà",
    "Tạm giữ tại nhà tạm giữ CA huyện",
)
_VN_HPP_KIN = ("con trai", "con gái", "vợ", "chồng", "cháu")
# -- Vietnam: candidates for hamlet head -----------------------------------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tày", "Nùng", "Mường", "Dao")
_VN_SCHOOL = ("12/12", "12/12", "9/12", "12/12, TC Luật", "ĐH Nông nghiệp")
_VN_TH_JOBS = (
    "Làm ruộng",
    "Trưởng thôn đương nhiệm",
    "Bí thư chi bộ thôn",
    "Hưu trí",
    "Chi hội trưởng Hội CCB",
    "Kinh doanh tự do",
)
_VN_TH_NOMINATED = ("Chi bộ thôn giới thiệu", "Ban CTMT thôn giới thiệu", "Tự ứng cử")
_VN_TH_RESULT = ("Trúng cử", "Không trúng cử", "Không trúng cử")
# -- Vietnam: Fatherland Front committee members ---------------------------------------------------
_VN_MT_RELIGION = ("Khong", "Khong", "Khong", "Phat giao", "Cong giao", "Khong")
_VN_MT_ORG = (
    "Hoi Nong dan xa",
    "Hoi LHPN xa",
    "Doan TNCS HCM xa",
    "Hoi Cuu chien binh",
    "Truong ban CTMT thon",
    "Ca nhan tieu bieu",
    "Chuc sac ton giao",
    "Doanh nghiep tren dia ban",
)
_VN_MT_ROLE = ("Uy vien", "Uy vien", "Uy vien", "Pho Chu tich", "Uy vien BTT", "Chu tich")
# -- Vietnam: election team members ----------------------------------------------------------------
_VN_TBC_WORK = (
    "UBND phường",
    "Trường THCS Nguyễn Du",
    "Công an phường",
    "Tổ dân phố số 7",
    "Trạm Y tế phường",
    "Hưu trí",
)
_VN_TBC_ROLE = ("Tổ trưởng", "Tổ phó", "Thư ký", "Thành viên", "Thành viên", "Thành viên")
_VN_TBC_PLACE = (
    "Nhà văn hóa TDP số 3",
    "Trường Tiểu học Kim Đồng",
    "Hội trường UBND phường",
    "Nhà sinh hoạt cộng đồng TDP 12",
)

# -- India: Form 6B Aadhaar collection (Uttar Pradesh) ---------------------------------------------
#: (village or mohalla, tehsil, district, PIN, assembly constituency code, polling station)
_IN_UP = (
    ("Gram Bhitauli", "Bakshi Ka Talab", "Lucknow", "226201", "170", "Prathmik Vidyalaya Bhitauli"),
    ("Mohalla Qazipura", "Sadar", "Bahraich", "271801", "286", "Junior High School Qazipura"),
    ("Gram Sarai Aquil", "Chail", "Kaushambi", "212217", "254", "Panchayat Bhawan Sarai Aquil"),
    ("Ward No. 14 Civil Lines", "Sadar", "Gorakhpur", "273001", "322", "Kanya Inter College"),
    ("Gram Kakrahi", "Mahmudabad", "Sitapur", "261203", "150", "Prathmik Vidyalaya Kakrahi"),
)
_IN_STATUS = ("Linked", "Linked", "Pending at ERO", "Verified by BLO", "Linked")
_IN_RELATION = ("S/o", "W/o", "D/o")
# -- Mexico: poll workers ----------------------------------------------------------------------
#: (colonia, municipio, electoral district, postcode, area code)
_MX_COLONIAS = (
    ("Col. Santa Martha Acatitla", "Iztapalapa", "24", "09510", "55"),
    ("Col. Obrera", "Cuauhtémoc", "12", "06800", "55"),
    ("Col. Jardines de la Paz", "Guadalajara", "08", "44860", "33"),
    ("Col. Independencia", "Monterrey", "10", "64720", "81"),
    ("Barrio de Xonaca", "Puebla", "09", "72280", "222"),
)
_MX_STREETS = (
    "Calle Girasol",
    "Calle Hidalgo",
    "Calle Morelos",
    "Calle Juárez",
    "Av. Independencia",
)
_MX_POSTS = (
    "Presidente/a",
    "Secretario/a",
    "1er Escrutador/a",
    "2do Escrutador/a",
    "Suplente Gral.",
)
_MX_BOOTHS = ("B", "C1", "C2", "C3", "E1", "E1C1")
_MX_SCHOOL = ("Secundaria", "Preparatoria", "Licenciatura", "Carrera técnica", "Primaria")
# -- Kenya: county assembly ward nominations -------------------------------------------------------
#: (ward, constituency, town, postcode, polling station)
_KE_WARDS = (
    ("Kolwa Central", "Kisumu East", "Kisumu", "40100", "Kasule Primary School"),
    ("Kaptembwo", "Nakuru Town West", "Nakuru", "20100", "Kaptembwo Primary School"),
    ("Githurai", "Ruiru", "Ruiru", "00232", "Githurai Kimbo Primary"),
    ("Mtongwe", "Likoni", "Mombasa", "80110", "Mtongwe Primary School"),
    ("Kibera Gatwekera", "Kibra", "Nairobi", "00100", "Olympic Primary School"),
)
_KE_PARTIES = ("UDA", "ODM", "Jubilee Party", "Wiper", "DCP", "Independent")
_KE_STATUS = ("Cleared", "Cleared", "Cleared", "Rejected - incomplete supporters list", "Pending")
# -- Indonesia: KPPS poll workers (East Java) ------------------------------------------------------
#: (kecamatan code, street, RT/RW, kelurahan, kecamatan, city)
_ID_JATIM = (
    ("357805", "Jl. Wonokromo Gg. Lebar 17", "002/004", "Jagir", "Wonokromo", "Kota Surabaya"),
    ("357318", "Jl. Simpang Borobudur 9", "005/011", "Mojolangu", "Lowokwaru", "Kota Malang"),
    ("351507", "Dsn. Ngingas", "003/001", "Desa Waru", "Waru", "Kab. Sidoarjo"),
    ("352507", "Jl. Raya Cerme Lor 44", "001/003", "Desa Cerme Lor", "Cerme", "Kab. Gresik"),
)
_ID_POB = ("SURABAYA", "MALANG", "SIDOARJO", "GRESIK", "MOJOKERTO", "LAMONGAN")
_ID_NAMES_M = ("Moch. Arif Hidayat", "Slamet Riyadi", "Eko Prasetyo", "Ahmad Fauzi", "Dwi Santoso")
_ID_NAMES_F = ("Siti Nurhayati", "Rina Wulandari", "Lilik Mahmudah", "Yuni Astuti", "Dewi Ratna")
_ID_SCHOOL = ("SMA/Sederajat", "SMA/Sederajat", "D3", "S1", "SMP/Sederajat")
_ID_JOBS = ("Guru Honorer", "Wiraswasta", "Ibu Rumah Tangga", "Mahasiswa", "Karyawan Swasta")
_ID_POSTS = ("Ketua", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota")
# -- United States: Arizona poll workers -----------------------------------------------------------
#: (street name, city, ZIP, area code, precinct)
_US_AZ = (
    ("W Camelback Rd", "Phoenix", "85015", "602", "0612 CAMELBACK"),
    ("E Southern Ave", "Mesa", "85204", "480", "0471 DOBSON"),
    ("N 83rd Ave", "Peoria", "85345", "623", "0803 ROUNDTREE"),
    ("S McClintock Dr", "Tempe", "85282", "480", "1009 KIWANIS"),
    ("W Bell Rd", "Surprise", "85374", "623", "0988 SUN VILLAGE"),
)
_US_CENTERS = ("Burton Barr Library", "Mesa Convention Center", "Church of the Nazarene", "ASU Gym")
_US_PARTIES = ("REP", "DEM", "PND", "LBT", "DEM", "REP")
_US_POSTS = ("Inspector", "Marshal", "Judge", "Clerk", "Clerk", "Troubleshooter")
_US_LANGUAGES = ("English", "English", "Spanish", "Navajo", "English")
_US_STATUS = ("Confirmed", "Confirmed", "Trained", "Declined", "Pending training")


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=_num(p, span))


def _of(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[int(p.bhxh) // salt % len(table)]


def _in_name(p: Person) -> str:
    return f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 2)} {_pick(p, _IN_FAMILY, 3)}"


def _ke_name(p: Person) -> str:
    given = _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 2)
    return f"{given} {_pick(p, _KE_FAMILY, 4)} {_pick(p, _KE_FAMILY, 5)}".upper()


def _mx_phone(p: Person) -> str:
    area = _of(p, _MX_COLONIAS, 5)[4]
    rest = p.phone[10 - (10 - len(area)) :]
    return f"{area} {rest[:-4]} {rest[-4:]}"


def _votes(p: Person) -> int:
    return 40 + _num(p, 180)


WRITERS_BLIND307: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: voters at the mobile ballot box
    "hpp_day307": lambda p, c: "30/05/2027" if int(p.bhxh) % 9 else "31/05/2027",
    "vote_area307": lambda p, c: f"KVBP số {_num(p, 14)}",
    "hpp_reason307": lambda p, c: _pick(p, _VN_HPP_REASONS, 2),
    "hpp_relative307": lambda p, c: f"{_other_vn(p, 3)} ({_pick(p, _VN_HPP_KIN, 4)})",
    "hpp_rel_phone307": lambda p, c: _other_phone(p, "09"),
    "hpp_voted307": lambda p, c: "x" if int(p.bhxh) % 6 else "",
    # Vietnam: candidates for hamlet head
    "th_ethnic307": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "th_school307": lambda p, c: _pick(p, _VN_SCHOOL, 3),
    "th_party307": lambda p, c: "x" if int(p.bhxh) % 3 else "",
    "th_job307": lambda p, c: _pick(p, _VN_TH_JOBS, 4),
    "th_nominated307": lambda p, c: _pick(p, _VN_TH_NOMINATED, 5),
    "th_votes307": lambda p, c: _votes(p),
    "th_share307": lambda p, c: f"{_votes(p) * 100 / 230:.2f}".replace(".", ","),
    "th_result307": lambda p, c: _pick(p, _VN_TH_RESULT, 6),
    # Vietnam: Fatherland Front committee members
    "mt_religion307": lambda p, c: _pick(p, _VN_MT_RELIGION, 2),
    "mt_org307": lambda p, c: _pick(p, _VN_MT_ORG, 3),
    "mt_role307": lambda p, c: _pick(p, _VN_MT_ROLE, 4),
    "mt_standing307": lambda p, c: "x" if int(p.bhxh) % 4 == 0 else "",
    # Vietnam: election team members
    "tbc_work307": lambda p, c: _pick(p, _VN_TBC_WORK, 2),
    "tbc_role307": lambda p, c: _pick(p, _VN_TBC_ROLE, 3),
    "tbc_no307": lambda p, c: _num(p, 12),
    "tbc_place307": lambda p, c: _pick(p, _VN_TBC_PLACE, 4),
    "tbc_decision307": lambda p, c: f"{100 + _num(p, 60)}/QĐ-UBND",
    "tbc_pay307": lambda p, c: f"{(3 + _num(p, 3)) * 100_000:,}".replace(",", "."),
    # India: Form 6B Aadhaar collection
    "in_epic307": lambda p, c: f"{_pick(p, ('UP', 'XKP', 'RJL', 'TJD'), 2)}{p.bhxh[-7:]}",
    "in_part307": lambda p, c: _num(p, 320),
    "in_serial307": lambda p, c: _num(p, 1400),
    "in_name307": lambda p, c: _in_name(p),
    "in_relative307": lambda p, c: (
        f"{_pick(p, _IN_RELATION, 4)} {_pick(p, _IN_GIVEN_M, 5)} {_pick(p, _IN_FAMILY, 3)}"
    ),
    "in_sex307": lambda p, c: "पुरुष / M" if p.male else "महिला / F",
    "in_aadhaar307": lambda p, c: (lambda full: f"{full[:4]} {full[4:8]} {full[8:]}")(
        _verhoeff(f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh[1:]}{p.phone[-1]}")
    ),
    "in_mobile307": lambda p, c: f"{_pick(p, ('9', '8', '7', '6'), 3)}{p.phone[1:10]}",
    "in_addr307": lambda p, c: (
        f"{_num(p, 200)}, {_of(p, _IN_UP, 7)[0]}, Tehsil {_of(p, _IN_UP, 7)[1]}, "
        f"Distt. {_of(p, _IN_UP, 7)[2]} - {_of(p, _IN_UP, 7)[3]}"
    ),
    "in_ps307": lambda p, c: f"{_num(p, 320)} - {_of(p, _IN_UP, 7)[5]}",
    "in_received307": lambda p, c: f"{_day(p, date(2025, 11, 4), 60):%d-%m-%Y}",
    "in_status307": lambda p, c: _pick(p, _IN_STATUS, 5),
    # Mexico: poll workers
    "mx_district307": lambda p, c: _of(p, _MX_COLONIAS, 5)[2],
    "mx_section307": lambda p, c: f"{1000 + _num(p, 4000):04d}",
    "mx_booth307": lambda p, c: _pick(p, _MX_BOOTHS, 2),
    "mx_post307": lambda p, c: _pick(p, _MX_POSTS, 3),
    "mx_pat307": lambda p, c: _mx_names(p)[0].upper(),
    "mx_mat307": lambda p, c: _mx_names(p)[1].upper(),
    "mx_given307": lambda p, c: _mx_names(p)[2].upper(),
    "mx_ine307": lambda p, c: _ine(p),
    "mx_curp307": lambda p, c: _curp(p),
    "mx_sex307": lambda p, c: "H" if p.male else "M",
    "mx_addr307": lambda p, c: (
        f"{_pick(p, _MX_STREETS, 4)} {_num(p, 300)}, {_of(p, _MX_COLONIAS, 5)[0]}, "
        f"C.P. {_of(p, _MX_COLONIAS, 5)[3]}"
    ),
    "mx_town307": lambda p, c: _of(p, _MX_COLONIAS, 5)[1],
    "mx_phone307": lambda p, c: _mx_phone(p),
    "mx_school307": lambda p, c: _pick(p, _MX_SCHOOL, 5),
    "mx_cae307": lambda p, c: f"CAE {_pick(p, ('Ruiz Soto Irma', 'Vega Luna Omar'), 6)}",
    "mx_training307": lambda p, c: f"{_day(p, date(2027, 3, 8), 70):%d/%m/%Y}",
    "mx_appointed307": lambda p, c: "SÍ" if int(p.bhxh) % 5 else "NO",
    # Kenya: county assembly ward nominations
    "ke_ward307": lambda p, c: _of(p, _KE_WARDS, 9)[0],
    "ke_const307": lambda p, c: _of(p, _KE_WARDS, 9)[1],
    "ke_name307": lambda p, c: _ke_name(p),
    "ke_id307": lambda p, c: f"{2 + int(p.bhxh[0]) % 3}{p.bhxh[1:8]}",
    "ke_email307": lambda p, c: (
        f"{_ke_name(p).split()[0].lower()}.{_ke_name(p).split()[1].lower()}{p.bhxh[-2:]}@gmail.com"
    ),
    "ke_sex307": lambda p, c: "M" if p.male else "F",
    "ke_ps307": lambda p, c: _of(p, _KE_WARDS, 9)[4],
    "ke_party307": lambda p, c: _pick(p, _KE_PARTIES, 3),
    "ke_box307": lambda p, c: (
        f"P.O. Box {_num(p, 4000)}-{_of(p, _KE_WARDS, 9)[3]}, {_of(p, _KE_WARDS, 9)[2]}"
    ),
    "ke_phone307": lambda p, c: f"+254 7{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ke_proposer307": lambda p, c: f"{_pick(p, _KE_GIVEN_M, 6)} {_pick(p, _KE_FAMILY, 7)}",
    "ke_receipt307": lambda p, c: f"IEBC/RCT/{p.bhxh[-6:]}",
    "ke_nominated307": lambda p, c: f"{_day(p, date(2027, 5, 29), 8):%d/%m/%Y}",
    "ke_status307": lambda p, c: _pick(p, _KE_STATUS, 4),
    # Indonesia: KPPS poll workers
    "id_nik307": lambda p, c: _nik(p, _of(p, _ID_JATIM, 11)[0]),
    "id_name307": lambda p, c: _by_sex(p, _ID_NAMES_M, _ID_NAMES_F, 2).upper(),
    "id_pob307": lambda p, c: _pick(p, _ID_POB, 3),
    "id_sex307": lambda p, c: "L" if p.male else "P",
    "id_addr307": lambda p, c: (
        f"{_of(p, _ID_JATIM, 11)[1]}, RT {_of(p, _ID_JATIM, 11)[2][:3]}"
        f" RW {_of(p, _ID_JATIM, 11)[2][4:]}, {_of(p, _ID_JATIM, 11)[5]}"
    ),
    "id_kel307": lambda p, c: _of(p, _ID_JATIM, 11)[3],
    "id_kec307": lambda p, c: _of(p, _ID_JATIM, 11)[4],
    "id_hp307": lambda p, c: (
        f"08{_pick(p, ('12', '13', '52', '57', '77', '95'), 4)}{p.phone[3:10]}"
    ),
    "id_school307": lambda p, c: _pick(p, _ID_SCHOOL, 5),
    "id_job307": lambda p, c: _pick(p, _ID_JOBS, 6),
    "id_tps307": lambda p, c: f"TPS {_num(p, 40):03d}",
    "id_post307": lambda p, c: _pick(p, _ID_POSTS, 7),
    "id_decree307": lambda p, c: f"{_day(p, date(2026, 12, 28), 6):%d-%m-%Y}",
    "id_fee307": lambda p, c: "1.200.000" if _pick(p, _ID_POSTS, 7) == "Ketua" else "1.100.000",
    # United States: Arizona poll workers
    "us_worker307": lambda p, c: f"PW{p.bhxh[-6:]}",
    "us_last307": lambda p, c: p.family,
    "us_first307": lambda p, c: p.given,
    "us_ssn307": lambda p, c: _ssn(p),
    "us_street307": lambda p, c: f"{_num(p, 9000) + 100} {_of(p, _US_AZ, 13)[0]}",
    "us_city307": lambda p, c: _of(p, _US_AZ, 13)[1],
    "us_zip307": lambda p, c: _of(p, _US_AZ, 13)[2],
    "us_phone307": lambda p, c: f"({_of(p, _US_AZ, 13)[3]}) {p.phone[3:6]}-{p.phone[6:10]}",
    "us_voter307": lambda p, c: f"{p.bhxh[1:10]}",
    "us_party307": lambda p, c: _pick(p, _US_PARTIES, 2),
    "us_precinct307": lambda p, c: _of(p, _US_AZ, 13)[4],
    "us_center307": lambda p, c: _pick(p, _US_CENTERS, 3),
    "us_post307": lambda p, c: _pick(p, _US_POSTS, 4),
    "us_language307": lambda p, c: _pick(p, _US_LANGUAGES, 5),
    "us_training307": lambda p, c: f"{_day(p, date(2026, 9, 14), 40):%m/%d/%Y}",
    "us_status307": lambda p, c: _pick(p, _US_STATUS, 6),
}

__all__ = ["WRITERS_BLIND307"]
