# Generated from ui/excel/excel_preview_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_preview_dialog.ui'
##
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QTabWidget, QTableView, QTreeView, QVBoxLayout,
    QWidget)

class Ui_ExcelPreviewDialog(object):
    def setupUi(self, ExcelPreviewDialog: QDialog) -> None:
        if not ExcelPreviewDialog.objectName():
            ExcelPreviewDialog.setObjectName(u"ExcelPreviewDialog")
        ExcelPreviewDialog.resize(900, 640)
        self.dialogLayout = QVBoxLayout(ExcelPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(ExcelPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.countsView = QTableView(ExcelPreviewDialog)
        self.countsView.setObjectName(u"countsView")
        self.countsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.countsView.setMaximumSize(QSize(16777215, 170))

        self.dialogLayout.addWidget(self.countsView)

        self.tabs = QTabWidget(ExcelPreviewDialog)
        self.tabs.setObjectName(u"tabs")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesTree = QTreeView(self.changesTab)
        self.changesTree.setObjectName(u"changesTree")
        self.changesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTree.setUniformRowHeights(True)
        self.changesTree.setAlternatingRowColors(True)

        self.changesLayout.addWidget(self.changesTree)

        self.tabs.addTab(self.changesTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsView = QTableView(self.problemsTab)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setWordWrap(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.problemsButtons = QHBoxLayout()
        self.problemsButtons.setObjectName(u"problemsButtons")
        self.problemsHint = QLabel(self.problemsTab)
        self.problemsHint.setObjectName(u"problemsHint")
        self.problemsHint.setWordWrap(True)

        self.problemsButtons.addWidget(self.problemsHint)

        self.exportErrorsButton = QPushButton(self.problemsTab)
        self.exportErrorsButton.setObjectName(u"exportErrorsButton")

        self.problemsButtons.addWidget(self.exportErrorsButton)

        self.problemsButtons.setStretch(0, 1)

        self.problemsLayout.addLayout(self.problemsButtons)

        self.tabs.addTab(self.problemsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesText = QPlainTextEdit(self.notesTab)
        self.notesText.setObjectName(u"notesText")
        self.notesText.setReadOnly(True)

        self.notesLayout.addWidget(self.notesText)

        self.tabs.addTab(self.notesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.deleteMissingCheck = QCheckBox(ExcelPreviewDialog)
        self.deleteMissingCheck.setObjectName(u"deleteMissingCheck")

        self.dialogLayout.addWidget(self.deleteMissingCheck)

        self.undoLabel = QLabel(ExcelPreviewDialog)
        self.undoLabel.setObjectName(u"undoLabel")
        self.undoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.undoLabel)

        self.statusLabel = QLabel(ExcelPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExcelPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)

        self.retranslateUi(ExcelPreviewDialog)
        self.buttonBox.rejected.connect(ExcelPreviewDialog.reject)

        QMetaObject.connectSlotsByName(ExcelPreviewDialog)
    # setupUi

    def retranslateUi(self, ExcelPreviewDialog: QDialog) -> None:
        ExcelPreviewDialog.setWindowTitle(QCoreApplication.translate("ExcelPreviewDialog", u"Import Preview", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("ExcelPreviewDialog", u"Changes", None))
        self.problemsHint.setText(QCoreApplication.translate("ExcelPreviewDialog", u"Fix these in the file and import it again, or export them as a workbook to sort, filter and share.", None))
        self.exportErrorsButton.setText(QCoreApplication.translate("ExcelPreviewDialog", u"&Export Problems\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("ExcelPreviewDialog", u"Problems", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ExcelPreviewDialog", u"Notes", None))
        self.deleteMissingCheck.setText(QCoreApplication.translate("ExcelPreviewDialog", u"&Delete rows that are missing from the workbook", None))
        self.undoLabel.setText(QCoreApplication.translate("ExcelPreviewDialog", u"The import is written all at once or not at all. A snapshot of the plan is taken first, and Edit \u203a Undo takes the whole import back while the plan stays open.", None))
    # retranslateUi

