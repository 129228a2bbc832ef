"""The last page: how much is answered (overall and per stage), which criteria are still
unanswered (Enter or double-click jumps to one), and marking the assessment complete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.ui.wizard.look import (
    MutedLabel,
    heading,
    limit_to_readable_width,
    wrapped_label,
)
from csmaturity_app.ui.wizard.progress import (
    Answers,
    answered_count,
    progress_text,
    unanswered_criteria,
)

CRITERION_ROLE = Qt.ItemDataRole.UserRole


class SummaryPage(QScrollArea):
    jumpRequested = Signal(str)  # criterion id
    completeRequested = Signal()

    def __init__(self, model: MaturityModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("summary")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading("Summary", self, 1.5))
        self.total_label = wrapped_label()
        self.total_label.setObjectName("total")
        layout.addWidget(self.total_label)

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.stage_counts: dict[str, QLabel] = {}
        for row, stage in enumerate(model.stages):
            grid.addWidget(QLabel(model.stage_label(stage)), row, 0)
            count = QLabel()
            count.setObjectName(f"count-{stage.id}")
            grid.addWidget(count, row, 1)
            self.stage_counts[stage.id] = count
        layout.addLayout(grid)

        self.unanswered_title = heading("Unanswered criteria", self, 1.15)
        layout.addWidget(self.unanswered_title)
        self.unanswered_hint = MutedLabel(
            "Double-click one, or select it and press Enter, to go to it."
        )
        layout.addWidget(self.unanswered_hint)
        self.unanswered = QListWidget()
        self.unanswered.setObjectName("unanswered")
        self.unanswered.setAccessibleName("Unanswered criteria")
        self.unanswered.setWordWrap(True)
        self.unanswered.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unanswered.setMinimumHeight(self.fontMetrics().height() * 8)
        self.unanswered.itemActivated.connect(self._on_activated)
        layout.addWidget(self.unanswered, 1)

        self.complete_button = QPushButton("Mark assessment complete")
        self.complete_button.setObjectName("mark-complete")
        self.complete_button.setToolTip(
            "Freeze the answers: a complete assessment opens read-only until it is reopened"
        )
        self.complete_button.clicked.connect(self.completeRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.complete_button)
        layout.addLayout(buttons)
        limit_to_readable_width(content)
        self.setWidget(content)

    def update_answers(self, answers: Answers) -> None:
        total = len(self.model.criteria)
        done = answered_count(self.model.criteria, answers)
        self.total_label.setText(f"{done} of {total} criteria answered.")
        for stage in self.model.stages:
            criteria = self.model.criteria_of_stage(stage.id)
            label = self.stage_counts[stage.id]
            if criteria:
                label.setText(progress_text(answered_count(criteria, answers), len(criteria)))
            else:
                label.setText("achieved by definition")

        selected = self.unanswered.currentItem()
        keep = selected.data(CRITERION_ROLE) if selected is not None else None
        missing = unanswered_criteria(self.model, answers)
        self.unanswered.clear()
        for criterion in missing:
            stage = self.model.stages_by_id[criterion.stage]
            item = QListWidgetItem(f"{criterion.id}  {criterion.statement}")
            item.setToolTip(f"{self.model.stage_label(stage)}: {criterion.statement}")
            item.setData(CRITERION_ROLE, criterion.id)
            self.unanswered.addItem(item)
            if criterion.id == keep:
                self.unanswered.setCurrentItem(item)
        self.unanswered_title.setText(
            f"Unanswered criteria ({len(missing)})" if missing else "Every criterion is answered"
        )
        self.unanswered.setVisible(bool(missing))
        self.unanswered_hint.setVisible(bool(missing))

    def unanswered_ids(self) -> list[str]:
        return [
            self.unanswered.item(i).data(CRITERION_ROLE) for i in range(self.unanswered.count())
        ]

    def set_read_only(self, read_only: bool) -> None:
        self.complete_button.setEnabled(not read_only)
        self.complete_button.setText(
            "Assessment is complete" if read_only else "Mark assessment complete"
        )

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(item.data(CRITERION_ROLE))
