"""`link run` reads the roles profiling gave a stranger's file: columns whose headers the
linker's own name list does not know (Danish ``Efternavn``, a Dutch ``Achternaam``) are used as
the profile read them, and a birth date the profile read month first is read month first."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from lienthong.linkage._datasets import registry_inputs
from lienthong.normalize._sql import date_sql
from lienthong.registry import Registry
from lienthong.store import Store

_GIVEN = ["Anders", "Mette", "Søren", "Kirsten", "Rasmus", "Camilla", "Niels", "Signe"]
_FAMILY = ["Nielsen", "Jensen", "Pedersen", "Sørensen", "Rasmussen", "Jørgensen", "Holm", "Berg"]


def _people(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Løbenr.": [str(i) for i in range(n)],
            "Fornavne": [_GIVEN[i % 8] for i in range(n)],
            "Efternavn": [_FAMILY[(i // 8) % 8] for i in range(n)],
            # month first, and some day above 12 proves it
            "Born": [f"{1 + i % 12:02d}/{1 + (i * 7) % 28:02d}/{1950 + i % 50}" for i in range(n)],
        }
    )


def test_the_profiles_roles_fill_what_the_linkers_names_do_not_know(tmp_path: Path) -> None:
    path = tmp_path / "borgere.csv"
    _people(120).to_csv(path, index=False)
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    try:
        registry = Registry(store)
        registry.add_agency("ORG", "Kommune")
        registry.add_source("ORG", "borgere", str(path))
        con = duckdb.connect()
        with registry_inputs(store, con) as inputs:
            (found,) = inputs
            assert found.roles["given_name"] == "Fornavne"
            assert found.roles["family_name"] == "Efternavn"
            assert found.roles["birth_date"] == "Born"
            assert "profile" in found.used["Efternavn"]
            assert "month first" in found.used["Born"]
            days = con.execute(f"SELECT {date_sql('Born')} FROM {found.from_sql}").fetchall()
    finally:
        store.close()
    assert [str(d[0]) for d in days[:2]] == ["1950-01-01", "1951-02-08"]
