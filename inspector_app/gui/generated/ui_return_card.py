# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_card.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReturnCard(object):
    def setupUi(self, ReturnCard):
        if not ReturnCard.objectName():
            ReturnCard.setObjectName(u"ReturnCard")
        self.outer = QVBoxLayout(ReturnCard)
        self.outer.setSpacing(14)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(28, 18, 28, 18)
        self.title = QLabel(ReturnCard)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.outer.addWidget(self.title)

        self.eligibility = QLabel(ReturnCard)
        self.eligibility.setObjectName(u"eligibility")
        self.eligibility.setWordWrap(True)

        self.outer.addWidget(self.eligibility)

        self.flags = QLabel(ReturnCard)
        self.flags.setObjectName(u"flags")
        self.flags.setWordWrap(True)

        self.outer.addWidget(self.flags)

        self.details = QFrame(ReturnCard)
        self.details.setObjectName(u"details")
        self.detailsLayout = QGridLayout(self.details)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setHorizontalSpacing(24)
        self.detailsLayout.setVerticalSpacing(8)
        self.rmaLabel = QLabel(self.details)
        self.rmaLabel.setObjectName(u"rmaLabel")

        self.detailsLayout.addWidget(self.rmaLabel, 0, 0, 1, 1)

        self.rmaValue = QLabel(self.details)
        self.rmaValue.setObjectName(u"rmaValue")
        self.rmaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rmaValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.rmaValue, 0, 1, 1, 1)

        self.orderLabel = QLabel(self.details)
        self.orderLabel.setObjectName(u"orderLabel")

        self.detailsLayout.addWidget(self.orderLabel, 1, 0, 1, 1)

        self.orderValue = QLabel(self.details)
        self.orderValue.setObjectName(u"orderValue")
        self.orderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.orderValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.orderValue, 1, 1, 1, 1)

        self.productLabel = QLabel(self.details)
        self.productLabel.setObjectName(u"productLabel")

        self.detailsLayout.addWidget(self.productLabel, 2, 0, 1, 1)

        self.productValue = QLabel(self.details)
        self.productValue.setObjectName(u"productValue")
        self.productValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.productValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.productValue, 2, 1, 1, 1)

        self.imeiLabel = QLabel(self.details)
        self.imeiLabel.setObjectName(u"imeiLabel")

        self.detailsLayout.addWidget(self.imeiLabel, 3, 0, 1, 1)

        self.imeiValue = QLabel(self.details)
        self.imeiValue.setObjectName(u"imeiValue")
        self.imeiValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.imeiValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.imeiValue, 3, 1, 1, 1)

        self.reasonLabel = QLabel(self.details)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.detailsLayout.addWidget(self.reasonLabel, 4, 0, 1, 1)

        self.reasonValue = QLabel(self.details)
        self.reasonValue.setObjectName(u"reasonValue")
        self.reasonValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasonValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.reasonValue, 4, 1, 1, 1)

        self.customerLabel = QLabel(self.details)
        self.customerLabel.setObjectName(u"customerLabel")

        self.detailsLayout.addWidget(self.customerLabel, 5, 0, 1, 1)

        self.customerValue = QLabel(self.details)
        self.customerValue.setObjectName(u"customerValue")
        self.customerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customerValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.customerValue, 5, 1, 1, 1)

        self.deliveredLabel = QLabel(self.details)
        self.deliveredLabel.setObjectName(u"deliveredLabel")

        self.detailsLayout.addWidget(self.deliveredLabel, 6, 0, 1, 1)

        self.deliveredValue = QLabel(self.details)
        self.deliveredValue.setObjectName(u"deliveredValue")
        self.deliveredValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deliveredValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.deliveredValue, 6, 1, 1, 1)

        self.requestedLabel = QLabel(self.details)
        self.requestedLabel.setObjectName(u"requestedLabel")

        self.detailsLayout.addWidget(self.requestedLabel, 7, 0, 1, 1)

        self.requestedValue = QLabel(self.details)
        self.requestedValue.setObjectName(u"requestedValue")
        self.requestedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.requestedValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.requestedValue, 7, 1, 1, 1)

        self.deadlineLabel = QLabel(self.details)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.detailsLayout.addWidget(self.deadlineLabel, 8, 0, 1, 1)

        self.deadlineValue = QLabel(self.details)
        self.deadlineValue.setObjectName(u"deadlineValue")
        self.deadlineValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadlineValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.deadlineValue, 8, 1, 1, 1)

        self.inspectedLabel = QLabel(self.details)
        self.inspectedLabel.setObjectName(u"inspectedLabel")

        self.detailsLayout.addWidget(self.inspectedLabel, 9, 0, 1, 1)

        self.inspectedValue = QLabel(self.details)
        self.inspectedValue.setObjectName(u"inspectedValue")
        self.inspectedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inspectedValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.inspectedValue, 9, 1, 1, 1)

        self.sourceLabel = QLabel(self.details)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.detailsLayout.addWidget(self.sourceLabel, 10, 0, 1, 1)

        self.sourceValue = QLabel(self.details)
        self.sourceValue.setObjectName(u"sourceValue")
        self.sourceValue.setWordWrap(True)

        self.detailsLayout.addWidget(self.sourceValue, 10, 1, 1, 1)

        self.detailsLayout.setColumnStretch(1, 1)

        self.outer.addWidget(self.details)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backButton = QPushButton(ReturnCard)
        self.backButton.setObjectName(u"backButton")

        self.buttons.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.correctButton = QPushButton(ReturnCard)
        self.correctButton.setObjectName(u"correctButton")
        self.correctButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.correctButton)

        self.startButton = QPushButton(ReturnCard)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.startButton)


        self.outer.addLayout(self.buttons)


        self.retranslateUi(ReturnCard)

        QMetaObject.connectSlotsByName(ReturnCard)
    # setupUi

    def retranslateUi(self, ReturnCard):
        self.title.setText("")
        self.eligibility.setText("")
        self.flags.setText("")
        self.rmaLabel.setText(QCoreApplication.translate("ReturnCard", u"RMA", None))
        self.rmaValue.setText("")
        self.orderLabel.setText(QCoreApplication.translate("ReturnCard", u"Order", None))
        self.orderValue.setText("")
        self.productLabel.setText(QCoreApplication.translate("ReturnCard", u"Product", None))
        self.productValue.setText("")
        self.imeiLabel.setText(QCoreApplication.translate("ReturnCard", u"IMEI / serial", None))
        self.imeiValue.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ReturnCard", u"Reason", None))
        self.reasonValue.setText("")
        self.customerLabel.setText(QCoreApplication.translate("ReturnCard", u"Customer", None))
        self.customerValue.setText("")
        self.deliveredLabel.setText(QCoreApplication.translate("ReturnCard", u"Delivered", None))
        self.deliveredValue.setText("")
        self.requestedLabel.setText(QCoreApplication.translate("ReturnCard", u"Return requested", None))
        self.requestedValue.setText("")
        self.deadlineLabel.setText(QCoreApplication.translate("ReturnCard", u"Deadline", None))
        self.deadlineValue.setText("")
        self.inspectedLabel.setText(QCoreApplication.translate("ReturnCard", u"Inspected", None))
        self.inspectedValue.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("ReturnCard", u"Found in", None))
        self.sourceValue.setText("")
        self.backButton.setText(QCoreApplication.translate("ReturnCard", u"Back to scanning", None))
        self.correctButton.setText(QCoreApplication.translate("ReturnCard", u"&Correct this inspection", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("ReturnCard", u"Inspect again as a correction that replaces the verdict (Alt+C); a shift lead authorises it when the verdict is another bench's or more than a day old", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("ReturnCard", u"Start inspection", None))
        pass
    # retranslateUi

