# Generated from ui/excel/excel_mapping_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'excel_mapping_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ExcelMappingDialog(object):
    def setupUi(self, ExcelMappingDialog: QDialog) -> None:
        if not ExcelMappingDialog.objectName():
            ExcelMappingDialog.setObjectName(u"ExcelMappingDialog")
        ExcelMappingDialog.resize(960, 600)
        self.dialogLayout = QVBoxLayout(ExcelMappingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ExcelMappingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.optionsLayout = QFormLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.fileCaption = QLabel(ExcelMappingDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLabel = QLabel(ExcelMappingDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileLabel)

        self.kindLabel = QLabel(ExcelMappingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ExcelMappingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sheetLabel = QLabel(ExcelMappingDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(ExcelMappingDialog)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.headerLabel = QLabel(ExcelMappingDialog)
        self.headerLabel.setObjectName(u"headerLabel")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headerLabel)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerSpin = QSpinBox(ExcelMappingDialog)
        self.headerSpin.setObjectName(u"headerSpin")
        self.headerSpin.setMinimum(1)
        self.headerSpin.setMaximum(1)

        self.headerLayout.addWidget(self.headerSpin)

        self.detectedLabel = QLabel(ExcelMappingDialog)
        self.detectedLabel.setObjectName(u"detectedLabel")

        self.headerLayout.addWidget(self.detectedLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.optionsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.headerLayout)


        self.dialogLayout.addLayout(self.optionsLayout)

        self.splitter = QSplitter(ExcelMappingDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.fieldsBox = QGroupBox(self.splitter)
        self.fieldsBox.setObjectName(u"fieldsBox")
        self.fieldsBoxLayout = QVBoxLayout(self.fieldsBox)
        self.fieldsBoxLayout.setObjectName(u"fieldsBoxLayout")
        self.fieldsScroll = QScrollArea(self.fieldsBox)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.fieldsLayout = QFormLayout(self.fieldsWidget)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsScroll.setWidget(self.fieldsWidget)

        self.fieldsBoxLayout.addWidget(self.fieldsScroll)

        self.splitter.addWidget(self.fieldsBox)
        self.sampleBox = QGroupBox(self.splitter)
        self.sampleBox.setObjectName(u"sampleBox")
        self.sampleBoxLayout = QVBoxLayout(self.sampleBox)
        self.sampleBoxLayout.setObjectName(u"sampleBoxLayout")
        self.sampleView = QTableView(self.sampleBox)
        self.sampleView.setObjectName(u"sampleView")
        self.sampleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.sampleView.setWordWrap(False)

        self.sampleBoxLayout.addWidget(self.sampleView)

        self.splitter.addWidget(self.sampleBox)

        self.dialogLayout.addWidget(self.splitter)

        self.restoredLabel = QLabel(ExcelMappingDialog)
        self.restoredLabel.setObjectName(u"restoredLabel")
        self.restoredLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.restoredLabel)

        self.problemLabel = QLabel(ExcelMappingDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ExcelMappingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerLabel.setBuddy(self.headerSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExcelMappingDialog)
        self.buttonBox.rejected.connect(ExcelMappingDialog.reject)

        QMetaObject.connectSlotsByName(ExcelMappingDialog)
    # setupUi

    def retranslateUi(self, ExcelMappingDialog: QDialog) -> None:
        ExcelMappingDialog.setWindowTitle(QCoreApplication.translate("ExcelMappingDialog", u"Import from a Spreadsheet", None))
        self.introLabel.setText(QCoreApplication.translate("ExcelMappingDialog", u"Say what the sheet holds and which column feeds each field. OA Desk proposed the columns from the headers it found; fields marked * are required. Nothing is written until you accept the preview.", None))
        self.fileCaption.setText(QCoreApplication.translate("ExcelMappingDialog", u"File:", None))
        self.kindLabel.setText(QCoreApplication.translate("ExcelMappingDialog", u"&Import as:", None))
        self.sheetLabel.setText(QCoreApplication.translate("ExcelMappingDialog", u"&Sheet:", None))
        self.headerLabel.setText(QCoreApplication.translate("ExcelMappingDialog", u"&Header row:", None))
        self.fieldsBox.setTitle(QCoreApplication.translate("ExcelMappingDialog", u"Columns", None))
        self.sampleBox.setTitle(QCoreApplication.translate("ExcelMappingDialog", u"The sheet's first rows", None))
        self.restoredLabel.setText(QCoreApplication.translate("ExcelMappingDialog", u"The columns you chose for this layout last time were restored.", None))
    # retranslateUi

