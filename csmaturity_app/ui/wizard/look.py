"""Small look-and-feel helpers that follow the palette (light or dark), never fixed colours
or pixel sizes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from csmaturity_app.ui.colours import mix


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour, a third of the way to the background."""
    return mix(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.35
    )


def scaled_font(widget: QWidget, factor: float = 1.0, bold: bool = False) -> QFont:
    """The widget's font, relatively larger or smaller (no point or pixel sizes written down)."""
    font = QFont(widget.font())
    if factor != 1.0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


READABLE_CHARS = 120  # a page's text column is at most this many average characters wide


RUBRIC_CHARS = 160  # a stage page may be wider: its rating columns hold short lines


def limit_to_readable_width(content: QWidget, chars: int = READABLE_CHARS) -> None:
    """Long lines are hard to read on a wide screen: cap the width of a page's column."""
    content.setMaximumWidth(content.fontMetrics().averageCharWidth() * chars)


def wrapped_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def heading(text: str, widget_for_font: QWidget, factor: float = 1.35) -> QLabel:
    label = wrapped_label(text)
    label.setFont(scaled_font(widget_for_font, factor, bold=True))
    return label


class MutedLabel(QLabel):
    """Word-wrapped secondary text (guidance) in a muted colour that follows palette changes,
    so it stays readable in a dark palette too."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._updating = False
        self._apply_palette()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange)
        if changed and not self._updating:
            self._apply_palette()

    def _apply_palette(self) -> None:
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else QPalette(self.palette())
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_color(base))
        self._updating = True
        try:
            self.setPalette(palette)
        finally:
            self._updating = False


# Checkable rating buttons: the chosen rating must be obvious at a glance, in any style and
# palette, so it is drawn in the palette's highlight colours; read-only too (a complete
# assessment is read, so its ratings must stay legible; the others are greyed).
RATING_BUTTON_STYLE = """
QPushButton[rating="true"] {
    padding: 0.3em 0.8em;
    border: 1px solid palette(mid);
    border-radius: 0.25em;
    background: palette(button);
    color: palette(button-text);
}
QPushButton[rating="true"]:hover { border-color: palette(highlight); }
QPushButton[rating="true"]:disabled { color: palette(mid); }
QPushButton[rating="true"]:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""

# Small tags on a criterion card: where the criterion comes from, answers to review, and
# respondents who disagree (calm: a frame, not an alarm colour).
# Drawn from the palette, so they follow a light or dark theme.
BADGE_STYLE = """
QLabel[badge="article"], QLabel[badge="addition"], QLabel[badge="review"] {
    border: 1px solid palette(mid);
    border-radius: 0.5em;
    padding: 0.05em 0.6em;
}
QLabel[badge="addition"] { border-color: palette(highlight); }
QLabel[badge="review"] {
    border-color: palette(highlight);
    background: palette(alternate-base);
    font-weight: bold;
}
QLabel[badge="disagreement"] {
    border: 1px solid palette(highlight);
    border-radius: 0.5em;
    padding: 0.05em 0.6em;
    font-weight: bold;
}
"""

WIZARD_STYLE = RATING_BUTTON_STYLE + BADGE_STYLE
