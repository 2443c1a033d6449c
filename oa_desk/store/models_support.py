"""The go-live support tables: tickets and their events, the knowledge base, feedback
rounds. Part of the plan's schema (``store/models.py`` imports them, so
``Base.metadata`` holds every table); split out only to keep each module readable.
"""

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from oa_desk.domain.enums import (
    FeedbackChannel,
    OaModule,
    TicketChannel,
    TicketEventKind,
    TicketPriority,
    TicketStatus,
    TicketType,
)
from oa_desk.store.model_base import Base
from oa_desk.store.types import UtcDateTime, enum_type, fk


class Ticket(Base):
    """A go-live support ticket; every change is recorded as a TicketEvent."""

    __tablename__ = "ticket"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[TicketType] = mapped_column(enum_type(TicketType), default=TicketType.QUESTION)
    channel: Mapped[TicketChannel] = mapped_column(enum_type(TicketChannel))
    priority: Mapped[TicketPriority] = mapped_column(
        enum_type(TicketPriority), default=TicketPriority.P3
    )
    status: Mapped[TicketStatus] = mapped_column(
        enum_type(TicketStatus), default=TicketStatus.NEW, index=True
    )
    department_id: Mapped[int | None] = mapped_column(
        fk("department.id", restrict=True), index=True
    )
    wave_id: Mapped[int | None] = mapped_column(fk("wave.id"))
    reporter_id: Mapped[int | None] = mapped_column(fk("person.id"))
    assignee_id: Mapped[int | None] = mapped_column(fk("person.id"), index=True)
    module: Mapped[OaModule | None] = mapped_column(enum_type(OaModule))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    response_due: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    resolve_due: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # Someone not on the roster (reporter_id empty), the answer given, and what the
    # ticket was turned into (the task's or risk's tickets are those naming it).
    reporter_name: Mapped[str] = mapped_column(
        String(200), default="", server_default="", sort_order=100
    )
    resolution: Mapped[str] = mapped_column(Text, default="", server_default="", sort_order=100)
    task_id: Mapped[int | None] = mapped_column(fk("task.id"), index=True, sort_order=100)
    risk_id: Mapped[int | None] = mapped_column(fk("risk.id"), index=True, sort_order=100)


class TicketEvent(Base):
    __tablename__ = "ticket_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(fk("ticket.id", cascade=True))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    kind: Mapped[TicketEventKind] = mapped_column(enum_type(TicketEventKind))
    actor_id: Mapped[int | None] = mapped_column(fk("person.id"))
    old_value: Mapped[str] = mapped_column(String(100), default="")
    new_value: Mapped[str] = mapped_column(String(100), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_ticket_event_ticket_at", "ticket_id", "at"),)


class KbArticle(Base):
    """Knowledge base / FAQ entry."""

    __tablename__ = "kb_article"
    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(String(300))
    answer: Mapped[str] = mapped_column(Text, default="")
    module: Mapped[OaModule] = mapped_column(enum_type(OaModule), default=OaModule.OTHER)
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_on: Mapped[dt.date | None] = mapped_column(Date)
    views: Mapped[int] = mapped_column(Integer, default=0)


class KbArticleTicket(Base):
    __tablename__ = "kb_article_ticket"
    article_id: Mapped[int] = mapped_column(fk("kb_article.id", cascade=True), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        fk("ticket.id", cascade=True), primary_key=True, index=True
    )


class KbTag(Base):
    """A knowledge-base tag ("报销", "移动端"); articles share them."""

    __tablename__ = "kb_tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)


class KbArticleTag(Base):
    """Which tags an article has."""

    __tablename__ = "kb_article_tag"
    article_id: Mapped[int] = mapped_column(fk("kb_article.id", cascade=True), primary_key=True)
    tag_id: Mapped[int] = mapped_column(fk("kb_tag.id", cascade=True), primary_key=True, index=True)


class FeedbackRound(Base):
    __tablename__ = "feedback_round"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int | None] = mapped_column(
        fk("department.id", restrict=True), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[FeedbackChannel] = mapped_column(
        enum_type(FeedbackChannel), default=FeedbackChannel.QUESTIONNAIRE
    )
    respondents: Mapped[int] = mapped_column(Integer, default=0)
    satisfaction: Mapped[float | None] = mapped_column(Float)  # 1-5 average
    comments: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction_range"
        ),
        CheckConstraint("respondents >= 0", name="respondents_positive"),
    )
