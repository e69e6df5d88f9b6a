"""A station process for the crash-resume test: signs in, opens a parcel, answers a few items,
says so on stdout, then keeps running until the test kills it with SIGKILL.

    python tests/gui/crash_child.py DATA_DIR SERVER_URL TOKEN VIDEO RMA IMEI
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from gui.conftest import bench_settings  # noqa: E402
from inspector_app.gui.launch import build, make_qt_app  # noqa: E402
from tools.gui_driver import BenchDriver  # noqa: E402


def main() -> int:
    data_dir, url, token, video, rma, imei = sys.argv[1:7]
    qt_app = make_qt_app()
    app, window = build(bench_settings(url, token, video), Path(data_dir), save_settings=False)
    app.start()
    window.show()
    window.activateWindow()
    drive = BenchDriver(window)
    drive.sign_in()
    drive.scanner_burst(rma, window.scan_page.ui.code)
    drive.wait_card()
    drive.start_inspection()
    drive.answer("imei", imei)
    drive.answer("powers_on", True)
    drive.answer("activation_lock", False)
    print("ANSWERED", flush=True)
    return qt_app.exec()


if __name__ == "__main__":
    sys.exit(main())
