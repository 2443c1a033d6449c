"""Build OA Desk's bundle and this platform's installer: the steps the release workflow runs.

    python packaging/build.py [--dist DIR] [--work DIR] [--no-installer]

1. PyInstaller builds the one-folder bundle from ``packaging/oa_desk.spec``
   (which makes its assets first, ``packaging/assets.py``).
2. The platform's package around it, into DIST:
   - Linux: ``oa-desk-VERSION-linux-ARCH.tar.gz``: the bundle, a ``.desktop``
     file, the MIME type of ``.oadesk`` files, the icons, and ``install.sh``
     that registers them for the user;
   - Windows: ``OA-Desk-VERSION-setup.exe`` from ``windows/oa_desk.iss`` (Inno
     Setup's ``iscc`` must be on PATH) and a zip of the bundle;
   - macOS: ``OA-Desk-VERSION.dmg`` from ``macos/make_dmg.sh`` (signing and
     notarisation are separate steps, see README.md).

It prints the bundle's size and the time each step took. The version is the one
in ``oa_desk/__init__.py`` (``assets.version()``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from assets import version  # noqa: E402  (packaging/ is not a package)

LINUX_SIZE_LIMIT_MB = 250


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def pyinstaller(dist: Path, work: Path) -> Path:
    assets = work / "assets"
    env = dict(os.environ, OA_DESK_ASSETS=str(assets))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "oa_desk.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    if sys.platform == "darwin":
        return dist / "OA Desk.app"
    return dist / "oa-desk"


def strip_linux(bundle: Path) -> int:
    """Take the symbol tables out of the bundle's shared libraries: Qt's, Python's and
    the system's ship with them, about 60 MB in all. The libraries auditwheel vendored
    into a wheel (``*.libs/``) are left alone: they are stripped already, and strip
    rewrites OpenBLAS into a library the loader refuses ("not page-aligned")."""
    tool = shutil.which("strip")
    if tool is None:
        print("build: no strip on PATH; the bundle keeps its symbols", file=sys.stderr)
        return 0
    before = folder_size(bundle)
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or any(p.endswith(".libs") for p in path.parts):
            continue
        subprocess.run([tool, "--strip-unneeded", str(path)], check=True, capture_output=True)
    return before - folder_size(bundle)


def linux_tarball(bundle: Path, dist: Path, work: Path, text: str) -> Path:
    """The bundle with its desktop entry, MIME type and icons, as one tarball."""
    arch = platform.machine() or "x86_64"
    name = f"oa-desk-{text}-linux-{arch}"
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(HERE / "linux" / "oa-desk.desktop", share / "applications")
    shutil.copy2(HERE / "linux" / "oa-desk-mime.xml", share / "mime" / "packages" / "oa-desk.xml")
    for png in sorted((work / "assets").glob("oa-desk-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        for kind, icon_name in (("apps", "oa-desk"), ("mimetypes", "application-x-oadesk")):
            target = share / "icons" / "hicolor" / f"{size}x{size}" / kind
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, target / f"{icon_name}.png")
    shutil.copy2(HERE / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    (bundle / "VERSION").write_text(text + "\n", encoding="utf-8")
    out = dist / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
    return out


def windows_installer(bundle: Path, dist: Path, work: Path, text: str) -> list[Path]:
    archive = Path(shutil.make_archive(str(dist / f"OA-Desk-{text}-windows"), "zip", bundle))
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
        candidate = default / "Inno Setup 6" / "ISCC.exe"
        iscc = str(candidate) if candidate.is_file() else None
    if iscc is None:
        raise SystemExit("Inno Setup's iscc was not found; the installer needs it")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={text}",
            f"/DSourceDir={bundle}",
            f"/DOutputDir={dist}",
            f"/DIconFile={work / 'assets' / 'oa-desk.ico'}",
            str(HERE / "windows" / "oa_desk.iss"),
        ],
        check=True,
    )
    return [archive, dist / f"OA-Desk-{text}-setup.exe"]


def macos_dmg(app: Path, dist: Path, text: str) -> Path:
    out = dist / f"OA-Desk-{text}.dmg"
    subprocess.run(["bash", str(HERE / "macos" / "make_dmg.sh"), str(app), str(out)], check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where artefacts go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="build folder")
    parser.add_argument("--no-installer", action="store_true", help="the bundle only")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    text = version()
    started = time.perf_counter()
    bundle = pyinstaller(dist, work)
    if sys.platform.startswith("linux"):
        saved = strip_linux(bundle)
        print(f"build: stripped {saved / 1e6:.0f} MB of symbols")
    built = time.perf_counter() - started
    size_mb = folder_size(bundle) / 1e6
    print(f"build: {bundle} ({size_mb:.0f} MB unpacked) in {built:.0f} s")
    if sys.platform.startswith("linux") and size_mb > LINUX_SIZE_LIMIT_MB:
        print(f"build: the bundle is over {LINUX_SIZE_LIMIT_MB} MB", file=sys.stderr)
        return 1
    if args.no_installer:
        return 0
    step = time.perf_counter()
    if sys.platform == "win32":
        artefacts = windows_installer(bundle, dist, work, text)
    elif sys.platform == "darwin":
        artefacts = [macos_dmg(bundle, dist, text)]
    else:
        artefacts = [linux_tarball(bundle, dist, work, text)]
    for artefact in artefacts:
        print(f"build: {artefact} ({artefact.stat().st_size / 1e6:.0f} MB)")
    print(f"build: packaged in {time.perf_counter() - step:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
