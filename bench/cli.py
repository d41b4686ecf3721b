"""CLI start-up benchmark: how long `lienthong --help` and `lienthong registry list` take.

A person waits for every command, so start-up is the CLI's latency. Each command is run as a
fresh process (as a shell runs it) ``--runs`` times, interleaved with the baseline
``python -c pass`` measured in the same run, so the ratio survives a noisy shared machine;
the median and the minimum wall time are printed. ``registry list`` runs on a platform home
with a small registered city (built first in a temporary folder, not timed).

Goals (issue 11): ``--help`` under 0.3 s and ``registry list`` under 0.6 s on a quiet machine.
The CPU column (user + system seconds, median) is what a command costs whatever the load; on a
quiet machine its wall time is close to it.

    .venv/bin/python bench/cli.py [--runs 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS_S = {"--help": 0.3, "registry list": 0.6}


def _lienthong() -> list[str]:
    """The installed console script next to this interpreter (what a user types)."""
    script = Path(sys.executable).with_name("lienthong")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from lienthong.cli import main; main()"]


def _wall(argv: list[str], env: dict[str, str]) -> float:
    return _run(argv, env)[0]


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run. On a loaded shared machine the
    wall time mostly measures the wait for a core; the CPU time is what the command costs."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _home(folder: Path, env: dict[str, str]) -> None:
    """A platform home with a 200-person city registered (setup, not timed)."""
    cli = _lienthong()
    city = folder / "city"
    run = {"env": env, "check": True, "stdout": subprocess.DEVNULL}
    subprocess.run([*cli, "city", "generate", "--people", "200", "--out", str(city)], **run)
    subprocess.run([*cli, "registry", "import", str(city / "manifest.json")], **run)


def measure(runs: int) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="lienthong-bench-cli-") as tmp:
        env = dict(os.environ, LIENTHONG_HOME=str(Path(tmp) / "home"), COLUMNS="120")
        env.pop("LIENTHONG_STORE_URL", None)
        _home(Path(tmp), env)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--help": [*_lienthong(), "--help"],
            "registry list": [*_lienthong(), "registry", "list"],
        }
        for argv in commands.values():  # warm the file cache and .pyc files
            _wall(argv, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved: a burst of load hits every command alike
            for name, argv in commands.items():
                wall, used = _run(argv, env)
                times[name].append(wall)
                cpu[name].append(used)
    base = statistics.median(times["python -c pass"])
    return {
        name: {
            "median_s": round(statistics.median(values), 3),
            "min_s": round(min(values), 3),
            "ratio": round(statistics.median(values) / base, 1),
            "cpu_median_s": round(statistics.median(cpu[name]), 3),
            "goal_s": GOALS_S.get(name, float("nan")),
        }
        for name, values in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.runs)
    load = os.getloadavg()
    if args.json:
        print(json.dumps({"load_average": load, "commands": result}, indent=2))
        return
    print(f"{args.runs} runs each, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(
        f"{'command':<16} {'median s':>9} {'min s':>7} {'× python -c pass':>17} "
        f"{'CPU s':>6} {'goal s':>7}"
    )
    for name, row in result.items():
        goal = "" if name not in GOALS_S else f"{row['goal_s']:.1f}"
        print(
            f"{name:<16} {row['median_s']:>9.3f} {row['min_s']:>7.3f} "
            f"{row['ratio']:>16.1f}× {row['cpu_median_s']:>6.3f} {goal:>7}"
        )


if __name__ == "__main__":
    main()
