# Generated from ui/new_plan_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_plan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewPlanDialog(object):
    def setupUi(self, NewPlanDialog: QDialog) -> None:
        if not NewPlanDialog.objectName():
            NewPlanDialog.setObjectName(u"NewPlanDialog")
        NewPlanDialog.resize(440, 220)
        self.dialogLayout = QVBoxLayout(NewPlanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(NewPlanDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewPlanDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.organisationLabel = QLabel(NewPlanDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(NewPlanDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.startLabel = QLabel(NewPlanDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(NewPlanDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.goLiveLabel = QLabel(NewPlanDialog)
        self.goLiveLabel.setObjectName(u"goLiveLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.goLiveLabel)

        self.goLiveEdit = QDateEdit(NewPlanDialog)
        self.goLiveEdit.setObjectName(u"goLiveEdit")
        self.goLiveEdit.setCalendarPopup(True)
        self.goLiveEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.goLiveEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(NewPlanDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.goLiveLabel.setBuddy(self.goLiveEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.goLiveEdit)

        self.retranslateUi(NewPlanDialog)
        self.buttonBox.rejected.connect(NewPlanDialog.reject)

        QMetaObject.connectSlotsByName(NewPlanDialog)
    # setupUi

    def retranslateUi(self, NewPlanDialog: QDialog) -> None:
        NewPlanDialog.setWindowTitle(QCoreApplication.translate("NewPlanDialog", u"New Plan", None))
        self.nameLabel.setText(QCoreApplication.translate("NewPlanDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewPlanDialog", u"e.g. Group OA rollout 2027", None))
        self.organisationLabel.setText(QCoreApplication.translate("NewPlanDialog", u"&Organisation:", None))
        self.startLabel.setText(QCoreApplication.translate("NewPlanDialog", u"&Start:", None))
        self.goLiveLabel.setText(QCoreApplication.translate("NewPlanDialog", u"Target &go-live:", None))
        self.problemLabel.setText("")
    # retranslateUi

