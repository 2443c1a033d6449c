"""What the rollout wizard asks for, its checks, and the split of departments into waves."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from oa_desk.domain.calendar import PRESETS
from oa_desk.domain.errors import Refusal

__all__ = [
    "MAX_DEPARTMENTS",
    "NO_HOLIDAYS",
    "RolloutInputs",
    "RolloutRefusal",
    "check_inputs",
    "clean_entries",
    "department_key",
    "split_waves",
]

NO_HOLIDAYS = "none"  # Monday to Friday, no holidays
MAX_DEPARTMENTS = 2_000
MAX_HEADCOUNT = 1_000_000
DEPARTMENT_NAME_MAX = 100  # department.name's length
TEXT_MAX = 200  # plan.organisation and plan.oa_product


class RolloutRefusal(Refusal):
    """The wizard's inputs were refused; nothing was written.

    Codes: ``no_organisation``, ``text_too_long`` (what, limit), ``no_departments``,
    ``too_many_departments`` (count, limit), ``department_too_long`` (name, limit),
    ``duplicate_departments`` (names), ``pilot_unknown`` (names), ``pilot_count``
    (pilot, departments), ``waves_count`` (waves), ``too_many_waves`` (waves,
    departments, pilot), ``go_live_before_start`` (go_live, start),
    ``go_live_not_working`` (go_live, before, after), ``unknown_calendar`` (calendar),
    ``unknown_language`` (language), ``too_close`` (missing, earliest),
    ``cannot_compress`` (missing, earliest), ``headcounts`` (limit).
    """


@dataclass(frozen=True)
class RolloutInputs:
    """A new rollout: who, what, when, which departments and in how many waves.

    ``pilot`` is how many departments (the first ones) make the pilot, unless
    ``pilot_departments`` names them. ``start`` is the earliest day work can begin
    (today when None). ``calendar`` is a preset code of ``domain.calendar.PRESETS``
    (China with its make-up working days by default) or ``"none"``.
    """

    organisation: str
    go_live: dt.date
    departments: tuple[str, ...]
    product: str = ""
    vendor: str = ""
    waves: int = 2
    pilot: int = 1
    pilot_departments: tuple[str, ...] = ()
    calendar: str = "CN"
    language: str = "zh_CN"
    start: dt.date | None = None
    name: str = field(default="")  # the plan's name; the template's when empty
    headcounts: tuple[int, ...] = ()  # per department, in order (0: not known); may be empty

    def headcount(self, index: int) -> int:
        return self.headcounts[index] if index < len(self.headcounts) else 0

    def earliest_start(self) -> dt.date:
        return self.start or dt.date.today()


def department_key(name: str) -> str:
    """How two department names are compared: NFKC, spaces and case folded."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def clean_departments(names: Sequence[str]) -> tuple[str, ...]:
    """Names trimmed (NFKC-normalised spaces), blanks dropped, order kept."""
    out = []
    for name in names:
        text = " ".join(unicodedata.normalize("NFKC", name).split())
        if text:
            out.append(text)
    return tuple(out)


def clean_entries(entries: Sequence[tuple[str, int]]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Names (as :func:`clean_departments`) and their headcounts; no headcounts when none
    is known."""
    pairs = [(" ".join(unicodedata.normalize("NFKC", n).split()), c) for n, c in entries]
    pairs = [(n, c) for n, c in pairs if n]
    counts = tuple(c for _n, c in pairs)
    return tuple(n for n, _c in pairs), counts if any(counts) else ()


def _duplicates(names: Sequence[str]) -> list[str]:
    seen: dict[str, str] = {}
    dupes: list[str] = []
    for name in names:
        key = department_key(name)
        if key in seen and seen[key] not in dupes:
            dupes.append(seen[key])
        seen.setdefault(key, name)
    return dupes


def check_inputs(inputs: RolloutInputs) -> None:
    """Refuse inputs the template cannot turn into a plan (RolloutRefusal)."""
    if not inputs.organisation.strip():
        raise RolloutRefusal("no_organisation", "the organisation's name is empty")
    for what, value in (("organisation", inputs.organisation), ("OA product", inputs.product)):
        if len(value) > TEXT_MAX:
            raise RolloutRefusal(
                "text_too_long",
                f"the {what} is longer than {TEXT_MAX} characters",
                what=what,
                limit=TEXT_MAX,
            )
    if inputs.language not in ("zh_CN", "en"):
        raise RolloutRefusal(
            "unknown_language",
            f"unknown language {inputs.language!r}: use zh_CN or en",
            language=inputs.language,
        )
    if inputs.calendar != NO_HOLIDAYS and inputs.calendar.upper() not in PRESETS:
        codes = ", ".join([*PRESETS, NO_HOLIDAYS])
        raise RolloutRefusal(
            "unknown_calendar",
            f"unknown calendar {inputs.calendar!r}: use one of {codes}",
            calendar=inputs.calendar,
        )
    names = inputs.departments
    if not names:
        raise RolloutRefusal("no_departments", "the department list is empty")
    if len(names) > MAX_DEPARTMENTS:
        raise RolloutRefusal(
            "too_many_departments",
            f"{len(names):,} departments: the template takes at most {MAX_DEPARTMENTS:,}",
            count=len(names),
            limit=MAX_DEPARTMENTS,
        )
    for name in names:
        if len(name) > DEPARTMENT_NAME_MAX:
            raise RolloutRefusal(
                "department_too_long",
                f"department name longer than {DEPARTMENT_NAME_MAX} characters: {name[:40]}…",
                name=name[:40] + "…",
                limit=DEPARTMENT_NAME_MAX,
            )
    if inputs.headcounts and (
        len(inputs.headcounts) != len(names)
        or any(not 0 <= n <= MAX_HEADCOUNT for n in inputs.headcounts)
    ):
        raise RolloutRefusal(
            "headcounts",
            f"headcounts must be given for every department, each from 0 to {MAX_HEADCOUNT:,}",
            limit=MAX_HEADCOUNT,
        )
    dupes = _duplicates(names)
    if dupes:
        raise RolloutRefusal(
            "duplicate_departments",
            "departments listed more than once: " + ", ".join(dupes),
            names="、".join(dupes) if inputs.language == "zh_CN" else ", ".join(dupes),
        )
    known = {department_key(n) for n in names}
    unknown = [n for n in inputs.pilot_departments if department_key(n) not in known]
    if unknown:
        raise RolloutRefusal(
            "pilot_unknown",
            "pilot departments not in the department list: " + ", ".join(unknown),
            names=", ".join(unknown),
        )
    pilot = len(set(map(department_key, inputs.pilot_departments))) or inputs.pilot
    if inputs.waves < 1:
        raise RolloutRefusal(
            "waves_count", "there must be at least one wave after the pilot", waves=inputs.waves
        )
    if pilot < 1 or pilot >= len(names):
        raise RolloutRefusal(
            "pilot_count",
            f"the pilot needs at least one department and must leave some for the waves: "
            f"{pilot} of {len(names)}",
            pilot=pilot,
            departments=len(names),
        )
    if inputs.waves > len(names) - pilot:
        raise RolloutRefusal(
            "too_many_waves",
            f"{inputs.waves} waves but only {len(names) - pilot} departments after the pilot: "
            "every wave needs at least one department",
            waves=inputs.waves,
            departments=len(names),
            pilot=pilot,
        )
    start = inputs.earliest_start()
    if inputs.go_live <= start:
        raise RolloutRefusal(
            "go_live_before_start",
            f"the go-live date {inputs.go_live.isoformat()} is not after the start "
            f"{start.isoformat()}",
            go_live=inputs.go_live.isoformat(),
            start=start.isoformat(),
        )


def split_waves(
    departments: Sequence[str], pilot: int, waves: int, pilot_departments: Sequence[str] = ()
) -> list[tuple[str, ...]]:
    """The pilot's departments, then each wave's: the rest in list order, in near-equal
    contiguous groups (earlier waves take one more when they do not divide evenly)."""
    if pilot_departments:
        chosen = {department_key(n) for n in pilot_departments}
        first = tuple(d for d in departments if department_key(d) in chosen)
        rest = [d for d in departments if department_key(d) not in chosen]
    else:
        first, rest = tuple(departments[:pilot]), list(departments[pilot:])
    groups = [first]
    size, extra = divmod(len(rest), waves)
    at = 0
    for w in range(waves):
        n = size + (1 if w < extra else 0)
        groups.append(tuple(rest[at : at + n]))
        at += n
    return groups
