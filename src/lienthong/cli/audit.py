"""`lienthong audit …` commands: verify, export, show a citizen's accesses, seal, keys."""

from __future__ import annotations

import getpass
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lienthong.cli._context import open_store, settings
from lienthong.cli._output import console, err_console, print_json, print_table, progress
from lienthong.errors import InputError, IntegrityError

if TYPE_CHECKING:  # the audit package (SQLAlchemy, cryptography) loads when a command runs
    from lienthong.audit import AuditLog, PublicKey, VerifyReport
    from lienthong.store import Store

app = typer.Typer(
    help=(
        "The tamper-evident audit log: every service call, refusal, sync delivery and consent "
        "change, hash-chained and sealed by signed checkpoints.\n\n"
        "`lienthong audit verify` recomputes the chain (exit 0 intact, 8 broken); "
        "`lienthong audit export FILE` writes an archive anyone can verify with "
        "`lienthong audit verify --archive FILE` (format: docs/audit-format.md)."
    ),
    no_args_is_help=True,
)

StoreOption = Annotated[
    str | None,
    typer.Option("--store", help="Platform store URL (default: LIENTHONG_STORE_URL or HOME)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _store(url: str | None) -> Store:
    from lienthong.store import Store

    return Store.open(url) if url else open_store()


def _masked(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _keys_dir() -> Path:
    return settings().home / "keys"


def _log(url: str | None) -> AuditLog:
    """The log with the platform's existing keys (commands never invent a new key)."""
    from lienthong.audit import AuditKeys, AuditLog

    return AuditLog(_store(url), AuditKeys.load(_keys_dir()))


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
            help="Trusted checkpoint key (PEM or base64), repeatable. For a store they are "
            "trusted besides the platform's own key (pass keys retired by a rotation); for an "
            "archive they replace the keys its header carries (pin the published key).",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Recompute the hash chain and check every signed checkpoint.

    Exit code 0 when intact; 8 when broken, naming the FIRST broken entry and the kind of break
    (edited, deleted, inserted, reordered, truncated, chain_broken, bad_checkpoint, rewritten,
    index_mismatch, malformed).

    Examples:
      lienthong audit verify
      lienthong audit verify --archive audit.jsonl --public-key audit-key.pem --json
    """
    from lienthong.audit import PublicKey, verify_archive, verify_log

    keys = [PublicKey.from_file(p) for p in public_key] if public_key else None
    with progress(not as_json) as bar:
        task = bar.add_task("Verifying the audit chain", total=None)

        def advance(done: int) -> None:
            bar.update(task, completed=done)

        if archive is not None:
            if store is not None:
                raise InputError("Give either --store or --archive, not both.")
            report = verify_archive(archive, public_keys=keys, on_progress=advance)
            source = str(archive)
        else:
            opened = _store(store)
            trusted = _store_keys(keys)
            report = verify_log(opened, public_keys=trusted, on_progress=advance)
            source = settings().display_store_url if store is None else _masked(store)
        bar.update(task, completed=report.entries, total=report.entries)
    if as_json:
        print_json({"source": source, **report.to_json()})
        if not report.ok:
            raise typer.Exit(IntegrityError.exit_code)
        return
    _print_report(source, report, keys_from_archive=archive is not None and keys is None)
    report.raise_for_break()


def _store_keys(extra: list[PublicKey] | None) -> list[PublicKey]:
    """The platform's current key plus any given (keys retired after a rotation)."""
    from lienthong.audit import AuditKeys

    own = _keys_dir() / "audit-ed25519.pem"
    if extra and not own.exists():
        return extra
    return [AuditKeys.load(_keys_dir()).public, *(extra or [])]


def _print_report(source: str, report: VerifyReport, *, keys_from_archive: bool) -> None:
    console.print(
        f"{source}: {report.entries:,} entries, {report.checkpoints:,} signed checkpoints "
        f"verified, last entry {report.last_seq} ({report.last_hash[:16]}…)"
    )
    console.print(f"Trusted key ids: {', '.join(report.key_ids) or 'none'}")
    if keys_from_archive:
        err_console.print(
            "[yellow]The keys came from the archive itself: compare the key id above with the "
            "one the platform publishes (`lienthong audit public-key`).[/]"
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

    key = AuditKeys.load(_keys_dir()).public
    if as_json:
        print_json(
            {"key_id": key.key_id, "alg": "Ed25519", "public_key": key.base64, "pem": key.pem}
        )
        return
    err_console.print(f"Key id {key.key_id} (Ed25519)")
    console.print(key.pem, end="", markup=False, highlight=False)


@app.command()
def catalogue(as_json: JsonOption = False) -> None:
    """List the event types of the lienthong-audit/1 catalogue and what each records."""
    from lienthong.audit import EventType

    rows = [(e.value, e.outcome.value, e.description) for e in EventType]
    if as_json:
        print_json([{"event": e, "outcome": o, "description": d} for e, o, d in rows])
        return
    print_table("Audit event catalogue (lienthong-audit/1)", ["event", "outcome", "records"], rows)
