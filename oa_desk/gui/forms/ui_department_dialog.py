# Generated from ui/people/department_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'department_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_DepartmentDialog(object):
    def setupUi(self, DepartmentDialog: QDialog) -> None:
        if not DepartmentDialog.objectName():
            DepartmentDialog.setObjectName(u"DepartmentDialog")
        DepartmentDialog.resize(420, 160)
        self.dialogLayout = QVBoxLayout(DepartmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.departmentForm = QFormLayout()
        self.departmentForm.setObjectName(u"departmentForm")
        self.codeLabel = QLabel(DepartmentDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.departmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(DepartmentDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.departmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.headLabel = QLabel(DepartmentDialog)
        self.headLabel.setObjectName(u"headLabel")

        self.departmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headEdit = PersonPicker(DepartmentDialog)
        self.headEdit.setObjectName(u"headEdit")

        self.departmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headEdit)

        self.headcountLabel = QLabel(DepartmentDialog)
        self.headcountLabel.setObjectName(u"headcountLabel")

        self.departmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headcountLabel)

        self.headcountSpin = QSpinBox(DepartmentDialog)
        self.headcountSpin.setObjectName(u"headcountSpin")
        self.headcountSpin.setMaximum(1000000)

        self.departmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headcountSpin)

        self.readinessLabel = QLabel(DepartmentDialog)
        self.readinessLabel.setObjectName(u"readinessLabel")

        self.departmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.readinessLabel)

        self.readinessCombo = QComboBox(DepartmentDialog)
        self.readinessCombo.setObjectName(u"readinessCombo")

        self.departmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.readinessCombo)


        self.dialogLayout.addLayout(self.departmentForm)

        self.buttons = QDialogButtonBox(DepartmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.headLabel.setBuddy(self.headEdit)
        self.headcountLabel.setBuddy(self.headcountSpin)
        self.readinessLabel.setBuddy(self.readinessCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DepartmentDialog)

        QMetaObject.connectSlotsByName(DepartmentDialog)
    # setupUi

    def retranslateUi(self, DepartmentDialog: QDialog) -> None:
        DepartmentDialog.setWindowTitle(QCoreApplication.translate("DepartmentDialog", u"Department", None))
        self.codeLabel.setText(QCoreApplication.translate("DepartmentDialog", u"Co&de:", None))
        self.headLabel.setText(QCoreApplication.translate("DepartmentDialog", u"&Head:", None))
        self.headcountLabel.setText(QCoreApplication.translate("DepartmentDialog", u"Head&count:", None))
        self.readinessLabel.setText(QCoreApplication.translate("DepartmentDialog", u"&Readiness:", None))
    # retranslateUi

