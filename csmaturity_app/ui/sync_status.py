"""The status bar's word on team sync: when this store last synced, and how many changes made
here wait to be sent.

Read from `Store.sync_state()`, which counts the waiting rows without scanning the store, so
the label can follow every change the window makes (debounced: the wizard writes on every key).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from csmaturity_app import i18n
from csmaturity_app.i18n import formats
from csmaturity_app.store import SyncState
from csmaturity_app.ui.markup import plain_tooltip

NEVER_SYNCED = "Not synced with a team server"  # as the English window says it
REFRESH_MS = 400  # after the last change: the wizard records an answer on every key


def _changes(count: int) -> str:
    """ "1 change", "2,500 changes". Not `presentation.numbers`: the window builds this label
    before its first paint, which loads nothing of the presentation."""
    if i18n.plural_is_one(count):
        text = QCoreApplication.translate("sync_status", "{count} change")
    else:
        text = QCoreApplication.translate("sync_status", "{count} changes")
    return text.format(count=formats.integer(count))


def _rows(count: int) -> str:
    if i18n.plural_is_one(count):
        text = QCoreApplication.translate("sync_status", "{count} row")
    else:
        text = QCoreApplication.translate("sync_status", "{count} rows")
    return text.format(count=formats.integer(count))


def _sync_action_text() -> str:
    return QCoreApplication.translate("sync_status", "File > Sync with Team Server\u2026")


def short_local_time(stamp: str, seconds: bool = False) -> str:
    """A store's UTC stamp as this computer's local date and time, written as the window
    writes dates (ISO: "2026-11-30 09:12", in every language); the stamp itself when it is
    not one. `seconds` where two changes a minute apart must still be told apart (which one
    is newer)."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()  # local time
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def waiting_text(pending: int) -> str:
    if pending == 0:
        return QCoreApplication.translate("sync_status", "no changes waiting")
    return QCoreApplication.translate("sync_status", "{changes} waiting").format(
        changes=_changes(pending)
    )


def sync_status_text(state: SyncState) -> str:
    """ "Last sync: 2026-11-30 09:12 · 3 changes waiting", or that there has been none."""
    if not state.ever_synced:
        return QCoreApplication.translate("sync_status", "Not synced with a team server")
    when = (
        short_local_time(state.synced_at)
        if state.synced_at
        else QCoreApplication.translate("sync_status", "never")
    )
    return QCoreApplication.translate("sync_status", "Last sync: {when} \u00b7 {waiting}").format(
        when=when, waiting=waiting_text(state.pending)
    )


def sync_status_tip(state: SyncState, shortcut: str = "") -> str:
    """The label's tooltip, as plain text: the server, and what the last sync did."""
    keys = f" ({shortcut})" if shortcut else ""
    if not state.ever_synced:
        return QCoreApplication.translate(
            "sync_status",
            "This store has not been synced with a team server. {action} sends its changes and "
            "receives everyone else's.",
        ).format(action=_sync_action_text() + keys)
    lines = [
        QCoreApplication.translate("sync_status", "Team server: {url}").format(
            url=state.server_url
        ),
        QCoreApplication.translate(
            "sync_status", "The last sync sent {sent} and received {received}."
        ).format(sent=_rows(state.last_sent), received=_rows(state.last_received)),
    ]
    if state.last_conflicts:
        if i18n.plural_is_one(state.last_conflicts):
            text = QCoreApplication.translate(
                "sync_status", "{count} answer changed on both sides: File > Sync Conflicts\u2026"
            )
        else:
            text = QCoreApplication.translate(
                "sync_status", "{count} answers changed on both sides: File > Sync Conflicts\u2026"
            )
        lines.append(text.format(count=formats.integer(state.last_conflicts)))
    lines.append(_sync_action_text() + keys)
    return "\n".join(lines)


class SyncStatusLabel(QLabel):
    """The permanent label in the status bar. `show_state` sets it; `refresh_soon` restarts
    `timer`, whose timeout the window connects to a read of its store: the label never holds
    a store, which the window may switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a server's address may hold "<b>"
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self.state: SyncState | None = None
        self.shortcut = ""

    def show_state(self, state: SyncState) -> None:
        self.state = state
        self.setText(sync_status_text(state))
        self.setToolTip(plain_tooltip(sync_status_tip(state, self.shortcut)))

    def refresh_soon(self) -> None:
        self.timer.start()
