"""The dossier table: one row per dossier (hồ sơ), its components kept with their provenance."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from lienthong.store import metadata

procedure_dossier = Table(
    "procedure_dossier",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("procedure", String(64), nullable=False),
    Column("agency", String(64), nullable=False, comment="the deciding agency"),
    # The deciding agency needs to know whose application it is: the CCCD is kept, and only
    # officers of that agency (and the citizen) ever see it.
    Column("subject", String(12), nullable=False),
    Column("status", String(12), nullable=False),  # draft / submitted / approved / refused
    Column("created_ts", Float, nullable=False),
    Column("submitted_ts", Float, nullable=True),
    Column("decided_ts", Float, nullable=True),
    Column("decided_by", String(64), nullable=True),
    Column("reason", Text, nullable=True),
    Column("components", JSON, nullable=False),  # [{name, value, reused, source, request_id, …}]
    Column("eligibility", JSON, nullable=True),  # [{rule, met (true/false/null), vi, en}]
    # Counted once at submission, so the reuse figures are one aggregate query (not a JSON walk
    # over every dossier): fields reused from registers, flagged wrong, papers not asked for.
    Column("reused_fields", Integer, nullable=True),
    Column("flagged_fields", Integer, nullable=True),
    Column("papers_avoided", Integer, nullable=True),
    Column("decision_s", Float, nullable=True),  # decided_ts - submitted_ts, for the median
)
Index("ix_dossier_agency_status", procedure_dossier.c.agency, procedure_dossier.c.status)
Index("ix_dossier_subject", procedure_dossier.c.subject)
Index("ix_dossier_procedure_status", procedure_dossier.c.procedure, procedure_dossier.c.status)
Index("ix_dossier_decision", procedure_dossier.c.procedure, procedure_dossier.c.decision_s)

#: Reuse figures per procedure, kept up to date in the transaction of each submission and
#: decision: `lienthong procedures stats` reads a handful of rows, not every dossier.
procedure_rollup = Table(
    "procedure_rollup",
    metadata,
    Column("procedure", String(64), primary_key=True),
    Column("agency", String(64), nullable=False),
    Column("dossiers", Integer, nullable=False),
    Column("reusing", Integer, nullable=False),
    Column("prefilled", Integer, nullable=False),
    Column("flagged", Integer, nullable=False),
    Column("papers", Integer, nullable=False),
    Column("decided", Integer, nullable=False),
)

#: "This value is wrong": a request to the agency that holds it, open until it is resolved.
procedure_correction = Table(
    "procedure_correction",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("dossier", String(36), ForeignKey("procedure_dossier.id"), nullable=False),
    Column("procedure", String(64), nullable=False),
    Column("agency", String(64), nullable=False, comment="holds the value"),
    Column("service", String(200), nullable=False),
    Column("field", String(64), nullable=False),
    Column("subject", String(12), nullable=False),
    Column("value", Text, nullable=True),
    Column("note", Text, nullable=True),
    Column("request_id", String(64), nullable=True),
    # the register's dataset and the change-log position from which sync's changes are watched
    Column("dataset", String(200), nullable=True),
    Column("since_seq", BigInteger, nullable=True),
    Column("status", String(12), nullable=False),  # open / corrected / confirmed
    Column("created_ts", Float, nullable=False),
    Column("closed_ts", Float, nullable=True),
    Column("closed_by", String(64), nullable=True),
    Column("resolution", Text, nullable=True),
)
Index("ix_correction_agency_status", procedure_correction.c.agency, procedure_correction.c.status)
