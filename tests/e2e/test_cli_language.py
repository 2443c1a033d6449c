"""The command line's workbooks in the user's language: --lang, else the UI setting, else
the system's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from oa_desk.exchange.labels import LABELS
from tests.unit.excel_fixtures import make_plan

_ZH = {zh for codes in LABELS.values() for zh, _en in codes.values()}
_EN = {en for codes in LABELS.values() for _zh, en in codes.values()}


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.oadesk"
    make_plan(path).close()
    return path


def _run(tmp_path: Path, *args: str, setting: str = "", locale: str = "C") -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[ui]\nlanguage={setting}\n", encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="utf-8", OA_DESK_SETTINGS_FILE=str(ini))
    env.update(LANG=locale, LC_ALL=locale, LANGUAGE=locale.split(".")[0])
    result = subprocess.run(
        [sys.executable, "-m", "oa_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def _texts(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    return {v for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row} - {
        None
    }


@pytest.mark.parametrize(
    ("extra", "setting", "locale", "phase"),
    [
        ((), "en", "zh_CN.UTF-8", "Prepare"),  # the UI setting over the system
        ((), "zh_CN", "en_US.UTF-8", "准备"),
        ((), "", "zh_CN.UTF-8", "准备"),  # no setting: the system's language
        ((), "", "en_US.UTF-8", "Prepare"),
        (("--lang", "zh_CN"), "en", "en_US.UTF-8", "准备"),  # --lang over both
    ],
)
def test_export_writes_labels_in_the_users_language(
    plan: Path, tmp_path: Path, extra: tuple[str, ...], setting: str, locale: str, phase: str
) -> None:
    out = tmp_path / "plan.xlsx"
    _run(tmp_path, "export", str(plan), str(out), *extra, setting=setting, locale=locale)
    tasks = openpyxl.load_workbook(out)["任务 Tasks"]
    assert tasks["E1"].value == "阶段 Phase"
    assert tasks["E2"].value == phase
    assert "prepare" not in _texts(out)


@pytest.mark.parametrize(
    ("extra", "setting", "chinese"),
    [((), "en", False), ((), "zh_CN", True), (("--lang", "en"), "zh_CN", False)],
)
def test_report_follows_the_same_language_rule(
    plan: Path, tmp_path: Path, extra: tuple[str, ...], setting: str, chinese: bool
) -> None:
    out = tmp_path / "周报.xlsx"
    _run(tmp_path, "report", str(plan), str(out), *extra, setting=setting, locale="C.UTF-8")
    texts = _texts(out)
    labels, other = (_ZH, _EN) if chinese else (_EN, _ZH)
    assert texts & labels
    assert not texts & other - labels


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(
    ("extra", "setting", "chinese"),
    [
        (("--lang", "zh_CN"), "en", True),  # --lang over the setting
        ((), "zh_CN", True),  # the UI setting by default
        (("--lang", "en"), "zh_CN", False),
    ],
)
def test_the_pdf_status_report_in_the_users_language(
    plan: Path, tmp_path: Path, extra: tuple[str, ...], setting: str, chinese: bool
) -> None:
    out = tmp_path / "status.pdf"
    _run(tmp_path, "report", str(plan), str(out), *extra, setting=setting, locale="C.UTF-8")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    zh = ("项目状态报告", "部门", "人员", "进度健康度", "第 1 页")
    en = ("Status report", "Departments", "People", "Schedule health", "Page 1 of")
    found, absent = (zh, en) if chinese else (en, zh)
    for word in found:
        assert word in text, word
    for word in absent:
        assert word not in text, word


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(
    ("extra", "setting", "chinese"),
    [
        (("--lang", "zh_CN"), "en", True),  # --lang over the setting
        ((), "zh_CN", True),  # the UI setting by default, as the window would use
        (("--lang", "en"), "zh_CN", False),
    ],
)
def test_the_timeline_pdf_in_the_users_language(
    plan: Path, tmp_path: Path, extra: tuple[str, ...], setting: str, chinese: bool
) -> None:
    """The Timeline PDF's headers, weeks and page footer were English whatever --lang said."""
    out = tmp_path / "timeline.pdf"
    _run(tmp_path, "export", str(plan), str(out), *extra, setting=setting, locale="C.UTF-8")
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    zh = ("标识号", "任务", "开始", "第 1 页，共")
    en = ("ID", "Task", "Start", "Page 1 of")
    found, absent = (zh, en) if chinese else (en, zh)
    for word in found:
        assert word in text, word
    for word in absent:
        assert word not in text, word
