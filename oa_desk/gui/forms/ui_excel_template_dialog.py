# Generated from ui/excel/excel_template_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_template_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExcelTemplateDialog(object):
    def setupUi(self, ExcelTemplateDialog: QDialog) -> None:
        if not ExcelTemplateDialog.objectName():
            ExcelTemplateDialog.setObjectName(u"ExcelTemplateDialog")
        ExcelTemplateDialog.resize(460, 520)
        self.dialogLayout = QVBoxLayout(ExcelTemplateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ExcelTemplateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.sheetList = QListWidget(ExcelTemplateDialog)
        self.sheetList.setObjectName(u"sheetList")
        self.sheetList.setUniformItemSizes(True)

        self.dialogLayout.addWidget(self.sheetList)

        self.selectLayout = QHBoxLayout()
        self.selectLayout.setObjectName(u"selectLayout")
        self.allButton = QPushButton(ExcelTemplateDialog)
        self.allButton.setObjectName(u"allButton")

        self.selectLayout.addWidget(self.allButton)

        self.noneButton = QPushButton(ExcelTemplateDialog)
        self.noneButton.setObjectName(u"noneButton")

        self.selectLayout.addWidget(self.noneButton)

        self.selectSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectLayout.addItem(self.selectSpacer)


        self.dialogLayout.addLayout(self.selectLayout)

        self.buttonBox = QDialogButtonBox(ExcelTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ExcelTemplateDialog)
        self.buttonBox.rejected.connect(ExcelTemplateDialog.reject)

        QMetaObject.connectSlotsByName(ExcelTemplateDialog)
    # setupUi

    def retranslateUi(self, ExcelTemplateDialog: QDialog) -> None:
        ExcelTemplateDialog.setWindowTitle(QCoreApplication.translate("ExcelTemplateDialog", u"Blank Template", None))
        self.introLabel.setText(QCoreApplication.translate("ExcelTemplateDialog", u"Blank sheets with the plan workbook's bilingual headers and drop-down lists, for teams that collect data in Excel first. Fill them in and bring them back with Import from Excel/CSV.", None))
        self.allButton.setText(QCoreApplication.translate("ExcelTemplateDialog", u"Select &All", None))
        self.noneButton.setText(QCoreApplication.translate("ExcelTemplateDialog", u"Select &None", None))
    # retranslateUi

