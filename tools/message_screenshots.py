"""Screenshots of the customer's message on the verdict screen, in English and in French,
taken from the real station: the demo smartphone inspected with a cracked screen, a partial
refund less the repair (the two photos of the crack attached) and one sentence of the
inspector's own. Run under Xvfb:

    xvfb-run -a -s '-screen 0 1366x768x24' python -m tools.message_screenshots docs/screenshots

writes message-preview-en.png and message-preview-fr.png (docs/messages.md shows them).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from inspector_app.domain.returns import Outcome
from inspector_app.gui import i18n
from inspector_app.gui.launch import make_qt_app
from tools.gui_driver import BenchDriver, poll_until
from tools.screenshots import OVERRIDE_REASONS, Shooter, demo_station

SENTENCES = {
    "en": "We have kept the original box aside, should you want it back.",
    "fr": "Nous avons mis de côté la boîte d'origine, si vous souhaitez la récupérer.",
}


def shoot(shots: Shooter, language: str) -> None:
    """Inspect the demo parcel in `language` and save the verdict screen with its message."""
    translators = i18n.install(make_qt_app(), language)
    demo = demo_station(Path(tempfile.mkdtemp(prefix=f"inspector-message-{language}-")), language)
    window = demo.window
    try:
        demo.app.start()
        window.resize(1366, 768)
        window.show()
        drive = BenchDriver(window, poll_until)
        poll_until(lambda: window.sign_in.ui.inspector.count() > 0, 20000)
        drive.sign_in()
        drive.wait_card(timeout=30000)
        ret = window.session.lookup.ret
        # The camera would see this label again and re-open its card under the click; it is
        # stopped for the click and started again for the photos.
        demo.app.scans.stop()
        drive.start_inspection()
        demo.app.start_camera()
        drive.complete_smartphone(demo.batch.device_codes.get(ret.id, ret.product.imei))
        verdict = window.verdict
        # The partial refund's amount is the rules' (price less the crack's repair), prefilled.
        verdict.ui.outcome.setCurrentIndex(verdict.ui.outcome.findData(Outcome.PARTIAL_REFUND))
        verdict.ui.overrideReason.setPlainText(OVERRIDE_REASONS[language])
        picker = verdict.message.language
        picker.setCurrentIndex(picker.findData(language))
        picker.activated.emit(picker.currentIndex())
        verdict.message.note.setFocus()
        verdict.message.note.insert(SENTENCES[language])  # QTest types ASCII only
        poll_until(lambda: SENTENCES[language] in verdict.message.body.toPlainText(), 10000)
        poll_until(lambda: verdict.customer_message() is not None, 10000)
        verdict.message.note.setCursorPosition(0)  # the sentence read from its start
        shots.save(window, f"message-preview-{language}")
    finally:
        demo.close()
        for translator in translators:
            QApplication.removeTranslator(translator)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument(
        "--language", action="append", choices=sorted(SENTENCES), help="default: every one"
    )
    args = parser.parse_args(argv)
    languages = args.language or sorted(SENTENCES)
    if len(languages) == 1:
        shoot(Shooter(args.out), languages[0])
        return 0
    # One process per language: a bench started after another in the same process does not
    # always get its card's Start click (the first one's threads are still winding down).
    for language in languages:
        command = [sys.executable, "-m", "tools.message_screenshots", str(args.out)]
        subprocess.run([*command, "--language", language], check=True)
    return 0


if __name__ == "__main__":
    from inspector_app.gui.launch import leave

    leave(main())
