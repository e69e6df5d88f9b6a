# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attention_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AttentionDialog(object):
    def setupUi(self, AttentionDialog):
        if not AttentionDialog.objectName():
            AttentionDialog.setObjectName(u"AttentionDialog")
        AttentionDialog.setMinimumSize(QSize(860, 580))
        self.outer = QVBoxLayout(AttentionDialog)
        self.outer.setObjectName(u"outer")
        self.hint = QLabel(AttentionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.outer.addWidget(self.hint)

        self.entries = QTableWidget(AttentionDialog)
        self.entries.setObjectName(u"entries")
        self.entries.setMinimumSize(QSize(0, 120))
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setWordWrap(True)
        self.entries.horizontalHeader().setStretchLastSection(True)
        self.entries.verticalHeader().setVisible(False)

        self.outer.addWidget(self.entries)

        self.advice = QLabel(AttentionDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.advice)

        self.reasonRow = QHBoxLayout()
        self.reasonRow.setObjectName(u"reasonRow")
        self.reasonLabel = QLabel(AttentionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonRow.addWidget(self.reasonLabel)

        self.dismissReason = QLineEdit(AttentionDialog)
        self.dismissReason.setObjectName(u"dismissReason")
        self.dismissReason.setMaxLength(500)

        self.reasonRow.addWidget(self.dismissReason)


        self.outer.addLayout(self.reasonRow)

        self.problem = QLabel(AttentionDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.outer.addWidget(self.problem)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.retryButton = QPushButton(AttentionDialog)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.retryButton)

        self.exportButton = QPushButton(AttentionDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.correctButton = QPushButton(AttentionDialog)
        self.correctButton.setObjectName(u"correctButton")

        self.buttons.addWidget(self.correctButton)

        self.dismissButton = QPushButton(AttentionDialog)
        self.dismissButton.setObjectName(u"dismissButton")

        self.buttons.addWidget(self.dismissButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(AttentionDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.dismissReason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttentionDialog)
        self.closeButton.clicked.connect(AttentionDialog.accept)

        QMetaObject.connectSlotsByName(AttentionDialog)
    # setupUi

    def retranslateUi(self, AttentionDialog):
        AttentionDialog.setWindowTitle(QCoreApplication.translate("AttentionDialog", u"Inspections that need attention", None))
        self.hint.setText(QCoreApplication.translate("AttentionDialog", u"The server refused these inspections. They are kept safely on this bench. Read the reason, fix what it says, then Retry. Export saves an entry to a file for IT. When the server's verdict stands (another bench's inspection is right), type why and Dismiss: the entry stays here, unsent. When this bench's inspection is right, Correct: a shift lead authorises it to replace the server's verdict.", None))
        self.reasonLabel.setText(QCoreApplication.translate("AttentionDialog", u"Reason to dismiss:", None))
        self.dismissReason.setPlaceholderText(QCoreApplication.translate("AttentionDialog", u"Why this inspection is not to be sent, e.g. the other bench's verdict stands", None))
        self.retryButton.setText(QCoreApplication.translate("AttentionDialog", u"&Retry", None))
        self.exportButton.setText(QCoreApplication.translate("AttentionDialog", u"&Export\u2026", None))
        self.correctButton.setText(QCoreApplication.translate("AttentionDialog", u"&Correct\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("AttentionDialog", u"This inspection is right: a shift lead authorises it to replace the server's verdict, then it is corrected (or sent again)", None))
#endif // QT_CONFIG(tooltip)
        self.dismissButton.setText(QCoreApplication.translate("AttentionDialog", u"&Dismiss", None))
#if QT_CONFIG(tooltip)
        self.dismissButton.setToolTip(QCoreApplication.translate("AttentionDialog", u"Leave this inspection unsent (the server's verdict stands): it stays on this bench with your reason", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("AttentionDialog", u"Close", None))
    # retranslateUi

