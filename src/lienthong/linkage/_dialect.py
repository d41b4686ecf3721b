"""The SQL functions the linkage engines (DuckDB, Spark) spell differently.

Splink runs a comparison level's SQL as written, so each engine gets its own spelling of the few
functions that differ; everything else in the settings is the same text on every engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from lienthong.errors import ConfigError


@dataclass(frozen=True)
class Dialect:
    """The SQL functions the engines spell differently; Splink runs a level's SQL as written.

    Each template takes ``{l}`` and ``{r}`` (or ``{x}``) and must give the same answer on every
    engine: the Spark run is tested against the DuckDB run on the same city.
    """

    name: str
    jaro_winkler: str
    damerau_levenshtein: str
    #: positions that differ between two strings of the same length
    hamming: str
    #: elements in a list
    size: str
    #: whether two lists share an element
    overlap: str
    #: a DATE as its eight digits yyyymmdd
    date_digits: str

    def jw(self, left: str, right: str) -> str:
        return self.jaro_winkler.format(l=left, r=right)

    def dl(self, left: str, right: str) -> str:
        return self.damerau_levenshtein.format(l=left, r=right)


DIALECTS: dict[str, Dialect] = {
    "duckdb": Dialect(
        name="duckdb",
        jaro_winkler="jaro_winkler_similarity({l}, {r})",
        damerau_levenshtein="damerau_levenshtein({l}, {r})",
        hamming="hamming({l}, {r})",
        size="len({x})",
        overlap="len(list_intersect({l}, {r})) > 0",
        date_digits="strftime({x}, '%Y%m%d')",
    ),
    # jaro_winkler and damerau_levenshtein are the UDFs of Splink's Scala jar; Spark has no
    # hamming, so the differing positions are counted with a lambda
    "spark": Dialect(
        name="spark",
        jaro_winkler="jaro_winkler({l}, {r})",
        damerau_levenshtein="damerau_levenshtein({l}, {r})",
        hamming="size(filter(sequence(1, length({l})), i -> substr({l}, i, 1) <> "
        "substr({r}, i, 1)))",
        size="size({x})",
        overlap="size(array_intersect({l}, {r})) > 0",
        date_digits="date_format({x}, 'yyyyMMdd')",
    ),
}


def dialect(name: str) -> Dialect:
    """The dialect called ``name``; :class:`ConfigError` naming the choices otherwise."""
    try:
        return DIALECTS[name]
    except KeyError:
        choices = ", ".join(sorted(DIALECTS))
        raise ConfigError(f"There is no SQL dialect {name!r}; choose one of {choices}.") from None
