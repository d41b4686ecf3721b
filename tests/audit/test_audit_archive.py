"""The archive a third party verifies, and the format document that tells them how."""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from audit_helpers import CITIZENS, make_event
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lienthong.audit import (
    AuditEvent,
    AuditKeys,
    AuditLog,
    BreakKind,
    EventType,
    Outcome,
    archive_keys,
    canonical_json,
    chain_hash,
    export_archive,
    verify_archive,
)
from lienthong.audit._records import checkpoint_message, event_entry
from lienthong.errors import InputError

DOC = Path(__file__).parents[2] / "docs" / "audit-format.md"


@pytest.fixture
def archive(log: AuditLog, tmp_path: Path) -> Path:
    log.append_many([make_event(i) for i in range(1, 11)])
    log.append(make_event(11, Outcome.DENIED))
    return export_archive(log, tmp_path / "audit.jsonl").path


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines(keepends=True)


def test_an_exported_archive_verifies_and_names_nobody(archive: Path, log: AuditLog) -> None:
    report = verify_archive(archive, public_keys=[log.public_key])
    assert report.ok and report.entries == 11
    assert report.checkpoints == 3  # at 4 and 8 (due, inside one batch), the export's at 11
    assert [k.key_id for k in archive_keys(archive)] == [log.public_key.key_id]  # header's
    text = archive.read_text("utf-8")
    assert not any(cccd in text for cccd in CITIZENS)
    kinds = [json.loads(line)["kind"] for line in _lines(archive)]
    assert kinds[0] == "header" and kinds[-1] == "end" and kinds.count("entry") == 11


def test_an_archive_signed_by_another_key_is_refused(archive: Path) -> None:
    report = verify_archive(archive, public_keys=[AuditKeys.generate().public])
    assert report.first_break is not None and report.first_break.kind == "bad_checkpoint"


def test_a_file_that_is_not_an_archive_says_so(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text('{"format": "something-else"}\n')
    with pytest.raises(InputError, match="not a lienthong-audit/1 archive"):
        verify_archive(tmp_path / "x.jsonl", public_keys=[AuditKeys.generate().public])


def _entry_positions(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if '"kind":"entry"' in line]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_tampering_with_the_archive_is_caught_at_the_first_broken_entry(
    data: st.DataObject, archive: Path, log: AuditLog, tmp_path: Path
) -> None:
    lines = _lines(archive)
    entries = _entry_positions(lines)  # entry seq k is at lines[entries[k - 1]]
    n = len(entries)
    op = data.draw(st.sampled_from(["edit", "delete", "duplicate", "swap", "truncate", "garble"]))
    k = data.draw(st.integers(1, n - 1), label="k")
    if op == "edit":
        obj = json.loads(lines[entries[k - 1]])
        obj["entry"]["purpose"] = "TAMPERED"
        lines[entries[k - 1]] = json.dumps(obj, ensure_ascii=False) + "\n"
        expected = (k, {BreakKind.EDITED})
    elif op == "delete":
        del lines[entries[k - 1]]
        expected = (k, {BreakKind.DELETED})
    elif op == "duplicate":
        lines.insert(entries[k - 1] + 1, lines[entries[k - 1]])
        expected = (k + 1, {BreakKind.INSERTED})
    elif op == "swap":
        j = data.draw(st.integers(k + 1, n), label="j")
        a, b = entries[k - 1], entries[j - 1]
        lines[a], lines[b] = lines[b], lines[a]
        expected = (k, {BreakKind.REORDERED})
    elif op == "truncate":
        lines = lines[: entries[k - 1] + 1]  # everything after entry k is gone
        expected = (k + 1, {BreakKind.TRUNCATED})
    else:
        lines[entries[k - 1]] = lines[entries[k - 1]][:40] + "\n"
        expected = (k, {BreakKind.MALFORMED})
    tampered = tmp_path / "tampered.jsonl"
    tampered.write_text("".join(lines), "utf-8")
    report = verify_archive(tampered, public_keys=[log.public_key])
    assert report.first_break is not None, op
    assert (report.first_break.seq, report.first_break.kind in expected[1]) == (
        expected[0],
        True,
    ), report.first_break


def test_the_worked_example_in_the_format_document_is_exact() -> None:
    doc = DOC.read_text("utf-8")
    keys = AuditKeys(Ed25519PrivateKey.from_private_bytes(bytes(range(32))), b"\x01" * 32)
    common = {"provider": "CA-HCM", "service": "cong-dan", "version": "v1"}
    first = AuditEvent(
        event=EventType.SERVICE_CALL, outcome=Outcome.ALLOWED, client="syt-hcm-kcb",
        client_agency="SYT-HCM", purpose="KHAM-CHUA-BENH", subjects=("079123456789",),
        fields=("ho_ten", "ngay_sinh"), status=200, latency_ms=2.5, request_id="7f3c2a1e",
        time=datetime(2026, 11, 24, 6, 30, 0, 123456, tzinfo=UTC), **common,
    )  # fmt: skip
    second = AuditEvent(
        event=EventType.SERVICE_CALL_REFUSED, outcome=Outcome.DENIED, client="sgddt-hs",
        client_agency="SGDDT-HCM", purpose="TUYEN-SINH", subjects=("079123456789",), status=403,
        reason="Chưa có sự đồng ý của công dân", latency_ms=0.8, request_id="9b41d0c2",
        time=datetime(2026, 11, 24, 6, 30, 1, 5, tzinfo=UTC), **common,
    )  # fmt: skip
    c1 = canonical_json(event_entry(1, first, keys.subject_hash))
    c2 = canonical_json(event_entry(2, second, keys.subject_hash))
    h1 = chain_hash("0" * 64, c1)
    h2 = chain_hash(h1, c2)
    message = checkpoint_message(2, h2, "2026-11-24T06:30:02.000000Z")
    signature = base64.b64encode(keys.sign(message)).decode()
    for value in (
        keys.subject_hash("079123456789"), c1.decode(), c2.decode(), h1, h2, message.decode(),
        signature, keys.public.base64, keys.public.key_id, f"one line, {len(c1)} bytes",
    ):  # fmt: skip
        assert value in doc, value


def test_the_40_line_verifier_in_the_document_agrees(archive: Path, log: AuditLog) -> None:
    code = re.search(r"## 9\..*?```python\n(.*?)```", DOC.read_text("utf-8"), re.S)
    assert code is not None
    namespace: dict[str, object] = {"__name__": "doc_verifier"}
    exec(code.group(1), namespace)
    verify = namespace["verify"]
    assert callable(verify)
    assert verify(archive, log.public_key.base64) == "ok: 11 entries, 3 checkpoints"
    lines = _lines(archive)
    target = _entry_positions(lines)[4]
    lines[target] = lines[target].replace('"KHAM-CHUA-BENH"', '"BAO-HIEM"')
    archive.write_text("".join(lines), "utf-8")
    assert verify(archive, log.public_key.base64) == "broken at entry 5"
