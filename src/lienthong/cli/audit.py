"""`lienthong audit …`: verify, export, archive (retention), a citizen's accesses, seal, keys."""

from __future__ import annotations

import getpass
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lienthong.cli._context import cut_off, open_store, settings
from lienthong.cli._output import console, err_console, print_json, print_table, progress
from lienthong.errors import InputError, IntegrityError

if TYPE_CHECKING:  # the audit package (SQLAlchemy, cryptography) loads when a command runs
    from lienthong.audit import (
        AuditLog,
        PublicKey,
        VerifyReport,
        Witness,
    )
    from lienthong.store import Store

app = typer.Typer(
    help=(
        "The tamper-evident audit log: every service call, refusal, sync delivery and consent "
        "change, hash-chained and sealed by signed checkpoints.\n\n"
        "`lienthong audit verify` recomputes the chain and holds it against the checkpoint "
        "cadence, the head and the external witness (exit 0 intact, 8 broken); "
        "`lienthong audit export FILE` writes an archive anyone can verify with "
        "`lienthong audit verify --archive FILE --public-key KEY` (format: "
        "docs/audit-format.md)."
    ),
    no_args_is_help=True,
)

StoreOption = Annotated[
    str | None,
    typer.Option("--store", help="Platform store URL (default: LIENTHONG_STORE_URL or HOME)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _store(url: str | None) -> Store:
    """The given store, or the platform home's (a home that does not exist is named)."""
    from lienthong.store import Store

    return Store.open(url) if url else open_store()


def _masked(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _keys_dir() -> Path:
    return settings().home / "keys"


SIGNING_KEY_FILE = "audit-ed25519.pem"
TRUSTED_KEYS_FILE = "trusted-audit-keys.pem"


def _witness() -> Witness:
    """The configured witness (LIENTHONG_AUDIT_WITNESS), by default a file under HOME."""
    from lienthong.audit import open_witness

    spec = settings().audit_witness
    return open_witness(
        settings().home / "audit-witness.jsonl" if spec is None else spec.get_secret_value()
    )


def _log(url: str | None) -> AuditLog:
    """The log with the platform's existing keys (commands never invent a new key)."""
    from lienthong.audit import AuditKeys, AuditLog

    store = _store(url)  # first: a wrong home is named before a missing key
    keys = AuditKeys.load(_keys_dir(), subject_key=settings().audit_subject_key)
    return AuditLog(
        store,
        keys,
        checkpoint_every=settings().audit_checkpoint_every,
        witness=_witness(),
    )


def _trusted_keys_file(given: Path | None) -> Path:
    return given or settings().audit_trusted_keys or _keys_dir() / TRUSTED_KEYS_FILE


@app.command()
def verify(
    store: StoreOption = None,
    archive: Annotated[
        Path | None,
        typer.Option("--archive", help="Verify an exported archive instead of the store."),
    ] = None,
    public_key: Annotated[
        list[Path] | None,
        typer.Option(
            "--public-key",
            "--trust-key",
            help="Also trust this checkpoint key (PEM or base64), repeatable: a key retired "
            "by a rotation, or, for an archive, the key its platform publishes. The keys an "
            "archive's header carries are never trusted by themselves.",
        ),
    ] = None,
    trusted_keys: Annotated[
        Path | None,
        typer.Option(
            "--trusted-keys",
            help="File of trusted public keys (PEM blocks or base64 lines). Default: "
            "LIENTHONG_AUDIT_TRUSTED_KEYS or HOME/keys/trusted-audit-keys.pem.",
        ),
    ] = None,
    checkpoint_every: Annotated[
        int | None,
        typer.Option(
            "--checkpoint-every",
            min=1,
            max=1_000_000,
            help="Require a signed checkpoint at least every N entries (default: "
            "LIENTHONG_AUDIT_CHECKPOINT_EVERY, 1000). Pass the cadence the log was written with.",
        ),
    ] = None,
    witness: Annotated[
        str | None,
        typer.Option(
            "--witness",
            help="Check the store against this witness (file or database URL) instead of "
            "LIENTHONG_AUDIT_WITNESS / HOME/audit-witness.jsonl.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Recompute the hash chain and check every signed checkpoint, the cadence and the witness.

    Exit code 0 when intact; 8 when broken, naming the FIRST broken entry and the kind of break
    (edited, deleted, inserted, reordered, truncated, chain_broken, bad_checkpoint, rewritten,
    index_mismatch, missing_checkpoint, head_mismatch, witness_damaged, malformed).

    Besides the chain, a store must hold a trusted checkpoint at least every N entries, its
    head row must agree with its entries and checkpoints, and every checkpoint published to
    the external witness must still be in the store: a log rewritten or rewound behind its
    deleted checkpoints fails. An archive verifies only against keys you trust.

    Examples:
      lienthong audit verify
      lienthong audit verify --archive audit.jsonl --public-key audit-key.pem --json
    """
    from lienthong.audit import (
        PublicKey,
        load_trusted_keys,
        open_witness,
        verify_archive,
        verify_log,
    )

    every = checkpoint_every or settings().audit_checkpoint_every
    given = [PublicKey.from_file(p) for p in public_key or ()]
    given += load_trusted_keys(_trusted_keys_file(trusted_keys))
    with progress(not as_json) as bar:
        task = bar.add_task("Verifying the audit chain", total=None)

        def advance(done: int) -> None:
            bar.update(task, completed=done)

        if archive is not None:
            if store is not None or witness is not None:
                raise InputError("Give --archive alone: not with --store or --witness.")
            keys = _archive_trust(archive, given)
            report = verify_archive(
                archive, public_keys=keys, checkpoint_every=every, on_progress=advance
            )
            source = str(archive)
        else:
            opened = _store(store)
            report = verify_log(
                opened,
                public_keys=_store_keys(given),
                checkpoint_every=every,
                witness=_witness() if witness is None else open_witness(witness),
                on_progress=advance,
            )
            source = settings().display_store_url if store is None else _masked(store)
        bar.update(task, completed=report.entries, total=report.entries)
    if as_json:
        print_json({"source": source, **report.to_json()})
        if not report.ok:
            raise typer.Exit(IntegrityError.exit_code)
        return
    _print_report(source, report)
    report.raise_for_break()


def _archive_trust(archive: Path, given: list[PublicKey]) -> list[PublicKey]:
    """The platform's own key (when this is a platform home) and the keys given."""
    from lienthong.audit import AuditKeys, archive_keys

    own = _keys_dir() / SIGNING_KEY_FILE
    keys = [AuditKeys.load_public(_keys_dir())] if own.exists() else []
    keys += given
    if not keys:
        carried = ", ".join(k.key_id for k in archive_keys(archive)) or "none"
        raise InputError(
            f"No trusted key to verify {archive} with (its header names key ids {carried}, "
            "which prove nothing by themselves).",
            hint="Get the platform's published key (`lienthong audit public-key`) by a channel "
            "you trust and pass it with --public-key FILE.",
        )
    return keys


def _store_keys(extra: list[PublicKey]) -> list[PublicKey]:
    """The platform's current key plus any given (keys retired after a rotation)."""
    from lienthong.audit import AuditKeys

    own = _keys_dir() / SIGNING_KEY_FILE
    if extra and not own.exists():
        return extra
    return [AuditKeys.load_public(_keys_dir()), *extra]


def _print_report(source: str, report: VerifyReport) -> None:
    console.print(
        f"{source}: {report.entries:,} entries, {report.checkpoints:,} signed checkpoints "
        f"verified, last entry {report.last_seq} ({report.last_hash[:16]}…)"
    )
    if report.first_seq > 1:
        console.print(
            f"Entries 1–{report.first_seq - 1} were archived: the chain continues from the "
            f"signed checkpoint at entry {report.first_seq - 1}"
        )
    console.print(f"Trusted key ids: {', '.join(report.key_ids) or 'none'}")
    if report.checkpoint_every is not None:
        console.print(f"Checkpoint required every {report.checkpoint_every:,} entries")
    if report.witness is not None:
        console.print(f"Witness: {report.witness} ({report.witnessed:,} checkpoints)")
        if report.witnessed == 0 and report.checkpoints > 0:
            err_console.print(
                "[yellow]The witness holds no checkpoint although the store has some: it was "
                "lost, moved, or set up after them. Restore it or point --witness at it.[/]"
            )
    brk = report.first_break
    if brk is None:
        console.print("[bold green]✓ The audit log is intact.[/]")
        return
    console.print(f"[bold red]✗ First broken entry: {brk.seq} ({brk.kind.value})[/]: {brk.message}")
    if brk.entry:
        console.print("Entry as found:", style="bold")
        console.print(brk.entry, markup=False, highlight=False)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Archive file to write (JSON Lines).")],
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Seal the log and write it as a verifiable archive (JSON Lines).

    The `lienthong-audit/1` archive holds every entry, every signed checkpoint and the public
    key, so a third party can verify it without the platform. The export itself is recorded
    (AUDIT_EXPORTED).

    Example: lienthong audit export audit-2026-11.jsonl
    """
    from lienthong.audit import AuditEvent, EventType, Outcome, export_archive

    log = _log(store)
    log.append(
        AuditEvent(
            event=EventType.AUDIT_EXPORTED,
            outcome=Outcome.ALLOWED,
            client="lienthong-cli",
            data={"operator": getpass.getuser(), "file": out.name},
        )
    )
    with progress(not as_json) as bar:
        task = bar.add_task("Exporting the audit log", total=log.head().seq)
        summary = export_archive(log, out, on_entry=lambda n: bar.update(task, completed=n))
    if as_json:
        print_json(summary)
        return
    console.print(
        f"[green]✓[/] {summary.entries:,} entries and {summary.checkpoints:,} checkpoints → "
        f"{summary.path}\nLast entry {summary.last_seq}, hash {summary.last_hash}\n"
        f"Signed by key {summary.key_id}. Verify with: lienthong audit verify --archive {out}"
    )


@app.command()
def archive(
    out: Annotated[Path, typer.Argument(help="Archive file to write (JSON Lines).")],
    before: Annotated[
        str,
        typer.Option(
            "--before",
            help="Archive the entries sealed before this date (YYYY-MM-DD or ISO date-time, "
            "UTC unless a zone is given).",
        ),
    ],
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Retention: move the oldest sealed entries to a verifiable archive, then out of the store.

    Writes the entries up to the newest checkpoint signed before --before as a
    `lienthong-audit/1` archive, verifies it, records the act (AUDIT_ARCHIVED, with the file's
    SHA-256, sealed by a signed checkpoint), and only then removes those entries. `lienthong
    audit verify` keeps passing: the store's chain continues from the archive's last checkpoint.
    Keep the archive: it is the only copy.

    Example: lienthong audit archive audit-2025.jsonl --before 2026-01-01
    """
    from lienthong.audit import archive_before

    done = archive_before(_log(store), cut_off(before), out, operator=getpass.getuser())
    if as_json:
        print_json(done)
        return
    console.print(
        f"[green]✓[/] entries {done.first_seq}–{done.through_seq} → {done.archive.path} "
        f"(SHA-256 {done.sha256}), removed from the store; recorded as entry {done.marker_seq}."
        f"\nVerify with: lienthong audit verify --archive {out}"
    )


@app.command()
def show(
    subject: Annotated[str, typer.Option("--subject", help="The citizen's CCCD.")],
    limit: Annotated[int, typer.Option(help="How many entries (newest first).")] = 50,
    before: Annotated[
        int | None, typer.Option("--before", help="Only entries before this seq (paging).")
    ] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who accessed a citizen's data, newest first.

    When, which client system and agency, for what purpose, which fields, and the outcome:
    what the citizen sees at GET /v1/me/access-log.

    Looking is itself recorded (ACCESS_LOG_VIEWED, with your user name).

    Example: lienthong audit show --subject 079123456789 --limit 20
    """
    from lienthong.audit import AuditEvent, EventType, Outcome

    log = _log(store)
    records = log.for_subject(subject, limit=limit, before_seq=before)
    log.append(
        AuditEvent(
            event=EventType.ACCESS_LOG_VIEWED,
            outcome=Outcome.ALLOWED,
            client="lienthong-cli",
            subjects=(subject,),
            data={"operator": getpass.getuser(), "entries": len(records)},
        )
    )
    if as_json:
        print_json([r.model_dump(mode="json") for r in records])
        return
    if not records:
        console.print("No access to this person's data is recorded.")
        return
    print_table(
        f"Accesses to the data of {subject[:3]}…{subject[-3:]} (newest first)",
        ["seq", "time (UTC)", "client", "agency", "service", "purpose", "fields", "outcome"],
        [
            (
                r.seq if r.intact else f"{r.seq} ⚠ altered",
                r.time.strftime("%Y-%m-%d %H:%M:%S"),
                r.client,
                r.client_agency,
                "/".join(x for x in (r.provider, r.service, r.version) if x),
                r.purpose,
                ", ".join(r.fields),
                r.outcome.value if r.reason is None else f"{r.outcome.value}: {r.reason}",
            )
            for r in records
        ],
    )


@app.command("list")
def list_entries(
    limit: Annotated[int, typer.Option(help="How many entries (newest first).")] = 20,
    before: Annotated[
        int | None, typer.Option("--before", help="Only entries before this seq (paging).")
    ] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """The newest entries of the log, for operators (data subjects appear only as key hashes).

    Example: lienthong audit list --limit 50
    """
    records = _log(store).latest(limit=limit, before_seq=before)
    if as_json:
        print_json([asdict(r) for r in records])
        return
    print_table(
        "Audit log, newest first",
        ["seq", "time (UTC)", "event", "client", "service", "purpose", "status", "ms"],
        [
            (
                r.seq,
                r.time.strftime("%Y-%m-%d %H:%M:%S"),
                r.event.value,
                r.client,
                "/".join(x for x in (r.provider, r.service, r.version) if x),
                r.purpose,
                r.status,
                None if r.latency_ms is None else f"{r.latency_ms:.1f}",
            )
            for r in records
        ],
    )


@app.command()
def seal(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Sign a checkpoint over the current head now (it also happens every N entries / T s)."""
    checkpoint = _log(store).checkpoint()
    if as_json:
        print_json(None if checkpoint is None else checkpoint.to_json())
    elif checkpoint is None:
        console.print("The head is already sealed (or the log is empty): nothing to sign.")
    else:
        console.print(f"[green]✓[/] Sealed entry {checkpoint.seq} at {checkpoint.time}.")


@app.command("public-key")
def public_key_cmd(as_json: JsonOption = False) -> None:
    """Print the checkpoint verification key (PEM) and its id, to publish for third parties."""
    from lienthong.audit import AuditKeys

    key = AuditKeys.load_public(_keys_dir())
    if as_json:
        print_json(
            {"key_id": key.key_id, "alg": "Ed25519", "public_key": key.base64, "pem": key.pem}
        )
        return
    err_console.print(f"Key id {key.key_id} (Ed25519)")
    console.print(key.pem, end="", markup=False, highlight=False)


@app.command("rotate-key")
def rotate_key(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Replace the checkpoint signing key; the old public key stays trusted.

    Seals the head with the old key, adds the old public key to the trusted keys file
    (HOME/keys/trusted-audit-keys.pem) so its checkpoints keep verifying, deletes the old
    private key (a retired key that still exists can still sign) and creates a new one.
    Publish the new key id (`lienthong audit public-key`) and tell archive verifiers to trust
    it too. The subject key is not touched (see docs/audit-format.md § 4).

    Example: lienthong audit rotate-key
    """
    from lienthong.audit import AuditKeys, add_trusted_key

    log = _log(store)
    old = log.public_key
    log.checkpoint()
    add_trusted_key(_trusted_keys_file(None), old, "retired by `lienthong audit rotate-key`")
    (_keys_dir() / SIGNING_KEY_FILE).unlink()
    new = AuditKeys.load_or_create(_keys_dir(), subject_key=settings().audit_subject_key).public
    if as_json:
        print_json({"retired_key_id": old.key_id, "key_id": new.key_id})
        return
    console.print(
        f"[green]✓[/] Signing key {old.key_id} retired (now in the trusted keys file); "
        f"new key {new.key_id}. Publish it: lienthong audit public-key"
    )


@app.command()
def catalogue(as_json: JsonOption = False) -> None:
    """List the event types of the lienthong-audit/1 catalogue and what each records."""
    from lienthong.audit import EventType

    rows = [(e.value, e.outcome.value, e.description) for e in EventType]
    if as_json:
        print_json([{"event": e, "outcome": o, "description": d} for e, o, d in rows])
        return
    print_table("Audit event catalogue (lienthong-audit/1)", ["event", "outcome", "records"], rows)
