"""The monthly report's page (printable: the print stylesheet drops the navigation), CSV and PDF.

A leader or operator sees every agency; an agency account sees its own row only. The month is
``?month=YYYY-MM`` (Vietnam time), the current one by default.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from lienthong.dashboard._i18n import words_in
from lienthong.dashboard._pages import _AGENCY_CODE, _lang, _signed_in, _to_login, render
from lienthong.dashboard._report import (
    REUSE_TARGET,
    Month,
    MonthlyReport,
    ProcedureShape,
    as_csv,
    monthly_report,
)
from lienthong.dashboard._report_pdf import html_to_pdf
from lienthong.errors import ConfigError, InputError

router = APIRouter(include_in_schema=False)

WORDS: dict[str, dict[str, str]] = {
    "month": {"vi": "Tháng", "en": "Month"},
    "show": {"vi": "Xem", "en": "Show"},
    "incomplete": {
        "vi": "Tháng chưa kết thúc: số liệu chưa đầy đủ.",
        "en": "The month is not over: the figures are not complete.",
    },
    "complete": {"vi": "Tháng đã kết thúc: số liệu đầy đủ.", "en": "The month is complete."},
    "csv": {"vi": "Tải CSV", "en": "Download CSV"},
    "pdf": {"vi": "Tải PDF", "en": "Download PDF"},
    "print_hint": {
        "vi": "In trang này (Ctrl+P) để có bản in; thanh điều hướng được ẩn khi in.",
        "en": "Print this page (Ctrl+P) for a printed copy; the navigation is hidden in print.",
    },
    "previous": {"vi": "Tháng trước", "en": "Previous month"},
    "next": {"vi": "Tháng sau", "en": "Next month"},
    "dossiers": {"vi": "Hồ sơ tiếp nhận", "en": "Dossiers received"},
    "reusing": {"vi": "Hồ sơ dùng lại dữ liệu số", "en": "Dossiers reusing digitised data"},
    "reuse_share": {"vi": "Tỷ lệ dùng lại", "en": "Reuse share"},
    "reuse_score": {"vi": "Mức điểm đạt", "en": "Share of points"},
    "population": {
        "vi": "Hồ sơ dùng CSDL dân cư",
        "en": "Dossiers using the population database",
    },
    "fields_prefilled": {"vi": "Trường điền sẵn", "en": "Fields prefilled"},
    "papers_avoided": {"vi": "Giấy tờ không phải nộp", "en": "Papers not asked for"},
    "procedures_connected": {
        "vi": "Thủ tục kết nối CSDL dân cư",
        "en": "Procedures connected to the population database",
    },
    "calls_made": {"vi": "Lượt khai thác", "en": "Calls made"},
    "calls_served": {"vi": "Lượt cung cấp", "en": "Calls served"},
    "calls_refused": {"vi": "Lượt bị từ chối", "en": "Calls refused"},
    "indicators": {
        "vi": "Chỉ tiêu theo QĐ 766/QĐ-TTg: REUSED_DIGITIZED_DATA (đạt đủ điểm khi ≥ {target}%"
        " hồ sơ dùng lại dữ liệu số), CITIZEN_DATA_CONNECTED_DOSSIER,"
        " CITIZEN_DATA_CONNECTED_FORMALITY.",
        "en": "Indicators of QĐ 766/QĐ-TTg: REUSED_DIGITIZED_DATA (full points when ≥ {target}%"
        " of dossiers reuse digitised data), CITIZEN_DATA_CONNECTED_DOSSIER,"
        " CITIZEN_DATA_CONNECTED_FORMALITY.",
    },
}


def _shapes(request: Request) -> dict[str, ProcedureShape]:
    from lienthong.dashboard._procedures import catalogue

    return {
        code: ProcedureShape(
            agency=spec.agency,
            papers=tuple(paper.replaced_by for paper in spec.papers_avoided),
            sources=tuple(str(ref) for ref in spec.services),
        )
        for code, spec in catalogue(request).procedures.items()
    }


def _report(request: Request) -> MonthlyReport | Response:
    account = _signed_in(request)
    if account is None:
        return _to_login(request)
    wanted = request.query_params.get("month")
    try:
        month = Month.parse(wanted) if wanted else Month.of(datetime.now(UTC))
    except InputError:
        return render(request, "message.html", status=400, message="bad_month")
    shapes = _shapes(request)
    if account.role == "agency":
        shapes = {code: s for code, s in shapes.items() if s.agency == account.agency}
    if account.role == "agency":
        agencies = [account.agency] if account.agency else []
    else:  # every registered agency has a row, with "no data" where it has none
        from lienthong.registry import Registry

        agencies = [a.code for a in Registry(request.app.state.store).list_agencies()]
    found = monthly_report(request.app.state.store, shapes, month, agencies=agencies)
    if account.role == "agency":
        found.rows = [row for row in found.rows if row.agency == account.agency]
    elif one := _agency(request):  # a leader's copy for one agency
        found.rows = [row for row in found.rows if row.agency == one]
    return found


def _agency(request: Request) -> str | None:
    wanted = request.query_params.get("agency")
    return wanted if wanted and _AGENCY_CODE.fullmatch(wanted) else None


@router.get("/dashboard/report")
def report(request: Request) -> Response:
    found = _report(request)
    if isinstance(found, Response):
        return found
    return _page(request, found)


def _page(request: Request, found: MonthlyReport, **extra: Any) -> Response:
    lang = _lang(request)
    words = words_in(WORDS, lang)
    words["indicators"] = words["indicators"].format(target=round(REUSE_TARGET * 100))
    from lienthong.registry import Registry

    registered = {a.code for a in Registry(request.app.state.store).list_agencies()}
    return render(
        request,
        "report.html",
        r=found,
        w=words,
        registered=registered,
        agency=_agency(request),
        **extra,
    )


@router.get("/dashboard/report.pdf")
def report_pdf(request: Request) -> Response:
    """The report page as PDF (an agency account: its own row; ``?agency=`` for one agency)."""
    found = _report(request)
    if isinstance(found, Response):
        return found
    html = bytes(_page(request, found, pdf=True).body).decode("utf-8")
    try:
        pdf = html_to_pdf(html)
    except ConfigError:
        return render(request, "message.html", status=503, message="no_pdf")
    one = f"-{found.rows[0].agency}" if len(found.rows) == 1 else ""
    name = f"lienthong-bao-cao-{found.month}{one}"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{name}.pdf"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.get("/dashboard/report.csv")
def report_csv(request: Request) -> Response:
    found = _report(request)
    if isinstance(found, Response):
        return found
    return Response(
        as_csv(found),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="lienthong-bao-cao-{found.month}.csv"',
            "Cache-Control": "no-store",
        },
    )
