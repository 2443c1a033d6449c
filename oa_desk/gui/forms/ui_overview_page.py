# Generated from ui/overview/overview_page.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QTreeView, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage: QWidget) -> None:
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(OverviewPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(OverviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(OverviewPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.subtitleLabel)

        self.figuresLayout = QGridLayout()
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setHorizontalSpacing(12)
        self.goLiveCard = QFrame(OverviewPage)
        self.goLiveCard.setObjectName(u"goLiveCard")
        self.goLiveCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.goLiveCardLayout = QVBoxLayout(self.goLiveCard)
        self.goLiveCardLayout.setObjectName(u"goLiveCardLayout")
        self.goLiveValue = QLabel(self.goLiveCard)
        self.goLiveValue.setObjectName(u"goLiveValue")
        self.goLiveValue.setText(u"\u2014")

        self.goLiveCardLayout.addWidget(self.goLiveValue)

        self.goLiveCaption = QLabel(self.goLiveCard)
        self.goLiveCaption.setObjectName(u"goLiveCaption")

        self.goLiveCardLayout.addWidget(self.goLiveCaption)


        self.figuresLayout.addWidget(self.goLiveCard, 0, 0, 1, 1)

        self.departmentsCard = QFrame(OverviewPage)
        self.departmentsCard.setObjectName(u"departmentsCard")
        self.departmentsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.departmentsCardLayout = QVBoxLayout(self.departmentsCard)
        self.departmentsCardLayout.setObjectName(u"departmentsCardLayout")
        self.departmentsValue = QLabel(self.departmentsCard)
        self.departmentsValue.setObjectName(u"departmentsValue")
        self.departmentsValue.setText(u"0")

        self.departmentsCardLayout.addWidget(self.departmentsValue)

        self.departmentsCaption = QLabel(self.departmentsCard)
        self.departmentsCaption.setObjectName(u"departmentsCaption")

        self.departmentsCardLayout.addWidget(self.departmentsCaption)


        self.figuresLayout.addWidget(self.departmentsCard, 0, 1, 1, 1)

        self.peopleCard = QFrame(OverviewPage)
        self.peopleCard.setObjectName(u"peopleCard")
        self.peopleCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.peopleCardLayout = QVBoxLayout(self.peopleCard)
        self.peopleCardLayout.setObjectName(u"peopleCardLayout")
        self.peopleValue = QLabel(self.peopleCard)
        self.peopleValue.setObjectName(u"peopleValue")
        self.peopleValue.setText(u"0")

        self.peopleCardLayout.addWidget(self.peopleValue)

        self.peopleCaption = QLabel(self.peopleCard)
        self.peopleCaption.setObjectName(u"peopleCaption")

        self.peopleCardLayout.addWidget(self.peopleCaption)


        self.figuresLayout.addWidget(self.peopleCard, 0, 2, 1, 1)

        self.tasksCard = QFrame(OverviewPage)
        self.tasksCard.setObjectName(u"tasksCard")
        self.tasksCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.tasksCardLayout = QVBoxLayout(self.tasksCard)
        self.tasksCardLayout.setObjectName(u"tasksCardLayout")
        self.tasksValue = QLabel(self.tasksCard)
        self.tasksValue.setObjectName(u"tasksValue")
        self.tasksValue.setText(u"0")

        self.tasksCardLayout.addWidget(self.tasksValue)

        self.tasksCaption = QLabel(self.tasksCard)
        self.tasksCaption.setObjectName(u"tasksCaption")

        self.tasksCardLayout.addWidget(self.tasksCaption)


        self.figuresLayout.addWidget(self.tasksCard, 0, 3, 1, 1)

        self.ticketsCard = QFrame(OverviewPage)
        self.ticketsCard.setObjectName(u"ticketsCard")
        self.ticketsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.ticketsCardLayout = QVBoxLayout(self.ticketsCard)
        self.ticketsCardLayout.setObjectName(u"ticketsCardLayout")
        self.ticketsValue = QLabel(self.ticketsCard)
        self.ticketsValue.setObjectName(u"ticketsValue")
        self.ticketsValue.setText(u"0")

        self.ticketsCardLayout.addWidget(self.ticketsValue)

        self.ticketsCaption = QLabel(self.ticketsCard)
        self.ticketsCaption.setObjectName(u"ticketsCaption")

        self.ticketsCardLayout.addWidget(self.ticketsCaption)


        self.figuresLayout.addWidget(self.ticketsCard, 0, 4, 1, 1)


        self.pageLayout.addLayout(self.figuresLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.detailsGroup = QGroupBox(OverviewPage)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsForm = QFormLayout(self.detailsGroup)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.detailsGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailsGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.organisationLabel = QLabel(self.detailsGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.detailsGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.productLabel = QLabel(self.detailsGroup)
        self.productLabel.setObjectName(u"productLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productEdit = QLineEdit(self.detailsGroup)
        self.productEdit.setObjectName(u"productEdit")
        self.productEdit.setMaxLength(200)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productEdit)

        self.vendorLabel = QLabel(self.detailsGroup)
        self.vendorLabel.setObjectName(u"vendorLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vendorLabel)

        self.vendorEdit = QLineEdit(self.detailsGroup)
        self.vendorEdit.setObjectName(u"vendorEdit")
        self.vendorEdit.setMaxLength(200)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vendorEdit)

        self.startLabel = QLabel(self.detailsGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(self.detailsGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.goLiveLabel = QLabel(self.detailsGroup)
        self.goLiveLabel.setObjectName(u"goLiveLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.goLiveLabel)

        self.goLiveEdit = QDateEdit(self.detailsGroup)
        self.goLiveEdit.setObjectName(u"goLiveEdit")
        self.goLiveEdit.setCalendarPopup(True)
        self.goLiveEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.goLiveEdit)

        self.statusDateLabel = QLabel(self.detailsGroup)
        self.statusDateLabel.setObjectName(u"statusDateLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusDateLabel)

        self.statusDateEdit = QDateEdit(self.detailsGroup)
        self.statusDateEdit.setObjectName(u"statusDateEdit")
        self.statusDateEdit.setCalendarPopup(True)
        self.statusDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusDateEdit)

        self.descriptionLabel = QLabel(self.detailsGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.detailsGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.columnsLayout.addWidget(self.detailsGroup)

        self.milestonesGroup = QGroupBox(OverviewPage)
        self.milestonesGroup.setObjectName(u"milestonesGroup")
        self.milestonesLayout = QVBoxLayout(self.milestonesGroup)
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestonesTree = QTreeView(self.milestonesGroup)
        self.milestonesTree.setObjectName(u"milestonesTree")
        self.milestonesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestonesTree.setRootIsDecorated(False)
        self.milestonesTree.setUniformRowHeights(True)

        self.milestonesLayout.addWidget(self.milestonesTree)

        self.milestonesSummary = QLabel(self.milestonesGroup)
        self.milestonesSummary.setObjectName(u"milestonesSummary")
        self.milestonesSummary.setWordWrap(True)

        self.milestonesLayout.addWidget(self.milestonesSummary)


        self.columnsLayout.addWidget(self.milestonesGroup)


        self.pageLayout.addLayout(self.columnsLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(12)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.wavesGroup = QGroupBox(OverviewPage)
        self.wavesGroup.setObjectName(u"wavesGroup")
        self.wavesLayout = QVBoxLayout(self.wavesGroup)
        self.wavesLayout.setObjectName(u"wavesLayout")
        self.wavesTree = QTreeView(self.wavesGroup)
        self.wavesTree.setObjectName(u"wavesTree")
        self.wavesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.wavesTree.setRootIsDecorated(False)
        self.wavesTree.setUniformRowHeights(True)
        self.wavesTree.setMaximumSize(QSize(16777215, 170))

        self.wavesLayout.addWidget(self.wavesTree)


        self.bottomLayout.addWidget(self.wavesGroup)

        self.progressGroup = QGroupBox(OverviewPage)
        self.progressGroup.setObjectName(u"progressGroup")
        self.progressLayout = QVBoxLayout(self.progressGroup)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressHost = QWidget(self.progressGroup)
        self.progressHost.setObjectName(u"progressHost")
        self.progressHost.setMinimumSize(QSize(320, 170))

        self.progressLayout.addWidget(self.progressHost)


        self.bottomLayout.addWidget(self.progressGroup)


        self.pageLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.productLabel.setBuddy(self.productEdit)
        self.vendorLabel.setBuddy(self.vendorEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.goLiveLabel.setBuddy(self.goLiveEdit)
        self.statusDateLabel.setBuddy(self.statusDateEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.productEdit)
        QWidget.setTabOrder(self.productEdit, self.vendorEdit)
        QWidget.setTabOrder(self.vendorEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.goLiveEdit)
        QWidget.setTabOrder(self.goLiveEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.milestonesTree)

        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage: QWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("OverviewPage", u"Plan", None))
        self.subtitleLabel.setText("")
        self.goLiveCaption.setText(QCoreApplication.translate("OverviewPage", u"days to go-live", None))
        self.departmentsCaption.setText(QCoreApplication.translate("OverviewPage", u"departments", None))
        self.peopleCaption.setText(QCoreApplication.translate("OverviewPage", u"people", None))
        self.tasksCaption.setText(QCoreApplication.translate("OverviewPage", u"tasks", None))
        self.ticketsCaption.setText(QCoreApplication.translate("OverviewPage", u"open tickets", None))
        self.detailsGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Plan details", None))
        self.nameLabel.setText(QCoreApplication.translate("OverviewPage", u"&Name:", None))
        self.organisationLabel.setText(QCoreApplication.translate("OverviewPage", u"&Organisation:", None))
        self.productLabel.setText(QCoreApplication.translate("OverviewPage", u"OA &product:", None))
        self.vendorLabel.setText(QCoreApplication.translate("OverviewPage", u"&Vendor:", None))
        self.startLabel.setText(QCoreApplication.translate("OverviewPage", u"&Start:", None))
        self.goLiveLabel.setText(QCoreApplication.translate("OverviewPage", u"Target &go-live:", None))
        self.statusDateLabel.setText(QCoreApplication.translate("OverviewPage", u"S&tatus date:", None))
#if QT_CONFIG(tooltip)
        self.statusDateLabel.setToolTip(QCoreApplication.translate("OverviewPage", u"The day the plan is reported as of: late tasks, overdue milestones, the health colours and the report are computed from it. Not set, it follows today.", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("OverviewPage", u"&Description:", None))
        self.milestonesGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Next milestones", None))
        self.milestonesSummary.setText("")
        self.wavesGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Pilot and waves", None))
        self.progressGroup.setTitle(QCoreApplication.translate("OverviewPage", u"Planned and actual progress", None))
        pass
    # retranslateUi

