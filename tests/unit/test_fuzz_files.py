"""Damaged files at random: a reader returns data or refuses, never anything else (issue 9).

Valid seeds (a plan workbook, a people CSV, an MS Project XML file and a plan
file) are damaged by hypothesis (bytes flipped, cut off, inserted); every
reader must either read them or raise the project's own refusal, and the plan
an import targets stays byte-for-byte unchanged when it is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from oa_desk.domain.enums import DependencyType, TaskKind
from oa_desk.domain.errors import Refusal
from oa_desk.domain.schedule import ScheduleError
from oa_desk.exchange.mspdi import MsLink, MspdiDocument, MsTask, write_mspdi
from oa_desk.exchange.safety import SpreadsheetRefused
from oa_desk.services import excel
from oa_desk.services.mspdi import import_mspdi
from oa_desk.store.errors import PlanFileError
from oa_desk.store.planfile import check_plan, create_plan, open_plan

REFUSALS = (Refusal, SpreadsheetRefused, PlanFileError, ScheduleError)
FUZZ = settings(
    # OA_FUZZ_EXAMPLES=500 for a longer, random hunt; the suite's 30 keep it to seconds
    # and are the same 30 every run (derandomized), so CI does not fail by the luck of
    # the draw: what a hunt finds is fixed and kept here as an @example.
    max_examples=int(os.environ.get("OA_FUZZ_EXAMPLES", "30")),
    derandomize="OA_FUZZ_EXAMPLES" not in os.environ,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Seeds:
    """The valid files to damage (a plain class: hypothesis prints a dataclass whole)."""

    def __init__(self, plan: Path, xlsx: bytes, csv: bytes, xml: bytes) -> None:
        self.plan = plan  # a small plan with tasks, links and people
        self.xlsx, self.csv, self.xml = xlsx, csv, xml
        self.plan_bytes = plan.read_bytes()

    def __repr__(self) -> str:
        return f"Seeds({self.plan.name})"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    root = tmp_path_factory.mktemp("fuzz")
    d = dt.date(2026, 3, 2)
    doc = MspdiDocument(
        name="试点",
        start=d,
        tasks=[
            MsTask(1, "准备", 1, TaskKind.SUMMARY, 5, d, d + dt.timedelta(days=4)),
            MsTask(2, "调研", 2, TaskKind.TASK, 3, d, d + dt.timedelta(days=2), progress=50),
            MsTask(3, "启动会", 2, TaskKind.MILESTONE, 0, d + dt.timedelta(days=4)),
            MsTask(4, "上线", 1, TaskKind.TASK, 2, d + dt.timedelta(days=7)),
        ],
        links=[MsLink(2, 3), MsLink(3, 4, DependencyType.SS, 1)],
    )
    xml = root / "seed.xml"
    write_mspdi(doc, xml)
    plan = root / "seed.oadesk"
    create_plan(plan, name="模糊测试")
    csv = root / "people.csv"
    csv.write_text(
        "工号,姓名,邮箱\n" + "".join(f"{i:04d},员工{i},e{i}@x.cn\n" for i in range(1, 30)),
        encoding="utf-8",
    )
    with open_plan(plan, snapshot=False) as store:
        import_mspdi(store, xml)
        preview = excel.preview_foreign_import(store, csv, "people")
        excel.apply_import(store, preview)
        book = root / "seed.xlsx"
        excel.export_workbook(store, book)
    return Seeds(plan, book.read_bytes(), csv.read_bytes(), xml.read_bytes())


# One damage: (kind, where as a fraction of the length, a byte, a length).
_DAMAGE = st.tuples(
    st.sampled_from(["flip", "truncate", "insert", "zero"]),
    st.floats(0, 1),
    st.integers(0, 255),
    st.integers(1, 64),
)
DAMAGES = st.lists(_DAMAGE, min_size=1, max_size=4)


def damage(data: bytes, damages: list[tuple[str, float, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, where, byte, size in damages:
        at = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[at] ^= byte or 0xFF
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = bytes([byte]) * size
        elif kind == "zero":
            out[at : at + size] = b"\0" * len(out[at : at + size])
    return bytes(out)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _target(seeds: Seeds, tmp_path: Path) -> Path:
    plan = tmp_path / "target.oadesk"
    shutil.copy(seeds.plan, plan)
    return plan


def _preview(plan: Path, file: Path, kind: str | None) -> None:
    before = digest(plan)
    with open_plan(plan, snapshot=False) as store, contextlib.suppress(REFUSALS):
        if kind is None:
            excel.preview_workbook_import(store, file)
        else:
            excel.preview_foreign_import(store, file, kind)
    assert digest(plan) == before  # a preview never writes


@FUZZ
@given(damages=DAMAGES)
# Found by this test: a zip part whose name is "" (zipfile cuts names at a NUL) made
# the pre-check raise IndexError instead of refusing the file.
@example(damages=[("insert", 1.0, 0, 17), ("zero", 0.9520113500696237, 0, 17)])
def test_damaged_plan_workbook(seeds: Seeds, tmp_path: Path, damages: list) -> None:  # type: ignore[type-arg]
    file = tmp_path / "plan.xlsx"
    file.write_bytes(damage(seeds.xlsx, damages))
    _preview(_target(seeds, tmp_path), file, None)


@FUZZ
@given(damages=DAMAGES)
def test_damaged_csv(seeds: Seeds, tmp_path: Path, damages: list) -> None:  # type: ignore[type-arg]
    file = tmp_path / "people.csv"
    file.write_bytes(damage(seeds.csv, damages))
    _preview(_target(seeds, tmp_path), file, "people")


@FUZZ
@given(damages=DAMAGES)
def test_damaged_ms_project_xml(seeds: Seeds, tmp_path: Path, damages: list) -> None:  # type: ignore[type-arg]
    file = tmp_path / "plan.xml"
    file.write_bytes(damage(seeds.xml, damages))
    plan = _target(seeds, tmp_path)
    before = digest(plan)
    with open_plan(plan, snapshot=False) as store:
        try:
            import_mspdi(store, file, replace=True)
        except REFUSALS:
            assert digest(plan) == before  # refused: all or nothing


@FUZZ
@given(damages=DAMAGES)
# Found by this test: one flipped byte in the schema made SQLite's error text invalid
# UTF-8, and opening raised UnicodeDecodeError instead of refusing the file.
@example(damages=[("flip", 0.8894608213102537, 0, 1)])
def test_damaged_plan_file(seeds: Seeds, tmp_path: Path, damages: list) -> None:  # type: ignore[type-arg]
    plan = tmp_path / "damaged.oadesk"
    data = damage(seeds.plan_bytes, damages)
    plan.write_bytes(data)
    with contextlib.suppress(REFUSALS):
        check_plan(plan)
    assert plan.read_bytes() == data  # checking never writes
    try:
        store = open_plan(plan, snapshot=False)
    except REFUSALS:
        assert plan.read_bytes() == data  # a refused plan is left as it was
        return
    try:
        with contextlib.suppress(REFUSALS):
            store.wait_ready(60)
        with store.read() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM task").fetchall()
    except REFUSALS:
        pass
    finally:
        store.close()
