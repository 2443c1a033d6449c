"""Courses with their prerequisites: the course's row and the courses it requires
first, saved as one intent with one undo.

The prerequisites are links between courses (``course_prerequisite``); the
"no training, no account" rule and the coverage matrix count them as required
of the tier (``store.training.required_courses``). A link to an unknown course,
or one that would make a course require itself (directly or through others),
is refused before anything changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from oa_desk.domain.changes import ChangeKind, Changes
from oa_desk.domain.training import TrainingCheck, prerequisite_cycle
from oa_desk.services import records
from oa_desk.services.records import RecordEdit
from oa_desk.store import training as store_training
from oa_desk.store.planfile import PlanStore

__all__ = ["CourseEdit", "prerequisites_of", "revert_course", "save_course"]


@dataclass(frozen=True)
class CourseEdit:
    """The course's register edit and, when its prerequisites were set, the ones it had."""

    record: RecordEdit
    course_id: int
    old_prerequisites: frozenset[int] | None = None  # None: the links were not touched
    links_changed: bool = False

    @property
    def changes(self) -> Changes:
        if not self.links_changed:
            return self.record.changes
        return self.record.changes | Changes.update(ChangeKind.COURSE, [self.course_id])

    @property
    def new_ids(self) -> tuple[int, ...]:
        return self.record.new_ids


def prerequisites_of(store: PlanStore, course_id: int) -> frozenset[int]:
    """The courses ``course_id`` requires first."""
    with store.read() as session:
        links = store_training.prerequisite_links(session.connection())
    return frozenset(links.get(course_id, ()))


def _check(store: PlanStore, course_id: int | None, wanted: Sequence[int]) -> dict[int, set[int]]:
    from oa_desk.services.training_errors import TrainingError

    with store.read() as session:
        conn = session.connection()
        known = {row[0]: row[1] for row in store_training.course_rows(conn)}
        links = store_training.prerequisite_links(conn)
    for prerequisite in wanted:
        if prerequisite not in known:
            raise TrainingError(
                TrainingCheck.PREREQUISITE_UNKNOWN.value,
                f"prerequisite course #{prerequisite} does not exist",
                course=prerequisite,
            )
    if course_id is not None:
        loop = prerequisite_cycle(links, course_id, wanted)
        if loop is not None:
            raise TrainingError(
                TrainingCheck.PREREQUISITE_CYCLE.value,
                f"course {known[loop]!r} requires {known.get(course_id, course_id)!r} already",
                course=known[loop],
            )
    return links


def save_course(
    store: PlanStore,
    course_id: int | None,
    values: Mapping[str, Any],
    prerequisites: Sequence[int] | None = None,
) -> CourseEdit:
    """Add a course (``course_id`` None) or change one; ``prerequisites`` (when given)
    become exactly the courses it requires first."""
    wanted = list(dict.fromkeys(prerequisites or ()))
    links = _check(store, course_id, wanted) if prerequisites is not None else {}
    if course_id is None:
        record = records.add_record(store, "course", values)
    else:
        record = records.update_record(store, "course", course_id, values)
    target = course_id if course_id is not None else record.new_ids[0]
    if prerequisites is None:
        return CourseEdit(record, target)
    old = frozenset(links.get(target, ()))
    if old == set(wanted):
        return CourseEdit(record, target, old)
    try:
        with store.write() as session:
            store_training.write_prerequisites(session.connection(), target, wanted)
    except BaseException:
        records.revert_record_edit(store, record.undo)  # nothing changes, as refused
        raise
    return CourseEdit(record, target, old, links_changed=True)


def revert_course(store: PlanStore, edit: CourseEdit) -> Changes:
    """Undo exactly what :func:`save_course` did."""
    changes = Changes()
    if edit.links_changed and edit.old_prerequisites is not None and not edit.record.new_ids:
        with store.write() as session:
            store_training.write_prerequisites(
                session.connection(), edit.course_id, edit.old_prerequisites
            )
        changes |= Changes.update(ChangeKind.COURSE, [edit.course_id])
    # An added course is deleted, and its links with it.
    return changes | records.revert_record_edit(store, edit.record.undo)
