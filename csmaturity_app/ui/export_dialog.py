"""What to export: the whole store, the selected organization or the selected assessment, as a
snapshot (every answer, can be imported elsewhere) or a summary (one row per assessment); a
snapshot for the client leaves the consultant's private notes out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.presentation.plan import CLIENT_SAFE_CHOICE


@dataclass(frozen=True)
class ExportScope:
    """One choice of what to export: `text` for its radio button (with its & mnemonic; see
    `escape_mnemonic`), `name` for the suggested file name."""

    text: str
    name: str
    organization_id: str | None = None
    assessment_id: str | None = None
    available: bool = True


@dataclass(frozen=True)
class ExportChoice:
    scope: ExportScope
    summary: bool
    client_safe: bool = False  # a snapshot without private notes (a summary has none)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def safe_file_part(text: str, limit: int = 60) -> str:
    """A piece of a file name from any text: no path separators, no characters that some
    system refuses, no spaces; "" when nothing is left."""
    cleaned = "-".join(_UNSAFE.sub(" ", text).split())
    return cleaned[:limit].strip(".-")


def default_file_name(choice: ExportChoice, today: date) -> str:
    """For example csmaturity-Acme-Analytics-2026-03-04.csv."""
    name = safe_file_part(choice.scope.name) or "store"
    kind = "-summary" if choice.summary else "-client-safe" if choice.client_safe else ""
    return f"csmaturity-{name}{kind}-{today.isoformat()}.csv"


class ExportDialog(QDialog):
    """Two groups of radio buttons; the first scope that is available starts checked."""

    def __init__(self, parent: QWidget | None, scopes: list[ExportScope]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export snapshot")
        self.scopes = scopes
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        what = QGroupBox("What to export")
        what_layout = QVBoxLayout(what)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: list[QRadioButton] = []
        for n, scope in enumerate(scopes):
            button = QRadioButton(scope.text)
            button.setEnabled(scope.available)
            self.scope_group.addButton(button, n)
            self.scope_buttons.append(button)
            what_layout.addWidget(button)
        available = [b for b in self.scope_buttons if b.isEnabled()]
        if available:
            available[0].setChecked(True)
        layout.addWidget(what)

        how = QGroupBox("Format")
        how_layout = QVBoxLayout(how)
        self.snapshot_button = QRadioButton(
            "&Snapshot: every answer with its notes; can be imported into another store"
        )
        self.summary_button = QRadioButton(
            "S&ummary: one row per assessment (placed stage, maturity index, attainment), "
            "for spreadsheets; cannot be imported"
        )
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.snapshot_button, 0)
        self.format_group.addButton(self.summary_button, 1)
        self.snapshot_button.setChecked(True)
        how_layout.addWidget(self.snapshot_button)
        # Off by default: a snapshot is first a backup, and a backup keeps everything. Under
        # the snapshot, indented: it refines that choice.
        self.client_safe_box = QCheckBox(CLIENT_SAFE_CHOICE)
        self.client_safe_box.setToolTip(
            "For a file the client will see: the private notes of answers and actions are "
            "left out (importing it elsewhere keeps the private notes there)"
        )
        indented = QHBoxLayout()
        indented.addSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth))
        indented.addSpacing(6)
        indented.addWidget(self.client_safe_box, 1)
        how_layout.addLayout(indented)
        how_layout.addWidget(self.summary_button)
        # A summary has no notes at all: nothing to leave out.
        self.summary_button.toggled.connect(
            lambda summary: self.client_safe_box.setEnabled(not summary)
        )
        layout.addWidget(how)

        note = QLabel("Next, choose where to save the CSV file.", wordWrap=True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setEnabled(False)  # secondary text
        layout.addWidget(note)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            "&Export\u2026", QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self.export_button.setEnabled(bool(available))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        checked = self.scope_group.checkedButton()
        (checked or self.export_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> ExportChoice:
        summary = self.summary_button.isChecked()
        return ExportChoice(
            self.scopes[max(self.scope_group.checkedId(), 0)],
            summary,
            client_safe=not summary and self.client_safe_box.isChecked(),
        )
