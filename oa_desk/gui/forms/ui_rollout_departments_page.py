# Generated from ui/wizard/rollout_departments_page.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rollout_departments_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_RolloutDepartmentsPage(object):
    def setupUi(self, RolloutDepartmentsPage: QWizardPage) -> None:
        if not RolloutDepartmentsPage.objectName():
            RolloutDepartmentsPage.setObjectName(u"RolloutDepartmentsPage")
        self.layout = QVBoxLayout(RolloutDepartmentsPage)
        self.layout.setObjectName(u"layout")
        self.departmentsEdit = QPlainTextEdit(RolloutDepartmentsPage)
        self.departmentsEdit.setObjectName(u"departmentsEdit")

        self.layout.addWidget(self.departmentsEdit)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.fromPlanButton = QPushButton(RolloutDepartmentsPage)
        self.fromPlanButton.setObjectName(u"fromPlanButton")

        self.buttons.addWidget(self.fromPlanButton)

        self.fromFileButton = QPushButton(RolloutDepartmentsPage)
        self.fromFileButton.setObjectName(u"fromFileButton")

        self.buttons.addWidget(self.fromFileButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.countLabel = QLabel(RolloutDepartmentsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.buttons.addWidget(self.countLabel)


        self.layout.addLayout(self.buttons)

        self.problemLabel = QLabel(RolloutDepartmentsPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)


        self.retranslateUi(RolloutDepartmentsPage)

        QMetaObject.connectSlotsByName(RolloutDepartmentsPage)
    # setupUi

    def retranslateUi(self, RolloutDepartmentsPage: QWizardPage) -> None:
        RolloutDepartmentsPage.setTitle(QCoreApplication.translate("RolloutDepartmentsPage", u"Departments", None))
        RolloutDepartmentsPage.setSubTitle(QCoreApplication.translate("RolloutDepartmentsPage", u"One department a line: type them, paste a column from Excel, or take them from the open plan or a file (a list, or a roster with a department column). The order is the rollout order.", None))
        self.departmentsEdit.setPlaceholderText(QCoreApplication.translate("RolloutDepartmentsPage", u"Finance\n"
"Human Resources\n"
"Sales\n"
"\u2026", None))
        self.fromPlanButton.setText(QCoreApplication.translate("RolloutDepartmentsPage", u"From the Open &Plan", None))
        self.fromFileButton.setText(QCoreApplication.translate("RolloutDepartmentsPage", u"From a &File\u2026", None))
    # retranslateUi

