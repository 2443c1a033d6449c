# Generated from ui/preferences_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog: QDialog) -> None:
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(420, 180)
        self.dialogLayout = QVBoxLayout(PreferencesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(PreferencesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PreferencesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.toolbarLabel = QLabel(PreferencesDialog)
        self.toolbarLabel.setObjectName(u"toolbarLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toolbarLabel)

        self.toolbarCombo = QComboBox(PreferencesDialog)
        self.toolbarCombo.setObjectName(u"toolbarCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toolbarCombo)

        self.snapshotsLabel = QLabel(PreferencesDialog)
        self.snapshotsLabel.setObjectName(u"snapshotsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.snapshotsLabel)

        self.snapshotsPath = QLabel(PreferencesDialog)
        self.snapshotsPath.setObjectName(u"snapshotsPath")
        self.snapshotsPath.setText(u"")
        self.snapshotsPath.setWordWrap(True)
        self.snapshotsPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.snapshotsPath)

        self.settingsLabel = QLabel(PreferencesDialog)
        self.settingsLabel.setObjectName(u"settingsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.settingsLabel)

        self.settingsPath = QLabel(PreferencesDialog)
        self.settingsPath.setObjectName(u"settingsPath")
        self.settingsPath.setText(u"")
        self.settingsPath.setWordWrap(True)
        self.settingsPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.settingsPath)


        self.dialogLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.toolbarLabel.setBuddy(self.toolbarCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
        self.buttonBox.rejected.connect(PreferencesDialog.reject)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog: QDialog) -> None:
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.toolbarLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Toolbar buttons:", None))
        self.snapshotsLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Snapshots:", None))
        self.settingsLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Settings:", None))
    # retranslateUi

