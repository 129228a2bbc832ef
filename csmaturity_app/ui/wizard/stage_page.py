"""The page of one stage: what the stage means, guidance for the assessor, then its criteria
grouped by dimension. It knows which of its criteria is the current one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from csmaturity_app.maturity import MaturityModel, Stage
from csmaturity_app.presentation.order import grouped_criteria
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.wizard.criterion_card import CriterionCard
from csmaturity_app.ui.wizard.keys import BINDINGS, PAGE_SEQUENCES
from csmaturity_app.ui.wizard.look import (
    READABLE_CHARS,
    RUBRIC_CHARS,
    MutedLabel,
    heading,
    limit_to_readable_width,
    scaled_font,
    wrapped_label,
)


class StagePage(QScrollArea):
    moveRequested = Signal(int)  # +1 next criterion, -1 previous (Down / Up)
    notesRequested = Signal()  # Enter

    def __init__(self, model: MaturityModel, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.stage = stage
        self.cards: list[CriterionCard] = []
        self.current_index = 0
        self.setObjectName(f"stage-{stage.id}")
        self.setAccessibleName(model.stage_label(stage))
        self.setAccessibleDescription(stage.description)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(model.stage_label(stage), self, 1.5))
        layout.addLayout(_readable(wrapped_label(stage.description)))
        if stage.guidance:
            guidance = MutedLabel(
                self.tr("For the assessor: {guidance}").format(guidance=stage.guidance)
            )
            guidance.setObjectName("stage-guidance")
            layout.addLayout(_readable(guidance))
        if stage.typical_profile:
            profile = MutedLabel(
                self.tr("A typical organization here: {profile}").format(
                    profile=stage.typical_profile
                )
            )
            profile.setObjectName("stage-profile")
            layout.addLayout(_readable(profile))

        groups = grouped_criteria(model, stage.id)
        if not groups:
            none = wrapped_label(
                self.tr(
                    "This {stage_word} has no criteria: it is achieved by definition. "
                    "There is nothing to rate here."
                ).format(stage_word=model.stage_word.lower())
            )
            none.setObjectName("achieved-by-definition")
            none.setFont(scaled_font(self, bold=True))
            layout.addSpacing(self.fontMetrics().height())
            layout.addWidget(none)
        for dimension, criteria in groups:
            layout.addSpacing(self.fontMetrics().height() // 2)
            title = wrapped_label(dimension.name)
            title.setFont(scaled_font(self, 1.1, bold=True))
            title.setToolTip(plain_tooltip(dimension.description))
            layout.addWidget(title)
            for criterion in criteria:
                card = CriterionCard(model, criterion)
                self.cards.append(card)
                layout.addWidget(card)
        layout.addStretch(1)
        wide = any(card.rubric.anchors for card in self.cards)
        limit_to_readable_width(content, RUBRIC_CHARS if wide else READABLE_CHARS)
        self.setWidget(content)

        for action, step in (("next_criterion", 1), ("previous_criterion", -1)):
            for sequence in BINDINGS[action].sequences:
                if sequence in PAGE_SEQUENCES:
                    self._page_shortcut(sequence).activated.connect(
                        lambda step=step: self.moveRequested.emit(step)
                    )
        self._page_shortcut("Return").activated.connect(self.notesRequested)
        self._page_shortcut("Enter").activated.connect(self.notesRequested)

    def _page_shortcut(self, sequence: str) -> QShortcut:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return shortcut

    def card(self, criterion_id: str) -> CriterionCard | None:
        for card in self.cards:
            if card.criterion_id == criterion_id:
                return card
        return None

    def index_of(self, criterion_id: str) -> int:
        for index, card in enumerate(self.cards):
            if card.criterion_id == criterion_id:
                return index
        return -1

    def current_card(self) -> CriterionCard | None:
        return self.cards[self.current_index] if self.cards else None

    def set_current(self, index: int) -> None:
        if not self.cards:
            return
        self.current_index = max(0, min(index, len(self.cards) - 1))
        for i, card in enumerate(self.cards):
            card.set_current(i == self.current_index)

    def ensure_current_visible(self) -> None:
        card = self.current_card()
        if card is not None and self.current_index == 0:
            self.verticalScrollBar().setValue(0)  # the first criterion: show the stage's text too
        elif card is not None:
            margin = self.fontMetrics().height()
            self.ensureWidgetVisible(card, 0, margin)

    def ensure_field_visible(self, field: QWidget) -> None:
        """Scroll so that the whole of a field shows (`ensureWidgetVisible` shows only a text
        field's cursor line), with a line to spare below it."""
        content = self.widget()
        if content is None:
            return
        centre = field.mapTo(content, QPoint(field.width() // 2, field.height() // 2))
        half = field.height() // 2 + self.fontMetrics().height()
        self.ensureVisible(centre.x(), centre.y(), 0, half)


def _readable(label: QLabel) -> QHBoxLayout:
    """Prose at a readable width on a page made wider for its rating columns. In a row with
    a stretch: a vertical layout would reckon the label's height at the full width, not the
    capped one, and squeeze the cards below to make up for it."""
    limit_to_readable_width(label)
    row = QHBoxLayout()
    row.addWidget(label, 1)
    row.addStretch(0)
    return row
