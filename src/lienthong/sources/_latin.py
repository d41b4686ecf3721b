"""Central European, Baltic, Maltese and Turkish code pages, told apart from Windows-1252 by words.

A file that is not UTF, not a non-Latin script and not TCVN3 used to be read as Windows-1252 (or
cp1258 when it read as Vietnamese). Polish, Czech, Slovak, Hungarian, Croatian, Slovenian,
Romanian, Albanian and Turkmen files come in Windows-1250 / ISO-8859-2, Latvian, Lithuanian and
Estonian ones in Windows-1257 / ISO-8859-13, Maltese ones in ISO-8859-3, Turkish ones in
Windows-1254; read as Windows-1252 their names come out garbled (``roðenja`` for ``rođenja``,
``Wa³êsa`` for ``Wałęsa``). Byte statistics alone are unreliable on files this small, so the choice
is made on words: each reading's words that hold a non-ASCII character are checked against the
letters of the languages written in that code page. A word is plausible when every one of its
letters belongs to one language's alphabet (no symbol glued between letters, no capital after a
small letter, no word starting with ``ð``, and for Windows-1252 no vowel after à è ì ò ù). The
other reading is taken only when one of its languages (two, when the Windows-1252 reading needs
two and still leaves implausible words: a Kosovo file mixes Albanian and Serbian, whose
``Lični``, ``rođenja`` read as French ``Lièni`` and Icelandic ``roðenja``) makes clearly more
words plausible than any two languages of the Windows-1252 reading together (a Swiss file mixes
French and German; a French file with Danish names makes Czech sense of ``è`` and ``ø``) or the
Vietnamese cp1258 reading, with at least :data:`_MIN_WORDS` such words, no fewer plausible words
overall, no more implausible ones, and at most one implausible word for five plausible ones (a
TCVN3 file read as ISO-8859-2 gets some Czech-looking words, and as many garbled). Ties and weak
evidence stay Windows-1252.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

#: Alternatives in the order preferred on a tie.
LATIN_ENCODINGS = ("cp1250", "iso-8859-2", "cp1257", "iso-8859-13", "iso-8859-3", "cp1254")

#: Fewest words the winning language must make plausible.
_MIN_WORDS = 3
#: How many more words the winning language must make plausible than the best one before.
_MARGIN = 2
#: Bytes looked at: enough words, bounded time on large files.
_SAMPLE = 1 << 20

_WESTERN = {
    "french": "éèêëàâîïôùûüçœæÿ",
    "german": "äöüß",
    "spanish": "áéíóúñü",
    "portuguese": "áâãàçéêíóôõú",
    "italian": "àèéìíòóùú",
    "dutch": "éëèïöüáóú",
    "danish-norwegian": "æøåéó",
    "swedish": "åäöé",
    "finnish": "åäöšž",
    "icelandic": "áðéíóúýþæö",
    "catalan": "àèéíïòóúüç",
    "turkish": "çöüâîû",
    "estonian": "äöüõšž",
    "albanian": "çë",
}
_CENTRAL = {
    "polish": "ąćęłńóśźż",
    "czech": "áčďéěíňóřšťúůýž",
    "slovak": "áäčďéíĺľňóôŕšťúýž",
    "hungarian": "áéíóöőúüű",
    "croatian": "čćđšž",
    "slovenian": "čšž",
    "romanian": "ăâîşţ",
    "albanian": "çë",
    "german": "äöüß",
    "turkmen": "çäňöşüýž",
}
_BALTIC = {
    "latvian": "āčēģīķļņšūž",
    "lithuanian": "ąčęėįšųūž",
    "estonian": "äöüõšž",
    "german": "äöüß",
}
#: ISO-8859-3 (Latin-3): Maltese (and Esperanto); read as Windows-1252 or as TCVN3, ``ħ`` and
#: ``ż`` come out as ``±`` and ``¿``.
_SOUTHERN = {
    "maltese": "ċġħżàèìòùáéíóúî",
    "esperanto": "ĉĝĥĵŝŭ",
}
#: Windows-1254: Turkish; read as Windows-1252, ``ş ğ ı İ`` come out as Icelandic ``þ ð ý Ý``
#: (``Doðum Tarihi``), which Icelandic words never mix with ``ç`` or ``ü``.
_TURKISH = {"turkish": "çğıöşüâîûİ", "azerbaijani": "çğıöşüəİ"}
_VIETNAMESE = {
    "vietnamese": "đ"
    + "".join(
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in "aăâeêioôơuưy"
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    )
}
_LANGUAGES = {
    "cp1252": _WESTERN,
    "cp1258": _VIETNAMESE,
    "cp1250": _CENTRAL,
    "iso-8859-2": _CENTRAL,
    "cp1257": _BALTIC,
    "iso-8859-13": _BALTIC,
    "iso-8859-3": _SOUTHERN,
    "cp1254": _TURKISH,
}

_TOKEN = re.compile(r"[^\s,;\t|\"'()\[\]{}<>/\\=+*#&!?:.0-9_-]+")

#: Western languages never put a vowel right after à è ì ò ù (``Kranjèiè`` is ``Kranjčič``).
_GRAVE_THEN_VOWEL = re.compile("[àèìòùÀÈÌÒÙ][aeiouyAEIOUYà-åæè-ïò-öøù-ýÀ-ÅÆÈ-ÏÒ-ÖØÙ-Ýœ]")


#: Portuguese writes ``õ`` only before ``e`` (``lições``, ``põe``); a Hungarian ``ő`` read as
#: Windows-1252 is an ``õ`` anywhere (``Kérelmezõ``, ``idõpontja``).
_LONE_O_TILDE = re.compile("[õÕ](?![eE])")


@dataclass(frozen=True)
class _Score:
    one: int  # words plausible in the reading's best language
    two: int  # words plausible in its best two languages taken together
    any: int  # words plausible in some language of the code page
    bad: int  # words plausible in none

    def best(self, together: int) -> int:
        return self.two if together == 2 else self.one


def choose_latin(data: bytes, vietnamese: str | None) -> tuple[str, str] | None:
    """The Central European or Baltic reading of ``data`` with its codec name, or ``None``
    when Windows-1252 (or the cp1258 reading ``vietnamese``, NFC, when given) should stay."""
    sample = data[:_SAMPLE]
    if not any(b >= 0x80 for b in sample):
        return None
    western = _score(sample.decode("cp1252", "replace"), "cp1252")
    # a file one Windows-1252 language explains, or that two or more explain word by word (a
    # French file with Danish and Finnish names), is read against one language of the others
    # (a Spanish ``Nº`` is a Romanian ``Nş``, ``Søren`` a Czech ``Sřren``); one that needs two
    # and still leaves words none writes, against two (Albanian and Serbian ``roðenja``)
    together = 2 if western.one < western.two and western.bad > 0 else 1
    base_best, base_any, base_bad = western.two, western.any, western.bad
    if vietnamese is not None:
        other = _score(vietnamese[:_SAMPLE], "cp1258")
        base_best, base_any = max(base_best, other.one), max(base_any, other.any)
        base_bad = min(base_bad, other.bad)
    chosen: tuple[_Score, str] | None = None
    for encoding in LATIN_ENCODINGS:
        try:
            text = unicodedata.normalize("NFC", sample.decode(encoding))
        except UnicodeDecodeError:
            continue
        score = _score(text, encoding)
        if chosen is None or (score.best(together), score.any, -score.bad) > (
            chosen[0].best(together),
            chosen[0].any,
            -chosen[0].bad,
        ):
            chosen = (score, encoding)
    if chosen is None:
        return None
    score, encoding = chosen
    if (
        score.best(together) >= _MIN_WORDS
        and score.best(together) >= base_best + _MARGIN
        and score.any >= base_any
        and score.bad <= base_bad
        and score.bad * 5 <= score.any
    ):
        try:
            return unicodedata.normalize("NFC", data.decode(encoding)), encoding
        except UnicodeDecodeError:
            return None
    return None


def _score(text: str, encoding: str) -> _Score:
    """Words plausible in the code page's best language, in its best two taken together, in
    any of its languages, and in none: one pass over the words."""
    named = list(_LANGUAGES[encoding].items())
    languages = [frozenset(letters) for _, letters in named]
    masks: Counter[int] = Counter()
    for word, count in Counter(_words(text)).items():
        mask = 0
        western_grave = encoding == "cp1252" and _GRAVE_THEN_VOWEL.search(word)
        lone_tilde = _LONE_O_TILDE.search(word) is not None
        for i, letters in enumerate(languages):
            if lone_tilde and named[i][0] == "portuguese":
                continue
            if not western_grave and _fits(word, letters):
                mask |= 1 << i
        masks[mask] += count
    single = [1 << i for i in range(len(languages))]
    pairs = [a | b for a in single for b in single]
    one, two = (
        max((sum(n for m, n in masks.items() if m & g) for g in groups), default=0)
        for groups in (single, pairs)
    )
    bad = masks.get(0, 0)
    return _Score(one, two, sum(masks.values()) - bad, bad)


def _words(text: str) -> list[str]:
    """Words that hold a non-ASCII character, trimmed of non-letters at both ends."""
    words = []
    for token in _TOKEN.findall(text):
        if token.isascii():
            continue
        start, end = 0, len(token)
        while start < end and not _letter(token[start]):
            start += 1
        while end > start and not _letter(token[end - 1]):
            end -= 1
        word = token[start:end]
        if len(word) >= 2 and not word.isascii():
            words.append(word)
    return words


def _letter(ch: str) -> bool:
    return ch.isalpha() and ch not in "ªº"


def _fits(word: str, letters: frozenset[str]) -> bool:
    if word[0] in "ðÐ":  # no language of ours starts a word with eth
        return False
    previous = ""
    for ch in word:
        if not ch.isascii():
            # "İ" lower-cases to two characters: the Turkish letters list it as it is
            if (ch.lower() not in letters and ch not in letters) or ch == "ª" or ch == "º":
                return False
            if ch.isupper() and previous.islower():
                return False
        elif not ch.isalpha():
            return False
        previous = ch
    return True
