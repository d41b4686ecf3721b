"""Identifiers and codes are ASCII and matched whole: no fullwidth or Arabic-Indic digits, no
trailing newline. A look-alike CCCD would be audited under a subject key the citizen never sees;
a code with a newline would be written into the audit log as the caller sent it."""

from __future__ import annotations

import httpx
import pytest
from gateway_world import CONSUMER, PURPOSE, World
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from lienthong.errors import InputError
from lienthong.exchange._api import ConsentRequest, request_id
from lienthong.exchange._citizen_api import CitizenLogin
from lienthong.exchange._consents import check_cccd
from lienthong.exchange._model import check_code, check_purpose
from lienthong.exchange._params import _PATTERNS

pytestmark = pytest.mark.anyio

CCCD = "079090000001"
FULLWIDTH = CCCD.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
ARABIC_INDIC = CCCD.translate({ord(d): 0x0660 + int(d) for d in "0123456789"})

#: Unicode decimal digits other than 0-9: what ``\d`` matches and ``[0-9]`` does not.
OTHER_DIGITS = st.characters(categories=["Nd"]).filter(lambda c: not c.isascii())


@given(
    digits=st.lists(st.sampled_from("0123456789") | OTHER_DIGITS, min_size=12, max_size=12),
    kind=st.sampled_from(sorted(_PATTERNS)),
)
def test_typed_parameters_accept_only_ascii_digits(digits: list[str], kind: str) -> None:
    text = "".join(digits)
    if _PATTERNS[kind][0].fullmatch(text):
        assert text.isascii()


@pytest.mark.parametrize("value", [FULLWIDTH, ARABIC_INDIC, CCCD + "\n"])
def test_a_lookalike_cccd_is_no_cccd(value: str) -> None:
    with pytest.raises(InputError):
        check_cccd(value)
    with pytest.raises(ValidationError):
        CitizenLogin(cccd=value)
    body = {
        "subject": value,
        "provider": "CA-HCM",
        "service": "cong-dan",
        "version": "v1",
        "purpose": PURPOSE,
        "fields": ["ho_ten"],
        "agreement_text": "x",
    }
    with pytest.raises(ValidationError):
        ConsentRequest.model_validate(body)
    assert ConsentRequest.model_validate({**body, "subject": CCCD}).subject == CCCD


def test_codes_with_a_trailing_newline_are_refused() -> None:
    assert check_code("CA-HCM", "The provider") == "CA-HCM"
    with pytest.raises(InputError):
        check_code("CA-HCM\n", "The provider")
    assert check_purpose(PURPOSE) == PURPOSE
    with pytest.raises(InputError):
        check_purpose(PURPOSE + "\n")


def test_a_request_id_with_a_trailing_newline_is_replaced() -> None:
    assert request_id("abc") == "abc"
    assert request_id("abc\n") != "abc\n"


async def test_a_fullwidth_cccd_is_refused_and_audited_without_a_subject(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent(CCCD)
    for lookalike in (FULLWIDTH, ARABIC_INDIC):
        response = await client.get(
            "/v1/services/CA-HCM/cong-dan/v1", params={"cccd": lookalike}, headers=world.headers()
        )
        assert response.status_code == 422, response.text
        entry = list(world.audit().records())[-1]
        assert (entry.client, entry.status, entry.subject_keys) == (CONSUMER, 422, ())


async def test_a_provider_code_with_a_newline_is_refused(
    world: World, client: httpx.AsyncClient
) -> None:
    before = len(list(world.audit().records()))
    for url in ("/v1/services/CA-HCM%0A/cong-dan/v1", "/v1/services/CA-HCM/cong-dan/v1%0A"):
        for method in ("GET", "POST"):
            response = await client.request(
                method, url, params={"cccd": CCCD}, json={"params": {}}, headers=world.headers()
            )
            assert response.status_code == 422, (method, url, response.text)
    assert not any("\n" in (r.provider or "") + (r.version or "") for r in world.audit().records())
    assert len(list(world.audit().records())) == before
