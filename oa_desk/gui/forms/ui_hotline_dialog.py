# Generated from ui/support/hotline_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hotline_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_HotlineDialog(object):
    def setupUi(self, HotlineDialog: QDialog) -> None:
        if not HotlineDialog.objectName():
            HotlineDialog.setObjectName(u"HotlineDialog")
        HotlineDialog.resize(560, 380)
        self.dialogLayout = QVBoxLayout(HotlineDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(HotlineDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.hotlineForm = QFormLayout()
        self.hotlineForm.setObjectName(u"hotlineForm")
        self.reporterLabel = QLabel(HotlineDialog)
        self.reporterLabel.setObjectName(u"reporterLabel")

        self.hotlineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reporterLabel)

        self.reporterEdit = PersonPicker(HotlineDialog)
        self.reporterEdit.setObjectName(u"reporterEdit")

        self.hotlineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reporterEdit)

        self.titleLabel = QLabel(HotlineDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.hotlineForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(HotlineDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.hotlineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(HotlineDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.hotlineForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(HotlineDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.hotlineForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.typeLabel = QLabel(HotlineDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.hotlineForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(HotlineDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.hotlineForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.priorityLabel = QLabel(HotlineDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.hotlineForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(HotlineDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.hotlineForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.moduleLabel = QLabel(HotlineDialog)
        self.moduleLabel.setObjectName(u"moduleLabel")

        self.hotlineForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.moduleLabel)

        self.moduleCombo = QComboBox(HotlineDialog)
        self.moduleCombo.setObjectName(u"moduleCombo")

        self.hotlineForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.moduleCombo)

        self.departmentLabel = QLabel(HotlineDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.hotlineForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(HotlineDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.hotlineForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.channelLabel = QLabel(HotlineDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.hotlineForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(HotlineDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.hotlineForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.assigneeLabel = QLabel(HotlineDialog)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.hotlineForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assigneeCombo = QComboBox(HotlineDialog)
        self.assigneeCombo.setObjectName(u"assigneeCombo")

        self.hotlineForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.assigneeCombo)


        self.dialogLayout.addLayout(self.hotlineForm)

        self.articleSlot = QWidget(HotlineDialog)
        self.articleSlot.setObjectName(u"articleSlot")
        self.articleLayout = QVBoxLayout(self.articleSlot)
        self.articleLayout.setObjectName(u"articleLayout")
        self.articleLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.articleSlot)

        self.buttons = QDialogButtonBox(HotlineDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reporterLabel.setBuddy(self.reporterEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.moduleLabel.setBuddy(self.moduleCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HotlineDialog)

        QMetaObject.connectSlotsByName(HotlineDialog)
    # setupUi

    def retranslateUi(self, HotlineDialog: QDialog) -> None:
        HotlineDialog.setWindowTitle(QCoreApplication.translate("HotlineDialog", u"Hotline ticket", None))
        self.hintLabel.setText(QCoreApplication.translate("HotlineDialog", u"Type the caller's name or employee number; Enter saves, Esc cancels.", None))
        self.reporterLabel.setText(QCoreApplication.translate("HotlineDialog", u"&Reporter:", None))
        self.titleLabel.setText(QCoreApplication.translate("HotlineDialog", u"&Question or problem:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("HotlineDialog", u"&Details:", None))
        self.typeLabel.setText(QCoreApplication.translate("HotlineDialog", u"T&ype:", None))
        self.priorityLabel.setText(QCoreApplication.translate("HotlineDialog", u"&Priority:", None))
        self.moduleLabel.setText(QCoreApplication.translate("HotlineDialog", u"OA &module:", None))
        self.departmentLabel.setText(QCoreApplication.translate("HotlineDialog", u"D&epartment:", None))
        self.channelLabel.setText(QCoreApplication.translate("HotlineDialog", u"C&hannel:", None))
        self.assigneeLabel.setText(QCoreApplication.translate("HotlineDialog", u"&Assignee:", None))
    # retranslateUi

