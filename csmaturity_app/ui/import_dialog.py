"""The import plan: what importing a snapshot will do to this store, asked before it is done.

The plan comes from a dry run of the import (the same work, rolled back), so the counts are
exactly what the import will do unless the store changes in between.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.exchange import MergeOutcome

COLUMNS = ("New", "Updated", "Unchanged", "Kept as here")
COLUMN_TIPS = (
    "Not in this store yet: added",
    "In this store, changed more recently in the file: the file's version replaces it",
    "The same here and in the file",
    "Differs, but was changed more recently here than in the file: this store's version is kept",
)
KINDS = ("Organizations", "Assessments", "Answers")


def plan_rows(plan: MergeOutcome) -> list[tuple[str, list[int]]]:
    """The table of the dialog: per kind of record, the counts in the order of `COLUMNS`."""
    return [
        (kind, [counts.new, counts.updated, counts.unchanged, counts.conflicts])
        for kind, counts in zip(
            KINDS, (plan.organizations, plan.assessments, plan.answers), strict=True
        )
    ]


def conflict_lines(plan: MergeOutcome) -> list[str]:
    """The conflicts as the plan lists them (the first few), and how many more there are."""
    total = plan.organizations.conflicts + plan.assessments.conflicts + plan.answers.conflicts
    lines = list(plan.conflicts)
    if total > len(lines):
        lines.append(f"\u2026 and {total - len(lines):,} more")
    return lines


class ImportPlanDialog(QDialog):
    """Counts per kind of record, the conflicts, then Import or Cancel (Close alone when the
    import would change nothing). When the file holds rows stamped in the future, Import
    waits for the box that accepts them to be ticked: they would win over later changes."""

    def __init__(
        self, parent: QWidget | None, file_name: str, store_name: str, plan: MergeOutcome
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import snapshot")
        self.plan = plan
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        rows = f"{plan.rows:,} row" + ("" if plan.rows == 1 else "s")
        if plan.changes_anything:
            heading = f"Importing \u201c{file_name}\u201d ({rows}) into {store_name} will do this:"
        else:
            heading = (
                f"Nothing to import: {store_name} already holds everything in "
                f"\u201c{file_name}\u201d ({rows})."
            )
        self.heading = _label(heading, wrap=True)
        layout.addWidget(self.heading)

        self.table = _table(plan_rows(plan))
        layout.addWidget(self.table)

        if plan.model_versions_new:
            layout.addWidget(
                _label(
                    f"It also brings {plan.model_versions_new} maturity model "
                    f"version{'s' if plan.model_versions_new > 1 else ''} new to this store."
                )
            )

        self.conflicts: QPlainTextEdit | None = None
        lines = conflict_lines(plan)
        if lines:
            layout.addWidget(
                _label("Kept as here (changed more recently in this store than in the file):")
            )
            self.conflicts = QPlainTextEdit("\n".join(lines), readOnly=True)
            self.conflicts.setTabChangesFocus(True)
            line = self.conflicts.fontMetrics().lineSpacing()
            self.conflicts.setFixedHeight(line * min(len(lines) + 1, 7) + line // 2)
            layout.addWidget(self.conflicts)

        self.future_box: QCheckBox | None = None
        if plan.changes_anything and plan.future_rows:
            layout.addWidget(_label(future_text(plan), True))
            self.future_box = QCheckBox("Import the rows stamped in the &future")
            self.future_box.setToolTip(
                "Was the clock of the computer that wrote the file wrong? Its rows would win "
                "over every change made later, here or elsewhere."
            )
            layout.addWidget(self.future_box)

        buttons = QDialogButtonBox()
        if plan.changes_anything:
            self.note = _label("An import cannot be undone: Edit > Undo does not take it back.")
            layout.addWidget(self.note)
            self.import_button: QPushButton | None = buttons.addButton(
                "&Import", QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.import_button.setDefault(True)
            self.default_button = self.import_button
            if self.future_box is not None:
                self.import_button.setEnabled(False)
                self.future_box.toggled.connect(self.import_button.setEnabled)
        else:
            self.import_button = None
            self.default_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # any height to spare goes above the buttons
        layout.addSpacing(4)
        layout.addWidget(buttons)
        (self.future_box or self.default_button).setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    @property
    def accept_future(self) -> bool:
        """Whether the import lets through the rows stamped in the future."""
        return self.future_box is not None and self.future_box.isChecked()

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


def future_text(plan: MergeOutcome) -> str:
    """The rows stamped in the future, for a person: the latest as a date and time (UTC), not
    the file's ISO 8601."""
    try:
        moment = datetime.fromisoformat(plan.latest_future).astimezone(UTC)
        latest = f"{moment.day} {moment:%B %Y, %H:%M} UTC"
    except (TypeError, ValueError):
        latest = str(plan.latest_future)
    if plan.future_rows == 1:
        return f"1 row is stamped in the future ({latest}): it would win over later changes."
    return (
        f"{plan.future_rows:,} rows are stamped in the future, the latest {latest}: they would "
        "win over later changes."
    )


def _label(text: str, wrap: bool = False) -> QLabel:
    # Only text of unknown length wraps: a wrapped label is often given a line too many.
    label = QLabel(text, wordWrap=wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _table(rows: list[tuple[str, list[int]]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(COLUMNS))
    table.setHorizontalHeaderLabels(COLUMNS)
    table.setVerticalHeaderLabels([kind for kind, _ in rows])
    for column, tip in enumerate(COLUMN_TIPS):
        header_item = table.horizontalHeaderItem(column)
        if header_item is not None:
            header_item.setToolTip(tip)
    for row, (_kind, counts) in enumerate(rows):
        for column, count in enumerate(counts):
            item = QTableWidgetItem(f"{count:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(COLUMN_TIPS[column])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, column, item)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setHighlightSections(False)
    return table
