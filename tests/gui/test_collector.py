"""Cyclic garbage holding Qt objects is freed on the gui thread, never by a worker."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from oa_desk.gui import collector
from oa_desk.gui.jobs import run_job

freed_on: list[int] = []


class _Cycle(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cyclic collector frees it

    def __del__(self) -> None:
        freed_on.append(threading.get_ident())


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp: Any) -> None:
    collector.install(qapp)
    assert not gc.isenabled()


def test_uninstalling_turns_automatic_collection_on_again(qapp: Any) -> None:
    # The gui tests' fixture uninstalls it after them: the unit tests that run later in
    # the same session saw the collector off (a demo test checks it is on).
    collector.install(qapp)
    collector.uninstall()
    try:
        assert gc.isenabled()
        collector.uninstall()  # twice: nothing to stop
        assert gc.isenabled()
    finally:
        collector.install(qapp)
    assert not gc.isenabled()


def test_a_worker_that_allocates_never_frees_gui_objects(qtbot: Any, qapp: Any) -> None:
    collector.install(qapp)
    freed_on.clear()
    gui_thread = threading.get_ident()
    parent = QWidget()
    qtbot.addWidget(parent)
    held = [_Cycle() for _ in range(50)]  # made on the gui thread

    def allocate(_job: Any) -> int:
        held.clear()  # now garbage, which only a collection frees
        # Enough allocations to pass every generation's threshold many times over.
        junk = [[{"k": i}] for i in range(200_000)]
        return len(junk)

    outcome = run_job(parent, "allocating", allocate, cancellable=False)
    assert outcome.value == 200_000
    kept = [[i] for i in range(5_000)]  # allocations on the gui thread pass the threshold
    qtbot.waitUntil(lambda: len(freed_on) == 50, timeout=10_000)
    del kept
    assert set(freed_on) == {gui_thread}


def test_a_full_collection_waits_for_the_oldest_generation_to_grow_by_a_quarter(
    qapp: Any,
) -> None:
    collector.install(qapp)  # automatic collection off: the counts below are ours alone
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    mine = collector.GuiThreadCollector()
    mine.stop()  # its timer off: only the calls below collect
    gc.disable()
    gc.callbacks.append(record)
    kept: list[object] = []
    try:
        allocate_past_gen0 = lambda: kept.append([[i] for i in range(2_000)])  # noqa: E731

        def middle_collections_until_gen2_is_due() -> None:
            gc.collect(1)
            while gc.get_count()[2] <= gc.get_threshold()[2]:
                gc.collect(1)
            seen.clear()

        gc.collect()
        middle_collections_until_gen2_is_due()
        allocate_past_gen0()
        mine.check()  # the first full collection: nothing was measured before it
        assert seen[-1] == 2
        baseline = len(gc.get_objects(2))

        seen.clear()
        middle_collections_until_gen2_is_due()
        allocate_past_gen0()
        mine.check()  # the oldest generation grew by far less than a quarter
        assert seen == [0]  # only the young generation, as the interpreter would

        seen.clear()
        kept.append([[i] for i in range(baseline // 3)])  # a third more long-lived objects
        middle_collections_until_gen2_is_due()  # they reach the oldest generation
        allocate_past_gen0()
        mine.check()
        assert seen == [2]

        gc.collect(0)
        seen.clear()
        mine.check()  # nothing allocated since: nothing collected
        assert seen == []
    finally:
        gc.callbacks.remove(record)
        collector.install(qapp)
        gc.disable()
