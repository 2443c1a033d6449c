"""Before Qt starts: a missing display or X11 library is one line, not a core dump."""

from __future__ import annotations

from oa_desk.gui.preflight import XCB_LIBRARIES, problem


def test_no_display_on_linux_is_named() -> None:
    line = problem({}, platform="linux", loads=lambda _n: True)
    assert line is not None and "DISPLAY is not set" in line and "\n" not in line


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    line = problem({"DISPLAY": ":0"}, platform="linux", loads=lambda n: n not in gone)
    assert line is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1 are missing" in line
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in line


def test_nothing_to_say_when_the_window_can_open() -> None:
    assert problem({"DISPLAY": ":0"}, platform="linux", loads=lambda _n: True) is None
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert problem({}, platform="win32") is None
    assert problem({}, platform="darwin") is None


def test_every_library_has_a_package() -> None:
    assert all(package for package in XCB_LIBRARIES.values())
