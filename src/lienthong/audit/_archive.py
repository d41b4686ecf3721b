"""The ``lienthong-audit/1`` archive: JSON Lines a third party can verify without the platform.

Line 1 is a header (format, hash rules, public keys); then one line per entry in chain order,
each checkpoint right after the entry it seals; the last line is an ``end`` trailer. The export
seals the head first, so the last entry is always covered by a signed checkpoint.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lienthong.audit._canonical import GENESIS_HASH, format_time
from lienthong.audit._events import FORMAT_VERSION, utc_now
from lienthong.audit._keys import PublicKey
from lienthong.audit._log import CHECKPOINT_EVERY, AuditLog, ChainHead
from lienthong.audit._records import Checkpoint, load_entry
from lienthong.audit._seal_check import HeadClaim
from lienthong.audit._verify import (
    BreakKind,
    ChainBreak,
    VerifyReport,
    beyond_head,
    verify_chain,
)
from lienthong.errors import InputError, LienthongError


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    entries: int
    checkpoints: int
    last_seq: int
    last_hash: str
    key_id: str


def _line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def export_archive(
    log: AuditLog,
    path: Path,
    *,
    on_entry: Callable[[int], None] | None = None,
    through: Checkpoint | None = None,
) -> ExportSummary:
    """Seal the log and write it to ``path`` (atomically: a temp file renamed at the end).

    ``through``: stop at this checkpoint instead of the head (retention archives a sealed
    prefix). When older entries were already archived and removed, the archive starts after
    the signed checkpoint they ended at: the header names it (``starts_after``) and its line
    comes first, so the segment verifies on its own from that anchor."""
    log.checkpoint()
    checkpoints = log.checkpoints()  # before the head: every seal here is ≤ the head we read
    head = log.head()
    if through is not None:
        head = ChainHead(through.seq, through.hash, through.seq, through.time)
    first = log.reader.first_seq()
    anchor = next((cp for cp in checkpoints if first > 1 and cp.seq == first - 1), None)
    by_seq: dict[int, list[Checkpoint]] = {}
    for cp in checkpoints:
        by_seq.setdefault(cp.seq, []).append(cp)
    key = log.public_key
    header = {
        "kind": "header",
        "format": FORMAT_VERSION,
        "exported_at": format_time(utc_now()),
        "hash": "sha256",
        "genesis": GENESIS_HASH,
        "canonicalisation": "lienthong-audit/1 canonical JSON (JCS subset, see audit-format.md)",
        "public_keys": [{"key_id": key.key_id, "alg": "Ed25519", "public_key": key.base64}],
        "checkpoint_every": log.checkpoint_every,
    }
    if anchor is not None:
        header["starts_after"] = {"seq": anchor.seq, "hash": anchor.hash}
    tmp = path.with_name(path.name + ".partial")
    entries = sealed = 0
    last_hash = GENESIS_HASH
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as out:
            out.write(_line(header))
            if anchor is not None:
                out.write(_line({"kind": "checkpoint", **anchor.to_json()}))
            for seq, text, prev_hash, hash_ in log.reader.rows(up_to=head.seq):
                entry = load_entry(text)
                row = {"kind": "entry", "seq": seq, "prev_hash": prev_hash, "hash": hash_}
                out.write(_line(row | {"entry": entry}))
                for cp in by_seq.get(seq, ()):
                    out.write(_line({"kind": "checkpoint", **cp.to_json()}))
                    sealed += 1
                entries, last_hash = entries + 1, hash_
                if on_entry is not None:
                    on_entry(entries)
            out.write(
                _line(
                    {
                        "kind": "end",
                        "entries": entries,
                        "last_seq": head.seq,
                        "last_hash": head.hash,
                    }
                )
            )
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"Cannot write the audit archive {path}: {exc.strerror}.") from exc
    return ExportSummary(path, entries, sealed, head.seq, last_hash, key.key_id)


@dataclass
class _Parsed:
    header: dict[str, Any]
    checkpoints: list[Checkpoint]
    end: dict[str, Any] | None


def _objects(path: Path) -> Iterator[tuple[int, dict[str, Any] | None]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    obj = None
                yield number, obj if isinstance(obj, dict) else None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read the audit archive {path}: {exc}.") from exc


def _scan(path: Path) -> _Parsed:
    header: dict[str, Any] | None = None
    checkpoints: list[Checkpoint] = []
    end: dict[str, Any] | None = None
    for number, obj in _objects(path):
        if number == 1:
            header = obj
            continue
        if obj is None:
            continue
        if obj.get("kind") == "checkpoint":
            try:
                checkpoints.append(
                    Checkpoint(
                        int(obj["seq"]),
                        str(obj["hash"]),
                        str(obj["time"]),
                        str(obj["key_id"]),
                        str(obj["signature"]),
                    )
                )
            except (KeyError, TypeError, ValueError):
                continue
        elif obj.get("kind") == "end":
            end = obj
    if header is None or header.get("format") != FORMAT_VERSION:
        found = None if header is None else header.get("format")
        raise InputError(
            f"{path} is not a {FORMAT_VERSION} archive (format {found!r}).",
            hint="Export one with `lienthong audit export FILE`.",
        )
    return _Parsed(header, checkpoints, end)


def _rows(path: Path) -> Iterator[tuple[int, str, str, str]]:
    last = 0
    for number, obj in _objects(path):
        if number == 1 or (obj is not None and obj.get("kind") in ("checkpoint", "end")):
            continue
        entry = None if obj is None else obj.get("entry")
        if obj is None or obj.get("kind") != "entry" or not isinstance(entry, dict):
            yield last + 1, "", "", ""  # verify_chain reports it as malformed
            continue
        try:
            seq = int(obj["seq"])
        except (KeyError, TypeError, ValueError):
            seq = last + 1
        yield seq, json.dumps(entry), str(obj.get("prev_hash")), str(obj.get("hash"))
        last = seq


def archive_keys(path: Path) -> list[PublicKey]:
    """The public keys an archive's header carries (trust them only after comparing key ids)."""
    keys = []
    for item in _scan(path).header.get("public_keys") or []:
        try:
            keys.append(PublicKey.from_text(str(item["public_key"])))
        except (KeyError, TypeError, LienthongError):
            continue
    return keys


def verify_archive(
    path: Path,
    *,
    public_keys: Sequence[PublicKey],
    checkpoint_every: int | None = CHECKPOINT_EVERY,
    on_progress: Callable[[int], None] | None = None,
) -> VerifyReport:
    """Verify an exported archive against the keys *you* trust.

    The keys in the archive's header are never trusted by themselves: whoever rewrites an
    archive can re-sign it with a key of their own and put that key in the header. Pass the
    platform's published key (and any retired ones); :func:`archive_keys` lists the header's
    keys so you can compare key ids. ``checkpoint_every`` is the cadence required (the header's
    own figure is not trusted either)."""
    if not public_keys:
        raise InputError(
            "No trusted key to verify the archive with.",
            hint="Pass the platform's published key: --public-key FILE (`lienthong audit "
            "public-key` prints it), or list it in the trusted keys file.",
        )
    parsed = _scan(path)
    head = HeadClaim(0)
    if parsed.end is not None and isinstance(parsed.end.get("last_seq"), int):
        last_hash = parsed.end.get("last_hash")
        head = HeadClaim(
            int(parsed.end["last_seq"]), last_hash if isinstance(last_hash, str) else None
        )
    start = _start(parsed)
    if isinstance(start, ChainBreak):
        return VerifyReport(0, 0, 0, GENESIS_HASH, start)
    report = verify_chain(
        _rows(path),
        parsed.checkpoints,
        public_keys,
        head=head,
        checkpoint_every=checkpoint_every,
        on_progress=on_progress,
        start=start,
    )
    if parsed.end is not None:
        report = beyond_head(report, head.seq)
    if report.ok and parsed.end is None:
        brk = ChainBreak(
            report.last_seq + 1, BreakKind.TRUNCATED, "the archive has no end line: it was cut off"
        )
        return replace(report, first_break=brk)
    return report


def _start(parsed: _Parsed) -> Checkpoint | ChainBreak | None:
    """The checkpoint a segment (``starts_after`` in its header) continues from, if any.

    A segment alone proves its entries follow that signed checkpoint, not that nothing came
    between it and the archive before it: verify the archives of a store in order, each one's
    first seq following the one before's last."""
    after = parsed.header.get("starts_after")
    if after is None:
        return None
    seq = after.get("seq") if isinstance(after, dict) else None
    found = [cp for cp in parsed.checkpoints if isinstance(seq, int) and cp.seq == seq]
    if not found or found[0].hash != after.get("hash"):
        return ChainBreak(
            seq if isinstance(seq, int) else 0,
            BreakKind.MISSING_CHECKPOINT,
            "the archive says it continues from a checkpoint it does not hold",
        )
    return found[0]
