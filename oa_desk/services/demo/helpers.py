"""Small pure helpers of the demo generator: weighted picks, fair splits, titles."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def pick(cum: Sequence[float], r: float) -> int:
    """Index drawn from cumulative weights ``cum`` with ``r`` uniform in [0, 1)."""
    return bisect.bisect_right(cum, r * cum[-1])


def cumulative(weights: Sequence[float]) -> list[float]:
    out: list[float] = []
    acc = 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def split(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainders; sums exactly)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def chunks(items: Sequence[T], n: int) -> list[list[T]]:
    """``items`` in ``n`` consecutive runs of (nearly) equal length; empty runs dropped."""
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return [c for c in out if c]


def section_chief(name: str) -> str:
    """The title of the person who leads a section called ``name``."""
    if name.endswith("车间"):
        return "车间主任"
    if name.endswith("科"):
        return "科长"
    if name.endswith("组"):
        return "组长"
    return "经理"
