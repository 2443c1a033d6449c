"""The features of the app, in sidebar order: the one list the main window is built from.

Adding a feature is adding it here (see docs/architecture.md). Each feature
package's ``__init__`` is light: its page and actions import their modules
when first used.
"""

from __future__ import annotations

from collections.abc import Sequence

from oa_desk.gui.activity import FEATURE as ACTIVITY
from oa_desk.gui.adoption import FEATURE as ADOPTION
from oa_desk.gui.excel import FEATURE as EXCEL
from oa_desk.gui.features import Feature
from oa_desk.gui.goals import FEATURE as GOALS
from oa_desk.gui.knowledge import FEATURE as KNOWLEDGE
from oa_desk.gui.overview import FEATURE as OVERVIEW
from oa_desk.gui.people import FEATURE as PEOPLE
from oa_desk.gui.publicity import FEATURE as PUBLICITY
from oa_desk.gui.requirements import FEATURE as REQUIREMENTS
from oa_desk.gui.risks import FEATURE as RISKS
from oa_desk.gui.support import FEATURE as SUPPORT
from oa_desk.gui.team import FEATURE as TEAM
from oa_desk.gui.timeline import FEATURE as TIMELINE
from oa_desk.gui.training import FEATURE as TRAINING


def features() -> Sequence[Feature]:
    """Every feature, in sidebar order."""
    return (
        OVERVIEW,
        GOALS,
        REQUIREMENTS,
        TIMELINE,
        PEOPLE,
        TEAM,
        RISKS,
        PUBLICITY,
        TRAINING,
        SUPPORT,
        KNOWLEDGE,
        ADOPTION,
        EXCEL,
        ACTIVITY,
    )
