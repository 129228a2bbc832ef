"""A stage's attainment as a plain painted bar (the summary page; no QtCharts, which is loaded
only when a chart is shown): filled in the stage's colour, faded when the stage is not
achieved, hatched when it is achieved by definition, with a mark where the stage is achieved."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from csmaturity_app.presentation import StageRow
from csmaturity_app.ui.colours import faded, stage_colour
from csmaturity_app.ui.markup import plain_message


class AttainmentBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: StageRow | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 30, round(metrics.height() * 1.1))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 12, round(metrics.height() * 1.1))

    def show_stage(self, row: StageRow) -> None:
        if row == self.row:
            return
        self.row = row
        # What a screen reader says, and the tooltip: the bar's whole content in words.
        text = f"{row.label}: {row.state}"
        self.setAccessibleName(self.tr("{stage} attainment").format(stage=row.label))
        self.setAccessibleDescription(text)
        self.setToolTip(plain_message(text))  # stage names are the model's text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.row is None:
            return
        row = self.row
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        colour = stage_colour(row.level)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(track, 3, 3)
        filled = QRectF(track)
        filled.setWidth(track.width() * max(0.0, min(1.0, row.attainment)))
        if filled.width() > 0:
            painter.setPen(QPen(colour, 1))
            if row.by_definition:
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            else:
                painter.setBrush(colour if row.achieved else faded(colour, background))
            painter.drawRoundedRect(filled, 3, 3)
        if not row.by_definition:  # where the stage is achieved
            x = track.left() + track.width() * row.threshold
            painter.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, track.top() - 1), QPointF(x, track.bottom() + 1))
        painter.end()
