"""What a connector reports about the tables it can read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ColumnSchema:
    """One column as the source itself declares it (files declare every column as text)."""

    name: str
    type: str
    nullable: bool = True


@dataclass(frozen=True)
class TableSchema:
    """One table (a database table, a CSV file or an Excel sheet)."""

    name: str
    columns: tuple[ColumnSchema, ...]
    primary_key: tuple[str, ...] = field(default=())

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)
