# Generated from ui/people/thresholds_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'thresholds_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ThresholdsDialog(object):
    def setupUi(self, ThresholdsDialog: QDialog) -> None:
        if not ThresholdsDialog.objectName():
            ThresholdsDialog.setObjectName(u"ThresholdsDialog")
        ThresholdsDialog.resize(480, 320)
        self.dialogLayout = QVBoxLayout(ThresholdsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.thresholdsForm = QFormLayout()
        self.thresholdsForm.setObjectName(u"thresholdsForm")
        self.trainedGoLabel = QLabel(ThresholdsDialog)
        self.trainedGoLabel.setObjectName(u"trainedGoLabel")

        self.thresholdsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.trainedGoLabel)

        self.trainedGoSpin = QSpinBox(ThresholdsDialog)
        self.trainedGoSpin.setObjectName(u"trainedGoSpin")
        self.trainedGoSpin.setMaximum(100)

        self.thresholdsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.trainedGoSpin)

        self.trainedNogoLabel = QLabel(ThresholdsDialog)
        self.trainedNogoLabel.setObjectName(u"trainedNogoLabel")

        self.thresholdsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trainedNogoLabel)

        self.trainedNogoSpin = QSpinBox(ThresholdsDialog)
        self.trainedNogoSpin.setObjectName(u"trainedNogoSpin")
        self.trainedNogoSpin.setMaximum(100)

        self.thresholdsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trainedNogoSpin)

        self.keyUsersGoLabel = QLabel(ThresholdsDialog)
        self.keyUsersGoLabel.setObjectName(u"keyUsersGoLabel")

        self.thresholdsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keyUsersGoLabel)

        self.keyUsersGoSpin = QSpinBox(ThresholdsDialog)
        self.keyUsersGoSpin.setObjectName(u"keyUsersGoSpin")
        self.keyUsersGoSpin.setMaximum(9999)

        self.thresholdsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keyUsersGoSpin)

        self.ticketsGoLabel = QLabel(ThresholdsDialog)
        self.ticketsGoLabel.setObjectName(u"ticketsGoLabel")

        self.thresholdsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ticketsGoLabel)

        self.ticketsGoSpin = QSpinBox(ThresholdsDialog)
        self.ticketsGoSpin.setObjectName(u"ticketsGoSpin")
        self.ticketsGoSpin.setMaximum(9999)

        self.thresholdsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ticketsGoSpin)

        self.ticketsNogoLabel = QLabel(ThresholdsDialog)
        self.ticketsNogoLabel.setObjectName(u"ticketsNogoLabel")

        self.thresholdsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ticketsNogoLabel)

        self.ticketsNogoSpin = QSpinBox(ThresholdsDialog)
        self.ticketsNogoSpin.setObjectName(u"ticketsNogoSpin")
        self.ticketsNogoSpin.setMaximum(9999)

        self.thresholdsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ticketsNogoSpin)

        self.itemsGoLabel = QLabel(ThresholdsDialog)
        self.itemsGoLabel.setObjectName(u"itemsGoLabel")

        self.thresholdsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.itemsGoLabel)

        self.itemsGoSpin = QSpinBox(ThresholdsDialog)
        self.itemsGoSpin.setObjectName(u"itemsGoSpin")
        self.itemsGoSpin.setMaximum(100)

        self.thresholdsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.itemsGoSpin)

        self.itemsNogoLabel = QLabel(ThresholdsDialog)
        self.itemsNogoLabel.setObjectName(u"itemsNogoLabel")

        self.thresholdsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.itemsNogoLabel)

        self.itemsNogoSpin = QSpinBox(ThresholdsDialog)
        self.itemsNogoSpin.setObjectName(u"itemsNogoSpin")
        self.itemsNogoSpin.setMaximum(100)

        self.thresholdsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.itemsNogoSpin)


        self.dialogLayout.addLayout(self.thresholdsForm)

        self.noteLabel = QLabel(ThresholdsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttons = QDialogButtonBox(ThresholdsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.trainedGoLabel.setBuddy(self.trainedGoSpin)
        self.trainedNogoLabel.setBuddy(self.trainedNogoSpin)
        self.keyUsersGoLabel.setBuddy(self.keyUsersGoSpin)
        self.ticketsGoLabel.setBuddy(self.ticketsGoSpin)
        self.ticketsNogoLabel.setBuddy(self.ticketsNogoSpin)
        self.itemsGoLabel.setBuddy(self.itemsGoSpin)
        self.itemsNogoLabel.setBuddy(self.itemsNogoSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ThresholdsDialog)

        QMetaObject.connectSlotsByName(ThresholdsDialog)
    # setupUi

    def retranslateUi(self, ThresholdsDialog: QDialog) -> None:
        ThresholdsDialog.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", u"Gate thresholds", None))
        self.trainedGoLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"GO: &trained at their tier at least (%):", None))
        self.trainedNogoLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"NO-GO: trai&ned below (%):", None))
        self.keyUsersGoLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"GO: &key users named at least:", None))
        self.ticketsGoLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"GO: o&pen P1/P2 tickets at most:", None))
        self.ticketsNogoLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"NO-GO: open P1/P2 tickets &from:", None))
        self.itemsGoLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"GO: readiness &items done at least (%):", None))
        self.itemsNogoLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"NO-GO: readiness items &done below (%):", None))
        self.noteLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Between a GO condition and its NO-GO trigger the criterion is amber (watch).", None))
    # retranslateUi

