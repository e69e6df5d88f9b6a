"""Screenshots of the Lead view and of page 1 of its PDF day report, for docs/screenshots.

Starts a real server seeded with the lead tests' known week (tests/lead/seed.py) and the
server-only lists (tests/lead/server_lists.py: parcels on their way, marketplace plans,
audit events), opens the real station window, signs the lead in with badge and PIN, shows
the week, opens a drill-down, writes the day report, then shows today's Expected, Audit log
and Marketplace tabs. With `--language fr` it takes only those three tabs, in French
(into `fr/`, as the bench's French screenshots). Run under Xvfb (or offscreen):

    xvfb-run -a -s '-screen 0 1366x768x24' python -m tools.lead_screenshots docs/screenshots
    xvfb-run -a -s '-screen 0 1366x768x24' python -m tools.lead_screenshots --language fr
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtTest import QTest

from inspector_app.gui import i18n
from inspector_app.gui.launch import build, make_qt_app
from inspector_app.settings import Settings
from tools.gui_driver import BenchDriver, poll_until

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from lead.live import seeded_live_server  # noqa: E402
from lead.seed import DAY, LEAD, WEEK  # noqa: E402
from lead.server_lists import seed_lists  # noqa: E402

SERVER_TABS = (
    ("expectedTab", "lead-expected"),
    ("auditTab", "lead-audit"),
    ("plansTab", "lead-marketplace"),
)
"""The server-only tabs and the file each is saved as (under `fr/` in French)."""


def _wait_loaded(view: object, before: object) -> None:
    poll_until(lambda: view.snapshot is not None and view.snapshot is not before, 30000)
    QTest.qWait(300)


def run(out: Path, language: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="lead-shots-"))
    server, week = seeded_live_server(root / "server")
    seed_lists(server)
    settings = Settings(
        {
            "server.url": server.url,
            "server.token": server.tokens["station"],
            "station.name": "bench-1",
            "camera.source": "none.avi",
            "ui.sounds": False,
            "ui.language": language,
        },
        source="cli",
    )
    translators = i18n.install(make_qt_app(), language)  # as launch() does
    app, window = build(settings, root / "station", save_settings=False)
    try:
        app.start()
        window.resize(1366, 768)
        window.show()
        badge, _, pin = LEAD
        BenchDriver(window).sign_in(badge, pin)
        poll_until(lambda: app.lead_view.view is not None, 30000)
        view = app.lead_view.view
        _wait_loaded(view, None)
        if language != "en":
            _server_tabs(view, out / language)
            return 0
        _week_shots(view, root, out)
        print(f"{len(week.sent)} inspections seeded")
        today = QDate.currentDate()
        view.ui.dateFrom.setDate(today)
        view.ui.dateTo.setDate(today)
        _server_tabs(view, out)
    finally:
        window.close()
        app.shutdown()
        server.close()
        del translators
    return 0


def _week_shots(view: Any, root: Path, out: Path) -> None:
    """The week's review, its flagged list, and page 1 of the day report."""
    before = view.snapshot
    view.ui.dateFrom.setDate(QDate(WEEK[0].year, WEEK[0].month, WEEK[0].day))
    view.ui.dateTo.setDate(QDate(DAY.year, DAY.month, DAY.day))
    view.refresh()
    _wait_loaded(view, before)
    view.resize(1366, 768)
    QTest.qWait(300)
    view.grab().save(str(out / "lead-view.png"))
    view.ui.tabs.setCurrentIndex(1)
    view.ui.reviewTable.selectRow(0)
    QTest.qWait(300)
    view.grab().save(str(out / "lead-review.png"))
    view.ui.tabs.setCurrentIndex(0)
    before = view.snapshot
    view.ui.dateFrom.setDate(QDate(DAY.year, DAY.month, DAY.day))
    view.refresh()
    _wait_loaded(view, before)
    pdf = root / "day.pdf"
    written: list[str] = []
    view.exported.connect(written.append)
    view.export_pdf(str(pdf))
    poll_until(lambda: bool(written), 30000)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out / "lead-report-page1"),
        ],
        check=True,
    )
    print(out / "lead-view.png")
    print(out / "lead-review.png")
    print(out / "lead-report-page1.png")


def _server_tabs(view: Any, out: Path) -> None:
    """Today's Expected, Audit log and Marketplace tabs, each once it has loaded."""
    tabs = view.server_tabs
    for tab in tabs:
        tab.found = None
    view.refresh()
    poll_until(lambda: all(t.found is not None for t in tabs), 30000)
    view.resize(1366, 768)
    out.mkdir(parents=True, exist_ok=True)
    for widget, name in SERVER_TABS:
        view.ui.tabs.setCurrentWidget(getattr(view.ui, widget))
        if widget == "plansTab":  # the newest plan's last row: its "sent back", waiting its turn
            view.ui.actionsTable.selectRow(len(view.plans.actions.rows) - 1)
        QTest.qWait(400)
        view.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", choices=("en", "fr"), default="en")
    args = parser.parse_args(argv)
    return run(args.out, args.language)


if __name__ == "__main__":
    sys.exit(main())
