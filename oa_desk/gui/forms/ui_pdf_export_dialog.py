# Generated from ui/timeline/pdf_export_dialog.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_export_dialog.ui'
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

class Ui_PdfExportDialog(object):
    def setupUi(self, PdfExportDialog: QDialog) -> None:
        if not PdfExportDialog.objectName():
            PdfExportDialog.setObjectName(u"PdfExportDialog")
        PdfExportDialog.resize(360, 140)
        self.dialogLayout = QVBoxLayout(PdfExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.paperLabel = QLabel(PdfExportDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(PdfExportDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.levelsLabel = QLabel(PdfExportDialog)
        self.levelsLabel.setObjectName(u"levelsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelsLabel)

        self.levelsCombo = QComboBox(PdfExportDialog)
        self.levelsCombo.setObjectName(u"levelsCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelsCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PdfExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paperCombo)
        self.levelsLabel.setBuddy(self.levelsCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PdfExportDialog)
        self.buttonBox.accepted.connect(PdfExportDialog.accept)
        self.buttonBox.rejected.connect(PdfExportDialog.reject)

        QMetaObject.connectSlotsByName(PdfExportDialog)
    # setupUi

    def retranslateUi(self, PdfExportDialog: QDialog) -> None:
        PdfExportDialog.setWindowTitle(QCoreApplication.translate("PdfExportDialog", u"Export Chart as PDF", None))
        self.paperLabel.setText(QCoreApplication.translate("PdfExportDialog", u"&Paper:", None))
        self.levelsLabel.setText(QCoreApplication.translate("PdfExportDialog", u"Outline &levels:", None))
#if QT_CONFIG(tooltip)
        self.levelsCombo.setToolTip(QCoreApplication.translate("PdfExportDialog", u"Print only the upper levels of the outline: the pages say which levels they show", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

