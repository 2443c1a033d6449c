"""What an operation changed, so that views refresh only what it names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class ChangeKind(StrEnum):
    """What a change is about: a table of the plan, or a view-level aspect of one.

    A typo in a kind fails the type check instead of silently refreshing nothing.
    The values are the table names, so a kind can be made from a table's name
    (``ChangeKind(table.name)``), which generic code (imports, row restores) does.
    """

    PLAN = "plan"
    CALENDAR = "calendar"
    CALENDAR_EXCEPTION = "calendar_exception"
    WAVE = "wave"
    DEPARTMENT = "department"
    PERSON = "person"
    TEAM_MEMBER = "team_member"
    STAKEHOLDER = "stakeholder"
    GOAL = "goal"
    KPI_MEASUREMENT = "kpi_measurement"
    TASK = "task"
    DEPENDENCY = "dependency"
    BASELINE = "baseline"
    BASELINE_TASK = "baseline_task"
    RACI_ENTRY = "raci_entry"
    REQUIREMENT = "requirement"
    REQUIREMENT_TASK = "requirement_task"
    RISK = "risk"
    COMMUNICATION = "communication"
    COURSE = "course"
    COURSE_PREREQUISITE = "course_prerequisite"
    TRAINING_SESSION = "training_session"
    ENROLLMENT = "enrollment"
    TRAINING_NEED = "training_need"
    TICKET = "ticket"
    TICKET_EVENT = "ticket_event"
    KB_ARTICLE = "kb_article"
    KB_ARTICLE_TICKET = "kb_article_ticket"
    KB_TAG = "kb_tag"
    KB_ARTICLE_TAG = "kb_article_tag"
    FEEDBACK_ROUND = "feedback_round"
    ADOPTION_SNAPSHOT = "adoption_snapshot"
    READINESS_ITEM = "readiness_item"
    WAVE_GATE = "wave_gate"
    GATE_REVIEW = "gate_review"
    ACTIVITY = "activity"
    ACTIVITY_ITEM = "activity_item"
    # Not a table: the work breakdown's outline (parents, order, rows) changed, so
    # views rebuild their tree instead of updating rows in place.
    TASK_OUTLINE = "task_outline"

    @classmethod
    def of_table(cls, name: str) -> ChangeKind:
        """The kind for a table of the schema (a ValueError for an unknown one)."""
        return cls(name)


_EMPTY: Mapping[ChangeKind, frozenset[int]] = MappingProxyType({})


def _merge(
    a: Mapping[ChangeKind, frozenset[int]], b: Mapping[ChangeKind, frozenset[int]]
) -> Mapping[ChangeKind, frozenset[int]]:
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for kind, ids in b.items():
        out[kind] = out.get(kind, frozenset()) | ids
    return MappingProxyType(out)


@dataclass(frozen=True)
class Changes:
    """Kinds (:class:`ChangeKind`) and ids an operation inserted, updated or deleted.

    ``everything`` says the whole plan may have changed (a restore, a replacing
    import): views reload all they show.
    """

    inserted: Mapping[ChangeKind, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    updated: Mapping[ChangeKind, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    deleted: Mapping[ChangeKind, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    everything: bool = False

    @staticmethod
    def insert(kind: ChangeKind, ids: Iterable[int]) -> Changes:
        return Changes(inserted=MappingProxyType({ChangeKind(kind): frozenset(ids)}))

    @staticmethod
    def update(kind: ChangeKind, ids: Iterable[int]) -> Changes:
        return Changes(updated=MappingProxyType({ChangeKind(kind): frozenset(ids)}))

    @staticmethod
    def delete(kind: ChangeKind, ids: Iterable[int]) -> Changes:
        return Changes(deleted=MappingProxyType({ChangeKind(kind): frozenset(ids)}))

    @staticmethod
    def all() -> Changes:
        return Changes(everything=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            inserted=_merge(self.inserted, other.inserted),
            updated=_merge(self.updated, other.updated),
            deleted=_merge(self.deleted, other.deleted),
            everything=self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return self.everything or bool(self.inserted or self.updated or self.deleted)

    def kinds(self) -> frozenset[ChangeKind]:
        """Every kind this change touched."""
        return frozenset(self.inserted) | frozenset(self.updated) | frozenset(self.deleted)

    def touches(self, *kinds: ChangeKind) -> bool:
        """True when any of ``kinds`` changed (always true for ``everything``)."""
        return self.everything or not self.kinds().isdisjoint(kinds)
