"""From a column's name and a sample of its values to a role, a confidence and the evidence.

Values decide; the name only breaks ties between formats that fit equally (a 10-digit number is
a BHXH number or a phone) and lets weak formats (one word, four digits) count as a given name or
a postcode. A column whose role cannot be told is personal (Decree 13: unsure means protect).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from lienthong.profiling._calendars import other_calendar_births
from lienthong.profiling._checked_ids import checked_ids
from lienthong.profiling._dated_ids import dated_ids
from lienthong.profiling._foreign import ascii_digits, ids_agree
from lienthong.profiling._header_words import vietnamese
from lienthong.profiling._hints import name_hints, names_a_note, names_a_part, names_the_whole_name
from lienthong.profiling._locale import is_foreign
from lienthong.profiling._places import street_line_share
from lienthong.profiling._roles import PERSONAL_ROLES
from lienthong.profiling._shares import shares
from lienthong.profiling._text import nfc
from lienthong.profiling._values import (
    BIRTH_MEDIAN_AGE_YEARS,
    BIRTH_SPREAD_YEARS,
    STRONG_ROLES,
    birth_spread,
    birth_years,
    excel_serial_dates,
    month_first_dates,
    month_name_dates,
)

#: What a profile says of a date column exported as Excel day numbers (26345 = 1972-02-16):
#: the quality checks read such a column's days the same way (see :func:`reads_day_numbers`).
EXCEL_DAYS_EVIDENCE = "values are Excel day numbers, read as the days they count"


#: ... and of a column of years of birth (``1948``), each read as the 1st of January.
BIRTH_YEARS_EVIDENCE = "values are years of birth (1948), each read as the 1st of January"


def reads_birth_years(evidence: Sequence[str]) -> bool:
    """Whether a column's profile read its values as years of birth."""
    return BIRTH_YEARS_EVIDENCE in evidence


#: ... and of a column of month-first dates (``03/25/1985``), which the checks read month first.
MONTH_FIRST_EVIDENCE = "values are dates written month first (mm/dd/yyyy), read in that order"


#: ... and of a column of dates written with month names (``13 Oct 1978``), read as those days.
MONTH_NAMES_EVIDENCE = "values are dates written with month names (13 Oct 1978), read as such"


def reads_day_numbers(evidence: Sequence[str]) -> bool:
    """Whether a column's profile read its values as Excel day numbers."""
    return EXCEL_DAYS_EVIDENCE in evidence


#: ... and of an address or phone column whose values are not Vietnamese.
FOREIGN_EVIDENCE = (
    "values are not Vietnamese: the checks of Vietnamese units and phone formats do not apply"
)


def reads_foreign(evidence: Sequence[str]) -> bool:
    """Whether a column's profile found its values are not Vietnamese (see _locale)."""
    return FOREIGN_EVIDENCE in evidence


def reads_month_first(evidence: Sequence[str]) -> bool:
    """Whether a column's profile read its dates month first."""
    return MONTH_FIRST_EVIDENCE in evidence


def reads_month_names(evidence: Sequence[str]) -> bool:
    """Whether a column's profile read its dates from month names."""
    return MONTH_NAMES_EVIDENCE in evidence


#: Confidence at or above which a role is acted on (flags, checks, linkage).
THRESHOLD = 0.8
_STRONG_SHARE = 0.85
_WEAK_SHARE = 0.6
#: Under a whole name's header, the share of names of two words or more beside which one-word
#: names are whole names too (people who bear one name alone).
_MONONYMS_BESIDE = 0.3
#: Strong roles from the most specific format to the least (first fitting one wins).
_SPECIFICITY = (
    "cccd", "mst", "bhyt", "email", "phone", "timestamp", "birth_date", "date", "sex",
    "ward", "district", "province", "full_name", "address",
)  # fmt: skip
#: Identity numbers whose format proves which one they are: they win over a generic id header.
_SPECIFIC_IDS = ("cccd", "mst", "bhyt")
#: A hinted role whose own detector is Vietnamese-only borrows looser ones for foreign data,
#: tried in order.
_LOOSER: dict[str, tuple[str, ...]] = {
    "full_name": ("any_full_name",),
    "family_name": ("any_surname",),
    # "address_2" of FEBRL, "Address line 2": a building or an estate, words alone
    "street": ("any_street", "house_number", "address_line"),
    "sex": ("any_sex",),
    "given_name": ("given_names",),
    "phone": ("any_phone",),
    "national_id": ("any_national_id",),
    # "Adresse", "Lögheimili" over ``Bjørkeveien 1``: a street line in the address column
    # "Adres", "Folkbokföringsadress" over ``Middelweg 45``: street lines under an address name
    "address": ("any_street", "street", "place_list"),
    # "Village & District", "QUARTIER / VILLE" over ``Vailima, Tuamasaga``: several units, an
    # address
    **{unit: ("place_list",) for unit in ("ward", "district", "province", "suburb", "state")},
    "bhxh": ("national_id", "any_national_id"),
    "cmnd": ("national_id", "any_national_id"),
    "cccd": ("any_national_id",),
}
#: Share of distinct values an address line of words needs (see the looser detectors).
_LINES_DISTINCT = 0.3
#: Confidence in a national id its numbers prove, header aside: the birth dates they hold, or
#: a country's personal-number check digit they pass.
_PROVEN_ID_CONFIDENCE = 0.85
#: What a looser detector finds whatever the hinted role was: ids of letters and digits are a
#: national id (no CCCD, CMND or BHXH number), words and a house number a street line.
_LOOSE_ROLE = {
    "any_national_id": "national_id",
    "any_street": "street",
    "street": "street",
    "place_list": "address",
}
#: Roles a free-text note is never given, whatever its values mention.
_PLACES = ("address", "full_address", "street", "any_street", "house_number", "place_list")
_NOT_PERSONAL_TYPES = ("BOOLEAN", "DOUBLE", "FLOAT", "REAL", "DECIMAL", "NUMERIC")


@dataclass(frozen=True)
class Inference:
    role: str | None
    confidence: float
    evidence: tuple[str, ...]
    personal: bool


def _infer_role(
    name: str, values: Sequence[str], *, stored_type: str = "VARCHAR", distinct: int = 0
) -> Inference:
    sample = [ascii_digits(v) for v in values if v.strip()]
    distinct = distinct or len(set(sample))
    hints = name_hints(name)
    evidence: list[str] = []
    if hints:
        evidence.append(f"name {name!r} suggests {', '.join(hints)}")
    if not sample:
        evidence.append("no non-blank value to look at")
        return _fallback(hints, evidence, stored_type, distinct, len(sample))
    if "birth_date" in hints and (years := birth_years(sample)):
        # "Năm sinh": the year of birth alone, as old registers keep it (1948 is no day number)
        evidence.append(BIRTH_YEARS_EVIDENCE)
        sample = years
    elif {"birth_date", "date"} & set(hints) and (serials := excel_serial_dates(sample)):
        # a date column exported from Excel as its day numbers (26345 = 1972-02-16)
        evidence.append(EXCEL_DAYS_EVIDENCE)
        sample = serials
    elif us_dates := month_first_dates(sample):
        evidence.append(MONTH_FIRST_EVIDENCE)
        sample = us_dates
    elif named_dates := month_name_dates(sample):
        evidence.append(MONTH_NAMES_EVIDENCE)
        sample = named_dates
    elif "birth_date" in hints and (other := other_calendar_births(sample, _STRONG_SHARE)):
        evidence.append(other[0])  # Bikram Sambat 2042/11/28, Solar Hijri 1364/05/21...
        sample = other[1]
    fits = shares(sample)
    if {"address", "street"} & set(hints):
        # street lines with a street word and street lines of words and a number, mixed
        fits = {**fits, "street_line": street_line_share(sample)}
    if names_a_note(name):
        evidence.append("the name says free-text notes: never an address")
        fits = {**fits, **{role: 0.0 for role in _PLACES}}
    elif fits["address"] >= _threshold("address") and not _place_like(fits, hints):
        # "Gọi lại sau 17h": words and a number, but naming no unit and no street
        evidence.append(
            f"only {fits['full_address']:.0%} of values name a unit and {fits['street']:.0%} "
            "a street: free text, not addresses"
        )
        fits = {**fits, **{role: 0.0 for role in _PLACES}}
    if "birth_date" in hints and fits["birth_date"] >= _STRONG_SHARE:
        return _decided("birth_date", fits, evidence, len(sample), hinted=True)
    # Dates that could have been births but are events (joined, ngày cấp) stay personal: a
    # dated event in someone's record still points at them (unsure means protect).
    births = fits["birth_date"] >= _STRONG_SHARE
    event = births and not _may_be_births(hints, sample, evidence)
    if event:
        fits = {**fits, "birth_date": 0.0}
    if "given_name" in hints and "full_name" not in hints:
        # "Nombres", "Prénom(s)" name the given names alone: one or several in a cell
        fits = {**fits, "given_name": max(fits["given_name"], fits["given_names"])}
    if "full_name" in hints and fits["full_name"] >= _WEAK_SHARE:
        # under a whole name's header, names most of which the Vietnamese statistics know are
        # as surely whole names as names of any people (``Lò Thị Sinh``, ``Cà A Chải``)
        fits = {**fits, "full_name": max(fits["full_name"], fits["any_full_name"])}
    if "address" in hints:
        # under an address header, places listed with commas are an address too
        fits = {**fits, "address": max(fits["address"], fits["place_list"])}
    strong = [r for r in _SPECIFICITY if fits[r] >= _threshold(r)]
    hinted = [r for r in hints if fits.get(r, 0.0) >= _WEAK_SHARE]
    category = a_category(distinct, len(sample))
    if category:
        # a dozen given names row after row are a category's (a rescue's pets, ``Đốm``, ``Bơ``)
        strong, hinted = (
            [r for r in strong if r != "given_name"],
            [r for r in hinted if r != "given_name"],
        )
    if list(hints[:1]) == ["full_name"] and fits["any_full_name"] >= _STRONG_SHARE:
        # "Họ và tên" over names of two words or more that the Vietnamese statistics do not
        # all know (``Giàng A Chứ``, ``Lò Văn Thanh``): whole names, never a part of one
        hinted = [r for r in hinted if r not in ("given_name", "family_name")]
    if (
        hinted
        and hinted[0] in ("given_name", "family_name")
        and "full_name" in strong
        and not names_a_part(name)
    ):
        # a "Tên" column of whole Vietnamese names holds full names: the values win, unless
        # the header names the part without doubt ("Họ đệm" of "Nguyễn Văn", "Surname")
        hinted = []
    if (
        list(hints[:1]) == ["given_name"]
        and not names_a_part(name)
        and fits["any_full_name"] >= _STRONG_SHARE
        and sum(len(v.split()) >= 3 for v in sample) >= _STRONG_SHARE * len(sample)
        # four names row after row are a category's (``Vườn dâu Ka Xuân``, a farm's)
        and not category
    ):
        # "الاسم", "Name" (a name) of three words or more each: the whole name (an Egyptian
        # three-part name), though the header names the given name beside a family name
        evidence.append("nearly every value has three words or more: whole names")
        confidence = round(0.5 + 0.4 * fits["any_full_name"], 3)
        return Inference("full_name", confidence, tuple(evidence), True)
    if hinted and hinted[0] == "national_id" and strong and strong[0] in _SPECIFIC_IDS:
        # "Identity No." holding valid CCCDs: the values name which national id it is
        hinted = []
    if (
        list(hints[:1]) == ["full_name"]
        and fits["full_name"] < _WEAK_SHARE
        and fits["any_full_name"] >= _MONONYMS_BESIDE
        and (whole_or_one := min(1.0, fits["any_full_name"] + fits["given_name"])) >= _STRONG_SHARE
        and names_the_whole_name(name)
        and not category
    ):
        # "Nama Lengkap" (the whole name) over ``Sarinah``, ``Siti Rohani``, "Họ tên" over
        # Ê Đê ``H'Bla`` beside ``Y Krông``: where many bear one name alone (Indonesia,
        # Myanmar, Afghanistan, the Central Highlands), a whole name may be one word
        evidence.append(
            f"{fits['any_full_name']:.0%} of values are names of two words or more, the rest"
            " one name alone: whole names, some of one word"
        )
        return Inference("full_name", round(0.5 + 0.4 * whole_or_one, 3), tuple(evidence), True)
    if hinted and (
        not strong
        or (
            (hinted[0] in strong or hinted[0] not in STRONG_ROLES)
            and fits[hinted[0]] >= fits[strong[0]] - 0.05
        )
    ):
        return _decided(hinted[0], fits, evidence, len(sample), hinted=True, personal=event)
    if strong:
        hinted_strong = strong[0] in hints
        if not hints and strong[0] in _PLACES and category:
            # "Logement souhaité" over ``Appartement 2 ch.``, ``Maison 3 ch.``: three kinds of
            # home, not three people's addresses
            return _fallback(hints, evidence, stored_type, distinct, len(sample))
        return _decided(
            strong[0], fits, evidence, len(sample), hinted=hinted_strong, personal=event
        )
    few_names = fits["any_full_name"] >= _WEAK_SHARE and category
    for role in hints:
        for looser in _LOOSER.get(role, ()):
            if (
                fits[looser] < _WEAK_SHARE
                or (looser == "any_national_id" and not ids_agree(sample))
                # words alone are an address line only when most differ (a building, an
                # estate); a few repeated words are towns or branches
                or (looser == "address_line" and distinct < _LINES_DISTINCT * len(sample))
                # "Nombre", "First name" may head whole names: two words are one then
                or (looser == "given_names" and "full_name" in hints and not names_a_part(name))
                # whole names a category's (a dozen, row after row: "نوع المعونة", the kind
                # of aid), no register's people, nor their parts ("Họ tên người nước ngoài")
                or (looser in _NAME_LOOSER and few_names)
                # ... nor a dozen given names (a rescue's pets: ``Đốm``, ``Bơ``)
                or (looser == "given_names" and category)
                # a Vietnamese header's BHXH or CMND number has its own format: other ids under
                # one are a certificate's, a contract's (``Số GCN bảo hiểm``, ``XM24/0188658``)
                or (role in _VIETNAMESE_FORMATS and vietnamese(name))
                # a header written with its tones names a family name ``họ``: ``Ho > 2 tuần`` (a
                # cough for two weeks) over yes and no names none
                or (role == "family_name" and vietnamese(name) and "họ" not in nfc(name).lower())
            ):
                continue
            # letters and digits are no CCCD, CMND or BHXH number, whatever the header says
            found = _LOOSE_ROLE.get(looser, role)
            article = "an" if found[0] in "aeiou" else "a"
            evidence.append(
                f"{fits[looser]:.0%} of values fit {article} {found} in a foreign format"
            )
            if looser == "any_national_id":
                evidence.append("most ids share one shape or length, and are distinct")
            return Inference(found, round(0.5 + 0.4 * fits[looser], 3), tuple(evidence), True)
    for role in hints:
        if role in fits:
            evidence.append(f"but only {fits[role]:.0%} of {len(sample)} values fit {role}")
    # a Vietnamese register's personal number is the CCCD, whose own detector knows it: under a
    # Vietnamese header, numbers holding a date are a card's or a document's ("Số thẻ HDV")
    if not vietnamese(name) and (where := dated_ids(sample)) is not None:
        evidence.append(
            f"the numbers hold their holder's birth date ({where}), spread like a population's"
            " births: personal numbers of a country that writes the birth date in them"
        )
        return Inference("national_id", _PROVEN_ID_CONFIDENCE, tuple(evidence), True)
    if (kind := checked_ids(sample)) is not None:
        evidence.append(
            f"nearly every number is distinct and passes the check digit of a personal number"
            f" ({kind}): a national id, whatever the header"
        )
        return Inference("national_id", _PROVEN_ID_CONFIDENCE, tuple(evidence), True)
    return _fallback([], evidence, stored_type, distinct, len(sample))


def infer_role(
    name: str, values: Sequence[str], *, stored_type: str = "VARCHAR", distinct: int = 0
) -> Inference:
    """The role of column ``name`` given a sample of its (string) values; for an address or
    phone column whose values are not Vietnamese, the evidence says so
    (:func:`reads_foreign`), so the checks that assume Vietnamese values leave it alone."""
    found = _infer_role(name, values, stored_type=stored_type, distinct=distinct)
    if not is_foreign(found.role, values):
        return found
    return replace(found, evidence=(*found.evidence, FOREIGN_EVIDENCE))


def _may_be_births(hints: Sequence[str], sample: Sequence[str], evidence: list[str]) -> bool:
    """Whether dates with no birth-date name could be birth dates: not when the name says an
    event (joined, ngày cấp) and only when they spread over years and lie well in the past."""
    if "date" in hints:
        evidence.append("the name says the date of an event, not of a birth")
        return False
    spread = birth_spread(sample)
    if spread is None:
        return True
    years, median_age = spread
    if years >= BIRTH_SPREAD_YEARS and median_age >= BIRTH_MEDIAN_AGE_YEARS:
        return True
    evidence.append(
        f"dates span {years:.1f} years (10th-90th percentile), median {median_age:.1f} years "
        "ago: event dates, not a population's birth dates"
    )
    return False


def _place_like(fits: dict[str, float], hints: Sequence[str]) -> bool:
    """Whether values read as addresses name a place: most name a unit after a comma or a
    ward/district/province word (a full address), or a street (a street line); under a header
    that says address, words and a house number in any language will do (``18 de Julio
    1150``)."""
    return (
        fits["full_address"] >= 0.5
        or fits["street"] >= _WEAK_SHARE
        or ("address" in hints and fits["any_street"] >= _WEAK_SHARE)
        or fits.get("street_line", 0.0) >= _WEAK_SHARE
    )


def _threshold(role: str) -> float:
    return 0.7 if role in {"full_name", "address"} else _STRONG_SHARE


def _decided(
    role: str,
    fits: dict[str, float],
    evidence: list[str],
    n: int,
    *,
    hinted: bool,
    personal: bool = False,
) -> Inference:
    line_share = max(fits["street"], fits["any_street"], fits.get("street_line", 0.0))
    if role == "address" and fits["full_address"] < 0.5 and line_share >= _WEAK_SHARE:
        # "17 High Street", "18 de Julio 1150" with no ward, district or province: a street
        # line, whatever the column is called ("Domicilio", "Address"), not an address to
        # match to units
        evidence.append(f"only {fits['full_address']:.0%} of values name more than a street")
        role, hinted = "street", True
        # a street line of a street word (``Calle Mayor 5``) or of words and a number alone
        # (``Mcal. López N° 145``)
        fits = {**fits, "street": line_share}
    share = fits[role]
    evidence.append(f"{share:.0%} of {n} sampled values fit {role}")
    if role in STRONG_ROLES:
        confidence = min(0.99, share + (0.05 if hinted else 0.0))
    else:
        confidence = 0.5 + 0.45 * share if hinted else 0.4 * share
    return Inference(
        role,
        round(confidence, 3),
        tuple(evidence),
        (personal and role == "date") or role in PERSONAL_ROLES,
    )


#: Roles whose numbers a Vietnamese header writes in one format alone.
_VIETNAMESE_FORMATS = frozenset({"bhxh", "cmnd"})
#: The looser readings of a person's names.
_NAME_LOOSER = frozenset({"any_full_name", "any_surname", "given_names"})


def sure_in(inference: Inference, group: frozenset[str]) -> bool:
    """Whether the column has one of ``group``'s roles at or above the threshold."""
    return inference.role in group and inference.confidence >= THRESHOLD


def a_category(distinct: int, n: int) -> bool:
    """Whether ``n`` values of which ``distinct`` differ are a category's (a handful, each many
    times)."""
    return bool(n) and distinct <= 12 and distinct * 20 <= n


def _fallback(
    _hints: Sequence[str], evidence: list[str], stored_type: str, distinct: int, n: int
) -> Inference:
    upper = stored_type.upper()
    if upper.startswith(_NOT_PERSONAL_TYPES):
        evidence.append(f"{stored_type} values are measures, not identities")
        return Inference(None, 0.0, tuple(evidence), False)
    if a_category(distinct, n):
        evidence.append(f"only {distinct} distinct values: a category")
        return Inference(None, 0.0, tuple(evidence), False)
    evidence.append("role unknown: treated as personal until someone says otherwise")
    return Inference(None, 0.0, tuple(evidence), True)
