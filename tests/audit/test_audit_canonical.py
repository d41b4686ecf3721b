"""Canonical JSON: the bytes every verifier must reproduce, whatever the input's form."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.audit import canonical_json, chain_hash
from lienthong.audit._canonical import fast_canonical_json, loads_without_floats
from lienthong.errors import InputError

# Vietnamese text with its combining marks, plus arbitrary Unicode (no surrogates).
VIETNAMESE = st.sampled_from(["Nguyễn", "Trần Thị Hồng", "Phường Thủ Dầu Một", "đồng ý", "Ư"])
TEXT = st.one_of(VIETNAMESE, st.text(max_size=12))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), TEXT)
KEYS = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=8)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=20,
)


def _nfd(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFD", value)
    if isinstance(value, list):
        return [_nfd(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfd(v) for k, v in value.items()}
    return value


def test_known_bytes() -> None:
    value = {"b": [1, True, None], "a": unicodedata.normalize("NFD", "Hồ Chí Minh"), "c": 'q"\n'}
    assert canonical_json(value) == '{"a":"Hồ Chí Minh","b":[1,true,null],"c":"q\\"\\n"}'.encode()


def test_chain_hash_is_sha256_of_raw_previous_hash_and_bytes() -> None:
    import hashlib

    assert chain_hash("00" * 32, b"{}") == hashlib.sha256(bytes(32) + b"{}").hexdigest()


@settings(max_examples=50)
@given(st.dictionaries(KEYS, JSON, max_size=6))
def test_canonical_form_is_stable_under_reparsing_and_unicode_normal_forms(
    value: dict[str, Any],
) -> None:
    canonical = canonical_json(value)
    assert fast_canonical_json(value) == canonical  # the hot path agrees with the checked one
    assert canonical_json(json.loads(canonical)) == canonical
    assert canonical_json(_nfd(value)) == canonical
    assert fast_canonical_json(_nfd(value)) == canonical


@pytest.mark.parametrize(
    ("value", "message"),
    [({"x": 0.5}, "float"), ({"lý": 1}, "ASCII"), ({"x": {1, 2}}, "set")],
)
def test_values_that_cannot_be_canonical_are_refused(value: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        canonical_json(value)


def test_parsing_refuses_non_integer_numbers() -> None:
    assert loads_without_floats('{"n": 12}') == {"n": 12}
    for text in ('{"n": 1.5}', '{"n": 1e3}', '{"n": NaN}'):
        with pytest.raises(ValueError, match="not an integer"):
            loads_without_floats(text)
