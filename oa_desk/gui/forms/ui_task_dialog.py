# Generated from ui/timeline/task_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'task_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog: QDialog) -> None:
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(TaskDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(TaskDialog)
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
        self.nameEdit.setMaxLength(300)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phaseLabel = QLabel(self.generalTab)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(self.generalTab)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.milestoneLabel = QLabel(self.generalTab)
        self.milestoneLabel.setObjectName(u"milestoneLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.milestoneLabel)

        self.milestoneCheck = QCheckBox(self.generalTab)
        self.milestoneCheck.setObjectName(u"milestoneCheck")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.milestoneCheck)

        self.durationLabel = QLabel(self.generalTab)
        self.durationLabel.setObjectName(u"durationLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.generalTab)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(9999)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.progressLabel = QLabel(self.generalTab)
        self.progressLabel.setObjectName(u"progressLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressSpin = QSpinBox(self.generalTab)
        self.progressSpin.setObjectName(u"progressSpin")
        self.progressSpin.setSuffix(u" %")
        self.progressSpin.setMaximum(100)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.progressSpin)

        self.datesLabel = QLabel(self.generalTab)
        self.datesLabel.setObjectName(u"datesLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesValue = QLabel(self.generalTab)
        self.datesValue.setObjectName(u"datesValue")
        self.datesValue.setText(u"")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.datesValue)

        self.constraintLabel = QLabel(self.generalTab)
        self.constraintLabel.setObjectName(u"constraintLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.constraintLabel)

        self.constraintLayout = QHBoxLayout()
        self.constraintLayout.setObjectName(u"constraintLayout")
        self.constraintCombo = QComboBox(self.generalTab)
        self.constraintCombo.setObjectName(u"constraintCombo")

        self.constraintLayout.addWidget(self.constraintCombo)

        self.constraintDate = QDateEdit(self.generalTab)
        self.constraintDate.setObjectName(u"constraintDate")
        self.constraintDate.setCalendarPopup(True)
        self.constraintDate.setDisplayFormat(u"yyyy-MM-dd")

        self.constraintLayout.addWidget(self.constraintDate)


        self.generalForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.constraintLayout)

        self.ownerLabel = QLabel(self.generalTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = PersonPicker(self.generalTab)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.departmentLabel = QLabel(self.generalTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.generalTab)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.waveLabel = QLabel(self.generalTab)
        self.waveLabel.setObjectName(u"waveLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.waveLabel)

        self.waveCombo = QComboBox(self.generalTab)
        self.waveCombo.setObjectName(u"waveCombo")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.waveCombo)

        self.predecessorsLabel = QLabel(self.generalTab)
        self.predecessorsLabel.setObjectName(u"predecessorsLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.predecessorsLabel)

        self.predecessorsEdit = QLineEdit(self.generalTab)
        self.predecessorsEdit.setObjectName(u"predecessorsEdit")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.predecessorsEdit)

        self.tabs.addTab(self.generalTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsForm = QFormLayout(self.detailsTab)
        self.detailsForm.setObjectName(u"detailsForm")
        self.deliverableLabel = QLabel(self.detailsTab)
        self.deliverableLabel.setObjectName(u"deliverableLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deliverableLabel)

        self.deliverableEdit = QPlainTextEdit(self.detailsTab)
        self.deliverableEdit.setObjectName(u"deliverableEdit")
        self.deliverableEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deliverableEdit)

        self.acceptanceLabel = QLabel(self.detailsTab)
        self.acceptanceLabel.setObjectName(u"acceptanceLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acceptanceLabel)

        self.acceptanceEdit = QPlainTextEdit(self.detailsTab)
        self.acceptanceEdit.setObjectName(u"acceptanceEdit")
        self.acceptanceEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acceptanceEdit)

        self.notesLabel = QLabel(self.detailsTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.detailsTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.tabs.addTab(self.detailsTab, "")
        self.raciTab = QWidget()
        self.raciTab.setObjectName(u"raciTab")
        self.raciLayout = QVBoxLayout(self.raciTab)
        self.raciLayout.setObjectName(u"raciLayout")
        self.raciIntro = QLabel(self.raciTab)
        self.raciIntro.setObjectName(u"raciIntro")
        self.raciIntro.setWordWrap(True)

        self.raciLayout.addWidget(self.raciIntro)

        self.raciTree = QTreeWidget(self.raciTab)
        self.raciTree.setObjectName(u"raciTree")
        self.raciTree.setRootIsDecorated(False)
        self.raciTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.raciLayout.addWidget(self.raciTree)

        self.tabs.addTab(self.raciTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.problemLabel = QLabel(TaskDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.progressLabel.setBuddy(self.progressSpin)
        self.constraintLabel.setBuddy(self.constraintCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.waveLabel.setBuddy(self.waveCombo)
        self.predecessorsLabel.setBuddy(self.predecessorsEdit)
        self.deliverableLabel.setBuddy(self.deliverableEdit)
        self.acceptanceLabel.setBuddy(self.acceptanceEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TaskDialog)
        self.buttonBox.rejected.connect(TaskDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog: QDialog) -> None:
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"Task", None))
        self.nameLabel.setText(QCoreApplication.translate("TaskDialog", u"&Name:", None))
        self.phaseLabel.setText(QCoreApplication.translate("TaskDialog", u"&Phase:", None))
        self.milestoneLabel.setText(QCoreApplication.translate("TaskDialog", u"Kind:", None))
        self.milestoneCheck.setText(QCoreApplication.translate("TaskDialog", u"&Milestone (no duration)", None))
        self.durationLabel.setText(QCoreApplication.translate("TaskDialog", u"&Duration:", None))
        self.progressLabel.setText(QCoreApplication.translate("TaskDialog", u"P&rogress:", None))
        self.datesLabel.setText(QCoreApplication.translate("TaskDialog", u"Scheduled:", None))
        self.constraintLabel.setText(QCoreApplication.translate("TaskDialog", u"&Constraint:", None))
        self.ownerLabel.setText(QCoreApplication.translate("TaskDialog", u"&Owner:", None))
        self.departmentLabel.setText(QCoreApplication.translate("TaskDialog", u"Depar&tment:", None))
        self.waveLabel.setText(QCoreApplication.translate("TaskDialog", u"&Wave:", None))
        self.predecessorsLabel.setText(QCoreApplication.translate("TaskDialog", u"Pr&edecessors:", None))
        self.predecessorsEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"e.g. 12FS+2d, 15SS", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("TaskDialog", u"General", None))
        self.deliverableLabel.setText(QCoreApplication.translate("TaskDialog", u"De&liverable:", None))
        self.acceptanceLabel.setText(QCoreApplication.translate("TaskDialog", u"&Acceptance / KPI:", None))
        self.notesLabel.setText(QCoreApplication.translate("TaskDialog", u"Note&s:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("TaskDialog", u"Deliverable and notes", None))
        self.raciIntro.setText(QCoreApplication.translate("TaskDialog", u"Who is responsible, accountable, consulted and informed for this task (read-only here).", None))
        ___qtreewidgetitem = self.raciTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TaskDialog", u"Role", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TaskDialog", u"Stakeholder", None))
        self.tabs.setTabText(self.tabs.indexOf(self.raciTab), QCoreApplication.translate("TaskDialog", u"RACI", None))
    # retranslateUi

