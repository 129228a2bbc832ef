"""An encrypted store in the window: its passphrase asked for at start and when switching
(asked again after a wrong one), the padlock, and File > Encrypt store, Change store
passphrase and Remove store encryption end to end on real store files."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QMessageBox

from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store, WrongPassphraseError
from csmaturity_app.ui import app as app_module
from csmaturity_app.ui import background, store_encryption
from csmaturity_app.ui.background import ProgressDialog
from csmaturity_app.ui.encrypted_opening import open_store_asking, open_title, passphrase_message
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from csmaturity_app.ui.store_dialogs import StoreChoice
from csmaturity_app.ui.store_lock import encrypted_tip
from csmaturity_app.ui.theme import apply_theme
from tests.ui.modal_keys import no_key_left_down  # noqa: F401 - a fixture

SECRET = "Acme Secret Holdings"
PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "tr0ub4dor and three"
SQLITE_HEADER = b"SQLite format 3\x00"
# A menu popped up grabs the keyboard, which Qt's offscreen platform cannot (and says so).
NO_GRAB = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
GIVE_UP_POLLS = 1000  # 10 s of polls: a dialog that never came ends the test, not the run


def when_modal(kind: type[QDialog], act: Callable[[QDialog], None], failures: list[str]) -> None:
    """Once a modal `kind` is up (a dialog run with exec()), `act` on it as the user would."""
    polls = 0

    def poll() -> None:
        nonlocal polls
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
            return
        polls += 1
        if polls > GIVE_UP_POLLS:
            failures.append(f"no {kind.__name__} came up")
            if isinstance(widget, QDialog):
                widget.reject()
            return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def failures() -> Iterator[list[str]]:
    """What went wrong inside a dialog answered from a timer: said once the test is back."""
    found: list[str] = []
    yield found
    assert not found


def type_passphrase(qtbot, dialog: PassphraseDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)


def type_new_passphrase(qtbot, dialog: NewPassphraseDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.first, text)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.second, text)
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)


def encrypted_store(path: Path, *names: str, passphrase: str = PASSPHRASE) -> Path:
    with Store.open(path, passphrase=passphrase.encode()) as store:
        for name in names:
            store.create_organization(name)
    return path


def plain_store(path: Path, *names: str) -> Path:
    with Store.open(path) as store:
        for name in names:
            store.create_organization(name)
    return path


def names(window: MainWindow) -> list[str]:
    model = window.org_model
    return [model.summary(row).name for row in range(model.rowCount())]


def open_window(qtbot, store: Store, catalog: ModelCatalog) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_for_conversion(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not background.running() and not window.store.db.is_closed())


def failure_boxes(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of the boxes saying a conversion failed (shown with open(), not exec()),
    each answered with Enter as the user would."""
    boxes = [
        box
        for box in window.findChildren(QMessageBox, store_encryption.FAILURE_BOX)
        if box.isVisible()
    ]
    texts = [box.text() for box in boxes]
    for box in boxes:
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda box=box: not box.isVisible())
    return texts


# -- opening


def test_start_asks_until_the_right_passphrase_and_keeps_none(
    qtbot, store_path: Path, failures: list[str]
):
    encrypted_store(store_path, SECRET)
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        seen.append(dialog.windowTitle())
        for _ in range(2):
            type_passphrase(qtbot, dialog, "not the passphrase")
            if not dialog.isVisible() or dialog.problem.text() != "Wrong passphrase: try again.":
                failures.append(f"a wrong passphrase closed the dialog: {dialog.problem.text()!r}")
        seen.append(dialog.problem.text())
        type_passphrase(qtbot, dialog, PASSPHRASE)
        seen.append(dialog.field.text())  # closed: what was typed goes with it

    when_modal(PassphraseDialog, answer, failures)
    store = app_module.open_store_interactively(store_path)
    assert store is not None
    with store:
        assert store.encrypted
        assert [o.name for o in store.organizations()] == [SECRET]
    assert seen == ["Open encrypted store", "Wrong passphrase: try again.", ""]
    # The dialog, the one place the passphrase was held, is gone once the store is open.
    qtbot.waitUntil(
        lambda: not [w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog)]
    )


def test_the_passphrase_dialog_names_the_store(qtbot, store_path: Path, failures: list[str]):
    encrypted_store(store_path)
    texts: list[str] = []

    def answer(dialog: QDialog) -> None:
        texts.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    when_modal(PassphraseDialog, answer, failures)
    assert open_store_asking(None, store_path) is None
    assert any("\u201cstore.db\u201d is encrypted" in t and str(store_path) in t for t in texts)


def test_cancel_at_start_offers_the_other_ways(
    qtbot, store_path: Path, monkeypatch, failures: list[str]
):
    encrypted_store(store_path, SECRET)
    before = store_path.read_bytes()
    asked: list[str] = []

    def ask(_parent, message: str) -> StoreChoice:
        asked.append(message)
        return StoreChoice.QUIT

    monkeypatch.setattr(app_module, "ask_after_store_problem", ask)
    when_modal(PassphraseDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), failures)
    assert app_module.open_store_interactively(store_path) is None
    assert asked == [f"{store_path} is encrypted, and its passphrase was not given."]
    assert store_path.read_bytes() == before


def test_switching_to_an_encrypted_store_asks_and_cancel_stays(
    qtbot, tmp_path: Path, builtin_catalog: ModelCatalog, failures: list[str]
):
    here = plain_store(tmp_path / "here.db", "Plain Co")
    there = encrypted_store(tmp_path / "there.db", SECRET)
    window = open_window(qtbot, Store.open(here), builtin_catalog)
    assert window.store_lock.isHidden()

    when_modal(PassphraseDialog, lambda d: d.reject(), failures)
    assert not window.switch_store(there)
    assert window.store.path == here and not window.store.db.is_closed()
    assert names(window) == ["Plain Co"]

    when_modal(PassphraseDialog, lambda d: type_passphrase(qtbot, d, PASSPHRASE), failures)
    assert window.switch_store(there)
    assert window.store.encrypted and names(window) == [SECRET]
    assert window.store_lock.isVisible()
    assert window.store_lock.toolTip() == encrypted_tip() == "This store is encrypted"
    assert not window.encrypt_action.isEnabled()
    assert window.change_passphrase_action.isEnabled()
    assert window.remove_encryption_action.isEnabled()

    window.switch_store(here)
    assert window.store_lock.isHidden()
    assert window.encrypt_action.isEnabled()
    assert not window.change_passphrase_action.isEnabled()
    window.close()


# -- the File menu


def file_menu(window: MainWindow) -> QMenu:
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")


def test_the_file_menu_mnemonics_are_all_different(qtbot, store: Store, builtin_catalog):
    window = open_window(qtbot, store, builtin_catalog)
    texts = [a.text() for a in file_menu(window).actions() if not a.isSeparator()]
    assert "E&ncrypt store\u2026" in texts
    assert "Change store &passphrase\u2026" in texts
    assert "Re&move store encryption\u2026" in texts
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(keys) == len(set(keys)), texts
    window.close()


@NO_GRAB
def test_encrypt_from_the_keyboard_leaves_no_name_readable(
    qtbot, store_path: Path, tsia, builtin_catalog, failures: list[str]
):
    plain_store(store_path, "Beta", SECRET)
    store = Store.open(store_path)
    acme = store.find_organization(SECRET)
    assessment = store.create_assessment(acme.id, tsia, "Ann", date(2026, 1, 2))
    window = open_window(qtbot, store, builtin_catalog)
    window.select_organization(acme.id)
    window.open_assessment(assessment.id)
    assert list(window.wizards) == [assessment.id]
    assert SECRET.encode() in store_path.read_bytes() + wal(store_path)

    when_modal(NewPassphraseDialog, lambda d: type_new_passphrase(qtbot, d, PASSPHRASE), failures)
    window.activateWindow()  # from the wizard, back to the main window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = file_menu(window)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_N)
    wait_for_conversion(qtbot, window)

    assert window.store is not store and window.store.encrypted
    assert window.store_lock.isVisible()
    assert window.current_organization_id() == acme.id  # where the user was
    assert list(window.wizards) == [assessment.id]  # opened again
    message = window.statusBar().currentMessage()
    assert message.startswith("Encrypted the store \u201cstore.db\u201d")
    assert window.operations.undo_stack.count() == 0
    assert window.operations.create_organization("After", window.show_error) is not None
    window.close()
    raw = store_path.read_bytes() + wal(store_path)
    assert not raw.startswith(SQLITE_HEADER)
    assert SECRET.encode() not in raw and b"Beta" not in raw
    with Store.open(store_path, passphrase=PASSPHRASE.encode()) as again:
        assert sorted(o.name for o in again.organizations()) == sorted(["After", SECRET, "Beta"])


def wal(path: Path) -> bytes:
    side = path.with_name(path.name + "-wal")
    return side.read_bytes() if side.exists() else b""


def test_change_passphrase_asks_the_current_one_until_right(
    qtbot, store_path: Path, builtin_catalog, failures: list[str]
):
    encrypted_store(store_path, SECRET)
    window = open_window(
        qtbot, Store.open(store_path, passphrase=PASSPHRASE.encode()), builtin_catalog
    )
    problems: list[str] = []

    def current(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        problems.append(dialog.ok_button.text())
        type_passphrase(qtbot, dialog, "a wrong guess")
        problems.append(dialog.problem.text())
        type_passphrase(qtbot, dialog, PASSPHRASE)

    when_modal(PassphraseDialog, current, failures)
    when_modal(
        NewPassphraseDialog, lambda d: type_new_passphrase(qtbot, d, NEW_PASSPHRASE), failures
    )
    window.change_passphrase_action.trigger()
    wait_for_conversion(qtbot, window)
    assert problems == ["&Continue", "Wrong passphrase: try again."]
    assert window.store.encrypted and names(window) == [SECRET]
    assert window.statusBar().currentMessage().startswith("Changed the passphrase")
    window.close()
    with Store.open(store_path, passphrase=NEW_PASSPHRASE.encode()) as again:
        assert [o.name for o in again.organizations()] == [SECRET]
    with pytest.raises(WrongPassphraseError):
        Store.open(store_path, passphrase=PASSPHRASE.encode())


def test_remove_encryption_says_who_can_read_it_and_leaves_a_plain_file(
    qtbot, store_path: Path, builtin_catalog, failures: list[str]
):
    encrypted_store(store_path, SECRET)
    window = open_window(
        qtbot, Store.open(store_path, passphrase=PASSPHRASE.encode()), builtin_catalog
    )
    said: list[str] = []

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        said.extend(label.text() for label in dialog.findChildren(QLabel))
        said.append(dialog.ok_button.text())
        type_passphrase(qtbot, dialog, PASSPHRASE)

    when_modal(PassphraseDialog, confirm, failures)
    window.remove_encryption_action.trigger()
    wait_for_conversion(qtbot, window)
    assert any("readable by anyone with the file" in text for text in said)
    assert "&Remove Encryption" in said
    assert not window.store.encrypted and window.store_lock.isHidden()
    assert window.encrypt_action.isEnabled()
    window.close()
    assert store_path.read_bytes().startswith(SQLITE_HEADER)
    assert SECRET.encode() in store_path.read_bytes()
    with Store.open(store_path) as again:
        assert [o.name for o in again.organizations()] == [SECRET]


def test_cancelling_the_new_passphrase_changes_nothing(
    qtbot, store_path: Path, builtin_catalog, failures: list[str]
):
    plain_store(store_path, SECRET)
    store = Store.open(store_path)
    window = open_window(qtbot, store, builtin_catalog)
    when_modal(NewPassphraseDialog, lambda d: d.reject(), failures)
    window.encrypt_action.trigger()
    assert window.store is store and not store.db.is_closed()
    assert not background.running()
    window.close()
    assert store_path.read_bytes().startswith(SQLITE_HEADER)


def test_the_conversion_shows_it_is_busy_and_cannot_be_cancelled_half_way(
    qtbot, store_path: Path, builtin_catalog, monkeypatch, failures: list[str]
):
    plain_store(store_path, SECRET)
    window = open_window(qtbot, Store.open(store_path), builtin_catalog)
    started, go = threading.Event(), threading.Event()
    real = store_encryption.encrypt_store

    def held(path: Path, passphrase: bytes) -> object:
        started.set()
        assert go.wait(20)
        return real(path, passphrase)

    monkeypatch.setattr(store_encryption, "encrypt_store", held)
    when_modal(NewPassphraseDialog, lambda d: type_new_passphrase(qtbot, d, PASSPHRASE), failures)
    window.encrypt_action.trigger()
    qtbot.waitUntil(started.is_set)
    try:
        (progress,) = [w for w in window.findChildren(ProgressDialog) if w.isVisible()]
        assert progress.windowModality() == Qt.WindowModality.ApplicationModal
        assert progress.windowTitle() == "Encrypt store"
        assert progress.label.text() == "Encrypting the store \u201cstore.db\u201d\u2026"
        assert not progress.cancel_button.isVisible()
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        assert progress.isVisible() and not progress.cancelling
        assert window.store.db.is_closed()  # closed while the file is converted
        window.encrypt_action.trigger()  # a second one does not start beside it
        assert window.statusBar().currentMessage() == store_encryption.wait_for_work()
    finally:
        go.set()
    wait_for_conversion(qtbot, window)
    assert window.store.encrypted
    window.close()


def test_a_note_saved_by_closing_its_wizard_does_not_reopen_the_store_being_converted(
    qtbot, store_path: Path, tsia, builtin_catalog, monkeypatch, failures: list[str]
):
    """Closing the store closes the wizards, which save their pending notes: the window's
    refreshes that follow must not read (and so reconnect) the store while it is converted."""
    plain_store(store_path, SECRET)
    store = Store.open(store_path)
    acme = store.find_organization(SECRET)
    assessment = store.create_assessment(acme.id, tsia, "Ann", date(2026, 1, 2))
    window = open_window(qtbot, store, builtin_catalog)
    window.select_organization(acme.id)
    window.open_assessment(assessment.id)
    criterion = next(iter(tsia.criteria_by_id))
    wizard = window.wizards[assessment.id]
    wizard.go_to_criterion(criterion)
    wizard.card(criterion).notes.setPlainText("Seen in the board minutes")  # not saved yet
    started, go = threading.Event(), threading.Event()
    real = store_encryption.encrypt_store

    def held(path: Path, passphrase: bytes) -> object:
        started.set()
        assert go.wait(20)
        return real(path, passphrase)

    monkeypatch.setattr(store_encryption, "encrypt_store", held)
    when_modal(NewPassphraseDialog, lambda d: type_new_passphrase(qtbot, d, PASSPHRASE), failures)
    window.encrypt_action.trigger()
    qtbot.waitUntil(started.is_set)
    try:
        timers = (window._answers_timer, window._search_timer, window.sync_status.timer)
        assert not any(timer.isActive() for timer in timers)
        for timer in timers:  # had one fired all the same: nothing reads the closed store
            timer.timeout.emit()
        assert window.store.db.is_closed()
    finally:
        go.set()
    wait_for_conversion(qtbot, window)
    assert failure_boxes(qtbot, window) == []
    assert window.store.encrypted
    assert window.store.answers(assessment.id)[criterion].notes == "Seen in the board minutes"
    window.close()


def test_a_conversion_waits_for_work_started_while_its_passphrase_was_asked(
    qtbot, store_path: Path, builtin_catalog, monkeypatch, failures: list[str]
):
    plain_store(store_path, SECRET)
    window = open_window(qtbot, Store.open(store_path), builtin_catalog)
    converted: list[Path] = []
    monkeypatch.setattr(store_encryption, "encrypt_store", lambda path, _p: converted.append(path))

    def meanwhile(dialog: QDialog) -> None:
        monkeypatch.setattr(background, "running", lambda: True)  # an export, say
        type_new_passphrase(qtbot, dialog, PASSPHRASE)

    when_modal(NewPassphraseDialog, meanwhile, failures)
    window.encrypt_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == store_encryption.wait_for_work()
    assert converted == [] and not window.store.db.is_closed()
    monkeypatch.undo()
    window.close()


HOLD = """
import sys
from csmaturity_app.store import Store
passphrase = sys.argv[2].encode() if len(sys.argv) > 2 else None
store = Store.open(sys.argv[1], passphrase=passphrase)
store.organizations()
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def test_a_store_held_by_another_program_is_said_once_and_stays_as_it_was(
    qtbot, store_path: Path, builtin_catalog, monkeypatch, failures: list[str]
):
    plain_store(store_path, SECRET)
    store = Store.open(store_path)
    window = open_window(qtbot, store, builtin_catalog)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as other:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline() == "open\n"
        when_modal(
            NewPassphraseDialog, lambda d: type_new_passphrase(qtbot, d, PASSPHRASE), failures
        )
        window.encrypt_action.trigger()
        wait_for_conversion(qtbot, window)
        shown = failure_boxes(qtbot, window)
        other.stdin.write("\n")
        other.stdin.close()
        assert other.wait() == 0
    assert len(shown) == 1
    assert shown[0].startswith("The store was not encrypted:")
    assert "close it there first" in shown[0]
    assert shown[0].endswith("The store is open as it was.")
    assert not window.store.encrypted and window.encrypt_action.isEnabled()
    assert names(window) == [SECRET]
    assert window.operations.create_organization("Still works", window.show_error) is not None
    window.close()
    assert store_path.read_bytes().startswith(SQLITE_HEADER)
    assert not store_path.with_name("store.db.converting").exists()


def test_removing_the_encryption_of_a_store_held_elsewhere_keeps_it_encrypted_and_open(
    qtbot, store_path: Path, builtin_catalog, monkeypatch, failures: list[str]
):
    encrypted_store(store_path, SECRET)
    window = open_window(
        qtbot, Store.open(store_path, passphrase=PASSPHRASE.encode()), builtin_catalog
    )
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store_path), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as other:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline() == "open\n"
        when_modal(PassphraseDialog, lambda d: type_passphrase(qtbot, d, PASSPHRASE), failures)
        window.remove_encryption_action.trigger()
        wait_for_conversion(qtbot, window)
        shown = failure_boxes(qtbot, window)
        other.stdin.write("\n")
        other.stdin.close()
        assert other.wait() == 0
    assert len(shown) == 1 and shown[0].startswith("The encryption was not removed:")
    assert window.store.encrypted and window.store_lock.isVisible()  # reopened with its key
    assert names(window) == [SECRET]
    window.close()
    assert Store.is_encrypted(store_path)


# -- looked at


@NO_GRAB
def test_screenshots_of_the_encrypted_store(
    qtbot, store_path: Path, builtin_catalog, screenshots: Path, failures: list[str]
):
    """The start-up passphrase dialog over the window, the File menu, the padlock: light and
    dark, to look at (CSMATURITY_SCREENSHOTS names a folder to keep them)."""
    encrypted_store(store_path, SECRET, "Beta Industries")
    window = open_window(
        qtbot, Store.open(store_path, passphrase=PASSPHRASE.encode()), builtin_catalog
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_palette, old_style = app.palette(), app.style().name()
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            window_colour = app.palette().color(QPalette.ColorRole.Window)
            qtbot.waitUntil(
                lambda colour=window_colour: (
                    window.palette().color(QPalette.ColorRole.Window) == colour
                )
            )
            shoot_over_window(qtbot, window, screenshots / f"start-passphrase-{theme}.png")
            bar = window.statusBar()
            assert bar.grab().save(str(screenshots / f"status-lock-{theme}.png"))
            assert window.store_lock.grab().toImage().pixelColor(
                window.store_lock.width() // 2, window.store_lock.height() * 3 // 4
            ) != bar.palette().color(bar.backgroundRole())  # the padlock is drawn
            menu = file_menu(window)
            menu.popup(window.mapToGlobal(QPoint(0, 0)))
            qtbot.waitUntil(menu.isVisible)
            assert menu.grab().save(str(screenshots / f"file-menu-{theme}.png"))
            menu.hide()
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)
    window.close()


def shoot_over_window(qtbot, window: MainWindow, target: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(open_title(), passphrase_message(window.store.path), None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "a wrong guess")
    dialog.wrong("Wrong passphrase: try again.")
    picture = window.grab()
    inner = dialog.grab()
    painter = QPainter(picture)
    painter.drawPixmap(
        (picture.width() - inner.width()) // 2, (picture.height() - inner.height()) // 3, inner
    )
    painter.end()
    assert QPixmap(picture).save(str(target))
    dialog.reject()


def test_the_status_names_backups_converted_and_those_left_as_they_were():
    from csmaturity_app.store import ConversionResult
    from csmaturity_app.ui.store_encryption import _backups_text

    assert _backups_text(ConversionResult()) == ""
    assert _backups_text(ConversionResult(backups=2)) == " Its 2 backups were converted too."
    kept = ConversionResult(
        backups=1,
        skipped=(Path("/x/acme.db.schema1-1.bak"),),
        left=(Path("/x/acme.db.schema2-2.bak"),),
    )
    assert _backups_text(kept) == (
        " Its backup was converted too. Left as they were (they could not be converted): "
        "acme.db.schema1-1.bak, acme.db.schema2-2.bak."
    )
