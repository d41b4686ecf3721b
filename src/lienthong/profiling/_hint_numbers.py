"""Headers that name a document's or a fund's number rather than the person's own: a
passport, an identity card, a fund a country keys its people by for life, a social-security
fund, a taxpayer's number. :mod:`lienthong.profiling._context` weighs them beside the national
id (:mod:`lienthong.profiling._hints` re-exports them with the other header predicates)."""

from __future__ import annotations

from lienthong.profiling._header_terms import (
    IDENTITY_CARDS,
    LIFELONG_FUNDS,
    PASSPORTS,
    SOCIAL_SECURITY,
    TAX_NUMBERS,
)
from lienthong.profiling._header_words import PhraseIndex, header_words
from lienthong.profiling._text import latin

_PASSPORTS, _IDENTITY_CARDS = PhraseIndex(PASSPORTS), PhraseIndex(IDENTITY_CARDS)
_LIFELONG_FUNDS, _SOCIAL_SECURITY = PhraseIndex(LIFELONG_FUNDS), PhraseIndex(SOCIAL_SECURITY)
_TAX_NUMBERS = PhraseIndex(TAX_NUMBERS)


def names_a_passport(column: str) -> bool:
    """Whether the header names a passport (``Số hộ chiếu``, ``رقم الجواز Passport No``)."""
    return _PASSPORTS.any_in(header_words(column), guarded=False)


def names_an_identity_card(column: str) -> bool:
    """Whether the header names an identity card's number (``N° CNI``)."""
    return _IDENTITY_CARDS.any_in(header_words(column))


def names_a_lifelong_fund(column: str) -> bool:
    """Whether the header names a fund's number a country keys its people by (``ΑΜΚΑ``)."""
    return _LIFELONG_FUNDS.any_in(header_words(column))


def names_a_social_security(column: str) -> bool:
    """Whether the header names a social-security, pension or health fund's number (``SSN``,
    ``NIB No.``); a short or Vietnamese-looking one (``SS``, ``NHI``) only as the whole header."""
    words, guarded = header_words(column), latin(column)
    return _SOCIAL_SECURITY.any_in(words, guarded=guarded)


def names_a_tax_number(column: str) -> bool:
    """Whether the header names a taxpayer's number (``TIN``, ``NIF``, ``Α.Φ.Μ.``); a short one
    only as the whole header, as a fund's."""
    words, guarded = header_words(column), latin(column)
    return _TAX_NUMBERS.any_in(words, guarded=guarded)
