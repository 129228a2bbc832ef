"""Undoable changes to an assessment's respondents and to what each of them rated.

The respondents' own commands (add, rename, remove) go on `Operations.undo_stack`, the main
window's Edit > Undo; the ratings (as a respondent, the consensus set or handed back to the
median) on a wizard's own stack, as its other ratings do. Each goes through `Operations`,
which announces the change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from csmaturity_app.maturity import AnswerValue
from csmaturity_app.store import RespondentAnswerRecord, RespondentRecord
from csmaturity_app.ui.markup import escape_mnemonic

if TYPE_CHECKING:
    from csmaturity_app.ui.operations import Operations, Report


class RespondentCommand(QUndoCommand):
    """A respondent added (undo removes them) or removed (undo puts them back with their
    ratings). The ratings are read at the moment they go, so that an added respondent who
    was rated since comes back, on redo, with those ratings too."""

    def __init__(
        self,
        operations: Operations,
        respondent: RespondentRecord,
        report: Report,
        *,
        removing: bool,
        already_done: bool,
    ) -> None:
        text = (
            QCoreApplication.translate("RespondentCommand", "Remove respondent \u201c{name}\u201d")
            if removing
            else QCoreApplication.translate(
                "RespondentCommand", "Add respondent \u201c{name}\u201d"
            )
        )
        super().__init__(text.format(name=escape_mnemonic(respondent.name)))
        self.operations = operations
        self.respondent = respondent
        self.report = report
        self.removing = removing
        self.ratings: tuple[RespondentAnswerRecord, ...] = ()
        self.removed_count = 0
        self._skip_redo = already_done
        self.ok = True
        # Adding them wrote the assessor down (the first added): undoing it goes back to one
        # voice, as before, and a redo writes the assessor down again.
        self.wrote_assessor = False

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.ok = self._remove() if self.removing else self._put_back()

    def undo(self) -> None:
        self._put_back() if self.removing else self._remove()

    def _remove(self) -> bool:
        store = self.operations.store
        who = self.respondent

        def remove() -> int:
            with store.writing():
                view = store.respondents_view(who.assessment_id)
                self.ratings = tuple(view.ratings.get(who.id, {}).values())
                return store.remove_respondent(who.id)

        count = self.operations.attempt(remove, self.report)
        if count is None:
            self.setObsolete(True)
            return False
        self.removed_count = count
        if self.wrote_assessor and not self.removing:
            self.operations.attempt(
                lambda: store.fold_back_assessor(who.assessment_id), self.report
            )
        self.operations.respondents_changed(who.assessment_id)
        return True

    def _put_back(self) -> bool:
        store = self.operations.store
        back = self.operations.attempt(
            lambda: store.restore_respondent(self.respondent, self.ratings), self.report
        )
        if back is None:
            self.setObsolete(True)
            return False
        self.respondent = back
        self.operations.respondents_changed(back.assessment_id)
        return True


class RenameRespondentCommand(QUndoCommand):
    """A respondent's name and role changed; undo gives them back (already done when pushed)."""

    def __init__(
        self,
        operations: Operations,
        before: RespondentRecord,
        after: RespondentRecord,
        report: Report,
    ) -> None:
        super().__init__(
            QCoreApplication.translate(
                "RenameRespondentCommand", "Edit respondent \u201c{name}\u201d"
            ).format(name=escape_mnemonic(before.name))
        )
        self.operations = operations
        self.before, self.after = before, after
        self.report = report
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)

    def _set(self, to: RespondentRecord) -> None:
        store = self.operations.store
        done = self.operations.attempt(
            lambda: store.edit_respondent(to.id, to.name, to.role), self.report
        )
        if done is None:
            self.setObsolete(True)
            return
        self.operations.respondents_changed(to.assessment_id)


class RespondentAnswerCommand(QUndoCommand):
    """Change one respondent's rating of one criterion, undoably (for a wizard's stack)."""

    def __init__(
        self,
        operations: Operations,
        assessment_id: str,
        respondent_id: str,
        criterion_id: str,
        before: AnswerValue,
        after: AnswerValue,
        text: str,
        report: Report,
    ) -> None:
        super().__init__(text)
        self.operations = operations
        self.assessment_id = assessment_id
        self.respondent_id = respondent_id
        self.criterion_id = criterion_id
        self.before, self.after = before, after
        self.report = report
        self.ok = True

    def redo(self) -> None:
        self.ok = self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, value: AnswerValue) -> bool:
        rated = self.operations.record_respondent_answer(
            self.assessment_id,
            self.respondent_id,
            self.criterion_id,
            value.score,
            value.not_applicable,
            self.report,
        )
        if rated is None:
            self.setObsolete(True)
        return rated is not None


class ConsensusCommand(QUndoCommand):
    """The facilitator sets a criterion's consensus (`after`), or hands it back to the
    respondents' median (`after` None). Undo puts back what it was: the median again, or
    the rating they had set (`before`, with `before_median` saying which)."""

    def __init__(
        self,
        operations: Operations,
        assessment_id: str,
        criterion_id: str,
        before: AnswerValue,
        before_median: bool,
        after: AnswerValue | None,
        text: str,
        report: Report,
    ) -> None:
        super().__init__(text)
        self.operations = operations
        self.assessment_id = assessment_id
        self.criterion_id = criterion_id
        self.before, self.before_median, self.after = before, before_median, after
        self.report = report
        self.ok = True

    def redo(self) -> None:
        self.ok = self._apply(self.after)

    def undo(self) -> None:
        self._apply(None if self.before_median else self.before)

    def _apply(self, value: AnswerValue | None) -> bool:
        operations = self.operations
        if value is None:
            done = operations.use_median(self.assessment_id, self.criterion_id, self.report)
        else:
            done = (
                operations.record_answer(
                    self.assessment_id,
                    self.criterion_id,
                    value.score,
                    value.not_applicable,
                    self.report,
                )
                is not None
            )
        if not done:
            self.setObsolete(True)
        return done
