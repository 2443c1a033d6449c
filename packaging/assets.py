"""Build-time assets of the frozen bundle, all made from the sources in the repository.

``python packaging/assets.py OUTDIR`` writes into OUTDIR:

- ``resources/``: a copy of ``resources/`` with every translation compiled to a
  ``.qm`` beside its ``.ts`` (the app loads a shipped ``.qm`` and has no
  ``lrelease`` inside a bundle);
- ``oa-desk.ico`` (Windows), ``oa-desk.icns`` (macOS) and ``oa-desk-<N>.png``
  (Linux), drawn from ``resources/icons/app/oa-desk.svg`` by Qt's SVG renderer;
- ``version_info.txt``: the Windows version resource;
- ``version.txt``: the version alone, for the shell scripts and installers.

The version is read from ``oa_desk/__init__.py``, the one place it is written
(hatch reads the same line for the wheel), so the About box, ``--version``,
the bundle's metadata and the installers cannot disagree.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_SVG = ROOT / "resources" / "icons" / "app" / "oa-desk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}
LINUX_SIZES = (48, 128, 256)


def version() -> str:
    text = (ROOT / "oa_desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("oa_desk/__init__.py has no __version__ line")
    return found.group(1)


def version_tuple(text: str) -> tuple[int, int, int, int]:
    """``1.2.3`` (or ``1.2.3rc1``) as the four numbers Windows wants."""
    numbers = [int(n) for n in re.findall(r"\d+", text.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def render_pngs(sizes: tuple[int, ...]) -> dict[int, bytes]:
    """The app icon as PNG bytes at each size (Qt's SVG renderer, no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(APP_SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {APP_SVG}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    del app
    return out


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose images are PNGs (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG elements."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def windows_version_info(text: str) -> str:
    """PyInstaller's version-resource file (a VSVersionInfo expression)."""
    numbers = version_tuple(text)
    fields = {
        "CompanyName": "OA Desk team",
        "FileDescription": "OA Desk",
        "FileVersion": text,
        "InternalName": "oa-desk",
        "LegalCopyright": "MIT licence",
        "OriginalFilename": "OA Desk.exe",
        "ProductName": "OA Desk",
        "ProductVersion": text,
    }
    strings = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in fields.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {strings}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ]
)
"""


def lrelease() -> Path:
    sys.path.insert(0, str(ROOT))
    from oa_desk.gui.i18n import _lrelease

    tool = _lrelease()
    if tool is None:
        raise SystemExit("lrelease not found (it ships with PySide6)")
    return tool


def stage_resources(out: Path) -> Path:
    """resources/ with a .qm compiled beside every .ts."""
    target = out / "resources"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "resources", target)
    tool = lrelease()
    sources = sorted(target.glob("translations/*/*.ts"))
    if not sources:
        raise SystemExit("no translations found in resources/translations")
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise SystemExit(f"lrelease made no {qm.name} for {ts}")
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/assets.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    text = version()
    stage_resources(out)
    sizes = tuple(sorted({*ICO_SIZES, *ICNS_TYPES, *LINUX_SIZES}))
    pngs = render_pngs(sizes)
    (out / "oa-desk.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "oa-desk.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    for size in LINUX_SIZES:
        (out / f"oa-desk-{size}.png").write_bytes(pngs[size])
    (out / "version_info.txt").write_text(windows_version_info(text), encoding="utf-8")
    (out / "version.txt").write_text(text + "\n", encoding="utf-8")
    print(f"assets: {out} (version {text})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
