"""The plain data an MS Project XML (MSPDI) file is read into and written from.

See :mod:`oa_desk.exchange.mspdi` for the mapping; this module holds only the
types and the codes both directions share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from oa_desk.domain.calendar import ExceptionDay
from oa_desk.domain.enums import ConstraintType, DependencyType, TaskKind
from oa_desk.domain.errors import Refusal

__all__ = [
    "EXTENDED_FIELDS",
    "LAG_UNITS_PER_DAY",
    "MAX_BASELINES",
    "MINUTES_PER_DAY",
    "NS",
    "MsBaseline",
    "MsLink",
    "MsTask",
    "MspdiDocument",
    "MspdiError",
]

NS = "http://schemas.microsoft.com/project"
MINUTES_PER_DAY = 480
LAG_UNITS_PER_DAY = MINUTES_PER_DAY * 10  # LinkLag is in tenths of a minute
MAX_BASELINES = 11  # Baseline, Baseline1 .. Baseline10
PI_TARGET = "oa-desk"

# The task fields MS Project has no place for ride in Text1..Text5, each with an
# alias in the project's ExtendedAttributes: (MsTask attribute, FieldID, field, alias).
EXTENDED_FIELDS = (
    ("phase", 188743731, "Text1", "Phase"),
    ("department", 188743734, "Text2", "Department"),
    ("wave", 188743737, "Text3", "Wave"),
    ("deliverable", 188743740, "Text4", "Deliverable"),
    ("acceptance", 188743743, "Text5", "Acceptance"),
)

LINK_TO_MS = {
    DependencyType.FF: 0,
    DependencyType.FS: 1,
    DependencyType.SF: 2,
    DependencyType.SS: 3,
}
LINK_FROM_MS = {v: k for k, v in LINK_TO_MS.items()}
CONSTRAINT_TO_MS = {
    ConstraintType.ASAP: 0,
    ConstraintType.MSO: 2,
    ConstraintType.SNET: 4,
    ConstraintType.FNLT: 7,
}
# MS Project constraints we do not have, read as the one that holds the task where
# the file's does: in whole working days a date on the other end of the task is
# the same constraint (must finish on D is must start on D less its duration).
CONSTRAINT_FROM_MS = {
    0: ConstraintType.ASAP,
    1: ConstraintType.ASAP,  # as late as possible: not exact, a warning
    2: ConstraintType.MSO,
    3: ConstraintType.MSO,  # must finish on
    4: ConstraintType.SNET,
    5: ConstraintType.FNLT,  # start no later than
    6: ConstraintType.SNET,  # finish no earlier than
    7: ConstraintType.FNLT,
}
EXACT_CONSTRAINTS = {0, 2, 3, 4, 5, 6, 7}
# The constraints whose date is on the other end of the task than ours: -1, a finish
# read for a start (the task's working days before it), +1 a start read for a finish.
CONSTRAINT_END = {3: -1, 5: 1, 6: -1}
MS_CONSTRAINT_NAMES = {3: "must finish on", 5: "start no later than", 6: "finish no earlier than"}


class MspdiError(Refusal):
    """The file cannot be read as MS Project XML; the message says what and where.

    ``code`` and ``params`` say the same for translation: ``params["file"]`` is
    the file name and, for a problem inside the file, ``params["place"]`` is
    ``(kind, value)`` with kind ``task`` (a position), ``task_uid``, ``link``
    (the successor's UID) or ``calendar`` (a UID).
    """


@dataclass(frozen=True, slots=True)
class MsTask:
    """One task of the outline; ``level`` 1 is the top (the project summary is 0)."""

    uid: int
    name: str
    level: int
    kind: TaskKind
    duration: int  # working days
    start: dt.date | None = None
    finish: dt.date | None = None  # inclusive
    progress: int = 0
    constraint: ConstraintType = ConstraintType.ASAP
    constraint_date: dt.date | None = None
    notes: str = ""
    baselines: tuple[tuple[int, dt.date | None, dt.date | None], ...] = ()  # number, start, finish
    owner: str = ""  # the name of the resource assigned (the first, when several)
    phase: str = ""  # a Phase code
    department: str = ""  # names
    wave: str = ""
    deliverable: str = ""
    acceptance: str = ""
    # Read only: an elapsed Duration in calendar days (the plan counts working days).
    elapsed_days: float | None = None
    # Read only: why the file's Duration could not be kept as it is (rounded, split,
    # a milestone's). A milestone flagged on a task with a duration keeps the file's
    # finish here (MS Project draws it there); the plan holds it on that one day.
    duration_note: str = ""
    # Read only: the file's Finish is at the start of a day (Monday 08:00), so the task
    # ends with the working day before; a finish later in a non-working day (Sunday
    # 12:00, in a task's own 24-hour calendar) is work the plan's calendar cannot hold.
    ends_at_day_start: bool = False
    # Read only: the file's ConstraintType when its date is on the other end of the
    # task (:data:`CONSTRAINT_END`); the import moves the date by the task's duration.
    ms_constraint: int = 0


@dataclass(frozen=True, slots=True)
class MsLink:
    pred: int  # task UIDs
    succ: int
    type: DependencyType = DependencyType.FS
    lag: int = 0  # working days, negative = lead


@dataclass(frozen=True, slots=True)
class MsBaseline:
    number: int
    name: str
    created: dt.datetime | None = None


@dataclass
class MspdiDocument:
    """A project as MSPDI carries it; tasks in outline order."""

    name: str = ""
    start: dt.date | None = None
    finish: dt.date | None = None
    weekdays: str = "1111100"
    exceptions: list[ExceptionDay] = field(default_factory=list)
    tasks: list[MsTask] = field(default_factory=list)
    links: list[MsLink] = field(default_factory=list)
    baselines: list[MsBaseline] = field(default_factory=list)
    shown_baseline: int | None = None  # the number drawn under the bars, if any
    warnings: list[str] = field(default_factory=list)
    calendar_name: str = ""
    calendar_preset: str | None = None  # the holidays preset code ("CN"), if any
