"""The wizard's hold on one assessment: it reads through `operations.store` and writes only
through `operations` (ratings as undoable `AnswerCommand`s on the wizard's own undo stack).

It keeps the answers as the store has them, refreshed whenever `operations.answerChanged`
says so (whoever made the change), and tells the views.

With several respondents it also keeps their ratings (`view`), and whom the wizard rates as
(`rater`): the consensus ("", the facilitator, who rates the answers themselves) or one
respondent, whose own ratings and notes the buttons and notes then show and write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from csmaturity_app.maturity import AnswerValue
from csmaturity_app.presentation.order import needs_review
from csmaturity_app.store import AnswerRecord, AssessmentRecord, RespondentsView
from csmaturity_app.ui.markup import escape_mnemonic
from csmaturity_app.ui.operations import AnswerCommand, Operations
from csmaturity_app.ui.respondent_commands import ConsensusCommand, RespondentAnswerCommand
from csmaturity_app.ui.wizard.ratings import rating_of, rating_text
from csmaturity_app.ui.wizard.voices import respondent_label

T = TypeVar("T")

POSITION_DELAY_MS = 300  # where the wizard stands is written once the keys stop moving it


class AssessmentSession(QObject):
    answersChanged = Signal(str)  # criterion id
    statusChanged = Signal()  # draft <-> complete
    respondentsChanged = Signal()  # added, edited or removed: the chooser follows
    raterChanged = Signal()  # whom the wizard rates as
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
        self.view: RespondentsView = store.respondents_view(assessment_id)
        self.rater = ""  # respondent id; "" the consensus
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
        operations.respondentsChanged.connect(self._on_respondents_changed)

    @property
    def read_only(self) -> bool:
        return self.record.status == "complete"

    @property
    def saved_position(self) -> str:
        return self.record.position

    @property
    def several(self) -> bool:
        """Respondents are written down: the wizard offers to rate as each of them."""
        return self.view.several

    def rater_name(self, full: bool = True) -> str:
        """ "Pat Lee, VP Customer Success" (or "Pat Lee" alone), "" for the consensus."""
        for respondent in self.view.respondents:
            if respondent.id and respondent.id == self.rater:
                return respondent_label(respondent) if full else respondent.name
        return ""

    def set_rater(self, respondent_id: str) -> None:
        """Rate as this respondent from now on ("": the consensus)."""
        known = {r.id for r in self.view.respondents if r.id}
        respondent_id = respondent_id if respondent_id in known else ""
        if respondent_id != self.rater:
            self.rater = respondent_id
            self.raterChanged.emit()

    def shown_answer(self, criterion_id: str) -> AnswerRecord | None:
        """What the buttons and notes show: the rater's own rating, or the consensus."""
        if not self.rater:
            return self.answers.get(criterion_id)
        own = self.view.ratings.get(self.rater, {}).get(criterion_id)
        if own is None:
            return None
        return AnswerRecord(criterion_id, own.score, own.not_applicable, own.notes, own.updated_at)

    def rating(self, criterion_id: str) -> AnswerValue:
        return rating_of(self.shown_answer(criterion_id))

    def needs_review(self, criterion_id: str) -> bool:
        return needs_review(self.shown_answer(criterion_id))

    def notes(self, criterion_id: str) -> str:
        answer = self.shown_answer(criterion_id)
        return answer.notes if answer is not None else ""

    def private_notes(self, criterion_id: str) -> str | None:
        """The consultant's private notes: the consensus answer's, whoever the wizard rates
        as. None while rating as a respondent: they are not the respondent's to see or write."""
        if self.rater:
            return None
        answer = self.answers.get(criterion_id)
        return answer.private_notes if answer is not None else ""

    # -- writing

    def rate(self, criterion_id: str, rating: AnswerValue) -> bool:
        """Save a rating as an undoable step. False if the store refused it (the caller puts
        its buttons back); a rating equal to the stored one writes nothing, unless it confirms a
        carried answer awaiting review or sets a consensus that was the median."""
        before = self.rating(criterion_id)
        if rating == before and rating.answered and self.needs_review(criterion_id):
            return self._confirm(criterion_id, rating)
        # The facilitator giving the consensus the median's own value sets it: it stops
        # following the respondents (undo hands it back).
        setting = self.several and not self.rater and self._is_median(criterion_id)
        if rating == before and not (setting and rating.answered):
            return True
        if self.read_only:
            self.saveState.emit(
                self.tr("This assessment is complete; reopen it to change answers"), True
            )
            return False
        # the Undo action's text: a scale label "R&D" must not turn into "RD"
        text = escape_mnemonic(
            self.tr("Rate {criterion} {rating}").format(
                criterion=criterion_id, rating=rating_text(self.model, rating)
            )
        )
        command: AnswerCommand | ConsensusCommand | RespondentAnswerCommand
        if self.rater:
            command = RespondentAnswerCommand(
                self.operations,
                self.assessment_id,
                self.rater,
                criterion_id,
                before,
                rating,
                escape_mnemonic(
                    self.tr("{step} as {name}").format(step=text, name=self.rater_name())
                ),
                self._on_failed,
            )
        elif self.several:
            command = ConsensusCommand(
                self.operations,
                self.assessment_id,
                criterion_id,
                before,
                self._is_median(criterion_id),
                rating,
                text,
                self._on_failed,
            )
        else:
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
        self.saveState.emit(self.tr("Saving\u2026"), False)
        self._write(lambda: self.undo_stack.push(command))
        ok = command.ok  # a plain attribute: readable even after the stack dropped the command
        self._report(ok)
        return ok

    def use_median(self, criterion_id: str) -> bool:
        """Hand a criterion's consensus back to the respondents' median, as an undoable step.
        False if the store refused it; True too when it is the median already."""
        if not self.several or self._is_median(criterion_id):
            return True
        if self.read_only:
            self.saveState.emit(
                self.tr("This assessment is complete; reopen it to change answers"), True
            )
            return False
        command = ConsensusCommand(
            self.operations,
            self.assessment_id,
            criterion_id,
            rating_of(self.answers.get(criterion_id)),
            False,
            None,
            escape_mnemonic(
                self.tr("Use the median for {criterion}").format(criterion=criterion_id)
            ),
            self._on_failed,
        )
        self.saveState.emit(self.tr("Saving\u2026"), False)
        self._write(lambda: self.undo_stack.push(command))
        self._report(command.ok)
        return command.ok

    def _is_median(self, criterion_id: str) -> bool:
        """The consensus is the respondents' median (or there is none yet to set)."""
        return criterion_id not in self.answers or criterion_id in self.view.from_respondents

    def _confirm(self, criterion_id: str, rating: AnswerValue) -> bool:
        """The same rating given again to a carried answer: the assessor has reviewed it. It is
        written (the store then clears the mark) but is not an undo step: nothing changes."""
        if self.read_only:
            return True
        self.saveState.emit(self.tr("Saving\u2026"), False)
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
        self.saveState.emit(self.tr("Saving\u2026"), False)
        rater = self.rater
        if rater:
            saved: object = self._write(
                lambda: self.operations.record_respondent_notes(
                    self.assessment_id, rater, criterion_id, text, self._on_failed
                )
            )
        else:
            saved = self._write(
                lambda: self.operations.record_notes(
                    self.assessment_id, criterion_id, text, self._on_failed
                )
            )
        self._report(saved is not None)
        return saved is not None

    def save_private_notes(self, criterion_id: str, text: str) -> bool:
        """Save private notes that differ from the store's, on the consensus answer (the
        field is hidden while rating as a respondent, so only the consultant writes them)."""
        answer = self.answers.get(criterion_id)
        if text == (answer.private_notes if answer is not None else ""):
            return True
        self.saveState.emit(self.tr("Saving\u2026"), False)
        saved = self._write(
            lambda: self.operations.record_private_notes(
                self.assessment_id, criterion_id, text, self._on_failed
            )
        )
        self._report(saved is not None)
        return saved is not None

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
            self.saveState.emit(self.tr("Saved"), False)
        else:
            reason = self._error or self.tr("the store refused it")
            self.saveState.emit(self.tr("Not saved: {reason}").format(reason=reason), True)

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
        if answers is None:
            return
        self.answers = answers
        if self.several:  # a single voice's ratings are the answers: nothing more to read
            view = self.operations.attempt(
                lambda: self.operations.store.respondents_view(assessment_id), self._on_failed
            )
            if view is not None:
                self.view = view
        self.answersChanged.emit(criterion_id)

    def _on_respondents_changed(self, assessment_id: str) -> None:
        if assessment_id != self.assessment_id:
            return
        view = self.operations.attempt(
            lambda: self.operations.store.respondents_view(assessment_id), self._on_failed
        )
        if view is None:
            return
        self.view = view
        self.respondentsChanged.emit()
        self.set_rater(self.rater)  # back to the consensus if they were removed

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
