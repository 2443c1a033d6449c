"""The frozen bundle's entry point: the same ``oa-desk`` command as the wheel installs."""

import os
import sys

from oa_desk.cli import main

if __name__ == "__main__":
    # The windowed executables (Windows, macOS) have no console: PyInstaller leaves
    # sys.stdout and sys.stderr as None, and whatever writes to them (argparse's
    # messages, a warning) would raise. They write nowhere instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: PTH123, SIM115
    raise SystemExit(main())
