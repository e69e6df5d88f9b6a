# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'photo_viewer.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PhotoViewer(object):
    def setupUi(self, PhotoViewer):
        if not PhotoViewer.objectName():
            PhotoViewer.setObjectName(u"PhotoViewer")
        PhotoViewer.setMinimumSize(QSize(800, 560))
        self.outer = QVBoxLayout(PhotoViewer)
        self.outer.setObjectName(u"outer")
        self.image = QLabel(PhotoViewer)
        self.image.setObjectName(u"image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.image.sizePolicy().hasHeightForWidth())
        self.image.setSizePolicy(sizePolicy)

        self.outer.addWidget(self.image)

        self.caption = QLabel(PhotoViewer)
        self.caption.setObjectName(u"caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outer.addWidget(self.caption)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.previousButton = QPushButton(PhotoViewer)
        self.previousButton.setObjectName(u"previousButton")

        self.buttons.addWidget(self.previousButton)

        self.nextButton = QPushButton(PhotoViewer)
        self.nextButton.setObjectName(u"nextButton")

        self.buttons.addWidget(self.nextButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.markButton = QPushButton(PhotoViewer)
        self.markButton.setObjectName(u"markButton")

        self.buttons.addWidget(self.markButton)

        self.retakeButton = QPushButton(PhotoViewer)
        self.retakeButton.setObjectName(u"retakeButton")

        self.buttons.addWidget(self.retakeButton)

        self.deleteButton = QPushButton(PhotoViewer)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setProperty(u"role", u"danger")

        self.buttons.addWidget(self.deleteButton)

        self.closeButton = QPushButton(PhotoViewer)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.closeButton)


        self.outer.addLayout(self.buttons)


        self.retranslateUi(PhotoViewer)
        self.closeButton.clicked.connect(PhotoViewer.accept)

        QMetaObject.connectSlotsByName(PhotoViewer)
    # setupUi

    def retranslateUi(self, PhotoViewer):
        PhotoViewer.setWindowTitle(QCoreApplication.translate("PhotoViewer", u"Photo", None))
        self.previousButton.setText(QCoreApplication.translate("PhotoViewer", u"\u25c0 Previous", None))
        self.nextButton.setText(QCoreApplication.translate("PhotoViewer", u"Next \u25b6", None))
        self.markButton.setText(QCoreApplication.translate("PhotoViewer", u"&Mark the defect (M)", None))
#if QT_CONFIG(tooltip)
        self.markButton.setToolTip(QCoreApplication.translate("PhotoViewer", u"M: draw an arrow, a circle, a rectangle or a short text on this photo; saved as a new photo, this one kept as it is", None))
#endif // QT_CONFIG(tooltip)
        self.retakeButton.setText(QCoreApplication.translate("PhotoViewer", u"Retake", None))
        self.deleteButton.setText(QCoreApplication.translate("PhotoViewer", u"Delete", None))
        self.closeButton.setText(QCoreApplication.translate("PhotoViewer", u"Close", None))
    # retranslateUi

