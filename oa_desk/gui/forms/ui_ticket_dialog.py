# Generated from ui/support/ticket_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from oa_desk.gui.widgets.person_picker import PersonPicker

class Ui_TicketDialog(object):
    def setupUi(self, TicketDialog: QDialog) -> None:
        if not TicketDialog.objectName():
            TicketDialog.setObjectName(u"TicketDialog")
        TicketDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(TicketDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(TicketDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.headerLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.fieldsColumn = QVBoxLayout()
        self.fieldsColumn.setObjectName(u"fieldsColumn")
        self.ticketForm = QFormLayout()
        self.ticketForm.setObjectName(u"ticketForm")
        self.titleLabel = QLabel(TicketDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.ticketForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TicketDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.ticketForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(TicketDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.ticketForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(TicketDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.ticketForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.statusLabel = QLabel(TicketDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.ticketForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(TicketDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.ticketForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.priorityLabel = QLabel(TicketDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.ticketForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(TicketDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.ticketForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.typeLabel = QLabel(TicketDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.ticketForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(TicketDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.ticketForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.channelLabel = QLabel(TicketDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.ticketForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(TicketDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.ticketForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.moduleLabel = QLabel(TicketDialog)
        self.moduleLabel.setObjectName(u"moduleLabel")

        self.ticketForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.moduleLabel)

        self.moduleCombo = QComboBox(TicketDialog)
        self.moduleCombo.setObjectName(u"moduleCombo")

        self.ticketForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.moduleCombo)

        self.departmentLabel = QLabel(TicketDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.ticketForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(TicketDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.ticketForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.waveLabel = QLabel(TicketDialog)
        self.waveLabel.setObjectName(u"waveLabel")

        self.ticketForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.waveLabel)

        self.waveCombo = QComboBox(TicketDialog)
        self.waveCombo.setObjectName(u"waveCombo")

        self.ticketForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.waveCombo)

        self.reporterLabel = QLabel(TicketDialog)
        self.reporterLabel.setObjectName(u"reporterLabel")

        self.ticketForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reporterLabel)

        self.reporterEdit = PersonPicker(TicketDialog)
        self.reporterEdit.setObjectName(u"reporterEdit")

        self.ticketForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reporterEdit)

        self.assigneeLabel = QLabel(TicketDialog)
        self.assigneeLabel.setObjectName(u"assigneeLabel")

        self.ticketForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.assigneeLabel)

        self.assigneeCombo = QComboBox(TicketDialog)
        self.assigneeCombo.setObjectName(u"assigneeCombo")

        self.ticketForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.assigneeCombo)

        self.resolutionLabel = QLabel(TicketDialog)
        self.resolutionLabel.setObjectName(u"resolutionLabel")

        self.ticketForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.resolutionLabel)

        self.resolutionEdit = QPlainTextEdit(TicketDialog)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setTabChangesFocus(True)

        self.ticketForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.resolutionEdit)

        self.resolvedLabel = QLabel(TicketDialog)
        self.resolvedLabel.setObjectName(u"resolvedLabel")

        self.ticketForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.resolvedLabel)

        self.resolvedEdit = QDateTimeEdit(TicketDialog)
        self.resolvedEdit.setObjectName(u"resolvedEdit")
        self.resolvedEdit.setCalendarPopup(True)

        self.ticketForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.resolvedEdit)

        self.timesLabel = QLabel(TicketDialog)
        self.timesLabel.setObjectName(u"timesLabel")

        self.ticketForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.timesLabel)

        self.timesValue = QLabel(TicketDialog)
        self.timesValue.setObjectName(u"timesValue")
        self.timesValue.setWordWrap(True)

        self.ticketForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.timesValue)

        self.linksLabel = QLabel(TicketDialog)
        self.linksLabel.setObjectName(u"linksLabel")

        self.ticketForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.linksLabel)

        self.linksValue = QLabel(TicketDialog)
        self.linksValue.setObjectName(u"linksValue")
        self.linksValue.setWordWrap(True)

        self.ticketForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.linksValue)


        self.fieldsColumn.addLayout(self.ticketForm)

        self.linkButtons = QHBoxLayout()
        self.linkButtons.setObjectName(u"linkButtons")
        self.toTaskButton = QPushButton(TicketDialog)
        self.toTaskButton.setObjectName(u"toTaskButton")

        self.linkButtons.addWidget(self.toTaskButton)

        self.toRiskButton = QPushButton(TicketDialog)
        self.toRiskButton.setObjectName(u"toRiskButton")

        self.linkButtons.addWidget(self.toRiskButton)

        self.toNeedButton = QPushButton(TicketDialog)
        self.toNeedButton.setObjectName(u"toNeedButton")

        self.linkButtons.addWidget(self.toNeedButton)


        self.fieldsColumn.addLayout(self.linkButtons)

        self.articlesLabel = QLabel(TicketDialog)
        self.articlesLabel.setObjectName(u"articlesLabel")

        self.fieldsColumn.addWidget(self.articlesLabel)

        self.articlesList = QListWidget(TicketDialog)
        self.articlesList.setObjectName(u"articlesList")
        self.articlesList.setMaximumSize(QSize(16777215, 90))

        self.fieldsColumn.addWidget(self.articlesList)

        self.articleButtons = QHBoxLayout()
        self.articleButtons.setObjectName(u"articleButtons")
        self.linkArticleButton = QPushButton(TicketDialog)
        self.linkArticleButton.setObjectName(u"linkArticleButton")

        self.articleButtons.addWidget(self.linkArticleButton)

        self.unlinkArticleButton = QPushButton(TicketDialog)
        self.unlinkArticleButton.setObjectName(u"unlinkArticleButton")

        self.articleButtons.addWidget(self.unlinkArticleButton)

        self.articleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.articleButtons.addItem(self.articleSpacer)


        self.fieldsColumn.addLayout(self.articleButtons)


        self.columns.addLayout(self.fieldsColumn)

        self.historyColumn = QVBoxLayout()
        self.historyColumn.setObjectName(u"historyColumn")
        self.historyLabel = QLabel(TicketDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.historyColumn.addWidget(self.historyLabel)

        self.historyTree = QTreeWidget(TicketDialog)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setRootIsDecorated(False)
        self.historyTree.setUniformRowHeights(True)

        self.historyColumn.addWidget(self.historyTree)

        self.commentRow = QHBoxLayout()
        self.commentRow.setObjectName(u"commentRow")
        self.commentEdit = QLineEdit(TicketDialog)
        self.commentEdit.setObjectName(u"commentEdit")

        self.commentRow.addWidget(self.commentEdit)

        self.commentButton = QPushButton(TicketDialog)
        self.commentButton.setObjectName(u"commentButton")

        self.commentRow.addWidget(self.commentButton)


        self.historyColumn.addLayout(self.commentRow)


        self.columns.addLayout(self.historyColumn)


        self.dialogLayout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(TicketDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.moduleLabel.setBuddy(self.moduleCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.waveLabel.setBuddy(self.waveCombo)
        self.reporterLabel.setBuddy(self.reporterEdit)
        self.assigneeLabel.setBuddy(self.assigneeCombo)
        self.resolutionLabel.setBuddy(self.resolutionEdit)
        self.resolvedLabel.setBuddy(self.resolvedEdit)
        self.timesLabel.setBuddy(self.timesValue)
        self.linksLabel.setBuddy(self.linksValue)
        self.articlesLabel.setBuddy(self.articlesList)
        self.historyLabel.setBuddy(self.historyTree)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TicketDialog)

        QMetaObject.connectSlotsByName(TicketDialog)
    # setupUi

    def retranslateUi(self, TicketDialog: QDialog) -> None:
        TicketDialog.setWindowTitle(QCoreApplication.translate("TicketDialog", u"Ticket", None))
        self.titleLabel.setText(QCoreApplication.translate("TicketDialog", u"&Title:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TicketDialog", u"&Description:", None))
        self.statusLabel.setText(QCoreApplication.translate("TicketDialog", u"&Status:", None))
        self.priorityLabel.setText(QCoreApplication.translate("TicketDialog", u"&Priority:", None))
        self.typeLabel.setText(QCoreApplication.translate("TicketDialog", u"T&ype:", None))
        self.channelLabel.setText(QCoreApplication.translate("TicketDialog", u"C&hannel:", None))
        self.moduleLabel.setText(QCoreApplication.translate("TicketDialog", u"OA &module:", None))
        self.departmentLabel.setText(QCoreApplication.translate("TicketDialog", u"D&epartment:", None))
        self.waveLabel.setText(QCoreApplication.translate("TicketDialog", u"&Wave:", None))
        self.reporterLabel.setText(QCoreApplication.translate("TicketDialog", u"&Reporter:", None))
        self.assigneeLabel.setText(QCoreApplication.translate("TicketDialog", u"&Assignee:", None))
        self.resolutionLabel.setText(QCoreApplication.translate("TicketDialog", u"Resol&ution:", None))
        self.resolvedLabel.setText(QCoreApplication.translate("TicketDialog", u"Resol&ved at:", None))
        self.resolvedEdit.setDisplayFormat(QCoreApplication.translate("TicketDialog", u"yyyy-MM-dd HH:mm", None))
        self.timesLabel.setText(QCoreApplication.translate("TicketDialog", u"Times:", None))
        self.linksLabel.setText(QCoreApplication.translate("TicketDialog", u"Links:", None))
        self.toTaskButton.setText(QCoreApplication.translate("TicketDialog", u"Turn into tas&k", None))
        self.toRiskButton.setText(QCoreApplication.translate("TicketDialog", u"Turn into r&isk", None))
        self.toNeedButton.setText(QCoreApplication.translate("TicketDialog", u"Turn into training &need", None))
        self.articlesLabel.setText(QCoreApplication.translate("TicketDialog", u"Knowledge &base articles:", None))
#if QT_CONFIG(tooltip)
        self.articlesList.setToolTip(QCoreApplication.translate("TicketDialog", u"The knowledge-base articles that answer this ticket", None))
#endif // QT_CONFIG(tooltip)
        self.linkArticleButton.setText(QCoreApplication.translate("TicketDialog", u"&Link article\u2026", None))
        self.unlinkArticleButton.setText(QCoreApplication.translate("TicketDialog", u"Unlink article", None))
        self.historyLabel.setText(QCoreApplication.translate("TicketDialog", u"Hist&ory:", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TicketDialog", u"What", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TicketDialog", u"Who", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TicketDialog", u"When", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("TicketDialog", u"Add a comment\u2026", None))
        self.commentButton.setText(QCoreApplication.translate("TicketDialog", u"&Comment", None))
    # retranslateUi

