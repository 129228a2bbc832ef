"""The strip shown over a complete assessment: it is read-only, and how to change that."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from csmaturity_app.ui.wizard.look import scaled_font


class CompleteBanner(QFrame):
    reopenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complete-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().AlternateBase)
        label = QLabel(self.tr("This assessment is complete: its answers are read-only."))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFont(scaled_font(self, bold=True))
        label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Reopen for editing"))
        self.reopen_button.setToolTip(
            self.tr("Set the assessment back to draft so that it can be changed")
        )
        self.reopen_button.clicked.connect(self.reopenRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(label, 1)
        layout.addWidget(self.reopen_button)
