"""Assessment > Respondents…: who rates an assessment (name, role) and how much each has
answered; add, edit and remove them. Every change goes through `Operations` (Edit > Undo, or
Ctrl+Z here, takes back an add, an edit or a removal with the ratings that went with it).

Names and roles are the user's text: shown as plain text everywhere (the table, the question
before a removal). A complete assessment's respondents are shown read-only, as its answers are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app import i18n
from csmaturity_app.i18n import formats
from csmaturity_app.presentation.respondents import role_text
from csmaturity_app.store import RespondentRecord, RespondentsView
from csmaturity_app.ui.confirmations import confirm, undo_hint
from csmaturity_app.ui.markup import plain_message
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.window_size import restore_geometry

GEOMETRY_KEY = "respondents/geometry"
DEFAULT_SIZE = (640, 360)
COLUMNS = ("Name", "Role", "Answered")  # the source language's; shown through `headings()`
READ_ONLY_TEXT = (
    "This assessment is complete: its respondents are read-only. Reopen it to change them."
)


def headings() -> tuple[str, str, str]:
    return (
        QCoreApplication.translate("RespondentsDialog", "Name"),
        QCoreApplication.translate("RespondentsDialog", "Role"),
        QCoreApplication.translate("RespondentsDialog", "Answered"),
    )


def read_only_text() -> str:
    return QCoreApplication.translate(
        "RespondentsDialog",
        "This assessment is complete: its respondents are read-only. Reopen it to change them.",
    )


Index = QModelIndex | QPersistentModelIndex


def answered_counts(view: RespondentsView) -> dict[str, int]:
    """How many criteria each respondent has rated (a score or not applicable)."""
    return {
        r.id: sum(1 for a in view.ratings.get(r.id, {}).values() if a.answered)
        for r in view.respondents
    }


def remove_text(respondent: RespondentRecord, ratings: int) -> str:
    """The question before a removal: who, and how many ratings go with them."""
    if ratings:
        what = (
            QCoreApplication.translate(
                "RespondentsDialog",
                "Their {count} rating goes with them, and the consensus that is the "
                "respondents' median follows the others.",
            )
            if i18n.plural_is_one(ratings)
            else QCoreApplication.translate(
                "RespondentsDialog",
                "Their {count} ratings go with them, and the consensus that is the "
                "respondents' median follows the others.",
            )
        ).format(count=formats.integer(ratings))
    else:
        what = QCoreApplication.translate("RespondentsDialog", "They have rated nothing yet.")
    if respondent.role:
        question = QCoreApplication.translate(
            "RespondentsDialog", "Remove the respondent \u201c{name}\u201d ({role})?"
        )
    else:
        question = QCoreApplication.translate(
            "RespondentsDialog", "Remove the respondent \u201c{name}\u201d?"
        )
    question = question.format(name=respondent.name, role=role_text(respondent))
    return f"{question} {what}\n\n{undo_hint()}"


class RespondentsTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.respondents: list[RespondentRecord] = []
        self.counts: dict[str, int] = {}
        self.total = 0

    def show_view(self, view: RespondentsView) -> None:
        self.beginResetModel()
        self.respondents = list(view.respondents)
        self.counts = answered_counts(view)
        self.total = len(view.model.criteria)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.respondents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        respondent = self.respondents[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return respondent.name
            if column == 1:
                return role_text(respondent)
            return self.tr("{count} of {total}").format(
                count=formats.integer(self.counts.get(respondent.id, 0)),
                total=formats.integer(self.total),
            )
        if role == Qt.ItemDataRole.ToolTipRole and respondent.implicit:
            return self.tr(
                "The assessor: their ratings are the answers until someone else is added"
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headings()[section]
        return None


class RespondentEditor(QDialog):
    """Name and role of one respondent. `save` stores them and returns an error to show (the
    dialog then stays open, nothing stored) or None."""

    def __init__(
        self,
        title: str,
        save: Callable[[str, str], str | None],
        respondent: RespondentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.name = QLineEdit(respondent.name if respondent else "")
        self.name.setObjectName("respondent-name")
        self.name.setPlaceholderText(self.tr("Pat Lee"))
        self.role = QLineEdit(respondent.role if respondent else "")
        self.role.setObjectName("respondent-role")
        self.role.setPlaceholderText(self.tr("VP Customer Success"))
        self.error = QLabel()
        self.error.setObjectName("respondent-error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        role_label = QLabel(self.tr("R&ole:"))
        role_label.setBuddy(self.role)
        form.addRow(name_label, self.name)
        form.addRow(role_label, self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        if not self.name.text().strip():
            return
        problem = self.save(self.name.text(), self.role.text())
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            self.name.setFocus()
            self.name.selectAll()
            return
        super().accept()


class RespondentsDialog(QDialog):
    def __init__(
        self, operations: Operations, assessment_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("respondents-dialog")
        self.operations = operations
        self.assessment_id = assessment_id
        self.view: RespondentsView | None = None
        self.editor: RespondentEditor | None = None
        self.model = RespondentsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("respondents")
        self.table.setAccessibleName(self.tr("Respondents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit())

        self.note = QLabel()
        self.note.setObjectName("respondents-note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add\u2026"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.remove_button = QPushButton(self.tr("&Remove\u2026"))
        self.add_button.setToolTip(self.tr("Add a respondent (Insert)"))
        self.edit_button.setToolTip(self.tr("Change the name or role (Enter)"))
        self.remove_button.setToolTip(self.tr("Remove the respondent with their ratings (Delete)"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter on the list edits the respondent: no button may take it as the default one
        # besides (see `keyPressEvent`).
        for button in (*close.buttons(), self.add_button, self.edit_button, self.remove_button):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add),
            (QKeySequence(Qt.Key.Key_Delete), self.remove),
        ):
            action = self.table.addAction("")  # the table's own keys, where the focus is
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
        stack = operations.undo_stack
        for action, keys in (
            (stack.createUndoAction(self, self.tr("&Undo")), QKeySequence.StandardKey.Undo),
            (stack.createRedoAction(self, self.tr("&Redo")), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcuts(keys)
            self.addAction(action)

        self._listening = True
        operations.respondentsChanged.connect(self._on_changed)
        operations.answerChanged.connect(self._on_changed)
        operations.assessmentRecordChanged.connect(self._on_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_enabled())
        restore_geometry(self, QSettings().value(GEOMETRY_KEY), *DEFAULT_SIZE)
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    # -- reading

    def reload(self) -> None:
        view = self.operations.attempt(
            lambda: self.operations.store.respondents_view(self.assessment_id), self._report
        )
        if view is None:
            return
        self.view = view
        record = view.record
        self.setWindowTitle(
            self.tr("Respondents \u2014 {organization} {date}").format(
                organization=record.organization_name,
                date=formats.long_date(record.assessed_on),
            )
        )
        current = self.current_respondent()
        self.model.show_view(view)
        row = next(
            (
                n
                for n, r in enumerate(self.model.respondents)
                if current is not None and r.id == current.id
            ),
            0,
        )
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        if self.read_only:
            self.note.setText(read_only_text())
        elif not view.several:
            self.note.setText(
                self.tr(
                    "One voice so far: the assessor, whose ratings are the answers. Add the "
                    "people who rate the criteria too; the consensus is then their median until "
                    "you set it."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Each respondent rates every criterion (in the wizard, Rating as, or by "
                    "questionnaire); the consensus is their median until the facilitator sets it."
                )
            )
        self._update_enabled()

    @property
    def read_only(self) -> bool:
        return self.view is not None and self.view.record.status == "complete"

    def current_respondent(self) -> RespondentRecord | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.respondents):
            return None
        return self.model.respondents[index.row()]

    def _update_enabled(self) -> None:
        current = self.current_respondent()
        writable = not self.read_only
        self.add_button.setEnabled(writable)
        # The implicit assessor is no row of its own: it is written down with the first added.
        can_change = writable and current is not None and not current.implicit
        self.edit_button.setEnabled(can_change)
        self.remove_button.setEnabled(can_change)

    # -- changing

    def add(self) -> None:
        if self.read_only:
            return

        def save(name: str, role: str) -> str | None:
            problems: list[str] = []
            added = self.operations.add_respondent(self.assessment_id, name, role, problems.append)
            if added is None:
                return problems[0] if problems else self.tr("the respondent could not be added")
            self._select(added.id)
            return None

        self._open_editor(RespondentEditor(self.tr("Add respondent"), save, None, self))

    def edit(self) -> None:
        current = self.current_respondent()
        if current is None or current.implicit or self.read_only:
            return

        def save(name: str, role: str) -> str | None:
            problems: list[str] = []
            edited = self.operations.edit_respondent(current.id, name, role, problems.append)
            if edited is not None:
                return None
            return problems[0] if problems else self.tr("not saved")

        self._open_editor(RespondentEditor(self.tr("Edit respondent"), save, current, self))

    def remove(self) -> None:
        current = self.current_respondent()
        if current is None or current.implicit or self.read_only or self.view is None:
            return
        ratings = answered_counts(self.view).get(current.id, 0)
        if not confirm(
            self,
            self.tr("Remove respondent"),
            remove_text(current, ratings),
            yes=self.tr("&Remove"),
        ):
            return
        self.operations.remove_respondent(current, self._report)

    def _open_editor(self, editor: RespondentEditor) -> None:
        """Window-modal, not blocking: the keys typed into it are the user's (or a test's)."""
        self.editor = editor
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(self._editor_closed)
        editor.open()

    def _editor_closed(self) -> None:
        self.editor = None
        self.activateWindow()  # the keys come back here, to the list
        self.table.setFocus()

    def _select(self, respondent_id: str) -> None:
        for row, respondent in enumerate(self.model.respondents):
            if respondent.id == respondent_id:
                self.table.selectRow(row)

    def _on_changed(self, assessment_id: str, *_: object) -> None:
        if assessment_id == self.assessment_id:
            self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter was the list's (it edits): the view passes it on, and a dialog would press
        its default button with it, the editor's OK among its children's."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _report(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Respondents"), plain_message(message))

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self._listening:
            self._listening = False
            operations = self.operations
            for signal in (
                operations.respondentsChanged,
                operations.answerChanged,
                operations.assessmentRecordChanged,
            ):
                signal.disconnect(self._on_changed)
        super().done(result)
