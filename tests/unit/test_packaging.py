"""The frozen bundle's layout and the packaging files agree with the app (no bundle built here;
packaging/ci_frozen.sh builds one and runs it)."""

from __future__ import annotations

import importlib.util
import plistlib
import re
import shutil
import struct
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path
from types import ModuleType

import pytest

import oa_desk
from oa_desk.domain.calendar import PRESETS

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = (PACKAGING / "oa_desk.spec").read_text(encoding="utf-8")


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def assets() -> ModuleType:
    return _load(PACKAGING / "assets.py", "oa_desk_packaging_assets")


def test_the_bundle_reads_the_one_version(assets: ModuleType) -> None:
    assert assets.version() == oa_desk.__version__
    assert assets.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert assets.version_tuple("2.0rc1") == (2, 0, 1, 0)
    info = assets.windows_version_info("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in info and "StringStruct('ProductVersion', '1.2.3')" in info
    # No installer or bundle file writes a version of its own.
    for path in (PACKAGING / "windows" / "oa_desk.iss", PACKAGING / "oa_desk.spec"):
        text = path.read_text(encoding="utf-8")
        assert oa_desk.__version__ not in text, path
    iss = (PACKAGING / "windows" / "oa_desk.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss


def test_frozen_layout_finds_the_bundled_resources(tmp_path: Path) -> None:
    """The spec puts resources at oa_desk/_resources inside the bundle (sys._MEIPASS):
    oa_desk/resources.py, run from there, finds them and not a checkout's."""
    match = re.search(r'\(str\(ASSETS / "resources"\), "([^"]+)"\)', SPEC)
    assert match is not None, "the spec no longer bundles the staged resources"
    meipass = tmp_path / "_internal"
    bundled = meipass / Path(match.group(1))
    (bundled / "translations" / "core").mkdir(parents=True)
    (bundled / "fonts").mkdir()
    (meipass / "oa_desk").mkdir(exist_ok=True)
    shutil.copy2(ROOT / "oa_desk" / "resources.py", meipass / "oa_desk" / "resources.py")
    old = (getattr(sys, "frozen", None), getattr(sys, "_MEIPASS", None))
    sys.frozen = True  # type: ignore[attr-defined]
    sys._MEIPASS = str(meipass)  # type: ignore[attr-defined]
    try:
        module = _load(meipass / "oa_desk" / "resources.py", "oa_desk_frozen_resources")
        assert module.resources_dir() == bundled
        assert module.cjk_font_file() == bundled / "fonts" / "OADeskSansSC-Regular.ttf"
    finally:
        del sys.frozen  # type: ignore[attr-defined]
        del sys._MEIPASS  # type: ignore[attr-defined]
        assert old == (None, None)


def test_the_bundle_keeps_what_alembic_reads_as_files() -> None:
    for needed in ('"env.py"', '"script.py.mako"', '"versions"'):
        assert needed in SPEC
    assert 'collect_submodules("oa_desk")' in SPEC  # pages and forms load on first use


def test_the_bundle_keeps_the_calendar_presets_holiday_names() -> None:
    match = re.search(r"HOLIDAY_COUNTRIES = \(([^)]*)\)", SPEC)
    assert match is not None
    kept = set(re.findall(r'"([A-Z]{2})"', match.group(1)))
    assert kept == set(PRESETS)


def test_icons_are_well_formed(assets: ModuleType) -> None:
    pngs = {size: b"\x89PNG fake " + bytes([size % 256]) for size in (16, 32, 256)}
    ico = assets.ico(pngs)
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 3)
    width, _h, _c, _r, _planes, _bits, size, offset = struct.unpack(
        "<BBBBHHII", ico[6 + 32 : 22 + 32]
    )
    assert width == 0  # 256 is written as 0
    assert ico[offset : offset + size] == pngs[256]
    icns = assets.icns({16: pngs[16], 256: pngs[256]})
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns[8:12] == b"icp4" and b"ic08" in icns


def test_the_app_icon_svg_is_there() -> None:
    svg = ROOT / "resources" / "icons" / "app" / "oa-desk.svg"
    assert ET.parse(svg).getroot().tag.endswith("svg")


def test_linux_desktop_entry_and_mime_type_agree() -> None:
    desktop = ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(PACKAGING / "linux" / "oa-desk.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "oa-desk %f" and entry["Icon"] == "oa-desk"
    assert entry["Name[zh_CN]"] == "OA 推广工作台"
    mime = ET.parse(PACKAGING / "linux" / "oa-desk-mime.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    kind = mime.find(f"{ns}mime-type")
    assert kind is not None
    assert entry["MimeType"] == kind.get("type") + ";"
    globs = [g.get("pattern") for g in kind.findall(f"{ns}glob")]
    assert globs == ["*.oadesk"]
    # StartupWMClass is what Qt sets from QGuiApplication.setDesktopFileName.
    app = (ROOT / "oa_desk" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{entry["StartupWMClass"]}")' in app


def test_macos_info_plist_declares_the_document_type() -> None:
    match = re.search(r"info_plist=(\{.*?\n        \}),\n    \)", SPEC, re.DOTALL)
    assert match is not None
    plist = eval(match.group(1), {"VERSION": "9.9.9"})  # the spec's own literal
    plistlib.dumps(plist)  # writable as a plist
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False  # dark mode
    assert plist["CFBundleShortVersionString"] == "9.9.9"
    (doc,) = plist["CFBundleDocumentTypes"]
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["oadesk"]


def test_windows_installer_is_per_user_and_registers_the_file_type() -> None:
    iss = (PACKAGING / "windows" / "oa_desk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "ChangesAssociations=yes" in iss
    assert r'Subkey: "Software\Classes\.oadesk"' in iss
    assert r'"""{app}\OA Desk.exe"" ""%1"""' in iss
    assert "{autoprograms}" in iss
    # The exe the installer names is the one the spec builds.
    assert 'name="OA Desk" if WINDOWS' in SPEC and 'name="oa-desk-cli"' in SPEC
