"""``Connector.indexes``: what a data service's lookup can use without a full scan, on every
engine (the registry tells an operator when a published lookup would scan)."""

from __future__ import annotations

from pathlib import Path

from source_engines import Engine
from sqlalchemy import create_engine, text

from lienthong.sources import open_connector_url


def test_the_primary_key_and_each_index_are_reported(engine: Engine) -> None:
    with open_connector_url(engine.url) as connector:
        assert connector.indexes("cong_dan") == [("so_dinh_danh",)]
    url = engine.url if "://" in engine.url else f"sqlite:///{engine.url}"
    db = create_engine(url)
    with db.begin() as conn:
        conn.execute(
            text("CREATE INDEX cong_dan_sinh_ten ON cong_dan (ngay_sinh, ghi_chu(20))")
            if engine.name == "mariadb"
            else text("CREATE INDEX cong_dan_sinh_ten ON cong_dan (ngay_sinh, ghi_chu)")
        )
    db.dispose()
    try:
        with open_connector_url(engine.url) as connector:
            assert connector.indexes("cong_dan") == [("so_dinh_danh",), ("ngay_sinh", "ghi_chu")]
    finally:
        db = create_engine(url)
        with db.begin() as conn:
            conn.execute(
                text("DROP INDEX cong_dan_sinh_ten ON cong_dan")
                if engine.name == "mariadb"
                else text("DROP INDEX cong_dan_sinh_ten")
            )
        db.dispose()


def test_a_file_knows_only_the_key_the_registry_gives(tmp_path: Path) -> None:
    csv = tmp_path / "nguoi.csv"
    csv.write_text("so_dinh_danh,ho_ten\n079090000001,Nguyễn Văn An\n", encoding="utf-8")
    with open_connector_url(str(csv)) as connector:
        assert connector.indexes("nguoi") == []
    with open_connector_url(str(csv), keys={"nguoi": ("so_dinh_danh",)}) as connector:
        assert connector.indexes("nguoi") == [("so_dinh_danh",)]
