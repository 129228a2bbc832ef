"""The dialogs of a team sync: where to sync with (then Sync, or Preview first), and what the
sync did (or would do).

The address is the store's (`SyncState.server_url`, remembered by the sync itself), never
the settings': a store carried to another computer syncs with its own team. A password is
never part of it: `ServerAddress.parse` refuses one, and the dialog says why, in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.errors import UserFacingError
from csmaturity_app.presentation.numbers import counted, noun_form
from csmaturity_app.presentation.words import capitalized
from csmaturity_app.store import MergeOutcome, SyncState
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.ui.sync_status import short_local_time, sync_status_text

TITLE = "Sync with Team Server"
PLACEHOLDER = "postgresql://you@server/database"
PASSWORD_HINT = (
    "No password is kept: the connection uses ~/.pgpass, a service file or PGPASSWORD, or "
    "asks for one when the server wants it."
)
ERROR_COLOUR = "#D55E00"
NO_ADDRESS = f"Give the team server\u2019s address, e.g. {PLACEHOLDER}"


class SyncDialog(QDialog):
    """The team server's address, with Sync (the default) and Preview (a dry run). Either
    checks the address first and says, below it, what is wrong with it; the dialog stays."""

    def __init__(self, parent: QWidget | None, store_name: str, state: SyncState) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.dry_run = False
        self.address: ServerAddress | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = _label(
            f"Send the changes made in {store_name} to the team server, and receive everyone "
            "else\u2019s. Where both sides changed the same answer, the most recent change is "
            "kept."
        )
        layout.addWidget(intro)

        form = QFormLayout()
        self.address_edit = QLineEdit(state.server_url)
        self.address_edit.setPlaceholderText(PLACEHOLDER)
        self.address_edit.setClearButtonEnabled(True)
        self.address_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        address_label = QLabel("Server &address:")
        address_label.setBuddy(self.address_edit)
        form.addRow(address_label, self.address_edit)
        self.error = _label("")
        self.error.setObjectName("addressError")
        # Vermillion (Okabe-Ito): reads as a warning on the light and the dark theme alike.
        self.error.setStyleSheet(f"QLabel#addressError {{ color: {ERROR_COLOUR}; }}")
        self.error.hide()
        self.address_edit.textChanged.connect(lambda _text: self.error.hide())
        form.addRow("", self.error)
        hint = _label(PASSWORD_HINT)
        hint.setEnabled(False)  # read as a hint, not as an instruction
        form.addRow("", hint)
        layout.addLayout(form)

        self.state_label = _label(sync_status_text(state))
        layout.addWidget(self.state_label)

        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton("&Sync", QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button = buttons.addButton("&Preview", QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(
            "What a sync would send and receive, and its conflicts, changing nothing"
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(lambda: self._choose(dry_run=False))
        self.preview_button.clicked.connect(lambda: self._choose(dry_run=True))
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.address_edit.setFocus()
        self.address_edit.selectAll()

    def _choose(self, dry_run: bool) -> None:
        text = self.address_edit.text().strip()
        try:
            if not text:
                raise UserFacingError(NO_ADDRESS)
            self.address = ServerAddress.parse(text)
        except UserFacingError as exc:
            self.show_error(str(exc))
            return
        self.dry_run = dry_run
        self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(capitalized(message))
        self.error.show()
        self.adjustSize()  # room for the message: a wrapped label does not ask for it itself
        self.address_edit.setFocus()
        self.address_edit.selectAll()


def received_detail(merge: MergeOutcome | None) -> str:
    """What the rows received changed here: "2 new organizations, 14 updated answers"."""
    if merge is None or not merge.changes_anything:
        return "nothing new here"
    parts = []
    for noun, counts in (
        ("organization", merge.organizations),
        ("assessment", merge.assessments),
        ("answer", merge.answers),
        ("target", merge.targets),
        ("action", merge.actions),
    ):
        if counts.new:
            parts.append(f"{counts.new:,} new {noun_form(noun, counts.new)}")
        if counts.updated:
            parts.append(f"{counts.updated:,} updated {noun_form(noun, counts.updated)}")
    if merge.model_versions_new:
        parts.append(counted(merge.model_versions_new, "maturity model version"))
    if merge.deleted:
        parts.append(f"{counted(merge.deleted, 'record')} deleted, as on the team server")
    return ", ".join(parts)


def summary_rows(outcome: SyncOutcome) -> list[tuple[str, str]]:
    """The summary's lines: sent, received, conflicts (and changes lost to a deletion)."""
    would = "would change" if outcome.dry_run else "changed"
    rows = [
        ("Sent:", f"{counted(outcome.sent, 'row')} {would} on the team server"),
        (
            "Received:",
            f"{counted(outcome.received, 'row')} from the team server"
            + (f": {received_detail(outcome.merge)}" if outcome.received else ""),
        ),
    ]
    if outcome.conflicts:
        kept = "would be kept" if outcome.dry_run else "kept"
        rows.append(
            (
                "Conflicts:",
                f"{counted(len(outcome.conflicts), 'answer')} changed on both sides: "
                f"the most recent change {kept}",
            )
        )
    else:
        rows.append(("Conflicts:", "none"))
    if outcome.record_conflicts:
        kept = "would be kept" if outcome.dry_run else "kept"
        rows.append(
            (
                "Records:",
                f"Changed on both sides, the most recent change {kept}: "
                + "; ".join(outcome.record_conflicts),
            )
        )
    deleted = []
    if outcome.dropped_here:
        deleted.append(
            f"{counted(outcome.dropped_here, 'change')} made here "
            f"{noun_form('was', outcome.dropped_here, 'were')} to records deleted on the team "
            "server meanwhile"
        )
    if outcome.dropped_pulled:
        deleted.append(
            f"{counted(outcome.dropped_pulled, 'row')} received "
            f"{noun_form('was', outcome.dropped_pulled, 'were')} of records deleted here"
        )
    if deleted:
        rows.append(("Deleted:", "; ".join(deleted) + ": the deletion stands"))
    if outcome.merge is not None and outcome.merge.future_rows:
        future = outcome.merge.future_rows
        rows.append(
            (
                "Clock:",
                f"{counted(future, 'row')} stamped more than a day ahead of this computer's "
                f"clock (the latest {short_local_time(outcome.merge.latest_future)}) "
                f"{noun_form('was', future, 'were')} taken: "
                f"{'it wins' if future == 1 else 'they win'} over later changes",
            )
        )
    if outcome.server_behind:
        rows.append(
            (
                "Server:",
                "The team server had lost changes this computer had seen (restored from a "
                "backup?): everything here was sent again",
            )
        )
    return rows


def summary_heading(outcome: SyncOutcome) -> str:
    if outcome.dry_run:
        return (
            f"A sync with {outcome.server} would do this. This was a preview: nothing was "
            "changed, here or on the team server."
        )
    return f"Synced with {outcome.server}."


class SyncSummaryDialog(QDialog):
    """What a sync did, or a preview would do: sent, received, conflicts. "Show Conflicts"
    when there are any; after a preview, "Sync Now" (accept) does it for real."""

    def __init__(self, parent: QWidget | None, outcome: SyncOutcome) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.outcome = outcome
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = _label(summary_heading(outcome))
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.rows: list[tuple[str, str]] = summary_rows(outcome)
        for name, text in self.rows:
            value = _label(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(_label(name, wrap=False), value)
        layout.addLayout(form)

        buttons = QDialogButtonBox()
        self.conflicts_button: QPushButton | None = None
        if outcome.conflicts:
            self.conflicts_button = buttons.addButton(
                "Show &Conflicts\u2026", QDialogButtonBox.ButtonRole.ActionRole
            )
        self.sync_button: QPushButton | None = None
        if outcome.dry_run:
            self.sync_button = buttons.addButton(
                "&Sync Now", QDialogButtonBox.ButtonRole.AcceptRole
            )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.default_button = self.sync_button or close
        self.default_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.default_button.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        # As tall as its wrapped lines at that width, not as their unwrapped guess.
        self.resize(self.minimumWidth(), layout.heightForWidth(self.minimumWidth()))

    def text(self) -> str:
        """Everything the dialog says, as lines (tests and screen readers read the same)."""
        return "\n".join([self.heading.text()] + [f"{n} {t}" for n, t in self.rows])


def _label(text: str, wrap: bool = True) -> QLabel:
    label = QLabel(text, wordWrap=wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)  # addresses and names may hold markup
    return label
