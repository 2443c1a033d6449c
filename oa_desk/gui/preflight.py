"""Before Qt starts: is there a display, and can Qt's platform plugin load?

Without a display, or with a library missing that Qt's X11 (xcb) plugin
needs, creating the application aborts the process with a core dump and a
message that names the wrong library. :func:`problem` finds both first and
returns one line that says what is missing and how to get it; the command
line prints it and exits.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# Qt's xcb plugin and the packages that ship each library (Debian and Ubuntu);
# read from ldd of libqxcb.so and libQt6XcbQpa.so of PySide6 6.11.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Platforms that need no display server.
HEADLESS = frozenset({"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def problem(
    env: Mapping[str, str] | None = None,
    *,
    platform: str | None = None,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """One line naming what stops the window from opening, or None when it can open."""
    env = os.environ if env is None else env
    if (platform or sys.platform) != "linux":
        return None  # Windows and macOS bring their own platform plugin and libraries
    requested = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if requested in HEADLESS:
        return None
    wayland = bool(env.get("WAYLAND_DISPLAY")) and requested in ("", "wayland")
    if wayland:
        return None
    if not env.get("DISPLAY"):
        return (
            "no display to open a window on (DISPLAY is not set): start OA Desk from a "
            "desktop session, or use its sub-commands (oa-desk --help)"
        )
    missing = [name for name in XCB_LIBRARIES if not loads(name)]
    if missing:
        packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
        return (
            f"Qt's X11 plugin cannot load: {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} missing "
            f"(Debian/Ubuntu: sudo apt-get install {packages})"
        )
    return None
