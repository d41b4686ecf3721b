"""Structured JSON logs, one object per line, with no personal data.

Only whitelisted fields go out: request ids, system codes, service names, purposes, outcomes,
statuses and timings. Parameters and data subjects are never passed to the logger.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

#: ``extra=`` keys copied into the JSON line; anything else is dropped.
SAFE_FIELDS = (
    "request_id",
    "client",
    "service",
    "purpose",
    "outcome",
    "status",
    "reason",
    "rows",
    "latency_ms",
    "method",
    "route",
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in SAFE_FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                line[name] = value
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def configure_json_logging(level: int = logging.INFO) -> None:
    """Send the ``lienthong`` loggers to stderr as JSON lines (idempotent)."""
    root = logging.getLogger("lienthong")
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(level)  # records still propagate: test log capture keeps working
