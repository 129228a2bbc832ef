"""File > Export report's first step: the format (PDF to send, DOCX to edit), the report's
language (a French report from an English window) and whether the consultant's private notes
stay out (client-safe); the file dialog comes next."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.presentation.plan import CLIENT_SAFE_CHOICE
from csmaturity_app.ui.file_language import FileLanguageCombo

FORMAT_KEY = "report/format"
LANGUAGE_KEY = "report/language"
PDF = ".pdf"
DOCX = ".docx"
FILTERS = {
    PDF: "PDF document (*.pdf)",
    DOCX: "Word document (*.docx)",
}
CLIENT_SAFE_TEXT = CLIENT_SAFE_CHOICE


def filter_text(suffix: str) -> str:
    """The file dialog's filter of a format, in the window's language (the `(*.pdf)` part is
    Qt's and stays as is)."""
    if suffix == DOCX:
        return QCoreApplication.translate("ReportDialog", "Word document (*.docx)")
    return QCoreApplication.translate("ReportDialog", "PDF document (*.pdf)")


@dataclass(frozen=True)
class ReportChoice:
    suffix: str  # ".pdf" or ".docx"
    client_safe: bool
    language: str = "en"  # the report's language, a code ("fr")


def last_format() -> str:
    """The format chosen last time (PDF the first time)."""
    saved = QSettings().value(FORMAT_KEY, PDF)
    return saved if saved in FILTERS else PDF


def remember_format(suffix: str) -> None:
    QSettings().setValue(FORMAT_KEY, suffix)


class ReportDialog(QDialog):
    """Two radio buttons, the language and a checkbox, all reached by their mnemonics (Alt+P,
    Alt+D, Alt+L, Alt+C); Enter goes on to the file dialog."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        how = QGroupBox(self.tr("Format"))
        how_layout = QVBoxLayout(how)
        self.pdf_button = QRadioButton(self.tr("&PDF: ready to send and print"))
        self.docx_button = QRadioButton(
            self.tr("&DOCX: to brand and reword in Word or LibreOffice Writer")
        )
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_button)
        self.format_group.addButton(self.docx_button)
        (self.docx_button if last_format() == DOCX else self.pdf_button).setChecked(True)
        how_layout.addWidget(self.pdf_button)
        how_layout.addWidget(self.docx_button)
        layout.addWidget(how)

        # The client's language, which need not be the consultant's.
        self.language_combo = FileLanguageCombo(LANGUAGE_KEY, self)
        language_label = QLabel(self.tr("&Language of the report:"))
        language_label.setBuddy(self.language_combo)
        language_row = QFormLayout()
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.addRow(language_label, self.language_combo)
        layout.addLayout(language_row)

        self.client_safe = QCheckBox(
            QCoreApplication.translate("ReportDialog", "&Client-safe: leave private notes out")
        )
        self.client_safe.setToolTip(
            self.tr(
                "Private notes, of answers and of the roadmap's actions, are the consultant's "
                "own: a normal report shows them marked \u201cPrivate note\u201d."
            )
        )
        layout.addWidget(self.client_safe)

        note = QLabel(self.tr("Next, choose where to save the report."), wordWrap=True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setEnabled(False)  # secondary text
        layout.addWidget(note)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export\u2026"), QDialogButtonBox.ButtonRole.AcceptRole
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
            DOCX if self.docx_button.isChecked() else PDF,
            self.client_safe.isChecked(),
            self.language_combo.language(),
        )
