"""The day report as a PDF (QTextDocument printed to QPdfWriter), for a lead to print or mail.

The document is HTML built from the same LeadReport and the same table columns as the
screen, with the charts as images (rendered on the GUI thread beforehand by charts.py).
Writing the PDF touches no widget, so it runs on the bridge's worker thread.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QSizeF,
    QThreadPool,
    QUrl,
)
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from inspector_app.gui.i18n import QT_TRANSLATE_NOOP
from inspector_app.gui.lead import columns
from inspector_app.gui.lead.table import (
    Column,
    day_text,
    header_text,
    moment_text,
    money_text,
    text_of,
)
from inspector_app.lead.snapshot import Snapshot
from inspector_app.wire import LeadReport

SCREEN_DPI = 96
MAX_LIST_ROWS = 40
"""Rows of a long list in the PDF; the CSV export holds them all."""

STYLE = """
body { font-family: sans-serif; font-size: 7pt; color: #14171c; }
p.title { font-size: 15pt; font-weight: bold; margin-bottom: 2px; }
p.section { font-size: 10pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
p.meta { color: #4a5260; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e4ecfa; text-align: left; padding: 3px 6px; }
table.grid td { padding: 2px 6px; border-bottom: 1px solid #c9ced6; }
td.num { text-align: right; }
td.kpi { font-size: 14pt; font-weight: bold; text-align: center; padding: 4px 10px; }
td.kpilabel { color: #4a5260; text-align: center; padding: 0 10px; }
"""


KPI_LABELS = (
    QT_TRANSLATE_NOOP("LeadView", "Received"),
    QT_TRANSLATE_NOOP("LeadView", "Inspected"),
    QT_TRANSLATE_NOOP("LeadView", "Waiting"),
    QT_TRANSLATE_NOOP("LeadView", "Accepted"),
    QT_TRANSLATE_NOOP("LeadView", "Partial"),
    QT_TRANSLATE_NOOP("LeadView", "Refused"),
    QT_TRANSLATE_NOOP("LeadView", "Refunds"),
)


def kpi_label(label: str) -> str:
    return QCoreApplication.translate("LeadView", label)


def kpis(report: LeadReport) -> list[tuple[str, str]]:
    """The KPI tiles, as (label, value) — the same list the screen shows."""
    values = (
        report.received,
        report.inspected,
        report.waiting,
        report.accepted,
        report.partial,
        report.refused,
    )
    return [
        *zip(KPI_LABELS, map(str, values), strict=False),
        (KPI_LABELS[-1], refunds_text(report)),
    ]


def refunds_text(report: LeadReport) -> str:
    """Refunds with their currency, one amount per currency (`€8,732.50 + £120.00`); a bare
    number only from a server too old to say the currencies."""
    if report.refunds:
        return " + ".join(money_text(row) for row in report.refunds)
    return f"{report.refunds_total:,.2f}" if report.refunds_total else "0"


def _table(cols: Sequence[Column], rows: Sequence[object], limit: int | None = None) -> str:
    shown = list(rows if limit is None else rows[:limit])
    if not shown:
        nothing = QCoreApplication.translate("LeadView", "None.")
        return f"<p class=meta>{html.escape(nothing)}</p>"
    head = "".join(f"<th>{html.escape(header_text(c))}</th>" for c in cols)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' class=num' if c.numeric else ''}>{html.escape(text_of(c.cell(r)))}</td>"
            for c in cols
        )
        + "</tr>"
        for r in shown
    )
    more = ""
    if limit is not None and len(rows) > limit:
        more = "<p class=meta>{}</p>".format(
            html.escape(
                QCoreApplication.translate(
                    "LeadView", "… and {n} more (see the CSV export)."
                ).format(n=len(rows) - limit)
            )
        )
    return f"<table class=grid width=100%><tr>{head}</tr>{body}</table>{more}"


def period(report: LeadReport) -> str:
    if report.date_from == report.date_to:
        return day_text(report.date_from)
    return QCoreApplication.translate("LeadView", "{first} to {last}").format(
        first=day_text(report.date_from), last=day_text(report.date_to)
    )


def file_period(report: LeadReport) -> str:
    """The range in a file name: ISO days, which sort and contain no spaces."""
    if report.date_from == report.date_to:
        return report.date_from.isoformat()
    return f"{report.date_from.isoformat()}_{report.date_to.isoformat()}"


def document_html(data: Snapshot, charts: int, generated: dt.datetime) -> str:
    report = data.report
    tiles = [(kpi_label(k), v) for k, v in kpis(report)]
    e = html.escape
    offline = QCoreApplication.translate(
        "LeadView", "Server unreachable: these are this bench's own figures only."
    )
    source = "" if report.source == "server" else f"<p><b>{e(offline)}</b></p>"
    title = QCoreApplication.translate("LeadView", "Return intake — {period}").format(
        period=period(report)
    )
    meta = QCoreApplication.translate("LeadView", "UTC days. Generated {when}.").format(
        when=moment_text(generated)
    )
    sections = [
        (
            QCoreApplication.translate("LeadView", "Inspectors"),
            _table(columns.INSPECTORS, report.inspectors),
        ),
        (
            QCoreApplication.translate("LeadView", "Stations"),
            _table(columns.STATIONS, report.stations),
        ),
        (
            QCoreApplication.translate("LeadView", "Flagged and overridden inspections"),
            _table(columns.REVIEW_PRINT, data.review, MAX_LIST_ROWS),
        ),
        (
            QCoreApplication.translate("LeadView", "Waiting to be inspected"),
            _table(columns.WAITING, data.waiting, MAX_LIST_ROWS),
        ),
        (
            QCoreApplication.translate("LeadView", "Recurring issues (30 days)"),
            _table(columns.RECURRING, data.recurring, MAX_LIST_ROWS),
        ),
    ]
    chart_cells = "".join(
        f"<td><img src='chart://{i}' width=340></td>" + ("</tr><tr>" if i % 2 else "")
        for i in range(charts)
    )
    values = "".join(f"<td class=kpi>{e(v)}</td>" for _, v in tiles)
    labels = "".join(f"<td class=kpilabel>{e(k)}</td>" for k, _ in tiles)
    body = "".join(f"<p class=section>{e(head)}</p>{table}" for head, table in sections)
    return f"""<html><head><style>{STYLE}</style></head><body>
<p class=title>{e(title)}</p><p class=meta>{e(meta)}</p>{source}
<table width=100%><tr>{values}</tr><tr>{labels}</tr></table>
<table width=100%><tr>{chart_cells}</tr></table>{body}
</body></html>"""


def write_pdf(
    path: Path | str, data: Snapshot, charts: Sequence[QImage], generated: dt.datetime | None = None
) -> Path:
    """Write the report to `path` (A4 portrait); returns the path."""
    report = data.report
    target = Path(path)
    document = QTextDocument()
    base = QFont()
    base.setPointSize(7)
    document.setDefaultFont(base)  # not the bench's large screen font
    for i, image in enumerate(charts):
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{i}"), image)
    document.setHtml(document_html(data, len(charts), generated or dt.datetime.now(dt.UTC)))
    writer = QPdfWriter(str(target))
    writer.setTitle(
        QCoreApplication.translate("LeadView", "Return intake — {period}").format(
            period=period(report)
        )
    )
    writer.setCreator("Return Inspector")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(150)
    # Lay the document out on the printable area as if on a 96 dpi screen; print_ scales it.
    paint = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    document.setPageSize(QSizeF(paint.width() * SCREEN_DPI, paint.height() * SCREEN_DPI))
    document.print_(writer)
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(f"The PDF could not be written to {target}.")
    return target


def write_pdf_from_worker(path: Path | str, data: Snapshot, charts: Sequence[QImage]) -> Path:
    """write_pdf for a StationBridge job: runs it on a Qt pool thread and waits for it.

    QTextDocument's layout starts Qt timers, which need a thread with a Qt event dispatcher;
    the bridge's Python worker threads have none (Qt warns on every timer). A QThreadPool
    thread has one, and the bridge thread waiting here keeps the GUI thread free.
    """
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def job() -> None:
        try:
            outcome["path"] = write_pdf(path, data, charts)
        except Exception as exc:  # handed back to the bridge, which reports it
            outcome["error"] = exc
        finally:
            finished.set()

    QThreadPool.globalInstance().start(job)
    finished.wait()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["path"]  # type: ignore[return-value]
