"""CSV and Excel capture: diff each new load of the file against the previous one.

A file has no change log of its own, so the previous load is kept in the platform store as
one hash per record key (``sync_file_row``). When the file's content hash changes, the rows are
read again through the source connector and compared: new keys are inserts, changed hashes
updates (with the previous row as ``before``), missing keys deletes. The position is the
content hash, so re-running the same diff after a crash gives the same change ids and the
change log drops the repeats; the stored load is only replaced once the changes are logged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from lienthong.errors import SourceUnavailableError
from lienthong.store import Store
from lienthong.sync._capture import Capture, CaptureSpec, plain_row
from lienthong.sync._model import Change, Row, record_key
from lienthong.sync._tables import sync_file_row

LOAD_MARKER = "\x00load"  # the row whose hash names the load the others come from


def _row_hash(row: Row) -> str:
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class FileCapture(Capture):
    """Snapshot-diff capture of one CSV file or Excel sheet."""

    def __init__(self, spec: CaptureSpec, store: Store) -> None:
        super().__init__(spec)
        self.store = store
        self.path = Path(spec.url)
        self._pending: tuple[str, dict[str, tuple[str, Row] | None]] | None = None

    def _file_hash(self) -> str:
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise SourceUnavailableError(
                f"The file {self.path} cannot be read: {exc.strerror}.",
                hint="Put the file back; capture diffs the next load against the last one.",
            ) from exc
        return hashlib.sha256(data).hexdigest()

    def prepare(self) -> str | None:
        return None  # the first load, diffed against nothing, is the snapshot

    def snapshot(self, after_key: list[Any] | None, batch_size: int) -> Iterator[list[Row]]:
        yield []

    def _load(self) -> dict[str, tuple[str, Row]]:
        from lienthong.sources import open_connector_url

        connector = open_connector_url(str(self.path))
        try:
            rows: dict[str, tuple[str, Row]] = {}
            for batch in connector.iter_rows(self.spec.table):
                for raw in batch:
                    row = plain_row(raw)
                    rows[record_key(row, self.spec.key)] = (_row_hash(row), row)
            return rows
        finally:
            connector.close()

    def poll(self, position: str | None, limit: int) -> tuple[list[Change], str | None]:
        digest = self._file_hash()
        with self.store.connect() as conn:
            previous = {
                r.record_key: (r.row_hash, r.row_data)
                for r in conn.execute(
                    select(sync_file_row).where(sync_file_row.c.dataset == self.spec.dataset)
                )
            }
        loaded = previous.pop(LOAD_MARKER, ("", {}))[0]
        if digest == position and loaded == digest:
            return [], position
        current = self._load()
        now = datetime.fromtimestamp(self.path.stat().st_mtime, UTC)
        where = f"file:{digest[:20]}"
        changes: list[Change] = []
        delta: dict[str, tuple[str, Row] | None] = {}
        for key, (hashed, row) in current.items():
            old = previous.get(key)
            if old is None:
                changes.append(Change(self.spec.dataset, "insert", key, where, now, None, row))
            elif old[0] != hashed:
                changes.append(Change(self.spec.dataset, "update", key, where, now, old[1], row))
            else:
                continue
            delta[key] = (hashed, row)
        for key, (_hashed, row) in previous.items():
            if key not in current:
                changes.append(Change(self.spec.dataset, "delete", key, where, now, row, None))
                delta[key] = None
        self._pending = (digest, delta)
        if not changes:  # nothing to log: this load is already the reference
            self.acknowledge(digest)
        return changes, digest

    def acknowledge(self, position: str | None) -> None:
        """The changes are logged: make this load the one the next load is compared with."""
        if self._pending is None or self._pending[0] != position:
            return
        digest, delta = self._pending
        delta[LOAD_MARKER] = (digest, {})
        with self.store.begin() as conn:
            keys = list(delta)
            for start in range(0, len(keys), 500):
                conn.execute(
                    delete(sync_file_row).where(
                        sync_file_row.c.dataset == self.spec.dataset,
                        sync_file_row.c.record_key.in_(keys[start : start + 500]),
                    )
                )
            rows = [
                {"dataset": self.spec.dataset, "record_key": k, "row_hash": v[0], "row_data": v[1]}
                for k, v in delta.items()
                if v is not None
            ]
            if rows:
                conn.execute(insert(sync_file_row), rows)
        self._pending = None
