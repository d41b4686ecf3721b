"""Reading a column's header: the phrase index against comparing every phrase, same run.

Registering a wide sheet reads each new header against the lexicon's phrases: the hints of
every role (2,600 phrases) and the other parties' (1,800). ``PhraseIndex`` looks up only the
phrases that may stand in the header (by first word, and by letters for a long phrase); the
baseline compares each phrase in turn, as profiling did before. Both run on the same headers
(every corpus header and lexicon term, folded once beforehand), alternately, for several
rounds; the answers must agree.

    .venv/bin/python bench/header_hints.py [--rounds 3]    # ~5 minutes: the baseline is slow
"""

from __future__ import annotations

import argparse
import statistics
import time

from lienthong.profiling._header_terms import HINTS, RELATIVES
from lienthong.profiling._header_words import PhraseIndex, contains, header_words
from lienthong.profiling._lexicon import lexicon
from lienthong.quality._corpus import SHAPES

_PHRASES = tuple(needle for _, needles in HINTS for needle in needles) + RELATIVES


def _headers() -> list[list[str]]:
    """Every corpus header and lexicon term, as header words."""
    texts = {column.header for shape in SHAPES for column in shape.columns}
    texts |= {" ".join(term) for terms in lexicon().headers.values() for term in terms}
    return [header_words(text) for text in sorted(texts)]


def _indexed(index: PhraseIndex, headers: list[list[str]]) -> list[int]:
    return [sum(contains(words, index.phrases[i]) for i in index.among(words)) for words in headers]


def _every(headers: list[list[str]]) -> list[int]:
    return [sum(contains(words, phrase) for phrase in _PHRASES) for words in headers]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    headers = _headers()
    index = PhraseIndex(_PHRASES)
    print(f"{len(headers):,} headers, {len(_PHRASES):,} phrases")
    fast: list[float] = []
    slow: list[float] = []
    for round_ in range(1, args.rounds + 1):
        started = time.perf_counter()
        found = _indexed(index, headers)
        fast.append(time.perf_counter() - started)
        started = time.perf_counter()
        expected = _every(headers)
        slow.append(time.perf_counter() - started)
        assert found == expected, "the index must find what comparing every phrase finds"
        print(
            f"round {round_}: index {fast[-1]:.3f} s, every phrase {slow[-1]:.3f} s"
            f" ({slow[-1] / fast[-1]:.1f}x)"
        )
    indexed, every = statistics.median(fast), statistics.median(slow)
    print(
        f"median: index {indexed:.3f} s ({indexed / len(headers) * 1e6:.1f} µs a header), every"
        f" phrase {every:.3f} s: {every / indexed:.1f}x faster; same phrases found"
    )


if __name__ == "__main__":
    main()
