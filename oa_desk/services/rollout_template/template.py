"""The rollout template as data: ``resources/templates/rollout.json`` read into typed records.

The template's content (phases, tasks, durations, links, owners' roles,
milestones, KPIs, publicity, courses, risks) lives in the JSON file, in both
languages; this module only reads it and checks its shape, so a mistake in
the file fails loudly here (a ``TemplateError``) rather than as a bad plan.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from oa_desk.domain.enums import (
    AudienceTier,
    Channel,
    CourseFormat,
    KpiCategory,
    KpiDirection,
    Phase,
    ReadinessKind,
    RiskCategory,
    TaskKind,
    TeamRole,
)
from oa_desk.resources import resource

__all__ = [
    "LANGUAGES",
    "Course",
    "Kpi",
    "Publicity",
    "ReadinessItem",
    "RiskItem",
    "Role",
    "Template",
    "TemplateError",
    "TemplateTask",
    "department_sessions",
    "load_template",
]

LANGUAGES = ("zh_CN", "en")


class TemplateError(ValueError):
    """The template file is not in the expected shape (a defect of the shipped data)."""


@dataclass(frozen=True)
class Text:
    """A bilingual text of the template."""

    zh_CN: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.zh_CN


@dataclass(frozen=True)
class Role:
    role: TeamRole
    name: Text
    responsibilities: Text


@dataclass(frozen=True)
class TemplateTask:
    """A task, summary or milestone of the template (``children`` make a summary).

    ``per`` repeats it: ``"department"`` once per department (``lanes`` of them
    side by side, each lane one after the other), ``"role"`` once per team role,
    ``"wave"`` (a summary) once per wave, pilot first.
    """

    key: str
    name: Text
    phase: Phase
    kind: TaskKind
    duration: int
    after: tuple[str, ...]
    owner: TeamRole | None
    deliverable: Text | None
    per: str | None
    lanes: int
    only: str | None  # "pilot": only in the pilot wave
    go_live: bool  # the milestone that lands on the chosen go-live date
    start: Mapping[str, tuple[str, ...]]  # a wave summary: what the pilot / a wave waits for
    children: tuple[TemplateTask, ...]


@dataclass(frozen=True)
class Kpi:
    name: Text
    category: KpiCategory
    unit: Text
    direction: KpiDirection
    baseline: float
    target: float
    due: str  # a milestone key
    description: Text


@dataclass(frozen=True)
class Publicity:
    title: Text
    channel: Channel
    audience: str  # a key of ``audiences``, or "wave"
    milestone: str
    offset: int  # calendar days after the milestone (negative: before)
    per_wave: bool
    message: Text


@dataclass(frozen=True)
class Course:
    name: Text
    tier: AudienceTier
    format: CourseFormat
    hours: float
    pass_mark: int | None
    sessions: str  # "once", "per_wave", "per_department" or "none"
    at: str | None  # the task whose days the sessions take
    capacity: int
    description: Text
    per_day: int = 1  # sessions a working day (per-department courses)


def department_sessions(course: Course, headcount: int) -> int:
    """Sessions of a per-department course for ``headcount`` people (one when unknown)."""
    return max(1, -(-headcount // course.capacity)) if headcount > 0 else 1


@dataclass(frozen=True)
class ReadinessItem:
    kind: ReadinessKind
    title: Text


@dataclass(frozen=True)
class RiskItem:
    title: Text
    category: RiskCategory
    probability: int
    impact: int
    task: str
    review_after: int  # calendar days after the plan's start
    description: Text
    trigger: Text
    mitigation: Text
    contingency: Text


@dataclass(frozen=True)
class Template:
    texts: Mapping[str, Text]  # the plan's own texts: name, description, wave names…
    roles: tuple[Role, ...]
    tasks: tuple[TemplateTask, ...]
    kpis: tuple[Kpi, ...]
    publicity: tuple[Publicity, ...]
    audiences: Mapping[str, Text]
    courses: tuple[Course, ...]
    session_slots: tuple[int, ...]  # the hours sessions start at, in a day
    session_location: Text
    risks: tuple[RiskItem, ...]
    readiness: tuple[ReadinessItem, ...] = ()

    def text(self, key: str, language: str) -> str:
        return self.texts[key].get(language)


def _text(value: Any, where: str) -> Text:
    if isinstance(value, str):
        return Text(value, value)
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in LANGUAGES):
        raise TemplateError(f"{where}: a text needs both zh_CN and en")
    return Text(value["zh_CN"], value["en"])


def _opt_text(value: Any, where: str) -> Text | None:
    return None if value is None else _text(value, where)


def _task(raw: dict[str, Any], phase: Phase | None, where: str) -> TemplateTask:
    key = raw.get("key")
    if not isinstance(key, str) or not key:
        raise TemplateError(f"{where}: a task without a key")
    where = f"{where}/{key}"
    phase = Phase(raw["phase"]) if "phase" in raw else phase
    if phase is None:
        raise TemplateError(f"{where}: no phase")
    children = tuple(_task(c, phase, where) for c in raw.get("children", ()))
    kind = TaskKind(raw.get("kind", "summary" if children else "task"))
    duration = int(raw.get("duration", 0 if kind is not TaskKind.TASK else 1))
    if kind is TaskKind.TASK and duration < 1:
        raise TemplateError(f"{where}: a task lasts at least one working day")
    per = raw.get("per")
    if per not in (None, "department", "role", "wave"):
        raise TemplateError(f"{where}: unknown 'per' {per!r}")
    lanes = int(raw.get("lanes", 0))
    return TemplateTask(
        key=key,
        name=_text(raw.get("name"), where),
        phase=phase,
        kind=kind,
        duration=0 if kind is TaskKind.MILESTONE else duration,
        after=tuple(raw.get("after", ())),
        owner=TeamRole(raw["owner"]) if "owner" in raw else None,
        deliverable=_opt_text(raw.get("deliverable"), where),
        per=per,
        lanes=lanes,
        only=raw.get("only"),
        go_live=bool(raw.get("go_live", False)),
        start={k: tuple(v) for k, v in raw.get("start", {}).items()},
        children=children,
    )


def parse_template(data: Mapping[str, Any]) -> Template:
    """The template from its JSON data (raises TemplateError on a malformed file)."""
    if data.get("format") != 1:
        raise TemplateError(f"unknown template format {data.get('format')!r}")
    try:
        plan = data["plan"]
        texts = {k: _text(v, f"plan/{k}") for k, v in plan.items()}
        roles = tuple(
            Role(
                TeamRole(r["role"]),
                _text(r["name"], "team_roles"),
                _text(r["responsibilities"], "team_roles"),
            )
            for r in data["team_roles"]
        )
        tasks = tuple(_task(t, None, "tasks") for t in data["tasks"])
        kpis = tuple(
            Kpi(
                _text(k["name"], "kpis"),
                KpiCategory(k["category"]),
                _text(k.get("unit", ""), "kpis"),
                KpiDirection(k["direction"]),
                float(k["baseline"]),
                float(k["target"]),
                str(k["due"]),
                _text(k.get("description", ""), "kpis"),
            )
            for k in data["kpis"]
        )
        publicity = tuple(
            Publicity(
                _text(p["title"], "publicity"),
                Channel(p["channel"]),
                str(p["audience"]),
                str(p["milestone"]),
                int(p.get("offset", 0)),
                p.get("per") == "wave",
                _text(p.get("message", ""), "publicity"),
            )
            for p in data["publicity"]
        )
        audiences = {k: _text(v, "audiences") for k, v in data["audiences"].items()}
        courses = tuple(
            Course(
                _text(c["name"], "courses"),
                AudienceTier(c["tier"]),
                CourseFormat(c["format"]),
                float(c["hours"]),
                int(c["pass_mark"]) if c.get("pass_mark") is not None else None,
                str(c.get("sessions", "none")),
                c.get("at"),
                int(c.get("capacity", 30)),
                _text(c.get("description", ""), "courses"),
                max(1, int(c.get("per_day", 1))),
            )
            for c in data["courses"]
        )
        risks = tuple(
            RiskItem(
                _text(r["title"], "risks"),
                RiskCategory(r["category"]),
                int(r["probability"]),
                int(r["impact"]),
                str(r["task"]),
                int(r.get("review_after", 14)),
                _text(r.get("description", ""), "risks"),
                _text(r.get("trigger", ""), "risks"),
                _text(r.get("mitigation", ""), "risks"),
                _text(r.get("contingency", ""), "risks"),
            )
            for r in data["risks"]
        )
        session = data["session"]
        template = Template(
            texts,
            roles,
            tasks,
            kpis,
            publicity,
            audiences,
            courses,
            tuple(int(h) for h in session.get("slots", (9,))) or (9,),
            _text(session.get("location", ""), "session"),
            risks,
            tuple(
                ReadinessItem(ReadinessKind(r["kind"]), _text(r["title"], "readiness"))
                for r in data.get("readiness", ())
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, TemplateError):
            raise
        raise TemplateError(f"the rollout template is malformed: {exc!r}") from exc
    _check_references(template)
    return template


def _keys(tasks: tuple[TemplateTask, ...]) -> list[str]:
    out: list[str] = []
    for t in tasks:
        out.append(t.key)
        out.extend(_keys(t.children))
    return out


def _check_references(template: Template) -> None:
    keys = _keys(template.tasks)
    if len(keys) != len(set(keys)):
        raise TemplateError("the rollout template repeats a task key")
    known = set(keys)
    go_lives = [k for k in keys if k == "full_golive" or _find(template.tasks, k).go_live]
    if sum(1 for k in keys if _find(template.tasks, k).go_live) != 1:
        raise TemplateError(f"the template needs exactly one go_live milestone, not {go_lives}")
    for r in template.risks:
        if r.task not in known:
            raise TemplateError(f"risk {r.title.en!r} links an unknown task {r.task!r}")
    for k in template.kpis:
        if k.due not in known:
            raise TemplateError(f"KPI {k.name.en!r} is due at an unknown task {k.due!r}")
    for p in template.publicity:
        if p.milestone not in known:
            raise TemplateError(f"publicity {p.title.en!r} follows an unknown {p.milestone!r}")


def _find(tasks: tuple[TemplateTask, ...], key: str) -> TemplateTask:
    for t in tasks:
        if t.key == key:
            return t
        try:
            return _find(t.children, key)
        except KeyError:
            continue
    raise KeyError(key)


def read_template(path: Path | str) -> Template:
    with Path(path).open(encoding="utf-8") as f:
        return parse_template(json.load(f))


@cache
def load_template() -> Template:
    """The shipped rollout template (read once)."""
    return read_template(resource("templates", "rollout.json"))
