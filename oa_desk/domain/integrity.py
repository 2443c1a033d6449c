"""Rules a sound plan keeps that its tables cannot state: trees without loops.

Pure functions over id pairs; ``store.plan_check`` reads the pairs from a plan
file and reports what these find, by table and row.
"""

from __future__ import annotations

from collections.abc import Iterable

# The dates a plan may hold (imports refuse others; see domain.checks).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


def parent_cycles(parents: Iterable[tuple[int, int | None]]) -> list[list[int]]:
    """Each loop of parent links (``id -> parent_id``), as the ids around it, once.

    A row whose parent chain runs into a loop without being on it is not
    listed: fixing the loop fixes it.
    """
    parent = {row: up for row, up in parents}
    state: dict[int, int] = {}  # 1 being walked, 2 done
    loops: list[list[int]] = []
    for start in parent:
        if state.get(start):
            continue
        path: list[int] = []
        node: int | None = start
        while node is not None and node in parent and not state.get(node):
            state[node] = 1
            path.append(node)
            node = parent[node]
        if node is not None and state.get(node) == 1:
            loops.append(path[path.index(node) :])
        for n in path:
            state[n] = 2
    return loops


def dependency_loops(links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Loops of predecessor -> successor links, each as the task ids around it, once."""
    succ: dict[int, list[int]] = {}
    for pred, nxt in links:
        succ.setdefault(pred, []).append(nxt)
        succ.setdefault(nxt, [])
    state: dict[int, int] = {}
    loops: list[list[int]] = []
    for root in succ:
        if state.get(root):
            continue
        stack: list[tuple[int, int]] = [(root, 0)]
        on_path: list[int] = [root]
        state[root] = 1
        while stack:
            node, k = stack[-1]
            if k < len(succ[node]):
                stack[-1] = (node, k + 1)
                nxt = succ[node][k]
                if state.get(nxt) == 1:
                    loops.append(on_path[on_path.index(nxt) :])
                elif not state.get(nxt):
                    state[nxt] = 1
                    on_path.append(nxt)
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                on_path.pop()
                stack.pop()
    return loops
