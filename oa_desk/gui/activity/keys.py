"""The activity feature's shared action key (a module of its own, so the package and
its actions both read it without importing each other)."""

from __future__ import annotations

# A feature sets the action's data to (table, id, label) and adds it to a row's
# context menu.
ITEM_HISTORY = "activity.item_history"
