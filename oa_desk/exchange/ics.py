"""Training sessions to an iCalendar file (RFC 5545) that Outlook, WeCom and DingTalk import.

Each session is a VEVENT with a stable UID (the same session exported twice
updates the entry instead of adding a second), its course as the summary, the
place or meeting link as the location, the trainer as organizer and its
status (a cancelled session is STATUS:CANCELLED). A session's times are the
wall-clock times of where it is held, so they are written with a TZID and
the calendar carries that zone's VTIMEZONE (Asia/Shanghai unless the plan
says otherwise). Written with the ``icalendar`` library: line folding,
escaping and the zone's rules are its job.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from oa_desk.exchange.workbook import atomic_save

__all__ = ["DEFAULT_ZONE", "IcsSession", "by_trainer", "calendar_bytes", "write_ics"]

DEFAULT_ZONE = "Asia/Shanghai"
PRODID = "-//OA Desk//Training//ZH"


@dataclass(frozen=True, slots=True)
class IcsSession:
    id: int
    course: str
    starts: dt.datetime  # naive: the wall-clock time where it is held
    ends: dt.datetime
    location: str = ""
    trainer: str = ""
    trainer_email: str = ""
    status: str = "planned"  # planned, held, cancelled
    description: str = ""


_STATUS = {"planned": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}


def calendar_bytes(
    sessions: Iterable[IcsSession],
    *,
    name: str = "",
    zone: str = DEFAULT_ZONE,
    uid_domain: str = "oa-desk.local",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The calendar of ``sessions`` as RFC 5545 bytes (UTF-8, CRLF, folded lines)."""
    tz = zoneinfo.ZoneInfo(zone)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", zone)
    cal.add_component(Timezone.from_tzinfo(tz))
    now = stamp or dt.datetime.now(dt.UTC)
    for s in sessions:
        event = Event()
        event.add("uid", f"training-session-{s.id}@{uid_domain}")
        event.add("dtstamp", now)
        event.add("dtstart", s.starts.replace(tzinfo=tz))
        event.add("dtend", s.ends.replace(tzinfo=tz))
        event.add("summary", s.course)
        if s.location:
            event.add("location", s.location)
            if s.location.startswith(("http://", "https://")):
                event.add("url", s.location)
        if s.description:
            event.add("description", s.description)
        if s.trainer:
            organizer = vCalAddress(f"mailto:{s.trainer_email}" if s.trainer_email else "mailto:")
            organizer.params["cn"] = vText(s.trainer)
            event.add("organizer", organizer)
        event.add("status", _STATUS.get(s.status, "CONFIRMED"))
        cal.add_component(event)
    return bytes(cal.to_ical())


def write_ics(
    path: Path | str, sessions: Sequence[IcsSession], *, name: str = "", zone: str = DEFAULT_ZONE
) -> int:
    """Write the calendar to ``path`` atomically; the number of events."""
    data = calendar_bytes(sessions, name=name, zone=zone)
    with atomic_save(Path(path)) as tmp:
        tmp.write_bytes(data)
    return len(sessions)


def by_trainer(sessions: Iterable[IcsSession]) -> dict[str, list[IcsSession]]:
    """Each trainer's sessions (sessions without a trainer are left out)."""
    out: dict[str, list[IcsSession]] = {}
    for s in sessions:
        if s.trainer:
            out.setdefault(s.trainer, []).append(s)
    return out
