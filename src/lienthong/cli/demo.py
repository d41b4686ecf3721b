"""`lienthong demo`: the main job on the embedded default.

It builds a synthetic Ho Chi Minh City in ``./lienthong-demo/``, registers every sector database,
runs each capability once on it (quality, linkage, exchange, sync, audit: the steps of
:mod:`lienthong.demo`), prints what it found and serves the API. A failing step is reported and the
others still run, so the demo always shows how far the platform got.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from lienthong.cli._output import console, err_console, print_json, progress
from lienthong.demo import DEMO_STEPS, demo_step
from lienthong.errors import ConfigError, ConflictError, LienthongError
from lienthong.home import DEMO_MARKER, HOME_FOLDER

if TYPE_CHECKING:  # the city generator (numpy) and the store load when the demo runs
    from lienthong.city import CityResult
    from lienthong.config import Settings
    from lienthong.demo._access import DemoAccess
    from lienthong.store import Store


def _build_city(city_dir: Path, people: int, seed: int, show_progress: bool) -> CityResult:
    from lienthong.city import CityConfig, generate_city

    with progress(show_progress) as bar:
        task = bar.add_task("Generating the city", total=None)

        def advance(step: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=step)

        return generate_city(CityConfig(people=people, seed=seed, out=city_dir), progress=advance)


def demo(
    people: Annotated[
        int, typer.Option(help="How many residents the synthetic city has.")
    ] = 10_000,
    seed: Annotated[
        int, typer.Option(help="Random seed: the same seed builds the same city.")
    ] = 57,
    home: Annotated[
        Path,
        typer.Option(envvar="LIENTHONG_HOME", help="Working folder (replaced on each run)."),
    ] = Path("lienthong-demo"),
    host: Annotated[str, typer.Option(help="Address the API binds to.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port the API listens on.")] = 8000,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the API when the city is built.")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    eid_port: Annotated[
        int, typer.Option(help="Port of the SANDBOX e-ID provider started beside the API.")
    ] = 9090,
) -> None:
    """Build a synthetic Ho Chi Minh City, register it, run every capability on it, serve the API.

    Everything lives in HOME (default ./lienthong-demo): the sector databases (SQLite, an Excel
    and a CSV export), their ground truth, and the platform store. Re-running starts afresh.

    Example: lienthong demo --people 2000 --no-serve
    """
    from lienthong.config import Settings
    from lienthong.store import Store

    # The demo is a development deployment: its citizen login is the clearly marked dev one.
    settings = Settings(home=home, host=host, port=port, dev_mode=True)
    city_dir = home / "city"
    summary: dict[str, Any] = {"home": str(home.resolve()), "people": people, "seed": seed}
    started = time.perf_counter()

    _fresh_home(home)

    if not as_json:
        console.print(
            Panel.fit(
                f"[bold]lienthong demo[/] — a synthetic Ho Chi Minh City of {people:,} residents\n"
                f"Folder: {home.resolve()}",
                border_style="cyan",
            )
        )
    t0 = time.perf_counter()
    city = _build_city(city_dir, people, seed, show_progress=not as_json)
    manifest = city.manifest
    summary["city"] = {
        "manifest": str(manifest),
        "records": city.records,
        "defects": city.defects,
        "seconds": round(time.perf_counter() - t0, 2),
    }

    from lienthong.registry import Registry

    store = Store.open(settings.resolved_store_url)
    registry = Registry(store)
    imported = registry.import_manifest(manifest, replace=True)
    summary["registry"] = _as_dict(imported)
    summary["store"] = settings.display_store_url
    if not as_json:
        console.print(f"[green]✓[/] City built in {summary['city']['seconds']} s → {city_dir}")
        _print_registry(registry)

    failed = False
    steps: dict[str, Any] = {}
    for package, title in DEMO_STEPS:
        step = demo_step(package)
        t0 = time.perf_counter()
        try:
            result = step(store, city_dir)
        except LienthongError as exc:
            failed = True
            steps[package] = {"error": str(exc)}
            err_console.print(f"[red]✗ {title}: {exc}[/]")
            continue
        result = dict(result)
        result["seconds"] = round(time.perf_counter() - t0, 2)
        steps[package] = result
        if not as_json:
            shown = {k: v for k, v in result.items() if k != "curl"}
            console.print(Panel(_render(shown), title=f"[bold]{title}[/]", title_align="left"))
            if "curl" in result:  # printed whole, outside the panel, so it can be copied
                console.print(f"[bold]{escape(_try_it(serve, home))}[/]")
                console.print(str(result["curl"]), soft_wrap=True, markup=False, highlight=False)
    summary["steps"] = steps
    summary["seconds"] = round(time.perf_counter() - started, 2)

    access = _access(settings, eid_port) if serve else None
    if access is not None:
        summary["access"] = access.as_dict()
    if as_json:
        print_json(summary)
    if failed and not serve:
        raise typer.Exit(1)
    if access is not None:
        _serve(settings, store, access, eid_port)


MARKER = DEMO_MARKER


def _try_it(serving: bool, home: Path) -> str:
    """What to do with the printed call: it needs the API running, which --no-serve skips."""
    if serving:
        return "Try it while the demo serves:"
    if home == Path(HOME_FOLDER):  # `lienthong serve` here finds it (lienthong.home)
        return "Try it once `lienthong serve` runs in this folder:"
    return f"Try it once `LIENTHONG_HOME={home} lienthong serve` runs:"


def _fresh_home(home: Path) -> None:
    """Empty HOME for a new run (mode 0700), refusing to wipe a folder the demo did not
    create."""
    from lienthong.secure_files import private_dir

    if home.exists() and any(home.iterdir()):
        if not (home / MARKER).exists():
            raise ConflictError(
                f"{home} is not empty and was not made by `lienthong demo`; it was left untouched.",
                hint="Choose another folder with --home.",
            )
        shutil.rmtree(home)
    # Owner-only: the home holds keys, bearer tokens and the store with personal data.
    private_dir(home, tighten=True)
    (home / MARKER).write_text("Made by `lienthong demo`; replaced on each run.\n", "utf-8")


def _render(result: dict[str, Any]) -> Group:
    """A step's summary for people: scalars as a grid, dicts of dicts as tables."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")  # paths and ids wrap, never end in "…"
    parts: list[Any] = [grid]
    for key, value in result.items():
        rows = value.values() if isinstance(value, dict) else ()
        if rows and all(isinstance(row, dict) for row in rows):
            columns = list(dict.fromkeys(k for row in rows for k in row))
            table = Table(title=key, title_justify="left", show_edge=False)
            table.add_column("")
            for column in columns:
                table.add_column(str(column), justify="right")
            for name, row in value.items():
                table.add_row(str(name), *(_cell(row.get(c)) for c in columns))
            parts.append(table)
        else:
            grid.add_row(key, _cell(value))
    return Group(*parts)


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _as_dict(value: object) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    if isinstance(value, dict):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return {"result": str(value)}


def _print_registry(registry: Any) -> None:
    from lienthong.cli._output import print_table

    print_table(
        "Registered sector databases",
        ["agency", "source", "kind", "datasets"],
        [
            (s.agency, s.code, s.kind, ", ".join(d.table for d in s.datasets))
            for s in registry.list_sources()
        ],
    )
    services = registry.list_services()
    print_table(
        "Data services offered",
        ["provider", "service", "version", "personal data"],
        [(s.provider, s.code, s.version, "yes" if s.personal else "no") for s in services],
    )


def _url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host
    return f"http://{host}:{settings.port}"


def _access(settings: Settings, eid_port: int) -> DemoAccess:
    """The demo's logins (citizens of the sandbox e-ID provider, officers' accounts)."""
    from lienthong.demo._access import make_access
    from lienthong.eid._sandbox import node
    from lienthong.procedures import SHIPPED, load_catalogue

    agencies = []
    for procedure in load_catalogue(SHIPPED).procedures.values():
        agencies += [procedure.agency, *(ref.provider for ref in procedure.services)]
    issuer = f"http://127.0.0.1:{eid_port}" if node() is not None else None
    return make_access(settings.home, _url(settings), issuer, agencies)


def _start_provider(
    settings: Settings, access: DemoAccess, eid_port: int
) -> subprocess.Popen[bytes]:
    """The SANDBOX e-ID provider as a child process, its callback on both local host names."""
    from lienthong.eid._sandbox import sandbox_command

    url = _url(settings)
    argv, env = sandbox_command(
        settings.home,
        port=eid_port,
        app_url=url,
        client_id=settings.eid_client_id,
        accounts=access.sandbox_accounts(),
    )
    local = url.replace("127.0.0.1", "localhost")
    env["REDIRECT_URI"] = f"{url}/eid/callback,{local}/eid/callback"
    env["POST_LOGOUT_URI"] = f"{url}/,{local}/"
    log = (settings.home / "eid-sandbox" / "provider.log").open("wb")
    provider = subprocess.Popen(
        argv, env=env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
    )
    import socket

    deadline = time.monotonic() + 20  # the printed logins work once they are shown
    while provider.poll() is None and time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", eid_port)) == 0:
                return provider
        time.sleep(0.1)
    provider.terminate()
    raise ConfigError(
        f"The sandbox e-ID provider did not start on port {eid_port}.",
        hint=f"See {settings.home / 'eid-sandbox' / 'provider.log'}; choose another --eid-port.",
    )


def _die_with_parent() -> None:
    """In the provider's child process: end when the demo ends, however it ends (uvicorn
    re-raises SIGTERM after its shutdown, which skips our ``finally``). Linux only."""
    import contextlib
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _serve(settings: Settings, store: Store, access: DemoAccess, eid_port: int) -> None:
    web = importlib.import_module("lienthong.web")
    import uvicorn

    from lienthong.demo._access import render

    provider = None
    if access.eid_issuer is not None:
        provider = _start_provider(settings, access, eid_port)
        settings = settings.model_copy(update={"eid_issuer": access.eid_issuer})
    app = web.create_app(settings, store)
    console.rule("[bold green]Đăng nhập thử / Try it (SANDBOX)[/]", align="left")
    # Plain lines, never cut to the terminal's width: CCCDs and the password must be copyable.
    console.print(render(access), soft_wrap=True, markup=False, highlight=False)
    console.rule(style="green")
    console.print(
        f"[bold green]Serving the API on {_url(settings)}[/] "
        f"(docs: {_url(settings)}/docs) — Ctrl+C to stop"
    )
    try:
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            http=web.MutualTLSProtocol.limited(settings.max_request_head_bytes),  # bounded heads
            log_level="warning",
        )
    finally:
        if provider is not None:
            provider.terminate()
            provider.wait(10)
