# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verdict_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_VerdictPage(object):
    def setupUi(self, VerdictPage):
        if not VerdictPage.objectName():
            VerdictPage.setObjectName(u"VerdictPage")
        self.outer = QVBoxLayout(VerdictPage)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 14, 24, 14)
        self.columns = QSplitter(VerdictPage)
        self.columns.setObjectName(u"columns")
        self.columns.setOrientation(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        self.columns.setHandleWidth(24)
        self.choiceBox = QWidget(self.columns)
        self.choiceBox.setObjectName(u"choiceBox")
        self.choiceColumn = QVBoxLayout(self.choiceBox)
        self.choiceColumn.setObjectName(u"choiceColumn")
        self.choiceColumn.setContentsMargins(0, 0, 0, 0)
        self.proposal = QLabel(self.choiceBox)
        self.proposal.setObjectName(u"proposal")
        self.proposal.setWordWrap(True)

        self.choiceColumn.addWidget(self.proposal)

        self.choices = QFrame(self.choiceBox)
        self.choices.setObjectName(u"choices")
        self.choicesLayout = QFormLayout(self.choices)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setHorizontalSpacing(16)
        self.choicesLayout.setVerticalSpacing(10)
        self.outcomeLabel = QLabel(self.choices)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.choicesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(self.choices)
        self.outcome.setObjectName(u"outcome")

        self.choicesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.refundLabel = QLabel(self.choices)
        self.refundLabel.setObjectName(u"refundLabel")

        self.choicesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.refundLabel)

        self.refund = QDoubleSpinBox(self.choices)
        self.refund.setObjectName(u"refund")
        self.refund.setDecimals(2)
        self.refund.setMaximum(100000.000000000000000)

        self.choicesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.refund)

        self.refundOrigin = QLabel(self.choices)
        self.refundOrigin.setObjectName(u"refundOrigin")
        self.refundOrigin.setWordWrap(True)

        self.choicesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.refundOrigin)

        self.gradeLabel = QLabel(self.choices)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.choicesLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.grade = QComboBox(self.choices)
        self.grade.setObjectName(u"grade")

        self.choicesLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grade)

        self.dispositionLabel = QLabel(self.choices)
        self.dispositionLabel.setObjectName(u"dispositionLabel")

        self.choicesLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dispositionLabel)

        self.disposition = QComboBox(self.choices)
        self.disposition.setObjectName(u"disposition")

        self.choicesLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.disposition)

        self.sendbackLabel = QLabel(self.choices)
        self.sendbackLabel.setObjectName(u"sendbackLabel")

        self.choicesLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sendbackLabel)

        self.sendback = QLineEdit(self.choices)
        self.sendback.setObjectName(u"sendback")
        self.sendback.setMaxLength(64)

        self.choicesLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sendback)

        self.reasonLabel = QLabel(self.choices)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.choicesLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.overrideReason = QPlainTextEdit(self.choices)
        self.overrideReason.setObjectName(u"overrideReason")
        self.overrideReason.setMaximumHeight(90)
        self.overrideReason.setTabChangesFocus(True)

        self.choicesLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.overrideReason)


        self.choiceColumn.addWidget(self.choices)

        self.error = QLabel(self.choiceBox)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.choiceColumn.addWidget(self.error)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceColumn.addItem(self.choiceSpacer)

        self.columns.addWidget(self.choiceBox)
        self.summarySplitter = QSplitter(self.columns)
        self.summarySplitter.setObjectName(u"summarySplitter")
        self.summarySplitter.setOrientation(Qt.Orientation.Vertical)
        self.summarySplitter.setChildrenCollapsible(False)
        self.summaryBox = QWidget(self.summarySplitter)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryColumn = QVBoxLayout(self.summaryBox)
        self.summaryColumn.setObjectName(u"summaryColumn")
        self.summaryColumn.setContentsMargins(0, 0, 0, 0)
        self.summaryTitle = QLabel(self.summaryBox)
        self.summaryTitle.setObjectName(u"summaryTitle")

        self.summaryColumn.addWidget(self.summaryTitle)

        self.summary = QTextBrowser(self.summaryBox)
        self.summary.setObjectName(u"summary")
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.summaryColumn.addWidget(self.summary)

        self.summarySplitter.addWidget(self.summaryBox)
        self.columns.addWidget(self.summarySplitter)

        self.outer.addWidget(self.columns)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backButton = QPushButton(VerdictPage)
        self.backButton.setObjectName(u"backButton")

        self.buttons.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.finalizeButton = QPushButton(VerdictPage)
        self.finalizeButton.setObjectName(u"finalizeButton")
        self.finalizeButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.finalizeButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.outcomeLabel.setBuddy(self.outcome)
        self.refundLabel.setBuddy(self.refund)
        self.gradeLabel.setBuddy(self.grade)
        self.dispositionLabel.setBuddy(self.disposition)
        self.sendbackLabel.setBuddy(self.sendback)
        self.reasonLabel.setBuddy(self.overrideReason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerdictPage)

        QMetaObject.connectSlotsByName(VerdictPage)
    # setupUi

    def retranslateUi(self, VerdictPage):
        self.proposal.setText("")
        self.outcomeLabel.setText(QCoreApplication.translate("VerdictPage", u"&Outcome", None))
        self.refundLabel.setText(QCoreApplication.translate("VerdictPage", u"&Refund", None))
        self.refundOrigin.setText("")
        self.gradeLabel.setText(QCoreApplication.translate("VerdictPage", u"&Grade", None))
        self.dispositionLabel.setText(QCoreApplication.translate("VerdictPage", u"&Disposition", None))
        self.sendbackLabel.setText(QCoreApplication.translate("VerdictPage", u"Send-back &tracking", None))
        self.sendback.setPlaceholderText(QCoreApplication.translate("VerdictPage", u"Scan the label of the parcel going back", None))
        self.reasonLabel.setText(QCoreApplication.translate("VerdictPage", u"Override r&eason", None))
        self.overrideReason.setPlaceholderText(QCoreApplication.translate("VerdictPage", u"Needed only when you change the proposal", None))
        self.error.setText("")
        self.summaryTitle.setText(QCoreApplication.translate("VerdictPage", u"Summary", None))
        self.backButton.setText(QCoreApplication.translate("VerdictPage", u"Back to checklist", None))
        self.finalizeButton.setText(QCoreApplication.translate("VerdictPage", u"Finalize", None))
        pass
    # retranslateUi

