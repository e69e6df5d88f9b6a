# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SignInPage(object):
    def setupUi(self, SignInPage):
        if not SignInPage.objectName():
            SignInPage.setObjectName(u"SignInPage")
        self.outer = QVBoxLayout(SignInPage)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.card = QFrame(SignInPage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(560, 0))
        self.card.setMaximumSize(QSize(640, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(14)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 24, 28, 24)
        self.title = QLabel(self.card)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.title)

        self.hint = QLabel(self.card)
        self.hint.setObjectName(u"hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)

        self.cardLayout.addWidget(self.hint)

        self.nameLabel = QLabel(self.card)
        self.nameLabel.setObjectName(u"nameLabel")

        self.cardLayout.addWidget(self.nameLabel)

        self.inspector = QComboBox(self.card)
        self.inspector.setObjectName(u"inspector")

        self.cardLayout.addWidget(self.inspector)

        self.pinLabel = QLabel(self.card)
        self.pinLabel.setObjectName(u"pinLabel")

        self.cardLayout.addWidget(self.pinLabel)

        self.pin = QLineEdit(self.card)
        self.pin.setObjectName(u"pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)

        self.cardLayout.addWidget(self.pin)

        self.error = QLabel(self.card)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.cardLayout.addWidget(self.error)

        self.signInButton = QPushButton(self.card)
        self.signInButton.setObjectName(u"signInButton")
        self.signInButton.setProperty(u"role", u"primary")

        self.cardLayout.addWidget(self.signInButton)


        self.outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.inspector)
        self.pinLabel.setBuddy(self.pin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInPage)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInPage)
    # setupUi

    def retranslateUi(self, SignInPage):
        self.title.setText(QCoreApplication.translate("SignInPage", u"Scan your badge to sign in", None))
        self.hint.setText(QCoreApplication.translate("SignInPage", u"Hold your badge under the camera or scan it with the handheld scanner. Or choose your name and type your PIN.", None))
        self.nameLabel.setText(QCoreApplication.translate("SignInPage", u"&Name", None))
        self.pinLabel.setText(QCoreApplication.translate("SignInPage", u"&PIN", None))
        self.pin.setPlaceholderText(QCoreApplication.translate("SignInPage", u"PIN", None))
        self.error.setText("")
        self.signInButton.setText(QCoreApplication.translate("SignInPage", u"Sign in", None))
        pass
    # retranslateUi

