"""The plan description and the Overview figures."""

from __future__ import annotations

from typing import Any

from oa_desk.domain.changes import ChangeKind


def test_overview_lists_waves_with_their_departments(tmp_path: Any, open_on_engine: Any) -> None:
    import datetime as dt

    from oa_desk.services.plan import load_overview
    from oa_desk.store import models as m
    from oa_desk.store.planfile import create_plan

    path = tmp_path / "w.oadesk"
    create_plan(path, name="批次", go_live=dt.date(2026, 9, 1))
    with open_on_engine(path) as store:
        with store.write() as s:
            s.add_all(
                [
                    m.Wave(id=1, name="试点", seq=0, is_pilot=True),
                    m.Wave(id=2, name="第一批", seq=1),
                ]
            )
            s.flush()
            s.add_all(
                [
                    m.Department(name=n, wave_id=w)
                    for n, w in (("财务部", 1), ("人事部", 2), ("法务部", 2))
                ]
            )
        overview = load_overview(store, today=dt.date(2026, 3, 1))
    assert [(w.name, w.is_pilot, w.departments) for w in overview.waves] == [
        ("试点", True, 1),
        ("第一批", False, 2),
    ]
    assert overview.days_to_go_live(dt.date(2026, 3, 1)) == 184


def test_update_plan_refuses_bad_values_and_changes_nothing(
    tmp_path: Any, open_on_engine: Any
) -> None:
    import datetime as dt

    import pytest

    from oa_desk.services.plan import InvalidValue, plan_fields, update_plan
    from oa_desk.store.planfile import create_plan

    path = tmp_path / "p.oadesk"
    create_plan(path, name="原名", start=dt.date(2026, 3, 1), go_live=dt.date(2026, 9, 1))
    with open_on_engine(path) as store:
        for values, code in (
            ({"name": "  "}, "empty_name"),
            ({"start_date": dt.date(2026, 10, 1)}, "dates_order"),
            ({"name": 3}, "wrong_type"),
            ({"colour": "red"}, "unknown_field"),
        ):
            with pytest.raises(InvalidValue) as info:
                update_plan(store, values)
            assert info.value.code == code
        assert plan_fields(store, ("name", "start_date")) == {
            "name": "原名",
            "start_date": dt.date(2026, 3, 1),
        }
        assert update_plan(store, {"name": " 新名 "}).touches(ChangeKind.PLAN)
        assert plan_fields(store, ("name",))["name"] == "新名"
        assert not update_plan(store, {"name": "新名"})  # no change, no Changes


def test_the_status_date_follows_today_until_the_pm_sets_it(
    tmp_path: Any, open_on_engine: Any
) -> None:
    import datetime as dt

    from oa_desk.services.plan import edit_plan, load_overview, revert_plan_edit, status_date
    from oa_desk.store.planfile import create_plan

    path = tmp_path / "s.oadesk"
    create_plan(path, name="状态日期", go_live=dt.date(2026, 9, 1))
    today = dt.date(2026, 3, 2)
    with open_on_engine(path) as store:
        assert status_date(store, today=today) == today
        assert load_overview(store).as_of(today) == today
        edit = edit_plan(store, {"status_date": dt.date(2026, 2, 27)})
        assert edit.changes.touches(ChangeKind.PLAN)
        assert status_date(store, today=today) == dt.date(2026, 2, 27)
        assert load_overview(store).as_of(today) == dt.date(2026, 2, 27)
        revert_plan_edit(store, edit)
        assert status_date(store, today=today) == today


def test_next_milestones_are_only_those_not_done(tmp_path: Any, open_on_engine: Any) -> None:
    import datetime as dt

    from oa_desk.domain.enums import Phase, TaskKind
    from oa_desk.services.plan import load_overview
    from oa_desk.store import models as m
    from oa_desk.store.planfile import create_plan

    path = tmp_path / "m.oadesk"
    create_plan(path, name="里程碑")
    with open_on_engine(path) as store:
        with store.write() as s:
            for i, (name, day, progress) in enumerate(
                (("启动会", dt.date(2026, 1, 5), 100), ("试点上线", dt.date(2026, 4, 1), 0))
            ):
                s.add(
                    m.Task(
                        name=name, seq=i, phase=Phase.PREPARE, kind=TaskKind.MILESTONE,
                        start=day, finish=day, duration=0, progress=progress,
                    )
                )  # fmt: skip
        overview = load_overview(store)
    assert [ms.name for ms in overview.next_milestones] == ["试点上线"]
    assert overview.milestones_done == 1
