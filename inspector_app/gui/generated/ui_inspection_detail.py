# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QListView, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_InspectionDetailDialog(object):
    def setupUi(self, InspectionDetailDialog):
        if not InspectionDetailDialog.objectName():
            InspectionDetailDialog.setObjectName(u"InspectionDetailDialog")
        InspectionDetailDialog.resize(980, 680)
        self.outer = QVBoxLayout(InspectionDetailDialog)
        self.outer.setObjectName(u"outer")
        self.summary = QLabel(InspectionDetailDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.outer.addWidget(self.summary)

        self.splitter = QSplitter(InspectionDetailDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.answers = QTableView(self.splitter)
        self.answers.setObjectName(u"answers")
        self.splitter.addWidget(self.answers)
        self.photos = QListWidget(self.splitter)
        self.photos.setObjectName(u"photos")
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(200, 150))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.splitter.addWidget(self.photos)

        self.outer.addWidget(self.splitter)

        self.photoStatus = QLabel(InspectionDetailDialog)
        self.photoStatus.setObjectName(u"photoStatus")

        self.outer.addWidget(self.photoStatus)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.answersExport = QPushButton(InspectionDetailDialog)
        self.answersExport.setObjectName(u"answersExport")

        self.buttons.addWidget(self.answersExport)

        self.closeButton = QPushButton(InspectionDetailDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.closeButton)


        self.outer.addLayout(self.buttons)


        self.retranslateUi(InspectionDetailDialog)

        QMetaObject.connectSlotsByName(InspectionDetailDialog)
    # setupUi

    def retranslateUi(self, InspectionDetailDialog):
        InspectionDetailDialog.setWindowTitle(QCoreApplication.translate("InspectionDetailDialog", u"Inspection", None))
        self.summary.setText("")
        self.photoStatus.setText("")
        self.answersExport.setText(QCoreApplication.translate("InspectionDetailDialog", u"Export answers CSV\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("InspectionDetailDialog", u"&Close", None))
    # retranslateUi

