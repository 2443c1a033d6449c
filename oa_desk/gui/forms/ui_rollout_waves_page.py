# Generated from ui/wizard/rollout_waves_page.ui by `python -m oa_desk.gui.forms.build`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rollout_waves_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHeaderView, QLabel,
    QSizePolicy, QSpinBox, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_RolloutWavesPage(object):
    def setupUi(self, RolloutWavesPage: QWizardPage) -> None:
        if not RolloutWavesPage.objectName():
            RolloutWavesPage.setObjectName(u"RolloutWavesPage")
        self.layout = QVBoxLayout(RolloutWavesPage)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pilotLabel = QLabel(RolloutWavesPage)
        self.pilotLabel.setObjectName(u"pilotLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pilotLabel)

        self.pilotSpin = QSpinBox(RolloutWavesPage)
        self.pilotSpin.setObjectName(u"pilotSpin")
        self.pilotSpin.setMinimum(1)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pilotSpin)

        self.wavesLabel = QLabel(RolloutWavesPage)
        self.wavesLabel.setObjectName(u"wavesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wavesLabel)

        self.wavesSpin = QSpinBox(RolloutWavesPage)
        self.wavesSpin.setObjectName(u"wavesSpin")
        self.wavesSpin.setMinimum(1)
        self.wavesSpin.setValue(2)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wavesSpin)


        self.layout.addLayout(self.form)

        self.previewTree = QTreeWidget(RolloutWavesPage)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.previewTree.setHeaderItem(__qtreewidgetitem)
        self.previewTree.setObjectName(u"previewTree")
        self.previewTree.setHeaderHidden(True)

        self.layout.addWidget(self.previewTree)

        self.problemLabel = QLabel(RolloutWavesPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

#if QT_CONFIG(shortcut)
        self.pilotLabel.setBuddy(self.pilotSpin)
        self.wavesLabel.setBuddy(self.wavesSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RolloutWavesPage)

        QMetaObject.connectSlotsByName(RolloutWavesPage)
    # setupUi

    def retranslateUi(self, RolloutWavesPage: QWizardPage) -> None:
        RolloutWavesPage.setTitle(QCoreApplication.translate("RolloutWavesPage", u"Pilot and waves", None))
        RolloutWavesPage.setSubTitle(QCoreApplication.translate("RolloutWavesPage", u"The first departments of the list make the pilot; the others follow in waves, in list order. Tick departments to choose the pilot yourself.", None))
        self.pilotLabel.setText(QCoreApplication.translate("RolloutWavesPage", u"&Pilot departments:", None))
        self.wavesLabel.setText(QCoreApplication.translate("RolloutWavesPage", u"&Waves after the pilot:", None))
    # retranslateUi

