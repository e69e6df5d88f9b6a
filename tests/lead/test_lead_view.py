"""The Lead view on a real bench window against a real server seeded with the known week:
what the screen shows equals the independent count; CSV exports round-trip; the PDF
renders and holds the day's totals; without the server the bench's own figures show."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from inspector_app.gui.lead import charts
from inspector_app.gui.vocabulary import name
from inspector_app.settings import Settings

from .live import seeded_live_server
from .seed import (
    DAY,
    INSPECTORS,
    LEAD,
    WEEK,
    expected,
    expected_recurring,
    expected_trend,
    waiting,
)

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform says this whenever a second top-level window or a chart view
    # appears; it is about the test platform, not the app.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    # The bench runs without a camera (bench_settings): its stream says so while it retries.
    pytest.mark.expect_log("inspector_app.scanning", "^camera: Camera file no-camera-here"),
]


def bench_settings(url: str, token: str) -> Settings:
    return Settings(
        {
            "server.url": url,
            "server.token": token,
            "station.name": "bench-1",
            "camera.source": "no-camera-here.avi",
            "ui.sounds": False,
            "sync.interval_s": 2.0,
        },
        source="cli",
    )


@pytest.fixture
def lead_window(qtbot, tmp_path, data_dir):
    """A bench where the week's lead has signed in: the Lead view is open and loaded."""
    from gui.conftest import Bench

    server, week = seeded_live_server(tmp_path / "server")
    bench = Bench(qtbot, data_dir, bench_settings(server.url, server.tokens["station"]))
    try:
        badge, _, pin = LEAD
        bench.driver.sign_in(badge, pin)
        views = bench.app.lead_view
        qtbot.waitUntil(
            lambda: views.view is not None and views.view.snapshot is not None, timeout=30000
        )
        yield views.view, week, server, bench
    finally:
        bench.close()
        server.close()


def show_range(qtbot, view, first: dt.date, last: dt.date) -> None:
    view.ui.dateFrom.setDate(QDate(first.year, first.month, first.day))
    view.ui.dateTo.setDate(QDate(last.year, last.month, last.day))
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.ui.refreshButton.click()


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def column(model, header: str) -> list[str]:
    i = [c.header for c in model.columns].index(header)
    return [row[i] for row in model.table()[1:]]


SYMBOLS = {"EUR": "€", "GBP": "£"}


def money(refunds: dict[str, Decimal]) -> str:
    """Refunds per currency as an English screen writes them, largest first."""
    ordered = sorted(refunds.items(), key=lambda kv: (-kv[1], kv[0]))
    return " + ".join(f"{SYMBOLS[currency]}{total:,.2f}" for currency, total in ordered)


def test_screen_figures_exports_and_pdf(qtbot, lead_window, tmp_path):
    view, week, _server, _bench = lead_window
    assert view.online and not view.ui.banner.text()
    show_range(qtbot, view, WEEK[0], DAY)
    want = expected(week, WEEK[0], DAY)
    tiles = {label: tile.value.text() for label, tile in view.tiles.items()}
    assert set(want["refunds"]) == {"EUR", "GBP"}  # never one sum of two currencies
    assert tiles == {
        "Received": str(want["received"]),
        "Inspected": str(want["inspected"]),
        "Waiting": str(want["waiting"]),
        "Accepted": str(want["accepted"]),
        "Partial": str(want["partial"]),
        "Refused": str(want["refused"]),
        "Refunds": money(want["refunds"]),
    }
    inspectors = view.models["inspectors"]
    got = dict(zip(column(inspectors, "Badge"), column(inspectors, "Inspected"), strict=True))
    assert got == {b: str(v["inspected"]) for b, v in want["inspectors"].items()}
    medians = dict(
        zip(column(inspectors, "Badge"), column(inspectors, "Median time (min)"), strict=True)
    )
    assert medians == {b: f"{v['median'] / 60:.1f}" for b, v in want["inspectors"].items()}
    stations = view.models["stations"]
    assert {
        s: int(n)
        for s, n in zip(column(stations, "Station"), column(stations, "Inspected"), strict=True)
        if int(n)
    } == want["by_station"]
    queue = dict(zip(column(stations, "Station"), column(stations, "Queue"), strict=True))
    assert queue["bench-2"] == str(week.heartbeats["bench-2"].pending)
    assert queue["bench-1"] == "0"  # the real bench's own heartbeat replaced the seeded one
    assert column(stations, "Last contact")[column(stations, "Station").index("bench-3")] == "never"
    review = view.models["review"]
    assert [str(r.uuid) for r in review.rows] == [str(s.p.uuid) for s in want["review"]]
    assert column(review, "Override reason") == [
        s.p.verdict.override_reason for s in want["review"]
    ]
    # names and RMAs, not badges and internal ids (a return the server never imported keeps
    # its id: there is no RMA to show)
    assert column(review, "Inspector") == [INSPECTORS[s.p.inspector] for s in want["review"]]
    assert column(review, "RMA") == [
        week.returns[s.return_id].rma if s.return_id in week.returns else s.return_id
        for s in want["review"]
    ]
    refunds = dict(zip(column(review, "RMA"), column(review, "Refund"), strict=True))
    assert {text[0] for text in refunds.values() if text} <= {"€", "£"}
    assert [
        (r, int(d))
        for r, d in zip(
            column(view.models["waiting"], "RMA"),
            column(view.models["waiting"], "Days waiting"),
            strict=True,
        )
    ] == [(week.returns[rid].rma, days) for rid, days in waiting(week, DAY)]
    recurring = view.models["recurring"]
    assert {
        (m, r, i): int(n)
        for m, r, i, n in zip(
            column(recurring, "Model"),
            column(recurring, "Reason"),
            column(recurring, "Issue"),
            column(recurring, "Times"),
            strict=True,
        )
    } == {(m, name(r), name(i)): n for (m, r, i), n in expected_recurring(week, DAY).items()}
    # charts draw the same figures
    outcomes = view.chart_views[0].chart().series()[0]
    assert sum(int(s.value()) for s in outcomes.slices()) == want["inspected"]
    trend = {
        line.name(): [int(p.y()) for p in line.points()]
        for line in view.chart_views[2].chart().series()
    }
    want_trend = expected_trend(week, DAY)
    assert trend == {
        "Received": [t[1] for t in want_trend],
        "Inspected": [t[2] for t in want_trend],
        "Refused": [t[5] for t in want_trend],
    }
    hours = view.chart_views[3].chart().series()[0].barSets()[0]
    assert [int(hours.at(h)) for h in range(24)] == [want["per_hour"][h] for h in range(24)]

    # every table round-trips through CSV exactly as shown
    for key, model in view.models.items():
        path = tmp_path / f"{key}.csv"
        with qtbot.waitSignal(view.exported, timeout=10000):
            view.export_csv(key, str(path))
        assert read_csv(path) == model.table(), key
        assert len(read_csv(path)) == len(model.rows) + 1

    # the day report: one day, opened by pdftoppm, with the day's totals in its text
    show_range(qtbot, view, DAY, DAY)
    day = expected(week, DAY, DAY)
    pdf = tmp_path / "day.pdf"
    with qtbot.waitSignal(view.exported, timeout=30000):
        view.export_pdf(str(pdf))
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 1000
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "Return intake — Thu 26 Nov 2026" in text
    lines = [line for line in text.splitlines() if line.strip()]
    labels = next(
        i for i, line in enumerate(lines) if line.split()[:2] == ["Received", "Inspected"]
    )
    totals = [
        str(day[k]) for k in ("received", "inspected", "waiting", "accepted", "partial", "refused")
    ] + money(day["refunds"]).split()
    assert lines[labels - 1].split() == totals
    assert set(day["refunds"]) == {"EUR", "GBP"}


def test_drill_down_shows_answers_and_photos(qtbot, lead_window):
    view, week, _server, _bench = lead_window
    show_range(qtbot, view, WEEK[0], DAY)
    target = week.photo_inspection
    row = [r.uuid for r in view.models["review"].rows].index(target)
    view.ui.reviewTable.selectRow(row)
    with qtbot.waitSignal(view.detail_shown, timeout=10000) as shown:
        view.ui.openInspectionButton.click()
    dialog = shown.args[0]
    sent = next(s for s in week.sent if s.p.uuid == target)

    def shown(value: object) -> str:
        return {True: "yes", False: "no"}[value] if isinstance(value, bool) else str(value)

    assert dialog.answers.table()[1:] == [[a.item, shown(a.value)] for a in sent.p.answers]
    qtbot.waitUntil(lambda: dialog.ui.photos.count() == 1, timeout=10000)
    assert dialog.ui.photoStatus.text() == "1 photos."
    dialog.close()


def test_ended_session_falls_back_to_the_bench(qtbot, lead_window):
    view, _week, _server, _bench = lead_window
    view.client.sign_out()  # as when the session expires at the end of a shift
    with qtbot.waitSignal(view.loaded, timeout=30000) as got:
        view.ui.refreshButton.click()
    assert got.args[0].report.source == "bench"
    assert "session has ended" in view.ui.banner.text()


def test_server_gone_shows_banner_and_bench_figures(qtbot, lead_window):
    view, _week, server, _bench = lead_window
    server.kill()
    with qtbot.waitSignal(view.loaded, timeout=60000) as got:
        view.ui.refreshButton.click()
    snapshot = got.args[0]
    assert snapshot.report.source == "bench"
    assert "Offline" in view.ui.banner.text()
    assert "this bench's own figures" in view.ui.banner.text()
    # this bench finalized nothing itself: its own figures are honest zeros
    assert view.tiles["Inspected"].value.text() == "0"
    assert [s.name for s in snapshot.report.stations] == ["bench-1"]


def test_close_and_escape_close_the_review_and_end_its_session(qtbot, lead_window):
    view, _week, _server, bench = lead_window
    views = bench.app.lead_view
    assert view.isVisible() and view.ui.closeButton.isVisible()
    # the range starts on today's date on the bench's clock, not in UTC
    today = dt.datetime.now().astimezone().date()
    assert view.dates() == (today, today)
    client = view.client
    with qtbot.waitSignal(view.closed, timeout=10000):
        QTest.keyClick(view, Qt.Key.Key_Escape)
    assert views.view is None
    assert not view.isVisible()
    qtbot.waitUntil(lambda: client.session is None, timeout=10000)  # signed out on the server


def test_closing_while_loads_are_out_leaves_their_results_nowhere(qtbot, lead_window):
    """A lead closes the review while its tabs' loads are still on their way: the loads ask
    for what they read from the widgets before they leave (a deleted combo box cannot be
    read on the worker), and their answers, arriving after the window is gone, are dropped
    (they landed on deleted widgets: errors in the event loop, which fail this test)."""
    view, _week, _server, bench = lead_window
    release = threading.Event()
    asked: list[tuple] = []
    for tab in view.server_tabs:
        real = tab.fetch

        def held(client, *query, real=real):
            asked.append(query)
            release.wait(timeout=30)
            return real(client, *query)

        tab.fetch = held
    tabs = len(view.server_tabs)
    view.ui.refreshButton.click()
    qtbot.waitUntil(lambda: len(asked) >= 1, timeout=10000)  # the first is held on its way
    with qtbot.waitSignal(view.closed, timeout=10000):
        QTest.keyClick(view, Qt.Key.Key_Escape)
    release.set()
    qtbot.waitUntil(lambda: bench.app.bridge.pending() == 0, timeout=30000)
    # every tab's load ran after the close, with what the widgets said before it
    assert len(asked) == tabs == 3
    assert ("attention",) in asked  # the Marketplace tab's default filter


def test_times_and_hours_read_on_the_sites_clock(qtbot, lead_window, monkeypatch):
    view, week, _server, _bench = lead_window
    show_range(qtbot, view, WEEK[0], DAY)
    monkeypatch.setenv("TZ", "Europe/Paris")  # UTC+1 all of that week
    time.tzset()
    try:
        want = expected(week, WEEK[0], DAY)
        chart = charts.hours_chart(view.snapshot.report)
        assert chart.title() == "Inspections per hour"
        bars = chart.series()[0].barSets()[0]
        assert [int(bars.at(h)) for h in range(24)] == [
            want["per_hour"][(h - 1) % 24] for h in range(24)
        ]
        newest = want["review"][0].p.finalized_at + dt.timedelta(hours=1)
        assert view.models["review"].table()[1][0] == moment(newest)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def moment(local: dt.datetime) -> str:
    """A moment as an English screen writes it."""
    return f"{local:%a} {local.day} {local:%b %Y %H:%M}"
