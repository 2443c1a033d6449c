"""What the weekly report's printed sheets keep at any plan size (issue 10).

A management summary, not the plan: the Summary lists the late milestones and
the next ones (at most ``MILESTONES_SHOWN``, then an "and K more" line), the
Training sheet the coverage of the top-level departments, the Open tickets
sheet the first ``TICKETS_SHOWN`` by priority and age. The full lists go on
detail sheets (see :mod:`.report`). Plain data in, plain data out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

__all__ = [
    "ALL_TIERS",
    "COVERAGE_ROWS",
    "MILESTONES_SHOWN",
    "TICKETS_SHOWN",
    "key_milestones",
    "rollup_coverage",
    "summary_departments",
]

MILESTONES_SHOWN = 15
TICKETS_SHOWN = 200
COVERAGE_ROWS = 60  # more rows than this: one row per department, the tiers summed
ALL_TIERS = "*"

Milestone = tuple[str, dt.date | None, int, str]  # name, date, progress, rag


def key_milestones(
    milestones: Sequence[Milestone], today: dt.date, limit: int = MILESTONES_SHOWN
) -> list[Milestone]:
    """The late milestones (oldest first), then the next open ones (soonest first).

    Done milestones and undated ones come only when fewer than ``limit`` are
    late or next, so a small plan still shows all of its milestones.
    """
    late = [m for m in milestones if m[1] is not None and m[1] < today and m[2] < 100]
    late.sort(key=lambda m: m[1] or dt.date.min)
    upcoming = [m for m in milestones if m[1] is not None and m[1] >= today and m[2] < 100]
    upcoming.sort(key=lambda m: m[1] or dt.date.min)
    chosen = (late + upcoming)[:limit]
    if len(chosen) < limit:
        taken = {id(m) for m in chosen}
        rest = [m for m in milestones if id(m) not in taken]
        rest.sort(key=lambda m: (m[1] is None, m[1] or dt.date.min))
        chosen += rest[: limit - len(chosen)]
        chosen.sort(key=lambda m: (m[1] is None, m[1] or dt.date.min))
    return chosen


def summary_departments(rows: Iterable[tuple[int, int | None, str]]) -> dict[int, int]:
    """Department id -> the id of its top-level department.

    The top level is the roots' children when the tree has a single root (the
    company), else the roots. Cycles and dangling parents end at the last
    department reached.
    """
    parent = {i: p for i, p, _n in rows}
    roots = [i for i, p in parent.items() if p is None or p not in parent]
    single = roots[0] if len(roots) == 1 else None
    top: dict[int, int] = {}
    for start in parent:
        chain = [start]
        node = start
        while parent.get(node) in parent and parent[node] not in chain:
            node = parent[node]  # type: ignore[assignment]
            chain.append(node)
        # chain ends at the root; the summary level is the root or its child
        if single is not None and chain[-1] == single and len(chain) >= 2:
            top[start] = chain[-2]
        else:
            top[start] = chain[-1]
    return top


def rollup_coverage(
    rows: Iterable[tuple[int | None, str, int, int, int, int]],
    top: dict[int, int],
    names: dict[int, str],
    none_label: str,
    max_rows: int = COVERAGE_ROWS,
) -> list[tuple[str, str, int, int, int, int]]:
    """(department id, tier, people, enrolled, attended, passed) summed per top-level
    department and tier, in the order the departments first appear; when that
    gives more than ``max_rows`` rows, per department with the tiers summed
    (tier :data:`ALL_TIERS`)."""
    rows = list(rows)
    out = _rollup(rows, top, names, none_label, by_tier=True)
    if len(out) > max_rows:
        out = _rollup(rows, top, names, none_label, by_tier=False)
    return out


def _rollup(
    rows: list[tuple[int | None, str, int, int, int, int]],
    top: dict[int, int],
    names: dict[int, str],
    none_label: str,
    *,
    by_tier: bool,
) -> list[tuple[str, str, int, int, int, int]]:
    sums: dict[tuple[str, str], list[int]] = {}
    for dept, tier, *figures in rows:
        head = top.get(dept) if dept is not None else None
        name = names.get(head, none_label) if head is not None else none_label
        key = (name, tier if by_tier else ALL_TIERS)
        total = sums.setdefault(key, [0, 0, 0, 0])
        for k, value in enumerate(figures):
            total[k] += int(value or 0)
    return [(d, t, f[0], f[1], f[2], f[3]) for (d, t), f in sums.items()]
