# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scan_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

from inspector_app.gui.camera_view import CameraView

class Ui_ScanPage(object):
    def setupUi(self, ScanPage):
        if not ScanPage.objectName():
            ScanPage.setObjectName(u"ScanPage")
        self.outer = QHBoxLayout(ScanPage)
        self.outer.setSpacing(20)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 16, 20, 16)
        self.cameraColumn = QVBoxLayout()
        self.cameraColumn.setObjectName(u"cameraColumn")
        self.preview = CameraView(ScanPage)
        self.preview.setObjectName(u"preview")
        self.preview.setMinimumSize(QSize(480, 300))

        self.cameraColumn.addWidget(self.preview)

        self.cameraStatus = QLabel(ScanPage)
        self.cameraStatus.setObjectName(u"cameraStatus")
        self.cameraStatus.setWordWrap(True)

        self.cameraColumn.addWidget(self.cameraStatus)

        self.cameraColumn.setStretch(0, 1)

        self.outer.addLayout(self.cameraColumn)

        self.entryColumn = QVBoxLayout()
        self.entryColumn.setSpacing(12)
        self.entryColumn.setObjectName(u"entryColumn")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(ScanPage)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.receivingButton = QPushButton(ScanPage)
        self.receivingButton.setObjectName(u"receivingButton")
        self.receivingButton.setCheckable(True)

        self.titleRow.addWidget(self.receivingButton)


        self.entryColumn.addLayout(self.titleRow)

        self.receivingBanner = QLabel(ScanPage)
        self.receivingBanner.setObjectName(u"receivingBanner")
        self.receivingBanner.setWordWrap(True)

        self.entryColumn.addWidget(self.receivingBanner)

        self.hint = QLabel(ScanPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.entryColumn.addWidget(self.hint)

        self.entryRow = QHBoxLayout()
        self.entryRow.setObjectName(u"entryRow")
        self.code = QLineEdit(ScanPage)
        self.code.setObjectName(u"code")
        self.code.setClearButtonEnabled(True)

        self.entryRow.addWidget(self.code)

        self.lookupButton = QPushButton(ScanPage)
        self.lookupButton.setObjectName(u"lookupButton")
        self.lookupButton.setProperty(u"role", u"primary")

        self.entryRow.addWidget(self.lookupButton)


        self.entryColumn.addLayout(self.entryRow)

        self.message = QLabel(ScanPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.entryColumn.addWidget(self.message)

        self.resumeButton = QPushButton(ScanPage)
        self.resumeButton.setObjectName(u"resumeButton")

        self.entryColumn.addWidget(self.resumeButton)

        self.recentTitle = QLabel(ScanPage)
        self.recentTitle.setObjectName(u"recentTitle")

        self.entryColumn.addWidget(self.recentTitle)

        self.recent = QListWidget(ScanPage)
        self.recent.setObjectName(u"recent")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.entryColumn.addWidget(self.recent)


        self.outer.addLayout(self.entryColumn)


        self.retranslateUi(ScanPage)

        QMetaObject.connectSlotsByName(ScanPage)
    # setupUi

    def retranslateUi(self, ScanPage):
        self.cameraStatus.setText(QCoreApplication.translate("ScanPage", u"Starting the camera\u2026", None))
        self.title.setText(QCoreApplication.translate("ScanPage", u"Scan a parcel", None))
        self.receivingButton.setText(QCoreApplication.translate("ScanPage", u"Receiving (F7)", None))
#if QT_CONFIG(tooltip)
        self.receivingButton.setToolTip(QCoreApplication.translate("ScanPage", u"Receive parcels: each scan puts a parcel on the shelf without inspecting it", None))
#endif // QT_CONFIG(tooltip)
        self.receivingBanner.setText(QCoreApplication.translate("ScanPage", u"Receiving: scan each parcel to shelve it; Esc to stop.", None))
        self.hint.setText(QCoreApplication.translate("ScanPage", u"Show the label to the camera, use the handheld scanner, or type any code from the parcel: tracking number, RMA, order number, IMEI or serial.", None))
        self.code.setPlaceholderText(QCoreApplication.translate("ScanPage", u"Type a code, press Enter", None))
        self.lookupButton.setText(QCoreApplication.translate("ScanPage", u"Look up", None))
        self.message.setText("")
        self.resumeButton.setText(QCoreApplication.translate("ScanPage", u"Resume the unfinished inspection", None))
        self.recentTitle.setText(QCoreApplication.translate("ScanPage", u"Last scans", None))
        pass
    # retranslateUi

