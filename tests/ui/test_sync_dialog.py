"""The dialogs of a team sync without a server: the address (prefilled from the store, a
password refused in place), and the summary of what a sync did or a preview would do."""

from __future__ import annotations

import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shown_text import shown_texts

from csmaturity_app.store import AnswerConflict, AnswerSide, Counts, MergeOutcome, SyncState
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.ui.sync_dialog import (
    NO_ADDRESS,
    SyncDialog,
    SyncSummaryDialog,
    received_detail,
    summary_rows,
)

SERVER = "postgresql://alice@db.example/csm"
NEVER = SyncState(None, "", 0, "", 0)


def conflict(n: int) -> AnswerConflict:
    side = AnswerSide(n % 4, False, "", f"2026-11-0{n % 9 + 1}T10:00:00.000000+00:00")
    return AnswerConflict("Acme", "2026-03-01", "a", f"C.{n}", side, side, "server")


def open_dialog(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_address_is_the_stores_and_sync_is_the_default(qtbot) -> None:
    state = SyncState("s", SERVER, 3, "2026-11-30T07:00:00+00:00", 4)
    dialog = open_dialog(qtbot, SyncDialog(None, "store.db", state))
    assert dialog.address_edit.text() == SERVER
    assert dialog.sync_button.isDefault()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address_edit)
    assert dialog.address_edit.selectedText() == SERVER  # typing replaces it
    assert any("4 changes waiting" in text for text in shown_texts(dialog))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)
    assert dialog.address is not None and dialog.address.display == SERVER
    assert not dialog.dry_run


def test_preview_is_a_dry_run(qtbot) -> None:
    dialog = open_dialog(qtbot, SyncDialog(None, "store.db", NEVER))
    qtbot.keyClicks(dialog.address_edit, SERVER)
    with qtbot.waitSignal(dialog.accepted):
        press_shortcut(qtbot, dialog.address_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.dry_run and dialog.address is not None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", NO_ADDRESS),
        ("postgresql://alice:secret@db.example/csm", "password"),
    ],
)
def test_a_bad_address_is_said_in_place_and_the_dialog_stays(qtbot, typed: str, said: str) -> None:
    dialog = open_dialog(qtbot, SyncDialog(None, "store.db", NEVER))
    qtbot.keyClicks(dialog.address_edit, typed)
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.sync_button.click()
    assert dialog.error.isVisible() and said in dialog.error.text()
    assert "secret" not in dialog.error.text()
    assert dialog.address is None and dialog.isVisible()
    qtbot.keyClicks(dialog.address_edit, "x")  # typing again clears the message
    assert not dialog.error.isVisible()


def merge(**counts: Counts) -> MergeOutcome:
    outcome = MergeOutcome(**counts)  # type: ignore[arg-type]
    outcome.applied = True
    return outcome


def test_the_summary_says_what_was_sent_received_and_in_conflict(qtbot) -> None:
    outcome = SyncOutcome(
        server=SERVER,
        received=25,
        sent=3,
        merge=merge(organizations=Counts(new=1), answers=Counts(new=20, updated=2)),
        conflicts=[conflict(1), conflict(2)],
        committed=True,
    )
    dialog = open_dialog(qtbot, SyncSummaryDialog(None, outcome))
    assert dialog.text().splitlines() == [
        f"Synced with {SERVER}.",
        "Sent: 3 rows changed on the team server",
        "Received: 25 rows from the team server: 1 new organization, 20 new answers, "
        "2 updated answers",
        "Conflicts: 2 answers changed on both sides: the most recent change kept",
    ]
    assert dialog.conflicts_button is not None and dialog.sync_button is None
    assert dialog.default_button.text() == "&Close" or "Close" in dialog.default_button.text()


def test_a_preview_says_nothing_changed_and_offers_to_sync(qtbot) -> None:
    outcome = SyncOutcome(server=SERVER, dry_run=True, sent=1, pending_before=1)
    dialog = open_dialog(qtbot, SyncSummaryDialog(None, outcome))
    lines = dialog.text().splitlines()
    assert "nothing was changed, here or on the team server" in lines[0]
    assert lines[1:] == [
        "Sent: 1 row would change on the team server",
        "Received: 0 rows from the team server",
        "Conflicts: none",
    ]
    assert dialog.conflicts_button is None
    assert dialog.sync_button is not None and dialog.sync_button.isDefault()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.sync_button, Qt.Key.Key_Return)


def test_changes_lost_to_a_deletion_are_said_both_ways() -> None:
    outcome = SyncOutcome(server=SERVER, dropped_here=2, committed=True)
    assert summary_rows(outcome)[-1] == (
        "Deleted:",
        "2 changes made here were to records deleted on the team server meanwhile: "
        "the deletion stands",
    )
    outcome = SyncOutcome(server=SERVER, dropped_here=1, dropped_pulled=3, committed=True)
    assert summary_rows(outcome)[-1] == (
        "Deleted:",
        "1 change made here was to records deleted on the team server meanwhile; "
        "3 rows received were of records deleted here: the deletion stands",
    )


def test_rows_received_that_change_nothing_say_so() -> None:
    assert received_detail(merge(answers=Counts(unchanged=4))) == "nothing new here"
    assert received_detail(None) == "nothing new here"


def test_targets_and_actions_received_are_said() -> None:
    received = merge(targets=Counts(new=1), actions=Counts(new=12, updated=1))
    assert received_detail(received) == "1 new target, 12 new actions, 1 updated action"


@pytest.mark.usefixtures("french")
def test_the_example_address_is_in_the_users_words(qtbot) -> None:
    dialog = open_dialog(qtbot, SyncDialog(None, "store.db", NEVER))
    assert dialog.address_edit.placeholderText() == "postgresql://vous@serveur/base"
    dialog.sync_button.click()
    assert "postgresql://vous@serveur/base" in dialog.error.text()
