"""The wizard's hold on one assessment: it reads through `operations.store` and writes only
through `operations` (ratings as undoable `AnswerCommand`s on the wizard's own undo stack).

It keeps the answers as the store has them, refreshed whenever `operations.answerChanged`
says so (whoever made the change), and tells the views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from csmaturity_app.maturity import AnswerValue
from csmaturity_app.presentation.order import needs_review
from csmaturity_app.store import AnswerRecord, AssessmentRecord
from csmaturity_app.ui.markup import escape_mnemonic
from csmaturity_app.ui.operations import AnswerCommand, Operations
from csmaturity_app.ui.wizard.ratings import rating_of, rating_text

T = TypeVar("T")

POSITION_DELAY_MS = 300  # where the wizard stands is written once the keys stop moving it


class AssessmentSession(QObject):
    answersChanged = Signal(str)  # criterion id
    statusChanged = Signal()  # draft <-> complete
    saveState = Signal(str, bool)  # message for the status line, is it an error

    def __init__(
        self, operations: Operations, assessment_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.assessment_id = assessment_id
        store = operations.store
        # Errors here (no such assessment, unreadable store) go to whoever opens the wizard.
        self.record: AssessmentRecord = store.assessment(assessment_id)
        self.model = store.model_of(assessment_id)
        self.answers: dict[str, AnswerRecord] = store.answers(assessment_id)
        self.undo_stack = QUndoStack(self)
        self._error: str | None = None
        self._writing = False
        self._position = self.record.position
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self.flush_position)
        operations.answerChanged.connect(self._on_answer_changed)
        operations.assessmentRecordChanged.connect(self._on_assessment_changed)

    @property
    def read_only(self) -> bool:
        return self.record.status == "complete"

    @property
    def saved_position(self) -> str:
        return self.record.position

    def rating(self, criterion_id: str) -> AnswerValue:
        return rating_of(self.answers.get(criterion_id))

    def needs_review(self, criterion_id: str) -> bool:
        return needs_review(self.answers.get(criterion_id))

    def notes(self, criterion_id: str) -> str:
        answer = self.answers.get(criterion_id)
        return answer.notes if answer is not None else ""

    # -- writing

    def rate(self, criterion_id: str, rating: AnswerValue) -> bool:
        """Save a rating as an undoable step. False if the store refused it (the caller puts
        its buttons back); a rating equal to the stored one writes nothing, unless it confirms a
        carried answer awaiting review."""
        before = self.rating(criterion_id)
        if rating == before and rating.answered and self.needs_review(criterion_id):
            return self._confirm(criterion_id, rating)
        if rating == before:
            return True
        if self.read_only:
            self.saveState.emit("This assessment is complete; reopen it to change answers", True)
            return False
        # the Undo action's text: a scale label "R&D" must not turn into "RD"
        text = escape_mnemonic(f"Rate {criterion_id} {rating_text(self.model, rating)}")
        command = AnswerCommand(
            self.operations,
            self.assessment_id,
            criterion_id,
            before,
            rating,
            text,
            self._on_failed,
            before_review=self.needs_review(criterion_id),
        )
        self.saveState.emit("Saving\u2026", False)
        self._write(lambda: self.undo_stack.push(command))
        ok = command.ok  # a plain attribute: readable even after the stack dropped the command
        self._report(ok)
        return ok

    def _confirm(self, criterion_id: str, rating: AnswerValue) -> bool:
        """The same rating given again to a carried answer: the assessor has reviewed it. It is
        written (the store then clears the mark) but is not an undo step: nothing changes."""
        if self.read_only:
            return True
        self.saveState.emit("Saving\u2026", False)
        record = self._write(
            lambda: self.operations.record_answer(
                self.assessment_id,
                criterion_id,
                rating.score,
                rating.not_applicable,
                self._on_failed,
            )
        )
        self._report(record is not None)
        return record is not None

    def save_notes(self, criterion_id: str, text: str) -> bool:
        """Save notes that differ from the store's; unchanged notes are never written."""
        if text == self.notes(criterion_id):
            return True
        self.saveState.emit("Saving\u2026", False)
        record = self._write(
            lambda: self.operations.record_notes(
                self.assessment_id, criterion_id, text, self._on_failed
            )
        )
        self._report(record is not None)
        return record is not None

    def undo(self) -> str | None:
        """Undo the last rating; returns its criterion id (to show it), None if nothing to undo."""
        return self._step(self.undo_stack.index() - 1, self.undo_stack.undo)

    def redo(self) -> str | None:
        return self._step(self.undo_stack.index(), self.undo_stack.redo)

    def _step(self, index: int, action: Callable[[], None]) -> str | None:
        if self.read_only or not 0 <= index < self.undo_stack.count():
            return None
        command = self.undo_stack.command(index)
        criterion_id = getattr(command, "criterion_id", None)
        self._write(action)
        self._report(self._error is None)
        return criterion_id

    def set_status(self, status: str) -> bool:
        # `operations` announces the change (assessmentRecordChanged), which updates `record`.
        record = self._write(
            lambda: self.operations.set_status(self.assessment_id, status, self._on_failed)
        )
        if record is None:
            self._report(False)
        return record is not None

    def remember_position(self, key: str) -> None:
        if key != self._position:
            self._position = key
            self._position_timer.start()

    def flush_position(self) -> None:
        self._position_timer.stop()
        if self._position != self.record.position:
            self.operations.set_position(self.assessment_id, self._position, self._on_failed)
            self.record = _with_position(self.record, self._position)

    # -- listening

    def _write(self, action: Callable[[], T]) -> T:
        self._error = None
        self._writing = True
        try:
            return action()
        finally:
            self._writing = False

    def _report(self, ok: bool) -> None:
        if ok:
            self.saveState.emit("Saved", False)
        else:
            self.saveState.emit(f"Not saved: {self._error or 'the store refused it'}", True)

    def _on_failed(self, message: str) -> None:
        """The store refused something this wizard did: shown once, in its status line (a write
        says "Not saved" through `_report` once it has put its widgets back)."""
        if self._writing:
            self._error = message
        else:
            self.saveState.emit(message, True)

    def _on_answer_changed(self, assessment_id: str, criterion_id: str) -> None:
        if assessment_id != self.assessment_id:
            return
        answers = self.operations.attempt(
            lambda: self.operations.store.answers(assessment_id), self._on_failed
        )
        if answers is not None:
            self.answers = answers
            self.answersChanged.emit(criterion_id)

    def _on_assessment_changed(self, assessment_id: str) -> None:
        if assessment_id != self.assessment_id:
            return
        record = self.operations.attempt(
            lambda: self.operations.store.assessment(assessment_id), self._on_failed
        )
        if record is not None and record.status != self.record.status:
            self.record = record
            self.statusChanged.emit()
        elif record is not None:
            self.record = record


def _with_position(record: AssessmentRecord, position: str) -> AssessmentRecord:
    return replace(record, position=position)
