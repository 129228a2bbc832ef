"""The sync conflicts view: each answer changed both here and on the team server since the
sync before, with both copies and which one was kept (the newest).

Nothing is lost silently in a sync, but the losing copy is gone from the store: this list is
where a consultant sees it and, if the newest was not the right one, answers again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.presentation.numbers import rating_text
from csmaturity_app.store import AnswerConflict, AnswerSide
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.sync_status import short_local_time
from csmaturity_app.ui.window_size import restore_geometry

TITLE = "Sync Conflicts"
GEOMETRY = "sync_conflicts/geometry"
RULE = (
    "When both sides changed the same answer, the most recent change was kept everywhere "
    "(newest wins); the other copy is listed here so that you can answer again if it was "
    "the right one."
)
COLUMNS = (
    "Organization",
    "Assessed on",
    "Criterion",
    "Here",
    "Changed here",
    "On the server",
    "Changed on the server",
    "Kept",
)
CRITERION_COLUMN, HERE_COLUMN, SERVER_COLUMN, KEPT_COLUMN = 2, 3, 5, 7
KEPT_HERE = "This computer's"
KEPT_SERVER = "The server's"
NOT_APPLICABLE = "Not applicable"  # when the model cannot be read for its own label
NOTES_SHOWN = 60  # characters of notes shown in the table; the tooltip has them all
SORT_ROLE = Qt.ItemDataRole.UserRole


# The English above are what the tests read; shown, each is translated here.
def _column_names() -> list[str]:
    return [
        QCoreApplication.translate("sync_conflicts", "Organization"),
        QCoreApplication.translate("sync_conflicts", "Assessed on"),
        QCoreApplication.translate("sync_conflicts", "Criterion"),
        QCoreApplication.translate("sync_conflicts", "Here"),
        QCoreApplication.translate("sync_conflicts", "Changed here"),
        QCoreApplication.translate("sync_conflicts", "On the server"),
        QCoreApplication.translate("sync_conflicts", "Changed on the server"),
        QCoreApplication.translate("sync_conflicts", "Kept"),
    ]


def _rule() -> str:
    return QCoreApplication.translate(
        "sync_conflicts",
        "When both sides changed the same answer, the most recent change was kept everywhere "
        "(newest wins); the other copy is listed here so that you can answer again if it was "
        "the right one.",
    )


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the table shows it: a text per column, and what each sorts by."""

    texts: tuple[str, ...]
    sort_keys: tuple[object, ...]
    tips: tuple[str, ...]
    kept_here: bool


def value_text(side: AnswerSide, model: MaturityModel | None) -> str:
    """ "2 Largely in place · “seen at the audit”": the rating as the model words it, then
    the notes' first line, shortened."""
    if model is not None:
        try:
            rating = rating_text(model, side.score, side.not_applicable)
        except KeyError:  # a score the model does not have: said as the number
            rating = str(side.score)
    elif side.not_applicable:
        rating = QCoreApplication.translate("sync_conflicts", "Not applicable")
    else:
        rating = (
            QCoreApplication.translate("sync_conflicts", "Unanswered")
            if side.score is None
            else str(side.score)
        )
    notes = side.notes.strip().splitlines()[0] if side.notes.strip() else ""
    if not notes:
        return rating
    if len(notes) > NOTES_SHOWN or "\n" in side.notes.strip():
        notes = notes[:NOTES_SHOWN].rstrip() + "\u2026"
    return QCoreApplication.translate(
        "sync_conflicts", "{rating} \u00b7 \u201c{notes}\u201d"
    ).format(rating=rating, notes=notes)


def _value_tip(side: AnswerSide, model: MaturityModel | None) -> str:
    rating = value_text(AnswerSide(side.score, side.not_applicable, "", side.updated_at), model)
    if not side.notes.strip():
        return rating
    return QCoreApplication.translate("sync_conflicts", "{rating}\n\nNotes:\n{notes}").format(
        rating=rating, notes=side.notes
    )


def conflict_rows(
    conflicts: Sequence[AnswerConflict], model_of: Callable[[str], MaturityModel | None]
) -> list[ConflictRow]:
    """The table's rows. `model_of(assessment_id)` gives the assessment's model (None when it
    cannot be read): asked once per assessment."""
    models: dict[str, MaturityModel | None] = {}
    rows = []
    for c in conflicts:
        if c.assessment_id not in models:
            models[c.assessment_id] = model_of(c.assessment_id)
        model = models[c.assessment_id]
        criterion = model.criteria_by_id.get(c.criterion_id) if model is not None else None
        statement = criterion.statement if criterion is not None else ""
        criterion_text = f"{c.criterion_id} \u2014 {statement}" if statement else c.criterion_id
        here_kept = c.winner == "here"
        texts = (
            c.organization,
            c.assessed_on,
            criterion_text,
            value_text(c.here, model),
            short_local_time(c.here.updated_at, seconds=True),
            value_text(c.server, model),
            short_local_time(c.server.updated_at, seconds=True),
            QCoreApplication.translate("sync_conflicts", "This computer's")
            if here_kept
            else QCoreApplication.translate("sync_conflicts", "The server's"),
        )
        sort_keys = (
            c.organization.casefold(),
            c.assessed_on,
            _criterion_key(c.criterion_id),
            texts[3].casefold(),
            c.here.updated_at,
            texts[5].casefold(),
            c.server.updated_at,
            texts[7],
        )
        tips = (
            c.organization,
            c.assessed_on,
            criterion_text,
            _value_tip(c.here, model),
            c.here.updated_at,
            _value_tip(c.server, model),
            c.server.updated_at,
            QCoreApplication.translate("sync_conflicts", "Changed more recently on this computer")
            if here_kept
            else QCoreApplication.translate(
                "sync_conflicts", "Changed more recently on the team server"
            ),
        )
        rows.append(ConflictRow(texts, sort_keys, tips, here_kept))
    return rows


def _criterion_key(criterion_id: str) -> tuple[object, ...]:
    """ "A.2" before "A.10": numbers in an id sort as numbers."""
    parts: list[object] = []
    number = ""
    word = ""
    for char in criterion_id:
        if char.isdigit():
            if word:
                parts.append((1, word.casefold()))
                word = ""
            number += char
        else:
            if number:
                parts.append((0, int(number)))
                number = ""
            word += char
    if number:
        parts.append((0, int(number)))
    if word:
        parts.append((1, word.casefold()))
    return tuple(parts)


class ConflictTableModel(QAbstractTableModel):
    def __init__(self, rows: list[ConflictRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == SORT_ROLE:
            return row.sort_keys[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.tips[column])
        kept_column = HERE_COLUMN if row.kept_here else SERVER_COLUMN
        if role == Qt.ItemDataRole.FontRole and column == kept_column:  # the copy kept: bold
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return _column_names()[section]
        return None


class _SortProxy(QSortFilterProxyModel):
    """Sorts by each column's own key (times as stamped, ids by their numbers)."""

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class SyncConflictsDialog(QDialog):
    """The conflicts of one sync (or of a preview: those a sync would have), as a sortable
    table; Ctrl+C copies the selected rows as text."""

    def __init__(
        self,
        parent: QWidget | None,
        conflicts: Sequence[AnswerConflict],
        model_of: Callable[[str], MaturityModel | None],
        heading: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("sync_conflicts", "Sync Conflicts"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = _label(heading)
        self.rule = _label(_rule())
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)

        self.model = ConflictTableModel(conflict_rows(conflicts, model_of), self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnsToContents()
        average = self.fontMetrics().averageCharWidth()
        for column in (HERE_COLUMN, SERVER_COLUMN):  # the notes are in the tooltip
            header.resizeSection(column, min(header.sectionSize(column), 26 * average))
        # The criterion's statement takes the width left: every other column stays in view.
        header.setSectionResizeMode(CRITERION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(
            QCoreApplication.translate("sync_conflicts", "Answers changed on both sides")
        )
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.view)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selection)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.view.setFocus()
        restore_geometry(self, QSettings().value(GEOMETRY), 1200, 520)

    def cell(self, row: int, column: int) -> str:
        """The text shown at a row (as sorted now) and column."""
        return str(self.proxy.index(row, column).data() or "")

    def selected_text(self) -> str:
        """The selected rows as tab-separated lines, with the header first."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        lines = ["\t".join(_column_names())]
        lines += ["\t".join(self.cell(r, c) for c in range(len(COLUMNS))) for r in rows]
        return "\n".join(lines)

    def copy_selection(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.selected_text())

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY, self.saveGeometry())
        super().done(result)


def _label(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names may hold markup
    return label
