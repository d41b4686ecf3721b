"""A small world for gateway tests: a real SQLite population register, a platform store, one
client system with a registered Ed25519 key, a purpose and a right, and the app over them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI

from lienthong.audit import AuditLog
from lienthong.config import Settings
from lienthong.exchange import (
    ClientDirectory,
    ConsentRegistry,
    ConsentStatus,
    Parameter,
    RightsBook,
    ServiceDefinition,
    ServiceRef,
    mint_token,
)
from lienthong.exchange._catalog import RegistryCatalog, StaticCatalog
from lienthong.store import Store
from lienthong.web import create_app

POPULATION = ServiceRef("CA-HCM", "cong-dan", "v1")
BUSINESS = ServiceRef("STC-HCM", "doanh-nghiep", "v1")
BY_SEX = ServiceRef("CA-HCM", "cong-dan-theo-gioi", "v1")
FIELDS = ("so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh", "thuong_tru_dia_chi")
CITIZENS = {
    "079090000001": ("Nguyễn Văn An", "1990-01-02", "Nam", "12 Lê Lợi, Phường Sài Gòn"),
    "079190000002": ("Trần Thị Bình", "1991-03-04", "Nữ", "5 Hai Bà Trưng, Phường Tân Định"),
    "079085000003": ("Lê Văn Cường", "1985-05-06", "Nam", "7 Võ Văn Tần, Phường Xuân Hòa"),
}
CONSUMER = "BHXH-HCM"
PURPOSE = "BHYT-CAP-THE"
OTHER_PURPOSE = "THONG-KE"
GRANTED = ("so_dinh_danh", "ho_ten", "ngay_sinh")
AGREEMENT = "Tôi đồng ý cho BHXH-HCM tra cứu họ tên và ngày sinh để cấp thẻ BHYT."


def write_population(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TABLE cong_dan (so_dinh_danh TEXT PRIMARY KEY, ho_ten TEXT, ngay_sinh TEXT,"
        " gioi_tinh TEXT, thuong_tru_dia_chi TEXT)"
    )
    con.executemany(
        "INSERT INTO cong_dan VALUES (?, ?, ?, ?, ?)",
        [(cccd, *rest) for cccd, rest in CITIZENS.items()],
    )
    con.execute(
        "CREATE TABLE doanh_nghiep (ma_so_thue TEXT PRIMARY KEY, ten TEXT, trang_thai TEXT)"
    )
    con.execute(
        "INSERT INTO doanh_nghiep VALUES ('0100233488', 'Công ty TNHH Sao Mai', 'Đang hoạt động')"
    )
    con.commit()
    con.close()
    return path


def population_service(source: str = "population") -> ServiceDefinition:
    return ServiceDefinition(
        ref=POPULATION,
        title="Tra cứu công dân theo số định danh",
        source=source,
        query="SELECT " + ", ".join(FIELDS) + " FROM cong_dan WHERE so_dinh_danh = :cccd",
        parameters=(Parameter("cccd", "cccd", True),),
        fields=FIELDS,
        personal=True,
    )


def business_service(source: str = "population") -> ServiceDefinition:
    return ServiceDefinition(
        ref=BUSINESS,
        title="Tra cứu doanh nghiệp theo MST",
        source=source,
        query="SELECT ma_so_thue, ten, trang_thai FROM doanh_nghiep WHERE ma_so_thue = :mst",
        parameters=(Parameter("mst", "mst", False),),
        fields=("ma_so_thue", "ten", "trang_thai"),
        personal=False,
    )


def by_sex_service() -> ServiceDefinition:
    """A personal-data search whose data subjects are only known from its results."""
    return ServiceDefinition(
        ref=BY_SEX,
        title="Công dân theo giới tính",
        source="population",
        query="SELECT so_dinh_danh, ho_ten FROM cong_dan WHERE gioi_tinh = :gioi_tinh"
        " ORDER BY so_dinh_danh",
        parameters=(Parameter("gioi_tinh", "string", False),),
        fields=("so_dinh_danh", "ho_ten"),
        personal=True,
        subject_columns=("so_dinh_danh",),
    )


@dataclass
class World:
    home: Path
    store: Store
    settings: Settings
    app: FastAPI
    key: Ed25519PrivateKey
    directory: ClientDirectory
    rights: RightsBook
    consents: ConsentRegistry
    catalog: StaticCatalog | RegistryCatalog

    def token(self, client: str = CONSUMER, **kwargs: object) -> str:
        return mint_token(client, self.key, audience=self.settings.gateway_audience, **kwargs)  # type: ignore[arg-type]

    def headers(self, purpose: str | None = PURPOSE, token: str | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {token or self.token()}"}
        if purpose is not None:
            headers["X-Purpose"] = purpose
        return headers

    def consent(
        self,
        cccd: str,
        status: ConsentStatus = ConsentStatus.ACTIVE,
        fields: tuple[str, ...] = GRANTED,
        **kwargs: object,
    ) -> str:
        return self.consents.request(
            cccd,
            CONSUMER,
            POPULATION,
            PURPOSE,
            fields,
            AGREEMENT,
            status=status,
            **kwargs,  # type: ignore[arg-type]
        ).id

    def audit(self) -> AuditLog:
        log: AuditLog = self.app.state.exchange.audit_log
        return log


def build_world(
    home: Path,
    store: Store,
    source_url: str | None = None,
    *,
    dev_mode: bool = True,
    timeout_s: float = 2.0,
    **options: object,
) -> World:
    """The world over ``store``. With ``source_url``, services come from a fixed catalog over that
    database; without, from the registry in ``store`` (see :func:`register_population`)."""
    settings = Settings(home=home, dev_mode=dev_mode, source_timeout_s=timeout_s, **options)  # type: ignore[arg-type]
    catalog: StaticCatalog | RegistryCatalog
    if source_url is not None:
        catalog = StaticCatalog(
            [population_service(), business_service(), by_sex_service()],
            {"population": source_url},
        )
    else:
        catalog = RegistryCatalog(store)
    app = create_app(settings, store, catalog=catalog, json_logs=False)
    directory = ClientDirectory(store)
    directory.register(CONSUMER, "Bảo hiểm xã hội TP.HCM", agency="BHXH-HCM")
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    pem = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    directory.add_key(CONSUMER, pem)
    rights = RightsBook(store)
    rights.define_purpose(PURPOSE, "Cấp thẻ BHYT", legal_basis="Luật BHYT")
    rights.define_purpose(OTHER_PURPOSE, "Thống kê")
    rights.grant(CONSUMER, POPULATION, PURPOSE, GRANTED)
    if source_url is not None:
        rights.grant(CONSUMER, BUSINESS, PURPOSE, ("ma_so_thue", "ten"))
        rights.grant(CONSUMER, BY_SEX, PURPOSE, ("so_dinh_danh", "ho_ten"))
    return World(
        home,
        store,
        settings,
        app,
        key,
        directory,
        rights,
        app.state.exchange.gateway.consents,
        catalog,
    )


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(app: FastAPI, **options: object) -> Iterator[int]:
    """Run ``app`` in a real uvicorn server (in a thread) for the duration; yields the port."""
    import threading
    import time

    import uvicorn

    from lienthong.web import MutualTLSProtocol

    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        http=MutualTLSProtocol,
        log_level="warning",
        **options,  # type: ignore[arg-type]
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def register_population(store: Store, url: str) -> None:
    """Create the citizens table in the database at ``url`` and register it as a service."""
    from sqlalchemy import create_engine, text

    from lienthong.registry import Registry, ServiceParameter, ServiceSpec

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE cong_dan (so_dinh_danh VARCHAR(12) PRIMARY KEY, ho_ten VARCHAR(100),"
                " ngay_sinh VARCHAR(10), gioi_tinh VARCHAR(3), thuong_tru_dia_chi VARCHAR(200))"
            )
        )
        conn.execute(
            text("INSERT INTO cong_dan VALUES (:c, :n, :b, :s, :a)"),
            [
                {"c": cccd, "n": name, "b": born, "s": sex, "a": address}
                for cccd, (name, born, sex, address) in CITIZENS.items()
            ],
        )
    engine.dispose()
    registry = Registry(store)
    registry.add_agency("CA-HCM", "Công an Thành phố Hồ Chí Minh")
    registry.add_source("CA-HCM", "population", url)
    registry.add_service(
        ServiceSpec(
            provider="CA-HCM",
            code="cong-dan",
            version="v1",
            dataset="population.cong_dan",
            query=population_service().query,
            parameters=(ServiceParameter("cccd", "cccd", True),),
            fields=FIELDS,
            personal=True,
        )
    )
