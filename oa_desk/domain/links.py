"""The predecessor notation of the task table: ``12FS+2d, 15SS, 18``.

Each item names a predecessor by its task ID, then optionally a link type
(FS, SS, FF, SF; FS when omitted) and a lag in working days (``+2d``, ``-1d``,
``+2``; ``天`` is accepted for ``d``). Items are separated by commas (also the
Chinese ``，`` and ``、``) or semicolons.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from oa_desk.domain.enums import DependencyType

_ITEM = re.compile(
    r"^\s*(?P<id>\d+)\s*(?P<type>FS|SS|FF|SF)?\s*"
    r"(?:(?P<sign>[+-])\s*(?P<lag>\d+)\s*(?:D|DAYS?|天|工作日)?)?\s*$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[,;，、；]")


@dataclass(frozen=True, slots=True)
class Predecessor:
    task_id: int
    type: DependencyType = DependencyType.FS
    lag: int = 0

    def text(self) -> str:
        if self.type == DependencyType.FS and self.lag == 0:
            return str(self.task_id)
        lag = f"{self.lag:+d}d" if self.lag else ""
        return f"{self.task_id}{self.type.value}{lag}"


class PredecessorSyntaxError(ValueError):
    """An item of the predecessor text could not be read; ``item`` is the offending part."""

    def __init__(self, item: str, position: int) -> None:
        self.item = item
        self.position = position  # 1-based index of the item in the list
        super().__init__(
            f"Cannot read predecessor {position} ({item!r}): write a task ID, optionally "
            "followed by FS, SS, FF or SF and a lag such as +2d, e.g. '12FS+2d, 15SS'."
        )


def format_predecessors(items: list[Predecessor]) -> str:
    return ", ".join(p.text() for p in items)


def parse_predecessors(text: str) -> list[Predecessor]:
    """Read the notation; raise PredecessorSyntaxError naming the first bad item.

    Full-width digits and letters are folded (NFKC). A task listed twice is an
    error too, since two tasks can be linked only once.
    """
    folded = unicodedata.normalize("NFKC", text)
    out: list[Predecessor] = []
    seen: set[int] = set()
    parts = [p for p in _SEPARATORS.split(folded)]
    for position, part in enumerate(parts, start=1):
        if not part.strip():
            if len(parts) == 1:
                return []
            continue
        match = _ITEM.match(part)
        if match is None:
            raise PredecessorSyntaxError(part.strip(), position)
        task_id = int(match["id"])
        if task_id in seen:
            raise PredecessorSyntaxError(part.strip(), position)
        seen.add(task_id)
        kind = DependencyType(match["type"].upper()) if match["type"] else DependencyType.FS
        lag = int(match["lag"] or 0) * (-1 if match["sign"] == "-" else 1)
        out.append(Predecessor(task_id, kind, lag))
    return out
