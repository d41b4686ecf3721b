"""Roles suggested by a column's name, Vietnamese (with or without accents), English or any
language the lexicon holds, and the other parties, places and funds a header names.

Hints only add evidence: the values decide (see :mod:`lienthong.profiling._infer`). The words
are read by :mod:`._header_words`; the phrases are :mod:`._header_terms`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from lienthong.profiling import _hint_numbers
from lienthong.profiling._head_nouns import a_relative, head_noun
from lienthong.profiling._header_terms import (
    ANOTHER_COUNTRY,
    BIRTH_PARTICULARS,
    BUSINESS_PLACES,
    DURATIONS,
    ELSEWHERE,
    FAMILY_AND_MIDDLE,
    GIVEN_AND_MIDDLE,
    HINTS,
    HOME_TOWNS,
    HOMES,
    KIN_LOOKALIKES,
    LATIN_ONLY,
    MIDDLE_ONLY,
    NAME_ORDER,
    NAMED_PART,
    NEWBORNS,
    NOTES,
    OTHER_NAMES,
    PARENTS_NAME_AS_SURNAME,
    PARTS_IN_ORDER,
    RELATIVES,
    SAINTS_NAME,
    SCRIPT_ONLY,
    SCRIPT_ONLY_IN,
    WHOLE_WITH_MIDDLE,
)
from lienthong.profiling._header_words import PhraseIndex, contains, header_words
from lienthong.profiling._not_a_person import NOT_A_PERSON
from lienthong.profiling._text import fold, latin, scripts, written_apart, written_otherwise

#: Every hint phrase, the longest (most specific) first, so "ho_ten" is a full name before
#: "ho" makes it a family name.
_ORDERED = sorted(
    ((role, needle) for role, needles in HINTS for needle in needles),
    key=lambda item: -len(item[1]),
)
_ORDERED_INDEX = PhraseIndex(needle for _, needle in _ORDERED)
_NOTES, _RELATIVES, _ELSEWHERE = PhraseIndex(NOTES), PhraseIndex(RELATIVES), PhraseIndex(ELSEWHERE)
_NOT_A_PERSON = PhraseIndex(NOT_A_PERSON)
#: The predicates of a document's or a fund's number, read from here as every header predicate
names_a_passport = _hint_numbers.names_a_passport
names_a_tax_number = _hint_numbers.names_a_tax_number
names_an_identity_card = _hint_numbers.names_an_identity_card
names_a_lifelong_fund = _hint_numbers.names_a_lifelong_fund
names_a_social_security = _hint_numbers.names_a_social_security
_BIRTH_PARTICULARS, _NEWBORNS = PhraseIndex(BIRTH_PARTICULARS), PhraseIndex(NEWBORNS)
_OTHER_NAMES, _DURATIONS = PhraseIndex(OTHER_NAMES), PhraseIndex(DURATIONS)
_PARENTS_NAME_AS_SURNAME = PhraseIndex(PARENTS_NAME_AS_SURNAME)


def names_a_note(column: str) -> bool:
    """Whether the header names a free-text note or remark (``Ghi chú``, ``Bemerkung``); a
    foreign one-word term spelt like a Vietnamese syllable (Indonesian ``ket.``) not inside a
    Latin header of Vietnamese syllables mostly (``Địa chỉ nhà ở kết hợp kinh doanh``)."""
    words, guarded = header_words(column), latin(column)
    vietnamese = guarded and len(words) > 1 and _syllables(words)
    return any(
        contains(words, phrase, guarded=guarded)
        for phrase in _NOTES.candidates(words)
        if not (vietnamese and len(phrase) == 1 and _SYLLABLE.fullmatch(phrase[0]))
    )


#: A Vietnamese syllable folded (onset, vowels, final); the relative terms that are one.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_SYLLABLE_RELATIVES = frozenset(p for p in RELATIVES if len(p) == 1 and _SYLLABLE.fullmatch(p[0]))


def _syllables(words: list[str]) -> bool:
    """Whether half the header's words or more are Vietnamese syllables."""
    return 2 * sum(bool(_SYLLABLE.fullmatch(word)) for word in words) >= len(words)


#: The owner of a household business (``chủ hộ kinh doanh``): the person a business register
#: is about, not the head of someone's household.
_BUSINESS_OWNER = ("chu", "ho", "kinh", "doanh")


#: Parties Vietnamese registers name by their initials after a column's name (``Năm sinh PH``,
#: a parent's; ``Số CCCD BĐ``, the defendant's; ``CCCD người BL``, the guarantor's): phụ huynh,
#: bị đơn, người giám hộ, người liên hệ, người đại diện, bảo lãnh, người phụ thuộc (a taxpayer's
#: dependant), người nộp thuế (the taxpayer who declares a dependant: ``MST NNT``). Written in
#: capitals after another word, so never a word of the header.
_PARTY_INITIALS = frozenset({"ph", "bd", "ngh", "nlh", "ndd", "bl", "nbl", "npt", "gh", "nnt"})
#: ... and học sinh sinh viên (a student beside the parent who borrows: ``Họ tên HSSV``), người
#: sử dụng lao động (a domestic worker's employer: ``Họ tên người SDLĐ``)
_PARTY_INITIALS |= {"hssv", "sdld"}
#: ... and người nước ngoài, the foreign spouse in a register of marriages (``Năm sinh (NNN)``)
_PARTY_INITIALS |= {"nnn"}
#: ... and người sử dụng lao động written in full initials (``Địa chỉ NSDLĐ``, the employer's)
_PARTY_INITIALS |= {"nsdld"}
#: ... and phụ huynh học sinh, cha mẹ học sinh: a pupil's parent (``Ho ten PHHS``)
_PARTY_INITIALS |= {"phhs", "cmhs"}
#: ... and hương linh, the departed whose urn or tablet a relative places (``Năm sinh HL``)
_PARTY_INITIALS |= {"hl"}
_SHORT_WORD = re.compile(r"(?<!\w)[^\W\d_]{2,5}(?!\w)")


@lru_cache(maxsize=4096)
def names_a_relative(column: str) -> bool:
    """Whether the header names another person than the record's own (``Họ tên cha``,
    ``Người liên hệ``, ``Father's name``, ``보호자성명``): whose name is not the record's."""
    column = _without_parts_listed(column)
    guarded = latin(column)
    if _relative(header_words(column), guarded=guarded) or _NTH_MEMBER.search(column):
        return True
    initials = [
        fold(found[0])
        for found in _SHORT_WORD.finditer(column)
        if found.start() > 0 and found[0].isupper()
    ]
    if guarded and _PARTY_INITIALS.intersection(initials):
        return True
    cut = head_noun(column, _name_hints)
    return cut is not None and a_relative(cut[0])


#: A household's or a group's second, third… member (``Thành viên 2``, ``NS TV2``, ``Member 3
#: Name``, ``世帯員2 氏名``): the first is the record's, the others somebody else.
_NTH_MEMBER = re.compile(
    r"(?:th[aà]nh\s*vi[eê]n|\bTV|\bmember|\bmiembro|\bmembro|\bmembre|\bmitglied|\banggota"
    r"|世帯員|成員|成员|구성원)\s*[#№.]?\s*0*[2-9](?![0-9])",
    re.IGNORECASE,
)
#: A bracket after a header, and a word it says three times or more.
_BRACKET = re.compile(r"\(([^()]*)\)")


def _without_parts_listed(column: str) -> str:
    """The header less a bracket listing the parts of a whole name, which says one word three
    times or more (Tigrinya ``ሽም ተለቃሒ (ሽም ሽም ኣቦ ሽም ኣባሓጎ)``: the borrower's name, as
    name, father's name, grandfather's name): the father named there is the name's part, not
    another person."""
    for found in _BRACKET.finditer(column):
        words = header_words(found[1])
        if any(words.count(word) >= 3 for word in set(words)):
            return (column[: found.start()] + column[found.end() :]).strip()
    return column


def _relative(words: list[str], *, guarded: bool) -> bool:
    """Whether the header's words name a relative (not the business owner, not a parent's name
    that is the person's own surname); a Vietnamese syllable
    (``cha``) only in a Latin header of syllables mostly (not ``Kitambulisho cha Taifa``)."""
    if _PARENTS_NAME_AS_SURNAME.any_in(words):
        return False  # the father's name that is the person's surname (Mongolian)
    vietnamese = guarded and _syllables(words)
    if vietnamese:  # ``bo`` of ``bo sung`` (bổ sung, to add) is no father
        inside = {
            i + k
            for i in range(len(words) - 1)
            if tuple(words[i : i + 2]) in KIN_LOOKALIKES
            for k in (0, 1)
        }
        words = [word for i, word in enumerate(words) if i not in inside]
    return not contains(words, _BUSINESS_OWNER) and any(
        contains(words, phrase, guarded=guarded)
        for phrase in _RELATIVES.candidates(words)
        if vietnamese or phrase not in _SYLLABLE_RELATIVES
    )


def the_records_party(column: str, own: str) -> bool:
    """Whether every relative's phrase the header names is in the record's own name's header
    too (``CCCD chủ hộ``, ``Năm sinh chủ hộ`` beside the owner's name ``Chủ hộ kinh
    doanh``): the party the record is about, not somebody beside it."""
    words, own_words = header_words(column), header_words(own)
    named = [phrase for phrase in _RELATIVES.candidates(words) if contains(words, phrase)]
    return bool(named) and all(contains(own_words, phrase) for phrase in named)


def names_the_name_alone(column: str) -> bool:
    """Whether the header is a whole name's and nothing more (``Họ tên``, ``Full name``), no
    qualifier saying whose (``Họ tên sinh viên``, ``Họ tên chủ hộ``)."""
    return tuple(header_words(column)) in _WHOLE_NAMES


def names_the_whole_name(column: str) -> bool:
    """Whether the header is a phrase of two words or more that names the whole name and
    nothing else (``Nama Lengkap``, ``Nombre completo``, ``Full name``), not a word that may
    head a given name alone (``Name``, Dari ``نام``)."""
    return len(header_words(column)) >= 2 and names_the_name_alone(column)


def names_a_birth_particular(column: str) -> bool:
    """Whether the header names a particular of a birth (``Giờ sinh``, ``Số giấy chứng sinh``,
    ``Tuổi thai``): the table is a register of births."""
    return _BIRTH_PARTICULARS.any_in(header_words(column), guarded=False)


def names_a_newborn(column: str) -> bool:
    """Whether the header names the newborn (``Họ tên con``, ``Ngày sinh của trẻ``)."""
    return _NEWBORNS.any_in(header_words(column), guarded=False)


def names_other_names(column: str) -> bool:
    """Whether the header names the names besides the first (``Other Name(s)``)."""
    return _OTHER_NAMES.any_in(header_words(column))


def names_elsewhere(column: str) -> bool:
    """Whether the header names a place where the record's person does not live; a header of
    two halves, one of them the home (``Quê quán / nơi ở``: home town or where one lives;
    ``Địa chỉ vườn/hộ``, the orchard's or the household's; ``Quê quán / Địa chỉ``, a home town
    or an address), names the home."""
    words, guarded = header_words(column), latin(column)
    if not _ELSEWHERE.any_in(words, guarded=guarded):
        return False
    halves = [half.strip() for half in _ALTERNATIVES.split(column) if half.strip()]
    halves += _ALSO.findall(column)  # "Địa chỉ vườn (cũng là nơi ở)": the orchard, also the home
    read = [(half, header_words(half)) for half in halves]
    from_a_home_town = any(contains(half_words, p) for _, half_words in read for p in HOME_TOWNS)
    return len(halves) < 2 or not any(
        (
            any(contains(half_words, p) for p in HOMES)
            or _HOUSEHOLD.fullmatch(half)
            or (from_a_home_town and name_hints(half)[:1] == ["address"])
        )
        and not _ELSEWHERE.any_in(half_words, guarded=guarded)
        for half, half_words in read
    )


#: Two things a header names as one or the other (``Quê quán / nơi ở``; ``Địa chỉ vườn/hộ``,
#: the orchard's or the household's).
_ALTERNATIVES = re.compile(r"\s*[/|]\s*")
#: ... or what the one it names also is, in brackets (``(cũng là nơi ở)``: also the home); a
#: bracket that only explains (``Quê quán (nơi thường trú)``) names the one place.
_ALSO = re.compile(r"\((?:cũng là|cung la|also)\s+([^)]*)\)", re.IGNORECASE)


def names_a_business_place(column: str) -> bool:
    """Whether the header names where a household business trades (``Địa chỉ kinh doanh``) and
    no home (``nhà ở kết hợp kinh doanh``)."""
    words = header_words(column)
    return any(contains(words, phrase) for phrase in BUSINESS_PLACES) and not any(
        contains(words, phrase) for phrase in HOMES
    )


def names_a_part(column: str) -> bool:
    """Whether the header names one part of a person's name (``Surname``, ``Họ đệm``)."""
    words, guarded = header_words(column), latin(column)
    return any(contains(words, phrase, guarded=guarded) for phrase in NAMED_PART)


def names_a_persons_name(column: str) -> bool:
    """Whether the header names a person's name, whosever it is (``Beneficiary Name``, ``Nome
    do Responsável``): :func:`name_hints` leaves out the names of other parties."""
    return any(role in _PERSON_NAMES for role in _phrase_roles(header_words(column), column))


def _phrase_roles(words: list[str], column: str) -> Iterator[str]:
    """The role of every hint phrase the header's ``words`` hold, the longest first; in a
    Latin header, no fold only another script's term has (Tamil ``வீதி`` folds to Albanian
    ``viti``, year), and in a header in a script no Latin-written language shares no short
    word only a language written in Latin letters has (Georgian ``თანხა (ლარი)``, the amount
    in lari, romanised holds Haitian ``lari``, street); in a header in another script, no
    short fold only a third script's terms have (Bengali ``নং``, No., is Persian ``نام``)."""
    guarded = latin(column)
    left_out = SCRIPT_ONLY if guarded else LATIN_ONLY if written_apart(column) else frozenset()
    written = frozenset() if guarded else scripts(column)
    for role, needle in map(_ORDERED.__getitem__, _ORDERED_INDEX.among(words)):
        if needle in left_out:
            continue
        if written and not SCRIPT_ONLY_IN.get((role, needle), written) & written:
            continue
        if contains(words, needle, guarded=guarded):
            yield role


def name_hints(column: str) -> list[str]:
    """The roles the column's name suggests, most specific first."""
    return list(_name_hints(column))


def _qualified(column: str) -> tuple[str, ...]:
    """What the header names outside its brackets, when a bracket names roles of another kind
    only to qualify it (``Mobile No. (registered with CNIC)``: a phone, not an id; ``Address
    (as per CNIC)``); empty otherwise: a bracket of no role (``Nome do leitor (menor)``, the
    minor's) or of the same kind (``Họ và tên (Full name)``) is read with the header."""
    bare = _BRACKET.sub(" ", column).strip()
    if bare == column or not bare:
        return ()
    inside = {role for found in _BRACKET.findall(column) for role in _name_hints(found)}
    outside = _name_hints(bare)
    return outside if outside and inside and not inside & set(outside) else ()


@lru_cache(maxsize=4096)
def _name_hints(column: str) -> tuple[str, ...]:
    """:func:`name_hints`, once per header (a re-profile or a second file asks again)."""
    column = _without_parts_listed(column)
    if "%" in column or _MONEY.search(column):
        # "Trích BHXH, BHYT, BHTN (10,5%)", "Tiền lương tính hưởng BHXH (đ)": a rate or an
        # amount, not an id
        return ()
    if outside := _qualified(column):
        return outside
    if tuple(header_words(column)) in _SEX_PAIRS:  # "Nam / Nữ": the two sexes, not two names
        return ("sex",)
    halves = [half for half in _BILINGUAL.split(column) if half.strip()]
    if len(halves) > 1:  # "Naam / Nom", "NAS / SIN": each half is a whole header
        each = [_name_hints(half.strip()) for half in halves]
        # the name every half names first: "Nome em chinês / 中文姓名" is a whole name though
        # Portuguese "Nome" alone may be the given names
        shared = [
            role
            for role in each[0]
            if role in _PERSON_NAMES and all(role in hints for hints in each)
        ]
        roles = dict.fromkeys([*shared, *(role for hints in each for role in hints)])
        if any(_middle_alone(header_words(half)) for half in halves) or any(
            _a_group_of_another(half, halves) for half in halves
        ):
            # "Gitnang Pangalan / Middle Name": the half that says "middle" says which name;
            # "Persona cuidadora / Nombre y apellidos" (a group over its column): whose name
            roles = {role: None for role in roles if role not in _PERSON_NAMES}
        return tuple(roles)
    items = [item for item in column.split(",") if item.strip()]
    if len(items) >= 3 and any(set(_name_hints(item.strip())) & _UNITS for item in items):
        # "Village, Sub-county, District": the units of one address, listed
        return ("address",)
    words = _tones_kept(column, _person_terms(header_words(column)))
    found = list(dict.fromkeys(_phrase_roles(words, column)))
    guarded = latin(column)
    if not found and (cut := head_noun(column, _name_hints)) is not None:
        qualifier, head = cut
        found = list(_name_hints(head))  # "中文姓名" (Chinese name) is a 姓名
        if a_relative(qualifier):  # "보호자성명", "父親姓名": the guardian's, the father's name
            found = [role for role in found if role not in _PERSON_NAMES]
    if not found and any(contains(words, phrase) for phrase in PARTS_IN_ORDER):
        found = ["full_name"]  # "Applicant (Last, First)": a whole name, family name first
    if any(contains(words, phrase) for phrase in WHOLE_WITH_MIDDLE):
        found = ["full_name"] + [role for role in found if role not in _PERSON_NAMES]
    elif any(contains(words, phrase) for phrase in GIVEN_AND_MIDDLE):
        found = ["given_name"] + [role for role in found if role not in _PERSON_NAMES]
    elif any(contains(words, phrase) for phrase in (*FAMILY_AND_MIDDLE, *PARENTS_NAME_AS_SURNAME)):
        found = ["family_name"] + [role for role in found if role not in _PERSON_NAMES]
    elif _middle_only(words):
        found = [role for role in found if role not in _PERSON_NAMES]
    elif found and any(contains(words, phrase) for phrase in NAME_ORDER):
        found = ["full_name"] + [role for role in found if role not in _PERSON_NAMES]
    elif found and found[0] == "family_name" and contains(words, ("ten",)):
        found.insert(0, "full_name")
    elif "family_name" in found and "given_name" in found:
        # "Nom et prénom", "Apellidos y nombre", "Nachname, Vorname": both parts, a whole name
        found = ["full_name"] + [role for role in found if role != "full_name"]
    if _NOT_A_PERSON.any_in(_members_read(words)) or _relative(words, guarded=guarded):
        # "company name", "Tên doanh nghiệp", "street_name": a name, but not a person's;
        # "Father's name", "Họ tên chủ hộ", "نام پدر": a person's, but not the record's own
        found = [role for role in found if role not in _PERSON_NAMES]
    if "family_name" in found and _household_not_family(column):
        found = [role for role in found if role != "family_name"]
    if any(contains(words, phrase) for phrase in ANOTHER_COUNTRY):
        # "Số CMND Campuchia": another country's card, a national id (no Vietnamese CMND)
        found = list(dict.fromkeys("national_id" if r in ("cmnd", "cccd") else r for r in found))
    if _DURATIONS.any_in(words):
        # "Thời hạn tạm trú" (how long one stays): months, not the place stayed at
        found = [role for role in found if role not in _PLACES]
    return tuple(found)


def _members_read(words: list[str]) -> list[str]:
    """The header's words with a cooperative's member (``xã viên``) as one word: its ``xã`` is
    no commune's (``Họ tên xã viên`` is a person's name)."""
    joined = " ".join(words).replace("xa vien", "xavien")
    return joined.split()


def _a_group_of_another(half: str, halves: list[str]) -> bool:
    """Whether ``half`` is the group of a flattened two-row header naming another person than
    the record's (``Persona cuidadora / Nombre y apellidos``, the carer's name): a relative's
    words and no name, in the script of the other halves (one language; ``ሽም ሓላፊ ስድራ / Head of
    Household`` is one header in two)."""
    words, guarded = header_words(half), latin(half)
    return (
        _relative(words, guarded=guarded)
        # by a relative's word, not a syllable Vietnamese shares ("Familijowe mě", family name)
        and any(
            contains(words, phrase, guarded=guarded)
            for phrase in _RELATIVES.candidates(words)
            if phrase not in _SYLLABLE_RELATIVES
        )
        and not names_a_persons_name(half)
        and all(scripts(other) == scripts(half) for other in halves)
    )


def _middle_alone(words: list[str]) -> bool:
    """:func:`_middle_only`, unless the words name the middle name with another part
    (``Tên đệm và tên``, the given names; ``Họ và tên đệm``, the family name with it)."""
    with_it = (*WHOLE_WITH_MIDDLE, *GIVEN_AND_MIDDLE, *FAMILY_AND_MIDDLE)
    return _middle_only(words) and not any(contains(words, phrase) for phrase in with_it)


def _middle_only(words: list[str]) -> bool:
    """Whether the header's words name the middle name alone (``Tên đệm``, ``Middle name``)."""
    return any(contains(words, phrase) for phrase in MIDDLE_ONLY) or tuple(words) in SAINTS_NAME


_UNITS = frozenset({"ward", "district", "province", "suburb", "state"})
_PLACES = _UNITS | {"address", "street", "postcode"}
#: ``hộ`` (a household), ``hồ`` (a lake), ``hỗ`` (of ``hỗ trợ``, support) fold to ``ho`` as ``họ``
#: (the family name) does.
_HOUSEHOLD, _FAMILY = (
    re.compile(rf"(?<!\w)(?:{w})(?!\w)", re.IGNORECASE) for w in ("hộ|hồ|hỗ|hổ|hố", "họ")
)


def _household_not_family(column: str) -> bool:
    """Whether the header writes the household's ``hộ`` (or another ``ho`` with its own tone) and
    no ``họ`` (``Phân loại hộ``, the class of the household; ``Hình thức hỗ trợ``): its ``ho``
    names no family name."""
    text = unicodedata.normalize("NFC", column)
    return bool(_HOUSEHOLD.search(text)) and not _FAMILY.search(text)


#: Vietnamese compounds whose words fold to a place word: ``đương sự`` (a party to a case) is
#: ``duong su``, and ``duong`` alone is ``đường`` (a street); ``cơ quan`` (an agency), ``quan
#: hệ`` (a relation) and ``quản lý`` (managing) hold the ``quan`` of ``quận`` (a district).
_COMPOUNDS: tuple[str, ...] = ("duong su", "co quan", "quan he", "quan ly")
#: ... and ``thánh đường`` (a mosque, a church), ``giảng đường`` (a lecture hall), ``tình trạng``
#: (a status) written without its tones, whose ``tinh`` is ``tỉnh`` (a province) folded
_COMPOUNDS += ("thanh duong", "giang duong", "tinh trang")
_PERSON_TERMS = {tuple(term.split()): term.replace(" ", "") for term in _COMPOUNDS}


def _person_terms(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if out and (out[-1], word) in _PERSON_TERMS:
            out[-1] = _PERSON_TERMS[(out[-1], word)]
        else:
            out.append(word)
    return out


def _tones_kept(column: str, words: list[str]) -> list[str]:
    """``words`` without the place words the header writes as another syllable: a header
    written with its tones (``Tình trạng hôn nhân``) says which word it means."""
    other = written_otherwise(column, words)
    return [f"{word}~" if word in other else word for word in words] if other else words


#: A currency in brackets: the column holds amounts (``(đồng)``, ``(VNĐ)``, ``(triệu đồng)``).
_MONEY = re.compile(r"\((?:đ|đồng|vnđ|vnd|usd|eur|triệu|nghìn|ngàn|1\.000)\b[^)]*\)", re.IGNORECASE)
#: ... or a currency's sign anywhere in it (``Employee's NIC £``, ``Amount (€)``): an amount.
_MONEY = re.compile(f"{_MONEY.pattern}|[£€¥₹₫₱₦₩₪₺₽]", re.IGNORECASE)


#: The phrases of a whole name (``ho ten``, ``full name``).
_WHOLE_NAMES = frozenset(
    needle for role, needles in HINTS if role == "full_name" for needle in needles
)
#: A header that names both sexes (``Nam / Nữ``, ``Male/Female``, ``M/F``): the sex column.
_SEX_PAIRS = frozenset({("nam", "nu"), ("nu", "nam"), ("male", "female"), ("m", "f")})
#: Between the halves of a bilingual header (``Geslacht / Sexe``, ``NAS / SIN``, ``الرقم المدني
#: | Civil ID``): a slash or a bar with spaces around it (``DNI/NIE`` is one header).
_BILINGUAL = re.compile(r"\s+[/|]\s+")
#: ... or a space between Chinese or Japanese and Latin letters (Macau's ``中文姓名 Nome em
#: chinês``, ``Name in English 英文姓名``).
_BILINGUAL = re.compile(
    rf"{_BILINGUAL.pattern}|(?<=[\u3040-\u30ff\u4e00-\u9fff])\s+(?=[A-Za-z])"
    r"|(?<=[A-Za-z.])\s+(?=[\u3040-\u30ff\u4e00-\u9fff])"
)
_PERSON_NAMES = ("full_name", "family_name", "given_name")
