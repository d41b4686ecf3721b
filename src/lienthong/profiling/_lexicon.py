"""The multilingual lexicon, shipped as data (``lexicon/headers.csv``, ``lexicon/values.csv``).

Each round of the outside corpus used to add the words its last blind part happened to use, and
the next blind part brought new ones. The lexicon instead lists, per role and per language (119
languages, in their own script or romanised), how forms ordinarily write a given name, a
family name, a full name, a date of birth, an address, a street, a city, a postcode, an identity
or tax or passport number, a phone, an e-mail, a sex and a remark, with their abbreviations; and
how street lines and addresses are written in values (street types, compound street endings,
unit words and suffixes). It was written from the language list, not from any corpus file (see
docs/profiling.md).

Vietnamese guard: an unaccented Vietnamese word is often a foreign term too (``rut``, Chile's
RUT, is ``rút``, "withdraw"; ``tin``, the Philippines' TIN, is ``tin``, "news"). A header term
that folds to a Vietnamese syllable, or has one or two letters, counts only as the whole header
(``RUT``, ``TIN No.``), never inside one (``Số tiền rút``, ``Thông tin``); value words that fold
to a Vietnamese syllable or a single letter are dropped (``Đỗ``, ``Tô`` are family names).
A term that is an ordinary word of a major language (``fin``, French "end") is guarded so too.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lienthong.errors import ConfigError
from lienthong.profiling._roles import ROLES
from lienthong.profiling._text import indic_number, latin, scripts, tokens

#: Header roles the lexicon may name: the profile's roles, ``note`` (free-text remarks, never
#: an address), ``relative`` (another person or party than the record's own: a parent, an
#: employer, a landlord, an officer) and ``fund`` (a social-security, pension or health fund's
#: member number: ``NSSF``, ``CNPS``, ``SSNIT``, an identifier but never the national id) and
#: ``elsewhere`` (a company, a hospital, a plot of land, the place of birth: where the record's
#: person does not live, so an address under it is none of theirs) and ``tax`` (a taxpayer's
#: number: ``TIN``, ``NIF``, ``ΑΦΜ``; a person's only number may be one, but beside the
#: country's own personal number it is the tax office's).
HEADER_ROLES = ROLES | {"note", "relative", "fund", "elsewhere", "tax"}
#: Kinds of value words: a street type (``via``, ``calle``, ``ul``), the ending of a compound
#: street name (``Kerkstraat``, ``Storgatan``), a unit word that makes an address more than a
#: street line (``Brgy.``, ``kecamatan``) and a unit suffix after a hyphen (``Gangnam-gu``).
#: And a word for a person's sex (``male``, ``kobieta``, ``男``, ``K``: single letters kept), and
#: a word for a floor, a door or a flat inside a building (``st.``, ``baixos``, ``Whg.``,
#: ``кв.``): after a street line's comma it leaves the line a street line.
VALUE_KINDS = frozenset({"street_word", "street_suffix", "unit_word", "unit_suffix", "sex_word"})
VALUE_KINDS |= {"door_word"}
#: And a city's neighbourhood or a building (``Zona``, ``Barrio``, ``Cité``, ``HLM``, ``Edf.``):
#: named with the street and the house (``Zona Sud, Calle 3 N° 123``, ``Rua de Pequim n.º 88,
#: Edf. Kam Loi, 12 andar B``), it is part of the street line.
VALUE_KINDS |= {"quarter_word"}
#: Words a header may add around a whole-header term: ``TIN No.``, ``Số RUT``.
LABEL_WORDS = frozenset({"no", "nr", "number", "num", "so", "ma", "ndeg"})
#: Common unaccented Vietnamese words that are not names nor places but look like foreign terms.
_COMMON_VIETNAMESE = frozenset(
    {
     "tin", "rut", "tien", "so", "ma", "ten", "ho", "nam", "nu", "ban", "con", "me", "cha",
     "ong", "ba", "sinh", "ngay", "thu", "nhan", "ca", "lo", "de", "tu", "gia", "phu", "an",
     "to", "do", "lu", "ro", "dong", "nem", "mai", "bo", "di", "la", "ra", "vao", "ve", "khi",
     "hay", "the", "nha", "pho", "duong", "ngo", "hem", "kiet", "tinh", "huyen", "quan", "xa",
     "ap", "thon", "dia", "chi", "ghi", "chu", "mo", "ta", "tai", "khoan", "ky", "hieu", "loai",
     "mat", "em", "anh", "tre", "hoc", "lam", "cu", "moi", "dan", "te", "cap", "cho",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Lexicon:
    """The lexicon, folded: header phrases per role, and value words per kind."""

    #: role -> the folded phrases (tuples of words) that suggest it
    headers: Mapping[str, tuple[tuple[str, ...], ...]]
    #: phrases counted only as the whole header (the Vietnamese guard, one- or two-letter terms)
    whole_only: frozenset[tuple[str, ...]]
    #: short words only a term in another script than Latin folds to (Tamil ``வீதி``, street,
    #: is ``viti``): read in a header in that script, never as a word of a Latin one (Albanian
    #: ``Viti i prodhimit`` is the year a car was made); a longer fold (Khmer ``namkhluon``)
    #: is a romanised header's too (``Nam Khluon``)
    script_only: frozenset[tuple[str, ...]]
    #: ... and, per role, the scripts whose terms of that role fold to each: read for that role
    #: in a header in one of them alone (Persian ``نام``, the given name, folds to ``nm``, as
    #: Bengali ``নং``, No., does)
    script_only_in: Mapping[tuple[str, tuple[str, ...]], frozenset[str]]
    #: short words only a language written in Latin letters alone has (Haitian ``lari``,
    #: street): never read in a header in a script of its own, whose romanisation may spell
    #: one by chance (Georgian ``ლარი``, the lari, is ``lari``); a language the lexicon also
    #: writes in its own script (Russian ``inn`` beside ``ИНН``) keeps its romanised terms
    latin_only: frozenset[tuple[str, ...]]
    street_words: frozenset[str]
    street_suffixes: tuple[str, ...]
    unit_words: frozenset[str]
    unit_suffixes: frozenset[str]
    sex_words: frozenset[str]
    door_words: frozenset[str]
    quarter_words: frozenset[str]
    #: the header terms written in another script than Latin, as written (NFC): a header in a
    #: script without spaces may begin with one (Thai ``ที่อยู่ปัจจุบัน``, address, current)
    script_terms: frozenset[str]


def _rows(name: str, first: str) -> list[tuple[str, str, str]]:
    """The rows of a lexicon file, checked: three fields, a known first field."""
    text = resources.files("lienthong.profiling").joinpath("lexicon", name).read_text("utf-8")
    rows = list(csv.reader(text.splitlines()))
    known = HEADER_ROLES if first == "role" else VALUE_KINDS
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != 3 or row[0] not in known or not tokens(row[2]):
            raise ConfigError(f"lexicon/{name} line {number}: expected {first},language,term")
        out.append((row[0], row[1], row[2]))
    return out


@lru_cache(maxsize=1)
def vietnamese_words() -> frozenset[str]:
    """Unaccented Vietnamese syllables: of family, middle and given names, of the city's wards
    and of common words. A foreign term that folds to one is ambiguous."""
    from lienthong.geo import current_wards
    from lienthong.names import (
        FAMILY_NAME_SHARES,
        GIVEN_NAMES_FEMALE,
        GIVEN_NAMES_MALE,
        MIDDLE_NAMES_FEMALE,
        MIDDLE_NAMES_MALE,
        OTHER_FAMILY_NAMES,
    )

    texts = [n for n, _ in (*FAMILY_NAME_SHARES, *MIDDLE_NAMES_MALE, *MIDDLE_NAMES_FEMALE)]
    texts += [*GIVEN_NAMES_MALE, *GIVEN_NAMES_FEMALE, *OTHER_FAMILY_NAMES]
    texts += [w.name for w in current_wards()]
    return frozenset(word for text in texts for word in tokens(text)) | _COMMON_VIETNAMESE


#: Foreign header terms that are also an ordinary word of a major language: Azerbaijan's
#: ``FİN`` is French and Spanish ``fin`` (the end: ``Date de fin``), Canada's ``SIN`` is
#: Spanish ``sin`` (without); Chile's ``RUN`` is English "run", Italy's ``CIE`` French ``Cie``
#: (a company), Macau's ``BIR`` Turkish ``bir`` (one). Like a Vietnamese syllable, they count
#: only as the whole header.
_COMMON_WORDS = frozenset({"fin", "sin", "run", "cie", "bir"})
#: ... and Nigeria's ``NIN`` is Bikol ``nin`` (of: ``Petsa nin Pag-abot``, the day of arrival).
_COMMON_WORDS |= {"nin"}
#: ... and a US export's ``LAST`` and ``FIRST`` (the names) are any header's last and first
_COMMON_WORDS |= {"last", "first"}


#: Letters of a fold short enough to be a Latin word by chance (``viti``, ``adras``).
_SHORT_FOLD = 6


def _ambiguous(word: str) -> bool:
    return len(word) <= 2 or word in vietnamese_words() or word in _COMMON_WORDS


def _short(phrase: tuple[str, ...]) -> bool:
    """Whether a phrase is one short word, which another language's romanisation may spell."""
    return len(phrase) == 1 and len(phrase[0]) <= _SHORT_FOLD


def _latin_only(
    by_language: Mapping[str, set[tuple[str, ...]]], written_otherwise: set[str]
) -> frozenset[tuple[str, ...]]:
    """:attr:`Lexicon.latin_only`: the short one-word phrases of the languages written in Latin
    letters alone that no language written otherwise has, romanised or in its script."""
    elsewhere = set().union(*(by_language[language] for language in written_otherwise))
    return frozenset(
        phrase
        for language, phrases in by_language.items()
        if language not in written_otherwise
        for phrase in phrases
        if _short(phrase) and phrase not in elsewhere
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once (a malformed file is a :class:`ConfigError`)."""
    headers: dict[str, list[tuple[str, ...]]] = {}
    whole: set[tuple[str, ...]] = set()
    in_latin: set[tuple[str, ...]] = set()
    in_script: set[tuple[str, ...]] = set()
    script_terms: set[str] = set()
    written_in: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    by_language: dict[str, set[tuple[str, ...]]] = {}
    written_otherwise: set[str] = set()
    for role, language, term in _rows("headers.csv", "role"):
        phrase = tuple(tokens(indic_number(term)))
        by_language.setdefault(language, set()).add(phrase)
        if latin(term):
            in_latin.add(phrase)
        else:
            in_script.add(phrase)
            script_terms.add(unicodedata.normalize("NFC", term))
            written_in.setdefault((role, phrase), set()).update(scripts(term))
            written_otherwise.add(language)
        if phrase not in headers.setdefault(role, []):
            headers[role].append(phrase)
        # a Vietnamese term (``cha``, ``mẹ``) is meant as the Vietnamese word it folds to
        if len(phrase) == 1 and _ambiguous(phrase[0]) and language != "vi":
            whole.add(phrase)
    words: dict[str, set[str]] = {kind: set() for kind in VALUE_KINDS}
    for kind, _language, word in _rows("values.csv", "kind"):
        folded = "".join(tokens(word))
        keep = len(folded) > 1 and folded not in vietnamese_words()
        # a suffix is only read after a hyphen (Gangnam-gu); a sex word only under a sex name
        if keep or kind in ("unit_suffix", "sex_word"):
            words[kind].add(folded)
    return Lexicon(
        {role: tuple(phrases) for role, phrases in headers.items()},
        frozenset(whole),
        frozenset(script_only := {p for p in in_script - in_latin if _short(p)}),
        {key: frozenset(found) for key, found in written_in.items() if key[1] in script_only},
        _latin_only(by_language, written_otherwise),
        frozenset(words["street_word"]),
        tuple(sorted(words["street_suffix"])),
        frozenset(words["unit_word"]),
        frozenset(words["unit_suffix"]),
        frozenset(words["sex_word"]),
        frozenset(words["door_word"]),
        frozenset(words["quarter_word"]),
        frozenset(script_terms),
    )
