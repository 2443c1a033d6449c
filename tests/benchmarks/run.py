"""Run every benchmark in this folder: ``python -m tests.benchmarks.run [NAME ...]``.

Each benchmark prints its figures and the ratios against the issues' targets;
run one with its own options as ``python -m tests.benchmarks.NAME --help``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    folder = Path(__file__).resolve().parent
    names = argv or sorted(p.stem for p in folder.glob("bench_*.py"))
    for name in names:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        sys.argv = [name]  # each benchmark runs with its own default options
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
