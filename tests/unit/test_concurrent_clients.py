"""Several clients on one plan at once (the PM rescheduling, the hotline editing tickets,
trainers taking attendance): no lost update, no error a user would see, and every
refused edit explained. On both engines: threads with their own connections to the
team plan, or their own stores on the file (without its lock, as if several copies
of OA Desk had it open)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from oa_desk.services.demo import generate_demo
from oa_desk.store.planfile import PlanStore
from oa_desk.store.teamplan import TeamPlanStore
from tests import scripted_clients


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clients") / "demo.oadesk"
    generate_demo(path, scale=1)
    return path


def test_clients_editing_alongside_a_reschedule_lose_nothing(
    demo_master: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> None:
    path = tmp_path / "plan.oadesk"
    shutil.copyfile(demo_master, path)
    with open_on_engine(path) as store:
        if isinstance(store, TeamPlanStore):
            url = store.url

            def client() -> PlanStore:
                return TeamPlanStore(url)
        else:

            def client() -> PlanStore:
                other = PlanStore(path, read_only=False, lock=None)
                other._ready.set()
                return other

        report = scripted_clients.run(client, clients=4, edits=15)
    assert report.errors == []
    assert report.unexplained == []
    assert report.edits == 4 * 15  # every edit made it, after refusals if it had to
    assert report.lost_updates == 0, (report.capacity, report.expected_capacity)
    assert report.planner_moves > 0
