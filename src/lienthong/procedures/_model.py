"""Procedures are data: one YAML file per procedure, validated on load, errors naming the line.

A procedure (thủ tục hành chính) says who decides it, which e-ID level it needs, and for each
field of its form whether the state already holds it (``from`` a registered data service and
field, fetched through the gateway with the procedure as the purpose) or the citizen supplies it
(``citizen`` with a type and bounds), plus the papers it no longer asks for. Adding a procedure
needs no Python.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from lienthong.errors import ConfigError, InputError
from lienthong.exchange import ServiceRef
from lienthong.procedures import _reference, _rules

Code = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9.-]{1,63}\z")]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}\z")]
#: A register's column as its service returns it (registers keep their own spelling: MaThe).
Column = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,63}\z")]


class Words(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    vi: str = Field(min_length=1, max_length=300)
    en: str = Field(min_length=1, max_length=300)


class FromService(BaseModel):
    """A value the state holds: ``field`` of data service ``service``, looked up ``by`` a
    parameter that receives the citizen's CCCD."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    service: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9-]+/[a-z0-9-]+/v[0-9]+\z")]
    field: Column
    by: Name = "cccd"
    required: bool = Field(
        default=True,
        description="False: when the register holds no record the citizen may leave it empty "
        "(e.g. a benefit they do not receive yet).",
    )

    _ref: ServiceRef | None = PrivateAttr(default=None)

    @property
    def ref(self) -> ServiceRef:
        """The parsed service (parsed once: prefill reads it on every call)."""
        if self._ref is None:
            self._ref = ServiceRef.parse(self.service)
        return self._ref


class FromCitizen(BaseModel):
    """A value only the citizen knows, bounded like any input."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["text", "date", "yes_no"] = "text"
    required: bool = True
    max_length: int = Field(default=200, ge=1, le=2000)


class FromTable(BaseModel):
    """A value derived from another field through a reference table shipped as data
    (``procedures/reference/<table>.csv``, :mod:`lienthong.procedures._reference`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,63}\z")]
    key: Name  # the field whose value is the row's key
    column: Column
    #: the key is a ward code: an old (pre-2025) ward is converted to today's first
    wards: bool = False

    @model_validator(mode="after")
    def _exists(self) -> FromTable:
        try:
            found = _reference.columns(self.table)
        except ConfigError as exc:  # named with the file and line like any other mistake
            raise ValueError(exc.message) from None
        if self.column not in found:
            raise ValueError(f"reference table {self.table} has no column {self.column}")
        return self


class FormField(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    name: Name
    label: Words
    source: FromService | None = Field(default=None, alias="from")
    citizen: FromCitizen | None = None
    lookup: FromTable | None = None

    @model_validator(mode="after")
    def _one_source(self) -> FormField:
        if sum(x is not None for x in (self.source, self.citizen, self.lookup)) != 1:
            raise ValueError(
                f"field {self.name}: give exactly one of `from`, `citizen` or `lookup`"
            )
        return self


class Paper(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Words
    replaced_by: tuple[Name, ...] = Field(min_length=1)


class Rule(BaseModel):
    """An eligibility rule (docs/procedures.md): an expression over the form's fields, and what
    the citizen reads when it is not met."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: str = Field(min_length=1, max_length=_rules.MAX_LENGTH)
    message: Words

    @field_validator("rule")
    @classmethod
    def _parses(cls, value: str) -> str:
        try:
            _rules.parse(value)
        except InputError as exc:
            raise ValueError(f"rule {value!r}: {exc.message}") from None
        return value


class Output(BaseModel):
    """What approval writes: one row into ``table`` of the deciding agency's registered
    ``source``, each column an expression over the dossier's fields (the rules' language)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    source: Name
    table: Column
    values: dict[Column, str] = Field(min_length=1)
    #: the fields holding the CCCD of the people the row is about (for the audit entry)
    subjects: tuple[Name, ...] = ()
    #: a column stamped with the time of writing (ISO), so change capture sees a fresh row
    updated_at: Column | None = None

    @field_validator("values")
    @classmethod
    def _parse(cls, values: dict[str, str]) -> dict[str, str]:
        for column, text in values.items():
            try:
                _rules.parse(text)
            except InputError as exc:
                raise ValueError(f"{column}: {text!r}: {exc.message}") from None
        return values


class Procedure(BaseModel):
    """One administrative procedure, as its file declares it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    code: Code
    sandbox: bool = Field(
        default=True, description="True unless the code is a real national TTHC code."
    )
    name: Words
    legal_basis: str = Field(min_length=1, max_length=500)
    agency: Code
    time_limit_days: int = Field(ge=1, le=365)
    min_eid_level: Literal[1, 2] = 1
    fields: tuple[FormField, ...] = Field(min_length=1)
    papers_avoided: tuple[Paper, ...] = ()
    eligibility: tuple[Rule, ...] = ()
    output: Output | None = None
    _trees: tuple[tuple[str, _rules.Node, str, str], ...] = PrivateAttr(default=())
    _output: dict[str, _rules.Node] = PrivateAttr(default_factory=dict)
    _services: dict[ServiceRef, tuple[str, ...]] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _consistent(self) -> Procedure:
        names = [f.name for f in self.fields]
        if len(names) != len(set(names)):
            raise ValueError("two fields share a name")
        for item in self.fields:
            if item.lookup is not None and item.lookup.key not in names:
                raise ValueError(f"field {item.name}: lookup key {item.lookup.key} is no field")
        for paper in self.papers_avoided:
            unknown = [n for n in paper.replaced_by if n not in names]
            if unknown:
                raise ValueError(f"papers_avoided names unknown field(s): {', '.join(unknown)}")
        trees = []
        for rule in self.eligibility:
            tree = _rules.parse(rule.rule)  # parsed once, here; evaluated per dossier
            unknown = sorted(_rules.names(tree) - set(names))
            if unknown:
                raise ValueError(
                    f"eligibility rule {rule.rule!r} reads unknown field(s): " + ", ".join(unknown)
                )
            trees.append((rule.rule, tree, rule.message.vi, rule.message.en))
        self._trees = tuple(trees)
        if self.output is not None:
            self._output = {c: _rules.parse(text) for c, text in self.output.values.items()}
            read = set().union(*(_rules.names(t) for t in self._output.values()))
            unknown = sorted((read | set(self.output.subjects)) - set(names))
            if unknown:
                raise ValueError("output reads unknown field(s): " + ", ".join(unknown))
        return self

    def output_row(
        self, values: dict[str, str | None], today: dt.date | None = None
    ) -> dict[str, _rules.Value]:
        """The row approval writes (column -> value); a column whose value is unknown is
        ``None`` (the writer refuses a row with one)."""
        day = today or dt.date.today()
        return {c: _rules.evaluate(t, values, day) for c, t in self._output.items()}

    def eligible(
        self, values: dict[str, str | None], today: dt.date | None = None
    ) -> list[_rules.Verdict]:
        """Each eligibility rule over the dossier's values (True, False, or None: not checked)."""
        return _rules.check(self._trees, values, today or dt.date.today())

    def derive(self, values: dict[str, str | None]) -> dict[str, _reference.Derived]:
        """Each ``lookup`` field's value from the others (a reference table, no code)."""
        return {
            f.name: _reference.lookup(
                f.lookup.table, values.get(f.lookup.key), f.lookup.column, wards=f.lookup.wards
            )
            for f in self.fields
            if f.lookup is not None
        }

    @property
    def prefilled(self) -> tuple[FormField, ...]:
        return tuple(f for f in self.fields if f.source is not None)

    @property
    def services(self) -> dict[ServiceRef, tuple[str, ...]]:
        """Each data service the procedure reads, with the fields it needs from it."""
        if self._services is None:
            found: dict[ServiceRef, list[str]] = {}
            for item in self.prefilled:
                assert item.source is not None
                found.setdefault(item.source.ref, []).append(item.source.field)
            self._services = {ref: tuple(dict.fromkeys(f)) for ref, f in found.items()}
        return dict(self._services)


@dataclass(frozen=True)
class Catalogue:
    procedures: dict[str, Procedure]

    def get(self, code: str) -> Procedure:
        from lienthong.errors import NotFoundError

        found = self.procedures.get(code)
        if found is None:
            raise NotFoundError(
                f"No procedure {code!r}.",
                hint="List them with `lienthong procedures list` (or at /thu-tuc).",
            )
        return found


def _line_of(text: str, location: tuple[str | int, ...]) -> int | None:
    """The line (1-based) of the YAML node at ``location`` (keys and list indexes)."""
    node = yaml.compose(text)
    line = node.start_mark.line + 1 if node is not None else None
    for step in location:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if getattr(k, "value", None) == step), None)
            if match is None:
                break
            node = match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if step >= len(node.value):
                break
            node = node.value[step]
        else:
            break
        line = node.start_mark.line + 1
    return line


def load_procedure(path: Path) -> Procedure:
    """One procedure file; :class:`ConfigError` with the file and line when it is wrong."""
    text = path.read_text("utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path.name}{where}: not valid YAML.") from exc
    try:
        return Procedure.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = tuple(first["loc"])
        line = _line_of(text, location)
        where = ".".join(str(p) for p in location) or "(top)"
        message = re.sub(r"\s+", " ", str(first["msg"]))
        raise ConfigError(
            f"{path.name} line {line}: {where}: {message}.",
            hint="See docs/procedures.md for the fields a procedure file has.",
        ) from exc


def load_catalogue(*folders: Path) -> Catalogue:
    """Every ``*.yaml`` in ``folders`` (the shipped catalogue first); codes must be unique."""
    found: dict[str, Procedure] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            procedure = load_procedure(path)
            if procedure.code in found:
                raise ConfigError(f"{path.name}: procedure {procedure.code} is defined twice.")
            found[procedure.code] = procedure
    return Catalogue(found)


SHIPPED = Path(__file__).parent / "catalogue"
