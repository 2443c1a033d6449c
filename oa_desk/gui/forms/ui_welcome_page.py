# Generated from ui/welcome_page.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage: QWidget) -> None:
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(700, 500)
        self.outerLayout = QVBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leftSpacer)

        self.choicesLayout = QVBoxLayout()
        self.choicesLayout.setSpacing(10)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.headingLabel = QLabel(WelcomePage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.choicesLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(WelcomePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.choicesLayout.addWidget(self.introLabel)

        self.newButton = QCommandLinkButton(WelcomePage)
        self.newButton.setObjectName(u"newButton")

        self.choicesLayout.addWidget(self.newButton)

        self.templateButton = QCommandLinkButton(WelcomePage)
        self.templateButton.setObjectName(u"templateButton")

        self.choicesLayout.addWidget(self.templateButton)

        self.demoButton = QCommandLinkButton(WelcomePage)
        self.demoButton.setObjectName(u"demoButton")

        self.choicesLayout.addWidget(self.demoButton)

        self.openButton = QCommandLinkButton(WelcomePage)
        self.openButton.setObjectName(u"openButton")

        self.choicesLayout.addWidget(self.openButton)

        self.connectButton = QCommandLinkButton(WelcomePage)
        self.connectButton.setObjectName(u"connectButton")

        self.choicesLayout.addWidget(self.connectButton)

        self.recentLabel = QLabel(WelcomePage)
        self.recentLabel.setObjectName(u"recentLabel")

        self.choicesLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(WelcomePage)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setMaximumSize(QSize(16777215, 160))

        self.choicesLayout.addWidget(self.recentList)


        self.centerLayout.addLayout(self.choicesLayout)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage: QWidget) -> None:
        self.headingLabel.setText(QCoreApplication.translate("WelcomePage", u"Welcome to OA Desk", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"No plan is open. A plan file holds a whole OA rollout: goals, team, departments and waves, the schedule, training and go-live support. Start one:", None))
        self.newButton.setText(QCoreApplication.translate("WelcomePage", u"&New plan\u2026", None))
        self.newButton.setDescription(QCoreApplication.translate("WelcomePage", u"An empty plan with the standard working calendar.", None))
        self.templateButton.setText(QCoreApplication.translate("WelcomePage", u"New plan from the &rollout template\u2026", None))
        self.templateButton.setDescription(QCoreApplication.translate("WelcomePage", u"A whole rollout scheduled back from your go-live date: phases, milestones, pilot and waves, KPIs, risks, publicity and training.", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Open the &demo plan", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomePage", u"A realistic rollout of a mid-size company to explore; your own plans stay separate.", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"&Open a plan\u2026", None))
        self.openButton.setDescription(QCoreApplication.translate("WelcomePage", u"An .oadesk file on this computer or a shared folder.", None))
        self.connectButton.setText(QCoreApplication.translate("WelcomePage", u"&Connect to a team plan\u2026", None))
        self.connectButton.setDescription(QCoreApplication.translate("WelcomePage", u"A plan the whole team shares on a PostgreSQL server.", None))
        self.recentLabel.setText(QCoreApplication.translate("WelcomePage", u"Recent plans", None))
        pass
    # retranslateUi

