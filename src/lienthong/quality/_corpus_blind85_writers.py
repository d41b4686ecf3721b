"""How the people of the eighty-fifth part of the outside corpus (**blind 85**,
:mod:`lienthong.quality._corpus_blind85`) are written: four Vietnamese files' own columns (a
provincial archive reader's card, job, workplace, purpose and the fonds consulted, a passport
application's file number, place of birth, old passport, fee and officer, a community mental
health patient's diagnosis, medicine and carer, a civil-service recruitment candidate's degree,
post, priority group and exam room) and French, German, Italian, Spanish and Polish names,
places, phones and identity numbers in the forms their registers write them (the German
Steuer-IdNr. with its ISO 7064 check digit, the Italian codice fiscale with its check letter, the
Spanish DNI and NIE with their letter, the Polish PESEL with its check digit)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind42_writers import _dni, _nie, _shift_date
from lienthong.quality._corpus_blind49_writers import _cf_part, _cf_value
from lienthong.quality._corpus_blind52_writers import _steuer_id
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


def _items(text: str) -> tuple[str, ...]:
    """A table of values written ``a; b; c``."""
    return tuple(text.split("; "))


def _rows(text: str) -> tuple[tuple[str, ...], ...]:
    """A table of rows written ``a | b; c | d``."""
    return tuple(tuple(row.split(" | ")) for row in _items(text))


# -- Vietnamese files ---------------------------------------------------------------------------

_VN_JOBS = _items(
    "Nghiên cứu viên; Giảng viên; Sinh viên; Cán bộ địa chính; Hưu trí; Phóng viên; Kỹ sư"
)
_VN_WORKPLACES = _items(
    "Viện Sử học; Trường ĐH Khoa học Huế; UBND xã Phú Mậu; Báo Thừa Thiên Huế; Tự do; "
    "VP Đăng ký đất đai tỉnh"
)
_VN_PURPOSES = _items(
    "Nghiên cứu đề tài luận văn; Xác minh lý lịch; Giải quyết chế độ chính sách; "
    "Tranh chấp đất đai; Biên soạn lịch sử địa phương; Làm hồ sơ công nhận liệt sĩ"
)
_VN_FONDS = _items(
    "Phông UBND tỉnh (1976-1989); Phông Sở Địa chính; Khối tài liệu Bình Trị Thiên; "
    "Phông Ty Thủy lợi; Phông Sở Nội vụ"
)
_VN_BIRTHPLACES = ("Thừa Thiên Huế", "Quảng Trị", "Hà Tĩnh", "Quảng Nam", "TP. Hồ Chí Minh")
_VN_REQUESTS = _items(
    "Cấp lần đầu; Cấp lần đầu; Cấp lại (hết hạn); Cấp lại (bị mất); Cấp lại (hư hỏng)"
)
_VN_CHANNELS = ("Trực tuyến (DVC quốc gia)", "Trực tiếp", "Trực tuyến (VNeID)")
_VN_DIAGNOSES = _rows(
    "Tâm thần phân liệt | F20; Động kinh | G40; Trầm cảm | F32; "
    "Rối loạn cảm xúc lưỡng cực | F31; Tâm thần phân liệt thể paranoid | F20.0"
)
_VN_DRUGS = _items(
    "Haloperidol 1,5mg; Olanzapin 10mg; Depakine 200mg; Phenobarbital 100mg; "
    "Risperidon 2mg; Amitriptylin 25mg"
)
_VN_MH_STATUS = ("Ổn định", "Ổn định", "Thuyên giảm", "Tái phát", "Bỏ điều trị", "Chuyển tuyến")
_VN_CARER_REL = ("Mẹ", "Cha", "Vợ", "Chồng", "Con", "Anh trai", "Chị gái")
_VN_DEGREES = ("Đại học", "Đại học", "Thạc sĩ", "Cao đẳng")
_VN_MAJORS = _items(
    "Sư phạm Toán; Sư phạm Ngữ văn; Sư phạm Tiếng Anh; Giáo dục Mầm non; Kế toán; "
    "Công nghệ thông tin"
)
_VN_POSTS = _items(
    "Giáo viên THCS hạng III; Giáo viên Tiểu học hạng III; Giáo viên Mầm non hạng III; "
    "Kế toán viên; Nhân viên thiết bị, thí nghiệm"
)
_VN_UNITS = _items(
    "Trường THCS Nguyễn Du; Trường TH Kim Đồng; Trường MN Hoa Sen; "
    "Trường THCS Phan Bội Châu; Trường TH số 2 Thủy Xuân"
)
_VN_PRIORITY = ("", "", "", "Con thương binh", "Người dân tộc thiểu số", "Con liệt sĩ")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Kinh", "Tà Ôi", "Cơ Tu", "Hoa")


def _mh_diagnosis(p: Person) -> tuple[str, ...]:
    return _VN_DIAGNOSES[int(p.bhxh) // 7 % len(_VN_DIAGNOSES)]


# -- France: a commune's electoral list ---------------------------------------------------------

_FR_FAMILY = ("Le Gall", "Guillou", "Martin", "Le Bihan", "Rolland", "Lefèvre", "Hamon", "Morvan")
_FR_GIVEN_M = ("Jean-Pierre", "Yann", "Thomas", "Erwan", "Michel", "Nicolas, Louis", "Kévin")
_FR_GIVEN_F = ("Anne-Marie", "Gwenaëlle", "Camille", "Sophie, Marie", "Nathalie", "Maëlle")
#: (street, postcode) in Rennes, whose quarters have three postcodes
_FR_PLACES = _rows(
    "rue de Saint-Malo | 35000; boulevard de la Liberté | 35000; "
    "avenue Henri Fréville | 35200; rue de Châtillon | 35200; boulevard de Vitré | 35700; "
    "rue de Fougères | 35700; allée de Finlande | 35200"
)
_FR_BIRTH = _rows(
    "Rennes | Ille-et-Vilaine (35); Brest | Finistère (29); Vannes | Morbihan (56); "
    "Paris 14e | Paris (75); Saint-Brieuc | Côtes-d'Armor (22); "
    "Casablanca (Maroc) | Né(e) à l'étranger (99)"
)
_FR_BUREAUX = _items(
    "001 - Hôtel de Ville; 014 - École Liberté; 027 - Gymnase de Bréquigny; "
    "035 - École Jean Moulin; 048 - Salle de la Cité"
)
_FR_MOTIFS = _items(
    "Inscription d'office (jeune majeur); Demande volontaire; "
    "Changement d'adresse dans la commune; Acquisition de la nationalité; "
    "Demande volontaire"
)
_FR_COMPLEMENTS = ("", "", "Bât. B", "Apt 23", "Rés. Les Hortensias", "3e étage gauche")

# -- Germany: a Bürgeramt's registrations of residence -------------------------------------------

_DE_FAMILY = ("Schulz", "Wagner", "Becker", "Hoffmann", "Krüger", "Yılmaz", "Nowak", "Lehmann")
_DE_GIVEN_M = ("Lukas", "Jonas Maximilian", "Stefan", "Mehmet", "Paul", "Klaus-Dieter")
_DE_GIVEN_F = ("Anna-Lena", "Sabine", "Marie Sophie", "Ayşe", "Katharina", "Ute")
#: (street, PLZ) in Berlin-Lichtenberg and Friedrichshain
_DE_PLACES = _rows(
    "Frankfurter Allee | 10365; Weitlingstraße | 10317; Möllendorffstraße | 10367; "
    "Karl-Marx-Allee | 10243; Boxhagener Straße | 10245; Landsberger Allee | 10369; "
    "Rummelsburger Straße | 10315"
)
_DE_BIRTHPLACES = ("Berlin", "Leipzig", "Rostock", "Hamburg", "Ankara/Türkei", "Posen/Polen")
_DE_NATIONS = ("deutsch", "deutsch", "deutsch", "türkisch", "polnisch", "deutsch, türkisch")
_DE_PREVIOUS = _items(
    "Leopoldstraße 12, 80802 München; Zuzug aus dem Ausland; "
    "Schönhauser Allee 80, 10439 Berlin; Lange Straße 3, 18055 Rostock; "
    "Karl-Liebknecht-Str. 40, 04107 Leipzig"
)
_DE_LANDLORDS = _items(
    "HOWOGE Wohnungsbaugesellschaft mbH; degewo AG; Gewobag WB; Eigentümer (selbst); "
    "Hausverwaltung Schröder GmbH"
)
_DE_CLERKS = ("Fr. Klein", "Hr. Zimmermann", "Fr. Özdemir", "Hr. Braun")
_DE_DOC_LETTERS = "CFGHJKLMNPRTVWXYZ"

# -- Italy: a comune's electronic identity card applications ------------------------------------

_IT_FAMILY = ("Rossi", "Bianchi", "Lambertini", "Ferri", "Esposito", "Marchetti", "Popescu")
_IT_GIVEN_M = ("Marco", "Giuseppe", "Alessandro", "Francesco", "Luca", "Andrei")
_IT_GIVEN_F = ("Giulia", "Francesca", "Chiara", "Maria Grazia", "Elena", "Fatima")
#: (street, CAP) in Bologna
_IT_PLACES = _rows(
    "Via Saragozza | 40123; Via San Donato | 40127; Via Massarenti | 40138; "
    "Via dell'Arcoveggio | 40129; Via della Barca | 40133; Strada Maggiore | 40125; "
    "Via Emilia Levante | 40139"
)
#: (comune of birth as the anagrafe writes it, its Belfiore code)
_IT_BIRTH = _rows(
    "BOLOGNA (BO) | A944; NAPOLI (NA) | F839; PALERMO (PA) | G273; MODENA (MO) | F257; "
    "ROMA (RM) | H501; ROMANIA | Z129; MAROCCO | Z330"
)
_IT_CIVIL = ("Celibe/Nubile", "Coniugato/a", "Coniugato/a", "Divorziato/a", "Vedovo/a")
_IT_EYES = ("Castani", "Castani", "Azzurri", "Verdi", "Neri", "Grigi")
_IT_CLERKS = ("Sportello 3 - Rossi M.", "Sportello 5 - Neri P.", "Quartiere Navile - Galli A.")

# -- Spain: a SEPE employment office's claimants ------------------------------------------------

_ES_FAMILY = ("García", "Martínez", "Lasheras", "Gracia", "Pérez", "Royo", "Sánchez", "Ibáñez")
_ES_GIVEN_M = ("Javier", "José Antonio", "Alejandro", "Pablo", "Mohamed", "Ionuț")
_ES_GIVEN_F = ("María Pilar", "Laura", "Lucía", "Ana Belén", "Cristina", "Fátima")
#: (street, code postal, municipio)
_ES_PLACES = _rows(
    "C/ Delicias | 50017 | Zaragoza; Avda. de Madrid | 50010 | Zaragoza; "
    "C/ San Vicente de Paúl | 50001 | Zaragoza; Pº Sagasta | 50006 | Zaragoza; "
    "C/ Mayor | 50180 | Utebo; Avda. de la Constitución | 50410 | Cuarte de Huerva; "
    "C/ Oliver | 50011 | Zaragoza"
)
_ES_NATIONS = ("Española", "Española", "Española", "Rumana", "Marroquí", "Española")
_ES_BENEFITS = _items(
    "Prestación contributiva; Subsidio por desempleo; Subsidio mayores de 52 años; "
    "Renta Activa de Inserción; Prestación contributiva"
)
_ES_JOBS = _items(
    "Peón de la industria manufacturera; Dependiente de comercio; Camarero/a; "
    "Conductor/a de camión; Limpiador/a de oficinas; Auxiliar administrativo/a"
)
_ES_EMPLOYERS = _items(
    "Opel España S.L.U.; Mercadona S.A.; Hostelería Pilarica S.L.; "
    "Transportes Carreras S.A.; Limpiezas Ebro S.L."
)
_ES_OFFICES = ("Oficina Zaragoza-Delicias", "Oficina Zaragoza-Centro", "Oficina Utebo")

# -- Poland: a ZUS branch's pensioners ----------------------------------------------------------

_PL_FAMILY_M = ("Kowalski", "Wiśniewski", "Nowak", "Zieliński", "Wójcik", "Kamiński")
_PL_FAMILY_F = ("Kowalska", "Wiśniewska", "Nowak", "Zielińska", "Wójcik", "Kamińska")
_PL_GIVEN_M = ("Stanisław", "Jan Marian", "Krzysztof", "Tadeusz", "Andrzej", "Piotr")
_PL_GIVEN_F = ("Halina", "Krystyna Maria", "Danuta", "Barbara", "Agnieszka", "Elżbieta")
_PL_FATHERS = ("Józef", "Stanisław", "Jan", "Władysław", "Kazimierz", "Henryk")
#: (street, kod pocztowy, miejscowość)
_PL_PLACES = _rows(
    "ul. Lipowa | 20-020 | Lublin; al. Racławickie | 20-059 | Lublin; "
    "ul. Narutowicza | 20-016 | Lublin; os. Kalinowszczyzna | 20-201 | Lublin; "
    "ul. Kościuszki | 21-040 | Świdnik; ul. Piłsudskiego | 24-100 | Puławy; "
    "ul. Lwowska | 22-100 | Chełm"
)
_PL_PAYOUTS = ("rachunek bankowy", "rachunek bankowy", "przekaz pocztowy")
_PL_BANKS = ("1020", "1090", "1240", "1500", "8193")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _fr_given(p: Person) -> str:
    return _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 1)


def _fr_family(p: Person) -> str:
    return _pick(p, _FR_FAMILY, 2).upper()


def _fr_usage(p: Person) -> str:
    """A married woman's usage name (her husband's) or nothing."""
    if p.male or int(p.bhxh[-2]) % 3 == 0:
        return ""
    return _pick(p, _FR_FAMILY, 6).upper()


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in folded if ("a" <= ch <= "z") or ch.isdigit() or ch in ".-")


def _fr_mail(p: Person) -> str:
    if int(p.bhxh[-3]) % 4 == 0:
        return ""
    given = _plain(_fr_given(p).split(",")[0])
    domain = _pick(p, ("orange.fr", "gmail.com", "free.fr", "laposte.net"), 7)
    return f"{given}.{_plain(_fr_family(p).replace(' ', ''))}{p.bhxh[-2:]}@{domain}"


def _de_id_card(p: Person) -> str:
    """A German identity card's serial: nine characters from its 27-sign alphabet."""
    head = "".join(_DE_DOC_LETTERS[int(p.bhxh[i : i + 2]) % 17] for i in (0, 3))
    return f"{head[0]}{p.bhxh[2:4]}{head[1]}{p.bhxh[4:9]}"


def _it_given(p: Person) -> str:
    return _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1)


def _it_family(p: Person) -> str:
    return _pick(p, _IT_FAMILY, 2)


def _codice_fiscale(p: Person) -> str:
    """A codice fiscale from this file's own surname, name, birth and comune of birth, with
    its check letter."""
    day = p.birth.day + (0 if p.male else 40)
    month = "ABCDEHLMPRST"[p.birth.month - 1]
    place = _place(p, _IT_BIRTH, 13)[1]
    head = (
        f"{_cf_part(_it_family(p), False)}{_cf_part(_it_given(p), True)}"
        f"{p.birth:%y}{month}{day:02d}{place}"
    )
    total = sum(_cf_value(ch, i % 2 == 0) for i, ch in enumerate(head))
    return head + chr(ord("A") + total % 26)


def _it_phone(p: Person) -> str:
    if int(p.bhxh) % 5 == 0:
        return f"051 {p.phone[4:7]}{p.phone[7:10]}"
    lead = _pick(p, ("347", "338", "329", "366", "320"), 5)
    return f"+39 {lead} {p.phone[3:6]} {p.phone[6:10]}"


def _nie_holder(p: Person) -> bool:
    return _pick(p, _ES_NATIONS, 3) in ("Rumana", "Marroquí")


def _es_given(p: Person) -> str:
    if _pick(p, _ES_NATIONS, 3) == "Marroquí":
        return "Mohamed" if p.male else "Fátima"
    return _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1)


def _naf(p: Person) -> str:
    """A Spanish social security number: the province (50), eight digits and the check
    ``(province and number) mod 97``."""
    body = f"50{p.bhxh[2:10]}"
    return f"50 {p.bhxh[2:10]} {int(body) % 97:02d}"


def _pl_family(p: Person) -> str:
    return _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2)


def _pl_benefit(p: Person) -> str:
    if p.birth.year <= 1960 or (not p.male and p.birth.year <= 1965):
        return "emerytura"
    return _pick(p, ("renta z tytułu niezdolności do pracy", "renta rodzinna"), 4)


def _pl_account(p: Person) -> str:
    """A Polish account number as ZUS prints it: two check digits, then six groups of four."""
    body = f"{_pick(p, _PL_BANKS, 3)}{p.bhxh}{p.bhxh[::-1]}"
    return f"{p.bhxh[-2:]} " + " ".join(body[i : i + 4] for i in range(0, 24, 4))


def _pl_granted(p: Person) -> date:
    """When the benefit was granted: at 60 or 65 for a pension, in the last years for the
    others (always the first of a month, never after 2025)."""
    if _pl_benefit(p) == "emerytura":
        year = p.birth.year + (65 if p.male else 60)
    else:
        year = 2010 + _num(p, 15)
    return date(min(max(year, 1995), 2025), p.other_date.month, 1)


WRITERS_BLIND85: dict[str, Callable[[Person, Col], object]] = {
    # a provincial archive's reading-room readers
    "reader_card85": lambda p, c: f"ĐG-{p.other_date.year}/{_num(p, 900):04d}",
    "job85": lambda p, c: _pick(p, _VN_JOBS, 2),
    "workplace85": lambda p, c: _pick(p, _VN_WORKPLACES, 3),
    "purpose85": lambda p, c: _pick(p, _VN_PURPOSES, 4),
    "fonds85": lambda p, c: _pick(p, _VN_FONDS, 5),
    "referral85": lambda p, c: (
        "" if int(p.bhxh) % 4 == 0 else f"{_num(p, 300)}/GGT-{_pick(p, ('ĐHKH', 'VSH', 'UBND'), 6)}"
    ),
    "card_expiry85": lambda p, c: _written(_shift_date(p.other_date, 1), c.date_format),
    # a provincial police's passport applications
    "passport_file85": lambda p, c: f"HC{p.other_date:%y%m%d}{p.bhxh[-5:]}",
    "birthplace85": lambda p, c: _pick(p, _VN_BIRTHPLACES, 3),
    "request85": lambda p, c: _pick(p, _VN_REQUESTS, 4),
    "old_passport85": lambda p, c: (
        ""
        if _pick(p, _VN_REQUESTS, 4) == "Cấp lần đầu"
        else f"{'BCN'[int(p.bhxh[0]) % 3]}{p.bhxh[1:8]}"
    ),
    "channel85": lambda p, c: _pick(p, _VN_CHANNELS, 5),
    "fee85": lambda p, c: (
        "200.000" if _pick(p, _VN_REQUESTS, 4) != "Cấp lại (bị mất)" else "400.000"
    ),
    "due85": lambda p, c: _written(p.other_date + timedelta(days=8), c.date_format),
    "clerk85": lambda p, c: _other_vn(p, 7),
    # a commune health station's community mental-health patients
    "mh_code85": lambda p, c: f"TT-{p.bhxh[-4:]}",
    "birth_year85": lambda p, c: str(p.birth.year),
    "diagnosis85": lambda p, c: _mh_diagnosis(p)[0],
    "icd85": lambda p, c: _mh_diagnosis(p)[1],
    "onset85": lambda p, c: str(min(p.birth.year + 18 + _num(p, 25), 2024)),
    "drug85": lambda p, c: _pick(p, _VN_DRUGS, 2),
    "mh_status85": lambda p, c: _pick(p, _VN_MH_STATUS, 3),
    "carer85": lambda p, c: _other_vn(p, 4, None, p.family),
    "carer_rel85": lambda p, c: _pick(p, _VN_CARER_REL, 5),
    "carer_phone85": lambda p, c: _other_phone(p, "08"),
    # a province's teacher recruitment candidates
    "sbd85": lambda p, c: f"VC{_num(p, 800):04d}",
    "ethnic85": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "degree85": lambda p, c: _pick(p, _VN_DEGREES, 3),
    "major85": lambda p, c: _pick(p, _VN_MAJORS, 4),
    "post85": lambda p, c: _pick(p, _VN_POSTS, 5),
    "unit85": lambda p, c: _pick(p, _VN_UNITS, 6),
    "priority85": lambda p, c: _pick(p, _VN_PRIORITY, 7),
    "room85": lambda p, c: f"Phòng {_num(p, 24):02d} - Trường THPT Hai Bà Trưng",
    # France
    "ine_fr85": lambda p, c: f"{p.bhxh[1:10]}",
    "fr_family85": lambda p, c: _fr_family(p),
    "fr_usage85": lambda p, c: _fr_usage(p),
    "fr_given85": lambda p, c: _fr_given(p),
    "sex_fr85": lambda p, c: "M" if p.male else "F",
    "fr_birth_town85": lambda p, c: _place(p, _FR_BIRTH, 13)[0],
    "fr_birth_dep85": lambda p, c: _place(p, _FR_BIRTH, 13)[1],
    "fr_street85": lambda p, c: f"{_num(p, 140)} {_place(p, _FR_PLACES)[0]}",
    "fr_complement85": lambda p, c: _pick(p, _FR_COMPLEMENTS, 5),
    "fr_cp85": lambda p, c: _place(p, _FR_PLACES)[1],
    "fr_town85": lambda p, c: "RENNES",
    "fr_bureau85": lambda p, c: _pick(p, _FR_BUREAUX, 4),
    "fr_phone85": lambda p, c: (
        ""
        if int(p.bhxh) % 5 == 0
        else f"0{_pick(p, ('6', '7', '2'), 3)} {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "fr_mail85": lambda p, c: _fr_mail(p),
    "fr_motif85": lambda p, c: _pick(p, _FR_MOTIFS, 6),
    # Germany
    "de_case85": lambda p, c: f"BA-LI/{p.other_date.year}/{p.bhxh[-6:]}",
    "de_family85": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given85": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "de_doctor85": lambda p, c: "Dr." if int(p.bhxh) % 11 == 0 else "",
    "de_birthplace85": lambda p, c: _pick(p, _DE_BIRTHPLACES, 3),
    "sex_de85": lambda p, c: "männlich" if p.male else "weiblich",
    "de_nation85": lambda p, c: _pick(p, _DE_NATIONS, 4),
    "de_steuer85": lambda p, c: _steuer_id(p),
    "de_ausweis85": lambda p, c: _de_id_card(p),
    "de_street85": lambda p, c: (
        f"{_place(p, _DE_PLACES)[0]} {_num(p, 180)}{_pick(p, ('', '', '', 'a', 'B'), 5)}"
    ),
    "de_plz85": lambda p, c: _place(p, _DE_PLACES)[1],
    "de_town85": lambda p, c: "Berlin",
    "de_prev85": lambda p, c: _pick(p, _DE_PREVIOUS, 6),
    "de_landlord85": lambda p, c: _pick(p, _DE_LANDLORDS, 7),
    "de_phone85": lambda p, c: (
        ""
        if int(p.bhxh) % 3 == 0
        else f"01{_pick(p, ('51', '57', '60', '76'), 8)} {p.phone[3:10]}"
        if int(p.bhxh) % 3 == 1
        else f"030 {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "de_clerk85": lambda p, c: _pick(p, _DE_CLERKS, 9),
    # Italy
    "cf_it85": lambda p, c: _codice_fiscale(p),
    "it_family85": lambda p, c: _it_family(p).upper(),
    "it_given85": lambda p, c: _it_given(p).upper(),
    "sex_it85": lambda p, c: "M" if p.male else "F",
    "it_birth85": lambda p, c: _place(p, _IT_BIRTH, 13)[0],
    "it_street85": lambda p, c: f"{_place(p, _IT_PLACES)[0].upper()} {_num(p, 160)}",
    "it_cap85": lambda p, c: _place(p, _IT_PLACES)[1],
    "it_town85": lambda p, c: "BOLOGNA",
    "it_civil85": lambda p, c: _pick(p, _IT_CIVIL, 3),
    "it_height85": lambda p, c: str(150 + _num(p, 30) + (12 if p.male else 0)),
    "it_eyes85": lambda p, c: _pick(p, _IT_EYES, 4),
    "it_organs85": lambda p, c: _pick(p, ("SI", "SI", "NO", "Non espresso"), 5),
    "it_cie85": lambda p, c: (
        f"CA{p.bhxh[3:8]}{'ABCDEFGHJKLMN'[int(p.bhxh[8]) % 13]}{'ABCDEFGHJK'[int(p.bhxh[9])]}"
    ),
    "it_expiry85": lambda p, c: _written(_shift_date(p.other_date, 10), c.date_format),
    "it_phone85": lambda p, c: _it_phone(p),
    "it_clerk85": lambda p, c: _pick(p, _IT_CLERKS, 6),
    # Spain
    "dni_es85": lambda p, c: _nie(p) if _nie_holder(p) else _dni(p),
    "es_family85": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_second85": lambda p, c: "" if _nie_holder(p) else _pick(p, _ES_FAMILY, 7),
    "es_given85": lambda p, c: _es_given(p),
    "sex_es85": lambda p, c: "Hombre" if p.male else "Mujer",
    "es_nation85": lambda p, c: _pick(p, _ES_NATIONS, 3),
    "es_street85": lambda p, c: (
        f"{_place(p, _ES_PLACES)[0]}, {_num(p, 90)}, {_num(p, 8)}º {'ABCD'[int(p.bhxh[4]) % 4]}"
    ),
    "es_cp85": lambda p, c: _place(p, _ES_PLACES)[1],
    "es_town85": lambda p, c: _place(p, _ES_PLACES)[2],
    "es_province85": lambda p, c: "Zaragoza",
    "es_phone85": lambda p, c: (
        f"6{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
        if int(p.bhxh) % 4
        else f"976 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "es_mail85": lambda p, c: (
        f"{_plain(_es_given(p).split()[0])}{p.bhxh[-3:]}@{_pick(p, ('gmail.com', 'hotmail.es'), 4)}"
    ),
    "es_naf85": lambda p, c: _naf(p),
    "es_benefit85": lambda p, c: _pick(p, _ES_BENEFITS, 4),
    "es_daily85": lambda p, c: f"{30 + _num(p, 60)},{_num(p, 99):02d}",
    "es_days85": lambda p, c: str(_pick(p, ("120", "360", "540", "720", "180"), 6)),
    "es_job85": lambda p, c: _pick(p, _ES_JOBS, 7),
    "es_employer85": lambda p, c: _pick(p, _ES_EMPLOYERS, 8),
    "es_office85": lambda p, c: _pick(p, _ES_OFFICES, 9),
    # Poland
    "pesel_pl85": lambda p, c: _pesel(p),
    "pl_benefit_no85": lambda p, c: f"KEE/{p.bhxh[-8:]}/{_pick(p, ('EM', 'RN', 'RR'), 3)}",
    "pl_family85": lambda p, c: _pl_family(p),
    "pl_given85": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pl_father85": lambda p, c: _pick(p, _PL_FATHERS, 5),
    "sex_pl85": lambda p, c: "M" if p.male else "K",
    "pl_addr85": lambda p, c: (
        f"{_place(p, _PL_PLACES)[0]} {_num(p, 90)}"
        f"{'' if int(p.bhxh) % 3 == 0 else f' m. {_num(p, 60)}'}, "
        f"{_place(p, _PL_PLACES)[1]} {_place(p, _PL_PLACES)[2]}"
    ),
    "pl_phone85": lambda p, c: (
        f"{_pick(p, ('601', '505', '698', '512', '785'), 6)}-{p.phone[4:7]}-{p.phone[7:10]}"
        if int(p.bhxh) % 4
        else f"81 {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "pl_benefit85": lambda p, c: _pl_benefit(p),
    "pl_amount85": lambda p, c: f"{1780 + _num(p, 2400)},{_num(p, 99):02d} zł",
    "pl_payout85": lambda p, c: _pick(p, _PL_PAYOUTS, 7),
    "pl_account85": lambda p, c: (
        "" if _pick(p, _PL_PAYOUTS, 7) == "przekaz pocztowy" else _pl_account(p)
    ),
    "pl_granted85": lambda p, c: _written(_pl_granted(p), c.date_format),
    "pl_proxy85": lambda p, c: (
        ""
        if int(p.bhxh) % 4
        else f"{_by_sex(p, _PL_GIVEN_F, _PL_GIVEN_M, 8)}"
        f" {_by_sex(p, _PL_FAMILY_F, _PL_FAMILY_M, 9)}"
    ),
}
