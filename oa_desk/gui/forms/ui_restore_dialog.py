# Generated from ui/restore_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog: QDialog) -> None:
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(520, 380)
        self.dialogLayout = QVBoxLayout(RestoreDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.snapshotTree = QTreeWidget(RestoreDialog)
        self.snapshotTree.setObjectName(u"snapshotTree")
        self.snapshotTree.setRootIsDecorated(False)
        self.snapshotTree.setUniformRowHeights(True)
        self.snapshotTree.setAllColumnsShowFocus(True)

        self.dialogLayout.addWidget(self.snapshotTree)

        self.emptyLabel = QLabel(RestoreDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.emptyLabel)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)
        self.buttonBox.rejected.connect(RestoreDialog.reject)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog: QDialog) -> None:
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from Snapshot", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"OA Desk keeps snapshots of this plan: when it is opened and at most hourly while you edit. Restoring replaces the plan's content with the chosen snapshot; the current content is snapshotted first, so restoring can itself be undone.", None))
        ___qtreewidgetitem = self.snapshotTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RestoreDialog", u"Size", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RestoreDialog", u"Occasion", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RestoreDialog", u"Taken", None))
        self.emptyLabel.setText(QCoreApplication.translate("RestoreDialog", u"No snapshots of this plan yet \u2014 one is taken each time it is opened for editing.", None))
    # retranslateUi

