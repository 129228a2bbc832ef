"""The Roadmap tab's table: one row per action of the organization's roadmap, in its order,
and the editors its cells open.

The item model only shows: an edit goes to `edit` (the tab's, which goes through
`Operations` as an undo step), and the table shows what the store says afterwards, so that a
refused value goes back to what was stored. What a reader must notice is said in words (the
State column's "Overdue", "Achieved 2027-03-02") and shown by colour as well: an overdue row
is tinted, a finished one (achieved, done or dropped) muted, a dropped one struck through.
Colours are mixed into the view's own palette, so that they read in light and dark themes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from csmaturity_app.presentation.plan import (
    action_title,
    stage_label_of,
    state_text,
    status_label,
)
from csmaturity_app.store import ACTION_STATUSES, OPEN_STATUSES, PlanItem
from csmaturity_app.ui.colours import mix
from csmaturity_app.ui.markup import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
Edit = Callable[[str, dict[str, object]], bool]  # action id, changes: True when stored

COLUMNS = (
    "#",
    "Stage",
    "Action",
    "Criterion",
    "Owner",
    "Due",
    "Status",
    "State",
    "Notes",
    "Private notes",
)
(
    NUMBER,
    STAGE,
    TITLE,
    CRITERION,
    OWNER,
    DUE,
    STATUS,
    STATE,
    NOTES,
    PRIVATE_NOTES,
) = range(len(COLUMNS))
# The column each editable cell changes, as `Store.edit_action` names it.
FIELDS = {
    TITLE: "title",
    OWNER: "owner",
    DUE: "due_on",
    STATUS: "status",
    NOTES: "notes",
    PRIVATE_NOTES: "private_notes",
}
TIPS = {
    TITLE: "What is to be done (F2 or Enter edits)",
    OWNER: "Who does it",
    DUE: "Due date, YYYY-MM-DD; empty for none",
    STATUS: "Open, in progress, done or dropped",
    STATE: "Overdue: open or in progress past its date. Achieved: a later assessment rates "
    "its criterion fully in place",
    NOTES: "Notes the client may read",
    PRIVATE_NOTES: "Your own notes: never in a client-safe report, plan or snapshot",
}
OVERDUE = QColor("#D55E00")  # Okabe-Ito vermilion: stands out for most colour-blind readers
OVERDUE_TINT = 0.22  # how much of it an overdue row's background takes
DUE_HINT = "YYYY-MM-DD, or empty for no date"
CHECK = "\u2713 "


def headings() -> tuple[str, ...]:
    """`COLUMNS` in the window's language (the constants stay the source language's)."""
    return (
        "#",
        QCoreApplication.translate("RoadmapModel", "Stage"),
        QCoreApplication.translate("RoadmapModel", "Action"),
        QCoreApplication.translate("RoadmapModel", "Criterion"),
        QCoreApplication.translate("RoadmapModel", "Owner"),
        QCoreApplication.translate("RoadmapModel", "Due"),
        QCoreApplication.translate("RoadmapModel", "Status"),
        QCoreApplication.translate("RoadmapModel", "State"),
        QCoreApplication.translate("RoadmapModel", "Notes"),
        QCoreApplication.translate("RoadmapModel", "Private notes"),
    )


def tips() -> dict[int, str]:
    """`TIPS` in the window's language."""
    return {
        TITLE: QCoreApplication.translate("RoadmapModel", "What is to be done (F2 or Enter edits)"),
        OWNER: QCoreApplication.translate("RoadmapModel", "Who does it"),
        DUE: QCoreApplication.translate("RoadmapModel", "Due date, YYYY-MM-DD; empty for none"),
        STATUS: QCoreApplication.translate("RoadmapModel", "Open, in progress, done or dropped"),
        STATE: QCoreApplication.translate(
            "RoadmapModel",
            "Overdue: open or in progress past its date. Achieved: a later assessment rates "
            "its criterion fully in place",
        ),
        NOTES: QCoreApplication.translate("RoadmapModel", "Notes the client may read"),
        PRIVATE_NOTES: QCoreApplication.translate(
            "RoadmapModel", "Your own notes: never in a client-safe report, plan or snapshot"
        ),
    }


def due_hint() -> str:
    return QCoreApplication.translate("RoadmapModel", "YYYY-MM-DD, or empty for no date")


def overdue_fill(background: QColor) -> QColor:
    """An overdue row's background: the view's own, tinted towards vermilion."""
    return mix(background, OVERDUE, OVERDUE_TINT)


def one_line(text: str) -> str:
    """Notes in a cell: their lines joined (the tooltip and the editor show them whole)."""
    return " ".join(text.split())


def _finished(item: PlanItem) -> bool:
    return item.achieved_by is not None or item.action.status not in OPEN_STATUSES


class RoadmapTableModel(QAbstractTableModel):
    def __init__(self, palette: QPalette, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[PlanItem, ...] = ()
        self._palette = palette
        self.edit: Edit | None = None  # set by the tab: where an edit goes

    # -- what is shown

    def show_items(self, items: tuple[PlanItem, ...]) -> None:
        if items == self.items:
            return
        if [i.action.id for i in items] == [i.action.id for i in self.items]:
            # the same actions in the same order: the cells change, the selection stays
            self.items = items
            if items:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(items) - 1, len(COLUMNS) - 1)
                )
            return
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        if self.items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1)
            )

    def row_of(self, action_id: str) -> int:
        return next((n for n, i in enumerate(self.items) if i.action.id == action_id), -1)

    # -- the item model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headings()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tips().get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.overdue:
                return QBrush(overdue_fill(self._palette.color(QPalette.ColorRole.Base)))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if _finished(item) and not item.overdue:
                palette = self._palette
                text = palette.color(QPalette.ColorRole.Text)
                return QBrush(mix(text, palette.color(QPalette.ColorRole.Base), 0.45))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if item.overdue and column == STATE:
                font = QFont()
                font.setBold(True)
                return font
            if item.action.status == "dropped" and column == TITLE:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: PlanItem, row: int, column: int) -> str:
        a = item.action
        if column == NUMBER:
            return str(row + 1)
        if column == STAGE:
            return stage_label_of(item)
        if column == TITLE:
            return one_line(action_title(a, item.wording))
        if column == CRITERION:
            return f"{a.criterion_id} {item.criterion.statement}" if item.criterion else ""
        if column == OWNER:
            return a.owner
        if column == DUE:
            return a.due_on.isoformat() if a.due_on else ""
        if column == STATUS:
            return status_label(a.status)
        if column == STATE:
            state = state_text(item)
            return CHECK + state if item.achieved_by is not None else state
        if column == NOTES:
            return one_line(a.notes)
        if column == PRIVATE_NOTES:
            return one_line(a.private_notes)
        return ""

    def _value(self, item: PlanItem, column: int) -> object:
        a = item.action
        if column == DUE:
            return a.due_on.isoformat() if a.due_on else ""
        if column == TITLE:
            return action_title(a, item.wording)  # the words shown are the words edited
        if column in FIELDS:
            return getattr(a, FIELDS[column])
        return self._text(item, 0, column)

    def _tooltip(self, item: PlanItem, column: int) -> str:
        a = item.action
        if column == CRITERION:
            if item.criterion is None:
                if a.criterion_id:
                    return a.criterion_id
                return QCoreApplication.translate("RoadmapModel", "An action of your own")
            return plain_tooltip(f"{a.criterion_id} {item.criterion.statement}")
        if column == STATE and item.achieved_by is not None:
            return plain_tooltip(
                QCoreApplication.translate(
                    "RoadmapModel",
                    "Achieved: the assessment of {date} rates its criterion fully in place",
                ).format(date=item.achieved_by.assessed_on.isoformat())
            )
        if column == STATE and item.overdue:
            return QCoreApplication.translate(
                "RoadmapModel", "Overdue: still open past its due date"
            )
        if column == TITLE:
            return plain_tooltip(action_title(a, item.wording))
        if column in (NOTES, PRIVATE_NOTES):
            return plain_tooltip(getattr(a, FIELDS[column]))
        return ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        field = FIELDS.get(index.column())
        if field is None:
            return False
        item = self.items[index.row()]
        text = "" if value is None else str(value)
        if field == "due_on":
            text = text.strip()
        if text == self._value(item, index.column()):
            return False  # nothing changed: no undo step
        if field == "due_on":
            return self.edit(item.action.id, {field: text or None})  # empty: no date
        return self.edit(item.action.id, {field: text})


class RoadmapDelegate(QStyledItemDelegate):
    """The editors: a combo of the statuses, a line for the due date (empty: no date; the
    store says when it cannot read one), several lines for the notes, one for the rest."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == STATUS:
            combo = QComboBox(parent)
            combo.setAccessibleName(QCoreApplication.translate("RoadmapModel", "Status"))
            for status in ACTION_STATUSES:
                combo.addItem(status_label(status), status)
            return combo
        if column in (NOTES, PRIVATE_NOTES):
            notes = QPlainTextEdit(parent)
            notes.setAccessibleName(headings()[column])
            notes.setTabChangesFocus(True)
            return notes
        line = QLineEdit(parent)
        line.setAccessibleName(headings()[column])
        if column == DUE:
            line.setPlaceholderText(due_hint())
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QPlainTextEdit):
            # room for a few lines, and for a wider note than the column shows
            rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 5))
            rect.setWidth(max(rect.width(), editor.fontMetrics().averageCharWidth() * 48))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Notes take several lines: Enter starts a new one, Ctrl+Enter saves, as Tab does.
        if (
            isinstance(editor, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)
