"""Automatic snapshots of a plan in the user data folder, rotated.

A snapshot is taken when a plan is opened (before its first write) and at
most hourly while it is edited. Rotation keeps the most recent ones and the
newest of each day for a month.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from oa_desk.store.paths import snapshots_root
from oa_desk.store.sqlitefile import backup_to

KEEP_RECENT = 10
KEEP_DAILY_DAYS = 30
HOURLY = dt.timedelta(hours=1)

_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.oadesk$")


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    taken_at: dt.datetime
    reason: str  # "open", "hourly", "before-restore", "before-migration"
    size: int


def snapshot_dir(plan_path: Path) -> Path:
    """One folder per plan, named after it and told apart by a hash of its full path."""
    resolved = str(plan_path.resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w\-]+", "_", plan_path.stem)[:40] or "plan"
    return snapshots_root() / f"{stem}-{digest}"


def take_snapshot(
    source: sqlite3.Connection, plan_path: Path, reason: str, *, protect: Path | None = None
) -> Path:
    """Copy the plan into its snapshot folder, then rotate (never deleting ``protect``)."""
    folder = snapshot_dir(plan_path)
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now()
    target = folder / f"{now:%Y%m%d-%H%M%S-%f}-{reason}.oadesk"
    backup_to(source, target)
    rotate(folder, protect=protect)
    return target


def list_snapshots(plan_path: Path) -> list[SnapshotInfo]:
    """Snapshots of ``plan_path``, newest first."""
    folder = snapshot_dir(plan_path)
    out: list[SnapshotInfo] = []
    if not folder.is_dir():
        return out
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if not m:
            continue
        try:
            taken = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(SnapshotInfo(p, taken, m.group(2), size))
    out.sort(key=lambda s: s.taken_at, reverse=True)
    return out


def rotate(
    folder: Path, *, now: dt.datetime | None = None, protect: Path | None = None
) -> list[Path]:
    """Delete snapshots beyond the recent ones and one a day for a month; return them.

    ``protect`` (the snapshot being restored) is kept whatever its age.
    """
    now = now or dt.datetime.now()
    snaps: list[tuple[dt.datetime, Path]] = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m:
            with contextlib.suppress(ValueError):
                snaps.append((dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f"), p))
    snaps.sort(reverse=True)
    keep = {p for _, p in snaps[:KEEP_RECENT]}
    if protect is not None:
        keep.update(p for _, p in snaps if p.resolve() == protect.resolve())
    seen_days: set[dt.date] = set()
    for taken, p in snaps:
        if (now.date() - taken.date()).days < KEEP_DAILY_DAYS and taken.date() not in seen_days:
            seen_days.add(taken.date())
            keep.add(p)
    removed = []
    for _, p in snaps:
        if p not in keep:
            with contextlib.suppress(OSError):
                p.unlink()
                removed.append(p)
    return removed
