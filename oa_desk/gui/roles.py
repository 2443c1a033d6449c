"""The user's role on the plan, as the gui tells it: labels, and actions offered only
when the role allows them (``domain.roles``; a plan file's user is its owner)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from oa_desk.domain.changes import ChangeKind
from oa_desk.gui.document import PlanDocument

translate = QCoreApplication.translate

# What a whole-plan action may write (a plan workbook's import, a snapshot restored):
# every table of the plan; only an owner or editor may.
WHOLE_PLAN = frozenset(ChangeKind) - {ChangeKind.ACTIVITY, ChangeKind.ACTIVITY_ITEM}


def role_label(role: str) -> str:
    """A team plan role ("editor", "support_desk") as the user reads it."""
    labels = {
        "owner": translate("Roles", "owner"),
        "editor": translate("Roles", "editor"),
        "support_desk": translate("Roles", "support desk"),
        "read_only": translate("Roles", "read-only"),
    }
    return labels.get(role, role)


def role_tooltip(role: str) -> str:
    """Why an action is disabled: the role does not allow the change."""
    return translate(
        "Roles", "Your role on this team plan ({role}) does not allow this change."
    ).format(role=role_label(role))


def gate(
    doc: PlanDocument | None,
    kinds: Iterable[ChangeKind],
    controls: Iterable[QAction | QWidget],
    *,
    enabled: bool = True,
) -> bool:
    """Enable ``controls`` only if the user's role may change ``kinds`` (and ``enabled``);
    a control the role forbids says why in its tooltip. True when allowed."""
    allowed = doc is not None and doc.may_change(kinds)
    refused = doc is not None and not doc.read_only and not allowed
    for control in controls:
        control.setEnabled(enabled and allowed)
        _tip(control, doc.role if refused and doc is not None else None)
    return allowed


def gate_fields(
    doc: PlanDocument | None, kinds: Iterable[ChangeKind], fields: Iterable[Any]
) -> bool:
    """Like :func:`gate` for fields a user reads but may not edit (line and date edits):
    read-only unless the role may change ``kinds``; a refused field's tooltip says why."""
    allowed = doc is not None and doc.may_change(kinds)
    refused = doc is not None and not doc.read_only and not allowed
    for field in fields:
        field.setReadOnly(not allowed)
        _tip(field, doc.role if refused and doc is not None else None)
    return allowed


def _tip(control: QAction | QWidget, role: str | None) -> None:
    """Say why ``role`` refuses ``control`` (None: put its own tooltip back)."""
    key = "oa_role_tip"
    if role is not None:
        if control.property(key) is None:
            control.setProperty(key, control.toolTip())
        control.setToolTip(role_tooltip(role))
    elif control.property(key) is not None:
        control.setToolTip(str(control.property(key)))
        control.setProperty(key, None)
