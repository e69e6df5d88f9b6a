# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        self.outer = QVBoxLayout(AboutDialog)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")

        self.outer.addWidget(self.title)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")

        self.outer.addWidget(self.version)

        self.paths = QFormLayout()
        self.paths.setObjectName(u"paths")
        self.logLabel = QLabel(AboutDialog)
        self.logLabel.setObjectName(u"logLabel")

        self.paths.setWidget(0, QFormLayout.ItemRole.LabelRole, self.logLabel)

        self.logDir = QLabel(AboutDialog)
        self.logDir.setObjectName(u"logDir")
        self.logDir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logDir.setOpenExternalLinks(True)

        self.paths.setWidget(0, QFormLayout.ItemRole.FieldRole, self.logDir)

        self.dataLabel = QLabel(AboutDialog)
        self.dataLabel.setObjectName(u"dataLabel")

        self.paths.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataLabel)

        self.dataDir = QLabel(AboutDialog)
        self.dataDir.setObjectName(u"dataDir")
        self.dataDir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.paths.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataDir)

        self.serverLabel = QLabel(AboutDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.paths.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.server = QLabel(AboutDialog)
        self.server.setObjectName(u"server")
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.paths.setWidget(2, QFormLayout.ItemRole.FieldRole, self.server)

        self.qtLabel = QLabel(AboutDialog)
        self.qtLabel.setObjectName(u"qtLabel")

        self.paths.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qtLabel)

        self.qtVersion = QLabel(AboutDialog)
        self.qtVersion.setObjectName(u"qtVersion")

        self.paths.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qtVersion)


        self.outer.addLayout(self.paths)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Return Inspector", None))
        self.title.setText(QCoreApplication.translate("AboutDialog", u"Return Inspector", None))
        self.version.setText("")
        self.logLabel.setText(QCoreApplication.translate("AboutDialog", u"Log folder", None))
        self.dataLabel.setText(QCoreApplication.translate("AboutDialog", u"Data folder", None))
        self.serverLabel.setText(QCoreApplication.translate("AboutDialog", u"Server", None))
        self.qtLabel.setText(QCoreApplication.translate("AboutDialog", u"Qt", None))
    # retranslateUi

