"""How the people of the hundred-and-eighteenth part of the outside corpus (**blind 118**,
:mod:`lienthong.quality._corpus_blind118`) are written: four Vietnamese files' own columns (a
crematorium's register of the dead and who asked for the cremation, a commune's payments to repair
houses unroofed by a storm, a ward police list of staff at massage and sauna businesses, a
provincial library's reader cards) and German, Austrian, Swiss, Liechtenstein and Luxembourg
names, places, phones and identity numbers in the forms their registers show (the German
Rentenversicherungsnummer ends in its weighted cross-sum digit over the area, birth date, letter
and serial; the Austrian Sozialversicherungsnummer's fourth digit is its weighted mod-11 check;
the Swiss and Liechtenstein AHV number ends in its EAN-13 digit; the Luxembourg matricule ends in
a Luhn and a Verhoeff digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind74_writers import _ahv
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a crematorium's register ------------------------------------------------------------
_VN_CAUSES = ("Bệnh già", "Bệnh lý", "Ung thư", "Đột quỵ", "Tai nạn giao thông", "Bệnh lý")
_VN_KIN_M = ("Con trai", "Con gái", "Vợ", "Cháu nội", "Em ruột")
_VN_KIN_F = ("Con trai", "Con gái", "Chồng", "Cháu ngoại", "Em ruột")
_VN_URNS = ("Gia đình nhận về", "Gia đình nhận về", "Gửi chùa Vĩnh Nghiêm", "Gửi tại nhà lưu tro")
_VN_OVENS = ("Lò 1", "Lò 2", "Lò 3", "Lò 4 (điện)", "Lò 5 (gas)")
# -- Vietnam: houses unroofed by a storm ----------------------------------------------------------
_VN_DAMAGE = (
    "Tốc mái trên 70%",
    "Tốc mái 50% - 70%",
    "Tốc mái 30% - 50%",
    "Sập đổ hoàn toàn",
    "Hư hỏng nặng",
)
_VN_DAMAGE_AID = (30_000_000, 20_000_000, 10_000_000, 60_000_000, 40_000_000)
_VN_FUNDS = ("Ngân sách tỉnh", "Quỹ Phòng chống thiên tai", "MTTQ vận động", "Ngân sách huyện")
_VN_SIGNED = ("Đã ký", "Đã ký", "Đã ký", "Ký thay", "Chưa nhận")
# -- Vietnam: staff at massage and sauna businesses -----------------------------------------------
_VN_SPAS = (
    ("Cơ sở Massage Hương Sen", "12 Trần Hưng Đạo, P. Phạm Ngũ Lão"),
    ("Spa & Xông hơi Thanh Tâm", "45/3 Nguyễn Trãi, P. Bến Thành"),
    ("Massage Kiện Khang", "210 Lê Văn Sỹ, P. 14"),
    ("Cty TNHH Xông hơi Sao Mai", "8 Phan Xích Long, P. 2"),
)
_VN_SPA_JOBS = ("Kỹ thuật viên", "Kỹ thuật viên", "Lễ tân", "Bảo vệ", "Quản lý ca", "Tạp vụ")
_VN_SPA_CERT = ("Có", "Có", "Chưa có", "Đang học", "")
# -- Vietnam: library reader cards ----------------------------------------------------------------
_VN_JOBS = ("Sinh viên", "Giáo viên", "Hưu trí", "Công nhân viên", "Nghiên cứu viên", "Học sinh")
_VN_WORKPLACES = (
    "Trường ĐH Sư phạm",
    "THPT Lê Quý Đôn",
    "Cty CP Dược Hậu Giang",
    "Viện Khoa học Xã hội vùng Nam Bộ",
    "",
)
_VN_CARD_KIND = ("Thẻ đọc tại chỗ", "Thẻ mượn về nhà", "Thẻ mượn về nhà", "Thẻ thiếu nhi")
_VN_CARD_FEE = ("20.000", "50.000", "50.000", "0")

# -- Germany --------------------------------------------------------------------------------------
_DE_FAMILY: tuple[str, ...] = (
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
)
_DE_FAMILY += ("Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Öztürk", "Nowak")
_DE_GIVEN_M = ("Jürgen", "Klaus", "Thomas", "Stefan", "Michael", "Uwe", "Andreas", "Dieter")
_DE_GIVEN_F = ("Sabine", "Petra", "Monika", "Claudia", "Andrea", "Birgit", "Gabriele", "Ute")
_DE_PLACES = (
    ("65", "44135", "Dortmund", "Kampstraße"),
    ("12", "10247", "Berlin", "Frankfurter Allee"),
    ("13", "80331", "München", "Sendlinger Straße"),
    ("42", "28195", "Bremen", "Am Wall"),
    ("24", "04109", "Leipzig", "Petersstraße"),
    ("53", "50667", "Köln", "Hohe Straße"),
)
_DE_EMPLOYERS = ("Haushalt Familie", "Privathaushalt", "Haushalt Eheleute")
_DE_KASSEN = ("AOK Nordwest", "TK", "Barmer", "DAK-Gesundheit", "IKK classic", "KNAPPSCHAFT")
_DE_TASKS = ("Reinigung", "Gartenarbeit", "Kinderbetreuung", "Einkauf/Begleitung", "Bügeln")
# -- Austria --------------------------------------------------------------------------------------
_AT_FAMILY: tuple[str, ...] = (
    "Gruber",
    "Huber",
    "Bauer",
    "Wagner",
    "Pichler",
    "Steiner",
    "Moser",
    "Mayer",
)
_AT_FAMILY += ("Hofer", "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schwarz", "Kovačević")
_AT_GIVEN_M = ("Johann", "Franz", "Josef", "Karl", "Herbert", "Gerhard", "Walter", "Alois")
_AT_GIVEN_F = ("Maria", "Elisabeth", "Hermine", "Theresia", "Gertrude", "Rosa", "Erika", "Ingrid")
_AT_PLACES = (
    ("8010", "Graz", "Steiermark", "Annenstraße"),
    ("8700", "Leoben", "Steiermark", "Franz-Josef-Straße"),
    ("9020", "Klagenfurt am Wörthersee", "Kärnten", "Bahnhofstraße"),
    ("4020", "Linz", "Oberösterreich", "Wiener Straße"),
    ("1100", "Wien", "Wien", "Favoritenstraße"),
    ("6020", "Innsbruck", "Tirol", "Museumstraße"),
)
_AT_STUFE = ("Stufe 1", "Stufe 2", "Stufe 3", "Stufe 4", "Stufe 5", "Stufe 2")
_AT_KIND = ("Erstantrag", "Erhöhungsantrag", "Erstantrag", "Neubemessung")
_AT_VERTRETER = ("Erwachsenenvertretung VertretungsNetz", "Sohn", "Tochter", "")
_AT_DOCTORS = ("Dr. Karl Weiß", "Dr.in Sonja Rainer", "Dr. Peter Lang", "MR Dr. Hans Ortner")
# -- Switzerland ----------------------------------------------------------------------------------
_CH_FAMILY: tuple[str, ...] = (
    "Müller",
    "Meier",
    "Schmid",
    "Keller",
    "Weber",
    "Huber",
    "Rossi",
    "Bianchi",
)
_CH_FAMILY += ("Favre", "Rochat", "Gerber", "Brunner", "Bernasconi", "Morel", "Fontana", "Baumann")
_CH_GIVEN_M = ("Daniel", "Peter", "Marco", "Luca", "Jean-Pierre", "Urs", "Beat", "Alain")
_CH_GIVEN_F = ("Ursula", "Ruth", "Chiara", "Nathalie", "Monique", "Verena", "Sandra", "Giulia")
_CH_PLACES = (
    ("3000", "Bern", "Kramgasse"),
    ("1700", "Fribourg", "Rue de Lausanne"),
    ("3960", "Sierre", "Avenue Général-Guisan"),
    ("2502", "Biel/Bienne", "Zentralstrasse"),
    ("6500", "Bellinzona", "Viale Stazione"),
    ("1950", "Sion", "Rue du Rhône"),
)
_CH_KASSEN = ("CSS", "Helsana", "Groupe Mutuel", "SWICA", "Sanitas", "Visana", "Assura")
_CH_STATUS = ("verfügt / décidé / deciso", "in Prüfung / en cours", "abgelehnt / refusé")
# -- Liechtenstein --------------------------------------------------------------------------------
_LI_FAMILY = ("Büchel", "Frick", "Marxer", "Hasler", "Beck", "Kaiser", "Ospelt", "Vogt", "Wohlwend")
_LI_GIVEN_M = ("Hansjörg", "Markus", "Elmar", "Patrik", "Thomas", "Günther")
_LI_GIVEN_F = ("Cornelia", "Brigitte", "Manuela", "Rita", "Sonja", "Marlies")
_LI_PLACES = (
    ("9490", "Vaduz", "Äulestrasse"),
    ("9494", "Schaan", "Landstrasse"),
    ("9496", "Balzers", "Fürstenstrasse"),
    ("9495", "Triesen", "Dorfstrasse"),
    ("9492", "Eschen", "Essanestrasse"),
    ("9493", "Mauren", "Peter-und-Paul-Strasse"),
)
_LI_CIVIL = ("ledig", "verheiratet", "geschieden", "verwitwet", "verheiratet")
_LI_LANDLORDS = ("Gemeinde Schaan", "Stiftung Wohnen", "Privat", "Lie-Wohnbau AG", "Privat")
# -- Luxembourg -----------------------------------------------------------------------------------
_LU_FAMILY: tuple[str, ...] = (
    "Schmit",
    "Muller",
    "Weber",
    "Hoffmann",
    "Wagner",
    "Da Silva",
    "Pereira",
    "Thill",
)
_LU_FAMILY += ("Reuter", "Kremer", "Schiltz", "Ferreira", "Klein", "Majerus")
_LU_GIVEN_M = ("Jean", "Marc", "Paul", "Tom", "Luc", "João", "Carlos", "Romain")
_LU_GIVEN_F = ("Marie", "Anne", "Sandra", "Nadine", "Maria", "Sylvie", "Carole", "Ana")
_LU_PLACES = (
    ("L-4011", "Esch-sur-Alzette", "rue de l'Alzette"),
    ("L-1611", "Luxembourg", "avenue de la Gare"),
    ("L-9051", "Ettelbruck", "Grand-Rue"),
    ("L-3510", "Dudelange", "rue de la Libération"),
    ("L-4501", "Differdange", "rue Émile Mark"),
)
_LU_OFFICES = ("Office social Esch", "Office social Luxembourg", "Office social Nordstad")
_LU_KIND = ("REVIS", "REVIS", "REVIS + allocation de vie chère", "Allocation d'inclusion")


def _pick_int(p: Person, options: tuple[int, ...], salt: int = 0) -> int:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _kin_date(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


# -- Germany: the Rentenversicherungsnummer -------------------------------------------------------
def _de_place(p: Person) -> tuple[str, str, str, str]:
    return _DE_PLACES[int(p.bhxh[2:5]) % len(_DE_PLACES)]


def _de_family(p: Person) -> str:
    return _pick(p, _DE_FAMILY, 3)


def _rvnr(p: Person) -> str:
    """``65 170839 M 00 7``: area, birth date, birth name's letter, serial (women 50-99), check."""
    letter = _de_family(p)[0].upper()
    letter = {"Ä": "A", "Ö": "O", "Ü": "U"}.get(letter, letter)
    serial = int(p.bhxh[-2:]) % 50 + (0 if p.male else 50)
    head = f"{_de_place(p)[0]}{p.birth:%d%m%y}"
    digits = f"{head}{ord(letter) - 64:02d}{serial:02d}"
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    check = total % 10
    if int(p.bhxh) % 3:
        return f"{head[:2]} {head[2:]} {letter} {serial:02d} {check}"
    return f"{head}{letter}{serial:02d}{check}"


def _phone_de(p: Person) -> str:
    d = p.phone[2:10]
    if int(p.bhxh) % 2:
        return f"01{_pick(p, ('51', '60', '70', '76'), 2)} {d[:7]}"
    area = {"65": "0231", "12": "030", "13": "089", "42": "0421", "24": "0341", "53": "0221"}
    return f"{area[_de_place(p)[0]]} {d}"


# -- Austria: the Sozialversicherungsnummer -------------------------------------------------------
def _at_place(p: Person) -> tuple[str, str, str, str]:
    return _AT_PLACES[int(p.bhxh[2:5]) % len(_AT_PLACES)]


def _svnr_at(p: Person) -> str:
    """``1237 010180``: a serial of three, the weighted mod-11 check, then the birth date."""
    birth = f"{p.birth:%d%m%y}"
    serial = int(p.bhxh[:3]) % 900 + 100
    while True:
        body = f"{serial:03d}"
        weights = (3, 7, 9, 5, 8, 4, 2, 1, 6)
        total = sum(int(d) * w for d, w in zip(body + birth, weights, strict=True)) % 11
        if total < 10:
            return f"{body}{total} {birth}"
        serial = serial + 1 if serial < 999 else 100


def _phone_at(p: Person) -> str:
    d = p.phone[2:10]
    if int(p.bhxh) % 2:
        return f"+43 6{_pick(p, ('64', '60', '76', '99'), 2)} {d[:7]}"
    return f"0{_pick(p, ('316', '463', '732', '1'), 3)} {d[:6]}"


# -- Switzerland ----------------------------------------------------------------------------------
def _ch_place(p: Person) -> tuple[str, str, str]:
    return _CH_PLACES[int(p.bhxh[2:5]) % len(_CH_PLACES)]


def _phone_ch(p: Person) -> str:
    d = p.phone[3:10]
    if int(p.bhxh) % 2:
        return f"07{_pick(p, ('6', '8', '9'), 2)} {d[:3]} {d[3:5]} {d[5:]}"
    return f"+41 {_pick(p, ('31', '26', '27', '32', '91'), 4)} {d[:3]} {d[3:5]} {d[5:]}"


# -- Liechtenstein --------------------------------------------------------------------------------
def _li_place(p: Person) -> tuple[str, str, str]:
    return _LI_PLACES[int(p.bhxh[2:5]) % len(_LI_PLACES)]


def _phone_li(p: Person) -> str:
    d = p.phone[4:10]
    lead = _pick(p, ("23", "37", "78", "79"), 2)
    return f"+423 {lead}{d[0]} {d[1:3]} {d[3:5]}" if int(p.bhxh) % 2 else f"{lead}{d[0]} {d[1:5]}"


# -- Luxembourg: the matricule --------------------------------------------------------------------
def _lu_place(p: Person) -> tuple[str, str, str]:
    return _LU_PLACES[int(p.bhxh[2:5]) % len(_LU_PLACES)]


def _matricule_lu(p: Person) -> str:
    """``1980 0101 123 45``: the birth date, a serial, a Luhn and a Verhoeff digit over the 11."""
    body = f"{p.birth:%Y%m%d}{p.bhxh[-3:]}"
    digits = f"{body}{_luhn(body)[-1]}{_verhoeff(body)[-1]}"
    if int(p.bhxh) % 3:
        return digits
    return f"{digits[:4]} {digits[4:8]} {digits[8:11]} {digits[11:]}"


def _phone_lu(p: Person) -> str:
    d = p.phone[4:10]
    if int(p.bhxh) % 2:
        return f"+352 6{_pick(p, ('21', '61', '91'), 2)} {d[:3]} {d[3:]}"
    return f"{_pick(p, ('54', '26', '81', '51'), 4)} {d[:2]} {d[2:4]}"


def _sex_de(p: Person) -> str:
    return "männlich" if p.male else "weiblich"


WRITERS_BLIND118: dict[str, Callable[[Person, Col], object]] = {
    # crematorium
    "death_no118": lambda p, c: f"{_num(p, 400)}/TLKT-{p.other_date:%Y}",
    "cause118": lambda p, c: _pick(p, _VN_CAUSES, 2),
    "registrant118": lambda p, c: _other_vn(p, 3),
    "kin118": lambda p, c: _by_sex(p, _VN_KIN_M, _VN_KIN_F, 4),
    "kin_phone118": lambda p, c: _other_phone(p, "09"),
    "crem_date118": lambda p, c: f"{_kin_date(p, 2):%d/%m/%Y}",
    "oven118": lambda p, c: _pick(p, _VN_OVENS, 5),
    "hour118": lambda p, c: f"{7 + _num(p, 10):02d}:{_pick(p, ('00', '30', '15', '45'), 1)}",
    "fee118": lambda p, c: _dotted(_pick_int(p, (4_200_000, 3_600_000, 5_500_000))),
    "urn118": lambda p, c: _pick(p, _VN_URNS, 6),
    # storm-damaged houses
    "damage118": lambda p, c: _pick(p, _VN_DAMAGE, 2),
    "aid118": lambda p, c: _dotted(_VN_DAMAGE_AID[(int(p.bhxh) // 23) % len(_VN_DAMAGE)]),
    "roof118": lambda p, c: str(_num(p, 90) + 12),
    "fund118": lambda p, c: _pick(p, _VN_FUNDS, 3),
    "proxy118": lambda p, c: _other_vn(p, 7) if int(p.bhxh) % 5 == 0 else "",
    "signed118": lambda p, c: _pick(p, _VN_SIGNED, 4),
    # massage and sauna staff
    "spa118": lambda p, c: _VN_SPAS[int(p.bhxh[3:6]) % len(_VN_SPAS)][0],
    "spa_addr118": lambda p, c: _VN_SPAS[int(p.bhxh[3:6]) % len(_VN_SPAS)][1] + ", Quận 1",
    "owner118": lambda p, c: _other_vn(p, 8),
    "spa_job118": lambda p, c: _pick(p, _VN_SPA_JOBS, 2),
    "spa_cert118": lambda p, c: _pick(p, _VN_SPA_CERT, 5),
    "note118": lambda p, c: _note(
        p, ("Tạm trú", "Đã xác minh", "Nghỉ việc 10/2025", "Lao động mùa vụ")
    ),
    # library cards
    "card_no118": lambda p, c: f"BĐ{p.other_date:%y}-{p.bhxh[-5:]}",
    "job118": lambda p, c: _pick(p, _VN_JOBS, 2),
    "workplace118": lambda p, c: _pick(p, _VN_WORKPLACES, 3),
    "card_kind118": lambda p, c: _pick(p, _VN_CARD_KIND, 4),
    "card_fee118": lambda p, c: _pick(p, _VN_CARD_FEE, 4),
    "expiry118": lambda p, c: (
        f"{_safe_day(p.other_date.year + 1, p.other_date.month, p.other_date.day):%d/%m/%Y}"
    ),
    # Germany: mini-jobs in private households
    "rvnr_de118": lambda p, c: _rvnr(p),
    "de_family118": lambda p, c: _de_family(p),
    "de_given118": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 2),
    "de_birthname118": lambda p, c: "" if p.male or int(p.bhxh) % 2 else _de_family(p),
    "sex_de118": lambda p, c: _sex_de(p),
    "street_de118": lambda p, c: f"{_de_place(p)[3]} {_num(p, 140)}",
    "plz_de118": lambda p, c: _de_place(p)[1],
    "ort_de118": lambda p, c: _de_place(p)[2],
    "phone_de118": lambda p, c: _phone_de(p),
    "employer_de118": lambda p, c: f"{_pick(p, _DE_EMPLOYERS, 5)} {_pick(p, _DE_FAMILY, 6)}",
    "betriebsnr_de118": lambda p, c: f"{p.bhxh[1:9]}",
    "task_de118": lambda p, c: _pick(p, _DE_TASKS, 7),
    "pay_de118": lambda p, c: f"{_pick_int(p, (538, 450, 320, 250, 180))},00",
    "kasse_de118": lambda p, c: _pick(p, _DE_KASSEN, 8),
    # Austria: Pflegegeld applications
    "svnr_at118": lambda p, c: _svnr_at(p),
    "at_family118": lambda p, c: _pick(p, _AT_FAMILY, 3),
    "at_given118": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 2),
    "sex_at118": lambda p, c: "m" if p.male else "w",
    "street_at118": lambda p, c: f"{_at_place(p)[3]} {_num(p, 90)}/{_num(p, 12)}",
    "plz_at118": lambda p, c: _at_place(p)[0],
    "ort_at118": lambda p, c: _at_place(p)[1],
    "land_at118": lambda p, c: _at_place(p)[2],
    "phone_at118": lambda p, c: _phone_at(p),
    "stufe_at118": lambda p, c: _pick(p, _AT_STUFE, 4),
    "kind_at118": lambda p, c: _pick(p, _AT_KIND, 5),
    "vertreter_at118": lambda p, c: _pick(p, _AT_VERTRETER, 6),
    "doctor_at118": lambda p, c: _pick(p, _AT_DOCTORS, 7),
    "visit_at118": lambda p, c: f"{_kin_date(p, 30 + _num(p, 40)):%d.%m.%Y}",
    # Switzerland: premium reductions
    "ahv_ch118": lambda p, c: _ahv(p),
    "ch_family118": lambda p, c: _pick(p, _CH_FAMILY, 3),
    "ch_given118": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 2),
    "sex_ch118": lambda p, c: "M" if p.male else _pick(p, ("F", "W"), 4),
    "street_ch118": lambda p, c: f"{_ch_place(p)[2]} {_num(p, 60)}",
    "npa_ch118": lambda p, c: _ch_place(p)[0],
    "ort_ch118": lambda p, c: _ch_place(p)[1],
    "phone_ch118": lambda p, c: _phone_ch(p),
    "kasse_ch118": lambda p, c: _pick(p, _CH_KASSEN, 5),
    "income_ch118": lambda p, c: f"{_num(p, 60) * 1000 + 18000:,}".replace(",", "'"),
    "ipv_ch118": lambda p, c: f"{_pick_int(p, (120, 85, 210, 150, 60))}.00",
    "status_ch118": lambda p, c: _pick(p, _CH_STATUS, 6),
    # Liechtenstein: rent subsidies
    "ahv_li118": lambda p, c: _ahv(p),
    "li_family118": lambda p, c: _pick(p, _LI_FAMILY, 3),
    "li_given118": lambda p, c: _by_sex(p, _LI_GIVEN_M, _LI_GIVEN_F, 2),
    "sex_li118": lambda p, c: "männlich" if p.male else "weiblich",
    "civil_li118": lambda p, c: _pick(p, _LI_CIVIL, 4),
    "street_li118": lambda p, c: f"{_li_place(p)[2]} {_num(p, 80)}",
    "plz_li118": lambda p, c: _li_place(p)[0],
    "gemeinde_li118": lambda p, c: _li_place(p)[1],
    "phone_li118": lambda p, c: _phone_li(p),
    "landlord_li118": lambda p, c: _pick(p, _LI_LANDLORDS, 5),
    "rent_li118": lambda p, c: f"{_num(p, 20) * 50 + 1200}.–",
    "subsidy_li118": lambda p, c: f"{_num(p, 10) * 25 + 150}.–",
    "kids_li118": lambda p, c: str(int(p.bhxh) % 4),
    # Luxembourg: REVIS beneficiaries
    "matricule_lu118": lambda p, c: _matricule_lu(p),
    "lu_family118": lambda p, c: _pick(p, _LU_FAMILY, 3),
    "lu_given118": lambda p, c: _by_sex(p, _LU_GIVEN_M, _LU_GIVEN_F, 2),
    "sex_lu118": lambda p, c: "M" if p.male else "F",
    "street_lu118": lambda p, c: f"{_num(p, 120)}, {_lu_place(p)[2]}",
    "cp_lu118": lambda p, c: _lu_place(p)[0],
    "ville_lu118": lambda p, c: _lu_place(p)[1],
    "phone_lu118": lambda p, c: _phone_lu(p),
    "office_lu118": lambda p, c: _pick(p, _LU_OFFICES, 4),
    "kind_lu118": lambda p, c: _pick(p, _LU_KIND, 5),
    "amount_lu118": lambda p, c: f"{_num(p, 900) + 600},{_pick(p, ('00', '45', '12', '80'), 6)}",
    "assistant_lu118": lambda p, c: f"{_pick(p, _LU_GIVEN_F, 7)} {_pick(p, _LU_FAMILY, 8)}",
}
