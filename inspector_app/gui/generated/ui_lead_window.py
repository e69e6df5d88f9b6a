# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_window.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QMainWindow, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_LeadWindow(object):
    def setupUi(self, LeadWindow):
        if not LeadWindow.objectName():
            LeadWindow.setObjectName(u"LeadWindow")
        self.central = QWidget(LeadWindow)
        self.central.setObjectName(u"central")
        self.outer = QVBoxLayout(self.central)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.title = QLabel(self.central)
        self.title.setObjectName(u"title")

        self.toolbar.addWidget(self.title)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.titleSpacer)

        self.fromLabel = QLabel(self.central)
        self.fromLabel.setObjectName(u"fromLabel")

        self.toolbar.addWidget(self.fromLabel)

        self.dateFrom = QDateEdit(self.central)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"ddd d MMM yyyy")

        self.toolbar.addWidget(self.dateFrom)

        self.toLabel = QLabel(self.central)
        self.toLabel.setObjectName(u"toLabel")

        self.toolbar.addWidget(self.toLabel)

        self.dateTo = QDateEdit(self.central)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"ddd d MMM yyyy")

        self.toolbar.addWidget(self.dateTo)

        self.refreshButton = QPushButton(self.central)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setProperty(u"role", u"primary")

        self.toolbar.addWidget(self.refreshButton)

        self.pdfButton = QPushButton(self.central)
        self.pdfButton.setObjectName(u"pdfButton")

        self.toolbar.addWidget(self.pdfButton)

        self.closeButton = QPushButton(self.central)
        self.closeButton.setObjectName(u"closeButton")

        self.toolbar.addWidget(self.closeButton)


        self.outer.addLayout(self.toolbar)

        self.banner = QLabel(self.central)
        self.banner.setObjectName(u"banner")
        self.banner.setWordWrap(True)

        self.outer.addWidget(self.banner)

        self.kpis = QFrame(self.central)
        self.kpis.setObjectName(u"kpis")
        self.kpiLayout = QHBoxLayout(self.kpis)
        self.kpiLayout.setSpacing(8)
        self.kpiLayout.setObjectName(u"kpiLayout")
        self.kpiLayout.setContentsMargins(0, 0, 0, 0)

        self.outer.addWidget(self.kpis)

        self.tabs = QTabWidget(self.central)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.chartGrid = QGridLayout(self.overviewTab)
        self.chartGrid.setObjectName(u"chartGrid")
        self.tabs.addTab(self.overviewTab, "")
        self.reviewTab = QWidget()
        self.reviewTab.setObjectName(u"reviewTab")
        self.reviewLayout = QVBoxLayout(self.reviewTab)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewTable = QTableView(self.reviewTab)
        self.reviewTable.setObjectName(u"reviewTable")

        self.reviewLayout.addWidget(self.reviewTable)

        self.reviewButtons = QHBoxLayout()
        self.reviewButtons.setObjectName(u"reviewButtons")
        self.openInspectionButton = QPushButton(self.reviewTab)
        self.openInspectionButton.setObjectName(u"openInspectionButton")

        self.reviewButtons.addWidget(self.openInspectionButton)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewButtons.addItem(self.reviewSpacer)

        self.reviewExport = QPushButton(self.reviewTab)
        self.reviewExport.setObjectName(u"reviewExport")

        self.reviewButtons.addWidget(self.reviewExport)


        self.reviewLayout.addLayout(self.reviewButtons)

        self.tabs.addTab(self.reviewTab, "")
        self.inspectorsTab = QWidget()
        self.inspectorsTab.setObjectName(u"inspectorsTab")
        self.inspectorsLayout = QVBoxLayout(self.inspectorsTab)
        self.inspectorsLayout.setObjectName(u"inspectorsLayout")
        self.inspectorsTable = QTableView(self.inspectorsTab)
        self.inspectorsTable.setObjectName(u"inspectorsTable")

        self.inspectorsLayout.addWidget(self.inspectorsTable)

        self.inspectorsExport = QPushButton(self.inspectorsTab)
        self.inspectorsExport.setObjectName(u"inspectorsExport")

        self.inspectorsLayout.addWidget(self.inspectorsExport, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs.addTab(self.inspectorsTab, "")
        self.stationsTab = QWidget()
        self.stationsTab.setObjectName(u"stationsTab")
        self.stationsLayout = QVBoxLayout(self.stationsTab)
        self.stationsLayout.setObjectName(u"stationsLayout")
        self.stationsTable = QTableView(self.stationsTab)
        self.stationsTable.setObjectName(u"stationsTable")

        self.stationsLayout.addWidget(self.stationsTable)

        self.stationsExport = QPushButton(self.stationsTab)
        self.stationsExport.setObjectName(u"stationsExport")

        self.stationsLayout.addWidget(self.stationsExport, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs.addTab(self.stationsTab, "")
        self.waitingTab = QWidget()
        self.waitingTab.setObjectName(u"waitingTab")
        self.waitingLayout = QVBoxLayout(self.waitingTab)
        self.waitingLayout.setObjectName(u"waitingLayout")
        self.waitingTable = QTableView(self.waitingTab)
        self.waitingTable.setObjectName(u"waitingTable")

        self.waitingLayout.addWidget(self.waitingTable)

        self.waitingExport = QPushButton(self.waitingTab)
        self.waitingExport.setObjectName(u"waitingExport")

        self.waitingLayout.addWidget(self.waitingExport, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs.addTab(self.waitingTab, "")
        self.recurringTab = QWidget()
        self.recurringTab.setObjectName(u"recurringTab")
        self.recurringLayout = QVBoxLayout(self.recurringTab)
        self.recurringLayout.setObjectName(u"recurringLayout")
        self.recurringTable = QTableView(self.recurringTab)
        self.recurringTable.setObjectName(u"recurringTable")

        self.recurringLayout.addWidget(self.recurringTable)

        self.recurringExport = QPushButton(self.recurringTab)
        self.recurringExport.setObjectName(u"recurringExport")

        self.recurringLayout.addWidget(self.recurringExport, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs.addTab(self.recurringTab, "")
        self.expectedTab = QWidget()
        self.expectedTab.setObjectName(u"expectedTab")
        self.expectedLayout = QVBoxLayout(self.expectedTab)
        self.expectedLayout.setObjectName(u"expectedLayout")
        self.expectedFilters = QHBoxLayout()
        self.expectedFilters.setObjectName(u"expectedFilters")
        self.expectedGroupLabel = QLabel(self.expectedTab)
        self.expectedGroupLabel.setObjectName(u"expectedGroupLabel")

        self.expectedFilters.addWidget(self.expectedGroupLabel)

        self.expectedGroup = QComboBox(self.expectedTab)
        self.expectedGroup.setObjectName(u"expectedGroup")

        self.expectedFilters.addWidget(self.expectedGroup)

        self.expectedNote = QLabel(self.expectedTab)
        self.expectedNote.setObjectName(u"expectedNote")
        self.expectedNote.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.expectedNote.sizePolicy().hasHeightForWidth())
        self.expectedNote.setSizePolicy(sizePolicy)

        self.expectedFilters.addWidget(self.expectedNote)


        self.expectedLayout.addLayout(self.expectedFilters)

        self.expectedTable = QTableView(self.expectedTab)
        self.expectedTable.setObjectName(u"expectedTable")

        self.expectedLayout.addWidget(self.expectedTable)

        self.expectedExport = QPushButton(self.expectedTab)
        self.expectedExport.setObjectName(u"expectedExport")

        self.expectedLayout.addWidget(self.expectedExport, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs.addTab(self.expectedTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditNote = QLabel(self.auditTab)
        self.auditNote.setObjectName(u"auditNote")
        self.auditNote.setWordWrap(True)

        self.auditLayout.addWidget(self.auditNote)

        self.auditTable = QTableView(self.auditTab)
        self.auditTable.setObjectName(u"auditTable")

        self.auditLayout.addWidget(self.auditTable)

        self.auditExport = QPushButton(self.auditTab)
        self.auditExport.setObjectName(u"auditExport")

        self.auditLayout.addWidget(self.auditExport, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs.addTab(self.auditTab, "")
        self.plansTab = QWidget()
        self.plansTab.setObjectName(u"plansTab")
        self.plansLayout = QVBoxLayout(self.plansTab)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansFilters = QHBoxLayout()
        self.plansFilters.setObjectName(u"plansFilters")
        self.plansFilterLabel = QLabel(self.plansTab)
        self.plansFilterLabel.setObjectName(u"plansFilterLabel")

        self.plansFilters.addWidget(self.plansFilterLabel)

        self.plansFilter = QComboBox(self.plansTab)
        self.plansFilter.setObjectName(u"plansFilter")

        self.plansFilters.addWidget(self.plansFilter)

        self.plansNote = QLabel(self.plansTab)
        self.plansNote.setObjectName(u"plansNote")
        self.plansNote.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.plansNote.sizePolicy().hasHeightForWidth())
        self.plansNote.setSizePolicy(sizePolicy)

        self.plansFilters.addWidget(self.plansNote)


        self.plansLayout.addLayout(self.plansFilters)

        self.plansSplitter = QSplitter(self.plansTab)
        self.plansSplitter.setObjectName(u"plansSplitter")
        self.plansSplitter.setOrientation(Qt.Orientation.Vertical)
        self.plansSplitter.setChildrenCollapsible(False)
        self.plansTable = QTableView(self.plansSplitter)
        self.plansTable.setObjectName(u"plansTable")
        self.plansSplitter.addWidget(self.plansTable)
        self.actionsTable = QTableView(self.plansSplitter)
        self.actionsTable.setObjectName(u"actionsTable")
        self.plansSplitter.addWidget(self.actionsTable)

        self.plansLayout.addWidget(self.plansSplitter)

        self.planDetail = QLabel(self.plansTab)
        self.planDetail.setObjectName(u"planDetail")
        self.planDetail.setWordWrap(True)
        self.planDetail.setTextFormat(Qt.TextFormat.PlainText)

        self.plansLayout.addWidget(self.planDetail)

        self.planButtons = QHBoxLayout()
        self.planButtons.setObjectName(u"planButtons")
        self.approveButton = QPushButton(self.plansTab)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setProperty(u"role", u"primary")

        self.planButtons.addWidget(self.approveButton)

        self.amountButton = QPushButton(self.plansTab)
        self.amountButton.setObjectName(u"amountButton")

        self.planButtons.addWidget(self.amountButton)

        self.rejectButton = QPushButton(self.plansTab)
        self.rejectButton.setObjectName(u"rejectButton")

        self.planButtons.addWidget(self.rejectButton)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtons.addItem(self.planSpacer)

        self.retryButton = QPushButton(self.plansTab)
        self.retryButton.setObjectName(u"retryButton")

        self.planButtons.addWidget(self.retryButton)

        self.cancelActionButton = QPushButton(self.plansTab)
        self.cancelActionButton.setObjectName(u"cancelActionButton")

        self.planButtons.addWidget(self.cancelActionButton)

        self.plansExport = QPushButton(self.plansTab)
        self.plansExport.setObjectName(u"plansExport")

        self.planButtons.addWidget(self.plansExport)


        self.plansLayout.addLayout(self.planButtons)

        self.tabs.addTab(self.plansTab, "")

        self.outer.addWidget(self.tabs)

        LeadWindow.setCentralWidget(self.central)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.dateFrom)
        self.toLabel.setBuddy(self.dateTo)
        self.expectedGroupLabel.setBuddy(self.expectedGroup)
        self.plansFilterLabel.setBuddy(self.plansFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeadWindow)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LeadWindow)
    # setupUi

    def retranslateUi(self, LeadWindow):
        LeadWindow.setWindowTitle(QCoreApplication.translate("LeadWindow", u"Return Inspector \u2014 shift review", None))
        self.title.setText(QCoreApplication.translate("LeadWindow", u"Shift review", None))
        self.fromLabel.setText(QCoreApplication.translate("LeadWindow", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("LeadWindow", u"&to", None))
        self.refreshButton.setText(QCoreApplication.translate("LeadWindow", u"&Refresh", None))
        self.pdfButton.setText(QCoreApplication.translate("LeadWindow", u"Day report (&PDF)", None))
        self.closeButton.setText(QCoreApplication.translate("LeadWindow", u"Close (Esc)", None))
        self.banner.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("LeadWindow", u"Overview", None))
        self.openInspectionButton.setText(QCoreApplication.translate("LeadWindow", u"&Open inspection", None))
        self.reviewExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviewTab), QCoreApplication.translate("LeadWindow", u"Flagged and overridden", None))
        self.inspectorsExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.inspectorsTab), QCoreApplication.translate("LeadWindow", u"Inspectors", None))
        self.stationsExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stationsTab), QCoreApplication.translate("LeadWindow", u"Stations", None))
        self.waitingExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.waitingTab), QCoreApplication.translate("LeadWindow", u"Waiting", None))
        self.recurringExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recurringTab), QCoreApplication.translate("LeadWindow", u"Recurring issues", None))
        self.expectedGroupLabel.setText(QCoreApplication.translate("LeadWindow", u"&Show", None))
        self.expectedNote.setText("")
        self.expectedExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.expectedTab), QCoreApplication.translate("LeadWindow", u"Expected", None))
        self.auditNote.setText("")
        self.auditExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("LeadWindow", u"Audit log", None))
        self.plansFilterLabel.setText(QCoreApplication.translate("LeadWindow", u"&Show", None))
        self.plansNote.setText("")
        self.planDetail.setText("")
        self.approveButton.setText(QCoreApplication.translate("LeadWindow", u"&Approve\u2026", None))
        self.amountButton.setText(QCoreApplication.translate("LeadWindow", u"Approve another a&mount\u2026", None))
        self.rejectButton.setText(QCoreApplication.translate("LeadWindow", u"Re&ject\u2026", None))
        self.retryButton.setText(QCoreApplication.translate("LeadWindow", u"Send a&gain", None))
        self.cancelActionButton.setText(QCoreApplication.translate("LeadWindow", u"Ca&ncel action\u2026", None))
        self.plansExport.setText(QCoreApplication.translate("LeadWindow", u"Export CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.plansTab), QCoreApplication.translate("LeadWindow", u"Marketplace", None))
    # retranslateUi

