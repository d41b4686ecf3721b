"""Legacy encodings of non-Latin scripts: Chinese (GBK/GB18030, Big5), Japanese (Shift_JIS,
EUC-JP), Korean (EUC-KR), Cyrillic (Windows-1251, KOI8-R, ISO-8859-5), Greek, Hebrew, Arabic
and Thai code pages.

charset-normalizer ranks the candidate encodings; its guess is taken only when the decoded text
plainly is that script, so that a Vietnamese (cp1258, TCVN3) or Western file is never read as
one of these: the file decodes strictly, its non-ASCII characters are overwhelmingly of the
one script the encoding is for (and number a few distinct ones), they stand in words of their
own (at least three) instead of inside Latin words (TCVN3 and Windows-1252 bytes sit between
ASCII letters; read as GBK or KOI8-R they would too), the text has little chaos by
charset-normalizer's measure, and the same bytes do not read as Vietnamese in cp1258.
"""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

#: Script each encoding is read for, by the codec name charset-normalizer reports.
_CJK = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "FULLWIDTH", "HALFWIDTH", "BOPOMOFO")
_ENCODING_SCRIPTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "shift_jis", "cp932",
         "shift_jis_2004", "euc_jp", "euc_jis_2004", "euc_kr", "cp949", "johab"),
        _CJK,
    ),
    **dict.fromkeys(("cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic"),
                    ("CYRILLIC",)),
    **dict.fromkeys(("cp1253", "iso8859_7"), ("GREEK",)),
    **dict.fromkeys(("cp1255", "iso8859_8"), ("HEBREW",)),
    **dict.fromkeys(("cp1256", "iso8859_6"), ("ARABIC",)),
    **dict.fromkeys(("cp874", "tis_620", "iso8859_11"), ("THAI",)),
}  # fmt: skip

#: Encodings :func:`guess_script_encoding` may return.
SCRIPT_ENCODINGS = tuple(_ENCODING_SCRIPTS)

#: Share of non-ASCII letters that must be of the encoding's script.
_MIN_SCRIPT_SHARE = 0.95
#: Share of runs of those letters allowed to touch an ASCII letter.
_MAX_GLUED_SHARE = 0.1
_MIN_LETTERS = 8
_MIN_DISTINCT = 4
#: Words (runs of non-ASCII text) a file must hold: a header row already has several.
_MIN_WORDS = 3
_MAX_CHAOS = 0.2
#: How much of a file the evidence is taken from (CSV files are alike from top to bottom).
_SAMPLE_BYTES = 256 * 1024

#: What Vietnamese text in cp1258 is made of (NFC), and what it may hold besides.
_VIETNAMESE_LETTERS = frozenset(
    "ăĂđĐơƠưƯàáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĩĨũŨ\u0300\u0301\u0303\u0309\u0323"
) | frozenset(chr(c) for c in range(0x1EA0, 0x1EFA))
_NEUTRAL = frozenset("–—“”„‘’…°₫·«»№\u00a0")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def guess_script_encoding(data: bytes, *, multibyte_only: bool = False) -> tuple[str, str] | None:
    """``(text, encoding)`` when ``data`` is plainly one of the non-Latin legacy encodings
    (only the CJK ones with ``multibyte_only``). The evidence is weighed on the first
    :data:`_SAMPLE_BYTES` bytes; the whole file must then decode strictly."""
    sample = data[:_SAMPLE_BYTES]
    if _reads_as_vietnamese(sample):
        return None
    for match in from_bytes(sample):
        scripts = _ENCODING_SCRIPTS.get(match.encoding)
        if scripts is None or match.chaos > _MAX_CHAOS or (multibyte_only and scripts != _CJK):
            continue
        if not _plainly_in(sample.decode(match.encoding, "ignore"), scripts):
            continue
        found = _decoded(data, match.encoding)
        if found is not None:
            return found
    if multibyte_only:
        return None
    # a file whose script shows only in its header row (a Tunisian list's ``Nom / اللقب`` over
    # French rows): charset-normalizer, weighing the whole sample, may not propose its code page
    for encoding in _HEADER_SCRIPT_PAGES:
        if _plainly_in(sample.decode(encoding, "ignore"), _ENCODING_SCRIPTS[encoding]):
            found = _decoded(data, encoding)
            if found is not None:
                return found
    return None


#: Single-byte code pages tried on their own when charset-normalizer proposes none of them.
_HEADER_SCRIPT_PAGES = ("cp1256", "cp1251", "cp1253", "cp1255")


def _decoded(data: bytes, encoding: str) -> tuple[str, str] | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return unicodedata.normalize("NFC", text), encoding


#: Blocks of the CJK scripts: ideographs, kana, hangul, their punctuation, full-width forms.
_CJK_BLOCKS = (
    (0x1100, 0x11FF), (0x2E80, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF),
)  # fmt: skip


def _script(char: str) -> str:
    if any(low <= ord(char) <= high for low, high in _CJK_BLOCKS):
        return "CJK"
    return unicodedata.name(char, "").split(" ", 1)[0] if char.isalpha() else ""


def _plainly_in(text: str, scripts: tuple[str, ...]) -> bool:
    """Non-ASCII text that is nearly all the script's, in several words not glued to Latin.
    Latin letters the code page holds too do not count against it: a Tunisian or Moroccan
    file in Windows-1256 writes French (``Prénom / الاسم``) beside Arabic."""
    chars = [
        ch
        for ch in text
        if ord(ch) > 127
        and ch not in _NEUTRAL
        # marks, and digits of any script (Thai ``๑๒/๐๓/๒๕๒๘``, Arabic-Indic), decide nothing;
        # other signs do (``¹``, Windows-1251's ``№`` read as Windows-1256)
        and not unicodedata.category(ch).startswith("M")
        and unicodedata.category(ch) != "Nd"
        and _script(ch) != "LATIN"
    ]
    own = [ch for ch in chars if _script(ch) in scripts]
    if len(own) < _MIN_LETTERS or len(set(own)) < _MIN_DISTINCT:
        return False
    if len(own) < _MIN_SCRIPT_SHARE * len(chars):
        return False
    words = [m for m in _NON_ASCII_RUN.finditer(text) if any(_script(ch) in scripts for ch in m[0])]
    glued = sum(_ascii_letter(text, m.start() - 1) or _ascii_letter(text, m.end()) for m in words)
    return len(words) >= _MIN_WORDS and glued <= _MAX_GLUED_SHARE * len(words)


def _ascii_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()


#: Letters Vietnamese shares with French and the other Western languages (``é``, ``à``, ``ô``):
#: no evidence either way, so French beside Arabic in Windows-1256 is not taken for Vietnamese.
_SHARED_WITH_WESTERN = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def _reads_as_vietnamese(data: bytes) -> bool:
    """Nearly every non-ASCII character of the cp1258 reading is a Vietnamese letter or tone,
    and letters only Vietnamese writes (``ư``, ``ơ``, ``đ``, ``ă``, a tone on a vowel)
    outnumber the characters no Vietnamese text holds."""
    text = unicodedata.normalize("NFC", data.decode("cp1258", "replace"))
    vietnamese = own = other = 0
    for ch in text:
        if ord(ch) > 127 and ch not in _NEUTRAL:
            if ch in _VIETNAMESE_LETTERS:
                vietnamese += 1
                own += ch not in _SHARED_WITH_WESTERN
            else:
                other += 1
    return own > 0 and own >= other and vietnamese >= 9 * other
