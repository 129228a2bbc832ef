"""What long work on the window's store (an import, an export, a team sync) does to the
window: one at a time, open wizards written out first, everything shown again after.

Shared by `snapshot_actions` and `sync_actions`, so that a sync cannot start while an import
runs, and both reload the window in the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

BUSY = "csmaturity_snapshot_busy"  # a window property: one long piece of work at a time


def is_busy(window: QWidget) -> bool:
    return bool(window.property(BUSY))


def set_busy(window: QWidget, busy: bool) -> None:
    window.setProperty(BUSY, busy)


@contextmanager
def busy_until_handed_on(window: QWidget) -> Iterator[None]:
    """Set the busy flag for a step that hands it on (to a background task's callbacks, to a
    dialog); if the step itself raises, clear it, or the actions would silently do nothing
    until the window is closed."""
    set_busy(window, True)
    try:
        yield
    except BaseException:
        set_busy(window, False)
        raise


def reload_everything(window: MainWindow) -> None:
    """The store changed behind the window's `Operations`: tell everything that shows it."""
    operations = window.operations
    operations.organizationsChanged.emit()
    operations.assessmentListChanged.emit("")  # "": any organization (tables, results pane)
    # Targets and roadmaps may have come too (a sync, a snapshot): each organization's.
    organizations = operations.attempt(window.store.organizations, window.show_error) or []
    for organization in organizations:
        operations.plan_changed(organization.id)
    for assessment_id in list(window.wizards):
        # An open wizard reads the answers again, criterion by criterion as they are shown.
        operations.assessmentRecordChanged.emit(assessment_id)
        model = operations.attempt(partial(window.store.model_of, assessment_id), window.show_error)
        for criterion in model.criteria if model is not None else ():
            operations.answerChanged.emit(assessment_id, criterion.id)


def flush_wizards(window: MainWindow) -> None:
    """Write what open wizards still hold (notes typed a moment ago, where they stand) now,
    rather than while the work holds the store's write lock."""
    from csmaturity_app.ui.wizard import AssessmentWizard

    for wizard in window.wizards.values():
        if isinstance(wizard, AssessmentWizard):
            wizard.flush()


def store_failure(window: MainWindow, message: str) -> bool:
    """Whether the work failed as the window's store has (its file went, or is damaged): the
    window says that once, with its offer to put the store back, rather than a second box."""
    failure = window.store.integrity.failure
    if failure is None or message != str(failure):
        return False
    window.show_error(message)
    return True
