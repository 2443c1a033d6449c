"""The Knowledge base's words: enumeration labels in the user's language, and the
refusals of its services explained."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from oa_desk.domain.enums import FeedbackChannel, OaModule
from oa_desk.domain.errors import Refusal
from oa_desk.exchange.labels import enum_label

translate = QCoreApplication.translate


def language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def module_label(code: str) -> str:
    return enum_label(OaModule, code, language())


def channel_label(code: str) -> str:
    return enum_label(FeedbackChannel, code, language())


class Explained(Exception):
    """A refusal already put in the user's words (the window shows ``str``)."""


def explain(err: BaseException) -> BaseException:
    """``err`` in the user's words when it is one of the knowledge base's refusals;
    otherwise ``err`` itself (the window explains the shared ones)."""
    if not isinstance(err, Refusal):
        return err
    p = dict(err.params)
    texts = {
        "kb.question_missing": translate("Knowledge", "An article needs a question."),
        "kb.tag_long": translate("Knowledge", "The tag “{tag}” is longer than 50 characters."),
        "kb.too_many_tags": translate("Knowledge", "An article can have at most {n} tags."),
        "kb.missing": translate("Knowledge", "That article no longer exists."),
        "kb.no_tickets": translate("Knowledge", "Choose a ticket first."),
        "ticket.missing": translate("Knowledge", "Ticket #{id} does not exist."),
        "feedback.file_problems": translate(
            "Knowledge",
            "The results file has {count} problem(s); nothing was imported. The first: row "
            "{row}, column {column}, value “{value}”: {reason}.",
        ),
        "feedback.no_answers": translate("Knowledge", "The results file holds no answers."),
        "feedback.suggestion_empty": translate("Knowledge", "Choose a suggestion first."),
        "feedback.missing": translate("Knowledge", "That feedback round no longer exists."),
    }
    text = texts.get(err.code)
    if text is None:
        return err
    if "reason" in p:
        p["reason"] = problem_reason(str(p["reason"]))
    return Explained(text.format(**{k: v for k, v in p.items()}))


def problem_reason(code: str) -> str:
    reasons = {
        "not_a_number": translate("Knowledge", "not a number"),
        "satisfaction_out_of_range": translate(
            "Knowledge", "a satisfaction score is a whole number from 1 to 5"
        ),
        "missing_columns": translate(
            "Knowledge", "no header with a satisfaction, comment or suggestion column"
        ),
    }
    return reasons.get(code, code)
