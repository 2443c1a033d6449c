# Generated from ui/knowledge/feedback_round_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_round_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_FeedbackRoundDialog(object):
    def setupUi(self, FeedbackRoundDialog: QDialog) -> None:
        if not FeedbackRoundDialog.objectName():
            FeedbackRoundDialog.setObjectName(u"FeedbackRoundDialog")
        FeedbackRoundDialog.resize(460, 380)
        self.dialogLayout = QVBoxLayout(FeedbackRoundDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.roundForm = QFormLayout()
        self.roundForm.setObjectName(u"roundForm")
        self.departmentLabel = QLabel(FeedbackRoundDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.roundForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(FeedbackRoundDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.roundForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.dayLabel = QLabel(FeedbackRoundDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.roundForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(FeedbackRoundDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.roundForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.channelLabel = QLabel(FeedbackRoundDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.roundForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(FeedbackRoundDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.roundForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.respondentsLabel = QLabel(FeedbackRoundDialog)
        self.respondentsLabel.setObjectName(u"respondentsLabel")

        self.roundForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.respondentsLabel)

        self.respondentsSpin = QSpinBox(FeedbackRoundDialog)
        self.respondentsSpin.setObjectName(u"respondentsSpin")
        self.respondentsSpin.setMaximum(1000000)

        self.roundForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.respondentsSpin)

        self.satisfactionLabel = QLabel(FeedbackRoundDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.roundForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfactionSpin = QDoubleSpinBox(FeedbackRoundDialog)
        self.satisfactionSpin.setObjectName(u"satisfactionSpin")
        self.satisfactionSpin.setDecimals(2)
        self.satisfactionSpin.setMinimum(0.000000000000000)
        self.satisfactionSpin.setMaximum(5.000000000000000)
        self.satisfactionSpin.setSingleStep(0.100000000000000)

        self.roundForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.satisfactionSpin)

        self.commentsLabel = QLabel(FeedbackRoundDialog)
        self.commentsLabel.setObjectName(u"commentsLabel")

        self.roundForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.commentsLabel)

        self.commentsEdit = QPlainTextEdit(FeedbackRoundDialog)
        self.commentsEdit.setObjectName(u"commentsEdit")
        self.commentsEdit.setTabChangesFocus(True)

        self.roundForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.commentsEdit)


        self.dialogLayout.addLayout(self.roundForm)

        self.buttons = QDialogButtonBox(FeedbackRoundDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.respondentsLabel.setBuddy(self.respondentsSpin)
        self.satisfactionLabel.setBuddy(self.satisfactionSpin)
        self.commentsLabel.setBuddy(self.commentsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackRoundDialog)

        QMetaObject.connectSlotsByName(FeedbackRoundDialog)
    # setupUi

    def retranslateUi(self, FeedbackRoundDialog: QDialog) -> None:
        FeedbackRoundDialog.setWindowTitle(QCoreApplication.translate("FeedbackRoundDialog", u"Feedback round", None))
        self.departmentLabel.setText(QCoreApplication.translate("FeedbackRoundDialog", u"&Department:", None))
        self.dayLabel.setText(QCoreApplication.translate("FeedbackRoundDialog", u"D&ate:", None))
        self.channelLabel.setText(QCoreApplication.translate("FeedbackRoundDialog", u"&Channel:", None))
        self.respondentsLabel.setText(QCoreApplication.translate("FeedbackRoundDialog", u"&Respondents:", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("FeedbackRoundDialog", u"&Satisfaction (1\u20135):", None))
        self.satisfactionSpin.setSpecialValueText(QCoreApplication.translate("FeedbackRoundDialog", u"not measured", None))
        self.commentsLabel.setText(QCoreApplication.translate("FeedbackRoundDialog", u"C&omments (one a line; \u2605 marks a suggestion):", None))
    # retranslateUi

