"""The sync step of ``lienthong demo``: a citizen moves, and the other sectors learn it.

On the registered demo city: watch the population register, subscribe the health insurance
(BHXH) and social protection systems to the permanent address, authorised by a right on the
population data service and cut to two fields; change one citizen's address in the register;
run capture and delivery; show the new address in ``TheBHYT`` and ``doi_tuong_bao_tro`` (keyed
by CCCD, update-only: those silos keep their own records), the lag, and the audited deliveries.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from lienthong.audit import AuditLog
from lienthong.errors import ConflictError, NotFoundError
from lienthong.exchange import (
    ClientDirectory,
    ConsentRegistry,
    ConsentStatus,
    RightsBook,
    ServiceRef,
)
from lienthong.registry import Registry
from lienthong.store import Store
from lienthong.sync import CaptureSpec, SubscriptionSpec, Sync

DATASET = "population.cong_dan"
PURPOSE = "CAP-NHAT-DIA-CHI"
FIELDS = ("so_dinh_danh", "thuong_tru_dia_chi")
SUBSCRIBERS = (
    # name, client system, agency, source, table, CCCD column, address column
    (
        "bhxh-dia-chi",
        "BHXH-HCM-sync",
        "BHXH-HCM",
        "health_insurance",
        "TheBHYT",
        "SoCCCD",
        "DiaChi",
    ),
    (
        "bao-tro-dia-chi",
        "SYT-HCM-sync",
        "SYT-HCM",
        "social_welfare",
        "doi_tuong_bao_tro",
        "so_cccd",
        "dia_chi",
    ),
)


def _url(registry: Registry, code: str, city_dir: Path, fallback: str) -> str:
    try:
        url = registry.get_source(code).url
    except NotFoundError:
        url = str(city_dir / fallback)
    return url if "://" in url else f"sqlite:///{url}"


def _grant(store: Store, client: str, agency: str) -> None:
    """The right a data owner gives before the subscription: one purpose, two fields."""
    ClientDirectory(store).ensure(client, f"{agency} address sync", agency=agency)
    book = RightsBook(store)
    if PURPOSE not in book.purposes():
        book.define_purpose(
            PURPOSE,
            "Cập nhật địa chỉ thường trú từ CSDL dân cư",
            legal_basis="Nghị định 47/2020/NĐ-CP, Điều 9",
        )
    for service in Registry(store).list_services():
        if service.dataset == DATASET:
            book.grant(
                client, ServiceRef(service.provider, service.code, service.version), PURPOSE, FIELDS
            )


def _consent(store: Store, audit: AuditLog, citizen: str) -> None:
    """The citizen agrees (in person) that both sectors receive their address changes.

    Sync releases personal data only as the gateway does: with a right, for its purpose, and
    with the data subject's live consent covering every field; without it the change is
    withheld, dead-lettered and audited as refused.
    """
    consents = ConsentRegistry(store, audit.keys.subject_hash)
    services = [s for s in Registry(store).list_services() if s.dataset == DATASET]
    for _name, client, *_ in SUBSCRIBERS:
        for service in services:
            ref = ServiceRef(service.provider, service.code, service.version)
            if any(
                c.releases_at(datetime.now(UTC)) and set(FIELDS) <= set(c.fields)
                for c in consents.for_call(citizen, client, ref, PURPOSE)
            ):
                continue
            consents.request(
                citizen,
                client,
                ref,
                PURPOSE,
                FIELDS,
                "Tôi đồng ý cho cơ quan nhận cập nhật địa chỉ thường trú của tôi.",
                status=ConsentStatus.ACTIVE,
            )


def _pick_citizen(population: str, targets: list[tuple[str, str, str]]) -> str:
    """A citizen who appears (by CCCD) in every subscriber's table."""
    candidates: set[str] | None = None
    for url, table, column in targets:
        engine = create_engine(url)
        with engine.connect() as conn:
            found = {
                r[0]
                for r in conn.execute(
                    text(f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL')
                )
            }
        engine.dispose()
        candidates = found if candidates is None else candidates & found
    engine = create_engine(population)
    with engine.connect() as conn:
        people = [
            r[0]
            for r in conn.execute(text("SELECT so_dinh_danh FROM cong_dan ORDER BY so_dinh_danh"))
        ]
    engine.dispose()
    for cccd in people:
        if cccd in (candidates or set()):
            return str(cccd)
    raise NotFoundError("No citizen of the demo city is known to every subscriber.")


def sync_step(store: Store, city_dir: Path) -> dict[str, object]:
    """Move one citizen and show the change arrive in the health and social protection data."""
    registry = Registry(store)
    population = _url(registry, "population", city_dir, "population.db")
    audit = AuditLog.open(store, city_dir.parent)
    with Sync(store, audit) as sync:
        try:
            sync.watch_dataset(DATASET, snapshot=False)
        except ConflictError:
            pass  # already watched by an earlier demo run
        except NotFoundError:
            sync.watch(
                CaptureSpec(
                    DATASET,
                    "sqlite",
                    population.removeprefix("sqlite:///"),
                    "cong_dan",
                    ("so_dinh_danh",),
                ),
                snapshot=False,
            )
        targets = []
        for name, client, agency, source, table, cccd, address in SUBSCRIBERS:
            url = _url(registry, source, city_dir, f"{source}.db")
            targets.append((url, table, cccd))
            _grant(store, client, agency)
            try:
                sync.subscriptions.get(name)
            except NotFoundError:
                sync.subscribe(
                    SubscriptionSpec(
                        name=name,
                        dataset=DATASET,
                        client=client,
                        purpose=PURPOSE,
                        fields=FIELDS,
                        mode="apply",
                        target=url,
                        target_table=table,
                        mapping={"so_dinh_danh": cccd, "thuong_tru_dia_chi": address},
                        target_key=(cccd,),
                        on_missing="ignore",
                        apply_deletes=False,
                        from_start=False,
                    )
                )
        sync.run(until_idle=True)  # settle anything pending before the demo change

        citizen = _pick_citizen(population, targets)
        _consent(store, audit, citizen)
        engine = create_engine(population)
        with engine.begin() as conn:
            old = str(
                conn.execute(
                    text("SELECT thuong_tru_dia_chi FROM cong_dan WHERE so_dinh_danh = :c"),
                    {"c": citizen},
                ).scalar_one()
            )
            new = "125 Lê Lợi," + old.split(",", 1)[1] if "," in old else f"125 Lê Lợi, {old}"
            if new == old:
                new = "127 Lê Lợi," + old.split(",", 1)[1]
            conn.execute(
                text("UPDATE cong_dan SET thuong_tru_dia_chi = :a WHERE so_dinh_danh = :c"),
                {"a": new, "c": citizen},
            )
        engine.dispose()
        committed = time.time()
        sync.run(until_idle=True)

        arrived: dict[str, object] = {}
        lag_ms: dict[str, float] = {}
        for (url, table, cccd), spec in zip(targets, SUBSCRIBERS, strict=True):
            engine = create_engine(url)
            with engine.connect() as conn:
                arrived[spec[3]] = conn.execute(
                    text(f'SELECT "{spec[6]}" FROM "{table}" WHERE "{cccd}" = :c'), {"c": citizen}
                ).scalar()
            engine.dispose()
            sub = sync.subscriptions.get(spec[0])
            delivered = sub["last_delivered_ts"] or committed
            lag_ms[spec[0]] = round(
                max(0.0, delivered - (sub["last_commit_ts"] or committed)) * 1000, 1
            )
        records = [
            {
                "seq": r.seq,
                "event": str(r.event),
                "client": r.client,
                "agency": r.client_agency,
                "purpose": r.purpose,
                "fields": list(r.fields),
            }
            for r in audit.for_subject(citizen, limit=10)
            if str(r.event).startswith("SYNC_DELIVERY")
        ]
        status = [
            {
                "subscription": r.subscription,
                "lag_changes": r.lag_changes,
                "lag_seconds": r.lag_seconds,
                "dead_letters": r.dead_letters,
            }
            for r in sync.status()
        ]
    return {
        "citizen": citizen,
        "old_address": old,
        "new_address": new,
        "arrived": arrived,
        "all_arrived": all(value == new for value in arrived.values()),
        "commit_to_applied_ms": lag_ms,
        "audit_deliveries": records[: len(SUBSCRIBERS)],
        "subscriptions": status,
    }
