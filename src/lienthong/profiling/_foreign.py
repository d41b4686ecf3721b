"""Value shapes of foreign data: phones of any country, national ids of letters and digits,
names in any script. Pure functions over strings; :mod:`._values` wires them into the detectors
(and adds what needs its own helpers: "not a date").

Header words are another matter (``_text.tokens``, romanised to ``[a-z0-9]``): names here are
read with their own word pattern, letters of any script as written, so ``Иванов``,
``Παπαδόπουλος`` and ``محمد أحمد`` are words; whether a word names a street or a company is
still asked of ``tokens`` (romanised, as the lexicon's street words are).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from lienthong.identifiers import compact_id
from lienthong.profiling._shape import shape
from lienthong.profiling._text import fold, nfc

# --- phones ---------------------------------------------------------------------------------
#: E.164 allows 15 digits after the ``+``; the shortest numbers in use (country code included)
#: have 8. A national number (trunk prefix included) has 7 to 11 digits: a 12-digit CCCD,
#: grouped or not, is never one.
_E164_DIGITS = range(8, 16)
_NATIONAL_DIGITS = range(7, 12)
#: ``+7 (912) 345-67-89``, ``+44 (0)20 7946 0958``, ``+1 212-555-0143``: a ``+``, a country code
#: (never starting with 0) and groups; or ``00`` as its own group before the country code
#: (``00 33 1 23 45 67 89``), so a CCCD of province 001 (``001 090 000 001``) is not one.
_PLUS = re.compile(r"\+\s?\(?[1-9][0-9 .()\-/]*[0-9]")
_DOUBLE_ZERO = re.compile(r"00[ .\-]+\(?[1-9][0-9 .()\-/]*[0-9]")
#: ``(020) 7946 0958``, ``8 (912) 345-67-89``, ``030/12345678``, ``212-555-0143``.
_NATIONAL = re.compile(r"\(?[0-9][0-9 .()\-/]*[0-9]")
_GROUP_SEPARATOR = re.compile(r"[0-9][ .()\-/]+[0-9]")
#: ``+12.3456789`` is a signed decimal, not a phone.
_SIGNED_DECIMAL = re.compile(r"\+[0-9]+\.[0-9]+")


def _digits(text: str) -> int:
    return sum(ch.isascii() and ch.isdigit() for ch in text)


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") <= 2


def is_international_phone(text: str) -> bool:
    """A phone number of any country written with its country code: ``+`` or ``00`` first."""
    value = text.strip()
    if _SIGNED_DECIMAL.fullmatch(value) or not _balanced(value):
        return False
    if _PLUS.fullmatch(value) or _DOUBLE_ZERO.fullmatch(value):
        digits = _digits(value) - (2 if value.startswith("00") else 0)
        return digits in _E164_DIGITS
    return False


def is_national_phone(text: str) -> bool:
    """A phone number as a country writes it at home: 7 to 11 digits in groups (``(020) 7946
    0958``, ``8 (912) 345-67-89``, ``212-555-0143``). Any grouped number looks so (a date does,
    an amount does): only for a column whose name says phone, and never a date (see _values)."""
    value = text.strip()
    return (
        _NATIONAL.fullmatch(value) is not None
        and _balanced(value)
        and _GROUP_SEPARATOR.search(value) is not None
        and _digits(value) in _NATIONAL_DIGITS
    )


# --- national ids -----------------------------------------------------------------------------
_ID_LENGTHS = range(6, 21)
#: A share of the column's ids that must have its most common shape (``A{4}9{6}A{6}9{2}`` of
#: a CURP), or else its most common length (passports mix letters and digits anywhere but keep
#: their length); and the share of distinct ids (a person may be listed twice, not most).
ID_SHAPE_SHARE = 0.5
ID_LENGTH_SHARE = 0.8
ID_DISTINCT_SHARE = 0.8
#: Length from which an id needs a single digit among its letters.
_FEW_DIGITS_FROM = 7


def is_any_national_id(text: str) -> bool:
    """Letters and digits, 6 to 20 of them once compacted, at least 3 digits, no ``+`` (a
    phone): ``GOMA850312HDFRRN09`` (CURP), ``RSSMRA85T10A562S`` (codice fiscale), ``C01X00T47``
    (passport), ``QQ 12 34 56 C`` (NINO); from 7 characters on, one digit will do (the
    Azerbaijani FİN ``YYALGV3``). Many codes look so: only with an id name, and only for a
    column whose ids agree in shape (:func:`ids_agree`)."""
    if text.strip().startswith("+") or _VIETNAMESE_PLATE.fullmatch(text.strip()):
        return False
    value = _id_characters(text)
    fewest = 3 if len(value) < _FEW_DIGITS_FROM else 1
    masked = len(_MASKS.findall(text))
    shown = _digits(value) - masked  # the masks were read as zeros
    unmasked = masked <= shown or shown >= _SHOWN_ENOUGH
    return len(value) in _ID_LENGTHS and value.isalnum() and shown >= fewest and unmasked


#: A Vietnamese vehicle's plate (``29A-172.15``, ``51F1-123.45``, ``59-X3 123.45``): a vehicle's
#: number, whatever the header says (``Biển số định danh``, the plate that stays with its owner).
_VIETNAMESE_PLATE = re.compile(r"\d{2}-?[A-Z]{1,2}\d?[- ]\d{3}\.\d{2}")


#: The characters a register masks an id's last digits with (Korea's ``800101-1******``): a
#: masked id is still the person's, read as digits so it keeps its column's shape; at least as
#: many digits shown as hidden, or three (Singapore's ``S****262B``, as its regulator advises).
_MASKS = re.compile(r"[*•●]")
_SHOWN_ENOUGH = 3


def _id_characters(text: str) -> str:
    """The characters of an id: compacted, its check character out of its brackets (HKID
    ``A123456(3)``), letters of any script kept (Mongolian ``ЕЮ01250831``, Myanmar NRC
    ``12/ကမရ(နိုင်)012345``, whose vowel signs belong to their letters)."""
    value = compact_id(text).upper().replace("(", "").replace(")", "").replace("№", "")
    value = _MASKS.sub("0", value)  # Turkmen passports write ``I-AH № 075827``
    if value.isascii():
        return value
    return _without_marks(value)


def ids_agree(values: Sequence[str]) -> bool:
    """Whether a column's ids are one kind of id: most of those :func:`is_any_national_id`
    accepts share one shape (or one length), and most are distinct."""
    ids = [_id_characters(v) for v in values if is_any_national_id(v)]
    if not ids:
        return False
    shapes = Counter(shape(v) for v in ids).most_common(1)[0][1]
    lengths = Counter(len(v) for v in ids).most_common(1)[0][1]
    one_kind = shapes >= ID_SHAPE_SHARE * len(ids) or lengths >= ID_LENGTH_SHARE * len(ids)
    distinct = len(set(ids)) >= ID_DISTINCT_SHARE * len(ids)
    return one_kind and distinct and not numbers_documents(values)


#: A group of a number that is a year: ``13454/2025/CCGD``, ``HS-2024-00123``.
_YEAR_GROUP = re.compile(r"(?:^|[/\-.\s])((?:19|20)\d\d)(?=$|[/\-.\s])")
#: How recent, and how few, the years of a register's documents are.
_DOCUMENT_YEARS = 10
_DOCUMENT_YEAR_COUNT = 3


def numbers_documents(values: Sequence[str], today: date | None = None) -> bool:
    """Whether the values number documents: nearly all carry a year as a group of its own,
    and those years are recent and few (a contract's, a dossier's number: ``13454/2025/CCGD``).
    A person's id that holds a year holds a birth year, spread over decades (Honduran
    ``0801-1985-01234``)."""
    now = (today or date.today()).year
    years = [
        max(recent)
        for value in values
        if (
            recent := [
                y
                for y in map(int, _YEAR_GROUP.findall(value))
                if now - _DOCUMENT_YEARS <= y <= now + 1
            ]
        )
    ]
    if not years or len(years) < 0.9 * len(values):
        return False
    common = sum(n for _, n in Counter(years).most_common(_DOCUMENT_YEAR_COUNT))
    return common >= 0.9 * len(years)


# --- names in any script -----------------------------------------------------------------------
#: Words of letters of any script (``[^\W\d_]``) joined by one space, apostrophe or hyphen.
_SCRIPT_WORDS = re.compile(r"[^\W\d_]+(?:[ '’‘ʻʼ\-][^\W\d_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_MARKS = frozenset({"Mn", "Mc", "Me"})


def _without_marks(text: str) -> str:
    """``text`` without combining marks (Arabic vowels, Devanagari and Myanmar vowel signs, an
    NFD accent): they belong to the letter before them."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in _MARKS)


@lru_cache(maxsize=8192)
def name_words(text: str) -> tuple[tuple[str, ...], int] | None:
    """The folded words of a name in any script and how many come before its comma (0 when
    none): ``"GARCÍA, Juan Carlos"`` -> ``(("garcia", "juan", "carlos"), 1)``. ``None`` when
    the value is not words of letters, or has more than one comma (an address has several).
    Combining marks (Arabic vowels, Devanagari vowel signs, an NFD accent) belong to their
    letter."""
    value = _without_marks(nfc(text).strip())
    parts = [part.strip() for part in value.split(",")]
    if len(parts) > 2 or any(_SCRIPT_WORDS.fullmatch(part) is None for part in parts):
        return None
    words = tuple(fold(word) for word in _LETTERS.findall(value))
    return words, (len(_LETTERS.findall(parts[0])) if len(parts) == 2 else 0)


# --- digits of any script ----------------------------------------------------------------------
@lru_cache(maxsize=8192)
def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script (Bengali ``০১৭``, Devanagari
    ``०१२``, Arabic-Indic ``٠١٢``, full-width ``１２``) written as its ASCII digit, so the id,
    phone and date detectors (ASCII ``[0-9]`` classes) read them."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in text
    )


#: A national number typed with no separator at all: 8 to 11 digits (``13812345678``, a Chinese
#: mobile; ``0501234567``; ``91234567``). Only for a column whose name says phone.
_BARE_NATIONAL = re.compile(r"[0-9]{8,11}")


def is_bare_national_phone(text: str) -> bool:
    return _BARE_NATIONAL.fullmatch(text.strip()) is not None


# --- names written without spaces, names with initials ---------------------------------------
#: Chinese, Japanese (kanji) and Korean names are one run of Han or Hangul characters, family
#: name first: 2 to 4 syllables (``张伟``, ``陳大文``, ``김민준``, ``欧阳娜娜``); Japanese registers
#: also write the family and the given name apart (``佐々木\u3000美穂``) and the name's reading
#: in katakana (``ササキ ミホ``); Chinese writes a transliterated name's parts with a middle dot
#: (``艾力·热西提``).
_HAN = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANGUL = "\uac00-\ud7a3"
_KATAKANA = "\u30a1-\u30fa\u30fc"
_EAST_ASIAN_NAME = re.compile(
    f"[{_HAN}]{{2,4}}|[{_HANGUL}]{{2,4}}|[{_HAN}]{{1,3}}[ \u3000][{_HAN}]{{1,3}}"
    f"|[{_KATAKANA}]{{1,8}}[ \u3000][{_KATAKANA}]{{1,8}}|[{_HAN}]{{1,6}}[·・][{_HAN}]{{1,6}}"
)
#: The marks an Indic letter carries (vowel signs, a virama; Malayalam's chillu letters end a
#: syllable too): a Tamil initial ``மு.`` is a letter and its vowel sign.
_SIGNS = "".join(
    chr(code)
    for code in range(0x0900, 0x0E00)
    if unicodedata.category(chr(code)) in ("Mn", "Mc") or 0x0D7A <= code <= 0x0D7F
)
#: An initial: one letter of any script, its signs, and a dot (``H.N.S. Perera``, ``J. R. R.
#: Tolkien``, Tamil ``மு. ஆயிஷா``, Malayalam ``എൻ. ഫാത്തിമ``).
_INITIAL = re.compile(rf"(?<![^\W\d_])([^\W\d_][{_SIGNS}]*)\.")


def is_east_asian_name(text: str) -> bool:
    """A Chinese, Japanese or Korean name written as one run (``张伟``, ``김민준``), or in two
    parts as Japanese and transliterated names are (``高橋\u3000健一``, ``艾力·热西提``)."""
    return _EAST_ASIAN_NAME.fullmatch(text.strip()) is not None


def without_initials(text: str) -> tuple[str, int]:
    """``text`` with its initials as words of their own (``A.P.J. Abdul Kalam`` -> ``A P J
    Abdul Kalam``) and how many there were."""
    spaced, count = _INITIAL.subn(r"\1 ", text)
    return re.sub(r" +", " ", spaced).replace(" ,", ",").strip(), count


# --- street lines and addresses in any script ---------------------------------------------------
_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?"
_NUMBER = r"[0-9]{1,5}[^\W\d_]?(?:[/\-][0-9]{1,4}[^\W\d_]?)?\.?"  # Hungarian ``31.``
#: A staircase or a flat after the house number (Finnish ``Kaskenkatu 21 D 9``, ``4 as 2``,
#: Swedish ``12 lgh 1101``): a letter or a short word, a number after it or not.
_DOOR_TAIL = r"(?:\s+[^\W\d_]{1,4}\.?(?:\s*[0-9]{1,4})?)?"
#: A house number before or after one to five words of any script: ``הרצל 12``, ``Lenina 5``,
#: ``12 Church Street``, ``ул. Ленина, 5``.
_ANY_STREET = re.compile(
    rf"(?:{_NUMBER},?\s+)?{_WORD}(?:\s+{_WORD}){{0,4}}(?:,?\s+{_NUMBER}{_DOOR_TAIL})?"
)


#: An address line of words: a building, an estate, a village (``rosetta village``, ``Block C
#: Sunrise Apartments``): one to five words of letters or numbers, no house number needed.
_ADDRESS_LINE = re.compile(
    r"[^\W_]+(?:['’\-.][^\W_]+)*\.?(?:\s+[^\W_]+(?:['’\-.][^\W_]+)*\.?){0,4}"
)


def is_address_line(text: str) -> bool:
    """A second address line (only under a header that says street or address line): words,
    so a number alone (a Bhutanese house number ``02-826``), or with a block's letter
    (``A-12``), is none."""
    value = nfc(text).strip()
    return (
        len(value) <= 60
        and _ADDRESS_LINE.fullmatch(value) is not None
        and sum(ch.isalpha() for ch in value) >= 2
    )


#: A cross street after the house (``Avda. España N° 119 c/ Brasil``, ``esq. Colón``, the
#: Cuban ``e/ L y M``, between two): where the house is, not a second street line.
CROSS_STREET = re.compile(r"\s+(?:c/|e/|esq\.|esquina|casi|entre)\s.*$", re.IGNORECASE)
#: A house number's marker before it (``Mcal. López N° 145``, ``Jalan Ampang No. 5``, a
#: Caribbean ``#45 Welches Terrace``).
_NUMBER_MARKER = re.compile(r"(?:^|\s+)(?:n\.?[°º]|no\.|nr\.|#)\s*(?=[0-9])", re.IGNORECASE)


def is_any_street(text: str) -> bool:
    """A street line in any script: words and a house number (only with a street hint); a
    cross street after it and a marker before the number are not counted."""
    value = _without_marks(nfc(text).strip())
    line = _NUMBER_MARKER.sub(" ", CROSS_STREET.sub("", value)).strip()
    return (
        len(value) <= 80
        and _ANY_STREET.fullmatch(line) is not None
        and any(ch.isdigit() for ch in value)
    )


#: Administrative units written as characters after a place name, with no space: Chinese and
#: Japanese (``北京市朝阳区建国路88号``, ``東京都新宿区西新宿2丁目8番1号``) and Korean
#: (``서울시 강남구 역삼동``; a Hangul unit counts only ending a word: ``이동민`` is a name), and
#: Hong Kong's estates, blocks, floors and flats (``厚德邨德安樓31樓26室``).
_CJK_UNITS = re.compile(
    "丁目|番地|大廈|大厦|花園|花园|[省市区區县縣镇鎮乡鄉村路街道号號巷弄都府県町番邨樓楼室座苑]"
)
_HANGUL_UNITS = re.compile(f"[{_HANGUL}](?:구|시|도|동|로|길|읍|면|리)(?![{_HANGUL}])")
_CJK_TEXT = re.compile(f"[{_HAN}{_HANGUL}\u3040-\u30ff]")


#: Units Thai, Khmer and Lao addresses write before each place's name, glued to it (Thai
#: ``ต.หนองหาร อ.สันทราย จ.เชียงใหม่``, tambon, amphoe, changwat; Khmer ``ភូមិ…, ឃុំ…,
#: ស្រុក…``, village, commune, district; Lao ``ບ້ານ…, ເມືອງ…``): words romanising cannot split.
_GLUED_UNITS = re.compile(
    r"(?:^|(?<=[\s,]))(?:ต\.|อ\.|จ\.|ตำบล|อำเภอ|จังหวัด|แขวง|เขต|หมู่"
    r"|ភូមិ|ឃុំ|សង្កាត់|ស្រុក|ខណ្ឌ|ខេត្ត|រាជធានី|ບ້ານ|ເມືອງ|ແຂວງ|ນະຄອນຫຼວງ)"
)


def names_glued_units(text: str) -> bool:
    """Thai, Khmer or Lao text naming two units or more by the words written before their
    names: a full address."""
    return len(_GLUED_UNITS.findall(nfc(text))) >= 2


def is_cjk_address(text: str) -> bool:
    """Chinese, Japanese or Korean text naming two units or more (a province and a city, a
    district and a road…), five characters at least: a full address."""
    value = nfc(text).strip()
    if not 5 <= len(value) <= 160 or _CJK_TEXT.search(value) is None:
        return False
    return len(_CJK_UNITS.findall(value)) + len(_HANGUL_UNITS.findall(value)) >= 2
