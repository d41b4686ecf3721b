"""Why two records were (or were not) linked: Splink's waterfall chart as one offline HTML file.

The chart's JavaScript (vega, vega-lite, vega-embed) is inlined from the Splink package, so the
file opens without a network connection; :func:`check_offline` proves that no script is loaded
from elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lienthong.errors import IntegrityError, NotFoundError
from lienthong.linkage._index import latest_model
from lienthong.linkage._scoring import Scorer
from lienthong.linkage._tables import link_master_index
from lienthong.store import Store

_REMOTE_SCRIPT = re.compile(r"<script[^>]+src\s*=\s*[\"']?(https?:)?//", re.IGNORECASE)
_REMOTE_URL = re.compile(r"https?://(cdn\.|unpkg\.|cdnjs\.)", re.IGNORECASE)


def check_offline(html: str) -> None:
    """Raise :class:`IntegrityError` if the HTML would load code from the network."""
    if _REMOTE_SCRIPT.search(html) or _REMOTE_URL.search(html):
        raise IntegrityError("The chart refers to a CDN; it would not open offline.")


def _record(store: Store, record_id: str) -> dict[str, Any]:
    dataset, _, key = record_id.partition("/")
    t = link_master_index
    with store.connect() as conn:
        row = conn.execute(
            select(t).where(t.c.source_dataset == dataset, t.c.record_key == key)
        ).first()
    if row is None:
        raise NotFoundError(
            f"The record {record_id!r} is not in the master index.",
            hint="Name records as DATASET/KEY, e.g. population.cong_dan/079203001234.",
        )
    return dict(row._mapping) | {"unique_id": record_id}


def explain_pair(store: Store, left: str, right: str) -> tuple[str, dict[str, Any]]:
    """The waterfall chart HTML for two indexed records, and the scored comparison."""
    from splink.internals.charts import WaterfallChart
    from splink.internals.waterfall_chart import records_to_waterfall_data

    found = latest_model(store)
    if found is None:
        raise NotFoundError(
            "There is no trained linkage model to explain with.",
            hint="Run `lienthong link run` first.",
        )
    scorer = Scorer(found[1])
    scored = scorer.score(_record(store, left), [_record(store, right)])
    settings = scorer.settings.get_settings("duckdb")
    data = records_to_waterfall_data(scored, settings, False)  # type: ignore[no-untyped-call]
    html: str = WaterfallChart(data, True).to_html(inline=True)
    check_offline(html)
    return html, scored[0]


def explain_to_file(store: Store, left: str, right: str, out: Path) -> dict[str, Any]:
    """Write the chart to ``out``; returns the pair's match weight and probability."""
    html, scored = explain_pair(store, left, right)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return {
        "left": left,
        "right": right,
        "match_weight": float(scored["match_weight"]),
        "match_probability": float(scored["match_probability"]),
        "file": str(out),
        "bytes": len(html.encode()),
    }
