"""The results pane's Roadmap tab: the organization's targets with their gap, and its
roadmap of actions, edited in place from the keyboard.

The tab shows the organization of the assessment the pane shows (actions belong to the
organization, not to one assessment). Every change goes through `Operations` as one step
of the window's undo stack, and the tab reads the plan again when `Operations` says it
changed, or when the pane draws (an assessment completed may achieve an action). It reads
only while it is seen: rating in the wizard does not pay for a tab nobody looks at.

A value the store refuses (a title emptied, a date it cannot read) is said once in the
tab's message line, and the cell goes back to what is stored. A message box would take the
focus from the editor that is closing, and its commit would run again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import formats, plural_is_one
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog, builtin_catalog
from csmaturity_app.presentation.plan import gap_text, target_label
from csmaturity_app.store import PlanView, ScoredRecord
from csmaturity_app.ui.colours import mix
from csmaturity_app.ui.key_names import key_name
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results.flow_layout import FlowLayout
from csmaturity_app.ui.roadmap_model import (
    CRITERION,
    DUE,
    NOTES,
    NUMBER,
    OVERDUE,
    OWNER,
    PRIVATE_NOTES,
    STAGE,
    STATE,
    STATUS,
    TITLE,
    RoadmapDelegate,
    RoadmapTableModel,
)
from csmaturity_app.ui.wizard.look import MutedLabel, scaled_font

if TYPE_CHECKING:
    from csmaturity_app.ui.target_dialog import TargetDialog

# English, the keys of their translations (shown through tr)
EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "RoadmapTab",
        "Set a target, then Build Roadmap: every criterion between today's placement and the "
        "target becomes an action.",
    )
)
NO_TARGET_TEXT = str(
    QT_TRANSLATE_NOOP(
        "RoadmapTab", "No target yet. Set Target\u2026 ({keys}) names a stage and a date."
    )
)
SET_TARGET_KEYS = "Ctrl+Shift+T"
NEW_ACTION = str(QT_TRANSLATE_NOOP("RoadmapTab", "New action"))
DEBOUNCE_MS = 300  # answers given quickly in the wizard read the plan once they pause
# Each column's width: the text it is made for (dates, statuses, states shown whole), or
# so many average characters. The private notes take what is left; a narrow pane scrolls.
WIDTHS: dict[int, str | int] = {
    NUMBER: "000",
    STAGE: "2 Storming",
    TITLE: 32,
    CRITERION: 16,
    OWNER: 14,
    DUE: "2027-06-30",
    STATUS: "In progress",
    STATE: "\u2713 Achieved 2027-06-30",
    NOTES: 22,
    PRIVATE_NOTES: 22,
}


class _RoadmapTable(QTableView):
    """F2 edits the cell here: the window's F2 (rename the organization) would take it
    otherwise, a shortcut coming before the key reaches the table."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()  # the key press comes to the table, which edits
            return True
        return super().event(event)


class RoadmapTab(QWidget):
    """`show_assessment(scored)`: the roadmap of its organization; the assessment's model is
    the one a new target, a build and an action of one's own are on by default."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap-tab")
        self.operations = operations
        self.shown: ScoredRecord | None = None
        self.view_data: PlanView | None = None
        self.target_dialog: TargetDialog | None = None  # while it is open
        self._stale = False
        self._org_of: dict[str, str] = {}  # assessment id -> its organization's, as asked
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._reload_if_seen)
        self._connect(operations)
        self._build()
        self._build_actions()

    # -- building

    def _build(self) -> None:
        self.targets_label = QLabel()
        self.targets_label.setObjectName("roadmap-targets")
        self.targets_label.setTextFormat(Qt.TextFormat.PlainText)
        self.targets_label.setWordWrap(True)
        self.targets_label.setFont(scaled_font(self, 1.05, bold=True))
        self.message = QLabel()
        self.message.setObjectName("roadmap-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()  # until there is something to say: the table takes the room

        self.model = RoadmapTableModel(self.palette(), self)
        self.model.edit = self._edit
        self.table = _RoadmapTable()
        self.table.setObjectName("roadmap-table")
        self.table.setAccessibleName(self.tr("Roadmap actions"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(RoadmapDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.EditKeyPressed | triggers.AnyKeyPressed | triggers.SelectedClicked
        )
        # Enter (and a double click) edits the cell, as F2 does.
        self.table.activated.connect(self._edit_cell)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the window's others
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        for column, width in WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            size = metrics.horizontalAdvance(width) if isinstance(width, str) else width * char
            header.resizeSection(column, size + 2 * char)  # the cell's margins
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(3 * char)

        self.empty = MutedLabel(self.tr(EMPTY_TEXT))
        self.empty.setObjectName("roadmap-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFont(scaled_font(self.empty, 1.1))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        self.buttons = FlowLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.targets_label)
        layout.addLayout(self.buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)

    def _build_actions(self) -> None:
        # The keys that edit the table work where the focus is in the tab (Delete elsewhere
        # deletes an organization); Set Target and Export wherever the focus is in the
        # window while the tab is seen (a shortcut of a hidden widget does nothing).
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        seen = Qt.ShortcutContext.WindowShortcut

        def action(
            text: str,
            slot: object,
            shortcut: str,
            tip: str,
            button: str,
            context: Qt.ShortcutContext = context,
        ) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(context)
                tip = f"{tip} ({QKeySequence(shortcut).toString()})"
            act.setToolTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            push = QPushButton(button)
            push.setToolTip(tip)
            push.setAutoDefault(False)
            push.clicked.connect(act.trigger)
            act.enabledChanged.connect(push.setEnabled)
            self.buttons.addWidget(push)
            return act

        self.set_target_action = action(
            self.tr("Set &Target\u2026"),
            self.set_target,
            SET_TARGET_KEYS,
            self.tr("The stage to reach, and by when"),
            self.tr("Set &Target\u2026"),
            seen,
        )
        self.build_action = action(
            self.tr("&Build Roadmap"),
            self.build_roadmap,
            "",
            self.tr(
                "Add an action for every criterion between the latest placement and the "
                "target that has none yet (Alt+B)"
            ),
            self.tr("&Build Roadmap"),
        )
        # No mnemonics here: Alt+A and Alt+D open the Assessment menu and delete an
        # organization; the keys below do these wherever the focus is in the tab.
        self.add_action = action(
            self.tr("&Add Action"),
            self.add_own_action,
            "Ins",
            self.tr("Add an action of your own"),
            self.tr("Add Action"),
        )
        self.delete_action = action(
            self.tr("&Delete Action"),
            self.delete_current,
            "Del",
            self.tr("Delete the selected action (Edit > Undo brings it back)"),
            self.tr("Delete Action"),
        )
        self.up_action = action(
            self.tr("Move &Up"),
            lambda: self.move_current(-1),
            "Ctrl+Up",
            self.tr("Move the action up"),
            self.tr("Move Up"),
        )
        self.down_action = action(
            self.tr("Move Do&wn"),
            lambda: self.move_current(1),
            "Ctrl+Down",
            self.tr("Move the action down"),
            self.tr("Move Down"),
        )
        self.export_action = action(
            self.tr("E&xport Action Plan\u2026"),
            self.export_plan,
            "Ctrl+Shift+E",
            self.tr("Write the action plan as an XLSX, CSV or JSON file"),
            self.tr("E&xport Action Plan\u2026"),
            seen,
        )
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _connect(self, operations: Operations, connect: bool = True) -> None:
        # An answer or a status in any assessment of the organization may achieve an action
        # (or no longer): not only in the assessments the pane shows.
        for signal, slot in (
            (operations.planChanged, self._plan_changed),
            (operations.answerChanged, self._answer_changed),
            (operations.assessmentRecordChanged, self._assessment_changed),
            (operations.assessmentListChanged, self._plan_changed),
        ):
            if connect:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def set_operations(self, operations: Operations) -> None:
        """Another store was opened: follow its operations."""
        self._connect(self.operations, connect=False)
        self.operations = operations
        self._connect(operations)
        self.shown = self.view_data = None
        self._org_of.clear()
        self.model.show_items(())

    # -- what is shown

    @property
    def organization_id(self) -> str | None:
        return self.shown.record.organization_id if self.shown else None

    def show_assessment(self, scored: ScoredRecord) -> None:
        """Show the roadmap of this assessment's organization (read now if seen, else when
        the tab is next shown). Another assessment of the same organization reads nothing:
        the tab follows the changes of its plan and of its assessments itself."""
        same = self.shown is not None and self.organization_id == scored.record.organization_id
        self.shown = scored
        self._org_of[scored.record.id] = scored.record.organization_id
        if same and not self._stale:
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def plan_view(self) -> PlanView | None:
        """The organization's plan as the tab shows it, read again first if it changed since
        (so that the pane's target line reads it once with the tab)."""
        if self._stale:
            self.reload()
        return self.view_data

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def stop_refreshing(self) -> None:
        """Drop the reload waiting to run (the store is closing); it reloads when next shown."""
        if self._timer.isActive():
            self._timer.stop()
            self._stale = True

    def _plan_changed(self, organization_id: str) -> None:
        if self.shown is not None and organization_id in ("", self.organization_id):
            self._timer.stop()
            self._stale = True
            if self.isVisible():
                self.reload()

    def _answer_changed(self, assessment_id: str, _criterion_id: str) -> None:
        self._assessment_changed(assessment_id)

    def _assessment_changed(self, assessment_id: str) -> None:
        org_id = self.organization_id
        if org_id is None or self._organization_of(assessment_id) != org_id:
            return
        self._stale = True  # read again once the ratings pause, or when next seen
        if self.isVisible():
            self._timer.start()

    def _organization_of(self, assessment_id: str) -> str | None:
        org_id = self._org_of.get(assessment_id)
        if org_id is None:
            try:
                org_id = self.operations.store.assessment(assessment_id).organization_id
            except UserFacingError:  # gone already: its deletion says so to the list
                return None
            self._org_of[assessment_id] = org_id
        return org_id

    def _reload_if_seen(self) -> None:
        if self._stale and self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the plan again, keeping the cell the user is on."""
        self._stale = False
        self._timer.stop()
        org_id = self.organization_id
        if org_id is None:
            return
        view = self.operations.attempt(lambda: self.operations.store.plan(org_id), self.say)
        if view is None:
            return
        current = self.table.currentIndex()
        current_id = self.model.items[current.row()].action.id if current.isValid() else None
        self.view_data = view
        self.model.show_items(view.items)
        self._show_targets(view)
        self.stack.setCurrentWidget(self.table if view.items else self.empty)
        if current_id is not None and self.table.currentIndex() != current:
            row = self.model.row_of(current_id)
            if row < 0:  # it went: the one now in its place, or the last
                row = min(current.row(), self.model.rowCount() - 1)
            self._select(row, current.column())
        elif not self.table.currentIndex().isValid():
            self._select(0, TITLE)  # the keyboard starts somewhere the eye can see
        self._update_actions()

    def _show_targets(self, view: PlanView) -> None:
        several = len(view.targets) > 1  # then each says its model
        lines = [
            (
                self.tr("{model}: {target} \u2014 {gap}")
                if several
                else self.tr("Target: {target} \u2014 {gap}")
            ).format(model=t.model.title, target=target_label(t), gap=gap_text(t, view.today))
            for t in view.targets
        ]
        self.targets_label.setText(
            "\n".join(lines) or self.tr(NO_TARGET_TEXT).format(keys=key_name(SET_TARGET_KEYS))
        )
        self.targets_label.setToolTip(plain_tooltip("\n".join(t.model.title for t in view.targets)))

    def _select(self, row: int, column: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, max(0, column)))

    def _update_actions(self) -> None:
        has_org = self.shown is not None
        has_row = self.table.currentIndex().isValid()
        row = self.table.currentIndex().row()
        self.set_target_action.setEnabled(has_org)
        self.build_action.setEnabled(has_org and bool(self.view_data and self.view_data.targets))
        self.add_action.setEnabled(has_org)
        self.delete_action.setEnabled(has_row)
        self.up_action.setEnabled(has_row and row > 0)
        self.down_action.setEnabled(has_row and row < self.model.rowCount() - 1)
        self.export_action.setEnabled(has_org)

    def say(self, text: str, problem: bool = True) -> None:
        """A line under the table (a refusal stands out); the window's status bar too."""
        palette = self.palette()
        colour = palette.color(QPalette.ColorRole.WindowText)
        if problem:
            colour = mix(colour, OVERDUE, 0.7)
        line_palette = QPalette(self.message.palette())
        line_palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message.setPalette(line_palette)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_palette(self.palette())

    # -- editing

    def _editing(self) -> bool:
        return self.table.state() == QAbstractItemView.State.EditingState

    def _edit_cell(self, index: QModelIndex) -> None:
        if not self._editing() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)

    def _edit(self, action_id: str, changes: dict[str, object]) -> bool:
        self.message.clear()
        self.message.hide()
        return self.operations.edit_action(action_id, changes, self.say) is not None

    def _models(self) -> list[MaturityModel]:
        """The models a target may be on: the installed ones (the window's catalog, read
        once), and the shown assessment's own if none of them has its id."""
        catalog = getattr(self.window(), "catalog", None)
        if not isinstance(catalog, ModelCatalog):
            catalog = builtin_catalog()
        models = catalog.current()
        if self.shown is not None and self.shown.model.id not in {m.id for m in models}:
            models.append(self.shown.model)
        return models

    def set_target(self) -> None:
        """Open the Set Target dialog (window-modal); its answer is acted on when it closes."""
        shown = self.shown
        if shown is None or self._editing() or self.target_dialog is not None:
            return
        from csmaturity_app.ui.target_dialog import TargetDialog

        org_id = shown.record.organization_id
        targets = self.operations.attempt(lambda: self.operations.store.targets(org_id), self.say)
        if targets is None:
            return
        dialog = TargetDialog(
            shown.record.organization_name,
            self._models(),
            shown.model.id,
            targets,
            shown.result.placed_level,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._target_chosen(dialog, org_id, result))
        self.target_dialog = dialog
        dialog.open()

    def _target_chosen(self, dialog: TargetDialog, org_id: str, result: int) -> None:
        from csmaturity_app.ui.target_dialog import CLEARED

        self.target_dialog = None
        model = dialog.model()
        if result == CLEARED:
            if self.operations.clear_target(org_id, model, self.say):
                cleared = self.tr("Target on {model} cleared; its actions stay.")
                self.say(cleared.format(model=model.title), False)
        elif result == QDialog.DialogCode.Accepted:
            added = self.operations.set_target(
                org_id, model, dialog.stage_level(), dialog.due_on(), self.say
            )
            if added is not None:
                built = self._built_text(model.id, len(added))
                self.say(self.tr("Target set. {built}").format(built=built), False)
        self.table.setFocus()

    def _built_text(self, model_id: str, added: int) -> str:
        if self._stale:
            self.reload()
        view = self.view_data
        targets = view.targets if view else ()
        target = next((t for t in targets if t.target.model_id == model_id), None)
        if added:
            if plural_is_one(added):
                text = self.tr("Roadmap: {count} action added.")
            else:
                text = self.tr("Roadmap: {count} actions added.")
            return text.format(count=formats.integer(added))
        if target is not None and target.latest is None:
            return self.tr(
                "The roadmap is built once the organization has an assessment on {model}."
            ).format(model=target.model.title)
        if target is not None and target.gap is not None and target.gap.reached:
            return self.tr("The target is reached: no actions added.")
        return self.tr(
            "The roadmap has an action for every criterion up to the target: none added."
        )

    def _build_model_id(self) -> str | None:
        """The target a build follows: the shown assessment's model's, else the first."""
        view = self.view_data
        if view is None or not view.targets or self.shown is None:
            return None
        ids = [t.target.model_id for t in view.targets]
        return self.shown.model.id if self.shown.model.id in ids else ids[0]

    def build_roadmap(self) -> None:
        model_id = self._build_model_id()
        org_id = self.organization_id
        if model_id is None or org_id is None or self._editing():
            if org_id is not None:
                self.say(
                    self.tr("Set a target first (Set Target\u2026, {keys}).").format(
                        keys=key_name(SET_TARGET_KEYS)
                    )
                )
            return
        added = self.operations.build_roadmap(org_id, model_id, self.say)
        if added is not None:
            self.say(self._built_text(model_id, len(added)), False)

    def add_own_action(self) -> None:
        shown = self.shown
        if shown is None or self._editing():
            return
        added = self.operations.add_action(
            shown.record.organization_id, shown.model.id, self.tr(NEW_ACTION), self.say
        )
        if added is None:
            return
        self.reload()  # shown at once, even if the tab was told before it was seen
        row = self.model.row_of(added.id)
        self._select(row, TITLE)
        self.table.setFocus()
        self.table.edit(self.model.index(row, TITLE))  # type the title over "New action"

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self._editing():
            return
        action = self.model.items[index.row()].action
        if self.operations.delete_action(action, self.say):
            self.say(self.tr("Action deleted. Ctrl+Z brings it back."), False)

    def move_current(self, offset: int) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self._editing():
            return
        self.operations.move_action(self.model.items[index.row()].action, offset, self.say)

    def export_plan(self) -> None:
        org_id = self.organization_id
        if org_id is None or self._editing():
            return
        # Loaded when first used: it brings openpyxl, which the window's start does without.
        from csmaturity_app.ui.plan_export import export_action_plan

        export_action_plan(self, self.operations.store, org_id)
