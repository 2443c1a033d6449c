# Generated from ui/timeline/column_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'column_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ColumnDialog(object):
    def setupUi(self, ColumnDialog: QDialog) -> None:
        if not ColumnDialog.objectName():
            ColumnDialog.setObjectName(u"ColumnDialog")
        ColumnDialog.resize(360, 420)
        self.dialogLayout = QVBoxLayout(ColumnDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ColumnDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.listLayout = QHBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.columnList = QListWidget(ColumnDialog)
        self.columnList.setObjectName(u"columnList")
        self.columnList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.columnList.setDefaultDropAction(Qt.DropAction.MoveAction)

        self.listLayout.addWidget(self.columnList)

        self.buttonLayout = QVBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.upButton = QPushButton(ColumnDialog)
        self.upButton.setObjectName(u"upButton")

        self.buttonLayout.addWidget(self.upButton)

        self.downButton = QPushButton(ColumnDialog)
        self.downButton.setObjectName(u"downButton")

        self.buttonLayout.addWidget(self.downButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.resetButton = QPushButton(ColumnDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonLayout.addWidget(self.resetButton)


        self.listLayout.addLayout(self.buttonLayout)


        self.dialogLayout.addLayout(self.listLayout)

        self.buttonBox = QDialogButtonBox(ColumnDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.introLabel.setBuddy(self.columnList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ColumnDialog)
        self.buttonBox.accepted.connect(ColumnDialog.accept)
        self.buttonBox.rejected.connect(ColumnDialog.reject)

        QMetaObject.connectSlotsByName(ColumnDialog)
    # setupUi

    def retranslateUi(self, ColumnDialog: QDialog) -> None:
        ColumnDialog.setWindowTitle(QCoreApplication.translate("ColumnDialog", u"Columns", None))
        self.introLabel.setText(QCoreApplication.translate("ColumnDialog", u"&Show the ticked columns, in this order (drag to reorder):", None))
        self.upButton.setText(QCoreApplication.translate("ColumnDialog", u"Move &Up", None))
        self.downButton.setText(QCoreApplication.translate("ColumnDialog", u"Move &Down", None))
        self.resetButton.setText(QCoreApplication.translate("ColumnDialog", u"&Reset", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("ColumnDialog", u"Every column, in the standard order and widths", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

