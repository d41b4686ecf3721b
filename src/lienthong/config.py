"""The one settings object.

Every knob lives here, read from ``LIENTHONG_*`` environment variables (or passed explicitly),
so the CLI, the web app and tests share one source of truth. Secrets never appear in ``repr``.

The home is ``LIENTHONG_HOME`` when set, else found the way git finds its repository
(:func:`lienthong.home.find_home`).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from lienthong.home import STORE_FILE, find_home


class Settings(BaseSettings):
    """Platform settings. Environment variables use the ``LIENTHONG_`` prefix."""

    model_config = SettingsConfigDict(env_prefix="LIENTHONG_", extra="ignore")

    home: Path = Field(
        default_factory=find_home,
        description=(
            "Working directory: generated city, platform store, keys, reports. Default: the"
            " nearest platform home in the current folder or a parent (a folder holding"
            " platform.db, or its lienthong-demo/), else ./lienthong-demo."
        ),
    )
    store_url: SecretStr | None = Field(
        default=None,
        description=(
            "SQLAlchemy URL of the platform store (registry, rights, consents, audit, quality"
            " runs). Default: SQLite file platform.db under `home`. PostgreSQL at scale."
        ),
    )
    host: str = Field(default="127.0.0.1", description="Address the API server binds to.")
    public_url: str | None = Field(
        default=None,
        description=(
            "The platform's public base URL (https://data.example.gov.vn), under which the"
            " DCAT-AP catalog mints its IRIs. `registry export` refuses a loopback address"
            " unless `--allow-local`; /catalog uses the address the request reached when unset."
        ),
    )
    port: int = Field(default=8000, description="Port the API server listens on.")
    source_timeout_s: float = Field(
        default=5.0, description="Longest a sector database may take before a call gives 504."
    )
    dev_mode: bool = Field(
        default=False,
        description=(
            "DEVELOPMENT ONLY: enables POST /v1/dev/citizen-login, which issues a citizen token"
            " for any CCCD without proof. Never set in production."
        ),
    )
    gateway_audience: str = Field(
        default="lienthong-gateway",
        description="The `aud` every client token must name (one value per gateway cluster).",
    )
    token_max_lifetime_s: int = Field(
        default=3600, description="Longest a client token may live (`exp` - `iat`), in seconds."
    )
    max_request_head_bytes: int = Field(
        default=16 * 1024,
        ge=1024,
        description="Longest request line + headers the API reads; longer gets 414 or 431.",
    )
    max_request_body_bytes: int = Field(
        default=1024 * 1024,
        ge=1024,
        description="Largest request body the API reads; larger gets 413.",
    )
    rate_limit_per_client: float = Field(
        default=200.0,
        ge=0,
        description=(
            "Requests a second one client system may make (bursts of twice that); more get 429"
            " with Retry-After. 0 turns the limit off."
        ),
    )
    rate_limit_per_address: float = Field(
        default=200.0,
        ge=0,
        description=(
            "Requests a second one source address may make (bursts of twice that); more get"
            " 429 with Retry-After. Behind a reverse proxy every request has the proxy's"
            " address: limit there instead, or raise this. 0 turns the limit off."
        ),
    )
    auth_failures_per_address: float = Field(
        default=1.0,
        ge=0,
        description=(
            "Failed identifications (401) a second one source address may cause, after a burst"
            " of 20; past it the address gets 429 until its budget refills. Behind a reverse"
            " proxy (one address for everyone) set 0 and limit at the proxy. 0 turns it off."
        ),
    )
    refusal_window_s: float = Field(
        default=60.0,
        gt=0,
        description=(
            "Refusals of callers without a valid identity are audited as the first of each kind"
            " per source address and this window, then one entry counting the repeats."
        ),
    )
    metrics_token: SecretStr | None = Field(
        default=None,
        description=(
            "Bearer token a Prometheus scraper sends to read /metrics (`Authorization: Bearer"
            " …`). Unset: /metrics answers 401 to everyone but loopback when"
            " `metrics_loopback` allows it."
        ),
    )
    metrics_loopback: bool = Field(
        default=False,
        description=(
            "Let /metrics be read without the token from 127.0.0.0/8 and ::1 (a scraper on the"
            " same host). Do not set it behind a reverse proxy on the same host: every request"
            " would then come from loopback."
        ),
    )
    audit_checkpoint_every: int = Field(
        default=1000,
        ge=1,
        le=1_000_000,
        description=(
            "The audit log signs a checkpoint at least every this many entries, and"
            " `lienthong audit verify` requires one there: a missing checkpoint is tampering."
        ),
    )
    audit_witness: SecretStr | None = Field(
        default=None,
        description=(
            "Where every signed audit checkpoint is also published, outside the store: a file"
            " path (JSON Lines, append-only) or a database URL. Default: audit-witness.jsonl"
            " under `home`. `lienthong audit verify` checks the store against it."
        ),
    )
    audit_subject_key: Path | None = Field(
        default=None,
        description=(
            "File of the audit subject key (the HMAC key that replaces CCCDs in the audit log),"
            " kept apart from the signing key. Default: keys/subject/audit-subject-hmac.key"
            " under `home`."
        ),
    )
    audit_trusted_keys: Path | None = Field(
        default=None,
        description=(
            "File listing the public keys `lienthong audit verify` trusts besides the"
            " platform's own (retired keys, a partner's key). Default:"
            " keys/trusted-audit-keys.pem under `home`."
        ),
    )
    nats_url: str = Field(
        default="nats://127.0.0.1:4222", description="NATS JetStream server for the change log."
    )
    spark_master: str = Field(
        default="local[*]",
        description=(
            "Spark master for `lienthong link run --backend spark`: local[*] runs Spark in one"
            " JVM on every core of this machine; spark://host:7077 or yarn uses a cluster."
        ),
    )
    spark_driver_memory: str = Field(
        default="2g",
        description=(
            "Heap of the Spark driver JVM (in local mode, all of Spark's memory), e.g. 2g, 8g."
        ),
    )
    eid_issuer: str | None = Field(
        default=None,
        description=(
            "Issuer URL of the e-ID OpenID Connect provider citizens log in with (its discovery"
            " document is read from `<issuer>/.well-known/openid-configuration`). Unset: no"
            " e-ID login."
        ),
    )
    eid_client_id: str = Field(
        default="lienthong", description="The client id lienthong is registered under at e-ID."
    )
    eid_redirect_url: str | None = Field(
        default=None,
        description=(
            "The callback URL registered at the provider. Default: this server's"
            " `/eid/callback` as the request reached it."
        ),
    )
    eid_claims: str = Field(
        default='{"cccd": "cccd", "name": "name", "birthdate": "birthdate", "level": "eid_level"}',
        description=(
            "JSON map from lienthong's citizen attributes to the provider's claim names: another"
            " provider's names are this one setting."
        ),
    )
    eid_session_s: int = Field(
        default=1800, ge=60, le=86400, description="How long a citizen's session lasts (seconds)."
    )
    procedure_draft_ttl_s: int = Field(
        default=86400,
        ge=60,
        le=30 * 86400,
        description="A procedure draft never submitted, and the register data prefill put in it,"
        " is purged once older than this (seconds).",
    )

    @property
    def resolved_store_url(self) -> str:
        """The store URL to connect to, defaulting to a SQLite file in ``home``."""
        if self.store_url is not None:
            return self.store_url.get_secret_value()
        return f"sqlite:///{(self.home / STORE_FILE).resolve()}"

    @property
    def store_exists(self) -> bool:
        """False only for the default SQLite store when its file is not there yet."""
        return self.store_url is not None or (self.home / STORE_FILE).is_file()

    @property
    def display_store_url(self) -> str:
        """The store URL with any password masked, safe to print or log."""
        from sqlalchemy.engine import make_url  # SQLAlchemy loads only when a store is used

        return make_url(self.resolved_store_url).render_as_string(hide_password=True)


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides winning."""
    return Settings(**overrides)  # type: ignore[arg-type]
