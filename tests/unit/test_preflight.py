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
    yes = lambda _n: True  # noqa: E731
    assert problem({"DISPLAY": ":0"}, platform="linux", loads=yes, connects=yes) is None
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert problem({}, platform="win32") is None
    assert problem({}, platform="darwin") is None


def test_every_library_has_a_package() -> None:
    assert all(package for package in XCB_LIBRARIES.values())


def test_a_display_no_server_answers_on_is_named() -> None:
    line = problem(
        {"DISPLAY": ":99"}, platform="linux", loads=lambda _n: True, connects=lambda _d: False
    )
    assert line is not None and "cannot connect to the X display ':99'" in line


def test_a_real_display_that_is_not_there() -> None:
    """The real check: libxcb is asked, and no X server runs on display 4711."""
    line = problem({"DISPLAY": ":4711"}, platform="linux", loads=lambda _n: True)
    assert line is not None and ":4711" in line


def test_an_unknown_platform_is_named() -> None:
    line = problem({"QT_QPA_PLATFORM": "xbc", "DISPLAY": ":0"}, platform="linux")
    assert line is not None and "QT_QPA_PLATFORM=xbc" in line and "xcb" in line
    assert problem({"QT_QPA_PLATFORM": "bogus;offscreen"}, platform="linux") is None
    assert problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}, platform="linux") is None


def test_wayland_asked_for_without_a_wayland_display() -> None:
    env = {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert problem(env, platform="linux") is None
    line = problem({"QT_QPA_PLATFORM": "wayland"}, platform="linux", loads=lambda _n: True)
    assert line is not None and "DISPLAY" in line
