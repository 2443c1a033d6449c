# Generated from ui/training/session_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog: QDialog) -> None:
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(460, 300)
        self.form = QFormLayout(SessionDialog)
        self.form.setObjectName(u"form")
        self.courseLabel = QLabel(SessionDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(SessionDialog)
        self.courseCombo.setObjectName(u"courseCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.startsLabel = QLabel(SessionDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsEdit = QDateTimeEdit(SessionDialog)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.startsEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.endsLabel = QLabel(SessionDialog)
        self.endsLabel.setObjectName(u"endsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endsLabel)

        self.endsEdit = QDateTimeEdit(SessionDialog)
        self.endsEdit.setObjectName(u"endsEdit")
        self.endsEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.endsEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endsEdit)

        self.locationLabel = QLabel(SessionDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(SessionDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.trainerLabel = QLabel(SessionDialog)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerEdit = PersonPicker(SessionDialog)
        self.trainerEdit.setObjectName(u"trainerEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trainerEdit)

        self.capacityLabel = QLabel(SessionDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(SessionDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(-9999)
        self.capacitySpin.setMaximum(100000)
        self.capacitySpin.setValue(30)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.statusLabel = QLabel(SessionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(SessionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.buttons = QDialogButtonBox(SessionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.courseLabel.setBuddy(self.courseCombo)
        self.startsLabel.setBuddy(self.startsEdit)
        self.endsLabel.setBuddy(self.endsEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.trainerLabel.setBuddy(self.trainerEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.courseCombo, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.trainerEdit)
        QWidget.setTabOrder(self.trainerEdit, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.statusCombo)

        self.retranslateUi(SessionDialog)
        self.buttons.accepted.connect(SessionDialog.accept)
        self.buttons.rejected.connect(SessionDialog.reject)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog: QDialog) -> None:
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.courseLabel.setText(QCoreApplication.translate("SessionDialog", u"&Course:", None))
        self.startsLabel.setText(QCoreApplication.translate("SessionDialog", u"&Starts:", None))
        self.endsLabel.setText(QCoreApplication.translate("SessionDialog", u"&Ends:", None))
        self.locationLabel.setText(QCoreApplication.translate("SessionDialog", u"&Place or link:", None))
        self.trainerLabel.setText(QCoreApplication.translate("SessionDialog", u"&Trainer:", None))
        self.capacityLabel.setText(QCoreApplication.translate("SessionDialog", u"C&apacity:", None))
        self.statusLabel.setText(QCoreApplication.translate("SessionDialog", u"Stat&us:", None))
    # retranslateUi

