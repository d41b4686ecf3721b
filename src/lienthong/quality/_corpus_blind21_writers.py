"""How the people of the twenty-first part of the outside corpus (**blind 21**,
:mod:`lienthong.quality._corpus_blind21`) are written: four Vietnamese files' own columns (a poor
household's code, ethnic group, class and members, a criminal-record applicant's birthplace,
parents and proxy, a post office parcel's code, procedure, signer and postman, an unemployment
decision's employer, months and amount) and Honduran, Zambian, Iraqi, Senegalese and Jamaican
names, addresses, phones and identity numbers in the forms their cards show (none of the five
publishes a check digit: the Honduran DNI is municipality, year of birth and serial, the Zambian
NRC serial, district and citizenship digit, the Iraqi national card twelve digits, the Senegalese
NIN thirteen digits opening with the sex, the Jamaican TRN nine digits opening with 1 for a
person)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("Kinh", "Kinh", "Khmer", "Hoa", "Chăm", "Tày")
_VN_HAMLETS = ("Tổ dân phố 3", "Khu phố 5", "Ấp Bình Hòa", "Tổ 12", "Ấp 2")
_VN_POVERTY = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo (BTXH)", "Hộ cận nghèo")
_VN_PLACES_OF_BIRTH = ("TP. Hồ Chí Minh", "Long An", "Nghệ An", "Thái Bình", "Đồng Tháp", "Huế")
_VN_FORMS = ("Phiếu số 1", "Phiếu số 1", "Phiếu số 2")
_VN_PROCEDURES = (
    "Cấp phiếu lý lịch tư pháp",
    "Đăng ký khai sinh",
    "Cấp đổi GPLX",
    "Chứng thực bản sao",
    "Đăng ký thường trú",
)
_VN_OFFICES = ("TT PVHCC TP.HCM", "UBND phường", "Sở Tư pháp", "Phòng CSGT", "Công an phường")
_VN_EMPLOYERS = (
    "Cty TNHH Pouyuen VN",
    "Cty CP May Việt Tiến",
    "Cty TNHH Changshin",
    "HTX Bình Minh",
)
_VN_BENEFITS = ("3.250.000", "4.120.000", "2.880.000", "5.600.000", "6.750.000")
_HN_GIVEN_M = ("JOSE LUIS", "MARVIN JAVIER", "KEVIN JOSUE", "DENIS ORLANDO", "WILMER", "ELVIN")
_HN_GIVEN_F = (
    "DANIA YOLIBETH",
    "KENIA MARIBEL",
    "SANDRA PATRICIA",
    "LESLY CAROLINA",
    "IRIS SUYAPA",
)
_HN_FAMILY = (
    "ZELAYA",
    "MEJIA",
    "CACERES",
    "REYES",
    "BANEGAS",
    "LAGOS",
    "TURCIOS",
    "AMADOR",
    "MARADIAGA",
    "FUNEZ",
    "ORELLANA",
)
#: (municipality code of the DNI, department, municipality, postcode, colonia or barrio)
_HN_PLACES = (
    ("0801", "FRANCISCO MORAZAN", "DISTRITO CENTRAL", "11101", "COL. KENNEDY"),
    ("0801", "FRANCISCO MORAZAN", "DISTRITO CENTRAL", "11103", "COL. VILLA NUEVA"),
    ("0501", "CORTES", "SAN PEDRO SULA", "21102", "BO. RIO DE PIEDRAS"),
    ("0101", "ATLANTIDA", "LA CEIBA", "31101", "COL. EL SAUCE"),
    ("0601", "CHOLUTECA", "CHOLUTECA", "51101", "BO. EL CENTRO"),
    ("0301", "COMAYAGUA", "COMAYAGUA", "12101", "COL. SAN MIGUEL"),
)
_ZM_FAMILY = ("BANDA", "PHIRI", "MWALE", "ZULU", "TEMBO", "MULENGA", "CHANDA", "BWALYA", "LUNGU")
_ZM_GIVEN_M = ("Mwila", "Chileshe Joseph", "Kelvin", "Mubanga", "Emmanuel Chola", "Kondwani")
_ZM_GIVEN_F = ("Mutinta", "Chilufya Grace", "Natasha", "Thandiwe", "Mwape Esther", "Bwalya")
#: (district code of the NRC, address pattern, postcode)
_ZM_PLACES = (
    ("11", "Plot {n}, Kabulonga Road, Lusaka", "10101"),
    ("11", "House No. {n}, Chelston, Lusaka", "10101"),
    ("21", "Plot {n}, Parklands, Kitwe", "50100"),
    ("14", "Stand {n}, Kansenshi, Ndola", "10101"),
    ("35", "H/No. {n}, Chawama Compound, Lusaka", "10101"),
)
_ZM_EMPLOYERS = ("Zambia Sugar Plc", "Ministry of Health", "Shoprite Zambia", "Konkola Copper")
_IQ_GIVEN_M = ("علي", "حسين", "محمد", "احمد", "عباس", "حيدر", "مصطفى")
_IQ_GIVEN_F = ("زينب", "فاطمة", "مريم", "نور", "سارة", "رقية", "هدى")
_IQ_FATHERS = ("جاسم", "كاظم", "عبد الله", "حسن", "كريم", "صباح", "ناصر")
_IQ_GRANDFATHERS = ("محمد", "عبد الحسين", "علوان", "خلف", "مهدي", "عبود")
_IQ_LAQAB = ("الساعدي", "الجبوري", "التميمي", "الربيعي", "العبيدي", "الدليمي", "الخفاجي")
#: (governorate, district, postcode)
_IQ_PLACES = (
    ("بغداد", "الكرادة", "10011"),
    ("بغداد", "مدينة الصدر", "10021"),
    ("البصرة", "الزبير", "61001"),
    ("النجف", "الكوفة", "54001"),
    ("نينوى", "الموصل", "41002"),
)
_SN_GIVEN_M = ("Mamadou", "Cheikh Tidiane", "Abdoulaye", "Moussa", "Ousmane", "Pape Demba")
_SN_GIVEN_F = ("Aminata", "Ndèye Fatou", "Awa", "Khady", "Mame Diarra", "Sokhna")
_SN_FAMILY = ("DIOP", "NDIAYE", "FALL", "SOW", "DIALLO", "SARR", "FAYE", "GUEYE", "MBAYE", "THIAM")
#: (address pattern, commune, postcode, town)
_SN_PLACES = (
    ("Cité Keur Gorgui, Villa N° {n}", "Sicap-Liberté", "10200", "Dakar"),
    ("Rue {n} x 17, Médina", "Médina", "10200", "Dakar"),
    ("Unité 15, Villa N° {n}", "Parcelles Assainies", "11000", "Dakar"),
    ("Quartier Randoulène, Maison N° {n}", "Thiès Nord", "21000", "Thiès"),
    ("Quartier Pikine, Rue {n}", "Saint-Louis", "32000", "Saint-Louis"),
)
_SN_BIRTHPLACES = ("Dakar", "Thiès", "Kaolack", "Touba", "Ziguinchor", "Louga", "Saint-Louis")
_JM_FAMILY = ("CAMPBELL", "BROWN", "WILLIAMS", "THOMPSON", "REID", "GRANT", "FRANCIS", "McKENZIE")
_JM_GIVEN_M = ("Andre", "Kemar", "Damion", "Omar", "Rohan", "Delroy")
_JM_GIVEN_F = ("Shanique", "Tanisha", "Kerry-Ann", "Sasha-Gay", "Nadine", "Marcia")
#: (street pattern, postal zone, parish)
_JM_PLACES = (
    ("{n} Hope Road", "Kingston 10", "St. Andrew"),
    ("{n} Barbican Road", "Kingston 8", "St. Andrew"),
    ("Lot {n} Duhaney Park", "Kingston 20", "St. Andrew"),
    ("{n} Mountain View Avenue", "Kingston 3", "St. Andrew"),
    ("{n} Orange Street", "Kingston", "Kingston"),
    ("Apt {f}, {n} Constant Spring Road", "Kingston 10", "St. Andrew"),
)


def _other_vn(p: Person, salt: int, male: bool | None = None) -> str:
    """Another Vietnamese person's name (a parent, a proxy, a clerk)."""
    is_male = int(p.bhxh) // (salt + 1) % 2 == 0 if male is None else male
    return _vn_name(p, is_male, _pick(p, _FAMILY, salt), salt + 1)


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _hn_place(p: Person) -> tuple[str, str, str, str, str]:
    return _HN_PLACES[int(p.bhxh) // 9 % len(_HN_PLACES)]


def _dni_hn(p: Person) -> str:
    """A Honduran DNI, ``0801-1985-01234``: the municipality where the birth was registered, the
    year of birth and a five-digit serial."""
    return f"{_hn_place(p)[0]}-{p.birth.year}-{p.bhxh[-5:]}"


def _zm_place(p: Person) -> tuple[str, str, str]:
    return _ZM_PLACES[int(p.bhxh) // 9 % len(_ZM_PLACES)]


def _iq_place(p: Person) -> tuple[str, str, str]:
    return _IQ_PLACES[int(p.bhxh) // 9 % len(_IQ_PLACES)]


def _iq_full(p: Person) -> str:
    """Own name, father's, grandfather's and the family name (the four-part name and laqab)."""
    own = _by_sex(p, _IQ_GIVEN_M, _IQ_GIVEN_F, 1)
    father, grandfather = _pick(p, _IQ_FATHERS, 2), _pick(p, _IQ_GRANDFATHERS, 3)
    return f"{own} {father} {grandfather} {_pick(p, _IQ_LAQAB, 4)}"


def _sn_place(p: Person) -> tuple[str, str, str, str]:
    return _SN_PLACES[int(p.bhxh) // 9 % len(_SN_PLACES)]


def _jm_place(p: Person) -> tuple[str, str, str]:
    return _JM_PLACES[int(p.bhxh) // 9 % len(_JM_PLACES)]


WRITERS_BLIND21: dict[str, Callable[[Person, Col], object]] = {
    "household21": lambda p, c: f"HN{p.bhxh[:3]}-{p.bhxh[-4:]}",
    "ethnic21": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "hamlet21": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "commune21": lambda p, c: f"2{6 + int(p.bhxh[0]) % 2}{p.bhxh[-3:]}",
    "poverty21": lambda p, c: _pick(p, _VN_POVERTY, 4),
    "members21": lambda p, c: str(_num(p, 7)),
    "surveyor21": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 7), 8),
    "surveyor_phone21": lambda p, c: _other_phone(p, "03"),
    "dossier21": lambda p, c: f"{p.bhxh[:6]}/LLTP",
    "birthplace21": lambda p, c: _pick(p, _VN_PLACES_OF_BIRTH, 3),
    "father21": lambda p, c: _vn_name(p, True, p.full.split(" ", 1)[0], 4),
    "mother21": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 5), 6),
    "form21": lambda p, c: _pick(p, _VN_FORMS, 2),
    "proxy21": lambda p, c: "" if int(p.bhxh) % 4 else _other_vn(p, 7),
    "proxy_phone21": lambda p, c: "" if int(p.bhxh) % 4 else _other_phone(p),
    "parcel21": lambda p, c: f"EG{p.bhxh[1:10]}VN",
    "post21": lambda p, c: f"7{_pick(p, ('0', '1', '2', '3'), 2)}{p.bhxh[-3:]}",
    "procedure21": lambda p, c: _pick(p, _VN_PROCEDURES, 3),
    "office21": lambda p, c: _pick(p, _VN_OFFICES, 3),
    "signer21": lambda p, c: p.full if int(p.bhxh) % 5 else _other_vn(p, 4),
    "postman21": lambda p, c: _vn_name(p, True, _pick(p, _FAMILY, 9), 2),
    "postman_phone21": lambda p, c: _other_phone(p, "08"),
    "decision21": lambda p, c: f"{p.bhxh[-4:]}/QĐ-SLĐTBXH",
    "employer21": lambda p, c: _pick(p, _VN_EMPLOYERS, 4),
    "months21": lambda p, c: str(3 + _num(p, 9)),
    "benefit21": lambda p, c: _pick(p, _VN_BENEFITS, 5),
    "contact21": lambda p, c: _other_vn(p, 6),
    "contact_phone21": lambda p, c: _other_phone(p),
    "dni_hn": lambda p, c: _dni_hn(p),
    "hn_given": lambda p, c: _by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1),
    "hn_family": lambda p, c: f"{_pick(p, _HN_FAMILY, 2)} {_pick(p, _HN_FAMILY, 6)}",
    "sex_hn": lambda p, c: "M" if p.male else "F",
    "dept_hn": lambda p, c: _hn_place(p)[1],
    "muni_hn": lambda p, c: _hn_place(p)[2],
    "address_hn": lambda p, c: (
        f"{_hn_place(p)[4]}, BLOQUE {_num(p, 30)}, CASA {_num(p, 90)}{p.bhxh[-1]}"
    ),
    "post_hn": lambda p, c: _hn_place(p)[3],
    "phone_hn": lambda p, c: f"{_pick(p, ('9', '8', '3'), 3)}{p.phone[3:6]}-{p.phone[6:10]}",
    "alternate_hn": lambda p, c: (
        f"{_by_sex(p, _HN_GIVEN_F, _HN_GIVEN_M, 4)} {_pick(p, _HN_FAMILY, 5)}"
    ),
    "alternate_phone_hn": lambda p, c: f"9{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:7]}",
    "nrc_zm": lambda p, c: f"{p.bhxh[-6:]}/{_zm_place(p)[0]}/1",
    "ssn_zm": lambda p, c: f"{p.bhxh[:9]}",
    "zm_family": lambda p, c: _pick(p, _ZM_FAMILY, 2),
    "zm_given": lambda p, c: _by_sex(p, _ZM_GIVEN_M, _ZM_GIVEN_F, 1),
    "sex_zm": lambda p, c: "M" if p.male else "F",
    "address_zm": lambda p, c: _zm_place(p)[1].format(n=_num(p, 90) * 10 + int(p.bhxh[-1])),
    "post_zm": lambda p, c: _zm_place(p)[2],
    "phone_zm": lambda p, c: f"09{_pick(p, ('7', '6', '5'), 3)}{p.phone[3:10]}",
    "nok_zm": lambda p, c: (
        f"{_by_sex(p, _ZM_GIVEN_F, _ZM_GIVEN_M, 4)} {_pick(p, _ZM_FAMILY, 5).title()}"
    ),
    "nok_phone_zm": lambda p, c: f"097{p.bhxh[::-1][:7]}",
    "employer_zm": lambda p, c: _pick(p, _ZM_EMPLOYERS, 4),
    "iq_full": lambda p, c: _iq_full(p),
    "mother_iq": lambda p, c: (
        f"{_pick(p, _IQ_GIVEN_F, 5)} {_pick(p, _IQ_FATHERS, 6)} {_pick(p, _IQ_GRANDFATHERS, 7)}"
    ),
    "card_iq": lambda p, c: f"{_pick(p, ('1', '2'), 3)}{p.bhxh[:10]}{p.bhxh[-1]}",
    "sex_iq": lambda p, c: "ذكر" if p.male else "أنثى",
    "gov_iq": lambda p, c: _iq_place(p)[0],
    "address_iq": lambda p, c: (
        f"{_iq_place(p)[0]}/ {_iq_place(p)[1]}/ م {_num(p, 90) + 800}/ ز {_num(p, 40)}"
        f"/ د {int(p.bhxh[-2:]) + 1}"
    ),
    "post_iq": lambda p, c: _iq_place(p)[2],
    "phone_iq": lambda p, c: f"07{_pick(p, ('70', '80', '50', '71', '90'), 3)}{p.phone[3:10]}",
    "mukhtar_iq": lambda p, c: (
        f"{_pick(p, _IQ_GIVEN_M, 6)} {_pick(p, _IQ_FATHERS, 7)} {_pick(p, _IQ_LAQAB, 2)}"
    ),
    "mukhtar_phone_iq": lambda p, c: f"0780{p.bhxh[::-1][:7]}",
    "nin_sn": lambda p, c: f"{1 if p.male else 2}{p.bhxh[1:4]}{p.birth.year}{p.bhxh[-5:]}",
    "sn_given": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 1),
    "sn_family": lambda p, c: _pick(p, _SN_FAMILY, 2),
    "birthplace_sn": lambda p, c: _pick(p, _SN_BIRTHPLACES, 3),
    "sex_sn": lambda p, c: "M" if p.male else "F",
    "address_sn": lambda p, c: f"{_sn_place(p)[0].format(n=_num(p, 90))}, {_sn_place(p)[3]}",
    "commune_sn": lambda p, c: _sn_place(p)[1],
    "post_sn": lambda p, c: _sn_place(p)[2],
    "phone_sn": lambda p, c: (
        f"{_pick(p, ('77', '78', '76', '70'), 3)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "contact_sn": lambda p, c: (
        f"{_by_sex(p, _SN_GIVEN_F, _SN_GIVEN_M, 4)} {_pick(p, _SN_FAMILY, 5)}"
    ),
    "contact_phone_sn": lambda p, c: (
        f"77 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:5]} {p.bhxh[::-1][5:7]}"
    ),
    "trn_jm": lambda p, c: f"1{p.bhxh[1:3]}-{p.bhxh[3:6]}-{p.bhxh[6:9]}",
    "jm_family": lambda p, c: _pick(p, _JM_FAMILY, 2),
    "jm_given": lambda p, c: _by_sex(p, _JM_GIVEN_M, _JM_GIVEN_F, 1),
    "sex_jm": lambda p, c: "Male" if p.male else "Female",
    "address_jm": lambda p, c: (
        f"{_jm_place(p)[0].format(n=_num(p, 90), f=int(p.bhxh[-1]) + 1)}, {_jm_place(p)[1]}"
    ),
    "post_jm": lambda p, c: _jm_place(p)[1],
    "parish_jm": lambda p, c: _jm_place(p)[2],
    "phone_jm": lambda p, c: f"(876) {_pick(p, ('876', '877', '822', '990'), 3)}-{p.phone[6:10]}",
    "contact_jm": lambda p, c: (
        f"{_by_sex(p, _JM_GIVEN_F, _JM_GIVEN_M, 4)} {_pick(p, _JM_FAMILY, 5).title()}"
    ),
    "contact_phone_jm": lambda p, c: f"(876) 8{p.bhxh[::-1][:2]}-{p.bhxh[::-1][2:6]}",
}
