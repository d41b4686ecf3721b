"""The pgoutput decoder, checked against messages encoded from the protocol description."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lienthong.sync._pgoutput import (
    PG_EPOCH,
    Begin,
    Commit,
    Decoder,
    Relation,
    RowEvent,
    lsn_int,
    lsn_str,
)

COLUMNS = [("so_dinh_danh", 25), ("ma_xa", 23), ("dang_song", 16), ("ghi_chu", 25)]


def relation(relid: int = 16384) -> bytes:
    body = struct.pack("!i", relid) + b"public\0cong_dan\0" + b"f" + struct.pack("!h", 4)
    for name, oid in COLUMNS:
        body += b"\1" + name.encode() + b"\0" + struct.pack("!ii", oid, -1)
    return b"R" + body


def tuple_data(values: list[str | None]) -> bytes:
    out = struct.pack("!h", len(values))
    for value in values:
        if value is None:
            out += b"n"
        else:
            data = value.encode("utf-8")
            out += b"t" + struct.pack("!i", len(data)) + data
    return out


text_values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
rows = st.tuples(
    st.from_regex(r"\d{12}", fullmatch=True),
    st.integers(-(2**31), 2**31 - 1),
    st.booleans(),
    st.none() | text_values,
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a loaded CI box
@given(old=rows, new=rows)
def test_an_update_decodes_to_typed_before_and_after_rows(
    old: tuple[str, int, bool, str | None], new: tuple[str, int, bool, str | None]
) -> None:
    decoder = Decoder()
    assert isinstance(decoder.decode(relation()), Relation)

    def encode(row: tuple[str, int, bool, str | None]) -> list[str | None]:
        return [row[0], str(row[1]), "t" if row[2] else "f", row[3]]

    message = (
        b"U"
        + struct.pack("!i", 16384)
        + b"O"
        + tuple_data(encode(old))
        + b"N"
        + tuple_data(encode(new))
    )
    event = decoder.decode(message)
    assert isinstance(event, RowEvent) and event.op == "update"
    names = [c[0] for c in COLUMNS]
    assert event.before == dict(zip(names, old, strict=True))
    assert event.after == dict(zip(names, new, strict=True))


def test_an_unchanged_toasted_value_is_taken_from_the_old_row() -> None:
    decoder = Decoder()
    decoder.decode(relation())
    old = tuple_data(["079123456789", "1", "t", "rất dài"])
    new = struct.pack("!h", 4) + b"t" + struct.pack("!i", 12) + b"079123456789"
    new += b"t" + struct.pack("!i", 1) + b"2" + b"t" + struct.pack("!i", 1) + b"t" + b"u"
    event = decoder.decode(b"U" + struct.pack("!i", 16384) + b"O" + old + b"N" + new)
    assert isinstance(event, RowEvent) and event.after is not None
    assert event.after["ghi_chu"] == "rất dài" and event.after["ma_xa"] == 2


def test_begin_and_commit_carry_lsn_and_commit_time() -> None:
    when = datetime(2026, 7, 1, 8, 30, tzinfo=UTC)
    micros = (when - PG_EPOCH) // timedelta(microseconds=1)
    begin = Decoder().decode(b"B" + struct.pack("!qqi", 100, micros, 7))
    commit = Decoder().decode(b"C" + struct.pack("!bqqq", 0, 90, 100, micros))
    assert begin == Begin(100, when, 7)
    assert commit == Commit(90, 100, when)


@settings(deadline=None)
@given(st.integers(0, 2**64 - 1))
def test_lsn_text_round_trips(value: int) -> None:
    assert lsn_int(lsn_str(value)) == value
