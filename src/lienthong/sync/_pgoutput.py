"""A decoder for PostgreSQL's ``pgoutput`` logical replication protocol (version 1).

Only what capture needs: Begin, Commit, Relation, Insert, Update, Delete; other messages
(Origin, Type, Truncate, logical messages) are skipped. Values arrive as text; the common
scalar types are turned back into Python numbers and booleans so they match the snapshot.
Reference: PostgreSQL docs, "Logical Replication Message Formats".
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

PG_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_INT_OIDS = {20, 21, 23, 26}
_FLOAT_OIDS = {700, 701}
_BOOL_OID = 16
_TEXT_OID = 25
_NULL, _UNCHANGED_TOAST = ord("n"), ord("u")
_INT16, _INT32 = struct.Struct("!h"), struct.Struct("!i")
UNCHANGED = object()  # an unchanged TOASTed value: take it from the old row


@dataclass
class Relation:
    relid: int
    namespace: str
    name: str
    columns: list[tuple[str, int]] = field(default_factory=list)  # (name, type oid)


@dataclass
class RowEvent:
    op: str  # insert / update / delete
    relid: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class Begin:
    final_lsn: int
    commit_time: datetime
    xid: int


@dataclass
class Commit:
    commit_lsn: int
    end_lsn: int
    commit_time: datetime


def _convert(text: str, oid: int) -> Any:
    if oid in _INT_OIDS:
        return int(text)
    if oid in _FLOAT_OIDS:
        return float(text)
    if oid == _BOOL_OID:
        return text == "t"
    return text


class Decoder:
    """Turns pgoutput messages into Begin / RowEvent / Commit, remembering relations."""

    def __init__(self) -> None:
        self.relations: dict[int, Relation] = {}

    def _str(self, data: bytes, pos: int) -> tuple[str, int]:
        end = data.index(b"\0", pos)
        return data[pos:end].decode("utf-8"), end + 1

    def _tuple(self, data: bytes, pos: int, relation: Relation) -> tuple[dict[str, Any], int]:
        """One TupleData: per column a kind byte ('n' null, 'u' unchanged TOAST, 't' text)."""
        (count,) = _INT16.unpack_from(data, pos)
        pos += 2
        row: dict[str, Any] = {}
        columns = relation.columns
        for index in range(count):  # the hot loop of capture: one pass per column per change
            name, oid = columns[index]
            kind = data[pos]
            pos += 1
            if kind == _NULL:
                row[name] = None
            elif kind == _UNCHANGED_TOAST:
                row[name] = UNCHANGED
            else:
                (length,) = _INT32.unpack_from(data, pos)
                pos += 4
                text = data[pos : pos + length].decode("utf-8")
                pos += length
                row[name] = text if oid == _TEXT_OID else _convert(text, oid)
        return row, pos

    def decode(self, data: bytes) -> Begin | Commit | RowEvent | Relation | None:
        tag = data[:1]
        if tag == b"B":
            final_lsn, ts, xid = struct.unpack_from("!qqi", data, 1)
            return Begin(final_lsn, PG_EPOCH + timedelta(microseconds=ts), xid)
        if tag == b"C":
            _flags, commit_lsn, end_lsn, ts = struct.unpack_from("!bqqq", data, 1)
            return Commit(commit_lsn, end_lsn, PG_EPOCH + timedelta(microseconds=ts))
        if tag == b"R":
            (relid,) = struct.unpack_from("!i", data, 1)
            namespace, pos = self._str(data, 5)
            name, pos = self._str(data, pos)
            pos += 1  # replica identity setting
            (ncols,) = struct.unpack_from("!h", data, pos)
            pos += 2
            relation = Relation(relid, namespace, name)
            for _ in range(ncols):
                pos += 1  # flags
                column, pos = self._str(data, pos)
                oid, _typmod = struct.unpack_from("!ii", data, pos)
                pos += 8
                relation.columns.append((column, oid))
            self.relations[relid] = relation
            return relation
        if tag in (b"I", b"U", b"D"):
            (relid,) = struct.unpack_from("!i", data, 1)
            relation = self.relations[relid]
            pos = 5
            before: dict[str, Any] | None = None
            after: dict[str, Any] | None = None
            if data[pos : pos + 1] in (b"K", b"O"):
                before, pos = self._tuple(data, pos + 1, relation)
            if data[pos : pos + 1] == b"N":
                after, pos = self._tuple(data, pos + 1, relation)
            if after is not None and before is not None:
                for column, value in after.items():
                    if value is UNCHANGED:
                        after[column] = before.get(column)
            op = {b"I": "insert", b"U": "update", b"D": "delete"}[tag]
            return RowEvent(op, relid, before, after)
        return None


def lsn_int(lsn: str) -> int:
    high, low = lsn.split("/")
    return (int(high, 16) << 32) + int(low, 16)


def lsn_str(value: int) -> str:
    return f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"
