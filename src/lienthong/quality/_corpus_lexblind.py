"""The seventh part of the outside corpus, **lexicon blind** (written 20:43 UTC, 2026-12-05,
before the multilingual lexicon it measures, and never used for tuning): Polish, Turkish,
Swedish, Czech, Romanian, Filipino, romanised Korean and Japanese, and Hungarian files, with each
country's own shapes of names, streets, dates and identity numbers (PESEL, T.C. Kimlik No,
personnummer, rodné číslo, CNP, TIN, resident registration number, My Number, személyi szám).

The lexicon was written from a list of languages, not from these headers; this part exists to
tell whether it generalises to vocabulary nobody tuned on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_shapes import Col, Shape, _shape

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person

LEXICON_BLIND: tuple[Shape, ...] = (
    _shape(
        "ewidencja_pl",
        "Lp.=row | Nazwisko=family_name:pl_family | Imię=given_name:pl_given"
        " | Data urodzenia=birth_date@%d.%m.%Y | PESEL=national_id:pesel | Płeć=sex:sex_pl"
        " | Ulica=street:street_pl | Miejscowość=-:town_pl | Uwagi=-:note_pl",
        english=True,
        delimiter=";",
        encoding="utf-8-sig",
    ),
    _shape(
        "nufus_tr",
        "Sıra No=row | Adı=given_name:tr_given | Soyadı=family_name:tr_family"
        " | T.C. Kimlik No=national_id:tc_kimlik | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyet=sex:sex_tr | İkamet Adresi=address:address_tr",
        english=True,
        file="xlsx",
    ),
    _shape(
        "folkbokforing_se",
        "Löpnr=row | Personnummer=national_id:personnummer | Förnamn=given_name:se_given"
        " | Efternamn=family_name:se_family | Födelsedatum=birth_date@%Y-%m-%d"
        " | Kön=sex:sex_se | Gatuadress=street:street_se | Postnummer=postcode:postcode_se"
        " | Postort=-:town_se",
        english=True,
        delimiter=";",
    ),
    _shape(
        "obyvatele_cz",
        "Poř. č.=row | Příjmení=family_name:cz_family | Jméno=given_name:cz_given"
        " | Rodné číslo=national_id:rodne_cislo | Datum narození=birth_date@%-d.%-m.%Y"
        " | Pohlaví=sex:sex_cz | Bydliště=address:address_cz",
        english=True,
        delimiter=";",
    ),
    _shape(
        "evidenta_ro",
        "Nr. crt.=row | Nume și prenume=full_name:ro_full | CNP=national_id:cnp"
        " | Data nașterii=birth_date@%d.%m.%Y | Domiciliu=address:address_ro"
        " | Observații=-:note_ro",
        english=True,
    ),
    _shape(
        "talaan_ph",
        "Blg.=row | Apelyido=family_name:ph_family | Pangalan=given_name:ph_given"
        " | Petsa ng Kapanganakan=birth_date@%m/%d/%Y | Kasarian=sex:sex_ph"
        " | Tirahan=address:address_ph | TIN=national_id:tin_ph",
        english=True,
    ),
    _shape(
        "jumin_kr",
        "beonho=row | seongmyeong=full_name:kr_full | jumin_deungnok_beonho=national_id:rrn"
        " | saengnyeonwolil=birth_date@%Y.%m.%d | juso=address:address_kr",
        english=True,
        delimiter="\t",
        encoding="utf-16",
    ),
    _shape(
        "juminhyo_jp",
        "bango=row | shimei=full_name:jp_full | seinengappi=birth_date@%Y/%m/%d"
        " | seibetsu=sex:sex_en | kojin_bango=national_id:my_number | jusho=address:address_jp",
        english=True,
    ),
    _shape(
        "lakossag_hu",
        "Sorszám=row | Vezetéknév=family_name:hu_family | Utónév=given_name:hu_given"
        " | Születési dátum=birth_date@%Y.%m.%d | Személyi azonosító=national_id:szemelyi"
        " | Lakcím=address:address_hu | Neme=sex:sex_hu",
        english=True,
        file="xlsx",
    ),
)

_PL_GIVEN = ("Anna", "Katarzyna", "Małgorzata", "Piotr", "Krzysztof", "Łukasz", "Zofia", "Jan")
_PL_FAMILY = ("Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zając")
_PL_STREETS = ("ul. Długa", "ul. Marszałkowska", "al. Jerozolimskie", "ul. Piękna", "pl. Bema")
_TR_GIVEN = ("Mehmet", "Ayşe", "Mustafa", "Fatma", "Emine", "Hüseyin", "Zeynep", "Çağrı")
_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın")
_TR_STREETS = ("Atatürk Cad.", "İstiklal Cad.", "Gül Sok.", "Cumhuriyet Mah. Lale Sok.")
_TR_TOWNS = ("Çankaya/Ankara", "Kadıköy/İstanbul", "Konak/İzmir", "Nilüfer/Bursa")
_SE_GIVEN = ("Erik", "Lars", "Karin", "Anna", "Björn", "Ingrid", "Åsa", "Johan")
_SE_FAMILY = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindström")
_SE_STREETS = ("Storgatan", "Drottninggatan", "Kungsvägen", "Skolgränd", "Ringvägen")
_SE_TOWNS = ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås")
_CZ_GIVEN = ("Jiří", "Petr", "Jana", "Tomáš", "Eva", "Lucie", "Martin", "Věra")
_CZ_FAMILY = ("Novák", "Svoboda", "Dvořák", "Černý", "Procházková", "Kučera", "Veselá")
_CZ_STREETS = ("Dlouhá", "Vinohradská", "Na Příkopě", "Husova", "Masarykova")
_RO_GIVEN = ("Andrei", "Elena", "Ioana", "Mihai", "Alexandru", "Maria", "Ștefan", "Cristina")
_RO_FAMILY = ("Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantinescu", "Țurcanu")
_PH_GIVEN = ("Jose", "Maria", "Juan", "Ana", "Mark", "Kristine", "John Paul", "Rosario")
_PH_FAMILY = ("Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz")
_PH_STREETS = ("Rizal St.", "Mabini St.", "Bonifacio Ave.", "Luna St.", "Aguinaldo Hwy.")
_PH_BARANGAYS = ("Brgy. San Isidro", "Brgy. Poblacion", "Brgy. Malanday", "Brgy. Bagong Silang")
_KR_FAMILY = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon")
_KR_GIVEN = ("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Eun-ji", "Hyun-woo")
_KR_PLACES = ("Seoul Gangnam-gu Teheran-ro", "Busan Haeundae-gu Haeundae-ro", "Incheon Namdong-gu")
_JP_FAMILY = ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura")
_JP_GIVEN = ("Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura")
_JP_PLACES = ("Tokyo-to Shinjuku-ku Nishi-Shinjuku", "Osaka-fu Osaka-shi Kita-ku Umeda")
_HU_GIVEN = ("László", "István", "Zsófia", "Katalin", "Gábor", "Erzsébet", "Péter", "Éva")
_HU_FAMILY = ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár")
_HU_STREETS = ("Váci utca", "Andrássy út", "Petőfi Sándor utca", "Kossuth Lajos tér")
_NOTES_PL = ("Brak uwag", "Wymeldowany, adres nieznany", "Dokumenty uzupełnione w marcu")
_NOTES_RO = ("Fără observații", "Mutat în alt județ", "Actele vor fi aduse săptămâna viitoare")


def _pick(p: Person, options: tuple[str, ...], salt: int = 0) -> str:
    return options[(int(p.bhxh) // (salt * 7 + 1)) % len(options)]


def _num(p: Person, mod: int = 120) -> int:
    """A house, block or flat number (each size of number drawn from other digits)."""
    return int(p.bhxh[-6:]) // (mod % 7 + 1) % mod + 1


def _pesel(p: Person) -> str:
    """PESEL: yymmdd (month + 20 from 2000), a serial whose last digit says the sex, a check."""
    b = p.birth
    month = b.month + (20 if b.year >= 2000 else 0)
    serial = f"{int(p.bhxh[:3]):03d}{(int(p.bhxh[3]) // 2) * 2 + (1 if p.male else 0)}"
    ten = f"{b:%y}{month:02d}{b:%d}{serial}"
    check = (10 - sum(int(d) * w for d, w in zip(ten, (1, 3, 7, 9) * 3, strict=False)) % 10) % 10
    return f"{ten}{check}"


def _tc_kimlik(p: Person) -> str:
    """T.C. Kimlik No: eleven digits, the tenth and eleventh computed from the others."""
    d = [int(p.bhxh[0]) % 9 + 1] + [int(ch) for ch in p.bhxh[1:9]]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _luhn(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def _personnummer(p: Person) -> str:
    """Swedish personnummer, ``YYYYMMDD-NNNC``: Luhn over the last ten digits."""
    serial = f"{int(p.bhxh[:2]):02d}{(int(p.bhxh[2]) // 2) * 2 + (1 if p.male else 0)}"
    nine = f"{p.birth:%y%m%d}{serial}"
    return f"{p.birth:%Y%m%d}-{serial}{_luhn(nine)}"


def _rodne_cislo(p: Person) -> str:
    """Czech rodné číslo, ``YYMMDD/XXXX``: women's month + 50, the whole divisible by 11."""
    b = p.birth
    month = b.month + (0 if p.male else 50)
    head = f"{b:%y}{month:02d}{b:%d}{int(p.bhxh[:3]):03d}"
    return f"{head[:6]}/{head[6:]}{int(head) % 11 % 10}"


def _cnp(p: Person) -> str:
    """Romanian CNP: sex/century, yymmdd, county, serial, and a check by weights 279146358279."""
    b = p.birth
    first = (1 if p.male else 2) if b.year < 2000 else (5 if p.male else 6)
    twelve = f"{first}{b:%y%m%d}{int(p.bhxh[:2]) % 46 + 1:02d}{int(p.bhxh[2:5]):03d}"
    total = sum(int(d) * int(w) for d, w in zip(twelve, "279146358279", strict=True))
    return f"{twelve}{1 if total % 11 == 10 else total % 11}"


def _rrn(p: Person) -> str:
    """Korean resident registration number, ``YYMMDD-SXXXXXX`` (S: sex and century)."""
    sex = (1 if p.male else 2) + (2 if p.birth.year >= 2000 else 0)
    return f"{p.birth:%y%m%d}-{sex}{p.bhxh[-6:]}"


def _my_number(p: Person) -> str:
    """Japanese My Number: eleven digits and a check digit (weights 6..2, 7..2, mod 11)."""
    eleven = f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh}"[:11]
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * w for d, w in zip(eleven, weights, strict=True)) % 11
    return f"{eleven}{0 if r <= 1 else 11 - r}"


def _szemelyi(p: Person) -> str:
    """Hungarian személyi azonosító, ``1 850312 1234``: sex, yymmdd, serial and check."""
    first = (1 if p.male else 2) if p.birth.year < 2000 else (3 if p.male else 4)
    ten = f"{first}{p.birth:%y%m%d}{int(p.bhxh[:3]):03d}"
    check = sum(int(d) * (i + 1) for i, d in enumerate(ten)) % 11 % 10
    return f"{ten[0]} {ten[1:7]} {ten[7:]}{check}"


WRITERS_LEXICON: dict[str, Callable[[Person, Col], object]] = {
    "pl_given": lambda p, c: _pick(p, _PL_GIVEN, 1),
    "pl_family": lambda p, c: _pick(p, _PL_FAMILY, 2),
    "pesel": lambda p, c: _pesel(p),
    "sex_pl": lambda p, c: "M" if p.male else "K",
    "street_pl": lambda p, c: f"{_pick(p, _PL_STREETS, 3)} {_num(p)}",
    "town_pl": lambda p, c: ("Warszawa", "Kraków", "Łódź", "Gdańsk")[int(p.bhxh) % 4],
    "note_pl": lambda p, c: "" if int(p.bhxh) % 3 == 0 else _pick(p, _NOTES_PL, 4),
    "tr_given": lambda p, c: _pick(p, _TR_GIVEN, 1),
    "tr_family": lambda p, c: _pick(p, _TR_FAMILY, 2),
    "tc_kimlik": lambda p, c: _tc_kimlik(p),
    "sex_tr": lambda p, c: "Erkek" if p.male else "Kadın",
    "address_tr": lambda p, c: (
        f"{_pick(p, _TR_STREETS, 3)} No: {_num(p)} D: {_num(p, 12)}, {_pick(p, _TR_TOWNS, 5)}"
    ),
    "se_given": lambda p, c: _pick(p, _SE_GIVEN, 1),
    "se_family": lambda p, c: _pick(p, _SE_FAMILY, 2),
    "personnummer": lambda p, c: _personnummer(p),
    "sex_se": lambda p, c: "M" if p.male else "K",
    "street_se": lambda p, c: f"{_pick(p, _SE_STREETS, 3)} {_num(p, 60)}",
    "postcode_se": lambda p, c: (
        f"{int(p.bhxh[-5:]) % 89 + 10}{int(p.bhxh[-3:]):03d}"[:3] + " " + p.bhxh[-2:]
    ),
    "town_se": lambda p, c: _pick(p, _SE_TOWNS, 5),
    "cz_given": lambda p, c: _pick(p, _CZ_GIVEN, 1),
    "cz_family": lambda p, c: _pick(p, _CZ_FAMILY, 2),
    "rodne_cislo": lambda p, c: _rodne_cislo(p),
    "sex_cz": lambda p, c: "M" if p.male else "Ž",
    "address_cz": lambda p, c: (
        f"{_pick(p, _CZ_STREETS, 3)} {_num(p)}/{_num(p, 20)}, 1{p.bhxh[-2:]} 00 Praha"
    ),
    "ro_full": lambda p, c: f"{_pick(p, _RO_FAMILY, 2)} {_pick(p, _RO_GIVEN, 1)}",
    "cnp": lambda p, c: _cnp(p),
    "address_ro": lambda p, c: (
        f"Str. {_pick(p, ('Mihai Eminescu', 'Florilor', 'Unirii', 'Libertății'), 3)}"
        f" nr. {_num(p)}, bl. {_num(p, 30)}, ap. {_num(p, 80)}, Sector {_num(p, 6)}, București"
    ),
    "note_ro": lambda p, c: "" if int(p.bhxh) % 3 == 0 else _pick(p, _NOTES_RO, 4),
    "ph_given": lambda p, c: _pick(p, _PH_GIVEN, 1),
    "ph_family": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "sex_ph": lambda p, c: "Lalaki" if p.male else "Babae",
    "address_ph": lambda p, c: (
        f"{_num(p, 400)} {_pick(p, _PH_STREETS, 3)}, {_pick(p, _PH_BARANGAYS, 4)}, Quezon City"
    ),
    "tin_ph": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:6]}-{p.bhxh[6:9]}-000",
    "kr_full": lambda p, c: f"{_pick(p, _KR_FAMILY, 2)} {_pick(p, _KR_GIVEN, 1)}",
    "rrn": lambda p, c: _rrn(p),
    "address_kr": lambda p, c: f"{_pick(p, _KR_PLACES, 3)} {_num(p, 300)}",
    "jp_full": lambda p, c: f"{_pick(p, _JP_FAMILY, 2)} {_pick(p, _JP_GIVEN, 1)}",
    "my_number": lambda p, c: _my_number(p),
    "address_jp": lambda p, c: f"{_pick(p, _JP_PLACES, 3)} {_num(p, 5)}-{_num(p, 20)}-{_num(p)}",
    "hu_given": lambda p, c: _pick(p, _HU_GIVEN, 1),
    "hu_family": lambda p, c: _pick(p, _HU_FAMILY, 2),
    "szemelyi": lambda p, c: _szemelyi(p),
    "address_hu": lambda p, c: f"1{p.bhxh[-3:]} Budapest, {_pick(p, _HU_STREETS, 3)} {_num(p)}.",
    "sex_hu": lambda p, c: "férfi" if p.male else "nő",
}

#: holdings of this part that are national ids, sexes and names (defects are planted in them).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pesel",
    "tc_kimlik",
    "personnummer",
    "rodne_cislo",
    "cnp",
    "tin_ph",
)
NATIONAL_HOLDS += ("rrn", "my_number", "szemelyi")
SEX_HOLDS = ("sex_pl", "sex_tr", "sex_se", "sex_cz", "sex_ph", "sex_hu")
NAME_HOLDS = frozenset(k for k in WRITERS_LEXICON if k.endswith(("_given", "_family", "_full")))
