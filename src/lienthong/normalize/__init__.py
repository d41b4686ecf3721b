"""Vietnamese normalisers: names, dates, identifiers, sex, addresses (old units → today's).

Each normaliser has a Python form for one value (API, tests, incremental linkage) and, where
bulk data needs it, a DuckDB SQL twin in :mod:`lienthong.normalize.sql` that a test keeps in
agreement with it.
"""

from lienthong.normalize import _sql as sql
from lienthong.normalize._address import (
    AddressConversion,
    AddressFormat,
    ParsedAddress,
    convert_address,
    format_current,
    parse_address,
)
from lienthong.normalize._dates import TWO_DIGIT_PIVOT, ParsedDate, Precision, parse_date
from lienthong.normalize._families import family_name_keys
from lienthong.normalize._identifiers import Identifier, IdKind, digits_of, normalize_identifier
from lienthong.normalize._names import PersonName, normalize_name
from lienthong.normalize._sex import Sex, normalize_sex
from lienthong.normalize._text import fold, tidy, title_case

__all__ = [
    "TWO_DIGIT_PIVOT",
    "AddressConversion",
    "AddressFormat",
    "IdKind",
    "Identifier",
    "ParsedAddress",
    "ParsedDate",
    "PersonName",
    "Precision",
    "Sex",
    "convert_address",
    "digits_of",
    "family_name_keys",
    "fold",
    "format_current",
    "normalize_identifier",
    "normalize_name",
    "normalize_sex",
    "parse_address",
    "parse_date",
    "sql",
    "tidy",
    "title_case",
]
