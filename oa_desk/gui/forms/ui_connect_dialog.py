# Generated from ui/connect_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connect_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ConnectDialog(object):
    def setupUi(self, ConnectDialog: QDialog) -> None:
        if not ConnectDialog.objectName():
            ConnectDialog.setObjectName(u"ConnectDialog")
        ConnectDialog.resize(460, 320)
        self.dialogLayout = QVBoxLayout(ConnectDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ConnectDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(ConnectDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ConnectDialog)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(255)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ConnectDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ConnectDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(ConnectDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ConnectDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setMaxLength(63)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(ConnectDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ConnectDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(63)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(ConnectDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ConnectDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.savePasswordCheck = QCheckBox(ConnectDialog)
        self.savePasswordCheck.setObjectName(u"savePasswordCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.savePasswordCheck)


        self.dialogLayout.addLayout(self.form)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(ConnectDialog)
        self.testButton.setObjectName(u"testButton")

        self.testLayout.addWidget(self.testButton)

        self.resultLabel = QLabel(ConnectDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.testLayout.addWidget(self.resultLabel)

        self.testLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.testLayout)

        self.buttonBox = QDialogButtonBox(ConnectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.savePasswordCheck)
        QWidget.setTabOrder(self.savePasswordCheck, self.testButton)

        self.retranslateUi(ConnectDialog)
        self.buttonBox.rejected.connect(ConnectDialog.reject)

        QMetaObject.connectSlotsByName(ConnectDialog)
    # setupUi

    def retranslateUi(self, ConnectDialog: QDialog) -> None:
        ConnectDialog.setWindowTitle(QCoreApplication.translate("ConnectDialog", u"Connect to Team Plan", None))
        self.introLabel.setText(QCoreApplication.translate("ConnectDialog", u"A team plan lives in a PostgreSQL database. The password is asked here and never stored in OA Desk's settings.", None))
        self.hostLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Server:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"e.g. oa-db.example.com", None))
        self.portLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Port:", None))
        self.databaseLabel.setText(QCoreApplication.translate("ConnectDialog", u"&Database:", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectDialog", u"&User:", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectDialog", u"Pass&word:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"empty: from the keyring or ~/.pgpass", None))
        self.savePasswordCheck.setText(QCoreApplication.translate("ConnectDialog", u"&Keep the password in the system keyring", None))
        self.testButton.setText(QCoreApplication.translate("ConnectDialog", u"&Test Connection", None))
    # retranslateUi

