# Generated from ui/goals/measurement_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measurement_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_MeasurementDialog(object):
    def setupUi(self, MeasurementDialog: QDialog) -> None:
        if not MeasurementDialog.objectName():
            MeasurementDialog.setObjectName(u"MeasurementDialog")
        MeasurementDialog.resize(400, 260)
        self.dialogLayout = QVBoxLayout(MeasurementDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.measurementForm = QFormLayout()
        self.measurementForm.setObjectName(u"measurementForm")
        self.dayLabel = QLabel(MeasurementDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.measurementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(MeasurementDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.measurementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.valueLabel = QLabel(MeasurementDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.measurementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueSpin = QDoubleSpinBox(MeasurementDialog)
        self.valueSpin.setObjectName(u"valueSpin")
        self.valueSpin.setDecimals(2)
        self.valueSpin.setMinimum(-1000000000.000000000000000)
        self.valueSpin.setMaximum(1000000000.000000000000000)

        self.measurementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueSpin)

        self.noteLabel = QLabel(MeasurementDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.measurementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(MeasurementDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.measurementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.measurementForm)

        self.buttons = QDialogButtonBox(MeasurementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.valueLabel.setBuddy(self.valueSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeasurementDialog)

        QMetaObject.connectSlotsByName(MeasurementDialog)
    # setupUi

    def retranslateUi(self, MeasurementDialog: QDialog) -> None:
        MeasurementDialog.setWindowTitle(QCoreApplication.translate("MeasurementDialog", u"Measurement", None))
        self.dayLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&Date:", None))
        self.valueLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&Value:", None))
        self.noteLabel.setText(QCoreApplication.translate("MeasurementDialog", u"&Note:", None))
    # retranslateUi

