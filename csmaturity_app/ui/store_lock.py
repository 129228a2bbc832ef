"""The status bar's padlock: shown while the window's store is encrypted at rest.

Painted rather than an emoji or an image file: an emoji font may be missing (the padlock
would be a box), and a drawing in the palette's text colour follows the light and dark
themes without a picture for each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def encrypted_tip() -> str:
    return QCoreApplication.translate("StoreLock", "This store is encrypted")


class StoreLock(QWidget):
    """A padlock the height of a line of text, with its tooltip and accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tip = encrypted_tip()
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height()
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        # The shackle: an arch over the body, its legs reaching into it.
        stroke = max(1.5, side / 9)
        pen = QPen(colour, stroke)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        arch = QRectF(side * 0.3, side * 0.1, side * 0.4, side * 0.45)
        painter.drawArc(arch, 0, 180 * 16)
        middle = arch.center().y()
        for x in (arch.left(), arch.right()):
            painter.drawLine(QPointF(x, middle), QPointF(x, side * 0.5))
        # The body, with a keyhole in the window's colour.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        body = QRectF(side * 0.18, side * 0.45, side * 0.64, side * 0.47)
        painter.drawRoundedRect(body, side * 0.08, side * 0.08)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        hole = side * 0.14
        painter.drawEllipse(body.center(), hole / 2, hole / 2)
        painter.end()
