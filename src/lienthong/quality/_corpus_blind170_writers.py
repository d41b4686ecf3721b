"""How the people of the hundred-and-seventieth part of the outside corpus (**blind 170**,
:mod:`lienthong.quality._corpus_blind170`) are written: four Vietnamese files' own columns (a
hospital's free-meal kitchen, a people's credit fund's deposit-insurance payout, a commune's
register of suspended sentences, a rubber company's tapping contracts) and South Tyrolean, Aosta
Valley, Sardinian, Sicilian and Friulian names, places, phones and numbers in the forms their
registers show: the codice fiscale with its check letter (and, where two people would share one,
the omocodia letters that replace its digits from the right), the tessera sanitaria's twenty
digits with their Luhn check, the CAP, the frazione or hameau, the comune and its province."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind49_writers import _cf_part, _cf_value

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------

_VN_WARDS = ("Khoa Nội tổng hợp", "Khoa Ung bướu", "Khoa Thận nhân tạo", "Khoa HSTC-CĐ", "Khoa Nhi")
_VN_HARDSHIP = (
    "Hộ nghèo",
    "Hộ cận nghèo",
    "Người cao tuổi neo đơn",
    "Bệnh nhân ung thư, nhà xa",
    "Chạy thận dài ngày",
    "Khuyết tật, không nơi nương tựa",
)
_VN_DONORS = ("Chùa Pháp Hoa", "Nhóm Bếp yêu thương", "Hội Chữ thập đỏ tỉnh", "Cty TNHH Minh Phát")
_VN_FUNDS = ("QTDND Phú Thịnh", "QTDND Xuân Hòa", "QTDND Tân Lập", "QTDND Liên Hiệp")
_VN_COURTS = (
    "TAND huyện Thanh Oai",
    "TAND TP Thủ Đức",
    "TAND huyện Châu Thành",
    "TAND tỉnh Nghệ An",
)
_VN_CRIMES = (
    "Trộm cắp tài sản (Điều 173 BLHS)",
    "Cố ý gây thương tích (Điều 134 BLHS)",
    "Đánh bạc (Điều 321 BLHS)",
    "Vi phạm quy định về tham gia GTĐB (Điều 260)",
    "Lừa đảo chiếm đoạt tài sản (Điều 174)",
    "Tàng trữ trái phép chất ma túy (Điều 249)",
)
_VN_ALIAS = ("Tèo", "Bi", "Cu Tý", "Tũn", "", "", "Bờm", "")
_VN_ETHNIC = ("Kinh", "Kinh", "Jrai", "Bahnar", "Kinh", "Xơ Đăng", "Tày")
_VN_TEAMS = ("Đội 1 - NT Ia Blứ", "Đội 3 - NT Ia Ko", "Đội 5 - NT Chư Prông", "Đội 2 - NT Ia Phìn")
_VN_TAPPER_HOMES = (
    "Làng Ia Der, xã Ia Grai, tỉnh Gia Lai",
    "Tổ 4, thị trấn Chư Prông, Gia Lai",
    "Làng Bông Phun, xã Ia Phìn, Chư Prông, Gia Lai",
    "Khu tập thể Nông trường Ia Blứ, xã Ia Blứ, Chư Pưh",
)


def _vnd(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _deposit(p: Person) -> int:
    return (int(p.bhxh[2:7]) % 400 + 5) * 1_000_000 + int(p.bhxh[7:9]) * 10_000


# -- Italian codice fiscale ---------------------------------------------------------------------

#: the letters that stand for 0-9 when a codice fiscale is omocode
_OMOCODIA = "LMNPQRSTUV"


def _cf170(p: Person, family: str, given: str, belfiore: str, omocode: int = 0) -> str:
    """A codice fiscale with its check letter; ``omocode`` digits (from the right) replaced by
    letters, as the Agenzia delle Entrate does for a second person with the same code."""
    day = p.birth.day + (0 if p.male else 40)
    month = "ABCDEHLMPRST"[p.birth.month - 1]
    head = list(f"{_cf_part(family, False)}{_cf_part(given, True)}{p.birth:%y}{month}{day:02d}")
    head += list(belfiore)
    for index in (14, 13, 12, 10, 9, 7, 6)[:omocode]:
        head[index] = _OMOCODIA[int(head[index])]
    text = "".join(head)
    total = sum(_cf_value(ch, i % 2 == 0) for i, ch in enumerate(text))
    return text + chr(ord("A") + total % 26)


def _ts(p: Person) -> str:
    """A tessera sanitaria (TS-CNS) card number: 80380 (Italy), twenty digits, Luhn check."""
    return _luhn(f"80380000{p.bhxh[::-1]}{p.bhxh[3]}")


def _it_mobile(p: Person, spaced: bool = True) -> str:
    lead = _pick(p, ("347", "348", "335", "339", "320", "366", "328"), 5)
    if spaced:
        return f"{lead} {p.phone[3:6]} {p.phone[6:10]}"
    return f"+39{lead}{p.phone[3:10]}"


# -- South Tyrol --------------------------------------------------------------------------------

_ST_FAMILY = (
    "Oberhofer",
    "Pichler",
    "Kofler",
    "Mair",
    "Gasser",
    "Thaler",
    "Prossliner",
    "Unterkircher",
)
_ST_GIVEN_M = ("Lukas", "Florian", "Manuel", "Johann", "Hannes", "Alois", "Matthias")
_ST_GIVEN_F = ("Anna", "Verena", "Magdalena", "Sabine", "Theresia", "Lena", "Evi")
#: (Geburtsort, Belfiore)
_ST_BORN = (
    ("Bozen", "A952"),
    ("Brixen", "B160"),
    ("Bruneck", "B220"),
    ("Meran", "F132"),
    ("Innsbruck (A)", "Z102"),
)
#: (Straße, PLZ, Fraktion, Gemeinde)
_ST_PLACES = (
    ("Dorfstraße 12", "39054", "Klobenstein", "Ritten"),
    ("Schlernstraße 5/A", "39040", "Seis am Schlern", "Kastelruth"),
    ("Astfelder Straße 3", "39058", "Astfeld", "Sarntal"),
    ("Plosestraße 27", "39042", "Milland", "Brixen"),
    ("Reischacher Straße 40", "39031", "Reischach", "Bruneck"),
    ("Bahnhofstraße 8", "39057", "St. Michael", "Eppan an der Weinstraße"),
    ("Oberdorf 19", "39054", "Oberbozen", "Ritten"),
)
_ST_RANKS = ("Feuerwehrmann", "Oberfeuerwehrmann", "Hauptfeuerwehrmann", "Gruppenkommandant",
             "Jugendfeuerwehrmitglied", "Zugskommandant")  # fmt: skip


def _st_family(p: Person) -> str:
    return _pick(p, _ST_FAMILY, 2)


def _st_given(p: Person) -> str:
    return _by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 1)


def _st_place(p: Person) -> tuple[str, str, str, str]:
    return _ST_PLACES[int(p.bhxh) // 7 % len(_ST_PLACES)]


def _st_phone(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return f"0471 {p.phone[4:7]} {p.phone[7:10]}"
    return _it_mobile(p)


# -- Aosta Valley -------------------------------------------------------------------------------

_AO_FAMILY = ("Vuillermoz", "Perrin", "Bionaz", "Jeantet", "Chuc", "Gérard", "Cerise", "Berthod")
_AO_GIVEN_M = ("Ivo", "Rémy", "Didier", "Eric", "Lorenzo", "Joseph", "Corrado")
_AO_GIVEN_F = ("Sylvie", "Nadia", "Monique", "Chantal", "Elisa", "Josiane", "Marisa")
#: (rue ou hameau, CAP, hameau, commune)
_AO_PLACES = (
    ("Hameau Épinel 7", "11012", "Épinel", "Cogne"),
    ("Hameau Crépin 22", "11028", "Crépin", "Valtournenche"),
    ("Loc. Sorreley 33", "11020", "Sorreley", "Saint-Christophe"),
    ("Fraz. Chevrot 4", "11020", "Chevrot", "Gressan"),
    ("Rue Croix-de-Ville 18", "11100", "", "Aoste"),
    ("Hameau Échevennoz 3", "11014", "Échevennoz", "Étroubles"),
    ("Fraz. Signayes 102", "11100", "Signayes", "Aoste"),
)
_AO_QUEENS = ("Bataille", "Mignonne", "Rosine", "Tempête", "Violette", "Papillon", "Noirette")
_AO_ALPAGES = ("Alpage Grauson", "Alpage Champlong", "Montagnayes", "Alpe Cheneil", "Arpette")


def _ao_weight(p: Person) -> int:
    return 470 + int(p.bhxh[4:7]) % 230


def _ao_category(p: Person) -> str:
    weight = _ao_weight(p)
    if weight > 600:
        return "1re catégorie"
    return "2e catégorie" if weight > 530 else "3e catégorie"


def _ao_place(p: Person) -> tuple[str, str, str, str]:
    return _AO_PLACES[int(p.bhxh) // 11 % len(_AO_PLACES)]


def _ao_family(p: Person) -> str:
    return _pick(p, _AO_FAMILY, 2)


def _ao_given(p: Person) -> str:
    return _by_sex(p, _AO_GIVEN_M, _AO_GIVEN_F, 1)


# -- Sardinia (Ogliastra) -----------------------------------------------------------------------

_SA_FAMILY = ("Piras", "Murgia", "Loi", "Mulas", "Deiana", "Pili", "Cannas", "Usai", "Contu")
_SA_GIVEN_M = ("Giovanni Antonio", "Salvatore", "Efisio", "Gavino", "Pietrino", "Sebastiano")
_SA_GIVEN_F = ("Maria Bonaria", "Giovanna", "Rita", "Lucia", "Annetta", "Graziella")
_SA_BORN = (("Lanusei", "E441"), ("Tortolì", "L140"), ("Nuoro", "F979"), ("Cagliari", "B354"))
#: (indirizzo, frazione, CAP, comune, provincia)
_SA_PLACES = (
    ("Via Roma 48", "", "08045", "Lanusei", "NU"),
    ("Via Lungomare 12", "Arbatax", "08048", "Tortolì", "NU"),
    ("Via Lungomare Monte Santo 3", "Santa Maria Navarrese", "08040", "Baunei", "NU"),
    ("Via Umberto I 101", "", "08044", "Jerzu", "OG"),
    ("Via Gennargentu 7", "", "08040", "Arzana", "NU"),
    ("Piazza Chiesa 2", "Villanova Strisaili", "08049", "Villagrande Strisaili", "OG"),
)
_SA_DOCTORS = ("Dr. Mameli G.", "Dr.ssa Lai F.", "Dr. Serra P.", "Dr.ssa Melis A.")
_SA_FIT = ("Negativo", "Negativo", "Positivo - invio 2° livello", "Non aderente", "Inadeguato")


def _sa_family(p: Person) -> str:
    return _pick(p, _SA_FAMILY, 2)


def _sa_given(p: Person) -> str:
    return _by_sex(p, _SA_GIVEN_M, _SA_GIVEN_F, 1)


def _sa_place(p: Person) -> tuple[str, str, str, str, str]:
    return _SA_PLACES[int(p.bhxh) // 13 % len(_SA_PLACES)]


def _sa_born(p: Person) -> tuple[str, str]:
    return _SA_BORN[int(p.bhxh) // 17 % len(_SA_BORN)]


# -- Sicily (Mazara del Vallo) ------------------------------------------------------------------

_SI_FAMILY = ("Lombardo", "Asaro", "Giacalone", "Bono", "Russo", "Marino", "Pipitone")
_SI_GIVEN_M = ("Giuseppe", "Vito", "Nicolò", "Salvatore", "Baldassare", "Francesco")
_SI_GIVEN_F = ("Rosaria", "Vita", "Giuseppa", "Antonina")
_TN_FAMILY = ("Ben Salah", "Trabelsi", "Jaziri", "Ben Ali", "Hammami")
_TN_GIVEN_M = ("Mohamed", "Ahmed", "Habib", "Mourad", "Sami")
_TN_GIVEN_F = ("Fatma", "Samia", "Leila")
_SI_HOMES = (
    "Via Castelvetrano 112, 91026 Mazara del Vallo (TP)",
    "Piazza della Repubblica 3, 91026 Mazara del Vallo (TP)",
    "Via Mokarta 18, Fraz. Borgata Costiera, 91026 Mazara del Vallo (TP)",
    "Via Salemi 44, 91025 Marsala (TP)",
    "C.da Ciavolo 210, 91025 Marsala (TP)",
    "Via Ammiraglio Staiti 9, 91100 Trapani (TP)",
)
_SI_BORN = (("Mazara del Vallo", "F061"), ("Marsala", "E974"), ("Trapani", "L331"))
_TN_BORN = ("Mahdia (Tunisia)", "Monastir (Tunisia)", "Sfax (Tunisia)")
_SI_QUAL = ("Marinaio", "Motorista abilitato", "Capobarca", "Mozzo", "Cuoco di bordo")
_SI_BOATS = ("M/p Nuovo Cigno", "M/p Aliseo", "M/p Anna Madre", "M/p Ghibli Primo")


def _tunisian(p: Person) -> bool:
    return int(p.bhxh) % 3 == 0


def _si_family(p: Person) -> str:
    return _pick(p, _TN_FAMILY if _tunisian(p) else _SI_FAMILY, 2)


def _si_given(p: Person) -> str:
    if _tunisian(p):
        return _by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 1)
    return _by_sex(p, _SI_GIVEN_M, _SI_GIVEN_F, 1)


def _si_cf(p: Person) -> str:
    if _tunisian(p):
        # many Tunisian seamen born the same year share a code: the later ones are omocode
        omocode = int(p.bhxh[5]) % 4 if int(p.bhxh[6]) < 4 else 0
        return _cf170(p, _si_family(p), _si_given(p), "Z352", min(omocode, 2))
    born = _SI_BORN[int(p.bhxh) // 7 % len(_SI_BORN)][1]
    return _cf170(p, _si_family(p), _si_given(p), born, 1 if p.bhxh[:2] == "00" else 0)


def _si_born(p: Person) -> str:
    if _tunisian(p):
        return _pick(p, _TN_BORN, 4)
    return _SI_BORN[int(p.bhxh) // 7 % len(_SI_BORN)][0]


# -- Friuli-Venezia Giulia (Duino Aurisina / Devin Nabrežina) -----------------------------------

_FV_FAMILY = ("Pertot", "Legiša", "Gruden", "Terčon", "Kralj", "Zanetti", "Furlan", "Sardoč")
_FV_GIVEN_M = ("Igor", "Boris", "Marko", "Andrej", "Paolo", "Matej")
_FV_GIVEN_F = ("Nataša", "Vesna", "Martina", "Erika", "Tanja", "Giulia")
_FV_BORN = (("Trieste", "L424"), ("Gorizia", "E098"), ("Sežana (SLO)", "Z150"), ("Udine", "L483"))
#: (indirizzo, frazione, CAP)
_FV_PLACES = (
    ("Aurisina Cave / Nabrežina Kamnolomi 54", "Aurisina / Nabrežina", "34011"),
    ("Sistiana / Sesljan 38/B", "Sistiana / Sesljan", "34011"),
    ("Malchina / Mavhinje 15", "Malchina / Mavhinje", "34011"),
    ("Via Duino / Devinska ulica 12", "Duino / Devin", "34011"),
    ("San Pelagio / Šempolaj 7", "San Pelagio / Šempolaj", "34011"),
    ("Visogliano / Vižovlje 21/A", "Visogliano / Vižovlje", "34011"),
)


def _fv_family(p: Person) -> str:
    return _pick(p, _FV_FAMILY, 2)


def _fv_given(p: Person) -> str:
    return _by_sex(p, _FV_GIVEN_M, _FV_GIVEN_F, 1)


def _fv_place(p: Person) -> tuple[str, str, str]:
    return _FV_PLACES[int(p.bhxh) // 9 % len(_FV_PLACES)]


def _fv_born(p: Person) -> tuple[str, str]:
    return _FV_BORN[int(p.bhxh) // 19 % len(_FV_BORN)]


def _fv_mail(p: Person) -> str:
    if int(p.bhxh[-3]) % 3 == 0:
        return ""
    folded = unicodedata.normalize("NFD", _fv_family(p).lower())
    plain = "".join(ch for ch in folded if ch.isascii())
    domain = _pick(p, ("gmail.com", "libero.it", "yahoo.it", "siol.net"), 7)
    return f"{_fv_given(p).lower()}.{plain}@{domain}"


def _isee(p: Person) -> int:
    return 4_000 + int(p.bhxh[3:8]) % 36_000


WRITERS_BLIND170: dict[str, Callable[[Person, Col], object]] = {
    # -- hospital free-meal kitchen
    "ma_bn170": lambda p, c: f"BN{p.bhxh[2:9]}",
    "khoa170": lambda p, c: _pick(p, _VN_WARDS, 3),
    "giuong170": lambda p, c: f"{_num(p, 40)}{'' if int(p.bhxh[1]) % 2 else 'B'}",
    "hoancanh170": lambda p, c: _pick(p, _VN_HARDSHIP, 4),
    "nguoinha170": lambda p, c: _other_vn(p, 5),
    "phone_rel170": lambda p, c: _other_phone(p, "03"),
    "suat170": lambda p, c: 1 + int(p.bhxh[5]) % 3,
    "donor170": lambda p, c: _pick(p, _VN_DONORS, 6),
    # -- deposit insurance payout
    "so_tk170": lambda p, c: f"TK{p.bhxh[1:4]}/{p.other_date:%Y}-{p.bhxh[6:10]}",
    "so_du170": lambda p, c: _vnd(_deposit(p)),
    "duoc_bh170": lambda p, c: _vnd(min(_deposit(p), 125_000_000)),
    "uy_quyen170": lambda p, c: "" if int(p.bhxh[2]) % 4 else _other_vn(p, 7),
    "qtd170": lambda p, c: _pick(p, _VN_FUNDS, 5),
    # -- suspended sentences
    "alias170": lambda p, c: _pick(p, _VN_ALIAS, 3),
    "ban_an170": lambda p, c: f"{_num(p, 180)}/{p.other_date:%Y}/HS-ST",
    "toa170": lambda p, c: _pick(p, _VN_COURTS, 4),
    "toi170": lambda p, c: _pick(p, _VN_CRIMES, 6),
    "muc_an170": lambda p, c: f"{6 + int(p.bhxh[4]) * 3} tháng tù cho hưởng án treo",
    "thu_thach170": lambda p, c: f"{1 + int(p.bhxh[4]) % 5} năm",
    "giam_sat170": lambda p, c: f"UBND xã - CA viên {_other_vn(p, 8, male=True)}",
    # -- rubber tapping contracts
    "ma_cn170": lambda p, c: f"CN-{p.bhxh[3:8]}",
    "dantoc170": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "home_vn170": lambda p, c: _pick(p, _VN_TAPPER_HOMES, 3),
    "doi170": lambda p, c: _pick(p, _VN_TEAMS, 5),
    "lo170": lambda p, c: f"Lô {chr(65 + int(p.bhxh[2]) % 8)}{_num(p, 30)}",
    "nam_trong170": lambda p, c: 2000 + int(p.bhxh[3:5]) % 20,
    "dien_tich170": lambda p, c: f"{3 + int(p.bhxh[5:7]) % 40 / 10:.2f}".replace(".", ","),
    "so_cay170": lambda p, c: 1_200 + int(p.bhxh[4:7]) % 900,
    "san_luong170": lambda p, c: _vnd(4_000 + int(p.bhxh[5:8]) * 6),
    # -- South Tyrol: Freiwillige Feuerwehr
    "ffw_nr170": lambda p, c: f"FF-{p.bhxh[4:8]}",
    "st_family170": lambda p, c: _st_family(p),
    "st_given170": lambda p, c: _st_given(p),
    "st_born170": lambda p, c: _pick(p, tuple(b for b, _ in _ST_BORN), 13),
    "cf_st170": lambda p, c: _cf170(
        p, _st_family(p), _st_given(p), _ST_BORN[int(p.bhxh) // 144 % len(_ST_BORN)][1]
    ),
    "sex_st170": lambda p, c: "männlich" if p.male else "weiblich",
    "street_st170": lambda p, c: _st_place(p)[0],
    "cap_st170": lambda p, c: _st_place(p)[1],
    "fraz_st170": lambda p, c: _st_place(p)[2],
    "gem_st170": lambda p, c: _st_place(p)[3],
    "phone_st170": lambda p, c: _st_phone(p),
    "rank_st170": lambda p, c: _pick(p, _ST_RANKS, 4),
    "ats_st170": lambda p, c: (
        f"{_shift_date(p.other_date, 2):%d.%m.%Y}" if int(p.bhxh[2]) % 3 else "nein"
    ),
    "guard_st170": lambda p, c: "" if p.birth.year < 2008 else f"{_st_given(p)} sen.",
    # -- Aosta Valley: batailles de reines
    "ao_family170": lambda p, c: _ao_family(p),
    "ao_given170": lambda p, c: _ao_given(p),
    "cf_ao170": lambda p, c: _cf170(
        p, _ao_family(p), _ao_given(p), _pick(p, ("A326", "A326", "E379", "L219"), 8)
    ),
    "sex_ao170": lambda p, c: "M" if p.male else "F",
    "street_ao170": lambda p, c: _ao_place(p)[0],
    "cap_ao170": lambda p, c: _ao_place(p)[1],
    "hameau_ao170": lambda p, c: _ao_place(p)[2],
    "commune_ao170": lambda p, c: _ao_place(p)[3],
    "phone_ao170": lambda p, c: f"0165 {p.phone[4:10]}" if int(p.bhxh) % 3 == 0 else _it_mobile(p),
    "reine170": lambda p, c: _pick(p, _AO_QUEENS, 3),
    "tag_ao170": lambda p, c: f"IT007990{p.bhxh[2:8]}",
    "cat_ao170": lambda p, c: _ao_category(p),
    "weight_ao170": lambda p, c: _ao_weight(p),
    "alpage170": lambda p, c: _pick(p, _AO_ALPAGES, 5),
    # -- Sardinia: screening invitations
    "sa_family170": lambda p, c: _sa_family(p),
    "sa_given170": lambda p, c: _sa_given(p),
    "sex_sa170": lambda p, c: "M" if p.male else "F",
    "sa_born170": lambda p, c: _sa_born(p)[0],
    "cf_sa170": lambda p, c: _cf170(p, _sa_family(p), _sa_given(p), _sa_born(p)[1]),
    "ts_sa170": lambda p, c: _ts(p),
    "ts_exp170": lambda p, c: f"{_shift_date(p.other_date, 6):%d/%m/%Y}",
    "street_sa170": lambda p, c: _sa_place(p)[0],
    "fraz_sa170": lambda p, c: _sa_place(p)[1],
    "cap_sa170": lambda p, c: _sa_place(p)[2],
    "comune_sa170": lambda p, c: _sa_place(p)[3],
    "prov_sa170": lambda p, c: _sa_place(p)[4],
    "phone_sa170": lambda p, c: f"0782 {p.phone[5:10]}" if int(p.bhxh) % 4 == 1 else _it_mobile(p),
    "mmg_sa170": lambda p, c: _pick(p, _SA_DOCTORS, 6),
    "fit_sa170": lambda p, c: _pick(p, _SA_FIT, 7),
    # -- Sicily: fishing-boat crew list
    "si_name170": lambda p, c: f"{_si_family(p).upper()} {_si_given(p)}",
    "si_born170": lambda p, c: _si_born(p),
    "si_cit170": lambda p, c: "tunisina" if _tunisian(p) else "italiana",
    "cf_si170": lambda p, c: _si_cf(p),
    "matr_si170": lambda p, c: f"{int(p.bhxh[2:7]) % 20000} Mazara d.V.",
    "qual_si170": lambda p, c: _pick(p, _SI_QUAL, 4),
    "addr_si170": lambda p, c: _pick(p, _SI_HOMES, 6),
    "phone_si170": lambda p, c: _it_mobile(p, spaced=int(p.bhxh) % 2 == 0),
    "boat_si170": lambda p, c: _pick(p, _SI_BOATS, 5),
    "sbarco_si170": lambda p, c: (
        "" if int(p.bhxh[3]) % 3 else f"{_shift_date(p.other_date, 1):%d/%m/%Y}"
    ),
    "armatore_si170": lambda p, c: _pick(p, ("Pesca Giacalone S.r.l.", "Asaro Pesca s.n.c."), 7),
    # -- Friuli-Venezia Giulia: Carta Famiglia
    "fv_family170": lambda p, c: _fv_family(p),
    "fv_given170": lambda p, c: _fv_given(p),
    "cf_fv170": lambda p, c: _cf170(p, _fv_family(p), _fv_given(p), _fv_born(p)[1]),
    "fv_born170": lambda p, c: _fv_born(p)[0],
    "street_fv170": lambda p, c: _fv_place(p)[0],
    "fraz_fv170": lambda p, c: _fv_place(p)[1],
    "cap_fv170": lambda p, c: _fv_place(p)[2],
    "phone_fv170": lambda p, c: (
        f"040 {p.phone[4:7]}{p.phone[7:10]}" if int(p.bhxh) % 3 == 0 else _it_mobile(p)
    ),
    "mail_fv170": lambda p, c: _fv_mail(p),
    "kids_fv170": lambda p, c: 1 + int(p.bhxh[6]) % 4,
    "isee_fv170": lambda p, c: f"{_isee(p):,}".replace(",", ".") + f",{p.bhxh[-2:]}",
    "fascia_fv170": lambda p, c: "Fascia 1 / Razred 1" if _isee(p) <= 30_000 else "Fascia 2",
    "card_fv170": lambda p, c: f"{p.bhxh[4:10]}/{p.other_date:%Y}",
    "exp_fv170": lambda p, c: f"{_shift_date(p.other_date, 1):%d.%m.%Y}",
}
