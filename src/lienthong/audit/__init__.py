"""Tamper-evident, citizen-readable audit log: hash-chained entries sealed by Ed25519 checkpoints.

Every service call (allowed or refused), sync delivery and consent change becomes an entry in one
append-only chain in the platform store; ``lienthong audit verify`` (or any third party, from an
exported archive, see ``docs/audit-format.md``) recomputes the chain and names the first broken
entry. A citizen's accesses are found through an index of keyed hashes of their CCCD.

Public API::

    from lienthong.audit import AuditEvent, AuditLog, AuditWriter, EventType, Outcome, verify_log

    log = AuditLog.open(store, home)              # keys in home/keys, created on first use (0600);
                                                  # checkpoints published to the witness
    log = AuditLog(store, keys, *, checkpoint_every=1000, checkpoint_interval_s=60.0,
                   durable=True, witness=None)    # keys: AuditKeys.load_or_create(dir) / generate()
                                                  # witness: open_witness(path or database URL)
    log.append(event: AuditEvent) -> AuditRecord              # one transaction, committed
    log.append_many(events: Sequence[AuditEvent]) -> list[AuditRecord]   # one transaction
    log.checkpoint() -> Checkpoint | None                      # seal the head now
    log.for_subject(cccd: str, *, limit: int = 50, before_seq: int | None = None)
        -> list[AccessRecord]                                  # newest first; page with before_seq
    log.records(*, after_seq=0) -> Iterator[AuditRecord]; log.checkpoints(); log.head()
    log.latest(*, limit=20, before_seq=None) -> list[AuditRecord]   # operator's tail
    log.public_key -> PublicKey (.key_id, .pem, .base64); log.verify() -> VerifyReport

    writer = AuditWriter(log, *, max_batch=1000, idle_seal_s=None)  # one per process / loop;
                                                  # seals the tail when idle (default: T)
    async with writer: ...                        # or await writer.start() / await writer.close()
    await writer.write(event) -> AuditRecord      # returns after its group commit is durable
    refusals = RefusalAggregator(writer.write, window_s=60.0, max_keys=256)
    await refusals.refused(event, source="203.0.113.7")   # unidentified callers: the first of
                                                  # a kind per window at once, repeats counted

    verify_log(store, *, public_keys: Sequence[PublicKey], checkpoint_every=1000,
               witness: Witness | None = None, on_progress=None) -> VerifyReport
    verify_archive(path, *, public_keys: Sequence[PublicKey], checkpoint_every=1000,
                   on_progress=None) -> VerifyReport     # header keys are never trusted
    load_trusted_keys(path) -> list[PublicKey]; archive_keys(path) -> list[PublicKey]
    export_archive(log, path) -> ExportSummary
    report.ok / report.first_break (ChainBreak(seq, kind, message)) / report.raise_for_break()

    AuditEvent(event=EventType.SERVICE_CALL, outcome=Outcome.ALLOWED, client="SYT-HCM-app",
               client_agency="SYT-HCM", provider="CA-HCM", service="cong-dan", version="v1",
               purpose="BHYT-CAP-THE", subjects=("079123456789",), fields=("ho_ten",),
               status=200, latency_ms=3.2, request_id="…", reason=None, data={})
    # refused / failed calls use the twin: EventType.SERVICE_CALL.twin(Outcome.DENIED)
    #   == EventType.SERVICE_CALL_REFUSED (outcome must match the twin, else a ValidationError).

Failures to write raise ``SourceUnavailableError`` (503): the caller must not release data.
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.audit._aggregate import RefusalAggregator
    from lienthong.audit._archive import ExportSummary, archive_keys, export_archive, verify_archive
    from lienthong.audit._canonical import canonical_json, chain_hash
    from lienthong.audit._events import AuditEvent, EventType, Outcome
    from lienthong.audit._keys import AuditKeys, PublicKey, add_trusted_key, load_trusted_keys
    from lienthong.audit._log import CHECKPOINT_EVERY, AuditLog, ChainHead
    from lienthong.audit._records import AccessRecord, AuditRecord, Checkpoint
    from lienthong.audit._retention import RetentionSummary, archive_before
    from lienthong.audit._verify import (
        BreakKind,
        ChainBreak,
        HeadClaim,
        VerifyReport,
        verify_chain,
        verify_log,
    )
    from lienthong.audit._witness import (
        DEFAULT_WITNESS_FILE,
        DatabaseWitness,
        FileWitness,
        Witness,
        Witnessed,
        open_witness,
    )
    from lienthong.audit._writer import AuditWriter

__all__ = [
    "CHECKPOINT_EVERY",
    "DEFAULT_WITNESS_FILE",
    "AccessRecord",
    "AuditEvent",
    "AuditKeys",
    "AuditLog",
    "AuditRecord",
    "AuditWriter",
    "BreakKind",
    "ChainBreak",
    "ChainHead",
    "Checkpoint",
    "DatabaseWitness",
    "EventType",
    "ExportSummary",
    "FileWitness",
    "HeadClaim",
    "Outcome",
    "PublicKey",
    "RefusalAggregator",
    "RetentionSummary",
    "VerifyReport",
    "Witness",
    "Witnessed",
    "add_trusted_key",
    "archive_before",
    "archive_keys",
    "canonical_json",
    "chain_hash",
    "export_archive",
    "load_trusted_keys",
    "open_witness",
    "verify_archive",
    "verify_chain",
    "verify_log",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
