"""One small Vietnamese table in every SQL engine, so one test body runs on all of them.

Like splink's backend-parametrised tests: the same assertions against SQLite (a file),
PostgreSQL and MariaDB (the real servers, through the ``pg_url`` / ``mariadb_url`` fixtures).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import create_engine, text

NFC_NAME = "Nguyễn Thị Ánh Tuyết"
NFD_NAME = unicodedata.normalize("NFD", "Trần Văn Đức")
EMOJI_NOTE = "Hộ nghèo 🏠"  # 4-byte UTF-8: needs utf8mb4 on MariaDB

ROWS = [
    ("079185000001", NFC_NAME, "1985-03-14", EMOJI_NOTE),
    ("079090000002", NFD_NAME, "1990-11-02", None),
    ("001200000003", "Lê Hữu Phước", "2000-01-30", "Đã chuyển đi"),
]


@dataclass(frozen=True)
class Engine:
    name: str
    url: str
    slow_query: str  # a SELECT that takes far longer than a second


DDL = {
    "sqlite": "CREATE TABLE cong_dan (so_dinh_danh VARCHAR(12) PRIMARY KEY NOT NULL,"
    " ho_ten TEXT NOT NULL, ngay_sinh VARCHAR(10), ghi_chu TEXT)",
    "postgresql": "CREATE TABLE cong_dan (so_dinh_danh VARCHAR(12) PRIMARY KEY,"
    " ho_ten TEXT NOT NULL, ngay_sinh VARCHAR(10), ghi_chu TEXT)",
    "mariadb": "CREATE TABLE cong_dan (so_dinh_danh VARCHAR(12) PRIMARY KEY,"
    " ho_ten TEXT NOT NULL, ngay_sinh VARCHAR(10), ghi_chu TEXT) CHARACTER SET utf8mb4",
}
SLOW = {
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
    " SELECT count(*) AS c FROM n",
    "postgresql": "SELECT pg_sleep(30) AS s",
    "mariadb": "SELECT SLEEP(30) AS s",
}


def fill_sqlalchemy(url: str, engine_name: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(DDL[engine_name]))
        conn.execute(
            text("INSERT INTO cong_dan VALUES (:a, :b, :c, :d)"),
            [dict(zip("abcd", row, strict=True)) for row in ROWS],
        )
    engine.dispose()
