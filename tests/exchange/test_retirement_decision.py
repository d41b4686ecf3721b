"""The retirement and offered-purpose decisions, cell by cell (pure: no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lienthong.errors import GoneError
from lienthong.exchange._decision import AccessDenied, offered_for, still_served

NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)
SERVICE = "BYT/nguoi-dan/v1"
SUCCESSOR = "BYT/nguoi-dan/v2"


@pytest.mark.parametrize(
    ("sunset", "deprecated"),
    [
        (None, False),  # current: no headers
        (NOW + timedelta(days=30), True),  # retired, before its sunset: answered, deprecated
        (NOW + timedelta(seconds=1), True),
    ],
)
def test_a_version_answers_until_its_sunset(sunset: datetime | None, deprecated: bool) -> None:
    assert still_served(service=SERVICE, sunset=sunset, successor=SUCCESSOR, now=NOW) is deprecated


@pytest.mark.parametrize("sunset", [NOW, NOW - timedelta(days=1)])
def test_from_its_sunset_a_version_is_gone_naming_its_successor(sunset: datetime) -> None:
    with pytest.raises(GoneError) as gone:
        still_served(service=SERVICE, sunset=sunset, successor=SUCCESSOR, now=NOW)
    assert gone.value.http_status == 410
    assert gone.value.successor == SUCCESSOR
    assert SUCCESSOR in gone.value.message and SERVICE in gone.value.message


@pytest.mark.parametrize(
    ("purposes", "purpose", "refused"),
    [
        ((), "THONG-KE", False),  # no list published: any purpose a right names
        (("BHYT-CAP-THE",), "BHYT-CAP-THE", False),
        (("BHYT-CAP-THE", "THONG-KE"), "THONG-KE", False),
        (("BHYT-CAP-THE",), "THONG-KE", True),
    ],
)
def test_only_the_purposes_a_provider_offers_are_served(
    purposes: tuple[str, ...], purpose: str, refused: bool
) -> None:
    if not refused:
        offered_for(service=SERVICE, purpose=purpose, purposes=purposes)
        return
    with pytest.raises(AccessDenied) as denied:
        offered_for(service=SERVICE, purpose=purpose, purposes=purposes)
    assert denied.value.reason == "purpose-not-offered" and "BHYT-CAP-THE" in (
        denied.value.hint or ""
    )
