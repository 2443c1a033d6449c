"""Feedback rounds: a survey per department and day (respondents, satisfaction 1-5,
comments), added, changed and deleted as a register (``services/records``), made
from a results file, and its suggestions turned into feature-request tickets.

:func:`import_round` makes one round from the answers of
``exchange/feedback_results``: the respondents are the answers, the satisfaction
their mean score, the comments one line per comment or suggestion (suggestions
marked ``★``). It is all or nothing: a results file with any problem is
refused as a whole, naming each problem's row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from oa_desk.domain.enums import FeedbackChannel, TicketChannel, TicketType
from oa_desk.domain.errors import Refusal
from oa_desk.exchange.feedback_results import AnswerProblem, Results
from oa_desk.services import records, support
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

__all__ = [
    "SUGGESTION_MARK",
    "RoundRow",
    "comment_lines",
    "delete_rounds",
    "department_choices",
    "import_round",
    "list_rounds",
    "round_values",
    "suggestion_ticket",
]

_F = m.Base.metadata.tables["feedback_round"]
_D = m.Base.metadata.tables["department"]
SUGGESTION_MARK = "★ "  # a suggestion among the comments (either language)
MAX_COMMENTS = 60_000  # characters of comments a round keeps from a file


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: int
    department_id: int | None
    department: str
    day: dt.date
    channel: str
    respondents: int
    satisfaction: float | None
    comments: str


def list_rounds(store: PlanStore) -> list[RoundRow]:
    """Every round, newest first."""
    stmt = (
        select(
            _F.c.id,
            _F.c.department_id,
            _D.c.name,
            _F.c.day,
            _F.c.channel,
            _F.c.respondents,
            _F.c.satisfaction,
            _F.c.comments,
        )
        .select_from(_F.outerjoin(_D, _D.c.id == _F.c.department_id))
        .order_by(_F.c.day.desc(), _D.c.name, _F.c.id)
    )
    with store.read() as session:
        return [
            RoundRow(int(i), d, n or "", day, str(ch), int(r or 0), s, c or "")
            for i, d, n, day, ch, r, s, c in session.connection().execute(stmt)
        ]


def department_choices(store: PlanStore) -> list[tuple[int, str]]:
    """Every department (id, name), by name: where a round can be held."""
    with store.read() as session:
        rows = session.connection().execute(select(_D.c.id, _D.c.name).order_by(_D.c.name, _D.c.id))
        return [(int(i), str(n)) for i, n in rows]


def comment_lines(comments: str) -> list[str]:
    """A round's comments, one per line or per "；" (a survey tool's summary joins them
    so), blank ones left out."""
    parts = (part.strip() for line in comments.splitlines() for part in line.split("；"))
    return [part for part in parts if part]


def round_values(
    results: Results, *, department_id: int | None, day: dt.date, channel: FeedbackChannel
) -> dict[str, Any]:
    """The round a results file makes; a Refusal naming the first problem's row when any."""
    if results.problems:
        first: AnswerProblem = results.problems[0]
        raise Refusal(
            "feedback.file_problems",
            f"{len(results.problems)} problem(s) in the results, the first at row {first.row}"
            f" column {first.column}: {first.code} ({first.value})",
            count=len(results.problems),
            row=first.row,
            column=first.column,
            value=first.value,
            reason=first.code,
        )
    if not results.answers:
        raise Refusal("feedback.no_answers", "the results hold no answers")
    scores = [a.satisfaction for a in results.answers if a.satisfaction is not None]
    lines: list[str] = []
    for answer in results.answers:
        if answer.comment:
            lines.append(answer.comment)
        if answer.suggestion:
            lines.append(SUGGESTION_MARK + answer.suggestion)
    comments = "\n".join(" ".join(line.split()) for line in lines)[:MAX_COMMENTS]
    return {
        "department_id": department_id,
        "day": day,
        "channel": channel,
        "respondents": len(results.answers),
        "satisfaction": round(sum(scores) / len(scores), 2) if scores else None,
        "comments": comments,
    }


def import_round(
    store: PlanStore,
    results: Results,
    *,
    department_id: int | None,
    day: dt.date,
    channel: FeedbackChannel = FeedbackChannel.QUESTIONNAIRE,
) -> records.AddStep:
    """A new round from a results file: one intent (undo deletes the round)."""
    values = round_values(results, department_id=department_id, day=day, channel=channel)
    return records.add_step(store, "feedback_round", values)


def suggestion_ticket(
    store: PlanStore,
    round_id: int,
    text: str,
    *,
    actor_id: int | None,
    now: dt.datetime,
    note: str = "",
) -> support.TicketEdit:
    """A feature-request ticket from one suggestion of a round (its department, channel
    survey); ``note`` (the round, in the user's words) ends the description."""
    suggestion = text.strip().removeprefix(SUGGESTION_MARK).strip()
    if not suggestion:
        raise Refusal("feedback.suggestion_empty", "choose a suggestion first")
    with store.read() as session:
        row = (
            session.connection()
            .execute(select(_F.c.department_id, _F.c.day).where(_F.c.id == round_id))
            .first()
        )
    if row is None:
        raise Refusal("feedback.missing", f"round #{round_id} does not exist", id=round_id)
    title = suggestion if len(suggestion) <= 300 else suggestion[:299] + "…"
    return support.create_ticket(
        store,
        {
            "title": title,
            "description": f"{suggestion}\n\n{note}".strip(),
            "type": TicketType.CHANGE_REQUEST,
            "channel": TicketChannel.SURVEY,
            "department_id": row.department_id,
        },
        actor_id=actor_id,
        now=now,
    )


def delete_rounds(store: PlanStore, ids: Sequence[int]) -> records.RecordEdit:
    return records.delete_records(store, "feedback_round", ids)
