"""Addresses, street lines and administrative units in values of any country: the address
detectors of :mod:`._values`, with the words they read (the multilingual lexicon's street types,
units, floors and doors).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lienthong.profiling._foreign import (
    CROSS_STREET,
    is_any_street,
    is_cjk_address,
    names_glued_units,
)
from lienthong.profiling._header_words import vietnamese
from lienthong.profiling._lexicon import lexicon
from lienthong.profiling._text import fold, tokens, written_otherwise
from lienthong.profiling._vn_names import FAMILY_NAMES

HOUSE_NUMBER = re.compile(r"[0-9]{1,5}[A-Za-z]?(/[0-9]{1,4})?")
_ADMIN_PREFIX = {
    "ward": ("phuong", "xa", "thi tran", "p.", "p "),
    "district": ("quan", "huyen", "thi xa", "q.", "q "),
    "province": ("tinh", "thanh pho", "tp.", "tp "),
}
_ANY_UNIT_PREFIX = tuple(prefix for prefixes in _ADMIN_PREFIX.values() for prefix in prefixes)
STREET_WORDS_EN_VN = frozenset(
    {"duong", "pho", "ngo", "hem", "kiet", "street", "st", "road", "rd", "avenue", "ave"}
    | {"place", "pl", "crescent", "cres", "drive", "dr", "lane", "ln", "circuit", "court"}
    | {"close", "parade", "terrace", "way", "grove", "highway", "hwy", "boulevard", "square"}
    | {"esplanade", "loop", "row", "walk", "track", "mews", "rise", "vista", "parkway", "gardens"}
)
#: Street types of the multilingual lexicon (``lexicon/values.csv``): ``Via Roma``, ``Calle
#: Mayor``, ``ul. Długa``, ``Av. Providencia``, ``Váci utca``, ``Atatürk Cad.``…
_STREET_WORDS = STREET_WORDS_EN_VN | lexicon().street_words
#: Streets written as one compound word: German ``Hauptstraße`` (folded ``hauptstrasse``),
#: ``Hauptstr.``, ``Gartenweg``, Dutch ``Kerkstraat``, ``Julianalaan``, Swedish ``Storgatan``,
#: Danish ``Nørrevej``, Finnish ``Mannerheimintie``… (the lexicon's compound endings).
_STREET_SUFFIXES = lexicon().street_suffixes


#: Street abbreviations that are also a person's title: street words only beside a number.
#: ... and Hungarian ``út`` (a road), a Vietnamese given name (``Nguyễn Văn Út``) too.
_TITLES = frozenset({"dr", "st", "ut"})


def _street_word(word: str, *, numbered: bool = True) -> bool:
    if word in _TITLES:
        return numbered
    return word in _STREET_WORDS or (len(word) > 4 and word.endswith(_STREET_SUFFIXES))


#: Words that make an address more than a street line: Vietnamese units, and the lexicon's
#: (``Brgy.``, ``kecamatan``, ``Sector``, ``kerület``); and a unit suffix after a hyphen
#: (Korean ``Gangnam-gu``, Japanese ``Shinjuku-ku``, ``Tokyo-to``).
_UNIT_WORDS = frozenset({"phuong", "quan", "huyen", "xa", "tinh", "tp", "ap", "thon"})
_UNIT_WORDS |= lexicon().unit_words - _STREET_WORDS
_UNIT_SUFFIX = re.compile(
    r"[a-z]-(?:" + "|".join(sorted(lexicon().unit_suffixes, key=len, reverse=True)) + r")\b"
)
#: What may follow a street line's comma and leave it a street line: the house number
#: (``Via Roma, 12``, ``Calle Mayor, 10 bis``, ``Hauptstraße, Nr. 5``).
_HOUSE_AFTER_COMMA = re.compile(
    r"\s*(?:(?:nr|no|n|num|numero|civico)[.°º]?\s*)?[0-9]{1,5}\s*[a-z]?(?:\s*bis)?"
    r"(?:[/-][0-9a-z]{1,4})?\.?\s*",
    re.IGNORECASE,
)
ADDRESS_WORDS = _STREET_WORDS | _UNIT_WORDS
#: Floors, doors and flats (``st.``, ``1. tv.``, ``baixos``, ``2n 2a``, ``Whg. 3``): what a street
#: line may name after its house number and still be a street line.
_DOOR_WORDS = lexicon().door_words
#: A city's neighbourhoods and buildings (``Zona``, ``Barrio``, ``Cité``, ``HLM``, ``Edf.``): a
#: part that opens with one is named with the street and the house, part of the street line.
_QUARTER_WORDS = lexicon().quarter_words
#: Tokens a door part may hold: door words, single letters (``bât. B``) and short tokens with a
#: digit (``2n``, ``3b``).
_DOOR_PART_TOKENS = 3


#: Between the parts of an address: a comma, a dash with spaces around it (``AV. EL SOL
#: 114 - CUSCO``, ``Calle Mayor 5 - 28013 Madrid``), or a slash and a space after a word or a
#: number (``بغداد/ مدينة الصدر/ م 877``; Spanish ``C/ Mayor`` is a street word, ``12/3`` a
#: house number).
_ADDRESS_SEPARATOR = re.compile(r",|\s+[-–—]\s+|(?<=\w\w)/\s")
#: A house's name in quotes, written before its number and street.
_HOUSE_NAME = re.compile(r"\s*['\"‘“«][^'\"‘’“”«»,]+['\"’”»]\s*")
#: A house number's marker (``N° 119``, ``No. 5``, ``Nr. 4``): no word of the street's name.
_NUMBER_MARKERS = frozenset({"n", "no", "nr", "num", "numero"})


#: A unit's number after ``#`` (Singapore's ``#20-352``, a floor and a flat): never a word.
_UNIT_NUMBER = re.compile(r"#\s?[0-9]{1,3}(?:-[0-9]{1,5})?[A-Za-z]?")


def _address_parts(text: str) -> list[str]:
    """The parts of an address; a house number written first and alone (``1005, boul.
    Saint-Joseph, app. 7``, ``12, rue de la Paix``) is one part with its street."""
    parts = _ADDRESS_SEPARATOR.split(text)
    if len(parts) > 2 and _HOUSE_NAME.fullmatch(parts[0]) is not None:
        parts = parts[1:]  # the house's name first (Malta's ``'Sunrise', 30, Triq il-Kbira``)
    if len(parts) > 1 and _HOUSE_AFTER_COMMA.fullmatch(parts[0]) is not None:
        return [f"{parts[0]} {parts[1]}", *parts[2:]]
    return parts


#: The number sign of Portuguese and Spanish (``Casa n.º 23``, ``Piso N° 3``): no word of its own.
_NUMBER_SIGN = re.compile(r"\bn\.?\s?[º°]", re.IGNORECASE)


def _house_or_door(part: str) -> bool:
    """Whether a street line's part after a comma is its house number or the floor, door or
    flat (``Via Roma, 12``, ``Østerbrogade 9, st.``, ``Av. de Catalunya, 10, baixos``)."""
    if _HOUSE_AFTER_COMMA.fullmatch(part) is not None or _a_numbered_thing(part):
        return True
    words = tokens(_NUMBER_SIGN.sub(" ", part))
    return 0 < len(words) <= _DOOR_PART_TOKENS and all(
        word in _DOOR_WORDS or len(word) == 1 or (len(word) <= 4 and any(c.isdigit() for c in word))
        for word in words
    )


#: A word and a number alone (``ghế 04``, ``Phường 5``).
_WORD_AND_NUMBER = re.compile(r"\s*([^\W\d_]+)\.?\s*[0-9]{1,4}[^\W\d_]?\s*")


def _a_numbered_thing(part: str) -> bool:
    """Whether a part of a Vietnamese value after a comma or a dash is a numbered thing that is
    no place: a word that names no unit, quarter or street, and a number (``Xe 1 - ghế 04``, a
    coach and a seat); ``Phường 5``, ``Tổ 7`` are places. Vietnamese units are known words;
    another language's may not be (Mozambique's ``Quarteirão 12``)."""
    found = _WORD_AND_NUMBER.fullmatch(part)
    if found is None or not vietnamese(part):
        return False
    word = fold(found[1])
    return (
        word not in ADDRESS_WORDS
        and word not in _QUARTER_WORDS
        and not _street_word(word, numbered=False)
        and _QUARTER_PART.match(fold(part)) is None
    )


def is_full_address(text: str) -> bool:
    """An address with more than a street line: a place after a comma, or a ward, district or
    province word (``12 Lê Lợi, Phường Bến Thành``, ``Gangnam-gu``); ``17 High Street`` is a
    street line, and so is ``Via Roma, 12``: only its house number follows the comma. Chinese,
    Japanese and Korean addresses name their units as characters (``北京市朝阳区建国路88号``)."""
    if is_cjk_address(text) or names_glued_units(text):
        return True
    if not is_address(text):
        return False
    line, *after_commas = _without_quarters(_address_parts(text))
    if any(not _house_or_door(part) for part in after_commas):
        return True
    # the house and door parts name no unit: Russian ``кв.`` after a comma is the flat, the
    # Bulgarian quarter ``кв. Лозенец`` is a part of its own
    return (
        any(w in _UNIT_WORDS for w in tokens(line)) or _UNIT_SUFFIX.search(fold(line)) is not None
    )


def _without_quarters(parts: list[str]) -> list[str]:
    """The address's parts less its neighbourhoods when the rest is a street line (``Zona Sud,
    Calle 3 N° 123``, ``Lotissement El Feth, N° 112``); a neighbourhood and a city (``Barrio
    Caracolas, Malabo``, ``Quartier Akébé-Ville, BP 1489 Libreville``) is a whole address."""
    kept = [part for part in parts if not _a_quarter(part)]
    if kept and len(kept) < len(parts):
        first = tokens(kept[0])
        if any(_street_word(w) for w in first) or all(_house_or_door(p) for p in kept):
            return kept
    return parts


def _a_quarter(part: str) -> bool:
    """Whether an address's part names a neighbourhood (``Zona Sud``, ``Cité Daksi``), as a
    street line may (``Zona Sud, Calle 3 N° 123``, ``HLM Grand Yoff, Villa 214``)."""
    words = tokens(part)
    return len(words) >= 2 and words[0] in _QUARTER_WORDS


def is_address(text: str) -> bool:
    """Several words separated by spaces, with a house number or an address word; or a
    Chinese, Japanese or Korean address (:func:`is_full_address`)."""
    if is_cjk_address(text) or names_glued_units(text):
        return True
    words = tokens(text)
    letters = [w for w in words if not w.isdigit()]
    if len(words) < 3 or len(letters) < 2 or " " not in text.strip() or _one_unit(text, words):
        return False
    if holds_a_day(text):
        return False  # "Приказ № 10-ОД от 22.01.2025": an order of that day, no place
    parts = _PARTS.split(fold(text))
    if all(_QUARTER_PART.match(part) or _a_vietnamese_name(part) for part in parts):
        # "Tổ 11, KP 8": the quarters of some ward, not where in it; "Tổ 1 - Phạm Văn Khoa": a
        # group named by its leader
        return False
    if _SHORT_NUMBER.search(text) is not None:
        return True
    if words[-1] in _UNIT_WORDS:
        # a unit word last names no unit (``Đ/c Hoàng Văn An - Phó CA phường``: the ward's
        # deputy police chief), only one with its name after it does
        words = words[:-1]
    if other := written_otherwise(text, words):
        words = [word for word in words if word not in other]  # ``Phó`` (a deputy): no ``phố``
    return any(
        (w in ADDRESS_WORDS and w not in _TITLES) or _street_word(w, numbered=False) for w in words
    )


#: A number a house can have (five digits at most): a phone number's ten digits beside a name
#: (``Nguyễn Văn An - 0903123456``) make no address.
_SHORT_NUMBER = re.compile(r"(?<![0-9])[0-9]{1,5}(?![0-9])")


def _one_unit(text: str, words: list[str]) -> bool:
    """Whether the value (its ``words``) names one administrative unit and nothing else
    (``Phường Gò Vấp``, ``Xã Bắc Tân Uyên``): a ward (district, province) column's value, not an
    address."""
    return (
        "," not in text
        and not any(ch.isdigit() for ch in text)
        and fold(text).startswith(_ANY_UNIT_PREFIX)
        and sum(word in _UNIT_WORDS for word in words) <= 1
    )


#: The quarters a ward is divided into (``Khu phố 5``, ``Tổ dân phố 12``), named with the
#: street word ``phố``.
_QUARTERS = ("khu pho", "to dan pho")
#: ``BV`` in capitals, no dot, opening a value: a Vietnamese hospital (``BV Bạch Mai``).
_HOSPITAL = re.compile(r"\s*BV\s")
#: A part of a value naming only a quarter or a hamlet and its number or name (``Tổ 11``, ``KP
#: 8``, ``Ấp Phú Hòa``, ``Thôn 3``): below any ward, so values made only of such parts name
#: where in a ward without naming the ward, the street or the house: no address.
_QUARTER_PART = re.compile(
    r"\s*(?:to dan pho|khu pho|kp|to|ap|thon|xom|khom|ban)(?: [a-z0-9]+){1,3}\s*$"
)


#: The parts of a Vietnamese value: after a comma, or a spaced dash (``Tổ TQ số 3 - Xóm Pác Bó``).
_PARTS = re.compile(r",|\s[-–]\s")
#: A day written in digits (``22.01.2025``): an order's, a decision's, never in a street line;
#: with dashes only with its four-digit year (Japan's ``Umeda 3-17-99`` is a block and a house).
_DAY = re.compile(
    r"(?<![0-9])[0-9]{1,2}([./])[0-9]{1,2}\1(?:[0-9]{4}|[0-9]{2})(?![0-9])"
    r"|(?<![0-9])[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}(?![0-9])"
)


def holds_a_day(text: str) -> bool:
    """Whether a value holds a day written in digits apart from the rest (``001050828805 -
    08/08/2024``), not a run of numbers an id is written in (Haiti's ``06-01-03-1952-08-20547``)."""
    return _DAY_APART.search(text) is not None


#: ... a day standing apart, between spaces or at an end.
_DAY_APART = re.compile(rf"(?:^|\s)(?:{_DAY.pattern})(?:\s|$)")


def _a_vietnamese_name(part: str) -> bool:
    """Whether a folded part of a value is a Vietnamese person's name (``pham van khoa``)."""
    words = part.split()
    return 2 <= len(words) <= 4 and words[0] in FAMILY_NAMES and all(w.isalpha() for w in words)


def is_street(text: str) -> bool:
    """A street line: one to six words, a street word among them; numbers, and the floor and
    door after its commas, are not counted (``Pl. de la Vila, 9, 2n 2a``, ``Av. 10 de Agosto
    N24-12``). ``Dr`` and ``St`` are a doctor and a saint too: street words only beside a
    number (``Dr A. McIntyre`` is a person)."""
    if fold(text).startswith(_QUARTERS):
        return False  # "Khu phố 5": a ward's quarter, whose "phố" is no street
    if _HOSPITAL.match(text):
        return False  # "BV Chợ Rẫy": a Vietnamese hospital (bệnh viện), no boulevard ("Bv.")
    if holds_a_day(text):
        return False  # "Приказ № 10-ОД от 22.01.2025": an order of that day

    parts = _address_parts(CROSS_STREET.sub("", _UNIT_NUMBER.sub(" ", text)))
    words = _line_words(parts)
    named = [w for w in words if not any(ch.isdigit() for ch in w) and w not in _NUMBER_MARKERS]
    numbered = len(named) < len(words)
    calle = _CALLE.match(text) is not None and any(ch.isdigit() for ch in text)
    typed = calle or any(_street_word(w, numbered=numbered) for w in words)
    quartered = any(w in _QUARTER_WORDS for w in words)
    # a numbered house in a neighbourhood is a street line (``Cité Daksi, Bloc 7``)
    typed = typed or (quartered and any(ch.isdigit() for ch in text))
    # the words of a building or neighbourhood named beside the street are not counted
    # (``Estrada do Repouso n.º 30, Edf. Fu Hong, 8 andar D``); a line naming none is read once
    if quartered:
        named = [w for w in _line_words(_without_quarters(parts)) if w in named] or named
    return 1 <= len(named) <= 6 and typed


def street_line_share(values: Sequence[str]) -> float:
    """The share of ``values`` that are street lines, with a street word (``Av. 8 de Octubre
    3245 apto 2``) or of words and a house number alone (``Carlos María Ramírez 1450``): under
    a street or an address header a column mixing both is one of street lines, though neither
    detector alone accepts most of it."""
    filled = [value for value in values if value.strip()]
    if not filled:
        return 0.0
    return sum(is_street(v) or is_any_street(v) for v in filled) / len(filled)


def _line_words(parts: list[str]) -> list[str]:
    """The words of a street line's parts, its house number and door parts after the first
    left out."""
    first, *rest = parts
    return tokens(",".join([first, *(part for part in rest if not _house_or_door(part))]))


#: Spanish and Catalan streets written ``C/ El Conde #105``, ``C. de Sant Pere, 16``: the
#: single letter of *calle*, *carrer* (single letters are no street words elsewhere), before a
#: word and with a house number (``C. B. Jones`` is a person).
_CALLE = re.compile(r"\s*C(?:/\s*|\.\s+)[^\W\d_]")


def admin(kind: str) -> Callable[[str], bool]:
    """A value naming a Vietnamese unit of ``kind`` (``Phường 5``, ``P. Bến Nghé``); a post
    box's ``P.O.`` is no ``P.`` of a ward."""
    prefixes = _ADMIN_PREFIX[kind]
    return lambda text: fold(text).startswith(prefixes) and not is_post_box(text)


#: role -> detector of one value. Order matters little: the best share wins (see _infer).


#: Commas of any script between the places of an address (``،`` Arabic, ``、`` CJK).
_PLACE_COMMA = re.compile(r"\s*[,،、]\s*")
#: A place: one to five words of any script, a number among them (``T/A Kalumba``, ``H.
#: Sosunge``, ``Lot 12 Vaitele``).
_PLACE = re.compile(r"[^\W_]+(?:[./'’\-][^\W_]*)*(?:\s+[^\W_]+(?:[./'’\-][^\W_]*)*){0,4}")


def is_place_list(text: str) -> bool:
    """Places named from the smallest to the largest, a house number or none (``Mtsiliza
    Village, T/A Kalumba, Lilongwe``, ``Beach Side, Hithadhoo``, ``بنغازي، الفويهات``): how
    villages and islands are addressed; an address only under an address or a unit header
    (see _infer), and with a letter in it."""
    parts = [part for part in _PLACE_COMMA.split(text.strip()) if part]
    return (
        2 <= len(parts) <= 6
        and len(text) <= 120
        and any(ch.isalpha() for ch in text)
        and all(_PLACE.fullmatch(p) for p in parts)
    )


#: A post-office box (``P.O. Box 7303, Gulu``, ``G.P.O. Box 9646, Suva``, ``01 BP 1234 Abidjan
#: 01``, ``Casilla 45``, ``Postfach 12``, Angolan ``C.P. 3258, Luanda``).
_POST_BOX = re.compile(
    r"^\s*(?:[0-9]{1,2}\s+)?"
    r"(?:(?:g\.?\s*)?p\.?\s*o\.?\s*box|box|b\.?\s*p\.?|casilla|apartado(?: postal)?|postfach"
    r"|caixa postal|c\.\s*p\.)\s*(?:no\.?\s*)?\d",
    re.IGNORECASE,
)


def is_post_box(text: str) -> bool:
    """Whether the value is a post-office box, where mail goes rather than where one lives."""
    return bool(_POST_BOX.match(text))
