"""Before Qt starts: is there a display, and can Qt's platform plugin load?

Without a display, with a display no X server answers on, with a platform
name Qt does not know in QT_QPA_PLATFORM, or with a library missing that Qt's
X11 (xcb) plugin needs, creating the application aborts the process with a
core dump and a message that names the wrong library. :func:`problem` finds both first and
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
HEADLESS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
)
# Every platform PySide6 brings on Linux (``Available platform plugins are: ...``).
PLATFORMS = HEADLESS | {"xcb", "wayland", "wayland-egl", "wayland-brcm"}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _x_connects(display: str) -> bool:
    """Whether an X server answers on ``display`` (what Qt's xcb plugin does first)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # the library check names it
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return not xcb.xcb_connection_has_error(conn)
    finally:
        xcb.xcb_disconnect(conn)


def problem(
    env: Mapping[str, str] | None = None,
    *,
    platform: str | None = None,
    loads: Callable[[str], bool] = _loads,
    connects: Callable[[str], bool] = _x_connects,
) -> str | None:
    """One line naming what stops the window from opening, or None when it can open."""
    env = os.environ if env is None else env
    if (platform or sys.platform) != "linux":
        return None  # Windows and macOS bring their own platform plugin and libraries
    # "wayland;xcb" tries each in turn; "vnc:size=800x600" passes options.
    setting = env.get("QT_QPA_PLATFORM", "").strip()
    wanted = [p.split(":")[0].strip().lower() for p in setting.split(";") if p.strip()]
    if wanted and not any(p in PLATFORMS for p in wanted):
        return (
            f"QT_QPA_PLATFORM={setting} names no Qt platform this OA Desk has "
            f"(available: {', '.join(sorted(PLATFORMS))}): unset it or choose one of them"
        )
    if any(p in HEADLESS for p in wanted):
        return None
    wayland = bool(env.get("WAYLAND_DISPLAY")) and (
        not wanted or any(p.startswith("wayland") for p in wanted)
    )
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
    display = env["DISPLAY"]
    if not connects(display):
        return (
            f"cannot connect to the X display {display!r}: no X server answers there, or "
            "it does not let you in (is the desktop session still running?)"
        )
    return None
