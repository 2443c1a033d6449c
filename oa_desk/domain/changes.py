"""What an operation changed, so that views refresh only what it names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_EMPTY: Mapping[str, frozenset[int]] = MappingProxyType({})


def _merge(
    a: Mapping[str, frozenset[int]], b: Mapping[str, frozenset[int]]
) -> Mapping[str, frozenset[int]]:
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for kind, ids in b.items():
        out[kind] = out.get(kind, frozenset()) | ids
    return MappingProxyType(out)


@dataclass(frozen=True)
class Changes:
    """Kinds (table names) and ids an operation inserted, updated or deleted.

    ``everything`` says the whole plan may have changed (a restore, a replacing
    import): views reload all they show.
    """

    inserted: Mapping[str, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    updated: Mapping[str, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    deleted: Mapping[str, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    everything: bool = False

    @staticmethod
    def insert(kind: str, ids: Iterable[int]) -> Changes:
        return Changes(inserted=MappingProxyType({kind: frozenset(ids)}))

    @staticmethod
    def update(kind: str, ids: Iterable[int]) -> Changes:
        return Changes(updated=MappingProxyType({kind: frozenset(ids)}))

    @staticmethod
    def delete(kind: str, ids: Iterable[int]) -> Changes:
        return Changes(deleted=MappingProxyType({kind: frozenset(ids)}))

    @staticmethod
    def all() -> Changes:
        return Changes(everything=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            inserted=_merge(self.inserted, other.inserted),
            updated=_merge(self.updated, other.updated),
            deleted=_merge(self.deleted, other.deleted),
            everything=self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return self.everything or bool(self.inserted or self.updated or self.deleted)

    def kinds(self) -> frozenset[str]:
        """Every kind this change touched."""
        return frozenset(self.inserted) | frozenset(self.updated) | frozenset(self.deleted)

    def touches(self, *kinds: str) -> bool:
        """True when any of ``kinds`` changed (always true for ``everything``)."""
        return self.everything or not self.kinds().isdisjoint(kinds)
