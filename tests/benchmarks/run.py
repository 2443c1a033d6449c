"""Run every benchmark in this folder: ``python -m tests.benchmarks.run [NAME ...]``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    folder = Path(__file__).resolve().parent
    names = argv or sorted(p.stem for p in folder.glob("bench_*.py"))
    for name in names:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
