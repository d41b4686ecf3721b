"""The gateway's part of ``lienthong demo``: two agencies, a right, a consent, real calls.

BHXH-HCM (social security) asks CA-HCM's population register for a citizen's identity to issue
a health-insurance card. The right grants four fields, the citizen consents, one call is
served (minimised), one call for a citizen who never consented is refused, and the summary
carries a ready-to-copy curl command for the server ``lienthong demo`` starts.
"""

from __future__ import annotations

import asyncio
import csv
import json
from pathlib import Path
from typing import Any

import httpx

from lienthong.audit import AuditKeys
from lienthong.config import Settings
from lienthong.errors import NotFoundError
from lienthong.exchange import (
    ClientDirectory,
    ConsentRegistry,
    ConsentStatus,
    PlatformCA,
    RightsBook,
    ServiceRef,
    key_fingerprint,
    load_private_key,
    mint_token,
)
from lienthong.exchange._platform import LINK_RESOLVE, PLATFORM_SERVICES
from lienthong.secure_files import write_private
from lienthong.store import Store
from lienthong.web import create_app

CONSUMER = "BHXH-HCM"
PURPOSE = "BHYT-CAP-THE"
PURPOSE_TITLE = "Cấp thẻ bảo hiểm y tế (issuing a health-insurance card)"
LEGAL_BASIS = "Luật Bảo hiểm y tế 2008 (sửa đổi 2024); Nghị định 278/2025/NĐ-CP"
AGREEMENT = (
    "Tôi đồng ý để Bảo hiểm xã hội TP.HCM tra cứu họ tên, ngày sinh, giới tính và số định danh "
    "của tôi từ Cơ sở dữ liệu dân cư để cấp thẻ bảo hiểm y tế, trong 365 ngày."
)
DEMO_FIELDS = ("so_dinh_danh", "ho_ten", "ngay_sinh", "gioi_tinh")


def _pick_service(city_dir: Path) -> tuple[ServiceRef, str, list[str]]:
    """The population register's personal-data lookup by CCCD, from the city's manifest."""
    manifest = json.loads((city_dir / "manifest.json").read_text("utf-8"))
    for service in manifest.get("services", []):
        params = service.get("parameters", [])
        if service.get("provider") == "CA-HCM" and any(p.get("type") == "cccd" for p in params):
            name = next(p["name"] for p in params if p.get("type") == "cccd")
            ref = ServiceRef(service["provider"], service["code"], service["version"])
            return ref, name, list(service["fields"])
    raise NotFoundError("The demo city offers no CA-HCM service looked up by CCCD.")


def _citizens(city_dir: Path, count: int) -> list[str]:
    found: list[str] = []
    with (city_dir / "truth" / "people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("cccd") and not row.get("death_date"):
                found.append(row["cccd"])
            if len(found) == count:
                break
    return found


def exchange_step(store: Store, city_dir: Path) -> dict[str, object]:
    """Set up BHXH-HCM → CA-HCM, serve one consented call, refuse one, return the numbers."""
    home = city_dir.parent
    settings = Settings(home=home)
    ref, param, service_fields = _pick_service(city_dir)
    fields = [f for f in DEMO_FIELDS if f in service_fields] or service_fields[:1]
    consented, stranger = _citizens(city_dir, 2)

    pki = home / "pki"
    ca = PlatformCA.load(pki) if (pki / "ca.key").exists() else PlatformCA.init(pki)
    directory = ClientDirectory(store)
    directory.ensure(CONSUMER, "Bảo hiểm xã hội TP.HCM — cấp thẻ BHYT", agency="BHXH-HCM")
    key_path = pki / "clients" / f"{CONSUMER}.key"
    cert_path = pki / "clients" / f"{CONSUMER}.crt"
    if not key_path.exists() or not cert_path.exists():
        ca.issue_client(CONSUMER).write(pki / "clients")
    key = load_private_key(key_path)
    if directory.credential(key_fingerprint(key.public_key())) is None:  # e.g. a fresh store
        directory.add_key(CONSUMER, certificate_pem=cert_path.read_text())

    rights = RightsBook(store)
    rights.define_purpose(PURPOSE, PURPOSE_TITLE, legal_basis=LEGAL_BASIS)
    rights.grant(CONSUMER, ref, PURPOSE, fields, service_fields=service_fields)
    # The insurer may also ask which citizen a record of its own belongs to (POST
    # /v1/link/resolve), for the same purpose: the master id and the evidence, nothing more.
    resolve_fields = ("master_id", "evidence")
    rights.grant(
        CONSUMER,
        LINK_RESOLVE,
        PURPOSE,
        resolve_fields,
        service_fields=PLATFORM_SERVICES[LINK_RESOLVE],
    )
    keys = AuditKeys.load_or_create(home / "keys")
    consent = ConsentRegistry(store, keys.subject_hash).request(
        consented, CONSUMER, ref, PURPOSE, fields, AGREEMENT, status=ConsentStatus.ACTIVE
    )

    token = mint_token(CONSUMER, key, audience=settings.gateway_audience, lifetime_s=3600)
    token_path = pki / "clients" / f"{CONSUMER}.token"
    write_private(token_path, (token + "\n").encode())  # a bearer token: owner-only
    allowed, refused = asyncio.run(_calls(settings, store, ref, param, token, consented, stranger))
    url = f"http://{settings.host}:{settings.port}/v1/services/{ref}?{param}={consented}"
    return {
        "client": CONSUMER,
        "service": str(ref),
        "purpose": PURPOSE,
        "fields_offered": len(service_fields),
        "fields_granted": fields,
        "also_granted": f"{LINK_RESOLVE} ({', '.join(resolve_fields)})",
        "consent": {"id": consent.id, "status": consent.status.value},
        "allowed_call": allowed,
        "refused_call": refused,
        "curl": (
            f'curl -s -H "Authorization: Bearer $(cat {token_path.resolve()})" '
            f'-H "X-Purpose: {PURPOSE}" "{url}"'
        ),
        "token_valid_s": 3600,
    }


async def _calls(
    settings: Settings,
    store: Store,
    ref: ServiceRef,
    param: str,
    token: str,
    consented: str,
    stranger: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    app = create_app(settings, store, json_logs=False)
    headers = {"Authorization": f"Bearer {token}", "X-Purpose": PURPOSE}
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://demo") as client:
            ok = await client.get(f"/v1/services/{ref}", params={param: consented}, headers=headers)
            no = await client.get(f"/v1/services/{ref}", params={param: stranger}, headers=headers)
    finally:
        await app.state.audit_writer.close()
    body = ok.json()
    return (
        {"status": ok.status_code, "fields": body.get("fields"), "rows": len(body.get("rows", []))},
        {"status": no.status_code, "reason": no.json().get("reason")},
    )
