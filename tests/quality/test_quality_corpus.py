"""The labelled outside corpus: its files read back as written, and the role-driven checks find
what was planted in them (every part, one seed; bench/outside.py measures two)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lienthong.profiling._roles import ROLES
from lienthong.quality._corpus import (
    PART_OF,
    SHAPES,
    build_corpus,
    corpus_plan,
    generate,
    to_cp1258,
)
from lienthong.quality._corpus_eval import PARTS, measure
from lienthong.quality._corpus_parts import BLIND_PARTS
from lienthong.sources._encoding import decode_bytes


def test_the_corpus_has_its_parts_each_with_seeds_of_its_own() -> None:
    """The plan of the files (each part's files are written by its floor test, seed 1, and by
    bench/outside.py, both seeds)."""
    planned = corpus_plan()
    assert len(planned) >= 30
    parts = [PART_OF[shape.name] for shape, _ in planned]
    for part in ("tuning", "held-out", "new held-out", "fresh held-out"):
        assert parts.count(part) == 16, part
    assert parts.count("blind held-out") == 18
    assert parts.count("final blind") == 16
    assert parts.count("lexicon blind") == 18
    for blind in BLIND_PARTS:  # nine files in two seeds each
        assert parts.count(blind.name) == 18, blind.name
    # every shape has a name of its own (its files' names and its part are looked up by it)
    assert len({s.name for s in SHAPES}) == len(SHAPES)
    # and labels columns with roles (``full_name:full_name_ascii``, not ``full_name_ascii``)
    assert not {(s.name, c.role) for s in SHAPES for c in s.columns if c.role not in {None, *ROLES}}
    # the later parts never reuse a seed an earlier part was drawn with
    late_parts = ("new held-out", "fresh held-out", "blind held-out", "final blind")
    late_parts += ("lexicon blind", *(blind.name for blind in BLIND_PARTS))
    seeds_of: dict[str, set[int]] = {}
    for part, (_, seed) in zip(parts, planned, strict=True):
        seeds_of.setdefault(part, set()).add(seed)
    for late in late_parts:
        others = set().union(*(seeds for part, seeds in seeds_of.items() if part != late))
        assert seeds_of[late].isdisjoint(others), late
    encodings = {shape.encoding for shape, _ in planned if shape.file == "csv"}
    assert {"utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1"} <= encodings
    assert any(shape.file == "xlsx" for shape, _ in planned)


def test_a_part_is_written_as_planned(tmp_path: Path) -> None:
    tables = build_corpus(tmp_path, rows=40, parts={"tuning", "blind 8"})
    assert [(t.shape, t.seed) for t in tables] == corpus_plan(parts={"tuning", "blind 8"})
    assert all(t.path.is_file() for t in tables) and len({t.path for t in tables}) == 34


@pytest.mark.parametrize("text", ["Nguyễn Thị Ậu", "Đặng Quốc Phúc", "Huỳnh Ỷ Ưng"])
def test_windows_1258_text_reads_back_as_written(text: str) -> None:
    decoded = decode_bytes(to_cp1258(f"ho_ten\n{text}\n"))
    assert (decoded.encoding, decoded.text) == ("cp1258", f"ho_ten\n{text}\n")


def test_a_file_without_a_header_row_is_labelled_by_position(tmp_path: Path) -> None:
    (shape,) = [s for s in SHAPES if not s.header]
    table = generate(shape, 1, tmp_path, rows=30)
    first = decode_bytes(table.path.read_bytes()).text.splitlines()[0].split(shape.delimiter)
    assert first[0] == "1" and list(table.roles) == [f"column{i}" for i in range(len(first))]
    assert table.row_column == "column0"


def test_planted_defects_are_labelled_with_their_rows(tmp_path: Path) -> None:
    table = generate(SHAPES[0], 1, tmp_path, rows=50)
    assert table.defects["valid_date:NgaySinh"] and table.defects["unique:SoCCCD"]
    lines = table.path.read_text(encoding="utf-8-sig").splitlines()
    for row in table.defects["valid_date:NgaySinh"]:
        assert "0231" in lines[int(row)].split(",")[2]


def test_role_driven_checks_find_the_planted_defects(tmp_path: Path) -> None:
    """Regression floors below what bench/outside.py measured (bench/RESULTS.md): the first seven
    parts, roles and checks."""
    first_parts = set(PARTS) - {blind.name for blind in BLIND_PARTS}
    tables = build_corpus(tmp_path / "files", seeds=(1,), rows=120, parts=first_parts)
    halves = measure(tables, tmp_path)
    tuning, held_out, new = halves["tuning"], halves["held-out"], halves["new held-out"]
    assert tuning.tables == held_out.tables == new.tables == 8
    assert not tuning.refused and not held_out.refused and not new.refused
    assert halves["fresh held-out"].tables == 8 and not halves["fresh held-out"].refused
    assert tuning.role_accuracy == 1.0 and not tuning.wrong_confident
    assert (tuning.precision, tuning.recall) == (1.0, 1.0), (tuning.false_alarms, tuning.missed)
    assert held_out.role_accuracy >= 0.98 and not held_out.wrong_confident
    assert held_out.precision >= 0.95 and held_out.recall >= 0.95
    # event dates (joined, ngày cấp, created) written like birth dates are not read as births;
    # plural headers (Given Names) hint like their singular
    assert new.role_accuracy >= 0.98 and not new.wrong_confident
    assert new.precision >= 0.95 and new.recall >= 0.95
    # fresh held-out: its 20:00 misses were fixed as general rules (foreign and abbreviated
    # headers, more date shapes, Excel day numbers, ids in groups, DNI/NIE, street lines, the
    # header-less ';' file's delimiter): the goal, met since 20:05 (2026-12-05)
    fresh = halves["fresh held-out"]
    assert fresh.role_accuracy >= 0.98 and not fresh.wrong_confident, fresh.wrong_confident
    assert fresh.recall >= 0.95, fresh.missed
    # blind held-out (written 19:55, measured at 20:16 and looked at since): its misses were
    # fixed as general rules at 20:29 (more id headers, Excel's apostrophe, German streets,
    # notes never addresses): the goal, met since (2026-12-05)
    blind = halves["blind held-out"]
    assert blind.tables == 9 and not blind.refused
    assert blind.role_accuracy >= 0.98 and not blind.wrong_confident, blind.wrong_confident
    assert blind.recall >= 0.95, blind.missed
    # final blind (written 20:25 before those rules; its misses were listed at 20:33 and the
    # brief for the lexicon named some, so it is no longer blind): 66/66 since the
    # letters-and-digits ids and the passport header (bench/RESULTS.md, 23:10).
    final = halves["final blind"]
    assert final.tables == 8 and not final.refused
    assert final.role_accuracy >= 0.98 and not final.wrong_confident, final.wrong_confident
    # lexicon blind (written 20:43, before the multilingual lexicon; its one miss per seed,
    # Filipino month-first birth dates, was fixed at 22:22, so it is looked at): 84/84.
    lexicon_blind = halves["lexicon blind"]
    assert lexicon_blind.tables == 9 and not lexicon_blind.refused
    assert lexicon_blind.role_accuracy >= 0.98, lexicon_blind.identifying_right
    assert not lexicon_blind.wrong_confident, lexicon_blind.wrong_confident


@pytest.mark.parametrize("part", [blind.name for blind in BLIND_PARTS])
def test_each_blind_part_keeps_its_floor(part: str, tmp_path: Path) -> None:
    """The blind parts: each written by a helper that read no rule, measured once before anyone
    looked at it, looked at since (history in bench/RESULTS.md and :data:`_BLIND_FLOORS`). The
    roles only: bench/outside.py measures their checks; one test per part lets the suite's
    workers share them."""
    tables = build_corpus(tmp_path / "files", seeds=(1,), rows=120, parts={part})
    tally = measure(tables, tmp_path, checks=False)[part]
    floor, wrong = _BLIND_FLOORS[part]
    assert tally.tables == 9 and not tally.refused, tally.refused
    assert tally.role_accuracy >= floor, tally.identifying_right
    assert len(tally.wrong_confident) <= wrong, tally.wrong_confident
    if part in ("blind 17", "blind 125", "blind 160", "blind 176", "blind 181", "blind 188"):
        # the Tunisian Windows-1256 headers, the Hungarian ISO-8859-2, the Turkmen Windows-1250,
        # the Kon Tum Windows-1258 and the Kosovo Windows-1250 ones read as written; a header's
        # trailing spaces trimmed
        assert not tally.garbled, tally.garbled


#: Per blind part, the floor of identifying columns right and the wrong identifying roles
#: allowed: under what bench/outside.py measured once the part was looked at, the wrong roles
#: bounded at what was measured (label judgements), never asserted away. Raised at 14:30,
#: 2026-12-06, to the measure of each part at e6aceb7 (this test's seed and rows; at most 0.95),
#: the comments keep each part's history.
_BLIND_FLOORS: dict[str, tuple[float, int]] = {
    # blind 8 (written 22:18, measured once at 22:23: 47.7 %; 96.5 % at 23:10; 93.0 % since
    # 2026-12-07 10:15, when Mexico's RFC became a tax number: blind 8, written before the brief
    # said a secondary number beside the national id is "-", labels it beside the CURP too)
    "blind 8": (0.9, 0),
    # blind 9 (written 22:28, measured once at 22:47: 51.2 %; 91.5 % at 23:10)
    "blind 9": (0.95, 0),
    # blind 10 (written 22:55, measured once at 23:10: 64.9 %; 87.8 % at 02:22, 2026-12-06)
    "blind 10": (0.95, 0),
    # blind 11 (written 23:17, measured once at 23:19: 66.7 %; 90.5 % at 02:22; the clan name
    # and the passport keep a role their labels judge otherwise)
    "blind 11": (0.95, 0),
    # blind 12 (written 23:31, measured once at 23:43: 73.2 %, three wrong; 92.7 %, none wrong
    # at 02:22)
    "blind 12": (0.95, 0),
    # blind 13 (written 01:59, 2026-12-06, measured once at 02:02: 80.0 %, twelve wrong; 100 %
    # at 02:30 but a building site's address, which its label judges no person's)
    "blind 13": (0.95, 0),
    # blind 14 (written 02:14, measured once at 02:22: 93.6 %, four wrong; 98.7 % at 02:30)
    "blind 14": (0.95, 0),
    # blind 15 (written 02:30, measured once at 02:35: 87.8 %, six wrong; 97.6 % at 02:51)
    "blind 15": (0.95, 0),
    # blind 16 (written 02:42, measured once at 02:44: 89.7 %, six wrong; 96.2 % at 02:51 with
    # two columns its labels judge no person's: the place the power is used, a business
    # household's MST)
    "blind 16": (0.95, 2),
    # blind 17 (written 02:51, measured once at 02:52: 87.2 %, none wrong, its Tunisian
    # Windows-1256 headers garbled; 100 % at 03:08)
    "blind 17": (0.95, 0),
    # blind 18 (written 03:32, measured once at 03:34: 93.4 %, four wrong; 100 % at 03:44)
    "blind 18": (0.95, 0),
    # blind 19 (written 04:50, measured once at 04:58: 80.0 %, ten wrong; 97.5 % at 05:15,
    # then the Nepali Bikram Sambat birth dates read)
    "blind 19": (0.95, 0),
    # blind 20 (written 04:50, measured once at 04:58: 91.2 %, eight wrong; 98.8 % at 05:15
    # with a Malaysian street line of a Taman, which the lexicon counts as a unit, as an address)
    "blind 20": (0.95, 1),
    # blind 21 (written 04:50, measured once at 04:58: 89.0 %, five wrong; 100 % at 05:15).
    # One wrong since 19:50, 2026-12-06: its writer labels ``COL. EL SAUCE, BLOQUE 11, CASA
    # 110`` beside the department and municipality columns an address; blind 20, 45, 56, 72,
    # 112 and 116's writers label such lines below units apart the street line (_units_apart)
    "blind 21": (0.95, 1),
    # blind 22-24 (written 05:19, measured once at 05:24: 95.0 %, 95.5 %, 97.7 %; 100 %, 100 %,
    # 97.7 % at 05:57, blind 24's Bosnian street lines under "Adresa" labelled addresses)
    "blind 22": (0.95, 1),  # its РМА (a tax number) labelled the national id, the passport
    # none; blind 134, 346 and 408 label the other way (since 8868bb7: РМА a tax number)
    "blind 23": (0.95, 0),
    "blind 24": (0.95, 1),
    # blind 25-27 (written 05:33, measured once at 05:43: 92.3 %, 100 % (80/80 with two labels
    # mended), 82.9 %; at 05:57 97.4 % with Montenegrin street lines labelled addresses, 100 %,
    # and 95.1 % with a newborn register whose labels make the mother, not the child, the record)
    # (blind 25's Panamanian "Barriada San Isidro, Casa 64" lines are labelled addresses, blind
    # 70's Panamanian "Barriada San Isidro, casa 45" street lines: since 14:40 the neighbourhood
    # rule follows blind 70, 72 and the rest, one more wrong here)
    "blind 25": (0.9, 2),
    "blind 26": (0.95, 0),
    "blind 27": (0.95, 0),
    # blind 28-30 (written 05:55, measured once at 06:00: 92.5 %, 91.5 %, 97.6 %, no wrong role
    # in blind 30; looked at since: a Samoan fund's member number labelled the national id, a
    # Congolese post-nom labelled no person's)
    "blind 28": (0.95, 0),
    "blind 29": (0.95, 1),
    "blind 30": (0.95, 0),
    # blind 31-33 (written 07:50, measured once at 07:54: 85.7 % with ten wrong and the Maltese
    # Latin-3 file refused as TCVN3, 100.0 % with four wrong, 95.0 % with two wrong); looked at
    # since: 97.6 %, 100 %, 97.5 %, none wrong (a fund's number alone labelled the national id
    # missed, not wrong)
    "blind 31": (0.95, 0),
    "blind 32": (0.95, 0),
    "blind 33": (0.95, 0),
    # blind 34-36 (written 08:02-08:05, measured once at 08:05: 94.6 % none wrong, 97.4 % eight
    # wrong, 94.6 % fourteen wrong; 08:11 after the other parties' lexicon, before anyone
    # looked: 94.6 % none, 97.4 % six, 94.6 % twelve); looked at since: 100 %, 97.4 % with a
    # Grenadian lot and town labelled a street line, 100 %
    "blind 34": (0.95, 0),
    "blind 35": (0.95, 1),
    "blind 36": (0.95, 0),
    # blind 37-39 (written 08:24-08:26, measured once at 08:27: 89.7 % six wrong, 91.4 % five
    # wrong with a Windows-1258 file read as Windows-1252, 92.7 % four wrong); looked at since:
    # 94.9 %, 97.1 %, 92.7 %, with a Saint Lucian NIC number, funds' numbers alone labelled no
    # role (Marshall Islands, Antigua), the address of the house a tenant rents labelled none of
    # the tenant's and a Dominican house number and village labelled an address
    "blind 37": (0.9, 1),
    "blind 38": (0.95, 3),
    "blind 39": (0.9, 1),
    # blind 40-42 (written 08:40-08:42, measured once at 08:43: 92.5 % three wrong, 93.4 % two
    # wrong, 91.7 % four wrong with a Turkish Windows-1254 file read as Windows-1252); looked at
    # since: 97.5 %, 98.7 %, 100 %, with a Japanese ward and city in one cell labelled a
    # district and a Spanish second surname labelled no role
    "blind 40": (0.95, 1),
    "blind 41": (0.95, 0),
    "blind 42": (0.95, 0),
    # blind 43-45 (written 09:05-09:06, measured once at 09:07: 91.0 % eight wrong, 86.8 %
    # fourteen wrong, 92.9 % eight wrong); looked at from 09:33: 91.0 %, 86.8 %, 95.2 %, with a
    # second id beside the national id labelled no role (Mexico's elector key, Argentina's CUIL,
    # Indonesia's family card, Romania's card series), street lines with a locality after a
    # comma labelled streets, and a Filipino middle name under a bilingual header
    "blind 43": (0.9, 1),
    "blind 44": (0.9, 3),
    "blind 45": (0.95, 1),
    # blind 46 (written 10:40, measured once at 10:41: 88.9 %, eight wrong)
    "blind 46": (0.9, 0),
    # blind 47 (written 10:40, measured once at 10:41: 89.7 %, four wrong)
    "blind 47": (0.9, 2),
    # blind 48 (written 10:40, measured once at 10:41: 97.4 %, eight wrong)
    "blind 48": (0.95, 0),
    # blind 49 (written 10:48, measured once at 10:48: 95.1 %, four wrong)
    "blind 49": (0.95, 2),
    # blind 50 (written 10:48, measured once at 10:48: 85.1 %, six wrong)
    "blind 50": (0.85, 2),
    # blind 51 (written 10:49, measured once at 10:49: 94.9 %, six wrong)
    "blind 51": (0.95, 0),
    # blind 52 (written 10:55, measured once at 11:01: 97.5 %, eight wrong)
    "blind 52": (0.95, 1),
    # blind 53 (written 10:54, measured once at 11:01: 90.5 %, twelve wrong; since e4b053c,
    # 18:00, one more: its Dagestani list labels the ИНН the person's beside the СНИЛС, the
    # Greek and Hungarian parts the fund's number beside the tax number, as the rule reads it)
    "blind 53": (0.95, 2),
    # blind 54 (written 10:54, measured once at 11:01: 95.0 %, four wrong)
    "blind 54": (0.95, 0),
    # blind 55 (written 11:06, measured once at 11:09: 96.1 %, none wrong; since e4b053c one:
    # the Azores list labels the NIF the person's beside the NISS, the same judgement as 53's)
    "blind 55": (0.95, 1),
    # blind 56 (written 11:08, measured once at 11:09: 79.5 %, sixteen wrong, with two columns
    # mislabelled by their writer's role, mended at 11:14 with no rule changed: 80.0 %, 14 wrong)
    "blind 56": (0.85, 5),
    # blind 57 (written 11:06, measured once at 11:09: 97.4 %, six wrong)
    "blind 57": (0.95, 1),
    # blind 58 (written 11:13, measured once at 11:17: 90.5 %, ten wrong)
    "blind 58": (0.95, 3),
    # blind 59 (written 11:13, measured once at 11:17: 94.6 %, six wrong)
    "blind 59": (0.95, 2),
    # blind 60 (written 11:14, measured once at 11:17: 97.3 %, two wrong)
    "blind 60": (0.95, 0),
    # blind 61 (written 11:21, measured once at 11:26: 88.1 %, six wrong)
    "blind 61": (0.95, 2),
    # blind 62 (written 11:21, measured once at 11:26: 97.5 %, six wrong, with two columns
    # labelled with their writer instead of their role, mended at 11:28 with no rule changed:
    # 97.6 %, two wrong)
    "blind 62": (0.95, 0),
    # blind 63 (written 11:21, measured once at 11:26: 95.2 %, two wrong)
    "blind 63": (0.95, 1),
    # blind 64-66 (written 11:28-11:30, measured once at 11:36 at the session's last rules,
    # 0e8fd52, and not looked at: 97.4 %, 86.8 %, 90.5 %; eight, ten and eight wrong)
    "blind 64": (0.95, 1),
    "blind 65": (0.95, 0),
    "blind 66": (0.95, 0),
    # blind 67-69 (written 13:48-13:53, measured once at 14:05 at 0efdbdc: 90.0 %, 97.5 %,
    # 97.6 %; four, four and no wrong)
    "blind 67": (0.95, 0),
    "blind 68": (0.95, 0),
    "blind 69": (0.95, 0),
    # blind 70-72 (written 14:01, measured once at 14:07 at 03b9b08: 87.5 %, 90.5 %, 95.0 %;
    # six, seven and eight wrong)
    "blind 70": (0.9, 0),
    "blind 71": (0.9, 2),
    "blind 72": (0.95, 1),
    # blind 73-75 (written 14:09-14:12, measured once at 14:17 at 4984db5: 97.5 %, 87.8 % with
    # four headers garbled, 94.3 %; nine, eleven and two wrong)
    "blind 73": (0.95, 2),
    "blind 74": (0.9, 2),
    "blind 75": (0.95, 0),
    # blind 76 (written 14:18, measured once at 14:35 at 9d854c8: 94.3 %, two wrong)
    "blind 76": (0.9, 2),
    # blind 78 (written 15:04, measured once at 15:14 at 8a017e7: 92.1 %, six wrong; blind
    # 77's writers started too late)
    "blind 78": (0.9, 6),
    # blind 77, 79-82 (written 16:12-16:15, measured once at 16:18 at 9c6c85b: 97.4 %, 97.4 %,
    # 100 %, 96.9 %, 97.3 %; four, six, no, ten and four wrong)
    "blind 77": (0.95, 2),
    "blind 79": (0.95, 3),
    "blind 80": (0.95, 0),
    "blind 81": (0.95, 5),
    "blind 82": (0.95, 2),
    # blind 83-87 (written 16:24-16:25, measured once at 16:30 at c1df508: 97.4 %, 94.6 %,
    # 97.6 %, 89.7 %, 92.9 %; eight, six, four, twelve and four wrong)
    "blind 83": (0.95, 4),
    "blind 84": (0.95, 2),
    "blind 85": (0.95, 2),
    "blind 86": (0.85, 6),
    "blind 87": (0.9, 2),
    # blind 88-92 (written 16:33-16:40, measured once at 16:50 at 675cf87: 94.9 %, 94.9 %,
    # 100 %, 95.0 %, 92.9 %; four, eight, four, two and eight wrong)
    "blind 88": (0.9, 2),
    "blind 89": (0.9, 4),
    "blind 90": (0.95, 2),
    "blind 91": (0.95, 1),
    "blind 92": (0.9, 4),
    # blind 93-97 (written 16:58-17:05, measured once at 17:08 at e4b053c: 97.4 %, 91.7 %,
    # 89.7 %, 97.4 %, 94.4 %; eight, thirteen, four, no and six wrong)
    "blind 93": (0.95, 4),
    "blind 94": (0.9, 6),
    "blind 95": (0.9, 2),
    "blind 96": (0.95, 0),
    "blind 97": (0.9, 3),
    # blind 98-102 (written 17:16-17:17, measured once at 17:24 at 69164da: 100 %, 96.8 %,
    # 100 %, 92.3 %, 95.1 %; eight, four, four, four and eight wrong)
    "blind 98": (0.95, 4),
    "blind 99": (0.95, 2),
    "blind 100": (0.95, 2),
    "blind 101": (0.9, 2),
    "blind 102": (0.95, 4),
    # blind 103-107 (written 17:34-17:35, measured once at 17:40 at cb322c4: 100 %, 90.2 %,
    # 100 % with none wrong, 97.6 %, 92.5 % with none wrong; two, six, no, six and no wrong)
    "blind 103": (0.95, 1),
    "blind 104": (0.9, 3),
    "blind 105": (0.95, 0),
    "blind 106": (0.95, 3),
    "blind 107": (0.9, 0),
    # blind 108-112 (written 19:24-19:25, measured once at 19:26 at f09e348: 93.1 %, 100 %,
    # 94.9 %, 100 %, 94.6 %; three, four, no, two and four wrong)
    "blind 108": (0.95, 0),
    "blind 109": (0.95, 2),
    "blind 110": (0.95, 0),
    "blind 111": (0.95, 0),
    "blind 112": (0.95, 0),
    # blind 113-117 (written 19:31-19:32, measured once at 19:36 at 0997d39: 97.1 %, 97.5 %,
    # 97.0 %, 97.4 %, 94.7 %; two, two, two, four and four wrong)
    "blind 113": (0.95, 1),
    "blind 114": (0.95, 1),
    "blind 115": (0.95, 0),
    "blind 116": (0.95, 0),
    "blind 117": (0.95, 1),
    # blind 118-122 (written 19:42-19:43, measured once at 19:52 at 82e87f0: 97.6 %, 97.4 %,
    # 94.6 %, 100 %, 100 %; two, seven, four, two and four wrong)
    "blind 118": (0.95, 0),
    "blind 119": (0.95, 0),
    "blind 120": (0.95, 0),
    "blind 121": (0.95, 0),
    "blind 122": (0.95, 0),
    # blind 123-127 (written 19:56-19:58, measured once at 20:04 at 46f9231: 91.4 %, 97.6 %,
    # 89.7 % with twelve headers garbled, 97.4 %, 97.4 %; six, four, four, six and six wrong)
    "blind 123": (0.95, 0),
    "blind 124": (0.95, 0),
    "blind 125": (0.95, 0),
    "blind 126": (0.95, 1),
    "blind 127": (0.95, 0),
    # blind 128-132 (written 20:10-20:12, measured once at 20:18 at 8ea2fc1: 97.6 %, 97.3 %,
    # 100 % with none wrong, 100 % with none wrong, 95.1 % with none wrong; four, six, no, no
    # and no wrong)
    "blind 128": (0.95, 0),
    "blind 129": (0.95, 0),
    "blind 130": (0.95, 0),
    "blind 131": (0.95, 0),
    "blind 132": (0.95, 0),
    # blind 133-137 (written 20:22-20:24, measured once at 20:30 at c7ebb65: 89.7 %, 93.0 %,
    # 100 %, 98.8 % with none wrong, 100 % with none wrong; six, four, two, no and no wrong)
    "blind 133": (0.95, 0),
    "blind 134": (0.95, 1),
    "blind 135": (0.95, 0),
    "blind 136": (0.95, 0),
    "blind 137": (0.95, 0),
    # blind 138-142 (written 20:36-20:38, measured once at 20:44 at f7a6e55: 86.8 %, 100 %,
    # 97.6 % with none wrong, 100 % with none wrong, 94.6 %; four, six, no, no and two wrong;
    # blind 140's writer saw main's last commit subjects before writing: not wholly blind)
    "blind 138": (0.95, 0),
    "blind 139": (0.95, 0),
    "blind 140": (0.95, 0),
    "blind 141": (0.95, 0),
    "blind 142": (0.95, 0),
    # blind 143-147 (written 20:59-21:00, measured once at 21:01 at 68ea621: 97.7 %, 92.3 %,
    # 89.5 %, 97.4 %, 94.4 %; four, no, six, four and two wrong)
    "blind 143": (0.95, 1),
    "blind 144": (0.9, 0),
    "blind 145": (0.9, 2),
    "blind 146": (0.95, 1),
    "blind 147": (0.95, 1),
    # blind 148-152 (written 22:11-22:12, measured once at 22:13 at 72c3730: 100 %, 100 %,
    # 100 %, 100 %, 89.7 %; two, two, two, two and eight wrong)
    "blind 148": (0.95, 0),
    "blind 149": (0.95, 1),
    "blind 150": (0.95, 1),
    "blind 151": (0.95, 0),
    "blind 152": (0.95, 0),
    # blind 153-157 (written 22:28-22:29, measured once at 22:33 at 7d09a5f: 97.1 %, 100 %,
    # 92.5 %, 100 %, 93.8 %; four, two, four, two and four wrong)
    "blind 153": (0.95, 0),
    "blind 154": (0.95, 0),
    "blind 155": (0.95, 1),
    "blind 156": (0.95, 1),
    "blind 157": (0.95, 0),
    # blind 158-162 (written 22:39-22:41, measured once at 22:44 at edd2adc: 92.7 %, 94.4 %,
    # 92.5 %, 97.4 %, 94.6 %; two, two, four, two and six wrong, fourteen headers of blind 160
    # garbled)
    "blind 158": (0.95, 0),
    "blind 159": (0.9, 0),
    "blind 160": (0.95, 1),
    "blind 161": (0.95, 1),
    "blind 162": (0.95, 2),
    # blind 163-167 (written 22:50-22:51, measured once at 23:12 at 26faa55: 91.2 %, 87.5 %,
    # 100 %, 94.1 % with none wrong, 94.7 %; two, four, two, no and four wrong)
    "blind 163": (0.95, 0),
    "blind 164": (0.9, 0),
    "blind 165": (0.95, 0),
    "blind 166": (0.95, 0),
    "blind 167": (0.95, 1),
    # blind 168-172 (written 23:03-23:06, measured once at 23:28 at 36023b4: 92.5 %, 94.3 %,
    # 97.5 %, 95.3 %, 97.1 %; two, six, two, four and four wrong)
    "blind 168": (0.95, 0),
    "blind 169": (0.95, 2),
    "blind 170": (0.95, 1),
    "blind 171": (0.95, 1),
    "blind 172": (0.95, 2),
    # blind 173-177 (written 23:40-23:41, measured once at 23:42 at b039bdb: 97.4 % with none
    # wrong, 94.6 %, 91.2 %, 79.7 %, 97.4 %; no, eight, two, six and four wrong; a Kon Tum
    # Windows-1258 file of blind 176 read as Windows-1252 until ``ă`` before ``k``)
    "blind 173": (0.95, 0),
    "blind 174": (0.9, 4),
    "blind 175": (0.9, 1),
    "blind 176": (0.85, 3),
    "blind 177": (0.95, 2),
    # blind 178-182 (written 01:01-01:03, 2026-12-07, measured once at 01:07 at 5053fb0:
    # 100 %, 95.0 %, 94.7 %, 94.4 %, 97.4 %; two, no, two, no and no wrong; blind 181's
    # ``Họ tên chủ hộ  `` counted garbled because the reader trims a header's spaces, until
    # the measure compared trimmed headers)
    "blind 178": (0.95, 0),
    "blind 179": (0.95, 0),
    "blind 180": (0.95, 0),
    "blind 181": (0.95, 0),
    "blind 182": (0.95, 0),
    # blind 183-187 (written 01:29-01:30, measured once at 01:37 at bace6ed: 100 % with none
    # wrong, 94.7 %, 100 %, 95.0 %, 100 %; no, two, four, two and two wrong)
    "blind 183": (0.95, 0),
    "blind 184": (0.95, 0),
    "blind 185": (0.95, 1),
    "blind 186": (0.95, 0),
    "blind 187": (0.95, 0),
    # blind 188-192 (written 01:41, measured once at 01:56 at 2e0aaa2: 95.1 % with four Kosovo
    # headers in Windows-1250 garbled, 100 %, 97.6 %, 91.2 %, 98.6 %; two, two, two, eight and
    # four wrong)
    "blind 188": (0.95, 0),
    "blind 189": (0.95, 0),
    "blind 190": (0.95, 0),
    "blind 191": (0.95, 2),
    "blind 192": (0.95, 0),
    # blind 193-197 (written 01:58-02:00, measured once at 02:17 at f546600: 97.2 %, 100 %,
    # 100 % with none wrong, 100 %, 97.3 %; four, two, no, two and no wrong)
    "blind 193": (0.95, 0),
    "blind 194": (0.95, 0),
    "blind 195": (0.95, 0),
    "blind 196": (0.95, 1),
    "blind 197": (0.95, 0),
    # blind 198-202 (written 02:20-02:21, measured once at 02:35 at 71d86d4: 92.5 %, 92.4 %,
    # 94.9 %, 94.4 %, 97.4 %; four, ten, six, four and four wrong)
    "blind 198": (0.9, 2),
    "blind 199": (0.95, 1),
    "blind 200": (0.9, 2),
    "blind 201": (0.9, 2),
    "blind 202": (0.95, 2),
    # blind 203-207 (written 04:23-04:25, measured once at 04:26 at a1f301e: 100 %, 92.5 %,
    # 97.6 %, 100 %, 97.0 %; two, ten, two, six and no wrong; blind 204's deceased beside the
    # registrant, Andorra's NRT beside the passport and found property's owner are the label's
    # judgements)
    "blind 203": (0.95, 0),
    "blind 204": (0.95, 3),
    "blind 205": (0.95, 0),
    "blind 206": (0.95, 0),
    "blind 207": (0.95, 0),
    # blind 208-212 (written 04:48-04:49, measured once at 04:58 at 2fe27c2: 94.4 %, 94.3 %,
    # 100 %, 100 %, 95.8 %; four, eight, two, six and no wrong)
    "blind 208": (0.95, 0),
    "blind 209": (0.95, 0),
    "blind 210": (0.95, 0),
    "blind 211": (0.95, 0),
    "blind 212": (0.95, 0),
    # blind 213-217 (written 05:02-05:03, measured once at 05:15 at 36778f6: 100 % with none
    # wrong, 97.2 %, 93.9 %, 98.7 % with none wrong, 90.9 %; no, two, eight, no and two wrong)
    "blind 213": (0.95, 0),
    "blind 214": (0.95, 0),
    "blind 215": (0.95, 0),
    "blind 216": (0.95, 0),
    "blind 217": (0.95, 0),
    # blind 218-222 (written 05:20-05:22, measured once at 05:24 at d9c64de: 97.2 %, 94.9 %,
    # 97.3 %, 100 % with none wrong, 97.5 %; four, two, four, no and four wrong; health cards of
    # the register's own children labelled none, a carer beside the child she is trained for)
    "blind 218": (0.95, 2),
    "blind 219": (0.95, 0),
    "blind 220": (0.95, 3),
    "blind 221": (0.95, 0),
    "blind 222": (0.95, 1),
    # blind 223-227 (written 05:51-05:52, measured once at 05:52 at 6a3e6cc: 94.1 %, 100 %,
    # 97.0 %, 100 %, 100 %; six, two, two, two and two wrong)
    "blind 223": (0.95, 1),
    "blind 224": (0.95, 0),
    "blind 225": (0.95, 1),
    "blind 226": (0.95, 0),
    "blind 227": (0.95, 1),
    # blind 228-232 (written 07:05-07:07, measured once at 07:10 at 2e11bac: 100 % with none wrong,
    # 97.0 %, 86.1 %, 95.1 %, 100 %; no, no, two, two and six wrong)
    "blind 228": (0.95, 0),
    "blind 229": (0.95, 0),
    "blind 230": (0.85, 0),
    "blind 231": (0.95, 0),
    "blind 232": (0.95, 1),
    # blind 233-237 (written 07:10-07:14, measured once at 07:19 at 477aaf0: 100 % with none wrong,
    # 94.6 %, 97.4 %, 92.3 %, 91.7 %; no, no, no, four and two wrong)
    "blind 233": (0.95, 0),
    "blind 234": (0.95, 0),
    "blind 235": (0.95, 0),
    "blind 236": (0.9, 1),
    "blind 237": (0.9, 2),
    # blind 238-242 (written 07:19-07:22, measured once at 07:43 at 135f3c8: 100 %, 92.3 %, 93.2 %,
    # 97.4 %, 97.1 %; two, six, no, two and no wrong; which Russian id is the person's labelled
    # three ways)
    "blind 238": (0.95, 1),
    "blind 239": (0.9, 2),
    "blind 240": (0.9, 0),
    "blind 241": (0.95, 1),
    "blind 242": (0.95, 0),
    # blind 243-247 (written 07:47-07:50, measured once at 07:52 at c0ad77e: 88.9 %, 86.8 %, 94.4 %,
    # 100 % with none wrong, 100 %; two, eight, no, no and two wrong)
    "blind 243": (0.95, 1),
    "blind 244": (0.85, 3),
    "blind 245": (0.9, 0),
    "blind 246": (0.95, 0),
    "blind 247": (0.95, 1),
    # blind 248-252 (written 07:57-08:00, measured once at 08:02 at 0af03b6: 86.1 %, 94.3 %, 94.1 %,
    # 92.5 %, 93.8 %; eight, four, two, six and six wrong; Hungary's TAJ or tax number labelled the
    # person's by turns)
    "blind 248": (0.85, 3),
    "blind 249": (0.95, 2),
    "blind 250": (0.95, 0),
    "blind 251": (0.95, 2),
    "blind 252": (0.95, 3),
    # blind 253-257 (written 08:25-08:26, measured once at 08:33 at 9194550: 80.0 %, 97.4 %,
    # 97.2 %, 94.1 %, 97.2 %; no, no, four, no and two wrong; generated names of a dozen values
    # read as categories in blind 253)
    "blind 253": (0.9, 0),
    "blind 254": (0.95, 0),
    "blind 255": (0.95, 2),
    "blind 256": (0.9, 0),
    "blind 257": (0.95, 1),
    # blind 258-262 (written 08:53-08:54, measured once at 08:56 at 951c478: 89.5 %, 95.5 %,
    # 91.7 %, 97.1 %, 86.5 %; four, two, no, two and six wrong; the Mongolian register number's
    # headers read since)
    "blind 258": (0.95, 1),
    "blind 259": (0.9, 1),
    "blind 260": (0.9, 0),
    "blind 261": (0.95, 1),
    "blind 262": (0.85, 3),
    # blind 263-267 (written 09:50-09:52, measured once at 09:54 at 4ef8694: 91.9 %, 100 %, 100 %,
    # 98.5 %, 100 %; 8, no, 4, 6 and no wrong)
    "blind 263": (0.95, 1),
    "blind 264": (0.95, 1),
    "blind 265": (0.95, 1),
    "blind 266": (0.95, 2),
    "blind 267": (0.95, 0),
    # blind 268-272 (written 09:57-09:58, measured once at 10:00 at 63e30c4: 100 %, 94.6 %, 94.6 %,
    # 100 %, 97.2 %; 12, 2, 8, no and no wrong)
    "blind 268": (0.95, 0),
    "blind 269": (0.9, 0),
    "blind 270": (0.9, 4),
    "blind 271": (0.95, 0),
    "blind 272": (0.95, 0),
    # blind 273-277 (written 10:03-10:04, measured once at 10:05 at c1f4c11: 93.8 %, 81.6 %, 92.7
    # %, 94.3 %, 97.3 %; 18, no, no, 6 and 4 wrong)
    "blind 273": (0.85, 8),
    "blind 274": (0.95, 0),
    "blind 275": (0.95, 0),
    "blind 276": (0.95, 1),
    "blind 277": (0.95, 2),
    # blind 278-282 (written 10:08-10:10, measured once at 10:12 at 83083dc: 100 %, 88.9 %, 92.7 %,
    # 100 %, 92.3 %; no, 4, 6, 2 and 2 wrong)
    "blind 278": (0.95, 0),
    "blind 279": (0.95, 1),
    "blind 280": (0.95, 0),
    "blind 281": (0.95, 0),
    "blind 282": (0.9, 1),
    # blind 283-287 (written 10:15-10:16, measured once at 10:17 at a16c732: 94.4 %, 91.7 %, 92.1
    # %, 97.1 %, 88.9 %; no, 4, 4, no and 2 wrong)
    "blind 283": (0.95, 0),
    "blind 284": (0.95, 1),
    "blind 285": (0.9, 1),
    "blind 286": (0.95, 0),
    "blind 287": (0.9, 1),
    # blind 288-292 (written 10:21-10:22, measured once at 10:23 at 0c47834: 93.1 %, 95.0 %, 91.1
    # %, 88.1 %, 94.4 %; no, 6, no, 8 and 2 wrong)
    "blind 288": (0.95, 0),
    "blind 289": (0.95, 2),
    "blind 290": (0.95, 0),
    "blind 291": (0.95, 1),
    "blind 292": (0.9, 1),
    # blind 293-297 (written 10:25-10:27, measured once at 10:28 at c5d715f: 97.3 %, 92.7 %, 100 %,
    # 87.2 %, 91.7 %; 4, 4, no, 16 and 10 wrong)
    "blind 293": (0.95, 2),
    "blind 294": (0.95, 2),
    "blind 295": (0.95, 0),
    "blind 296": (0.85, 2),
    "blind 297": (0.9, 1),
    # blind 298-302 (written 10:31-10:32, measured once at 10:32 at 1e9e15c: 88.9 %, 61.9 %, 95.3
    # %, 100 %, 94.9 %; 4, 16, 6, no and 10 wrong)
    "blind 298": (0.95, 0),
    "blind 299": (0.8, 5),
    "blind 300": (0.95, 0),
    "blind 301": (0.95, 0),
    "blind 302": (0.9, 2),
    # blind 303-307 (written 10:35-10:35, measured once at 10:36 at cac3384: 100 %, 100 %, 94.4 %,
    # 100 %, 97.4 %; 2, 6, 4, no and no wrong)
    "blind 303": (0.95, 1),
    "blind 304": (0.95, 2),
    "blind 305": (0.95, 1),
    "blind 306": (0.95, 0),
    "blind 307": (0.95, 0),
    # blind 308-312 (written 10:39-10:40, measured once at 10:40 at 24e2b35: 94.6 %, 100 %, 100 %,
    # 92.5 %, 100 %; 6, 6, 6, 2 and 2 wrong)
    "blind 308": (0.9, 1),
    "blind 309": (0.95, 0),
    "blind 310": (0.95, 0),
    "blind 311": (0.95, 0),
    "blind 312": (0.95, 0),
    # blind 313-317 (written 10:43-10:44, measured once at 10:44 at 54cfe85: 97.5 %, 94.3 %, 100 %,
    # 94.7 %, 97.4 %; 2, 2, no, 10 and 2 wrong)
    "blind 313": (0.95, 1),
    "blind 314": (0.95, 0),
    "blind 315": (0.95, 0),
    "blind 316": (0.9, 0),
    "blind 317": (0.95, 0),
    # blind 318-325 (written 11:12-11:13, measured once at 11:15 at c9ace15 with the rules of
    # ce8b617: 97.4 %, 97.3 %, 100 %, 97.1 %, 97.2 %, 100 %, 100 %, 95.1 %; 2, 2, 4, no, 4, 4, no
    # and 6 wrong)
    "blind 318": (0.95, 0),
    "blind 319": (0.95, 0),
    "blind 320": (0.95, 1),
    "blind 321": (0.95, 0),
    "blind 322": (0.95, 1),
    "blind 323": (0.95, 1),
    "blind 324": (0.95, 0),
    "blind 325": (0.95, 0),
    # blind 326-330 (written 11:45-11:46, measured once at 11:46 at 933c7c1 with the rules of
    # b3ff9c6: 97.4 %, 100 %, 91.7 %, 100 %, 85.7 %; 6, 2, 4, no and 6 wrong; no rule read from
    # them yet)
    "blind 326": (0.95, 5),
    "blind 327": (0.95, 1),
    "blind 328": (0.95, 2),
    "blind 329": (0.95, 0),
    "blind 330": (0.9, 3),
    # blind 331-338 (written 12:32-12:35, measured once at 300 rows with the rules of 5dc4204:
    # 91.9 %, 96.9 %, 95.0 %, 94.1 %, 92.1 %, 95.1 %, 63.6 %, 79.5 %; 2, 4, 0, 0, 4, 2, 30, 12
    # wrong; read since, floors at the rules of abe4336)
    "blind 331": (0.9, 1),
    "blind 332": (0.95, 1),
    "blind 333": (0.9, 1),
    "blind 334": (0.95, 1),
    "blind 335": (0.9, 2),
    "blind 336": (0.95, 1),
    "blind 337": (0.6, 11),
    "blind 338": (0.95, 4),
    # blind 339-346 (written 12:40, measured once at 300 rows with the rules of 1cf6841: 100.0 %,
    # 94.7 %, 94.7 %, 92.5 %, 100.0 %, 90.6 %, 77.8 %, 91.4 %; 2, 2, 10, 2, 2, 2, 2, 4 wrong; read
    # since, floors at the rules of abe4336)
    "blind 339": (0.95, 0),
    "blind 340": (0.95, 0),
    "blind 341": (0.9, 4),
    "blind 342": (0.95, 0),
    "blind 343": (0.95, 1),
    "blind 344": (0.9, 2),
    "blind 345": (0.85, 0),
    "blind 346": (0.9, 2),
    # blind 347-354 (written 12:55, measured once at 300 rows with the rules of 3c74efb: 91.4 %,
    # 100.0 %, 98.8 %, 97.4 %, 88.9 %, 100.0 %, 94.6 %, 100.0 %; 6, 0, 0, 2, 4, 0, 4, 0 wrong; read
    # since, floors at the rules of abe4336)
    "blind 347": (0.9, 3),
    "blind 348": (0.95, 0),
    "blind 349": (0.95, 0),
    "blind 350": (0.95, 1),
    "blind 351": (0.9, 2),
    "blind 352": (0.95, 1),
    "blind 353": (0.9, 2),
    "blind 354": (0.95, 0),
    # blind 355-362 (written 13:08-13:10, measured once at 300 rows with the rules of 92ddada:
    # 87.5 %, 93.8 %, 94.7 %, 93.9 %, 94.6 %, 97.2 %, 90.2 %, 87.5 %; 2, 2, 2, 2, 16, 8, 0, 0
    # wrong; read since, floors at the rules of abe4336)
    "blind 355": (0.9, 1),
    "blind 356": (0.95, 1),
    "blind 357": (0.9, 1),
    "blind 358": (0.95, 1),
    "blind 359": (0.95, 3),
    "blind 360": (0.95, 4),
    "blind 361": (0.95, 0),
    "blind 362": (0.95, 0),
    # blind 363-370 (written 13:40-13:43, measured once at 300 rows with the rules of 81ea4a5:
    # 100.0 %, 100.0 %, 92.1 %, 100.0 %, 96.4 %, 86.5 %, 94.3 %, 100.0 %; 0, 0, 4, 4, 0, 6, 14, 0
    # wrong; read since, floors at the rules of 68c017b)
    "blind 363": (0.95, 0),
    "blind 364": (0.95, 0),
    "blind 365": (0.95, 0),
    "blind 366": (0.95, 0),
    "blind 367": (0.95, 0),
    "blind 368": (0.85, 1),
    "blind 369": (0.9, 6),
    "blind 370": (0.95, 0),
    # blind 371-378 (written 16:13-16:24, 2026-12-07, measured once at 300 rows with the rules of
    # ca85e73: 95.2 %, 94.6 %, 91.7 %, 98.8 %, 100.0 %, 100.0 %, 94.6 %, 97.2 %; 2, 6, 0, 0, 0, 4,
    # 5, 0 wrong; read since, floors at the rules of 85faa11)
    "blind 371": (0.95, 1),
    "blind 372": (0.95, 3),
    "blind 373": (0.9, 0),
    "blind 374": (0.95, 0),
    "blind 375": (0.95, 0),
    "blind 376": (0.95, 2),
    "blind 377": (0.95, 1),
    "blind 378": (0.95, 0),
    # blind 379-386 (written 18:40-18:45, 2026-12-07, measured once at 300 rows with the rules of
    # 68817b1: 97.2 %, 90.0 %, 97.4 %, 92.1 %, 89.2 %, 93.8 %, 100.0 %, 97.1 %; 2, 0, 0, 4, 8, 0,
    # 2, 0 wrong; read since, floors at the rules of 030ccaf: a library's guarantors and an
    # athlete's parents labelled the record's people beside the child's own columns, a Romanian
    # street line beside a village that repeats it)
    "blind 379": (0.95, 0),
    "blind 380": (0.9, 0),
    "blind 381": (0.95, 0),
    "blind 382": (0.9, 2),
    "blind 383": (0.9, 3),
    "blind 384": (0.95, 0),
    "blind 385": (0.95, 0),
    "blind 386": (0.95, 0),
    # blind 387-394 (written 19:20-19:23, 2026-12-07, measured once at 300 rows with the rules of
    # d3fe95f: 100.0 %, 94.3 %, 92.9 %, 97.0 %, 100.0 %, 97.4 %, 100.0 %, 100.0 %; 2, 4, 6, 0, 2,
    # 6, 0, 0 wrong; read since, floors at the rules of 1d2207b: a Portuguese card's number read
    # as the person's beside the NIF, a TB patient named beside the contact the record is, an
    # inmate's RUN, a housing applicant beside the member the record adds)
    "blind 387": (0.95, 1),
    "blind 388": (0.9, 1),
    "blind 389": (0.9, 2),
    "blind 390": (0.95, 0),
    "blind 391": (0.95, 1),
    "blind 392": (0.95, 2),
    "blind 393": (0.95, 0),
    "blind 394": (0.95, 0),
    # blind 395-402 (written 19:38-19:43, 2026-12-07, measured once at 300 rows with the rules of
    # 206051e: 95.5 %, 94.9 %, 94.7 %, 97.4 %, 94.6 %, 100.0 %, 97.6 %, 97.4 %; 2, 4, 6, 6, 6, 4,
    # 4, 2 wrong; read since, floors at the rules of 5ec251e: guardians, injured third parties,
    # renters and relatives labelled the record's people beside another party's name and id, a
    # maiden name, a sales agent's code beside her name read as an address)
    "blind 395": (0.95, 1),
    "blind 396": (0.9, 2),
    "blind 397": (0.9, 3),
    "blind 398": (0.95, 3),
    "blind 399": (0.9, 3),
    "blind 400": (0.95, 2),
    "blind 401": (0.95, 1),
    "blind 402": (0.95, 0),
    # blind 403-410 (written 21:58-22:00, 2026-12-07, measured once at 300 rows with the rules
    # of f6a456a: 88.9 %, 91.2 %, 98.7 %, 89.5 %, 100.0 %, 94.9 %, 89.5 %, 100.0 %; 2, 5, 0, 6,
    # 0, 2, 2, 0 wrong; read since, floors at the rules of 8868bb7: a name before its
    # correction, a deceased borrower beside the heir, a Bolivian zona-and-street line and the
    # receiver of a gift labelled by their writers as the readings are not)
    "blind 403": (0.9, 0),
    "blind 404": (0.95, 1),
    "blind 405": (0.95, 0),
    "blind 406": (0.85, 2),
    "blind 407": (0.95, 0),
    "blind 408": (0.95, 0),
    "blind 409": (0.9, 1),
    "blind 410": (0.95, 0),
    # blind 411-418 (written 22:28-22:30, 2026-12-07, measured once at 300 rows with the rules
    # of 8868bb7: 97.2 %, 98.8 %, 91.4 %, 100.0 %, 97.3 %, 97.3 %, 100.0 %, 100.0 %; 4, 1, 4,
    # 2, 0, 2, 0, 0 wrong; their misses listed, no rule written from them yet: floors at that
    # measurement's rules, this test's seed and rows)
    "blind 411": (0.95, 2),
    "blind 412": (0.95, 1),
    "blind 413": (0.95, 2),
    "blind 414": (0.95, 1),
    "blind 415": (0.95, 0),
    "blind 416": (0.95, 1),
    "blind 417": (0.95, 0),
    "blind 418": (0.95, 0),
    # blind 419-426 (written 00:39-00:44, 2026-12-08, measured once at 300 rows with the rules
    # of 9d93a38: 94.9 %, 94.9 %, 88.9 %, 97.4 %, 100.0 %, 91.9 %, 94.3 %, 97.2 %; 0, 0, 4, 2, 2,
    # 4, 0, 8 wrong) and blind 427-434 (written 01:00-01:07, measured once with the rules of
    # 7c6435c: 97.0 %, 94.4 %, 91.4 %, 94.6 %, 94.4 %, 97.6 %, 90.3 %, 91.9 %; 2, 2, 2, 4, 10, 5,
    # 3, 2 wrong): read since, floors at the rules of bef7ce0. Left as their writers judge them
    # and the rules do not: a foster child's and a SASSA caregiver's columns, secondary cards
    # (an Indian municipal card, a Hungarian TAJ, a Filipino ID, a Ukrainian ID card) beside or
    # instead of the national id, the owner of a reported number, an heir's CCCD, SSN last four
    # labelled none, street lines with units labelled streets, Mexico's Nombre(s)
    "blind 419": (0.9, 0),
    "blind 420": (0.95, 0),
    "blind 421": (0.85, 2),
    "blind 422": (0.95, 1),
    "blind 423": (0.95, 1),
    "blind 424": (0.95, 1),
    "blind 425": (0.9, 0),
    "blind 426": (0.95, 2),
    "blind 427": (0.95, 1),
    "blind 428": (0.9, 1),
    "blind 429": (0.9, 1),
    "blind 430": (0.9, 2),
    "blind 431": (0.95, 0),
    "blind 432": (0.95, 1),
    "blind 433": (0.9, 1),
    "blind 434": (0.95, 0),
    # blind 435-442 (written 01:15-01:20, 2026-12-08, after the brief asked for names and
    # addresses drawn from many values; measured once at 300 rows with the rules of 972f9e6:
    # 100.0 % four times, 100.0 %, 97.4 %, 94.9 %, 92.3 %; 0, 0, 0, 0, 6, 2, 6, 3 wrong; floors
    # at the rules of bef7ce0, written from 439-442's misses: a dealer's address, a reference
    # relative; a stall owner beside the helper, a former holder, a boat's owner beside the
    # captain read as their writers do not)
    "blind 435": (0.95, 0),
    "blind 436": (0.95, 0),
    "blind 437": (0.95, 0),
    "blind 438": (0.95, 0),
    "blind 439": (0.95, 3),
    "blind 440": (0.95, 0),
    "blind 441": (0.9, 2),
    "blind 442": (0.9, 3),
    # blind 443-450 (written 02:27-02:31, 2026-12-08, with the same brief as 435-442; measured
    # once at 300 rows with the rules of ede9f2c, the final ones: 94.4 %, 87.8 %, 84.2 %,
    # 97.4 %, 97.1 %, 100.0 %, 100.0 %, 100.0 %; 6, 2, 10, 2, 2, 0, 2, 4 wrong; their misses not
    # looked at: floors at that measurement's rules, this test's seed and rows)
    "blind 443": (0.9, 3),
    "blind 444": (0.85, 2),
    "blind 445": (0.8, 5),
    "blind 446": (0.95, 1),
    "blind 447": (0.95, 1),
    "blind 448": (0.95, 0),
    "blind 449": (0.95, 1),
    "blind 450": (0.95, 2),
}
