"""The cost of deciding each sync delivery (right, fields, consent per subject) against applying it.

    .venv/bin/python bench/sync_release.py [--changes 2000] [--repeat 5]

Since every delivery is a release decided when it leaves (``lienthong.sync._release``), a batch
of personal data costs one right check plus one consent look-up per data subject and service.
On the registered synthetic city (2,000 people, every one of them consenting), it times in one
run, per batch of ``--changes`` address updates:

  decide   ``authorise_release`` + ``screen`` (what the fix added);
  apply    the same batch applied by the direct-apply ``Applier`` into a SQLite target
           (the delivery work that was already there).

and prints the medians and decide / apply. Absolute times depend on the shared machine.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from lienthong.city import CityConfig, generate_city
from lienthong.demo._sync import DATASET, FIELDS, PURPOSE
from lienthong.exchange import (
    ClientDirectory,
    ConsentRegistry,
    ConsentStatus,
    RightsBook,
    ServiceRef,
)
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.sync._apply import Applier, ApplyTarget
from lienthong.sync._deliver import minimised
from lienthong.sync._model import Change, LoggedChange
from lienthong.sync._release import authorise_release, screen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        city = home / "city"
        generate_city(CityConfig(people=args.changes, seed=3, out=city))
        store = Store.open(f"sqlite:///{home / 'platform.db'}")
        registry = Registry(store)
        registry.import_manifest(city / "manifest.json")
        ClientDirectory(store).register("BHXH-HCM-sync", "BHXH", agency="BHXH-HCM")
        book = RightsBook(store)
        book.define_purpose(PURPOSE, "Cập nhật địa chỉ")
        refs = [
            ServiceRef(s.provider, s.code, s.version)
            for s in registry.list_services()
            if s.dataset == DATASET
        ]
        for ref in refs:
            book.grant("BHXH-HCM-sync", ref, PURPOSE, FIELDS)
        with sqlite3.connect(city / "population.db") as db:
            people = [r[0] for r in db.execute("SELECT so_dinh_danh FROM cong_dan")]
        from lienthong.audit import AuditKeys

        # keyed as the platform's audit keys them (the app loads the same keys from home/keys)
        consents = ConsentRegistry(store, AuditKeys.load_or_create(home / "keys").subject_hash)
        for cccd in people:
            consents.request(
                cccd,
                "BHXH-HCM-sync",
                refs[0],
                PURPOSE,
                FIELDS,
                "đồng ý",
                status=ConsentStatus.ACTIVE,
            )
        now = datetime.now(UTC)
        batch = [
            LoggedChange(
                i + 1,
                Change(
                    DATASET,
                    "update",
                    json.dumps([cccd]),
                    f"p{i}",
                    now,
                    before={"so_dinh_danh": cccd, "thuong_tru_dia_chi": "cũ"},
                    after={"so_dinh_danh": cccd, "thuong_tru_dia_chi": f"{i} Lê Lợi"},
                ),
            )
            for i, cccd in enumerate(people[: args.changes])
        ]
        sub = {
            "name": "bench",
            "dataset": DATASET,
            "client": "BHXH-HCM-sync",
            "client_agency": "BHXH-HCM",
            "purpose": PURPOSE,
            "fields": list(FIELDS),
            "mode": "apply",
        }
        target = home / "target.db"
        with sqlite3.connect(target) as db:
            db.execute("CREATE TABLE nguoi (cccd TEXT PRIMARY KEY, dia_chi TEXT)")
            db.executemany("INSERT INTO nguoi VALUES (?, 'cũ')", [(c,) for c in people])
        decide, apply = [], []
        for round_ in range(args.repeat):
            started = time.perf_counter()
            release = authorise_release(store, sub)
            screened = screen(consents, sub, release, batch)
            decide.append(time.perf_counter() - started)
            assert len(screened.released) == len(batch), "every subject consented"
            applier = Applier(
                f"bench{round_}",
                ApplyTarget(
                    url=f"sqlite:///{target}",
                    table="nguoi",
                    mapping={"so_dinh_danh": "cccd", "thuong_tru_dia_chi": "dia_chi"},
                    key=("cccd",),
                    on_missing="ignore",
                    apply_deletes=False,
                ),
            )
            cut = minimised(screened.released, set(FIELDS))
            started = time.perf_counter()
            applier.apply(cut)
            apply.append(time.perf_counter() - started)
            applier.close()
        store.close()
    result = {
        "changes": args.changes,
        "decide_ms": round(statistics.median(decide) * 1000, 1),
        "apply_ms": round(statistics.median(apply) * 1000, 1),
        "decide_us_per_change": round(statistics.median(decide) * 1e6 / args.changes, 1),
    }
    result["decide_over_apply"] = round(result["decide_ms"] / result["apply_ms"], 2)
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>22}  {value}")


if __name__ == "__main__":
    main()
