"""An output file's folder is checked before any work: exports fail with a message.

Without it a write-only workbook fails at save time and its half-written
sheets spill ``I/O operation on closed file`` noise, and a PDF writer reports
only that painting could not start. The check makes the folder when it is
missing (as saving always has), then proves a file can be created in it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class OutputRefused(OSError):
    """The output file cannot be written there; ``filename`` is the file, the text says why."""


def check_output(path: Path | str) -> Path:
    """Refuse ``path`` (raise OutputRefused) unless a new file can be written there."""
    path = Path(path)
    if path.is_dir():
        raise OutputRefused(errno.EISDIR, "is a folder, not a file name", str(path))
    folder = path.parent
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise OutputRefused(errno.ENOTDIR, f"{existing} is a file, not a folder", str(path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise OutputRefused(
            exc.errno or errno.EIO, f"cannot create the folder {folder} ({why})", str(path)
        ) from exc
    if not folder.is_dir():
        raise OutputRefused(errno.ENOTDIR, f"{folder} is not a folder", str(path))
    try:
        fd, probe = tempfile.mkstemp(prefix=".oadesk-probe-", dir=folder)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise OutputRefused(
            exc.errno or errno.EACCES, f"cannot write in the folder {folder} ({why})", str(path)
        ) from exc
    os.close(fd)
    Path(probe).unlink()
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputRefused(errno.EACCES, "the file exists and is read-only", str(path))
    return path
