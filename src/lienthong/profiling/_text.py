"""Folding text for comparison: no accents, ``đ`` as ``d``, lower case, NFC or NFD alike; text
in another script romanised (``Дата рождения`` -> ``data rozhdeniya``) so one lexicon of Latin
words reads headers in any script."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_SPLIT = re.compile(r"[^a-z0-9]+")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")
#: Letters with no decomposition, written as the letters they fold to (Vietnamese ``đ``,
#: German ``ß``, Polish ``ł``, Turkish dotless ``ı``, Nordic ``ø``/``æ``, Icelandic ``þ``/``ð``),
#: so ``Płeć``, ``Adı`` and ``Fødselsdato`` fold to whole words.
_UNDECOMPOSED = str.maketrans(
    {"đ": "d", "Đ": "D", "ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "ı": "i", "ø": "o"}
    | {"Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d"}
    | {"Ð": "D", "ħ": "h", "ŧ": "t"}
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``"Nguyễn Văn Đức"`` and its NFD twin both become ``"nguyen van duc"``; German ``ß``
    (no decomposition) becomes ``ss``, so ``Hauptstraße`` is one word, ``hauptstrasse``; the
    other letters with no decomposition likewise (``Płeć`` -> ``plec``).

    Cached: the role detectors fold the same sampled value several times each."""
    if text.isascii():  # nothing to decompose: most identifiers, dates, e-mails
        return text.lower().strip()
    plain = text.translate(_UNDECOMPOSED)
    decomposed = unicodedata.normalize("NFD", plain)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().strip()


def tokens(text: str) -> list[str]:
    """The folded words of ``text``; words in a non-Latin script romanised (:func:`romanise`)."""
    folded = fold(text)
    if not folded.isascii():
        folded = fold(romanise(text))
    return [token for token in _SPLIT.split(folded) if token]


@lru_cache(maxsize=8192)
def romanise(text: str) -> str:
    """Latin letters of ``text`` for every letter outside the Latin script (``ΑΜΚΑ`` ->
    ``AMKA``, ``Фамилия`` -> ``Familiya``, ``الجنس`` -> ``ljns``), by the AnyAscii tables;
    Latin letters are left for :func:`fold`, which keeps its own spellings (``ß`` -> ``ss``).
    A romanisation is only a key for comparing: a lexicon term written in its own script is
    romanised the same way, so both meet whatever the tables make of vowels. Scripts written
    without spaces (Chinese, Japanese, Korean, Thai) stay one word a run: ``주민등록번호`` is
    ``jumindeunglogbeonho``, matched whole, never a syllable that happens to spell a Vietnamese
    word (``ho``, ``xa``)."""
    out = []
    for ch in text:
        if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"):
            out.append(ch)
        elif ch.isalpha():  # a letter's marks (Georgian p', Russian soft sign ') are no break
            out.append(_NOT_ALNUM.sub("", anyascii(ch)))
        else:
            out.append(anyascii(ch))
    return "".join(out)


def latin(text: str) -> bool:
    """Whether every letter of ``text`` is Latin (a Vietnamese header can only be; a lexicon
    term in another script is read in headers in that script)."""
    return all(
        ch.isascii() or not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")
        for ch in text
    )


#: Scripts languages the lexicon also writes in Latin letters share (Turkmen ``ady`` is Tuvan
#: ``ады``, French ``nom`` Tajik ``ном``; Malay, Swahili and Turkish words come from Arabic).
_SHARED_SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC")


def written_apart(text: str) -> bool:
    """Whether ``text`` has letters and all of them are of a script no language written in
    Latin letters shares (Georgian, Greek, Hebrew, Thai, Han…): its romanisation spells a
    Latin language's word only by chance (``ლარი``, the lari, is Haitian ``lari``, street)."""
    letters = [ch for ch in text if ch.isalpha() and ch not in "ºª"]  # ``N.º``: a sign
    return bool(letters) and not any(
        unicodedata.name(ch, "").startswith(_SHARED_SCRIPTS) for ch in letters
    )


#: "No." in the scripts of India and Bangladesh (Bengali ``নং``, Hindi ``नं.``, Punjabi ``ਨੰ.``,
#: Gujarati ``નં.``, Malayalam ``നം``), which romanise to ``nm``, a database's "name".
_INDIC_NUMBER = re.compile(r"(?<!\w)(?:নং|नं|ਨੰ|નં|നം|ନଂ)\.?(?!\w)")


def indic_number(text: str) -> str:
    """``text`` with "No." of the scripts of India and Bangladesh written ``number``."""
    return _INDIC_NUMBER.sub(" number", text) if not text.isascii() else text


#: Scripts whose languages share words (Sanskrit's ``आधार`` is Bengali ``আধার``; Arabic ``اسم``,
#: Hebrew ``שם`` and Amharic ``ስም`` all say "name"), read as one family.
_FAMILIES = dict.fromkeys(
    ("DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA"),
    "BRAHMIC",
)
_FAMILIES |= {"MALAYALAM": "BRAHMIC", "SINHALA": "BRAHMIC"}
_FAMILIES |= dict.fromkeys(("ARABIC", "HEBREW", "SYRIAC", "ETHIOPIC"), "SEMITIC")
_FAMILIES |= dict.fromkeys(("CJK", "HIRAGANA", "KATAKANA"), "HAN")


def scripts(text: str) -> frozenset[str]:
    """The script families ``text``'s letters are written in, by the first word of their
    Unicode names (``BRAHMIC`` for Bengali and Devanagari, ``SEMITIC``, ``HAN``, ``LATIN``)."""
    found = {unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()}
    return frozenset(_FAMILIES.get(script, script) for script in found)


def nfc(text: str) -> str:
    """Composed form: files from macOS or some Windows tools arrive in NFD."""
    return unicodedata.normalize("NFC", text)


#: Vietnamese place words as written: folded, other syllables read the same (``tình trạng``,
#: the status, is ``tinh``; ``bồi dưỡng``, training, ``duong``; ``Phó CA phường``, the ward
#: police's deputy chief, ``pho``).
PLACE_SYLLABLES = {
    "duong": "đường",
    "pho": "phố",
    "tinh": "tỉnh",
    "quan": "quận",
    "huyen": "huyện",
    "xa": "xã",
    "phuong": "phường",
    "thon": "thôn",
    "ap": "ấp",
}


def written_otherwise(text: str, words: list[str]) -> frozenset[str]:
    """The place words among ``words`` (``text`` folded) that ``text``, written with its tones,
    writes as another syllable: ``Tình trạng`` holds no ``tỉnh``. An unaccented text cannot
    tell them apart, so it has none."""
    if text.isascii():
        return frozenset()
    folded_places = [word for word in words if word in PLACE_SYLLABLES]
    if not folded_places:
        return frozenset()
    # a substring test, not a word's: cheap on every address value, and a place word's letters
    # with their tones (``phường``, ``đường``) are hardly ever part of another syllable
    written = nfc(text).lower()
    return frozenset(word for word in folded_places if PLACE_SYLLABLES[word] not in written)
