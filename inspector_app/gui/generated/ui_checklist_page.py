# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChecklistPage(object):
    def setupUi(self, ChecklistPage):
        if not ChecklistPage.objectName():
            ChecklistPage.setObjectName(u"ChecklistPage")
        self.outer = QVBoxLayout(ChecklistPage)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 14, 24, 14)
        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.sectionTitle = QLabel(ChecklistPage)
        self.sectionTitle.setObjectName(u"sectionTitle")

        self.headRow.addWidget(self.sectionTitle)

        self.allPassButton = QPushButton(ChecklistPage)
        self.allPassButton.setObjectName(u"allPassButton")

        self.headRow.addWidget(self.allPassButton)

        self.headSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headRow.addItem(self.headSpacer)

        self.sectionCounter = QLabel(ChecklistPage)
        self.sectionCounter.setObjectName(u"sectionCounter")

        self.headRow.addWidget(self.sectionCounter)


        self.outer.addLayout(self.headRow)

        self.progress = QProgressBar(ChecklistPage)
        self.progress.setObjectName(u"progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)

        self.outer.addWidget(self.progress)

        self.returnSummary = QLabel(ChecklistPage)
        self.returnSummary.setObjectName(u"returnSummary")

        self.outer.addWidget(self.returnSummary)

        self.scroll = QScrollArea(ChecklistPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.itemsHost = QWidget()
        self.itemsHost.setObjectName(u"itemsHost")
        self.itemsLayout = QVBoxLayout(self.itemsHost)
        self.itemsLayout.setSpacing(12)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.scroll.setWidget(self.itemsHost)

        self.outer.addWidget(self.scroll)

        self.shortcutHint = QLabel(ChecklistPage)
        self.shortcutHint.setObjectName(u"shortcutHint")

        self.outer.addWidget(self.shortcutHint)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.backButton = QPushButton(ChecklistPage)
        self.backButton.setObjectName(u"backButton")

        self.buttons.addWidget(self.backButton)

        self.missing = QLabel(ChecklistPage)
        self.missing.setObjectName(u"missing")
        self.missing.setWordWrap(True)

        self.buttons.addWidget(self.missing)

        self.nextButton = QPushButton(ChecklistPage)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.nextButton)


        self.outer.addLayout(self.buttons)


        self.retranslateUi(ChecklistPage)

        QMetaObject.connectSlotsByName(ChecklistPage)
    # setupUi

    def retranslateUi(self, ChecklistPage):
        self.sectionTitle.setText("")
        self.allPassButton.setText(QCoreApplication.translate("ChecklistPage", u"All pass (A)", None))
#if QT_CONFIG(tooltip)
        self.allPassButton.setToolTip(QCoreApplication.translate("ChecklistPage", u"A: every open question of this section gets its no-defect answer; each stays on screen to check and change", None))
#endif // QT_CONFIG(tooltip)
        self.sectionCounter.setText("")
        self.returnSummary.setText("")
        self.shortcutHint.setText(QCoreApplication.translate("ChecklistPage", u"Keys: Y / N answer \u00b7 1-9 choose \u00b7 P / Ctrl+P photo \u00b7 A all pass \u00b7 Enter next \u00b7 Backspace back", None))
        self.backButton.setText(QCoreApplication.translate("ChecklistPage", u"Back", None))
        self.missing.setText("")
        self.nextButton.setText(QCoreApplication.translate("ChecklistPage", u"Next", None))
        pass
    # retranslateUi

