"""Names: one folded key for every spelling of the same name, Vietnamese order restored."""

from __future__ import annotations

import unicodedata

import duckdb
from hypothesis import given
from hypothesis import strategies as st

from lienthong.normalize import fold, normalize_name, tidy
from lienthong.normalize._sql import fold_sql, name_key_sql, sorted_key_sql

VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
words = st.text(alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=8)
names = st.lists(words, min_size=1, max_size=5).map(" ".join)
messy = st.tuples(names, st.sampled_from(["", " ", "  ", "\t"])).map(
    lambda pair: pair[1] + pair[0].replace(" ", " " + pair[1]) + pair[1]
)


@given(messy)
def test_fold_and_tidy_are_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert tidy(tidy(text)) == tidy(text)


@given(names)
def test_nfc_and_nfd_give_the_same_key(text: str) -> None:
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@given(names)
def test_without_diacritics_or_in_capitals_gives_the_same_key(text: str) -> None:
    assert fold(text.upper()) == fold(text)
    assert fold(fold(text)) == fold(text)  # the key is its own diacritic-free spelling


def test_d_with_stroke_folds_to_d() -> None:
    assert fold("Đặng Đức") == "dang duc"
    assert fold("ĐẶNG  đức") == "dang duc"


def test_name_is_split_into_family_middle_given() -> None:
    name = normalize_name("  nguyễn   thị MINH khai ")
    assert name is not None
    assert name.display == "Nguyễn Thị Minh Khai"
    assert (name.family, name.middle, name.given) == ("nguyen", "thi minh", "khai")
    assert not name.swapped


def test_western_order_is_detected_and_restored() -> None:
    name = normalize_name("An Văn Nguyễn")
    assert name is not None
    assert name.swapped
    assert name.display == "Nguyễn An Văn"
    assert name.family == "nguyen"


def test_sorted_key_ignores_word_order() -> None:
    one, two = normalize_name("Trần Thị Bích"), normalize_name("Bích Thị Tran")
    assert one is not None and two is not None
    assert one.sorted_key == two.sorted_key


@given(messy)
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize_name(text)
    if once is None:
        assert normalize_name(tidy(text)) is None
        return
    twice = normalize_name(once.display)
    assert twice is not None
    assert (twice.display, twice.key, twice.swapped) == (once.display, once.key, False)


def test_empty_names_are_none() -> None:
    assert normalize_name(None) is None
    assert normalize_name("  ") is None


@given(st.lists(messy, min_size=1, max_size=20))
def test_sql_twin_gives_the_same_keys(texts: list[str]) -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (i INTEGER, name VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(texts)))
    rows = con.execute(
        f"SELECT {fold_sql('name')} AS f, {name_key_sql(fold_sql('name'))}, "
        f"{sorted_key_sql(fold_sql('name'))} FROM t ORDER BY i"
    ).fetchall()
    for text, (folded, key, sorted_key) in zip(texts, rows, strict=True):
        name = normalize_name(text)
        assert folded == (fold(text) or None)
        assert key == (name.key if name else None)
        assert sorted_key == (name.sorted_key if name else None)
