"""Drill-down into one inspection: what the bench sent (answers, verdict, flags) and its
photos, fetched off the GUI thread once the dialog is open."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from inspector_app.errors import UserError
from inspector_app.gui.generated.ui_inspection_detail import Ui_InspectionDetailDialog
from inspector_app.gui.lead import columns
from inspector_app.gui.lead.table import RowsModel, moment_text, money_text
from inspector_app.gui.vocabulary import name
from inspector_app.gui.worker_calls import decode
from inspector_app.wire import CurrencyTotal, InspectionDetail


def summary_html(detail: InspectionDetail) -> str:
    """What was decided, by whom, where and why, above the answers."""
    p, v = detail.inspection, detail.inspection.verdict
    e = html.escape
    verdict = QCoreApplication.translate(
        "InspectionDialog", "Verdict: <b>{outcome}</b>, {disposition}"
    ).format(outcome=e(name(v.outcome)), disposition=e(name(v.disposition)))
    if v.grade:
        verdict += ", " + QCoreApplication.translate("InspectionDialog", "grade {grade}").format(
            grade=e(name(v.grade))
        )
    if v.refund_amount is not None:
        verdict += ", " + QCoreApplication.translate("InspectionDialog", "refund {amount}").format(
            amount=e(money_text(CurrencyTotal(currency=v.currency, total=v.refund_amount)))
        )
    lines = [
        f"<b>{e(detail.model)}</b> · RMA {e(detail.rma or p.return_id)} · {e(name(detail.reason))}",
        QCoreApplication.translate(
            "InspectionDialog", "{name} at {station}, finalized {when}"
        ).format(
            name=e(detail.inspector_name),
            station=e(p.station),
            when=e(moment_text(p.finalized_at)),
        ),
        verdict,
    ]
    if p.started_by:
        lines.insert(
            2,
            QCoreApplication.translate(
                "InspectionDialog", "Started by {badge}, who left it as a draft"
            ).format(badge=e(p.started_by)),
        )
    if v.proposed.outcome is not None:
        lines.append(
            QCoreApplication.translate("InspectionDialog", "Proposed: {outcome}").format(
                outcome=e(name(v.proposed.outcome))
            )
        )
    if v.override_reason:
        lines.append(
            QCoreApplication.translate(
                "InspectionDialog", "Override reason: <i>{reason}</i>"
            ).format(reason=e(v.override_reason))
        )
    if p.flags:
        lines.append(
            QCoreApplication.translate("InspectionDialog", "Flags: {flags}").format(
                flags=e(", ".join(name(f) for f in p.flags))
            )
        )
    if detail.superseded_by:
        lines.append(
            QCoreApplication.translate(
                "InspectionDialog", "Corrected later by inspection {uuid}"
            ).format(uuid=detail.superseded_by)
        )
    return "<br>".join(lines)


PREVIEW = QSize(400, 300)


def preview(data: bytes) -> QImage:
    """Worker-thread job: a photo scaled for the dialog's icon grid."""
    return decode(data).scaled(
        PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class InspectionDialog(QDialog):
    """Shows an InspectionDetail; photos arrive later through `show_photos`."""

    export_requested = Signal(str)
    """A path chosen for the answers CSV."""

    def __init__(self, detail: InspectionDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionDetailDialog()
        self.ui.setupUi(self)
        self.detail = detail
        self.setWindowTitle(
            self.tr("Inspection {rma}").format(rma=detail.rma or detail.inspection.return_id)
        )
        self.ui.summary.setText(summary_html(detail))
        self.answers = RowsModel(columns.ANSWERS, self)
        self.answers.set_rows(detail.inspection.answers)
        self.ui.answers.setModel(self.answers)
        self.ui.answers.horizontalHeader().setStretchLastSection(True)
        count = len(detail.inspection.photos)
        self.ui.photoStatus.setText(
            self.tr("Loading {n} photos…").format(n=count) if count else self.tr("No photos.")
        )
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.answersExport.clicked.connect(self._choose_export)

    def show_photos(self, photos: list[tuple[str, QImage | None]]) -> None:
        """(sha256, image or None when the photo is not available) in the payload's order."""
        missing = 0
        items = {p.sha256: p.item for p in self.detail.inspection.photos}
        for sha, image in photos:
            if image is None:
                missing += 1
                continue
            entry = QListWidgetItem(QIcon(QPixmap.fromImage(image)), items.get(sha, ""))
            entry.setData(Qt.ItemDataRole.UserRole, sha)
            self.ui.photos.addItem(entry)
        shown = len(photos) - missing
        if not photos:
            text = self.tr("No photos.")
        elif missing:
            text = self.tr("{n} photos; {missing} not available here.").format(
                n=shown, missing=missing
            )
        else:
            text = self.tr("{n} photos.").format(n=shown)
        self.ui.photoStatus.setText(text)

    def photo_failed(self, message: str) -> None:
        self.ui.photoStatus.setText(
            self.tr("Photos could not be loaded: {why}").format(why=message)
        )

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export answers"),
            f"answers-{self.detail.inspection.uuid}.csv",
            "CSV (*.csv)",
        )
        if path:
            self.export_requested.emit(path)


class PhotoSource(Protocol):
    """Where an inspection's photos come from: the server's lead client or this bench."""

    def photo(self, inspection_uuid: uuid.UUID | str, sha256: str) -> bytes: ...


def fetch_photos(
    source: PhotoSource, detail: InspectionDetail, decode: Callable[[bytes], QImage]
) -> list[tuple[str, QImage | None]]:
    """Worker-thread job: every photo of the inspection, decoded; None for one not found."""
    out: list[tuple[str, QImage | None]] = []
    for ref in detail.inspection.photos:
        try:
            out.append((ref.sha256, decode(source.photo(detail.inspection.uuid, ref.sha256))))
        except (UserError, LookupError, OSError, ValueError):
            out.append((ref.sha256, None))
    return out
