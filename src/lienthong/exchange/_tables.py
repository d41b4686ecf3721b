"""Gateway tables in the platform store: client systems, their keys, purposes, rights, consents.

Everything the gateway decides with lives here, so several gateway instances behind a load
balancer share one PostgreSQL and stay stateless themselves.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
)

from lienthong.store import metadata

#: A calling system (e.g. ``BHXH-HCM``): the identity a certificate CN or a token's issuer names.
clients = Table(
    "exchange_clients",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("name", String(256), nullable=False),
    Column("agency", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

#: Public keys (and, for mTLS, the certificate) a client proves itself with.
credentials = Table(
    "exchange_credentials",
    metadata,
    # SHA-256 of the DER SubjectPublicKeyInfo: the JWT ``kid`` and the certificate's key id.
    Column("fingerprint", String(64), primary_key=True),
    Column("client", String(64), ForeignKey("exchange_clients.code"), nullable=False),
    Column("algorithm", String(16), nullable=False),  # EdDSA or ES256
    Column("public_key_pem", Text, nullable=False),
    Column("certificate_pem", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)
Index("ix_exchange_credentials_client", credentials.c.client)

#: Purposes a call may declare: a legal-basis code with the text a citizen reads.
purposes = Table(
    "exchange_purposes",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("title", String(512), nullable=False),
    Column("legal_basis", String(512), nullable=True),
)

#: Access rights: client × service × purpose → the fields it may receive.
rights = Table(
    "exchange_rights",
    metadata,
    Column("client", String(64), ForeignKey("exchange_clients.code"), primary_key=True),
    Column("provider", String(64), primary_key=True),
    Column("service", String(128), primary_key=True),
    Column("version", String(32), primary_key=True),
    Column("purpose", String(64), ForeignKey("exchange_purposes.code"), primary_key=True),
    Column("fields", Text, nullable=False),  # JSON list of column names
    Column("granted_at", DateTime(timezone=True), nullable=False),
)

#: The exact agreement texts citizens accepted, by SHA-256, so a consent can be re-read.
agreements = Table(
    "exchange_agreements",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("text", Text, nullable=False),
)

#: Consent artefacts (after DEPA / GovStack Consent): one citizen, one consumer, one purpose.
consents = Table(
    "exchange_consents",
    metadata,
    Column("id", String(36), primary_key=True),
    #: HMAC-SHA256 of the citizen's CCCD under the audit subject key (as ``audit_subject``): the
    #: store never holds a plain CCCD, and the gateway hashes the CCCD it is given to look up.
    Column("subject_key", String(64), nullable=False, comment="HMAC-SHA256 of the CCCD"),
    Column("consumer", String(64), nullable=False),
    Column("provider", String(64), nullable=False),
    Column("service", String(128), nullable=False),
    Column("version", String(32), nullable=False),
    Column("purpose", String(64), nullable=False),
    Column("fields", Text, nullable=False),  # JSON list
    Column("valid_from", DateTime(timezone=True), nullable=False),
    Column("valid_until", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),
    Column("agreement_sha256", String(64), ForeignKey("exchange_agreements.sha256")),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index(
    "ix_exchange_consents_lookup",
    consents.c.subject_key,
    consents.c.consumer,
    consents.c.provider,
    consents.c.service,
    consents.c.purpose,
)
