"""MariaDB capture from the binary log (row format, full row images) with ``mysql-replication``.

The reader connects like a replica, reads the rows events of one table and keeps its own
position (``file:offset``): only complete transactions (up to their XID commit event) are
returned, and the position saved is the offset after that commit, so a resumed reader always
starts at a transaction boundary with its table map in front of it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pymysql
from pymysqlreplication import BinLogStreamReader
from pymysqlreplication.event import XidEvent
from pymysqlreplication.row_event import DeleteRowsEvent, UpdateRowsEvent, WriteRowsEvent
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from lienthong.errors import ConfigError, SourceUnavailableError
from lienthong.sync._capture import Capture, CaptureSpec, plain_row, row_changes
from lienthong.sync._model import Change, Row
from lienthong.sync._snapshot import sql_snapshot


def _unavailable(exc: Exception) -> SourceUnavailableError:
    return SourceUnavailableError(
        f"The MariaDB source cannot be reached for change capture: {exc}",
        hint="Capture is paused and resumes from its saved binlog position when it is back.",
    )


class MariadbCapture(Capture):
    """Binlog capture of one MariaDB table."""

    def __init__(self, spec: CaptureSpec) -> None:
        super().__init__(spec)
        url = make_url(spec.url)
        self.schema = str(url.database)
        self.settings: dict[str, Any] = {
            "host": url.host or "127.0.0.1",
            "port": url.port or 3306,
            "user": url.username or "root",
            "password": url.password or "",
        }
        digest = hashlib.sha1(spec.dataset.encode("utf-8")).digest()
        self.server_id = 10_000 + int.from_bytes(digest[:3], "big")

    def _connect(self) -> Any:
        try:
            return pymysql.connect(
                host=self.settings["host"],
                port=self.settings["port"],
                user=self.settings["user"],
                password=self.settings["password"],
                database=self.schema,
                connect_timeout=5,
            )
        except pymysql.err.OperationalError as exc:
            raise _unavailable(exc) from exc

    def prepare(self) -> str | None:
        conn = self._connect()
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT @@log_bin, @@binlog_format, @@binlog_row_image")
                log_bin, fmt, image = cur.fetchone()
                if int(log_bin) != 1 or fmt != "ROW" or image != "FULL":
                    raise ConfigError(
                        f"MariaDB is not set up for change capture (log_bin={log_bin},"
                        f" binlog_format={fmt}, binlog_row_image={image}).",
                        hint="Run scripts/setup-cdc.sh (log_bin on, ROW format, FULL image).",
                    )
                cur.execute("SHOW MASTER STATUS")
                file, offset = cur.fetchone()[:2]
            return f"{file}:{offset}"
        finally:
            conn.close()

    def snapshot(self, after_key: list[Any] | None, batch_size: int) -> Iterator[list[Row]]:
        engine = create_engine(self.spec.url)
        try:
            yield from sql_snapshot(
                engine, self.spec.table, self.spec.key, after_key, batch_size, plain_row
            )
        finally:
            engine.dispose()

    def poll(self, position: str | None, limit: int) -> tuple[list[Change], str | None]:
        if position is None:
            position = self.prepare()
        assert position is not None
        file, offset = position.rsplit(":", 1)
        try:
            stream = BinLogStreamReader(
                connection_settings=self.settings,
                server_id=self.server_id,
                resume_stream=True,
                log_file=file,
                log_pos=int(offset),
                blocking=False,
                is_mariadb=False,  # True would ignore file:offset and use GTIDs
                only_events=[WriteRowsEvent, UpdateRowsEvent, DeleteRowsEvent, XidEvent],
                only_schemas=[self.schema],
                only_tables=None,
            )
        except pymysql.err.OperationalError as exc:
            raise _unavailable(exc) from exc
        changes: list[Change] = []
        pending: list[Change] = []
        last = position
        try:
            for event in stream:
                if isinstance(event, XidEvent):
                    changes += pending
                    pending = []
                    last = f"{stream.log_file}:{event.packet.log_pos}"
                    if len(changes) >= limit:
                        break
                    continue
                if event.table != self.spec.table:
                    continue
                when = datetime.fromtimestamp(event.timestamp, UTC)
                where = f"mariadb:{stream.log_file}:{event.packet.log_pos}"
                for index, row in enumerate(event.rows):
                    if isinstance(event, UpdateRowsEvent):
                        op, before, after = "update", row["before_values"], row["after_values"]
                    elif isinstance(event, WriteRowsEvent):
                        op, before, after = "insert", None, row["values"]
                    else:
                        op, before, after = "delete", row["values"], None
                    pending += row_changes(
                        self.spec.dataset,
                        self.spec.key,
                        op,  # type: ignore[arg-type]
                        plain_row(before) if before is not None else None,
                        plain_row(after) if after is not None else None,
                        f"{where}:{index}",
                        when,
                    )
        except pymysql.err.OperationalError as exc:
            raise _unavailable(exc) from exc
        finally:
            stream.close()
        return changes, last
