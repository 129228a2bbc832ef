"""Opening a store that may be encrypted: its passphrase is asked for in a dialog that stays
open on a wrong one, and the store is opened by the very try that succeeded (the key is
derived once, not once to check and again to open).

The passphrase typed is not kept: the dialog forgets it as soon as the store is open, and
the open store holds only the derived key, which `Store.reopen` hands to background work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from csmaturity_app.errors import UserFacingError
from csmaturity_app.store import EncryptedStoreError, Store, WrongPassphraseError
from csmaturity_app.ui.passphrase_dialog import PassphraseDialog


def open_title() -> str:
    return QCoreApplication.translate("encrypted_opening", "Open encrypted store")


def wrong_passphrase() -> str:
    """Said under the field of a passphrase dialog after a wrong try."""
    return QCoreApplication.translate("encrypted_opening", "Wrong passphrase: try again.")


def open_store_asking(parent: QWidget | None, path: Path) -> Store | None:
    """Open (or create) the store at `path`; when it is encrypted, ask for its passphrase
    until the right one is given. None: the user cancelled. Any other problem raises its
    `UserFacingError`, as `Store.open` does."""
    try:
        return Store.open(path)
    except EncryptedStoreError:
        return ask_passphrase_and_open(parent, path)


def passphrase_message(path: Path) -> str:
    return QCoreApplication.translate(
        "encrypted_opening",
        "The store \u201c{name}\u201d is encrypted. Type its passphrase to open it.\n\n{path}",
    ).format(name=path.name, path=path)


def ask_passphrase_and_open(parent: QWidget | None, path: Path) -> Store | None:
    """Ask for the passphrase of the encrypted store at `path` and open it with it."""
    opened: list[Store] = []
    failed: list[UserFacingError] = []

    def attempt(passphrase: bytes) -> str | None:
        try:
            opened.append(Store.open(path, passphrase=passphrase))
        except WrongPassphraseError:
            return wrong_passphrase()
        except UserFacingError as exc:  # not the passphrase's fault: said the usual way
            failed.append(exc)
        return None

    dialog = PassphraseDialog(open_title(), passphrase_message(path), attempt, parent)
    try:
        accepted = dialog.exec() == PassphraseDialog.DialogCode.Accepted
    finally:
        dialog.forget()
        dialog.deleteLater()
    if failed:
        raise failed[0]
    return opened[0] if accepted and opened else None
