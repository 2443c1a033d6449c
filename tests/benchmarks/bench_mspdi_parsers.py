"""Where an MS Project XML read's time can go (a script, not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_mspdi_parsers.py FILE.xml [--repeat 3]

Times, on one MSPDI file and in the same run (best of ``--repeat``, CPU time, so
a shared machine's load weighs less), the floors a reader cannot go below:

* ``expat, no handlers``: well-formedness only, in C (the least any XML read costs);
* ``expat, Python handlers``: start, end and text callbacks that do nothing,
  the cost of a streaming reader before it reads a single field;
* ``ElementTree C tree``: the whole tree built in C (the reader's parse for a file
  of another shape than the plain one);
* ``byte scan``: :func:`~oa_desk.exchange.mspdi_scan.scan`, the tasks and
  assignments read from the bytes (the plain file's parse, after expat's check);
* ``read_mspdi``: the reader, file to document.

Issue 10 asked whether a streaming reader (expat or iterparse into flat tuples)
beats the tree: it cannot when its empty callbacks alone cost as much as the tree.
The byte scan can, as it makes no element and calls nothing per tag.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from xml.parsers import expat

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from oa_desk.domain.schedule import paused_gc
from oa_desk.exchange.mspdi import read_mspdi
from oa_desk.exchange.mspdi_scan import scan
from tests.benchmarks.common import report


def _nothing(*_: object) -> None:
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = args.file.read_bytes()

    def bare() -> None:
        expat.ParserCreate().Parse(data, True)

    def callbacks() -> None:
        p = expat.ParserCreate()
        p.buffer_text = True
        p.StartElementHandler = _nothing
        p.EndElementHandler = _nothing
        p.CharacterDataHandler = _nothing
        p.Parse(data, True)

    def tree() -> None:
        builder = ET.XMLParser(target=ET.TreeBuilder(insert_pis=True))
        builder.feed(data)
        builder.close()

    runs: dict[str, Callable[[], object]] = {
        "expat, no handlers": bare,
        "expat, Python handlers doing nothing": callbacks,
        "ElementTree C tree": tree,
        "byte scan of the tasks and assignments": lambda: scan(data),
        "read_mspdi (file -> document)": lambda: read_mspdi(args.file),
    }
    best: dict[str, float] = {}
    with paused_gc():
        for _ in range(args.repeat):
            for name, fn in runs.items():
                start = time.process_time()
                fn()
                spent = time.process_time() - start
                best[name] = min(best.get(name, spent), spent)
    rows = [("file", f"{len(data) / 1e6:.1f} MB")]
    rows += [(name, f"{seconds:.2f} s CPU") for name, seconds in best.items()]
    report("MS Project XML read: parser floors", rows)


if __name__ == "__main__":
    main()
