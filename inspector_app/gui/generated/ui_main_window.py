# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
    QMainWindow, QSizePolicy, QSpacerItem, QStackedWidget,
    QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        MainWindow.setMinimumSize(QSize(1024, 640))
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.header = QFrame(self.central)
        self.header.setObjectName(u"header")
        self.headerLayout = QHBoxLayout(self.header)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(16, 8, 16, 8)
        self.appTitle = QLabel(self.header)
        self.appTitle.setObjectName(u"appTitle")

        self.headerLayout.addWidget(self.appTitle)

        self.stepLabel = QLabel(self.header)
        self.stepLabel.setObjectName(u"stepLabel")

        self.headerLayout.addWidget(self.stepLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.inspectorLabel = QLabel(self.header)
        self.inspectorLabel.setObjectName(u"inspectorLabel")

        self.headerLayout.addWidget(self.inspectorLabel)

        self.leadButton = QToolButton(self.header)
        self.leadButton.setObjectName(u"leadButton")

        self.headerLayout.addWidget(self.leadButton)

        self.settingsButton = QToolButton(self.header)
        self.settingsButton.setObjectName(u"settingsButton")

        self.headerLayout.addWidget(self.settingsButton)

        self.aboutButton = QToolButton(self.header)
        self.aboutButton.setObjectName(u"aboutButton")

        self.headerLayout.addWidget(self.aboutButton)

        self.signOutButton = QToolButton(self.header)
        self.signOutButton.setObjectName(u"signOutButton")

        self.headerLayout.addWidget(self.signOutButton)


        self.centralLayout.addWidget(self.header)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Return Inspector", None))
        self.appTitle.setText(QCoreApplication.translate("MainWindow", u"Return Inspector", None))
        self.stepLabel.setText("")
        self.inspectorLabel.setText("")
        self.leadButton.setText(QCoreApplication.translate("MainWindow", u"Lead view", None))
#if QT_CONFIG(tooltip)
        self.leadButton.setToolTip(QCoreApplication.translate("MainWindow", u"Review the day's intake (lead accounts)", None))
#endif // QT_CONFIG(tooltip)
        self.settingsButton.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("MainWindow", u"Station settings (Ctrl+,)", None))
#endif // QT_CONFIG(tooltip)
        self.aboutButton.setText(QCoreApplication.translate("MainWindow", u"About", None))
        self.signOutButton.setText(QCoreApplication.translate("MainWindow", u"Sign out", None))
    # retranslateUi

