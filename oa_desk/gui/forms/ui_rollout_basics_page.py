# Generated from ui/wizard/rollout_basics_page.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rollout_basics_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QWidget,
    QWizardPage)

class Ui_RolloutBasicsPage(object):
    def setupUi(self, RolloutBasicsPage: QWizardPage) -> None:
        if not RolloutBasicsPage.objectName():
            RolloutBasicsPage.setObjectName(u"RolloutBasicsPage")
        self.form = QFormLayout(RolloutBasicsPage)
        self.form.setObjectName(u"form")
        self.organisationLabel = QLabel(RolloutBasicsPage)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(RolloutBasicsPage)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.productLabel = QLabel(RolloutBasicsPage)
        self.productLabel.setObjectName(u"productLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productCombo = QComboBox(RolloutBasicsPage)
        self.productCombo.setObjectName(u"productCombo")
        self.productCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productCombo)

        self.startLabel = QLabel(RolloutBasicsPage)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(RolloutBasicsPage)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.goLiveLabel = QLabel(RolloutBasicsPage)
        self.goLiveLabel.setObjectName(u"goLiveLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.goLiveLabel)

        self.goLiveEdit = QDateEdit(RolloutBasicsPage)
        self.goLiveEdit.setObjectName(u"goLiveEdit")
        self.goLiveEdit.setCalendarPopup(True)
        self.goLiveEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.goLiveEdit)

        self.calendarLabel = QLabel(RolloutBasicsPage)
        self.calendarLabel.setObjectName(u"calendarLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.calendarLabel)

        self.calendarCombo = QComboBox(RolloutBasicsPage)
        self.calendarCombo.setObjectName(u"calendarCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.calendarCombo)

        self.languageLabel = QLabel(RolloutBasicsPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(RolloutBasicsPage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.problemLabel = QLabel(RolloutBasicsPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.problemLabel)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.productLabel.setBuddy(self.productCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.goLiveLabel.setBuddy(self.goLiveEdit)
        self.calendarLabel.setBuddy(self.calendarCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RolloutBasicsPage)

        QMetaObject.connectSlotsByName(RolloutBasicsPage)
    # setupUi

    def retranslateUi(self, RolloutBasicsPage: QWizardPage) -> None:
        RolloutBasicsPage.setTitle(QCoreApplication.translate("RolloutBasicsPage", u"Organisation and go-live", None))
        RolloutBasicsPage.setSubTitle(QCoreApplication.translate("RolloutBasicsPage", u"Who rolls which OA product out, and when it goes live everywhere. The plan is scheduled backward from the go-live date.", None))
        self.organisationLabel.setText(QCoreApplication.translate("RolloutBasicsPage", u"&Organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("RolloutBasicsPage", u"e.g. Huaxin Group", None))
        self.productLabel.setText(QCoreApplication.translate("RolloutBasicsPage", u"OA &product:", None))
        self.startLabel.setText(QCoreApplication.translate("RolloutBasicsPage", u"&Earliest start:", None))
        self.goLiveLabel.setText(QCoreApplication.translate("RolloutBasicsPage", u"Full &go-live:", None))
        self.calendarLabel.setText(QCoreApplication.translate("RolloutBasicsPage", u"Working &calendar:", None))
        self.languageLabel.setText(QCoreApplication.translate("RolloutBasicsPage", u"Plan &language:", None))
    # retranslateUi

