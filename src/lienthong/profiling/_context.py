"""What a table's other columns say of a column's role.

Each column's role is read from its own name and values first (:mod:`._infer`); a few
questions only the whole table answers.

- A header is ambiguous across languages: French ``Nom`` is the family name, Catalan ``Nom``
  the given name; Persian ``نام`` is the (given) name beside ``نام خانوادگی``, the family name;
  German ``Name`` is the family name beside ``Vorname``. When two columns claim the family name,
  or a "name" column of one-word values sits beside a family-name (given-name) column, the
  column the header names less surely is the other part of the name, if its values fit it.
- A table about people holds other people too: a contact, a proxy, a parent. When several
  columns hold whole names (or birth dates, or identity numbers) and the headers of some say
  so, the others are somebody else's: they stay personal, with no identifying role (a birth
  date is then a date). A relative's or a contact's header (``Họ tên cha``, ``NOK Name``)
  beside the record's own name is somebody else's too, and so is a handful of names repeated
  row after row beside the records' mostly distinct ones: the staff who served them.
- An address under a header naming an organisation, a building, land or the place of birth is
  not where the person lives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lienthong.profiling._few_people import a_handful_of_people
from lienthong.profiling._hints import (
    name_hints,
    names_a_birth_particular,
    names_a_business_place,
    names_a_lifelong_fund,
    names_a_newborn,
    names_a_passport,
    names_a_relative,
    names_a_social_security,
    names_a_tax_number,
    names_an_identity_card,
    names_elsewhere,
    names_other_names,
    names_the_name_alone,
    the_records_party,
)
from lienthong.profiling._infer import THRESHOLD, Inference, sure_in
from lienthong.profiling._lone_name import (
    lone_family_name,
    lone_given_name,
    lone_vietnamese_names,
)
from lienthong.profiling._party_list import a_partys_list
from lienthong.profiling._places import is_post_box
from lienthong.profiling._proven_ids import old_beside_new, unproven_beside_proven
from lienthong.profiling._roles import IDENTIFIER_ROLES, NAME_ROLES
from lienthong.profiling._shares import shares
from lienthong.profiling._text import tokens
from lienthong.profiling._units_apart import units_apart

#: Share of a column's values that must read as the other part of a name before it is given.
_PART_SHARE = 0.8
#: Roles whose second column, under a header that names none of them beside one that does, is
#: somebody else's, and what it is then: a name, an identity number or an address of no role,
#: a birth date a date.
_ONCE: dict[str, str | None] = {"full_name": None, "birth_date": "date", "cccd": None}
_ONCE["national_id"] = _ONCE["address"] = None
#: Header hints that keep a second column of a role the record's own: a second name column
#: whose header says name (``Tên khai sinh``), a second birth date whose header says birth.
_FAMILY_OF = {"full_name": NAME_ROLES, "birth_date": frozenset({"birth_date"})}
#: ... and a second identity number whose header names an identity number of any kind
#: (``Số CMND cũ`` beside ``Số CCCD``); a "subject code" of the same shape is not the person's.
_FAMILY_OF["cccd"] = _FAMILY_OF["national_id"] = IDENTIFIER_ROLES
#: ... and a second address whose header names a place of any kind (a person has a permanent
#: and a temporary one): an address under a header naming none (``Địa điểm vi phạm``, where
#: an offence happened; a building site) beside the person's own is no address of theirs.
_FAMILY_OF["address"] = frozenset(
    {"address", "street", "ward", "district", "province", "suburb", "state", "postcode"}
)
#: Roles a relative's header (a spouse's, a guardian's, an insurance holder's) makes somebody
#: else's beside a column of the record's own, what they are then, and what the evidence calls
#: them.
_RELATIVES_TOO: tuple[tuple[frozenset[str], str | None, str], ...] = (
    (NAME_ROLES, None, "name"),
    # a person's own identity numbers (a business's MST beside the owner's CCCD is no rival)
    (frozenset({"cccd", "cmnd", "national_id"}), None, "id"),
    # ... and their insurance numbers (``Mã số BHXH người chết``, a survivor's pension's)
    (frozenset({"bhxh", "bhyt"}), None, "id"),
    # ... and tax codes (a dependant's ``MST người phụ thuộc`` beside the taxpayer's ``MST NNT``)
    (frozenset({"mst"}), None, "tax code"),
    (frozenset({"birth_date"}), "date", "birth date"),
    (frozenset({"address", "street"}), None, "address"),
)
#: The record's own identity numbers, one of which a passport number stands beside.
_IDS = frozenset({"cccd", "cmnd", "national_id"})
#: A whole-name column's share of distinct values at or below which, beside one of the
#: records' people (at least :data:`_PEOPLE_SHARE` distinct), it names the staff who served
#: them; shares mean something from :data:`_STAFF_MIN_VALUES` filled values on.
_STAFF_SHARE, _PEOPLE_SHARE, _STAFF_MIN_VALUES = 0.2, 0.6, 20
#: Header words of a second surname, the mother's (Spanish and Portuguese names carry two).
_SECOND_SURNAME = frozenset({"materno", "materna", "segundo", "segon", "second", "maternal", "mae"})
#: ... and the ordinals that write "second" (``2º apellido``, Basque ``2. abizena``, ``bigarren``)
_SECOND_SURNAME |= {"2", "2o", "2do", "bigarren"}
#: The detector that tells a value is the missing part of a name.
_PART_DETECTOR = {"given_name": "given_names", "family_name": "any_surname"}


def in_context(
    names: Sequence[str], found: Sequence[Inference], values: Sequence[Sequence[str]]
) -> list[Inference]:
    """``found`` (one inference per column of ``names``), with the roles the table settles."""
    out = list(found)
    _staff(names, out, values)
    a_handful_of_people(names, out, values)
    _elsewhere(names, out)  # first: a business's address is no candidate for the person's own
    _newborns(names, out)
    a_partys_list(names, out, values)
    out = _others_people(names, out)
    unproven_beside_proven(out, values)
    old_beside_new(names, out)
    _postal_boxes(out, values)
    units_apart(names, out, values)
    lone_given_name(names, out, values)  # before a category is made the name's other part
    lone_family_name(names, out, values)
    lone_vietnamese_names(names, out, values)
    for have, missing in (("family_name", "given_name"), ("given_name", "family_name")):
        _name_parts(names, out, values, have, missing)
    _second_surnames(names, out)  # last: it is no candidate for the other part of the name
    _other_names(names, out)
    return out


def _others_people(names: Sequence[str], out: list[Inference]) -> list[Inference]:
    """Somebody else's names, birth dates, identity numbers and addresses: a name under a
    header naming a relative or a contact beside the record's own name (``Họ tên cha`` beside
    ``Họ tên học sinh``; alone, as in a list of household heads, ``Họ tên chủ hộ`` is the
    record's), or any of them under a header that names none of its kind beside a column
    whose header does (:data:`_ONCE`, :data:`_FAMILY_OF`)."""
    _relatives(names, out)
    ids = [
        i
        for i, inference in enumerate(out)
        if inference.role in _IDS and inference.confidence >= THRESHOLD
    ]
    ids = _tax_numbers(names, out, _beside_the_cccd(out, ids))
    # a fund's number first: beside a passport (Palau has no national card) the passport is
    # the person's identity document
    for named, what in ((_funds, "fund's"), (_documents, "passport")):
        others = named(names, ids)
        if others and len(others) == len(ids):
            # every id a fund's (СНИЛС beside a Полис ОМС): the one whose header also names a
            # national id is the person's, one proven only by its digits is the fund's
            others = [i for i in others if "national_id" not in name_hints(names[i])]
        if others and len(others) < len(ids):
            # a passport, a social-security fund's number beside the country's own id: an
            # identifier, not the national id
            national = next(i for i in ids if i not in others)
            for index in others:
                evidence = (
                    *out[index].evidence,
                    f"a {what} number beside the national id {names[national]!r}: an identifier,"
                    " not the national id",
                )
                out[index] = Inference(None, 0.0, evidence, True)
            ids = [i for i in ids if i not in others]
    for role, other in _ONCE.items():
        holders = [i for i, inference in enumerate(out) if _sure(inference, role)]
        hinted = [i for i in holders if role in name_hints(names[i])]
        if role == "full_name" and not hinted:
            # the record's name in parts ("Họ đệm", "Tên") beside whole names under a header
            # naming none ("GVCN", the form teacher): those are somebody else's
            hinted = [i for i, inference in enumerate(out) if _named_name(inference, names[i])]
        for index in holders if hinted else ():
            if not set(name_hints(names[index])) & _FAMILY_OF[role]:
                out[index] = _somebody_elses(out[index], other, names[hinted[0]], role)
    return out


def _beside_the_cccd(out: list[Inference], ids: list[int]) -> list[int]:
    """Beside the CCCD, a Vietnamese citizen's national id, a number of another country's
    shape is a document they hold (a passport, a residence card abroad: ``외국인등록번호``)."""
    if not any(out[i].role == "cccd" for i in ids):
        return ids
    for index in [i for i in ids if out[i].role == "national_id"]:
        evidence = (
            *out[index].evidence,
            "beside the CCCD, the person's national id: another country's number, a document",
        )
        out[index] = Inference(None, 0.0, evidence, True)
    return [i for i in ids if out[i].role is not None]


def _funds(names: Sequence[str], ids: list[int]) -> list[int]:
    """The ids under a fund's header, less a country's lifelong number a fund keeps (``ΑΜΚΑ``,
    ``СНИЛС``) beside a passport or an identity card: that one is the person's."""
    funds = [i for i in ids if names_a_social_security(names[i])]
    if any(names_a_passport(names[i]) or names_an_identity_card(names[i]) for i in ids):
        funds = [i for i in funds if not names_a_lifelong_fund(names[i])]
    return funds


def _documents(names: Sequence[str], ids: list[int]) -> list[int]:
    """The ids under a passport's (a document's) header, and an identity card's beside a
    personal number that is no document's nor a fund's (``N° CNI`` beside the NNI; beside a
    voter's card alone, Cameroon's, the card's number is the person's)."""
    documents = [i for i in ids if names_a_passport(names[i])]
    cards = [i for i in ids if i not in documents and names_an_identity_card(names[i])]
    rest = [i for i in ids if i not in documents + cards and not names_a_social_security(names[i])]
    return documents + cards if rest else documents


def _newborns(names: Sequence[str], out: list[Inference]) -> None:
    """In a register of births (a header names the hour of birth, the birth certificate, the
    gestational age: ``Giờ sinh``, ``Số giấy chứng sinh``, ``Tuổi thai``) the record's person is
    the mother, as the register's own papers are hers: the newborn's name, birth date and
    number (``Họ tên con``, ``Ngày sinh của trẻ``) are the child's, and the mother's columns,
    under her header, are then the record's (:func:`_relatives`). A child's own record (a
    vaccination or vitamin A round: ``Họ và tên trẻ`` beside ``Họ tên mẹ``) names no birth's
    particulars (:func:`_childs_birth_days`)."""
    if not any(names_a_birth_particular(name) for name in names):
        _childs_birth_days(names, out)
        return
    for index, inference in enumerate(out):
        role = inference.role
        if role in _ONCE and names_a_newborn(names[index]):
            other = _ONCE[role]
            evidence = (
                *inference.evidence,
                f"{names[index]!r} names the newborn in a register of births, whose record is"
                " the mother: the child's, not the record's",
            )
            out[index] = Inference(other, inference.confidence if other else 0.0, evidence, True)


def _childs_birth_days(names: Sequence[str], out: list[Inference]) -> None:
    """Outside a register of births, beside the name of a record who is no child and no other
    party (a maternity claim: ``Họ và tên`` beside ``Ngày sinh con``), a child's birth date is
    the day the record's child was born: a date of the record's, not their birth date."""
    adult = any(
        sure_in(inference, NAME_ROLES)
        and not names_a_newborn(names[index])
        and not names_a_relative(names[index])
        for index, inference in enumerate(out)
    )
    if not adult:
        return
    for index, inference in enumerate(out):
        if inference.role == "birth_date" and names_a_newborn(names[index]):
            evidence = (
                *inference.evidence,
                f"{names[index]!r} names a child beside the record's own name: the day the"
                " record's child was born, not the record's birth date",
            )
            out[index] = Inference("date", inference.confidence, evidence, True)


def _tax_numbers(names: Sequence[str], out: list[Inference], ids: list[int]) -> list[int]:
    """A taxpayer's number (``TIN``, ``NIF``) beside the country's own personal number
    (``PhilSys Card No.``, ``N.º do Cartão de Cidadão``) is the tax office's identifier, not
    the national id, and so beside a fund's number whose header names a national id (``ΑΜΚΑ``,
    ``TAJ szám``, ``СНИЛС``); ``ids`` less those. Beside only a document's number or another
    fund's it may be the person's: the funds' and the passports' steps decide."""
    taxes = [i for i in ids if names_a_tax_number(names[i])]
    funds = [i for i in ids if names_a_social_security(names[i]) and i not in taxes]
    documents = [i for i in ids if names_a_passport(names[i])] + funds
    personal = [i for i in ids if i not in taxes and i not in documents]
    # beside a health or social insurance fund's number alone (Greece's ΑΜΚΑ beside the ΑΦΜ,
    # Hungary's TAJ beside the adóazonosító jel, Russia's СНИЛС beside the ИНН) the fund's
    # number is the person's: it follows them for life, across every employer
    personal = personal or [i for i in funds if "national_id" in name_hints(names[i])]
    if not taxes or not personal:
        return ids
    for index in taxes:
        evidence = (
            *out[index].evidence,
            f"a tax number beside the national id {names[personal[0]]!r}: an identifier, not the"
            " national id",
        )
        out[index] = Inference(None, 0.0, evidence, True)
    return [i for i in ids if i not in taxes]


def _staff(names: Sequence[str], out: list[Inference], values: Sequence[Sequence[str]]) -> None:
    """A column of a handful of whole names repeated row after row (``Công chức tư pháp``,
    ``Cán bộ thú y``, ``THAM PHAN``, a coach, a doctor) beside one of mostly distinct names is
    the staff who served the records, not the records' people, whatever its header says."""
    shares: dict[int, float] = {}
    for index, inference in enumerate(out):
        filled = [value.strip() for value in values[index] if value.strip()]
        if _sure(inference, "full_name") and len(filled) >= _STAFF_MIN_VALUES:
            shares[index] = len(set(filled)) / len(filled)
    people = max(shares, key=shares.__getitem__, default=None)
    if people is None or shares[people] < _PEOPLE_SHARE:
        return
    # under the bare name header (``Họ tên``) beside a relative's or a contact's names, a
    # handful of names are the records' (a small community's), the distinct ones the others'
    beside_a_relative = names_a_relative(names[people])
    for index, share in shares.items():
        if beside_a_relative and names_the_name_alone(names[index]):
            continue
        if share <= _STAFF_SHARE:
            evidence = (
                *out[index].evidence,
                f"only {share:.0%} of its names distinct beside {names[people]!r}'s"
                f" {shares[people]:.0%}: the staff who served the records, not their people",
            )
            out[index] = Inference(None, 0.0, evidence, True)


def _second_surnames(names: Sequence[str], out: list[Inference]) -> None:
    """Beside the first surname, a column under a header naming the second, the mother's
    (``Apellido materno``, ``Segundo apellido``) is not the family name the record is filed
    under: no role."""
    family = [i for i, inference in enumerate(out) if _sure(inference, "family_name")]
    if len(family) < 2:
        return
    for index in family:
        if set(tokens(names[index])) & _SECOND_SURNAME:
            evidence = (*out[index].evidence, "a second (maternal) surname beside the first")
            out[index] = Inference(None, 0.0, evidence, True)


def _other_names(names: Sequence[str], out: list[Inference]) -> None:
    """``Other Names`` are the given names beside a surname (Kenya, Zambia, Fiji), but beside
    a first name (Ghana's ``First Name``) they are the middle names: no role of their own."""
    others = [
        i
        for i, inference in enumerate(out)
        if _sure(inference, "given_name") and names_other_names(names[i])
    ]
    firsts = [i for i, inference in enumerate(out) if _sure(inference, "given_name")]
    firsts = [i for i in firsts if i not in others]
    for index in others if firsts else ():
        evidence = (
            *out[index].evidence,
            f"beside the first name {names[firsts[0]]!r}, the other names are the middle names",
        )
        out[index] = Inference(None, 0.0, evidence, True)


def _elsewhere(names: Sequence[str], out: list[Inference]) -> None:
    """An address under a header naming an organisation, a building, land or the place of
    birth (``Địa chỉ doanh nghiệp``, ``Địa chỉ bệnh viện``, ``Địa chỉ thửa đất``, ``Nơi sinh``)
    is where that is, not where the record's person lives: no person's address, even alone (a
    blood donor's file may hold only the receiving hospital's). Where a household business
    trades is the record's address in a register of businesses, but beside the owner's own
    (``Địa chỉ cư trú chủ hộ``) it is the business's."""
    lived = [
        i
        for i, inference in enumerate(out)
        if sure_in(inference, _PLACE_ROLES)
        and not names_elsewhere(names[i])
        and not names_a_business_place(names[i])
    ]
    for index, inference in enumerate(out):
        business = bool(lived) and names_a_business_place(names[index])
        if inference.role in _PLACE_ROLES and (business or names_elsewhere(names[index])):
            evidence = (
                *inference.evidence,
                f"{names[index]!r} names a place the person does not live in (an organisation,"
                " a building, land, the place of birth): not the person's address",
            )
            out[index] = Inference(None, 0.0, evidence, True)
        elif inference.role in _TAX_IDS and _an_organisations(names[index]):
            # "MST doanh nghiệp", "NIT empresa": the organisation's number, not the person's
            evidence = (*inference.evidence, f"{names[index]!r} names an organisation's number")
            out[index] = Inference(None, 0.0, evidence, True)


#: Numbers an organisation has too: a tax code, a registration number.
_TAX_IDS = frozenset({"mst", "national_id"})


def _an_organisations(name: str) -> bool:
    """Whether the header names an organisation (or a place) and no other person (a relative,
    a representative) whose number it would be."""
    return names_elsewhere(name) and not names_a_relative(name)


def _relatives(names: Sequence[str], out: list[Inference]) -> None:
    """A relative's or a contact's name, identity number, birth date or address (``Họ tên
    cha`` beside ``Họ tên học sinh``, ``Số ĐDCN vợ/chồng``, ``Ngày sinh vợ/chồng``, ``JMBG
    nosioca``) beside the record's own is somebody else's. The record's own: the sure columns
    not under a relative's header, else (a list of household heads with a proxy beside: ``Họ
    tên chủ hộ``, ``Người nhận thay``) the first; alone (a list of guardians) it is the
    record's, unless it is an identity number or a birth date and the record's own name stands
    under no relative's header (a pensioner's ``Họ tên`` beside the only ``CCCD người lĩnh
    thay``, the proxy's; a household's address is its members' too), and so is one under the
    relative's header the record's own name bears too (``CCCD chủ hộ``, ``Chủ hộ kinh doanh``)."""
    named: int | None = None  # the record's own name, under no relative's header
    for group, other, what in _RELATIVES_TOO:
        holders = [i for i, inference in enumerate(out) if sure_in(inference, group)]
        own = [
            i
            for i in holders
            if not names_a_relative(names[i])
            or (named is not None and the_records_party(names[i], names[named]))
        ]
        if group == NAME_ROLES and own:
            named = own[0]
        if own:
            whose, of = names[own[0]], what
        elif named is not None and what in ("id", "birth date", "tax code"):
            whose, of = names[named], "name"  # a relative's alone, the record named apart
        elif holders:
            own, whose, of = holders[:1], names[holders[0]], what  # a list of guardians
        else:
            continue
        for index, inference in enumerate(out):
            if index not in own and inference.role in group and names_a_relative(names[index]):
                out[index] = _somebody_elses(inference, other, whose, of)


def _somebody_elses(inference: Inference, other: str | None, own: str, what: str) -> Inference:
    evidence = (
        *inference.evidence,
        f"the record's {what} is {own!r}: this column is somebody else's (a contact, a proxy,"
        " a relative)",
    )
    return Inference(other, inference.confidence if other else 0.0, evidence, True)


def _name_parts(
    names: Sequence[str],
    out: list[Inference],
    values: Sequence[Sequence[str]],
    have: str,
    missing: str,
) -> None:
    """Give ``missing`` (the given or the family name) to the column the table leaves it to,
    beside a sure ``have`` column, when no column has it yet."""
    present = [i for i, inference in enumerate(out) if _sure(inference, have)]
    if not present or any(_sure(inference, missing) for inference in out):
        # nothing to set it beside, or the part is there already (a second one-word name
        # column is a middle name: Swahili "Jina la Kati")
        return
    plain = [i for i in present if _name_roles(names[i]) == (have,)]
    for index, inference in enumerate(out):
        if index in plain:
            continue
        hinted = _name_roles(names[index])
        # "Nom" (family or full name) beside "Cognoms": the other claimant of the part
        rival = index in present and len(hinted) > 1 and bool(plain)
        # "نام", "Name", "Nombre" (a name) of one-word values beside the other part, left
        # without a role (a few given names, read as a category)
        unnamed = inference.role is None and bool(hinted)
        # "Other Names", "Nombre(s)" of one or two given names each, beside "Surname": unsure
        # alone (two words may be a whole name), the given names beside the family name
        unsure = inference.role == missing and inference.confidence < THRESHOLD
        if rival or unnamed or unsure:
            part = _part(inference, values[index], missing, names[present[0]])
            if part is not None:
                out[index] = part
                return


def _named_name(inference: Inference, name: str) -> bool:
    return sure_in(inference, NAME_ROLES) and bool(set(name_hints(name)) & NAME_ROLES)


def _sure(inference: Inference, role: str) -> bool:
    return sure_in(inference, frozenset({role}))


def _name_roles(name: str) -> tuple[str, ...]:
    return tuple(role for role in name_hints(name) if role in NAME_ROLES)


def _part(inference: Inference, values: Sequence[str], role: str, beside: str) -> Inference | None:
    """The column as the ``role`` part of a name when its values fit it, else ``None``."""
    share = shares(values)[_PART_DETECTOR[role]] if values else 0.0
    if share < _PART_SHARE:
        return None
    evidence = (
        *inference.evidence,
        f"beside {beside!r}, this column, {share:.0%} of whose values fit, is the {role}",
    )
    return replace(inference, role=role, confidence=round(0.5 + 0.4 * share, 3), evidence=evidence)


#: Share of an address column's values that must be boxes before it counts as a box column.
_BOX_SHARE = 0.8
_PLACE_ROLES = frozenset({"address", "street"})


def _postal_boxes(out: list[Inference], values: Sequence[Sequence[str]]) -> None:
    """A column of post-office boxes beside another address of the person is where their mail
    goes, not where they live: it keeps no address role (alone, as in a Kenyan register, the
    box is the only address the file has, and stays one)."""
    places = [i for i, inference in enumerate(out) if sure_in(inference, _PLACE_ROLES)]
    boxes = [i for i in places if _boxes(values[i])]
    if not boxes or len(boxes) == len(places):
        return
    for index in boxes:
        evidence = (
            *out[index].evidence,
            "post-office boxes beside the person's address: where mail goes, not where they live",
        )
        out[index] = Inference(None, 0.0, evidence, True)


def _boxes(column: Sequence[str]) -> bool:
    filled = [value for value in column if value.strip()]
    return bool(filled) and sum(map(is_post_box, filled)) >= _BOX_SHARE * len(filled)
