"""One criterion on a stage page: its statement, the evidence to look for, the rating buttons
and the notes. The card shows and collects; the wizard saves (through `Operations`)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from csmaturity_app.maturity import Criterion, MaturityModel
from csmaturity_app.store import AnswerRecord
from csmaturity_app.ui.wizard.keys import NOT_APPLICABLE_KEY
from csmaturity_app.ui.wizard.look import MutedLabel, mix, scaled_font, wrapped_label
from csmaturity_app.ui.wizard.notes_edit import NotesEdit
from csmaturity_app.ui.wizard.progress import NOT_APPLICABLE, UNANSWERED, Rating, rating_of

NOT_APPLICABLE_ID = 1000  # button id of "N/A" in the group (scores use their own value)


class CriterionCard(QFrame):
    ratingClicked = Signal(str, object)  # criterion id, Rating chosen with the mouse
    notesCommitted = Signal(str, str)  # criterion id, text to save
    notesEdited = Signal(str)
    activated = Signal(str)  # the card became the current one (focus or click)
    escaped = Signal(str)  # Escape in the notes

    def __init__(
        self, model: MaturityModel, criterion: Criterion, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName(f"card-{criterion.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{criterion.id}: {criterion.statement}")
        self._current = False

        id_label = QLabel(criterion.id)
        id_label.setFont(scaled_font(self, bold=True))
        id_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        statement = wrapped_label(criterion.statement)
        statement.setObjectName("statement")
        self.guidance = MutedLabel(
            f"Evidence to look for: {criterion.guidance}" if criterion.guidance else ""
        )
        self.guidance.setVisible(bool(criterion.guidance))

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(max(2, self.fontMetrics().averageCharWidth()))
        for point in model.scale:
            key = str(point.score) if 0 <= point.score <= 9 else ""
            button = self._rating_button(
                f"{point.score} {point.label}",
                f"{point.label}" + (f" (key {key})" if key else ""),
            )
            self.buttons.addButton(button, point.score)
            row.addWidget(button)
        na_button = self._rating_button(
            "N/A", f"{model.not_applicable_label} (key {NOT_APPLICABLE_KEY})"
        )
        na_button.setAccessibleName(model.not_applicable_label)
        self.buttons.addButton(na_button, NOT_APPLICABLE_ID)
        row.addWidget(na_button)
        row.addStretch(1)
        self.buttons.idClicked.connect(self._on_button_clicked)

        self.notes = NotesEdit(self)
        self.notes.setAccessibleName(f"Notes and evidence for {criterion.id}")
        self.notes.committed.connect(lambda text: self.notesCommitted.emit(self.criterion.id, text))
        self.notes.edited.connect(lambda: self.notesEdited.emit(self.criterion.id))
        self.notes.focused.connect(lambda: self.activated.emit(self.criterion.id))
        self.notes.escaped.connect(lambda: self.escaped.emit(self.criterion.id))

        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.addWidget(id_label, 0, 0)
        grid.addWidget(statement, 0, 1)
        grid.addWidget(self.guidance, 1, 1)
        grid.addLayout(row, 2, 1)
        grid.addWidget(self.notes, 3, 1)

    @property
    def criterion_id(self) -> str:
        return self.criterion.id

    def _rating_button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setProperty("rating", True)
        button.setToolTip(tooltip)
        # Not in the focus chain: arrow keys on a focused exclusive button would change the
        # rating. The keyboard rates with the digit keys instead.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- showing

    def show_answer(self, answer: AnswerRecord | None) -> None:
        self.set_rating(rating_of(answer))
        self.notes.set_saved_text(answer.notes if answer is not None else "")

    def set_rating(self, rating: Rating) -> None:
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

    def rating(self) -> Rating:
        """The rating the buttons show."""
        checked = self.buttons.checkedId()
        if checked == -1:
            return UNANSWERED
        if checked == NOT_APPLICABLE_ID:
            return NOT_APPLICABLE
        return Rating(checked, False)

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

    def focus_notes(self) -> None:
        self.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)

    def flush_notes(self) -> None:
        self.notes.commit()

    # -- events

    def _on_button_clicked(self, button_id: int) -> None:
        rating = NOT_APPLICABLE if button_id == NOT_APPLICABLE_ID else Rating(button_id, False)
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
