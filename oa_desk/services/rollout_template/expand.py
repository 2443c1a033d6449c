"""The template's tasks expanded for one organisation: per department, per role, per wave.

The result is plain data, numbered from 1 in outline order: :class:`Node` rows
and finish-to-start links between their ids. Who follows whom comes from the
template's ``after`` keys (see ``resources/templates/rollout.json``'s ``about``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from oa_desk.domain.enums import Phase, TaskKind, TeamRole
from oa_desk.services.rollout_template.template import Template, TemplateError, TemplateTask

__all__ = ["Expansion", "Node", "expand"]


@dataclass(slots=True)
class Node:
    id: int
    parent: int | None
    seq: int
    key: str
    name: str
    phase: Phase
    kind: TaskKind
    duration: int
    owner: TeamRole | None
    deliverable: str
    notes: str
    wave: int | None  # index into the waves (0: the pilot)
    department: int | None  # index into the departments


@dataclass
class _Group:
    """The ids a key stands for: all of them, the lanes' last ones, and by department."""

    ids: list[int] = field(default_factory=list)
    lanes: int = 0
    by_department: dict[int, int] = field(default_factory=dict)

    def tails(self) -> list[int]:
        return self.ids[-self.lanes :] if self.lanes else self.ids


@dataclass
class Expansion:
    nodes: list[Node]
    links: list[tuple[int, int]]
    go_live_id: int
    by_key: dict[str, list[int]]  # global keys, and "w{index}.{key}" inside the waves


def shorten(names: Sequence[str], template: Template, language: str, most: int = 3) -> str:
    sep = "、" if language == "zh_CN" else ", "
    if len(names) <= most:
        return sep.join(names)
    return template.text("more", language).format(names=sep.join(names[:most]), n=len(names))


class _Expander:
    def __init__(
        self,
        template: Template,
        language: str,
        departments: Sequence[str],
        waves: Sequence[tuple[str, ...]],
        values: dict[str, str],
    ) -> None:
        self.t = template
        self.lang = language
        self.departments = list(departments)
        self.dept_index = {d: i for i, d in enumerate(departments)}
        self.waves = waves
        self.values = values
        self.nodes: list[Node] = []
        self.pending: list[tuple[int, tuple[str, ...], int | None, int | None]] = []
        self.scopes: dict[int | None, dict[str, _Group]] = {None: {}}
        self.starts: dict[int, tuple[str, ...]] = {}
        self.roles = {r.role: r for r in template.roles}
        self.go_live_id = 0
        self.lane_links: list[tuple[int, int]] = []  # each lane's tasks one after another

    # -- nodes -------------------------------------------------------------------------

    def _text(self, text: str, **more: str) -> str:
        return text.format(**{**self.values, **more}) if "{" in text else text

    def _owner_note(self, role: TeamRole | None) -> str:
        if role is None or role not in self.roles:
            return ""
        return self.t.text("owner_note", self.lang).format(
            role=self.roles[role].name.get(self.lang)
        )

    def _add(
        self,
        spec: TemplateTask,
        parent: int | None,
        name: str,
        wave: int | None,
        department: int | None,
        kind: TaskKind | None = None,
        notes: str | None = None,
    ) -> Node:
        node = Node(
            id=len(self.nodes) + 1,
            parent=parent,
            seq=0,  # set by the caller: its place among its siblings
            key=spec.key,
            name=name,
            phase=spec.phase,
            kind=kind or spec.kind,
            duration=spec.duration if (kind or spec.kind) is TaskKind.TASK else 0,
            owner=spec.owner,
            deliverable=spec.deliverable.get(self.lang) if spec.deliverable else "",
            notes=self._owner_note(spec.owner) if notes is None else notes,
            wave=wave,
            department=department,
        )
        self.nodes.append(node)
        return node

    def _group(self, scope: int | None, key: str) -> _Group:
        return self.scopes.setdefault(scope, {}).setdefault(key, _Group())

    def _wave_values(self, wave: int) -> dict[str, str]:
        name = (
            self.t.text("pilot_wave", self.lang)
            if wave == 0
            else self.t.text("wave", self.lang).format(n=wave)
        )
        return {"wave": name, "departments": shorten(self.waves[wave], self.t, self.lang)}

    def build(self, specs: Sequence[TemplateTask], parent: int | None, wave: int | None) -> None:
        children_seq = 0
        for spec in specs:
            if spec.only == "pilot" and wave != 0:
                continue
            if spec.per == "wave":
                for w in range(len(self.waves)):
                    node = self._add(
                        spec,
                        parent,
                        self._text(spec.name.get(self.lang), **self._wave_values(w)),
                        w,
                        None,
                        TaskKind.SUMMARY,
                        "",
                    )
                    node.seq = children_seq
                    children_seq += 1
                    self.starts[w] = spec.start.get("pilot" if w == 0 else "wave", ())
                    self._group(None, f"w{w}").ids.append(node.id)
                    self.build(spec.children, node.id, w)
                continue
            extra = self._wave_values(wave) if wave is not None else {}
            scope = wave
            group = self._group(scope, spec.key)
            if spec.per == "department":
                names = self.waves[wave] if wave is not None else self.departments
                group.lanes = spec.lanes
                for i, dept in enumerate(names):
                    d = self.dept_index[dept]
                    node = self._add(
                        spec,
                        parent,
                        self._text(spec.name.get(self.lang), department=dept, **extra),
                        wave,
                        d,
                    )
                    node.seq = children_seq
                    children_seq += 1
                    group.ids.append(node.id)
                    group.by_department[d] = node.id
                    after = spec.after
                    if spec.lanes and i >= spec.lanes:
                        self.lane_links.append((group.ids[i - spec.lanes], node.id))
                    self.pending.append((node.id, after, scope, d))
                continue
            if spec.per == "role":
                summary = self._add(
                    spec,
                    parent,
                    self._text(spec.name.get(self.lang), **extra),
                    wave,
                    None,
                    TaskKind.SUMMARY,
                    "",
                )
                summary.seq = children_seq
                children_seq += 1
                for j, role in enumerate(self.t.roles):
                    node = self._add(
                        spec,
                        summary.id,
                        self.t.text("appoint", self.lang).format(role=role.name.get(self.lang)),
                        wave,
                        None,
                        TaskKind.TASK,
                        role.responsibilities.get(self.lang),
                    )
                    node.seq = j
                    group.ids.append(node.id)
                    self.pending.append((node.id, spec.after, scope, None))
                continue
            node = self._add(
                spec, parent, self._text(spec.name.get(self.lang), **extra), wave, None
            )
            node.seq = children_seq
            children_seq += 1
            group.ids.append(node.id)
            if spec.go_live:
                self.go_live_id = node.id
            if spec.children:
                self.build(spec.children, node.id, wave)
            else:
                self.pending.append((node.id, spec.after, scope, None))

    # -- links -------------------------------------------------------------------------

    def _resolve(self, ref: str, scope: int | None, department: int | None) -> list[int]:
        if ref == "@start":
            if scope is None:
                raise KeyError(ref)
            out: list[int] = []
            for r in self.starts[scope]:
                out.extend(self._resolve(r, scope, None))
            return out
        target_scope: int | None = scope
        key = ref
        if "." in ref:
            where, key = ref.split(".", 1)
            if where == "prev":
                if scope is None or scope == 0:
                    raise KeyError(ref)
                target_scope = scope - 1
            elif where == "pilot":
                target_scope = 0
            elif where == "last":
                target_scope = len(self.waves) - 1
            else:
                raise KeyError(ref)
        group = self.scopes.get(target_scope, {}).get(key)
        if group is None or not group.ids:
            group = self.scopes[None].get(key)
        if group is None or not group.ids:
            raise KeyError(ref)
        if department is not None and department in group.by_department:
            return [group.by_department[department]]
        return group.tails()

    def links(self) -> list[tuple[int, int]]:
        seen: set[tuple[int, int]] = set()
        out: list[tuple[int, int]] = []
        for pred, succ in self.lane_links:
            if (pred, succ) not in seen:
                seen.add((pred, succ))
                out.append((pred, succ))
        for succ, after, scope, dept in self.pending:
            for ref in after:
                for pred in self._resolve(ref, scope, dept):
                    if pred != succ and (pred, succ) not in seen:
                        seen.add((pred, succ))
                        out.append((pred, succ))
        return out


def expand(
    template: Template,
    language: str,
    departments: Sequence[str],
    waves: Sequence[tuple[str, ...]],
    values: dict[str, str],
) -> Expansion:
    """Every task of the plan and the links between them."""
    x = _Expander(template, language, departments, waves, values)
    x.build(template.tasks, None, None)
    try:
        links = x.links()
    except KeyError as exc:
        raise TemplateError(f"the rollout template names an unknown task {exc.args[0]!r}") from None
    by_key: dict[str, list[int]] = {}
    for scope, groups in x.scopes.items():
        for key, group in groups.items():
            by_key[key if scope is None else f"w{scope}.{key}"] = group.ids
    return Expansion(x.nodes, links, x.go_live_id, by_key)
