# Generated from ui/activity/history_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog: QDialog) -> None:
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(720, 460)
        self.dialogLayout = QVBoxLayout(HistoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(HistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(HistoryDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.userCombo = QComboBox(HistoryDialog)
        self.userCombo.setObjectName(u"userCombo")

        self.filterLayout.addWidget(self.userCombo)

        self.refreshButton = QPushButton(HistoryDialog)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterLayout.addWidget(self.refreshButton)


        self.dialogLayout.addLayout(self.filterLayout)

        self.table = QTableView(HistoryDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.dialogLayout.addWidget(self.table)

        self.emptyLabel = QLabel(HistoryDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.emptyLabel)

        self.buttonBox = QDialogButtonBox(HistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(HistoryDialog)
        self.buttonBox.rejected.connect(HistoryDialog.reject)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog: QDialog) -> None:
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"History", None))
        self.introLabel.setText(QCoreApplication.translate("HistoryDialog", u"Every change to this plan: who made it, when, and what it was. Newest first.", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("HistoryDialog", u"Filter by what was done or by table\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("HistoryDialog", u"&Refresh", None))
        self.emptyLabel.setText(QCoreApplication.translate("HistoryDialog", u"Nothing recorded yet: changes made from now on are listed here.", None))
    # retranslateUi

