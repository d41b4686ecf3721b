"""`lienthong sync …`: change capture and delivery to subscribing agencies."""

from __future__ import annotations

import signal
import threading
import time
from dataclasses import asdict
from typing import Annotated, Any

import typer

from lienthong.cli._output import console, err_console, print_json, print_table
from lienthong.errors import InputError

app = typer.Typer(
    help=(
        "Synchronisation: capture changes at a source (PostgreSQL logical decoding, MariaDB"
        " binlog, SQLite triggers, CSV/Excel diff), keep them in a change log (the platform"
        " store, or NATS JetStream with --log nats://127.0.0.1:4222) and deliver them to"
        " subscribing agencies: applied into their database, by signed webhook, or pulled"
        " over the API.\n\n"
        "Typical use: `lienthong sync watch population.cong_dan`, `lienthong sync subscribe"
        " …`, then `lienthong sync start` and, from another terminal, `lienthong sync status`."
    ),
    no_args_is_help=True,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]


def _sync() -> Any:
    from lienthong.audit import AuditLog
    from lienthong.cli._context import open_store, settings
    from lienthong.sync import Sync

    store = open_store()
    return Sync(store, AuditLog.open(store, settings().home))


@app.command()
def watch(
    dataset: Annotated[str, typer.Argument(help="Registered dataset id, source.table.")],
    log: Annotated[
        str, typer.Option(help='Change log: "store" (embedded) or a NATS URL.')
    ] = "store",
    snapshot: Annotated[
        bool, typer.Option(help="Send every existing row first (resumable).")
    ] = True,
    json_out: JsonFlag = False,
) -> None:
    """Start capturing a registered dataset's changes (installs triggers / a replication slot)."""
    with _sync() as sync:
        state = sync.watch_dataset(dataset, log_url=log, snapshot=snapshot)
    view = {k: state[k] for k in ("dataset", "kind", "log_url", "position", "snapshot_state")}
    if json_out:
        print_json(view)
    else:
        console.print(f"Watching [bold]{dataset}[/] ({view['kind']}) into the {log} change log.")


def _mapping(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(
                f"--map {pair!r} is not source=target.", hint="e.g. --map DiaChi=dia_chi"
            )
        src, dst = pair.split("=", 1)
        out[src.strip()] = dst.strip()
    return out


@app.command()
def subscribe(
    name: Annotated[str, typer.Argument(help="A name for the subscription, e.g. bhxh-dia-chi.")],
    dataset: Annotated[str, typer.Option(help="Watched dataset id, source.table.")],
    client: Annotated[str, typer.Option(help="Subscribing client system (gateway id).")],
    purpose: Annotated[str, typer.Option(help="Purpose code the right was granted for.")],
    fields: Annotated[str, typer.Option(help="Comma-separated fields to receive (minimised).")],
    mode: Annotated[str, typer.Option(help="apply, webhook or pull.")] = "apply",
    target: Annotated[
        str | None, typer.Option(help="apply: database URL or SQLite path; webhook: URL.")
    ] = None,
    target_table: Annotated[str | None, typer.Option(help="apply: the table to write.")] = None,
    map_: Annotated[
        list[str] | None,
        typer.Option("--map", help="apply: source=target column, repeat for each column."),
    ] = None,
    target_key: Annotated[
        str | None, typer.Option(help="apply: target column(s) matching the source key.")
    ] = None,
    update_only: Annotated[
        bool, typer.Option(help="apply: only update rows that exist, never insert or delete.")
    ] = False,
    secret: Annotated[
        str | None,
        typer.Option(help="webhook: the HMAC-SHA256 key shared with the receiver."),
    ] = None,
    from_now: Annotated[
        bool, typer.Option(help="Skip changes already in the log; start with the next one.")
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Subscribe a client system to a dataset's changes, authorised by its rights."""
    from lienthong.sync import SubscriptionSpec

    spec = SubscriptionSpec(
        name=name,
        dataset=dataset,
        client=client,
        purpose=purpose,
        fields=tuple(f.strip() for f in fields.split(",") if f.strip()),
        mode=mode,  # type: ignore[arg-type]
        target=target,
        target_table=target_table,
        mapping=_mapping(map_ or []),
        target_key=tuple(k.strip() for k in (target_key or "").split(",") if k.strip()),
        on_missing="ignore" if update_only else "insert",
        apply_deletes=not update_only,
        secret=secret,
        from_start=not from_now,
    )
    with _sync() as sync:
        sub = sync.subscribe(spec)
    view = {k: sub[k] for k in ("name", "dataset", "client", "purpose", "fields", "mode")}
    if json_out:
        print_json(view)
    else:
        console.print(f"Subscribed [bold]{name}[/]: {client} receives {dataset} ({mode}).")


@app.command()
def start(
    role: Annotated[
        str, typer.Option(help="capture, deliver, or all (run them as separate processes).")
    ] = "all",
    duration: Annotated[
        float | None, typer.Option(help="Stop after this many seconds (default: run until ^C).")
    ] = None,
    until_idle: Annotated[
        bool, typer.Option(help="Stop as soon as there is nothing left to capture or deliver.")
    ] = False,
    batch_size: Annotated[int, typer.Option(help="Changes per step.")] = 2000,
    partition: Annotated[
        str | None,
        typer.Option(
            help="K/N: this delivery process is worker K of N sharing every subscription (run"
            " N of them, K = 0 … N-1); per-key order holds, changes to different keys go out"
            " in parallel."
        ),
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """Run capture and/or delivery; safe to kill at any point, it resumes where it stopped.

    Stops cleanly on SIGINT or SIGTERM (after the step in hand). To deliver one subscription
    with several processes: `sync start --role deliver --partition 0/2` and `… 1/2`.
    """
    roles = ("capture", "deliver") if role == "all" else (role,)
    if any(r not in ("capture", "deliver") for r in roles):
        raise InputError(f"--role {role!r} is not capture, deliver or all.")
    shares = _partition(partition, roles)
    started = time.monotonic()
    totals = {"captured": 0, "delivered": 0}

    def report(captured: int, delivered: int) -> None:
        totals["captured"] += captured
        totals["delivered"] += delivered
        if (captured or delivered) and not json_out:
            err_console.print(
                f"[dim]{time.monotonic() - started:7.1f}s[/] captured {totals['captured']:,}"
                f"  delivered {totals['delivered']:,}",
                highlight=False,
            )

    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        # systemd stops the unit with SIGINT (KillSignal) or SIGTERM: finish the step in hand,
        # save the position, exit 0; a second signal interrupts at once.
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        err_console.print(f"[yellow]{signal.Signals(signum).name}: stopping after this step.[/]")

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with _sync() as sync:
            sync.run(
                roles=roles,
                duration_s=duration,
                until_idle=until_idle,
                batch_size=batch_size,
                on_step=report,
                stop=stop,
                partition=shares,
            )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if json_out:
        print_json({**totals, "seconds": round(time.monotonic() - started, 3)})


def _partition(text: str | None, roles: tuple[str, ...]) -> tuple[int, int] | None:
    if text is None:
        return None
    if roles != ("deliver",):
        raise InputError("--partition shares delivery only: use it with --role deliver.")
    mine, _, partitions = text.partition("/")
    if not (mine.isascii() and mine.isdigit() and partitions.isascii() and partitions.isdigit()):
        raise InputError(f"--partition {text!r} is not K/N (for example 0/2).")
    return int(mine), int(partitions)


def _lag_view(record: Any) -> dict[str, Any]:
    view = asdict(record)
    view.pop("extra", None)
    return view


@app.command()
def status(json_out: JsonFlag = False) -> None:
    """Per subscription: lag in changes and seconds, position, last error, dead letters."""
    with _sync() as sync:
        records = sync.status()
        captures = sync.captures()
        letters = sync.subscriptions.dead_letters(limit=20)
    if json_out:
        print_json(
            {
                "captures": [
                    {
                        k: c[k]
                        for k in (
                            "dataset",
                            "kind",
                            "log_url",
                            "position",
                            "snapshot_state",
                            "status",
                            "status_detail",
                            "captured",
                        )
                    }
                    for c in captures
                ],
                "subscriptions": [_lag_view(r) for r in records],
                "dead_letters": [asdict(d) for d in letters],
            }
        )
        return
    print_table(
        "Capture",
        ["dataset", "kind", "log", "status", "position", "captured", "detail"],
        [
            (
                c["dataset"],
                c["kind"],
                c["log_url"],
                c["status"],
                c["position"],
                c["captured"],
                c["status_detail"] or "",
            )
            for c in captures
        ],
    )
    print_table(
        "Subscriptions",
        [
            "name",
            "state",
            "dataset",
            "client",
            "mode",
            "position",
            "head",
            "lag",
            "lag s",
            "dead",
            "error",
        ],
        [
            (
                r.subscription,
                "active" if r.active else "PAUSED",
                r.dataset,
                r.client,
                r.mode,
                r.position,
                r.head,
                r.lag_changes,
                r.lag_seconds,
                r.dead_letters,
                r.last_error or "",
            )
            for r in records
        ],
    )
    if letters:
        print_table(
            "Dead letters (first 20)",
            ["subscription", "seq", "key", "op", "reason"],
            [(d.subscription, d.seq, d.record_key, d.op, d.reason) for d in letters],
        )


@app.command()
def replay(
    name: Annotated[str, typer.Argument(help="The subscription to re-deliver to.")],
    from_seq: Annotated[
        int, typer.Option("--from", help="Re-deliver every change after this log position.")
    ] = 0,
    json_out: JsonFlag = False,
) -> None:
    """Re-deliver from a position (direct apply skips what the target already has)."""
    with _sync() as sync:
        sync.replay(name, from_seq)
    if json_out:
        print_json({"subscription": name, "position": from_seq})
    else:
        console.print(f"{name} will re-deliver every change after {from_seq}.")


@app.command()
def resume(
    name: Annotated[str, typer.Argument(help="The paused subscription.")],
    json_out: JsonFlag = False,
) -> None:
    """Resume a subscription that delivery paused (a right revoked, a field no longer granted).

    The right is checked again first, exactly as each delivery checks it; delivery then goes on
    from where it stopped, so no change is lost.
    """
    with _sync() as sync:
        sub = sync.resume(name)
    if json_out:
        print_json(
            {"subscription": name, "active": bool(sub["active"]), "position": sub["position"]}
        )
    else:
        console.print(f"{name} resumed; delivery goes on after change {sub['position']}.")
