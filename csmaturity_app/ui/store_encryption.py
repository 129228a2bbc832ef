"""File > Encrypt store, Change store passphrase and Remove store encryption.

Each converts the window's store into a new file beside it (see `store.conversion`), which
needs the file to itself: the window closes its store first, with the open wizards and every
connection of this process (SQLite's file locks do not keep two libraries apart within one
process), runs the conversion on a thread behind a busy dialog, then opens the store again,
with the new passphrase, or as it was when the conversion failed. Nothing of it goes on the
undo stack.

The current passphrase is checked before anything is closed: once closed, the store could
not be opened again without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import Progress
from csmaturity_app.store import (
    Store,
    WrongPassphraseError,
    decrypt_store,
    encrypt_store,
    rekey_store,
)
from csmaturity_app.ui import background
from csmaturity_app.ui.background import run_in_background
from csmaturity_app.ui.encrypted_opening import WRONG_PASSPHRASE
from csmaturity_app.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from csmaturity_app.ui.window_work import busy_until_handed_on, is_busy, set_busy

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

ENCRYPT_TITLE = "Encrypt store"
CHANGE_TITLE = "Change store passphrase"
REMOVE_TITLE = "Remove store encryption"
STATUS_MS = 15000
WAIT_FOR_WORK = "Wait for the work under way to end first."
FAILURE_BOX = "conversion failure"  # object name of the box saying a conversion failed
CLOSED_WHILE = "Open assessments are closed while this runs, and opened again after."


class PassphraseCheck:
    """`PassphraseDialog`'s attempt: the passphrase opens the store at `path` (a connection
    beside the window's own, closed at once). A problem that is not the passphrase's (the file
    gone, damaged) is kept for the caller to say once the dialog has closed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: UserFacingError | None = None

    def __call__(self, passphrase: bytes) -> str | None:
        try:
            Store.open_for_reading(self.path, passphrase=passphrase).close()
        except WrongPassphraseError:
            return WRONG_PASSPHRASE
        except UserFacingError as exc:
            self.problem = exc
        return None


def encrypt_interactively(window: MainWindow) -> None:
    """Ask for a new passphrase (twice), then encrypt the window's plain store with it."""
    if not _can_start(window):
        return
    path = window.store.path
    new = _new_passphrase(
        window,
        ENCRYPT_TITLE,
        "&Encrypt",
        f"Choose a passphrase for the store \u201c{path.name}\u201d. It is asked for whenever "
        f"the store is opened, and its backups are encrypted with it too.\n\n{CLOSED_WHILE}",
    )
    if new is None:
        return
    _convert(
        window,
        ENCRYPT_TITLE,
        f"Encrypting the store \u201c{path.name}\u201d\u2026",
        lambda: encrypt_store(path, new),
        before=None,
        after=new,
        done=f"Encrypted the store \u201c{path.name}\u201d: its passphrase is asked for "
        "whenever it is opened.",
        failed="The store was not encrypted",
    )


def change_passphrase_interactively(window: MainWindow) -> None:
    """Ask for the current passphrase (checked), then a new one, and give it to the store."""
    if not _can_start(window):
        return
    path = window.store.path
    old = _current_passphrase(
        window,
        CHANGE_TITLE,
        f"Type the current passphrase of the store \u201c{path.name}\u201d.",
        "&Continue",
    )
    if old is None:
        return
    new = _new_passphrase(
        window,
        CHANGE_TITLE,
        "&Change Passphrase",
        f"Choose the new passphrase of the store \u201c{path.name}\u201d. The old one no longer "
        f"opens it, nor its backups.\n\n{CLOSED_WHILE}",
    )
    if new is None:
        return
    _convert(
        window,
        CHANGE_TITLE,
        f"Changing the passphrase of the store \u201c{path.name}\u201d\u2026",
        lambda: rekey_store(path, old, new),
        before=old,
        after=new,
        done=f"Changed the passphrase of the store \u201c{path.name}\u201d.",
        failed="The passphrase was not changed",
    )


def remove_encryption_interactively(window: MainWindow) -> None:
    """Once confirmed with the current passphrase, write the store back unencrypted."""
    if not _can_start(window):
        return
    path = window.store.path
    old = _current_passphrase(
        window,
        REMOVE_TITLE,
        f"Without its encryption, the store \u201c{path.name}\u201d and its backups will be "
        "readable by anyone with the file: every organization, answer and note in it.\n\n"
        "Type the store's passphrase to remove its encryption.",
        "&Remove Encryption",
    )
    if old is None:
        return
    _convert(
        window,
        REMOVE_TITLE,
        f"Removing the encryption of the store \u201c{path.name}\u201d\u2026",
        lambda: decrypt_store(path, old),
        before=old,
        after=None,
        done=f"Removed the encryption of the store \u201c{path.name}\u201d: it is readable by "
        "anyone with the file.",
        failed="The encryption was not removed",
    )


def _can_start(window: MainWindow) -> bool:
    if is_busy(window) or background.running():  # their connections hold the file
        window.statusBar().showMessage(WAIT_FOR_WORK, STATUS_MS)
        return False
    return not window.store.db.is_closed()  # put back after its file went: nothing to convert


def _current_passphrase(window: MainWindow, title: str, message: str, ok: str) -> bytes | None:
    check = PassphraseCheck(window.store.path)
    dialog = PassphraseDialog(title, message, check, window)
    dialog.ok_button.setText(ok)
    passphrase = _passphrase_of(dialog)
    if check.problem is not None:
        window.show_error(str(check.problem))
        return None
    return passphrase


def _new_passphrase(window: MainWindow, title: str, ok: str, message: str) -> bytes | None:
    dialog = NewPassphraseDialog(title, message, window)
    dialog.ok_button.setText(ok)
    return _passphrase_of(dialog)


def _passphrase_of(dialog: PassphraseDialog | NewPassphraseDialog) -> bytes | None:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    finally:
        dialog.forget()
        dialog.deleteLater()


def _convert(
    window: MainWindow,
    title: str,
    text: str,
    conversion: Callable[[], object],
    *,
    before: bytes | None,
    after: bytes | None,
    done: str,
    failed: str,
) -> None:
    """Close the window's store, run `conversion` on a thread, and open the store again:
    with `after` once converted, with `before` (as it was) when the conversion failed."""
    if not _can_start(window):  # work started while its dialogs were up holds the file
        return
    path = window.store.path
    wizards = list(window.wizards)
    organization_id = window.current_organization_id()

    def work(_progress: Progress) -> object:
        return conversion()

    def reopen(passphrase: bytes | None) -> bool:
        try:
            store = Store.open(path, passphrase=passphrase)
        except UserFacingError as exc:
            window.show_error(f"{exc}\n\nOpen the store again with File > Open store.")
            return False
        window.adopt_store(store)
        window.select_organization(organization_id)
        for assessment_id in wizards:
            window.open_assessment(assessment_id)
        return True

    def converted(result: object) -> None:
        try:
            if reopen(after):
                window.statusBar().showMessage(done + _backups_text(result), STATUS_MS)
        finally:
            set_busy(window, False)

    def not_converted(message: str) -> None:
        try:
            if reopen(before):
                _say_failure(
                    window, title, f"{failed}:\n\n{message}\n\nThe store is open as it was."
                )
        finally:
            set_busy(window, False)

    with busy_until_handed_on(window):
        window.close_store()
        task = run_in_background(
            window,
            title,
            text,
            work,
            on_done=converted,
            on_failed=not_converted,
            on_cancelled=lambda: None,  # never: it cannot be cancelled
            every_window=True,
            cancellable=False,
        )
        task.dialog.detail.setText(
            "The store is written anew beside the old one, checked, then put in its place."
        )


def _say_failure(window: MainWindow, title: str, text: str) -> None:
    """A window-modal box, shown without a nested event loop: the conversion's end is a
    slot of its thread's signal, which a loop waiting here would hold up (and a test too)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages as they are
    box.setObjectName(FAILURE_BOX)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _backups_text(result: object) -> str:
    """How many migration backups were converted with the store, when the store says."""
    backups = getattr(result, "backups", 0)
    text = ""
    if isinstance(backups, int) and backups == 1:
        text = " Its backup was converted too."
    elif isinstance(backups, int) and backups > 1:
        text = f" Its {backups} backups were converted too."
    kept = [*getattr(result, "skipped", ()), *getattr(result, "left", ())]
    if kept:  # damaged, or under another passphrase: as they were, and the user must know
        names = ", ".join(Path(p).name for p in kept)
        text += f" Left as they were (they could not be converted): {names}."
    return text
