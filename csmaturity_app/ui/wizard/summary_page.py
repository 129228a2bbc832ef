"""The last page, where the workshop ends: the verdict as it stands (placed stage, maturity
index, a bar per stage), what is still unanswered, which carried answers are still to review
and, with several respondents, the criteria they disagree on (Enter or double-click jumps to
one), then marking the assessment complete.

Everything it says is read from the assessment's `Presentation`, worded as the results pane,
the report and the command line word it; it follows every answer as it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from csmaturity_app import i18n
from csmaturity_app.i18n import formats
from csmaturity_app.maturity import Criterion, MaturityModel
from csmaturity_app.presentation import Presentation, StageRow
from csmaturity_app.ui.colours import stage_colour
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.wizard.attainment_bar import AttainmentBar
from csmaturity_app.ui.wizard.look import (
    MutedLabel,
    heading,
    limit_to_readable_width,
    scaled_font,
    wrapped_label,
)
from csmaturity_app.ui.wizard.ratings import progress_text

CRITERION_ROLE = Qt.ItemDataRole.UserRole
LIST_LINES = 5  # a list of open criteria shows at least this many before it scrolls


class SummaryPage(QScrollArea):
    jumpRequested = Signal(str)  # criterion id
    completeRequested = Signal()

    def __init__(self, model: MaturityModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.presentation: Presentation | None = None
        self.setObjectName("summary")
        self.setAccessibleName(self.tr("Summary"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        layout = QVBoxLayout(content)
        self.title = heading(self.tr("Summary"), self, 1.5)
        self.title.setObjectName("summary-title")
        layout.addWidget(self.title)

        # -- the verdict
        self.swatch = QLabel()
        self.swatch.setObjectName("verdict-swatch")
        side = self.fontMetrics().height()
        self.swatch.setFixedSize(side, side)
        self.headline = QLabel()
        self.headline.setObjectName("verdict-headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setFont(scaled_font(self, 1.6, bold=True))
        self.headline.setToolTip(
            self.tr("The stage the organization is placed in, as the answers stand")
        )
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.headline, 1)
        layout.addLayout(top)
        self.total_label = wrapped_label()  # "Maturity index 1.59 on a scale ... answered"
        self.total_label.setObjectName("total")
        self.total_label.setFont(scaled_font(self, 1.1))
        layout.addWidget(self.total_label)
        self.verdict_text = MutedLabel()
        self.verdict_text.setObjectName("verdict-summary")
        layout.addWidget(self.verdict_text)

        # -- a bar per stage
        layout.addSpacing(side // 2)
        layout.addWidget(heading(self.tr("Stages"), self, 1.15))
        grid = QGridLayout()
        grid.setHorizontalSpacing(side)
        grid.setColumnStretch(1, 1)
        self.stage_bars: dict[str, AttainmentBar] = {}
        self.stage_percents: dict[str, QLabel] = {}
        self.stage_outcomes: dict[str, QLabel] = {}
        self.stage_counts: dict[str, QLabel] = {}
        for row, stage in enumerate(model.stages):
            name = QLabel(model.stage_label(stage))
            name.setTextFormat(Qt.TextFormat.PlainText)  # the model's text, shown as written
            grid.addWidget(name, row, 0)
            bar = AttainmentBar()
            bar.setObjectName(f"bar-{stage.id}")
            grid.addWidget(bar, row, 1)
            cells = []
            for cell, align in (
                ("percent", Qt.AlignmentFlag.AlignRight),
                ("outcome", Qt.AlignmentFlag.AlignLeft),
                ("count", Qt.AlignmentFlag.AlignLeft),
            ):
                label = QLabel() if cell != "count" else MutedLabel()
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(False)
                label.setObjectName(f"{cell}-{stage.id}")
                label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                cells.append(label)
            for column, label in enumerate(cells, 2):
                grid.addWidget(label, row, column)
            self.stage_bars[stage.id] = bar
            self.stage_percents[stage.id], self.stage_outcomes[stage.id] = cells[0], cells[1]
            self.stage_counts[stage.id] = cells[2]
        layout.addLayout(grid)
        self.threshold_note = MutedLabel()
        self.threshold_note.setObjectName("threshold-note")
        layout.addWidget(self.threshold_note)

        # -- what is still open
        layout.addSpacing(side // 2)
        self.unanswered_title = heading(self.tr("Unanswered criteria"), self, 1.15)
        self.unanswered_title.setObjectName("unanswered-title")
        layout.addWidget(self.unanswered_title)
        self.unanswered_hint = MutedLabel(
            self.tr("Double-click one, or select it and press Enter, to go to it.")
        )
        layout.addWidget(self.unanswered_hint)
        self.unanswered = self._criteria_list("unanswered", self.tr("Unanswered criteria"))
        layout.addWidget(self.unanswered, 2)

        # Answers carried forward from an earlier version of the model, not rated since.
        self.review_title = heading("", self, 1.15)
        self.review_title.setObjectName("review-title")
        layout.addWidget(self.review_title)
        self.review_hint = MutedLabel(
            self.tr(
                "They came from the earlier assessment: check that each still holds and rate it "
                "(the same rating is fine) to clear the mark."
            )
        )
        layout.addWidget(self.review_hint)
        self.review = self._criteria_list("to-review", self.tr("Carried answers to review"))
        layout.addWidget(self.review, 1)

        # With several respondents: where their scores lie two or more apart.
        self.disagreement_title = heading("", self, 1.15)
        self.disagreement_title.setObjectName("disagreement-title")
        layout.addWidget(self.disagreement_title)
        self.disagreement_hint = MutedLabel(
            self.tr(
                "Their scores lie two or more apart, the widest first: worth discussing before "
                "the consensus is set."
            )
        )
        layout.addWidget(self.disagreement_hint)
        self.disagreement = self._criteria_list(
            "disagreements", self.tr("Criteria the respondents disagree on")
        )
        layout.addWidget(self.disagreement, 1)
        self.show_disagreements(None)

        self.complete_button = QPushButton(self.tr("Mark assessment complete"))
        self.complete_button.setObjectName("mark-complete")
        self.complete_button.setToolTip(
            self.tr(
                "Freeze the answers: a complete assessment opens read-only until it is reopened"
            )
        )
        self.complete_button.setDefault(False)
        self.complete_button.clicked.connect(self.completeRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.complete_button)
        layout.addSpacing(side // 2)
        layout.addLayout(buttons)
        # Below the button, not above it: with nothing open it follows the verdict closely;
        # with lists shown they take the room (a stretch factor of 0 yields to theirs).
        layout.addStretch(0)
        limit_to_readable_width(content)
        self.setWidget(content)

    def _criteria_list(self, name: str, accessible_name: str) -> QListWidget:
        listing = QListWidget()
        listing.setObjectName(name)
        listing.setAccessibleName(accessible_name)
        listing.setWordWrap(True)
        listing.setSpacing(1)  # wrapped statements stay apart
        listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        listing.setMinimumHeight(self.fontMetrics().height() * LIST_LINES)
        listing.itemActivated.connect(self._on_activated)
        return listing

    def show_results(self, presentation: Presentation) -> None:
        """Show the results as they stand (called on every answer given)."""
        self.presentation = presentation
        verdict = presentation.verdict
        _set_text(self.headline, verdict.placed_label)
        colour = stage_colour(verdict.placed_level).name() if verdict.placed else "transparent"
        # no stage yet: an empty outline, as the results pane's swatch
        self.swatch.setStyleSheet(
            f"background: {colour}; border: 1px solid palette(mid); border-radius: 3px;"
        )
        _set_text(self.total_label, f"{verdict.index_text} \u00b7 {verdict.answered_text}")
        _set_text(self.verdict_text, verdict.summary)
        for row in presentation.stages:
            self._show_stage(row)
        _set_text(
            self.threshold_note,
            self.tr(
                "A stage is achieved at an attainment of {threshold}: the dashed mark on each bar."
            ).format(threshold=verdict.threshold),
        )

        missing = list(presentation.unanswered)
        self._fill(self.unanswered, missing)
        _set_text(
            self.unanswered_title,
            self.tr("Unanswered criteria ({count})").format(count=formats.integer(len(missing)))
            if missing
            else self.tr("Every criterion is answered"),
        )
        self.unanswered.setVisible(bool(missing))
        self.unanswered_hint.setVisible(bool(missing))

        to_review = list(presentation.to_review)
        self._fill(self.review, to_review)
        count = len(to_review)
        carried = (
            self.tr("{count} carried answer to review")
            if i18n.plural_is_one(count)
            else self.tr("{count} carried answers to review")
        )
        _set_text(self.review_title, carried.format(count=formats.integer(count)) if count else "")
        for widget in (self.review_title, self.review_hint, self.review):
            widget.setVisible(bool(to_review))

    def show_disagreements(self, found: list[tuple[Criterion, int]] | None) -> None:
        """The criteria the respondents disagree on, with their range (None: a single voice,
        nothing to say)."""
        found = found or []
        self._fill(self.disagreement, [c for c, _ in found], {c.id: r for c, r in found})
        count = len(found)
        if found:
            title = (
                self.tr("Respondents disagree on {count} criterion")
                if i18n.plural_is_one(count)
                else self.tr("Respondents disagree on {count} criteria")
            ).format(count=formats.integer(count))
            _set_text(self.disagreement_title, title)
        for widget in (self.disagreement_title, self.disagreement_hint, self.disagreement):
            widget.setVisible(bool(found))

    def _show_stage(self, row: StageRow) -> None:
        self.stage_bars[row.stage_id].show_stage(row)
        _set_text(self.stage_percents[row.stage_id], row.percent)
        achieved = row.achieved or row.by_definition
        outcome = self.stage_outcomes[row.stage_id]
        _set_text(outcome, f"\u2713 {row.outcome}" if achieved else row.outcome)
        outcome.setFont(scaled_font(self, bold=achieved))
        _set_text(
            self.stage_counts[row.stage_id],
            progress_text(row.answered, row.criteria) if row.criteria else self.tr("no criteria"),
        )

    def _fill(
        self,
        listing: QListWidget,
        criteria: list[Criterion],
        ranges: dict[str, int] | None = None,
    ) -> None:
        """Refill a list of criteria, keeping the selected one selected (`ranges`: the
        respondents' range on each, said at the end of its line)."""
        texts = [_item_text(c, ranges) for c in criteria]
        if [listing.item(i).text() for i in range(listing.count())] == texts:
            return  # nothing moved: keep the reader's place and selection
        selected = listing.currentItem()
        keep = selected.data(CRITERION_ROLE) if selected is not None else None
        listing.clear()
        for criterion, text in zip(criteria, texts, strict=True):
            stage = self.model.stages_by_id[criterion.stage]
            item = QListWidgetItem(text)
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

    def disagreement_ids(self) -> list[str]:
        return _ids(self.disagreement)

    def focus_target(self) -> QWidget:
        """Where the keys go on this page: the first list with something in it, else the
        button that marks the assessment complete."""
        for listing in (self.unanswered, self.review, self.disagreement):
            if not listing.isHidden():
                return listing
        return self.complete_button

    def set_read_only(self, read_only: bool) -> None:
        self.complete_button.setEnabled(not read_only)
        self.complete_button.setText(
            self.tr("Assessment is complete") if read_only else self.tr("Mark assessment complete")
        )

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(item.data(CRITERION_ROLE))


def _set_text(label: QLabel, text: str) -> None:
    """Set a label's text only if it changes (a refresh mostly changes a few figures)."""
    if label.text() != text:
        label.setText(text)


def _item_text(criterion: Criterion, ranges: dict[str, int] | None) -> str:
    text = f"{criterion.id}  {criterion.statement}"
    if ranges is not None and criterion.id in ranges:
        spread = QCoreApplication.translate("WizardVoices", "range {range}").format(
            range=formats.integer(ranges[criterion.id])
        )
        text += f"  ({spread})"
    return text


def _ids(listing: QListWidget) -> list[str]:
    return [listing.item(i).data(CRITERION_ROLE) for i in range(listing.count())]
