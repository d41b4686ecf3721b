"""Understanding data no one here generated: every column profiled and given a semantic role.

``profile_dataset(connector, table) -> DatasetProfile``: for each column the stored and meant
type, null and blank counts, distinct count, min/max, top values, value shapes, and a ``role``
(one of :data:`ROLES`: ``cccd``, ``full_name``, ``birth_date``…) with a ``confidence`` in [0, 1]
and the ``evidence`` in words. Roles at or above :data:`THRESHOLD` are acted on; a column whose
role is unknown is ``personal`` (personal data is never assumed absent).
"""

from typing import TYPE_CHECKING

from lienthong._lazy import lazy_facade

if TYPE_CHECKING:  # the modules load on first use: see lienthong._lazy
    from lienthong.profiling._calendars import reads_other_calendar
    from lienthong.profiling._drift import ColumnDrift, distinct_share, profile_drift
    from lienthong.profiling._hints import name_hints
    from lienthong.profiling._infer import (
        THRESHOLD,
        Inference,
        infer_role,
        reads_birth_years,
        reads_day_numbers,
        reads_foreign,
        reads_month_first,
        reads_month_names,
    )
    from lienthong.profiling._model import ColumnProfile, DatasetProfile
    from lienthong.profiling._months import (
        MONTH_NAME_ISO,
        MONTH_NAMES,
        month_marker,
        month_name_steps,
    )
    from lienthong.profiling._passes import SAMPLE_ROWS
    from lienthong.profiling._profile import header_values, profile_dataset, profile_scan
    from lienthong.profiling._roles import IDENTIFIER_ROLES, PERSONAL_ROLES, ROLE_FLAGS, ROLES
    from lienthong.profiling._values import EXCEL_EPOCH, EXCEL_SERIALS, SPACED_DAY_FIRST

__all__ = [
    "EXCEL_EPOCH",
    "EXCEL_SERIALS",
    "IDENTIFIER_ROLES",
    "MONTH_NAMES",
    "MONTH_NAME_ISO",
    "PERSONAL_ROLES",
    "ROLES",
    "ROLE_FLAGS",
    "SAMPLE_ROWS",
    "SPACED_DAY_FIRST",
    "THRESHOLD",
    "ColumnDrift",
    "ColumnProfile",
    "DatasetProfile",
    "Inference",
    "distinct_share",
    "header_values",
    "infer_role",
    "month_marker",
    "month_name_steps",
    "name_hints",
    "profile_dataset",
    "profile_drift",
    "profile_scan",
    "reads_birth_years",
    "reads_day_numbers",
    "reads_foreign",
    "reads_month_first",
    "reads_month_names",
    "reads_other_calendar",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_facade(__name__, __file__)
