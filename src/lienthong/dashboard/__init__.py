"""The web pages: front door, leaders' dashboard, who-shares-with-whom, local accounts.

``router`` is added to the app by :mod:`lienthong.web`; :class:`Accounts` keeps the local
dashboard accounts (``lienthong accounts add``) until e-ID login lands; :func:`monthly_report`
gives each agency's month in the national portal's terms.
"""

from lienthong.dashboard._accounts import ROLES, Account, Accounts
from lienthong.dashboard._calls import router as calls_router
from lienthong.dashboard._datasets import DatasetView, build_dataset
from lienthong.dashboard._datasets import router as dataset_router
from lienthong.dashboard._overview import Overview, build_overview
from lienthong.dashboard._pages import router, warm
from lienthong.dashboard._portal import router as portal_router
from lienthong.dashboard._procedures import router as procedures_router
from lienthong.dashboard._report import AgencyMonth, Month, MonthlyReport, monthly_report
from lienthong.dashboard._report_pages import router as report_router
from lienthong.dashboard._rollup import AuditRollup, ExchangeFigures

__all__ = [
    "ROLES",
    "Account",
    "Accounts",
    "AgencyMonth",
    "AuditRollup",
    "DatasetView",
    "ExchangeFigures",
    "Month",
    "MonthlyReport",
    "Overview",
    "build_dataset",
    "build_overview",
    "calls_router",
    "dataset_router",
    "monthly_report",
    "portal_router",
    "procedures_router",
    "report_router",
    "router",
    "warm",
]
