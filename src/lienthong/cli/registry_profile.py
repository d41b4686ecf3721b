"""`lienthong registry profile` and `--not-personal`: what each column holds, and who said not.

Declaring a column non-personal is an explicit act: it needs a reason, is stored with the
operator's name and is audited (``COLUMN_MARKED_NOT_PERSONAL``), because personal is the default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from lienthong.cli._output import console, print_json, print_table

if TYPE_CHECKING:
    from lienthong.profiling import DatasetProfile
    from lienthong.registry import Registry

NotPersonalOption = Annotated[
    list[str] | None,
    typer.Option(
        "--not-personal",
        help="COLUMN to declare non-personal (several allowed); needs --reason; audited.",
    ),
]
ReasonOption = Annotated[
    str | None, typer.Option("--reason", help="Why the --not-personal columns identify no one.")
]


def profile_view(profile: DatasetProfile | None) -> dict[str, Any] | None:
    return None if profile is None else profile.as_dict()


def drift_view(registry: Registry, dataset_id: str) -> list[dict[str, Any]] | None:
    """Each column's changes since the profile before (``None``: profiled once at most);
    thresholds in lienthong.profiling._drift, documented in docs/quality-rules.md."""
    from lienthong.profiling import profile_drift

    previous = registry.get_previous_profile(dataset_id)
    current = registry.get_profile(dataset_id)
    if previous is None or current is None:
        return None
    return [
        {"column": d.column, "changes": list(d.changes)} for d in profile_drift(previous, current)
    ]


def profile_rows(profile: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for c in profile["columns"]:
        total = c["rows"] or 1
        rows.append(
            (
                c["name"],
                c["meant_type"],
                f"{(c['nulls'] + c['blanks']) / total:.0%}",
                c["distinct"],
                c["role"] or "?",
                f"{c['confidence']:.2f}",
                "yes" if c["personal"] else "no",
                "; ".join(c["evidence"]),
            )
        )
    return rows


def print_profile(profile: dict[str, Any]) -> None:
    print_table(
        f"Profile of {profile['dataset']}: {profile['rows']} rows, {profile['sampled']} sampled",
        ["column", "meant type", "empty", "distinct", "role", "confidence", "personal", "why"],
        profile_rows(profile),
    )


def declare_not_personal(
    registry: Registry, dataset_id: str, columns: list[str] | None, reason: str | None
) -> list[str]:
    """Mark ``columns`` non-personal, each recorded with the operator and audited."""
    from lienthong.audit import EventType
    from lienthong.cli._context import settings
    from lienthong.errors import InputError
    from lienthong.exchange._admin_audit import operator, record_admin

    if not columns:
        return []
    if not reason:
        raise InputError(
            "--not-personal needs --reason: say why no person can be told from the column."
        )
    actor = operator()
    for column in columns:
        registry.mark_not_personal(dataset_id, column, reason=reason, actor=actor)
        record_admin(
            registry.store,
            settings().home,
            EventType.COLUMN_MARKED_NOT_PERSONAL,
            reason=reason,
            fields=(column,),
            data={"dataset": dataset_id, "column": column},
        )
    return list(columns)


def profile(
    dataset: Annotated[str, typer.Argument(help="Dataset id, e.g. population.cong_dan.")],
    not_personal: NotPersonalOption = None,
    reason: ReasonOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Profile a dataset again from its data and show each column's role.

    Roles and flags a person or a manifest set are kept. With --not-personal COLUMN --reason …
    the columns are declared non-personal first (recorded with who and audited).

    Examples:

      lienthong registry profile nd.nguoi_dan

      lienthong registry profile nd.nguoi_dan --not-personal so_tien --reason "amounts only"
    """
    from lienthong.cli.registry import _registry

    registry = _registry()
    registry.get_dataset(dataset)
    declared = declare_not_personal(registry, dataset, not_personal, reason)
    found = registry.profile(dataset)
    view = profile_view(found)
    assert view is not None
    view["declared_not_personal"] = declared
    if json_output:
        print_json(view)
        return
    print_profile(view)
    if declared:
        console.print(f"Declared non-personal: {', '.join(declared)}")
