"""Registry tables in the platform store (SQLite and PostgreSQL through SQLAlchemy Core).

Source URLs are stored as given, passwords included, because the platform must connect with
them; every display goes through :func:`lienthong.sources.mask_url`.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    String,
    Table,
    Text,
    func,
)

from lienthong.store import metadata

agencies = Table(
    "registry_agencies",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_en", Text),
    Column("kind", String(64)),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

sources = Table(
    "registry_sources",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("agency", String(64), ForeignKey("registry_agencies.code"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

datasets = Table(
    "registry_datasets",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("source", String(64), ForeignKey("registry_sources.code"), nullable=False),
    Column("table_name", String(128), nullable=False),
    Column("title", Text),
    Column("key", JSON, nullable=False),
    Column("owner", Text),
    Column("update_frequency", String(32)),
    Column("legal_basis", Text),
)

columns = Table(
    "registry_columns",
    metadata,
    Column("dataset", String(200), ForeignKey("registry_datasets.id"), primary_key=True),
    Column("name", String(128), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("type", String(128), nullable=False),
    Column("nullable", Boolean, nullable=False),
    Column("flags", JSON, nullable=False),
    Column("description", Text),
)

services = Table(
    "registry_services",
    metadata,
    Column("provider", String(64), ForeignKey("registry_agencies.code"), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("version", String(32), primary_key=True),
    Column("dataset", String(200), ForeignKey("registry_datasets.id"), nullable=False),
    Column("title", Text),
    Column("query", Text, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("personal", Boolean, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    # What `registry add-service` records (0005); services from a manifest leave them empty.
    Column("title_en", Text),
    Column("description", Text),
    Column("description_en", Text),
    Column("legal_basis", Text),
    Column("purposes", JSON),
    Column("subject_column", String(128)),
    Column("published_by", String(128)),
)

#: A retired service version: it answers with Deprecation/Sunset headers until ``sunset``, then
#: 410 Gone naming ``replaced_by``. Kept apart so a published service row is never changed.
service_retirements = Table(
    "registry_service_retirements",
    metadata,
    Column("provider", String(64), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("version", String(32), primary_key=True),
    Column("sunset", DateTime(timezone=True), nullable=False),
    Column("replaced_by", String(32), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("retired_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    ForeignKeyConstraint(
        ["provider", "code", "version"],
        ["registry_services.provider", "registry_services.code", "registry_services.version"],
    ),
)

service_parameters = Table(
    "registry_service_parameters",
    metadata,
    Column("provider", String(64), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("version", String(32), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("type", String(32), nullable=False),
    Column("subject", Boolean, nullable=False),
    ForeignKeyConstraint(
        ["provider", "code", "version"],
        ["registry_services.provider", "registry_services.code", "registry_services.version"],
    ),
)

#: The last profile of each dataset (lienthong.profiling.DatasetProfile as JSON).
profiles = Table(
    "registry_profiles",
    metadata,
    Column("dataset", String(200), ForeignKey("registry_datasets.id"), primary_key=True),
    Column("profile", JSON, nullable=False),
    Column("profiled_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

#: Columns a person declared non-personal, with who and why (personal is the default).
not_personal = Table(
    "registry_not_personal",
    metadata,
    Column("dataset", String(200), ForeignKey("registry_datasets.id"), primary_key=True),
    Column("name", String(128), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("actor", String(128), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)
