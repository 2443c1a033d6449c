# Generated from ui/wizard/rollout_summary_page.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rollout_summary_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QLabel, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_RolloutSummaryPage(object):
    def setupUi(self, RolloutSummaryPage: QWizardPage) -> None:
        if not RolloutSummaryPage.objectName():
            RolloutSummaryPage.setObjectName(u"RolloutSummaryPage")
        self.layout = QVBoxLayout(RolloutSummaryPage)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(RolloutSummaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.summaryLabel)

        self.fitGroup = QGroupBox(RolloutSummaryPage)
        self.fitGroup.setObjectName(u"fitGroup")
        self.fitLayout = QVBoxLayout(self.fitGroup)
        self.fitLayout.setObjectName(u"fitLayout")
        self.missingLabel = QLabel(self.fitGroup)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.fitLayout.addWidget(self.missingLabel)

        self.compressRadio = QRadioButton(self.fitGroup)
        self.compressRadio.setObjectName(u"compressRadio")

        self.fitLayout.addWidget(self.compressRadio)

        self.moveRadio = QRadioButton(self.fitGroup)
        self.moveRadio.setObjectName(u"moveRadio")

        self.fitLayout.addWidget(self.moveRadio)


        self.layout.addWidget(self.fitGroup)

        self.problemLabel = QLabel(RolloutSummaryPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(RolloutSummaryPage)

        QMetaObject.connectSlotsByName(RolloutSummaryPage)
    # setupUi

    def retranslateUi(self, RolloutSummaryPage: QWizardPage) -> None:
        RolloutSummaryPage.setTitle(QCoreApplication.translate("RolloutSummaryPage", u"Summary", None))
        RolloutSummaryPage.setSubTitle(QCoreApplication.translate("RolloutSummaryPage", u"What the new plan will hold. Finish asks where to save it and opens it.", None))
        self.fitGroup.setTitle(QCoreApplication.translate("RolloutSummaryPage", u"The go-live date is too close", None))
        self.compressRadio.setText(QCoreApplication.translate("RolloutSummaryPage", u"&Compress the plan: shorten every task in proportion (at least one working day each)", None))
        self.moveRadio.setText(QCoreApplication.translate("RolloutSummaryPage", u"&Move the go-live to the earliest feasible date", None))
    # retranslateUi

