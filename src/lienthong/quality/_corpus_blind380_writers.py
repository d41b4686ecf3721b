"""How the people of the three-hundred-and-eightieth part of the outside corpus (**blind 380**,
:mod:`lienthong.quality._corpus_blind380`) are written: fishing crews and fishers' licences. Boat
owners paid part of their vessel monitoring fees, owners and crews whose hull and crew insurance
premiums the state pays in part, boats brought in for their technical safety inspection, crewmen
given their health certificates; and Filipino, Indonesian, Norwegian, Peruvian and Moroccan
fishers with their identity numbers (the PhilSys number, the NIK, the fødselsnummer with its two
mod 11 digits, the DNI, the CIN)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _fodselsnummer
from lienthong.quality._corpus_blind14_writers import _cin_ma, _ma_place
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind117_writers import _place, _psn
from lienthong.quality._corpus_blind194_writers import _ph_phone
from lienthong.quality._corpus_blind371_writers import _dni_pe
from lienthong.quality._corpus_blind378_writers import _ID_PLACES, _nik

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PROV = ("QNg", "BĐ", "KH", "NA", "TH", "BTh", "PY", "QB")
_VN_GEAR = ("Lưới kéo", "Câu vàng", "Lưới rê", "Chụp mực", "Vây rút chì", "Lồng bẫy")
_VN_VMS = ("Movimar", "Hải Đăng", "Vnpt-VMS", "Viettel S-Tracking", "Sao Mai")
_VN_HULL = ("Gỗ", "Gỗ bọc composite", "Thép", "Composite", "Gỗ")
_VN_POST = ("Thuyền trưởng", "Máy trưởng", "Thuyền viên", "Thuyền viên", "Thợ máy", "Nấu ăn")
_VN_HEALTH = ("Đủ sức khỏe", "Đủ sức khỏe", "Đủ sức khỏe", "Đủ SK, hạn chế thị lực", "Tạm hoãn")
_VN_INSPECT = ("Đạt", "Đạt", "Đạt", "Không đạt - thiếu phao bè", "Đạt (bổ sung bình CO2)")
_VN_INSURERS = ("Bảo Việt Quảng Ngãi", "PVI Bình Định", "Bảo Minh Khánh Hòa", "BIC Nghệ An")
_VN_HOSP = ("TTYT huyện Lý Sơn", "TTYT thị xã Sông Cầu", "BVĐK khu vực Cam Ranh", "TTYT Quỳnh Lưu")
_PH_FAMILY = ("Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Abrenica", "Pacquiao", "Lumbao")
_PH_GIVEN_M = ("Rogelio", "Jun-Jun", "Eduardo", "Arnel", "Reynaldo", "Christopher John")
_PH_GIVEN_F = ("Lorna", "Maricel", "Jennifer", "Rowena", "Ma. Teresa", "Analiza")
_PH_PLACES = (
    ("Poblacion", "Bantayan", "Cebu", "072207"),
    ("Sta. Lucia", "Bolinao", "Pangasinan", "015508"),
    ("Talisay", "Lipa", "Batangas", "041014"),
    ("San Roque", "Roxas City", "Capiz", "061914"),
    ("Bato", "Tabaco City", "Albay", "050517"),
    ("Lawaan", "Dumaguete City", "Negros Oriental", "074610"),
)
_NO_FAMILY = ("Johansen", "Hansen", "Pedersen", "Olsen", "Nilsen", "Kristiansen", "Jakobsen")
_NO_GIVEN_M = ("Ole Martin", "Kjell", "Arne", "Tor Inge", "Geir", "Sindre", "Roar")
_NO_GIVEN_F = ("Kari", "Ingrid", "Hilde", "Marit", "Tone Lise", "Siv")
_NO_PLACES = (
    ("Havnegata 14", "8300", "Svolvær", "Nordland"),
    ("Storgata 3B", "9990", "Båtsfjord", "Finnmark"),
    ("Fiskergata 22", "6018", "Ålesund", "Møre og Romsdal"),
    ("Kaiveien 7", "8340", "Stamsund", "Nordland"),
    ("Strandveien 101", "9008", "Tromsø", "Troms"),
    ("Skippergata 5", "6509", "Kristiansund N", "Møre og Romsdal"),
)
_NO_VESSELS = (
    ("Havbris", "N-123-V"),
    ("Senior", "M-77-A"),
    ("Kvitbjørn", "T-8-T"),
    ("Nordstjerna", "F-45-BD"),
    ("Ståløy", "M-30-HØ"),
)
_PE_FAMILY = ("Quispe", "Chunga", "Eca", "Paiva", "Yovera", "Sernaqué", "Ruiz", "Querevalú")
_PE_GIVEN_M = ("José Luis", "Segundo", "Wilmer", "Juan Carlos", "Santos")
_PE_GIVEN_F = ("María Elena", "Rosa", "Yesenia", "Flor de María", "Nelly")
_PE_PLACES = (
    ("Mz. B Lt. 12 AA.HH. San Pedro", "Paita", "Piura"),
    ("Jr. Grau 345", "Sechura", "Piura"),
    ("Calle Miguel Grau s/n, Caleta San José", "San José", "Lambayeque"),
    ("Av. Los Pescadores 118", "Chimbote", "Áncash"),
    ("Mz. C Lt. 5 P.J. Villa María", "Ilo", "Moquegua"),
)
_MA_FAMILY = (("Benali", "بنعلي"), ("El Idrissi", "الإدريسي"), ("Ait Ouahmane", "أيت واحمان"),
              ("Bouzidi", "بوزيدي"), ("Lahlou", "لحلو"), ("Amrani", "العمراني"))  # fmt: skip
_MA_GIVEN_M = (("Mohamed", "محمد"), ("Abdellah", "عبد الله"), ("Hassan", "حسن"),
               ("Youssef", "يوسف"), ("Rachid", "رشيد"))  # fmt: skip
_MA_GIVEN_F = (("Fatima", "فاطمة"), ("Khadija", "خديجة"), ("Naima", "نعيمة"),
               ("Saida", "سعيدة"), ("Zineb", "زينب"))  # fmt: skip


def _vn_boat(p: Person) -> str:
    return f"{_pick(p, _VN_PROV, 2)}-{90000 + int(p.bhxh[3:7]) % 9999}-TS"


def _ph_name(p: Person) -> tuple[str, str]:
    return _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 2), _pick(p, _PH_FAMILY, 3)


def _ma_pair(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    given = (_MA_GIVEN_M if p.male else _MA_GIVEN_F)[int(p.bhxh) // 23 % 5]
    return given, _MA_FAMILY[int(p.bhxh) // 29 % len(_MA_FAMILY)]


def _no_phone(p: Person) -> str:
    body = f"{_pick(p, ('9', '4'), 2)}{p.phone[-7:]}"
    return f"+47 {body[:3]} {body[3:5]} {body[5:]}" if _num(p, 2) == 1 else body


def _pe_phone(p: Person) -> str:
    body = f"9{p.phone[-8:]}"
    return f"{body[:3]} {body[3:6]} {body[6:]}"


WRITERS_BLIND380: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese registers
    "boat380": lambda p, c: _vn_boat(p),
    "power380": lambda p, c: str(90 + _num(p, 80) * 10),
    "length380": lambda p, c: f"{12 + _num(p, 140) / 10:.1f}".replace(".", ","),
    "vms380": lambda p, c: _pick(p, _VN_VMS, 4),
    "vms_id380": lambda p, c: f"{_pick(p, ('MV', 'HD', 'ST'), 5)}{p.bhxh[-7:]}",
    "vms_fee380": lambda p, c: _pick(p, ("3.000.000", "2.400.000", "3.600.000"), 6),
    "vms_aid380": lambda p, c: _pick(p, ("2.700.000", "2.160.000", "3.240.000"), 6),
    "gear380": lambda p, c: _pick(p, _VN_GEAR, 3),
    "hull380": lambda p, c: _pick(p, _VN_HULL, 2),
    "policy380": lambda p, c: f"{_pick(p, ('BV', 'PVI', 'BM'), 4)}/{p.bhxh[-6:]}/TC",
    "hull_premium380": lambda p, c: f"{(4 + _num(p, 20)) * 1_150_000:,}".replace(",", "."),
    "crew_count380": lambda p, c: str(4 + _num(p, 12)),
    "crew_premium380": lambda p, c: f"{(4 + _num(p, 12)) * 50_000:,}".replace(",", "."),
    "insurer380": lambda p, c: _pick(p, _VN_INSURERS, 5),
    "aid_pct380": lambda p, c: _pick(p, ("70%", "50%", "70%", "90%"), 7),
    "captain380": lambda p, c: _other_vn(p, 8, male=True),
    "captain_phone380": lambda p, c: _other_phone(p, "03"),
    "cert_no380": lambda p, c: f"{p.bhxh[-5:]}/ĐKTC",
    "inspect380": lambda p, c: _pick(p, _VN_INSPECT, 6),
    "inspector380": lambda p, c: f"ĐKV {_other_vn(p, 9)}",
    "until380": lambda p, c: f"{_num(p, 28):02d}/{_num(p, 12):02d}/20{27 + int(p.bhxh[0]) % 2}",
    "post380": lambda p, c: _pick(p, _VN_POST, 3),
    "owner380": lambda p, c: _other_vn(p, 10),
    "owner_phone380": lambda p, c: _other_phone(p, "09"),
    "height380": lambda p, c: str(150 + _num(p, 30)),
    "weight380": lambda p, c: str(45 + _num(p, 35)),
    "bp380": lambda p, c: f"{105 + _num(p, 35)}/{65 + _num(p, 20)}",
    "health380": lambda p, c: _pick(p, _VN_HEALTH, 4),
    "health_cert380": lambda p, c: f"{p.bhxh[-4:]}/GKSK-TV",
    "doctor380": lambda p, c: f"BS. {_other_vn(p, 11)}",
    "hosp380": lambda p, c: _pick(p, _VN_HOSP, 5),
    # the Philippines: BFAR FishR
    "fishr380": lambda p, c: f"{_place(p, _PH_PLACES)[3]}-{p.bhxh[:2]}-{p.bhxh[-5:]}",
    "psn380": lambda p, c: _psn(p),
    "ph_fam380": lambda p, c: _ph_name(p)[1],
    "ph_given380": lambda p, c: _ph_name(p)[0],
    "ph_middle380": lambda p, c: _pick(p, _PH_FAMILY, 6),
    "sex_ph380": lambda p, c: "Male" if p.male else "Female",
    "ph_pob380": lambda p, c: _pick(p, ("Cebu City", "Bantayan, Cebu", "Bolinao", "Roxas City"), 4),
    "civil380": lambda p, c: _pick(p, ("Married", "Single", "Married", "Widowed"), 5),
    "ph_brgy380": lambda p, c: _place(p, _PH_PLACES)[0],
    "ph_mun380": lambda p, c: _place(p, _PH_PLACES)[1],
    "ph_prov380": lambda p, c: _place(p, _PH_PLACES)[2],
    "ph_phone380": lambda p, c: _ph_phone(p),
    "livelihood380": lambda p, c: _pick(
        p, ("Capture Fishing", "Capture Fishing", "Aquaculture", "Fish Vending", "Gleaning"), 3
    ),
    "ph_boat380": lambda p, c: _pick(p, ("MBCA Jhun-Jhun", "F/B Lady Grace", "none", "Bangka"), 7),
    "ph_org380": lambda p, c: _pick(p, ("Bantayan FARMC", "SAMMABOL", "none", "Talisay FA"), 8),
    "ph_notify380": lambda p, c: f"{_by_sex(p, _PH_GIVEN_F, _PH_GIVEN_M, 9)} {_ph_name(p)[1]}",
    "ph_notify_phone380": lambda p, c: f"09{p.bhxh[::-1][:9]}",
    # Indonesia: fishers' insurance premium aid
    "nik380": lambda p, c: _nik(p),
    "id_full380": lambda p, c: _by_sex(
        p,
        ("SAHARUDDIN", "LA ODE HAMIRUDDIN", "I KETUT SUARDANA", "MUHAMMAD ARSYAD", "DAENG NAI"),
        ("HASNAH", "WA ODE SITTI", "NI MADE RAI", "ST. AISYAH", "NURMALA"),
        2,
    ),
    "id_pob380": lambda p, c: _pick(p, ("BUTON", "SINJAI", "JEMBER", "BULELENG", "MAKASSAR"), 3),
    "sex_id380": lambda p, c: "L" if p.male else "P",
    "id_street380": lambda p, c: _place(p, _ID_PLACES)[0],
    "id_desa380": lambda p, c: _place(p, _ID_PLACES)[1],
    "id_kec380": lambda p, c: _place(p, _ID_PLACES)[2],
    "id_kab380": lambda p, c: _place(p, _ID_PLACES)[4],
    "id_phone380": lambda p, c: f"+62 81{p.phone[2]}-{p.phone[3:7]}-{p.phone[7:]}{p.bhxh[-1]}",
    "kusuka380": lambda p, c: f"{_place(p, _ID_PLACES)[3]}{p.bhxh[-8:]}",
    "id_boat380": lambda p, c: _pick(p, ("KM. BINTANG LAUT", "KM. RESKI", "PERAHU JUKUNG", "-"), 4),
    "id_heir380": lambda p, c: _pick(p, ("RAHMAWATI", "SUKARDI", "NURHAYATI", "ANDI BASO"), 5),
    "id_rel380": lambda p, c: _pick(p, ("ISTRI", "SUAMI", "ANAK KANDUNG", "ORANG TUA"), 6),
    "id_polis380": lambda p, c: f"JS-BPAN/{p.bhxh[-7:]}",
    # Norway: fiskermanntallet
    "fnr380": lambda p, c: _fodselsnummer(p),
    "no_fam380": lambda p, c: _pick(p, _NO_FAMILY, 3),
    "no_given380": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 2),
    "no_street380": lambda p, c: _place(p, _NO_PLACES)[0],
    "no_post380": lambda p, c: _place(p, _NO_PLACES)[1],
    "no_town380": lambda p, c: _place(p, _NO_PLACES)[2],
    "no_fylke380": lambda p, c: _place(p, _NO_PLACES)[3],
    "no_phone380": lambda p, c: _no_phone(p),
    "blad380": lambda p, c: _pick(p, ("Blad B", "Blad B", "Blad A"), 4),
    "no_vessel380": lambda p, c: _pick(p, tuple(v[0] for v in _NO_VESSELS), 5),
    "no_mark380": lambda p, c: _pick(p, tuple(v[1] for v in _NO_VESSELS), 5),
    "no_rank380": lambda p, c: _pick(p, ("Mannskap", "Skipper", "Maskinist", "Kokk", "Bøter"), 6),
    "no_weeks380": lambda p, c: str(10 + _num(p, 40)),
    # Peru: registro de pescadores artesanales
    "dni380": lambda p, c: _dni_pe(p),
    "pe_fam380": lambda p, c: _pick(p, _PE_FAMILY, 3),
    "pe_fam2_380": lambda p, c: _pick(p, _PE_FAMILY, 7),
    "pe_given380": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 2),
    "sex_pe380": lambda p, c: "M" if p.male else "F",
    "pe_street380": lambda p, c: _place(p, _PE_PLACES)[0],
    "pe_dist380": lambda p, c: _place(p, _PE_PLACES)[1],
    "pe_reg380": lambda p, c: _place(p, _PE_PLACES)[2],
    "pe_phone380": lambda p, c: _pe_phone(p),
    "pe_carne380": lambda p, c: f"PA-{p.bhxh[-6:]}-{_pick(p, ('PI', 'LA', 'AN', 'MO'), 4)}",
    "pe_caleta380": lambda p, c: _pick(
        p, ("DPA Paita", "Caleta Yacila", "Parachique", "DPA Ilo"), 5
    ),
    "pe_boat380": lambda p, c: _pick(p, ("Virgen de Fátima", "San Pedrito II", "Mi Jazmín"), 6),
    "pe_mat380": lambda p, c: (
        f"{_pick(p, ('PT', 'CE', 'IO'), 7)}-{p.bhxh[1:6]}-{_pick(p, ('CM', 'BM'), 8)}"
    ),
    "pe_role380": lambda p, c: _pick(p, ("Tripulante", "Armador", "Patrón", "Tripulante"), 9),
    "pe_gear380": lambda p, c: _pick(p, ("Pinta", "Cortina", "Espinel", "Buceo", "Chinchorro"), 10),
    "pe_ospa380": lambda p, c: _pick(p, ("Asoc. de Pescadores de Paita", "OSPA Yacila", "-"), 11),
    # Morocco: marins pêcheurs
    "cin380": lambda p, c: _cin_ma(p),
    "ma_fam380": lambda p, c: _ma_pair(p)[1][0],
    "ma_given380": lambda p, c: _ma_pair(p)[0][0],
    "ma_arabic380": lambda p, c: f"{_ma_pair(p)[0][1]} {_ma_pair(p)[1][1]}",
    "ma_home380": lambda p, c: f"{_ma_place(p)[3]}, N° {_num(p, 90)}, {_ma_place(p)[1]}",
    "ma_city380": lambda p, c: _ma_place(p)[1],
    "ma_phone380": lambda p, c: (
        f"06 {p.phone[-8:-6]} {p.phone[-6:-4]} {p.phone[-4:-2]} {p.phone[-2:]}"
    ),
    "inscription380": lambda p, c: f"{_pick(p, ('AG', 'LA', 'DK', 'ES'), 3)}/{p.bhxh[-6:]}",
    "cnss380": lambda p, c: p.bhxh[1:10],
    "ma_rank380": lambda p, c: _pick(
        p, ("Marin / بحار", "Patron / رايس", "Mécanicien / ميكانيكي"), 4
    ),
    "ma_boat380": lambda p, c: _pick(p, ("Al Amal", "Bahr Essalam", "Rahma 2", "Nour El Houda"), 5),
    "ma_mat380": lambda p, c: f"{_pick(p, ('8', '7', '10', '3'), 6)}-{int(p.bhxh[2:6]) % 999 + 1}",
    "ma_owner380": lambda p, c: _pick(
        p, ("Ste Pêche Atlantique SARL", "Brahim Oubaha", "Coop. Al Wifaq"), 7
    ),
    "ma_port380": lambda p, c: _pick(
        p, ("Agadir", "Laâyoune", "Dakhla", "Essaouira", "Tan-Tan"), 8
    ),
}
