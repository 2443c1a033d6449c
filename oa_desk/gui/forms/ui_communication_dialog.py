# Generated from ui/publicity/communication_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'communication_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_CommunicationDialog(object):
    def setupUi(self, CommunicationDialog: QDialog) -> None:
        if not CommunicationDialog.objectName():
            CommunicationDialog.setObjectName(u"CommunicationDialog")
        CommunicationDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(CommunicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.communicationForm = QFormLayout()
        self.communicationForm.setObjectName(u"communicationForm")
        self.titleLabel = QLabel(CommunicationDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.communicationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CommunicationDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.communicationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.channelLabel = QLabel(CommunicationDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.communicationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(CommunicationDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.communicationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.audienceLabel = QLabel(CommunicationDialog)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.communicationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceEdit = QLineEdit(CommunicationDialog)
        self.audienceEdit.setObjectName(u"audienceEdit")
        self.audienceEdit.setMaxLength(200)

        self.communicationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.audienceEdit)

        self.messageLabel = QLabel(CommunicationDialog)
        self.messageLabel.setObjectName(u"messageLabel")

        self.communicationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.messageLabel)

        self.messageEdit = QPlainTextEdit(CommunicationDialog)
        self.messageEdit.setObjectName(u"messageEdit")
        self.messageEdit.setTabChangesFocus(True)

        self.communicationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.messageEdit)

        self.milestoneLabel = QLabel(CommunicationDialog)
        self.milestoneLabel.setObjectName(u"milestoneLabel")

        self.communicationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.milestoneLabel)

        self.milestoneCombo = QComboBox(CommunicationDialog)
        self.milestoneCombo.setObjectName(u"milestoneCombo")

        self.communicationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.milestoneCombo)

        self.offsetLabel = QLabel(CommunicationDialog)
        self.offsetLabel.setObjectName(u"offsetLabel")

        self.communicationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.offsetLabel)

        self.offsetSpin = QSpinBox(CommunicationDialog)
        self.offsetSpin.setObjectName(u"offsetSpin")
        self.offsetSpin.setMinimum(-365)
        self.offsetSpin.setMaximum(365)

        self.communicationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.offsetSpin)

        self.plannedLabel = QLabel(CommunicationDialog)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.communicationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.plannedCheck = QCheckBox(CommunicationDialog)
        self.plannedCheck.setObjectName(u"plannedCheck")

        self.communicationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.plannedCheck)

        self.plannedEdit = QDateEdit(CommunicationDialog)
        self.plannedEdit.setObjectName(u"plannedEdit")
        self.plannedEdit.setCalendarPopup(True)
        self.plannedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.communicationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.plannedEdit)

        self.statusLabel = QLabel(CommunicationDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.communicationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(CommunicationDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.communicationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.actualLabel = QLabel(CommunicationDialog)
        self.actualLabel.setObjectName(u"actualLabel")

        self.communicationForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.actualLabel)

        self.actualCheck = QCheckBox(CommunicationDialog)
        self.actualCheck.setObjectName(u"actualCheck")

        self.communicationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.actualCheck)

        self.actualEdit = QDateEdit(CommunicationDialog)
        self.actualEdit.setObjectName(u"actualEdit")
        self.actualEdit.setCalendarPopup(True)
        self.actualEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.communicationForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.actualEdit)

        self.ownerLabel = QLabel(CommunicationDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.communicationForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = PersonPicker(CommunicationDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.communicationForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.reachLabel = QLabel(CommunicationDialog)
        self.reachLabel.setObjectName(u"reachLabel")

        self.communicationForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reachLabel)

        self.reachSpin = QSpinBox(CommunicationDialog)
        self.reachSpin.setObjectName(u"reachSpin")
        self.reachSpin.setMinimum(0)
        self.reachSpin.setMaximum(10000000)

        self.communicationForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reachSpin)


        self.dialogLayout.addLayout(self.communicationForm)

        self.buttons = QDialogButtonBox(CommunicationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.audienceLabel.setBuddy(self.audienceEdit)
        self.messageLabel.setBuddy(self.messageEdit)
        self.milestoneLabel.setBuddy(self.milestoneCombo)
        self.offsetLabel.setBuddy(self.offsetSpin)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.reachLabel.setBuddy(self.reachSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommunicationDialog)

        QMetaObject.connectSlotsByName(CommunicationDialog)
    # setupUi

    def retranslateUi(self, CommunicationDialog: QDialog) -> None:
        CommunicationDialog.setWindowTitle(QCoreApplication.translate("CommunicationDialog", u"Publicity item", None))
        self.titleLabel.setText(QCoreApplication.translate("CommunicationDialog", u"&Title:", None))
        self.channelLabel.setText(QCoreApplication.translate("CommunicationDialog", u"&Channel:", None))
        self.audienceLabel.setText(QCoreApplication.translate("CommunicationDialog", u"A&udience:", None))
        self.messageLabel.setText(QCoreApplication.translate("CommunicationDialog", u"&Message:", None))
        self.milestoneLabel.setText(QCoreApplication.translate("CommunicationDialog", u"Tied to mi&lestone:", None))
        self.offsetLabel.setText(QCoreApplication.translate("CommunicationDialog", u"Days from the milesto&ne:", None))
        self.plannedLabel.setText(QCoreApplication.translate("CommunicationDialog", u"Planned:", None))
        self.plannedCheck.setText(QCoreApplication.translate("CommunicationDialog", u"&Planned for", None))
        self.statusLabel.setText(QCoreApplication.translate("CommunicationDialog", u"&Status:", None))
        self.actualLabel.setText(QCoreApplication.translate("CommunicationDialog", u"Sent:", None))
        self.actualCheck.setText(QCoreApplication.translate("CommunicationDialog", u"S&ent on", None))
        self.ownerLabel.setText(QCoreApplication.translate("CommunicationDialog", u"&Owner:", None))
        self.reachLabel.setText(QCoreApplication.translate("CommunicationDialog", u"&Reach (people):", None))
    # retranslateUi

