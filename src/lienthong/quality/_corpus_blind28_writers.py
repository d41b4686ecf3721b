"""How the people of the twenty-eighth part of the outside corpus (**blind 28**,
:mod:`lienthong.quality._corpus_blind28`) are written: four Vietnamese files' own columns (a
registered dog's name, breed and coat and the ward's vet officer, a monthly bus pass's number,
passenger group, route and emergency contact, a swimming class, session and coach, a blind
member's card, degree of disability, branch and helper) and Sudanese, Turkmen, Cape Verdean,
Burkinabè and Samoan names, addresses, phones and identity numbers in the forms their cards show
(only the Cape Verdean NIF publishes a check, its mod 11 digit, written as blind 18's Portuguese
one; the Sudanese national number, the Turkmen passport, the Burkinabè CNIB and the Samoan SNPF
member number have none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind18_writers import _nif_pt
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POST = ("100000", "115000", "550000", "700000", "720000", "740000", "760000")
_VN_DOGS = ("Vàng", "Mực", "Lu", "Bông", "Milo", "Cún", "Bim", "Lucky", "Đốm")
_VN_BREEDS = ("Chó ta", "Phú Quốc", "Becgie", "Poodle", "Husky", "Chihuahua", "Corgi", "Lai")
_VN_COATS = ("Vàng", "Đen", "Trắng", "Nâu", "Vện", "Đen trắng", "Xám")
_VN_RIDERS = ("Thông thường", "HSSV", "Người cao tuổi", "Công nhân KCN")
_VN_ROUTES = ("Số 01", "Số 08", "Số 19", "Số 33", "Số 56", "Số 150", "Số 72-1")
_VN_CLASSES = ("Cơ bản 1", "Cơ bản 2", "Nâng cao", "Bơi ếch", "Bơi sải", "Người lớn")
_VN_SESSIONS = ("Sáng 5h30-6h30", "Chiều 16h00-17h00", "Chiều 17h00-18h00", "Tối 18h30-19h30")
_VN_DEGREES = ("Đặc biệt nặng", "Nặng", "Nhẹ")
_VN_BRANCHES = ("Chi hội Phường 1", "Chi hội Phường 4", "Chi hội Xã Tân Nhựt", "Chi hội Bình Lợi")
_SD_GIVEN_M = ("محمد", "أحمد", "عثمان", "الطيب", "عبدالرحيم", "مصطفى")
_SD_GIVEN_F = ("فاطمة", "آمنة", "سارة", "مريم", "عوضية", "نفيسة")
_SD_ELDERS = ("عبدالله", "الحسن", "إبراهيم", "حامد", "الأمين", "بابكر", "موسى", "يوسف")
#: (town, district, postcode)
_SD_PLACES = (
    ("الخرطوم", "الرياض، مربع 12", "11111"),
    ("الخرطوم بحري", "الصافية، مربع 5", "13311"),
    ("أم درمان", "الثورة الحارة 17", "14411"),
    ("ود مدني", "حي الدرجة", "21111"),
    ("بورتسودان", "حي ديم مدينة", "31111"),
    ("كسلا", "حي الختمية", "33311"),
)
_TM_FAMILY_M = ("Orazow", "Annaýew", "Berdiýew", "Gurbanow", "Saparow", "Atayew", "Myradow")
_TM_GIVEN_M = ("Merdan", "Serdar", "Batyr", "Döwlet", "Nurmuhammet", "Ýazmyrat")
_TM_GIVEN_F = ("Maýsa", "Ogulgerek", "Aýna", "Jeren", "Gülälek", "Bägül")
_TM_FATHERS = ("Orazowiç", "Annaýewiç", "Berdiýewiç", "Gurbanowiç", "Saparowiç")
_TM_FATHERS_F = ("Orazowna", "Annaýewna", "Berdiýewna", "Gurbanowna", "Saparowna")
#: (address, postcode, passport series)
_TM_PLACES = (
    ("Aşgabat ş., Bitarap Türkmenistan şaýoly, jaý {n}", "744000", "I-AŞ"),
    ("Aşgabat ş., Görogly köçesi, jaý {n}", "744013", "I-AŞ"),
    ("Mary ş., Magtymguly köçesi, jaý {n}", "745400", "I-MR"),
    ("Türkmenabat ş., Puşkin köçesi, jaý {n}", "746100", "I-LB"),
    ("Daşoguz ş., Gurbansoltan eje köçesi, jaý {n}", "746300", "I-DZ"),
    ("Balkanabat ş., Nebitçiler köçesi, jaý {n}", "745100", "I-BN"),
)
_CV_FAMILY = ("Tavares", "Semedo", "Varela", "Fernandes", "Monteiro", "Lopes", "Furtado")
_CV_GIVEN_M = ("José", "Adilson", "Hélder", "Nilton", "João Carlos", "Edson")
_CV_GIVEN_F = ("Maria", "Ivanilda", "Elisângela", "Nádia", "Ana Paula", "Sónia")
#: (address, postcode)
_CV_PLACES = (
    ("Achada Santo António, Rua Cidade de Funchal {n}, Praia", "7600"),
    ("Palmarejo, Rua 5 de Julho {n}, Praia", "7600"),
    ("Zona Fonte Filipe {n}, Mindelo, São Vicente", "2110"),
    ("Rua Amílcar Cabral {n}, Assomada, Santa Catarina", "7100"),
    ("Espargos, Zona Morro Curral {n}, Sal", "4110"),
)
_BF_FAMILY = ("OUEDRAOGO", "SAWADOGO", "KABORE", "TRAORE", "ZONGO", "COMPAORE", "SOME")
_BF_GIVEN_M = ("Boukary", "Issouf", "Jean-Baptiste", "Salif", "Adama", "Wendkouni")
_BF_GIVEN_F = ("Aminata", "Mariam", "Awa", "Félicité", "Rasmata", "Pélagie")
#: (address, post box)
_BF_PLACES = (
    ("Secteur 15, Arrondissement 4, Ouagadougou", "01 BP {n} Ouagadougou 01"),
    ("Secteur 30, Arrondissement 7, Ouagadougou", "09 BP {n} Ouagadougou 09"),
    ("Quartier Dassasgho, Secteur 28, Ouagadougou", "11 BP {n} Ouagadougou CMS 11"),
    ("Secteur 22, Dogona, Bobo-Dioulasso", "01 BP {n} Bobo-Dioulasso 01"),
    ("Secteur 5, Koudougou", "BP {n} Koudougou"),
)
_WS_FAMILY = ("Leota", "Tuilagi", "Fa'alogo", "Aiono", "Sapolu", "Toleafoa", "Schuster")
_WS_GIVEN_M = ("Sione", "Tavita", "Ioane", "Falaniko", "Lemalu", "Pita")
_WS_GIVEN_F = ("Losa", "Mele", "Salote", "Fetu", "Malia", "Sefina")
_WS_PLACES = (
    "Vaitele, Faleata West, Upolu",
    "Vailima, Vaimauga West, Upolu",
    "Lalomanu, Aleipata-Itupa-i-Lalo, Upolu",
    "Salelologa, Fa'asaleleaga No. 1, Savai'i",
    "Leulumoega, A'ana Alofi No. 1, Upolu",
    "Apia, Vaimauga West, Upolu",
)


def _other_vn(p: Person, salt: int, male: bool | None = None) -> str:
    """Another Vietnamese person's name (an officer, a contact, a coach, a helper)."""
    is_male = int(p.bhxh) // (salt + 1) % 2 == 0 if male is None else male
    return _vn_name(p, is_male, _pick(p, _FAMILY, salt), salt + 1)


def _other_phone(p: Person, lead: str = "09") -> str:
    return f"{lead}{p.bhxh[::-1][: 10 - len(lead)]}"


def _sd_place(p: Person) -> tuple[str, str, str]:
    return _SD_PLACES[int(p.bhxh) // 9 % len(_SD_PLACES)]


def _sd_name(p: Person) -> str:
    """A Sudanese four-part name: own name, father, grandfather, great-grandfather."""
    own = _by_sex(p, _SD_GIVEN_M, _SD_GIVEN_F, 1)
    return f"{own} {_pick(p, _SD_ELDERS, 2)} {_pick(p, _SD_ELDERS, 3)} {_pick(p, _SD_ELDERS, 4)}"


def _tm_place(p: Person) -> tuple[str, str, str]:
    return _TM_PLACES[int(p.bhxh) // 9 % len(_TM_PLACES)]


def _tm_family(p: Person, salt: int = 2, male: bool | None = None) -> str:
    family = _pick(p, _TM_FAMILY_M, salt)
    return family if (p.male if male is None else male) else f"{family}a"


def _cv_place(p: Person) -> tuple[str, str]:
    return _CV_PLACES[int(p.bhxh) // 9 % len(_CV_PLACES)]


def _bf_place(p: Person) -> tuple[str, str]:
    return _BF_PLACES[int(p.bhxh) // 9 % len(_BF_PLACES)]


WRITERS_BLIND28: dict[str, Callable[[Person, Col], object]] = {
    "dogreg28": lambda p, c: f"{_num(p, 900):04d}/ĐK-{p.other_date.year}",
    "ward_post28": lambda p, c: _pick(p, _VN_POST, 4),
    "dog28": lambda p, c: _pick(p, _VN_DOGS, 2),
    "breed28": lambda p, c: _pick(p, _VN_BREEDS, 3),
    "coat28": lambda p, c: _pick(p, _VN_COATS, 5),
    "vet28": lambda p, c: _other_vn(p, 6, True),
    "vet_phone28": lambda p, c: _other_phone(p, "09"),
    "pass28": lambda p, c: f"VT{p.other_date:%m%y}-{p.bhxh[-5:]}",
    "rider28": lambda p, c: _pick(p, _VN_RIDERS, 2),
    "route28": lambda p, c: _pick(p, _VN_ROUTES, 3),
    "bus_post28": lambda p, c: _pick(p, _VN_POST, 5),
    "emergency28": lambda p, c: _other_vn(p, 7, False),
    "emergency_phone28": lambda p, c: _other_phone(p, "03"),
    "swimmer28": lambda p, c: f"HB{p.bhxh[-5:]}",
    "swim_class28": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "session28": lambda p, c: _pick(p, _VN_SESSIONS, 3),
    "swim_post28": lambda p, c: _pick(p, _VN_POST, 6),
    "coach28": lambda p, c: _other_vn(p, 8, True),
    "coach_phone28": lambda p, c: _other_phone(p, "08"),
    "member28": lambda p, c: f"HNM-{_num(p, 700):04d}",
    "degree28": lambda p, c: _pick(p, _VN_DEGREES, 2),
    "branch28": lambda p, c: _pick(p, _VN_BRANCHES, 3),
    "blind_post28": lambda p, c: _pick(p, _VN_POST, 7),
    "helper28": lambda p, c: _other_vn(p, 9, None),
    "helper_phone28": lambda p, c: "" if int(p.bhxh) % 7 == 0 else _other_phone(p, "07"),
    "nid_sd28": lambda p, c: f"1{p.bhxh[::-1]}",
    "sd_name28": lambda p, c: _sd_name(p),
    "sex_sd28": lambda p, c: "ذكر" if p.male else "أنثى",
    "address_sd28": lambda p, c: f"{_sd_place(p)[0]}، {_sd_place(p)[1]}",
    "post_sd28": lambda p, c: _sd_place(p)[2],
    "phone_sd28": lambda p, c: f"0{_pick(p, ('91', '92', '99', '12'), 3)}{p.phone[3:10]}",
    "guarantor_sd28": lambda p, c: f"{_pick(p, _SD_GIVEN_M, 5)} {_pick(p, _SD_ELDERS, 6)}",
    "guarantor_phone_sd28": lambda p, c: f"0912{p.bhxh[::-1][:6]}",
    "tm_family28": lambda p, c: _tm_family(p),
    "tm_given28": lambda p, c: _by_sex(p, _TM_GIVEN_M, _TM_GIVEN_F, 1),
    "patronymic_tm28": lambda p, c: _by_sex(p, _TM_FATHERS, _TM_FATHERS_F, 3),
    "sex_tm28": lambda p, c: "erkek" if p.male else "aýal",
    "passport_tm28": lambda p, c: f"{_tm_place(p)[2]} {p.bhxh[-6:]}",
    "address_tm28": lambda p, c: _tm_place(p)[0].format(n=_num(p, 80)),
    "post_tm28": lambda p, c: _tm_place(p)[1],
    "phone_tm28": lambda p, c: f"+993 6{_pick(p, ('1', '2', '3', '4', '5'), 3)} {p.phone[4:10]}",
    "kin_tm28": lambda p, c: (
        f"{_tm_family(p, 4, not p.male)} {_by_sex(p, _TM_GIVEN_F, _TM_GIVEN_M, 4)}"
    ),
    "kin_phone_tm28": lambda p, c: f"+993 65 {p.bhxh[::-1][:6]}",
    "nif_cv28": lambda p, c: _nif_pt(p),
    "cv_family28": lambda p, c: _pick(p, _CV_FAMILY, 2),
    "cv_given28": lambda p, c: _by_sex(p, _CV_GIVEN_M, _CV_GIVEN_F, 1),
    "sex_cv28": lambda p, c: "M" if p.male else "F",
    "address_cv28": lambda p, c: _cv_place(p)[0].format(n=_num(p, 60)),
    "post_cv28": lambda p, c: _cv_place(p)[1],
    "phone_cv28": lambda p, c: (
        f"+238 {_pick(p, ('991', '995', '958', '976'), 3)} {p.phone[5:7]} {p.phone[7:9]}"
    ),
    "contact_cv28": lambda p, c: (
        f"{_by_sex(p, _CV_GIVEN_F, _CV_GIVEN_M, 4)} {_pick(p, _CV_FAMILY, 5)}"
    ),
    "contact_phone_cv28": lambda p, c: f"+238 9{p.bhxh[::-1][:2]} {p.bhxh[4:6]} {p.bhxh[6:8]}",
    "cnib_bf28": lambda p, c: f"B{p.bhxh[-7:]}",
    "bf_family28": lambda p, c: _pick(p, _BF_FAMILY, 2),
    "bf_given28": lambda p, c: _by_sex(p, _BF_GIVEN_M, _BF_GIVEN_F, 1),
    "sex_bf28": lambda p, c: "M" if p.male else "F",
    "address_bf28": lambda p, c: _bf_place(p)[0],
    "bp_bf28": lambda p, c: _bf_place(p)[1].format(n=p.bhxh[-4:].lstrip("0") or "1"),
    "phone_bf28": lambda p, c: (
        f"+226 {_pick(p, ('70', '76', '78', '65', '56'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "warn_bf28": lambda p, c: (
        f"{_pick(p, _BF_FAMILY, 5)} {_by_sex(p, _BF_GIVEN_F, _BF_GIVEN_M, 4)}"
    ),
    "warn_phone_bf28": lambda p, c: (
        f"+226 70 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]} {p.bhxh[::-1][4:6]}"
    ),
    "npf_ws28": lambda p, c: str(int(p.bhxh[-6:]) % 180_000 + 10_000),
    "ws_family28": lambda p, c: _pick(p, _WS_FAMILY, 2),
    "ws_given28": lambda p, c: _by_sex(p, _WS_GIVEN_M, _WS_GIVEN_F, 1),
    "sex_ws28": lambda p, c: "Male" if p.male else "Female",
    "address_ws28": lambda p, c: _pick(p, _WS_PLACES, 9),
    "box_ws28": lambda p, c: (
        "" if int(p.bhxh) % 3 == 0 else f"P.O. Box {p.bhxh[-4:].lstrip('0') or '1'}, Apia"
    ),
    "phone_ws28": lambda p, c: f"+685 7{_pick(p, ('7', '2', '5'), 3)}{p.phone[5:10]}",
    "nominee_ws28": lambda p, c: (
        f"{_by_sex(p, _WS_GIVEN_F, _WS_GIVEN_M, 4)} {_pick(p, _WS_FAMILY, 5)}"
    ),
    "nominee_phone_ws28": lambda p, c: f"+685 77{p.bhxh[::-1][:5]}",
}
