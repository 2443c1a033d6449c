# Generated from ui/goals/goal_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog: QDialog) -> None:
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(520, 460)
        self.dialogLayout = QVBoxLayout(GoalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.goalForm = QFormLayout()
        self.goalForm.setObjectName(u"goalForm")
        self.nameLabel = QLabel(GoalDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GoalDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.goalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryLabel = QLabel(GoalDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(GoalDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.directionLabel = QLabel(GoalDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.goalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(GoalDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.goalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.unitLabel = QLabel(GoalDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.goalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(GoalDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(30)

        self.goalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.baselineLabel = QLabel(GoalDialog)
        self.baselineLabel.setObjectName(u"baselineLabel")

        self.goalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.baselineLabel)

        self.baselineCheck = QCheckBox(GoalDialog)
        self.baselineCheck.setObjectName(u"baselineCheck")

        self.goalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.baselineCheck)

        self.baselineSpin = QDoubleSpinBox(GoalDialog)
        self.baselineSpin.setObjectName(u"baselineSpin")
        self.baselineSpin.setDecimals(2)
        self.baselineSpin.setMinimum(-1000000000.000000000000000)
        self.baselineSpin.setMaximum(1000000000.000000000000000)

        self.goalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.baselineSpin)

        self.targetLabel = QLabel(GoalDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.goalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCheck = QCheckBox(GoalDialog)
        self.targetCheck.setObjectName(u"targetCheck")

        self.goalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.targetCheck)

        self.targetSpin = QDoubleSpinBox(GoalDialog)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setDecimals(2)
        self.targetSpin.setMinimum(-1000000000.000000000000000)
        self.targetSpin.setMaximum(1000000000.000000000000000)

        self.goalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.targetSpin)

        self.ownerLabel = QLabel(GoalDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.goalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = PersonPicker(GoalDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.goalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueLabel = QLabel(GoalDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.goalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueCheck = QCheckBox(GoalDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.goalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dueCheck)

        self.dueEdit = QDateEdit(GoalDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.goalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.descriptionLabel = QLabel(GoalDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.goalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(GoalDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.goalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.goalForm)

        self.buttons = QDialogButtonBox(GoalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.directionLabel.setBuddy(self.directionCombo)
        self.unitLabel.setBuddy(self.unitEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalDialog)

        QMetaObject.connectSlotsByName(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog: QDialog) -> None:
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Goal", None))
        self.nameLabel.setText(QCoreApplication.translate("GoalDialog", u"&Goal / KPI:", None))
        self.categoryLabel.setText(QCoreApplication.translate("GoalDialog", u"&Category:", None))
        self.directionLabel.setText(QCoreApplication.translate("GoalDialog", u"&Better when:", None))
        self.unitLabel.setText(QCoreApplication.translate("GoalDialog", u"&Unit:", None))
        self.baselineLabel.setText(QCoreApplication.translate("GoalDialog", u"Baseline:", None))
        self.baselineCheck.setText(QCoreApplication.translate("GoalDialog", u"B&aseline", None))
        self.targetLabel.setText(QCoreApplication.translate("GoalDialog", u"Target:", None))
        self.targetCheck.setText(QCoreApplication.translate("GoalDialog", u"&Target", None))
        self.ownerLabel.setText(QCoreApplication.translate("GoalDialog", u"&Owner:", None))
        self.dueLabel.setText(QCoreApplication.translate("GoalDialog", u"Due:", None))
        self.dueCheck.setText(QCoreApplication.translate("GoalDialog", u"&Due on", None))
        self.descriptionLabel.setText(QCoreApplication.translate("GoalDialog", u"D&escription and how it is measured:", None))
    # retranslateUi

