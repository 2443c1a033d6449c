"""The roster on the large demo plan (50,000 people).

Targets (issue 12): first paint of the roster at most 100 ms after the view opens;
a sort (header click) or a filter (department with its sub-departments, tier,
search) at most 300 ms; a scroll repaint at most 10 ms median. Each is measured
in one process, offscreen, end to end: the query (count and the first window),
the model reset and a synchronous repaint of the table.

    python -m tests.benchmarks.bench_people [--plan PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report, verdict


def _measure(plan: Path, rounds: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from oa_desk.domain.enums import AudienceTier
    from oa_desk.gui.document import PlanDocument
    from oa_desk.gui.people.roster import RosterTab
    from oa_desk.gui.people.roster_model import RosterCol
    from oa_desk.store.planfile import open_plan

    app = QApplication.instance() or QApplication([])
    out: dict[str, list[float]] = {"paint": [], "sort": [], "filter": [], "scroll": []}
    with open_plan(plan, snapshot=False) as store:
        doc = PlanDocument(store)
        for _ in range(rounds):
            tab = RosterTab()
            tab.resize(1280, 800)
            tab.show()
            app.processEvents()
            start = time.perf_counter()
            tab.set_document(doc)
            tab.view.viewport().repaint()
            out["paint"].append(time.perf_counter() - start)
            tab.close()
            tab.deleteLater()
            app.processEvents()
        tab = RosterTab()
        tab.resize(1280, 800)
        tab.show()
        tab.set_document(doc)
        app.processEvents()
        header = tab.view.horizontalHeader()
        for col in RosterCol:
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                start = time.perf_counter()
                header.setSortIndicator(col, order)
                tab.view.viewport().repaint()
                out["sort"].append(time.perf_counter() - start)
        header.setSortIndicator(RosterCol.NAME, Qt.SortOrder.AscendingOrder)
        tops = [d for d in tab._tree.departments if d.parent_id is None]
        big = max(tab._tree.departments, key=lambda d: len(tab._tree.children(d.id)))
        filters = [
            lambda: tab.department.setCurrentIndex(tab.department.findData(big.id)),
            lambda: tab.department.setCurrentIndex(tab.department.findData(tops[0].id)),
            lambda: tab.department.setCurrentIndex(0),
            lambda: tab.tier.setCurrentIndex(tab.tier.findData(AudienceTier.KEY_USER)),
            lambda: tab.tier.setCurrentIndex(0),
            lambda: tab.active.setCurrentIndex(2),
            lambda: tab.active.setCurrentIndex(0),
        ]
        for text in ("zh", "王", "0012", "li", "wang@", ""):
            filters.append(lambda t=text: (tab.search.setText(t), tab._apply_filters()))
        for change in filters * 2:
            start = time.perf_counter()
            change()
            tab.view.viewport().repaint()
            out["filter"].append(time.perf_counter() - start)
        bar = tab.view.verticalScrollBar()
        steps = [bar.singleStep() * 3] * 60 + [bar.pageStep()] * 60
        for i, step in enumerate(steps):
            if i == 60:
                bar.setValue(bar.maximum() // 2)
                tab.ensure_visible()
            start = time.perf_counter()
            bar.setValue(bar.value() + step)
            tab.view.viewport().repaint()
            out["scroll"].append(time.perf_counter() - start)
        out["total"] = [float(tab.model.total())]
        # Qt's own floor: the same view over a C++ model holding the same texts.
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        top = tab.view.rowAt(0)
        plain = QStandardItemModel(200, len(RosterCol))
        for r in range(200):
            for c in RosterCol:
                text = tab.model.index(top + r, c).data()
                plain.setItem(r, c, QStandardItem(text or ""))
        tab.view.setModel(plain)
        app.processEvents()
        for _ in range(40):
            start = time.perf_counter()
            tab.view.viewport().repaint()
            out.setdefault("floor", []).append(time.perf_counter() - start)
        tab.close()
        doc.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan", type=Path, help="a large plan (default: a fresh large demo)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plan = args.plan
        if plan is None:
            from oa_desk.services.demo import generate_demo

            plan = Path(tmp) / "large.oadesk"
            generate_demo(plan, large=True)
        m = _measure(plan, args.rounds)
    paint = statistics.median(m["paint"])
    sort_med, sort_max = statistics.median(m["sort"]), max(m["sort"])
    filt_med, filt_max = statistics.median(m["filter"]), max(m["filter"])
    scroll = statistics.median(m["scroll"])
    floor = statistics.median(m["floor"])
    report(
        f"Roster on the large demo plan ({int(m['total'][0]):,} people)",
        [
            (
                "first paint",
                f"{paint * 1000:.1f} ms median  target <= 100 ms: {verdict(paint <= 0.1)}",
            ),
            (
                "sort (header click)",
                f"{sort_med * 1000:.1f} ms median, {sort_max * 1000:.1f} ms worst of "
                f"{len(m['sort'])}  target <= 300 ms: {verdict(sort_max <= 0.3)}",
            ),
            (
                "filter / search",
                f"{filt_med * 1000:.1f} ms median, {filt_max * 1000:.1f} ms worst of "
                f"{len(m['filter'])}  target <= 300 ms: {verdict(filt_max <= 0.3)}",
            ),
            (
                "scroll repaint",
                f"{scroll * 1000:.2f} ms median of {len(m['scroll'])}, "
                f"{max(m['scroll']) * 1000:.1f} ms worst  "
                f"target <= 10 ms: {verdict(scroll <= 0.01)}",
            ),
            (
                "  the same repaint, C++ model",
                f"{floor * 1000:.2f} ms median (Qt's own painting here; roster / it = "
                f"{scroll / floor:.2f})",
            ),
        ],
    )


if __name__ == "__main__":
    main()
