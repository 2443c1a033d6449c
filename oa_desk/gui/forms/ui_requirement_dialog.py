# Generated from ui/requirements/requirement_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requirement_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_RequirementDialog(object):
    def setupUi(self, RequirementDialog: QDialog) -> None:
        if not RequirementDialog.objectName():
            RequirementDialog.setObjectName(u"RequirementDialog")
        RequirementDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(RequirementDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(RequirementDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.requirementForm = QFormLayout(self.generalTab)
        self.requirementForm.setObjectName(u"requirementForm")
        self.departmentLabel = QLabel(self.generalTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.requirementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.generalTab)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.requirementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.painPointLabel = QLabel(self.generalTab)
        self.painPointLabel.setObjectName(u"painPointLabel")

        self.requirementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.painPointLabel)

        self.painPointEdit = QLineEdit(self.generalTab)
        self.painPointEdit.setObjectName(u"painPointEdit")
        self.painPointEdit.setMaxLength(300)

        self.requirementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.painPointEdit)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.requirementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.generalTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.requirementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.moduleLabel = QLabel(self.generalTab)
        self.moduleLabel.setObjectName(u"moduleLabel")

        self.requirementForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.moduleLabel)

        self.moduleCombo = QComboBox(self.generalTab)
        self.moduleCombo.setObjectName(u"moduleCombo")

        self.requirementForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moduleCombo)

        self.priorityLabel = QLabel(self.generalTab)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.requirementForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(self.generalTab)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.requirementForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.fitLabel = QLabel(self.generalTab)
        self.fitLabel.setObjectName(u"fitLabel")

        self.requirementForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fitLabel)

        self.fitCombo = QComboBox(self.generalTab)
        self.fitCombo.setObjectName(u"fitCombo")

        self.requirementForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fitCombo)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.requirementForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.requirementForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.raisedByLabel = QLabel(self.generalTab)
        self.raisedByLabel.setObjectName(u"raisedByLabel")

        self.requirementForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.raisedByLabel)

        self.raisedByEdit = PersonPicker(self.generalTab)
        self.raisedByEdit.setObjectName(u"raisedByEdit")

        self.requirementForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.raisedByEdit)

        self.raisedOnLabel = QLabel(self.generalTab)
        self.raisedOnLabel.setObjectName(u"raisedOnLabel")

        self.requirementForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.raisedOnLabel)

        self.raisedOnCheck = QCheckBox(self.generalTab)
        self.raisedOnCheck.setObjectName(u"raisedOnCheck")

        self.requirementForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.raisedOnCheck)

        self.raisedOnEdit = QDateEdit(self.generalTab)
        self.raisedOnEdit.setObjectName(u"raisedOnEdit")
        self.raisedOnEdit.setCalendarPopup(True)
        self.raisedOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.requirementForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.raisedOnEdit)

        self.decisionLabel = QLabel(self.generalTab)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.requirementForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QPlainTextEdit(self.generalTab)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setTabChangesFocus(True)
        self.decisionEdit.setMaximumSize(QSize(16777215, 70))

        self.requirementForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.tabs.addTab(self.generalTab, "")
        self.tasksTab = QWidget()
        self.tasksTab.setObjectName(u"tasksTab")
        self.tasksLayout = QVBoxLayout(self.tasksTab)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tasksHint = QLabel(self.tasksTab)
        self.tasksHint.setObjectName(u"tasksHint")

        self.tasksLayout.addWidget(self.tasksHint)

        self.taskFilterEdit = QLineEdit(self.tasksTab)
        self.taskFilterEdit.setObjectName(u"taskFilterEdit")

        self.tasksLayout.addWidget(self.taskFilterEdit)

        self.tasksList = QListWidget(self.tasksTab)
        self.tasksList.setObjectName(u"tasksList")

        self.tasksLayout.addWidget(self.tasksList)

        self.tabs.addTab(self.tasksTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(RequirementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.painPointLabel.setBuddy(self.painPointEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.moduleLabel.setBuddy(self.moduleCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.fitLabel.setBuddy(self.fitCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.raisedByLabel.setBuddy(self.raisedByEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequirementDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RequirementDialog)
    # setupUi

    def retranslateUi(self, RequirementDialog: QDialog) -> None:
        RequirementDialog.setWindowTitle(QCoreApplication.translate("RequirementDialog", u"Requirement", None))
        self.departmentLabel.setText(QCoreApplication.translate("RequirementDialog", u"&Department:", None))
        self.painPointLabel.setText(QCoreApplication.translate("RequirementDialog", u"&Pain point:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RequirementDialog", u"Re&quirement:", None))
        self.moduleLabel.setText(QCoreApplication.translate("RequirementDialog", u"OA &module:", None))
        self.priorityLabel.setText(QCoreApplication.translate("RequirementDialog", u"P&riority:", None))
        self.fitLabel.setText(QCoreApplication.translate("RequirementDialog", u"&Fit:", None))
        self.statusLabel.setText(QCoreApplication.translate("RequirementDialog", u"&Status:", None))
        self.raisedByLabel.setText(QCoreApplication.translate("RequirementDialog", u"Raised &by:", None))
        self.raisedOnLabel.setText(QCoreApplication.translate("RequirementDialog", u"Raised:", None))
        self.raisedOnCheck.setText(QCoreApplication.translate("RequirementDialog", u"Raised &on", None))
        self.decisionLabel.setText(QCoreApplication.translate("RequirementDialog", u"Decis&ion:", None))
#if QT_CONFIG(tooltip)
        self.decisionEdit.setToolTip(QCoreApplication.translate("RequirementDialog", u"What was decided: configure it, build it, defer it to a later phase or reject it, and why", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("RequirementDialog", u"Requirement", None))
        self.tasksHint.setText(QCoreApplication.translate("RequirementDialog", u"Tick the tasks that deliver this requirement.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tasksTab), QCoreApplication.translate("RequirementDialog", u"Delivered by", None))
    # retranslateUi

