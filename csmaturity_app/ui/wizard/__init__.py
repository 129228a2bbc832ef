"""The assessment wizard: one window in which an assessor walks through a maturity model
stage by stage, rating each criterion and noting the evidence. Every answer is saved the
moment it is given (through `Operations`), so there is no Save button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csmaturity_app.ui.wizard.window import AssessmentWizard

__all__ = ["AssessmentWizard"]


def __getattr__(name: str) -> object:
    # Imported when first asked for, not with the package: the main window's start uses
    # `wizard.look` only, and the wizard's window pulls in every page and card.
    if name == "AssessmentWizard":
        from csmaturity_app.ui.wizard.window import AssessmentWizard

        return AssessmentWizard
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
