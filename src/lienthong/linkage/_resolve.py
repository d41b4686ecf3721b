"""Resolve one new record to a master id without relinking everything.

1. Normalise the record in Python (same normalisers as the bulk SQL).
2. Deterministic: a trusted CCCD (or a CMND) already in the index gives its master id.
3. Otherwise fetch blocking candidates from the index (the same never-name-alone rules, all
   served by store indexes) and score them with the last trained model; the best candidate at
   or above the threshold gives its master id.
4. No match: a new master id. With ``save`` and a dataset/key, the record joins the index.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from lienthong.errors import InputError, NotFoundError
from lienthong.linkage._fastscore import FastScorer
from lienthong.linkage._features import record_features
from lienthong.linkage._index import latest_model, run_threshold
from lienthong.linkage._tables import link_master_index
from lienthong.linkage._threshold import POSTERIOR
from lienthong.store import Store

#: most candidates scored for one record
MAX_CANDIDATES = 200


@dataclass(frozen=True)
class Resolution:
    """The master id for a record and why."""

    master_id: str
    new: bool
    evidence: str
    match_weight: float | None = None
    match_probability: float | None = None
    matched_record: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "master_id": self.master_id,
            "new": self.new,
            "evidence": self.evidence,
            "match_weight": self.match_weight,
            "match_probability": self.match_probability,
            "matched_record": self.matched_record,
        }


class Resolver:
    """Holds the trained model and a warm scorer; cheap to call many times."""

    def __init__(self, store: Store, *, threshold: float | None = None) -> None:
        found = latest_model(store)
        if found is None:
            raise NotFoundError(
                "There is no trained linkage model yet.",
                hint="Run `lienthong link run` once; new records then resolve incrementally.",
            )
        self.store = store
        self.run_id, model = found
        if threshold is None:  # the cut the run itself used, so a resolve agrees with it
            threshold = run_threshold(store, self.run_id) or POSTERIOR
        self.threshold = threshold
        self.model = model
        self.scorer = FastScorer(model)

    def _candidates(self, f: dict[str, Any]) -> list[dict[str, Any]]:
        t = link_master_index
        clauses = []
        birth = f["birth_date"].isoformat() if f["birth_date"] else None
        pairs = (
            ("name_key", "birth_year"), ("name_sorted", "birth_year"), ("name_key", "ward_code"),
            ("given_name", "birth_date"), ("family_name", "birth_date"),
            ("birth_date", "ward_code"), ("name_key", "address_key"),
        )  # fmt: skip
        values = dict(f, birth_date=birth)
        for a, b in pairs:
            if values.get(a) is not None and values.get(b) is not None:
                clauses.append(and_(t.c[a] == values[a], t.c[b] == values[b]))
        for single in ("email", "ident"):
            if values.get(single):
                clauses.append(t.c[single] == values[single])
        for code in f["ward_codes"] or ():
            if values.get("name_key") and len(f["ward_codes"]) > 1:
                clauses.append(and_(t.c.name_key == values["name_key"], t.c.ward_code == code))
        if not clauses:
            return []
        query = select(t).where(t.c.entity_type == "person", or_(*clauses)).limit(MAX_CANDIDATES)
        with self.store.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def _deterministic(self, f: dict[str, Any]) -> Resolution | None:
        t = link_master_index
        for rule, column in (("cccd", "cccd"), ("cmnd", "cmnd")):
            value = f[column]
            if not value or (rule == "cccd" and not f["cccd_ok"]):
                continue
            where = [t.c[column] == value, t.c.entity_type == "person"]
            if rule == "cccd":
                where.append(t.c.cccd_ok == 1)
            with self.store.connect() as conn:
                row = conn.execute(
                    select(t.c.master_id, t.c.source_dataset, t.c.record_key).where(*where).limit(1)
                ).first()
            if row:
                return Resolution(row.master_id, False, rule, None, 1.0,
                                  f"{row.source_dataset}/{row.record_key}")  # fmt: skip
        return None

    def resolve(
        self,
        values: Mapping[str, Any],
        *,
        vietnamese: bool = True,
        dataset: str | None = None,
        record_key: str | None = None,
        save: bool = False,
    ) -> Resolution:
        """The master id for a record given by role (see :data:`_features.ROLES`)."""
        f = record_features(values, vietnamese=vietnamese)
        found = self._deterministic(f)
        if found is None:
            found = self._probabilistic(f)
        if found is None:
            seed = f"{dataset}/{record_key}" if dataset else repr(sorted(f.items()))
            master = "P" + hashlib.md5(f"new:{seed}".encode()).hexdigest()[:11].upper()
            found = Resolution(master, True, "singleton")
        if save:
            self._save(f, found, dataset, record_key)
        return found

    def _probabilistic(self, f: dict[str, Any]) -> Resolution | None:
        candidates = self._candidates(f)
        if not candidates:
            return None
        by_id = {}
        for c in candidates:
            c["unique_id"] = f"{c['source_dataset']}/{c['record_key']}"
            by_id[c["unique_id"]] = c
        tf = next((c["tf_name_key"] for c in candidates if c["name_key"] == f["name_key"]), None)
        left = dict(f, tf_name_key=tf)
        weight, match = max(
            ((self.scorer.weight(left, c), c) for c in by_id.values()), key=lambda wc: wc[0]
        )
        probability = self.scorer.probability(weight)
        if probability < self.threshold:
            return None
        return Resolution(
            match["master_id"], False, "splink", weight, probability, match["unique_id"]
        )

    def _save(
        self, f: dict[str, Any], found: Resolution, dataset: str | None, key: str | None
    ) -> None:
        if not dataset or not key:
            raise InputError(
                "To add a resolved record to the master index, give its dataset and key."
            )
        row = {k: v for k, v in f.items() if k in link_master_index.c}
        row |= {
            "birth_date": f["birth_date"].isoformat() if f["birth_date"] else None,
            "ward_codes": " ".join(f["ward_codes"] or []),
            "cccd_ok": int(bool(f["cccd_ok"])),
            "source_dataset": dataset,
            "record_key": key,
            "master_id": found.master_id,
            "entity_type": "person",
            "evidence": found.evidence,
            "match_weight": found.match_weight,
            "match_probability": found.match_probability,
            "run_id": self.run_id,
            "linked_at": datetime.now(UTC),
        }
        dialect = self.store.dialect
        module = postgresql if dialect == "postgresql" else sqlite
        stmt = module.insert(link_master_index).values(**row)
        update = {k: stmt.excluded[k] for k in row if k not in ("source_dataset", "record_key")}
        with self.store.begin() as conn:
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["source_dataset", "record_key"], set_=update
                )
            )
