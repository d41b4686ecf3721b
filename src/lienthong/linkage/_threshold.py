"""The match threshold, derived from the fitted model rather than fixed.

Splink's match probability is the posterior P(match | comparison vector): it already carries
the prior λ (the share of random pairs that match) estimated from the data. With equal costs
for a false link and a missed one, the decision that makes fewest expected errors is to link
when that posterior is at least 0.5, i.e. when the Bayes factor of the evidence reaches
(1 − λ) / λ, a match weight of 0. The cut therefore moves with the data: a file where one
random pair in 3,000 matches needs a Bayes factor of ~3,000, one where one in 300,000 matches
needs ~300,000. (The threshold that maximises the model's expected F1 is about half the best
F1, below 0.5 for any useful model, so it would link pairs the model thinks more likely
different than same: we keep 0.5.)

The same posteriors give the model's own expectation of precision and recall at the cut,
printed with each run so a user can see how sure the model is before checking against truth.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import duckdb

#: the posterior at which a pair is as likely a match as not
POSTERIOR = 0.5


@dataclass(frozen=True)
class Threshold:
    """The cut used by a run and what the model expects of it."""

    probability: float
    #: where it came from: "model" (posterior 0.5) or "given" (``--threshold``)
    source: str
    prior: float | None
    expected_precision: float | None
    expected_recall: float | None

    @property
    def bayes_factor(self) -> float | None:
        """The Bayes factor a pair's evidence needs to pass the cut at the model's prior."""
        if self.prior is None or not 0 < self.prior < 1:
            return None
        odds = self.probability / (1 - self.probability) if self.probability < 1 else math.inf
        return odds * (1 - self.prior) / self.prior

    def note(self) -> str:
        source = "from the fitted model" if self.source == "model" else "as given"
        text = f"threshold: match probability {self.probability:.2f} {source}"
        factor = self.bayes_factor
        if factor is not None and self.prior is not None:
            text += f" (Bayes factor >= {factor:,.0f} at prior {self.prior:.3g})"
        if self.expected_precision is not None and self.expected_recall is not None:
            text += (
                f"; the model expects precision {self.expected_precision:.3f}, "
                f"recall {self.expected_recall:.3f} of the pairs it scored"
            )
        return text

    def as_dict(self) -> dict[str, Any]:
        return {
            "probability": self.probability,
            "source": self.source,
            "prior": self.prior,
            "bayes_factor": self.bayes_factor,
            "expected_precision": self.expected_precision,
            "expected_recall": self.expected_recall,
        }


def expected_quality(
    con: duckdb.DuckDBPyConnection, predictions: str, cut: float
) -> tuple[float | None, float | None]:
    """Precision and recall the posteriors promise at ``cut``, over the pairs scored.

    Each scored pair is a match with its posterior p: links above the cut hold Σp true pairs out
    of their count, and all scored pairs hold Σp in all. Pairs never scored (outside blocking or
    below the prediction floor) are not counted, so the recall is an upper bound.
    """
    row = con.execute(
        f"SELECT sum(match_probability) FILTER (WHERE match_probability >= {cut}), "
        f"count(*) FILTER (WHERE match_probability >= {cut}), sum(match_probability) "
        f"FROM {predictions}"
    ).fetchone()
    if not row or not row[1] or not row[2]:
        return None, None
    above, links, total = float(row[0]), int(row[1]), float(row[2])
    return above / links, above / total


def choose_threshold(
    given: float | None,
    model: dict[str, Any] | None,
    con: duckdb.DuckDBPyConnection | None = None,
    predictions: str | None = None,
) -> Threshold:
    """``given`` when the user set one, else the posterior 0.5 of the fitted model."""
    prior = model.get("probability_two_random_records_match") if model else None
    cut = given if given is not None else POSTERIOR
    precision = recall = None
    if con is not None and predictions is not None:
        precision, recall = expected_quality(con, predictions, cut)
    return Threshold(cut, "given" if given is not None else "model", prior, precision, recall)
