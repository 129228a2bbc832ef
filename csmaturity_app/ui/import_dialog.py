"""The import plan: what importing a snapshot will do to this store, asked before it is done.

The plan comes from a dry run of the import (the same work, rolled back), so the counts are
exactly what the import will do unless the store changes in between.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
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

from csmaturity_app import i18n
from csmaturity_app.exchange import MergeOutcome
from csmaturity_app.i18n import formats

COLUMNS = ("New", "Updated", "Unchanged", "Kept as here")
COLUMN_TIPS = (
    "Not in this store yet: added",
    "In this store, changed more recently in the file: the file's version replaces it",
    "The same here and in the file",
    "Differs, but was changed more recently here than in the file: this store's version is kept",
)
KINDS = ("Organizations", "Assessments", "Answers")


# The English above are keys (and what the tests read); shown, they are translated here.
def _column_names() -> list[str]:
    return [
        QCoreApplication.translate("ImportPlanDialog", "New"),
        QCoreApplication.translate("ImportPlanDialog", "Updated"),
        QCoreApplication.translate("ImportPlanDialog", "Unchanged"),
        QCoreApplication.translate("ImportPlanDialog", "Kept as here"),
    ]


def _column_tips() -> list[str]:
    return [
        QCoreApplication.translate("ImportPlanDialog", "Not in this store yet: added"),
        QCoreApplication.translate(
            "ImportPlanDialog",
            "In this store, changed more recently in the file: the file's version replaces it",
        ),
        QCoreApplication.translate("ImportPlanDialog", "The same here and in the file"),
        QCoreApplication.translate(
            "ImportPlanDialog",
            "Differs, but was changed more recently here than in the file: this store's "
            "version is kept",
        ),
    ]


def _kind_names() -> dict[str, str]:
    return {
        "Organizations": QCoreApplication.translate("ImportPlanDialog", "Organizations"),
        "Assessments": QCoreApplication.translate("ImportPlanDialog", "Assessments"),
        "Answers": QCoreApplication.translate("ImportPlanDialog", "Answers"),
    }


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
        lines.append(
            QCoreApplication.translate("ImportPlanDialog", "\u2026 and {count} more").format(
                count=formats.integer(total - len(lines))
            )
        )
    return lines


class ImportPlanDialog(QDialog):
    """Counts per kind of record, the conflicts, then Import or Cancel (Close alone when the
    import would change nothing). When the file holds rows stamped in the future, Import
    waits for the box that accepts them to be ticked: they would win over later changes."""

    def __init__(
        self, parent: QWidget | None, file_name: str, store_name: str, plan: MergeOutcome
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import snapshot"))
        self.plan = plan
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        rows = (
            self.tr("{count} row") if i18n.plural_is_one(plan.rows) else self.tr("{count} rows")
        ).format(count=formats.integer(plan.rows))
        if plan.changes_anything:
            heading = self.tr(
                "Importing \u201c{name}\u201d ({rows}) into {store} will do this:"
            ).format(name=file_name, rows=rows, store=store_name)
        else:
            heading = self.tr(
                "Nothing to import: {store} already holds everything in \u201c{name}\u201d "
                "({rows})."
            ).format(name=file_name, rows=rows, store=store_name)
        self.heading = _label(heading, wrap=True)
        layout.addWidget(self.heading)

        self.table = _table(plan_rows(plan))
        layout.addWidget(self.table)

        if plan.model_versions_new:
            layout.addWidget(
                _label(
                    (
                        self.tr("It also brings {count} maturity model version new to this store.")
                        if i18n.plural_is_one(plan.model_versions_new)
                        else self.tr(
                            "It also brings {count} maturity model versions new to this store."
                        )
                    ).format(count=formats.integer(plan.model_versions_new))
                )
            )

        self.conflicts: QPlainTextEdit | None = None
        lines = conflict_lines(plan)
        if lines:
            layout.addWidget(
                _label(
                    self.tr("Kept as here (changed more recently in this store than in the file):")
                )
            )
            self.conflicts = QPlainTextEdit("\n".join(lines), readOnly=True)
            self.conflicts.setTabChangesFocus(True)
            line = self.conflicts.fontMetrics().lineSpacing()
            self.conflicts.setFixedHeight(line * min(len(lines) + 1, 7) + line // 2)
            layout.addWidget(self.conflicts)

        self.future_box: QCheckBox | None = None
        if plan.changes_anything and plan.future_rows:
            layout.addWidget(_label(future_text(plan), True))
            self.future_box = QCheckBox(self.tr("Import the rows stamped in the &future"))
            self.future_box.setToolTip(
                self.tr(
                    "Was the clock of the computer that wrote the file wrong? Its rows would win "
                    "over every change made later, here or elsewhere."
                )
            )
            layout.addWidget(self.future_box)

        buttons = QDialogButtonBox()
        if plan.changes_anything:
            self.note = _label(
                self.tr("An import cannot be undone: Edit > Undo does not take it back.")
            )
            layout.addWidget(self.note)
            self.import_button: QPushButton | None = buttons.addButton(
                self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
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
        # Equal columns, each wide enough for the longest heading (French runs longer).
        header = self.table.horizontalHeader()
        widest = max(header.fontMetrics().horizontalAdvance(name) for name in _column_names())
        table_width = (
            self.table.verticalHeader().sizeHint().width()
            + len(COLUMNS) * (widest + 3 * header.fontMetrics().averageCharWidth())
            + 2 * self.table.frameWidth()
        )
        margins = layout.contentsMargins()
        self.setMinimumWidth(
            max(
                self.fontMetrics().averageCharWidth() * 72,
                table_width + margins.left() + margins.right(),
            )
        )

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
        latest = QCoreApplication.translate("ImportPlanDialog", "{date}, {time} UTC").format(
            date=formats.long_date(moment.date()), time=f"{moment:%H:%M}"
        )
    except (TypeError, ValueError):
        latest = str(plan.latest_future)
    if plan.future_rows == 1:
        return QCoreApplication.translate(
            "ImportPlanDialog",
            "1 row is stamped in the future ({latest}): it would win over later changes.",
        ).format(latest=latest)
    return QCoreApplication.translate(
        "ImportPlanDialog",
        "{count} rows are stamped in the future, the latest {latest}: they would win over "
        "later changes.",
    ).format(count=formats.integer(plan.future_rows), latest=latest)


def _label(text: str, wrap: bool = False) -> QLabel:
    # Only text of unknown length wraps: a wrapped label is often given a line too many.
    label = QLabel(text, wordWrap=wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _table(rows: list[tuple[str, list[int]]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(COLUMNS))
    table.setHorizontalHeaderLabels(_column_names())
    kinds = _kind_names()
    table.setVerticalHeaderLabels([kinds.get(kind, kind) for kind, _ in rows])
    tips = _column_tips()
    for column, tip in enumerate(tips):
        header_item = table.horizontalHeaderItem(column)
        if header_item is not None:
            header_item.setToolTip(tip)
    for row, (_kind, counts) in enumerate(rows):
        for column, count in enumerate(counts):
            item = QTableWidgetItem(formats.integer(count))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(tips[column])
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
