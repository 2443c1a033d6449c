"""The refusal of a training rule (its own module: the course service raises it too,
and services/training.py imports that service)."""

from __future__ import annotations

from oa_desk.domain.errors import Refusal


class TrainingError(Refusal):
    """A training edit refused by one of its rules (``code``: a TrainingCheck value)."""
