"""File › New from Rollout Template…: the wizard that writes a whole rollout plan.

Not a sidebar feature: the main window calls :func:`new_rollout` from its File
menu. The wizard's modules (and the services they call) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oa_desk.gui.wizard.flow import WizardHost

__all__ = ["new_rollout"]


def new_rollout(host: WizardHost) -> None:
    """Run the wizard; on Finish ask where to save, write the plan and open it."""
    from oa_desk.gui.wizard.flow import run

    run(host)
