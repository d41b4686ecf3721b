"""How the people of the three-hundred-and-forty-fourth part of the outside corpus (**blind 344**,
:mod:`lienthong.quality._corpus_blind344`) are written: answers to online forms as people type
them (names and addresses in whatever case came to hand, stray spaces, phones with or without
dots), the time stamps Google Forms, Microsoft Forms and a Zalo mini-app write in their locales,
and the identity numbers of the foreign forms (the Mexican CURP with its check digit, the
Indonesian NIK carrying the birth date, the Thai citizen id with its mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import (
    _MX_FAMILY,
    _MX_GIVEN_F,
    _MX_GIVEN_M,
    _by_sex,
    _curp,
    _num,
    _pick,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind117_writers import (
    _ID_FAMILY,
    _ID_GIVEN_F,
    _ID_GIVEN_M,
    _ID_PLACES,
    _nik,
    _nkk,
)
from lienthong.quality._corpus_blind289_writers import _TH_FAMILY, _TH_GIVEN_F, _TH_GIVEN_M, _cid_th

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_KHU_PHO = ("Khu phố 1", "Khu phố 2", "KP3", "khu phố 4", "Tổ dân phố 5", "KP 6")
_NEEDS = (
    "Sân chơi cho trẻ em",
    "Lớp học kỹ năng cho người cao tuổi; Sân tập thể dục",
    "Đèn chiếu sáng hẻm, Camera an ninh",
    "Hỗ trợ học nghề",
    "Tủ sách cộng đồng, Sân chơi cho trẻ em",
    "Khám sức khỏe định kỳ",
)
_VOL_SCHOOLS = (
    "ĐH Sư phạm TP.HCM",
    "Trường THPT Nguyễn Thị Minh Khai",
    "ĐH Công nghiệp",
    "Cty TNHH Phần mềm FPT",
    "đang đi làm tự do",
    "CĐ Kinh tế Đối ngoại",
)
_VOL_DAYS = ("Thứ 7, Chủ nhật", "Cả tuần", "Chủ nhật", "Các buổi tối trong tuần", "Thứ 7")
_VOL_SKILLS = ("Dạy học cho trẻ", "Sơ cứu", "Chụp ảnh, quay phim", "MC, hoạt náo", "Lái xe", "Khác")
_SIZES = ("S", "M", "L", "XL", "XXL", "m", "L ")
_CONSENT_VI = ("Đồng ý", "Tôi đồng ý", "Đồng ý", "Có")
_MS_ORGS = (
    "UBND xã Tân Phú",
    "Trạm Y tế xã",
    "Hội Nông dân xã",
    "HTX Dịch vụ Nông nghiệp Phú Lợi",
    "Tự do",
    "Trường TH Kim Đồng",
)
_MS_POSITIONS = ("Công chức", "Viên chức", "Thành viên tổ CNS cộng đồng", "Chủ hộ kinh doanh", "")
_MS_CLASSES = (
    "Lớp 1: Kỹ năng số cơ bản (sáng T7)",
    "Lớp 2: Dịch vụ công trực tuyến & VNeID",
    "Lớp 3: Bán hàng trên sàn TMĐT",
    "Lớp 4: Chữ ký số, hóa đơn điện tử",
)
_YES_NO = ("Có", "Chưa", "Chưa", "Có")
_DISTANCES = ("5 km", "10 km", "21 km", "5km - Gia đình", "3 km (trẻ em đi cùng)")
_BLOOD = ("O", "A", "B", "AB", "O+", "Không rõ")
_ZL_NICKS = ("Hoa Nắng", "Tuấn Runner", "Mẹ Bắp", "Minh 🏃", "Lan Anh", "Hùng Nguyễn", "Bi Bo")
_CLASSES = ("6A1", "6A2", "7A3", "8A1", "9A2", "6a4", "7A1")
_RELATIONS = ("Bố", "Mẹ", "Mẹ", "Ông/Bà", "Người giám hộ")
_ATTEND = (
    "Có, tôi sẽ tham dự",
    "Có, tôi sẽ tham dự",
    "Không tham dự được",
    "Nhờ người thân đi thay",
)
_REASONS = ("", "", "Bận đi làm ca", "Đang công tác xa", "Con nhỏ ốm")
_UK_PLACES = (
    ("Harrogate", "HG1 2RS"),
    ("Knaresborough", "HG5 8AE"),
    ("Ripon", "HG4 1DD"),
    ("Northallerton", "DL6 2UU"),
    ("Skipton", "BD23 1FJ"),
    ("Thirsk", "YO7 1HW"),
)
_UK_AS = (
    "A local resident",
    "A local resident",
    "A local business owner",
    "On behalf of an organisation",
)
_UK_AGREE = (
    "Strongly agree",
    "Agree",
    "Neither agree nor disagree",
    "Disagree",
    "Strongly disagree",
)
_UK_COMMENTS = (
    "",
    "Too many houses for the roads we have",
    "Need more affordable homes for young families",
    "Please protect the green space by the river",
    "The bus service has to be improved first",
)
_UK_CONSENT = ("I agree", "Yes", "I agree")
_MX_STREETS = ("Av. Juárez", "Calle Hidalgo", "Calle Morelos", "Av. Revolución", "Calle 5 de Mayo")
_MX_PLACES = (
    ("Centro", "45500", "San Pedro Tlaquepaque"),
    ("Las Juntas", "45590", "San Pedro Tlaquepaque"),
    ("Santa Anita", "45600", "San Pedro Tlaquepaque"),
    ("El Vergel", "45595", "San Pedro Tlaquepaque"),
    ("Lomas del Cuatro", "45608", "San Pedro Tlaquepaque"),
)
_MX_CONSENT = ("Sí acepto", "Sí, acepto el aviso de privacidad", "Sí acepto")
_ID_POB = ("BANDUNG", "Garut", "sleman", "MALANG", "Kediri", "Jakarta")
_ID_USAHA = ("Kuliner", "Warung sembako", "Jahit / konveksi", "Kerajinan tangan", "Toko online")
_ID_CONSENT = ("Ya, saya setuju", "Setuju", "Ya")
_TH_TAMBON = ("ตำบลหนองบัว", "ต.บ้านเดื่อ", "ตำบลโนนสูง", "ต.หนองไผ่", "ตำบลนาข่า")
_TH_NEEDS = (
    "เบี้ยยังชีพผู้สูงอายุ",
    "กายอุปกรณ์ (ไม้เท้า/รถเข็น)",
    "ปรับปรุงบ้านให้ปลอดภัย",
    "ตรวจสุขภาพที่บ้าน",
    "ผู้ดูแลช่วยเหลือ",
)
_TH_CARERS = ("บุตร", "คู่สมรส", "หลาน", "อยู่คนเดียว", "ญาติ")
_TH_CONSENT = ("ยินยอม", "ยินยอม", "ยินยอมให้ใช้ข้อมูล")


def _typed(p: Person, text: str, salt: int = 0) -> str:
    """A value as someone typed it into a form: lower case, title case, capitals, stray spaces."""
    way = (int(p.bhxh) // (salt * 7 + 3)) % 6
    if way == 1:
        return text.lower()
    if way == 2:
        return text.upper()
    if way == 3:
        return f" {text}  "
    if way == 4:
        return text.replace(" ", "  ", 1)
    return text


def _sent(p: Person) -> datetime:
    return p.updated + timedelta(seconds=int(p.bhxh[-4:]) % 3541)


def _phone_typed(p: Person) -> str:
    way = int(p.bhxh) // 5 % 4
    if way == 1:
        return f"{p.phone[:4]} {p.phone[4:7]} {p.phone[7:]}"
    if way == 2:
        return f"+84{p.phone[1:]}"
    if way == 3:
        return f"{p.phone[:4]}.{p.phone[4:]}"
    return p.phone


def _mx_given(p: Person) -> str:
    return _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1)


def _id_place(p: Person) -> tuple[str, str, str, str, str]:
    return _ID_PLACES[int(p.bhxh) // 13 % len(_ID_PLACES)]


def _id_name(p: Person) -> str:
    return f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}"


def _th_name(p: Person) -> str:
    title = "นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 4)
    return f"{title}{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1)} {_pick(p, _TH_FAMILY, 2)}"


WRITERS_BLIND344: dict[str, Callable[[Person, Col], object]] = {
    # Google Forms in the Vietnamese locale, and Vietnamese answers as typed
    "gf_ts344": lambda p, c: f"{_sent(p):%d/%m/%Y} {_sent(p).hour}:{_sent(p):%M:%S}",
    "vn_typed344": lambda p, c: _typed(p, p.full, 1),
    "vn_phone_typed344": lambda p, c: _phone_typed(p),
    "vn_addr_typed344": lambda p, c: _typed(p, p.address, 2),
    "kp344": lambda p, c: _pick(p, _KHU_PHO, 3),
    "members344": lambda p, c: str(_num(p, 7)),
    "needs344": lambda p, c: _pick(p, _NEEDS, 4),
    # volunteers
    "vol_school344": lambda p, c: _pick(p, _VOL_SCHOOLS, 3),
    "vol_days344": lambda p, c: _pick(p, _VOL_DAYS, 4),
    "vol_skill344": lambda p, c: _pick(p, _VOL_SKILLS, 5),
    "size344": lambda p, c: _pick(p, _SIZES, 6),
    "emerg344": lambda p, c: f"{_other_vn(p, 7)} - {_other_phone(p)}",
    "consent344": lambda p, c: _pick(p, _CONSENT_VI, 8),
    # Microsoft Forms
    "ms_start344": lambda p, c: (
        f"{_sent(p) - timedelta(seconds=95 + _num(p, 400)):%m/%d/%y %H:%M:%S}"
    ),
    "ms_end344": lambda p, c: f"{_sent(p):%m/%d/%y %H:%M:%S}",
    "ms_org344": lambda p, c: _pick(p, _MS_ORGS, 3),
    "ms_pos344": lambda p, c: _pick(p, _MS_POSITIONS, 4),
    "ms_class344": lambda p, c: _pick(p, _MS_CLASSES, 5),
    "ms_yesno344": lambda p, c: _pick(p, _YES_NO, 6),
    # Zalo mini-app, a charity run
    "zl_sent344": lambda p, c: f"{_sent(p):%H:%M %d/%m/%Y}",
    "zl_uid344": lambda p, c: f"7{(int(p.bhxh) * 1_000_033 + int(p.phone)) % 10**18:018d}",
    "zl_nick344": lambda p, c: _pick(p, _ZL_NICKS, 2),
    "dist344": lambda p, c: _pick(p, _DISTANCES, 3),
    "blood344": lambda p, c: _pick(p, _BLOOD, 4),
    "emerg_name344": lambda p, c: _other_vn(p, 5),
    "emerg_phone344": lambda p, c: _other_phone(p, "03"),
    "donate344": lambda p, c: f"{_num(p, 20) * 50_000:,}".replace(",", "."),
    # a parents' meeting reply form
    "pupil344": lambda p, c: _typed(p, _other_vn(p, 6, family=p.family), 3),
    "class344": lambda p, c: _pick(p, _CLASSES, 4),
    "pupil_birth344": lambda p, c: f"{_num(p, 28):02d}/{_num(p, 12):02d}/{2010 + _num(p, 4)}",
    "rel344": lambda p, c: _pick(p, _RELATIONS, 5),
    "attend344": lambda p, c: _pick(p, _ATTEND, 6),
    "reason344": lambda p, c: _pick(p, _REASONS, 7),
    # a UK council consultation (Google Forms, en-GB)
    "uk_ts344": lambda p, c: f"{_sent(p):%d/%m/%Y %H:%M:%S}",
    "uk_as344": lambda p, c: _pick(p, _UK_AS, 2),
    "uk_sex344": lambda p, c: _pick(
        p,
        ("Male", "Male", "Prefer not to say")
        if p.male
        else ("Female", "Female", "Prefer not to say"),
        3,
    ),
    "uk_town344": lambda p, c: _pick(p, tuple(t for t, _ in _UK_PLACES), 4),
    "uk_pc344": lambda p, c: _typed(p, _UK_PLACES[int(p.bhxh) // 45 % len(_UK_PLACES)][1], 5),
    "uk_phone344": lambda p, c: f"07{p.phone[2:5]} {p.phone[5:]}",
    "uk_agree344": lambda p, c: _pick(p, _UK_AGREE, 6),
    "uk_comment344": lambda p, c: _pick(p, _UK_COMMENTS, 7),
    "uk_consent344": lambda p, c: _pick(p, _UK_CONSENT, 8),
    # a Mexican municipal programme (Google Forms, es-419)
    "mx_ts344": lambda p, c: f"{_sent(p):%d/%m/%Y %H:%M:%S}",
    "mx_curp344": lambda p, c: _curp(p) if int(p.bhxh) % 4 else _curp(p).lower(),
    "mx_given344": lambda p, c: _typed(p, _mx_given(p), 1),
    "mx_pat344": lambda p, c: _typed(p, _pick(p, _MX_FAMILY, 2), 2),
    "mx_mat344": lambda p, c: _typed(p, _pick(p, _MX_FAMILY, 3), 3),
    "mx_sex344": lambda p, c: "Hombre" if p.male else "Mujer",
    "mx_street344": lambda p, c: f"{_pick(p, _MX_STREETS, 4)} {_num(p, 900)}",
    "mx_col344": lambda p, c: _typed(p, _MX_PLACES[int(p.bhxh) // 13 % len(_MX_PLACES)][0], 5),
    "mx_cp344": lambda p, c: _MX_PLACES[int(p.bhxh) // 13 % len(_MX_PLACES)][1],
    "mx_mun344": lambda p, c: _MX_PLACES[int(p.bhxh) // 13 % len(_MX_PLACES)][2],
    "mx_phone344": lambda p, c: f"33 {p.phone[2:6]} {p.phone[6:]}",
    "mx_dep344": lambda p, c: str(_num(p, 5) - 1),
    "mx_consent344": lambda p, c: _pick(p, _MX_CONSENT, 6),
    # an Indonesian kelurahan form (Google Forms, id)
    "id_ts344": lambda p, c: f"{_sent(p):%d/%m/%Y %H:%M:%S}",
    "id_name344": lambda p, c: _typed(p, _id_name(p).title(), 1),
    "id_nik344": lambda p, c: _nik(p) if int(p.bhxh) % 6 else f"'{_nik(p)}",
    "id_kk344": lambda p, c: _nkk(p),
    "id_pob344": lambda p, c: _pick(p, _ID_POB, 3),
    "id_sex344": lambda p, c: "Laki-laki" if p.male else "Perempuan",
    "id_street344": lambda p, c: (
        f"{_id_place(p)[0].title().replace(' Rt 02', '')} RT 0{_num(p, 9)}/RW 0{_num(p, 8)}"
    ),
    "id_kel344": lambda p, c: _typed(p, _id_place(p)[1].title(), 4),
    "id_phone344": lambda p, c: f"08{p.phone[2:]}{p.bhxh[-1]}",
    "id_usaha344": lambda p, c: _pick(p, _ID_USAHA, 5),
    "id_consent344": lambda p, c: _pick(p, _ID_CONSENT, 6),
    # a Thai tambon administration's survey (Google Forms, th: Buddhist-era time stamps)
    "th_ts344": lambda p, c: (
        f"{_sent(p).day}/{_sent(p).month}/{_sent(p).year + 543}, {_sent(p):%H:%M:%S}"
    ),
    "th_name344": lambda p, c: _th_name(p),
    "th_cid344": lambda p, c: _cid_th(p),
    "th_sex344": lambda p, c: "ชาย" if p.male else "หญิง",
    "th_house344": lambda p, c: f"{_num(p, 240)} หมู่ {_num(p, 12)}",
    "th_tambon344": lambda p, c: _pick(p, _TH_TAMBON, 3),
    "th_phone344": lambda p, c: f"08{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:]}",
    "th_need344": lambda p, c: _pick(p, _TH_NEEDS, 4),
    "th_carer344": lambda p, c: _pick(p, _TH_CARERS, 5),
    "th_consent344": lambda p, c: _pick(p, _TH_CONSENT, 6),
}

__all__ = ["WRITERS_BLIND344"]
