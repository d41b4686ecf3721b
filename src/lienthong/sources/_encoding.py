"""Which text encoding a file handed over by an agency is in.

Agencies export CSV from Excel, from old FoxPro/Access systems and from web forms. What we meet
in practice, in the order we try it: a byte-order mark (UTF-8-BOM, UTF-16 LE/BE), UTF-8, UTF-16
without a BOM (every other byte zero), then the legacy encodings of non-Latin scripts that
partners export (GBK/GB18030, Big5, Shift_JIS, EUC-KR, Windows-1251/KOI8-R, Windows-1253,
-1255, -1256, -874 and their ISO-8859 cousins), ranked by charset-normalizer and taken only when
the text plainly is that script and does not read as Vietnamese (see :mod:`._scripts`), then
the Central European and Baltic code pages (Windows-1250 / ISO-8859-2, Windows-1257 /
ISO-8859-13) when their reading makes clearly more words plausible for one of their languages
than the Windows-1252 or Vietnamese reading does (see :mod:`._latin`), then Vietnamese in TCVN3
is refused, then the Windows code pages: cp1258 (Vietnamese, tone marks as combining
characters) when the text then reads as Vietnamese (a tone mark after a letter, or ă/đ/ơ/ư),
Windows-1252 otherwise. A Western file with ``ò``/``ì``/``Þ`` right after a letter would be
misread as Vietnamese; for a Vietnamese platform that is the right bias. Text that is none of
these gets an :class:`EncodingError` that says where it broke, instead of silently turning
names into mojibake. Decoded text is NFC for the 8-bit code pages (cp1258 stores tones as
separate marks) and the non-Latin ones; UTF text is kept exactly as written.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lienthong.errors import EncodingError
from lienthong.sources._latin import LATIN_ENCODINGS, choose_latin
from lienthong.sources._scripts import SCRIPT_ENCODINGS, guess_script_encoding

#: Encodings we can read, in the names Python's codecs use.
SUPPORTED_ENCODINGS = (
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "cp1252",
    *LATIN_ENCODINGS, *SCRIPT_ENCODINGS,
)  # fmt: skip

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Letters that only Vietnamese uses (after NFC): ă â đ ê ô ơ ư with or without tones.
_VIETNAMESE_ONLY = frozenset("ăĂđĐơƠưƯ") | frozenset(chr(c) for c in range(0x1EA0, 0x1EFA))
#: The five tone marks cp1258 stores as separate combining characters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def decode_bytes(data: bytes, *, name: str = "the file") -> DecodedText:
    """Decode ``data``, choosing the encoding as described in the module docstring."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding, name)
            _reject_converted_twice(text, name)
            return DecodedText(text, encoding)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_like_utf8(data[: exc.start]):
            # GBK/Big5 pairs are often valid UTF-8 too (0xD6 0xB7): the first bad byte comes late
            cjk = guess_script_encoding(data, multibyte_only=True)
            if cjk is not None:
                _reject_binary(cjk[0], name)
                return DecodedText(*cjk)
            raise EncodingError(
                f"{name} looks like UTF-8 but byte {exc.start} (0x{data[exc.start]:02x}) is not"
                " valid UTF-8; the file is probably damaged or mixes encodings.",
                hint="Re-export it as UTF-8 (Excel: Save As → CSV UTF-8).",
            ) from None
    else:
        _reject_binary(text, name)
        _reject_converted_twice(text, name)
        return DecodedText(text, "utf-8")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return DecodedText(_strict(data, utf16, name), utf16)
    script = guess_script_encoding(data)
    if script is not None:
        _reject_binary(script[0], name)
        return DecodedText(*script)
    try:
        raw = data.decode("cp1258")
    except UnicodeDecodeError:
        raw = None
    vietnamese = None
    if raw is not None and _reads_as_vietnamese(raw):
        vietnamese = unicodedata.normalize("NFC", raw)
    latin = choose_latin(data, vietnamese)
    if latin is not None:
        _reject_binary(latin[0], name)
        return DecodedText(*latin)
    _reject_tcvn3(data, name)
    if vietnamese is not None:
        _reject_binary(vietnamese, name)
        return DecodedText(vietnamese, "cp1258")
    try:
        western = unicodedata.normalize("NFC", data.decode("cp1252"))
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{name} is not in a text encoding lienthong can read (UTF-8, UTF-16, cp1258,"
            f" Windows-1250/1252/1257, ISO-8859-2/-13): byte {exc.start} is"
            f" 0x{data[exc.start]:02x}.",
            hint="Re-export it as UTF-8 (Excel: Save As → CSV UTF-8).",
        ) from None
    _reject_binary(western, name)
    if "¤" in western and not any(0x80 <= b <= 0x9F for b in data):
        # ISO-8859-15 writes the euro where Windows-1252 has "¤", a sign no one types
        # (``Cuota ordinaria (€)``): with no byte Windows-1252 alone uses, it is that file
        return DecodedText(unicodedata.normalize("NFC", data.decode("iso8859_15")), "iso8859_15")
    return DecodedText(western, "cp1252")


def decode_file(path: Path) -> DecodedText:
    """Read and decode a whole text file."""
    return decode_bytes(path.read_bytes(), name=f"The file {path.name}")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{name} starts like {encoding.upper()} but is not valid {encoding.upper()} at byte"
            f" {exc.start}.",
            hint="Re-export it as UTF-8.",
        ) from None
    _reject_binary(text, name)
    return text


def _reject_converted_twice(text: str, name: str) -> None:
    """UTF-8 once read as Windows-1252 and saved again as UTF-8 ("Nguyá»…n" for "Nguyễn"):
    refused, since storing it would keep every name garbled. Told apart from real text by
    undoing the conversion: the whole text must go back to valid UTF-8 with at least three
    letters repaired and Vietnamese letters among them (text that is really Western, or
    really Vietnamese, does not survive both steps)."""
    if not any(0xC2 <= ord(ch) <= 0xC6 or ch == "á" for ch in text):
        return
    try:
        raw = bytes(_CP1252_BYTE.get(ch, ord(ch)) for ch in text)
        repaired = raw.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return
    if len(text) - len(repaired) >= 3 and _reads_as_vietnamese(repaired):
        sample = next(w for w in text.split() if w not in repaired.split())[:24]
        raise EncodingError(
            f"{name} holds UTF-8 text that was converted twice ({sample!r} stands for"
            f" {_repair_word(sample)!r}); stored as it is, every name would stay garbled.",
            hint="Re-export it from the original system as CSV UTF-8.",
        )


def _repair_word(word: str) -> str:
    try:
        return bytes(_CP1252_BYTE.get(ch, ord(ch)) for ch in word).decode("utf-8", "replace")
    except ValueError:
        return word


#: Windows-1252's characters in 0x80–0x9F, back to their byte.
_CP1252_BYTE = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in
                (0x81, 0x8D, 0x8F, 0x90, 0x9D)}  # fmt: skip


#: ° ª ² ³ º: glued to words in Western text too (m², Nº, 1ª)
_UNIT_MARKS = frozenset({0xB0, 0xAA, 0xB2, 0xB3, 0xBA})


def _micro(data: bytes, i: int) -> bool:
    """Whether byte ``i`` is Windows-1252's micro sign before a unit, not after a letter (``20
    µg``, ``5 µl``, a prescription's doses): TCVN3's ``à`` sits inside a word."""
    before = chr(data[i - 1]) if i > 0 else " "
    return data[i] == 0xB5 and not before.isalpha() and data[i + 1 : i + 2] in (b"g", b"l", b"m")


def _reject_tcvn3(data: bytes, name: str) -> None:
    """Vietnamese in the pre-Unicode TCVN3 (ABC) font encoding ("NguyÔn" for "Nguyễn"): its
    most common letters (ă â ê ô ơ ư đ à á ả ã ạ) sit in bytes 0xA1–0xBF, where Windows code
    pages keep symbols (¨ © ª ¬ µ ¸) that never sit inside a word. Refused: read as Windows
    code pages it would be stored garbled."""

    def letter(i: int) -> bool:
        return 0 <= i < len(data) and chr(data[i]).isalpha()

    inside = [i for i, b in enumerate(data) if b >= 0x80 and (letter(i - 1) or letter(i + 1))]
    symbols = sum(
        0xA1 <= data[i] <= 0xBF and data[i] not in _UNIT_MARKS and not _micro(data, i)
        for i in inside
    )
    if symbols >= 3 and symbols >= 0.15 * len(inside):
        sample = next(
            w
            for w in data.decode("cp1252", "replace").split()
            if any(0xA1 <= ord(c) <= 0xBF for c in w)
        )
        raise EncodingError(
            f"{name} looks like Vietnamese in the old TCVN3 (ABC) font encoding ({sample[:24]!r}),"
            " which lienthong does not convert: its names would be stored garbled.",
            hint="Convert it to Unicode first (e.g. Unikey's converter, TCVN3 → Unicode), then"
            " save it as CSV UTF-8.",
        )


def _reads_as_vietnamese(raw: str) -> bool:
    """cp1258 evidence: a tone mark right after a letter, or a letter only Vietnamese uses; and
    none of the spellings Vietnamese never has, which Western text read as cp1258 gives."""
    tone_after_letter = any(
        ch in _TONE_MARKS and i > 0 and raw[i - 1].isalpha() for i, ch in enumerate(raw)
    )
    evidence = tone_after_letter or any(ch in _VIETNAMESE_ONLY for ch in raw)
    return evidence and not _never_vietnamese(raw)


#: What Western text read as cp1258 spells and Vietnamese never does: Portuguese ``ão``,
#: ``ães``, ``ões`` read ``ăo``, ``ăe``, ``ơes`` (no Vietnamese ``ă`` stands before a vowel:
#: Kinh syllables end it with c, m, n, p or t, the Central Highlands' names with k, h or
#: nothing, ``Đăk Lăk``, Bahnar ``Kon Chrăh``, K'Ho ``Kră``; ``ơ`` never before e), Icelandic
#: ``ð`` inside a word read ``đ`` (a Vietnamese syllable only starts with
#: it; in capitals it sits inside abbreviations, ``HĐTN``, ``QĐ-UBND``), and ``ç``, a diaeresis
#: (``ü``, ``ö``: Hungarian ``Születési idő`` in Windows-1250 reads ``Születési idơ``) and
#: ``ß``, which no Vietnamese word has.
_NEVER_VIETNAMESE = re.compile(
    r"[ăĂ][\u0300-\u0323]?(?=[aeiouAEIOU])|[ơƠ][eE]|(?<=[^\W\d_])đ|[çÇäëïöüÄËÏÖÜß]"
)
#: Share of the Vietnamese-only letters that may be so misspelt (a typo) in Vietnamese text.
_MISSPELT_SHARE = 0.05


def _never_vietnamese(raw: str) -> bool:
    text = unicodedata.normalize("NFC", raw)
    letters = sum(ch in _VIETNAMESE_ONLY for ch in text) or 1
    misspelt = len(_NEVER_VIETNAMESE.findall(text))
    return misspelt > _MISSPELT_SHARE * letters


def _looks_like_utf8(prefix: bytes) -> bool:
    """True when the bytes before a decoding error already held UTF-8 multi-byte letters."""
    return any(byte >= 0x80 for byte in prefix)


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / len(sample[0::2])
    odd_zero = sample[1::2].count(0) / len(sample[1::2])
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _reject_binary(text: str, name: str) -> None:
    if "\x00" in text:
        raise EncodingError(
            f"{name} contains NUL bytes: it is a binary file, not text in a known encoding."
        )
