# Generated from ui/risks/risk_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_dialog.ui'
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

class Ui_RiskDialog(object):
    def setupUi(self, RiskDialog: QDialog) -> None:
        if not RiskDialog.objectName():
            RiskDialog.setObjectName(u"RiskDialog")
        RiskDialog.resize(540, 520)
        self.dialogLayout = QVBoxLayout(RiskDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(RiskDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.categoryLabel = QLabel(self.generalTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.generalTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.probabilityLabel = QLabel(self.generalTab)
        self.probabilityLabel.setObjectName(u"probabilityLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.probabilityLabel)

        self.probabilitySpin = QSpinBox(self.generalTab)
        self.probabilitySpin.setObjectName(u"probabilitySpin")
        self.probabilitySpin.setMinimum(1)
        self.probabilitySpin.setMaximum(5)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.probabilitySpin)

        self.impactLabel = QLabel(self.generalTab)
        self.impactLabel.setObjectName(u"impactLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactSpin = QSpinBox(self.generalTab)
        self.impactSpin.setObjectName(u"impactSpin")
        self.impactSpin.setMinimum(1)
        self.impactSpin.setMaximum(5)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.impactSpin)

        self.scoreLabel = QLabel(self.generalTab)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreValue = QLabel(self.generalTab)
        self.scoreValue.setObjectName(u"scoreValue")
        self.scoreValue.setText(u"")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.scoreValue)

        self.ownerLabel = QLabel(self.generalTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = PersonPicker(self.generalTab)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.taskLabel = QLabel(self.generalTab)
        self.taskLabel.setObjectName(u"taskLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.taskLabel)

        self.taskCombo = QComboBox(self.generalTab)
        self.taskCombo.setObjectName(u"taskCombo")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.taskCombo)

        self.raisedLabel = QLabel(self.generalTab)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.raisedCheck = QCheckBox(self.generalTab)
        self.raisedCheck.setObjectName(u"raisedCheck")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.raisedCheck)

        self.raisedEdit = QDateEdit(self.generalTab)
        self.raisedEdit.setObjectName(u"raisedEdit")
        self.raisedEdit.setCalendarPopup(True)
        self.raisedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.raisedEdit)

        self.reviewLabel = QLabel(self.generalTab)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewCheck = QCheckBox(self.generalTab)
        self.reviewCheck.setObjectName(u"reviewCheck")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reviewCheck)

        self.reviewEdit = QDateEdit(self.generalTab)
        self.reviewEdit.setObjectName(u"reviewEdit")
        self.reviewEdit.setCalendarPopup(True)
        self.reviewEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reviewEdit)

        self.tabs.addTab(self.generalTab, "")
        self.responseTab = QWidget()
        self.responseTab.setObjectName(u"responseTab")
        self.responseForm = QFormLayout(self.responseTab)
        self.responseForm.setObjectName(u"responseForm")
        self.descriptionLabel = QLabel(self.responseTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.responseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.responseTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.responseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.triggerLabel = QLabel(self.responseTab)
        self.triggerLabel.setObjectName(u"triggerLabel")

        self.responseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.triggerLabel)

        self.triggerEdit = QPlainTextEdit(self.responseTab)
        self.triggerEdit.setObjectName(u"triggerEdit")
        self.triggerEdit.setTabChangesFocus(True)

        self.responseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.triggerEdit)

        self.mitigationLabel = QLabel(self.responseTab)
        self.mitigationLabel.setObjectName(u"mitigationLabel")

        self.responseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mitigationLabel)

        self.mitigationEdit = QPlainTextEdit(self.responseTab)
        self.mitigationEdit.setObjectName(u"mitigationEdit")
        self.mitigationEdit.setTabChangesFocus(True)

        self.responseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mitigationEdit)

        self.contingencyLabel = QLabel(self.responseTab)
        self.contingencyLabel.setObjectName(u"contingencyLabel")

        self.responseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contingencyLabel)

        self.contingencyEdit = QPlainTextEdit(self.responseTab)
        self.contingencyEdit.setObjectName(u"contingencyEdit")
        self.contingencyEdit.setTabChangesFocus(True)

        self.responseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contingencyEdit)

        self.tabs.addTab(self.responseTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(RiskDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.probabilityLabel.setBuddy(self.probabilitySpin)
        self.impactLabel.setBuddy(self.impactSpin)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.taskLabel.setBuddy(self.taskCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.triggerLabel.setBuddy(self.triggerEdit)
        self.mitigationLabel.setBuddy(self.mitigationEdit)
        self.contingencyLabel.setBuddy(self.contingencyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RiskDialog)
    # setupUi

    def retranslateUi(self, RiskDialog: QDialog) -> None:
        RiskDialog.setWindowTitle(QCoreApplication.translate("RiskDialog", u"Risk", None))
        self.titleLabel.setText(QCoreApplication.translate("RiskDialog", u"&Title:", None))
        self.categoryLabel.setText(QCoreApplication.translate("RiskDialog", u"&Category:", None))
        self.statusLabel.setText(QCoreApplication.translate("RiskDialog", u"St&atus:", None))
        self.probabilityLabel.setText(QCoreApplication.translate("RiskDialog", u"&Probability (1\u20135):", None))
        self.impactLabel.setText(QCoreApplication.translate("RiskDialog", u"&Impact (1\u20135):", None))
        self.scoreLabel.setText(QCoreApplication.translate("RiskDialog", u"Score:", None))
        self.ownerLabel.setText(QCoreApplication.translate("RiskDialog", u"&Owner:", None))
        self.taskLabel.setText(QCoreApplication.translate("RiskDialog", u"Lin&ked task or milestone:", None))
        self.raisedLabel.setText(QCoreApplication.translate("RiskDialog", u"Raised:", None))
        self.raisedCheck.setText(QCoreApplication.translate("RiskDialog", u"&Raised on", None))
        self.reviewLabel.setText(QCoreApplication.translate("RiskDialog", u"Review:", None))
        self.reviewCheck.setText(QCoreApplication.translate("RiskDialog", u"Re&view on", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("RiskDialog", u"Risk", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RiskDialog", u"&Description:", None))
        self.triggerLabel.setText(QCoreApplication.translate("RiskDialog", u"Tri&gger:", None))
        self.mitigationLabel.setText(QCoreApplication.translate("RiskDialog", u"&Mitigation:", None))
        self.contingencyLabel.setText(QCoreApplication.translate("RiskDialog", u"Conti&ngency plan:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.responseTab), QCoreApplication.translate("RiskDialog", u"Response", None))
    # retranslateUi

