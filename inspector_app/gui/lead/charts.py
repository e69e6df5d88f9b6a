"""The Lead view's charts (QtCharts), and the same charts as images for the PDF report.

Charts are built from a LeadReport only, so the screen and the PDF draw the same figures.
QChart is a graphics item and lives on the GUI thread; `chart_image` renders one there into
a QImage, which the PDF writer may then use on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TypeVar

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QMargins,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from inspector_app.gui.i18n import QT_TRANSLATE_NOOP
from inspector_app.gui.vocabulary import name
from inspector_app.wire import LeadReport

Axis = TypeVar("Axis", bound=QAbstractAxis)

OUTCOME_COLOURS = {
    "accept_full_refund": "#2e7d32",
    "partial_refund": "#f0a202",
    "refuse_send_back": "#c62828",
    "repair": "#1565c0",
    "replace": "#6a1b9a",
}
SERIES_COLOURS = ("#1450b8", "#2e7d32", "#c62828", "#f0a202")
TREND_LINES = {
    "received": QT_TRANSLATE_NOOP("LeadView", "Received"),
    "inspected": QT_TRANSLATE_NOOP("LeadView", "Inspected"),
    "refused": QT_TRANSLATE_NOOP("LeadView", "Refused"),
}


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _small(axis: Axis) -> Axis:
    """Axis labels small enough for 24 hours or 30 days across half a window."""
    axis.setLabelsFont(_font(8))
    return axis


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_font(11, bold=True))
    chart.legend().setFont(_font(9))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _value_axis(top: int) -> QValueAxis:
    """A count axis from 0 with whole-number ticks (at most about six of them)."""
    axis = QValueAxis()
    _small(axis)
    axis.setLabelFormat("%d")
    step = max(1, math.ceil((top + 1) / 5))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setRange(0, step * math.ceil((top + 1) / step))
    axis.setMinorTickCount(0)
    return axis


def outcomes_chart(report: LeadReport) -> QChart:
    chart = _chart(QCoreApplication.translate("LeadView", "Outcomes"))
    series = QPieSeries()
    for row in report.by_outcome:
        piece = series.append(f"{name(row.key)}: {row.count}", row.count)
        piece.setColor(QColor(OUTCOME_COLOURS.get(row.key, "#607d8b")))
    series.setPieSize(0.75)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def reasons_chart(report: LeadReport) -> QChart:
    chart = _chart(QCoreApplication.translate("LeadView", "Return reasons"))
    bars = QBarSet("Inspected")
    bars.setColor(QColor(SERIES_COLOURS[0]))
    rows = list(reversed(report.by_reason))
    bars.append([row.count for row in rows])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    categories = _small(QBarCategoryAxis())
    categories.append([name(row.key) for row in rows])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = _value_axis(max((row.count for row in rows), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    chart.legend().hide()
    return chart


def local_hours(report: LeadReport) -> list[int] | None:
    """The report's per-hour counts on this computer's clock, hour 0 first.

    A report of the site's zone (or the bench's own figures) already counts in the site's
    hours. A server left at UTC counts UTC hours: those are moved to this computer's clock,
    or None where that cannot be exact (a zone whose offset is not whole hours, or that
    changes within the range: a daylight-saving night), and the UTC hours are kept."""
    if report.time_zone != "UTC":
        counts = [0] * 24
        for row in report.per_hour:
            counts[row.hour] += row.count
        return counts

    def offset(day: dt.date) -> dt.timedelta:
        noon = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC).astimezone()
        return noon.utcoffset() or dt.timedelta(0)

    shift = offset(report.date_from)
    if shift != offset(report.date_to) or shift % dt.timedelta(hours=1):
        return None
    counts = [0] * 24
    for row in report.per_hour:
        counts[(row.hour + shift // dt.timedelta(hours=1)) % 24] += row.count
    return counts


def hours_chart(report: LeadReport) -> QChart:
    counts = local_hours(report)
    if counts is None:
        title = QCoreApplication.translate("LeadView", "Inspections per hour (UTC)")
        counts = [0] * 24
        for row in report.per_hour:
            counts[row.hour] += row.count
    else:
        title = QCoreApplication.translate("LeadView", "Inspections per hour")
    chart = _chart(title)
    bars = QBarSet("Inspected")
    bars.setColor(QColor(SERIES_COLOURS[0]))
    bars.append(counts)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    hours = _small(QBarCategoryAxis())
    hours.append([f"{hour:02d}" for hour in range(24)])
    chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(hours)
    values = _value_axis(max(counts, default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    chart.legend().hide()
    return chart


def _noon_ms(day: dt.date) -> float:
    """A day as the x of a point: noon UTC, so any display time zone shows the same date."""
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC).timestamp() * 1000


def trend_chart(report: LeadReport) -> QChart:
    chart = _chart(QCoreApplication.translate("LeadView", "Last 30 days"))
    lines = {key: QLineSeries() for key in TREND_LINES}
    for (key, series), colour in zip(lines.items(), SERIES_COLOURS, strict=False):
        series.setName(QCoreApplication.translate("LeadView", TREND_LINES[key]))
        series.setColor(QColor(colour))
        for day in report.trend:
            series.append(QPointF(_noon_ms(day.date), getattr(day, key)))
        chart.addSeries(series)
    days = _small(QDateTimeAxis())
    days.setFormat("dd MMM")
    days.setTickCount(6)
    if report.trend:
        days.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_noon_ms(report.trend[0].date))),
            QDateTime.fromMSecsSinceEpoch(int(_noon_ms(report.trend[-1].date))),
        )
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    top = max((max(d.received, d.inspected) for d in report.trend), default=0)
    values = _value_axis(top)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    for series in lines.values():
        series.attachAxis(days)
        series.attachAxis(values)
    return chart


BUILDERS = (outcomes_chart, reasons_chart, trend_chart, hours_chart)


def chart_views(report: LeadReport) -> list[QChartView]:
    views = []
    for build in BUILDERS:
        view = QChartView(build(report))
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        views.append(view)
    return views


IMAGE_SIZE = QSize(680, 400)


def chart_image(chart: QChart, size: QSize = IMAGE_SIZE) -> QImage:
    """Draw `chart` into an image of `size` (GUI thread; the chart is owned by a scene)."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(size.width(), size.height())
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(
        painter,
        QRectF(0, 0, size.width(), size.height()),
        QRectF(0, 0, size.width(), size.height()),
    )
    painter.end()
    scene.removeItem(chart)
    return image


def report_images(report: LeadReport) -> list[QImage]:
    return [chart_image(build(report)) for build in BUILDERS]
