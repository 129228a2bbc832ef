"""One criterion on a stage page: its statement, where it comes from, the evidence to look for,
the rating buttons (with what earns each score, when the model says) and the notes; with
several respondents, a line of what each of them rated, the spread and the consensus. The card
shows and collects; the wizard saves (through `Operations`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.maturity import AnswerValue, Criterion, MaturityModel
from csmaturity_app.presentation.order import needs_review
from csmaturity_app.store import AnswerRecord
from csmaturity_app.ui.colours import mix
from csmaturity_app.ui.markup import plain_tooltip
from csmaturity_app.ui.wizard.keys import with_keys
from csmaturity_app.ui.wizard.look import MutedLabel, scaled_font, wrapped_label
from csmaturity_app.ui.wizard.notes_edit import NotesEdit
from csmaturity_app.ui.wizard.private_notes import PrivateNotesEdit, PrivateNotesHint
from csmaturity_app.ui.wizard.ratings import NOT_APPLICABLE, UNANSWERED, rating_of
from csmaturity_app.ui.wizard.rubric import NOT_APPLICABLE_ID, build_rubric
from csmaturity_app.ui.wizard.voices import CriterionVoices

__all__ = ["NOT_APPLICABLE_ID", "CriterionCard", "source_text"]


def review_text() -> str:
    """The mark of an answer carried forward and not yet rated again."""
    return QCoreApplication.translate("CriterionCard", "Carried forward: please review")


def source_text(criterion: Criterion) -> str:
    """The badge of a criterion: "From the article", "Our addition", or "" (format 1)."""
    if criterion.source == "article":
        return QCoreApplication.translate("CriterionCard", "From the article")
    if criterion.is_addition:
        return QCoreApplication.translate("CriterionCard", "Our addition")
    return ""


class CriterionCard(QFrame):
    ratingClicked = Signal(str, object)  # criterion id, AnswerValue chosen with the mouse
    notesCommitted = Signal(str, str)  # criterion id, text to save
    privateNotesCommitted = Signal(str, str)  # criterion id, private notes to save
    notesEdited = Signal(str)
    activated = Signal(str)  # the card became the current one (focus or click)
    escaped = Signal(str)  # Escape in the notes
    medianRequested = Signal(str)  # "Use the median": criterion id

    def __init__(
        self, model: MaturityModel, criterion: Criterion, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName(f"card-{criterion.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{criterion.id}: {criterion.statement}")
        # A screen reader reads the card as one item: what to look for and how to rate it.
        self.setAccessibleDescription(
            " ".join(
                part
                for part in (
                    source_text(criterion) + "." if source_text(criterion) else "",
                    self.tr("Evidence to look for: {guidance}").format(guidance=criterion.guidance)
                    if criterion.guidance
                    else "",
                    self.tr("Rate it with the digit keys, N for not applicable; E for notes."),
                )
                if part
            )
        )
        self._current = False
        self.model = model
        self.voices: VoicesLine | None = None  # made when first there are several respondents

        id_label = QLabel(criterion.id)
        id_label.setTextFormat(Qt.TextFormat.PlainText)
        id_label.setFont(scaled_font(self, bold=True))
        id_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        statement = wrapped_label(criterion.statement)
        statement.setObjectName("statement")
        header = QHBoxLayout()
        header.setSpacing(self.fontMetrics().averageCharWidth())
        header.addWidget(statement, 1)
        self.review_marker = _badge(
            review_text(),
            "review",
            self.tr(
                "This answer was carried forward from an assessment under an earlier version of "
                "the model. Check that it still holds, then rate the criterion (the same rating "
                "is fine): that clears this mark."
            ),
        )
        self.review_marker.setObjectName("review-marker")
        self.review_marker.hide()
        header.addWidget(self.review_marker, 0, Qt.AlignmentFlag.AlignTop)
        self.source_badge: QLabel | None = None
        if source_text(criterion):
            self.source_badge = _badge(
                source_text(criterion), criterion.source, _source_tooltip(model, criterion)
            )
            self.source_badge.setObjectName("source-badge")
            header.addWidget(self.source_badge, 0, Qt.AlignmentFlag.AlignTop)

        self.guidance = MutedLabel(
            self.tr("Evidence to look for: {guidance}").format(guidance=criterion.guidance)
            if criterion.guidance
            else ""
        )
        self.guidance.setVisible(bool(criterion.guidance))

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.rubric = build_rubric(model, criterion, self.buttons, self)
        self.buttons.idClicked.connect(self._on_button_clicked)

        self.notes = NotesEdit(self)
        self.notes.setAccessibleName(
            self.tr("Notes and evidence for {criterion}").format(criterion=criterion.id)
        )
        self.notes.setAccessibleDescription(
            self.tr("Saved as you type; Escape goes back to the criterion")
        )
        self.notes.committed.connect(lambda text: self.notesCommitted.emit(self.criterion.id, text))
        self.notes.edited.connect(lambda: self.notesEdited.emit(self.criterion.id))
        self.notes.focused.connect(lambda: self.activated.emit(self.criterion.id))
        self.notes.escaped.connect(lambda: self.escaped.emit(self.criterion.id))
        # Made right after the notes: Tab goes from the notes to the private notes.
        self.private_hint = PrivateNotesHint()
        self.private_notes = PrivateNotesEdit(criterion.id, self)
        self.private_notes.committed.connect(
            lambda text: self.privateNotesCommitted.emit(self.criterion.id, text)
        )
        self.private_notes.edited.connect(lambda: self.notesEdited.emit(self.criterion.id))
        self.private_notes.focused.connect(lambda: self.activated.emit(self.criterion.id))
        self.private_notes.escaped.connect(lambda: self.escaped.emit(self.criterion.id))

        grid = self.grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.addWidget(id_label, 0, 0)
        grid.addLayout(header, 0, 1)
        grid.addWidget(self.guidance, 1, 1)
        grid.addLayout(self.rubric.layout, 2, 1)
        # Row 3 is the respondents' line, when there are several (`show_voices`): an empty
        # row of a grid takes no room, so a single voice's card looks as it always has.
        self.why: QLabel | None = None
        self.action: QLabel | None = None
        context = QVBoxLayout()
        context.setSpacing(0)
        if criterion.why:
            self.why = MutedLabel(self.tr("Why it matters: {why}").format(why=criterion.why))
            self.why.setObjectName("why")
            context.addWidget(self.why)
        if criterion.action:
            self.action = MutedLabel(
                self.tr("A first step: {action}").format(action=criterion.action)
            )
            self.action.setObjectName("action")
            context.addWidget(self.action)
        if context.count():
            grid.addLayout(context, 4, 1)
        grid.addWidget(self.notes, 5, 1)
        grid.addWidget(self.private_hint, 6, 1)
        grid.addWidget(self.private_notes, 7, 1)

    @property
    def criterion_id(self) -> str:
        return self.criterion.id

    # -- showing

    def show_answer(self, answer: AnswerRecord | None) -> None:
        self.set_rating(rating_of(answer))
        self.notes.set_saved_text(answer.notes if answer is not None else "")
        self.set_needs_review(needs_review(answer))

    def show_private_notes(self, text: str | None) -> None:
        """The consultant's private notes; None hides them (rating as a respondent: they
        belong to the consensus answer, not to the respondent)."""
        shown = text is not None
        if shown:
            self.private_notes.set_saved_text(text or "")
        elif self.private_notes.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # not left in a hidden field
        self.private_hint.setVisible(shown)
        self.private_notes.setVisible(shown)

    def set_needs_review(self, review: bool) -> None:
        """Show or hide the "carried forward" mark (the store clears it when rated again)."""
        self.review_marker.setVisible(review)
        # Heard with the card, since a screen reader does not see the mark's colour.
        name = f"{self.criterion.id}: {self.criterion.statement}"
        self.setAccessibleName(f"{name} ({review_text()})" if review else name)

    def show_voices(self, voices: CriterionVoices | None) -> None:
        """Show what each respondent rated, the spread and the consensus (None: hide it)."""
        if voices is None:
            if self.voices is not None:
                self.voices.hide()
            return
        if self.voices is None:
            self.voices = VoicesLine(self.model, self.criterion.id, self)
            self.voices.median_button.clicked.connect(
                lambda: self.medianRequested.emit(self.criterion.id)
            )
            self.grid.addWidget(self.voices, 3, 1)
        self.voices.show_voices(voices)
        self.voices.show()

    def needs_review(self) -> bool:
        return not self.review_marker.isHidden()

    def set_rating(self, rating: AnswerValue) -> None:
        """Check the button of a rating (none for unanswered), without saving anything."""
        if rating.not_applicable:
            button = self.buttons.button(NOT_APPLICABLE_ID)
        elif rating.score is not None:
            button = self.buttons.button(rating.score)
        else:
            button = None
        if button is not None:
            button.setChecked(True)
            return
        checked = self.buttons.checkedButton()
        if checked is not None:  # an exclusive group cannot uncheck its last button
            self.buttons.setExclusive(False)
            checked.setChecked(False)
            self.buttons.setExclusive(True)

    def rating(self) -> AnswerValue:
        """The rating the buttons show."""
        checked = self.buttons.checkedId()
        if checked == -1:
            return UNANSWERED
        if checked == NOT_APPLICABLE_ID:
            return NOT_APPLICABLE
        return AnswerValue(checked, False)

    def set_current(self, current: bool) -> None:
        if current != self._current:
            self._current = current
            self.setProperty("current", current)
            self.update()

    def is_current(self) -> bool:
        return self._current

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.buttons():
            button.setEnabled(not read_only)
        self.notes.setReadOnly(read_only)
        self.private_notes.setReadOnly(read_only)
        if self.voices is not None:
            self.voices.median_button.setEnabled(not read_only)

    def focus_notes(self) -> None:
        self.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)

    def focus_private_notes(self) -> bool:
        """Into the private notes; False when they are hidden (rating as a respondent)."""
        if self.private_notes.isHidden():
            return False
        self.private_notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.private_notes.moveCursor(self.private_notes.textCursor().MoveOperation.End)
        return True

    def flush_notes(self) -> None:
        self.notes.commit()
        self.private_notes.commit()

    # -- events

    def _on_button_clicked(self, button_id: int) -> None:
        rating = NOT_APPLICABLE if button_id == NOT_APPLICABLE_ID else AnswerValue(button_id, False)
        self.activated.emit(self.criterion.id)
        self.ratingClicked.emit(self.criterion.id, rating)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.activated.emit(self.criterion.id)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded card; the current one framed in the highlight colour."""
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.fontMetrics().height() * 0.4
        # Between the page and the text fields, so that the notes field stands out in any palette.
        fill = mix(
            palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base), 0.5
        )
        if self._current:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            width = max(2.0, self.fontMetrics().height() / 8)
            pen = QPen(highlight, width)
            fill = mix(fill, highlight, 0.1)
        else:
            width = 1.0
            pen = QPen(palette.color(QPalette.ColorRole.Mid), width)
        half = width / 2
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(half, half, -half, -half), radius, radius
        )
        painter.end()


class VoicesLine(QWidget):
    """ "PL 2 · SK 0 · AJ 3   range 3  Disagreement   Consensus 1 · median  [Use the median]":
    compact, one line where it fits; the full names, roles and notes in its tooltip. Updated
    in place as ratings change."""

    def __init__(self, model: MaturityModel, criterion_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("voices")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(self.fontMetrics().averageCharWidth() * 2)
        self.ratings = QLabel()
        self.ratings.setObjectName("voices-ratings")
        self.ratings.setTextFormat(Qt.TextFormat.PlainText)
        self.ratings.setWordWrap(True)
        self.spread = MutedLabel()
        self.spread.setObjectName("voices-spread")
        self.spread.setWordWrap(False)
        self.flag = _badge(
            self.tr("Disagreement"),
            "disagreement",
            self.tr(
                "The respondents' scores lie two or more apart: worth discussing before the "
                "consensus is set."
            ),
        )
        self.flag.setObjectName("disagreement-flag")
        self.consensus = QLabel()
        self.consensus.setObjectName("voices-consensus")
        self.consensus.setTextFormat(Qt.TextFormat.PlainText)
        self.consensus.setToolTip(
            self.tr(
                "The score that counts: the respondents' median (rounded down) until the "
                "facilitator sets it by rating as the consensus"
            )
        )
        self.median_button = QPushButton(self.tr("Use the median"))
        self.median_button.setObjectName("use-median")
        self.median_button.setAccessibleName(
            self.tr("Use the median for {criterion}").format(criterion=criterion_id)
        )
        self.median_button.setToolTip(
            with_keys(self.tr("Hand the consensus back to the respondents' median"), "use_median")
        )
        # As the rating buttons: the keyboard has its own key for it (on the current card).
        self.median_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        prefix = MutedLabel(self.tr("Respondents:"))
        prefix.setWordWrap(False)
        row.addWidget(prefix)
        row.addWidget(self.ratings, 1)
        row.addWidget(self.spread)
        row.addWidget(self.flag)
        row.addWidget(self.consensus)
        row.addWidget(self.median_button)

    def show_voices(self, voices: CriterionVoices) -> None:
        self.ratings.setText(voices.ratings_text())
        tooltip = voices.tooltip(self.model)
        self.ratings.setToolTip(plain_tooltip(tooltip))
        self.ratings.setAccessibleName(self.tr("Respondents' ratings"))
        self.ratings.setAccessibleDescription(tooltip)
        spread = voices.spread_text()
        self.spread.setText(spread)
        self.spread.setVisible(bool(spread))
        self.flag.setVisible(voices.spread.disagreement)
        consensus = voices.consensus_text()
        self.consensus.setText(consensus)
        self.consensus.setVisible(bool(consensus))
        self.median_button.setVisible(voices.consensus_set)


def _badge(text: str, kind: str, tooltip: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("badge", kind)
    label.setToolTip(plain_tooltip(tooltip))
    # Its look (a coloured frame) says it is a badge; in words, for a screen reader:
    label.setAccessibleName(text)
    label.setAccessibleDescription(tooltip)
    return label


def _source_tooltip(model: MaturityModel, criterion: Criterion) -> str:
    article = model.attribution.article
    if criterion.is_addition:
        text = QCoreApplication.translate(
            "CriterionCard", "Written for CS Maturity: not in the article \u201c{article}\u201d."
        )
    else:
        text = QCoreApplication.translate(
            "CriterionCard", "Restated in our own words from the article \u201c{article}\u201d."
        )
    return text.format(article=article)
