# Generated from ui/team/stakeholder_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stakeholder_dialog.ui'
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
    QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_StakeholderDialog(object):
    def setupUi(self, StakeholderDialog: QDialog) -> None:
        if not StakeholderDialog.objectName():
            StakeholderDialog.setObjectName(u"StakeholderDialog")
        StakeholderDialog.resize(520, 480)
        self.dialogLayout = QVBoxLayout(StakeholderDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(StakeholderDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.personLabel = QLabel(self.generalTab)
        self.personLabel.setObjectName(u"personLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = PersonPicker(self.generalTab)
        self.personEdit.setObjectName(u"personEdit")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.externalLabel = QLabel(self.generalTab)
        self.externalLabel.setObjectName(u"externalLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.externalLabel)

        self.externalCheck = QCheckBox(self.generalTab)
        self.externalCheck.setObjectName(u"externalCheck")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.externalCheck)

        self.organisationLabel = QLabel(self.generalTab)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.generalTab)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.positionLabel = QLabel(self.generalTab)
        self.positionLabel.setObjectName(u"positionLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(self.generalTab)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(100)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.projectRoleLabel = QLabel(self.generalTab)
        self.projectRoleLabel.setObjectName(u"projectRoleLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.projectRoleLabel)

        self.projectRoleEdit = QLineEdit(self.generalTab)
        self.projectRoleEdit.setObjectName(u"projectRoleEdit")
        self.projectRoleEdit.setMaxLength(100)

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.projectRoleEdit)

        self.expectationsLabel = QLabel(self.generalTab)
        self.expectationsLabel.setObjectName(u"expectationsLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expectationsLabel)

        self.expectationsEdit = QPlainTextEdit(self.generalTab)
        self.expectationsEdit.setObjectName(u"expectationsEdit")
        self.expectationsEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expectationsEdit)

        self.tabs.addTab(self.generalTab, "")
        self.assessmentTab = QWidget()
        self.assessmentTab.setObjectName(u"assessmentTab")
        self.assessmentForm = QFormLayout(self.assessmentTab)
        self.assessmentForm.setObjectName(u"assessmentForm")
        self.influenceLabel = QLabel(self.assessmentTab)
        self.influenceLabel.setObjectName(u"influenceLabel")

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.influenceLabel)

        self.influenceSpin = QSpinBox(self.assessmentTab)
        self.influenceSpin.setObjectName(u"influenceSpin")
        self.influenceSpin.setMinimum(1)
        self.influenceSpin.setMaximum(5)

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.influenceSpin)

        self.interestLabel = QLabel(self.assessmentTab)
        self.interestLabel.setObjectName(u"interestLabel")

        self.assessmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interestLabel)

        self.interestSpin = QSpinBox(self.assessmentTab)
        self.interestSpin.setObjectName(u"interestSpin")
        self.interestSpin.setMinimum(1)
        self.interestSpin.setMaximum(5)

        self.assessmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interestSpin)

        self.currentLabel = QLabel(self.assessmentTab)
        self.currentLabel.setObjectName(u"currentLabel")

        self.assessmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentCombo = QComboBox(self.assessmentTab)
        self.currentCombo.setObjectName(u"currentCombo")

        self.assessmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currentCombo)

        self.desiredLabel = QLabel(self.assessmentTab)
        self.desiredLabel.setObjectName(u"desiredLabel")

        self.assessmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.desiredLabel)

        self.desiredCombo = QComboBox(self.assessmentTab)
        self.desiredCombo.setObjectName(u"desiredCombo")

        self.assessmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.desiredCombo)

        self.awarenessLabel = QLabel(self.assessmentTab)
        self.awarenessLabel.setObjectName(u"awarenessLabel")

        self.assessmentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.awarenessLabel)

        self.awarenessSpin = QSpinBox(self.assessmentTab)
        self.awarenessSpin.setObjectName(u"awarenessSpin")
        self.awarenessSpin.setMinimum(0)
        self.awarenessSpin.setMaximum(5)

        self.assessmentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.awarenessSpin)

        self.desireLabel = QLabel(self.assessmentTab)
        self.desireLabel.setObjectName(u"desireLabel")

        self.assessmentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.desireLabel)

        self.desireSpin = QSpinBox(self.assessmentTab)
        self.desireSpin.setObjectName(u"desireSpin")
        self.desireSpin.setMinimum(0)
        self.desireSpin.setMaximum(5)

        self.assessmentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.desireSpin)

        self.knowledgeLabel = QLabel(self.assessmentTab)
        self.knowledgeLabel.setObjectName(u"knowledgeLabel")

        self.assessmentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.knowledgeLabel)

        self.knowledgeSpin = QSpinBox(self.assessmentTab)
        self.knowledgeSpin.setObjectName(u"knowledgeSpin")
        self.knowledgeSpin.setMinimum(0)
        self.knowledgeSpin.setMaximum(5)

        self.assessmentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.knowledgeSpin)

        self.abilityLabel = QLabel(self.assessmentTab)
        self.abilityLabel.setObjectName(u"abilityLabel")

        self.assessmentForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.abilityLabel)

        self.abilitySpin = QSpinBox(self.assessmentTab)
        self.abilitySpin.setObjectName(u"abilitySpin")
        self.abilitySpin.setMinimum(0)
        self.abilitySpin.setMaximum(5)

        self.assessmentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.abilitySpin)

        self.reinforcementLabel = QLabel(self.assessmentTab)
        self.reinforcementLabel.setObjectName(u"reinforcementLabel")

        self.assessmentForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reinforcementLabel)

        self.reinforcementSpin = QSpinBox(self.assessmentTab)
        self.reinforcementSpin.setObjectName(u"reinforcementSpin")
        self.reinforcementSpin.setMinimum(0)
        self.reinforcementSpin.setMaximum(5)

        self.assessmentForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reinforcementSpin)

        self.barrierLabel = QLabel(self.assessmentTab)
        self.barrierLabel.setObjectName(u"barrierLabel")

        self.assessmentForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.barrierLabel)

        self.barrierValue = QLabel(self.assessmentTab)
        self.barrierValue.setObjectName(u"barrierValue")
        self.barrierValue.setText(u"")

        self.assessmentForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.barrierValue)

        self.tabs.addTab(self.assessmentTab, "")
        self.contactTab = QWidget()
        self.contactTab.setObjectName(u"contactTab")
        self.contactForm = QFormLayout(self.contactTab)
        self.contactForm.setObjectName(u"contactForm")
        self.strategyLabel = QLabel(self.contactTab)
        self.strategyLabel.setObjectName(u"strategyLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.strategyLabel)

        self.strategyEdit = QPlainTextEdit(self.contactTab)
        self.strategyEdit.setObjectName(u"strategyEdit")
        self.strategyEdit.setTabChangesFocus(True)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.strategyEdit)

        self.cadenceLabel = QLabel(self.contactTab)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceCombo = QComboBox(self.contactTab)
        self.cadenceCombo.setObjectName(u"cadenceCombo")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cadenceCombo)

        self.lastContactLabel = QLabel(self.contactTab)
        self.lastContactLabel.setObjectName(u"lastContactLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastContactLabel)

        self.lastContactCheck = QCheckBox(self.contactTab)
        self.lastContactCheck.setObjectName(u"lastContactCheck")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastContactCheck)

        self.lastContactEdit = QDateEdit(self.contactTab)
        self.lastContactEdit.setObjectName(u"lastContactEdit")
        self.lastContactEdit.setCalendarPopup(True)
        self.lastContactEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastContactEdit)

        self.notesLabel = QLabel(self.contactTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.contactTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tabs.addTab(self.contactTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(StakeholderDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.projectRoleLabel.setBuddy(self.projectRoleEdit)
        self.expectationsLabel.setBuddy(self.expectationsEdit)
        self.influenceLabel.setBuddy(self.influenceSpin)
        self.interestLabel.setBuddy(self.interestSpin)
        self.currentLabel.setBuddy(self.currentCombo)
        self.desiredLabel.setBuddy(self.desiredCombo)
        self.awarenessLabel.setBuddy(self.awarenessSpin)
        self.desireLabel.setBuddy(self.desireSpin)
        self.knowledgeLabel.setBuddy(self.knowledgeSpin)
        self.abilityLabel.setBuddy(self.abilitySpin)
        self.reinforcementLabel.setBuddy(self.reinforcementSpin)
        self.strategyLabel.setBuddy(self.strategyEdit)
        self.cadenceLabel.setBuddy(self.cadenceCombo)
        self.lastContactLabel.setBuddy(self.lastContactCheck)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StakeholderDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StakeholderDialog)
    # setupUi

    def retranslateUi(self, StakeholderDialog: QDialog) -> None:
        StakeholderDialog.setWindowTitle(QCoreApplication.translate("StakeholderDialog", u"Stakeholder", None))
        self.nameLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Name:", None))
        self.personLabel.setText(QCoreApplication.translate("StakeholderDialog", u"On the &roster:", None))
        self.externalLabel.setText(QCoreApplication.translate("StakeholderDialog", u"Kind:", None))
        self.externalCheck.setText(QCoreApplication.translate("StakeholderDialog", u"E&xternal (outside the organisation)", None))
        self.organisationLabel.setText(QCoreApplication.translate("StakeholderDialog", u"Or&ganisation:", None))
        self.positionLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Position:", None))
        self.projectRoleLabel.setText(QCoreApplication.translate("StakeholderDialog", u"Pro&ject role:", None))
        self.expectationsLabel.setText(QCoreApplication.translate("StakeholderDialog", u"Re&quirements and expectations:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("StakeholderDialog", u"General", None))
        self.influenceLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Influence (1\u20135):", None))
        self.interestLabel.setText(QCoreApplication.translate("StakeholderDialog", u"In&terest (1\u20135):", None))
        self.currentLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Current engagement:", None))
        self.desiredLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Desired engagement:", None))
        self.awarenessLabel.setText(QCoreApplication.translate("StakeholderDialog", u"ADKAR a&wareness:", None))
        self.awarenessSpin.setSpecialValueText(QCoreApplication.translate("StakeholderDialog", u"not scored", None))
        self.desireLabel.setText(QCoreApplication.translate("StakeholderDialog", u"ADKAR d&esire:", None))
        self.desireSpin.setSpecialValueText(QCoreApplication.translate("StakeholderDialog", u"not scored", None))
        self.knowledgeLabel.setText(QCoreApplication.translate("StakeholderDialog", u"ADKAR &knowledge:", None))
        self.knowledgeSpin.setSpecialValueText(QCoreApplication.translate("StakeholderDialog", u"not scored", None))
        self.abilityLabel.setText(QCoreApplication.translate("StakeholderDialog", u"ADKAR a&bility:", None))
        self.abilitySpin.setSpecialValueText(QCoreApplication.translate("StakeholderDialog", u"not scored", None))
        self.reinforcementLabel.setText(QCoreApplication.translate("StakeholderDialog", u"ADKAR rein&forcement:", None))
        self.reinforcementSpin.setSpecialValueText(QCoreApplication.translate("StakeholderDialog", u"not scored", None))
        self.barrierLabel.setText(QCoreApplication.translate("StakeholderDialog", u"Barrier:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.assessmentTab), QCoreApplication.translate("StakeholderDialog", u"Assessment", None))
        self.strategyLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Strategy:", None))
        self.cadenceLabel.setText(QCoreApplication.translate("StakeholderDialog", u"Cont&act cadence:", None))
        self.lastContactLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Last contact:", None))
        self.lastContactCheck.setText(QCoreApplication.translate("StakeholderDialog", u"Contacted on", None))
        self.notesLabel.setText(QCoreApplication.translate("StakeholderDialog", u"N&otes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("StakeholderDialog", u"Engagement plan", None))
    # retranslateUi

