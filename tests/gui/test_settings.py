"""The typed settings wrapper over QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from oa_desk.gui.settings import MAX_RECENT, Settings


def _settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_defaults_and_types(tmp_path: Path) -> None:
    s = _settings(tmp_path / "s.ini")
    assert s.language == ""
    assert s.recent_files == []
    assert s.welcomed is False
    assert s.geometry == b""


def test_values_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    s = _settings(path)
    s.language = "zh_CN"
    s.welcomed = True
    s.geometry = b"\x01\x02\xff"
    s.add_recent(tmp_path / "一.oadesk")
    s.sync()
    again = _settings(path)
    assert again.language == "zh_CN"
    assert again.welcomed is True
    assert again.geometry == b"\x01\x02\xff"
    assert again.recent_files == [str((tmp_path / "一.oadesk").resolve())]


def test_recent_files_are_unique_newest_first_and_capped(tmp_path: Path) -> None:
    s = _settings(tmp_path / "s.ini")
    for i in range(MAX_RECENT + 3):
        s.add_recent(tmp_path / f"{i}.oadesk")
    s.add_recent(tmp_path / "5.oadesk")
    recent = s.recent_files
    assert len(recent) == MAX_RECENT
    assert recent[0].endswith("5.oadesk")
    assert len(set(recent)) == len(recent)
    s.remove_recent(tmp_path / "5.oadesk")
    assert not any(r.endswith("/5.oadesk") for r in s.recent_files)


def test_garbage_in_the_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[files]\nwelcomed=maybe\n", encoding="utf-8")
    assert _settings(path).welcomed is False


def test_column_mappings_are_remembered_per_layout_and_kind(tmp_path: Path) -> None:
    from oa_desk.gui.settings import MAX_MAPPINGS

    path = tmp_path / "s.ini"
    s = _settings(path)
    assert s.remembered_mapping("abc", "people") is None
    s.remember_mapping("abc", "people", {"kind": "people", "columns": {"name": 2}})
    s.remember_mapping("abc", "tasks", {"kind": "tasks", "columns": {"name": 0}})
    s.sync()
    again = _settings(path)
    assert again.remembered_mapping("abc", "people") == {"kind": "people", "columns": {"name": 2}}
    assert again.remembered_mapping("abc", "tasks") == {"kind": "tasks", "columns": {"name": 0}}
    assert again.remembered_mapping("", "people") is None
    for i in range(MAX_MAPPINGS + 5):
        again.remember_mapping(f"sig{i}", "people", {"i": i})
    assert again.remembered_mapping("abc", "people") is None  # the oldest went first
    assert again.remembered_mapping(f"sig{MAX_MAPPINGS + 4}", "people") == {"i": MAX_MAPPINGS + 4}
    again.excel_mappings = "not json"
    assert again.remembered_mapping("sig1", "people") is None
