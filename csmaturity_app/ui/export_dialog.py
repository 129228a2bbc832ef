"""What to export: the whole store, the selected organization or the selected assessment, as a
snapshot (every answer, can be imported elsewhere) or a summary (one row per assessment); a
snapshot for the client leaves the consultant's private notes out. Either can be encrypted
(an age file) with a passphrase or to a recipient's public key: a file that travels by email
or USB stick is then unreadable to whoever else picks it up."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.age_files import check_recipient
from csmaturity_app.ui.file_language import FileLanguageCombo

LANGUAGE_KEY = "snapshots/language"  # QSettings: the language of the last export's text


@dataclass(frozen=True)
class ExportScope:
    """One choice of what to export: `text` for its radio button (with its & mnemonic; see
    `escape_mnemonic`), `name` for the suggested file name."""

    text: str
    name: str
    organization_id: str | None = None
    assessment_id: str | None = None
    available: bool = True


class Protection(Enum):
    """How the exported file is protected."""

    NONE = "none"
    PASSPHRASE = "passphrase"  # asked for next, typed twice (`NewPassphraseDialog`)
    RECIPIENT = "recipient"  # an age public key (age1...), typed in the dialog


@dataclass(frozen=True)
class ExportChoice:
    scope: ExportScope
    summary: bool
    client_safe: bool = False  # a snapshot without private notes (a summary has none)
    protection: Protection = Protection.NONE
    recipient: str = ""  # the checked public key, with `Protection.RECIPIENT`
    language: str = "en"  # of the text columns (names, titles, labels): ids stay as they are

    @property
    def encrypted(self) -> bool:
        return self.protection is not Protection.NONE


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def safe_file_part(text: str, limit: int = 60) -> str:
    """A piece of a file name from any text: no path separators, no characters that some
    system refuses, no spaces; "" when nothing is left."""
    cleaned = "-".join(_UNSAFE.sub(" ", text).split())
    return cleaned[:limit].strip(".-")


def default_file_name(choice: ExportChoice, today: date) -> str:
    """For example csmaturity-Acme-Analytics-2026-03-04.csv, or .csv.age encrypted."""
    name = safe_file_part(choice.scope.name) or "store"
    kind = "-summary" if choice.summary else "-client-safe" if choice.client_safe else ""
    age = ".age" if choice.encrypted else ""
    return f"csmaturity-{name}{kind}-{today.isoformat()}.csv{age}"


RECIPIENT_HINT = (
    "Paste the recipient's public key (age1\u2026): age-keygen prints it as \u201cPublic "
    "key\u201d. Only their secret key opens the file."
)
RECIPIENT_FITS = "Only the secret key of this public key opens the file."


def _recipient_hint() -> str:
    return QCoreApplication.translate(
        "ExportDialog",
        "Paste the recipient's public key (age1\u2026): age-keygen prints it as \u201cPublic "
        "key\u201d. Only their secret key opens the file.",
    )


def _recipient_fits() -> str:
    return QCoreApplication.translate(
        "ExportDialog", "Only the secret key of this public key opens the file."
    )


def recipient_problem(text: str) -> str:
    """Why `text` is not a public key to encrypt to ("" when it is one)."""
    if not text.strip():
        return _recipient_hint()
    try:
        check_recipient(text)
    except UserFacingError as exc:
        message = str(exc)
        return message[:1].upper() + message[1:] + "."
    return ""


def next_step_text(choice: ExportChoice) -> str:
    """The line under the choices: what comes after Export."""
    if choice.protection is Protection.PASSPHRASE:
        return QCoreApplication.translate(
            "ExportDialog", "Next, choose the passphrase, then where to save the encrypted file."
        )
    if choice.encrypted:
        return QCoreApplication.translate(
            "ExportDialog", "Next, choose where to save the encrypted file."
        )
    return QCoreApplication.translate("ExportDialog", "Next, choose where to save the CSV file.")


class ExportDialog(QDialog):
    """Three groups of radio buttons; the first scope that is available starts checked, and
    the file is not encrypted unless asked. `recipient` fills the key's field (the last one
    used): choosing to encrypt to it is still the user's."""

    def __init__(
        self, parent: QWidget | None, scopes: list[ExportScope], recipient: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export snapshot"))
        self.scopes = scopes
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        what = QGroupBox(self.tr("What to export"))
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

        how = QGroupBox(self.tr("Format"))
        how_layout = QVBoxLayout(how)
        self.snapshot_button = QRadioButton(
            self.tr("&Snapshot: every answer with its notes; can be imported into another store")
        )
        self.summary_button = QRadioButton(
            self.tr(
                "S&ummary: one row per assessment (placed stage, maturity index, attainment), "
                "for spreadsheets; cannot be imported"
            )
        )
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.snapshot_button, 0)
        self.format_group.addButton(self.summary_button, 1)
        self.snapshot_button.setChecked(True)
        how_layout.addWidget(self.snapshot_button)
        # Off by default: a snapshot is first a backup, and a backup keeps everything. Under
        # the snapshot, indented: it refines that choice.
        self.client_safe_box = QCheckBox(self.tr("&Client-safe: leave private notes out"))
        self.client_safe_box.setToolTip(
            self.tr(
                "For a file the client will see: the private notes of answers and actions are "
                "left out (importing it elsewhere keeps the private notes there)"
            )
        )
        indented = QHBoxLayout()
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        indented.addSpacing(indicator)
        indented.addSpacing(6)
        indented.addWidget(self.client_safe_box, 1)
        how_layout.addLayout(indented)
        how_layout.addWidget(self.summary_button)
        # A summary has no notes at all: nothing to leave out.
        self.summary_button.toggled.connect(
            lambda summary: self.client_safe_box.setEnabled(not summary)
        )
        # Readers of the file read its names and labels; an import reads only its ids.
        self.language_combo = FileLanguageCombo(LANGUAGE_KEY, self)
        self.language_combo.setToolTip(
            self.tr(
                "Names, titles and labels are written in this language; ids and column names "
                "stay the same, and an import reads only the ids"
            )
        )
        language_label = QLabel(self.tr("&Language of names and labels:"))
        language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        how_layout.addLayout(language_row)
        layout.addWidget(how)

        protect = QGroupBox(self.tr("Protect the file"))
        protect_layout = QVBoxLayout(protect)
        self.plain_button = QRadioButton(self.tr("&Not encrypted"))
        self.passphrase_button = QRadioButton(self.tr("Encrypt with a &passphrase"))
        self.passphrase_button.setToolTip(
            self.tr(
                "Whoever opens the file needs the passphrase: tell it by another way than the "
                "file itself (a phone call, not the same email)"
            )
        )
        self.recipient_button = QRadioButton(self.tr("Encrypt to a &recipient's key"))
        self.recipient_button.setToolTip(
            self.tr(
                "An age public key (age1\u2026): only the matching secret key opens the file, "
                "and no passphrase needs to travel"
            )
        )
        self.protection_group = QButtonGroup(self)
        for button, protection in zip(
            (self.plain_button, self.passphrase_button, self.recipient_button),
            Protection,
            strict=True,
        ):
            self.protection_group.addButton(button, list(Protection).index(protection))
            protect_layout.addWidget(button)
        self.plain_button.setChecked(True)
        self.recipient_field = QLineEdit(recipient)
        self.recipient_field.setPlaceholderText("age1\u2026")
        self.recipient_field.setAccessibleName(self.tr("Recipient's public key"))
        self.recipient_field.setClearButtonEnabled(True)
        self.recipient_note = QLabel(wordWrap=True)
        self.recipient_note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.recipient_note.setAccessibleName(self.tr("Recipient's key check"))
        under_recipient = QVBoxLayout()
        under_recipient.setContentsMargins(indicator + 6, 0, 0, 0)
        under_recipient.addWidget(self.recipient_field)
        under_recipient.addWidget(self.recipient_note)
        protect_layout.addLayout(under_recipient)
        layout.addWidget(protect)

        self.note = QLabel(wordWrap=True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setEnabled(False)  # secondary text
        layout.addWidget(self.note)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export\u2026"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)
        self._available = bool(available)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.protection_group.idToggled.connect(self._protection_toggled)
        self.recipient_field.textChanged.connect(self._update)
        self._update()
        checked = self.scope_group.checkedButton()
        (checked or self.export_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def protection(self) -> Protection:
        return list(Protection)[max(self.protection_group.checkedId(), 0)]

    def _protection_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        self._update()
        if self.recipient_button.isChecked() and self.recipient_button.hasFocus():
            # Chosen (Alt+R, a click): the key is what to type next.
            self.recipient_field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.recipient_field.selectAll()

    def _update(self) -> None:
        to_recipient = self.protection() is Protection.RECIPIENT
        problem = recipient_problem(self.recipient_field.text()) if to_recipient else ""
        self.recipient_field.setEnabled(to_recipient)
        self.recipient_note.setVisible(to_recipient)
        self.recipient_note.setText(problem or _recipient_fits())
        self.export_button.setEnabled(self._available and not problem)
        self.note.setText(next_step_text(self.choice()))

    def choice(self) -> ExportChoice:
        summary = self.summary_button.isChecked()
        protection = self.protection()
        recipient = ""
        if protection is Protection.RECIPIENT:
            # Only ever read once the key checks out (Export waits for it); the note says why.
            recipient = self.recipient_field.text().strip()
        return ExportChoice(
            self.scopes[max(self.scope_group.checkedId(), 0)],
            summary,
            client_safe=not summary and self.client_safe_box.isChecked(),
            protection=protection,
            recipient=recipient,
            language=self.language_combo.language(),
        )
