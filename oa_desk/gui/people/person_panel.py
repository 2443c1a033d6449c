"""A person's page beside the roster: department, tier, team roles, stakeholder entry,
trainings and the tickets they reported (from one ``PersonCard`` read)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from oa_desk.gui.dates import format_date
from oa_desk.gui.people import texts
from oa_desk.store.roster import PersonCard


class PersonPanel(QWidget):
    """Shows one person (or says none is chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.department = QLabel()
        self.department.setWordWrap(True)
        self.tier = QLabel()
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roles = QLabel()
        self.roles.setWordWrap(True)
        self.stakeholder = QLabel()
        self.stakeholder.setWordWrap(True)
        self.trainings = QListWidget()
        self.trainings.setObjectName("personTrainings")
        self.tickets = QListWidget()
        self.tickets.setObjectName("personTickets")
        form = QFormLayout()
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Team roles"), self.roles)
        form.addRow(self.tr("Stakeholder"), self.stakeholder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.trainings_label = QLabel(self.tr("Trainings"))
        layout.addWidget(self.trainings_label)
        layout.addWidget(self.trainings, 1)
        self.tickets_label = QLabel(self.tr("Tickets reported"))
        layout.addWidget(self.tickets_label)
        layout.addWidget(self.tickets, 1)
        self.show_card(None)

    def show_card(self, card: PersonCard | None) -> None:
        self.trainings.clear()
        self.tickets.clear()
        if card is None:
            self.heading.setText(self.tr("No person chosen"))
            for label in (self.department, self.tier, self.contact, self.roles, self.stakeholder):
                label.setText("")
            return
        name = card.name if card.active else self.tr("{name} (deactivated)").format(name=card.name)
        self.heading.setText(f"{name} · {card.employee_no}")
        where = " / ".join(card.department_path) or self.tr("(no department)")
        self.department.setText(f"{where}\n{card.title}" if card.title else where)
        self.tier.setText(texts.tier_label(card.tier))
        self.contact.setText("\n".join(x for x in (card.email, card.phone) if x) or "—")
        self.roles.setText(
            "、".join(texts.role_label(r) for r in card.roles) or self.tr("not on the team")
        )
        s = card.stakeholder
        self.stakeholder.setText(
            self.tr("influence {inf}, interest {int}; {cur} → {des}").format(
                inf=s.influence,
                int=s.interest,
                cur=texts.engagement_label(s.current),
                des=texts.engagement_label(s.desired),
            )
            if s
            else self.tr("not a stakeholder")
        )
        for t in card.trainings:
            if t.passed:
                result = self.tr("passed")
            elif t.passed is False:
                result = self.tr("not passed")
            elif t.attendance:
                result = self.tr("attended") if t.attendance != "absent" else self.tr("absent")
            else:
                result = self.tr("invited")
            self.trainings.addItem(f"{format_date(t.starts_at.date())}  {t.course} · {result}")
        if not card.trainings:
            self.trainings.addItem(self.tr("No trainings yet"))
        for k in card.tickets:
            status = texts.ticket_status_label(k.status)
            self.tickets.addItem(f"{k.number}  {k.priority.value} · {status} · {k.title}")
        if not card.tickets:
            self.tickets.addItem(self.tr("No tickets reported"))
