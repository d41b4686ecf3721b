"""The gateway's raw consent look-up reads exactly what SQLAlchemy Core reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lienthong.audit import AuditKeys, AuditLog
from lienthong.errors import NotFoundError
from lienthong.exchange import ConsentRegistry, ConsentStatus, ServiceRef
from lienthong.exchange._consents import _FOR_CALL, _row_to_consent
from lienthong.exchange._tables import consents
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


def test_the_store_holds_no_plain_cccd_only_the_audit_subject_key(tmp_path: Path) -> None:
    """platform.db once held citizens' CCCDs in clear: a consent is keyed as the audit keys the
    citizen, and only someone who names the CCCD (citizen, gateway caller) finds it."""
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    log = AuditLog.open(store, tmp_path)
    registry = ConsentRegistry(store, log.keys.subject_hash)
    made = registry.request("079090000001", "BHXH-HCM", REF, "BHYT", ["ho_ten"], "Tôi đồng ý.")
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("platform.db*"))
    assert b"079090000001" not in raw
    with store.connect() as conn:
        [row] = conn.execute(select(consents)).all()
    assert row.subject_key == log.keys.subject_hash("079090000001") == made.subject_key
    assert registry.get(made.id).subject is None  # read by id: the CCCD is not known
    assert registry.get(made.id, subject="079090000001").subject == "079090000001"
    with pytest.raises(NotFoundError):
        registry.change(made.id, "revoke", subject="079090000002")
    assert registry.all(subject="079090000002") == []
    assert [c.id for c in registry.all(subject="079090000001")] == [made.id]
    store.close()
