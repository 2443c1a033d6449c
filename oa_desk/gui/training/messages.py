"""Why a training edit was refused, in the user's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.training import TrainingCheck
from oa_desk.gui.document import PlanDocument
from oa_desk.services.training import TrainingError

translate = QCoreApplication.translate


def describe(err: BaseException) -> str | None:
    """The sentence for a TrainingError; None for any other error."""
    if not isinstance(err, TrainingError):
        return None
    texts = {
        TrainingCheck.PAST_PLANNED: translate(
            "TrainingMessages",
            "This session is already over but still marked as planned: set it to held or "
            "cancelled, or move it to a later date.",
        ),
        TrainingCheck.CAPACITY: translate(
            "TrainingMessages", "Capacity must be at least 1 (it was {capacity})."
        ),
        TrainingCheck.ENDS_BEFORE_START: translate(
            "TrainingMessages", "A session must end after it starts."
        ),
        TrainingCheck.SCORE_RANGE: translate(
            "TrainingMessages", "A score must be between {low} and {high} (it was {score})."
        ),
        TrainingCheck.RATING_RANGE: translate(
            "TrainingMessages", "A rating must be between 1 and 5 (it was {rating})."
        ),
        TrainingCheck.ENROLLED_TWICE: translate(
            "TrainingMessages", "This person is already enrolled in this session."
        ),
        TrainingCheck.NO_ONE: translate(
            "TrainingMessages", "Nobody to enrol: everyone chosen is enrolled already."
        ),
        TrainingCheck.PREREQUISITE_CYCLE: translate(
            "TrainingMessages",
            "{course} already requires this course (directly or through others): a course "
            "cannot be its own prerequisite.",
        ),
        TrainingCheck.PREREQUISITE_UNKNOWN: translate(
            "TrainingMessages", "A prerequisite course no longer exists: reopen the dialog."
        ),
    }
    try:
        text = texts[TrainingCheck(err.code)]
    except (ValueError, KeyError):
        return str(err)
    try:
        return text.format(**err.params)
    except (KeyError, IndexError, ValueError):
        return text


def explain_with(doc: PlanDocument) -> Callable[[BaseException], None]:
    """For ``perform(explain=...)``: training refusals in training's words, the rest as
    the window explains them."""

    def explain(err: BaseException) -> None:
        text = describe(err)
        doc.failed.emit(RuntimeError(text) if text is not None else err)

    return explain
