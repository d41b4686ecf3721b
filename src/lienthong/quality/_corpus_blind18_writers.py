"""How the people of the eighteenth part of the outside corpus (**blind 18**,
:mod:`lienthong.quality._corpus_blind18`) are written: four Vietnamese files' own columns (a
guest worker's passport, destination and recruiting company, a mobile subscriber's document type,
plan and contract, a storm-struck household's damage, relief and the person who collected it, a
vehicle's plate, make, chassis and engine numbers) and Salvadoran, Costa Rican, Portuguese,
Zimbabwean and Kyrgyz names, addresses, phones and identity numbers with their own check digits
where the country has one (the Salvadoran DUI's weighted mod 10 digit, the Portuguese NIF's mod 11
digit, the Zimbabwean ID's check letter of the number's remainder by 23; the Costa Rican cédula
and the Kyrgyz PIN have none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DESTINATIONS = ("Nhật Bản", "Nhật Bản", "Đài Loan (TQ)", "Hàn Quốc", "Đức", "Rumani")
_VN_AGENCIES = ("Cty CP Nhân lực Sông Hồng", "Cty TNHH Esuhai", "LILAMA Nhân lực", "TTLĐNN")
_VN_RELATIONS = ("bố", "mẹ", "vợ", "chồng", "anh trai", "chị gái")
_VN_DOC_TYPES = ("CCCD", "CCCD", "CCCD", "CCCD gắn chip")
_VN_ISSUERS = ("Cục CS QLHC về TTXH", "Bộ Công an")
_VN_PLANS = ("TRẢ TRƯỚC", "V120B", "ST90", "D159V", "TRẢ SAU 199")
_VN_DAMAGE = ("Tốc mái > 70%", "Hư hỏng 30-50%", "Sập đổ hoàn toàn", "Ngập nước", "Mất trắng lúa")
_VN_RELIEF = ("3.000.000", "5.000.000", "40.000.000", "2.000.000", "1.500.000")
_VN_VILLAGES = ("Thôn Lũng Vài", "Xóm Bãi", "Thôn Làng Nủ", "Thôn 3", "Xóm Đồng Chằm")
_VN_MAKES = ("Honda Wave Alpha", "Honda Vision", "Yamaha Exciter", "Toyota Vios", "VinFast Evo")
_SV_FAMILY = ("Hernández", "Martínez", "Rivas", "Alvarado", "Flores", "Guardado", "Menjívar")
_SV_GIVEN_M = ("José Mauricio", "Carlos Alberto", "Wilfredo", "Nelson Ernesto", "Óscar Armando")
_SV_GIVEN_F = ("Ana Marisol", "Rosa Delmy", "Karla Yesenia", "Glenda Patricia", "Reina Isabel")
#: (colonia or canton, municipality, department)
_SV_PLACES = (
    ("Col. Escalón, Pje. 3", "San Salvador", "San Salvador"),
    ("Res. Altavista, Pol. 12", "Ilopango", "San Salvador"),
    ("Bo. El Centro", "Santa Ana", "Santa Ana"),
    ("Cantón El Zapote", "San Miguel", "San Miguel"),
    ("Col. Santa Mónica", "Santa Tecla", "La Libertad"),
)
_SV_EMPLOYERS = ("Textiles San Andrés, S.A. de C.V.", "Alcaldía Municipal", "Súper Selectos", "")
_CR_FAMILY = ("Rodríguez", "Jiménez", "Vargas", "Mora", "Solano", "Quesada", "Araya", "Chaves")
_CR_GIVEN_M = ("Luis Diego", "José Pablo", "Esteban", "Randall", "Minor", "Álvaro")
_CR_GIVEN_F = ("María Fernanda", "Yorleny", "Daniela", "Ana Lucía", "Xinia", "Priscilla")
#: (province digit of the cédula, province, canton and district)
_CR_PLACES = (
    ("1", "San José", "Desamparados, San Rafael Abajo"),
    ("2", "Alajuela", "Grecia, San Roque"),
    ("3", "Cartago", "Paraíso, Llanos de Santa Lucía"),
    ("4", "Heredia", "Santo Domingo, Santa Rosa"),
    ("6", "Puntarenas", "Esparza, Espíritu Santo"),
)
_CR_LANDMARKS = ("de la iglesia católica", "del Palí", "de la plaza de deportes", "del EBAIS")
_PT_FAMILY = ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues")
_PT_GIVEN_M = ("João Miguel", "Rui", "Tiago", "Nuno Filipe", "António", "Duarte")
_PT_GIVEN_F = ("Maria João", "Inês", "Ana Rita", "Sofia", "Conceição", "Beatriz")
#: (street, postcode, locality)
_PT_PLACES = (
    ("Rua Augusta", "1100-053", "Lisboa"),
    ("Av. da Boavista", "4100-119", "Porto"),
    ("Rua Ferreira Borges", "3000-180", "Coimbra"),
    ("Largo do Município", "4700-435", "Braga"),
    ("Rua de Santo António", "8000-283", "Faro"),
)
_PT_DOCTORS = ("Dr.ª Helena Matos", "Dr. Paulo Cardoso", "Sem médico de família", "Dr. Rui Sá")
_ZW_FAMILY = ("Moyo", "Ncube", "Sibanda", "Chikwanha", "Mutasa", "Dube", "Mapfumo", "Nyathi")
_ZW_GIVEN_M = ("Tendai", "Tinashe Blessing", "Farai", "Tatenda", "Sipho", "Munyaradzi")
_ZW_GIVEN_F = ("Rutendo", "Chipo", "Nyasha Grace", "Tsitsi", "Nomsa", "Fadzai")
#: (district code of the ID, suburb and town)
_ZW_PLACES = (
    ("63", "Mabvuku, Harare"),
    ("08", "Nkulumane, Bulawayo"),
    ("29", "Sakubva, Mutare"),
    ("42", "Mkoba, Gweru"),
    ("58", "Rujeko, Masvingo"),
)
_ZW_EMPLOYERS = ("Delta Beverages", "Zimbabwe Republic Police", "OK Zimbabwe", "Self-employed")
_KG_FAMILY_M = ("Асанов", "Токтогулов", "Жумабеков", "Садыков", "Ибраимов")
_KG_GIVEN_M = ("Нурбек", "Айбек", "Бакыт", "Эрлан", "Азамат")
_KG_GIVEN_F = ("Айгерим", "Жылдыз", "Гульнара", "Айпери", "Нуржан")
_KG_FATHERS = ("Асан", "Токтогул", "Жумабек", "Садык", "Ибраим")
_KG_PLACES = (
    "г. Бишкек, мкр. Джал, д. {n}, кв. {f}",
    "г. Бишкек, ул. Ахунбаева, д. {n}",
    "г. Ош, ул. Ленина, д. {n}, кв. {f}",
    "Чуйская обл., с. Военно-Антоновка, ул. Мира, {n}",
    "Иссык-Кульская обл., г. Каракол, ул. Токтогула, {n}",
)
_ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"


# -- check digits -----------------------------------------------------------------------------


def _dui_sv(p: Person) -> str:
    """A Salvadoran DUI, ``01234567-8``: eight digits weighted 9 down to 2, then the digit
    that brings the sum to a multiple of ten."""
    body = f"0{p.bhxh[-7:]}"
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    return f"{body}-{(10 - total % 10) % 10}"


def _nif_pt(p: Person) -> str:
    """A Portuguese NIF: 1 or 2 for a person, seven digits, and the mod 11 digit (weights 9 to
    2; a remainder of 0 or 1 gives 0)."""
    body = f"{_pick(p, ('1', '2'), 3)}{p.bhxh[-7:]}"
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return f"{body}{0 if check >= 10 else check}"


def _zw_place(p: Person) -> tuple[str, str]:
    return _ZW_PLACES[int(p.bhxh) // 7 % len(_ZW_PLACES)]


def _id_zw(p: Person) -> str:
    """A Zimbabwean national ID, ``63-2345678 F 42``: the registering district, the serial, the
    letter for the remainder of district and serial by 23, and the district of origin."""
    district, serial = _zw_place(p)[0], p.bhxh[-7:]
    letter = _ZW_LETTERS[int(district + serial) % 23]
    return f"{district}-{serial} {letter} {_pick(p, ('63', '08', '29', '42', '58', '22'), 5)}"


# -- places -----------------------------------------------------------------------------------


def _sv_place(p: Person) -> tuple[str, str, str]:
    return _SV_PLACES[int(p.bhxh) // 9 % len(_SV_PLACES)]


def _cr_place(p: Person) -> tuple[str, str, str]:
    return _CR_PLACES[int(p.bhxh) // 9 % len(_CR_PLACES)]


def _pt_place(p: Person) -> tuple[str, str, str]:
    return _PT_PLACES[int(p.bhxh) // 9 % len(_PT_PLACES)]


def _kg_full(p: Person) -> str:
    """Surname, name and patronymic, the surname and patronymic in their female forms for
    women."""
    family = _pick(p, _KG_FAMILY_M, 2)
    father = _pick(p, _KG_FATHERS, 4)
    if p.male:
        return f"{family} {_pick(p, _KG_GIVEN_M, 1)} {father}ович"
    return f"{family}а {_pick(p, _KG_GIVEN_F, 1)} {father}овна"


WRITERS_BLIND18: dict[str, Callable[[Person, Col], object]] = {
    "passport18": lambda p, c: f"{_pick(p, ('C', 'P', 'E'), 2)}{p.bhxh[-7:]}",
    "country18": lambda p, c: _pick(p, _VN_DESTINATIONS, 3),
    "agency18": lambda p, c: _pick(p, _VN_AGENCIES, 4),
    "relative18": lambda p, c: (
        f"{_vn_name(p, int(p.bhxh) % 2 == 0, _pick(p, _FAMILY, 3), 6)}"
        f" ({_pick(p, _VN_RELATIONS, 5)})"
    ),
    "relative_phone18": lambda p, c: f"09{p.bhxh[::-1][:8]}",
    "doc_type18": lambda p, c: _pick(p, _VN_DOC_TYPES, 2),
    "issuer18": lambda p, c: _pick(p, _VN_ISSUERS, 3),
    "plan18": lambda p, c: _pick(p, _VN_PLANS, 4),
    "contract18": lambda p, c: f"HD{p.bhxh[:2]}/{p.bhxh[2:8]}",
    "village18": lambda p, c: _pick(p, _VN_VILLAGES, 2),
    "damage18": lambda p, c: _pick(p, _VN_DAMAGE, 3),
    "relief18": lambda p, c: _pick(p, _VN_RELIEF, 3),
    "proxy18": lambda p, c: (
        "" if int(p.bhxh) % 3 else _vn_name(p, not p.male, p.full.split(" ", 1)[0], 4)
    ),
    "plate18": lambda p, c: (
        f"{_pick(p, ('29', '30', '51', '59', '43'), 2)}{_pick(p, ('-B1 ', '-F1 ', 'A-', 'K-'), 3)}"
        f"{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "make18": lambda p, c: _pick(p, _VN_MAKES, 4),
    "chassis18": lambda p, c: f"RLHJC{p.bhxh[:2]}{_pick(p, ('1', '2'), 5)}XY{p.bhxh[2:10]}",
    "engine18": lambda p, c: f"JC{p.bhxh[3:5]}E-{p.bhxh[-7:]}",
    "dui_sv": lambda p, c: _dui_sv(p),
    "isss_sv": lambda p, c: f"{int(p.bhxh[1:10]):09d}",
    "sv_family": lambda p, c: f"{_pick(p, _SV_FAMILY, 2)} {_pick(p, _SV_FAMILY, 7)}",
    "sv_given": lambda p, c: _by_sex(p, _SV_GIVEN_M, _SV_GIVEN_F, 1),
    "sex_sv": lambda p, c: "Masculino" if p.male else "Femenino",
    "address_sv": lambda p, c: (
        f"{_sv_place(p)[0]}, Casa #{_num(p, 60)}, {_sv_place(p)[1]}, {_sv_place(p)[2]}"
    ),
    "dept_sv": lambda p, c: _sv_place(p)[2],
    "phone_sv": lambda p, c: f"{_pick(p, ('7', '6', '2'), 3)}{p.phone[3:6]}-{p.phone[6:10]}",
    "employer_sv": lambda p, c: _pick(p, _SV_EMPLOYERS, 4),
    "ced_cr": lambda p, c: f"{_cr_place(p)[0]}-{p.bhxh[2:6]}-{p.bhxh[6:10]}",
    "cr_full": lambda p, c: (
        f"{_by_sex(p, _CR_GIVEN_M, _CR_GIVEN_F, 1)} {_pick(p, _CR_FAMILY, 2)}"
        f" {_pick(p, _CR_FAMILY, 6)}"
    ),
    "sex_cr": lambda p, c: "M" if p.male else "F",
    "prov_cr": lambda p, c: _cr_place(p)[1],
    "address_cr": lambda p, c: (
        f"{_cr_place(p)[2]}, {_num(p, 4) * 100} m {_pick(p, ('sur', 'norte', 'este', 'oeste'), 3)}"
        f" {_pick(p, _CR_LANDMARKS, 5)}"
    ),
    "phone_cr": lambda p, c: f"{_pick(p, ('8', '7', '6'), 3)}{p.phone[3:6]}-{p.phone[6:10]}",
    "contact_cr": lambda p, c: (
        f"{_by_sex(p, _CR_GIVEN_F, _CR_GIVEN_M, 4)} {_pick(p, _CR_FAMILY, 2)}"
        f" {_pick(p, _CR_FAMILY, 3)}"
    ),
    "contact_phone_cr": lambda p, c: f"8{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:7]}",
    "utente_pt": lambda p, c: f"{int(p.bhxh[1:10]):09d}",
    "pt_full": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 3)}"
        f" {_pick(p, _PT_FAMILY, 6)}"
    ),
    "sex_pt": lambda p, c: "M" if p.male else "F",
    "nif_pt": lambda p, c: _nif_pt(p),
    "street_pt": lambda p, c: f"{_pt_place(p)[0]}, n.º {_num(p, 90)}, {_num(p, 5)}.º Esq.",
    "post_pt": lambda p, c: _pt_place(p)[1],
    "town_pt": lambda p, c: _pt_place(p)[2],
    "phone_pt": lambda p, c: (
        f"9{_pick(p, ('1', '2', '3', '6'), 3)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "doctor_pt": lambda p, c: _pick(p, _PT_DOCTORS, 4),
    "id_zw": lambda p, c: _id_zw(p),
    "ssn_zw": lambda p, c: f"{p.bhxh[:7]}{_pick(p, ('A', 'B', 'K', 'N'), 2)}",
    "zw_family": lambda p, c: _pick(p, _ZW_FAMILY, 2).upper(),
    "zw_given": lambda p, c: _by_sex(p, _ZW_GIVEN_M, _ZW_GIVEN_F, 1),
    "sex_zw": lambda p, c: "Male" if p.male else "Female",
    "address_zw": lambda p, c: f"{_num(p, 90)}{p.bhxh[-2:]}, {_zw_place(p)[1]}",
    "phone_zw": lambda p, c: (
        f"+263 {_pick(p, ('77', '78', '71', '73'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "employer_zw": lambda p, c: _pick(p, _ZW_EMPLOYERS, 4),
    "pin_kg": lambda p, c: f"{2 if p.male else 1}{p.birth:%d%m%Y}{p.bhxh[-5:]}",
    "kg_full": lambda p, c: _kg_full(p),
    "sex_kg": lambda p, c: "муж." if p.male else "жен.",
    "address_kg": lambda p, c: _pick(p, _KG_PLACES, 3).format(
        n=_num(p, 90), f=int(p.bhxh[-2:]) + 1
    ),
    "phone_kg": lambda p, c: (
        f"+996 {_pick(p, ('555', '700', '772', '505'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "policy_kg": lambda p, c: f"{_pick(p, ('01', '02', '06'), 2)}{p.bhxh[1:9]}",
}
