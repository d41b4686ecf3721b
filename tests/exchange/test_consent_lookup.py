"""The gateway's raw consent look-up reads exactly what SQLAlchemy Core reads."""

from __future__ import annotations

from pathlib import Path

from lienthong.audit import AuditKeys
from lienthong.exchange import ConsentRegistry, ConsentStatus, ServiceRef
from lienthong.exchange._consents import _FOR_CALL, _row_to_consent
from lienthong.store import Store

REF = ServiceRef("CA-HCM", "cong-dan", "v1")


def test_for_call_matches_the_core_query_field_for_field(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    keys = AuditKeys.generate()
    registry = ConsentRegistry(store, keys.subject_hash)
    for status in (ConsentStatus.ACTIVE, ConsentStatus.PENDING):
        registry.request(
            "079090000001", "BHXH-HCM", REF, "BHYT", ["ho_ten"], "Tôi đồng ý.", status=status
        )
    found = registry.for_call("079090000001", "BHXH-HCM", REF, "BHYT")
    params = {
        "subject_key": keys.subject_hash("079090000001"),
        "consumer": "BHXH-HCM",
        "provider": REF.provider,
        "service": REF.service,
        "version": REF.version,
        "purpose": "BHYT",
    }
    with store.connect() as conn:
        expected = [_row_to_consent(row, "079090000001") for row in conn.execute(_FOR_CALL, params)]
    assert len(found) == 2
    assert found == expected
    assert all(c.valid_until.tzinfo is not None for c in found)
    assert registry.for_call("079090000001", "BHXH-HCM", REF, "OTHER") == []
