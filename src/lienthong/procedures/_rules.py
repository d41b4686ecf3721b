"""Eligibility rules: a small expression language over a dossier's values, parsed once, no ``eval``.

A procedure file says who may apply in words an officer can read (``age(con_ngay_sinh) < 6``,
``da_dang_ky == "khong"``). The rules are parsed when the file loads (a wrong one names its line
and column) into a tree of frozen nodes; evaluation walks that tree and can call nothing but the
functions listed in :data:`FUNCTIONS`. No Python is ever compiled from a procedure file.

    rule    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := sum (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in") sum)?
    sum     := atom (("+" | "-") atom)*          (two texts that are not numbers: + joins them)
    atom    := number | "string" | true | false | name | name "(" args ")" | "[" args "]"
             | "(" rule ")" | "-" atom

Values are three-valued: a value a register did not release (or the citizen left empty) is
*unknown*, and so is any comparison that touches it or mixes a number with text that is not one.
``and``/``or`` follow Kleene's logic, so ``age(x) >= 80 or present(y)`` can still be decided when
``x`` is unknown. An unknown rule never refuses a citizen: the officer sees it as "not checked".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from lienthong.errors import InputError

MAX_LENGTH = 500  # characters in one rule
MAX_DEPTH = 24  # nesting of parentheses, lists, calls and `not`

Value = bool | int | float | str | tuple["Value", ...] | None


@dataclass(frozen=True)
class Literal:
    value: Value


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class ListOf:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Unary:
    op: str  # "not" or "-"
    operand: Node


@dataclass(frozen=True)
class Binary:
    op: str  # and or == != < <= > >= in "not in" + -
    left: Node
    right: Node


Node = Literal | Name | Call | ListOf | Unary | Binary

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<number>\d+(?:\.\d+)?)
    | (?P<string>"[^"\\\n]*"|'[^'\\\n]*')
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<op>==|!=|<=|>=|<|>|\+|-|\(|\)|\[|\]|,)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false"}
_COMPARE = {"==", "!=", "<", "<=", ">", ">="}


def _parse_date(value: Value) -> dt.date | None:
    """``yyyy-mm-dd`` (population register) or ``dd/mm/yyyy`` (insurance, business)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _age(today: dt.date, born: Value) -> Value:
    """Whole years completed on ``today``; a four-digit year alone counts from 1 January."""
    date = _parse_date(born)
    if date is None and isinstance(born, (str, int)) and re.fullmatch(r"\d{4}", str(born)):
        date = dt.date(int(born), 1, 1)
    if date is None:
        return None
    return today.year - date.year - ((today.month, today.day) < (date.month, date.day))


def _present(_today: dt.date, value: Value) -> Value:
    return value is not None and value != ""


def _number(_today: dt.date, value: Value) -> Value:
    return _as_number(value)


def _lower(_today: dt.date, value: Value) -> Value:
    return value.lower() if isinstance(value, str) else None


def _length(_today: dt.date, value: Value) -> Value:
    return len(value) if isinstance(value, (str, tuple)) else None


def _prefix(_today: dt.date, value: Value, count: Value) -> Value:
    if not isinstance(value, str) or not isinstance(count, int) or isinstance(count, bool):
        return None
    return value[: max(count, 0)]


def _today(today: dt.date) -> Value:
    return today.isoformat()


def _dmy(_today: dt.date, value: Value) -> Value:
    """A date as ``dd/mm/yyyy`` (the insurance and business registers' format)."""
    date = _parse_date(value)
    return None if date is None else date.strftime("%d/%m/%Y")


def _add_years(_today: dt.date, value: Value, years: Value) -> Value:
    date = _parse_date(value)
    if date is None or not isinstance(years, int) or isinstance(years, bool):
        return None
    try:
        return date.replace(year=date.year + years).isoformat()
    except ValueError:  # 29 February in a common year
        return date.replace(year=date.year + years, day=28).isoformat()


def _suffix(_today: dt.date, value: Value, count: Value) -> Value:
    if not isinstance(value, str) or not isinstance(count, int) or isinstance(count, bool):
        return None
    return value[-count:] if count > 0 else ""


def _choose(_today: dt.date, condition: Value, yes: Value, no: Value) -> Value:
    truth = _truth(condition)
    return None if truth is None else (yes if truth else no)


#: The only functions a rule can call: name -> (arity, implementation taking today first).
FUNCTIONS: Mapping[str, tuple[int, Callable[..., Value]]] = {
    "age": (1, _age),
    "present": (1, _present),
    "number": (1, _number),
    "lower": (1, _lower),
    "len": (1, _length),
    "prefix": (2, _prefix),
    "suffix": (2, _suffix),
    "today": (0, _today),
    "dmy": (1, _dmy),
    "add_years": (2, _add_years),
    "choose": (3, _choose),
}


class _Parser:
    def __init__(self, text: str) -> None:
        if len(text) > MAX_LENGTH:
            raise InputError(f"a rule has at most {MAX_LENGTH} characters")
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        position = 0
        while position < len(text):
            if text[position:].strip() == "":
                break
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                column = position + len(text[position:]) - len(text[position:].lstrip()) + 1
                raise InputError(f"column {column}: unexpected {text[column - 1]!r}")
            kind = match.lastgroup
            assert kind is not None
            self.tokens.append((kind, match.group(kind), match.start(kind) + 1))
            position = match.end()
        self.at = 0
        self.depth = 0

    def _peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _is(self, value: str) -> bool:
        token = self._peek()
        return token is not None and token[0] in ("op", "word") and token[1] == value

    def _fail(self, what: str) -> InputError:
        token = self._peek()
        if token is None:
            return InputError(
                f"column {len(self.text) + 1}: the rule ends where {what} was expected"
            )
        return InputError(f"column {token[2]}: expected {what}, found {token[1]!r}")

    def _expect(self, value: str) -> None:
        if not self._is(value):
            raise self._fail(repr(value))
        self.at += 1

    def _nested(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise InputError(f"a rule nests at most {MAX_DEPTH} levels")

    def parse(self) -> Node:
        if not self.tokens:
            raise InputError("the rule is empty")
        node = self._or()
        if self._peek() is not None:
            raise self._fail("the end of the rule")
        return node

    def _or(self) -> Node:
        node = self._and()
        while self._is("or"):
            self.at += 1
            node = Binary("or", node, self._and())
        return node

    def _and(self) -> Node:
        node = self._not()
        while self._is("and"):
            self.at += 1
            node = Binary("and", node, self._not())
        return node

    def _not(self) -> Node:
        if self._is("not"):
            self.at += 1
            self._nested()
            operand = self._not()
            self.depth -= 1
            return Unary("not", operand)
        return self._compare()

    def _compare(self) -> Node:
        left = self._sum()
        token = self._peek()
        if token is not None and token[1] in _COMPARE and token[0] == "op":
            self.at += 1
            return Binary(token[1], left, self._sum())
        if self._is("in"):
            self.at += 1
            return Binary("in", left, self._sum())
        if (
            self._is("not")
            and self.at + 1 < len(self.tokens)
            and self.tokens[self.at + 1][1] == "in"
        ):
            self.at += 2
            return Binary("not in", left, self._sum())
        return left

    def _sum(self) -> Node:
        node = self._atom()
        while self._is("+") or self._is("-"):
            op = self.tokens[self.at][1]
            self.at += 1
            node = Binary(op, node, self._atom())
        return node

    def _args(self, closing: str) -> tuple[Node, ...]:
        self._nested()
        items: list[Node] = []
        if not self._is(closing):
            items.append(self._or())
            while self._is(","):
                self.at += 1
                items.append(self._or())
        self._expect(closing)
        self.depth -= 1
        return tuple(items)

    def _atom(self) -> Node:
        token = self._peek()
        if token is None:
            raise self._fail("a value")
        kind, text, column = token
        self.at += 1
        if kind == "number":
            return Literal(float(text) if "." in text else int(text))
        if kind == "string":
            return Literal(text[1:-1])
        if kind == "word" and text in ("true", "false"):
            return Literal(text == "true")
        if kind == "word" and text not in _KEYWORDS:
            if self._is("("):
                self.at += 1
                if text not in FUNCTIONS:
                    known = ", ".join(sorted(FUNCTIONS))
                    raise InputError(f"column {column}: no function {text!r} (known: {known})")
                args = self._args(")")
                arity = FUNCTIONS[text][0]
                if len(args) != arity:
                    raise InputError(f"column {column}: {text}() takes {arity} argument(s)")
                return Call(text, args)
            return Name(text)
        if text == "(":
            self._nested()
            node = self._or()
            self._expect(")")
            self.depth -= 1
            return node
        if text == "[":
            return ListOf(self._args("]"))
        if text == "-":
            self._nested()
            operand = self._atom()
            self.depth -= 1
            return Unary("-", operand)
        self.at -= 1
        raise self._fail("a value")


def parse(text: str) -> Node:
    """The tree of ``text``; :class:`InputError` naming the column when it is not a rule."""
    return _Parser(text).parse()


def names(node: Node) -> set[str]:
    """The field names a rule reads (checked against the procedure's fields on load)."""
    if isinstance(node, Name):
        return {node.name}
    if isinstance(node, Call):
        return set().union(*(names(a) for a in node.args)) if node.args else set()
    if isinstance(node, ListOf):
        return set().union(*(names(a) for a in node.items)) if node.items else set()
    if isinstance(node, Unary):
        return names(node.operand)
    if isinstance(node, Binary):
        return names(node.left) | names(node.right)
    return set()


def render(node: Node) -> str:
    """Text that parses back to ``node`` (fully parenthesised)."""
    if isinstance(node, Literal):
        if isinstance(node.value, bool):
            return "true" if node.value else "false"
        if isinstance(node.value, str):
            return f'"{node.value}"'
        return repr(node.value)
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Call):
        return f"{node.function}({', '.join(render(a) for a in node.args)})"
    if isinstance(node, ListOf):
        return f"[{', '.join(render(a) for a in node.items)}]"
    if isinstance(node, Unary):
        return f"(not {render(node.operand)})" if node.op == "not" else f"(-{render(node.operand)})"
    return f"({render(node.left)} {node.op} {render(node.right)})"


def _as_number(value: Value) -> int | float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
        return float(value) if "." in value else int(value)
    return None


def _compare(op: str, left: Value, right: Value) -> Value:
    """Numbers with numbers (text holding a number counts as one), text with text."""
    if left is None or right is None:
        return None
    a: Value = left
    b: Value = right
    if (isinstance(a, (int, float)) and not isinstance(a, bool)) or (
        isinstance(b, (int, float)) and not isinstance(b, bool)
    ):
        a, b = _as_number(a), _as_number(b)
        if a is None or b is None:
            return None
    elif type(a) is not type(b):
        return None if op not in ("==", "!=") else op == "!="
    assert a is not None and b is not None
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if isinstance(a, tuple) or isinstance(b, tuple) or isinstance(a, bool):
        return None
    if op == "<":
        return a < b  # type: ignore[operator]
    if op == "<=":
        return a <= b  # type: ignore[operator]
    if op == ">":
        return a > b  # type: ignore[operator]
    return a >= b  # type: ignore[operator]


def _truth(value: Value) -> bool | None:
    return value if isinstance(value, bool) else None


def _kleene(op: str, left: bool | None, right: bool | None) -> bool | None:
    decisive = op == "or"  # True decides `or`, False decides `and`
    if decisive in (left, right):
        return decisive
    return None if left is None or right is None else not decisive


def _member(op: str, left: Value, right: Value) -> bool | None:
    if left is None or not isinstance(right, tuple):
        return None
    hits = [_compare("==", left, item) for item in right]
    found: bool | None = True if True in hits else (None if None in hits else False)
    return found if op == "in" or found is None else not found


def evaluate(node: Node, values: Mapping[str, Value], today: dt.date) -> Value:
    """The value of ``node`` over ``values`` (a name absent or empty is unknown). Never raises."""
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Name):
        found = values.get(node.name)
        return None if found == "" else found
    if isinstance(node, Call):
        args = [evaluate(a, values, today) for a in node.args]
        if node.function != "present" and any(a is None for a in args):
            return None
        return FUNCTIONS[node.function][1](today, *args)
    if isinstance(node, ListOf):
        return tuple(evaluate(a, values, today) for a in node.items)
    if isinstance(node, Unary):
        operand = evaluate(node.operand, values, today)
        if node.op == "not":
            truth = _truth(operand)
            return None if truth is None else not truth
        number = _as_number(operand)
        return None if number is None else -number
    if node.op in ("and", "or"):
        return _kleene(
            node.op,
            _truth(evaluate(node.left, values, today)),
            _truth(evaluate(node.right, values, today)),
        )
    left, right = evaluate(node.left, values, today), evaluate(node.right, values, today)
    if (
        node.op == "+"
        and isinstance(left, str)
        and isinstance(right, str)
        and (_as_number(left) is None or _as_number(right) is None)
    ):
        return left + right  # text joins text (a card number built from its parts)
    if node.op in ("+", "-"):
        a, b = _as_number(left), _as_number(right)
        if a is None or b is None:
            return None
        return a + b if node.op == "+" else a - b
    if node.op in ("in", "not in"):
        return _member(node.op, left, right)
    return _compare(node.op, left, right)


@dataclass(frozen=True)
class Verdict:
    """One rule's outcome for a dossier: True met, False not met, None not checked (unknown)."""

    rule: str
    met: bool | None
    message_vi: str
    message_en: str


def check(
    rules: Sequence[tuple[str, Node, str, str]], values: Mapping[str, Value], today: dt.date
) -> list[Verdict]:
    """Every rule over ``values``: (text, tree, message vi, message en) -> verdicts in order."""
    return [
        Verdict(text, _truth(evaluate(tree, values, today)), vi, en) for text, tree, vi, en in rules
    ]
