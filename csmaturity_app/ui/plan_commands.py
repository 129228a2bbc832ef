"""Undoable changes to an organization's targets and roadmap, on the main window's undo
stack (Edit > Undo).

Each command does its work in `redo` (pushing it does it), goes through `Operations.attempt`
(a refusal is said once, in the window that acted, and the command becomes obsolete: there
is nothing to undo), and says `Operations.plan_changed` when something changed. Undo and
redo put back exactly the records the store handed out (`restore_action`), so that an
action keeps its id, and with it its place in a sync, across undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import ActionRecord, Store, TargetRecord
from csmaturity_app.ui.markup import escape_mnemonic

if TYPE_CHECKING:
    from csmaturity_app.ui.operations import Operations, Report

T = TypeVar("T")

TITLE_IN_MENU = 40  # an action's title in "Undo Edit action “…”": its first characters


def short_title(title: str) -> str:
    """An action's title as an undo text quotes it: short, and its "&" shown as typed."""
    if len(title) > TITLE_IN_MENU:
        title = title[: TITLE_IN_MENU - 1].rstrip() + "\u2026"
    return escape_mnemonic(title)


class _PlanCommand(QUndoCommand):
    """What every plan command shares: the store call through `attempt`, and the signal."""

    def __init__(self, operations: Operations, organization_id: str, text: str, report: Report):
        super().__init__(text)
        self.operations = operations
        self.organization_id = organization_id
        self.report = report
        self.ok = True

    def _run(self, change: Callable[[], T], changed: Callable[[T], bool] | None = None) -> T | None:
        """One change in one write transaction; None (and obsolete) when refused. When
        `changed` says the store changed nothing, the command is obsolete too (an undo step
        that undoes nothing) and nobody is told."""
        store = self.operations.store

        def written() -> T:
            with store.writing():
                return change()

        done = self.operations.attempt(written, self.report)
        if done is None:
            self.setObsolete(True)
            return None
        if changed is not None and not changed(done):
            self.setObsolete(True)
            return done
        self.operations.plan_changed(self.organization_id)
        return done

    def _delete(self, records: list[ActionRecord]) -> bool:
        store = self.operations.store
        for record in reversed(records):
            store.delete_action(record.id)
        return True

    def _restore(self, records: list[ActionRecord]) -> list[ActionRecord]:
        store = self.operations.store
        return [store.restore_action(r) for r in records]


class TargetCommand(_PlanCommand):
    """Set a target (`stage_level`), or clear it (`stage_level` None). Setting one also
    builds the roadmap when `build` is said, in the same step: one undo takes back both the
    target and the actions it added, as one decision of the consultant's."""

    def __init__(
        self,
        operations: Operations,
        organization_id: str,
        model: MaturityModel,
        stage_level: int | None,
        due_on: date | None,
        report: Report,
        *,
        build: bool = False,
    ) -> None:
        text = (
            QCoreApplication.translate("TargetCommand", "Clear target")
            if stage_level is None
            else QCoreApplication.translate("TargetCommand", "Set target")
        )
        super().__init__(operations, organization_id, text, report)
        self.model = model
        self.stage_level, self.due_on = stage_level, due_on
        self.build = build
        self.before: TargetRecord | None = None
        self.after: TargetRecord | None = None
        self.added: list[ActionRecord] = []
        self._built = False

    def redo(self) -> None:
        self.ok = self._run(self._forward) is not None

    def undo(self) -> None:
        self._run(self._back)

    def _forward(self) -> bool:
        store = self.operations.store
        org, model = self.organization_id, self.model
        self.before = next((t for t in store.targets(org) if t.model_id == model.id), None)
        if self.stage_level is None:
            store.clear_target(org, model.id)
            return True
        self.after = store.set_target(org, model, self.stage_level, self.due_on)
        if self.build and not self._built:
            self._built = True
            if _has_assessment(store, org, model.id):
                self.added = store.build_roadmap(org, model.id)
        elif self.added:
            self.added = self._restore(self.added)
        return True

    def _back(self) -> bool:
        store = self.operations.store
        self._delete(self.added)
        if self.before is None:
            store.clear_target(self.organization_id, self.model.id)
        else:
            store.set_target(
                self.organization_id, self.model, self.before.stage_level, self.before.due_on
            )
        return True


def _has_assessment(store: Store, organization_id: str, model_id: str) -> bool:
    """Whether the roadmap can be built: the organization has an assessment on the model
    (any version). Its list of assessments, not its plan: far less to read."""
    return any(a.model_id == model_id for a in store.assessments(organization_id))


class BuildRoadmapCommand(_PlanCommand):
    """Add the actions the target asks for and the roadmap lacks; undo deletes them."""

    def __init__(
        self, operations: Operations, organization_id: str, model_id: str, report: Report
    ) -> None:
        text = QCoreApplication.translate("BuildRoadmapCommand", "Build roadmap")
        super().__init__(operations, organization_id, text, report)
        self.model_id = model_id
        self.added: list[ActionRecord] = []
        self._built = False

    def redo(self) -> None:
        store = self.operations.store

        def forward() -> list[ActionRecord]:
            if self._built:
                return self._restore(self.added)
            return store.build_roadmap(self.organization_id, self.model_id)

        added = self._run(forward)
        self.ok = added is not None
        if added is not None:
            self._built = True
            self.added = added
            if not added:
                self.setObsolete(True)  # nothing was added: nothing to undo

    def undo(self) -> None:
        self._run(lambda: self._delete(self.added))


class AddActionCommand(_PlanCommand):
    """An action of the consultant's own at the end of the roadmap; undo deletes it."""

    def __init__(
        self,
        operations: Operations,
        organization_id: str,
        model_id: str,
        title: str,
        report: Report,
    ) -> None:
        text = QCoreApplication.translate("AddActionCommand", "Add action")
        super().__init__(operations, organization_id, text, report)
        self.model_id, self.title = model_id, title
        self.added: ActionRecord | None = None

    def redo(self) -> None:
        store = self.operations.store

        def forward() -> ActionRecord:
            if self.added is not None:
                return store.restore_action(self.added)
            return store.add_action(self.organization_id, self.model_id, self.title)

        added = self._run(forward)
        self.ok = added is not None
        if added is not None:
            self.added = added

    def undo(self) -> None:
        added = self.added
        if added is not None:
            self._run(lambda: self.operations.store.delete_action(added.id))


class DeleteActionCommand(_PlanCommand):
    """Delete an action; undo puts it back, with its id and place."""

    def __init__(self, operations: Operations, action: ActionRecord, report: Report) -> None:
        text = QCoreApplication.translate(
            "DeleteActionCommand", "Delete action \u201c{title}\u201d"
        ).format(title=short_title(action.title))
        super().__init__(operations, action.organization_id, text, report)
        self.action = action

    def redo(self) -> None:
        removed = self._run(lambda: self.operations.store.delete_action(self.action.id))
        self.ok = removed is not None
        if removed is not None:
            self.action = removed

    def undo(self) -> None:
        back = self._run(lambda: self.operations.store.restore_action(self.action))
        if back is not None:
            self.action = back


class EditActionCommand(_PlanCommand):
    """Change some fields of an action (`before` and `after` name the same fields)."""

    def __init__(
        self,
        operations: Operations,
        action: ActionRecord,
        before: Mapping[str, object],
        after: Mapping[str, object],
        report: Report,
    ) -> None:
        text = QCoreApplication.translate(
            "EditActionCommand", "Edit action \u201c{title}\u201d"
        ).format(title=short_title(action.title))
        super().__init__(operations, action.organization_id, text, report)
        self.action_id = action.id
        self.before, self.after = dict(before), dict(after)
        self.stamp = action.updated_at  # as it was: the store keeps it when nothing changes
        self._done = False

    def redo(self) -> None:
        store = self.operations.store

        def changed(record: ActionRecord) -> bool:
            # "Kim " over "Kim": the store keeps "Kim", and the record as it was
            return record.updated_at != self.stamp

        def edit() -> ActionRecord:
            return store.edit_action(self.action_id, **self.after)

        # only the first time: a redo after an undo changes what the undo put back
        self.ok = self._run(edit, None if self._done else changed) is not None
        self._done = True

    def undo(self) -> None:
        store = self.operations.store
        self._run(lambda: store.edit_action(self.action_id, **self.before))


class MoveActionsCommand(_PlanCommand):
    """Give actions new places in the roadmap (`before` and `after`: id -> position)."""

    def __init__(
        self,
        operations: Operations,
        organization_id: str,
        before: Mapping[str, int],
        after: Mapping[str, int],
        text: str,
        report: Report,
    ) -> None:
        super().__init__(operations, organization_id, text, report)
        self.before, self.after = dict(before), dict(after)

    def redo(self) -> None:
        self.ok = self._place(self.after)

    def undo(self) -> None:
        self._place(self.before)

    def _place(self, positions: dict[str, int]) -> bool:
        store = self.operations.store

        def place() -> bool:
            for action_id, position in positions.items():
                store.edit_action(action_id, position=position)
            return True

        return self._run(place) is not None
