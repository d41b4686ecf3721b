"""A column's name as the role hints read it: folded words, glued and dotted words split, plurals
brought to the singular, ``number`` in any spelling, abbreviations and near spellings of the
lexicon's words written out (:func:`header_words`), and the phrase test hints use
(:func:`contains`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from lienthong.profiling._dbf_fields import dbf_field
from lienthong.profiling._header_terms import ABBREVIATED, NUMBER_WORDS, VOCABULARY, WHOLE_ONLY
from lienthong.profiling._lexicon import LABEL_WORDS
from lienthong.profiling._text import indic_number, tokens


def contains(haystack: list[str], needle: tuple[str, ...], *, guarded: bool = True) -> bool:
    """Whether the header's words hold the phrase; an ambiguous one (``rut``, ``tin``: also
    Vietnamese words) only as the whole header, label words aside (``TIN No.``), unless the
    header is not written in Latin letters (``guarded`` false): a romanised ``नाम`` is ``nam``,
    but no Vietnamese header is written in Devanagari."""
    if guarded and needle in WHOLE_ONLY:
        return tuple(w for w in haystack if w not in LABEL_WORDS) == needle
    size = len(needle)
    if any(tuple(haystack[i : i + size]) == needle for i in range(len(haystack) - size + 1)):
        return True
    # romanisations split words differently ("Lek Bat Pa Cham Tua", "neamkhluon"): a long
    # phrase also matches the same letters over consecutive header words
    joined = "".join(needle)
    if len(joined) < _JOINED_MIN:
        return False
    return any(
        "".join(haystack[i:j]) == joined
        for i in range(len(haystack))
        for j in range(i + 1, len(haystack) + 1)
    )


#: Letters a phrase needs before its spacing may differ from the header's.
_JOINED_MIN = 8


class PhraseIndex:
    """Phrases by their first word, and those long enough to match across a header's word
    breaks by their letters: :meth:`among` gives the few that :func:`contains` may find in a
    header, in their order, so a header is not compared with each of thousands (a relative's
    1,800 phrases made a new header cost ~20 ms, a 200-column sheet four seconds)."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.phrases = tuple(phrases)
        self._by_first: dict[str, list[int]] = {}
        self._glued: list[tuple[str, int]] = []
        for index, phrase in enumerate(self.phrases):
            self._by_first.setdefault(phrase[0], []).append(index)
            joined = "".join(phrase)
            if len(joined) >= _JOINED_MIN:
                self._glued.append((joined, index))

    def among(self, haystack: list[str]) -> list[int]:
        """The positions of the phrases that may stand in the header's words: a phrase found
        by :func:`contains` starts with one of them or, long, spells letters they spell."""
        glued = "".join(haystack)
        hits = {index for word in set(haystack) for index in self._by_first.get(word, ())}
        hits.update(index for joined, index in self._glued if joined in glued)
        return sorted(hits)

    def candidates(self, haystack: list[str]) -> list[tuple[str, ...]]:
        """The phrases at :meth:`among`'s positions, in their order."""
        return [self.phrases[index] for index in self.among(haystack)]

    def any_in(self, haystack: list[str], *, guarded: bool = True) -> bool:
        """Whether the header's words hold one of the phrases (:func:`contains`)."""
        return any(
            contains(haystack, phrase, guarded=guarded) for phrase in self.candidates(haystack)
        )


#: An abbreviation written letter, dot, letter, dot (``D.O.B.``, ``T.K.``, ``ת.ז.``, and without
#: its last dot ``C.N.I.E``): one word.
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}[^\W\d_]?(?![^\W\d_])")


def vietnamese(column: str) -> bool:
    """Whether the header is written in Vietnamese: a letter only Vietnamese writes (``đ``, the
    horn of ``ơ ư``, a hook above, a tone over a circumflex or a breve: ``Số thẻ``), so no other
    language's header (Romanian ``ă``, Turkish ``ğ`` carry no tone)."""
    for ch in column:
        marks = unicodedata.normalize("NFD", ch)[1:]
        if ch in "đĐ" or "\u031b" in marks or "\u0309" in marks:
            return True
        if len(marks) > 1 and ("\u0302" in marks or "\u0306" in marks):
            return True
    return False


def _split_glued(name: str) -> list[str]:
    """``ho_ten``, ``hoTen``, ``HoTen`` -> ``["ho", "ten"]``; an upper-case run stays one word
    (``Số CMND``, ``SĐT``, ``MaCCCD`` -> ``ma cccd``), with its plural ``s`` (``IDs``)."""
    name = _DOTTED.sub(lambda found: found[0].replace(".", ""), name)
    spaced = []
    for i, ch in enumerate(name):
        before = name[i - 1] if i else ""
        after = name[i + 1] if i + 1 < len(name) else ""
        plural = after == "s" and not name[i + 2 : i + 3].isalpha()  # "IDs", "CCCDs": one word
        starts = ch.isupper() and (
            before.islower() or (before.isupper() and after.islower() and not plural)
        )
        spaced.append(f" {ch}" if starts else ch)
    return tokens("".join(spaced).replace("ß", "ss"))


def header_words(column: str) -> list[str]:
    """The column name's folded words, English plurals brought to the singular our hints use
    (``Given Names`` -> ``given name``, ``Addresses`` -> ``address``, ``cities`` -> ``city``).
    Only a word whose singular is hint vocabulary changes, so Vietnamese words (which do not
    inflect) and short codes (``ns``: ngày sinh) stay as written."""
    words = []
    column = dbf_field(column) or column  # "SOCMND", an old system's "số CMND"
    column = indic_number(_NUMBER_SIGN.sub(" number", column))
    consonants = {word for run in _ABJAD.findall(column) for word in tokens(run)}
    # an English plural is only ever written in Latin letters (``Полис``, a policy, is no
    # plural of ``poli``)
    romanised = {word for run in _NOT_LATIN.findall(column) for word in tokens(run)}
    for word in _split_glued(_ABBREVIATION.sub(_completed, column)):
        if word in NUMBER_WORDS:
            words.append("number")
            continue
        # a word of Arabic or Hebrew letters romanises to its consonants alone: one changed is
        # another word (``الشهادة``, a diploma, is no ``الشهرة``, a surname), never a spelling
        singular = word if word in romanised else _singular(word)
        known = ABBREVIATED.get(word) or (singular if word in consonants else _respelled(singular))
        words += ["number" if part in NUMBER_WORDS else part for part in _compound(known)]
    return words


#: A run of Arabic (with Persian and Urdu letters) or Hebrew letters.
_ABJAD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]+")
#: A run of letters of another script than Latin (Cyrillic, Greek, Arabic, Han…), with the
#: vowel signs and marks of the scripts that write them apart (Bengali ``নং``: ``ং`` is a mark).
_NOT_LATIN = re.compile(
    r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]"
    r"(?:[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]|[\u0591-\u05c7\u064b-\u065f\u0670"
    r"\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])*"
)
#: A number sign after a word (``NIB #``, ``Acct#``): the word "number", as ``No.`` is.
_NUMBER_SIGN = re.compile(r"(?<=[^\W\d_])\s*#(?![^\W_])")
#: A word cut short and closed with a dot (``Céd.``, ``Fech.``), three letters at least.
_ABBREVIATION = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.")


def _completed(found: re.Match[str]) -> str:
    """The one lexicon word a dotted abbreviation begins (``Céd.`` -> ``cedula``; ``Apell.`` ->
    ``apellido``, of which ``apellidos`` is a form), else the abbreviation as written: a header
    cut short as forms cut it still reads."""
    start = "".join(tokens(found[1]))
    if not start or start in VOCABULARY:
        return found[0]
    longer = sorted(_BY_PREFIX.get(start, ()), key=len)
    # one word, or one word and its inflections (apellido, apellidos)
    if longer and all(word.startswith(longer[0]) for word in longer):
        return f"{longer[0]} "
    return found[0]


def _compound(word: str) -> list[str]:
    """A word glued from two lexicon words, as Germanic languages write them (Afrikaans
    ``straatadres``, Dutch ``woonadres``), as its two words; any other word as it is."""
    if len(word) < 2 * _PART_MIN or word in VOCABULARY:
        return [word]
    for cut in range(_PART_MIN, len(word) - _PART_MIN + 1):
        head, tail = word[:cut], word[cut:]
        if head in VOCABULARY and tail in VOCABULARY:
            return [head, tail]
    return [word]


#: Letters each part of a compound header word needs (``dob`` never splits).
_PART_MIN = 4


#: Letters a header word and a lexicon word need before one may be read as the other.
_RESPELL_MIN = 6


def _respelled(word: str) -> str:
    """The lexicon word ``word`` is one letter away from, when it is long and only one such
    word exists: romanisations of one word differ by a vowel (Khmer ``trakoul`` and
    ``trakaul``, Arabic ``tarich`` and ``tarikh``); else ``word`` itself."""
    if len(word) < _RESPELL_MIN or word in VOCABULARY:
        return word
    found = {
        known
        for variant in _deletions(word)
        for known in _NEAR.get(variant, ())
        if _one_edit(word, known)
    }
    if len(found) > 1:  # a letter more or less is nearer than a letter changed
        found = {known for known in found if word in _deletions(known) or known in _deletions(word)}
    return found.pop() if len(found) == 1 else word


def _one_edit(word: str, known: str) -> bool:
    """One letter changed, added or dropped, or two neighbours swapped. Sharing a one-letter-
    shorter spelling is not enough: ``branch`` and ``banchi`` share ``banch`` two edits apart
    (an English header is no Japanese ``banchi``)."""
    if len(word) == len(known):
        diff = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == known[diff[1]]
        return len(diff) == 1 or (swapped and word[diff[1]] == known[diff[0]])
    shorter, longer = sorted((word, known), key=len)
    return len(longer) - len(shorter) == 1 and shorter in _deletions(longer)


def _deletions(word: str) -> set[str]:
    """``word`` and every string one letter shorter: two words one edit apart share one (the
    candidates :func:`_one_edit` then checks)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _singular(word: str) -> str:
    if len(word) < 3 or not word.endswith("s") or word in VOCABULARY:
        return word
    for suffix, replacement in (("ies", "y"), ("s", ""), ("es", "")):
        stem = word[: -len(suffix)] + replacement
        # two letters are a plural only of "ID" ("National IDs"): "NIS" is no "NI", "PhilSys"
        # no "Phil Sy"
        if word.endswith(suffix) and stem in VOCABULARY and (len(stem) > 2 or stem == "id"):
            return stem
    return word


#: Lexicon words of five letters or more by each of their beginnings of three letters or more.
_BY_PREFIX: dict[str, set[str]] = {}
for _word in VOCABULARY:
    for _end in range(3, len(_word)):
        if len(_word) >= 5:
            _BY_PREFIX.setdefault(_word[:_end], set()).add(_word)

#: Long lexicon words by each of their one-letter-shorter spellings (see :func:`_respelled`).
_NEAR: dict[str, set[str]] = {}
for _word in VOCABULARY:
    if len(_word) >= _RESPELL_MIN:
        for _variant in _deletions(_word):
            _NEAR.setdefault(_variant, set()).add(_word)
