"""File > Export report's first step: the format (PDF to send, DOCX to edit) and whether the
consultant's private notes stay out (client-safe); the file dialog comes next."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.presentation.plan import CLIENT_SAFE_CHOICE

FORMAT_KEY = "report/format"
PDF = ".pdf"
DOCX = ".docx"
FILTERS = {
    PDF: "PDF document (*.pdf)",
    DOCX: "Word document (*.docx)",
}
CLIENT_SAFE_TEXT = CLIENT_SAFE_CHOICE


@dataclass(frozen=True)
class ReportChoice:
    suffix: str  # ".pdf" or ".docx"
    client_safe: bool


def last_format() -> str:
    """The format chosen last time (PDF the first time)."""
    saved = QSettings().value(FORMAT_KEY, PDF)
    return saved if saved in FILTERS else PDF


def remember_format(suffix: str) -> None:
    QSettings().setValue(FORMAT_KEY, suffix)


class ReportDialog(QDialog):
    """Two radio buttons and a checkbox, all reached by their mnemonics (Alt+P, Alt+D,
    Alt+C); Enter goes on to the file dialog."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        how = QGroupBox("Format")
        how_layout = QVBoxLayout(how)
        self.pdf_button = QRadioButton("&PDF: ready to send and print")
        self.docx_button = QRadioButton("&DOCX: to brand and reword in Word or LibreOffice Writer")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_button)
        self.format_group.addButton(self.docx_button)
        (self.docx_button if last_format() == DOCX else self.pdf_button).setChecked(True)
        how_layout.addWidget(self.pdf_button)
        how_layout.addWidget(self.docx_button)
        layout.addWidget(how)

        self.client_safe = QCheckBox(CLIENT_SAFE_TEXT)
        self.client_safe.setToolTip(
            "Private notes, of answers and of the roadmap's actions, are the consultant's "
            "own: a normal report shows them marked \u201cPrivate note\u201d."
        )
        layout.addWidget(self.client_safe)

        note = QLabel("Next, choose where to save the report.", wordWrap=True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setEnabled(False)  # secondary text
        layout.addWidget(note)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            "&Export\u2026", QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        checked = self.docx_button if self.docx_button.isChecked() else self.pdf_button
        checked.setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> ReportChoice:
        return ReportChoice(
            DOCX if self.docx_button.isChecked() else PDF, self.client_safe.isChecked()
        )
