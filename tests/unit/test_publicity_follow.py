"""A communication tied to a milestone keeps its offset and follows the milestone when a
schedule edit moves it, in the same unit of work and undone with it (both engines); an
offset that puts it before the plan's start is refused and nothing changes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from oa_desk.domain.changes import ChangeKind
from oa_desk.domain.enums import TaskKind
from oa_desk.services import publicity, records
from oa_desk.services.demo import generate_demo
from oa_desk.services.schedule import move_task, revert
from oa_desk.store import models as m
from oa_desk.store.planfile import PlanStore

D = dt.date


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("follow") / "demo.oadesk"
    generate_demo(path, today=D(2026, 6, 8))
    return path


@pytest.fixture
def store(
    demo_file: Path, tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]
) -> PlanStore:
    copy = tmp_path / "plan.oadesk"
    copy.write_bytes(demo_file.read_bytes())
    s = open_on_engine(copy)
    yield s
    s.close()


def _milestone(store: PlanStore) -> tuple[int, dt.date]:
    t = m.Task
    with store.read() as s:
        row = s.execute(
            select(t.id, t.finish)
            .where(t.kind == TaskKind.MILESTONE, t.progress < 100, t.finish.is_not(None))
            .order_by(t.finish.desc())
            .limit(1)
        ).one()
    return row.id, row.finish


def _comm(store: PlanStore, cid: int) -> tuple[dt.date | None, int | None]:
    c = m.Communication
    with store.read() as s:
        row = s.execute(select(c.planned_date, c.offset_days).where(c.id == cid)).one()
    return row.planned_date, row.offset_days


def test_the_offset_is_kept_and_the_date_follows_a_moved_milestone(store: PlanStore) -> None:
    mid, day = _milestone(store)
    step = publicity.add_item(
        store,
        {"title": "上线前动员通知", "channel": "email", "milestone_id": mid,
         "planned_date": day - dt.timedelta(days=3)},
    )  # fmt: skip
    (cid,) = step.edit.new_ids
    assert _comm(store, cid) == (day - dt.timedelta(days=3), -3)
    moved = move_task(store, mid, day + dt.timedelta(days=14))
    new_day = _milestone_day(store, mid)
    assert new_day > day
    assert _comm(store, cid) == (new_day - dt.timedelta(days=3), -3)
    assert cid in moved.changes.updated[ChangeKind.COMMUNICATION]
    revert(store, moved.undo)
    assert _comm(store, cid) == (day - dt.timedelta(days=3), -3)


def _milestone_day(store: PlanStore, mid: int) -> dt.date:
    with store.read() as s:
        return s.scalar(select(m.Task.finish).where(m.Task.id == mid))


def test_an_offset_given_sets_the_date_and_untying_drops_it(store: PlanStore) -> None:
    mid, day = _milestone(store)
    (cid,) = publicity.add_item(store, {"title": "x", "channel": "wechat"}).edit.new_ids
    publicity.update_item(store, cid, {"milestone_id": mid, "offset_days": 2})
    assert _comm(store, cid) == (day + dt.timedelta(days=2), 2)
    publicity.update_item(store, cid, {"milestone_id": None})
    assert _comm(store, cid) == (day + dt.timedelta(days=2), None)  # the date stays, loose
    move_task(store, mid, day + dt.timedelta(days=10))
    assert _comm(store, cid)[0] == day + dt.timedelta(days=2)  # no longer follows


def test_an_offset_before_the_plan_start_is_refused(store: PlanStore) -> None:
    mid, day = _milestone(store)
    with store.read() as s:
        start = s.scalar(select(m.Plan.start_date))
    assert start is not None
    (cid,) = publicity.add_item(store, {"title": "x", "channel": "poster"}).edit.new_ids
    before = _comm(store, cid)
    too_early = -((day - start).days + 1)
    with pytest.raises(records.RecordError) as refused:
        publicity.update_item(store, cid, {"milestone_id": mid, "offset_days": too_early})
    assert refused.value.code == "before_plan_start"
    assert refused.value.params["start"] == start.isoformat()
    assert _comm(store, cid) == before


def test_goal_and_risk_rules_hold_whichever_path_writes(tmp_path: Path) -> None:
    """The records service loads the goal and risk rules itself (no page opened first)."""
    code = (
        "from oa_desk.store.planfile import create_plan, open_plan\n"
        "from oa_desk.services import records\n"
        "import sys\n"
        "p = sys.argv[1]\n"
        "create_plan(p, name='x')\n"
        "with open_plan(p) as s:\n"
        "    try:\n"
        "        records.add_record(s, 'goal', {'name': 'g', 'category': 'adoption',"
        " 'direction': 'increase', 'baseline': 50.0, 'target': 50.0})\n"
        "    except records.RecordError as e:\n"
        "        print(e.code)\n"
        "    assert 'oa_desk.services.goals' in sys.modules\n"
        "    for p, i in ((6, 3), (3, 0)):\n"
        "        try:\n"
        "            records.add_record(s, 'risk', {'title': 'r', 'category': 'technical',"
        " 'probability': p, 'impact': i})\n"
        "        except records.RecordError as e:\n"
        "            print(e.code)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.oadesk")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert out.stdout.split() == ["target_equals_baseline", "above_maximum", "below_minimum"]


def test_a_milestone_move_that_takes_a_communication_before_the_start_is_refused(
    store: PlanStore,
) -> None:
    """The whole move is refused in its unit of work: the milestone, the tasks it pushes
    and the communication stay as they were, and the next edit still works."""
    from oa_desk.services.schedule import ScheduleEditError

    t, dep = m.Task, m.Dependency
    with store.read() as s:
        start = s.scalar(select(m.Plan.start_date))
        mid, day = s.execute(  # a milestone nothing holds back: it can move to the start
            select(t.id, t.finish)
            .where(t.kind == TaskKind.MILESTONE, t.finish > start)
            .where(~select(dep.id).where(dep.successor_id == t.id).exists())
            .order_by(t.finish)
            .limit(1)
        ).one()
        tasks_before = s.execute(select(t.id, t.start, t.finish).order_by(t.id)).all()
    offset = -(day - start).days  # exactly on the plan's start: allowed
    step = publicity.add_item(
        store,
        {"title": "启动会通知", "channel": "email", "milestone_id": mid,
         "planned_date": start},
    )  # fmt: skip
    (cid,) = step.edit.new_ids
    assert _comm(store, cid) == (start, offset)
    with pytest.raises(ScheduleEditError) as refused:
        move_task(store, mid, start)  # the communication would go before the start
    err = refused.value
    assert err.code == "communication_before_start"
    assert err.params["title"] == "启动会通知" and err.params["start"] == start
    assert err.params["day"] < start and "before the plan starts" in str(err)
    assert _comm(store, cid) == (start, offset)
    with store.read() as s:
        assert s.execute(select(t.id, t.start, t.finish).order_by(t.id)).all() == tasks_before
    later = move_task(store, mid, day + dt.timedelta(days=7))  # a later move still follows
    assert cid in later.changes.updated[ChangeKind.COMMUNICATION]
    assert _comm(store, cid)[0] > start
