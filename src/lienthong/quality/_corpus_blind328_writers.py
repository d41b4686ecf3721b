"""How the people of the three hundred and twenty-eighth part of the outside corpus (**blind
328**, :mod:`lienthong.quality._corpus_blind328`) are written: four Vietnamese licensing lists'
own columns (drivers trained to carry dangerous goods, radiation workers' certificates, driving
instructors' cards, forklift and crane operators' certificates) and Australian, Spanish,
Nigerian, Indonesian and Japanese licence registers in the forms their agencies keep (the NSW
security licence, the DNI or NIE with its letter, the NIN, the NIK, the wareki dates of a
Japanese licence)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind57_writers import _nin
from lienthong.quality._corpus_blind112_writers import _jp_name, _jp_place, _wareki
from lienthong.quality._corpus_blind114_writers import _es_id
from lienthong.quality._corpus_blind122_writers import _au_place
from lienthong.quality._corpus_blind139_writers import _es_place
from lienthong.quality._corpus_blind156_writers import _ID_PLACES, _alamat, _nik, _place
from lienthong.quality._corpus_blind158_writers import _es_mobile
from lienthong.quality._corpus_blind192_writers import _ng_name, _ng_phone
from lienthong.quality._corpus_blind201_writers import _au_mobile
from lienthong.quality._corpus_blind212_writers import _jp_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_GOODS = (
    "Loại 3 - Chất lỏng dễ cháy (xăng, dầu)",
    "Loại 2 - Khí ga hóa lỏng (LPG)",
    "Loại 8 - Chất ăn mòn (axit H2SO4)",
    "Loại 5 - Chất ôxy hóa",
    "Loại 1 - Vật liệu nổ công nghiệp",
)
_VN_HAULIERS = (
    "Cty TNHH Vận tải Xăng dầu Phương Nam",
    "Cty CP Gas Petrolimex Hải Phòng",
    "HTX Vận tải Hóa chất Đông Anh",
    "Cty TNHH MTV Hóa chất mỏ Vinacomin - CN Quảng Ninh",
)
_VN_LICENCE_CLASS = ("C", "FC", "D", "C", "FC")
_VN_RAD_JOBS = (
    "Kỹ thuật viên X-quang",
    "Kỹ thuật viên CT-Scanner",
    "Nhân viên vận hành máy xạ trị",
    "Nhân viên chụp ảnh phóng xạ công nghiệp (NDT)",
    "Nhân viên đo phóng xạ",
)
_VN_RAD_PLACES = (
    "BV Đa khoa tỉnh - Khoa CĐHA",
    "Phòng khám ĐK Medic Sài Gòn",
    "Cty TNHH Kiểm định NDT Việt",
    "BV Ung bướu - Khoa Xạ trị",
)
_VN_DOSIMETERS = ("Liều kế TLD", "Liều kế phim", "Liều kế điện tử")
_VN_SCHOOLS = (
    "Trường Trung cấp nghề GTVT Thăng Long",
    "Trung tâm ĐT&SH lái xe Bách Khoa",
    "Trường CĐ Cơ điện Xây dựng Việt Xô",
    "Trung tâm GDNN - GDTX huyện",
)
_VN_INSTR_CLASS = ("Dạy thực hành hạng B", "Dạy thực hành hạng C", "Dạy lý thuyết", "Hạng B, C")
_VN_DEGREES = ("Trung cấp", "Cao đẳng", "Đại học", "Trung cấp", "Sơ cấp nghề + GPLX hạng C")
_VN_MACHINES = ("Xe nâng hàng", "Cầu trục", "Cổng trục", "Cần trục ô tô", "Xe nâng người")
_VN_TONNAGE = ("3 tấn", "5 tấn", "10 tấn", "25 tấn", "≤ 2,5 tấn")
_VN_EMPLOYERS = (
    "Cty TNHH Logistics Tân Cảng",
    "KCN VSIP - Cty TNHH Kỹ thuật Cơ khí Hòa Phát",
    "Cty CP Thép Việt Ý",
    "Kho ngoại quan Sóng Thần",
)
_VN_RESULTS = ("Đạt", "Đạt", "Không đạt - thi lại", "Đạt", "Vắng thi")
_AU_STREETS = ("14 Hopkins St", "Unit 3/21 John St", "7 Koorong St", "88 Inala Ave", "2/40 Park Rd")
_AU_FAMILY = ("NGUYEN", "SMITH", "TRAN", "KHALIL", "O'BRIEN", "SINGH", "WILLIAMS", "LE")
_AU_GIVEN_M = ("Daniel James", "Minh Tuan", "Ahmad", "Liam", "Harpreet", "Jack Thomas")
_AU_GIVEN_F = ("Sarah Louise", "Thi Lan", "Fatima", "Chloe", "Jasleen", "Emily Rose")
_AU_CLASSES = ("1A", "1A, 1C", "1A, 2A", "1C", "1A, 1B, 1C", "1F")
_AU_MASTERS = (
    "Wilson Security Pty Ltd (ML 000101123)",
    "SecureCorp Services Pty Ltd (ML 000409876)",
    "Crowd Control Solutions NSW (ML 000512004)",
    "Mirrabooka Patrol Group Pty Ltd (ML 000733150)",
)
_AU_RTOS = ("RTO 90511 Sentinel Training", "RTO 41283 ACS Academy", "RTO 20771 TAFE NSW")
_AU_STATUS = ("Current", "Current", "Suspended", "Expired", "Current", "Revoked")
_ES_FAMILY = ("García López", "Martínez Ruiz", "Fernández Díaz", "Moreno Jiménez", "Romero Gil")
_ES_GIVEN_M = ("José Manuel", "Javier", "Antonio", "Pablo", "Francisco Javier")
_ES_GIVEN_F = ("María del Carmen", "Lucía", "Ana Isabel", "Elena", "Rocío")
_ES_LANGS = ("Inglés, Francés", "Inglés", "Alemán, Inglés", "Italiano", "Inglés, Chino", "Ruso")
_ES_SCOPE = ("Autonómico", "Provincial (Sevilla)", "Autonómico", "Conjunto monumental Alhambra")
_ES_ROUTE = ("Por examen", "Por titulación", "Habilitación de otra CCAA", "Por examen")
_NG_MIDDLE_M = ("Chukwuemeka", "Olumide", "Ibrahim", "Tochukwu", "Babatunde")
_NG_MIDDLE_F = ("Ngozi", "Folasade", "Hadiza", "Chioma", "Oluwaseun")
_NG_PREMISES = (
    "HealthPlus Pharmacy, Allen Avenue, Ikeja",
    "Lagos University Teaching Hospital (LUTH)",
    "Emzor Pharmaceutical Industries Ltd",
    "Medplus Ltd, Wuse II, Abuja",
    "Aminu Kano Teaching Hospital",
)
_NG_STATES = ("Lagos", "FCT", "Kano", "Rivers", "Oyo", "Enugu")
_NG_CADRE = ("Community Pharmacy", "Hospital Pharmacy", "Industrial", "Administrative", "Academia")
_NG_STATUS = ("Renewed", "Renewed", "Pending CPD", "Not renewed", "Renewed")
_ID_KUAL = ("Gada Pratama", "Gada Pratama", "Gada Madya", "Gada Utama")
_ID_BUJP = ("PT Garda Bhakti Nusantara", "PT ISS Indonesia", "PT Shield On Service", "PT Nawakara")
_ID_LATIH = ("LPS Bhayangkara Surabaya", "Diklat Satpam Polda Jatim", "LPS Garuda Citra")
_ID_POST = ("Pakuwon Mall", "RSUD Dr. Soetomo", "Bank Jatim Cab. Darmo", "Pabrik PT Maspion")
_ID_BIRTH = ("SURABAYA", "SIDOARJO", "LAMONGAN", "GRESIK", "JOMBANG", "MADIUN")
_JP_KINDS = ("乙種第4類", "甲種", "乙種第4類", "丙種", "乙種第1類・第4類", "乙種第4類")
_JP_ISSUER = ("東京都知事", "大阪府知事", "愛知県知事", "北海道知事", "福岡県知事")
_JP_WORK = (
    "出光リテール販売株式会社 セルフ琴似SS",
    "ENEOSウイング 名古屋栄店",
    "三菱ケミカル株式会社 四日市事業所",
    "有限会社山田燃料店",
    "株式会社日本触媒 姫路製造所",
)
#: the kana of blind 112's family and given names, in the same order
_JP_KANA_F: tuple[str, ...] = (
    "サトウ",
    "スズキ",
    "タカハシ",
    "タナカ",
    "イトウ",
    "ワタナベ",
    "ヤマモト",
    "ナカムラ",
)
_JP_KANA_F += ("コバヤシ", "カトウ")
_JP_KANA_M = ("シゲル", "ヒロシ", "キヨシ", "マサル", "ミノル", "イチロウ", "マサオ", "カズオ")
_JP_KANA_W = ("サチコ", "カズコ", "セツコ", "ヨウコ", "ケイコ", "ミチコ", "ヒサコ", "ノリコ")


def _later(day: date, years: int, days: int = -1) -> date:
    return _shift_date(day, years) + timedelta(days=days)


def _dmy(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def _au_name(p: Person) -> tuple[str, str]:
    return _pick(p, _AU_FAMILY, 2), _by_sex(p, _AU_GIVEN_M, _AU_GIVEN_F, 3)


def _au_licence(p: Person) -> str:
    return f"{4 + int(p.bhxh[0]) % 5:03d}{p.bhxh[-6:]}"


def _ng_reg(p: Person) -> str:
    return f"PCN/{_num(p, 900) + 20:05d}/{p.birth.year + 24 + int(p.bhxh[2]) % 4}"


WRITERS_BLIND328: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: drivers trained to carry dangerous goods (PC07 / Sở GTVT)
    "goods328": lambda p, c: _pick(p, _VN_GOODS, 2),
    "gcn_no328": lambda p, c: f"{_num(p, 900) + 100}/GCN-PC07",
    "until328": lambda p, c: _dmy(_later(p.other_date, 2)),
    "class328": lambda p, c: _pick(p, _VN_LICENCE_CLASS, 3),
    "gplx328": lambda p, c: f"79{p.bhxh[::-1][:10]}",
    "haulier328": lambda p, c: _pick(p, _VN_HAULIERS, 4),
    "plate328": lambda p, c: (
        f"{_pick(p, ('15C', '29H', '51D', '14C'), 5)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "boss328": lambda p, c: _other_vn(p, 6),
    "boss_phone328": lambda p, c: _other_phone(p, "0225"),
    # Vietnam: radiation workers' certificates (Cục An toàn bức xạ và hạt nhân)
    "rad_job328": lambda p, c: _pick(p, _VN_RAD_JOBS, 2),
    "rad_cert328": lambda p, c: f"{p.bhxh[-4:]}/{p.other_date:%Y}/CC-ATBXHN",
    "rad_place328": lambda p, c: _pick(p, _VN_RAD_PLACES, 3),
    "rad_until328": lambda p, c: f"{_later(p.other_date, 5):%d-%m-%Y}",
    "dosimeter328": lambda p, c: _pick(p, _VN_DOSIMETERS, 4),
    "dose328": lambda p, c: f"{_num(p, 40) / 10:.1f}".replace(".", ","),
    "rso328": lambda p, c: _other_vn(p, 5),
    # Vietnam: driving instructors' practice cards (Sở GTVT)
    "school328": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "instr_class328": lambda p, c: _pick(p, _VN_INSTR_CLASS, 3),
    "degree328": lambda p, c: _pick(p, _VN_DEGREES, 4),
    "card328": lambda p, c: f"GV.{_num(p, 9000) + 100:04d}/SGTVT",
    "card_until328": lambda p, c: _dmy(_later(p.other_date, 5)),
    "own_gplx328": lambda p, c: f"{_pick(p, ('B2', 'C', 'D', 'E'), 5)} - {p.bhxh[::-1][:12]}",
    "years328": lambda p, c: _num(p, 25) + 3,
    # Vietnam: forklift and crane operators' certificates (trường trung cấp nghề)
    "machine328": lambda p, c: _pick(p, _VN_MACHINES, 2),
    "tonnage328": lambda p, c: _pick(p, _VN_TONNAGE, 3),
    "course328": lambda p, c: f"K{_num(p, 30) + 10}/{p.other_date:%Y}",
    "result328": lambda p, c: _pick(p, _VN_RESULTS, 4),
    "vh_cert328": lambda p, c: f"VHTB-{p.bhxh[-6:]}",
    "employer328": lambda p, c: _pick(p, _VN_EMPLOYERS, 5),
    "hometown328": lambda p, c: _pick(p, ("Thanh Hóa", "Nghệ An", "Thái Bình", "Bến Tre"), 6),
    # Australia: NSW security licence holders (SLED)
    "lic_au328": lambda p, c: _au_licence(p),
    "class_au328": lambda p, c: _pick(p, _AU_CLASSES, 2),
    "au_family328": lambda p, c: _au_name(p)[0],
    "au_given328": lambda p, c: _au_name(p)[1],
    "street_au328": lambda p, c: _pick(p, _AU_STREETS, 4),
    "suburb_au328": lambda p, c: _au_place(p)[0],
    "state_au328": lambda p, c: _au_place(p)[1],
    "pc_au328": lambda p, c: _au_place(p)[2],
    "phone_au328": lambda p, c: _au_mobile(p),
    "master_au328": lambda p, c: _pick(p, _AU_MASTERS, 5),
    "rto_au328": lambda p, c: _pick(p, _AU_RTOS, 6),
    "expiry_au328": lambda p, c: _dmy(_later(p.other_date, 5, 0)),
    "status_au328": lambda p, c: _pick(p, _AU_STATUS, 7),
    # Spain: Andalusian register of tour guides (Registro de Turismo de Andalucía)
    "reg_es328": lambda p, c: f"GT-{_pick(p, ('SE', 'MA', 'GR', 'CO'), 2)}-{_num(p, 900) + 50:05d}",
    "dni_es328": lambda p, c: _es_id(p),
    "es_family328": lambda p, c: _pick(p, _ES_FAMILY, 3),
    "es_given328": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 4),
    "sex_es328": lambda p, c: "Hombre" if p.male else "Mujer",
    "langs_es328": lambda p, c: _pick(p, _ES_LANGS, 5),
    "scope_es328": lambda p, c: _pick(p, _ES_SCOPE, 6),
    "route_es328": lambda p, c: _pick(p, _ES_ROUTE, 7),
    "dom_es328": lambda p, c: _es_place(p)[0],
    "cp_es328": lambda p, c: _es_place(p)[1],
    "mun_es328": lambda p, c: _es_place(p)[2],
    "prov_es328": lambda p, c: _es_place(p)[3],
    "phone_es328": lambda p, c: _es_mobile(p),
    # Nigeria: Pharmacists Council of Nigeria annual licence renewals
    "reg_ng328": lambda p, c: _ng_reg(p),
    "nin_ng328": lambda p, c: _nin(p),
    "ng_family328": lambda p, c: _ng_name(p)[0].upper(),
    "ng_given328": lambda p, c: _ng_name(p)[1],
    "ng_middle328": lambda p, c: _by_sex(p, _NG_MIDDLE_M, _NG_MIDDLE_F, 5),
    "sex_ng328": lambda p, c: "Male" if p.male else "Female",
    "premises_ng328": lambda p, c: _pick(p, _NG_PREMISES, 6),
    "state_ng328": lambda p, c: _pick(p, _NG_STATES, 7),
    "cadre_ng328": lambda p, c: _pick(p, _NG_CADRE, 8),
    "phone_ng328": lambda p, c: _ng_phone(p),
    "cpd_ng328": lambda p, c: _num(p, 40) + 10,
    "receipt_ng328": lambda p, c: f"REMITA {p.bhxh[:4]}-{p.bhxh[4:8]}-{p.bhxh[-4:]}",
    "status_ng328": lambda p, c: _pick(p, _NG_STATUS, 9),
    # Indonesia: security guards' membership cards (KTA Satpam, Ditbinmas Polda Jatim)
    "nik_id328": lambda p, c: _nik(p),
    "nama_id328": lambda p, c: _by_sex(
        p,
        ("AHMAD FAUZI", "BUDI SANTOSO", "MOCH. RIZAL", "SUPRIYADI", "AGUS SALIM"),
        ("SITI AMINAH", "DEWI LESTARI", "NUR HAYATI", "RATNA SARI", "ENDANG W."),
        2,
    ),
    "tmp_id328": lambda p, c: _pick(p, _ID_BIRTH, 3),
    "sex_id328": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "alamat_id328": lambda p, c: _alamat(p),
    "kota_id328": lambda p, c: _place(p, _ID_PLACES)[5],
    "kta_id328": lambda p, c: f"{p.bhxh[-6:]}/KTA/SATPAM/{p.other_date:%Y}",
    "kual_id328": lambda p, c: _pick(p, _ID_KUAL, 4),
    "bujp_id328": lambda p, c: _pick(p, _ID_BUJP, 5),
    "latih_id328": lambda p, c: _pick(p, _ID_LATIH, 6),
    "post_id328": lambda p, c: _pick(p, _ID_POST, 7),
    "until_id328": lambda p, c: f"{_later(p.other_date, 5):%d-%m-%Y}",
    "hp_id328": lambda p, c: f"08{_pick(p, ('12', '13', '52', '57', '81'), 8)}{p.phone[3:11]}",
    # Japan: hazardous materials handlers' licences (危険物取扱者免状) by a fire department
    "menjo_jp328": lambda p, c: f"{_pick(p, ('13', '27', '23', '01', '40'), 2)}{p.bhxh[-6:]}号",
    "kind_jp328": lambda p, c: _pick(p, _JP_KINDS, 3),
    "issued_jp328": lambda p, c: _wareki(_later(p.other_date, -6)),
    "issuer_jp328": lambda p, c: _pick(p, _JP_ISSUER, 4),
    "name_jp328": lambda p, c: _jp_name(p),
    "kana_jp328": lambda p, c: (
        f"{_pick(p, _JP_KANA_F, 1)}\u3000{_by_sex(p, _JP_KANA_M, _JP_KANA_W, 2)}"
    ),
    "birth_jp328": lambda p, c: _wareki(p.birth),
    "sex_jp328": lambda p, c: "男" if p.male else "女",
    "addr_jp328": lambda p, c: f"{_jp_place(p)[1]}{_jp_place(p)[2]}",
    "zip_jp328": lambda p, c: _jp_place(p)[0],
    "phone_jp328": lambda p, c: _jp_phone(p),
    "work_jp328": lambda p, c: _pick(p, _JP_WORK, 5),
    "course_jp328": lambda p, c: _wareki(p.other_date),
    "next_jp328": lambda p, c: _wareki(_shift_date(p.other_date, 3)),
}
