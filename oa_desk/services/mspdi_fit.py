"""Fitting an MS Project file's tasks into whole working days, and saying what moved.

OA Desk counts durations in whole working days between inclusive dates; MS
Project keeps minutes, elapsed time and split tasks. :func:`fit_durations`
gives each task the working days its own dates span in the plan's calendar
(so the file's finish is kept, not rebuilt from its Duration), with a note for
every task whose Duration could not be kept as it is. :func:`moved_tasks`
compares the imported plan's dates with the file's and says, for every task
the import had to move, why.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from oa_desk.domain.calendar import WorkCalendar
from oa_desk.domain.enums import ConstraintType, TaskKind
from oa_desk.domain.errors import Notice
from oa_desk.exchange.labels import enum_label
from oa_desk.exchange.mspdi_model import (
    CONSTRAINT_END,
    MS_CONSTRAINT_NAMES,
    MspdiDocument,
    MsTask,
)

__all__ = ["MovedTask", "fit_durations", "moved_tasks", "other_end_constraints", "task_label"]


def task_label(t: MsTask) -> str:
    return f"task {t.name!r} (UID {t.uid})"


@dataclass(frozen=True)
class MovedTask:
    """A task whose dates in the plan are not the file's, and why."""

    uid: int
    name: str
    file_start: dt.date | None
    file_finish: dt.date | None
    start: dt.date | None
    finish: dt.date | None
    reason: str  # a Notice

    def notice(self) -> Notice:
        return Notice(
            "moved",
            str(self),
            name=self.name,
            uid=self.uid,
            file_start=self.file_start,
            start=self.start,
            file_finish=self.file_finish,
            finish=self.finish,
            reason=self.reason,
        )

    def __str__(self) -> str:
        return (
            f"task {self.name!r} (UID {self.uid}) moved: start {self.file_start} -> {self.start}, "
            f"finish {self.file_finish} -> {self.finish}: {self.reason}"
        )


def _working_days(n: int) -> str:
    return "1 working day" if n == 1 else f"{n} working days"


def _span(t: MsTask, calendar: WorkCalendar) -> int | None:
    """The working days the task's own dates hold, None when it has no such dates."""
    if t.start is None:
        return None
    finish = t.finish
    if finish is None and t.elapsed_days is not None:
        finish = t.start + dt.timedelta(days=max(1, math.ceil(t.elapsed_days - 1e-9)) - 1)
    if finish is None or finish < t.start:
        return None
    return calendar.count_working_days(t.start, finish) or None


def fit_durations(doc: MspdiDocument, calendar: WorkCalendar) -> tuple[list[int], list[Notice]]:
    """Each task's duration in working days (in ``doc.tasks`` order), and the warnings."""
    durations: list[int] = []
    warnings: list[Notice] = []
    # The spans of a date range, counted once (a large file's tasks share few ranges).
    spans: dict[tuple[dt.date | None, dt.date | None, float | None], int | None] = {}
    for t in doc.tasks:
        if t.kind != TaskKind.TASK:
            durations.append(t.duration)
            continue
        key = (t.start, t.finish, t.elapsed_days)
        if key in spans:
            span = spans[key]
        else:
            span = spans[key] = _span(t, calendar)
        reason: str = t.duration_note
        duration = t.duration
        elapsed = f"{t.elapsed_days:g}" if t.elapsed_days is not None else ""
        if span is not None and span != t.duration:
            duration = span
            if t.elapsed_days is not None:
                reason = Notice(
                    "elapsed_spans",
                    f"an elapsed duration of {elapsed} calendar days spans {span} working days",
                    elapsed=elapsed,
                    span=span,
                )
            elif span > t.duration and not reason:
                reason = Notice(
                    "split_span",
                    f"its dates span {span} working days, more than its duration of "
                    f"{t.duration} (a split task keeps its overall span)",
                    span=span,
                    duration=t.duration,
                )
            elif not reason:
                reason = Notice(
                    "dates_kept",
                    f"its duration of {t.duration} working days does not fill its dates; "
                    f"the dates were kept ({span} working days)",
                    span=span,
                    duration=t.duration,
                )
            else:
                reason = Notice(
                    "and_span",
                    f"{reason}; its dates span {span} working days, which were kept",
                    reason=reason,
                    span=span,
                )
        elif t.elapsed_days is not None and not reason:
            reason = Notice(
                "elapsed_read_as",
                f"an elapsed duration of {elapsed} calendar days read as {_working_days(duration)}",
                elapsed=elapsed,
                days=duration,
            )
        if reason:
            warnings.append(
                Notice(
                    "task_note", f"{task_label(t)}: {reason}", name=t.name, uid=t.uid, note=reason
                )
            )
        durations.append(duration)
    return durations, warnings


def other_end_constraints(
    doc: MspdiDocument, durations: list[int], calendar: WorkCalendar
) -> list[Notice]:
    """Move each constraint dated on the task's other end (must finish on, finish no
    earlier than, start no later than) by the task's duration, in place; one note each.

    In whole working days they are exact: a 5-day task that must finish on Friday
    must start on Monday.
    """
    notes = []
    for k, t in enumerate(doc.tasks):
        end = CONSTRAINT_END.get(t.ms_constraint)
        if end is None or t.constraint_date is None:
            continue
        days = max(1, durations[k]) - 1
        if end < 0:
            last = calendar.previous_working_day(t.constraint_date)
            date = calendar.add_working_days(last, -days)
        else:
            date = calendar.add_working_days(t.constraint_date, days)
        doc.tasks[k] = replace(t, constraint_date=date, ms_constraint=0)
        ours = enum_label(ConstraintType, t.constraint, "en").lower()
        notes.append(
            Notice(
                "constraint_moved",
                f"{task_label(t)}: MS Project's {MS_CONSTRAINT_NAMES[t.ms_constraint]} "
                f"{t.constraint_date} kept as {ours} {date}",
                name=t.name,
                uid=t.uid,
                ms_constraint=t.ms_constraint,
                file_date=t.constraint_date,
                constraint=t.constraint,
                date=date,
            )
        )
    return notes


def moved_tasks(
    doc: MspdiDocument,
    ids: Mapping[int, int],
    dates: Mapping[int, tuple[dt.date | None, dt.date | None]],
    calendar: WorkCalendar,
    has_preds: set[int],
) -> list[MovedTask]:
    """The tasks whose plan dates (``dates`` by plan id) differ from the file's."""
    out = []
    for t in doc.tasks:
        if t.start is None and t.finish is None:
            continue
        start, finish = dates[ids[t.uid]]
        file_finish = t.finish or t.start
        if t.ends_at_day_start and file_finish is not None and not calendar.is_working(file_finish):
            # a finish at the start of a day (Monday 08:00) ends on the working day before
            earlier = calendar.previous_working_day(file_finish)
            if t.start is None or earlier >= t.start:
                file_finish = earlier
        if (start, finish) == (t.start, file_finish):
            continue
        reason: Notice
        if t.kind == TaskKind.SUMMARY:
            reason = Notice("summary_spans", "a summary spans its subtasks")
        elif t.kind == TaskKind.MILESTONE and t.start != file_finish:
            if start == file_finish:
                where = Notice("on_finish", "on the file's finish, where MS Project draws it")
            elif t.constraint not in (ConstraintType.ASAP, ConstraintType.SNET):
                where = Notice(
                    "on_constraint",
                    f"on {start}, where its constraint ({t.constraint.value}) puts it",
                    date=start,
                    constraint=t.constraint,
                )
            else:
                where = Notice("on_links", f"on {start}, where its links put it", date=start)
            note = t.duration_note or Notice(
                "milestone_flagged", "flagged as a milestone with a duration"
            )
            reason = Notice(
                "milestone_one_day",
                f"{note}: a milestone is one day in the plan, {where}",
                note=note,
                where=where,
            )
        elif (
            t.start is not None
            and not calendar.is_working(t.start)
            and start == (calendar.next_working_day(t.start))
        ):
            reason = Notice(
                "starts_non_working", "the file starts it on a non-working day of its calendar"
            )
        elif (
            t.finish is not None
            and not calendar.is_working(t.finish)
            and finish == calendar.previous_working_day(t.finish)
        ):
            reason = Notice(
                "ends_non_working", "the file ends it on a non-working day of its calendar"
            )
        elif t.constraint != ConstraintType.ASAP and t.constraint != ConstraintType.SNET:
            reason = Notice(
                "constraint_sets",
                f"its constraint ({t.constraint.value} {t.constraint_date}) sets its dates",
                constraint=t.constraint,
                date=t.constraint_date,
            )
        elif t.start is not None and start is not None and start > t.start and t.uid in has_preds:
            reason = Notice(
                "links_later", "its links, with lags in whole working days, need a later start"
            )
        elif start == t.start:
            reason = Notice(
                "duration_other_day", "its duration in whole working days ends it on another day"
            )
        else:
            reason = Notice(
                "rescheduled", "rescheduled by its links and constraints in the plan's calendar"
            )
        out.append(MovedTask(t.uid, t.name, t.start, t.finish, start, finish, reason))
    return out
