"""Every persistent setting, declared once with its type and default, over QSettings."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Generic, TypeVar, cast, overload

from PySide6.QtCore import QByteArray, QSettings, Qt

T = TypeVar("T")

ORGANISATION = "OA Desk"
APPLICATION = "OA Desk"
# Tests and portable use point this at an .ini file.
SETTINGS_FILE_ENV = "OA_DESK_SETTINGS_FILE"
MAX_RECENT = 10
# Column mappings remembered for foreign sheets (one per file layout and import kind).
MAX_MAPPINGS = 50


# What the toolbar_text setting may hold, and the button style each means.
TOOLBAR_TEXT: dict[str, Qt.ToolButtonStyle] = {
    "icons": Qt.ToolButtonStyle.ToolButtonIconOnly,
    "text-under": Qt.ToolButtonStyle.ToolButtonTextUnderIcon,
    "text-beside": Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
}


def tool_button_style(value: str) -> Qt.ToolButtonStyle:
    """The toolbar buttons' style for a ``toolbar_text`` value (icons only if unknown)."""
    return TOOLBAR_TEXT.get(value, Qt.ToolButtonStyle.ToolButtonIconOnly)


class Setting(Generic[T]):
    """A typed setting: ``settings.language`` reads, ``settings.language = "en"`` writes."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> Setting[T] | T:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.key)
        return self._convert(raw)

    def __set__(self, obj: Settings, value: T) -> None:
        stored: Any = QByteArray(value) if isinstance(value, bytes) else value
        obj.qsettings.setValue(self.key, stored)

    def _convert(self, raw: Any) -> T:
        default = self.default
        if raw is None:
            return default
        try:
            if isinstance(default, bool):
                if isinstance(raw, str):
                    return cast(T, raw.strip().lower() in ("true", "1", "yes"))
                return cast(T, bool(raw))
            if isinstance(default, int):
                return cast(T, int(raw))
            if isinstance(default, bytes):
                return cast(T, bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw))
            if isinstance(default, list):
                # An ini file stores a one-element list as a plain string.
                items = [raw] if isinstance(raw, str) else list(raw)
                return cast(T, [str(x) for x in items if x])
            if isinstance(default, dict):
                return cast(T, dict(raw))
            return cast(T, str(raw))
        except (TypeError, ValueError):
            return default


class Settings:
    """The app's settings. One instance per QSettings store."""

    geometry = Setting[bytes]("window/geometry", b"")
    window_state = Setting[bytes]("window/state", b"")
    language = Setting[str]("ui/language", "")  # "" follows the operating system
    recent_files = Setting[list[str]]("files/recent", [])
    last_plan = Setting[str]("files/last", "")
    welcomed = Setting[bool]("files/welcomed", False)
    last_folder = Setting[str]("files/last_folder", "")
    last_page = Setting[str]("window/page", "overview")
    # Excel in and out: where spreadsheets were last picked or saved, the last
    # import kind, and the column mappings the user confirmed (JSON, see below).
    excel_folder = Setting[str]("excel/folder", "")
    excel_import_kind = Setting[str]("excel/import_kind", "people")
    excel_mappings = Setting[str]("excel/mappings", "")
    # The Timeline's table columns: order, hidden ones, widths (JSON, timeline/columns.py).
    timeline_columns = Setting[str]("timeline/columns", "")
    # Toolbar buttons: "icons", "text-under" or "text-beside" the icon.
    toolbar_text = Setting[str]("ui/toolbar_text", "icons")
    # The Training page's tab: courses, sessions, coverage, calendar or charts.
    training_tab = Setting[str]("training/tab", "courses")
    # The Support page: saved ticket filters (JSON, name -> filter) and who the desk
    # user is (a team member's person id, recorded in every ticket event; 0: nobody).
    support_filters = Setting[str]("support/filters", "")
    support_actor = Setting[int]("support/actor", 0)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            path = os.environ.get(SETTINGS_FILE_ENV)
            if path:
                qsettings = QSettings(path, QSettings.Format.IniFormat)
            else:
                qsettings = QSettings(ORGANISATION, APPLICATION)
        self.qsettings = qsettings

    def add_recent(self, path: Path | str) -> None:
        """Put a plan file (its full path) or a team plan (its URL, no password) first."""
        text = path if isinstance(path, str) else str(path.resolve())
        recent = [p for p in self.recent_files if p != text]
        self.recent_files = [text, *recent][:MAX_RECENT]

    def remove_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]

    def _mappings(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.excel_mappings or "{}")
        except ValueError:
            return {}  # a hand-edited settings file must not stop an import
        if not isinstance(data, dict):
            return {}
        return {str(k): v for k, v in data.items() if isinstance(v, dict)}

    def remembered_mapping(self, signature: str, kind: str) -> dict[str, Any] | None:
        """The column mapping confirmed for this file layout (header signature) and kind."""
        if not signature:
            return None
        return self._mappings().get(f"{signature}/{kind}")

    def remember_mapping(self, signature: str, kind: str, mapping: dict[str, Any]) -> None:
        """Keep ``mapping`` (``ColumnMapping.to_dict()``) for the layout; the oldest go first."""
        if not signature:
            return
        mappings = self._mappings()
        key = f"{signature}/{kind}"
        mappings.pop(key, None)
        mappings[key] = mapping
        while len(mappings) > MAX_MAPPINGS:
            mappings.pop(next(iter(mappings)))
        self.excel_mappings = json.dumps(mappings, ensure_ascii=False)

    def sync(self) -> None:
        self.qsettings.sync()

    def location(self) -> str:
        return self.qsettings.fileName()
