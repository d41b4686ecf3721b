"""How the people of the hundred-and-seventy-ninth part of the outside corpus (**blind 179**,
:mod:`lienthong.quality._corpus_blind179`) are written: four Vietnamese registers' own columns
(a roster of judicial experts, train drivers' licences, climbers registered for Fansipan,
thalassaemia patients on regular transfusions) and the North Atlantic and Nordic files' names,
places, phones and numbers. The ids come from the earlier parts' helpers: the Danish CPR of
Greenland (mod 11, blind 46), the Faroese P-tal (blind 48), the Norwegian fødselsnummer with its
two mod-11 digits (blind 53), the Swedish personnummer with its Luhn digit (blind 45) and the
Finnish henkilötunnus with its mod-31 character (blind 49)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _personnummer
from lienthong.quality._corpus_blind46_writers import _cpr
from lienthong.quality._corpus_blind48_writers import _p_tal
from lienthong.quality._corpus_blind49_writers import _hetu
from lienthong.quality._corpus_blind53_writers import _fnr
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: judicial experts
_DEGREES = ("Bác sĩ CKII", "Thạc sĩ", "Tiến sĩ", "Kỹ sư", "Cử nhân", "Bác sĩ CKI")
_FIELDS = (
    "Pháp y",
    "Pháp y tâm thần",
    "Kỹ thuật hình sự",
    "Tài chính - kế toán",
    "Xây dựng",
    "Văn hóa (cổ vật)",
    "Tài nguyên và môi trường",
)
_WORKPLACES = (
    "Trung tâm Pháp y tỉnh",
    "Phòng Kỹ thuật hình sự - Công an tỉnh",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Bệnh viện Tâm thần tỉnh",
    "Bảo tàng tỉnh",
)
_EXPERT_STATUS = ("Đang hoạt động", "Đang hoạt động", "Đã miễn nhiệm", "Nghỉ hưu, vẫn giám định")
# -- Vietnam: train drivers
_RAIL_UNITS = (
    "Xí nghiệp Đầu máy Hà Nội",
    "Xí nghiệp Đầu máy Sài Gòn",
    "Xí nghiệp Đầu máy Vinh",
    "Xí nghiệp Đầu máy Đà Nẵng",
    "Công ty TNHH MTV Đường sắt đô thị Hà Nội (Metro)",
    "Công ty TNHH MTV Đường sắt đô thị số 1 TP.HCM",
)
_LICENCE_KINDS = ("Đầu máy diesel", "Đầu máy diesel", "Toa xe động lực", "Phương tiện chuyên dùng")
_RAIL_NOTES = ("", "Cấp mới", "Cấp lại do hết hạn", "Cấp đổi", "", "Sát hạch lại phần TH")
# -- Vietnam: climbers on Fansipan
_ROUTES = (
    "Trạm Tôn - Fansipan (1 ngày)",
    "Trạm Tôn - Fansipan (2N1Đ)",
    "Sín Chải - Fansipan",
    "Cát Cát - Fansipan (3N2Đ)",
    "Trạm Tôn - Fansipan - Cáp treo",
)
_GUIDES = ("Giàng A Sử", "Thào Seo Lềnh", "Lý A Páo", "Vàng Thị Mai", "Sùng A Chứ", "Tẩn Láo Lở")
_TICKETS = ("150.000", "150.000", "300.000", "75.000")
# -- Vietnam: thalassaemia
_ETHNIC = ("Kinh", "Tày", "Thái", "Mông", "Dao", "Mường", "Nùng")
_DIAGNOSES = (
    "β-Thalassemia thể nặng",
    "HbE/β-Thalassemia",
    "β-Thalassemia thể trung gian",
    "α-Thalassemia (HbH)",
    "HbE/β-thal",
)
_BLOOD = ("O+", "A+", "B+", "AB+", "O Rh+", "B Rh+")
_CHELATORS = ("Deferasirox (Exjade)", "Deferiprone (Kelfer)", "Desferal", "Chưa dùng")

# -- Greenland: education grants
_GL_FAMILY = (
    "Lynge",
    "Kleist",
    "Petersen",
    "Berthelsen",
    "Olsen",
    "Egede",
    "Motzfeldt",
    "Kristiansen",
)
_GL_GIVEN_M = ("Aqqaluk", "Malik", "Ole Nukappiaaluk", "Inuk", "Kunuk", "Hans Enoksen")
_GL_GIVEN_F = ("Naja", "Aviaja", "Pipaluk", "Nivi", "Arnaq", "Paninnguaq")
#: (street, postcode, town)
_GL_PLACES = (
    ("Aqqusinersuaq 14, 2. th.", "3900", "Nuuk"),
    ("Qupanuk B 1203", "3905", "Nuussuaq"),
    ("Kaaliullu Aqqusernga 7", "3911", "Sisimiut"),
    ("Mittarfimmut Aqqut 22", "3952", "Ilulissat"),
    ("Uiffaap Aqqutaa 3", "3920", "Qaqortoq"),
    ("B-848", "3913", "Tasiilaq"),
)
_GL_SCHOOLS = (
    ("Ilisimatusarfik", "Sygeplejerske / Peqqissaasoq"),
    ("KTI Sisimiut", "Maskinmester"),
    ("Københavns Universitet", "Medicin (kandidat)"),
    ("Niuernermik Ilinniarfik", "Kontoruddannelse"),
    ("Aarhus Universitet", "Jura"),
    ("GUX Nuuk", "Gymnasial uddannelse"),
)
# -- Faroe Islands: crew of fishing vessels
_FO_FAMILY = ("Joensen", "Hansen", "Jacobsen", "Poulsen", "Olsen", "Dam", "í Líð", "á Ryggi")
_FO_GIVEN_M = ("Jógvan", "Rógvi", "Óli", "Sámal", "Heðin", "Bárður", "Tróndur")
_FO_GIVEN_F = ("Rannvá", "Guðrun", "Sólrun", "Bjørg", "Elin", "Marjun")
#: (street, postcode, town)
_FO_PLACES = (
    ("Niels Finsens gøta 12", "FO-100", "Tórshavn"),
    ("Við Løkin 5", "FO-700", "Klaksvík"),
    ("Heygsvegur 23", "FO-510", "Gøta"),
    ("Á Mølini 3", "FO-800", "Tvøroyri"),
    ("Undir Heygnum 9", "FO-470", "Eiði"),
    ("Vágsvegur 41", "FO-900", "Vágur"),
    ("Kongagøta 2", "FO-110", "Tórshavn"),
)
_FO_SHIPS = (
    "Norðborg KG 689",
    "Christian í Grótinum KG 690",
    "Gadus VA 54",
    "Fagraberg FD 1210",
    "Jupiter VA 407",
    "Athena TG 330",
)
_FO_RANKS = ("Skipari", "Stýrimaður", "Maskinmeistari", "Kokkur", "Hásetur", "Hásetur", "Bátsmaður")
# -- Sápmi, Norway: reindeer husbandry units
_NO_FAMILY = ("Sara", "Eira", "Gaino", "Hætta", "Buljo", "Turi", "Somby", "Logje", "Kemi")
_NO_GIVEN_M = ("Johan Mathis", "Ánte", "Nils Peder", "Mikkal", "Isak Anders", "Jovnna")
_NO_GIVEN_F = ("Berit Anne", "Elle Sofie", "Máret Ánne", "Karen Inger", "Sárá", "Ingá")
#: (district, address)
_NO_PLACES = (
    ("16 Lákkonjárga", "Ájluoktaluodda 4, 9730 Kárášjohka / Karasjok"),
    ("19 Ávži", "Bieddjuvággeluodda 21, 9520 Guovdageaidnu / Kautokeino"),
    ("30A Oarjjabealli", "Máze, 9525 Máze / Masi"),
    ("23 Seainnus/Návggastat", "Suohpatjávrigeaidnu 8, 9520 Guovdageaidnu"),
    ("7 Stierdná", "Skoganvarre, 9710 Indre Billefjord"),
    ("11 Gearretnjárga", "Leaibevuotna, 9700 Lakselv"),
)
_NO_EARS = ("Viikki", "Beallji", "Čuohppa", "Sáhkat", "Ruohtas")
# -- Sápmi, Sweden: Sámi parliament's electoral roll
_SE_FAMILY = ("Kuhmunen", "Blind", "Labba", "Nutti", "Pavval", "Åhrén", "Sunna", "Kråik", "Jannok")
_SE_GIVEN_M = ("Anders Per", "Nils-Henrik", "Lars Jonas", "Jon-Erik", "Mattias", "Per Olof")
_SE_GIVEN_F = ("Sara Elin", "Ann-Kristin", "Marja", "Ingá Máret", "Lena", "Sofia Elsa")
#: (street, postcode, postort, sameby)
_SE_PLACES = (
    ("Hjalmar Lundbohmsvägen 31", "981 31", "Kiruna / Giron", "Gabna sameby"),
    ("Storgatan 14 B", "962 31", "Jokkmokk / Jåhkåmåhkke", "Jåhkågasska tjiellde"),
    ("Laestadiusvägen 7", "982 31", "Gällivare / Jiellevárri", "Unna tjerusj"),
    ("Skolgatan 3", "938 31", "Arjeplog / Árjepluovve", "Svaipa sameby"),
    ("Ringvägen 12", "912 32", "Vilhelmina / Vualtjere", "Vilhelmina norra sameby"),
    ("Tvärvägen 2", "980 63", "Kuttainen", "Lainiovuoma sameby"),
)
_SE_GROUNDS = (
    "Samiska i hemmet / Sámegiella ruovttus",
    "Förälder i röstlängden / Váhnen jienastuslogus",
    "Mor- eller farförälder talade samiska",
    "Samiska i hemmet / Sámegiella ruovttus",
)
# -- Åland: land acquisition permits
_AX_FAMILY = ("Lindqvist", "Virtanen", "Karlsson", "Mattsson", "Korhonen", "Nyman", "Sjöblom")
_AX_GIVEN_M = ("Mikael", "Jukka", "Anders", "Petteri", "Johan", "Kalle")
_AX_GIVEN_F = ("Anna-Lena", "Tiina", "Maria", "Satu", "Johanna", "Elin")
#: (street, postcode, postanstalt)
_AX_PLACES = (
    ("Mannerheimintie 42 B 18", "00260", "Helsingfors"),
    ("Slottsgatan 9", "20100", "Åbo"),
    ("Södermannagatan 21", "116 40", "Stockholm"),
    ("Torggatan 5", "AX-22100", "Mariehamn"),
    ("Hämeenkatu 17 A 4", "33200", "Tammerfors"),
    ("Kungsgatan 44", "753 21", "Uppsala"),
)
#: (kommun, village) of the property sought
_AX_PROPERTIES = (
    ("Jomala", "Ytternäs"),
    ("Eckerö", "Storby"),
    ("Föglö", "Degerby"),
    ("Lemland", "Bengtsböle"),
    ("Hammarland", "Kattby"),
    ("Sund", "Kastelholm"),
)
_AX_PURPOSES = ("Fritidsbostad", "Fritidsbostad", "Permanent bostad", "Företagsverksamhet")
_AX_DECISIONS = ("Beviljas", "Beviljas med villkor", "Avslås", "Beviljas", "Återtagen")


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 5 + 2)) % len(table)]


def _gl_phone(p: Person) -> str:
    lead = _pick(p, ("2", "5", "3"), 3)
    body = f"{lead}{p.phone[5:10]}"
    return f"+299 {body[:2]} {body[2:4]} {body[4:]}" if int(p.bhxh) % 4 else f"(+299) {body}"


def _fo_phone(p: Person) -> str:
    body = f"{_pick(p, ('2', '5', '7'), 4)}{p.phone[5:10]}"
    return f"+298 {body[:3]} {body[3:]}" if int(p.bhxh) % 3 else f"00298 {body}"


def _no_phone(p: Person) -> str:
    return f"+47 {_pick(p, ('9', '4'), 2)}{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:10]}"


def _se_phone(p: Person) -> str:
    return f"070-{p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _ax_phone(p: Person) -> str:
    if _place(p, _AX_PLACES)[2] == "Mariehamn":
        return f"018 {p.phone[5:10]}"
    if " " in _place(p, _AX_PLACES)[1]:  # a Swedish applicant
        return f"+46 70 {p.phone[3:6]} {p.phone[6:10]}"
    return f"+358 40 {p.phone[3:6]} {p.phone[6:10]}"


def _gl_given(p: Person) -> str:
    return _by_sex(p, _GL_GIVEN_M, _GL_GIVEN_F, 1)


def _ascii_mail(text: str) -> str:
    table = str.maketrans("æøåáéíóúý", "aoaaeiouy")
    return text.lower().translate(table).replace(" ", ".")


WRITERS_BLIND179: dict[str, Callable[[Person, Col], object]] = {
    # judicial experts
    "degree179": lambda p, c: _pick(p, _DEGREES, 2),
    "field179": lambda p, c: _pick(p, _FIELDS, 3),
    "decision_vn179": lambda p, c: f"{_num(p, 900) + 12}/QĐ-UBND",
    "workplace179": lambda p, c: _pick(p, _WORKPLACES, 3),
    "expert_status179": lambda p, c: _pick(p, _EXPERT_STATUS, 5),
    # train drivers
    "rail_unit179": lambda p, c: _pick(p, _RAIL_UNITS, 2),
    "licence_kind179": lambda p, c: _pick(p, _LICENCE_KINDS, 3),
    "licence_no179": lambda p, c: f"{_num(p, 9000):04d}/GPLT-CĐSVN",
    "valid_to179": lambda p, c: _written(_shift_date(p.other_date, 5), c.date_format),
    "score_lt179": lambda p, c: f"{7 + _num(p, 30) / 10:.1f}".replace(".", ","),
    "score_th179": lambda p, c: _pick(p, ("Đạt", "Đạt", "Không đạt", "Đạt"), 4),
    "note_rail179": lambda p, c: _pick(p, _RAIL_NOTES, 5),
    # climbers on Fansipan
    "route179": lambda p, c: _pick(p, _ROUTES, 2),
    "days179": lambda p, c: str(1 + _num(p, 3) % 3),
    "guide179": lambda p, c: _pick(p, _GUIDES, 3),
    "guide_phone179": lambda p, c: _other_phone(p, "038"),
    "emergency179": lambda p, c: f"{_other_vn(p, 4)} ({_pick(p, ('vợ', 'chồng', 'mẹ', 'bạn'), 5)})",
    "phone_rel179": lambda p, c: _other_phone(p),
    "ticket179": lambda p, c: _pick(p, _TICKETS, 6),
    # thalassaemia patients
    "pid179": lambda p, c: f"BN{p.bhxh[-7:]}",
    "ethnic179": lambda p, c: _pick(p, _ETHNIC, 2),
    "diagnosis179": lambda p, c: _pick(p, _DIAGNOSES, 3),
    "blood179": lambda p, c: _pick(p, _BLOOD, 4),
    "ferritin179": lambda p, c: str(600 + _num(p, 400) * 11),
    "chelator179": lambda p, c: _pick(p, _CHELATORS, 5),
    "units179": lambda p, c: f"{2 + _num(p, 3) % 3} đv",
    "kin179": lambda p, c: f"{_other_vn(p, 6)} ({_pick(p, ('mẹ', 'bố', 'vợ', 'chồng'), 7)})",
    # Greenland: education grants
    "cpr_gl179": lambda p, c: _cpr(p),
    "gl_given179": lambda p, c: _gl_given(p),
    "gl_family179": lambda p, c: _pick(p, _GL_FAMILY, 2),
    "gl_street179": lambda p, c: _place(p, _GL_PLACES)[0],
    "gl_post179": lambda p, c: _place(p, _GL_PLACES)[1],
    "gl_town179": lambda p, c: _place(p, _GL_PLACES)[2],
    "gl_phone179": lambda p, c: _gl_phone(p),
    "gl_email179": lambda p, c: (
        f"{_ascii_mail(_gl_given(p))}.{_ascii_mail(_pick(p, _GL_FAMILY, 2))}@"
        f"{_pick(p, ('gmail.com', 'tele.gl', 'hotmail.dk', 'uni.gl'), 4)}"
    ),
    "gl_school179": lambda p, c: _place(p, _GL_SCHOOLS, 3)[0],
    "gl_course179": lambda p, c: _place(p, _GL_SCHOOLS, 3)[1],
    "gl_grant179": lambda p, c: f"{_pick(p, ('4.856', '6.213', '3.402', '7.540'), 5)},00",
    "gl_bank179": lambda p, c: f"6471 {p.bhxh[:10]}",
    # Faroe Islands: crew of fishing vessels
    "ptal_fo179": lambda p, c: _p_tal(p),
    "fo_given179": lambda p, c: _by_sex(p, _FO_GIVEN_M, _FO_GIVEN_F, 1),
    "fo_family179": lambda p, c: _pick(p, _FO_FAMILY, 2),
    "fo_street179": lambda p, c: _place(p, _FO_PLACES)[0],
    "fo_post179": lambda p, c: _place(p, _FO_PLACES)[1],
    "fo_town179": lambda p, c: _place(p, _FO_PLACES)[2],
    "fo_phone179": lambda p, c: _fo_phone(p),
    "fo_ship179": lambda p, c: _pick(p, _FO_SHIPS, 3),
    "fo_rank179": lambda p, c: _pick(p, _FO_RANKS, 4),
    "fo_book179": lambda p, c: f"SB {p.bhxh[2:7]}",
    "medical_to179": lambda p, c: _written(_shift_date(p.other_date, 2), c.date_format),
    "fo_kin179": lambda p, c: (
        f"{_by_sex(p, _FO_GIVEN_F, _FO_GIVEN_M, 5)} {_pick(p, _FO_FAMILY, 2)}, "
        f"+298 {p.bhxh[4:7]} {p.bhxh[7:10]}"
    ),
    # Sápmi, Norway: reindeer husbandry units
    "siidaoassi179": lambda p, c: f"{_place(p, _NO_PLACES)[0].split()[0]}-{_num(p, 40):02d}",
    "orohat179": lambda p, c: _place(p, _NO_PLACES)[0],
    "no_name179": lambda p, c: (
        f"{_by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 1)} {_pick(p, _NO_FAMILY, 2)}"
    ),
    "fnr179": lambda p, c: _fnr(p),
    "mark179": lambda p, c: f"{_pick(p, _NO_EARS, 3)} / {_pick(p, _NO_EARS, 5)} ({p.bhxh[-4:]})",
    "reindeer179": lambda p, c: str(40 + _num(p, 600)),
    "no_addr179": lambda p, c: _place(p, _NO_PLACES)[1],
    "no_phone179": lambda p, c: _no_phone(p),
    "grant_no179": lambda p, c: f"{_num(p, 90) * 1000 + 15000:,}".replace(",", " "),
    # Sápmi, Sweden: the Sámi parliament's electoral roll
    "pnr179": lambda p, c: _personnummer(p),
    "se_given179": lambda p, c: _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1),
    "se_family179": lambda p, c: _pick(p, _SE_FAMILY, 2),
    "se_street179": lambda p, c: _place(p, _SE_PLACES)[0],
    "se_post179": lambda p, c: _place(p, _SE_PLACES)[1],
    "se_town179": lambda p, c: _place(p, _SE_PLACES)[2],
    "sameby179": lambda p, c: _pick(p, ("", _place(p, _SE_PLACES)[3]), 3),
    "ground179": lambda p, c: _pick(p, _SE_GROUNDS, 4),
    "se_phone179": lambda p, c: _se_phone(p),
    # Åland: land acquisition permits
    "ax_case179": lambda p, c: f"ÅLR 2026/{_num(p, 9000) + 100}",
    "ax_name179": lambda p, c: (
        f"{_pick(p, _AX_FAMILY, 2)}, {_by_sex(p, _AX_GIVEN_M, _AX_GIVEN_F, 1)}"
    ),
    "hetu179": lambda p, c: _hetu(p),
    "hbr179": lambda p, c: _pick(p, ("Nej", "Nej", "Ansökt", "Nej (förlorad)"), 3),
    "citizen179": lambda p, c: _pick(p, ("Finland", "Sverige", "Finland", "Estland"), 4),
    "ax_rn179": lambda p, c: (
        f"{_place(p, _AX_PROPERTIES, 2)[1]} {_num(p, 20)}:{int(p.bhxh[3:5]) % 40 + 1}"
    ),
    "ax_prop_muni179": lambda p, c: _place(p, _AX_PROPERTIES, 2)[0],
    "ax_area179": lambda p, c: f"{800 + _num(p, 300) * 25:,}".replace(",", " "),
    "purpose179": lambda p, c: _pick(p, _AX_PURPOSES, 5),
    "ax_street179": lambda p, c: _place(p, _AX_PLACES)[0],
    "ax_post179": lambda p, c: _place(p, _AX_PLACES)[1],
    "ax_town179": lambda p, c: _place(p, _AX_PLACES)[2],
    "ax_phone179": lambda p, c: _ax_phone(p),
    "decision179": lambda p, c: _pick(p, _AX_DECISIONS, 6),
}
