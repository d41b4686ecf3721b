"""How the people of the four-hundred-and-eighteenth part of the outside corpus (**blind 418**,
:mod:`lienthong.quality._corpus_blind418`) are written: four Vietnamese files' own columns (a
hospital's register of blood returned to donors, an eye bank's cornea pledges, a stem-cell donor
registry's HLA samples, a transplant unit's living kidney donors) and Panamanian, Israeli,
Zimbabwean, Dutch and Hong Kong donors' names, addresses, phones and numbers in the forms their
cards show (the Panamanian cédula, the teudat zehut with its check digit, the Zimbabwean ID with
its check letter, the BSN with its eleven-test, the HKID with its mod 11 check character)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind112_writers import _HK_GIVEN_F, _HK_GIVEN_M, _HK_SURNAMES, _hkid
from lienthong.quality._corpus_blind127_writers import _IL_FAMILY, _IL_GIVEN_F, _IL_GIVEN_M, _nine
from lienthong.quality._corpus_blind132_writers import _pa_phone
from lienthong.quality._corpus_blind136_writers import _zw_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_REL = ("Bố đẻ", "Mẹ đẻ", "Vợ", "Chồng", "Con", "Bản thân", "Anh ruột")
_VN_WARDS = ("Khoa Ngoại chấn thương", "Khoa Sản", "Khoa Hồi sức tích cực", "Khoa Huyết học")
_VN_COMPONENTS = ("Khối hồng cầu", "Khối hồng cầu", "Huyết tương tươi đông lạnh", "Khối tiểu cầu")
_VN_BLOOD = ("O+", "A+", "B+", "AB+", "O+", "B+", "O-")
_VN_RELIGION = ("Không", "Không", "Phật giáo", "Công giáo", "Không", "Tin lành")
_VN_HLA_UNITS = ("CLB Hiến máu ĐH Bách khoa", "Đoàn TN phường", "Ngày hội Giọt hồng", "ĐH Y Hà Nội")
_VN_HLA_STATUS = ("Đã định type HLA", "Chờ kết quả", "Đã định type HLA", "Mẫu hỏng - lấy lại")
_VN_XMATCH = ("Âm tính", "Âm tính", "Âm tính", "Dương tính")
_VN_ETHICS = ("Đồng ý", "Đồng ý", "Bổ sung hồ sơ", "Không đồng ý")

_PA_GIVEN_M = ("José Luis", "Carlos", "Luis Alberto", "Ricardo", "Eduardo", "Omar")
_PA_GIVEN_F = ("María Isabel", "Yaritza", "Ana Gabriela", "Itzel", "Lourdes", "Dayana")
_PA_FAMILY = ("González Rodríguez", "Pérez Batista", "Castillo Ríos", "Jaén Samudio", "Quintero")
_PA_PLACES = (
    ("8", "Panamá", "Panamá", "Bella Vista"),
    ("8", "Panamá", "San Miguelito", "Belisario Porras"),
    ("4", "Chiriquí", "David", "San Pablo Viejo"),
    ("6", "Herrera", "Chitré", "Monagrillo"),
    ("3", "Colón", "Colón", "Cristóbal"),
    ("13", "Panamá Oeste", "Arraiján", "Vista Alegre"),
)
_PA_KIND = ("Voluntario", "Voluntario", "Reposición", "Autóloga", "Reposición")
_PA_SCREEN = ("Apto", "Apto", "Apto", "Diferido temporal", "No apto")

_IL_STREETS = (
    ("רחוב הרצל 41 דירה 7", "ראשון לציון", "7526108"),
    ("רח' ויצמן 12", "כפר סבא", "4424912"),
    ("שד' רוטשילד 88", "תל אביב-יפו", "6578409"),
    ("רחוב העצמאות 5/3", "באר שבע", "8410403"),
    ("רח' מוריה 101", "חיפה", "3457302"),
)
_IL_ORGANS = ("כל האיברים", "לב, כליות, כבד", "קרניות בלבד", "כל האיברים למעט לב")
_IL_CLERGY = ("כן", "לא", "כן")
_IL_MOBILE = ("050", "052", "053", "054", "058")

_ZW_GIVEN_M = ("Tatenda", "Tafadzwa", "Kudakwashe", "Tonderai", "Simbarashe")
_ZW_GIVEN_F = ("Rumbidzai", "Nyasha", "Chiedza", "Tariro", "Nokuthula")
_ZW_FAMILY = ("Moyo", "Ndlovu", "Chiwenga", "Mapfumo", "Gumbo", "Sithole")
_ZW_HOMES = (
    "14 Chiremba Road, Hatfield, Harare",
    "2291 Mainway Meadows, Waterfalls, Harare",
    "7 Fife Street, Suburbs, Bulawayo",
    "House 412, Sakubva, Mutare",
    "33 Cecil Avenue, Senga, Gweru",
)
_ZW_CLINICS = ("Harare Donor Clinic", "Bulawayo Donor Clinic", "Mutare Mobile Team", "Gweru Clinic")
_ZW_SCHOOLS = ("Prince Edward School", "ZB Bank", "Delta Beverages", "Midlands State University")
_ZW_GROUPS = ("O Rh+", "A Rh+", "B Rh+", "O Rh-", "AB Rh+", "O Rh+")

_NL_GIVEN_M = ("Jan Willem", "Thijs", "Mohamed", "Gerrit", "Luuk", "Sven")
_NL_GIVEN_F = ("Anna Maria", "Femke", "Saskia", "Nadia", "Mirjam", "Eva")
_NL_FAMILY = (
    ("", "Jansen"),
    ("de", "Boer"),
    ("van", "Leeuwen"),
    ("", "Öztürk"),
    ("van der", "Meer"),
)
_NL_HOMES = (
    ("Oudegracht 231 bis", "3511 NJ", "Utrecht"),
    ("Lange Nieuwstraat 14-A", "1901 GM", "Castricum"),
    ("Kruisstraat 7", "5612 CH", "Eindhoven"),
    ("Vondellaan 120", "9721 DK", "Groningen"),
    ("Burgemeester de Withstraat 3", "2405 AT", "Alphen aan den Rijn"),
)
_NL_CHOICE = (
    "Ja, ik geef toestemming",
    "Nee, ik geef geen toestemming",
    "Mijn nabestaanden beslissen",
    "Een specifiek persoon beslist",
    "Geen bezwaar geregistreerd",
)

_HK_HOMES = (
    "香港九龍旺角彌敦道 688 號 12 樓 B 室, Mong Kok, Kowloon",
    "新界沙田禾輋邨 豐和樓 2105 室, Sha Tin, N.T.",
    "香港島北角英皇道 413 號 8 樓, North Point, H.K.",
    "九龍觀塘翠屏邨 翠楠樓 1507 室, Kwun Tong, Kowloon",
)
_HK_CENTRES = (
    "旺角捐血站 Mongkok",
    "金鐘捐血站 Admiralty",
    "沙田捐血站 Sha Tin",
    "流動捐血車 Mobile",
)
_HK_GROUPS = ("O Rh(D)+", "A Rh(D)+", "B Rh(D)+", "AB Rh(D)+", "O Rh(D)+")


def _pa_cedula(p: Person) -> str:
    """A Panamanian cédula ``8-745-1234``: the province, the book (tomo) and the entry (asiento)."""
    prov = _PA_PLACES[_num(p, 6) - 1][0]
    return f"{prov}-{int(p.bhxh[2:5]) % 980 + 1}-{int(p.bhxh[-4:]) % 2400 + 1}"


def _bsn(p: Person) -> str:
    """A Dutch BSN: nine digits passing the eleven-test (weights 9..2 and -1)."""
    body = p.bhxh[1:9]
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    check = total % 11
    if check == 10:
        body = f"{(int(body[0]) + 1) % 10}{body[1:]}"
        total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
        check = total % 11
        if check == 10:
            body = f"{(int(body[0]) + 1) % 10}{body[1:]}"
            check = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    return f"{body}{check}"


def _stamp(p: Person) -> str:
    when = datetime(2026, 1, 1, 7) + timedelta(minutes=int(p.bhxh[-6:]) % 480_000)
    return f"{when:%d/%m/%Y %H:%M:%S}"


def _hk_name(p: Person) -> tuple[str, str]:
    fam = _pick(p, tuple(f"{a}|{b}" for a, b in _HK_SURNAMES), 2).split("|")
    given = _by_sex(p, tuple(f"{a}|{b}" for a, b in _HK_GIVEN_M),
                    tuple(f"{a}|{b}" for a, b in _HK_GIVEN_F), 3).split("|")  # fmt: skip
    return f"{fam[0]}{given[0]}", f"{fam[1]} {given[1]}"


WRITERS_BLIND418: dict[str, Callable[[Person, Col], object]] = {
    # blood returned to donors
    "ht418": lambda p, c: f"HTM-{p.bhxh[-5:]}",
    "gcn418": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[-6:]}",
    "times418": lambda p, c: _num(p, 40),
    "recipient418": lambda p, c: _other_vn(p, 3),
    "rel418": lambda p, c: _pick(p, _VN_REL, 4),
    "ward418": lambda p, c: _pick(p, _VN_WARDS, 5),
    "component418": lambda p, c: _pick(p, _VN_COMPONENTS, 6),
    "units418": lambda p, c: _pick(p, ("250", "350", "2 x 250", "350", "450"), 7),
    # cornea pledges
    "gm418": lambda p, c: f"GM{p.bhxh[-6:]}",
    "kin418": lambda p, c: _other_vn(p, 8),
    "kin_phone418": lambda p, c: _other_phone(p, "09"),
    "religion418": lambda p, c: _pick(p, _VN_RELIGION, 9),
    "card418": lambda p, c: f"TGM-{p.bhxh[3:9]}",
    # stem-cell donor registry
    "hla418": lambda p, c: f"HLA-{p.bhxh[-7:]}",
    "abo418": lambda p, c: _pick(p, _VN_BLOOD, 10),
    "weight418": lambda p, c: 45 + _num(p, 40),
    "hla_unit418": lambda p, c: _pick(p, _VN_HLA_UNITS, 11),
    "hla_status418": lambda p, c: _pick(p, _VN_HLA_STATUS, 12),
    "stamp418": lambda p, c: _stamp(p),
    # living kidney donors
    "kd418": lambda p, c: f"HT-{p.bhxh[-4:]}",
    "kr418": lambda p, c: _other_vn(p, 13),
    "kr_id418": lambda p, c: f"BN{p.bhxh[:8]}",
    "krel418": lambda p, c: _pick(p, ("Anh ruột", "Mẹ đẻ", "Vợ", "Em ruột", "Con đẻ"), 14),
    "xmatch418": lambda p, c: _pick(p, _VN_XMATCH, 15),
    "egfr418": lambda p, c: 85 + _num(p, 40),
    "ethics418": lambda p, c: _pick(p, _VN_ETHICS, 16),
    # Panama
    "pa_ced418": lambda p, c: _pa_cedula(p),
    "pa_giv418": lambda p, c: _by_sex(p, _PA_GIVEN_M, _PA_GIVEN_F, 17),
    "pa_fam418": lambda p, c: _pick(p, _PA_FAMILY, 18),
    "sex_pa418": lambda p, c: "M" if p.male else "F",
    "pa_blood418": lambda p, c: _pick(p, ("O+", "O+", "A+", "B+", "O-", "AB+"), 19),
    "phone_pa418": lambda p, c: _pa_phone(p),
    "pa_prov418": lambda p, c: _PA_PLACES[_num(p, 6) - 1][1],
    "pa_dist418": lambda p, c: _PA_PLACES[_num(p, 6) - 1][2],
    "pa_corr418": lambda p, c: _PA_PLACES[_num(p, 6) - 1][3],
    "pa_kind418": lambda p, c: _pick(p, _PA_KIND, 20),
    "pa_screen418": lambda p, c: _pick(p, _PA_SCREEN, 21),
    "pa_bag418": lambda p, c: f"HST-{p.bhxh[-6:]}",
    # Israel
    "il_tz418": lambda p, c: _nine(p, "0" if int(p.bhxh) % 2 else "2", 2),
    "il_fam418": lambda p, c: _pick(p, _IL_FAMILY, 22),
    "il_giv418": lambda p, c: _by_sex(p, _IL_GIVEN_M, _IL_GIVEN_F, 23),
    "sex_il418": lambda p, c: "זכר" if p.male else "נקבה",
    "il_street418": lambda p, c: _IL_STREETS[_num(p, 5) - 1][0],
    "il_city418": lambda p, c: _IL_STREETS[_num(p, 5) - 1][1],
    "il_zip418": lambda p, c: _IL_STREETS[_num(p, 5) - 1][2],
    "phone_il418": lambda p, c: f"{_pick(p, _IL_MOBILE, 40)}-{p.phone[4:10]}{p.bhxh[0]}",
    "il_organs418": lambda p, c: _pick(p, _IL_ORGANS, 24),
    "il_clergy418": lambda p, c: _pick(p, _IL_CLERGY, 25),
    "il_card418": lambda p, c: f"{int(p.bhxh[:7]) * 7 % 10**7:07d}",
    # Zimbabwe
    "zw_id418": lambda p, c: _zw_id(p),
    "zw_no418": lambda p, c: f"NBSZ/{p.bhxh[-6:]}",
    "zw_fam418": lambda p, c: _pick(p, _ZW_FAMILY, 26),
    "zw_giv418": lambda p, c: _by_sex(p, _ZW_GIVEN_M, _ZW_GIVEN_F, 27),
    "sex_zw418": lambda p, c: "Male" if p.male else "Female",
    "zw_group418": lambda p, c: _pick(p, _ZW_GROUPS, 28),
    "zw_addr418": lambda p, c: _pick(p, _ZW_HOMES, 29),
    "phone_zw418": lambda p, c: (
        f"+263 7{_pick(p, ('7', '8', '1'), 30)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "zw_clinic418": lambda p, c: _pick(p, _ZW_CLINICS, 31),
    "zw_count418": lambda p, c: _num(p, 30),
    "zw_school418": lambda p, c: _pick(p, _ZW_SCHOOLS, 32),
    "zw_due418": lambda p, c: f"{p.other_date + timedelta(days=112):%d/%m/%Y}",
    # the Netherlands
    "nl_bsn418": lambda p, c: _bsn(p),
    "nl_giv418": lambda p, c: _by_sex(p, _NL_GIVEN_M, _NL_GIVEN_F, 33),
    "nl_tv418": lambda p, c: _NL_FAMILY[_num(p, 5) - 1][0],
    "nl_fam418": lambda p, c: _NL_FAMILY[_num(p, 5) - 1][1],
    "sex_nl418": lambda p, c: "M" if p.male else "V",
    "nl_street418": lambda p, c: _NL_HOMES[int(p.bhxh) // 7 % 5][0],
    "nl_post418": lambda p, c: _NL_HOMES[int(p.bhxh) // 7 % 5][1],
    "nl_town418": lambda p, c: _NL_HOMES[int(p.bhxh) // 7 % 5][2],
    "phone_nl418": lambda p, c: f"06-{p.phone[2:10]}",
    "nl_choice418": lambda p, c: _pick(p, _NL_CHOICE, 34),
    "nl_kin418": lambda p, c: _pick(p, ("", "", "M. de Boer (partner)", "P. Jansen (zoon)"), 35),
    "nl_stamp418": lambda p, c: _stamp(p).replace("/", "-"),
    # Hong Kong
    "hkid418": lambda p, c: _hkid(p),
    "hk_no418": lambda p, c: f"D{p.bhxh[1:8]}",
    "hk_cname418": lambda p, c: _hk_name(p)[0],
    "hk_ename418": lambda p, c: _hk_name(p)[1],
    "sex_hk418": lambda p, c: "男 M" if p.male else "女 F",
    "hk_group418": lambda p, c: _pick(p, _HK_GROUPS, 36),
    "phone_hk418": lambda p, c: (
        f"{_pick(p, ('9', '6', '5'), 37)}{p.phone[4:7]} {p.phone[7:10]}{p.bhxh[1]}"
    ),
    "hk_addr418": lambda p, c: _pick(p, _HK_HOMES, 38),
    "hk_count418": lambda p, c: _num(p, 80),
    "hk_centre418": lambda p, c: _pick(p, _HK_CENTRES, 39),
    "hk_ban418": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}" if _num(p, 9) == 3 else "",
}

__all__ = ["WRITERS_BLIND418"]
