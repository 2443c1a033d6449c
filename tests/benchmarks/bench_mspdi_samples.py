"""MS Project XML files from the wild imported, each task's dates compared with MPXJ's
(a script, not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_mspdi_samples.py FOLDER_OR_FILE... [--show N]

Every ``.xml`` file found under the arguments whose root is an MS Project
``<Project>`` is imported into a new plan, as File › Import MS Project does,
and read by MPXJ's ``MSPDIReader`` (``pip install mpxj jpype1``, Java 11+).
For each task the file holds (not the project summary, not a null task) the
plan's start and finish are compared with MPXJ's start and finish day: the
issue-10 rule is *within one day*. A finish MPXJ gives at the very start of a
working day (``08:00``) is the end of the day before, as OA Desk reads it.

Each file gets one line: ``ok`` (every task within a day), ``N off`` (the
tasks further off, the first ``--show`` of them named with both dates and
whether the import report lists them as moved, with the reason),
``refused`` (the message the user sees, e.g. a file from another project
tool) or ``FAILED`` (an exception that is not a refusal: a bug). The public
sample files used for issue 10 are MPXJ's own test data
(https://github.com/joniles/mpxj, ``junit/data``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("OA_DESK_DATA_DIR", tempfile.mkdtemp(prefix="oa-bench-"))

from sqlalchemy import select

from oa_desk.domain.schedule import ScheduleError
from oa_desk.exchange.mspdi import MspdiDocument, MspdiError, read_mspdi
from oa_desk.services.mspdi import import_mspdi
from oa_desk.store import models as m
from oa_desk.store.planfile import create_plan, open_plan
from tests.benchmarks.common import report

Dates = dict[int, tuple[dt.date | None, dt.date | None]]


def ms_project_files(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        for file in sorted(path.rglob("*.xml")) if path.is_dir() else [path]:
            with file.open("rb") as f:
                head = f.read(4096)
            if b"schemas.microsoft.com/project" in head and b"<Project" in head:
                found.append(file)
    return found


def mpxj_reader() -> object:
    import jpype  # type: ignore[import-untyped,import-not-found,unused-ignore]
    import mpxj  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401

    if not jpype.isJVMStarted():
        jpype.startJVM()
    return jpype.JClass("org.mpxj.mspdi.MSPDIReader")


def _day(value: object, finish: bool, start: dt.date | None, weekdays: str) -> dt.date | None:
    if value is None:
        return None
    when = dt.datetime.fromisoformat(str(value.toString()))  # type: ignore[attr-defined]
    day = when.date()
    if finish and start is not None and day > start and when.time() <= dt.time(8, 0):
        # The end of the working day before: a Monday 08:00 finish ends the Friday.
        day -= dt.timedelta(days=1)
        while day > start and weekdays[day.weekday()] != "1":
            day -= dt.timedelta(days=1)
    return day


def mpxj_dates(reader: object, path: Path, weekdays: str) -> tuple[Dates, int, object]:
    """MPXJ's tasks' days by UID, the number of its links between them, and its project
    calendar (None when it has none)."""
    project = reader().read(str(path))  # type: ignore[operator]
    out: Dates = {}
    links = 0
    for task in project.getTasks():
        uid = task.getUniqueID()
        if uid is None or int(uid) == 0 or task.getNull():
            continue
        start = _day(task.getStart(), False, None, weekdays)
        out[int(uid)] = (start, _day(task.getFinish(), True, start, weekdays))
        links += sum(1 for r in task.getPredecessors() if not r.getPredecessorTask().getNull())
    return out, links, project.getDefaultCalendar()


def calendar_differences(
    calendar: object, doc: MspdiDocument, theirs: Dates
) -> tuple[int, int, str]:
    """Days between the file's first start and last finish (three years at most) that
    MPXJ's project calendar and the imported one call differently: (differing, days,
    the first of them)."""
    import jpype  # type: ignore[import-untyped,import-not-found,unused-ignore]

    days = sorted({d for pair in theirs.values() for d in pair if d is not None})
    if not days or calendar is None:
        return 0, 0, ""
    exceptions = {e.day: e.working for e in doc.exceptions}
    local_date = jpype.JClass("java.time.LocalDate")
    first, last = days[0], min(days[-1], days[0] + dt.timedelta(days=3 * 366))
    differ, shown = 0, ""
    count = (last - first).days + 1
    for k in range(count):
        day = first + dt.timedelta(days=k)
        ours = exceptions.get(day, doc.weekdays[day.weekday()] == "1")
        mpxj = bool(calendar.isWorkingDate(local_date.of(day.year, day.month, day.day)))  # type: ignore[attr-defined]
        if ours != mpxj:
            differ += 1
            shown = shown or f"{day} ({'working' if mpxj else 'off'} in MPXJ)"
    return differ, count, shown


def oa_dates(path: Path, doc: MspdiDocument, folder: Path) -> tuple[Dates, set[int], int, int]:
    """The plan's dates by the file's task UID (``doc`` is the file read), the UIDs the
    import report lists as moved (with the reason), the number of warnings and of links
    imported."""
    plan = folder / "sample.oadesk"
    plan.unlink(missing_ok=True)
    create_plan(plan, name="sample", start=doc.start or dt.date(2020, 1, 1))
    store = open_plan(plan)
    try:
        result = import_mspdi(store, path)
        with store.read() as session:
            rows = session.execute(select(m.Task.id, m.Task.start, m.Task.finish)).all()
    finally:
        store.close()
    by_id = {row.id: (row.start, row.finish) for row in rows}
    # A new plan's tasks are numbered from 1 in the file's order.
    dates = {t.uid: by_id[k + 1] for k, t in enumerate(doc.tasks)}
    return dates, {t.uid for t in result.moved}, len(result.warnings), result.links


def off_by(a: dt.date | None, b: dt.date | None) -> int:
    if a is None or b is None:
        return 0 if a is b else 9999
    return abs((a - b).days)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--show", type=int, default=3, help="tasks named per file")
    args = parser.parse_args()
    files = ms_project_files(args.paths)
    reader = mpxj_reader()
    outcome: Counter[str] = Counter()
    tasks = within = silently = undated = calendar_days = calendar_differ = 0
    calendars_off: list[tuple[str, str]] = []
    links_off: list[tuple[str, str]] = []
    links_mpxj = links_ours = 0
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            name = str(path.relative_to(args.paths[0]) if args.paths[0].is_dir() else path.name)
            try:
                doc = read_mspdi(path)
            except MspdiError as exc:
                lines.append((name, f"refused: {exc}"))
                outcome["refused"] += 1
                continue
            try:
                theirs, their_links, their_calendar = mpxj_dates(reader, path, doc.weekdays)
            except Exception as exc:  # MPXJ's own refusal: not ours to judge
                lines.append((name, f"MPXJ cannot read it ({type(exc).__name__}); skipped"))
                outcome["skipped"] += 1
                continue
            try:
                ours, moved, warnings, our_links = oa_dates(path, doc, Path(tmp))
            except (MspdiError, ScheduleError, ValueError) as exc:
                lines.append((name, f"refused: {exc}"))
                outcome["refused"] += 1
                continue
            except Exception:  # a bug: report it and go on to the next file
                lines.append((name, "FAILED\n" + traceback.format_exc(limit=-3)))
                outcome["failed"] += 1
                continue
            off: list[tuple[int, str, tuple[dt.date | None, dt.date | None], object]] = []
            for uid, (start, finish) in sorted(theirs.items()):
                if start is None and finish is None:
                    undated += 1  # nothing in the file to keep (an MPX summary, say)
                    continue
                mine = ours.get(uid)
                if mine is None:
                    off.append((uid, "not imported", (start, finish), None))
                    continue
                gap = max(off_by(mine[0], start), off_by(mine[1], finish))
                if gap > 1:
                    why = "reported" if uid in moved else "NOT REPORTED"
                    off.append((uid, f"{gap} days, {why}", (start, finish), mine))
            links_mpxj += their_links
            links_ours += our_links
            if our_links != their_links:
                links_off.append((name, f"{our_links} links imported, MPXJ reads {their_links}"))
            differ, days, first_differ = calendar_differences(their_calendar, doc, theirs)
            calendar_days += days
            calendar_differ += differ
            if differ:
                calendars_off.append((name, f"{differ} of {days} days, first {first_differ}"))
            tasks += len(theirs)
            within += len(theirs) - len(off)  # the undated among them too
            silent = sum(1 for uid, *_ in off if uid not in moved)
            silently += silent
            note = f"{len(theirs)} tasks, {warnings} warnings"
            if not off:
                lines.append((name, f"ok ({note})"))
                outcome["ok"] += 1
                continue
            shown = "; ".join(
                f"UID {uid} {why}: MPXJ {a[0]}..{a[1]}, plan "
                + (f"{b[0]}..{b[1]}" if isinstance(b, tuple) else "none")
                for uid, why, a, b in off[: args.show]
            )
            lines.append((name, f"{len(off)} off of {note}: {shown}"))
            outcome["off" if silent else "off, reported"] += 1
    for name, line in lines:
        print(f"{name}: {line}")
    for name, line in links_off:
        print(f"{name}: {line}")
    for name, line in calendars_off:
        print(f"{name}: calendar differs from MPXJ's on {line}")
    report(
        "MS Project sample files against MPXJ",
        [
            ("files", f"{len(files)}"),
            ("every task within a day", f"{outcome['ok']}"),
            ("a task further off, listed in the report", f"{outcome['off, reported']}"),
            ("a task further off, not listed", f"{outcome['off']}"),
            ("refused with a message", f"{outcome['refused']}"),
            ("failed (a bug)", f"{outcome['failed']}"),
            ("MPXJ cannot read", f"{outcome['skipped']}"),
            ("tasks within a day", f"{within:,} of {tasks:,}"),
            ("tasks further off and not listed", f"{silently:,}"),
            ("tasks without dates in the file", f"{undated:,}"),
            (
                "links",
                f"{links_ours:,} imported, MPXJ reads {links_mpxj:,} "
                f"({len(links_off)} files differ)",
            ),
            (
                "calendar days as MPXJ reads them",
                f"{calendar_days - calendar_differ:,} of {calendar_days:,} "
                f"({len(calendars_off)} files differ)",
            ),
        ],
    )


if __name__ == "__main__":
    main()
