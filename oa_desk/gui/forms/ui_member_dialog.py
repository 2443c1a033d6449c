# Generated from ui/team/member_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog: QDialog) -> None:
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(460, 300)
        self.dialogLayout = QVBoxLayout(MemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.memberForm = QFormLayout()
        self.memberForm.setObjectName(u"memberForm")
        self.personLabel = QLabel(MemberDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = PersonPicker(MemberDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.roleLabel = QLabel(MemberDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.memberForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(MemberDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.memberForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.allocationLabel = QLabel(MemberDialog)
        self.allocationLabel.setObjectName(u"allocationLabel")

        self.memberForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.allocationLabel)

        self.allocationSpin = QSpinBox(MemberDialog)
        self.allocationSpin.setObjectName(u"allocationSpin")
        self.allocationSpin.setSuffix(u" %")
        self.allocationSpin.setMaximum(100)

        self.memberForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.allocationSpin)

        self.responsibilitiesLabel = QLabel(MemberDialog)
        self.responsibilitiesLabel.setObjectName(u"responsibilitiesLabel")

        self.memberForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsibilitiesLabel)

        self.responsibilitiesEdit = QPlainTextEdit(MemberDialog)
        self.responsibilitiesEdit.setObjectName(u"responsibilitiesEdit")
        self.responsibilitiesEdit.setTabChangesFocus(True)

        self.memberForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responsibilitiesEdit)


        self.dialogLayout.addLayout(self.memberForm)

        self.buttons = QDialogButtonBox(MemberDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.allocationLabel.setBuddy(self.allocationSpin)
        self.responsibilitiesLabel.setBuddy(self.responsibilitiesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog: QDialog) -> None:
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Team member", None))
        self.personLabel.setText(QCoreApplication.translate("MemberDialog", u"&Person:", None))
        self.roleLabel.setText(QCoreApplication.translate("MemberDialog", u"&Role:", None))
        self.allocationLabel.setText(QCoreApplication.translate("MemberDialog", u"&Allocation:", None))
        self.responsibilitiesLabel.setText(QCoreApplication.translate("MemberDialog", u"R&esponsibilities:", None))
    # retranslateUi

