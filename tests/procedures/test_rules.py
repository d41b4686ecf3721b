"""Eligibility rules: parsed once, evaluated three-valued; the parser under hypothesis."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.errors import InputError
from lienthong.procedures import _rules
from lienthong.procedures._rules import Binary, Call, ListOf, Literal, Name, Unary

TODAY = dt.date(2026, 12, 5)
VALUES: dict[str, _rules.Value] = {
    "con_ngay_sinh": "2022-06-01",  # four years old on TODAY
    "ngay_sinh_bhyt": "06/12/2020",  # turns six tomorrow: still five
    "nam_sinh": "1940",
    "muc": "1500000",
    "trang_thai": "Đang hưởng",
    "da_dang_ky": "khong",
    "ten": "",  # empty counts as unknown
    "ma_xa": "26734",
}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        # age: whole years on the day, both date formats, a bare year
        ("age(con_ngay_sinh) < 6", True),
        ("age(con_ngay_sinh) == 4", True),
        ("age(ngay_sinh_bhyt) == 5", True),
        ("age(nam_sinh) >= 80", True),
        ("age(trang_thai)", None),  # not a date: unknown
        # comparisons: text holding a number is a number
        ("muc > 1000000", True),
        ("muc <= 1000000", False),
        ("number(muc) + 1 == 1500001", True),
        ("muc - 500000 == 1000000", True),
        ("-muc < 0", True),
        ('trang_thai == "Đang hưởng"', True),
        ("trang_thai != 'Dừng hưởng'", True),
        ("trang_thai > 5", None),  # text against a number: unknown
        ("trang_thai == true", False),  # different kinds are never equal
        ('"a" < "b"', True),
        ("[1] < [2]", None),  # lists are only compared for equality
        ("true < false", None),
        # membership
        ('da_dang_ky in ["khong", "chua"]', True),
        ('da_dang_ky not in ["khong"]', False),
        ('prefix(ma_xa, 2) in ["26", "27"]', True),
        ('ma_xa in "26734"', None),  # `in` wants a list
        ("khong_co in [1, 2]", None),
        # unknown: a missing or empty value, and whatever touches it
        ("missing == 1", None),
        ("ten == ''", None),
        ("present(ten)", False),
        ("present(missing)", False),
        ("present(ma_xa)", True),
        ("len(ma_xa) == 5", True),
        ("lower('ĐANG') == 'đang'", True),
        ("lower(muc)", "1500000"),
        # Kleene logic: a decisive side decides, otherwise unknown stays unknown
        ("missing == 1 or age(con_ngay_sinh) < 6", True),
        ("missing == 1 and age(con_ngay_sinh) > 6", False),
        ("missing == 1 and age(con_ngay_sinh) < 6", None),
        ("missing == 1 or age(con_ngay_sinh) > 6", None),
        ("not missing == 1", None),
        ("not (muc > 1)", False),
        ("not not true", True),
        ("true and 1", None),  # a number is not a truth value
        ("true or false and false", True),  # and binds tighter than or
        ("(true or false) and false", False),
    ],
)
def test_each_rule_cell(rule: str, expected: _rules.Value) -> None:
    assert _rules.evaluate(_rules.parse(rule), VALUES, TODAY) == expected


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("", "empty"),
        ("age(x) <", "column 9: the rule ends where a value was expected"),
        ("age(x) < 6 6", "column 12: expected the end of the rule, found '6'"),
        ("os.system('x')", "column 3: unexpected '.'"),
        ("__import__('os')", "no function '__import__'"),
        ("eval('1')", "no function 'eval'"),
        ("age(x, y)", "age() takes 1 argument(s)"),
        ("(a == 1", "column 8: the rule ends where ')' was expected"),
        ("a = 1", "column 3: unexpected '='"),
        ('"unclosed', "column 1: unexpected '\"'"),
        ("and", "expected a value, found 'and'"),
        ("(" * 30 + "1" + ")" * 30, "nests at most"),
        ("a == 1 or " * 60 + "true", "at most 500 characters"),
    ],
)
def test_a_wrong_rule_names_its_column(rule: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        _rules.parse(rule)
    assert words in caught.value.message


def test_names_are_the_fields_a_rule_reads() -> None:
    tree = _rules.parse('age(a) < 6 and (b in [c, "x"] or not present(d)) and -e + 1 > 0')
    assert _rules.names(tree) == {"a", "b", "c", "d", "e"}


def test_verdicts_carry_the_rule_and_its_message() -> None:
    rules = [
        ("age(con_ngay_sinh) < 6", _rules.parse("age(con_ngay_sinh) < 6"), "Dưới 6", "Under 6")
    ]
    [verdict] = _rules.check(rules, VALUES, TODAY)
    assert (verdict.met, verdict.message_en) == (True, "Under 6")
    [later] = _rules.check(rules, VALUES, dt.date(2028, 6, 1))  # six on her birthday
    assert later.met is False


# --- properties ---------------------------------------------------------------------------

_names = st.sampled_from(["a", "b", "muc", "ngay_sinh", "x_1"])
_literals = st.one_of(
    st.integers(0, 10**6).map(Literal),
    st.booleans().map(Literal),
    st.text(st.characters(blacklist_characters="\"'\\\n", codec="utf-8"), max_size=8).map(Literal),
)


def _trees(leaves: st.SearchStrategy[_rules.Node]) -> st.SearchStrategy[_rules.Node]:
    return st.one_of(
        st.builds(Unary, st.sampled_from(["not", "-"]), leaves),
        st.builds(
            Binary,
            st.sampled_from(["and", "or", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "+"]),
            leaves,
            leaves,
        ),
        st.builds(Call, st.sampled_from(["age", "present", "len"]), st.tuples(leaves)),
        st.builds(Call, st.just("prefix"), st.tuples(leaves, leaves)),
        st.builds(ListOf, st.lists(leaves, max_size=3).map(tuple)),
    )


TREES = st.recursive(st.one_of(_literals, _names.map(Name)), _trees, max_leaves=12)
ANY_VALUE = st.one_of(
    st.none(), st.integers(), st.booleans(), st.text(max_size=12), st.sampled_from(["1990-01-02"])
)


@given(TREES)
def test_render_then_parse_gives_the_same_tree(tree: _rules.Node) -> None:
    text = _rules.render(tree)
    if len(text) <= _rules.MAX_LENGTH and text.count("(") + text.count("[") < _rules.MAX_DEPTH:
        assert _rules.parse(text) == tree


@given(st.text(max_size=80))
def test_any_text_parses_or_gets_one_sentence(text: str) -> None:
    try:
        _rules.parse(text)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message


@given(
    st.text(alphabet="ab()[]<>=!, \"'-+0123456789", max_size=40)
    | st.lists(st.sampled_from(["and", "or", "not", "in", "a", "(", ")", "1"]), max_size=12).map(
        " ".join
    )
)
def test_near_miss_syntax_never_escapes_the_error_tree(text: str) -> None:
    with contextlib.suppress(InputError):
        _rules.parse(text)


@given(TREES, st.dictionaries(_names, ANY_VALUE))
def test_evaluation_never_raises_and_not_is_involutive(
    tree: _rules.Node, values: dict[str, _rules.Value]
) -> None:
    result = _rules.evaluate(tree, values, dt.date(2026, 1, 1))
    once = _rules.evaluate(Unary("not", tree), values, dt.date(2026, 1, 1))
    twice = _rules.evaluate(Unary("not", Unary("not", tree)), values, dt.date(2026, 1, 1))
    assert twice == (result if isinstance(result, bool) else None)
    assert once is None or once == (not result)


@given(TREES, TREES, st.dictionaries(_names, ANY_VALUE))
def test_and_or_are_commutative_and_de_morgan_holds(
    left: _rules.Node, right: _rules.Node, values: dict[str, _rules.Value]
) -> None:
    def ev(node: _rules.Node) -> _rules.Value:
        return _rules.evaluate(node, values, dt.date(2026, 1, 1))

    for op in ("and", "or"):
        assert ev(Binary(op, left, right)) == ev(Binary(op, right, left))
    assert ev(Unary("not", Binary("and", left, right))) == ev(
        Binary("or", Unary("not", left), Unary("not", right))
    )
