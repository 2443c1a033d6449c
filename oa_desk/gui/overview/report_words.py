"""The dashboard's and the status report's words, translated, without a window.

The page and the command line say the same words from the same ``.ts`` entries
(context ``DashboardCharts``): the page asks for them in the window's language;
``oa-desk report PLAN status.pdf --lang zh_CN`` asks through :func:`translated`,
which loads that language's translations into a ``QCoreApplication`` (no display
needed) for the time the report is written, then takes them out again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from oa_desk.domain.enums import AudienceTier

if TYPE_CHECKING:
    from oa_desk.charts.dashboard import DashboardTexts
    from oa_desk.charts.status_report import ReportTexts

__all__ = ["chart_texts", "report_captions", "report_texts", "translated"]

translate = QCoreApplication.translate  # the context must be literal for lupdate


def chart_texts() -> DashboardTexts:
    from oa_desk.charts.dashboard import DashboardTexts

    return DashboardTexts(
        tiers={
            AudienceTier.LEADERSHIP: translate("DashboardCharts", "Leadership"),
            AudienceTier.KEY_USER: translate("DashboardCharts", "Key users"),
            AudienceTier.END_USER: translate("DashboardCharts", "End users"),
        },
        schedule=translate("DashboardCharts", "Schedule health"),
        late=translate("DashboardCharts", "Late"),
        critical_slipping=translate("DashboardCharts", "Critical, slipping"),
        ahead=translate("DashboardCharts", "Ahead of baseline"),
        on_baseline=translate("DashboardCharts", "On baseline"),
        behind=translate("DashboardCharts", "Behind baseline"),
        variance=translate(
            "DashboardCharts", "Mean finish variance {days:+.1f} working days (worst {worst:+d})"
        ),
        no_baseline=translate(
            "DashboardCharts", "No baseline saved: save one on the Timeline to see the variance"
        ),
        training=translate("DashboardCharts", "Training coverage by tier"),
        required=translate("DashboardCharts", "Required"),
        trained=translate("DashboardCharts", "Trained"),
        passed=translate("DashboardCharts", "Passed"),
        support=translate("DashboardCharts", "Support: {open} open, {breached} past SLA"),
        opened=translate("DashboardCharts", "Opened per week"),
        resolved=translate("DashboardCharts", "Resolved per week"),
        risks=translate("DashboardCharts", "Top risks (probability × impact)"),
        kpis=translate("DashboardCharts", "KPI progress toward target"),
        adoption=translate("DashboardCharts", "Active-user rate since go-live"),
        target=translate("DashboardCharts", "Target {percent}"),
        empty=translate("DashboardCharts", "Nothing to show yet"),
        percent=translate("DashboardCharts", "{value:.0f}%"),
        date_format=translate("DashboardCharts", "%m-%d"),
        month_format=translate("DashboardCharts", "%Y-%m"),
    )


def report_texts() -> ReportTexts:
    from oa_desk.charts.status_report import ReportTexts

    return ReportTexts(
        title=translate("DashboardCharts", "Status report"),
        as_of=translate("DashboardCharts", "As of {date}"),
        go_live=translate("DashboardCharts", "Go-live {date}: {days} days to go"),
        since_go_live=translate("DashboardCharts", "Go-live {date}: {days} days ago"),
        no_go_live=translate("DashboardCharts", "No go-live date set"),
        milestones=translate("DashboardCharts", "Next milestones"),
        page=translate("DashboardCharts", "Page {page} of {pages}"),
        charts=chart_texts(),
    )


def report_captions(ov: Any) -> list[tuple[str, str]]:
    return [
        (translate("DashboardCharts", "Departments"), f"{ov.departments:,}"),
        (translate("DashboardCharts", "People"), f"{ov.people:,}"),
        (translate("DashboardCharts", "Tasks"), f"{ov.tasks:,}"),
        (translate("DashboardCharts", "Open support tickets"), f"{ov.open_tickets:,}"),
        (translate("DashboardCharts", "Milestones reached"), f"{ov.milestones_done:,}"),
    ]


@contextlib.contextmanager
def translated(language: str) -> Iterator[None]:
    """``language``'s translations installed while the block runs (a command line has
    no window: a ``QCoreApplication`` is made if there is none)."""
    from oa_desk.gui.i18n import Translations

    made = None
    if QCoreApplication.instance() is None:
        made = QCoreApplication([])
    locale = QLocale()
    translations = Translations()
    translations.apply(language)
    try:
        yield
    finally:
        translations.remove()
        QLocale.setDefault(locale)
        if made is not None:  # leave no application behind (a later window makes its own)
            made.shutdown()
            del made
