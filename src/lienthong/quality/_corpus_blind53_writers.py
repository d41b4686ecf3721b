"""How the people of the fifty-third part of the outside corpus (**blind 53**,
:mod:`lienthong.quality._corpus_blind53`) are written: four Vietnamese files' own columns (a
motorbike's papers and its seller, a newborn and its father beside the mother, a voter's polling
area, a jobseeker's former employer and benefit decision) and Walloon, Galician, Sami, Dagestani
and Corsican names, addresses, phones and identity numbers in the forms their cards show (the
Belgian NISS's mod-97 pair, the Spanish DNI's letter, the Norwegian fødselsnummer's two mod-11
digits, the Russian 12-digit ИНН's two checks, the French NIR's key with Corsica's 2A and 2B)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_cccd
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_blind27_writers import (
    _cccd_of,
    _mother_birth,
    _other_vn,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BIKES = (
    ("HONDA", "WAVE ALPHA", "Đỏ-Đen"),
    ("HONDA", "VISION", "Trắng"),
    ("YAMAHA", "SIRIUS", "Xanh-Đen"),
    ("HONDA", "AIR BLADE", "Đen"),
    ("SUZUKI", "RAIDER", "Xanh"),
    ("PIAGGIO", "LIBERTY", "Trắng-Bạc"),
    ("VINFAST", "FELIZ S", "Xám"),
)
_VN_SELLER_PLACES = (
    "12 Lê Lợi, Phường 4, TP. Mỹ Tho, Tiền Giang",
    "45/2 Trần Phú, Phường 7, Quận 5, TP. Hồ Chí Minh",
    "Ấp 3, Xã Tân Thạnh Đông, Huyện Củ Chi, TP. HCM",
    "Cửa hàng xe máy Phát Đạt, 210 Quang Trung, Gò Vấp",
    "Tổ 5, KP 2, Phường Tân Phong, Biên Hoà, Đồng Nai",
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày", "Kinh")
_VN_EMPLOYERS = (
    ("Công ty TNHH Pouyuen Việt Nam", "KCN Tân Tạo, Q. Bình Tân, TP.HCM"),
    ("Công ty CP May Việt Tiến", "07 Lê Minh Xuân, P.7, Q. Tân Bình, TP.HCM"),
    ("Cty TNHH Điện tử Samsung HCMC CE Complex", "Lô I-11, KCN cao, TP. Thủ Đức"),
    ("Công ty TNHH TM DV Hải Âu", "88 Nguyễn Thị Minh Khai, P. Đa Kao, Q.1"),
    ("Chi nhánh Cty CP Thực phẩm Sài Gòn", "Lô C24, KCN Hiệp Phước, Nhà Bè"),
)
_VN_STOP_REASONS = ("Hết hạn HĐLĐ", "Cty cắt giảm LĐ", "Đơn phương chấm dứt", "Thoả thuận")
_BE_FAMILY = ("Dubois", "Lambert", "Martin", "Dupont", "Renard", "Lejeune", "Collard", "Piette")
_BE_GIVEN_M = ("Jean-Pierre", "Olivier", "Michaël", "Benoît", "Cédric", "François")
_BE_GIVEN_F = ("Marie-Claire", "Nathalie", "Séverine", "Aurélie", "Françoise", "Céline")
_BE_PLACES = (
    ("Rue de la Station 14", "4000", "Liège"),
    ("Chaussée de Bruxelles 212/3", "6040", "Jumet"),
    ("Rue des Glands 7", "5000", "Namur"),
    ("Avenue Reine Astrid 45 bte 2", "7000", "Mons"),
    ("Rue Haute 3", "4800", "Verviers"),
    ("Place Saint-Lambert 1", "1300", "Wavre"),
)
_ES_FAMILY = ("Fernández", "Otero", "Castro", "Vázquez", "Rodríguez", "Pereira", "Louro")
_ES_GIVEN_M = ("Xosé Manuel", "Brais", "Antón", "Iago", "Xoán", "Roi")
_ES_GIVEN_F = ("María Xosé", "Uxía", "Antía", "Sabela", "Iria", "Carme")
_ES_PLACES = (
    ("Rúa do Franco, 23, 2º esq.", "15705", "Santiago de Compostela", "A Coruña"),
    ("Avda. de Vigo, 108, 4º B", "36003", "Pontevedra", "Pontevedra"),
    ("Rúa Real, 5, baixo", "15003", "A Coruña", "A Coruña"),
    ("Praza Maior, 2, 1º", "27001", "Lugo", "Lugo"),
    ("Rúa do Paseo, 31, 3º D", "32003", "Ourense", "Ourense"),
    ("Lugar de Sésamo, 14", "15106", "Culleredo", "A Coruña"),
)
_NO_FAMILY = ("Somby", "Eira", "Hætta", "Sara", "Gaup", "Utsi", "Buljo", "Nilsen", "Turi")
_NO_GIVEN_M = ("Mikkel Ánte", "Nils Johan", "Áslat", "Isak Mathis", "Per Olav", "Ánde")
_NO_GIVEN_F = ("Máret", "Biret Elle", "Inga", "Sara Marie", "Ristin", "Elle Kirste")
_NO_PLACES = (
    ("Hánnoluohkká 12", "9520", "Guovdageaidnu"),
    ("Báktevárri 4", "9730", "Kárášjohka"),
    ("Suomageaidnu 21 B", "9520", "Guovdageaidnu"),
    ("Storgata 5", "9845", "Deatnu / Tana"),
    ("Áitejohvegeaidnu 2", "9730", "Kárášjohka"),
    ("Skoleveien 8", "9525", "Máze"),
)
_RU_FAMILY_M = ("Магомедов", "Алиев", "Гаджиев", "Абдулаев", "Исмаилов", "Рамазанов")
_RU_GIVEN_M = ("Магомед", "Шамиль", "Руслан", "Арсен", "Гасан", "Ислам")
_RU_GIVEN_F = ("Патимат", "Аминат", "Заира", "Мадина", "Хадижат", "Айшат")
_RU_PATR = ("Магомедович", "Ахмедович", "Гаджиевич", "Расулович", "Омарович")
_RU_PLACES = (
    "г. Махачкала, ул. Ярагского, д. 71, кв. 14",
    "г. Махачкала, пр-т Имама Шамиля, д. 33А, кв. 102",
    "г. Дербент, ул. Ленина, д. 18",
    "г. Хасавюрт, ул. Заречная, д. 5, кв. 3",
    "с. Гуниб, ул. Центральная, д. 9",
    "г. Каспийск, ул. Кирова, д. 61, кв. 27",
)
_RU_EMPLOYERS = ("ГБУ РД «ЦГБ»", "МБОУ «СОШ № 12»", "ООО «Дагагрокомплекс»", "не работает")
_CO_FAMILY = ("Santoni", "Luciani", "Pietri", "Casanova", "Albertini", "Filippi", "Leca")
_CO_GIVEN_M = ("Ghjuvan Petru", "Jean-Baptiste", "Dominique", "Paul-Antoine", "Antoine")
_CO_GIVEN_F = ("Marie-Dominique", "Lætitia", "Ghjulia", "Marie-Josée", "Vannina")
#: (street, postcode, commune, département, INSEE commune number)
_CO_PLACES = (
    ("12 cours Napoléon", "20000", "Ajaccio", "2A", "004"),
    ("Lieu-dit Vignola, route des Sanguinaires", "20000", "Ajaccio", "2A", "004"),
    ("3 rue du Général Leclerc", "20110", "Propriano", "2A", "249"),
    ("Résidence Les Pins, bât. B, avenue de la Libération", "20600", "Bastia", "2B", "033"),
    ("5 place Paoli", "20250", "Corte", "2B", "096"),
    ("Hameau de Poggio, route de Calenzana", "20260", "Calvi", "2B", "050"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _before(day: date, days: int) -> date:
    """``days`` before ``day`` (plain subtraction: no 29 February can go wrong)."""
    return day - timedelta(days=days)


def _father_birth(p: Person) -> date:
    return date(_mother_birth(p).year - int(p.bhxh[3]) % 6, 1 + int(p.bhxh[4:6]) % 12, 15)


def _niss(p: Person) -> str:
    """A Belgian NISS ``85.07.30-033.61``: birth date, an order number odd for men and even for
    women, and 97 less the remainder of the nine digits (prefixed by 2 after 1999) by 97."""
    order = int(p.bhxh[:3]) % 996 // 2 * 2 + 1 + (0 if p.male else 1)
    head = f"{p.birth:%y%m%d}{order:03d}"
    check = 97 - int(("2" if p.birth.year >= 2000 else "") + head) % 97
    return f"{head[:2]}.{head[2:4]}.{head[4:6]}-{head[6:]}.{check:02d}"


def _dni(p: Person) -> str:
    """A Spanish DNI ``34567890-T``: eight digits and the letter of their remainder by 23."""
    number = 10_000_000 + int(p.bhxh[:8]) % 70_000_000
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def _fnr(p: Person) -> str:
    """A Norwegian fødselsnummer: DDMMYY, an individual number (000-499 for the 1900s, 500-999
    after 1999; its last digit odd for men), then two mod-11 check digits."""
    base = int(p.bhxh[:4])
    for bump in range(40):
        ind = (base + bump * 2) % 500 // 2 * 2 + (1 if p.male else 0)
        ind += 500 if p.birth.year >= 2000 else 0
        digits = [int(ch) for ch in f"{p.birth:%d%m%y}{ind:03d}"]
        k1 = 11 - sum(d * w for d, w in zip(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        digits.append(k1)
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(d * w for d, w in zip(digits, w2, strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return "".join(str(d) for d in digits) + str(k2)
    return f"{p.birth:%d%m%y}00000"


def _inn(p: Person) -> str:
    """A Russian person's ИНН: region 05 (Dagestan), the tax office, a serial and two checks."""
    digits = [int(ch) for ch in f"05{p.bhxh[2:4]}{p.bhxh[4:10]}"]
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w1, strict=True)) % 11 % 10)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w2, strict=True)) % 11 % 10)
    return "".join(str(d) for d in digits)


def _snils(p: Person) -> str:
    """A СНИЛС ``123-456-789 01`` (the insured's pension number, beside the ИНН)."""
    body = f"{100_000_000 + int(p.bhxh[1:9]) % 800_000_000}"
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body)) % 101
    check = 0 if total in (100, 101) else total
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def _ru_name(p: Person) -> tuple[str, str, str]:
    family = _pick(p, _RU_FAMILY_M, 2)
    if p.male:
        return family, _pick(p, _RU_GIVEN_M, 1), _pick(p, _RU_PATR, 3)
    return family + "а", _pick(p, _RU_GIVEN_F, 1), _pick(p, _RU_PATR, 3)[:-4] + "овна"


def _nir(p: Person) -> str:
    """A French NIR ``1 85 07 2A 004 123 45`` for a person born in Corsica: the key is 97 less
    the remainder by 97 of the thirteen digits, 2A read as 19 and 2B as 18. Those born before
    the island was split in 1976 keep the old département 20 in their number."""
    _, _, _, dept, commune = _place(p, _CO_PLACES)
    dept = dept if p.birth.year >= 1976 else "20"
    order = f"{1 + int(p.bhxh[-3:]) % 999:03d}"
    sex = "1" if p.male else "2"
    head = f"{sex}{p.birth:%y%m}{dept}{commune}{order}"
    key = 97 - int(head.replace("2A", "19").replace("2B", "18")) % 97
    return f"{sex} {p.birth:%y %m} {dept} {commune} {order} {key:02d}"


def _birthplace(p: Person) -> str:
    """The commune of birth the NIR encodes, as ``Ajaccio (2A)`` (``Corse`` before 1976)."""
    _, _, commune, dept, _ = _place(p, _CO_PLACES)
    return f"{commune} ({dept if p.birth.year >= 1976 else 'Corse'})"


WRITERS_BLIND53: dict[str, Callable[[Person, Col], object]] = {
    "brand53": lambda p, c: _place(p, _VN_BIKES)[0],
    "model53": lambda p, c: _place(p, _VN_BIKES)[1],
    "colour53": lambda p, c: _place(p, _VN_BIKES)[2],
    "engine53": lambda p, c: f"JA39E{p.bhxh[:7]}",
    "frame53": lambda p, c: f"RLHJA39{p.bhxh[1:3]}PY{p.bhxh[-6:]}",
    "plate53": lambda p, c: (
        f"59-{'ABCDFGHK'[int(p.bhxh) % 8]}{p.bhxh[0]} {p.bhxh[4:7]}.{p.bhxh[7:9]}"
    ),
    "seller53": lambda p, c: _other_vn(p, 3),
    "seller_cccd53": lambda p, c: make_cccd(
        _pick(p, ("079", "082", "075", "080"), 5),
        "male" if int(p.bhxh[5]) % 2 == 0 else "female",
        1960 + int(p.bhxh[:2]) % 40,
        int(p.bhxh[3:9]),
    ),
    "seller_addr53": lambda p, c: _pick(p, _VN_SELLER_PLACES, 4),
    "officer53": lambda p, c: f"Đại úy {_other_vn(p, 8, True)}",
    "dossier53": lambda p, c: f"{p.bhxh[2:8]}/ĐKX-CAQ",
    "baby53": lambda p, c: _vn_name(
        p, int(p.bhxh) % 2 == 0, _pick(p, ("Nguyễn", "Trần", "Lê"), 9), 2
    ),
    "baby_sex53": lambda p, c: "Nam" if int(p.bhxh) % 2 == 0 else "Nữ",
    "hour53": lambda p, c: f"{int(p.bhxh[:2]) % 24:02d} giờ {int(p.bhxh[2:4]) % 60:02d}",
    "stop53": lambda p, c: f"{_before(p.other_date, 20 + _num(p, 60)):%d/%m/%Y}",
    "weight53": lambda p, c: str(2400 + _num(p, 1700)),
    "mother53": lambda p, c: _vn_name(p, False, p.family, 1),
    "mother_birth53": lambda p, c: f"{_mother_birth(p):%d/%m/%Y}",
    "mother_cccd53": lambda p, c: _cccd_of(p, False, _mother_birth(p).year),
    "ethnic53": lambda p, c: _pick(p, _VN_ETHNIC, 5),
    "father53": lambda p, c: _other_vn(p, 6, True),
    "father_birth53": lambda p, c: f"{_father_birth(p):%Y}",
    "father_cccd53": lambda p, c: make_cccd(
        _pick(p, ("001", "079", "036", "052"), 7), "male", _father_birth(p).year, int(p.bhxh[1:7])
    ),
    "birth_cert53": lambda p, c: f"{p.bhxh[1:6]}/GCS-BVTD",
    "area53": lambda p, c: f"KVBP số {1 + int(p.bhxh) % 9}",
    "group53": lambda p, c: f"Tổ {1 + int(p.bhxh[3:5]) % 30}",
    "voter_note53": lambda p, c: _pick(p, ("", "", "", "Tạm vắng", "Bỏ phiếu ngoài KVBP"), 6),
    "employer53": lambda p, c: _place(p, _VN_EMPLOYERS)[0],
    "employer_addr53": lambda p, c: _place(p, _VN_EMPLOYERS)[1],
    "reason53": lambda p, c: _pick(p, _VN_STOP_REASONS, 3),
    "months_paid53": lambda p, c: str(12 + _num(p, 140)),
    "months_due53": lambda p, c: str(3 + _num(p, 9)),
    "benefit53": lambda p, c: f"{(_num(p, 80) + 28) * 50_000:,}".replace(",", "."),
    "decision53": lambda p, c: f"{_num(p, 9000)}/QĐ-SLĐTBXH",
    "bank53": lambda p, c: _pick(p, ("Vietcombank", "Agribank", "BIDV", "Tiền mặt - Bưu điện"), 4),
    "dossier_be53": lambda p, c: f"CPAS/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "niss_be53": lambda p, c: _niss(p),
    "be_family53": lambda p, c: _pick(p, _BE_FAMILY, 2).upper(),
    "be_given53": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1),
    "sex_be53": lambda p, c: "M" if p.male else "F",
    "street_be53": lambda p, c: _place(p, _BE_PLACES)[0],
    "cp_be53": lambda p, c: _place(p, _BE_PLACES)[1],
    "loc_be53": lambda p, c: _place(p, _BE_PLACES)[2],
    "phone_be53": lambda p, c: f"04{p.phone[2:4]}/{p.phone[4:6]}.{p.phone[6:8]}.{p.phone[8:10]}",
    "mutual_be53": lambda p, c: _pick(p, ("Solidaris", "Mutualité chrétienne", "Partenamut"), 3),
    "aid_be53": lambda p, c: _pick(p, ("RIS taux isolé", "RIS taux cohabitant", "Aide sociale"), 4),
    "contact_be53": lambda p, c: f"{_pick(p, _BE_GIVEN_F, 5)} {_pick(p, _BE_FAMILY, 6)} (sœur)",
    "as_be53": lambda p, c: _pick(p, ("Mme Goffin", "M. Leclercq", "Mme Hubert"), 7),
    "dni_gl53": lambda p, c: _dni(p),
    "gl_given53": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "gl_ap1_53": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "gl_ap2_53": lambda p, c: _pick(p, _ES_FAMILY, 3),
    "sex_gl53": lambda p, c: "Home" if p.male else "Muller",
    "street_gl53": lambda p, c: _place(p, _ES_PLACES)[0],
    "cp_gl53": lambda p, c: _place(p, _ES_PLACES)[1],
    "concello_gl53": lambda p, c: _place(p, _ES_PLACES)[2],
    "prov_gl53": lambda p, c: _place(p, _ES_PLACES)[3],
    "phone_gl53": lambda p, c: (
        f"6{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[0]}"
    ),
    "tsi_gl53": lambda p, c: f"GALI {p.bhxh[:6]}{'ABCDEFGH'[int(p.bhxh) % 8]}{p.bhxh[6:]}",
    "centro_gl53": lambda p, c: _pick(
        p, ("CS Concepción Arenal", "CS Vite", "CS O Ventorrillo"), 4
    ),
    "risga_gl53": lambda p, c: _pick(p, ("Concedida", "En trámite", "Denegada", "Concedida"), 5),
    "amount_gl53": lambda p, c: f"{420 + _num(p, 300)},{p.bhxh[-2:]} €",
    "fnr_no53": lambda p, c: _fnr(p),
    "no_family53": lambda p, c: _pick(p, _NO_FAMILY, 2),
    "no_given53": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 1),
    "sex_no53": lambda p, c: "Mann" if p.male else "Kvinne",
    "street_no53": lambda p, c: _place(p, _NO_PLACES)[0],
    "pnr_no53": lambda p, c: _place(p, _NO_PLACES)[1],
    "sted_no53": lambda p, c: _place(p, _NO_PLACES)[2],
    "phone_no53": lambda p, c: f"+47 9{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:10]}",
    "lang_no53": lambda p, c: _pick(
        p, ("davvisámegiella", "dárogiella", "sámegiella/dárogiella"), 3
    ),
    "service_no53": lambda p, c: _pick(
        p, ("Ruovttubálvalus", "Hjemmesykepleie", "Dryggehálddahus"), 4
    ),
    "kin_no53": lambda p, c: f"{_by_sex(p, _NO_GIVEN_F, _NO_GIVEN_M, 5)} {_pick(p, _NO_FAMILY, 6)}",
    "kin_phone_no53": lambda p, c: f"+47 4{p.bhxh[1:3]} {p.bhxh[3:5]} {p.bhxh[5:8]}",
    "inn_ru53": lambda p, c: _inn(p),
    "ru_family53": lambda p, c: _ru_name(p)[0],
    "ru_given53": lambda p, c: _ru_name(p)[1],
    "ru_patr53": lambda p, c: _ru_name(p)[2],
    "sex_ru53": lambda p, c: "муж." if p.male else "жен.",
    "snils_ru53": lambda p, c: _snils(p),
    "addr_ru53": lambda p, c: f"Республика Дагестан, {_pick(p, _RU_PLACES, 4)}",
    "phone_ru53": lambda p, c: f"+7 (928) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}",
    "work_ru53": lambda p, c: _pick(p, _RU_EMPLOYERS, 5),
    "measure_ru53": lambda p, c: _pick(
        p, ("ЕДВ ветеран труда", "Пособие на ребёнка", "Субсидия ЖКУ"), 6
    ),
    "nir_co53": lambda p, c: _nir(p),
    "co_family53": lambda p, c: _pick(p, _CO_FAMILY, 2).upper(),
    "co_given53": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1),
    "sex_co53": lambda p, c: "M" if p.male else "F",
    "birthplace_co53": lambda p, c: _birthplace(p),
    "street_co53": lambda p, c: _place(p, _CO_PLACES)[0],
    "cp_co53": lambda p, c: _place(p, _CO_PLACES)[1],
    "commune_co53": lambda p, c: _place(p, _CO_PLACES)[2],
    "phone_co53": lambda p, c: f"06 {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "gir_co53": lambda p, c: f"GIR {1 + int(p.bhxh) % 4 + 2}",
    "doctor_co53": lambda p, c: _pick(p, ("Dr Marcaggi", "Dr Orsini", "Dr Poli"), 4),
    "aidant_co53": lambda p, c: f"{_pick(p, _CO_GIVEN_F, 5)} {_pick(p, _CO_FAMILY, 6)} (fille)",
}
