"""The whole path once: token → right → consent → fetch → minimise → audit → response."""

from __future__ import annotations

import httpx
import pytest
from gateway_world import GRANTED, PURPOSE, World

pytestmark = pytest.mark.anyio


async def test_a_consented_call_returns_only_the_granted_fields_and_is_audited(
    world: World, client: httpx.AsyncClient
) -> None:
    world.consent("079090000001")
    response = await client.get(
        "/v1/services/CA-HCM/cong-dan/v1", params={"cccd": "079090000001"}, headers=world.headers()
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["fields"] == list(GRANTED)
    assert body["rows"] == [
        {"so_dinh_danh": "079090000001", "ho_ten": "Nguyễn Văn An", "ngay_sinh": "1990-01-02"}
    ]
    [entry] = world.audit().for_subject("079090000001")
    assert (entry.client, entry.purpose, entry.outcome) == ("BHXH-HCM", PURPOSE, "allowed")
    assert entry.client_agency == "BHXH-HCM"
    assert entry.fields == GRANTED
