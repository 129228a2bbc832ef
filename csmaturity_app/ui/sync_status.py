"""The status bar's word on team sync: when this store last synced, and how many changes made
here wait to be sent.

Read from `Store.sync_state()`, which counts the waiting rows without scanning the store, so
the label can follow every change the window makes (debounced: the wizard writes on every key).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from csmaturity_app.store import SyncState
from csmaturity_app.ui.markup import plain_tooltip

NEVER_SYNCED = "Not synced with a team server"
SYNC_ACTION_TEXT = "File > Sync with Team Server\u2026"
REFRESH_MS = 400  # after the last change: the wizard records an answer on every key


def counted(count: int, noun: str) -> str:
    """ "1 change", "2,500 changes". Not `presentation.numbers.counted`: the window builds this
    label before its first paint, which loads nothing of the presentation."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def short_local_time(stamp: str, seconds: bool = False) -> str:
    """A store's UTC stamp as this computer's local date and time, written as the window
    writes dates (ISO: "2026-11-30 09:12"); the stamp itself when it is not one. `seconds`
    where two changes a minute apart must still be told apart (which one is newer)."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()  # local time
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def waiting_text(pending: int) -> str:
    return "no changes waiting" if pending == 0 else f"{counted(pending, 'change')} waiting"


def sync_status_text(state: SyncState) -> str:
    """ "Last sync: 2026-11-30 09:12 · 3 changes waiting", or that there has been none."""
    if not state.ever_synced:
        return NEVER_SYNCED
    when = short_local_time(state.synced_at) if state.synced_at else "never"
    return f"Last sync: {when} \u00b7 {waiting_text(state.pending)}"


def sync_status_tip(state: SyncState, shortcut: str = "") -> str:
    """The label's tooltip, as plain text: the server, and what the last sync did."""
    keys = f" ({shortcut})" if shortcut else ""
    if not state.ever_synced:
        return (
            "This store has not been synced with a team server. "
            f"{SYNC_ACTION_TEXT}{keys} sends its changes and receives everyone else's."
        )
    lines = [
        f"Team server: {state.server_url}",
        f"The last sync sent {counted(state.last_sent, 'row')} and received "
        f"{counted(state.last_received, 'row')}.",
    ]
    if state.last_conflicts:
        lines.append(
            f"{counted(state.last_conflicts, 'answer')} changed on both sides: "
            "File > Sync Conflicts\u2026"
        )
    lines.append(f"{SYNC_ACTION_TEXT}{keys}")
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
