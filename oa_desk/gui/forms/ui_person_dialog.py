# Generated from ui/people/person_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog: QDialog) -> None:
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(440, 290)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.numberLabel = QLabel(PersonDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(PersonDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.departmentLabel = QLabel(PersonDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(PersonDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.titleLabel = QLabel(PersonDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PersonDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.tierLabel = QLabel(PersonDialog)
        self.tierLabel.setObjectName(u"tierLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tierLabel)

        self.tierCombo = QComboBox(PersonDialog)
        self.tierCombo.setObjectName(u"tierCombo")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tierCombo)

        self.activeCheck = QCheckBox(PersonDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.personForm)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.tierLabel.setBuddy(self.tierCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog: QDialog) -> None:
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.numberLabel.setText(QCoreApplication.translate("PersonDialog", u"&Employee no.:", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"&Department:", None))
        self.titleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Title:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"E-&mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.tierLabel.setText(QCoreApplication.translate("PersonDialog", u"T&ier:", None))
        self.activeCheck.setText(QCoreApplication.translate("PersonDialog", u"&Active", None))
    # retranslateUi

