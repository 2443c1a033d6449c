"""A scheduled draft as the plan file's rows, written in one transaction of a new plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

from oa_desk.domain.enums import (
    CommStatus,
    ConstraintType,
    DaySource,
    GateDecision,
    Readiness,
    RiskStatus,
    SessionStatus,
    TaskKind,
)
from oa_desk.services.rollout_template.draft import RolloutDraft
from oa_desk.services.rollout_template.expand import shorten
from oa_desk.services.rollout_template.template import department_sessions
from oa_desk.store.bulk import BulkWriter, stored_datetime

__all__ = ["write_rows"]

Row = tuple[Any, ...]

_TASK_COLUMNS = (
    "id",
    "parent_id",
    "seq",
    "name",
    "phase",
    "kind",
    "start",
    "finish",
    "duration",
    "progress",
    "acceptance",
    "department_id",
    "wave_id",
    "deliverable",
    "constraint_type",
    "constraint_date",
    "notes",
)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _key_date(draft: RolloutDraft, key: str, wave: int | None = None) -> tuple[int, dt.date]:
    ids = draft.expansion.by_key.get(key if wave is None else f"w{wave}.{key}")
    if not ids:
        ids = draft.expansion.by_key[key]
    task_id = ids[-1]
    return task_id, draft.schedule[task_id].finish


def write_rows(draft: RolloutDraft, out: BulkWriter) -> dict[str, int]:
    """Write everything of ``draft`` through ``out``; rows written per table."""
    lang, t, x, sched, values = (
        draft.inputs.language,
        draft.template,
        draft.expansion,
        draft.schedule,
        draft.values,
    )
    counts: dict[str, int] = {}
    inputs = draft.inputs
    cal_name = {
        "zh_CN": "工作日历（{code}）",
        "en": "Working calendar ({code})",
    }[lang].format(code=inputs.calendar.upper() if inputs.calendar != "none" else "Mon–Fri")
    out.update(
        "calendar",
        1,
        {
            "name": cal_name,
            "working_weekdays": "1111100",
            "preset": None if inputs.calendar == "none" else inputs.calendar.upper(),
        },
    )
    counts["calendar_exception"] = out.insert(
        "calendar_exception",
        ("id", "calendar_id", "day", "working", "name", "source"),
        [
            (i, 1, e.day.isoformat(), 1 if e.working else 0, e.name[:100], DaySource.PRESET.value)
            for i, e in enumerate(draft.exceptions, 1)
        ],
    )
    name = inputs.name.strip() or t.text("name", lang).format(**values)
    out.update(
        "plan",
        1,
        {
            "name": name[:200],
            "organisation": inputs.organisation.strip(),
            "oa_product": inputs.product.strip(),
            "vendor": inputs.vendor.strip(),
            "start_date": draft.start.isoformat(),
            "target_go_live": draft.go_live.isoformat(),
            "calendar_id": 1,
            "description": t.text("description", lang).format(**values),
        },
    )
    # Waves, pilot first, with their planned start (the wave summary's) and go-live.
    wave_summaries = x.by_key
    wave_rows: list[Row] = []
    for w in range(len(draft.waves)):
        summary = wave_summaries[f"w{w}"][0]
        golive = wave_summaries[f"w{w}.golive"][0]
        wave_name = t.text("pilot_wave", lang) if w == 0 else t.text("wave", lang).format(n=w)
        wave_rows.append(
            (
                w + 1,
                wave_name,
                w,
                1 if w == 0 else 0,
                sched[summary].start.isoformat(),
                sched[golive].start.isoformat(),
                None,
                t.text("gate_criteria", lang),
                GateDecision.PENDING.value,
                None,
                "",
            )
        )
    counts["wave"] = out.insert(
        "wave",
        (
            "id",
            "name",
            "seq",
            "is_pilot",
            "planned_start",
            "planned_go_live",
            "actual_go_live",
            "gate_criteria",
            "gate_decision",
            "gate_date",
            "gate_notes",
        ),
        wave_rows,
    )
    wave_of = {d: w for w, group in enumerate(draft.waves) for d in group}
    counts["department"] = out.insert(
        "department",
        ("id", "parent_id", "seq", "name", "code", "headcount", "wave_id", "readiness"),
        [
            (
                i + 1,
                None,
                i,
                d,
                "",
                inputs.headcount(i),
                wave_of[d] + 1,
                Readiness.NOT_STARTED.value,
            )
            for i, d in enumerate(inputs.departments)
        ],
    )
    counts["readiness_item"] = out.insert(
        "readiness_item",
        ("id", "department_id", "kind", "title", "done"),
        [
            (k * len(t.readiness) + j + 1, k + 1, item.kind.value, item.title.get(lang), 0)
            for k in range(len(inputs.departments))
            for j, item in enumerate(t.readiness)
        ],
    )
    task_rows: list[Row] = []
    for n in x.nodes:
        times = sched[n.id]
        go_live = n.id == x.go_live_id
        task_rows.append(
            (
                n.id,
                n.parent,
                n.seq,
                n.name[:300],
                n.phase.value,
                n.kind.value,
                times.start.isoformat(),
                times.finish.isoformat(),
                times.duration if n.kind is not TaskKind.MILESTONE else 0,
                0,
                "",
                n.department + 1 if n.department is not None else None,
                n.wave + 1 if n.wave is not None else None,
                n.deliverable,
                (ConstraintType.FNLT if go_live else ConstraintType.ASAP).value,
                draft.go_live.isoformat() if go_live else None,
                n.notes,
            )
        )
    counts["task"] = out.insert("task", _TASK_COLUMNS, task_rows)
    counts["dependency"] = out.insert(
        "dependency",
        ("id", "predecessor_id", "successor_id", "type", "lag"),
        [(i, p, s, "FS", 0) for i, (p, s) in enumerate(x.links, 1)],
    )
    counts["goal"] = out.insert(
        "goal",
        ("id", "name", "category", "unit", "direction", "baseline", "target", "due", "description"),
        [
            (
                i,
                k.name.get(lang),
                k.category.value,
                k.unit.get(lang),
                k.direction.value,
                k.baseline,
                k.target,
                _key_date(draft, k.due)[1].isoformat(),
                k.description.get(lang),
            )
            for i, k in enumerate(t.kpis, 1)
        ],
    )
    counts["risk"] = out.insert(
        "risk",
        (
            "id",
            "title",
            "description",
            "category",
            "probability",
            "impact",
            "trigger",
            "mitigation",
            "contingency",
            "status",
            "review_date",
            "task_id",
            "raised_on",
        ),
        [
            (
                i,
                r.title.get(lang),
                r.description.get(lang),
                r.category.value,
                r.probability,
                r.impact,
                r.trigger.get(lang),
                r.mitigation.get(lang),
                r.contingency.get(lang),
                RiskStatus.OPEN.value,
                (draft.start + dt.timedelta(days=r.review_after)).isoformat(),
                _key_date(draft, r.task)[0],
                draft.start.isoformat(),
            )
            for i, r in enumerate(t.risks, 1)
        ],
    )
    counts["communication"] = out.insert(
        "communication",
        ("id", "title", "channel", "audience", "message", "milestone_id", "planned_date", "status"),
        _communications(draft),
    )
    courses, sessions = _training(draft)
    counts["course"] = out.insert(
        "course",
        ("id", "name", "tier", "format", "duration_hours", "pass_mark", "description"),
        courses,
    )
    counts["training_session"] = out.insert(
        "training_session",
        ("id", "course_id", "starts_at", "ends_at", "location", "capacity", "wave_id", "status"),
        sessions,
    )
    counts["plan"] = counts["calendar"] = 1
    return counts


def _communications(draft: RolloutDraft) -> list[Row]:
    """The template's publicity, dated from its milestone with the offset (never before
    the plan's start: a compressed plan's early milestones come soon after the kickoff)."""
    t, lang, values = draft.template, draft.inputs.language, draft.values
    rows: list[Row] = []
    for p in t.publicity:
        waves = range(len(draft.waves)) if p.per_wave else (None,)
        for w in waves:
            task_id, day = _key_date(draft, p.milestone, w)
            more = dict(values)
            if w is not None:
                more["wave"] = (
                    t.text("pilot_wave", lang) if w == 0 else t.text("wave", lang).format(n=w)
                )
                more["departments"] = shorten(draft.waves[w], t, lang)
            more["date"] = day.isoformat()
            audience = more["wave"] if p.audience == "wave" else t.audiences[p.audience].get(lang)
            rows.append(
                (
                    len(rows) + 1,
                    p.title.get(lang).format(**more)[:300],
                    p.channel.value,
                    audience[:200],
                    p.message.get(lang).format(**more),
                    task_id,
                    max(draft.start, day + dt.timedelta(days=p.offset)).isoformat(),
                    CommStatus.PLANNED.value,
                )
            )
    return rows


def _training(draft: RolloutDraft) -> tuple[list[Row], list[Row]]:
    """Courses per tier and format; sessions once, per wave or per department, on the
    first day of the training task they belong to."""
    t, lang, values, x, sched = (
        draft.template,
        draft.inputs.language,
        draft.values,
        draft.expansion,
        draft.schedule,
    )
    courses: list[Row] = []
    sessions: list[Row] = []
    location = t.session_location.get(lang)
    nodes = {n.id: n for n in x.nodes}

    def session(
        course_id: int, task_id: int, capacity: int, hours: float, i: int = 0, per_day: int = 1
    ) -> None:
        times = sched[task_id]
        days = max(1, draft.calendar.count_working_days(times.start, times.finish))
        day = draft.calendar.add_working_days(times.start, min(i // per_day, days - 1))
        slots = t.session_slots
        starts = dt.datetime.combine(day, dt.time(slots[(i % per_day) % len(slots)]))
        wave = nodes[task_id].wave
        sessions.append(
            (
                len(sessions) + 1,
                course_id,
                stored_datetime(starts),
                stored_datetime(starts + dt.timedelta(hours=hours)),
                location,
                capacity,
                wave + 1 if wave is not None else None,
                SessionStatus.PLANNED.value,
            )
        )

    for i, c in enumerate(t.courses, 1):
        courses.append(
            (
                i,
                c.name.get(lang).format(**values)[:200],
                c.tier.value,
                c.format.value,
                c.hours,
                c.pass_mark,
                c.description.get(lang),
            )
        )
        if c.at is None or c.sessions == "none":
            continue
        if c.sessions == "once":
            session(i, x.by_key[c.at][-1], c.capacity, c.hours)
            continue
        # per wave or per department: each instance of the wave's training task
        for w in range(len(draft.waves)):
            for task_id in x.by_key.get(f"w{w}.{c.at}", ()):
                dept = nodes[task_id].department
                count = 1
                if c.sessions == "per_department" and dept is not None:
                    count = department_sessions(c, draft.inputs.headcount(dept))
                for k in range(count):
                    session(i, task_id, c.capacity, c.hours, k, c.per_day)
    return courses, sessions
