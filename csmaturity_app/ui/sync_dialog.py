"""The dialogs of a team sync: where to sync with (then Sync, or Preview first), and what the
sync did (or would do).

The address is the store's (`SyncState.server_url`, remembered by the sync itself), never
the settings': a store carried to another computer syncs with its own team. A password is
never part of it: `ServerAddress.parse` refuses one, and the dialog says why, in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from csmaturity_app import i18n
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import formats
from csmaturity_app.presentation.words import capitalized
from csmaturity_app.store import MergeOutcome, SyncState
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.ui.sync_status import short_local_time, sync_status_text

TITLE = "Sync with Team Server"  # as the English window says it
ERROR_COLOUR = "#D55E00"
NO_ADDRESS = "Give the team server\u2019s address, e.g. postgresql://you@server/database"


def placeholder() -> str:
    """An example address in the user's words (the user, the server, the database)."""
    return QCoreApplication.translate("sync_dialog", "postgresql://you@server/database")


def _title() -> str:
    return QCoreApplication.translate("sync_dialog", "Sync with Team Server")


class SyncDialog(QDialog):
    """The team server's address, with Sync (the default) and Preview (a dry run). Either
    checks the address first and says, below it, what is wrong with it; the dialog stays."""

    def __init__(self, parent: QWidget | None, store_name: str, state: SyncState) -> None:
        super().__init__(parent)
        self.setWindowTitle(_title())
        self.dry_run = False
        self.address: ServerAddress | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = _label(
            self.tr(
                "Send the changes made in {store} to the team server, and receive everyone "
                "else\u2019s. Where both sides changed the same answer, the most recent change "
                "is kept."
            ).format(store=store_name)
        )
        layout.addWidget(intro)

        form = QFormLayout()
        self.address_edit = QLineEdit(state.server_url)
        self.address_edit.setPlaceholderText(placeholder())
        self.address_edit.setClearButtonEnabled(True)
        self.address_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        address_label = QLabel(self.tr("Server &address:"))
        address_label.setBuddy(self.address_edit)
        form.addRow(address_label, self.address_edit)
        self.error = _label("")
        self.error.setObjectName("addressError")
        # Vermillion (Okabe-Ito): reads as a warning on the light and the dark theme alike.
        self.error.setStyleSheet(f"QLabel#addressError {{ color: {ERROR_COLOUR}; }}")
        self.error.hide()
        self.address_edit.textChanged.connect(lambda _text: self.error.hide())
        form.addRow("", self.error)
        hint = _label(
            self.tr(
                "No password is kept: the connection uses ~/.pgpass, a service file or "
                "PGPASSWORD, or asks for one when the server wants it."
            )
        )
        hint.setEnabled(False)  # read as a hint, not as an instruction
        form.addRow("", hint)
        layout.addLayout(form)

        self.state_label = _label(sync_status_text(state))
        layout.addWidget(self.state_label)

        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton(
            self.tr("&Sync"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button = buttons.addButton(
            self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setToolTip(
            self.tr("What a sync would send and receive, and its conflicts, changing nothing")
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
                raise UserFacingError(
                    self.tr("Give the team server\u2019s address, e.g. {example}").format(
                        example=placeholder()
                    )
                )
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
        return QCoreApplication.translate("sync_dialog", "nothing new here")
    parts = [
        *_organizations_received(merge.organizations.new, merge.organizations.updated),
        *_assessments_received(merge.assessments.new, merge.assessments.updated),
        *_answers_received(merge.answers.new, merge.answers.updated),
        *_targets_received(merge.targets.new, merge.targets.updated),
        *_actions_received(merge.actions.new, merge.actions.updated),
    ]
    if merge.model_versions_new:
        parts.append(
            _plural(
                merge.model_versions_new,
                QCoreApplication.translate("sync_dialog", "{count} maturity model version"),
                QCoreApplication.translate("sync_dialog", "{count} maturity model versions"),
            )
        )
    if merge.deleted:
        parts.append(
            _plural(
                merge.deleted,
                QCoreApplication.translate(
                    "sync_dialog", "{count} record deleted, as on the team server"
                ),
                QCoreApplication.translate(
                    "sync_dialog", "{count} records deleted, as on the team server"
                ),
            )
        )
    return QCoreApplication.translate("sync_dialog", ", ").join(parts)


def _plural(count: int, one: str, other: str, **values: str) -> str:
    """`one` or `other` (translated, with a {count}) as the language's rule picks, filled."""
    chosen = one if i18n.plural_is_one(count) else other
    return chosen.format(count=formats.integer(count), **values)


def _organizations_received(new: int, updated: int) -> list[str]:
    parts = []
    if new:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} new organization")
            if i18n.plural_is_one(new)
            else QCoreApplication.translate("sync_dialog", "{count} new organizations")
        )
        parts.append(text.format(count=formats.integer(new)))
    if updated:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} updated organization")
            if i18n.plural_is_one(updated)
            else QCoreApplication.translate("sync_dialog", "{count} updated organizations")
        )
        parts.append(text.format(count=formats.integer(updated)))
    return parts


def _assessments_received(new: int, updated: int) -> list[str]:
    parts = []
    if new:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} new assessment")
            if i18n.plural_is_one(new)
            else QCoreApplication.translate("sync_dialog", "{count} new assessments")
        )
        parts.append(text.format(count=formats.integer(new)))
    if updated:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} updated assessment")
            if i18n.plural_is_one(updated)
            else QCoreApplication.translate("sync_dialog", "{count} updated assessments")
        )
        parts.append(text.format(count=formats.integer(updated)))
    return parts


def _answers_received(new: int, updated: int) -> list[str]:
    parts = []
    if new:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} new answer")
            if i18n.plural_is_one(new)
            else QCoreApplication.translate("sync_dialog", "{count} new answers")
        )
        parts.append(text.format(count=formats.integer(new)))
    if updated:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} updated answer")
            if i18n.plural_is_one(updated)
            else QCoreApplication.translate("sync_dialog", "{count} updated answers")
        )
        parts.append(text.format(count=formats.integer(updated)))
    return parts


def _targets_received(new: int, updated: int) -> list[str]:
    parts = []
    if new:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} new target")
            if i18n.plural_is_one(new)
            else QCoreApplication.translate("sync_dialog", "{count} new targets")
        )
        parts.append(text.format(count=formats.integer(new)))
    if updated:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} updated target")
            if i18n.plural_is_one(updated)
            else QCoreApplication.translate("sync_dialog", "{count} updated targets")
        )
        parts.append(text.format(count=formats.integer(updated)))
    return parts


def _actions_received(new: int, updated: int) -> list[str]:
    parts = []
    if new:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} new action")
            if i18n.plural_is_one(new)
            else QCoreApplication.translate("sync_dialog", "{count} new actions")
        )
        parts.append(text.format(count=formats.integer(new)))
    if updated:
        text = (
            QCoreApplication.translate("sync_dialog", "{count} updated action")
            if i18n.plural_is_one(updated)
            else QCoreApplication.translate("sync_dialog", "{count} updated actions")
        )
        parts.append(text.format(count=formats.integer(updated)))
    return parts


def summary_rows(outcome: SyncOutcome) -> list[tuple[str, str]]:
    """The summary's lines: sent, received, conflicts (and changes lost to a deletion)."""
    dry = outcome.dry_run
    if dry:
        sent = _plural(
            outcome.sent,
            QCoreApplication.translate(
                "sync_dialog", "{count} row would change on the team server"
            ),
            QCoreApplication.translate(
                "sync_dialog", "{count} rows would change on the team server"
            ),
        )
    else:
        sent = _plural(
            outcome.sent,
            QCoreApplication.translate("sync_dialog", "{count} row changed on the team server"),
            QCoreApplication.translate("sync_dialog", "{count} rows changed on the team server"),
        )
    received = _plural(
        outcome.received,
        QCoreApplication.translate("sync_dialog", "{count} row from the team server"),
        QCoreApplication.translate("sync_dialog", "{count} rows from the team server"),
    )
    if outcome.received:
        received = QCoreApplication.translate("sync_dialog", "{rows}: {detail}").format(
            rows=received, detail=received_detail(outcome.merge)
        )
    rows = [
        (QCoreApplication.translate("sync_dialog", "Sent:"), sent),
        (QCoreApplication.translate("sync_dialog", "Received:"), received),
    ]
    conflicts_name = QCoreApplication.translate("sync_dialog", "Conflicts:")
    if outcome.conflicts:
        if dry:
            text = _plural(
                len(outcome.conflicts),
                QCoreApplication.translate(
                    "sync_dialog",
                    "{count} answer changed on both sides: the most recent change would be kept",
                ),
                QCoreApplication.translate(
                    "sync_dialog",
                    "{count} answers changed on both sides: the most recent change would be kept",
                ),
            )
        else:
            text = _plural(
                len(outcome.conflicts),
                QCoreApplication.translate(
                    "sync_dialog",
                    "{count} answer changed on both sides: the most recent change kept",
                ),
                QCoreApplication.translate(
                    "sync_dialog",
                    "{count} answers changed on both sides: the most recent change kept",
                ),
            )
        rows.append((conflicts_name, text))
    else:
        rows.append((conflicts_name, QCoreApplication.translate("sync_dialog", "none")))
    if outcome.record_conflicts:
        if dry:
            text = QCoreApplication.translate(
                "sync_dialog",
                "Changed on both sides, the most recent change would be kept: {records}",
            )
        else:
            text = QCoreApplication.translate(
                "sync_dialog", "Changed on both sides, the most recent change kept: {records}"
            )
        rows.append(
            (
                QCoreApplication.translate("sync_dialog", "Records:"),
                text.format(records="; ".join(outcome.record_conflicts)),
            )
        )
    deleted = []
    if outcome.dropped_here:
        deleted.append(
            _plural(
                outcome.dropped_here,
                QCoreApplication.translate(
                    "sync_dialog",
                    "{count} change made here was to records deleted on the team server meanwhile",
                ),
                QCoreApplication.translate(
                    "sync_dialog",
                    "{count} changes made here were to records deleted on the team server "
                    "meanwhile",
                ),
            )
        )
    if outcome.dropped_pulled:
        deleted.append(
            _plural(
                outcome.dropped_pulled,
                QCoreApplication.translate(
                    "sync_dialog", "{count} row received was of records deleted here"
                ),
                QCoreApplication.translate(
                    "sync_dialog", "{count} rows received were of records deleted here"
                ),
            )
        )
    if deleted:
        rows.append(
            (
                QCoreApplication.translate("sync_dialog", "Deleted:"),
                QCoreApplication.translate("sync_dialog", "{what}: the deletion stands").format(
                    what="; ".join(deleted)
                ),
            )
        )
    if outcome.merge is not None and outcome.merge.future_rows:
        future = outcome.merge.future_rows
        text = _plural(
            future,
            QCoreApplication.translate(
                "sync_dialog",
                "{count} row stamped more than a day ahead of this computer's clock (the latest "
                "{latest}) was taken: it wins over later changes",
            ),
            QCoreApplication.translate(
                "sync_dialog",
                "{count} rows stamped more than a day ahead of this computer's clock (the latest "
                "{latest}) were taken: they win over later changes",
            ),
            latest=short_local_time(outcome.merge.latest_future),
        )
        rows.append((QCoreApplication.translate("sync_dialog", "Clock:"), text))
    if outcome.server_behind:
        rows.append(
            (
                QCoreApplication.translate("sync_dialog", "Server:"),
                QCoreApplication.translate(
                    "sync_dialog",
                    "The team server had lost changes this computer had seen (restored from a "
                    "backup?): everything here was sent again",
                ),
            )
        )
    return rows


def summary_heading(outcome: SyncOutcome) -> str:
    if outcome.dry_run:
        return QCoreApplication.translate(
            "sync_dialog",
            "A sync with {server} would do this. This was a preview: nothing was changed, here "
            "or on the team server.",
        ).format(server=outcome.server)
    return QCoreApplication.translate("sync_dialog", "Synced with {server}.").format(
        server=outcome.server
    )


class SyncSummaryDialog(QDialog):
    """What a sync did, or a preview would do: sent, received, conflicts. "Show Conflicts"
    when there are any; after a preview, "Sync Now" (accept) does it for real."""

    def __init__(self, parent: QWidget | None, outcome: SyncOutcome) -> None:
        super().__init__(parent)
        self.setWindowTitle(_title())
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
                self.tr("Show &Conflicts\u2026"), QDialogButtonBox.ButtonRole.ActionRole
            )
        self.sync_button: QPushButton | None = None
        if outcome.dry_run:
            self.sync_button = buttons.addButton(
                self.tr("&Sync Now"), QDialogButtonBox.ButtonRole.AcceptRole
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
