"""The consultant's private notes on a criterion card: a second notes field under the notes,
marked with a lock and a line saying that client-safe outputs leave it out, so that what the
client may read and what is for the consultant alone are never typed in the wrong place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from csmaturity_app.ui.wizard.keys import with_keys
from csmaturity_app.ui.wizard.look import MutedLabel, muted_color
from csmaturity_app.ui.wizard.notes_edit import NotesEdit


def private_hint() -> str:
    return QCoreApplication.translate("PrivateNotes", "Private: left out of client-safe exports")


def private_placeholder() -> str:
    return QCoreApplication.translate(
        "PrivateNotes", "Private notes (never in client-safe outputs)"
    )


class LockGlyph(QWidget):
    """A small padlock in the muted text colour. Drawn, not a character: no font is sure to
    have one, and a missing glyph would show as a box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        side = self.fontMetrics().height()
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = muted_color(self.palette())
        side = float(self.height())
        pen = QPen(colour, max(1.5, side / 9))
        body = QRectF(side * 0.18, side * 0.45, side * 0.64, side * 0.45)
        shackle = QRectF(side * 0.32, side * 0.1, side * 0.36, side * 0.5)
        path = QPainterPath(QPointF(shackle.left(), body.top()))
        path.lineTo(shackle.left(), shackle.center().y())
        path.arcTo(shackle, 180, -180)
        path.lineTo(shackle.right(), body.top())
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(colour)
        painter.drawRoundedRect(body, side / 12, side / 12)
        painter.end()


class PrivateNotesHint(QWidget):
    """ "[lock] Private: left out of client-safe exports", above the private notes field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("private-notes-hint")
        self.lock = LockGlyph()
        self.label = MutedLabel(private_hint())
        self.label.setWordWrap(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(self.fontMetrics().averageCharWidth())
        row.addWidget(self.lock, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()


class PrivateNotesEdit(NotesEdit):
    """The private notes field: saved as the notes are (after a pause, on leaving it, when
    the window closes), through `Store.record_private_notes`."""

    def __init__(self, criterion_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, lines=2)
        self.setObjectName("private-notes")
        self.setPlaceholderText(private_placeholder())
        self.setToolTip(
            with_keys(
                QCoreApplication.translate("PrivateNotes", "Your private notes, saved as you type"),
                "private_notes",
            )
            + QCoreApplication.translate(
                "PrivateNotes",
                "; client-safe reports, action plans and snapshots leave them out; "
                "Esc goes back to the criterion",
            )
        )
        self.setAccessibleName(
            QCoreApplication.translate("PrivateNotes", "Private notes for {criterion}").format(
                criterion=criterion_id
            )
        )
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "PrivateNotes",
                "The consultant's own, never in client-safe outputs; saved as you type; "
                "Escape goes back to the criterion",
            )
        )
