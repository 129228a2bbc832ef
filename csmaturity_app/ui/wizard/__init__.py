"""The assessment wizard: one window in which an assessor walks through a maturity model
stage by stage, rating each criterion and noting the evidence. Every answer is saved the
moment it is given (through `Operations`), so there is no Save button.
"""

from csmaturity_app.ui.wizard.window import AssessmentWizard

__all__ = ["AssessmentWizard"]
