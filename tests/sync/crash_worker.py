"""A sync process for the crash tests: `python crash_worker.py ROLE STORE_URL HOME`.

Runs capture or delivery forever, exactly as `lienthong sync start --role ROLE` does (the CLI
itself takes seconds to import on a loaded machine, which would eat the tests' time budget).
The tests kill it with SIGKILL at random moments and start it again.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lienthong.audit import AuditLog
from lienthong.store import Store
from lienthong.sync import Sync


def main() -> None:
    role, store_url, home = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    store = Store.open(store_url)
    with Sync(store, AuditLog.open(store, home)) as sync:
        sync.run(roles=(role,), batch_size=500, idle_sleep_s=0.01)


if __name__ == "__main__":
    main()
