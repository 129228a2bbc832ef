"""Assessment > Carry forward: a new draft of the selected assessment under the current
version of its maturity model, opened in the wizard with the carried answers to review.

The assessment itself is never changed, so its placement stays what the client was shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import AssessmentRecord, carried_answers, carry_forward_target
from csmaturity_app.ui.confirmations import confirm
from csmaturity_app.ui.markup import plain_message

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

TITLE = "Carry forward"


def target(window: MainWindow) -> MaturityModel | None:
    """The version the current assessment can be carried forward to, if any: what enables
    the action."""
    record = window.current_assessment()
    if record is None:
        return None
    return carry_forward_target(window.catalog, record.model_id, record.model_version)


def carry_forward_interactively(window: MainWindow) -> str | None:
    """Say what carrying forward will do and, once confirmed, create the draft, select it and
    open it in the wizard. Returns the new assessment's id, or None (nothing to carry forward
    to, cancelled, or failed: the user was told why in one message)."""
    record = window.current_assessment()
    model = target(window)
    if record is None or model is None:
        return None
    try:
        question = describe(window, record, model)
    except UserFacingError as exc:
        QMessageBox.warning(window, TITLE, plain_message(str(exc)))
        return None
    if not confirm(window, TITLE, question, yes="Carry forward and open", default_yes=True):
        return None

    new = window.operations.carry_forward(record.id, model, window.show_error)
    if new is None:
        return None  # the message said why; nothing was written
    window.select_assessment(new.id)
    window.open_assessment(new.id)
    window.statusBar().showMessage(
        f"Carried forward to {model.title} version {model.version}: "
        "review the marked answers in the wizard.",
        10_000,
    )
    return new.id


def describe(window: MainWindow, record: AssessmentRecord, model: MaturityModel) -> str:
    """The question asked before carrying forward: what comes across and what does not."""
    store = window.store
    old_model = store.model_of(record.id)
    mapping = model.carry_forward_from(old_model.version)
    assert mapping is not None  # `target` checked it
    carried = carried_answers(old_model, model, mapping, store.answers(record.id))
    when = record.assessed_on.isoformat()
    left = len(model.criteria) - len(carried)
    return (
        f"Start a new draft for {record.organization_name} under {model.title} "
        f"version {model.version}?\n\n"
        f"{len(carried)} of its {len(model.criteria)} criteria take the answers given on "
        f"{when} under version {old_model.version}, each marked for review until you rate "
        f"it again; {left} start unanswered.\n\n"
        f"The assessment of {when} stays as it is, with its placement."
    )
