"""File > Sync with Team Server, driven through the window against a real team server
(PostgreSQL started by the tests): two stores, one pushes and the window's pulls; a preview
that changes nothing; Cancel leaving both sides as they were; an error said once; the
password asked for when the server wants one, and kept nowhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from team_server import TeamDatabase

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.outcome import CONNECTING, MERGING, RECEIVING, SENDING, SERVER_COMMITTED
from csmaturity_app.sync.server_schema import SYNC_LOCK_KEY
from csmaturity_app.sync.session import sync
from csmaturity_app.ui import background
from csmaturity_app.ui.background import ProgressDialog
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.sync_actions import CANCELLED, stage_text
from csmaturity_app.ui.sync_conflicts import SyncConflictsDialog
from csmaturity_app.ui.sync_dialog import SyncDialog, SyncSummaryDialog
from csmaturity_app.ui.sync_status import NEVER_SYNCED


@pytest.fixture(autouse=True)
def no_thread_left_running(qtbot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not background.running(), timeout=30000)


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True)
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes said, recorded: a box left open would wait for a click for ever."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def work_in(store: Store, model: MaturityModel, name: str) -> str:
    org = store.create_organization(name)
    assessment = store.create_assessment(org.id, model, "Ann", date(2026, 3, 1))
    for i, criterion in enumerate(model.criteria[:5]):
        store.record_answer(assessment.id, criterion.id, i % 4, notes=f"{name} {i}")
    return assessment.id


def other_laptop_sends(team: TeamDatabase, path: Path, model: MaturityModel, name: str) -> None:
    with Store.open(path) as other:
        work_in(other, model, name)
        sync(other, ServerAddress.parse(team.url("bob")))


def server_names(team: TeamDatabase) -> list[str]:
    return [row[0] for row in team.admin_sql("SELECT name FROM csmaturity.organization ORDER BY 1")]


def shown_organizations(window: MainWindow) -> list[str]:
    model = window.org_model
    return [model.summary(row).name for row in range(model.rowCount())]


def visible(window: MainWindow, kind: type) -> object | None:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    return found[-1] if found else None


def open_sync_dialog(qtbot, window: MainWindow) -> SyncDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    press_shortcut(
        qtbot,
        window,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: visible(window, SyncDialog) is not None)
    dialog = visible(window, SyncDialog)
    assert isinstance(dialog, SyncDialog)
    return dialog


def run(
    qtbot, window: MainWindow, warnings: list[str], url: str, button: str = "sync"
) -> SyncSummaryDialog:
    """Type the address, press Sync (or Preview), and wait for the summary."""
    dialog = open_sync_dialog(qtbot, window)
    dialog.address_edit.setText(url)
    getattr(dialog, f"{button}_button").click()
    qtbot.waitUntil(
        lambda: visible(window, SyncSummaryDialog) is not None or bool(warnings), timeout=30000
    )
    assert not warnings
    summary = visible(window, SyncSummaryDialog)
    assert isinstance(summary, SyncSummaryDialog)
    return summary


def test_a_sync_from_the_window_sends_its_work_and_shows_what_came_in(
    qtbot,
    window: MainWindow,
    store: Store,
    team: TeamDatabase,
    tmp_path: Path,
    tsia: MaturityModel,
    warnings: list[str],
) -> None:
    other_laptop_sends(team, tmp_path / "bob.db", tsia, "Globex")
    work_in(store, tsia, "Acme")
    window.operations.organizationsChanged.emit()
    assert shown_organizations(window) == ["Acme"]

    preview = run(qtbot, window, warnings, team.url("alice"), "preview")
    assert "nothing was changed" in preview.text()
    assert server_names(team) == ["Globex"] and shown_organizations(window) == ["Acme"]
    assert not store.sync_state().ever_synced

    preview.sync_button.click()  # Sync Now, from the preview
    qtbot.waitUntil(
        lambda: (
            bool(warnings)
            or ((s := visible(window, SyncSummaryDialog)) is not None and not s.outcome.dry_run)
        ),
        timeout=30000,
    )
    assert not warnings
    summary = visible(window, SyncSummaryDialog)
    lines = summary.text().splitlines()
    assert lines[0] == f"Synced with {team.url('alice')}."
    assert lines[2].startswith("Received: ") and "1 new organization" in lines[2]
    assert lines[3] == "Conflicts: none"
    summary.reject()
    assert server_names(team) == ["Acme", "Globex"]
    assert shown_organizations(window) == ["Acme", "Globex"]  # reloaded: no restart needed
    state = store.sync_state()
    assert state.server_url == team.url("alice") and state.pending == 0
    qtbot.waitUntil(lambda: window.sync_status.text().endswith("no changes waiting"))
    assert team.url("alice") in window.sync_status.toolTip()
    # Remembered by the store, not the settings: the next sync offers it.
    assert team.url("alice") not in str(QSettings().allKeys()) + str(
        [QSettings().value(k) for k in QSettings().allKeys()]
    )
    again = open_sync_dialog(qtbot, window)
    assert again.address_edit.text() == team.url("alice")
    again.reject()


def test_conflicts_are_listed_from_the_summary_and_from_the_menu(
    qtbot,
    window: MainWindow,
    store: Store,
    team: TeamDatabase,
    tmp_path: Path,
    tsia: MaturityModel,
    warnings: list[str],
) -> None:
    assessment_id = work_in(store, tsia, "Acme")
    run(qtbot, window, warnings, team.url("alice")).reject()
    bob = tmp_path / "bob.db"
    with Store.open(bob) as other:
        sync(other, ServerAddress.parse(team.url("bob")))
    criterion = tsia.criteria[0].id
    store.record_answer(assessment_id, criterion, 3, notes="mine")  # here, then on bob's laptop
    with Store.open(bob) as other:
        other.record_answer(assessment_id, criterion, 1, notes="bob's")
        sync(other, ServerAddress.parse(team.url("bob")))

    summary = run(qtbot, window, warnings, team.url("alice"))
    assert "Conflicts: 1 answer changed on both sides" in summary.text()
    assert summary.conflicts_button is not None
    summary.conflicts_button.click()
    qtbot.waitUntil(lambda: visible(window, SyncConflictsDialog) is not None)
    view = visible(window, SyncConflictsDialog)
    assert view.cell(0, 0) == "Acme" and view.cell(0, 2).startswith(criterion)
    assert view.cell(0, 7) == "The server's"
    view.reject()
    summary.reject()
    assert window.sync_conflicts_action.isEnabled()
    window.sync_conflicts_action.trigger()
    qtbot.waitUntil(lambda: visible(window, SyncConflictsDialog) is not None)
    assert visible(window, SyncConflictsDialog).cell(0, 7) == "The server's"


def test_cancel_leaves_both_sides_as_they_were(
    qtbot, window: MainWindow, store: Store, team: TeamDatabase, tmp_path: Path, tsia: MaturityModel
) -> None:
    other_laptop_sends(team, tmp_path / "bob.db", tsia, "Globex")
    work_in(store, tsia, "Acme")
    window.operations.organizationsChanged.emit()
    before = team.admin_sql("SELECT max(change_seq) FROM csmaturity.organization")
    # Another laptop's sync holds the server's sync lock: this one waits there, and is
    # cancelled meanwhile; it stops at its next report, before anything is written.
    with team.server.admin_connection(team.database) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (SYNC_LOCK_KEY,))
        dialog = open_sync_dialog(qtbot, window)
        dialog.address_edit.setText(team.url("alice"))
        dialog.sync_button.click()
        qtbot.waitUntil(lambda: visible(window, ProgressDialog) is not None)
        progress = visible(window, ProgressDialog)
        qtbot.waitUntil(lambda: "Connecting" in progress.detail.text())
        progress.cancel_button.click()
        assert progress.detail.text() == "Cancelling\u2026"
        holder.execute("SELECT pg_advisory_unlock(%s)", (SYNC_LOCK_KEY,))
    qtbot.waitUntil(lambda: not background.running(), timeout=30000)
    assert window.statusBar().currentMessage() == CANCELLED
    assert visible(window, SyncSummaryDialog) is None
    assert server_names(team) == ["Globex"]
    assert team.admin_sql("SELECT max(change_seq) FROM csmaturity.organization") == before
    assert not store.sync_state().ever_synced and shown_organizations(window) == ["Acme"]
    assert window.sync_status.text() == NEVER_SYNCED


def test_an_error_is_said_once_and_changes_nothing(
    qtbot, window: MainWindow, store: Store, team: TeamDatabase, tsia: MaturityModel, warnings
) -> None:
    work_in(store, tsia, "Acme")
    dialog = open_sync_dialog(qtbot, window)
    dialog.address_edit.setText(team.url("rita"))  # may read, not write: and Acme waits
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30000)
    qtbot.waitUntil(lambda: not background.running())
    assert len(warnings) == 1
    assert "rita may only read the team store" in warnings[0]
    assert "nothing was changed" in warnings[0]
    assert visible(window, SyncSummaryDialog) is None
    assert server_names(team) == [] and not store.sync_state().ever_synced
    window.sync_action.trigger()  # the window is not left busy: the next sync can start
    qtbot.waitUntil(lambda: visible(window, SyncDialog) is not None)


def test_the_password_is_asked_for_when_the_server_wants_one_and_kept_nowhere(
    qtbot,
    window: MainWindow,
    store: Store,
    store_path: Path,
    team: TeamDatabase,
    tsia: MaturityModel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
    isolated_settings: Path,
) -> None:
    empty = tmp_path / "no-pgpass"
    empty.write_text("", encoding="utf-8")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))  # libpq finds no password for alice
    password = team.password("alice")
    asked: list[tuple[str, QLineEdit.EchoMode]] = []

    def get_text(_parent, _title, label, echo, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append((label, echo))
        return password, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    work_in(store, tsia, "Acme")
    summary = run(qtbot, window, warnings, team.url("alice"))
    assert len(asked) == 1
    label, echo = asked[0]
    assert echo == QLineEdit.EchoMode.Password
    assert "asks for a password" in label and password not in label
    assert summary.text().splitlines()[0] == f"Synced with {team.url('alice')}."
    assert server_names(team) == ["Acme"]
    summary.reject()
    # Kept nowhere: not in the store's file, its journal, the settings.
    store.close()
    for path in [
        store_path,
        *store_path.parent.glob(f"{store_path.name}-*"),
        *isolated_settings.rglob("*"),
    ]:
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path


def test_each_stage_of_a_sync_is_worded_for_the_progress_dialog() -> None:
    assert stage_text(CONNECTING, 0, 0) == "Connecting to the team server\u2026"
    assert stage_text(RECEIVING, 0, 0) == "Receiving the changes made on the team server\u2026"
    assert stage_text(RECEIVING, 1200, 5000) == "Receiving 1,200 of 5,000 rows\u2026"
    assert stage_text(MERGING, 1, 1).startswith("Merging")
    assert stage_text(SENDING, 1, 1) == "Sending 1 of 1 row\u2026"
    assert stage_text(SERVER_COMMITTED, 1, 1).startswith("The team server has the changes")


@pytest.mark.parametrize("take", [False, True])
def test_rows_stamped_far_ahead_on_the_server_are_offered_not_taken_in_silence(
    qtbot,
    window: MainWindow,
    store: Store,
    team: TeamDatabase,
    tmp_path: Path,
    tsia: MaturityModel,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
    take: bool,
) -> None:
    other_laptop_sends(team, tmp_path / "bob.db", tsia, "Globex")
    team.admin_sql(
        "UPDATE csmaturity.organization SET updated_at = '2999-01-01T00:00:00.000000+00:00'"
    )
    asked: list[str] = []

    def answer(_parent, _title, text, *, yes=None, default_yes=False) -> bool:  # type: ignore[no-untyped-def]
        asked.append(text)
        return take

    monkeypatch.setattr("csmaturity_app.ui.sync_actions.confirm", answer)
    dialog = open_sync_dialog(qtbot, window)
    dialog.address_edit.setText(team.url("alice"))
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: bool(asked) and not background.running(), timeout=30000)
    assert "2999-01-01" in asked[0] and "Nothing has been changed so far" in asked[0]
    if not take:
        assert not store.sync_state().ever_synced and not store.organizations()
        return
    qtbot.waitUntil(lambda: visible(window, SyncSummaryDialog) is not None, timeout=30000)
    assert not warnings
    assert [o.name for o in store.organizations()] == ["Globex"]
    summary = visible(window, SyncSummaryDialog)
    assert isinstance(summary, SyncSummaryDialog)
    assert "ahead" in summary.text() or "future" in summary.text()


def test_a_roadmap_received_is_said_and_its_organization_s_plan_shown_again(
    qtbot,
    window: MainWindow,
    team: TeamDatabase,
    tmp_path: Path,
    tsia: MaturityModel,
    warnings: list[str],
) -> None:
    with Store.open(tmp_path / "bob.db") as other:
        org = other.create_organization("Globex")
        other.set_target(org.id, tsia, 3, "2027-06-30")
        other.add_action(org.id, tsia.id, "Map the journey")
        sync(other, ServerAddress.parse(team.url("bob")))
    with qtbot.waitSignal(
        window.operations.planChanged, timeout=30000, check_params_cb=lambda o: o == org.id
    ):
        summary = run(qtbot, window, warnings, team.url("alice"))
    received = summary.text().splitlines()[2]
    assert "1 new target, 1 new action" in received
    summary.reject()
