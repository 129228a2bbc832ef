"""The status bar's word on team sync: its texts from real `SyncState` values, and the label
in the window following the store (a store marked synced through the store's own sync API)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from shown_text import displayed

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import AnswerConflict, AnswerSide, Store, SyncState
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.sync_status import (
    NEVER_SYNCED,
    SyncStatusLabel,
    short_local_time,
    sync_status_text,
    sync_status_tip,
)

SERVER = "postgresql://alice@db.example/<csm>"
STAMP = "2026-11-30T07:25:00.000000+00:00"


def synced(pending: int = 0, conflicts: int = 0) -> SyncState:
    return SyncState(
        "server-1", SERVER, 42, STAMP, pending, last_sent=3, last_received=12,
        last_conflicts=conflicts,
    )  # fmt: skip


def local_minutes(stamp: str = STAMP) -> str:
    """A stamp in this computer's time zone, to the minute, as the window writes dates."""
    moment = datetime.fromisoformat(stamp).astimezone()
    return f"{moment:%Y-%m-%d %H:%M}"


def test_a_store_never_synced_says_so() -> None:
    never = SyncState(None, "", 0, "", 0)
    assert sync_status_text(never) == NEVER_SYNCED == "Not synced with a team server"
    assert "File > Sync with Team Server\u2026 (Ctrl+Shift+Y)" in sync_status_tip(
        never, "Ctrl+Shift+Y"
    )


def test_the_last_sync_shows_in_local_time_with_the_changes_waiting() -> None:
    when = local_minutes()
    assert sync_status_text(synced(0)) == f"Last sync: {when} \u00b7 no changes waiting"
    assert sync_status_text(synced(1)) == f"Last sync: {when} \u00b7 1 change waiting"
    assert sync_status_text(synced(2500)) == f"Last sync: {when} \u00b7 2,500 changes waiting"


def test_the_tooltip_names_the_server_and_what_the_last_sync_did() -> None:
    tip = sync_status_tip(synced(conflicts=2))
    assert tip.splitlines()[:3] == [
        f"Team server: {SERVER}",
        "The last sync sent 3 rows and received 12 rows.",
        "2 answers changed on both sides: File > Sync Conflicts\u2026",
    ]
    assert "Conflicts" not in sync_status_tip(synced())


def test_a_time_in_local_time_to_the_minute_or_the_second() -> None:
    assert short_local_time(STAMP) == local_minutes()
    moment = datetime.fromisoformat("2026-11-30T07:25:09+00:00").astimezone()
    assert (
        short_local_time("2026-11-30T07:25:09+00:00", seconds=True) == f"{moment:%Y-%m-%d %H:%M:%S}"
    )
    assert short_local_time("not a time") == "not a time"


def test_the_label_shows_the_server_literally(qtbot) -> None:
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    label.show_state(synced(5))
    assert displayed(label.text(), label.textFormat()) == label.text()
    assert label.text().endswith("5 changes waiting")
    assert f"Team server: {SERVER}" in displayed(label.toolTip())


# -- in the window


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def mark_synced(store: Store, conflicts: list[AnswerConflict] | None = None) -> None:
    """What a sync records when it ends, written through the store's own sync API."""
    with store.sync_transaction() as local:
        local.finish("server-1", SERVER, 7, 3, 12, conflicts or [])


def test_the_window_starts_with_the_stores_sync_state(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.sync_status.text() == NEVER_SYNCED)
    assert window.sync_status in window.statusBar().findChildren(SyncStatusLabel)
    assert not window.sync_conflicts_action.isEnabled()
    assert window.sync_action.shortcut() == QKeySequence("Ctrl+Shift+Y")


def test_changes_made_in_the_window_are_counted_as_they_settle(
    qtbot, window: MainWindow, store: Store, tsia: MaturityModel
) -> None:
    mark_synced(store)
    window.refresh_sync_status()
    synced_at = store.sync_state().synced_at
    assert window.sync_status.text() == (
        f"Last sync: {local_minutes(synced_at)} \u00b7 no changes waiting"
    )

    def shows_the_stores_count() -> bool:
        pending = store.sync_state().pending
        return window.sync_status.text().endswith(
            f" {pending:,} change{'s' if pending > 1 else ''} waiting"
        )

    org = window.operations.create_organization("Acme", window.show_error)
    assert org is not None
    qtbot.waitUntil(lambda: window.sync_status.text().endswith(" 1 change waiting"))
    record = window.operations.create_assessment(
        org.id, tsia, "Ann", date(2026, 3, 1), window.show_error
    )
    assert record is not None and store.sync_state().pending > 1
    qtbot.waitUntil(shows_the_stores_count)
    before = store.sync_state().pending
    window.operations.record_answer(record.id, tsia.criteria[0].id, 2, False, window.show_error)
    qtbot.waitUntil(lambda: store.sync_state().pending > before and shows_the_stores_count())


def test_the_conflicts_action_follows_the_last_sync(
    qtbot, window: MainWindow, store: Store
) -> None:
    side = AnswerSide(1, False, "", STAMP)
    other = AnswerSide(2, False, "", datetime(2026, 11, 29, tzinfo=UTC).isoformat())
    mark_synced(store, [AnswerConflict("Acme", "2026-03-01", "a", "C.1", side, other, "here")])
    window.refresh_sync_status()
    assert window.sync_conflicts_action.isEnabled()
    window.sync_conflicts_action.trigger()
    from csmaturity_app.ui.sync_conflicts import SyncConflictsDialog

    dialog = window.findChild(SyncConflictsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.cell(0, 0) == "Acme" and dialog.cell(0, 2) == "C.1"
    dialog.reject()
    mark_synced(store)
    window.refresh_sync_status()
    assert not window.sync_conflicts_action.isEnabled()


def test_no_two_actions_of_the_window_share_a_shortcut(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            if key and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
                assert key not in seen, f"{key}: {seen.get(key)} and {action.text()}"
                seen[key] = action.text()
    assert "Ctrl+Shift+Y" in seen
