"""The last page: how much is answered (overall and per stage), which criteria are still
unanswered and which carried answers are still to review (Enter or double-click jumps to one),
and marking the assessment complete."""

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

from csmaturity_app.maturity import Criterion, MaturityModel
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.wizard.look import (
    MutedLabel,
    heading,
    limit_to_readable_width,
    wrapped_label,
)
from csmaturity_app.ui.wizard.progress import (
    Answers,
    answered_count,
    criteria_to_review,
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
        self.setAccessibleName("Summary")
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
        self.unanswered = self._criteria_list("unanswered", "Unanswered criteria")
        layout.addWidget(self.unanswered, 2)

        # Answers carried forward from an earlier version of the model, not rated since.
        self.review_title = heading("", self, 1.15)
        self.review_title.setObjectName("review-title")
        layout.addWidget(self.review_title)
        self.review_hint = MutedLabel(
            "They came from the earlier assessment: check that each still holds and rate it "
            "(the same rating is fine) to clear the mark."
        )
        layout.addWidget(self.review_hint)
        self.review = self._criteria_list("to-review", "Carried answers to review")
        layout.addWidget(self.review, 1)

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

    def _criteria_list(self, name: str, accessible_name: str) -> QListWidget:
        listing = QListWidget()
        listing.setObjectName(name)
        listing.setAccessibleName(accessible_name)
        listing.setWordWrap(True)
        listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        listing.setMinimumHeight(self.fontMetrics().height() * 8)
        listing.itemActivated.connect(self._on_activated)
        return listing

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

        missing = unanswered_criteria(self.model, answers)
        self._fill(self.unanswered, missing)
        self.unanswered_title.setText(
            f"Unanswered criteria ({len(missing)})" if missing else "Every criterion is answered"
        )
        self.unanswered.setVisible(bool(missing))
        self.unanswered_hint.setVisible(bool(missing))

        to_review = criteria_to_review(self.model, answers)
        self._fill(self.review, to_review)
        count = len(to_review)
        self.review_title.setText(
            f"{count} carried answer{'' if count == 1 else 's'} to review" if count else ""
        )
        for widget in (self.review_title, self.review_hint, self.review):
            widget.setVisible(bool(to_review))

    def _fill(self, listing: QListWidget, criteria: list[Criterion]) -> None:
        """Refill a list of criteria, keeping the selected one selected."""
        selected = listing.currentItem()
        keep = selected.data(CRITERION_ROLE) if selected is not None else None
        listing.clear()
        for criterion in criteria:
            stage = self.model.stages_by_id[criterion.stage]
            item = QListWidgetItem(f"{criterion.id}  {criterion.statement}")
            item.setToolTip(
                plain_tooltip(f"{self.model.stage_label(stage)}: {criterion.statement}")
            )
            item.setData(CRITERION_ROLE, criterion.id)
            listing.addItem(item)
            if criterion.id == keep:
                listing.setCurrentItem(item)

    def unanswered_ids(self) -> list[str]:
        return _ids(self.unanswered)

    def review_ids(self) -> list[str]:
        return _ids(self.review)

    def set_read_only(self, read_only: bool) -> None:
        self.complete_button.setEnabled(not read_only)
        self.complete_button.setText(
            "Assessment is complete" if read_only else "Mark assessment complete"
        )

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(item.data(CRITERION_ROLE))


def _ids(listing: QListWidget) -> list[str]:
    return [listing.item(i).data(CRITERION_ROLE) for i in range(listing.count())]
