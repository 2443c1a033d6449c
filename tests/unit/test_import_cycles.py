"""No import circles in oa_desk, not even through imports made inside functions (DESIGN: Size)."""

from __future__ import annotations

import grimp


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph("oa_desk")
    modules = set(graph.modules)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) & modules for m in modules}
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    found: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        path.append(module)
        for other in sorted(edges[module]):
            if state.get(other) == 1:
                found.append([*path[path.index(other) :], other])
            elif other not in state:
                visit(other, path)
        path.pop()
        state[module] = 2

    for module in sorted(modules):
        if module not in state:
            visit(module, [])
    assert not found, "import circles: " + "; ".join(" -> ".join(c) for c in found[:5])
