# Generated from ui/timeline/calendar_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog: QDialog) -> None:
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(CalendarDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CalendarDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.weekGroup = QGroupBox(CalendarDialog)
        self.weekGroup.setObjectName(u"weekGroup")
        self.weekLayout = QHBoxLayout(self.weekGroup)
        self.weekLayout.setObjectName(u"weekLayout")

        self.dialogLayout.addWidget(self.weekGroup)

        self.presetGroup = QGroupBox(CalendarDialog)
        self.presetGroup.setObjectName(u"presetGroup")
        self.presetLayout = QGridLayout(self.presetGroup)
        self.presetLayout.setObjectName(u"presetLayout")
        self.presetLabel = QLabel(self.presetGroup)
        self.presetLabel.setObjectName(u"presetLabel")

        self.presetLayout.addWidget(self.presetLabel, 0, 0, 1, 1)

        self.presetCombo = QComboBox(self.presetGroup)
        self.presetCombo.setObjectName(u"presetCombo")

        self.presetLayout.addWidget(self.presetCombo, 0, 1, 1, 1)

        self.presetButton = QPushButton(self.presetGroup)
        self.presetButton.setObjectName(u"presetButton")

        self.presetLayout.addWidget(self.presetButton, 0, 2, 1, 1)

        self.importButton = QPushButton(self.presetGroup)
        self.importButton.setObjectName(u"importButton")

        self.presetLayout.addWidget(self.importButton, 0, 3, 1, 1)

        self.presetHint = QLabel(self.presetGroup)
        self.presetHint.setObjectName(u"presetHint")
        self.presetHint.setWordWrap(True)

        self.presetLayout.addWidget(self.presetHint, 1, 0, 1, 4)


        self.dialogLayout.addWidget(self.presetGroup)

        self.exceptionsGroup = QGroupBox(CalendarDialog)
        self.exceptionsGroup.setObjectName(u"exceptionsGroup")
        self.exceptionsLayout = QVBoxLayout(self.exceptionsGroup)
        self.exceptionsLayout.setObjectName(u"exceptionsLayout")
        self.exceptionsTable = QTableWidget(self.exceptionsGroup)
        self.exceptionsTable.setObjectName(u"exceptionsTable")
        self.exceptionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exceptionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exceptionsTable.setColumnCount(4)

        self.exceptionsLayout.addWidget(self.exceptionsTable)

        self.exceptionForm = QHBoxLayout()
        self.exceptionForm.setObjectName(u"exceptionForm")
        self.dayEdit = QDateEdit(self.exceptionsGroup)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.exceptionForm.addWidget(self.dayEdit)

        self.kindCombo = QComboBox(self.exceptionsGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.exceptionForm.addWidget(self.kindCombo)

        self.nameEdit = QLineEdit(self.exceptionsGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.exceptionForm.addWidget(self.nameEdit)


        self.exceptionsLayout.addLayout(self.exceptionForm)

        self.exceptionButtons = QHBoxLayout()
        self.exceptionButtons.setObjectName(u"exceptionButtons")
        self.addButton = QPushButton(self.exceptionsGroup)
        self.addButton.setObjectName(u"addButton")

        self.exceptionButtons.addWidget(self.addButton)

        self.changeButton = QPushButton(self.exceptionsGroup)
        self.changeButton.setObjectName(u"changeButton")

        self.exceptionButtons.addWidget(self.changeButton)

        self.removeButton = QPushButton(self.exceptionsGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.exceptionButtons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exceptionButtons.addItem(self.buttonSpacer)


        self.exceptionsLayout.addLayout(self.exceptionButtons)


        self.dialogLayout.addWidget(self.exceptionsGroup)

        self.buttonBox = QDialogButtonBox(CalendarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.presetCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarDialog)
        self.buttonBox.rejected.connect(CalendarDialog.reject)

        QMetaObject.connectSlotsByName(CalendarDialog)
    # setupUi

    def retranslateUi(self, CalendarDialog: QDialog) -> None:
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"Working Calendar", None))
        self.introLabel.setText(QCoreApplication.translate("CalendarDialog", u"Durations and lags count working days of this calendar. Changes apply at once, reschedule the plan, and can be undone with Edit \u203a Undo.", None))
        self.weekGroup.setTitle(QCoreApplication.translate("CalendarDialog", u"Working week", None))
        self.presetGroup.setTitle(QCoreApplication.translate("CalendarDialog", u"Public holidays", None))
        self.presetLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Country:", None))
        self.presetButton.setText(QCoreApplication.translate("CalendarDialog", u"&Fill in holidays", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"Import a holiday list (an .ics calendar, a sheet or a CSV file) for a year the built-in holidays do not know yet", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("CalendarDialog", u"&Import holidays\u2026", None))
        self.presetHint.setText(QCoreApplication.translate("CalendarDialog", u"Fill in holidays replaces the exceptions below with the country's public holidays for the plan's years; for China also the make-up working days (\u8c03\u4f11). For a year not yet known, import the official list: its days replace the preset's days of that year.", None))
        self.exceptionsGroup.setTitle(QCoreApplication.translate("CalendarDialog", u"Exceptions", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CalendarDialog", u"Name, e.g. National Day", None))
        self.addButton.setText(QCoreApplication.translate("CalendarDialog", u"&Add", None))
        self.changeButton.setText(QCoreApplication.translate("CalendarDialog", u"C&hange", None))
        self.removeButton.setText(QCoreApplication.translate("CalendarDialog", u"&Remove", None))
    # retranslateUi

