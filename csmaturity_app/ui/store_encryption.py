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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import Progress
from csmaturity_app.i18n import formats
from csmaturity_app.store import (
    Store,
    WrongPassphraseError,
    decrypt_store,
    encrypt_store,
    rekey_store,
)
from csmaturity_app.ui import background
from csmaturity_app.ui.background import run_in_background
from csmaturity_app.ui.encrypted_opening import wrong_passphrase
from csmaturity_app.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from csmaturity_app.ui.window_work import busy_until_handed_on, is_busy, set_busy

if TYPE_CHECKING:
    from csmaturity_app.ui.main_window import MainWindow

STATUS_MS = 15000
FAILURE_BOX = "conversion failure"  # object name of the box saying a conversion failed


def wait_for_work() -> str:
    """Said in the status bar when a conversion is asked for while other work holds the store."""
    return QCoreApplication.translate(
        "store_encryption", "Wait for the work under way to end first."
    )


def _closed_while() -> str:
    return QCoreApplication.translate(
        "store_encryption", "Open assessments are closed while this runs, and opened again after."
    )


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
            return wrong_passphrase()
        except UserFacingError as exc:
            self.problem = exc
        return None


def encrypt_interactively(window: MainWindow) -> None:
    """Ask for a new passphrase (twice), then encrypt the window's plain store with it."""
    if not _can_start(window):
        return
    path = window.store.path
    title = QCoreApplication.translate("store_encryption", "Encrypt store")
    new = _new_passphrase(
        window,
        title,
        QCoreApplication.translate("store_encryption", "&Encrypt"),
        QCoreApplication.translate(
            "store_encryption",
            "Choose a passphrase for the store \u201c{name}\u201d. It is asked for whenever "
            "the store is opened, and its backups are encrypted with it too.\n\n{closed}",
        ).format(name=path.name, closed=_closed_while()),
    )
    if new is None:
        return
    _convert(
        window,
        title,
        QCoreApplication.translate(
            "store_encryption", "Encrypting the store \u201c{name}\u201d\u2026"
        ).format(name=path.name),
        lambda: encrypt_store(path, new),
        before=None,
        after=new,
        done=QCoreApplication.translate(
            "store_encryption",
            "Encrypted the store \u201c{name}\u201d: its passphrase is asked for "
            "whenever it is opened.",
        ).format(name=path.name),
        failed=QCoreApplication.translate("store_encryption", "The store was not encrypted"),
    )


def change_passphrase_interactively(window: MainWindow) -> None:
    """Ask for the current passphrase (checked), then a new one, and give it to the store."""
    if not _can_start(window):
        return
    path = window.store.path
    title = QCoreApplication.translate("store_encryption", "Change store passphrase")
    old = _current_passphrase(
        window,
        title,
        QCoreApplication.translate(
            "store_encryption", "Type the current passphrase of the store \u201c{name}\u201d."
        ).format(name=path.name),
        QCoreApplication.translate("store_encryption", "&Continue"),
    )
    if old is None:
        return
    new = _new_passphrase(
        window,
        title,
        QCoreApplication.translate("store_encryption", "&Change Passphrase"),
        QCoreApplication.translate(
            "store_encryption",
            "Choose the new passphrase of the store \u201c{name}\u201d. The old one no longer "
            "opens it, nor its backups.\n\n{closed}",
        ).format(name=path.name, closed=_closed_while()),
    )
    if new is None:
        return
    _convert(
        window,
        title,
        QCoreApplication.translate(
            "store_encryption", "Changing the passphrase of the store \u201c{name}\u201d\u2026"
        ).format(name=path.name),
        lambda: rekey_store(path, old, new),
        before=old,
        after=new,
        done=QCoreApplication.translate(
            "store_encryption", "Changed the passphrase of the store \u201c{name}\u201d."
        ).format(name=path.name),
        failed=QCoreApplication.translate("store_encryption", "The passphrase was not changed"),
    )


def remove_encryption_interactively(window: MainWindow) -> None:
    """Once confirmed with the current passphrase, write the store back unencrypted."""
    if not _can_start(window):
        return
    path = window.store.path
    title = QCoreApplication.translate("store_encryption", "Remove store encryption")
    old = _current_passphrase(
        window,
        title,
        QCoreApplication.translate(
            "store_encryption",
            "Without its encryption, the store \u201c{name}\u201d and its backups will be "
            "readable by anyone with the file: every organization, answer and note in it.\n\n"
            "Type the store's passphrase to remove its encryption.",
        ).format(name=path.name),
        QCoreApplication.translate("store_encryption", "&Remove Encryption"),
    )
    if old is None:
        return
    _convert(
        window,
        title,
        QCoreApplication.translate(
            "store_encryption", "Removing the encryption of the store \u201c{name}\u201d\u2026"
        ).format(name=path.name),
        lambda: decrypt_store(path, old),
        before=old,
        after=None,
        done=QCoreApplication.translate(
            "store_encryption",
            "Removed the encryption of the store \u201c{name}\u201d: it is readable by "
            "anyone with the file.",
        ).format(name=path.name),
        failed=QCoreApplication.translate("store_encryption", "The encryption was not removed"),
    )


def _can_start(window: MainWindow) -> bool:
    if is_busy(window) or background.running():  # their connections hold the file
        window.statusBar().showMessage(wait_for_work(), STATUS_MS)
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
            window.show_error(
                QCoreApplication.translate(
                    "store_encryption", "{problem}\n\nOpen the store again with File > Open store."
                ).format(problem=exc)
            )
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
                    window,
                    title,
                    QCoreApplication.translate(
                        "store_encryption", "{failed}:\n\n{problem}\n\nThe store is open as it was."
                    ).format(failed=failed, problem=message),
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
            QCoreApplication.translate(
                "store_encryption",
                "The store is written anew beside the old one, checked, then put in its place.",
            )
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
        text = " " + QCoreApplication.translate("store_encryption", "Its backup was converted too.")
    elif isinstance(backups, int) and backups > 1:
        text = " " + QCoreApplication.translate(
            "store_encryption", "Its {count} backups were converted too."
        ).format(count=formats.integer(backups))
    kept = [*getattr(result, "skipped", ()), *getattr(result, "left", ())]
    if kept:  # damaged, or under another passphrase: as they were, and the user must know
        names = ", ".join(Path(p).name for p in kept)
        text += " " + QCoreApplication.translate(
            "store_encryption", "Left as they were (they could not be converted): {names}."
        ).format(names=names)
    return text
