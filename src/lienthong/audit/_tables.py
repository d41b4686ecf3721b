"""Audit tables in the platform store.

``audit_entry`` is the chain (append-only; the only columns are what the hash covers, so there
is nothing unhashed to trust). ``audit_subject`` maps a subject's keyed hash to the entries about
them, so a citizen's access log is an index range scan. ``audit_checkpoint`` holds the signed
seals. ``audit_head`` is one row (id 1): the chain's last seq/hash, locked by every append so
that several processes extend one chain in order.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, String, Table, Text

from lienthong.store import metadata

audit_entry = Table(
    "audit_entry",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("entry", Text, nullable=False, comment="canonical JSON of the entry"),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

audit_subject = Table(
    "audit_subject",
    metadata,
    Column("subject_key", String(64), primary_key=True, comment="HMAC-SHA256 of the CCCD"),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
)

audit_checkpoint = Table(
    "audit_checkpoint",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
    Column("time", String(32), nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False, comment="base64 Ed25519 signature"),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("checkpoint_seq", BigInteger, nullable=False),
    Column("checkpoint_time", String(32), nullable=False),
)
