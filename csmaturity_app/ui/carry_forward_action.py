"""Assessment > Carry forward: a new draft of the selected assessment under the current
version of its maturity model, opened in the wizard with the carried answers to review.

The assessment itself is never changed, so its placement stays what the client was shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import formats
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import AssessmentRecord, carried_answers, carry_forward_target
from csmaturity_app.ui.confirmations import confirm
from csmaturity_app.ui.markup import plain_message

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow


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
    title = QCoreApplication.translate("carry_forward_action", "Carry forward")
    try:
        question = describe(window, record, model)
    except UserFacingError as exc:
        QMessageBox.warning(window, title, plain_message(str(exc)))
        return None
    yes = QCoreApplication.translate("carry_forward_action", "Carry forward and &open")
    if not confirm(window, title, question, yes=yes, default_yes=True):
        return None

    new = window.operations.carry_forward(record.id, model, window.show_error)
    if new is None:
        return None  # the message said why; nothing was written
    window.select_assessment(new.id)
    window.open_assessment(new.id)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "carry_forward_action",
            "Carried forward to {title} version {version}: "
            "review the marked answers in the wizard.",
        ).format(title=model.title, version=model.version),
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
    return QCoreApplication.translate(
        "carry_forward_action",
        "Start a new draft for {organization} under {title} version {version}?\n\n"
        "{carried} of its {total} criteria take the answers given on {date} under version "
        "{old_version}, each marked for review until you rate it again; {left} start "
        "unanswered.\n\n"
        "The assessment of {date} stays as it is, with its placement.",
    ).format(
        organization=record.organization_name,
        title=model.title,
        version=model.version,
        carried=formats.integer(len(carried)),
        total=formats.integer(len(model.criteria)),
        date=when,
        old_version=old_model.version,
        left=formats.integer(left),
    )
