"""Every change the UI makes goes through `Operations`: applied to the store, made undoable
where it matters, and announced to the views by signals (as Anki's `aqt.operations` does).

Views never write to the store themselves. A store error (disk full, locked, read-only)
goes to the `report` callback of the caller, the window whose action it was, which shows it
once; the operation returns None, the caller puts its widgets back as they were, and nothing
half-done is left behind. Errors are not broadcast: every other window would show it again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from csmaturity_app.errors import UserFacingError
from csmaturity_app.maturity import AnswerValue, MaturityModel
from csmaturity_app.store import (
    ActionRecord,
    AnswerRecord,
    AssessmentRecord,
    DeletedAssessment,
    OrganizationRecord,
    RespondentRating,
    RespondentRecord,
    Store,
)
from csmaturity_app.ui.markup import escape_mnemonic
from csmaturity_app.ui.plan_commands import (
    AddActionCommand,
    BuildRoadmapCommand,
    DeleteActionCommand,
    EditActionCommand,
    MoveActionsCommand,
    TargetCommand,
    short_title,
)
from csmaturity_app.ui.respondent_commands import RenameRespondentCommand, RespondentCommand

T = TypeVar("T")

Report = Callable[[str], None]  # shows a message to the user, in the window that acted

# Undo texts follow "Undo " in the Edit menu: each language words them to fit its own
# (French: "Annuler la suppression de « … »").


class Operations(QObject):
    organizationsChanged = Signal()
    # An organization's list of assessments changed (one added, a status or date changed):
    # its id, or "" for any organization.
    assessmentListChanged = Signal(str)
    assessmentRecordChanged = Signal(str)  # one assessment's own record (its status): its id
    answerChanged = Signal(str, str)  # assessment id, criterion id
    # Assessments put back by an undo (their organization's id, theirs): the window selects them.
    assessmentsRestored = Signal(str, list)
    # An assessment's respondents were added, edited or removed: its id. (Their ratings, and
    # the consensus that follows them, are answers: `answerChanged` says those.)
    respondentsChanged = Signal(str)
    # An organization's targets or roadmap changed (a target set or cleared, an action added,
    # edited, moved, deleted or put back): its id.
    planChanged = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def attempt(self, action: Callable[[], T], report: Report) -> T | None:
        """Run one store call; on a user-facing error, `report` it and return None."""
        try:
            return action()
        except UserFacingError as exc:
            report(str(exc))
            return None

    # -- organizations (undoable from the main window)

    def create_organization(self, name: str, report: Report) -> OrganizationRecord | None:
        org = self.attempt(lambda: self.store.create_organization(name), report)
        if org is not None:
            self.undo_stack.push(
                _TrashCommand(
                    self,
                    org.id,
                    QCoreApplication.translate("Operations", "Create \u201c{name}\u201d").format(
                        name=escape_mnemonic(org.name)
                    ),
                    report,
                    redo_deletes=False,
                    already_done=True,
                )
            )
            self.organizationsChanged.emit()
        return org

    def rename_organization(
        self, organization_id: str, name: str, report: Report
    ) -> OrganizationRecord | None:
        before = self.attempt(lambda: self.store.organization(organization_id), report)
        if before is None:
            return None
        after = self.attempt(lambda: self.store.rename_organization(organization_id, name), report)
        if after is not None and after.name != before.name:
            self.undo_stack.push(
                _RenameCommand(self, organization_id, before.name, after.name, report)
            )
            self.organizationsChanged.emit()
        return after

    def delete_organization(self, organization_id: str, report: Report) -> bool:
        """Move to the trash; undo takes it back out. The trash is emptied when the store closes."""
        org = self.attempt(lambda: self.store.organization(organization_id), report)
        if org is None:
            return False
        command = _TrashCommand(
            self,
            organization_id,
            QCoreApplication.translate("Operations", "Delete \u201c{name}\u201d").format(
                name=escape_mnemonic(org.name)
            ),
            report,
            redo_deletes=True,
            already_done=False,
        )
        self.undo_stack.push(command)  # push() runs redo(), which deletes
        return command.ok

    # -- assessments

    def create_assessment(
        self,
        organization_id: str,
        model: MaturityModel,
        assessor: str,
        assessed_on: date,
        report: Report,
    ) -> AssessmentRecord | None:
        record = self.attempt(
            lambda: self.store.create_assessment(organization_id, model, assessor, assessed_on),
            report,
        )
        if record is not None:
            self.assessmentListChanged.emit(organization_id)
            self.organizationsChanged.emit()
        return record

    def delete_assessments(self, assessment_ids: list[str], text: str, report: Report) -> bool:
        """Delete assessments of one organization, all or none, as one undo step (`text`
        words it in the Edit menu); undo puts them back exactly (`Store.restore_assessment`).
        Unlike an organization's trash, nothing is kept in the store: the undo stack holds
        what was removed, and closing the store lets it go."""
        command = _DeleteAssessmentsCommand(self, assessment_ids, text, report)
        self.undo_stack.push(command)  # push() runs redo(), which deletes
        return command.ok

    def carry_forward(
        self, assessment_id: str, model: MaturityModel, report: Report
    ) -> AssessmentRecord | None:
        """A new draft under `model`, a newer version (see `Store.carry_forward`)."""
        record = self.attempt(lambda: self.store.carry_forward(assessment_id, model), report)
        if record is not None:
            self.assessmentListChanged.emit(record.organization_id)
            self.organizationsChanged.emit()
        return record

    def set_status(
        self, assessment_id: str, status: str, report: Report
    ) -> AssessmentRecord | None:
        record = self.attempt(lambda: self.store.set_status(assessment_id, status), report)
        if record is not None:
            self.assessmentRecordChanged.emit(assessment_id)
            self.assessmentListChanged.emit(record.organization_id)
            self.organizationsChanged.emit()
        return record

    def set_position(self, assessment_id: str, position: str, report: Report) -> None:
        # Not announced: where the wizard stands changes no view.
        self.attempt(lambda: self.store.set_position(assessment_id, position), report)

    # -- answers (saved the moment they are given)

    def record_answer(
        self,
        assessment_id: str,
        criterion_id: str,
        score: int | None,
        not_applicable: bool,
        report: Report,
        needs_review: bool = False,
    ) -> AnswerRecord | None:
        """Rate one criterion; notes are kept. Returns None if it could not be saved."""
        record = self.attempt(
            lambda: self.store.record_answer(
                assessment_id, criterion_id, score, not_applicable, needs_review=needs_review
            ),
            report,
        )
        if record is not None:
            self.answerChanged.emit(assessment_id, criterion_id)
        return record

    def record_notes(
        self, assessment_id: str, criterion_id: str, notes: str, report: Report
    ) -> AnswerRecord | None:
        record = self.attempt(
            lambda: self.store.record_notes(assessment_id, criterion_id, notes), report
        )
        if record is not None:
            self.answerChanged.emit(assessment_id, criterion_id)
        return record

    def record_private_notes(
        self, assessment_id: str, criterion_id: str, private_notes: str, report: Report
    ) -> AnswerRecord | None:
        """The consultant's private notes of one criterion (the consensus answer's): as notes,
        but every client-safe output leaves them out."""
        record = self.attempt(
            lambda: self.store.record_private_notes(assessment_id, criterion_id, private_notes),
            report,
        )
        if record is not None:
            self.answerChanged.emit(assessment_id, criterion_id)
        return record

    # -- respondents (see `respondent_commands`: add and remove are undoable here)

    def plan_changed(self, organization_id: str) -> None:
        """Say an organization's targets or roadmap changed: the Roadmap tab, the target line
        of the results and the progression chart's target follow."""
        self.planChanged.emit(organization_id)

    # -- targets and the roadmap (see `plan_commands`: each change is one undo step)

    def set_target(
        self,
        organization_id: str,
        model: MaturityModel,
        stage_level: int,
        due_on: date | None,
        report: Report,
    ) -> list[ActionRecord] | None:
        """Set the target and build the roadmap towards it, as one step; returns the actions
        added (None: refused)."""
        command = TargetCommand(
            self, organization_id, model, stage_level, due_on, report, build=True
        )
        self.undo_stack.push(command)  # push() runs redo(), which sets it
        return command.added if command.ok else None

    def clear_target(self, organization_id: str, model: MaturityModel, report: Report) -> bool:
        command = TargetCommand(self, organization_id, model, None, None, report)
        self.undo_stack.push(command)
        return command.ok

    def build_roadmap(
        self, organization_id: str, model_id: str, report: Report
    ) -> list[ActionRecord] | None:
        """Add the actions the target asks for (none: all are there); None: refused."""
        command = BuildRoadmapCommand(self, organization_id, model_id, report)
        self.undo_stack.push(command)
        return command.added if command.ok else None

    def add_action(
        self, organization_id: str, model_id: str, title: str, report: Report
    ) -> ActionRecord | None:
        command = AddActionCommand(self, organization_id, model_id, title, report)
        self.undo_stack.push(command)
        return command.added if command.ok else None

    def edit_action(
        self, action_id: str, changes: dict[str, object], report: Report
    ) -> ActionRecord | None:
        """Change some of an action's fields (as `Store.edit_action` names them); a refused
        value is said once and nothing changes."""
        old = self.attempt(lambda: self.store.action(action_id), report)
        if old is None:
            return None
        before = {name: getattr(old, name) for name in changes}
        command = EditActionCommand(self, old, before, changes, report)
        self.undo_stack.push(command)
        return self.attempt(lambda: self.store.action(action_id), report) if command.ok else None

    def delete_action(self, action: ActionRecord, report: Report) -> bool:
        command = DeleteActionCommand(self, action, report)
        self.undo_stack.push(command)
        return command.ok

    def move_action(self, action: ActionRecord, offset: int, report: Report) -> bool:
        """Move an action `offset` places up (negative) or down the roadmap. The roadmap is
        numbered afresh from 0, so that two actions sharing a place (merged from two laptops)
        cannot keep a move from showing."""
        rows = self.attempt(lambda: self.store.actions(action.organization_id), report)
        if rows is None:
            return False
        order = [a.id for a in rows]
        if action.id not in order:
            return False
        here = order.index(action.id)
        there = max(0, min(len(order) - 1, here + offset))
        if there == here:
            return False
        order.insert(there, order.pop(here))
        before = {a.id: a.position for a in rows}
        after = {action_id: n for n, action_id in enumerate(order)}
        changed = [i for i in order if before[i] != after[i]]
        title = short_title(action.title)
        if offset < 0:
            text = QCoreApplication.translate("Operations", "Move up \u201c{title}\u201d").format(
                title=title
            )
        else:
            text = QCoreApplication.translate("Operations", "Move down \u201c{title}\u201d").format(
                title=title
            )
        command = MoveActionsCommand(
            self,
            action.organization_id,
            {i: before[i] for i in changed},
            {i: after[i] for i in changed},
            text,
            report,
        )
        self.undo_stack.push(command)
        return command.ok

    def respondents_changed(self, assessment_id: str) -> None:
        """Say an assessment's respondents changed, and with them its answers: the first one
        added writes the assessor down, and removing one moves the median they were part of."""
        self.respondentsChanged.emit(assessment_id)
        self.answerChanged.emit(assessment_id, "")

    def add_respondent(
        self, assessment_id: str, name: str, role: str, report: Report
    ) -> RespondentRecord | None:
        def add() -> tuple[bool, RespondentRecord]:
            with self.store.writing():
                alone = self.store.respondents(assessment_id)[0].implicit
                return alone, self.store.add_respondent(assessment_id, name, role)

        done = self.attempt(add, report)
        added = None if done is None else done[1]
        if done is not None and added is not None:
            command = RespondentCommand(self, added, report, removing=False, already_done=True)
            command.wrote_assessor = done[0] and added.position > 0
            self.undo_stack.push(command)
            self.respondents_changed(assessment_id)
        return added

    def edit_respondent(
        self, respondent_id: str, name: str, role: str, report: Report
    ) -> RespondentRecord | None:
        before = self.attempt(lambda: self.store.respondent(respondent_id), report)
        if before is None:
            return None
        after = self.attempt(lambda: self.store.edit_respondent(respondent_id, name, role), report)
        if after is not None and (after.name, after.role) != (before.name, before.role):
            self.undo_stack.push(RenameRespondentCommand(self, before, after, report))
            self.respondents_changed(after.assessment_id)
        return after

    def remove_respondent(self, respondent: RespondentRecord, report: Report) -> int | None:
        """Remove a respondent and their ratings (returns how many); undo puts them back."""
        command = RespondentCommand(self, respondent, report, removing=True, already_done=False)
        self.undo_stack.push(command)  # push() runs redo(), which removes
        return command.removed_count if command.ok else None

    def record_respondent_answer(
        self,
        assessment_id: str,
        respondent_id: str,
        criterion_id: str,
        score: int | None,
        not_applicable: bool,
        report: Report,
    ) -> RespondentRating | None:
        """Rate one criterion as a respondent (their notes are kept); the consensus follows."""
        rated = self.attempt(
            lambda: self.store.record_respondent_answer(
                respondent_id, criterion_id, score, not_applicable
            ),
            report,
        )
        if rated is not None:
            self.answerChanged.emit(assessment_id, criterion_id)
        return rated

    def record_respondent_notes(
        self, assessment_id: str, respondent_id: str, criterion_id: str, notes: str, report: Report
    ) -> RespondentRating | None:
        rated = self.attempt(
            lambda: self.store.record_respondent_notes(respondent_id, criterion_id, notes), report
        )
        if rated is not None:
            self.answerChanged.emit(assessment_id, criterion_id)
        return rated

    def use_median(self, assessment_id: str, criterion_id: str, report: Report) -> bool:
        """Hand a criterion's consensus back to the respondents' median. False: refused."""
        done = self.attempt(
            lambda: self.store.use_median(assessment_id, criterion_id) or True, report
        )
        if done:
            self.answerChanged.emit(assessment_id, criterion_id)
        return bool(done)


class AnswerCommand(QUndoCommand):
    """Change one rating, undoably (for a wizard's own undo stack).

    `before` is the rating to go back to (`AnswerValue()` is unanswered).
    `before_review`: it was a carried answer awaiting review, and undo makes it one again.
    `report` shows a refusal in the window whose stack it is, undo and redo included.
    """

    def __init__(
        self,
        operations: Operations,
        assessment_id: str,
        criterion_id: str,
        before: AnswerValue,
        after: AnswerValue,
        text: str,
        report: Report,
        before_review: bool = False,
    ) -> None:
        super().__init__(text)
        self.report = report
        self.before_review = before_review
        self.operations = operations
        self.assessment_id = assessment_id
        self.criterion_id = criterion_id
        self.before = before
        self.after = after
        self.ok = True

    def redo(self) -> None:
        self.ok = self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before, self.before_review)

    def _apply(self, value: AnswerValue, needs_review: bool = False) -> bool:
        record = self.operations.record_answer(
            self.assessment_id,
            self.criterion_id,
            value.score,
            value.not_applicable,
            self.report,
            needs_review,
        )
        if record is None:
            self.setObsolete(True)  # could not be saved: nothing to undo
        return record is not None


class _RenameCommand(QUndoCommand):
    def __init__(
        self, operations: Operations, organization_id: str, old: str, new: str, report: Report
    ) -> None:
        # the text of the Edit menu's Undo and Redo actions
        super().__init__(
            QCoreApplication.translate("Operations", "Rename \u201c{name}\u201d").format(
                name=escape_mnemonic(old)
            )
        )
        self.operations, self.organization_id, self.old, self.new = (
            operations,
            organization_id,
            old,
            new,
        )
        self.report = report
        self._first = True

    def redo(self) -> None:
        if self._first:  # already renamed by rename_organization
            self._first = False
            return
        self._rename(self.new)

    def undo(self) -> None:
        self._rename(self.old)

    def _rename(self, name: str) -> None:
        store = self.operations.store
        renamed = self.operations.attempt(
            lambda: store.rename_organization(self.organization_id, name), self.report
        )
        if renamed:
            self.operations.organizationsChanged.emit()


class _TrashCommand(QUndoCommand):
    """Deleting moves an organization to the trash and undo takes it out; creating is the
    same pair the other way round (undoing a creation moves the new organization to the trash).
    """

    def __init__(
        self,
        operations: Operations,
        organization_id: str,
        text: str,
        report: Report,
        *,
        redo_deletes: bool,
        already_done: bool,
    ) -> None:
        super().__init__(text)
        self.report = report
        self.operations = operations
        self.organization_id = organization_id
        self.redo_deletes = redo_deletes
        self._skip_redo = already_done
        self.ok = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.ok = self._set_deleted(self.redo_deletes)

    def undo(self) -> None:
        self._set_deleted(not self.redo_deletes)

    def _set_deleted(self, deleted: bool) -> bool:
        store = self.operations.store
        org_id = self.organization_id
        change = store.delete_organization if deleted else store.restore_organization
        done = self.operations.attempt(lambda: change(org_id) or True, self.report)
        if done is None:
            self.setObsolete(True)
            return False
        self.operations.organizationsChanged.emit()
        self.operations.assessmentListChanged.emit(org_id)
        return True


class _DeleteAssessmentsCommand(QUndoCommand):
    """Deleting assessments, each change in one transaction: all of them go, or none."""

    def __init__(
        self, operations: Operations, assessment_ids: list[str], text: str, report: Report
    ) -> None:
        super().__init__(text)
        self.operations = operations
        self.assessment_ids = list(assessment_ids)
        self.report = report
        self.deleted: list[DeletedAssessment] = []
        self.ok = True

    def redo(self) -> None:
        store = self.operations.store

        def delete() -> list[DeletedAssessment]:
            with store.writing():
                return [store.delete_assessment(i) for i in self.assessment_ids]

        deleted = self.operations.attempt(delete, self.report)
        if deleted is None:
            self.ok = False
            self.setObsolete(True)
            return
        self.deleted = deleted
        self._announce()

    def undo(self) -> None:
        store = self.operations.store

        def restore() -> list[AssessmentRecord]:
            with store.writing():
                return [store.restore_assessment(d) for d in self.deleted]

        if self.operations.attempt(restore, self.report) is None:
            self.setObsolete(True)
            return
        self._announce()
        self.operations.assessmentsRestored.emit(
            self.deleted[0].organization_id, [d.id for d in self.deleted]
        )

    def _announce(self) -> None:
        for organization_id in dict.fromkeys(d.organization_id for d in self.deleted):
            self.operations.assessmentListChanged.emit(organization_id)
        self.operations.organizationsChanged.emit()
