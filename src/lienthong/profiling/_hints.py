"""Roles suggested by a column's name, Vietnamese (with or without accents) or English.

Hints only add evidence: the values decide (see :mod:`lienthong.profiling._infer`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lienthong.profiling._lexicon import LABEL_WORDS, lexicon
from lienthong.profiling._not_a_person import NOT_A_PERSON
from lienthong.profiling._text import tokens

_EVENT_DATES = (
    ("joined",), ("join", "date"), ("date", "joined"), ("created",), ("creation", "date"),
    ("registered",), ("registration", "date"), ("issued",), ("issue", "date"), ("enrolled",),
    ("admitted",), ("admission", "date"), ("start", "date"), ("end", "date"), ("hired",),
    ("expiry",), ("expires",), ("valid", "from"), ("valid", "until"), ("visit", "date"),
    ("ngay", "cap"), ("ngay", "dang", "ky"), ("ngay", "tao"), ("ngay", "lap"), ("ngay", "nhap"),
    ("ngay", "hieu", "luc"), ("ngay", "het", "han"), ("ngay", "vao"), ("ngay", "cap", "the"),
)  # fmt: skip


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.split()) for text in texts)


#: Header words of other languages, per role: the multilingual lexicon shipped as data
#: (``lexicon/headers.csv``, :mod:`lienthong.profiling._lexicon`), 119 languages, any script.
_FOREIGN = lexicon().headers
_WHOLE_ONLY = lexicon().whole_only

# (role, token sequences any of which, found in the folded name, suggests it); first match wins.
_VIETNAMESE_ENGLISH: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("cccd", (("cccd",), ("can", "cuoc"), ("dinh", "danh"), ("so", "dd"), ("madd",))),
    # "chứng minh thư" is written CMT (SO_CMT), CMTND or CMND
    ("cmnd", (("cmnd",), ("chung", "minh"), ("cmt",), ("cmtnd",))),
    ("mst", (("mst",), ("ma", "so", "thue"), ("tax",))),
    ("bhyt", (("bhyt",), ("the", "bhyt"), ("health", "insurance"))),
    ("bhxh", (("bhxh",), ("bao", "hiem"), ("so", "so", "bh"))),
    ("national_id", (("soc", "sec"), ("ssn",), ("national", "id"), ("social", "security"))),
    ("phone", (("sdt",), ("dien", "thoai"), ("phone",), ("mobile",), ("tel",), ("dt",))),
    ("email", (("email",), ("mail",), ("thu", "dien", "tu"))),
    ("birth_date", _phrases("ngay sinh", "nam sinh", "ns", "dob", "birth", "date of birth")),
    ("timestamp", (("updated",), ("cap", "nhat"), ("modified",), ("timestamp",))),
    # Dates of an event, not of a birth: ids issued, people joining or registering, records made.
    ("date", _EVENT_DATES),
    ("sex", (("gioi", "tinh"), ("gioi",), ("sex",), ("gender",), ("phai",))),
    ("family_name", (("ho",), ("surname",), ("last", "name"), ("family", "name"))),
    ("given_name", (("ten",), ("given", "name"), ("first", "name"), ("forename",))),
    ("full_name", (("ho", "ten"), ("hoten",), ("ho", "va", "ten"), ("full", "name"), ("name",))),
    ("postcode", (("postcode",), ("zip",), ("postal",), ("ma", "buu", "chinh"))),
    ("ward", (("phuong", "xa"), ("phuong",), ("xa",), ("ward",), ("ma", "xa"))),
    ("district", (("quan", "huyen"), ("quan",), ("huyen",), ("district",))),
    ("province", (("tinh",), ("tinh", "thanh"), ("province",), ("thanh", "pho"))),
    ("suburb", (("suburb",), ("city",), ("town",), ("locality",))),
    ("state", (("state",), ("region",))),
    ("street", (("street",), ("duong",), ("address", "1"), ("address", "2"), ("so", "nha"))),
    (
        "address",
        _phrases("dia chi", "diachi", "dc", "address", "addr", "thuong tru", "tam tru", "cu tru")
        + _phrases("noi o", "cho o"),
    ),
)
#: "Number" as headers abbreviate and spell it across languages (``ID-nommer``, ``Nr.``,
#: ``Número``, ``Nomor``, ``číslo``): one word on both sides of a comparison, so ``id no`` in
#: the lexicon reads ``ID-Nummer`` too. Vietnamese ``số`` stays itself (``số nhà``).
_NUMBER_WORDS = frozenset(
    {"no", "nr", "number", "num", "nummer", "nommer", "numero", "nomor", "numer", "nro", "nbr"}
    | {"ndeg"}  # "N°", romanised
    | {"nombor", "broj", "cislo", "szam", "numri", "numurs", "numeris", "numar", "nomeri"}
)


#: Words database exports shorten (``custNm``, ``fullNm``, ``BIRTH_DT``), written out. Only
#: shortenings that are no Vietnamese abbreviation: ``dt`` stays ``điện thoại``.
_ABBREVIATED = {"nm": "name", "nme": "name", "brth": "birth", "dte": "date", "adr": "address"}


def _canonical(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """The phrase as :func:`header_words` writes a header: ``number`` in any spelling, and in
    a phrase of several words a database shortening written out, as the header's is (a
    romanised ``نام پدر`` is ``nm pdr``, and ``nm`` in a header reads ``name``)."""
    words = tuple("number" if word in _NUMBER_WORDS else word for word in phrase)
    if len(words) > 1:
        words = tuple(_ABBREVIATED.get(word, word) for word in words)
    return words


_WHOLE_ONLY = frozenset(_canonical(phrase) for phrase in _WHOLE_ONLY)
_HINTS = tuple(
    (role, tuple(_canonical(n) for n in needles + _FOREIGN.get(role, ())))
    for role, needles in _VIETNAMESE_ENGLISH
)


#: Every hint phrase, the longest (most specific) first, so "ho_ten" is a full name before
#: "ho" makes it a family name.
_ORDERED = sorted(
    ((role, needle) for role, needles in _HINTS for needle in needles),
    key=lambda item: -len(item[1]),
)


def _contains(haystack: list[str], needle: tuple[str, ...], *, guarded: bool = True) -> bool:
    """Whether the header's words hold the phrase; an ambiguous one (``rut``, ``tin``: also
    Vietnamese words) only as the whole header, label words aside (``TIN No.``), unless the
    header is not written in Latin letters (``guarded`` false): a romanised ``नाम`` is ``nam``,
    but no Vietnamese header is written in Devanagari."""
    if guarded and needle in _WHOLE_ONLY:
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
#: An abbreviation written letter, dot, letter, dot (``D.O.B.``, ``T.K.``, ``ת.ז.``, and without
#: its last dot ``C.N.I.E``): one word.
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}[^\W\d_]?(?![^\W\d_])")


def _latin(column: str) -> bool:
    """Whether every letter of the header is Latin (a Vietnamese header can only be)."""
    return all(
        ch.isascii() or not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")
        for ch in column
    )


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


#: A family name with the middle name(s) after it: Vietnamese forms split a name into "Họ và tên
#: đệm" (or "Họ đệm", "Họ lót" in the south) and "Tên". For linkage that is the family name.
_FAMILY_AND_MIDDLE = (
    ("ho", "dem"), ("ho", "lot"), ("ho", "va", "ten", "dem"), ("ho", "va", "ten", "lot"),
    ("ho", "ten", "dem"), ("ho", "ten", "lot"),
)  # fmt: skip
#: The middle name alone: a part of a person's name that none of our name roles is.
_MIDDLE_ONLY = (("ten", "dem"), ("ten", "lot"), ("middle", "name"), ("middle",))
#: Headers that name one part of a person's name without doubt: kept even when the values
#: read as whole Vietnamese names (a "Họ đệm" of "Nguyễn Văn" looks like a two-word name).
_NAMED_PART = (
    *_FAMILY_AND_MIDDLE, ("surname",), ("forename",), ("given", "name"), ("first", "name"),
    ("last", "name"), ("family", "name"),
)  # fmt: skip


def header_words(column: str) -> list[str]:
    """The column name's folded words, English plurals brought to the singular our hints use
    (``Given Names`` -> ``given name``, ``Addresses`` -> ``address``, ``cities`` -> ``city``).
    Only a word whose singular is hint vocabulary changes, so Vietnamese words (which do not
    inflect) and short codes (``ns``: ngày sinh) stay as written."""
    words = []
    for word in _split_glued(_ABBREVIATION.sub(_completed, column)):
        if word in _NUMBER_WORDS:
            words.append("number")
            continue
        known = _ABBREVIATED.get(word) or _respelled(_singular(word))
        words += ["number" if part in _NUMBER_WORDS else part for part in _compound(known)]
    return words


#: A word cut short and closed with a dot (``Céd.``, ``Fech.``), three letters at least.
_ABBREVIATION = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.")


def _completed(found: re.Match[str]) -> str:
    """The one lexicon word a dotted abbreviation begins (``Céd.`` -> ``cedula``; ``Apell.`` ->
    ``apellido``, of which ``apellidos`` is a form), else the abbreviation as written: a header
    cut short as forms cut it still reads."""
    start = "".join(tokens(found[1]))
    if not start or start in _VOCABULARY:
        return found[0]
    longer = sorted(_BY_PREFIX.get(start, ()), key=len)
    # one word, or one word and its inflections (apellido, apellidos)
    if longer and all(word.startswith(longer[0]) for word in longer):
        return f"{longer[0]} "
    return found[0]


def _compound(word: str) -> list[str]:
    """A word glued from two lexicon words, as Germanic languages write them (Afrikaans
    ``straatadres``, Dutch ``woonadres``), as its two words; any other word as it is."""
    if len(word) < 2 * _PART_MIN or word in _VOCABULARY:
        return [word]
    for cut in range(_PART_MIN, len(word) - _PART_MIN + 1):
        head, tail = word[:cut], word[cut:]
        if head in _VOCABULARY and tail in _VOCABULARY:
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
    if len(word) < _RESPELL_MIN or word in _VOCABULARY:
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
    if len(word) < 3 or not word.endswith("s") or word in _VOCABULARY:
        return word
    for suffix, replacement in (("ies", "y"), ("s", ""), ("es", "")):
        stem = word[: -len(suffix)] + replacement
        if word.endswith(suffix) and stem in _VOCABULARY:
            return stem
    return word


#: Headers of free-text notes: whatever their values mention (a time, a house number, a
#: place), a remark is never a person's address or street.
_NOTES = tuple(_canonical(phrase) for phrase in lexicon().headers["note"])
#: Headers of another person than the record's own (a parent, a spouse, the head of the
#: household): their names are never the record's name roles.
_RELATIVES = tuple(_canonical(phrase) for phrase in lexicon().headers["relative"])


def names_a_note(column: str) -> bool:
    """Whether the header names a free-text note or remark (``Ghi chú``, ``Bemerkung``)."""
    words, guarded = header_words(column), _latin(column)
    return any(_contains(words, phrase, guarded=guarded) for phrase in _NOTES)


#: A Vietnamese syllable folded (onset, vowels, final); the relative terms that are one.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_SYLLABLE_RELATIVES = frozenset(p for p in _RELATIVES if len(p) == 1 and _SYLLABLE.fullmatch(p[0]))
#: The owner of a household business (``chủ hộ kinh doanh``): the person a business register
#: is about, not the head of someone's household.
_BUSINESS_OWNER = ("chu", "ho", "kinh", "doanh")


@lru_cache(maxsize=4096)
def names_a_relative(column: str) -> bool:
    """Whether the header names another person than the record's own (``Họ tên cha``,
    ``Người liên hệ``, ``Father's name``, ``보호자성명``): whose name is not the record's."""
    if _relative(header_words(column), guarded=_latin(column)):
        return True
    cut = _head_noun(column)
    return cut is not None and _a_relative(cut[0])


def _relative(words: list[str], *, guarded: bool) -> bool:
    """Whether the header's words name a relative (not the business owner); a Vietnamese syllable
    (``cha``) only in a Latin header of syllables mostly (not ``Kitambulisho cha Taifa``)."""
    vietnamese = guarded and 2 * sum(bool(_SYLLABLE.fullmatch(w)) for w in words) >= len(words)
    return not _contains(words, _BUSINESS_OWNER) and any(
        _contains(words, phrase, guarded=guarded)
        for phrase in _RELATIVES
        if vietnamese or phrase not in _SYLLABLE_RELATIVES
    )


#: Headers of a passport number: an identity number, but beside the country's own id
#: (a CCCD, a civil id) not the record's national id (see ``_context``).
_PASSPORTS = frozenset(_phrases("passport", "ho chieu", "pasaporte", "passeport", "passaporte"))
_PASSPORTS |= set(_phrases("reisepass", "paspoort", "pasporta", "pasport", "ljwz", "pp"))
_PASSPORTS |= set(_phrases("shinosnoma", "pasportnyy"))


#: ... and of a social-security, pension or health fund's member number (``SSN``, ``N° SS``,
#: ``NSSF No.``, ``N° immatriculation CNPS``): beside the national id (``NRC No.``, ``NIN``),
#: the fund's number, not the national id. The lexicon's ``fund`` role lists them.
_SOCIAL_SECURITY = tuple(_canonical(phrase) for phrase in lexicon().headers["fund"])


#: ... and of a place where the record's person does not live: an organisation, a building, a
#: piece of land, the place of birth (``Địa chỉ doanh nghiệp``, ``Hospital address``, ``Địa chỉ
#: thửa đất``, ``Nơi sinh``): an address under one is never the person's.
_ELSEWHERE = tuple(_canonical(phrase) for phrase in lexicon().headers["elsewhere"])


def names_a_passport(column: str) -> bool:
    """Whether the header names a passport (``Số hộ chiếu``, ``رقم الجواز Passport No``)."""
    words = header_words(column)
    return any(_contains(words, phrase, guarded=False) for phrase in _PASSPORTS)


def names_a_social_security(column: str) -> bool:
    """Whether the header names a social-security, pension or health fund's number (``SSN``,
    ``NIB No.``); a short or Vietnamese-looking one (``SS``, ``NHI``) only as the whole header."""
    words, guarded = header_words(column), _latin(column)
    return any(_contains(words, phrase, guarded=guarded) for phrase in _SOCIAL_SECURITY)


def names_elsewhere(column: str) -> bool:
    """Whether the header names a place where the record's person does not live."""
    words, guarded = header_words(column), _latin(column)
    return any(_contains(words, phrase, guarded=guarded) for phrase in _ELSEWHERE)


def names_a_part(column: str) -> bool:
    """Whether the header names one part of a person's name (``Surname``, ``Họ đệm``)."""
    words, guarded = header_words(column), _latin(column)
    return any(_contains(words, phrase, guarded=guarded) for phrase in _NAMED_PART)


def name_hints(column: str) -> list[str]:
    """The roles the column's name suggests, most specific first."""
    return list(_name_hints(column))


@lru_cache(maxsize=4096)
def _name_hints(column: str) -> tuple[str, ...]:
    """:func:`name_hints`, once per header (a re-profile or a second file asks again)."""
    halves = [half for half in _BILINGUAL.split(column) if half.strip()]
    if len(halves) > 1:  # "Naam / Nom", "NAS / SIN": each half is a whole header
        return tuple(dict.fromkeys(role for half in halves for role in _name_hints(half.strip())))
    items = [item for item in column.split(",") if item.strip()]
    if len(items) >= 3 and any(set(_name_hints(item.strip())) & _UNITS for item in items):
        # "Village, Sub-county, District": the units of one address, listed
        return ("address",)
    words = _person_terms(header_words(column))
    found: list[str] = []
    guarded = _latin(column)
    for role, needle in _ORDERED:
        if _contains(words, needle, guarded=guarded) and role not in found:
            found.append(role)
    if not found and (cut := _head_noun(column)) is not None:
        qualifier, head = cut
        found = list(_name_hints(head))  # "中文姓名" (Chinese name) is a 姓名
        if _a_relative(qualifier):  # "보호자성명", "父親姓名": the guardian's, the father's name
            found = [role for role in found if role not in _PERSON_NAMES]
    if any(_contains(words, phrase) for phrase in _FAMILY_AND_MIDDLE):
        found = ["family_name"] + [role for role in found if role not in _PERSON_NAMES]
    elif any(_contains(words, phrase) for phrase in _MIDDLE_ONLY):
        found = [role for role in found if role not in _PERSON_NAMES]
    elif found and found[0] == "family_name" and _contains(words, ("ten",)):
        found.insert(0, "full_name")
    elif "family_name" in found and "given_name" in found:
        # "Nom et prénom", "Apellidos y nombre", "Nachname, Vorname": both parts, a whole name
        found = ["full_name"] + [role for role in found if role != "full_name"]
    if any(_contains(words, phrase) for phrase in _NOT_A_PERSON) or _relative(
        words, guarded=guarded
    ):
        # "company name", "Tên doanh nghiệp", "street_name": a name, but not a person's;
        # "Father's name", "Họ tên chủ hộ", "نام پدر": a person's, but not the record's own
        found = [role for role in found if role not in _PERSON_NAMES]
    if "family_name" in found and _household_not_family(column):
        found = [role for role in found if role != "family_name"]
    return tuple(found)


_UNITS = frozenset({"ward", "district", "province", "suburb", "state"})
#: ``hộ`` (a household) and ``hồ`` (a lake) fold to ``ho`` as ``họ`` (the family name) does.
_HOUSEHOLD, _FAMILY = (re.compile(rf"(?<!\w)(?:{w})(?!\w)", re.IGNORECASE) for w in ("hộ|hồ", "họ"))


def _household_not_family(column: str) -> bool:
    """Whether the header writes the household's ``hộ`` and no ``họ`` (``Phân loại hộ``, the
    class of the household; ``Số hộ``): its ``ho`` names no family name."""
    text = unicodedata.normalize("NFC", column)
    return bool(_HOUSEHOLD.search(text)) and not _FAMILY.search(text)


#: Vietnamese compounds whose words fold to a place word: ``đương sự`` (a party to a case) is
#: ``duong su``, and ``duong`` alone is ``đường`` (a street); ``cơ quan`` (an agency), ``quan
#: hệ`` (a relation) and ``quản lý`` (managing) hold the ``quan`` of ``quận`` (a district).
_COMPOUNDS = ("duong su", "co quan", "quan he", "quan ly")
_PERSON_TERMS = {tuple(term.split()): term.replace(" ", "") for term in _COMPOUNDS}


def _person_terms(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if out and (out[-1], word) in _PERSON_TERMS:
            out[-1] = _PERSON_TERMS[(out[-1], word)]
        else:
            out.append(word)
    return out


#: Between the halves of a bilingual header (``Geslacht / Sexe``, ``NAS / SIN``, ``الرقم المدني
#: | Civil ID``): a slash or a bar with spaces around it (``DNI/NIE`` is one header).
_BILINGUAL = re.compile(r"\s+[/|]\s+")
#: Chinese, Japanese and Korean write a header as one run, its head noun last and the words
#: that qualify it first: ``中文姓名`` (Chinese name), ``患者出生日期`` (patient's birth date),
#: ``환자성명`` (patient name).
_HEAD_FINAL = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]{3,}")


def _head_noun(column: str) -> tuple[str, str] | None:
    """The words qualifying it and the longest ending of the header's run of Chinese,
    Japanese or Korean characters that the lexicon knows (two characters at least), when the
    whole run is not known itself."""
    run = _HEAD_FINAL.search(column)
    if run is None:
        return None
    text = run[0]
    for cut in range(1, len(text) - 1):
        if _name_hints(text[cut:]):
            return text[:cut], text[cut:]
    return None


def _a_relative(qualifier: str) -> bool:
    """Whether the words before a head noun end with another person (``보호자``, ``父親``)."""
    return any(tuple(header_words(qualifier[cut:])) in _RELATIVES for cut in range(len(qualifier)))


_PERSON_NAMES = ("full_name", "family_name", "given_name")
#: Words in a column's name that make its "name"/"tên" something other than a person's.
_NOT_A_PERSON = NOT_A_PERSON

#: The record's own person, one letter away from another party's word (``employee`` and
#: ``employer``, ``empleado`` and ``empleador``, ``trainee`` and ``trainer``): known words, so
#: never respelled into the other party's.
_OWN_WORDS = _phrases("employee", "empleado", "empleada", "empregado", "empregada", "trainee")
_OWN_WORDS += _phrases("interviewee", "examinee", "salarie", "salariee", "pekerja", "office")

#: Every word a hint or an exception above is written with: the singulars plurals fold to.
_VOCABULARY = frozenset(
    word
    for phrases in (
        *(needles for _, needles in _HINTS), _EVENT_DATES, _NOT_A_PERSON, _NAMED_PART,
        _MIDDLE_ONLY, _NOTES, _RELATIVES, _OWN_WORDS, _ELSEWHERE,
    )
    for phrase in phrases
    for word in phrase
)  # fmt: skip

#: Lexicon words of five letters or more by each of their beginnings of three letters or more.
_BY_PREFIX: dict[str, set[str]] = {}
for _word in _VOCABULARY:
    for _end in range(3, len(_word)):
        if len(_word) >= 5:
            _BY_PREFIX.setdefault(_word[:_end], set()).add(_word)

#: Long lexicon words by each of their one-letter-shorter spellings (see :func:`_respelled`).
_NEAR: dict[str, set[str]] = {}
for _word in _VOCABULARY:
    if len(_word) >= _RESPELL_MIN:
        for _variant in _deletions(_word):
            _NEAR.setdefault(_variant, set()).add(_word)
