"""Imports of sheets OA Desk did not make: one module per kind, one shared core.

``base`` says what a kind is, ``registry`` lists them, ``core`` runs one
(:func:`oa_desk.exchange.foreign.core.preview_foreign`), ``paths`` resolves
department paths. This package's own namespace stays light (no import of
``core``), so that ``oa_desk.exchange.mapping`` can read the kinds' fields.
"""

from __future__ import annotations

from oa_desk.exchange.foreign.base import FieldSpec, ForeignKind, ImportKind
from oa_desk.exchange.foreign.registry import KINDS, field_specs, kind_of

__all__ = ["KINDS", "FieldSpec", "ForeignKind", "ImportKind", "field_specs", "kind_of"]
