"""How the people of the twenty-seventh part of the outside corpus (**blind 27**,
:mod:`lienthong.quality._corpus_blind27`) are written: four Vietnamese files' own columns (an exam
candidate's number, school, cluster and parent, a mother's newborn with its weight and hour of
birth and the father, a burial's book number, plot and the relative who registered it, a legal-aid
case's group, field, form and officer) and Belizean, Libyan, Malawian, Cypriot and Timorese names,
addresses, phones and identity numbers in the forms their cards show (only the Cypriot tax code
publishes a check, its letter; the Belizean social security number, the Libyan national number,
the Malawian national ID, the Cypriot identity card number and the Timorese electoral card
number have none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY, _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SCHOOLS = (
    "THPT Nguyễn Thị Minh Khai",
    "THPT Lê Quý Đôn",
    "THPT Trần Phú",
    "THPT Bùi Thị Xuân",
    "THPT Nguyễn Hữu Cầu",
    "THPT Bình Chánh",
)
_VN_COMBOS = ("KHTN", "KHXH", "Vật lí, Hóa học", "Lịch sử, Địa lí", "Tin học, Tiếng Anh")
_VN_WARDS_POST = ("700000", "710000", "720000", "730000", "740000", "750000", "760000")
_VN_KIN = ("Con", "Con", "Vợ", "Chồng", "Cháu", "Anh", "Em")
_VN_ZONES = ("A", "B", "C", "D", "E")
_VN_AID_GROUPS = (
    "Người thuộc hộ nghèo",
    "Người có công với cách mạng",
    "Trẻ em",
    "Người khuyết tật có khó khăn về tài chính",
    "Người cao tuổi có khó khăn về tài chính",
    "Nạn nhân bạo lực gia đình",
)
_VN_AID_FIELDS = ("Dân sự", "Hôn nhân gia đình", "Đất đai", "Hình sự", "Lao động", "Hành chính")
_VN_AID_FORMS = ("Tư vấn pháp luật", "Tham gia tố tụng", "Đại diện ngoài tố tụng")
_BZ_FAMILY = ("Young", "Gentle", "Cal", "Flowers", "Martinez", "Chun", "Garcia", "Usher")
_BZ_GIVEN_M = ("Dean", "Kareem", "Luis Alberto", "Shane", "Wil", "Delroy")
_BZ_GIVEN_F = ("Marisol", "Shanice", "Yolanda", "Tricia", "Ana Lucia", "Kimberly")
#: (address pattern, district)
_BZ_PLACES = (
    ("{n} Albert Street, Belize City", "Belize"),
    ("#{n} Cemetery Road, Belize City", "Belize"),
    ("{n} Mountain View Blvd, Belmopan", "Cayo"),
    ("{n} Burns Avenue, San Ignacio", "Cayo"),
    ("{n} Front Street, Punta Gorda", "Toledo"),
    ("{n} 4th Avenue, Corozal Town", "Corozal"),
    ("{n} Stann Creek Valley Road, Dangriga", "Stann Creek"),
)
_LY_GIVEN_M = ("محمد", "أحمد", "عبدالسلام", "علي", "مفتاح", "خالد")
_LY_GIVEN_F = ("فاطمة", "عائشة", "سالمة", "مبروكة", "نجوى", "خديجة")
_LY_FATHERS = ("عمر", "إبراهيم", "مصطفى", "الهادي", "سالم", "المبروك")
_LY_GRANDFATHERS = ("محمد", "علي", "عبدالله", "حسين", "بشير")
_LY_FAMILY = ("الورفلي", "المصراتي", "الزوي", "الترهوني", "البرعصي", "القماطي", "الشريف")
#: (city, district or street, post box town)
_LY_PLACES = (
    ("طرابلس", "حي الأندلس، شارع جرابة"),
    ("طرابلس", "سوق الجمعة، عرادة"),
    ("بنغازي", "الفويهات، شارع دبي"),
    ("مصراتة", "الزروق"),
    ("سبها", "حي المهدية"),
    ("البيضاء", "شحات"),
)
_MW_FAMILY = ("Banda", "Phiri", "Mwale", "Chirwa", "Kumwenda", "Gondwe", "Mbewe", "Nyirenda")
_MW_GIVEN_M = ("Chikondi", "Mphatso", "Kondwani", "Yamikani", "Blessings", "Madalitso")
_MW_GIVEN_F = ("Chisomo", "Tiyamike", "Thokozani", "Esnart", "Grace", "Alinafe")
#: (village, Traditional Authority, district, post office)
_MW_PLACES = (
    ("Mtsiliza Village", "T/A Kalumba", "Lilongwe", "Lilongwe"),
    ("Chigwirizano Village", "T/A Kalumbu", "Lilongwe", "Lilongwe"),
    ("Ndirande Village", "T/A Kapeni", "Blantyre", "Blantyre"),
    ("Mpilisi Village", "T/A Kuntaja", "Blantyre", "Limbe"),
    ("Chikala Village", "T/A Mwambo", "Zomba", "Zomba"),
    ("Mzilawaingwe Village", "T/A Katumbi", "Rumphi", "Mzuzu"),
)
_MW_ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_CY_FAMILY = ("Γεωργίου", "Ιωάννου", "Χριστοδούλου", "Χαραλάμπους", "Νικολάου", "Δημητρίου")
_CY_GIVEN_M = ("Ανδρέας", "Γιώργος", "Χρίστος", "Κυριάκος", "Μιχάλης", "Σάββας")
_CY_GIVEN_F = ("Μαρία", "Ελένη", "Άντρη", "Χρυστάλλα", "Παναγιώτα", "Στέλλα")
#: (street, town, postcode)
_CY_PLACES = (
    ("Λεωφ. Μακαρίου Γ'", "Λευκωσία", "1065"),
    ("Οδός Ανεξαρτησίας", "Λεμεσός", "3036"),
    ("Λεωφ. Αρχιεπισκόπου Κυπριανού", "Λάρνακα", "6016"),
    ("Οδός Απόστολου Παύλου", "Πάφος", "8046"),
    ("Οδός Στασικράτους", "Λευκωσία", "1065"),
    ("Λεωφ. Γρίβα Διγενή", "Λεμεσός", "3106"),
)
_CY_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21)
_TL_NAMES_M = ("Joaquim da Costa", "Mateus Soares", "Francisco Ximenes", "Agostinho Belo")
_TL_NAMES_F = ("Maria Fatima Guterres", "Ermelinda Pereira", "Rosa da Silva", "Joana Amaral")
_TL_OTHERS = ("Domingos Freitas", "Lúcia Gusmão", "Armando Pinto", "Natália Soares")
#: (aldeia, suco, posto administrativo, município)
_TL_PLACES = (
    ("Aldeia Becusi Centru", "Suco Becora", "Posto Administrativo Cristo Rei", "Dili"),
    ("Aldeia Moris Foun", "Suco Comoro", "Posto Administrativo Dom Aleixo", "Dili"),
    ("Aldeia Lahane", "Suco Bahú", "Posto Administrativo Baucau", "Baucau"),
    ("Aldeia Manusae", "Suco Maliana", "Posto Administrativo Maliana", "Bobonaro"),
    ("Aldeia Aituri Laran", "Suco Ermera", "Posto Administrativo Gleno", "Ermera"),
)


def _other_vn(p: Person, salt: int, male: bool | None = None, family: str | None = None) -> str:
    """Another Vietnamese person's name (a parent, a relative, an officer)."""
    is_male = int(p.bhxh) // (salt + 1) % 2 == 0 if male is None else male
    return _vn_name(p, is_male, family or _pick(p, _FAMILY, salt), salt + 1)


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _pupil_birth(p: Person) -> date:
    """A candidate's birthday: the person's day and month, in 2007 (or 2006, a repeated year)."""
    return date(2007 - (int(p.bhxh) % 7 == 0), p.birth.month, min(p.birth.day, 28))


def _mother_birth(p: Person) -> date:
    """A mother's birthday: the person's day and month, aged 19 to 42 (1982-2005)."""
    return date(1982 + p.birth.year % 24, p.birth.month, min(p.birth.day, 28))


def _cccd_of(p: Person, male: bool, year: int) -> str:
    return make_cccd(p.cccd[:3], "male" if male else "female", year, int(p.bhxh[-6:]))


def _father_family(p: Person) -> str:
    return _pick(p, _FAMILY, 9)


def _bz_place(p: Person) -> tuple[str, str]:
    return _BZ_PLACES[int(p.bhxh) // 9 % len(_BZ_PLACES)]


def _ly_place(p: Person) -> tuple[str, str]:
    return _LY_PLACES[int(p.bhxh) // 9 % len(_LY_PLACES)]


def _mw_place(p: Person) -> tuple[str, str, str, str]:
    return _MW_PLACES[int(p.bhxh) // 9 % len(_MW_PLACES)]


def _mw_id(p: Person) -> str:
    n, out = int(p.bhxh) * 7919 + p.birth.toordinal(), ""
    for _ in range(8):
        n, r = divmod(n, len(_MW_ID_CHARS))
        out += _MW_ID_CHARS[r]
    return out


def _cy_place(p: Person) -> tuple[str, str, str]:
    return _CY_PLACES[int(p.bhxh) // 9 % len(_CY_PLACES)]


def _tic_cy(p: Person) -> str:
    """A Cypriot tax code (Α.Φ.Τ.): eight digits, the first 0 for a person, and its check letter
    (odd places mapped 0->1, 1->0, 2->5, ... 9->21, even places as they are, the sum mod 26)."""
    body = f"0{p.bhxh[3:10]}"
    total = sum(_CY_ODD[int(d)] if i % 2 == 0 else int(d) for i, d in enumerate(body))
    return f"{body}{chr(ord('A') + total % 26)}"


def _tl_place(p: Person) -> tuple[str, str, str, str]:
    return _TL_PLACES[int(p.bhxh) // 9 % len(_TL_PLACES)]


WRITERS_BLIND27: dict[str, Callable[[Person, Col], object]] = {
    "sbd27": lambda p, c: f"02{p.bhxh[-6:]}",
    "pupil_birth27": lambda p, c: f"{_pupil_birth(p):%d/%m/%Y}",
    "pupil_cccd27": lambda p, c: _cccd_of(p, p.male, _pupil_birth(p).year),
    "school27": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "cluster27": lambda p, c: "02 - Sở GDĐT TP. Hồ Chí Minh",
    "combo27": lambda p, c: _pick(p, _VN_COMBOS, 3),
    "exam_post27": lambda p, c: _pick(p, _VN_WARDS_POST, 4),
    "parent27": lambda p, c: _other_vn(p, 5, None, p.family),
    "parent_phone27": lambda p, c: _other_phone(p, "09"),
    "exam_day27": lambda p, c: "26/06/2025",
    "record27": lambda p, c: f"25{p.bhxh[-6:]}",
    "mother27": lambda p, c: _vn_name(p, False, p.family, 1),
    "mother_birth27": lambda p, c: f"{_mother_birth(p):%d/%m/%Y}",
    "mother_cccd27": lambda p, c: _cccd_of(p, False, _mother_birth(p).year),
    "birth_post27": lambda p, c: _pick(p, _VN_WARDS_POST, 5),
    "baby27": lambda p, c: (
        f"Con bà {_vn_name(p, False, p.family, 1)}"
        if int(p.bhxh) % 4 == 0
        else _other_vn(p, 6, int(p.bhxh) % 2 == 0, _father_family(p))
    ),
    "baby_sex27": lambda p, c: "Trai" if int(p.bhxh) % 2 == 0 else "Gái",
    "weight27": lambda p, c: str(2600 + int(p.bhxh[-3:]) * 2 % 1300),
    "hour27": lambda p, c: f"{int(p.bhxh[-2:]) % 24:02d}:{int(p.bhxh[-4:-2]) % 60:02d}",
    "father27": lambda p, c: (
        "" if int(p.bhxh) % 9 == 0 else _other_vn(p, 7, True, _father_family(p))
    ),
    "father_phone27": lambda p, c: "" if int(p.bhxh) % 9 == 0 else _other_phone(p, "03"),
    "book27": lambda p, c: f"{_num(p, 400):03d}/{p.other_date.year}",
    "birth_year27": lambda p, c: str(p.birth.year),
    "grave_post27": lambda p, c: _pick(p, _VN_WARDS_POST, 6),
    "burial27": lambda p, c: f"{p.other_date + timedelta(days=2 + int(p.bhxh) % 2):%d/%m/%Y}",
    "plot27": lambda p, c: f"{_pick(p, _VN_ZONES, 3)}/{_num(p, 30):02d}/{_num(p, 120):03d}",
    "registrant27": lambda p, c: _other_vn(p, 8, None, p.family),
    "kin27": lambda p, c: _pick(p, _VN_KIN, 4),
    "registrant_phone27": lambda p, c: _other_phone(p, "09"),
    "sex_ascii27": lambda p, c: "Nam" if p.male else "Nu",
    "aid_post27": lambda p, c: _pick(p, _VN_WARDS_POST, 7),
    "group27": lambda p, c: _ascii(_pick(p, _VN_AID_GROUPS, 2)),
    "field27": lambda p, c: _ascii(_pick(p, _VN_AID_FIELDS, 3)),
    "form27": lambda p, c: _ascii(_pick(p, _VN_AID_FORMS, 4)),
    "officer27": lambda p, c: _ascii(_other_vn(p, 9, False)),
    "officer_phone27": lambda p, c: _other_phone(p, "08"),
    "ssn_bz27": lambda p, c: f"{_pick(p, ('0', '1'), 2)}{p.bhxh[2:10]}",
    "bz_family27": lambda p, c: _pick(p, _BZ_FAMILY, 2),
    "bz_given27": lambda p, c: _by_sex(p, _BZ_GIVEN_M, _BZ_GIVEN_F, 1),
    "sex_bz27": lambda p, c: "M" if p.male else "F",
    "address_bz27": lambda p, c: _bz_place(p)[0].format(n=_num(p, 90)),
    "district_bz27": lambda p, c: _bz_place(p)[1],
    "phone_bz27": lambda p, c: (
        f"+501 6{_pick(p, ('1', '2', '3', '5'), 3)}{p.phone[4]}-{p.phone[5:9]}"
    ),
    "nok_bz27": lambda p, c: f"{_by_sex(p, _BZ_GIVEN_F, _BZ_GIVEN_M, 4)} {_pick(p, _BZ_FAMILY, 5)}",
    "nok_phone_bz27": lambda p, c: f"+501 6{p.bhxh[::-1][:2]}-{p.bhxh[::-1][2:6]}",
    "nid_ly27": lambda p, c: f"{1 if p.male else 2}{p.birth.year}{p.bhxh[-7:]}",
    "ly_given27": lambda p, c: _by_sex(p, _LY_GIVEN_M, _LY_GIVEN_F, 1),
    "father_ly27": lambda p, c: _pick(p, _LY_FATHERS, 2),
    "grandfather_ly27": lambda p, c: _pick(p, _LY_GRANDFATHERS, 3),
    "ly_family27": lambda p, c: _pick(p, _LY_FAMILY, 4),
    "sex_ly27": lambda p, c: "ذكر" if p.male else "أنثى",
    "address_ly27": lambda p, c: f"{_ly_place(p)[0]}، {_ly_place(p)[1]}",
    "box_ly27": lambda p, c: f"ص.ب {p.bhxh[-4:].lstrip('0') or '1'} {_ly_place(p)[0]}",
    "phone_ly27": lambda p, c: f"09{_pick(p, ('1', '2', '4', '5'), 3)}-{p.phone[3:10]}",
    "agent_ly27": lambda p, c: f"{_pick(p, _LY_GIVEN_M, 5)} {_pick(p, _LY_FAMILY, 6)}",
    "agent_phone_ly27": lambda p, c: f"092-{p.bhxh[::-1][:7]}",
    "hh_mw27": lambda p, c: f"{_mw_place(p)[2][:2].upper()}-{p.bhxh[:6]}",
    "nid_mw27": lambda p, c: _mw_id(p),
    "mw_family27": lambda p, c: _pick(p, _MW_FAMILY, 2),
    "mw_given27": lambda p, c: _by_sex(p, _MW_GIVEN_M, _MW_GIVEN_F, 1),
    "sex_mw27": lambda p, c: "Male" if p.male else "Female",
    "address_mw27": lambda p, c: ", ".join(_mw_place(p)[:3]),
    "box_mw27": lambda p, c: f"P.O. Box {p.bhxh[-3:].lstrip('0') or '1'}, {_mw_place(p)[3]}",
    "phone_mw27": lambda p, c: (
        f"0{_pick(p, ('888', '999', '885', '991'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "alt_mw27": lambda p, c: f"{_by_sex(p, _MW_GIVEN_F, _MW_GIVEN_M, 4)} {_pick(p, _MW_FAMILY, 5)}",
    "alt_phone_mw27": lambda p, c: f"0999 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "id_cy27": lambda p, c: str(int(p.bhxh[3:10]) % 1_200_000 + 1),
    "tic_cy27": lambda p, c: _tic_cy(p),
    "cy_family27": lambda p, c: _pick(p, _CY_FAMILY, 2),
    "cy_given27": lambda p, c: _by_sex(p, _CY_GIVEN_M, _CY_GIVEN_F, 1),
    "sex_cy27": lambda p, c: "Α" if p.male else "Θ",
    "address_cy27": lambda p, c: f"{_cy_place(p)[0]} {_num(p, 90)}, {_cy_place(p)[1]}",
    "post_cy27": lambda p, c: _cy_place(p)[2],
    "phone_cy27": lambda p, c: f"9{_pick(p, ('9', '7', '6', '5'), 3)} {p.phone[4:10]}",
    "doctor_cy27": lambda p, c: f"Δρ. {_pick(p, _CY_GIVEN_M, 4)} {_pick(p, _CY_FAMILY, 5)}",
    "doctor_phone_cy27": lambda p, c: f"22 {p.bhxh[::-1][:6]}",
    "card_tl27": lambda p, c: f"{p.bhxh[:9]}",
    "tl_name27": lambda p, c: _by_sex(p, _TL_NAMES_M, _TL_NAMES_F, 1),
    "sex_tl27": lambda p, c: "Mane" if p.male else "Feto",
    "address_tl27": lambda p, c: ", ".join(_tl_place(p)[:3]),
    "municipio_tl27": lambda p, c: _tl_place(p)[3],
    "phone_tl27": lambda p, c: (
        f"+670 7{_pick(p, ('7', '8', '3', '6'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "proxy_tl27": lambda p, c: _pick(p, _TL_OTHERS, 4),
    "proxy_phone_tl27": lambda p, c: f"+670 77{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
}
